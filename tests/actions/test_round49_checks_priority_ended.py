"""Round 49.

r49-j (an IMT Lucca PhD student, a traineeship at the Institut Pasteur in Paris from 1 April to 30 June 2016,
today 10 January 2016):
1. "Mostra tutti i controlli" and its payload /show_checks, after a question the contact answered ("devo già
   avere la lettera di accettazione del Pasteur per il 18?"), got only "Posso aiutarti in qualcos'altro?": the
   contact goal made the flow stop. Now every check, whenever the facts make a decision.
2. "quindi avendo la borsa rischio di non essere presa? come funziona la priorità" (the scholarship said
   before, "con la borsa di dottorato posso comunque prendere l'Erasmus?") got "Dipende da un punto che non
   so ancora ... È così (altra borsa)?". Now the fact as said: the priority ranks her lower, excludes no one,
   and the call does not say how many grants there are.

r49-k (an IMT Lucca PhD student, a study period at LMU Munich from March to June 2027, today 4 December 2026):
3. "So, to summarise: I cannot use the 2015/2016 call, and I should write to the Erasmus office to ask about a
   current call. Is that correct?" got "This call has ended: only the office can tell you that:"; now "Yes,
   that is right: ...". "Can I or can I not use the 2015/2016 call for my stay in 2027?" got the closed block
   again; now "No: ...".
4. The closed-call reminder and the contact block came in reply after reply: the recap and the question now
   get their short answers only.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from actions import i18n
from actions.askabout import not_said
from actions.calls import call_covers
from actions.i18n import t
from bot.nlu.extract import extract
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
LUCCA = "imt-lucca-2015"


def entities(text: str, day: dt.date) -> list[dict[str, Any]]:
    if text.startswith("/inform"):
        return [{"entity": k, "value": v} for k, v in json.loads(text[len("/inform"):]).items()]
    return extract(text, day)


async def chat(monkeypatch: pytest.MonkeyPatch, lang: str, messages: list[tuple[str, str]], today: str
               ) -> tuple[list[str], dict[str, Any]]:
    said = await play(monkeypatch, {"language": lang, "call": LUCCA}, messages, today,
                      user_event="parsed", keep_slot_events=True, entities=entities)
    return said.replies, said.slots


# --- r49-j -------------------------------------------------------------------------------------------------
PASTEUR = {
    "en": "I'm a PhD student at IMT Lucca, I'd like to do a traineeship at the Institut Pasteur in Paris "
          "from 1 April "
          "to 30 June 2016",
    "fr": "je suis doctorante à l'IMT Lucca, je voudrais faire un stage à l'Institut Pasteur de Paris du 1er "
          "avril au 30 juin 2016",
    "nl": "ik ben doctoraatsstudent aan IMT Lucca en wil een stage doen aan het Institut Pasteur in Parijs "
          "van 1 april tot 30 juni 2016",
    "it": "sono una dottoranda all'IMT Lucca, vorrei fare un tirocinio all'Institut Pasteur di Parigi dal 1 "
          "aprile al 30 giugno 2016",
}
LETTER = {
    "en": "do I already need the acceptance letter from the Pasteur by the 18th? I only have an informal "
          "email",
    "fr": "dois-je déjà avoir la lettre d'acceptation de Pasteur pour le 18 ? je n'ai qu'un mail informel",
    "nl": "moet ik de aanvaardingsbrief van het Pasteur al hebben tegen de 18e? ik heb enkel een informele "
          "mail",
    "it": "devo già avere la lettera di accettazione del Pasteur per il 18? ce l'ho solo via mail informale "
          "per "
          "ora",
}
RISK = {
    "en": "so having the scholarship, do I risk not being selected? how does the priority work",
    "fr": "donc ayant la bourse, je risque de ne pas être prise ? comment fonctionne la priorité",
    "nl": "dus met mijn beurs riskeer ik niet gekozen te worden? hoe werkt die voorrang",
    "it": "quindi avendo la borsa rischio di non essere presa? come funziona la priorità",
}
WITH_IT = {
    "en": "ok thanks! but with my PhD scholarship can I still get the Erasmus?",
    "fr": "ok merci ! mais avec ma bourse de doctorat je peux quand même avoir l'Erasmus ?",
    "nl": "ok bedankt! maar met mijn doctoraatsbeurs kan ik toch nog Erasmus krijgen?",
    "it": "ok grazie! ma con la borsa di dottorato posso comunque prendere l'Erasmus?",
}
HOW = {
    "en": "how does the priority work?",
    "fr": "comment fonctionne la priorité ?",
    "nl": "hoe werkt die voorrang?",
    "it": "come funziona la priorità?",
}


def _start(lang: str) -> list[tuple[str, str]]:
    return [(PASTEUR[lang], "check_eligibility"), ("0", "inform")]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("typed", [True, False])
async def test_show_checks_after_a_contact_answer(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                  typed: bool) -> None:
    show = t(lang, "button_all_checks") if typed else "/show_checks"
    said = await play(monkeypatch, {"language": lang, "call": LUCCA},
                      [*_start(lang), (LETTER[lang], "ask_contact"), (show, "show_checks")], "2016-01-10",
                      user_event="parsed", keep_slot_events=True, entities=entities)
    replies = said.replies
    assert "✅" in replies[1]
    reply = replies[-1]
    assert t(lang, "anything_else").split(" ")[0] not in reply[:10]
    assert reply.count("✓") >= 8
    assert i18n.fmt_date("2016-01-18", lang) in reply


@pytest.mark.parametrize("lang", LANGS)
async def test_priority_with_the_scholarship_said_in_the_question(monkeypatch: pytest.MonkeyPatch,
                                                                  lang: str) -> None:
    replies, _ = await chat(monkeypatch, lang, [*_start(lang), (RISK[lang], "check_eligibility")],
                            "2016-01-10")
    reply = replies[-1]
    assert t(lang, "priority_open") not in reply
    assert t(lang, "priority_ask", fields="").split("(")[0].strip() not in reply
    assert "✗" in reply
    assert any(t(lang, key) in reply for key in ("priority_ranks_only", "priority_not_excluded",
                                                 "priority_can_apply"))
    assert not_said(LUCCA, "grant_count", "phd_student", lang) in reply


@pytest.mark.parametrize("lang", LANGS)
async def test_priority_with_the_scholarship_said_before(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    replies, _ = await chat(monkeypatch, lang, [*_start(lang), (WITH_IT[lang], "check_eligibility"),
                                                (HOW[lang], "check_eligibility")], "2016-01-10")
    reply = replies[-1]
    assert t(lang, "priority_open") not in reply
    assert "✗" in reply
    assert any(t(lang, key) in reply for key in ("priority_ranks_only", "priority_not_excluded",
                                                 "priority_can_apply"))
    assert not_said(LUCCA, "grant_count", "phd_student", lang) in reply


# --- r49-k -------------------------------------------------------------------------------------------------
MUNICH = {
    "en": 'Good morning. I found the page "Erasmus+ 2015/2016" of IMT Lucca. I am a PhD student at IMT Lucca '
          "and I would like to know whether I can use this call for a study period at LMU Munich, from March "
          "to June 2027.",
    "fr": "Bonjour. Je suis doctorant à l'IMT Lucca et je voudrais savoir si cet appel vaut pour une période "
          "d'études à la LMU de Munich, de mars à juin 2027.",
    "nl": "Goedemorgen. Ik ben doctoraatsstudent aan IMT Lucca en wil weten of deze oproep geldt voor een "
          "studieperiode aan de LMU in München, van maart tot juni 2027.",
    "it": "Buongiorno. Sono un dottorando dell'IMT Lucca e vorrei sapere se questo bando vale per un periodo "
          "di studio alla LMU di Monaco, da marzo a giugno 2027.",
}
RECAP = {
    "en": "All right. So, to summarise: I cannot use the 2015/2016 call, and I should write to the Erasmus "
          "office "
          "to ask about a current call. Is that correct?",
    "fr": "D'accord. Donc, pour résumer : je ne peux pas utiliser l'appel 2015/2016, et je dois écrire au "
          "bureau "
          "Erasmus pour un appel en cours. C'est bien ça ?",
    "nl": "Goed. Dus, samengevat: ik kan de oproep 2015/2016 niet gebruiken, en ik moet het Erasmusbureau "
          "mailen "
          "over een lopende oproep. Klopt dat?",
    "it": "Va bene. Quindi, riassumendo: non posso usare il bando 2015/2016 e devo scrivere all'ufficio "
          "Erasmus "
          "per un bando in corso. È corretto?",
}
USE = {
    "en": "Sorry, I do not quite follow. Can I or can I not use the 2015/2016 call for my stay in 2027?",
    "fr": "Pardon, je ne suis pas sûr de comprendre. Est-ce que je peux utiliser l'appel 2015/2016 pour mon "
          "séjour en 2027, oui ou non ?",
    "nl": "Sorry, ik volg niet helemaal. Kan ik de oproep 2015/2016 voor mijn verblijf in 2027 nu wel of "
          "niet "
          "gebruiken?",
    "it": "Scusi, non capisco bene. Posso usare o no il bando 2015/2016 per il mio soggiorno nel 2027?",
}
NEVER = {
    "en": "Understood. For the record, I have never been on Erasmus before.",
    "fr": "Compris. Pour info, je n'ai jamais fait d'Erasmus.",
    "nl": "Begrepen. Ter info: ik heb nog nooit een Erasmus gedaan.",
    "it": "Capito. Per la cronaca, non ho mai fatto l'Erasmus.",
}
TODAY_K = "2026-12-04"


def _yes_no(lang: str, key: str) -> str:
    return t(lang, key, answer="").rstrip()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["ask_contact", "check_eligibility"])
async def test_recap_of_the_ended_call_confirmed(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                 intent: str) -> None:
    replies, _ = await chat(monkeypatch, lang, [(MUNICH[lang], "check_eligibility"), (RECAP[lang], intent)],
                            TODAY_K)
    assert i18n.fmt_date("2016-01-18", lang) in replies[0]
    reply = replies[-1]
    assert reply.startswith(t(lang, "ended_use_recap", call="\0").split("\0")[0])
    assert t(lang, "ended_office_only") not in reply
    assert i18n.fmt_date("2016-01-18", lang) in reply and i18n.fmt_date("2016-09-30", lang) in reply
    assert "erasmus@imtlucca.it" in reply and "+39" not in reply


@pytest.mark.parametrize("lang", LANGS)
async def test_can_i_use_the_ended_call_is_no(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    replies, _ = await chat(monkeypatch, lang, [(MUNICH[lang], "check_eligibility"),
                                                (USE[lang], "check_eligibility")], TODAY_K)
    reply = replies[-1]
    assert reply.startswith(_yes_no(lang, "answer_no"))
    assert t(lang, "ended_use_no", call="\0").split("\0")[0] in reply
    assert "(" + t(lang, "call_closed_reminder", call="\0").split("(")[1].split(")")[0] + ")" not in reply


CURIOUS = {
    "en": "Just out of curiosity, how much would it have paid? For the four months in Munich, I mean.",
    "fr": "Par simple curiosité, combien cela aurait-il payé ? Pour les quatre mois à Munich.",
    "nl": "Gewoon uit nieuwsgierigheid: hoeveel zou het betaald hebben? Voor de vier maanden in München.",
    "it": "Solo per curiosità, quanto avrebbe pagato? Per i quattro mesi a Monaco, intendo.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_closed_block_and_contacts_not_in_every_reply(monkeypatch: pytest.MonkeyPatch,
                                                            lang: str) -> None:
    """The conversation as it went: the closed-call reminder was said again after the amount, then the recap
    and the question got it (or the whole contact block) once more; now their short answers only."""
    replies, _ = await chat(monkeypatch, lang, [(MUNICH[lang], "check_eligibility"),
                                                (CURIOUS[lang], "ask_grant"),
                                                (NEVER[lang], "inform"), (RECAP[lang], "ask_contact"),
                                                (USE[lang], "check_eligibility")], TODAY_K)
    marker = "(" + t(lang, "call_closed_reminder", call="\0").split("(")[1].split(")")[0] + ")"
    assert sum(marker in reply for reply in replies[2:]) <= 1
    assert marker not in replies[-1] and marker not in replies[-2]
    assert all("+39" not in reply for reply in replies[-2:])  # the contact block in full
    assert call_covers(LUCCA, lang) not in replies[-1]  # "It covered study and traineeship periods ..."
