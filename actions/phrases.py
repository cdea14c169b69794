"""The phrase vocabulary (actions/locales/phrases.yaml), compiled once at import."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

_FILE = Path(__file__).with_name("locales") / "phrases.yaml"


_LITERAL = ("feminine_forms", "masculine_forms", "informal_forms")  # replacement tables, not patterns


def _compile(value: Any) -> Any:
    if isinstance(value, str):
        return re.compile(value, re.I)
    if isinstance(value, list):
        return re.compile("|".join(f"(?:{v})" for v in value), re.I)
    return {k: _compile(v) for k, v in value.items()}


_RAW = yaml.safe_load(_FILE.read_text("utf-8"))
PHRASES: dict[str, Any] = {k: _compile(v) for k, v in _RAW.items() if k not in _LITERAL}
FORMS: dict[str, dict[str, dict[str, str]]] = {"f": _RAW["feminine_forms"], "m": _RAW["masculine_forms"]}


def _words_rx(table: dict[str, str]) -> re.Pattern[str]:
    """The table's words, longest first, as whole words."""
    return re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)" for k in sorted(table, key=len, reverse=True)))


_FORM_RX = {g: {lang: _words_rx(t) for lang, t in tables.items()} for g, tables in FORMS.items()}


def gendered(text: str, lang: str, gender: str | None) -> str:
    """The reply in the person's grammatical gender ("doctorant" -> "doctorante", "idoneo/a" -> "idonea")."""
    rx = _FORM_RX.get(gender or "", {}).get(lang)
    if rx is None:
        return text
    table = FORMS[str(gender)][lang]

    def swap(m: re.Match[str]) -> str:
        if _GENERIC_RX.search(text[max(0, m.start() - 12):m.start()]):
            return m.group(0)  # "l'université d'un étudiant": anyone, not the person (round 54)
        return table[m.group(0)]
    return rx.sub(swap, text)


# An indefinite or distributive article before a role word: the word names anyone in that role.
_GENERIC_RX = re.compile(r"(?<!\w)(?:d['’]un|un|uno|chaque|tout|ogni|qualsiasi|ciascun|een|elke|iedere) $",
                         re.I)


INFORMAL: dict[str, dict[str, str]] = _RAW["informal_forms"]


def _form_rx(table: dict[str, str]) -> re.Pattern[str]:
    """The table's forms, longest first, as whole words. A form written in lower case also matches with a
    capital (a sentence's first word: "vous pouvez", "Vous pouvez"); one written with a capital matches only
    so, as the Italian courtesy forms are capitals inside a sentence ("il Suo relatore" is the person's, "il
    suo" not)."""
    def one(form: str) -> str:
        first = f"[{form[0]}{form[0].upper()}]" if form[:1].islower() else re.escape(form[:1])
        before = r"(?<!\w)" if form[:1].isalnum() else ""  # ", può candidarsi", "contatti l'"
        after = r"(?!\w)" if form[-1:].isalnum() else ""
        return before + first + re.escape(form[1:]) + after
    return re.compile("|".join(one(k) for k in sorted(table, key=len, reverse=True)))


_INFORMAL_RX = {lang: _form_rx(table) for lang, table in INFORMAL.items()}
_VOTRE_RX = re.compile(r"\b([Vv])otre (\w)")
# Where a sentence starts: the text's start, or after ". " or a new line, with only signs between ("📅 ").
_SENTENCE_START_RX = re.compile(r"(?:^|[.!?]\s|\n)[^A-Za-zÀ-ÖØ-öø-ÿ0-9]*$")


