#!/bin/bash
# test_profiles_s18.sh - profiles of groups little read before (AQAP, the
# CPI (Maoist), ETA, Kata'ib Hezbollah, HTS, the New IRA, the ULFA): a
# designation notice's leaders told in prose and its list of aliases, a
# succession told with "then led", "He was succeeded by NAME, who was
# killed", "succeeded him as general secretary"; an infobox name with its
# quoted nickname; ties told as membership, combat, hostility, links and
# denied support. Invented documents (examples/pa18-*).
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

check() { profile_check "$@"; }

aff() {
    echo 'def aff(g):
    return [(x["name"], x["relation"], x["start"], x["end"], x["disputed"]) for x in g["affiliations"]]'
}

# a designation notice ("The Secretary of State has amended the designation
# of al-Qaeda in the Arabian Peninsula (AQAP) ..."): about the group it
# designates, so "Al-Wuhayshi headed the group until he was killed ... in
# June 2015" (a surname alone) is read; "formed in January 2009 when ...
# merged under the leadership of NAME" (AQAP\x27s leader, not al-Qaeda\x27s,
# from the founding); "He was succeeded by NAME, who was killed in early
# 2020"; "NAME then led the group until his death in March 2024" (from the
# last one\x27s end); "was named its new emir the same month"
check pa18-aqap-designation.txt '
g = actor("Al-Qaeda in the Arabian Peninsula")
assert leaders(g) == [("Nasir al-Wuhayshi", "leader", "2009-01", "2015-06", "dead"),
                      ("Qasim al-Raymi", "leader", "2015-06", "2020", "dead"),
                      ("Khalid Batarfi", "leader", "2020", "2024-03", "dead"),
                      ("Saad bin Atef al-Awlaki", "emir", "2024-03", None, "current")], leaders(g)
'

# "to add the following aliases: Ansar al-Sharia, Ansar al-Sharia in Yemen,
# Sons of Abyan and Sons of Hadramawt" (a list split at commas and the last
# "and"); "has been engaged in combat with the Houthis" (an opponent)
check pa18-aqap-designation.txt "$(aff)"'
g = actor("Al-Qaeda in the Arabian Peninsula")
for al in ("Ansar al-Sharia", "Ansar al-Sharia in Yemen", "Sons of Abyan", "Sons of Hadramawt"):
    assert al in g["aliases"], (al, g["aliases"])
assert ("Houthis", "opponent", None, None, False) in aff(g), aff(g)
'

# "served as the party\x27s general secretary from 2004 until he stepped down
# ... in November 2018"; "succeeded him as general secretary and was killed
# by security forces ... in May 2025"; a lead defining the group as a
# "party"; "since its formation on 21 September 2004"
check pa18-cpi-maoist-profile.txt '
g = actor("Communist Party of India (Maoist)")
assert leaders(g) == [("Muppala Lakshmana Rao", "secretary-general", "2004", "2018-11", None),
                      ("Nambala Keshava Rao", "secretary-general", "2018-11", "2025-05", "dead")], leaders(g)
assert g["founded"] == "2004-09-21", g["founded"]
'

# an infobox name with the nickname after it in quotes (\x27Mikel Albisu "Mikel
# Antza" (1993-2004)\x27): the name without it
check pa18-eta-article.txt '
g = actor("Euskadi Ta Askatasuna")
names = [l[0] for l in leaders(g)]
assert names == ["José Antonio Urrutikoetxea", "Mikel Albisu", "Garikoitz Aspiazu Rubina"], names
'

# "Kata\x27ib Hezbollah is a member of the Islamic Resistance in Iraq" (a
# parent, as "part of")
check pa18-kataib-hezbollah.html "$(aff)"'
g = actor("Kata\x27ib Hezbollah")
assert ("Islamic Resistance in Iraq", "parent", None, None, False) in aff(g), aff(g)
'

# "Turkey, which backed several rival rebel factions, has denied providing
# support to the group": a disputed ally
check pa18-hts-article.txt "$(aff)"'
g = actor("Hayat Tahrir al-Sham")
assert ("Turkey", "ally", None, None, True) in aff(g), aff(g)
'

