"""Round 25 of simulated users: facts and dates read wrongly, two of them with a wrong "not eligible" on the
way. "mi conviene mandarla subito tipo a ottobre?" made 31 October the end of a what-if ("202 days"); "forse
l'ultimo giorno è il 21 e non il 22" moved the start to 22 April ("a stay of 1 day"); "postdoc, pas personnel
permanent" noted "ITM staff membership: No" and asked the role again; "Change my role to staff please, and yes
keep the plan" dropped the case's activity and dates; "promovendus" was not a PhD student; the e-mail summary
said "idoneo" to a woman. Played through action_respond with the entities the extractor gives, in the four
languages, with the nearby wordings that keep their reading."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import fmt_date, t
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, hear

LANGS = ("en", "fr", "nl", "it")
UPDATED = {lang: t(lang, "changed_facts", facts="")[:8] for lang in LANGS}
WHAT_IF = {lang: t(lang, "what_if_facts", facts="")[:15] for lang in LANGS}

BARCELONA = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
             "receiving_org": "hei", "destination": "ES", "destination_city": "Barcelona",
             "start_date": "2026-04-13", "end_date": "2026-04-22", "citizenship": ["IT"],
             "receiving_org_has_eche": True, "goal": "eligibility"}
STAY = ("start_date", "end_date", "start_month")


# P1. A month said about sending or submitting the application is no date of the stay.
SENDING = [
    ("it", "quindi se è in ordine di arrivo mi conviene mandarla subito tipo a ottobre/novembre, giusto? "
           "o c'è una data minima?"),
    ("it", "se la mando a novembre va bene?"),
    ("en", "so since it's first come first served, should I send it right away, like in October? or is there "
           "a minimum date?"),
    ("en", "If I send my application in November, is that fine?"),
    ("fr", "donc si c'est premier arrivé premier servi, je devrais l'envoyer tout de suite, genre en "
           "octobre ?"),
    ("fr", "si j'envoie mon dossier en novembre, c'est bon ?"),
    ("nl", "dus als het wie eerst komt eerst maalt is, kan ik hem beter meteen in oktober indienen?"),
    ("nl", "als ik hem in november opstuur, is dat goed?"),
]


@pytest.mark.parametrize(("lang", "text"), SENDING)
async def test_a_month_of_sending_the_application_is_no_plan_date(dispatcher, monkeypatch, lang, text):
    # Round 25: "Solo per questo caso ...: data di fine: 31 ottobre 2026" then "❌ ... 202 giorni".
    got = await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang})
    reply = texts(dispatcher)
    assert not set(STAY) & set(got) and not got.get("what_if_case"), got
    assert WHAT_IF[lang] not in reply and "❌" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("en", "I'll send it in October, is that ok?"),
                                            ("it", "la mando a ottobre, va bene?")])
async def test_before_any_date_the_month_of_sending_is_no_start(dispatcher, monkeypatch, lang, text):
    slots = {k: v for k, v in BARCELONA.items() if k not in STAY}
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang})
    assert not set(STAY) & set(got), got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what if I stayed until the end of May?"),
    ("fr", "et si je restais jusqu'à fin mai ?"),
    ("nl", "en als ik tot eind mei zou blijven?"),
    ("it", "e se restassi fino a fine maggio?"),
])
async def test_a_month_of_the_stay_in_a_case_is_still_a_what_if(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang})
    assert (got.get("what_if_case") or {}).get("end_date") == "2026-05-31", got
    assert "end_date" not in got, got
    assert WHAT_IF[lang] in texts(dispatcher), texts(dispatcher)


# P2. "The last day is X (and not Y)" sets the end; "X and not Y", "X instead of Y": X replaces Y.
LAST_DAY = [
    ("it", "ah aspetta, forse l'ultimo giorno è il 21 e non il 22... cambia qualcosa?"),
    ("it", "forse è il 21 e non il 22"),
    ("en", "wait, maybe the last day is the 21st and not the 22nd, does it change anything?"),
    ("en", "hmm, it's the 21st and not the 22nd"),
    ("en", "21 April instead of 22 April"),
    ("en", "my end date is actually 21 April, does that change anything?"),
    ("fr", "attends, le dernier jour est peut-être le 21 et non le 22, ça change quelque chose ?"),
    ("fr", "en fait c'est le 21, pas le 22"),
    ("fr", "je finis le 21 avril, ça change quelque chose ?"),
    ("nl", "wacht, misschien is de laatste dag de 21e en niet de 22e, verandert dat iets?"),
    ("nl", "het is 21 april en niet 22 april"),
    ("nl", "ik eindig op 21 april, verandert dat iets?"),
]


@pytest.mark.parametrize(("lang", "text"), LAST_DAY)
async def test_the_last_day_said_moves_the_end(dispatcher, monkeypatch, lang, text):
    # Round 25: "Aggiornato: data di inizio: 13 aprile 2026 → 22 aprile 2026", "soggiorno di 1 giorno".
    got = await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang})
    reply = texts(dispatcher)
    assert got.get("end_date") == "2026-04-21" and "start_date" not in got, got
    moved = f"{fmt_date('2026-04-22', lang)} → {fmt_date('2026-04-21', lang)}"
    assert UPDATED[lang] in reply and moved in reply, reply
    assert "❌" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the first day is the 14th"),
    ("fr", "le premier jour est le 14"),
    ("nl", "de eerste dag is de 14e"),
    ("it", "il primo giorno è il 14"),
])
async def test_the_first_day_said_moves_the_start(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang})
    assert got.get("start_date") == "2026-04-14" and "end_date" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "From 13 to 22 April."),
    ("fr", "Du 13 au 22 avril."),
    ("nl", "Van 13 tot 22 april."),
    ("it", "Dal 13 al 22 aprile."),
])
async def test_a_range_still_sets_both_dates(dispatcher, monkeypatch, lang, text):
    slots = {k: v for k, v in BARCELONA.items() if k not in STAY}
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang})
    assert got.get("start_date") == "2026-04-13" and got.get("end_date") == "2026-04-22", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if I end on 21 April, does that change anything?"),
    ("it", "se finissi il 21 aprile, cambierebbe qualcosa?"),
])
async def test_a_date_in_a_case_with_does_it_change_stays_a_case(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang})
    assert "end_date" not in got and (got.get("what_if_case") or {}).get("end_date") == "2026-04-21", got


async def test_a_date_asked_about_stays_a_question(dispatcher, monkeypatch):
    got = await hear(dispatcher, monkeypatch, "why by 13 February? does that change the deadline?",
                     {**BARCELONA, "language": "en"})
    assert not set(STAY) & set(got), got


# P3. A post denied as permanent is still a staff post.
STAFF_VIENNA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
                "destination": "AT", "destination_city": "Vienna", "start_date": "2026-03-09",
                "end_date": "2026-03-13", "citizenship": ["FR"], "green_travel": True, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Et je suis postdoc, pas personnel permanent. Ça change quelque chose ?"),
    ("fr", "je suis en CDD, pas titulaire"),
    ("en", "I'm a postdoc, not permanent staff. Does that matter?"),
    ("en", "I'm on a temporary contract, I'm not tenured staff"),
    ("nl", "Ik ben postdoc, geen vast personeel. Maakt dat uit?"),
    ("it", "Sono postdoc, non personale di ruolo. Cambia qualcosa?"),
    ("it", "Sono postdoc, non sono personale strutturato."),
])
async def test_not_permanent_staff_is_still_staff(dispatcher, monkeypatch, lang, text):
    # Round 25: "C'est noté : appartenance au personnel de l'IMT: Non" and the role asked again.
    got = await hear(dispatcher, monkeypatch, text, {**STAFF_VIENNA, "language": lang})
    reply = texts(dispatcher)
    assert "role" not in got and got.get("itm_staff_member") is not False, got
    assert t(lang, "ask_role")[:20] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Bonjour, je suis postdoc à l'ITM, pas personnel permanent."),
    ("en", "Hi, I'm a postdoc at ITM, not permanent staff, on a temporary contract."),
    ("nl", "Ik ben postdoc aan het ITG, geen vast personeel."),
    ("it", "Sono postdoc all'ITM, non personale di ruolo."),
])
async def test_not_permanent_staff_said_first_is_staff(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {"language": lang})
    assert got.get("role") == "staff", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm not staff"),
    ("fr", "Je ne fais pas partie du personnel."),
    ("nl", "Ik ben geen personeelslid."),
    ("it", "Non faccio parte del personale."),
])
async def test_not_staff_still_negates_staff(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**STAFF_VIENNA, "language": lang})
    assert got.get("role", "kept") is None and got.get("itm_staff_member") is False, got


# P4. "yes keep the plan" inside a longer message takes the case set aside, with the rest of the message.
PHD_WITH_STAFF_STATUS = {"call": "itm-2024", "role": "phd_student", "itm_staff_member": True,
                         "destination": "AT", "destination_city": "Vienna", "citizenship": ["DE"],
                         "goal": "eligibility"}
KEEP = {
    "en": ["Hmm ok. So what if I apply as staff then? It would be a research/training stay at the "
           "University of Vienna, 4 to 15 May 2026.",
           "No I mean apply as a staff member, not as PhD student. Change my role to staff please, and yes "
           "keep the plan."],
    "fr": ["Et si je postulais comme membre du personnel ? Ce serait une formation à l'Université de "
           "Vienne, du 4 au 15 mai 2026.",
           "Mets mon statut à membre du personnel s'il te plaît, et oui, garde-le."],
    "nl": ["En wat als ik als personeelslid zou aanvragen? Het zou een opleiding aan de Universiteit van "
           "Wenen zijn, van 4 tot 15 mei 2026.",
           "Zet mijn statuut op personeelslid alstublieft, en ja, hou dat maar."],
    "it": ["E se mi candidassi come membro del personale? Sarebbe una formazione all'Università di Vienna, "
           "dal 4 al 15 maggio 2026.",
           "Cambia il mio ruolo in personale per favore, e sì, tienilo."],
}


@pytest.mark.parametrize("lang", LANGS)
async def test_keep_the_plan_in_a_longer_message_takes_the_case(monkeypatch, lang):
    # Round 25: the role changed, the case's activity and dates were dropped and asked again.
    case, keep = KEEP[lang]
    slots = {**PHD_WITH_STAFF_STATUS, "language": lang}
    first, second = await converse(monkeypatch, slots, [(case, "inform"), (keep, "inform")], ITM_OPEN)
    assert WHAT_IF[lang] in first and "❌" not in first, first  # as staff, the case is eligible
    assert t(lang, "ask_start_date")[:15] not in second and t(lang, "ask_activity")[:15] not in second, second
    assert fmt_date("2026-05-04", lang) in second and fmt_date("2026-05-15", lang) in second, second


async def test_kept_case_sets_the_slots(dispatcher, monkeypatch):
    case, keep = KEEP["en"]
    slots = {**PHD_WITH_STAFF_STATUS, "language": "en"}
    first = await hear(dispatcher, monkeypatch, case, slots)
    assert first["what_if_case"]["role"] == "staff", first
    got = await hear(CollectingDispatcher(), monkeypatch, keep, {**slots, **first})
    assert got.get("role") == "staff" and got.get("activity") == "staff_training", got
    assert got.get("start_date") == "2026-05-04" and got.get("end_date") == "2026-05-15", got


async def test_what_if_another_activity_is_still_a_what_if(dispatcher, monkeypatch):
    got = await hear(dispatcher, monkeypatch, "what if I do a traineeship instead?",
                     {**PHD_WITH_STAFF_STATUS, "language": "en"})
    assert "activity" not in got and got["what_if_case"].get("activity") == "traineeship", got


# P5. "promovendus", "promovenda", "Doktorand(in)": a PhD student.
@pytest.mark.parametrize(("lang", "today", "text"), [
    ("nl", LUCCA_OPEN, "Goedendag. Ik ben promovendus aan IMT Lucca en ik zou graag een "
                       "Erasmus-studieperiode aan de Universiteit van Amsterdam willen doen. Kunt u mij "
                       "helpen?"),
    ("nl", LUCCA_OPEN, "Ik ben promovenda aan IMT Lucca."),
    ("de", ITM_OPEN, "Hallo! Ich bin Doktorand am ITM und würde gerne im Mai für ein paar Wochen an die Uni "
                     "Wien gehen. Geht das über Erasmus+?"),
])
async def test_a_phd_student_in_other_words(dispatcher, monkeypatch, lang, today, text):
    got = await hear(dispatcher, monkeypatch, text, {} if lang == "de" else {"language": lang}, today)
    reply = texts(dispatcher)
    assert got.get("role") == "phd_student", got
    reply_lang = "en" if lang == "de" else lang
    assert t(reply_lang, "ask_role")[:20] not in reply, reply


# P6. The e-mail summary's verdict in the person's grammatical gender.
@pytest.mark.parametrize(("gender", "form", "other"), [
    ("f", "Erasmus+: idonea,", "idoneo"),  # "..., a questa condizione: ..." in the line since round 61
    ("m", "Erasmus+: idoneo,", "idonea"),
    (None, "Erasmus+: idoneo/a,", "idonea"),
])
async def test_the_summary_verdict_in_the_persons_gender(monkeypatch, gender, form, other):
    dispatcher = CollectingDispatcher()
    state = {**BARCELONA, "language": "it", **({"gender": gender} if gender else {})}
    await hear(dispatcher, monkeypatch, "Chi contatto?", state, intent="ask_contact")
    reply = texts(dispatcher)
    assert form in reply, reply
    assert f"Erasmus+: {other}," not in reply, reply
