"""The e-mail summary of an ended call whose rules, asked "what would have applied to me?", ruled the plan
out: the reasons, not only "will there be a new call?". Round 58: an Italian ITM staff member told she would
not have been eligible (Italy, her citizenship, as destination) got a summary asking the office only about a
new call. The verdict told is the one kept (last_decision); its reasons are those of its rules that read no
date (the person's own dates fall after the ended call), read again for the facts as they now stand."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker

from actions import i18n
from actions.i18n import t

logger = logging.getLogger(__name__)


def ended_verdict_parts(tracker: Tracker, lang: str, call_id: str, status: dict[str, Any]
                        ) -> list[tuple[str, str]]:
    """The summary's lines for the verdict told of an ended call, when it was "not eligible"; [] else."""
    last = tracker.get_slot("last_decision") or {}
    key = last.get("key") if isinstance(last, dict) else None
    if not isinstance(key, list) or len(key) < 3 or last.get("call") != call_id or key[1] != "not_eligible":
        return []
    from actions.profile import core, profile_from_tracker
    from actions.samerules import date_free

    profile = profile_from_tracker(tracker)
    closes = status.get("closes")
    if closes and str(closes) < str(profile["as_of"]):
        profile["as_of"] = str(closes)
    try:
        failed = core().evaluate(profile, lang=lang).get("failed") or []
    except Exception as err:  # an invalid profile: the summary without the reasons
        logger.debug("no verdict for the ended call's summary: %s", err)
        return []
    told = set(key[2] or [])
    failed = date_free(call_id, [f for f in failed if f.get("rule") in told])
    if not failed:
        return []
    verdict = i18n.label(lang, "verdicts", "not_eligible")
    return [("verdict", t(lang, "summary_verdict_ended", verdict=verdict)),
            *[("verdict", f"- {f.get('explanation')}") for f in failed[:3]]]


def ended_question_parts(lang: str, reasons: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Whether a new call would rule the same way: asked after the question about it, with reasons only."""
    return [("question", t(lang, "summary_next_call_rules"))] if reasons else []
