#!/bin/bash
# test_notes_s21.sh - ACLED-style notes (invented, in
# examples/rd21-acled-missions.jsonl) of a monitoring mission: "monitors of
# the OSCE SMM counted a total of 9 explosions near X" names no side and a village
# the gazetteer may not know; the mission is the country's (the OSCE's
# mission to Ukraine, UNMISS), so the event is placed there (it had no
# country). "31 shots from small arms" is a clash (no event), while
# "fired warning shots to disperse them" stays the police's intervention
# in the protest and "fired five shots at a farmer" an attack.
# A militia named by its kin (examples/rd21-acled-kin.jsonl: "Hawadle clan
# militia", "Majeerteen-Omar Mahmud sub-clan militia", "Fulani ethnic
# militiamen") is an armed group of its own, named as ACLED names such
# groups ("Hawadle Clan Militia (Somalia)"); each was an unidentified
# group, and a fight of two such militias lost its second side. A
# sentence's opening "The" or "Suspected" is no part of the name.
# A humanitarian convoy is a civilian target (examples/rd21-acled-targets.jsonl:
# "attacked a humanitarian convoy" was a battle with the army). "leading
# to the death of 3 soldiers and 2 militants", "causing the injury of two
# women" are the event's toll (none was read), while a protest "to
# protest police brutality and the death of" someone, or "against a fire
# that led to the deaths of" some, is peaceful: the deaths are its cause
# (these two guard the new "death of" phrase). "carried out a remote
# explosive attack on an army patrol" is a remote explosive (a battle).
# "police found the body of a taxi driver with gunshot wounds ... 1
# fatality." is a killing by unidentified men (no event; the police are
# who found him), while "His body was found the next morning" after the
# shooting told is no second event. "ISM insurgents" are the Islamic
# State's Mozambique province (an unidentified group before).
# Somalia (examples/rd21-acled-somalia.jsonl): Somaliland's troops are
# its own force (they were Somalia's army), "Puntland Dervish forces"
# Puntland's, SSC-Khatumo a group (a clash with it had the army as its
# other side); "The fighting follows clashes between the two sub-clans in
# June" tells the earlier fighting as background (it made a June event).
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

check_batch rd21-acled-kin.jsonl '
e = one("kin-1")
assert (e["event_type"], e["actor1"], e["actor2"]) == ("Battles", "Hawadle Clan Militia (Somalia)", "Gaaljecel Clan Militia (Somalia)"), e
assert one("kin-2")["actor1"] == "Majeerteen-Omar Mahmud Sub-Clan Militia (Somalia)", one("kin-2")
assert one("kin-3")["actor1"] == "Fulani Ethnic Militia (Nigeria)", one("kin-3")
e = one("kin-4")
assert (e["actor1"], e["injuries"]) == ("Murusade Clan Militia (Somalia)", 2), e
'

check_batch rd21-acled-targets.jsonl '
e = one("target-1")
assert (e["event_type"], e["actor2"]) == ("Violence against civilians", None), e
assert (one("toll-1")["fatalities"], one("toll-2")["injuries"]) == (5, 2), (one("toll-1"), one("toll-2"))
assert one("weapon-1")["sub_event_type"] == "Remote explosive/landmine/IED", one("weapon-1")
e = one("body-1")
assert (e["event_type"], e["actor1"], e["fatalities"]) == ("Violence against civilians", "Unidentified Armed Group (Mexico)", 1), e
assert one("body-2")["date"] == "2024-07-15", one("body-2")
assert one("ism-1")["actor1"] == "Islamic State Mozambique Province", one("ism-1")
for i in ("cause-1", "cause-2"):
    e = one(i)
    assert (e["sub_event_type"], e["fatalities"]) == ("Peaceful protest", 0), (i, e)
'

check_batch rd21-acled-somalia.jsonl '
e = one("som-1")
assert (e["actor1"], e["actor2"]) == ("Military Forces of Somaliland", "SSC-Khatumo"), e
e = one("som-2")
assert "Puntland Security Forces" in (e["actor1"], e["actor2"]) and "Al-Shabaab" in (e["actor1"], e["actor2"]), e
e = one("som-3")
assert (e["date"], e["injuries"]) == ("2024-09", 4), e
'

finish
