#!/usr/bin/env bash
# Quick start: install what is needed, build, and start the console.
# With no server configured it starts against the built-in demo server.
# Extra arguments go to the console, e.g. --url http://host:5300
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh langbot-console

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting the console on a virtual X display (xvfb-run)."
    echo "run: on a desktop session it opens as a normal window."
    exec xvfb-run -a -s "-screen 0 1400x900x24" ./build/src/app/langbot-console "$@"
fi
exec ./build/src/app/langbot-console "$@"
