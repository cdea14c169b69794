"""A reply language asked for, or the one just used complained about: "english pls", "in English please", "en
français svp", "in het Nederlands aub", "in italiano per favore", "why dutch now?", "je ne parle pas
néerlandais".

Round 31: an English speaker answered in Dutch wrote "uh why dutch now? english pls. i dont speak dutch" and
got every check of the answer (the NLU read "why"), in English but not what they had asked. Now the language
is set, and the previous answer comes again in that language: the person's previous message is answered again
(its facts are stored already, so it gives the same answer, or the question still pending). A message that
asks something besides ("english pls, and how much do I get?") is answered as usual, in that language.
Used by actions/dialogue.py before anything else reads the message.
"""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.i18n import t
from actions.phrases import PHRASES, has

LANGS = ("en", "fr", "nl", "it")


def _frames(key: str) -> dict[str, re.Pattern[str]]:
    """The frames of `key` with each language's names put in (actions/locales/phrases.yaml)."""
    frames = PHRASES[key].pattern
    names = PHRASES["language_names"]
    return {lang: re.compile(frames.replace("{name}", names[lang].pattern), re.I) for lang in LANGS}


_REQUEST = _frames("language_request")
_COMPLAINT = _frames("language_complaint")
# Words around a request that ask nothing more ("uh why dutch now? english pls. i dont speak dutch").
_FILLER_RX = re.compile(
    r"\b(uh+|um+|hm+|eh+|ok(ay)?|oh|so|and|but|now|just|please|pls|plz|thanks|thank you|again|the|"
    r"answer|same|that|this|it|euh|bon|alors|donc|et|mais|merci|svp|stp|nou|dus|en|maar|dank je|ja|nee|ehm|"
    r"allora|e|ma|"
    r"grazie|beh|dai|sorry|désolé|sorry|scusa|scusi|no|non|oui|sì|yes|language|langue|taal|lingua|lol)\b",
    re.I)
MAX_OTHER_WORDS = 2
# The person's last messages whose replies a complaint about the language may be about.
RECENT_TURNS = 3
_NEVER = re.compile(r"(?!)")


def asked_language(text: str, detected: str, previous: str | None, earlier: list[str],
                   recent: tuple[str, ...] = ()) -> str | None:
    """The language the message asks the replies to be in: one named in a request; else, for a complaint
    about the language the replies were in, the one the message is written in, or the one the person wrote
    in before. A complaint about another language ("why Dutch? I said German" of a nationality) is none.
    `recent`: the languages of the last few replies; one of them complained about once the replies are back in
    the person's language ("waarom ineens engels??" a turn after an English reply) keeps that language."""
    if not text or text.startswith("/") or has("language_needed", text):
        return None
    # ("i dont speak dutch" is no request for Dutch)
    named = [lang for lang in LANGS if _REQUEST[lang].search(text) and not _COMPLAINT[lang].search(text)]
    if len(named) == 1:
        return named[0]
    if not named and previous and detected == previous \
            and any(lang != previous and _COMPLAINT[lang].search(text) for lang in recent if lang in LANGS):
        return previous
    if named or not previous or not _COMPLAINT.get(previous, _NEVER).search(text):
        return None
    if detected != previous:
        return detected
    from bot.sticky_margin import written_in

    return next((lang for lang in LANGS if lang != previous and written_in(lang, earlier)),
                "en" if previous != "en" else None)


def only_about_language(text: str) -> bool:
    """Whether the message asks nothing but the language (then the previous answer comes again)."""
    rest = text
    for rx in (*_REQUEST.values(), *_COMPLAINT.values(), *PHRASES["language_names"].values(), _FILLER_RX):
        rest = rx.sub(" ", rest)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= MAX_OTHER_WORDS


