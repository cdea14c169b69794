"""Round 60 (Davide, an IMT Lucca PhD student, formal "Lei"; 1 March - 31 July 2016 in Ankara): "Serve
l'autorizzazione del Consiglio scientifico anche se il mio supervisore è già d'accordo?" got "Sì: Il Suo
supervisore (relatore) deve autorizzare il periodo all'estero.", the authorisation he set against the one he
asked about; and "Mi perdoni, ma chiedevo del Consiglio scientifico, non del supervisore. Nel mio caso serve
anche la sua autorizzazione?" got "Non trovo la risposta nel testo del bando".

- An authorisation named only in a concessive clause ("anche se il mio supervisore è già d'accordo", "even if
  my supervisor agrees", "même si mon directeur est d'accord", "ook al is mijn promotor akkoord") is not what
  is asked: the other one is; and when both are conditions of the plan, that one does not replace the other.
- "chiedevo del Consiglio scientifico, non del supervisore": what comes after the negation is what the person
  did not mean (actions/boardaccord.py meant_authorisation answers the one meant).
- "Prima mi aveva scritto che ... deve autorizzarlo il Consiglio Scientifico. È corretto? Se il periodo fosse
  di soli 3 mesi, servirebbe comunque?": "Yes" for the plan first, then the case's "No"."""
from __future__ import annotations

from actions.phrases import NEGATION_RX, PHRASES, has
from actions.turn import Turn

AUTHORISATIONS = ("board_authorised", "supervisor_authorised")


def concessive_spans(text: str) -> list[tuple[int, int]]:
    """Where a concessive clause runs: from "even if" to the end of its part of the sentence."""
    spans = []
    for found in PHRASES["concessive"].finditer(text):
        ends = [i for i in (text.find(mark, found.end()) for mark in ",;.?!") if i >= 0]
        spans.append((found.start(), min(ends) if ends else len(text)))
    return spans


def conceded(asking: str, named: list[str]) -> tuple[list[str], list[str]]:
    """The authorisations the question asks about, and those it names only as granted anyway ("anche se il
    mio supervisore è già d'accordo"), when at least one is asked outside such a clause."""
    spans = concessive_spans(asking)
    if not spans:
        return named, []
    inside = []
    for name in named:
        mentions = list(PHRASES["fact_words"][name].finditer(asking))
        if name in AUTHORISATIONS and mentions and all(any(a <= m.start() < b for a, b in spans)
                                                         for m in mentions):
            inside.append(name)
    asked = [n for n in named if n not in inside]
    return (asked, inside) if asked else (named, [])


def meant_window(text: str, start: int, reach: int = 60) -> str:
    """The words after "chiedevo del" up to a negation: "Consiglio scientifico, non del supervisore" means
    the Board, not the supervisor."""
    window = text[start:start + reach]
    cut = NEGATION_RX.search(window)
    return window[:cut.start()] if cut else window


def set_against(text: str, start: int, name: str) -> bool:
    """Whether the message sets another authorisation against the one meant ("non del supervisore")."""
    from actions.asides import named_facts

    rest = text[start:]
    cut = NEGATION_RX.search(rest)
    return bool(cut) and any(n in AUTHORISATIONS and n != name
                             for n in named_facts(rest[cut.start():cut.start() + 40], asking=True))


def both_needed(turn: Turn, name: str, against: list[str], conditions: dict[str, object]) -> str:
    """"L'una non sostituisce l'altra: serve anche l'autorizzazione del Suo supervisore.", when the one set
    against the asked authorisation is a condition of the plan too."""
    from actions.conditions import field_label
    from actions.i18n import t

    others = [n for n in against if n != name and n in conditions]
    if not others:
        return ""
    return t(turn.lang, "condition_also_needed", field=field_label(others[0], turn.lang, turn.get("role")))


def plan_confirmed(turn: Turn, over: int, limit: str) -> str:
    """"Sì: per il Suo piano di 150 giorni, più lungo di 3 mesi, serve.", when the message checks back what
    was said of the plan ("È corretto?") before asking the case, and the plan is longer than the limit."""
    from actions.i18n import t
    from actions.sentences import SENTENCE_RX
    from rules_core.dates import days360, parse_date

    sentences = [s for s in SENTENCE_RX.split(turn.text) if "?" in s]
    if len(sentences) < 2 or not has("confirm_question", sentences[0]):
        return ""
    try:
        days = days360(parse_date(turn.tracker.get_slot("start_date"), "start_date"),
                       parse_date(turn.tracker.get_slot("end_date"), "end_date"))
    except Exception:  # no plan dates: the case alone
        return ""
    return t(turn.lang, "case_plan_confirmed", days=days, limit=limit) if days > over else ""
