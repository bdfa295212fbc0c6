/* The plain-text writer: the convention of README.md, lines wrapped by
 * src/wrap.c.  Quotes, list items and footnotes are frames: each gives the
 * lines inside it a prefix ("> ", "  "), and list items and footnotes a
 * marker on their first line ("- ", "1. ", "[1] "). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datefmt.h"
#include "error.h"
#include "limit.h"
#include "text.h"
#include "unicode.h"
#include "wrap.h"
#include "language.h"

/* The longest footnote label written as is; a longer one is written as the
 * note's number, so that its mark fits a frame's marker. */
#define MAX_NOTE_LABEL 32

typedef struct frame {
    const bt_node *node; /* a QUOTE, LIST, ITEM or NOTE */
    char marker[48];     /* the prefix piece of the first line inside */
    char cont[48];       /* the prefix piece of the other lines */
    int pending;         /* the marker is not written yet */
    long long next;      /* LIST: the number of its next item */
} frame;

typedef struct writer {
    const bt_document *doc;
    bt_wrap *wrap;
    bt_buf out;
    bt_buf text;          /* the inlines of the block being written */
    bt_buf credit;        /* a figure's credit */
    bt_buf *sink;         /* where inlines go, NULL outside blocks that hold them */
    const bt_node *loose; /* the first of inlines found straight in a container */
    bt_buf first, rest;   /* the prefixes of the next block's lines */
    frame *fr;
    size_t nfr, capfr;
    const char *label; /* of figures */
    const char *lang;  /* the document's language */
    int byline;        /* the body has an author line */
    const bt_node *dateline; /* the body's dateline, written under the title */
    int level_shift;         /* subtracted from heading levels: the top one is 2 */
    /* what plain text cannot mark, reported once the body is written */
    size_t underlines, strikes; /* written as their text */
    size_t spans;               /* cells spanning columns or rows, written as one */
    size_t unmarked;            /* footnote marks with no label and no note */
    size_t unknown;             /* nodes of types this writer does not know */
    int failed;
} writer;

/* ---- inline text ---- */

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
static void put_inline(bt_buf *b, const char *s)
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

static void trim_end(bt_buf *b, const char *chars)
{
    while (b->len && strchr(chars, b->data[b->len - 1]))
        bt_buf_truncate(b, b->len - 1);
}

static void put_break(bt_buf *b)
{
    trim_end(b, " ");
    if (b->len && b->data[b->len - 1] != '\n')
        bt_buf_putc(b, '\n');
}

/* ---- frames and prefixes ---- */

static int framed(bt_node_type t)
{
    return t == BT_NODE_QUOTE || t == BT_NODE_LIST || t == BT_NODE_ITEM || t == BT_NODE_NOTE;
}

static frame *push(writer *w, const bt_node *n, const char *marker, const char *cont)
{
    if (w->nfr == w->capfr) {
        size_t cap = w->capfr ? w->capfr * 2 : 16;
        frame *f = realloc(w->fr, cap * sizeof(*f));
        if (!f) {
            w->failed = 1;
            return NULL;
        }
        w->fr = f;
        w->capfr = cap;
    }
    frame *f = &w->fr[w->nfr++];
    f->node = n;
    snprintf(f->marker, sizeof(f->marker), "%s", marker);
    snprintf(f->cont, sizeof(f->cont), "%s", cont);
    f->pending = *marker != '\0';
    f->next = 1;
    return f;
}

static void put_line(writer *w, const char *prefix, const char *text, size_t len)
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
static void separate(writer *w, const bt_node *n, int self)
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
    put_line(w, w->rest.data ? w->rest.data : "", "", 0);
}

/* Set first and rest to the prefixes of the block about to be written;
 * the markers waiting in the frames go on its first line. */
static void prefixes(writer *w)
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

/* ---- blocks ---- */

static void begin(writer *w, const bt_node *n, int self)
{
    separate(w, n, self);
    prefixes(w);
}

static void underline(writer *w, char c, size_t width)
{
    bt_buf_puts(&w->out, w->rest.data);
    char *p = bt_buf_extend(&w->out, width);
    if (p)
        memset(p, c, width);
    bt_buf_putc(&w->out, '\n');
}

static void wrapped(writer *w, const bt_node *n, const char *text, size_t len)
{
    begin(w, n, 0);
    bt_wrap_text(w->wrap, &w->out, text, len, w->first.data, w->rest.data);
}

/* The text being collected, trimmed; NULL when there is none. */
static const char *collected(bt_buf *b)
{
    trim_end(b, " \n");
    return b->len ? b->data : NULL;
}

