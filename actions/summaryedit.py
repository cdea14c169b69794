""""Please remove the host from the summary", "enlevez l'institut du résumé", "haal de gastinstelling uit
de samenvatting", "togli l'ente dal riepilogo": the part named (phrases.yaml `summary_parts`: the host, the
dates, the funding...) is left out of the e-mail summary from now on (slot `summary_omit`), said so
("Removed from the summary: host institution."), and the summary is shown again without it with its mailto:
link. Round 31: the request was passed over and the pending question came again."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn

# What may be left out; the call, the status and the planned mobility say what the e-mail is about.
PARTS = ("host", "dates", "funding", "grant", "destination", "prior", "verdict", "apply_by")


def summary_edit(turn: Turn, changed: str | None) -> bool:
    """Answered when the message asks to leave a part out of the e-mail summary."""
    call_id = turn.get("call")
    if turn.is_payload or not call_id or not has("summary_remove", turn.text):
        return False
    lang = turn.lang
    named = [p for p in PARTS if PHRASES["summary_parts"][p].search(turn.text)]
    lines = [changed] if changed else []
    if not named and not has("summary_word", turn.text):
        return False  # "can I drop the traineeship and e-mail the office?": no part, no summary named
    if not named:
        parts = ", ".join(i18n.label(lang, "summary_parts", p) for p in PARTS)
        turn.say("\n".join([*lines, t(lang, "summary_remove_which", parts=parts)]))
        turn.answered = True
        return True
    omitted = list(dict.fromkeys([*(turn.get("summary_omit") or []), *named]))
    turn.set("summary_omit", omitted)
    from actions.contact import best_contact, summary, summary_and_link

    removed = ", ".join(i18n.label(lang, "summary_parts", p) for p in named)
    lines.append(t(lang, "summary_removed", parts=removed))
    contact = best_contact(str(call_id), turn.get("role"))
    if contact is None:  # no address to write to: the summary alone
        turn.say("\n".join([*lines, t(lang, "contact_summary"), "", summary(turn.view, lang, str(call_id))]))
    else:
        body, link = summary_and_link(turn.view, lang, str(call_id), contact)
        turn.say("\n".join([*lines, t(lang, "contact_summary"), "", body]))
        turn.say(t(lang, "contact_mailto", link=link))
    turn.answered = True
    asked = turn.get("asked")
    if asked and turn.get(asked) in (None, []):
        from actions.flow import ask

        ask(turn, asked)  # the question pending before the request comes again
    return True
