#!/usr/bin/env bash
# bench_query.sh - query latency of the knowledge base on a large store:
# generates N distinct events (default 100,000) as plain-text reports of our
# own template sentences (deterministic: same N, same store), ingests them,
# then times each `dossier events` filter (median of RUNS runs, wall ms,
# process start-up included) and prints how many rows each returned.
# $1: the dossier binary (default build/release/dossier). Environment:
# BENCH_EVENTS (100000), BENCH_RUNS (5), BENCH_KEEP=1 keeps an existing store.
# Never a timed assertion: it fails only when something cannot run.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/build/release/dossier}
[ -x "$BIN" ] || { echo "bench_query: no binary $BIN" >&2; exit 1; }
BUILD=$(cd "$(dirname "$BIN")" && pwd)
export DOSSIER_DATA=${DOSSIER_DATA:-$BUILD/data}
N=${BENCH_EVENTS:-100000}
RUNS=${BENCH_RUNS:-5}
WORK=$BUILD/bench/query-$N
DB=$WORK/kb.db

if [ "${BENCH_KEEP:-0}" != 1 ] || [ ! -f "$DB" ]; then
    rm -rf "$WORK" && mkdir -p "$WORK/docs"
    # Each sentence is one event: a distinct (day, actor) pair,
    # so neither the in-document nor the store merge may fold two together.
    # Actors and places are real names the lexicons know; the sentences are
    # templates written for this bench.
    python3 - "$N" "$WORK/docs" <<'PY' || exit 1
import datetime, os, sys
n, out = int(sys.argv[1]), sys.argv[2]
actors = [("JNIM militants", ["Gao", "Mopti", "Timbuktu", "Segou"], "Malian soldiers"),
          ("Al-Shabaab fighters", ["Mogadishu", "Baidoa", "Kismayo", "Beledweyne"], "Somali troops"),
          ("ISWAP fighters", ["Maiduguri", "Damboa", "Monguno", "Bama"], "Nigerian soldiers"),
          ("IS-KP militants", ["Jalalabad", "Kabul", "Kunduz", "Herat"], "Taliban fighters"),
          ("TTP militants", ["Peshawar", "Bannu", "Quetta", "Dera Ismail Khan"], "Pakistani police"),
          ("Islamic State fighters", ["Mosul", "Kirkuk", "Tikrit", "Ramadi"], "Iraqi soldiers")]
kinds = ["{a} attacked {t} near {p}, killing {k} people.",
         "{a} detonated a roadside bomb against {t} in {p}, killing {k}.",
         "Clashes between {a} and {t} in {p} left {k} dead."]
per_doc = 2000
start = datetime.date(1980, 1, 1)
f = None
for i in range(n):
    if i % per_doc == 0:
        if f: f.close()
        f = open(os.path.join(out, "r%04d.txt" % (i // per_doc)), "w", encoding="utf-8")
        f.write("Generated incident log %d\n\n" % (i // per_doc))
    day = start + datetime.timedelta(days=i // len(actors))
    a, places, t = actors[i % len(actors)]
    kind = kinds[(i // len(actors)) % len(kinds)]
    p = places[(i // 7) % len(places)]
    f.write("On %d %s %d, " % (day.day, day.strftime("%B"), day.year)
            + kind.format(a=a, t=t, p=p, k=1 + i % 9) + "\n\n")
if f: f.close()
PY
    t0=$(date +%s.%N)
    "$BIN" ingest -q --db "$DB" "$WORK/docs" || { echo "bench_query: ingest failed" >&2; exit 1; }
    t1=$(date +%s.%N)
    printf 'ingest of %d generated events: %.1f s\n' "$N" "$(echo "$t1 - $t0" | bc -l)"
fi
printf 'store: %s, %s events\n' "$(du -h "$DB" | cut -f1)" \
    "$("$BIN" events --db "$DB" --format csv | tail -n +2 | wc -l)"

query() { # query LABEL ARGS...: median wall ms of RUNS runs, rows returned
    local label=$1; shift
    local times=() t0 t1 rows
    for _ in $(seq "$RUNS"); do
        t0=$(date +%s%N)
        "$BIN" events --db "$DB" --format csv "$@" >"$WORK/out" || { echo "bench_query: $label failed" >&2; exit 1; }
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000)))
    done
    rows=$(($(wc -l <"$WORK/out") - 1))
    printf '%-46s %8.1f ms  %7d rows\n' "$label" \
        "$(printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]/1000}')" "$rows"
}
echo "query (events --format csv, median of $RUNS, wall incl. start-up)"
query "--country SOM" --country SOM
query "--actor 'Al-Shabaab'" --actor "Al-Shabaab"
query "--country MLI --since 2020-01-01" --country MLI --since 2020-01-01
query "--since 2024-06-01 --until 2024-06-30" --since 2024-06-01 --until 2024-06-30
query "--type 'Battles' --country IRQ" --type Battles --country IRQ
query "--min-fatalities 9" --min-fatalities 9
query "--actor ISWAP --min-fatalities 5 --since 2010" --actor ISWAP --min-fatalities 5 --since 2010-01-01
query "(no filter: every event)"
