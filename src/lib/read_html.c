/* read_html.c - HTML (a saved Wikipedia page, a think-tank web page) ->
 * text, offset map and blocks, via libxml2's HTML parser (recovering, no
 * network). First stage of the pipeline. Keeps headings, paragraphs, lists
 * and tables; drops navigation, scripts, styles and "[edit]" links; a
 * Wikipedia infobox (table.infobox) becomes LABEL (th) and FIELD/LIST_ITEM
 * (td) blocks; a reference list (ol.references, li#cite_note-N) becomes
 * FOOTNOTE blocks with their external URLs; <sup class="reference">[17]</sup>
 * stays as "[17]" for citations.c. Endnotes elsewhere (a report saved from
 * Word, "_edn1"; a blog's "fn1") are found by the in-text links to them: the
 * block an "#ID" link numbered "[3]" points to is footnote 3. Offsets map to the text node's bytes
 * in the source (found by searching forward from the node's line; within a node approximate, always
 * before the next '<').
 */
#include "ctx.h"
#include "doc.h"
#include "read_util.h"
#include "util/buf.h"
#include "util/strmap.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct hstate {
    ds_doc *doc;
    ds_tb tb;
    const uint32_t *line_start; /* byte offset of each source line (1-based index) */
    uint32_t nlines;
    uint32_t cursor; /* source search position (monotone) */
    uint32_t floor;  /* the largest source offset mapped so far: the map never goes below it */
    /* the open block */
    bool open;
    ds_block_kind kind;
    uint32_t start;
    uint32_t label;
    bool infobox;
    bool pending_space;
    /* a <br> in prose, decided at the next text (pending_line_break):
     * br_line_start is where the text since the last <br> begins */
    bool pending_br;
    uint32_t br_line_start;
    /* context */
    int infobox_depth, references_depth, table_depth;
    uint32_t row_label; /* LABEL block of the current infobox row */
    /* the LABEL of an infobox header row (a th spanning the row: "Allies"),
     * label of the full-width cells after it ("Subgroups" and its list) */
    uint32_t section_label;
    bool th_spans;        /* the open LABEL is such a header */
    uint32_t footnote;    /* footnote being filled, or DS_NONE */
    uint32_t next_fn_num; /* position-based number of the next reference */
    strmap note_ids;      /* id -> number of the endnotes the text links to */
    const xmlNode *note;  /* the element of the endnote being filled, or NULL */
    bool have_title;
    /* a data table (not an infobox: "Date | Location | Killed" rows of
     * attacks): each row is one prose block, its cells joined by ", ", a
     * figure under a casualty heading followed by the heading's word
     * ("3 killed"); data_depth is its table_depth, 0 outside one */
    int data_depth;
    bool data_th; /* the data table has had a heading cell */
    /* a table used for the page's layout (its cells hold paragraphs): its
     * text is flow, paragraphs as outside tables; its table_depth, or 0 */
    int layout_depth;
    uint32_t cell;       /* index of the row's current cell */
    uint32_t cell_start; /* where the current cell's text starts (tb.len) */
    bool pending_comma;  /* a ", " is due before the cell's first byte */
    bool block_plain;    /* the open block has text outside <b>/<strong> */
    bool pending_in;     /* an "in " is due before it (a place column's name) */
    bool row_td;         /* the row has had a data cell (not only headings) */
    char head_kind[16];  /* per column: its ds_column_heading */
    ds_status st;
} hstate;

/* Whether the head of the page names its encoding ("<meta charset=...>",
 * "content=\"text/html; charset=...\"", an XML declaration's encoding). */
static bool declares_charset(const char *s, size_t n)
{
    if (n > 4096) n = 4096;
    for (size_t i = 0; i + 7 <= n; i++)
        if ((s[i] | 0x20) == 'c' && !strncasecmp(s + i, "charset", 7)) return true;
    for (size_t i = 0; i + 8 <= n; i++)
        if ((s[i] | 0x20) == 'e' && !strncasecmp(s + i, "encoding", 8)) return true;
    return false;
}

/* Whether all n bytes at s are well-formed UTF-8. */
static bool all_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t l = utf8_valid_len(u + i, n - i);
        if (!l) return false;
        i += l;
    }
    return true;
}

static bool name_is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && !strcasecmp((const char *)n->name, name);
}

/* class attribute contains the word w */
static bool has_class(const xmlNode *n, const char *w)
{
    xmlChar *c = xmlGetProp(n, (const xmlChar *)"class");
    bool r = false;
    if (c) {
        size_t wl = strlen(w);
        for (const char *p = (const char *)c; (p = strstr(p, w)) != NULL; p += wl) {
            bool left = p == (const char *)c || p[-1] == ' ';
            bool right = p[wl] == '\0' || p[wl] == ' ';
            if (left && right) {
                r = true;
                break;
            }
        }
        xmlFree(c);
    }
    return r;
}

static bool class_contains(const xmlNode *n, const char *const *words)
{
    xmlChar *c = xmlGetProp(n, (const xmlChar *)"class");
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    bool r = false;
    for (size_t i = 0; words[i] && !r; i++)
        r = (c && strstr((const char *)c, words[i])) || (id && strstr((const char *)id, words[i]));
    xmlFree(c);
    xmlFree(id);
    return r;
}

/* Does n hold an <h1> (at any depth)? */
static bool holds_h1(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (name_is(c, "h1") || holds_h1(c))) return true;
    return false;
}

