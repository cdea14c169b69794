"""Facts said the wrong way round: "not british", "forget the conference", "pas du personnel"
are taken back or set to no, never recorded as said."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasa_sdk import Tracker

from actions import metatalk
from actions.phrases import PHRASES, has, negated_before
from actions.postkind import kind_denied

if TYPE_CHECKING:
    from actions.facts import Reading

DROPPED_REACH = 40  # characters after a mention searched for the words that give it up
NEGATABLE = {"role", "activity", "receiving_org", "country", "city", "institution"}


def drop_negated(text: str, entities: list[dict[str, Any]], reading: Reading) -> list[dict[str, Any]]:
    """Mentions turned round ("not british", "remove the UK", "forget the conference") and languages named as
    languages ("english is fine") are no facts; a negated nationality is taken off the list."""
    kept = []
    for ent in entities:
        start = ent.get("start")
        if isinstance(start, int) and metatalk.disowned(text, start):
            reading.disowned.update(metatalk.slots_of(ent))  # "je parlais pas de Lyon": no fact
            continue
        if ent.get("entity") == "country" and ent.get("role") == "citizenship" and isinstance(start, int) \
                and PHRASES["language_talk"].search(text[max(0, start - 25):start + 40]):
            continue
        end = int(ent.get("end") or 0) if isinstance(start, int) else 0
        # ("Kampala, c'est abandonné": given up, said after it)
        if ent.get("entity") in NEGATABLE and isinstance(start, int) \
                and (negated_before(text, start) or has("dropped_after", text[end:end + DROPPED_REACH])) \
                and not (ent.get("value") == "staff" and kind_denied(text, start, end)):
            # "I live in Belgium now, not in Ghana", "I work in Belgium, not in Italy": where one lives or
            # works, not a nationality taken back (round 45 emptied an Italian's nationality), no destination.
            if not (ent.get("entity") == "country" and _home_or_work(text[max(0, start - 60):start], ent)):
                reading.negated.add(str(ent.get("value")))
            continue
        kept.append(ent)
    return kept


def _home_or_work(before: str, ent: dict[str, Any]) -> bool:
    """Words of living, working or studying somewhere before a negated country ("not in Italy", "io studio in
    Belgio, non in Italia"); a nationality named ("lavoro all'ITM, non sono belga") is still taken back."""
    return has("living_words", before) or ent.get("role") != "citizenship" \
        and (PHRASES["workplace_work"].search(before) is not None or has("study_place", before))


def negated_staff(tracker: Tracker, text: str, reading: Reading) -> None:
    """"not staff", "je ne fais pas partie du personnel", "I am not a member of the ITM staff": not a staff
    member (role and ITM staff status)."""
    match = PHRASES["staff_membership"].search(text) or PHRASES["staff_word"].search(text)
    if not match or not (negated_before(text, match.start()) or "staff" in reading.negated) \
            or kind_denied(text, match.start(), match.end()):  # "pas personnel permanent": still staff
        return
    reading.negated.add("staff")
    if reading.values.get("role") == "staff":
        reading.values.pop("role")
    if tracker.get_slot("role") == "staff" and "role" not in reading.values:
        reading.values["role"] = None
    reading.values["itm_staff_member"] = False
