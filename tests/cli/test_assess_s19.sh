#!/bin/bash
# test_assess_s19.sh - analysts' judgements in two invented outlooks of
# session 19 (examples/pa19-ttp-outlook.txt: the TTP, Jamaat-ul-Ahrar, the
# Hafiz Gul Bahadur group, IS Pakistan; examples/pa19-central-asia-update.txt:
# ISKP, Jamaat Ansarullah, the Turkistan Islamic Party, the IMU): topics
# told by "sustain", "outpace", "to conduct", "dissolved into",
# "re-emerge", and a force kept ("maintains several hundred fighters").
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { assess_check "$@"; }

# "will sustain its campaign against police ... posts" and "violence in
# Balochistan will very likely outpace that of 2024": trends (no topic)
check pa19-ttp-outlook.txt '
assert A("will sustain its campaign") == ("likely", "Tehrik-i-Taliban Pakistan", "trend"), A("will sustain")
assert A("outpace that of 2024") == ("very_likely", None, "trend"), A("outpace")
'

# "is unlikely to conduct attacks inside Tajikistan": intent (none);
# "probably maintains several hundred fighters in Badakhshan": capability
# (was trend: "maintain" with nothing else said); "have almost certainly
# dissolved into the TIP", "It is highly unlikely that the IMU will
# re-emerge": trends (none)
check pa19-central-asia-update.txt '
assert A("unlikely to conduct attacks") == ("unlikely", "Jamiat Ansarullah", "intent"), A("to conduct")
assert A("maintains several hundred fighters") == ("likely", "Turkistan Islamic Party", "capability"), A("maintains")
assert A("dissolved into the TIP") == ("almost_certain", "Islamic Movement of Uzbekistan", "trend"), A("dissolved")
assert A("re-emerge") == ("very_unlikely", "Islamic Movement of Uzbekistan", "trend"), A("re-emerge")
'

# a head count is a capability: "Ansaroul Islam probably has fewer than
# 1,000 fighters" (none); and in older examples "ISWAP has between 3,000
# and 5,000 fighters", "the group probably numbers fewer than 200 fighters"
check pa19-sahel-ctp-update.txt '
assert A("fewer than 1,000 fighters") == ("likely", "Ansarul Islam", "capability"), A("fewer than 1,000")
assert A("will very likely continue") == ("very_likely", "Katiba Macina", "trend"), A("continue")
assert A("cannot rule out") == ("possible", "Islamic State Sahel Province", "attribution"), A("rule out")
'
check assess15-lake-chad-2024.txt '
assert A("between 3,000 and 5,000 fighters")[2] == "capability", A("between 3,000")
'

# "has ceased to function as an armed group", "almost certainly no longer
# poses a significant threat": trends; "are raising funds for the group":
# capability (all none); "no longer able to hold territory" stays capability
check pa19-southeast-asia-judgements.txt '
assert A("ceased to function") == ("very_likely", "Mujahidin Indonesia Timur", "trend"), A("ceased")
assert A("no longer poses") == ("almost_certain", "Abu Sayyaf Group", "trend"), A("no longer poses")
assert A("raising funds") == ("possible", "Islamic State", "capability"), A("raising funds")
'
check pa17-mindanao-assessment.txt '
assert A("no longer able to hold")[2] == "capability", A("no longer able")
'

finish
