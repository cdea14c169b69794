"""Round 43 (IMT Lucca PhD, traineeship in Barcelona 1 April-15 June 2016): "chi me lo deve autorizzare? il
mio supervisore?" read as "whom do I contact?" got the contact card and the e-mail summary before the answer;
"e quei 1075 euro come li calcolate? sono al mese?" got "I can't find the answer" before the amount block;
"facciamo fino al 31 maggio invece, quanto cambia?" got "I can't find the answer" (the new end date was read
as a date asked about); "serve anche il consiglio scientifico o basta il supervisore?" got the supervisor
line alone. Now: the authorisation answer; "no, not per month" with the parts and how the rates are set; the
new end date with the new amount beside the old one; whether the Board is needed for this plan."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2016-01-10"
BCN = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
       "destination": "ES", "destination_city": "Barcelona", "receiving_org": "enterprise",
       "start_date": "2016-04-01", "end_date": "2016-06-15", "prior_erasmus_months": 0}
CANNOT = ("can't find", "ne trouve pas", "kan het antwoord", "Non trovo", "vind het antwoord")
SUMMARY = ("summary", "résumé", "samenvatting", "riassunto")
SUPERVISOR = {"en": "supervisor", "fr": "directeur", "nl": "promotor", "it": "supervisore"}


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("intent", ["ask_contact", "faq_who_can_apply", "inform"])
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "nessuno, mai fatto erasmus. ma chi me lo deve autorizzare? il mio supervisore?"),
    ("en", "none, never did erasmus. but who has to authorise it? my supervisor?"),
    ("fr", "aucun. mais qui doit l'autoriser ? mon directeur ?"),
    ("nl", "geen. maar wie moet het goedkeuren? mijn promotor?"),
])
async def test_who_must_authorise_gets_the_authorisation_not_the_card(monkeypatch, intent, lang, text):
    slots = {**BCN, "language": lang, "asked": "prior_erasmus_months"}
    slots.pop("prior_erasmus_months")
    got = await play(monkeypatch, slots, [(text, intent)], TODAY)
    last = got.replies[-1]
    assert last.startswith(("Yes", "Oui", "Ja", "Sì")), last
    assert SUPERVISOR[lang] in last.split("\n")[1], last
    assert not any(word in last for word in SUMMARY), last
    assert "mailto:" not in last, last


@pytest.mark.parametrize(("lang", "text"), [("en", "who do I contact?"), ("it", "a chi devo scrivere?")])
async def test_whom_to_contact_keeps_the_contact_card(monkeypatch, lang, text):
    got = await play(monkeypatch, {**BCN, "language": lang}, [("ok", "affirm"), (text, "ask_contact")], TODAY)
    assert "erasmus@imtlucca.it" in got.replies[-1]
    assert any(word in got.replies[-1] for word in SUMMARY), got.replies[-1]


NOT_MONTHLY = {"en": "No, not per month", "fr": "Non, pas par mois", "nl": "Nee, niet per maand",
               "it": "No, non al mese"}
HOW = {"en": "How it is counted", "fr": "Comment il est calculé", "nl": "Hoe het berekend wordt",
       "it": "Come si calcola"}


@pytest.mark.parametrize("intent", ["ask_grant", "out_of_scope", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "ok. e quei 1075 euro come li calcolate? sono al mese?"),
    ("en", "ok. so how do you compute those 1075 euros? is it per month?"),
    ("fr", "et ces 1075 euros, vous les calculez comment ? c'est par mois ?"),
    ("nl", "en die 1075 euro, hoe berekenen jullie die? is dat per maand?"),
])
async def test_how_the_amount_is_computed_and_per_month(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**BCN, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY)
    last = _plain(got.replies[-1])
    assert last.startswith(NOT_MONTHLY[lang]), last
    assert "1 075,00" in last or "1,075.00" in last or "1.075,00" in last, last
    assert "860,00" in last or "860.00" in last, last  # the parts
    assert HOW[lang] in last and "1/30" in last, last
    assert not any(c in last for c in CANNOT), last
    assert last.count("860") == 1, last  # not the whole block again


async def test_the_rate_per_month_is_yes_and_the_whole_stay_keeps_yes(monkeypatch):
    got = await play(monkeypatch, {**BCN, "language": "en"},
                     [("ok", "affirm"), ("is the 430 per month?", "ask_grant"),
                      ("is the 1075 for the whole stay?", "ask_grant")], TODAY)
    assert got.replies[-2].startswith("Yes: €430.00 is the rate"), got.replies[-2]
    assert got.replies[-1].startswith("Yes: €1,075.00 is for your whole stay"), got.replies[-1]


@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("it", "ah ok chiaro. senti facciamo fino al 31 maggio invece, quanto cambia?", "check_eligibility"),
    ("it", "facciamo fino al 31 maggio quanto cambia?", "ask_grant"),
    ("en", "let's make it until 31 May instead, how much does that change?", "ask_grant"),
    ("fr", "disons jusqu'au 31 mai plutôt, ça change combien ?", "nlu_fallback"),
    ("nl", "laten we tot 31 mei doen, hoeveel scheelt dat?", "out_of_scope"),
])
async def test_a_new_end_date_and_how_much_it_changes(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**BCN, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY)
    last = _plain(got.replies[-1])
    assert got.slots["end_date"] == "2016-05-31"
    assert "→" in last, last
    line = next((line for line in last.split("\n") if line.startswith("💶")), "")
    assert "860" in line and "075" in line, last  # the new amount beside the old one
    assert not any(c in last for c in CANNOT), last


async def test_a_what_if_end_date_stays_a_case(monkeypatch):
    got = await play(monkeypatch, {**BCN, "language": "en"},
                     [("ok", "affirm"), ("what if I finish on 31 May?", "ask_grant")], TODAY)
    assert got.slots["end_date"] == "2016-06-15"


LONGER = {"en": "longer than 3 months", "fr": "plus de 3 mois", "nl": "langer dan 3 maanden",
          "it": "più lunghi di 3 mesi"}


@pytest.mark.parametrize("intent", ["out_of_scope", "faq_who_can_apply"])
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "perfetto. serve anche il consiglio scientifico o basta il supervisore?"),
    ("en", "do I need the scientific board too or is my supervisor enough?"),
    ("fr", "faut-il aussi le conseil scientifique ou mon directeur suffit ?"),
    ("nl", "is de wetenschappelijke raad ook nodig of volstaat mijn promotor?"),
])
async def test_board_or_is_the_supervisor_enough(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**BCN, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY)
    last = got.replies[-1]
    assert LONGER[lang] in last and "75" in last, last  # the Board: not for this 75-day plan
    assert SUPERVISOR[lang] in last, last


async def test_a_longer_stay_needs_both(monkeypatch):
    got = await play(monkeypatch, {**BCN, "language": "it", "end_date": "2016-07-31"},
                     [("ok", "affirm"), ("serve anche il consiglio scientifico o basta il supervisore?",
                                         "out_of_scope")], TODAY)
    last = got.replies[-1]
    assert "supervisore" in last and "Consiglio Scientifico" in last and "120" in last, last
    assert LONGER["it"] not in last, last
