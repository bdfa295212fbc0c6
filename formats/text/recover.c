/* What unmarked text does not mark: the title, the dateline (section and
 * date), headings, the lead and the byline, recovered from how lines look. */
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "datefmt.h"
#include "text.h"
#include "textdate.h"

/* The longest title, heading and byline, in grapheme clusters. */
#define TR_MAX_TITLE 150
#define TR_MAX_HEADING 100
#define TR_MAX_BYLINE 50
#define TR_MAX_SECTION 60

static size_t skip_blank(const tr_line *l, size_t n, size_t i)
{
    while (i < n && tr_blank(&l[i]))
        i++;
    return i;
}

static void set_meta(tr_ctx *c, bt_meta_key key, const char *s, size_t len)
{
    char *v = bt_arena_strndup(c->doc, s, len);
    if (c->status == BT_OK && (!v || bt_document_set_meta(c->doc, key, v) != BT_OK))
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
}

static void trim(const char **s, const char **e)
{
    while (*s < *e && **s == ' ')
        ++*s;
    while (*e > *s && (*e)[-1] == ' ')
        --*e;
}

typedef struct {
    const char *section, *shown; /* shown: the date as written, when not ISO */
    size_t section_len, shown_len;
    char date[64];
} tr_dateline;

/* One part of a dateline: the date (ISO as written, or parsed from
 * Vietnamese), else the section; 0 when a second section turns up. */
static int dateline_part(const char *s, const char *e, tr_dateline *d)
{
    trim(&s, &e);
    size_t len = (size_t)(e - s);
    if (!d->date[0] && len < sizeof(d->date) && bt_textdate_is_iso(s, len)) {
        memcpy(d->date, s, len);
        d->date[len] = '\0';
        return 1;
    }
    if (!d->date[0] && bt_textdate_parse(s, len, d->date)) {
        d->shown = s;
        d->shown_len = len;
        return 1;
    }
    /* a section is a short name, not a sentence: a lead right under the
     * title is no dateline */
    if (d->section || !len || tr_final_punct(s, len) || len > 4 * TR_MAX_SECTION ||
        tr_width(s, len) > TR_MAX_SECTION)
        return 0;
    d->section = s;
    d->section_len = len;
    return 1;
}

/* "SECTION | DATE", either alone, or "SECTION - DATE".  A line right under
 * the title's underline is the dateline whatever it holds; elsewhere it
 * needs a date. */
static int dateline(const tr_line *l, int adjacent, tr_dateline *d)
{
    const char *s = l->s + tr_indent(l), *e = l->s + l->len;
    memset(d, 0, sizeof(*d));
    if (e - s > 400)
        return 0;
    const char *bar;
    for (; (bar = tr_find(s, (size_t)(e - s), " | ")) != NULL; s = bar + 3)
        if (!dateline_part(s, bar, d))
            return 0;
    if (!dateline_part(s, e, d))
        return 0;
    if (!d->date[0] && d->section && !adjacent) {
        /* "Xây dựng Đảng - 09/10/2017" */
        const char *sep = NULL;
        for (const char *q = s; (q = tr_find(q, (size_t)(e - q), " - ")) != NULL; q++)
            sep = q;
        tr_dateline alt = {0};
        if (sep && dateline_part(sep + 3, e, &alt) && alt.date[0] && dateline_part(s, sep, &alt))
            *d = alt;
    }
    return d->date[0] || (adjacent && d->section);
}

/* The date goes to the metadata in ISO 8601 for machines; its words
 * ("Thứ Hai ngày") are the article's and stay in the body as written. */
static void apply_dateline(tr_ctx *c, const tr_dateline *d)
{
    if (d->section)
        set_meta(c, BT_META_SECTION, d->section, d->section_len);
    if (d->date[0])
        set_meta(c, BT_META_DATE, d->date, strlen(d->date));
    /* a date a writer made from the metadata is no source's own words */
    int made = d->shown && d->date[0] && bt_date_is_display(d->shown, d->shown_len, d->date, NULL);
    bt_node *p = d->shown && !made ? tr_paragraph(c, bt_document_body(c->doc), d->shown, d->shown_len)
                                   : NULL;
    if (p)
        bt_node_set_role(p, BT_ROLE_DATELINE);
}

