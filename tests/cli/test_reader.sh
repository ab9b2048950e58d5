# test_reader.sh - the reading layer on bad input: every case gives a clear
# message naming the file, the right exit code, and never a crash.
. "$(dirname "$0")/lib.sh"

# empty and white-space-only files: no text (exit 1)
: >"$TMP/empty.txt"
expect_exit 1 "$DOSSIER" annotate --no-annotations "$TMP/empty.txt"
expect_grep 'empty.txt: no text' "$TMP/err"
printf ' \n\t\n\n  ' >"$TMP/blank.txt"
expect_exit 1 "$DOSSIER" annotate --no-annotations "$TMP/blank.txt"
expect_grep 'blank.txt: no text' "$TMP/err"

# binary file: refused as binary (exit 1)
head -c 4096 /dev/urandom | tr -d '\n' | tr '\200-\377' '\000-\177' >"$TMP/blob.txt"
expect_exit 1 "$DOSSIER" annotate --no-annotations "$TMP/blob.txt"
expect_grep 'blob.txt: binary file' "$TMP/err"

# invalid UTF-8: replaced, reported, the rest is read
printf 'The patrol reached the \xff\xfe village at dawn. Two men were detained.\n' >"$TMP/bad-utf8.txt"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/bad-utf8.txt"
expect_grep 'bad-utf8.txt:1: warning: .*invalid-utf8' "$TMP/err"
python3 - "$TMP/out" <<'PY' && ok || fail "invalid UTF-8 not replaced or sentences lost"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
texts = [s["text"] for s in d["sentences"]]
assert len(texts) == 2, texts
assert "\ufffd" in texts[0] and texts[1] == "Two men were detained.", texts
PY

# CRLF and a BOM: gone from the text
printf '\xef\xbb\xbfFirst line ends here.\r\nSecond line ends here.\r\n' >"$TMP/crlf.txt"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/crlf.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "BOM or CR left in text"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
texts = [s["text"] for s in d["sentences"]]
assert texts == ["First line ends here.", "Second line ends here."], texts
assert d["sentences"][0]["start"] == 3, d["sentences"][0]
PY

# truncated HTML: what was there is read
printf '<html><body><h1>Raid Report</h1><p>Gunmen raided a market in the north. Three people were hurt.</p><table class="infobox"><tr><th>Lea' >"$TMP/cut.html"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/cut.html"
expect_grep '"text": "Three people were hurt."' "$TMP/out"
expect_grep '"title": "Raid Report"' "$TMP/out"

# markup only: no text
printf '<html><head><script>x=1</script></head><body><div></div></body></html>' >"$TMP/bare.html"
expect_exit 1 "$DOSSIER" annotate --no-annotations "$TMP/bare.html"
expect_grep 'bare.html: no text' "$TMP/err"

# 100,000 nested elements: no crash, bounded time
python3 -c 'print("<html><body><p>Top text here.</p>" + "<div>" * 100000 + "x" + "</div>" * 100000 + "</body></html>")' >"$TMP/deep.html"
expect_exit 0 timeout 10 "$DOSSIER" annotate --no-annotations "$TMP/deep.html"
expect_grep 'Top text here' "$TMP/out"

# a PDF that is not a PDF
printf 'This is plain text pretending to be a PDF.\n' >"$TMP/fake.pdf"
expect_exit 1 "$DOSSIER" annotate --no-annotations "$TMP/fake.pdf"
expect_grep 'fake.pdf: not a PDF' "$TMP/err"
# a PDF header with garbage behind it
printf '%%PDF-1.4\n1 0 obj garbage\n%%%%EOF\n' >"$TMP/broken.pdf"
expect_exit 1 "$DOSSIER" annotate --no-annotations "$TMP/broken.pdf"
expect_grep 'broken.pdf: not a readable PDF' "$TMP/err"

# a real PDF, made by hand: two pages, a sentence cut by the page break
printf 'Convoy Attacked near the Dam\n\nA convoy was attacked near the dam on 4 July and\n' >"$TMP/p1.txt"
printf 'three drivers were wounded. The attackers fled north.\n' >"$TMP/p2.txt"
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/doc.pdf" "$TMP/p1.txt" "$TMP/p2.txt"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/doc.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF text not read or cut sentence not joined"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert d["format"] == "pdf" and d["title"] == "Convoy Attacked near the Dam", d["title"]
texts = [s["text"] for s in d["sentences"]]
assert "A convoy was attacked near the dam on 4 July and three drivers were wounded." in texts, texts
PY

