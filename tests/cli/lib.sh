# lib.sh - helpers for the CLI tests (sourced). The binary is $DOSSIER.
set -u
fails=0
passes=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
# expect_exit CODE CMD...: runs CMD, checks its exit code; stdout/stderr in $TMP/out, $TMP/err
expect_exit() {
    local want=$1; shift
    "$@" >"$TMP/out" 2>"$TMP/err"
    local got=$?
    if [ "$got" = "$want" ]; then ok; else fail "exit $got, want $want: $*"; sed 's/^/  | /' "$TMP/err" | head -5 >&2; fi
}
expect_grep() { # expect_grep PATTERN FILE
    if grep -qE -- "$1" "$2"; then ok; else fail "no /$1/ in $2"; head -c 600 "$2" | sed 's/^/  | /' >&2; fi
}
finish() {
    echo "$passes passed, $fails failed"
    [ "$fails" -eq 0 ]
}
