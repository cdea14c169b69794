"""Speed-ups of Rasa 3.6's next-action prediction and action calls (installed by bot.patches.speedups, same
switches: RASA_SPEEDUPS=0 for none, RASA_SPEEDUPS_SKIP=name,... for single ones). None changes a prediction,
a slot or a reply; each says why below. Profile they answer (py-spy, 1,000 sequential bench messages, Rasa
process): policy prediction 22 % (rule look-up 7 %, states of the whole history built twice per RulePolicy
prediction 9 %), debug-only deep copies 2 %, JSON of the tracker sent to the action server 7 %.

8. `sentence_features_only`: `LogisticRegressionClassifier._create_X` asks each message for its sparse
features, which also concatenates the per-token (sequence) matrices of both count vectorizers although only
the sentence row is used, and then joins the sentence rows of the three featurizers through four scipy
`hstack`/`vstack` calls and format conversions (6 % of the Rasa process). The row is now built once, in CSR
form, from the same sentence matrices in the same order: same values, same columns, sorted as scipy sorts
them, float64 as Rasa's hstack with an empty float64 block makes them (tests/e2e/test_speedups.py compares
the intent rankings of the held-out messages with and without the speed-ups).

10. `rule_lookup_early_exit`: `RulePolicy._get_possible_keys` walks the conversation's states backwards and
filters every rule key at every past turn, over the whole conversation. A rule of n turns passes every turn
at index >= n (`_is_rule_applicable` returns True there), so once no remaining rule is longer than the turn
index, or none remains, the later turns cannot change the set: the walk stops there. And at the latest turn
only the keys that can match its intent are checked: a rule whose latest state requires intent X fails
against any other intent (the keys are grouped by that intent once per look-up table). Same keys; the cost
no longer grows with the conversation's length nor with the number of FAQ rules.

11. `states_once_per_prediction`: a RulePolicy prediction builds the states of the whole tracker twice (the
"text" and the "intent" look-ups), replaying every event each time. The states depend only on the tracker and
the flags, not on text-or-intent (that choice is applied afterwards, on a copy's last turn), so the second
look-up gets a copy of the first one's states. The memo lives for one prediction only.

12. `debug_copies_only_when_logged`: the processor, forms and policies deep-copy trackers' events, slots and
states for `structlogger.debug(...)` arguments on every message, whether debug logging is on or not. They now
deep-copy only when the module's logger is enabled for DEBUG (structlog filters by the stdlib logger of the
same name); otherwise the argument is discarded unread, so the copy was never needed.

14. `slot_copy`: every tracker Rasa builds (the retrieved one, a copy before each action, one per states
replay, the forms' temporary trackers) copies each domain slot with `copy.copy`, which goes through the
generic `__reduce_ex__` protocol (4 % of the Rasa process). Slots get a `__copy__` doing what that protocol
does for them (no `__slots__`, `__reduce__` or `__setstate__` on Rasa's slot classes): a new instance of the
same class with the same attribute dict, shallow.

13. `ujson_action_calls`: the tracker sent to the action server (all events of the session) is encoded by
ujson (a Rasa dependency, already installed) instead of the standard library: same JSON values, a few times
faster. Applies to the kept sessions of the keep-alive speed-up (9), so it needs that one.
"""

from __future__ import annotations

import contextvars
import copy
import logging
import types
from typing import Any

SHOULD_NOT_BE_SET = "should_not_be_set"  # rasa.shared.core.constants.SHOULD_NOT_BE_SET
# Memo of states for the RulePolicy prediction running in this context; None outside one.
_states_memo: contextvars.ContextVar[dict[tuple[Any, ...], list[Any]] | None] = contextvars.ContextVar(
    "rule_policy_states_memo", default=None
)


