/* The plain-text writer: the convention of README.md, letter for letter. */
#include "util.h"

#include <stdio.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "unicode.h"

static char *to_text(bt_document *doc, int columns, const char *wrap)
{
    bt_options opt;
    bt_options_init(&opt);
    if (columns)
        test_option(&opt, "text:columns=%d", columns);
    if (wrap)
        test_option(&opt, "text:wrap=%s", wrap);
    return write_doc(doc, "text", &opt, NULL);
}

static size_t width(const char *s) { return bt_grapheme_count(s, strlen(s)); }

/* The dateline is one line, whatever its width: a reader finds it there. */
static void check_widths(const char *text, size_t columns)
{
    char *copy = strdup(text);
    for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n"))
        if (width(line) > columns && !strstr(line, "Xây dựng Đảng | "))
            fail_msg("line wider than %zu: %s", columns, line);
    free(copy);
}

/* "TEXT\n" followed by a line of c as wide as TEXT. */
static char *underlined(const char *text, char c)
{
    size_t n = width(text), len = strlen(text);
    char *s = malloc(len + n + 3);
    memcpy(s, text, len);
    s[len] = '\n';
    memset(s + len + 1, c, n);
    s[len + 1 + n] = '\n';
    s[len + n + 2] = '\0';
    return s;
}

static void check_article(const char *out, size_t columns)
{
    const seed_article *a = seed();
    char *title = underlined(a->title, '=');
    assert_true(!strncmp(out, title, strlen(title)));
    /* a blank line, then the date as Vietnamese papers write it */
    const char *dateline = "\nXây dựng Đảng | Thứ Hai, 09/10/2017 06:51\n\n";
    assert_true(!strncmp(out + strlen(title), dateline, strlen(dateline)));
    free(title);
    for (int i = 0; i < 2; i++) {
        char *h = underlined(a->heading[i], '-');
        char *framed = malloc(strlen(h) + 4);
        sprintf(framed, "\n\n%s\n", h);
        assert_contains(out, framed);
        free(framed);
        free(h);
    }
    char *joined = squeeze(out);
    char fig[1024];
    snprintf(fig, sizeof(fig), "[Ảnh 1: %s]", a->caption);
    assert_contains(joined, fig);
    assert_contains(joined, a->lead);
    for (int i = 0; i < 8; i++)
        assert_contains(joined, a->body[i]);
    free(joined);
    assert_contains(out, "\n\nHương Ly\n");
    assert_not_contains(out, "Bình luận");
    assert_not_contains(out, "Từ khoá");
    size_t len = strlen(out);
    assert_true(len > 2 && out[len - 1] == '\n' && out[len - 2] != '\n');
    check_widths(out, columns);
}

static void test_article(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    char *out = to_text(doc, 0, NULL);
    check_article(out, 72);
    free(out);
    out = to_text(doc, 40, NULL);
    check_article(out, 40);
    free(out);
    bt_document_free(doc);
}

/* --wrap=none: a paragraph is one line. */
static void test_no_wrap(void **state)
{
    (void)state;
    const seed_article *a = seed();
    bt_document *doc = article_doc(NULL);
    char *out = to_text(doc, 0, "none");
    char line[4096];
    for (int i = 0; i < 8; i++) {
        snprintf(line, sizeof(line), "\n%s\n", a->body[i]);
        assert_contains(out, line);
    }
    snprintf(line, sizeof(line), "\n%s\n", a->lead);
    assert_contains(out, line);
    snprintf(line, sizeof(line), "\n[Ảnh 1: %s]\n", a->caption);
    assert_contains(out, line);
    free(out);
    bt_document_free(doc);
}

static char *nfd(const char *s)
{
    UErrorCode st = U_ZERO_ERROR;
    UChar u[8192], d[16384];
    int32_t n, m, len;
    u_strFromUTF8(u, 8192, &n, s, -1, &st);
    m = unorm2_normalize(unorm2_getNFDInstance(&st), u, n, d, 16384, &st);
    char *out = malloc((size_t)m * 3 + 1);
    u_strToUTF8(out, m * 3 + 1, &len, d, m, &st);
    assert_true(U_SUCCESS(st));
    return out;
}

