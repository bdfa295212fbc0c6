/* Every named limit of src/limit.h and src/image.h, at and past it. */
#include "util.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "document.h"
#include "image.h"
#include "limit.h"
#include "stylesheet.h"
#include "xml.h"

static int quote_depth(const bt_node *n)
{
    int depth = 0;
    while (n) {
        const bt_node *q = NULL;
        for (const bt_node *c = n->first; c; c = c->next)
            if (c->type == BT_NODE_QUOTE)
                q = c;
        if (!q)
            break;
        depth++;
        n = q;
    }
    return depth;
}

/* A page holding inner in levels nested blockquotes, read as HTML. */
static bt_document *read_nested(int levels, const char *inner, bt_error *err, bt_status *st)
{
    bt_buf html = BT_BUF_INIT;
    bt_buf_puts(&html, "<html><body><main><p>Mở đầu.</p>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&html, "<blockquote>");
    bt_buf_puts(&html, inner);
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&html, "</blockquote>");
    bt_buf_puts(&html, "</main></body></html>");
    bt_input in = {(const unsigned char *)html.data, html.len, NULL};
    bt_document *doc = NULL;
    *st = bt_read(NULL, bt_format_by_name(NULL, "html"), &in, NULL, &doc, err);
    bt_buf_free(&html);
    return doc;
}

/* HTML nested blockquotes: kept up to the limit, flattened past it, the
 * innermost text never lost. */
static void check_html_depth(int levels, int keep_all)
{
    bt_status st;
    bt_document *doc = read_nested(levels, "<p>Chữ ở tầng sâu nhất.</p>", NULL, &st);
    assert_int_not_equal(st, BT_FAILED);
    int depth = quote_depth(bt_document_body(doc));
    if (keep_all)
        assert_int_equal(depth, levels);
    else
        assert_true(depth < levels && depth >= BT_MAX_DEPTH - 16);
    assert_contains(bt_node_text(doc, bt_document_body(doc)), "Chữ ở tầng sâu nhất.");
    bt_document_free(doc);
}

static void test_nesting_depth(void **state)
{
    (void)state;
    /* the body, main and the paragraph take levels of their own */
    check_html_depth(BT_MAX_DEPTH - 8, 1);
    check_html_depth(BT_MAX_DEPTH + 1, 0);
    check_html_depth(10 * BT_MAX_DEPTH, 0);
}

/* A formula of levels square roots, and of levels accents (each read
 * once: this many levels of two readings each would never end): roots as
 * deep as the limit, then the innermost letter as text. */
static void check_math_depth(int levels)
{
    bt_buf html = BT_BUF_INIT;
    bt_buf_puts(&html, "<html><body><p>Root: <math>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&html, "<msqrt>");
    bt_buf_puts(&html, "<mi>x</mi>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&html, "</msqrt>");
    bt_buf_puts(&html, "</math> and accents: <math>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&html, "<mover>");
    bt_buf_puts(&html, "<mi>q</mi>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&html, "<mo>¯</mo></mover>");
    bt_buf_puts(&html, "</math>.</p></body></html>");
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:whole-page");
    bt_input in = {(const unsigned char *)html.data, html.len, NULL};
    bt_document *doc = NULL;
    bt_error *err = bt_error_new();
    assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, "html"), &in, &opt, &doc, err),
                         BT_FAILED);
    const char *text = bt_node_text(doc, bt_document_body(doc));
    int roots = levels < BT_MAX_MATH_DEPTH ? levels : BT_MAX_MATH_DEPTH;
    assert_int_equal(occurrences(text, "√"), roots);
    assert_contains(text, "√x");
    assert_contains(text, "q");
    assert_contains(text, " and accents: ");
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&html);
}

static void test_math_depth(void **state)
{
    (void)state;
    check_math_depth(BT_MAX_MATH_DEPTH - 1);
    check_math_depth(BT_MAX_MATH_DEPTH);
    check_math_depth(BT_MAX_MATH_DEPTH + 1);
    check_math_depth(20 * BT_MAX_MATH_DEPTH);
}