# "It has been linked to Saoradh, a political party ..., although Saoradh
# denies any organisational ties": a disputed ally (a one-word name its
# apposition calls a party)
check pa18-new-ira-profile.md "$(aff)"'
g = actor("New IRA")
assert ("Saoradh", "ally", None, None, True) in aff(g), aff(g)
'

# "It is hostile to the Islamic Revolutionary Guard Corps": an opponent
check pa18-jaish-al-adl-profile.txt "$(aff)"'
g = actor("Jaish al-Adl")
assert ("Islamic Revolutionary Guard Corps", "opponent", None, None, False) in aff(g), aff(g)
'

# "ULFA (Independent), also known as ULFA-I": the bracket holds no acronym
# (one capital), so "Independent" is no alias
check pa18-ulfa-article.html '
g = actor("United Liberation Front of Asom")
assert "Independent" not in g["aliases"] and "ULFA-I" in g["aliases"], g["aliases"]
'

# a group the lexicon lacks, defined by the apposition after the name that
# opens the lead ("Aum Shinrikyo (AUM), a Japanese doomsday cult founded in
# 1987 by Shoko Asahara, carried out ..."; the title names two groups): the
# document is about it (there was no profile); "Asahara led the cult from
# its founding until his arrest in May 1995"; "The organisation renamed
# itself Aleph in January 2000"; "Aum Shinrikyo is also known as A.I.C.,
# Aum Supreme Truth and Aleph" (no comma before the cue)
check pa18-aum-aleph-profile.txt '
g = actor("Aum Shinrikyo")
assert g["founded"] == "1987", g["founded"]
assert leaders(g) == [("Shoko Asahara", "leader", "1987", "1995-05", None)], leaders(g)
for al in ("AUM", "Aleph", "Aum Supreme Truth"):
    assert al in g["aliases"], (al, g["aliases"])
'

# unchanged: "In March 2015, Shekau pledged allegiance to the Islamic State,
# and the group was renamed Islamic State West Africa Province": no new
# name of the Islamic State's (the group named last before the cue)
check boko-haram-flat-infobox.txt '
g = actor("Islamic State")
assert "Islamic State West Africa Province" not in g["aliases"], g["aliases"]
'

# "The MPCP is led by Víctor Quispe Palomino, known as Comrade José, who
# has commanded it since 1999": from 1999, and the nickname after "known
# as" is no second leader; "His brother, NAME, alias Comrade Raúl, served
# as its military chief until he was killed in 2013": its commander
check pa18-shining-path-profile.txt '
g = actor("Shining Path")
assert leaders(g) == [("Víctor Quispe Palomino", "leader", "1999", None, "current"),
                      ("Jorge Quispe Palomino", "commander", None, "2013", "dead")], leaders(g)
'

# "established in December 2010 by Ameril Umbra Kato ... Kato led the group
# until his death from illness in April 2015": the founder led it from the
# founding; "Ismael Abdulmalik, also known as Abu Turaifie, was reported
# killed ... in 2023": dead (past the apposition's comma)
check pa18-biff-sanctions-entry.txt '
g = actor("Bangsamoro Islamic Freedom Fighters")
assert leaders(g) == [("Ameril Umbra Kato", "leader", "2010-12", "2015-04", "dead"),
                      ("Abu Turaifie", "leader", None, "2023", "dead")], leaders(g)
'

# the same in older examples: "Kony's deputy, Vincent Otti, was executed on
# Kony's orders in October 2007" (was neither dead nor ended); "founded on 29
# March 1969 ... by Jose Maria Sison ... and Bernabe Buscayno ... Buscayno
# served as its first commander until his capture in 1976" (from the founding)
check lra-article.txt '
g = actor("Lord\x27s Resistance Army")
assert ("Vincent Otti", "deputy leader", None, "2007-10", "dead") in leaders(g), leaders(g)
'
check prof15-npa-article.txt '
g = actor("New People\x27s Army")
assert ("Bernabe Buscayno", "commander", "1969-03-29", "1976", None) in leaders(g), leaders(g)
'

