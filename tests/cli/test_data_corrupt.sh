# test_data_corrupt.sh - a damaged gazetteer.bin is a clear error, never a
# crash or a half-written result: truncated, and with its second half
# overwritten. Both are refused when the context loads (the header and the
# countries are checked there). The records the slots lead to are checked
# when read: with every candidate's entry id past the entry table, the
# document's names are read and refused. The data directory is the
# build's, copied.
. "$(dirname "$0")/lib.sh"

SRC=${DOSSIER_DATA:-$(dirname "$DOSSIER")/data}
[ -f "$SRC/gazetteer.bin" ] || { echo "skip: no gazetteer.bin in $SRC"; exit 77; }
printf 'On 3 March 2024, gunmen attacked a police post in Kabul, Afghanistan, and in Termez.\n' >"$TMP/doc.txt"

# refused DIR WHAT: extract with the data of DIR fails with an error (not 0,
# not a signal), a message naming the gazetteer, and no output
refused() {
    DOSSIER_DATA=$1 "$DOSSIER" extract "$TMP/doc.txt" >"$TMP/out" 2>"$TMP/err"
    local rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -lt 128 ]; then ok; else fail "$2: exit $rc (want an error, not 0 or a signal)"; fi
    expect_grep 'gazetteer' "$TMP/err"
    [ ! -s "$TMP/out" ] && ok || fail "$2: output written"
}

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
refused "$TMP/bad" "overwritten gazetteer"

# 3. every candidate's entry id past the entry table (gazbin.h: the header's
#    nentries and ncands, its off_cands; 16-byte candidates, the entry id
#    first): refused when the annotator reads them, no output
mkdir "$TMP/cand" && cp "$SRC"/* "$TMP/cand/"
python3 - "$TMP/cand/gazetteer.bin" <<'PY'
import struct, sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
nentries, nslots, ncands, ncountries, off_entries, off_slots, off_cands = struct.unpack_from("<7I", b, 12)
for i in range(ncands):
    struct.pack_into("<I", b, off_cands + 16 * i, nentries + 7 + i % 1000)
open(p, "wb").write(bytes(b))
PY
refused "$TMP/cand" "candidates past the entries"
finish
