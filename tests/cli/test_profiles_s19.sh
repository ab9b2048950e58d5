#!/bin/bash
# test_profiles_s19.sh - profiles of groups little read before (the TTP and
# its factions, the Islamic State's provinces, Sahel katibas): a UN
# sanctions list's entry ("QDe.132 Name: TEHRIK-E TALIBAN PAKISTAN",
# "A.k.a.: a) ... b) ...", "Listed on: ...", "Other information: ...
# Leader: NAME since June 2018."). Invented documents (examples/pa19-*).
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { profile_check "$@"; }

# the entry of a group the lexicon lacks, under the committee\x27s title: the
# listed name in capitals as a name is written (not the title), the lettered
# aliases and the former name, the founding of "Other information" (not the
# day of listing), the leader of "Leader: NAME since January 2021"
check pa19-un-list-unknown-group.txt '
g = actor("Katibat al-Nasr al-Mubin")
assert g["aliases"] == ["Brigade of the Clear Victory", "Nasr al-Mubin Battalion", "KNM", "Sariyat al-Janub"], g["aliases"]
assert g["founded"] == "2017-06", g["founded"]
assert leaders(g) == [("Sidi Mohamed Ag Intalla", "leader", "2021-01", None, "current"),
                      ("Hamada Ag Bilal", "leader", None, "2020-12", "dead")], leaders(g)
assert not [a for a in out["actors"] if a["name"].startswith("Security Council")], [a["name"] for a in out["actors"]]
'

# the entry of a group the lexicon knows: its profile, not one named after
# the list\x27s title
check pa19-ttp-un-list-entry.txt '
g = actor("Tehrik-i-Taliban Pakistan")
assert g["founded"] == "2007-12", g["founded"]
assert leaders(g) == [("Noor Wali Mehsud", "leader", "2018-06", None, "current")], leaders(g)
assert [x["name"] for x in g["affiliations"]] == ["Al-Qaeda"], g["affiliations"]
assert not [a for a in out["actors"] if "Sanctions" in a["name"]], [a["name"] for a in out["actors"]]
'

finish
