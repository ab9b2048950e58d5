#!/bin/bash
# test_reader_forms_s16.sh - a think-tank report as a PDF, made by hand
# with mkpdf.py, and as a web page (invented text): what the text layer or
# the markup loses and the reader must get back. Paragraphs are told apart by the wider gap after them (the text
# layer gives one line break between any two lines); a paragraph cut by a
# line break and then by a page break is one paragraph; a note marker glued
# after a number ("on 12 May.2 The"); a note's URL cut at the line end; and
# an event told twice in the PDF keeps both sentences as sources (all PDF
# spans were 0, so the two collapsed into one).
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

cat >"$TMP/r1.txt" <<'TXT'
Example Institute
Convoy Ambush in the Hills

Fighters of a local armed group ambushed an army convoy near the town of Gao,
Mali, on 12 May 2024, killing seven soldiers.1 The army said the attackers fled.

A second paragraph describes the wider campaign in the region and how the group
has moved its fighters north over the past year. It goes on at length about
supply routes, and on 12 May.2 The group also raided a market east of the river

1
TXT
cat >"$TMP/r2.txt" <<'TXT'
Example Institute
town, where traders said the fighters burned stalls and took cattle.

The ambush near Gao on 12 May was the deadliest attack on the army this year,
with seven soldiers killed.

Notes
1 https://example.org/reports/2024/05/sahel-ambush-convoy-army-statement-full-
text-release.html
2 https://example.org/market-raid

2
TXT
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/report.pdf" "$TMP/r1.txt" "$TMP/r2.txt"
expect_exit 0 "$DOSSIER" annotate --blocks --no-annotations "$TMP/report.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF report: paragraphs, cut paragraphs, markers or cut URLs not read"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
prose = [b["text"] for b in d["blocks"] if b["kind"] == "prose"]
assert prose[0].startswith("Fighters of a local") and prose[0].endswith("the attackers fled."), prose
assert prose[1].startswith("A second paragraph") and prose[1].endswith("took cattle."), prose
assert prose[2].startswith("The ambush near Gao"), prose
notes = {f["number"]: f["urls"] for f in d["footnotes"]}
assert notes[1] == ["https://example.org/reports/2024/05/sahel-ambush-convoy-army-statement-full-text-release.html"], notes
cites = {s["text"]: [c["marker"] for c in s["citations"]] for s in d["sentences"]}
assert cites.get("It goes on at length about supply routes, and on 12 May.") == [2], cites
PY
expect_exit 0 "$DOSSIER" extract --format json "$TMP/report.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF report: the event told twice lost a source"
import json, sys
out = json.load(open(sys.argv[1]))
ev = [e for e in out["events"] if e["date"] == "2024-05-12" and e["fatalities"] == 7]
assert len(ev) == 1, [(e["date"], e["fatalities"]) for e in out["events"]]
texts = [s["text"] for s in ev[0]["sources"]]
assert texts[0].startswith("Fighters of") and any(t.startswith("The ambush near Gao") for t in texts), texts
starts = [s["start"] for s in ev[0]["sources"]]
assert starts == sorted(set(starts)), starts  # distinct spans, in text order
PY
# an encyclopedia page as a PDF, its infobox flattened into short lines
# above wrapped prose: a short line whose next line's first word would have
# fitted on it was no wrap ("Ansongo, Gao Region, Mali (de facto, since 2019)" took
# "800-1,200 (2022 estimate)" as its continuation: no strength)
cat >"$TMP/w1.txt" <<'TXT'
Lower River Front
Commander:
- Oumar Sangare (Jun 2021 - present)
2017-present
Ansongo, Gao Region, Mali (de facto, since 2019)
800-1,200 (2022 estimate)

The Lower River Front (LRF) is an invented armed group used here as an example of
an encyclopedia page printed to a PDF, described as active along the Niger River
south of Gao in Mali, where it guards the cattle routes of herders from Ansongo.

Herders from the Ansongo area set the front up in 2017 to protect their cattle on
the river crossings, and its fighters have clashed with rival groups every dry
season since then, most often in the weeks before the herds move south.

