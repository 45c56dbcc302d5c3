#!/usr/bin/env bash
# Makes docs/screenshot.png and docs/profiles.png: builds the console if
# needed and starts it on a virtual X display with sample profiles in a
# scratch store (never the user's profiles or keychain), served by the
# built-in demo server:
#  --screenshot FILE           the window on a production profile, once the
#                              models are listed and tested;
#  --screenshot-profiles FILE  the profile manager after Check connection;
#  --screenshot-dialogs DIR    the window and the model, import, profile,
#                              provider, scan and replace dialogs, once in
#                              Light and once in Dark
#                              (docs/*-light.png, docs/*-dark.png).
#
# Usage: scripts/screenshot.sh [BUILD_DIR] [OUTPUT_PNG] [PROFILES_PNG] [OFFLINE_PNG]
# (the Light and Dark pictures go next to OUTPUT_PNG)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build}"
output="${2:-docs/screenshot.png}"
profiles_output="${3:-docs/profiles.png}"
offline_output="${4:-docs/offline.png}"
binary="$build_dir/src/app/langbot-console"

if [ ! -x "$binary" ] || [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --target langbot-console --parallel 2

mkdir -p "$(dirname "$output")" "$(dirname "$profiles_output")" "$(dirname "$offline_output")"
rm -f "$output" "$profiles_output" "$offline_output"

# A fixed look for the documentation: Fusion style, DejaVu fonts, English.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
export QT_QPA_PLATFORM=xcb
export QT_STYLE_OVERRIDE=Fusion
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

timeout 60 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$binary" --screenshot "$output"
timeout 60 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$binary" --screenshot-profiles "$profiles_output"
timeout 60 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$binary" --screenshot-offline "$offline_output"

# Light and Dark: the theme of the preferences, in a scratch configuration.
docs_dir="$(dirname "$output")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
themed=()
for theme in light dark; do
    mkdir -p "$scratch/$theme/config/LangBot"
    printf '[appearance]\ntheme=%s\n' "$theme" >"$scratch/$theme/config/LangBot/langbot-console.conf"
    XDG_CONFIG_HOME="$scratch/$theme/config" timeout 90 xvfb-run -a -s "-screen 0 1400x900x24" \
        "$binary" --screenshot-dialogs "$scratch/$theme/out"
    for name in window model-dialog import-preview profiles provider-dialog scan-models replace-model; do
        cp "$scratch/$theme/out/$name-$theme.png" "$docs_dir/$name-$theme.png"
        themed+=("$docs_dir/$name-$theme.png")
    done
done

for picture in "$output" "$profiles_output" "$offline_output" "${themed[@]}"; do
    if [ ! -s "$picture" ]; then
        echo "screenshot: no picture was written to $picture" >&2
        exit 1
    fi
    echo "screenshot: wrote $picture"
done
