"""Pay from the host next to the Erasmus+ grant ("l'azienda mi darebbe anche un piccolo rimborso spese. La
borsa Erasmus si può cumulare?", "the company pays me an allowance, is that a problem?", "l'entreprise me
verse une gratification, c'est compatible ?", "het bedrijf geeft een stagevergoeding, mag dat?"). Round 36
answered the call's topic on the PhD scholarship three times, then "your answer stays the same", and the
person never learnt that the call says nothing about it. Now: the call's own topic on it (`host_payment`) or,
for a call without one, that the call does not say, with what it says about other funding; and whom to ask.
Used by actions/incontext.py, before the combining and scholarship answers."""
from __future__ import annotations

import re

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn

TOPIC = "host_payment"
FALLBACK = "scholarship_compatibility"
REACH = 40  # characters between the word for pay and the one for the host ("compensi pagati dall'azienda")
# The grant's own payment ("is the grant paid before I start at the company?"): not the host's pay.
GRANT_PAID_RX = re.compile(r"\b(grant|erasmus|bourse|beurs|borsa|contributo)\b[^.?!]{0,15}$", re.I)


def host_pay_named(text: str) -> bool:
    """Whether a sentence of `text` names pay from the host: a word for pay within reach of one for the host,
    or a paid traineeship ("stagevergoeding", "tirocinio retribuito")."""
    if has("host_pay_alone", text):
        return True
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        hosts = [m.start() for m in PHRASES["host_words"].finditer(sentence)]
        for pay in PHRASES["host_pay_words"].finditer(sentence):
            if GRANT_PAID_RX.search(sentence[:pay.start()]):
                continue
            if any(abs(pay.start() - at) <= REACH for at in hosts):
                return True
    return False


def host_pay_question(turn: Turn) -> bool:
    """Answer a question about pay from the host next to the grant from the call's data; False otherwise."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or not (is_question(text) or has("indirect_question", text)) or not host_pay_named(text):
        return False
    from actions.calls import call_name
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    lang, role = turn.lang, turn.get("role")
    own = topics_of(str(call_id), (TOPIC,), role)
    if own:
        lines = [render_topics(str(call_id), own, lang)]
    else:
        intro = t(lang, "host_pay_not_said", call=call_name(str(call_id), lang))
        other = topics_of(str(call_id), (FALLBACK,), role)
        # (with no topic on other funding either, the intro without its last words, "What the call says:")
        lines = [render_topics(str(call_id), other, lang, intro=intro) if other
                 else intro.rsplit(".", 1)[0] + "."]
    turn.say("\n".join([*lines, *contact_lines(str(call_id), role, lang)]))
    return True