# a report's PDF: note numbers the text layer gives as plain digits, glued
# to the sentence's end ("wounded.1 The"), and a note list "1 https://..."
# at the foot of the page: footnotes, and each sentence cites its own; the
# running header on every page is no title and no text
printf 'Example Institute | Weekly Brief\nBlockade Tightens\n\nFighters shelled the airport on 2 March 2024, wounding five.1 The group\n' >"$TMP/f1.txt"
printf 'Example Institute | Weekly Brief\nclaimed the attack on 3 March.2 It costs 3.5 dollars, 2 bags.\n1 https://example.org/shelling\n2 https://example.org/claim\n' >"$TMP/f2.txt"
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/notes.pdf" "$TMP/f1.txt" "$TMP/f2.txt"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/notes.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF notes: plain-digit markers or the note list not read"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert [f["number"] for f in d["footnotes"]] == [1, 2], d["footnotes"]
cites = {s["text"]: [c["urls"] for c in s["citations"]] for s in d["sentences"]}
assert cites.get("Fighters shelled the airport on 2 March 2024, wounding five.") == [["https://example.org/shelling"]], cites
assert cites.get("The group claimed the attack on 3 March.") == [["https://example.org/claim"]], cites
assert any("3.5 dollars, 2 bags" in t for t in cites), cites
assert d["title"] == "Blockade Tightens", d["title"]
assert not any("Weekly Brief" in t for t in cites), cites
PY

# a justified PDF hyphenates words at line ends ("am-" / "bushed"): the word
# comes back whole, within a paragraph and across a page break
printf 'Weekly Brief\n\nOn 4 July 2024, militants of a local armed group am-\nbushed an army convoy near the river crossing, killing\n12 soldiers and wounding nine others in the at-\n' >"$TMP/h1.txt"
printf 'tack, officials said on the following morning in the capital.\n' >"$TMP/h2.txt"
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/hy.pdf" "$TMP/h1.txt" "$TMP/h2.txt"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/hy.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF: a word hyphenated at a line end not joined"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
text = " ".join(s["text"] for s in d["sentences"])
assert " ambushed an army convoy" in text and " the attack, officials" in text, text
PY

# over the sentence limit: cut with a diagnostic, not an error
python3 -c 'print("word " * 30000 + "end.")' >"$TMP/long.txt"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/long.txt"
expect_grep 'sentence-too-long' "$TMP/err"
# a saved page in UTF-8 that declares no charset is read as UTF-8 (libxml2's
# default is Latin-1: "†" came out as "â€ "); one that declares Latin-1 is Latin-1
printf '<html><body><p>Commander Ahmed Godane \xe2\x80\xa0 (2008\xe2\x80\x932014) led the group.</p></body></html>' >"$TMP/u8.html"
expect_exit 0 "$DOSSIER" annotate --format json --no-annotations "$TMP/u8.html"
expect_grep 'Godane \\u2020|Godane †' "$TMP/out"
expect_grep '2008(–|\\u2013)2014' "$TMP/out"
printf '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 bombing in Mogadishu.</p></body></html>' >"$TMP/l1.html"
expect_exit 0 "$DOSSIER" annotate --format json --no-annotations "$TMP/l1.html"
expect_grep 'Café|Caf\\u00e9' "$TMP/out"
# Markdown footnotes: "[^2]" markers cite the "[^2]: ..." entries; the
# marker ends its sentence ("suspects.[^3] Al-Shabaab will likely ..." was
# one sentence, its arrests dated by the "2023" of the next)
cat >"$TMP/fn.md" <<'MD'
# Mortars on the airport zone

Al-Shabaab fired six mortar rounds at the Halane camp in Mogadishu on 9 October 2024, wounding two guards.[^1] The group claimed it the same evening.[^2]

Two days later, police arrested four suspects in Daynile district.[^3] Al-Shabaab will likely strike the airport zone again, as it did in 2023.

[^1]: Wire report, 9 October 2024, https://example.org/halane
[^2]: Claim of responsibility, https://example.org/claim
[^3]: Police statement, https://example.org/police
MD
expect_exit 0 "$DOSSIER" extract --format json "$TMP/fn.md"
python3 - "$TMP/out" <<'PY' && ok || fail "Markdown footnote markers not read"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
by = {e["sub_event_type"]: e for e in ev}
mortar, arrests = by["Shelling/artillery/missile attack"], by["Arrests"]
cites = lambda e: sorted(u for s in e["sources"] for u in s["citations"])
assert cites(mortar) == ["https://example.org/claim", "https://example.org/halane"], cites(mortar)
assert cites(arrests) == ["https://example.org/police"], cites(arrests)
assert arrests["date"] == "2024-10-11", arrests["date"]
assert all("[^" not in s["text"] for e in ev for s in e["sources"]), [s["text"] for e in ev for s in e["sources"]]
PY
# named Markdown footnotes ("[^djibo]"): each marker cites its entry and
# ends its sentence (two incidents were one sentence, their dead added up);
# the entries are numbered in the order they are listed; a marker without
# an entry is dropped with a warning
cat >"$TMP/named.md" <<'MD'
# Sahel brief

