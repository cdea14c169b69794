#!/usr/bin/env bash
# Runs the assistant: installs what is missing, trains if the training data changed, then starts the action
# server, the Rasa server (REST + widget channels, embedded SQLite conversation store) and the widget page.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/train.sh
exec .venv/bin/python scripts/serve.py "$@"
