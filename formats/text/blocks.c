/* The text reader's blocks: the convention's markers (underlines, "### ",
 * figures, lists, quotes, preformatted text, rules, tables) and paragraphs. */
#include <stdlib.h>
#include <string.h>

#include "credit.h"
#include "figlabel.h"
#include "limit.h"
#include "text.h"

static void fail(tr_ctx *c)
{
    if (c->status == BT_OK)
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
}

static bt_node *add(tr_ctx *c, bt_node *parent, bt_node_type type)
{
    bt_node *n = c->status == BT_OK ? bt_node_new(c->doc, type) : NULL;
    if (!n) {
        fail(c);
        return NULL;
    }
    bt_node_append(parent, n);
    return n;
}

static void add_text(tr_ctx *c, bt_node *n, const char *s, size_t len)
{
    if (n && bt_node_append_text(c->doc, n, s, len) != BT_OK)
        fail(c);
}

/* Whether b ends with a hyphen, dash or slash attached to a word: a line
 * broken there joins without a space (the writer breaks "2015-2020" as a
 * line-break opportunity, not at a space). */
static int attached_break(const bt_buf *b)
{
    static const char *const marks[] = {"-", "/", "‐", "–", "—"};
    for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
        size_t n = strlen(marks[i]);
        if (b->len > n && !memcmp(b->data + b->len - n, marks[i], n) &&
            b->data[b->len - n - 1] != ' ')
            return 1;
    }
    return 0;
}

void tr_join(bt_buf *b, const tr_line *lines, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t i = tr_indent(&lines[k]);
        const char *s = lines[k].s + i, *e = lines[k].s + lines[k].len;
        if (s == e)
            continue;
        if (b->len && !attached_break(b))
            bt_buf_putc(b, ' ');
        size_t start = b->len;
        char *o = bt_buf_extend(b, (size_t)(e - s)), *w = o;
        if (!o)
            return;
        for (; s < e; s++)
            if (*s != ' ' || w == o || w[-1] != ' ')
                *w++ = *s;
        bt_buf_truncate(b, start + (size_t)(w - o));
    }
}

/* "[Ảnh 1: CAPTION — CREDIT]" or "[Image 1: ...]", as older versions wrote
 * it without the number, "[Ảnh: ...]", or with nothing but the label,
 * "[Ảnh]": a figure whose image is not here.  The number is the writer's
 * count, not the caption's. */
static bt_node *figure(tr_ctx *c, bt_node *parent, const char *s, size_t len)
{
    static const char dash[] = " — ";
    const size_t dl = sizeof(dash) - 1;
    int vi = 0;
    size_t ll = len > 2 && s[0] == '[' && s[len - 1] == ']'
                    ? bt_figure_label_at(s + 1, len - 2, 0, NULL, &vi)
                    : 0;
    const char *p = s + 1 + ll, *e = s + len - 1, *credit = NULL;
    if (!ll || (p < e && *p != ':' && ((size_t)(e - p) < dl || memcmp(p, dash, dl))))
        return NULL;
    if (p < e && *p == ':')
        p += 1 + (p + 1 < e && p[1] == ' ');
    /* the last dash: a caption may hold one, a credit hardly */
    for (size_t back = dl; !credit && back <= (size_t)(e - p); back++)
        if (!memcmp(e - back, dash, dl))
            credit = e - back;
    bt_node *fig = add(c, parent, BT_NODE_FIGURE);
    const char *cap_end = credit ? credit : e;
    if (fig && cap_end > p)
        add_text(c, add(c, fig, BT_NODE_CAPTION), p, (size_t)(cap_end - p));
    if (fig && credit && credit + dl < e) {
        bt_node *cr = add(c, fig, BT_NODE_CREDIT);
        add_text(c, cr, credit + dl, (size_t)(e - credit - dl));
        if (cr && bt_node_set_credit_apart(c->doc, cr, dash, "") != BT_OK)
            fail(c);
        if (cr)
            bt_credit_label(c->doc, cr);
    } else if (fig && cap_end > p) {
        bt_credit_split(c->doc, fig); /* "[Ảnh 1: ... (Ảnh: X)]" */
    }
    c->figure_vi |= vi;
    return fig;
}

