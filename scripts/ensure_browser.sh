#!/usr/bin/env bash
# The widget test drives Debian's Chromium through Playwright: Playwright cannot download its own browser here.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
source "$(dirname "$0")/apt_install.sh"
apt_install "for the widget test" chromium
