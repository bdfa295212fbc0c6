/* The inline content of a block: text with ODF's white-space rules, spans
 * by what their text styles (resolved through their parents) make them,
 * another language than the paragraph's included, links, line breaks,
 * fields' text.  A footnote or an endnote is a NOTE_REF where it is cited
 * and a NOTE at the end of the body.  In a caption, the label and number
 * before text:sequence are dropped. */
#include <stdlib.h>
#include <string.h>

#include "limit.h"
#include "odt.h"
#include "xhtml.h"

/* The most spaces one text:s gives. */
#define MAX_SPACES 1000

void odt_failed(odt_reader *r, bt_status s)
{
    if (s != BT_OK)
        r->failed = 1;
}

/* Text goes into a buffer first and into the tree when something else
 * does: appending word by word would copy the paragraph each time. */
void odt_flush_text(odt_reader *r)
{
    if (!r->pending.len)
        return;
    odt_failed(r, bt_node_append_text(r->doc, r->pending_parent, r->pending.data, r->pending.len));
    r->failed |= r->pending.failed;
    if (r->after_space) /* the space ends the text just added */
        r->space_node = bt_node_last_child(r->pending_parent);
    bt_buf_truncate(&r->pending, 0);
}

static void put(odt_reader *r, bt_node *parent, const char *s, size_t len)
{
    if (parent != r->pending_parent)
        odt_flush_text(r);
    r->pending_parent = parent;
    bt_buf_put(&r->pending, s, len);
}

static void append(odt_reader *r, bt_node *parent, bt_node *n)
{
    if (parent == r->pending_parent)
        odt_flush_text(r);
    bt_node_append(parent, n);
}

bt_node *odt_new_node(odt_reader *r, bt_node_type type)
{
    bt_node *n = bt_node_new(r->doc, type);
    if (!n)
        r->failed = 1;
    return n;
}

void odt_enter_nested(odt_reader *r, odt_reader *saved)
{
    odt_flush_text(r);
    *saved = *r;
    r->depth++;
    r->marks = 0;
    r->in_link = 0;
    r->span_lang = NULL;
    r->caption = r->credit = NULL;
    r->caption_image = NULL;
}

void odt_leave_nested(odt_reader *r, const odt_reader *saved)
{
    r->figures_before = saved->figures_before;
    r->figures_after = saved->figures_after;
    r->at_start = saved->at_start;
    r->after_space = saved->after_space;
    r->space_node = saved->space_node;
    r->strip_label = saved->strip_label;
    r->caption = saved->caption;
    r->credit = saved->credit;
    r->caption_image = saved->caption_image;
    r->marks = saved->marks;
    r->in_link = saved->in_link;
    r->span_lang = saved->span_lang;
    r->depth = saved->depth;
}

void odt_begin_block(odt_reader *r)
{
    r->at_start = 1;
    r->after_space = 0;
    r->space_node = NULL;
    r->strip_label = 0;
}

