"""Questions asked in the middle of a conversation, answered with the person's own facts (yes or no first):
is the call still open, is this country in the programme, do I need this authorisation, which languages; and
the calls' topics (actions/faq.py). The caller resumes the conversation afterwards."""
from __future__ import annotations

import datetime as dt
import logging

from rasa_sdk.types import DomainDict

from actions.amountback import estimate_said_back
from actions.callstatus import status_answer
from actions.factquestions import each_question, in_context
from actions.homecountry import home_country_question
from actions.languageq import language_question
from actions.newercall import newer_call_asked
from actions.phrases import QUESTION_RX, has, status_question
from actions.samedate import same_for_everyone
from actions.turn import Turn

logger = logging.getLogger(__name__)

async def answer_question(turn: Turn, domain: DomainDict) -> str:
    """'' when the message asks nothing handled here; 'resume' when answered and the conversation goes on;
    'done' when the answer ends the turn (a closed call)."""
    text = turn.text
    # "I understand it's closed, but is there a new call?": the newer call is what is asked, never a "Yes:"
    # to the status the person has just acknowledged.
    from actions import askabout
    from actions.noteq import note_country_question
    from actions.priorityq import chances_question, priority_fact

    # "t'as dit qu'il y a que 2 bourses pour les pays tiers, donc la suisse aussi ? j'ai des chances ?":
    # whether that note concerns the country, then the chances; not the destination's verdict again
    # (round 31).
    # "dois-je parler français ou passer un test de langue ?", "which languages do you speak?" (round 41)
    if note_country_question(turn) or language_question(turn):
        return _and_the_others(turn, "resume")
    from actions.hostpay import host_pay_question

    # A staff member's contract (round 34); pay from the host, before the scholarship's answers (round 36)
    from actions.phdstaffq import phd_staff_question
    from actions.staffcontract import employment_contract_question

    # (a PhD student's contract at ITM, the doctoral route with staff status: round 51)
    if phd_staff_question(turn) or employment_contract_question(turn) or host_pay_question(turn):
        return _and_the_others(turn, "resume")
    from actions.nogrant import refused_grant
    from actions.scholarshipq import still_get_grant

    if refused_grant(turn):  # "would I receive it?" of a plan the rules turn down: no (round 35)
        return _and_the_others(turn, "resume")
    # "does my FWO grant mean I might get nothing?", "can I still get an Erasmus grant on top of my FWO?": the
    # call's topic on other scholarships, the right way round, before the priorities and combining (round 32).
    if still_get_grant(turn, first=True):
        return _and_the_others(turn, "resume")
    # "So I can still apply, just with lower priority?": whether a priority excludes them, not the status;
    # "I have a DGD scholarship. Is that a problem? Can I still get the grant?": what the priorities make of
    # the scholarship, not "your answer stays the same" alone.
    from actions.countq import count_question
    from actions.nochance import no_chance_question

    # "hoeveel plekken zijn er eigenlijk? maak ik nog een kans met mijn beurs?": how many grants there are
    # (or that the call does not say), then the chances; the places were skipped (round 38).
    counted = count_question(turn)
    from actions.scholarshipamount import scholarship_amount
    from actions.scholarshipraise import raised_question

    # "ik heb geen studiebeurs, maakt dat iets uit voor het bedrag?": the amount, then the priority (round
    # 45); "is it my PhD scholarship that goes up by 50%?": the call's note on it, not its topic (round 46)
    if raised_question(turn) or scholarship_amount(turn):
        return _and_the_others(turn, "resume")

    # ("Donc aucune chance du tout, ou ça dépend d'autre chose ?": not "no chance", and on what it depends)
    # ("is going to my own country allowed?", "where does it say that?": actions/homecountry.py)
    from actions.earliergrant import earlier_grant_question

    # ("I had one in the master, so I have less chances?": that priority alone, round 58)
    from actions.phdneeded import phd_needed_question

    # ("does it matter that I don't have a PhD?": not required, then the priority; round 63)
    if earlier_grant_question(turn) or home_country_question(turn) or no_chance_question(turn) \
            or phd_needed_question(turn) or chances_question(turn) or priority_fact(turn) or counted:
        return "resume"
    from actions.cumulate import combining_question
    from actions.stands import renamed_same

    if renamed_same(turn):
        return ""  # "it's actually NOVA University Lisbon. Does that change anything?": the answer stands

    from actions.amountparts import parts_question
    from actions.placeamount import place_amount_question

    # "Is dat voor Portugal anders dan voor Frankrijk?": the amount for each place, compared (round 45)
    if place_amount_question(turn):
        return _and_the_others(turn, "resume")
    from actions.topupq import top_up_question

    # "les 1188 € de voyage sont compris dans les 3709 € ou c'est en plus ?": the parts of the total, before a
    # top-up or other funding is read in "en plus".
    if parts_question(turn):
        return _and_the_others(turn, "resume")
    # "Krijgen stagiairs een toeslag?", "iets extra bovenop de gewone beurs?": the grant's top-ups, before
    # other funding ("bovenop de beurs" also says combining).
    if top_up_question(turn):
        return "resume"
    # "Kan ik dit combineren met een reisbeurs van het FWO?": other funding, not the travel support.
    if combining_question(turn):
        return "resume"
    from actions.earlyq import apply_early_question

    # "Should I apply early, since it is first come, first served?": before the dates and the priorities.
    if apply_early_question(turn):
        return _and_the_others(turn, "resume")  # ("… and where do i get the application form")
    # "who do I send the application to, my supervisor or that itg email?": where it goes, not a condition or
    # the selection criteria; "do I have to find the host myself?": the call does not say (round 32).
    from actions.applyself import apply_self_question
    from actions.applyto import apply_to_question, host_question

    # "moet ik zelf een aanvraag indienen? of regelt de universiteit dat?": yes, and how (round 45)
    if apply_self_question(turn) or apply_to_question(turn) or host_question(turn):
        return _and_the_others(turn, "resume")
    from actions.oldamounts import later_amounts
    from actions.ratesnow import rates_now_question

    # "Is that amount still valid today?" about an ended call: its amounts were its years' (not its status);
    # "for 2027, the same 920?": only its own years', shown for the same dates in its period.
    if later_amounts(turn) or rates_now_question(turn):
        # (nothing stated with it, the dates a year earlier aside: no form question after it, round 60)
        from actions.pastcase import CASE_SLOTS

        return "resume" if turn.restated or turn.what_if - CASE_SLOTS - {"last_decision"} else "done"
    # "But I defend my thesis on 15 March 2016. Can I still apply?": the rule for recent graduates, not the
    # call's status or the graduation day read as the day of applying ("15 March 2016 would be too late").
    # (a graduation after the stay's end first: nothing changes, round 45 got the recent graduates' "No")
    from actions.defencedate import defence_question
    from actions.graduateq import despite_graduating, graduate_question

    if defence_question(turn) or despite_graduating(turn) and graduate_question(turn):
        return "resume"
    # ("I know it's closed, but how much would I have got?": the amount for the case, not the status again)
    if status_question(turn.question) and not _asks(turn, "next_call") and not has("would_have_got", text):
        return _and_the_others(turn, status_answer(turn))
    if turn.is_payload:
        return await _faq(turn, domain)
    from actions.datemeaning import date_meaning

    # "en die 31 juli dan, wat was dat?": what that date of the call is (round 33: "I can't find").
    if date_meaning(turn):
        return _and_the_others(turn, "resume")
    from actions.applyby import apply_by_check
    from actions.plancheck import plan_check
    from actions.recap import recap_check
    from actions.stands import still_right
    from actions.withapp import in_application

    # "My promotor hasn't signed yet: a problem for applying before 18 January?": the authorisation's timing,
    # not the date to apply by alone.
    if in_application(turn):
        return _and_the_others(turn, "resume")
    # "so: eligible, 309 €, before 13 February, right?", "e la scadenza? 4 marzo 2026?": what was told
    # ("c'est bien KU Leuven du 1er mars au 30 juin ?": the plan's facts, from the plan, round 61)
    if plan_check(turn) or recap_check(turn) or estimate_said_back(turn) or same_for_everyone(turn) \
            or apply_by_check(turn) or still_right(turn):
        return _and_the_others(turn, "resume")
    from actions.applyby import applying_asked
    from actions.documents import what_to_send

    # "si je ne postule qu'en février, ça passe ?": the person's date to apply by, and whether February is
    # ("what must I send by 18 January?" asks the documents: the date is context).
    if applying_asked(turn) and not _asks(turn, "next_call") and not what_to_send(turn.text):
        return _and_the_others(turn, status_answer(turn))
    if _asks(turn, "next_call") or newer_call_asked(turn):  # ("is there a call for 2026-2027 yet?")
        from actions.endednext import would_have_applied_line
        from actions.later import next_call

        applied = would_have_applied_line(turn, _current_call(turn))  # "when would I have had to apply, and"
        if applied:
            turn.say(applied)
        next_call(turn, _current_call(turn))
        # With the plan's facts in the same message, the conversation goes on ("... NGO in Accra, March to
        # May 2027": dates after an ended call are said to be so; "Would Lisbon work instead?": that case).
        return "resume" if turn.restated or turn.what_if else "done"
    from actions.meaningq import meaning_question

    # "I'm not sure what you mean by ITM staff membership?": that question explained, not "I can't find".
    if meaning_question(turn):
        # "c'est quoi cette partie virtuelle ? et si y en a pas je peux pas partir ?": the other one too, the
        # one explained once (round 39 left the second unanswered)
        from actions.termmeaning import what_is_term
        from actions.twoquestions import other_questions

        other_questions(turn, lambda one: not (has("meaning_question", one.text) or what_is_term(one.text))
                        and each_question(one))
        return "resume"
    from actions.twoquestions import other_questions

    # "How many months are left? Is my scholarship a problem?": each question its answer (after the one the
    # whole message gets, or on their own when the whole message got none).
    if in_context(turn) | other_questions(turn, each_question):
        return "resume"
    from actions.scholarshipq import fact_topic

    return await _faq(turn, domain) or fact_topic(turn) or askabout.named_topic(turn)


