#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each of them.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS: time per target (default 60; CI uses 60, a long run e.g. 3600).
# FUZZ_SEED: libFuzzer's random seed (default: a new one each run). CI fixes
#          it (scripts/test.sh), so that a commit's fuzz stage does the same
#          work on every run; long runs explore with fresh seeds.
# TARGET:  envelope model requesters modelsdocument profilesdocument settings
#          caches (default: all). Targets run $FUZZ_JOBS at a time (default:
#          the number of cores).
# Build dir: $LANGBOT_FUZZ_BUILD_DIR (default ./build-fuzz). The growing corpus
# stays there (corpus/<target>), seeded from tests/fuzz/corpus, tests/data
# and resources/demo (nothing outside the repository). A crash leaves its input in
# artifacts/<target>/ and makes this script fail: fix the bug, then copy the
# input to tests/fuzz/regressions/<target>/ (replayed by ctest from then on).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
shift || true
all=(envelope model requesters modelsdocument profilesdocument settings caches)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
build=${LANGBOT_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${FUZZ_JOBS:-$(nproc)}

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="-O1" -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only" -DLANGBOT_FUZZ=ON -DLANGBOT_WERROR="$werror" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

# Seeds beyond the committed ones (copied, so libFuzzer may add to the corpus).
seeds_for() {
    case "$1" in
    envelope) echo "$root/tests/data/model-list-v4.6.json $root/resources/demo/requesters.json" ;;
    model) echo "$root/tests/data/model-contract-nested.json $root/tests/data/model-newer-server.json" \
                "$root/tests/data/model-list-v4.6.json $root/tests/data/transfer-server-models.json" \
                "$root/resources/demo/models.json" ;;
    requesters) echo "$root/resources/demo/requesters.json" ;;
    modelsdocument) echo "$root/tests/data/transfer-export-expected.json" ;;
    esac
}
dict_for() {
    case "$1" in
    settings) echo "$root/tests/fuzz/dict/settings.dict" ;;
    *) echo "$root/tests/fuzz/dict/json.dict" ;;
    esac
}

run_one() {
    local t=$1
    local corpus="$build/corpus/$t" artifacts="$build/artifacts/$t" log="$build/logs/$t.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    cp -n "$root/tests/fuzz/corpus/$t"/* "$corpus"/ 2>/dev/null || true
    [ -d "$root/tests/fuzz/regressions/$t" ] && cp -n "$root/tests/fuzz/regressions/$t"/* "$corpus"/ 2>/dev/null
    for s in $(seeds_for "$t"); do
        [ -f "$s" ] && cp -n "$s" "$corpus/seed-$(basename "$s")"
    done
    local status=0
    # A small quarantine: the targets allocate a lot, and a big one slows them down 5x.
    ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=32:${ASAN_OPTIONS:-}" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
        "$build/tests/fuzz/fuzz_$t" "$corpus" -dict="$(dict_for "$t")" \
        -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2560 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    local runs
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -n 1)
    if [ "$status" -ne 0 ]; then
        echo "fuzz_$t: FAILED after ${runs:-?} inputs (exit $status); see $log and $artifacts"
        grep -E 'ERROR: |SUMMARY: |fuzz invariant failed|runtime error' "$log" | head -n 5 || true
        return 1
    fi
    echo "fuzz_$t: ${runs:-?} inputs in ${seconds} s, no crash, corpus $(ls "$corpus" | wc -l) files"
}
export -f run_one seeds_for dict_for
export root build seconds FUZZ_SEED

printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'