/* Titles and headings are one line however long, as pandoc writes them: a
 * reader takes the first line for the whole title.  mark goes before the
 * text ("### "); under, when not 0, underlines it as wide as the text. */
static void one_line(writer *w, const char *mark, char *text, size_t len, char under)
{
    for (char *p = text; p < text + len; p++)
        if (*p == '\n')
            *p = ' ';
    bt_buf_puts(&w->out, w->first.data);
    put_line(w, mark, text, len);
    if (under)
        underline(w, under, bt_grapheme_count(text, len));
}

static void heading(writer *w, const bt_node *n)
{
    if (!collected(&w->text))
        return;
    begin(w, n, 0);
    char mark[8] = "";
    /* levels as the body uses them: its top sub-headings are underlined,
     * whatever their HTML level */
    int level = n->level - w->level_shift;
    if (level > 2) {
        level = level < 6 ? level : 6;
        memset(mark, '#', (size_t)level);
        mark[level] = ' ';
        mark[level + 1] = '\0';
    }
    one_line(w, mark, w->text.data, w->text.len, level <= 1 ? '=' : level == 2 ? '-' : 0);
}

/* A credit as the caption convention has it: "Ảnh: Name" when it has a
 * label, the name alone else. */
static void put_credit(bt_buf *b, const bt_node *credit, const char *name)
{
    if (credit && credit->attr) {
        put_inline(b, credit->attr);
        bt_buf_puts(b, ": ");
    }
    bt_buf_puts(b, name);
}

static void figure(writer *w, const bt_node *n)
{
    const char *caption = collected(&w->text);
    const char *credit = collected(&w->credit);
    bt_buf b = BT_BUF_INIT;
    bt_buf_printf(&b, "[%s", w->label);
    if (!caption && n->literal)
        put_inline(&w->text, n->literal);
    caption = collected(&w->text);
    if (caption)
        bt_buf_printf(&b, ": %s", caption);
    if (credit) {
        bt_buf_puts(&b, " — ");
        put_credit(&b, bt_node_figure_credit(n), credit);
    }
    bt_buf_putc(&b, ']');
    for (size_t i = 0; i < b.len; i++)
        if (b.data[i] == '\n')
            b.data[i] = ' ';
    w->failed |= b.failed;
    if (!b.failed)
        wrapped(w, n, b.data, b.len);
    bt_buf_free(&b);
}

static void pre(writer *w, const bt_node *n)
{
    const char *s = n->literal ? n->literal : "";
    size_t len = strlen(s);
    while (len && s[len - 1] == '\n')
        len--;
    begin(w, n, 0);
    for (int first = 1;; first = 0) {
        const char *lf = memchr(s, '\n', len);
        size_t line = lf ? (size_t)(lf - s) : len;
        bt_buf_puts(&w->out, first ? w->first.data : w->rest.data);
        put_line(w, line ? "    " : "", s, line);
        if (!lf)
            break;
        len -= line + 1;
        s = lf + 1;
    }
}

static void item(writer *w, const bt_node *n)
{
    frame *list = w->nfr ? &w->fr[w->nfr - 1] : NULL;
    char marker[24] = "- ", cont[24] = "  ";
    if (list && list->node->type == BT_NODE_LIST && list->node->flag) {
        int len = snprintf(marker, sizeof(marker), "%lld. ", list->next++);
        memset(cont, ' ', (size_t)len);
        cont[len] = '\0';
    }
    push(w, n, marker, cont);
}

/* A footnote's mark: its label, or its number among the notes when it has
 * none that fits. */
static void note_mark(const bt_node *note, char *buf, size_t cap)
{
    if (note->attr && strlen(note->attr) <= MAX_NOTE_LABEL) {
        snprintf(buf, cap, "%s", note->attr);
        return;
    }
    int number = 1;
    for (const bt_node *p = note->prev; p; p = p->prev)
        number += p->type == BT_NODE_NOTE;
    snprintf(buf, cap, "%d", number);
}

/* A footnote is a frame whose first line starts with "[mark] ". */
static void note(writer *w, const bt_node *n)
{
    char mark[MAX_NOTE_LABEL + 1], marker[48], cont[48];
    note_mark(n, mark, sizeof(mark));
    int len = snprintf(marker, sizeof(marker), "[%s] ", mark);
    size_t width = bt_grapheme_count(marker, (size_t)len);
    memset(cont, ' ', width);
    cont[width] = '\0';
    push(w, n, marker, cont);
}

