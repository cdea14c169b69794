#!/usr/bin/env bash
# Trains the Rasa model only when the training inputs changed since the last trained model.
# Writes models/assistant.tar.gz and models/.train-stamp; prints the training time (read by the chat benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."

inputs=$(find config.yml domain data bot/nlu requirements-rasa.txt -type f \( -name '*.yml' -o -name '*.yaml' -o -name '*.py' -o -name '*.txt' \) 2>/dev/null | sort)
stamp=$(cat $inputs | sha256sum | cut -c1-16)
if [ -f models/assistant.tar.gz ] && [ "$(cat models/.train-stamp 2>/dev/null)" = "$stamp" ] && [ "${1:-}" != "--force" ]; then
    echo "train: model is up to date (models/assistant.tar.gz)" >&2
    exit 0
fi
mkdir -p models
echo "train: training the Rasa model (inputs changed)" >&2
started_ns=$(date +%s%N)
.venv-rasa/bin/rasa train --config config.yml --domain domain --data data --out models \
    --fixed-model-name assistant --quiet >models/train.log 2>&1 || { tail -40 models/train.log >&2; exit 1; }
elapsed_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
elapsed=$(printf '%d.%03d' $((elapsed_ms / 1000)) $((elapsed_ms % 1000)))
echo "$stamp" > models/.train-stamp
echo "$elapsed" > models/.train-seconds
echo "train: done in ${elapsed} s" >&2
