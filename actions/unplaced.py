"""Questions no skill placed: a second question in one message (answered from the NLU's next topic), and a
question left unanswered after an answer (said plainly, with who knows and the likeliest topics). A question
is one of the call: not a complaint about what the assistant read, not a check of what it said, no echo."""
from __future__ import annotations

import re

from actions.faq import FAQ_TOPICS, likely_topics, render_topics, topics_of
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn
from actions.verdict import contact_lines

SECOND_TOPIC_MIN = 0.15


def second_question(turn: Turn) -> None:
    """"Which one do I write first? and what documents do I need?": two questions in one message; the NLU
    gives one intent, so a call topic ranked next (with some confidence) is answered too."""
    from actions.newercall import newer_call_too

    newer_call_too(turn)  # "why 1 december? and for 2027, is there a new call already?" (round 39)
    if turn.text.count("?") < 2 or not turn.get("call"):
        return
    ranking = turn.tracker.latest_message.get("intent_ranking") or []
    from actions.faq import named_topics

    named = set(named_topics(turn.text))
    for entry in ranking[1:3]:
        name = entry.get("name")
        # Only a topic the words name: a ranked guess put credit transfer under "what are my chances? I pay
        # my master myself" (round 21, twice).
        if name in FAQ_TOPICS and name != turn.intent and (entry.get("confidence") or 0) >= SECOND_TOPIC_MIN \
                and named & set(FAQ_TOPICS[name]):
            found = topics_of(str(turn.get("call")), FAQ_TOPICS[name], turn.get("role"))
            text = render_topics(str(turn.get("call")), found, turn.lang) if found else ""
            if text and text not in turn.said:  # not when it answered the question nothing else placed
                turn.say(text)
            return


def unplaced(turn: Turn) -> bool:
    """A question this turn left unanswered, with no new answer said either."""
    # (A hypothetical's answer is that case's verdict, said or said to stand.)
    return bool(open_questions(turn.text)) and not turn.answered and not turn.verdict_said \
        and not turn.what_if and not has("verdict_question", turn.text) \
        and not has("would_have_applied", turn.text) and not about_the_plan(turn) and not grant_asked(turn) \
        and not deadline_asked(turn)


def about_the_plan(turn: Turn) -> bool:
    """A message that states facts and asks only about them ("…at Institut Pasteur, a research institute.
    Is that allowed?", "Allora che ne dici di Lisbona?"): the checks the conversation goes on with answer
    it, not "I can't find" before them (rounds 21-23)."""
    if not turn.restated:
        return False
    return all(has("plan_question", q) for q in open_questions(turn.text))


def asks_amount(text: str) -> bool:
    """An amount of money asked for ("how much per day?", "combien ça rapporte ?", "een ruwe schatting?"); not
    a price ("how much does housing cost?": no call says, and the grant is no answer to it). "And the amount?"
    after an answer asks it too."""
    return (has("amount_asked", text) or has("estimate_words", text) or has("bare_amount_question", text)) \
        and not has("price_question", text)


def amount_only(text: str) -> bool:
    """Every question of the message asks an amount: the grant answer is its answer."""
    questions = open_questions(text)
    return bool(questions) and all(asks_amount(q) for q in questions)


# Topics about the grant itself, whose answer goes with an amount asked ("quanto prenderei di borsa?" under
# other scholarships is decided in actions/incontext.py).
GRANT_TOPICS = ("faq_grant_covers", "faq_scholarship_compatibility", "faq_dgd_scholarships")


def money_not_topic(turn: Turn) -> bool:
    """An amount asked where the NLU saw another call topic: "ok dus hoeveel euro?" as how many grants there
    are (round 33: the number of grants, then the ECHE condition, for "how much per month?"). How many grants
    is never how much money ("hoeveel beurzen" is no amount asked): an amount asked anywhere in the message
    is the grant; under any other topic, every question of the message must ask one."""
    if turn.intent == "faq_grant_count":
        return asks_amount(turn.text)
    return turn.intent in FAQ_TOPICS and turn.intent not in GRANT_TOPICS and amount_only(turn.text)


def reads_as_grant(turn: Turn) -> bool:
    """A message the grant answers whatever the NLU saw in it: every question asks an amount after a fact or
    an unplaced message ("du 20 au 24 avril. Combien ça rapporte ?": not "can't find"), or an amount asked
    under another call topic."""
    if not turn.get("call"):
        return False
    return turn.intent in ("inform", "nlu_fallback") and amount_only(turn.text) or money_not_topic(turn)


def grant_asked(turn: Turn) -> bool:
    """"From 11 May to 22 May 2026. How much would I get per day for that?": a grant question, whose answer
    the conversation gives next (the grant, or the fact it still needs), not "I can't find" before it (round
    24, in English and French)."""
    return turn.intent == "ask_grant" and bool(turn.get("call")) and amount_only(turn.text)


def deadline_asked(turn: Turn) -> bool:
    """"indien ik in maart vertrek, wanneer moet ik dan aanvragen?": a question about when to apply, whose
    answer the conversation gives next (the dates, or the departure they need), not "I can't find" before
    it (round 28)."""
    return turn.intent == "ask_deadline" and bool(turn.get("call")) and when_only(turn.text)


def goal_asked(turn: Turn) -> bool:
    """A fact stated with the amount or the date asked ("E quanto riceverei? Non ho nessuna borsa"): the
    question is still asked, the fact noted does not answer it (round 63)."""
    return grant_asked(turn) or deadline_asked(turn)


