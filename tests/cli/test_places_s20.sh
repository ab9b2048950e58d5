#!/bin/bash
# test_places_s20.sh - where events happen, read in session 20 on invented
# sentences in the style of ACLED notes. A name followed by a lower level's
# type word ("Aboke sub-county", "Tarash upazila", "Bwiremi groupement",
# "Rubona hill", "Nowgam sector area") keeps the bracket chain after it:
# the name and its chain were lost, or the town of the chain's district
# was taken instead. A chain that ends in a region named by a common word
# ("(Kole, Northern)", "(Kiruhura, Western)") is placed in the country
# that has a region of that name. The nation of forces that shell a place
# does not say where it is ("Russian troops shelled Pokrovske, Donetsk" is
# Ukraine's); Baramulla is Kashmir's district, not Malta's Bormla. Each
# check failed on the session's starting binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

# place FILE COUNTRY ADMIN1 LOCATION: the file's one event is there
place() {
    extract_check "$1" "$EVENTS_PY" "
assert len(out[\"events\"]) == 1, explain()
e = out[\"events\"][0]
assert (e[\"country\"], e[\"admin1\"], e[\"location\"]) == (\"$2\", \"$3\", \"$4\"), explain()
" "$1"
}

# Uganda's Kole district, not Congo's town Kole: the chain's "Northern" is
# a region of Uganda (the sub-county had made the chain unread, then Kole
# alone went to its larger namesake)
printf "On 12 March 2023, residents beat a suspected thief to death in Abelo village, Aboke sub-county (Kole, Northern).\\n" >"$TMP/kole.txt"
place "$TMP/kole.txt" UGA Northern Aboke

# a police station in a district of Uganda's Western region (no place before)
printf "On 8 April 2023, residents beat a suspected motorcycle thief to death outside Kikatsi police station (Kiruhura, Western).\\n" >"$TMP/kiruhura.txt"
place "$TMP/kiruhura.txt" UGA Western Kiruhura

# Bangladesh's upazila (no country before)
printf "On 8 April 2023, about two hundred farmers blocked a road in Tarash upazila (Sirajganj) to demand fair prices for rice.\\n" >"$TMP/tarash.txt"
place "$TMP/tarash.txt" BGD "Rajshahi Division" Tarash

# Congo's groupement, a hill in Burundi: the named place, not the town of
# the district after it
printf "On 2 June 2023, gunmen killed a trader in Bwiremi groupement (Masisi, Nord-Kivu).\\n" >"$TMP/bwiremi.txt"
place "$TMP/bwiremi.txt" COD Nord-Kivu Bwiremi
printf "On 3 May 2023, police dispersed villagers at Rubona hill (Muyinga, Burundi) who were protesting against the arrest of a teacher.\\n" >"$TMP/rubona.txt"
place "$TMP/rubona.txt" BDI Muyinga Rubona

# two type words ("sector area")
printf "On 9 July 2023, soldiers and infiltrators exchanged fire at Nowgam sector area (Kupwara district, Jammu and Kashmir). One infiltrator was killed.\\n" >"$TMP/nowgam.txt"
place "$TMP/nowgam.txt" IND "Jammu and Kashmir" Nowgam

# the attackers' nation is no context for the town they shell: Ukraine's
# Pokrovske in Donetsk oblast, not a Pokrovskoye near Rostov's Donetsk
printf "On 3 June 2023, Russian troops shelled Pokrovske, Donetsk, damaging two houses.\\n" >"$TMP/pokrovske.txt"
place "$TMP/pokrovske.txt" UKR Donetsk Pokrovske

# Baramulla district (GeoNames: Baramula) with "J&K" unread
printf "On 4 May 2023, shopkeepers protested at Kreeri town (Baramulla district, J&K) over long power cuts.\\n" >"$TMP/kreeri.txt"
place "$TMP/kreeri.txt" IND "Jammu and Kashmir" Kreeri

# a town's name is no month: "Rio de Janeiro until 2016" (Portuguese
# "janeiro", read after "de" in Iberian dates, made a span from January)
printf "The gang was allied with a faction from Rio de Janeiro until 2016, when the pact broke.\\n" >"$TMP/rio.txt"
timex "$TMP/rio.txt"
expect_grep "^until 2016 2016 None$" "$TMP/timex"

finish
