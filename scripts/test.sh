#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test through ctest.
# Tests run headless (offscreen platform) inside a private D-Bus session with
# an unlocked gnome-keyring, so keychain tests use a real Secret Service.
#
# Before the main build's ctest (whose summary line stays the last line):
#   0. format: every C++ file as clang-format makes it (scripts/check-format.sh);
#      sizes: no file under src/ over 1,000 lines, no function over 120
#      (scripts/check-sizes.py);
#   1. sanitizers: the whole test suite built with ASan + UBSan (+ LSan) and
#      run by ctest (./build-asan);
#   2. fuzzing: each libFuzzer target for $FUZZ_SECONDS (default 60 s) with
#      clang (./build-fuzz; scripts/fuzz.sh runs them longer);
#   3. valgrind memcheck of the core tests of the main build (no definite leaks).
# LANGBOT_STAGES=main skips them (e.g. "main" or "format sizes asan fuzz valgrind main").
# Any stage that fails makes this script fail, after the others have run.
set -euo pipefail
cd "$(dirname "$0")/.."

stages=${LANGBOT_STAGES:-format sizes asan fuzz valgrind main}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
asan_dir=${LANGBOT_ASAN_BUILD_DIR:-build-asan}
jobs=$(nproc)

bash scripts/install-deps.sh --tests

# The tests run inside a private D-Bus session with an unlocked keyring.
in_session() {
    dbus-run-session -- bash -c '
        export HOME="$(mktemp -d)"
        echo -n langbot-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        '"$1"
}

failed=()
timings=()
run_stage() {
    local name=$1
    shift
    local start=$SECONDS status=0
    echo
    echo "=== stage: $name"
    "$@" || status=$?
    timings+=("$(printf '%-10s %5d s  %s' "$name" $((SECONDS - start)) \
        "$([ "$status" -eq 0 ] && echo ok || echo "FAILED ($status)")")")
    [ "$status" -eq 0 ] || failed+=("$name")
    return 0
}
wants() { [[ " $stages " == *" $1 "* ]]; }

asan_stage() {
    cmake -S . -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="-O1" \
        -DCMAKE_CXX_FLAGS_DEBUG="-g1" -DLANGBOT_SANITIZE=ON -DLANGBOT_WERROR="$werror"
    cmake --build "$asan_dir" --parallel "$jobs"
    # The packaging check builds a .deb from the main build; it is not run here.
    export ASAN_BUILD="$asan_dir"
    in_session '
        export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1"
        export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
        ctest --test-dir "$ASAN_BUILD" --output-on-failure --timeout 1200 -j 2 -E "^packaging$"
    '
}

fuzz_stage() {
    # CI: a fixed seed, so the same commit fuzzes the same inputs every run.
    [ "${CI:-}" = "true" ] && export FUZZ_SEED=${FUZZ_SEED:-1}
    LANGBOT_FUZZ_BUILD_DIR="${LANGBOT_FUZZ_BUILD_DIR:-$PWD/build-fuzz}" \
        bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
}

valgrind_stage() {
    bash scripts/valgrind.sh build
}

wants format && run_stage format bash scripts/check-format.sh
wants sizes && run_stage sizes python3 scripts/check-sizes.py
wants asan && run_stage asan asan_stage
wants fuzz && run_stage fuzz fuzz_stage

# The main build and its ctest, last.
bash scripts/build.sh
wants valgrind && run_stage valgrind valgrind_stage

log=$(mktemp)
status=0
if wants main; then
    start=$SECONDS
    set +e
    in_session 'ctest --test-dir build --output-on-failure --timeout 600' 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    timings+=("$(printf '%-10s %5d s  %s' main $((SECONDS - start)) "$([ "$status" -eq 0 ] && echo ok || echo "FAILED ($status)")")")
fi

echo
echo "=== stage times"
printf '%s\n' "${timings[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "failed stages: ${failed[*]}"
    [ "$status" -eq 0 ] && status=1
fi

# ctest's summary line, last, for whoever reads the end of the log.
summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)
rm -f "$log"
echo
echo "${summary:-ctest did not print a summary (status $status)}"
exit "$status"
