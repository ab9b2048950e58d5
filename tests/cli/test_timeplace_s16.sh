#!/usr/bin/env bash
# test_timeplace_s16.sh - when and where in invented documents of session 16
# (examples/tp16-*): French datelines, nights over two days, "Days later",
# a country across a border, seas and gulfs, provinces of two spellings.
# Each check failed on the session's starting binary.
. "$(dirname "$0")/lib.sh"

EX=${DS_SOURCE_DIR:-$(dirname "$0")/../..}/examples
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

PY='
def explain():
    for e in out["events"]:
        print("  |", {k: e.get(k) for k in ("date", "date_end", "sub_event_type", "actor1",
              "country", "admin1", "location", "fatalities")}, file=sys.stderr)
def at(word):
    hits = [e for e in out["events"] if any(word in s["text"] for s in e["sources"])]
    assert len(hits) == 1, "%d events tell %s" % (len(hits), word)
    return hits[0]
'
check() { extract_check "$1" "$PY" "$2" "$EX/$1"; }

# "Niamey, le 12 mars 2024 -": a French dateline dates the release; "In the
# night of Sunday to Monday" is both days; "Days later" is a new event a few
# days on (not past the release); "close to the border with Burkina Faso"
# places nothing in Burkina Faso (Tamou and Ayorou are Niger's)
check tp16-niger-communique-fr-2024.txt '
assert doc["date"] == "2024-03-12", doc
e = at("Sunday to Monday")
assert (e["date"], e["date_end"], e["country"], e["location"]) == ("2024-03-10", "2024-03-11", "NER", "Sanam"), e
e = at("Days later")
assert (e["date"], e["country"], e["location"]) == ("2024-03-12", "NER", "Tamou"), e
e = at("Over the weekend")
assert (e["date"], e["country"], e["location"]) == ("2024-03-09", "NER", "Ayorou"), e
'
# "BAMAKO (Mali), 3 avril 2024 -": an upper-case French dateline
check tp16-mali-wire-fr-2024.txt '
assert doc["date"] == "2024-04-03", doc
e = at("Suspected jihadists")
assert (e["date"], e["country"], e["admin1"]) == ("2024-04-01", "MLI", "Segou"), e
'

finish
