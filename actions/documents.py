"""A question about the learning agreement ("do I need a learning agreement?", "accord de mobilité",
"leerovereenkomst", "accordo di apprendimento"): a document of the mobility itself, agreed with the host,
not the inter-institutional agreement between institutions (a yes/no fact the rules read, which such a
question was answered with). The call's own topic answers it when the call has one; otherwise the reply says
plainly that the call does not say, whom to ask, and what the call does ask to be sent.

What to send ("que dois-je envoyer, à qui, et faut-il une lettre d'invitation ?", "quels documents joindre,
par exemple un programme de formation signé ?"): the call's documents topic (what, how and to whom), and for
a document named that the topic does not name, that the call does not mention it and whom to ask. It got
the contact summary, twice. "Must the company sign anything?" alike: nothing the host signs is in what the
call asks to send, and the call does not say it must sign anything else (round 24). Used by
actions/incontext.py and actions/dialogue.py (before the contact answer)."""
from __future__ import annotations

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import PHRASES, QUESTION_RX, has
from actions.turn import Turn

TOPIC = ("learning_agreement",)
DOCUMENTS = ("application_documents",)


def learning_agreement(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not has("learning_agreement", text) \
            or "?" not in text and not QUESTION_RX.search(text.strip()):
        return False
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    call_id = str(turn.get("call"))
    found = topics_of(call_id, TOPIC)
    if found:
        turn.say(render_topics(call_id, found, turn.lang))
        return True
    lines = [t(turn.lang, "learning_agreement_not_in_call", call=call_name(call_id, turn.lang)),
             *contact_lines(call_id, turn.get("role"), turn.lang)]
    said = "\n".join(str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot")
    for topic in topics_of(call_id, DOCUMENTS, turn.get("role")):
        documents = topic.answer(turn.lang)
        # Said in an answer before: pointed to, not the same paragraph word for word again (round 37)
        key = "learning_agreement_documents_above" if documents in said else "learning_agreement_documents"
        lines.append(t(turn.lang, key, documents=documents,
                       source=i18n.source(call_id, topic.source, turn.lang)))
    turn.say("\n".join(lines))
    return True


def asks_documents(text: str) -> bool:
    """What to send or attach, or a document named, in a question: not "whom do I write to?" alone."""
    if "?" not in text and not QUESTION_RX.search(text.strip()):
        return False
    named = PHRASES["named_documents"].values()
    return has("documents_question", text) or has("apply_how_question", text) \
        or any(rx.search(text) for rx in named) or host_signs(text)


def what_to_send(text: str) -> bool:
    """An open question about the documents ("what must I send by 18 January?"), not whether a time of
    applying is in time ("can I send it on 20 January?")."""
    from actions.eitheror import open_question
    from actions.sentences import SENTENCE_RX

    # ("what do I have to send by the 18th? just the form or also something from the company?": its options
    # after the open question, round 50)
    sentences = SENTENCE_RX.split(text.strip())
    return asks_documents(text) and (open_question(text) or any(
        "?" in s and has("wh_start", s.lower()) and asks_documents(s) for s in sentences))


def host_signs(text: str) -> bool:
    """"Must the company sign anything?": a signature of the host, not an agreement between institutions."""
    agreement = PHRASES["fact_words"]["interinstitutional_agreement"]
    return has("host_signature", text) and not agreement.search(text)


def documents_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or not asks_documents(turn.text):
        return False
    from actions.faq import render_topics, topics_of
    from actions.i18n import label
    from actions.verdict import contact_lines

    found = topics_of(str(call_id), DOCUMENTS, turn.get("role"))
    if not found:
        return False
    lang = turn.lang
    # The documents named that the call's own list does not (its text in the reply's language).
    listed = found[0].answer(lang)
    unlisted = [name for name, rx in PHRASES["named_documents"].items()
                if rx.search(turn.text) and not rx.search(listed)]
    if "host_document" in unlisted and len(unlisted) > 1:
        # "an invitation letter from Pasteur" is that letter; "an invitation or agreement from them" is
        # anything from the host, one answer for both.
        wide = has("host_agreement_words", turn.text)
        unlisted = [n for n in unlisted if (n == "host_document") == wide]
    # What to send, said once: asked next whether an invitation is needed, only that is answered (round 28
    # repeated the whole block).
    again = (unlisted or host_signs(turn.text)) and said_before(turn, listed)
    lines = [] if again else [render_topics(str(call_id), found, lang)]
    if unlisted:
        names = t(lang, "uncovered_and").join(label(lang, "document_names", n) for n in unlisted)
        lines.append(t(lang, "documents_not_in_call", documents=names))
    if host_signs(turn.text):
        # "..., and must the company sign anything?" got the date to apply by alone (round 24): neither call's
        # list of what to send has anything the host signs, nor says it must sign something else.
        lines += [t(lang, "documents_host_signature"), *_agreement_condition(turn)]
    if unlisted or host_signs(turn.text):
        lines += contact_lines(str(call_id), turn.get("role"), lang)
    from actions.applyby import date_confirmed

    lines += date_confirmed(turn)  # "..., je dois envoyer quoi et à qui ? C'est bien avant le 9 décembre ?"
    turn.say("\n".join(lines))
    return True


def _agreement_condition(turn: Turn) -> list[str]:
    """The agreement the host must have signed with the sending institution, when the person's plan has that
    condition (a university in a third country not associated to the programme)."""
    from actions.flow import evaluate

    try:
        conditions = evaluate(turn).get("conditions") or []
    except Exception:  # an incomplete or invalid profile: no condition to add
        return []
    return [t(turn.lang, "condition_about", reason=c.get("explanation")) for c in conditions
            if c.get("field") == "interinstitutional_agreement"]


def said_before(turn: Turn, answer: str) -> bool:
    """Whether a reply of this conversation or of this turn already gave this text (as sent: in the person's
    register and gender)."""
    from actions.phrases import gendered, informal
    from actions.shown import shown_lines

    first = answer.strip().splitlines()[0] if answer.strip() else ""
    said = "\n".join([*shown_lines(turn.tracker), *turn.said])
    forms = {first, gendered(first, turn.lang, turn.get("gender")), informal(first, turn.lang)}
    return bool(first) and any(form in said for form in forms)
