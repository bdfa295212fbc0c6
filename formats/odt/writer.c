/* The body of an ODF text document: the document's blocks as LibreOffice
 * writes them, every paragraph on a named style, figures as caption frames.
 *
 * The caption numbering is LibreOffice 7's "Figure" sequence (what Insert >
 * Caption uses for pictures, and what the Vietnamese UI shows as "Hình"),
 * on the Figure paragraph style (parent Caption); Illustration is declared
 * and styled too, for documents that use it.  The label before the number
 * is the visible word of the document's language: "Hình" for Vietnamese,
 * "Figure" otherwise.  Under the title: the subtitle, then a Dateline
 * paragraph "SECTION | DATE" (the date as stored, as the text format has
 * it), on styles the reader maps back to metadata. */
#include <string.h>

#include "datefmt.h"
#include "odt.h"

#define W(s) BAD_CAST(s)

typedef struct {
    xmlTextWriterPtr w;
    const bt_document *doc;
    bt_error *err;
    bt_status status;
    int flat;
    int vi;              /* the caption label is "Hình", not "Figure" */
    int figures, tables; /* numbers in names and sequences */
    int in_link;
    int at_start;    /* nothing written in the paragraph yet */
    int after_space; /* the last thing written was a space */
    bt_buf text;     /* scratch for a node's text: the document is only read */
} wctx;

static void start(wctx *c, const char *element) { xmlTextWriterStartElement(c->w, W(element)); }
static void end(wctx *c) { xmlTextWriterEndElement(c->w); }
static void attr(wctx *c, const char *name, const char *value)
{
    xmlTextWriterWriteAttribute(c->w, W(name), W(value));
}
static void empty(wctx *c, const char *element)
{
    start(c, element);
    end(c);
}

static void spaces(wctx *c, size_t n)
{
    start(c, "text:s");
    if (n > 1)
        xmlTextWriterWriteFormatAttribute(c->w, W("text:c"), "%zu", n);
    end(c);
}

/* Text as ODF keeps it: white space collapses in XML, so a space that would
 * be dropped (at the start or end of a paragraph, after another) is a
 * text:s; tabs and line feeds are elements.  ends_block: nothing follows s
 * in its paragraph. */
static void put_text(wctx *c, const char *s, int ends_block)
{
    const char *p = s;
    while (*p) {
        size_t run = strcspn(p, " \t\n\r\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
                                "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d"
                                "\x1e\x1f");
        if (run) {
            odt_write_run(c->w, p, run);
            p += run;
            c->at_start = c->after_space = 0;
            continue;
        }
        if (*p == ' ') {
            size_t n = strspn(p, " ");
            p += n;
            if (c->at_start || c->after_space || (!*p && ends_block)) {
                spaces(c, n);
            } else {
                xmlTextWriterWriteString(c->w, W(" "));
                if (n > 1)
                    spaces(c, n - 1);
            }
            c->after_space = 1;
            c->at_start = 0;
            continue;
        }
        if (*p == '\t')
            empty(c, "text:tab");
        else if (*p == '\n')
            empty(c, "text:line-break");
        if (*p == '\t' || *p == '\n')
            c->at_start = c->after_space = 0;
        p++; /* other control characters have no place in XML 1.0 */
    }
}

/* Nothing follows n in the block that holds it. */
static int ends_block(const bt_node *n)
{
    for (; n && bt_node_is_inline(n->type); n = n->parent)
        if (n->next)
            return 0;
    return 1;
}

static void write_inlines(wctx *c, bt_node *first);

static void span(wctx *c, const char *style, bt_node *n)
{
    start(c, "text:span");
    attr(c, "text:style-name", style);
    if (n->type == BT_NODE_CODE)
        put_text(c, n->literal ? n->literal : "", ends_block(n));
    else
        write_inlines(c, n->first);
    end(c);
}

