# test_export_countries.sh - the exports know every country: ACLED CSV's
# numeric iso, region and country name, and STIX's alpha-2 country, come
# from countries.inc (tools/countries.py over iso-codes' ISO 3166-1); the
# checked-in table is that generator's output when iso-codes is installed.
. "$(dirname "$0")/lib.sh"

ISO=/usr/share/iso-codes/json/iso_3166-1.json
if [ -f "$ISO" ]; then
    python3 "$DS_SOURCE_DIR/tools/countries.py" "$ISO" >"$TMP/countries.inc" &&
        cmp -s "$TMP/countries.inc" "$DS_SOURCE_DIR/src/lib/countries.inc" && ok ||
        fail "src/lib/countries.inc is not tools/countries.py's output (regenerate it)"
fi

# events in countries the first table lacked (Mexico, Brazil, Haiti) and
# one it had (Mali)
cat >"$TMP/notes.txt" <<'TXT'
Weekly notes

On 4 March 2024, gunmen killed five police officers in Celaya, Guanajuato, Mexico.

On 6 March 2024, gang members killed three residents in Port-au-Prince, Haiti.

On 8 March 2024, JNIM fighters killed four soldiers near Boni, Mali.
TXT
DB="$TMP/kb.db"
expect_exit 0 "$DOSSIER" ingest --db "$DB" "$TMP/notes.txt"
expect_exit 0 "$DOSSIER" export --db "$DB" --format acled
python3 - "$TMP/out" <<'PY' && ok || fail "ACLED CSV lacks a country's iso, region or name"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
got = sorted((r["country"], r["iso"], r["region"]) for r in rows)
assert got == [("Haiti", "332", "Caribbean"), ("Mali", "466", "Western Africa"),
               ("Mexico", "484", "Central America")], got
PY
expect_exit 0 "$DOSSIER" export --db "$DB" --format stix
python3 - "$TMP/out" <<'PY' && ok || fail "STIX locations lack an alpha-2 country"
import json, sys
locs = [o for o in json.load(open(sys.argv[1]))["objects"] if o["type"] == "location"]
assert sorted(o["country"] for o in locs) == ["HT", "ML", "MX"], [o.get("country") for o in locs]
PY
finish
