"""Round 45 (an ITM MSc student, a traineeship at a research institute in Hamburg, 2 March to 29 May 2026):
"ok dus ik krijg niks qua reisgeld? ik ga wss met de trein naar hamburg" noted "green travel: Yes" from
"wss" (probably) and answered "I can't find"; "maakt het uit dat het een onderzoeksinstituut is en geen
universiteit? moet er een akkoord zijn tussen ITG en dat instituut?" got a bare "No: your answer stays the
same"; "ik heb geen studiebeurs, maakt dat iets uit voor het bedrag?" got the selection priority only. Now:
the travel support for the case, the hedged train not noted but what it would change said; each question
its own answer; the amount answered from the call data (ITM: not linked; IMT Lucca: the PhD scholarship
raised by 50%)."""
from __future__ import annotations

import pytest

from actions.travelmode import travel_mode
from tests.actions.conversation import play

HH = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
      "destination": "DE", "destination_city": "Hamburg", "receiving_org": "research_institute",
      "citizenship": ["BE"], "start_date": "2026-03-02", "end_date": "2026-05-29"}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
         "destination": "FR", "destination_city": "Lyon", "receiving_org": "research_institute",
         "prior_erasmus_months": 0, "citizenship": ["IT"], "start_date": "2016-03-01",
         "end_date": "2016-06-30"}
CANNOT = ("I can't find", "Je ne trouve pas", "Ik vind", "Non trovo", "I can only help")
INTENTS = ["nlu_fallback", "ask_grant", "check_eligibility"]
# The call data's sentence on travel support for students to this destination (regions 1 to 12 only).
REGIONS = {"en": "regions 1 to 12", "fr": "régions 1 à 12", "nl": "regio's 1 tot 12",
           "it": "regioni da 1 a 12"}
NOT_NOTED = {"en": "not noted it", "fr": "ne le note pas", "nl": "noteer ik nog niet",
             "it": "non lo registro"}


async def _reply(monkeypatch, slots, lang, text, intent, today="2025-10-01"):
    got = await play(monkeypatch, {**slots, "language": lang}, [("ok", "affirm"), (text, intent)], today)
    return got, got.replies[-1]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok so I get nothing for travel? I'll probably take the train to hamburg"),
    ("fr", "ok donc je n'ai rien pour le voyage ? j'irai sans doute en train à Hambourg"),
    ("nl", "ok dus ik krijg niks qua reisgeld? ik ga wss met de trein naar hamburg"),
    ("it", "ok quindi niente per il viaggio? probabilmente vado in treno ad Amburgo"),
])
async def test_travel_money_asked_with_a_likely_train(monkeypatch, intent, lang, text):
    got, reply = await _reply(monkeypatch, HH, lang, text, intent)
    assert REGIONS[lang] in reply and NOT_NOTED[lang] in reply, reply
    assert not any(c in reply for c in CANNOT), reply
    assert "green_travel" not in got.last, got.last
    # what the train would change: the call data's note on green travel for students
    assert "417" in reply, reply


@pytest.mark.parametrize(("text", "mode"), [
    ("ik ga wss met de trein", None), ("I'll probably take the train", None),
    ("j'irai peut-être en train", None), ("forse vado in treno", None), ("I might fly", None),
    ("ik ga met de trein", True), ("I'll take the train", True), ("je prends le train", True),
    ("vado in treno", True), ("not by train, I'll fly", False),
])
def test_a_hedged_way_of_travelling_is_no_fact(text, mode):
    assert travel_mode(text) is mode


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'll probably take the train"), ("fr", "j'irai peut-être en train"),
    ("nl", "ik ga wss met de trein"), ("it", "forse vado in treno"),
])
async def test_a_likely_train_said_alone(monkeypatch, lang, text):
    got, reply = await _reply(monkeypatch, HH, lang, text, "inform")
    assert NOT_NOTED[lang] in reply and "417" in reply and "green_travel" not in got.last, reply


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_a_firm_train_is_still_noted(monkeypatch, lang):
    text = {"en": "so I get nothing for travel? I'll take the train",
            "nl": "dus ik krijg niks qua reisgeld? ik ga met de trein"}[lang]
    got, reply = await _reply(monkeypatch, HH, lang, text, "nlu_fallback")
    assert got.last.get("green_travel") is True and REGIONS[lang] in reply, reply
    assert NOT_NOTED[lang] not in reply, reply


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_travel_asked_alone_keeps_its_answer(monkeypatch, lang):
    text = {"en": "do I get travel support?", "fr": "est-ce que j'ai une aide au voyage ?",
            "nl": "krijg ik reisgeld?", "it": "ricevo un contributo di viaggio?"}[lang]
    got, reply = await _reply(monkeypatch, HH, lang, text, "ask_grant")
    assert REGIONS[lang] in reply and NOT_NOTED[lang] not in reply, reply


