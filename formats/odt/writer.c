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
 * it), on styles the reader maps back to metadata.
 *
 * What ODF has no element for is written the way LibreOffice writes it: an
 * inline quotation as its language's marks, underline, strike and another
 * language as automatic text styles, a table's caption as a "Table"
 * paragraph above it.  What cannot be kept is reported as an event. */
#include <stdint.h>
#include <string.h>

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
    bt_buf grid;     /* scratch for a table: rows each column is still covered */
    const char *lang; /* the language of the text: the document's or a SPAN's */
    int quotes;       /* QUOTATIONs open around the text */
    /* ODF has no note in a note, and LibreOffice drops the notes of a frame */
    int in_note, in_frame;
    int notes;             /* footnotes written */
    xmlHashTablePtr noted; /* NOTEs some NOTE_REF refers to: 1, or the note's number + 1 */
    /* reported once at the end: marks written as text, notes as paragraphs */
    size_t marks_as_text, notes_as_text;
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
static void write_blocks(wctx *c, bt_node *parent, const char *style, int in_list);

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

static void quotation(wctx *c, bt_node *n)
{
    const char *open, *close;
    odt_quote_marks(c->lang, c->quotes, &open, &close);
    put_text(c, open, 0);
    c->quotes++;
    write_inlines(c, n->first);
    c->quotes--;
    put_text(c, close, ends_block(n));
}

static void language_span(wctx *c, bt_node *n)
{
    if (!odt_language_valid(n->attr)) {
        bt_error_event(c->err, BT_EVENT_LOST, BT_LOSS_INLINE, 1,
                       "the language '%.40s' of a span is no language ODF can name",
                       n->attr ? n->attr : "");
        write_inlines(c, n->first);
        return;
    }
    char style[64];
    odt_language_style(n->attr, style, sizeof(style));
    const char *outside = c->lang;
    c->lang = n->attr;
    span(c, style, n);
    c->lang = outside;
}

static void write_link(wctx *c, bt_node *n)
{
    if (c->in_link && n->literal)
        bt_error_event(c->err, BT_EVENT_LOST, BT_LOSS_INLINE, 1,
                       "a link inside a link was written as its text: ODF has no such link");
    if (c->in_link || !n->literal) {
        write_inlines(c, n->first);
        return;
    }
    start(c, "text:a");
    attr(c, "xlink:type", "simple");
    odt_write_attr(c->w, "xlink:href", n->literal);
    if (n->attr)
        odt_write_attr(c->w, "office:title", n->attr);
    attr(c, "text:style-name", "Internet_20_link");
    c->in_link = 1;
    write_inlines(c, n->first);
    c->in_link = 0;
    end(c);
}

static void note_key(const bt_node *note, char *key, size_t size)
{
    snprintf(key, size, "%p", (const void *)note);
}

/* A footnote at its mark: text:note holding the NOTE's blocks; a second mark
 * of the same note refers to the first (text:note-ref). */
