#!/bin/bash
# test_profiles_s19.sh - profiles of groups little read before (the TTP and
# its factions, the Islamic State's provinces, Sahel katibas): a UN
# sanctions list's entry ("QDe.132 Name: TEHRIK-E TALIBAN PAKISTAN",
# "A.k.a.: a) ... b) ...", "Listed on: ...", "Other information: ...
# Leader: NAME since June 2018."). Invented documents (examples/pa19-*).
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { profile_check "$@"; }

# the entry of a group the lexicon lacks, under the committee\x27s title: the
# listed name in capitals as a name is written (not the title), the lettered
# aliases and the former name, the founding of "Other information" (not the
# day of listing), the leader of "Leader: NAME since January 2021"
check pa19-un-list-unknown-group.txt '
g = actor("Katibat al-Nasr al-Mubin")
assert g["aliases"] == ["Brigade of the Clear Victory", "Nasr al-Mubin Battalion", "KNM", "Sariyat al-Janub"], g["aliases"]
assert g["founded"] == "2017-06", g["founded"]
assert leaders(g) == [("Sidi Mohamed Ag Intalla", "leader", "2021-01", None, "current"),
                      ("Hamada Ag Bilal", "leader", None, "2020-12", "dead")], leaders(g)
assert not [a for a in out["actors"] if a["name"].startswith("Security Council")], [a["name"] for a in out["actors"]]
'

# the entry of a group the lexicon knows: its profile, not one named after
# the list\x27s title
check pa19-ttp-un-list-entry.txt '
g = actor("Tehrik-i-Taliban Pakistan")
assert g["founded"] == "2007-12", g["founded"]
assert leaders(g) == [("Noor Wali Mehsud", "leader", "2018-06", None, "current")], leaders(g)
assert [x["name"] for x in g["affiliations"]] == ["Al-Qaeda"], g["affiliations"]
assert not [a for a in out["actors"] if "Sanctions" in a["name"]], [a["name"] for a in out["actors"]]
'

# the year a strength is of (an extension of the contract: strength.as_of):
# an infobox note "(2024 estimate)" (the note stays the source, as before),
# "(2022, UN estimate)", a count in prose "... fighters (2023)", "... in 2022"
check pa19-is-sahel-article.txt '
g = actor("Islamic State Sahel Province")
assert g["strength"] == {"min": 2000, "max": 3000, "source": "2024 estimate", "as_of": "2024"}, g["strength"]
'
check pa19-ttp-un-list-entry.txt '
assert actor("Tehrik-i-Taliban Pakistan")["strength"]["as_of"] == "2023", actor("Tehrik-i-Taliban Pakistan")["strength"]
'
check pa17-iswap-article.txt '
assert actor("Islamic State West Africa Province")["strength"]["as_of"] == "2022"
'
check pa17-adf-article.txt '
g = actor("Islamic State Central Africa Province")
assert (g["strength"]["source"], g["strength"]["as_of"]) == ("UN estimate", "2022"), g["strength"]
'

# a group\x27s end (an extension of the contract: "dissolved", absent when
# not known): "Dissolved: 2 May 2018"; the end of a closed "Dates of
# operation: 28 January 2017 – January 2025"; not an open "2007–present"
check pa18-eta-article.txt '
assert actor("Euskadi Ta Askatasuna")["dissolved"] == "2018-05-02"
'
check pa18-hts-article.txt '
assert actor("Hayat Tahrir al-Sham")["dissolved"] == "2025-01"
'
check pa19-hafiz-gul-bahadur-article.txt '
g = actor("Hafiz Gul Bahadur Group")
assert "dissolved" not in g and g["founded"] == "2007", g
assert g["strength"]["as_of"] == "2024", g["strength"]
'

# a think-tank profile: "It has clashed with bandit gangs led by Bello
# Turji" (the gangs\x27 leader, not the group\x27s: a plural group noun before
# "led by"); "the Nigerian army has called it an offshoot of JNIM, a claim
# JNIM has not acknowledged" (a parent others say of "it", disputed)
check pa19-lakurawa-profile.txt '
g = actor("Lakurawa")
assert [l[0] for l in leaders(g)] == ["Abu Khadijah"], leaders(g)
ties = [(x["name"], x["relation"], x["disputed"]) for x in g["affiliations"]]
assert ("Jama\x27at Nusrat al-Islam wal-Muslimin", "parent", True) in ties, ties
assert g["parent"] is None, g["parent"]
'

