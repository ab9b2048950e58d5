#!/bin/bash
# test_events_s16b.sh - events of invented documents of kinds and regions the
# other examples lack (session 16, second events helper: NGO statements,
# wires and releases from Gaza, Pakistan, the Sahel, Yemen and elsewhere),
# checked field by field. Each check failed on the session's first binary.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { events_check "$@"; }

# An NGO statement on Gaza: "an Israeli strike hit a house in Khan Younis"
# and "a strike attributed to Israel hit a building" are air strikes, not
# walk-outs met with force (a nation word right before "strike" names its
# forces; "hit", "struck", "attributed" after it make it military).
check ev16b-gaza-ngo-2024.txt '
e = ev("2024-03-12")
assert (e["event_type"], e["sub_event_type"], e["actor1"], e["location"], e["fatalities"], e["injuries"]) == ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Khan Younis", 9, 11), e
e = ev("2024-03-13")
assert (e["event_type"], e["location"], e["fatalities"]) == ("Explosions/Remote violence", "Rafah", 5), e
'

# A Pakistan wire: "Gunmen overran a police station ..., killing three
# officers" is a clash with the police, no territory taken (a station or
# post raided); "Hours earlier, a roadside bomb struck a convoy near Turbat"
# in a new paragraph is another happening (it merged into the raid and gave
# it Turbat); "Both attacks were claimed by the Baloch Liberation Army" is
# said of the two bombings told last (only the market blast was claimed).
check ev16b-balochistan-wire-2024.txt '
e = find(event_type="Battles")
assert (e["date"], e["sub_event_type"], e["actor2"], e["location"], e["fatalities"], e["injuries"], e["claimed"]) == ("2024-08-20", "Armed clash", "Police Forces of Pakistan (2022-)", "Mastung district", 3, 2, None), e
bombs = sorted((e["date"], e["location"], e["fatalities"], e["actor1"], e["claimed"]) for e in out["events"] if e["event_type"] == "Explosions/Remote violence")
assert bombs == [("2024-08-20", "Turbat", 1, "Baloch Liberation Army", True), ("2024-08-21", "Turbat", 0, "Baloch Liberation Army", True)], bombs
'

# A Yemen wire: "the rebels launched a drone into the Gulf of Aden, where it
# was shot down by a French frigate" is the Houthis\x27 (the rebels: the armed
# group just named), in Yemen (a warship\x27s nation says whose ship, not
# where: it was "Unidentified Armed Group (France)" in France).
check ev16b-red-sea-wire-2024.txt '
e = ev("2024-05-30")
assert (e["event_type"], e["actor1"], e["country"]) == ("Explosions/Remote violence", "Houthis", "YEM"), e
'

# A Mali wire: "A drone strike hit a wedding in the village of Djiguibombo
# near Bandiagara" is at the village (the gazetteer lacks it; the known town
# after "near" only says where it is: it took Bandiagara); "suspected
# jihadists set fire to a health centre" names an unidentified group.
check ev16b-mopti-wire-2024.txt '
e = ev("2024-02-07")
assert (e["event_type"], e["admin1"], e["location"], e["fatalities"]) == ("Explosions/Remote violence", "Mopti", "Djiguibombo", 14), e
e = ev("2024-02-08")
assert e["actor1"] == "Unidentified Armed Group (Mali)", e
'

# The same with a comma: "in the village of Kondogo, near Bandiagara".
check ev16b-mopti-market-2024.txt '
e = ev("2024-03-14")
assert (e["admin1"], e["location"], e["fatalities"]) == ("Mopti", "Kondogo", 6), e
'