# an infobox label that is a role "of" a body ("Chief of the Political
# Bureau": its leaders were lost, so "Yahya Sinwar succeeded him" started
# in 2004); the founder "Ahmed Yassin" of the infobox and "Sheikh Ahmed
# Yassin, the movement\x27s spiritual leader, was killed ... in March 2004"
# are one leader (an honorific before the name)
check pa18-hamas-article.html '
g = actor("Hamas")
assert leaders(g) == [("Ahmed Yassin", "leader", None, "2004-03", "dead"),
                      ("Abdel Aziz al-Rantisi", "founder", None, None, None),
                      ("Khaled Mashal", "leader", "1996", "2017", None),
                      ("Ismail Haniyeh", "leader", "2017", "2024", "dead"),
                      ("Yahya Sinwar", "leader", "2024-08", "2024-10", "dead")], leaders(g)
'

# "in November 2021 both joined the United Front of Ethiopian Federalist and
# Confederalist Forces" (a coalition it joined, from the date nearest before
# the cue); "Its fighters were sent to Syria in 2013 ..., and in 2014 the
# militia joined the Popular Mobilization Forces" (2014, not the first date)
check prof15-ola-article.txt "$(aff)"'
g = actor("Oromo Liberation Army")
assert ("United Front of Ethiopian Federalist and Confederalist Forces", "parent", "2021-11", None, False) in aff(g), aff(g)
'
check prof15-nujaba-article.html "$(aff)"'
g = actor("Harakat Hezbollah al-Nujaba")
assert ("Popular Mobilization Forces", "parent", "2014", None, False) in aff(g), aff(g)
'

# a Markdown profile whose key facts are a pipe table (its rows are read as
# prose, "Field, Detail" the first): the first sentence that opens with the
# focus group defines it ("Al-Shabaab is a Somali jihadist insurgency"), so
# the surname in "Godane led the movement from 2008 until he was killed by
# a US air strike in September 2014" is read; "when its then leader Ahmed
# Abdi Godane pledged allegiance to ..." is al-Shabaab\x27s leader (was
# al-Qaeda\x27s); "His successor, Ahmed Diriye, ... has led al-Shabaab since
# then"
check pa18-shabaab-amniyat-profile.md '
g = actor("Al-Shabaab")
assert leaders(g)[:2] == [("Ahmed Abdi Godane", "leader", "2008", "2014-09", "dead"),
                          ("Ahmed Diriye", "leader", "2014-09", None, "current")], leaders(g)
assert not actor("Al-Qaeda")["leaders"], actor("Al-Qaeda")["leaders"]
'

# outlets: "Its al-Kataib Media Foundation releases videos" (the possessive
# that opens the sentence is no part of the name); the table\x27s label
# "Media" alone is no outlet
check pa18-shabaab-amniyat-profile.md '
o = [m if isinstance(m, str) else m["name"] for m in actor("Al-Shabaab")["media_outlets"]]
assert o == ["al-Kataib Media Foundation", "Radio Andalus"], o
'

# a Country Reports on Terrorism excerpt of two groups under Markdown
# headings: "## Kata\x27ib Hizballah" opens KH\x27s section (its leaders were
# PIJ\x27s); "aka PIJ; Harakat al-Jihad al-Islami fi Filastin; ..." lines are
# aliases; "founded in the Gaza Strip in 1981 by NAME" (past the place);
# "Shaqaqi led PIJ until he was assassinated ... in October 1995"; "has
# been its secretary-general since September 2018"; "headed the
# organisation from 1995 to 2018"; "Estimates of its membership range from
# 7,000 to 10,000" (the noun before the cue); "has served as its
# secretary-general since then" (from the last tenure\x27s end)
check pa18-crt-entries.md '
pij, kh = actor("Palestinian Islamic Jihad"), actor("Kata\x27ib Hezbollah")
assert pij["founded"] == "1981", pij["founded"]
assert leaders(pij) == [("Fathi Shaqaqi", "leader", "1981", "1995-10", "dead"),
                        ("Ziyad al-Nakhalah", "secretary-general", "2018-09", None, "current"),
                        ("Ramadan Shallah", "leader", "1995", "2018", None)], leaders(pij)
assert leaders(kh) == [("Abu Mahdi al-Muhandis", "leader", None, "2020-01", "dead"),
                       ("Ahmad al-Hamidawi", "secretary-general", "2020-01", None, "current")], leaders(kh)
