"""Round 26 of simulated users: questions answered with the wrong block or not at all. "I can't find" said
before the check that answered (U7), why the mobility ends by 31 July and days without a grant (U8), an
office no call names and whether an agreement can still be signed in time (U10), an ended call asked how much
and whether another city was fine (U11), a sentence twice and a header alone (U5), a recap's authorisations
(U6), a Spanish university's name (U12), a student's check citing the staff page (U13)."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import render_topics, topics_of
from actions.flow import evaluate
from actions.language import foreign_language
from rules_core import source_label
from tests.actions.answered import CANT_FIND, no_cant_find
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, SIM_TODAY, hear
from tests.actions.test_round26_answers import AMSTERDAM, PARIS

# U7. The host named and asked about in one message: the check said for it answers, no fallback before it.
NGO = {
    "nl": "Nederland dus, Amsterdam. Het kantoor van AzG daar. Is een NGO eigenlijk ok als stageplaats?",
    "en": "The Netherlands then, Amsterdam, at the MSF office. Is an NGO ok as a traineeship host?",
    "fr": "Donc les Pays-Bas, Amsterdam, au bureau de MSF. Une ONG, c'est accepté comme lieu de stage ?",
    "it": "Quindi Paesi Bassi, Amsterdam, presso l'ufficio di MSF. Una ONG va bene come sede di tirocinio?",
}
FORM = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
        "asked": "destination"}


@pytest.mark.parametrize("lang", ["nl", "en", "fr", "it"])
async def test_a_check_that_answers_leaves_no_fallback(dispatcher, monkeypatch, lang):
    await hear(dispatcher, monkeypatch, NGO[lang], {**FORM, "language": lang}, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    no_cant_find(reply)
    check = next(line for line in reply.split("\n") if line.startswith("✓ ") and "(ngo" in line.lower()
                 or "(ong" in line.lower())
    assert check, reply


async def test_a_question_no_check_answers_keeps_its_fallback_first(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "Nederland dus, Amsterdam. Spreken ze daar Engels op kantoor?",
               {**FORM, "language": "nl"}, ITM_OPEN, "check_eligibility")
    replies = [str(m.get("text")) for m in dispatcher.messages]
    fallback = next(i for i, r in enumerate(replies) if any(w in r for w in CANT_FIND))
    question = next(i for i, r in enumerate(replies) if "Wanneer zou de mobiliteit beginnen?" in r)
    assert fallback < question, replies


# U8. Why everything must end by 31 July, and the last weeks without a grant: the rule, no reason invented;
# the call's silence on days without the grant, with whom to ask.
END_BY = {
    "nl": ("En waarom moet alles tegen 31 juli gedaan zijn eigenlijk? Kan ik dan de laatste twee weken "
           "gewoon zonder beurs doen?", "De oproep legt 31 juli 2026 vast als uiterste datum", "zegt ze niet",
           "zonder beurs"),
    "en": ("Why must everything be done by 31 July? Can I do the last two weeks without a grant?",
           "The call sets 31 July 2026 as the deadline for all mobility activities", "does not say why",
           "without the grant"),
    "fr": ("Pourquoi tout doit être fini le 31 juillet ? Puis-je faire les deux dernières semaines sans "
           "bourse ?",
           "L'appel fixe le 31 juillet 2026 comme date limite", "ne dit pas pourquoi", "sans la bourse"),
    "it": ("Perché deve finire tutto entro il 31 luglio? Posso fare le ultime due settimane senza borsa?",
           "Il bando fissa il 31 luglio 2026 come termine", "non dice perché", "senza la borsa"),
}


@pytest.mark.parametrize("lang", ["nl", "en", "fr", "it"])
async def test_why_the_end_date_and_days_without_a_grant(dispatcher, monkeypatch, lang):
    text, rule, no_reason, unfunded = END_BY[lang]
    slots = {**AMSTERDAM, "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(rule) and no_reason in reply and unfunded in reply, reply
    # the call's heading, in the reply language
    heading = source_label("itm-2024", "Type, venue and duration of the student mobility", lang)
    assert heading in reply and "erasmusplusmobility" in reply


async def test_why_the_date_to_apply_by_keeps_its_answer(dispatcher, monkeypatch):
    slots = await told_amsterdam(monkeypatch)
    await hear(dispatcher, monkeypatch, "Waarom precies 1 april?", slots, ITM_OPEN, "ask_why")
    assert texts(dispatcher).startswith("Omdat de oproep vraagt om minstens 2 maanden"), texts(dispatcher)


async def told_amsterdam(monkeypatch):
    slots = {**AMSTERDAM, "language": "nl"}
    got = await hear(CollectingDispatcher(), monkeypatch, "kom ik in aanmerking?", slots, ITM_OPEN,
                     "check_eligibility")
    return {**slots, **got}


# U10. An inter-institutional agreement: the call's own contact knows, never "the international office"; "can
# one still be signed before February?": the call says only before the mobility; ask its contact, early.
MONTREAL = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "CA",
            "destination_city": "Montreal", "receiving_org": "hei", "citizenship": ["FR"],
            "start_date": "2026-02-01", "end_date": "2026-04-30", "goal": "eligibility"}
IN_TIME = {
    "fr": ("Si aucun accord n'existe aujourd'hui, peut-on encore en signer un avant février ?",
           "L'appel dit seulement ceci : un accord interinstitutionnel", "demandez à"),
    "en": ("If there is no agreement today, can one still be signed before February?",
           "The call says only this: an inter-institutional agreement", "ask"),
    "nl": ("Als er vandaag geen overeenkomst is, kan er dan nog een getekend worden voor februari?",
           "De oproep zegt alleen dit:", "vraag het aan"),
    "it": ("Se oggi non c'è un accordo, si può ancora firmare prima di febbraio?",
           "Il bando dice solo questo: prima della mobilità", "chieda a"),
}
OFFICE = ("international office", "relations internationales", "internationale dienst",
          "relazioni internazionali")


@pytest.mark.parametrize("lang", ["fr", "en", "nl", "it"])
async def test_whether_an_agreement_can_still_be_signed_in_time(dispatcher, monkeypatch, lang):
    text, first, ask = IN_TIME[lang]
    await hear(dispatcher, monkeypatch, text, {**MONTREAL, "language": lang}, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    assert reply.startswith(first) and ask in reply and "erasmusplusmobility@itg.be" in reply, reply
    heading = source_label("itm-2024", "Receiving institutions", lang)  # the heading, in the reply language
    assert heading in reply and not any(o in reply for o in OFFICE), reply


async def test_whom_to_write_and_if_there_is_none_are_both_answered(dispatcher, monkeypatch):
    slots = await answered_in(monkeypatch, MONTREAL, "fr")
    text = "D'accord, mais concrètement à qui dois-je écrire pour poser la question ? Et s'il n'y a pas " \
           "d'accord, est-ce que ça peut encore se faire d'ici février ?"
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "check_eligibility")
    reply = texts(dispatcher)
    assert "La bonne personne pour vous : erasmusplusmobility@itg.be" in reply, reply
    # (round 41: "if there is none, can it still be done?" asks whether it can be arranged: no case is judged)
    assert "L'appel dit seulement ceci : un accord interinstitutionnel" in reply, reply
    assert "Dans ce cas, ce ne serait pas possible" not in reply, reply
    assert "demandez à votre coordinateur" in reply, reply
    assert not any(o in reply for o in OFFICE), reply


async def answered_in(monkeypatch, slots, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, "so can I go?", {**slots, "language": lang},
                     ITM_OPEN, "check_eligibility")
    return {**slots, "language": lang, **got}


# U11. An ended call: "it's closed? how much per month for Madrid?" gets both; "I know the dates are too
# late: would Lisbon have been ok, since I'm not Portuguese?" gets the destination checks, not "it's closed".
MADRID = {"call": "itm-2024", "role": "msc_student", "receiving_org": "hei", "destination": "ES",
          "destination_city": "Madrid", "goal": "eligibility", "language": "en"}


async def test_closed_and_how_much_are_both_answered(dispatcher, monkeypatch):
    text = "Oh ok, English is fine. So it's closed already? That's a pity. What would the grant have been " \
           "for Madrid, per month?"
    await hear(dispatcher, monkeypatch, text, MADRID, SIM_TODAY, "ask_grant")
    reply = texts(dispatcher)
    assert "call is closed" in reply and "Annex 2" in reply and "Annex 1" not in reply, reply
    assert "outgoing student mobility" in reply, reply  # the students' section too (U13)


async def test_closed_alone_is_the_status(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "So it's closed already?", MADRID, SIM_TODAY, "ask_deadline")
    assert texts(dispatcher).startswith("Yes: the ITM Antwerp"), texts(dispatcher)


async def test_a_city_apart_from_the_dates_gets_the_destination_checks(dispatcher, monkeypatch):
    slots = {**MADRID, "activity": "study", "destination": "PT", "destination_city": "Lisbon",
             "citizenship": ["ES"], "start_date": "2027-02-01", "end_date": "2027-06-30",
             "hypothetical": True, "closed_told": "itm-2024>as_if"}
    text = "I know the dates are too late, I mean: apart from the dates, would Lisbon have been ok for me, " \
           "since I'm not Portuguese?"
    await hear(dispatcher, monkeypatch, text, slots, SIM_TODAY, "check_eligibility")
    reply = texts(dispatcher)
    assert reply.startswith("Yes: Portugal is one of the EU member states"), reply
    assert "✓ Portugal is not a country of your citizenship" in reply and "call is closed" not in reply, reply


# U5. The condition and when to ask for it said once; a topic's header on the line above it; the "⏳ in 8
# days" line once in a conversation.
async def test_the_board_sentence_is_said_once(dispatcher, monkeypatch):
    text = "E per l'autorizzazione del Consiglio Scientifico, come funziona? Devo ottenerla prima della " \
           "scadenza del 18 gennaio?"
    slots = {**PARIS, "language": "it"}
    got = await hear(CollectingDispatcher(), monkeypatch, "sono idoneo?", slots, LUCCA_OPEN,
                     "check_eligibility")
    await hear(dispatcher, monkeypatch, text, {**slots, **got}, LUCCA_OPEN, "ask_deadline")
    reply = texts(dispatcher)
    assert reply.count("deve autorizzarlo il Consiglio Scientifico") == 1, reply
    assert "Il bando non dice quando" in reply, reply


def test_a_topic_header_is_not_a_paragraph_of_its_own():
    text = render_topics("imt-lucca-2015", topics_of("imt-lucca-2015", ("application_deadline",)), "it")
    assert text.startswith("Per il bando IMT Lucca (Erasmus+ 2015/2016):\nLa scadenza"), text


async def test_in_how_many_days_is_said_once(monkeypatch):
    replies = await converse(monkeypatch, {**PARIS, "language": "it"}, [
        ("Quindi sono idoneo?", "check_eligibility"),
        ("Quindi devo fare domanda adesso? Non posso candidarmi dopo il 15 marzo?", "ask_deadline"),
    ], LUCCA_OPEN)
    assert "⏳ Cioè tra 8 giorni" in replies[0], replies
    assert "18 gennaio 2016" in replies[1] and "⏳" not in replies[1], replies


# U6. A recap's authorisations are checked too: ✓ with the condition, ✗ for one the plan does not have.
RECAP = "Quindi riassumendo: domanda entro il 18 gennaio, autorizzazione del relatore e del Consiglio " \
        "Scientifico, circa 1.920 euro. Corretto?"


@pytest.mark.parametrize(("end", "board"), [
    ("2016-08-31", "✓ Il Suo periodo di 120 giorni supera i 3 mesi, quindi deve autorizzarlo il Consiglio"),
    ("2016-06-30", "✗ L'autorizzazione del Consiglio Scientifico non è una condizione del Suo progetto."),
])
async def test_every_item_of_a_recap_is_checked(dispatcher, monkeypatch, end, board):
    slots = {**PARIS, "end_date": end, "language": "it"}
    got = await hear(CollectingDispatcher(), monkeypatch, "sono idoneo?", slots, LUCCA_OPEN,
                     "check_eligibility")
    await hear(dispatcher, monkeypatch, RECAP, {**slots, **got}, LUCCA_OPEN, "out_of_scope")
    reply = texts(dispatcher)
    assert "✓ Il Suo supervisore (relatore) deve autorizzare il periodo all'estero." in reply, reply
    assert board in reply and "18 gennaio 2016" in reply, reply


# U12. Names of places and universities in another language are no change of language.
def test_a_spanish_name_is_no_spanish():
    assert not foreign_language("destination: Madrid, Universidad Complutense, not Lisbon")
    assert not foreign_language("I want to go to the Universidad Autónoma de Madrid in Spain")
    assert foreign_language("Hola! Soy estudiante de máster y quería saber si puedo pedir una beca Erasmus+")


async def test_the_languages_notice_does_not_come_for_a_name(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "destination: Madrid, Universidad Complutense, not Lisbon", MADRID,
               SIM_TODAY)
    assert "I speak English, français" not in texts(dispatcher), texts(dispatcher)


# U13. The deadline check of a student cites the students' section; a staff member's, the staff section.
@pytest.mark.parametrize(("role", "activity", "section", "other"), [
    ("msc_student", "study", "Type, venue and duration of the student mobility", "outgoing staff mobility"),
    ("staff", "staff_training", "Opportunités Erasmus+ pour la mobilité sortante du personnel",
     "student mobility"),
])
async def test_the_deadline_check_cites_the_persons_section(monkeypatch, role, activity, section, other):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    from actions.turn import Turn
    from tests.actions.conftest import make_tracker

    slots = {**AMSTERDAM, "role": role, "activity": activity, "receiving_org": "hei", "language": "en"}
    decision = evaluate(Turn(make_tracker(slots=slots), CollectingDispatcher(), "en"))
    check = next(p for p in decision["passed"] if p["kind"] == "application_deadline")
    assert check["source"] == section or check["source"].startswith(section), check
    assert other not in check["source"], check
