"""Round 36 (Italian PhD traineeship in Munich, IMT Lucca): wrong facts stored and questions left unanswered.

- "i tre mesi a Monaco" after "Monaco di Baviera" (Germany) made the destination the Principality of Monaco
  and the verdict "not eligible": in Italian "Monaco" is also Munich, so with Germany in the plan it is the
  same place; said in another language, or with no country yet, it stays the principality.
- "the PhD scholarship goes up 50% and I also get the 1,290, right?" got "No: I have no amount for your
  case": now yes, with the estimate and the call's note on the scholarship.
- "Intendevo il compenso dell'azienda, non la borsa di dottorato" stored "other scholarship: No"; "forse mi
  sono spiegato male: la borsa di dottorato ce l'ho" stored nothing.
- Pay or an allowance from the host company next to the grant was never answered: now what the call says
  (only the PhD scholarship is named as combinable), that it says nothing about the host's pay, whom to ask.
- "modulo firmato dal supervisore, da mandare entro il 18 gennaio. Corretto?" noted the supervisor's
  authorisation as given.
- "I 1.290 euro sono per tutto il periodo o al mese?" opened with "Not for sure" and the rates' source.
"""
from __future__ import annotations

import datetime as dt

import pytest

from actions import i18n
from actions.calls import call_name
from actions.faq import topics_of
from actions.i18n import t
from actions.namesakes import settle_places
from bot.nlu.extract import extract as read
from tests.actions.conftest import make_tracker
from tests.actions.conversation import play
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

LUCCA = "imt-lucca-2015"
ITM = "itm-2024"
MUNICH = {"call": LUCCA, "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "DE", "destination_city": "Munich", "receiving_org": "enterprise",
          "citizenship": ["IT"], "start_date": "2016-03-01", "end_date": "2016-05-31",
          "prior_erasmus_months": 0.0}
AMSTERDAM = {"call": ITM, "role": "msc_student", "activity": "traineeship", "destination": "NL",
             "destination_city": "Amsterdam", "receiving_org": "research_institute", "citizenship": ["DE"],
             "start_date": "2026-03-02", "end_date": "2026-05-29", "goal": "eligibility"}
HOW_MUCH = {"en": "How much would I get?", "fr": "Combien je toucherais ?", "nl": "Hoeveel zou ik krijgen?",
            "it": "Quanto riceverei?"}
TOTAL = 1290


async def talk(monkeypatch, slots: dict, messages: list[tuple[str, str]], today: str = LUCCA_OPEN
               ) -> tuple[list[str], dict]:
    """Each message in turn as Rasa sends it: the replies, and the slots the last message set."""
    said = await play(monkeypatch, slots, messages, today)
    return said.replies, said.last


async def after_the_amount(monkeypatch, lang: str, text: str, intent: str = "check_eligibility",
                           **slots) -> tuple[str, dict]:
    """The reply to `text` asked after the amount was given (Munich, March to May 2016: 1,290 EUR), and the
    slots it set."""
    state = {**MUNICH, **slots, "language": lang}
    replies, got = await talk(monkeypatch, state, [(HOW_MUCH[lang], "ask_grant"), (text, intent)])
    return replies[-1], got


async def slots_after(monkeypatch, slots: dict, text: str, intent: str = "inform",
                      today: str = LUCCA_OPEN) -> tuple[str, dict]:
    """The reply to one message and the slots it set."""
    replies, got = await talk(monkeypatch, slots, [(text, intent)], today)
    return replies[-1], got


# 1. "a Monaco" with Germany in the plan is Munich, in Italian.

def places(slots: dict, text: str) -> list[tuple[str, str]]:
    tracker = make_tracker(slots=slots, text=text)
    ents = settle_places(tracker, text, read(text, dt.date(2016, 1, 10)))
    return [(e["entity"], e["value"]) for e in ents if e["entity"] in ("city", "country")]


