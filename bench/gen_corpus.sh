#!/usr/bin/env bash
# gen_corpus.sh - writes N (default 7000) invented one-paragraph event notes as
# JSON Lines {"id","text"} to stdout: the stand-in for the ACLED notes when
# ../shared is absent. Deterministic (fixed seed); every sentence is made up
# from templates here, with real place and group names only as facts.
set -eu
N=${1:-7000}
awk -v n="$N" 'BEGIN {
  srand(42)
  split("Gao|Mopti|Kidal|Baidoa|Kismayo|Mosul|Kirkuk|Deir ez-Zor|Maiduguri|Zamfara|Jalalabad|Kunduz|Quetta|Peshawar|Ouagadougou|Djibo", place, "|")
  split("Mali|Mali|Mali|Somalia|Somalia|Iraq|Iraq|Syria|Nigeria|Nigeria|Afghanistan|Afghanistan|Pakistan|Pakistan|Burkina Faso|Burkina Faso", country, "|")
  split("unidentified gunmen|JNIM militants|al-Shabaab fighters|IS militants|ISWAP fighters|bandits|IS-KP militants|TTP militants|a mob of residents|military forces", actor, "|")
  split("attacked a police checkpoint|ambushed a military convoy|fired mortar rounds at a base|abducted several traders|clashed with a local militia|detonated an IED near a market|set fire to a school|raided a village", act, "|")
  split("January|February|March|April|May|June", month, "|")
  split("No casualties were reported.|Two civilians were wounded.|The group claimed responsibility the next day.|Officials denied the reports.|Security forces later arrested four suspects.|Residents fled to nearby towns.", tail, "|")
  for (i = 1; i <= n; i++) {
    p = int(rand() * 16) + 1; a = int(rand() * 10) + 1; v = int(rand() * 8) + 1
    m = int(rand() * 6) + 1; d = int(rand() * 28) + 1; k = int(rand() * 20)
    t = int(rand() * 6) + 1; t2 = int(rand() * 6) + 1
    text = sprintf("On %d %s 2022, %s %s in %s (%s), killing %d people. %s %s [size=no report]", \
      d, month[m], actor[a], act[v], place[p], country[p], k, tail[t], tail[t2])
    printf "{\"id\": \"gen-%05d\", \"text\": \"%s\"}\n", i, text
  }
}'