On 9 March 2024, JNIM fighters attacked an army post near Djibo, killing 12 soldiers.[^djibo] Two days later, the army said it had killed 20 militants in an air strike near Arbinda.[^fds-note] Its drones also struck a camp near Kaya.[^gone]

[^djibo]: Wire report, https://example.org/djibo
[^fds-note]: Army statement, https://example.org/fds
MD
expect_exit 0 "$DOSSIER" extract --format json "$TMP/named.md"
python3 - "$TMP/out" <<'PY' && ok || fail "named Markdown footnote markers not read"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
cites = {e["location"]: sorted(u for s in e["sources"] for u in s["citations"]) for e in ev}
assert cites.get("Djibo") == ["https://example.org/djibo"], cites
assert cites.get("Arbinda") == ["https://example.org/fds"], cites
assert [e["fatalities"] for e in ev if e["location"] == "Djibo"] == [12], ev
assert all("[^" not in s["text"] for e in ev for s in e["sources"]), [s["text"] for e in ev for s in e["sources"]]
PY
expect_exit 0 "$DOSSIER" annotate --format json --no-annotations "$TMP/named.md"
python3 - "$TMP/out" <<'PY' && ok || fail "named Markdown footnotes not numbered, or a missing one not reported"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert [f["number"] for f in d["footnotes"]] == [1, 2], d["footnotes"]
assert any("[^gone]" in g["message"] for g in d["diagnostics"]), d["diagnostics"]
PY
# readers' comments and "most read" lists are no part of the story (a
# comment's "soldiers killed 20 in my village" was an event)
printf '<html><body><article><h1>Gunmen kill nine in Mangu</h1><p>Gunmen killed nine traders at a market in Mangu, Plateau State, on 17 June 2024.</p></article><section id="comments-list"><p>Musa: soldiers killed 20 in my village in Bokkos on 2 May 2024.</p></section><div class="most-read"><ol><li>Bandits killed 14 miners in Zamfara on 3 June 2024.</li></ol></div></body></html>' >"$TMP/cm.html"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/cm.html"
python3 - "$TMP/out" <<'PY' && ok || fail "comments or most-read lists read as the story"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert [(e["location"], e["fatalities"]) for e in ev] == [("Mangu", 9)], [(e["location"], e["fatalities"]) for e in ev]
PY
# a press release's tail after "- ENDS -" (notes to editors, "About us",
# contacts) is no news: "established in 1994 following the ... Agreement"
# was an event; a "###" far from the end parts sections and stays
expect_exit 0 "$DOSSIER" extract --format json "$DS_SOURCE_DIR/examples/rd18-mozambique-release.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "a release's notes after its end mark read as news"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert sorted(e["sub_event_type"] for e in ev) == ["Armed clash", "Arrests"], [(e["date"], e["sub_event_type"]) for e in ev]
PY
{ printf 'Weekly notes\n\n'
  for i in $(seq 45); do printf 'On %d May 2024, gunmen killed a farmer near Gwoza after a dispute over cattle in the ward.\n\n' "$((i % 28 + 1))"; done
  printf '###\n\n'
  for i in $(seq 40); do printf 'On %d June 2024, police arrested a suspect in Konduga after a tip-off from residents of the ward.\n\n' "$((i % 28 + 1))"; done; } >"$TMP/hash.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/hash.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "a ### section break ended the text"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert any(e["sub_event_type"] == "Arrests" for e in ev), [(e["date"], e["sub_event_type"]) for e in ev]
PY
# a table's heading row names its columns and is no mention of the first
# row's incident ("Date, Locality, Killed" was one); a name under a place
# heading ("Locality", "Village") reads "in Ndalya", as prose gives a place
cat >"$TMP/tab.md" <<'MD'
# Incidents in Ituri, 3-9 June 2024