def test_monaco_with_germany_given_is_munich_in_italian():
    text = "Quindi durante i tre mesi a Monaco la borsa di dottorato aumenta, giusto?"
    assert places({**MUNICH, "language": "it"}, text) == [("city", "Munich")]
    alone = "vado a Monaco per il tirocinio"
    assert places({"destination": "DE", "language": "it"}, alone) == [("city", "Munich")]


@pytest.mark.parametrize(("slots", "text"), [
    # (round 62: "Monaco" alone is Munich in Italian; the principality only when said so)
    ({"language": "it"}, "vado nel Principato di Monaco per il tirocinio"),
    ({**MUNICH, "language": "en"}, "what if I went to Monaco instead?"),  # Munich is "Munich" in English
    ({**MUNICH, "language": "fr"}, "et si j'allais à Monaco plutôt ?"),
    ({**MUNICH, "language": "nl"}, "en als ik naar Monaco ga?"),
])
def test_monaco_stays_the_principality_elsewhere(slots, text):
    assert places(slots, text) == [("country", "MC")]


def test_monaco_with_germany_named_is_munich():
    assert [(e["entity"], e["value"]) for e in read("Vorrei andare a Monaco, in Germania",
                                                    dt.date(2016, 1, 10))
            if e["entity"] in ("city", "country")] == [("city", "Munich"), ("country", "DE")]


async def test_a_monaco_keeps_the_destination_and_the_verdict(monkeypatch):
    text = ("Capisco. Quindi durante i tre mesi a Monaco la borsa di dottorato aumenta del 50% e in più "
            "prendo i 1.290 euro Erasmus, giusto?")
    reply, _ = await after_the_amount(monkeypatch, "it", text, city_words={"Munich": "Monaco di Baviera"})
    assert "Monaco;" not in reply and "✗" not in reply and "→ Monaco" not in reply, reply
    assert i18n.fmt_eur(TOTAL, "it") in reply and reply.startswith("Sì"), reply


# 2. The amount and the scholarship's increase checked back: yes, with the estimate and the call's note.

CONFIRM = [
    ("en", "So during the three months in Munich my PhD scholarship goes up 50% and I also get the 1,290 "
           "euros, right?"),
    ("fr", "Donc pendant les trois mois à Munich ma bourse de doctorat augmente de 50 % et je touche les "
           "1 290 euros, c'est ça ?"),
    ("nl", "Dus tijdens de drie maanden in München stijgt mijn doctoraatsbeurs met 50% en krijg ik "
           "daarbovenop de 1.290 euro, toch?"),
    ("it", "Quindi durante i tre mesi a Monaco la borsa di dottorato aumenta del 50% e in più prendo i 1.290 "
           "euro Erasmus, giusto?"),
]


@pytest.mark.parametrize(("lang", "text"), CONFIRM)
async def test_the_amount_and_the_increase_checked_back_get_yes(monkeypatch, lang, text):
    reply, _ = await after_the_amount(monkeypatch, lang, text, has_scholarship=True)
    first = reply.splitlines()[0]
    assert first.startswith(t(lang, "whole_stay_yes", amount="", days="", parts="")[:2]), reply
    assert i18n.fmt_eur(TOTAL, lang) in first, reply
    assert "50" in reply, reply  # the call's note: the scholarship is increased by 50% plus the grant
    assert not reply.startswith(t(lang, "grant_sure_unknown", basis="")[:8]), reply


async def test_the_amount_alone_checked_back_has_no_scholarship_note(monkeypatch):
    reply, _ = await after_the_amount(monkeypatch, "en", "So I get the 1,290 euros in total, right?",
                                      has_scholarship=True)
    assert reply.startswith("Yes") and "50%" not in reply, reply


# 3. "not the scholarship" names what is not asked about; "la borsa ce l'ho" after "I explained it badly" is
# a yes.