/* A page of levels nested <div>s, a word in each of the last 20, read
 * whole: the extractor sees BT_MAX_PAGE_DEPTH levels and the content below
 * unwrapped; every word stays, in order and apart from the next. */
static void check_page_depth(int levels)
{
    bt_buf html = BT_BUF_INIT, want = BT_BUF_INIT;
    bt_buf_puts(&html, "<html><body>");
    for (int i = 0; i < levels; i++)
        if (i < levels - 20) {
            bt_buf_puts(&html, "<div>");
        } else {
            bt_buf_printf(&html, "<div><b>từ%d</b>", i);
            bt_buf_printf(&want, "%stừ%d", want.len ? " " : "", i);
        }
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&html, "</div>");
    bt_buf_puts(&html, "</body></html>");
    bt_input in = {(const unsigned char *)html.data, html.len, NULL};
    bt_options opt;
    bt_options_init(&opt);
    static const char *const whole[] = {"html:whole-page", NULL};
    opt.format_options = whole;
    bt_document *doc = NULL;
    assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, "html"), &in, &opt, &doc, NULL),
                         BT_FAILED);
    unsigned char *out;
    size_t size;
    assert_int_not_equal(
        bt_write_memory(bt_format_by_name(NULL, "text"), doc, NULL, &out, &size, NULL), BT_FAILED);
    char *written = strndup((const char *)out, size), *text = squeeze(written);
    assert_string_equal(text, want.data);
    free(text);
    free(written);
    free(out);
    bt_document_free(doc);
    bt_buf_free(&html);
    bt_buf_free(&want);
}

static void test_page_depth(void **state)
{
    (void)state;
    check_page_depth(BT_MAX_PAGE_DEPTH);
    check_page_depth(BT_MAX_PAGE_DEPTH + 1);
    check_page_depth(BT_MAX_PAGE_DEPTH + 20);
    check_page_depth(50 * BT_MAX_PAGE_DEPTH);
}

/* An image below the limit is read; one past it is left out with a
 * warning, the text around it kept. */
static void check_image_depth(int levels, const char *warning)
{
    bt_error *err = bt_error_new();
    bt_status st;
    bt_document *doc = read_nested(
        levels, "<p>Trước ảnh <img src=\"https://example.com/a.jpg\" alt=\"\"> sau ảnh.</p>", err,
        &st);
    assert_int_equal(st, BT_WARN);
    const char *text = bt_node_text(doc, bt_document_body(doc));
    assert_contains(text, "Trước ảnh");
    assert_contains(text, "sau ảnh.");
    const char *last = bt_error_event_message(err, bt_error_event_count(err) - 1);
    if (warning)
        assert_string_equal(last, warning);
    else
        assert_null(strstr(last, "nested deeper"));
    bt_document_free(doc);
    bt_error_free(err);
}

static void test_image_depth(void **state)
{
    (void)state;
    check_image_depth(BT_MAX_DEPTH - 8, NULL);
    check_image_depth(BT_MAX_DEPTH + 1, "1 image nested deeper than 256 elements left out");
}

/* Plain-text quotes nest to the limit too, then the rest is text. */
static void test_text_depth(void **state)
{
    (void)state;
    bt_buf t = BT_BUF_INIT;
    for (int i = 0; i < BT_MAX_DEPTH + 10; i++)
        bt_buf_puts(&t, "> ");
    bt_buf_puts(&t, "Chữ ở tầng sâu nhất.\n");
    bt_input in = {(const unsigned char *)t.data, t.len, NULL};
    bt_document *doc;
    assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, "text"), &in, NULL, &doc, NULL),
                         BT_FAILED);
    assert_true(quote_depth(bt_document_body(doc)) <= BT_MAX_DEPTH);
    assert_contains(bt_node_text(doc, bt_document_body(doc)), "Chữ ở tầng sâu nhất.");
    bt_document_free(doc);
    bt_buf_free(&t);
}

