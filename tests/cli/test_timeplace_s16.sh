#!/usr/bin/env bash
# test_timeplace_s16.sh - when and where in invented documents of session 16
# (examples/tp16-*): French datelines, nights over two days, "Days later",
# a country across a border, seas and gulfs, provinces of two spellings.
# Each check failed on the session's starting binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# "Niamey, le 22 février 2024 -": a French dateline dates the release; "In
# the night of Sunday to Monday" is both days; "Days later" is a new event a
# few days on, bounded by the release's day; "close to the border with
# Burkina Faso" places nothing in Burkina Faso (Tamou and Ayorou are Niger's)
check tp16-niger-communique-fr-2024.txt '
assert doc["date"] == "2024-02-22", doc
e = at("Sunday to Monday")
assert (e["date"], e["date_end"], e["country"], e["location"]) == ("2024-02-18", "2024-02-19", "NER", "Sanam"), e
e = at("Days later")
assert (e["date"], e["country"], e["location"]) == ("2024-02-22", "NER", "Tamou"), e
e = at("Over the weekend")
assert (e["date"], e["country"], e["location"]) == ("2024-02-17", "NER", "Ayorou"), e
'
# "BAMAKO (Mali), 3 avril 2024 -": an upper-case French dateline
check tp16-mali-wire-fr-2024.txt '
assert doc["date"] == "2024-04-03", doc
e = at("Suspected jihadists")
assert (e["date"], e["country"], e["admin1"]) == ("2024-04-01", "MLI", "Segou"), e
'

# "in the southern Red Sea" is a sea, no country's (it was Egypt's Red Sea
# governorate; the event is Yemen's by its dateline); "around Al Maymanah, in
# Al Bayda governorate": not Afghanistan's Maymana (spelt "Maymanah")
check tp16-yemen-sea-wire-2024.txt '
e = at("southern Red Sea")
assert (e["date"], e["country"], e["admin1"], e["latitude"]) == ("2024-03-06", "YEM", None, 20), e
e = at("Al Maymanah")
assert (e["date"], e["country"], e["admin1"], e["fatalities"]) == ("2024-03-08", "YEM", "Al Bayda", 3), e
'
# GeoNames "Northern Darfur" and ISO "North Darfur" are one province (El
# Fasher had no coordinates and two admin1 names; Kadugli none)
check tp16-darfur-update-2024.txt '
e = at("Abu Shouk")
assert (e["location"], round(e["latitude"] or 0, 2)) == ("El Fasher", 13.63), e
e = at("Kadugli")
assert round(e["latitude"] or 0, 2) == 11.01, e
'

# a Kenyan statement that names no country: villages the gazetteer lacks
# ("near Kiunga", "residents of Baure", "the Boni forest") are not towns of
# the same name abroad (Papua New Guinea, Nigeria, Mali), and every event
# stays in Kenya
check tp16-kdf-statement-2024.txt '
assert doc["date"] == "2024-06-14", doc
assert all(e["country"] == "KEN" for e in out["events"]), [e["country"] for e in out["events"]]
e = at("At dawn on Wednesday")
assert (e["date"], e["fatalities"]) == ("2024-06-12", 6), e
e = at("In the early hours of Sunday")
assert (e["date"], e["admin1"], e["fatalities"]) == ("2024-06-09", "Lamu", 4), e
'

# police English: "On the 9th instant" is this month, "On 28th ultimo" the
# month before (both events took the release's day, or none)
check tp16-borno-police-release-2024.txt '
assert doc["date"] == "2024-03-12", doc
e = at("9th instant")
assert (e["date"], e["location"]) == ("2024-03-09", "Konduga"), e
e = at("28th ultimo")
assert (e["date"], e["location"]) == ("2024-02-28", "Bama"), e
'
# a wire with its date at the foot ("published 12 February 2024"):
# weekdays and places of Colombia and Venezuela (guards)
check tp16-colombia-wire-2024.txt '
e = at("Tame")
assert (e["date"], e["country"], e["admin1"]) == ("2024-02-10", "COL", "Arauca"), e
e = at("Guasdualito")
assert (e["country"], e["admin1"]) == ("VEN", "Apure"), e
'
# a UN mission release: weekdays from a title-case dateline, towns of the
# Central African Republic (guards)
check tp16-car-minusca-release-2024.txt '
assert doc["date"] == "2024-07-15", doc
assert all(e["country"] == "CAF" for e in out["events"]), [e["country"] for e in out["events"]]
e = at("Kaga-Bandoro")
assert (e["date"], e["admin1"]) == ("2024-07-11", "Nana-Grebizi"), e
'