class _RuleIndex:
    """Rule keys of one look-up table with what the walk needs, decoded once: each key's length, and the keys
    grouped by the intent their latest state requires (None: no intent required, or a conversation-start
    state, which `_is_rule_applicable` accepts without comparing features)."""

    def __init__(self, policy: Any, lookup: dict[str, str]) -> None:
        self.size = len(lookup)
        self.length: dict[str, int] = {}
        self.by_intent: dict[str | None, set[str]] = {}
        for key in lookup:
            states = policy._rule_key_to_state(key)
            self.length[key] = len(states)
            latest = states[-1] if states else {}
            intent = latest.get("user", {}).get("intent") if latest.get("prev_action") else None
            if not isinstance(intent, str) or intent == SHOULD_NOT_BE_SET:
                intent = None  # no equality to require: the key stays a candidate for every intent
            self.by_intent.setdefault(intent, set()).add(key)

    def first_turn_candidates(self, state: dict[str, Any]) -> set[str]:
        # A key whose latest state requires intent X fails at turn 0 unless the conversation's intent is X
        # (`_does_rule_match_state`: a set rule value must equal the conversation's value).
        current = state.get("user", {}).get("intent") if state.get("prev_action") else None
        wanted = self.by_intent.get(None, set())
        if current is None:
            return set(wanted) if state.get("prev_action") else set(self.length)
        return wanted | self.by_intent.get(current, set())


def install_rule_lookup_early_exit() -> None:
    from rasa.core.policies.rule_policy import RulePolicy

    def _index(self: RulePolicy, lookup: dict[str, str]) -> _RuleIndex:
        indexes = self.__dict__.setdefault("_x_rule_indexes", {})
        index = indexes.get(id(lookup))
        if index is None or index.size != len(lookup):  # the look-up tables are fixed once trained
            index = indexes[id(lookup)] = _RuleIndex(self, lookup)
        return index

    def _get_possible_keys(self: RulePolicy, lookup: dict[str, str], states: list[Any]) -> set[str]:
        if not states:
            return set(lookup.keys())
        index = _index(self, lookup)
        possible_keys = {
            key for key in index.first_turn_candidates(states[-1])
            if self._is_rule_applicable(key, 0, states[-1])
        }
        for turn_index, state in enumerate(reversed(states[:-1]), start=1):
            if turn_index >= max((index.length[key] for key in possible_keys), default=0):
                break  # every remaining rule is applicable at this and every earlier turn
            possible_keys = {
                key for key in possible_keys if self._is_rule_applicable(key, turn_index, state)
            }
        return possible_keys

    RulePolicy._get_possible_keys = _get_possible_keys  # type: ignore[method-assign]


def _copy_states(states: list[Any]) -> list[Any]:
    # The featurizer only deletes keys of a state's sub-dicts (USER text/intent/entities): two levels suffice.
    return [{kind: dict(sub_state) for kind, sub_state in state.items()} for state in states]


def install_states_once_per_prediction() -> None:
    from rasa.core.featurizers.tracker_featurizers import TrackerFeaturizer
    from rasa.core.policies.rule_policy import RulePolicy

    original_predict = RulePolicy._predict
    original_create_states = TrackerFeaturizer._create_states

    def _predict(self: RulePolicy, tracker: Any, domain: Any) -> Any:
        token = _states_memo.set({})
        try:
            return original_predict(self, tracker, domain)
        finally:
            _states_memo.reset(token)

    def _create_states(
        tracker: Any, domain: Any, omit_unset_slots: bool = False, ignore_rule_only_turns: bool = False,
        rule_only_data: dict[str, Any] | None = None,
    ) -> list[Any]:
        memo = _states_memo.get()
        if memo is None:
            return original_create_states(
                tracker, domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data
            )
        key = (id(tracker), len(tracker.events), id(domain), omit_unset_slots, ignore_rule_only_turns,
               id(rule_only_data))
        if key not in memo:
            memo[key] = original_create_states(
                tracker, domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data
            )
        return _copy_states(memo[key])

    RulePolicy._predict = _predict  # type: ignore[method-assign]
    TrackerFeaturizer._create_states = staticmethod(_create_states)  # type: ignore[method-assign]