def when_only(text: str) -> bool:
    """Every question of the message asks when to apply."""
    questions = open_questions(text)
    return bool(questions) and all(has("when_to_apply", q) for q in questions)


MIN_QUESTION_WORDS = 2


def open_questions(text: str) -> list[str]:
    """The sentences that ask something of the call: not a complaint about what the assistant read ("where
    did you get January?"), not a check of what it said ("..., klopt dat?"), not an echo ("2027??")."""
    whole = SENTENCE_RX.split(text)
    sentences = [part for s in whole for part in joined_questions(s)]
    joined = set(sentences) - set(whole)  # the amount asked before "and can I ...?" asks without its "?"
    # "is it better to send early? and where do i get the application form": a last question after one with
    # its "?", asked with a question word and none of its own (round 28 answered only the first).
    last = len(sentences) - 1 if "?" in text and not sentences[-1].rstrip().endswith((".", "!")) else -1
    # ("... 948 più o meno? e il viaggio me lo pagano o no": a last yes/no question by its "or not", round 37)
    return [s for i, s in enumerate(sentences)
            if ("?" in s or s in joined
                or i == last and (WH_RX.search(s.strip()) or has("or_not_end", s.strip())))
            and not has("complaint_question", s) and not has("confirm_question", s) and not hesitation(s)
            and len(re.findall(r"[^\W\d_]+", s)) >= MIN_QUESTION_WORDS]


def joined_questions(sentence: str) -> list[str]:
    """"roughly how much would I get for the 19 days, and can I apply already now or do I have to wait?": the
    amount asked and a second question joined to it by "and" in one sentence, each on its own (round 48
    answered the date to apply by only), and so a count ("How many grants are available, and when will I
    know if I was selected?", round 58); any other sentence whole."""
    found = PHRASES["joined_question"].search(sentence)
    head = sentence[:found.start()] if found else ""
    if not found or "?" not in sentence[found.start():] \
            or not (has("how_much", head) or has("count_asked", head)):
        return [sentence]
    return [sentence[:found.start()], sentence[found.start():].lstrip(" ,;")]


def hesitation(sentence: str) -> bool:
    """"no idea, maybe?", "geen idee, misschien?": "I don't know" said with a "?" of doubt, no question (round
    39 said "I can't find the answer" to it)."""
    if not has("dont_know", sentence):
        return False
    rest = sentence
    for key in ("dont_know", "hesitation_words"):
        rest = PHRASES[key].sub(" ", rest)
    return not re.search(r"[^\W\d_]", rest)


# ("... and does the agrement with UB need to exist before i apply": a last yes/no question by its verb)
WH_RX = re.compile(r"^((and|but|also|et|mais|en|maar|e|ma|ok|so)\W+)*(where|when|how|what|who|which|où|quand|"
                   r"comment|quel\w*|qui|waar|wanneer|hoe|wat|wie|welke?|dove|quando|come|cosa|chi|quale|quali|"
                   r"does|do|is|are|can|must|should|will|would|could|est-ce|faut-il|moet|kan|mag|hoeft|"
                   r"devo|deve|serve|bisogna)\b", re.I)


def ranked_topic(turn: Turn) -> bool:
    """A call topic the NLU ranked with some confidence answers a question nothing else placed ("12 Jan
    until 30 April. What's the min and max length for a study period btw?": ask_grant first, faq_duration
    at 0.15)."""
    ranking = turn.tracker.latest_message.get("intent_ranking") or []
    if not turn.get("call") or not ranking or ranking[0].get("name") == "out_of_scope":
        return False  # "and the weather there?": out of scope first, a topic behind it is no answer
    for entry in ranking:
        name = entry.get("name")
        if name in FAQ_TOPICS and (entry.get("confidence") or 0) >= SECOND_TOPIC_MIN:
            found = topics_of(str(turn.get("call")), FAQ_TOPICS[name], turn.get("role"))
            if found:
                turn.say(render_topics(str(turn.get("call")), found, turn.lang))
                turn.answered = True
                return True
    return False


def cannot_answer(turn: Turn, in_form: bool = False, at: int | None = None, since: int | None = None) -> None:
    """Said plainly, with who knows, and the likeliest topics; never the same answer again. `in_form`: no
    answer was given yet, the pending question follows. A call topic the NLU ranked answers instead.
    `at`: the reply the fallback belongs before, decided once the rest of the turn is said; `since`: the
    first reply of the turn's checks (`at` if not given). Not said at all when a check said since answers
    the question (actions/answeredby.py)."""
    from actions.answeredby import answered_by_checks, move_since

    since = at if since is None else since
    if since is not None and answered_by_checks(turn, since):
        return
    before = len(turn.dispatcher.messages)
    _cannot_answer(turn, in_form)
    if at is not None:
        move_since(turn, before, at)


def _cannot_answer(turn: Turn, in_form: bool) -> None:
    if ranked_topic(turn):
        return
    contacts = contact_lines(turn.get("call"), turn.get("role"), turn.lang)
    if in_form and not contacts:
        return  # no call yet, so nobody to name: the question "which institution?" comes next
    lines = [t(turn.lang, "cannot_answer_in_form" if in_form else "faq_did_you_mean_in_flow"), *contacts]
    checks = [] if in_form else [{"title": t(turn.lang, "button_all_checks"), "payload": "/show_checks"}]
    turn.say("\n".join(lines), likely_topics(turn.view, turn.lang) + checks)
