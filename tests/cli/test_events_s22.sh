#!/bin/bash
# test_events_s22.sh - events of invented documents of kinds the other
# examples lack (session 22, events helper: army and ministry press
# releases with relative days, ACLED-style notes from Algeria, Egypt,
# Thailand and Senegal), checked field by field. Each check failed on the
# session\x27s first binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# "the Algerian army killed a terrorist", "shot dead a suspected
# militant": one man of an unnamed armed side is the army\x27s adversary, a
# battle (it was violence against civilians with no actor2); "a militant
# group" and "a gunman shot dead two shopkeepers" keep their types.
check_batch ev22-one-militant-notes.jsonl '
for i in ("dz1", "eg1"):
    e = one(i)
    assert (e["event_type"], e["sub_event_type"], e["fatalities"]) == ("Battles", "Armed clash", 1), (i, e)
    assert e["actor2"] and e["actor2"].startswith("Unidentified Armed Group"), (i, e)
assert one("ng1")["sub_event_type"] == "Attack", one("ng1")
assert (one("ml1")["event_type"], one("ml1")["fatalities"]) == ("Battles", 3), one("ml1")
'

# "detained two men wanted for the Sai Buri bombing": an arrest in Bacho
# district (it was a bombing at Sai Buri); "sentenced a man charged with
# the 2023 Yarang bombing to death" tells no killing nor bombing (it was
# an explosion at Yarang); "one youth whom locals suspected of killing a
# moto-taxi rider" is no toll of the crowd that torched his home (it was
# 1 dead).
check_batch ev22-sought-for-notes.jsonl '
e = one("th1")
assert (e["sub_event_type"], e["location"], e["admin1"]) == ("Arrests", "Bacho district", "Narathiwat"), e
assert docs["th2"] == [], docs["th2"]
e = one("sn1")
assert (e["sub_event_type"], e["location"]) == ("Mob violence", "Keur Massar"), e
assert e["fatalities"] in (None, 0), e
'

# A defence ministry\x27s communique: "four soldiers fell on the field of
# honour and nine were wounded" is 4 dead (with the 12 attackers, 16) and
# 9 hurt (it was 12 and 13, the four taken as wounded); "a vehicle
# carrying traders struck a mine" is a landmine (it was an attack).
check ev22-chad-defence-communique.txt '
e = ev("2025-08-07")
assert (e["actor1"], e["fatalities"], e["injuries"]) == ("Boko Haram", 16, 9), e
e = find(location="Kaiga-Kindjiria")
assert (e["sub_event_type"], e["fatalities"]) == ("Remote explosive/landmine/IED", 2), e
'

# ISPR: "resulting in the martyrdom of three children" is three dead (it
# was none, and six hurt).
check ev22-ispr-release-turbat-khuzdar.txt '
e = ev("2025-05-25")
assert (e["location"], e["sub_event_type"], e["fatalities"]) == ("Khuzdar", "Remote explosive/landmine/IED", 3), e
e = find(location="Turbat")
assert (e["event_type"], e["fatalities"]) == ("Battles", 7), e
'

# "police captured two gang members" is an arrest, "JNIM militants
# captured three soldiers" an abduction (both were a transfer of
# territory; "captured the town" still is one); "opened fire on a group of
# neighbours gathered outside a shop" is an attack (it was a protest met
# with excessive force), "tenants ... gathered ... to denounce" still a
# protest; "a labourer, who later succumbed" is one dead, no longer hurt
# (it was 1 and 1).
check_batch ev22-captured-gathered-notes.jsonl '
assert one("ec1")["sub_event_type"] == "Arrests", one("ec1")
assert one("bf1")["sub_event_type"] == "Abduction/forced disappearance", one("bf1")
assert one("bf2")["sub_event_type"] == "Non-violent transfer of territory", one("bf2")
e = one("ec2")
assert (e["sub_event_type"], e["fatalities"]) == ("Attack", 4), e
assert one("us1")["sub_event_type"] == "Peaceful protest", one("us1")
e = one("kg1")
assert (e["fatalities"], e["injuries"]) == (1, 0), e
'

# A police release: "On Saturday night, armed men ... opened fire on a
# group of people gathered outside a house" is an attack on the 1st (it
# was a protest), "captured four suspects" on Sunday an arrest; the state
# of emergency "Last month" makes no event.
check ev22-guayaquil-police-release.txt '
assert len(out["events"]) == 2, explain()
e = ev("2025-11-01")
assert (e["sub_event_type"], e["fatalities"], e["injuries"]) == ("Attack", 6, 3), e
assert ev("2025-11-02")["sub_event_type"] == "Arrests", explain()
'

# A peacekeeping mission's release: "observed an Israeli drone drop a
# grenade close to their position" this morning is a drone strike by
# Israel's army at Kfar Kila (there was no event).
check ev22-unifil-release.txt '
e = ev("2025-09-02")
assert (e["sub_event_type"], e["actor1"], e["location"]) == ("Air/drone strike", "Military Forces of Israel", "Kfar Kila"), e
'

# GTD summaries: "At least 30 people were killed, including the three
# assailants, and 56 were injured" is 30 dead and 56 hurt (the 56 had been
# read as more of the list of the dead's part, and dropped: 0 hurt);
# "including the bomber and two children" stays a part of the nine.
check_batch ev22-gtd-subset-then-hurt.jsonl '
assert (one("bf1")["fatalities"], one("bf1")["injuries"]) == (30, 56), one("bf1")
assert (one("ml1")["fatalities"], one("ml1")["injuries"]) == (22, 7), one("ml1")
assert one("ng1")["fatalities"] == 9, one("ng1")
'

finish
