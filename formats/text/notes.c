/* Footnotes read back as the writer writes them: after a line "---" at the
 * end, each note "[label] text" with its further lines indented under the
 * text, and its marks "[label]" in the text before.  Bracketed text that
 * is no note's label ("[sic]", a figure's "[Ảnh: ...]") stays text. */
#include <stdlib.h>
#include <string.h>

#include "text.h"

typedef struct {
    const char *s; /* the label, without its brackets */
    size_t len;
    size_t order;  /* its note's place: of equal labels, the first is meant */
    bt_node *note; /* NULL while only the lines are looked at */
} tr_label;

static void fail(tr_ctx *c)
{
    if (c->status == BT_OK)
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
}

/* A note's first line, "[label] text" or "[label]" alone (an empty note),
 * unindented: the label in *label, and the byte its text starts at; 0 when
 * l starts no note. */
static size_t note_start(const tr_line *l, tr_label *label)
{
    const char *s = l->s;
    if (tr_indent(l) || l->len < 3 || s[0] != '[')
        return 0;
    size_t max = l->len - 1 < BT_TEXT_MAX_NOTE_LABEL + 1 ? l->len - 1 : BT_TEXT_MAX_NOTE_LABEL + 1;
    const char *close = memchr(s + 1, ']', max);
    if (!close || !bt_text_note_label(s + 1, (size_t)(close - s - 1)))
        return 0;
    size_t end = (size_t)(close - s) + 1;
    if (end < l->len && (s[end] != ' ' || end + 1 == l->len))
        return 0;
    *label = (tr_label){s + 1, end - 2, 0, NULL};
    return end < l->len ? end + 1 : end;
}

static int is_notes_rule(const tr_line *l) { return l->len == 3 && !memcmp(l->s, "---", 3); }

static int by_label(const void *a, const void *b)
{
    const tr_label *x = a, *y = b;
    int d = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    if (d || x->len != y->len)
        return d ? d : x->len < y->len ? -1 : 1;
    return (x->order > y->order) - (x->order < y->order);
}

