"""Round 53 (r53-jj: a Belgian ITM MSc student, "tu", a traineeship at an NGO in Montréal in March-May 2027,
today 4 December 2026 after the ITM call ended), who asked what would have applied a year earlier: "et si
j'avais demandé l'an dernier, ça aurait marché pour le Canada ? genre stage du 1er mars au 31 mai 2026,
demande faite le 1er décembre 2025".

1. Every "1er décembre 2025" (the day he would have applied) became the traineeship's start, with an end made
   up beside it (31 May 2026, 1 December 2027, 31 May 2027): "tu n'es pas éligible", 180 days, 6,288 EUR,
   apply by 1 October 2025. A date said as the day one applies or applied is the rules core's
   application_date, kept with the case; never the start, and no end is made up for it
   (actions/applieddate.py).
2. "ma demande du 1er décembre 2025 aurait été à temps ?" (three times) was never answered: Yes/No first,
   from the rules core's check "apply at least two months before departure" (by 1 January 2026 for a
   departure on 1 March 2026).
3. "c'est quoi le détail ?" after the amount in a line got no breakdown: the amount block with its lines
   (travel 1,188 + individual support 2,100 + top-up 450 = 3,738 EUR, EU-wide guide rates) (breakdownq.py).
The person never said his gender in his words ("je suis en master", "je suis belge"): "étudiant(e)" stays."""
from __future__ import annotations

from typing import Any

import pytest

from tests.actions.conversation import play

TODAY = "2026-12-04"
LANGS = ("en", "fr", "nl", "it")
PLAN = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "receiving_org": "ngo",
        "destination": "CA", "destination_city": "Montréal", "start_date": "2027-03-01",
        "end_date": "2027-05-31", "goal": "eligibility", "closed_told": "itm-2024"}
# The case as the person meant it: 1 March - 31 May 2026, Belgian.
CASE = {**PLAN, "citizenship": ["BE"], "hypothetical": True,
        "what_if_case": {"_past": {"start_date": "2026-03-01", "end_date": "2026-05-31"}}}
APPLIED = {**CASE, "what_if_case": {"_past": {"start_date": "2026-03-01", "end_date": "2026-05-31",
                                              "application_date": "2025-12-01"}}}


async def _say(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str,
               messages: list[str]) -> Any:
    return await play(monkeypatch, {**slots, "language": lang}, [(m, "inform") for m in messages], TODAY,
                      user_event="parsed", keep_slot_events=True)


def _case(got: Any) -> dict[str, Any]:
    return (got.slots.get("what_if_case") or {}).get("_past") or {}


