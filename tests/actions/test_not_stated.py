"""Round 12 of simulated users: facts set from words that were no statement about the person (a country
adjective in an institute's name, the assistant quoted back, a group of other people, a question about a word,
a question left open, a supervisor's "accord" read as an agreement between institutions, an alternative in a
question), each a wrong "not eligible" or a dropped condition; and the statements that do count ("je suis
toujours doctorante", "en tant que doctorante", "je ne suis pas membre du personnel").

Each test plays the slots a conversation had reached and the message with the entities the NLU gave then (the
extractor no longer finds a nationality in "the Swiss TPH": tests/nlu/test_names.py)."""
from __future__ import annotations

from typing import Any

import pytest

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond


@pytest.fixture(autouse=True)
def itm_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


# The French doctoral student of the reports: two weeks at the Swiss TPH in Basel, French nationality.
BASEL = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "goal": "eligibility",
         "itm_staff_member": False, "destination": "CH", "destination_city": "Basel", "citizenship": ["FR"],
         "start_date": "2026-02-02", "end_date": "2026-02-13", "receiving_org": "research_institute"}
HEIDELBERG = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
              "goal": "eligibility", "destination": "DE", "destination_city": "Heidelberg",
              "citizenship": ["KE"], "start_date": "2026-03-09", "end_date": "2026-03-15",
              "receiving_org": "hei"}


def citizen(text: str, code: str, words: str) -> dict[str, Any]:
    return {**said(text, "country", code, words), "role": "citizenship"}


def orgs(text: str, *pairs: tuple[str, str]) -> list[dict[str, Any]]:
    """receiving_org entities for (value, words) pairs, each at its own mention (said again: the next one)."""
    out, at = [], 0
    for value, words in pairs:
        start = text.index(words, at)
        out.append({"entity": "receiving_org", "value": value, "start": start, "end": start + len(words)})
        at = start + 1
    return out


# 1. A country adjective in an organisation's name is no nationality.
@pytest.mark.parametrize(("lang", "text", "institute", "university"), [
    ("fr", "Le Swiss TPH est un institut de recherche, pas une université.", "institut de recherche",
     "université"),
    ("en", "The Swiss TPH is a research institute, not a university.", "research institute", "university"),
])
async def test_a_country_adjective_in_a_name_is_no_nationality(dispatcher, lang, text, institute, university):
    ents = [citizen(text, "CH", "Swiss"),
            *orgs(text, ("research_institute", institute), ("hei", university))]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={**BASEL, "language": lang, "receiving_org": None})
    reply = texts(dispatcher)
    assert "citizenship" not in got, (got, reply)
    assert got.get("receiving_org") == "research_institute"
    assert "→ Suisse" not in reply and "→ Switzerland" not in reply, reply
    assert "pas éligible" not in reply and "not eligible" not in reply, reply


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "ah non pardon, je suis suisse", "suisse"),
    ("en", "sorry, I'm Swiss in fact", "Swiss"),
    ("nl", "ik ben Zwitserse, niet Française", "Zwitserse"),
])
async def test_a_nationality_said_of_oneself_still_replaces_the_one_given(dispatcher, lang, text, words):
    got = await respond(dispatcher, text=text, entities=[citizen(text, "CH", words)],
                        slots={**BASEL, "language": lang})
    assert got.get("citizenship") == ["CH"], got


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "my supervisor is Swiss, does that matter?", "Swiss"),
    ("fr", "mon directeur de thèse est suisse", "suisse"),
])
async def test_someone_elses_nationality_is_not_the_persons(dispatcher, lang, text, words):
    got = await respond(dispatcher, text=text, entities=[citizen(text, "CH", words)],
                        slots={**BASEL, "language": lang, "citizenship": None})
    assert "citizenship" not in got, got