static bool skipped(const xmlNode *n, const hstate *h)
{
    static const char *const tags[] = {
        "script", "style",    "noscript", "nav",   "footer",   "form", "button", "select", "iframe",
        "svg",    "template", "head",     "input", "textarea", "map",  "object", "canvas", NULL};
    /* (readers' comments, "most read" lists and recommendation widgets too:
     * "comment-" and "comments", never "commentary") */
    static const char *const classes[] = {"navbox",
                                          "mw-editsection",
                                          "toc",
                                          "catlinks",
                                          "printfooter",
                                          "mw-jump",
                                          "sidebar",
                                          "mw-cite-backlink",
                                          "sistersitebox",
                                          "portal",
                                          "shortdescription",
                                          "mw-indicators",
                                          "navigation",
                                          "breadcrumb",
                                          "cookie",
                                          "share",
                                          "social",
                                          "menu",
                                          "skip-link",
                                          "mw-navigation",
                                          "site-header",
                                          "site-footer",
                                          "newsletter",
                                          "reference-accessdate",
                                          "related",
                                          "comments",
                                          "comment-",
                                          "disqus",
                                          "most-read",
                                          "mostread",
                                          "most-popular",
                                          "trending",
                                          "recommended",
                                          "outbrain",
                                          "taboola",
                                          "advert",
                                          NULL};
    for (size_t i = 0; tags[i]; i++)
        if (name_is(n, tags[i])) return true;
    if (name_is(n, "header") && !h->infobox_depth) {
        /* a page header is site chrome; an article's header holds its title
         * (inside the article, or a header of its own with the <h1>) */
        for (const xmlNode *p = n->parent; p; p = p->parent)
            if (name_is(p, "article") || name_is(p, "main")) return false;
        return !holds_h1(n);
    }
    /* "Related" links and pull-outs beside the story, not of it */
    if (name_is(n, "aside") && !h->infobox_depth) return true;
    xmlChar *role = xmlGetProp(n, (const xmlChar *)"role");
    bool nav = role && (!strcmp((const char *)role, "navigation") ||
                        !strcmp((const char *)role, "banner") ||
                        !strcmp((const char *)role, "contentinfo"));
    xmlFree(role);
    if (nav) return true;
    xmlChar *hidden = xmlGetProp(n, (const xmlChar *)"hidden");
    xmlFree(hidden);
    if (hidden) return true;
    return class_contains(n, classes);
}

/* Source offset for a text node: the first place at or after the cursor
 * (and the node's line) where its first bytes occur. */
