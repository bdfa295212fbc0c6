/* The HTML reader: the article page and its charset variants, extraction,
 * metadata, figures and captions, images, bad input, and recall on the
 * Readability corpus when it is there. */
#include "util.h"

#include <dirent.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <string.h>

#include "../formats/html/html.h"
#include "buf.h"
#include "docdump.h"
#include "document.h"
#include "xhtml.h"

/* The mean word recall on the Readability corpus must not fall below this. */
#define BT_RECALL_FLOOR 0.93

/* Read a page as HTML; the status and the first warning come back. */
static bt_document *read_page(const char *path, const bt_options *opt, bt_status *status,
                              char *warning, size_t cap)
{
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_status s = bt_read_file(NULL, bt_format_by_name(NULL, "html"), path, opt, &doc, err);
    if (s == BT_FAILED)
        fail_msg("%s: %s", path, bt_error_message(err));
    if (status)
        *status = s;
    if (warning)
        snprintf(warning, cap, "%s",
                 bt_error_event_count(err) ? bt_error_event_message(err, 0) : "");
    bt_error_free(err);
    return doc;
}

/* A page of testdata/, its images read from anywhere in testdata/ (pages in
 * testdata/html/ name ../images/). */
static bt_document *fixture(const char *name)
{
    char path[1024], root[1024];
    snprintf(path, sizeof(path), "%s", td(name));
    snprintf(root, sizeof(root), "%s", td(""));
    bt_options opt;
    bt_options_init(&opt);
    opt.resource_path = root;
    return read_page(path, &opt, NULL, NULL, 0);
}

/* Everything a reader decides, one line per node, and the metadata. */
static int dump_node(bt_node *n, int entering, void *user)
{
    bt_buf *b = user;
    if (!entering)
        return 0;
    bt_buf_printf(b, "%s", bt_node_type_name(n->type));
    if (n->type == BT_NODE_HEADING || n->type == BT_NODE_LIST)
        bt_buf_printf(b, " %d", n->level);
    if (n->role)
        bt_buf_printf(b, " role=%d", n->role);
    if (n->literal)
        bt_buf_printf(b, " [%s]", n->literal);
    if (n->type == BT_NODE_FIGURE)
        bt_buf_printf(b, " src=%s res=%d", n->src ? n->src : "", n->resource);
    bt_buf_putc(b, '\n');
    return 0;
}

static char *dump(bt_document *doc)
{
    bt_buf b = BT_BUF_INIT;
    for (int k = 0; k < BT_META_COUNT_; k++)
        for (size_t i = 0; i < bt_document_meta_count(doc, k); i++)
            bt_buf_printf(&b, "%s: %s\n", bt_meta_key_name(k), bt_document_meta_at(doc, k, i));
    bt_node_walk(bt_document_body(doc), dump_node, &b);
    return b.data;
}

static bt_node *nth_of(bt_document *doc, bt_node_type type, int n)
{
    for (bt_node *k = bt_node_first_child(bt_document_body(doc)); k; k = bt_node_next(k))
        if (bt_node_get_type(k) == type && n-- == 0)
            return k;
    return NULL;
}

/* ---- the article page ---- */

static void check_article(bt_document *doc)
{
    const seed_article *a = seed();
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), a->title);
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "vi");
    assert_string_equal(bt_document_meta(doc, BT_META_DATE), "2017-10-09T06:51:00+07:00");
    assert_string_equal(bt_document_meta(doc, BT_META_SECTION), "Xây dựng Đảng");
    assert_string_equal(bt_document_meta(doc, BT_META_AUTHOR), "Hương Ly");
    assert_string_equal(bt_document_meta(doc, BT_META_PUBLISHER), "Báo Hànộimới");
    assert_int_equal(bt_document_meta_count(doc, BT_META_KEYWORD), 3);
    assert_string_equal(bt_document_meta_at(doc, BT_META_KEYWORD, 2), "sinh hoạt chi bộ");
    assert_non_null(strstr(bt_document_meta(doc, BT_META_DESCRIPTION), "Là cấp trên trực tiếp"));

    /* the date in the page's words opens the body */
    bt_node *dateline = nth_of(doc, BT_NODE_PARAGRAPH, 0);
    assert_int_equal(bt_node_role(dateline), BT_ROLE_DATELINE);
    assert_string_equal(bt_node_text(doc, dateline), "06:51 Thứ Hai ngày 09/10/2017");
    bt_node *lead = nth_of(doc, BT_NODE_PARAGRAPH, 1);
    assert_int_equal(bt_node_role(lead), BT_ROLE_LEAD);
    assert_string_equal(bt_node_text(doc, lead), a->lead);

    bt_node *fig = nth_of(doc, BT_NODE_FIGURE, 0);
    assert_non_null(fig);
    assert_ptr_equal(bt_node_prev(fig), lead);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), a->caption);
    assert_string_equal(bt_node_figure_src(fig), "images/hoi-nghi-dieu-le-dang.jpg");
    int res = bt_node_figure_resource(fig);
    assert_true(res >= 0);
    assert_string_equal(bt_resource_media_type(doc, res), "image/jpeg");
    assert_true(bt_resource_width(doc, res) > 0 && bt_resource_height(doc, res) > 0);

    for (int i = 0; i < 2; i++) {
        bt_node *h = nth_of(doc, BT_NODE_HEADING, i);
        assert_non_null(h);
        assert_int_equal(bt_node_heading_level(h), 2);
        assert_string_equal(bt_node_text(doc, h), a->heading[i]);
    }
    assert_null(nth_of(doc, BT_NODE_HEADING, 2)); /* the title is not a body heading */

    for (int i = 0; i < 8; i++) {
        bt_node *p = nth_of(doc, BT_NODE_PARAGRAPH, i + 2);
        assert_non_null(p);
        assert_int_equal(bt_node_role(p), BT_ROLE_NONE);
        assert_string_equal(bt_node_text(doc, p), a->body[i]);
    }
    bt_node *byline = nth_of(doc, BT_NODE_PARAGRAPH, 10);
    assert_non_null(byline);
    assert_int_equal(bt_node_role(byline), BT_ROLE_BYLINE);
    assert_string_equal(bt_node_text(doc, byline), a->author);
    assert_null(bt_node_next(byline));

    char *d = dump(doc);
    static const char *const chrome[] = {
        "Trang chủ",     "Tìm kiếm",       "Từ khoá",       "Bình luận",
        "Gõ tiếng Việt", "Thông báo",      "Tin liên quan", "Địa chỉ: 44 Lê Thái Tổ",
        "/tag/",         "[Đảng bộ Khối]", "Gửi",           "©",
    };
    for (size_t i = 0; i < sizeof(chrome) / sizeof(chrome[0]); i++)
        if (strstr(d, chrome[i]))
            fail_msg("chrome in the document: %s", chrome[i]);
    free(d);
}

static void test_article(void **state)
{
    (void)state;
    bt_status s;
    bt_document *doc = read_page(td("hanoimoi-2017-10-09.html"), NULL, &s, NULL, 0);
    assert_int_equal(s, BT_OK);
    check_article(doc);
    bt_document_free(doc);
}

/* NFD, character references, windows-1258, UTF-8 declared as Latin-1:
 * the same document. */
static void test_variants_identical(void **state)
{
    (void)state;
    bt_options opt;
    bt_options_init(&opt);
    char base[1024];
    snprintf(base, sizeof(base), "%s", td(""));
    opt.resource_path = base;
    bt_document *doc = read_page(td("hanoimoi-2017-10-09.html"), &opt, NULL, NULL, 0);
    char *want = dump(doc);
    bt_document_free(doc);
    static const char *const variants[] = {
        "html/hanoimoi-nfd.html",
        "html/hanoimoi-ncr.html",
        "html/hanoimoi-1258.html",
        "html/hanoimoi-utf8-says-latin1.html",
    };
    for (size_t i = 0; i < sizeof(variants) / sizeof(variants[0]); i++) {
        bt_status s;
        doc = read_page(td(variants[i]), &opt, &s, NULL, 0);
        assert_int_equal(s, BT_OK);
        char *got = dump(doc);
        if (strcmp(want, got))
            fail_msg("%s differs:\n%s\n---\n%s", variants[i], got, want);
        check_article(doc);
        free(got);
        bt_document_free(doc);
    }
    free(want);
}

static void test_whole_page(void **state)
{
    (void)state;
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:whole-page");
    bt_document *doc = read_page(td("hanoimoi-2017-10-09.html"), &opt, NULL, NULL, 0);
    char *d = dump(doc);
    assert_contains(d, "[Trang chủ]");
    assert_contains(d, "[Tin liên quan]");
    assert_contains(d, "Địa chỉ: 44 Lê Thái Tổ");
    assert_not_contains(d, "window.dataLayer");
    assert_not_contains(d, "Gõ tiếng Việt");
    free(d);
    bt_document_free(doc);
}