# a party\x27s succession: "founded in 1953 in East Jerusalem by NAME, a judge
# from Haifa, who led it until his death in December 1977" (a given name
# added: Taqiuddin); "He was succeeded by NAME, who headed the party until
# he died in April 2003"; "Its current leader, NAME, took over in 2003"
check pa19-hizb-ut-tahrir-profile.txt '
g = actor("Hizb ut-Tahrir")
assert leaders(g) == [("Taqiuddin al-Nabhani", "leader", "1953", "1977-12", "dead"),
                      ("Abdul Qadeem Zallum", "leader", "1977-12", "2003-04", "dead"),
                      ("Ata Abu Rashta", "leader", "2003", None, "current")], leaders(g)
assert g["type"] == "party", g["type"]
'

# a Wikipedia title with its disambiguation ("Grey Wolves (organisation)"):
# the name without it; "officially the Ülkü Ocakları" and "The organisation
# is also known as the Bozkurtlar": aliases; Turkish given names
check pa19-grey-wolves-article.txt '
g = actor("Grey Wolves")
for al in ("\u00dclk\u00fc Ocaklar\u0131", "Bozkurtlar"):
    assert al in g["aliases"], (al, g["aliases"])
assert leaders(g) == [("Alparslan T\u00fcrke\u015f", "founder", None, None, None),
                      ("Devlet Bah\u00e7eli", "leader", "1997", None, "current")], leaders(g)
'
# ("officially known as Ansar Allah": the name, not "known as ...")
check houthis-article.html '
assert "known as Ansar Allah" not in actor("Houthis")["aliases"], actor("Houthis")["aliases"]
'

# the Taliban as a government: "NAME succeeded him and was killed in a US
# drone strike in May 2016" (no role said: the last ended tenure\x27s, from
# its end to the death); "NAME has been the supreme leader since May 2016";
# "fight ISKP, their main armed rival" (an apposition); "accused by
# Pakistan of sheltering the TTP, a charge Kabul denies" (disputed)
check pa19-taliban-government-profile.txt '
g = actor("Taliban")
assert leaders(g) == [("Mullah Mohammad Omar", "leader", "1994", "2013-04", "dead"),
                      ("Akhtar Mansour", "leader", "2013-04", "2016-05", "dead"),
                      ("Hibatullah Akhundzada", "leader", "2016-05", None, "current")], leaders(g)
ties = [(x["name"], x["relation"], x["disputed"]) for x in g["affiliations"]]
assert ties == [("Islamic State \u2013 Khorasan Province", "rival", False),
                ("Tehrik-i-Taliban Pakistan", "ally", True)], ties
'
# ("serves as its military spokesman": "its" is no bare "the")
check pa17-m23-profile.txt '
assert ("Willy Ngoma", "spokesman", None, None, None) in leaders(actor("M23")), leaders(actor("M23"))
'

# "Its leader, NAME, a former AQIM commander in the Boumerd\u00e8s area, was
# killed by the Algerian army near Issers in December 2014": past the second
# apposition, his tenure\x27s end
check pa19-jund-al-khilafah-article.txt '
g = actor("Jund al-Khilafah")
assert leaders(g) == [("Abdelmalek Gouri", "leader", None, "2014-12", "dead")], leaders(g)
assert (g["founded"], g["dissolved"]) == ("2014-09", "2015"), (g["founded"], g["dissolved"])
'

# a Markdown profile\x27s "**Also known as:** BRN-Coordinate; National
# Revolutionary Front" (read as a heading): aliases
check pa19-brn-profile.md '
g = actor("Barisan Revolusi Nasional")
for al in ("BRN-Coordinate", "National Revolutionary Front"):
    assert al in g["aliases"], (al, g["aliases"])
assert leaders(g) == [("Haji Abdul Karim Hassan", "founder", None, None, None)], leaders(g)
'

