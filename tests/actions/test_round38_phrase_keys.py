"""Round 38: a second `university_word` entry added to phrases.yaml silently replaced the first (YAML keeps
the last duplicate), so every older reader of it matched "counts as" too."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

LOCALES = Path(__file__).resolve().parents[2] / "actions" / "locales"


def test_every_locale_file_defines_each_top_level_key_once():
    for path in sorted(LOCALES.glob("*.yaml")):
        keys = re.findall(r"^([A-Za-z_][\w]*):", path.read_text(encoding="utf-8"), flags=re.M)
        twice = [k for k, n in Counter(keys).items() if n > 1]
        assert not twice, f"{path.name}: {twice}"