/* ---- figures ---- */

static void check_figure(const char *name, const char *caption, const char *credit)
{
    bt_document *doc = fixture(name);
    bt_node *fig = nth_of(doc, BT_NODE_FIGURE, 0);
    if (!fig)
        fail_msg("%s: no figure", name);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), caption);
    if (credit)
        assert_string_equal(credit_line(doc, fig), credit);
    else
        assert_null(bt_node_figure_credit(fig));
    assert_true(bt_node_figure_resource(fig) >= 0);
    /* the caption is not also a paragraph */
    assert_int_equal(bt_node_get_type(bt_node_next(fig)), BT_NODE_PARAGRAPH);
    assert_non_null(strstr(bt_node_text(doc, bt_node_next(fig)), "Theo Ban quản lý"));
    assert_null(nth_of(doc, BT_NODE_FIGURE, 1));
    bt_document_free(doc);
}

static void test_caption_patterns(void **state)
{
    (void)state;
    check_figure("html/caption-table-image.html", "Cây cầu mới nhìn từ trên cao.", "Ảnh: Minh Anh");
    check_figure("html/caption-tplcaption.html", "Lễ cắt băng khánh thành", "Ảnh: TTXVN");
    check_figure("html/caption-p-image.html", "Người dân đi bộ trên cầu trong ngày khánh thành.",
                 NULL);
    check_figure("html/caption-div.html", "Cầu mới lúc hoàng hôn.", "Ảnh minh họa");
    check_figure("html/pandoc-figure.html", "Cầu mới, nhìn từ bờ bắc", NULL);
    check_figure("html/credit-span.html", "Toàn cảnh cây cầu", "Photo: Lan Hương");
}

static void test_lazy_image(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/lazy.html");
    bt_node *fig = nth_of(doc, BT_NODE_FIGURE, 0);
    assert_string_equal(bt_node_figure_src(fig), "../images/hoi-nghi-dieu-le-dang.jpg");
    assert_string_equal(bt_resource_media_type(doc, bt_node_figure_resource(fig)), "image/jpeg");
    /* the lone 1x1 GIF is a placeholder, not a figure */
    assert_null(nth_of(doc, BT_NODE_FIGURE, 1));
    assert_int_equal(bt_document_resource_count(doc), 1);
    bt_document_free(doc);
}

static void test_data_uri(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/data-uri.html");
    bt_node *fig = nth_of(doc, BT_NODE_FIGURE, 0);
    int res = bt_node_figure_resource(fig);
    assert_true(res >= 0);
    assert_string_equal(bt_resource_media_type(doc, res), "image/png");
    assert_int_equal(bt_resource_width(doc, res), 3);
    assert_int_equal(bt_resource_height(doc, res), 2);
    assert_string_equal(bt_node_figure_alt(fig), "Chấm đỏ");
    bt_document_free(doc);
}

static void test_remote_image(void **state)
{
    (void)state;
    bt_status s;
    char warning[512];
    bt_document *doc = read_page(td("html/remote.html"), NULL, &s, warning, sizeof(warning));
    assert_int_equal(s, BT_WARN);
    assert_string_equal(warning, "image not loaded (remote): https://example.com/img/cau-moi.jpg");
    bt_node *fig = nth_of(doc, BT_NODE_FIGURE, 0);
    assert_int_equal(bt_node_figure_resource(fig), -1);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "Cầu mới trên sông Hồng");
    bt_document_free(doc);
}

/* A page whose picture names src, a local file that is not there: the
 * figure stays with its alt, and the warning names the address. */
static void check_missing_image(const char *src, const char *expected)
{
    char path[1024], page[512];
    snprintf(path, sizeof(path), "%s/missing.html", tmpdir());
    snprintf(page, sizeof(page),
             "<html><body><article><p>Một đoạn văn đủ dài để làm bài báo.</p>"
             "<img src=\"%s\" alt=\"Mặt tiền\"></article></body></html>",
             src);
    spit(path, page, strlen(page));
    bt_status s;
    char warning[512];
    bt_document *doc = read_page(path, NULL, &s, warning, sizeof(warning));
    assert_int_equal(s, BT_WARN);
    assert_string_equal(warning, expected);
    bt_node *fig = nth_of(doc, BT_NODE_FIGURE, 0);
    assert_int_equal(bt_node_figure_resource(fig), -1);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "");
    assert_string_equal(bt_node_figure_alt(fig), "Mặt tiền");
    bt_document_free(doc);
}

static void test_missing_image(void **state)
{
    (void)state;
    check_missing_image("anh%20mat.jpg?w=300", "image not found: anh%20mat.jpg?w=300");
    /* an address of only a query names no file (it once reached the
     * confinement check as a null path) */
    check_missing_image("?w=300", "image not found: ?w=300");
    check_missing_image("#top", "image not found: #top");
}

/* A page whose only text is its headline is a document of a title, not
 * "no article text found": a page with visible text never fails. */
static void test_headline_only(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof(path), "%s/headline.html", tmpdir());
    const char *page = "<html><body><h1>Bão số 3 đổ bộ</h1></body></html>";
    spit(path, page, strlen(page));
    bt_document *doc = read_page(path, NULL, NULL, NULL, 0);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Bão số 3 đổ bộ");
    bt_document_free(doc);
}

/* A page whose date row (a box of article metadata, which cleaning takes)
 * is row; the author the page gives, NULL when none. */
static const char *row_author(const char *row, char *dateline, size_t cap)
{
    char path[1024], page[2048];
    snprintf(path, sizeof(path), "%s/date-row.html", tmpdir());
    snprintf(page, sizeof(page),
             "<html><head><meta property=\"article:published_time\" "
             "content=\"2026-11-30T08:15:00+07:00\"></head><body><article>"
             "<h1>Giá xăng giảm mạnh từ chiều nay</h1><div class=\"meta\">%s</div>"
             "<p>Giá xăng E5 RON 92 giảm hơn 500 đồng mỗi lít từ 15h chiều nay, theo điều chỉnh "
             "của liên Bộ Công Thương - Tài chính.</p><p>Dầu diesel cũng giảm 300 đồng, xuống "
             "còn 18.200 đồng mỗi lít. Đây là lần giảm thứ ba liên tiếp trong tháng.</p>"
             "</article></body></html>",
             row);
    spit(path, page, strlen(page));
    static char author[128];
    bt_document *doc = read_page(path, NULL, NULL, NULL, 0);
    const char *a = bt_document_meta(doc, BT_META_AUTHOR);
    snprintf(author, sizeof(author), "%s", a ? a : "");
    bt_node *first = bt_node_first_child(bt_document_body(doc));
    snprintf(dateline, cap, "%s",
             first && bt_node_role(first) == BT_ROLE_DATELINE ? bt_node_text(doc, first) : "");
    bt_document_free(doc);
    return a ? author : NULL;
}

/* The name on the date's row, in one text with the date, is the author;
 * a place before the date (a comma between) is none. */
static void test_date_row_name(void **state)
{
    (void)state;
    char dateline[256];
    assert_string_equal(row_author("Thứ hai, 30/11/2026 08:15 (GMT+7) Nguyễn Minh Châu", dateline,
                                   sizeof(dateline)),
                        "Nguyễn Minh Châu");
    assert_string_equal(dateline, "Thứ hai, 30/11/2026 08:15 (GMT+7)");
    assert_string_equal(row_author("Hoàng Lan • 30/11/2026 08:15", dateline, sizeof(dateline)),
                        "Hoàng Lan");
    assert_string_equal(dateline, "30/11/2026 08:15");
    assert_null(row_author("Hà Nội, 30/11/2026 08:15", dateline, sizeof(dateline)));
    assert_null(row_author("Thứ hai, 30/11/2026 08:15", dateline, sizeof(dateline)));
    assert_string_equal(dateline, "Thứ hai, 30/11/2026 08:15");
    /* a label and the weekday before the date are no name */
    assert_null(row_author("Published Monday 30 November 2026", dateline, sizeof(dateline)));
    assert_string_equal(dateline, "Published Monday 30 November 2026");
}

/* A short article whose <head> holds head, read as a page. */
static bt_document *read_with_head(const char *head)
{
    char path[1024];
    snprintf(path, sizeof(path), "%s/with-head.html", tmpdir());
    bt_buf page = BT_BUF_INIT;
    bt_buf_printf(&page,
                  "<html lang=\"en\"><head>%s</head><body><article>"
                  "<h1>Fuel prices fall</h1><p>Fuel prices fell by more than five cents a "
                  "litre this afternoon, after the ministries adjusted the base price.</p>"
                  "<p>Diesel fell three cents to its lowest level this year, the ministry "
                  "said in a statement on Monday afternoon.</p></article></body></html>",
                  head);
    spit(path, page.data, page.len);
    bt_buf_free(&page);
    return read_page(path, NULL, NULL, NULL, 0);
}

