"""Round 46 (ITM call open, today 1 October 2025).

An Italian MSc student at ITM, study period at the Università Statale di Milano 1 February - 31 May 2026 (not
eligible: Italy is a country of his citizenship):
- "is it only because I'm Italian?" after the refusal got "I can't find" (or "No:" above the citizenship
  reason): the only failing rule reads the nationality, so "Yes: ..."; with another rule failing too, "No, not
  only that" and the rules.
- "to whom do I send it?", "a chi la mando?" got "I can't find" or the contact card: the call's how-to-apply
  answer (by e-mail to erasmusplusmobility@itg.be); asked with the deadline, both are answered.

A Kenyan PhD student at ITM, study period at the University of Cape Town (eligible provided an
inter-institutional agreement exists):
- "if there is no agreement, can I still go?" got "... and there is none" (a claim that none exists), or the
  condition line again: now "in that case ... without one, the mobility would not be possible", in the
  conditional, for every condition (ECHE too: "en de uwe heeft die niet")."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
MILAN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
         "destination": "IT", "destination_city": "Milano", "receiving_org": "hei", "citizenship": ["IT"],
         "start_date": "2026-02-01", "end_date": "2026-05-31"}
CAPE_TOWN = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "study",
             "destination": "ZA", "destination_city": "Cape Town", "receiving_org": "hei",
             "citizenship": ["KE"], "staff_of_itm": False,
             "start_date": "2026-02-01", "end_date": "2026-04-30"}
LISBON = {**CAPE_TOWN, "destination": "PT", "destination_city": "Lisboa"}
ITALIAN = {"en": "I'm Italian", "fr": "je suis italien", "nl": "ik ben Italiaan", "it": "sono italiano"}


def _said(lang):
    return [(ITALIAN[lang], "inform")]


async def _play(monkeypatch, slots, lang, messages):
    return await play(monkeypatch, {**slots, "language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


ONLY_BECAUSE = {"en": "is it only because I'm Italian?", "fr": "c'est seulement parce que je suis italien ?",
                "nl": "is het alleen omdat ik Italiaan ben?", "it": "è solo perché sono italiano?"}
YES = {"en": "Yes:", "fr": "Oui :", "nl": "Ja:", "it": "Sì:"}
NOT_ONLY = {"en": "No, not only", "fr": "Non, pas seulement", "nl": "Nee, niet alleen", "it": "No, non solo"}
CITIZENSHIP = {"en": "citizenship", "fr": "nationalité", "nl": "nationaliteit", "it": "cittadinanza"}


@pytest.mark.parametrize("lang", LANGS)
async def test_only_because_of_the_nationality_yes(monkeypatch, lang):
    got = await _play(monkeypatch, MILAN, lang, [*_said(lang), (ONLY_BECAUSE[lang], "ask_eligibility")])
    last = got.replies[-1]
    assert last.startswith(YES[lang]), last
    assert CITIZENSHIP[lang] in last, last


@pytest.mark.parametrize("lang", LANGS)
async def test_not_only_the_nationality_when_another_rule_fails(monkeypatch, lang):
    short = {**MILAN, "end_date": "2026-02-20"}  # also shorter than the 2 months of a study period
    got = await _play(monkeypatch, short, lang, [*_said(lang), (ONLY_BECAUSE[lang], "ask_eligibility")])
    last = got.replies[-1]
    assert last.startswith(NOT_ONLY[lang]), last
    assert CITIZENSHIP[lang] in last and last.count("✗") >= 2, last


SEND_IT = {"en": ["to whom do I send it?", "who do I send it to?"], "fr": ["à qui je l'envoie ?"],
           "nl": ["naar wie stuur ik die?"], "it": ["a chi la mando?"]}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in SEND_IT[lang]])
async def test_whom_to_send_it_to_is_the_how_to_apply_answer(monkeypatch, lang, text):
    got = await _play(monkeypatch, MILAN, lang, [*_said(lang), (text, "ask_contact")])
    last = got.replies[-1]
    assert "erasmusplusmobility@itg.be" in last.split("\n")[1], last  # the call's words: by e-mail to ...
    assert "Non trovo" not in last and "can't find" not in last, last


DEADLINE_AND_WHOM = {"en": "what is the deadline and to whom do I send it?",
                     "fr": "quelle est la date limite et à qui je l'envoie ?",
                     "nl": "wat is de deadline en naar wie stuur ik die?",
                     "it": "qual è la scadenza e a chi la mando?"}
DEC_1 = {"en": "1 December 2025", "fr": "1er décembre 2025", "nl": "1 december 2025", "it": "1 dicembre 2025"}


@pytest.mark.parametrize("lang", LANGS)
async def test_deadline_and_whom_both_answered(monkeypatch, lang):
    got = await _play(monkeypatch, MILAN, lang, [*_said(lang), (DEADLINE_AND_WHOM[lang], "ask_deadline")])
    last = got.replies[-1]
    assert "erasmusplusmobility@itg.be" in last and DEC_1[lang] in last, last


WRITE_TO = {"en": "who do I write to?", "fr": "qui contacter ?", "nl": "wie contacteer ik?",
            "it": "chi contatto?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_whom_to_write_to_keeps_the_contact_card(monkeypatch, lang):
    got = await _play(monkeypatch, MILAN, lang, [*_said(lang), (WRITE_TO[lang], "ask_contact")])
    last = got.replies[-1]
    assert "erasmusplusmobility@itg.be" in last, last
    assert "motivation" not in last and "motivazione" not in last and "motivatie" not in last, last


NO_AGREEMENT = {"en": ["if there is no agreement, can I still go?", "and if there is no agreement?"],
                "fr": ["s'il n'y a pas d'accord, je peux quand même partir ?",
                       "et s'il n'y a pas d'accord ?"],
                "nl": ["als er geen overeenkomst is, kan ik dan nog gaan?",
                       "en als er geen overeenkomst is?"],
                "it": ["se non c'è l'accordo, posso andarci lo stesso?", "e se non c'è l'accordo?"]}
WITHOUT = {"en": "without one, the mobility would not be possible",
           "fr": "sans accord, la mobilité ne serait pas",
           "nl": "zonder overeenkomst zou de mobiliteit niet mogelijk zijn",
           "it": "senza accordo, la mobilità non sarebbe possibile"}
CLAIM = {"en": "there is none", "fr": "il n'y en a pas", "nl": "er is er geen", "it": "non ce n'è"}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in NO_AGREEMENT[lang]])
async def test_without_the_agreement_is_said_in_the_conditional(monkeypatch, lang, text):
    got = await _play(monkeypatch, CAPE_TOWN, lang, [(text, "ask_eligibility")])
    last = got.replies[-1]
    assert WITHOUT[lang] in last, last
    assert CLAIM[lang] not in last, last


NO_ECHE = {"en": "and if the university in Lisbon has no ECHE? Can I not go then?",
           "fr": "et si l'université de Lisbonne n'a pas l'ECHE ? Je ne peux pas partir alors ?",
           "nl": "En als de universiteit in Lissabon geen ECHE heeft? Kan het dan niet?",
           "it": "e se l'università di Lisbona non ha l'ECHE? Allora non posso andare?"}
ECHE_WITHOUT = {"en": "without one, the mobility would not be possible",
                "fr": "sans elle, la mobilité ne serait pas",
                "nl": "zonder handvest zou de mobiliteit niet mogelijk zijn",
                "it": "senza, la mobilità non sarebbe"}
ECHE_CLAIM = {"en": "and yours does not", "fr": "et la vôtre", "nl": "de uwe heeft die niet",
              "it": "e la Sua non"}


@pytest.mark.parametrize("lang", LANGS)
async def test_without_the_eche_is_said_in_the_conditional(monkeypatch, lang):
    got = await _play(monkeypatch, LISBON, lang, [(NO_ECHE[lang], "ask_eligibility")])
    last = got.replies[-1]
    assert ECHE_WITHOUT[lang] in last, last
    assert ECHE_CLAIM[lang] not in last, last


FAMILY = {"en": "can my family come with me?", "fr": "ma famille peut venir ?", "nl": "mag mijn gezin mee?",
          "it": "la mia famiglia può venire con me?"}
FAMILY_NOT_SAID = {"en": "says nothing about family members",
                   "fr": "ne dit rien sur les membres de votre famille",
                   "nl": "zegt niets over gezinsleden", "it": "non dice nulla sui Suoi familiari"}


@pytest.mark.parametrize("intent", ["faq_grant_amount", "nlu_fallback", "ask_eligibility"])
@pytest.mark.parametrize("lang", LANGS)
async def test_family_coming_along_is_not_said_and_whom_to_ask(monkeypatch, lang, intent):
    got = await _play(monkeypatch, CAPE_TOWN, lang, [(FAMILY[lang], intent)])
    last = got.replies[-1]
    assert FAMILY_NOT_SAID[lang] in last, last
    assert "erasmusplusmobility@itg.be" in last, last
    assert "€" not in last, last  # not the grant


GRANT = {"en": "how much is the grant?", "fr": "combien est la bourse ?", "nl": "hoeveel is de beurs?",
         "it": "quanto è la borsa?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_grant_question_keeps_its_answer(monkeypatch, lang):
    got = await _play(monkeypatch, CAPE_TOWN, lang, [(GRANT[lang], "faq_grant_amount")])
    last = got.replies[-1]
    assert FAMILY_NOT_SAID[lang] not in last and "€" in last, last


WHO_SIGNS = {"en": ["who signs the agreement, me or ITM?", "do I have to sign the agreement or does ITM?"],
             "fr": ["qui signe l'accord, moi ou l'IMT ?"],
             "nl": ["wie ondertekent de overeenkomst, ik of het ITG?"],
             "it": ["chi firma l'accordo, io o l'ITM?"]}
# Since round 56: the call's words on who signs it (between the institutions), not "does not say who".
NOT_SAID_WHO = {"en": "The call has the inter-institutional agreement signed between the institutions",
                "fr": "Dans l'appel, l'accord interinstitutionnel est signé entre les établissements",
                "nl": "In de oproep wordt de interinstitutionele overeenkomst getekend tussen de",
                "it": "Nel bando l'accordo interistituzionale è firmato tra gli istituti"}
SIGNED = {"en": "before the mobility", "fr": "avant la mobilité", "nl": "vóór de mobiliteit",
          "it": "prima della mobilità"}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in WHO_SIGNS[lang]])
async def test_who_signs_the_agreement_the_call_words_and_whom_to_ask(monkeypatch, lang, text):
    got = await _play(monkeypatch, CAPE_TOWN, lang, [(text, "ask_eligibility")])
    last = got.replies[-1]
    assert last.startswith(NOT_SAID_WHO[lang]), last
    assert SIGNED[lang] in last and "erasmusplusmobility@itg.be" in last, last


ALLOWED_Q = {"en": "is Italy allowed?", "fr": "l'Italie est-elle autorisée ?", "nl": "is Italië toegestaan?",
             "it": "l'Italia è ammessa?"}
NO_NATIONALITY = {k: v for k, v in MILAN.items() if k != "citizenship"}


@pytest.mark.parametrize("lang", LANGS)
async def test_destination_allowed_depending_on_the_open_nationality(monkeypatch, lang):
    from actions.i18n import t

    got = await _play(monkeypatch, NO_NATIONALITY, lang, [(ALLOWED_Q[lang], "ask_destination")])
    last = got.replies[-1]
    assert t(lang, "destination_ok_nationality_open") in last, last
    assert t(lang, "destination_ok_for_you") not in last, last


@pytest.mark.parametrize("lang", LANGS)
async def test_destination_allowed_with_the_nationality_known(monkeypatch, lang):
    from actions.i18n import t

    kenyan = {**MILAN, "citizenship": ["KE"]}
    got = await _play(monkeypatch, kenyan, lang, [(ALLOWED_Q[lang], "ask_destination")])
    last = got.replies[-1]
    assert t(lang, "destination_ok_for_you") in last, last
    assert t(lang, "destination_ok_nationality_open") not in last, last