bt_node *tr_paragraph(tr_ctx *c, bt_node *parent, const char *s, size_t len)
{
    bt_node *n = figure(c, parent, s, len);
    if (n)
        return n;
    n = add(c, parent, BT_NODE_PARAGRAPH);
    add_text(c, n, s, len);
    return n;
}

static void heading(tr_ctx *c, bt_node *parent, int level, const tr_line *l, size_t nlines)
{
    bt_buf b = BT_BUF_INIT;
    tr_join(&b, l, nlines);
    bt_node *h = add(c, parent, BT_NODE_HEADING);
    if (h)
        bt_node_set_heading_level(h, level);
    if (b.failed)
        fail(c);
    else
        add_text(c, h, b.data, b.len);
    bt_buf_free(&b);
}

static void candidate(tr_ctx *c, bt_node *n)
{
    if (c->ncands == c->capcands) {
        size_t cap = c->capcands ? c->capcands * 2 : 16;
        bt_node **v = realloc(c->cands, cap * sizeof(*v));
        if (!v) {
            fail(c);
            return;
        }
        c->cands = v;
        c->capcands = cap;
    }
    c->cands[c->ncands++] = n;
}

static void paragraph_of(tr_ctx *c, const tr_line *l, size_t n, bt_node *parent, int one_line)
{
    bt_buf b = BT_BUF_INIT;
    tr_join(&b, l, n);
    if (b.failed)
        fail(c);
    else if (b.len) {
        bt_node *p = tr_paragraph(c, parent, b.data, b.len);
        if (p && one_line && p->type == BT_NODE_PARAGRAPH && tr_heading_like(b.data, b.len))
            candidate(c, p);
    }
    bt_buf_free(&b);
}

static size_t first_word_width(const tr_line *l)
{
    size_t i = tr_indent(l);
    const char *s = l->s + i, *sp = memchr(s, ' ', l->len - i);
    return tr_width(s, sp ? (size_t)(sp - s) : l->len - i);
}

/* Unmarked text: in a block of lines no wider than TR_MAX_WRAP, a line
 * break is a wrap when the next line's first word would not have fitted on
 * the line at the block's widest width; other breaks end a paragraph.  A
 * block holding a longer line was not hard-wrapped at all: one paragraph a
 * line. */
static void unmarked_run(tr_ctx *c, const tr_line *l, size_t n, bt_node *parent)
{
    size_t *w = malloc(n * sizeof(*w)), wrap = 0, start = 0;
    if (!w) {
        fail(c);
        return;
    }
    for (size_t k = 0; k < n; k++) {
        size_t i = tr_indent(&l[k]);
        w[k] = tr_width(l[k].s + i, l[k].len - i);
        if (w[k] > wrap)
            wrap = w[k];
    }
    for (size_t k = 0; k < n; k++) {
        int soft =
            k + 1 < n && wrap <= TR_MAX_WRAP && w[k] + 1 + first_word_width(&l[k + 1]) > wrap;
        if (!soft) {
            paragraph_of(c, l + start, k + 1 - start, parent, k == start);
            start = k + 1;
        }
    }
    free(w);
}

static int list_start(const tr_line *l);

/* Lines of a paragraph run until a blank line, a rule, or a line that is
 * underlined.  List markers and quotes do not interrupt it, as wrapping may
 * start a line with "- " or "> "; inside a list item a marker does, since
 * a nested list follows its parent's text directly. */
static size_t paragraph(tr_ctx *c, const tr_line *l, size_t n, size_t i, bt_node *parent, int depth)
{
    int in_item = parent->type == BT_NODE_ITEM;
    size_t j = i + 1;
    while (j < n && !tr_blank(&l[j]) && !tr_rule(&l[j]) &&
           !(j + 1 < n && tr_underline(&l[j], &l[j + 1])) && !(in_item && list_start(&l[j])))
        j++;
    if (depth == 0 && !c->marked)
        unmarked_run(c, l + i, j - i, parent);
    else
        paragraph_of(c, l + i, j - i, parent, 0);
    return j;
}

