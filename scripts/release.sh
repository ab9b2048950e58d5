#!/usr/bin/env bash
# release.sh - `make release`: the optimised build in build/release, guided by
# a profile of dossier's own work (GCC's -fprofile-use; see cmake/pgo.cmake).
# Three steps in the one build tree: build instrumented, run the training set,
# build again with the profile. The training set is ours alone: every document
# in examples/ (extract and annotate, one file at a time and all together) and
# 3,000 generated notes (bench/gen_corpus.sh) through `extract --batch`; never
# ../shared, so the benchmark's corpus is not the one the build learnt from.
# The profile is kept until a source, header or example changes.
# RELEASE_PGO=0 builds without a profile.
set -euo pipefail
cd "$(dirname "$0")/.."
B=build/release
JOBS=${JOBS:-$(nproc)}
build() { cmake --preset release -DDS_PGO="$1" >/dev/null && cmake --build --preset release -j "$JOBS"; }

if [ "${RELEASE_PGO:-1}" = 0 ]; then
  build ""
  exit 0
fi
STAMP=$B/pgo/trained
if [ -f "$STAMP" ] && [ -z "$(find src include examples bench/gen_corpus.sh -newer "$STAMP" -print -quit)" ]; then
  build use
  exit 0
fi
echo "release: building instrumented, then training on examples/ and generated notes"
rm -rf "$B/pgo"
build generate
mkdir -p "$B/pgo"
# The training's own diagnostics (undated examples...) go to a log.
exec 3>&2 2>"$B/pgo/train.log"
trap 'echo "release: the training run failed; see $B/pgo/train.log" >&3' ERR
export DOSSIER_DATA=$B/data
BIN=$B/dossier
docs=()
for f in examples/*; do
  case $f in
    *.jsonl) "$BIN" extract --batch <"$f" >/dev/null ;;
    *.txt | *.md | *.html | *.pdf) docs+=("$f") ;;
  esac
done
for f in "${docs[@]}"; do
  "$BIN" extract "$f" >/dev/null
  "$BIN" annotate "$f" >/dev/null
done
"$BIN" extract "${docs[@]}" >/dev/null
bash bench/gen_corpus.sh 3000 | "$BIN" extract --batch -j 1 >/dev/null
exec 2>&3
trap - ERR
touch "$STAMP"
echo "release: building with the profile"
build use