# 2. Words quoted back from the assistant, or said of other people, set nothing; "en tant que doctorante" is
# the person's own role.
@pytest.mark.parametrize(("lang", "text", "master", "phd"), [
    ("fr", "Vous avez écrit que la priorité va aux étudiants de master autofinancés. En tant que doctorante, "
           "est-ce que j'ai quand même une chance ?", "master", "doctorante"),
    ("en", "You wrote that priority goes to self-funded MSc students. As a PhD student, do I still have a "
           "chance?", "MSc students", "PhD student"),
])
async def test_the_assistant_quoted_back_sets_nothing(dispatcher, lang, text, master, phd):
    ents = [said(text, "role", "msc_student", master), said(text, "role", "phd_student", phd)]
    got = await respond(dispatcher, text=text, entities=ents, slots={**BASEL, "language": lang})
    reply = texts(dispatcher)
    assert got.get("role", "phd_student") == "phd_student", (got, reply)
    assert "has_scholarship" not in got, (got, reply)
    assert "→" not in reply, reply


@pytest.mark.parametrize(("lang", "text", "phd"), [
    ("fr", "En tant que doctorante, est-ce que j'ai quand même une chance ?", "doctorante"),
    ("en", "As a PhD student, do I still have a chance?", "PhD student"),
])
async def test_as_a_phd_student_in_a_question_is_the_persons_role(dispatcher, lang, text, phd):
    # The role read wrongly from a quote before: said of the person, it is theirs again.
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "phd_student", phd)],
                        slots={**BASEL, "language": lang, "role": "msc_student"})
    assert got.get("role") == "phd_student", got


async def test_a_group_the_person_is_not_in_is_not_their_role(dispatcher):
    text = "do the master students get priority over me?"
    ents = [said(text, "role", "msc_student", "master students")]
    got = await respond(dispatcher, text=text, entities=ents, slots={**BASEL, "language": "en"})
    assert "role" not in got, got


# 3. "Je suis toujours doctorante" is a statement of role, whatever else the message names.
@pytest.mark.parametrize(("lang", "text", "phd", "master"), [
    ("fr", "Mais non ! Je suis toujours doctorante, je n'ai jamais dit que j'étais en master. Je citais "
           "votre phrase.", "doctorante", "master"),
    ("en", "No! I'm still a PhD student, I never said I was a master's student. I was quoting you.",
     "PhD student", "master's student"),
    ("nl", "Nee! Ik ben nog steeds doctoraatsstudent, ik heb nooit gezegd dat ik een masterstudent was.",
     "doctoraatsstudent", "masterstudent"),
    ("it", "No! Sono ancora dottoranda, non ho mai detto di essere una studentessa di master.", "dottoranda",
     "studentessa di master"),
])
async def test_still_a_phd_student_is_a_statement_of_role(dispatcher, lang, text, phd, master):
    ents = [said(text, "role", "phd_student", phd), said(text, "role", "msc_student", master)]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={**BASEL, "language": lang, "role": "msc_student"})
    assert got.get("role") == "phd_student", (got, texts(dispatcher))


async def test_a_role_inside_a_question_left_open_is_no_change(dispatcher):
    text = ("I was just asking whether you have to have your degree already when you apply, or can you apply "
            "while still a PhD student")
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "phd_student", "PhD student")],
                        slots={**BASEL, "language": "en", "role": "recent_graduate"})
    assert "role" not in got, got


# 4. A question about a term never sets a fact.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What does self-funded mean?"),
    ("en", "ok thanks. It says only 2 grants and priority to self-funded MSc students. What does self-funded "
           "mean?"),
    ("fr", "Que veut dire autofinancé ?"),
    ("nl", "Wat betekent zelfgefinancierd?"),
    ("it", "Cosa significa autofinanziato?"),
])
async def test_a_question_about_self_funded_sets_no_scholarship(dispatcher, lang, text):
    got = await respond(dispatcher, text=text, slots={**BASEL, "language": lang, "role": "msc_student",
                                                      "activity": "traineeship"})
    assert "has_scholarship" not in got, (got, texts(dispatcher))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok, so the priority is for self-funded students, got it"),
    ("fr", "d'accord, donc la priorité va aux étudiants autofinancés"),
    ("en", "wait, I didn't say anything about a scholarship. I just asked what self-funded means"),
])
async def test_self_funded_said_of_others_or_as_a_word_sets_nothing(dispatcher, lang, text):
    got = await respond(dispatcher, text=text, slots={**BASEL, "language": lang})
    assert "has_scholarship" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm self-funded, does that help?"),
    ("fr", "je suis autofinancée"),
])
async def test_self_funded_said_of_oneself_is_no_other_scholarship(dispatcher, lang, text):
    got = await respond(dispatcher, text=text, slots={**BASEL, "language": lang})
    assert got.get("has_scholarship") is False, got