/* Text given decomposed is stored composed: the output is the same bytes. */
static void test_nfd_input(void **state)
{
    (void)state;
    char *d = nfd(seed()->body[0]);
    assert_string_not_equal(d, seed()->body[0]);
    free(d);
    bt_document *a = article_doc(NULL), *b = article_doc(nfd);
    char *ta = to_text(a, 0, NULL), *tb = to_text(b, 0, NULL);
    assert_string_equal(ta, tb);
    free(ta);
    free(tb);
    bt_document_free(a);
    bt_document_free(b);
}

static bt_node *block(bt_document *doc, bt_node *parent, bt_node_type type, const char *text)
{
    bt_node *n = bt_node_new(doc, type);
    bt_node_append(parent, n);
    if (text)
        assert_int_equal(bt_node_append_text(doc, n, text, strlen(text)), BT_OK);
    return n;
}

static void check_text(bt_document *doc, int columns, const char *expected)
{
    char *out = to_text(doc, columns, NULL);
    assert_string_equal(out, expected);
    free(out);
}

static void test_long_word(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    const char *url = "https://hanoimoi.com.vn/tin-tuc/Xay-dung-Dang/881234/"
                      "chu-dong-guong-mau-hoan-thanh-nhiem-vu";
    char text[512];
    snprintf(text, sizeof(text), "Xem %s để biết thêm.", url);
    block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, text);
    char expected[512];
    snprintf(expected, sizeof(expected), "Xem\n%s\nđể biết thêm.\n", url);
    check_text(doc, 40, expected);
    bt_document_free(doc);
}

static void test_headings(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    for (int level = 1; level <= 4; level++) {
        bt_node *h = block(doc, body, BT_NODE_HEADING, "Rõ trọng tâm");
        bt_node_set_heading_level(h, level);
    }
    bt_node *h = block(doc, body, BT_NODE_HEADING, "Triển khai toàn diện nhiệm vụ chính trị");
    bt_node_set_heading_level(h, 2);
    check_text(doc, 20,
               "Rõ trọng tâm\n============\n\nRõ trọng tâm\n------------\n\n### Rõ trọng tâm\n\n"
               "#### Rõ trọng tâm\n\n"
               /* a heading wider than the line stays one line, underlined as wide */
               "Triển khai toàn diện nhiệm vụ chính trị\n"
               "---------------------------------------\n");
    bt_document_free(doc);
}

static const char *next_line(const char *s) { return strchr(s, '\n') + 1; }

static void check_underlined(const char *at, const char *text, char c)
{
    size_t len = strlen(text), n = width(text);
    assert_true(!strncmp(at, text, len) && at[len] == '\n');
    const char *under = at + len + 1;
    for (size_t i = 0; i < n; i++)
        assert_int_equal(under[i], c);
    assert_int_equal(under[n], '\n');
}

/* A 150-cluster title and a 100-cluster heading: one line each, never
 * wrapped, underlined with as many characters as they have clusters. */
static void test_long_title_one_line(void **state)
{
    (void)state;
    static const char *const title =
        "Hà Nội: Thành phố đẩy mạnh chuyển đổi số trong quản lý đô thị, nâng cao chất lượng "
        "dịch vụ công và đời sống người dân ở tất cả các quận, huyện, thị xã";
    static const char *const h2 = "Giải pháp phát triển giao thông công cộng bền vững cho những "
                                  "đô thị lớn trên cả nước từ nay đến 2030";
    assert_int_equal(width(title), 150);
    assert_int_equal(width(h2), 100);
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, title);
    bt_node *h = block(doc, bt_document_body(doc), BT_NODE_HEADING, h2);
    bt_node_set_heading_level(h, 2);
    block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, title);
    char *out = to_text(doc, 0, NULL);
    check_underlined(out, title, '=');
    const char *at = next_line(next_line(out));
    assert_int_equal(*at, '\n');
    check_underlined(at + 1, h2, '-');
    /* the paragraph still wraps */
    check_widths(next_line(next_line(at + 1)), 72);
    free(out);
    bt_document_free(doc);
}

