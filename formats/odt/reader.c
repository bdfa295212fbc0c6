/* office:text into the document: paragraphs by what their styles (resolved
 * through their parents) make them, headings, lists, tables with their
 * spans and their captions (a paragraph on the Table style above or below
 * them, as LibreOffice's Insert > Caption puts it), the notes at the end. */
#include <stdlib.h>
#include <string.h>

#include "datefmt.h"
#include "limit.h"
#include "odt.h"
#include "textdate.h"
#include "xhtml.h"

/* The most cells one repeated cell gives. */
#define MAX_REPEATED_CELLS 64

typedef struct {
    int level;              /* list nesting */
    const char *list_style; /* the list style of the enclosing lists */
} list_ctx;

static void read_blocks(odt_reader *r, xmlNode *x, bt_node *parent, list_ctx ctx);
static void read_flat(odt_reader *r, xmlNode *x, bt_node *parent, list_ctx ctx);

static void move_children(bt_node *from, bt_node *to)
{
    while (from && from->first)
        bt_node_append(to, from->first);
}

/* Keep the figures met in a block: those before any text go before it. */
static void flush_figures(bt_node **holder, bt_node *parent)
{
    move_children(*holder, parent);
    *holder = NULL;
}

/* "SECTION | DATE", as our writer puts it under the title. */
static void read_dateline(odt_reader *r, const char *text)
{
    const char *bar = strstr(text, " | ");
    const char *date = bar ? bar + 3 : NULL, *section = text;
    size_t slen = bar ? (size_t)(bar - text) : strlen(text);
    char iso[32];
    if (!bar && (bt_textdate_is_iso(text, strlen(text)) ||
                 bt_textdate_parse(text, strlen(text), iso))) {
        date = text;
        slen = 0;
    }
    if (slen && !bt_document_meta(r->doc, BT_META_SECTION)) {
        char *s = strndup(section, slen);
        odt_failed(r, s ? bt_document_set_meta(r->doc, BT_META_SECTION, s) : BT_FAILED);
        free(s);
    }
    if (!date || !*date)
        return;
    int machine = bt_textdate_is_iso(date, strlen(date));
    if (!bt_document_meta(r->doc, BT_META_DATE))
        odt_failed(r, bt_document_set_meta(
                          r->doc, BT_META_DATE,
                          machine || !bt_textdate_parse(date, strlen(date), iso) ? date : iso));
    const char *stored = bt_document_meta(r->doc, BT_META_DATE);
    if (machine || (stored && bt_date_is_display(date, strlen(date), stored,
                                                  bt_document_meta(r->doc, BT_META_LANGUAGE))))
        return; /* a date a writer wrote from the metadata, not the source's words */
    /* the date in the source's words: the body's dateline, before what follows */
    bt_node *p = bt_node_new(r->doc, BT_NODE_PARAGRAPH);
    if (!p || bt_node_append_text(r->doc, p, date, strlen(date)) != BT_OK) {
        odt_failed(r, BT_FAILED);
        return;
    }
    bt_node_set_role(p, BT_ROLE_DATELINE);
    bt_node_append(bt_document_body(r->doc), p);
}

typedef enum { P_BODY, P_TITLE, P_SUBTITLE, P_DATELINE, P_PRE, P_QUOTE, P_RULE } pkind;

static pkind paragraph_kind(odt_reader *r, const char *style)
{
    static const struct {
        const char *style;
        pkind kind;
    } kinds[] = {
        {"Title", P_TITLE},      {"Dateline", P_DATELINE},        {"Subtitle", P_SUBTITLE},
        {"Quotations", P_QUOTE}, {"Preformatted_20_Text", P_PRE}, {"Horizontal_20_Line", P_RULE},
    };
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (odt_style_inherits(r->styles, "paragraph", style, kinds[i].style))
            return kinds[i].kind;
    return P_BODY;
}

static void set_from_text(odt_reader *r, bt_meta_key key, bt_node *p)
{
    const char *text = bt_node_text(r->doc, p);
    if (!text || !*text)
        return;
    if (key == BT_META_DATE)
        read_dateline(r, text);
    else
        odt_failed(r, bt_document_set_meta(r->doc, key, text));
}

