"""Words that name a fact without stating it: a person named as the source of news ("my supervisor said it
might be March"), a fact asked about ("how do I know if Lisbon has it"), one the person takes back ("I didn't
say it has an ECHE"), an activity named to compare ("compared to study"), the institution's own country,
a country asked about while the nationality is pending, a word asked about or quoted ("what does self-funded
mean?"), employment words said by a PhD student (the staff status, not a new role), a hypothetical (answered
for that case, never stored). Used by actions/facts.py, actions/dialogue.py and actions/incontext.py, so the
fact reader and the question answerer read a mention the same way."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import NEGATION_RX, PHRASES, has, negated_before
from actions.postkind import kind_denied

SEGMENT_RX = re.compile(r"[,;:]|\b(?:and|but|et|mais|en|maar|e|ma)\b", re.I)


def said_by(text: str, end: int) -> bool:
    """"my supervisor just said it might be March": the mention ending at `end` is who said something."""
    return PHRASES["said_by"].search(text[end:end + 40]) is not None


def segment(text: str, start: int, end: int) -> str:
    """The part of the sentence around a mention, between commas and "and"/"but" ("whats an ECHE")."""
    left, right = when.clause_span(text, start, end)
    cuts = [m for m in SEGMENT_RX.finditer(text, left, right)]
    seg_left = max([m.end() for m in cuts if m.end() <= start], default=left)
    seg_right = min([m.start() for m in cuts if m.start() >= end], default=right)
    return text[seg_left:seg_right]


def asked_about(text: str, start: int, end: int) -> bool:
    """Whether the mention is inside a question about it: "whats an ECHE", "how do I know if it has one",
    "do I need the board?" (its own part of the sentence asks; "my supervisor agreed, do I need the board?"
    still states the supervisor's yes)."""
    if has("embedded_question", when.clause(text, start, end)):
        return True
    return segment(text, start, end).rstrip().endswith("?")


def meaning_asked_out(text: str) -> str:
    """The text without its sentences that ask what a word means ("Wat bedoelt u met ITG-personeelslid?",
    "c'est quoi le statut de membre du personnel ?"): a word asked about is no fact stated (round 24 took
    "personeelslid" as the ITM staff status)."""
    return " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if not has("meaning_question", s))


def named_facts(text: str, asking: bool = False) -> list[str]:
    """The yes/no facts a message names as facts: not as the source of news, nor in talk about the
    conversation ("I didn't ask about supervisor authorisation"). `asking`: the facts a question names, all
    but one the person says they were not talking about ("je ne parlais pas d'un accord entre institutions,
    est-ce que mon directeur de thèse doit donner son feu vert ?" asks about the supervisor only)."""
    from actions.metatalk import disowned

    out = []
    for name, rx in PHRASES["fact_words"].items():
        match = rx.search(text)
        if not match or disowned(text, match.start()):
            continue
        if name == "virtual_component" and _applying_online(text):
            continue
        if asking:
            out.append(name)
            continue
        if said_by(text, match.end()):
            continue
        clause = when.clause(text, match.start(), match.end())
        if has("meta_talk", clause) or has("denied_saying", clause):
            continue
        out.append(name)
    return out


def _applying_online(text: str) -> bool:
    """"Y a un formulaire en ligne ou j'envoie un mail ?": "online" about applying, not a virtual component
    (round 37); a virtual word elsewhere in the message still names it."""
    rest = PHRASES["online_application"].sub(" ", text)
    return rest != text and not PHRASES["fact_words"]["virtual_component"].search(rest)


SHORT_ANSWER = 3  # words


def self_funded(text: str) -> bool | None:
    """"I pay it myself", "je suis autofinancée": no other scholarship (True); "so I'm not self-funded",
    "je ne suis pas autofinancée": a scholarship (False); not "what does self-funded mean?" (asked about),
    "it says priority goes to self-funded students" (the call's words said back) nor "about the priority for
    self-funded students" (said of others): None."""
    short = len(text.split()) <= SHORT_ANSWER  # "self-funded" alone answers a question about it
    for match in PHRASES["self_funded"].finditer(text):
        clause = when.clause(text, match.start(), match.end())
        mine = short or has("self_words", segment(text, match.start(), match.end()))
        if mine and not asked_about(text, match.start(), match.end()) and not has("meta_talk", clause) \
                and not has("quoting", clause):
            seg = segment(text, match.start(), match.end())
            before = seg[:seg.find(match.group(0))] if match.group(0) in seg else ""
            return not (negated_before(text, match.start()) or NEGATION_RX.search(before))
    return None


# What a funder may be named as: an organisation, or the country or city the money comes from ("a scholarship
# from Germany" names no destination and no origin; round 31 noted Germany as the country of origin).
FUNDER_KINDS = ("receiving_org", "country", "city")


def funder(text: str, start: int) -> bool:
    """"ma bourse vient d'une fondation", "a grant from a company", "de overheid geeft mijn beurs": the
    organisation named at `start` pays, it is not where the person goes ("a traineeship at a foundation"
    is)."""
    return PHRASES["funded_by_before"].search(text[max(0, start - 60):start]) is not None \
        or PHRASES["funds_after"].search(text[start:start + 60]) is not None


def compared(text: str, start: int) -> bool:
    """"un contributo extra rispetto allo studio": the activity after "compared to" is not the person's."""
    return PHRASES["comparison_before"].search(text[max(0, start - 30):start]) is not None


def what_if(text: str, tracker: Tracker | None = None, values: dict[str, Any] | None = None,
            entities: list[dict[str, Any]] = ()) -> bool:
    """"What if it ended on 30 June?", "se la data di fine fosse il 30 giugno": a case, not a fact. Weaker
    words ("si je reste jusqu'au 15 juillet, ça passe ?", "out of curiosity ... say next year I ...", a
    place asked about on its own: "London, UK yes or no?") make a case only when the message would change a
    fact already given: the same words without one state the plan ("when must I apply if I leave on 1
    October?")."""
    from actions.placecase import place_asked

    if has("what_if", text):
        return True
    if tracker is None or not values:
        return False
    from actions.activitycompared import other_activity_asked
    from actions.casevariation import varies_the_case

    if other_activity_asked(text, tracker, values):
        return True  # "Serait-elle plus adaptée à mon séjour ?" of another activity (round 49)

    if varies_the_case(text, tracker, values):
        return True  # "and Dakar instead, same NGO type?" while a case is discussed (round 39)
    from actions.triedplace import next_try

    if next_try(text, tracker, values):
        return False  # "what about TU Munich then?" after "not eligible": the plan moves (round 51)
    if not (sets_up_a_case(text) or place_asked(text, list(entities)) or has("whyrefused_place", text)):
        return False  # ("why is Switzerland not accepted?" of the place refused before: no move, round 62)
    from actions.profile import PROFILE_SLOTS

    return any(name in PROFILE_SLOTS and tracker.get_slot(name) not in (None, []) and value not in (None, [])
               and value != tracker.get_slot(name) for name, value in values.items())


def sets_up_a_case(text: str) -> bool:
    """A condition in a sentence that asks ("als ik ... eindigt op 30 juni, heb ik ... nodig?"), or words
    that set a case up in a message that asks ("Out of curiosity, is a conference ever funded? Say ..."); a
    question opened by its verb asks without its mark ("could i go june to september instead")."""
    if "?" not in text:
        return has("asked_by_verb", text) and has("case_words", text)
    if has("case_words", text):
        return True
    return any("?" in when.clause(text, m.start(), m.end()) for m in PHRASES["if_clause"].finditer(text))


def kept_in_question(kind: str, sentence: str, of_self: bool) -> bool:
    """A role or a length named in a question once that fact is known that still states something: a role
    said of oneself or changed ("can I do it as staff instead?"), a role or a length in a case ("what if I
    only went 4 days?", "en als ik maar 4 dagen ga?": the case's end, counted from the start; round 28
    dropped the length and got "I can't find")."""
    # A length only in words that make a case on their own: a weaker condition is often about something
    # else ("als ik nog 60 dagen over heb, kan ik ... twee maanden doen?": the days left).
    return has("what_if", sentence) or kind == "role" and (of_self or has("change_of_mind", sentence))


def home_aside(tracker: Tracker, ent: dict[str, Any]) -> bool:
    """"c'est l'IMT de Lucca, en Italie": the institution's own country, named while a destination is set."""
    destination, call_id = tracker.get_slot("destination"), tracker.get_slot("call")
    if not destination or not call_id:
        return False
    from actions.profile import core

    try:
        home = core().get_call(call_id).home.country
    except Exception:  # a call without a home: nothing to compare
        return False
    return str(ent.get("value")).upper() == str(home).upper() != str(destination).upper()


def asks_about_a_place(text: str, asked: str | None) -> bool:
    return asked in ("citizenship", "country_of_origin") and "?" in text and has("destination_question", text)


def drop_countries_asked_about(text: str, asked: str | None, entities: list[dict[str, Any]],
                               tracker: Tracker | None = None) -> list[dict[str, Any]]:
    """"Is Turkey part of Erasmus?" asked while the nationality is pending is a question about a place, not
    the nationality; nor is "is there an agreement with Portugal?", which moves no destination given either
    (actions/placeasked.py)."""
    if tracker is not None:
        from actions.placeasked import drop_places_asked_about

        entities = drop_places_asked_about(tracker, text, asked, entities)
    if not asks_about_a_place(text, asked):
        return entities
    return [e for e in entities if not (e.get("entity") == "country" and e.get("role") != "citizenship")]


def say_what_if(turn: Any, values: dict[str, Any]) -> bool:
    """"se la data di fine fosse il 30 giugno...?": the case's facts are set for this turn only (the Turn
    never returns them as events) and said as such, before the answer for that case."""
    from actions import i18n
    from actions.answer import show_value
    from actions.profile import PROFILE_SLOTS

    if not what_if(turn.text, turn.tracker, values, turn.entities) \
            or not any(name in PROFILE_SLOTS for name in values):
        return False
    # What the person was told stays what it was: the next "so can I go?" answers their own facts. A fact
    # about the person not given before ("Note that I'm an Italian citizen") is theirs, not the case's: it is
    # kept (round 20 asked the nationality again right after). A fact named again as it stands is no part of
    # the case ("si l'IMT en a un avec Laval ?" with Laval given), and no case alone.
    own = {n for n, v in values.items() if n in PERSONAL_FACTS and v not in (None, [])
           and turn.tracker.get_slot(n) in (None, [])}
    case = {n: v for n, v in values.items() if n not in own and v != turn.get(n)}
    if not any(name in PROFILE_SLOTS for name in case):
        return False
    turn.what_if |= {*case, "skipped", "last_decision", "duration"}  # (a past case's too: pastcase.py)
    words = values.get("city_words") or turn.get("city_words")  # the case's city as the person spelt it
    facts = [f"{i18n.field_told(turn.lang, n)}: {show_value(n, v, turn.lang, words)}"
             for n, v in case.items() if n in PROFILE_SLOTS and v not in (None, [])]
    from actions.keepcase import keep_button, store_case

    for name, value in values.items():
        turn.set(name, value)
    store_case(turn, case)
    if own:
        said = [f"{i18n.field_told(turn.lang, n)}: {show_value(n, values[n], turn.lang, words)}"
                for n in own]
        turn.say(i18n.t(turn.lang, "noted", facts="; ".join(said)))
    turn.say(i18n.t(turn.lang, "what_if_facts", facts="; ".join(facts)), keep_button(turn.lang))
    return True


# Facts about the person, not about the plan: said in a what-if, they are the person's own.
PERSONAL_FACTS = frozenset(("citizenship", "country_of_origin", "has_scholarship", "itm_staff_member",
                            "prior_erasmus_months", "graduation_date", "doctoral_or_postdoc_staff"))


def employed_phd(tracker: Tracker, text: str, values: dict[str, Any]) -> None:
    """"ja, ik ben in dienst van het ITG als assistent" said by a PhD student: many are employed, so it is
    the ITM staff status the call asks about, not a new role (unless they change their mind). "dus ja ik denk
    dat ik personeel ben" too (round 51 switched the role and the activity without a word): the PhD student's
    plan keeps its facts and is judged as it is, the staff route offered with the answer."""
    staff_words = has("staff_member_word", text)
    if staff_words and (tracker.get_slot("asked") == "itm_staff_member" or has("own_staff_said", text)
                        or "?" in text and has("doctoral_route_words", text)
                        or has("as_staff_asked", text) and has("amount_asked", text)):
        # "dus ja ik denk dat ik personeel ben": the status said of oneself, no role chosen ("what if I
        # applied as staff?", "set my status to staff" choose one); "dus ik ga nu als personeel ipv korte
        # doctorale mobiliteit? waarom ...?" asks about the doctoral route, "wat krijg ik dan als personeel?"
        # the amount in that case (actions/phdstaffq.py)
        staff_words = False
    if values.get("role") == "staff" and tracker.get_slot("role") == "phd_student" \
            and not has("change_of_mind", text) and not staff_words:
        values.pop("role")
        values["itm_staff_member"] = True
    employed_claim = values.get("role") == "staff" or tracker.get_slot("role") == "phd_student"
    if works_at_negated(text) and employed_claim:
        # "ik ben niet in dienst van het ITM": a PhD student without the ITM staff status.
        values.pop("role", None)
        values["itm_staff_member"] = False


def works_at_negated(text: str) -> bool:
    """"niet in dienst", "not employed by ITM", "je ne travaille pas à l'IMT": working there, said negated."""
    # "I'm a senior lecturer, not a postdoc": a position denied, not the employment.
    # "geen vast personeel": the kind of post denied, not the employment (actions/postkind.py).
    return any(negated_before(text, m.start()) and not PHRASES["doctoral_position"].match(text, m.start())
               and not kind_denied(text, m.start(), m.end()) for m in PHRASES["works_at"].finditer(text))
