"""Round 26 of simulated users (T4, T7): facts read from a question. "Questi 4 mesi dopo il titolo vengono
conteggiati nei 12 mesi? Pensavo che da neo-dottore non contassero." changed a PhD student into a recent
graduate (and the 4 months, asked while the months done were pending, became 4 months done); "When does
the next call open? Would Lisbon work instead?" on an ended call changed the destination Madrid to Lisbon
instead of answering that case. Played through action_respond with the entities the extractor gives, in the
four languages, with the nearby wordings that keep their reading."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, SIM_TODAY, hear
from tests.actions.test_round26_dates import MADRID_ENDED

LANGS = ("en", "fr", "nl", "it")
CASE_LINE = {lang: t(lang, "what_if_facts", facts="")[:20] for lang in LANGS}
NEXT_CALL = {lang: t(lang, "next_call_unknown")[:20] for lang in LANGS}

LUCCA_GIVEN = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
               "goal": "eligibility", "destination": "FR", "destination_city": "Paris",
               "receiving_org": "research_institute",
               "start_date": "2016-05-01", "end_date": "2016-08-31", "graduation_date": "2016-03-15",
               "prior_erasmus_months": 0.0, "gender": "m"}


# T4. A role named in what the person thought about the rules, or in a question whether months count.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Un'altra cosa: questi 4 mesi dopo il titolo vengono conteggiati nei 12 mesi disponibili per il "
           "ciclo di dottorato? Pensavo che da neo-dottore non contassero."),
    ("it", "Questi 4 mesi da neo-dottore contano nei 12 mesi?"),
    ("en", "Do these 4 months count towards the 12? I thought that as a recent graduate they don't count."),
    ("fr", "Ces 4 mois comptent-ils dans les 12 ? Je croyais qu'en tant que jeune diplômé ils ne comptaient "
           "pas."),
    ("nl", "Tellen die 4 maanden mee voor de 12? Ik dacht dat ze als pas afgestudeerde niet meetelden."),
])
async def test_a_role_in_a_belief_about_counting_is_no_change_of_role(dispatcher, monkeypatch, lang, text):
    # Round 26: "Aggiornato: il Suo status (studente, personale...): Dottorando → Neolaureato".
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_GIVEN, "language": lang}, LUCCA_OPEN)
    assert "role" not in got, got
    assert t(lang, "changed_facts", facts="")[:8] not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Actually I'm a recent graduate now, I defended already."),
    ("it", "In realtà sono già neo-dottore, ho discusso la tesi."),
])
async def test_a_role_said_of_oneself_still_changes_it(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_GIVEN, "language": lang}, LUCCA_OPEN)
    assert got.get("role") == "recent_graduate", got


@pytest.mark.parametrize(("lang", "text", "done"), [
    ("it", "Questi 4 mesi da neo-dottore contano nei 12 mesi?", None),
    ("en", "Do these 4 months count towards the 12?", None),
    ("nl", "Tellen die 4 maanden mee?", None),
    ("it", "ne ho fatti 4", 4.0),
    ("en", "4", 4.0),
])
async def test_a_length_whose_counting_is_asked_is_no_count_of_months_done(dispatcher, monkeypatch, lang,
                                                                          text, done):
    slots = {**LUCCA_GIVEN, "prior_erasmus_months": None, "asked": "prior_erasmus_months", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    assert got.get("prior_erasmus_months") == done, got


# T7. Another value's fit asked in the conditional is a case, answered for that case; on an ended call too.
WOULD = [
    ("en", "When does the next call open? Would Lisbon work instead?"),
    ("en", "ok. do you know when the next call opens? and would Lisbon work instead of Madrid?"),
    ("fr", "Quand ouvre le prochain appel ? Est-ce que Lisbonne marcherait à la place ?"),
    ("nl", "Wanneer opent de volgende oproep? Zou Lissabon ook kunnen?"),
    ("it", "Quando apre il prossimo bando? Lisbona andrebbe bene invece?"),
]


@pytest.mark.parametrize(("lang", "text"), WOULD)
async def test_would_another_city_work_instead_is_a_case_on_an_ended_call(dispatcher, monkeypatch, lang,
                                                                          text):
    # Round 26: "Updated: destination city: Madrid → Lisbon", and the e-mail summary said "Portugal (Lisbon)".
    got = await hear(dispatcher, monkeypatch, text, {**MADRID_ENDED, "language": lang}, SIM_TODAY)
    reply = texts(dispatcher)
    assert "destination_city" not in got and "destination" not in got, got
    assert (got.get("what_if_case") or {}).get("destination") == "PT", got
    assert CASE_LINE[lang] in reply and NEXT_CALL[lang] in reply, reply
    # Lisbon's answer for the same dates a year earlier: the Spaniard could have gone (said as past, round 50)
    assert t(lang, "verdict_eligible_would", call="")[:20] in reply, reply


@pytest.mark.parametrize(("lang", "text"), WOULD[2:] + [("en", "Would Lisbon work instead?")])
async def test_would_another_city_work_instead_is_a_case_on_an_open_call(dispatcher, monkeypatch, lang, text):
    slots = {**MADRID_ENDED, "start_date": "2026-02-01", "end_date": "2026-06-30", "closed_told": None,
             "hypothetical": None, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert "destination_city" not in got and (got.get("what_if_case") or {}).get("destination") == "PT", got
    assert CASE_LINE[lang] in texts(dispatcher), texts(dispatcher)
    # The case's own "Yes: for that case you would be eligible", never the plan's "✅ From what you told me"
    # over the case's facts (round 36).
    eligible = t(lang, "what_if_eligible_provided", outcome="")[:12]
    # (after the destination's own "Yes:", without a second one: round 53)
    assert eligible.lower() in texts(dispatcher).lower() and "✅" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "city"), [
    ("en", "what if I went to Lisbon?", None),
    ("en", "Let's go to Lisbon instead, not Madrid.", "Lisbon"),
    ("it", "Anzi, vado a Lisbona invece che a Madrid.", "Lisbon"),
    ("en", "Would that work?", None),
])
async def test_a_what_if_and_a_change_keep_their_reading(dispatcher, monkeypatch, lang, text, city):
    slots = {**MADRID_ENDED, "start_date": "2026-02-01", "end_date": "2026-06-30", "closed_told": None,
             "hypothetical": None, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert got.get("destination_city") == city, got
    if "what if" in text:
        assert (got.get("what_if_case") or {}).get("destination_city") == "Lisbon", got
