# test_data_corrupt.sh - a damaged gazetteer.bin is a clear error, never a
# crash or a half-written result: truncated, and with its second half
# overwritten. Both are refused when the context loads (the header and the
# countries are checked there; the slots, checked when first used, are not
# reached by this test). The data directory is the build's, copied.
. "$(dirname "$0")/lib.sh"

SRC=${DOSSIER_DATA:-$(dirname "$DOSSIER")/data}
[ -f "$SRC/gazetteer.bin" ] || { echo "skip: no gazetteer.bin in $SRC"; exit 77; }
printf 'On 3 March 2024, gunmen attacked a police post in Kabul, Afghanistan, and in Termez.\n' >"$TMP/doc.txt"

# 1. truncated to half: refused when the context is made
mkdir "$TMP/trunc" && cp "$SRC"/* "$TMP/trunc/"
size=$(wc -c <"$SRC/gazetteer.bin")
head -c $((size / 2)) "$SRC/gazetteer.bin" >"$TMP/trunc/gazetteer.bin"
DOSSIER_DATA=$TMP/trunc expect_exit 1 "$DOSSIER" extract "$TMP/doc.txt"
expect_grep 'gazetteer' "$TMP/err"
[ ! -s "$TMP/out" ] && ok || fail "truncated gazetteer: output written"

# 2. the second half overwritten with a byte pattern: refused (exit
#    non-zero, not a signal, a message naming the file), no output
mkdir "$TMP/bad" && cp "$SRC"/* "$TMP/bad/"
python3 - "$TMP/bad/gazetteer.bin" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
for i in range(len(b) // 2, len(b)):
    b[i] = 0xA5
open(p, "wb").write(bytes(b))
PY
DOSSIER_DATA=$TMP/bad "$DOSSIER" extract "$TMP/doc.txt" >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -lt 128 ]; then ok; else fail "overwritten gazetteer: exit $rc (want an error, not 0 or a signal)"; fi
expect_grep 'gazetteer' "$TMP/err"
[ ! -s "$TMP/out" ] && ok || fail "overwritten gazetteer: output written"
finish
