"""Round 36 (datesfix): stored dates that flipped the verdict to "not eligible".
1. "wait where did 26 april come from? my dates are still 13 to 24 april, I didn't change anything" stored
   "end date: 24 April 2026 -> 24 April 2027": the date whose origin is asked is no date of the stay
   (phrases date_meaning_question), and an end takes the year after its own range's start, never after a
   date said elsewhere in the message (actions/partial_dates.py). A restatement keeps the stored dates, and
   the NLU's topic guess for it (the credit transfer) gets no paragraph nobody asked (actions/owndates.py).
2. "what if the Copenhagen course has no online part, just the 2 weeks there?" made a case ending on 26 April
   (13 April + 2 weeks) and answered "Yes: Denmark belongs to the EU": the stay's own length named as that
   stay is no new end (actions/lengths.py), and the destination already given, named in a case about
   something else, asks nothing of the place (actions/destinationq.py).
3. "voor februari 2027 moet ik dan ten laatste begin december 2026 aanvragen?" made a case ending on 28
   February 2027, and "nee, februari 2027 is wanneer ik zou vertrekken, niet het einde" stored it as the end
   (390 days): a month said as the departure, or "not the end", is the start; the one date in a question
   about applying is the departure (actions/saidroles.py); the start's own month in another year moves the
   whole stay by those years (actions/yearfix.py same_month_moved).
4. "kan je dat aanpassen naar februari tot eind mei 2027?" moved only the end (480 days): a start month
   opening a range is the stay's, as its end is (actions/othermonths.py opens_range).
Nearby answers kept: a real change ("actually 10 to 24 April") updates, a case of another length keeps its
end, "from February to May 2027" as a first statement stores both, a year said with the end of a range only.
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, SIM_TODAY, hear

COPENHAGEN = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
              "goal": "eligibility", "destination": "DK", "destination_city": "Copenhagen",
              "start_date": "2026-04-13", "end_date": "2026-04-24", "citizenship": ["KE"],
              "receiving_org": "hei", "receiving_org_has_eche": True}
STOCKHOLM = {"call": "itm-2024", "role": "msc_student", "activity": "study", "goal": "eligibility",
             "destination": "SE", "destination_city": "Stockholm", "receiving_org": "hei",
             "closed_told": "itm-2024", "hypothetical": True, "citizenship": ["BE"],
             "start_date": "2026-02-01", "end_date": "2026-05-31"}


def _dates(got: dict) -> dict:
    """The stay's dates the turn set, in the stored plan and in a case."""
    case = got.get("what_if_case") or {}
    case = case.get("_past") or case
    return {"stored": (got.get("start_date"), got.get("end_date")),
            "case": (case.get("start_date"), case.get("end_date"))}


# 1. The stored dates said again, with a date whose origin is asked.
RESTATED = [
    ("en", "wait where did 26 april come from? my dates are still 13 to 24 april, I didn't change anything. "
           "and I asked about tropEd not the EU"),
    ("en", "my dates are still 13 to 24 april, I didn't change anything"),
    ("fr", "attends, d'où sort le 26 avril ? mes dates sont toujours du 13 au 24 avril, je n'ai rien changé"),
    ("nl", "wacht, waar komt 26 april vandaan? mijn data zijn nog steeds 13 tot 24 april, ik heb niets "
           "veranderd"),
    ("it", "aspetta, da dove viene il 26 aprile? le mie date sono ancora dal 13 al 24 aprile, non ho "
           "cambiato niente"),
]


@pytest.mark.parametrize(("lang", "text"), RESTATED)
@pytest.mark.parametrize("today", [ITM_OPEN, SIM_TODAY])
async def test_the_stored_dates_said_again_stay(monkeypatch, lang, text, today):
    dispatcher = CollectingDispatcher()
    slots = {**COPENHAGEN, "language": lang,
             "what_if_case": {"end_date": "2026-04-26", "city_words": {"Copenhagen": "Copenhagen"}}}
    got = await hear(dispatcher, monkeypatch, text, slots, today)
    said = texts(dispatcher)
    assert got.get("start_date") in (None, "2026-04-13") and got.get("end_date") in (None, "2026-04-24"), got
    assert "2027" not in said and t(lang, "changed_facts", facts="")[:8] not in said, said
    assert "❌" not in said, said


