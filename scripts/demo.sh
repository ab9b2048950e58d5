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
for fmt in acled geojson; do
  "$bin" extract --format "$fmt" examples/*.txt examples/*.md >"$out/facts.$fmt" 2>/dev/null \
    && echo "== also written: $out/facts.$fmt" || true
done