static void test_lists_quotes_pre_rule_table(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    block(doc, body, BT_NODE_PARAGRAPH, "Mở đầu.");
    bt_node *ul = block(doc, body, BT_NODE_LIST, NULL);
    bt_node *it = block(doc, ul, BT_NODE_ITEM, NULL);
    block(doc, it, BT_NODE_PARAGRAPH, "một hai ba bốn năm sáu bảy tám");
    bt_node *nested = block(doc, it, BT_NODE_LIST, NULL);
    bt_node_set_list(nested, 1, 9);
    block(doc, block(doc, nested, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "chín");
    block(doc, block(doc, nested, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "mười mười một mười hai");
    block(doc, ul, BT_NODE_ITEM, "hai");
    bt_node *q = block(doc, body, BT_NODE_QUOTE, NULL);
    block(doc, q, BT_NODE_PARAGRAPH, "Lời trích dẫn khá dài để xuống dòng.");
    block(doc, q, BT_NODE_PARAGRAPH, "Đoạn hai.");
    bt_node *pre = block(doc, body, BT_NODE_PRE, NULL);
    bt_node_set_literal(doc, pre, "int x;\n\n  return x; // không bao giờ ngắt dòng này\n", 57);
    block(doc, body, BT_NODE_RULE, NULL);
    bt_node *table = block(doc, body, BT_NODE_TABLE, NULL);
    for (int r = 0; r < 2; r++) {
        bt_node *row = block(doc, table, BT_NODE_ROW, NULL);
        block(doc, row, BT_NODE_CELL, r ? "Hà Nội" : "Tỉnh");
        block(doc, row, BT_NODE_CELL, r ? "8,05" : "Dân số (triệu)");
    }
    check_text(doc, 20,
               "Mở đầu.\n"
               "\n"
               "- một hai ba bốn năm\n"
               "  sáu bảy tám\n"
               "  9. chín\n"
               "  10. mười mười một\n"
               "      mười hai\n"
               "- hai\n"
               "\n"
               "> Lời trích dẫn khá\n"
               "> dài để xuống dòng.\n"
               ">\n"
               "> Đoạn hai.\n"
               "\n"
               "    int x;\n"
               "\n"
               "      return x; // không bao giờ ngắt dòng này\n"
               "\n"
               "* * *\n"
               "\n"
               "Tỉnh | Dân số (triệu)\n"
               "Hà Nội | 8,05\n");
    bt_document_free(doc);
}

static bt_node *figure(bt_document *doc, const char *caption, const char *credit, const char *alt)
{
    bt_node *fig = block(doc, bt_document_body(doc), BT_NODE_FIGURE, NULL);
    if (alt)
        bt_node_set_literal(doc, fig, alt, strlen(alt));
    if (caption)
        block(doc, fig, BT_NODE_CAPTION, caption);
    if (credit)
        block(doc, fig, BT_NODE_CREDIT, credit);
    return fig;
}

/* Write doc as text into a string, with its events in err. */
static char *to_text_events(bt_document *doc, bt_error *err, bt_status *status)
{
    bt_options opt;
    bt_options_init(&opt);
    unsigned char *data;
    size_t size;
    *status = bt_write_memory(bt_format_by_name(NULL, "text"), doc, &opt, &data, &size, err);
    assert_int_not_equal(*status, BT_FAILED);
    data = realloc(data, size + 1);
    data[size] = '\0';
    return (char *)data;
}

/* The items of the events of one effect and kind. */
static size_t events(const bt_error *err, bt_event_effect effect, bt_loss_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        if (bt_error_event_effect(err, i) == effect && bt_error_event_kind(err, i) == kind)
            n += bt_error_event_items(err, i);
    return n;
}

/* The text of a document with text:images=all. */
static char *to_text_all_images(bt_document *doc)
{
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "text:images=all");
    return write_doc(doc, "text", &opt, NULL);
}

static void test_figures(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_LANGUAGE, "en-GB");
    figure(doc, "Hoan Kiem Lake", "Photo: Huong Ly", NULL);
    figure(doc, NULL, NULL, "The alt text");
    /* a picture with neither caption nor credit has no words of the text */
    check_text(doc, 0, "[Image 1: Hoan Kiem Lake — Photo: Huong Ly]\n");
    char *all = to_text_all_images(doc);
    assert_string_equal(all,
                        "[Image 1: Hoan Kiem Lake — Photo: Huong Ly]\n\n[Image: The alt text]\n");
    free(all);
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi-VN");
    all = to_text_all_images(doc);
    assert_string_equal(all, "[Ảnh 1: Hoan Kiem Lake — Photo: Huong Ly]\n\n[Ảnh: The alt text]\n");
    free(all);
    /* a credit's label goes before the name, as the caption's does */
    bt_node *credit = figure(doc, "Hồ Gươm", "Hương Ly", NULL);
    bt_node_set_label(doc, bt_node_figure_credit(credit), "Ảnh");
    check_text(doc, 0,
               "[Ảnh 1: Hoan Kiem Lake — Photo: Huong Ly]\n\n[Ảnh 2: Hồ Gươm — Ảnh: Hương Ly]\n");
    /* said as a change of kind image, not a loss: --strict passes */
    bt_error *err = bt_error_new();
    bt_status status;
    free(to_text_events(doc, err, &status));
    assert_int_equal(events(err, BT_EVENT_CHANGED, BT_LOSS_IMAGE), 1);
    assert_int_equal(events(err, BT_EVENT_LOST, BT_LOSS_IMAGE), 0);
    assert_int_equal(bt_error_event_count(err), 1);
    assert_contains(bt_error_event_message(err, 0), "text:images=all");
    bt_error_free(err);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "text:images=every");
    err = bt_error_new();
    unsigned char *data = NULL;
    size_t size;
    assert_int_equal(bt_write_memory(bt_format_by_name(NULL, "text"), doc, &opt, &data, &size, err),
                     BT_FAILED);
    assert_contains(bt_error_message(err), "text:images wants 'captioned' or 'all'");
    free(data);
    bt_error_free(err);
    bt_document_free(doc);
}

