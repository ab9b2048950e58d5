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
# extract_check LABEL PRELUDE CODE FILE...: extracts the FILEs (merged, as
# one `dossier extract --format json`), then runs the Python PRELUDE (the
# script's helper functions) and CODE (its assertions) with `out`, `doc`
# (the first document) and `ev(date)` (the one event of that date) in
# scope; a failed assertion prints its message and, when PRELUDE defines
# explain(), what it explains
extract_check() {
    local label=$1 prelude=$2 code=$3
    shift 3
    expect_exit 0 "$DOSSIER" extract --format json "$@"
    python3 - "$TMP/out" "$prelude" "$code" <<'PY' && ok || fail "$label: fields differ"
import json, sys
out = json.load(open(sys.argv[1]))
g = {"out": out, "doc": out["documents"][0] if out["documents"] else None, "sys": sys, "json": json}
def ev(date):
    hits = [e for e in out["events"] if e["date"] == date]
    assert len(hits) == 1, "%d events on %s: %s" % (len(hits), date, [e["date"] for e in out["events"]])
    return hits[0]
g["ev"] = ev
exec(sys.argv[2], g)
try:
    exec(sys.argv[3], g)
except AssertionError as e:
    print("  assertion failed:", e, file=sys.stderr)
    if "explain" in g:
        g["explain"]()
    raise
PY
}
# The checks of invented examples (test_events_*, test_profiles_*): EX is
# examples/; events_check / profile_check FILE PYTHON-ASSERTIONS extract the
# file alone and run the assertions with these helpers in scope:
# explain() lists the events when an assertion fails, find(**fields) the one
# event with those fields, at(word) the one event a source of which says
# it; actor(name) the one profile of that name,
# leaders(a) its leaders as tuples, size(a) its strength as a tuple
EX=${DS_SOURCE_DIR:-$(dirname "$0")/../..}/examples
EVENTS_PY='
def explain():
    for e in out["events"]:
        print("  |", {k: e.get(k) for k in ("date", "date_end", "event_type", "sub_event_type", "actor1", "actor2",
              "country", "admin1", "location", "fatalities", "injuries", "claimed", "denied_by")}, file=sys.stderr)
def find(**kw):
    hits = [e for e in out["events"] if all(e.get(k) == v for k, v in kw.items())]
    assert len(hits) == 1, "%d events with %s" % (len(hits), kw)
    return hits[0]
def at(word):
    hits = [e for e in out["events"] if any(word in s["text"] for s in e["sources"])]
    assert len(hits) == 1, "%d events tell %s" % (len(hits), word)
    return hits[0]
'
PROFILES_PY='
def actor(name):
    hits = [a for a in out["actors"] if a["name"] == name]
    assert len(hits) == 1, "%d actors named %s: %s" % (len(hits), name, [a["name"] for a in out["actors"]])
    return hits[0]
def leaders(a):
    return [(l["name"], l["role"], l["start"], l["end"], l["status"]) for l in a["leaders"]]
def size(a):
    s = a["strength"] or {}
    return (s.get("min"), s.get("max"), s.get("source"))
'
events_check() { extract_check "$1" "$EVENTS_PY" "$2" "$EX/$1"; }
# ASSESS_PY: A(text), the one assessment holding text, as (confidence,
# subject, topic); explain() lists them all
ASSESS_PY='
def A(text):
    hits = [a for a in out["assessments"] if text in a["text"]]
    assert len(hits) == 1, "%d assessments hold %r" % (len(hits), text)
    a = hits[0]
    return (a["confidence"], a.get("subject"), a.get("topic"))
def explain():
    for a in out["assessments"]:
        print("  |", a["confidence"], a.get("subject"), a.get("topic"), a["text"][:70], file=sys.stderr)
'
assess_check() { extract_check "$1" "$ASSESS_PY" "$2" "$EX/$1"; }
# check_batch FILE PYTHON-ASSERTIONS: extracts the JSON Lines FILE of
# examples/ with --batch -j 1 and runs the assertions with `docs` (id -> its
# events) and `one(id)` (that document's only event) in scope
check_batch() {
    local file=$1 code=$2
    expect_exit 0 "$DOSSIER" extract --batch -j 1 <"$EX/$file"
    python3 - "$TMP/out" "$code" <<'PY' && ok || fail "$file: fields differ"
import json, sys
docs = {x["id"]: x["events"] for x in map(json.loads, open(sys.argv[1]))}
def one(i):
    assert len(docs[i]) == 1, (i, docs[i])
    return docs[i][0]
try:
    exec(sys.argv[2])
except AssertionError as e:
    print("  assertion failed:", e, file=sys.stderr)
    raise
PY
}
profile_check() { extract_check "$1" "$PROFILES_PY" "$2" "$EX/$1"; }
# aff: python defining aff(g), a profile's ties as (name, relation, start,
# end), to prepend to a profile_check's code: "$(aff)"'...'
aff() {
    echo 'def aff(g):
    return [(x["name"], x["relation"], x["start"], x["end"]) for x in g["affiliations"]]'
}

# timex FILE [ARGS]: "text value value_end" of each timex (in $TMP/timex)
timex() {
    expect_exit 0 "$DOSSIER" annotate --format json "$@"
    python3 -c 'import json, sys
for t in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["timex"]:
    print(t["text"], t["value"], t.get("value_end"))' "$TMP/out" >"$TMP/timex"
}
# places FILE [ARGS]: "text|name|feature|country|admin1" of each place (in
# $TMP/places)
places() {
    expect_exit 0 "$DOSSIER" annotate --format json "$@"
    python3 -c 'import json, sys
for p in json.load(open(sys.argv[1]))["documents"][0]["annotations"]["places"]:
    print("|".join(str(p[k]) for k in ("text", "name", "feature", "country", "admin1")))' "$TMP/out" >"$TMP/places"
}

finish() {
    echo "$passes passed, $fails failed"
    [ "$fails" -eq 0 ]
}
