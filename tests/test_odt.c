/* ODT and flat ODT: what we write (the package, the styles, the caption
 * frame), reading it back to the same document, ODT files written by
 * LibreOffice, pandoc and odfdo, and broken input. */
#include "util.h"

#include <libxml/xmlmemory.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "container.h"
#include "document.h"
#include "limit.h"

/* The automatic style of a picture's paragraph. */
#define ODT_FIGURE_STYLE "P1"

/* ---- the document as text, to compare trees and assert on content ---- */

static void dump_node(bt_document *doc, const bt_node *n, int depth, bt_buf *b);

static void dump_children(bt_document *doc, const bt_node *n, int depth, bt_buf *b)
{
    for (const bt_node *c = n->first; c; c = c->next)
        dump_node(doc, c, depth, b);
}

static void dump_node(bt_document *doc, const bt_node *n, int depth, bt_buf *b)
{
    int block = !bt_node_is_inline(n->type);
    bt_buf_printf(b, block ? "\n%*s" : " ", depth * 2, "");
    bt_buf_printf(b, "(%s", bt_node_type_name(n->type));
    switch (n->type) {
    case BT_NODE_HEADING: bt_buf_printf(b, " %d", n->level); break;
    case BT_NODE_PARAGRAPH:
        if (n->role)
            bt_buf_printf(b, " role=%d", n->role);
        break;
    case BT_NODE_LIST: bt_buf_printf(b, " ordered=%d start=%d", n->flag, n->level); break;
    case BT_NODE_CELL:
        if (n->flag)
            bt_buf_puts(b, " header");
        if (bt_node_cell_colspan(n) > 1 || bt_node_cell_rowspan(n) > 1)
            bt_buf_printf(b, " span=%dx%d", bt_node_cell_colspan(n), bt_node_cell_rowspan(n));
        break;
    case BT_NODE_SPAN: bt_buf_printf(b, " lang=%s", bt_node_language(n)); break;
    case BT_NODE_CREDIT:
    case BT_NODE_NOTE:
        if (bt_node_label(n))
            bt_buf_printf(b, " label=[%s]", bt_node_label(n));
        break;
    case BT_NODE_NOTE_REF:
        bt_buf_printf(b, " [%s] -> %s", bt_node_label(n) ? bt_node_label(n) : "",
                      bt_node_note(n) ? bt_node_label(bt_node_note(n)) : "none");
        break;
    case BT_NODE_FIGURE: {
        bt_buf_printf(b, " alt=[%s]", n->literal ? n->literal : "");
        if (n->resource >= 0) {
            size_t size;
            bt_resource_data(doc, n->resource, &size);
            bt_buf_printf(b, " %s %dx%d %zu bytes", bt_resource_media_type(doc, n->resource),
                          bt_resource_width(doc, n->resource), bt_resource_height(doc, n->resource),
                          size);
        }
        break;
    }
    case BT_NODE_TEXT:
    case BT_NODE_CODE:
    case BT_NODE_PRE:
    case BT_NODE_LINK:
        bt_buf_printf(b, " [%s]", n->literal ? n->literal : "");
        if (bt_node_title(n))
            bt_buf_printf(b, " title=[%s]", bt_node_title(n));
        break;
    default: break;
    }
    dump_children(doc, n, depth + 1, b);
    bt_buf_putc(b, ')');
}

/* Metadata and body as text; malloc'd. */
static char *dump(bt_document *doc)
{
    bt_buf b = BT_BUF_INIT;
    for (int k = 0; k < BT_META_COUNT_; k++)
        for (size_t i = 0; i < bt_document_meta_count(doc, k); i++)
            bt_buf_printf(&b, "%s: %s\n", bt_meta_key_name(k), bt_document_meta_at(doc, k, i));
    dump_children(doc, bt_document_body(doc), 0, &b);
    bt_buf_putc(&b, '\n');
    return b.data;
}

static bt_document *read_mem(const char *data, size_t size, const char *format)
{
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_input in = {(const unsigned char *)data, size, NULL};
    if (bt_read(NULL, bt_format_by_name(NULL, format), &in, NULL, &doc, err) == BT_FAILED)
        fail_msg("read %s: %s", format, bt_error_message(err));
    bt_error_free(err);
    return doc;
}

/* A flat ODT's start, its namespaces declared, for documents written here. */
#define FODT_START                                                                                 \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                                 \
    "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "          \
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "                             \
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "                               \
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "                             \
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "                            \
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "                    \
    "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\" "                         \
    "office:mimetype=\"application/vnd.oasis.opendocument.text\">"

/* Write doc as format, read it back: the same document. */
static void assert_round_trip(bt_document *doc, const char *format)
{
    size_t size;
    char *data = write_doc(doc, format, NULL, &size);
    bt_document *back = read_mem(data, size, format);
    char *want = dump(doc), *got = dump(back);
    if (strcmp(want, got))
        fail_msg("%s round trip differs:\n--- wrote\n%s\n--- read\n%s", format, want, got);
    free(want);
    free(got);
    bt_document_free(back);
    free(data);
}

/* An entry of a zip, NUL-terminated, malloc'd. */
static char *zip_entry(const char *zip, size_t size, const char *name)
{
    bt_zip_reader *z = bt_zip_open((const unsigned char *)zip, size, NULL);
    assert_non_null(z);
    bt_buf b = BT_BUF_INIT;
    assert_int_equal(bt_zip_read(z, name, &b, NULL), BT_OK);
    bt_zip_close(z);
    return b.data;
}

/* ---- what we write ---- */

static void test_seed_round_trip(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    assert_round_trip(doc, "odt");
    assert_round_trip(doc, "fodt");

    /* and the content, letter for letter */
    const seed_article *a = seed();
    size_t size;
    char *odt = write_doc(doc, "odt", NULL, &size);
    bt_document *back = read_mem(odt, size, "odt");
    assert_string_equal(bt_document_meta(back, BT_META_TITLE), a->title);
    assert_string_equal(bt_document_meta(back, BT_META_AUTHOR), a->author);
    assert_string_equal(bt_document_meta(back, BT_META_DATE), "2017-10-09T06:51:00+07:00");
    assert_string_equal(bt_document_meta(back, BT_META_SECTION), "Xây dựng Đảng");
    assert_string_equal(bt_document_meta(back, BT_META_LANGUAGE), "vi");
    assert_int_equal(bt_document_meta_count(back, BT_META_KEYWORD), 2);
    bt_node *n = bt_node_first_child(bt_document_body(back));
    assert_int_equal(bt_node_role(n), BT_ROLE_LEAD);
    assert_string_equal(bt_node_text(back, n), a->lead);
    n = bt_node_next(n);
    assert_int_equal(bt_node_get_type(n), BT_NODE_FIGURE);
    assert_string_equal(bt_node_text(back, bt_node_figure_caption(n)), a->caption);
    int res = bt_node_figure_resource(n);
    size_t want_size, got_size;
    char *jpg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &want_size);
    const void *got = bt_resource_data(back, res, &got_size);
    assert_int_equal(got_size, want_size);
    assert_memory_equal(got, jpg, want_size);
    assert_string_equal(bt_resource_media_type(back, res), "image/jpeg");
    assert_int_equal(bt_resource_width(back, res), 640);
    assert_int_equal(bt_resource_height(back, res), 400);
    for (int h = 0; h < 2; h++) {
        n = bt_node_next(n);
        assert_int_equal(bt_node_get_type(n), BT_NODE_HEADING);
        assert_int_equal(bt_node_heading_level(n), 2);
        assert_string_equal(bt_node_text(back, n), a->heading[h]);
        for (int i = 0; i < 4; i++) {
            n = bt_node_next(n);
            assert_string_equal(bt_node_text(back, n), a->body[h * 4 + i]);
        }
    }
    n = bt_node_next(n);
    assert_int_equal(bt_node_role(n), BT_ROLE_BYLINE);
    assert_string_equal(bt_node_text(back, n), a->author);
    assert_null(bt_node_next(n));
    free(jpg);
    free(odt);
    bt_document_free(back);
    bt_document_free(doc);
}

static bt_node *add(bt_document *doc, bt_node *parent, bt_node_type type, const char *text)
{
    bt_node *n = bt_node_new(doc, type);
    bt_node_append(parent, n);
    if (text && (type == BT_NODE_PRE || type == BT_NODE_CODE || type == BT_NODE_TEXT))
        bt_node_set_literal(doc, n, text, strlen(text));
    else if (text)
        bt_node_append_text(doc, n, text, strlen(text));
    return n;
}