| Date | Territory | Locality | Incident | Killed |
|---|---|---|---|---|
| 3 June 2024 | Djugu | Lopa | CODECO militiamen attacked a displacement site | 7 |
| 5 June 2024 | Irumu | Ndalya | ADF fighters ambushed a convoy | 12 |
MD
printf '<html><body><h1>Incidents in Ituri, 3-9 June 2024</h1><table><tr><th>Date</th><th>Territory</th><th>Locality</th><th>Incident</th><th>Killed</th></tr><tr><td>3 June 2024</td><td>Djugu</td><td>Lopa</td><td>CODECO militiamen attacked a displacement site</td><td>7</td></tr><tr><td>5 June 2024</td><td>Irumu</td><td>Ndalya</td><td>ADF fighters ambushed a convoy</td><td>12</td></tr></table></body></html>' >"$TMP/tab.html"
for f in tab.md tab.html; do
  expect_exit 0 "$DOSSIER" extract --format json "$TMP/$f"
  python3 - "$TMP/out" <<'PY' && ok || fail "$f: a table's heading row read as an incident, or its place column not read as a place"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
texts = sorted(s["text"] for e in ev for s in e["sources"])
assert len(ev) == 2 and len(texts) == 2, texts
assert "in Lopa," in texts[0] and "in Ndalya," in texts[1], texts
assert sorted(e["fatalities"] for e in ev) == [7, 12], ev
PY
done
# a PDF's wrapped lines keep no indent: "on July" / "12. Local sources"
# goes on (a day, not item 12 of a list, which cut its paragraph and lost
# the raid's day), and a bullet's second line is the bullet's
cat >"$TMP/w1.txt" <<'TXT'
Weekly update: Timbuktu

Key Takeaways:
- JNIM militants likely shelled the airport of Timbuktu with heavy mortars and rockets late on July
14, marking the third such attack on the city in two months of fighting.
- The army and its Russian allies killed at least 21 civilians in a raid.

Soldiers and Wagner forces conducted a raid on Ber, about 60 kilometers east of Timbuktu, on July
12. Local sources said the soldiers executed at least 21 men and burned several shops in the
market. The army denied killing civilians and said it had killed 15 militants in the operation.
TXT
printf '\n' >"$TMP/w2.txt"
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/w.pdf" "$TMP/w1.txt" "$TMP/w2.txt"
expect_exit 0 "$DOSSIER" annotate --format json --no-annotations "$TMP/w.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "a PDF's wrapped bullet or a line opening with a day read as a new item"
import json, sys
sents = [s["text"] for s in json.load(open(sys.argv[1]))["documents"][0]["sentences"]]
assert any(s.startswith("JNIM militants") and s.endswith("two months of fighting.") for s in sents), sents
assert any(s.startswith("Soldiers and Wagner") and s.endswith("on July 12.") for s in sents), sents
assert any(s.startswith("Local sources said") and s.endswith("in the market.") for s in sents), sents
PY
# titles: a page copied from a browser ("Skip to main content", "Menu",
# section links) has its headline as title; a release's number line and
# its dateline give way to the headline after them; a dateline is the
# title only when no headline follows
printf 'Skip to main content\nMenu\nSearch\nWorld\nAfrica\nGunmen kill 14 in attack on a church in Essakane\n\nUpdated 3 March 2024, 14:22 GMT\nShare\n\nGunmen killed 14 worshippers at a church in Essakane village on Sunday, the diocese said.\n' >"$TMP/web.txt"
printf 'Press Release No. 12/MDN/2024\n\nMaputo, 22 August 2024\n\nDefence forces repel an attack in Macomia\n\nThe armed forces repelled an attack on Macomia on Tuesday.\n' >"$TMP/pr.txt"
printf 'COMMUNIQUE No. 47\n\nBamako, 18 March 2024\n\nThe General Staff informs the public that a convoy was attacked near Boni on Saturday.\n' >"$TMP/cq.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/web.txt" "$TMP/pr.txt" "$TMP/cq.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "a headline not taken as the title over page controls, a release number or a dateline"
import json, sys
got = [d["title"] for d in json.load(open(sys.argv[1]))["documents"]]
assert got == ["Gunmen kill 14 in attack on a church in Essakane",
               "Defence forces repel an attack in Macomia", "Bamako, 18 March 2024"], got