static uint32_t locate(hstate *h, const xmlNode *n, const char *s, size_t len)
{
    const ds_doc *doc = h->doc;
    uint32_t from = h->cursor;
    if (h->tb.len && h->floor + 1 > from) {
        /* the next text node starts past the bytes mapped and past the end
         * of the tag that closed them */
        from = h->floor + 1;
        size_t span = from < doc->src_len ? doc->src_len - from : 0;
        const char *gt = span ? memchr(doc->src + from, '>', span < 4096 ? span : 4096) : NULL;
        if (gt) from = (uint32_t)(gt - doc->src) + 1;
    }
    /* libxml2 numbers a text node by the line it ends on when it holds a
     * line break ("14:05 GMT\n<p>..."): that line's start is tried first,
     * then, when the text is not found there, where the cursor is */
    uint32_t before_line = from;
    long line = xmlGetLineNo(n);
    if (line > 0 && (uint32_t)line <= h->nlines && line < 65535) {
        uint32_t ls = h->line_start[line - 1];
        if (ls > from) from = ls;
    }
    while (len && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')) s++, len--;
    size_t probe = 0;
    while (probe < len && probe < 12 && s[probe] != '&' && s[probe] != '<' && s[probe] != '\n' &&
           (unsigned char)s[probe] < 0x80)
        probe++;
    for (uint32_t at = from;; at = before_line) {
        if (probe >= 3 && at < doc->src_len) {
            size_t window = doc->src_len - at;
            if (window > 65536) window = 65536;
            const char *hit = memmem(doc->src + at, window, s, probe);
            if (hit) return (uint32_t)(hit - doc->src);
        }
        if (at == before_line) break;
    }
    return from < doc->src_len ? from : (uint32_t)doc->src_len;
}

static void close_block(hstate *h);

/* An endnote written as a paragraph, "[1] <a href=URL>...</a>" or "[1]
 * https://...": the open prose block becomes footnote 1 when its text so
 * far is only the bracketed number (with_url: the number and a URL after
 * it, when the block closes). False when it is no such note or out of
 * memory (h->st set). */
static bool as_endnote(hstate *h, bool with_url)
{
    if (!h->tb.text || h->tb.len < h->start + 3) return false;
    const char *t = h->tb.text + h->start;
    size_t n = h->tb.len - h->start, j = 1;
    uint32_t v = 0;
    if (t[0] != '[') return false;
    while (j < n && j < 5 && t[j] >= '0' && t[j] <= '9') v = v * 10 + (uint32_t)(t[j++] - '0');
    if (!v || j >= n || t[j++] != ']') return false;
    while (j < n && t[j] == ' ') j++;
    if (with_url
            ? !(n - j >= 7 && (!strncmp(t + j, "http://", 7) || !strncmp(t + j, "https://", 8)))
            : j != n)
        return false;
    ds_footnote *fn = ds_vec_push(h->doc->arena, &h->doc->footnotes);
    if (!fn) {
        h->st = DS_ENOMEM;
        return false;
    }
    fn->number = v;
    h->footnote = h->doc->footnotes.n - 1;
    h->kind = DS_BLOCK_FOOTNOTE;
    return true;
}

static void close_block(hstate *h)
{
    if (!h->open) return;
    /* a short line all in bold, no sentence ("<br><b>Statement on the attack
     * in Kadugli</b><br>"): a heading, not a second telling of the story */
    uint32_t len = (uint32_t)h->tb.len - h->start;
    if (h->kind == DS_BLOCK_PROSE && !h->block_plain && !h->table_depth && len && len <= 120 &&
        !strchr(".!?", h->tb.text[h->tb.len - 1]))
        h->kind = DS_BLOCK_HEADING;
    if (h->kind == DS_BLOCK_PROSE && !h->table_depth) as_endnote(h, true);
    h->open = false;
    h->pending_space = h->pending_comma = h->pending_in = false;
    uint32_t end = (uint32_t)h->tb.len;
    if (end == h->start) return; /* empty: nothing was written */
    ds_block *b = ds_vec_push(h->doc->arena, &h->doc->blocks);
    if (!b) {
        h->st = DS_ENOMEM;
        return;
    }
    b->span = (ds_span){h->start, end};
    b->kind = h->kind;
    b->label = h->label;
    b->infobox = h->infobox;
    if (h->kind == DS_BLOCK_TITLE && !h->doc->title[0]) {
        h->doc->title = ds_arena_strndup(h->doc->arena, h->tb.text + h->start, end - h->start);
        if (!h->doc->title) h->st = DS_ENOMEM;
    }
    if (h->kind == DS_BLOCK_FOOTNOTE && h->footnote != DS_NONE)
        h->doc->footnotes.v[h->footnote].span = (ds_span){h->start, end};
    if (h->kind == DS_BLOCK_LABEL && h->infobox) {
        h->row_label = h->doc->blocks.n - 1;
        if (h->th_spans) h->section_label = h->row_label;
    }
    h->th_spans = false;
}

/* The cell's colspan attribute (1 without one). */
static long colspan(const xmlNode *n)
{
    xmlChar *c = xmlGetProp(n, (const xmlChar *)"colspan");
    long v = c ? strtol((const char *)c, NULL, 10) : 1;
    xmlFree(c);
    return v;
}

/* A table of labelled values written without the infobox class: each row
 * one heading cell then one data cell ("<tr><th>Founded</th><td>2016</td>"),
 * or one cell across the row (a section's heading: "Allies"); at least two
 * such label rows. It is read as an infobox (its fields, its lists). A
 * table whose first row is all headings ("Date | Location | Killed") or
 * whose rows have several data cells is a data table, not this. */
static bool key_value_table(const xmlNode *table)
{
    unsigned pairs = 0;
    const xmlNode *group = table, *tr = table->children;
    for (unsigned seen = 0; seen < 64;) {
        if (!tr) { /* the table's end, or that of a thead/tbody/tfoot */
            if (group == table) break;
            tr = group->next;
            group = table;
            continue;
        }
        if (name_is(tr, "thead") || name_is(tr, "tbody") || name_is(tr, "tfoot")) {
            group = tr;
            tr = tr->children;
            continue;
        }
        if (name_is(tr, "tr")) {
            seen++;
            unsigned th = 0, td = 0, cells = 0;
            bool th_first = false, spans = false;
            for (const xmlNode *c = tr->children; c; c = c->next) {
                bool is_th = name_is(c, "th");
                if (!is_th && !name_is(c, "td")) continue;
                if (cells++ == 0) {
                    th_first = is_th;
                    spans = colspan(c) >= 2;
                }
                th += is_th;
                td += !is_th;
            }
            if (cells == 2 && th == 1 && td == 1 && th_first)
                pairs++;
            else if (!(cells == 1 && spans))
                return false;
        } else if (tr->type == XML_ELEMENT_NODE && !name_is(tr, "caption") &&
                   !name_is(tr, "colgroup")) {
            return false;
        }
        tr = tr->next;
    }
    return pairs >= 2;
}

static void open_block(hstate *h, ds_block_kind kind, uint32_t label)
{
    close_block(h);
    h->open = true;
    h->kind = kind;
    h->label = label;
    h->infobox = h->infobox_depth > 0 || (h->table_depth > 0 && kind == DS_BLOCK_FIELD);
    h->start = h->br_line_start = (uint32_t)h->tb.len;
    h->pending_space = h->pending_br = h->block_plain = false;
}

static bool is_block_tag(const xmlNode *n);

static bool all_space(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] > ' ') return false;
    return true;
}

/* A <br> in a prose paragraph ends a block when it ends a line of its own:
 * the text after it opens with no lower-case letter and the line before it
 * ends a sentence or is short ("PRESS RELEASE<br>Ministry of Defence<br>
 * Niamey, 12 March 2024<br><br>On Sunday, ..."). Else a space, as a <br>
 * that only wraps a sentence ("the attack killed<br>five people"). */
static void pending_line_break(hstate *h, const char *s, size_t len)
{
    h->pending_br = false;
    size_t i = 0;
    while (i < len && ((unsigned char)s[i] <= ' ')) i++;
    if (i == len) { /* white space only: decided at the next text */
        h->pending_br = true;
        return;
    }
    const char *t = h->tb.text;
    uint32_t e = (uint32_t)h->tb.len, ls = h->br_line_start;
    bool lower = (unsigned char)s[i] >= 'a' && (unsigned char)s[i] <= 'z';
    bool ends = e > ls && strchr(".!?:", t[e - 1]) != NULL;
    if (!lower && e > ls && (ends || e - ls <= 80)) {
        open_block(h, DS_BLOCK_PROSE, DS_NONE);
        return;
    }
    h->pending_space = true;
    h->br_line_start = e;
}

/* Appends a text node, collapsing white space; the separator before a new
 * block is written lazily so blocks never start or end with space. */
/* bracket: the text is a bare note number linked to an endnote ("town.<a
 * href='#fn2'>2</a>"): written "[2]", as citations.c reads markers */