/* A metadata date with a space for ISO 8601's T ("2026-11-30 08:15:00",
 * as CMSs write article:published_time), a zone offset without its colon
 * ("+0700") or in ISO 8601's basic form ("20261130T0815") is read as ISO
 * 8601's extended form, so that writers write it as people do; it
 * was printed as it stood. */
static void test_metadata_date_space(void **state)
{
    (void)state;
    /* in metadata (a space for the T), in JSON-LD (an offset without its
     * colon, as EPUB's dc:date would not take it) */
    static const struct {
        const char *head, *date;
    } cases[] = {
        {"<meta property=\"article:published_time\" content=\"2026-11-30 08:15:00\">",
         "2026-11-30T08:15:00"},
        {"<meta property=\"article:published_time\" content=\"2026-11-30T08:15+0700\">",
         "2026-11-30T08:15+07:00"},
        {"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
         "\"datePublished\": \"2026-11-30T08:15:00-0500\"}</script>",
         "2026-11-30T08:15:00-05:00"},
        {"<meta property=\"article:published_time\" content=\"2026-11-30T08:15+07\">",
         "2026-11-30T08:15+07"}, /* no date ISO 8601 writes: kept as it stands */
        /* ISO 8601's basic form, as RIA writes it */
        {"<meta property=\"article:published_time\" content=\"20261130T0815\">",
         "2026-11-30T08:15"},
        {"<meta property=\"article:published_time\" content=\"20261130T081500+0300\">",
         "2026-11-30T08:15:00+03:00"},
        {"<meta property=\"article:published_time\" content=\"20261130T08\">", "20261130T08"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_document *doc = read_with_head(cases[i].head);
        assert_string_equal(bt_document_meta(doc, BT_META_DATE), cases[i].date);
        bt_document_free(doc);
    }
}

/* A date the page writes in words, in its language or English, is its
 * dateline as written (the day ICU names it: month and weekday); a name
 * beside it is the author ("AM EST" after the time is none: it was cut
 * off the dateline as an author); another day or a sentence is no date. */
static void test_worded_dates(void **state)
{
    (void)state;
    static const char *const shown[] = {"Published Nov. 30, 2026",
                                        "Mon 30 Nov 2026 08.15 GMT",
                                        "November 30th, 2026",
                                        "Updated 8:15 AM EST, Mon November 30, 2026",
                                        "30. November 2026",
                                        "30.11.2026, 08:15 Uhr",
                                        "11/30/2026 8:15 AM",
                                        "November 30, 2026, 8:15 AM EST",
                                        NULL};
    char dateline[256];
    for (const char *const *d = shown; *d; d++) {
        assert_null(row_author(*d, dateline, sizeof(dateline)));
        assert_string_equal(dateline, *d);
    }
    assert_string_equal(row_author("Jane Doe | November 30, 2026", dateline, sizeof(dateline)),
                        "Jane Doe");
    assert_string_equal(dateline, "November 30, 2026");
    assert_null(row_author("Nov 29, 2026", dateline, sizeof(dateline)));
    assert_string_equal(dateline, "");
    assert_null(row_author("On Nov 30, 2026 the council voted.", dateline, sizeof(dateline)));
    assert_string_equal(dateline, "");
    /* the separators and white space a row's markup leaves go */
    static const char *const rows[] = {"/ 30. November 2026 /",
                                       "| 30.11.2026 um 08:15",
                                       "30/11/2026 08:15\n\t\t\t|",
                                       ", Updated Nov 30, 2026",
                                       "\xE2\x80\x94\xC2\xA0November 30,\n  2026",
                                       NULL};
    static const char *const datelines[] = {"30. November 2026", "30.11.2026 um 08:15",
                                            "30/11/2026 08:15", "Updated Nov 30, 2026",
                                            "November 30, 2026"};
    for (size_t i = 0; rows[i]; i++) {
        assert_null(row_author(rows[i], dateline, sizeof(dateline)));
        assert_string_equal(dateline, datelines[i]);
    }
}

/* ---- structure ---- */

static void test_pseudo_headings(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/pseudo-headings.html");
    bt_node *h = nth_of(doc, BT_NODE_HEADING, 0);
    assert_string_equal(bt_node_text(doc, h), "Vượt tiến độ ba tháng");
    assert_int_equal(bt_node_heading_level(h), 2);
    assert_int_equal(bt_node_get_type(bt_node_first_child(h)), BT_NODE_TEXT);
    assert_string_equal(bt_node_text(doc, nth_of(doc, BT_NODE_HEADING, 1)), "Người dân phấn khởi");
    /* over a list too */
    bt_node *over_list = nth_of(doc, BT_NODE_HEADING, 2);
    assert_non_null(over_list);
    assert_string_equal(bt_node_text(doc, over_list), "Những con số");
    assert_null(nth_of(doc, BT_NODE_HEADING, 3));
    bt_node *last = bt_node_last_child(bt_document_body(doc));
    assert_int_equal(bt_node_get_type(last), BT_NODE_PARAGRAPH);
    assert_string_equal(bt_node_text(doc, last), "Lan Hương");
    assert_int_equal(bt_node_role(last), BT_ROLE_BYLINE);
    bt_document_free(doc);
}

static void test_several_articles(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/several-articles.html");
    char *d = dump(doc);
    assert_contains(d, "Sáng nay, hàng nghìn người");
    assert_contains(d, "Người dân hai bên bờ sông");
    assert_not_contains(d, "Tin khác hôm nay");
    assert_not_contains(d, "Đội tuyển thắng đậm");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Khánh thành cầu mới");
    free(d);
    bt_document_free(doc);
}

static void test_density(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/no-article.html");
    char *d = dump(doc);
    assert_contains(d, "Sáng nay, hàng nghìn người");
    assert_contains(d, "Theo Ban quản lý dự án");
    assert_contains(d, "Người dân hai bên bờ sông");
    static const char *const chrome[] = {"Trang chủ", "Tin liên quan", "Thông xe cầu", "Đọc nhiều",
                                         "Giá vàng",  "Bản quyền",     "Địa chỉ"};
    for (size_t i = 0; i < sizeof(chrome) / sizeof(chrome[0]); i++)
        if (strstr(d, chrome[i]))
            fail_msg("chrome in the document: %s", chrome[i]);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Khánh thành cầu mới");
    free(d);
    bt_document_free(doc);
}

static void test_jsonld(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/jsonld-only.html");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Khánh thành cầu mới đã xong 🌉");
    assert_string_equal(bt_document_meta(doc, BT_META_DATE), "2024-05-01T08:30:00+07:00");
    assert_int_equal(bt_document_meta_count(doc, BT_META_AUTHOR), 2);
    assert_string_equal(bt_document_meta_at(doc, BT_META_AUTHOR, 0), "Lan Hương");
    assert_string_equal(bt_document_meta_at(doc, BT_META_AUTHOR, 1), "Minh Anh");
    assert_string_equal(bt_document_meta(doc, BT_META_SECTION), "Xã hội");
    assert_string_equal(bt_document_meta(doc, BT_META_PUBLISHER), "Báo Thủ Đô");
    assert_int_equal(bt_document_meta_count(doc, BT_META_KEYWORD), 2);
    bt_document_free(doc);
}

/* An author's name in metadata loses the "By" before it, and a CMS's
 * placeholder for nobody ("admin", "publisher") is no author. */
static void test_author_names(void **state)
{
    (void)state;
    static const struct {
        const char *meta, *author;
    } cases[] = {
        {"<meta name=\"author\" content=\"By Jane Roe\">", "Jane Roe"},
        {"<meta name=\"author\" content=\"Por Ana Ruiz\">", "Ana Ruiz"},
        {"<meta name=\"author\" content=\"Mark Di Stefano\">", "Mark Di Stefano"},
        {"<meta name=\"author\" content=\"admin\">", NULL},
        {"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
         "\"author\": \"publisher\"}</script>",
         NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_document *doc = read_with_head(cases[i].meta);
        const char *a = bt_document_meta(doc, BT_META_AUTHOR);
        if (cases[i].author)
            assert_string_equal(a, cases[i].author);
        else
            assert_null(a);
        bt_document_free(doc);
    }
}

static void test_title_suffix(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/title-suffix.html");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Bridge opens after three years");
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "en-US");
    assert_string_equal(bt_document_meta(doc, BT_META_SOURCE_URL), "https://example.com/bridge");
    bt_document_free(doc);
}

/* Read a page from memory; its first paragraph's text. */
static bt_document *read_mem(const char *html, size_t len, const bt_options *opt, bt_error *err)
{
    bt_input in = {(const unsigned char *)html, len, NULL};
    bt_document *doc = NULL;
    bt_read(NULL, bt_format_by_name(NULL, "html"), &in, opt, &doc, err);
    return doc;
}