# A Niger communique: "Days later, an air strike by our aircraft destroyed
# a terrorist logistics base near the border with Burkina Faso" in a new
# paragraph is another happening, in the month of the one told (it merged
# into Sunday\x27s attack on the unit, which became an air strike).
check ev16b-niger-communique-2024.txt '
e = ev("2024-06-16")
assert (e["event_type"], e["actor2"], e["location"], e["injuries"]) == ("Battles", "Military Forces of Niger (2023-)", "Tera", 9), e
e = at("Days later")
assert (e["event_type"], e["actor1"], e["country"]) == ("Explosions/Remote violence", "Military Forces of Niger (2023-)", "NER"), e
# (its month, or since session 21 the communique\x27s own day: "Niamey, 18
# June 2024." with a full stop is its dateline)
assert e["date"] in ("2024-06", "2024-06-18"), e
'

# A Myanmar wire: after "A military air strike hit a camp for displaced
# people", "The junta\x27s information team said in a statement that the
# strike hit a PDF training camp and denied targeting civilians" neither
# makes the PDF the target (the striker\x27s own word on what it hit) nor
# a denier ("and denied" goes on with the speaker, not with the names in
# what it said).
check ev16b-sagaing-wire-2024.txt '
e = ev("2024-10-02")
assert (e["event_type"], e["actor1"], e["actor2"], e["location"], e["fatalities"]) == ("Explosions/Remote violence", "Military Forces of Myanmar (2021-)", None, "Kani", 11), e
assert e["denied_by"] == ["Myanmar"], e["denied_by"]
'

# A DR Congo weekly note: "FARDC soldiers deployed to the area and
# exchanged fire with the militia" after CODECO\x27s raid: "the militia" is
# the armed group just named (the clash had no actor2).
check ev16b-ituri-update-2024.txt '
e = ev("2024-04-09")
assert (e["event_type"], e["actor2"], e["admin1"]) == ("Battles", "CODECO", "Ituri"), e
e = ev("2024-04-13")
assert (e["sub_event_type"], e["location"]) == ("Arrests", "Bunia"), e
'

# A Ukrainian regional release: a new paragraph opening "Earlier in the
# day, Russian artillery shelled Orikhiv" tells another happening of that
# day (it merged into the guided-bomb strike on Zaporizhzhia).
check ev16b-ukraine-release-2024.txt '
assert len(out["events"]) == 2, len(out["events"])
e = find(location="Orikhiv")
assert (e["date"], e["sub_event_type"], e["actor1"], e["fatalities"]) == ("2024-11-20", "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", 0), e
e = find(location="Zaporizhzhia")
assert (e["sub_event_type"], e["fatalities"], e["injuries"]) == ("Air/drone strike", 3, 11), e
'

# A Sudan wire: after "RSF fighters stormed the village of Wad al-Noura
# ..., killing dozens of residents", "The RSF denied targeting civilians and
# said it had attacked army units in the area" does not make the army the
# side attacked (the attacker\x27s own word on what it struck; the PDF and
# Balochistan checks above are the same rule for a state\x27s and a
# group\x27s claim).
check ev16b-darfur-wire-2024.txt '
e = ev("2024-06-10")
assert (e["event_type"], e["actor1"], e["actor2"], e["location"]) == ("Violence against civilians", "Rapid Support Forces", None, "Wad al-Noura"), e
'

# ACLED-style notes from other regions: "Police dispersed the demonstrators
# with tear gas", "Police officers dispersed the crowd with batons" after a
# protest make it a protest with intervention, the police its actor2 (the
# sentence has no trigger nor anaphor: it was dropped); "The police asked
# them to disperse" is words, no intervention; "army aspirants" who
# protest are not the army (it was the intervening side).
check_batch ev16b-notes-2024.jsonl '
e = one("n8")
assert (e["sub_event_type"], e["actor2"], e["location"]) == ("Protest with intervention", "Police Forces of Pakistan (2022-)", "Lahore"), e
e = one("n10")
assert (e["sub_event_type"], e["actor2"]) == ("Protest with intervention", "Police Forces of Ghana"), e
e = one("n9")
assert (e["sub_event_type"], e["actor2"]) == ("Peaceful protest", None), e
e = one("n11")
assert (e["sub_event_type"], e["actor2"]) == ("Protest with intervention", "Police Forces of India (2014-)"), e
'

finish
