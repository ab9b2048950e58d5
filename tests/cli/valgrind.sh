# valgrind.sh - a few `dossier` runs under valgrind memcheck (ctest
# valgrind.cli, registered by cmake/fuzz.cmake): file extraction, annotate
# JSON, and the threaded batch filter. Any memory error or definite leak
# fails. Skips (77) without valgrind and in sanitized builds.
. "$(dirname "$0")/lib.sh"

command -v valgrind >/dev/null 2>&1 || { echo "valgrind not installed: skip"; exit 77; }
[ "${DS_SANITIZED:-0}" = 1 ] && { echo "sanitized build: skip"; exit 77; }

VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
VG="$VG --show-leak-kinds=definite --track-origins=yes"

cat >"$TMP/a.txt" <<'TXT'
Weekly summary (invented for this test).

On 14 March 2023, gunmen attacked a checkpoint near Baidoa, Somalia, killing
three soldiers; al-Shabaab claimed responsibility. Two days later a roadside
bomb wounded five civilians.¹ The group will likely attack again.

- ¹ <https://example.org/report>
TXT
printf '<html><body><h1>Note</h1><p>Rebels shelled Kidal on 2 May 2022.<sup>[1]</sup></p><ol><li><a href="https://example.org/1">1</a></li></ol></body></html>\n' >"$TMP/b.html"
printf '%s\n' '{"id":"v1","text":"On 9 March 2022, gunmen killed two farmers near Gao (Mali)."}' \
    '{"id":"v2","text":"Yesterday a drone strike hit a convoy.","date":"2022-06-01"}' \
    'not json' '{"id":"v4","text":"Protesters gathered in Maiduguri."}' >"$TMP/in.jsonl"

expect_exit 0 $VG "$DOSSIER" extract "$TMP/a.txt" "$TMP/b.html"
expect_grep '"events"' "$TMP/out"
expect_exit 0 $VG "$DOSSIER" annotate --format json "$TMP/a.txt"
expect_grep '"sentences"' "$TMP/out"
expect_exit 4 $VG "$DOSSIER" extract --batch -j 2 <"$TMP/in.jsonl"
[ "$(wc -l <"$TMP/out")" -eq 4 ] && ok || fail "batch under valgrind wrote $(wc -l <"$TMP/out") lines, want 4"
# A run with an error path: a missing file must not leak either.
expect_exit 1 $VG "$DOSSIER" extract "$TMP/missing.txt"
grep -q 'ERROR SUMMARY\|definitely lost' "$TMP/err" && { fail "valgrind reported errors"; sed 's/^/  | /' "$TMP/err" | head -20 >&2; } || ok
finish
