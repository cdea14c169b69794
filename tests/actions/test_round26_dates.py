"""Round 26 of simulated users (T1-T3, T5, T6, T8): dates read wrongly. A "from X to Y" range said "so after
the defence" gave its end as the graduation date; the graduation date said with "titolo" or "conseguo il
dottorato" became the stay's end, then its start (166 days); "I live in Antwerp for 2 years now" moved the end
to 31 January 2029 and "the exchange is just feb to june 2027" then lost the start; "je garde février à avril"
said the stored dates again with "the day was not said". Played through action_respond with the entities the
extractor gives, in the four languages, with the nearby wordings that keep their reading."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, SIM_TODAY, hear

LANGS = ("en", "fr", "nl", "it")
DAY_NOT_SAID = {lang: t(lang, "day_assumed")[:20] for lang in LANGS}
UPDATED = {lang: t(lang, "changed_facts", facts="")[:8] for lang in LANGS}

LUCCA_PARIS = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
               "goal": "eligibility", "destination": "FR", "destination_city": "Paris",
               "receiving_org": "research_institute", "gender": "m"}


# T1. A range is the stay; graduation words that only place it ("so after the defence") give no date.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Dal 1° maggio al 31 agosto 2016, quindi dopo la discussione."),
    ("en", "From 1 May to 31 August 2016, so after my defence."),
    ("fr", "Du 1er mai au 31 août 2016, donc après la soutenance."),
    ("nl", "Van 1 mei tot 31 augustus 2016, dus na de verdediging."),
])
async def test_a_range_said_after_the_defence_is_the_stay(dispatcher, monkeypatch, lang, text):
    # Round 26: "Preso nota: data di laurea: 31 agosto 2016; data di inizio: 1 maggio 2016".
    slots = {**LUCCA_PARIS, "graduation_date": "2016-03-15", "asked": "start_date", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    assert got.get("start_date") == "2016-05-01" and got.get("end_date") == "2016-08-31", got
    assert "graduation_date" not in got, got
    assert "120" in texts(dispatcher), texts(dispatcher)  # the stay's 120 days, checked


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I graduate on 15 March"),
    ("it", "Discuto la tesi il 15 marzo."),
    ("en", "after my graduation on 15 March I would go from 1 May to 31 August"),
    ("fr", "après ma soutenance le 15 mars, je partirais du 1er mai au 31 août"),
])
async def test_a_date_said_with_graduating_is_still_the_graduation_date(dispatcher, monkeypatch, lang, text):
    slots = {**LUCCA_PARIS, "asked": "start_date", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    assert got.get("graduation_date") == "2016-03-15", got
    assert got.get("start_date") in (None, "2016-05-01"), got  # never 15 March


# T2, T3. The date said with the degree obtained is the graduation date, the other one the stay's end.
WRONG_GRADUATION = {**LUCCA_PARIS, "start_date": "2016-05-01", "graduation_date": "2016-08-31",
                    "asked": "end_date"}
TITLE = [
    ("it", "No, attenzione: il 31 agosto è la fine del tirocinio, non la data del titolo. Il titolo lo "
           "consegno il 15 marzo 2016.", "31 agosto 2016 → 15 marzo 2016"),
    ("it", "Finisce il 31 agosto 2016. Il 15 marzo è la data in cui conseguo il dottorato.",
     "31 agosto 2016 → 15 marzo 2016"),
    ("en", "No: 31 August is the end of the traineeship, not my graduation date. I get my PhD on 15 March "
           "2016.", "31 August 2016 → 15 March 2016"),
    ("en", "It ends on 31 August 2016. 15 March is when I get my doctorate.",
     "31 August 2016 → 15 March 2016"),
    ("fr", "Il se termine le 31 août 2016. Le 15 mars, c'est quand j'obtiens mon doctorat.",
     "31 août 2016 → 15 mars 2016"),
    ("nl", "Het eindigt op 31 augustus 2016. Op 15 maart promoveer ik.", "31 augustus 2016 → 15 maart 2016"),
]


@pytest.mark.parametrize(("lang", "text", "moved"), TITLE)
async def test_the_date_of_the_degree_is_the_graduation_date(dispatcher, monkeypatch, lang, text, moved):
    # Round 26: "La data di fine (15 marzo 2016) è precedente a quella di inizio", then "Aggiornato: data di
    # inizio: 1 maggio 2016 → 15 marzo 2016" (166 days).
    got = await hear(dispatcher, monkeypatch, text, {**WRONG_GRADUATION, "language": lang}, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert got.get("graduation_date") == "2016-03-15" and got.get("end_date") == "2016-08-31", got
    assert "start_date" not in got, got
    assert moved in reply and t(lang, "issue_end_before_start", end="", start="")[:10] not in reply, reply


@pytest.mark.parametrize(("lang", "text", "moved"), TITLE[:2])
async def test_said_again_with_both_right_nothing_changes(dispatcher, monkeypatch, lang, text, moved):
    slots = {**WRONG_GRADUATION, "graduation_date": "2016-03-15", "end_date": "2016-08-31", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    assert not {"graduation_date", "start_date", "end_date"} & set(got), got


# T5. How long the person has lived somewhere is not the stay's length.
MADRID_ENDED = {"call": "itm-2024", "role": "msc_student", "activity": "study", "goal": "eligibility",
                "receiving_org": "hei", "destination": "ES", "destination_city": "Madrid",
                "start_date": "2027-02-01", "end_date": "2027-06-30", "citizenship": ["ES"],
                "closed_told": "itm-2024>as_if", "hypothetical": True}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "hm but I live in Antwerp for 2 years now, I'm a resident here. Doesn't that count?"),
    ("en", "I've lived in Belgium for 2 years, so I'm a resident."),
    ("fr", "mais j'habite à Anvers depuis 2 ans, je suis résidente. Ça ne compte pas ?"),
    ("nl", "maar ik woon al 2 jaar in Antwerpen, ik ben hier ingezetene. Telt dat niet?"),
    ("it", "ma vivo ad Anversa da 2 anni, sono residente qui. Non conta?"),
])
async def test_a_length_of_residence_moves_no_end(dispatcher, monkeypatch, lang, text):
    # Round 26: "Updated: end date: 30 June 2027 → 31 January 2029".
    got = await hear(dispatcher, monkeypatch, text, {**MADRID_ENDED, "language": lang}, SIM_TODAY)
    assert "end_date" not in got and "duration" not in got, got
    assert "2029" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "end"), [
    ("en", "I live in Antwerp and I'd go for 5 months", "2026-07-31"),
    ("en", "for 2 years", "2028-02-29"),
    ("it", "vivo ad Anversa, e resterei 4 mesi", "2026-06-30"),
])
async def test_a_length_said_of_the_stay_still_sets_the_end(dispatcher, monkeypatch, lang, text, end):
    slots = {**MADRID_ENDED, "start_date": "2026-03-01", "end_date": None, "asked": "end_date",
             "closed_told": None, "hypothetical": None, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert got.get("end_date") == end, got


# T6. "the exchange is just feb to june 2027": both months, the start kept.
@pytest.mark.parametrize(("lang", "text", "moved"), [
    ("en", "wait no, the 2 years is how long I've lived in Antwerp, not the exchange! the exchange is just "
           "feb to june 2027", "31 January 2029 → 30 June 2027"),
    ("fr", "non, les 2 ans c'est depuis quand j'habite à Anvers ! l'échange, c'est juste de fév à juin "
           "2027", "31 janvier 2029 → 30 juin 2027"),
    ("nl", "nee, die 2 jaar is hoe lang ik in Antwerpen woon! de uitwisseling is gewoon van feb tot juni "
           "2027", "31 januari 2029 → 30 juni 2027"),
    ("it", "no, i 2 anni sono da quanto vivo ad Anversa! lo scambio è solo da feb a giugno 2027",
     "31 gennaio 2029 → 30 giugno 2027"),
])
async def test_the_stay_said_again_in_short_months_puts_the_end_back(dispatcher, monkeypatch, lang, text,
                                                                     moved):
    # Round 26: nothing applied, and the start was cleared ("Dates: ? to 30 June 2027" in the e-mail).
    slots = {**MADRID_ENDED, "end_date": "2029-01-31", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, SIM_TODAY)
    assert got.get("end_date") == "2027-06-30", got
    assert got.get("start_date") in (None, "2027-02-01") and not got.get("start_month"), got
    assert moved in texts(dispatcher), texts(dispatcher)


WHO = {"en": "Who do I contact?", "fr": "Qui dois-je contacter ?", "nl": "Wie moet ik contacteren?",
       "it": "Chi devo contattare?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_start_month_waiting_for_its_day_is_in_the_summary(dispatcher, monkeypatch, lang):
    # Round 26: "Dates: ? to 30 June 2027".
    slots = {**MADRID_ENDED, "start_date": None, "start_month": "2027-06", "language": lang}
    await hear(dispatcher, monkeypatch, WHO[lang], slots, SIM_TODAY, intent="ask_contact")
    june = {"en": "June 2027", "fr": "juin 2027", "nl": "juni 2027", "it": "giugno 2027"}[lang]
    end = {"en": "30 June 2027", "fr": "30 juin 2027", "nl": "30 juni 2027", "it": "30 giugno 2027"}[lang]
    assert t(lang, "summary_when_month", month=june, end=end) in texts(dispatcher), texts(dispatcher)


# T8. Months that say the stored dates again keep their days: no change, no "the day was not said".
MONTREAL = {"call": "itm-2024", "role": "msc_student", "activity": "study", "goal": "eligibility",
            "receiving_org": "hei", "destination": "CA", "destination_city": "Montreal",
            "citizenship": ["FR"], "start_date": "2026-02-01", "end_date": "2026-04-30",
            "has_scholarship": False}
CASE = {"fr": "Et si finalement je partais un peu plus tard, du 1er mars au 31 mai 2026, est-ce que ça "
              "change quelque chose ?",
        "en": "And what if I left a bit later, from 1 March to 31 May 2026, would that change anything?",
        "nl": "En wat als ik wat later zou vertrekken, van 1 maart tot 31 mei 2026, verandert dat iets?",
        "it": "E se partissi un po' più tardi, dal 1° marzo al 31 maggio 2026, cambia qualcosa?"}
KEEP = {"fr": "Non, finalement je garde « février à avril » comme prévu. Vaut-il mieux postuler le plus tôt "
              "possible ?",
        "en": "No, I keep February to April as planned. Is it better to apply as early as possible?",
        "nl": "Nee, ik hou het bij februari tot april. Is het beter om zo vroeg mogelijk aan te vragen?",
        "it": "No, resto da febbraio ad aprile come previsto. Conviene candidarsi il prima possibile?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_stored_months_said_again_keep_their_days(monkeypatch, lang):
    # Round 26: "C'est noté : date de début: 1 février 2026 (le jour n'a pas été précisé ...)" and "Pour votre
    # propre projet (...) :" over "Pour votre propre projet (...), la réponse ne change pas".
    replies = await converse(monkeypatch, {**MONTREAL, "language": lang}, [
        ("so can I go?", "check_eligibility"), (CASE[lang], "inform"), (KEEP[lang], "inform")], ITM_OPEN)
    reply = replies[-1]
    assert DAY_NOT_SAID[lang] not in reply and not reply.startswith(UPDATED[lang]), reply
    assert t(lang, "noted", facts="")[:8] not in reply, reply
    own = t(lang, "own_plan_header", facts="\0").split("\0")[0]
    assert reply.lower().count(own.lower()) <= 1, reply


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("en", "actually from March to May", "2026-03-01", "2026-05-31"),
    ("fr", "en fait de mars à mai", "2026-03-01", "2026-05-31"),
    ("en", "actually until the end of May", None, "2026-05-31"),
])
async def test_other_months_still_move_the_stay(dispatcher, monkeypatch, lang, text, start, end):
    got = await hear(dispatcher, monkeypatch, text, {**MONTREAL, "end_date": "2026-04-15", "language": lang})
    assert got.get("end_date") == end and got.get("start_date") == start, got


@pytest.mark.parametrize("text", ["so I'd stay until April", "February to April, as I said",
                                  "I keep April as the end"])
async def test_the_stored_month_said_as_the_end_keeps_its_day(dispatcher, monkeypatch, text):
    # (the end on 15 April became 30 April, "the day was not said")
    got = await hear(dispatcher, monkeypatch, text, {**MONTREAL, "end_date": "2026-04-15", "language": "en"})
    assert got.get("end_date") in (None, "2026-04-15"), got
    assert DAY_NOT_SAID["en"] not in texts(dispatcher), texts(dispatcher)
