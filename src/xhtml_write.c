/* The document's blocks as polyglot (X)HTML elements, for HTML and EPUB. */
#include <libxml/uri.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "credit.h"
#include "datefmt.h"
#include "figlabel.h"
#include "limit.h"
#include "xhtml.h"
#include "xml.h"

/* ---- writing calls ---- */

static void check(bt_xhtml_writer *w, int rc)
{
    if (rc < 0)
        w->failed = 1;
}

/* s without its forbidden characters: s itself, or a malloc'd copy put in
 * *copy for the caller to free. */
static const char *clean(const char *s, char **copy)
{
    *copy = NULL;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && !bt_xml_forbidden(p))
        p++;
    if (!*p)
        return s;
    char *c = malloc(strlen(s) + 1), *o = c;
    if (!c)
        return NULL;
    for (p = (const unsigned char *)s; *p;) {
        size_t bad = bt_xml_forbidden(p);
        if (bad)
            p += bad;
        else
            *o++ = (char)*p++;
    }
    *o = '\0';
    return *copy = c;
}

void bt_xhtml_start(bt_xhtml_writer *w, const char *name)
{
    check(w, xmlTextWriterStartElement(w->w, (const xmlChar *)name));
}

/* Escaped here, not by libxml2: without a document encoding it would write
 * every non-ASCII letter of a value as a character reference. */
static void escape_attr(bt_buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': bt_buf_puts(b, "&amp;"); break;
        case '<': bt_buf_puts(b, "&lt;"); break;
        case '>': bt_buf_puts(b, "&gt;"); break;
        case '"': bt_buf_puts(b, "&quot;"); break;
        case '\n': bt_buf_puts(b, "&#10;"); break;
        case '\t': bt_buf_puts(b, "&#9;"); break;
        default: bt_buf_putc(b, *s);
        }
    }
}

void bt_xhtml_attr(bt_xhtml_writer *w, const char *name, const char *value)
{
    char *copy;
    const char *v = clean(value, &copy);
    bt_buf b = BT_BUF_INIT;
    if (v)
        escape_attr(&b, v);
    free(copy);
    if (!v || b.failed) {
        w->failed = 1;
    } else {
        check(w, xmlTextWriterStartAttribute(w->w, (const xmlChar *)name));
        if (b.len)
            check(w, xmlTextWriterWriteRaw(w->w, (const xmlChar *)b.data));
        check(w, xmlTextWriterEndAttribute(w->w));
    }
    bt_buf_free(&b);
}

void bt_xhtml_text(bt_xhtml_writer *w, const char *text)
{
    char *copy;
    const char *v = clean(text, &copy);
    if (!v)
        w->failed = 1;
    else if (*v)
        check(w, xmlTextWriterWriteString(w->w, (const xmlChar *)v));
    free(copy);
}

void bt_xhtml_raw(bt_xhtml_writer *w, const char *markup)
{
    check(w, xmlTextWriterWriteRaw(w->w, (const xmlChar *)markup));
}

void bt_xhtml_end(bt_xhtml_writer *w) { check(w, xmlTextWriterFullEndElement(w->w)); }

void bt_xhtml_end_void(bt_xhtml_writer *w) { check(w, xmlTextWriterEndElement(w->w)); }

void bt_xhtml_element(bt_xhtml_writer *w, const char *name, const char *text)
{
    bt_xhtml_start(w, name);
    bt_xhtml_text(w, text);
    bt_xhtml_end(w);
}

/* ---- blocks ---- */

/* A footnote, numbered in document order; refs: its marks written so far. */
typedef struct {
    const bt_node *note;
    size_t number, refs;
} note_slot;