/* Unmarked text indents paragraphs too: only a block of short lines, all
 * indented, is preformatted there. */
static int preformatted(const tr_ctx *c, const tr_line *l, size_t n, size_t i, int depth)
{
    if (c->marked || depth > 0)
        return 1;
    for (; i < n && !tr_blank(&l[i]); i++)
        if (tr_indent(&l[i]) < TR_PRE_INDENT || l[i].len > 4 * TR_MAX_PRE_WIDTH ||
            tr_width(l[i].s, l[i].len) > TR_MAX_PRE_WIDTH)
            return 0;
    return 1;
}

static size_t pre(tr_ctx *c, const tr_line *l, size_t n, size_t i, bt_node *parent)
{
    size_t end = i;
    for (size_t j = i; j < n && (tr_blank(&l[j]) || tr_indent(&l[j]) >= TR_PRE_INDENT); j++)
        if (!tr_blank(&l[j]))
            end = j + 1;
    bt_buf b = BT_BUF_INIT;
    for (size_t k = i; k < end; k++) {
        if (k > i)
            bt_buf_putc(&b, '\n');
        if (!tr_blank(&l[k]))
            bt_buf_put(&b, l[k].s + TR_PRE_INDENT, l[k].len - TR_PRE_INDENT);
    }
    bt_node *p = add(c, parent, BT_NODE_PRE);
    if (b.failed || (p && bt_node_set_literal(c->doc, p, b.data, b.len) != BT_OK))
        fail(c);
    bt_buf_free(&b);
    return end;
}

/* Rows of " | " up to a blank line; a figure's "[Image 1: ... | credit]"
 * is none. */
static int table_block(const tr_line *l, size_t n, size_t i)
{
    if (l[i].len > 1 && l[i].s[0] == '[' &&
        bt_figure_label_at(l[i].s + 1, l[i].len - 1, 0, NULL, NULL))
        return 0;
    for (; i < n && !tr_blank(&l[i]); i++)
        if (!tr_table_row(&l[i]))
            return 0;
    return 1;
}

static void cell(tr_ctx *c, bt_node *row, const char *s, const char *e)
{
    while (s < e && *s == ' ')
        s++;
    while (e > s && e[-1] == ' ')
        e--;
    bt_node *cl = add(c, row, BT_NODE_CELL);
    add_text(c, cl, s, (size_t)(e - s));
}

static size_t table(tr_ctx *c, const tr_line *l, size_t n, size_t i, bt_node *parent)
{
    bt_node *t = add(c, parent, BT_NODE_TABLE);
    for (; t && i < n && !tr_blank(&l[i]); i++) {
        bt_node *row = add(c, t, BT_NODE_ROW);
        const char *s = l[i].s + tr_indent(&l[i]), *e = l[i].s + l[i].len;
        for (const char *bar; row && (bar = tr_find(s, (size_t)(e - s), " | ")); s = bar + 3)
            cell(c, row, s, bar);
        if (row)
            cell(c, row, s, e);
    }
    return i;
}

static size_t quote(tr_ctx *c, const tr_line *l, size_t n, size_t i, bt_node *parent, int depth)
{
    size_t j = i;
    while (j < n && tr_quote(&l[j]))
        j++;
    tr_line *inner = malloc((j - i) * sizeof(*inner));
    bt_node *q = add(c, parent, BT_NODE_QUOTE);
    if (!inner || !q) {
        free(inner);
        fail(c);
        return j;
    }
    for (size_t k = i; k < j; k++) {
        const char *p = l[k].s + tr_indent(&l[k]) + 1, *e = l[k].s + l[k].len;
        if (p < e && *p == ' ')
            p++;
        inner[k - i] = tr_line_at(p, (size_t)(e - p));
    }
    tr_blocks(c, inner, j - i, q, depth + 1);
    free(inner);
    return j;
}

static int ends_item(const tr_line *l)
{
    int number;
    size_t content, len;
    const char *s;
    return tr_marker(l, &number, &content) || tr_rule(l) || tr_quote(l) || tr_atx(l, &s, &len);
}

