"""Whether an eligible person gets a grant ("est-ce que je suis sûre d'obtenir une bourse si je suis éligible
?", "la bourse est-elle garantie une fois ma candidature acceptée ?"). Round 57 dodged it three times and then
answered the amount's uncertainty ("Non : je n'ai pas de montant pour votre cas"). Eligibility lets one apply;
how the grants go is in the call's own topics (first come, first served and the number of grants at ITM; the
selection criteria at IMT Lucca), said with their sources after "Not automatically"."""
from __future__ import annotations

from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

# How a call awards its grants, in the order said: whichever topics the call has.
AWARD_TOPICS = ("first_come_first_served", "grant_count", "selection_criteria")


def award_question(turn: Turn) -> bool:
    """"Not automatically:" and the call's topics on how grants are awarded; False for other messages."""
    call_id, text = turn.get("call"), turn.text
    if not call_id or not is_question(text) or not has("award_question", asking(text)):
        return False
    from actions.faq import topic_texts, topics_of

    keys = AWARD_TOPICS if "first_come_first_served" not in _topic_keys(str(call_id)) \
        else AWARD_TOPICS[:2]  # (a call that awards first come, first served: its criteria only rank)
    found = topics_of(str(call_id), keys, turn.get("role"))
    if not found:
        return False
    turn.say(t(turn.lang, "award_not_automatic", answer=topic_texts(str(call_id), found, turn.lang)))
    turn.answered = True
    return True


def _topic_keys(call_id: str) -> set[str]:
    from actions.profile import core

    return set(core().get_call(call_id).topics)
