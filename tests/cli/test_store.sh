# test_store.sh - the knowledge base through the CLI: ingest of files and
# folders, idempotence by content hash, replace-on-change, the questions
# (events, actor, timeline, search, sources, export), and a kill -9 in the
# middle of an ingest (the store must pass integrity_check and resume).
# Documents are invented here; nothing is read from ../shared.
. "$(dirname "$0")/lib.sh"

DB="$TMP/kb.db"
py() { /usr/bin/python3 "$@"; }
count() { # count TABLE (in $DB)
    py -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from "+sys.argv[2]).fetchone()[0])' "$DB" "$1"
}
integrity() {
    py -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1])
ok = c.execute("pragma integrity_check").fetchone()[0]
fk = c.execute("pragma foreign_key_check").fetchall()
print(ok if not fk else "foreign keys: %r" % fk[:3])' "$1"
}

mkdir -p "$TMP/docs/sub"
cat >"$TMP/docs/a.txt" <<'TXT'
Northern Front raid on Garissa

On 4 March 2021 fighters of the Northern Front attacked a police post in Garissa, Kenya, killing seven officers. The group claimed the attack the next day.
TXT
cat >"$TMP/docs/sub/b.md" <<'TXT'
# Weekly security digest

Police in Mombasa, Kenya, arrested three suspects on 12 April 2021. Officials said the suspects planned an attack on a ferry terminal.
TXT
echo 'not a report' >"$TMP/docs/sub/ignored.bin"

# usage errors and a missing store
expect_exit 2 "$DOSSIER" ingest --db "$DB"
expect_exit 0 "$DOSSIER" help ingest
expect_grep 'SHA-256' "$TMP/out"
expect_exit 1 "$DOSSIER" events --db "$TMP/none.db"
expect_grep 'no knowledge base' "$TMP/err"
expect_exit 2 "$DOSSIER" events --db "$DB" --format nonsense
expect_exit 2 "$DOSSIER" events --db "$DB" --country KENYA

# ingest a folder: two documents (the .bin is not a report)
expect_exit 0 "$DOSSIER" ingest --db "$DB" "$TMP/docs"
[ "$(count document)" = 2 ] && ok || fail "documents after ingest: $(count document), want 2"
[ ! -s "$TMP/err" ] && ok || fail "ingest not quiet without a terminal: $(head -c 200 "$TMP/err")"
"$DOSSIER" export --db "$DB" --format json >"$TMP/first.json" && ok || fail "export json"

# idempotence: the same files again change nothing
expect_exit 0 "$DOSSIER" ingest --db "$DB" "$TMP/docs/a.txt" "$TMP/docs"
"$DOSSIER" export --db "$DB" --format json >"$TMP/second.json"
cmp -s "$TMP/first.json" "$TMP/second.json" && ok || fail "re-ingesting unchanged files changed the store"
[ "$(count document)" = 2 ] && ok || fail "documents after re-ingest: $(count document)"

# the questions answer, in every format
expect_exit 0 "$DOSSIER" events --db "$DB" --format json
py -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list)' "$TMP/out" && ok || fail "events json"
expect_exit 0 "$DOSSIER" events --db "$DB" --format csv --country KEN
py -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1], newline=""))); assert r[0][0]=="id" and all(len(x)==len(r[0]) for x in r)' "$TMP/out" && ok || fail "events csv"
expect_exit 0 "$DOSSIER" timeline --db "$DB" --by year --by-country
expect_grep '^PERIOD' "$TMP/out"
expect_exit 0 "$DOSSIER" search --db "$DB" ferry terminal
expect_grep 'b\.md' "$TMP/out"
expect_exit 0 "$DOSSIER" search --db "$DB" --format json 'ferry"'
py -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["documents"]) == 1' "$TMP/out" && ok || fail "search json"
expect_exit 1 "$DOSSIER" actor --db "$DB" "Nobody Such Group"
expect_exit 1 "$DOSSIER" sources --db "$DB" no-such-event
ev=$("$DOSSIER" events --db "$DB" --format json | py -c 'import json,sys; d=json.load(sys.stdin); print(d[0]["id"] if d else "")')
if [ -n "$ev" ]; then
    expect_exit 0 "$DOSSIER" sources --db "$DB" "$ev"
    expect_grep '\[[0-9]+-[0-9]+\]' "$TMP/out"
fi

# a changed file replaces its old facts; the other document is untouched
cat >"$TMP/docs/a.txt" <<'TXT'
Correction

An earlier version of this note misreported a raid. No attack took place in the town that week.
TXT
expect_exit 0 "$DOSSIER" ingest --db "$DB" "$TMP/docs/a.txt"
[ "$(count document)" = 2 ] && ok || fail "documents after replace: $(count document)"
expect_exit 0 "$DOSSIER" search --db "$DB" --format json Garissa
py -c 'import json,sys; d=json.load(open(sys.argv[1])); assert not d["documents"] and not d["sentences"], d' "$TMP/out" && ok || fail "old text still searchable after replace"
orphans=$(py -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("select count(*) from event e where not exists (select 1 from event_source s where s.event=e.id)").fetchone()[0])' "$DB")
[ "$orphans" = 0 ] && ok || fail "$orphans events without a source after replace"
[ "$(integrity "$DB")" = ok ] && ok || fail "integrity after replace: $(integrity "$DB")"

# kill -9 in the middle of a long ingest, then resume
mkdir -p "$TMP/many"
i=0
while [ $i -lt 400 ]; do
    d=$((i % 28 + 1))
    {
        echo "Incident digest number $i"
        echo
        echo "On $d May 2021 gunmen of the Northern Front attacked a checkpoint near Garissa, Kenya, killing $((i % 9)) soldiers and wounding others. Police said the attackers fled toward the border."
        echo "Two days later unidentified militants shelled a market in Mandera, Kenya; residents reported $((i % 5)) deaths. Officials blamed the same group, which denied involvement."
        j=0
        while [ $j -lt 30 ]; do echo "Paragraph $j of report $i repeats background on the security situation in the northern counties and the response of the authorities."; j=$((j + 1)); done
    } >"$TMP/many/r$i.txt"
    i=$((i + 1))
done
KDB="$TMP/kill.db"
"$DOSSIER" ingest --db "$KDB" "$TMP/many" >/dev/null 2>&1 &
pid=$!
# wait until some documents are committed, then kill without warning
n=0
for _ in $(seq 1 200); do
    sleep 0.05
    n=$(DB="$KDB" count document 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 5 ] && break
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
before=$(DB="$KDB"; count document)
[ "$before" -lt 400 ] && ok || fail "ingest finished before the kill ($before documents); test proves nothing"
[ "$(integrity "$KDB")" = ok ] && ok || fail "integrity after kill -9: $(integrity "$KDB")"
expect_exit 0 "$DOSSIER" ingest --db "$KDB" "$TMP/many"
after=$(DB="$KDB"; count document)
[ "$after" = 400 ] && ok || fail "after resuming: $after documents, want 400"
[ "$(integrity "$KDB")" = ok ] && ok || fail "integrity after resume"
finish
