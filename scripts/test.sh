#!/usr/bin/env bash
# Runs every test: sets up both environments, trains the Rasa model if its inputs changed, lints, then one pytest
# run over tests/ (rules core, NLU extractor, actions, Rasa data validation and test stories, the held-out NLU
# evaluation, the servers end to end over HTTP, the widget in a real browser, and the shared sample cases).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/ensure_browser.sh
bash scripts/ensure_services.sh  # PostgreSQL, Redis, HAProxy for tests/infra/test_scaleout.py
bash scripts/train.sh
echo "test: ruff" >&2
.venv/bin/ruff check .
exec .venv/bin/pytest tests "$@"
