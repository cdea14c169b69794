"""Round 45 (a Belgian MSc student, short-term blended mobility in Bordeaux, 16-20 March 2026, then asking
about Lisbon), five general misses, each in four languages:
1. "Heeft mijn programma in Bordeaux zo een virtueel deel? Geen idee eigenlijk." got "I can't find that in the
   call" ("virtueel" was no virtual word), in English "Yes: ... must include one": whether HIS programme has
   one is not something the call can know; it is one of the conditions of his answer, and who can tell.
2. "Moet ik dan echt zelf een aanvraag indienen? Of regelt de universiteit dat?" got the host's type and its
   ECHE: he applies himself, with the call's application procedure.
3. "En hoeveel krijg ik dan voor Lissabon? Krijg ik ook iets voor de reis?" got the travel sentence alone: the
   amount too.
4. "Is dat voor Portugal anders dan voor Frankrijk?" / "Dus hetzelfde als voor Bordeaux? Het land maakt niet
   uit?" got the amount again / "I can't find": the rules core's figure for each place, compared.
5. "Goed, dan mail ik erasmusplusmobility@itg.be en mijn promotor. Dank u wel." got the contacts and the
   e-mail summary again: thanks with what the person will do next is a closing."""
from __future__ import annotations

import pytest

from actions.faq import topics_of
from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
BORDEAUX = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
            "goal": "eligibility", "destination": "FR", "destination_city": "Bordeaux",
            "receiving_org": "hei", "citizenship": ["BE"], "start_date": "2026-03-16",
            "end_date": "2026-03-20"}
VERDICT = {"en": "so can I go?", "fr": "alors je peux partir ?", "nl": "kan ik dus gaan?",
           "it": "quindi posso partire?"}
CONTACT = {"en": "who do I contact?", "fr": "qui dois-je contacter ?", "nl": "wie contacteer ik?",
           "it": "chi devo contattare?"}
GUIDE = {"en": "395.00", "fr": "395,00", "nl": "395,00", "it": "395,00"}


def _head(lang: str, key: str) -> str:
    """A locale text up to its first placeholder."""
    return t(lang, key).split("{")[0]


async def _after_verdict(monkeypatch, lang: str, messages: list[tuple[str, str]]):
    return await play(monkeypatch, {**BORDEAUX, "language": lang},
                      [(VERDICT[lang], "check_eligibility"), *messages], TODAY, user_event="before")


# 1. Whether the person's own programme has a virtual part.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Heeft mijn programma in Bordeaux zo een virtueel deel? Geen idee eigenlijk."),
    ("en", "Does my programme in Bordeaux actually have a virtual part? No idea really."),
    ("fr", "Est-ce que mon programme à Bordeaux a une partie virtuelle ? Aucune idée en fait."),
    ("it", "Il mio programma a Bordeaux ha una parte virtuale? Non ne ho idea."),
])
@pytest.mark.parametrize("intent", ["nlu_fallback", "dont_know"])
async def test_whether_my_programme_has_a_virtual_part_is_not_known_here(monkeypatch, lang, text, intent):
    got = await _after_verdict(monkeypatch, lang, [(text, intent)])
    reply = got.replies[-1]
    assert reply.startswith(_head(lang, "condition_not_known")), reply
    assert "erasmusplusmobility@itg.be" in reply
    assert got.slots.get("virtual_component") is None  # "no idea" leaves it unknown


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "is the virtual part compulsory?", "Yes"),
    ("nl", "is het virtuele deel verplicht?", "Ja"),
])
async def test_whether_the_virtual_part_is_required_keeps_its_yes(monkeypatch, lang, text, said):
    got = await _after_verdict(monkeypatch, lang, [(text, "nlu_fallback")])
    assert got.replies[-1].startswith(said), got.replies[-1]


# 2. Whether the person applies themselves.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Goed. Moet ik dan echt zelf een aanvraag indienen? Of regelt de universiteit dat?"),
    ("en", "Ok. Do I really have to apply myself? Or does the university do that?"),
    ("fr", "D'accord. Est-ce que je dois vraiment postuler moi-même ? Ou c'est l'université qui s'en "
           "charge ?"),
    ("it", "Va bene. Devo davvero fare domanda io? O ci pensa l'università?"),
])
@pytest.mark.parametrize("intent", ["nlu_fallback", "faq_receiving_org", "ask_contact", "faq_application"])
async def test_applying_oneself_gets_yes_and_the_procedure(monkeypatch, lang, text, intent):
    got = await _after_verdict(monkeypatch, lang, [(text, intent)])
    reply = got.replies[-1]
    procedure = topics_of("itm-2024", ("application_documents",), "msc_student")[0].answer(lang)
    assert procedure in reply, reply
    lead = t(lang, "apply_self_yes")
    assert lead.split(". ", 1)[1][:30] in reply, reply
    assert "ECHE" not in reply


