"""Round 28: questions that got a fallback, the generic menu, another topic or a block said again instead of
an answer. Each now gets its answer, yes or no first, from the call data or "the call does not say; ask X":
"hi, is the erasmus call still open?" (the greeting alone), "le fait que le Sénégal ne soit pas en Europe
pose-t-il un problème ?" ("je ne trouve pas la réponse"), "ai-je réellement une chance ?" ("Non : …"),
"… serait refusée d'office ?" (the e-mail summary), "Nee, dat ben ik niet." to the assistant's own priority
question (the menu), "heb ik iets van Karolinska nodig?" ("Ja: toegelaten ontvangende organisatie"),
"wanneer hoor ik dan of ik geselecteerd ben?" (the number of grants), staying on privately after the
training (the verdict, then the menu), "should i send it earlier cuz of the first come first served thing"
(the date alone), "where do i get the application form" (the deadline block) and "i 1150 me li danno tutti
prima di partire o a rate?" (the amount again)."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, SIM_TODAY, answered, hear

LANGS = ("en", "fr", "nl", "it")


def opening(lang: str, key: str, **values: str) -> str:
    """A reply's fixed opening: the text of `key` up to its first placeholder."""
    text = t(lang, key, **{k: "\0" for k in values} or {})
    return text.split("\0")[0]


# 1. A greeting with a question: the question is answered (both calls ended: each one's last day).
GREETING_STATUS = {
    "en": "hi, is the erasmus call still open?",
    "fr": "Bonjour, l'appel Erasmus est-il encore ouvert ?",
    "nl": "Hallo, is de Erasmus-oproep nog open?",
    "it": "Ciao, il bando Erasmus è ancora aperto?",
}
JULY_31 = {"en": "31 July 2026", "fr": "31 juillet 2026", "nl": "31 juli 2026", "it": "31 luglio 2026"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_greeting_with_a_status_question_gets_the_status(monkeypatch, lang):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, GREETING_STATUS[lang], {"language": lang}, SIM_TODAY, "greet")
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "answer_no", answer=t(lang, "calls_all_ended"))), reply
    assert JULY_31[lang] in reply and "2016" in reply, reply
    assert t(lang, "greet")[:15] not in reply and got.get("asked") == "call", reply


async def test_a_greeting_with_a_status_question_while_a_call_is_open_asks_the_institution(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, GREETING_STATUS["en"], {"language": "en"}, ITM_OPEN, "greet")
    assert "none of the calls" not in texts(dispatcher) and got.get("asked") == "call", texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [("en", "hi"), ("fr", "Bonjour !"), ("en", "hi, how are you?"),
                                            ("it", "Ciao, come stai?"), ("nl", "Hallo, kunt u me helpen?")])
async def test_a_greeting_alone_keeps_the_greeting(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {"language": lang}, SIM_TODAY, "greet")
    assert texts(dispatcher).startswith(t(lang, "greet")[:15]), texts(dispatcher)


# 2. "Is it a problem that Senegal is not in Europe?" in the middle of the form: "No, that is no problem" with
# the country's place, the nationality said with it stored, the form going on.
DAKAR = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "SN",
         "destination_city": "Dakar", "receiving_org": "research_institute", "start_date": "2026-03-02",
         "end_date": "2026-03-20", "goal": "eligibility"}
NOT_IN_EUROPE = {
    "fr": "Je suis française. Le fait que le Sénégal ne soit pas en Europe pose-t-il un problème ?",
    "en": "I'm French. Is it a problem that Senegal is not in Europe?",
    "nl": "Ik ben Française. Is het een probleem dat Senegal niet in Europa ligt?",
    "it": "Sono francese. Il fatto che il Senegal non sia in Europa è un problema?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_destination_outside_europe_asked_as_a_problem_is_no_problem(monkeypatch, lang):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, NOT_IN_EUROPE[lang],
                     {**DAKAR, "language": lang, "asked": "citizenship"}, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    assert reply.startswith(opening(lang, "destination_not_a_problem", answer="")), reply
    assert i18n.country("SN", lang) in reply.splitlines()[0], reply
    assert t(lang, "faq_did_you_mean_in_flow")[:25] not in reply, reply
    assert got.get("citizenship") == ["FR"], got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm French. Is Senegal allowed even though it's outside Europe?"),
    ("fr", "Une destination hors d'Europe comme le Sénégal est-elle admise ?"),
])
async def test_a_destination_asked_as_allowed_keeps_its_yes(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**DAKAR, "language": lang, "citizenship": ["FR"]}, ITM_OPEN,
               "check_eligibility")
    assert texts(dispatcher).startswith(t(lang, "answer_yes", answer="")), texts(dispatcher)


