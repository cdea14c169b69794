"""`mobility vocabulary` lists every value a call file may use, from the code that checks it."""
from __future__ import annotations

import subprocess
import sys
from typing import get_args

from rules_core import kinds, vocab
from rules_core.models import GrantComponent
from rules_core.reference import GRANT_KINDS
from tests.conftest import REPO


def test_the_vocabulary_command_lists_every_value_and_kind() -> None:
    res = subprocess.run([sys.executable, "-m", "rules_core.cli", "vocabulary"], cwd=REPO,
                         capture_output=True, text=True, check=True)
    for value in (*vocab.ROLES, *vocab.ACTIVITIES, *vocab.RECEIVING_ORGS, *vocab.BOOL_FIELDS, *vocab.TOPICS,
                  *kinds.KINDS):
        assert value in res.stdout, value
    assert "supervisor_authorised  (condition, settled by the supervisor)" in res.stdout
    assert "day count (`grant.day_count`" in res.stdout and "  30/360" in res.stdout


def test_every_grant_kind_the_model_accepts_is_described() -> None:
    assert set(get_args(GrantComponent.model_fields["kind"].annotation)) == set(GRANT_KINDS)
