# test_score_dev.sh - runs `dossier extract --batch` over the dev rows
# (../shared/eval/dev/dev.jsonl: GTD summaries and ACLED notes) and scores
# them with score_rows.py. Skips (77) without ../shared. Fails below the
# floors set here.
#
# Targets ("Done when", issue Extraction): found >= 0.90 and fields >= 0.80.
# The pipeline reached found 0.995 and fields 0.94 (docs/measuring.md); the
# floors sit a little below that so that a regression fails (session 2).
. "$(dirname "$0")/lib.sh"

MIN_FOUND=${MIN_FOUND:-0.97}
MIN_FIELDS=${MIN_FIELDS:-0.92}

SHARED=${DS_SHARED:-}
if [ -z "$SHARED" ] || [ ! -f "$SHARED/eval/score_rows.py" ] || [ ! -f "$SHARED/eval/dev/dev.jsonl" ]; then
    echo "skip: no shared dev rows"
    exit 77
fi
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

# only id, text and date go in: the coded fields stay out of the program's sight
python3 - "$SHARED/eval/dev/dev.jsonl" >"$TMP/in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        print(json.dumps({"id": r.get("id"), "text": r.get("text"), "date": r.get("date")}))
PY
"$DOSSIER" extract --batch <"$TMP/in.jsonl" >"$TMP/dev.out.jsonl" 2>"$TMP/err"
rc=$?
[ "$rc" = 0 ] || [ "$rc" = 4 ] && ok || fail "extract --batch exited $rc"
[ "$(wc -l <"$TMP/dev.out.jsonl")" -eq "$(wc -l <"$TMP/in.jsonl")" ] && ok || fail "one output line per input line"
python3 "$SHARED/eval/score_rows.py" "$SHARED/eval/dev/dev.jsonl" "$TMP/dev.out.jsonl" >"$TMP/score.txt" ||
    fail "score_rows.py failed"
tail -1 "$TMP/score.txt"
python3 - "$TMP/score.txt" "$MIN_FOUND" "$MIN_FIELDS" <<'PY' && ok || fail "dev scores below the floors"
import re, sys
last = open(sys.argv[1]).read().strip().splitlines()[-1]
m = re.search(r"found ([0-9.]+) of \d+ docs, fields ([0-9.]+)", last)
assert m, last
found, fields = float(m.group(1)), float(m.group(2))
assert found >= float(sys.argv[2]) and fields >= float(sys.argv[3]), last
PY
finish
