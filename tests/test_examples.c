/* The examples of examples/, built against the library: the layout lister
 * and the Markdown writer plugin the bantin command loads. */
#include "util.h"

#include <sys/wait.h>
#include <unistd.h>

/* examples/layout on input with the options given (a string for the shell);
 * its standard output, malloc'd; *status its exit status. */
static char *layout(const char *options, const char *input, int *status)
{
    char cmd[2048], out[600];
    snprintf(out, sizeof(out), "%s/layout.txt", tmpdir());
    snprintf(cmd, sizeof(cmd), "%s %s '%s' 2 > %s 2>%s/layout.err", getenv("BT_LAYOUT"), options,
             input, out, tmpdir());
    int rc = system(cmd);
    *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return slurp(out, NULL);
}

/* The bundled page: every part of it, in the order of the page. */
static void test_layout_article(void **state)
{
    (void)state;
    int status;
    char *out = layout("", td("hanoimoi-2017-10-09.html"), &status);
    assert_int_equal(status, 0);
    const seed_article *a = seed();
    char line[2048];
    snprintf(line, sizeof(line), "TITLE\t%s\nAUTHOR\t%s\nDATE\t2017-10-09T06:51:00+07:00\n",
             a->title, a->author);
    assert_contains(out, line);
    assert_contains(out, "SECTION\tXây dựng Đảng\n");
    assert_contains(out, "DATELINE\t06:51 Thứ Hai ngày 09/10/2017\n");
    snprintf(line, sizeof(line), "LEAD\t%s\n", a->lead);
    assert_contains(out, line);
    assert_contains(out, "FIGURE 1\t640x400 px\t54 mm wide (low resolution)\timage/jpeg\t");
    snprintf(line, sizeof(line), "CAPTION 1\t%s\n", a->caption);
    assert_contains(out, line);
    for (int h = 0; h < 2; h++) {
        snprintf(line, sizeof(line), "H2\t%s\tkeep-with-next\n", a->heading[h]);
        assert_contains(out, line);
    }
    /* the body's paragraphs follow the lead (P 1); the third has an
     * emphasis and the fourth a link, marked */
    for (int i = 0; i < 8; i++) {
        snprintf(line, sizeof(line), "P %d\t%s\n", i + 2, a->body[i]);
        if (i == 2)
            assert_contains(out, "Đó là: Chương trình *“Nâng cao năng lực lãnh đạo");
        else if (i == 3)
            assert_contains(out, "thực hiện [Nghị quyết số 03-NQ/ĐUK](https://hanoimoi.com.vn/"
                                 "van-ban/nghi-quyet-03-nq-duk), ngày 28-1-2016");
        else
            assert_contains(out, line);
    }
    assert_contains(out, "BYLINE\t**Hương Ly**\n");
    assert_contains(out, "PARAGRAPHS\t10\n");
    assert_contains(out, "COUNTS\t2 headings, 1 figures (1 images, 1 captions), 0 tables, 0 notes");
    /* nothing lost: no event */
    assert_not_contains(out, "LOST\t");
    free(out);
}

