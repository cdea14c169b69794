"""Round 33 simulated users (r33-b, r33-d): "do I (still) have a chance?" and the fewer-opportunities top-up.

1. "Moi en tant que doctorante, j'ai une chance ?", "do i even stand a chance with that priority thing?"
   opened with "No: not every priority favours you"; "Mes chances ?" got "Yes, you can apply: a priority only
   ranks the applications". Every wording of the question gets that opening now. "Donc aucune chance du tout,
   ou ça dépend d'autre chose ?" got the same priority block again: now "no, not no chance", and what it
   depends on from the call data (the grants and how they go, the selection criteria). "ça change quoi si
   j'ai déjà une bourse de doctorat ?" named only the MSc priority: now the scholarship criterion too.
2. After the fewer-opportunities top-up (250 EUR a month, EU-wide), "how do I know if I'm entitled to it?",
   "who decides?", "what are the criteria?" got the capabilities text or the credit-transfer topic, "does
   the 250 apply to my case?" the traineeship top-up, "no, I meant the 250 for people with fewer
   opportunities" the out-of-scope reply. Now: the call does not say who counts nor who decides, ask the
   call's contact; whether it applies depends on that, with what would come on top if one counts."""
from __future__ import annotations

import pytest

from actions.calls import call_name
from actions.i18n import label, t
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN
from tests.actions.test_round13 import LUCCA_MUNICH as LUCCA
from tests.actions.test_round25_answers import CAN_I_GO

LANGS = ("en", "fr", "nl", "it")
DAKAR = {"call": "itm-2024", "role": "phd_student", "activity": "traineeship", "destination": "SN",
         "destination_city": "Dakar", "receiving_org": "ngo", "citizenship": ["BE"],
         "itm_staff_member": False, "start_date": "2026-01-12", "end_date": "2026-04-10",
         "goal": "eligibility"}
STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SI",
         "destination_city": "Ljubljana", "receiving_org": "hei", "citizenship": ["BE"],
         "start_date": "2026-03-09", "end_date": "2026-03-13", "goal": "eligibility"}
# Staff may go to the programme countries only: a plan the rules turn down.
STAFF_KAMPALA = {**STAFF, "destination": "UG", "destination_city": "Kampala"}


def _no(lang: str) -> str:
    return t(lang, "answer_no", answer="")


async def _after_answer(monkeypatch, slots: dict, lang: str, *messages: tuple[str, str],
                        today: str = ITM_OPEN) -> list[str]:
    """The replies to `messages`, said after "so can I go?" got its answer."""
    return (await converse(monkeypatch, {**slots, "language": lang},
                           [(CAN_I_GO[lang], "check_eligibility"), *messages], today))[1:]


# 1a. Any wording of "do I have a chance?": "Yes, you can apply: a priority only ranks the applications".
PHD_CHANCE = [
    ("fr", "Vous parliez de seulement 2 bourses pour les pays hors Europe, avec priorité aux masters "
           "autofinancés. Moi en tant que doctorante, j'ai une chance ?"),
    ("fr", "Est-ce que j'ai une chance quand même avec cette priorité ?"),
    ("en", "I'm a PhD student, not an MSc. Do I even stand a chance with that priority thing?"),
    ("en", "So is there any chance for me with only 2 grants?"),
    ("nl", "Ik ben doctoraatsstudent. Maak ik nog kans met die voorrang?"),
    ("nl", "Heb ik dan nog enige kans?"),
    ("it", "Sono dottoranda, ho qualche possibilità con quella priorità?"),
    ("it", "Con solo 2 borse, che chance ho?"),
]


@pytest.mark.parametrize(("lang", "text"), PHD_CHANCE)
async def test_a_chance_asked_is_yes_you_can_apply(monkeypatch, lang, text):
    [reply] = await _after_answer(monkeypatch, DAKAR, lang, (text, "inform"))
    assert reply.startswith(t(lang, "priority_can_apply")), reply
    assert not reply.startswith(_no(lang)), reply
    assert "✗" in reply, reply  # then the priorities as they stand for the person


STAFF_CHANCE = [
    ("en", "im a lab tech, not phd or postdoc. do i even stand a chance with that priority thing?"),
    ("fr", "je suis technicienne de labo, ni doctorante ni postdoc. j'ai une chance avec cette priorité ?"),
    ("nl", "ik ben labotechnicus, geen doctorandus of postdoc. maak ik nog kans met die voorrang?"),
    ("it", "sono tecnico di laboratorio, non dottorando né postdoc. ho qualche possibilità con la priorità?"),
]


async def test_my_possibilities_in_italian_keep_the_other_options(monkeypatch):
    # "quali sono le mie possibilità?" asks what else one could do, as well as one's chances
    [reply] = await _after_answer(monkeypatch, DAKAR, "it", ("Quali sono le mie possibilità?", "inform"))
    assert not reply.startswith(t("it", "priority_can_apply")), reply


