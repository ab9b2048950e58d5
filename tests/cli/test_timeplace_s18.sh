#!/usr/bin/env bash
# test_timeplace_s18.sh - when and where in invented documents of session 18
# (examples/tp18-*) and ACLED-style chains: Spanish and Portuguese
# datelines, a masthead line's date, "mid-week", a clock's "p.m." before a
# weekday, transliterations that differ by a doubled letter or a feminine
# "h", Nigeria's capitalised "Local Government Area", South Sudan's
# counties named with a compass point, Ethiopia's zones, Bangladesh's
# divisions, an Islamic State province in a group's name, a facility named
# after a province abroad, continents' parts, GeoNames' division prefixes
# (Lebanon's cazas, Tunisia's delegations), towns GeoNames spells otherwise
# or lacks. Each check failed on the session's starting binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }


# "Horn Security Monitor, Weekly Brief No. 41, 12 October 2024" under the
# title: a masthead line that its date closes dates the brief (six words
# were too many for a line that is no title); then "mid-week" is the
# Wednesday of its week (it was no date), "On Monday" the 7th
check tp18-horn-weekly-brief-2024.txt '
assert doc["date"] == "2024-10-12", doc
e = at("Fano fighters overran")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-10-07", "ETH", "Amhara", "Dabat", 9), e
e = at("Tuesday to Wednesday")
assert (e["date"], e["date_end"], e["country"], e["admin1"], e["location"]) == ("2024-10-08", "2024-10-09", "ETH", "Oromia", "Gimbi"), e
'
# "in Dabat woreda, North Gondar zone": Ethiopia's zone (GeoNames: "North
# Gondar Zone"; it was the town of Gondar)
places "$EX/tp18-horn-weekly-brief-2024.txt"
expect_grep '^North Gondar zone\|North Gondar Zone\|admin2\|ETH\|Amhara$' "$TMP/places"
expect_grep '^Dabat\|Dabat\|city\|ETH\|Amhara$' "$TMP/places"
timex "$EX/tp18-horn-weekly-brief-2024.txt"
expect_grep '^mid-week 2024-10-09 None$' "$TMP/timex"
printf 'Kabul, 10 May 2024 - Gunmen attacked a checkpoint in Herat midweek.\n' >"$TMP/midweek.txt"
timex "$TMP/midweek.txt"
expect_grep '^midweek 2024-05-08 None$' "$TMP/timex"

# Spanish and Portuguese datelines: "BOGOTÁ, 4 de marzo de 2024 (EFE) -",
# "MAPUTO, 5 de abril de 2024 -" (no document date: the weekdays and the
# events had none)
check tp18-colombia-efe-es-2024.txt '
assert doc["date"] == "2024-03-04", doc
e = at("Saravena")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-03-02", "COL", "Arauca", "Saravena", 2), e
e = at("Tibú")
assert (e["date"], e["country"], e["admin1"]) == ("2024-03-02", "COL", "Norte de Santander"), e
'
check tp18-mozambique-lusa-pt-2024.txt '
assert doc["date"] == "2024-04-05", doc
e = at("Chiure")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-04-03", "MOZ", "Cabo Delgado", 3), e
e = at("Mucojo")
assert (e["date"], e["location"], e["fatalities"]) == ("2024-04-04", "Mucojo", 12), e
'
# "CIUDAD DE MÉXICO, 12 mar (Reuters) -": a Spanish wire's day and month
timex "$EX/tp18-mexico-central-america-wire-2024.txt" --date 2024-03-13
expect_grep '^12 mar 2024-03-12 None$' "$TMP/timex"

# "Rockets ... hit Nahariya": GeoNames spells it Nahariyya; the skeleton
# ("nr") is too short for a loose match, but the spelling differs only by a
# doubled letter
places "$EX/tp18-israel-north-wire-2024.txt"
expect_grep '^Nahariya\|Nahariyya\|city\|ISR\|Northern$' "$TMP/places"

# "in Guma Local Government Area of Benue State": capitalised, the type
# words were read as part of a name ("Guma Local", some village's
# skeleton), so Guma was lost
places "$EX/tp18-benue-plateau-release-2024.txt"
expect_grep '^Guma Local Government Area\|Guma\|admin2\|NGA\|Benue$' "$TMP/places"