static void write_note_ref(wctx *c, bt_node *ref)
{
    bt_node *note = ref->note;
    char key[32], number[16];
    note_key(note, key, sizeof(key));
    intptr_t seen = note ? (intptr_t)xmlHashLookup(c->noted, BAD_CAST key) : 0;
    snprintf(number, sizeof(number), "%d", seen > 1 ? (int)seen - 1 : c->notes + 1);
    const char *label = ref->attr ? ref->attr : note && note->attr ? note->attr : number;
    if (!note || (seen < 2 && (c->in_note || c->in_frame))) {
        /* the mark alone; the note's text goes at the end (write_note) */
        c->marks_as_text++;
        start(c, "text:span");
        attr(c, "text:style-name", "T1");
        put_text(c, label, ends_block(ref));
        end(c);
        return;
    }
    if (seen > 1) {
        start(c, "text:note-ref");
        attr(c, "text:note-class", "footnote");
        attr(c, "text:reference-format", "text");
        xmlTextWriterWriteFormatAttribute(c->w, W("text:ref-name"), "ftn%d", (int)seen - 2);
        odt_write_text(c->w, label);
        end(c);
        c->at_start = c->after_space = 0;
        return;
    }
    xmlHashUpdateEntry(c->noted, BAD_CAST key, (void *)(intptr_t)(++c->notes + 1), NULL);
    start(c, "text:note");
    xmlTextWriterWriteFormatAttribute(c->w, W("text:id"), "ftn%d", c->notes - 1);
    attr(c, "text:note-class", "footnote");
    start(c, "text:note-citation");
    if (strcmp(label, number)) /* a mark of its own, not the running number */
        odt_write_attr(c->w, "text:label", label);
    odt_write_text(c->w, label);
    end(c);
    start(c, "text:note-body");
    int at_start = c->at_start, after_space = c->after_space;
    c->in_note = 1;
    write_blocks(c, note, "Footnote", 1);
    c->in_note = 0;
    c->at_start = at_start;
    c->after_space = after_space;
    end(c);
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
    case BT_NODE_UNDERLINE: span(c, "T3", n); break;
    case BT_NODE_STRIKE: span(c, "T4", n); break;
    case BT_NODE_QUOTATION: quotation(c, n); break;
    case BT_NODE_SPAN: language_span(c, n); break;
    case BT_NODE_NOTE_REF: write_note_ref(c, n); break;
    case BT_NODE_BREAK:
        empty(c, "text:line-break");
        c->at_start = c->after_space = 0;
        break;
    case BT_NODE_LINK: write_link(c, n); break;
    default: break; /* NOTE is a block: bt_node_is_inline says no */
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

/* "Figure 1: " before a caption: the label, its number in LibreOffice's
 * sequence of that name (number is the count so far), and ": ". */
static void sequence(wctx *c, const char *label, const char *name, int number)
{
    char ref[64], formula[64];
    snprintf(ref, sizeof(ref), "ref%s%d", name, number - 1);
    snprintf(formula, sizeof(formula), "ooow:%s+1", name);
    xmlTextWriterWriteFormatString(c->w, "%s ", label);
    start(c, "text:sequence");
    attr(c, "text:ref-name", ref);
    attr(c, "text:name", name);
    attr(c, "text:formula", formula);
    attr(c, "style:num-format", "1");
    xmlTextWriterWriteFormatString(c->w, "%d", number);
    end(c);
    xmlTextWriterWriteString(c->w, W(": "));
    c->at_start = c->after_space = 0;
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
        if (credit->attr) { /* "Ảnh: name", the label apart for reading */
            start(c, "text:span");
            attr(c, "text:style-name", "Photo_20_Credit_20_Label");
            put_text(c, credit->attr, 0);
            put_text(c, ": ", 0);
            end(c);
        }
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
    odt_picture_size(c->doc, fig, &width, &height);
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
    sequence(c, c->vi ? "Hình" : "Figure", "Figure", c->figures);
    c->in_frame = 1;
    caption_text(c, caption, credit);
    c->in_frame = 0;
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

/* The table's grid: for each column, how many rows below are still covered
 * by a cell above; at least n columns, new ones free.  NULL: out of memory. */
static int *grid_columns(wctx *c, size_t n)
{
    size_t have = c->grid.len / sizeof(int);
    if (n > have) {
        char *p = bt_buf_extend(&c->grid, (n - have) * sizeof(int));
        if (!p)
            return NULL;
        memset(p, 0, (n - have) * sizeof(int));
    }
    return (int *)(void *)c->grid.data;
}

/* Lay a row out on the grid, and write it when write is set, spans as ODF
 * has them: a spanning cell, then a covered cell for each place it covers,
 * in its row and in the rows below.  Returns the grid's width, or -1. */
static int lay_row(wctx *c, bt_node *row, int rows_left, int write)
{
    size_t col = 0;
    int *grid = grid_columns(c, 0);
    if (write)
        start(c, "table:table-row");
    for (bt_node *cell = row->first;; cell = cell->next) {
        for (; col < c->grid.len / sizeof(int) && grid[col] > 0; col++) {
            grid[col]--;
            if (write)
                empty(c, "table:covered-table-cell");
        }
        if (!cell)
            break;
        int cs = bt_node_cell_colspan(cell), rs = bt_node_cell_rowspan(cell);
        rs = rs < rows_left ? rs : rows_left; /* as far as the table goes */
        if (!(grid = grid_columns(c, col + (size_t)cs)))
            return -1;
        if (write) {
            start(c, "table:table-cell");
            if (cs > 1)
                xmlTextWriterWriteFormatAttribute(c->w, W("table:number-columns-spanned"), "%d",
                                                  cs);
            if (rs > 1)
                xmlTextWriterWriteFormatAttribute(c->w, W("table:number-rows-spanned"), "%d", rs);
            attr(c, "office:value-type", "string");
            cell_content(c, cell);
            end(c);
            for (int i = 1; i < cs; i++)
                empty(c, "table:covered-table-cell");
        }
        for (int i = 0; i < cs; i++)
            grid[col++] = rs - 1;
    }
    for (; col < c->grid.len / sizeof(int); col++) { /* a short row's padding */
        int covered = grid[col] > 0;
        grid[col] -= covered;
        if (write)
            empty(c, covered ? "table:covered-table-cell" : "table:table-cell");
    }
    if (write)
        end(c);
    return (int)col;
}

/* As LibreOffice's Insert > Caption puts it: "Table 1: caption" above. */
static void table_caption(wctx *c, bt_node *caption)
{
    c->tables++;
    if (!caption || caption->type != BT_NODE_CAPTION || bt_node_is_empty(caption))
        return;
    begin_paragraph(c, "text:p", "Table");
    sequence(c, c->vi ? "Bảng" : "Table", "Table", c->tables);
    write_inlines(c, caption->first);
    end(c);
}

static bt_node *first_row(const bt_node *table)
{
    bt_node *row = table->first;
    return row && row->type == BT_NODE_CAPTION ? row->next : row;
}

static void write_table(wctx *c, bt_node *table)
{
    int rows = 0, columns = 0, left;
    for (bt_node *row = first_row(table); row; row = row->next)
        rows++;
    /* the width: the rows laid out as their spans make them */
    bt_buf_truncate(&c->grid, 0);
    left = rows;
    for (bt_node *row = first_row(table); row && columns >= 0; row = row->next)
        columns = lay_row(c, row, left--, 0);
    bt_node *caption = table->first;
    if (!columns && caption && caption->type == BT_NODE_CAPTION && !bt_node_is_empty(caption)) {
        bt_error_event(c->err, BT_EVENT_CHANGED, BT_LOSS_TABLE, 1,
                       "a table without cells was written as its caption");
        paragraph(c, "Table", caption->first);
    }
    if (columns <= 0)
        return;
    memset(c->grid.data, 0, c->grid.len);
    table_caption(c, table->first);
    start(c, "table:table");
    xmlTextWriterWriteFormatAttribute(c->w, W("table:name"), "Table%d", c->tables);
    attr(c, "table:style-name", "Table1");
    start(c, "table:table-column");
    if (columns > 1)
        xmlTextWriterWriteFormatAttribute(c->w, W("table:number-columns-repeated"), "%d", columns);
    end(c);
    bt_node *row = first_row(table);
    left = rows;
    if (row && row_is_header(row)) {
        start(c, "table:table-header-rows");
        for (; row && row_is_header(row); row = row->next)
            lay_row(c, row, left--, 1);
        end(c);
    }
    for (; row; row = row->next)
        lay_row(c, row, left--, 1);
    end(c);
}

/* ODF lists hold paragraphs and lists only: a table in a list item becomes
 * one paragraph per row, its cells joined by " | ". */
static void flatten_table(wctx *c, bt_node *table, const char *style)
{
    bt_error_event(c->err, BT_EVENT_CHANGED, BT_LOSS_TABLE, 1,
                   "a table inside a list, a cell or a note was written as paragraphs");
    bt_node *caption = table->first;
    if (caption && caption->type == BT_NODE_CAPTION && !bt_node_is_empty(caption))
        paragraph(c, "Table", caption->first);
    for (bt_node *row = first_row(table); row; row = row->next) {
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

/* A note is written at its mark; one whose mark could not hold it, or with
 * no mark, keeps its text here, at the end of the body. */
static void write_note(wctx *c, bt_node *note)
{
    char key[32];
    note_key(note, key, sizeof(key));
    if ((intptr_t)xmlHashLookup(c->noted, BAD_CAST key) > 1)
        return;
    c->notes_as_text++;
    write_blocks(c, note, "Footnote", 1);
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
                  n->role == BT_ROLE_LEAD       ? "Lead"
                  : n->role == BT_ROLE_BYLINE   ? "Byline"
                  : n->role == BT_ROLE_DATELINE ? "Article_20_Dateline"
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
    case BT_NODE_NOTE: write_note(c, n); break;
    default: /* captions, credits, rows, cells and items are their parents' */
        bt_error_event(c->err, BT_EVENT_LOST, BT_LOSS_OTHER, 1,
                       "a %s out of its place was left out", bt_node_type_name(n->type));
        break;
    }
}

static void write_blocks(wctx *c, bt_node *parent, const char *style, int in_list)
{
    for (bt_node *n = parent->first; n; n = n->next) {
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

void odt_write_content_styles(xmlTextWriterPtr w, const bt_document *doc)
{
    static const char *const styles[][5] = {
        /* name, family, parent, property, value */
        {"fr1", "graphic", "Frame", NULL, NULL},
        {"fr2", "graphic", "Graphics", NULL, NULL},
        {"T1", "text", NULL, "style:text-position", "super 58%"},
        {"T2", "text", NULL, "style:text-position", "sub 58%"},
        {"T3", "text", NULL, "style:text-underline-style", "solid"},
        {"T4", "text", NULL, "style:text-line-through-style", "solid"},
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
            xmlTextWriterWriteAttribute(w, W(styles[i][3]), W(styles[i][4]));
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
    odt_write_language_styles(w, doc);
}

static int note_referenced(bt_node *n, int entering, void *user)
{
    char key[32];
    if (entering && n->type == BT_NODE_NOTE_REF && n->note) {
        note_key(n->note, key, sizeof(key));
        xmlHashUpdateEntry(user, BAD_CAST key, (void *)(intptr_t)1, NULL);
    }
    return 0;
}

bt_status odt_write_body(xmlTextWriterPtr w, const bt_document *doc, int flat, bt_error *err)
{
    const char *lang = bt_document_meta(doc, BT_META_LANGUAGE);
    wctx c = {.w = w,
              .doc = doc,
              .err = err,
              .status = BT_OK,
              .flat = flat,
              .text = BT_BUF_INIT,
              .grid = BT_BUF_INIT,
              .lang = lang,
              .noted = xmlHashCreate(16)};
    if (!c.noted)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_node_walk(bt_document_body(doc), note_referenced, c.noted);
    c.vi = lang && !strncmp(lang, "vi", 2) && (!lang[2] || lang[2] == '-' || lang[2] == '_');
    start(&c, "office:body");
    start(&c, "office:text");
    sequence_decls(&c);
    write_head(&c);
    write_blocks(&c, bt_document_body(doc), "Text_20_body", 0);
    end(&c);
    end(&c);
    if (c.marks_as_text)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_FOOTNOTE, c.marks_as_text,
                       "%zu footnote marks inside notes or captions, or without their note, were "
                       "written as text",
                       c.marks_as_text);
    if (c.notes_as_text)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_FOOTNOTE, c.notes_as_text,
                       "%zu footnotes no mark could hold were written as paragraphs at the end",
                       c.notes_as_text);
    if (c.text.failed || c.grid.failed)
        c.status = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_buf_free(&c.text);
    bt_buf_free(&c.grid);
    xmlHashFree(c.noted, NULL);
    return c.status;
}