async def test_a_nationality_asked_about_keeps_its_answer(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "I'm French. Does my nationality matter?",
               {**DAKAR, "language": "en"}, ITM_OPEN, "check_eligibility")
    assert texts(dispatcher).startswith("No: your nationality is no condition"), texts(dispatcher)


# 3. "Do I really have a chance?" is whether one may apply: "Yes, you can apply", then what the priority does;
# "would my application be refused outright?" is "No: a priority only ranks the applications", not the
# contact.
CHANCE = {
    "fr": ("Vous mentionnez seulement 2 bourses pour les pays tiers, avec priorité aux étudiants de master : "
           "en tant que doctorante, ai-je réellement une chance ?"),
    "en": ("You mention only 2 grants for third countries, with priority to master's students: as a PhD "
           "candidate, do I actually have a chance?"),
    "nl": ("U vermeldt maar 2 beurzen voor derde landen, met voorrang voor masterstudenten: heb ik als "
           "doctoraatsstudent werkelijk een kans?"),
    "it": ("Parla di sole 2 borse per i paesi terzi, con priorità agli studenti di master: da dottoranda ho "
           "davvero qualche possibilità?"),
}
REFUSED = {
    "fr": ("Tout à l'heure vous m'avez répondu « Non » quant à mes chances : cela signifie-t-il que ma "
           "candidature serait refusée d'office ?"),
    "en": ("You said no about my chances earlier: does that mean my application would be rejected "
           "automatically?"),
    "nl": "U zei eerder nee over mijn kansen: wordt mijn aanvraag dan automatisch geweigerd?",
    "it": "Prima mi ha detto di no sulle mie possibilità: quindi la mia domanda sarebbe rifiutata d'ufficio?",
}


async def _dakar_answered(monkeypatch: pytest.MonkeyPatch, lang: str) -> dict[str, Any]:
    return await answered(monkeypatch, {**DAKAR, "language": lang, "citizenship": ["FR"],
                                        "itm_staff_member": False})


@pytest.mark.parametrize("lang", LANGS)
async def test_do_i_have_a_chance_is_yes_you_can_apply(monkeypatch, lang):
    slots = await _dakar_answered(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, CHANCE[lang], slots, ITM_OPEN, "faq_grant_count")
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "priority_can_apply")), reply
    assert t(lang, "priority_no") not in reply and "✗" in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_refused_outright_is_no_a_priority_excludes_no_one(monkeypatch, lang):
    slots = await _dakar_answered(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, REFUSED[lang], slots, ITM_OPEN, "ask_contact")
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "priority_not_excluded")), reply
    assert "mailto:" not in reply, reply


async def test_do_i_get_priority_keeps_its_no(monkeypatch):
    slots = await _dakar_answered(monkeypatch, "en")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Do I get priority?", slots, ITM_OPEN, "faq_selection")
    assert texts(dispatcher).startswith(t("en", "priority_no")), texts(dispatcher)


async def test_a_contact_question_keeps_the_contact_answer(monkeypatch):
    slots = await _dakar_answered(monkeypatch, "fr")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "À qui dois-je écrire ?", slots, ITM_OPEN, "ask_contact")
    assert "erasmusplusmobility@itg.be" in texts(dispatcher) and "priorit" not in texts(dispatcher)


# 4. The answer to the assistant's own priority question ("Is dat zo (doctorerend of postdoctoraal
# personeelslid)?") is that fact, and what the priority makes of it; not the generic menu.
STAFF_STOCKHOLM = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SE",
                   "destination_city": "Stockholm", "receiving_org": "hei", "citizenship": ["BE"],
                   "start_date": "2026-04-20", "end_date": "2026-04-24", "green_travel": True,
                   "goal": "eligibility"}
