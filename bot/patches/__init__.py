"""Every change this project makes to Rasa 3.6.21's own code, installed once, explicitly, at start-up.

`install()` is what the Rasa launcher runs before `rasa run` (scripts/serve.py, deploy/rasa-entrypoint.sh):
- `bot.limits`: request limits on the webhooks (413, 400, "too long") - Rasa builds its web app before loading
  anything else of ours, so this must come first;
- `bot.faults`: bounded action calls and the "I can't check this right now" reply;
- `bot.watchdog`: a WARNING with the place when Rasa's event loop is blocked for more than a second;
- `frozen`: the loaded model's objects frozen out of full garbage collections (which stopped the loop);
- bot.* loggers at Rasa's configured level (loading the model turns the root logger to WARNING).
- `speedups` and `prediction`: reply-latency patches of Rasa internals (RASA_SPEEDUPS=0 turns them all off,
  RASA_SPEEDUPS_SKIP=name,... single ones); tests/e2e/test_speedups.py proves they change no reply.
Each patch replaces a private function of Rasa 3.6.21 with a copy that keeps its behaviour; on any other Rasa
version they would silently do the wrong thing, so `install()` refuses to run there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

RASA_VERSION = "3.6.21"


class UnsupportedRasa(RuntimeError):
    """The installed Rasa is not the version these patches were written and tested against."""


def check_version(found: str) -> None:
    if found != RASA_VERSION:
        raise UnsupportedRasa(f"bot.patches was written for Rasa {RASA_VERSION} and refuses to patch Rasa "
                              f"{found}; install the version in requirements-rasa.txt")


def install() -> None:
    import rasa

    check_version(rasa.__version__)
    from bot import faults, limits, watchdog
    from bot.patches import frozen, speedups

    limits.install()
    faults.install()
    speedups.install()
    after_start(follow_rasa_log_level, frozen.freeze_loaded_model, lambda: watchdog.start("Rasa"))


def follow_rasa_log_level() -> None:
    """bot.* logs at Rasa's configured level. Loading the model turns the root logger to WARNING (absl,
    through TensorFlow), which hid every INFO line of ours after start-up: erasures, purges, refusals."""
    logging.getLogger("bot").setLevel(logging.getLogger("rasa").getEffectiveLevel())


def after_start(*callbacks: Callable[[], None]) -> None:
    """Runs `callbacks` in each serving process once its Rasa server has started (the model is loaded then).
    Rasa registers its own listeners on the app `rasa.core.run.configure_app` builds: so do we."""
    import rasa.core.run

    original_configure = rasa.core.run.configure_app

    def configure_app(*args: Any, **kwargs: Any) -> Any:
        app = original_configure(*args, **kwargs)

        async def started(_app: Any, _loop: Any) -> None:
            for callback in callbacks:
                callback()

        app.register_listener(started, "after_server_start")
        return app

    rasa.core.run.configure_app = configure_app
