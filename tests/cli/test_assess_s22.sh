#!/bin/bash
# test_assess_s22.sh - judgements of a Sahel outlook (examples/pa22-sahel-
# outlook.txt, invented): "It is unlikely to ..." of the group named just
# before, an offensive it would mount, ground it would gain.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { assess_check "$@"; }

# "The Azawad Liberation Front (FLA) has lost ... It is unlikely to mount an
# offensive on Kidal": the "it" is the FLA (an empty "it" only before
# "that"), and mounting an offensive is what it would do (intent)
check pa22-sahel-outlook.txt '
assert A("mount an offensive") == ("unlikely", "Azawad Liberation Front", "intent"), A("mount an offensive")
'

# "The branch is likely to gain further ground around Tillabéri": a trend
check pa22-sahel-outlook.txt '
assert A("gain further ground") == ("likely", "Islamic State Sahel Province", "trend"), A("gain further ground")
'

finish
