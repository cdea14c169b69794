"""Round 59 (r59-p2: a Kenyan ITM MSc student, self-funded, traineeship at KEMRI Nairobi, 1 March-31 May
2026, then Addis Ababa; today 2025-10-01).

1. The Nairobi plan, nationality not yet said, got "So far so good: this looks possible." and then, after
   "Kenyan", "not eligible": while the nationality decides the destination, no "looks possible", and why it
   is asked.
2. The refusal gave only the contact; "What would work: a destination other than Kenya or Belgium ..." came
   after "why?": it comes with the refusal (and not again after "why?").
3. "only 2 grants for the whole non-associated countries? so if i apply early in december im more likely to
   get one?" got "the earlier the better" and the call's whole destination block: first come, first served
   and her priorities as the call states them, that it does not say how they combine, who can tell.
4. "does ITM need an agreement with AHRI first? they're not a university" listed two bullets that differed
   only by the kinds of mobility: one bullet."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
FIRST = {
    "en": ("Hi, I'm an MSc student at ITM Antwerp and I want to do a traineeship at KEMRI in Nairobi, "
           "Kenya, 1 March to 31 May 2026. Can I get Erasmus+ funding for that?", "Kenyan"),
    "fr": ("Bonjour, je suis étudiante en master à l'IMT Anvers et je veux faire un stage au KEMRI à "
           "Nairobi, au Kenya, du 1er mars au 31 mai 2026. Est-ce que je peux avoir un "
           "financement Erasmus+ ?",
           "kényane"),
    "nl": ("Hallo, ik ben masterstudent aan het ITG Antwerpen en ik wil een stage doen bij KEMRI in Nairobi, "
           "Kenia, van 1 maart tot 31 mei 2026. Kan ik daarvoor Erasmus+-financiering krijgen?", "Keniaans"),
    "it": ("Salve, sono una studentessa di master all'ITM di Anversa e vorrei fare un tirocinio al KEMRI a "
           "Nairobi, in Kenya, dal 1 marzo al 31 maggio 2026. Posso ottenere un finanziamento Erasmus+?",
           "keniota"),
}
WHY = {"en": "why? it's where the project is", "fr": "pourquoi ? c'est là qu'est le projet",
       "nl": "waarom? daar is het project", "it": "perché? è lì che c'è il progetto"}
ADDIS = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "ET",
         "destination_city": "Addis Ababa", "receiving_org": "research_institute", "citizenship": ["KE"],
         "start_date": "2026-03-01", "end_date": "2026-05-31", "goal": "eligibility",
         "has_scholarship": False}
EARLY = {
    "en": "only 2 grants for the whole non-associated countries? so if i apply early in december im "
          "more likely to get one?",
    "fr": "seulement 2 bourses pour tous les pays non associés ? donc si je postule tôt en décembre j'ai "
          "plus de chances d'en avoir une ?",
    "nl": "maar 2 beurzen voor alle niet-geassocieerde landen? dus als ik in december vroeg aanvraag, is "
          "mijn kans groter?",
    "it": "solo 2 borse per tutti i paesi non associati? quindi se faccio domanda presto a dicembre ho "
          "più possibilità di averne una?",
}
AGREEMENT = {
    "en": "does ITM need an agreement with AHRI first? they're not a university",
    "fr": "est-ce que l'IMT a besoin d'un accord interinstitutionnel avec l'AHRI d'abord ? ce n'est pas une "
          "université",
    "nl": "heeft het ITG eerst een interinstitutionele overeenkomst met AHRI nodig? het is geen universiteit",
    "it": "l'ITM ha bisogno prima di un accordo interistituzionale con l'AHRI? non è un'università",
}


def _start(lang: str, key: str, **values: str) -> str:
    """The words of a locale text before its first placeholder."""
    return t(lang, key, **{k: "\0" for k in values}).split("\0")[0]


@pytest.mark.parametrize("lang", sorted(FIRST))
async def test_nairobi_before_the_nationality_is_not_said_to_look_possible(monkeypatch, lang):
    plan, nationality = FIRST[lang]
    got = await play(monkeypatch, {"language": lang}, [(plan, "check_eligibility"), (nationality, "inform"),
                                                       (WHY[lang], "ask_why")], TODAY)
    first, refusal, why = got.replies
    assert t(lang, "interim_so_far") not in first, first
    assert _start(lang, "interim_nationality_decides", country="") in first, first
    assert first.count("✓") >= 2, first  # what holds is still said
    assert "❌" in refusal, refusal
    works = _start(lang, "why_other_destination", countries="", sets="")
    assert works in refusal, refusal  # what would work, with the refusal itself
    assert works not in why, why  # and not said again after "why?"


@pytest.mark.parametrize("lang", sorted(EARLY))
async def test_early_with_two_grants_says_both_rules_and_not_how_they_combine(monkeypatch, lang):
    got = await play(monkeypatch, {**ADDIS, "language": lang},
                     [("am I eligible?", "check_eligibility"), (EARLY[lang], "ask_deadline")], TODAY)
    reply = got.replies[1]
    assert _start(lang, "apply_early_yes", rule="", source="") in reply, reply
    assert reply.count("✓") == 2, reply  # her two priorities, as the call states them
    assert t(lang, "apply_early_order_unsaid", who="erasmusplusmobility@itg.be") in reply, reply
    assert "Liechtenstein" not in reply, reply  # not the call's whole destination block


@pytest.mark.parametrize("lang", sorted(AGREEMENT))
async def test_agreement_scope_in_one_bullet(monkeypatch, lang):
    got = await play(monkeypatch, {**ADDIS, "language": lang},
                     [("am I eligible?", "check_eligibility"), (AGREEMENT[lang], "ask_condition")], TODAY)
    reply = got.replies[1]
    assert t(lang, "condition_not_needed_why") in reply, reply
    bullets = [line for line in reply.splitlines() if line.startswith("•")]
    assert len(bullets) == 1, reply
    from actions import i18n

    for activity in ("study", "traineeship"):
        assert i18n.label(lang, "activities_case", activity) in bullets[0], reply