NOT_THIS = [
    ("it", "Intendevo il compenso dell'azienda tedesca, non la borsa di dottorato. Quello è un problema?"),
    ("en", "I meant the pay from the German company, not the PhD scholarship. Is that a problem?"),
    ("fr", "Je parlais de la rémunération de l'entreprise allemande, pas de la bourse de doctorat. C'est un "
           "problème ?"),
    ("nl", "Ik bedoelde de vergoeding van het Duitse bedrijf, niet de doctoraatsbeurs. Is dat een probleem?"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_THIS)
async def test_the_scholarship_set_against_what_is_meant_is_no_fact(monkeypatch, lang, text):
    reply, got = await slots_after(monkeypatch, {**MUNICH, "language": lang}, text, "check_eligibility")
    assert "has_scholarship" not in got, (got, reply)
    assert t(lang, "priority_yes")[:10] not in reply, reply  # no "the priorities favour you" from it
    assert topics_of(LUCCA, ("host_payment",))[0].answer(lang)[:40] in reply, reply


HAVE_IT = [
    ("it", "Guardi, forse mi sono spiegato male: la borsa di dottorato ce l'ho. Chiedevo solo se il rimborso "
           "dell'azienda è compatibile con la borsa Erasmus."),
    ("en", "Maybe I didn't explain myself well: I do have the PhD scholarship."),
    ("fr", "Je me suis mal expliqué : j'ai bien une bourse de doctorat."),
    ("nl", "Misschien heb ik het slecht uitgelegd: ik heb wel een doctoraatsbeurs."),
]


@pytest.mark.parametrize(("lang", "text"), HAVE_IT)
async def test_having_the_scholarship_after_explaining_badly_is_a_yes(monkeypatch, lang, text):
    _, got = await slots_after(monkeypatch, {**MUNICH, "language": lang, "has_scholarship": False}, text,
                               "faq_scholarship_compatibility")
    assert got.get("has_scholarship") is True, got


NONE = [("it", "Non ho nessuna borsa."), ("it", "Non ho borse di studio."), ("en", "I have no scholarship."),
        ("fr", "Je n'ai pas de bourse."), ("nl", "Ik heb geen beurs.")]


@pytest.mark.parametrize(("lang", "text"), NONE)
async def test_no_scholarship_is_still_no(monkeypatch, lang, text):
    _, got = await slots_after(monkeypatch, {**MUNICH, "language": lang}, text)
    assert got.get("has_scholarship") is False, got


# 4. Pay from the host next to the grant: what the call says, and whom to ask.

HOST_PAY = [
    ("it", "Un'altra cosa: l'azienda mi darebbe anche un piccolo rimborso spese. La borsa Erasmus si può "
           "cumulare?", "faq_scholarship_compatibility"),
    ("it", "Sì ma non mi ha risposto: il bando dice qualcosa sui compensi pagati dall'azienda ospitante?",
     "ask_grant"),
    ("en", "The company would also give me a small allowance. Can I combine it with the Erasmus grant?",
     "faq_scholarship_compatibility"),
    ("fr", "L'entreprise me verserait aussi une petite gratification. Est-ce cumulable avec la bourse "
           "Erasmus ?", "faq_scholarship_compatibility"),
    ("nl", "Het bedrijf geeft me ook een kleine onkostenvergoeding. Mag ik die combineren met de "
           "Erasmusbeurs?", "faq_scholarship_compatibility"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), HOST_PAY)
async def test_pay_from_the_host_gets_the_calls_answer_and_whom_to_ask(monkeypatch, lang, text, intent):
    reply, _ = await slots_after(monkeypatch, {**MUNICH, "language": lang}, text, intent)
    assert topics_of(LUCCA, ("host_payment",))[0].answer(lang) in reply, reply
    assert "erasmus@imtlucca.it" in reply, reply
    assert topics_of(LUCCA, ("scholarship_compatibility",))[0].answer(lang) not in reply, reply


@pytest.mark.parametrize(("lang", "text", "intent"), HOST_PAY[2:])
async def test_pay_from_the_host_for_a_call_that_does_not_say(monkeypatch, lang, text, intent):
    reply, _ = await slots_after(monkeypatch, {**AMSTERDAM, "language": lang}, text, intent, ITM_OPEN)
    assert t(lang, "host_pay_not_said", call=call_name(ITM, lang)) in reply, reply
    assert "@itg.be" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Posso cumulare il contributo Erasmus con la mia borsa di dottorato?"),
    ("en", "Can I combine the Erasmus grant with my PhD scholarship?"),
])
async def test_combining_with_the_scholarship_keeps_its_answer(monkeypatch, lang, text):
    reply, _ = await slots_after(monkeypatch, {**MUNICH, "language": lang}, text,
                                 "faq_scholarship_compatibility")
    assert topics_of(LUCCA, ("scholarship_compatibility",))[0].answer(lang) in reply, reply
    assert all(topic.answer(lang) not in reply for topic in topics_of(LUCCA, ("host_payment",))), reply


