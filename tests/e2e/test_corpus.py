"""The generated dialogue corpus (tests/e2e/corpus) through the REST channel: every dialogue's last reply
gives the outcome and the apply-by date the rules core gives for the persona's final facts, and the
conversation gives the amount (or why there is none); a closed call is said as closed. Failures are listed
together, so one run shows every dialogue that went wrong."""
from __future__ import annotations

import datetime as dt
import re

import rules_core
from actions import i18n
from actions.answer import is_deadline_check
from actions.calls import call_name
from actions.phrases import informal
from scripts.serve import Assistant
from tests.e2e.corpus.generate import corpus
from tests.e2e.harness import TODAY, Conversation

VERDICT_KEYS = {"eligible": ("verdict_eligible", "verdict_eligible_provided",
                             "verdict_eligible_provided_one"),
                "not_eligible": ("verdict_not_eligible",), "incomplete": ("verdict_undecided",)}


def _head(lang: str, key: str, call: str) -> str:
    """The fixed start of a locale sentence (up to its first placeholder after the call's name)."""
    text = i18n.t(lang, key, call=call_name(call, lang))
    # Replies agree with the person's gender ("idonea" for "sono dottoranda") and, in French, with the
    # person's register: a persona who says "tu" is answered with "tu" (actions.phrases.informal).
    heads = {re.escape(text[:40]).replace(re.escape("idoneo/a"), "idone(?:o/a|a|o)"),
             re.escape(informal(text, lang)[:40])}
    return "|".join(sorted(heads))


def expected(dialogue: dict, lang: str) -> list[str]:
    facts = dialogue["facts"]
    call = facts["call"]
    status = rules_core.call_status(call, facts["as_of"])
    if status["status"] == "closed":
        return [re.escape(i18n.fmt_date(status["closes"], lang)), _head(lang, "call_closed", call)]
    decision = rules_core.evaluate(facts, lang=lang)
    heads = "|".join(_head(lang, k, call) for k in VERDICT_KEYS[decision["verdict"]])
    patterns = [f"(?:{heads})"]
    # A date to apply by is given unless a rule (other than the calendar) rules the person out.
    only_dates = all(is_deadline_check(f) for f in decision["failed"])
    if decision["deadlines"].get("apply_by") and only_dates:
        patterns.append(re.escape(i18n.fmt_date(decision["deadlines"]["apply_by"], lang)))
    return patterns


def expected_somewhere(dialogue: dict, lang: str) -> list[str]:
    """What the conversation must have said at some point: the amount when the rules core knows it, else the
    honest "no amount" line (a verdict asked for again is given without it)."""
    facts = dialogue["facts"]
    if rules_core.call_status(facts["call"], facts["as_of"])["status"] == "closed":
        return []
    decision = rules_core.evaluate(facts, lang=lang)
    if decision["verdict"] == "not_eligible":
        return []
    grant = decision.get("grant") or {}
    total, travel = grant.get("total_eur"), grant.get("travel_eur")
    if total is not None:
        return [re.escape(i18n.fmt_eur(total, lang))]
    if travel:  # the travel part is known when the individual support is not
        return [re.escape(i18n.fmt_eur(travel, lang)),
                re.escape(i18n.t(lang, "grant_rest_unknown", basis="")[:20])]
    return [re.escape(i18n.t(lang, "grant_unknown", basis="")[:20])]


def test_generated_dialogues_reach_the_rules_cores_outcome(assistant: Assistant) -> None:
    dialogues = corpus(dt.date.fromisoformat(TODAY))
    assert len(dialogues) >= 400
    wrong = []
    for dialogue in dialogues:
        conversation = Conversation(assistant, dialogue["id"])
        said = [conversation.say(turn) for turn in dialogue["turns"]]
        checks = [(p, said[-1]) for p in expected(dialogue, dialogue["lang"])]
        checks += [(p, "\n".join(said)) for p in expected_somewhere(dialogue, dialogue["lang"])]
        for pattern, text in checks:
            if not re.search(pattern, text):
                wrong.append(f"{dialogue['id']}: no /{pattern}/ in {text[-300:]!r}")
                break
    share = 1 - len(wrong) / len(dialogues)
    assert not wrong, f"{len(wrong)} of {len(dialogues)} wrong ({share:.1%} right):\n" + "\n".join(wrong[:40])
