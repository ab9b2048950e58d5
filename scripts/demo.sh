#!/usr/bin/env bash
# demo.sh - the main job on the example reports in examples/: extract every
# event, actor and assessment, merged, then summarise what came out.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/dev/dossier}
out=build/demo
mkdir -p "$out"
echo "== dossier extract examples/* -> $out/facts.json"
"$bin" extract examples/*.txt examples/*.md >"$out/facts.json"
python3 - "$out/facts.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"{len(d['documents'])} documents, {len(d['events'])} events, "
      f"{len(d['actors'])} actors, {len(d['assessments'])} assessments")
for e in d["events"]:
    where = ", ".join(x for x in (e.get("location"), e.get("admin1"), e.get("country")) if x)
    print(f"  {e.get('date') or '?':10} {e.get('event_type') or '?':28} {e.get('actor1') or '?':30} "
          f"{where:35} killed={e.get('fatalities')}")
for a in d["assessments"][:10]:
    print(f"  [{a['confidence']}] {a['text'][:110]}")
PY
# the knowledge base: ingest the same reports, then ask it questions
db=$out/kb.db
rm -f "$db" "$db-wal" "$db-shm"
echo
echo "== dossier ingest --db $db examples/"
"$bin" ingest --db "$db" examples/
echo
echo "== dossier events --db $db"
"$bin" events --db "$db"
top=$(python3 - "$out/facts.json" <<'PY'
import collections, json, sys
d = json.load(open(sys.argv[1]))
c = collections.Counter(e["actor1"] for e in d["events"]
                        if e.get("actor1") and not e["actor1"].startswith("Unidentified"))
print(c.most_common(1)[0][0] if c else "")
PY
)
if [ -n "$top" ]; then
  echo
  echo "== dossier actor --db $db \"$top\""
  "$bin" actor --db "$db" "$top"
fi
echo
for fmt in stix acled geojson; do
  "$bin" export --db "$db" --format "$fmt" >"$out/kb.$fmt"
  echo "== also written: $out/kb.$fmt (dossier export --format $fmt)"
done
