# test_batch_json.sh - `extract --batch` reads the usual line without jansson
# (cmd_extract.c fast_line) and odd lines with it: both must give the same
# document. Each line is written twice, once plain and once with a member
# the fast reader hands to jansson (a number with an exponent), and the two
# output lines must be equal; escapes, \u sequences, surrogate pairs,
# integer ids and odd spacing included. Invented texts.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || exit 77

python3 - "$TMP/in.jsonl" <<'PY'
import json, sys
rows = [
    {"id": "n1", "text": "Gunmen attacked a police post in Tillia on 4 June 2023, killing three officers."},
    {"id": 42, "text": "Militants said \"we did it\"\nafter the raid; officials denied it.", "date": "2023-06-05"},
    {"id": "n3", "text": "Caf\u00e9 owners fled Niamey \u2014 two were hurt \U0001F600.", "title": "T\u00eate"},
    {"id": "n4", "text": "Troops met officials of the U.N. The next day they left Gao.", "date": ""},
    {"id": "n5", "text": "Tab\there and a slash / and backslash \\ end."},
]
with open(sys.argv[1], "w") as f:
    for r in rows:
        for ascii_only in (True, False):
            plain = json.dumps(r, ensure_ascii=ascii_only)
            slow = plain[:-1] + ', "x": 1e0}'      # jansson path (exponent)
            spaced = "  " + plain.replace(":", " : ") + " "
            for line in (plain, slow, spaced):
                f.write(line + "\n")
PY
expect_exit 0 "$DOSSIER" extract --batch -j 1 <"$TMP/in.jsonl"
python3 - "$TMP/out" <<'PY' && ok || fail "fast and jansson readings of a line differ"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 30, len(lines)
for k in range(0, 30, 3):
    a, b, c = lines[k], lines[k + 1], lines[k + 2]
    assert a == b == c, (k, a[:200], b[:200])
    json.loads(a)
# the same row read from its ASCII-escaped and its raw UTF-8 form agrees too
for k in range(0, 30, 6):
    assert lines[k] == lines[k + 3], k
rows = [json.loads(l) for l in lines]
assert rows[6]["id"] == 42 and rows[6]["documents"][0]["date"] == "2023-06-05"
assert rows[12]["documents"][0]["title"] == "T\u00eate"
assert rows[24]["id"] == "n5"
PY
# odd lines still go to jansson and keep its error words
printf '%s\n' '{"id":"a","text":"x","text":"Second text."}' '{"id":"b","text":"bad \ud800 pair"}' \
    '{"id":"c","text":"trailing"} x' >"$TMP/odd.jsonl"
expect_exit 4 "$DOSSIER" extract --batch -j 1 <"$TMP/odd.jsonl"
python3 - "$TMP/out" <<'PY' && ok || fail "odd lines not handled as by jansson"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 3
assert rows[0]["id"] == "a" and "events" in rows[0]
assert "error" in rows[1] and "error" in rows[2] and rows[2]["id"] is None
PY
# a feed piped in line by line gets each answer before it sends the next
# line (the output is flushed whenever the input would keep us waiting), at
# -j 1 and -j 2; the reader gives up after 60 s, far past any run
for j in 1 2; do
    python3 - "$DOSSIER" "$j" <<'PY' && ok || fail "--batch -j $j held an answer back while waiting for input"
import json, select, subprocess, sys
p = subprocess.Popen([sys.argv[1], "extract", "--batch", "-j", sys.argv[2]],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
for k in range(3):
    line = {"id": "f%d" % k, "text": "On 2 May 2024 gunmen killed %d herders near Gao, Mali." % (k + 2)}
    p.stdin.write((json.dumps(line) + "\n").encode())
    p.stdin.flush()
    ready, _, _ = select.select([p.stdout], [], [], 60)
    assert ready, "no answer to line %d while the input stays open" % k
    got = json.loads(p.stdout.readline())
    assert got["id"] == "f%d" % k, got.get("id")
p.stdin.close()
assert p.stdout.read() == b"" and p.wait() == 0
PY
done
finish