# Rasa modules whose `copy.deepcopy` calls are all structlog debug arguments (checked in 3.6.21's sources).
DEBUG_COPY_MODULES = (
    "rasa.core.processor",
    "rasa.core.actions.forms",
    "rasa.core.policies.rule_policy",
    "rasa.core.policies.memoization",
)


def _debug_copy_module(module_name: str) -> types.SimpleNamespace:
    logger = logging.getLogger(module_name)

    def deepcopy(value: Any, memo: dict[int, Any] | None = None) -> Any:
        if logger.isEnabledFor(logging.DEBUG):
            return copy.deepcopy(value, memo)
        return value  # structlog drops the debug event without reading it

    return types.SimpleNamespace(**{**vars(copy), "deepcopy": deepcopy})


def install_debug_copies_only_when_logged() -> None:
    import importlib

    for module_name in DEBUG_COPY_MODULES:
        module = importlib.import_module(module_name)
        module.copy = _debug_copy_module(module_name)  # type: ignore[attr-defined]


def install_ujson_action_calls() -> None:
    import ujson
    from rasa.utils.endpoints import EndpointConfig

    kept_session = EndpointConfig.session

    def session(self: EndpointConfig) -> Any:
        borrowed = kept_session(self)
        client = getattr(borrowed, "session", borrowed)
        # Standard-library-compatible output for Rasa's plain dicts; ensure_ascii as json.dumps does.
        client._json_serialize = ujson.dumps
        return borrowed

    EndpointConfig.session = session  # type: ignore[method-assign]


def install_sentence_features_only() -> None:
    import numpy as np
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
    from scipy.sparse import csr_matrix

    def _sentence_row(message: Any) -> tuple[np.ndarray, np.ndarray, int]:
        """Values and columns of the message's TEXT sentence features, side by side, and the row's width."""
        values, columns, width = [], [], 0
        sentence = [f for f in message.features if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE]
        # Rasa's order: all sparse blocks (in the message's order), then all dense ones.
        for features in [f for f in sentence if f.is_sparse()] + [f for f in sentence if not f.is_sparse()]:
            matrix = features.features
            if features.is_sparse():
                block = matrix.tocoo()
                values.append(block.data.astype(np.float64, copy=False))
                columns.append(block.col.astype(np.int64, copy=False) + width)
            else:
                dense = np.asarray(matrix, dtype=np.float64).reshape(-1)
                nonzero = np.flatnonzero(dense)
                values.append(dense[nonzero])
                columns.append(nonzero.astype(np.int64) + width)
            width += matrix.shape[1]
        if not values:
            return np.zeros(0), np.zeros(0, dtype=np.int64), 0
        value, column = np.concatenate(values), np.concatenate(columns)
        order = np.argsort(column, kind="stable")
        return value[order], column[order], width

    def _create_X(self: LogisticRegressionClassifier, messages: list[Any]) -> Any:
        rows = [_sentence_row(message) for message in messages]
        width = max((row[2] for row in rows), default=0)
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(row[0]) for row in rows])
        data = np.concatenate([row[0] for row in rows]) if rows else np.zeros(0)
        indices = np.concatenate([row[1] for row in rows]) if rows else np.zeros(0, dtype=np.int64)
        return csr_matrix((data, indices, indptr), shape=(len(rows), width))

    LogisticRegressionClassifier._create_X = _create_X  # type: ignore[method-assign]


def install_slot_copy() -> None:
    from rasa.shared.core.slots import Slot

    def __copy__(self: Slot) -> Slot:
        duplicate = self.__class__.__new__(self.__class__)
        duplicate.__dict__.update(self.__dict__)
        return duplicate

    Slot.__copy__ = __copy__  # type: ignore[attr-defined]
