/* The writer's lines.  Quotes, list items and footnotes are frames: each
 * gives the lines inside it a prefix ("> ", "  "), and list items and
 * footnotes a marker on their first line ("- ", "1. ", "[1] "); lines are
 * wrapped by src/wrap.c under those prefixes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "unicode.h"
#include "wrap.h"

static int framed(bt_node_type t)
{
    return t == BT_NODE_QUOTE || t == BT_NODE_LIST || t == BT_NODE_ITEM || t == BT_NODE_NOTE;
}

tw_frame *tw_push(tw_writer *w, const bt_node *n, const char *marker, const char *cont)
{
    if (w->nfr == w->capfr) {
        size_t cap = w->capfr ? w->capfr * 2 : 16;
        tw_frame *f = realloc(w->fr, cap * sizeof(*f));
        if (!f) {
            w->failed = 1;
            return NULL;
        }
        w->fr = f;
        w->capfr = cap;
    }
    tw_frame *f = &w->fr[w->nfr++];
    f->node = n;
    snprintf(f->marker, sizeof(f->marker), "%s", marker);
    snprintf(f->cont, sizeof(f->cont), "%s", cont);
    f->pending = *marker != '\0';
    f->bare = 0;
    f->next = 1;
    return f;
}

void tw_put_line(tw_writer *w, const char *prefix, const char *text, size_t len)
{
    size_t start = w->out.len;
    bt_buf_puts(&w->out, prefix);
    bt_buf_put(&w->out, text, len);
    while (w->out.len > start && w->out.data[w->out.len - 1] == ' ')
        bt_buf_truncate(&w->out, w->out.len - 1);
    bt_buf_putc(&w->out, '\n');
}

/* The blank line before a block, unless it is the next item of a tight
 * list or a list nested in an item.  It carries the prefixes of the frames
 * around the block's outermost frame that starts with it: a quote's first
 * paragraph is separated from what comes before the quote, not inside it.
 * self: n is itself a frame. */
void tw_separate(tw_writer *w, const bt_node *n, int self)
{
    size_t inner = self ? 1 : 0;
    while (n->parent && !n->prev && framed(n->parent->type)) {
        n = n->parent;
        inner++;
    }
    if (!w->out.len || (n->type == BT_NODE_ITEM && n->prev) ||
        (n->type == BT_NODE_LIST && n->parent && n->parent->type == BT_NODE_ITEM))
        return;
    bt_buf_truncate(&w->rest, 0);
    for (size_t i = 0; i + inner < w->nfr; i++)
        bt_buf_puts(&w->rest, w->fr[i].cont);
    tw_put_line(w, w->rest.data ? w->rest.data : "", "", 0);
}

/* Set first and rest to the prefixes of the block about to be written;
 * the markers waiting in the frames go on its first line. */
void tw_prefixes(tw_writer *w)
{
    bt_buf_truncate(&w->first, 0);
    bt_buf_truncate(&w->rest, 0);
    /* so that data is a string even when no frame adds to it */
    bt_buf_puts(&w->first, "");
    bt_buf_puts(&w->rest, "");
    for (size_t i = 0; i < w->nfr; i++) {
        bt_buf_puts(&w->first, w->fr[i].pending ? w->fr[i].marker : w->fr[i].cont);
        bt_buf_puts(&w->rest, w->fr[i].cont);
        w->fr[i].pending = 0;
    }
}

void tw_begin(tw_writer *w, const bt_node *n, int self)
{
    tw_separate(w, n, self);
    tw_prefixes(w);
}

static void underline(tw_writer *w, char c, size_t width)
{
    bt_buf_puts(&w->out, w->rest.data);
    char *p = bt_buf_extend(&w->out, width);
    if (p)
        memset(p, c, width);
    bt_buf_putc(&w->out, '\n');
}

void tw_wrapped(tw_writer *w, const bt_node *n, const char *text, size_t len)
{
    tw_begin(w, n, 0);
    bt_wrap_text(w->wrap, &w->out, text, len, w->first.data, w->rest.data);
}

/* Titles and headings are one line however long, as pandoc writes them: a
 * reader takes the first line for the whole title.  mark goes before the
 * text ("### "); under, when not 0, underlines it as wide as the text. */
void tw_one_line(tw_writer *w, const char *mark, char *text, size_t len, char under)
{
    for (char *p = text; p < text + len; p++)
        if (*p == '\n')
            *p = ' ';
    bt_buf_puts(&w->out, w->first.data);
    tw_put_line(w, mark, text, len);
    if (under)
        underline(w, under, bt_grapheme_count(text, len));
}
