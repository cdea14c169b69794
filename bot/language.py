"""Which of en/fr/nl/it a person writes in: shared by the action server (actions/language.py) and the Rasa
server (bot/faults.py, bot/limits.py: the fault and "too long" replies on a conversation's first message).

Standard library and lingua only, so it imports in both environments without pulling either side's code.
The detectors are built on first use (about 1 s with their models); the action server builds them at start-up
(`warm_up`) so its first message is not slow, the Rasa server only when it first needs one.
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Sequence

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from bot.foreign_names import without_foreign_names
from bot.function_words import evidence
from bot.sticky_margin import SWITCH_EVIDENCE, with_margin, words_of, written_in

DEFAULT_LANG = "en"

_LANGS = {Language.ENGLISH: "en", Language.FRENCH: "fr", Language.DUTCH: "nl", Language.ITALIAN: "it"}
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
# Only the head of a message decides: a 100 kB message costs the same as a short one.
MAX_CHARS = 400
MIN_WORDS = 3
MAX_WORD = 25
MIN_CONFIDENCE = 0.6
STICKY_WORDS = 6
# Lingua guesses single words poorly ("hello" -> Italian 0.57): short messages vote with these cue words.
_CUES = {
    "en": "hi hello hey thanks thank you yes no please bye goodbye the what how when why who my am i "
          "which many much of and for this an want need help sure nope yeah skip don't know can "
          "could go do does so will would should get",
    "fr": "bonjour salut merci oui non je suis mon ma pourquoi quand comment quoi aide au revoir d'accord ça "
          "sais pas passer svp quelle quel quels quelles combien est c'est une",
    "nl": "hallo hoi dank bedankt ja nee ik ben mijn waarom wanneer hoe wat hulp doei dag tot ziens graag "
          "weet niet overslaan alsjeblieft het een voor welke hoeveel wel dan ook nog maar zou als",
    "it": "ciao buongiorno grazie sì si no sono mio mia perché quando come cosa aiuto arrivederci bene "
          "so non saltare prego qual quale quali quanto quanti della dal riepilogo togli",
}
_CUE_WORDS: dict[str, set[str]] = {lang: set(words.split()) for lang, words in _CUES.items()}
# English thanks and approval that people writing French, Dutch or Italian use too: only these words in a
# short message keep the conversation's language.
_EN_COURTESY = frozenset((
    "thanks", "thank", "you", "thx", "ty", "cheers", "many", "much", "so", "very", "a", "lot", "again", "for",
    "everything", "all", "the", "help", "great", "top", "perfect", "cool", "nice", "super", "awesome", "fine",
    "good", "alright", "lovely", "excellent", "brilliant", "wonderful"))
_ALL_CUES = frozenset().union(*_CUE_WORDS.values())
# Words the same in every language that look Dutch or English to lingua ("And for ITM Antwerp?" read as
# Dutch) are left out before detecting: degree and programme acronyms, the loanword "deadline" and "ok"
# ("ok, perfetto", "ok merci", "ok dank je": no English), any word in capitals ("IMT", "GSSI"), and the
# one-word names of the calls' institutions (their `chat.aliases`: "antwerpen", "lucca"), which the action
# server gives with set_institution_names.
_NAMES = frozenset(("erasmus", "msc", "phd", "mph", "mtm", "eu", "ue", "ects", "eche", "deadline",
                    "deadlines", "ok", "okay"))
_institution_names: frozenset[str] = frozenset()


def set_institution_names(aliases: Iterable[str]) -> None:
    """The calls' names for their institutions; phrases ("institut de médecine tropicale") are language
    evidence and stay, one-word names ("itg", "anvers") are not."""
    global _institution_names
    _institution_names = frozenset(a.lower() for a in aliases if _WORD.fullmatch(a))
    _RECENT.clear()


def _is_name(word: str) -> bool:
    low = word.lower()
    acronym = 2 <= len(word) <= 5 and word.isupper() and low not in _ALL_CUES
    return acronym or low in _NAMES or low in _institution_names or low.split("'")[-1] in _NAMES


# Below MIN_CONFIDENCE a clear lead still decides ("Quelle est la date limite ..." is French at 0.5).
LEAD_CONFIDENCE = 0.45
LEAD_RATIO = 2.0


# Languages people may write in that the assistant does not speak: said so once, then English.
_FOREIGN = {Language.SPANISH: "es", Language.GERMAN: "de", Language.PORTUGUESE: "pt", Language.POLISH: "pl",
            Language.ROMANIAN: "ro", Language.TURKISH: "tr"}
FOREIGN_MIN_WORDS = 4
FOREIGN_CONFIDENCE = 0.5


def foreign_language(text: str | None) -> bool:
    """Whether a message is clearly in a language other than the four (Spanish, German...). Names inside a
    sentence are no evidence ("destination: Madrid, Universidad Complutense, not Lisbon" is no Spanish: round
    26 said "I speak English, français..." again in an English conversation), nor a reply of names only."""
    if not text or text.startswith("/") or _only_names(text[:MAX_CHARS]):
        return False
    # (institution names in another language typed in lower case too: bot/foreign_names.py)
    head = NAME_INSIDE_RX.sub(" ", without_foreign_names(text[:MAX_CHARS]))
    words = [w for w in _WORD.findall(head) if not _is_name(w)]
    if len(words) < FOREIGN_MIN_WORDS:
        return False
    values = _wide().compute_language_confidence_values(" ".join(words))
    return bool(values) and values[0].language in _FOREIGN and values[0].value >= FOREIGN_CONFIDENCE


def foreign_language_name(text: str | None) -> str | None:
    """The English name of the language a message is clearly written in, when it is none of the four
    ("Spanish" for "Hola, ¿puedo hacer unas prácticas Erasmus?"); None otherwise."""
    if not foreign_language(text):
        return None
    values = _wide().compute_language_confidence_values(" ".join(_WORD.findall(str(text)[:MAX_CHARS])))
    return values[0].language.name.title() if values and values[0].language in _FOREIGN else None


_CAPITALISED = r"[A-ZÀ-Þ][\w'’-]+"
# The small words inside a name ("University of Oxford", "Save the Children", "Università degli Studi di
# Milano", "Universiteit van Amsterdam"): part of the name when capitalised words stand on both sides.
_NAME_LINKS = (r"(?:of|the|and|for|de|des|du|la|le|di|da|del|della|dei|degli|delle|van|der|den|voor|het|"
               r"et|e|y|und|für)")
NAME_INSIDE_RX = re.compile(
    rf"(?<=[^.!?\s]\s)(?!I['’]){_CAPITALISED}(?:\s+(?:{_NAME_LINKS}\s+)*(?:[dl]['’])?{_CAPITALISED})*")
_NAME_LINK_RX = re.compile(_NAME_LINKS, re.I)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_ELIDED_NAME = re.compile(r"[dl]['’][A-ZÀ-Þ]")  # "d'Anvers", "l'Aquila"


def _only_names(text: str) -> bool:
    """A reply that is only names, of two capitalised words or more ("University of Oxford", "London School of
    Hygiene and Tropical Medicine", "Amref Health Africa, Nairobi"): no evidence of a language change."""
    words = _TOKEN.findall(text)
    capitalised = [w for w in words if w[0].isupper() or _ELIDED_NAME.match(w)]
    links = [w for w in words if w not in capitalised]
    return len(capitalised) >= 2 and words[0][0].isupper() and all(_NAME_LINK_RX.fullmatch(w) for w in links)


def detect(text: str | None, previous: str | None, earlier: Sequence[str] = ()) -> str:
    """The message's language, or the previous one when the message is too short or ambiguous to tell.

    "Portugal", "yes", "1 March 2026" and button payloads ("/inform{...}") keep the previous language.
    `earlier`: the person's earlier messages, oldest first; English that one of them was written in is the
    person's language, not only the default, and is left on clear evidence only, as French, Dutch and Italian.
    """
    keep = previous if previous in _LANGS.values() else DEFAULT_LANG
    if not text or text.startswith("/"):
        return keep
    if previous in _LANGS.values():
        if _only_names(text[:MAX_CHARS]):
            return keep
        # "et à Amsterdam, une formation à la Vrije Universiteit ?" stays French, "presso la London School of
        # Hygiene and Tropical Medicine" Italian: names inside a sentence (capitalised, not first, with the
        # small words between their words) are no evidence of a language change.
        text = NAME_INSIDE_RX.sub(" ", without_foreign_names(text))
    short = _WORD.findall(text[:MAX_CHARS])
    if previous in _LANGS.values() and len(short) < STICKY_WORDS:
        # A short reply in a conversation changes language only on a clear cue-word majority: "so can I go?"
        # stays English ("so" votes Italian, "I" English: a tie), "Wat is de deadline?" turns Dutch.
        plain = [w.lower() for w in short if not _is_name(w)]
        voted = _vote(plain, keep)
        if voted == DEFAULT_LANG != keep and plain and all(w in _EN_COURTESY for w in plain):
            # "top, thanks!", "thank you so much" in a Dutch conversation: English thanks said in passing, no
            # wish to change language (round 24 answered "You're welcome!" in English, and went on so).
            return keep
        owned = keep != DEFAULT_LANG or written_in(keep, earlier)
        if voted != keep and owned and not _confirmed(plain, voted):
            # A conversation in French, Dutch or Italian was put there by what the person wrote; English may
            # only be the default (a first "Salve", a button). So leaving French, Dutch or Italian takes more
            # than one cue word: "yes", "merci", "ok thanks", "sì" keep it; "What is the deadline?" does not.
            # English the person wrote in is theirs too: "ok merci" after English messages stays English.
            return keep
        if voted == keep and not owned:
            # English only the default and no cue word: the small words decide ("kan dat met erasmus?").
            return _own_words(text) or keep
        return voted
    head = text[:MAX_CHARS]
    # Pure (same head, same fallback: same answer), so remembered: a form turn asks several times for the same
    # message (extraction, validation, the question) and lingua costs about 0.3 ms a call. Keyed by a digest,
    # so the cache holds no message text (personal data stays in the conversation store only).
    key = hashlib.blake2b(f"{keep}\0{head}".encode(), digest_size=16).digest()
    lang = _RECENT.get(key)
    if lang is None:
        lang = _detect_head(head, keep)
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.pop(next(iter(_RECENT)))  # the oldest
        _RECENT[key] = lang
    if lang != keep and previous in _LANGS.values():
        # A conversation's language changes on its words, not on lingua's guess alone (sticky_margin.py).
        return with_margin(text, keep, lang, keep != DEFAULT_LANG or written_in(keep, earlier))
    return lang


_RECENT: dict[bytes, str] = {}
_RECENT_MAX = 512


def _detect_head(head: str, keep: str) -> str:
    # Real words only: "xxxx…" runs, markup and codes must not decide the language.
    found = [w for w in _WORD.findall(head) if len(w) <= MAX_WORD] + re.findall(r"\w+'\w+", head)
    words = [w.lower() for w in found]
    plain = [w.lower() for w in found if not _is_name(w)]
    if len(plain) < MIN_WORDS and len(plain) < len(words):
        voted = _vote(plain, "")  # the words around the names decide when they can
        if voted:
            return voted
    elif plain:
        words = plain
    if len(words) < MIN_WORDS:
        return _vote(words, keep)
    values = _detector().compute_language_confidence_values(" ".join(words))
    if not values:
        return keep
    best = values[0]
    second = values[1].value if len(values) > 1 else 0.0
    clear_lead = best.value >= LEAD_CONFIDENCE and best.value >= LEAD_RATIO * second
    if best.value < MIN_CONFIDENCE and not clear_lead:
        # Lingua unsure and no cue word: the small words decide ("stage in kenia, kan dat met erasmus?" has
        # "kan dat met", only Dutch's; round 48 answered it in English).
        return _vote(words, "") or _own_words(head) or keep
    lang = _LANGS.get(best.language, keep)
    # English loanwords lead lingua off ("hoi, ik wil een staff training doen in Oslo, job shadowing. kan dat
    # via erasmus?": English 0.68, round 53 answered it in English): a language none of whose own small words
    # the message uses loses to one with several of them.
    found = evidence(words_of(head))
    own = _own_words(head)
    if own and own != lang and found.get(lang, 0) == 0 and found[own] >= OVERRULE_EVIDENCE:
        return own
    return lang


# The small words only one language has that overrule lingua's guess of a language with none of its own.
OVERRULE_EVIDENCE = 3


def _own_words(text: str) -> str:
    """The language whose own small words the text uses, at least two and more than any other's; else ""."""
    found = evidence(words_of(text))
    top = max(found.values())
    leaders = [lang for lang, n in found.items() if n == top]
    return leaders[0] if top >= SWITCH_EVIDENCE and len(leaders) == 1 else ""


# A short reply leaves French, Dutch or Italian with this many words (names and "ok" not counted) that lingua
# also reads in the language the cue words chose ("english please", "non lo so", "What is the deadline?").
SWITCH_MIN_WORDS = 2


def _confirmed(words: list[str], lang: str) -> bool:
    if len(words) < SWITCH_MIN_WORDS:
        return False
    values = _detector().compute_language_confidence_values(" ".join(words))
    return bool(values) and _LANGS.get(values[0].language) == lang


def _vote(words: list[str], keep: str) -> str:
    """The one language whose cue words the message uses most; `keep` on a tie or no cue at all."""
    scores = {lang: sum(w in cues for w in words) for lang, cues in _CUE_WORDS.items()}
    best = max(scores.values())
    winners = [lang for lang, score in scores.items() if score == best]
    if best == 0 or len(winners) > 1:
        return keep
    return winners[0]


@functools.lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    # High accuracy (low accuracy mode off), models preloaded: the first message is not slow (~0.7 s).
    return LanguageDetectorBuilder.from_languages(*_LANGS).with_preloaded_language_models().build()


@functools.lru_cache(maxsize=1)
def _wide() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGS, *_FOREIGN).with_preloaded_language_models().build()


def warm_up() -> None:
    """Builds both detectors now (the action server, at import) rather than on the first message."""
    _detector()
    _wide()