def previous_message(tracker: Tracker) -> dict[str, Any] | None:
    """The person's message before this one, as the NLU read it, with the events up to it (Rasa's events end
    with this message itself); None when there is none."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    current = str(tracker.latest_message.get("text") or "")
    if users and str(events[users[-1]].get("text") or "") == current:
        users.pop()
    if not users:
        return None
    at = users[-1]
    event = events[at]
    parse = dict(event.get("parse_data") or {})
    parse["text"] = str(event.get("text") or parse.get("text") or "")
    return {"message": parse, "events": events[:at + 1]}


def replay_tracker(tracker: Tracker, lang: str) -> Tracker | None:
    """The tracker as it was at the person's previous message, with today's slots in `lang`."""
    found = previous_message(tracker)
    if found is None:
        return None
    message = found["message"]
    if not message.get("text") or message["text"].startswith(("/restart", "/erase")):
        return None
    slots = {**tracker.slots, "language": lang}
    return Tracker(
        sender_id=tracker.sender_id, slots=slots, latest_message=message, events=found["events"],
        paused=False, followup_action=None, active_loop=tracker.active_loop or {},
        latest_action_name="action_listen")


def earlier_texts(tracker: Tracker) -> list[str]:
    """The person's messages before this one, oldest first."""
    found = previous_message(tracker)
    events = found["events"] if found else []
    return [str(e.get("text") or "") for e in events if e.get("event") == "user"]


def recent_languages(tracker: Tracker, turns: int = RECENT_TURNS) -> tuple[str, ...]:
    """The reply languages set since the person's last few messages (the `language` slot events)."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    since = users[-turns - 1] if len(users) > turns else 0
    return tuple(dict.fromkeys(str(e.get("value")) for e in events[since:] if e.get("event") == "slot"
                               and e.get("name") == "language" and e.get("value")))


def turn_language(tracker: Tracker, text: str) -> tuple[str, bool, bool, bool]:
    """The reply language of this message, whether the message asks nothing but that language, whether it
    complains about the language of the replies while asking something else too (then the answer opens
    with "OK, I'll continue in ...": round 33's "waarom ineens engels?? en ..." was passed over), and whether
    it asks for a reply language at all."""
    from actions.language import detect

    previous = tracker.get_slot("language")
    earlier = earlier_texts(tracker)
    detected = detect(text, previous, earlier)
    asked = asked_language(text, detected, previous, earlier, recent_languages(tracker))
    if asked is None:
        return detected, False, False, False
    only = only_about_language(text)
    return asked, only, not only and complained(text), True


def language_turn(tracker: Tracker, dispatcher: Any, text: str, again: str | None) -> tuple[Any, bool]:
    """The turn in its reply language (`again`: the previous message answered again in the language asked
    for), and whether the message asks nothing but that language. A complaint about the language that asks
    something else too ("waarom ineens engels?? en ...") first says which language the replies are in."""
    from actions.buttons import as_clicked
    from actions.turn import Turn

    lang, only, complaint, asked = (again, False, False, False) if again else turn_language(tracker, text)
    turn = Turn(as_clicked(tracker), dispatcher, lang)
    if complaint:
        turn.say(t(lang, "language_switched"))
    elif asked and not only and _REQUEST[lang].search(text):
        # "ik doe mijn master daar. kan je in het nederlands antwoorden?": the switch said, the rest read
        from actions.languageaside import rest_span

        turn.focus = rest_span(text, [_REQUEST[lang]])
        if lang != tracker.get_slot("language"):
            turn.say(t(lang, "language_switched"))
    return turn, only


def complained(text: str) -> bool:
    """Whether the message complains about the language of the replies ("waarom ineens engels??")."""
    return not text.startswith("/") and any(rx.search(text) for rx in _COMPLAINT.values()) \
        and not has("language_needed", text)


async def say_again(action: Any, turn: Any, tracker: Tracker, domain: Any) -> list[dict[str, Any]]:
    """"OK, I'll continue in English." and the previous message answered again in that language; with no
    previous message to answer again, the question pending (if any) asked again."""
    turn.set("language", turn.lang)
    turn.say(t(turn.lang, "language_switched"))
    replay = replay_tracker(tracker, turn.lang)
    if replay is None or only_about_language(str(replay.latest_message.get("text") or "")):
        pending = turn.get("asked")
        if pending:
            from actions.flow import ask

            ask(turn, pending)
        return turn.events()
    events: list[dict[str, Any]] = await action._run(turn.dispatcher, replay, domain, again=turn.lang)
    return [*turn.events(), *(e for e in events if e.get("name") != "language")]
