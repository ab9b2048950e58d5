#!/usr/bin/env python3
"""geo_coverage.py - how well the place annotator covers coded event rows.

For every row of a JSON Lines file of coded events (id, text, gold.country,
gold.admin1, gold.location; e.g. ../shared/eval/dev/dev.jsonl) it runs
`dossier annotate --format json` on the text and checks that the annotator
found, resolved to the coded country:
  location: a place whose text or canonical name is the coded location
            (compared in a loose form, or a coarse consonant skeleton, with a
            trailing "district"/"city"/"province" ignored; ACLED's
            "City - Neighbourhood" needs both parts);
  admin1:   a place whose admin1 (or name, for an admin1) is the coded admin1;
  both:     both of the above (the headline number);
  strict:   the location's own place carries the coded admin1.
Rows without a coded location (or admin1) count as found for that part.

usage: geo_coverage.py [--dossier BIN] [--misses N] ROWS.jsonl
Exit 77 when the rows file is absent (tests skip).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

TYPE_WORDS = r"(district|city|province|town|village|area|region|governorate|oblast)"


def loose(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", "").replace("\u2019", "").replace("\u2018", "")
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"\s+" + TYPE_WORDS + r"$", "", s)
    return s


def skel(s):
    """A coarse skeleton (vowels dropped) so that Taluqan = Taloqan."""
    s = loose(s)
    s = re.sub(r"\b(e|i|ye|y|u|and)\b", " ", s)
    s = s.replace("kh", "x").replace("q", "k").replace("v", "w")
    s = re.sub(r"(?<=\w)[aeiouyh]", "", s)
    s = re.sub(r"(.)\1", r"\1", s)
    return s.replace(" ", "")


def same(a, b):
    return loose(a) == loose(b) or (skel(a) and skel(a) == skel(b))


def annotate(dossier, rows):
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, r in enumerate(rows):
            p = os.path.join(d, "r%05d.txt" % i)
            with open(p, "w", encoding="utf-8") as f:
                f.write(r["text"])
            paths.append(p)
        out = subprocess.run([dossier, "annotate", "--format", "json", "--keep-going"] + paths,
                             capture_output=True, text=True)
        if out.returncode not in (0, 4):
            sys.exit("geo_coverage: dossier annotate failed: " + out.stderr[-2000:])
    docs, dec, s, i = [], json.JSONDecoder(), out.stdout, 0
    while True:
        while i < len(s) and s[i].isspace():
            i += 1
        if i >= len(s):
            break
        obj, i = dec.raw_decode(s, i)
        if isinstance(obj, dict) and "documents" in obj:
            docs.extend(obj["documents"])
        else:
            docs.append(obj)
    if len(docs) != len(rows):
        sys.exit("geo_coverage: %d documents for %d rows" % (len(docs), len(rows)))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--dossier", default=os.environ.get("DOSSIER", "build/dev/dossier"))
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--min", type=float, default=None, help="exit 1 below this share (0-1)")
    a = ap.parse_args()
    if not os.path.exists(a.rows):
        print("geo_coverage: %s absent: skipped" % a.rows)
        return 77
    rows = [json.loads(l) for l in open(a.rows, encoding="utf-8") if l.strip()]
    docs = annotate(a.dossier, rows)
    n = len(rows)
    c_loc = c_a1 = c_both = c_strict = 0
    misses = []
    for r, d in zip(rows, docs):
        g = r.get("gold") or {}
        iso, loc, a1 = g.get("country"), g.get("location"), g.get("admin1")
        places = [p for p in (d.get("annotations") or {}).get("places", [])
                  if p.get("country") == iso]
        # ACLED codes neighbourhoods as "City - Neighbourhood": each part must be found
        parts = [x for x in (loc or "").split(" - ") if x.strip()]
        loc_places = []
        for part in parts:
            hit = [p for p in places if same(p.get("text"), part) or same(p.get("name"), part)]
            if not hit:
                loc_places = []
                break
            loc_places += hit
        ok_loc = not loc or bool(loc_places)
        ok_a1 = not a1 or any(same(p.get("admin1"), a1) or
                              (p.get("feature") == "admin1" and same(p.get("name"), a1))
                              for p in places)
        ok_strict = ok_loc and (not a1 or not loc or
                                any(same(p.get("admin1"), a1) for p in loc_places))
        c_loc += ok_loc
        c_a1 += ok_a1
        c_both += ok_loc and ok_a1
        c_strict += ok_strict
        if not (ok_loc and ok_a1):
            misses.append((r["id"], iso, a1, loc,
                           [(p["text"], p["name"], p.get("country"), p.get("admin1"))
                            for p in (d.get("annotations") or {}).get("places", [])]))
    pct = lambda k: 100.0 * k / n if n else 0.0
    print("rows %d  location %.1f%%  admin1 %.1f%%  both %.1f%%  strict %.1f%%" %
          (n, pct(c_loc), pct(c_a1), pct(c_both), pct(c_strict)))
    for m in misses[:a.misses]:
        print("MISS %s %s admin1=%r location=%r found=%r" % m)
    if a.min is not None and n and c_both / n < a.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
