"""Round 41: "does the amount stay the same if I finish on 22 May?" got the duration topic and "Updated: end
date" (the Italian "lo stesso se" was not read as a case: "so se" is "non so se"), or the whole amount block
again; now the case's amount beside the plan's in a line ("No: X instead of Y", "Yes: X (unchanged)"), and
where the call publishes no amount (ITM's Annex 2) what changes: the funded days. The plan stays as it was.
Also the amount block's notes: a note on a stay in several countries only when the plan names several
places, and a student's green-travel note without the staff's travel days."""
from __future__ import annotations

import re

import pytest

from actions.phrases import PHRASES
from tests.actions.conversation import play

ITM_OSLO = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility",
            "activity": "traineeship", "destination": "NO", "destination_city": "Oslo",
            "receiving_org": "research_institute", "green_travel": True, "start_date": "2026-03-02",
            "end_date": "2026-05-29", "asked": "citizenship"}
LUCCA_LYON = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility",
              "activity": "traineeship", "destination": "FR", "destination_city": "Lyon",
              "receiving_org": "research_institute", "prior_erasmus_months": 0, "start_date": "2016-03-01",
              "end_date": "2016-06-30", "asked": "citizenship"}
NATIONALITY = {"en": "I'm Italian", "fr": "je suis italienne", "nl": "ik ben Italiaans",
               "it": "sono italiana"}
DURATION_TOPIC = {"en": "2 to 12 months", "fr": "2 à 12 mois", "nl": "2 tot 12 maanden",
                  "it": "da 2 a 12 mesi"}


async def _play(monkeypatch, slots, lang, messages, today):
    return await play(monkeypatch, {**slots, "language": lang}, [(NATIONALITY[lang], "inform"), *messages],
                      today, user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "does the amount stay the same if I finish on 22 May?"),
    ("fr", "et le montant reste le même si je termine le 22 mai ?"),
    ("nl", "blijft het bedrag hetzelfde als ik tot 22 mei blijf?"),
    ("it", "e l'importo resta lo stesso se finisco il 22 maggio?"),
])
@pytest.mark.parametrize("intent", ["faq_duration", "ask_grant"])
async def test_unpublished_amount_says_the_funded_days_that_change(monkeypatch, lang, text, intent):
    got = await _play(monkeypatch, ITM_OSLO, lang, [(text, intent)], "2025-10-01")
    last = got.replies[-1]
    assert "81" in last and "88" in last, last  # 2 March-22 May: 81 funded days instead of 88
    assert DURATION_TOPIC[lang] not in last, last
    assert "erasmusplusmobility@itg.be" in last, last  # who knows the amount itself
    assert last.count("\n  (") == 0, last  # not the whole amount block again
    assert got.slots["end_date"] == "2026-05-29"  # a case: the plan is unchanged


SAME = {"en": "does the amount stay the same?", "fr": "le montant reste le même ?",
        "nl": "blijft het bedrag hetzelfde?", "it": "l'importo resta lo stesso?"}
IF_15_JUNE = {"en": "and if I finish on 15 June?", "fr": "et si je finis le 15 juin ?",
              "nl": "en als ik tot 15 juni blijf?", "it": "e se finisco il 15 giugno?"}
OLD, NEW = "192000", "168000"  # €1,920.00 and €1,680.00 in any language's number format


def _digits(text: str) -> str:
    return re.sub(r"[\s.,]", "", text)


NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}
YES = {"en": "Yes:", "fr": "Oui :", "nl": "Ja:", "it": "Sì:"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_amount_asked_after_a_case_compares_it_with_the_plan(monkeypatch, lang):
    got = await _play(monkeypatch, LUCCA_LYON, lang,
                      [(IF_15_JUNE[lang], "inform"), (SAME[lang], "ask_grant")], "2016-01-10")
    last = got.replies[-1]
    assert last.startswith(NO[lang]), last
    assert NEW in _digits(last) and OLD in _digits(last), last
    assert "\n" not in last.strip(), last  # a line, not the amount, verdict and deadline block again
    assert got.slots["end_date"] == "2016-06-30"


PARIS_SAME = {"en": "and if it were in Paris, does the amount stay the same?",
              "fr": "et si c'était à Paris, le montant reste le même ?",
              "it": "e se fosse a Parigi, l'importo resta lo stesso?"}


@pytest.mark.parametrize("lang", ["en", "fr", "it"])
async def test_the_same_amount_is_yes_unchanged(monkeypatch, lang):
    got = await _play(monkeypatch, LUCCA_LYON, lang, [(PARIS_SAME[lang], "ask_grant")], "2016-01-10")
    last = got.replies[-1]
    assert last.startswith(YES[lang]), last  # Paris is in the same country group as Lyon
    assert OLD in _digits(last), last


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much would I get?"), ("fr", "combien je toucherais ?"), ("it", "quanto prenderei?"),
])
async def test_keep_a_plain_amount_question_after_a_case(monkeypatch, lang, text):
    got = await _play(monkeypatch, LUCCA_LYON, lang, [(IF_15_JUNE[lang], "inform"), (text, "ask_grant")],
                      "2016-01-10")
    last = got.replies[-1]
    assert not last.startswith((NO[lang], YES[lang])), last
    assert "💶" in last, last


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_nothing_changed_is_yes_with_the_amount(monkeypatch, lang):
    got = await _play(monkeypatch, LUCCA_LYON, lang, [(SAME[lang], "ask_grant")], "2016-01-10")
    last = got.replies[-1]
    assert last.startswith(YES[lang]), last
    assert OLD in _digits(last) and "\n" not in last.strip(), last


