"""Round 60, r60-c3 (Davide, a second-year IMT Lucca PhD student, formal "Lei"; today 10 January 2016): a
study and research period at METU in Ankara, Turkey, 1 March - 31 July 2016 (150 days); 3 months of Erasmus
in his master.

1. "Serve l'autorizzazione del Consiglio scientifico anche se il mio supervisore è già d'accordo?" got "Sì: Il
   Suo supervisore (relatore) deve autorizzare il periodo all'estero."; "Mi perdoni, ma chiedevo del Consiglio
   scientifico, non del supervisore. Nel mio caso serve anche la sua autorizzazione?" got "Non trovo la
   risposta nel testo del bando". Now the Board, for his 150 days (more than 3 months): yes, and the
   supervisor's too.
2. "Se il periodo fosse di soli 3 mesi, servirebbe comunque?" (after "poiché il periodo supera i 3 mesi") was
   a case ending on 31 August 2016, 180 days, 1.380,00 €: the limit said back was added to the length. Now 3
   months from his start (to 31 May 2016), 90 days, 690 EUR, the Board no longer needed, nothing stored (and
   "È corretto?" before it: yes for his 150 days first); and
   the same case said with its dates and "Il mio piano resta dal 1° marzo al 31 luglio" is that case too.
3. "la Turchia rientra nel programma?" in the first message was not answered.
4. "i tre mesi di Erasmus che ho fatto durante la laurea magistrale riducono in qualche modo i mesi a cui ho
   diritto durante il dottorato?" got the durations paragraph ("... compresi i periodi LLP-Erasmus
   precedenti"): now "No" first, months of another study cycle do not count."""
from __future__ import annotations

import re

import pytest

from actions import i18n
from tests.actions.conversation import play

TODAY = "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
DAVIDE = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
          "destination": "TR", "destination_city": "Ankara", "receiving_org": "hei",
          "start_date": "2016-03-01", "end_date": "2016-07-31", "prior_erasmus_months": 0, "gender": "male"}
YES = re.compile(r"^(Yes|Oui|Ja|Sì)\s*:")
NO = re.compile(r"^(No|Non|Nee)\s*:")
BOARD = {"en": "Scientific Board", "fr": "Conseil scientifique", "nl": "Wetenschappelijke Raad",
         "it": "Consiglio Scientifico"}
SUPERVISOR = {"en": "supervisor", "fr": "directeur de thèse", "nl": "promotor", "it": "supervisore"}
CANNOT = {"en": "I can't find", "fr": "Je ne trouve pas", "nl": "Ik vind", "it": "Non trovo"}


async def _talk(monkeypatch, lang, messages, slots=None):
    return await play(monkeypatch, {**(DAVIDE if slots is None else slots), "language": lang},
                      [("ok", "affirm"), *messages], TODAY, user_event="parsed", keep_slot_events=True)


# 1. The Board, even if the supervisor agrees
EVEN_IF = {"en": "Do I need the Scientific Board's authorisation even if my supervisor already agrees?",
           "fr": "Faut-il l'autorisation du Conseil scientifique même si mon directeur de thèse est déjà "
                 "d'accord ?",
           "nl": "Heb ik de toestemming van de Wetenschappelijke Raad nodig, ook al is mijn promotor al "
                 "akkoord?",
           "it": "Serve l'autorizzazione del Consiglio scientifico anche se il mio supervisore è già "
                 "d'accordo?"}
NOT_SUPERVISOR = {
    "en": "Sorry, but I was asking about the Scientific Board, not the supervisor. In my case is its "
          "authorisation needed too?",
    "fr": "Pardon, mais je demandais du Conseil scientifique, pas du directeur de thèse. Dans mon cas, "
          "faut-il aussi son autorisation ?",
    "nl": "Sorry, maar ik vroeg naar de Wetenschappelijke Raad, niet naar de promotor. Is in mijn geval ook "
          "zijn toestemming nodig?",
    "it": "Mi perdoni, ma chiedevo del Consiglio scientifico, non del supervisore. Nel mio caso serve anche "
          "la sua autorizzazione?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_board_is_answered_even_if_the_supervisor_agrees(monkeypatch, lang):
    text = (await _talk(monkeypatch, lang, [(EVEN_IF[lang], "nlu_fallback")])).replies[-1]
    first = text.splitlines()[0]
    assert YES.match(first) and BOARD[lang] in first and "150" in first, text
    assert SUPERVISOR[lang] in text, text  # the supervisor's authorisation does not replace it


@pytest.mark.parametrize("lang", LANGS)
async def test_asking_about_the_board_not_the_supervisor_gets_the_board(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(EVEN_IF[lang], "nlu_fallback"),
                                          (NOT_SUPERVISOR[lang], "out_of_scope")])
    text = got.replies[-1]
    assert BOARD[lang] in text and "150" in text and "3" in text, text
    assert CANNOT[lang] not in text, text


# 2. "only 3 months": from the start, as a case
ONLY_THREE = {
    "en": "Earlier you wrote that, since the period is longer than 3 months, the Scientific Board must "
          "authorise it. Is that right? If the period were only 3 months, would it still be needed?",
    "fr": "Vous m'aviez écrit que, comme la période dépasse 3 mois, le Conseil scientifique doit "
          "l'autoriser. C'est correct ? Si la période n'était que de 3 mois, faudrait-il quand même son "
          "autorisation ?",
    "nl": "U schreef eerder dat, omdat de periode meer dan 3 maanden duurt, de Wetenschappelijke Raad het "
          "moet goedkeuren. Klopt dat? Als de periode maar 3 maanden zou duren, zou het dan nog nodig zijn?",
    "it": "Prima mi aveva scritto che, poiché il periodo supera i 3 mesi, deve autorizzarlo il Consiglio "
          "Scientifico. È corretto? Se il periodo fosse di soli 3 mesi, servirebbe comunque?"}
