"""Round 50 (r50-n: an HR officer at ITM Antwerp, a staff training at the London School of Hygiene & Tropical
Medicine, then Swiss TPH in Basel, then KIT in Amsterdam, 9-13 March 2026; today 1 October 2025).

- "since its first come first served should I send it now rather than wait till january?" stored nothing
  but said "The end date (31 January 2026) is before the start date (9 March 2026), so I kept the other facts
  and left that date open." and "31 January 2026 would be too late.": a month the person would wait for to
  apply is when they apply, not the stay's end (actions/when.py, actions/applyby.py).
- "huh, I didn't change my end date, it's still 13 march. can you show me everything you have on me?" (read
  as delete_my_data) got "I can't find the answer to that in the call text": the end date confirmed, then
  the facts told with their names (actions/factsheld.py).
- London, then "ok. what about Swiss TPH in Basel then?" got only "Your answer stays the same: not
  eligible.": the new reason is said with it (actions/newreason.py).
- "does KIT need some kind of erasmus charter or agreement with ITM? they're not a university" (a staff
  member, a research institute) got "The call asks for it only for another status: Master's student, PhD
  student", which the staff part "a higher education institution with an ECHE" contradicted: for staff the
  call names the ECHE only for a university host (actions/hostneeds.py)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
PLAN = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "NL",
        "destination_city": "Amsterdam", "citizenship": ["BE"], "receiving_org": "research_institute",
        "start_date": "2026-03-09", "end_date": "2026-03-13", "goal": "eligibility"}
APPLY_BY = {"en": "9 January 2026", "fr": "9 janvier 2026", "nl": "9 januari 2026", "it": "9 gennaio 2026"}
YES = {"en": "Yes:", "fr": "Oui :", "nl": "Ja:", "it": "Sì:"}


async def _told(monkeypatch, lang: str, **slots):
    """The plan's answer given, as before the message tested."""
    return (await play(monkeypatch, {**PLAN, **slots, "language": lang}, [("?", "check_eligibility")],
                       TODAY)).slots


CONVERSATION = [
    ("Hi. I work in HR at ITM Antwerp and want to do a week of job shadowing at the London School of "
     "Hygiene & Tropical Medicine, 9-13 March 2026. Is that possible with Erasmus?", "check_eligibility"),
    ("UK, London. is the UK still in Erasmus?", "inform"),
    ("ok. what about Swiss TPH in Basel then?", "nlu_fallback"),
    ("fine. then KIT Royal Tropical Institute in Amsterdam, same dates. its a research institute not a uni",
     "inform"),
    ("belgian", "inform"),
    ("does KIT need some kind of erasmus charter or agreement with ITM? they're not a university",
     "faq_credit_transfer"),
    ("since its first come first served should I send it now rather than wait till january?",
     "faq_application"),
    ("huh, I didn't change my end date, it's still 13 march. can you show me everything you have on me?",
     "delete_my_data"),
]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "en"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    r = got.replies
    assert "Switzerland is not an eligible destination" in r[2], r[2]
    assert "another status" not in r[5].split("inter-institutional")[0], r[5]
    assert "31 January" not in r[6] and "end date" not in r[6] and "9 January 2026" in r[6], r[6]
    assert "Yes, the end date is still 13 March 2026." in r[7], r[7]
    assert "end date: 13 March 2026" in r[7], r[7]
    assert got.slots["start_date"] == "2026-03-09" and got.slots["end_date"] == "2026-03-13"


WAIT = {
    "en": "since its first come first served should I send it now rather than wait till {month}?",
    "fr": "c'est premier arrivé premier servi, je devrais l'envoyer maintenant plutôt qu'attendre {month} ?",
    "nl": "het is wie eerst komt eerst maalt, moet ik het nu sturen in plaats van te wachten tot {month}?",
    "it": "è in ordine di arrivo, dovrei inviarla adesso invece di aspettare {month}?"}
JANUARY = {"en": "january", "fr": "janvier", "nl": "januari", "it": "gennaio"}
FEBRUARY = {"en": "february", "fr": "février", "nl": "februari", "it": "febbraio"}
IN_JANUARY = {"en": "In January 2026, only until 9 January 2026.",
              "fr": "En janvier 2026, seulement jusqu'au 9 janvier 2026.",
              "nl": "In januari 2026 enkel tot 9 januari 2026.",
              "it": "A gennaio 2026, solo fino al 9 gennaio 2026."}
