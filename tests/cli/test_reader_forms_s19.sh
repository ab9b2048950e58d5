#!/bin/bash
# test_reader_forms_s19.sh - forms of pages read in session 19 (invented
# examples/rd19-*): a web page's key-facts table written without the
# infobox class (one heading cell and one data cell a row, a heading cell
# across the row before a list) gives the group's fields as an infobox
# does, while a table of attacks on the same page stays a data table.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

# before, the key-facts table was read as a data table: its rows were prose
# ("Founded, 2017") and the profile had no founding, leader, strength or ties
profile_check rd19-group-keyfacts.html '
g = actor("Katiba Serma")
assert g["founded"] == "2017", g["founded"]
assert leaders(g) == [("Ali Ag Wadoussene", "leader", None, None, None)], leaders(g)
assert size(g) == (300, 500, "2023 estimate"), size(g)
ties = sorted((x["name"], x["relation"]) for x in g["affiliations"])
assert ties == [("Ansaroul Islam", "ally"), ("Katiba Macina", "ally"), ("Malian Armed Forces", "opponent")], ties
'
# the attacks table keeps its rows: one event, at the Locality column's town
extract_check rd19-group-keyfacts.html "$EVENTS_PY" '
e = find(date="2024-01-12")
assert (e["location"], e["fatalities"]) == ("Boni", 6), explain()
' "$EX/rd19-group-keyfacts.html"

finish