NO_I_AM_NOT = {"nl": "Nee, dat ben ik niet.", "en": "No, I'm not.", "fr": "Non, je ne le suis pas.",
               "it": "No, non lo sono."}


def _asked_priority(lang: str) -> list[dict[str, Any]]:
    field = i18n.label(lang, "fields", "doctoral_or_postdoc_staff")
    return [{"event": "user", "text": "?"},
            {"event": "bot", "text": "\n".join([t(lang, "priority_open"),
                                                t(lang, "priority_ask", fields=field)])}]


@pytest.mark.parametrize("lang", LANGS)
async def test_no_to_the_priority_question_is_the_fact_and_its_priority(monkeypatch, lang):
    slots = await answered(monkeypatch, {**STAFF_STOCKHOLM, "language": lang})
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    from actions.dialogue import ActionRespond
    from tests.actions.conftest import DOMAIN, make_tracker, slot_events

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=NO_I_AM_NOT[lang], intent="deny", events=_asked_priority(lang))
    got = slot_events(await ActionRespond().run(dispatcher, tracker, DOMAIN))
    reply = texts(dispatcher)
    assert got.get("doctoral_or_postdoc_staff") is False, got
    assert t(lang, "priority_fact_lower") in reply and "✗" in reply, reply
    assert t(lang, "anything_else") not in reply, reply


async def test_yes_to_the_priority_question_is_in_your_favour(monkeypatch):
    slots = await answered(monkeypatch, {**STAFF_STOCKHOLM, "language": "en"})
    from actions.dialogue import ActionRespond
    from tests.actions.conftest import DOMAIN, make_tracker, slot_events

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text="Yes, I am.", intent="affirm", events=_asked_priority("en"))
    got = slot_events(await ActionRespond().run(dispatcher, tracker, DOMAIN))
    assert got.get("doctoral_or_postdoc_staff") is True, got
    assert t("en", "priority_fact_higher") in texts(dispatcher), texts(dispatcher)


async def test_no_after_another_reply_sets_no_priority_fact(monkeypatch):
    slots = await answered(monkeypatch, {**STAFF_STOCKHOLM, "language": "en"})
    from actions.dialogue import ActionRespond
    from tests.actions.conftest import DOMAIN, make_tracker, slot_events

    dispatcher = CollectingDispatcher()
    events = [{"event": "user", "text": "?"}, {"event": "bot", "text": "Anything else?"}]
    tracker = make_tracker(slots=slots, text="No, I'm not.", intent="deny", events=events)
    got = slot_events(await ActionRespond().run(dispatcher, tracker, DOMAIN))
    assert "doctoral_or_postdoc_staff" not in got, got


# 5. How to apply and something from the host: the documents once, then that the call does not mention
# anything from the host; when the selection results come; staying on privately after the training.
HOW_AND_HOST = {
    "nl": [("Hoe dien ik de aanvraag precies in? Is er een formulier, en heb ik iets van Karolinska nodig?",
            "faq_application"),
           ("Maar mijn vraag was: heb ik een uitnodiging of akkoord van hen nodig bij mijn aanvraag?",
            "check_eligibility")],
    "en": [("How exactly do I apply? Is there a form, and do I need anything from Karolinska?",
            "faq_application"),
           ("But my question was: do I need an invitation or agreement from them with my application?",
            "check_eligibility")],
    "fr": [("Comment dois-je postuler exactement ? Y a-t-il un formulaire, et faut-il quelque chose du "
            "Karolinska ?", "faq_application"),
           ("Mais ma question était : ai-je besoin d'une invitation ou d'un accord de leur part pour ma "
            "candidature ?", "check_eligibility")],
    "it": [("Come presento esattamente la domanda? C'è un modulo, e serve qualcosa dal Karolinska?",
            "faq_application"),
           ("Ma la mia domanda era: serve un invito o un accordo da parte loro per la domanda?",
            "check_eligibility")],
}
SEND = {"nl": "Stuur uw ingevuld aanvraagformulier", "en": "Send your completed application form",
        "fr": "Envoyez votre formulaire de candidature", "it": "il modulo di candidatura compilato"}


