#!/usr/bin/env bash
# Evaluate the NLU model on the held-out set (tests/nlu/heldout.yml, never trained on).
# Trains models/nlu.tar.gz first if it is missing or older than config.yml / data/nlu / bot/nlu.
# Usage: scripts/eval_nlu.sh [--retrain]
set -euo pipefail
cd "$(dirname "$0")/.."

# Held-out dates are annotated relative to this day; the extractor reads it from the environment.
export MOBILITY_TODAY="${MOBILITY_TODAY:-2026-01-15}"
RASA=.venv-rasa/bin/rasa
MODEL=models/nlu.tar.gz
PY=.venv/bin/python
[ -x "$PY" ] || PY=.venv-rasa/bin/python

stale() {
  [ ! -f "$MODEL" ] && return 0
  [ -n "$(find config.yml data/nlu bot/nlu -newer "$MODEL" -type f -print -quit)" ]
}

if [ "${1:-}" = "--retrain" ] || stale; then
  start=$(date +%s)
  "$RASA" train nlu --config config.yml --nlu data/nlu --out models/ --fixed-model-name nlu >/tmp/eval_nlu_train.log 2>&1 \
    || { tail -30 /tmp/eval_nlu_train.log; exit 1; }
  echo "trained $MODEL in $(( $(date +%s) - start )) s"
fi

rm -rf results/nlu
"$RASA" test nlu --nlu tests/nlu/heldout.yml --model "$MODEL" --out results/nlu --successes \
  >/tmp/eval_nlu_test.log 2>&1 || { tail -30 /tmp/eval_nlu_test.log; exit 1; }
"$PY" scripts/eval_nlu.py results/nlu tests/nlu/heldout.yml