/* An HTML page with one ordered list starting at start, read. */
static bt_document *read_list(const char *start, char *warning, size_t cap)
{
    char html[512];
    int len = snprintf(html, sizeof(html),
                       "<html><body><main><p>Danh sách dưới đây.</p><ol start=\"%s\">"
                       "<li>một</li><li>hai</li></ol></main></body></html>",
                       start);
    bt_input in = {(const unsigned char *)html, (size_t)len, NULL};
    bt_document *doc;
    bt_error *err = bt_error_new();
    assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, "html"), &in, NULL, &doc, err),
                         BT_FAILED);
    snprintf(warning, cap, "%s", "");
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        if (strstr(bt_error_event_message(err, i), "list start"))
            snprintf(warning, cap, "%s", bt_error_event_message(err, i));
    bt_error_free(err);
    return doc;
}

/* The output of a document in a format, NUL-terminated; malloc'd. */
static char *written(bt_document *doc, const char *format)
{
    unsigned char *data = NULL;
    size_t size = 0;
    assert_int_not_equal(
        bt_write_memory(bt_format_by_name(NULL, format), doc, NULL, &data, &size, NULL), BT_FAILED);
    char *s = realloc(data, size + 1);
    s[size] = '\0';
    return s;
}

/* A list start of BT_MAX_LIST_START is kept, and its items numbered on past
 * it; a larger start (past int too) is clamped to it with a warning, either
 * sign.  No writer overflows. */
static void test_list_start(void **state)
{
    (void)state;
    static const struct {
        const char *start, *text, *warning;
    } cases[] = {
        {"999999999", "999999999. một\n1000000000. hai", ""},
        {"1000000000", "999999999. một\n1000000000. hai",
         "list start 1000000000 clamped to 999999999"},
        {"2147483647", "999999999. một\n1000000000. hai",
         "list start 2147483647 clamped to 999999999"},
        {"-2147483649", "-999999999. một\n-999999998. hai",
         "list start -2147483649 clamped to -999999999"},
        {"99999999999999999999999", "999999999. một\n1000000000. hai",
         "clamped to 999999999"}, /* strtol's LONG_MAX, whatever its width */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char warning[200];
        bt_document *doc = read_list(cases[i].start, warning, sizeof(warning));
        if (*cases[i].warning)
            assert_contains(warning, cases[i].warning);
        else
            assert_string_equal(warning, "");
        char *text = written(doc, "text");
        assert_contains(text, cases[i].text);
        free(text);
        char *html = written(doc, "html");
        assert_contains(html, cases[i].start[0] == '-' ? "<ol start=\"-999999999\">"
                                                       : "<ol start=\"999999999\">");
        free(html);
        bt_document_free(doc);
    }
    /* through the API too */
    bt_document *doc = bt_document_new();
    bt_node *list = bt_node_new(doc, BT_NODE_LIST);
    bt_node_set_list(list, 1, INT_MAX);
    assert_int_equal(list->level, BT_MAX_LIST_START);
    bt_document_free(doc);
}