FEBRUARY_LATE = {"en": "February 2026 would be too late.", "fr": "Février 2026 serait trop tard.",
                 "nl": "Februari 2026 zou te laat zijn.", "it": "Febbraio 2026 sarebbe troppo tardi."}
END_BEFORE = {"en": "before the start date", "fr": "avant la date de début", "nl": "voor de begindatum",
              "it": "prima della data di inizio"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["faq_application", "check_eligibility", "ask_deadline"])
async def test_waiting_till_january_is_when_to_apply(monkeypatch, lang, intent):
    slots = await _told(monkeypatch, lang)
    got = await play(monkeypatch, slots, [(WAIT[lang].format(month=JANUARY[lang]), intent)], TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert "start_date" not in got.last and "end_date" not in got.last, reply
    assert got.slots["end_date"] == "2026-03-13", reply
    assert "31" not in reply and END_BEFORE[lang] not in reply, reply
    assert APPLY_BY[lang] in reply and IN_JANUARY[lang] in reply, reply
    if intent == "faq_application":
        assert reply.startswith(YES[lang]), reply


@pytest.mark.parametrize("lang", LANGS)
async def test_waiting_till_february_is_too_late_to_apply(monkeypatch, lang):
    slots = await _told(monkeypatch, lang)
    got = await play(monkeypatch, slots, [(WAIT[lang].format(month=FEBRUARY[lang]), "faq_application")],
                     TODAY, user_event="parsed")
    reply = got.replies[0]
    assert "end_date" not in got.last and "start_date" not in got.last, reply
    assert reply.startswith(YES[lang]) and APPLY_BY[lang] in reply, reply
    assert FEBRUARY_LATE[lang] in reply and END_BEFORE[lang] not in reply and "28" not in reply, reply


HELD = {
    "en": "huh, I didn't change my end date, it's still 13 march. can you show me everything you have on me?",
    "fr": "hein, je n'ai pas changé ma date de fin, c'est toujours le 13 mars. qu'avez-vous noté sur moi ?",
    "nl": "huh, ik heb mijn einddatum niet veranderd, het is nog steeds 13 maart. wat weet je over mij?",
    "it": "eh, non ho cambiato la data di fine, è sempre il 13 marzo. cosa sa di me?"}
STILL = {"en": "Yes, the end date is still 13 March 2026.",
         "fr": "Oui, la date de fin est toujours le 13 mars 2026.",
         "nl": "Ja, de einddatum is nog steeds 13 maart 2026.",
         "it": "Sì, la data di fine è ancora il 13 marzo 2026."}
LISTED = {"en": ("end date: 13 March 2026", "start date: 9 March 2026", "destination city: Amsterdam",
                 "receiving organisation: Research institute", "nationality: Belgium"),
          "fr": ("date de fin: 13 mars 2026", "date de début: 9 mars 2026", "ville de destination: Amsterdam",
                 "organisme d'accueil: Institut de recherche", "nationalité: Belgique"),
          "nl": ("einddatum: 13 maart 2026", "begindatum: 9 maart 2026", "stad van bestemming: Amsterdam",
                 "ontvangende organisatie: Onderzoeksinstituut", "nationaliteit: België"),
          "it": ("data di fine: 13 marzo 2026", "data di inizio: 9 marzo 2026",
                 "città di destinazione: Amsterdam", "organizzazione ospitante: Istituto di ricerca",
                 "cittadinanza: Belgio")}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["delete_my_data", "help", "nlu_fallback", "out_of_scope"])
async def test_everything_you_have_on_me(monkeypatch, lang, intent):
    slots = await _told(monkeypatch, lang)
    got = await play(monkeypatch, slots, [(HELD[lang], intent)], TODAY, user_event="parsed")
    reply = got.replies[0]
    assert reply.startswith(STILL[lang]), reply
    assert all(fact in reply for fact in LISTED[lang]), reply
    assert got.slots["start_date"] == "2026-03-09" and got.slots["end_date"] == "2026-03-13", reply
    assert got.slots.get("confirm") is None, reply  # nothing to erase was asked


KNOW = {"en": "what do you know about me?", "fr": "qu'avez-vous noté sur moi ?",
        "nl": "wat weet je over mij?", "it": "cosa sa di me?"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["help", "nlu_fallback"])
