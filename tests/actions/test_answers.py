"""Answers to what people ask on the way (simulated-user findings, round 10, section B): each test plays the
slots a conversation has reached and one message, then checks the events and the reply."""
from __future__ import annotations

import re
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionRespond
from tests.actions.conftest import DOMAIN, make_tracker, said, slot_events, texts


async def respond(dispatcher: Any, **kwargs: Any) -> dict[str, Any]:
    events = await ActionRespond().run(dispatcher, make_tracker(**kwargs), DOMAIN)
    return slot_events(events)


async def answered(slots: dict[str, Any]) -> dict[str, Any]:
    """The slots once the person has had their answer ("so am I eligible?")."""
    got = await respond(CollectingDispatcher(), text="so am I eligible?", intent="check_eligibility",
                        slots=slots)
    return {**slots, "last_decision": got["last_decision"]}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open; Lucca long closed


def closed_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")


# Dates inside the ended call's period: dates after it get no as-if checks (test_round13.py).
PHD_BERLIN = {"call": "itm-2024", "role": "phd_student", "destination": "DE", "destination_city": "Berlin",
              "start_date": "2026-02-01"}


# B2: a closed call says so and offers what would have applied; the checks of the facts given come once,
# with the first closed notice (no form questions, no verdict), never again unless asked.
async def test_a_closed_call_offers_the_old_rules_and_checks_the_facts_once(dispatcher, monkeypatch):
    closed_itm(monkeypatch)
    text = "I'm a PhD student and I'd like to go to Berlin in February 2026. Can I get Erasmus+ for that?"
    ents = [said(text, "role", "phd_student", "PhD student"), said(text, "city", "Berlin", "Berlin"),
            said(text, "start_date", "2026-02-01", "February 2026")]
    got = await respond(dispatcher, text=text, intent="check_eligibility", slots={"call": "itm-2024"},
                        entities=ents)
    reply = texts(dispatcher)
    assert "closed" in reply and "what would have applied to you" in reply
    assert reply.count("Had you applied in time, this looked possible") == 1 and got.get("asked") is None
    assert "✓ As a PhD student, you could have applied to this call." in reply and "eligible" not in reply
    again = CollectingDispatcher()
    text = "it would be about 3 weeks, short doctoral visit"
    await respond(again, text=text, intent="inform", entities=[said(text, "duration", "P21D", "3 weeks")],
                  slots={**PHD_BERLIN, "goal": "eligibility", "closed_told": "itm-2024"})
    assert "applied in time" not in texts(again) and "✓" not in texts(again), texts(again)


async def test_a_closed_call_gives_no_date_to_apply_by(dispatcher, monkeypatch):
    closed_itm(monkeypatch)
    text = "my supervisor says 1 to 21 March 2026 instead. when do I have to apply?"
    ents = [said(text, "start_date", "2026-03-01", "1 to"),
            said(text, "end_date", "2026-03-21", "21 March 2026")]
    await respond(dispatcher, text=text, intent="ask_deadline", entities=ents, slots={
        **PHD_BERLIN, "goal": "deadline", "closed_told": "itm-2024", "end_date": "2026-02-21"})
    reply = texts(dispatcher)
    assert "closed" in reply and "Apply by" not in reply and "applied in time" not in reply


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "oh. so there's nothing open right now? it would be about 3 weeks", "No: "),
    ("fr", "donc il n'y a rien d'ouvert en ce moment ?", "Non : "),
    ("nl", "dus er is nu niets meer open?", "Nee: "),
    ("it", "quindi non c'è niente di aperto adesso?", "No: "),
    ("en", "is it too late then?", "Yes: "),
])
async def test_is_anything_open_about_a_closed_call_gets_yes_or_no_first(dispatcher, monkeypatch, lang, text,
                                                                         first):
    closed_itm(monkeypatch)
    await respond(dispatcher, text=text, intent="inform", slots={
        **PHD_BERLIN, "language": lang, "goal": "eligibility", "closed_told": "itm-2024"})
    closed = [m["text"] for m in dispatcher.messages if "2026" in (m.get("text") or "")]
    assert closed and closed[0].startswith(first), texts(dispatcher)