/* A credited picture without a caption shows its alt text, unless the
 * alt only repeats the credit (alt="Image Credit: Pexels"), apart from the
 * credit by a dash. */
static void test_alt_repeating_credit(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_LANGUAGE, "en");
    bt_node *fig = figure(doc, NULL, "Pexels", "image credit: pexels");
    bt_node_set_label(doc, bt_node_figure_credit(fig), "Image Credit");
    figure(doc, NULL, "Photo: Huong Ly", "Hoan Kiem Lake at dawn");
    /* the source set the credit apart from no caption: the alt text is no
     * caption it was set against */
    fig = figure(doc, NULL, "hootsuite.com", "ROI of social platforms");
    bt_node_set_label(doc, bt_node_figure_credit(fig), "Source");
    assert_int_equal(bt_node_set_credit_apart(doc, bt_node_figure_credit(fig), "", ""), BT_OK);
    check_text(doc, 0,
               "[Image 1 — Image Credit: Pexels]\n\n"
               "[Image 2: Hoan Kiem Lake at dawn — Photo: Huong Ly]\n\n"
               "[Image 3: ROI of social platforms — Source: hootsuite.com]\n");
    bt_document_free(doc);
}

/* A list of pictures without captions (a gallery's thumbnails) leaves no
 * empty items behind; an item empty in the document stays one. */