# "in Tonj North County, Warrap State", "Rumbek Centre County, Lakes State":
# the county of a town and a compass point is at the town ("County" and
# Pennsylvania's "Centre County" were places of the chain)
check tp18-south-sudan-unmiss-release-2024.txt '
assert doc["date"] == "2024-08-08", doc
e = at("Kuerenga")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-08-05", "SSD", "Warrap", 11), e
assert e["location"] in ("Kuerenga", "Tonj"), e
e = at("Rumbek")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-08-05", "SSD", "Lakes", "Rumbek", 3), e
'
places "$EX/tp18-south-sudan-unmiss-release-2024.txt"
expect_grep '^Tonj\|Tonj\|city\|SSD\|Warrap$' "$TMP/places"
if grep -q '^County|' "$TMP/places"; then fail "County is no place"; else ok; fi

# "near Elwak in Mandera County": Kenya's El Wak as the Kenyan press
# writes it (it went to Somalia's Elwaq, across the border)
check tp18-kenya-ethiopia-wire-2024.txt '
e = at("police reservists")
assert (e["country"], e["admin1"], e["location"], e["fatalities"]) == ("KEN", "Mandera County", "Elwak", 5), e
'

# "at a university campus in Chittagong": the city (GeoNames: Chattogram),
# not the division; "Chittagong division": the division
check tp18-bangladesh-mindanao-caucasus-notes-2024.txt '
e = at("Bangladesh, 16 Jul")
assert (e["date"], e["country"], e["admin1"], e["location"], e["fatalities"]) == ("2024-07-16", "BGD", "Chittagong", "Chittagong", 3), e
'
printf 'Protests spread to Sylhet division, Bangladesh, on 2 August 2024.\n' >"$TMP/div.txt"
places "$TMP/div.txt"
expect_grep '^Sylhet division\|Sylhet Division\|admin1\|BGD' "$TMP/places"

# "Central America and Venezuela: incident notes": a region (it was the
# "Central United States": a direction before the alias "America"); "the
# Great Lakes region" is no South Sudanese state
places "$EX/tp18-central-america-notes-2024.txt"
expect_grep '^Central America\|Central America\|region\|None' "$TMP/places"
printf 'Attacks in the Great Lakes region and in Latin America rose in 2024.\n' >"$TMP/regions.txt"
places "$TMP/regions.txt"
expect_grep '^Great Lakes region\|Great Lakes\|region\|None' "$TMP/places"
expect_grep '^Latin America\|Latin America\|region\|None' "$TMP/places"

# "exploded near Aranpur in neighbouring Dantewada district" in a police
# note whose only state is in its furniture: GeoNames names the district
# "Dakshin Bastar Dantewada" (the event had no province)
check tp18-chhattisgarh-police-release-2024.txt '
assert doc["date"] == "2024-04-17", doc
e = at("Aranpur")
assert (e["date"], e["country"], e["admin1"], e["admin2"]) == ("2024-04-16", "IND", "Chhattisgarh", "Dantewada"), e
'

# "BIFF gunmen in Maguindanao province": the province split in 2022 that
# reporting still names (GeoNames has only its two halves)
printf 'Soldiers clashed with BIFF gunmen in Maguindanao province on 3 May 2024.\n' >"$TMP/mag.txt"
places "$TMP/mag.txt"
expect_grep '^Maguindanao province\|Maguindanao\|admin2\|PHL\|Autonomous Region in Muslim Mindanao$' "$TMP/places"

# "at 10 p.m. Tuesday" (wire style): a clock time's "p.m." before a
# weekday ends no sentence (the weekday was a sentence of its own, and the
# attack had no day)
printf 'KABUL, Afghanistan (AP) - March 14, 2024 - Gunmen attacked a checkpoint in Herat at 10 p.m. Tuesday, killing four soldiers.\n' >"$TMP/pm.txt"
extract_check pm.txt "$EVENTS_PY" '
e = at("Herat")
assert (e["date"], e["country"], e["fatalities"]) == ("2024-03-12", "AFG", 4), e
' "$TMP/pm.txt"

# "Islamic State Sahel Province fighters raid a cattle market in
# Anderamboukane": the group's province is part of its name (Burkina Faso's
# Sahel region was a place of the entry); a log of slashed dates, day first
places "$EX/tp18-sahel-incident-log-2024.md"
if grep -q '^Sahel Province|' "$TMP/places"; then fail "Sahel Province is no place"; else ok; fi
check tp18-sahel-incident-log-2024.md '
e = at("Anderamboukane")
assert (e["date"], e["country"], e["admin1"]) == ("2024-03-11", "MLI", "Menaka"), e
e = at("Djibo (Burkina Faso)")
assert (e["date"], e["country"], e["admin1"], e["location"]) == ("2024-03-05", "BFA", "Sahel", "Djibo"), e
'

