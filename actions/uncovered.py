""""Et pour le visa pour la France ? J'ai un titre de séjour belge.", "which insurance do I need?", "do they
help with housing?": things the calls' texts do not address. Said plainly, with who can tell (the call's
contacts for the person's role), never another answer in its place: the NLU read the visa question as a
grant question and the person got the grant block twice (round 15). A question about paying for them ("does
the grant cover insurance?") is the call's grant topic, and an amount per day for them ("combien par jour
pour le logement et les repas ?") the grant itself, not this. When the selection results come, and whether a
staff member's salary goes on during the stay, no call says either (round 25); nor whether the days away count
as working time or leave (round 29); nor whether a certificate of attendance from the host is needed (round
39: ITM's own course certificates were given for it)."""
from __future__ import annotations

from actions.askabout import asking
from actions.calls import call_name
from actions.i18n import label, t
from actions.phrases import PHRASES, has
from actions.turn import Turn


def uncovered_question(turn: Turn) -> bool:
    # ("cinque giorni lavorativi, è una durata accettabile?": a length, not working time or leave, round 51)
    text, call_id = PHRASES["counted_work_days"].sub(" ", turn.text), turn.get("call")
    question = asking(text)
    from actions.formq import form_question

    if form_question(turn):  # where the form is: said by one call, not by the other
        return True
    # ("Mijn vraag was of ik privé een paar dagen mag bijblijven na de opleiding." asks without a "?")
    if not call_id or "?" not in question and not has("asking_whether", text) \
            and not has("indirect_question", text):
        return False
    # When the grant is paid is asked about money, but no call says it (checked in both calls' texts); so is
    # whether one's salary goes on during the stay ("do I keep my salary, or does the grant replace it?").
    # ("quando saprò se me la danno la borsa?" asks when the selection's answer comes, not the payment)
    selection = PHRASES["uncovered_topics"]["selection_timing"].search(question) is not None
    # ("I mean private holiday days added to the trip, not paid. Allowed or not?": named just before)
    about = text if has("call_says_about_it", question) or has("meant_or_asked", text) else question
    # ("… het weekend blijven op eigen kosten, of is dat een probleem voor de beurs?": days of one's own;
    # "can I tack a few days of holiday on after … and still get the grant?" asks no payment time, round 45)
    private = PHRASES["uncovered_topics"]["private_days"].search(about) is not None
    paid = has("grant_payment", question) and has("payment_timing", question) and not (selection or private)
    # ("I mean my normal salary as an employee. Is it paid during the mobility?": named just before)
    wage = PHRASES["uncovered_topics"]["salary"]
    salary = bool(wage.search(question) or wage.search(text) and has("grant_payment", question))
    # Whether the days away are working time or leave ("congés payés" has a money word, still no cost asked).
    leave = PHRASES["uncovered_topics"]["working_time"].search(question) is not None
    # ("Kan ik de laatste twee weken gewoon zonder beurs doen?": days without the grant, money words in it)
    unfunded = PHRASES["uncovered_topics"]["unfunded_days"].search(question) is not None or private
    if has("uncovered_cost", question) and not (paid or salary or leave or unfunded or selection):
        return False
    if has("how_much", question) and has("amount_per_period", question):
        return False  # "combien par jour pour le logement et les repas ?": the individual support, the grant
    topics = ["salary", *(["working_time"] if leave else [])] if salary else ["grant_payment"] if paid else \
        [name for name, rx in PHRASES["uncovered_topics"].items() if rx.search(about)]
    if unfunded:  # days without the grant, or of one's own, and nothing else said of them
        topics = [n for n in topics if n in ("unfunded_days", "private_days")][:1]
    if not topics:
        return False
    from actions.verdict import contact_lines

    lang = turn.lang
    names = t(lang, "uncovered_and").join(label(lang, "uncovered_names", n) for n in topics)
    lines = [t(lang, "uncovered_not_in_call", call=call_name(str(call_id), lang), topics=names),
             *contact_lines(str(call_id), turn.get("role"), lang)]
    if "private_days" in topics:
        from actions.privatedays import funded_days

        lines += funded_days(turn)
    if "selection_timing" in topics:
        lines += _who_selects(str(call_id), turn)
        from actions.documents import documents_question

        # "How do I apply, what documents do I send, and when will I know if I'm selected?": both answers.
        documents_question(turn)
    if turn.intent in ("ask_grant", "ask_deadline"):
        turn.set("goal", turn.tracker.get_slot("goal"))  # no grant or dates were asked: the goal stays
    turn.say("\n".join(lines))
    return True


def _who_selects(call_id: str, turn: Turn) -> list[str]:
    """What the call does say about the selection: who makes it (its committee topic, with its source)."""
    from actions import i18n
    from actions.faq import topics_of

    lang = turn.lang
    return [f"ℹ {topic.answer(lang)} ({t(lang, 'source')}: {i18n.source(call_id, topic.source, lang)})"
            for topic in topics_of(call_id, ("committee",), turn.get("role"))]
