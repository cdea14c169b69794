"""Round 59, r59-o2 (Fleur, ITM MSc student, Dutch formal "u"; today 5 December 2026: the ITM 2024-2026 call
has ended; a traineeship at a hospital in Lisbon, February-April 2027).

1. "dat weet ik al. maar hoeveel geld zou ik krijgen voor een stage in Portugal?" moved her dates a year back
   and then said "✗ Een aanvraag op 5 december 2026 is te laat ..." and "komt u niet in aanmerking" inside
   that as-if case: the role-free checks (actions/profile.py shared_failures) were made on today's date, not
   on the profile judged as if she had applied in time (actions/flow.py judged_profile).
2. The same reply gave "bijlage 1 (personeel, oproep 2024)", the staff source and "309 EUR voor 500-1999 km",
   which students in Europe do not get: the role not yet said, the traineeship's roles' part
   (actions/activityroles.py).
3. "belgisch. maar eerst naar mijn promotor of meteen mailen naar dat adres?" and "wie contacteer ik eerst?"
   got the next form question: now first the coordinator or supervisor, then the address
   (actions/discussfirst.py contact_order).
4. "overslaan. wie contacteer ik eerst?" kept "(Nog open: ...)"; "het is een ziekenhuis" re-asked the kind.
5. "(dus uiterlijk op 31 mei 2026)" read as a closing date: now a consequence."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
TODAY = "2026-12-05"
OPEN = {"en": "Good afternoon, is the ITM Erasmus call still open?",
        "fr": "Bonjour, l'appel Erasmus de l'IMT d'Anvers est-il encore ouvert ?",
        "nl": "Goedemiddag, is de Erasmus-oproep van het ITM nog open?",
        "it": "Buongiorno, il bando Erasmus dell'ITM di Anversa è ancora aperto?"}
PLAN = {"en": "Pity. I would like to do a traineeship in a hospital in Lisbon, from February to April 2027. "
              "When is the next call?",
        "fr": "Dommage. Je voudrais faire un stage dans un hôpital à Lisbonne, de février à avril 2027. "
              "Quand vient le prochain appel ?",
        "nl": "Jammer. Ik wil graag een stage doen in een ziekenhuis in Lissabon, van februari tot april "
              "2027. Wanneer komt de volgende oproep?",
        "it": "Peccato. Vorrei fare un tirocinio in un ospedale a Lisbona, da febbraio ad aprile 2027. "
              "Quando esce il prossimo bando?"}
GET = {"en": "ok. what would I get if I go?", "fr": "ok. qu'est-ce que j'aurais si je pars ?",
       "nl": "ok. wat zou ik krijgen als ik ga?", "it": "ok. cosa riceverei se parto?"}
HOW_MUCH = {"en": "I know that already. but how much money would I get for a traineeship in Portugal?",
            "fr": "je le sais déjà. mais combien d'argent j'aurais pour un stage au Portugal ?",
            "nl": "dat weet ik al. maar hoeveel geld zou ik krijgen voor een stage in Portugal?",
            "it": "lo so già. ma quanti soldi riceverei per un tirocinio in Portogallo?"}
FIRST = {"en": "Belgian. but first to my supervisor or straight away email that address?",
         "fr": "belge. mais d'abord mon superviseur ou j'écris directement à cette adresse ?",
         "nl": "belgisch. maar eerst naar mijn promotor of meteen mailen naar dat adres?",
         "it": "belga. ma prima dal mio relatore o scrivo subito a quell'indirizzo?"}
SKIP_WHO = {"en": "skip. who do I contact first?", "fr": "passer. je contacte qui en premier ?",
            "nl": "overslaan. wie contacteer ik eerst?", "it": "salta. chi contatto per primo?"}
HOSPITAL = {"en": "it's a hospital", "fr": "c'est un hôpital", "nl": "het is een ziekenhuis",
            "it": "è un ospedale"}
WOULD = {"en": "what would have applied to me?", "fr": "qu'est-ce qui se serait appliqué à moi ?",
         "nl": "wat zou voor mij gegolden hebben?", "it": "che cosa si sarebbe applicato a me?"}
FLEUR = {"call": "itm-2024", "closed_told": "itm-2024", "goal": "eligibility", "role": "msc_student",
         "activity": "traineeship", "destination": "PT", "destination_city": "Lisbon",
         "start_date": "2027-02-01", "end_date": "2027-04-30", "citizenship": ["BE"]}


async def _opening(monkeypatch, lang):
    messages = [(OPEN[lang], "check_eligibility"), (PLAN[lang], "check_eligibility"),
                (GET[lang], "check_eligibility"), (HOW_MUCH[lang], "ask_grant")]
    return await play(monkeypatch, {"language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_amount_case_is_judged_as_if_applied_in_time(monkeypatch, lang):
    played = await _opening(monkeypatch, lang)
    text = played.replies[-1]
    assert i18n.fmt_date("2026-02-01", lang) in text, text  # the dates a year earlier, said
    assert i18n.fmt_date("2026-12-05", lang) not in text, text  # "an application on 5 December 2026 ..."
    assert "✗" not in text, text


@pytest.mark.parametrize("lang", LANGS)
async def test_the_amount_for_a_traineeship_is_the_students_part(monkeypatch, lang):
    text = (await _opening(monkeypatch, lang)).replies[-1]
    assert "309" not in text, text
    staff = {"en": "Annex 1", "fr": "annexe 1", "nl": "bijlage 1", "it": "allegato 1"}[lang]
    assert staff not in text, text
    students = {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}[lang]
    assert students in text, text


@pytest.mark.parametrize("lang", LANGS)
async def test_which_contact_first_is_answered(monkeypatch, lang):
    slots = {**FLEUR, "citizenship": None, "asked": "citizenship", "language": lang}
    played = await play(monkeypatch, slots, [(FIRST[lang], "out_of_scope")], TODAY, user_event="parsed")
    text = played.replies[-1]
    first = t(lang, "contact_order_ended", first="", to="", call="").split(" ")[0]
    assert text.split("\n")[0].startswith(first) or f"\n{first} " in text, text
    assert "erasmusplusmobility@itg.be" in text, text
    coordinator = {"en": "coordinator", "fr": "coordinateur", "nl": "onderwijscoördinator",
                   "it": "coordinatore"}[lang]
    assert text.index(coordinator) < text.index("erasmusplusmobility@itg.be"), text


@pytest.mark.parametrize("lang", LANGS)
async def test_skip_with_a_question_skips_and_answers(monkeypatch, lang):
    messages = [(WOULD[lang], "check_eligibility"), (SKIP_WHO[lang], "ask_contact")]
    played = await play(monkeypatch, {**FLEUR, "language": lang}, messages, TODAY, user_event="parsed",
                        keep_slot_events=True)
    assert t(lang, "ask_receiving_org") in played.replies[0], played.replies[0]
    text = played.replies[-1]
    still = t(lang, "still_open", field="").split(":")[0]
    assert still not in text and t(lang, "ask_receiving_org") not in text, text
    assert "erasmusplusmobility@itg.be" in text, text


@pytest.mark.parametrize("lang", LANGS)
async def test_a_hospital_is_not_asked_again(monkeypatch, lang):
    messages = [(WOULD[lang], "check_eligibility"), (HOSPITAL[lang], "inform")]
    played = await play(monkeypatch, {**FLEUR, "language": lang}, messages, TODAY, user_event="parsed",
                        keep_slot_events=True)
    text = played.replies[-1]
    assert t(lang, "ask_receiving_org") not in text, text
    assert i18n.fmt_date("2025-12-01", lang) in text, text  # the case's answer came


@pytest.mark.parametrize("lang", LANGS)
async def test_the_derived_date_is_a_consequence_not_a_deadline(monkeypatch, lang):
    played = await play(monkeypatch, {"language": lang}, [(OPEN[lang], "check_eligibility")], TODAY)
    text = played.replies[-1]
    may = i18n.fmt_date("2026-05-31", lang)
    assert may in text, text
    old = {"en": f"so by {may} at the latest", "fr": f"donc au plus tard le {may}",
           "nl": f"dus uiterlijk op {may}", "it": f"quindi entro il {may}"}[lang]
    assert old not in text, text
