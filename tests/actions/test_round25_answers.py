"""Round 25 of simulated users (group Q): questions answered with the wrong polarity, the wrong block, or "I
can't find". Whether something lowers or changes one's chances (Q1), a scholarship "is that a problem?" (Q2),
the home country (Q3, and the call's note that holds once the nationality is known, said once), a
restatement asked back (Q4), when the results come (Q5), each role's own criteria and documents (Q5, Q6),
"does my nationality matter?" (Q7), a staff member's salary (Q8), what "blended" means (Q9), when the online
part is done and when the grant is paid (Q10). Each in the languages the transcripts used and more, with the
nearby questions that keep their answer."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, hear

KAMPALA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "UG",
           "destination_city": "Kampala", "receiving_org": "research_institute", "citizenship": ["ET"],
           "start_date": "2026-03-01", "end_date": "2026-05-31", "goal": "eligibility"}
AMSTERDAM = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "NL",
             "destination_city": "Amsterdam", "receiving_org": "enterprise", "prior_erasmus_months": 10.0,
             "start_date": "2016-04-01", "end_date": "2016-05-31", "goal": "eligibility"}
BARCELONA = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
             "destination": "ES", "destination_city": "Barcelona", "receiving_org": "hei",
             "receiving_org_has_eche": True, "citizenship": ["IT"], "start_date": "2026-04-13",
             "end_date": "2026-04-22", "goal": "eligibility"}
VIENNA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "hei", "start_date": "2026-05-04",
          "end_date": "2026-05-15", "goal": "eligibility"}
CAN_I_GO = {"en": "So can I go?", "fr": "Donc je peux partir ?", "nl": "Kan ik dus gaan?",
            "it": "Quindi posso partire?"}


NOT_SAID = {"en": "says nothing about", "fr": "ne dit rien sur", "nl": "zegt niets over",
            "it": "non dice nulla su"}


def opening(lang: str, key: str) -> str:
    return t(lang, key)[:20]


# Q1. "Does it change my chances?" / "lower ranked?" with a priority against the person: "Yes: it ranks you
# lower, it does not exclude you"; the same question from someone the priorities favour keeps its answer.
CHANCES = [
    ("en", "Ok. But does it change anything for my chances? I heard there are only a few grants for "
           "countries outside Europe."),
    ("en", "Does my scholarship lower my chances?"),
    ("fr", "Est-ce que ça change quelque chose pour mes chances ? Il paraît qu'il y a peu de bourses."),
    ("nl", "Verandert dat iets aan mijn kansen? Ik hoorde dat er maar weinig beurzen zijn."),
    ("it", "Cambia qualcosa per le mie possibilità? Ho sentito che ci sono poche borse."),
]


@pytest.mark.parametrize(("lang", "text"), CHANCES)
async def test_a_question_whether_it_lowers_the_chances_opens_yes_when_a_priority_is_against(
        monkeypatch, lang, text):
    slots = {**KAMPALA, "has_scholarship": True, "language": lang}
    first, reply = await converse(monkeypatch, slots, [(CAN_I_GO[lang], "check_eligibility"),
                                                       (text, "inform")], ITM_OPEN)
    assert reply.startswith(opening(lang, "priority_ranks_lower")), reply
    assert reply.count("✗ ") == 2, reply  # the scholarship and the 2 grants outside the programme countries
    assert not reply.startswith(t(lang, "answer_no", answer="")), reply


@pytest.mark.parametrize(("lang", "lower", "priority"), [
    ("en", "Does that lower my chances?", "Do I get priority?"),
    ("nl", "Maakt dat mijn kansen kleiner?", "Krijg ik voorrang?"),
    ("it", "Questo riduce le mie possibilità?", "Ho la priorità?"),
])
async def test_someone_the_priorities_favour_keeps_yes_to_priority_and_no_to_lower_chances(
        dispatcher, monkeypatch, lang, lower, priority):
    slots = {**KAMPALA, "has_scholarship": False, "language": lang}
    await hear(dispatcher, monkeypatch, priority, slots, ITM_OPEN)
    assert texts(dispatcher).startswith(opening(lang, "priority_yes")), texts(dispatcher)
    other = CollectingDispatcher()
    await hear(other, monkeypatch, lower, slots, ITM_OPEN)
    assert texts(other).startswith(t(lang, "answer_no", answer="")), texts(other)
    assert "✓ " in texts(other) and "✗ " not in texts(other)


# Q1/Q3 (Lucca, NL): "lager gerangschikt?" about going to one's home country; a lower priority "because it is
# my home country" is the priority, not the country's group.
@pytest.mark.parametrize("text", [
    "Staat er in de oproep iets over studenten die naar hun eigen land gaan, bijvoorbeeld dat zij lager "
    "gerangschikt worden?",
    "En bij de selectie? Krijg ik een lagere prioriteit omdat Nederland mijn land van herkomst is?",
])
async def test_a_lower_ranking_for_the_home_country_is_yes_with_the_preference(dispatcher, monkeypatch, text):
    slots = {**AMSTERDAM, "citizenship": ["NL"], "language": "nl"}
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    reply = dispatcher.messages[0]["text"]  # the answer (the first full answer of the case follows it)
    assert reply.startswith("Ja: volgens wat u vertelde, plaatst dit u lager"), reply
    assert "✗ Voorkeur gaat naar studenten wier mobiliteit niet naar hun thuisland gaat" in reply, reply
    assert "Groep 2" not in reply and "beurs" not in reply, reply  # only the priority asked about


# Q2. A scholarship said with "is that a problem?": what the priorities make of it, not "No: your answer
# stays the same" alone; without one, no problem and the priority is theirs; "do I need one?": no.
async def test_a_scholarship_is_no_exclusion_but_ranks_lower(dispatcher, monkeypatch):
    got = await hear(dispatcher, monkeypatch, "I am a bit worried about one thing: I am at ITM with a DGD "
                     "scholarship. Is that a problem for Erasmus+? Can I still get the grant?",
                     {**KAMPALA, "language": "en"}, ITM_OPEN)
    reply = texts(dispatcher)
    assert got.get("has_scholarship") is True
    assert reply.startswith("That does not exclude you, but it ranks you lower in the selection"), reply
    assert "✗ Priority is given to students without a scholarship" in reply
    assert "✗ For the 2 grants to third countries not associated" in reply
    assert "No: your answer stays the same" not in reply


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("it", "sì ok. Ah, io non ho nessuna borsa di studio, è un problema?", "priority_fact_higher"),
    ("en", "I don't have any scholarship, is that a problem?", "priority_fact_higher"),
    ("nl", "Ik heb geen beurs, is dat een probleem?", "priority_fact_higher"),
    ("it", "Intendo: serve avere già una borsa o un finanziamento per poter partecipare? io non ne ho",
     "priority_fact_needed"),
])
async def test_no_scholarship_is_no_problem_and_has_the_priority(dispatcher, monkeypatch, lang, text, head):
    slots = {**BARCELONA, "language": lang}
    if head == "priority_fact_needed":
        slots["has_scholarship"] = False
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    no_cant_find(reply)
    # ("... una borsa o un finanziamento?" is no either-or question, but its bare "No:" is left out anyway)
    assert reply.startswith((opening(lang, head), t(lang, head).split(": ", 1)[-1][:20].capitalize())), reply
    assert reply.count("✓ ") == 1 and "✗ " not in reply, reply
    assert got.get("has_scholarship", slots.get("has_scholarship")) is False


async def test_a_staff_members_scholarship_gets_no_students_priority(dispatcher, monkeypatch):
    # The students' scholarship priority does not concern staff: no "it ranks you lower" for them.
    await hear(dispatcher, monkeypatch, "I have a scholarship from my government. Is that a problem?",
               {**VIENNA, "citizenship": ["DE"], "language": "en"}, ITM_OPEN)
    reply = texts(dispatcher)
    assert "ranks you lower" not in reply and "Priority is given to students" not in reply, reply


# Q3. "I'm Dutch. Does it matter that the traineeship is in my own country?": no condition, but it ranks
# lower; the call's note that holds once the nationality is known is said once, and not after that answer.
async def test_the_home_country_question_says_the_preference_and_the_note_is_not_repeated(monkeypatch):
    replies = await converse(monkeypatch, {**AMSTERDAM, "language": "nl"}, [
        ("Kan ik dus gaan?", "check_eligibility"),
        ("Goed. Nog een andere vraag: ik ben zelf Nederlandse. Maakt het uit dat ik mijn stage in mijn "
         "eigen land wil doen?", "inform"),
        ("Ik wil eigenlijk tot 30 mei 2016 blijven.", "inform"),
        ("Kan ik dus gaan?", "check_eligibility"),
    ], LUCCA_OPEN)
    answer = replies[1]
    assert answer.startswith("Nee: deze oproep stelt geen voorwaarde aan uw nationaliteit"), answer
    # (round 45: "may", the call does not define "home country")
    assert "ze sluit u niet uit, maar kan u lager plaatsen" in answer, answer
    assert "✗ Voorkeur gaat naar studenten wier mobiliteit niet naar hun thuisland gaat" in answer
    assert "Nee: uw antwoord blijft hetzelfde" not in answer
    note = "kan lager scoren"
    assert not any(note in reply for reply in replies), replies  # the answer said it: no note after it


@pytest.mark.parametrize(("lang", "nationality", "note"), [
    ("nl", "Ik ben Nederlandse.", "kan lager scoren"),
    ("en", "I'm Dutch.", "may rank lower"),
    ("fr", "Je suis néerlandaise.", "peut être moins bien classé"),
    ("it", "Sono olandese.", "può avere priorità più bassa"),
])
async def test_a_note_that_holds_once_the_nationality_is_known_is_said_once(monkeypatch, lang, nationality,
                                                                          note):
    replies = await converse(monkeypatch, {**AMSTERDAM, "language": lang}, [
        (CAN_I_GO[lang], "check_eligibility"),
        (nationality, "inform"),
        ("30/05/2016" if lang != "en" else "Actually until 30 May 2016.", "inform"),
        (CAN_I_GO[lang], "check_eligibility"),
    ], LUCCA_OPEN)
    assert note not in replies[0], replies[0]  # no nationality yet: the note does not hold
    assert note in replies[1], replies[1]
    assert sum(note in reply for reply in replies) == 1, replies


async def test_the_first_answers_notes_are_said_once(monkeypatch):
    # Nearby: the first full answer says the call's notes; a new full answer (other dates, another amount)
    # does not repeat them.
    replies = await converse(monkeypatch, {**KAMPALA, "language": "en"}, [
        ("So can I go?", "check_eligibility"), ("Actually until 30 April 2026.", "inform")], ITM_OPEN)
    note = "first come, first served"
    assert note in replies[0] and "€" in replies[1] and note not in replies[1], replies


# Q4. "So I'm less likely to be selected, but not excluded?" after the priorities were listed: "Yes", with
# the point, not "I can't find" nor the same list again.
@pytest.mark.parametrize(("lang", "ask", "back"), [
    ("en", "Does it change anything for my chances?",
     "Hmm, so I am less likely to be selected, but not excluded? Sorry, I want to be sure I understand."),
    ("fr", "Est-ce que ça change quelque chose pour mes chances ?",
     "Donc je suis moins bien placée, mais pas exclue ?"),
    ("it", "Cambia qualcosa per le mie possibilità?",
     "Quindi ho una priorità più bassa, ma non sono esclusa?"),
])
async def test_a_restatement_asked_back_gets_yes(monkeypatch, lang, ask, back):
    slots = {**KAMPALA, "has_scholarship": True, "language": lang}
    replies = await converse(monkeypatch, slots, [(CAN_I_GO[lang], "check_eligibility"), (ask, "inform"),
                                                  (back, "inform")], ITM_OPEN)
    reply = replies[2]
    no_cant_find(reply)
    assert reply.startswith(t(lang, "priority_can_apply")), reply  # "Yes, you can apply: ..."
    above = t(lang, "priority_ranks_lower_above").split(": ", 1)[1]
    assert above[1:] in reply, reply
    assert "✗ " not in reply, reply  # listed just above


# Q5. "When will I know if I'm selected?": the call does not say; whom to ask, and who selects (the person's
# role's committee). The selection topic for one role has that role's criteria only.
WHEN_KNOW = [
    ("en", "when will I know if I am selected?"),
    ("en", "How long does the selection take?"),
    ("en", "Thanks. And when do they tell me if I am selected or not?"),
    ("fr", "Quand est-ce que je vais savoir si je suis sélectionnée ?"),
    ("fr", "Et quand est-ce que je saurai si je suis sélectionnée ?"),
    ("nl", "Wanneer hoor ik of ik geselecteerd ben?"),
    ("it", "Quando saprò se sono stata selezionata?"),
]


@pytest.mark.parametrize("intent", ["faq_selection", "inform"])
@pytest.mark.parametrize(("lang", "text"), WHEN_KNOW)
async def test_when_the_results_come_is_not_in_the_call(dispatcher, monkeypatch, lang, text, intent):
    await hear(dispatcher, monkeypatch, text, {**KAMPALA, "language": lang}, ITM_OPEN, intent)
    reply = texts(dispatcher)
    assert "erasmusplusmobility@itg.be" in reply, reply
    assert NOT_SAID[lang] in reply, reply
    assert ("service de la recherche" if lang == "fr" else "Research Office") in reply  # students' committee
    for staff in ("training plan", "plan de formation", "opleidingsplan", "piano di formazione"):
        assert staff not in reply, reply


@pytest.mark.parametrize(("slots", "mine", "other"), [
    (KAMPALA, "For students, the selection looks at", "For staff"),
    (VIENNA, "For staff, the selection looks at", "For students"),
])
async def test_the_selection_criteria_are_the_persons_roles(dispatcher, monkeypatch, slots, mine, other):
    await hear(dispatcher, monkeypatch, "What are the selection criteria?", {**slots, "language": "en"},
               ITM_OPEN, "faq_selection")
    reply = texts(dispatcher)
    assert mine in reply and other not in reply and "Staff:" not in reply, reply


async def test_without_a_role_the_selection_topic_keeps_both_roles(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "What are the selection criteria at ITM?",
               {"call": "itm-2024", "language": "en"}, ITM_OPEN, "faq_selection")
    reply = texts(dispatcher)
    assert "Staff:" in reply and "Students:" in reply, reply


# Q6. What to send: the person's role's part; staff are told whom to ask what exactly to send.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What do I need to send with the application?"),
    ("fr", "Comment on postule ? documents à fournir ?"),
    ("nl", "Welke documenten moet ik opsturen?"),
    ("it", "Quali documenti devo inviare?"),
])
async def test_documents_are_said_for_the_persons_role(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**VIENNA, "citizenship": ["FR"], "language": lang}, ITM_OPEN)
    staff = texts(dispatcher)
    assert "Charlotte Morantin" in staff and "erasmusplusmobility@itg.be" in staff, staff
    student = CollectingDispatcher()
    await hear(student, monkeypatch, text, {**KAMPALA, "language": lang}, ITM_OPEN)
    reply = texts(student)
    assert "erasmusplusmobility@itg.be" in reply, reply
    for note in ("For staff", "Pour le personnel", "Voor personeel", "Per il personale", "Morantin"):
        assert note not in reply, reply


# Q7. "German. Does that matter, since Austria is next door?": no, only Belgium and one's own country (or
# origin) are excluded; while a changed nationality after the answer keeps "No: your answer stays the same"
# (tests/actions/test_answers.py B11).
async def test_does_my_nationality_matter_for_a_neighbouring_country(dispatcher, monkeypatch):
    got = await hear(dispatcher, monkeypatch, "German. Does that matter, since Austria is next door?",
                     {**VIENNA, "asked": "citizenship", "language": "en"}, ITM_OPEN)
    reply = texts(dispatcher)
    assert got.get("citizenship") == ["DE"]
    assert reply.startswith("No: your nationality is no condition of this call"), reply
    assert "✓ Austria is not a country of your citizenship" in reply
    assert "✅" in reply  # and the answer, now that nothing is missing


# Q8. A staff member's salary: the call does not say; the Education Office knows (not the students'
# scholarship topic).
@pytest.mark.parametrize("intent", ["faq_scholarship_compatibility", "inform"])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Do I keep getting my ITM salary during those two weeks, or does the Erasmus grant replace it?"),
    ("en", "That's not really what I asked - I'm staff, I mean my normal salary as an employee. Is it paid "
           "during the mobility?"),
    ("fr", "Est-ce que je garde mon salaire pendant la mobilité ?"),
    ("nl", "Blijf ik mijn salaris krijgen tijdens de mobiliteit?"),
    ("it", "Continuo a ricevere lo stipendio durante la mobilità?"),
])
async def test_the_salary_is_not_in_the_call(dispatcher, monkeypatch, lang, text, intent):
    await hear(dispatcher, monkeypatch, text, {**VIENNA, "citizenship": ["DE"], "language": lang},
               ITM_OPEN, intent)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(t(lang, "uncovered_not_in_call", call="", topics="")[:4]), reply
    assert NOT_SAID[lang] in reply and "Charlotte Morantin" in reply, reply
    assert "bench" not in reply, reply  # not the students' scholarship topic


# Q9. What "blended" means: the short-term blended mobility (the seed and the EU-wide rule), not every
# role's durations nor "I can't find".
@pytest.mark.parametrize("intent", ["faq_duration", "inform"])
@pytest.mark.parametrize(("lang", "text", "words"), [
    ("it", "Mobilità breve mista credo... ma cosa vuol dire esattamente 'blended'/mista?",
     "da 5 a 30 giorni"),
    ("it", "Ultima cosa, così lo spiego alla mia amica: in parole semplici cos'è una mobilità 'blended'?",
     "da 5 a 30 giorni"),
    ("en", "What does blended mobility mean?", "5 to 30 days"),
    ("fr", "Que veut dire mobilité hybride ?", "5 à 30 jours"),
    ("nl", "Wat betekent gemengde mobiliteit?", "5 tot 30 dagen"),
])
async def test_what_blended_means(dispatcher, monkeypatch, lang, text, words, intent):
    slots = {**BARCELONA, "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert words in reply and "3 ECTS" in reply, reply
    for staff in ("Staff training", "Formazione del personale", "Formation du personnel",
                  "Opleiding personeel"):
        assert staff not in reply, reply


# Q10. When the online part is done: the call does not say; that it is compulsory keeps its "Yes". When the
# grant is paid: the call does not say.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Un'altra cosa: il corso online lo devo fare prima o dopo i giorni a Barcellona? O va bene anche "
           "durante?"),
    ("it", "la parte online si fa prima, dopo o durante?"),
    ("en", "Do I do the online part before or after the days in Barcelona?"),
    ("fr", "La partie en ligne, c'est avant ou après le séjour ?"),
    ("nl", "Moet ik het online deel voor of na de dagen in Barcelona doen?"),
])
async def test_when_the_online_part_is_done_is_not_in_the_call(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(opening(lang, "virtual_when_not_said")), reply
    assert "erasmusplusmobility@itg.be" in reply


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Quindi la parte online è obbligatoria?"),
    ("en", "So the online part is compulsory?"),
])
async def test_whether_the_online_part_is_required_keeps_yes(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang}, ITM_OPEN)
    assert texts(dispatcher).startswith(t(lang, "answer_yes", answer="")), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "phew ok 😅 e i soldi quando arrivano? prima di partire o dopo?"),
    ("en", "And when does the money arrive, before I leave?"),
    ("nl", "Wanneer komt het geld, voor het vertrek?"),
])
async def test_when_the_grant_is_paid_is_not_in_the_call(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert NOT_SAID[lang] in reply and reply.index(NOT_SAID[lang]) < reply.index("erasmusplusmobility"), reply
    assert "erasmusplusmobility@itg.be" in reply


@pytest.mark.parametrize(("lang", "back"), [
    ("en", "So I am less likely to be selected?"),
    ("nl", "Dus ik word lager gerangschikt?"),
])
async def test_a_lower_ranking_asked_back_is_yes_without_the_list_again(monkeypatch, lang, back):
    slots = {**KAMPALA, "has_scholarship": True, "language": lang}
    ask = CHANCES[0][1] if lang == "en" else CHANCES[3][1]
    replies = await converse(monkeypatch, slots, [(CAN_I_GO[lang], "check_eligibility"), (ask, "inform"),
                                                  (back, "inform")], ITM_OPEN)
    assert "✗ " in replies[1], replies[1]
    assert replies[2].startswith(opening(lang, "priority_ranks_lower_above")) and "✗ " not in replies[2]