/* A document of every part of the model, built with the API. */
static bt_document *built_document(void)
{
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Chợ hoa đêm giao thừa");
    bt_document_set_meta(doc, BT_META_AUTHOR, "Thu Trang");
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    bt_node *body = bt_document_body(doc);
    bt_node_set_role(add_node(doc, body, BT_NODE_PARAGRAPH, "Chợ hoa mở suốt đêm cuối năm."),
                     BT_ROLE_LEAD);
    bt_node_set_role(add_node(doc, body, BT_NODE_PARAGRAPH, "Hà Nội, 16/2/2026"), BT_ROLE_DATELINE);
    bt_node_set_heading_level(add_node(doc, body, BT_NODE_HEADING, "Đông từ chiều"), 2);
    bt_node *p = add_node(doc, body, BT_NODE_PARAGRAPH, "Người mua ");
    add_node(doc, p, BT_NODE_EMPH, "rất đông");
    add_node(doc, p, BT_NODE_TEXT, ", giá ");
    add_node(doc, p, BT_NODE_UNDERLINE, "ổn định");
    add_node(doc, p, BT_NODE_TEXT, ", không ");
    add_node(doc, p, BT_NODE_STRIKE, "tăng vọt");
    add_node(doc, p, BT_NODE_TEXT, ". Một người bán nói ");
    add_node(doc, p, BT_NODE_QUOTATION, "năm nay đào đẹp");
    add_node(doc, p, BT_NODE_TEXT, ", khách gọi là ");
    bt_node_set_language(doc, add_node(doc, p, BT_NODE_SPAN, "peach blossom"), "en");
    add_node(doc, p, BT_NODE_TEXT, ". Xem ");
    bt_node *link = add_node(doc, p, BT_NODE_LINK, "bản đồ chợ");
    bt_node_set_href(doc, link, "https://example.org/cho-hoa");
    bt_node_set_title(doc, link, "Bản đồ các chợ hoa");
    add_node(doc, p, BT_NODE_TEXT, ".");
    bt_node *ref = add_node(doc, p, BT_NODE_NOTE_REF, NULL);
    bt_node_set_label(doc, ref, "1");

    size_t size;
    char *jpeg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
    bt_node *fig = add_node(doc, body, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig,
                                bt_document_add_resource(doc, "cho-hoa.jpg", NULL, jpeg, size));
    free(jpeg);
    bt_node_set_figure_alt(doc, fig, "Cành đào");
    bt_node_set_figure_display_size(fig, 320, 200);
    add_node(doc, fig, BT_NODE_CAPTION, "Cành đào về phố.");
    bt_node_set_label(doc, add_node(doc, fig, BT_NODE_CREDIT, "Thu Trang"), "Ảnh");

    bt_node *table = add_node(doc, body, BT_NODE_TABLE, NULL);
    add_node(doc, table, BT_NODE_CAPTION, "Giá một cành");
    bt_node *row = add_node(doc, table, BT_NODE_ROW, NULL);
    bt_node_set_cell_header(add_node(doc, row, BT_NODE_CELL, "Loại"), 1);
    bt_node_set_cell_header(add_node(doc, row, BT_NODE_CELL, "Giá"), 1);
    row = add_node(doc, table, BT_NODE_ROW, NULL);
    bt_node_set_cell_span(add_node(doc, row, BT_NODE_CELL, "Hết hàng"), 2, 1);

    bt_node_set_role(add_node(doc, body, BT_NODE_PARAGRAPH, "Thu Trang"), BT_ROLE_BYLINE);
    bt_node *note = add_node(doc, body, BT_NODE_NOTE, NULL);
    bt_node_set_label(doc, note, "1");
    add_node(doc, note, BT_NODE_PARAGRAPH, "Giá lúc 22 giờ.");
    bt_node_set_note(ref, note);
    return doc;
}

/* The built document written as HTML, then read by layout: what today's
 * HTML writer and reader keep of it.  Not checked yet (issue 13; the writers
 * and readers are being extended): the dateline's role, underline, strike,
 * the quotation, the span's language, the link's title, the footnote
 * reference and note, the table's caption and the cell's span, the credit's
 * label apart from its name, the figure's display size. */
static void test_layout_built(void **state)
{
    (void)state;
    bt_document *doc = built_document();
    char path[600];
    snprintf(path, sizeof(path), "%s/built.html", tmpdir());
    bt_options opt;
    bt_options_init(&opt);
    const char *const embed[] = {"html:embed-media", NULL};
    opt.format_options = embed;
    bt_error err = BT_ERROR_INIT;
    assert_int_not_equal(bt_write_file(bt_format_by_name(NULL, "html"), doc, path, &opt, &err),
                         BT_FAILED);
    bt_error_clear(&err);
    bt_document_free(doc);

    int status;
    char *out = layout("", path, &status);
    assert_int_equal(status, 0);
    assert_contains(out, "TITLE\tChợ hoa đêm giao thừa\nAUTHOR\tThu Trang\n");
    assert_contains(out, "LEAD\tChợ hoa mở suốt đêm cuối năm.\n");
    assert_contains(out, "H2\tĐông từ chiều\tkeep-with-next\n");
    assert_contains(out, "\tNgười mua *rất đông*, giá ");
    assert_contains(out, "[bản đồ chợ](https://example.org/cho-hoa");
    assert_contains(out, "FIGURE 1\t640x400 px\t54 mm wide (low resolution)\timage/jpeg\t");
    assert_contains(out, "CAPTION 1\tCành đào về phố.\nALT 1\tCành đào\nCREDIT 1\t");
    /* the credit's line has the name (its label is not written yet) */
    const char *credit = strstr(out, "CREDIT 1\t");
    assert_true(strstr(credit, "Thu Trang\n") < strstr(credit, "BYLINE"));
    assert_contains(out, "ROW 1.1\tth:Loại | th:Giá\nROW 1.2\tHết hàng");
    assert_contains(out, "BYLINE\tThu Trang\n");
    free(out);
}

/* A page of every part, hand-written (testdata/html/layout-notes.html).  What
 * the HTML reader keeps today is checked.  Not yet read, and so not checked
 * (issue 13; readers are being extended): the dateline's role ("DATELINE\t"),
 * underline, strike, the <q> quotation, the English span, the link's title,
 * the footnote references and notes ("[^1]", "NOTE 1"), the table's caption
 * ("TABLE 1 CAPTION") and the cell's colspan ("(2 cols)"), the credit's label
 * apart from its name, the PNG's 300 dpi and the figure's display size
 * ("shown 300x200"). */
