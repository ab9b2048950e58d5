#!/usr/bin/env bash
# test_timeplace_s17b.sh - when and where in invented documents of session
# 17, second round (examples/tp17b-*): relative weekends, French days
# without a year, datelines. Each check failed on the session's starting
# binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# annotate_check LABEL FILE PYTHON: the annotation layer of FILE, with
# `doc` (its document), `tx(text)` (the timex of that text) and `pl(text)`
# (the place) in scope
annotate_check() {
    local label=$1 file=$2 code=$3
    expect_exit 0 "$DOSSIER" annotate --format json "$file"
    python3 - "$TMP/out" "$code" <<'PY' && ok || fail "$label: annotations differ"
import json, sys
doc = json.load(open(sys.argv[1]))["documents"][0]
def pl(text):
    hits = [p for p in doc["annotations"]["places"] if p["text"] == text]
    assert len(hits) == 1, "%d places %r: %s" % (len(hits), text, [p["text"] for p in doc["annotations"]["places"]])
    return hits[0]
def tx(text):
    hits = [t for t in doc["annotations"]["timex"] if t["text"] == text]
    assert len(hits) == 1, "%d timexes %r: %s" % (len(hits), text, [t["text"] for t in doc["annotations"]["timex"]])
    return hits[0]
try:
    exec(sys.argv[2], {"doc": doc, "tx": tx, "pl": pl})
except AssertionError as e:
    print("  assertion failed:", e, file=sys.stderr)
    raise
PY
}

# "The weekend before last, rebels ambushed a convoy ... between Abeche and
# Adre" under a Thursday, 14 November 2024: the weekend of 2 November, not
# last weekend's (9 November, which "Over the weekend" keeps)
check tp17b-chad-lake-digest-2024.txt '
e = at("weekend before last")
assert (e["date"], e["country"], e["location"]) == ("2024-11-02", "TCD", "Abeche"), e
e = at("Over the weekend")
assert (e["date"], e["location"]) == ("2024-11-09", "Bol"), e
'
# "Niamey, le 12 mars 2024 - ... dans la nuit du 10 au 11 mars": the two
# days of the night, with the dateline's year
annotate_check "French night of two days" "$EX/tp17b-niger-mali-communique-fr-2024.txt" '
t = tx("10 au 11 mars")
assert (t["value"], t["kind"]) == ("2024-03-10", "span"), t
'

# "RIO DE JANEIRO, Nov 12, 2024 (AP) -": the dateline is the city, not the
# state of the same name
annotate_check "dateline city over its state" "$EX/tp17b-brazil-rio-wire-2024.txt" '
p = pl("RIO DE JANEIRO")
assert (p["feature"], p["country"], p["admin1"], round(p["latitude"])) == ("city", "BRA", "Rio de Janeiro", -23), p
'

# "BEIRUT, 14 October 2024 (Example Wire) - Gunmen fought ... in the Bab
# al-Tabbaneh quarter of Tripoli", in a report whose last paragraph is on
# Libya (its focus): in the dateline's paragraph Lebanon weighs as the
# focus does, so Tripoli is Lebanon's; Al Bayda stays Libya's
check tp17-lebanon-libya-wire-2024.txt '
e = at("Tripoli")
assert (e["country"], e["admin1"], e["fatalities"]) == ("LBN", "North Lebanon", 3), e
e = at("Al Bayda")
assert e["country"] == "LBY", e
'

# "The rockets struck Kiryat Shmona in northern Israel", "Israeli aircraft
# bombed Bint Jbeil": the object of an attack verb is where, as after "in"
# (Kiryat Shmona is a looser spelling of Qiryat Shemona, which needs one)
check tp17b-israel-lebanon-border-2024.txt '
e = at("Kiryat Shmona")
assert (e["date"], e["country"], e["admin1"], e["location"], e["injuries"]) == ("2024-10-05", "ISR", "Northern", "Kiryat Shmona", 2), e
e = at("Bint Jbeil")
assert (e["date"], e["country"], e["location"], e["fatalities"]) == ("2024-10-06", "LBN", "Bint Jbeil", 4), e
'

# datelines of more shapes date the report: "PORT-AU-PRINCE, Haiti (AP) —
# Oct. 7, 2024 —" (twelve lexemes before the date), "Imphal, Sep 16, 2024
# (PTI):" (a colon after the credit), "Quetta, Pakistan | 18 September
# 2024 |" (a bar after the date); Haiti's "on Thursday" is the 3rd
check tp17b-haiti-ap-wire-2024.txt '
assert doc["date"] == "2024-10-07", doc["date"]
e = at("Pont-Sonde")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-10-03", "HTI", "Artibonite", 20), e
'
annotate_check "PTI dateline" "$EX/tp17b-manipur-pti-2024.txt" '
assert doc["date"] == "2024-09-16", doc["date"]
assert tx("Saturday")["value"] == "2024-09-14", tx("Saturday")
'
annotate_check "dateline between bars" "$EX/tp17b-balochistan-bar-2024.txt" '
assert doc["date"] == "2024-09-18", doc["date"]
assert tx("Monday")["value"] == "2024-09-16", tx("Monday")
'

# Somalia's federal member states are places: "off the coast of
# Puntland", "In Jubaland, ..." (the gazetteer lacked them)
annotate_check "Somali member states" "$EX/tp17b-somalia-coast-brief-2024.txt" '
assert (pl("Puntland")["country"], pl("Jubaland")["country"]) == ("SOM", "SOM"), (pl("Puntland"), pl("Jubaland"))
'

# "on Sunday last" in a release of Sunday 16 June 2024: the Sunday before
# (the 9th), not the release's day
check tp17b-benue-police-release-2024.txt '
e = at("Yelwata")
assert (e["date"], e["country"], e["admin1"], e["fatalities"], e["injuries"]) == ("2024-06-09", "NGA", "Benue", 7, 4), e
'

# "in Guma local government area" with no country named: a local
# government area is Nigeria's (Benue's Guma, not Liberia's district)
check tp17b-middle-belt-notes-2024.txt '
e = at("Guma")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-05-01", "NGA", "Benue", 5), e
'

finish
