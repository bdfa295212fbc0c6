/* The body of an ODF text document: the document's blocks as LibreOffice
 * writes them, every paragraph on a named style, figures as caption frames.
 *
 * The caption numbering is LibreOffice 7's "Figure" sequence (what Insert >
 * Caption uses for pictures, and what the Vietnamese UI shows as "Hình"),
 * on the Figure paragraph style (parent Caption); Illustration is declared
 * and styled too, for documents that use it.  The sequence keeps that
 * name; the visible label and number are every bantin writer's
 * (figlabel.h): "Ảnh 1" for Vietnamese, "Image 1" otherwise, counting the
 * body's figures with a caption or credit, a picture or not; a figure in a
 * footnote has no label.  The picture's paragraph is
 * centred, with space below the caption.  Under the title: the subtitle, then a Dateline
 * paragraph "SECTION | DATE" (the date as stored, as the text format has
 * it), on styles the reader maps back to metadata.
 *
 * What ODF has no element for is written the way LibreOffice writes it: an
 * inline quotation as its language's marks, underline, strike and another
 * language as automatic text styles, a table's caption as a "Table"
 * paragraph above it.  What cannot be kept is reported as an event. */
#include <string.h>

#include "credit.h"
#include "datefmt.h"
#include "figlabel.h"
#include "language.h"
#include "odt.h"

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
        odt_base64(c->x, data, size);
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
    odt_attrf(c->x, "draw:name", "Image%d", c->figures);
    attr(c, "text:anchor-type", "as-char");
    odt_attr_cm(c->x, "svg:width", width);
    odt_attr_cm(c->x, "svg:height", height);
    odt_attrf(c->x, "draw:z-index", "%d", z);
    picture(c, fig->resource);
    if (fig->literal && *fig->literal) {
        start(c, "svg:title");
        odt_text(c->x, fig->literal);
        end(c);
        start(c, "svg:desc");
        odt_text(c->x, fig->literal);
        end(c);
    }
    end(c);
}

/* "Figure 1: " before a caption: the label, its number in LibreOffice's
 * sequence of that name (number is the count so far), and ": ". */
void odt_sequence(wctx *c, const char *label, const char *name, int number)
{
    char ref[64], formula[64];
    snprintf(ref, sizeof(ref), "ref%s%d", name, number - 1);
    snprintf(formula, sizeof(formula), "ooow:%s+1", name);
    odt_text(c->x, label);
    odt_text(c->x, " ");
    start(c, "text:sequence");
    attr(c, "text:ref-name", ref);
    attr(c, "text:name", name);
    attr(c, "text:formula", formula);
    attr(c, "style:num-format", "1");
    char digits[16];
    snprintf(digits, sizeof(digits), "%d", number);
    odt_text(c->x, digits);
    end(c);
    odt_text(c->x, ": ");
    c->at_start = c->after_space = 0;
}

/* The label and its number (bt_figure_numbered), the caption and the
 * credit, in the caption paragraph. */
