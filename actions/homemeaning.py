"""What "home country" means in a call's selection priority (round 45, a British PhD student at IMT Lucca
going to London who has lived in Italy for years).

"ranked lower? I've been living in Italy for years, Lucca is my home now really" got "No: the call's rules do
not look at where you live", and "what does 'home country' mean there, nationality or where you live?" the
destination's country list. The Lucca call only says "students whose mobility is not towards their home
country" and never defines it: the call's topic on it (`home_country_meaning`, with its section) says so, that
going to a country of one's citizenship may rank lower, and whom to ask how the selection reads it. A call
without that topic keeps its answers (actions/residenceq.py)."""
from __future__ import annotations

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

KEY = "home_country_meaning"


def home_meaning_question(turn: Turn) -> bool:
    """Whether the message asks what the call's "home country" is, or whether where one lives changes it;
    answered from the call's topic when it has one."""
    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload or not (is_question(text) or "?" in text):
        return False
    from actions.faq import topic_texts, topics_of

    found = topics_of(str(call_id), (KEY,), turn.get("role"))
    if not found or not _asks(turn):
        return False
    from actions.conditions import contacts_in_sentence

    lang = turn.lang
    turn.say("\n".join([topic_texts(str(call_id), found, lang),
                        t(lang, "home_meaning_who", who=contacts_in_sentence(turn))]))
    return True


def _asks(turn: Turn) -> bool:
    text = turn.text
    if has("nationality_or_residence", text):
        return True  # "nationality or where you live?"
    home = has("home_country_words", text)
    if home and has("home_meaning_asked", text):
        return True  # "what does 'home country' mean there?"
    if not has("residence_question", text):
        return False
    # Where one lives, said against the priority: "home country" asked about, or a destination in a country
    # of the person's citizenship (the one the priority may rank lower), or the country named as where one
    # lives ("I've been living in the UK, does it count as home?").
    citizenship = {str(c) for c in turn.get("citizenship") or []}
    destination = turn.get("destination")
    named = {str(e.get("value")) for e in turn.entities if e.get("entity") == "country"}
    return home or bool(destination) and (str(destination) in citizenship or str(destination) in named
                                         or str(destination) == str(turn.get("country_of_origin") or ""))
