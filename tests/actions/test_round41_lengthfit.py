"""Round 41: "research stay for my PhD at Univ of Cape Town, 13 april - 1 may 2026" was asked "What kind
of mobility do you have in mind?" ("i already said"). The stay's length leaves one kind open to the role when
its limits lie apart from the others' (ITM PhD: short-term doctoral 5-30 days; study and traineeship from 2
months): it is taken, and said. Where two kinds admit the length, or their limits overlap (IMT Lucca PhD:
traineeship from 2 months, study from 3), the question stays."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

ITM_PHD = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "itm_staff_member": False}
SAID = {"en": "Noted: the kind of mobility: Short-term doctoral mobility",
        "fr": "C'est noté : le type de mobilité : Mobilité doctorale de courte durée",
        "nl": "Genoteerd: het soort mobiliteit: Korte doctorale mobiliteit",
        "it": "Preso nota: il tipo di mobilità: Mobilità dottorale breve"}
PLAN = {"en": "a research stay at the University of Cape Town, 13 April to 1 May 2026",
        "fr": "un séjour de recherche à l'Université du Cap du 13 avril au 1er mai 2026",
        "nl": "een onderzoeksverblijf aan de universiteit van Kaapstad van 13 april tot 1 mei 2026",
        "it": "un soggiorno di ricerca all'Università di Città del Capo dal 13 aprile al 1 maggio 2026"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_nineteen_days_for_an_itm_phd_is_a_short_term_doctoral_mobility(monkeypatch, lang):
    got = await play(monkeypatch, {**ITM_PHD, "language": lang}, [(PLAN[lang], "inform")], "2025-10-01")
    assert got.slots.get("activity") == "short_term_doctoral", got.slots
    label = SAID[lang].split(": ")[-1]
    assert label.lower() in got.replies[0].lower(), got.replies[0]


async def test_three_months_for_an_itm_msc_leaves_the_choice(monkeypatch):
    slots = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "language": "en"}
    got = await play(monkeypatch, slots, [("Lisbon, 1 March to 31 May 2026", "inform")], "2025-10-01")
    assert not got.slots.get("activity"), got.slots
    assert "What kind of mobility" in got.replies[0], got.replies[0]


async def test_overlapping_limits_at_lucca_leave_the_choice(monkeypatch):
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "language": "en"}
    got = await play(monkeypatch, slots, [("Vienna, 1 April to 15 June 2016", "inform")], "2016-01-10")
    assert not got.slots.get("activity"), got.slots  # 75 days: a traineeship, or a study period too short


async def test_a_named_activity_is_kept(monkeypatch):
    slots = {**ITM_PHD, "language": "en", "activity": "study"}
    got = await play(monkeypatch, slots, [("Cape Town, 13 April to 1 May 2026", "inform")], "2025-10-01")
    assert got.slots.get("activity") == "study"


async def test_the_taken_kind_is_said_after_the_facts_given(monkeypatch):
    got = await play(monkeypatch, {**ITM_PHD, "language": "en"}, [(PLAN["en"], "inform")], "2025-10-01")
    lines = got.replies[0].split("\n")
    given = next(i for i, line in enumerate(lines) if "Cape Town" in line)
    taken = next(i for i, line in enumerate(lines) if SAID["en"] in line)
    assert given < taken, got.replies[0]