/* A footnote's mark in the text, "[1]", as its note's first line has it. */
static void note_ref(writer *w, const bt_node *n)
{
    char mark[MAX_NOTE_LABEL + 1];
    if (n->attr && strlen(n->attr) <= MAX_NOTE_LABEL)
        snprintf(mark, sizeof(mark), "%s", n->attr);
    else if (n->note)
        note_mark(n->note, mark, sizeof(mark));
    else {
        w->unmarked++;
        return;
    }
    bt_buf_printf(w->sink, "[%s]", mark);
}

static void row(writer *w, const bt_node *n)
{
    const char *text = collected(&w->text);
    for (char *p = w->text.data; text && *p; p++)
        if (*p == '\n')
            *p = ' ';
    /* the first row follows the table's caption after a blank line */
    if (n->prev && n->prev->type == BT_NODE_ROW)
        prefixes(w);
    else if (n->parent)
        begin(w, n->prev ? n : n->parent, 0);
    bt_buf_puts(&w->out, w->first.data);
    put_line(w, "", text ? text : "", w->text.len);
}

static void start_inlines(writer *w, bt_buf *b)
{
    bt_buf_truncate(b, 0);
    w->sink = b;
}

static void enter(writer *w, const bt_node *n)
{
    switch (n->type) {
    case BT_NODE_HEADING:
    case BT_NODE_PARAGRAPH:
    case BT_NODE_CAPTION: start_inlines(w, &w->text); break;
    case BT_NODE_CREDIT: start_inlines(w, &w->credit); break;
    case BT_NODE_NOTE: note(w, n); break;
    case BT_NODE_FIGURE:
        bt_buf_truncate(&w->text, 0);
        bt_buf_truncate(&w->credit, 0);
        break;
    case BT_NODE_QUOTE: push(w, n, "> ", "> "); break;
    case BT_NODE_LIST: {
        frame *f = push(w, n, "", "");
        if (f && n->level)
            f->next = n->level;
        break;
    }
    case BT_NODE_ITEM: item(w, n); break;
    case BT_NODE_RULE:
        begin(w, n, 0);
        put_line(w, w->first.data, "* * *", 5);
        break;
    case BT_NODE_ROW: bt_buf_truncate(&w->text, 0); break;
    case BT_NODE_CELL:
        w->spans += n->colspan > 1 || n->rowspan > 1;
        trim_end(&w->text, " ");
        if (n->prev)
            bt_buf_puts(&w->text, " | ");
        w->sink = &w->text;
        break;
    case BT_NODE_PRE: pre(w, n); break;
    default: break;
    }
}

static void paragraph(writer *w, const bt_node *n)
{
    w->byline |= n->role == BT_ROLE_BYLINE;
    if (!collected(&w->text))
        return;
    if (n->role != BT_ROLE_DATELINE) {
        wrapped(w, n, w->text.data, w->text.len);
        return;
    }
    /* the date as the source wrote it, on its own line */
    begin(w, n, 0);
    one_line(w, "", w->text.data, w->text.len, 0);
}

/* A caption or a credit outside a figure (a table's caption) is a
 * paragraph of its own, before what follows it. */
static void loose_caption(writer *w, const bt_node *n, bt_buf *text)
{
    if (n->parent && n->parent->type == BT_NODE_FIGURE)
        return;
    bt_buf b = BT_BUF_INIT;
    const char *s = collected(text);
    if (s && n->type == BT_NODE_CREDIT)
        put_credit(&b, n, s);
    else if (s)
        bt_buf_puts(&b, s);
    w->failed |= b.failed;
    if (b.len)
        wrapped(w, n->parent && n->parent->type == BT_NODE_TABLE ? n->parent : n, b.data, b.len);
    bt_buf_free(&b);
}

static void leave(writer *w, const bt_node *n)
{
    switch (n->type) {
    case BT_NODE_HEADING: heading(w, n); break;
    case BT_NODE_PARAGRAPH: paragraph(w, n); break;
    case BT_NODE_CAPTION: loose_caption(w, n, &w->text); break;
    case BT_NODE_CREDIT: loose_caption(w, n, &w->credit); break;
    case BT_NODE_FIGURE: figure(w, n); break;
    case BT_NODE_NOTE:
    case BT_NODE_ITEM:
        if (w->nfr && w->fr[w->nfr - 1].pending) {
            separate(w, n, 1);
            prefixes(w);
            put_line(w, w->first.data, "", 0);
        }
        w->nfr -= w->nfr > 0;
        break;
    case BT_NODE_QUOTE:
    case BT_NODE_LIST: w->nfr -= w->nfr > 0; break;
    case BT_NODE_ROW: row(w, n); break;
    default: break;
    }
    w->sink = NULL;
}