static void write_inline(wctx *c, bt_node *n)
{
    switch (n->type) {
    case BT_NODE_TEXT: put_text(c, n->literal ? n->literal : "", ends_block(n)); break;
    case BT_NODE_EMPH: span(c, "Emphasis", n); break;
    case BT_NODE_STRONG: span(c, "Strong_20_Emphasis", n); break;
    case BT_NODE_CODE: span(c, "Source_20_Text", n); break;
    case BT_NODE_SUP: span(c, "T1", n); break;
    case BT_NODE_SUB: span(c, "T2", n); break;
    case BT_NODE_BREAK:
        empty(c, "text:line-break");
        c->at_start = c->after_space = 0;
        break;
    case BT_NODE_LINK:
        if (c->in_link || !n->literal) { /* ODF has no link in a link */
            write_inlines(c, n->first);
            break;
        }
        start(c, "text:a");
        attr(c, "xlink:type", "simple");
        odt_write_attr(c->w, "xlink:href", n->literal);
        attr(c, "text:style-name", "Internet_20_link");
        c->in_link = 1;
        write_inlines(c, n->first);
        c->in_link = 0;
        end(c);
        break;
    default: break;
    }
}

static void write_inlines(wctx *c, bt_node *first)
{
    for (bt_node *n = first; n && bt_node_is_inline(n->type); n = n->next)
        write_inline(c, n);
}

static void begin_paragraph(wctx *c, const char *element, const char *style)
{
    start(c, element);
    attr(c, "text:style-name", style);
    c->at_start = 1;
    c->after_space = 0;
}

static void paragraph(wctx *c, const char *style, bt_node *first)
{
    begin_paragraph(c, "text:p", style);
    write_inlines(c, first);
    end(c);
}

static void text_paragraph(wctx *c, const char *style, const char *text)
{
    begin_paragraph(c, "text:p", style);
    put_text(c, text, 1);
    end(c);
}

/* ---- figures ---- */

static void picture(wctx *c, int res)
{
    size_t size;
    const void *data = bt_resource_data(c->doc, res, &size);
    const char *type = bt_resource_media_type(c->doc, res);
    start(c, "draw:image");
    if (c->flat) {
        attr(c, "draw:mime-type", type);
        start(c, "office:binary-data");
        xmlTextWriterWriteBase64(c->w, data, 0, (int)size);
        end(c);
    } else {
        char path[64];
        odt_picture_path(c->doc, res, path, sizeof(path));
        attr(c, "xlink:href", path);
        attr(c, "xlink:type", "simple");
        attr(c, "xlink:show", "embed");
        attr(c, "xlink:actuate", "onLoad");
        attr(c, "draw:mime-type", type);
    }
    end(c);
}

static void image_frame(wctx *c, bt_node *fig, int width, int height, int z)
{
    start(c, "draw:frame");
    attr(c, "draw:style-name", "fr2");
    xmlTextWriterWriteFormatAttribute(c->w, W("draw:name"), "Image%d", c->figures);
    attr(c, "text:anchor-type", "as-char");
    odt_write_cm(c->w, "svg:width", width);
    odt_write_cm(c->w, "svg:height", height);
    xmlTextWriterWriteFormatAttribute(c->w, W("draw:z-index"), "%d", z);
    picture(c, fig->resource);
    if (fig->literal && *fig->literal) {
        start(c, "svg:title");
        odt_write_text(c->w, fig->literal);
        end(c);
        start(c, "svg:desc");
        odt_write_text(c->w, fig->literal);
        end(c);
    }
    end(c);
}

/* The caption and the credit after the label, in the caption paragraph. */
static void caption_text(wctx *c, bt_node *caption, bt_node *credit)
{
    if (caption)
        write_inlines(c, caption->first);
    if (credit) {
        if (caption && !bt_node_is_empty(caption))
            put_text(c, " ", 0);
        start(c, "text:span");
        attr(c, "text:style-name", "Photo_20_Credit");
        write_inlines(c, credit->first);
        end(c);
    }
}

/* As LibreOffice 7 writes Insert > Caption on a picture: a frame holding a
 * text box whose Figure paragraph holds the picture's frame, a line break,
 * the label and its number (a text:sequence) and the caption. */