# 5. The procedure said back ("the form signed by the supervisor, to send by ...") is no authorisation given.

RECAP = [
    ("it", "Ok, meno male. Allora riassumo: modulo firmato dal supervisore, da mandare a erasmus@imtlucca.it "
           "entro il 18 gennaio. Corretto?"),
    ("en", "So to sum up: the form signed by my supervisor, to be sent to erasmus@imtlucca.it by 18 January. "
           "Correct?"),
    ("fr", "Donc, je récapitule : le formulaire signé par mon directeur de thèse, à envoyer à "
           "erasmus@imtlucca.it avant le 18 janvier. C'est correct ?"),
    ("nl", "Dus even samengevat: het formulier ondertekend door mijn promotor, te sturen naar "
           "erasmus@imtlucca.it vóór 18 januari. Klopt dat?"),
]


@pytest.mark.parametrize(("lang", "text"), RECAP)
async def test_the_procedure_said_back_stores_no_authorisation(monkeypatch, lang, text):
    reply, got = await after_the_amount(monkeypatch, lang, text)
    assert "supervisor_authorised" not in got, (got, reply)
    assert reply.startswith(t(lang, "recap_right")), reply  # the "correct?" check answered


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il mio supervisore ha firmato il modulo."),
    ("it", "Ho il modulo firmato dal supervisore."),
    ("en", "My supervisor has signed the form."),
    ("en", "I have the form signed by my supervisor."),
    ("fr", "Mon directeur de thèse a signé le formulaire."),
    ("nl", "Mijn promotor heeft het formulier ondertekend."),
])
async def test_a_signature_given_is_still_a_yes(monkeypatch, lang, text):
    _, got = await slots_after(monkeypatch, {**MUNICH, "language": lang}, text)
    assert got.get("supervisor_authorised") is True, got


# 6. "Is the 1,290 for the whole period or per month?": the answer first.

WHOLE_OR_MONTH = [
    ("it", "Quindi in totale quanto riceverei? I 1.290 euro sono per tutto il periodo o al mese?"),
    ("en", "So how much would I get in total? Is the 1,290 euros for the whole period or per month?"),
    ("fr", "Les 1 290 euros, c'est pour toute la période ou par mois ?"),
    ("nl", "Is die 1.290 euro voor de hele periode of per maand?"),
]


@pytest.mark.parametrize(("lang", "text"), WHOLE_OR_MONTH)
async def test_whole_period_or_per_month_is_answered_first(monkeypatch, lang, text):
    reply, _ = await after_the_amount(monkeypatch, lang, text, intent="ask_grant")
    first = reply.splitlines()[0]
    assert first.startswith(t(lang, "whole_stay_whole", amount="", days="", parts="").split(":")[0]), reply
    assert i18n.fmt_eur(TOTAL, lang) in first, reply
    assert t(lang, "grant_sure_no", basis="")[:10] not in reply, reply  # no "Not for sure" and the basis


async def test_whole_stay_alone_keeps_its_yes(monkeypatch):
    reply, _ = await after_the_amount(monkeypatch, "en", "Is the 1,290 euros for the whole stay?",
                                      intent="ask_grant")
    assert reply.startswith("Yes: " + i18n.fmt_eur(TOTAL, "en")), reply
