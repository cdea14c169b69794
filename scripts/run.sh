#!/usr/bin/env bash
# Runs the assistant: installs what is missing, trains if the training data changed, then starts the action
# server, the Rasa server (REST + widget channels, embedded SQLite conversation store) and the widget page.
set -euo pipefail
cd "$(dirname "$0")/.."

# --help only prints the options (ports, model, ...): no set-up, no training. serve.py is standard library only.
case " $* " in
  *" -h "* | *" --help "*) exec "$(command -v python3 || echo .venv/bin/python)" scripts/serve.py --help ;;
esac

bash scripts/setup.sh
bash scripts/train.sh
exec .venv/bin/python scripts/serve.py "$@"