@pytest.mark.parametrize(("lang", "text"), STAFF_CHANCE)
async def test_a_lab_technician_asking_his_chance_may_apply(monkeypatch, lang, text):
    slots = {**STAFF, "doctoral_or_postdoc_staff": False}
    [reply] = await _after_answer(monkeypatch, slots, lang, (text, "inform"))
    assert reply.startswith(t(lang, "priority_can_apply")), reply
    assert not reply.startswith(_no(lang)), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Do I get priority?"), ("fr", "Est-ce que je suis prioritaire ?"),
])
async def test_do_i_get_priority_keeps_its_no(monkeypatch, lang, text):
    [reply] = await _after_answer(monkeypatch, DAKAR, lang, (text, "inform"))
    assert reply.startswith(t(lang, "priority_no")), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Heb ik met mijn beurs dan weinig kans?"), ("it", "Da studente con una borsa ho poche chance?"),
])
async def test_few_chances_keep_their_yes_it_ranks_you_lower(monkeypatch, lang, text):
    [reply] = await _after_answer(monkeypatch, {**DAKAR, "has_scholarship": True}, lang, (text, "inform"))
    assert reply.startswith(t(lang, "priority_ranks_lower")[:20]), reply


# 1b. "So no chance at all, or does it depend on something else?"
NO_CHANCE = [
    ("fr", "Aïe. Donc aucune chance du tout, ou ça dépend d'autre chose ?"),
    ("en", "Ouch. So no chance at all, or does it depend on something else?"),
    ("nl", "Au. Dus geen enkele kans, of hangt het van iets anders af?"),
    ("it", "Ahi. Quindi nessuna possibilità, o dipende da altro?"),
]
CRITERIA = {"en": "academic record", "fr": "dossier académique", "nl": "academisch dossier",
            "it": "curriculum accademico"}
FIRST_COME = {"en": "first come", "fr": "premier arrivé", "nl": "volgorde van aankomst",
              "it": "ordine di arrivo"}


@pytest.mark.parametrize(("lang", "text"), NO_CHANCE)
async def test_no_chance_at_all_is_no_and_what_it_depends_on(monkeypatch, lang, text):
    first, reply = await _after_answer(monkeypatch, DAKAR, lang, (PHD_CHANCE[0][1], "inform"),
                                       (text, "inform"))
    assert reply.startswith(t(lang, "no_chance_not_none")), reply
    assert t(lang, "no_chance_depends") in reply, reply
    assert CRITERIA[lang] in reply and FIRST_COME[lang] in reply, reply  # from the call data
    assert reply != first


async def test_no_chance_without_the_priorities_said_lists_them(monkeypatch):
    [reply] = await _after_answer(monkeypatch, DAKAR, "en", (NO_CHANCE[1][1], "inform"))
    assert reply.startswith(t("en", "no_chance_not_none")), reply
    assert t("en", "no_chance_priorities") in reply and "✗ For the 2 grants" in reply, reply


async def test_no_chance_for_a_plan_turned_down_is_not_you_can_apply(monkeypatch):
    [reply] = await _after_answer(monkeypatch, STAFF_KAMPALA, "en", (NO_CHANCE[1][1], "inform"))
    assert t("en", "no_chance_not_none") not in reply, reply


# 1c. A scholarship named with "what changes for the priority?": the scholarship criterion is named.
WITH_SCHOLARSHIP = [
    ("fr", "Pour la priorité : ça change quoi si j'ai déjà une bourse de doctorat ?"),
    ("en", "About the priority: does it matter if I already have a doctoral scholarship?"),
    ("nl", "Over de voorrang: maakt het uit als ik al een doctoraatsbeurs heb?"),
    ("it", "Per la priorità: conta qualcosa se ho già una borsa di dottorato?"),
]
WITHOUT = {"en": "without a scholarship", "fr": "sans bourse", "nl": "zonder beurs", "it": "senza borsa"}


@pytest.mark.parametrize(("lang", "text"), WITH_SCHOLARSHIP)
async def test_a_scholarship_asked_about_names_the_scholarship_priority(monkeypatch, lang, text):
    [reply] = await _after_answer(monkeypatch, DAKAR, lang, (text, "inform"))
    criterion = next(line for line in reply.splitlines() if WITHOUT[lang] in line)
    assert criterion.startswith("✗"), reply  # against the person who has one


async def test_a_scholarship_already_said_keeps_its_answer(monkeypatch):
    slots = {**DAKAR, "has_scholarship": True}
    [reply] = await _after_answer(monkeypatch, slots, "en", (WITH_SCHOLARSHIP[1][1], "inform"))
    assert reply.startswith(t("en", "priority_fact_lower")), reply
    assert "✗ Priority is given to students without a scholarship" in reply, reply


