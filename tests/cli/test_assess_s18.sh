#!/bin/bash
# test_assess_s18.sh - analysts' judgements in two invented outlooks of
# session 18 (examples/pa18-horn-assessment.txt: al-Shabaab, the Fano, the
# OLA, the SPLA-IO; examples/pa18-levant-judgements.txt: Hamas, PIJ, Kata'ib
# Hezbollah, the PMF, the SDF): "We judge it very unlikely that ..." (the
# empty "it" of the analyst's verb), "a real possibility", and topics told
# by "lacks", "grow", "fragment", "step up", "spreads".
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { assess_check "$@"; }

# "We judge it very unlikely that the government and the OLA will resume
# peace talks": "it" is no pronoun for the group told before (the subject
# was Al-Shabaab, the document\x27s focus): the OLA named after the hedge
check pa18-horn-assessment.txt '
assert A("We judge it very unlikely")[:2] == ("very_unlikely", "Oromo Liberation Army"), A("We judge it very unlikely")
'

# "there is a real possibility that Arab tribal units defect": the PHIA
# yardstick\x27s realistic possibility in its looser wording (no assessment)
check pa18-levant-judgements.txt '
assert A("a real possibility")[:2] == ("roughly_even", "Syrian Democratic Forces"), A("a real possibility")
'

# topics: "almost certainly lacks the funds to rebuild" (capability, was
# trend from "continued" after it); "will probably grow more politically
# influential", "is likely to fragment further", "probably will step up
# kidnappings", "a roughly even chance that fighting in Nasir spreads"
# (trend; none had a topic)
check pa18-levant-judgements.txt '
assert A("lacks the funds") == ("almost_certain", "Palestinian Islamic Jihad", "capability"), A("lacks the funds")
assert A("grow more politically") == ("likely", "Popular Mobilization Forces", "trend"), A("grow more")
'
check pa18-horn-assessment.txt '
assert A("likely to fragment")[2] == "trend", A("likely to fragment")
assert A("will step up kidnappings") == ("likely", "Oromo Liberation Army", "trend"), A("will step up")
assert A("fighting in Nasir spreads") == ("roughly_even", None, "trend"), A("spreads")
'

# unchanged: "We assess with moderate confidence that al-Shabaab\x27s Amniyat
# ... retains the ability" (capability, al-Shabaab); "It is unlikely that
# the Somali National Army can hold ..." (the army, capability)
check pa18-horn-assessment.txt '
assert A("moderate confidence") == ("likely", "Al-Shabaab", "capability"), A("moderate confidence")
assert A("It is unlikely that the Somali") == ("unlikely", "Military Forces of Somalia (2022-)", "capability"), A("unlikely that")
'

# "There is little doubt that Iranian border guards remain the group\x27s
# main target" (doubt all but ruled out: very likely; no assessment); "We
# cannot rule out that the Islamic State\x27s Khorasan Province was
# involved" (attribution; no topic), "but we assess this to be a remote
# possibility": the analyst\x27s verdict is the level (session 21; it was
# "possible", from "cannot rule out")
check pa18-iran-baloch-update.txt '
assert A("little doubt")[0] == "very_likely", A("little doubt")
assert A("was involved")[::2] == ("almost_no_chance", "attribution"), A("was involved")
'

# a forecast\x27s numbered judgements: "Los Chapitos are expected to lose
# further ground" (likely), "We anticipate that the CJNG will continue ..."
# (the analyst\x27s judgement), "The likelihood that the federal government
# negotiates a truce ... is low" (unlikely: was likely, from "likelihood"),
# "We are unable to determine whether ..." (possible, the analyst\x27s own
# inability no capability); none but the third was an assessment
check pa18-mexico-cartel-forecast.txt '
assert A("expected to lose")[0] == "likely", A("expected to lose")
assert A("We anticipate") == ("likely", "Jalisco New Generation Cartel", "trend"), A("We anticipate")
assert A("The likelihood that")[0] == "unlikely", A("The likelihood that")
assert A("unable to determine") == ("possible", None, None), A("unable to determine")
'

# key judgements as a list: "Fano militias were very likely responsible
# for the 9 April ambush ..." then "The militias probably lack a unified
# command": the item before goes on as a paragraph would (the subject was
# the OLA, the group the brief names most); "They may also aim to
# discredit the regional administration" (intent)
check pa18-ethiopia-brief.html '
assert A("The militias probably lack") == ("likely", "Fano", "capability"), A("The militias probably lack")
assert A("aim to discredit") == ("possible", "Oromo Liberation Army", "intent"), A("aim to discredit")
'

# "It is almost certain that the RSF received drones from abroad": a
# capability (no topic); unchanged: "The SPLA-IO almost certainly retains
# enough fighters" (capability), "The Rapid Support Forces will likely
# attempt to capture El Fasher" (intent)
check pa18-sudans-outlook.txt '
assert A("received drones") == ("almost_certain", "Rapid Support Forces", "capability"), A("received drones")
assert A("retains enough fighters")[2] == "capability", A("retains enough fighters")
assert A("attempt to capture")[2] == "intent", A("attempt to capture")
'

finish