static void test_bare_picture_items(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *list = block(doc, bt_document_body(doc), BT_NODE_LIST, NULL);
    for (int i = 0; i < 2; i++) {
        bt_node *item = block(doc, list, BT_NODE_ITEM, NULL);
        bt_node *fig = block(doc, item, BT_NODE_FIGURE, NULL);
        bt_node_set_literal(doc, fig, "thumbnail", strlen("thumbnail"));
    }
    block(doc, block(doc, list, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "A line of text.");
    block(doc, list, BT_NODE_ITEM, NULL);
    check_text(doc, 0, "- A line of text.\n-\n");
    char *all = to_text_all_images(doc);
    assert_string_equal(all, "- [Image: thumbnail]\n- [Image: thumbnail]\n- A line of text.\n-\n");
    free(all);
    bt_document_free(doc);
}

/* Soft hyphens and zero-width spaces are dropped, no-break spaces kept
 * (and never broken at); emphasis and links keep only their text. */
static void test_invisible_characters(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *p = block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH,
                       "Thủ\xC2\xAD đô\xE2\x80\x8B 10\xC2\xA0km ");
    bt_node *em = block(doc, p, BT_NODE_EMPH, "nhấn");
    bt_node_append(p, em);
    bt_node *a = block(doc, p, BT_NODE_LINK, " liên   kết");
    bt_node_set_literal(doc, a, "https://x.vn", 12);
    bt_node_append(p, bt_node_new(doc, BT_NODE_BREAK));
    bt_node_append_text(doc, p, "dòng mới", strlen("dòng mới"));
    check_text(doc, 0, "Thủ đô 10\xC2\xA0km nhấn liên kết\ndòng mới\n");
    bt_document_free(doc);
}

/* The dateline: either part alone; authors when the body has no byline. */
static void test_dateline_and_authors(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Tin vắn");
    bt_document_set_meta(doc, BT_META_DATE, "2017-10-09");
    bt_document_add_meta(doc, BT_META_AUTHOR, "Hương Ly");
    bt_document_add_meta(doc, BT_META_AUTHOR, "Minh Anh");
    block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, "Nội dung.");
    /* no language: the date in English */
    check_text(doc, 0,
               "Tin vắn\n=======\n\nMonday, October 9, 2017\n\nNội dung.\n\nHương Ly, Minh Anh\n");
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    check_text(doc, 0,
               "Tin vắn\n=======\n\nThứ Hai, 09/10/2017\n\nNội dung.\n\nHương Ly, Minh Anh\n");
    /* the source's own words for the date win over the metadata's */
    bt_node *shown = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_set_role(shown, BT_ROLE_DATELINE);
    assert_int_equal(bt_node_append_text(doc, shown, "9/10/2017, 06:51", 16), BT_OK);
    bt_node *body = bt_document_body(doc), *first = bt_node_first_child(body);
    bt_node_unlink(first);
    bt_node_append(body, shown);
    bt_node_append(body, first);
    check_text(doc, 0, "Tin vắn\n=======\n\n9/10/2017, 06:51\n\nNội dung.\n\nHương Ly, Minh Anh\n");
    bt_node_unlink(shown);
    bt_document_set_meta(doc, BT_META_DATE, NULL);
    bt_document_set_meta(doc, BT_META_SECTION, "Thời sự");
    check_text(doc, 0, "Tin vắn\n=======\n\nThời sự\n\nNội dung.\n\nHương Ly, Minh Anh\n");
    bt_document_free(doc);
}

/* Every node type by its convention; what plain text cannot mark (underline,
 * strike, a cell's span) is kept as text and reported changed, once a kind;
 * nothing is lost but the image, which the format cannot hold. */
