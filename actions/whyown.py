"""Round 54. "Why" a country of one's citizenship is refused, asked with where one lives, studies or works:
"juste pour comprendre, pourquoi le Portugal n'est pas possible ? j'habite en Belgique depuis 3 ans" (a
Portuguese student whose plan had moved on to Salamanca: the residence answer, "Non : votre lieu de résidence
...", about Spain), "but i study in belgium, why does that matter?" (a Kenyan student refused Kisumu: every
check of the call). The answer is the rules core's failed citizenship (or origin) rule for that country, with
its section, that studying, working or living in another country does not change it (actions/whydetail.py's
line), and what would work (for the plan's own destination) or that the plan as it stands is not affected."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

OWN_KINDS = ("destination_not_citizenship", "destination_not_origin")
HOME_WORDS = ("study_place", "workplace_work", "living_words", "residence_question")


def why_own_country(turn: Turn, changed: str | None) -> bool:
    """The why-answer above; False when the message asks no such thing or no own-country rule fails."""
    if not turn.get("call") or not turn.get("last_decision") or "?" not in turn.text \
            or has("only_because_question", turn.text):
        return False  # ("solo perché sono portoghese?": yes or no, actions/nationalityq.py)
    asked = [s for s in SENTENCE_RX.split(turn.text) if "?" in s and has("why_word", s)]
    if not asked:
        return False
    own = {str(c) for c in turn.get("citizenship") or []} | {str(turn.get("country_of_origin") or "")}
    code = _own_place_asked(turn, asked, own)
    current = str(turn.get("destination") or "")
    if code is None:
        if not current or not any(has(key, turn.text) for key in HOME_WORDS):
            return False  # ("but i study in belgium, why does that matter?": the plan's own destination)
        code = current
    from actions.askabout import evaluate_with, sourced
    from actions.whydetail import OWN_COUNTRY, _rules, resolved_params_country, what_works

    try:
        decision = evaluate_with(turn, destination=code)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    failed = [f for f in decision.get("failed") or [] if f.get("kind") in OWN_KINDS]
    if not failed:
        return False
    call_id, lang = str(decision.get("call") or turn.get("call")), turn.lang
    rules = _rules(call_id)
    home = next((resolved_params_country(decision, r) for r in rules.values()
                 if r.kind == "destination_not_sending"), None)
    lines = [changed] if changed else []
    lines.append(t(lang, "why_failed_one" if len(failed) == 1 else "why_failed_many"))
    lines += [sourced("✗", f.get("explanation"), call_id, f.get("source"), lang) for f in failed]
    if home:
        countries = ", ".join(i18n.country(c, lang) for c in sorted(own - {""})) or i18n.country(code, lang)
        lines.append(t(lang, OWN_COUNTRY[str(failed[0].get("kind"))], countries=countries,
                       home=i18n.country(home, lang), country=i18n.country(code, lang)))
    if has("living_words", turn.text) or has("residence_question", turn.text):
        lines.append(t(lang, "why_residence"))
    if code == current:
        lines += what_works(turn, decision, failed, rules)
    elif current:
        lines.append(t(lang, "why_own_plan_unaffected", country=i18n.country(current, lang)))
    turn.say("\n".join(lines), [{"title": t(lang, "button_all_checks"), "payload": "/show_checks"}])
    turn.answered = True
    return True


def _own_place_asked(turn: Turn, asked: list[str], own: set[str]) -> str | None:
    """A country of the person's citizenship (or origin) that a why-sentence names, as a country or by one of
    its cities ("pourquoi le Portugal n'est pas possible ?"); None when none is named."""
    text = turn.text
    spans = [(text.find(s), text.find(s) + len(s)) for s in asked]
    for ent in turn.entities:
        begin = ent.get("start")
        if not isinstance(begin, int) or not any(a <= begin < b for a, b in spans) \
                or ent.get("role") not in (None, "destination"):
            continue
        if ent.get("entity") == "country":
            code = str(ent.get("value") or "")
        elif ent.get("entity") == "city":
            code = str(ent.get("country_code") or "")
        else:
            continue
        if code in own and not PHRASES["living_words"].search(text[max(0, begin - 20):begin]):
            return code
    return None