static int is_note_ref(bt_node *n, int entering, void *user)
{
    (void)user;
    return entering && n->type == BT_NODE_NOTE_REF;
}

static void read_paragraph(odt_reader *r, xmlNode *x, bt_node *parent)
{
    const char *style = bt_xml_attr(x, "style-name");
    if (odt_read_caption_paragraph(r, x, parent))
        return;
    r->open_figure = NULL;
    pkind kind = paragraph_kind(r, style);
    int level = odt_style_outline_level(r->styles, style);
    if (bt_xml_is(x, "h")) {
        const char *lv = bt_xml_attr(x, "outline-level");
        level = lv && atoi(lv) > 0 ? atoi(lv) : level ? level : 1;
    }
    bt_node *p = odt_new_node(r, level && kind == P_BODY ? BT_NODE_HEADING : BT_NODE_PARAGRAPH);
    if (r->failed)
        return;
    bt_node_set_heading_level(p, level);
    if (odt_style_inherits(r->styles, "paragraph", style, "Lead"))
        bt_node_set_role(p, BT_ROLE_LEAD);
    else if (odt_style_inherits(r->styles, "paragraph", style, "Byline"))
        bt_node_set_role(p, BT_ROLE_BYLINE);
    else if (odt_style_inherits(r->styles, "paragraph", style, "Article_20_Dateline"))
        bt_node_set_role(p, BT_ROLE_DATELINE);
    bt_node *before = r->figures_before, *after = r->figures_after;
    r->figures_before = r->figures_after = NULL;
    odt_begin_block(r);
    odt_read_inlines(r, x, p);
    odt_end_block(r);
    flush_figures(&r->figures_before, parent);
    bt_node *figures = r->figures_after;
    r->figures_before = before;
    r->figures_after = after;
    /* a paragraph of a note's mark alone keeps the mark */
    int empty = bt_node_is_empty(p) && !bt_node_walk(p, is_note_ref, NULL);
    if (kind == P_RULE && empty) {
        bt_node *rule = odt_new_node(r, BT_NODE_RULE);
        if (rule)
            bt_node_append(parent, rule);
    } else if (kind == P_TITLE) {
        set_from_text(r, BT_META_TITLE, p);
    } else if (kind == P_SUBTITLE) {
        set_from_text(r, BT_META_SUBTITLE, p);
    } else if (kind == P_DATELINE) {
        set_from_text(r, BT_META_DATE, p);
    } else if (!empty && kind == P_QUOTE) {
        bt_node *q = bt_node_last_child(parent);
        if (!q || q->type != BT_NODE_QUOTE) {
            q = odt_new_node(r, BT_NODE_QUOTE);
            if (q)
                bt_node_append(parent, q);
        }
        if (q)
            bt_node_append(q, p);
    } else if (!empty) {
        bt_node_append(parent, p);
    }
    move_children(figures, parent);
}

static void read_list(odt_reader *r, xmlNode *x, bt_node *parent, list_ctx ctx)
{
    if (r->depth >= BT_MAX_DEPTH) {
        read_flat(r, x, parent, ctx);
        return;
    }
    ctx.level++;
    const char *style = bt_xml_attr(x, "style-name");
    if (style && *style)
        ctx.list_style = style;
    if (!ctx.list_style) { /* LibreOffice may put it on the paragraphs instead */
        xmlNode *item = bt_xml_child(x, "list-item");
        ctx.list_style =
            odt_style_list(r->styles, bt_xml_attr(bt_xml_child(item, "p"), "style-name"));
    }
    int start;
    int ordered =
        odt_list_ordered(r->styles, ctx.list_style, ctx.level > 10 ? 10 : ctx.level, &start);
    bt_node *list = odt_new_node(r, BT_NODE_LIST);
    if (r->failed)
        return;
    r->depth++;
    for (xmlNode *c = x->children; c && !r->failed; c = c->next) {
        if (!bt_xml_is(c, "list-item") && !bt_xml_is(c, "list-header"))
            continue;
        const char *sv = bt_xml_attr(c, "start-value");
        if (sv && !list->first)
            start = atoi(sv);
        bt_node *item = odt_new_node(r, BT_NODE_ITEM);
        if (!item)
            break;
        bt_node_append(list, item);
        read_blocks(r, c, item, ctx);
    }
    r->depth--;
    bt_node_set_list(list, ordered, start);
    if (list->first)
        bt_node_append(parent, list);
}