static void test_every_node(void **state)
{
    (void)state;
    bt_document *doc = every_node_doc();
    bt_error err = BT_ERROR_INIT;
    bt_status status;
    char *out = to_text_events(doc, &err, &status);
    assert_string_equal(out, "Mọi loại nút\n"
                             "============\n"
                             "\n"
                             /* the date is the dateline paragraph's, in the head */
                             "Thử nghiệm | Thứ Hai, 09/10/2017 06:51\n"
                             "\n"
                             "Đoạn dẫn của bài.\n"
                             "\n"
                             "Phần một\n"
                             "--------\n"
                             "\n"
                             "Mở đầu nghiêng, đậm, liên kết, x = 1, 105 m, H2O.\n"
                             "Ông nói “phải ‘làm ngay’”, gạch dưới, gạch ngang, il dit "
                             "«\u00a0bonjour\u00a0»[1].\n"
                             "\n"
                             "[Ảnh 1: Quang cảnh hội nghị. — Ảnh: Hương Ly]\n"
                             "\n"
                             "> Lời trích.\n"
                             "\n"
                             "1. Một.\n"
                             "2. Hai.\n"
                             "\n"
                             "* * *\n"
                             "\n"
                             "Dân số năm 2017\n"
                             "\n"
                             "Tỉnh | Năm | Triệu\n"
                             "Hà Nội | 2017 | 7,7\n"
                             "Chưa có số liệu | —\n"
                             "\n"
                             "    a  b\n"
                             "      c\n"
                             "\n"
                             "### Phần hai\n"
                             "\n"
                             "Đoạn cuối.\n"
                             "\n"
                             "Hương Ly\n"
                             "\n"
                             "---\n"
                             "\n"
                             "[1] Chú thích một.\n");
    assert_int_equal(status, BT_OK);
    assert_int_equal(bt_error_lost(&err, BT_LOSS_KIND_COUNT_), 0);
    assert_int_equal(bt_error_event_count(&err), 2);
    assert_int_equal(events(&err, BT_EVENT_CHANGED, BT_LOSS_INLINE), 2);
    assert_int_equal(events(&err, BT_EVENT_CHANGED, BT_LOSS_TABLE), 1);
    bt_error_clear(&err);
    free(out);
    bt_document_free(doc);
}

static bt_node *quotation_in(bt_document *doc, bt_node *parent, const char *text)
{
    return block(doc, parent, BT_NODE_QUOTATION, text);
}

/* The marks of the document's language, or of the span around the
 * quotation; nested quotations take the language's inner marks. */
static void test_quotation_marks(void **state)
{
    (void)state;
    static const struct {
        const char *lang, *expected;
    } cases[] = {
        {NULL, "“a ‘b “c”’”\n"},
        {"vi", "“a ‘b “c”’”\n"},
        {"en-GB", "“a ‘b “c”’”\n"},
        {"de-AT", "„a ‚b „c“‘“\n"},
        {"fr", "«\u00a0a “b «\u00a0c\u00a0»”\u00a0»\n"},
        {"ru", "«a „b «c»“»\n"},
        {"ja", "「a 『b 「c」』」\n"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_document *doc = bt_document_new();
        bt_document_set_meta(doc, BT_META_LANGUAGE, cases[i].lang);
        bt_node *p = block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, NULL);
        quotation_in(doc, quotation_in(doc, quotation_in(doc, p, "a "), "b "), "c ");
        check_text(doc, 0, cases[i].expected);
        bt_document_free(doc);
    }
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    bt_node *p = block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, "Ông nói ");
    bt_node *span = block(doc, p, BT_NODE_SPAN, "er sagte ");
    bt_node_set_language(doc, span, "de");
    quotation_in(doc, span, "ja");
    quotation_in(doc, p, "vâng");
    check_text(doc, 0, "Ông nói er sagte „ja““vâng”\n");
    bt_document_free(doc);
}

/* Notes go to the end after "---", wherever they are, each "[mark] text"
 * with its other lines indented under the text; a note without a label is
 * numbered, and its marks in the text with it. */
static void test_notes(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_node *a = bt_node_new(doc, BT_NODE_NOTE), *b = bt_node_new(doc, BT_NODE_NOTE);
    bt_node_set_label(doc, a, "*");
    bt_node *p = block(doc, body, BT_NODE_PARAGRAPH, "Một");
    bt_node_set_note(block(doc, p, BT_NODE_NOTE_REF, NULL), a);
    bt_node_append_text(doc, p, " hai", 4);
    bt_node_set_note(block(doc, p, BT_NODE_NOTE_REF, NULL), b);
    bt_node_append(body, a);
    block(doc, a, BT_NODE_PARAGRAPH, "Ghi chú dài hơn một dòng.");
    block(doc, a, BT_NODE_PARAGRAPH, "Đoạn hai.");
    block(doc, body, BT_NODE_PARAGRAPH, "Cuối.");
    bt_node_append(body, b);
    block(doc, b, BT_NODE_PARAGRAPH, "Không nhãn.");
    check_text(doc, 20,
               "Một[*] hai[2]\n"
               "\n"
               "Cuối.\n"
               "\n"
               "---\n"
               "\n"
               "[*] Ghi chú dài hơn\n"
               "    một dòng.\n"
               "\n"
               "    Đoạn hai.\n"
               "\n"
               "[2] Không nhãn.\n");
    bt_document_free(doc);
}