/* A space collapsed from white space at the end of a block is none. */
void odt_end_block(odt_reader *r)
{
    if (r->after_space && r->pending.len) { /* the space is still in the buffer */
        bt_buf_truncate(&r->pending, r->pending.len - 1);
        r->after_space = 0;
    }
    odt_flush_text(r);
    bt_node *t = r->after_space ? r->space_node : NULL;
    size_t len = t && t->literal ? strlen(t->literal) : 0;
    if (len && t->literal[len - 1] == ' ') {
        if (len > 1) {
            odt_failed(r, bt_node_set_literal(r->doc, t, t->literal, len - 1));
        } else { /* and the spans left empty */
            bt_node *up = t->parent;
            bt_node_unlink(t);
            while (up && bt_node_is_inline(up->type) && !up->first) {
                t = up;
                up = up->parent;
                bt_node_unlink(t);
            }
        }
    }
    r->after_space = 0;
    r->space_node = NULL;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The separator after a caption's number: ": ", ". ", " - ". */
static size_t label_separator(const char *p)
{
    static const char *const seps[] = {":", ".", "-", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (size_t i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
        if (!strncmp(p, seps[i], strlen(seps[i])))
            return strlen(seps[i]);
    return 0;
}

/* XML text as ODF reads it: each run of white space is one space, none at
 * the start of a block. */
static void read_text(odt_reader *r, const char *p, bt_node *parent)
{
    while (*p) {
        if (r->strip_label) {
            size_t sep = r->strip_label == 1 ? label_separator(p) : 0;
            if (is_space(*p) || sep) {
                p += sep ? sep : 1;
                r->strip_label = sep ? 2 : r->strip_label;
                continue;
            }
            r->strip_label = 0;
        }
        if (is_space(*p)) {
            if (!r->at_start && !r->after_space) {
                put(r, parent, " ", 1);
                r->after_space = 1;
                r->space_node = NULL;
            }
            p++;
            continue;
        }
        size_t run = strcspn(p, " \t\n\r");
        put(r, parent, p, run);
        p += run;
        r->at_start = r->after_space = 0;
    }
}

static void literal(odt_reader *r, bt_node *parent, const char *s, size_t len)
{
    put(r, parent, s, len);
    r->at_start = r->after_space = 0;
    r->strip_label = 0;
}

/* The text of inlines, line breaks as line feeds: code and preformatted. */
void odt_flatten(const bt_node *n, bt_buf *b)
{
    for (const bt_node *c = n->first; c; c = c->next) {
        if (c->type == BT_NODE_BREAK)
            bt_buf_putc(b, '\n');
        else if (c->literal && (c->type == BT_NODE_TEXT || c->type == BT_NODE_CODE))
            bt_buf_puts(b, c->literal);
        else
            odt_flatten(c, b);
    }
}

static void set_flat_literal(odt_reader *r, bt_node *target, const bt_node *from)
{
    bt_buf b = BT_BUF_INIT;
    odt_flatten(from, &b);
    r->failed |= b.failed;
    odt_failed(r, bt_node_set_literal(r->doc, target, b.data ? b.data : "", b.len));
    bt_buf_free(&b);
}

/* The language of the text around x: the SPAN's it is in, else its
 * paragraph's style's, else the document's. */
static const char *language_around(odt_reader *r, xmlNode *x, char *buf, size_t size)
{
    if (r->span_lang)
        return r->span_lang;
    while (x && !bt_xml_is(x, "p") && !bt_xml_is(x, "h"))
        x = x->parent;
    const char *lang =
        odt_style_language(r->styles, "paragraph", bt_xml_attr(x, "style-name"), buf, size);
    if (!lang)
        lang = bt_document_meta(r->doc, BT_META_LANGUAGE);
    return lang ? lang : odt_styles_language(r->styles, buf, size);
}

/* A span in another language than the text around it: a SPAN, appended to
 * parent; NULL when the span is in the same language. */
static bt_node *language_span(odt_reader *r, xmlNode *x, const char *style, bt_node *parent)
{
    char buf[64], around[64];
    const char *lang = odt_style_language(r->styles, "text", style, buf, sizeof(buf));
    if (!lang || odt_same_language(lang, language_around(r, x, around, sizeof(around))))
        return NULL;
    bt_node *span = odt_new_node(r, BT_NODE_SPAN);
    if (span)
        odt_failed(r, bt_node_set_language(r->doc, span, lang));
    if (r->failed)
        return NULL;
    append(r, parent, span);
    return span;
}

/* "Ảnh: " in its own span before a credit's name: the credit's label. */
static void read_credit_label(odt_reader *r, xmlNode *x)
{
    bt_node *holder = odt_new_node(r, BT_NODE_EMPH);
    if (!holder)
        return;
    odt_end_block(r);
    odt_begin_block(r);
    odt_read_inlines(r, x, holder);
    odt_end_block(r);
    odt_begin_block(r); /* the name starts afresh */
    bt_buf b = BT_BUF_INIT;
    bt_node_text_put(holder, &b);
    while (b.len && (b.data[b.len - 1] == ':' || b.data[b.len - 1] == ' '))
        b.len--;
    r->failed |= b.failed;
    if (b.len && !r->failed) {
        b.data[b.len] = '\0';
        odt_failed(r, bt_node_set_label(r->doc, r->credit, b.data));
    }
    bt_buf_free(&b);
}

static void read_span(odt_reader *r, xmlNode *x, bt_node *parent)
{
    const char *style = bt_xml_attr(x, "style-name");
    if (r->credit && odt_style_inherits(r->styles, "text", style, "Photo_20_Credit_20_Label")) {
        read_credit_label(r, x);
        return;
    }
    if (r->credit && odt_style_inherits(r->styles, "text", style, "Photo_20_Credit")) {
        odt_end_block(r);
        odt_begin_block(r);
        odt_read_inlines(r, x, r->credit);
        odt_end_block(r);
        return;
    }
    unsigned marks = odt_style_marks(r->styles, style);
    if (!x->children)
        return;
    if (marks & ODT_CODE) {
        bt_node *holder = odt_new_node(r, BT_NODE_EMPH), *code = odt_new_node(r, BT_NODE_CODE);
        if (r->failed)
            return;
        odt_read_inlines(r, x, holder);
        odt_flush_text(r);
        set_flat_literal(r, code, holder);
        r->space_node = NULL; /* the space is the code's now */
        if (code->literal && *code->literal)
            append(r, parent, code);
        return;
    }
    static const struct {
        unsigned mark;
        bt_node_type type;
    } wraps[] = {{ODT_BOLD, BT_NODE_STRONG},         {ODT_ITALIC, BT_NODE_EMPH},
                 {ODT_UNDERLINE, BT_NODE_UNDERLINE}, {ODT_STRIKE, BT_NODE_STRIKE},
                 {ODT_SUPER, BT_NODE_SUP},           {ODT_SUB, BT_NODE_SUB}};
    marks &= ~r->marks; /* bold in bold is bold */
    bt_node *span = language_span(r, x, style, parent);
    if (r->failed)
        return;
    bt_node *outer = span, *inner = span ? span : parent;
    for (size_t i = 0; i < sizeof(wraps) / sizeof(wraps[0]); i++) {
        if (!(marks & wraps[i].mark) || (wraps[i].mark == ODT_SUB && (marks & ODT_SUPER)))
            continue;
        bt_node *n = odt_new_node(r, wraps[i].type);
        if (r->failed)
            return;
        append(r, inner, n);
        if (!outer)
            outer = n;
        inner = n;
    }
    unsigned outside = r->marks;
    const char *outside_lang = r->span_lang;
    r->marks |= marks;
    r->span_lang = span ? span->attr : r->span_lang;
    odt_read_inlines(r, x, inner);
    r->marks = outside;
    r->span_lang = outside_lang;
    if (outer)
        odt_flush_text(r);
    if (outer && !outer->first)
        bt_node_unlink(outer);
    /* a note's mark raised as marks are (LibreOffice's HTML import): the mark */
    if (outer && outer->type == BT_NODE_SUP && outer->first && outer->first == outer->last &&
        outer->first->type == BT_NODE_NOTE_REF) {
        bt_node_unlink(outer);
        bt_node_append(parent, outer->first);
    }
}

static void read_link(odt_reader *r, xmlNode *x, bt_node *parent)
{
    const char *href = bt_xml_attr(x, "href");
    if (r->in_link || !href || !*href) {
        odt_read_inlines(r, x, parent);
        return;
    }
    bt_node *link = odt_new_node(r, BT_NODE_LINK);
    if (r->failed)
        return;
    odt_failed(r, bt_node_set_href(r->doc, link, href));
    const char *title = bt_xml_attr(x, "title");
    if (title && *title)
        odt_failed(r, bt_node_set_title(r->doc, link, title));
    append(r, parent, link);
    r->in_link = 1;
    odt_read_inlines(r, x, link);
    r->in_link = 0;
    odt_flush_text(r);
    if (!link->first) /* it held only a picture, which became a figure */
        bt_node_unlink(link);
}

/* A note's mark as one line: from text:label when given, else the text of
 * x, into the labels of a and b (may be NULL); 0 when it has none. */
static int set_labels(odt_reader *r, xmlNode *x, const char *given, bt_node *a, bt_node *b)
{
    xmlChar *text = given && *given ? NULL : xmlNodeGetContent(x);
    bt_buf buf = BT_BUF_INIT;
    bt_buf_put_squeezed(&buf, given && *given ? given : text ? (const char *)text : "");
    xmlFree(text);
    r->failed |= buf.failed;
    int any = buf.len && !r->failed;
    if (any)
        odt_failed(r, bt_node_set_label(r->doc, a, buf.data));
    if (any && b)
        odt_failed(r, bt_node_set_label(r->doc, b, buf.data));
    bt_buf_free(&buf);
    return any;
}

/* A footnote or an endnote: a NOTE_REF where it is cited, its body in a
 * NOTE for the end of the body. */
static void read_note(odt_reader *r, xmlNode *x, bt_node *parent)
{
    xmlNode *body = bt_xml_child(x, "note-body");
    if (!body)
        return;
    bt_node *ref = odt_new_node(r, BT_NODE_NOTE_REF), *note = odt_new_node(r, BT_NODE_NOTE);
    if ((!r->notes && !(r->notes = odt_new_node(r, BT_NODE_BODY))) || r->failed)
        return;
    xmlNode *cite = bt_xml_child(x, "note-citation");
    if (cite)
        set_labels(r, cite, bt_xml_attr(cite, "label"), ref, note);
    bt_node_set_note(ref, note);
    append(r, parent, ref);
    r->at_start = r->after_space = 0;
    bt_node_append(r->notes, note);
    const char *id = bt_xml_attr(x, "id");
    if (id && (r->note_ids || (r->note_ids = xmlHashCreate(16))))
        xmlHashAddEntry(r->note_ids, BAD_CAST id, note);
    odt_reader saved;
    odt_enter_nested(r, &saved);
    bt_node *open_figure = r->open_figure;
    for (xmlNode *c = body->children; c && !r->failed; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            odt_read_block(r, c, note);
    odt_leave_nested(r, &saved);
    r->open_figure = open_figure;
}

/* Another mark of a note read before: a NOTE_REF to it; else its text. */
static void read_note_ref(odt_reader *r, xmlNode *x, bt_node *parent)
{
    const char *id = bt_xml_attr(x, "ref-name");
    bt_node *note = id && r->note_ids ? xmlHashLookup(r->note_ids, BAD_CAST id) : NULL;
    if (!note) {
        odt_read_inlines(r, x, parent);
        return;
    }
    bt_node *ref = odt_new_node(r, BT_NODE_NOTE_REF);
    if (!ref)
        return;
    if (!set_labels(r, x, NULL, ref, NULL))
        odt_failed(r, bt_node_set_label(r->doc, ref, bt_node_label(note)));
    bt_node_set_note(ref, note);
    append(r, parent, ref);
    r->at_start = r->after_space = 0;
}

/* Marks, fields' hidden parts and change tracking: nothing to read. */
int odt_skipped_inline(const xmlNode *c)
{
    static const char *const names[] = {
        "soft-page-break",
        "bookmark",
        "bookmark-start",
        "bookmark-end",
        "reference-mark",
        "reference-mark-start",
        "reference-mark-end",
        "annotation",
        "annotation-end",
        "change",
        "change-start",
        "change-end",
        "number",
        "toc-mark",
        "toc-mark-start",
        "toc-mark-end",
        "alphabetical-index-mark",
        "alphabetical-index-mark-start",
        "alphabetical-index-mark-end",
        "user-index-mark",
        "user-index-mark-start",
        "user-index-mark-end",
        "note-citation",
        "tracked-changes",
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (bt_xml_is(c, names[i]))
            return 1;
    return 0;
}

static void read_sequence(odt_reader *r, xmlNode *x, bt_node *parent)
{
    if (!r->caption) {
        odt_read_inlines(r, x, parent);
        return;
    }
    /* "Figure 1: caption": the label and its number are LibreOffice's */
    odt_flush_text(r);
    while (r->caption->first)
        bt_node_unlink(r->caption->first);
    odt_begin_block(r);
    r->strip_label = 1;
}

/* A child read the same way at any depth: text, spacing, line breaks and
 * what is skipped.  0 when c is none of these. */
static int read_leaf(odt_reader *r, xmlNode *c, bt_node *parent)
{
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        read_text(r, (const char *)c->content, parent);
    } else if (c->type != XML_ELEMENT_NODE || odt_skipped_inline(c) || c == r->caption_image) {
        return 1;
    } else if (r->strip_label && (bt_xml_is(c, "s") || bt_xml_is(c, "tab"))) {
        return 1; /* spacing between a caption's number and its text */
    } else if (bt_xml_is(c, "s")) {
        const char *n = bt_xml_attr(c, "c");
        int count = n ? atoi(n) : 1;
        count = count < 1 ? 1 : count > MAX_SPACES ? MAX_SPACES : count;
        for (int i = 0; i < count; i++)
            literal(r, parent, " ", 1);
    } else if (bt_xml_is(c, "tab")) {
        literal(r, parent, "\t", 1);
    } else if (bt_xml_is(c, "line-break")) {
        bt_node *br = odt_new_node(r, BT_NODE_BREAK);
        if (br)
            append(r, parent, br);
        r->at_start = r->after_space = 0;
    } else {
        return 0;
    }
    return 1;
}

/* Past BT_MAX_DEPTH: the text below x goes into parent, iteratively, its
 * spans, links and notes undone; pictures are read, text boxes' paragraphs
 * become runs of the text. */
static void read_flat(odt_reader *r, xmlNode *x, bt_node *parent)
{
    for (xmlNode *c = x->children; c && !r->failed;) {
        int whole = read_leaf(r, c, parent);
        if (!whole && bt_xml_is(c, "frame") && !odt_is_text_frame(c)) {
            odt_read_frame(r, c);
            whole = 1;
        } else if (!whole && (bt_xml_is(c, "p") || bt_xml_is(c, "h"))) {
            read_text(r, " ", parent);
        }
        c = bt_xhtml_next(c, x, whole);
    }
}

void odt_read_inlines(odt_reader *r, xmlNode *x, bt_node *parent)
{
    if (r->depth >= BT_MAX_DEPTH) {
        read_flat(r, x, parent);
        return;
    }
    r->depth++;
    for (xmlNode *c = x->children; c && !r->failed; c = c->next) {
        if (read_leaf(r, c, parent))
            continue;
        if (bt_xml_is(c, "span"))
            read_span(r, c, parent);
        else if (bt_xml_is(c, "a"))
            read_link(r, c, parent);
        else if (bt_xml_is(c, "note"))
            read_note(r, c, parent);
        else if (bt_xml_is(c, "note-ref"))
            read_note_ref(r, c, parent);
        else if (bt_xml_is(c, "frame"))
            odt_read_frame(r, c);
        else if (bt_xml_is(c, "sequence"))
            read_sequence(r, c, parent);
        else
            odt_read_inlines(r, c, parent); /* fields: their text */
    }
    r->depth--;
}