# 5. "whether X has", "si ... a", "of ... heeft", "se ... ha": an open question, never a yes.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok so I should ask the international office whether Heidelberg has that charter"),
    ("en", "if it has the charter, am I fine?"),
    ("fr", "ok donc je dois demander au bureau international si Heidelberg a cette charte"),
    ("nl", "ok dus ik moet aan het internationaal bureau vragen of Heidelberg dat handvest heeft"),
    ("it", "ok quindi devo chiedere all'ufficio internazionale se Heidelberg ha quella carta"),
])
async def test_whether_the_host_has_the_charter_is_left_open(dispatcher, lang, text):
    ents = [said(text, "city", "Heidelberg", "Heidelberg")] if "Heidelberg" in text else []
    got = await respond(dispatcher, text=text, entities=ents, slots={**HEIDELBERG, "language": lang})
    assert "receiving_org_has_eche" not in got, (got, texts(dispatcher))
    assert "ECHE" in texts(dispatcher)  # still a condition of the answer


@pytest.mark.parametrize("text", ["ok, I'll ask the office whether they have it",
                                  "ok, ik vraag na of ze het hebben"])
async def test_asking_someone_whether_answers_the_pending_question_as_not_known(dispatcher, text):
    got = await respond(dispatcher, text=text,
                        slots={**HEIDELBERG, "language": "en", "asked": "receiving_org_has_eche"})
    assert "receiving_org_has_eche" not in got and "receiving_org_has_eche" in got.get("skipped", []), got


async def test_the_host_holding_the_charter_still_counts(dispatcher):
    got = await respond(dispatcher, text="Heidelberg has the ECHE, I checked",
                        slots={**HEIDELBERG, "language": "en"})
    assert got.get("receiving_org_has_eche") is True, got


# 6. The supervisor's "accord" is the supervisor's authorisation, answered from the call.
@pytest.mark.parametrize(("lang", "text", "says"), [
    ("fr", "Est-ce que je dois demander l'accord de mon promoteur avant de postuler ?", "superviseur"),
    ("fr", "est-ce que mon directeur de thèse doit donner son feu vert ?", "superviseur"),
    ("fr", "Je ne parlais pas d'un accord entre institutions, je voulais dire : est-ce que mon directeur de "
           "thèse doit donner son feu vert ?", "superviseur"),
    ("en", "Do I need my supervisor's approval before applying?", "supervisor"),
    ("en", "do I need the agreement of my supervisor?", "supervisor"),
    ("nl", "Moet ik toestemming van mijn promotor vragen voor ik me kandidaat stel?", "promotor"),
    ("it", "Serve il permesso del mio supervisor prima di candidarmi?", "supervisore"),
])
async def test_the_supervisors_consent_is_answered_from_the_itm_call(dispatcher, lang, text, says):
    got = await respond(dispatcher, text=text, slots={**BASEL, "language": lang})
    reply = texts(dispatcher)
    first = reply.splitlines()[0]
    # ITM's call makes no condition of it and sends students to their coordinator or supervisor.
    assert says in first and not first.startswith(("Non", "No", "Nee")), reply
    assert "interinstitution" not in first and "interistituzional" not in first, reply
    assert "interinstitutional_agreement" not in got and "supervisor_authorised" not in got, got


async def test_lucca_phd_students_need_their_supervisors_consent(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    text = "Est-ce que je dois demander l'accord de mon promoteur ?"
    await respond(dispatcher, text=text, slots={
        "call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "goal": "eligibility",
        "destination": "AT", "destination_city": "Vienna", "receiving_org": "hei", "citizenship": ["IT"],
        "start_date": "2016-03-01", "end_date": "2016-04-30", "prior_erasmus_months": 0, "language": "fr"})
    first = texts(dispatcher).splitlines()[0]
    assert first.startswith("Oui") and "directeur" in first, texts(dispatcher)


async def test_itm_staff_asking_about_a_supervisor_get_the_contacts_not_a_no(dispatcher):
    text = "Do I need my supervisor's approval?"
    await respond(dispatcher, text=text, slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "destination": "FR", "destination_city": "Lyon", "citizenship": ["BE"], "receiving_org": "hei",
        "receiving_org_has_eche": True, "start_date": "2026-01-19", "end_date": "2026-01-22",
        "language": "en"})
    reply = texts(dispatcher)
    assert not reply.startswith("No") and "does not mention" in reply and "cmorantin@itg.be" in reply, reply


