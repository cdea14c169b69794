"""Round 55, the host organisation. (1) An ITM postdoc named "the Charité – Universitätsmedizin Berlin, ...,
shared by the Free University and Humboldt University": the summary's host became "Humboldt University"; her
correction "The host is not Humboldt University, it is the Charité – Universitätsmedizin Berlin" got only
"Your answer stays the same", and "What host institution do you have on file for me now?" the generic menu.
(2) The e-mail summary cut "Charité – Universitätsmedizin Berlin" to "Universitätsmedizin Berlin" and
"National and Kapodistrian University of Athens" to "Kapodistrian University of Athens". (3) "Koç University
Hospital" was noted as a public body. (4) "geen idee eigenlijk, het is het Institut Pasteur de Dakar" noted
a research institute as if said. (5) "organisme public je suppose, ..." answering the host question was
taken as a what-if ("Seulement pour ce cas, sans rien changer...") and the question asked again."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
CHARITE = "Charité – Universitätsmedizin Berlin"
BERLIN = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "DE",
          "destination_city": "Berlin", "doctoral_or_postdoc_staff": True, "citizenship": ["IN"],
          "start_date": "2026-03-09", "end_date": "2026-03-13", "goal": "eligibility"}


async def run(monkeypatch, slots, messages):
    return await play(monkeypatch, slots, messages, TODAY, user_event="parsed", keep_slot_events=True)


# 1. A university named only as the host's parent is no host.
PARENT = {
    "en": "One detail: the host is the Charité – Universitätsmedizin Berlin, which is strictly speaking a "
          "university hospital, shared by the Free University and Humboldt University. Does that still count "
          "as a valid host for a staff training?",
    "fr": "Un détail : l'hôte est la Charité – Universitätsmedizin Berlin, qui est en fait un "
          "hôpital universitaire, partagé par la Freie Universität et la Humboldt-Universität. Ça compte ?",
    "nl": "Nog een detail: de gastinstelling is de Charité – Universitätsmedizin Berlin, eigenlijk een "
          "universitair ziekenhuis, gedeeld door de Freie Universität en de Humboldt-Universität. Telt dat?",
    "it": "Un dettaglio: l'ente ospitante è la Charité – Universitätsmedizin Berlin, che è un ospedale "
          "universitario, condiviso dalla Freie Universität e dalla Humboldt-Universität. Va bene lo stesso?",
}
SUMMARY = {"en": "Please show the summary for my e-mail again, so I can check the host name.",
           "fr": "Tu peux me redonner le résumé pour mon e-mail ?",
           "nl": "Kan je de samenvatting voor mijn e-mail nog eens tonen?",
           "it": "Può mostrarmi di nuovo il riepilogo per la mia e-mail?"}


FIRST = {
    "en": "Hello. I am a postdoctoral researcher at ITM Antwerp and I would like to attend a 5-day course on "
          "genomic surveillance at the Charité – Universitätsmedizin Berlin, from 9 to 13 March 2026. Could "
          "Erasmus+ fund this?",
    "fr": "Bonjour, je suis chercheuse postdoctorale à l'IMT Anvers et je voudrais suivre une formation "
          "de 5 jours à la Charité – Universitätsmedizin Berlin, du 9 au 13 mars 2026. Erasmus+ la finance ?",
    "nl": "Hallo, ik ben postdoctoraal onderzoeker aan het ITG en wil een opleiding van 5 dagen volgen "
          "bij de Charité – Universitätsmedizin Berlin, van 9 tot 13 maart 2026. Kan Erasmus+ dat betalen?",
    "it": "Buongiorno, sono ricercatrice postdoc all'ITM di Anversa e vorrei seguire un corso di 5 giorni "
          "alla Charité – Universitätsmedizin Berlin, dal 9 al 13 marzo 2026. Erasmus+ può finanziarlo?",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_name_with_a_dash_is_kept_whole(monkeypatch, lang):
    got = await run(monkeypatch, {"call": "itm-2024", "language": lang}, [(FIRST[lang], "inform")])
    assert got.slots.get("receiving_org_name") == CHARITE, got.slots


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_parent_university_is_not_the_host(monkeypatch, lang):
    slots = {**BERLIN, "language": lang, "receiving_org": "hei", "receiving_org_name": CHARITE}
    got = await run(monkeypatch, slots, [(PARENT[lang], "inform"), (SUMMARY[lang], "inform")])
    assert got.slots.get("receiving_org_name") == CHARITE, got.slots
    assert t(lang, "summary_host", host=CHARITE) in got.replies[-1], got.replies


CORRECTION = {
    "en": ("Humboldt University",
           "The host is not Humboldt University, it is the Charité – Universitätsmedizin Berlin. Please "
           "correct that."),
    "fr": ("Université Humboldt", "L'hôte n'est pas l'Université Humboldt, c'est la Charité – "
                                  "Universitätsmedizin Berlin. Corrige ça stp."),
    "nl": ("Humboldt-Universität", "Het is niet de Humboldt-Universität, het is de Charité – "
                                   "Universitätsmedizin Berlin. Pas dat aan aub."),
    "it": ("Humboldt-Universität",
           "Non è la Humboldt-Universität, è la Charité – Universitätsmedizin Berlin. Lo corregga."),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_corrected_host_name_is_said_back_as_updated(monkeypatch, lang):
    old, text = CORRECTION[lang]
    slots = {**BERLIN, "language": lang, "receiving_org": "hei", "receiving_org_name": old}
    got = await run(monkeypatch, slots, [(text, "inform")])
    assert got.slots.get("receiving_org_name") == CHARITE, got.slots
    updated = t(lang, "changed_facts", facts=f"{t(lang, 'host_name_field')}: {old} → {CHARITE}")
    assert updated in got.replies[-1], got.replies[-1]


HELD = {"en": "What host institution do you have on file for me now?",
        "fr": "Quel établissement d'accueil as-tu noté pour moi ?",
        "nl": "Welke gastinstelling heb je nu voor mij genoteerd?",
        "it": "Quale istituzione ospitante ha annotato per me?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_host_on_file_is_answered(monkeypatch, lang):
    slots = {**BERLIN, "language": lang, "receiving_org": "hei", "receiving_org_name": CHARITE}
    got = await run(monkeypatch, slots, [(HELD[lang], "inform")])
    kind = i18n.label(lang, "orgs", "hei")
    said = t(lang, "host_held", host=f"{CHARITE} ({kind})").split(". ")[0]  # (French: "tu" after "as-tu")
    assert said in got.replies[-1], got.replies[-1]


# 2. "and" inside a name.
ATHENS = {"en": "ok. what about National and Kapodistrian University of Athens then, same dates",
          "fr": "ok. et la National and Kapodistrian University of Athens alors, mêmes dates",
          "nl": "ok. en de National and Kapodistrian University of Athens dan, zelfde data",
          "it": "ok. e la National and Kapodistrian University of Athens allora, stesse date"}
ISTANBUL = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "TR",
            "destination_city": "Istanbul", "citizenship": ["BE"], "start_date": "2026-06-01",
            "end_date": "2026-07-31", "receiving_org": "hei", "receiving_org_name": "Koç University Hospital",
            "goal": "eligibility"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_and_inside_a_university_name_is_kept(monkeypatch, lang):
    got = await run(monkeypatch, {**ISTANBUL, "language": lang}, [(ATHENS[lang], "inform")])
    assert got.slots.get("receiving_org_name") == "National and Kapodistrian University of Athens", got.slots


# 3. A university's hospital is no public body by its name.
KOC = {"en": "Hi, I want to do a traineeship at Koç University Hospital in Istanbul, 1 June to 31 July 2026. "
             "Can I get Erasmus for that?",
       "fr": "Salut, je voudrais faire un stage au Koç University Hospital à Istanbul, du 1er juin au 31 "
             "juillet 2026. C'est possible avec Erasmus ?",
       "nl": "Hoi, ik wil een stage doen in het Koç University Hospital in Istanbul, van 1 juni tot 31 "
             "juli 2026. Kan dat met Erasmus?",
       "it": "Salve, vorrei fare un tirocinio al Koç University Hospital di Istanbul, dal 1 giugno al 31 "
             "luglio 2026. È possibile con Erasmus?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_universitys_hospital_is_no_public_body(monkeypatch, lang):
    got = await run(monkeypatch, {"call": "itm-2024", "language": lang}, [(KOC[lang], "inform")])
    assert got.slots.get("receiving_org") == "hei", got.slots
    assert str(got.slots.get("receiving_org_name")).startswith("Koç University Hospital"), got.slots
    reply = got.replies[-1]
    assert i18n.label(lang, "orgs", "public_body") not in reply, reply
    note = t(lang, "kind_from_name").split(";")[0]  # (French: "tu" after "Salut")
    assert f"{i18n.label(lang, 'orgs', 'hei')} ({note}" in reply, reply


async def test_a_city_university_hospital_stays_a_public_hospital(monkeypatch):
    got = await run(monkeypatch, {"call": "itm-2024", "role": "msc_student", "language": "en"},
                    [("It's a traineeship at Oslo University Hospital.", "inform")])
    assert got.slots.get("receiving_org") == "public_body", got.slots


# 4. A kind read from the name alone is said to be.
DAKAR = {"en": "no idea actually, it's the Institut Pasteur de Dakar",
         "fr": "aucune idée en fait, c'est l'Institut Pasteur de Dakar",
         "nl": "geen idee eigenlijk, het is het Institut Pasteur de Dakar",
         "it": "non ne ho idea, è l'Institut Pasteur de Dakar"}
SENEGAL = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "SN",
           "start_date": "2026-04-01", "end_date": "2026-06-30", "goal": "eligibility"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_kind_read_from_the_name_says_so(monkeypatch, lang):
    messages = [("belg", "inform"), (DAKAR[lang], "dont_know")]
    got = await run(monkeypatch, {**SENEGAL, "language": lang}, messages)
    assert got.slots.get("receiving_org") == "research_institute", got.slots
    shown = f"{i18n.label(lang, 'orgs', 'research_institute')} ({t(lang, 'kind_from_name')})"
    assert shown in got.replies[-1], got.replies[-1]


async def test_a_kind_said_beside_the_name_has_no_note(monkeypatch):
    got = await run(monkeypatch, {**SENEGAL, "citizenship": ["BE"], "language": "en"},
                    [("it's a research institute, the Institut Pasteur de Dakar", "inform")])
    assert got.slots.get("receiving_org") == "research_institute", got.slots
    assert t("en", "kind_from_name") not in got.replies[-1], got.replies[-1]


# 5. A hedged answer to the host question is the answer.
GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "CH",
          "destination_city": "Geneva", "start_date": "2026-05-04", "end_date": "2026-07-03",
          "goal": "eligibility"}
GUESS = {"en": "a public body I suppose, it's a public international organisation",
         "fr": "organisme public je suppose, c'est une organisation internationale publique",
         "nl": "een overheidsinstantie denk ik, het is een publieke internationale organisatie",
         "it": "un ente pubblico credo, è un'organizzazione internazionale pubblica"}
NATIONALITY = {"en": "Belgian", "fr": "belge", "nl": "belg", "it": "belga"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_hedged_answer_to_the_host_question_is_stored(monkeypatch, lang):
    got = await run(monkeypatch, {**GENEVA, "language": lang},
                    [(NATIONALITY[lang], "inform"), (GUESS[lang], "inform")])
    assert t(lang, "ask_receiving_org") in got.replies[0], got.replies[0]
    assert got.slots.get("receiving_org") == "public_body", got.slots
    assert not got.slots.get("what_if_case"), got.slots
    assert t(lang, "what_if_facts", facts="")[:12] not in got.replies[-1], got.replies[-1]
    assert t(lang, "ask_receiving_org") not in got.replies[-1], got.replies[-1]
