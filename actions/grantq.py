"""Follow-up questions about the grant the person was told ("so 790 eur for sure?", "die 211 euro, heen
en terug of per rit?", "i 430 al mese sono già con la maggiorazione?"): their own estimate again, with what
is sure and what is indicative, where the figures come from and who confirms. Every figure is the rules
core's."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.answer import grant_lines
from actions.eitheror import open_question, strip_opening
from actions.i18n import t
from actions.notesagain import notes_again
from actions.phrases import PHRASES, QUESTION_RX, has
from actions.travelasked import names_travel
from actions.turn import Turn

# ("3,738 euro", "1.188 €": a thousands separator is part of the number, round 25)
NUMBER_RX = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d{2,5})(?:[.,]00)?(?![\d])")
# "10 days", "21 march": a number that counts time or distance, or is a day of a date, is no amount.
NOT_AN_AMOUNT = re.compile(r"\s*(days?|jours?|dag(en)?|giorn[oi]|months?|mois|maand(en)?|mes[ei]|weeks?|"
                           r"semaines?|weken|settimane?|km|jan|feb|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[eéi]c|gen|giu|"
                           r"lug|ago|set|ott|ja|fe|av|mag|juin|juil|ao[uû]|fév|mrt|mei|okt)", re.I)


def number(digits: str) -> int:
    """"3,738" or "3.738" as 3738."""
    return int(re.sub(r"[.,]", "", digits))


def amounts_said(text: str) -> list[int]:
    """The numbers in the text that may be amounts (not "10 days", "21 march")."""
    return [number(m.group(1)) for m in NUMBER_RX.finditer(text) if not NOT_AN_AMOUNT.match(text, m.end())]


def _figures(grant: dict[str, Any]) -> set[int]:
    """Every whole number the person was shown in their grant: totals, parts and the rates in the labels."""
    found: set[int] = set()
    for key in ("total_eur", "indicative_total_eur", "travel_eur"):
        if isinstance(grant.get(key), int | float) and grant[key]:
            found.add(round(grant[key]))
    for part in grant.get("breakdown") or []:
        if isinstance(part.get("amount_eur"), int | float):
            found.add(round(part["amount_eur"]))
        found.update(number(n) for n in NUMBER_RX.findall(str(part.get("label") or "")))
    return found


def about_grant(text: str, grant: dict[str, Any]) -> bool:
    """A question that names one of the person's own amounts, or asks about the grant in follow-up words."""
    said = set(amounts_said(text))
    named = said & (_figures(grant) - {grant.get("days")})
    text = PHRASES["to_be_sure"].sub(" ", text)  # "per essere sicura": their certainty, not the amount's
    if not named and has("date_words", text) and not has("money_words", text):
        return False  # "Is there one fixed date for everybody or does it depend on my trip?" (round 60)
    # ("echt niks? zelfs geen ruwe schatting voor noorwegen?": a rough figure of the grant asked again)
    # ("et le montant ?", "en het bedrag?": the amount asked again in a word)
    return bool(named) or has("grant_followup", text) and has("grant_words", text) \
        or has("estimate_words", text) or has("bare_amount_question", text)


