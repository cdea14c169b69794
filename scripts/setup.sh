#!/usr/bin/env bash
# Creates or updates the two virtual environments, installing only what changed since the last run.
#   .venv       Python >= 3.11: rules_core, actions (rasa-sdk), tests, benchmarks
#   .venv-rasa  Python 3.10:    Rasa 3.6.21 and what bot/ imports (Rasa pins Python < 3.11)
# Usage: scripts/setup.sh [--core-only]
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*" >&2; }

runs() { "$1" -c 'import sys' >/dev/null 2>&1; }

find_python311() {
    local candidate
    for candidate in python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 && runs "$candidate" \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"; return 0
        fi
    done
    local root="${PYENV_ROOT:-}"
    [ -n "$root" ] || root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
    for candidate in "$root"/versions/3.1[1-9].*/bin/python3; do
        [ -x "$candidate" ] && runs "$candidate" && { echo "$candidate"; return 0; }
    done
    return 1
}

# pyenv's shim answers `command -v python3.10` even when 3.10 is not selected, so each candidate must really run.
find_python310() {
    if command -v python3.10 >/dev/null 2>&1 && runs python3.10; then command -v python3.10; return 0; fi
    local root="${PYENV_ROOT:-}"
    [ -n "$root" ] || root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
    local candidate
    for candidate in "$root"/versions/3.10.*/bin/python3.10; do
        [ -x "$candidate" ] && runs "$candidate" && { echo "$candidate"; return 0; }
    done
    return 1
}

fingerprint() { cat "$@" | sha256sum | cut -c1-16; }

ensure_venv() {  # ensure_venv DIR PYTHON STAMP INSTALL_CMD...
    local dir=$1 python=$2 stamp=$3; shift 3
    if [ ! -x "$dir/bin/python" ]; then
        say "creating $dir with $("$python" --version 2>&1)"
        "$python" -m venv "$dir"
    fi
    if [ "$(cat "$dir/.setup-stamp" 2>/dev/null)" != "$stamp" ]; then
        say "installing into $dir (takes a minute or two the first time)"
        "$@" 2>&1 | grep -vE "is ignored: it is neither|DEPRECATION|pip 23.1 will enforce|use-pep517|pypa/pip/issues/8559" >&2 || true
        [ "${PIPESTATUS[0]}" -eq 0 ] || { say "installing into $dir failed"; exit 1; }
        echo "$stamp" > "$dir/.setup-stamp"
    fi
}

py311=$(find_python311) || { echo "setup: no Python >= 3.11 found on PATH or under pyenv" >&2; exit 1; }
ensure_venv .venv "$py311" "$(fingerprint pyproject.toml)" \
    .venv/bin/pip install --disable-pip-version-check -q -e '.[dev]'

[ "${1:-}" = "--core-only" ] && exit 0

py310=$(find_python310) || {
    echo "setup: Python 3.10 is needed for Rasa 3.6.21 and was found neither on PATH nor under \$(pyenv root)/versions/3.10.* (install it with: pyenv install 3.10)" >&2
    exit 1
}
ensure_venv .venv-rasa "$py310" "$(fingerprint requirements-rasa.txt)" \
    .venv-rasa/bin/pip install --disable-pip-version-check -q -r requirements-rasa.txt
