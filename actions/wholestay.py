""""Is die €860 voor de hele twee maanden?", "is €860 for the whole stay?", "c'est pour tout le séjour ?", "è
per tutto il tirocinio?" after the amount was said: yes or no first, with the parts of the amount (the
rules core's estimate for the person's funded days); a per-month or per-day rate named is said to be the
rate, with the total. Round 25 got "Not for sure: the amounts are indicative" and the whole block. A
second question in the message ("... and is it paid before departure?") keeps its own answer
(actions/uncovered.py).

Round 29: "So in total it's around 1290 euros for the three months, right?" and "i circa 553 euro sarebbero
per tutta la settimana, e il viaggio lo pago io a parte?" got "I can't find the answer" or the whole recap.
The stay's span said without "whole" (`whole_span`), or a confirmation of the amount ("..., right?") that
names it, is the same question; an amount named that is none of the person's figures gets "No" with the
estimate; the travel asked in the same sentence gets its own answer (actions/travelq.py)."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.eitheror import either_or
from actions.grantq import NUMBER_RX, amounts_said, number
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.plangrant import plan_grant
from actions.recap import AMOUNT_RX, amount_value
from actions.travelasked import names_travel
from actions.turn import Turn

# The Erasmus+ grant itself ("la borsa Erasmus", "the Erasmus grant", "de Erasmusbeurs"): no other one.
ERASMUS_GRANT_RX = re.compile(r"\b(borsa|bourse|beurs|grant|scholarship)\s+erasmus\+?|\berasmus\+?[\s-]*"
                              r"(grant|scholarship|bourse|beurs|borsa)\b|\berasmusbeurs\b", re.I)
ROUNDING = 0.02  # how far an amount said "around" may be from the estimate and still be it


def whole_stay_question(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not turn.get("last_decision") or not is_question(text):
        return False
    asked = _own_sentence(text)
    if has("how_much", text) and (asked is None or has("how_much", asked)):
        return False  # "how much for the whole stay?" asks the amount: the grant answers
    said = [m for m in (_amount(found) for found in AMOUNT_RX.finditer(text)) if m is not None]
    # "e quei 1075 euro come li calcolate? sono al mese?": an amount asked to be a monthly one (round 43 got
    # "I can't find the answer" before the amount block); a number without "euro" only if it is a figure
    # shown.
    # "how do you work out the 1075 euros?" the same: the whole stay's amount with its parts and how the
    # rates are set, not "Not for sure" and the whole block again.
    named = bool(said or amounts_said(text))
    monthly = has("per_month_asked", text) and not has("whole_stay_question", text) and named
    computed = has("how_computed", text) and named
    whole = has("whole_stay_question", text) or bool(said) and has("whole_span", text) or monthly or computed
    confirming = not whole and bool(said) and has("confirm_question", text)
    asking = asked or _asking_sentence(text)  # ("is the 690 the total or per month?": its own sentence)
    if not (whole or confirming) or has("need_words", asking or text) and not said:
        return False  # ("do I need the board's authorisation for the whole stay?": a condition)
    if any(rx.search(text) for rx in PHRASES["uncovered_topics"].values()):
        return False  # "does it cover housing for the whole stay?": what it pays for (actions/uncovered.py)
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    own = grant.get("total_eur")
    total = own if own is not None else grant.get("indicative_total_eur")
    if total is None or not grant.get("days"):
        return False  # no amount for the stay: the grant answers say why
    lang = turn.lang
    parts = grant.get("breakdown") or []
    listed = "; ".join(f"{p.get('label')}: {i18n.fmt_eur(p.get('amount_eur'), lang)}" for p in parts)
    facts = {"amount": i18n.fmt_eur(total, lang), "days": grant["days"], "parts": listed}
    rate = _rate_named(text, total, parts)
    if (monthly or computed) and not said \
            and not any(n == round(total) or _is_figure(n, parts) for n in amounts_said(text)):
        return False  # "are the 2 weeks paid per month?": no amount of the person's named
    if confirming and rate is None and not any(_near(amount, total) for amount in said):
        return False  # "so 309 € of travel, right?": a part checked back (actions/recap.py)
    if rate is not None and said and any(_near(amount, total) for amount in said) \
            and said_monthly(text, rate[0]):
        # "around 3,900 euro, and about 700 per month?" of €3,941.33 at 700 a month: both right, roughly
        # (round 51 said "No: €700.00 is the rate", then the same figures)
        shown = total if own is None else own
        line = t(lang, "whole_stay_roughly", amount=i18n.fmt_eur(shown, lang),
                 named=i18n.fmt_eur(rate[0], lang),
                 part=rate[1], indicative=t(lang, "whole_stay_roughly_guide") if own is None else "")
    elif rate is not None:
        # "so 430 euros per month, right?" is the rate, said as such; "is 430 for the whole stay?" is not.
        key = "whole_stay_rate_yes" if confirming or monthly else "whole_stay_rate"
        line = t(lang, key, named=i18n.fmt_eur(rate[0], lang), part=rate[1], **facts)
    elif said and not any(_near(amount, total) or _is_figure(amount, parts) for amount in said):
        # "is it 1500 euros for the three months?": never "Yes" to an amount the estimate does not give.
        line = t(lang, "whole_stay_not", named=i18n.fmt_eur(said[0], lang), **facts)
    elif own is not None and (asking is not None and either_or(asking, lang) or computed and not monthly):
        # "I 1.290 euro sono per tutto il periodo o al mese?": the option that holds, not "Yes" (round 36 got
        # "Not for sure" and where the rates come from first)
        # (not when this reply said the total for the days already: "430,00 € al mese ...: 860,00 € per i
        # tuoi 60 giorni finanziati" to "860 in tutto o al mese?", round 62 said it twice)
        line = "" if _total_said(turn, facts) else t(lang, "whole_stay_whole", **facts)
    elif monthly and own is not None:  # "is it per month?" of the total: no, for the whole stay
        line = t(lang, "whole_stay_not_monthly", **facts)
    else:
        line = t(lang, "whole_stay_yes" if own is not None else "whole_stay_guide", **facts)
    lines = [line] if line else []
    if own is not None and (grant.get("indicative") or grant.get("confidence") not in (None, "high")) \
            and not _caveat_said(turn):
        lines.append(t(lang, "grant_indicative").strip())
    lines += _scholarship_notes(text, grant)
    if computed and grant.get("basis"):
        lines.append(t(lang, "whole_stay_basis", basis=grant["basis"]))
        from actions.unplaced import open_questions

        # ("... come li calcolate? sono al mese?": both answered here, the other not answered again)
        turn.others_asked = turn.others_asked or all(
            has("how_computed", q) or has("per_month_asked", q) or has("whole_stay_question", q)
            for q in open_questions(text))
    if lines:
        turn.say("\n".join(lines))
    from actions.uncovered import uncovered_question

    # "..., en wordt het vóór vertrek uitbetaald?" in the same sentence: when it is paid, which no call says.
    uncovered_question(turn)
    if names_travel(text) and not grant.get("travel_eur"):
        from actions.travelq import travel_question

        # "..., e il viaggio lo pago io a parte?": the travel part, which the amount above does not hold.
        travel_question(turn, confirming=True)
    return True


def _total_said(turn: Turn, facts: dict[str, Any]) -> bool:
    """This reply gave the total for the funded days already (the monthly rate's line)."""
    return any(facts["amount"] in line and str(facts["days"]) in line for line in turn.said)


def _caveat_said(turn: Turn) -> bool:
    """This reply says already that the amount is indicative ("€430.00 a month ...: €1,290.00 for your 90
    funded days (indicative; the office confirms the final amount)" to the message's first question): once
    in a reply (round 58 said it twice)."""
    caveats = [t(turn.lang, key).strip() for key in ("grant_per_month_indicative", "grant_indicative")]
    return any(caveat in line for line in turn.said for caveat in caveats)


def _own_sentence(text: str) -> str | None:
    """The sentence that names an amount and asks whether it is for the whole stay ("Quindi in totale quanto
    riceverei? I 1.290 euro sono per tutto il periodo o al mese?": the second), None when none does."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        whole = has("whole_stay_question", sentence) or has("whole_span", sentence)
        if whole and AMOUNT_RX.search(sentence):
            return sentence
    return None


# A number said as a monthly figure: "700 per month", "about 700 a month", "700 €/mois", "700 al mese".
_MONTHLY_AFTER_RX = re.compile(
    r"\s*(?:€|eur\b|euros?\b)?\s*(?:(?:per|a|an|each|every|par|chaque|al|ogni|in|de|in de|/)\s*)?"
    r"(?:month|mois|maand|mese|monthly|mensuel|maandelijks|mensil)", re.I)


def said_monthly(text: str, amount: int) -> bool:
    """Whether `amount` is said in the text as a monthly figure."""
    return any(number(m.group(1)) == amount and _MONTHLY_AFTER_RX.match(text, m.end())
               for m in NUMBER_RX.finditer(text))


def _asking_sentence(text: str) -> str | None:
    """The sentence that asks whether an amount is for the whole stay or a month ("is the 690 the total or per
    month? and do I need Scientific Board approval too?": the first; round 51 read the second's "need" as a
    condition asked, and gave "Not for sure" and the whole block first)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if has("whole_stay_question", sentence) or has("per_month_asked", sentence):
            return sentence
    return None


def _scholarship_notes(text: str, grant: dict[str, Any]) -> list[str]:
    """The grant's notes on the person's own scholarship when the question names it ("la borsa di dottorato
    aumenta del 50% e in più prendo i 1.290 euro, giusto?": combinable, increased by 50%; round 36)."""
    words = PHRASES["fact_words"]["has_scholarship"]
    if not words.search(ERASMUS_GRANT_RX.sub(" ", text)):
        return []
    return [f"({note})" for note in grant.get("notes") or [] if words.search(str(note))]


def _amount(found: re.Match[str]) -> float | None:
    return amount_value(found.group(1) or found.group(2))


def _near(said: float, total: float) -> bool:
    """"around 1290 euros", "circa 550 euro" for 553: the total said back, rounded as people do."""
    return abs(said - total) <= max(1.0, total * ROUNDING)


def _is_figure(said: float, parts: list[dict[str, Any]]) -> bool:
    """A part's amount or a number in a part's label: one of the person's figures, not a wrong total."""
    figures = {round(p["amount_eur"]) for p in parts if isinstance(p.get("amount_eur"), int | float)}
    for part in parts:
        figures.update(number(n) for n in NUMBER_RX.findall(str(part.get("label") or "")))
    return round(said) in figures


def _rate_named(text: str, total: float, parts: list[dict[str, Any]]) -> tuple[int, str] | None:
    """A number said that is a rate in a part's label ("2 × 430 EUR per month"), not the total nor a part's
    amount: that number and its part's label."""
    amounts = {round(total), *(round(p["amount_eur"]) for p in parts
                               if isinstance(p.get("amount_eur"), int | float))}
    for said in amounts_said(text):
        if said in amounts:
            return None  # the total or a part named: it is for the whole stay
        for part in parts:
            if said in {number(n) for n in NUMBER_RX.findall(str(part.get("label") or ""))}:
                return said, str(part.get("label"))
    return None
