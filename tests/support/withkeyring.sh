#!/usr/bin/env bash
# Runs a test inside a private D-Bus session of its own, with a real desktop keyring or without:
#   tests/support/withkeyring.sh COMMAND...               GNOME Keyring's Secret Service, unlocked
#   tests/support/withkeyring.sh --no-keyring COMMAND...  a session bus that offers no keyring
# HOME and the XDG folders point to a temporary folder, removed afterwards: the keyring file
# and everything else the test writes stay out of the real profile, and the user's own keyring
# is never asked. The daemon ends with the session's bus.
set -euo pipefail

mode=keyring
if [ "${1:-}" = "--no-keyring" ]; then
    mode=none
    shift
fi
[ $# -gt 0 ] || { echo "usage: $0 [--no-keyring] COMMAND..." >&2; exit 2; }

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing (Debian: dbus, gnome-keyring); packaging/build.sh test installs it" >&2
        exit 1
    }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/jcr-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# QtKeychain picks KWallet on a KDE desktop: the test wants the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL
unset DBUS_SESSION_BUS_ADDRESS

if [ "$mode" = none ]; then
    # A session bus that cannot start services: as on a desktop without a keyring, asking for
    # org.freedesktop.secrets fails at once instead of starting GNOME Keyring.
    cat >"$tmp/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    status=0
    dbus-run-session --config-file="$tmp/session.conf" -- "$@" || status=$?
    exit $status
fi

# The login keyring is created with, and unlocked by, a password read from stdin: no prompt.
# The daemon runs in the foreground of the session, so that it is known and ended with the test
# (a daemonised one may outlive a short session); the test starts once it owns the Secret
# Service's name, so that asking for it does not start a second, locked daemon.
# Not exec: the trap removes the temporary folder afterwards.
status=0
# shellcheck disable=SC2016
dbus-run-session -- sh -c '
    printf %s jcr-test-keyring |
        gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
    daemon=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ $tries -gt 200 ]; then
            echo "withkeyring.sh: gnome-keyring-daemon did not start" >&2
            kill $daemon 2>/dev/null
            exit 1
        fi
        sleep 0.05
    done
    status=0
    "$@" || status=$?
    kill $daemon 2>/dev/null
    wait $daemon 2>/dev/null
    exit $status' sh "$@" || status=$?
exit $status