async def test_how_to_apply_keeps_its_answer_without_the_lead(monkeypatch):
    got = await _after_verdict(monkeypatch, "en", [("how do I apply?", "faq_application")])
    procedure = topics_of("itm-2024", ("application_documents",), "msc_student")[0].answer("en")
    assert procedure in got.replies[-1]
    assert "you apply yourself" not in got.replies[-1]


# 3. How much, and the travel, in one message.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "En hoeveel krijg ik dan voor Lissabon? Krijg ik ook iets voor de reis?"),
    ("en", "And how much would I get for Lisbon then? Do I also get something for the trip?"),
    ("fr", "Et combien je toucherais pour Lisbonne ? J'ai aussi quelque chose pour le voyage ?"),
    ("it", "E quanto prenderei per Lisbona? Ricevo anche qualcosa per il viaggio?"),
])
@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
async def test_the_amount_and_the_travel_both_answered(monkeypatch, lang, text, intent):
    got = await _after_verdict(monkeypatch, lang, [(text, intent)])
    reply = got.replies[-1]
    assert GUIDE[lang] in reply, reply
    assert _head(lang, "amount_short_guide") in reply, reply
    travel = {"en": "Travel support for this destination is not known",
              "fr": "L'aide au voyage pour cette destination n'est pas connue",
              "nl": "Reissteun voor deze bestemming is niet bekend",
              "it": "Il contributo di viaggio per questa destinazione non è noto"}
    assert travel[lang] in reply, reply


async def test_the_travel_alone_gets_no_amount(monkeypatch):
    got = await _after_verdict(monkeypatch, "en", [("do I get travel support?", "ask_grant")])
    assert "Travel support for this destination is not known" in got.replies[-1]
    assert _head("en", "amount_short_guide") not in got.replies[-1]


# 4. The amount compared between two places.
@pytest.mark.parametrize(("lang", "first", "second"), [
    ("nl", "En het bedrag zelf? Is dat voor Portugal anders dan voor Frankrijk?",
     "Dus hetzelfde als voor Bordeaux? Het land maakt niet uit?"),
    ("en", "And the amount itself? Is it different for Portugal than for France?",
     "So the same as for Bordeaux? The country doesn't matter?"),
    ("fr", "Et le montant lui-même ? C'est différent pour le Portugal que pour la France ?",
     "Donc pareil que pour Bordeaux ? Le pays ne change rien ?"),
    ("it", "E l'importo? È diverso per il Portogallo rispetto alla Francia?",
     "Quindi lo stesso che per Bordeaux? Il paese non conta?"),
])
async def test_the_amount_compared_between_places(monkeypatch, lang, first, second):
    got = await _after_verdict(monkeypatch, lang, [(first, "ask_grant"), (second, "nlu_fallback")])
    for reply in got.replies[-2:]:
        assert reply.startswith(_head(lang, "amount_places_same_guide")), reply
        assert GUIDE[lang] in reply, reply
        assert t(lang, "faq_did_you_mean_in_flow")[:25] not in reply


async def test_the_amount_asked_alone_keeps_its_answer(monkeypatch):
    got = await _after_verdict(monkeypatch, "nl", [("En het bedrag zelf?", "ask_grant")])
    assert GUIDE["nl"] in got.replies[-1]
    assert _head("nl", "amount_places_same_guide") not in got.replies[-1]


# 5. Thanks with what the person will do next: a closing.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Goed, dan mail ik erasmusplusmobility@itg.be en mijn promotor. Dank u wel."),
    ("en", "Ok, then I'll email erasmusplusmobility@itg.be and my supervisor. Thank you."),
    ("fr", "Bien, alors j'écris à erasmusplusmobility@itg.be et à mon promoteur. Merci beaucoup."),
    ("it", "Va bene, allora scrivo a erasmusplusmobility@itg.be e al mio relatore. Grazie mille."),
])
@pytest.mark.parametrize("intent", ["ask_contact", "thank", "inform"])
async def test_thanks_with_the_next_step_is_a_closing(monkeypatch, lang, text, intent):
    got = await _after_verdict(monkeypatch, lang, [(CONTACT[lang], "ask_contact"), (text, intent)])
    assert "erasmusplusmobility@itg.be" in got.replies[-2]  # the contacts, asked
    assert got.replies[-1] == t(lang, "thank"), got.replies[-1]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "wie contacteer ik?"),
    ("en", "thanks, I'll email them. but what is their address?"),
])
async def test_asking_for_the_contacts_keeps_them(monkeypatch, lang, text):
    got = await _after_verdict(monkeypatch, lang, [(text, "ask_contact")])
    assert "erasmusplusmobility@itg.be" in got.replies[-1], got.replies[-1]
    assert got.replies[-1] != t(lang, "thank")
