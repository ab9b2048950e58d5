#!/bin/bash
# test_profiles_s22.sh - profiles of groups not read before (the Houthis,
# the Arakan Army, the BLA, Jaish al-Adl, the TTP, JNIM and the ISSP in a
# Sahel report): infobox labels for areas, coalitions and outlets, ranks
# before a name, a surname two leaders share, a bare surname of someone
# else, "Its leader, NAME," after a sentence that names the group\x27s
# founders, a founder\x27s successor, tenures told in prose.
# Invented documents (examples/pa22-*).
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { profile_check "$@"; }

# "Area: Saada, Sanaa, ..." and "Operational areas: ...": areas (none were
# read)
check pa22-houthis-article.txt '
assert actor("Houthis")["areas"][:2] == ["Saada", "Sanaa"], actor("Houthis")["areas"]
'
check pa22-arakan-army-article.txt '
assert actor("Arakan Army")["areas"] == ["Rakhine State", "southern Chin State", "Magway Region"], actor("Arakan Army")["areas"]
'

# "Member of: Three Brotherhood Alliance, Northern Alliance": two parents,
# as "Part of" (none was read); "Outlet: Arakha Media"
check pa22-arakan-army-article.txt "$(aff)"'
a = aff(actor("Arakan Army"))
assert ("Three Brotherhood Alliance", "parent", None, None) in a and ("Northern Alliance", "parent", None, None) in a, a
assert actor("Arakan Army")["media_outlets"] == ["Arakha Media"], actor("Arakan Army")["media_outlets"]
'

# "Commander-in-chief: Maj. Gen. Twan Mrat Naing": the name without the
# ranks; "Deputy commander-in-chief: Brig. Gen. NAME": a deputy
check pa22-arakan-army-article.txt '
l = leaders(actor("Arakan Army"))
assert ("Twan Mrat Naing", "commander", "2009", None, "current") in l, l
assert ("Nyo Twan Awng", "deputy leader", None, None, None) in l, l
'

# "After Aslam Baloch was killed ... in December 2018": not the death of the
# spokesman Jeeyand Baloch (the same surname)
check pa22-bla-article.txt '
l = leaders(actor("Baloch Liberation Army"))
assert ("Jeeyand Baloch", "spokesman", None, None, None) in l, l
assert ("Aslam Baloch", "commander", "2007", "2018", "dead") in l, l
'

# "releases claims and videos through its media outlet Hakkal": an outlet
# without a comma before its name
check pa22-bla-article.txt '
assert "Hakkal" in actor("Baloch Liberation Army")["media_outlets"], actor("Baloch Liberation Army")["media_outlets"]
'

# "The group is led by NAME, who has been its emir since its founding": the
# role said there, from the founding (was a bare "leader")
check pa22-jaish-al-adl-profile.txt '
assert ("Salahuddin Farooqui", "emir", "2012", None, "current") in leaders(actor("Jaish al-Adl")), leaders(actor("Jaish al-Adl"))
'

# a report: "JNIM ..., was formed ... by the merger of ..., and the Saharan
# emirate of AQIM. Its leader, Iyad Ag Ghaly, ...": JNIM\x27s (the group the
# sentence opened with), not AQIM\x27s (named last); "Its outlet,
# az-Zallaqa," is JNIM\x27s too (was the ISSP\x27s, the group named most)
check pa22-sahel-outlook.txt '
jn = actor("Jama\x27at Nusrat al-Islam wal-Muslimin")
assert "Iyad Ag Ghaly" in [l[0] for l in leaders(jn)], leaders(jn)
assert jn["media_outlets"] == ["az-Zallaqa"], jn["media_outlets"]
'

# "founded in May 2015 by NAME, who was killed ... in August 2021. His
# successor, NAME2, was named by the group in 2022": NAME2 leads it (he
# founded nothing) from 2022
check pa22-sahel-outlook.txt '
l = leaders(actor("Islamic State Sahel Province"))
assert ("Abu al-Bara al-Sahrawi", "leader", "2022", None, "current") in l, l
'

# the TTP\x27s leaders told in prose: "formed in December 2007 under NAME,
# who was killed ... in August 2009"; "NAME succeeded him and led the group
# until he was killed ... in November 2013"; "NAME then became emir; he was
# killed in Kunar in June 2018"; "Since June 2018 the TTP has been led by
# Noor Wali Mehsud" (the title word "Wali" inside a name); "Khorasani was
# killed" after "Omar Khalid Khorasani": not the spokesman Muhammad
# Khorasani
check pa22-ttp-factions-profile.txt '
l = leaders(actor("Tehrik-i-Taliban Pakistan"))
assert ("Baitullah Mehsud", "leader", "2007-12", "2009-08", "dead") in l, l
assert ("Hakimullah Mehsud", "leader", "2009-08", "2013-11", "dead") in l, l
assert ("Mullah Fazlullah", "emir", "2013-11", "2018-06", "dead") in l, l
assert ("Noor Wali Mehsud", "leader", "2018-06", None, "current") in l, l
assert ("Muhammad Khorasani", "spokesman", None, None, None) in l, l
'

# "Headquarters: Saint Petersburg (until 2023), Molkino": the place after
# the former one is the present one (was Saint Petersburg)
check pa22-wagner-article.html '
assert actor("Wagner Group")["headquarters"] == "Molkino", actor("Wagner Group")["headquarters"]
'

# "Split from: FARC (2016)": the split ended the tie (its start was 2016);
# "Its commander, NAME, was reported killed ... but he reappeared in a
# video": alive; "formed the Estado Mayor de Bloques y Frentes (EMBF), led
# by NAME": the new group's leader, not the EMC's
check pa22-emc-article.html "$(aff)"'
e = actor("FARC dissidents")
assert ("FARC", "parent", None, "2016") in aff(e), aff(e)
assert [l for l in leaders(e) if l[0] == "Iván Mordisco"][0][4] != "dead", leaders(e)
assert "Alexander Díaz Mendoza" not in [l[0] for l in leaders(e)], leaders(e)
'

finish
