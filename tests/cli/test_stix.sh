# test_stix.sh - the exports against their standards: STIX 2.1 bundles
# (from a hand-built extraction, from `extract --format stix` and from
# `export --format stix` of a knowledge base, the seeds included) pass the
# OASIS schemas with zero errors and are byte-identical when re-exported;
# ACLED CSV round-trips through Python's csv with ACLED's 31 columns;
# GeoJSON parses with Point or null geometries. Skips without ../shared.
. "$(dirname "$0")/lib.sh"

VALIDATE="$DS_SHARED/stix/validate.py"
[ -f "$VALIDATE" ] || { echo "skip: $VALIDATE absent"; exit 77; }
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || { echo "skip: python3-jsonschema missing (make deps)"; exit 77; }

valid() { # valid BUNDLE LABEL
    if /usr/bin/python3 "$VALIDATE" "$1" >"$TMP/v.out" 2>&1 && grep -q '^errors: 0$' "$TMP/v.out"; then
        ok
    else
        fail "$2: STIX bundle invalid"; grep -v '^objects' "$TMP/v.out" | head -8 | sed 's/^/  | /' >&2
    fi
}

# a hand-built extraction with every kind of object
"$DS_BUILD_DIR/tests/test_export" --write-stix "$TMP/unit.json" && ok || fail "test_export --write-stix"
valid "$TMP/unit.json" "hand-built"
grep -q '"x-leader-of"' "$TMP/unit.json" && ok || fail "no leader-of relationship in the hand-built bundle"

cat >"$TMP/a.txt" <<'TXT'
Raid near Diffa

On 9 February 2021 militants of the Lake Chad faction attacked an army base near Diffa, Niger, killing nine soldiers. The faction claimed the raid in a statement, while local officials said eleven had died.
TXT
expect_exit 0 "$DOSSIER" extract --format stix "$TMP/a.txt"
cp "$TMP/out" "$TMP/x.json"
valid "$TMP/x.json" "extract"

DB="$TMP/kb.db"
SEEDS=$(ls "$DS_SHARED"/corpus/seeds/*.txt 2>/dev/null)
expect_exit 0 "$DOSSIER" ingest --db "$DB" "$TMP/a.txt" $SEEDS
expect_exit 0 "$DOSSIER" export --db "$DB" --format stix
cp "$TMP/out" "$TMP/kb1.json"
valid "$TMP/kb1.json" "export"
"$DOSSIER" export --db "$DB" --format stix >"$TMP/kb2.json"
cmp -s "$TMP/kb1.json" "$TMP/kb2.json" && ok || fail "two exports of the same store differ"
if [ -n "$SEEDS" ]; then
    "$DOSSIER" extract --format stix $SEEDS >"$TMP/seeds.json" 2>/dev/null
    valid "$TMP/seeds.json" "extract seeds"
fi

expect_exit 0 "$DOSSIER" export --db "$DB" --format acled
/usr/bin/python3 - "$TMP/out" <<'PY' && ok || fail "ACLED CSV does not round-trip"
import csv, sys
want = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
        "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
        "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
        "source_scale notes fatalities tags timestamp").split()
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0] == want, rows[0]
assert all(len(r) == len(want) for r in rows), "ragged rows"
for r in rows[1:]:
    d = dict(zip(want, r))
    assert d["time_precision"] in ("1", "2", "3", ""), d
    assert d["fatalities"] == "" or int(d["fatalities"]) >= 0, d
PY
expect_exit 0 "$DOSSIER" export --db "$DB" --format geojson
/usr/bin/python3 - "$TMP/out" <<'PY' && ok || fail "GeoJSON malformed"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["type"] == "FeatureCollection"
for f in d["features"]:
    g = f["geometry"]
    assert g is None or (g["type"] == "Point" and len(g["coordinates"]) == 2
                         and -180 <= g["coordinates"][0] <= 180 and -90 <= g["coordinates"][1] <= 90)
PY
finish
