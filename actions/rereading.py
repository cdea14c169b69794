"""The intent a message is read with where the NLU's guess is known to mislead (a goal behind an unsure
"out of scope", "why 59 days?", "ok dus hoeveel euro?", "what are my options?", "Je vais à Québec."): set
as `turn.reread` before actions/dialogue.py answers."""
from __future__ import annotations

from actions.amountfollow import amount_follow_up
from actions.dailyfirst import daily_asked
from actions.daycount import asks_day_count
from actions.goingto import going_to_place
from actions.misread import misread
from actions.optionsq import options_asked
from actions.phrases import has
from actions.turn import Turn
from actions.unplaced import reads_as_grant

GOAL_INTENTS = {"check_eligibility": "eligibility", "ask_grant": "grant", "ask_deadline": "deadline",
                "ask_contact": "contact"}
SMALL_TALK = {"greet": "greet", "thank": "thank", "bot_challenge": "bot_challenge", "help": "help",
              "goodbye": "goodbye"}
OUT_OF_SCOPE_SURE = 0.6


# An "out of scope" guess this unsure, with a goal intent close behind it, is read as that goal ("What is the
# deadline of the ITM Antwerp Erasmus+ call?": out_of_scope 0.48, ask_deadline 0.47 after a retraining).
HESITANT_GOAL_MIN = 0.3


def _hesitant_goal(turn: Turn) -> str | None:
    if turn.intent != "out_of_scope" or turn.confidence >= OUT_OF_SCOPE_SURE:
        return None
    ranking = turn.tracker.latest_message.get("intent_ranking") or []
    runner_up = next((r for r in ranking if isinstance(r, dict) and r.get("name") != "out_of_scope"), {})
    name, score = str(runner_up.get("name") or ""), float(runner_up.get("confidence") or 0)
    return name if name in GOAL_INTENTS and score >= HESITANT_GOAL_MIN else None


def reread_intent(turn: Turn) -> None:
    turn.reread = _hesitant_goal(turn) or misread(turn) or turn.reread
    if turn.intent == "ask_why" and asks_day_count(turn):
        turn.reread = "nlu_fallback"  # "why 59 days?": how the days are counted, not every check again
    turn.reread = "ask_grant" if reads_as_grant(turn) else turn.reread  # "ok dus hoeveel euro?": the grant
    if amount_follow_up(turn):
        turn.reread = "ask_grant"  # "en in totaal?", "not even a rough idea?" after an amount (round 60)
    if turn.intent in ("out_of_scope", "nlu_fallback", "inform", *SMALL_TALK) and turn.get("call") \
            and daily_asked(turn.text):
        turn.reread = "ask_grant"  # "Tant pis. Et l'indemnité journalière ?" after a complaint (round 59)
    if turn.intent != "ask_grant" and turn.get("call") and has("would_have_got", turn.text):
        turn.reread = "ask_grant"  # "what would I have got under it?" read as a deadline or help: the amount
    if (turn.intent in SMALL_TALK or str(turn.intent).startswith("faq_") or turn.intent == "out_of_scope") \
            and options_asked(turn) and (turn.intent in SMALL_TALK or has("options_question", turn.text)):
        # "what are my options?" after an answer: what else the rules allow ("What could I do instead,
        # then?" after the teaching refusal got the application topic, round 57)
        turn.reread = "nlu_fallback"
    if turn.intent == "goodbye" and going_to_place(turn.text, turn.entities):
        turn.reread = "inform"  # "Je vais à Québec.": where the stay is, no leave-taking
