#!/usr/bin/env bash
# Valgrind memcheck of the core tests (no widgets) of a build: any definite
# leak or memory error fails.
#
#   scripts/valgrind.sh [BUILD_DIR] [TEST...]
#
# The default set: the core tests (no widgets) and the replays of the fuzz
# corpora. Left out: tst_llmtablemodel (its 100,000-row tests run past the
# test watchdog under valgrind, ~30x slower), tst_credentialstore (needs the
# keyring session), tst_responsiveness (it measures timer latency, which
# valgrind itself ruins). Tests run $VALGRIND_JOBS at a time (default: the
# number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build}
shift || true
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
    tests=(tst_envelope tst_llmmodel tst_fieldspec tst_requesterschema tst_configdraft
           tst_schemacache tst_exportdocument tst_importplan tst_profilestore tst_testhistory
           tst_fuzzregressions tst_modelcache tst_modeledits tst_apiclient tst_session
           tst_connectioncheck tst_testrunner tst_importrunner tst_faulttable tst_importfaults
           replay_envelope replay_model replay_requesters replay_modelsdocument
           replay_profilesdocument replay_settings replay_caches)
fi
logs="$build/valgrind"
mkdir -p "$logs"

run_one() {
    local t=$1 exe args=()
    exe=$(find "$build/tests" -maxdepth 2 -type f -name "$t" -perm -u+x | head -n 1)
    if [ -z "$exe" ]; then
        echo "valgrind: $t: not built"
        return 1
    fi
    case "$t" in
    replay_*) args=("$root/tests/fuzz/corpus/${t#replay_}")
              [ -d "$root/tests/fuzz/regressions/${t#replay_}" ] && args+=("$root/tests/fuzz/regressions/${t#replay_}") ;;
    esac
    local start=$SECONDS status=0
    (cd "$(dirname "$exe")" && QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='langbot.*.debug=false' \
        QT_ENABLE_REGEXP_JIT=0 \
        valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite \
            --errors-for-leak-kinds=definite --error-exitcode=99 --num-callers=30 \
            --suppressions="$root/tests/sanitizers/valgrind.supp" \
            "./$(basename "$exe")" "${args[@]}") >"$logs/$t.log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        echo "valgrind: $t: FAILED (exit $status, $((SECONDS - start)) s); see $logs/$t.log"
        grep -E "definitely lost|Invalid|uninitialised|FAIL!" "$logs/$t.log" | head -n 10 || true
        return 1
    fi
    echo "valgrind: $t: clean ($((SECONDS - start)) s, $(grep -Eo 'definitely lost: [0-9,]+ bytes' "$logs/$t.log" | tail -n 1 || echo 'no leaks'))"
}
export -f run_one
export build root logs

printf '%s\n' "${tests[@]}" | xargs -P "${VALGRIND_JOBS:-$(nproc)}" -I{} bash -c 'run_one {}'