# 2. The fewer-opportunities top-up, followed up.
TOP_UP = {"en": "Is there an extra top-up for people with fewer opportunities?",
          "fr": "Est-ce qu'il existe un complément en plus, genre pour les personnes avec moins "
                "d'opportunités ?",
          "nl": "Is er een extra toeslag voor mensen met minder kansen?",
          "it": "C'è un'integrazione per chi ha minori opportunità?"}
HOW_DO_I_KNOW = {"en": "And how do I know if I'm entitled to it?",
                 "fr": "Et comment je sais si j'y ai droit, moi ?",
                 "nl": "En hoe weet ik of ik daar recht op heb?",
                 "it": "E come faccio a sapere se ne ho diritto?"}
OFFICE = "erasmusplusmobility@itg.be"


def _who(lang: str, call: str = "itm-2024", contact: str = OFFICE) -> str:
    group = label(lang, "groups", "fewer_opportunities")
    return t(lang, "fewer_who", call=call_name(call, lang), group=group, contact=contact)


def _applies(lang: str) -> str:
    return t(lang, "fewer_applies", call=call_name("itm-2024", lang),
             group=label(lang, "groups", "fewer_opportunities"), contact=OFFICE)


@pytest.mark.parametrize("lang", LANGS)
async def test_how_do_i_know_after_the_top_up_is_who_counts(monkeypatch, lang):
    top_up, reply = await _after_answer(monkeypatch, DAKAR, lang, (TOP_UP[lang], "ask_grant"),
                                        (HOW_DO_I_KNOW[lang], "help"))
    assert "250 EUR" in top_up, top_up
    assert reply.startswith(_who(lang)), reply


WHO_DECIDES = [
    ("fr", "Je parlais du complément moins d'opportunités : qui décide si je suis concernée ?", "help"),
    ("fr", "Bon, est-ce que je fais partie des 'moins d'opportunités' ? Aucune idée honnêtement, c'est quoi "
           "les critères ?", "faq_credit_transfer"),
    ("en", "Who decides whether I count as a student with fewer opportunities?", "help"),
    ("nl", "Wie beslist of ik bij de studenten met minder kansen hoor?", "nlu_fallback"),
    ("it", "Quali sono i criteri per le minori opportunità? Ne faccio parte?", "faq_selection"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), WHO_DECIDES)
async def test_who_counts_as_having_fewer_opportunities_is_not_in_the_call(monkeypatch, lang, text, intent):
    [reply] = await _after_answer(monkeypatch, DAKAR, lang, (text, intent))
    assert reply.startswith(_who(lang)), reply


APPLIES = [
    ("fr", "Le complément de 250 € par mois, il s'appliquerait à mon cas ?", "ask_grant"),
    ("en", "The 250 EUR a month top-up, would that apply to me?", "ask_grant"),
    ("nl", "Die toeslag van 250 euro per maand, geldt die ook voor mij?", "ask_grant"),
    ("it", "L'integrazione di 250 € al mese vale anche per me?", "ask_grant"),
    ("fr", "Non, je parlais des 250 € pour les personnes avec moins d'opportunités, pas du complément stage.",
     "out_of_scope"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), APPLIES)
async def test_does_the_250_apply_to_me_depends_on_counting(monkeypatch, lang, text, intent):
    [reply] = await _after_answer(monkeypatch, DAKAR, lang, (text, intent))
    assert reply.startswith(_applies(lang)), reply
    assert t(lang, "fewer_if_so") in reply and "250 EUR" in reply, reply
    assert "445" not in reply and "150" not in reply, reply  # not the traineeship top-up


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le complément de 150 € par mois, il s'appliquerait à mon cas ?"),
    ("en", "Does the 150 EUR traineeship top-up apply to me?"),
])
async def test_the_traineeship_top_ups_figure_keeps_its_answer(monkeypatch, lang, text):
    [reply] = await _after_answer(monkeypatch, DAKAR, lang, (text, "ask_grant"))
    assert reply.startswith(t(lang, "answer_yes", answer="")) and "445" in reply, reply


async def test_how_do_i_know_something_else_after_the_top_up_is_not_about_it(monkeypatch):
    _, reply = await _after_answer(monkeypatch, DAKAR, "en", (TOP_UP["en"], "ask_grant"),
                                   ("And how do I know when I must apply?", "ask_deadline"))
    assert not reply.startswith(_who("en")) and "12 November 2025" in reply, reply


async def test_under_lucca_who_counts_names_its_contact(monkeypatch):
    [reply] = await _after_answer(monkeypatch, LUCCA, "en", (WHO_DECIDES[2][1], "help"), today=LUCCA_OPEN)
    assert reply.startswith(_who("en", "imt-lucca-2015", "Daniela Giorgetti (erasmus@imtlucca.it)")), reply