async def test_what_would_have_applied_is_said_when_asked(dispatcher, monkeypatch):
    closed_itm(monkeypatch)
    await respond(dispatcher, text='/inform{"hypothetical":true}', entities=[
        {"entity": "hypothetical", "value": True}], slots={**PHD_BERLIN, "activity": "short_term_doctoral",
                                                          "end_date": "2026-02-21", "citizenship": ["SD"],
                                                          "receiving_org": "hei", "itm_staff_member": False})
    reply = texts(dispatcher)
    assert "Had you applied in time" in reply and "Apply by" not in reply


GENEVA = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "CH",
          "destination_city": "Geneva", "citizenship": ["KE"], "start_date": "2026-02-16",
          "end_date": "2026-02-25", "receiving_org": "hei", "itm_staff_member": False, "goal": "eligibility"}


# B3: whether an agreement exists is not known here; who knows (the call's own contacts, round 26: no
# "international office" the call never names); it is a condition of the answer.
@pytest.mark.parametrize(("lang", "text", "office"), [
    ("en", "is there an agreement with geneva already? no idea", "international office"),
    ("fr", "est-ce qu'il y a déjà un accord avec Genève ?", "relations internationales"),
    ("nl", "is er al een overeenkomst met Genève?", "internationale dienst"),
    ("it", "c'è già un accordo con Ginevra?", "ufficio relazioni internazionali"),
])
async def test_whether_an_agreement_exists_is_not_known_here(dispatcher, lang, text, office):
    got = await respond(dispatcher, text=text, slots={**GENEVA, "language": lang})
    reply = texts(dispatcher)
    assert "erasmusplusmobility@itg.be" in reply and office not in reply
    assert reply.split(";")[0] in {"I can't know that from here", "Je ne peux pas le savoir d'ici ",
                                   "Dat kan ik van hieruit niet weten", "Non posso saperlo da qui"}
    assert got.get("interinstitutional_agreement") is None


async def test_whether_an_agreement_is_needed_is_still_a_yes(dispatcher):
    await respond(dispatcher, text="do I need an agreement with the host?", slots=GENEVA)
    assert texts(dispatcher).startswith("Yes: An inter-institutional agreement")


# B1: a follow-up about the grant gets the person's own estimate: what is sure, where it comes from, who
# confirms.
@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "so 790 eur for sure?", "Not for sure: "),
    ("en", "ok but the 790. is that fixed?", "Not for sure: "),
    ("fr", "et les 790 € c'est sûr ou c'est au pif ?", "Pas de façon sûre : "),
    ("fr", "j'aurai combien au total, et est-ce que le voyage est remboursé ?", "Pas de façon sûre : "),
    ("nl", "is die 790 euro zeker?", "Niet zeker: "),
    ("it", "i 790 euro sono sicuri?", "Non con certezza: "),
])
async def test_is_my_grant_sure_gets_my_own_estimate(dispatcher, lang, text, first):
    await respond(dispatcher, text=text, slots=await answered({**GENEVA, "language": lang}))
    reply = texts(dispatcher)
    assert "✅" not in reply  # the answer itself is not said again
    assert reply.startswith(first) and "erasmusplusmobility@itg.be" in reply  # who confirms
    assert "790" in reply and "79 EUR" in reply  # the estimate and its daily rate
    assert "Annex 2" in reply or "annexe 2" in reply or "bijlage 2" in reply or "allegato 2" in reply


STAFF_AMSTERDAM = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "NL",
                   "destination_city": "Amsterdam", "citizenship": ["BE"], "start_date": "2026-02-02",
                   "end_date": "2026-02-06", "receiving_org": "hei", "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text", "trip", "rest"), [
    ("nl", "die 211 euro, is dat heen en terug samen of per rit? en krijg ik ook iets per dag voor verblijf?",
     "heen en terug", "bijlage 1"),
    ("en", "the 211 euro, is that per trip or both ways? and do I get something per day?", "there and back",
     "Annex 1"),
    ("fr", "les 211 €, c'est par trajet ou aller-retour ?", "aller-retour", "annexe 1"),
    ("it", "i 211 euro sono solo andata o andata e ritorno?", "andata e ritorno", "allegato 1"),
])
async def test_the_travel_amount_is_for_the_return_trip_and_the_daily_part_is_not_known(
        dispatcher, lang, text, trip, rest):
    await respond(dispatcher, text=text, slots=await answered({**STAFF_AMSTERDAM, "language": lang}))
    reply = texts(dispatcher)
    assert "✅" not in reply
    assert "211" in reply and trip in reply and rest in reply and "cmorantin@itg.be" in reply


