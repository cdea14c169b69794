"""Round 54 (a Dutch ITM PhD student on 4 December 2026, the ITM call ended; a short research stay at
the Karolinska Institutet, 1 to 21 March 2027): "Kan ik hiervoor nog een Erasmus-beurs aanvragen?" was taken
for a question about 2027 amounts, and its answer named the first contact for her role, the departmental
coordinator, as "None" (that contact has a role and no name or address): "Vraag None naar de bedragen van
de volgende oproep." Applying for a grant is no amount question; a contact without name or address is named
by its role."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2026-12-04"
PLAN = {"call": "itm-2024", "role": "phd_student", "receiving_org": "hei", "destination": "SE",
        "destination_city": "Stockholm", "start_date": "2027-03-01", "end_date": "2027-03-21"}
APPLY = {
    "nl": "Goedendag, ik ben doctoraatsstudente aan het ITM in Antwerpen en ik wil van 1 tot 21 maart 2027 "
          "een kort onderzoeksverblijf doen aan het Karolinska Institutet in Stockholm. Kan ik hiervoor nog "
          "een Erasmus-beurs aanvragen?",
    "en": "Hello, I'm a PhD student at ITM Antwerp and I'd like a short research stay at the Karolinska "
          "Institutet in Stockholm from 1 to 21 March 2027. Can I still apply for an Erasmus grant for this?",
    "fr": "Bonjour, je suis doctorante à l'IMT d'Anvers et je voudrais faire un court séjour de recherche au "
          "Karolinska Institutet à Stockholm du 1er au 21 mars 2027. Est-ce que je peux encore demander une "
          "bourse Erasmus pour cela ?",
    "it": "Buongiorno, sono dottoranda all'ITM di Anversa e vorrei fare un breve soggiorno di ricerca al "
          "Karolinska Institutet di Stoccolma dall'1 al 21 marzo 2027. Posso ancora chiedere una borsa "
          "Erasmus per questo?",
}
AMOUNTS_2027 = {"en": "amounts for 2027", "fr": "montants pour 2027", "nl": "bedragen voor 2027",
                "it": "importi per il 2027"}


@pytest.mark.parametrize("lang", sorted(APPLY))
async def test_applying_for_a_grant_is_no_amount_question(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang}, [(APPLY[lang], "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    text = "\n".join(got.replies)
    assert "None" not in text, text
    assert AMOUNTS_2027[lang] not in text.split("\n")[0], text


HOW_MUCH_2027 = {"en": "And how much would the grant be in 2027?",
                 "fr": "Et combien serait la bourse en 2027 ?",
                 "nl": "En hoeveel zou de beurs in 2027 bedragen?",
                 "it": "E quanto sarebbe la borsa nel 2027?"}


@pytest.mark.parametrize("lang", sorted(HOW_MUCH_2027))
async def test_a_contact_without_name_or_address_is_named_by_its_role(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "language": lang}, [(HOW_MUCH_2027[lang], "ask_grant")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    text = "\n".join(got.replies)
    assert AMOUNTS_2027[lang].split()[0] in text.lower(), text
    assert "None" not in text, text
    assert "erasmusplusmobility@itg.be" in text, text
