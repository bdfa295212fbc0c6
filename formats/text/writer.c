/* The plain-text writer: the walk over the document, its blocks, and the
 * head and foot around them (title, dateline, authors), in the convention
 * of README.md.  Lines and their prefixes are in writer_lines.c, the
 * inlines in writer_inline.c, the footnotes in writer_notes.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "credit.h"
#include "datefmt.h"
#include "error.h"
#include "figlabel.h"
#include "limit.h"
#include "text.h"
#include "unicode.h"
#include "wrap.h"

static void heading(tw_writer *w, const bt_node *n)
{
    if (!tw_collected(&w->text))
        return;
    tw_begin(w, n, 0);
    char mark[8] = "";
    /* the body's top sub-headings are underlined, whatever their source level */
    int level = bt_heading_written_level(n, w->top_heading);
    if (level > 2) {
        memset(mark, '#', (size_t)level);
        mark[level] = ' ';
        mark[level + 1] = '\0';
    }
    tw_one_line(w, mark, w->text.data, w->text.len, level == 1 ? '=' : level == 2 ? '-' : 0);
}

/* A credit as the caption convention has it: "Ảnh: Name" when it has a
 * label, the name alone else. */
static void put_credit(bt_buf *b, const bt_node *credit, const char *name)
{
    if (credit && credit->attr) {
        tw_put_inline(b, credit->attr);
        bt_buf_puts(b, ": ");
    }
    bt_buf_puts(b, name);
}

static void figure(tw_writer *w, const bt_node *n)
{
    const char *caption = tw_collected(&w->text);
    const char *credit = tw_collected(&w->credit);
    /* a picture with no words of the article's own is no text: its alt
     * describes the picture, and the picture is not in a text file */
    if (!caption && !credit && !w->all_images) {
        w->bare_images++;
        if (w->nfr)
            w->fr[w->nfr - 1].bare = 1;
        return;
    }
    bt_buf b = BT_BUF_INIT;
    bt_buf_printf(&b, "[%s", w->label);
    if (bt_figure_numbered(n))
        bt_buf_printf(&b, " %zu", ++w->figures);
    bt_buf line = BT_BUF_INIT;
    if (credit)
        put_credit(&line, bt_node_figure_credit(n), credit);
    /* without a caption, the alt text, unless it only repeats the credit
     * (alt="Image Credit: Pexels"): no caption, so no number */
    int alt = !caption && n->literal && !(line.data && !strcasecmp(line.data, n->literal));
    if (alt)
        tw_put_inline(&w->text, n->literal);
    caption = tw_collected(&w->text);
    if (caption)
        bt_buf_printf(&b, ": %s", caption);
    if (line.data) {
        /* as the source set the credit apart from its caption; else (no
         * caption, or the alt text in its place) a dash, which the text
         * reader reads back */
        const char *open, *close;
        bt_credit_apart(bt_node_figure_credit(n), caption && !alt, " — ", &b, &open, &close);
        if (alt) /* "[Image 1: alt (Foto: X)]" as the source's brackets */
            bt_buf_puts(&b, *open ? " " : " — ");
        if (!caption) /* "[Image 1 — Photo: X]" */
            bt_buf_puts(&b, " — "), open = close = "";
        bt_buf_printf(&b, "%s%s%s", open, line.data, close);
    }
    w->failed |= line.failed;
    bt_buf_free(&line);
    bt_buf_putc(&b, ']');
    for (size_t i = 0; i < b.len; i++)
        if (b.data[i] == '\n')
            b.data[i] = ' ';
    w->failed |= b.failed;
    if (!b.failed)
        tw_wrapped(w, n, b.data, b.len);
    bt_buf_free(&b);
}

static void pre(tw_writer *w, const bt_node *n)
{
    const char *s = n->literal ? n->literal : "";
    size_t len = strlen(s);
    while (len && s[len - 1] == '\n')
        len--;
    tw_begin(w, n, 0);
    for (int first = 1;; first = 0) {
        const char *lf = memchr(s, '\n', len);
        size_t line = lf ? (size_t)(lf - s) : len;
        bt_buf_puts(&w->out, first ? w->first.data : w->rest.data);
        tw_put_line(w, line ? "    " : "", s, line);
        if (!lf)
            break;
        len -= line + 1;
        s = lf + 1;
    }
}

