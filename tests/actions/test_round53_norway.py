"""Round 53, two simulated users on 1 October 2025.

r53-ff: a Belgian ITM lecturer with a PhD (Dutch, informal "je"), staff training at the University of Oslo,
9-13 March 2026, by train.
- "staff, ik ben docent aan het ITM. maar is Noorwegen wel Erasmus? het is geen EU" got "Ik vind het antwoord
  daarop niet in de tekst van de oproep": Norway is one of the third countries associated to the programme.
- Her first message, in Dutch, was answered in English (lingua read "staff training ... job shadowing" as
  English).
- "en hoeveel per dag krijg ik dan in Oslo?" said the 417 EUR travel support twice before the daily rate was
  unknown: the daily amount first (unpublished annex, whom to ask), travel in one short line.
- The e-mail summary called her "Doctorerend of postdoctoraal personeelslid" though she said "ik heb een PhD".

r53-ee: a Brazilian ITM master's student, study period in Berlin, 16 February - 15 July 2026.
- "Does a semester count as 5 months?" got the 12-month maximum per study cycle: yes, 150 days = 5 months.
- Extra money for a health condition got the green travel aside, credit recognition and who can apply: the
  EU-wide top-up for students with fewer opportunities (call data, with its source), and that the office
  decides whether one counts.
"""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]


def _reply(got) -> str:
    return "\n".join(got.replies)


# --- 1. Is Norway Erasmus? -------------------------------------------------------------------------------

OSLO = {"call": "itm-2024", "activity": "staff_training", "destination": "NO", "destination_city": "Oslo",
        "goal": "eligibility", "asked": "role"}
NORWAY = {
    "nl": "staff, ik ben docent aan het ITM. maar is Noorwegen wel Erasmus? het is geen EU",
    "en": "staff, I'm a lecturer at ITM. but is Norway even Erasmus? it's not EU",
    "fr": "personnel, je suis enseignante à l'IMT. mais la Norvège c'est Erasmus ? c'est pas l'UE",
    "it": "personale, sono docente all'ITM. ma la Norvegia è Erasmus? non è UE",
}
YES = {"en": "Yes:", "fr": "Oui :", "nl": "Ja:", "it": "Sì:"}
ASSOCIATED = {"en": "associated to the programme", "fr": "pays tiers associés au programme",
              "nl": "met het programma geassocieerde derde landen",
              "it": "paesi terzi associati al programma"}
NOT_FOUND = {"en": "I can't find", "fr": "Je ne trouve pas", "nl": "Ik vind het antwoord", "it": "Non trovo"}