static void caption_text(wctx *c, const bt_node *fig, bt_node *caption, bt_node *credit)
{
    if (bt_figure_numbered(fig))
        odt_sequence(c, bt_figure_label(bt_document_meta(c->doc, BT_META_LANGUAGE)), "Figure",
                     ++c->captions);
    if (caption)
        odt_write_inlines(c, caption->first);
    if (credit) {
        /* as the source set it apart, its brackets in the span for the
         * reader to find */
        const char *open, *close;
        bt_buf_truncate(&c->text, 0);
        bt_credit_apart(credit, caption && !bt_node_is_empty(caption), " ", &c->text, &open,
                        &close);
        if (c->text.len && !c->text.failed)
            odt_put_text(c, c->text.data, 0);
        start(c, "text:span");
        attr(c, "text:style-name", "Photo_20_Credit");
        odt_put_text(c, open, 0);
        if (credit->attr) { /* "Ảnh: name", the label apart for reading */
            start(c, "text:span");
            attr(c, "text:style-name", "Photo_20_Credit_20_Label");
            odt_put_text(c, credit->attr, 0);
            odt_put_text(c, ": ", 0);
            end(c);
        }
        odt_write_inlines(c, credit->first);
        odt_put_text(c, close, 0);
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
            odt_begin_paragraph(c, "text:p", "Figure");
            caption_text(c, fig, caption, credit);
            end(c);
        }
        return;
    }
    c->figures++;
    int width, height;
    odt_picture_size(c->doc, fig, c->text_width, &width, &height);
    odt_begin_paragraph(c, "text:p", ODT_FIGURE_PARAGRAPH);
    if (!has_caption) {
        image_frame(c, fig, width, height, 2 * c->figures - 2);
        end(c);
        return;
    }
    start(c, "draw:frame");
    attr(c, "draw:style-name", "fr1");
    odt_attrf(c->x, "draw:name", "Frame%d", c->figures);
    attr(c, "text:anchor-type", "as-char");
    int frame = ODT_MIN_CAPTION_WIDTH < c->text_width ? ODT_MIN_CAPTION_WIDTH : c->text_width;
    odt_attr_cm(c->x, "svg:width", width > frame ? width : frame);
    odt_attrf(c->x, "draw:z-index", "%d", 2 * c->figures - 2);
    start(c, "draw:text-box");
    odt_attr_cm(c->x, "fo:min-height", height);
    odt_begin_paragraph(c, "text:p", width < frame ? ODT_FIGURE_CENTRED : "Figure");
    image_frame(c, fig, width, height, 2 * c->figures - 1);
    empty(c, "text:line-break");
    c->in_frame = 1;
    caption_text(c, fig, caption, credit);
    c->in_frame = 0;
    end(c); /* text:p */
    end(c); /* draw:text-box */
    end(c); /* draw:frame */
    end(c); /* text:p */
}

/* ---- tables, lists, blocks ---- */

static void write_list(wctx *c, bt_node *list)
{
    start(c, "text:list");
    attr(c, "text:style-name", list->flag ? "Numbering_20_123" : "List_20_1");
    for (bt_node *item = list->first; item; item = item->next) {
        start(c, "text:list-item");
        if (item == list->first && list->flag && list->level > 0)
            odt_attrf(c->x, "text:start-value", "%d", list->level);
        odt_write_blocks(c, item, "List", 1);
        end(c);
    }
    end(c);
}

static void write_block(wctx *c, bt_node *n, const char *style, int in_list)
{
    char name[32];
    switch (n->type) {
    case BT_NODE_HEADING: {
        /* under the Title, the body's top sub-headings are Heading 2 */
        int level = bt_heading_written_level(n, c->top_heading);
        snprintf(name, sizeof(name), "Heading_20_%d", level);
        odt_begin_paragraph(c, "text:h", name);
        odt_attrf(c->x, "text:outline-level", "%d", level);
        odt_write_inlines(c, n->first);
        end(c);
        break;
    }
    case BT_NODE_PARAGRAPH:
        odt_paragraph(c,
                      n->role == BT_ROLE_LEAD       ? "Lead"
                      : n->role == BT_ROLE_BYLINE   ? "Byline"
                      : n->role == BT_ROLE_DATELINE ? "Article_20_Dateline"
                                                    : style,
                      n->first);
        break;
    case BT_NODE_FIGURE: write_figure(c, n); break;
    case BT_NODE_QUOTE: odt_write_blocks(c, n, "Quotations", in_list); break;
    case BT_NODE_LIST: write_list(c, n); break;
    case BT_NODE_RULE:
        odt_begin_paragraph(c, "text:p", "Horizontal_20_Line");
        end(c);
        break;
    case BT_NODE_TABLE:
        if (in_list)
            odt_flatten_table(c, n, style);
        else
            odt_write_table(c, n);
        break;
    case BT_NODE_PRE:
        odt_text_paragraph(c, "Preformatted_20_Text", n->literal ? n->literal : "");
        break;
    case BT_NODE_NOTE: odt_write_note(c, n); break;
    default: /* captions, credits, rows, cells and items are their parents' */
        bt_error_event(c->err, BT_EVENT_LOST, BT_LOSS_OTHER, 1,
                       "a %s out of its place was left out", bt_node_type_name(n->type));
        break;
    }
}

