"""Which of en/fr/nl/it the user writes in: the detector shared with the Rasa server (bot/language.py),
built here at import (it costs ~1 s) so the first message is not slow."""
from __future__ import annotations

from bot.language import detect, foreign_language, warm_up

__all__ = ["detect", "foreign_language"]

warm_up()