LUCCA_BMW = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "DE",
             "citizenship": ["IT"], "start_date": "2016-04-01", "end_date": "2016-07-31",
             "receiving_org": "enterprise", "prior_erasmus_months": 0.0, "supervisor_authorised": True,
             "board_authorised": True, "goal": "eligibility"}


async def test_a_traineeship_top_up_question_gets_the_traineeship_rate_and_what_the_figures_say(dispatcher,
                                                                                            monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    text = "quindi i 430 al mese sono già con la maggiorazione per il tirocinio o c'è un top-up a parte?"
    await respond(dispatcher, text=text, slots=await answered({**LUCCA_BMW, "language": "it"}))
    reply = texts(dispatcher)
    assert reply.startswith("Non con certezza: ") and "430 EUR al mese" in reply and "tirocinio" in reply
    assert "un'integrazione che non vi compare non ne fa parte" in reply and "erasmus@imtlucca.it" in reply


async def test_a_date_change_naming_days_is_not_a_grant_question(dispatcher):
    text = "what if it were 10 days in March?"
    await respond(dispatcher, text=text, slots=await answered(GENEVA))
    assert "Not for sure" not in texts(dispatcher)


LISBOA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "short_term_blended",
          "destination": "PT", "destination_city": "Lisbon", "asked": "citizenship"}


# B5: a side question in the middle of the questions is answered, then the pending question comes again.
@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("fr", "au fait est-ce que c'est grave si j'ai pas d'autre bourse ?", "réduit votre priorité"),
    ("en", "by the way, is it a problem if I have no other scholarship?", "lowers your priority"),
    ("nl", "trouwens, is het erg als ik geen andere beurs heb?", "verlaagt uw voorrang"),
    ("it", "a proposito, è un problema se non ho un'altra borsa di studio?", "priorità"),
])
async def test_a_scholarship_side_question_in_the_flow_gets_its_topic(dispatcher, lang, text, answer):
    got = await respond(dispatcher, text=text, slots={**LISBOA, "language": lang})
    reply = texts(dispatcher)
    assert answer in reply, reply
    assert got.get("asked", "citizenship") and "?" in dispatcher.messages[-1]["text"]  # the questions go on


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("nl", "kan ik daar nog een Erasmus+ beurs voor krijgen? kom ik in aanmerking?", "verlaagt uw voorrang"),
    ("it", "quindi posso candidarmi per la borsa?", "riduce la Sua priorità"),
])
async def test_asking_for_the_grant_itself_is_no_scholarship_side_question(dispatcher, lang, text, topic):
    # "beurs"/"borsa" is the Erasmus+ grant here: the hand-written dialogues expect the verdict, not the
    # compatibility topic (a regression of the side-question answer above, caught by them).
    await respond(dispatcher, text=text, slots={**LISBOA, "language": lang})
    assert topic not in texts(dispatcher), texts(dispatcher)


# B6: the mobility-type buttons are the activities the call's rules allow this role.
@pytest.mark.parametrize(("slots", "wanted", "absent"), [
    ({"call": "itm-2024", "role": "msc_student"}, {"study", "traineeship", "short_term_blended"},
     {"short_term_doctoral", "staff_training"}),
    ({"call": "itm-2024", "role": "phd_student"}, {"study", "traineeship", "short_term_doctoral"},
     {"short_term_blended"}),
    ({"call": "itm-2024", "role": "staff"}, {"staff_training"}, {"teaching", "study"}),
    ({"call": "imt-lucca-2015", "role": "phd_student"}, {"study", "traineeship"}, {"short_term_doctoral"}),
])
@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_activity_buttons_follow_the_calls_rules_for_the_role(
        dispatcher, monkeypatch, slots, wanted, absent, lang):
    if slots["call"] == "imt-lucca-2015":
        monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    got = await respond(dispatcher, text="hello, I'd like to go abroad", intent="check_eligibility",
                        slots={**slots, "language": lang})
    assert got["asked"] == "activity"
    payloads = {b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []}
    offered = {p.split('"activity":"')[1].split('"')[0] for p in payloads if '"activity"' in p}
    assert wanted <= offered and not offered & absent