static void add_text(hstate *h, const xmlNode *n, const char *s, size_t len, bool bracket)
{
    /* text in an infobox cell after a list closed its block ("<b>Groups</b>"
     * after the subgroups' list) is still the cell's */
    if (h->pending_br && h->open) {
        pending_line_break(h, s, len);
        if (h->pending_br) return; /* white space: the <br> still waits */
    }
    if (!h->open && h->infobox_depth && h->table_depth)
        open_block(h, DS_BLOCK_FIELD, h->row_label);
    else if (!h->open)
        open_block(h, DS_BLOCK_PROSE, DS_NONE);
    bool closing = bracket; /* the text is all digits: '[' goes before the first */
    if (!h->block_plain && !all_space(s, len)) {
        /* (bold up to the block's element: <p>, <div>, <li>...) */
        bool bold = false;
        for (const xmlNode *a = n->parent; a && !bold && !is_block_tag(a); a = a->parent)
            bold = name_is(a, "b") || name_is(a, "strong");
        h->block_plain = !bold;
    }
    uint32_t at = locate(h, n, s, len);
    uint32_t limit = at;
    const char *lt = memchr(h->doc->src + at, '<', h->doc->src_len - at);
    limit = lt ? (uint32_t)(lt - h->doc->src) : (uint32_t)h->doc->src_len;
    if (limit > at) h->cursor = at;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c < 0x20) {
            if (h->tb.len > h->start) h->pending_space = true;
            continue;
        }
        if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) { /* nbsp */
            if (h->tb.len > h->start) h->pending_space = true;
            i++;
            continue;
        }
        /* a soft hyphen ("kil&shy;ling"), a zero-width space ...: nothing */
        if (c == 0xC2 || c == 0xE2 || c == 0xEF) {
            size_t l;
            if (ds_invisible(ds_u8_get(s, len, i, &l))) {
                i += l - 1;
                continue;
            }
        }
        /* a typeset ligature (U+FB00-FB06, "ﬁve"): its letters */
        const char *letters = c == 0xEF && i + 2 < len && (unsigned char)s[i + 1] == 0xAC
                                  ? ds_ligature_letters(0xFB00 + ((unsigned char)s[i + 2] - 0x80))
                                  : NULL;
        uint32_t src = at + (uint32_t)i;
        if (src >= limit) src = limit > at ? limit - 1 : at;
        /* recovered markup (misnested tags, re-encoded invalid bytes) can
         * locate a node before bytes already mapped: never go back */
        if (src < h->floor) src = h->floor;
        if (h->tb.len == h->start && h->start > 0 && h->tb.text[h->start - 1] != '\n') {
            /* first byte of a block: the separator goes before it */
            /* mapped just past the previous block, so that span ends map there */
            uint32_t after = h->tb.map[h->tb.len - 1] + 1;
            if (after > h->doc->src_len) after = (uint32_t)h->doc->src_len;
            ds_tb_putc(&h->tb, '\n', after);
            h->start = (uint32_t)h->tb.len;
            if (src < after) src = after;
        } else if (h->tb.len == h->start && h->start == 0) {
        }
        if (h->pending_comma) {
            ds_tb_putc(&h->tb, ',', src);
            h->pending_comma = false;
            h->pending_space = true;
            h->cell_start = (uint32_t)h->tb.len;
        }
        if (h->pending_space) {
            ds_tb_putc(&h->tb, ' ', src);
            h->pending_space = false;
        }
        if (h->pending_in) { /* a place column's name: "in Lopa" */
            if ((c >= 'A' && c <= 'Z') || c >= 0xC3) ds_tb_put(&h->tb, "in ", 3, src, false);
            h->pending_in = false;
        }
        if (bracket) ds_tb_putc(&h->tb, '[', src);
        bracket = false;
        if (letters) {
            ds_tb_put(&h->tb, letters, strlen(letters), src, false);
            i += 2;
        } else {
            ds_tb_putc(&h->tb, (char)c, src);
        }
        h->floor = src;
    }
    if (closing) ds_tb_putc(&h->tb, ']', h->floor);
}

static bool is_block_tag(const xmlNode *n)
{
    static const char *const tags[] = {
        "p",    "div",    "section",    "article", "main",    "blockquote", "pre",    "ul",
        "ol",   "dl",     "dt",         "dd",      "table",   "tbody",      "thead",  "tfoot",
        "tr",   "figure", "figcaption", "caption", "aside",   "address",    "center", "hr",
        "body", "html",   "header",     "details", "summary", NULL};
    for (size_t i = 0; tags[i]; i++)
        if (name_is(n, tags[i])) return true;
    return false;
}

static int heading_level(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->name) return 0;
    const char *nm = (const char *)n->name;
    if ((nm[0] == 'h' || nm[0] == 'H') && nm[1] >= '1' && nm[1] <= '6' && !nm[2])
        return nm[1] - '0';
    return 0;
}

/* Trailing number of an id such as "cite_note-17" or "cite_note-name-17". */
static uint32_t cite_note_number(const xmlNode *n)
{
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    uint32_t v = 0;
    if (id && !strncmp((const char *)id, "cite_note", 9)) {
        const char *d = strrchr((const char *)id, '-');
        if (d) v = (uint32_t)strtoul(d + 1, NULL, 10);
    }
    xmlFree(id);
    return v;
}

static void set_date(ds_doc *doc, const char *v);

/* The number a citation link shows: "3", "[3]", " [ 3 ] "; 0 when it shows
 * anything else (a word, a symbol, a number over 9999). */
static uint32_t link_number(const char *s)
{
    while (*s == ' ' || *s == '[' || *s == '(') s++;
    uint32_t v = 0, nd = 0;
    for (; *s >= '0' && *s <= '9'; s++, nd++) v = v * 10 + (uint32_t)(*s - '0');
    while (*s == ' ' || *s == ']' || *s == ')') s++;
    return *s || !nd || nd > 4 ? 0 : v;
}