# a Lebanon wire: "the southern Lebanese town of Nabatieh" is the town
check tp16-lebanon-wire-2024.txt '
e = at("Nabatieh")
assert (e["date"], e["country"], e["location"]) == ("2024-10-17", "LBN", "Nabatieh"), e
'
# a think-tank update: "between March 1 and 3" is a span; "in the past 48
# hours" runs up to the update's day (it was no date)
check tp16-sahel-update-2024.txt '
e = at("Tinzaouaten")
assert (e["date"], e["date_end"], e["country"]) == ("2024-03-01", "2024-03-03", "MLI"), e
e = at("past 48 hours")
assert (e["date"], e["date_end"], e["country"], e["admin1"]) == ("2024-03-06", "2024-03-08", "NER", "Tillaberi"), e
'

# weekly notes titled "(8-14 April 2024)": "Over the weekend" is that
# week's (it was undated, the text having no report's date)
check tp16-myanmar-philippines-notes-2024.txt '
e = at("Over the weekend")
assert (e["date"], e["country"], e["location"]) == ("2024-04-13", "MMR", "Bhamo"), e
e = at("previous night")
assert (e["date"], e["location"]) == ("2024-04-11", "Jolo"), e
'

# places alone (`dossier annotate`): "country admin1 feature" of the first
# mention written TEXT
place_of() {
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
p = next((p for p in d["annotations"]["places"] if p["text"] == sys.argv[2]), {})
print(p.get("country"), p.get("admin1"), p.get("feature"))' "$TMP/out" "$1"
}
want_place() { # want_place LINE TEXT "ISO admin1 feature"
    printf '%s\n' "$1" >"$TMP/line.txt"
    expect_exit 0 "$DOSSIER" annotate --format json "$TMP/line.txt"
    local got
    got=$(place_of "$2")
    if [ "$got" = "$3" ]; then ok; else fail "$2 in \"$1\": want $3, got $got"; fi
}
want_place 'A drone fell into the Gulf of Aden on Thursday.' 'Gulf of Aden' 'None None region'
want_place 'Pirates boarded a tanker in the Gulf of Guinea.' 'Gulf of Guinea' 'None None region'
want_place 'A Russian warship was hit in the Black Sea.' 'Black Sea' 'None None region'
want_place 'Fishermen were abducted on Lake Kivu near Goma.' 'Lake Kivu' 'None None region'
# (a province of the name keeps its type word and country)
want_place 'In Sudan, a boat sank near Port Sudan in Red Sea state.' 'Red Sea state' 'SDN Red Sea admin1'
want_place 'In Yemen, clashes erupted near Al Maymanah.' 'Al Maymanah' 'None None None'
want_place 'In Afghanistan, the Taliban entered Maymana.' 'Maymana' 'AFG Faryab city'
want_place 'Gunmen attacked Kutum in Northern Darfur.' 'Northern Darfur' 'SDN North Darfur admin1'

