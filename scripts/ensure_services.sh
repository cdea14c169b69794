#!/usr/bin/env bash
# The scale-out tests (tests/infra/test_scaleout.py) run the real PostgreSQL, Redis and HAProxy from Debian:
# each test starts its own throw-away instance on free ports (nothing here is left running), so this script
# only makes sure the programs are installed. CI runs on a clean machine, hence apt-get. It also fetches
# axe-core from the npm registry for the widget's accessibility test (tests/widget/test_widget_access.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt_install.sh
AXE_VERSION=4.14.1
AXE_DIR=.state/npm

missing=()
[ -x "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)" ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
command -v npm >/dev/null 2>&1 || missing+=(npm)

install_axe() {
    local installed
    installed=$(node -p "require('./$AXE_DIR/node_modules/axe-core/package.json').version" 2>/dev/null || true)
    [ "$installed" = "$AXE_VERSION" ] && return 0
    echo "setup: installing axe-core $AXE_VERSION from the npm registry into $AXE_DIR" >&2
    mkdir -p "$AXE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$AXE_DIR" "axe-core@$AXE_VERSION" >/dev/null
}

if [ "${#missing[@]}" -eq 0 ]; then
    install_axe
    exit 0
fi

apt_install "for the scale-out tests" --no-install-recommends "${missing[@]}"
install_axe