REAL_CHANGE = [("en", "actually 10 to 24 April"), ("fr", "en fait du 10 au 24 avril"),
               ("nl", "eigenlijk van 10 tot 24 april"), ("it", "in realtà dal 10 al 24 aprile")]


@pytest.mark.parametrize(("lang", "text"), REAL_CHANGE)
async def test_a_real_change_of_the_dates_still_updates(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**COPENHAGEN, "language": lang}, ITM_OPEN)
    assert got.get("start_date") == "2026-04-10", (got, texts(dispatcher))
    assert got.get("end_date") in (None, "2026-04-24"), got


# 2. The stay's own length named as that stay, in a case about the online part.
OWN_LENGTH = [
    ("en", "sorry that 'No' confused me, no it's not tropEd or no it doesn't matter? also what if the "
           "Copenhagen course has no online part, just the 2 weeks there?"),
    ("fr", "et si le cours de Copenhague n'a pas de partie en ligne, juste les 2 semaines sur place ?"),
    ("nl", "en als de cursus in Kopenhagen geen online deel heeft, alleen de 2 weken daar?"),
    ("it", "e se il corso a Copenaghen non ha una parte online, solo le 2 settimane lì?"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_LENGTH)
async def test_the_stays_own_length_is_no_new_end(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**COPENHAGEN, "language": lang}, ITM_OPEN)
    said = texts(dispatcher)
    assert _dates(got) == {"stored": (None, None), "case": (None, None)}, got
    assert i18n.fmt_date("2026-04-26", lang) not in said, said
    assert t(lang, "destination_status", country=i18n.country("DK", lang), sets="")[:12] not in said, said


OTHER_LENGTH = [("en", "what if I only went 4 days?", "2026-04-16"),
                ("en", "what if the course lasted 3 weeks?", "2026-05-03"),
                ("fr", "et si je ne partais que 4 jours ?", "2026-04-16"),
                ("nl", "wat als ik maar 4 dagen ga?", "2026-04-16"),
                ("it", "e se andassi solo 4 giorni?", "2026-04-16")]


@pytest.mark.parametrize(("lang", "text", "end"), OTHER_LENGTH)
async def test_a_case_of_another_length_keeps_its_end(monkeypatch, lang, text, end):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**COPENHAGEN, "language": lang}, ITM_OPEN)
    assert _dates(got)["case"][1] == end, (got, texts(dispatcher))
    assert "end_date" not in got, got


# 3. A month said as the departure: in a question about applying, and with "not the end".
APPLY_FOR = [
    ("nl", "dus als ik het goed snap: voor februari 2027 moet ik dan ten laatste begin december 2026 "
           "aanvragen?"),
    ("en", "so if I get it right: for February 2027 I must apply by early December 2026 at the latest?"),
    ("fr", "donc si je comprends bien : pour février 2027, je dois postuler au plus tard début décembre "
           "2026 ?"),
    ("it", "quindi se ho capito bene: per febbraio 2027 devo candidarmi al più tardi a inizio dicembre "
           "2026?"),
]


@pytest.mark.parametrize(("lang", "text"), APPLY_FOR)
async def test_a_month_in_an_apply_by_question_is_the_departure(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**STOCKHOLM, "language": lang}, SIM_TODAY)
    found = _dates(got)
    assert found["stored"] == (None, None), got  # a question: the plan is not changed
    assert found["case"][0] in (None, "2027-02-01") and found["case"][1] in (None, "2027-05-31"), got
    assert i18n.fmt_date("2027-02-28", lang) not in texts(dispatcher)


DEPARTURE = [
    ("nl", "nee, februari 2027 is wanneer ik zou vertrekken, niet het einde. mijn vraag was: geldt die regel "
           "van 2 maanden vooraf dan ook voor de volgende oproep?"),
    ("nl", "nee, februari 2027, niet het einde"),
    ("en", "no, February 2027 is when I'd leave, not the end."),
    ("en", "no, February 2027, not the end date"),
    ("fr", "non, février 2027 c'est quand je partirais, pas la fin."),
    ("it", "no, febbraio 2027 è quando partirei, non la fine."),
]


