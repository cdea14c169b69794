"""Round 58 (found while fixing r58-k2): the second answer of a two-part question ended "the people below can
tell you." with nobody below: its contact line was dropped as said earlier in the same reply
(actions/onceinreply.py). A pointer whose contacts came earlier in the reply now points up ("above")."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "DE",
         "destination_city": "Heidelberg", "receiving_org": "hei", "citizenship": ["DE"],
         "start_date": "2016-04-01", "end_date": "2016-07-31", "prior_erasmus_months": 0,
         "goal": "eligibility"}
TWO_PARTS = {
    "en": ("How many grants are available, and when will I know if I was selected?", "below", "above"),
    "fr": ("combien de bourses y a-t-il et quand saurai-je si je suis sélectionné ?", "ci-dessous",
           "ci-dessus"),
    "nl": ("hoeveel beurzen zijn er en wanneer weet ik of ik geselecteerd ben?", "hieronder", "hierboven"),
    "it": ("quante borse ci sono e quando saprò se sono stato selezionato?", "qui sotto", "qui sopra"),
}


@pytest.mark.parametrize("lang", sorted(TWO_PARTS))
async def test_a_pointer_to_contacts_said_above_points_up(monkeypatch, lang):
    text, below, above = TWO_PARTS[lang]
    got = await play(monkeypatch, {**LUCCA, "language": lang},
                     [("am I eligible?", "check_eligibility"), (text, "faq_grant_count")], "2016-01-10",
                     user_event="parsed")
    reply = got.replies[1]
    lines = reply.splitlines()
    for i, line in enumerate(lines):
        if below in line:  # a pointer down must have the contacts after it
            assert "erasmus@imtlucca.it" in "\n".join(lines[i + 1:]), reply
    assert above in reply, reply
    assert reply.index("erasmus@imtlucca.it") < reply.index(above), reply


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "You would be eligible, provided the conditions below are met."),
    ("fr", "Vous seriez éligible, si les conditions ci-dessous sont remplies."),
    ("nl", "U zou in aanmerking komen, als de voorwaarden hieronder vervuld zijn."),
    ("it", "Sarebbe idoneo, se le condizioni qui sotto sono soddisfatte."),
])
def test_a_pointer_to_conditions_is_not_turned_up(lang, line):
    """Only a pointer to people or contacts is turned up: the conditions a line announces come after it."""
    from actions.pointerup import pointers_up

    messages = [{"text": "📧 erasmus@imtlucca.it"}, {"text": line + "\n• Your supervisor authorises."}]
    pointers_up(lang, messages)
    assert messages[1]["text"].startswith(line), messages
