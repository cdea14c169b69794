"""Round 49 (r49-i: Belgian ITM postdoc, staff training at Universiteit Utrecht, 9-20 February 2026 by train,
then 9-13 February; today 1 October 2025).

- "15 februari?? ik zei tot 13 februari. kun je alles nog eens op een rijtje zetten?" stored a start on 15
  February 2026 and an end on 13 February 2027 and said "je komt niet in aanmerking" (364 days): a date quoted
  back with "??" is no new date, one after "ik zei" is the stored one (actions/quoteddate.py).
- "nee nee! begin 9 februari 2026, einde 13 februari 2026" after that summary got "Je antwoord blijft
  hetzelfde": the outcome said in short is now the one told (actions/summaryq.py).
- "ok top. ik ga met de trein, hoeveel reisgeld krijg ik met de trein?" (read as ask_contact) got the contact
  card; "nee ik vroeg naar het reisgeld als ik met de trein ga ..." stored "groen reizen: Nee" and "Ja: €
  211,00": the train said is noted, the amount answered with the green figure (actions/travelmode.py,
  actions/misread.py).
- "verandert het bedrag daardoor?" after the shorter stay got "Reissteun: € 285,00 in plaats van € 211,00"
  (green travel's change, told before): actions/amounttold.py keeps no amount "before" for a change told.
- "huh, reissteun 285 ipv 211 door een week korter? dat snap ik niet" got a what-if "tot en met 15 februari":
  now why the figure is the green one (actions/amountcause.py).
- "ok. zet alles nog eens op een rijtje aub" got "Daarmee kan ik niet helpen": the summary (phrases).
- "ik ben postdoc" was left out of the e-mail summary: the status says the PhD/postdoc staff member."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
PLAN = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "NL",
        "destination_city": "Utrecht", "citizenship": ["BE"], "doctoral_or_postdoc_staff": True,
        "start_date": "2026-02-09", "end_date": "2026-02-13", "goal": "eligibility"}
GREEN = {"en": "285.00", "fr": "285,00", "nl": "285,00", "it": "285,00"}
STANDARD = {"en": "211.00", "fr": "211,00", "nl": "211,00", "it": "211,00"}


CONVERSATION = [
    ("hoi, ik wil graag een staff training doen in Utrecht via Erasmus, kan dat?", "check_eligibility"),
    ("ik ben postdoc bij het ITM, dus personeel", "inform"),
    ("van 9 tot 20 februari 2026, twee weken dus", "inform"),
    ("belg", "inform"),
    ("heb ik voorrang als postdoc?", "nlu_fallback"),
    ("ok top. ik ga met de trein, hoeveel reisgeld krijg ik met de trein?", "ask_contact"),
    ("nee ik vroeg naar het reisgeld als ik met de trein ga. krijg ik dan meer? groen reizen of zo",
     "check_eligibility"),
    ("huh nee, ik reis WEL groen, met de trein dus. groen reizen: ja", "inform"),
    ("ok 285 euro. is dat wat het ITM zelf betaalt of een algemeen EU bedrag?", "check_eligibility"),
    ("wacht, eigenlijk maar één week, 9 tot 13 februari", "inform"),
    ("ok. en hoeveel dagen telt dat dan, en verandert het bedrag daardoor?", "check_eligibility"),
    ("huh, reissteun 285 ipv 211 door een week korter? dat snap ik niet", "out_of_scope"),
    ("15 februari?? ik zei tot 13 februari. kun je alles nog eens op een rijtje zetten?", "out_of_scope"),
    ("nee nee! begin 9 februari 2026, einde 13 februari 2026", "inform"),
    ("ok. zet alles nog eens op een rijtje aub", "out_of_scope"),
    ("kom ik in aanmerking?", "check_eligibility"),
    ("en hoeveel krijg ik voor die ene week met de trein?", "ask_grant"),
]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "nl"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    r = got.replies
    assert "285,00" in r[5] and "mailto:" not in r[5] and "groen reizen: Ja" in r[5], r[5]
    assert "groen reizen: Nee" not in r[6] and "€ 211,00 reissteun" not in r[6], r[6]
    assert "5 in plaats van 12" in r[10] and "211" not in r[10], r[10]
    assert "15 februari" not in r[11] and "komt niet van het kortere verblijf" in r[11], r[11]
    assert "2027" not in r[12] and "niet in aanmerking" not in r[12], r[12]
    assert "Kort: je komt in aanmerking" in r[12] and "9 februari 2026 tot 13 februari 2026" in r[12], r[12]
    assert "Kort: je komt in aanmerking" in r[14], r[14]
    assert got.slots["start_date"] == "2026-02-09" and got.slots["end_date"] == "2026-02-13"
    assert got.slots["green_travel"] is True


QUOTED = {"en": "15 February?? I said until 13 February. can you sum everything up?",
          "fr": "15 février ?? j'ai dit jusqu'au 13 février. tu peux tout récapituler ?",
          "nl": "15 februari?? ik zei tot 13 februari. kun je alles nog eens op een rijtje zetten?",
          "it": "15 febbraio?? ho detto fino al 13 febbraio. puoi riassumere tutto?"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["out_of_scope", "inform", "nlu_fallback"])
async def test_a_date_quoted_back_is_no_new_date(monkeypatch, lang, intent):
    # The plan told as eligible; the assistant had said "until 15 February" by mistake.
    before = await play(monkeypatch, {**PLAN, "language": lang}, [("?", "check_eligibility")], TODAY)
    got = await play(monkeypatch, {**before.slots, "green_travel": True}, [(QUOTED[lang], intent)], TODAY)
    reply = got.replies[0]
    assert got.slots["start_date"] == "2026-02-09" and got.slots["end_date"] == "2026-02-13", reply
    assert "2027" not in reply and "364" not in reply, reply


TRAIN = {"en": "ok great. I'm going by train, how much travel money do I get by train?",
         "fr": "ok super. je vais en train, combien d'aide au voyage je reçois en train ?",
         "nl": "ok top. ik ga met de trein, hoeveel reisgeld krijg ik met de trein?",
         "it": "ok perfetto. vado in treno, quanto contributo di viaggio ricevo in treno?"}
ASKED = {"en": "no I asked about the travel money if I go by train. do I get more? green travel or so",
         "fr": "non j'ai demandé l'aide au voyage si je prends le train. j'ai plus ? voyage vert ou quoi",
         "nl": "nee ik vroeg naar het reisgeld als ik met de trein ga. krijg ik dan meer? groen reizen of zo",
         "it": "no ho chiesto del contributo di viaggio se vado in treno. ricevo di più? viaggio sostenibile"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_train_said_with_the_amount_question(monkeypatch, lang):
    before = await play(monkeypatch, {**PLAN, "language": lang}, [("?", "check_eligibility")], TODAY)
    got = await play(monkeypatch, before.slots, [(TRAIN[lang], "ask_contact")], TODAY)
    reply = got.replies[0]
    assert got.slots.get("green_travel") is True, reply
    assert GREEN[lang] in reply and "mailto:" not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_no_i_asked_denies_no_train(monkeypatch, lang):
    before = await play(monkeypatch, {**PLAN, "language": lang}, [("?", "check_eligibility")], TODAY)
    got = await play(monkeypatch, before.slots, [(ASKED[lang], "check_eligibility")], TODAY)
    assert got.slots.get("green_travel") is not False, got.replies[0]


BACK = {"en": ("can you sum everything up?", "no no! start 9 February 2026, end 13 February 2026"),
        "fr": ("tu peux tout récapituler ?", "non non ! début 9 février 2026, fin 13 février 2026"),
        "nl": ("kun je alles nog eens op een rijtje zetten?",
               "nee nee! begin 9 februari 2026, einde 13 februari 2026"),
        "it": ("puoi riassumere tutto?", "no no! inizio 9 febbraio 2026, fine 13 febbraio 2026")}
STANDS = {"en": "stays the same", "fr": "ne change pas", "nl": "blijft hetzelfde", "it": "non cambia"}


@pytest.mark.parametrize("lang", LANGS)
async def test_an_answer_changed_back_is_no_same_answer(monkeypatch, lang):
    before = await play(monkeypatch, {**PLAN, "language": lang}, [("?", "check_eligibility")], TODAY)
    wrong = {**before.slots, "start_date": "2026-02-15", "end_date": "2027-02-13"}
    summary, restore = BACK[lang]
    got = await play(monkeypatch, wrong, [(summary, "out_of_scope"), (restore, "inform")], TODAY)
    assert "364" in got.replies[0], got.replies[0]
    assert STANDS[lang] not in got.replies[1], got.replies[1]


CAUSE = {"en": "huh, travel support 285 instead of 211 because of a week shorter? I don't get it",
         "fr": "hein, aide au voyage 285 au lieu de 211 à cause d'une semaine en moins ? je ne comprends pas",
         "nl": "huh, reissteun 285 ipv 211 door een week korter? dat snap ik niet",
         "it": "eh, contributo di viaggio 285 invece di 211 per una settimana in meno? non capisco"}
CAUSE_SAID = {"en": "does not come from the shorter stay", "fr": "ne viennent pas du séjour plus court",
              "nl": "komt niet van het kortere verblijf", "it": "non vengono dal soggiorno più breve"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["out_of_scope", "ask_grant", "nlu_fallback"])
async def test_why_the_travel_support_is_the_green_one(monkeypatch, lang, intent):
    before = await play(monkeypatch, {**PLAN, "green_travel": True, "language": lang},
                        [("?", "check_eligibility")], TODAY)
    got = await play(monkeypatch, before.slots, [(CAUSE[lang], intent)], TODAY)
    reply = got.replies[0]
    assert CAUSE_SAID[lang] in reply and GREEN[lang] in reply and STANDARD[lang] in reply, reply
    assert "15" not in reply and got.slots["end_date"] == "2026-02-13", reply


SHORTER = {"en": ("I'm going by train", "wait, actually just one week, 9 to 13 February",
                  "ok. and how many days is that, and does the amount change because of it?"),
           "nl": ("ik ga met de trein", "wacht, eigenlijk maar één week, 9 tot 13 februari",
                  "ok. en hoeveel dagen telt dat dan, en verandert het bedrag daardoor?")}


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_shorter_stay_changes_no_travel_support(monkeypatch, lang):
    plan = {**PLAN, "end_date": "2026-02-20", "green_travel": False, "language": lang}
    train, week, change = SHORTER[lang]
    got = await play(monkeypatch, plan, [("?", "check_eligibility"), (train, "inform"), (week, "inform"),
                                         (change, "check_eligibility")], TODAY)
    assert got.slots["green_travel"] is True and got.slots["end_date"] == "2026-02-13", got.replies
    assert STANDARD[lang] not in got.replies[-1], got.replies[-1]


# ("kun je alles op een rijtje zetten?" was read already; the imperative without "?" was not.)
RECAP = {"nl": ["ok. zet alles nog eens op een rijtje aub", "zet alles even op een rijtje"]}


@pytest.mark.parametrize("text", RECAP["nl"])
@pytest.mark.parametrize("intent", ["out_of_scope", "nlu_fallback"])
async def test_all_in_a_row(monkeypatch, text, intent):
    before = await play(monkeypatch, {**PLAN, "language": "nl"}, [("?", "check_eligibility")], TODAY)
    got = await play(monkeypatch, before.slots, [(text, intent)], TODAY)
    reply = got.replies[0]
    assert "komt in aanmerking" in reply and "niet in" not in reply, reply


POSTDOC = {"en": "Status: PhD or postdoctoral staff member of",
           "fr": "Statut : Membre du personnel doctorant ou",
           "nl": "Status: Doctorerend of postdoctoraal personeelslid van",
           "it": "Membro del personale dottorando o postdoc"}
WHO = {"en": "who do I contact?", "fr": "qui dois-je contacter ?", "nl": "wie contacteer ik?",
       "it": "chi devo contattare?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_postdoc_in_the_summary(monkeypatch, lang):
    before = await play(monkeypatch, {**PLAN, "language": lang}, [("?", "check_eligibility")], TODAY)
    got = await play(monkeypatch, before.slots, [(WHO[lang], "ask_contact")], TODAY)
    assert POSTDOC[lang] in got.replies[0], got.replies[0]
