#!/bin/sh
# The Rasa container's command, as scripts/serve.py starts Rasa: bot/limits.py installed before Rasa builds
# its web app (413 over WEBHOOK_MAX_BYTES, 400 for malformed bodies), the API behind $RASA_TOKEN, CORS only
# for $CORS_ORIGINS (the pages embedding the widget, space-separated: never *).
set -eu
: "${RASA_TOKEN:?RASA_TOKEN must be set (a Secret)}"
: "${CORS_ORIGINS:?CORS_ORIGINS must list the origins of the pages embedding the widget}"
# shellcheck disable=SC2086  # CORS_ORIGINS is a list of words on purpose
exec python -c "import sys, bot.patches; bot.patches.install(); sys.argv[0] = 'rasa'; from rasa.__main__ import main; sys.exit(main())" \
    run --enable-api --auth-token="$RASA_TOKEN" --endpoints endpoints.yml --credentials credentials.yml \
    --model models/assistant.tar.gz --port 5005 --interface 0.0.0.0 --cors $CORS_ORIGINS
