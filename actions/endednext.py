"""An ended call's end said again where the person pushes back or asks when they should have applied, with
what is known of a newer call.

Round 46 (an IMT Lucca PhD student, both calls ended): "but I found the call on your website! it's the one
linked on the IMT page" got "Is there anything else I can help you with?" and the menu, and "ok. so when
would I have had to apply, and is there a newer call?" only the newer-call part. Now the call the site shows
is named as the one that ended, with its last day to apply and the day its stays had to end (the call data),
that no newer call is known, and whom to ask; asked when they would have had to apply, that date first."""
from __future__ import annotations

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def site_call_answer(turn: Turn, changed: str | None) -> bool:
    """"But it's on your website!" of an ended call whose end was told: that call is the one that ended, no
    newer one is known, whom to ask; False for any other message, an open call or one with a newer call."""
    from actions.calls import status_of
    from actions.later import closed_was_told, newer_call

    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload or not has("call_on_site", text):
        return False
    if "?" in text and not has("objection_start", text):
        return False  # "is the form on your website?": a question about the site, answered elsewhere
    status = status_of(str(call_id))
    told = closed_was_told(turn, str(call_id))
    if status.get("status") != "closed" or not told or newer_call(str(call_id)):
        return False
    from actions.verdict import contact_lines

    lang = turn.lang
    ended = t(lang, "site_call_ended", call=call_name(str(call_id), lang),
              date=i18n.fmt_date(str(status.get("closes")), lang),
              last=i18n.fmt_date(str(status.get("mobility_to")), lang))
    turn.say("\n".join(line for line in (changed, ended, t(lang, "next_call_unknown"),
                                          *contact_lines(str(call_id), turn.get("role"), lang)) if line))
    turn.set("asked", None)
    turn.answered = True
    return True


def would_have_applied_line(turn: Turn, call_id: str) -> str | None:
    """"When would I have had to apply, and is there a newer call?" of an ended call: the call's last day to
    apply, said before the newer call's answer; None when not asked or the call is not ended."""
    from actions.calls import status_of

    if not has("when_would_have_applied", turn.text):
        return None
    status = status_of(call_id)
    if status.get("status") != "closed" or not status.get("closes"):
        return None
    return t(turn.lang, "deadline_would_have", date=i18n.fmt_date(str(status["closes"]), turn.lang))
