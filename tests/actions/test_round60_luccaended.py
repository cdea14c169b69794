"""Round 60, r60-f3 (Sofia, PhD student at IMT Lucca, formal "Lei"; today 5 December 2026: the Lucca 2015/2016
call ended long ago; a traineeship at an engineering company in Vienna, March-May 2027, then April-June).

1. "Anzi, mi correggo: probabilmente il tirocinio sarà da aprile a giugno 2027. Cambia qualcosa?" recorded the
   new dates but quoted the amount "per le stesse date 11 anni prima (1 marzo 2016 – 31 maggio 2016)": the
   amount's case now follows the dates as this message leaves them (actions/oldamounts.py). "Scusi, ma Lei mi
   ha riportato marzo-maggio 2016. Con aprile-giugno quanto sarebbe stato?" took the dates complained about as
   the new case: dates the assistant said, quoted back, are no case (phrases `quoting`, actions/pastcase.py).
2. "il contatto della dott.ssa Giorgetti è ancora valido oggi? Il bando è di dieci anni fa." got "Sì: la
   risposta non cambia: idonea, ..."; "... se l'indirizzo erasmus@imtlucca.it funziona ancora, visto che il
   bando è del 2015." got a 2015 case and "Lei non è idonea". Now: the contacts are those the call printed,
   they may have changed, the office or IMT Lucca's site is where to check (actions/contactvalid.py); a year
   naming the call is no year of the stay (phrases `call_year_named`).
3. Said again and again: the closed call's line, "no newer call is known", the Erasmus months asked after an
   amount and a contact question, "⏳ I can't decide yet ..." under an amount."""
from __future__ import annotations

import pytest

from actions import i18n
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
TODAY = "2026-12-05"
INTENTS = ("faq_who_can_apply", "check_eligibility", "ask_grant", "faq_who_can_apply", "check_eligibility",
           "check_eligibility", "ask_grant", "faq_duration", "faq_selection", "out_of_scope", "ask_contact")
