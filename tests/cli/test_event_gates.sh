# test_event_gates.sh - events.c skips a reader's token loop when the sentence
# holds none of its words (may_have_word(..., S_X)): exact only while every
# word the reader tests is listed in sentence_words under S_X. This reads the
# source and fails when a reader's list has a word its flag does not.
. "$(dirname "$0")/lib.sh"
SRC=${DS_SOURCE_DIR:-$(dirname "$0")/../..}/src/lib/events.c
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
python3 - "$SRC" <<'PY' && ok || fail "events.c: a gated reader tests a word its sentence flag lacks"
import re, sys
src = open(sys.argv[1]).read()
table = re.search(r'sentence_words\[\] = \{(.*?)\};', src, re.S).group(1)
listed = {}
for word, flag in re.findall(r'\{"([^"]+)", (S_[A-Z_]+)\}', table):
    listed.setdefault(flag, set()).add(word)

def body(fn):
    m = re.search(r'\n(static [^\n]*\b' + fn + r'\()', src)
    assert m, "no function " + fn
    return src[m.start():src.index('\n}\n', m.start())]

def words_of(fn_body, name):
    m = (re.search(r'const char \*const ' + name + r'\[\] = \{(.*?)\};', fn_body, re.S) or
         re.search(r'const char \*const ' + name + r'\[\] = \{(.*?)\};', src, re.S))
    assert m, "no list " + name
    return set(re.findall(r'"([^"]*)"', m.group(1)))

# reader, its word lists, the words it tests by name, the flags that gate it
gates = [
    ('trigger_blocked', ['modal_far'], ['since'], ['S_SINCE', 'S_MODAL_FAR']),
    ('unknown_town', ['roads'], [], ['S_ROAD']),
    ('recovered_weapon', ['took', 'found'], ['recovered', 'seized', 'confiscated'], ['S_RECOVER']),
    ('civilian_modified', ['out_of_service'], [], ['S_RETIRED']),
    ('pick_place', ['quarter'], ['capital'], ['S_QUARTER', 'S_CAPITAL']),
    ('quantity_role', ['other_fates'], ['including', 'excluding', 'belonging', 'affiliated', 'linked'],
     ['S_FATES', 'S_BELONG']),
    ('pick_actors', [], ['by', 'between'], ['S_BY', 'S_BETWEEN']),
    ('reporting_source', ['says', 'speech_verbs'], ['according'], ['S_SAYS']),
    ('past_head', ['heads'], [], ['S_HEADS']),
    ('bystander', ['judge', 'say', 'habit', 'observed', 'neg_only', 'speech_verbs'],
     ['according', 'denied', 'denies'], ['S_BYSTANDER']),
    ('aside_clause', [], ['after', 'following'], ['S_AFTER']),
    ('separate_happening', [], ['separately', 'elsewhere', 'separate', 'another', 'second', 'came', 'comes'],
     ['S_SEPARATE']),
    ('origin_date', ['born'], [], ['S_BORN']),
    ('counts_sources', ['say'], [], ['S_SAYS']),
    ('speech_date', ['say'], [], ['S_BYSTANDER']),
    ('coder_note', ['tolls', 'killed'], [], ['S_TOLLS', 'S_KILLED']),
    ('casualties', [], ['himself', 'herself', 'both', 'all'], ['S_SELF', 'S_BOTH_ALL']),
    ('says_no_casualties', ['harm'], [], ['S_HARM']),
    ('claims_earlier', [], ['celebrated', 'claimed', 'praised', 'claiming'], ['S_CLAIMING']),
    ('toll_update', [], ['toll'], ['S_TOLL']),
]
bad = 0
for fn, lists, named, flags in gates:
    b = body(fn)
    want = set(named)
    for name in lists:
        want |= words_of(b, name)
    have = set().union(*[listed.get(f, set()) for f in flags])
    if want - have:
        print("  %s: %s not under %s" % (fn, sorted(want - have), "|".join(flags)), file=sys.stderr)
        bad += 1
sys.exit(1 if bad else 0)
PY
finish