# B8: "whom do I write to?" gets the contacts at once, each with its role, never "I can't find the answer".
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "ok. dernière chose, j'écris à qui exactement pour postuler ?"),
    ("en", "last thing, who do I write to to apply?"),
    ("nl", "laatste vraag: naar wie mail ik mijn aanvraag?"),
    ("it", "ultima cosa, a chi scrivo per candidarmi?"),
])
async def test_whom_to_write_to_gets_the_contacts_without_cant_find(dispatcher, lang, text):
    slots = await answered({**GENEVA, "language": lang})
    await respond(dispatcher, text=text, intent="nlu_fallback", slots=slots)
    reply = texts(dispatcher)
    first = dispatcher.messages[0]["text"]
    assert "erasmusplusmobility@itg.be" in first and "✅" not in reply
    assert ":  (" not in first and ": (" not in first  # a contact without an address is named by its role
    assert not any(s in reply for s in ("can't find", "ne trouve pas", "vind het antwoord", "Non trovo"))


async def test_staff_asking_charlotte_or_the_address_gets_both_roles(dispatcher):
    text = "ok bedankt. dus ik mail naar wie precies, Charlotte of dat erasmusplus adres?"
    slots = await answered({**STAFF_AMSTERDAM, "language": "nl"})
    await respond(dispatcher, text=text, intent="ask_contact", slots=slots)
    first = dispatcher.messages[0]["text"]
    assert "cmorantin@itg.be" in first and "om de mogelijkheden te bespreken" in first
    assert "erasmusplusmobility@itg.be" in first and "aanvragen en vragen" in first


# B9: every check says what it checked for this person: the activity, the origin taken from the nationality,
# the day of applying said as today.
@pytest.mark.parametrize(("lang", "host", "origin", "today"), [
    ("en", "may host this short-term doctoral mobility", "taken to be your country of nationality",
     "as of today, 1 October 2025"),
    ("fr", "pour ce type de mobilité (mobilité doctorale de courte durée)", "pays de nationalité",
     "aujourd'hui, le 1er octobre 2025"),
    ("nl", "voor dit type mobiliteit (korte doctorale mobiliteit)", "land van nationaliteit",
     "vandaag, 1 oktober 2025"),
    ("it", "per questo tipo di mobilità (mobilità dottorale breve)", "paese di cittadinanza",
     "oggi, 1 ottobre 2025"),
])
async def test_all_checks_name_the_activity_the_origin_and_today(dispatcher, lang, host, origin, today):
    await respond(dispatcher, text="/show_checks", intent="show_checks", slots={**GENEVA, "language": lang})
    reply = texts(dispatcher)
    assert host in reply and origin in reply and today in reply
    assert not any(w in reply for w in ("traineeship)", "may host a traineeship", "pour un stage",
                                        "voor een stage", "per un tirocinio", "No country of origin given"))


# B4: a French speaker who says "tu" is answered with "tu", in every part of the reply.
VOUS_RX = re.compile(r"\b(vous|votre|vos)\b|\b\w+ez\b", re.I)


@pytest.mark.parametrize(("text", "intent", "earlier"), [
    ("salut, rappelle-moi la date limite pour envoyer ma candidature ?", "ask_deadline", []),
    ("t'as pas répondu : c'est grave si j'ai pas d'autre bourse ?", "faq_scholarship_compatibility", []),
    ("et pour l'accord ?", "inform", ["salut ! tu peux m'aider ?"]),
    ("/show_checks", "show_checks", ["t'es un bot ?"]),
])
async def test_a_french_speaker_saying_tu_gets_tu(dispatcher, text, intent, earlier):
    events = [{"event": "user", "text": e} for e in earlier]
    await respond(dispatcher, text=text, intent=intent, events=events, slots={**GENEVA, "language": "fr"})
    reply = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert reply and not VOUS_RX.search(reply), VOUS_RX.search(reply)
    assert re.search(r"\b(tu|ton|ta|tes|te|toi)\b|\bt'", reply), reply