static void test_layout_page(void **state)
{
    (void)state;
    int status;
    char *out = layout("", td("html/layout-notes.html"), &status);
    assert_int_equal(status, 0);
    assert_contains(out, "TITLE\tThư viện phường mở cửa buổi tối\nAUTHOR\tMinh An\n");
    assert_contains(out, "LEAD\tTừ tháng này, thư viện của phường mở cửa đến 21 giờ, để người đi "
                         "làm về muộn cũng có chỗ đọc sách.\n");
    assert_contains(out, "H2\tGiờ mới, bạn đọc mới\tkeep-with-next\n");
    assert_contains(out, "H2\tSố lượt đọc\tkeep-with-next\n");
    assert_contains(out, "DATELINE\tThứ Hai, 9/3/2026 08:30\n");
    assert_contains(out, "P 2\tChị Lan, thủ thư, kể rằng tuần đầu đã có *gần hai trăm* lượt");
    assert_contains(out, "[trang của phường](https://example.org/thu-vien/danh-muc");
    /* 6 pixels at 300 dpi: half a millimetre */
    assert_contains(out, "FIGURE 1\t6x4 px\t1 mm wide (low resolution)\timage/png\t");
    assert_contains(out, "CAPTION 1\tPhòng đọc lúc 20 giờ.\nALT 1\tPhòng đọc buổi tối\n"
                         "CREDIT 1\tẢnh: Minh An\n");
    /* the figure whose image is not there: its caption stays, the loss is an event */
    assert_contains(out, "FIGURE 2\t0x0 px\t0 mm wide (image missing)\t-\t");
    assert_contains(out, "CAPTION 2\tKệ sách thiếu nhi.\n");
    assert_contains(out, "LOST\timage\t1\t");
    assert_contains(out, "ROW 1.1\tth:Tuần | th:Buổi sáng | th:Buổi tối\n"
                         "ROW 1.2\tTuần 1 | 120 | 75\nROW 1.3\tTuần 2 | Chưa tách theo buổi: 230");
    assert_contains(out, "BYLINE\tMinh An\n");
    assert_contains(out, "COUNTS\t2 headings, 2 figures (1 images, 2 captions), 1 tables, ");
    free(out);
}

/* -O passes a format's option by name; one the format does not have is refused
 * with the nearest name. */
static void test_layout_options(void **state)
{
    (void)state;
    int status;
    char *out = layout("-O html:whole-page", td("html/layout-notes.html"), &status);
    assert_int_equal(status, 0);
    /* the whole page: the menu is text now */
    assert_contains(out, "Trang chủ");
    free(out);
    out = layout("-O html:whole-pages", td("html/layout-notes.html"), &status);
    assert_int_equal(status, 1);
    assert_string_equal(out, "");
    free(out);
    char path[600];
    snprintf(path, sizeof(path), "%s/layout.err", tmpdir());
    char *err = slurp(path, NULL);
    assert_contains(err, "whole-page");
    free(err);
}

static void test_markdown_plugin(void **state)
{
    (void)state;
    char opt[1024];
    snprintf(opt, sizeof(opt), "--plugin=%s", getenv("BT_MARKDOWN_PLUGIN"));
    run_result r = run_bantin(NULL, opt, "--list-formats", NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "markdown -w    md markdown");
    run_free(&r);
    /* by its extension, as a built-in format would be found */
    char out[600];
    snprintf(out, sizeof(out), "%s/article.md", tmpdir());
    r = run_bantin(NULL, opt, "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    char *md = slurp(out, NULL);
    const seed_article *a = seed();
    char line[1024];
    snprintf(line, sizeof(line), "# %s\n", a->title);
    assert_contains(md, line);
    snprintf(line, sizeof(line), "## %s\n", a->heading[0]);
    assert_contains(md, line);
    snprintf(line, sizeof(line), "![%s](images/hoi-nghi-dieu-le-dang.jpg)", a->caption);
    assert_contains(md, line);
    assert_contains(md, "[Nghị quyết số 03-NQ/ĐUK](https://hanoimoi.com.vn/van-ban/");
    free(md);
    /* a file that is not a plugin: a clear error */
    r = run_bantin(NULL, "--plugin=/etc/hostname", "--list-formats", NULL);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "bantin: /etc/hostname: cannot load plugin");
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout_article),  cmocka_unit_test(test_layout_built),
        cmocka_unit_test(test_layout_page),     cmocka_unit_test(test_layout_options),
        cmocka_unit_test(test_markdown_plugin),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