static void write_figure(wctx *c, bt_node *fig)
{
    bt_node *caption = bt_node_figure_caption(fig), *credit = bt_node_figure_credit(fig);
    int has_caption =
        (caption && !bt_node_is_empty(caption)) || (credit && !bt_node_is_empty(credit));
    if (fig->resource < 0 || (size_t)fig->resource >= bt_document_resource_count(c->doc)) {
        if (has_caption) { /* the picture was lost on reading: its caption stays */
            begin_paragraph(c, "text:p", "Figure");
            caption_text(c, caption, credit);
            end(c);
        }
        return;
    }
    c->figures++;
    int width, height;
    odt_picture_size(c->doc, fig->resource, &width, &height);
    begin_paragraph(c, "text:p", "Standard");
    if (!has_caption) {
        image_frame(c, fig, width, height, 2 * c->figures - 2);
        end(c);
        return;
    }
    start(c, "draw:frame");
    attr(c, "draw:style-name", "fr1");
    xmlTextWriterWriteFormatAttribute(c->w, W("draw:name"), "Frame%d", c->figures);
    attr(c, "text:anchor-type", "as-char");
    odt_write_cm(c->w, "svg:width", width);
    xmlTextWriterWriteFormatAttribute(c->w, W("draw:z-index"), "%d", 2 * c->figures - 2);
    start(c, "draw:text-box");
    odt_write_cm(c->w, "fo:min-height", height);
    begin_paragraph(c, "text:p", "Figure");
    image_frame(c, fig, width, height, 2 * c->figures - 1);
    empty(c, "text:line-break");
    xmlTextWriterWriteString(c->w, W(c->vi ? "Hình " : "Figure "));
    start(c, "text:sequence");
    xmlTextWriterWriteFormatAttribute(c->w, W("text:ref-name"), "refFigure%d", c->figures - 1);
    attr(c, "text:name", "Figure");
    attr(c, "text:formula", "ooow:Figure+1");
    attr(c, "style:num-format", "1");
    xmlTextWriterWriteFormatString(c->w, "%d", c->figures);
    end(c);
    xmlTextWriterWriteString(c->w, W(": "));
    c->at_start = c->after_space = 0;
    caption_text(c, caption, credit);
    end(c); /* text:p */
    end(c); /* draw:text-box */
    end(c); /* draw:frame */
    end(c); /* text:p */
}

/* ---- tables, lists, blocks ---- */

static void write_blocks(wctx *c, bt_node *parent, const char *style, int in_list);

static int row_is_header(const bt_node *row)
{
    int cells = 0;
    for (bt_node *cell = row->first; cell; cell = cell->next, cells++)
        if (!cell->flag)
            return 0;
    return cells > 0;
}

static void cell_content(wctx *c, bt_node *cell)
{
    const char *style = cell->flag ? "Table_20_Heading" : "Table_20_Contents";
    if (cell->first && !bt_node_is_inline(cell->first->type))
        write_blocks(c, cell, style, 1);
    else
        paragraph(c, style, cell->first);
}

static void write_row(wctx *c, bt_node *row, int columns)
{
    start(c, "table:table-row");
    int n = 0;
    for (bt_node *cell = row->first; cell; cell = cell->next, n++) {
        start(c, "table:table-cell");
        attr(c, "office:value-type", "string");
        cell_content(c, cell);
        end(c);
    }
    for (; n < columns; n++)
        empty(c, "table:table-cell");
    end(c);
}

