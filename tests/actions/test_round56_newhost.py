"""Round 56 (r56-zz, an IMT Lucca PhD student, Italian "Lei", 10 January 2016): a traineeship at the Joint
Research Centre of the European Commission in Ispra was refused (an EU institution). (1) "Capisco. Allora al
Max Planck Institute for Innovation and Competition di Monaco di Baviera, stesse date?" noted only the city
and country, kept "Istituzione dell'UE" as the host's kind and said "non è idoneo ... (istituzione o
organismo dell'UE)", after the call's rule on a stay in more than one country, unasked. The new host's kind is
read from its name (said to be so, as an update) and one place named is no question about several countries.
(2) "Per il JRC: contava anche che Ispra è in Italia?" got "No: Destinazione non ammessa: Italia è il paese
dell'istituto di invio." and "Questo paese (Italia) rientra tra i Paesi del Programma": now "Sì: ...", without
the line on the Programme Countries."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2016-01-10"
JRC = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
       "receiving_org": "eu_institution", "start_date": "2016-03-01", "end_date": "2016-06-30",
       "gender": "m", "goal": "eligibility"}
MUNICH = {**JRC, "receiving_org": "research_institute", "destination": "DE", "destination_city": "Munich",
          "receiving_org_name": "Max Planck Institute", "prior_erasmus_months": 0}

NEW_HOST = {
    "en": "I see. So what about the Max Planck Institute for Innovation and Competition in Munich, "
          "same dates?",
    "fr": "Je vois. Alors au Max Planck Institute for Innovation and Competition à Munich, mêmes dates ?",
    "nl": "Ik snap het. Dan het Max Planck Institute for Innovation and Competition in München, zelfde data?",
    "it": "Capisco. Allora al Max Planck Institute for Innovation and Competition di Monaco di Baviera, "
          "stesse date?",
}
COUNTS = {
    "en": "For the JRC: did it also count that Ispra is in Italy?",
    "fr": "Pour le JRC : ça comptait aussi qu'Ispra soit en Italie ?",
    "nl": "Voor het JRC: telde het ook mee dat Ispra in Italië ligt?",
    "it": "Per il JRC: contava anche che Ispra è in Italia?",
}

SEVERAL = {"en": "more than one country", "fr": "plus d'un pays", "nl": "meer dan één land",
           "it": "più di un paese"}


async def run(monkeypatch, slots, messages):
    return await play(monkeypatch, slots, messages, TODAY, user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize("intent", ["faq_several_countries", "check_eligibility"])
@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_new_host_named_takes_its_kind_from_its_name(monkeypatch, lang, intent):
    out = await run(monkeypatch, {**JRC, "language": lang}, [(NEW_HOST[lang], intent)])
    text = out.replies[-1]
    assert out.slots["receiving_org"] == "research_institute", text
    before, after = i18n.label(lang, "orgs", "eu_institution"), i18n.label(lang, "orgs", "research_institute")
    assert f"{before} → {after}" in text, text
    assert out.slots["destination"] == "DE", text
    # no refusal for an EU institution, and no rule on a stay in more than one country, unasked
    assert SEVERAL[lang] not in text, text


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_two_countries_named_still_get_the_rule_on_several_countries(monkeypatch, lang):
    asked = {"en": "Can I split the traineeship between Munich and Paris?",
             "fr": "Puis-je partager le stage entre Munich et Paris ?",
             "nl": "Kan ik de stage verdelen tussen München en Parijs?",
             "it": "Posso dividere il tirocinio tra Monaco di Baviera e Parigi?"}
    out = await run(monkeypatch, {**MUNICH, "language": lang}, [(asked[lang], "faq_several_countries")])
    assert SEVERAL[lang] in out.replies[-1], out.replies[-1]


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_counting_too_the_sending_country_is_a_yes(monkeypatch, lang):
    out = await run(monkeypatch, {**MUNICH, "language": lang}, [(COUNTS[lang], "check_eligibility")])
    text = out.replies[-1]
    first = text.split("\n")[0]
    assert first.startswith(t(lang, "answer_yes", answer="").strip()), text
    assert i18n.country("IT", lang) in first, text
    assert t(lang, "source") in first, text
    # not "Italy is one of the Programme Countries" under it: Italy is no destination for this person
    status = t(lang, "destination_status", country=i18n.country("IT", lang), sets="").split(" ")[0]
    lines = text.split("\n")[1:]
    assert not any(line.startswith(status) and i18n.country("IT", lang) in line for line in lines), text
