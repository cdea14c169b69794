"""Paths shared by every kind of test."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# CI clones the repo with shared/ beside it; the samples and references live there.
SHARED = REPO.parent / "shared"
RASA_BIN = REPO / ".venv-rasa" / "bin" / "rasa"
MODEL = REPO / "models" / "assistant.tar.gz"