# "the Kenya-Somalia border" (one word to the tokenizer) names both
# countries; "Guinea-Bissau" stays one country; a country after "the border
# with" is still a place (it only supports no town)
want_place 'An explosive device hit a truck near Liboi, on the Kenya-Somalia border.' 'Somalia' 'SOM None country'
want_place 'Clashes erupted along the Mali-Burkina Faso border.' 'Burkina Faso' 'BFA None country'
want_place 'Troops crossed the Afghan-Pakistan border near Torkham.' 'Afghan' 'AFG None country'
want_place 'Refugees gathered at the Guinea-Bissau border.' 'Guinea-Bissau' 'GNB None country'
want_place 'An air strike hit Tamou, close to the border with Burkina Faso.' 'Burkina Faso' 'BFA None country'
# French division words before the name ("the cercle de Bankass") place it
# as "in" does; English spellings of Niger's Tillaberi and Somalia's El Bur
want_place 'Armed men attacked a market in the cercle de Bankass, killing six.' 'Bankass' 'MLI Mopti city'
want_place 'On 6 May 2024, gunmen killed a chief in Tillabery region.' 'Tillabery region' 'NER Tillaberi admin1'
want_place 'On 8 May 2024, Somali troops retook El Buur after heavy fighting.' 'El Buur' 'SOM Galguduud city'
# Arabic article variants: "Bab al-Tabbaneh" (a quarter of Tripoli) is not
# Syria's Al Bab; "in Ras al-Ain" is Ras al-Ayn (two words of one skeleton)
want_place 'Lebanese troops deployed in Tripoli after clashes in Bab al-Tabbaneh.' 'Bab' 'None None None'
want_place 'In Syria, fighting raged in Ras al-Ain.' 'Ras al-Ain' 'SYR Al-Hasakah admin2'
# a river is not the town of its name ("the Juba River" in Somalia was
# South Sudan's Juba); at most its province ("the Benue River")
want_place 'In Somalia, militants crossed the Juba River near Bardhere.' 'Juba' 'None None None'
want_place 'Herders clashed with farmers along the Benue River in Guma LGA.' 'Guma LGA' 'NGA Benue admin2'
# "Khan Younis, Gaza": the Gaza Strip (Gaza is also Mozambique's province);
# "An Israeli strike" is no hint that the place is Israel's (its district
# "Gaza" was taken)
want_place 'An Israeli strike hit a house in Khan Younis, Gaza.' 'Khan Younis' 'PSE Gaza Strip city'
want_place 'An Israeli strike hit a house in Gaza.' 'Gaza' 'PSE Gaza Strip city'
want_place 'Insurgents attacked Chokwe in Gaza province.' 'Gaza province' 'MOZ Gaza admin1'
# "the southern Lebanese town of Nabatieh" is the town, not the governorate
want_place 'An Israeli drone struck a car in the southern Lebanese town of Nabatieh.' 'Nabatieh' 'LBN Nabatieh city'
# ... but a neighbour's town near the focus's places stays: a Mali weekly's
# one line on Niger's Ouallam (it was dropped, and the attack put in Mali)
printf 'Central Sahel weekly, 10 March 2024\n\nOn 4 March, JNIM fighters ambushed a FAMa convoy between Boni and Hombori, in the Mopti region. On 5 March, an IED struck a bus near Douentza. On 6 March, drone strikes hit Tinzaouaten.\n\nOn 7 March, ISSP militants attacked an army post in Ouallam, killing five soldiers.\n' >"$TMP/sahel.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/sahel.txt"
got=$(place_of Ouallam)
if [ "$got" = "NER Tillaberi city" ]; then ok; else fail "Ouallam in a Mali weekly: want NER, got $got"; fi
# transliterations GeoNames lacks: Yemen's Ad Dali ("ad-Dhale"), Syria's
# Mayadin ("Mayadeen") and Shaddadah ("ash-Shaddadi")
want_place 'In Yemen, fighting was reported in ad-Dhale on Tuesday.' 'ad-Dhale' 'YEM Al Dhale admin1'
want_place 'In Syria, fighting was reported in Mayadeen on Tuesday.' 'Mayadeen' 'SYR Deir ez-Zor city'
want_place 'In Syria, fighting was reported in ash-Shaddadi on Tuesday.' 'ash-Shaddadi' 'SYR Al-Hasakah city'
# towns GeoNames lacks or spells otherwise (places.tsv)
want_place 'In Cameroon, Boko Haram fighters attacked Kolofata on Tuesday.' 'Kolofata' 'CMR Far North city'
want_place 'In Iraq, a bomb exploded in Talafar on Tuesday.' 'Talafar' 'IRQ Nineveh city'
want_place 'In Sudan, the army shelled Bahri on Tuesday.' 'Bahri' 'SDN Khartoum city'
want_place 'In Ethiopia, Fano militiamen entered Woldia on Tuesday.' 'Woldia' 'ETH Amhara city'
want_place 'In Somalia, clan militias clashed in Erigavo on Tuesday.' 'Erigavo' 'SOM Sanaag city'
# the document date from header lines of more shapes (printf %b TEXT)
want_date() { # want_date TEXT YYYY-MM-DD
    printf '%b\n' "$1" >"$TMP/d.txt"
    expect_exit 0 "$DOSSIER" extract --format json "$TMP/d.txt"
    local got
    got=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documents"][0]["date"])' "$TMP/out")
    if [ "$got" = "$2" ]; then ok; else fail "date of \"$1\": want $2, got $got"; fi
}
want_date 'COMMUNIQUE\n\nBangui, le 3 septembre 2024.\n\nRebels attacked Bria on Sunday.' 2024-09-03
want_date 'Gunmen kill 12 in western Niger\n\nMarch 21, 2024 at 10:02 a.m.\n\nNIAMEY, Niger (AP) - Gunmen killed 12 villagers on Tuesday.' 2024-03-21
want_date "N\x27Djamena (Tchad), le 5 juin 2024 - Rebels attacked a post on Monday." 2024-06-05
want_date 'GOMA, RD Congo, 20 février 2024 (AFP) - Rebels shelled Sake on Monday.' 2024-02-20
want_date 'Abidjan, 1er août 2024 - Gunmen attacked a post on Tuesday.' 2024-08-01

finish