static void test_inlines_and_blocks(void **state)
{
    (void)state;
    const char *html =
        "<body><main><h3>Tiêu  đề</h3><p>  a <em>b</em>  <strong> c</strong>&nbsp;d<br>e "
        "<a href=\"/x\">f</a><sup>2</sup><code>x  y</code></p>"
        "<ol start=\"3\"><li>một</li><li><p>hai</p></li></ol><blockquote><p>q</p></blockquote>"
        "<pre>\n  line 1\n  line 2<br><br>line 4\n</pre><hr><table><tr><th>A</th><th>B</th></tr>"
        "<tr><td>1</td><td>2</td></tr></table><div>loose <span>text</span><p>inner</p>tail</div>"
        "<script>bad()</script><style>p{}</style><form><input value=x></form>"
        "<!-- no --><iframe src=x></iframe><svg><text>no</text></svg></main></body>";
    bt_error *err = bt_error_new();
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:whole-page");
    bt_document *doc = read_mem(html, strlen(html), &opt, err);
    assert_non_null(doc);
    char *d = dump(doc);
    const char *want = "body\n"
                       "heading 3\ntext [Tiêu đề]\n"
                       "paragraph\ntext [a ]\nemph\ntext [b]\ntext [ ]\nstrong\ntext [c]\n"
                       "text [\xC2\xA0"
                       "d]\nbreak\ntext [e ]\nlink [/x]\ntext [f]\nsup\ntext [2]\n"
                       "code [x y]\n"
                       "list 3\nitem\nparagraph\ntext [một]\nitem\nparagraph\ntext [hai]\n"
                       "quote\nparagraph\ntext [q]\n"
                       "pre [  line 1\n  line 2\n\nline 4]\nrule\n"
                       "table\nrow\ncell\ntext [A]\ncell\ntext [B]\nrow\ncell\ntext [1]\ncell\n"
                       "text [2]\n"
                       "paragraph\ntext [loose text]\nparagraph\ntext [inner]\nparagraph\n"
                       "text [tail]\n";
    assert_string_equal(d, want);
    bt_node *th = bt_node_first_child(bt_node_first_child(nth_of(doc, BT_NODE_TABLE, 0)));
    assert_true(bt_node_cell_header(th));
    bt_node *list = nth_of(doc, BT_NODE_LIST, 0);
    assert_true(bt_node_list_ordered(list));
    free(d);
    bt_document_free(doc);
    bt_error_free(err);
}

/* The event of a kind and an effect, or -1. */
static long event_items(const bt_error *err, bt_loss_kind kind, bt_event_effect effect)
{
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        if (bt_error_event_kind(err, i) == kind && bt_error_event_effect(err, i) == effect)
            return (long)bt_error_event_items(err, i);
    return -1;
}

static char *read_whole(const char *html, bt_error *err)
{
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:whole-page");
    bt_document *doc = read_mem(html, strlen(html), &opt, err);
    assert_non_null(doc);
    char *d = doc_dump(doc);
    bt_document_free(doc);
    return d;
}

/* A paragraph holding only characters of no width (a joiner, a zero-width
 * space, a byte-order mark) is empty: page builders fill spacers so. */
static void test_zero_width_paragraph(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    char *d = read_whole("<body><main><p>one</p><p>\xE2\x80\x8D</p><p> \xE2\x80\x8B "
                         "\xEF\xBB\xBF</p><p>two\xE2\x80\x8D</p></main></body>",
                         err);
    assert_string_equal(d, "paragraph: one\nparagraph: two\xE2\x80\x8D\n");
    free(d);
    bt_error_free(err);
}

/* Footnotes as EPUB books and blogs write them: epub:type noteref to an
 * aside, a bracketed mark in a sup to a list item, the note's own mark and
 * a bracketed arrow linking back; a mark whose note is missing stays text,
 * with an event. */
static void test_footnotes(void **state)
{
    (void)state;
    const char *html =
        "<html lang=\"en\"><body><p>First<a epub:type=\"noteref\" href=\"#n1\" id=\"r1\">*</a> "
        "second<sup id=\"cite-2\"><a href=\"#cite-note-2\">[2]</a></sup> third"
        "<a role=\"doc-noteref\" href=\"#gone\">9</a>.</p>"
        "<aside epub:type=\"footnote\" id=\"n1\"><p><a href=\"#r1\">*</a> Star note. "
        "[<a href=\"#r1\">\xE2\x86\xA9</a>]</p></aside>"
        "<ol class=\"references footnotes\"><li id=\"cite-note-2\"><a href=\"#cite-2\">^</a> "
        "Second <em>note</em>.</li></ol>"
        "<div role=\"doc-footnote\" id=\"lonely\"><p>Not referenced.</p></div></body></html>";
    bt_error *err = bt_error_new();
    char *d = read_whole(html, err);
    const char *want = "language: en\n"
                       "paragraph: First second third9. {note-ref * -> *} {note-ref 2 -> 2}\n"
                       "paragraph: Not referenced.\n"
                       "note label=*\n"
                       "  paragraph: Star note.\n"
                       "note label=2\n"
                       "  paragraph: Second note.\n";
    if (strcmp(d, want))
        print_error("%s", d);
    assert_string_equal(d, want);
    assert_int_equal(event_items(err, BT_LOSS_FOOTNOTE, BT_EVENT_CHANGED), 1);
    free(d);
    bt_error_free(err);
}

/* Inline markup, languages, spans, captions and credits of the model
 * since 1.0, and what the reader reports when it cannot keep a table. */
/* A page whose lang holds bytes that name no locale: its dates are still
 * written (in English), not handed to ICU as a locale (which crashed on it). */
static void test_lang_not_a_tag(void **state)
{
    (void)state;
    /* the page the fuzzer found it with: lang="v\x9b\xdd" on a UTF-8 page */
    bt_document *doc = read_doc(td("html/lang-not-a-tag.html"), "html", NULL);
    char *text = write_doc(doc, "text", NULL, NULL);
    assert_non_null(text);
    assert_true(strlen(text) > 100);
    free(text);
    bt_document_free(doc);
}

/* A highlight becomes strong emphasis, an abbreviation keeps its text: each
 * said in an event, the expansion's loss too. */
static void test_mark_abbr(void **state)
{
    (void)state;
    const char *html = "<html lang=\"vi\"><body><p>Giá <mark>tăng mạnh</mark> theo "
                       "<abbr title=\"Tổng cục Thống kê\">TCTK</abbr>.</p></body></html>";
    bt_error *err = bt_error_new();
    char *d = read_whole(html, err);
    assert_contains(d, "paragraph: Giá tăng mạnh theo TCTK.");
    assert_int_equal(bt_error_event_count(err), 2);
    assert_int_equal(bt_error_event_effect(err, 0), BT_EVENT_CHANGED);
    assert_string_equal(bt_error_event_message(err, 0),
                        "1 highlight (<mark>) kept as strong emphasis");
    assert_int_equal(bt_error_lost(err, BT_LOSS_INLINE), 1);
    assert_string_equal(bt_error_event_message(err, 1),
                        "1 abbreviation expansion (<abbr title>) left out");
    free(d);
    bt_error_free(err);
}

static void test_model_reading(void **state)
{
    (void)state;
    const char *html =
        "<html lang=\"vi\"><body>"
        "<p>Siêu<wbr>thị <wbr>mở <span lang=\"vi-VN\">cửa</span> "
        "<i lang=\"en\">all day</i> <a href=\"https://x.vn/\" title=\"Trang\">đây</a>.</p>"
        "<p lang=\"fr\">Bonjour <em>tout</em> le monde.</p>"
        "<table><tr><th colspan=\"5000\" rowspan=\"0\">A</th><th>B</th></tr></table>"
        "<table><caption>Data</caption><tr><th>A</th></tr>"
        "<tr><td><table><tr><td>inner</td></tr></table></td></tr></table>"
        "<figure><img src=\"x.jpg\" style=\"border: 0; max-width:900px; width: 300px\" "
        "height=\"50\"><figcaption>Cảnh. Ảnh: Hà Anh</figcaption></figure>"
        "<figure><img src=\"y.jpg\" width=\"320\" height=\"200\"><figcaption>Đêm. "
        "<span class=\"credit\">Photo : AP</span></figcaption></figure>"
        "<figure><img src=\"z.jpg\" width=\"50%\"><figcaption>Ảnh minh họa</figcaption></figure>"
        "</body></html>";
    bt_error *err = bt_error_new();
    char *d = read_whole(html, err);
    const char *want =
        "language: vi\n"
        "paragraph: Siêuthị mở cửa all day đây. {span en} {link https://x.vn/ title=Trang}\n"
        "paragraph: Bonjour tout le monde. {span fr}\n"
        "table\n"
        "  row\n"
        "    cell span=1000x1: A\n"
        "    cell: B\n"
        "paragraph: Data\n"
        "paragraph: A\n"
        "paragraph: inner\n"
        "figure -1 display=300x0\n"
        "  caption: Cảnh.\n"
        "  credit label=Ảnh apart=[ |]: Hà Anh\n"
        "figure -1 display=320x200\n"
        "  caption: Đêm.\n"
        "  credit apart=[ |]: Photo : AP\n"
        "figure -1\n"
        "  caption: \n"
        "  credit apart=[|]: Ảnh minh họa\n";
    if (strcmp(d, want))
        print_error("%s", d);
    assert_string_equal(d, want);
    /* the span clamped, the table with a table inside read as paragraphs */
    size_t changed = 0;
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        changed += bt_error_event_kind(err, i) == BT_LOSS_TABLE &&
                   bt_error_event_effect(err, i) == BT_EVENT_CHANGED;
    assert_int_equal(changed, 2);
    free(d);
    bt_error_free(err);
}

