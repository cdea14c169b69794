"""Round 63 (w3, Dutch): the what-would-work line logged "missing locale key whywork_country_articles" for
English and Dutch, which put no article before a country name: the key is there, empty, in every locale."""
from __future__ import annotations

import logging

import pytest

from actions.countryarticle import with_article

NAMES = {"en": "Belgium", "nl": "België", "fr": "la Belgique", "it": "dal Belgio"}


@pytest.mark.parametrize("lang", sorted(NAMES))
def test_a_country_with_its_article_logs_no_missing_key(caplog, lang):
    with caplog.at_level(logging.ERROR):
        named = with_article("BE", lang)
    assert named.endswith(NAMES[lang].split()[-1]) and named.startswith(NAMES[lang].split()[0]), named
    assert not [r for r in caplog.records if "missing locale key" in r.getMessage()], caplog.records