# "a car bomb exploded outside the Litoral penitentiary" under a Guayaquil
# dateline: Equatorial Guinea's Litoral province is no attribute of a
# facility in a text placed elsewhere (the event went to GNQ)
check ev17-guayaquil-police-2025.txt '
e = at("Litoral")
assert (e["date"], e["country"]) == ("2025-02-22", "ECU"), e
'
printf 'Militants attacked the Litoral penitentiary in Guayaquil on 3 May 2024.\n' >"$TMP/lit.txt"
places "$TMP/lit.txt"
if grep -q '^Litoral|' "$TMP/places"; then fail "Litoral is no place"; else ok; fi

# "In Yemen, AQAP attacked a checkpoint in Shabwa": a skeleton of three
# letters and GeoNames' feminine "h" (Shabwah; the province was strong, so
# only its exact spelling was taken); "Lahj" for GeoNames' Lahij
printf 'In Yemen, AQAP attacked a checkpoint in Shabwa and separatists clashed with troops in Lahj on 3 May 2024.\n' >"$TMP/shab.txt"
places "$TMP/shab.txt"
expect_grep '^Shabwa\|Shabwah\|admin1\|YEM' "$TMP/places"
expect_grep '^Lahj\|Lahij\|admin1\|YEM' "$TMP/places"

# "at Zainpora town (Shopian district, J&K)": the typed district places the
# town before it though the state is an abbreviation the gazetteer lacks
# (ACLED's notes; the note had no place)
printf 'On 6 April 2022, militants exchanged fire with police at Zainpora town (Shopian district, J&K).\n' >"$TMP/jk.txt"
places "$TMP/jk.txt"
expect_grep '^Zainpora town\|Zainpora\|city\|IND\|Jammu and Kashmir$' "$TMP/places"

# ACLED's Lebanese and Cameroonian chains: "Nahr Ibrahim (Jubayl)" (GeoNames'
# "Caza de Jbayl": the prefix is now stripped, and Jubayl its alias) went to
# Saudi Arabia's Jubail; "Penda Mboko (Dibombari, Moungo, Littoral)" to
# Benin's Littoral (GeoNames: Mungo)
printf 'On 23 June 2022, a brawl broke out outside a shop in Nahr Ibrahim (Jubayl).\n' >"$TMP/jub.txt"
places "$TMP/jub.txt"
expect_grep '^Nahr Ibrahim\|Nahr Ibrahim\|city\|LBN' "$TMP/places"
printf 'On 10 June 2022, separatists clashed with gendarmes in Penda Mboko (Dibombari, Moungo, Littoral).\n' >"$TMP/mungo.txt"
places "$TMP/mungo.txt"
expect_grep '^Littoral\|Littoral\|admin1\|CMR' "$TMP/places"

# "in Beja (Beja Nord, Beja)": Tunisia's delegation (GeoNames: "Délégation
# de Béja Nord", its prefix now stripped) places the town in Tunisia, not
# Portugal
printf 'On 5 March 2023, some forty farm labourers held a sit-in in Beja (Beja Nord, Beja).\n' >"$TMP/beja.txt"
places "$TMP/beja.txt"
expect_grep '^Beja Nord\|Beja Nord\|admin2\|TUN' "$TMP/places"

# "fighting ... near Nasir, in Upper Nile State": South Sudan's conflict
# towns cities1000 lacks (the event had no location)
check tp18-south-sudan-unmiss-release-2024.txt '
e = at("Nasir")
assert (e["date"], e["country"], e["admin1"], e["location"]) == ("2024-08-03", "SSD", "Upper Nile", "Nasir"), e
'

# "Fighting spread to Bozoum": in a text that names no country, a town
# after a preposition spelt exactly with a short skeleton ("bzm") and six
# letters is taken, as "Hannover" (seven) was
printf 'Fighting spread to Bozoum on 3 May 2024.\n' >"$TMP/bozoum.txt"
places "$TMP/bozoum.txt"
expect_grep '^Bozoum\|Bozoum\|city\|CAF' "$TMP/places"

# "members of an armed gang known as El Perú": a country's name after an
# article it does not take is no country (it was Peru)
places "$EX/tp18-central-america-notes-2024.txt"
if grep -q '^El Perú|' "$TMP/places"; then fail "El Perú is a gang"; else ok; fi
expect_grep '^El Salvador\|El Salvador\|country\|SLV' "$TMP/places"

# "in Sa'ada governorate": Yemen's province (GeoNames: Şa'dah), not the
# town of Saada
printf 'In Yemen, clashes erupted in Sa\x27ada governorate near the Saudi border on 3 May 2024.\n' >"$TMP/saada.txt"
places "$TMP/saada.txt"
expect_grep "^Sa'ada governorate\\|Sadah\\|admin1\\|YEM" "$TMP/places"

finish