typedef struct state {
    bt_xhtml_writer *w;
    bt_xhtml_ids ids;
    size_t next_id;
    const char *base; /* the source-url, to resolve relative links */
    int in_link;      /* an <a> is open: HTML allows no other inside it */
    bt_buf open;      /* per node entered: how many elements leaving it closes */
    bt_buf text;      /* scratch for a node's text: the document is only read */
    note_slot *notes; /* by address; sorted */
    const bt_node **note_order; /* the same in document order */
    size_t nnotes, cap_notes;
    const bt_node *skip;  /* a NOTE met in the text: written after the blocks */
    size_t unlinked_refs; /* marks whose note is missing, or inside a link */
    size_t unwrapped_links; /* links written as their text */
    int top_heading;        /* the body's top heading level, written as h2 */
    const char *label;      /* of figures, "Ảnh" or "Image" */
    size_t figures;         /* numbered so far (bt_figure_numbered) */
    int nomem;
} state;

static int is_block(bt_node_type t)
{
    return !bt_node_is_inline(t) && t != BT_NODE_CAPTION && t != BT_NODE_CREDIT &&
           t != BT_NODE_CELL;
}

/* A line break between blocks, so the markup reads well; never inside
 * phrasing content, where it would be a space. */
static void newline(bt_xhtml_writer *w) { bt_xhtml_raw(w, "\n"); }

static int has_scheme(const char *href, const char *scheme)
{
    size_t n = strlen(scheme);
    return !strncasecmp(href, scheme, n) && href[n] == ':';
}

static int web(const char *href) { return has_scheme(href, "http") || has_scheme(href, "https"); }

/* The address a link keeps (malloc'd), or NULL to unwrap it: only the web
 * and mail, so nothing in an EPUB points into the source site's tree or
 * runs script. */
