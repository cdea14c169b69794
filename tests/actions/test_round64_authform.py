"""Round 64 (a4: Italian IMT Lucca PhD student, study period in Amsterdam 1 March - 31 May 2016; today 10
January 2016). "Quindi l'autorizzazione del supervisore deve essere già nel modulo alla scadenza?" got "Non
posso saperlo da qui; chieda a: il Suo relatore", and "E se il mio supervisore firma solo dopo il 18
gennaio, cosa succede?" the date to apply by again. Both ask when the advisor's authorisation is due,
which the call says (the rules core's `with_application`: the application form includes it and is due by
the deadline; actions/withapp.py):
"in the form", "by the deadline", "signs only after 18 January" are timing words now (phrases
with_application_question)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2016-01-10"
AMSTERDAM = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
             "destination": "NL", "destination_city": "Amsterdam", "receiving_org": "hei",
             "citizenship": ["IT"], "prior_erasmus_months": 9, "start_date": "2016-03-01",
             "end_date": "2016-05-31"}
FIRST = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
         "it": "sono idoneo?"}
ASKED = {"it": ["Quindi l'autorizzazione del supervisore deve essere già nel modulo alla scadenza?",
                "E se il mio supervisore firma solo dopo il 18 gennaio, cosa succede?"],
         "en": ["So must my advisor's authorisation already be in the form by the deadline?",
                "And if my advisor only signs after 18 January, what happens?"],
         "fr": ["Donc l'autorisation du directeur doit déjà être dans le formulaire à la date limite ?",
                "Et si mon directeur ne signe qu'après le 18 janvier, que se passe-t-il ?"],
         "nl": ["Moet de toestemming van mijn promotor dus al in het formulier zitten tegen de deadline?",
                "En als mijn promotor pas na 18 januari tekent, wat dan?"]}
IN_FORM = {"en": "It goes with the application", "fr": "Elle fait partie de la candidature",
           "nl": "Die hoort bij de aanvraag", "it": "Fa parte della candidatura"}
CASES = [(lang, text) for lang, texts in ASKED.items() for text in texts]


@pytest.mark.parametrize("intent", ["faq_application", "ask_deadline", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), CASES)
async def test_when_the_advisor_authorisation_is_due(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**AMSTERDAM, "language": lang}, [(FIRST[lang], "check_eligibility"),
                                                                      (text, intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.startswith(IN_FORM[lang]), reply
    assert set(got.last) <= {"language", "goal"}, got.last  # a question: no fact stored
