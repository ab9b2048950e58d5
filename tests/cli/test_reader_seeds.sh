# test_reader_seeds.sh - the reading layer on the two reference documents
# (read from $DS_SHARED at run time; skipped when absent): page-break cuts
# joined, furniture marked, footnotes resolved, infobox lines as units.
. "$(dirname "$0")/lib.sh"
seeds=${DS_SHARED:-}/corpus/seeds
isw=$(ls "$seeds"/isw-*.txt 2>/dev/null | head -1)
wiki=$(ls "$seeds"/wikipedia-*.txt 2>/dev/null | head -1)
[ -n "$isw" ] && [ -n "$wiki" ] || { echo "no seeds in $seeds: skipped"; exit 77; }

expect_exit 0 "$DOSSIER" annotate --no-annotations --blocks "$isw"
python3 - "$TMP/out" "$isw" <<'PY' && ok || fail "ISW seed properties"
import json, re, sys
d = json.load(open(sys.argv[1]))["documents"][0]
src = open(sys.argv[2], "rb").read()
sents = d["sentences"]
texts = [s["text"] for s in sents]
# the cut sentences are whole: nothing starts with a lower-case letter,
# and the page-break continuation words sit inside a sentence
assert not [t for t in texts if t[:1].islower()], [t for t in texts if t[:1].islower()]
assert any("Two Sheikhs campaign." in t for t in texts)
assert any(re.search(r"unable to be able to|unlikely to be able to generate", t) for t in texts)
# furniture: the banner and the social line, no sentences from them
furn = [f["text"] for f in d["furniture"]]
assert any(f.isupper() for f in furn) and any("www." in f for f in furn), furn
assert not [t for t in texts if "www." in t or t.isupper()]
# footnotes 1-8, 10-18 with URLs; 9 is missing and reported
nums = sorted(f["number"] for f in d["footnotes"])
assert nums == [n for n in range(1, 19) if n != 9], nums
assert all(f["urls"] and all(u.startswith("http") for u in f["urls"]) for f in d["footnotes"])
assert any(x["code"] == "footnote-missing" for x in d["diagnostics"])
# every marker is attached to the sentence it closes and resolves
cites = [(c["marker"], s) for s in sents for c in s["citations"]]
assert sorted(m for m, _ in cites) == list(range(1, 19)), sorted(m for m, _ in cites)
first = [s for m, s in cites if m == 1][0]
assert "April 18" in first["text"] and first["text"].endswith(".")
assert any("1516071949260230659" in u for c in first["citations"] for u in c["urls"])
for m, s in cites:
    c = [c for c in s["citations"] if c["marker"] == m][0]
    assert c["resolved"] == (m != 9), (m, c)
    # the marker follows the sentence end in the source
    tail = src[s["end"]:s["end"] + 12].decode("utf-8", "replace")
    assert re.match(r"^[\"”)]?[¹²³⁴⁵⁶⁷⁸⁹⁰]", tail), (m, tail, s["text"][-40:])
# sentence offsets point at the same text in the source
for s in sents[:20]:
    assert src[s["start"]:s["end"]].decode() == s["text"], s["text"]
# nothing from footnotes becomes a sentence
assert not [t for t in texts if "https://" in t]
assert d["title"].startswith("Islamic State Khorasan Province")
PY

expect_exit 0 "$DOSSIER" annotate --no-annotations --blocks "$wiki"
python3 - "$TMP/out" <<'PY' && ok || fail "Wikipedia seed properties"
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
blocks, sents = d["blocks"], d["sentences"]
texts = [s["text"] for s in sents]
wali = [i for i, b in enumerate(blocks) if b["kind"] == "label" and b["text"] == "Wali:"]
assert wali, "no Wali: label"
items = [b for b in blocks if b["kind"] == "list_item" and b.get("label") == wali[0]]
assert any(b["text"] == "Hafiz Saeed Khan † (2015 – Jul 2016)" for b in items), items[:2]
assert "Wali:" in texts and "Hafiz Saeed Khan † (2015 – Jul 2016)" in texts
# [n] markers are gone from the text and attached
assert not [t for t in texts if "[1" in t or "[2" in t]
assert sum(len(s["citations"]) for s in sents) > 50
# glued sentences are split; [edit] is gone from headings
assert not [t for t in texts if "Province.In" in t or "ISIS-K.The" in t]
assert "Media" in [b["text"] for b in blocks if b["kind"] == "heading"]
assert d["title"] == "Islamic State – Khorasan Province"
PY
finish