/* Every block and inline the model has, with the spacing XML would eat. */
static bt_document *rich_document(void)
{
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_document_set_meta(doc, BT_META_TITLE, "Tiêu đề");
    bt_document_set_meta(doc, BT_META_SUBTITLE, "Phụ đề");
    bt_document_set_meta(doc, BT_META_LANGUAGE, "en-US");
    bt_document_add_meta(doc, BT_META_AUTHOR, "An");
    bt_document_add_meta(doc, BT_META_AUTHOR, "Bình");
    bt_document_set_meta(doc, BT_META_DESCRIPTION, "Mô tả");
    bt_document_set_meta(doc, BT_META_PUBLISHER, "Báo");
    bt_document_set_meta(doc, BT_META_SOURCE_URL, "https://example.org/a?b=1&c=2");
    /* under a title the top sub-heading is level 2: writers write it so */
    for (int level = 2; level <= 6; level++) {
        char text[32];
        snprintf(text, sizeof(text), "Heading %d", level);
        bt_node_set_heading_level(add(doc, body, BT_NODE_HEADING, text), level);
    }
    bt_node *p = add(doc, body, BT_NODE_PARAGRAPH, "  two leading, then   three, a\ttab ");
    add(doc, add(doc, p, BT_NODE_EMPH, NULL), BT_NODE_TEXT, " emphasis ");
    add(doc, add(doc, p, BT_NODE_STRONG, NULL), BT_NODE_TEXT, "strong");
    add(doc, p, BT_NODE_BREAK, NULL);
    add(doc, p, BT_NODE_CODE, "a  b");
    add(doc, add(doc, p, BT_NODE_SUP, NULL), BT_NODE_TEXT, "2");
    add(doc, add(doc, p, BT_NODE_SUB, NULL), BT_NODE_TEXT, "i");
    bt_node *link = add(doc, p, BT_NODE_LINK, "link <&>");
    bt_node_set_literal(doc, link, "https://example.org/?x=1&y=2", 28);
    add(doc, p, BT_NODE_TEXT, " end ");
    bt_node *q = add(doc, body, BT_NODE_QUOTE, NULL);
    add(doc, q, BT_NODE_PARAGRAPH, "quoted one");
    add(doc, q, BT_NODE_PARAGRAPH, "quoted two");
    add(doc, body, BT_NODE_PRE, "int main()\n{\n    return 0;\t/* x */\n}");
    add(doc, body, BT_NODE_RULE, NULL);
    bt_node *list = add(doc, body, BT_NODE_LIST, NULL);
    bt_node_set_list(list, 1, 3);
    add(doc, add(doc, list, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "three");
    bt_node *item = add(doc, list, BT_NODE_ITEM, NULL);
    add(doc, item, BT_NODE_PARAGRAPH, "four");
    bt_node *inner = add(doc, item, BT_NODE_LIST, NULL);
    add(doc, add(doc, inner, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "bullet");
    bt_node *table = add(doc, body, BT_NODE_TABLE, NULL);
    const char *cells[3][2] = {{"Tên", "Số"}, {"một", "1"}, {"hai", NULL}};
    for (int r = 0; r < 3; r++) {
        bt_node *row = add(doc, table, BT_NODE_ROW, NULL);
        for (int c = 0; c < 2 && cells[r][c]; c++)
            bt_node_set_cell_header(add(doc, row, BT_NODE_CELL, cells[r][c]), r == 0);
    }
    /* a figure with a credit, and one whose picture was lost */
    static const unsigned char png[] = {0x89, 'P',  'N', 'G', '\r', '\n', 0x1a, '\n', 0,    0, 0,
                                        13,   'I',  'H', 'D', 'R',  0,    0,    0x0b, 0xb8, 0, 0,
                                        0,    0x64, 8,   2,   0,    0,    0,    0,    0,    0, 0};
    bt_node *fig = add(doc, body, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig,
                                bt_document_add_resource(doc, "wide.png", NULL, png, sizeof(png)));
    bt_node_set_literal(doc, fig, "a wide picture", 14);
    add(doc, add(doc, fig, BT_NODE_CAPTION, NULL), BT_NODE_TEXT, "Wide ");
    add(doc, bt_node_figure_caption(fig), BT_NODE_EMPH, "picture");
    add(doc, fig, BT_NODE_CREDIT, "Photo: Lan");
    fig = add(doc, body, BT_NODE_FIGURE, NULL);
    add(doc, fig, BT_NODE_CAPTION, "lost picture");
    add(doc, body, BT_NODE_PARAGRAPH, "after");
    return doc;
}

static void test_rich_round_trip(void **state)
{
    (void)state;
    bt_document *doc = rich_document();
    assert_round_trip(doc, "odt");
    assert_round_trip(doc, "fodt");
    bt_document_free(doc);
}

static void test_package(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    size_t size;
    char *odt = write_doc(doc, "odt", NULL, &size);
    /* mimetype first and stored: what probes look for */
    assert_true(bt_zip_probe_mimetype((unsigned char *)odt, size,
                                      "application/vnd.oasis.opendocument.text") > 0);
    assert_ptr_equal(bt_format_probe(NULL, (unsigned char *)odt, size),
                     bt_format_by_name(NULL, "odt"));
    char *manifest = zip_entry(odt, size, "META-INF/manifest.xml");
    assert_contains(manifest, "manifest:full-path=\"/\" manifest:version=\"1.3\" "
                              "manifest:media-type=\"application/vnd.oasis.opendocument.text\"");
    assert_contains(manifest, "manifest:full-path=\"Pictures/image1.jpg\" "
                              "manifest:media-type=\"image/jpeg\"");
    assert_contains(manifest, "manifest:full-path=\"content.xml\"");
    char *content = zip_entry(odt, size, "content.xml");
    assert_contains(content, "office:version=\"1.3\"");
    assert_contains(content, "<text:sequence-decl text:display-outline-level=\"0\" "
                             "text:name=\"Figure\"/>");
    assert_contains(content, "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">");
    assert_contains(content, "<text:p text:style-name=\"Lead\">");
    assert_contains(content,
                    "<text:p text:style-name=\"Byline\"><text:span "
                    "text:style-name=\"Strong_20_Emphasis\">Hương Ly</text:span></text:p>");
    assert_contains(content, "<text:p text:style-name=\"Title\">Chủ động");
    assert_contains(content, "<text:p text:style-name=\"Dateline\">Xây dựng Đảng | "
                             "Thứ Hai, 09/10/2017 06:51</text:p>");
    /* the caption frame as LibreOffice writes it; 640x400 px at 96 dpi */
    assert_contains(content, "<draw:frame draw:style-name=\"fr1\" draw:name=\"Frame1\" "
                             "text:anchor-type=\"as-char\" svg:width=\"16.933cm\"");
    assert_contains(content, "<draw:text-box fo:min-height=\"10.583cm\">"
                             "<text:p text:style-name=\"Figure\">");
    assert_contains(content, "draw:name=\"Image1\" text:anchor-type=\"as-char\" "
                             "svg:width=\"16.933cm\" svg:height=\"10.583cm\"");
    assert_contains(content, "<draw:image xlink:href=\"Pictures/image1.jpg\" xlink:type=\"simple\" "
                             "xlink:show=\"embed\" xlink:actuate=\"onLoad\" "
                             "draw:mime-type=\"image/jpeg\"/>");
    assert_contains(content, "<svg:title>Một hội nghị");
    assert_contains(content, "<text:line-break/>Ảnh <text:sequence text:ref-name=\"refFigure0\" "
                             "text:name=\"Figure\" text:formula=\"ooow:Figure+1\" "
                             "style:num-format=\"1\">1</text:sequence>: Một hội nghị");
    char *styles = zip_entry(odt, size, "styles.xml");
    assert_contains(styles, "fo:language=\"vi\" fo:country=\"VN\"");
    assert_contains(styles, "<style:font-face style:name=\"Liberation Serif\" "
                            "svg:font-family=\"'Liberation Serif'\" "
                            "style:font-family-generic=\"roman\"");
    assert_contains(styles, "style:font-name=\"Liberation Serif\"");
    assert_contains(styles, "fo:hyphenate=\"true\"");
    assert_contains(styles, "style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" "
                            "style:family=\"paragraph\" style:parent-style-name=\"Heading\" "
                            "style:next-style-name=\"Text_20_body\" "
                            "style:default-outline-level=\"2\"");
    assert_contains(styles, "<text:outline-style style:name=\"Outline\">");
    static const char *const named[] = {"Title",
                                        "Subtitle",
                                        "Lead",
                                        "Byline",
                                        "Caption",
                                        "Figure",
                                        "Illustration",
                                        "Photo_20_Credit",
                                        "Text_20_body",
                                        "Quotations",
                                        "Preformatted_20_Text",
                                        "Table_20_Contents",
                                        "Table_20_Heading",
                                        "List_20_1",
                                        "Numbering_20_123",
                                        "Emphasis",
                                        "Strong_20_Emphasis"};
    for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
        char want[64];
        snprintf(want, sizeof(want), "style:name=\"%s\"", named[i]);
        assert_contains(styles, want);
    }
    assert_contains(styles, "fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"");
    assert_contains(styles, "fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"");
    assert_contains(styles, "<style:master-page style:name=\"Standard\" "
                            "style:page-layout-name=\"Mpm1\">");
    char *meta = zip_entry(odt, size, "meta.xml");
    assert_contains(meta, "<dc:title>Chủ động, gương mẫu, hoàn thành nhiệm vụ</dc:title>");
    assert_contains(meta, "<meta:initial-creator>Hương Ly</meta:initial-creator>");
    assert_contains(meta, "<dc:creator>Hương Ly</dc:creator>");
    assert_contains(meta, "<meta:creation-date>2017-10-09T06:51:00+07:00</meta:creation-date>");
    assert_contains(meta, "<dc:date>2017-10-09T06:51:00+07:00</dc:date>");
    assert_contains(meta, "<dc:language>vi</dc:language>");
    assert_contains(meta, "<meta:keyword>xây dựng Đảng</meta:keyword>");
    assert_contains(meta, "<meta:generator>bantin/" BT_VERSION_STRING "</meta:generator>");
    free(meta);
    free(styles);
    free(content);
    free(manifest);
    free(odt);
    bt_document_free(doc);
}

/* The <style:style> named name in xml, up to its end; malloc'd. */
static char *style_of(const char *xml, const char *name)
{
    char open[128];
    snprintf(open, sizeof(open), "<style:style style:name=\"%s\"", name);
    const char *at = strstr(xml, open);
    if (!at)
        fail_msg("no style %s", name);
    const char *end = strstr(at, "</style:style>");
    const char *empty = strstr(at, "/>");
    size_t n = end ? (size_t)(end - at) : strlen(at);
    if (empty && (!end || empty < strchr(at, '>') + 1))
        n = (size_t)(empty - at);
    return strndup(at, n);
}

/* Set for print (issue 12): no lone line of a paragraph at a page's top
 * or bottom, headings with what follows, a page number in the footer,
 * pictures centred with space below their caption, links as text, and the
 * caption labelled with the text format's word. */
/* Under a small picture, the caption frame keeps a width to set its caption in. */
static void test_small_picture_caption(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    bt_node *fig = bt_node_first_child(bt_document_body(doc));
    while (fig && bt_node_get_type(fig) != BT_NODE_FIGURE)
        fig = bt_node_next(fig);
    assert_non_null(fig);
    bt_node_set_figure_display_size(fig, 30, 20); /* 0.794 cm wide */
    size_t size;
    char *odt = write_doc(doc, "odt", NULL, &size);
    char *content = zip_entry(odt, size, "content.xml");
    assert_contains(content, "draw:name=\"Frame1\" text:anchor-type=\"as-char\" svg:width=\"8.000cm\"");
    assert_contains(content, "svg:width=\"0.794cm\"");
    /* the picture in the middle of the wider frame */
    assert_contains(content, "<draw:text-box fo:min-height=\"0.529cm\"><text:p text:style-name=\"P2\">");
    free(content);
    free(odt);
    bt_document_free(doc);
}

static void test_print_layout(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    size_t size;
    char *odt = write_doc(doc, "odt", NULL, &size);
    char *styles = zip_entry(odt, size, "styles.xml");
    char *content = zip_entry(odt, size, "content.xml");
    const char *const body[] = {"Text_20_body", "Quotations"};
    for (int i = 0; i < 2; i++) {
        char *st = style_of(styles, body[i]);
        assert_contains(st, "fo:orphans=\"2\" fo:widows=\"2\"");
        free(st);
    }
    char *st = style_of(styles, "Heading");
    assert_contains(st, "fo:keep-with-next=\"always\"");
    free(st);
    st = style_of(styles, "Table");
    assert_contains(st, "fo:keep-with-next=\"always\"");
    free(st);
    assert_contains(styles, "<style:footer><text:p text:style-name=\"Footer\"><text:page-number "
                            "text:select-page=\"current\">1</text:page-number></text:p>"
                            "</style:footer>");
    st = style_of(styles, "Footer");
    assert_contains(st, "fo:text-align=\"center\"");
    free(st);
    assert_contains(styles, "<style:footer-style><style:header-footer-properties");
    const char *const links[] = {"Internet_20_link", "Visited_20_Internet_20_Link"};
    for (int i = 0; i < 2; i++) {
        st = style_of(styles, links[i]);
        assert_contains(st, "style:text-underline-style=\"none\"");
        assert_not_contains(st, "fo:color");
        free(st);
    }
    /* the picture's paragraph: centred, space below the caption */
    assert_contains(content, "<text:p text:style-name=\"" ODT_FIGURE_STYLE "\"><draw:frame "
                             "draw:style-name=\"fr1\"");
    st = style_of(content, ODT_FIGURE_STYLE);
    assert_contains(st, "style:family=\"paragraph\" style:parent-style-name=\"Standard\"");
    assert_contains(st, "fo:margin-bottom=\"0.423cm\" fo:text-align=\"center\"");
    free(st);
    assert_contains(content, "<text:line-break/>Ảnh <text:sequence text:ref-name=\"refFigure0\" "
                             "text:name=\"Figure\"");
    free(content);
    free(styles);
    free(odt);
    bt_document_free(doc);

    doc = rich_document();
    odt = write_doc(doc, "odt", NULL, &size);
    content = zip_entry(odt, size, "content.xml");
    assert_contains(content, "text:style-name=\"Internet_20_link\" "
                             "text:visited-style-name=\"Visited_20_Internet_20_Link\"");
    free(content);
    free(odt);
    bt_document_free(doc);
}

static void test_undated_english(void **state)
{
    (void)state;
    bt_document *doc = rich_document();
    size_t size;
    char *odt = write_doc(doc, "odt", NULL, &size);
    char *meta = zip_entry(odt, size, "meta.xml");
    assert_not_contains(meta, "date>");
    assert_contains(meta, "<dc:creator>An; Bình</dc:creator>");
    char *styles = zip_entry(odt, size, "styles.xml");
    assert_contains(styles, "fo:language=\"en\" fo:country=\"US\"");
    char *content = zip_entry(odt, size, "content.xml");
    /* 3000x100 px is wider than the text: 17 cm, aspect kept */
    assert_contains(content, "svg:width=\"17.000cm\" svg:height=\"0.566cm\"");
    assert_contains(content, "<text:line-break/>Image <text:sequence");
    assert_contains(content, "<text:span text:style-name=\"Photo_20_Credit\">Photo: Lan");
    /* numbered after the first, as the other writers number it */
    assert_contains(content, "<text:p text:style-name=\"Figure\">Image <text:sequence "
                             "text:ref-name=\"refFigure1\" text:name=\"Figure\" "
                             "text:formula=\"ooow:Figure+1\" style:num-format=\"1\">2"
                             "</text:sequence>: lost picture</text:p>");
    assert_contains(content, "<text:s text:c=\"2\"/>two leading, then <text:s text:c=\"2\"/>"
                             "three, a<text:tab/>tab ");
    assert_contains(content, "<text:list text:style-name=\"Numbering_20_123\">"
                             "<text:list-item text:start-value=\"3\">");
    assert_contains(content, "<table:table-header-rows>");
    free(content);
    free(styles);
    free(meta);
    free(odt);
    /* no language: no fo:language */
    bt_document_set_meta(doc, BT_META_LANGUAGE, NULL);
    odt = write_doc(doc, "odt", NULL, &size);
    styles = zip_entry(odt, size, "styles.xml");
    assert_not_contains(styles, "fo:language");
    free(styles);
    free(odt);
    bt_document_free(doc);
}

static void test_reproducible(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    setenv("SOURCE_DATE_EPOCH", "1507506660", 1);
    size_t a_size, b_size;
    char *a = write_doc(doc, "odt", NULL, &a_size);
    char *b = write_doc(doc, "odt", NULL, &b_size);
    unsetenv("SOURCE_DATE_EPOCH");
    assert_int_equal(a_size, b_size);
    assert_memory_equal(a, b, a_size);
    free(a);
    free(b);
    bt_document_free(doc);
}

static void test_flat(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    size_t size;
    char *fodt = write_doc(doc, "fodt", NULL, &size);
    assert_contains(fodt, "office:mimetype=\"application/vnd.oasis.opendocument.text\"");
    assert_contains(fodt, "<office:meta>");
    assert_contains(fodt, "<draw:image draw:mime-type=\"image/jpeg\"><office:binary-data>/9j/");
    assert_ptr_equal(bt_format_probe(NULL, (unsigned char *)fodt, size),
                     bt_format_by_name(NULL, "fodt"));
    assert_ptr_equal(bt_format_by_path(NULL, "a/b.fodt"), bt_format_by_name(NULL, "fodt"));
    assert_ptr_equal(bt_format_by_path(NULL, "a/b.ODT"), bt_format_by_name(NULL, "odt"));
    free(fodt);
    bt_document_free(doc);
}

/* What XML may not carry, as bt_xml_forbidden says for every writer (C0
 * controls, DEL, C1 controls, noncharacters), is left out of text and
 * attributes, and what we write stays well-formed. */
static void test_control_characters(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "ti\x01t\x7Fle");
    bt_node *p = add(doc, bt_document_body(doc), BT_NODE_PARAGRAPH,
                     "a\x02"
                     "b\xC2\x85"
                     "c\xEF\xBF\xBE"
                     "d\xEF\xB7\x90");
    bt_node *link = add(doc, p, BT_NODE_LINK, "e\x1f\x7F");
    bt_node_set_literal(doc, link, "https://x.org/\x03\xC2\x9F", 17);
    const char *formats[] = {"odt", "fodt"};
    for (int i = 0; i < 2; i++) {
        size_t size;
        char *data = write_doc(doc, formats[i], NULL, &size);
        bt_document *back = read_mem(data, size, formats[i]);
        char *d = dump(back);
        assert_string_equal(d, "title: title\n\n(paragraph (text [abcd]) (link [https://x.org/] "
                               "(text [e])))\n");
        free(d);
        bt_document_free(back);
        free(data);
    }
    bt_document_free(doc);
}

/* The styles a reference document's parts hold (LibreOffice's, as
 * make-reference-a5.sh saves them): its page, fonts and footer, its
 * definition of the styles it has, ours for those it lacks. */
static void assert_reference_styles(const char *styles)
{
    assert_contains(styles, "fo:page-width=\"5.8272in\" fo:page-height=\"8.2681in\"");
    assert_contains(styles, "Báo Mẫu — trang <text:page-number");
    assert_contains(styles, "<style:font-face style:name=\"DejaVu Serif\"");
    /* a namespace of its own, declared where it is used */
    assert_contains(styles,
                    "<style:page-layout-properties xmlns:loext=\"urn:org:documentfoundation:"
                    "names:experimental:office:xmlns:loext:1.0\"");
    assert_contains(styles, "loext:margin-gutter=\"0in\"");
    /* its Text body, not ours; ours where it has none */
    assert_int_equal(occurrences(styles, "style:name=\"Text_20_body\""), 1);
    char *st = style_of(styles, "Text_20_body");
    assert_contains(st, "style:font-name=\"DejaVu Serif\"");
    free(st);
    assert_int_equal(occurrences(styles, "style:name=\"Footer\""), 1);
    assert_int_equal(occurrences(styles, "<style:master-page "), 1);
    assert_int_equal(occurrences(styles, "<style:default-style style:family=\"paragraph\""), 1);
    st = style_of(styles, "Lead");
    assert_contains(st, "style:parent-style-name=\"Text_20_body\"");
    free(st);
    assert_contains(styles, "style:name=\"Heading_20_2\"");
    assert_contains(styles, "<text:list-style style:name=\"List_20_1\"");
}

/* The logo of reference-a5.odt's header, where LibreOffice stored it. */
#define LOGO "Pictures/100000000000003C000000106121D8C49EE12AC9.png"

/* --reference-odt (issue 14): the styles, page, fonts, header and footer
 * of an ODT or FODT replace ours, with the pictures they show; our
 * pictures fit its text, and the article reads back the same. */
static void test_reference(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    char odt_opt[600], fodt_opt[600];
    snprintf(odt_opt, sizeof(odt_opt), "odt:reference=%s", td("odt/reference-a5.odt"));
    snprintf(fodt_opt, sizeof(fodt_opt), "fodt:reference=%s", td("odt/reference-a5.fodt"));
    const char *const options[] = {odt_opt, fodt_opt, NULL};
    bt_options opt;
    bt_options_init(&opt);
    opt.format_options = options;
    char *want = dump(doc);
    size_t size;
    char *odt = write_doc(doc, "odt", &opt, &size);
    char *styles = zip_entry(odt, size, "styles.xml");
    char *content = zip_entry(odt, size, "content.xml");
    assert_reference_styles(styles);
    /* A5 less its margins: 11.8 cm, to the pixel */
    assert_contains(content, "text:anchor-type=\"as-char\" svg:width=\"11.774cm\"");
    assert_contains(content, "<style:font-face style:name=\"DejaVu Serif\"");
    bt_document *back = read_mem(odt, size, "odt");
    char *got = dump(back);
    assert_string_equal(got, want);
    free(got);
    bt_document_free(back);
    /* the logo of its header, in our package */
    char *logo = zip_entry(odt, size, LOGO);
    assert_memory_equal(logo, "\x89PNG", 4);
    free(logo);
    char *manifest = zip_entry(odt, size, "META-INF/manifest.xml");
    assert_contains(manifest, "manifest:full-path=\"" LOGO "\" manifest:media-type=\"image/png\"");
    free(manifest);
    free(content);
    free(styles);
    free(odt);

    /* a flat reference for a flat document: the same parts in one file */
    char *fodt = write_doc(doc, "fodt", &opt, &size);
    assert_contains(fodt, "fo:page-width=\"14.8cm\"");
    assert_contains(fodt, "Báo Mẫu — trang <text:page-number");
    assert_int_equal(occurrences(fodt, "style:name=\"Text_20_body\""), 1);
    assert_int_equal(occurrences(fodt, "<style:master-page "), 1);
    assert_contains(fodt, "style:name=\"Lead\"");
    assert_contains(fodt, "style:name=\"" ODT_FIGURE_STYLE "\"");
    back = read_mem(fodt, size, "fodt");
    got = dump(back);
    assert_string_equal(got, want);
    free(got);
    bt_document_free(back);
    free(fodt);

    /* the document's language on the reference's default style, in place
     * of the reference's own */
    bt_document *english = rich_document();
    odt = write_doc(english, "odt", &opt, &size);
    styles = zip_entry(odt, size, "styles.xml");
    const char *defaults = strstr(styles, "<style:default-style style:family=\"paragraph\">");
    assert_non_null(defaults);
    defaults = strstr(defaults, "<style:text-properties ");
    char *props = strndup(defaults, (size_t)(strstr(defaults, "/>") - defaults));
    assert_contains(props, "fo:language=\"en\" fo:country=\"US\"");
    assert_not_contains(props, "\"vi\"");
    assert_contains(props, "style:font-name=\"DejaVu Serif\"");
    free(props);
    free(styles);
    free(odt);
    bt_document_free(english);

    /* a package's reference for a flat document: its logo inline */
    snprintf(fodt_opt, sizeof(fodt_opt), "fodt:reference=%s", td("odt/reference-a5.odt"));
    fodt = write_doc(doc, "fodt", &opt, &size);
    assert_contains(fodt, "fo:page-width=\"5.8272in\"");
    assert_contains(fodt, "draw:name=\"Logo\" text:anchor-type=\"as-char\" svg:width=\"0.6299in\" "
                          "svg:height=\"0.1654in\" draw:z-index=\"0\"><draw:image "
                          "draw:mime-type=\"image/png\"><office:binary-data>iVBORw0KGgo");
    assert_not_contains(fodt, LOGO);
    free(fodt);
    free(want);
    bt_document_free(doc);
}

static void expect_reference_error(const char *path, bt_error_code code, const char *message)
{
    bt_document *doc = seed_document();
    char option[600];
    snprintf(option, sizeof(option), "odt:reference=%s", path);
    const char *const options[] = {option, NULL};
    bt_options opt;
    bt_options_init(&opt);
    opt.format_options = options;
    bt_error *err = bt_error_new();
    unsigned char *data = NULL;
    size_t size;
    assert_int_equal(bt_write_memory(bt_format_by_name(NULL, "odt"), doc, &opt, &data, &size, err),
                     BT_FAILED);
    assert_int_equal(bt_error_code_of(err), code);
    assert_contains(bt_error_message(err), message);
    free(data);
    bt_error_free(err);
    bt_document_free(doc);
}

static void test_reference_errors(void **state)
{
    (void)state;
    expect_reference_error(td("odt/no-such-reference.odt"), BT_ERR_IO,
                           "cannot open the reference document");
    expect_reference_error(td("hanoimoi-2017-10-09.html"), BT_ERR_FORMAT,
                           "is neither an ODT nor an FODT");
    expect_reference_error(td("odt/odftoolkit-PasswordProtected.odt"), BT_ERR_FORMAT, "styles");
}

/* libxml2 failing (out of memory) at its n-th allocation while we write: */
static int fail_at, allocations;
static xmlFreeFunc saved_free;
static xmlMallocFunc saved_malloc;
static xmlReallocFunc saved_realloc;
static xmlStrdupFunc saved_strdup;

/* libxml2 2.9 loses a block when an allocation fails inside some of its
 * calls (xmlTextWriterStartElement drops its stack entry when its list
 * cannot grow).  The blocks a failing write allocates are held here while
 * alive, and those left after it are kept in kept[]: reachable, so that
 * valgrind and LeakSanitizer do not count libxml2's loss as the test's. */
enum { SLOTS = 8192, KEPT = 65536 };
static void *live[SLOTS];
static void *volatile kept[KEPT]; /* volatile: stores nothing reads are kept */
static size_t nkept;
static char gone; /* a freed slot */

static size_t slot_of(const void *p) { return (size_t)((uintptr_t)p / 16 % SLOTS); }

static void *hold(void *p)
{
    size_t i = slot_of(p);
    while (p && live[i] && live[i] != &gone)
        i = (i + 1) % SLOTS;
    if (p)
        live[i] = p;
    return p;
}

static void release(void *p)
{
    for (size_t i = slot_of(p); p && live[i]; i = (i + 1) % SLOTS)
        if (live[i] == p) {
            live[i] = &gone;
            return;
        }
}

/* After a write: what it left allocated to kept[], the slots free again. */
static void keep_left(void)
{
    for (size_t i = 0; i < SLOTS; i++) {
        if (live[i] && live[i] != &gone && nkept < KEPT)
            kept[nkept++] = live[i];
        live[i] = NULL;
    }
}

static void *failing_malloc(size_t n)
{
    return ++allocations == fail_at ? NULL : hold(saved_malloc(n));
}

static void *failing_realloc(void *p, size_t n)
{
    if (++allocations == fail_at)
        return NULL;
    void *q = saved_realloc(p, n);
    if (q)
        release(p);
    return hold(q);
}

static char *failing_strdup(const char *s)
{
    return ++allocations == fail_at ? NULL : hold(saved_strdup(s));
}

static void failing_free(void *p)
{
    release(p);
    saved_free(p);
}

/* Every libxml2 call's result is checked: wherever libxml2 fails, the write
 * fails with BT_ERR_NOMEM, or, where libxml2 itself does without what it
 * could not allocate, writes the very same bytes; never a document with
 * parts missing. */
static void test_xml_failures(void **state)
{
    (void)state;
    bt_document *docs[] = {seed_document(), rich_document()};
    setenv("SOURCE_DATE_EPOCH", "1507506660", 1); /* the same bytes each time */
    xmlMemGet(&saved_free, &saved_malloc, &saved_realloc, &saved_strdup);
    const char *formats[] = {"odt", "fodt"};
    for (int d = 0; d < 4; d++) {
        bt_document *doc = docs[d / 2];
        const char *name = formats[d % 2];
        size_t want_size;
        char *want = write_doc(doc, name, NULL, &want_size);
        int failures = 0;
        for (fail_at = 1;; fail_at++) {
            allocations = 0;
            bt_error *err = bt_error_new();
            unsigned char *data = NULL;
            size_t size = 0;
            xmlMemSetup(failing_free, failing_malloc, failing_realloc, failing_strdup);
            bt_status s =
                bt_write_memory(bt_format_by_name(NULL, name), doc, NULL, &data, &size, err);
            xmlMemSetup(saved_free, saved_malloc, saved_realloc, saved_strdup);
            keep_left();
            if (s == BT_FAILED) {
                failures++;
                if (bt_error_code_of(err) != BT_ERR_NOMEM)
                    fail_msg("%s, allocation %d failing: '%s'", name, fail_at,
                             bt_error_message(err));
            } else if (size != want_size || memcmp(data, want, size)) {
                fail_msg("%s: libxml2's allocation %d failed and the write succeeded with "
                         "another document",
                         name, fail_at);
            }
            bt_error_free(err);
            free(data);
            if (allocations < fail_at)
                break; /* no allocation failed: done */
        }
        assert_true(failures > 10);
        free(want);
    }
    unsetenv("SOURCE_DATE_EPOCH");
    bt_document_free(docs[0]);
    bt_document_free(docs[1]);
}

/* ---- the model since 1.0 ---- */

static const unsigned char tiny_png[] = {
    0x89, 'P',  'N',  'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
    0,    0x01, 0x2c, 0,   0,    0,    0xc8, 8,    2, 0, 0, 0,  0,   0,   0,   0}; /* 300x200 */

static bt_node *note(bt_document *doc, const char *label, const char *text)
{
    bt_node *n = add(doc, bt_document_body(doc), BT_NODE_NOTE, NULL);
    bt_node_set_label(doc, n, label);
    add(doc, n, BT_NODE_PARAGRAPH, text);
    return n;
}

static bt_node *note_ref(bt_document *doc, bt_node *parent, bt_node *to, const char *label)
{
    bt_node *ref = add(doc, parent, BT_NODE_NOTE_REF, NULL);
    bt_node_set_label(doc, ref, label);
    bt_node_set_note(ref, to);
    return ref;
}

/* Every node and attribute 1.0 added: quotations, underline, strike,
 * spans, footnotes, a table's caption and spans, a link's title, a credit's
 * label, figures' display sizes, the dateline. */
static bt_document *model_document(void)
{
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    bt_node_set_role(add(doc, body, BT_NODE_PARAGRAPH, "Thứ Hai, 9/10/2017 06:51"),
                     BT_ROLE_DATELINE);
    bt_node *p = add(doc, body, BT_NODE_PARAGRAPH, "Ông nói ");
    bt_node *q = add(doc, p, BT_NODE_QUOTATION, "làm ");
    add(doc, add(doc, q, BT_NODE_QUOTATION, NULL), BT_NODE_TEXT, "ngay");
    add(doc, p, BT_NODE_TEXT, ", ");
    add(doc, add(doc, p, BT_NODE_UNDERLINE, NULL), BT_NODE_TEXT, "gạch dưới");
    add(doc, p, BT_NODE_TEXT, " và ");
    add(doc, add(doc, p, BT_NODE_STRIKE, NULL), BT_NODE_TEXT, "gạch ngang");
    add(doc, p, BT_NODE_TEXT, "; ");
    bt_node *en = add(doc, p, BT_NODE_SPAN, "he said ");
    bt_node_set_language(doc, en, "en-GB");
    add(doc, en, BT_NODE_QUOTATION, "yes");
    add(doc, p, BT_NODE_TEXT, " ");
    bt_node *fr = add(doc, p, BT_NODE_SPAN, "il a dit ");
    bt_node_set_language(doc, fr, "fr");
    add(doc, fr, BT_NODE_QUOTATION, "oui");
    add(doc, p, BT_NODE_TEXT, " ");
    bt_node *de = add(doc, p, BT_NODE_SPAN, NULL);
    bt_node_set_language(doc, de, "de-DE");
    add(doc, de, BT_NODE_QUOTATION, "ja");
    add(doc, p, BT_NODE_TEXT, " ");
    bt_node *zh = add(doc, p, BT_NODE_SPAN, "中文");
    bt_node_set_language(doc, zh, "zh-CN");
    add(doc, p, BT_NODE_TEXT, " ");
    bt_node_set_language(doc, add(doc, p, BT_NODE_SPAN, "Rechtschreibung"), "de-DE-1996");
    add(doc, p, BT_NODE_TEXT, " ");
    bt_node *link = add(doc, p, BT_NODE_LINK, "nguồn");
    bt_node_set_href(doc, link, "https://example.org/");
    bt_node_set_title(doc, link, "Trang \"nguồn\" & <khác>");
    p = add(doc, body, BT_NODE_PARAGRAPH, "Chú thích");
    bt_node *ref1 = note_ref(doc, p, NULL, "1");
    add(doc, p, BT_NODE_TEXT, " và dấu sao");
    bt_node *ref2 = note_ref(doc, p, NULL, "*");
    add(doc, p, BT_NODE_TEXT, ", lần nữa");
    bt_node *ref3 = note_ref(doc, p, NULL, "1");

    bt_node *table = add(doc, body, BT_NODE_TABLE, NULL);
    add(doc, add(doc, table, BT_NODE_CAPTION, "Giá "), BT_NODE_EMPH, "lúa");
    bt_node *row = add(doc, table, BT_NODE_ROW, NULL);
    bt_node *cell = add(doc, row, BT_NODE_CELL, "Vụ");
    bt_node_set_cell_header(cell, 1);
    bt_node_set_cell_span(cell, 2, 1);
    bt_node_set_cell_header(add(doc, row, BT_NODE_CELL, "Giá"), 1);
    row = add(doc, table, BT_NODE_ROW, NULL);
    bt_node_set_cell_span(add(doc, row, BT_NODE_CELL, "2024"), 1, 2);
    add(doc, row, BT_NODE_CELL, "Đông Xuân");
    add(doc, row, BT_NODE_CELL, "7.200");
    row = add(doc, table, BT_NODE_ROW, NULL);
    add(doc, row, BT_NODE_CELL, "Hè Thu");
    add(doc, row, BT_NODE_CELL, "6.800");

    int res = bt_document_add_resource(doc, "a.png", NULL, tiny_png, sizeof(tiny_png));
    bt_node *fig = add(doc, body, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig, res);
    bt_node_set_figure_display_size(fig, 150, 100);
    add(doc, fig, BT_NODE_CAPTION, "Cánh đồng");
    bt_node *credit = add(doc, fig, BT_NODE_CREDIT, "Lan Anh");
    bt_node_set_label(doc, credit, "Ảnh");
    /* no display size: the pixels at the picture's dpi */
    doc->res[res].dpi_x = doc->res[res].dpi_y = 192;
    fig = add(doc, body, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig, res);

    bt_node_set_note(ref1, note(doc, "1", "Một."));
    bt_node_set_note(ref2, note(doc, "*", "Sao."));
    bt_node_set_note(ref3, bt_node_note(ref1));
    return doc;
}

static void test_model_round_trip(void **state)
{
    (void)state;
    bt_document *doc = model_document();
    const char *formats[] = {"odt", "fodt"};
    for (int i = 0; i < 2; i++) {
        bt_error err = BT_ERROR_INIT;
        unsigned char *data;
        size_t size;
        assert_int_equal(
            bt_write_memory(bt_format_by_name(NULL, formats[i]), doc, NULL, &data, &size, &err),
            BT_OK);
        assert_int_equal(bt_error_event_count(&err), 0);
        bt_error_clear(&err);
        bt_document *back = read_mem((char *)data, size, formats[i]);
        char *d = dump(back);
        /* quotations are their marks now: ODF has no element for them; the
         * dateline in the head gives the date back too */
        assert_string_equal(
            d, "date: 2017-10-09T06:51:00\nlanguage: vi\n"
               "\n(paragraph role=3 (text [Thứ Hai, 9/10/2017 06:51]))"
               "\n(paragraph (text [Ông nói “làm ‘ngay’”, ]) (underline (text [gạch dưới])) "
               "(text [ và ]) (strike (text [gạch ngang])) (text [; ]) "
               "(span lang=en-GB (text [he said “yes”])) (text [ ]) "
               "(span lang=fr (text [il a dit «\u00a0oui\u00a0»])) (text [ ]) "
               "(span lang=de-DE (text [„ja“])) (text [ ]) (span lang=zh-CN (text [中文])) "
               "(text [ ]) (span lang=de-DE-1996 (text [Rechtschreibung])) (text [ ]) (link "
               "[https://example.org/] title=[Trang \"nguồn\" & <khác>] "
               "(text [nguồn])))"
               "\n(paragraph (text [Chú thích]) (note-ref [1] -> 1) (text [ và dấu sao]) "
               "(note-ref [*] -> *) (text [, lần nữa]) (note-ref [1] -> 1))"
               "\n(table\n  (caption (text [Giá ]) (emph (text [lúa])))"
               "\n  (row\n    (cell header span=2x1 (text [Vụ]))\n    (cell header (text [Giá])))"
               "\n  (row\n    (cell span=1x2 (text [2024]))\n    (cell (text [Đông Xuân]))"
               "\n    (cell (text [7.200])))"
               "\n  (row\n    (cell (text [Hè Thu]))\n    (cell (text [6.800]))))"
               "\n(figure alt=[] image/png 300x200 33 bytes"
               "\n  (caption (text [Cánh đồng]))\n  (credit label=[Ảnh] (text [Lan Anh])))"
               "\n(figure alt=[] image/png 300x200 33 bytes)"
               "\n(note label=[1]\n  (paragraph (text [Một.])))"
               "\n(note label=[*]\n  (paragraph (text [Sao.])))\n");
        /* both marks of note 1 lead to the one note */
        bt_node *body = bt_document_body(back);
        bt_node *p = bt_node_next(bt_node_next(bt_node_first_child(body)));
        bt_node *one = bt_node_prev(bt_node_last_child(body));
        assert_ptr_equal(bt_node_note(bt_node_next(bt_node_first_child(p))), one);
        assert_ptr_equal(bt_node_note(bt_node_last_child(p)), one);
        /* 150x100 CSS px as given; 300x200 px at 192 dpi is the same size */
        bt_node *fig = bt_node_next(bt_node_next(p));
        assert_int_equal(bt_node_figure_display_width(fig), 150);
        assert_int_equal(bt_node_figure_display_height(fig), 100);
        fig = bt_node_next(fig);
        assert_int_equal(bt_node_figure_display_width(fig), 150);
        assert_int_equal(bt_node_figure_display_height(fig), 100);
        free(d);
        bt_document_free(back);
        free(data);
    }
    bt_document_free(doc);
}

/* The markup of what 1.0 added, as LibreOffice writes it. */
static void test_model_markup(void **state)
{
    (void)state;
    bt_document *doc = model_document();
    size_t size;
    char *odt = write_doc(doc, "odt", NULL, &size);
    char *content = zip_entry(odt, size, "content.xml");
    assert_contains(content, "<style:style style:name=\"T3\" style:family=\"text\">"
                             "<style:text-properties style:text-underline-style=\"solid\"/>");
    assert_contains(content, "<style:style style:name=\"T4\" style:family=\"text\">"
                             "<style:text-properties style:text-line-through-style=\"solid\"/>");
    assert_contains(content, "<style:style style:name=\"Lang_en-GB\" style:family=\"text\">"
                             "<style:text-properties fo:language=\"en\" fo:country=\"GB\"/>");
    /* Chinese in the Asian slot, as LibreOffice keeps it */
    assert_contains(content, "<style:text-properties style:language-asian=\"zh\" "
                             "style:country-asian=\"CN\"/>");
    /* a variant only the whole tag holds */
    assert_contains(content, "<style:text-properties fo:language=\"de\" fo:country=\"DE\" "
                             "style:rfc-language-tag=\"de-DE-1996\"/>");
    /* the body's dateline in the head, in place of the metadata's date */
    assert_contains(content, "<text:p text:style-name=\"Dateline\">Thứ Hai, 9/10/2017 06:51</text:p>");
    assert_contains(content, "<text:span text:style-name=\"T3\">gạch dưới</text:span>");
    assert_contains(content, "<text:a xlink:type=\"simple\" xlink:href=\"https://example.org/\" "
                             "office:title=\"Trang &quot;nguồn&quot; &amp; &lt;khác&gt;\"");
    assert_contains(content, "Chú thích<text:note text:id=\"ftn0\" text:note-class=\"footnote\">"
                             "<text:note-citation>1</text:note-citation><text:note-body>"
                             "<text:p text:style-name=\"Footnote\">Một.</text:p></text:note-body>"
                             "</text:note>");
    assert_contains(content, "<text:note-citation text:label=\"*\">*</text:note-citation>");
    assert_contains(content, "<text:note-ref text:note-class=\"footnote\" "
                             "text:reference-format=\"text\" text:ref-name=\"ftn0\">1"
                             "</text:note-ref>");
    assert_contains(content, "<text:p text:style-name=\"Table\">Bảng <text:sequence "
                             "text:ref-name=\"refTable0\" text:name=\"Table\" "
                             "text:formula=\"ooow:Table+1\" style:num-format=\"1\">1"
                             "</text:sequence>: Giá <text:span");
    assert_contains(content, "<table:table-column table:number-columns-repeated=\"3\"/>");
    assert_contains(content, "<table:table-cell table:number-columns-spanned=\"2\" "
                             "office:value-type=\"string\"><text:p text:style-name=\""
                             "Table_20_Heading\">Vụ</text:p></table:table-cell>"
                             "<table:covered-table-cell/><table:table-cell");
    assert_contains(content, "<table:table-row><table:covered-table-cell/><table:table-cell "
                             "office:value-type=\"string\"><text:p text:style-name=\""
                             "Table_20_Contents\">Hè Thu</text:p>");
    assert_contains(content, "<text:span text:style-name=\"Photo_20_Credit\"><text:span "
                             "text:style-name=\"Photo_20_Credit_20_Label\">Ảnh: </text:span>"
                             "Lan Anh</text:span>");
    /* 150 CSS px are 3.969 cm; 300 px at 192 dpi too */
    assert_contains(content, "draw:name=\"Image1\" text:anchor-type=\"as-char\" "
                             "svg:width=\"3.969cm\" svg:height=\"2.646cm\"");
    assert_contains(content, "draw:name=\"Image2\" text:anchor-type=\"as-char\" "
                             "svg:width=\"3.969cm\" svg:height=\"2.646cm\"");
    char *styles = zip_entry(odt, size, "styles.xml");
    assert_contains(styles, "style:name=\"Footnote\"");
    assert_contains(styles, "style:name=\"Table\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Caption\"");
    free(styles);
    free(content);
    free(odt);
    bt_document_free(doc);
}

static int has_event(const bt_error *err, bt_event_effect effect, bt_loss_kind kind)
{
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        if (bt_error_event_effect(err, i) == effect && bt_error_event_kind(err, i) == kind)
            return 1;
    return 0;
}

/* What ODF or LibreOffice cannot hold is reported, never dropped silently. */
static void test_model_events(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_node *p = add(doc, body, BT_NODE_PARAGRAPH, "x ");
    bt_node *outer = add(doc, p, BT_NODE_LINK, NULL);
    bt_node_set_href(doc, outer, "https://a.org/");
    bt_node_set_href(doc, add(doc, outer, BT_NODE_LINK, "inner"), "https://b.org/");
    bt_node_set_language(doc, add(doc, p, BT_NODE_SPAN, " odd"), "not a language");
    /* a mark in a caption frame (LibreOffice drops notes in frames) */
    int res = bt_document_add_resource(doc, "a.png", NULL, tiny_png, sizeof(tiny_png));
    bt_node *fig = add(doc, body, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig, res);
    bt_node *caption = add(doc, fig, BT_NODE_CAPTION, "Ảnh");
    bt_node *n = note(doc, "1", "Chú thích của ảnh.");
    note_ref(doc, caption, n, "1");
    add(doc, body, BT_NODE_CELL, "a cell out of its table");
    const char *formats[] = {"odt", "fodt"};
    for (int i = 0; i < 2; i++) {
        bt_error err = BT_ERROR_INIT;
        unsigned char *data;
        size_t size;
        assert_int_equal(
            bt_write_memory(bt_format_by_name(NULL, formats[i]), doc, NULL, &data, &size, &err),
            BT_WARN);
        assert_int_equal(bt_error_lost(&err, BT_LOSS_INLINE), 2);
        assert_int_equal(bt_error_lost(&err, BT_LOSS_OTHER), 1);
        assert_true(has_event(&err, BT_EVENT_CHANGED, BT_LOSS_FOOTNOTE));
        bt_error_clear(&err);
        /* the note's text is kept, at the end */
        bt_document *back = read_mem((char *)data, size, formats[i]);
        char *d = dump(back);
        assert_contains(d, "(caption (text [Ảnh]) (sup (text [1])))");
        assert_contains(d, "(paragraph (text [Chú thích của ảnh.]))\n");
        assert_contains(d, "(link [https://a.org/] (text [inner]))");
        free(d);
        bt_document_free(back);
        free(data);
    }
    bt_document_free(doc);
}

/* Underline and strike from named styles and their children, languages
 * against the paragraph's, notes in odd places, a caption below its table. */
static void test_model_reading(void **state)
{
    (void)state;
    static const char fodt[] =
        FODT_START
        "<office:styles>"
        "<style:default-style style:family=\"paragraph\"><style:text-properties "
        "fo:language=\"vi\" fo:country=\"VN\" style:language-asian=\"zh\" "
        "style:country-asian=\"CN\"/></style:default-style>"
        "<style:style style:name=\"Under\" style:family=\"text\"><style:text-properties "
        "style:text-underline-style=\"wave\"/></style:style>"
        "<style:style style:name=\"Gone\" style:family=\"text\"><style:text-properties "
        "style:text-line-through-style=\"solid\"/></style:style>"
        "<style:style style:name=\"English\" style:family=\"paragraph\"><style:text-properties "
        "fo:language=\"en\" fo:country=\"US\"/></style:style>"
        "<style:style style:name=\"Cap\" style:family=\"paragraph\" "
        "style:parent-style-name=\"Table\"/>"
        "</office:styles><office:automatic-styles>"
        "<style:style style:name=\"T1\" style:family=\"text\" style:parent-style-name=\"Under\">"
        "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
        "<style:style style:name=\"T2\" style:family=\"text\" style:parent-style-name=\"Under\">"
        "<style:text-properties style:text-underline-style=\"none\"/></style:style>"
        "<style:style style:name=\"T3\" style:family=\"text\"><style:text-properties "
        "fo:language=\"en\" fo:country=\"US\"/></style:style>"
        "<style:style style:name=\"T4\" style:family=\"text\"><style:text-properties "
        "style:language-asian=\"ja\" style:country-asian=\"JP\"/></style:style>"
        "</office:automatic-styles><office:body><office:text>"
        "<text:p><text:span text:style-name=\"T1\">u</text:span> "
        "<text:span text:style-name=\"T2\">plain</text:span> "
        "<text:span text:style-name=\"Gone\">s</text:span> "
        "<text:span text:style-name=\"T3\">en <text:span text:style-name=\"T3\">en</text:span>"
        "</text:span> <text:span text:style-name=\"T4\">日本</text:span> "
        "<text:a xlink:href=\"https://x.org/\" office:title=\"X\">x</text:a></text:p>"
        "<text:p text:style-name=\"English\">all <text:span text:style-name=\"T3\">en"
        "</text:span></text:p>"
        "<text:p>before <text:note-ref text:ref-name=\"n1\">1</text:note-ref></text:p>"
        "<text:p><text:note text:id=\"n1\" text:note-class=\"endnote\"><text:note-citation>"
        "i</text:note-citation><text:note-body><text:p>Only a note.</text:p><text:list>"
        "<text:list-item><text:p>item</text:p></text:list-item></text:list></text:note-body>"
        "</text:note></text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>c</text:p></table:table-cell>"
        "</table:table-row></table:table>"
        "<text:p text:style-name=\"Cap\">below</text:p>"
        "</office:text></office:body></office:document>";
    bt_document *doc = read_mem(fodt, sizeof(fodt) - 1, "fodt");
    char *d = dump(doc);
    assert_string_equal(d, "language: vi-VN\n"
                           "\n(paragraph (strong (underline (text [u]))) (text [ plain ]) "
                           "(strike (text [s])) (text [ ]) (span lang=en-US (text [en en])) "
                           "(text [ ]) (span lang=ja-JP (text [日本])) (text [ ]) "
                           "(link [https://x.org/] title=[X] (text [x])))"
                           "\n(paragraph (text [all en]))"
                           "\n(paragraph (text [before 1]))"
                           "\n(paragraph (note-ref [i] -> i))"
                           "\n(table\n  (caption (text [below]))\n  (row\n    (cell (text [c]))))"
                           "\n(note label=[i]\n  (paragraph (text [Only a note.]))"
                           "\n  (list ordered=0 start=0\n    (item\n"
                           "      (paragraph (text [item])))))\n");
    free(d);
    bt_document_free(doc);
}

/* ---- ODT written by others ---- */

static void test_libreoffice_caption_frame(void **state)
{
    (void)state;
    const char *files[] = {"odt/libreoffice-caption-frame.odt",
                           "odt/libreoffice-caption-frame.fodt"};
    for (int i = 0; i < 2; i++) {
        bt_document *doc = read_doc(td(files[i]), NULL, NULL);
        char *d = dump(doc);
        assert_contains(d, "title: Chủ động, gương mẫu, hoàn thành nhiệm vụ\n");
        assert_contains(d, "author: Hương Ly\n");
        assert_contains(d, "language: vi-VN\n");
        assert_contains(d, "(heading 1 (text [Chủ động, gương mẫu, hoàn thành nhiệm vụ]))");
        assert_contains(d, "(heading 2 (text [Rõ trọng tâm, trọng điểm]))");
        assert_contains(d, "(heading 2 (text [Triển khai toàn diện nhiệm vụ chính trị]))");
        /* the label ("Hình 1: ", "Illustration 2: ") is LibreOffice's, not the caption */
        assert_contains(d, "(figure alt=[Một hội nghị quán triệt, tập huấn Điều lệ Đảng do Đảng "
                           "ủy Khối các cơ quan TP Hà Nội tổ chức.] image/jpeg 640x400 12931 bytes"
                           "\n  (caption (text [Một hội nghị quán triệt, tập huấn Điều lệ Đảng do "
                           "Đảng ủy Khối các cơ quan TP Hà Nội tổ chức.])))");
        assert_contains(d, "image/png 8x8 74 bytes\n  (caption (text [Biểu đồ minh họa (ảnh thử "
                           "nghiệm).])))");
        assert_contains(d, "(paragraph (text [Ngày 10-10-1954, Ban   Thường vụ Thành\t]) "
                           "(emph (text [ủy Hà Nội])) (text [ ]) (link [https://example.org/] "
                           "(text [đã quyết định])) (break) (text [thành lập Liên chi");
        assert_contains(d, "(paragraph (text [Hương Ly]))\n");
        free(d);
        bt_document_free(doc);
    }
}

static void test_pandoc_files(void **state)
{
    (void)state;
    /* pandoc's native/ expectations: the caption without "Abbildung 1: " */
    bt_document *doc = read_doc(td("odt/pandoc-imageWithCaption.odt"), NULL, NULL);
    char *d = dump(doc);
    assert_contains(d, "(figure alt=[] image/jpeg 250x250");
    assert_contains(d, "(caption (text [Image caption])))");
    free(d);
    bt_document_free(doc);

    doc = read_doc(td("odt/pandoc-headers.odt"), NULL, NULL);
    d = dump(doc);
    assert_contains(d, "\n(heading 1 (text [A header (Lv 1)]))\n(paragraph (text [A paragraph]))"
                       "\n(heading 2 (text [Another header (Lv 2)]))"
                       "\n(paragraph (text [Another paragraph]))"
                       "\n(heading 1 (text [Back to Level 1]))\n");
    free(d);
    bt_document_free(doc);

    doc = read_doc(td("odt/pandoc-orderedListSimple.odt"), NULL, NULL);
    d = dump(doc);
    assert_contains(d, "(list ordered=1 start=0\n  (item\n    (paragraph (text [A list item])))");
    assert_contains(d, "(paragraph (text [A third]))\n    (list ordered=1 start=0\n      (item\n"
                       "        (paragraph (text [New level!]))\n        (list ordered=1");
    assert_contains(d, "(list ordered=1 start=4\n  (item\n    (paragraph (text [Start new list, "
                       "but a different starting point.])))");
    free(d);
    bt_document_free(doc);

    doc = read_doc(td("odt/pandoc-unorderedList.odt"), NULL, NULL);
    d = dump(doc);
    assert_contains(d, "(list ordered=0 start=0\n  (item\n    (paragraph (text [A list item])))");
    assert_contains(d, "(paragraph (text [It's great up here!]))");
    free(d);
    bt_document_free(doc);

    doc = read_doc(td("odt/pandoc-simpleTableWithHeader.odt"), NULL, NULL);
    d = dump(doc);
    assert_contains(d, "(table\n  (row\n    (cell header (text [A]))\n    (cell header (text [B]))"
                       "\n    (cell header (text [C])))\n  (row\n    (cell (text [1]))\n    (cell)"
                       "\n    (cell))");
    free(d);
    bt_document_free(doc);

    doc = read_doc(td("odt/pandoc-footnote.odt"), NULL, NULL);
    d = dump(doc);
    assert_contains(d, "(paragraph (text [Some text]) (note-ref [1] -> 1) (text [ with a "
                       "footnote.]))\n(note label=[1]\n  (paragraph (text [Footnote text])))\n");
    free(d);
    bt_document_free(doc);

    doc = read_doc(td("odt/pandoc-blockquote.odt"), NULL, NULL);
    d = dump(doc);
    assert_contains(d, "(paragraph (text [Normal]))");
    assert_contains(d, "Indented (1cm)");
    free(d);
    bt_document_free(doc);
}

static void test_odfdo_files(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("odt/odfdo-chair.odt"), NULL, NULL);
    char *d = dump(doc);
    assert_contains(d, "(paragraph (text [A chair\u00a0:]))\n(figure alt=[alternate name, chair] "
                       "image/jpeg 148x256 20863 bytes\n  (caption (text [chair])))");
    free(d);
    bt_document_free(doc);

    doc = read_doc(td("odt/odfdo-note.odt"), NULL, NULL);
    d = dump(doc);
    /* a footnote and an endnote, numbered in roman */
    assert_contains(d, "(text [Un paragraphe]) (note-ref [1] -> 1) (text [ d'apparence]) "
                       "(note-ref [i] -> i) (text [ banale.]))");
    assert_contains(d, "\n(note label=[1]\n  (paragraph (text [C'est-à-dire l'élément "
                       "«\u00a0text:p\u00a0».])))\n(note label=[i]\n  (paragraph (text [Les "
                       "apparences sont trompeuses !])))\n");
    free(d);
    bt_document_free(doc);
}

/* What LibreOffice writes (testdata/odt/make-libreoffice-model.sh):
 * underline, strike, spans in other languages, a footnote and an endnote,
 * a table with merged cells and a caption above it. */
static void test_libreoffice_model(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("odt/libreoffice-model.odt"), NULL, NULL);
    char *d = dump(doc);
    assert_string_equal(
        d, "title: Giá lúa tăng\nlanguage: en-US\n"
           "\n(paragraph (text [Giá lúa ]) (underline (text [tăng mạnh])) (text [, giá cũ ]) "
           "(strike (text [5.000 đồng])) (text [ đã qua; thương lái gọi đó là ]) "
           "(span lang=en-GB (text [a good harvest])) (text [ hay ]) "
           "(span lang=fr-FR (text [une bonne récolte])) (text [.]))"
           "\n(paragraph (text [Số liệu của hợp tác xã]) (note-ref [1] -> 1) "
           "(text [ và của tỉnh]) (note-ref [i] -> i) (text [.]))"
           "\n(table\n  (caption (text [Giá lúa theo vụ]))"
           "\n  (row\n    (cell header span=2x1 (text [Vụ]))\n    (cell header (text [Giá])))"
           "\n  (row\n    (cell span=1x2 (text [2024]))\n    (cell (text [Đông Xuân]))"
           "\n    (cell (text [7.200])))"
           "\n  (row\n    (cell (text [Hè Thu]))\n    (cell (text [6.800]))))"
           "\n(note label=[1]\n  (paragraph (text [Hợp tác xã Tân Phú, tháng 5.])))"
           "\n(note label=[i]\n  (paragraph (text [Sở Nông nghiệp.])))\n");
    /* each NOTE_REF leads to its NOTE */
    bt_node *p = bt_node_next(bt_node_first_child(bt_document_body(doc)));
    bt_node *ref = bt_node_next(bt_node_first_child(p));
    assert_int_equal(bt_node_get_type(ref), BT_NODE_NOTE_REF);
    assert_ptr_equal(bt_node_note(ref), bt_node_prev(bt_node_last_child(bt_document_body(doc))));
    free(d);
    bt_document_free(doc);
}

/* Styles resolved through their parents, as LibreOffice's automatic styles
 * and other writers' named ones need. */
static void test_style_resolution(void **state)
{
    (void)state;
    static const char fodt[] =
        FODT_START
        "<office:styles>"
        "<style:default-style style:family=\"paragraph\"><style:text-properties "
        "fo:language=\"fr\" fo:country=\"CA\"/></style:default-style>"
        "<style:style style:name=\"My_20_Head\" style:display-name=\"Heading 3\" "
        "style:family=\"paragraph\"/>"
        "<style:style style:name=\"Cite\" style:family=\"paragraph\" "
        "style:parent-style-name=\"Quotations\"/>"
        "<style:style style:name=\"Loud\" style:family=\"text\"><style:text-properties "
        "fo:font-weight=\"700\"/></style:style>"
        "</office:styles><office:automatic-styles>"
        "<style:style style:name=\"P1\" style:family=\"paragraph\" "
        "style:parent-style-name=\"My_20_Head\"/>"
        "<style:style style:name=\"P2\" style:family=\"paragraph\" "
        "style:parent-style-name=\"Cite\"/>"
        "<style:style style:name=\"T1\" style:family=\"text\" "
        "style:parent-style-name=\"Loud\"><style:text-properties fo:font-style=\"italic\"/>"
        "</style:style>"
        "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties "
        "style:text-position=\"-33% 58%\"/></style:style>"
        "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" "
        "style:num-format=\"i\" text:start-value=\"2\"/><text:list-level-style-bullet "
        "text:level=\"2\" text:bullet-char=\"-\"/></text:list-style>"
        "</office:automatic-styles><office:body><office:text>"
        "<text:p text:style-name=\"P1\">  Deep  heading </text:p>"
        "<text:p text:style-name=\"P2\">cited<text:soft-page-break/> text</text:p>"
        "<text:p>a <text:span text:style-name=\"T1\">bold <text:span text:style-name=\"Loud\">"
        "italic</text:span></text:span> H<text:span text:style-name=\"T2\">2</text:span>O"
        "<text:s text:c=\"3\"/>x<text:span text:style-name=\"Loud\"> </text:span>\n  </text:p>"
        "<text:list text:style-name=\"L1\"><text:list-item><text:p>one</text:p><text:list>"
        "<text:list-item><text:p>sub</text:p></text:list-item></text:list></text:list-item>"
        "</text:list>"
        "<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"2\">"
        "<text:p>r</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"
        "</table:table>"
        "</office:text></office:body></office:document>";
    bt_document *doc = read_mem(fodt, sizeof(fodt) - 1, "fodt");
    char *d = dump(doc);
    assert_string_equal(d, "language: fr-CA\n"
                           "\n(heading 3 (text [Deep heading]))"
                           "\n(quote\n  (paragraph (text [cited text])))"
                           "\n(paragraph (text [a ]) (strong (emph (text [bold italic]))) "
                           "(text [ H]) (sub (text [2])) (text [O   x]))"
                           "\n(list ordered=1 start=2\n  (item\n    (paragraph (text [one]))"
                           "\n    (list ordered=0 start=0\n      (item\n"
                           "        (paragraph (text [sub]))))))"
                           "\n(table\n  (row\n    (cell (text [r]))\n    (cell (text [r]))))\n");
    free(d);
    bt_document_free(doc);
}

/* Text split by elements, a combining mark after the split, comes out NFC. */
static void test_nfc(void **state)
{
    (void)state;
    static const char fodt[] =
        "<?xml version=\"1.0\"?><office:document xmlns:office=\"urn:oasis:names:tc:"
        "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:"
        "text:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:meta><dc:title>"
        "Hoa\xcc\x80</dc:title></office:meta><office:body><office:text><text:p>Hoa"
        "<text:bookmark text:name=\"x\"/>\xcc\x80 Kie\xcc\x82\xcc\x81m</text:p>"
        "</office:text></office:body></office:document>";
    bt_document *doc = read_mem(fodt, sizeof(fodt) - 1, "fodt");
    char *d = dump(doc);
    /* no language declared: the core tells Vietnamese from the letters */
    assert_string_equal(d, "title: Hoà\nlanguage: vi\n\n(paragraph (text [Hoà Kiếm]))\n");
    free(d);
    bt_document_free(doc);
}

/* A paragraph of 200000 words, spaces as elements, and 20000 preformatted
 * lines: read in linear time (quadratic would time the test out). */
static void test_long_paragraph(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT;
    bt_buf_puts(&b, "<?xml version=\"1.0\"?><office:document xmlns:office=\"urn:oasis:names:tc:"
                    "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:"
                    "xmlns:text:1.0\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
                    "<office:body><office:text><text:p>");
    for (int i = 0; i < 200000; i++)
        bt_buf_puts(&b, "từ<text:s/><text:bookmark text:name=\"b\"/> ");
    bt_buf_puts(&b, "</text:p>");
    for (int i = 0; i < 20000; i++)
        bt_buf_puts(&b, "<text:p text:style-name=\"Preformatted_20_Text\">x<text:s text:c=\"3\"/>"
                        "y</text:p>");
    bt_buf_puts(&b, "</office:text></office:body></office:document>");
    bt_document *doc = read_mem(b.data, b.len, "fodt");
    bt_node *p = bt_node_first_child(bt_document_body(doc));
    /* "từ", the text:s space, the collapsed one; the last one dropped */
    assert_int_equal(strlen(bt_node_literal(bt_node_first_child(p))), 200000 * 6 - 1);
    bt_node *pre = bt_node_next(p);
    assert_int_equal(bt_node_get_type(pre), BT_NODE_PRE);
    assert_int_equal(strlen(bt_node_literal(pre)), 20000 * 6 - 1);
    assert_null(bt_node_next(pre));
    bt_document_free(doc);
    bt_buf_free(&b);
}

/* The bytes libxml2 asks for while counting is on. */
static size_t requested;
static xmlFreeFunc real_free;
static xmlMallocFunc real_malloc;
static xmlReallocFunc real_realloc;
static xmlStrdupFunc real_strdup;

static void *counting_malloc(size_t n)
{
    requested += n;
    return real_malloc(n);
}

static void *counting_realloc(void *p, size_t n)
{
    requested += n;
    return real_realloc(p, n);
}

/* A word of 1 MiB written costs the writer memory in proportion to it: text
 * went through a printf that grew its buffer 8 KiB at a time and a buffer
 * grown to each write's size, both quadratic (an 8 MB word took 6 s, and
 * minutes under ASan).  Counted, not timed. */
static void test_long_word_written(void **state)
{
    (void)state;
    enum { WORD = 1 << 20 };
    bt_document *doc = bt_document_new();
    char *word = malloc(WORD + 1);
    for (unsigned i = 0, r = 1; i < WORD; i++) /* letters that do not compress away */
        word[i] = (char)('a' + (r = r * 1103515245u + 12345u) % 26);
    word[WORD] = '\0';
    add(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, word);
    xmlMemGet(&real_free, &real_malloc, &real_realloc, &real_strdup);
    const char *formats[] = {"odt", "fodt"};
    for (int i = 0; i < 2; i++) {
        requested = 0;
        xmlMemSetup(real_free, counting_malloc, counting_realloc, real_strdup);
        size_t size;
        char *data = write_doc(doc, formats[i], NULL, &size);
        xmlMemSetup(real_free, real_malloc, real_realloc, real_strdup);
        assert_true(requested < 16u * WORD);
        bt_document *back = read_mem(data, size, formats[i]);
        assert_contains(bt_node_text(back, bt_document_body(back)), word + WORD - 100);
        bt_document_free(back);
        free(data);
    }
    free(word);
    bt_document_free(doc);
}

/* ---- broken input ---- */

static void expect_failure(const char *data, size_t size, const char *format, const char *message)
{
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_input in = {(const unsigned char *)data, size, NULL};
    assert_int_equal(bt_read(NULL, bt_format_by_name(NULL, format), &in, NULL, &doc, err),
                     BT_FAILED);
    assert_null(doc);
    if (!strstr(bt_error_message(err), message))
        fail_msg("got '%s', want '%s'", bt_error_message(err), message);
    assert_null(strchr(bt_error_message(err), '\n'));
    bt_error_free(err);
}

static int to_buf(void *user, const void *data, size_t len)
{
    bt_buf_put(user, data, len);
    return 0;
}

/* A zip with a stored mimetype and the parts given (name, text pairs). */
static bt_buf make_zip(const char *mimetype, const char *const *parts, size_t n)
{
    bt_buf b = BT_BUF_INIT;
    bt_output out = {to_buf, &b, NULL};
    bt_zip_writer *z = bt_zip_writer_new(NULL);
    if (mimetype)
        assert_int_equal(bt_zip_add(z, "mimetype", mimetype, strlen(mimetype), 1, NULL), BT_OK);
    for (size_t i = 0; i + 1 < n; i += 2)
        assert_int_equal(bt_zip_add(z, parts[i], parts[i + 1], strlen(parts[i + 1]), 0, NULL),
                         BT_OK);
    assert_int_equal(bt_zip_finish(z, &out, NULL), BT_OK);
    return b;
}

static void test_bad_input(void **state)
{
    (void)state;
    const char *odt_type = "application/vnd.oasis.opendocument.text";
    expect_failure("", 0, "odt", "empty");
    expect_failure("hello", 5, "odt", "not a zip archive");

    bt_document *doc = seed_document();
    size_t size;
    char *odt = write_doc(doc, "odt", NULL, &size);
    expect_failure(odt, size / 2, "odt", "not a zip archive, or a truncated one");
    free(odt);
    char *fodt = write_doc(doc, "fodt", NULL, &size);
    expect_failure(fodt, size / 2, "fodt", "the flat ODT document: broken XML");
    free(fodt);
    bt_document_free(doc);

    const char *no_content[] = {"styles.xml", "<office:document-styles/>"};
    bt_buf z = make_zip(odt_type, no_content, 2);
    expect_failure(z.data, z.len, "odt", "content.xml is missing");
    bt_buf_free(&z);

    const char *broken[] = {"content.xml", "<office:document-content><office:body>"};
    z = make_zip(odt_type, broken, 2);
    expect_failure(z.data, z.len, "odt", "content.xml: broken XML at line 1");
    bt_buf_free(&z);

    const char *broken_styles[] = {"content.xml",
                                   "<office:document-content xmlns:office=\"urn:oasis:names:tc:"
                                   "opendocument:xmlns:office:1.0\"><office:body><office:text/>"
                                   "</office:body></office:document-content>",
                                   "styles.xml",
                                   "<office:document-styles><a></office:document-styles>"};
    z = make_zip(odt_type, broken_styles, 4);
    expect_failure(z.data, z.len, "odt", "styles.xml: broken XML");
    bt_buf_free(&z);

    const char *sheet[] = {"content.xml", "<office:document-content xmlns:office=\"urn:oasis:"
                                          "names:tc:opendocument:xmlns:office:1.0\">"
                                          "<office:body><office:spreadsheet/></office:body>"
                                          "</office:document-content>"};
    z = make_zip("application/vnd.oasis.opendocument.spreadsheet", sheet, 2);
    expect_failure(z.data, z.len, "odt",
                   "not an OpenDocument text: the package is "
                   "'application/vnd.oasis.opendocument.spreadsheet'");
    bt_buf_free(&z);
    z = make_zip(NULL, sheet, 2);
    expect_failure(z.data, z.len, "odt", "not a text document: its body is office:spreadsheet");
    bt_buf_free(&z);

    const char *epub[] = {"META-INF/container.xml", "<container/>"};
    z = make_zip("application/epub+zip", epub, 2);
    expect_failure(z.data, z.len, "odt", "this is an EPUB, not an OpenDocument text");
    bt_buf_free(&z);

    const char *plain[] = {"notes.txt", "hello"};
    z = make_zip(NULL, plain, 2);
    expect_failure(z.data, z.len, "odt", "content.xml is missing: not an OpenDocument file");
    bt_buf_free(&z);

    char *locked = slurp(td("odt/odftoolkit-PasswordProtected.odt"), &size);
    expect_failure(locked, size, "odt", "encrypted with a password");
    free(locked);

    const char *not_flat = "<?xml version=\"1.0\"?><html/>";
    expect_failure(not_flat, strlen(not_flat), "fodt", "not a flat OpenDocument text");
}

/* ---- nesting past BT_MAX_DEPTH ---- */

#define ODT_NS                                                                                     \
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "                           \
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "                               \
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "                             \
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "                    \
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "                            \
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
#define ODT_MIME "application/vnd.oasis.opendocument.text"
#define DEEP_TEXT                                                                                        \
    "Chữ ở <text:span text:style-name=\"I\">tầng</text:span> sâu nhất.<draw:frame><draw:image>" \
    "<office:binary-data>R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"                       \
    "</office:binary-data></draw:image></draw:frame>"

/* How deep lists nest below n, following the last item of each. */
static int list_depth(const bt_node *n)
{
    int depth = 0;
    while (n) {
        const bt_node *next = NULL;
        for (const bt_node *c = n->first; c; c = c->next)
            if (c->type == BT_NODE_LIST || c->type == BT_NODE_ITEM)
                next = c;
        depth += next && next->type == BT_NODE_LIST;
        n = next;
    }
    return depth;
}

static size_t count_nodes(const bt_node *n, bt_node_type type)
{
    size_t k = n->type == type;
    for (const bt_node *c = n->first; c; c = c->next)
        k += count_nodes(c, type);
    return k;
}

/* office:text nesting inner levels deep in open..close: the package's
 * content.xml when flat is 0, else the flat document. */
static void deep_document(bt_buf *b, int flat, int levels, const char *open, const char *inner,
                          const char *close)
{
    bt_buf_puts(b, flat ? "<office:document " ODT_NS " office:mimetype=\"" ODT_MIME "\">"
                        : "<office:document-content " ODT_NS ">");
    bt_buf_puts(b, "<office:automatic-styles><style:style style:name=\"I\" style:family=\"text\">"
                   "<style:text-properties fo:font-style=\"italic\"/></style:style>"
                   "</office:automatic-styles><office:body><office:text>"
                   "<text:p>Mở đầu.</text:p>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(b, open);
    bt_buf_puts(b, inner);
    for (int i = 0; i < levels; i++)
        bt_buf_puts(b, close);
    bt_buf_puts(b, "<text:p>Đoạn sau.</text:p></office:text></office:body>");
    bt_buf_puts(b, flat ? "</office:document>" : "</office:document-content>");
}

/* Read as a package and as a flat document: all the text and the picture
 * kept without a warning, lists nested as deep as want_lists, the italic
 * word still italic when want_emphasis. */
static void check_deep(int levels, const char *open, const char *inner, const char *close,
                       int want_lists, int want_emphasis)
{
    for (int flat = 0; flat <= 1; flat++) {
        bt_buf xml = BT_BUF_INIT, zip = BT_BUF_INIT;
        deep_document(&xml, flat, levels, open, inner, close);
        if (!flat) {
            const char *parts[] = {"content.xml", xml.data};
            zip = make_zip(ODT_MIME, parts, 2);
        }
        bt_error *err = bt_error_new();
        bt_document *doc = NULL;
        bt_input in = {(const unsigned char *)(flat ? xml.data : zip.data),
                       flat ? xml.len : zip.len, NULL};
        bt_status st =
            bt_read(NULL, bt_format_by_name(NULL, flat ? "fodt" : "odt"), &in, NULL, &doc, err);
        if (st != BT_OK)
            fail_msg("%d levels of %s: %s", levels, open, bt_error_message(err));
        bt_node *body = bt_document_body(doc);
        const char *text = bt_node_text(doc, body);
        assert_contains(text, "Mở đầu.");
        assert_contains(text, "Chữ ở tầng sâu nhất.");
        assert_contains(text, "Đoạn sau.");
        assert_int_equal(list_depth(body), want_lists);
        assert_int_equal(count_nodes(body, BT_NODE_EMPH), want_emphasis);
        assert_int_equal(count_nodes(body, BT_NODE_FIGURE), 1);
        bt_document_free(doc);
        bt_error_free(err);
        bt_buf_free(&xml);
        bt_buf_free(&zip);
    }
}

/* Lists, sections and spans nested past BT_MAX_DEPTH (and past libxml2's
 * 256) are flattened at the limit, their text and pictures kept. */
static void test_deep_nesting(void **state)
{
    (void)state;
    static const char list[] = "<text:list><text:list-item>",
                      list_end[] = "</text:list-item></text:list>";
    static const char para[] = "<text:p>" DEEP_TEXT "</text:p>";
    /* a list level is two elements */
    check_deep(BT_MAX_DEPTH / 2 - 8, list, para, list_end, BT_MAX_DEPTH / 2 - 8, 1);
    check_deep(BT_MAX_DEPTH / 2, list, para, list_end, BT_MAX_DEPTH / 2, 0);
    check_deep(BT_MAX_DEPTH / 2 + 1, list, para, list_end, BT_MAX_DEPTH / 2, 0);
    check_deep(BT_MAX_DEPTH, list, para, list_end, BT_MAX_DEPTH / 2, 0);
    check_deep(15000, list, para, list_end, BT_MAX_DEPTH / 2,
               0); /* more would pass for a zip bomb */
    check_deep(BT_MAX_DEPTH - 8, "<text:section>", para, "</text:section>", 0, 1);
    check_deep(BT_MAX_DEPTH + 1, "<text:section>", para, "</text:section>", 0, 0);
    check_deep(30000, "<text:section>", para, "</text:section>", 0, 0);
    check_deep(BT_MAX_DEPTH + 1, "<text:p><text:span>", DEEP_TEXT, "</text:span></text:p>", 0, 0);
    check_deep(30000, "<text:span>", "<text:p>" DEEP_TEXT "</text:p>", "</text:span>", 0, 0);
    /* a list in a table in a list... */
    check_deep(BT_MAX_DEPTH,
               "<text:list><text:list-item><table:table><table:table-row><table:table-cell>", para,
               "</table:table-cell></table:table-row></table:table></text:list-item></text:list>",
               1, 0);
}

/* A document of lists nested level deep, a paragraph at each level. */
static bt_document *nested_lists(int levels)
{
    bt_document *doc = bt_document_new();
    bt_node *parent = bt_document_body(doc);
    for (int i = 0; i < levels; i++) {
        char text[32];
        snprintf(text, sizeof(text), "Mức %d.", i + 1);
        bt_node *item = add(doc, add(doc, parent, BT_NODE_LIST, NULL), BT_NODE_ITEM, NULL);
        add(doc, item, BT_NODE_PARAGRAPH, text);
        parent = item;
    }
    return doc;
}

/* bantin's own ODT of a deep document reads back with all its text: one
 * built with the document API and a page of lists nested past the limit. */
static void test_deep_round_trip(void **state)
{
    (void)state;
    bt_buf html = BT_BUF_INIT;
    bt_buf_puts(&html, "<html><body><main><p>Mở đầu.</p>");
    for (int i = 0; i < BT_MAX_DEPTH + 10; i++)
        bt_buf_puts(&html, "<ul><li>");
    bt_buf_puts(&html, "<p>Chữ ở tầng sâu nhất.</p>");
    for (int i = 0; i < BT_MAX_DEPTH + 10; i++)
        bt_buf_puts(&html, "</li></ul>");
    bt_buf_puts(&html, "<p>Đoạn sau.</p></main></body></html>");
    bt_input in = {(const unsigned char *)html.data, html.len, NULL};
    bt_document *docs[3] = {nested_lists(BT_MAX_DEPTH / 2 - 2), nested_lists(BT_MAX_DEPTH), NULL};
    assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, "html"), &in, NULL, &docs[2], NULL),
                         BT_FAILED);
    assert_true(list_depth(bt_document_body(docs[2])) > 100);
    for (size_t i = 0; i < 3; i++)
        for (int flat = 0; flat <= 1; flat++) {
            size_t size;
            char *data = write_doc(docs[i], flat ? "fodt" : "odt", NULL, &size);
            bt_document *back = read_mem(data, size, flat ? "fodt" : "odt");
            bt_node *body = bt_document_body(back), *was = bt_document_body(docs[i]);
            assert_string_equal(bt_node_text(back, body), bt_node_text(docs[i], was));
            int depth = list_depth(was);
            assert_int_equal(list_depth(body), depth < BT_MAX_DEPTH / 2 ? depth : BT_MAX_DEPTH / 2);
            bt_document_free(back);
            free(data);
        }
    for (size_t i = 0; i < 3; i++)
        bt_document_free(docs[i]);
    bt_buf_free(&html);
}