1
TXT
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/wiki.pdf" "$TMP/w1.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/wiki.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF infobox: a short line took the next as its wrap"
import json, sys
out = json.load(open(sys.argv[1]))
g = [a for a in out["actors"] if a["name"] == "Lower River Front"]
assert len(g) == 1, [a["name"] for a in out["actors"]]
s = g[0]["strength"] or {}
assert (s.get("min"), s.get("max")) == (800, 1200), g[0]["strength"]
assert g[0]["headquarters"] == "Ansongo, Gao Region, Mali", g[0]["headquarters"]
PY
# notes at each page's foot, one without a URL ("1 Author interview ...":
# it was prose, and its marker cited nothing); a paragraph cut by the page
# break with the page's notes between its two parts is one paragraph; and
# the short second page keeps its two paragraphs apart (its gaps are as
# many as its lines: the usual pitch is the smaller one)
cat >"$TMP/n1.txt" <<'TXT'
Sahel Monitor
Armed Groups Expand South

Fighters of a local armed group ambushed an army patrol near the town of Djibo on 3 March
2024, killing nine soldiers, according to local officials.1 The group claimed the attack in a
statement two days later and said it had seized weapons and two vehicles from the patrol.2

Since then the group has pushed further south, and its fighters now move openly along the
roads between Djibo and the provincial capital, where traders say they collect a tax on each

1 Author interview with a local official, Ouagadougou, March 2024.
2 https://example.org/statement-djibo-ambush

1
TXT
cat >"$TMP/n2.txt" <<'TXT'
Sahel Monitor
truck that passes through the checkpoints they have set up on the main road.3

The army has responded with air strikes on suspected camps, but residents say the strikes have
done little to loosen the group's hold on the area.

3 https://example.org/traders-checkpoints

2
TXT
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/foot.pdf" "$TMP/n1.txt" "$TMP/n2.txt"
expect_exit 0 "$DOSSIER" annotate --blocks --no-annotations "$TMP/foot.pdf"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF page-foot notes: a note, a cut paragraph or a short page misread"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert [(f["number"], f["urls"]) for f in d["footnotes"]] == [(1, []), (2, ["https://example.org/statement-djibo-ambush"]), (3, ["https://example.org/traders-checkpoints"])], d["footnotes"]
prose = [b["text"] for b in d["blocks"] if b["kind"] == "prose"]
assert len(prose) == 3, prose
assert prose[1].endswith("collect a tax on each truck that passes through the checkpoints they have set up on the main road."), prose[1]
assert prose[2].startswith("The army has responded"), prose
cites = {s["text"]: [c["marker"] for c in s["citations"]] for s in d["sentences"]}
assert cites["Fighters of a local armed group ambushed an army patrol near the town of Djibo on 3 March 2024, killing nine soldiers, according to local officials."] == [1], cites
PY
# a marker whose note the list lacks ("convoy.2 The", the list has 1 and
# 3): still a marker, so the two sentences are two (cites nothing; warned)
printf 'Weekly Brief\n\nFighters attacked a checkpoint near Menaka on 2 June 2024.1 Two guards were hurt in\nthe attack on the checkpoint, and the fighters then burned a fuel convoy.2 The army\nsent reinforcements to the area on the following day.3\n\n1 https://example.org/one\n3 https://example.org/three\n' >"$TMP/gap1.txt"
python3 "$DS_SOURCE_DIR/tests/golden/mkpdf.py" "$TMP/gap.pdf" "$TMP/gap1.txt"
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/gap.pdf"
expect_grep 'citation 2 has no entry' "$TMP/err"
python3 - "$TMP/out" <<'PY' && ok || fail "PDF: a marker the note list lacks joined two sentences"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
texts = [s["text"] for s in d["sentences"]]
assert "The army sent reinforcements to the area on the following day." in texts, texts
PY

# typeset ligatures as a PDF's text layer gives them (and text copied out
# of one): "ﬁve", "oﬃcials" are read as their letters ("ﬁve" counted
# nobody)
printf 'On 3 May 2024, \xef\xac\x81ghters attacked a military base in Baidoa, Somalia, killing \xef\xac\x81ve soldiers, o\xef\xac\x83cials con\xef\xac\x81rmed.\n' >"$TMP/lig.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/lig.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "ligatures not read as letters"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert len(ev) == 1 and ev[0]["fatalities"] == 5, [(e["date"], e["fatalities"]) for e in ev]
assert "killing five soldiers, officials confirmed" in ev[0]["sources"][0]["text"], ev[0]["sources"]
PY