async def test_a_french_speaker_saying_vous_keeps_vous(dispatcher):
    await respond(dispatcher, text="pouvez-vous me rappeler la date limite ?", intent="ask_deadline",
                  events=[{"event": "user", "text": "salut"}], slots={**GENEVA, "language": "fr"})
    reply = texts(dispatcher)
    assert re.search(r"\b(vous|votre)\b|Postulez", reply) and not re.search(r"\b(tu|ton|ta)\b", reply)


def _french(node: Any, under_fr: bool = False) -> list[str]:
    if isinstance(node, str):
        return [node] if under_fr else []
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _french(v, under_fr or k == "fr")]
    if isinstance(node, list):
        return [s for v in node for s in _french(v, under_fr)]
    return []


def test_every_french_text_has_a_tu_form():
    """Each French sentence the assistant can say (its own, the rules core's, the calls') turns into "tu"."""
    import glob

    import yaml

    from actions.phrases import informal

    texts_fr = []
    for path in ["actions/locales/fr.yaml", "rules_core/messages/fr.yaml",
                 *glob.glob("rules_core/calls/**/*.yaml", recursive=True)]:
        with open(path, encoding="utf-8") as handle:
            texts_fr += _french(yaml.safe_load(handle), path.endswith("fr.yaml"))
    assert len(texts_fr) > 300
    left = [s for s in texts_fr if VOUS_RX.search(informal(s, "fr"))]
    assert not left, left[:5]


# B11: "does that matter?" about a fact just changed: "No, your answer stays the same", nothing else.
@pytest.mark.parametrize(("lang", "text", "words", "first"), [
    ("nl", "ah sorry, kleine correctie: ik heb ook de Nederlandse nationaliteit, dus Belg en Nederlander. "
           "maakt dat uit?", "Nederlandse", "Nee: uw antwoord blijft hetzelfde"),
    ("en", "oh and I'm also Dutch. does that matter?", "Dutch", "No: your answer stays the same"),
    ("fr", "ah et je suis aussi néerlandais. ça change quelque chose ?", "néerlandais",
     "Non : votre réponse ne change pas"),
    ("it", "ah, sono anche olandese. cambia qualcosa?", "olandese", "No: la risposta non cambia"),
])
async def test_does_that_matter_after_a_changed_fact_is_answered_by_no(dispatcher, lang, text, words, first):
    slots = await answered({**STAFF_AMSTERDAM, "destination": "DE", "destination_city": "Hamburg",
                            "language": lang})
    ents = [{**said(text, "country", "NL", words), "role": "citizenship"}]
    got = await respond(dispatcher, text=text, entities=ents, slots=slots)
    reply = texts(dispatcher)
    assert got["citizenship"] == ["BE", "NL"] and first in reply
    assert not any(s in reply for s in ("can't find", "ne trouve pas", "vind het antwoord", "Non trovo"))


# B12: topic buttons suit the person: staff get none for the students' credit transfer.
RANKING = [{"name": "out_of_scope", "confidence": 0.4}, {"name": "faq_credit_transfer", "confidence": 0.2},
           {"name": "faq_selection", "confidence": 0.2}, {"name": "faq_several_countries", "confidence": 0.1}]


@pytest.mark.parametrize(("lang", "credits", "text"), [
    ("en", "Credit transfer", "and what about the weather there?"),
    ("nl", "Overdracht van studiepunten", "en hoe is het weer daar?"),
    ("fr", "Transfert de crédits", "et il fait quel temps là-bas ?"),
    ("it", "Trasferimento dei crediti", "e com'è il tempo lì?")])
async def test_staff_get_no_student_topic_buttons(dispatcher, lang, credits, text):
    slots = await answered({**STAFF_AMSTERDAM, "language": lang})
    await respond(dispatcher, text=text, intent="out_of_scope", slots=slots, ranking=RANKING)
    titles = [b["title"] for m in dispatcher.messages for b in m.get("buttons") or []]
    assert titles and credits not in titles
    student = CollectingDispatcher()
    await respond(student, text=text, intent="out_of_scope", ranking=RANKING,
                  slots=await answered({**GENEVA, "language": lang}))
    assert credits in [b["title"] for m in student.messages for b in m.get("buttons") or []]