@pytest.mark.parametrize("lang", LANGS)
async def test_is_norway_erasmus_is_answered_yes(monkeypatch, lang):
    # (the NLU's intent for the Dutch message: check_eligibility, 0.99)
    got = await play(monkeypatch, {**OSLO, "language": lang}, [(NORWAY[lang], "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    text = _reply(got)
    assert text.startswith(YES[lang]), text
    assert ASSOCIATED[lang] in text, text
    assert NOT_FOUND[lang] not in text, text
    assert got.last.get("role") == "staff", got.last


# --- 2. The first message's language ---------------------------------------------------------------------

FIRST = "hoi, ik wil een staff training doen in Oslo, job shadowing. kan dat via erasmus?"


async def test_first_dutch_message_is_answered_in_dutch(monkeypatch):
    got = await play(monkeypatch, {}, [(FIRST, "check_eligibility")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    text = _reply(got)
    assert got.last.get("language") == "nl", got.last
    assert "Ben je student" in text and "Personeelslid" in text, text
    assert "Are you a student" not in text and "Staff member" not in text, text


def test_loanwords_do_not_make_dutch_english():
    from bot.language import detect

    assert detect(FIRST, None) == "nl"
    assert detect("Hi! I want to do a staff training in Oslo, job shadowing. Is that possible?", None) == "en"


# --- 3. The amount per day ---------------------------------------------------------------------------------

PLANNED = {**OSLO, "role": "staff", "start_date": "2026-03-09", "end_date": "2026-03-13",
           "green_travel": True, "asked": "citizenship"}
NATIONALITY = {"nl": "belgisch", "en": "Belgian", "fr": "belge", "it": "belga"}
PER_DAY = {"nl": "en hoeveel per dag krijg ik dan in Oslo?",
           "en": "and how much per day do I get in Oslo then?",
           "fr": "et combien par jour je reçois à Oslo alors ?",
           "it": "e quanto ricevo al giorno a Oslo allora?"}
DAY_UNKNOWN = {"nl": "Het bedrag per dag kan ik ", "en": "I can't give you the amount per day",
               "fr": "Le montant par jour, je ne peux pas le donner",
               "it": "L'importo al giorno non posso indicarlo"}
TRAVEL = {"nl": "€ 417,00", "en": "€417.00", "fr": "417,00 €", "it": "417,00 €"}


@pytest.mark.parametrize("lang", LANGS)
async def test_amount_per_day_leads_with_the_answer(monkeypatch, lang):
    got = await play(monkeypatch, {**PLANNED, "language": lang},
                     [(NATIONALITY[lang], "inform"), (PER_DAY[lang], "ask_grant")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    text = got.replies[-1]
    assert text.startswith(DAY_UNKNOWN[lang]), text
    assert "Annex 1" in text or "annexe 1" in text or "bijlage 1" in text or "allegato 1" in text, text
    assert text.count("417") == 1, text  # the travel support in one short line, not twice
    assert TRAVEL[lang].replace("\u202f", " ") in text.replace("\u202f", " ").replace("\xa0", " "), text


# --- 4. The e-mail summary names the position said ---------------------------------------------------------

PHD_SAID = {"nl": "krijg ik voorrang met mijn doctoraat? ik heb een PhD",
            "en": "do I get priority with my doctorate? I have a PhD",
            "fr": "j'ai la priorité avec mon doctorat ? j'ai un doctorat",
            "it": "ho la priorità con il mio dottorato? ho il dottorato"}
MAIL = {"nl": "top, thx! dan mail ik Charlotte", "en": "ok, who do I contact then?",
        "fr": "ok, je contacte qui alors ?", "it": "ok, chi devo contattare allora?"}
WITH_PHD = {"nl": "Gepromoveerd personeelslid", "en": "PhD-holding staff member",
            "fr": "Membre du personnel titulaire d'un doctorat", "it": "Membro del personale con dottorato"}
EITHER = {"nl": "Doctorerend of postdoctoraal", "en": "PhD or postdoctoral",
          "fr": "doctorant ou postdoctorant", "it": "dottorando o postdoc"}


@pytest.mark.parametrize("lang", LANGS)
async def test_summary_says_staff_member_with_a_phd(monkeypatch, lang):
    slots = {**PLANNED, "citizenship": ["BE"], "asked": None, "language": lang}
    got = await play(monkeypatch, slots, [(PHD_SAID[lang], "faq_selection"), (MAIL[lang], "ask_contact")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert got.slots.get("doctoral_or_postdoc_staff") is True, got.slots
    text = got.replies[-1]
    assert WITH_PHD[lang] in text, text
    assert EITHER[lang] not in text, text


# --- 5. Does a semester count as 5 months? ----------------------------------------------------------------

BERLIN = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "DE",
          "destination_city": "Berlin", "receiving_org": "hei", "goal": "eligibility", "asked": "start_date"}
SEMESTER_DATES = {
    "en": "It would be from mid February until mid July, so 16 February to 15 July 2026. Does a semester "
          "count as 5 months?",
    "fr": "Ce serait du 16 février au 15 juillet 2026. Un semestre compte comme 5 mois ?",
    "nl": "Het zou van 16 februari tot 15 juli 2026 zijn. Telt een semester als 5 maanden?",
    "it": "Sarebbe dal 16 febbraio al 15 luglio 2026. Un semestre conta come 5 mesi?",
}
FIVE_MONTHS = {"en": "150 days, which is 5 months", "fr": "150 jours, soit 5 mois",
               "nl": "150 dagen, dat is 5 maanden", "it": "150 giorni, cioè 5 mesi"}
CYCLE = {"en": "study cycle", "fr": "cycle d'études", "nl": "studiecyclus", "it": "ciclo di studi"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["ask_grant", "faq_duration"])
async def test_semester_as_five_months_is_answered_from_the_dates(monkeypatch, lang, intent):
    got = await play(monkeypatch, {**BERLIN, "language": lang}, [(SEMESTER_DATES[lang], intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    text = _reply(got)
    assert text.startswith(YES[lang]), text
    assert FIVE_MONTHS[lang] in text, text
    assert CYCLE[lang] not in text.split("\n")[0], text


SEMESTER_ALONE = {"en": "Does a semester count as 5 months?", "fr": "un semestre compte comme 5 mois ?",
                  "nl": "telt een semester als 5 maanden?", "it": "un semestre conta come 5 mesi?"}
NO_LENGTH = {"en": "the call does not define one", "fr": "l'appel n'en définit pas",
             "nl": "de oproep definieert er geen", "it": "il bando non lo definisce"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["faq_duration", "out_of_scope", "nlu_fallback"])
async def test_semester_without_dates_asks_them(monkeypatch, lang, intent):
    got = await play(monkeypatch, {**BERLIN, "language": lang}, [(SEMESTER_ALONE[lang], intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    text = _reply(got)
    assert NO_LENGTH[lang] in text.split("\n")[0], text
    assert "4" not in text.split("\n")[0], text


# --- 6. Extra money for a health condition -----------------------------------------------------------------

HEALTH_EN = [
    ("Oh great, obrigada! One more thing, I have a chronic illness. Is there extra money for students with a "
     "health condition?", "faq_who_can_apply"),
    ('Hmm but does my illness count as "fewer opportunities"? I don\'t really understand if I can get the '
     '250 or not', "faq_credit_transfer"),
    ("ok thanks. And if my illness makes the stay more expensive, like special medical costs, is there some "
     "support for that?", "faq_who_can_apply"),
    ("Sorry, I meant: does Erasmus pay extra costs for students with a disability or health problem?",
     "check_eligibility"),
]
HEALTH_OTHER = [
    ("fr", "y a-t-il de l'argent en plus pour les étudiants avec un problème de santé ?", "faq_grant_count"),
    ("fr", "ma maladie compte comme moins d'opportunités ?", "out_of_scope"),
    ("nl", "is er extra geld voor studenten met een gezondheidsprobleem?", "nlu_fallback"),
    ("nl", "telt mijn ziekte als minder kansen?", "nlu_fallback"),
    ("it", "c'è un contributo in più per studenti con un problema di salute?", "nlu_fallback"),
    ("it", "la mia malattia conta come minori opportunità?", "out_of_scope"),
]
GROUP = {"en": "students with fewer opportunities", "fr": "étudiants ayant moins d'opportunités",
         "nl": "studenten met minder kansen", "it": "studenti con minori opportunità"}
SOURCE = {"en": "(source: ", "fr": "(source: ", "nl": "(bron: ", "it": "(fonte: "}
DECIDES = {"en": "the office decides it", "fr": "c'est le bureau qui en décide",
           "nl": "dat beslist het bureau", "it": "lo decide l'ufficio"}
DONE = {**BERLIN, "start_date": "2026-02-16", "end_date": "2026-07-15", "citizenship": ["BR"],
        "prior_erasmus_months": 0, "asked": None}


@pytest.mark.parametrize(("lang", "text", "intent"), [("en", t, i) for t, i in HEALTH_EN] + HEALTH_OTHER)
async def test_health_condition_gets_the_fewer_opportunities_top_up(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**DONE, "language": lang}, [(text, intent)], TODAY, user_event="parsed",
                     keep_slot_events=True)
    reply = _reply(got)
    assert "250 EUR" in reply, reply
    assert GROUP[lang] in reply and SOURCE[lang] in reply, reply
    assert DECIDES[lang] in reply and "erasmusplusmobility@itg.be" in reply, reply
    for wrong in ("credit", "crédit", "Who can apply", "417", "green", "MSc students from"):
        assert wrong not in reply, reply


async def test_health_condition_short_term_gets_the_one_off_top_up(monkeypatch):
    slots = {**DONE, "role": "phd_student", "activity": "short_term_doctoral", "start_date": "2026-03-02",
             "end_date": "2026-03-13", "language": "en"}
    got = await play(monkeypatch, slots, [(HEALTH_EN[0][0], "faq_who_can_apply")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    reply = _reply(got)
    assert "100 EUR for 5-14 days" in reply and "250 EUR per month" not in reply, reply
    assert DECIDES["en"] in reply and "417" not in reply, reply


async def test_health_insurance_is_no_health_condition(monkeypatch):
    from actions.healthq import asked

    assert not asked("Do I need health insurance for Berlin?")
    assert asked("is there extra money for students with a disability?")
