"""Every change this project makes to Rasa 3.6.21's own code, installed once, explicitly, at start-up.

`install()` is what the Rasa launcher runs before `rasa run` (scripts/serve.py, deploy/rasa-entrypoint.sh):
- `bot.limits`: request limits on the webhooks (413, 400, "too long") - Rasa builds its web app before loading
  anything else of ours, so this must come first;
- `bot.faults`: bounded action calls and the "I can't check this right now" reply;
- `bot.watchdog`: a WARNING with the place when Rasa's event loop is blocked for more than a second;
- `frozen`: the loaded model's objects frozen out of full garbage collections (which stopped the loop);
- `speedups` and `prediction`: reply-latency patches of Rasa internals (RASA_SPEEDUPS=0 turns them all off,
  RASA_SPEEDUPS_SKIP=name,... single ones); tests/e2e/test_speedups.py proves they change no reply.
Each patch replaces a private function of Rasa 3.6.21 with a copy that keeps its behaviour; on any other Rasa
version they would silently do the wrong thing, so `install()` refuses to run there.
"""

from __future__ import annotations

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
    watchdog.install_in_rasa()
    frozen.install()
    faults.install()
    speedups.install()