static int plain_line(const tr_line *l)
{
    int number;
    size_t content, len;
    const char *s;
    size_t i = tr_indent(l);
    return i < TR_PRE_INDENT && i < l->len && l->s[i] != '[' && !tr_marker(l, &number, &content) &&
           !tr_quote(l) && !tr_rule(l) && !tr_atx(l, &s, &len) && !tr_table_row(l);
}

static void set_title(tr_ctx *c, const tr_line *l, size_t nlines)
{
    bt_buf b = BT_BUF_INIT;
    tr_join(&b, l, nlines);
    if (b.failed)
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
    else
        set_meta(c, BT_META_TITLE, b.data, b.len);
    bt_buf_free(&b);
}

size_t tr_title(tr_ctx *c, const tr_line *l, size_t n)
{
    size_t i = skip_blank(l, n, 0);
    tr_dateline d;
    size_t lines;
    if (tr_heading_run(l, n, i, TR_MAX_HEADING_LINES, &lines) == '=') {
        set_title(c, &l[i], lines);
        size_t j = i + lines + 1, k = skip_blank(l, n, j);
        /* a line under the underline, then a blank and the dateline: the subtitle */
        size_t after = j < n ? skip_blank(l, n, j + 1) : n;
        if (j < n && !tr_blank(&l[j]) && after > j + 1 && after < n && !dateline(&l[j], 0, &d) &&
            dateline(&l[after], 0, &d)) {
            set_meta(c, BT_META_SUBTITLE, l[j].s + tr_indent(&l[j]), l[j].len - tr_indent(&l[j]));
            apply_dateline(c, &d);
            return after + 1;
        }
        if (j < n && !tr_blank(&l[j]) && dateline(&l[j], 1, &d)) {
            apply_dateline(c, &d);
            return j + 1;
        }
        if (k < n && dateline(&l[k], 0, &d)) {
            apply_dateline(c, &d);
            return k + 1;
        }
        return j;
    }
    if (c->marked || i == n || !plain_line(&l[i]))
        return i;
    const char *s = l[i].s + tr_indent(&l[i]);
    size_t len = l[i].len - tr_indent(&l[i]);
    if (strchr(".,;:", s[len - 1]) || len > 4 * TR_MAX_TITLE || tr_width(s, len) > TR_MAX_TITLE)
        return i;
    /* the title stands alone: right under it comes a dateline, or a line
     * too long to be the rest of it wrapped */
    size_t k = skip_blank(l, n, i + 1);
    int has_dateline = k < n && dateline(&l[k], 0, &d);
    if (k == n || (k == i + 1 && !has_dateline && tr_width(l[k].s, l[k].len) <= TR_MAX_WRAP))
        return i;
    set_title(c, &l[i], 1);
    if (!has_dateline)
        return i + 1;
    apply_dateline(c, &d);
    return k + 1;
}

/* 1 to 5 capitalised words of letters (a dot or hyphen inside allowed). */
static int name_like(const char *s, size_t len)
{
    const uint8_t *p = (const uint8_t *)s;
    int words = 0, start = 1;
    if (len > 4 * TR_MAX_BYLINE || tr_width(s, len) > TR_MAX_BYLINE)
        return 0;
    for (size_t i = 0; i < len;) {
        UChar32 ch;
        U8_NEXT(p, i, len, ch);
        if (ch == ' ') {
            start = 1;
            continue;
        }
        if (start) {
            if (!u_isupper(ch))
                return 0;
            words++;
        } else if (!u_isalpha(ch) && ch != '.' && ch != '-' &&
                   u_charType(ch) != U_NON_SPACING_MARK) {
            return 0;
        }
        start = 0;
    }
    return words >= 1 && words <= 5 && s[len - 1] != '.';
}

/* What may end a sentence, closing quotes and brackets included. */
static int ends_sentence(const char *s, size_t len)
{
    static const char *const ends[] = {".", "!", "?", "…", "\"", "”", "»", ")", "'"};
    for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
        size_t n = strlen(ends[i]);
        if (len >= n && !memcmp(s + len - n, ends[i], n))
            return 1;
    }
    return 0;
}

