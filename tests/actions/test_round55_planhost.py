"""Round 55 (r55-ss, an IMT Lucca PhD student, Italian "Lei"): "Allora, se invece facessi un tirocinio presso
la stessa università, sempre dal 1° marzo al 30 aprile 2016 (2 mesi), sarebbe possibile?" got "Sì:
Organizzazione ospitante ammessa (istituto di istruzione superiore) per questo tipo di mobilità (tirocinio)."
first: a question naming another activity or dates with the host asks about that plan, so its "Yes" is the
what-if's verdict. A question about the kind of host alone is still answered as such. In the four
languages."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2016-01-10"
CASE = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "FR",
        "destination_city": "Paris", "receiving_org": "hei", "citizenship": ["GR"],
        "start_date": "2016-02-01", "end_date": "2016-06-30", "prior_erasmus_months": 10,
        "goal": "eligibility"}
HOST_OK = {"it": "Organizzazione ospitante ammessa", "en": "may host this", "fr": "peut accueillir",
           "nl": "mag deze"}
WHAT_IF = {"it": "in quel caso sarebbe", "en": "for that case you would be", "fr": "dans ce cas, vous seriez",
           "nl": "in dat geval geldt"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Allora, se invece facessi un tirocinio presso la stessa università, sempre dal 1° marzo al "
           "30 aprile 2016 (2 mesi), sarebbe possibile?"),
    ("en", "Then if I did a traineeship at the same university instead, still from 1 March to 30 April "
           "2016 (2 months), would that be possible?"),
    ("fr", "Et si je faisais plutôt un stage dans la même université, du 1er mars au 30 avril 2016, ce "
           "serait possible ?"),
    ("nl", "En als ik in plaats daarvan een stage aan dezelfde universiteit doe, van 1 maart tot 30 april "
           "2016, kan dat dan?"),
])
async def test_another_activity_at_the_same_host_gets_the_what_if_verdict(monkeypatch, lang, text):
    got = await play(monkeypatch, {**CASE, "language": lang}, [(text, "inform")], TODAY, user_event="parsed")
    first = got.replies[0]
    assert HOST_OK[lang] not in first, got.replies
    assert WHAT_IF[lang].lower() in "\n".join(got.replies).lower(), got.replies


async def test_the_kind_of_host_alone_is_still_answered(monkeypatch):
    text = "Is a research institute fine as the host?"
    got = await play(monkeypatch, {**CASE, "activity": "traineeship", "language": "en"}, [(text, "inform")],
                     TODAY, user_event="parsed")
    assert got.replies[0].startswith("Yes"), got.replies