/* Write doc as text: expected, and count items of kind reported lost. */
static void check_lost(bt_document *doc, const char *expected, bt_loss_kind kind, size_t count)
{
    bt_error err = BT_ERROR_INIT;
    bt_status status;
    char *out = to_text_events(doc, &err, &status);
    assert_string_equal(out, expected);
    assert_int_equal(status, BT_WARN);
    assert_int_equal(bt_error_lost(&err, kind), count);
    bt_error_clear(&err);
    free(out);
}

/* A footnote mark with neither a label nor a note is lost, and said so. */
static void test_unmarked_note_ref(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *p = block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, "Văn bản");
    bt_node_append(p, bt_node_new(doc, BT_NODE_NOTE_REF));
    check_lost(doc, "Văn bản\n", BT_LOSS_FOOTNOTE, 1);
    bt_document_free(doc);
}

/* A node of a type the writer does not know keeps its text and is reported
 * lost: no type is dropped in silence. */
static void test_unknown_node(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *p = block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, "Một ");
    block(doc, p, (bt_node_type)(BT_NODE_NOTE + 1), "hai");
    block(doc, p, (bt_node_type)(BT_NODE_NOTE + 7), " ba");
    check_lost(doc, "Một hai ba\n", BT_LOSS_OTHER, 2);
    bt_document_free(doc);
}

/* A table's caption is a paragraph before it, inside the frames around the
 * table; a spanning cell is one cell. */
static void test_table_caption(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *quote = block(doc, bt_document_body(doc), BT_NODE_QUOTE, NULL);
    bt_node *table = block(doc, quote, BT_NODE_TABLE, NULL);
    block(doc, table, BT_NODE_CAPTION, "Bảng một");
    bt_node *row = block(doc, table, BT_NODE_ROW, NULL);
    bt_node_set_cell_span(block(doc, row, BT_NODE_CELL, "a"), 1, 2);
    block(doc, row, BT_NODE_CELL, "b");
    check_text(doc, 0, "> Bảng một\n>\n> a | b\n");
    bt_document_free(doc);
}

/* The date under the title when no dateline paragraph has it. */
static void test_dateline_paragraph(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Tin");
    bt_document_set_meta(doc, BT_META_DATE, "2017-10-09");
    bt_node *p = block(doc, bt_document_body(doc), BT_NODE_PARAGRAPH, "Nội dung.");
    check_text(doc, 0, "Tin\n===\n\nMonday, October 9, 2017\n\nNội dung.\n");
    /* the body's dateline goes to the head, in place of the metadata's date */
    bt_node_set_role(p, BT_ROLE_DATELINE);
    check_text(doc, 0, "Tin\n===\n\nNội dung.\n");
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article),
        cmocka_unit_test(test_no_wrap),
        cmocka_unit_test(test_nfd_input),
        cmocka_unit_test(test_long_word),
        cmocka_unit_test(test_headings),
        cmocka_unit_test(test_long_title_one_line),
        cmocka_unit_test(test_lists_quotes_pre_rule_table),
        cmocka_unit_test(test_figures), cmocka_unit_test(test_alt_repeating_credit),
        cmocka_unit_test(test_bare_picture_items),
        cmocka_unit_test(test_invisible_characters),
        cmocka_unit_test(test_dateline_and_authors),
        cmocka_unit_test(test_every_node),
        cmocka_unit_test(test_quotation_marks),
        cmocka_unit_test(test_notes),
        cmocka_unit_test(test_unmarked_note_ref),
        cmocka_unit_test(test_unknown_node),
        cmocka_unit_test(test_table_caption),
        cmocka_unit_test(test_dateline_paragraph),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