/* The first of the labels v[0..n) (sorted) equal to s[0..len), or NULL. */
static const tr_label *lookup(const tr_label *v, size_t n, const char *s, size_t len)
{
    tr_label key = {s, len, 0, NULL};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (by_label(&v[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo].len == len && !memcmp(v[lo].s, s, len) ? &v[lo] : NULL;
}

/* The first mark "[label]" in s[0..len) of one of the labels v[0..n): its
 * label, its start in *at; NULL when there is none. */
static const tr_label *next_mark(const tr_label *v, size_t n, const char *s, size_t len, size_t *at)
{
    const char *e = s + len;
    for (const char *p = s; (p = memchr(p, '[', (size_t)(e - p))) != NULL; p++) {
        size_t room = (size_t)(e - p - 1);
        const char *close = memchr(
            p + 1, ']', room < BT_TEXT_MAX_NOTE_LABEL + 1 ? room : BT_TEXT_MAX_NOTE_LABEL + 1);
        const tr_label *l = close ? lookup(v, n, p + 1, (size_t)(close - p - 1)) : NULL;
        if (l) {
            *at = (size_t)(p - s);
            return l;
        }
    }
    return NULL;
}

/* The labels of the notes in lines l[0..n) after the "---", in their
 * order, malloc'd; NULL when out of memory. */
static tr_label *labels_of(const tr_line *l, size_t n, size_t *count)
{
    tr_label *v = malloc((n ? n : 1) * sizeof(*v));
    *count = 0;
    for (size_t i = 0; v && i < n; i++)
        if (note_start(&l[i], &v[*count])) {
            v[*count].order = *count;
            ++*count;
        }
    return v;
}

size_t tr_notes_start(tr_ctx *c, const tr_line *l, size_t first, size_t n)
{
    size_t r = n;
    while (r > first && !is_notes_rule(&l[r - 1]))
        r--;
    if (r == first)
        return n;
    r--;
    /* a "---" right under a line underlines it */
    if (r > 0 && !tr_blank(&l[r - 1]))
        return n;
    /* every line after it starts a note or is indented under one */
    size_t notes = 0;
    tr_label label;
    for (size_t i = r + 1; i < n; i++) {
        if (note_start(&l[i], &label))
            notes++;
        else if (!tr_blank(&l[i]) && (!notes || !tr_indent(&l[i])))
            return n;
    }
    if (!notes)
        return n;
    /* and the text before marks one of them: a list of "[1] ..." no mark
     * leads to is no notes section */
    size_t count, at;
    tr_label *v = labels_of(l + r + 1, n - r - 1, &count);
    if (!v) {
        fail(c);
        return n;
    }
    qsort(v, count, sizeof(*v), by_label);
    size_t i = first;
    while (i < r && !next_mark(v, count, l[i].s, l[i].len, &at))
        i++;
    free(v);
    return i < r ? r : n;
}

/* The lines of the note starting at l[i]: the first after its label, the
 * others with the indentation under its text taken off.  Returns the line
 * after them. */
static size_t note_lines(const tr_line *l, size_t n, size_t i, size_t text, tr_line *out, size_t *m)
{
    /* the writer indents the further lines as wide as "[label] " shows */
    size_t under = tr_width(l[i].s, text);
    out[0] = tr_line_at(l[i].s + text, l[i].len - text);
    *m = 1;
    for (i++; i < n && (tr_blank(&l[i]) || tr_indent(&l[i])); i++) {
        size_t cut = tr_indent(&l[i]) < under ? tr_indent(&l[i]) : under;
        out[(*m)++] = tr_line_at(l[i].s + cut, l[i].len - cut);
    }
    return i;
}

static bt_node *new_note(tr_ctx *c, const tr_label *label)
{
    char s[BT_TEXT_MAX_NOTE_LABEL + 1];
    memcpy(s, label->s, label->len);
    s[label->len] = '\0';
    bt_node *note = c->status == BT_OK ? bt_node_new(c->doc, BT_NODE_NOTE) : NULL;
    if (!note || bt_node_set_label(c->doc, note, s) != BT_OK) {
        fail(c);
        return NULL;
    }
    bt_node_append(bt_document_body(c->doc), note);
    return note;
}

/* The text node t cut at its marks: the text before each, then a NOTE_REF
 * to the note; t keeps the rest, or goes when nothing is left. */
static void split_marks(tr_ctx *c, bt_node *t, const tr_label *v, size_t n)
{
    const char *s = t->literal;
    size_t len = strlen(s), at;
    const tr_label *m;
    while (c->status == BT_OK && (m = next_mark(v, n, s, len, &at)) != NULL) {
        bt_node *before = at ? bt_node_new(c->doc, BT_NODE_TEXT) : NULL;
        bt_node *ref = bt_node_new(c->doc, BT_NODE_NOTE_REF);
        if ((at && (!before || bt_node_set_literal(c->doc, before, s, at) != BT_OK)) || !ref ||
            bt_node_set_label(c->doc, ref, m->s) != BT_OK) {
            fail(c);
            return;
        }
        if (before)
            bt_node_insert_before(t, before);
        bt_node_set_note(ref, m->note);
        bt_node_insert_before(t, ref);
        s += at + m->len + 2;
        len -= at + m->len + 2;
    }
    if (s == t->literal)
        return;
    if (!len)
        bt_node_unlink(t);
    else if (bt_node_set_literal(c->doc, t, s, len) != BT_OK)
        fail(c);
}

/* The node after n in document order, its children left out; NULL past
 * the body. */
static bt_node *following(bt_node *n)
{
    while (n->parent && !n->next)
        n = n->parent;
    return n->next;
}

/* The marks of the notes v[0..n) in the body's text, the notes' own
 * included: a note may point to another. */
static void link_marks(tr_ctx *c, const tr_label *v, size_t n)
{
    for (bt_node *k = bt_document_body(c->doc)->first, *next; k && c->status == BT_OK; k = next) {
        next = k->first ? k->first : following(k);
        if (k->type == BT_NODE_TEXT && k->literal)
            split_marks(c, k, v, n);
    }
}

void tr_notes(tr_ctx *c, const tr_line *l, size_t n)
{
    /* a note a line at the most */
    tr_label *v = malloc((n ? n : 1) * sizeof(*v));
    tr_line *lines = malloc((n ? n : 1) * sizeof(*lines));
    if (!v || !lines) {
        free(v);
        free(lines);
        fail(c);
        return;
    }
    tr_label label;
    size_t k = 0;
    for (size_t i = 0; i < n && c->status == BT_OK;) {
        size_t text = note_start(&l[i], &label), m;
        if (!text) {
            i++;
            continue;
        }
        i = note_lines(l, n, i, text, lines, &m);
        bt_node *nt = new_note(c, &label);
        if (nt)
            tr_blocks(c, lines, m, nt, 1);
        /* the label as the document holds it, normalized */
        v[k] = (tr_label){nt ? nt->attr : "", nt ? strlen(nt->attr) : 0, k, nt};
        k++;
    }
    qsort(v, k, sizeof(*v), by_label);
    if (c->status == BT_OK)
        link_marks(c, v, k);
    free(lines);
    free(v);
}
