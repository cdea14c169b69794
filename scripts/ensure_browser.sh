#!/usr/bin/env bash
# The widget test drives Debian's Chromium through Playwright: Playwright cannot download its own browser here.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
echo "setup: installing Debian's chromium for the widget test" >&2
if [ "$(id -u)" -ne 0 ]; then
    echo "setup: chromium is missing and installing it needs root (apt-get install chromium)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
