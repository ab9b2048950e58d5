#!/bin/bash
# test_notes_s22.sh - ACLED-style notes (invented, in
# examples/rd22-acled-background.jsonl) that tell one happening and, after
# it, an earlier one as its background: "The trader was shot dead by police
# in November 2022", "had been kidnapped by armed men in 2021 (coded
# separately)", "The road had been blocked for the same reason on 2 March",
# "who was arrested in 2019". Each made a second event; a date of its own a
# month or more before the note's event now makes none, and the note's
# toll stays with its event (the clash's two dead had gone to the 2019
# arrest). A short release of several paragraphs may tell an operation
# of three days before its latest one
# (examples/rd22-release-earlier-operations.txt): that stays an event of
# its own (a guard on the rule's reach). A crowd tag's "[size=more than 1900]" is a count, not the year
# 1900 (it made a protest dated 1900), and a party's "Free" no place.
# Follow-ups in a note (examples/rd22-acled-followups.jsonl): "Those
# abducted were released on 15 April" names the victims of the abduction
# told (it made a second abduction), "The protest ended on 5 May" ends the
# protest told (a second protest), and "The clash lasted until 21 January"
# stays one clash (a guard).
# "captured" with people as its object (examples/rd22-acled-captures.jsonl)
# takes them, not territory: "coast guard officers captured and detained 27
# migrants" is an arrest (by the police, the detaining force), "armed men
# captured two herders" an abduction; both were transfers of territory,
# which "captured the town of Diapaga" stays.
# An ACLED label's own word is no actor (examples/rd22-acled-labels.jsonl):
# "Movement of forces: ... four Israeli army bulldozers crossed the fence
# east of Khuza'a" is Israel's army (the label's "forces" had named the
# army of the place's country, Palestine), likewise a US patrol in Syria
# and Peshmerga units in Iraq. "Global Coalition helicopters"
# (examples/rd22-acled-coalition.jsonl) are the coalition against the
# Islamic State (CJTF-OIR), which the lexicon named only at length.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check_batch rd22-acled-background.jsonl '
e = one("bg-1")
assert (e["date"], e["sub_event_type"], e["fatalities"]) == ("2024-05-14", "Peaceful protest", 0), e
e = one("bg-2")
assert (e["date"], e["sub_event_type"], e["fatalities"]) == ("2025-02-03", "Attack", 1), e
assert one("bg-3")["date"] == "2024-09-09", one("bg-3")
assert one("bg-4")["date"] == "2024-06-21", one("bg-4")
e = one("bg-5")
assert (e["date"], e["event_type"], e["fatalities"]) == ("2025-04-30", "Battles", 2), e
'

check_batch rd22-acled-followups.jsonl '
e = one("fu-1")
assert (e["date"], e["sub_event_type"]) == ("2025-04-11", "Abduction/forced disappearance"), e
assert one("fu-2")["date"] == "2025-05-02", one("fu-2")
e = one("fu-3")
assert (e["date"], e["fatalities"]) == ("2025-01-19", 4), e
'

check_batch rd22-acled-captures.jsonl '
def kind(i):
    return (one(i)["event_type"], one(i)["sub_event_type"])
assert kind("cap-1") == ("Strategic developments", "Arrests"), one("cap-1")
assert kind("cap-2") == ("Violence against civilians", "Abduction/forced disappearance"), one("cap-2")
assert kind("cap-3") == ("Strategic developments", "Non-violent transfer of territory"), one("cap-3")
'

check_batch rd22-acled-labels.jsonl '
assert one("lab-1")["actor1"] == "Military Forces of Israel", one("lab-1")
assert one("lab-2")["actor1"] == "Military Forces of the United States", one("lab-2")
assert one("lab-3")["actor1"] == "Peshmerga", one("lab-3")
'

check_batch rd22-acled-coalition.jsonl '
assert one("gc-1")["actor1"] == "Combined Joint Task Force \u2013 Operation Inherent Resolve", one("gc-1")
'

events_check rd22-release-earlier-operations.txt '
assert [e["date"] for e in out["events"]] == ["2024-08-09", "2024-08-12"], explain()
assert ev("2024-08-09")["fatalities"] == 3, explain()
'

# a count after "more than" is no year; "later than 2019" still is one
printf 'Police said the crowd numbered more than 2000. Nobody had seen the group later than 2019.\n' >"$TMP/y.txt"
expect_exit 0 "$DOSSIER" annotate "$TMP/y.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "bare year after than"
import json, sys
t = [x["value"] for x in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["timex"]]
assert t == ["2019"], t
PY
# "Free" alone (a party's name) is no place: it was South Africa's Free
# State, while "Free State" stays one
printf 'Members of the Free Constitution Party marched on Monday. Farmers met in Bloemfontein, Free State.\n' >"$TMP/f.txt"
expect_exit 0 "$DOSSIER" annotate "$TMP/f.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "Free as a place"
import json, sys
p = [(x["text"], x["country"]) for x in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]]
assert ("Free", "ZAF") not in p and ("Free State", "ZAF") in p, p
PY
finish
