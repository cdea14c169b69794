"""Locale files: every string in all four languages, plain YAML."""
from __future__ import annotations

import yaml

from actions.i18n import LANGS, STRINGS


def test_every_common_string_exists_in_all_four_languages():
    english = STRINGS["en"]
    for lang in LANGS:
        assert set(english) <= set(STRINGS[lang]), lang
        for key, value in english.items():
            if isinstance(value, dict):
                assert set(value) <= set(STRINGS[lang][key]), (lang, key)


def test_locale_files_are_plain_yaml():
    for lang in LANGS:
        with open(f"actions/locales/{lang}.yaml", encoding="utf-8") as handle:
            assert isinstance(yaml.safe_load(handle), dict)

