"""Rasa's loaded model kept out of the garbage collector's full collections (installed by bot.patches).

Once the model is loaded the Rasa process holds about 530,000 long-lived Python objects (the domain, the
pipeline, TensorFlow's and JAX's modules). Every full (oldest-generation) collection walks all of them:
296-354 ms measured here with the model loaded, the event loop and so every conversation stopped meanwhile;
under the soak on a busy machine bot/watchdog.py caught one lasting 1.8 s. `gc.freeze()` once the server has
started moves them to the permanent generation: a full collection then took under 1 ms (it scans only what
was created since), and the objects stay exactly as they were (never freed, as a loaded model never is;
replacing the model at run time through the HTTP API would keep the old one's objects)."""

from __future__ import annotations

import gc
import logging

logger = logging.getLogger(__name__)


def freeze() -> int:
    """Collects what is garbage now, then freezes every object left; returns how many are frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def freeze_loaded_model() -> None:
    """After the server has started (the model is loaded before that), in each serving process."""
    count = freeze()
    logger.info("Froze %d objects of the loaded model: full garbage collections skip them.", count)
