#!/bin/bash
# test_profiles_s16.sh - flattened infoboxes whose size opens lower case:
# "several thousand (2020 estimate)" under a bare "Size" label, and "a few
# hundred fighters (2023 estimate)" unlabelled under a short place line
# (it was joined to that line as one wrapped sentence); an HTML infobox's
# header rows over full-width cells. Invented articles on invented groups.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { profile_check "$@"; }

# "Size" / "several thousand (2020 estimate)": a bare label over a value
# opening lower case (the label was a field, the value prose); "several"
# is 3 times what follows, as quantity.c counts it
check prof16-valley-front-article.txt '
g = actor("Northern Valley Front")
assert size(g) == (3000, 3000, "2020 estimate"), size(g)
assert g["founded"] == "2014-03" and g["headquarters"] == "Degehabur, Ethiopia", (g["founded"], g["headquarters"])
'

# unlabelled values: "Mocimboa da Praia, Mozambique" then "a few hundred
# fighters (2023 estimate)": two values, a headquarters and a strength
check prof16-coastal-brigade-article.txt '
g = actor("Coastal Martyrs Brigade")
assert size(g) == (300, 300, "2023 estimate"), size(g)
assert g["headquarters"] == "Mocimboa da Praia, Mozambique", g["headquarters"]
assert [(x["name"], x["relation"], x["start"]) for x in g["affiliations"]] == [("Macomia Cell", "subgroup", "2021")], g["affiliations"]
'

# a real HTML infobox whose "Allies" and "Opponents" are header rows (a th
# spanning the row) over full-width cells: "<b>Subgroups</b><ul>...</ul>
# <b>Groups</b><ul>...": the cells had no label, and the text after a list
# was prose (no affiliation at all came out)
check prof16-river-front-article.html '
g = actor("Lower River Front")
aff = [(x["name"], x["relation"], x["start"], x["end"]) for x in g["affiliations"]]
assert aff == [("Tassiga Brigade", "subgroup", "2019", None), ("Menaka Self-Defence Group", "ally", "2018", "2020"),
               ("Malian Armed Forces", "opponent", None, None), ("Islamic State Sahel Province", "opponent", None, None)], aff
assert size(g) == (800, 1200, "2022 estimate") and g["headquarters"] == "Ansongo, Mali", (size(g), g["headquarters"])
'

finish