static char *link_target(const state *st, const char *href)
{
    if (!href || !*href)
        return NULL;
    if (web(href) || has_scheme(href, "mailto"))
        return strdup(href);
    size_t scheme =
        strspn(href, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
    if ((scheme > 0 && href[scheme] == ':') || !st->base)
        return NULL;
    xmlChar *abs = xmlBuildURI((const xmlChar *)href, (const xmlChar *)st->base);
    if (abs && web((const char *)abs)) {
        char *s = strdup((const char *)abs);
        xmlFree(abs);
        return s;
    }
    xmlFree(abs);
    return NULL;
}

static int link(state *st, const bt_node *n)
{
    char *href = st->in_link ? NULL : link_target(st, n->literal);
    if (!href) {
        st->unwrapped_links += n->literal && *n->literal;
        return 0;
    }
    bt_xhtml_start(st->w, "a");
    bt_xhtml_attr(st->w, "href", href);
    free(href);
    if (n->attr && *n->attr)
        bt_xhtml_attr(st->w, "title", n->attr);
    st->in_link = 1;
    return 1;
}

static void size_attr(bt_xhtml_writer *w, const char *name, int px)
{
    char v[16];
    if (px <= 0)
        return;
    snprintf(v, sizeof(v), "%d", px);
    bt_xhtml_attr(w, name, v);
}

/* The size the source showed the image at, in CSS pixels, as an inline
 * style; width and height attributes stay the image's own pixels.  A
 * reader's layout wants the image that wide but never wider than its column
 * (max-width: 100%, the height following): a small screen narrows it, the
 * proportions stay.  A height that the proportions do not give is written
 * too (object-fit keeps the picture undistorted in that box). */
static void display_style(bt_xhtml_writer *w, int dw, int dh, int pw, int ph)
{
    char style[96];
    if (!dw && !dh)
        return;
    if (dw && (!dh || (pw && ph && dh == (int)(((long long)dw * ph + pw / 2) / pw))))
        snprintf(style, sizeof(style), "width:%dpx;max-width:100%%;height:auto", dw);
    else if (!dw && pw && ph)
        snprintf(style, sizeof(style), "height:%dpx;width:auto", dh);
    else if (!dw)
        snprintf(style, sizeof(style), "height:%dpx", dh);
    else
        snprintf(style, sizeof(style), "width:%dpx;height:%dpx;max-width:100%%;object-fit:contain",
                 dw, dh);
    bt_xhtml_attr(w, "style", style);
}

static int figure(state *st, const bt_node *n)
{
    bt_xhtml_writer *w = st->w;
    bt_node *cap = bt_node_figure_caption(n), *credit = bt_node_figure_credit(n);
    const char *src = w->image_src && n->resource >= 0 ? w->image_src(w->user, n->resource) : NULL;
    int captioned = (cap && !bt_node_is_empty(cap)) || (credit && !bt_node_is_empty(credit));
    /* an image lost on reading with no caption to keep leaves nothing to show */
    if (!src && !captioned)
        return 0;
    bt_xhtml_start(w, "figure");
    newline(w);
    if (src) {
        const char *alt = n->literal;
        bt_buf_truncate(&st->text, 0);
        if ((!alt || !*alt) && cap) {
            bt_node_text_put(cap, &st->text);
            alt = st->text.data;
        }
        bt_xhtml_start(w, "img");
        bt_xhtml_attr(w, "src", src);
        bt_xhtml_attr(w, "alt", alt && !st->text.failed ? alt : "");
        int pw = bt_resource_width(w->doc, n->resource),
            ph = bt_resource_height(w->doc, n->resource);
        size_attr(w, "width", pw);
        size_attr(w, "height", ph);
        display_style(w, n->display_w, n->display_h, pw, ph);
        bt_xhtml_end_void(w);
        newline(w);
    }
    if (!captioned)
        return 1;
    bt_xhtml_start(w, "figcaption");
    if (bt_figure_numbered(n)) {
        /* its own element: a reader can drop or restyle it, and ours drops it */
        char label[32];
        snprintf(label, sizeof(label), "%s %zu:", st->label, ++st->figures);
        bt_xhtml_start(w, "span");
        bt_xhtml_attr(w, "class", "caption-label");
        bt_xhtml_text(w, label);
        bt_xhtml_end(w);
        bt_xhtml_text(w, " ");
    }
    return 2;
}

static int credit(state *st, const bt_node *n)
{
    if (bt_node_is_empty(n))
        return 0;
    /* as the source set it apart, its brackets in the small for the
     * reader to find */
    const char *open, *close;
    bt_buf_truncate(&st->text, 0);
    bt_credit_apart(n, n->prev && n->prev->type == BT_NODE_CAPTION && !bt_node_is_empty(n->prev),
                    " ", &st->text, &open, &close);
    if (st->text.len && !st->text.failed)
        bt_xhtml_text(st->w, st->text.data);
    bt_xhtml_start(st->w, "small");
    bt_xhtml_attr(st->w, "class", "credit");
    bt_xhtml_text(st->w, open);
    const char *label = bt_node_label(n);
    if (label && *label) {
        bt_xhtml_start(st->w, "span");
        bt_xhtml_attr(st->w, "class", "credit-label");
        bt_xhtml_text(st->w, label);
        bt_xhtml_text(st->w, ":");
        bt_xhtml_end(st->w);
        bt_xhtml_text(st->w, " ");
    }
    return 1;
}

static int heading(state *st, const bt_node *n)
{
    /* the title is the h1 of the head: the body's top sub-headings are h2 */
    char name[3] = {'h', (char)('0' + bt_heading_written_level(n, st->top_heading)), '\0'};
    bt_xhtml_start(st->w, name);
    if (st->next_id < st->ids.n && st->ids.v[st->next_id].heading == n)
        bt_xhtml_attr(st->w, "id", st->ids.v[st->next_id++].id);
    return 1;
}

static int paragraph(state *st, const bt_node *n)
{
    bt_xhtml_start(st->w, "p");
    if (n->role == BT_ROLE_LEAD)
        bt_xhtml_attr(st->w, "class", "lead");
    else if (n->role == BT_ROLE_BYLINE)
        bt_xhtml_attr(st->w, "class", "byline");
    return 1;
}

static int list(state *st, const bt_node *n)
{
    bt_xhtml_start(st->w, n->flag ? "ol" : "ul");
    if (n->flag && n->level != 0 && n->level != 1) {
        char v[16];
        snprintf(v, sizeof(v), "%d", n->level);
        bt_xhtml_attr(st->w, "start", v);
    }
    newline(st->w);
    return 1;
}

/* An element holding only text: pre, code. */
static int literal(state *st, const char *name, const char *text)
{
    bt_xhtml_start(st->w, name);
    /* the HTML parser drops a newline just after <pre>: give it one to drop */
    if (text && text[0] == '\n' && !strcmp(name, "pre"))
        bt_xhtml_text(st->w, "\n");
    bt_xhtml_text(st->w, text ? text : "");
    return 1;
}

static int void_element(state *st, const char *name)
{
    bt_xhtml_start(st->w, name);
    bt_xhtml_end_void(st->w);
    return 0;
}

static int container(state *st, const char *name)
{
    bt_xhtml_start(st->w, name);
    newline(st->w);
    return 1;
}

static int inline_element(state *st, const char *name)
{
    bt_xhtml_start(st->w, name);
    return 1;
}

/* A run in another language; xml:lang too, as XHTML has it. */
static int language(state *st, const bt_node *n)
{
    if (!n->attr || !*n->attr)
        return 0;
    bt_xhtml_start(st->w, "span");
    bt_xhtml_attr(st->w, "lang", n->attr);
    bt_xhtml_attr(st->w, "xml:lang", n->attr);
    return 1;
}

/* The first row of a table opens its tbody, the last one closes it: a
 * caption comes before. */
static int row(state *st, const bt_node *n)
{
    if (!n->prev || n->prev->type != BT_NODE_ROW)
        container(st, "tbody");
    bt_xhtml_start(st->w, "tr");
    return 1 + (!n->next || n->next->type != BT_NODE_ROW);
}

static void number_attr(bt_xhtml_writer *w, const char *name, int n)
{
    if (n > 1)
        size_attr(w, name, n);
}

static int cell(state *st, const bt_node *n)
{
    bt_xhtml_start(st->w, n->flag ? "th" : "td");
    number_attr(st->w, "colspan", bt_node_cell_colspan(n));
    number_attr(st->w, "rowspan", bt_node_cell_rowspan(n));
    return 1;
}

/* ---- footnotes ---- */

static int cmp_note(const void *a, const void *b)
{
    const bt_node *x = ((const note_slot *)a)->note, *y = ((const note_slot *)b)->note;
    return x < y ? -1 : x > y;
}

static int collect_note(bt_node *n, int entering, void *user)
{
    state *st = user;
    if (!entering || n->type != BT_NODE_NOTE)
        return 0;
    if (st->nnotes == st->cap_notes) {
        size_t cap = st->cap_notes ? st->cap_notes * 2 : 16;
        note_slot *v = realloc(st->notes, cap * sizeof(*v));
        const bt_node **o = v ? realloc(st->note_order, cap * sizeof(*o)) : NULL;
        if (v)
            st->notes = v;
        if (!o)
            return st->nomem = 1;
        st->note_order = o, st->cap_notes = cap;
    }
    st->note_order[st->nnotes] = n;
    st->notes[st->nnotes] = (note_slot){n, st->nnotes + 1, 0};
    st->nnotes++;
    return 0;
}

static note_slot *slot_of(state *st, const bt_node *note)
{
    note_slot key = {note, 0, 0};
    return note && st->nnotes ? bsearch(&key, st->notes, st->nnotes, sizeof(key), cmp_note) : NULL;
}

/* A footnote's mark: a link to its note in a <sup>, the mark alone when
 * the note is missing or a link is open (HTML nests no links). */
static int note_ref(state *st, const bt_node *n)
{
    bt_xhtml_writer *w = st->w;
    note_slot *slot = slot_of(st, n->note);
    char mark[24], href[32], id[48];
    snprintf(mark, sizeof(mark), "%zu", slot ? slot->number : 0);
    const char *label = n->attr && *n->attr ? n->attr : slot ? mark : "*";
    bt_xhtml_start(w, "sup");
    if (!slot || st->in_link) {
        st->unlinked_refs++;
        bt_xhtml_text(w, label);
        bt_xhtml_end(w);
        return 0;
    }
    snprintf(href, sizeof(href), "#note-%zu", slot->number);
    if (slot->refs++)
        snprintf(id, sizeof(id), "ref-%zu-%zu", slot->number, slot->refs);
    else
        snprintf(id, sizeof(id), "ref-%zu", slot->number);
    bt_xhtml_start(w, "a");
    bt_xhtml_attr(w, "href", href);
    bt_xhtml_attr(w, "id", id);
    bt_xhtml_attr(w, "role", "doc-noteref");
    if (w->epub)
        bt_xhtml_attr(w, "epub:type", "noteref");
    bt_xhtml_text(w, label);
    bt_xhtml_end(w);
    bt_xhtml_end(w);
    return 0;
}

static int visit(bt_node *n, int entering, void *user);

/* The notes, in one list after the blocks, each with a link back to its
 * first mark.  An <ol> numbers them; a label that is another number is
 * its value, one that is no number ("*") shows at the mark only. */
static void notes_section(state *st)
{
    bt_xhtml_writer *w = st->w;
    if (!st->nnotes)
        return;
    bt_xhtml_start(w, "section");
    bt_xhtml_attr(w, "role", "doc-endnotes");
    if (w->epub)
        bt_xhtml_attr(w, "epub:type", "endnotes");
    newline(w);
    container(st, "ol");
    for (size_t i = 0; i < st->nnotes && !w->failed; i++) {
        const bt_node *note = st->note_order[i];
        note_slot *slot = slot_of(st, note);
        char v[48];
        bt_xhtml_start(w, "li");
        snprintf(v, sizeof(v), "note-%zu", slot->number);
        bt_xhtml_attr(w, "id", v);
        bt_xhtml_attr(w, "role", "doc-endnote");
        if (w->epub)
            bt_xhtml_attr(w, "epub:type", "endnote");
        char *end;
        long label = note->attr ? strtol(note->attr, &end, 10) : 0;
        if (label > 0 && !*end && label != (long)slot->number && label <= BT_MAX_LIST_START)
            size_attr(w, "value", (int)label);
        newline(w);
        for (bt_node *k = note->first; k && !w->failed; k = k->next)
            bt_node_walk(k, visit, st);
        if (slot->refs) {
            bt_xhtml_start(w, "a");
            snprintf(v, sizeof(v), "#ref-%zu", slot->number);
            bt_xhtml_attr(w, "href", v);
            bt_xhtml_attr(w, "role", "doc-backlink");
            /* U+FE0E: the arrow as text, not as an emoji */
            bt_xhtml_text(w, "\xE2\x86\xA9\xEF\xB8\x8E");
            bt_xhtml_end(w);
        }
        bt_xhtml_end(w);
        newline(w);
    }
    bt_xhtml_end(w);
    newline(w);
    bt_xhtml_end(w);
    newline(w);
}

/* Open what a node starts; returns how many elements leaving it closes. */
static int enter(state *st, const bt_node *n)
{
    switch (n->type) {
    case BT_NODE_HEADING: return heading(st, n);
    case BT_NODE_PARAGRAPH: return paragraph(st, n);
    case BT_NODE_FIGURE: return figure(st, n);
    case BT_NODE_CREDIT: return credit(st, n);
    case BT_NODE_QUOTE: return container(st, "blockquote");
    case BT_NODE_LIST: return list(st, n);
    case BT_NODE_ITEM: return inline_element(st, "li");
    case BT_NODE_RULE: return void_element(st, "hr");
    case BT_NODE_TABLE:
        /* tbody explicit (row): an HTML parser would add it, an XML one not */
        return container(st, "table");
    case BT_NODE_CAPTION:
        /* a figure's caption is in the figcaption its figure opened */
        return n->parent && n->parent->type == BT_NODE_TABLE ? inline_element(st, "caption") : 0;
    case BT_NODE_ROW: return row(st, n);
    case BT_NODE_CELL: return cell(st, n);
    case BT_NODE_PRE: return literal(st, "pre", n->literal);
    case BT_NODE_TEXT: bt_xhtml_text(st->w, n->literal ? n->literal : ""); return 0;
    case BT_NODE_EMPH: return inline_element(st, "em");
    case BT_NODE_STRONG: return inline_element(st, "strong");
    case BT_NODE_LINK: return link(st, n);
    case BT_NODE_BREAK: return void_element(st, "br");
    case BT_NODE_CODE: return literal(st, "code", n->literal);
    case BT_NODE_SUP: return inline_element(st, "sup");
    case BT_NODE_SUB: return inline_element(st, "sub");
    case BT_NODE_QUOTATION: return inline_element(st, "q");
    case BT_NODE_UNDERLINE: return inline_element(st, "u");
    case BT_NODE_STRIKE: return inline_element(st, "s");
    case BT_NODE_SPAN: return language(st, n);
    case BT_NODE_NOTE_REF: return note_ref(st, n);
    default: return 0;
    }
}

static int visit(bt_node *n, int entering, void *user)
{
    state *st = user;
    if (st->skip) {
        if (n == st->skip && !entering)
            st->skip = NULL;
        return 0;
    }
    if (n->type == BT_NODE_NOTE && entering) {
        st->skip = n;
        return 0;
    }
    if (entering) {
        bt_buf_putc(&st->open, (char)enter(st, n));
    } else if (st->open.len) {
        int close = st->open.data[st->open.len - 1];
        bt_buf_truncate(&st->open, st->open.len - 1);
        if (n->type == BT_NODE_LINK && close)
            st->in_link = 0;
        if (n->type == BT_NODE_CREDIT && close && bt_node_credit_after(n))
            bt_xhtml_text(st->w, bt_node_credit_after(n));
        for (int i = 0; i < close; i++) {
            bt_xhtml_end(st->w);
            if (is_block(n->type))
                newline(st->w);
        }
        if (n->type == BT_NODE_RULE)
            newline(st->w);
    }
    return st->w->failed || st->open.failed;
}

bt_status bt_xhtml_write_blocks(bt_xhtml_writer *w, bt_error *err)
{
    state st = {.w = w, .open = BT_BUF_INIT, .text = BT_BUF_INIT};
    const char *base = bt_document_meta(w->doc, BT_META_SOURCE_URL);
    st.base = base && web(base) ? base : NULL;
    st.top_heading = bt_document_top_heading(w->doc);
    st.label = bt_figure_label(bt_document_meta(w->doc, BT_META_LANGUAGE));
    if (w->heading_ids && bt_xhtml_ids_build(&st.ids, w->doc->body, err) != BT_OK)
        return BT_FAILED;
    bt_node_walk(w->doc->body, collect_note, &st);
    if (st.nnotes)
        qsort(st.notes, st.nnotes, sizeof(*st.notes), cmp_note);
    /* the dateline is the head's: the writers print it under the title */
    const bt_node *dateline = bt_dateline_node(w->doc);
    for (bt_node *n = w->doc->body->first; n && !w->failed && !st.open.failed && !st.nomem;
         n = n->next)
        if (n != dateline)
            bt_node_walk(n, visit, &st);
    st.skip = NULL;
    if (!st.nomem)
        notes_section(&st);
    if (st.unlinked_refs)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_FOOTNOTE, st.unlinked_refs,
                       "%zu footnote mark%s written without a link to the note (missing, or "
                       "inside a link)",
                       st.unlinked_refs, st.unlinked_refs > 1 ? "s" : "");
    if (st.unwrapped_links)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_INLINE, st.unwrapped_links,
                       "%zu link%s written as text: not to the web or mail, or inside a link",
                       st.unwrapped_links, st.unwrapped_links > 1 ? "s" : "");
    bt_xhtml_ids_free(&st.ids);
    int nomem = st.open.failed || st.text.failed || st.nomem;
    free(st.notes);
    free(st.note_order);
    bt_buf_free(&st.open);
    bt_buf_free(&st.text);
    if (nomem)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (w->failed)
        return bt_error_set(err, BT_ERR_IO, "cannot write the (X)HTML");
    return BT_OK;
}