def grant_followup(turn: Turn) -> bool:
    if not turn.get("call") or not turn.get("last_decision"):
        return False  # a follow-up: the person has had an answer with its grant
    text = turn.text
    if "?" not in text and not QUESTION_RX.search(text.strip()):
        return False
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    grant = decision.get("grant") or {}
    if not grant or not about_grant(text, grant):
        return False
    from actions.nogrant import ruled_out, say_refused

    if ruled_out(decision):  # "so the 860 for sure?" of a plan turned down: no grant is paid (round 35)
        say_refused(turn, decision)
        return True
    if has("grant_payment", text) and has("payment_timing", text):
        return False  # "i 1150 me li danno tutti prima di partire o a rate?": when it is paid, not how much
    from actions.greencall import green_in_call
    from actions.greencheck import green_amount_check

    if green_in_call(turn):
        return True  # "the green travel, that is in the ITM call or only general EU rule?" (round 48)

    if green_amount_check(turn):
        return True  # "maar met de trein was het toch 417?": the green travel support (round 34 said 309)
    if _travel_instead(text, turn.lang) or _no_travel_asked(text, grant) or _travel_one_of(text, turn.lang):
        return False  # "is 430 a month all, or do I get travel costs too?": the travel answer (travelq.py)
    total = grant.get("total_eur")
    said = i18n.fmt_eur(total, turn.lang) if total is not None else None
    if turn.focus is not None and said and has("how_much", text) and not has("sure_question", text) \
            and any(said in line for line in turn.said):
        # "Quindi quanto riceverei? I 1.290 euro sono per tutto il periodo o al mese?": the total just said
        # for the whole stay answers the first question too (round 36 added the whole amount block after it).
        return True
    from actions.perday import per_day_lines
    from actions.permonth import per_month_lines

    monthly = per_month_lines(text, grant, turn.lang)  # "quanto prendo al mese?": the month first (round 48)
    # "en hoeveel per dag krijg ik dan in Oslo?": the daily amount unknown first, travel in a line (round 53)
    daily = None if monthly else per_day_lines(text, grant, turn.lang)
    if monthly or daily:
        turn.say("\n".join(monthly or daily or []))
        return True
    how_sure = _how_sure(grant, turn.lang, has("sure_question", text))
    travel = grant.get("travel_eur")
    travel_said = bool(travel) and set(amounts_said(text)) == {round(travel or 0)} \
        and grant.get("total_eur") is None
    if travel_said:
        # "Is the 1,188 for sure?": the travel part named alone is the fixed band, whatever the rest is.
        how_sure = t(turn.lang, "grant_sure_travel", amount=i18n.fmt_eur(travel, turn.lang))
    # ("gewoon: hoeveel euro per maand voor portugal?": the question after a word and a colon)
    none_published = _how_much_unknown(grant, turn.lang) if has("how_much", text) \
        and not has("sure_question", text) else None
    if none_published:  # "Et concrètement, combien pourrais-je recevoir par mois ?" got "Non : je n'ai pas de
        how_sure = none_published  # montant" (round 49): no amount is published for the case, whom to ask
    elif (open_question(text) or open_question(text.rsplit(":", 1)[-1])
          or has("bare_amount_question", text)) and not has("sure_question", text):
        # "how much per month?" asks no yes/no: no "No:" before the answer
        how_sure = strip_opening(how_sure)
        how_sure = how_sure[:1].upper() + how_sure[1:]
    body = grant_lines({"grant": grant}, turn.lang)
    told = (turn.get("last_decision") or {}).get("told") or {}
    from actions.verdict import block_key, contact_lines, short_contact_lines

    whole = str(turn.tracker.latest_message.get("text") or "")
    if told.get("grant") == block_key(body) and (has("confused_said", whole) or has("not_understood", whole)):
        # "Sorry, I am confused, you say No but then the same numbers. Is the 3,941 euro sure?": how sure and
        # the total in a line, not the block again (round 51 pasted it a third time)
        body = _total_line(grant, turn.lang)
    elif told.get("grant") == block_key(body) and has("sure_question", whole):
        # "So the total would be around €3,738? Is that sure?" about the amount said before: how sure, and the
        # total in a line, not every part again (round 25); the message's other sentence about the amount
        # ("so the total would be around €3,738?") gets the same words, said once.
        body = _said_again(grant, turn.lang, travel_said)
    elif told.get("grant") == block_key(body):
        # The amount was said in full before, word for word: its top lines, not every part and note again
        # (round 19/20: the same block five times in a conversation).
        from actions.daycount import grant_day_line

        said = {f"  ({note})" for note in grant.get("notes") or []} | set(grant_day_line(grant, turn.lang))
        kept = [line for line in body if line not in said]
        # Where the notes left out are, only when some were ("(de opmerkingen zoals hierboven)" under an
        # answer that had none read as a stray fragment, round 24).
        left_out = [line for line in body if line in said]  # restated in short, not only pointed to (62)
        body = kept + [notes_again(turn.lang, left_out)] if left_out else kept
    else:
        body = _notes_once(turn, grant, body)
    basis = grant.get("basis")
    if basis and basis in how_sure:  # where the amounts come from is said once, not twice in one reply
        body = [line for line in body if basis not in line]
    lines = [how_sure, *body]
    if has("top_up_question", text):
        lines.append(t(turn.lang, "grant_top_up"))
    call_id, role = turn.get("call"), turn.get("role")
    contact = contact_lines(call_id, role, turn.lang)
    lines += short_contact_lines(call_id, role, turn.lang) if told.get("contact") == block_key(contact) \
        else contact
    turn.say("\n".join(lines))
    return True


def _no_travel_asked(text: str, grant: dict[str, Any]) -> bool:
    """"So the train to Geneva isn't reimbursed at all?" where the grant has no travel part: the travel answer
    (round 21 got "Not for sure: the amounts are indicative" and the whole amount block)."""
    travelling = names_travel(text) or PHRASES["fact_words"]["green_travel"].search(text)
    # ("how much in all, and is the trip paid?" asks the whole amount: the estimate answers, travel included)
    return bool(travelling) and not grant.get("travel_eur") and not has("how_much", text)


def _travel_instead(text: str, lang: str) -> bool:
    """A follow-up that is about travel support: travel named (not green travel, which has its own answer),
    as the other option ("430 a month, or do I also get travel costs?") or without asking how much in all
    or how sure ("j'aurai combien au total, et le voyage ?", "309 for the flights for sure?": the estimate
    answers, travel included)."""
    from actions.eitheror import either_or

    if not names_travel(text) or PHRASES["fact_words"]["green_travel"].search(text):
        return False
    return either_or(text, lang) or not (has("how_much", text) or has("sure_question", text))