/* The items of the events of a kind and an effect. */
static size_t events(const bt_error *err, bt_loss_kind kind, bt_event_effect effect)
{
    size_t n = 0;
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        if (bt_error_event_kind(err, i) == kind && bt_error_event_effect(err, i) == effect)
            n += bt_error_event_items(err, i);
    return n;
}

/* Formulas are text a reader sees: MathML inline and displayed, MathJax's
 * speech copy, Wikipedia's hidden MathML behind its picture, a picture's
 * TeX; each written as text, and said so. */
static void test_math(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    size_t size;
    char *html = slurp(td("html/math.html"), &size);
    bt_document *doc = read_mem(html, size, NULL, err);
    free(html);
    char *text = write_doc(doc, "text", NULL, NULL), *flat = squeeze(text);
    assert_contains(flat, "When a ≠ 0, there are two solutions to ax² + bx + c = 0 and they are");
    /* displayed: a paragraph of its own */
    assert_contains(text, "\n\nx = (−b ± √(b² − 4ac))/(2a).\n\n");
    assert_contains(flat, "the mean x̄ = 1/n ∑_(i = 1)^n x_i of the sample.");
    assert_contains(flat, "a matrix A is symmetric when A=A^{T}, and");
    assert_contains(flat, "Euler's identity reads e^{i\\pi}+1=0 too.");
    assert_contains(flat, "A system of two equations, {x + y = 2; x − y = 0, has one solution.");
    assert_not_contains(flat, "displaystyle");
    assert_int_equal(events(err, BT_LOSS_OBJECT, BT_EVENT_CHANGED), 8);
    assert_int_equal(bt_error_lost(err, BT_LOSS_OBJECT), 0);
    free(flat);
    free(text);
    bt_document_free(doc);
    bt_error_free(err);
}

/* A video's own text is for browsers that cannot play it, not the
 * article's; videos, sounds and frames of embedded media are reported
 * lost, an advertisement's frame and a hidden one are not, and so are a
 * figure's drawing and video, whose captions stay. */
static void test_media(void **state)
{
    (void)state;
    const char *html =
        "<html><body><article><h1>Tin có video</h1>"
        "<p>Đoạn một của bài, đủ dài để là thân bài: người dân đổ ra đường xem pháo hoa.</p>"
        "<video controls src='clip.mp4'>Trình duyệt của bạn không hỗ trợ video.</video>"
        "<audio controls><source src='a.mp3'>Your browser does not support audio.</audio>"
        "<iframe width='560' height='315' src='https://www.youtube.com/embed/abc123'></iframe>"
        "<iframe src='https://ads.example.net/banner?id=7'></iframe>"
        "<iframe hidden src='https://player.vimeo.com/video/1'></iframe>"
        "<p>Đoạn hai của bài, đủ dài để là thân bài: pháo hoa kéo dài mười lăm phút.</p>"
        "<figure><svg width='600' height='400'><text>Số liệu</text></svg>"
        "<figcaption>Lượng khách tăng một phần ba.</figcaption></figure>"
        "<figure><video src='b.mp4'></video><figcaption>Pháo hoa trên hồ.</figcaption></figure>"
        "<p>Đoạn ba của bài, đủ dài để là thân bài: năm sau pháo hoa sẽ bắn ở ba nơi.</p>"
        "</article></body></html>";
    bt_error *err = bt_error_new();
    bt_document *doc = read_mem(html, strlen(html), NULL, err);
    const char *text = bt_node_text(doc, bt_document_body(doc));
    assert_not_contains(text, "hỗ trợ");
    assert_not_contains(text, "support");
    assert_contains(text, "Đoạn hai");
    assert_int_equal(bt_error_lost(err, BT_LOSS_OBJECT), 4);
    /* a figure's drawing or video goes, its caption stays */
    assert_int_equal(bt_error_lost(err, BT_LOSS_IMAGE), 1);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(nth_of(doc, BT_NODE_FIGURE, 0))),
                        "Lượng khách tăng một phần ba.");
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(nth_of(doc, BT_NODE_FIGURE, 1))),
                        "Pháo hoa trên hồ.");
    bt_document_free(doc);
    bt_error_free(err);
}

/* A video in a box that cleaning takes away whole (a wrapper with nothing
 * else, a "related videos" box) is left out too, and said so. */
static void test_media_in_cleaned_box(void **state)
{
    (void)state;
    const char *html =
        "<html><body><article><h1>Lũ trên sông Hồng</h1>"
        "<p>Đoạn một của bài, đủ dài để là thân bài: nước sông Hồng lên nhanh trong đêm qua.</p>"
        "<div class='video-wrap'><div class='ratio'>"
        "<iframe src='https://www.youtube.com/embed/abc123'></iframe></div></div>"
        "<p>Đoạn hai của bài, đủ dài để là thân bài: chính quyền đã sơ tán hai trăm hộ dân.</p>"
        "<p>Đoạn ba của bài, đủ dài để là thân bài: mực nước dự báo còn lên trong hai ngày.</p>"
        "</article></body></html>";
    bt_error *err = bt_error_new();
    bt_document *doc = read_mem(html, strlen(html), NULL, err);
    assert_contains(bt_node_text(doc, bt_document_body(doc)), "Đoạn hai");
    assert_int_equal(bt_error_lost(err, BT_LOSS_OBJECT), 1);
    bt_document_free(doc);
    bt_error_free(err);
}

/* Ruby readings on the line, in brackets: the page's <rp> brackets, or
 * ours where it gives none. */
static void test_ruby(void **state)
{
    (void)state;
    const char *html = "<html lang=ja><body><p>今日は<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp>"
                       "</ruby>の勉強、<ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby>で。</p>"
                       "</body></html>";
    bt_error *err = bt_error_new();
    char *d = read_whole(html, err);
    assert_contains(d, "今日は漢字(かんじ)の勉強、東(とう)京(きょう)で。");
    free(d);
    bt_error_free(err);
}

static void test_lead_by_description(void **state)
{
    (void)state;
    const char *html =
        "<html><head><meta name=description content='Cầu mới được  khánh thành sáng nay.'></head>"
        "<body><article><p>(TTXVN) - Cầu mới được khánh thành sáng nay.</p>"
        "<p><b>Vượt tiến độ</b></p><p>Đoạn văn thường, đủ dài.</p>"
        "<h2>Một</h2><p><strong>Đậm mà có dấu chấm.</strong></p><p>Văn bản.</p>"
        "<p class='byline'>Phóng viên Lan Hương</p></article></body></html>";
    bt_error *err = bt_error_new();
    bt_document *doc = read_mem(html, strlen(html), NULL, err);
    assert_non_null(doc);
    bt_node *lead = nth_of(doc, BT_NODE_PARAGRAPH, 0);
    assert_int_equal(bt_node_role(lead), BT_ROLE_LEAD);
    /* real h2s there: the bold line becomes a level-3 heading */
    bt_node *h = nth_of(doc, BT_NODE_HEADING, 0);
    assert_string_equal(bt_node_text(doc, h), "Vượt tiến độ");
    assert_int_equal(bt_node_heading_level(h), 3);
    /* final punctuation: not a heading */
    assert_null(nth_of(doc, BT_NODE_HEADING, 2));
    bt_node *by = bt_node_last_child(bt_document_body(doc));
    assert_int_equal(bt_node_role(by), BT_ROLE_BYLINE);
    bt_document_free(doc);
    /* the lead opened by a place stamp in a bare <span>, which a style
     * sheet sets apart: a word apart, and the lead still; a note's mark
     * stays against its word */
    html = "<html><head><meta name=description content='Cầu mới được khánh thành sáng nay, "
           "sớm hơn kế hoạch hai tháng.'></head><body><article><p><span>Hà Nội</span>Cầu mới "
           "được khánh thành sáng nay, sớm hơn kế hoạch hai tháng.</p><p>Đoạn văn thường, đủ "
           "dài.</p><p><sup>a</sup>Adjusted for age.</p></article></body></html>";
    doc = read_mem(html, strlen(html), NULL, err);
    assert_non_null(doc);
    lead = nth_of(doc, BT_NODE_PARAGRAPH, 0);
    assert_string_equal(bt_node_text(doc, lead),
                        "Hà Nội Cầu mới được khánh thành sáng nay, sớm hơn kế hoạch hai tháng.");
    assert_int_equal(bt_node_role(lead), BT_ROLE_LEAD);
    assert_string_equal(bt_node_text(doc, nth_of(doc, BT_NODE_PARAGRAPH, 2)), "aAdjusted for age.");
    bt_document_free(doc);
    bt_error_free(err);
}