# an HTML infobox\x27s "NAME (deputy)": the deputy leader; the strength\x27s
# note "(UN, 2024)": source and year
check pa19-is-somalia-article.html '
g = actor("Islamic State Somalia Province")
assert leaders(g) == [("Abdul Qadir Mumin", "leader", "2015", None, "current"),
                      ("Abdirahman Fahiye Isse Mohamud", "deputy leader", None, None, None)], leaders(g)
assert g["strength"] == {"min": 600, "max": 800, "source": "UN", "as_of": "2024"}, g["strength"]
'

# a flattened infobox whose value line the reader took for prose ("Part
# of" / "al-Qaeda in the Islamic Maghreb", a lower-case value): the value
# of its label, and no lead (the group it names was the subject, with all
# the article\x27s fields)
check pa19-okba-ibn-nafaa-article.txt '
g = actor("Okba ibn Nafaa Brigade")
assert [(x["name"], x["relation"]) for x in g["affiliations"]] == [("al-Qaeda in the Islamic Maghreb", "parent")], g["affiliations"]
assert g["aliases"] == ["Katibat Uqba ibn Nafi"], g["aliases"]
assert leaders(g) == [("Lokman Abu Sakhr", "commander", None, "2015-03", "dead")], leaders(g)
assert not actor("Al-Qaeda in the Islamic Maghreb")["leaders"] if [a for a in out["actors"] if a["name"] == "Al-Qaeda in the Islamic Maghreb"] else True
'

# a succession in prose: "It was led by Yuldashev from 1998 until his death
# ... in August 2009" (the founder\x27s surname); "NAME succeeded him in 2009
# and was himself killed by a drone in April 2012"; "NAME took over in
# 2012" (no role said: the last ended head\x27s)
check pa19-imu-article.txt '
g = actor("Islamic Movement of Uzbekistan")
assert leaders(g) == [("Tohir Yuldashev", "leader", "1998", "2009-08", "dead"),
                      ("Abu Usman Adil", "leader", "2009-08", "2012-04", "dead"),
                      ("Usman Ghazi", "leader", "2012", None, "current"),
                      ("Juma Namangani", "commander", None, "2001-11", "dead")], leaders(g)
'

# "The party\x27s Syrian branch, led by Ibrahim Mansour, fought ...": the
# branch\x27s head, not the party\x27s
check pa19-tip-article.txt '
g = actor("Turkistan Islamic Party")
assert [l[0] for l in leaders(g)] == ["Hasan Mahsum", "Abdul Haq al-Turkistani"], leaders(g)
# ("Strength: 1,000–3,000 (Syria, 2023)": a place the count is of, no source)
assert g["strength"] == {"min": 1000, "max": 3000, "source": None, "as_of": "2023"}, g["strength"]
'

# a proscription page about a group the lexicon lacks, named in no
# sentence twice: "The Base is a neo-Nazi accelerationist network founded
# in 2018 by NAME" (the name the lead defines, not the page title); "closely
# aligned with the Atomwaffen Division" (an ally)
check pa19-the-base-proscription.txt '
g = actor("The Base")
assert (g["founded"], leaders(g)) == ("2018", [("Rinaldo Nazzaro", "founder", None, None, None)]), (g["founded"], leaders(g))
assert [(x["name"], x["relation"]) for x in g["affiliations"]] == [("Atomwaffen Division", "ally")], g["affiliations"]
# ("chat groups founded by the Atomwaffen Division ... are aligned with the
# Feuerkrieg Division": a loose alignment of others, no tie of Atomwaffen\x27s)
assert not actor("Atomwaffen Division")["affiliations"], actor("Atomwaffen Division")["affiliations"]
'

# "tribal militias of the Union of Sinai Tribes led by Ibrahim al-Organi":
# the leader of the name before "led by" (one the lexicon lacks), not the
# subject\x27s
check pa19-wilayat-sinai-article.txt '
g = actor("Islamic State Sinai Province")
# (and, since session 20, "Its first leader after the pledge, Abu Du\x27a
# al-Ansari, was killed ... in August 2016")
assert [l[0] for l in leaders(g)] == ["Abu Osama al-Masri", "Muhammad al-Isawi", "Abu Du\x27a al-Ansari"], leaders(g)
'

