"""Round 51 (r51-v: a Belgian doctoral researcher employed by ITM, a short-term doctoral mobility at
Utrecht University, 2-20 March 2026; today 1 October 2025, call itm-2024). The rules core: a PhD student
with ITM staff status is not eligible for the doctoral (student) mobility, "apply as staff instead"; as
staff training the same plan is eligible (travel € 211,00, the individual support in ITM's Annex 1).

- Asked "Ben je personeelslid van het ITG?", "ik ben doctoraatsonderzoeker met een contract aan het ITG.
  telt mijn contract mee?" got the students' diploma contract: a contract at ITM said of oneself is the
  staff status (Yes, noted), and "does my contract count?" is answered yes, with the rules core's verdict
  under it (actions/phdstaffq.py, actions/facts.py).
- "nee ik bedoel mijn arbeidscontract, ... dus ja ik denk dat ik personeel ben" noted "ITG-personeelslid:
  Nee", switched role and activity without a word and said "personeel van een andere organisatie": a "no,
  I mean" answers no yes/no question; the PhD student keeps the role, gets the rule's reason and the staff
  route offered (actions/asides.py, actions/staffroute.py).
- "waarom kan dat niet als doctoraatsstudent?", "mag ik met mijn contract nog korte doctorale mobiliteit
  doen of niet?", "als ik geen contract had gehad, kon ik dan wel korte doctorale mobiliteit doen?" got
  staff topics: the rule, No, and the what-if without the staff status judged by the rules core (Yes: 19
  days fit 5-30).
- "ok. wat krijg ik dan als personeel?" got "Ik vind het antwoord daarop niet": the staff amount."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
PLAN = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "NL",
        "destination_city": "Utrecht", "citizenship": ["BE"], "receiving_org": "hei",
        "start_date": "2026-03-02", "end_date": "2026-03-20", "goal": "eligibility"}
RULE = {"en": "doctoral students may apply only without the status of ITM staff member",
        "fr": "les doctorants ne peuvent postuler que sans ce statut",
        "nl": "doctoraatsstudenten kunnen enkel zonder dat statuut kandidaat zijn",
        "it": "i dottorandi possono candidarsi solo senza tale status"}
SOURCE = {"en": "(source: Who can apply?)", "fr": "(source: Qui peut postuler ?)",
          "nl": "(bron: Wie kan zich kandidaat stellen?)", "it": "(fonte: Chi può candidarsi?)"}
CONTRACT = {
    "en": "I'm a doctoral researcher with a contract at ITM. does my contract count?",
    "fr": "je suis chercheur doctorant avec un contrat à l'IMT. est-ce que mon contrat compte ?",
    "nl": "ik ben doctoraatsonderzoeker met een contract aan het ITG. telt mijn contract mee?",
    "it": "sono ricercatore dottorando con un contratto all'ITM. il mio contratto conta?"}
COUNTS = {"en": "Yes: with an employment contract at ITM you have the status of ITM staff member.",
          "fr": "Oui : avec un contrat de travail à l'IMT, vous avez le statut de membre du personnel "
                "de l'IMT.",
          "nl": "Ja: met een arbeidscontract bij het ITG hebt u het statuut van ITG-personeelslid.",
          "it": "Sì: con un contratto di lavoro all'ITM Lei ha lo status di membro del personale dell'ITM."}
NOTED_YES = {"en": "ITM staff membership: Yes", "fr": "appartenance au personnel de l'IMT: Oui",
             "nl": "ITG-personeelslid: Ja", "it": "appartenenza al personale ITM: Sì"}
NOT_ELIGIBLE = {"en": "you are not eligible", "fr": "vous n'êtes pas éligible", "nl": "komt u niet in "
                                                                                      "aanmerking",
                "it": "non è idoneo"}
I_MEAN = {
    "en": "no I mean my employment contract, I'm employed as a doctoral researcher at ITM. so yes I "
          "think I'm staff",
    "fr": "non je veux dire mon contrat de travail, je suis employé comme chercheur doctorant à l'IMT. "
          "donc oui je "
          "pense que je fais partie du personnel",
    "nl": "nee ik bedoel mijn arbeidscontract, ik ben aangesteld als doctoraatsonderzoeker bij het ITG. "
          "dus ja ik "
          "denk dat ik personeel ben",
    "it": "no intendo il mio contratto di lavoro, sono dipendente dell'ITM come ricercatore dottorando. "
          "quindi sì "
          "penso di far parte del personale"}
ROUTE = {"en": "➡ As a staff member you can: staff training from 2 March 2026 to 20 March 2026 is eligible",
         "fr": "➡ Comme membre du personnel, c'est possible : formation du personnel du 2 mars 2026 au "
               "20 mars 2026 "
               "est éligible",
         "nl": "➡ Als personeelslid kan het wel: personeelstraining van 2 maart 2026 tot 20 maart 2026 "
               "komt in "
               "aanmerking",
         "it": "➡ Come membro del personale è possibile: formazione del personale dal 2 marzo 2026 al "
               "20 marzo 2026 "
               "è ammissibile"}
OTHER_ORG = {"en": "another organisation", "fr": "autre organisation", "nl": "andere organisatie",
             "it": "altra organizzazione"}
WHY = {"en": "why can't I do it as a PhD student?", "fr": "pourquoi ce n'est pas possible en tant que "
                                                          "doctorant ?",
       "nl": "wacht, dus ik ga nu als personeel ipv korte doctorale mobiliteit? waarom kan dat niet als "
             "doctoraatsstudent?",
       "it": "perché non posso farlo come dottorando?"}
BECAUSE = {"en": "Because of this rule of the call:", "fr": "À cause de cette règle de l'appel :",
           "nl": "Door deze regel van de oproep:", "it": "Per questa regola del bando:"}
STILL = {"en": "but can I still do short-term doctoral mobility with my contract or not?",
         "fr": "mais est-ce que je peux encore faire une mobilité doctorale courte avec mon contrat ou pas ?",
         "nl": "ja maar mag ik met mijn contract nog korte doctorale mobiliteit doen of niet?",
         "it": "ma posso ancora fare la mobilità dottorale di breve durata con il mio contratto o no?"}
NO = {"en": "No: ", "fr": "Non : ", "nl": "Nee: ", "it": "No: "}
WITHOUT = {"en": "last question: if I hadn't had a contract, could I have done short-term doctoral mobility?",
           "fr": "dernière question : si je n'avais pas eu de contrat, j'aurais pu faire une mobilité "
                 "doctorale "
                 "courte ?",
           "nl": "laatste vraag: als ik geen contract had gehad, kon ik dan wel korte doctorale "
                 "mobiliteit doen?",
           "it": "ultima domanda: se non avessi avuto il contratto, avrei potuto fare la mobilità "
                 "dottorale di "
                 "breve durata?"}
WITHOUT_YES = {"en": "Yes: without the ITM staff status (a what-if",
               "fr": "Oui : sans le statut de membre du personnel de l'IMT (une hypothèse",
               "nl": "Ja: zonder het statuut van ITG-personeelslid (een veronderstelling",
               "it": "Sì: senza lo status di membro del personale dell'ITM (un'ipotesi"}
FITS = {"en": "19 days is within the 5 days to 30 days", "fr": "19 jours respecte la durée autorisée de "
                                                               "5 jours à "
        "30 jours", "nl": "19 dagen valt binnen de toegestane 5 dagen tot 30 dagen",
        "it": "19 giorni rientra nella durata ammessa da 5 giorni a 30 giorni"}
AS_STAFF = {"en": "ok. what do I get as staff then?", "fr": "ok. qu'est-ce que je touche alors comme "
                                                            "membre du "
            "personnel ?", "nl": "ok. wat krijg ik dan als personeel?", "it": "ok. cosa ricevo allora "
                                                                              "come personale?"}
TRAVEL = {"en": "€211.00", "fr": "211,00", "nl": "211,00", "it": "211,00"}
CANT_FIND = {"en": "I can't find", "fr": "Je ne trouve pas", "nl": "Ik vind het antwoord", "it": "Non trovo"}


async def _after_answer(monkeypatch, lang: str, text: str, intent: str, **slots):
    """A PhD student with ITM staff status, told the answer, then `text`."""
    return await play(monkeypatch, {**PLAN, "itm_staff_member": True, **slots, "language": lang},
                      [("?", "check_eligibility"), (text, intent)], TODAY, user_event="parsed")


@pytest.mark.parametrize("lang", LANGS)
async def test_a_contract_at_itm_answers_the_staff_question_and_counts(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "asked": "itm_staff_member", "language": lang},
                     [(CONTRACT[lang], "faq_credit_transfer")], TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert reply.startswith(COUNTS[lang].replace("hebt u", "heb je") if lang == "nl" else COUNTS[lang]) \
        or reply.startswith(COUNTS[lang]), reply
    assert NOTED_YES[lang] in reply and NOT_ELIGIBLE[lang] in reply and RULE[lang] in reply, reply
    assert "diplom" not in reply.lower(), reply
    assert got.last.get("itm_staff_member") is True and "role" not in got.last, got.last


@pytest.mark.parametrize("lang", LANGS)
async def test_no_i_mean_is_no_no_and_a_phd_student_who_is_staff_keeps_the_role(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "asked": "itm_staff_member", "language": lang},
                     [(I_MEAN[lang], "inform")], TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert got.last.get("itm_staff_member") is True, got.last
    assert "role" not in got.last and "activity" not in got.last, got.last
    assert NOTED_YES[lang] in reply and NOT_ELIGIBLE[lang] in reply and RULE[lang] in reply, reply
    assert OTHER_ORG[lang] not in reply, reply
    assert ROUTE[lang] in reply, reply
    assert '/inform{"role":"staff","activity":"staff_training"}' in str(got.messages[-1]), got.messages[-1]


@pytest.mark.parametrize("lang", LANGS)
async def test_why_not_as_a_phd_student_is_the_rule(monkeypatch, lang):
    got = await _after_answer(monkeypatch, lang, WHY[lang], "faq_who_can_apply")
    reply = got.replies[-1]
    assert reply.startswith(BECAUSE[lang]) and RULE[lang] in reply and SOURCE[lang] in reply, reply
    assert "role" not in got.last and "activity" not in got.last, got.last


@pytest.mark.parametrize("lang", LANGS)
async def test_still_doctoral_mobility_with_the_contract_is_no(monkeypatch, lang):
    got = await _after_answer(monkeypatch, lang, STILL[lang], "faq_duration")
    reply = got.replies[-1]
    assert reply.startswith(NO[lang]) and RULE[lang] in reply and SOURCE[lang] in reply, reply
    assert "60" not in reply, reply  # not the staff durations (2 to 60 days)


@pytest.mark.parametrize("lang", LANGS)
async def test_without_the_contract_is_a_what_if_judged_by_the_rules_core(monkeypatch, lang):
    got = await _after_answer(monkeypatch, lang, WITHOUT[lang], "faq_duration")
    reply = got.replies[-1]
    assert reply.startswith(WITHOUT_YES[lang]) and FITS[lang] in reply and RULE[lang] in reply, reply
    assert "itm_staff_member" not in got.last, got.last  # a what-if: nothing stored


@pytest.mark.parametrize("lang", LANGS)
async def test_what_do_i_get_as_staff_is_the_staff_amount(monkeypatch, lang):
    got = await _after_answer(monkeypatch, lang, AS_STAFF[lang], "nlu_fallback")
    reply = got.replies[-1]
    assert TRAVEL[lang] in reply and CANT_FIND[lang] not in reply, reply
    assert "role" not in got.last, got.last
    staff = await _after_answer(monkeypatch, lang, AS_STAFF[lang], "nlu_fallback", role="staff",
                                activity="staff_training")
    assert TRAVEL[lang] in staff.replies[-1] and CANT_FIND[lang] not in staff.replies[-1], staff.replies[-1]


CONVERSATION = [
    ("hoi, ik wil 3 weken naar Utrecht voor labowerk tijdens mijn doctoraat. kan dat met erasmus?",
     "check_eligibility"),
    ("ITG Antwerpen", "inform"),
    ("doctoraat", "inform"),
    ("korte, 3 weken labo in utrecht, van 2 tot 20 maart 2026", "inform"),
    ("belg", "inform"),
    ("ja utrecht university", "inform"),
    ("ik ben doctoraatsonderzoeker met een contract aan het ITG. telt mijn contract mee?",
     "faq_credit_transfer"),
    ("nee ik bedoel mijn arbeidscontract, ik ben aangesteld als doctoraatsonderzoeker bij het ITG. dus "
     "ja ik denk "
     "dat ik personeel ben", "inform"),
    ("wacht, dus ik ga nu als personeel ipv korte doctorale mobiliteit? waarom kan dat niet als "
     "doctoraatsstudent?", "faq_who_can_apply"),
    ("ja maar mag ik met mijn contract nog korte doctorale mobiliteit doen of niet?", "faq_duration"),
    ("ok. wat krijg ik dan als personeel?", "nlu_fallback"),
    ("laatste vraag: als ik geen contract had gehad, kon ik dan wel korte doctorale mobiliteit doen?",
     "faq_duration"),
]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "nl"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    r = got.replies
    assert "Ben je personeelslid van het ITG?" in r[5], r[5]
    assert r[6].startswith("Ja: met een arbeidscontract bij het ITG heb je het statuut van "
                           "ITG-personeelslid."), r[6]
    assert "ITG-personeelslid: Ja" in r[6] and RULE["nl"] in r[6] and "diplomacontract" not in r[6], r[6]
    assert "Nee" not in r[7] and "andere organisatie" not in r[7] and "→" not in r[7], r[7]
    assert r[8].startswith("Door deze regel van de oproep:") and RULE["nl"] in r[8], r[8]
    assert r[9].startswith("Nee: ") and RULE["nl"] in r[9], r[9]
    assert "211,00" in r[10] and "Ik vind het antwoord" not in r[10], r[10]
    assert r[11].startswith("Ja: zonder het statuut van ITG-personeelslid") and FITS["nl"] in r[11], r[11]
    assert got.slots["role"] == "phd_student" and got.slots["activity"] == "short_term_doctoral"
    assert got.slots["itm_staff_member"] is True


def _buttons(text, day):
    """A button's payload read as Rasa reads it; words as the extractor reads them."""
    import json

    if text.startswith("/inform"):
        return [{"entity": k, "value": v} for k, v in json.loads(text[len("/inform"):]).items()]
    from bot.nlu.extract import extract

    return extract(text, day)


async def test_the_staff_route_button_changes_the_plan_said_so(monkeypatch):
    told = await play(monkeypatch, {**PLAN, "itm_staff_member": True, "language": "nl"},
                      [("?", "check_eligibility")], TODAY)
    payloads = [b["payload"] for m in told.messages[0] for b in m.get("buttons") or []]
    route = [p for p in payloads if '"role":"staff"' in p]
    assert route, payloads  # the staff route offered with the answer, as a button
    got = await play(monkeypatch, {**PLAN, "itm_staff_member": True, "language": "nl"},
                     [("?", "check_eligibility"), (route[0], "inform")], TODAY, entities=_buttons)
    reply = got.replies[-1]
    assert got.last.get("role") == "staff" and got.last.get("activity") == "staff_training", got.last
    assert "Doctoraatsstudent → Personeelslid" in reply and "komt u in aanmerking" in reply, reply
