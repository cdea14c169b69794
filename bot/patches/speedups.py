"""Measured speed-ups of Rasa 3.6.21 internals, installed by bot.patches.install() at start-up (before any
message). Set RASA_SPEEDUPS=0 to keep Rasa's original code for all of them. None changes a reply, a
prediction or a slot value (tests/e2e/test_speedups.py: scripted conversations in four languages and the
held-out NLU set, with RASA_SPEEDUPS=0 and 1: same replies, same slots, same actions).

1. The custom-action round trip. Rasa validates every action server response with
`jsonschema.validate(result, schema)`. That helper first re-checks the (constant) schema against the JSON
Schema meta-schema and builds a new validator: measured here, 25 ms per custom action call (13.5 ms of it
`check_schema`), against 2.8 ms with a validator built once. With several custom actions per message it was
most of the reply time (profile: 64 % of the Rasa process). Same schema, same checks, same `ValidationError`
(the best match, with Rasa's hint appended) as before. Events already found valid are not checked again.

2. The intent classifier's per-message copy of its weights. `LogisticRegressionClassifier.process` calls
sklearn's `predict_proba`, which computes `X @ coef_.T` with X a sparse row. `coef_` is C-ordered, so its
transpose is not, and scipy's sparse-times-dense product (`_mul_multivector`) calls `other.ravel()`, which
copies the whole weight matrix (classes x tens of thousands of n-gram columns) for every message: 8 % of the
Rasa process under load (py-spy), about 1.8 ms a message. Storing `coef_` in Fortran order once makes the
transpose C-contiguous, so the same product runs on the same numbers in the same order without the copy:
identical probabilities. Done lazily on the first message (the model is loaded after the store is built).

(3-5, the form shortcuts, went with the Rasa form: one action, action_respond, answers every message.)

6. Event classes looked up once. Every stored or returned event is rebuilt with `Event.resolve_by_type`, which
walks all Event subclasses (`all_subclasses`, recursive, with `inspect.isabstract`) for each event: 5 % of the
Rasa process (tracker retrieval and action responses). The class found for a type name is now remembered;
the first lookup of each name still runs Rasa's own code, so the same class comes back.

7. The model's graph run without dask's scheduler. Each message runs the graph several times (the NLU
pipeline once, the policies before every action). `DaskGraphRunner.run` hands the graph to `dask.get`,
whose synchronous scheduler orders and bookkeeps every run: about 7 % of the Rasa process, on top of the
components themselves. The same graph (Rasa's minimal schema for the targets, its inputs) is now evaluated
directly, each node once, after the nodes it needs, with the same (node name, output) results.

8. The intent classifier's input built directly (bot/patches/prediction.py).

9. Keep-alive to the action server. `EndpointConfig.request` opens a new aiohttp ClientSession, so a new TCP
connection, for every action call and closes it after the reply (connection set-up on both sides: about 3 %
of the Rasa process, more on the action server). Each endpoint now keeps one session per event loop, with
the same headers, auth and timeout; aiohttp reuses its idle connections (closed by aiohttp after 15 s idle,
before rasa-sdk's 120 s keep-alive timeout) and opens new ones when needed. A kept session has no cookie
jar, as Rasa's one-request sessions carried no cookie from one call to the next.

10-13 (prediction and action-call encoding) are in bot/patches/prediction.py.

RASA_SPEEDUPS_SKIP=name,name (the names in `install`) leaves out single ones, to measure each.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from typing import Any

from bot.patches import prediction as prediction_speedups

logger = logging.getLogger(__name__)
_installed = False


def install() -> None:
    global _installed
    if _installed or os.environ.get("RASA_SPEEDUPS", "1") == "0":
        return
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)  # once, instead of once per action call
    validator = validator_class(schema)

    # Each event is checked against all 23 alternatives of Rasa's `oneOf` event schema; most events an action
    # returns recur (language, requested_slot...). An event found valid is remembered by a digest of its
    # canonical JSON (no slot value kept in memory); anything not known valid takes the full check below.
    event_validator = validator_class(schema["properties"]["events"]["items"])
    responses_validator = validator_class(schema["properties"]["responses"])
    valid_events: dict[bytes, None] = {}

    def _known_valid(result: Any) -> bool:
        if not isinstance(result, dict):
            return False
        events, responses = result.get("events", []), result.get("responses", [])
        if not isinstance(events, list) or not responses_validator.is_valid(responses):
            return False
        for event in events:
            digest = hashlib.blake2b(json.dumps(event, sort_keys=True).encode(), digest_size=16).digest()
            if digest not in valid_events:
                if not event_validator.is_valid(event):
                    return False
                if len(valid_events) >= 4096:
                    valid_events.clear()
                valid_events[digest] = None
        return True

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if _known_valid(result):
            return True
        error = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the Action "
            f"endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    skip = set(os.environ.get("RASA_SPEEDUPS_SKIP", "").split(","))
    for name, install_one in (
        ("classifier_layout", _install_classifier_layout),
        ("event_class_cache", _install_event_class_cache),
        ("direct_graph_runner", _install_direct_graph_runner),
        ("sentence_features_only", prediction_speedups.install_sentence_features_only),
        ("keep_alive", _install_keep_alive),
        ("rule_lookup_early_exit", prediction_speedups.install_rule_lookup_early_exit),
        ("states_once_per_prediction", prediction_speedups.install_states_once_per_prediction),
        ("debug_copies_only_when_logged", prediction_speedups.install_debug_copies_only_when_logged),
        ("ujson_action_calls", prediction_speedups.install_ujson_action_calls),
        ("slot_copy", prediction_speedups.install_slot_copy),
    ):
        if name not in skip:
            install_one()
    _installed = True
    logger.debug("Installed the Rasa speed-ups (skipped: %s).", ",".join(sorted(skip - {""})) or "none")


def _install_classifier_layout() -> None:
    import numpy as np
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    original = LogisticRegressionClassifier.process

    def process(self: LogisticRegressionClassifier, messages: list[Any]) -> list[Any]:
        coef = getattr(self.clf, "coef_", None)
        if coef is not None and not coef.flags.f_contiguous:
            self.clf.coef_ = np.asfortranarray(coef)  # same values; X @ coef_.T no longer copies them
        return original(self, messages)

    LogisticRegressionClassifier.process = process  # type: ignore[method-assign]


def _install_event_class_cache() -> None:
    from rasa.shared.core.events import Event

    original = Event.resolve_by_type
    found: dict[str, type] = {}

    def resolve_by_type(type_name: str, default: type | None = None) -> type | None:
        cls = found.get(type_name)
        if cls is None:
            cls = original(type_name, default)
            if cls is not None and cls is not default:
                found[type_name] = cls
        return cls

    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]


def _install_direct_graph_runner() -> None:
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.engine.runner.dask import logger as runner_logger

    def run(
        self: DaskGraphRunner, inputs: dict[str, Any] | None = None, targets: list[str] | None = None
    ) -> dict[str, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        minimal_schema = self._graph_schema.minimal_graph_schema(run_targets)
        run_graph = self._build_dask_graph(minimal_schema)
        if inputs:
            self._add_inputs_to_graph(inputs, run_graph)
        if runner_logger.isEnabledFor(logging.DEBUG):
            runner_logger.debug(
                f"Running graph with inputs: {inputs}, targets: {targets} and {self._execution_context}."
            )
        results: dict[str, Any] = {}

        def compute(key: str) -> Any:
            # A task is (GraphNode, *names of the nodes/inputs it needs); an input is a literal tuple.
            if key not in results:
                task = run_graph[key]
                if isinstance(task, tuple) and task and callable(task[0]):
                    args = [compute(dep) if dep in run_graph else dep for dep in task[1:]]
                    results[key] = task[0](*args)
                else:
                    results[key] = task
            return results[key]

        try:
            return dict(compute(target) for target in run_targets)
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e

    DaskGraphRunner.run = run  # type: ignore[method-assign]


class _BorrowedSession:
    """`async with` on a kept session: lends it without closing it afterwards."""

    def __init__(self, session: Any) -> None:
        self.session = session

    async def __aenter__(self) -> Any:
        return self.session

    async def __aexit__(self, *exc_info: Any) -> bool:
        return False


def _kept_session(endpoint: Any) -> Any:
    """What Rasa 3.6.21's `EndpointConfig.session` builds (headers, basic auth, timeout), with no cookie jar:
    Rasa's one-request sessions never carried a cookie to the next call, so a kept one must not either (and
    skipping the jar saves its bookkeeping on every response)."""
    import aiohttp
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT

    auth = None
    if endpoint.basic_auth:
        auth = aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
    return aiohttp.ClientSession(
        headers=endpoint.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
        cookie_jar=aiohttp.DummyCookieJar(),
    )


def _install_keep_alive() -> None:
    import asyncio

    from rasa.utils.endpoints import EndpointConfig

    original_session = EndpointConfig.session

    def session(self: EndpointConfig) -> Any:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not in a coroutine: Rasa's own short-lived session
            return original_session(self)
        kept = self.__dict__.setdefault("_kept_sessions", {})
        current = kept.get(loop)
        if current is None or current.closed:
            current = kept[loop] = _kept_session(self)
        return _BorrowedSession(current)

    EndpointConfig.session = session  # type: ignore[method-assign]

