# test_assess_s15.sh - analysts' judgements and press-release dates in
# invented documents of session 15 (examples/assess15-*): think-tank
# analyses of the Sahel, Somalia, Cabo Delgado, Myanmar, Haiti and the Lake
# Chad basin (each estimative sentence one assessment with its ICD 203 term,
# subject actor and topic; attribution, claims and denials no assessment),
# and two press releases dated by their dateline ("N'DJAMENA, Chad, ...",
# "Port-au-Prince, ...") with relative days ("on Tuesday", "yesterday",
# "last week", "earlier this month", "two days later", "the previous night").
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

# check FILE PYTHON-ASSERTIONS: extracts FILE alone and runs the assertions
# with `ev(date)` (the one event of that date), `A(text)` (the one
# assessment whose sentence holds text), `no(words...)` (no assessment holds
# them), `texts` (every assessment's sentence), `doc` and `out` in scope
ASSESS15_PY='
texts = [a["text"] for a in out["assessments"]]
def A(text):
    hits = [a for a in out["assessments"] if text in a["text"]]
    assert len(hits) == 1, "%d assessments hold %r" % (len(hits), text)
    return hits[0]
def no(*words):
    for w in words:
        assert not [t for t in texts if w in t], "an assessment holds %r" % w
def explain():
    for a in out["assessments"]:
        print("  |", a["confidence"], a.get("subject"), a.get("topic"), a["text"][:70], file=sys.stderr)
    for e in out["events"]:
        print("  |", {k: e.get(k) for k in ("date", "date_end", "sub_event_type", "actor1",
              "location", "fatalities")}, file=sys.stderr)
'
check() { extract_check "$1" "$ASSESS15_PY" "$2" "$EX/$1"; }

# A dateline whose place has an apostrophe ("N'DJAMENA") dates the release
# (it had no date, so no day could be dated); "Earlier this month" is the
# month, and "Two days later" after it stays at the month; "On 12/10/2024"
# in a release of 17 October is 12 October (month first it was December,
# after the release); "Between Monday and Wednesday" is a span (it was
# Monday alone).
check assess15-mnjtf-release-2024.txt '
assert doc["date"] == "2024-10-17", doc["date"]
assert ev("2024-10-15")["fatalities"] == 39
assert ev("2024-10-16")["sub_event_type"] == "Remote explosive/landmine/IED"
e = ev("2024-10-07")
assert (e["date_end"], e["sub_event_type"], e["location"]) == ("2024-10-13", "Arrests", "Monguno"), e
assert [e["date"] for e in out["events"]].count("2024-10") == 2
e = ev("2024-10-12")
assert (e["sub_event_type"], e["location"], e["injuries"]) == ("Shelling/artillery/missile attack", "Bosso", 2), e
e = ev("2024-10-14")
assert (e["date_end"], e["location"], e["fatalities"]) == ("2024-10-16", "Mora", 14), e
'

# A dateline whose place is a compound in title case ("Port-au-Prince, 9
# December 2024 -"); "The previous night" after "on Saturday" is the night
# before that Saturday (it was the night before the release). "they could
# hear gunfire" and "all possible means" estimate nothing.
check assess15-haiti-police-release-2024.txt '
assert doc["date"] == "2024-12-09", doc["date"]
e = ev("2024-12-06")
assert (e["sub_event_type"], e["fatalities"], e["location"]) == ("Attack", 12, "Petite Riviere"), e
assert ev("2024-12-04")["sub_event_type"] == "Abduction/forced disappearance"
assert not texts, texts
'

# A dateline with a bar ("Juba, South Sudan | Thursday 15 August 2024 -")
# dates the release; "The day before yesterday" is two days before it (was
# the day before the last date told), "Earlier in the week" is the
# release's week so far; "Two days after the attack" counts from the attack
# just told (Tuesday), as "two days later" (it had no date).
check assess15-jonglei-release-2024.txt '
assert doc["date"] == "2024-08-15", doc["date"]
e = ev("2024-08-12")
assert (e["date_end"], e["sub_event_type"], e["location"]) == ("2024-08-15", "Arrests", "Yei"), e
assert [e["date"] for e in out["events"]].count("2024-08-13") == 2
assert {e["location"]: e["fatalities"] for e in out["events"] if e["date"] == "2024-08-13"}["Bor"] == 7
e = ev("2024-08-15")
assert (e["location"], e["fatalities"]) == ("Bor", 2), e
'