/* A sapo set in bold, first in the article: the lead; a short bold line is
 * not one. */
static void test_lead_in_bold(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    bt_document *doc = read_page(td("html/bold-sapo.html"), NULL, NULL, NULL, 0);
    bt_node *lead = nth_of(doc, BT_NODE_PARAGRAPH, 0);
    assert_int_equal(bt_node_role(lead), BT_ROLE_LEAD);
    assert_contains(bt_node_text(doc, lead), "hàng trăm hộ dân phải di dời khẩn cấp.");
    assert_int_equal(bt_node_role(nth_of(doc, BT_NODE_PARAGRAPH, 1)), BT_ROLE_NONE);
    bt_document_free(doc);
    const char *shortbold = "<html><body><article><p><b>Ngắn thôi.</b></p><p>Đoạn văn thường "
                            "đủ dài để là một đoạn của bài báo này, có dấu phẩy, có chữ.</p>"
                            "<p>Đoạn hai của bài, cũng đủ dài để bài có hai đoạn văn.</p>"
                            "</article></body></html>";
    doc = read_mem(shortbold, strlen(shortbold), NULL, err);
    assert_int_equal(bt_node_role(nth_of(doc, BT_NODE_PARAGRAPH, 0)), BT_ROLE_NONE);
    bt_document_free(doc);
    bt_error_free(err);
}

/* A figure that holds a table (WordPress's table block) is the table, its
 * caption a paragraph after it: neither is lost, nor made an image. */
static void test_figure_of_table(void **state)
{
    (void)state;
    bt_document *doc = fixture("html/figure-table.html");
    assert_null(nth_of(doc, BT_NODE_FIGURE, 0));
    assert_non_null(nth_of(doc, BT_NODE_TABLE, 0));
    char *d = dump(doc);
    assert_contains(d, "State Farm");
    assert_contains(d, "Nguồn: NAIC");
    free(d);
    bt_document_free(doc);
}

/* A sub-heading that is a link (a permalink), in a block of its own, stays. */
static void test_linked_heading(void **state)
{
    (void)state;
    const char *html =
        "<html><body><article><h1>Tiêu đề bài</h1><p>Đoạn một đủ dài để là đoạn văn của bài, "
        "có dấu phẩy, có chữ, để bộ trích xuất tin là bài báo.</p><div class='section-head'>"
        "<h2><a href='#phan-hai'>Phần hai của bài</a></h2></div><p>Đoạn hai cũng đủ dài để là "
        "đoạn văn của bài, có dấu phẩy, có chữ, có nghĩa.</p><p>Đoạn ba, đoạn cuối, cũng dài "
        "như thế, để bài có ba đoạn văn và một tiêu đề phụ.</p></article></body></html>";
    bt_error *err = bt_error_new();
    bt_document *doc = read_mem(html, strlen(html), NULL, err);
    bt_node *h = nth_of(doc, BT_NODE_HEADING, 0);
    assert_non_null(h);
    assert_string_equal(bt_node_text(doc, h), "Phần hai của bài");
    assert_int_equal(bt_node_heading_level(h), 2);
    bt_document_free(doc);
    bt_error_free(err);
}

static void test_forced_encoding(void **state)
{
    (void)state;
    bt_options opt;
    bt_options_init(&opt);
    opt.input_encoding = "windows-1258";
    bt_document *doc = read_page(td("html/hanoimoi-1258.html"), &opt, NULL, NULL, 0);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), seed()->title);
    bt_document_free(doc);
    /* forcing a wrong charset is obeyed: UTF-8 read as windows-1252 is mojibake */
    opt.input_encoding = "windows-1252";
    doc = read_page(td("hanoimoi-2017-10-09.html"), &opt, NULL, NULL, 0);
    assert_string_not_equal(bt_document_meta(doc, BT_META_TITLE), seed()->title);
    assert_non_null(strstr(bt_document_meta(doc, BT_META_TITLE), "Ch\xC3\xA1\xC2\xBB"));
    bt_document_free(doc);
}

/* A page written on Windows reads as a browser reads it: numeric
 * references to 0x80-0x9F are Windows-1252's characters ("&#151;" an em
 * dash, "&#x93;" a quote), a code point it leaves unmapped (0x81) stays a
 * reference to itself, and a page declared Latin-1 is read as
 * Windows-1252, its raw 0x97 a dash. */
static void test_windows_1252_references(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    const char *refs = "<html><head><title>Bridge &#151; plan</title></head><body><main>"
                       "<p>MOUNT VERNON &#151; The &#x93;new&#x94; bridge costs &#128;5 and "
                       "&#8212; no more&#129; than planned, the county said on Monday.</p>"
                       "</main></body></html>";
    bt_document *doc = read_mem(refs, strlen(refs), NULL, err);
    assert_non_null(doc);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Bridge \xE2\x80\x94 plan");
    assert_contains(bt_node_text(doc, bt_document_body(doc)),
                    "MOUNT VERNON \xE2\x80\x94 The \xE2\x80\x9Cnew\xE2\x80\x9D bridge costs "
                    "\xE2\x82\xAC"
                    "5 and \xE2\x80\x94 no more");
    bt_document_free(doc);
    const char *latin1 = "<html><head><meta charset=\"iso-8859-1\"><title>T</title></head>"
                         "<body><main><p>Caf\xE9 owners \x97 all of them \x93"
                         "here\x94 \x97 agreed on Monday to open later in winter.</p></main>"
                         "</body></html>";
    doc = read_mem(latin1, strlen(latin1), NULL, err);
    assert_non_null(doc);
    assert_string_equal(bt_document_charset(doc), "windows-1252");
    assert_contains(bt_node_text(doc, bt_document_body(doc)),
                    "Caf\xC3\xA9 owners \xE2\x80\x94 all of them \xE2\x80\x9Chere\xE2\x80\x9D");
    bt_document_free(doc);
    bt_error_free(err);
}

/* A page in UTF-8 with a stray byte stays UTF-8, the byte a U+FFFD and a
 * warning; with as many invalid sequences as valid ones (the threshold,
 * BT_UTF8_MAX_INVALID_PERCENT) still; one more, and it is a legacy page. */
static bt_document *read_bytes(const char *body, const char **warning, bt_error *err)
{
    char html[512];
    int len = snprintf(html, sizeof(html),
                       "<html><head><meta charset=\"utf-8\"><title>T</title></head>"
                       "<body><main><p>%s</p></main></body></html>",
                       body);
    bt_error_clear(err);
    bt_document *doc = read_mem(html, (size_t)len, NULL, err);
    assert_non_null(doc);
    *warning = bt_error_event_count(err) ? bt_error_event_message(err, 0) : "";
    return doc;
}

static void test_damaged_utf8(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    const char *warning;
    bt_document *doc = read_bytes("Người dân Hà Nội \xFF đến dự lễ khánh thành.", &warning, err);
    assert_string_equal(bt_document_charset(doc), "UTF-8");
    assert_int_equal(bt_document_replaced(doc), 1);
    assert_string_equal(warning, "1 invalid UTF-8 sequence replaced");
    assert_contains(bt_node_text(doc, bt_document_body(doc)),
                    "Người dân Hà Nội \xEF\xBF\xBD đến dự lễ khánh thành.");
    bt_document_free(doc);
    /* at the threshold: one valid sequence (é), one invalid (a windows-1252 è) */
    doc = read_bytes("Caf\xC3\xA9 cr\xE8me", &warning, err);
    assert_string_equal(bt_document_charset(doc), "UTF-8");
    assert_string_equal(warning, "1 invalid UTF-8 sequence replaced");
    assert_contains(bt_node_text(doc, bt_document_body(doc)), "Café cr\xEF\xBF\xBDme");
    bt_document_free(doc);
    /* past it: one more invalid (û), a windows-1252 page that happens to
     * hold "Ã©" */
    doc = read_bytes("Caf\xC3\xA9 cr\xE8me br\xFBle", &warning, err);
    assert_string_not_equal(bt_document_charset(doc), "UTF-8");
    assert_int_equal(bt_document_replaced(doc), 0);
    assert_contains(bt_node_text(doc, bt_document_body(doc)), "CafÃ© crème brûle");
    bt_document_free(doc);
    bt_error_free(err);
}

