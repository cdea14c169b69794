"""Round 53 (a Belgian ITM lecturer: "krijg ik voorrang met mijn doctoraat? ik heb een PhD"): the e-mail
summary called her "Doctorerend of postdoctoraal personeelslid", the call's either/or group, though she said
she holds her PhD. The summary names the staff member's position as the person said it: a PhD held, a postdoc,
a PhD being prepared; the call's group only when their words say none of these."""
from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.i18n import t
from actions.phrases import has, negated_before
from actions.stated import about_group, said_of_self

_PHD = r"(ph\.?\s?d|doctorate|doctorat|doctoraat|dottorato)"
# "ik heb een PhD", "I have my PhD", "j'ai un doctorat", "ho il dottorato", "a staff member with a PhD"
HELD_RX = re.compile(
    rf"\b(i\s+(do\s+)?(have|hold|got|obtained|earned|completed|finished|defended)|i['’]ve(\s+got)?|"
    rf"ik\s+(heb|behaalde|haalde)|(heb|had)\s+ik|j['’]ai|ho|avevo)\s+(already\s+|al\s+|déjà\s+|già\s+)?(a\s+|an\s+|my\s+|een\s+|mijn\s+|un\s+|mon\s+|"
    rf"il\s+(mio\s+)?)?(obtenu\s+|behaald\s+|conseguito\s+|preso\s+)?{_PHD}\b(?!\s*(student|candidate))"
    rf"|\b(with|met|con)\s+(a\s+|an\s+|een\s+|il\s+|un\s+)?{_PHD}\b(?!\s*(student|candidate))"
    rf"|\btitulaire d['’]un doctorat\b|\bph\.?\s?d\.?\s+holder\b|\bik ben (gepromoveerd|doctor)\b", re.I)
# Right after "heb ik een doctoraat": whether one is needed ("nodig", "vereist"), not one held.
NEEDED_AFTER = re.compile(r"[^.?!]{0,30}\b(nodig|vereist|verplicht|needed|required|necessary|nécessaire|"
                          r"obligatoire|exigé|necessari[oa]|obbligatori[oa]|richiest[oa])\b", re.I)
POSTDOC_RX = re.compile(r"\b(post-?docs?|post-?doctora\w*|post-?dottorat\w*|assegnist[ai])\b", re.I)
DOING_RX = re.compile(
    r"\b(doing|preparing|writing|finishing)\s+(a|my)\s+(ph\.?\s?d|doctorate)\b|"
    r"\bje (fais|prépare)\s+(une|ma|un|mon)\s+(thèse|doctorat)\b|"
    r"\bik (doe|schrijf|maak)\s+(een|mijn)\s+(doctoraat|proefschrift)\b|\bdoctoreer\b|"
    r"\b(faccio|sto facendo)\s+(il|un)\s+dottorato\b|\b(doctoral (student|candidate|researcher)|doctorant\w*|"
    r"doctorand\w*|doctoraatsstudent\w*|dottorand\w*)\b", re.I)


def _said(rx: re.Pattern[str], texts: list[str]) -> bool:
    # ("do postdocs get priority?" asks about a group, not the person's own position)
    return any(not negated_before(text, m.start())
               and not (about_group(text, m.start(), m.end()) and not said_of_self(text, m.start()))
               and _own_with(text, m) for text in texts for m in rx.finditer(text))


def _own_with(text: str, match: re.Match[str]) -> bool:
    """"with a PhD, do I get priority?" is the person's; "do staff with a PhD get priority?", with no word of
    the person's in the sentence, asks about others."""
    if not WITH_RX.match(match.group(0)):
        return True
    left = max(text.rfind(c, 0, match.start()) for c in ".?!") + 1
    right = min([i for i in (text.find(c, match.end()) for c in ".?!") if i >= 0] or [len(text)])
    return has("self_words", text[left:right + 1])


WITH_RX = re.compile(r"(with|met|con)\b", re.I)


def holds_phd(text: str) -> bool:
    """"I have a PhD", "as I said I hold a PhD", "ik heb een doctoraat", "ho il dottorato": a PhD held, said
    of the person (not denied, not of a group); actions/doctoral.py."""
    if any(NEEDED_AFTER.match(text[m.end():]) for m in HELD_RX.finditer(text)):
        return False  # "Heb ik een doctoraat nodig?": a requirement asked about, no PhD held (round 63)
    return _said(HELD_RX, [text])


def staff_position(tracker: Tracker, lang: str) -> str | None:
    """"Staff member with a PhD", "Postdoctoral staff member" or "Staff member preparing a PhD", from the
    person's own messages; None when they said none of these (the call's group is said then)."""
    texts = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]
    latest = str((tracker.latest_message or {}).get("text") or "")
    if latest and (not texts or texts[-1] != latest):
        texts.append(latest)
    texts = [text for text in texts if not text.startswith("/")]
    for rx, key in ((POSTDOC_RX, "summary_staff_postdoc"), (HELD_RX, "summary_staff_with_phd"),
                    (DOING_RX, "summary_staff_doing_phd")):
        if _said(rx, texts):
            return t(lang, key)
    return None
