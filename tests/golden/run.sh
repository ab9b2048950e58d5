#!/bin/bash
# run.sh - golden tests: each tests/golden/<case>/ holds `cmd` (arguments to
# $DOSSIER, run inside the case directory), an input file and expected.json.
# The output must equal expected.json as JSON (python3 json equality).
#   run.sh            check every case (exit 1 on any difference)
#   run.sh --update   bless: rewrite expected.json from the current output
#   run.sh CASE...    only these cases
set -u
here=$(cd "$(dirname "$0")" && pwd)
DOSSIER=${DOSSIER:-$here/../../build/dev/dossier}
case $DOSSIER in /*) ;; *) DOSSIER=$PWD/$DOSSIER ;; esac
update=0
cases=()
for a in "$@"; do
    case $a in
    --update) update=1 ;;
    *) cases+=("$a") ;;
    esac
done
if [ ${#cases[@]} -eq 0 ]; then
    for d in "$here"/*/; do [ -f "$d/cmd" ] && cases+=("$(basename "$d")"); done
fi
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
fails=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for c in "${cases[@]}"; do
    dir=$here/$c
    read -r -a args <"$dir/cmd"
    (cd "$dir" && "$DOSSIER" "${args[@]}") >"$tmp" 2>/dev/null
    rc=$?
    if [ $update = 1 ]; then
        cp "$tmp" "$dir/expected.json"
        echo "blessed $c (exit $rc)"
        continue
    fi
    if [ ! -f "$dir/expected.json" ]; then
        echo "FAIL $c: no expected.json (run with --update to bless)"
        fails=$((fails + 1))
        continue
    fi
    if python3 - "$dir/expected.json" "$tmp" <<'PY'; then
import json, sys
want = json.load(open(sys.argv[1]))
try:
    got = json.load(open(sys.argv[2]))
except ValueError as e:
    print("  output is not JSON: %s" % e)
    sys.exit(1)
if want == got:
    sys.exit(0)
def diff(a, b, path):
    if type(a) != type(b):
        print("  %s: want %r, got %r" % (path, a, b)); return True
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in b: print("  %s.%s: missing" % (path, k)); return True
            if k not in a: print("  %s.%s: unexpected" % (path, k)); return True
            if diff(a[k], b[k], path + "." + k): return True
        return False
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if diff(x, y, "%s[%d]" % (path, i)): return True
        if len(a) != len(b):
            print("  %s: want %d items, got %d" % (path, len(a), len(b))); return True
        return False
    if a != b:
        print("  %s: want %r, got %r" % (path, a, b)); return True
    return False
diff(want, got, "")
sys.exit(1)
PY
        echo "ok   $c"
    else
        echo "FAIL $c (exit $rc)"
        fails=$((fails + 1))
    fi
done
echo "${#cases[@]} cases, $fails failed"
[ $fails -eq 0 ]
