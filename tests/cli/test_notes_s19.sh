#!/bin/bash
# test_notes_s19.sh - ACLED-style notes and GTD-style summaries (invented,
# in examples/rd19-acled-*.jsonl, rd19-gtd-summaries.jsonl). Demonstrations: a note that ends with ACLED's
# crowd size ("[size=...]") tells a protest or a riot, so violence in it
# done by no armed group is a riot: mob violence (a crowd that kills
# a man it took for a thief), or a violent demonstration when the crowd
# demonstrates. Before, they were attacks on civilians, armed clashes or
# property destruction, some by the police who only arrived; a crowd note
# with no event trigger is read again with its own verbs (occupied,
# closed, drove, took part ...: data/event_rules.tsv, role "crowd"). Tolls: "shot
# seven times" counts shots, not dead; ACLED's closing count ("5
# fatalities", "1 fatality, 1 injury") is the note's total, not more dead
# (a note without its last full stop was one sentence, a title, and its
# count was added to the dead told before); "was shot three times and
# injured" is one hurt. GTD summaries record attempted attacks: a bomb
# found and defused is an attempted bombing by its unnamed makers (it was
# the police's disrupted weapon), an arson of a school an attack (it was
# property destruction).
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
# a crowd note whose verbs are no event trigger elsewhere ("drove their
# tractors slowly", "occupied the library") still tells its protest (it
# had no event); the same verb in another note tells none
assert kind("crowd-5") == ("Protests", "Peaceful protest", "Protesters (Spain)"), kind("crowd-5")
assert kind("crowd-6") == ("Protests", "Peaceful protest", "Protesters (France)"), kind("crowd-6")
assert docs["crowd-7"] == [], docs["crowd-7"]
'

check_batch rd19-acled-tolls.jsonl '
def toll(i):
    e = one(i)
    return (e["fatalities"], e["injuries"])
assert toll("toll-1") == (1, 0), toll("toll-1")
assert toll("toll-2") == (1, 1), toll("toll-2")
assert toll("toll-3") == (5, 0), toll("toll-3")
assert toll("toll-4") == (0, 1), toll("toll-4")
'

check_batch rd19-gtd-summaries.jsonl '
def kind(i):
    e = one(i)
    return (e["event_type"], e["sub_event_type"], e["actor1"])
assert kind("gtd-1") == ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)"), kind("gtd-1")
assert kind("gtd-2") == ("Violence against civilians", "Attack", "Unidentified Armed Group (Niger)"), kind("gtd-2")
assert kind("gtd-3") == ("Explosions/Remote violence", "Suicide bomb", "Unidentified Armed Group (Nigeria)"), kind("gtd-3")
'

# "the faction attacked" on a group's page: the group just named (as "the
# group" is; it was an unidentified armed group)
printf "Katiba Serma\\n\\nKatiba Serma is a jihadist unit active in the forests of the Gourma in central Mali.\\n\\nOn 3 February 2024, the faction attacked an army post in Hombori, killing four soldiers.\\n" >"$TMP/faction.txt"
extract_check "$TMP/faction.txt" "$EVENTS_PY" '
e = find(date="2024-02-03")
assert e["actor1"] == "Katiba Serma", explain()
' "$TMP/faction.txt"

finish