# "based in Afghanistan\x27s Nangarhar and Kunar provinces": the headquarters
# the country owns, not the country (and the BLA\x27s "based in Pakistan\x27s
# Balochistan province"); a flattened infobox of label and value lines
check pa19-jamaat-ul-ahrar-article.txt '
g = actor("Jamaat-ul-Ahrar")
assert g["headquarters"] == "Nangarhar", g["headquarters"]
assert leaders(g) == [("Omar Khalid Khorasani", "leader", "2014", "2022", "dead"),
                      ("Sarbakaf Mohmand", "leader", "2022", None, "current"),
                      ("Ehsanullah Ehsan", "spokesman", "2014", "2017", None)], leaders(g)
'
check prof15-bla-article.txt '
assert actor("Baloch Liberation Army")["headquarters"] == "Balochistan", actor("Baloch Liberation Army")["headquarters"]
'

# a key-facts table without the infobox class, its rows read as prose
# ("Leader, Amadou Koufa"): fields; "reported killed ... but reappeared in a
# video": alive; "founded ... by NAME, a preacher from Niafunk\u00e9, who
# still leads it": its current leader since the founding
check pa19-katiba-macina-keyfacts.html '
g = actor("Katiba Macina")
assert leaders(g) == [("Amadou Koufa", "leader", "2015-01", None, "current")], leaders(g)
assert g["areas"] == ["Mopti", "S\u00e9gou", "Timbuktu"], g["areas"]
assert ("Jama\x27at Nusrat al-Islam wal-Muslimin", "parent", "2017-03") in [(x["name"], x["relation"], x["start"]) for x in g["affiliations"]], g["affiliations"]
assert g["strength"]["as_of"] == "2022", g["strength"]
'
# (the Markdown key-facts table of session 18: its founding, headquarters
# and strength source)
check pa18-shabaab-amniyat-profile.md '
g = actor("Al-Shabaab")
assert (g["founded"], g["headquarters"], g["strength"]["source"]) == ("2006", "Jilib, Middle Juba", "UN estimate"), g
'

# a designation notice of two groups: "The Department is also designating
# Islamic State Hind Province (ISHP), ..." opens the second group\x27s part;
# "ISPP was announced by the Islamic State in May 2019" (a founding);
# "Its propaganda magazine, Sawt al-Hind, is published in English and
# Urdu"; "led by NAME, a former TTP commander who pledged allegiance to the
# Islamic State in 2015" (his pledge, not the group\x27s tie)
check pa19-state-designations.txt '
pp = actor("Pakistan Province of the Islamic State")
hp = actor("Hind Province of the Islamic State")
assert (pp["founded"], hp["founded"]) == ("2019-05", "2019-05"), (pp["founded"], hp["founded"])
assert [l[0] for l in leaders(pp)] == ["Dawood Mehsud"] and not hp["leaders"], (leaders(pp), leaders(hp))
assert not [x for x in pp["affiliations"] if x["start"] == "2015"], pp["affiliations"]
assert [(m["name"], m["languages"]) for m in hp["media_outlets"]] == [("Sawt al-Hind", ["English", "Urdu"])], hp["media_outlets"]
'

# "Jafar Dicko succeeded Ibrahim Malam Dicko as emir in June 2017" with no
# tenure of the predecessor told before: the tenure changing hands on that
# date (the founder keeps his role)
check pa19-ansaroul-islam-brief.txt '
g = actor("Ansarul Islam")
assert [l[:4] for l in leaders(g)] == [("Ibrahim Malam Dicko", "founder", None, "2017-06"),
                                       ("Jafar Dicko", "emir", "2017-06", None)], leaders(g)
# ("..., after the founder died of illness": dead)
assert leaders(g)[0][4] == "dead", leaders(g)
'

# an HTML infobox article: "Jamaat Ansarullah, sometimes called the Tajik
# Taliban, is ...": an alias; "Allegiance: Taliban (alleged)": a disputed
# parent
check pa19-jamaat-ansarullah-article.html '
g = actor("Jamiat Ansarullah")
assert "Tajik Taliban" in g["aliases"], g["aliases"]
assert ("Taliban", "parent", True) in [(x["name"], x["relation"], x["disputed"]) for x in g["affiliations"]], g["affiliations"]
assert leaders(g) == [("Amriddin Tabarov", "leader", "2010", "2015", "dead"),
                      ("Mahdi Arsalon", "leader", "2015", None, "current")], leaders(g)
'

finish