static void write_table(wctx *c, bt_node *table)
{
    int columns = 0;
    for (bt_node *row = table->first; row; row = row->next) {
        int n = 0;
        for (bt_node *cell = row->first; cell; cell = cell->next)
            n++;
        if (n > columns)
            columns = n;
    }
    if (!columns)
        return;
    c->tables++;
    start(c, "table:table");
    xmlTextWriterWriteFormatAttribute(c->w, W("table:name"), "Table%d", c->tables);
    attr(c, "table:style-name", "Table1");
    start(c, "table:table-column");
    if (columns > 1)
        xmlTextWriterWriteFormatAttribute(c->w, W("table:number-columns-repeated"), "%d", columns);
    end(c);
    bt_node *row = table->first;
    if (row && row_is_header(row)) {
        start(c, "table:table-header-rows");
        for (; row && row_is_header(row); row = row->next)
            write_row(c, row, columns);
        end(c);
    }
    for (; row; row = row->next)
        write_row(c, row, columns);
    end(c);
}

/* ODF lists hold paragraphs and lists only: a table in a list item becomes
 * one paragraph per row, its cells joined by " | ". */
static void flatten_table(wctx *c, bt_node *table, const char *style)
{
    bt_error_event(c->err, BT_EVENT_CHANGED, BT_LOSS_TABLE, 1,
                   "a table inside a list was written as paragraphs");
    for (bt_node *row = table->first; row; row = row->next) {
        begin_paragraph(c, "text:p", style);
        for (bt_node *cell = row->first; cell; cell = cell->next) {
            if (cell != row->first)
                put_text(c, " | ", 0);
            bt_buf_truncate(&c->text, 0);
            bt_node_text_put(cell, &c->text);
            put_text(c, c->text.data && !c->text.failed ? c->text.data : "", !cell->next);
        }
        end(c);
    }
}

static void write_list(wctx *c, bt_node *list)
{
    start(c, "text:list");
    attr(c, "text:style-name", list->flag ? "Numbering_20_123" : "List_20_1");
    for (bt_node *item = list->first; item; item = item->next) {
        start(c, "text:list-item");
        if (item == list->first && list->flag && list->level > 0)
            xmlTextWriterWriteFormatAttribute(c->w, W("text:start-value"), "%d", list->level);
        write_blocks(c, item, "List", 1);
        end(c);
    }
    end(c);
}

static void write_block(wctx *c, bt_node *n, const char *style, int in_list)
{
    char name[32];
    switch (n->type) {
    case BT_NODE_HEADING:
        snprintf(name, sizeof(name), "Heading_20_%d", n->level);
        begin_paragraph(c, "text:h", name);
        xmlTextWriterWriteFormatAttribute(c->w, W("text:outline-level"), "%d", n->level);
        write_inlines(c, n->first);
        end(c);
        break;
    case BT_NODE_PARAGRAPH:
        paragraph(c,
                  n->role == BT_ROLE_LEAD     ? "Lead"
                  : n->role == BT_ROLE_BYLINE ? "Byline"
                                              : style,
                  n->first);
        break;
    case BT_NODE_FIGURE: write_figure(c, n); break;
    case BT_NODE_QUOTE: write_blocks(c, n, "Quotations", in_list); break;
    case BT_NODE_LIST: write_list(c, n); break;
    case BT_NODE_RULE:
        begin_paragraph(c, "text:p", "Horizontal_20_Line");
        end(c);
        break;
    case BT_NODE_TABLE:
        if (in_list)
            flatten_table(c, n, style);
        else
            write_table(c, n);
        break;
    case BT_NODE_PRE:
        text_paragraph(c, "Preformatted_20_Text", n->literal ? n->literal : "");
        break;
    default: break; /* captions and credits belong to their figure */
    }
}

static void write_blocks(wctx *c, bt_node *parent, const char *style, int in_list)
{
    for (bt_node *n = parent->first; n; n = n->next) {
        if (n == bt_dateline_node(c->doc))
            continue; /* the head's: written under the title */
        if (!bt_node_is_inline(n->type)) {
            write_block(c, n, style, in_list);
            continue;
        }
        /* inlines straight in a block container: one paragraph */
        paragraph(c, style, n);
        while (n->next && bt_node_is_inline(n->next->type))
            n = n->next;
    }
}