async def test_what_do_you_know_about_me(monkeypatch, lang, intent):
    slots = await _told(monkeypatch, lang)
    got = await play(monkeypatch, slots, [(KNOW[lang], intent)], TODAY, user_event="parsed")
    reply = got.replies[0]
    assert all(fact in reply for fact in LISTED[lang]), reply
    assert STILL[lang] not in reply, reply


BASEL = {"en": "ok. what about Swiss TPH in Basel then?", "fr": "ok. et le Swiss TPH à Bâle alors ?",
         "nl": "ok. en Swiss TPH in Bazel dan?", "it": "ok. e lo Swiss TPH a Basilea allora?"}
SWITZERLAND = {"en": "✗ Switzerland is not an eligible destination",
               "fr": "✗ Destination non éligible : Suisse",
               "nl": "✗ Geen toegelaten bestemming: Zwitserland",
               "it": "✗ Destinazione non ammessa: Svizzera"}
STANDS = {"en": "stays the same", "fr": "ne change pas", "nl": "blijft hetzelfde", "it": "non cambia"}
LONDON = {"destination": "GB", "destination_city": "London", "receiving_org": "hei"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["nlu_fallback", "inform"])
async def test_not_eligible_for_a_new_reason(monkeypatch, lang, intent):
    slots = await _told(monkeypatch, lang, **LONDON)
    got = await play(monkeypatch, slots, [(BASEL[lang], intent)], TODAY, user_event="parsed")
    reply = got.replies[0]
    assert got.slots["destination"] == "CH", reply
    assert STANDS[lang] in reply and SWITZERLAND[lang] in reply, reply
    under = reply.split("\n", 1)[1]  # (the "Updated:" line names the country left)
    assert "United Kingdom" not in under and "Royaume-Uni" not in under, reply


async def test_a_reason_told_is_not_said_again(monkeypatch):
    # Basel's reason said with "stays the same", then another nationality: Switzerland's reason, told already.
    slots = await _told(monkeypatch, "en", **LONDON)
    got = await play(monkeypatch, slots, [(BASEL["en"], "nlu_fallback"),
                                          ("actually I'm Dutch, not Belgian", "inform")], TODAY,
                     user_event="parsed")
    assert SWITZERLAND["en"] in got.replies[0], got.replies[0]
    reply = got.replies[1]
    assert "Your answer stays the same: not eligible." in reply and "✗" not in reply, reply


CHARTER = {
    "en": "does KIT need some kind of erasmus charter or agreement with ITM? they're not a university",
    "fr": "est-ce que le KIT a besoin d'une sorte de charte erasmus ou d'un accord avec l'IMT ? ce n'est pas "
          "une université",
    "nl": "heeft KIT een soort erasmus charter of overeenkomst met het ITG nodig? het is geen universiteit",
    "it": "il KIT ha bisogno di una specie di carta erasmus o di un accordo con l'ITM? non è un'università"}
ECHE_HOST = {
    "en": "For your status, the call names an ECHE only for a host that is a higher education institution; "
          "yours is a research institute",
    "fr": "Pour votre statut, l'appel ne cite l'ECHE que pour un organisme d'accueil qui est un "
          "établissement d'enseignement supérieur ; le vôtre est un institut de recherche",
    "nl": "Voor uw statuut noemt de oproep een ECHE alleen voor een gastorganisatie die een instelling voor "
          "hoger onderwijs is; de uwe is een onderzoeksinstituut",
    "it": "Per il Suo status, il bando cita l'ECHE solo per un ente ospitante che sia un istituto di "
          "istruzione superiore; il Suo è un istituto di ricerca"}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["faq_credit_transfer", "check_eligibility"])
async def test_eche_for_staff_at_a_research_institute(monkeypatch, lang, intent):
    slots = await _told(monkeypatch, lang)
    got = await play(monkeypatch, slots, [(CHARTER[lang], intent)], TODAY, user_event="parsed")
    lines = got.replies[0].split("\n")
    first = next(i for i, line in enumerate(lines) if "ECHE" in line)
    assert lines[first].startswith(NO[lang]), lines
    assert lines[first + 1].startswith(ECHE_HOST[lang]), lines
    assert got.slots["receiving_org"] == "research_institute", lines
