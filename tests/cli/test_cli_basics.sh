# test_cli_basics.sh - help, version, usage errors and exit codes of `dossier`.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$DOSSIER" --version
expect_grep '^dossier [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/out"
expect_exit 0 "$DOSSIER" --help
expect_grep 'extract' "$TMP/out"
expect_exit 0 "$DOSSIER" help extract
expect_grep 'batch' "$TMP/out"
expect_exit 2 "$DOSSIER"
expect_exit 2 "$DOSSIER" frobnicate
expect_grep "no command 'frobnicate'" "$TMP/err"
expect_exit 2 "$DOSSIER" extract --format nonsense x.txt
expect_exit 2 "$DOSSIER" annotate
# a bad option is named, once (getopt's own message came first, unnamed ours after it)
expect_exit 2 "$DOSSIER" extract --bogus x.txt
expect_grep "option '--bogus' is unknown" "$TMP/err"
if [ "$(grep -c -- '--bogus' "$TMP/err")" = 1 ]; then ok; else fail "the bad option reported twice"; fi
expect_exit 2 "$DOSSIER" extract --batch -j
expect_grep "option '-j' is unknown or needs a value" "$TMP/err"
expect_exit 1 "$DOSSIER" annotate "$TMP/does-not-exist.txt"
expect_grep 'does-not-exist.txt: No such file' "$TMP/err"
printf 'The attack on 3 May 2022 killed five people.\n' >"$TMP/a.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/a.txt"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMP/out" && ok || fail "annotate output is not JSON"
expect_exit 0 "$DOSSIER" extract "$TMP/a.txt"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "events" in d and "actors" in d' "$TMP/out" && ok || fail "extract output lacks events/actors"
# batch: one line out per line in, in order, bad lines become error lines
printf '%s\n' '{"id":"x1","text":"First note."}' 'not json' '{"id":7,"text":"Third."}' >"$TMP/in.jsonl"
expect_exit 4 "$DOSSIER" extract --batch -j 2 <"$TMP/in.jsonl"
[ "$(wc -l <"$TMP/out")" -eq 3 ] && ok || fail "batch wrote $(wc -l <"$TMP/out") lines, want 3"
python3 - "$TMP/out" <<'PY' && ok || fail "batch lines out of order or malformed"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows[0]["id"] == "x1" and "events" in rows[0]
assert rows[1]["id"] is None and "line 2" in rows[1]["error"]
assert rows[2]["id"] == 7
PY
# many files on a terminal: a progress line ("1/2 files  NAME"), redrawn
# and cleared; none when stderr is no terminal
printf 'On 3 May 2024, gunmen killed five traders in Gao, Mali.\n' >"$TMP/p1.txt"
printf 'On 4 May 2024, gunmen killed two herders near Menaka, Mali.\n' >"$TMP/p2.txt"
python3 - "$DOSSIER" "$TMP/p1.txt" "$TMP/p2.txt" <<'PY' && ok || fail "no progress line on a terminal"
import os, pty, select, subprocess, sys
m, s = pty.openpty()
p = subprocess.Popen([sys.argv[1], "extract", sys.argv[2], sys.argv[3]], stdout=subprocess.DEVNULL, stderr=s)
os.close(s)
buf = b""
while True:
    r, _, _ = select.select([m], [], [], 60)
    if not r:
        break
    try:
        chunk = os.read(m, 4096)
    except OSError:
        break
    if not chunk:
        break
    buf += chunk
assert p.wait() == 0
assert b"1/2 files" in buf and buf.endswith(b"\r\x1b[K"), buf
PY
expect_exit 0 "$DOSSIER" extract "$TMP/p1.txt" "$TMP/p2.txt"
if grep -q 'files' "$TMP/err"; then fail "a progress line on a pipe"; else ok; fi
# a folder: its documents in path order (sub-folders too; hidden files and
# other extensions left), as if listed one by one; "No such file" before
mkdir -p "$TMP/reports/sub"
cp "$TMP/p2.txt" "$TMP/reports/b.txt"
cp "$TMP/p1.txt" "$TMP/reports/sub/a.md"
printf 'On 5 May 2024, gunmen killed nine fishermen near Ansongo, Mali.\n' >"$TMP/reports/.draft.txt"
printf '{}\n' >"$TMP/reports/notes.json"
expect_exit 0 "$DOSSIER" extract "$TMP/reports"
cp "$TMP/out" "$TMP/folder.json"
expect_exit 0 "$DOSSIER" extract "$TMP/reports/b.txt" "$TMP/reports/sub/a.md"
cmp -s "$TMP/out" "$TMP/folder.json" && ok || fail "extract DIR differs from its files listed"
python3 - "$TMP/folder.json" <<'PY' && ok || fail "extract DIR read the wrong files"
import json, sys
d = json.load(open(sys.argv[1]))
assert [x["path"].split("/reports/")[1] for x in d["documents"]] == ["b.txt", "sub/a.md"], d["documents"]
assert sorted(e["fatalities"] for e in d["events"]) == [2, 5], [e["fatalities"] for e in d["events"]]
PY
expect_exit 0 "$DOSSIER" annotate "$TMP/reports"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["documents"]) == 2' "$TMP/out" && ok || fail "annotate DIR"
mkdir -p "$TMP/none"
printf 'x\n' >"$TMP/none/readme.json"
expect_exit 1 "$DOSSIER" extract "$TMP/none"
grep -q 'none: no documents in this folder' "$TMP/err" && ok || fail "a folder with no document: $(cat "$TMP/err")"
# annotate --keep-going past a first file that fails: still one JSON array
expect_exit 4 "$DOSSIER" annotate --keep-going "$TMP/missing.txt" "$TMP/p1.txt"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["documents"]) == 1' "$TMP/out" && ok || fail "annotate --keep-going after a failed first file: not JSON"
finish