/* An image of BT_MAX_IMAGE_BYTES is a resource; one byte more is refused. */
static void test_image_bytes(void **state)
{
    (void)state;
    unsigned char *big = calloc(1, (size_t)BT_MAX_IMAGE_BYTES + 1);
    memcpy(big, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10", 24);
    bt_document *doc = bt_document_new();
    assert_int_equal(bt_document_add_resource(doc, "a.png", NULL, big, BT_MAX_IMAGE_BYTES), 0);
    assert_int_equal(bt_resource_width(doc, 0), 16);
    assert_int_equal(bt_document_add_resource(doc, "b.png", NULL, big, BT_MAX_IMAGE_BYTES + 1u),
                     -1);
    bt_document_free(doc);
    free(big);
}

/* Pixel sizes past BT_MAX_IMAGE_SIDE are not believed. */
static void test_image_side(void **state)
{
    (void)state;
    unsigned char gif[10] = "GIF89a";
    const char *type;
    int w, h;
    gif[6] = 0xFF, gif[7] = 0xFF, gif[8] = 1, gif[9] = 0; /* 65535 x 1: at the limit */
    assert_true(bt_image_sniff(gif, 10, &type, &w, &h));
    assert_int_equal(w, BT_MAX_IMAGE_SIDE);
    unsigned char png[24];
    memcpy(png, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\x01\0\0\0\0\0\x01", 24); /* 65536 x 1 */
    assert_true(bt_image_sniff(png, 24, &type, &w, &h));
    assert_int_equal(w, 0);
    assert_int_equal(h, 0);
}

/* An input past BT_MAX_INPUT_BYTES is refused before it is read (a sparse
 * file: no memory, no time). */
static void test_input_size(void **state)
{
    (void)state;
    char path[600];
    snprintf(path, sizeof(path), "%s/huge.html", tmpdir());
    int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0644);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (off_t)BT_MAX_INPUT_BYTES + 1), 0);
    close(fd);
    bt_document *doc;
    bt_error *err = bt_error_new();
    assert_int_equal(bt_read_file(NULL, NULL, path, NULL, &doc, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_LIMIT);
    assert_contains(bt_error_message(err), "larger than 512 MiB");
    bt_error_free(err);
    unlink(path);
}

/* A page whose paragraph has count attributes, each written as form gives it
 * (a printf format of the attribute's number), between before and after. */
static bt_status read_attributes(int count, const char *form, const char *before, const char *after,
                                 bt_error *err)
{
    bt_buf html = BT_BUF_INIT;
    bt_buf_printf(&html, "<html><body><main>%s<p", before);
    for (int i = 0; i < count; i++) {
        bt_buf_putc(&html, ' ');
        bt_buf_printf(&html, form, i);
    }
    bt_buf_printf(&html, ">Đoạn văn của bài.</p>%s</main></body></html>", after);
    bt_input in = {(const unsigned char *)html.data, html.len, NULL};
    bt_document *doc = NULL;
    bt_status s = bt_read(NULL, bt_format_by_name(NULL, "html"), &in, NULL, &doc, err);
    if (s != BT_FAILED)
        assert_contains(bt_node_text(doc, bt_document_body(doc)), "Đoạn văn của bài.");
    bt_document_free(doc);
    bt_buf_free(&html);
    return s;
}

