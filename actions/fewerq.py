"""Follow-ups on a top-up for a group of people (the EU-wide one for students with fewer opportunities, in the
call data as `grant.group_top_ups`): "how do I know if I'm entitled to it?", "who decides whether I count?",
"what are the criteria?", "does the 250 a month apply to my case?", "no, I meant the 250 for people with
fewer opportunities". Round 33 gave the generic capabilities text, the traineeship top-up, the out-of-scope
reply and the credit-transfer topic. The call data says who gets the top-up, not who belongs to the group nor
who decides (and the reference figures do not say either), so the answer says so and names the call's
contact; whether it applies is "that depends", with what would come on top if the person does count.

A follow-up belongs to the top-up when it names the group, names the top-up's own figure ("the 250"), or comes
right after the reply that stated it ("et comment je sais si j'y ai droit ?")."""
from __future__ import annotations

import re
from typing import Any

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.plangrant import plan_grant
from actions.turn import Turn

AMOUNT_RX = re.compile(r"\b(\d{2,4})\s*(?:€|eur\b|euros?\b)", re.I)
FIRST_SENTENCE_RX = re.compile(r"(?<=\.)\s+(?=[A-ZÀ-Ý])")


def asked(turn: Turn) -> str | None:
    """"who" (who counts, who decides, the criteria, how one knows) or "applies" (does it apply to me), when
    the message is such a follow-up on a group's top-up; else None."""
    text, call_id = turn.text, turn.get("call")
    if not call_id:
        return None
    member, applies = has("group_who_question", text), has("group_applies_question", text)
    who = member or has("how_do_i_know", text)
    # "non, je parlais des 250 € pour ..."; not "what does fewer opportunities mean?", the term's meaning
    # (actions/termmeaning.py; round 35)
    meant = has("meta_talk", text) and _group_named(text) and not has("meaning_question", text)
    if not (who or applies or meant) or not (is_question(text) or meant):
        return None
    # Right after the top-up, "how do I know?" alone may ask anything ("... when the deadline is?"): one
    # about the top-up says whether one belongs or is entitled ("comment je sais si j'y ai droit ?").
    if not (_group_named(text) or _its_figure(turn) or (member or applies) and _just_said(turn)):
        return None
    return "who" if who else "applies"


def group_follow_up(turn: Turn) -> bool:
    kind = asked(turn)
    if kind is None:
        return False
    call_id, lang = str(turn.get("call")), turn.lang
    from actions.calls import call_name

    group = _group_label(lang)
    contact = _contact(call_id, turn.get("role"))
    found = _group_top_ups(turn)
    if not contact:
        return False  # no address to name: the other answers are tried
    if kind == "who":
        lines = [t(lang, "fewer_who", call=call_name(call_id, lang), group=group, contact=contact)]
    elif found:
        from actions.topupq import source_line

        lines = [t(lang, "fewer_applies", call=call_name(call_id, lang), group=group, contact=contact),
                 t(lang, "fewer_if_so"),
                 *[_capital(source_line(call_id, {**g, "text": _first_sentence(str(g.get("text") or ""))},
                                        lang)) for g in found]]
    else:  # a call with no figure for the group (IMT Lucca): that it says nothing, and whom to ask
        lines = [t(lang, "group_top_up_none", call=call_name(call_id, lang), group=group)]
        from actions.verdict import contact_lines

        lines += contact_lines(call_id, turn.get("role"), lang)
    if turn.intent in ("ask_grant", "check_eligibility"):
        turn.set("goal", turn.tracker.get_slot("goal"))  # the top-up was asked, not the whole answer again
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _group_label(lang: str) -> str:
    from actions import i18n

    return i18n.label(lang, "groups", "fewer_opportunities")


def _capital(line: str) -> str:
    return line[:1].upper() + line[1:]  # a line of its own (source_line writes it to follow "Yes: ")


def _group_named(text: str) -> bool:
    return any(rx.search(text) for rx in PHRASES["group_named"].values())


def _group_top_ups(turn: Turn) -> list[dict[str, Any]]:
    return list((plan_grant(turn) or {}).get("group_top_ups") or [])  # none for a profile it cannot judge


def _its_figure(turn: Turn) -> bool:
    """"Le complément de 250 € par mois": an amount the group's top-up states, that none of the plan's own
    top-ups states (the traineeship's 150)."""
    named = set(AMOUNT_RX.findall(turn.text))
    if not named:
        return False
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False

    def figures(key: str) -> set[str]:
        return {n for item in grant.get(key) or [] for n in re.findall(r"\d+", str(item.get("text") or ""))}

    return bool(named & (figures("group_top_ups") - figures("top_ups")))


def _just_said(turn: Turn) -> bool:
    """Whether the reply just before stated a group's top-up ("Yes: under EU-wide rules students with fewer
    opportunities receive ...")."""
    last: list[str] = []
    for event in reversed(turn.tracker.events or []):
        if event.get("event") == "user" and last:
            break
        if event.get("event") == "bot":
            last.append(str(event.get("text") or ""))
    said = "\n".join(last).lower()  # ("Yes: under EU-wide rules ...": its first letter lowered)
    return bool(said) and any(_first_sentence(str(g.get("text") or ""))[:60].lower() in said
                              for g in _group_top_ups(turn))


def _first_sentence(text: str) -> str:
    """The top-up itself, without the call data's remark on who counts (the answer says that already)."""
    return FIRST_SENTENCE_RX.split(text, maxsplit=1)[0]


def _contact(call_id: str, role: str | None) -> str | None:
    """The call's first contact with an address for the person's role ("erasmusplusmobility@itg.be",
    "Daniela Giorgetti (erasmus@imtlucca.it)")."""
    from actions.verdict import role_contacts

    found = next((c for c in role_contacts(call_id, role) if c.email), None)
    if found is None:
        return None
    return f"{found.name} ({found.email})" if found.name else str(found.email)


def top_up_lines(turn: Turn, lead: str, first_sentence: bool = False) -> tuple[list[str], str, str] | None:
    """The call data's top-ups for students with fewer opportunities under the lead text `lead` (each with its
    source; only its first sentence when the answer says who counts itself), or the line that the call names
    none; with the group's label and whom to ask. None when the call names no address to ask. Shared by the
    low-income (actions/lowmeans.py) and health-condition (actions/healthq.py) answers."""
    from actions.calls import call_name
    from actions.topupq import source_line

    lang, call = turn.lang, str(turn.get("call"))
    contact = _contact(call, turn.get("role"))
    if not contact:
        return None
    label = _group_label(lang)
    found = _group_top_ups(turn)
    if not found:
        return [t(lang, "group_top_up_none", call=call_name(call, lang), group=label)], label, contact
    shown = [{**g, "text": _first_sentence(str(g.get("text") or ""))} if first_sentence else g for g in found]
    return ([t(lang, lead, call=call_name(call, lang), group=label),
             *[f"• {_capital(source_line(call, g, lang))}" for g in shown]], label, contact)