# 1. The date of applying is no start, and no end is made up for it.
FIRST = {
    "fr": "et si j'avais demandé l'an dernier, ça aurait marché pour le Canada ? genre stage "
          "du 1er mars au 31 mai 2026, demande faite le 1er décembre 2025",
    "en": "and if I had applied last year, would it have worked for Canada? say a traineeship "
          "from 1 March to 31 May 2026, if I had applied on 1 December 2025",
    "nl": "en als ik vorig jaar had aangevraagd, was het dan gelukt voor Canada? stel een "
          "stage van 1 maart tot 31 mei 2026, als ik op 1 december 2025 had aangevraagd",
    "it": "e se avessi fatto domanda l'anno scorso, avrebbe funzionato per il Canada? diciamo "
          "un tirocinio dal 1° marzo al 31 maggio 2026, se avessi fatto domanda il 1° dicembre 2025",
}
STAY_OF_90 = {"en": "90 days", "fr": "90 jours", "nl": "90 dagen", "it": "90 giorni"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_day_applied_on_is_no_start(monkeypatch, lang):
    got = await _say(monkeypatch, PLAN, lang, [FIRST[lang]])
    case, reply = _case(got), got.replies[-1]
    assert (case.get("start_date"), case.get("end_date")) == ("2026-03-01", "2026-05-31"), case
    assert case.get("application_date") == "2025-12-01", case
    assert (got.slots["start_date"], got.slots["end_date"]) == ("2027-03-01", "2027-05-31")  # the plan kept
    assert STAY_OF_90[lang] in reply and "180" not in reply, reply


# "non non, le stage commence le 1er mars 2026. le 1er décembre c'est la date où j'aurais envoyé la
# candidature": no start on 1 December, no end on 1 December 2027 (A4: 631 days, "tu n'es pas éligible").
SAID_AFTER = {
    "fr": "non non, le stage commence le 1er mars 2026. le 1er décembre c'est la date où "
          "j'aurais envoyé la candidature. je suis belge",
    "en": "no no, the traineeship starts on 1 March 2026. 1 December is the date when I would "
          "have applied. I'm Belgian",
    "nl": "nee nee, de stage begint op 1 maart 2026. 1 december is de datum waarop ik de "
          "aanvraag had ingediend. ik ben Belg",
    "it": "no no, il tirocinio inizia il 1° marzo 2026. il 1° dicembre è la data in cui avrei "
          "inviato la domanda. sono belga",
}
ELIGIBLE_WOULD = {"en": "you would have been eligible", "fr": "auriez été éligible",
                  "nl": "was u in aanmerking gekomen", "it": "sarebbe stato/a idoneo/a"}
APPLIED_ON = {"en": "applied on 1 December 2025", "fr": "postulé le 1er décembre 2025",
              "nl": "op 1 december 2025 aangevraagd", "it": "candidato/a il 1 dicembre 2025"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_day_applied_on_said_after_it(monkeypatch, lang):
    slots = {**CASE, "citizenship": None}
    got = await _say(monkeypatch, slots, lang, [SAID_AFTER[lang]])
    case, reply = _case(got), got.replies[-1]
    assert (case.get("start_date"), case.get("end_date")) == ("2026-03-01", "2026-05-31"), case
    assert case.get("application_date") == "2025-12-01", case
    assert "2027" not in reply and ELIGIBLE_WOULD[lang] in reply, reply
    assert APPLIED_ON[lang] in reply, reply  # "Si tu avais postulé le 1er décembre 2025", not "à temps"


# 2. "was it in time?" answered Yes or No first, from the rules core.
IN_TIME = [
    ("fr", "j'ai rien compris. simple : départ 1 mars 2026, candidature envoyée le 1er "
           "décembre 2025 -> à temps ou pas ?",
     "Oui : une candidature le 1er décembre 2025 aurait été à temps."),
    ("fr", "ok donc avec ma demande du 1er décembre c'était bon ? et c'est bien pour le "
           "Canada, dans une ONG à Montréal hein",
     "Oui : une candidature le 1er décembre 2025 aurait été à temps."),
    ("en", "if I had applied on 1 December 2025, would that have been in time?",
     "Yes: an application on 1 December 2025 would have been in time."),
    ("nl", "als ik op 1 december 2025 had aangevraagd, was dat dan op tijd geweest?",
     "Ja: een aanvraag op 1 december 2025 was op tijd geweest."),
    ("it", "se avessi fatto domanda il 1° dicembre 2025, sarebbe stata in tempo?",
     "Sì: una domanda presentata il 1 dicembre 2025 sarebbe stata in tempo."),
]
TWO_MONTHS = {"en": "at least 2 months before", "fr": "au moins 2 mois avant",
              "nl": "minstens 2 maanden voor", "it": "almeno 2 mesi prima"}


@pytest.mark.parametrize(("lang", "text", "first"), IN_TIME)
async def test_in_time_is_answered_first(monkeypatch, lang, text, first):
    got = await _say(monkeypatch, {**CASE, "goal": "grant"}, lang, [text])
    reply = got.replies[-1]
    assert reply.startswith(first), reply
    assert TWO_MONTHS[lang] in reply.split("\n")[0], reply
    assert (_case(got).get("start_date"), _case(got).get("end_date")) == ("2026-03-01", "2026-05-31")


# A later day, the other way: "No", with the day to apply by.
LATE = {"en": "and if I had applied on 15 January 2026, would that have been in time?",
        "fr": "et si j'avais postulé le 15 janvier 2026, ça aurait été à temps ?",
        "nl": "en als ik op 15 januari 2026 had aangevraagd, was dat op tijd geweest?",
        "it": "e se avessi fatto domanda il 15 gennaio 2026, sarebbe stata in tempo?"}
NO = {"en": "No: ", "fr": "Non : ", "nl": "Nee: ", "it": "No: "}
BY = {"en": "1 January 2026", "fr": "1er janvier 2026", "nl": "1 januari 2026", "it": "1 gennaio 2026"}


@pytest.mark.parametrize("lang", LANGS)
async def test_too_late_is_no(monkeypatch, lang):
    got = await _say(monkeypatch, CASE, lang, [LATE[lang]])
    first = got.replies[-1].split("\n")[0]
    assert first.startswith(NO[lang]) and BY[lang] in first, got.replies[-1]
    assert _case(got).get("start_date") == "2026-03-01"


# 3. The breakdown asked after the amount in a line: its parts.
HOW_MUCH = {"en": "how much would it have been?", "fr": "combien ça aurait fait ?",
            "nl": "hoeveel zou het geweest zijn?", "it": "quanto sarebbe stato?"}
THREE_MONTHS = {"en": "ok and how much for those 3 months then?",
                "fr": "ok et du coup combien pour ces 3 mois ?",
                "nl": "ok en hoeveel dan voor die 3 maanden?", "it": "ok e quindi quanto per quei 3 mesi?"}
DETAIL = {"en": "what's the breakdown?", "fr": "c'est quoi le détail ?", "nl": "wat is de uitsplitsing?",
          "it": "qual è il dettaglio?"}
PARTS = {"en": ("€1,188.00", "€2,100.00", "€450.00", "€3,738.00"),
         "fr": ("1 188,00 €", "2 100,00 €", "450,00 €", "3 738,00 €"),
         "nl": ("€ 1.188,00", "€ 2.100,00", "€ 450,00", "€ 3.738,00"),
         "it": ("1.188,00 €", "2.100,00 €", "450,00 €", "3.738,00 €")}


def _parts_in(reply: str, lang: str) -> None:
    for figure in PARTS[lang]:
        assert figure.replace(" ", "\u202f") in reply.replace(" ", "\u202f").replace("\xa0", "\u202f"), reply


@pytest.mark.parametrize("lang", LANGS)
async def test_the_breakdown_is_given(monkeypatch, lang):
    got = await _say(monkeypatch, {**APPLIED, "goal": "grant"}, lang,
                     [HOW_MUCH[lang], THREE_MONTHS[lang], DETAIL[lang]])
    _parts_in(got.replies[-1], lang)


async def test_breakdown_and_in_time_in_one_message(monkeypatch):
    """U10 verbatim: both questions answered, the in-time one first."""
    text = ("c'est quoi le détail ? et du coup ma candidature du 1er déc 2025 elle était dans "
            "les temps oui ou non ?")
    got = await _say(monkeypatch, {**APPLIED, "goal": "grant"}, "fr",
                     [HOW_MUCH["fr"], THREE_MONTHS["fr"], text])
    reply = got.replies[-1]
    assert reply.startswith("Oui : une candidature le 1er décembre 2025 aurait été à temps."), reply
    _parts_in(reply, "fr")
    assert "mars 2025" not in reply and _case(got).get("start_date") == "2026-03-01", reply


async def test_the_whole_what_if_in_french(monkeypatch):
    """The conversation's what-if turns verbatim, in a row: never a start on 1 December, never "pas éligible",
    180 days or 6,288 EUR; the apply-by date 1 January 2026."""
    turns = [FIRST["fr"], SAID_AFTER["fr"],
             "mais non ! fin le 31 mai 2026, pas décembre 2027. donc stage du 1 mars 2026 au "
             "31 mai 2026",
             IN_TIME[1][1], "combien ça aurait fait ?",
             "attends t'as encore mis début 1 décembre 2025. le stage c'est 1 mars 2026 - 31 mai 2026, "
             "3 mois. le 1er décembre 2025 c'est JUSTE la date de candidature. recalcule stp",
             THREE_MONTHS["fr"],
             "c'est quoi le détail ? et du coup ma candidature du 1er déc 2025 elle était dans les temps "
             "oui ou non ?", IN_TIME[0][1]]
    got = await _say(monkeypatch, PLAN, "fr", turns)
    text = "\n".join(got.replies)
    for at in (3, 7, 8):  # each "was it in time?" answered first
        assert got.replies[at].startswith("Oui : une candidature le 1er décembre 2025 aurait été à temps"), at
    _parts_in(got.replies[7], "fr")
    for wrong in ("date de début: 1 décembre", "pas éligible", "180 jours", "6 288", "1 octobre 2025",
                  "1 décembre 2027", "31 mai 2027"):
        assert wrong not in text, text
    assert "1er janvier 2026" in text and "3 738,00" in text.replace("\u202f", " "), text
    assert (got.slots["start_date"], got.slots["end_date"]) == ("2027-03-01", "2027-05-31")


# "laisse tomber la date de candidature": the date of applying no longer held; until then, judged with it.
async def test_the_date_of_applying_dropped(monkeypatch):
    got = await _say(monkeypatch, CASE, "fr",
                     [LATE["fr"], "laisse tomber la date de candidature. stage du 1/3/2026 au 31/5/2026. "
                                  "éligible ?"])
    assert "postulé le 15 janvier 2026" in got.replies[0], got.replies[0]
    assert "application_date" not in _case(got), _case(got)
    assert "postulé à temps" in got.replies[-1] and "été éligible" in got.replies[-1], got.replies[-1]
