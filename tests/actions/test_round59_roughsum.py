"""Round 59 (an ITM MSc student, a study period at Granada, 2 February-30 April 2026; today 1 October 2025):
"ok so roughly 3 x 369, around 1100 euros in total?" against the older table's about 1,095 EUR for 89 days
got "Not quite": a round figure within a few percent of the computed one is a yes (actions/refsum.py
ROUGH_SHARE), "369 plus 200" still is not (EN/FR/NL/IT)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
GRANADA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
           "destination": "ES", "destination_city": "Granada", "receiving_org": "hei",
           "start_date": "2026-02-02", "end_date": "2026-04-30"}
PER_MONTH = {"en": "how much money per month, roughly?",
             "fr": "combien d'argent par mois, à peu près ?",
             "nl": "hoeveel geld per maand, ongeveer?",
             "it": "quanti soldi al mese, più o meno?"}
ROUGH = {"en": "ok so roughly 3 x 369, around 1100 euros in total?",
         "fr": "ok donc en gros 3 x 369, environ 1100 euros au total ?",
         "nl": "ok dus ruwweg 3 x 369, ongeveer 1100 euro in totaal?",
         "it": "ok quindi più o meno 3 x 369, circa 1100 euro in totale?"}
OFF = {"en": "so 369 plus 200 a month?", "fr": "donc 369 plus 200 par mois ?",
       "nl": "dus 369 plus 200 per maand?", "it": "quindi 369 più 200 al mese?"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}


async def _reply(monkeypatch, lang, text):
    got = await play(monkeypatch, {**GRANADA, "language": lang},
                     [(PER_MONTH[lang], "ask_grant"), (text, "check_eligibility")], TODAY)
    return got.replies[-1]


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_fair_rounding_is_a_yes(monkeypatch, lang):
    reply = await _reply(monkeypatch, lang, ROUGH[lang])
    assert reply.startswith(YES[lang]), reply
    assert "1095" in reply.replace(",", "").replace(".", "").replace(" ", "").replace("\u202f", ""), reply


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_another_sum_is_still_not_quite(monkeypatch, lang):
    reply = await _reply(monkeypatch, lang, OFF[lang])
    assert not reply.startswith(YES[lang]), reply


# "how much would I get per month? roughly, even if it's not official": "ℹ For Spain, that older table gave
# group 2 (...): 369 EUR a month (reference only, see above)." while the table came below it.
ROUGHLY = {"en": "how much would I get per month? roughly, even if it's not official",
           "fr": "combien je toucherais par mois ? en gros, même si ce n'est pas officiel",
           "nl": "hoeveel zou ik per maand krijgen? ongeveer, ook al is het niet officieel",
           "it": "quanto prenderei al mese? più o meno, anche se non è ufficiale"}
SEE = {"en": ("see below", "see above"), "fr": ("voir ci-dessous", "voir ci-dessus"),
       "nl": ("zie hieronder", "zie hierboven"), "it": ("vedi sotto", "vedi sopra")}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_table_pointer_points_below(monkeypatch, lang):
    got = await play(monkeypatch, {**GRANADA, "language": lang},
                     [(PER_MONTH[lang], "ask_grant"), (ROUGHLY[lang], "ask_grant")], TODAY)
    reply = "\n".join(got.replies)
    below, above = SEE[lang]
    assert below in reply and above not in reply, reply
    assert reply.index(below) < reply.index("419"), reply
