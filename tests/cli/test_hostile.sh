# test_hostile.sh - pathological inputs, generated here at run time: each must
# end within a time bound (timeout) and a memory bound (peak RSS from
# /usr/bin/time), with clean output or a diagnostic and a documented exit code
# (0 ok, 1 runtime/format error with a message, 3 over a limit with a
# message, 4 partial batch), never a crash or a hang. Bounds are generous
# (not a speed test): HOSTILE_TIMEOUT seconds (default 60; x4 in sanitized
# builds) and HOSTILE_MAX_RSS_MB (default 2048; 6144 sanitized). Sanitized
# builds look for memory errors, not bounds: there the no-newline file is
# 10 MB instead of 50 (HOSTILE_NONL_MB) so the suite stays within CI's time.
. "$(dirname "$0")/lib.sh"

SAN=0
grep -qE '^DS_(SANITIZE|FUZZ):BOOL=ON' "${DS_BUILD_DIR:-/nonexistent}/CMakeCache.txt" 2>/dev/null && SAN=1
TLIM=${HOSTILE_TIMEOUT:-60}
RLIM=${HOSTILE_MAX_RSS_MB:-2048}
if [ $SAN = 1 ]; then
    TLIM=$((TLIM * 4))
    RLIM=${HOSTILE_MAX_RSS_MB:-6144}
fi
NONL_MB=${HOSTILE_NONL_MB:-$([ $SAN = 1 ] && echo 10 || echo 50)}
TIME=/usr/bin/time
[ -x $TIME ] || TIME=""

# bounded NAME ALLOWED_EXITS CMD... (stdin from $IN if set): runs CMD under
# timeout, checks the exit code is one of ALLOWED_EXITS (comma-separated), that
# a failure printed "dossier:" on stderr, and that peak RSS stayed in bound.
bounded() {
    local name=$1 allowed=$2
    shift 2
    local start=$(date +%s%N) rc
    if [ -n "$TIME" ]; then
        timeout -s KILL "$TLIM" $TIME -f '%M' -o "$TMP/rss" "$@" <"${IN:-/dev/null}" >"$TMP/out" 2>"$TMP/err"
    else
        timeout -s KILL "$TLIM" "$@" <"${IN:-/dev/null}" >"$TMP/out" 2>"$TMP/err"
    fi
    rc=$?
    LAST_RC=$rc
    local ms=$((($(date +%s%N) - start) / 1000000))
    if [ $rc -eq 137 ] || [ $rc -eq 124 ]; then
        fail "$name: no end within ${TLIM}s (killed)"
        return 1
    fi
    if ! echo ",$allowed," | grep -q ",$rc,"; then
        fail "$name: exit $rc (allowed: $allowed)"
        sed 's/^/  | /' "$TMP/err" | tail -8 >&2
        return 1
    fi
    ok
    if [ $rc -ne 0 ] && [ $rc -ne 4 ]; then
        grep -q 'dossier' "$TMP/err" && ok || fail "$name: exit $rc without a message"
    fi
    if [ -n "$TIME" ]; then
        local kb
        kb=$(tail -1 "$TMP/rss")
        if [ "$kb" -gt $((RLIM * 1024)) ] 2>/dev/null; then
            fail "$name: peak RSS $((kb / 1024)) MB over $RLIM MB"
        else
            ok
        fi
        echo "  $name: exit $rc, ${ms} ms, peak RSS $((kb / 1024)) MB"
    else
        echo "  $name: exit $rc, ${ms} ms"
    fi
}

# json_ok FILE: the file is (a) valid JSON, strictly UTF-8.
json_ok() {
    python3 - "$1" <<'PY'
import json, sys
data = open(sys.argv[1], "rb").read()
json.loads(data.decode("utf-8"))  # strict: raises on invalid UTF-8
PY
}
# jsonl_ok FILE N: N lines, each valid JSON in strict UTF-8.
jsonl_ok() {
    python3 - "$1" "$2" <<'PY'
import json, sys
lines = open(sys.argv[1], "rb").read().decode("utf-8").splitlines()
assert len(lines) == int(sys.argv[2]), (len(lines), sys.argv[2])
for l in lines:
    json.loads(l)
PY
}
check_json() { # check_json NAME: when the last run succeeded, its stdout is valid JSON
    [ "${LAST_RC:-1}" = 0 ] || return 0
    json_ok "$TMP/out" && ok || fail "$1: output is not valid UTF-8 JSON"
}