PY
# a flattened infobox: an acronym the lexicon knows alone on its line
# ("MONUSCO", "JNIM") is a value, not an all-caps banner (it and its
# neighbours were furniture), and a section heading after the values
# ("History") is none of them
printf 'Harakat al-Fajr\nHarakat al-Fajr is a Salafi jihadist group active in northern Mali.\nOpponents\nMalian Armed Forces\nMINUSMA\nHistory\nThe group was formed in 2016 by fighters who left Ansar Dine.\n' >"$TMP/ib.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/ib.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "a flattened infobox's acronym value dropped, or a section heading read as a value"
import json, sys
a = [x for x in json.load(open(sys.argv[1]))["actors"] if x["name"] == "Harakat al-Fajr"]
assert a and "History" not in a[0]["opponents"], a
assert len(a[0]["opponents"]) == 2 and any("MINUSMA" in o or "Multidimensional" in o for o in a[0]["opponents"]), a[0]["opponents"]
PY
# all-caps values under an infobox label ("Also known as:" / "ISIS-K" /
# "ISKP" / "TFN") are values, not banners, and no neighbour of a banner
# pulls them into the furniture
printf 'Islamic State Khorasan Province\nThe Islamic State Khorasan Province is a branch of the Islamic State active in Afghanistan.\nAlso known as:\nISIS-K\nISKP\nTFN\nAL-AZAIM\nFounded:\n2015\n' >"$TMP/caps.txt"
expect_exit 0 "$DOSSIER" annotate --format json --no-annotations "$TMP/caps.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "all-caps infobox values read as furniture"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert [f["text"] for f in d["furniture"]] == [], d["furniture"]
PY
# a short line all in bold in a page's flow ("<b>Statement on the attack in
# Kadugli</b><br>") is a heading: it made a second, undated-actor event on
# the page's day
printf '<html><head><title>Statement on the attack in Kadugli</title></head><body><div class="content"><span class="date">12/05/2024</span><br><b>Statement on the attack in Kadugli</b><br><br>KHARTOUM - The Ministry of Interior condemns the attack carried out by SPLM-N fighters on a police station in Kadugli, South Kordofan, on Friday evening.<br>Three policemen were killed and four others wounded in the attack.<br></div></body></html>' >"$TMP/bold.html"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/bold.html"
python3 - "$TMP/out" <<'PY' && ok || fail "a bold headline line read as a second telling of the story"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert [(e["date"], e["fatalities"]) for e in ev] == [("2024-05-10", 3)], [(e["date"], e["actor1"], e["fatalities"]) for e in ev]
PY
# a release forwarded or saved as an e-mail: its header lines are no prose,
# the subject is the title ("Fwd:" dropped) and the Date line the document's
# date (RFC 2822, or Outlook's "Sent: Tuesday, March 12, 2024 9:14 AM")
printf 'From: Press Office <press@example.gov.ng>\nTo: desk@example.org\nSubject: Fwd: Troops repel bandits in Zamfara\nDate: Tue, 12 Mar 2024 09:14:00 +0100\n\nTroops on Sunday repelled an attack by bandits near Tsafe in Zamfara State, killing six of the attackers.\n' >"$TMP/mail.txt"
printf 'From: Operations Desk\nSent: Tuesday, March 12, 2024 9:14 AM\nSubject: Incident report\n\nTroops on Sunday repelled an attack by bandits near Tsafe in Zamfara State.\n' >"$TMP/mail2.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/mail.txt" "$TMP/mail2.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "e-mail header lines not read as headers"
import json, sys
out = json.load(open(sys.argv[1]))
d1, d2 = out["documents"]
assert (d1["title"], d1["date"]) == ("Troops repel bandits in Zamfara", "2024-03-12"), d1
assert (d2["title"], d2["date"]) == ("Incident report", "2024-03-12"), d2
assert all(e["date"] == "2024-03-10" for e in out["events"]), [e["date"] for e in out["events"]]
assert not any("example" in s["text"] for e in out["events"] for s in e["sources"])
PY
# a news page's date from its JSON-LD ("datePublished", schema.org), or a
# journal-style meta tag with slashes (citation_publication_date 2024/07/02)
printf '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Raid in Marte","datePublished": "2024-07-02T08:00:00Z"}</script></head><body><p>Fighters raided an army base in Marte on Sunday.</p></body></html>' >"$TMP/ld.html"
printf '<html><head><meta name="citation_publication_date" content="2024/07/02"></head><body><p>Fighters raided an army base in Marte on Sunday.</p></body></html>' >"$TMP/cit.html"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/ld.html" "$TMP/cit.html"
python3 - "$TMP/out" <<'PY' && ok || fail "page date from JSON-LD or a slashed meta date not read"
import json, sys
out = json.load(open(sys.argv[1]))
assert [d["date"] for d in out["documents"]] == ["2024-07-02", "2024-07-02"], out["documents"]
assert [e["date"] for e in out["events"]] == ["2024-06-30"], [e["date"] for e in out["events"]]
PY
finish