# "Goma (North Kivu), DRC, 12 March 2024 -": a dateline of three names,
# one in brackets (no date before); "Two days after the shelling" counts
# from the Sunday of the shelling, not from the drone strike told between
# ("Yesterday").
check assess15-goma-release-2024.txt '
assert doc["date"] == "2024-03-12", doc["date"]
e = ev("2024-03-10")
assert (e["sub_event_type"], e["location"], e["fatalities"], e["injuries"]) == ("Shelling/artillery/missile attack", "Sake", 3, 8), e
e = ev("2024-03-11")
assert (e["sub_event_type"], e["location"]) == ("Air/drone strike", "Kitshanga"), e
assert sorted(e["date"] for e in out["events"]) == ["2024-03-10", "2024-03-11", "2024-03-12"]
'

# "The week before, armed men looted ..." (after "On 10 May") is the week
# before it, Monday to Sunday (it was no date: the looting took the next
# paragraph's bombing); "Later that week, ... aircraft bombed Nyala" is
# that week, an event of its own; "Forty-eight hours after the shelling" is
# two days after it (was "eight hours", the same day).
check assess15-darfur-statement-2024.txt '
assert doc["date"] == "2024-05-20", doc["date"]
e = ev("2024-05-10")
assert (e["actor1"], e["location"], e["fatalities"]) == ("Rapid Support Forces", "El Fasher", 27), e
e = ev("2024-05-12")
assert (e["location"], e["fatalities"]) == ("El Fasher", 4), e
wk = {e["sub_event_type"]: e for e in out["events"] if e["date"] == "2024-04-29"}
assert set(wk) == {"Looting/property destruction", "Air/drone strike"}, wk
assert (wk["Looting/property destruction"]["location"], wk["Looting/property destruction"]["date_end"]) == ("Mellit", "2024-05-05")
assert (wk["Air/drone strike"]["location"], wk["Air/drone strike"]["fatalities"]) == ("Nyala", 9)
assert not texts, texts
'

# "It is unclear whether X will ..." is an estimate (possible), once per
# sentence; "will very likely maintain" is a trend; "Russian personnel may
# deploy ... to support the VDP": the VDP is not who deploys; "Our team
# previously assessed that ..." is a judgement (likely), as "We assess".
check assess15-sahel-jnim-2024.txt '
assert len(texts) == 14, texts
a = A("previously assessed that JNIM would")
assert (a["confidence"], a["subject"]) == ("likely", "Jama\x27at Nusrat al-Islam wal-Muslimin"), a
a = A("It is unclear whether the Islamic State Sahel Province")
assert (a["confidence"], a["subject"]) == ("possible", "Islamic State Sahel Province"), a
assert A("It is unclear whether ISSP will attack")["confidence"] == "possible"
a = A("maintain its blockade")
assert (a["confidence"], a["topic"]) == ("very_likely", "trend"), a
assert A("Russian personnel may deploy")["subject"] is None
assert A("We assess that JNIM seeks")["topic"] == "intent"
assert A("almost certainly has the capacity")["topic"] == "capability"
assert A("roughly even chance")["confidence"] == "roughly_even"
assert A("remote chance")["confidence"] == "almost_no_chance"
assert A("very unlikely to lift")["confidence"] == "very_unlikely"
no("reportedly", "allegedly", "claimed the ambush", "denied", "according to", "rally")
'

