"""The call's country sets a destination is in, said as one fact: "the 2015/2016 Erasmus+ Programme Countries
(group 2, medium living costs)". A set with a status in the programme (programme countries, EU member states)
is what the country is; a set without one (Lucca's living-cost groups) only groups it for the rates, said in
brackets after it. Round 50 got "Türkiye belongs to Group 2 (medium living costs), the 2015/2016 Erasmus+
Programme Countries", two facts run together."""
from __future__ import annotations

import re
from typing import Any


def sets_text(status: dict[str, Any]) -> str:
    """The labels of rules_core's destination_status, the sets with a status first, the groups after them in
    brackets ("Group 2 (medium living costs)" said "group 2, medium living costs")."""
    details = status.get("set_details") or []
    main = list(dict.fromkeys(d["label"] for d in details if d.get("status")))
    groups = list(dict.fromkeys(d["label"] for d in details if not d.get("status")))
    if not main or not groups:
        return ", ".join(status.get("labels") or [])
    return f"{', '.join(main)} ({'; '.join(_in_brackets(g) for g in groups)})"


def _in_brackets(label: str) -> str:
    """"Group 2 (medium living costs)" inside brackets: "group 2, medium living costs"."""
    label = label[:1].lower() + label[1:]
    return re.sub(r"\s*\(([^()]*)\)\s*$", r", \1", label)
