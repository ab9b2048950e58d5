#!/bin/bash
# test_crowd_notes_s19.sh - ACLED notes of demonstrations (invented, in
# examples/rd19-acled-crowd-notes.jsonl): a note that ends with ACLED's
# crowd size ("[size=...]") tells a protest or a riot, so violence in it
# done by no armed group is a riot: mob violence ("residents beat to
# death a suspected thief"), or a violent demonstration when the crowd
# demonstrates. Before, they were attacks on civilians, armed clashes or
# property destruction, some by the police who only arrived.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check_batch rd19-acled-crowd-notes.jsonl '
def kind(i):
    e = one(i)
    return (e["event_type"], e["sub_event_type"], e["actor1"])
assert kind("crowd-1") == ("Riots", "Mob violence", "Rioters (Kenya)"), kind("crowd-1")
assert kind("crowd-2") == ("Riots", "Violent demonstration", "Rioters (Ghana)"), kind("crowd-2")
assert kind("crowd-3") == ("Riots", "Mob violence", "Rioters (Uganda)"), kind("crowd-3")
# a peaceful march stays a protest
assert kind("crowd-4") == ("Protests", "Peaceful protest", "Protesters (Ghana)"), kind("crowd-4")
'

finish
