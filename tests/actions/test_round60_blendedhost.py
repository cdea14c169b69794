"""Round 60 (r60-b3, r60-d3).

r60-b3, a Moroccan ITM MSc student (French, "vous"), a 10-day blended summer school at Lyon 1, 11 to 20 May
2026, online part before: "Est-ce que la date limite dépend de la partie en ligne, qui commence peut-être déjà
en avril ?" got "Oui : votre mobilité hybride comporte sa composante virtuelle obligatoire..."; "si la "
          "partie en
ligne commence par exemple le 15 avril, la date limite reste-t-elle le 11 mars, ou faut-il compter deux mois
avant le début de la partie en ligne ?" got "15 avril 2026 serait trop tard."; "faut-il que cette école d'été
soit officiellement un programme intensif hybride (BIP) ... ?" got the virtual-component sentence again (its
third time), then the staff and traineeship hosts; her country of origin was taken from her nationality in a
bracket that asked nothing.

r60-d3, an ITM MSc student, traineeship at MSF Amsterdam: "i dont really know who my coordinator is" (twice)
got the contact block and the application rule; "is msf amsterdam fine as host? it doesnt need some special
accreditation?" got the contact block again, then "Yes", the accreditation left out; "Hola, ¿puedo hacer unas
prácticas Erasmus?" got "I'll continue in English" without the language it does not speak."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]

BLENDED = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
           "receiving_org": "hei",
           "destination": "FR", "destination_city": "Lyon", "citizenship": ["MA"], "gender": "f",
           "start_date": "2026-05-11", "end_date": "2026-05-20", "virtual_component": True,
           "goal": "eligibility"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
# The check of the virtual part, and the sentence that said it again as an answer (r60-b3: three times).
VIRTUAL_OK = {"en": "has its compulsory virtual component", "fr": "comporte sa composante virtuelle "
              "obligatoire",
              "nl": "heeft haar verplichte virtuele component", "it": "ha la sua componente virtuale "
              "obbligatoria"}

# --- 1. the online part and the date to apply by ------------------------------------------------------------
ONLINE_DEADLINE = {
    "en": ("I see. By when exactly must I apply? Does the deadline depend on the online part, which may "
    "already "
           "start in April?",
           "Sorry, maybe I wasn't clear: if the online part starts on 15 April, for example, does the "
           "deadline "
           "stay 11 March, or must I count two months before the start of the online part?",
           "11 March 2026", "(15 April 2026)", "online part", "too late"),
    "fr": ("Je comprends. Avant quand dois-je postuler exactement ? Est-ce que la date limite dépend de "
    "la partie "
           "en ligne, qui commence peut-être déjà en avril ?",
           "Pardon, je me suis peut-être mal exprimée : si la partie en ligne commence par exemple le 15 "
           "avril, "
           "la date limite reste-t-elle le 11 mars, ou faut-il compter deux mois avant le début de la "
           "partie en "
           "ligne ?",
           "11 mars 2026", "(15 avril 2026)", "partie en ligne", "trop tard"),
    "nl": ("Ik begrijp het. Tegen wanneer moet ik precies aanvragen? Hangt de deadline af van het online "
    "deel, dat "
           "misschien al in april begint?",
           "Sorry, misschien drukte ik me slecht uit: als het online deel bijvoorbeeld op 15 april "
           "begint, blijft "
           "de deadline dan 11 maart, of moet ik twee maanden vóór het begin van het online deel rekenen?",
           "11 maart 2026", "(15 april 2026)", "online deel", "te laat"),
    "it": ("Capisco. Entro quando devo candidarmi esattamente? La scadenza dipende dalla parte online, "
    "che forse "
           "inizia già ad aprile?",
           "Mi scusi, forse mi sono espressa male: se la parte online inizia per esempio il 15 aprile, la "
           "scadenza "
           "resta l'11 marzo, o bisogna contare due mesi prima dell'inizio della parte online?",
           "11 marzo 2026", "(15 aprile 2026)", "parte online", "troppo tardi"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_online_part_does_not_move_the_date_to_apply_by(monkeypatch, lang):
    first, second, apply_by, online, part, late = ONLINE_DEADLINE[lang]
    got = await play(monkeypatch, {**BLENDED, "language": lang},
                     [(first, "ask_deadline"), (second, "ask_deadline")], TODAY, user_event="parsed")
    for reply in got.replies:
        assert not reply.startswith(YES[lang]), got.replies  # no "Oui" the call does not give
        assert apply_by in reply and part in reply, got.replies
        assert late not in reply and VIRTUAL_OK[lang] not in reply, got.replies
    assert online in got.replies[1], got.replies  # the online part's start, not a day to apply on
    assert got.slots["start_date"] == "2026-05-11", got.slots


# --- 2, 3. whether it must be a BIP; the virtual-component sentence said once -------------------------------
BIP = {
    "en": ("Thank you very much. One last question: must this summer school officially be a blended "
    "intensive "
           "programme (BIP) organised by several universities, or is an ordinary Lyon 1 summer school "
           "with an "
           "online part enough?",
           "Yes, I understood that. My question was rather about the organiser: does the call require a "
           "recognised BIP, set up by at least three institutions, or is any blended summer school fine?",
           "Staff:"),
    "fr": ("Merci beaucoup. Une dernière question : faut-il que cette école d'été soit officiellement un "
           "programme intensif hybride (BIP) organisé par plusieurs universités, ou bien une école d'été "
           "ordinaire de Lyon 1 avec une partie en ligne suffit-elle ?",
           "Oui, cela je l'ai bien compris. Ma question portait plutôt sur l'organisateur : l'appel "
           "exige-t-il un "
           "BIP reconnu, monté par au moins trois établissements, ou n'importe quelle école d'été hybride "
           "convient-elle ?",
           "Personnel :"),
    "nl": ("Hartelijk dank. Een laatste vraag: moet deze zomerschool officieel een gemengd intensief "
    "programma "
           "(BIP) zijn dat door meerdere universiteiten georganiseerd wordt, of volstaat een gewone "
           "zomerschool "
           "van Lyon 1 met een online deel?",
           "Ja, dat had ik begrepen. Mijn vraag ging eerder over de organisator: vereist de oproep een "
           "erkend BIP, "
           "opgezet door minstens drie instellingen, of is elke gemengde zomerschool goed?",
           "Personeel:"),
    "it": ("Grazie mille. Un'ultima domanda: questa scuola estiva deve essere ufficialmente un programma "
           "intensivo misto (BIP) organizzato da più università, o basta una normale scuola estiva di "
           "Lyon 1 con "
           "una parte online?",
           "Sì, questo l'avevo capito. La mia domanda riguardava piuttosto l'organizzatore: il bando "
           "richiede un "
           "BIP riconosciuto, organizzato da almeno tre istituti, o va bene qualsiasi scuola estiva mista?",
           "Personale:"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_whether_it_must_be_a_bip_gets_what_the_call_says(monkeypatch, lang):
    first, second, staff = BIP[lang]
    got = await play(monkeypatch, {**BLENDED, "language": lang},
                     [(first, "faq_receiving_org"), (second, "faq_receiving_org")], TODAY,
                     user_event="parsed")
    for reply in got.replies:
        assert "BIP" in reply and "tropEd" in reply and "3 ECTS" in reply, got.replies
        assert "erasmusplusmobility@itg.be" in reply, got.replies  # who confirms a given programme
        assert staff not in reply and VIRTUAL_OK[lang] not in reply, got.replies


@pytest.mark.parametrize("lang", LANGS)
async def test_the_virtual_component_sentence_comes_once(monkeypatch, lang):
    first, _, _, _, _, _ = ONLINE_DEADLINE[lang]
    bip, _, _ = BIP[lang]
    got = await play(monkeypatch, {**BLENDED, "language": lang},
                     [(first, "ask_deadline"), (bip, "faq_receiving_org"), ("/show_checks", "show_checks")],
                     TODAY, user_event="parsed")
    assert sum(reply.count(VIRTUAL_OK[lang]) for reply in got.replies) == 1, got.replies


# --- 4. the country of origin taken from the nationality, said so that it can be corrected ------------------
START = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "receiving_org": "hei",
         "destination": "FR", "destination_city": "Lyon", "gender": "f", "goal": "eligibility"}
NATIONALITY = {
    "en": ("It is a 10-day summer school, from 11 to 20 May 2026, with an online part that takes place "
    "before the "
           "week on site. Also, I am Moroccan: is my Moroccan nationality a problem?",
           "if you come from"),  # (round 62 wording)
    "fr": ("Il s'agit d'une école d'été de 10 jours, du 11 au 20 mai 2026, avec une partie en ligne qui a "
    "lieu "
           "avant la semaine sur place. Par ailleurs, je suis de nationalité marocaine : est-ce que ma "
           "nationalité "
           "marocaine pose problème ?",
           "si vous êtes originaire de ce pays, dites-le-moi"),  # (round 62 wording)
    "nl": ("Het gaat om een zomerschool van 10 dagen, van 11 tot 20 mei 2026, met een online deel vóór de "
    "week ter "
           "plaatse. Verder ben ik Marokkaanse: maakt het uit dat ik Marokkaanse ben?",
           "komt u uit dat land, zeg het me dan"),  # (round 62 wording)
    "it": ("Si tratta di una scuola estiva di 10 giorni, dall'11 al 20 maggio 2026, con una parte online "
    "prima "
           "della settimana in presenza. Inoltre sono di nazionalità marocchina: la mia nazionalità "
           "marocchina è "
           "un problema?",
           "se il Suo paese d'origine è questo, me lo dica"),  # (round 62 wording)
}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_origin_taken_from_the_nationality_can_be_corrected(monkeypatch, lang):
    text, correctable = NATIONALITY[lang]
    got = await play(monkeypatch, {**START, "language": lang}, [(text, "check_eligibility")], TODAY,
                     user_event="parsed")
    assert correctable in got.replies[0], got.replies


# --- 5. "I don't know who my coordinator is" ----------------------------------------------------------------
NGO = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "receiving_org": "ngo",
       "destination": "NL", "destination_city": "Amsterdam", "citizenship": ["ES"],
       "start_date": "2026-05-01",
       "end_date": "2026-07-31", "goal": "eligibility"}
COORDINATOR = {
    "en": ("and who do i contact? i dont really know who my coordinator is",
           "but i dont know who my coordinator is, should i just email the erasmus address?",
           "departmental educational coordinator or supervisor", "summary"),
    "fr": ("et je contacte qui ? je ne sais pas vraiment qui est mon coordinateur",
           "mais je ne sais pas qui est mon coordinateur, je dois juste écrire à l'adresse erasmus ?",
           "coordinateur pédagogique départemental", "résumé"),
    "nl": ("en wie contacteer ik? ik weet niet echt wie mijn coördinator is",
           "maar ik weet niet wie mijn coördinator is, moet ik gewoon naar het erasmus-adres mailen?",
           "departementale onderwijscoördinator", "samenvatting"),
    "it": ("e chi contatto? non so chi sia il mio coordinatore",
           "ma non so chi sia il mio coordinatore, devo solo scrivere all'indirizzo erasmus?",
           "coordinatore didattico di dipartimento", "riepilogo"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_who_is_my_coordinator_gets_how_to_find_out(monkeypatch, lang):
    first, second, role, summary = COORDINATOR[lang]
    got = await play(monkeypatch, {**NGO, "language": lang},
                     [(first, "ask_contact"), (second, "ask_contact")], TODAY, user_event="parsed")
    for reply in got.replies:
        assert "erasmusplusmobility@itg.be" in reply and role in reply, got.replies
        assert summary not in reply.lower() and "mailto:" not in reply, got.replies
    assert got.replies[1].startswith(YES[lang]), got.replies


# --- 6. an accreditation asked of a traineeship host ------------------------------------------------------
ACCREDITATION = {
    "en": "ok and msf amsterdam is fine as host? it doesnt need some special accreditation?",
    "fr": "ok et msf amsterdam convient comme organisme d'accueil ? il ne lui faut pas une accréditation "
          "spéciale ?",
    "nl": "ok en msf amsterdam is goed als gastorganisatie? heeft die geen speciale accreditatie nodig?",
    "it": "ok e msf amsterdam va bene come ente ospitante? non serve un accreditamento speciale?",
}
CONTACT_BLOCK = {"en": "The right person for you", "fr": "La bonne personne", "nl": "De juiste persoon",
                 "it": "La persona giusta"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_traineeship_host_needs_no_eche(monkeypatch, lang):
    got = await play(monkeypatch, {**NGO, "language": lang}, [(ACCREDITATION[lang], "faq_receiving_org")],
                     TODAY, user_event="parsed")
    reply = got.replies[0]
    assert reply.startswith(YES[lang]) and "ECHE" in reply, reply
    assert any(w in reply for w in ("NGO", "ONG", "ngo")), reply
    assert CONTACT_BLOCK[lang] not in reply and "erasmusplusmobility" not in reply, reply


# --- 7. a language it does not speak ---------------------------------------------------------------------
async def test_a_spanish_first_message_gets_the_languages_spoken_in_one_line(monkeypatch):
    got = await play(monkeypatch, {}, [("Hola, ¿puedo hacer unas prácticas Erasmus?", "greet")], TODAY,
                     user_event="parsed")
    first = got.replies[0].split("\n")[0]
    assert "Spanish" in first and "English, français, Nederlands and italiano" in first, got.replies
    assert got.slots["language"] == "en", got.slots