static void flush_loose(writer *w)
{
    if (collected(&w->text))
        wrapped(w, w->loose, w->text.data, w->text.len);
    w->loose = NULL;
    w->sink = NULL;
}

/* An inline quotation's marks: those of the language of the span around it,
 * else of the document, alternating with the depth of nesting. */
static void quotation(writer *w, const bt_node *n, int entering)
{
    const char *lang = NULL, *open, *close;
    int depth = 0;
    for (const bt_node *p = n->parent; p; p = p->parent) {
        depth += p->type == BT_NODE_QUOTATION;
        if (p->type == BT_NODE_SPAN && !lang)
            lang = p->attr;
    }
    bt_text_quotation_marks(lang ? lang : w->lang, depth, &open, &close);
    if (!entering)
        trim_end(w->sink, " ");
    bt_buf_puts(w->sink, entering ? open : close);
}

static void inline_node(writer *w, const bt_node *n, int entering)
{
    if (!w->sink) {
        start_inlines(w, &w->text);
        w->loose = n;
    }
    switch (n->type) {
    case BT_NODE_TEXT:
    case BT_NODE_CODE:
        if (entering)
            put_inline(w->sink, n->literal ? n->literal : "");
        break;
    case BT_NODE_BREAK:
        if (entering)
            put_break(w->sink);
        break;
    case BT_NODE_QUOTATION: quotation(w, n, entering); break;
    case BT_NODE_NOTE_REF:
        if (entering)
            note_ref(w, n);
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

/* Whether the node is of a type of the model this writer was written for:
 * a type added later is reported, not dropped in silence. */
static int known(bt_node_type type) { return (unsigned)type <= BT_NODE_NOTE; }

static int visit(bt_node *n, int entering, void *user)
{
    writer *w = user;
    if (!known(n->type) || bt_node_is_inline(n->type)) {
        inline_node(w, n, entering);
    } else {
        if (w->loose)
            flush_loose(w);
        if (entering)
            enter(w, n);
        else
            leave(w, n);
    }
    return w->failed || w->out.failed || w->text.failed || w->credit.failed;
}

/* ---- the document ---- */

/* The title, underlined, and the dateline under it: the section, and the
 * date as the source wrote it (a DATELINE paragraph opening the body), else
 * the metadata's date as the document's language writes dates. */
static void title(writer *w)
{
    const char *title = bt_document_meta(w->doc, BT_META_TITLE);
    const char *section = bt_document_meta(w->doc, BT_META_SECTION);
    const char *date = bt_document_meta(w->doc, BT_META_DATE);
    bt_buf shown = BT_BUF_INIT;
    w->dateline = bt_dateline_node(w->doc);
    if (bt_dateline_text(w->doc, &shown)) {
        date = shown.failed ? NULL : shown.data;
        w->failed |= shown.failed;
    }
    prefixes(w);
    if (title) {
        bt_buf_truncate(&w->text, 0);
        put_inline(&w->text, title);
        if (!w->text.failed)
            one_line(w, "", w->text.data, w->text.len, '=');
    }
    if (title && (section || date))
        bt_buf_putc(&w->out, '\n');
    if (section || date) {
        bt_buf line = BT_BUF_INIT;
        bt_buf_printf(&line, "%s%s%s", section ? section : "", section && date ? " | " : "",
                      date ? date : "");
        put_line(w, "", line.data ? line.data : "", line.len);
        w->failed |= line.failed;
        bt_buf_free(&line);
    }
    bt_buf_free(&shown);
}

static int top_heading(bt_node *n, int entering, void *user)
{
    int *top = user;
    if (entering && n->type == BT_NODE_HEADING && (!*top || n->level < *top))
        *top = n->level;
    return 0;
}

/* How far the body's headings sit below level 2: a page whose sub-headings
 * are all h3 is written as one whose are h2. */
static int level_shift(const bt_document *doc)
{
    int top = 0;
    bt_node_walk(doc->body, top_heading, &top);
    return top > 2 ? top - 2 : 0;
}

/* The authors, when the body has no author line of its own. */
static void authors(writer *w)
{
    size_t n = bt_document_meta_count(w->doc, BT_META_AUTHOR);
    if (w->byline || !n)
        return;
    bt_buf_truncate(&w->text, 0);
    for (size_t i = 0; i < n; i++)
        bt_buf_printf(&w->text, "%s%s", i ? ", " : "",
                      bt_document_meta_at(w->doc, BT_META_AUTHOR, i));
    if (w->out.len)
        bt_buf_putc(&w->out, '\n');
    bt_wrap_text(w->wrap, &w->out, w->text.data, w->text.len, "", "");
}

/* The footnotes, at the end after a line "---": the writer writes rules
 * "* * *", so that a reader can tell the notes from a rule. */
static void notes(writer *w)
{
    int first = 1;
    for (bt_node *n = w->doc->body->first; n && !w->failed; n = n->next) {
        if (n->type != BT_NODE_NOTE)
            continue;
        if (first && w->out.len)
            bt_buf_putc(&w->out, '\n');
        if (first)
            put_line(w, "", "---", 3);
        first = 0;
        if (bt_node_walk(n, visit, w))
            w->failed = 1;
    }
}

/* What plain text could not mark, one event a kind. */
static void report(const writer *w, bt_error *err)
{
    if (w->underlines || w->strikes)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_INLINE, w->underlines + w->strikes,
                       "%zu underlined and %zu struck-through runs written as plain text",
                       w->underlines, w->strikes);
    if (w->spans)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_TABLE, w->spans,
                       "%zu table cell%s spanning several columns or rows written as one cell",
                       w->spans, w->spans == 1 ? "" : "s");
    if (w->unmarked)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_FOOTNOTE, w->unmarked,
                       "%zu footnote mark%s with neither a label nor a note left out", w->unmarked,
                       w->unmarked == 1 ? "" : "s");
    if (w->unknown)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_OTHER, w->unknown,
                       "%zu node%s of a type the text writer does not know left out (text kept)",
                       w->unknown, w->unknown == 1 ? "" : "s");
}