# "A complex attack ... is probable" is about the paragraph's group;
# "will likely attack" is "will attack" (intent); "May 2024 was ..." and
# "reportedly" are no judgements; "may ask the remaining troops" is no
# trend ("remain").
check assess15-somalia-shabaab-2024.md '
assert len(texts) == 13, texts
assert A("may ask the remaining Ugandan troops")["topic"] is None
a = A("will likely attack Mogadishu hotels")
assert (a["confidence"], a["subject"], a["topic"]) == ("likely", "Al-Shabaab", "intent"), a
assert A("highly unlikely that Somali forces")["confidence"] == "very_unlikely"
assert A("almost no chance")["subject"] == "Al-Shabaab"
assert A("A complex attack on a hotel")["subject"] == "Al-Shabaab"
assert A("We judge that the group intends")["topic"] == "intent"
no("May 2024 was", "reportedly smuggled", "Radio Andalus", "denied")
'

# "very probably" is very likely (was likely); "want to show" is intent
# (was capability, from "can" after it).
check assess15-cabo-delgado-2024.txt '
assert len(texts) == 11, texts
assert A("very probably weakened")["confidence"] == "very_likely"
a = A("want to show")
assert (a["confidence"], a["subject"], a["topic"]) == ("likely", "Islamic State Mozambique Province", "intent"), a
assert A("realistic possibility")["confidence"] == "roughly_even"
assert A("almost certain to remain")["subject"] == "Military Forces of Rwanda"
assert A("The raid was likely planned")["subject"] == "Islamic State Mozambique Province"
no("reportedly rising", "allegedly forced", "Amaq", "TotalEnergies")
'

# "Its air force may ..." after "The Myanmar military is unlikely to ...":
# the actor of the sentence before (was the group the file names most);
# "The coalition is ..." and "We believe the gangs ..." after "Gangs of the
# Viv Ansanm coalition attacked ...": the armed group the paragraph named;
# "It is unclear whether China will press the Three Brotherhood Alliance"
# is not about the Alliance (China, no actor of the lexicon, is); "will
# capture Sittwe if the junta cannot resupply it" is no capability (a cue in
# the if-clause).
check assess15-myanmar-haiti-2024.txt '
assert len(texts) == 13, texts
assert A("Its air force may")["subject"] == "Military Forces of Myanmar (2021-)"
a = A("almost certainly capture Sittwe")
assert (a["subject"], a["topic"]) == ("Arakan Army", None), a
a = A("The coalition is very likely")
assert (a["confidence"], a["subject"], a["topic"]) == ("very_likely", "Viv Ansanm", "intent"), a
a = A("We believe the gangs")
assert (a["confidence"], a["subject"]) == ("likely", "Viv Ansanm"), a
a = A("It is unclear whether China")
assert (a["confidence"], a["subject"]) == ("possible", None), a
assert A("highly improbable")["confidence"] == "very_unlikely"
no("reportedly surrounded", "denied", "Cherizier claimed")
'

# Chances in words ("a good chance": likely, "a low likelihood": unlikely,
# was likely; "doubtful": unlikely), "cannot be ruled out"
# (possible, no capability), "It is not clear whether" (possible), "The
# most likely course of action" (likely, not very likely), "We estimate";
# "The attack may have been a response to the army's air strikes" is about
# the attackers, not the army; "could not be verified" is no estimate.
# The subject heads its clause: "ISWAP raids against Nigerian troops will
# probably continue" (was the troops, the last actor before the hedge),
# "Boko Haram's old rival ISWAP is likely to ..." (not the possessor).
check assess15-lake-chad-2024.txt '
assert len(texts) == 14, texts
assert A("raids against Nigerian troops")["subject"] == "Islamic State West Africa Province"
assert A("old rival ISWAP")["subject"] == "Islamic State West Africa Province"
assert A("good chance")["confidence"] == "likely"
assert A("low likelihood")["confidence"] == "unlikely"
assert A("It is doubtful")["confidence"] == "unlikely"
a = A("cannot be ruled out")
assert (a["confidence"], a["topic"]) == ("possible", None), a
assert A("It is not clear whether")["confidence"] == "possible"
assert A("most likely course of action")["confidence"] == "likely"
assert A("We estimate that ISWAP")["subject"] == "Islamic State West Africa Province"
assert A("may have been a response")["subject"] == "Islamic State West Africa Province"
no("could not be verified", "reportedly", "denied", "visited")
'

