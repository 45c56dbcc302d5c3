#!/usr/bin/env bash
# Configures and builds into ./build. -Werror when CI=true.
# With arguments, builds only those targets (run.sh: just the console);
# without, everything, tests included.
set -euo pipefail
cd "$(dirname "$0")/.."

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLANGBOT_WERROR="$werror"
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build build --parallel "$(nproc)" "${targets[@]}"