/* ---- bad input ---- */

static void test_bad_input(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    assert_null(read_mem("", 0, NULL, err));
    assert_string_equal(bt_error_message(err), "the input is empty");
    bt_error_clear(err);
    assert_null(read_mem("<html>\0\0\0\x01", 10, NULL, err));
    assert_string_equal(bt_error_message(err), "binary data, not HTML");
    bt_error_clear(err);
    /* a stray NUL past the first BT_HTML_BINARY_PREFIX bytes is dropped, as a
     * browser drops it; one byte earlier, the page is binary */
    for (size_t at = BT_HTML_BINARY_PREFIX - 1; at <= BT_HTML_BINARY_PREFIX; at++) {
        char page[4096];
        memset(page, ' ', sizeof(page));
        const char *head = "<html><body><p>";
        memcpy(page, head, strlen(head));
        const char *text = "<p>Đoạn văn sau byte rỗng.</p></body></html>";
        memcpy(page + 2000, text, strlen(text));
        page[at] = '\0';
        size_t len = 2000 + strlen(text);
        bt_document *doc = read_mem(page, len, NULL, err);
        if (at < BT_HTML_BINARY_PREFIX) {
            assert_null(doc);
            assert_string_equal(bt_error_message(err), "binary data, not HTML");
        } else {
            assert_non_null(doc);
            assert_contains(bt_node_text(doc, bt_document_body(doc)), "Đoạn văn sau byte rỗng.");
            bt_document_free(doc);
        }
        bt_error_clear(err);
    }
    /* only a page without visible text fails; one with a link has text */
    const char *empty = "<html><body><div> </div><script>x()</script></body></html>";
    assert_null(read_mem(empty, strlen(empty), NULL, err));
    assert_string_equal(bt_error_message(err), "no article text found");
    bt_error_clear(err);
    const char *link =
        "<html><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>";
    bt_document *doc = read_mem(link, strlen(link), NULL, err);
    assert_non_null(doc);
    assert_string_equal(bt_node_text(doc, bt_document_body(doc)), "Home");
    assert_non_null(strstr(bt_error_event_message(err, 0), "fallback"));
    bt_document_free(doc);
    bt_error_free(err);
}

/* Pages a fuzzer made that crashed the reader once (a NULL site name in the
 * title's clean-up, stats missing on a node the extractor met, a headline
 * left open around the article's text): read now, a title and text kept.  The
 * first is UTF-8 with a stray byte, read as UTF-8; the second mixes UTF-8 with
 * more windows-1258 bytes, so is no UTF-8. */
static void test_fuzz_finds(void **state)
{
    (void)state;
    static const char *const pages[] = {"html/fuzz/segv-strip-site.html",
                                        "html/fuzz/segv-html-choose.html",
                                        "html/fuzz/segv-open-headline.html", NULL};
    for (const char *const *p = pages; *p; p++) {
        bt_status s;
        bt_document *doc = read_page(td(*p), NULL, &s, NULL, 0);
        assert_false(bt_node_is_empty(bt_document_body(doc)));
        if (p == pages) {
            assert_string_equal(bt_document_charset(doc), "UTF-8");
            assert_contains(bt_node_text(doc, bt_document_body(doc)), "khánh thành");
        }
        bt_document_free(doc);
    }
    bt_document *doc = read_page(td(pages[1]), NULL, NULL, NULL, 0);
    assert_contains(bt_document_meta(doc, BT_META_TITLE), "nh th");
    bt_document_free(doc);
    doc = read_page(td(pages[2]), NULL, NULL, NULL, 0);
    assert_contains(bt_node_text(doc, bt_document_body(doc)), "text of the article");
    bt_document_free(doc);
    /* JSON-LD without a date a metadata date's form was asked of (NULL: an
     * offset added to a null pointer, UBSan's find); a title is found */
    doc = read_page(td("html/fuzz/ubsan-null-date.html"), NULL, NULL, NULL, 0);
    assert_non_null(bt_document_meta(doc, BT_META_TITLE));
    bt_document_free(doc);
    /* a paragraph whose last line, after its <br>, has no text, asked
     * whether it states the rights (NULL plus an offset again) */
    doc = read_page(td("html/fuzz/ubsan-null-rights-line.html"), NULL, NULL, NULL, 0);
    assert_contains(bt_node_text(doc, bt_document_body(doc)), "text of the article");
    bt_document_free(doc);
}

/* A date's row set as lines of their own ("<p>입력 ...</p><p>수정 ...</p>"):
 * the dateline says the row whole, and its lines are no paragraphs of the
 * body after it. */
static void test_dateline_row_lines(void **state)
{
    (void)state;
    bt_document *doc =
        read_page(td("html/extract/korean-subtit-reporter.html"), NULL, NULL, NULL, 0);
    int datelines = 0, lines = 0;
    for (bt_node *k = bt_document_body(doc)->first; k; k = k->next) {
        const char *t = bt_node_text(doc, k);
        datelines += bt_node_role(k) == BT_ROLE_DATELINE;
        lines += bt_node_role(k) != BT_ROLE_DATELINE && t && strstr(t, "2025.07.09");
    }
    assert_int_equal(datelines, 1);
    assert_int_equal(lines, 0);
    bt_document_free(doc);
}

/* A page a script fills in: its JSON-LD articleBody holds the article the page
 * does not show; taken, after the lead, with a warning.  A page that shows its
 * article keeps it. */
static void test_jsonld_article_body(void **state)
{
    (void)state;
    const char *body = "Đoạn một của bài báo, viết đủ dài để vượt ngưỡng bốn trăm chữ cái mà "
                       "bộ trích xuất tin là một bài báo thật sự.\\nĐoạn hai nói về những "
                       "người dân ở hai bên bờ sông, những chuyến xe buýt và những con đường "
                       "mới mở.\\nĐoạn ba kết thúc bài báo bằng lời của một người dân đã "
                       "sống ở đây hơn năm mươi năm, nay được đi trên cây cầu mới. Ông kể "
                       "rằng ngày trước phải đi đò qua sông mỗi sáng, mùa lũ có khi phải chờ cả "
                       "buổi, còn bây giờ chỉ mười phút là tới chợ bên kia. Con cháu ông ở "
                       "phố cũng về thăm nhà thường hơn, mỗi tuần một lần thay vì mỗi tháng.";
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>Cầu mới</title><script type=\"application/ld+json\">"
             "{\"@type\":\"NewsArticle\",\"headline\":\"Cầu mới\",\"articleBody\":\"%s\"}"
             "</script></head><body><div id=app><h1>Cầu mới</h1><p>Đang tải…</p></div>"
             "</body></html>",
             body);
    bt_error *err = bt_error_new();
    bt_document *doc = read_mem(html, strlen(html), NULL, err);
    assert_non_null(doc);
    char *d = dump(doc);
    assert_contains(d, "Đoạn hai nói về những người dân");
    assert_contains(d, "thay vì mỗi tháng.");
    assert_null(strstr(d, "Đang tải"));
    free(d);
    assert_contains(bt_document_extraction(doc), "articleBody");
    int said = 0;
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        said |= strstr(bt_error_event_message(err, i), "JSON-LD articleBody") != NULL;
    assert_true(said);
    bt_document_free(doc);
    bt_error_clear(err);
    /* the same body shown on the page: the page's own blocks stay */
    char shown[8192];
    snprintf(
        shown, sizeof(shown),
        "<html><head><script type=\"application/ld+json\">"
        "{\"@type\":\"NewsArticle\",\"articleBody\":\"%s\"}</script></head><body>"
        "<article><h2>Tiêu đề phụ</h2><p>Đoạn một của bài báo, viết đủ dài để vượt ngưỡng "
        "bốn trăm chữ cái mà bộ trích xuất tin là một bài báo thật sự.</p><p>Đoạn hai nói về "
        "những người dân ở hai bên bờ sông, những chuyến xe buýt và những con đường mới "
        "mở.</p><p>Đoạn ba kết thúc bài báo bằng lời của một người dân đã sống ở đây hơn "
        "năm mươi năm, nay được đi trên cây cầu mới. Ông kể rằng ngày trước phải đi đò qua "
        "sông mỗi sáng, mùa lũ có khi phải chờ cả buổi, còn bây giờ chỉ mười phút là tới chợ "
        "bên kia. Con cháu ông ở phố cũng về thăm nhà thường hơn, mỗi tuần một lần thay vì mỗi "
        "tháng.</p></article></body></html>",
        body);
    doc = read_mem(shown, strlen(shown), NULL, err);
    d = dump(doc);
    assert_contains(d, "Tiêu đề phụ");
    assert_null(strstr(bt_document_extraction(doc), "articleBody"));
    free(d);
    bt_document_free(doc);
    bt_error_free(err);
}