void odt_write_blocks(wctx *c, bt_node *parent, const char *style, int in_list)
{
    for (bt_node *n = parent->first; n; n = n->next) {
        if (n == bt_dateline_node(c->doc))
            continue; /* the head's: written under the title */
        if (!bt_node_is_inline(n->type)) {
            write_block(c, n, style, in_list);
            continue;
        }
        /* inlines straight in a block container: one paragraph */
        odt_paragraph(c, style, n);
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
        odt_text_paragraph(c, "Title", title);
    if (subtitle)
        odt_text_paragraph(c, "Subtitle", subtitle);
    bt_buf shown = BT_BUF_INIT;
    if (bt_dateline_text(c->doc, &shown))
        date = shown.failed ? NULL : shown.data;
    if (section || date) {
        odt_begin_paragraph(c, "text:p", "Dateline");
        if (section)
            odt_put_text(c, section, !date);
        if (section && date)
            odt_put_text(c, " | ", 0);
        if (date)
            odt_put_text(c, date, 1);
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

void odt_write_content_styles(odt_xml *x, const bt_document *doc)
{
    /* pictures as LibreOffice centres them: in a centred paragraph, with
     * space below their caption */
    static const char frame[] = "style:vertical-pos=top;style:vertical-rel=baseline;"
                                "style:horizontal-pos=center;style:horizontal-rel=paragraph";
    static const char *const styles[][5] = {
        /* name, family, parent, properties element, properties */
        {"fr1", "graphic", "Frame", "style:graphic-properties", frame},
        {"fr2", "graphic", "Graphics", "style:graphic-properties", frame},
        {ODT_FIGURE_PARAGRAPH, "paragraph", "Standard", "style:paragraph-properties",
         "fo:margin-top=0.212cm;fo:margin-bottom=0.423cm;fo:text-align=center;"
         "style:justify-single-word=false"},
        {ODT_FIGURE_CENTRED, "paragraph", "Figure", "style:paragraph-properties",
         "fo:text-align=center;style:justify-single-word=false"},
        {"T1", "text", NULL, "style:text-properties", "style:text-position=super 58%"},
        {"T2", "text", NULL, "style:text-properties", "style:text-position=sub 58%"},
        {"T3", "text", NULL, "style:text-properties", "style:text-underline-style=solid"},
        {"T4", "text", NULL, "style:text-properties", "style:text-line-through-style=solid"},
        {"Table1", "table", NULL, "style:table-properties", "style:width=17cm;table:align=margins"},
    };
    for (size_t i = 0; i < sizeof(styles) / sizeof(styles[0]); i++) {
        odt_start(x, "style:style");
        odt_attr(x, "style:name", styles[i][0]);
        odt_attr(x, "style:family", styles[i][1]);
        if (styles[i][2])
            odt_attr(x, "style:parent-style-name", styles[i][2]);
        odt_props(x, styles[i][3], styles[i][4]);
        odt_end(x);
    }
    odt_write_language_styles(x, doc);
}

bt_status odt_write_body(odt_xml *x, const bt_document *doc, const odt_reference *ref,
                         const odt_page *page, int flat, bt_error *err)
{
    const char *lang = bt_document_meta(doc, BT_META_LANGUAGE);
    wctx c = {.x = x,
              .doc = doc,
              .err = err,
              .status = BT_OK,
              .flat = flat,
              .text_width = ref ? odt_reference_text_width(ref) : page->text_width,
              .text = BT_BUF_INIT,
              .grid = BT_BUF_INIT,
              .lang = lang,
              .noted = xmlHashCreate(16)};
    if (!c.noted)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_node_walk(bt_document_body(doc), odt_note_referenced, &c);
    c.top_heading = bt_document_top_heading(doc);
    c.vi = bt_lang_is_vi(lang);
    start(&c, "office:body");
    start(&c, "office:text");
    sequence_decls(&c);
    write_head(&c);
    odt_write_blocks(&c, bt_document_body(doc), "Text_20_body", 0);
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