static void item(tw_writer *w, const bt_node *n)
{
    tw_frame *list = w->nfr ? &w->fr[w->nfr - 1] : NULL;
    char marker[24] = "- ", cont[24] = "  ";
    if (list && list->node->type == BT_NODE_LIST && list->node->flag) {
        int len = snprintf(marker, sizeof(marker), "%lld. ", list->next++);
        memset(cont, ' ', (size_t)len);
        cont[len] = '\0';
    }
    tw_push(w, n, marker, cont);
}

static void row(tw_writer *w, const bt_node *n)
{
    const char *text = tw_collected(&w->text);
    for (char *p = w->text.data; text && *p; p++)
        if (*p == '\n')
            *p = ' ';
    /* the first row follows the table's caption after a blank line */
    if (n->prev && n->prev->type == BT_NODE_ROW)
        tw_prefixes(w);
    else if (n->parent)
        tw_begin(w, n->prev ? n : n->parent, 0);
    bt_buf_puts(&w->out, w->first.data);
    tw_put_line(w, "", text ? text : "", w->text.len);
}

static void enter(tw_writer *w, const bt_node *n)
{
    switch (n->type) {
    case BT_NODE_HEADING:
    case BT_NODE_PARAGRAPH:
    case BT_NODE_CAPTION: tw_start_inlines(w, &w->text); break;
    case BT_NODE_CREDIT: tw_start_inlines(w, &w->credit); break;
    case BT_NODE_NOTE: tw_note(w, n); break;
    case BT_NODE_FIGURE:
        bt_buf_truncate(&w->text, 0);
        bt_buf_truncate(&w->credit, 0);
        break;
    case BT_NODE_QUOTE: tw_push(w, n, "> ", "> "); break;
    case BT_NODE_LIST: {
        tw_frame *f = tw_push(w, n, "", "");
        if (f && n->level)
            f->next = n->level;
        break;
    }
    case BT_NODE_ITEM: item(w, n); break;
    case BT_NODE_RULE:
        tw_begin(w, n, 0);
        tw_put_line(w, w->first.data, "* * *", 5);
        break;
    case BT_NODE_ROW: bt_buf_truncate(&w->text, 0); break;
    case BT_NODE_CELL:
        w->spans += n->colspan > 1 || n->rowspan > 1;
        tw_trim_end(&w->text, " ");
        if (n->prev)
            bt_buf_puts(&w->text, " | ");
        w->sink = &w->text;
        break;
    case BT_NODE_PRE: pre(w, n); break;
    default: break;
    }
}

static void paragraph(tw_writer *w, const bt_node *n)
{
    w->byline |= n->role == BT_ROLE_BYLINE;
    if (!tw_collected(&w->text))
        return;
    if (n->role != BT_ROLE_DATELINE) {
        tw_wrapped(w, n, w->text.data, w->text.len);
        return;
    }
    /* the date as the source wrote it, on its own line */
    tw_begin(w, n, 0);
    tw_one_line(w, "", w->text.data, w->text.len, 0);
}

/* A caption or a credit outside a figure (a table's caption) is a
 * paragraph of its own, before what follows it. */
static void loose_caption(tw_writer *w, const bt_node *n, bt_buf *text)
{
    if (n->parent && n->parent->type == BT_NODE_FIGURE)
        return;
    bt_buf b = BT_BUF_INIT;
    const char *s = tw_collected(text);
    if (s && n->type == BT_NODE_CREDIT)
        put_credit(&b, n, s);
    else if (s)
        bt_buf_puts(&b, s);
    w->failed |= b.failed;
    if (b.len)
        tw_wrapped(w, n->parent && n->parent->type == BT_NODE_TABLE ? n->parent : n, b.data, b.len);
    bt_buf_free(&b);
}

