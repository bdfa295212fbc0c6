/* The writer's inlines: the text of a block's inlines collected as one run,
 * white space made one space, and the marks plain text has for some of
 * them (quotation marks, footnote marks). */
#include <string.h>

#include "text.h"
#include "language.h"

static int space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* Characters dropped from plain text: invisible, they would only break
 * words apart for whoever reads the text back. */
static size_t dropped(const char *p)
{
    if (!strncmp(p, "\xC2\xAD", 2)) /* soft hyphen */
        return 2;
    if (!strncmp(p, "\xE2\x80\x8B", 3)) /* zero-width space */
        return 3;
    return 0;
}

/* Append text with runs of white space made one space. */
void tw_put_inline(bt_buf *b, const char *s)
{
    for (const char *p = s; *p;) {
        size_t run = 0;
        while (p[run] && !space(p[run]) && !dropped(p + run))
            run++;
        bt_buf_put(b, p, run);
        p += run;
        if (space(*p)) {
            if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
                bt_buf_putc(b, ' ');
            p++;
        } else if (*p) {
            p += dropped(p);
        }
    }
}

void tw_trim_end(bt_buf *b, const char *chars)
{
    while (b->len && strchr(chars, b->data[b->len - 1]))
        bt_buf_truncate(b, b->len - 1);
}

static void put_break(bt_buf *b)
{
    tw_trim_end(b, " ");
    if (b->len && b->data[b->len - 1] != '\n')
        bt_buf_putc(b, '\n');
}

/* The text being collected, trimmed; NULL when there is none. */
const char *tw_collected(bt_buf *b)
{
    tw_trim_end(b, " \n");
    return b->len ? b->data : NULL;
}

void tw_start_inlines(tw_writer *w, bt_buf *b)
{
    bt_buf_truncate(b, 0);
    w->sink = b;
}

/* An inline quotation's marks: those of the language of the span around it,
 * else of the document, alternating with the depth of nesting. */
static void quotation(tw_writer *w, const bt_node *n, int entering)
{
    const char *lang = NULL, *open, *close;
    int depth = 0;
    for (const bt_node *p = n->parent; p; p = p->parent) {
        depth += p->type == BT_NODE_QUOTATION;
        if (p->type == BT_NODE_SPAN && !lang)
            lang = p->attr;
    }
    bt_quotation_marks(lang ? lang : w->lang, depth, &open, &close);
    if (!entering)
        tw_trim_end(w->sink, " ");
    bt_buf_puts(w->sink, entering ? open : close);
}

void tw_inline(tw_writer *w, const bt_node *n, int entering)
{
    if (!w->sink) {
        tw_start_inlines(w, &w->text);
        w->loose = n;
    }
    switch (n->type) {
    case BT_NODE_TEXT:
    case BT_NODE_CODE:
        if (entering)
            tw_put_inline(w->sink, n->literal ? n->literal : "");
        break;
    case BT_NODE_BREAK:
        if (entering)
            put_break(w->sink);
        break;
    case BT_NODE_QUOTATION: quotation(w, n, entering); break;
    case BT_NODE_NOTE_REF:
        if (entering)
            tw_note_ref(w, n);
        break;
    /* no mark in plain text: their text stays, reported as changed */
    case BT_NODE_UNDERLINE: w->underlines += entering; break;
    case BT_NODE_STRIKE: w->strikes += entering; break;
    /* their text, by the convention: the language and the address are not
     * visible text */
    case BT_NODE_EMPH:
    case BT_NODE_STRONG:
    case BT_NODE_LINK:
    case BT_NODE_SUP:
    case BT_NODE_SUB:
    case BT_NODE_SPAN: break;
    default: w->unknown += entering; break;
    }
}