static void refused_attributes(int count, const char *form)
{
    bt_error *err = bt_error_new();
    assert_int_equal(read_attributes(count, form, "", "", err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_LIMIT);
    assert_contains(bt_error_message(err), "more than 1000 attributes");
    bt_error_free(err);
}

/* BT_MAX_ATTRIBUTES on one element are read, one more is refused before
 * libxml2 parses the page, whatever the attributes' form; attributes that
 * are text (in a comment, a script, another's value) do not count. */
static void test_attributes(void **state)
{
    (void)state;
    assert_int_not_equal(read_attributes(BT_MAX_ATTRIBUTES, "a%d=\"x y\"", "", "", NULL),
                         BT_FAILED);
    refused_attributes(BT_MAX_ATTRIBUTES + 1, "a%d=\"x y\"");
    refused_attributes(BT_MAX_ATTRIBUTES + 1, "a%d");
    refused_attributes(BT_MAX_ATTRIBUTES + 1, "a%d=x");
    refused_attributes(BT_MAX_ATTRIBUTES + 1, "a%d='>'");
    /* libxml2 skips a bogus "/=" to the next blank: the quote opens no value */
    refused_attributes(BT_MAX_ATTRIBUTES + 1, "a%d/=\"");
    /* a name of more than 100 bytes is several to libxml2 */
    refused_attributes(BT_MAX_ATTRIBUTES / 2 + 1, "a%0200d");
    bt_buf many = BT_BUF_INIT;
    for (int i = 0; i <= BT_MAX_ATTRIBUTES; i++)
        bt_buf_printf(&many, " a%d", i);
    bt_buf open = BT_BUF_INIT;
    const char *list = many.data ? many.data : "";
    bt_buf_printf(&open, "<!-- <p%s> --><script>var s = '<p%s>';</script>", list, list);
    /* and within another attribute's value */
    bt_buf value = BT_BUF_INIT;
    bt_buf_printf(&value, "title=\"<p%s>\"", list);
    assert_int_not_equal(read_attributes(1, value.data, open.data, "", NULL), BT_FAILED);
    bt_buf_free(&value);
    bt_buf_free(&open);
    /* XML parts (EPUB, ODT) alike */
    for (int count = BT_MAX_ATTRIBUTES; count <= BT_MAX_ATTRIBUTES + 1; count++) {
        bt_buf xml = BT_BUF_INIT;
        bt_buf_puts(&xml, "<r");
        for (int i = 0; i < count; i++)
            bt_buf_printf(&xml, " a%d=\"\"", i);
        bt_buf_puts(&xml, "/>");
        bt_error *err = bt_error_new();
        xmlDocPtr doc = bt_xml_parse(xml.data, xml.len, "content.xml", err);
        if (count > BT_MAX_ATTRIBUTES) {
            assert_null(doc);
            assert_int_equal(bt_error_code_of(err), BT_ERR_LIMIT);
        } else {
            assert_string_equal(bt_xml_attr(xmlDocGetRootElement(doc), "a999"), "");
        }
        xmlFreeDoc(doc);
        bt_error_free(err);
        bt_buf_free(&xml);
    }
    bt_buf_free(&many);
}

/* A script's end tag is found in any case, up to the input's last byte:
 * the attributes written in the script are text; without its end tag they
 * are markup, as libxml2 then reads them. */
static void test_attributes_in_script(void **state)
{
    (void)state;
    bt_buf page = BT_BUF_INIT;
    bt_buf_puts(&page, "<p>Đoạn văn.</p><script>var s = '<p");
    for (int i = 0; i <= BT_MAX_ATTRIBUTES; i++)
        bt_buf_printf(&page, " a%d", i);
    bt_buf_puts(&page, ">';</SCRIPT>");
    bt_error *err = bt_error_new();
    assert_int_equal(bt_markup_check_attributes(page.data, page.len, 1, "the page", err), BT_OK);
    assert_int_equal(bt_markup_check_attributes(page.data, page.len - 1, 1, "the page", err),
                     BT_OK);
    assert_int_equal(bt_markup_check_attributes(page.data, page.len - 2, 1, "the page", err),
                     BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_LIMIT);
    bt_error_free(err);
    bt_buf_free(&page);
}

/* A stylesheet of BT_MAX_STYLESHEET_BYTES is read; one byte more is refused. */
static void test_stylesheet_size(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof(path), "%s/big.css", tmpdir());
    char *css = malloc(BT_MAX_STYLESHEET_BYTES + 1);
    assert_non_null(css);
    memset(css, ' ', BT_MAX_STYLESHEET_BYTES + 1);
    memcpy(css, "p{}", 3);
    for (size_t extra = 0; extra < 2; extra++) {
        spit(path, css, BT_MAX_STYLESHEET_BYTES + extra);
        bt_buf out = BT_BUF_INIT;
        bt_error err = BT_ERROR_INIT;
        bt_status s = bt_stylesheet_read(path, &out, &err);
        assert_int_equal(s, extra ? BT_FAILED : BT_OK);
        assert_int_equal(out.len, extra ? 0 : BT_MAX_STYLESHEET_BYTES);
        if (extra)
            assert_int_equal(bt_error_code_of(&err), BT_ERR_LIMIT);
        bt_buf_free(&out);
        bt_error_clear(&err);
    }
    free(css);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nesting_depth),        cmocka_unit_test(test_math_depth),
        cmocka_unit_test(test_page_depth),           cmocka_unit_test(test_text_depth),
        cmocka_unit_test(test_image_bytes),          cmocka_unit_test(test_image_side),
        cmocka_unit_test(test_input_size),           cmocka_unit_test(test_list_start),
        cmocka_unit_test(test_image_depth),          cmocka_unit_test(test_attributes),
        cmocka_unit_test(test_attributes_in_script), cmocka_unit_test(test_stylesheet_size),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
