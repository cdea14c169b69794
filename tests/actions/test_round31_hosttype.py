"""Round 31 (an ITM master's student, traineeship in Paris): (1) "stage bij het Institut Pasteur" was asked
"which kind of organisation?": a capitalised name whose head word is "Institut/Institute/Istituto/Instituut"
is a research institute, one with "College" or "of Technology" a university, and known names with no word
for their kind (Swiss TPH, Médecins Sans Frontières) their kind; (2) "I'm not sure whether it's a foundation
or a research institute" in the first message got the host question again: a hedge is unknown, never a fact,
and when the rules core answers alike for every kind named the reply says so (no ECHE when neither is a
university); (3) the Dutch "indien" ("if") is the French for Indian and was read as an Indian nationality.
With the nearby cases that keep their answer, in the four languages."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from bot.nlu.extract import extract
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, hear


def orgs(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "receiving_org"]


@pytest.mark.parametrize(("text", "kind"), [
    ("stage bij het Institut Pasteur in Parijs", "research_institute"),
    ("a traineeship at the KIT Royal Tropical Institute in Amsterdam", "research_institute"),
    ("tirocinio all'Istituto Superiore di Sanità a Roma", "research_institute"),
    ("un stage à l'Institut Pasteur de Lille", "research_institute"),
    ("at the Swiss Tropical and Public Health Institute in Basel", "research_institute"),
    ("stage bij swiss tph in Basel", "research_institute"),
    ("un stage chez Médecins Sans Frontières à Bruxelles", "ngo"),
    ("stage bij Artsen zonder Grenzen", "ngo"),
    ("a traineeship at the Karlsruhe Institute of Technology", "hei"),
    ("a semester at Imperial College London", "hei"),
    ("stage at the Karolinska Institutet in Stockholm", "hei"),  # its own name says university
    ("un stage à l'Institut de recherche pour le développement", "research_institute"),
])
def test_a_hosts_name_says_its_kind(text, kind):
    assert orgs(text) == [kind], extract(text)


@pytest.mark.parametrize("text", [
    "je travaille à l'institut depuis trois ans",  # ITM's own people call it so: no name, no host
    "I work at the Institute",
    "ik doe een stage bij het Instituut",
    "The Institute is great",
    "tirocinio all'Istituto Tecnico Galilei",  # an Italian school or not: the kind is asked
    "ik ben personeelslid van het Instituut voor Tropische Geneeskunde",  # ITM itself is no host
    "I'm a student at the Institute of Tropical Medicine",
])
def test_no_kind_from_a_word_alone_or_the_home_institute(text):
    assert orgs(text) == [], extract(text)


PARIS = {
    "en": "I'm an MSc student at ITM, Belgian, traineeship at the Institut Pasteur in Paris from 1 June to "
          "31 July 2026",
    "fr": "Je suis étudiant en master à l'IMT Anvers, belge, stage à l'Institut Pasteur à Paris du 1 juin au "
          "31 juillet 2026",
    "nl": "Ik ben masterstudent aan het ITG, Belg, stage bij het Institut Pasteur in Parijs van 1 juni tot "
          "en met 31 juli 2026",
    "it": "Sono studente di master all'ITM, belga, tirocinio all'Institut Pasteur di Parigi dal 1 giugno al "
          "31 luglio 2026",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_institut_pasteur_is_a_research_institute_and_not_asked(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, PARIS[lang], {"language": lang}, ITM_OPEN)
    assert got.get("receiving_org") == "research_institute", got
    assert str(got.get("receiving_org_name")).startswith("Institut Pasteur"), got  # ("... di Parigi")
    assert got.get("asked") != "receiving_org", got


NO_HOST = {
    "en": "I'm an MSc student at ITM, Belgian, traineeship in Paris from 1 June to 31 July 2026.",
    "fr": "Je suis étudiant en master à l'IMT Anvers, belge, stage à Paris du 1 juin au 31 juillet 2026.",
    "nl": "Ik ben masterstudent aan het ITG, Belg, stage in Parijs van 1 juni tot en met 31 juli 2026.",
    "it": "Sono studente di master all'ITM, belga, tirocinio a Parigi dal 1 giugno al 31 luglio 2026.",
}
HEDGE = {
    "en": "I'm not sure whether it's a foundation or a research institute",
    "fr": "je ne sais pas si c'est une fondation ou un institut de recherche",
    "nl": "ik weet niet of het een stichting of een onderzoeksinstituut is",
    "it": "non so se è una fondazione o un istituto di ricerca",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_hedge_in_the_first_message_is_unknown_and_said_to_be_the_same_either_way(monkeypatch, lang):
    text = f"{NO_HOST[lang]} {HEDGE[lang]}"
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {"language": lang}, ITM_OPEN)
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert got.get("receiving_org") is None, got
    assert "receiving_org" in (got.get("skipped") or []), got
    assert got.get("asked") != "receiving_org", said  # not the same question again
    assert t(lang, "org_either_way_no_eche") in said, said
    assert t(lang, "org_either_way", options="")[2:] in said, said


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_hedge_answering_the_host_question_stores_no_kind(monkeypatch, lang):
    replies = await converse(monkeypatch, {"language": lang}, [(NO_HOST[lang], "inform"),
                                                               (HEDGE[lang], "dont_know")], ITM_OPEN)
    assert t(lang, "ask_receiving_org") in replies[0], replies[0]
    assert t(lang, "org_either_way_no_eche") in replies[1], replies[1]
    assert t(lang, "ask_receiving_org") not in replies[1], replies[1]
    noted = t(lang, "noted", facts="")[:8]
    assert noted not in replies[1], replies[1]  # nothing noted: no foundation, no research institute


PARIS_TRAINEESHIP = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship",
                     "destination": "FR", "destination_city": "Paris", "citizenship": ["BE"],
                     "start_date": "2026-06-01", "end_date": "2026-07-31", "goal": "eligibility"}


@pytest.mark.parametrize("text", [
    "I'm not sure whether it's a university or a research institute",  # a university needs an ECHE
    "I don't know if it's an EU agency or a research institute",  # an EU body cannot host a traineeship
])
async def test_a_hedge_between_kinds_that_differ_says_no_either_way(monkeypatch, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**PARIS_TRAINEESHIP, "language": "en"}, ITM_OPEN)
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert got.get("receiving_org") is None and "receiving_org" in (got.get("skipped") or []), got
    assert "either way" not in said and "no ECHE" not in said, said


async def test_a_kind_said_plainly_is_still_stored(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "It's a foundation.",
                     {**PARIS_TRAINEESHIP, "language": "en"}, ITM_OPEN)
    assert got.get("receiving_org") == "foundation", got


@pytest.mark.parametrize("text", [
    "is a foundation or a research institute fine?",  # a question about kinds, no hedge
])
async def test_a_question_about_kinds_is_no_hedge(monkeypatch, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text,
                     {**PARIS_TRAINEESHIP, "language": "en"}, ITM_OPEN)
    assert "receiving_org" not in (got.get("skipped") or []), got


def countries(text: str) -> list[tuple[str, str]]:
    return [(e["value"], e.get("role", "")) for e in extract(text) if e["entity"] == "country"]


@pytest.mark.parametrize("text", [
    "indien ik in augustus terugkom, is dat een probleem?",
    "Indien ik in augustus terugkom, is dat een probleem?",
    "Ik ben Belg, indien ik in augustus terugkom, is dat een probleem?",
    "Ik ben Belgisch en indien mogelijk wil ik in augustus gaan",
    "ik ben indien nodig flexibel",
    "Indien je later vertrekt, moet je dat melden?",
])
def test_dutch_indien_is_if_not_india(text):
    assert "IN" not in [code for code, _ in countries(text)], extract(text)


@pytest.mark.parametrize(("text", "role"), [
    ("Je suis indien", "citizenship"),
    ("je suis belge et indien", "citizenship"),
    ("j'ai un passeport indien", "citizenship"),
    ("Je suis indien, je voudrais partir en stage", "citizenship"),
    ("ik ben Indiër", "citizenship"),
    ("sono indiano", "citizenship"),
    ("I'd like to go to India", "destination"),
])
def test_indian_and_india_keep_their_reading(text, role):
    assert ("IN", role) in countries(text), extract(text)


async def test_indien_with_no_destination_sets_no_india(monkeypatch):
    slots = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "citizenship": ["BE"],
             "language": "nl"}
    for text in ("indien ik in augustus terugkom, is dat een probleem?",
                 "Ik ben Belg, indien ik in augustus terugkom, is dat een probleem?"):
        got = await hear(CollectingDispatcher(), monkeypatch, text, dict(slots), ITM_OPEN)
        assert got.get("destination") in (None, ""), got
        assert "IN" not in (got.get("citizenship") or []), got
