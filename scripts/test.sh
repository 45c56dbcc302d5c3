#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test through ctest.
# Tests run headless (offscreen platform) inside a private D-Bus session with
# an unlocked gnome-keyring, so keychain tests use a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh

log=$(mktemp)
set +e
dbus-run-session -- bash -c '
    export HOME="$(mktemp -d)"
    echo -n langbot-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    ctest --test-dir build --output-on-failure --timeout 600
' 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# ctest's summary line, last, for whoever reads the end of the log.
summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)
rm -f "$log"
echo
echo "${summary:-ctest did not print a summary (status $status)}"
exit "$status"