CASE_DATES = {
    "en": "I meant a hypothesis: if I stayed only 3 months, that is from 1 March to 31 May 2016, would the "
          "Scientific Board's authorisation still be needed? My plan stays from 1 March to 31 July.",
    "fr": "Je parlais d'une hypothèse : si je restais seulement 3 mois, c'est-à-dire du 1er mars au 31 mai "
          "2016, faudrait-il quand même l'autorisation du Conseil scientifique ? Mon plan reste du 1er mars "
          "au 31 juillet.",
    "nl": "Ik bedoelde een hypothese: als ik maar 3 maanden bleef, dus van 1 maart tot 31 mei 2016, zou de "
          "toestemming van de Wetenschappelijke Raad dan nog nodig zijn? Mijn plan blijft van 1 maart tot "
          "31 juli.",
    "it": "No, forse mi sono espresso male. Intendevo un'ipotesi: se restassi solo 3 mesi, cioè dal 1° marzo "
          "al 31 maggio 2016, servirebbe comunque l'autorizzazione del Consiglio scientifico? Il mio piano "
          "resta dal 1° marzo al 31 luglio."}


def _three_month_case(got, lang):
    text = got.replies[-1]
    board = next(line for line in text.splitlines() if BOARD[lang] in line)
    assert NO.match(board) and "3" in board, text  # in words: the Board no longer needed
    assert "690" in text and i18n.fmt_date("2016-05-31", lang) in text, text
    assert "180" not in text and "1.380" not in text and "1,380" not in text, text
    assert i18n.fmt_date("2016-08-31", lang) not in text, text
    assert got.slots.get("end_date") == "2016-07-31", got.last  # a case, not his plan


@pytest.mark.parametrize("lang", LANGS)
async def test_only_three_months_is_a_case_from_his_start(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(ONLY_THREE[lang], "out_of_scope")])
    _three_month_case(got, lang)
    first = got.replies[-1].splitlines()[0]
    assert YES.match(first) and "150" in first, got.replies[-1]  # "È corretto?": yes, for his plan


@pytest.mark.parametrize("lang", LANGS)
async def test_the_case_with_its_dates_and_the_plan_kept(monkeypatch, lang):
    _three_month_case(await _talk(monkeypatch, lang, [(CASE_DATES[lang], "out_of_scope")]), lang)


# 3. Turkey asked in the first message
FIRST = {
    "en": "Good morning. I am a second-year PhD student at IMT Lucca and I would like to do a study and "
          "research period at the Middle East Technical University in Ankara, Turkey, from 1 March to 31 "
          "July 2016. First of all I would like to know: does Turkey fall within the programme?",
    "fr": "Bonjour. Je suis doctorant en deuxième année à l'IMT Lucca et je voudrais faire une période "
          "d'études et de recherche à la Middle East Technical University d'Ankara, en Turquie, du 1er mars "
          "au 31 juillet 2016. Je voudrais d'abord savoir : la Turquie est-elle incluse dans le programme ?",
    "nl": "Goedemorgen. Ik ben tweedejaars doctoraatsstudent aan het IMT Lucca en ik wil een studie- en "
          "onderzoeksperiode doen aan de Middle East Technical University in Ankara, Turkije, van 1 maart "
          "tot 31 juli 2016. Eerst wil ik weten: valt Turkije onder het programma?",
    "it": "Buongiorno. Sono un dottorando al secondo anno presso l'IMT Lucca e vorrei svolgere un periodo di "
          "studio e ricerca presso la Middle East Technical University di Ankara, in Turchia, dal 1° marzo "
          "al 31 luglio 2016. Vorrei innanzitutto sapere: la Turchia rientra nel programma?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_turkey_asked_in_the_first_message_is_answered(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang}, [(FIRST[lang], "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    text = got.replies[-1]
    turkey = i18n.country("TR", lang)
    assert any(YES.match(line) and turkey in line for line in text.splitlines()), text


# 4. The master's months: "No" first
MASTER = {
    "en": "Perfect. One last thing: do the three months of Erasmus I did during my master's reduce in any "
          "way the months I am entitled to during the PhD?",
    "fr": "Parfait. Une dernière chose : les trois mois d'Erasmus que j'ai faits pendant mon master "
          "réduisent-ils d'une manière ou d'une autre les mois auxquels j'ai droit pendant le doctorat ?",
    "nl": "Perfect. Nog één ding: verminderen de drie maanden Erasmus die ik tijdens mijn master heb gedaan "
          "op een of andere manier de maanden waar ik tijdens het doctoraat recht op heb?",
    "it": "Perfetto. Un'ultima cosa: i tre mesi di Erasmus che ho fatto durante la laurea magistrale "
          "riducono in qualche modo i mesi a cui ho diritto durante il dottorato?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_masters_months_do_not_count_first(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(MASTER[lang], "faq_duration")])
    first = got.replies[-1].splitlines()[0]
    assert NO.match(first) and "12" in first, got.replies[-1]
    assert i18n.label(lang, "degrees", "msc_student") in first, got.replies[-1]
    assert got.slots.get("prior_erasmus_months") == 0, got.last