@pytest.mark.parametrize("text", ["mon promoteur a donné son accord", "my supervisor gave his agreement"])
async def test_a_supervisors_accord_is_their_authorisation_not_an_agreement(dispatcher, text):
    got = await respond(dispatcher, text=text, slots={**BASEL, "language": "en"})
    assert got.get("supervisor_authorised") is True and "interinstitutional_agreement" not in got, got


# 7. In an either/or question the alternative is not the host type; the one stated is.
@pytest.mark.parametrize(("lang", "text", "pairs"), [
    ("nl", "Telt een onderzoeksinstituut ook, of moet het een universiteit zijn? Het is het CIRI in Lyon, "
           "een onderzoeksinstituut", (("research_institute", "onderzoeksinstituut"), ("hei", "universiteit"),
                                   ("research_institute", "onderzoeksinstituut"))),
    ("nl", "Trouwens, het is bij een onderzoeksinstituut, het CIRI in Lyon. Telt een onderzoeksinstituut "
           "ook, of moet het een universiteit zijn?", (("research_institute", "onderzoeksinstituut"),
                                               ("research_institute", "onderzoeksinstituut"),
                                               ("hei", "universiteit"))),
    ("en", "Does a research institute count, or does it have to be a university? It's CIRI in Lyon, a "
           "research institute", (("research_institute", "research institute"), ("hei", "university"),
                         ("research_institute", "research institute"))),
])
async def test_an_either_or_question_keeps_the_host_type_stated(dispatcher, lang, text, pairs):
    got = await respond(dispatcher, text=text, entities=orgs(text, *pairs), slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "destination": "FR", "destination_city": "Lyon", "language": lang})
    assert got.get("receiving_org") == "research_institute", (got, texts(dispatcher))


@pytest.mark.parametrize(("lang", "text", "pairs"), [
    ("nl", "Wacht, het is geen universiteit hè, het is een onderzoeksinstituut",
     (("hei", "universiteit"), ("research_institute", "onderzoeksinstituut"))),
    ("fr", "ce n'est pas une université, c'est un institut de recherche",
     (("hei", "université"), ("research_institute", "institut de recherche"))),
    ("en", "it's not a university, it's a research institute",
     (("hei", "university"), ("research_institute", "research institute"))),
    ("it", "non è un'università, è un istituto di ricerca",
     (("hei", "università"), ("research_institute", "istituto di ricerca"))),
])
async def test_the_host_type_negated_is_not_taken(dispatcher, lang, text, pairs):
    got = await respond(dispatcher, text=text, entities=orgs(text, *pairs), slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "destination": "FR", "destination_city": "Lyon", "receiving_org": "hei", "language": lang})
    assert got.get("receiving_org") == "research_institute", (got, texts(dispatcher))


# 8. Saying one is not on the staff sets the ITM staff status to no, in every language.
@pytest.mark.parametrize(("lang", "text", "staff"), [
    ("fr", "Je ne suis pas membre du personnel de l'ITM", None),
    ("en", "I am not a member of the ITM staff", "staff"),
    ("en", "I'm not an ITM staff member", "staff"),
    ("nl", "Ik ben geen personeelslid van het ITG", None),
    ("it", "Non sono membro del personale dell'ITM", "personale"),
])
@pytest.mark.parametrize("role", ["phd_student", None])
async def test_not_a_member_of_the_staff_is_no_staff_status(dispatcher, lang, text, staff, role):
    ents = [said(text, "role", "staff", staff)] if staff else []
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={"call": "itm-2024", "role": role, "goal": "eligibility", "language": lang})
    assert got.get("itm_staff_member") is False and got.get("role") is None, got