assert "Saraya al-Quds" in pij["aliases"] and "Hizballah Brigades" in kh["aliases"], (pij["aliases"], kh["aliases"])
assert size(kh)[:2] == (7000, 10000) and size(pij)[:2] == (1000, 2000), (size(kh), size(pij))
'

# an article about a group the lexicon lacks ("The Sahel Liberation
# Brigade" over "... is an armed group active in northern Niger") that
# names the Islamic State twice: the title\x27s group is the subject (all its
# facts went to the Islamic State); "It split from the Movement for Oneness
# and Jihad in West Africa in 2008" (a name with "for" and "in", the date
# after it, the tie\x27s end since session 20); "Its chief of staff, NAME (2014-present), commands operations"
check pa18-sahel-brigade-article.txt "$(aff)"'
g = actor("Sahel Liberation Brigade")
assert leaders(g) == [("Abdoulaye Maiga", "leader", "2009", "2021", "dead"),
                      ("Hamidou Sow", "leader", "2021-03", None, "current"),
                      ("Oumarou Diallo", "commander", "2014", None, "current"),
                      ("Issa Kone", "spokesman", None, "2019", "dead")], leaders(g)
assert size(g)[:2] == (3000, 4000), size(g)
assert ("Movement for Oneness and Jihad in West Africa", "parent", None, "2008", False) in aff(g), aff(g)
assert ("Islamic State", "parent", "2015", None, False) in aff(g), aff(g)
assert not actor("Islamic State")["leaders"], actor("Islamic State")["leaders"]
'

# ties in other words: "In 2017 the group merged into the Congo River
# Alliance" (a parent from the date before), "is affiliated with", "is
# allied to" (allies), "It is backed by Rwanda, ..., although Kigali denies
# this" (a disputed sponsor, by its country\x27s name), "receives support
# from Uganda", "It opposes the ADF and is fighting against the FARDC" (the
# object of "opposes" is no owner of the next tie); none was read
check pa18-kivu-front-article.txt "$(aff)"'
g = actor("Kivu Defence Front")
assert aff(g) == [("Congo River Alliance", "parent", "2017", None, False),
                  ("Mai-Mai militias", "ally", None, None, False),
                  ("Rwanda", "ally", None, None, True),
                  ("Uganda", "ally", None, None, False),
                  ("Raia Mutomboki", "ally", None, None, False),
                  ("Islamic State Central Africa Province", "opponent", None, None, False),
                  ("Military Forces of the Democratic Republic of Congo", "opponent", None, None, False)], aff(g)
'

# strength in other words: "The Lanao faction numbers around 50 fighters,
# according to the Philippine army" (the source after it); "It is possible
# that ISMP numbers between 200 and 300 fighters" (the Cabo Delgado brief);
# not "Troops ... clashed with about 15 members of the New People\x27s Army"
# (a unit in a fight)
check pa18-dawlah-islamiyah-profile.txt '
assert size(actor("Dawlah Islamiyah")) == (50, 50, "Philippine army"), size(actor("Dawlah Islamiyah"))
'
check assess15-cabo-delgado-2024.txt '
assert size(actor("Islamic State Mozambique Province"))[:2] == (200, 300), size(actor("Islamic State Mozambique Province"))
'
check tp17-philippines-army-release-2024.txt '
assert actor("New People\x27s Army")["strength"] is None, actor("New People\x27s Army")["strength"]
'

# "The party publishes the magazine People\x27s March in English": a title
# with a possessive inside, after the kind of publication (was "People")
check pa18-cpi-maoist-profile.txt '
o = [(m["name"], m["languages"]) for m in actor("Communist Party of India (Maoist)")["media_outlets"]]
assert o == [("People\x27s March", ["English"]), ("Awam-e-Jung", ["Hindi"])], o
'

# "Its cells operate mainly around Zahedan, Saravan and Rask": areas (an
# adverb and "around" after the verb; Rask is no place the gazetteer knows)
check pa18-jaish-al-adl-profile.txt '
assert actor("Jaish al-Adl")["areas"] == ["Zahedan", "Saravan"], actor("Jaish al-Adl")["areas"]
'

