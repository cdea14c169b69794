"""Round 42: a running action server failed every turn ("Sorry, I can't check this right now") after
newer code and call data reached the disk: the validated-call cache was keyed by the code files as they are
on disk, so the old process took an entry validated by the new code (with topic keys its own vocabulary
refuses) and broke on it. The key names the code this process loaded: newer files on disk do not change it."""
from __future__ import annotations

import shutil

from rules_core import loader


def test_the_code_stamp_is_the_loaded_codes(tmp_path, monkeypatch):
    before = loader._code_stamp()
    names = ("models.py", "model_base.py", "kinds.py", "loader.py", "countries.py", "vocab.py", "params.py",
             "sources.py", "checks.py")
    for name in names:
        shutil.copy(loader.PACKAGE_DIR / name, tmp_path / name)
        with (tmp_path / name).open("a") as newer:
            newer.write("\n# newer code on disk\n")
    monkeypatch.setattr(loader, "PACKAGE_DIR", tmp_path)
    assert loader._code_stamp() == before


def test_the_calls_still_load_and_validate():
    loader.reset()
    assert {"itm-2024", "imt-lucca-2015"} <= set(loader.known_ids())
