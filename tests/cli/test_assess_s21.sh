#!/bin/bash
# test_assess_s21.sh - judgements of a report on Russia\x27s Africa Corps and
# the Sahel\x27s armed groups (examples/pa21-sahel-africa-corps-assessment.txt,
# invented): the analyst\x27s verdict after a possibility, a merger that
# formed a group, ground retaken.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { assess_check "$@"; }

# "NAME could open talks with the junta ..., but we judge this to be
# unlikely": the verdict is the level, not the "could" before it
check pa21-sahel-africa-corps-assessment.txt '
assert A("could open talks")[0] == "unlikely", A("could open talks")
'

# "The FLA, formed ... by the merger of the former CMA groups, lacks air
# defences and is unlikely to hold towns": a capability (the merger that
# formed it is no trend); "will retake Kidal": ground, a trend
check pa21-sahel-africa-corps-assessment.txt '
assert A("lacks air defences") == ("unlikely", "Azawad Liberation Front", "capability"), A("lacks air defences")
assert A("retake Kidal") == ("very_unlikely", "Azawad Liberation Front", "trend"), A("retake Kidal")
'

# "It is probable that the group is taxing traders in Bakara market": its
# revenue, a capability; "The branch's leader, NAME, probably escaped":
# "the branch" points back to the group the paragraph named (no subject);
# "Clan militias ... are unlikely to hold recaptured towns" is no ground
# retaken
check pa21-somalia-threat-outlook.txt '
assert A("taxing traders") == ("likely", "Al-Shabaab", "capability"), A("taxing traders")
assert A("probably escaped")[1] == "Islamic State Somalia Province", A("probably escaped")
assert A("recaptured towns")[2] != "trend", A("recaptured towns")
'

finish