# Colombia: "ordered by the ELN's Eastern War Front" is attribution;
# "Petro's government is unlikely to resume military operations" is not
# about the army (the lexicon has no actor for the government); "probably
# not" is unlikely, "little chance" very unlikely, "It remains to be seen
# whether" possible; "allegedly", "reportedly", "claimed", "denied" none.
check assess15-colombia-eln-2024.txt '
assert len(texts) == 10, texts
a = A("almost certainly ordered by")
assert (a["confidence"], a["subject"], a["topic"]) == ("almost_certain", "National Liberation Army (Colombia)", "attribution"), a
assert A("government is unlikely to resume")["subject"] is None
assert A("probably not renew")["confidence"] == "unlikely"
assert A("little chance")["confidence"] == "very_unlikely"
assert A("remains to be seen")["confidence"] == "possible"
a = A("We assess that the group")
assert a["subject"] == "National Liberation Army (Colombia)", a
no("allegedly", "reportedly", "Residents claimed", "denied", "Petro said")
'

# "the desk's assessment that ..." is a judgement; "It is too early to
# tell whether" possible; "Iran is almost certainly supplying the Houthis"
# is about Iran (no actor of the lexicon), not the Houthis; "We cannot
# verify the claim", "The claim, if true, would ..." no estimate.
check assess15-red-sea-2024.txt '
assert len(texts) == 6, texts
assert A("assessment that the Houthis")["confidence"] == "likely"
assert A("too early to tell")["confidence"] == "possible"
a = A("Iran is almost certainly")
assert (a["confidence"], a["subject"]) == ("almost_certain", None), a
assert A("Iraqi militias may resume")["subject"] is None
no("cannot verify", "if true", "denied", "Saree claimed")
'

# No estimate: "May was the deadliest month" (the month, opening the
# sentence), "they could no longer reach" (past inability), "If the police
# could retake Liancourt, ..." (a condition), "Residents may contact the
# police" (leave); "The gangs might ..." in a file that names one armed
# group (Gran Grif) is about it.
check assess15-artibonite-2024.txt '
assert len(texts) == 3, texts
no("May was", "could no longer", "If the police could", "may contact", "is believed", "claimed")
a = A("The gangs might try")
assert (a["confidence"], a["subject"], a["topic"]) == ("possible", "Gran Grif", "intent"), a
assert A("may well be regrouping")["subject"] == "Gran Grif"
assert A("likely to struggle")["confidence"] == "likely"
'

# "The vigorous response of our units made it possible to neutralise ...":
# a communique's "enabled", no estimate (every Sahel communique gave one).
check niger-general-staff-communique-2024.txt '
assert not texts, texts
'
check mali-communique-2024.txt '
assert not texts, texts
assert "Unidentified Armed Group" not in [a["name"] for a in out["actors"]]
'

# Topics: "likely retains 7,000 fighters" and "may struggle to contain" are
# capability, "is likely to remain the dominant force" a trend (all none).
check somalia-security-brief-2024.txt '
assert A("likely retains between")["topic"] == "capability"
'
check africa-file-coastal-2024.txt '
assert A("may struggle to contain")["topic"] == "capability"
'
check iswap-history-article.txt '
assert A("likely to remain the dominant")["topic"] == "trend"
'
check al-shabaab-article.html '
assert A("remain the most capable")["topic"] == "capability"
'

# "The ambush is likely intended to cut the army's supply route": about
# who ambushed (the group the paragraph names), not the army after it.
check sahel-update-2024.txt '
assert A("The ambush is likely intended")["subject"] == "Jama\x27at Nusrat al-Islam wal-Muslimin"
'

# "It is unlikely that the Rwandan contingent alone can hold ...": an empty
# "it", not the group the brief names most.
check mozambique-brief-2024.txt '
assert A("It is unlikely that the Rwandan contingent")["subject"] != "Islamic State Mozambique Province"
'

# ... but "The attack was likely carried out by JNIM" is about its agent.
check africa-file-2024.txt '
a = A("likely carried out by JNIM")
assert (a["subject"], a["topic"]) == ("Jama\x27at Nusrat al-Islam wal-Muslimin", "attribution"), a
'

finish
