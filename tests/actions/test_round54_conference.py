"""Round 54.

r54-mm (a Belgian ITM IT administrator, staff without a PhD, French "vous"; a 3-day conference at the
Université de Lille, 14-16 April 2026; today 1 October 2025):
1. The first message already said "conférence" and got "Jusqu'ici, tout va bien : cela semble possible":
   before the role is known, every role's own rule of the call excludes conferences (staff and students), so
   the rules core's failures are said at once (actions/profile.py shared_failures).
2. The refusal named no way forward and "Pourquoi une conférence ne compte pas ?" repeated the rule: the call
   data's topic `conference_alternative` says why (staff mobility is a training period in a receiving
   organisation) and what would work, with its source (actions/activityalt.py, actions/faq.py).

r54-oo (a Dutch ITM PhD student, "u"; today 4 December 2026, the ITM call ended; Karolinska March 2027):
3. "Kan ik dan nu al iets voorbereiden zodat ik snel kan aanvragen als de nieuwe oproep opent?" got "Nee, niet
   via deze oproep" and the documents follow-up only a remark on the promotor: now what the ended call asked
   for (its documents, from the call data, with the source), that the next call may differ, whom to ask
   (actions/prepareq.py)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

# 1 and 2 -------------------------------------------------------------------------------------------------
CONFERENCE = {
    "fr": "Bonjour, je suis administrateur informatique à l'ITM Anvers. Je souhaiterais participer à une "
          "conférence de 3 jours à l'Université de Lille, du 14 au 16 avril 2026. Est-ce possible avec "
          "Erasmus+ ?",
    "en": "Hello, I am an IT administrator at ITM Antwerp. I would like to attend a 3-day conference at the "
          "University of Lille, from 14 to 16 April 2026. Is that possible with Erasmus+?",
    "nl": "Goedendag, ik ben IT-beheerder aan het ITG in Antwerpen. Ik wil graag deelnemen aan een "
          "conferentie van 3 dagen aan de Universiteit van Rijsel, van 14 tot 16 april 2026. "
          "Kan dat met Erasmus+?",
    "it": "Buongiorno, sono amministratore informatico all'ITM di Anversa. Vorrei partecipare a una "
          "conferenza di 3 giorni all'Università di Lille, dal 14 al 16 aprile 2026. "
          "È possibile con Erasmus+?",
}
STAFF = {
    "fr": "Membre du personnel, je suis administrateur informatique, sans doctorat. "
          "Je suis de nationalité belge.",
    "en": "Staff member, I am an IT administrator, without a PhD. I am Belgian.",
    "nl": "Personeelslid, ik ben IT-beheerder, zonder doctoraat. Ik heb de Belgische nationaliteit.",
    "it": "Membro del personale, sono amministratore informatico, senza dottorato. "
          "Sono di nazionalità belga.",
}
WHY = {
    "fr": "Pourquoi une conférence ne compte pas ?",
    "en": "Why doesn't a conference count?",
    "nl": "Waarom telt een conferentie niet?",
    "it": "Perché una conferenza non conta?",
}
SO_FAR = {"fr": "tout va bien", "en": "So far", "nl": "Tot nu toe", "it": "Finora"}
NOT_ELIGIBLE = {"fr": "vous n'êtes pas éligible", "en": "you are not eligible",
                "nl": "komt u niet in aanmerking", "it": "non è idoneo"}
CONF_RULE = {"fr": "participation à des conférences", "en": "Participation in conferences",
             "nl": "Deelname aan conferenties", "it": "partecipazione a conferenze"}
WHY_TEXT = {"fr": "période de formation dans un organisme d'accueil",
            "en": "training period in a receiving organisation",
            "nl": "opleidingsperiode in een ontvangende organisatie",
            "it": "periodo di formazione presso un'organizzazione ospitante"}
WOULD_WORK = {"fr": "Ce qui pourrait marcher à la place", "en": "What would work instead",
              "nl": "Wat wel kan werken", "it": "Cosa potrebbe funzionare invece"}
STAFF_DAYS = {"fr": "2 à 60 jours", "en": "2 to 60 days", "nl": "2 tot 60 dagen", "it": "da 2 a 60 giorni"}
SOURCE = {"fr": "(source:", "en": "(source:", "nl": "(bron:", "it": "(fonte:"}
TODAY = "2025-10-01"


async def _conference(monkeypatch, lang, *more):
    return await play(monkeypatch, {"call": None, "language": lang},
                      [(CONFERENCE[lang], "check_eligibility"), *more], TODAY, user_event="parsed",
                      keep_slot_events=True)


@pytest.mark.parametrize("lang", ["fr", "en", "nl", "it"])
async def test_a_conference_in_the_first_message_is_refused_at_once_with_what_would_work(monkeypatch, lang):
    got = await _conference(monkeypatch, lang)
    first = got.replies[0]
    assert got.slots["activity"] == "conference", got.slots
    assert SO_FAR[lang] not in first, first
    assert NOT_ELIGIBLE[lang] in first, first
    assert CONF_RULE[lang] in first, first
    assert WHY_TEXT[lang] in first and WOULD_WORK[lang] in first, first
    assert SOURCE[lang] in first, first


@pytest.mark.parametrize("lang", ["fr", "en", "nl", "it"])
async def test_the_staff_refusal_and_the_why_say_why_and_what_would_work(monkeypatch, lang):
    got = await _conference(monkeypatch, lang, (STAFF[lang], "inform"), (WHY[lang], "faq_conferences"))
    refusal, why = got.replies[1], got.replies[2]
    assert got.slots["role"] == "staff", got.slots
    for reply in (refusal, why):
        assert CONF_RULE[lang] in reply, reply
        assert WHY_TEXT[lang] in reply and WOULD_WORK[lang] in reply, reply
        assert STAFF_DAYS[lang] in reply, reply
        assert "cmorantin@itg.be" in reply, reply
    assert "tropEd" in why, why


# 3 -------------------------------------------------------------------------------------------------------
KAROLINSKA = {
    "nl": [
        ("Goedendag, ik ben doctoraatsstudente aan het ITM in Antwerpen en ik wil van 1 tot 21 maart "
         "2027 een kort onderzoeksverblijf doen aan het Karolinska Institutet in Stockholm. "
         "Kan ik hiervoor nog een "
         "Erasmus-beurs aanvragen?", "check_eligibility"),
        ("Jammer. En wat had ik onder de vorige oproep gekregen, als mijn verblijf toen had "
         "plaatsgevonden, met dezelfde duur van 3 weken?", "ask_grant"),
        ("Ik heb de Nederlandse nationaliteit. Waarom is dat eigenlijk van belang?", "inform"),
        ("Ik ben geen personeelslid van het ITG, alleen doctoraatsstudente.", "inform"),
    ],
    "en": [
        ("Hello, I am a PhD student at ITM in Antwerp and I want to do a short research stay at the "
         "Karolinska Institutet in Stockholm from 1 to 21 March 2027. "
         "Can I still apply for an Erasmus grant?",
         "check_eligibility"),
        ("Too bad. And what would I have got under the previous call, with the same length of 3 weeks?",
         "ask_grant"),
        ("I am Dutch. I am not an ITM staff member, only a PhD student.", "inform"),
    ],
    "fr": [
        ("Bonjour, je suis doctorante à l'IMT d'Anvers et je voudrais faire un court séjour de recherche au "
         "Karolinska Institutet à Stockholm du 1er au 21 mars 2027. "
         "Puis-je encore demander une bourse Erasmus ?",
         "check_eligibility"),
        ("Dommage. Et qu'aurais-je reçu avec l'appel précédent, pour la même durée de 3 semaines ?",
         "ask_grant"),
        ("Je suis néerlandaise. Je ne suis pas membre du personnel de l'IMT, seulement doctorante.",
         "inform"),
    ],
    "it": [
        ("Buongiorno, sono dottoranda all'ITM di Anversa e vorrei fare un breve soggiorno di ricerca al "
         "Karolinska Institutet di Stoccolma dal 1 al 21 marzo 2027. "
         "Posso ancora chiedere una borsa Erasmus?",
         "check_eligibility"),
        ("Peccato. E cosa avrei ricevuto con il bando precedente, con la stessa durata di 3 settimane?",
         "ask_grant"),
        ("Sono olandese. Non sono membro del personale dell'ITM, solo dottoranda.", "inform"),
    ],
}
PREPARE = {
    "nl": "Kan ik dan nu al iets voorbereiden zodat ik snel kan aanvragen als de nieuwe oproep opent?",
    "en": "Can I already prepare something so that I can apply quickly when the new call opens?",
    "fr": "Est-ce que je peux déjà préparer quelque chose pour postuler vite quand le nouvel appel "
          "ouvrira ?",
    "it": "Posso già preparare qualcosa per candidarmi subito quando aprirà il nuovo bando?",
}
DOCUMENTS = ("Ik bedoelde eerder: welke documenten of stappen kan ik al voorbereiden, bijvoorbeeld een "
             "uitnodigingsbrief van Karolinska of een akkoord van mijn promotor?")
NOT_THROUGH = {"nl": "Nee, niet via deze oproep", "en": "No, not through this call",
               "fr": "Non, pas par cet appel", "it": "No, non con questo bando"}
ASKED_FOR = {"nl": "motivatiebrief en studieplan", "en": "motivation letter and study plan",
             "fr": "une lettre de motivation et un plan d'études",
             "it": "una lettera di motivazione e un piano di studio"}
MAY_DIFFER = {"nl": "de volgende oproep kan iets anders vragen",
              "en": "the next call may ask for something else",
              "fr": "le prochain appel peut demander autre chose",
              "it": "il prossimo bando può chiedere altro"}
NO_OTHER = {"nl": "Andere documenten noemde de oproep niet", "en": "The call named no other documents",
            "fr": "L'appel ne citait pas d'autres documents", "it": "Il bando non indicava altri documenti"}


@pytest.mark.parametrize("lang", ["nl", "en", "fr", "it"])
async def test_preparing_for_the_next_call_gets_what_the_ended_call_asked_for(monkeypatch, lang):
    got = await play(monkeypatch, {"call": None, "language": lang},
                     [*KAROLINSKA[lang], (PREPARE[lang], "check_eligibility")], "2026-12-04",
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert NOT_THROUGH[lang] not in reply, reply
    assert ASKED_FOR[lang] in reply and MAY_DIFFER[lang] in reply and NO_OTHER[lang] in reply, reply
    assert SOURCE[lang] in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply


@pytest.mark.parametrize("intent", ["faq_application", "inform", "check_eligibility"])
async def test_the_documents_to_prepare_are_the_ended_calls_not_a_remark_on_the_promotor(monkeypatch, intent):
    got = await play(monkeypatch, {"call": None, "language": "nl"},
                     [*KAROLINSKA["nl"], (DOCUMENTS, intent)], "2026-12-04",
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert ASKED_FOR["nl"] in reply and NO_OTHER["nl"] in reply, reply
    assert "geen voorwaarde van" not in reply, reply
