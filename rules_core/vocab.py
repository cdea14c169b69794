"""The fixed vocabularies of the rules contract (field names and enumerated values)."""

from __future__ import annotations

ROLES = ("msc_student", "phd_student", "bachelor_student", "staff", "recent_graduate")
# The study cycle (Bologna: 1 bachelor, 2 master, 3 doctorate) of each student role: the 12-month cap counts
# the months "per each cycle of study" (seed 001), so months of an earlier cycle are not this cycle's. A
# recent graduate's traineeship counts towards the cycle just ended (seed 001: "during the PhD").
STUDY_CYCLE = {"bachelor_student": 1, "msc_student": 2, "phd_student": 3, "recent_graduate": 3}
ACTIVITIES = (
    "study",
    "traineeship",
    "staff_training",
    "short_term_blended",
    "short_term_doctoral",
    "conference",
    "teaching",
)
# What a country set is in the programme, for "is Switzerland in the EU?" or "is Norway associated?": the
# question names one of these, and the answer is yes or no for the destination (actions/destinationq.py).
SET_STATUSES = ("eu_member", "associated", "not_associated", "programme_country")
RECEIVING_ORGS = (
    "hei",
    "enterprise",
    "public_body",
    "research_institute",
    "foundation",
    "school",
    "ngo",
    "social_partner",
    "guidance_body",
    "eu_institution",
    "national_agency",
)
BOOL_FIELDS = (
    "receiving_org_has_eche",
    "interinstitutional_agreement",
    "virtual_component",
    "green_travel",
    "has_scholarship",
    "itm_staff_member",
    "supervisor_authorised",
    "board_authorised",
    "doctoral_or_postdoc_staff",
)
# Facts only a selection priority reads (`priorities[].favours`), never a rule: a priority ranks eligible
# applications, so these never change the verdict and are never `missing` (the form never asks them).
# ITM gives staff priority to "PhD and/or postdoctoral staff members" (seed 000, "Who can apply?").
PRIORITY_FIELDS = ("doctoral_or_postdoc_staff",)
# Facts only someone else can settle (the host, the office, a supervisor or board): while open, they do not
# keep the verdict from `eligible`; they are listed as its conditions (rules contract, `conditions`).
CONDITION_FIELDS = {
    "receiving_org_has_eche": "host",
    "interinstitutional_agreement": "office",
    "virtual_component": "office",
    "supervisor_authorised": "supervisor",
    "board_authorised": "board",
}
DATE_FIELDS = ("start_date", "end_date", "application_date", "graduation_date")
COUNTRY_FIELDS = ("destination", "country_of_origin")
FIELDS = (
    "call",
    "as_of",
    "role",
    "activity",
    "destination",
    "country_of_origin",
    "citizenship",
    "destination_city",
    "receiving_org",
    *BOOL_FIELDS,
    *DATE_FIELDS,
    "prior_erasmus_months",
)
LANGS = ("en", "fr", "nl", "it")
CONFIDENCES = ("high", "med-high", "med", "low")
TOPICS = (
    "credits",
    "credit_transfer",
    "grading",
    "certificates",
    "diplomas",
    "dgd_scholarships",
    "grant_covers",
    "grant_amounts",
    "grant_count",
    "who_can_apply",
    "recent_graduates",
    "recent_graduate_months",
    # By when a condition's authorisation is due, where the call says something of it (a condition field's
    # name + "_timing": actions/duewhen.py timing_topic; round 41).
    "board_authorised_timing",
    "selection_criteria",
    "priorities",
    "tie_break",
    "committee",
    "application_documents",
    "application_form",
    "application_deadline",
    "first_come_first_served",
    "extensions",
    "several_countries",
    "scholarship_compatibility",
    # Pay, an allowance or a refund of expenses from the host next to the grant (actions/hostpay.py).
    "host_payment",
    "receiving_org_types",
    "personal_data",
    "durations",
    "destinations",
    "conferences",
    # Why an excluded activity does not count and what would (actions/activityalt.py; round 54).
    "conference_alternative",
    "teaching_alternative",
    # Teaching asked about as an addition to a staff training (actions/teachalong.py; round 60).
    "teaching_alongside",
    "contacts",
    "eche",
    # How to find out whether a given university holds the ECHE (actions/echecheck.py; round 49).
    "eche_check",
    "third_countries",
    "doctoral_virtual",
    # What the call says a short-term doctoral mobility is for (actions/doctoralwhat.py; round 55).
    "doctoral_activities",
    "blended_mobility",
    # Whether the online part counts towards the 5 to 30 days (actions/onlinedays.py; round 56).
    "blended_days",
    # What the call says about the host when asked who finds it (actions/applyto.py; round 32).
    "host_arrangement",
    # A partner network the call suggests but does not require (actions/partnerq.py; round 36).
    "partner_suggestion",
    # Whether a blended course must be a BIP run by several universities (actions/bipq.py; round 60).
    "blended_organiser",
    # Whether a traineeship host needs an accreditation such as the ECHE (actions/hostaccredit.py; round 60).
    "traineeship_host_accreditation",
    "staff_contract",
    # What the call says about a body whose authorisation it requires ("who is the Board?", round 37).
    "scientific_board",
    # The call's word (none) on a language test, level or certificate (actions/languageq.py; round 41).
    "language_requirements",
    # What the call says (and leaves undefined) of the "home country" its priority names
    # (actions/homemeaning.py; round 45: "nationality or where I live?").
    "home_country_meaning",
    # Whether the year of the PhD matters: no condition, a selection preference (actions/phdyear.py;
    # round 45).
    "phd_year",
)