/* "<?xml" starts any XML file: a stored picture that is XML but not an SVG
 * is not an image, with a warning, its figure and caption kept; a real SVG
 * is read. */
static void test_svg_must_be_svg(void **state)
{
    (void)state;
#define SVG_FRAME(name, caption)                                                                   \
    "<text:p><draw:frame><draw:image xlink:href=\"Pictures/" name "\" "                            \
    "draw:mime-type=\"image/svg+xml\"/></draw:frame></text:p>"                                     \
    "<text:p text:style-name=\"Caption\">" caption "</text:p>"
    static const char content[] =
        "<office:document-content " ODT_NS " xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
        "<office:body><office:text><text:p>Mở đầu bài.</text:p>" SVG_FRAME("x.svg",
                                                                           "Không phải ảnh")
            SVG_FRAME("s.svg", "Hình vẽ") "</office:text></office:body></office:document-content>";
#undef SVG_FRAME
    static const char svg[] = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                              "width=\"1\" height=\"1\"/>";
    const char *parts[] = {"content.xml",    content,
                           "Pictures/x.svg", "<?xml version=\"1.0\"?><ghi-chu>bí mật</ghi-chu>",
                           "Pictures/s.svg", svg};
    bt_buf zip = make_zip(ODT_MIME, parts, 6);
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_input in = {(const unsigned char *)zip.data, zip.len, NULL};
    assert_int_equal(bt_read(NULL, bt_format_by_name(NULL, "odt"), &in, NULL, &doc, err), BT_WARN);
    assert_int_equal(bt_error_event_count(err), 1);
    assert_string_equal(bt_error_event_message(err, 0), "picture 'Pictures/x.svg' is not an image");
    bt_node *body = bt_document_body(doc);
    assert_int_equal(count_nodes(body, BT_NODE_FIGURE), 2);
    bt_node *fig = bt_node_next(bt_node_first_child(body));
    assert_int_equal(bt_node_figure_resource(fig), -1);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "Không phải ảnh");
    fig = bt_node_next(fig);
    assert_string_equal(bt_resource_media_type(doc, bt_node_figure_resource(fig)), "image/svg+xml");
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "Hình vẽ");
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&zip);
}

