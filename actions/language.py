"""Which of en/fr/nl/it the user writes in: the detector shared with the Rasa server (bot/language.py),
built here at import (it costs ~1 s) so the first message is not slow."""
from __future__ import annotations

from bot.language import detect, foreign_language, foreign_language_name, warm_up

__all__ = ["detect", "foreign_language", "foreign_language_name", "languages_notice"]


def languages_notice(text: str) -> str:
    """The languages spoken, in English, to a message in another one: "I don't speak Spanish, sorry: I speak
    English, français, Nederlands and italiano..." (round 60), the language named when it is recognised."""
    from actions.i18n import t

    name = foreign_language_name(text)
    return t("en", "languages_unsupported", name=name) if name else t("en", "languages")


warm_up()