static void leave(tw_writer *w, const bt_node *n)
{
    switch (n->type) {
    case BT_NODE_HEADING: heading(w, n); break;
    case BT_NODE_PARAGRAPH: paragraph(w, n); break;
    case BT_NODE_CAPTION: loose_caption(w, n, &w->text); break;
    case BT_NODE_CREDIT: loose_caption(w, n, &w->credit); break;
    case BT_NODE_FIGURE: figure(w, n); break;
    case BT_NODE_NOTE:
    case BT_NODE_ITEM:
        /* an empty item stays one, but not one that held only such a picture */
        if (w->nfr && w->fr[w->nfr - 1].pending && !w->fr[w->nfr - 1].bare) {
            tw_separate(w, n, 1);
            tw_prefixes(w);
            tw_put_line(w, w->first.data, "", 0);
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

static void flush_loose(tw_writer *w)
{
    if (tw_collected(&w->text))
        tw_wrapped(w, w->loose, w->text.data, w->text.len);
    w->loose = NULL;
    w->sink = NULL;
}

/* Whether the node is of a type of the model this writer was written for:
 * a type added later is reported, not dropped in silence. */
static int known(bt_node_type type) { return (unsigned)type <= BT_NODE_NOTE; }

int tw_visit(bt_node *n, int entering, void *user)
{
    tw_writer *w = user;
    if (!known(n->type) || bt_node_is_inline(n->type)) {
        tw_inline(w, n, entering);
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
static void title(tw_writer *w)
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
    tw_prefixes(w);
    if (title) {
        bt_buf_truncate(&w->text, 0);
        tw_put_inline(&w->text, title);
        if (!w->text.failed)
            tw_one_line(w, "", w->text.data, w->text.len, '=');
    }
    /* the subtitle right under the underline, the dateline after a blank line */
    const char *subtitle = title ? bt_document_meta(w->doc, BT_META_SUBTITLE) : NULL;
    if (subtitle) {
        bt_buf_truncate(&w->text, 0);
        tw_put_inline(&w->text, subtitle);
        if (!w->text.failed)
            tw_one_line(w, "", w->text.data, w->text.len, 0);
    }
    if (title && (section || date))
        bt_buf_putc(&w->out, '\n');
    if (section || date) {
        bt_buf line = BT_BUF_INIT;
        bt_buf_printf(&line, "%s%s%s", section ? section : "", section && date ? " | " : "",
                      date ? date : "");
        tw_put_line(w, "", line.data ? line.data : "", line.len);
        w->failed |= line.failed;
        bt_buf_free(&line);
    }
    bt_buf_free(&shown);
}

/* The authors, when the body has no author line of its own. */
static void authors(tw_writer *w)
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

/* What plain text could not mark, one event a kind. */
static void report(const tw_writer *w, bt_error *err)
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
    if (w->bare_images)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_IMAGE, w->bare_images,
                       "%zu picture%s with neither a caption nor a credit not marked "
                       "(text:images=all marks them, with their alt text)",
                       w->bare_images, w->bare_images == 1 ? "" : "s");
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
    const char *images = bt_option(opt, "text", "images");
    if (images && strcmp(images, "captioned") && strcmp(images, "all"))
        return bt_error_set(err, BT_ERR_USAGE,
                            "text:images wants 'captioned' or 'all', not '%.40s'", images);
    tw_writer w;
    memset(&w, 0, sizeof(w));
    w.all_images = images && !strcmp(images, "all");
    w.doc = doc;
    w.lang = bt_document_meta(doc, BT_META_LANGUAGE);
    w.label = bt_figure_label(w.lang);
    w.wrap = bt_wrap_new(width);
    bt_status s = BT_OK;
    if (w.wrap) {
        w.top_heading = bt_document_top_heading(doc);
        title(&w);
        /* the notes go at the end, whichever place they have */
        for (bt_node *n = doc->body->first; n && !w.failed; n = n->next)
            if (n != w.dateline && n->type != BT_NODE_NOTE && bt_node_walk(n, tw_visit, &w))
                w.failed = 1;
        if (w.loose)
            flush_loose(&w);
        authors(&w);
        tw_notes(&w);
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