/* The wrap width of text:columns and text:wrap, 0 for no wrapping; -1 with
 * err set for a value out of range. */
static int wrap_width(const bt_options *opt, bt_error *err)
{
    const char *wrap = bt_option(opt, "text", "wrap");
    if (wrap && strcmp(wrap, "auto") && strcmp(wrap, "none"))
        return bt_error_set(err, BT_ERR_USAGE, "text:wrap wants 'auto' or 'none', not '%.40s'",
                            wrap),
               -1;
    if (wrap && !strcmp(wrap, "none"))
        return 0;
    const char *columns = bt_option(opt, "text", "columns");
    if (!columns)
        return BT_DEFAULT_COLUMNS;
    char *end;
    errno = 0;
    long n = strtol(columns, &end, 10);
    if (errno || end == columns || *end || n < BT_MIN_COLUMNS || n > BT_MAX_COLUMNS)
        return bt_error_set(err, BT_ERR_USAGE,
                            "text:columns wants a number from %d to %d, not '%.40s'",
                            BT_MIN_COLUMNS, BT_MAX_COLUMNS, columns),
               -1;
    return (int)n;
}

bt_status bt_text_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err)
{
    int width = wrap_width(opt, err);
    if (width < 0)
        return BT_FAILED;
    writer w;
    memset(&w, 0, sizeof(w));
    w.doc = doc;
    w.lang = bt_document_meta(doc, BT_META_LANGUAGE);
    w.label = bt_lang_is_vi(w.lang) ? "Ảnh" : "Image";
    w.wrap = bt_wrap_new(width);
    bt_status s = BT_OK;
    if (w.wrap) {
        w.level_shift = level_shift(doc);
        title(&w);
        /* the notes go at the end, whichever place they have */
        for (bt_node *n = doc->body->first; n && !w.failed; n = n->next)
            if (n != w.dateline && n->type != BT_NODE_NOTE && bt_node_walk(n, visit, &w))
                w.failed = 1;
        if (w.loose)
            flush_loose(&w);
        authors(&w);
        notes(&w);
        if (w.loose)
            flush_loose(&w);
    }
    if (!w.wrap || w.failed || w.out.failed || w.text.failed || w.credit.failed || w.first.failed ||
        w.rest.failed)
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    else {
        report(&w, err);
        s = bt_buf_flush(&w.out, out, err);
    }
    bt_wrap_free(w.wrap);
    bt_buf_free(&w.out);
    bt_buf_free(&w.text);
    bt_buf_free(&w.credit);
    bt_buf_free(&w.first);
    bt_buf_free(&w.rest);
    free(w.fr);
    return s;
}
