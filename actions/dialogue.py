"""action_respond: the one action that answers every message (data/rules map each intent to it).

Contract with the domain (domain/*.yml): every profile slot and control slot has a `custom` mapping and is set
only here; the NLU gives an intent and entities, and this action
1. reads every fact the message states (actions/facts.py), in any state, and shows what changed;
2. answers what was asked (small talk, a question about the calls, in context with the person's facts);
3. goes on with the person's goal (actions/flow.py): the institution, a closed call, the next question,
   the answer.
Typed destructive requests (erase my data, start over) are confirmed first; buttons and payloads act at once.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.aboutchat import about_the_chat
from actions.applieddate import applied_in_time_first
from actions.applyby import why_apply_by
from actions.applyto import asks_applying
from actions.askedfirst import date_with_contact, next_question
from actions.blendedhost import round60_answers
from actions.boardaccord import meant_authorisation
from actions.calls import reload_if_changed
from actions.closedask import closed_direct_answer
from actions.closing import farewell
from actions.confirm import DESTRUCTIVE, confirmed, requested
from actions.contactvalid import contact_still_valid
from actions.conversation import anything_else, main_buttons
from actions.currency import euros_aside
from actions.dailyfirst import daily_first
from actions.documents import asks_documents
from actions.earlyasks import answer_question, authority_asked  # round 36's first, then actions/incontext.py
from actions.echecheck import eche_answers
from actions.eitheror import no_bare_yes_no
from actions.elision import elide_replies
from actions.endedboard import ended_rules_answer
from actions.endedcall import asks_would_have
from actions.endedform import ended_form_answer
from actions.facts import view
from actions.flow import GOALS, ask, proceed
from actions.graduatebefore import round61_answers
from actions.graduateq import after_degree_question
from actions.greenmode import green_mode_question
from actions.i18n import t
from actions.language import foreign_language, languages_notice
from actions.later import shift_for_the_turn
from actions.namesakeask import which_namesake
from actions.noting import apply_facts, call_for_the_dates, sorry_said
from actions.partialfunding import partial_funding_answer
from actions.phrases import QUESTION_RX, has, in_gender, in_register, status_question
from actions.prepareq import prepare_answer
from actions.profile import skipped
from actions.replylanguage import language_turn, say_again
from actions.rereading import GOAL_INTENTS, OUT_OF_SCOPE_SURE, SMALL_TALK, reread_intent
from actions.restartfacts import on_request
from actions.splitplaces import split_answer
from actions.stayextras import stay_extras_answer
from actions.thanksonly import thanks_only
from actions.turn import Turn
from actions.twoquestions import answer_the_others
from actions.unplaced import cannot_answer, second_question, unplaced
from actions.whatiffirst import yes_no_first
from actions.why import why_answer, why_asked, why_fact

logger = logging.getLogger(__name__)



class ActionRespond(Action):
    def name(self) -> str:
        return "action_respond"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        reload_if_changed()
        first = len(dispatcher.messages)
        events = await self._run(dispatcher, tracker, domain)
        # Every reply of this turn, whichever part wrote it, in the person's register ("tu", "je"), gender
        # and elisions; again after once(), whose "📧 Next step, as above: ..." is the call data's words
        # (round 29: "Uw" in a "je" conversation).
        said = [str(e.get("text") or "") for e in [*(tracker.events or []), tracker.latest_message]
                if e.get("event", "user") == "user"]
        lang = str(next((e.get("value") for e in events if e.get("name") == "language"), None)
                   or tracker.get_slot("language"))
        gender = next((e.get("value") for e in events if e.get("name") == "gender"),
                      tracker.get_slot("gender"))
        from actions.saidonce import once_per_conversation as once

        for step in (None, once):
            if step is not None:
                step(lang, tracker, dispatcher.messages, first, events)
            in_register(lang, said, dispatcher.messages[first:])
            in_gender(lang, gender, dispatcher.messages[first:])
            elide_replies(lang, dispatcher.messages[first:])
        return events

    async def _run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, again: str | None = None
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        # `again`: the previous message answered again in the language asked for (actions/replylanguage.py).
        turn, only_language = language_turn(tracker, dispatcher, text, again)
        if only_language:  # "english pls", "why dutch now?": the previous answer again in that language
            return await say_again(self, turn, tracker, domain)
        if has("foreign_courtesy", text):
            # "Alles klar, danke schön!", "gracias": thanks (or a goodbye, see respond) in the conversation's
            # language, without the notice about the languages spoken.
            turn.reread = "thank"
        elif thanks_only(turn, text):
            turn.reread = "thank"
        elif foreign_language(text):  # "Hola, ¿puedo...?": the languages it speaks, in one line (round 60)
            turn.lang = "en"
            turn.say(languages_notice(text))
        turn.set("language", turn.lang)
        if not text.strip():
            turn.say(t(turn.lang, "empty_message"), main_buttons(turn.lang))
            return turn.events()
        confirm = turn.get("confirm")
        if confirm:
            turn.set("confirm", None)
            done = confirmed(turn, confirm)
            if done is not None:
                return done
        start = len(dispatcher.messages)
        if request := requested(turn):  # (a restart restating the plan: started over, read; restartfacts.py)
            return await on_request(self, turn, request, domain)
        if turn.intent in DESTRUCTIVE:
            turn.reread = "nlu_fallback"  # no words of the request: a misreading, read as usual
        await respond(turn, domain)
        second_question(turn)
        euros_aside(turn, start)  # "395 quid?": the amounts are in euros, said once
        yes_no_first(turn, start)  # a what-if about the plan: "Yes: ..." or "No: ..." before anything else
        if not turn.options_answered:  # "... or ...?" answered option by option may keep its "No:"
            no_bare_yes_no(turn.lang, turn.text, dispatcher.messages[start:])
        applied_in_time_first(turn, start)  # "ma demande du 1er décembre était à temps ?": "Oui : ..." (53)
        daily_first(turn, start)  # "Et l'indemnité journalière ?": the individual support first (round 59)
        if len(dispatcher.messages) == start:
            # "ok", "great" after an answer: nothing to add, and no answer repeated as if it were news.
            anything_else(turn)  # ("boh, non lo so" after a condition: about it, actions/unsureafter.py)
        return turn.events()


class ActionRestart(ActionRespond):
    """Rasa maps the `restart` intent to action_restart: the same answer, so a button restarts at once, typed
    words that ask it are confirmed first, and a message misread as `restart` is read as usual."""

    def name(self) -> str:
        return "action_restart"


async def respond(turn: Turn, domain: DomainDict) -> None:
    reread_intent(turn)  # what the NLU misread, read again (actions/rereading.py)
    intent = turn.intent
    asked = turn.get("asked")
    changed, stated = apply_facts(turn, asked)
    changed = "\n".join(line for line in (changed, call_for_the_dates(turn)) if line) or None
    if which_namesake(turn, changed):  # "Grenade" alone: Granada in Spain, or the country Grenada?
        return
    # "dat maakt toch niet meer uit?", "kom ik nu in aanmerking of niet?" of an ended call: yes or no first
    if prepare_answer(turn, changed) or ended_form_answer(turn, changed) \
            or closed_direct_answer(turn, changed):
        return  # ("can I already prepare something for the next call?" first: not "No, not through it")
    shift_for_the_turn(turn)  # "what would have applied to me?" asked before: the dates a year earlier
    bye = farewell(turn)  # "ok thanks, bye", "merci, c'est tout": the goodbye (actions/closing.py)
    if bye:
        turn.say("\n".join(line for line in (changed, t(turn.lang, bye)) if line))
        return
    meant_authorisation(turn)  # "je parlais de l'accord du Conseil scientifique" said back first (round 53)
    # "samenvatting graag"; old rules; "et l'hôtel, c'est remboursé à part ?", "je dois demander à mon chef ?"
    if about_the_chat(turn, changed) or split_answer(turn, changed) or ended_rules_answer(turn, changed) \
            or stay_extras_answer(turn, changed):
        return
    # "What is the ECHE?", "how to check it?" (48, 49); the online part and the deadline, BIPs... (60)
    if eche_answers(turn, changed, stated, asked) or round60_answers(turn, changed) \
            or round61_answers(turn, changed):  # a graduate's application before graduating (61)
        return
    # "Le ferry compte-t-il aussi comme voyage vert ?" (59); "is that address still valid?" (60)
    if green_mode_question(turn, changed) or contact_still_valid(turn, changed) \
            or partial_funding_answer(turn, changed):  # "même pas un financement partiel ?" (62)
        return
    if asked == "call" and turn.get("call") and not QUESTION_RX.search(turn.text.strip()):
        # The institution given after "is the traineeship call still open?" got "which institution?": now
        # that question is answered.
        earlier = turn.earlier_text()
        if status_question(earlier) or after_degree_question(earlier):
            turn.question = earlier  # ("vorrei sapere se posso fare un tirocinio dopo il dottorato" too)
    if intent in GOAL_INTENTS:
        turn.set("goal", GOAL_INTENTS[intent])
    if asks_would_have(turn) or turn.changes.get("hypothetical") is True:
        turn.set("hypothetical", True)
        turn.set("goal", turn.get("goal") or "eligibility")
        stated = True
    if intent in SMALL_TALK and not (stated and intent in ("goodbye", "help")):
        # "ok. I'm Dutch btw" read as goodbye still states a fact: the conversation goes on without a goodbye.
        buttons = main_buttons(turn.lang) if intent in ("greet", "help") and not stated else []
        turn.say(t(turn.lang, SMALL_TALK[intent]), buttons)
        if intent != "goodbye" and (stated or asked):
            proceed(turn, changed)
        return
    # "why is that?" after an answer that stands: the rules behind it; "why 13 February?": how it is set.
    from actions.prioritysaid import priority_why
    from actions.whyown import why_own_country
    from actions.whyplace import why_not_place
    from actions.whyrole import why_refused_role

    if priority_why(turn) or why_refused_role(turn) or why_own_country(turn, changed) \
            or why_not_place(turn, changed) or why_asked(turn) or why_answer(turn, changed) \
            or why_apply_by(turn, changed):
        return
    if intent == "ask_why" and not stated and not asked and turn.get("last_decision"):
        proceed(turn, changed, all_checks=True)  # "why not?" after an answer: every check with its source
        return
    if intent == "ask_why" and not stated:
        from actions.eligibility import ActionExplainWhy

        await ActionExplainWhy().reply(turn.dispatcher, view(turn.view, requested_slot=asked), {}, turn.lang)
        if asked:
            ask(turn, asked)
        return
    if intent == "show_checks":
        proceed(turn, changed, all_checks=True)
        return
    asks_contact = "?" in turn.text and has("contact_question", turn.text)
    # "Que dois-je envoyer, à qui, et faut-il une lettre d'invitation ?": the documents answer says to whom
    # too (actions/documents.py); the contact summary given for it came again for the next such question.
    # "à qui j'envoie ma candidature ?", "do I have to find the host myself?": actions/applyto.py (round 32).
    documents = bool(turn.get("call")) and (asks_documents(turn.text) or asks_applying(turn)
                                            or authority_asked(turn)) and not has("summary_again", turn.text)
    if not documents and (turn.get("goal") == "contact" or intent == "ask_contact"
                          or has("summary_again", turn.text) or asks_contact):
        from actions.contactq import choice_instead, contact_answer
        from actions.fareq import fare_question
        from actions.nextopens import next_call_date_line

        next_call_date_line(turn)  # "who do I email about the next call? is there a date when it opens?"
        if not choice_instead(turn, changed):  # "the office or my supervisor?": yes or no first
            if not changed:  # "se il biglietto costa di più, è a mio carico? E a chi scrivo?": the fare first
                fare_question(turn)
            date_with_contact(turn)  # "tegen wanneer moet ik aanvragen en bij wie?": the date too (round 58)
            await contact_answer(turn, changed)
        answer_the_others(turn, checks_too=True)  # "et s'il n'y a pas d'accord ?" (26), "417, right?" (45)
        next_question(turn, stated, asked)  # the pending question again, or after facts the next one
        return
    # A message that states facts without asking anything is an answer, whatever topic the NLU saw in it; a
    # question before the facts still asks ("en maak ik kans? ik doe geen doctoraat of postdoc", "Isn't there
    # a new call yet? ... NGO in Accra, March to May 2027.", "il faut un accord ? je sais pas s'il y en a
    # un").
    # ("E non mi ha spiegato come si chiede al Consiglio Scientifico." asks without a question mark, and so
    # does "Je demande si on a droit à des jours de voyage supplémentaires quand on prend le train.")
    plain_answer = stated and not QUESTION_RX.search(turn.question.strip()) and "?" not in turn.question \
        and not has("unexplained", turn.question) and not has("asking_whether", turn.question) \
        and not has("indirect_question", turn.question)
    answered = "" if plain_answer or sorry_said(turn, changed) else await answer_question(turn, domain)
    turn.answered = bool(answered)
    if answered == "done":
        return
    if answered:
        if stated or asked or turn.get("goal") in GOALS:
            proceed(turn, changed)
        return
    from actions.faq import likely_topics

    in_flow = bool(turn.get("goal") or asked)
    sure_out = intent == "out_of_scope" and turn.confidence >= OUT_OF_SCOPE_SURE
    replaced = bool(changed and "→" in changed)  # an "Updated: old → new" line, not a first "Noted:" fact
    if sure_out and not in_flow and not (turn.what_if or replaced):
        stated = False  # "can you book me a flight to Madrid?" names a city but asks for nothing we do
    if stated or intent in GOAL_INTENTS or in_flow and intent in ("affirm", "deny", "dont_know"):
        turn.set("goal", turn.get("goal") or "eligibility")
        if not stated and asked and intent not in GOAL_INTENTS and asked not in skipped(turn.view) \
                and not unplaced(turn):  # a question: its "I can't find" alone, not two fallbacks (round 37)
            turn.say(t(turn.lang, "unclear_answer_retry"))
        told = bool(turn.get("last_decision"))
        # "I can't find" is decided once the turn's checks are said (one may answer the question), and said
        # where it belongs: "do I keep my salary?" mid-form before the next question.
        pending, start = None, len(turn.dispatcher.messages)
        if asked and why_fact(turn, asked):
            pass  # "waarom is dat van belang?": the rules that need the fact, not "I can't find"
        elif asked and unplaced(turn):  # after an answer too: its new verdict answers no question (round 39)
            pending = start
        proceed(turn, changed)
        if pending is not None:
            cannot_answer(turn, in_form=True, at=pending)
        elif told and unplaced(turn) and not ((changed or stated) and has("matters_question", turn.text)):
            # ("does that matter?" about a fact just changed is answered by the update)
            cannot_answer(turn, since=start)
        return
    if in_flow:
        # Mid-conversation: "can I go then?" is about the plan; a question that cannot be placed after an
        # answer gets the likeliest topics, not the same answer again; anything else is said to be out of
        # scope and the pending question comes again.
        if not asked and turn.get("last_decision") and unplaced(turn):
            cannot_answer(turn)
            return
        # "dois-je prendre des congés ?" while a fact is asked: not the question again as if unheard.
        unplaced_here = asked and not why_fact(turn, asked) and unplaced(turn)
        pending = len(turn.dispatcher.messages) if unplaced_here else None
        if "?" not in turn.text and intent == "out_of_scope" and turn.confidence >= OUT_OF_SCOPE_SURE:
            turn.say(t(turn.lang, "out_of_scope_in_flow"))
        proceed(turn, changed)
        if pending is not None:
            cannot_answer(turn, in_form=True, at=pending)
        return
    # The facts read are kept and said back, so they can be corrected ("sono dottorando all'ITM, mi consigli
    # un ristorante a Bologna?"): no fact stored unsaid (round 62).
    out = "\n".join(line for line in (changed, t(turn.lang, "out_of_scope")) if line)
    turn.say(out, likely_topics(turn.view, turn.lang) + main_buttons(turn.lang)[:2])


