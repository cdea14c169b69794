"""Round 55 (r55-ss, a PhD student of IMT Lucca, Italian): the first message "Buongiorno, sono una dottoranda
dell'IMT Lucca e vorrei informazioni su un periodo Erasmus." was read as a contact request: the contact, the
e-mail summary ("Verdetto: non ancora deciso") and the date to apply by came before anything was asked. Asking
for information about a mobility, with facts told, is the start of the conversation: the facts noted and the
next question. Whom to write to for information is still the contact. In the four languages."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2016-01-10"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Buongiorno, sono una dottoranda dell'IMT Lucca e vorrei informazioni su un periodo Erasmus."),
    ("en", "Hello, I'm a PhD student at IMT Lucca and I'd like some information about an Erasmus period."),
    ("fr", "Bonjour, je suis doctorante à l'IMT Lucca et je voudrais des informations sur une mobilité "
           "Erasmus."),
    ("nl", "Goedendag, ik ben doctoraatsstudente aan IMT Lucca en ik wil graag informatie over een "
           "Erasmus-verblijf."),
])
async def test_information_asked_with_facts_starts_the_conversation(monkeypatch, lang, text):
    got = await play(monkeypatch, {"language": lang}, [(text, "ask_contact")], TODAY, user_event="parsed")
    reply = "\n".join(got.replies)
    assert got.slots.get("role") == "phd_student", got.slots
    assert t(lang, "contact_summary")[:15] not in reply, reply
    assert "erasmus@imtlucca.it" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Sono una dottoranda dell'IMT Lucca: a chi scrivo per avere informazioni sull'Erasmus?"),
    ("en", "I'm a PhD student at IMT Lucca: who do I write to for information about Erasmus?"),
])
async def test_whom_to_write_for_information_is_still_the_contact(monkeypatch, lang, text):
    got = await play(monkeypatch, {"language": lang}, [(text, "ask_contact")], TODAY, user_event="parsed")
    assert "erasmus@imtlucca.it" in "\n".join(got.replies), got.replies
