"""Round 50 (IMT Lucca PhD students, today 10 January 2016: Marco, a study period at KU Leuven, 1 March -
30 June 2016, formal "Lei"; Andrea, a traineeship at a company in Istanbul, 1 May - 30 June 2016).

1. "L'autorizzazione del Consiglio Scientifico devo averla già prima del 18 gennaio?" got "Sì: si candidi
   entro il 18 gennaio 2016" and "... va allegata alla domanda oppure si chiede dopo?" the condition again:
   now what the call says, part by part with its section (call data `board_authorised_timing`: authorised
   students may apply, the advisor's authorisation is in the form, nothing on how the Board's is obtained or
   attached), and whom to ask.
2. "E come faccio a sapere se c'è l'accordo?" got when the agreement must be signed: now who can tell.
3. "Per quanto riguarda la Carta ECHE della KU Leuven, non lo so. E non so nemmeno se c'è un accordo con
   l'IMT." got "La risposta non cambia" alone: now who can check each.
4. "what do I have to send by the 18th? just the form or also something from the company?" got the deadline
   twice and unasked lines first: now the documents, and that the call names nothing from the host.
5. "Yes: Türkiye belongs to Group 2 (medium living costs), the 2015/2016 Erasmus+ Programme Countries": now
   "Yes: Türkiye is one of the 2015/2016 Erasmus+ Programme Countries (group 2, medium living costs)".
6. After "does my master's Erasmus count?" ("No"), "I can't tell yet: it depends on previous Erasmus months":
   now the months of the PhD asked directly.
7. One condition: "on this condition:", not "on these conditions:"."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
LEUVEN = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
          "destination": "BE", "destination_city": "Leuven", "receiving_org": "hei",
          "institution": "KU Leuven", "start_date": "2016-03-01", "end_date": "2016-06-30",
          "prior_erasmus_months": 0}
ISTANBUL = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
            "destination": "TR", "destination_city": "Istanbul", "receiving_org": "enterprise",
            "start_date": "2016-05-01", "end_date": "2016-06-30", "prior_erasmus_months": 0}
MAIL = "erasmus@imtlucca.it"


async def _last(monkeypatch, slots, lang, text, intent):
    got = await play(monkeypatch, {**slots, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    return got.replies[-1]


# 1. The Scientific Board's authorisation: when and how
BOARD = {"en": ["Do I need the Scientific Board's authorisation already before 18 January?",
                "I don't get it: does the Scientific Board's authorisation go with the application or is it "
                "asked for later?"],
         "fr": ["L'autorisation du Conseil scientifique, je dois déjà l'avoir avant le 18 janvier ?",
                "Je n'ai pas compris : l'autorisation du Conseil scientifique est à joindre à la "
                "candidature ou on la demande après ?"],
         "nl": ["Moet ik de toestemming van de Wetenschappelijke Raad al vóór 18 januari hebben?",
                "Ik begrijp het niet: moet de toestemming van de Wetenschappelijke Raad bij de aanvraag, of "
                "vraag je die later aan?"],
         "it": ["L'autorizzazione del Consiglio Scientifico devo averla già prima del 18 gennaio?",
                "Non ho capito: l'autorizzazione del Consiglio Scientifico va allegata alla domanda "
                "oppure si chiede dopo?"]}
# The parts, each with its section (in the reply language), and what the call does not say.
WHO_CAN_APPLY = {"en": "(source: Who can apply?)", "fr": "(source : Qui peut postuler ?)",
                 "nl": "(bron: Wie kan zich kandidaat stellen?)", "it": "(fonte: Chi può candidarsi?)"}
SELECTION = {"en": "(source: Selection Criteria)", "fr": "(source : Critères de sélection)",
             "nl": "(bron: Selectiecriteria)", "it": "(fonte: Criteri di selezione)"}
NOT_SAID = {"en": "The call does not say how the Scientific Board's authorisation is obtained",
            "fr": "L'appel ne dit pas comment s'obtient l'autorisation du Conseil scientifique",
            "nl": "De oproep zegt niet hoe de toestemming van de Wetenschappelijke Raad verkregen wordt",
            "it": "Il bando non dice come si ottiene l'autorizzazione del Consiglio Scientifico"}
IN_FORM = {"en": "application form includes it", "fr": "IMT 2015/2016 la comprend",
           "nl": "IMT 2015/2016 bevat ze", "it": "IMT 2015/2016 la comprende"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}


@pytest.mark.parametrize("intent", ["out_of_scope", "faq_application", "ask_deadline"])
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in BOARD[lang]])
async def test_when_and_how_the_boards_authorisation_is_needed(monkeypatch, lang, text, intent):
    reply = await _last(monkeypatch, LEUVEN, lang, text, intent)
    assert not reply.startswith(YES[lang]), reply
    assert reply.index(WHO_CAN_APPLY[lang]) < reply.index(IN_FORM[lang]) < reply.index(SELECTION[lang]), reply
    assert NOT_SAID[lang] in reply and "Daniela Giorgetti" in reply and MAIL in reply, reply


# 2. How to find out whether there is an agreement: who can tell
FIND_OUT = {"en": ["And how do I find out whether there is an agreement?",
                   "who can tell me if there is an inter-institutional agreement?"],
            "fr": ["Et comment je peux savoir s'il y a un accord ?"],
            "nl": ["En hoe weet ik of er een akkoord is?"],
            "it": ["E come faccio a sapere se c'è l'accordo?"]}
ASK = {"en": "To find out", "fr": "Pour le savoir", "nl": "Om dat te weten", "it": "Per saperlo"}
BEFORE = {"en": "Before the mobility", "fr": "Avant la mobilité", "nl": "Vóór de mobiliteit",
          "it": "Prima della mobilità"}


@pytest.mark.parametrize("intent", ["faq_application", "out_of_scope", "check_eligibility"])
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in FIND_OUT[lang]])
async def test_how_to_find_out_about_the_agreement_is_who_can_tell(monkeypatch, lang, text, intent):
    reply = await _last(monkeypatch, LEUVEN, lang, text, intent)
    assert reply.startswith(ASK[lang]) and MAIL in reply, reply
    assert BEFORE[lang] not in reply and "has to be carried out" not in reply, reply


async def test_itm_names_its_own_mailbox(monkeypatch):
    slots = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
             "destination": "UG", "receiving_org": "hei", "citizenship": ["NG"], "prior_erasmus_months": 0,
             "start_date": "2026-02-01", "end_date": "2026-06-30"}
    text = "how do I find out whether there is an agreement?"
    got = await play(monkeypatch, {**slots, "language": "en"}, [("ok", "affirm"), (text, "faq_application")],
                     "2025-10-01", user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.startswith(ASK["en"]) and "erasmusplusmobility@itg.be" in reply, reply


# 3. Not known: the ECHE and the agreement, with who can check each
UNKNOWN = {"en": "As for KU Leuven's ECHE, I don't know. And I don't know either if there is an agreement "
                 "with IMT.",
           "fr": "Pour la charte ECHE de la KU Leuven, je ne sais pas. Et je ne sais pas non plus s'il y a "
                 "un accord avec l'IMT.",
           "nl": "Of de KU Leuven een ECHE heeft, weet ik niet. En ik weet ook niet of er een akkoord met "
                 "IMT is.",
           "it": "Per quanto riguarda la Carta ECHE della KU Leuven, non lo so. E non so nemmeno se c'è un "
                 "accordo con l'IMT."}
CHECKERS = {"en": "Who can check what you do not know yet:",
            "fr": "Qui peut vérifier ce qui reste à savoir :",
            "nl": "Wie kan nagaan wat u nog niet weet:", "it": "Chi può verificare ciò che non sa ancora:"}


@pytest.mark.parametrize("intent", ["check_eligibility", "dont_know", "inform"])
@pytest.mark.parametrize("lang", LANGS)
async def test_who_checks_each_condition_not_known(monkeypatch, lang, intent):
    reply = await _last(monkeypatch, LEUVEN, lang, UNKNOWN[lang], intent)
    assert CHECKERS[lang] in reply, reply
    checks = reply[reply.index(CHECKERS[lang]):].splitlines()[1:]
    assert len(checks) == 2 and all(c.startswith("• ") and MAIL in c for c in checks), reply
    assert "ECHE" in checks[0], reply


# 4. What to send: the form; nothing from the company named
SEND = {"en": "ok. and what do I have to send by the 18th? just the form or also something from the company?",
        "fr": "ok. et qu'est-ce que je dois envoyer d'ici le 18 ? juste le formulaire ou aussi quelque "
              "chose de l'entreprise ?",
        "nl": "ok. en wat moet ik opsturen tegen de 18e? alleen het formulier of ook iets van het bedrijf?",
        "it": "ok. e cosa devo inviare entro il 18? solo il modulo o anche qualcosa dall'azienda?"}
FORM = {"en": "Submit the Erasmus+ IMT 2015/2016 application form",
        "fr": "Remettez le formulaire de candidature", "nl": "Dien het aanvraagformulier",
        "it": "Presenti il modulo di candidatura"}
NO_HOST_DOC = {"en": "The call does not mention a document from the host",
               "fr": "L'appel ne mentionne pas de document de l'organisme d'accueil",
               "nl": "De oproep vermeldt geen document van de ontvangende organisatie",
               "it": "Il bando non menziona un documento dell'ente ospitante"}
DEADLINE = {"en": "18 January 2016", "fr": "18 janvier 2016", "nl": "18 januari 2016",
            "it": "18 gennaio 2016"}


@pytest.mark.parametrize("intent", ["faq_application", "ask_deadline"])
@pytest.mark.parametrize("lang", LANGS)
async def test_what_to_send_and_nothing_from_the_company(monkeypatch, lang, intent):
    reply = await _last(monkeypatch, ISTANBUL, lang, SEND[lang], intent)
    assert FORM[lang] in reply.splitlines()[1] or FORM[lang] in reply.splitlines()[0], reply
    assert NO_HOST_DOC[lang] in reply and MAIL in reply, reply
    assert reply.count(DEADLINE[lang]) <= 1, reply
    assert "31" not in reply and "enterprise" not in reply, reply  # no unasked lines


# 5. Türkiye: a programme country, in group 2
TURKEY = {"en": ("Hi, I'm a PhD student at IMT Lucca and I'd like to do an Erasmus traineeship in Istanbul. "
                 "Is Turkey in Erasmus?",
                 "Yes: Türkiye is one of the 2015/2016 Erasmus+ Programme Countries (group 2, medium living "
                 "costs)"),
          "fr": ("Bonjour, je suis doctorant à l'IMT Lucca et je voudrais faire un stage Erasmus à Istanbul. "
                 "La Turquie fait partie d'Erasmus ?",
                 "l'appel couvre les pays du programme Erasmus+ 2015/2016 (groupe 2, coût de la vie moyen)"),
          "nl": ("Hallo, ik ben doctoraatsstudent aan IMT Lucca en wil een Erasmusstage doen in Istanbul. "
                 "Zit Turkije in Erasmus?",
                 "Ja: Turkije hoort bij de programmalanden van Erasmus+ 2015/2016 (groep 2, gemiddelde "
                 "levensduurte)"),
          "it": ("Buongiorno, sono un dottorando all'IMT Lucca e vorrei fare un tirocinio Erasmus a "
                 "Istanbul. La Turchia è in Erasmus?",
                 "Sì: questo paese (Turchia) rientra tra i Paesi del Programma Erasmus+ 2015/2016 (gruppo 2, "
                 "costo della vita medio)")}


@pytest.mark.parametrize("lang", LANGS)
async def test_turkey_is_a_programme_country_in_group_2(monkeypatch, lang):
    text, expected = TURKEY[lang]
    got = await play(monkeypatch, {"language": lang}, [(text, "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    first = got.replies[0].splitlines()[0]
    assert first.startswith(YES[lang]) and expected.split(": ", 1)[-1] in first, first


# 6 and 7: the whole conversation of the traineeship in Istanbul
CONVERSATION = [
    (TURKEY["en"][0], "check_eligibility"),
    ("1 May to 30 June 2016, at a data-science company", "inform"),
    ("I already did 10 months of Erasmus in my master, at another university. does my master's Erasmus count "
     "against the limit?", "check_eligibility"),
    ("ok, none during the PhD then", "inform"),
    ("do I need the Scientific Board?", "faq_who_can_apply"),
    (SEND["en"], "faq_application"),
]


async def test_the_istanbul_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "en"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    master, verdict, send = got.replies[2], got.replies[3], got.replies[5]
    assert master.startswith("No:") and "And in your PhD so far" in master, master
    assert "I can't tell yet" not in master and "Still open" not in master, master
    assert got.replies[3].startswith("Noted: previous Erasmus months: 0."), got.replies[3]
    assert "call, on this condition:\n• Your supervisor" in verdict, verdict
    assert "these conditions" not in verdict, verdict
    assert send.count("18 January 2016") <= 1 and NO_HOST_DOC["en"] in send, send


MASTER = {"en": "I already did 10 months of Erasmus in my master. does my master's Erasmus count?",
          "fr": "J'ai déjà fait 10 mois d'Erasmus pendant mon master. Est-ce que mon Erasmus du master "
                "compte ?",
          "nl": "Ik heb al 10 maanden Erasmus gedaan in mijn master. Telt mijn Erasmus van de master mee?",
          "it": "Ho già fatto 10 mesi di Erasmus durante la magistrale. Conta l'Erasmus della magistrale?"}
CYCLE = {"en": "And in your PhD so far", "fr": "Et dans ce cycle (doctorat), combien",
         "nl": "En tijdens uw doctoraat tot nu toe", "it": "E in questo ciclo (dottorato), finora"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_months_of_this_cycle_are_asked_directly(monkeypatch, lang):
    slots = {k: v for k, v in ISTANBUL.items() if k != "prior_erasmus_months"}
    got = await play(monkeypatch, {**slots, "language": lang, "asked": "prior_erasmus_months"},
                     [(MASTER[lang], "check_eligibility")], TODAY, user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.splitlines()[-1].startswith(CYCLE[lang]), reply
    assert t(lang, "cant_tell_yet", fields="")[:12] not in reply and "📅" not in reply, reply


EMAIL = {"en": "who do i email", "fr": "à qui j'écris ?", "nl": "wie moet ik mailen?", "it": "a chi scrivo?"}
ONE = {"en": "on this condition:", "fr": "sous cette condition :", "nl": "onder deze voorwaarde:",
       "it": "a questa condizione:"}
MANY = {"en": "on these conditions:", "fr": "sous ces conditions :", "nl": "onder deze voorwaarden:",
        "it": "a queste condizioni:"}


@pytest.mark.parametrize("lang", LANGS)
async def test_one_condition_is_singular(monkeypatch, lang):
    slots = {k: v for k, v in ISTANBUL.items() if k != "prior_erasmus_months"}
    got = await play(monkeypatch, {**slots, "language": lang, "asked": "prior_erasmus_months"},
                     [("0", "inform"), (EMAIL[lang], "ask_contact")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    assert ONE[lang] in got.replies[0] and MANY[lang] not in got.replies[0], got.replies[0]
    assert ONE[lang] in got.replies[1], got.replies[1]  # in the summary's verdict line since round 61
    # two conditions stay plural
    long = await play(monkeypatch, {**LEUVEN, "prior_erasmus_months": None, "language": lang,
                                    "asked": "prior_erasmus_months"}, [("0", "inform")], TODAY,
                      user_event="parsed", keep_slot_events=True)
    assert MANY[lang] in long.replies[0], long.replies[0]