/* The node after n in document order, not below max_depth levels (as the
 * reading walk); NULL at the end. */
static xmlNode *next_node(xmlNode *n, const xmlNode *top, size_t *depth, size_t max_depth)
{
    if (n->children && n->type == XML_ELEMENT_NODE && *depth < max_depth) {
        ++*depth;
        return n->children;
    }
    while (n && !n->next) {
        n = n->parent;
        if (!n || n == top) return NULL;
        --*depth;
    }
    return n ? n->next : NULL;
}

/* Every in-text link to an endnote: <a href="#ID"> showing a number (its
 * backlink from the note, "#_ednref1", names an inline element, which never
 * becomes a note). False when out of memory. */
static bool collect_note_ids(hstate *h, xmlNode *root, const xmlNode *top, size_t max_depth)
{
    size_t depth = 0;
    for (xmlNode *n = root; n; n = next_node(n, top, &depth, max_depth)) {
        if (n->type != XML_ELEMENT_NODE || !name_is(n, "a")) continue;
        xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
        if (href && href[0] == '#' && href[1]) {
            xmlChar *text = xmlNodeGetContent(n);
            uint32_t num = text ? link_number((const char *)text) : 0;
            xmlFree(text);
            const char *id = (const char *)href + 1;
            if (num && !strmap_put(&h->note_ids, id, strlen(id), num)) {
                xmlFree(href);
                return false;
            }
        }
        xmlFree(href);
    }
    return true;
}

/* A text node that is a bare number ("2", not "[2]") of a link to an endnote. */
static bool note_link_text(const hstate *h, const xmlNode *t)
{
    const xmlNode *a = t->parent;
    if (!h->note_ids.count || h->note || !a || !name_is(a, "a") || t->prev || t->next ||
        !t->content || !t->content[0])
        return false;
    for (const xmlChar *c = t->content; *c; c++)
        if (*c < '0' || *c > '9') return false;
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    uint32_t num;
    bool note =
        href && href[0] == '#' &&
        strmap_get(&h->note_ids, (const char *)href + 1, strlen((const char *)href + 1), &num);
    xmlFree(href);
    return note;
}

/* An endnote's element (p, li, div, dd with an id the text links to):
 * opens its FOOTNOTE block. */
static bool enter_note(hstate *h, xmlNode *n)
{
    if (!h->note_ids.count || h->references_depth || h->note || n->type != XML_ELEMENT_NODE ||
        !(name_is(n, "p") || name_is(n, "li") || name_is(n, "div") || name_is(n, "dd")))
        return false;
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    uint32_t num = 0;
    bool note = id && strmap_get(&h->note_ids, (const char *)id, strlen((const char *)id), &num);
    xmlFree(id);
    if (!note) return false;
    ds_footnote *fn = ds_vec_push(h->doc->arena, &h->doc->footnotes);
    if (!fn) {
        h->st = DS_ENOMEM;
        return true;
    }
    fn->number = num;
    h->footnote = h->doc->footnotes.n - 1;
    h->note = n;
    open_block(h, DS_BLOCK_FOOTNOTE, DS_NONE);
    return true;
}

