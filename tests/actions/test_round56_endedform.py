"""Round 56, an IMT Lucca PhD student (English, today December 2026, the 2015/2016 call long ended, its end
told) planning a traineeship at the University of Vienna, 3 March - 27 June 2027:
- "could I still send the old form to Daniela for 2027?" got "For that call, yes: ... Daniela Giorgetti" and
  "no I mean can I use the 2015/16 application form for my 2027 traineeship?" the documents block again: now
  "No: the application form of the ... call was for that call only" with whom to ask; "that doesnt answer me.
  yes or no?" after it got "the call is closed (as said above)": now the same plain "No:".
- "ok so bottom line for my vienna traineeship?" got "Yes: Austria is one of the 2015/2016 Programme
  Countries": now no open call covers the plan, no newer call is known, whom to ask.
- "will the next call probably ask the same docs?" got when the next call opens: now that it is not known and
  what the ended call asked for, labelled."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2026-12-05"
PLAN = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "AT",
        "destination_city": "Vienna", "receiving_org": "hei", "receiving_org_name": "University of Vienna",
        "start_date": "2027-03-03", "end_date": "2027-06-27", "citizenship": ["PL"],
        "prior_erasmus_months": 0, "closed_told": "imt-lucca-2015>after"}

FORM_NO = {
    "en": "No: the application form of the IMT Lucca (Erasmus+ 2015/2016) call was for that call only; for "
          "2027, the form of the call that covers it would apply, and no newer call is known to me. Ask "
          "Daniela Giorgetti (erasmus@imtlucca.it) which form applies now.",
    "fr": "Non : le formulaire de candidature de l'appel IMT Lucca (Erasmus+ 2015/2016) ne valait que pour "
          "cet appel ; pour 2027, c'est le formulaire de l'appel qui couvre cette année qui s'appliquerait",
    "nl": "Nee: het aanvraagformulier van de oproep IMT Lucca (Erasmus+ 2015/2016) gold alleen voor die "
          "oproep; voor 2027 zou het formulier gelden van de oproep die dat jaar dekt",
    "it": "No: il modulo di candidatura del bando IMT Lucca (Erasmus+ 2015/2016) valeva solo per quel bando; "
          "per il 2027 varrebbe il modulo del bando che copre quell'anno",
}
OLD_FORM = [
    ("en", "could I still send the old form to Daniela for 2027?", "nlu_fallback"),
    ("en", "no I mean can I use the 2015/16 application form for my 2027 traineeship?", "check_eligibility"),
    ("fr", "je pourrais encore envoyer l'ancien formulaire à Daniela pour 2027 ?", "nlu_fallback"),
    ("fr", "Est-ce que je peux utiliser le formulaire de candidature 2015/16 pour mon stage en 2027 ?",
     "check_eligibility"),
    ("nl", "kan ik het oude formulier nog naar Daniela sturen voor 2027?", "nlu_fallback"),
    ("nl", "Kan ik het aanvraagformulier van 2015/16 gebruiken voor mijn stage in 2027?",
     "check_eligibility"),
    ("it", "Potrei ancora mandare il vecchio modulo a Daniela per il 2027?", "nlu_fallback"),
    ("it", "Posso usare il modulo di candidatura 2015/16 per il mio tirocinio del 2027?",
     "check_eligibility"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), OLD_FORM)
async def test_the_old_form_for_a_later_stay_is_a_no(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**PLAN, "language": lang}, [(text, intent)], TODAY, user_event="parsed",
                     keep_slot_events=True)
    assert got.replies[-1].startswith(FORM_NO[lang]), got.replies
    assert "Giorgetti" in got.replies[-1]


DEMAND = [
    ("en", "no I mean can I use the 2015/16 application form for my 2027 traineeship?",
     "that doesnt answer me. yes or no?"),
    ("fr", "Est-ce que je peux utiliser le formulaire de candidature 2015/16 pour mon stage en 2027 ?",
     "ça ne me répond pas. oui ou non ?"),
    ("nl", "Kan ik het aanvraagformulier van 2015/16 gebruiken voor mijn stage in 2027?",
     "dat is geen antwoord. ja of nee?"),
    ("it", "Posso usare il modulo di candidatura 2015/16 per il mio tirocinio del 2027?",
     "non mi risponde. sì o no?"),
]


@pytest.mark.parametrize(("lang", "question", "demand"), DEMAND)
async def test_yes_or_no_after_the_form_question_says_no(monkeypatch, lang, question, demand):
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [(question, "check_eligibility"), (demand, "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.replies[-1].startswith(FORM_NO[lang]), got.replies


BOTTOM = {
    "en": ("ok so bottom line for my vienna traineeship?",
           "Bottom line: no open call covers your plan (3 March 2027 – 27 June 2027). The IMT Lucca "
           "(Erasmus+ 2015/2016) call ended on 18 January 2016 and covers only mobilities until 30 September "
           "2016, and no newer call is known to me. Ask Daniela Giorgetti (erasmus@imtlucca.it) about the "
           "next call."),
    "fr": ("bon, au final, pour mon stage à Vienne ?",
           "En résumé : aucun appel ouvert ne couvre votre projet (3 mars 2027 – 27 juin 2027)."),
    "nl": ("oké, dus wat is de conclusie voor mijn stage in Wenen?",
           "Kortom: geen open oproep dekt uw plan (3 maart 2027 – 27 juni 2027)."),
    "it": ("ok, quindi in conclusione per il mio tirocinio a Vienna?",
           "In sintesi: nessun bando aperto copre il Suo progetto (3 marzo 2027 – 27 giugno 2027)."),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_bottom_line_after_an_ended_call(monkeypatch, lang):
    text, expected = BOTTOM[lang]
    got = await play(monkeypatch, {**PLAN, "language": lang}, [(text, "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.replies[-1].startswith(expected), got.replies
    assert "Giorgetti" in got.replies[-1]
    assert not got.replies[-1].startswith(("Yes", "Oui", "Ja", "Sì"))


NEXT_DOCS = {
    "en": ("will the next call probably ask the same docs?",
           "Not known: no newer call is known to me, so I cannot say what the next call will ask for. What "
           "the ended IMT Lucca (Erasmus+ 2015/2016) call asked for:"),
    "fr": ("Le prochain appel demandera-t-il les mêmes documents ?",
           "Je ne le sais pas : je ne connais aucun appel plus récent"),
    "nl": ("Zal de volgende oproep dezelfde documenten vragen?",
           "Dat weet ik niet: ik ken geen nieuwere oproep"),
    "it": ("Il prossimo bando chiederà gli stessi documenti?", "Non lo so: non conosco un bando più recente"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_next_calls_documents_are_not_known(monkeypatch, lang):
    text, expected = NEXT_DOCS[lang]
    got = await play(monkeypatch, {**PLAN, "language": lang}, [(text, "nlu_fallback")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    lines = got.replies[-1].split("\n")
    assert lines[0].startswith(expected), got.replies
    assert "2015/2016" in lines[1]  # the ended call's own documents, labelled as its own
