# Sourced by scripts/ensure_*.sh: `apt_install WHY [APT-OPTION...] PACKAGE...` installs Debian packages that
# are missing for a test (CI runs on a clean machine, hence apt-get), or explains why it cannot. Never starts a service: the
# tests run their own throw-away instances, and policy-rc.d keeps a container from trying to start any.
apt_install() {
    local why=$1 options=() packages=() word
    shift
    for word in "$@"; do
        if [[ $word == -* ]]; then options+=("$word"); else packages+=("$word"); fi
    done
    echo "setup: installing ${packages[*]} $why" >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: ${packages[*]} missing and installing needs root (apt-get install ${packages[*]})" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    local policy_added=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        policy_added=1
    fi
    local status=0
    apt-get install -y -qq "${options[@]}" "${packages[@]}" >/dev/null || status=$?
    [ "$policy_added" -eq 1 ] && rm -f /usr/sbin/policy-rc.d
    return "$status"
}
