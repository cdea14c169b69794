"""A reference line is named as "the EU-wide rules" unless the call labels it: IMT Lucca's grant rates are the
Italian National Agency's (INDIRE) 2015/2016 rates, and a reply named them "EU-wide Erasmus+ rules"."""
from __future__ import annotations

import pytest

from rules_core.headings import source_label
from rules_core.loader import compiled

LUCCA_RATES = "erasmus-figures.md, IMT Lucca, call 2015/2016 (Italian National Agency, INDIRE rates)"
AGENCY = {"en": "Italian Erasmus+ National Agency", "fr": "agence nationale italienne",
          "nl": "Italiaanse nationale Erasmus+-agentschap", "it": "Agenzia Nazionale Erasmus+ italiana"}
EU_WIDE = {"en": "EU-wide Erasmus+ rules", "fr": "règles Erasmus+ de l'UE", "nl": "EU-brede Erasmus+-regels",
           "it": "regole Erasmus+ dell'UE"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_lucca_rates_are_named_as_the_national_agencys(lang):
    label = source_label("imt-lucca-2015", LUCCA_RATES, lang)
    assert AGENCY[lang] in label
    assert EU_WIDE[lang] not in label


def test_the_lucca_grant_cites_the_labelled_reference():
    components = compiled("imt-lucca-2015").raw["grant"]["components"]
    assert LUCCA_RATES in {c.get("reference") for c in components}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_an_unlabelled_reference_line_stays_the_eu_rules(lang):
    swiss = "erasmus-figures.md, Countries: Switzerland has not been a programme country since 2014"
    assert source_label("imt-lucca-2015", swiss, lang) == EU_WIDE[lang]
    assert source_label("itm-2024", "erasmus-figures.md, Travel support", lang) == EU_WIDE[lang]
