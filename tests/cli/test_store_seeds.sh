# test_store_seeds.sh - the knowledge base on the two reference documents
# (read from ../shared at run time): ingesting both gives one dossier for the
# group whatever alias is asked, its walis in tenure order, its affiliations
# and outlets, an expansion view in date order, and the cross-border rocket
# attack as ONE event in UZB backed by sources from both documents.
# Skips (77) without ../shared.
. "$(dirname "$0")/lib.sh"

SEEDS=$(ls "$DS_SHARED"/corpus/seeds/*.txt 2>/dev/null)
[ -n "$SEEDS" ] || { echo "skip: no seeds in $DS_SHARED"; exit 77; }
DB="$TMP/kb.db"
expect_exit 0 "$DOSSIER" ingest --db "$DB" $SEEDS
expect_exit 0 "$DOSSIER" actor --db "$DB" --format json "ISIS-K"
cp "$TMP/out" "$TMP/a.json"
expect_exit 0 "$DOSSIER" actor --db "$DB" --format json "iskp"
cmp -s "$TMP/out" "$TMP/a.json" && ok || fail "two aliases give two different dossiers"
/usr/bin/python3 - "$TMP/a.json" <<'PY' && ok || fail "ISIS-K dossier"
import json, sys
d = json.load(open(sys.argv[1]))
walis = [l for l in d["leaders"] if (l["role"] or "").lower() == "wali"]
assert len(walis) >= 7, [l["name"] for l in d["leaders"]]
starts = [w["start"] for w in walis if w["start"]]
assert starts == sorted(starts), starts
assert all(w["sources"] for w in walis), "a wali without a source"
assert len(d["affiliations"]) >= 7, d["affiliations"]
assert len(d["media_outlets"]) >= 3, d["media_outlets"]
exp = d["expansion"]
dates = [e["date"] for e in exp]
assert dates == sorted(dates), dates
assert len({e["country"] for e in exp}) == len(exp)
assert "UZB" in [e["country"] for e in exp]
PY
expect_exit 0 "$DOSSIER" events --db "$DB" --country UZB --format json
/usr/bin/python3 - "$TMP/out" <<'PY' && ok || fail "UZB events"
import json, sys
ev = json.load(open(sys.argv[1]))
termez = [e for e in ev if (e["location"] or "") == "Termez"]
assert len(termez) == 1, [(e["date"], e["location"]) for e in ev]
docs = {s["document"] for s in termez[0]["sources"]}
assert len(docs) == 2, docs
PY
# a second ingest of the same seeds changes nothing
"$DOSSIER" export --db "$DB" --format json >"$TMP/e1.json"
expect_exit 0 "$DOSSIER" ingest --db "$DB" $SEEDS
"$DOSSIER" export --db "$DB" --format json >"$TMP/e2.json"
cmp -s "$TMP/e1.json" "$TMP/e2.json" && ok || fail "re-ingest of the seeds changed the store"
finish