def _travel_one_of(text: str, lang: str) -> bool:
    """"309 euro is only for the travel? and per day how much I would get, approximately?": one question of
    several about travel support; each is answered on its own (the travel one by actions/travelq.py, the rough
    daily figure by actions/nofigure.py), not the whole amount block before them (round 48 said €309.00 four
    times in three messages)."""
    questions = [s for s in re.split(r"(?<=[?])\s+", text) if "?" in s]
    return len(questions) > 1 and any(_travel_instead(q, lang) for q in questions)


def _how_sure(grant: dict[str, Any], lang: str, sure_asked: bool = False) -> str:
    """Yes or no first: whether the amounts are the call's own figures, and where they come from."""
    basis = grant.get("basis") or "-"
    known = grant.get("total_eur")
    known = grant.get("indicative_total_eur") if known is None else known
    if known is None and grant.get("travel_eur") and grant.get("confidence") == "high":
        return t(lang, "grant_sure_travel", amount=i18n.fmt_eur(grant["travel_eur"], lang))
    if known is None:  # no amount at all ("is the grant fixed?" when the call's amounts are unpublished)
        return t(lang, "grant_sure_unknown", basis=basis)
    travel = grant.get("travel_eur")
    if grant.get("total_eur") is None and travel and grant.get("travel_confidence") == "high":
        # The travel part is a fixed EU band, only the rest is indicative: "Not for sure" before the whole
        # amount made the 1,735 EUR band sound uncertain too (round 60).
        # ("is that total sure?": not for sure, only the travel part is)
        key = "grant_sure_split_no" if sure_asked else "grant_sure_split"
        return t(lang, key, amount=i18n.fmt_eur(travel, lang), basis=basis)
    if grant.get("indicative") or grant.get("confidence") not in (None, "high"):
        return t(lang, "grant_sure_no", basis=basis)
    return t(lang, "grant_sure_yes", basis=basis)


def _how_much_unknown(grant: dict[str, Any], lang: str) -> str | None:
    """"How much?" when the call publishes no amount for the case: that, where they are, whom to ask."""
    if grant.get("total_eur") is not None or grant.get("indicative_total_eur") is not None \
            or grant.get("travel_eur"):
        return None
    return t(lang, "grant_none_published", basis=grant.get("basis") or "-")


def _notes_once(turn: Turn, grant: dict[str, Any], body: list[str]) -> list[str]:
    """A block that changed since it was said (a note added once green travel was noted): the notes shown
    before in this conversation left out, where they are said instead (round 50 gave the list of regions 13
    and 14 again under "combien au total ?")."""
    from actions.shown import shown_lines

    shown = "\n".join(shown_lines(turn.tracker))
    said = {f"  ({note})" for note in grant.get("notes") or [] if note in shown}
    kept = [line for line in body if line not in said]
    left_out = [line for line in body if line in said]
    return kept + [notes_again(turn.lang, left_out)] if left_out else body


def _total_line(grant: dict[str, Any], lang: str) -> list[str]:
    """The amount in one line: the EU-wide guide total when the call gives none, else the block's top line."""
    from actions.verdict import grant_short_lines

    guide = grant.get("indicative_total_eur")
    if grant.get("total_eur") is None and guide is not None:
        return [t(lang, "summary_short_guide", amount=i18n.fmt_eur(guide, lang),
                  days=grant.get("days") or "?").strip()]
    return grant_short_lines({"grant": grant}, lang)[:1]


def _said_again(grant: dict[str, Any], lang: str, travel_said: bool) -> list[str]:
    """The amount said before, in a line or two: the call's own total, or the travel part (unless the answer
    just said it) and the EU-wide guide total, marked as such; the rate when one part makes the rest ("5 days
    × 79 EUR"); where the notes are, when it has some."""
    from actions.verdict import grant_short_lines

    travel = grant.get("travel_eur")
    others = [p for p in grant.get("breakdown") or [] if not travel or p.get("amount_eur") != travel]
    guide = grant.get("indicative_total_eur")
    if grant.get("total_eur") is None and guide is not None:
        lines = grant_short_lines({"grant": grant}, lang) if travel and not travel_said else []
        lines.append(t(lang, "summary_short_guide", amount=i18n.fmt_eur(guide, lang),
                       days=grant.get("days") or "?").strip())
    else:
        lines = grant_short_lines({"grant": grant}, lang)
    if len(others) == 1:
        lines.append(f"  - {others[0].get('label')}: {i18n.fmt_eur(others[0].get('amount_eur'), lang)}")
    notes = [f"  ({note})" for note in grant.get("notes") or []]
    return lines + ([notes_again(lang, notes)] if notes else [])