/* A page whose text sits depth levels down, each level opened by the
 * openings in turn and closed by closing: read whole, both texts kept. */
static void read_deep(const char *const *openings, const char *closing, int depth)
{
    bt_buf b = BT_BUF_INIT;
    bt_buf_puts(&b, "<html><body><p>Trước đó.</p>");
    for (int i = 0; i < depth; i++)
        bt_buf_puts(&b, openings[i % 3]);
    bt_buf_puts(&b, "sâu lắm");
    for (int i = 0; i < depth; i++)
        bt_buf_puts(&b, closing);
    bt_buf_puts(&b, "<p>Đoạn sau</p></body></html>");
    assert_false(b.failed);
    bt_error *err = bt_error_new();
    bt_document *doc = read_mem(b.data, b.len, NULL, err);
    if (!doc)
        fail_msg("%s", bt_error_message(err));
    char *d = dump(doc);
    assert_contains(d, "sâu lắm");
    assert_contains(d, "Đoạn sau");
    free(d);
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&b);
}

static void test_deep_nesting(void **state)
{
    (void)state;
    static const char *const divs[] = {"<div><b>", "<div>", "<div>"};
    read_deep(divs, "</div>", 100000);
}

/* Lists right inside lists (no <li>), nested past BT_MAX_DEPTH: flattened,
 * not read by a recursion as deep as the page (it overflowed the stack);
 * text in a list outside any <li>, as browsers show it, is an item. */
static void test_deep_lists(void **state)
{
    (void)state;
    static const char *const lists[] = {"<ul>", "<ul>", "<ul>"};
    read_deep(lists, "</ul>", 100000);
    static const char loose[] = "<html><body><p>Trước danh sách.</p><ul>Chữ rời <li>một</li>"
                                "</ul></body></html>";
    bt_error *err = bt_error_new();
    bt_document *doc = read_mem(loose, sizeof(loose) - 1, NULL, err);
    assert_non_null(doc);
    char *d = dump(doc);
    assert_contains(d, "Chữ rời");
    free(d);
    bt_document_free(doc);
    bt_error_free(err);
}

static void test_probe(void **state)
{
    (void)state;
    const bt_format *html = bt_format_by_name(NULL, "html");
    static const char *const yes[] = {
        "<!DOCTYPE html><html>", "\xEF\xBB\xBF  <html lang=vi>",
        "<!-- c --> <HEAD>",     "<p>x",
        "\n<div class=a>",       "<table>",
        "<meta charset=utf-8>",  "<body>",
    };
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
        assert_true(html->probe((const unsigned char *)yes[i], strlen(yes[i])) > 0);
    static const char *const no[] = {"Plain text title\n=====", "<pre", "<p\0\0"};
    assert_int_equal(html->probe((const unsigned char *)no[0], strlen(no[0])), 0);
    assert_int_equal(html->probe((const unsigned char *)no[1], 4), 0);
    assert_int_equal(html->probe((const unsigned char *)no[2], 4), 0);
}

/* ---- the Readability corpus: how much of the expected text is kept ---- */

typedef struct {
    char **w;
    size_t n, cap;
} words;

static void add_words(words *ws, const char *text)
{
    const char *p = text;
    while (*p) {
        while (*p && strchr(" \t\n\r.,;:!?\"'()[]", *p))
            p++;
        size_t len = strcspn(p, " \t\n\r.,;:!?\"'()[]");
        if (!len)
            break;
        if (ws->n == ws->cap) {
            ws->cap = ws->cap ? ws->cap * 2 : 256;
            ws->w = realloc(ws->w, ws->cap * sizeof(*ws->w));
        }
        ws->w[ws->n++] = strndup(p, len);
        p += len;
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t common(words *a, words *b)
{
    qsort(a->w, a->n, sizeof(char *), cmp_str);
    qsort(b->w, b->n, sizeof(char *), cmp_str);
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        int c = strcmp(a->w[i], b->w[j]);
        if (!c)
            n++, i++, j++;
        else if (c < 0)
            i++;
        else
            j++;
    }
    return n;
}

static void free_words(words *ws)
{
    for (size_t i = 0; i < ws->n; i++)
        free(ws->w[i]);
    free(ws->w);
}

static int block_words(bt_node *n, int entering, void *user)
{
    void **u = user;
    if (entering && !bt_node_is_inline(n->type) && n->first && bt_node_is_inline(n->first->type))
        add_words(u[1], bt_node_text(u[0], n));
    if (entering && n->type == BT_NODE_PRE)
        add_words(u[1], n->literal);
    return 0;
}

static void test_readability_corpus(void **state)
{
    (void)state;
    char dir[1024];
    snprintf(dir, sizeof(dir), "%s/../../shared/corpus/readability/test-pages", td(""));
    DIR *d = opendir(dir);
    if (!d) {
        print_message("skipped: no Readability corpus at %s\n", dir);
        skip();
    }
    double recall = 0, precision = 0;
    int pages = 0;
    const char *verbose = getenv("BT_VERBOSE");
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char src[2048], exp[2048];
        snprintf(src, sizeof(src), "%s/%s/source.html", dir, e->d_name);
        snprintf(exp, sizeof(exp), "%s/%s/expected.html", dir, e->d_name);
        size_t n;
        char *expected = slurp(exp, &n);
        if (!expected)
            continue;
        words want = {0}, got = {0};
        htmlDocPtr h = htmlReadMemory(expected, (int)n, NULL, "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
        bt_buf t = BT_BUF_INIT;
        if (h)
            bt_xhtml_dom_text(xmlDocGetRootElement(h), &t, 0);
        add_words(&want, t.data ? t.data : "");
        bt_buf_free(&t);
        xmlFreeDoc(h);
        free(expected);
        bt_error *err = bt_error_new();
        bt_document *doc = NULL;
        bt_read_file(NULL, bt_format_by_name(NULL, "html"), src, NULL, &doc, err);
        if (doc) {
            void *u[2] = {doc, &got};
            bt_node_walk(bt_document_body(doc), block_words, u);
        }
        size_t both = common(&want, &got);
        double r = want.n ? (double)both / (double)want.n : 1;
        double p = got.n ? (double)both / (double)got.n : 0;
        if (verbose)
            print_message("%-40s recall %.2f precision %.2f %s\n", e->d_name, r, p,
                          doc ? "" : bt_error_message(err));
        recall += r;
        precision += p;
        pages++;
        bt_document_free(doc);
        bt_error_free(err);
        free_words(&want);
        free_words(&got);
    }
    closedir(d);
    assert_true(pages > 0);
    recall /= pages;
    precision /= pages;
    print_message("Readability corpus: %d pages, mean word recall %.3f, precision %.3f\n", pages,
                  recall, precision);
    assert_true(recall >= BT_RECALL_FLOOR);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article),
        cmocka_unit_test(test_variants_identical),
        cmocka_unit_test(test_whole_page),
        cmocka_unit_test(test_caption_patterns),
        cmocka_unit_test(test_lazy_image),
        cmocka_unit_test(test_data_uri),
        cmocka_unit_test(test_remote_image),
        cmocka_unit_test(test_missing_image),
        cmocka_unit_test(test_headline_only),
        cmocka_unit_test(test_date_row_name),
        cmocka_unit_test(test_worded_dates),
        cmocka_unit_test(test_metadata_date_space),
        cmocka_unit_test(test_author_names),
        cmocka_unit_test(test_pseudo_headings),
        cmocka_unit_test(test_several_articles),
        cmocka_unit_test(test_density),
        cmocka_unit_test(test_jsonld),
        cmocka_unit_test(test_title_suffix),
        cmocka_unit_test(test_inlines_and_blocks),
        cmocka_unit_test(test_zero_width_paragraph),
        cmocka_unit_test(test_footnotes),
        cmocka_unit_test(test_model_reading),
        cmocka_unit_test(test_mark_abbr),
        cmocka_unit_test(test_lang_not_a_tag),
        cmocka_unit_test(test_math),
        cmocka_unit_test(test_media),
        cmocka_unit_test(test_media_in_cleaned_box),
        cmocka_unit_test(test_ruby),
        cmocka_unit_test(test_lead_by_description),
        cmocka_unit_test(test_lead_in_bold),
        cmocka_unit_test(test_figure_of_table),
        cmocka_unit_test(test_linked_heading),
        cmocka_unit_test(test_forced_encoding),
        cmocka_unit_test(test_windows_1252_references),
        cmocka_unit_test(test_damaged_utf8),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_fuzz_finds),
        cmocka_unit_test(test_dateline_row_lines),
        cmocka_unit_test(test_jsonld_article_body),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_deep_lists),
        cmocka_unit_test(test_probe),
        cmocka_unit_test(test_readability_corpus),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