@pytest.mark.parametrize("lang", LANGS)
async def test_something_from_the_host_is_not_in_the_call_and_the_documents_come_once(monkeypatch, lang):
    slots = await answered(monkeypatch, {**STAFF_STOCKHOLM, "language": lang})
    first, second = await converse(monkeypatch, slots, HOW_AND_HOST[lang], ITM_OPEN)
    host = i18n.label(lang, "document_names", "host_document")
    not_in_call = t(lang, "documents_not_in_call", documents=host)
    assert SEND[lang] in first and not_in_call in first, first
    assert not first.splitlines()[-1].startswith(t(lang, "answer_yes", answer="")), first
    assert not_in_call in second and SEND[lang] not in second, second


SELECTED = {
    "nl": "Er zijn maar 5 plaatsen voor personeel, zei u. Wanneer hoor ik dan of ik geselecteerd ben?",
    "en": "There are only 5 places for staff, you said. When will I then know whether I'm selected?",
    "fr": ("Il n'y a que 5 places pour le personnel, disiez-vous. Quand saurai-je donc si je suis "
           "sélectionné ?"),
    "it": "Ci sono solo 5 posti per il personale, ha detto. Quando allora saprò se sono selezionato?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_when_the_selection_results_come_is_not_the_number_of_grants(monkeypatch, lang):
    slots = await answered(monkeypatch, {**STAFF_STOCKHOLM, "language": lang})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, SELECTED[lang], slots, ITM_OPEN, "faq_grant_count")
    reply = texts(dispatcher)
    topic = i18n.label(lang, "uncovered_names", "selection_timing")
    assert topic in reply.splitlines()[0], reply


PRIVATE_DAYS = {
    "nl": ("Mag ik na de opleiding het weekend in Stockholm blijven op eigen kosten, of is dat een probleem "
           "voor de beurs?"),
    "en": "May I stay the weekend in Stockholm after the training at my own cost, or is that a problem?",
    "fr": "Puis-je rester le week-end à Stockholm après la formation, à mes frais, ou est-ce un problème ?",
    "it": "Posso restare il fine settimana a Stoccolma dopo la formazione a mie spese, o è un problema?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_staying_on_privately_is_not_in_the_call(monkeypatch, lang):
    slots = await answered(monkeypatch, {**STAFF_STOCKHOLM, "language": lang})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, PRIVATE_DAYS[lang], slots, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    assert i18n.label(lang, "uncovered_names", "private_days") in reply.splitlines()[0], reply
    assert "cmorantin@itg.be" in reply, reply


async def test_staying_on_privately_asked_without_a_question_mark(monkeypatch):
    slots = await answered(monkeypatch, {**STAFF_STOCKHOLM, "language": "nl"})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Dat had u al gezegd. Mijn vraag was of ik privé een paar dagen mag "
                                        "bijblijven na de opleiding.", slots, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    assert i18n.label("nl", "uncovered_names", "private_days") in reply, reply
    assert t("nl", "anything_else") not in reply, reply


# 6. "Should I send it earlier, since it's first come, first served?" (its question after the "?") and where
# the application form is: ITM does not say where, IMT Lucca attaches it to the call.
COPENHAGEN = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "DK",
              "destination_city": "Copenhagen", "receiving_org": "hei", "citizenship": ["IN"],
              "start_date": "2026-02-02", "end_date": "2026-05-29", "goal": "eligibility"}
EARLY_AND_FORM = {
    "en": "ok but is it better to send early? and where do i get the application form",
    "fr": "d'accord, mais vaut-il mieux envoyer tôt ? et où trouver le formulaire",
    "nl": "ok, maar is het beter om vroeg in te sturen? en waar vind ik het formulier",
    "it": "ok, ma conviene mandare la domanda presto? e dove trovo il modulo",
}