HOST = {"en": "may host", "fr": "Organisme d'accueil admis", "nl": "Toegelaten ontvangende organisatie",
        "it": "Organizzazione ospitante ammessa"}
AGREEMENT = {"en": "inter-institutional agreement is not needed", "fr": "accord interinstitutionnel",
             "nl": "interinstitutionele overeenkomst", "it": "accordo interistituzionale"}
TWO = [
    ("en", "ok. and does it matter that it's a research institute and not a university? does there have to "
           "be an agreement between ITM and that institute?"),
    ("fr", "d'accord. et est-ce que ça change quelque chose que ce soit un institut de recherche et pas une "
           "université ? faut-il un accord entre l'IMT et cet institut ?"),
    ("nl", "oké. en maakt het uit dat het een onderzoeksinstituut is en geen universiteit? moet er een "
           "akkoord zijn tussen ITG en dat instituut?"),
    ("it", "ok. e importa che sia un istituto di ricerca e non un'università? serve un accordo tra l'IMT e "
           "quell'istituto?"),
]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), TWO)
async def test_two_yes_no_questions_each_get_their_answer(monkeypatch, intent, lang, text):
    _, reply = await _reply(monkeypatch, HH, lang, text, intent)
    assert HOST[lang] in reply and AGREEMENT[lang] in reply, reply
    assert not any(c in reply for c in CANNOT), reply


async def test_two_questions_after_the_verdict_in_the_real_conversation(monkeypatch):
    """The conversation as the person had it: the host kind said again, after the verdict."""
    got = await play(monkeypatch, {"language": "nl"}, [
        ("Hoi! Ik ben masterstudente aan het ITG in Antwerpen en ik wil graag stage lopen bij een "
         "onderzoeksinstituut in Hamburg, van 2 maart tot 29 mei 2026. Kan dat met Erasmus+?",
         "check_eligibility"),
        ("Belgisch", "inform"), (TWO[2][1], "check_eligibility")], "2025-10-01")
    reply = got.replies[-1]
    assert HOST["nl"] in reply and AGREEMENT["nl"] in reply, reply
    assert not reply.startswith("Nee: je antwoord blijft"), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "does it matter that it's a research institute and not a university?"),
    ("nl", "maakt het uit dat het een onderzoeksinstituut is en geen universiteit?"),
])
async def test_the_host_kind_asked_alone(monkeypatch, lang, text):
    _, reply = await _reply(monkeypatch, HH, lang, text, "nlu_fallback")
    assert HOST[lang] in reply and AGREEMENT[lang] not in reply, reply
    assert reply.split(":")[0] in ("No, that is no problem", "Nee, dat is geen probleem"), reply


async def test_the_agreement_asked_alone_keeps_its_plain_no(monkeypatch):
    """A plain yes/no question keeps its "No:" (not "no problem")."""
    _, reply = await _reply(monkeypatch, HH, "nl", "moet er een akkoord zijn met dat instituut?",
                            "nlu_fallback")
    assert AGREEMENT["nl"] in reply and reply.startswith("Nee"), reply


AMOUNT = [
    ("en", "by the way I don't have a scholarship, does that change anything for the amount?"),
    ("fr", "au fait je n'ai pas de bourse, est-ce que ça change quelque chose pour le montant ?"),
    ("nl", "ik heb trouwens geen studiebeurs, maakt dat iets uit voor het bedrag?"),
    ("it", "comunque non ho una borsa di studio, cambia qualcosa per l'importo?"),
]
NOT_LINKED = {"en": "does not depend", "fr": "ne dépend pas", "nl": "hangt het bedrag niet af",
              "it": "non dipende"}


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), AMOUNT)
async def test_the_amount_and_another_scholarship_at_itm(monkeypatch, intent, lang, text):
    got, reply = await _reply(monkeypatch, HH, lang, text, intent)
    assert NOT_LINKED[lang] in reply.splitlines()[0], reply
    assert got.last.get("has_scholarship") is False, got.last


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "I have the PhD scholarship, does that change anything for the amount?", "50%"),
    ("it", "ho la borsa di dottorato, cambia qualcosa per l'importo?", "50%"),
])
async def test_the_amount_and_the_phd_scholarship_at_lucca(monkeypatch, lang, text, said):
    _, reply = await _reply(monkeypatch, LUCCA, lang, text, "nlu_fallback", today="2016-01-10")
    assert said in reply.splitlines()[0] and NOT_LINKED[lang] not in reply, reply


async def test_the_scholarship_and_the_priority_keeps_its_answer(monkeypatch):
    _, reply = await _reply(monkeypatch, HH, "nl", "ik heb geen studiebeurs, is dat een probleem?",
                            "nlu_fallback")
    assert "Voorrang" in reply and NOT_LINKED["nl"] not in reply, reply
