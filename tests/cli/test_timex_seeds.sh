# test_timex_seeds.sh - every date of the seed gold (event dates, leader
# tenures, founding, affiliation intervals) must come out of `dossier annotate`
# as a time-expression value (or span end) at the gold's precision; and on the
# dev rows at least 98% of gold dates must appear among the row's timexes.
# Reads ../shared at run time (skips without it); copies nothing from it.
. "$(dirname "$0")/lib.sh"

seeds="$DS_SHARED/corpus/seeds"
gold="$DS_SHARED/eval/gold/seeds.json"
dev="$DS_SHARED/eval/dev/dev.jsonl"
[ -d "$seeds" ] && [ -f "$gold" ] || exit 77

expect_exit 0 "$DOSSIER" annotate --format json "$seeds"/*.txt
python3 - "$gold" "$TMP/out" <<'PY' && ok || fail "seed gold dates missing among timex values"
import json, os, sys
gold = json.load(open(sys.argv[1]))
out = json.load(open(sys.argv[2]))
by_file = {}
for d in out["documents"]:
    vals = set()
    for t in d["annotations"]["timex"]:
        for k in ("value", "value_end"):
            if isinstance(t.get(k), str):
                vals.add(t[k])
    by_file[os.path.basename(d["path"])] = vals
everything = set().union(*by_file.values())
files = {k: v["file"] for k, v in gold.get("documents", {}).items()}
want = []  # (what, date, allowed values)
for e in gold.get("events", []):
    docs = e.get("docs") or list(files)
    allowed = set().union(*(by_file.get(files.get(d, ""), set()) for d in docs))
    for k in ("date", "date_end"):
        if e.get(k):
            want.append(("event %s %s" % (e["id"], k), e[k], allowed))
a = gold.get("actor", {})
if a.get("founded"):
    want.append(("founded", a["founded"], everything))
for l in gold.get("leaders", []):
    for k in ("start", "end"):
        if l.get(k):
            want.append(("leader %s %s" % (l["name"], k), l[k], everything))
for f in gold.get("affiliations", []):
    for k in ("start", "end"):
        if f.get(k):
            want.append(("affiliation %s %s" % (f["name"], k), f[k], everything))
missing = [(w, d) for w, d, allowed in want if d not in allowed]
for w, d in missing:
    print("  missing %s: %s" % (w, d), file=sys.stderr)
print("seed gold dates found: %d/%d" % (len(want) - len(missing), len(want)))
sys.exit(1 if missing or not want else 0)
PY

if [ -f "$dev" ]; then
    mkdir -p "$TMP/dev"
    python3 - "$dev" "$TMP/dev" <<'PY'
import json, os, sys
for i, line in enumerate(open(sys.argv[1])):
    with open(os.path.join(sys.argv[2], "r%04d.txt" % i), "w") as f:
        f.write(json.loads(line)["text"])
PY
    "$DOSSIER" annotate --format json --keep-going "$TMP"/dev/*.txt >"$TMP/dev.json" 2>/dev/null
    python3 - "$dev" "$TMP/dev.json" <<'PY' && ok || fail "dev rows: gold date share under 98%"
import json, os, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
docs = {os.path.basename(d["path"]): d for d in json.load(open(sys.argv[2]))["documents"]}
hit = total = 0
for i, r in enumerate(rows):
    g = (r.get("gold") or {}).get("date")
    if not g:
        continue
    total += 1
    d = docs.get("r%04d.txt" % i)
    vals = set()
    for t in (d or {}).get("annotations", {}).get("timex", []):
        vals.update(v for v in (t.get("value"), t.get("value_end")) if isinstance(v, str))
    hit += g in vals
share = 100.0 * hit / max(total, 1)
print("dev rows with the gold date among timex values: %d/%d = %.1f%%" % (hit, total, share))
sys.exit(0 if total and share >= 98.0 else 1)
PY
fi
finish
