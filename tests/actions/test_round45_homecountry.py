"""Round 45 (a British PhD student at IMT Lucca, traineeship at a London company 1 April-30 June 2016, living
in Italy for years). "ranked lower? I've been living in Italy for years" got "No: the call's rules do not
look at where you live", "what does 'home country' mean there, nationality or where you live?" the
destination's country list, and "I don't live in the UK anymore" stored "country of origin: United Kingdom".
The call only says "students whose mobility is not towards their home country" and never defines it: now its
words, that it does not say nationality or residence, that going to a country of one's citizenship may rank
lower, and whom to ask; a country one no longer lives in is stored as nothing. Then: "what do I need to send?
and does the year of the phd matter?" got the deadline block alone (now the documents and the preference for
students closer to the end of their PhD); "I might defend this year, would that change anything?" every
check, and "checked with my supervisor, defence will be december 2016 ... fine right?" "not 1 December 2016:
apply by 18 January 2016" and the supervisor's authorisation noted (now: a graduation after the stay changes
nothing, the call's rule for graduating candidates, no authorisation)."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract
from tests.actions.conversation import play

TODAY = "2016-01-10"
LONDON = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "GB", "destination_city": "London", "receiving_org": "enterprise",
          "start_date": "2016-04-01", "end_date": "2016-06-30", "prior_erasmus_months": 0,
          "citizenship": ["GB"]}
QUOTE = "students whose mobility is not towards their home country"
UNDEFINED = {"en": "It does not define", "fr": "Il ne définit pas", "nl": "Ze definieert dat",
             "it": "Non definisce"}
MAY = {"en": "may rank you lower", "fr": "peut donc vous classer plus bas",
       "nl": "kan u dus lager rangschikken", "it": "può quindi comportare una posizione più bassa"}
OVERCLAIM = ("do not look at where you live", "ne regardent pas", "kijken niet naar", "non guardano")


@pytest.mark.parametrize("intent", ["inform", "faq_destinations", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what does 'home country' mean there, nationality or where you live?"),
    ("en", "wait, ranked lower? I've been living in Italy for years, Lucca is my home now really?"),
    ("fr", "ça veut dire quoi « pays d'origine » ici, la nationalité ou le pays où on vit ?"),
    ("fr", "attends, classé plus bas ? j'habite en Italie depuis des années, c'est chez moi ?"),
    ("nl", "wat betekent 'thuisland' daar, mijn nationaliteit of waar ik woon?"),
    ("nl", "wacht, lager gerangschikt? ik woon al jaren in Italië, telt dat niet?"),
    ("it", "cosa significa 'paese d'origine' lì, la cittadinanza o dove vivo?"),
    ("it", "aspetta, priorità più bassa? vivo in Italia da anni, non conta?"),
])
async def test_home_country_is_said_undefined_with_whom_to_ask(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**LONDON, "language": lang}, [(text, intent)], TODAY)
    reply = got.replies[-1]
    assert QUOTE in reply, reply
    assert UNDEFINED[lang] in reply and MAY[lang] in reply, reply
    assert "erasmus@imtlucca.it" in reply.split("\n")[2], reply
    assert not any(words in reply for words in OVERCLAIM), reply
    assert "Turkey" not in reply  # not the destination list


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I don't live in the UK anymore"),
    ("en", "I no longer live in the UK"),
    ("fr", "je n'habite plus au Royaume-Uni"),
    ("nl", "ik woon niet meer in het Verenigd Koninkrijk"),
    ("it", "non vivo più nel Regno Unito"),
])
def test_a_country_one_no_longer_lives_in_is_no_fact(lang, text):
    assert not [e for e in extract(text, dt.date(2016, 1, 10)) if e["entity"] == "country"], text


@pytest.mark.parametrize(("text", "role"), [("I live in Belgium", "origin"),
                                            ("I used to live in the UK", "origin"),
                                            ("I want to go to Spain", "destination")])
def test_a_country_one_lives_in_keeps_its_role(text, role):
    assert [e.get("role") for e in extract(text, dt.date(2016, 1, 10)) if e["entity"] == "country"] == [role]


async def test_the_stored_origin_is_not_set_from_a_country_one_left(monkeypatch):
    said = [("I don't live in the UK anymore", "inform")]
    got = await play(monkeypatch, {**LONDON, "language": "en"}, said, TODAY)
    assert "country_of_origin" not in got.last, got.last


@pytest.mark.parametrize(("lang", "note"), [("en", "may rank lower"), ("fr", "peut être moins bien classé"),
                                            ("nl", "kan lager scoren"),
                                            ("it", "può avere priorità più bassa")])
async def test_the_verdict_note_says_may_and_undefined(monkeypatch, lang, note):
    slots = {**LONDON, "language": lang}
    got = await play(monkeypatch, slots, [("ok", "affirm")], TODAY)
    assert note in got.replies[-1], got.replies[-1]


async def test_the_itm_residence_answer_is_kept(monkeypatch):
    """A call whose checks read the nationality keeps its residence answer (no home-country topic there)."""
    slots = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "study",
             "destination": "BE", "citizenship": ["FR"], "language": "en"}
    got = await play(monkeypatch, slots, [("even if I live in Belgium now?", "inform")], "2025-10-01")
    assert "where you live is not one of the call's checks" in got.replies[-1], got.replies[-1]


# T10/T12: the documents and the year of the PhD (the call's preference for students closer to the end).
FORM = {"en": "application form", "fr": "formulaire de candidature", "nl": "aanvraagformulier",
        "it": "modulo di candidatura"}
CLOSER = {"en": "closer to the end of their PhD studies", "fr": "closer to the end of their PhD studies",
          "nl": "closer to the end of their PhD studies", "it": "closer to the end of their PhD studies"}
NO_CONDITION = {"en": "sets no condition on your year", "fr": "aucune condition sur votre année",
                "nl": "geen voorwaarde aan uw jaar", "it": "non pone condizioni sull'anno"}


@pytest.mark.parametrize("intent", ["ask_deadline", "ask_documents", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what do I actually need to send to apply? and does it matter what year of the phd I'm in?"),
    ("fr", "que dois-je vraiment envoyer pour postuler ? et l'année de thèse compte ?"),
    ("nl", "wat moet ik eigenlijk opsturen? en maakt het uit in welk jaar van mijn doctoraat ik zit?"),
    ("it", "cosa devo effettivamente inviare? e conta l'anno di dottorato?"),
])
async def test_documents_and_the_phd_year_both_answered(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**LONDON, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY)
    reply = got.replies[-1]
    assert FORM[lang] in reply.lower(), reply
    assert CLOSER[lang] in reply and NO_CONDITION[lang] in reply, reply
    assert reply.lower().index(FORM[lang]) < reply.index(NO_CONDITION[lang]), reply


@pytest.mark.parametrize("intent", ["faq_who_can_apply", "nlu_fallback", "inform"])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "and the year of phd thing, does it matter?"),
    ("fr", "et l'année de doctorat, ça compte ?"),
    ("nl", "en het jaar van mijn doctoraat, maakt dat uit?"),
    ("it", "e l'anno di dottorato, conta qualcosa?"),
])
async def test_the_phd_year_alone_gets_the_preference_not_who_can_apply(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**LONDON, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY)
    reply = got.replies[-1]
    assert NO_CONDITION[lang] in reply and CLOSER[lang] in reply, reply
    assert "GSSI-Computer Science PhD students eligible" not in reply, reply  # not the whole who-can-apply


async def test_who_can_apply_keeps_its_answer(monkeypatch):
    got = await play(monkeypatch, {**LONDON, "language": "en"},
                     [("ok", "affirm"), ("who can apply to this call?", "faq_who_can_apply")], TODAY)
    assert "GSSI-Computer Science PhD students eligible" in got.replies[-1], got.replies[-1]


# T13/T15: a graduation after the stay, or not yet dated.
DEPENDS = {"en": "It depends on the date", "fr": "Cela dépend de la date", "nl": "Dat hangt af van de datum",
           "it": "Dipende dalla data"}
FINE = {"en": "Yes, that is fine", "fr": "Oui, c'est bon", "nl": "Ja, dat is goed", "it": "Sì, va bene"}
MARCH = {"en": "graduating by March 2016", "fr": "d'ici mars 2016", "nl": "tegen maart 2016",
         "it": "entro marzo 2016"}


@pytest.mark.parametrize("intent", ["show_checks", "inform", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "hm I might defend my thesis sometime this year, would that change anything?"),
    ("fr", "je vais peut-être soutenir ma thèse cette année, est-ce que ça changerait quelque chose ?"),
    ("nl", "ik verdedig mijn proefschrift misschien dit jaar, zou dat iets uitmaken?"),
    ("it", "forse discuto la tesi quest'anno, cambierebbe qualcosa?"),
])
async def test_a_defence_this_year_gets_the_graduating_rule_not_every_check(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**LONDON, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY)
    reply = got.replies[-1]
    assert reply.startswith(DEPENDS[lang]), reply
    assert MARCH[lang] in reply, reply
    assert reply.count("✓") == 0, reply  # not the list of every check


@pytest.mark.parametrize("intent", ["affirm", "inform"])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok just checked with my supervisor, defence will be december 2016, so well after london. "
           "that's fine right?"),
    ("fr", "ok je viens de vérifier avec mon directeur, la soutenance sera en décembre 2016, bien après "
           "Londres. c'est bon, non ?"),
    ("nl", "ok, net nagevraagd bij mijn promotor, de verdediging wordt december 2016, ruim na Londen. "
           "dat is toch goed?"),
    ("it", "ok ho appena parlato con il mio relatore, la discussione sarà a dicembre 2016, molto dopo "
           "Londra. va bene, giusto?"),
])
async def test_a_defence_after_the_stay_is_fine_and_no_authorisation(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**LONDON, "language": lang}, [("ok", "affirm"), (text, intent)], TODAY)
    reply = got.replies[-1]
    assert reply.startswith(FINE[lang]), reply
    assert "✗" not in reply, reply
    assert got.last.get("graduation_date") == "2016-12-01", got.last
    assert "supervisor_authorised" not in got.last, got.last


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my supervisor approved it, and the defence is in december 2016"),
    ("it", "il mio relatore ha approvato, discussione a dicembre 2016"),
])
async def test_a_supervisor_who_approved_is_still_noted(monkeypatch, lang, text):
    got = await play(monkeypatch, {**LONDON, "language": lang}, [("ok", "affirm"), (text, "inform")], TODAY)
    assert got.last.get("supervisor_authorised") is True, got.last


async def test_a_graduation_before_the_end_keeps_the_recent_graduate_checks(monkeypatch):
    text = "I defend my thesis on 1 May 2016, is that a problem?"
    got = await play(monkeypatch, {**LONDON, "language": "en"}, [("ok", "affirm"), (text, "inform")], TODAY)
    assert "✗" in got.replies[-1] and "31 March 2016" in got.replies[-1], got.replies[-1]