static void enter(hstate *h, xmlNode *n)
{
    if (name_is(n, "time") && !h->doc->date[0]) {
        xmlChar *dt = xmlGetProp(n, (const xmlChar *)"datetime");
        set_date(h->doc, (const char *)dt);
        xmlFree(dt);
    }
    if (enter_note(h, n)) return;
    if (h->note && !name_is(n, "a")) { /* inside an endnote: one block, whatever its markup */
        if (name_is(n, "br") || is_block_tag(n) || name_is(n, "p")) h->pending_space = true;
        return;
    }
    int hl = heading_level(n);
    if (hl) {
        bool title = hl == 1 && !h->have_title;
        if (title) h->have_title = true;
        open_block(h, title ? DS_BLOCK_TITLE : DS_BLOCK_HEADING, DS_NONE);
        return;
    }
    if (name_is(n, "table")) {
        close_block(h);
        h->table_depth++;
        if (has_class(n, "infobox") || h->infobox_depth || key_value_table(n)) h->infobox_depth++;
        if (!h->infobox_depth && !h->data_depth && !h->layout_depth) {
            h->data_depth = h->table_depth;
            h->data_th = false;
            memset(h->head_kind, 0, sizeof h->head_kind);
        }
        return;
    }
    /* a paragraph in a cell of a table without heading cells: the table
     * lays the page out ("<td><p>PRESS RELEASE</p><p>Maiduguri, ...</p>
     * <p>On Monday, ...</p></td>": one block, a field, before) */
    if (h->data_depth && h->data_depth == h->table_depth && !h->data_th &&
        (name_is(n, "p") || name_is(n, "div") || name_is(n, "ul") || name_is(n, "ol") ||
         name_is(n, "blockquote"))) {
        close_block(h);
        h->layout_depth = h->data_depth;
        h->data_depth = 0;
    }
    if (h->layout_depth && h->table_depth >= h->layout_depth && !h->infobox_depth &&
        (name_is(n, "tr") || name_is(n, "td") || name_is(n, "th"))) {
        close_block(h);
        return;
    }
    if (h->data_depth == h->table_depth && name_is(n, "tr")) {
        open_block(h, DS_BLOCK_PROSE, DS_NONE);
        h->cell = 0;
        h->row_td = false;
        return;
    }
    if (h->data_depth == h->table_depth && (name_is(n, "td") || name_is(n, "th"))) {
        bool th = name_is(n, "th");
        h->data_th |= th;
        if (!h->open) {
            open_block(h, DS_BLOCK_PROSE, DS_NONE);
            h->cell = 0;
            h->row_td = false;
        }
        h->row_td |= !th;
        /* the cells of a row: "10 March 2024, Boni, ..." (the comma written
         * with the cell's first byte: none for an empty cell) */
        h->pending_comma = h->tb.len > h->start;
        h->pending_in = !th && h->cell < sizeof h->head_kind && h->head_kind[h->cell] == 'l';
        h->cell_start = (uint32_t)h->tb.len;
        return;
    }
    if (name_is(n, "ol") && h->references_depth == 0 && has_class(n, "references")) {
        close_block(h);
        h->references_depth = 1;
        return;
    }
    if (h->references_depth && n->type == XML_ELEMENT_NODE) h->references_depth++;
    if (name_is(n, "li")) {
        if (h->references_depth == 2) { /* ol.references > li */
            ds_footnote *fn = ds_vec_push(h->doc->arena, &h->doc->footnotes);
            if (!fn) {
                h->st = DS_ENOMEM;
                return;
            }
            uint32_t num = cite_note_number(n);
            h->next_fn_num++;
            fn->number = num ? num : h->next_fn_num;
            h->footnote = h->doc->footnotes.n - 1;
            open_block(h, DS_BLOCK_FOOTNOTE, DS_NONE);
            return;
        }
        open_block(h, DS_BLOCK_LIST_ITEM, h->infobox_depth ? h->row_label : DS_NONE);
        return;
    }
    if (h->table_depth && name_is(n, "tr")) {
        close_block(h);
        h->row_label = DS_NONE;
        return;
    }
    if (h->table_depth && name_is(n, "th")) {
        open_block(h, h->infobox_depth ? DS_BLOCK_LABEL : DS_BLOCK_FIELD, DS_NONE);
        h->th_spans = h->infobox_depth && colspan(n) >= 2;
        return;
    }
    if (h->table_depth && name_is(n, "td")) {
        /* a full-width cell under a header row: "Allies" / "Subgroups: ..." */
        if (h->infobox_depth && h->row_label == DS_NONE && h->section_label != DS_NONE &&
            colspan(n) >= 2)
            h->row_label = h->section_label;
        open_block(h, DS_BLOCK_FIELD, h->row_label);
        return;
    }
    if (name_is(n, "br")) {
        if (h->infobox_depth && h->open &&
            (h->kind == DS_BLOCK_FIELD || h->kind == DS_BLOCK_LIST_ITEM)) {
            ds_block_kind k = h->kind;
            uint32_t l = h->label;
            open_block(h, k, l);
        } else if (h->open && h->tb.len > h->start && h->kind == DS_BLOCK_PROSE &&
                   !h->table_depth && !h->note) {
            h->pending_br = true;
        } else if (h->open && h->tb.len > h->start) {
            h->pending_space = true;
        }
        return;
    }
    if (name_is(n, "a") && h->open && h->kind == DS_BLOCK_PROSE && !h->table_depth)
        as_endnote(h, false); /* "<p>[1] <a href=...>" */
    if (name_is(n, "a") && h->footnote != DS_NONE && h->kind == DS_BLOCK_FOOTNOTE && h->open) {
        xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
        if (href && (!strncmp((const char *)href, "http://", 7) ||
                     !strncmp((const char *)href, "https://", 8) ||
                     !strncmp((const char *)href, "//", 2))) {
            const char *u = (const char *)href;
            char tmp[4096];
            if (u[0] == '/') {
                snprintf(tmp, sizeof tmp, "https:%s", u);
                u = tmp;
            }
            ds_status st =
                ds_footnote_add_url(h->doc, &h->doc->footnotes.v[h->footnote], u, strlen(u));
            if (st != DS_OK) h->st = st;
        }
        xmlFree(href);
        return;
    }
    if (name_is(n, "p") || name_is(n, "dd") || name_is(n, "dt") || name_is(n, "blockquote") ||
        name_is(n, "figcaption") || name_is(n, "caption") || name_is(n, "pre")) {
        bool flow = !h->table_depth ||
                    (h->layout_depth && h->table_depth >= h->layout_depth && !h->infobox_depth);
        if (!flow && h->open && (h->kind == DS_BLOCK_FIELD || h->kind == DS_BLOCK_LABEL))
            return; /* a paragraph inside a cell stays in the cell */
        open_block(h, flow ? DS_BLOCK_PROSE : DS_BLOCK_FIELD, DS_NONE);
        return;
    }
    if (is_block_tag(n)) {
        if (h->table_depth && h->open &&
            (h->kind == DS_BLOCK_FIELD || h->kind == DS_BLOCK_LABEL ||
             h->kind == DS_BLOCK_LIST_ITEM))
            return;
        close_block(h);
    }
}

/* The end of a cell of a data table: a heading cell says whether its
 * column counts the dead ("Killed", "Deaths", "Fatalities") or the wounded,
 * or names the place (ds_column_heading); a figure under a count's heading
 * gets its word, so that "3" in the Killed column reads "3 killed" (mapped
 * to the figure's last byte); a place's name gets "in" (add_text). */
static void end_data_cell(hstate *h, bool heading)
{
    uint32_t c = h->cell++;
    /* (an empty block has no text yet; a cell begun in a closed block has
     * a start past the text) */
    if (!h->open || c >= sizeof h->head_kind || !h->tb.text || h->cell_start > h->tb.len) return;
    const char *t = h->tb.text + h->cell_start;
    size_t n = h->tb.len - h->cell_start;
    if (heading) {
        h->head_kind[c] = ds_column_heading(t, n);
        return;
    }
    while (n && (*t == ' ' || *t == '\n')) t++, n--; /* the cell's separator */
    const char *word = ds_column_word(h->head_kind[c]);
    if (!word || !n) return;
    for (size_t i = 0; i < n; i++)
        if (!((t[i] >= '0' && t[i] <= '9') || t[i] == ',' || t[i] == '+')) return;
    for (const char *w = word; *w; w++) ds_tb_putc(&h->tb, *w, h->floor);
}