def _and_the_others(turn: Turn, answered: str) -> str:
    """"So I apply by 18 January? And must the company sign anything?": after the dates or the call's status,
    each other question of the message on its own (round 24: the date to apply by, and nothing else)."""
    if answered == "resume" and not getattr(turn, "early_whole", False):  # (round 59: earlyq said it whole)
        from actions.twoquestions import other_questions

        other_questions(turn, each_question)
    return answered


def _current_call(turn: Turn) -> str:
    """The conversation's call, else the current call whose deadline is latest (the programme as it stands
    today: on 10 January 2016 IMT Lucca's 2015/2016 call, not ITM's 2024-2026 one and its post-2021 rules)."""
    call_id = turn.get("call")
    if call_id:
        return str(call_id)
    from actions.calls import call_ids, closes, current_calls

    return max(current_calls() or call_ids(), key=lambda c: closes(c) or dt.date.min)


def _asks(turn: Turn, key: str) -> bool:
    return has(key, turn.text) and ("?" in turn.text or QUESTION_RX.search(turn.text.strip()) is not None)


async def _faq(turn: Turn, domain: DomainDict) -> str:
    from actions.faq import FAQ_TOPICS, MIN_CONFIDENCE, ActionAnswerFaq

    if turn.intent not in FAQ_TOPICS:
        return ""
    if turn.intent == "faq_scholarship_compatibility" and has("how_much", turn.text):
        return ""  # "quanto prenderei di borsa?": how much the Erasmus+ grant is, not another scholarship
    if turn.confidence < MIN_CONFIDENCE and (turn.get("goal") or turn.get("asked")):
        return ""  # a hesitant topic guess in the middle of a conversation: go on with it instead
    if turn.intent == "faq_several_countries" and _one_place(turn):
        return ""  # "Allora al Max Planck Institute ... di Monaco di Baviera, stesse date?": the destination
    from actions.owndates import about_own_dates

    if about_own_dates(turn):
        return ""  # "my dates are still 13 to 24 april": the stay's own dates, no topic asked
    await ActionAnswerFaq().reply(turn.dispatcher, turn.view, domain, turn.lang)
    return "resume"


def _one_place(turn: Turn) -> bool:
    """One city or country named (another destination for the stay, round 56), no words of a stay in more than
    one place ("two countries", "anche")."""
    cities = [e for e in turn.entities if e.get("entity") == "city"]
    countries = [e for e in turn.entities if e.get("entity") == "country" and e.get("role") != "citizenship"]
    return bool(cities or countries) and len(cities) <= 1 and len(countries) <= 1 \
        and not has("several_places", turn.text)
