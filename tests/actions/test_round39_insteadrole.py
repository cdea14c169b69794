"""Round 38: an ITM PhD student with ITM staff status, refused short-term doctoral mobility ("doctoral
students may apply only without the status of ITM staff member (apply as staff instead)"), asked "so what can
I do instead? same place, same dates" and got three STUDENT options, the refused one ticked ✓, and no word of
staff training. The rule now names the role the call sends those it refuses to (`instead_role`), the rules
core's options search that role too, and the answer leads with what fits: staff training, same host and dates,
applying as staff. The student activities refused by a fact of who the person is are never ticked."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from actions.profile import core
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond
from tests.actions.test_round13 import ITM_OPEN, answered, hear

LANGS = ("en", "fr", "nl", "it")
PASTEUR_LYON = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
                "itm_staff_member": True, "destination": "FR", "destination_city": "Lyon",
                "start_date": "2026-05-11", "end_date": "2026-05-22", "receiving_org": "research_institute",
                "citizenship": ["BE"], "goal": "eligibility"}
INSTEAD = {"en": "ah that's annoying. so what can I do instead? same place, same dates",
           "fr": "c'est embêtant. alors qu'est-ce que je peux faire d'autre ? même endroit, mêmes dates",
           "nl": "vervelend. wat kan ik dan wel doen? zelfde plek, zelfde data",
           "it": "che peccato. cos'altro potrei fare? stesso posto, stesse date"}


async def _reply(monkeypatch, slots: dict, lang: str, text: str, today: str = ITM_OPEN,
                 intent: str = "nlu_fallback") -> tuple:
    slots = await answered(monkeypatch, {**slots, "language": lang}, today)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, today, intent)
    return texts(dispatcher), got, dispatcher


def test_options_search_the_role_the_refusing_rule_names():
    found = core().options({**PASTEUR_LYON, "as_of": ITM_OPEN})
    first = found["options"][0]
    assert (first["role"], first["activity"]) == ("staff", "staff_training"), found["options"]
    assert (first["start_date"], first["end_date"]) == ("2026-05-11", "2026-05-22")
    assert first["changed"][:2] == ["role", "activity"] and first["verdict"] == "eligible"


def test_without_staff_status_no_other_role_is_searched():
    found = core().options({**PASTEUR_LYON, "itm_staff_member": False, "end_date": "2026-07-22",
                            "as_of": ITM_OPEN})
    assert all(option["role"] == "phd_student" for option in found["options"]), found["options"]


@pytest.mark.parametrize("lang", LANGS)
async def test_what_instead_leads_with_staff_training_and_ticks_no_refused_activity(monkeypatch, lang):
    reply, _, _ = await _reply(monkeypatch, PASTEUR_LYON, lang, INSTEAD[lang])
    training = i18n.label(lang, "activities", "staff_training")
    ticked = [line for line in reply.split("\n") if line.startswith("✓")]
    assert ticked and training in ticked[0], reply
    assert i18n.label(lang, "roles", "staff").lower() in ticked[0].lower() or \
        i18n.label(lang, "roles", "staff").lower() in reply.lower(), reply
    for refused in ("short_term_doctoral", "study", "traineeship"):
        assert not any(i18n.label(lang, "activities", refused) in line for line in ticked), reply
    assert i18n.fmt_date("2026-05-11", lang) in ticked[0] and i18n.fmt_date("2026-05-22", lang) in ticked[0]
    assert t(lang, "offer_change", fields="\0", reasons="\0").split("\0")[0] not in reply, reply



@pytest.mark.parametrize("lang", LANGS)
async def test_what_instead_says_the_role_once_and_the_staff_contact(monkeypatch, lang):
    reply, _, _ = await _reply(monkeypatch, PASTEUR_LYON, lang, INSTEAD[lang])
    assert reply.startswith(t(lang, "options_intro")), reply
    staff, phd = i18n.label(lang, "roles", "staff"), i18n.label(lang, "roles", "phd_student")
    assert t(lang, "option_role", role="\0", was="\0").split("\0")[0] in reply, reply
    assert staff[1:] in reply and phd[1:] in reply, reply
    refused = core().evaluate({**PASTEUR_LYON, "as_of": ITM_OPEN}, lang=lang)["failed"][0]["explanation"]
    assert reply.count(refused) == 1, reply  # one ✗ line for the whole role, not one per activity and date
    assert "cmorantin@itg.be" in reply, reply  # the staff office: the role the option applies in


async def test_keeping_the_staff_option_makes_it_the_plan(monkeypatch):
    reply, got, dispatcher = await _reply(monkeypatch, PASTEUR_LYON, "en", INSTEAD["en"])
    assert t("en", "button_keep_case") in str(dispatcher.messages[-1].get("buttons")), reply
    slots = {**await answered(monkeypatch, {**PASTEUR_LYON, "language": "en"}, ITM_OPEN), **got}
    dispatcher = CollectingDispatcher()
    kept = await respond(dispatcher, text=t("en", "button_keep_case"), intent="affirm", slots=slots)
    assert kept.get("role") == "staff" and kept.get("activity") == "staff_training", kept
    assert "✅" in texts(dispatcher), texts(dispatcher)


async def test_a_phd_student_without_staff_status_keeps_the_student_options(monkeypatch):
    """The nearby case: a 12-day traineeship is refused by its length; the other student
    activities are offered, never staff training."""
    plan = {**PASTEUR_LYON, "itm_staff_member": False, "activity": "traineeship"}
    reply, _, _ = await _reply(monkeypatch, plan, "en", INSTEAD["en"])
    assert i18n.label("en", "activities", "staff_training") not in reply, reply
    assert t("en", "option_role", role="\0", was="\0").split("\0")[0] not in reply, reply
    assert "✓ " + i18n.label("en", "activities", "short_term_doctoral") in reply, reply