/* A cell's paragraphs, nested lists and tables included, as lines. */
static void read_cell_text(odt_reader *r, xmlNode *x, bt_node *cell)
{
    if (r->depth >= BT_MAX_DEPTH) { /* its text, flat */
        odt_read_inlines(r, x, cell);
        return;
    }
    r->depth++;
    for (xmlNode *c = x->children; c && !r->failed; c = c->next) {
        if (bt_xml_is(c, "p") || bt_xml_is(c, "h")) {
            if (cell->first) {
                bt_node *br = odt_new_node(r, BT_NODE_BREAK);
                if (br)
                    bt_node_append(cell, br);
            }
            odt_begin_block(r);
            odt_read_inlines(r, c, cell);
            odt_end_block(r);
        } else if (c->type == XML_ELEMENT_NODE && !odt_skipped_inline(c)) {
            read_cell_text(r, c, cell);
        }
    }
    r->depth--;
}

static void read_row(odt_reader *r, xmlNode *x, bt_node *table, int header)
{
    bt_node *row = odt_new_node(r, BT_NODE_ROW);
    if (r->failed)
        return;
    for (xmlNode *c = x->children; c && !r->failed; c = c->next) {
        /* a cell without paragraphs is filler (a short row's padding) */
        if (!bt_xml_is(c, "table-cell") ||
            (!bt_xml_child(c, "p") && !bt_xml_child(c, "h") && !bt_xml_child(c, "list")))
            continue;
        const char *rep = bt_xml_attr(c, "number-columns-repeated");
        int n = rep ? atoi(rep) : 1;
        n = n < 1 ? 1 : n > MAX_REPEATED_CELLS ? MAX_REPEATED_CELLS : n;
        const char *pstyle = bt_xml_attr(bt_xml_child(c, "p"), "style-name");
        int head = header || odt_style_inherits(r->styles, "paragraph", pstyle, "Table_20_Heading");
        const char *cs = bt_xml_attr(c, "number-columns-spanned");
        const char *rs = bt_xml_attr(c, "number-rows-spanned");
        for (int i = 0; i < n && !r->failed; i++) {
            bt_node *cell = odt_new_node(r, BT_NODE_CELL);
            if (!cell)
                return;
            bt_node_set_cell_header(cell, head);
            bt_node_set_cell_span(cell, cs ? atoi(cs) : 1, rs ? atoi(rs) : 1);
            bt_node_append(row, cell);
            read_cell_text(r, c, cell);
        }
    }
    if (row->first)
        bt_node_append(table, row);
}

static int is_row_group(const xmlNode *c)
{
    return bt_xml_is(c, "table-header-rows") || bt_xml_is(c, "table-rows") ||
           bt_xml_is(c, "table-row-group");
}

/* Past BT_MAX_DEPTH, the rows of nested groups are walked to, not entered. */
static void read_rows(odt_reader *r, xmlNode *x, bt_node *table, int header)
{
    int flat = r->depth >= BT_MAX_DEPTH;
    r->depth++;
    for (xmlNode *c = x->children; c && !r->failed;) {
        int head = header || bt_xml_is(c->parent, "table-header-rows");
        if (bt_xml_is(c, "table-row"))
            read_row(r, c, table, head);
        else if (!flat && is_row_group(c))
            read_rows(r, c, table, header || bt_xml_is(c, "table-header-rows"));
        c = flat ? bt_xhtml_next(c, x, !is_row_group(c)) : c->next;
    }
    r->depth--;
}