static void leave(hstate *h, xmlNode *n)
{
    if (h->note) {
        if (n == h->note) {
            close_block(h);
            h->footnote = DS_NONE;
            h->note = NULL;
        }
        return;
    }
    if (heading_level(n)) {
        close_block(h);
        return;
    }
    if (name_is(n, "table")) {
        close_block(h);
        if (h->data_depth == h->table_depth) h->data_depth = 0;
        if (h->layout_depth == h->table_depth) h->layout_depth = 0;
        if (h->table_depth) h->table_depth--;
        if (h->infobox_depth && !--h->infobox_depth) h->section_label = DS_NONE;
        return;
    }
    if (h->data_depth == h->table_depth && (name_is(n, "td") || name_is(n, "th"))) {
        end_data_cell(h, name_is(n, "th"));
        return;
    }
    if (h->data_depth == h->table_depth && name_is(n, "tr")) {
        /* a row of heading cells names the columns: no incident ("Date,
         * Locality, Killed" was a mention of the first row's attack) */
        if (h->open && !h->row_td && h->kind == DS_BLOCK_PROSE) h->kind = DS_BLOCK_HEADING;
        close_block(h);
        return;
    }
    if (h->references_depth && n->type == XML_ELEMENT_NODE) {
        h->references_depth--;
        if (name_is(n, "li") && h->references_depth == 1) {
            close_block(h);
            h->footnote = DS_NONE;
            return;
        }
        if (h->references_depth == 0) {
            close_block(h);
            return;
        }
    }
    if (name_is(n, "li") || name_is(n, "th") || name_is(n, "td") || name_is(n, "tr")) {
        close_block(h);
        return;
    }
    if (h->table_depth && h->open && (h->kind == DS_BLOCK_FIELD || h->kind == DS_BLOCK_LABEL) &&
        (name_is(n, "p") || name_is(n, "div")))
        return;
    if (is_block_tag(n) || name_is(n, "p") || name_is(n, "dd") || name_is(n, "dt") ||
        name_is(n, "blockquote") || name_is(n, "figcaption") || name_is(n, "caption"))
        close_block(h);
}

/* Sets the document date from an ISO 8601 value ("2022-05-12T09:00Z",
 * "2022-05-12", "2022-05") or a journal meta tag's "2022/05/12" unless the
 * caller or an earlier tag gave one. */
static void set_date(ds_doc *doc, const char *v)
{
    if (!v || doc->date[0]) return;
    int y = 0, m = 0, d = 0;
    char s1 = 0, s2 = 0;
    int got = sscanf(v, "%4d%c%2d%c%2d", &y, &s1, &m, &s2, &d);
    if (got < 3 || (s1 != '-' && s1 != '/')) return;
    if (got < 5 || s2 != s1) d = 0;
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 0 || d > 31) return;
    doc->doc_date = (ds_date){(int16_t)y, (uint8_t)m, (uint8_t)d};
    ds_date_format(doc->date, doc->doc_date);
}

/* <meta property="article:published_time" content="..."> and kin */
static void date_from_meta(ds_doc *doc, const xmlNode *n)
{
    static const char *const names[] = {
        "article:published_time",    "datePublished", "date", "dc.date", "DC.date.issued",
        "citation_publication_date", "pubdate",       NULL};
    xmlChar *key = xmlGetProp(n, (const xmlChar *)"property");
    if (!key) key = xmlGetProp(n, (const xmlChar *)"name");
    if (!key) key = xmlGetProp(n, (const xmlChar *)"itemprop");
    if (key) {
        for (size_t i = 0; names[i]; i++)
            if (!strcasecmp((const char *)key, names[i])) {
                xmlChar *c = xmlGetProp(n, (const xmlChar *)"content");
                if (c) set_date(doc, (const char *)c);
                xmlFree(c);
                break;
            }
        xmlFree(key);
    }
}

/* <script type="application/ld+json"> (schema.org metadata of a news
 * page): its "datePublished", the page's date when no tag gave one. */
static void date_from_ld_json(ds_doc *doc, const xmlNode *n)
{
    if (doc->date[0]) return;
    xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
    bool ld = type && !strcasecmp((const char *)type, "application/ld+json");
    xmlFree(type);
    if (!ld) return;
    xmlChar *s = xmlNodeGetContent(n);
    const char *k = s ? strstr((const char *)s, "\"datePublished\"") : NULL;
    if (k) {
        k += strlen("\"datePublished\"");
        while (*k == ' ' || *k == '\t' || *k == '\r' || *k == '\n' || *k == ':') k++;
        if (*k == '"') set_date(doc, k + 1);
    }
    xmlFree(s);
}

/* "Title - Wikipedia" -> "Title" */
static void title_from_head(hstate *h, xmlNode *root)
{
    for (xmlNode *n = root; n; n = n->next) {
        if (name_is(n, "html")) {
            title_from_head(h, n->children);
            return;
        }
        if (!name_is(n, "head")) continue;
        for (xmlNode *c = n->children; c; c = c->next) {
            if (name_is(c, "meta")) date_from_meta(h->doc, c);
            if (name_is(c, "script")) date_from_ld_json(h->doc, c);
            if (!name_is(c, "title")) continue;
            xmlChar *s = xmlNodeGetContent(c);
            if (s) {
                size_t l = strlen((const char *)s);
                const char *p = (const char *)s;
                while (l && (p[l - 1] == ' ' || p[l - 1] == '\n')) l--;
                while (l && (*p == ' ' || *p == '\n')) p++, l--;
                const char *dash = NULL;
                for (const char *q = p; q + 3 <= p + l; q++)
                    if (!strncmp(q, " - ", 3) ||
                        (q + 5 <= p + l && !strncmp(q, " \xE2\x80\x93 ", 5)))
                        dash = q;
                if (dash && strstr(dash, "Wikipedia")) l = (size_t)(dash - p);
                if (l && !h->doc->title[0]) h->doc->title = ds_arena_strndup(h->doc->arena, p, l);
                xmlFree(s);
            }
        }
        return;
    }
}

