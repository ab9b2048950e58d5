#!/bin/bash
# test_assess_s20.sh - analysts' judgements on Iraq\x27s armed factions
# (examples/pa20-iraq-militia-outlook.txt, invented): a choice the group
# makes ("will refrain from", "prefers to") is intent; a change of its
# shape or ground ("be folded into the regular army", "will split over",
# "lose further ground") is a trend.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { assess_check "$@"; }

# intent: "will refrain from direct attacks on US forces ... unless Iran
# instructs otherwise", "almost certainly prefers to protect its seats"
# (both none); a capability stays: "remains capable of launching"
check pa20-iraq-militia-outlook.txt '
assert A("will refrain from") == ("likely", "Kata\x27ib Hezbollah", "intent"), A("refrain")
assert A("prefers to protect") == ("almost_certain", "Asa\x27ib Ahl al-Haq", "intent"), A("prefers")
assert A("remains capable of") == ("possible", "Harakat Hezbollah al-Nujaba", "capability"), A("capable")
'

# trends: "It is unlikely that the Popular Mobilization Forces will be
# folded into the regular army", "a roughly even chance that Kata\x27ib
# Sayyid al-Shuhada will split over the question of disarmament" (none)
check pa20-iraq-militia-outlook.txt '
assert A("folded into") == ("unlikely", "Popular Mobilization Forces", "trend"), A("folded")
assert A("will split over") == ("roughly_even", "Kata\x27ib Sayyid al-Shuhada", "trend"), A("split")
'

# "Los Chapitos are expected to lose further ground" (none); but "Hamas
# has lost most of its pre-war rocket arsenal, although ... retain the
# ability" stays a capability
check pa18-mexico-cartel-forecast.txt '
assert A("lose further ground")[2] == "trend", A("lose further")
'
check pa18-levant-judgements.txt '
assert A("pre-war rocket arsenal")[2] == "capability", A("arsenal")
'

# an attribution to a group the lexicon lacks: "The attack on the
# Guayaquil port office in March was probably the work of Los Tiguerones"
# is attribution, and not about MS-13 (the group the sentence before named)
check pa20-andes-gangs-judgements.txt '
assert A("the work of Los Tiguerones") == ("likely", None, "attribution"), A("the work of")
assert A("highly likely to retaliate") == ("very_likely", "Los Lobos", "intent"), A("retaliate")
'

# "It is highly unlikely that the UVF will return to a campaign of
# bombings against the state": a trend (none); "will return to the talks"
# stays a decision (no topic)
check pa20-uk-phia-assessment.txt '
assert A("return to a campaign") == ("very_unlikely", "Ulster Volunteer Force", "trend"), A("return to")
'
check assess15-colombia-eln-2024.txt '
assert A("return to the talks")[2] is None, A("return to the talks")
'

# a negated adverb is the opposite level: "The abduction of the Kebbi
# schoolgirls was almost certainly not carried out by Boko Haram" is
# almost_no_chance (was almost_certain); "will probably not attempt" stays
# unlikely
check pa20-lake-chad-judgements.txt '
assert A("almost certainly not carried out") == ("almost_no_chance", "Boko Haram", "attribution"), A("certainly not")
assert A("will probably not attempt")[0] == "unlikely", A("probably not")
'

finish
