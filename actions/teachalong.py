"""Teaching asked about as something added to a staff training (round 60, an ITM lecturer whose plan was a
staff training in Porto): "No, I mean teaching. Can I combine the training with some teaching hours, a mixed
programme?" became "Updated: the kind of mobility: Staff training → Teaching" and "not eligible", and "can I
give a lecture or two during the training week?" got "Portugal is an eligible destination". A question about
adding teaching is a question: the call's answer (its topic `teaching_alongside`: the call funds the training
only and leaves a lecture during a training week to the ITM Education Office), and the plan kept.
actions/facts.py drops the teaching mentions of such a message; actions/earlyasks.py and
actions/factquestions.py answer it."""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has

if TYPE_CHECKING:
    from actions.turn import Turn

logger = logging.getLogger(__name__)

TOPIC = "teaching_alongside"
_SENTENCE_RX = re.compile(r"[^.?!]*\?")


def asks_teaching_alongside(text: str, role: Any, activity: Any) -> bool:
    """A staff member with a plan that is no teaching asks, in one question of `text`, whether teaching can
    go with it (teaching words and words of adding or combining in the same question); "instead" or "rather"
    changes the plan ("can I teach instead?" is no such question)."""
    if role != "staff" or activity == "teaching":
        return False
    for found in _SENTENCE_RX.finditer(text):
        sentence = found.group(0)
        if has("teaching_words", sentence) and has("alongside_training", sentence) \
                and not has("change_of_mind", sentence):
            return True
    return False


def teaching_alongside(turn: Turn) -> bool:
    """The call's answer to such a question, and that the plan stays as it is; whether it answered."""
    call_id = turn.get("call")
    if not call_id or not asks_teaching_alongside(turn.text, turn.get("role"), turn.get("activity")):
        return False
    try:
        from actions.profile import core

        topic = core().get_call(str(call_id)).topics.get(TOPIC)
    except Exception as err:  # a call file problem: the other answers take the question
        logger.debug("no %s topic: %s", TOPIC, err)
        return False
    if topic is None:
        return False
    from actions.askabout import sourced

    part = topic.for_role("staff")
    lines = [sourced("ℹ", part.answer(turn.lang), str(call_id), part.source, turn.lang)]
    activity = turn.get("activity")
    if activity:
        plan = i18n.label(turn.lang, "activities", str(activity), turn.get("role"))
        lines.append(t(turn.lang, "teaching_alongside_plan", activity=plan))
    turn.say("\n".join(lines))
    return True