ds_status ds_read_html(ds_doc *doc, ds_ctx *ctx)
{
    ds_status st = DS_OK;
    hstate h;
    memset(&h, 0, sizeof h);
    h.doc = doc;
    h.footnote = DS_NONE;
    h.row_label = h.section_label = DS_NONE;
    uint32_t *lines = NULL;
    htmlDocPtr hd = NULL;
    htmlParserCtxtPtr pctx = NULL;
    size_t probe = doc->src_len < 4096 ? doc->src_len : 4096, bad = 0;
    for (size_t i = 0; i < probe; i++) {
        unsigned char c = (unsigned char)doc->src[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) bad++;
    }
    if (probe && bad * 10 > probe)
        return ds_ctx_fail(ctx, DS_EFORMAT, "%s: binary file, not HTML", doc->path);
    if (doc->src_len > INT32_MAX)
        return ds_ctx_fail(ctx, DS_ELIMIT, "%s: too large for the HTML parser", doc->path);

    uint32_t nl = 1;
    for (size_t i = 0; i < doc->src_len; i++) nl += doc->src[i] == '\n';
    lines = malloc((size_t)nl * sizeof *lines);
    if (!lines) return DS_ENOMEM;
    lines[0] = 0;
    for (uint32_t i = 0, k = 1; i < doc->src_len; i++)
        if (doc->src[i] == '\n') lines[k++] = i + 1;
    h.line_start = lines;
    h.nlines = nl;

    pctx = htmlNewParserCtxt();
    if (!pctx) {
        st = DS_ENOMEM;
        goto done;
    }
    /* libxml2 reads an HTML file that declares no charset as Latin-1: a
     * saved page in valid UTF-8 ("Godane † (2008–2014)") is UTF-8 */
    const char *enc = NULL;
    if (!declares_charset(doc->src, doc->src_len) && all_utf8(doc->src, doc->src_len))
        enc = "UTF-8";
    hd = htmlCtxtReadMemory(pctx, doc->src, (int)doc->src_len, NULL, enc,
                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                HTML_PARSE_NONET);
    if (pctx->lastError.code == XML_ERR_INTERNAL_ERROR && pctx->lastError.message &&
        strstr(pctx->lastError.message, "depth"))
        ds_doc_diag_add(doc, DS_DIAG_WARNING, "html-too-deep", 0,
                        "the HTML parser stopped: elements nested too deeply");
    if (!hd) {
        st = ds_ctx_fail(ctx, DS_EFORMAT, "%s: not parseable as HTML", doc->path);
        goto done;
    }
    xmlNode *root = hd->children;
    /* iterative walk: no recursion, depth bounded */
    size_t max_depth = ctx->limits.max_html_depth ? ctx->limits.max_html_depth : 512;
    if (!collect_note_ids(&h, root, (const xmlNode *)hd, max_depth)) {
        st = DS_ENOMEM;
        goto done;
    }
    size_t depth = 0;
    bool deep_warned = false;
    xmlNode *n = root;
    while (n && h.st == DS_OK) {
        bool descend = false;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                add_text(&h, n, (const char *)n->content, strlen((const char *)n->content),
                         note_link_text(&h, n));
        } else if (n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE ||
                   n->type == XML_HTML_DOCUMENT_NODE) {
            if (n->type == XML_ELEMENT_NODE && skipped(n, &h)) {
                if (name_is(n, "br")) enter(&h, n);
                if (name_is(n, "script")) date_from_ld_json(doc, n);
            } else {
                enter(&h, n);
                if (n->children) {
                    if (depth < max_depth)
                        descend = true;
                    else if (!deep_warned) {
                        deep_warned = true;
                        ds_doc_diag_add(doc, DS_DIAG_WARNING, "html-too-deep", h.cursor,
                                        "elements nested deeper than %zu were skipped", max_depth);
                    }
                }
                if (!descend) leave(&h, n);
            }
        }
        if (descend) {
            depth++;
            n = n->children;
            continue;
        }
        while (n && !n->next) {
            n = n->parent;
            if (!n || n == (xmlNode *)hd) {
                n = NULL;
                break;
            }
            depth--;
            leave(&h, n);
        }
        if (n) n = n->next;
    }
    close_block(&h);
    /* the <head>: a publication date; the <title> when there was no <h1> */
    if (h.st == DS_OK) title_from_head(&h, root);
    if (!doc->title) h.st = DS_ENOMEM;
    if (h.st != DS_OK) {
        st = h.st;
        goto done;
    }
    st = ds_tb_finish(&h.tb, doc);
    /* an endnote's URLs written as text ("[1] https://...") */
    for (uint32_t i = 0; st == DS_OK && i < doc->footnotes.n; i++) {
        ds_footnote *fn = &doc->footnotes.v[i];
        if (!fn->nurls) st = ds_footnote_add_urls(doc, fn, fn->span.start, fn->span.end);
    }
done:
    strmap_free(&h.note_ids);
    ds_tb_free(&h.tb);
    if (hd) xmlFreeDoc(hd);
    if (pctx) htmlFreeParserCtxt(pctx);
    free(lines);
    return st;
}
