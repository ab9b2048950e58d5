#!/usr/bin/env bash
# test_timeplace_s17.sh - when and where in invented documents of session 17
# (examples/tp17-*): accented French month abbreviations, a slashed header
# date in a Philippine release, a weekly title's "week of", a log of dated
# entries, lists of provinces, dateline context, towns the gazetteer lacked.
# Each check failed on the session's starting binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# "N'Djamena, le 9 févr. 2024 -": the accented abbreviation ends no
# sentence, so the dateline dates the communique; "On 3 févr. 2024, gunmen
# ... in Djibasso, in the Kossi province": the town (the gazetteer lacked
# it, and a town of the project's rows did not fit a district); "Days
# later ... near Ngouboua in the Lac province"
check tp17-niger-chad-communique-fr-2024.txt '
assert doc["date"] == "2024-02-09", doc
e = at("Djibasso")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-02-03", "BFA", "Boucle du Mouhoun", "Djibasso", 6), e
e = at("Dioura")
assert (e["date"], e["country"], e["admin1"], e["location"]) == ("2024-02-03", "MLI", "Mopti", "Dioura"), e
e = at("Days later")
assert (e["country"], e["admin1"], e["location"]) == ("TCD", "Lac", "Ngouboua"), e
'
# "Date: 03/12/2024" over "CAMP LUKBAN, Catbalogan City -" and Northern
# Samar: a Philippine release writes month first (12 March, not 3
# December); its "on Sunday" is the 10th
check tp17-philippines-army-release-2024.txt '
assert doc["date"] == "2024-03-12", doc
e = at("Las Navas")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-03-10", "PHL", "Eastern Visayas", 2), e
'
# "Myanmar conflict notes, week of 26 February 2024": the week, not the
# report's day, so "on 28 February" is not a year back
check tp17-myanmar-sagaing-notes-2024.txt '
e = at("Kani")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-02-28", "MMR", "Sagaing", 7), e
e = at("Monywa")
assert (e["date"], e["country"], e["fatalities"]) == ("2024-02-28", "MMR", 11), e
'
# a log of dated entries ("Thailand, 4 Nov: ...", "Indonesia, 6 Nov: ...")
# has no wire dateline: each entry keeps its year; a weekday in an entry is
# the entry's week ("Ukraine, 8 Nov: ... In the night of Friday to
# Saturday" is the 8th to the 9th)
check tp17-thailand-papua-ukraine-notes-2024.txt '
e = at("Indonesia, 6 Nov")
assert (e["date"], e["country"], e["admin1"]) == ("2024-11-06", "IDN", "Central Papua"), e
e = at("Ukraine, 8 Nov")
assert (e["date"], e["country"], e["location"], e["fatalities"]) == ("2024-11-08", "UKR", "Zaporizhzhia", 9), e
e = at("Friday to Saturday")
assert (e["date"], e["date_end"], e["country"], e["admin1"]) == ("2024-11-08", "2024-11-09", "UKR", "Odesa"), e
e = at("Libya, 10 Nov")
assert (e["date"], e["country"], e["fatalities"]) == ("2024-11-10", "LBY", 3), e
'
# "in Gagangir, in Ganderbal district": the town (the gazetteer lacked it)
extract_check tp17-south-asia-wire-2024.txt "$EVENTS_PY" '
e = at("Gagangir")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-10-20", "IND", "Jammu and Kashmir", "Gagangir", 7), e
' --date 2024-10-21 "$EX/tp17-south-asia-wire-2024.txt"
# "an Israeli airstrike on a house in Aitaroun": Lebanon's village (it took
# the focus country, Libya)
check tp17-lebanon-libya-wire-2024.txt '
e = at("Aitaroun")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-10-14", "LBN", "Nabatieh", "Aitaroun", 5), e
e = at("Al Bayda")
assert (e["country"], e["location"]) == ("LBY", "Al Bayda"), e
'

# "Lomé, 22 mai 2024 -": a dateline town with an accented letter (the
# dateline was not read: the events took the day of the release and Lomé)
check tp17-togo-release-2024.txt '
assert doc["date"] == "2024-05-22", doc
e = at("Kpendjal")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-05-17", "TGO", "Savanes", 2), e
'
# "Kinshasa, 3 juin 2024 (ACP).-": the credit of the Congolese agency, then ".-"
check tp17-drc-acp-dispatch-2024.txt '
assert doc["date"] == "2024-06-03", doc
e = at("Masala")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-06-03", "COD", "North Kivu", "Masala", 11), e
'

# "residents of Pont-Sonde said gunmen killed four farmers over the
# weekend": the Artibonite town (the gazetteer lacked it)
extract_check tp17-haiti-brazil-wire-2024.txt "$EVENTS_PY" '
e = at("Pont-Sonde")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-11-09", "HTI", "Artibonite", "Pont-Sonde", 4), e
' --date 2024-11-12 "$EX/tp17-haiti-brazil-wire-2024.txt"