NEW_END = {"en": "actually I'll finish on 15 June.", "fr": "finalement je finis le 15 juin.",
           "nl": "ik blijf toch maar tot 15 juni.", "it": "alla fine finisco il 15 giugno."}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_amount_asked_after_the_plan_changed_compares_then_and_now(monkeypatch, lang):
    """"le montant reste le même ?" after the end moved: "Non : 1 680 € ... au lieu de 1 920 €", not the whole
    amount block again."""
    got = await _play(monkeypatch, LUCCA_LYON, lang, [(NEW_END[lang], "inform"), (SAME[lang], "ask_grant")],
                      "2016-01-10")
    assert got.slots["end_date"] == "2016-06-15"
    last = got.replies[-1]
    assert last.startswith(NO[lang]), last
    assert NEW in _digits(last) and OLD in _digits(last) and "\n" not in last.strip(), last


ORG_CHANGE = {"en": "actually it's a company", "fr": "en fait c'est une entreprise",
              "nl": "het is eigenlijk een bedrijf", "it": "in realtà è un'azienda"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_change_that_keeps_the_amount_is_yes_unchanged(monkeypatch, lang):
    got = await _play(monkeypatch, LUCCA_LYON, lang,
                      [(ORG_CHANGE[lang], "inform"), (SAME[lang], "ask_grant")], "2016-01-10")
    assert got.slots["receiving_org"] == "enterprise"
    last = got.replies[-1]
    assert last.startswith(YES[lang]) and OLD in _digits(last), last


def test_italian_non_so_se_is_still_no_condition():
    rx = PHRASES["if_clause"]
    assert rx.search("e l'importo resta lo stesso se finisco il 22 maggio?")
    assert not rx.search("non so se ho la cittadinanza")


# The note on "a single period in more than one country": only when the plan names several places.
LUCCA_ALONE = {"nl": "ik ben doctoraatsstudent aan IMT Lucca en wil studeren aan de KU Leuven van 15 "
                     "februari tot 30 juni 2016, nooit eerder erasmus, Nederlandse",
               "en": "I'm a PhD student at IMT Lucca and want to study at KU Leuven from 15 February to 30 "
                     "June 2016, never did Erasmus, I'm Dutch"}
LUCCA_TWO = {"nl": "ik ben doctoraatsstudent aan IMT Lucca en wil studeren aan de KU Leuven en daarna in "
                   "Parijs van 15 februari tot 30 juni 2016, nooit eerder erasmus, Nederlandse",
             "en": "I'm a PhD student at IMT Lucca and want to study at KU Leuven and then in Paris from "
                   "15 February to 30 June 2016, never did Erasmus, I'm Dutch"}
ONE_COUNTRY = {"nl": "meerdere landen", "en": "more than one country"}


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_several_countries_note_only_for_a_plan_in_several_places(monkeypatch, lang):
    alone = await play(monkeypatch, {"language": lang}, [(LUCCA_ALONE[lang], "inform")], "2016-01-10",
                       user_event="parsed", keep_slot_events=True)
    assert "💶" in alone.replies[-1], alone.replies[-1]
    assert ONE_COUNTRY[lang] not in alone.replies[-1], alone.replies[-1]
    two = await play(monkeypatch, {"language": lang}, [(LUCCA_TWO[lang], "inform")], "2016-01-10",
                     user_event="parsed", keep_slot_events=True)
    assert ONE_COUNTRY[lang] in two.replies[-1], two.replies[-1]


STAFF_WORDS = {"en": "to staff", "fr": "au personnel", "nl": "aan personeel", "it": "al personale"}
GREEN = {"en": "Green travel", "fr": "Voyage vert", "nl": "Groen reizen", "it": "Viaggio sostenibile"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_students_amount_notes_leave_out_the_staff_travel_days(monkeypatch, lang):
    got = await _play(monkeypatch, ITM_OSLO, lang, [], "2025-10-01")
    block = got.replies[-1]
    assert GREEN[lang] in block, block  # the green-travel note still applies to the student
    assert STAFF_WORDS[lang] not in block, block
