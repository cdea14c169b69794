"""Round 46. A French PhD student at IMT Lucca (KU Leuven, 1 March - 31 July 2016) said "je bénéficie d'une
bourse de doctorat de l'IMT. Est-elle compatible ... ?", then "je suis boursière !": the scholarship was never
noted, and "qu'est-ce qui est majoré de 50 %, ma bourse de doctorat ?" got the call's scholarship topic again,
word for word, three times, with "not known (other scholarship)". A Kenyan ITM PhD student with a scholarship
(Cape Town, 1 February - 30 April 2026): "does my scholarship reduce the Erasmus grant?" got the scholarship
topic or the amount block, not the answer. Now: the scholarship said held is noted (also before a question);
which grant goes up is the rules core's note for a scholarship holder; "do I risk not being selected?" is that
a priority ranks and excludes no one; a scholarship lowering the amount: the amount answer. 4 languages."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
         "destination": "BE", "destination_city": "Leuven", "receiving_org": "hei",
         "start_date": "2016-03-01", "end_date": "2016-07-31"}
ITM = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "study",
       "destination": "ZA", "destination_city": "Cape Town", "receiving_org": "hei", "citizenship": ["KE"],
       "start_date": "2026-02-01", "end_date": "2026-04-30", "has_scholarship": True}
INTENTS = ["nlu_fallback", "ask_grant", "check_eligibility"]
# The call's topic (IMT Lucca, scholarship_compatibility), as said before.
TOPIC = {"en": "The mobility funds are combinable", "fr": "Les fonds de mobilité sont cumulables",
         "nl": "combineerbaar met de doctoraatsbeurs", "it": "cumulabili con la borsa di dottorato"}
# The rules core's note for a scholarship holder (rules_core/calls/imt-lucca-2015/call.yaml).
RAISED = {"en": "Yes: the grant is combinable with your PhD scholarship: your PhD scholarship is "
                "increased by 50%",
          "fr": "Oui : la bourse est cumulable avec votre bourse de doctorat : votre bourse de doctorat est "
                "majorée de 50 %",
          "nl": "Ja: de beurs is combineerbaar met uw doctoraatsbeurs: uw doctoraatsbeurs wordt met 50% "
                "verhoogd",
          "it": "Sì: il contributo è cumulabile con la Sua borsa di dottorato: la Sua borsa di dottorato è "
                "aumentata del 50%"}
RANKS = {"en": "A priority excludes no one", "fr": "Une priorité n'exclut personne",
         "nl": "Voorrang sluit niemand uit", "it": "Una priorità non esclude nessuno"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
NOT_LINKED = {"en": "does not depend", "fr": "ne dépend pas", "nl": "hangt het bedrag niet af",
              "it": "non dipende"}


async def _reply(monkeypatch, slots, lang, text, intent, today):
    got = await play(monkeypatch, {**slots, "language": lang}, [("ok", "affirm"), (text, intent)], today)
    return got, got.replies[-1]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je bénéficie d'une bourse de doctorat de l'IMT. Est-elle compatible avec la bourse Erasmus, ou "
           "dois-je y renoncer pendant mon séjour ?"),
    ("fr", "Mais je viens de vous dire que je suis boursière ! Et la bourse Erasmus ?"),
    ("en", "I have a PhD scholarship, is it compatible with the Erasmus grant?"),
    ("en", "I receive a PhD scholarship. Can I keep it during my stay?"),
    ("nl", "ik heb een doctoraatsbeurs, is die verenigbaar met de Erasmusbeurs?"),
    ("nl", "Ik ontvang een doctoraatsbeurs. Mag ik die houden tijdens mijn verblijf?"),
    ("it", "ho una borsa di dottorato, è compatibile con la borsa Erasmus?"),
    ("it", "Sono borsista. La borsa Erasmus si aggiunge?"),
])
async def test_a_scholarship_said_held_is_noted(monkeypatch, intent, lang, text):
    got, _ = await _reply(monkeypatch, LUCCA, lang, text, intent, "2016-01-10")
    assert got.last.get("has_scholarship") is True, got.last


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "est-ce que ma bourse est compatible ?"),
    ("en", "is my scholarship compatible with the grant?"),
])
async def test_the_compatibility_asked_first_still_gets_the_topic(monkeypatch, lang, text):
    got, reply = await _reply(monkeypatch, LUCCA, lang, text, "nlu_fallback", "2016-01-10")
    assert TOPIC[lang] in reply and RAISED[lang] not in reply, reply
    assert "has_scholarship" not in got.last, got.last


@pytest.mark.parametrize("text", ["la priorité aux non-boursiers, c'est quoi ?",
                                  "je ne suis pas sûre d'avoir une bourse"])
async def test_no_scholarship_read_where_none_is_said_held(monkeypatch, text):
    got, _ = await _reply(monkeypatch, LUCCA, "fr", text, "nlu_fallback", "2016-01-10")
    assert got.last.get("has_scholarship") is not True, got.last


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mais vous ne répondez pas à ma question : est-ce bien ma bourse de doctorat qui est augmentée de "
           "50 % pendant le séjour ?"),
    ("en", "sorry, what exactly is increased by 50%, my PhD scholarship?"),
    ("nl", "wordt mijn doctoraatsbeurs dan met 50% verhoogd?"),
    ("it", "è la mia borsa di dottorato ad essere aumentata del 50%?"),
])
async def test_which_grant_goes_up_gets_the_note_not_the_topic_again(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**LUCCA, "language": lang, "has_scholarship": True},
                     [("is my scholarship compatible with the grant?", "nlu_fallback"), (text, intent)],
                     "2016-01-10")
    reply = got.replies[-1]
    assert RAISED[lang] in reply, reply
    assert TOPIC[lang] not in reply, reply



async def test_itm_has_no_raised_note(monkeypatch):
    _, reply = await _reply(monkeypatch, ITM, "en", "is my scholarship increased by 50%?", "nlu_fallback",
                            "2025-10-01")
    assert not reply.startswith("Yes:"), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Et la priorité aux non-boursiers signifie-t-elle que je risque de ne pas être retenue ?"),
    ("en", "and does the priority to non-scholarship students mean I risk not being selected?"),
    ("nl", "en betekent die voorrang voor niet-beursstudenten dat ik het risico loop niet geselecteerd te "
           "worden? loop ik het risico om niet geselecteerd te worden?"),
    ("it", "e la priorità ai non borsisti significa che rischio di non essere selezionata?"),
])
async def test_the_risk_of_not_being_selected_is_a_ranking(monkeypatch, lang, text):
    _, reply = await _reply(monkeypatch, {**LUCCA, "has_scholarship": True}, lang, text, "nlu_fallback",
                            "2016-01-10")
    assert RANKS[lang] in reply, reply
    assert TOPIC[lang] not in reply, reply


async def test_the_whole_conversation(monkeypatch):
    got = await play(monkeypatch, {**LUCCA, "language": "fr"}, [
        ("Je bénéficie d'une bourse de doctorat de l'IMT. Est-elle compatible avec la bourse Erasmus, ou "
         "dois-je y renoncer pendant mon séjour ?", "nlu_fallback"),
        ("Pardon, je ne suis pas sûre de bien comprendre : qu'est-ce qui est majoré de 50 %, ma bourse de "
         "doctorat ? Et la priorité aux non-boursiers signifie-t-elle que je risque de ne pas être retenue ?",
         "nlu_fallback")], "2016-01-10")
    first, second = got.replies
    assert TOPIC["fr"] in first and "autre bourse: Oui" in first, first
    assert got.slots.get("has_scholarship") is True, got.slots
    assert RAISED["fr"] in second and RANKS["fr"] in second, second
    assert TOPIC["fr"] not in second and "Ce n'est pas connu (autre bourse)" not in second, second


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "does my scholarship reduce the Erasmus grant?"),
    ("en", "would the scholarship lower the amount I get?"),
    ("fr", "est-ce que ma bourse réduit la bourse Erasmus ?"),
    ("fr", "avec ma bourse, est-ce que je toucherai moins ?"),
    ("nl", "verlaagt mijn beurs het Erasmusbedrag?"),
    ("nl", "wordt het bedrag lager door mijn beurs?"),
    ("it", "la mia borsa riduce il contributo Erasmus?"),
    ("it", "con la mia borsa prenderei di meno?"),
])
async def test_a_scholarship_lowering_the_amount(monkeypatch, intent, lang, text):
    _, reply = await _reply(monkeypatch, ITM, lang, text, intent, "2025-10-01")
    assert NOT_LINKED[lang] in reply, reply


LOWERS = {"en": "does my scholarship reduce the Erasmus grant?",
          "fr": "est-ce que ma bourse réduit la bourse Erasmus ?",
          "nl": "verlaagt mijn beurs het Erasmusbedrag?", "it": "la mia borsa riduce il contributo Erasmus?"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "are my chances low then?"), ("fr", "mes chances sont donc faibles ?"),
    ("nl", "zijn mijn kansen dan klein?"), ("it", "le mie possibilità sono quindi basse?"),
])
async def test_low_chances_after_the_priority_line(monkeypatch, lang, text):
    got = await play(monkeypatch, {**ITM, "language": lang},
                     [(LOWERS[lang], "nlu_fallback"), (text, "nlu_fallback")],
                     "2025-10-01")
    # the "Yes" of a priority against the person: it ranks lower, it does not exclude (round 30's answer)
    assert got.replies[-1].startswith(YES[lang]), got.replies[-1]