/* The command says what is wrong in one line, and writes nothing. */
static void test_cli_errors(void **state)
{
    (void)state;
    char out[512];
    snprintf(out, sizeof(out), "%s/out.odt", tmpdir());
    run_result r = run_bantin(NULL, "-f", "odt", "-t", "odt", "-o", out,
                              td("odt/odftoolkit-PasswordProtected.odt"), NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "encrypted");
    assert_ptr_equal(strchr(r.err, '\n'), r.err + strlen(r.err) - 1);
    assert_null(fopen(out, "rb"));
    run_free(&r);
}

/* --reference-odt reaches both ODT writers; a reference that is no ODT is
 * one line on stderr and no output. */
static void test_cli_reference(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "--reference-odt", td("odt/reference-a5.odt"), "-t", "fodt",
                              "-o", "-", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "Báo Mẫu — trang <text:page-number");
    run_free(&r);
    char out[512];
    snprintf(out, sizeof(out), "%s/reference-out.odt", tmpdir());
    r = run_bantin(NULL, "--reference-odt", td("hanoimoi-2017-10-09.html"), "-o", out,
                   td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "is neither an ODT nor an FODT");
    assert_null(fopen(out, "rb"));
    run_free(&r);
}

/* libxml2 has opinions on xml:id values; the library keeps them to itself. */
static void test_quiet_parsing(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof(path), "%s/ids.fodt", tmpdir());
    static const char fodt[] =
        "<?xml version=\"1.0\"?><office:document xmlns:office=\"urn:oasis:names:tc:"
        "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:"
        "text:1.0\" office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body>"
        "<office:text><text:p xml:id=\"1\">one</text:p></office:text></office:body>"
        "</office:document>";
    spit(path, fodt, sizeof(fodt) - 1);
    run_result r = run_bantin(NULL, "-t", "fodt", "-o", "-", path, NULL);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    assert_contains(r.out, "<text:p text:style-name=\"Text_20_body\">one</text:p>");
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_round_trip),
        cmocka_unit_test(test_rich_round_trip),
        cmocka_unit_test(test_package),
        cmocka_unit_test(test_undated_english),
        cmocka_unit_test(test_reproducible),
        cmocka_unit_test(test_print_layout),
        cmocka_unit_test(test_small_picture_caption),
        cmocka_unit_test(test_reference),
        cmocka_unit_test(test_reference_errors),
        cmocka_unit_test(test_flat),
        cmocka_unit_test(test_control_characters),
        cmocka_unit_test(test_xml_failures),
        cmocka_unit_test(test_model_round_trip),
        cmocka_unit_test(test_model_markup),
        cmocka_unit_test(test_model_events),
        cmocka_unit_test(test_model_reading),
        cmocka_unit_test(test_libreoffice_caption_frame),
        cmocka_unit_test(test_pandoc_files),
        cmocka_unit_test(test_odfdo_files),
        cmocka_unit_test(test_libreoffice_model),
        cmocka_unit_test(test_style_resolution),
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_long_paragraph),
        cmocka_unit_test(test_long_word_written),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_deep_round_trip),
        cmocka_unit_test(test_svg_must_be_svg),
        cmocka_unit_test(test_cli_errors),
        cmocka_unit_test(test_cli_reference),
        cmocka_unit_test(test_quiet_parsing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
