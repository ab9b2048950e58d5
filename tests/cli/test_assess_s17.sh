#!/bin/bash
# test_assess_s17.sh - analysts' judgements in two invented threat briefs
# of session 17 (examples/pa17-red-sea-outlook.txt, a Houthi shipping
# outlook; examples/pa17-andean-threat-brief.txt, Tren de Aragua, the CJNG
# and the ELN): chances and odds in words ("Chances are that", "The odds
# are low that", "a significant chance"), "We doubt that", "We are
# confident that", "consider it plausible that"; a subject the lexicon
# lacks right before the hedge ("Iran probably continues ..."); topics
# ("has stockpiled enough missiles", "will use", "unlikely to strike").
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { assess_check "$@"; }

# chances and odds in words, each at its ICD 203 term (none was an
# assessment); "Chances are that the gang will try to ...": "the gang" is
# the group the paragraph named (Tren de Aragua)
check pa17-andean-threat-brief.txt '
assert A("Chances are that") == ("likely", "Tren de Aragua", "intent"), A("Chances are that")
assert A("The odds are low") == ("unlikely", "Segunda Marquetalia", None), A("The odds are low")
assert A("significant chance")[:2] == ("likely", "National Liberation Army (Colombia)"), A("significant chance")
'

# the analyst\x27s own doubt ("We doubt that the Colombian army can retake
# ..."), confidence without a word of likelihood ("We are confident that
# Tren de Aragua has expanded ..."), "consider it plausible that"
check pa17-andean-threat-brief.txt '
assert A("We doubt that") == ("unlikely", "Military Forces of Colombia (2022-)", "capability"), A("We doubt that")
assert A("We are confident that") == ("likely", "Tren de Aragua", "trend"), A("We are confident that")
assert A("plausible that") == ("possible", "Sinaloa Cartel", None), A("plausible that")
'

# "Iran probably continues to supply components for the group\x27s drones":
# Iran (no actor of the lexicon) is the subject, not the Houthis named
# after the hedge; "Analysts judge it highly likely that the group has
# stockpiled enough missiles": capability; "the Houthis will use submarine
# drones": intent; "the group is unlikely to strike Saudi territory while
# talks with Riyadh continue": intent (the clause after is no trend)
check pa17-red-sea-outlook.txt '
assert A("Iran probably continues") == ("likely", None, "trend"), A("Iran probably continues")
assert A("stockpiled enough missiles") == ("very_likely", "Houthis", "capability"), A("stockpiled")
assert A("will use submarine drones") == ("roughly_even", "Houthis", "intent"), A("will use")
assert A("unlikely to strike Saudi") == ("unlikely", "Houthis", "intent"), A("unlikely to strike")
'

# unchanged: "Analysts assess that ..." keeps the group after the verb
# as its subject (the analysts are no subject before a hedge)
check pa17-red-sea-outlook.txt '
assert A("The group almost certainly retains") == ("almost_certain", "Houthis", "capability")
assert A("was very likely carried out by the Houthis") == ("very_likely", "Houthis", "attribution")
'

# "In all probability the New People\x27s Army will keep shrinking" (no
# assessment: "probability" alone is no hedge); "we cannot exclude that it
# will strike" is no capability ("cannot"); "is very probably preparing an
# assault on Sittwe": intent (and "JNIM is likely preparing a renewed
# offensive" in examples/sahel-weekly-2024.txt)
check pa17-mindanao-assessment.txt '
assert A("In all probability") == ("likely", "New People\x27s Army", "trend"), A("In all probability")
assert A("very probably preparing an assault") == ("very_likely", "Arakan Army", "intent"), A("preparing")
'
check sahel-weekly-2024.txt '
assert A("JNIM is likely preparing") == ("likely", "Jama\x27at Nusrat al-Islam wal-Muslimin", "intent"), A("preparing")
'

# "We judge that the coalition probably orchestrated the October attack on
# Pont-Sonde": attribution (a hedged act); "It remains unclear whether the
# coalition\x27s leaders will accept the amnesty offer": "remains" is the
# hedge\x27s own verb, no trend
check pa17-viv-ansanm-brief.txt '
assert A("probably orchestrated") == ("likely", "Viv Ansanm", "attribution"), A("probably orchestrated")
assert A("It remains unclear whether") == ("possible", None, None), A("It remains unclear whether")
'

finish