/* The article's head: title, subtitle, and "SECTION | DATE". */
static void write_head(wctx *c)
{
    const char *title = bt_document_meta(c->doc, BT_META_TITLE);
    const char *subtitle = bt_document_meta(c->doc, BT_META_SUBTITLE);
    const char *section = bt_document_meta(c->doc, BT_META_SECTION);
    const char *date = bt_document_meta(c->doc, BT_META_DATE);
    if (title)
        text_paragraph(c, "Title", title);
    if (subtitle)
        text_paragraph(c, "Subtitle", subtitle);
    bt_buf shown = BT_BUF_INIT;
    if (bt_dateline_text(c->doc, &shown))
        date = shown.failed ? NULL : shown.data;
    if (section || date) {
        begin_paragraph(c, "text:p", "Dateline");
        if (section)
            put_text(c, section, !date);
        if (section && date)
            put_text(c, " | ", 0);
        if (date)
            put_text(c, date, 1);
        end(c);
    }
    bt_buf_free(&shown);
}

static void sequence_decls(wctx *c)
{
    static const char *const names[] = {"Illustration", "Table", "Text", "Drawing", "Figure"};
    start(c, "text:sequence-decls");
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        start(c, "text:sequence-decl");
        attr(c, "text:display-outline-level", "0");
        attr(c, "text:name", names[i]);
        end(c);
    }
    end(c);
}

void odt_write_content_styles(xmlTextWriterPtr w)
{
    static const char *const styles[][4] = {
        /* name, family, parent, properties */
        {"fr1", "graphic", "Frame", NULL},
        {"fr2", "graphic", "Graphics", NULL},
        {"T1", "text", NULL, "super 58%"},
        {"T2", "text", NULL, "sub 58%"},
    };
    for (size_t i = 0; i < sizeof(styles) / sizeof(styles[0]); i++) {
        xmlTextWriterStartElement(w, W("style:style"));
        xmlTextWriterWriteAttribute(w, W("style:name"), W(styles[i][0]));
        xmlTextWriterWriteAttribute(w, W("style:family"), W(styles[i][1]));
        if (styles[i][2]) {
            xmlTextWriterWriteAttribute(w, W("style:parent-style-name"), W(styles[i][2]));
            xmlTextWriterStartElement(w, W("style:graphic-properties"));
            xmlTextWriterWriteAttribute(w, W("style:vertical-pos"), W("top"));
            xmlTextWriterWriteAttribute(w, W("style:vertical-rel"), W("baseline"));
            xmlTextWriterWriteAttribute(w, W("style:horizontal-pos"), W("center"));
            xmlTextWriterWriteAttribute(w, W("style:horizontal-rel"), W("paragraph"));
        } else {
            xmlTextWriterStartElement(w, W("style:text-properties"));
            xmlTextWriterWriteAttribute(w, W("style:text-position"), W(styles[i][3]));
        }
        xmlTextWriterEndElement(w);
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterStartElement(w, W("style:style"));
    xmlTextWriterWriteAttribute(w, W("style:name"), W("Table1"));
    xmlTextWriterWriteAttribute(w, W("style:family"), W("table"));
    xmlTextWriterStartElement(w, W("style:table-properties"));
    xmlTextWriterWriteAttribute(w, W("style:width"), W("17cm"));
    xmlTextWriterWriteAttribute(w, W("table:align"), W("margins"));
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
}

bt_status odt_write_body(xmlTextWriterPtr w, const bt_document *doc, int flat, bt_error *err)
{
    const char *lang = bt_document_meta(doc, BT_META_LANGUAGE);
    wctx c = {.w = w, .doc = doc, .err = err, .status = BT_OK, .flat = flat, .text = BT_BUF_INIT};
    c.vi = lang && !strncmp(lang, "vi", 2) && (!lang[2] || lang[2] == '-' || lang[2] == '_');
    start(&c, "office:body");
    start(&c, "office:text");
    sequence_decls(&c);
    write_head(&c);
    write_blocks(&c, bt_document_body(doc), "Text_20_body", 0);
    end(&c);
    end(&c);
    if (c.text.failed)
        c.status = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_buf_free(&c.text);
    return c.status;
}
