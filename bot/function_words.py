"""The small words of English, French, Dutch and Italian: the evidence a conversation's language changes on.

Lingua reads short English questions as Dutch ("is the train to amsterdam paid?": Dutch 0.65; round 31
answered in Dutch an English speaker who had written English all along): on a few words, with a place name,
its models guess. A person who writes another language uses that language's small words (articles, pronouns,
prepositions, auxiliaries); those only one of the four languages has are the evidence (bot/language.py). A
word that several of the languages spell alike ("is", "in", "me", "de", "no", "a") is evidence for none: it
is listed under each of them and counted for none.

Standard library only: imported by the action server and the Rasa server alike (bot/language.py).
"""
from __future__ import annotations

_WORDS = {
    "en": "the a an and or but of to in on at for with from by about into over after before is are was were "
          "be been being am do does did done have has had having can could would should will shall may "
          "might must i you he she it we they my your his her its our their me him us them this that these "
          "those what which who whom whose when where why how if then than so not no yes there here any "
          "some all also just only too very much many more most like get got paid please pls thanks thank "
          "dont don't im i'm it's isn't aren't can't won't doesn't didn't i'll i've i'd you're there's "
          "what's also anything something nothing because though still even now per come as on met want er",
    "fr": "le la les un une des du de d'un d'une au aux et ou mais donc car ni est sont suis es sommes êtes "
          "était été être ai as avons avez ont avoir fait faire peut peux puis pouvez dois doit faut je tu "
          "il elle on nous vous ils elles me te se moi toi lui leur leurs mon ma mes ton ta tes son sa ses "
          "notre votre nos vos ce cet cette ces qui que quoi quel quelle quels quelles où quand comment "
          "pourquoi combien si pas ne plus très aussi avec pour dans sur sous chez par sans entre c'est "
          "j'ai qu'il est-ce est-il y-a-t-il non oui merci voudrais veux svp stp bien alors encore déjà en "
          "dont",
    "nl": "de het een en of maar want dus is zijn ben bent was waren wordt worden werd heb hebt heeft "
          "hebben had kan kun kunt kunnen mag mogen moet moeten wil wilt willen zal zou zullen ik jij je u "
          "hij zij ze we wij jullie mij me mijn jouw uw zijn haar ons onze hun dit dat deze die wat wie "
          "welke waar wanneer waarom hoe hoeveel als dan niet geen nee ja wel ook nog al er hier daar met "
          "voor van naar in op aan bij uit over door tot om te zonder tussen graag alsjeblieft alstublieft "
          "aub bedankt dank krijg krijgt krijgen betaald vergoed nu toch even pas",
    "it": "il lo la i gli le un uno una un' dell' della delle degli dei del al alla alle agli ai e ed o ma "
          "però perché quindi è sono sei siamo siete era stato essere ho hai ha abbiamo avete hanno avere "
          "posso puoi può possiamo devo deve devono bisogna vorrei voglio io tu lui lei noi voi loro mi ti "
          "ci si me te mio mia miei mie tuo tua suo sua nostro vostro questo questa questi quello quella "
          "che chi cosa quale quali quando dove come quanto quanti quanta non no sì si anche già ancora "
          "molto più con per in su da di tra fra senza grazie prego per favore allora bene c'è ce so",
}
WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
# The words only one language has: "the", "est", "het", "della" are evidence; "is", "de", "me", "in" are not.
OWN: dict[str, frozenset[str]] = {
    lang: words - frozenset().union(*(other for o, other in WORDS.items() if o != lang))
    for lang, words in WORDS.items()}


def evidence(words: list[str]) -> dict[str, int]:
    """How many of the (lower-case) words only each language has."""
    return {lang: sum(w in own for w in words) for lang, own in OWN.items()}
