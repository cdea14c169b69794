"""Round 24: blocks said again word for word. The "So far: ✓ …" checks came back in each of the first three
replies, and the amount (309 EUR travel, Annex 1 not published) in full four times while the person added
their nationality, their travel mode and new dates. A check or an amount said before now comes back only
when it changed; the amount in one line otherwise."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN


def checks(reply: str) -> list[str]:
    return [line.strip() for line in reply.splitlines() if line.startswith(("✓ ", "✗ "))]


async def test_checks_said_before_are_not_listed_again(monkeypatch):
    replies = await converse(monkeypatch, {"language": "it"}, [
        ("Buongiorno, sono una dottoranda all'IMT Lucca e vorrei fare un tirocinio Erasmus all'estero.",
         "inform"),
        ("In Spagna, a Barcellona. Presso un'azienda di software.", "inform"),
        ("Dal primo aprile fino a fine luglio 2016.", "inform"),
    ], LUCCA_OPEN)
    seen: set[str] = set()
    for reply in replies:
        again = [c for c in checks(reply) if c in seen]
        assert not again, (again, replies)
        seen.update(checks(reply))
    assert len(seen) >= 3, replies  # each reply still says what its own message settled


STAFF_LJUBLJANA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SI",
                   "destination_city": "Ljubljana", "receiving_org": "hei", "start_date": "2026-04-20",
                   "end_date": "2026-04-24"}
THEN = {
    "fr": [("Combien ça rapporte ?", "ask_grant"), ("Je suis belge. Et je prendrais l'avion.", "inform"),
           ("En fait ce sera plutôt du 4 au 8 mai 2026.", "inform")],
    "en": [("How much would I get?", "ask_grant"), ("I'm Belgian. And I'd fly.", "inform"),
           ("Actually it will rather be 4 to 8 May 2026.", "inform")],
    "nl": [("Hoeveel krijg ik?", "ask_grant"), ("Ik ben Belg. En ik zou vliegen.", "inform"),
           ("Eigenlijk wordt het eerder van 4 tot 8 mei 2026.", "inform")],
}
ANNEX = {"en": "Annex 1", "fr": "annexe 1", "nl": "bijlage 1"}
MAY_4 = {"en": "4 March 2026", "fr": "4 mars 2026", "nl": "4 maart 2026"}


@pytest.mark.parametrize("lang", ["fr", "en", "nl"])
async def test_the_amount_said_before_comes_back_in_one_line(monkeypatch, lang):
    replies = await converse(monkeypatch, {**STAFF_LJUBLJANA, "language": lang}, THEN[lang], ITM_OPEN)
    first, nationality, dates = replies
    rest = [line for line in first.splitlines() if ANNEX[lang] in line]
    assert "309" in first and rest, first  # the full amount, with where the rest is, the first time
    short = t(lang, "grant_same_travel", amount="")[:12]
    for later in (nationality, dates):
        assert not any(line in later for line in rest), later   # not the whole block again
        assert short in later and "309" in later, later
    assert "✅" in nationality, nationality
    assert MAY_4[lang] in dates, dates  # what changed is said: the new date to apply by


async def test_a_changed_amount_is_said_in_full(monkeypatch):
    """From Ljubljana (309 EUR) to Athens (2,000-2,999 km band: 395 EUR): the new amount in full."""
    replies = await converse(monkeypatch, {**STAFF_LJUBLJANA, "citizenship": ["BE"], "green_travel": False,
                                           "language": "en"},
                             [("How much would I get?", "ask_grant"),
                              ("Actually I'll go to the University of Athens in Greece instead.", "inform")],
                             ITM_OPEN)
    assert "309" in replies[0], replies[0]
    assert "395" in replies[1] and t("en", "grant_same_travel", amount="")[:12] not in replies[1], replies[1]