SAID = {
    "it": (
        "Buongiorno, sono una dottoranda all'IMT Lucca. Il bando Erasmus dell'IMT è ancora aperto?",
        "Capisco. Io vorrei fare un tirocinio in un'azienda di ingegneria a Vienna, da marzo a maggio 2027. "
        "Quando esce il prossimo bando?",
        "Va bene. Giusto per farmi un'idea, quanto si prendeva per un tirocinio in Austria con quel bando?",
        "Grazie. Quindi per il prossimo bando a chi devo scrivere esattamente?",
        "Ma scusi, l'importo di 480 euro vale ancora oggi o è cambiato?",
        "Quindi, riassumendo, adesso non posso candidarmi a nulla per Vienna?",
        "Anzi, mi correggo: probabilmente il tirocinio sarà da aprile a giugno 2027. Cambia qualcosa?",
        "Scusi, ma Lei mi ha riportato marzo-maggio 2016. Con aprile-giugno quanto sarebbe stato?",
        "Un'ultima cosa: il contatto della dott.ssa Giorgetti è ancora valido oggi? Il bando è di dieci anni "
        "fa.",
        "Non ho capito. Le chiedevo se l'indirizzo erasmus@imtlucca.it funziona ancora, visto che il bando è "
        "del 2015.",
        "Lasci stare le date. Domanda semplice: chi è il contatto attuale dell'ufficio Erasmus dell'IMT?",
    ),
    "en": (
        "Good morning, I'm a PhD student at IMT Lucca. Is the IMT Erasmus call still open?",
        "I see. I'd like to do a traineeship at an engineering company in Vienna, from March to May 2027. "
        "When does the next call come out?",
        "OK. Just to get an idea, how much did one get for a traineeship in Austria with that call?",
        "Thanks. So for the next call, whom exactly should I write to?",
        "But sorry, is the amount of 480 euros still valid today or has it changed?",
        "So, to sum up, I can't apply for anything for Vienna now?",
        "Actually, let me correct myself: the traineeship will probably be from April to June 2027. Does "
        "that change anything?",
        "Sorry, but you gave me March-May 2016. With April-June, how much would it have been?",
        "One last thing: is Dr Giorgetti's contact still valid today? The call is from ten years ago.",
        "I didn't understand. I was asking whether the address erasmus@imtlucca.it still works, since the "
        "call is from 2015.",
        "Forget the dates. Simple question: who is the current contact of the IMT Erasmus office?",
    ),
    "fr": (
        "Bonjour, je suis doctorante à l'IMT Lucca. L'appel Erasmus de l'IMT Lucca est-il encore ouvert ?",
        "Je vois. Je voudrais faire un stage dans une entreprise d'ingénierie à Vienne, de mars à mai 2027. "
        "Quand sort le prochain appel ?",
        "D'accord. Juste pour me faire une idée, combien touchait-on pour un stage en Autriche avec cet "
        "appel ?",
        "Merci. Donc pour le prochain appel, à qui dois-je écrire exactement ?",
        "Mais pardon, le montant de 480 euros est-il encore valable aujourd'hui ou a-t-il changé ?",
        "Donc, en résumé, je ne peux postuler à rien pour Vienne maintenant ?",
        "En fait, je me corrige : le stage sera probablement d'avril à juin 2027. Ça change quelque chose ?",
        "Pardon, mais vous m'avez donné mars-mai 2016. Avec avril-juin, combien cela aurait-il été ?",
        "Une dernière chose : le contact de Mme Giorgetti est-il toujours valable aujourd'hui ? L'appel date "
        "d'il y a dix ans.",
        "Je n'ai pas compris. Je demandais si l'adresse erasmus@imtlucca.it fonctionne encore, vu que "
        "l'appel est de 2015.",
        "Laissez les dates. Question simple : qui est le contact actuel du bureau Erasmus de l'IMT Lucca ?",
    ),
    "nl": (
        "Goedemorgen, ik ben doctoraatsstudente aan IMT Lucca. Is de Erasmus-oproep van IMT Lucca nog open?",
        "Ik begrijp het. Ik wil graag een stage doen bij een ingenieursbedrijf in Wenen, van maart tot mei "
        "2027. Wanneer komt de volgende oproep?",
        "Goed. Gewoon om een idee te hebben, hoeveel kreeg je voor een stage in Oostenrijk met die oproep?",
        "Bedankt. Dus voor de volgende oproep, naar wie moet ik precies schrijven?",
        "Maar sorry, geldt het bedrag van 480 euro vandaag nog of is het veranderd?",
        "Dus, samengevat, kan ik nu nergens voor solliciteren voor Wenen?",
        "Ik verbeter mezelf: de stage zal waarschijnlijk van april tot juni 2027 zijn. Verandert dat iets?",
        "Sorry, maar u gaf me maart-mei 2016. Met april-juni, hoeveel zou het geweest zijn?",
        "Nog één ding: is het contact van mevrouw Giorgetti vandaag nog geldig? De oproep is van tien jaar "
        "geleden.",
        "Ik begreep het niet. Ik vroeg of het adres erasmus@imtlucca.it nog werkt, aangezien de oproep van "
        "2015 is.",
        "Laat de data. Eenvoudige vraag: wie is het huidige contact van het Erasmus-bureau van IMT Lucca?",
    ),
}
# Words of "may have changed since" and of "yes" at the start of a reply, in each language.
CHANGED = {"en": "may have changed", "fr": "ont pu changer", "nl": "veranderd zijn",
           "it": "possono essere cambiati"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
NOT_ELIGIBLE = {"en": "not eligible", "fr": "pas éligible", "nl": "niet in aanmerking", "it": "non è idonea"}
NO_NEWER = {"en": "no newer call is known to me", "fr": "je n'en connais pas de plus récent",
            "nl": "ik ken geen nieuwere oproep", "it": "non ne conosco uno più recente"}
PLAYED: dict[str, list[str]] = {}


async def _replies(monkeypatch, lang: str) -> list[str]:
    if lang not in PLAYED:
        got = await play(monkeypatch, {"language": lang}, list(zip(SAID[lang], INTENTS, strict=True)), TODAY,
                         user_event="parsed", keep_slot_events=True)
        PLAYED[lang] = got.replies
    return PLAYED[lang]


@pytest.mark.parametrize("lang", LANGS)
async def test_the_amount_case_follows_the_dates_given_now(monkeypatch, lang):
    reply = (await _replies(monkeypatch, lang))[6]
    assert i18n.fmt_date("2027-04-01", lang) in reply, reply  # the update said
    assert i18n.fmt_date("2016-04-01", lang) in reply, reply  # the case: April-June, 2016
    assert i18n.fmt_date("2016-03-01", lang) not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_dates_quoted_back_in_a_complaint_are_no_new_case(monkeypatch, lang):
    reply = (await _replies(monkeypatch, lang))[7]
    assert i18n.fmt_date("2016-03-01", lang) not in reply, reply
    assert i18n.fmt_date("2016-04-01", lang) in reply, reply
    assert "440,00" in reply or "440.00" in reply, reply  # 1,440.00 EUR, as before


@pytest.mark.parametrize("lang", LANGS)
async def test_whether_the_contact_is_still_valid_is_answered_honestly(monkeypatch, lang):
    replies = await _replies(monkeypatch, lang)
    for reply in replies[8:11]:
        assert not reply.startswith(YES[lang]), reply
        assert "erasmus@imtlucca.it" in reply, reply
        assert CHANGED[lang] in reply, reply
        assert "2015 –" not in reply and i18n.fmt_date("2015-04-01", lang) not in reply, reply
        assert NOT_ELIGIBLE[lang] not in reply, reply
        assert "IMT Lucca (Erasmus+ 2015/2016)" in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_an_ended_call_conversation_says_each_thing_once(monkeypatch, lang):
    from actions.calls import status_of
    from actions.closedline import closed_line
    from actions.i18n import t

    monkeypatch.setenv("MOBILITY_TODAY", TODAY)
    replies = await _replies(monkeypatch, lang)
    closed = closed_line(status_of("imt-lucca-2015"), lang)
    assert closed[1:] in replies[0], replies[0]
    assert closed[1:] not in replies[1], replies[1]  # the closed call's line in full once
    unknown = t(lang, "next_call_unknown")
    assert unknown in replies[1], replies[1]  # "when does the next call come out?"
    assert NO_NEWER[lang] not in replies[1], replies[1]  # not a second time under the dates
    assert "⏳" not in replies[2], replies[2]  # the amount asked: no "I can't decide yet"
    months = " ".join(t(lang, "ask_prior_erasmus_months").split()[:3])  # "How many months", "Quanti mesi di"
    for n in (2, 3, 4):
        assert months not in replies[n], replies[n]  # asked about money or whom to write to
    assert unknown not in replies[4], replies[4]  # said in the second reply: not again unasked
    assert NO_NEWER[lang] not in replies[5], replies[5]


CALL_YEAR = {"it": "Il bando è del 2015: con quel bando quanto avrei preso?",
             "en": "The call is from 2015: with that call, how much would I have got?",
             "fr": "L'appel est de 2015 : avec cet appel, combien aurais-je touché ?",
             "nl": "De oproep is van 2015: hoeveel zou ik met die oproep gekregen hebben?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_year_of_the_call_is_no_year_of_the_stay(monkeypatch, lang):
    messages = [*list(zip(SAID[lang], INTENTS, strict=True))[:3], (CALL_YEAR[lang], "ask_grant")]
    reply = (await play(monkeypatch, {"language": lang}, messages, TODAY, user_event="parsed",
                        keep_slot_events=True)).replies[-1]
    assert i18n.fmt_date("2015-03-01", lang) not in reply, reply  # round 60: "dates in 2015", "not eligible"
    assert "❌" not in reply, reply
    assert "440,00" in reply or "440.00" in reply, reply