# B7: "even if I live in Belgium now?": the call checks nationality and origin, not residence.
@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "even if I live in belgium now?", "No: where you live"),
    ("fr", "et même si j'habite en Belgique depuis des années, c'est pareil ?",
     "Non : votre lieu de résidence"),
    ("nl", "ook als ik nu in België woon? ik woon hier al jaren, woonplaats Antwerpen?", "Nee: waar u woont"),
    ("it", "anche se vivo in Belgio adesso?", "No: il luogo in cui vive"),
])
async def test_residence_is_not_what_the_call_checks(dispatcher, lang, text, first):
    slots = await answered({**GENEVA, "language": lang})
    await respond(dispatcher, text=text, slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(first) and "✓" in reply  # the person's own nationality checks follow
    assert "Kenya" in reply or "Kenia" in reply or "Switzerland" in reply or "Suisse" in reply \
        or "Zwitserland" in reply or "Svizzera" in reply


async def test_chances_of_staff_get_the_calls_priority(dispatcher):
    slots = await answered({**STAFF_AMSTERDAM, "language": "nl"})
    await respond(dispatcher, text="en maak ik kans? ik doe geen doctoraat of postdoc", slots=slots)
    reply = texts(dispatcher)
    assert "Voorrang gaat naar doctorerende en/of postdoctorale personeelsleden" in reply
    assert "vind het antwoord" not in reply


# B7: "for students Uganda is fine, isn't it?" (a staff member): the destination checks of each group.
@pytest.mark.parametrize(("lang", "text", "staff_no", "student_ok"), [
    ("nl", "jammer. maar hoe komt dat, voor studenten kan Oeganda toch wel?", "Geen toegelaten bestemming",
     "Masterstudent: ✓"),
    ("en", "pity. but for students Uganda is possible, right?", "not an eligible destination",
     "Master's student: ✓"),
])
async def test_staff_and_student_destinations_are_told_apart(dispatcher, lang, text, staff_no, student_ok):
    slots = await answered({**STAFF_AMSTERDAM, "destination": "UG", "destination_city": "Entebbe",
                            "language": lang})
    country = "Oeganda" if lang == "nl" else "Uganda"
    ents = [{**said(text, "country", "UG", country), "role": "destination"}]
    await respond(dispatcher, text=text, entities=ents, slots=slots)
    reply = texts(dispatcher)
    assert staff_no in reply and student_ok in reply, reply


# B10: the e-mail summary: facts as labels, made again with the facts given since, no verdict for an ended
# call.
async def test_a_fixed_summary_has_the_new_activity_and_asks_about_the_next_call(dispatcher, monkeypatch):
    closed_itm(monkeypatch)
    text = ("the summary says planned mobility ?. its a short-term doctoral mobility. "
            "can you fix that so I can send it")
    ents = [said(text, "activity", "short_term_doctoral", "short-term doctoral mobility")]
    got = await respond(dispatcher, text=text, entities=ents, slots={
        **PHD_BERLIN, "start_date": "2026-03-01", "end_date": "2026-03-21", "closed_told": "itm-2024"})
    reply = texts(dispatcher)
    assert got["activity"] == "short_term_doctoral"
    assert "Planned mobility: Short-term doctoral mobility." in reply
    assert "Status: PhD student at ITM Antwerp." in reply
    assert "ending by 31 July 2026 at the latest; will there be a new call" in reply
    assert "verdict" not in reply and "I am" not in reply and "Your end" not in reply


@pytest.mark.parametrize(("lang", "status", "what"), [
    ("fr", "Statut : Doctorant(e), IMT Anvers.", "Mobilité prévue : Mobilité doctorale de courte durée."),
    ("nl", "Status: Doctoraatsstudent aan ITG Antwerpen.",
     "Geplande mobiliteit: Korte doctorale mobiliteit."),
    ("it", "Status: Dottorando/a presso ITM Anversa.", "Mobilità prevista: Mobilità dottorale breve."),
])
async def test_the_summary_states_facts_as_labels(dispatcher, lang, status, what):
    await respond(dispatcher, text="/ask_contact", intent="ask_contact", slots={**GENEVA, "language": lang})
    reply = texts(dispatcher)
    assert status in reply and what in reply