static void read_table(odt_reader *r, xmlNode *x, bt_node *parent)
{
    bt_node *table = odt_new_node(r, BT_NODE_TABLE);
    if (r->failed)
        return;
    if (r->table_caption) /* the caption paragraph above it */
        bt_node_append(table, r->table_caption);
    r->table_caption = NULL;
    bt_node *before = r->figures_before, *after = r->figures_after;
    r->figures_before = r->figures_after = NULL;
    read_rows(r, x, table, 0);
    if (table->first)
        bt_node_append(parent, table);
    /* pictures in cells come after the table */
    flush_figures(&r->figures_before, parent);
    flush_figures(&r->figures_after, parent);
    r->figures_before = before;
    r->figures_after = after;
}

/* Generated content (tables of contents, indexes) and declarations. */
static int skipped_block(const xmlNode *c)
{
    static const char *const names[] = {
        "sequence-decls",
        "variable-decls",
        "user-field-decls",
        "dde-connection-decls",
        "tracked-changes",
        "table-of-content",
        "illustration-index",
        "table-index",
        "object-index",
        "user-index",
        "alphabetical-index",
        "bibliography",
        "soft-page-break",
        "forms",
        "calculation-settings",
        "content-validations",
        "label-ranges",
        "table-columns",
        "table-column",
        "table-header-columns",
        "number",
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (bt_xml_is(c, names[i]))
            return 1;
    return 0;
}

/* The element after or before x, past text and soft page breaks. */
static xmlNode *sibling(xmlNode *x, int after)
{
    do
        x = after ? x->next : x->prev;
    while (x && (x->type != XML_ELEMENT_NODE || bt_xml_is(x, "soft-page-break")));
    return x;
}

/* A paragraph on the Table caption style beside a table: its caption, put
 * in r->table_caption for the table below, or into the table above. */
static int read_table_caption(odt_reader *r, xmlNode *p, bt_node *parent)
{
    /* past BT_MAX_DEPTH a table's text is read flat, with its caption */
    if (r->depth >= BT_MAX_DEPTH ||
        !odt_style_inherits(r->styles, "paragraph", bt_xml_attr(p, "style-name"), "Table"))
        return 0;
    bt_node *above = bt_node_last_child(parent);
    int below = bt_xml_is(sibling(p, 1), "table");
    if (!below && (!bt_xml_is(sibling(p, 0), "table") || !above || above->type != BT_NODE_TABLE ||
                   (above->first && above->first->type == BT_NODE_CAPTION)))
        return 0;
    bt_node *caption = odt_new_node(r, BT_NODE_CAPTION);
    if (!caption)
        return 1;
    odt_read_caption_text(r, p, caption, NULL, NULL);
    if (below) {
        r->table_caption = caption;
        return 1;
    }
    bt_node *rows = odt_new_node(r, BT_NODE_BODY); /* the caption goes first */
    if (!rows)
        return 1;
    move_children(above, rows);
    bt_node_append(above, caption);
    move_children(rows, above);
    return 1;
}

static int is_pre(odt_reader *r, xmlNode *x)
{
    return bt_xml_is(x, "p") && paragraph_kind(r, bt_xml_attr(x, "style-name")) == P_PRE;
}

/* Preformatted paragraphs in a row (pandoc writes a line each) are one
 * block; all of them when run, else the first only.  Returns the last read. */
static xmlNode *read_pre(odt_reader *r, xmlNode *first, bt_node *parent, int run)
{
    bt_buf b = BT_BUF_INIT;
    xmlNode *last = first;
    for (xmlNode *c = first; c && !r->failed; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!is_pre(r, c) || (c != first && !run))
            break;
        bt_node *line = odt_new_node(r, BT_NODE_PARAGRAPH);
        if (!line)
            break;
        odt_begin_block(r);
        odt_read_inlines(r, c, line);
        odt_end_block(r);
        if (c != first)
            bt_buf_putc(&b, '\n');
        odt_flatten(line, &b);
        last = c;
    }
    bt_node *pre = odt_new_node(r, BT_NODE_PRE);
    r->failed |= b.failed;
    if (pre && !r->failed) {
        odt_failed(r, bt_node_set_literal(r->doc, pre, b.data ? b.data : "", b.len));
        bt_node_append(parent, pre);
    }
    bt_buf_free(&b);
    return last;
}