gen() { python3 -c "$@"; }
IN=""

# 1. 50 MB without a newline (words and punctuation, no line break at all)
gen 'import sys
unit = b"militants attacked the post near the river, and then withdrew; officials said nothing "
n = int(sys.argv[2]) * 1_000_000
with open(sys.argv[1], "wb") as f:
    f.write((unit * (n // len(unit) + 1))[:n])' "$TMP/nonl.txt" "$NONL_MB"
bounded "$NONL_MB MB, no newline: extract" 0,3 "$DOSSIER" extract "$TMP/nonl.txt"
check_json "no newline"
rm -f "$TMP/nonl.txt"

# 2. a 1 MB "sentence" (no full stop until the end)
gen 'import sys
w = b"the convoy of armed men moved slowly along the valley road near the border "
s = (w * (1_000_000 // len(w) + 1))[:1_000_000] + b".\n"
open(sys.argv[1], "wb").write(b"On 4 May 2022 this began: " + s + b"Five people were killed.\n")' "$TMP/sentence.txt"
bounded "1 MB sentence: extract" 0,3 "$DOSSIER" extract "$TMP/sentence.txt"
check_json "1 MB sentence"
bounded "1 MB sentence: annotate" 0,3 "$DOSSIER" annotate --format json "$TMP/sentence.txt"
check_json "1 MB sentence annotate"

# 3. 100,000 nested HTML elements (and 100,000 unclosed ones)
gen 'import sys
n = 100_000
open(sys.argv[1], "w").write("<html><body><p>Before the nest: rebels shelled Kidal on 1 May 2022.</p>" + "<div>" * n + "<p>Gunmen killed 3 people in Gao, Mali on 2 May 2022.</p>" + "</div>" * n + "</body></html>\n")' "$TMP/nested.html"
bounded "100k nested HTML elements" 0,3 "$DOSSIER" extract "$TMP/nested.html"
check_json "100k nested HTML"
gen 'import sys
open(sys.argv[1], "w").write("<html><body><p>Before: a raid on 8 May 2021.</p>" + "<span><b><i>" * 33_334 + "text 9 May 2021\n")' "$TMP/unclosed.html"
bounded "100k unclosed HTML elements" 0,3 "$DOSSIER" extract "$TMP/unclosed.html"
check_json "100k unclosed HTML"

# 4. one million repetitions of an alias
gen 'import sys
open(sys.argv[1], "wb").write(b"IS-KP " * 1_000_000 + b"\n")' "$TMP/alias.txt"
bounded "1M x alias" 0,3 "$DOSSIER" extract "$TMP/alias.txt"
check_json "1M x alias"
gen 'import sys
open(sys.argv[1], "wb").write(b"IS-KP claimed an attack. " * 200_000 + b"\n")' "$TMP/alias_s.txt"
bounded "200k alias sentences" 0,3 "$DOSSIER" extract "$TMP/alias_s.txt"
check_json "200k alias sentences"

# 5. every invalid UTF-8 form, between words, in text, HTML and batch
gen 'import sys
bad = [b"\xc0\x80", b"\xc1\xbf", b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xf0\x80\x80\x80", b"\xf0\x8f\xbf\xbf",
       b"\xf8\x88\x80\x80\x80", b"\xfc\x84\x80\x80\x80\x80",           # overlongs, 5/6-byte forms
       b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xa0\xbd\xed\xb8\x80",   # surrogates, CESU pair
       b"\xf4\x90\x80\x80", b"\xf7\xbf\xbf\xbf",                          # over U+10FFFF
       b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xe2", b"\xf0",           # truncated
       b"\xfe", b"\xff", b"\xfe\xff", b"\xff\xfe",                       # never valid
       b"\x80", b"\xbf", b"\x80\x80\x80", b"\xa0\xa1",                    # lone continuations
       b"\x00", b"\x1b[31m", b"\xef\xbb\xbf"]                             # NUL, escape, stray BOM
body = b"On 3 May 2022 gunmen" + b"".join(b" word" + x + b"word " for x in bad) + b"killed 4 people in Gao.\n"
open(sys.argv[1], "wb").write(body * 50 + b"end" + b"\xe2\x82")' "$TMP/badutf8.txt"
bounded "invalid UTF-8: extract" 0,3 "$DOSSIER" extract "$TMP/badutf8.txt"
check_json "invalid UTF-8 extract"
bounded "invalid UTF-8: annotate" 0,3 "$DOSSIER" annotate --format json "$TMP/badutf8.txt"
check_json "invalid UTF-8 annotate"
{ printf '<html><body><p>'; cat "$TMP/badutf8.txt"; printf '</p></body></html>\n'; } >"$TMP/badutf8.html"
bounded "invalid UTF-8: HTML" 0,3 "$DOSSIER" extract "$TMP/badutf8.html"
check_json "invalid UTF-8 HTML"
# Batch lines with escaped lone surrogates and NULs (valid JSON, hostile text)
printf '%s\n' '{"id":"s1","text":"x \ud800 y \udfff z \u0000 w \ud83d"}' \
    '{"id":"s2","text":"\u0000\u0000\u0000"}' >"$TMP/bad.jsonl"
IN="$TMP/bad.jsonl" bounded "batch: escaped surrogates and NULs" 0,4 "$DOSSIER" extract --batch
[ "$LAST_RC" != 0 ] && [ "$LAST_RC" != 4 ] || { jsonl_ok "$TMP/out" 2 && ok || fail "batch surrogates: output lines not valid UTF-8 JSON"; }
# Raw invalid bytes inside a batch line's JSON string: jansson rejects the line
{ printf '{"id":"r1","text":"'; head -c 300 "$TMP/badutf8.txt" | tr -d '"\\\n\000'; printf '"}\n'; } >"$TMP/raw.jsonl"
IN="$TMP/raw.jsonl" bounded "batch: raw invalid UTF-8 in a line" 0,4 "$DOSSIER" extract --batch
[ "$LAST_RC" != 0 ] && [ "$LAST_RC" != 4 ] || { jsonl_ok "$TMP/out" 1 && ok || fail "batch raw bytes: output not valid UTF-8 JSON"; }

# 6. numbers with 10,000 digits (and huge counts, exponents, separators)
gen 'import sys
d = "9" * 10_000
groups = ",".join(["000"] * 3000)
ones = "1" * 10_000
lines = [f"Militants killed {d} people on 3 May 2022. Officials said {d[:5000]}.{d[:5000]} soldiers died.",
         f"In 2022, 1,{groups} fighters and 1e999999 rockets; {ones}mm shells; {d}% of the town.",
         "The toll rose to 4294967297 and then -2147483649 and 18446744073709551617 dead."]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")' "$TMP/digits.txt"
bounded "10,000-digit numbers" 0,3 "$DOSSIER" extract "$TMP/digits.txt"
check_json "10,000-digit numbers"
bounded "10,000-digit numbers: annotate" 0,3 "$DOSSIER" annotate --format json "$TMP/digits.txt"
check_json "10,000-digit numbers annotate"

# 7. impossible and extreme dates
cat >"$TMP/dates.txt" <<'TXT'
The raid took place on 99/99/9999, or 31/02/2022, or 00/00/0000, or 2022-13-45.
Other reports said February 30, 2021, 29 February 2021, 32 January 2020 and 0 May 2019.
It began in the year 99999999999999999999 and ended on 1 January 10000, 31.12.-1, 12/31/1999.
Between 17 April and 3 March 2022 (backwards); from 2030 to 1900; since 0000; the 0s; the 99999990s.
Yesterday, two days later, 10000000000 days earlier, last week, next month, in 9999999999 years.
TXT
for d in "" 9999-12-31 0001-01-01 2020-02-29; do
    if [ -n "$d" ]; then
        bounded "bad dates, --date $d" 0,3 "$DOSSIER" extract --date "$d" "$TMP/dates.txt"
    else
        bounded "bad dates" 0,3 "$DOSSIER" extract "$TMP/dates.txt"
    fi
    check_json "bad dates $d"
done
bounded "bad dates: annotate" 0,3 "$DOSSIER" annotate --format json "$TMP/dates.txt"
check_json "bad dates annotate"
bounded "--date 99/99/9999 is a usage/input error" 1,2 "$DOSSIER" extract --date 99/99/9999 "$TMP/dates.txt"
printf '%s\n' '{"id":"d1","text":"On 99/99/9999 rebels attacked.","date":"99/99/9999"}' \
    '{"id":"d2","text":"Yesterday rebels attacked.","date":"9999-12-31"}' >"$TMP/dates.jsonl"
IN="$TMP/dates.jsonl" bounded "batch: bad document dates" 0,4 "$DOSSIER" extract --batch
[ "$(wc -l <"$TMP/out")" -eq 2 ] && ok || fail "batch bad dates: $(wc -l <"$TMP/out") lines, want 2"

# 8. binary and malformed documents
gen 'import random, sys
r = random.Random(7)
open(sys.argv[1], "wb").write(bytes(r.getrandbits(8) for _ in range(1_000_000)))' "$TMP/random.bin"
bounded "1 MB random bytes" 0,1,3 "$DOSSIER" extract "$TMP/random.bin"
check_json "random bytes"
{ printf '%%PDF-1.7\n'; head -c 200000 "$TMP/random.bin"; } >"$TMP/fake.pdf"
bounded "PDF header, random body" 0,1,3 "$DOSSIER" extract "$TMP/fake.pdf"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$TMP/loop.pdf"
bounded "PDF with a self-referencing page tree" 0,1,3 "$DOSSIER" extract "$TMP/loop.pdf"
: >"$TMP/empty.txt"
bounded "empty file" 0,1,3 "$DOSSIER" extract "$TMP/empty.txt"
head -c 1000000 /dev/zero >"$TMP/zeros.txt"
bounded "1 MB of NUL bytes" 0,1,3 "$DOSSIER" extract "$TMP/zeros.txt"
gen 'import sys
open(sys.argv[1], "w").write("\u00b9" * 200_000 + "\n- \u00b9 <https://example.org/>\n" * 20_000)' "$TMP/cites.txt"
bounded "200k citation markers, 20k notes" 0,3 "$DOSSIER" extract "$TMP/cites.txt"
check_json "citation markers"
gen 'import sys
open(sys.argv[1], "w").write("\n" * 5_000_000 + "- " * 1_000_000 + "\n")' "$TMP/lines.txt"
bounded "5M empty lines, 1M list markers" 0,3 "$DOSSIER" extract "$TMP/lines.txt"
check_json "empty lines"

# 9. batch: deep JSON nesting, a huge line, thousands of tiny lines
gen 'import sys
open(sys.argv[1], "w").write("[" * 100_000 + "]" * 100_000 + "\n" + "{\"id\":\"ok\",\"text\":\"" + "a" * 10 + "\"}\n")' "$TMP/deep.jsonl"
IN="$TMP/deep.jsonl" bounded "batch: 100k-deep JSON array" 4 "$DOSSIER" extract --batch
[ "$(wc -l <"$TMP/out")" -eq 2 ] && ok || fail "batch deep: $(wc -l <"$TMP/out") lines, want 2"
yes '{"id":1,"text":"x"}' | head -n 20000 >"$TMP/many.jsonl"
IN="$TMP/many.jsonl" bounded "batch: 20k tiny lines, -j 2" 0 "$DOSSIER" extract --batch -j 2
[ "$(wc -l <"$TMP/out")" -eq 20000 ] && ok || fail "batch many: $(wc -l <"$TMP/out") lines"

# 10. over the limits (include/dossier/dossier.h DS_LIMITS_INIT): exit 3 with
# a message for a document over max_doc_bytes (256 MiB); an error line and
# exit 4 for a batch line over max_batch_line (64 MiB).
if [ "${HOSTILE_SKIP_BIG:-0}" != 1 ]; then
    gen 'import sys
unit = b"word " * 200_000
with open(sys.argv[1], "wb") as f:
    for _ in range(270):
        f.write(unit)' "$TMP/huge.txt"
    bounded "document over max_doc_bytes" 3 "$DOSSIER" extract "$TMP/huge.txt"
    expect_grep 'limit' "$TMP/err"
    rm -f "$TMP/huge.txt"
    gen 'import sys
with open(sys.argv[1], "wb") as f:
    f.write(b"{\"id\":\"big\",\"text\":\"" + b"word " * 14_000_000 + b"\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n")' "$TMP/bigline.jsonl"
    IN="$TMP/bigline.jsonl" bounded "batch line over max_batch_line" 4 "$DOSSIER" extract --batch
    [ "$(wc -l <"$TMP/out")" -eq 2 ] && ok || fail "batch big line: $(wc -l <"$TMP/out") lines, want 2"
    expect_grep 'over the limit' "$TMP/out"
    rm -f "$TMP/bigline.jsonl"
fi
finish
