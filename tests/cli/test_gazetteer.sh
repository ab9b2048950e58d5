#!/usr/bin/env bash
# test_gazetteer.sh - places through the CLI: `dossier annotate` on invented
# text, and the share of coded dev rows (../shared, skipped when absent) whose
# location and admin1 the annotator finds in the coded country
# (tools/geo_coverage.py; target 95%).
. "$(dirname "$0")/lib.sh"

printf 'Rockets hit Termiz in Uzbekistan, fired from Khwaja Ghar District, Takhar Province.\n' >"$TMP/t.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/t.txt"
expect_grep '"name": *"Termez"' "$TMP/out"
expect_grep '"admin1": *"Surxondaryo"' "$TMP/out"
expect_grep '"country": *"AFG"' "$TMP/out"
expect_grep '"resolved_by": *"hierarchy"' "$TMP/out"

# a personal name that is also a place (invented sentences): a person's in
# the first two, a place after "in"
printf 'Fighting went on in Afghanistan. Ahmed Farah was wounded. Farah, a commander, fled.\n\nShops closed in Farah on Monday.\n' >"$TMP/p.txt"
expect_exit 0 "$DOSSIER" annotate --format json "$TMP/p.txt"
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]
print(sum(p["text"] == "Farah" for p in d["annotations"]["places"]))' "$TMP/out" 2>&1)
if [ "$n" = 1 ]; then ok; else fail "Farah: want one place mention (after 'in'), got $n"; fi

ROWS=${DS_SHARED:-}/eval/dev/dev.jsonl
if [ -n "${DS_SHARED:-}" ] && [ -f "$ROWS" ] && command -v python3 >/dev/null; then
    expect_exit 0 python3 "$DS_SOURCE_DIR/tools/geo_coverage.py" --dossier "$DOSSIER" --min 0.95 "$ROWS"
    expect_grep '^rows [0-9]+ ' "$TMP/out"
    cat "$TMP/out"
    finish
else
    finish || exit 1
    exit 77
fi