static xmlNode *read_element(odt_reader *r, xmlNode *c, bt_node *parent, list_ctx ctx, int run)
{
    if (is_pre(r, c)) {
        r->open_figure = NULL;
        return read_pre(r, c, parent, run);
    }
    if (bt_xml_is(c, "p") && read_table_caption(r, c, parent)) {
        r->open_figure = NULL;
        return c;
    }
    if (bt_xml_is(c, "p") || bt_xml_is(c, "h")) {
        read_paragraph(r, c, parent);
        return c;
    }
    r->open_figure = NULL;
    if (bt_xml_is(c, "list")) {
        read_list(r, c, parent, ctx);
    } else if (bt_xml_is(c, "table")) {
        read_table(r, c, parent);
    } else if (bt_xml_is(c, "frame")) { /* anchored to the page */
        bt_node *before = r->figures_before, *after = r->figures_after;
        r->figures_before = r->figures_after = NULL;
        r->at_start = 1;
        odt_read_frame(r, c);
        flush_figures(&r->figures_before, parent);
        flush_figures(&r->figures_after, parent);
        r->figures_before = before;
        r->figures_after = after;
    } else if (!skipped_block(c)) {
        read_blocks(r, c, parent, ctx); /* sections, draw:a... */
    }
    return c;
}

/* Past BT_MAX_DEPTH: the paragraphs and pictures below x go into parent one
 * after another, their inlines read flat; lists, sections and tables around
 * them are walked through, iteratively, never dropped. */
static void read_flat(odt_reader *r, xmlNode *x, bt_node *parent, list_ctx ctx)
{
    for (xmlNode *c = x->children; c && !r->failed;) {
        int read = bt_xml_is(c, "p") || bt_xml_is(c, "h") ||
                   (bt_xml_is(c, "frame") && !odt_is_text_frame(c));
        if (read)
            read_element(r, c, parent, ctx, 0);
        c = bt_xhtml_next(c, x, read || skipped_block(c));
    }
}

static void read_blocks(odt_reader *r, xmlNode *x, bt_node *parent, list_ctx ctx)
{
    if (r->depth >= BT_MAX_DEPTH) {
        read_flat(r, x, parent, ctx);
        return;
    }
    r->depth++;
    for (xmlNode *c = x->children; c && !r->failed; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            c = read_element(r, c, parent, ctx, 1);
    r->depth--;
}

void odt_read_block(odt_reader *r, xmlNode *x, bt_node *parent)
{
    list_ctx ctx = {0, NULL};
    read_element(r, x, parent, ctx, 0);
}

bt_status odt_read_body(odt_reader *r, xmlNode *text)
{
    list_ctx ctx = {0, NULL};
    read_blocks(r, text, bt_document_body(r->doc), ctx);
    move_children(r->notes, bt_document_body(r->doc));
    return r->failed ? bt_error_set(r->err, BT_ERR_NOMEM, "out of memory") : r->status;
}

bt_status odt_read_parts(odt_reader *r, xmlNode *meta, xmlNode *const *style_roots, size_t n,
                         xmlNode *text)
{
    for (size_t i = 0; i < n; i++) {
        odt_styles_add(r->styles, bt_xml_child(style_roots[i], "styles"));
        odt_styles_add(r->styles, bt_xml_child(style_roots[i], "automatic-styles"));
    }
    if (meta && odt_read_meta(r, meta) != BT_OK)
        return BT_FAILED;
    bt_status s = odt_read_body(r, text);
    bt_buf_free(&r->pending);
    xmlHashFree(r->loaded, NULL);
    xmlHashFree(r->note_ids, NULL);
    r->loaded = NULL;
    r->note_ids = NULL;
    char lang[64];
    if (s != BT_FAILED && !bt_document_meta(r->doc, BT_META_LANGUAGE) &&
        odt_styles_language(r->styles, lang, sizeof(lang)) &&
        bt_document_set_meta(r->doc, BT_META_LANGUAGE, lang) != BT_OK)
        s = bt_error_set(r->err, BT_ERR_NOMEM, "out of memory");
    return s;
}
