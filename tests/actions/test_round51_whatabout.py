"""Round 51 (r51-x: a German IMT Lucca PhD student, ETH Zurich then TU Munich, 20 January - 30 April 2016,
then from 1 February, today 10 January 2016; r51-s: an Ethiopian ITM MSc student, a study period at Makerere
University, Kampala, 2 February - 29 May 2026, today 1 October 2025).

1. After ETH Zurich was found not eligible, "what about TU Munich then, same dates?" got "I can't find the
   answer to that in the call text": "Munich" after "TU" was read as no place of the plan
   (actions/earlierplaces.py: a university's short name before its city), and "what about TU Munich then?"
   was kept aside as a case. After a "not eligible", "what about <place> then?", "et <X> alors ?", "en <X>
   dan?", "e a <X> invece?" move the plan and give its verdict (actions/triedplace.py); "TU Munich", "LMU
   Munich" are a university (bot/nlu/keywords.py), and "TU" no French "tu".
2. "just to be sure, ETH Zurich is out even if I start 1 Feb?" got "No: for that case you would not be
   eligible", the conditions for being eligible under it and "Keep this as my plan": the reasons only.
3. "is the 690 the total or per month? and do I need Scientific Board approval too?" opened with "Not for
   sure: the amounts for your case are indicative" and the amount block: the option that holds first.
4. "So in total I can expect around 3,900 euro, and about 700 per month for living?" got "No: €700.00 is the
   rate": both figures are right, roughly. "Sorry, I am confused, ..." got the same block pasted again.
5. "can I go to Germany, it's my own country?" got "it ranks your application lower" as certain, while the
   answer's note said "may rank lower": both say it is the call's preference, which excludes no one."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

LUCCA_DAY = "2016-01-10"
ITM_DAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")

# The r51-x conversation verbatim, with the intents the NLU model gives.
CONVERSATION = [
    ("Hi, I'm a PhD student at IMT Lucca and I want to do an Erasmus study period at ETH Zurich from 20 "
     "January 2016 to 30 April 2016. Am I eligible?", "check_eligibility"),
    ("what about TU Munich then, same dates?", "nlu_fallback"),
    ("can I go to Germany, it's my own country? I'm German.", "faq_several_countries"),
    ("ok then I start 1 February 2016 instead, end stays 30 April", "inform"),
    ("0", "inform"),
    ("is the 690 the total or per month? and do I need Scientific Board approval too?", "faq_who_can_apply"),
    ("just to be sure, ETH Zurich is out even if I start 1 Feb?", "inform"),
]


def _spaced(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _buttons(got) -> list[str]:
    return [b.get("title") for m in got.messages[-1] for b in m.get("buttons") or []]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "en", "call": "imt-lucca-2015"}, CONVERSATION, LUCCA_DAY,
                     user_event="parsed", keep_slot_events=True)
    _, munich, home, _, _, amount, eth = got.replies
    assert "I can't find" not in munich, munich
    assert munich.startswith("Updated: destination city: Zurich → Munich; destination country: Switzerland → "
                             "Germany."), munich
    assert "before 1 February 2016" in munich, munich
    assert "so it may rank your application lower; it does not exclude you" in home, home
    assert amount.startswith("The total for your whole stay: €690.00"), amount
    assert "Not for sure" not in amount, amount
    assert eth.startswith("No: for that case you would not be eligible, because Switzerland"), eth
    assert "•" not in eth and "Keep this as my plan" not in eth, eth
    assert got.slots["destination"] == "DE" and got.slots["start_date"] == "2016-02-01", got.slots


# 1. Another place asked about after "not eligible" moves the plan
ETH = {"en": CONVERSATION[0][0],
       "fr": "Bonjour, je suis doctorant à l'IMT Lucca et je voudrais faire une période d'études Erasmus à "
             "l'ETH Zurich du 20 janvier 2016 au 30 avril 2016. Suis-je éligible ?",
       "nl": "Hallo, ik ben doctoraatsstudent aan IMT Lucca en wil een Erasmus-studieperiode aan de ETH "
             "Zürich doen van 20 januari 2016 tot 30 april 2016. Kom ik in aanmerking?",
       "it": "Buongiorno, sono dottorando all'IMT Lucca e vorrei fare un periodo di studio Erasmus all'ETH "
             "di Zurigo dal 20 gennaio 2016 al 30 aprile 2016. Sono ammissibile?"}
WHAT_ABOUT = {"en": ["what about TU Munich then, same dates?", "what about TU Munich then?",
                     "what about LMU Munich then?"],
              "fr": ["et TU Munich alors ?", "et la TU Munich alors, mêmes dates ?"],
              "nl": ["en TU München dan?"],
              "it": ["e a Monaco di Baviera invece?"]}
UPDATED = {"en": "Updated:", "fr": "Mis à jour :", "nl": "Bijgewerkt:", "it": "Aggiornato:"}
EARLY = {"en": "before 1 February 2016", "fr": "antérieur au 1er février 2016", "nl": "voor 1 februari 2016",
         "it": "prima del 1 febbraio 2016"}
CASES = [(lang, text) for lang in LANGS for text in WHAT_ABOUT[lang]]


@pytest.mark.parametrize(("lang", "text"), CASES)
@pytest.mark.parametrize("intent", ["nlu_fallback", "inform"])
async def test_what_about_another_place_then_moves_the_plan(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {"language": lang, "call": "imt-lucca-2015"},
                     [(ETH[lang], "check_eligibility"), (text, intent)], LUCCA_DAY, user_event="parsed",
                     keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.startswith(UPDATED[lang]), reply
    assert EARLY[lang] in reply, reply
    assert t(lang, "button_keep_case") not in reply, reply
    assert got.slots["destination"] == "DE" and got.slots["destination_city"] == "Munich", got.slots
    assert "tu m'as" not in reply and "tu n'es" not in reply, reply  # "TU" is no "tu"


# 2. A case ruled out: its reasons, no conditions, nothing to keep
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
          "destination": "DE", "destination_city": "Munich", "receiving_org": "hei", "citizenship": ["DE"],
          "start_date": "2016-02-01", "end_date": "2016-04-30", "prior_erasmus_months": 0}
VERDICT = {"en": "so can I go?", "fr": "alors je peux partir ?", "nl": "kan ik dus gaan?",
           "it": "quindi posso partire?"}
ETH_OUT = {"en": CONVERSATION[6][0],
           "fr": "juste pour être sûr : et si j'allais à l'ETH Zurich, en commençant le 1er février ?",
           "nl": "voor de zekerheid: en als ik naar de ETH Zürich zou gaan, vanaf 1 februari?",
           "it": "giusto per essere sicuro: e se andassi all'ETH di Zurigo, dal 1° febbraio?"}


async def _after_verdict(monkeypatch, slots, lang, day, messages):
    return await play(monkeypatch, {**slots, "language": lang}, [(VERDICT[lang], "check_eligibility"),
                                                                  *messages], day, user_event="parsed",
                      keep_slot_events=True)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_case_ruled_out_has_no_conditions_and_no_keep_button(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, MUNICH, lang, LUCCA_DAY, [(ETH_OUT[lang], "inform")])
    reply = got.replies[-1]
    assert reply.startswith(t(lang, "answer_no", answer="").strip()), reply
    assert "Switzerland" in reply or "Suisse" in reply or "Zwitserland" in reply or "Svizzera" in reply, reply
    assert "•" not in reply, reply
    assert t(lang, "button_keep_case") not in _buttons(got), reply
    assert got.slots["destination"] == "DE", got.slots


# 3. "total or per month?": the option that holds, first
TOTAL_OR_MONTH = {"en": CONVERSATION[5][0],
                  "fr": "les 690, c'est le total ou par mois ? et il me faut aussi l'accord du Conseil "
                        "scientifique ?",
                  "nl": "is die 690 het totaal of per maand? en heb ik ook de toestemming van de "
                        "Wetenschappelijke Raad nodig?",
                  "it": "i 690 sono il totale o al mese? e mi serve anche l'autorizzazione del Consiglio "
                        "Scientifico?"}
TOTAL = {"en": "The total for your whole stay: €690.00", "fr": "Le total pour tout votre séjour : 690,00",
         "nl": "Het totaal voor uw hele verblijf: € 690,00",
         "it": "Il totale per tutto il Suo soggiorno: 690,00"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["faq_who_can_apply", "ask_grant"])
async def test_total_or_per_month_answers_first(monkeypatch, lang, intent):
    got = await _after_verdict(monkeypatch, MUNICH, lang, LUCCA_DAY, [(TOTAL_OR_MONTH[lang], intent)])
    reply = got.replies[-1]
    assert reply.replace("\xa0", " ").startswith(TOTAL[lang].replace("\xa0", " ")), reply
    sure_no = t(lang, "grant_sure_no", basis="").split(":")[0]
    assert sure_no not in reply, reply
    assert reply.count("💶") == 0, reply


# 4. Figures said back roughly right: "Yes, roughly"; confusion: no block again
KAMPALA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
           "destination": "UG", "destination_city": "Kampala", "receiving_org": "hei",
           "receiving_org_name": "Makerere University", "start_date": "2026-02-02", "end_date": "2026-05-29",
           "citizenship": ["ET"]}
ROUGHLY = {"en": "Understood. So in total I can expect around 3,900 euro, and about 700 per month for "
                 "living?",
           "fr": "D'accord. Donc au total je peux compter sur environ 3 900 euros, et à peu près 700 par "
                 "mois pour vivre ?",
           "nl": "Begrepen. Dus in totaal kan ik rekenen op ongeveer 3.900 euro, en zo'n 700 per maand om "
                 "van te leven?",
           "it": "Capito. Quindi in totale posso contare su circa 3.900 euro, e circa 700 al mese per "
                 "vivere?"}
YES_ROUGHLY = {"en": "Yes, roughly: about €3,941.33 in total", "fr": "Oui, à peu près : environ 3 941,33",
               "nl": "Ja, ongeveer: zo'n € 3.941,33 in totaal", "it": "Sì, più o meno: circa 3.941,33"}
CONFUSED = {"en": "Sorry, I am confused, you say No but then the same numbers. Is the 3,941 euro sure or "
                  "only an estimate?",
            "fr": "Pardon, je suis perdu, vous dites non mais ensuite les mêmes chiffres. Les 3 941 euros, "
                  "c'est sûr ou seulement une estimation ?",
            "nl": "Sorry, ik snap het niet meer, u zegt nee maar dan dezelfde bedragen. Is die 3.941 euro "
                  "zeker of maar een schatting?",
            "it": "Scusi, sono confuso, dice no ma poi gli stessi numeri. I 3.941 euro sono sicuri o solo "
                  "una stima?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_figures_said_back_roughly_are_a_yes(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, KAMPALA, lang, ITM_DAY, [(ROUGHLY[lang], "check_eligibility")])
    reply = got.replies[-1]
    assert _spaced(reply).startswith(_spaced(YES_ROUGHLY[lang])), reply
    assert "700" in reply.split("\n")[0], reply


@pytest.mark.parametrize("lang", LANGS)
async def test_confusion_gets_no_block_again(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, KAMPALA, lang, ITM_DAY, [(CONFUSED[lang], "check_eligibility")])
    reply = got.replies[-1]
    assert "  - " not in reply, reply  # no part of the amount again
    assert t(lang, "grant_parts_above") not in reply, reply
    assert "💶" not in reply, reply
    assert any(n in _spaced(reply) for n in ("3.941,33", "3,941.33", "3 941,33")), reply


# 5. The home country: the call's preference, which excludes no one
HOME = {"en": CONVERSATION[2][0],
        "fr": "je suis allemand, est-ce que partir en Allemagne, mon propre pays, est autorisé ?",
        "nl": "mag ik naar Duitsland, het is mijn eigen land? Ik ben Duitser.",
        "it": "posso andare in Germania, è il mio paese? Sono tedesco."}
PREFERENCE = {"en": "preference to students not going to their home country, so it may rank your application "
                    "lower; it does not exclude you",
              "fr": "la préférence aux étudiants qui ne partent pas vers leur pays d'origine",
              "nl": "voorkeur aan studenten die niet naar hun thuisland gaan, dus uw aanvraag kan lager",
              "it": "la preferenza agli studenti che non vanno nel proprio paese d'origine"}
NOT_EXCLUDED = {"en": "it does not exclude you", "fr": "cela ne vous exclut pas",
                "nl": "u wordt niet uitgesloten", "it": "senza esclusione"}


@pytest.mark.parametrize("lang", LANGS)
async def test_home_country_is_a_preference(monkeypatch, lang):
    slots = {k: v for k, v in MUNICH.items() if k != "citizenship"}
    got = await _after_verdict(monkeypatch, slots, lang, LUCCA_DAY, [(HOME[lang], "faq_several_countries")])
    said = "\n".join(got.replies)
    assert PREFERENCE[lang] in got.replies[-1], got.replies[-1]
    assert "ranks your application lower" not in said and "est classée plus bas" not in said, said


@pytest.mark.parametrize("lang", LANGS)
async def test_the_answer_s_note_says_it_excludes_no_one(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, MUNICH, lang, LUCCA_DAY, [])
    assert NOT_EXCLUDED[lang] in got.replies[0], got.replies[0]