# a historical group the lexicon lacks: "The Caucasus Emirate (Imarat
# Kavkaz) was ..." (the bracketed name an alias), "from its proclamation in
# October 2007" (founded), "It was al-Qaeda\x27s affiliate in the region from
# 2012 to 2015" (a parent through a copula, with its span), "Doku Umarov
# proclaimed the emirate and led it until his death, which its website
# announced in March 2014" (from the founding), "Aliaskhab Kebekov
# succeeded him as emir" (from there), "Its Kavkaz Center website" (an
# outlet)
check pa18-caucasus-emirate-article.txt "$(aff)"'
g = actor("Caucasus Emirate")
assert g["aliases"] == ["Imarat Kavkaz"] and g["founded"] == "2007-10", (g["aliases"], g["founded"])
assert leaders(g) == [("Doku Umarov", "leader", "2007-10", "2014-03", "dead"),
                      ("Aliaskhab Kebekov", "emir", "2014-03", "2015-04", "dead")], leaders(g)
assert aff(g)[0] == ("Al-Qaeda", "parent", "2012", "2015", False), aff(g)
assert g["media_outlets"] == ["Kavkaz Center"], g["media_outlets"]
'

# a news explainer in questions: "Its best-known figures include Zemene
# Kassie, who leads units in Gojjam" (a commander); "Ethiopian officials say
# the militias have about 10,000 armed members" (a plural subject\x27s
# "have about"); "It is hostile to the Oromo Liberation Army"
check pa18-fano-explainer.md "$(aff)"'
g = actor("Fano")
assert leaders(g) == [("Zemene Kassie", "commander", None, None, None)], leaders(g)
assert size(g)[:2] == (10000, 10000), size(g)
assert aff(g) == [("Oromo Liberation Army", "opponent", None, None, False)], aff(g)
'

# "Founded: 31 July 1959" after the lead and before a bare "Leaders:" label
# (the text reader makes it a heading): its value is the founding
check pa18-eta-article.txt '
assert actor("Euskadi Ta Askatasuna")["founded"] == "1959-07-31", actor("Euskadi Ta Askatasuna")["founded"]
'

# "Part of: Autonomous Administration of North and East Syria" inside a
# flattened infobox (a heading to the text reader): the parent, and no
# section heading that ends the infobox
check pa18-sdf-article.txt '
g = actor("Syrian Democratic Forces")
assert g["parent"] == "Autonomous Administration of North and East Syria", g["parent"]
assert size(g)[:2] == (60000, 100000) and g["headquarters"] == "Hasakah", (size(g), g["headquarters"])
'

# a UN narrative summary whose header lines are furniture (no title): the
# name that opens the lead ("Jama\x27at al-Huda was listed on 3 May 2023 as
# being associated with ISIL (Da\x27esh) and Al-Qaida") and that a sentence
# defines ("Additional information: Jama\x27at al-Huda is a militant group
# formed in 2019") is the subject, not the Islamic State it names twice;
# "who has led it since its formation"; "the Telegram channel Sawt al-Huda";
# and the PKK article\x27s "Its satellite channel Roj TV"
check pa18-un-narrative-summary.txt '
g = actor("Jama\x27at al-Huda")
assert leaders(g) == [("Boubacar Ag Alhassane", "leader", "2019", None, "current"),
                      ("Moussa Diallo", "deputy leader", None, "2022-01", "dead")], leaders(g)
assert size(g)[:2] == (300, 500) and g["founded"] == "2019", (size(g), g["founded"])
assert [(m["name"], m["platforms"]) for m in g["media_outlets"]] == [("Sawt al-Huda", ["Telegram"])], g["media_outlets"]
assert not actor("Islamic State")["leaders"], actor("Islamic State")["leaders"]
'
check prof15-pkk-article.txt '
o = [m if isinstance(m, str) else m["name"] for m in actor("Kurdistan Workers\x27 Party")["media_outlets"]]
assert "Roj TV" in o, o
'

# "It was formed in November 1997 by members of the Provisional IRA who
# opposed the peace process, led by Michael McKevitt, ...": the founded
# group\x27s leader from the founding; "McKevitt led the group until his
# arrest in March 2001"
check pa18-real-ira-article.txt '
g = actor("Real Irish Republican Army")
assert leaders(g) == [("Michael McKevitt", "leader", "1997-11", "2001-03", None)], leaders(g)
assert g["founded"] == "1997-11" and size(g)[:2] == (100, 200), (g["founded"], size(g))
'

finish
