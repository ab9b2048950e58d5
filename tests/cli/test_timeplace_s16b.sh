#!/usr/bin/env bash
# test_timeplace_s16b.sh - when and where in invented documents of session 16
# (examples/tp16b-*): a dateline town that shares its name with a province
# abroad, a wire's dateline without its year, a release's slashed header
# date written day first, conflict towns the gazetteer lacked.
# Each check failed on the session's starting binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# "Beni, 13 July 2024 -": the dateline names DR Congo's city (as "in Beni"
# would), not Bolivia's Beni department; Kanyabayonga is in North Kivu
check tp16b-drc-dateline-2024.txt '
e = at("feeder road")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-07-11", "COD", "North Kivu", 9), e
e = at("Kanyabayonga")
assert (e["date"], e["country"], e["location"], e["fatalities"]) == ("2024-07-12", "COD", "Kanyabayonga", 2), e
'
# "BANGKOK, Feb 7 (AP) -": the year from the story's "Jan 15, 2025"; the
# dateline then dates "on Tuesday"
check tp16b-thailand-wire-2025.txt '
assert doc["date"] == "2025-02-07", doc
e = at("roadside bomb")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2025-02-04", "THA", "Narathiwat", 2), e
'
# "Date: 12/03/2024" above a Nigerian release: 12 March (day first), not 3
# December; "On 08/03/2024" likewise
check tp16b-nigeria-release-2024.txt '
assert doc["date"] == "2024-03-12", doc
e = at("Marte")
assert (e["date"], e["country"], e["admin1"]) == ("2024-03-10", "NGA", "Borno"), e
e = at("Gwoza")
assert e["date"] == "2024-03-08", e
'
# Laiza (Kachin): a town the gazetteer lacked
check tp16b-ssd-myanmar-brief-2024.txt '
e = at("Laiza")
assert (e["date"], e["country"], e["admin1"], e["location"]) == ("2024-09-17", "MMR", "Kachin", "Laiza"), e
'
# "Zaire militiamen killed ... in Djugu territory": Zaire names the militia
# (it was Angola's Zaire province); the event is in Ituri
check tp16b-ituri-update-2024.txt '
e = at("Zaire militiamen")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-05-20", "COD", "Ituri", 5), e
'
# "in As Salif Port" is Yemen's Salif, not Algeria's Chlef (its alternate
# name "as-Salif"); "Maritime security digest" names no Togolese region
check tp16b-red-sea-ports-2024.txt '
e = at("As Salif")
assert (e["date"], e["country"], e["admin1"], e["injuries"]) == ("2024-06-16", "YEM", "Al Hudaydah", 3), e
'

# annotations: the dateline town alone, a wire credit after it
printf 'BENI (AFP) - Rebels killed nine farmers on Friday.\n' >"$TMP/beni.txt"
expect_exit 0 "$DOSSIER" annotate --format json --date 2024-07-13 "$TMP/beni.txt"
python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["country"])' "$TMP/out" >"$TMP/places"
expect_grep '^BENI COD$' "$TMP/places"

# "Maritime" alone is a word; Togo's region needs its country
printf 'Maritime security digest, 18 June 2024\n\nGunmen raided a village in the Maritime region of Togo.\n' >"$TMP/mar.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/mar.txt"
python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["country"])' "$TMP/out" >"$TMP/places"
expect_grep '^Maritime region TGO$' "$TMP/places"
if grep -q '^Maritime TGO$' "$TMP/places"; then fail "Maritime security is no place"; else ok; fi

# "Burkina" alone (French usage, "the Mali-Burkina border") is Burkina Faso
printf 'Jihadists killed 20 soldiers in Burkina near the Mali-Burkina border.\n' >"$TMP/bfa.txt"
expect_exit 0 "$DOSSIER" annotate --format json --date 2024-05-01 "$TMP/bfa.txt"
python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["country"])' "$TMP/out" >"$TMP/places"
expect_grep '^Burkina BFA$' "$TMP/places"
# "CAR" and "Centrafrique": the Central African Republic, as UN and French
# reporting write it
printf 'MINUSCA said rebels in CAR attacked a convoy. Centrafrique has asked for help.\n' >"$TMP/caf.txt"
expect_exit 0 "$DOSSIER" annotate --format json --date 2024-05-01 "$TMP/caf.txt"
python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["country"])' "$TMP/out" >"$TMP/places"
expect_grep '^CAR CAF$' "$TMP/places"
expect_grep '^Centrafrique CAF$' "$TMP/places"

# towns of the Kivus and Ituri the gazetteer lacked
printf 'M23 rebels seized Rubaya and shelled Mweso; militias attacked Minembwe and Drodro.\n' >"$TMP/kivu.txt"
expect_exit 0 "$DOSSIER" annotate --format json --date 2024-05-01 "$TMP/kivu.txt"
python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["country"], p["admin1"])' "$TMP/out" >"$TMP/places"
expect_grep '^Rubaya COD North Kivu$' "$TMP/places"
expect_grep '^Minembwe COD South Kivu$' "$TMP/places"
expect_grep '^Drodro COD Ituri$' "$TMP/places"

# Somali spellings of towns the gazetteer had under others
printf 'Al-Shabaab attacked bases in Beledweyn, Xudur, Dusmareb and Ceelasha Biyaha.\n' >"$TMP/som.txt"
expect_exit 0 "$DOSSIER" annotate --format json --date 2024-05-01 "$TMP/som.txt"
python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["country"], p["admin1"])' "$TMP/out" >"$TMP/places"
expect_grep '^Beledweyn SOM Hiiraan$' "$TMP/places"
expect_grep '^Xudur SOM Bakool$' "$TMP/places"
expect_grep '^Dusmareb SOM Galguduud$' "$TMP/places"
expect_grep '^Ceelasha Biyaha SOM Lower Shabelle$' "$TMP/places"

# French month abbreviations after a day end no sentence ("Ouagadougou, 3
# avr. 2024 -" was cut after "avr.": the report undated, Tuesday too)
printf 'Ouagadougou, 3 avr. 2024 - Gunmen killed five soldiers near Djibo on Tuesday.\n' >"$TMP/avr.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/avr.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "a French month abbreviation ended the dateline's sentence"
import json, sys
out = json.load(open(sys.argv[1]))
assert out["documents"][0]["date"] == "2024-04-03", out["documents"]
assert [e["date"] for e in out["events"]] == ["2024-04-02"], [e["date"] for e in out["events"]]
PY
finish