# and in a web page, with a soft hyphen a page breaks words at ("kil&shy;ling")
printf '<html><body><p>On 3 May 2024, gunmen attacked a market in Gao, Mali, kil&shy;ling \xef\xac\x81ve traders.</p></body></html>' >"$TMP/lig.html"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/lig.html"
python3 - "$TMP/out" <<'PY' && ok || fail "HTML: soft hyphen or ligature not read"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert len(ev) == 1 and ev[0]["fatalities"] == 5, [(e["date"], e["fatalities"]) for e in ev]
assert ev[0]["sources"][0]["text"].endswith("Mali, killing five traders."), ev[0]["sources"]
PY

# the other characters the text reader drops inside words, in a web page
# too: a right-to-left mark pasted from an Arabic source ("Gao\u200f") and a
# zero-width no-break space ("kil\ufeffling") split the words they sit in
printf '<html><body><p>On 3 May 2024, gunmen attacked a market in Gao\xe2\x80\x8f, Mali, kil\xef\xbb\xbfling six traders.</p></body></html>' >"$TMP/bidi.html"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/bidi.html"
python3 - "$TMP/out" <<'PY' && ok || fail "HTML: bidi mark or zero-width no-break space kept in a word"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert len(ev) == 1 and ev[0]["fatalities"] == 6, [(e["date"], e["fatalities"]) for e in ev]
assert ev[0]["location"] == "Gao" and ev[0]["country"] == "MLI", (ev[0]["location"], ev[0]["country"])
assert ev[0]["sources"][0]["text"].endswith("Gao, Mali, killing six traders."), ev[0]["sources"]
PY

# a static site's Markdown page with YAML front matter: furniture, its
# title and date the document's (the title was "---" and the keys prose)
printf -- '---\ntitle: "Weekly Sahel update"\ndate: 2024-03-14\ntags:\n- sahel\n---\n\nOn Tuesday, gunmen killed four villagers near Djibo in northern Burkina Faso.\n' >"$TMP/fm.md"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/fm.md"
python3 - "$TMP/out" <<'PY' && ok || fail "Markdown front matter not read"
import json, sys
out = json.load(open(sys.argv[1]))
d = out["documents"][0]
assert (d["title"], d["date"]) == ("Weekly Sahel update", "2024-03-14"), d
assert [(e["date"], e["location"]) for e in out["events"]] == [("2024-03-12", "Djibo")], out["events"]
assert not any("title:" in s["text"] for e in out["events"] for s in e["sources"])
PY

# a text file saved as UTF-16 (Windows' "Unicode", with its byte-order
# mark) is read (it was refused as binary), spans in the file's bytes
python3 -c 'import sys; open(sys.argv[1], "wb").write("On 3 May 2024, gunmen killed five traders in Gao, Mali \u2014 officials said.\n".encode("utf-16"))' "$TMP/u16.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/u16.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "UTF-16 text not read"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert [(e["date"], e["location"], e["fatalities"]) for e in ev] == [("2024-05-03", "Gao", 5)], ev
src = ev[0]["sources"][0]
n = 2 * len("On 3 May 2024, gunmen killed five traders in Gao, Mali \u2014 officials said.")
assert src["start"] == 2 and src["end"] in (2 + n, 2 + n + 2), src  # after the BOM; to the full stop or the line end
PY

# and one saved as Windows-1252 (no UTF-8 at all, each high byte alone
# between ASCII ones: an accented letter, a curly quote, a dash): its
# letters, not U+FFFD (broken UTF-8, "\xff\xfe", stays replaced:
# test_reader.sh)
printf 'On 3 May 2024, militants attacked the caf\xe9 in Gao, Mali, killing five people, the group\x92s statement said \x96 officials confirmed.\n' >"$TMP/cp1252.txt"
expect_exit 0 "$DOSSIER" extract --format json "$TMP/cp1252.txt"
python3 - "$TMP/out" <<'PY' && ok || fail "Windows-1252 text not read as such"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert len(ev) == 1 and ev[0]["fatalities"] == 5, ev
assert "the caf\u00e9 in Gao" in ev[0]["sources"][0]["text"] and "group\u2019s statement said \u2013 officials" in ev[0]["sources"][0]["text"], ev[0]["sources"]
PY