@pytest.mark.parametrize(("lang", "text"), DEPARTURE)
async def test_a_month_said_as_the_departure_is_never_the_end(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**STOCKHOLM, "language": lang}, SIM_TODAY)
    said = texts(dispatcher)
    # the start's own month a year on: the same stay a year on
    assert (got.get("start_date"), got.get("end_date")) == ("2027-02-01", "2027-05-31"), (got, said)
    assert "❌" not in said and i18n.fmt_date("2027-02-28", lang) not in said, said


async def test_another_month_as_the_departure_waits_for_its_day(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "no, March 2027 is when I'd leave, not the end.",
                     {**STOCKHOLM, "language": "en"}, SIM_TODAY)
    assert got.get("start_month") == "2027-03" and got.get("end_date") is None, got


@pytest.mark.parametrize(("lang", "text"), [("en", "no, 31 May 2027 is the end"),
                                            ("nl", "nee, 31 mei 2027 is het einde")])
async def test_a_date_said_as_the_end_is_still_the_end(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**STOCKHOLM, "language": lang}, SIM_TODAY)
    assert got.get("end_date") == "2027-05-31" and "start_date" not in got, got


# 4. A range with one year at its end: both ends in that year.
RANGE_2027 = [
    ("nl", "top, maar in die mail staan de data van 2026, ik wil eigenlijk in 2027 gaan hé. kan je dat "
           "aanpassen naar februari tot eind mei 2027?"),
    ("nl", "kan je dat aanpassen naar februari tot eind mei 2027?"),
    ("en", "can you change it to February to end of May 2027?"),
    ("fr", "tu peux changer ça de février à fin mai 2027 ?"),
    ("it", "puoi cambiarlo da febbraio a fine maggio 2027?"),
]


@pytest.mark.parametrize(("lang", "text"), RANGE_2027)
async def test_a_range_with_its_year_at_the_end_moves_both_dates(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**STOCKHOLM, "language": lang}, SIM_TODAY)
    said = texts(dispatcher)
    assert (got.get("start_date"), got.get("end_date")) == ("2027-02-01", "2027-05-31"), (got, said)
    assert "❌" not in said


FIRST_RANGE = [("en", "from February to May 2027"), ("fr", "de février à mai 2027"),
               ("nl", "van februari tot mei 2027"), ("it", "da febbraio a maggio 2027")]


@pytest.mark.parametrize(("lang", "text"), FIRST_RANGE)
async def test_a_range_as_a_first_statement_stores_both(monkeypatch, lang, text):
    slots = {k: v for k, v in STOCKHOLM.items() if k not in ("start_date", "end_date")}
    got = await hear(CollectingDispatcher(), monkeypatch, text,
                     {**slots, "language": lang, "asked": "start_date"}, SIM_TODAY)
    assert (got.get("start_date"), got.get("end_date")) == ("2027-02-01", "2027-05-31"), got


async def test_a_month_about_applying_still_changes_no_date(monkeypatch):
    """Nearby (round 33): "I'd have to apply by early January, yes?" names no date of the stay."""
    got = await hear(CollectingDispatcher(), monkeypatch, "so I'd have to apply by early January, yes?",
                     {**COPENHAGEN, "language": "en"}, ITM_OPEN)
    assert _dates(got) == {"stored": (None, None), "case": (None, None)}, got


# 1b. The NLU's topic guess for a message about the stay's own dates: no paragraph nobody asked.
@pytest.mark.parametrize(("lang", "text"), [RESTATED[0], RESTATED[2], RESTATED[3], RESTATED[4]])
async def test_the_own_dates_said_again_get_no_topic_paragraph(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**COPENHAGEN, "language": lang}, ITM_OPEN,
               intent="faq_credit_transfer")
    said = texts(dispatcher)
    assert said.startswith("✅"), said  # the answer for the plan, no paragraph on credits first


async def test_a_topic_named_with_the_dates_is_still_answered(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "will the credits from my 13 to 24 April course be recognised?",
               {**COPENHAGEN, "language": "en"}, ITM_OPEN, intent="faq_credit_transfer")
    assert "credit" in texts(dispatcher).lower() and "level table" in texts(dispatcher), texts(dispatcher)