async def test_send_it_earlier_after_a_question_mark_is_the_early_answer(monkeypatch):
    slots = await answered(monkeypatch, {**COPENHAGEN, "language": "en"})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "so 2 dec is the last day? should i send it earlier cuz of the first "
                                        "come first served thing", slots, ITM_OPEN, "faq_application")
    reply = texts(dispatcher)
    assert reply.startswith("Yes: grants are awarded"), reply
    assert "2 December 2025" in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_early_and_where_the_form_is_both_answered(monkeypatch, lang):
    slots = await answered(monkeypatch, {**COPENHAGEN, "language": lang})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, EARLY_AND_FORM[lang], slots, ITM_OPEN, "faq_application")
    reply = texts(dispatcher)
    assert reply.startswith(opening(lang, "apply_early_yes", rule="", source="")), reply
    assert i18n.label(lang, "uncovered_names", "application_form") in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "u already said that lol. where is the form, on the itm website?"),
    ("fr", "Où puis-je trouver le formulaire de candidature ?"),
    ("nl", "Waar vind ik het aanvraagformulier?"),
    ("it", "Dove trovo il modulo di candidatura?"),
])
async def test_where_the_form_is_itm_does_not_say(monkeypatch, lang, text):
    slots = await answered(monkeypatch, {**COPENHAGEN, "language": lang})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "ask_deadline")
    reply = texts(dispatcher)
    assert reply.startswith(opening(lang, "uncovered_not_in_call", call="", topics="")), reply
    assert i18n.label(lang, "uncovered_names", "application_form") in reply, reply
    assert "erasmusplusmobility@itg.be" in reply and "📅" not in reply, reply


LUCCA_GRANADA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "ES",
                 "destination_city": "Granada", "receiving_org": "hei", "citizenship": ["IT"],
                 "start_date": "2016-03-01", "end_date": "2016-07-31", "prior_erasmus_months": 0.0,
                 "supervisor_authorised": True, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("it", "Dove trovo il modulo?", "lo allega da scaricare"),
    ("en", "where do I get the application form?", "the call attaches it for download"),
    ("fr", "Où trouver le formulaire ?", "l'appel le joint en téléchargement"),
    ("nl", "Waar vind ik het formulier?", "de oproep voegt het toe om te downloaden"),
])
async def test_where_the_form_is_lucca_attaches_it(monkeypatch, lang, text, words):
    slots = await answered(monkeypatch, {**LUCCA_GRANADA, "language": lang}, LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN, "faq_application")
    assert words in texts(dispatcher), texts(dispatcher)
    # The call's English words quoted in a French, Dutch or Italian answer read as a slip (round 59).
    assert lang == "en" or "attachments below" not in texts(dispatcher), texts(dispatcher)


async def test_what_to_send_keeps_the_documents_answer(monkeypatch):
    slots = await answered(monkeypatch, {**COPENHAGEN, "language": "en"})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "what documents do I send?", slots, ITM_OPEN, "faq_application")
    assert "Send your completed application form" in texts(dispatcher), texts(dispatcher)


# 7. An amount named in a question about when or how it is paid: the payment question, not the amount again.
PAID_HOW = {
    "it": "grazie. ultima cosa: i 1150 me li danno tutti prima di partire o a rate?",
    "en": "thanks. last thing: the 1150, do they give it to me all before I leave or in instalments?",
    "fr": ("merci. dernière chose : les 1150 €, on me les verse en une fois avant le départ ou en plusieurs "
           "fois ?"),
    "nl": "bedankt. nog één ding: die 1150 euro, krijg ik alles in één keer vóór vertrek of in schijven?",
}


@pytest.mark.parametrize("intent", ["check_eligibility", "ask_grant"])
@pytest.mark.parametrize("lang", LANGS)
async def test_when_the_named_amount_is_paid_is_no_amount_question(monkeypatch, lang, intent):
    slots = await answered(monkeypatch, {**LUCCA_GRANADA, "language": lang}, LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, PAID_HOW[lang], slots, LUCCA_OPEN, intent)
    reply = texts(dispatcher)
    assert i18n.label(lang, "uncovered_names", "grant_payment") in reply.splitlines()[0], reply
    assert "230" not in reply and "💶" not in reply, reply


async def test_is_the_named_amount_sure_keeps_its_answer(monkeypatch):
    slots = await answered(monkeypatch, {**LUCCA_GRANADA, "language": "it"}, LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "i 1150 sono sicuri?", slots, LUCCA_OPEN, "check_eligibility")
    assert "1.150,00" in texts(dispatcher), texts(dispatcher)
