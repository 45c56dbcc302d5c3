#!/usr/bin/env bash
# Makes docs/screenshot.png: builds the console if needed, starts it against
# the built-in demo server on a virtual X display, and lets it save a picture
# of its window once the models are listed and the first one was tested
# (the --screenshot FILE option, documented in --help).
#
# Usage: scripts/screenshot.sh [BUILD_DIR] [OUTPUT_PNG]
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build}"
output="${2:-docs/screenshot.png}"
binary="$build_dir/src/app/langbot-console"

if [ ! -x "$binary" ] || [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --target langbot-console --parallel 2

mkdir -p "$(dirname "$output")"
rm -f "$output"

# A fixed look for the documentation: Fusion style, DejaVu fonts, English.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
export QT_QPA_PLATFORM=xcb
export QT_STYLE_OVERRIDE=Fusion
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

timeout 60 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$binary" --demo --screenshot "$output"

if [ ! -s "$output" ]; then
    echo "screenshot: no picture was written to $output" >&2
    exit 1
fi
echo "screenshot: wrote $output"
