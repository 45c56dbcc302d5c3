#!/usr/bin/env bash
# The console under Xvfb (xcb) with Qt's AT-SPI bridge on, against its demo
# server, checked through the accessibility bus by atspi_check.py.
#   run-atspi.sh PATH/TO/langbot-console
# Needs xvfb-run, at-spi2-core and python3-pyatspi (scripts/install-deps.sh).
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- bash "$0" "$@"
fi
for tool in xvfb-run /usr/libexec/at-spi-bus-launcher /usr/bin/python3; do
    command -v "$tool" >/dev/null || { echo "run-atspi: $tool is missing"; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' || { echo "run-atspi: python3-pyatspi is missing"; exit 1; }

home=$(mktemp -d)
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANGUAGE=en LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1400x900x24" "$binary" --demo >"$home/console.log" 2>&1 &
console=$!
cleanup() {
    pkill -P "$console" 2>/dev/null || true
    kill "$console" "$bus" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
status=0
/usr/bin/python3 "$here/atspi_check.py" || status=$?
[ "$status" -eq 0 ] || { echo "console log:"; tail -n 20 "$home/console.log"; }
exit "$status"