def _same_case(found: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if found[:1].isupper() else replacement


def informal(text: str, lang: str) -> str:
    """The reply in the "tu" register: French "vous pouvez" -> "tu peux", "votre bourse" -> "ta bourse";
    Italian "Lei può" -> "puoi", "il Suo relatore" -> "il tuo relatore", "Mi dica" -> "Dimmi"."""
    table = INFORMAL.get(lang)
    if not table:
        return text

    def swap(m: re.Match[str]) -> str:
        found = m.group(0)
        if found in table and found[:1].isupper():
            # A courtesy capital ("Lei è" -> "sei"): a capital again only where a sentence starts.
            value = table[found]
            starts = _SENTENCE_START_RX.search(m.string, 0, m.start()) is not None
            return value[:1].upper() + value[1:] if starts else value
        return _same_case(found, table[found[:1].lower() + found[1:]])

    text = _INFORMAL_RX[lang].sub(swap, text)
    feminine = PHRASES["informal_feminine"].get(lang)
    if feminine is None:
        return text

    def possessive(m: re.Match[str]) -> str:
        rest = text[m.start(2):]
        word = "ta" if feminine.match(rest) and m.group(2).lower() not in "aeiouhéèêâîôû" else "ton"
        return f"{_same_case(m.group(1), word)} {m.group(2)}"

    return _VOTRE_RX.sub(possessive, text)


def register_of(texts: list[str], lang: str) -> str | None:
    """"informal" (French "tu", Italian "tu", Dutch "je") or "formal" ("vous", "Lei", "u"): the register the
    person's messages chose, read in order (people may switch); None when none shows one or `lang` has no such
    choice. Sticky: once chosen, only a message with a clear sign of the other register and none of the chosen
    one switches it; a weak sign (a greeting, a pronoun that may mean someone else) only chooses while nothing
    is chosen (round 28: "come la chiedo?" flipped a "tu" conversation to "Lei")."""
    clear_tu, clear_vous = PHRASES["says_tu"].get(lang), PHRASES["says_vous"].get(lang)
    if clear_tu is None or clear_vous is None:
        return None
    maybe_tu, maybe_vous = PHRASES["says_tu_maybe"].get(lang), PHRASES["says_vous_maybe"].get(lang)
    chosen: str | None = None
    for said in texts:
        if said.startswith("/"):  # a button's payload: no words of the person's
            continue
        formal, informal_ = clear_vous.search(said) is not None, clear_tu.search(said) is not None
        if chosen is None:
            if formal or (maybe_vous is not None and maybe_vous.search(said)):
                chosen = "formal"
            elif informal_ or (maybe_tu is not None and maybe_tu.search(said)):
                chosen = "informal"
        elif formal != informal_:
            chosen = "formal" if formal else "informal"
    return chosen


def in_register(lang: str, said: list[str], messages: list[dict[str, Any]]) -> None:
    """Someone who says "tu" ("salut, t'as pas répondu", "rappelle-moi", "ciao, mi dici...", "puoi dirmi") is
    answered with "tu": the replies' texts are rewritten in place, whichever part of the assistant wrote
    them."""
    if lang not in INFORMAL or register_of(said, lang) != "informal":
        return
    for message in messages:
        if message.get("text"):
            message["text"] = informal(message["text"], lang)
        for button in message.get("buttons") or []:
            button["title"] = informal(str(button.get("title") or ""), lang)


def in_gender(lang: str, gender: str | None, messages: list[dict[str, Any]]) -> None:
    """Every reply of the turn in the person's grammatical gender, whichever part wrote it (round 24: the
    e-mail summary said "Statut : Doctorant(e)" to a "doctorante"), its button titles too (round 39: "Sono
    idoneo?" under "sei idonea")."""
    if not gender:
        return
    for message in messages:
        if message.get("text"):
            message["text"] = gendered(str(message["text"]), lang, gender)
        for button in message.get("buttons") or []:
            button["title"] = gendered(str(button.get("title") or ""), lang, gender)


def has(key: str, text: str) -> bool:
    return PHRASES[key].search(text) is not None


def negation_in(text: str) -> bool:
    """A negation in these words, unless it denies the assistant's telling ("non mi ha detto come si dimostra
    il viaggio in treno": not a No to the train, round 42)."""
    return NEGATION_RX.search(text) is not None and not has("negated_telling", text)


def negated_before(text: str, start: int) -> bool:
    """Whether the words just before `start` turn the mention round ("not staff", "forget the conference");
    a negation word inside a name ("Médecins Sans Frontières in Brussels") does not."""
    return PHRASES["negation_before"].search(names_blanked(text[max(0, start - 40):start])) is not None


# "at Pharmaciens Sans Frontières in Brussels": a capitalised "without" inside a sentence, before another
# capitalised word, is a word of a name ("I'm Not British" still negates: only "without" words).
_TITLE_NEGATION_RX = re.compile(r"(?<=[^\s.!?] )(?:Without|Sans|Zonder|Senza|Sin|Ohne)(?= +[A-ZÀ-Ý])")


def names_blanked(text: str) -> str:
    """The text with the negation words of names blanked out (same length, so offsets still hold)."""
    text = PHRASES["negation_in_name"].sub(lambda m: " " * len(m.group(0)), text)
    return _TITLE_NEGATION_RX.sub(lambda m: " " * len(m.group(0)), text)


# "n't" ends its word ("don't", "haven't"), so it has no word boundary before it. The Italian "mai" (never) is
# not the French month ("la partie en ligne commence en mai", "15 mai 2026", "fin mai": round 63 read it as
# "no online part").
NEGATION_RX = re.compile(
    r"\b(not|no|dont|doesnt|didnt|isnt|wont|cant|havent|hasnt|without|never|none|pas|aucune?|sans|"
    r"jamais|geen|niet|nee|zonder|nooit|non|senza|"
    r"(?<!\d )(?<!\ben )(?<!\bde )(?<!\bd['’])(?<!\bfin )(?<!\bdébut )(?<!\bavant )(?<!\baprès )(?<!-)"
    r"mai(?! \d)|"
    r"nessun\w*)\b|n['’]t\b|n['’]a pas|n'ont pas", re.I)
# "Sono un dottorando…" opens most Italian first messages: "sono" starts no question without its "?".
# "... or not" / "ou pas" / "of niet" / "o no" ending a sentence makes it a question, even without its "?"
# ("in english: does erasmus pay my train ticket or not"): its "not" answers nothing (round 31 noted "green
# travel: No").
OR_NOT_RX = PHRASES["or_not"]
# ("... and does the agreement need to exist before i apply": a question after "and", without its mark)
QUESTION_RX = re.compile(r"\?\s*$|^(?:(?:and|but|so|also|et|mais|maar|e|ma)\W+)*"
                         r"(do|does|is|are|can|should|must|what|how|who|why|when|est-ce|dois|faut|"
                         r"moet|heb|is|zijn|kan|devo|serve|bisogna|è)\b|" + OR_NOT_RX.pattern, re.I)


def without_or_not(text: str) -> str:
    """The text with its "or not" alternatives blanked out (same length, so offsets still hold)."""
    return OR_NOT_RX.sub(lambda m: " " * len(m.group(0)), text)


def in_sentence(text: str) -> str:
    """A sentence put after "Yes: ": its first letter small, unless its first word is a name or an acronym
    ("PhD candidates", "ITM", "Portugal" keep theirs)."""
    first = text.split(" ", 1)[0]
    if not first or any(c.isupper() for c in first[1:]) or first.strip(".,:;") in _KEEP_CAPITAL:
        return text
    return text[:1].lower() + text[1:]


# Sentence openings that are names (a call's text may start with its country or institution).
_KEEP_CAPITAL = frozenset(("Erasmus", "Erasmus+", "Lucca", "Antwerp", "Anvers", "Antwerpen", "Anversa"))


def status_question(text: str) -> bool:
    """"Is the call still open?", "can I still apply?": a question about the call's status; not the status
    said to be known ("I know the dates are too late, I mean: would Lisbon have been ok?", round 26)."""
    asked = PHRASES["status_known"].sub(" ", text)
    asks = has("status_question", asked) or has("apply_now", asked)
    return asks and QUESTION_RX.search(text.strip()) is not None
