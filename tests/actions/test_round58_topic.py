"""Round 58: a question that names a place or a fact got the answer of a neighbour topic, opening with a
"Yes:" or "No:" that reads as an answer to the question asked.

- r58-j2 (an ITM MSc student, a traineeship in Uganda): "ok. are visa costs covered? uganda visa + vaccines is
  not cheap" got "Yes: Uganda is one of the third countries not associated ..."; now what the call says the
  grant compensates (visa costs among them). "wait only 2 grants for uganda type countries? so i might not get
  money even if im eligible?" got the Uganda block again and "i mean the limit of 2 grants. can i be eligible
  and still not get a grant?" the verdict; now "Yes, that can happen": being eligible does not guarantee a
  grant, how the call awards them (first come, first served; 2 grants for third countries not associated)
  and the call's priorities for the person's plan (self-funded MSc students).
- r58-k2 (an IMT Lucca PhD student, German, going to Heidelberg): "Germany is my home country, is that a
  problem?" got "No, that is no problem: Germany is one of the Programme Countries"; now not excluded, but the
  call's preference may rank the application lower. "who has to approve it?" got "Yes: for your plan, these
  authorisations are needed"; a who-question gets no "Yes:".
- r58-h2 (an ITM MSc student, French "tu", a study period in Geneva): "non je veux dire : un erasmus
  sans bourse erasmus (genre zéro euro), c'est possible à l'IMT ?" got "Non : tous les montants ..."
  ending "L'appel ne dit pas si un départ sans bourse resterait possible", and "et si j'ai pas une des 2
  bourses, je peux quand même partir à genève en erasmus sans argent ?" the scholarship-priority block;
  now that the call does not say, and whom to ask, first.
In the four languages (the English or French message verbatim, the others translated)."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.faq import topics_of
from actions.i18n import t
from actions.phrases import informal
from actions.profile import core
from tests.actions.conversation import play

UGANDA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "UG",
          "destination_city": "Entebbe", "receiving_org": "research_institute", "citizenship": ["NL"],
          "start_date": "2026-04-01", "end_date": "2026-06-30", "itm_staff_member": False,
          "goal": "eligibility"}
HEIDELBERG = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "DE",
              "destination_city": "Heidelberg", "receiving_org": "hei", "start_date": "2016-04-01",
              "end_date": "2016-07-31", "prior_erasmus_months": 0, "goal": "eligibility"}
GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "CH",
          "destination_city": "Geneva", "receiving_org": "hei", "citizenship": ["FR"],
          "has_scholarship": True, "start_date": "2026-02-01", "end_date": "2026-06-30",
          "itm_staff_member": False, "goal": "eligibility"}


def _opens_with(reply: str, text: str, lang: str) -> bool:
    return reply.startswith(text) or reply.startswith(informal(text, lang))


def _plain_yes_no(lang: str) -> list[str]:
    return [t(lang, key, answer="").strip() for key in ("answer_yes", "answer_no")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok. are visa costs covered? uganda visa + vaccines is not cheap"),
    ("fr", "ok. les frais de visa sont couverts ? visa + vaccins pour l'ouganda, c'est pas donné"),
    ("nl", "ok. worden visumkosten vergoed? visum + vaccins voor oeganda is niet goedkoop"),
    ("it", "ok. i costi del visto sono coperti? visto + vaccini per l'uganda non costano poco"),
])
async def test_visa_costs_get_what_the_grant_covers_not_the_destination(monkeypatch, lang, text):
    got = await play(monkeypatch, {**UGANDA, "language": lang}, [(text, "faq_grant_covers")], "2025-10-01",
                     user_event="parsed")
    first = got.replies[0]
    covers = topics_of("itm-2024", ("grant_covers",), "msc_student")[0].answer(lang)
    assert covers in first, first
    assert not any(first.startswith(o) for o in _plain_yes_no(lang)), first  # no "Yes: Uganda is one of ..."


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "wait only 2 grants for uganda type countries? so i might not get money even if im eligible?"),
    ("en", "i mean the limit of 2 grants. can i be eligible and still not get a grant?"),
    ("fr", "attends, seulement 2 bourses pour les pays comme l'ouganda ? donc je pourrais ne pas avoir "
           "d'argent même si je suis éligible ?"),
    ("fr", "je veux dire la limite de 2 bourses. je peux être éligible et quand même ne pas avoir de "
           "bourse ?"),
    ("nl", "wacht, maar 2 beurzen voor landen zoals oeganda? dus ik krijg misschien geen geld, ook al kom "
           "ik in aanmerking?"),
    ("nl", "ik bedoel de limiet van 2 beurzen. kan ik in aanmerking komen en toch geen beurs krijgen?"),
    ("it", "aspetta, solo 2 borse per paesi come l'uganda? quindi potrei non ricevere soldi anche se sono "
           "idoneo?"),
    ("it", "intendo il limite di 2 borse. posso essere idoneo e comunque non ricevere la borsa?"),
])
async def test_eligible_without_a_grant_is_answered_yes_with_how_grants_go(monkeypatch, lang, text):
    got = await play(monkeypatch, {**UGANDA, "language": lang}, [(text, "check_eligibility")], "2025-10-01",
                     user_event="parsed")
    first = got.replies[0]
    assert first.startswith(t(lang, "award_not_guaranteed", answer="").strip()), first
    fcfs = topics_of("itm-2024", ("first_come_first_served",), "msc_student")[0].answer(lang)
    assert fcfs in first, first
    priority = next(p for p in core().priorities({**UGANDA}, lang)
                    if p["id"] == "non_associated_self_funded_msc")
    assert t(lang, "award_your_plan") in first and priority["text"] in first, first


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Germany is my home country, is that a problem?"),
    ("fr", "L'Allemagne est mon pays d'origine, est-ce que c'est un problème ?"),
    ("nl", "Duitsland is mijn thuisland, is dat een probleem?"),
    ("it", "La Germania è il mio paese d'origine, è un problema?"),
])
async def test_home_country_as_a_problem_says_it_may_rank_lower(monkeypatch, lang, text):
    got = await play(monkeypatch, {**HEIDELBERG, "language": lang}, [(text, "nlu_fallback")], "2016-01-10",
                     user_event="parsed")
    first = got.replies[0]
    country = i18n.country("DE", lang)
    assert _opens_with(first, t(lang, "home_problem_lower", country=country), lang), first
    assert t(lang, "home_ranks_lower") in first or informal(t(lang, "home_ranks_lower"), lang) in first, first
    assert not first.startswith(t(lang, "answer_no_problem", answer="").strip()), first


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who has to approve it?"),
    ("fr", "qui doit l'approuver ?"),
    ("nl", "wie moet het goedkeuren?"),
    ("it", "chi lo deve approvare?"),
])
async def test_who_approves_gets_no_yes_opening(monkeypatch, lang, text):
    slots = {**HEIDELBERG, "citizenship": ["DE"], "language": lang}
    got = await play(monkeypatch, slots, [(text, "faq_who_can_apply")], "2016-01-10", user_event="parsed")
    first = got.replies[0]
    lead = t(lang, "signoff_yes")
    rest = lead.split(":", 1)[1].strip() if lang != "fr" else lead.split(" : ", 1)[1].strip()
    assert first.startswith(rest[:1].upper() + rest[1:]), first
    assert not any(first.startswith(o) for o in _plain_yes_no(lang)), first


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "non je veux dire : un erasmus sans bourse erasmus (genre zéro euro), c'est possible à l'IMT ?"),
    ("fr", "et si j'ai pas une des 2 bourses, je peux quand même partir à genève en erasmus sans argent ?"),
    ("en", "no i mean: an erasmus without an erasmus grant (like zero euros), is that possible at ITM?"),
    ("en", "and if i don't get one of the 2 grants, can i still go to geneva on erasmus without money?"),
    ("nl", "nee ik bedoel: een erasmus zonder erasmusbeurs (zeg maar nul euro), kan dat bij het ITG?"),
    ("nl", "en als ik geen van de 2 beurzen krijg, kan ik dan toch op erasmus naar genève zonder geld?"),
    ("it", "no intendo: un erasmus senza borsa erasmus (tipo zero euro), è possibile all'ITM?"),
    ("it", "e se non ottengo una delle 2 borse, posso partire lo stesso per ginevra in erasmus senza soldi?"),
])
async def test_a_mobility_without_a_grant_opens_with_what_the_call_does_not_say(monkeypatch, lang, text):
    intent = "faq_scholarship_compatibility" if "partir" in text else "check_eligibility"
    got = await play(monkeypatch, {**GENEVA, "language": lang}, [(text, intent)], "2025-10-01",
                     user_event="parsed")
    first = got.replies[0]
    lead = t(lang, "without_grant_go_first", contact="erasmusplusmobility@itg.be")
    assert _opens_with(first, lead, lang), first
    assert not any(first.startswith(o) for o in _plain_yes_no(lang)), first
