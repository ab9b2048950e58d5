#!/bin/bash
# test_notes_s21.sh - ACLED-style notes (invented, in
# examples/rd21-acled-missions.jsonl) of a monitoring mission: "the OSCE
# SMM observed a total of 9 explosions near X" names no side and a village
# the gazetteer may not know; the mission is the country's (the OSCE's
# mission to Ukraine, UNMISS), so the event is placed there (it had no
# country). "31 shots involving small arms" is a clash (no event), while
# "fired warning shots to disperse them" stays the police's intervention
# in the protest and "fired five shots at a farmer" an attack.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check_batch rd21-acled-missions.jsonl '
def kind(i):
    e = one(i)
    return (e["event_type"], e["sub_event_type"], e["country"])
assert kind("mission-1") == ("Explosions/Remote violence", "Remote explosive/landmine/IED", "UKR"), kind("mission-1")
assert kind("mission-2") == ("Battles", "Armed clash", "UKR"), kind("mission-2")
assert kind("mission-3")[2] == "SSD", kind("mission-3")
assert kind("mission-6") == ("Battles", "Armed clash", "UKR"), kind("mission-6")
e = one("mission-4")
assert (e["sub_event_type"], e["actor2"]) == ("Protest with intervention", "Police Forces of France"), e
assert kind("mission-5") == ("Violence against civilians", "Attack", "MMR"), kind("mission-5")
'

finish
