#!/usr/bin/env bash
# bench_store.sh - throughput of the knowledge base: `dossier ingest` of the
# ACLED notes (one file per note, from ../shared at run time; generated notes
# when it is absent), a second ingest of the unchanged files (hash skip),
# and the exports and questions over the result. $1: the dossier binary
# (default build/release/dossier). Prints MB/s and docs/s; never a timed
# assertion: it fails only when something cannot run.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/build/release/dossier}
[ -x "$BIN" ] || { echo "bench_store: no binary $BIN" >&2; exit 1; }
BUILD=$(cd "$(dirname "$BIN")" && pwd)
export DOSSIER_DATA=${DOSSIER_DATA:-$BUILD/data}
SHARED=${DS_SHARED:-$ROOT/../shared}
WORK=$BUILD/bench/store
rm -rf "$WORK" && mkdir -p "$WORK/docs"
NOTES=$SHARED/corpus/perf/acled-notes.jsonl
if [ ! -f "$NOTES" ]; then
    NOTES=$WORK/notes.jsonl
    bash "$ROOT/bench/gen_corpus.sh" 7000 >"$NOTES" || exit 1
fi
python3 - "$NOTES" "$WORK/docs" <<'PY' || exit 1
import json, sys, os
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    d = json.loads(line)
    sub = os.path.join(sys.argv[2], "%02d" % (i % 50))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "n%05d.txt" % i), "w", encoding="utf-8") as f:
        f.write(d["text"] + "\n")
PY
NDOCS=$(find "$WORK/docs" -name '*.txt' | wc -l)
BYTES=$(find "$WORK/docs" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
DB=$WORK/kb.db
timed() { # timed LABEL CMD...: wall and CPU seconds
    local t0 t1 label=$1; shift
    t0=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$WORK/cpu" "$@" >"$WORK/out" 2>"$WORK/err" || { echo "bench_store: $label failed" >&2; head -3 "$WORK/err" >&2; exit 1; }
    t1=$(date +%s.%N)
    read -r u s <"$WORK/cpu"
    WALL=$(echo "$t1 - $t0" | bc -l)
    CPU=$(echo "$u + $s" | bc -l)
    printf '%-28s wall %7.2fs  cpu %7.2fs' "$label" "$WALL" "$CPU"
}
echo "corpus: $NDOCS files, $BYTES bytes ($NOTES)"
timed "ingest (new)" "$BIN" ingest -q --db "$DB" "$WORK/docs"
printf '  %.2f MB/s cpu  %.0f docs/s cpu\n' "$(echo "$BYTES / 1000000 / $CPU" | bc -l)" "$(echo "$NDOCS / $CPU" | bc -l)"
timed "ingest (unchanged)" "$BIN" ingest -q --db "$DB" "$WORK/docs"
printf '  %.0f docs/s cpu\n' "$(echo "$NDOCS / $CPU" | bc -l)"
timed "extract (no store)" "$BIN" extract --format jsonl --keep-going $(find "$WORK/docs/00" -name '*.txt')
echo "  (one folder of 50, for comparison)"
for f in stix acled geojson; do
    timed "export --format $f" "$BIN" export --db "$DB" --format "$f"
    printf '  %s bytes\n' "$(wc -c <"$WORK/out")"
done
timed "events --country AFG" "$BIN" events --db "$DB" --country AFG --format json
echo
timed "timeline --by-country" "$BIN" timeline --db "$DB" --by-country
echo
timed "search" "$BIN" search --db "$DB" killed civilians
echo
echo "store: $(du -h "$DB" | cut -f1)"