size_t tr_byline(const tr_ctx *c, const tr_line *l, size_t first, size_t n)
{
    size_t k = n;
    while (k > first && tr_blank(&l[k - 1]))
        k--;
    if (k <= first + 1)
        return n;
    const tr_line *b = &l[k - 1], *prev = &l[k - 2];
    /* "Share", or "Share Comments Print" joined: labels, not names */
    const char *sp = memchr(b->s, ' ', b->len);
    if (tr_indent(b) || !name_like(b->s, b->len) || tr_interface_line(b->s, b->len) ||
        tr_interface_line(b->s, sp ? (size_t)(sp - b->s) : b->len))
        return n;
    /* in the convention a byline is a paragraph of its own; unmarked text
     * may end the last paragraph's line right before it */
    if (!tr_blank(prev) && (c->marked || !ends_sentence(prev->s, prev->len)))
        return n;
    return k - 1;
}

int tr_heading_like(const char *s, size_t len)
{
    return len && !tr_final_punct(s, len) && len <= 4 * TR_MAX_HEADING &&
           tr_width(s, len) <= TR_MAX_HEADING;
}

/* "(HNM) - ", "(TTXVN) – ": a news agency's mark opens a lead. */
static int agency_prefix(const char *t)
{
    const char *close = t[0] == '(' ? memchr(t, ')', strnlen(t, 41)) : NULL;
    if (!close || close - t > 40 || close == t + 1)
        return 0;
    const char *p = close + 1;
    while (*p == ' ')
        p++;
    return *p == '-' || !strncmp(p, "–", 3) || !strncmp(p, "—", 3);
}

static void lead(tr_ctx *c)
{
    bt_node *first = bt_document_body(c->doc)->first;
    if (first && first->role == BT_ROLE_DATELINE)
        first = first->next;
    if (!first || first->type != BT_NODE_PARAGRAPH)
        return;
    /* the paragraph was built from one run of text: one TEXT node */
    const char *t = first->first ? first->first->literal : NULL;
    bt_node *next = first->next;
    int caption = tr_caption_like(next) && next->next && next->next->type == BT_NODE_HEADING;
    if ((t && agency_prefix(t)) || (next && next->type == BT_NODE_FIGURE) || caption)
        bt_node_set_role(first, BT_ROLE_LEAD);
    /* one sentence alone between the lead and the first heading is where
     * the page had its photo; the convention marks its figures itself */
    if (caption && !c->marked)
        tr_caption_figure(c, next);
}

/* The author of a byline, without the "By " or "Theo " ("according to")
 * before the name; an author the document has already stays. */
static void author(tr_ctx *c, const char *s, size_t len)
{
    static const char *const by[] = {"By ", "Theo "};
    if (bt_document_meta(c->doc, BT_META_AUTHOR))
        return;
    for (size_t i = 0; i < sizeof(by) / sizeof(by[0]); i++) {
        size_t n = strlen(by[i]);
        if (len > n && !memcmp(s, by[i], n)) {
            s += n;
            len -= n;
            break;
        }
    }
    set_meta(c, BT_META_AUTHOR, s, len);
}

void tr_recover(tr_ctx *c, const tr_line *byline)
{
    /* a line with a photo credit is a caption, not a heading */
    for (size_t k = 0; k < c->ncands; k++) {
        bt_node *n = c->cands[k], *next = n->next;
        int next_is_cand = k + 1 < c->ncands && c->cands[k + 1] == next && !tr_credited(next);
        if (next && next->type == BT_NODE_PARAGRAPH && !next_is_cand && !tr_credited(n)) {
            n->type = BT_NODE_HEADING;
            bt_node_set_heading_level(n, 2);
        }
    }
    lead(c);
    if (!c->marked)
        tr_credited_captions(c);
    if (!byline)
        return;
    bt_buf b = BT_BUF_INIT;
    tr_join(&b, byline, 1);
    bt_node *p = b.failed ? NULL : tr_paragraph(c, bt_document_body(c->doc), b.data, b.len);
    if (p) {
        bt_node_set_role(p, BT_ROLE_BYLINE);
        author(c, b.data, b.len);
    }
    bt_buf_free(&b);
}
