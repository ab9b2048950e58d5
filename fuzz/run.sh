#!/usr/bin/env bash
# run.sh - `make fuzz`: builds the "fuzz" preset (clang, libFuzzer, ASan+UBSan)
# and runs every target of fuzz/ for FUZZ_SECONDS (default 60) each, FUZZ_JOBS
# (default 2) at a time, starting from the seed corpus fuzz/corpus/<target>/.
# Working corpora and crash artifacts stay under build/fuzz/ (never committed:
# copy a minimized crash into fuzz/corpus/<target>/ once it is fixed).
# Prints a table of executions per target; exits 1 if any target found a crash.
# Usage: FUZZ_SECONDS=600 bash fuzz/run.sh [TARGET...]
set -u
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
JOBS=${FUZZ_JOBS:-2}
ALL="read_text read_html read_pdf citations timex pipeline batch"
TARGETS=${*:-$ALL}
B=build/fuzz

cmake --preset fuzz >/dev/null || exit 1
cmake --build --preset fuzz || exit 1
export DOSSIER_DATA="$PWD/$B/data"

run_one() {
    local t=$1 work="$B/corpus/$t" art="$B/artifacts/$t/" maxlen=4096
    mkdir -p "$work" "$art"
    [ "$t" = read_pdf ] || [ "$t" = pipeline ] && maxlen=16384
    "$B/fuzz/fuzz_$t" "$work" "fuzz/corpus/$t" -max_total_time="$SECONDS_EACH" \
        -max_len=$maxlen -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$art" >"$B/fuzz-$t.log" 2>&1
    echo $? >"$B/fuzz-$t.rc"
}

running=0
for t in $TARGETS; do
    [ -x "$B/fuzz/fuzz_$t" ] || { echo "no target fuzz_$t" >&2; exit 2; }
    echo "fuzz_$t: ${SECONDS_EACH}s" >&2
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
done
wait

status=0
printf '%-12s %8s %12s %10s %8s %8s  %s\n' target seconds execs exec/s corpus cov result
for t in $TARGETS; do
    log="$B/fuzz-$t.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    ncorp=$(find "$B/corpus/$t" -type f | wc -l)
    rc=$(cat "$B/fuzz-$t.rc" 2>/dev/null || echo 1)
    crashes=$(find "$B/artifacts/$t" -type f | wc -l)
    result=ok
    if [ "$rc" != 0 ] || [ "$crashes" -gt 0 ]; then
        result="FOUND ($crashes artifacts in $B/artifacts/$t; log $log)"
        status=1
    fi
    printf '%-12s %8s %12s %10s %8s %8s  %s\n' "$t" "$SECONDS_EACH" "${execs:-?}" "${eps:-?}" \
        "$ncorp" "${cov:-?}" "$result"
done
exit $status