/* The lines of one list item: the first after its marker, then lines
 * indented under its text (blank lines among them), then lazy continuation
 * lines of a paragraph wrapped without indentation.  Counts them in *m and
 * stores them when item is not NULL; returns the line after. */
static size_t item_lines(const tr_line *l, size_t n, size_t i, size_t content, tr_line *item,
                         size_t *m)
{
    *m = 0;
    if (item)
        item[0] = content < l[i].len ? tr_line_at(l[i].s + content, l[i].len - content)
                                     : tr_line_at(l[i].s + l[i].len, 0);
    ++*m;
    size_t j = i + 1;
    while (j < n) {
        tr_line add;
        size_t ind = tr_indent(&l[j]);
        if (tr_blank(&l[j])) {
            size_t k = j;
            while (k < n && tr_blank(&l[k]))
                k++;
            if (k == n || tr_indent(&l[k]) < content)
                break;
            add = (tr_line){l[j].s, 0, 0};
        } else if (ind >= content) {
            add = (tr_line){l[j].s + content, l[j].len - content, ind - content};
        } else if (ends_item(&l[j])) {
            break;
        } else {
            add = (tr_line){l[j].s + ind, l[j].len - ind, 0};
        }
        if (item)
            item[*m] = add;
        ++*m;
        j++;
    }
    return j;
}

static size_t list(tr_ctx *c, const tr_line *l, size_t n, size_t i, bt_node *parent, int depth)
{
    int number;
    size_t content;
    char kind = tr_marker(&l[i], &number, &content);
    bt_node *lst = add(c, parent, BT_NODE_LIST);
    if (!lst)
        return n;
    bt_node_set_list(lst, kind == '.' || kind == ')', number);
    for (;;) {
        size_t m;
        item_lines(l, n, i, content, NULL, &m);
        tr_line *item = malloc(m * sizeof(*item));
        bt_node *it = add(c, lst, BT_NODE_ITEM);
        if (!item || !it) {
            free(item);
            fail(c);
            return n;
        }
        i = item_lines(l, n, i, content, item, &m);
        tr_blocks(c, item, m, it, depth + 1);
        free(item);
        size_t k = i;
        while (k < n && tr_blank(&l[k]))
            k++;
        /* lines indented under the text went to the item: a marker of the
         * same kind left of it is a sibling, even with right-aligned numbers */
        if (k == n || tr_rule(&l[k]) || tr_marker(&l[k], &number, &content) != kind)
            break;
        i = k;
    }
    return i;
}

/* An ordered marker of more than three digits is a year starting a
 * sentence, not a list. */
static int list_start(const tr_line *l)
{
    int number;
    size_t content;
    char kind = tr_marker(l, &number, &content);
    return kind && number < 1000;
}

void tr_blocks(tr_ctx *c, const tr_line *l, size_t n, bt_node *parent, int depth)
{
    int nest = depth < BT_MAX_DEPTH;
    size_t i = 0;
    while (i < n && c->status == BT_OK) {
        const char *s;
        size_t len;
        int level;
        char under;
        size_t k;
        if (tr_blank(&l[i])) {
            i++;
        } else if ((under = tr_heading_run(l, n, i, TR_MAX_HEADING_LINES, &k)) != 0) {
            heading(c, parent, under == '=' ? 1 : 2, &l[i], k);
            i += k + 1;
        } else if ((level = tr_atx(&l[i], &s, &len)) != 0) {
            tr_line h = tr_line_at(s, len);
            heading(c, parent, level, &h, 1);
            i++;
        } else if (tr_rule(&l[i])) {
            add(c, parent, BT_NODE_RULE);
            i++;
        } else if (nest && tr_quote(&l[i])) {
            i = quote(c, l, n, i, parent, depth);
        } else if (nest && list_start(&l[i])) {
            i = list(c, l, n, i, parent, depth);
        } else if (tr_indent(&l[i]) >= TR_PRE_INDENT && preformatted(c, l, n, i, depth)) {
            i = pre(c, l, n, i, parent);
        } else if (tr_table_row(&l[i]) && table_block(l, n, i)) {
            i = table(c, l, n, i, parent);
        } else {
            i = paragraph(c, l, n, i, parent, depth);
        }
    }
}
