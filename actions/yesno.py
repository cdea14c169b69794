"""How the words around a yes/no fact's mention turn it: a negation that belongs to the mention or to another
word ("I have a scholarship and not a staff contract"), an intention that states nothing yet ("scrivo a
Daniela per l'accordo", "I'll ask the board"), and "not yet" said of the conditions, pending rather than
refused ("accordo NO, Consiglio NO. Non li ho ancora."). Used by actions/inpassing.py."""
from __future__ import annotations

import re

from actions import when
from actions.asides import segment
from actions.phrases import NEGATION_RX, PHRASES, has, negation_in, without_or_not

# Facts a person gets from someone else before the stay: "not yet" there means pending, never No.
CONDITIONS = ("supervisor_authorised", "board_authorised", "interinstitutional_agreement",
              "receiving_org_has_eche")
# Where the words that lead up to a mention begin: a comma or a "but" starts another statement ("the
# supervisor signed, I'll ask the board"); "and" does not ("I'll ask my supervisor and the board").
LEAD_CUT_RX = re.compile(r"[,;:]|\b(?:but|mais|maar|ma|però)\b", re.I)
# After a negation, an article or a noun's words: what it negates is another thing ("not a staff contract").
# What may stand between a listing comma and the next thing listed: "and", "also", an article or a possessive.
LIST_ITEM_RX = re.compile(
    r"\s*(?:(?:and|or|also|et|ou|aussi|en|of|ook|e|o|anche|pure)\s+)*(?:(?:the|my|his|her|their|le|la|les|"
    r"l['’]|un|une|du|de la|des|mon|ma|son|sa|leur|de|het|een|mijn|zijn|haar|il|lo|gli|i|una?|uno|del|della|"
    r"dello|dell['’]|il mio|la mia|il suo|la sua)\s*)?", re.I)
OTHER_OBJECT_RX = re.compile(r"^\s*(?:an?|the|any|une?|le|la|les|de|du|des|een|het|uno?|una|il|lo|gli)\s",
                             re.I)


def negated(text: str, start: int, end: int, left: int, right: int) -> bool:
    """Whether the words around the mention at start..end (within left..right) turn it round: a negation
    before it in its part of the sentence ("no scholarship", "I don't have a scholarship"; not "nee, ik heb
    een beurs"), or after it when it ends there or takes a verb ("la borsa non ce l'ho", "de beurs heb ik
    niet", "accordo NO"); not one with an object of its own after an explicit yes ("I have a scholarship so
    I'm not self-funded", "... and not a staff contract")."""
    text = without_or_not(text)  # "... or not": an alternative asked, no negation
    lead = re.split(r"[,;:]", text[left:start])[-1]
    if negation_in(lead):
        return True
    after = text[end:right]
    found = NEGATION_RX.search(after)
    if not found:
        return False
    rest = after[found.end():]
    belongs_elsewhere = OTHER_OBJECT_RX.match(rest) or has("self_funded", rest) \
        or any(rx.match(rest.lstrip()) for rx in PHRASES["fact_words"].values())
    return not (belongs_elsewhere and PHRASES["fact_yes"].search(lead))


def intended(text: str, start: int, end: int) -> bool:
    """"scrivo a Daniela per l'accordo", "I'll ask my supervisor and the board", "je vais demander au
    conseil", "I have asked the board", "ik heb de raad gemaild": what the person means to do or has asked
    for, not a fact yet (in the words leading to the mention, or after it in its own part of the sentence);
    not when the words after the mention say it is given ("I'll ask the board and the supervisor has signed",
    "I asked my supervisor and he agreed")."""
    left, right = when.clause_span(text, start, end)
    seg = segment(text, start, end)
    if PHRASES["fact_yes"].search(seg[seg.find(text[start:end]) + end - start:]):
        return False
    lead, part = _lead(text, left, start), _rest_of_part(text, end, right)
    # Up to the next yes/no fact named: "I'll ask the board and the supervisor has signed" is his signing.
    others = [m.start() for rx in PHRASES["fact_words"].values() for m in [rx.search(part)] if m]
    own = part[:min(others)] if others else part
    if has("request_made", lead + text[start:end] + own) and not _open_or_denied(text[left:right]):
        # The have of "I have asked" is no yes; one after the mention is ("... and he agreed").
        return not PHRASES["fact_yes"].search(own)
    # Before the mention, around it ("ik ga met mijn promotor praten"), or after it across "and" up to the
    # next comma, with no yes between ("consiglio scientifico e accordo li chiedo a Daniela").
    words = lead + text[start:end] + part
    aim = PHRASES["intention"].search(words)
    return aim is not None and (aim.start() < len(lead)
                                or not PHRASES["fact_yes"].search(words[len(lead) + end - start:aim.start()]))


def _rest_of_part(text: str, end: int, right: int) -> str:
    """The words after a mention in its part of the sentence: up to a comma or a "but"."""
    after = text[end:right]
    cut = LEAD_CUT_RX.search(after)
    return after[:cut.start()] if cut else after


def _lead(text: str, left: int, start: int) -> str:
    """The words leading up to a mention in its part of the sentence. A comma that only lists the things
    asked for ("scrivo a Daniela per accordo, consiglio scientifico e pagamento", "about the agreement, the
    board and the payment") starts no other statement: the lead goes on to before it."""
    lead = text[left:start]
    cuts = list(LEAD_CUT_RX.finditer(lead))
    while cuts and cuts[-1].group() == "," and _listed(lead[cuts[-1].end():]):
        cuts.pop()
    return lead[cuts[-1].end():] if cuts else lead


def _listed(words: str) -> bool:
    """Whether the words between a comma and a mention only list it: "the", "and my", "l'autorisation du",
    "de toestemming van de"."""
    filler = LIST_ITEM_RX.match(words)
    rest = words[filler.end():] if filler else words
    consent = PHRASES["consent_word"].match(rest)
    return not rest.strip() or consent is not None and PHRASES["consent_of"].fullmatch(rest[consent.end():]) \
        is not None


def _open_or_denied(clause: str) -> bool:
    """"I haven't asked yet", "non l'ho ancora chiesto": a request not made, read elsewhere as pending."""
    return has("not_yet", clause) or NEGATION_RX.search(clause) is not None


def pending(name: str, text: str, clause: str) -> bool:
    """A condition said to be No in a message that says "not yet" ("non ce li ho ancora! L'accordo e il
    Consiglio no"): pending, unless refused ("they refused", "il consiglio ha rifiutato")."""
    return name in CONDITIONS and has("not_yet", text) and not has("refused", clause)


# "ma bourse vient d'une fondation", "my scholarship covers it": a scholarship of one's own is one held; not
# one applied for ("my scholarship application", "ma demande de bourse").
OWN_RX = re.compile(r"\b(my|mon|ma|mijn|la mia|il mio)\s+$", re.I)
NOT_HELD_AFTER_RX = re.compile(
    r"^\s*(application|request|decision|results?|candidature|demande|dossier|aanvraag|beslissing|domanda|"
    r"richiesta|esito)\b", re.I)


def owned(name: str, text: str, start: int, end: int) -> bool:
    """A scholarship named as the person's own ("ma bourse", "my scholarship"): they have one."""
    return name == "has_scholarship" and OWN_RX.search(text[max(0, start - 12):start]) is not None \
        and NOT_HELD_AFTER_RX.match(text[end:end + 20]) is None
