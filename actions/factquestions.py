"""The questions answered with the person's own facts, the most specific first (moved out of
actions/incontext.py, which asks them after the call's status, the topics and the earlier answers)."""
from __future__ import annotations

from actions.awardsure import award_question
from actions.conditions import condition
from actions.defencedate import defence_question
from actions.homecountry import home_country_question
from actions.homemeaning import home_meaning_question
from actions.hosttypeq import host_type
from actions.languageq import language_requirement_question
from actions.phdyear import phd_year_question
from actions.residenceq import residence_question
from actions.signoff import sign_off_question
from actions.turn import Turn


def each_question(turn: Turn) -> bool:
    """One question of several: the answers with the person's facts, else a call topic its words name."""
    from actions import askabout
    from actions.amountjoined import amount_of_several

    # ("roughly how much would I get, and can I apply now?": the amount too, round 48)
    from actions.applyby import apply_by_check

    # ("... ha la Carta ECHE? E il 2 gennaio 2026 è proprio l'ultimo giorno utile?": the date too, round 53)
    return in_context(turn) or apply_by_check(turn) or bool(askabout.named_topic(turn)) \
        or amount_of_several(turn)


def in_context(turn: Turn) -> bool:
    """The questions answered with the person's own facts, the most specific first; whether one answered."""
    from actions import askabout
    from actions.agreementq import agreement_need_question, board_how_question

    # Most specific first: what no call addresses (a visa) before the grant the NLU may have read in it, how
    # the days are counted before the grant ("why 59 days?"), the online part of a blended mobility before
    # the days of its grant ("worden de online dagen ook betaald?"), a named contact before the supervisor as
    # a fact, "how do I check the ECHE" before the ECHE as a condition, a learning agreement before the
    # inter-institutional one and before the documents to send, what the host must sign before what the host
    # may be ("must the company sign anything?" got "Yes: a company may host"), green travel before travel
    # support in general. When to apply for one's own dates after an ended call comes first (no rule of a call
    # covers them), and "no figure, not even a rough one" before the grant block that had no figure either.
    # Whether the amount is for the whole stay comes before when it is paid (it says that part too), extra
    # travel days and flying before the grant follow-ups that read "en plus" or a travel word as the amount.
    # "What else could I do?" (or "a shorter study period instead?") before the durations it names.
    # An agreement between institutions named, and how the Board's authorisation is got, before the documents
    # to send and the host's kind read them (round 48).
    # Who requests a condition before whether it is needed ("is it up to me to ask the board?"). Whether a
    # part is in the total shown ("les 1188 € sont compris dans les 3709 € ?") before all of them.
    # "Is the 395 on top of travel, or must it cover the flights?" after the extra travel days and flying,
    # before the travel support alone; "something extra for green travel?" and "could my scholarship leave me
    # with nothing?" before the top-ups and grant follow-ups that read "extra" or "on top" as the amount.
    from actions.amountparts import parts_question
    from actions.amountwhy import amount_why
    from actions.applyself import apply_self_question
    from actions.applyto import apply_to_question, host_question
    from actions.contactq import contact_choice
    from actions.cycleq import earlier_degree_question
    from actions.dailygroups import daily_group_question
    from actions.dailyshare import daily_share_question
    from actions.daycount import day_count_answer
    from actions.definiteq import definite_question
    from actions.destinationq import destination_question

    # (where the application goes and who finds the host also answer one question of several: "should I sort
    # something out with Uni Wien first? what do I put in the email")
    # ("yes or no for portugal?" right after a travel question: the travel support, not the destination)
    # (what the call's "home country" is, before whether going there is allowed: round 45)
    # ("if the ticket costs more, is the difference mine to pay?": the fixed band, before the travel answers)
    from actions.doctoralwhat import doctoral_activity_question
    from actions.documents import documents_question, learning_agreement
    from actions.earliermonths import earlier_months_question
    from actions.endbyq import end_by_why
    from actions.fareq import fare_question
    from actions.flyingq import flying_question
    from actions.graduateq import graduate_question
    from actions.grantq import grant_followup
    from actions.greencall import green_in_call
    from actions.groupq import group_question
    from actions.ifnotq import if_not_question
    from actions.intlorg import international_org_question
    from actions.lengthq import length_question
    from actions.maxstay import max_stay_question
    from actions.monthlysum import monthly_sum_question
    from actions.monthsleft import months_left_question
    from actions.nationalityq import nationality_question
    from actions.nofigure import no_figure_question
    from actions.noteq import note_country_question
    from actions.optionsq import options_question
    from actions.phdneeded import phd_needed_question
    from actions.priorityq import priority
    from actions.projected import real_trip_deadline
    from actions.refsum import reference_sum_question
    from actions.scholarshipamount import scholarship_amount
    from actions.scholarshipq import still_get_grant
    from actions.scholarshipraise import raised_question
    from actions.semesterq import semester_question
    from actions.stayq import stay_question
    from actions.teachalong import teaching_alongside
    from actions.topupq import top_up_question
    from actions.totalmonth import total_and_month_question
    from actions.travelasked import travel_followup
    from actions.traveldays import travel_days_question
    from actions.travelpart import covers_travel_question
    from actions.travelq import travel_question
    from actions.uncovered import uncovered_question
    from actions.virtualq import skip_virtual_question, virtual_question
    from actions.whoasks import who_asks
    from actions.wholestay import whole_stay_question

    # ("would fieldwork training count for short-term doctoral mobility?" got the amounts, round 55)
    # ("why it say 211 and not 285?": the travel figures, not the day count, round 56)
    # ("... could I still give one or two lectures at Porto?": teaching with the training, round 60)
    # ("how is the daily money worked out?", "less per day after 2 weeks?": before the day count and the
    # durations, round 63)
    return bool(teaching_alongside(turn) or daily_share_question(turn) or phd_needed_question(turn)
                or amount_why(turn) or doctoral_activity_question(turn) or award_question(turn)
                or green_in_call(turn)
                or language_requirement_question(turn)
                or definite_question(turn) or home_meaning_question(turn)
                or defence_question(turn) or phd_year_question(turn)
                or home_country_question(turn)
                or fare_question(turn) or travel_followup(turn)
                or parts_question(turn)
                or apply_self_question(turn)
                or apply_to_question(turn) or host_question(turn) or real_trip_deadline(turn)
                or who_asks(turn) or total_and_month_question(turn) or monthly_sum_question(turn)
                or whole_stay_question(turn)
                or uncovered_question(turn) or graduate_question(turn) or end_by_why(turn)
                or options_question(turn) or virtual_question(turn)
                or day_count_answer(turn) or group_question(turn) or daily_group_question(turn)
                or reference_sum_question(turn) or no_figure_question(turn)
                or travel_days_question(turn) or flying_question(turn) or covers_travel_question(turn)
                or askabout.green_extra(turn) or raised_question(turn) or scholarship_amount(turn)
                or still_get_grant(turn)
                or top_up_question(turn) or grant_followup(turn) or contact_choice(turn)
                or nationality_question(turn) or earlier_degree_question(turn) or semester_question(turn)
                or max_stay_question(turn) or months_left_question(turn)
                or earlier_months_question(turn)
                or stay_question(turn) or length_question(turn) or residence_question(turn)
                or note_country_question(turn) or international_org_question(turn)
                or destination_question(turn)
                or skip_virtual_question(turn) or if_not_question(turn) or askabout.eche_question(turn)
                or learning_agreement(turn) or agreement_need_question(turn) or board_how_question(turn)
                or documents_question(turn) or host_type(turn)
                or sign_off_question(turn) or condition(turn) or askabout.green_travel(turn)
                or travel_question(turn)
                or priority(turn) or askabout.third_countries(turn))
