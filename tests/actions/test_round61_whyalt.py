"""Round 61 (r61-j3, r61-g3; today 1 October 2025, call itm-2024).

r61-j3, a Belgian PhD student employed by ITM (Dutch, "u"), refused the short-term doctoral mobility at the
Bernhard Nocht Institut in Hamburg (2-20 March 2026: "doctoral students only without ITM staff status, apply
as staff"), then eligible for a staff training there: "Waarom kon ik eigenlijk niet als doctoraatsstudent
gaan? Ik ben toch doctoraatsstudent." was answered with the rule AND stored "Bijgewerkt: uw statuut:
Personeelslid → Doctoraatsstudent" with a new "❌ niet in aanmerking": a why-question about the refusal
changes nothing (actions/whyrole.py). "Jammer. Wat kan ik dan wel?" right after the refusal got "Ik vind het
antwoord daarop niet in de tekst van de oproep": the options the rules core finds (staff training, with its
button).

r61-g3, a Belgian-Turkish ITM staff member, staff training 4-15 May 2026: "Is that a fixed call deadline or
just two months before I leave? Who do I contact to actually apply?" got "📅 As said: apply by 4 March 2026";
"Hmm, even though Turkey is in the programme? I thought Türkiye was one of the associated countries." got
"No: ... not an eligible destination" then "Türkiye is one of the third countries associated to the
programme"; "does the host need anything special, like an ECHE, for a staff training?" got "No: ... an ECHE
is not needed", then "a higher education institution with an ECHE, or any ... organisation"."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]

# --- r61-j3: the why-question about the refused role, the alternative ---------------------------------------
HAMBURG = {"call": "itm-2024", "destination": "DE", "destination_city": "Hamburg", "citizenship": ["BE"],
           "receiving_org": "research_institute", "institution": "Bernhard Nocht Institut",
           "start_date": "2026-03-02", "end_date": "2026-03-20", "goal": "eligibility",
           "itm_staff_member": True, "gender": "f"}
PHD = {**HAMBURG, "role": "phd_student", "activity": "short_term_doctoral"}
STAFF = {**HAMBURG, "role": "staff", "activity": "staff_training"}
RULE = {"en": "doctoral students may apply only without the status of ITM staff member",
        "fr": "les doctorants ne peuvent postuler que sans ce statut",
        "nl": "doctoraatsstudenten kunnen enkel zonder dat statuut kandidaat zijn",
        "it": "i dottorandi possono candidarsi solo senza tale status"}
WHY = {"nl": "Waarom kon ik eigenlijk niet als doctoraatsstudent gaan? Ik ben toch doctoraatsstudent.",
       "en": "Why couldn't I actually go as a PhD student? I am a PhD student after all.",
       "fr": "Pourquoi je ne pouvais pas partir comme doctorante, au fait ? Je suis bien doctorante.",
       "it": "Perché in effetti non potevo andare come dottoranda? Sono pur sempre dottoranda."}
KEPT = {"en": "Your plan stays as it is: staff training, applying as a staff member.",
        "fr": "Votre projet reste le même : formation du personnel, en postulant comme membre du personnel.",
        "nl": "Uw plan blijft zoals het is: personeelstraining, aanvragen als personeelslid.",
        "it": "Il Suo piano resta invariato: formazione del personale, candidandosi come membro del "
              "personale."}


@pytest.mark.parametrize("lang", LANGS)
async def test_why_the_refused_role_changes_nothing(monkeypatch, lang):
    got = await play(monkeypatch, {**STAFF, "language": lang},
                     [("?", "check_eligibility"), (WHY[lang], "ask_why")], TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert RULE[lang] in reply and KEPT[lang] in reply, reply
    assert "→" not in reply and "❌" not in reply and "✗" not in reply, reply
    assert got.slots.get("role") == "staff" and got.slots.get("activity") == "staff_training", got.slots
    assert "role" not in got.last and "activity" not in got.last, got.last


async def test_why_after_the_switch_keeps_the_staff_plan(monkeypatch):
    """The r61-j3 conversation: refused, switched to staff training, then why."""
    got = await play(monkeypatch, {**PHD, "language": "nl"},
                     [("?", "check_eligibility"),
                      ("Dan doe ik het als personeelslid, een personeelstraining in Hamburg, zelfde data.",
                       "inform"),
                      (WHY["nl"], "ask_why")], TODAY, user_event="parsed")
    assert got.slots.get("role") == "staff", got.replies[-1]
    reply = got.replies[-1]
    assert "Personeelslid → Doctoraatsstudent" not in reply and "niet in aanmerking" not in reply, reply
    assert RULE["nl"] in reply and "(bron: Wie kan zich kandidaat stellen?)" in reply, reply


@pytest.mark.parametrize("intent", ["nlu_fallback", "faq_application"])
async def test_what_can_i_do_then_gets_the_staff_training(monkeypatch, intent):
    got = await play(monkeypatch, {**PHD, "language": "nl"},
                     [("?", "check_eligibility"), ("Jammer. Wat kan ik dan wel?", intent)], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    assert "Ik vind het antwoord" not in reply, reply
    assert "✓ Personeelstraining: van 2 maart 2026 tot en met 20 maart 2026" in reply, reply
    assert t("nl", "button_keep_case") in reply, reply  # the button that makes it the plan


# --- r61-g3: the either/or deadline, Türkiye in the programme, the ECHE -------------------------------------
THESSALONIKI = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "GR",
                "destination_city": "Thessaloniki", "citizenship": ["BE", "TR"], "receiving_org": "hei",
                "institution": "Aristotle University of Thessaloniki", "start_date": "2026-05-04",
                "end_date": "2026-05-15", "goal": "eligibility", "green_travel": False}
ANKARA = {**THESSALONIKI, "destination": "TR", "destination_city": "Ankara",
          "institution": "Hacettepe University"}
DEADLINE = {"en": "ok. and the deadline? when do I need to send my application?",
            "fr": "ok. et la date limite ? quand dois-je envoyer ma candidature ?",
            "nl": "ok. en de deadline? wanneer moet ik mijn aanvraag sturen?",
            "it": "ok. e la scadenza? quando devo mandare la candidatura?"}
EITHER = {"en": "Is that a fixed call deadline or just two months before I leave?",
          "fr": "Est-ce une date limite fixe de l'appel ou juste deux mois avant mon départ ?",
          "nl": "Is dat een vaste deadline van de oproep of gewoon twee maanden voor mijn vertrek?",
          "it": "È una scadenza fissa del bando o solo due mesi prima della partenza?"}
APPLY_BY = {"en": "4 March 2026", "fr": "4 mars 2026", "nl": "4 maart 2026", "it": "4 marzo 2026"}
ALL_END = {"en": "31 July 2026", "fr": "31 juillet 2026", "nl": "31 juli 2026", "it": "31 luglio 2026"}


def _no_single(lang: str) -> str:
    return t(lang, "why_apply_by_no_single", ahead="", start="", date="").split(":")[0]


@pytest.mark.parametrize("lang", LANGS)
async def test_a_fixed_call_deadline_or_two_months_is_answered(monkeypatch, lang):
    got = await play(monkeypatch, {**THESSALONIKI, "language": lang},
                     [("?", "check_eligibility"), (DEADLINE[lang], "ask_deadline"),
                      (EITHER[lang], "ask_deadline")],
                     TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert _no_single(lang) in reply and APPLY_BY[lang] in reply and ALL_END[lang] in reply, reply
    assert "📅" not in reply, reply  # not "As said: apply by ..." again


async def test_the_either_or_deadline_with_the_contact_question(monkeypatch):
    asked = ("Is that a fixed call deadline or just two months before I leave? Who do I contact to actually "
             "apply?")
    got = await play(monkeypatch, {**THESSALONIKI, "language": "en"},
                     [("?", "check_eligibility"), (DEADLINE["en"], "ask_deadline"), (asked, "ask_contact")],
                     TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert reply.startswith("No single closing date: the call asks you to apply at least 2 months before "
                            "your departure, so for your departure on 4 May 2026 by 4 March 2026."), reply
    assert "31 July 2026" in reply and "cmorantin@itg.be" in reply, reply
    assert "As said" not in reply, reply


TURKEY = {"en": "Hmm, even though Turkey is in the programme? I thought Türkiye was one of the associated "
                "countries.",
          "fr": "Hmm, même si la Turquie fait partie du programme ? Je pensais que la Turquie était un des "
                "pays associés.",
          "nl": "Hmm, ook al zit Turkije in het programma? Ik dacht dat Turkije een van de geassocieerde "
                "landen was.",
          "it": "Hmm, anche se la Turchia fa parte del programma? Pensavo che la Turchia fosse uno dei paesi "
                "associati."}
YES = {"en": "Yes, Türkiye takes part in Erasmus+", "fr": "Oui, ce pays (Turquie) participe à Erasmus+",
       "nl": "Ja, Turkije doet mee aan Erasmus+", "it": "Sì, questo paese (Turchia) partecipa a Erasmus+"}
CITIZEN = {"en": "a country of your citizenship", "fr": "un pays dont vous avez la nationalité",
           "nl": "een land van uw nationaliteit", "it": "un paese di cui ha la cittadinanza"}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}


@pytest.mark.parametrize("lang", LANGS)
async def test_turkey_in_the_programme_is_yes_but_not_for_him(monkeypatch, lang):
    got = await play(monkeypatch, {**ANKARA, "language": lang},
                     [("?", "check_eligibility"), (TURKEY[lang], "faq_destinations")], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    assert reply.startswith(YES[lang]) and CITIZEN[lang] in reply, reply
    assert NO[lang] not in reply, reply


ECHE = {"en": "Perfect, that's clear. One last thing: does the host need anything special, like an ECHE, for "
              "a staff training?",
        "fr": "Parfait, c'est clair. Une dernière chose : l'organisme d'accueil doit-il avoir une ECHE pour "
              "une formation du personnel ?",
        "nl": "Perfect, dat is duidelijk. Nog één ding: heeft de gastinstelling iets speciaals nodig, zoals "
              "een ECHE, voor een personeelstraining?",
        "it": "Perfetto, è chiaro. Un'ultima cosa: l'ente ospitante ha bisogno di qualcosa di speciale, come "
              "una ECHE, per una formazione del personale?"}
ECHE_FREE = {"en": "so a university without an ECHE may host you too",
             "fr": "une université sans ECHE peut donc aussi être votre organisme d'accueil",
             "nl": "een universiteit zonder ECHE kan u dus ook ontvangen",
             "it": "quindi anche un'università senza ECHE può essere il Suo ente ospitante"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_eche_for_a_staff_host_is_one_statement(monkeypatch, lang):
    got = await play(monkeypatch, {**THESSALONIKI, "language": lang},
                     [("?", "check_eligibility"), (ECHE[lang], "faq_receiving_org")], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    assert reply.startswith(NO[lang]) and ECHE_FREE[lang] in reply, reply
    assert reply.count("\n") == 0, reply  # one statement: no "No", then the host's rule apart
    assert t(lang, "partner_host_rules") not in reply, reply
