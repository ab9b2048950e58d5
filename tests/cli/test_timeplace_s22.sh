#!/usr/bin/env bash
# test_timeplace_s22.sh - when and where in invented documents of session 22
# (examples/tp22-*): a town that GeoNames names with a qualifier in
# brackets ("Frankfurt (Oder)"), a short release whose paragraphs tell
# happenings in several countries (an undated paragraph abroad is no more
# of the last one), Islamic feasts by name ("during Ramadan", "on the
# eve of Eid ul-Adha"), a ship named after a town, places.tsv rows for
# Tamanrasset and Tripoli's quarters. Each check failed on the
# session's starting binary, but those that guard what already held.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# "Frankfurt (Oder)", "Halle (Saale)", "Frankfurt/Oder": the town on the
# Oder, not its namesake on the Main (the bracket was read as a chain or
# dropped); "Frankfurt (Hesse)" and "New Orleans (Louisiana)" stay a town
# and its province
check_batch tp22-europe-notes-2024.jsonl '
e = one("tp22-e1")
assert (e["admin1"], e["location"]) == ("Brandenburg", "Frankfurt (Oder)") and e["latitude"], e
e = one("tp22-e2")
assert (e["admin1"], e["location"]) == ("Saxony-Anhalt", "Halle (Saale)"), e
e = one("tp22-e3")
assert e["admin1"] == "Brandenburg" and abs(e["latitude"] - 52.35) < 0.1, e
e = one("tp22-e4")
assert (e["admin1"], e["location"]) == ("Hesse", "Frankfurt"), e
'
printf 'Police detained two men in Halle (Saale) on Monday. Protesters marched in New Orleans (Louisiana).\n' >"$TMP/paren.txt"
places "$TMP/paren.txt"
expect_grep '^Halle [(]Saale[)][|]Halle [(]Saale[)][|]city[|]DEU[|]Saxony-Anhalt$' "$TMP/places"
expect_grep '^New Orleans[|]New Orleans[|]city[|]USA[|]' "$TMP/places"

# a short release from Cotonou: Togo's Dapaong last week, then a paragraph
# on Ghana's Bawku: the Ghanaian clash was folded into the Togolese
# killing (a short document's sentence with dead and no day of its own was
# taken as more of the last event, whatever its place)
check tp22-gulf-of-guinea-release-2025.txt '
e = find(location="Dapaong")
assert (e["country"], e["fatalities"]) == ("TGO", 3) and "Ghana" not in (e["actor1"] or ""), e
e = find(location="Bawku")
assert (e["country"], e["admin1"], e["fatalities"]) == ("GHA", "Upper East", 2), e
'
printf 'ACCRA, Friday 17 January 2025 - In northern Togo, gunmen killed three civilians in Dapaong, Savanes region, last week.\n\nTwo people were killed in clashes in Bawku, Upper East Region.\n' >"$TMP/two.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/two.txt"
expect_grep '"location": "Bawku"' "$TMP/out"
# (a paragraph on in the same country stays more of the event)
printf 'ACCRA, Friday 17 January 2025 - Gunmen killed three civilians in Bawku, Upper East Region, on Wednesday.\n\nTwo more people were later killed in Bawku.\n' >"$TMP/same.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/same.txt"
python3 -c 'import json,sys; o=json.load(open(sys.argv[1])); assert len(o["events"]) == 1, o["events"]' "$TMP/out" && ok || fail "a follow-up in the same town split"

# Islamic feasts by name, dated from the report's day (the last on or
# before it): "on the first day of Eid al-Fitr" (10 April 2024; the
# event took the report's day), "During Ramadan" a span (11 March to 9
# April; it was folded into the clash of Eid), "the eve of Eid ul-Adha",
# "the second day of Eid-ul-Azha"; a feast after the report's day is the
# year before's (Tabaski in a May report); people named Ramadan are no dates
check tp22-chittagong-hills-release-2024.txt '
e = find(location="Cox\x27s Bazar")
assert e["date"] == "2024-04-10", e
e = [e for e in out["events"] if e["fatalities"] == 5][0]
assert (e["date"], e["date_end"]) == ("2024-03-11", "2024-04-09"), e
'
check tp22-frontier-feasts-2024.txt '
e = find(location="North Waziristan")
assert e["date"] == "2024-06-15", e
e = find(location="Peshawar")
assert e["date"] == "2024-06-17", e
'
printf 'KABUL, 2 May 2024 - Tariq Ramadan spoke in Herat. Ramadan Abdullah left Kabul. During Ramadan, attacks fell. Tabaski was quiet.\n' >"$TMP/names.txt"
timex "$TMP/names.txt"
expect_grep '^Ramadan 2024-03-11 2024-04-09$' "$TMP/timex"
expect_grep '^Tabaski 2023-06-28' "$TMP/timex"
if [ "$(grep -c '^Ramadan' "$TMP/timex")" = 1 ]; then ok; else fail "a person named Ramadan dated"; cat "$TMP/timex" >&2; fi

# a ship's name after its kind ("the cargo ship Sofia", "the tanker
# Tripoli") is no place: the seizure was put in Bulgaria, the strike in
# Libya; the place after "off" stays
check tp22-red-sea-shipping-2024.txt '
e = ev("2024-06-10")
assert (e["country"], e["location"]) == ("YEM", "Hodeidah"), e
e = ev("2024-06-11")
assert e["country"] == "YEM", e
'

# places.tsv: Algeria's Tamanrasset as ACLED and the press spell it
# (GeoNames' Tamanghasset: the chain placed the province alone, with no
# coordinates) and Tripoli's quarters GeoNames lacks ("the Souq al-Jumaa
# district of Tripoli" was "al-Jumaa district"; Ain Zara took the city's
# coordinates); "Abu Salim" away from Libya stays a man
check_batch tp22-maghreb-notes-2024.jsonl '
e = one("tp22-m1")
assert (e["country"], e["location"]) == ("DZA", "Tamanrasset") and abs(e["latitude"] - 22.79) < 0.1, e
e = one("tp22-m2")
assert e["location"].startswith("Souq al-Jumaa") and e["latitude"], e
e = one("tp22-m3")
assert e["location"] == "Ain Zara" and abs(e["latitude"] - 32.80) < 0.05, e
'
printf 'KABUL, 2 May 2024 - Militants led by Abu Salim attacked a post in Kunar.\n' >"$TMP/abu.txt"
places "$TMP/abu.txt"
if grep -q '^Abu Salim' "$TMP/places"; then fail "a nom de guerre placed"; else ok; fi

finish