# Indian police English: "On the intervening night of September 7 and 8"
# is one night over both days (it was the 7th alone); "On the eve of the
# incident" is the day before it (no date)
check tp17-manipur-police-release-2024.txt '
assert doc["date"] == "2024-09-09", doc
e = at("Nungchappi")
assert (e["date"], e["date_end"], e["country"], e["admin1"]) == ("2024-09-07", "2024-09-08", "IND", "Manipur"), e
'
expect_exit 0 "$DOSSIER" annotate --format json "$EX/tp17-manipur-police-release-2024.txt"
python3 -c 'import json, sys
for t in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["timex"]:
    print(t["text"], t["value"])' "$TMP/out" >"$TMP/timex"
expect_grep '^the eve of the incident 2024-09-06$' "$TMP/timex"
printf 'Niamey, 14 March 2024 - On the night of 7 and 8 March, gunmen attacked Tera.\n' >"$TMP/dmy.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/dmy.txt"
python3 -c 'import json, sys
for t in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["timex"]:
    print(t["text"], t["value"], t.get("value_end"))' "$TMP/out" >"$TMP/timex"
expect_grep '^7 and 8 March 2024-03-07 2024-03-08$' "$TMP/timex"

places() { # places FILE [ARGS]: "text feature country" of each place
    expect_exit 0 "$DOSSIER" annotate --format json "$@"
    python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["feature"], p["country"])' "$TMP/out" >"$TMP/places"
}

# "the Diffa and Tillaberi regions": two regions, not the town of Diffa
printf 'Jihadists killed 12 civilians in the Diffa and Tillaberi regions of Niger on 4 March 2024.\n' >"$TMP/diffa.txt"
places "$TMP/diffa.txt"
expect_grep '^Diffa admin1 NER$' "$TMP/places"
expect_grep '^Tillaberi admin1 NER$' "$TMP/places"
# "the Kaduna, Katsina and Zamfara states": the list, commas too
printf 'Bandits raided villages across the Kaduna, Katsina and Zamfara states on 2 May 2024.\n' >"$TMP/nga.txt"
places "$TMP/nga.txt"
expect_grep '^Kaduna admin1 NGA$' "$TMP/places"
expect_grep '^Katsina admin1 NGA$' "$TMP/places"

# "BEIRUT, 14 October 2024 - ... in Tripoli": the dateline's country
printf 'BEIRUT, 14 October 2024 - Gunmen fought in Tripoli overnight, leaving three men dead.\n' >"$TMP/trip.txt"
places "$TMP/trip.txt"
expect_grep '^Tripoli city LBN$' "$TMP/places"

# "LOME, le 5 déc. 2023 -": the accented abbreviation in capitals' company
printf 'LOME, le 5 déc. 2023 - Des hommes armés ont attaqué un poste militaire dans la région des Savanes.\n' >"$TMP/lome.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/lome.txt"
expect_grep '"date": *"2023-12-05"' "$TMP/out"

# "in Zuwara, Libya", "in Hajja, Yemen": GeoNames writes the feminine
# ending with its "h" (Zuwarah, Hajjah); the skeletons are too short for a
# looser match, so the towns were dropped
printf 'Migrants drowned off the coast after clashes in Zuwara, Libya, on 2 May 2024.\n' >"$TMP/zuw.txt"
places "$TMP/zuw.txt"
expect_grep '^Zuwara city LBY$' "$TMP/places"
printf 'Houthi fighters shelled a market in Hajja, Yemen, on 2 May 2024.\n' >"$TMP/haj.txt"
places "$TMP/haj.txt"
expect_grep '^Hajja admin1 YEM$' "$TMP/places"

# "Date: 03/12/2024" over a Texan or a Davao dateline: month first (the
# most important place of a name votes; a dateline in capitals counts);
# over Maiduguri, day first
for c in 'HOUSTON, Texas - Police said a gunman killed two people at a bar in Pasadena on Sunday.|2024-03-12' \
    'DAVAO CITY - Troops clashed with NPA rebels in Paquibato on Sunday.|2024-03-12' \
    'MAIDUGURI - Troops repelled an attack on Monguno on Sunday, killing 12 terrorists.|2024-12-03'; do
    printf 'PRESS RELEASE\nDate: 03/12/2024\n\n%s\n' "${c%%|*}" >"$TMP/slash.txt"
    expect_exit 0 "$DOSSIER" extract --format json "$TMP/slash.txt"
    expect_grep "\"date\": *\"${c##*|}\"" "$TMP/out"
done

# eastern DR Congo villages the gazetteer lacked ("near Kibumba" was no
# place; GeoNames has only a Kibumba district in Maniema)
printf 'M23 rebels shelled displacement camps near Kibumba on 2 May 2024, killing three people.\n' >"$TMP/kib.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/kib.txt"
python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print(p["text"], p["country"], p["admin1"])' "$TMP/out" >"$TMP/places"
expect_grep '^Kibumba COD North Kivu$' "$TMP/places"

finish
