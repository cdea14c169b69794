"""Whether an eligible person gets a grant ("est-ce que je suis sûre d'obtenir une bourse si je suis éligible
?", "la bourse est-elle garantie une fois ma candidature acceptée ?"). Round 57 dodged it three times and then
answered the amount's uncertainty ("Non : je n'ai pas de montant pour votre cas"). Eligibility lets one apply;
how the grants go is in the call's own topics (first come, first served and the number of grants at ITM; the
selection criteria at IMT Lucca), said with their sources after "Not automatically".

Round 58 (an ITM MSc student, a traineeship in Uganda): "so i might not get money even if im eligible?" and
"can i be eligible and still not get a grant?" got the destination block, then the verdict. Asked that way
round, the answer is "Yes, that can happen", the same topics, then the call's priorities for the person's own
plan as the rules core reads them (the 2 grants for third countries not associated, priority to self-funded
MSc students)."""
from __future__ import annotations

from typing import Any

from actions.askabout import asking, is_question, sourced
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

# How a call awards its grants, in the order said: whichever topics the call has.
AWARD_TOPICS = ("first_come_first_served", "grant_count", "selection_criteria")


def award_question(turn: Turn) -> bool:
    """"Not automatically:" and the call's topics on how grants are awarded; False for other messages."""
    call_id, text = turn.get("call"), turn.text
    unsure = has("award_unsure_question", text)  # "can I be eligible and still not get one?"
    if not call_id or not is_question(text) or not (unsure or has("award_question", asking(text))):
        return False
    from actions.faq import topic_texts, topics_of

    keys = AWARD_TOPICS if "first_come_first_served" not in _topic_keys(str(call_id)) \
        else AWARD_TOPICS[:2]  # (a call that awards first come, first served: its criteria only rank)
    found = topics_of(str(call_id), keys, turn.get("role"))
    if not found:
        return False
    answer = topic_texts(str(call_id), found, turn.lang)
    if not unsure:
        turn.say(t(turn.lang, "award_not_automatic", answer=answer))
    else:
        turn.say("\n".join([t(turn.lang, "award_not_guaranteed", answer=answer), *_plan_priorities(turn)]))
        turn.priorities_said = True
    turn.answered = True
    return True


def _topic_keys(call_id: str) -> set[str]:
    from actions.profile import core

    return set(core().get_call(call_id).topics)


def _plan_priorities(turn: Turn) -> list[str]:
    """The call's priorities that concern the person's plan (rules_core.priorities), each marked as it reads
    their facts: ✓ favoured, ✗ not, • not known yet; with their sources."""
    from actions.facts import view
    from actions.profile import core, profile_from_tracker

    try:
        profile = profile_from_tracker(view(turn.view))
        items: list[dict[str, Any]] = list(core().priorities(profile, turn.lang))
    except Exception:  # an incomplete or invalid profile: the award topics alone
        return []
    marks = {True: "✓", False: "✗", None: "•"}
    call_id, lang = str(turn.get("call")), turn.lang
    lines = [sourced(marks[i["favoured"]], i["text"], call_id, i["source"], lang) for i in items]
    return [t(lang, "award_your_plan"), *lines] if lines else []