# an older site laying its page out with a table: paragraphs in a cell of
# a table without heading cells are paragraphs (they were one field: no
# dateline, Monday undated, no actor, no toll)
cat >"$TMP/layout.html" <<'HTML'
<html><head><title>Police Press Release</title></head><body>
<table width="100%"><tr><td><img src="logo.png"> Police Headquarters</td></tr>
<tr><td><p>PRESS RELEASE</p><p>Maiduguri, 14 May 2024</p>
<p>On Monday, suspected Boko Haram terrorists attacked Gajiram village in Nganzai LGA of Borno State, killing four farmers.</p>
<p>The Command has deployed tactical teams to the area.</p></td></tr></table>
</body></html>
HTML
expect_exit 0 "$DOSSIER" extract --format json "$TMP/layout.html"
python3 - "$TMP/out" <<'PY' && ok || fail "HTML layout table: its paragraphs not read as paragraphs"
import json, sys
out = json.load(open(sys.argv[1]))
assert out["documents"][0]["date"] == "2024-05-14", out["documents"]
ev = [(e["date"], e["location"], e["actor1"], e["fatalities"]) for e in out["events"]]
assert ev == [("2024-05-13", "Gajiram", "Boko Haram", 4)], ev
PY

# a web page whose endnotes are paragraphs, "[1] <a href=...>" or "[2]
# https://..." as text (they were prose: the markers cited nothing)
cat >"$TMP/notes.html" <<'HTML'
<html><body><h1>Convoy Ambush in the Hills</h1>
<p>Fighters ambushed an army convoy near Gao, Mali, on 12 May 2024, killing seven soldiers.[1] The group claimed the ambush the next day.[2]</p>
<p><strong>Endnotes</strong></p>
<p>[1] <a href="https://example.org/army-statement">Army statement on the Gao ambush</a></p>
<p>[2] https://example.org/claim-gao</p>
</body></html>
HTML
expect_exit 0 "$DOSSIER" annotate --no-annotations "$TMP/notes.html"
python3 - "$TMP/out" <<'PY' && ok || fail "HTML endnote paragraphs not read as notes"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert [(f["number"], f["urls"]) for f in d["footnotes"]] == [(1, ["https://example.org/army-statement"]), (2, ["https://example.org/claim-gao"])], d["footnotes"]
cites = {s["text"]: [u for c in s["citations"] for u in c["urls"]] for s in d["sentences"]}
assert cites["The group claimed the ambush the next day."] == ["https://example.org/claim-gao"], cites
PY
# a press release pasted into a web page's one paragraph, its lines apart
# by <br>: the dateline line dates "On Sunday" (it was one block with the
# text, no dateline: Sunday undated and the event dated the 12th); a <br>
# that only wraps a sentence is a space
cat >"$TMP/pr.html" <<'HTML'
<html><head><title>Communique</title></head><body><div class="content"><p><strong>PRESS RELEASE</strong><br>
Ministry of Defence<br>
Niamey, 12 March 2024<br><br>
On Sunday, a unit of the Defence and Security Forces on patrol near Tahoua was attacked by armed<br>
terrorists on motorcycles. Three soldiers were killed and four wounded.<br>
The operations continue.</p></div></body></html>
HTML
expect_exit 0 "$DOSSIER" extract --format json "$TMP/pr.html"
python3 - "$TMP/out" <<'PY' && ok || fail "HTML press release: <br> lines not read as lines"
import json, sys
out = json.load(open(sys.argv[1]))
assert out["documents"][0]["date"] == "2024-03-12", out["documents"]
ev = out["events"]
assert len(ev) == 1 and ev[0]["date"] == "2024-03-10" and ev[0]["admin1"] == "Tahoua", [(e["date"], e["admin1"]) for e in ev]
assert any(s["text"].endswith("attacked by armed terrorists on motorcycles.") for s in ev[0]["sources"]), ev[0]["sources"]
PY
finish
