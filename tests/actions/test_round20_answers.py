"""Round 20 of simulated users: questions in the flow that got the wrong block or "I can't find"."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conftest import texts
from tests.actions.test_round13 import hear

LUCCA = "2016-01-10"
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "DE",
          "destination_city": "Munich", "receiving_org": "enterprise", "citizenship": ["GR"],
          "start_date": "2016-02-01", "end_date": "2016-05-31", "supervisor_authorised": True,
          "prior_erasmus_months": 4, "has_scholarship": True, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how many Erasmus months will I have left after munich?"),
    ("en", "yes but in my case? 4 months before plus 4 now, so I have 4 left, right?"),
    ("en", "So with Feb-May how many months of my 12 are used?"),
    ("it", "quanti mesi di Erasmus mi restano dopo Monaco?"),
    ("fr", "combien de mois d'Erasmus me reste-t-il après Munich ?"),
    ("nl", "hoeveel maanden heb ik daarna nog over?"),
])
async def test_the_months_left_in_the_cycle_are_counted(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**MUNICH, "language": lang}, LUCCA)
    reply = texts(dispatcher)
    no_cant_find(reply)
    first = reply.split("\n")[0]
    # "..., so I have 4 left, right?" checks a figure back: "Yes:" first (round 62), then the sum
    first = first.removeprefix(t(lang, "answer_yes", answer=""))
    # 4 earlier months (120 days) + 1 February-31 May (120 days) = 240 of 360 days: 120 days (4 months) left
    assert first.startswith(t(lang, "length_months", months=4, days=120)), reply
    assert t(lang, "length_months", months=8, days=240) in first, reply
    assert t(lang, "length_months", months=12, days=360) in first, reply


async def test_without_the_earlier_months_they_are_asked(dispatcher, monkeypatch):
    slots = {k: v for k, v in MUNICH.items() if k != "prior_erasmus_months"}
    await hear(dispatcher, monkeypatch, "how many months do I have left?", {**slots, "language": "en"}, LUCCA)
    reply = texts(dispatcher)
    assert reply.startswith("A study cycle allows at most 12 months (360 days)"), reply


async def test_the_call_without_a_cycle_cap_is_not_answered_here(dispatcher, monkeypatch):
    staff = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
             "destination_city": "Barcelona", "receiving_org": "hei", "citizenship": ["IT"],
             "start_date": "2026-04-20", "end_date": "2026-04-22", "goal": "eligibility", "language": "en"}
    await hear(dispatcher, monkeypatch, "how many months do I have left?", staff, "2025-10-01")
    assert "study cycle allows" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hi! I'm a PhD student at IMT Lucca and I found your Erasmus+ call online. Can I apply for a "
           "study period at the University of Amsterdam?"),
    ("it", "Sono dottorando all'IMT Lucca. Posso candidarmi per un periodo di studio all'Università di "
           "Amsterdam?"),
])
async def test_can_i_apply_on_an_ended_call_is_not_answered_yes_about_the_host(dispatcher, monkeypatch, lang,
                                                                                text):
    # Round 20: "Yes: Your receiving organisation (higher education institution) may host this study period."
    # came before "the call is closed".
    slots = {"call": "imt-lucca-2015", "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, "2026-12-02")
    reply = texts(dispatcher)
    assert not reply.startswith(t(lang, "answer_yes", answer="")[:3]), reply
    assert t(lang, "call_closed", call="", date="")[-20:] in reply, reply


@pytest.mark.parametrize(("lang", "text", "second"), [
    ("en", "I did 4 months of Erasmus study earlier in this PhD; how many months are left? Is my IMT PhD "
           "scholarship a problem?", "50%"),
    ("it", "Quanti mesi di Erasmus mi restano? E la mia borsa di dottorato è un problema?", "50%"),
])
async def test_two_questions_in_one_message_get_two_answers(dispatcher, monkeypatch, lang, text, second):
    # Round 20: the months were answered (with the durations paragraph) and the scholarship dropped.
    await hear(dispatcher, monkeypatch, text, {**MUNICH, "language": lang}, LUCCA)
    reply = texts(dispatcher)
    assert t(lang, "length_months", months=8, days=240) in reply, reply   # the months used
    assert second in reply, reply                                         # the scholarship: +50%, combinable
    assert reply.count(t(lang, "length_months", months=8, days=240)) == 1, reply  # said once


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Combien par jour pour le logement ? Et est-ce que le train change quelque chose ?"),
    ("en", "How much per day for food and housing? And does going by train change anything?"),
])
async def test_the_second_question_about_the_train_is_answered_too(dispatcher, monkeypatch, lang, text):
    staff = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
             "destination_city": "Lille", "receiving_org": "research_institute", "citizenship": ["BE"],
             "start_date": "2026-03-09", "end_date": "2026-03-13", "itm_staff_member": True,
             "goal": "eligibility", "language": lang}
    await hear(dispatcher, monkeypatch, text, staff, "2025-10-01")
    reply = texts(dispatcher)
    assert "285" in reply, reply  # green travel: 285 instead of 211


TARTU = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "EE",
         "destination_city": "Tartu", "receiving_org": "hei", "citizenship": ["KE"],
         "virtual_component": True, "start_date": "2026-06-08", "end_date": "2026-06-12",
         "has_scholarship": True, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [("en", "so 395 eur for sure?"), ("nl", "is die 395 euro zeker?")])
async def test_a_grant_follow_up_does_not_say_the_notes_and_contact_again(dispatcher, monkeypatch, lang,
                                                                           text):
    # Round 19: "the full block (..., the '70/50' note, the not-full-cost note, contacts) appeared five
    # times".
    from rasa_sdk.executor import CollectingDispatcher

    verdict = {"en": "so am I eligible?", "nl": "dus kom ik in aanmerking?"}[lang]
    slots = {**TARTU, "language": lang}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, verdict, slots, "2025-10-01",
                                   intent="check_eligibility")}
    await hear(dispatcher, monkeypatch, text, slots, "2025-10-01")
    reply = texts(dispatcher)
    assert "395" in reply and "79 EUR" in reply, reply          # the figure and its rate stay
    assert "70/50" not in reply, reply                          # the rate note said with the answer
    assert t(lang, "cycle_notes_again", notes="|").split("|")[0].strip() in reply, reply  # (round 62)
    assert t(lang, "next_step_same", contacts="")[:10] in reply, reply  # the contact in short


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_priority_turning_on_an_unsaid_fact_asks_it_by_name(dispatcher, monkeypatch, lang):
    # Round 20: "Dipende da cose che non posso ricavare…" and nothing asked.
    from actions import i18n

    barcelona = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
                 "destination_city": "Barcelona", "receiving_org": "hei", "citizenship": ["IT"],
                 "start_date": "2026-04-20", "end_date": "2026-04-22", "goal": "eligibility",
                 "language": lang}
    text = {"en": "Do I get any priority?", "fr": "Est-ce que j'ai la priorité ?",
            "nl": "Krijg ik voorrang?", "it": "Ho qualche priorità?"}[lang]
    await hear(dispatcher, monkeypatch, text, barcelona, "2025-10-01")
    reply = texts(dispatcher)
    assert i18n.label(lang, "fields", "doctoral_or_postdoc_staff") in reply, reply
    assert reply.startswith(t(lang, "priority_open")), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "So for 4 months that would be around 920 euros total? And is that amount still valid today?"),
    ("en", "and the 230 euros, is that probably still the amount today?"),
    ("it", "e gli importi sono ancora validi oggi?"),
    ("nl", "gelden die bedragen nu nog?"),
    ("fr", "et ces montants sont toujours valables aujourd'hui ?"),
])
async def test_an_ended_calls_amounts_today_are_its_years_not_its_status(dispatcher, monkeypatch, lang, text):
    # Round 20: "Yes: the IMT Lucca call is closed" to "230 x 4 = 920, right? would the rates be the same?"
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "NL",
             "closed_told": "imt-lucca-2015", "goal": "eligibility", "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, "2026-12-02")
    reply = texts(dispatcher)
    assert t(lang, "rates_now", call="X").split("X")[0] in reply, reply
    assert t(lang, "next_call_unknown")[:20] in reply and "Giorgetti" in reply, reply
    assert not reply.startswith(t(lang, "answer_yes", answer="")[:3]), reply


async def test_an_open_calls_amount_question_is_not_this_answer(dispatcher, monkeypatch):
    slots = {**MUNICH, "language": "en"}
    await hear(dispatcher, monkeypatch, "is that amount still valid now?", slots, LUCCA)
    assert "for its own years" not in texts(dispatcher), texts(dispatcher)


OSLO = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "NO",
        "destination_city": "Oslo", "receiving_org": "public_body", "citizenship": ["BE"],
        "start_date": "2026-05-11", "end_date": "2026-05-14", "itm_staff_member": True, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Kunt u me niet eens een ruw dagbedrag geven voor het verblijf in Noorwegen?"),
    ("en", "Can't you give me even a rough daily amount for the stay in Norway?"),
])
async def test_an_amount_for_the_stay_in_a_country_is_no_destination_question(dispatcher, monkeypatch, lang,
                                                                               text):
    # Round 21: "Ja: Noorwegen hoort bij de met het programma geassocieerde derde landen…".
    await hear(dispatcher, monkeypatch, text, {**OSLO, "language": lang}, "2025-10-01")
    reply = texts(dispatcher)
    assert t(lang, "destination_ok_for_you") not in reply, reply
    assert "309" in reply or "Annex 1" in reply or "bijlage 1" in reply, reply


LIMA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "PE",
        "destination_city": "Lima", "receiving_org": "public_body", "citizenship": ["ES"],
        "start_date": "2026-03-02", "end_date": "2026-05-31", "goal": "eligibility", "language": "en"}


async def test_a_ranked_topic_the_words_do_not_name_is_not_said(dispatcher, monkeypatch):
    # Round 21: credit transfer and grading scales under "Only 2 grants? What are my chances? I pay …".
    from tests.actions.test_dialogue import respond

    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    text = "Only 2 grants? What are my chances? I pay for my master myself, no scholarship."
    ranking = [{"name": "inform", "confidence": 0.5}, {"name": "faq_credit_transfer", "confidence": 0.3}]
    await respond(dispatcher, text=text, intent="inform", slots=LIMA, ranking=ranking)
    reply = texts(dispatcher)
    assert "ECTS" not in reply and "grading" not in reply.lower(), reply


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_a_summary_keeps_the_guide_figure_marked_as_such(dispatcher, monkeypatch, lang):
    # Round 21: the summary said "I can't give an amount" and left out the €395 said before.
    from rasa_sdk.executor import CollectingDispatcher

    from actions import i18n

    verdict = {"en": "so am I eligible?", "nl": "dus kom ik in aanmerking?"}[lang]
    slots = {**TARTU, "language": lang}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, verdict, slots, "2025-10-01",
                                   intent="check_eligibility")}
    ask = {"en": "Can you sum it all up for me?", "nl": "Kun je alles nog eens kort samenvatten?"}[lang]
    await hear(dispatcher, monkeypatch, ask, slots, "2025-10-01", intent="nlu_fallback")
    reply = texts(dispatcher)
    guide = t(lang, "summary_short_guide", amount=i18n.fmt_eur(395, lang), days=5)
    assert guide.strip() in reply, reply


GENEVA_PHD = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
              "destination": "CH", "destination_city": "Geneva", "receiving_org": "hei",
              "citizenship": ["FR"],
              "start_date": "2026-03-16", "end_date": "2026-03-25", "itm_staff_member": False,
              "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Donc le voyage en train jusqu'à Genève n'est pas du tout remboursé ?"),
    ("en", "So the train to Geneva isn't reimbursed at all?"),
])
async def test_a_travel_question_where_there_is_no_travel_part_gets_the_travel_answer(dispatcher, monkeypatch,
                                                                                       lang, text):
    from rasa_sdk.executor import CollectingDispatcher

    verdict = {"en": "so am I eligible?", "fr": "donc je suis éligible ?"}[lang]
    slots = {**GENEVA_PHD, "language": lang}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, verdict, slots, "2025-10-01",
                                   intent="check_eligibility")}
    await hear(dispatcher, monkeypatch, text, slots, "2025-10-01")
    reply = texts(dispatcher)
    assert not reply.startswith(t(lang, "grant_sure_no", basis="")[:8]), reply
    assert "14" in reply, reply  # "regions 13 and 14": why there is no travel support for Switzerland


async def test_a_chance_all_the_same_gets_yes_you_can_apply_first(dispatcher, monkeypatch):
    # Round 21: "Non : … les priorités ne jouent pas toutes en votre faveur" read as "no chance".
    from rasa_sdk.executor import CollectingDispatcher

    slots = {**GENEVA_PHD, "language": "fr"}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, "donc je suis éligible ?", slots,
                                   "2025-10-01", intent="check_eligibility")}
    text = ("D'accord. Et vous dites qu'il n'y a que 2 bourses pour ces pays, avec priorité aux masters "
            "autofinancés. Moi en tant que doctorant, j'ai une chance quand même ?")
    await hear(dispatcher, monkeypatch, text, slots, "2025-10-01")
    reply = texts(dispatcher)
    assert reply.startswith(t("fr", "priority_can_apply")[:12]), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "2 March to 31 May 2026. Do I need an agreement between ITM and the hospital?"),
    ("fr", "Faut-il un accord interinstitutionnel entre l'IMT et l'hôpital ?"),
])
async def test_a_condition_asked_before_the_plan_is_decided_says_what_it_turns_on(dispatcher, monkeypatch,
                                                                                  lang, text):
    # Round 21: "I can't find the answer to that in the call text" (the host's kind was not said yet).
    slots = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "PE",
             "destination_city": "Lima", "goal": "eligibility", "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, "2025-10-01")
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(t(lang, "condition_depends", field="X").split("X")[0]), reply


async def test_a_topic_question_naming_a_condition_keeps_the_topic_answer(dispatcher, monkeypatch):
    # The probe itm-blended-ects broke on the way: "That depends on your plan" took the ECTS question.
    import datetime as dt

    from tests.actions.test_dialogue import respond
    from tests.actions.test_round13 import extract

    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    text = "How many ECTS does the ITM short-term blended mobility give, and is there a virtual part?"
    await respond(dispatcher, text=text, intent="faq_credits", slots={"language": "en"},
                  entities=extract(text, dt.date(2025, 10, 1)))
    reply = texts(dispatcher)
    assert "3" in reply and t("en", "condition_depends", field="X").split("X")[0] not in reply, reply


VIENNA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "enterprise", "citizenship": ["IT"],
          "start_date": "2016-02-15", "end_date": "2016-05-15", "prior_erasmus_months": 0,
          "supervisor_authorised": True, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "But wait, how is it 91 days? 15 February to 15 May is exactly three months in my count."),
    ("en", "why 91 days?"),
    ("it", "come mai 91 giorni? dal 15 febbraio al 15 maggio sono esattamente tre mesi"),
])
async def test_one_day_over_whole_months_is_explained(dispatcher, monkeypatch, lang, text):
    # Round 22: "I can't find the answer", then a month list that stopped at March.
    from rasa_sdk.executor import CollectingDispatcher

    from actions import i18n

    slots = {**VIENNA, "language": lang}
    verdict = {"en": "so am I eligible?", "it": "quindi sono idoneo?"}[lang]
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, verdict, slots, LUCCA,
                                   intent="check_eligibility")}
    await hear(dispatcher, monkeypatch, text, slots, LUCCA)
    reply = texts(dispatcher)
    no_cant_find(reply)
    over = t(lang, "day_count_one_over", end=i18n.fmt_date("2016-05-14", lang), months=3, days=90)
    assert over in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How do I get their authorisation? Through my advisor, or through the Erasmus office?"),
    ("it", "per l'autorizzazione del Consiglio Scientifico come faccio? devo chiederla io o la chiede il "
           "relatore?"),
])
async def test_how_or_through_whom_a_condition_is_requested(dispatcher, monkeypatch, lang, text):
    # Round 21/22: the condition line again, "Entrambi, per cose diverse:" with one contact.
    await hear(dispatcher, monkeypatch, text, {**VIENNA, "language": lang}, LUCCA)
    reply = texts(dispatcher)
    assert t(lang, "condition_when", reason="", who="").strip().split(":")[0][:25] in reply, reply
    assert "Giorgetti" in reply, reply


async def test_documents_to_submit_by_the_date_get_the_documents(dispatcher, monkeypatch):
    # Round 22: "What documents do I need to submit with the application by the 18th?" got the date only.
    from rasa_sdk.executor import CollectingDispatcher

    slots = {**VIENNA, "language": "en"}
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, "so am I eligible?", slots, LUCCA,
                                   intent="check_eligibility")}
    text = "What documents do I need to submit with the application by the 18th?"
    await hear(dispatcher, monkeypatch, text, slots, LUCCA)
    assert "application form" in texts(dispatcher), texts(dispatcher)


async def test_no_scholarship_good_for_me_and_how_to_apply_get_both_answers(dispatcher, monkeypatch):
    # Round 22: "Ik vind het antwoord daarop niet" to two questions it had the answers to.
    from rasa_sdk.executor import CollectingDispatcher

    salamanca = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "ES",
                 "destination_city": "Salamanca", "receiving_org": "hei", "citizenship": ["BE"],
                 "start_date": "2026-02-01", "end_date": "2026-06-30", "has_scholarship": False,
                 "goal": "eligibility", "language": "nl"}
    slots = {**salamanca, **await hear(CollectingDispatcher(), monkeypatch, "dus kom ik in aanmerking?",
                                       salamanca, "2025-10-01", intent="check_eligibility")}
    text = "dus geen beurs is eigenlijk goed voor mij? En hoe dien ik dan in, gewoon een mail sturen?"
    await hear(dispatcher, monkeypatch, text, slots, "2025-10-01")
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith("Ja"), reply                      # the priority favours her
    assert "erasmusplusmobility@itg.be" in reply and "motivatiebrief" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mon directeur de thèse est d'accord. Est-ce qu'il me faut aussi l'accord du Scientific Board ?"),
    ("en", "Do I also need the agreement of the Scientific Board?"),
])
async def test_the_boards_consent_is_not_an_inter_institutional_agreement(dispatcher, monkeypatch, lang,
                                                                          text):
    # Round 23: "Oui : Un accord interinstitutionnel … doit être signé", twice.
    munich = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "DE",
              "destination_city": "Munich", "receiving_org": "hei", "citizenship": ["FR"],
              "start_date": "2016-03-01", "end_date": "2016-05-31", "prior_erasmus_months": 0,
              "supervisor_authorised": True, "goal": "eligibility", "language": lang}
    await hear(dispatcher, monkeypatch, text, munich, LUCCA)
    reply = texts(dispatcher).split("\n")[0]
    assert "interinstitu" not in reply and "inter-institu" not in reply, reply
    assert "90" in reply, reply  # not needed: 90 days is not longer than 3 months


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Bon. Et si je vais plutôt à la TU München, en Allemagne, aux mêmes dates ?"),
    ("it", "E se andassi alla TU di Monaco invece?"),
])
def test_a_technische_universitat_is_no_tu(lang: str, text: str) -> None:
    # Round 23: "la TU München" switched a "vous" conversation to "tu" for four turns.
    from actions.phrases import register_of

    assert register_of([text], lang) is None
    assert register_of(["Est-ce que tu sais ?" if lang == "fr" else "tu sai?"], lang) == "informal"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le montant dépend-il de la ville ou seulement du pays ?"),
    ("en", "Does the amount depend on the city or only on the country?"),
])
async def test_city_or_country_gets_the_country_group(dispatcher, monkeypatch, lang, text):
    # Round 23: the durations paragraph.
    munich = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "DE",
              "destination_city": "Munich", "receiving_org": "hei", "citizenship": ["FR"],
              "start_date": "2016-03-01", "end_date": "2016-05-31", "prior_erasmus_months": 0,
              "goal": "eligibility", "language": lang}
    await hear(dispatcher, monkeypatch, text, munich, LUCCA)
    reply = texts(dispatcher)
    assert reply.startswith(i18n_country("DE", lang)) and "230" in reply, reply


def i18n_country(code: str, lang: str) -> str:
    from actions import i18n

    return i18n.country(code, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "16-18 March 2026, three days, at the Institut Pasteur, a research institute rather than a "
           "university. Is that allowed?"),
    ("it", "Ah ok, non ci avevo pensato. Allora che ne dici di Lisbona? Universidade de Lisboa"),
])
async def test_a_question_about_the_facts_just_given_gets_no_cant_find(dispatcher, monkeypatch, lang, text):
    # Rounds 21-23: "I can't find the answer" first, then the checks that answered it.
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
             "destination_city": "Paris", "goal": "eligibility", "asked": "start_date", "language": lang}
    if lang == "it":
        slots = {"call": "itm-2024", "role": "msc_student", "destination": "BE", "destination_city": "Ghent",
                 "receiving_org": "hei", "goal": "eligibility", "asked": "activity", "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, "2025-10-01")
    no_cant_find(texts(dispatcher))


async def test_a_real_side_question_with_facts_still_says_it(dispatcher, monkeypatch):
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
             "destination_city": "Paris", "goal": "eligibility", "asked": "start_date", "language": "en"}
    await hear(dispatcher, monkeypatch, "16-18 March 2026. Can my cat come along?", slots, "2025-10-01")
    assert "can't find" in texts(dispatcher), texts(dispatcher)
