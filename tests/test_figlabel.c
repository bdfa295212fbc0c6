/* The label before a figure's caption, the same in every format: "Ảnh 1:"
 * in Vietnamese, "Image 1:" otherwise, counting the body's figures that
 * have a caption or a credit; every reader reads the caption back without
 * it.  (src/figlabel.c, and the writers and readers that use it.) */
#include "util.h"

#include "document.h"
#include "figlabel.h"
#include "xhtml_read.h"

/* A figure under parent: its image (or none, -1), caption, credit, alt. */
static bt_node *figure(bt_document *doc, bt_node *parent, int res, const char *caption,
                       const char *credit, const char *alt)
{
    bt_node *fig = add_node(doc, parent, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig, res);
    if (alt)
        bt_node_set_literal(doc, fig, alt, strlen(alt));
    if (caption)
        add_node(doc, fig, BT_NODE_CAPTION, caption);
    if (credit)
        bt_node_set_label(doc, add_node(doc, fig, BT_NODE_CREDIT, credit), "Ảnh");
    return fig;
}

/* Two captioned pictures, a picture with only alt text between them. */
static bt_document *two_figures(const char *lang)
{
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Hai ảnh");
    bt_document_set_meta(doc, BT_META_LANGUAGE, lang);
    bt_node *body = bt_document_body(doc);
    int res = test_image(doc, "hoi-nghi.jpg");
    add_node(doc, body, BT_NODE_PARAGRAPH, "Đoạn đầu.");
    figure(doc, body, res, "Cầu Long Biên", "Hương Ly", NULL);
    figure(doc, body, res, NULL, NULL, "Không chú thích");
    add_node(doc, body, BT_NODE_PARAGRAPH, "Đoạn giữa.");
    figure(doc, body, res, "Hồ Gươm mùa thu", NULL, NULL);
    return doc;
}

static char *written(bt_document *doc, const char *format, size_t *size, const char *member)
{
    char *out = write_doc(doc, format, NULL, size);
    if (!member)
        return out;
    char *m = zip_member(out, *size, member);
    assert_non_null(m);
    free(out);
    return m;
}

/* "Ảnh 1:" or "Image 1:" as each writer puts it, once a figure. */
static void check_writers(const char *lang, const char *label)
{
    bt_document *doc = two_figures(lang);
    size_t size;
    char want[256], *out = written(doc, "text", &size, NULL);
    snprintf(want, sizeof(want), "\n[%s 1: Cầu Long Biên — Ảnh: Hương Ly]\n", label);
    assert_contains(out, want);
    snprintf(want, sizeof(want), "\n[%s 2: Hồ Gươm mùa thu]\n", label);
    assert_contains(out, want);
    assert_not_contains(out, "Không chú thích");
    free(out);
    /* the picture without a caption, by its alt text, when asked */
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "text:images=all");
    out = write_doc(doc, "text", &opt, NULL);
    snprintf(want, sizeof(want), "\n[%s: Không chú thích]\n\nĐoạn giữa.", label);
    assert_contains(out, want);
    free(out);

    static const char *const xhtml[][2] = {{"html", NULL}, {"epub", "EPUB/article.xhtml"}};
    for (size_t i = 0; i < 2; i++) {
        out = written(doc, xhtml[i][0], &size, xhtml[i][1]);
        snprintf(want, sizeof(want),
                 "<figcaption><span class=\"caption-label\">%s 1:</span> Cầu Long Biên <small "
                 "class=\"credit\">",
                 label);
        assert_contains(out, want);
        snprintf(want, sizeof(want),
                 "<figcaption><span class=\"caption-label\">%s 2:</span> Hồ Gươm mùa "
                 "thu</figcaption>",
                 label);
        assert_contains(out, want);
        assert_int_equal(occurrences(out, "caption-label\">"), 2);
        free(out);
    }
    out = written(doc, "html", &size, NULL);
    assert_contains(out, "figcaption .caption-label { font-weight: bold; }");
    free(out);
    out = written(doc, "epub", &size, "EPUB/style.css");
    assert_contains(out, ".caption-label { font-weight: bold; }");
    free(out);

    out = written(doc, "odt", &size, "content.xml");
    for (int n = 1; n <= 2; n++) {
        snprintf(want, sizeof(want),
                 "%s <text:sequence text:ref-name=\"refFigure%d\" text:name=\"Figure\" "
                 "text:formula=\"ooow:Figure+1\" style:num-format=\"1\">%d</text:sequence>: %s",
                 label, n - 1, n, n == 1 ? "Cầu Long Biên" : "Hồ Gươm mùa thu");
        assert_contains(out, want);
    }
    assert_int_equal(occurrences(out, "<text:sequence text:ref-name=\"refFigure"), 2);
    free(out);
    bt_document_free(doc);
}

static void test_writers_vietnamese(void **state)
{
    (void)state;
    check_writers("vi-VN", "Ảnh");
}

static void test_writers_english(void **state)
{
    (void)state;
    check_writers("en", "Image");
}

typedef struct {
    bt_document *doc;
    bt_buf text;
} captions;

static int collect(bt_node *n, int entering, void *user)
{
    captions *c = user;
    if (entering && n->type == BT_NODE_CAPTION && n->parent && n->parent->type == BT_NODE_FIGURE &&
        !bt_node_is_empty(n)) {
        bt_node_text_put(n, &c->text);
        bt_buf_putc(&c->text, '|');
    }
    return 0;
}

/* The figures' captions in order, each followed by '|', empty ones left
 * out; malloc'd. */
static char *captions_of(bt_document *doc)
{
    captions c = {doc, BT_BUF_INIT};
    bt_node_walk(bt_document_body(doc), collect, &c);
    char *s = strndup(c.text.data ? c.text.data : "", c.text.len);
    bt_buf_free(&c.text);
    return s;
}

/* Written, then read back by the same format: the captions without the
 * label, letter for letter. */
static void test_read_back(void **state)
{
    (void)state;
    static const char *const formats[] = {"text", "html", "epub", "odt"};
    static const char *const langs[] = {"vi", "en"};
    for (size_t l = 0; l < 2; l++) {
        bt_document *doc = two_figures(langs[l]);
        for (size_t i = 0; i < 4; i++) {
            size_t size;
            char *out = write_doc(doc, formats[i], NULL, &size);
            if (i < 3) { /* the label was there to drop */
                char *x = i == 2 ? zip_member(out, size, "EPUB/article.xhtml") : out;
                assert_contains(x, l ? "Image 1:" : "Ảnh 1:");
                if (x != out)
                    free(x);
            }
            bt_input in = {(const unsigned char *)out, size, NULL};
            bt_document *back = NULL;
            assert_int_equal(
                bt_read(NULL, bt_format_by_name(NULL, formats[i]), &in, NULL, &back, NULL), BT_OK);
            char *caps = captions_of(back);
            /* text leaves out the picture without a caption (its alt) */
            const char *want = "Cầu Long Biên|Hồ Gươm mùa thu|";
            if (strcmp(caps, want))
                fail_msg("%s (%s): %s", formats[i], langs[l], caps);
            free(caps);
            bt_document_free(back);
            free(out);
        }
        bt_document_free(doc);
    }
}

/* Which figures are numbered: those with a caption or a credit, with a
 * picture or not, in quotes and lists too; not one in a footnote, whose
 * place differs from format to format.  Each writer gives the same number. */
static void test_numbering(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    bt_node *body = bt_document_body(doc);
    int res = test_image(doc, "hoi-nghi.jpg");
    bt_node *p = add_node(doc, body, BT_NODE_PARAGRAPH, "Đoạn có chú thích");
    bt_node *note = add_node(doc, body, BT_NODE_NOTE, NULL);
    bt_node *ref = add_node(doc, p, BT_NODE_NOTE_REF, NULL);
    bt_node_set_note(ref, note);
    bt_node *in_note = figure(doc, note, res, "Trong chú thích", NULL, NULL);
    bt_node *lost = figure(doc, body, -1, "Mất ảnh", NULL, NULL);
    bt_node *quote = add_node(doc, body, BT_NODE_QUOTE, NULL);
    bt_node *quoted = figure(doc, quote, res, "Trong trích dẫn", NULL, NULL);
    bt_node *credit_only = figure(doc, body, res, NULL, "Minh An", NULL);
    bt_node *bare = figure(doc, body, res, NULL, NULL, NULL);
    assert_false(bt_figure_numbered(in_note));
    assert_true(bt_figure_numbered(lost));
    assert_true(bt_figure_numbered(quoted));
    assert_true(bt_figure_numbered(credit_only));
    assert_false(bt_figure_numbered(bare));

    size_t size;
    char *out = write_doc(doc, "text", NULL, &size);
    assert_contains(out, "[Ảnh 1: Mất ảnh]");
    assert_contains(out, "> [Ảnh 2: Trong trích dẫn]");
    assert_contains(out, "[Ảnh 3 — Ảnh: Minh An]");
    assert_contains(out, "[Ảnh: Trong chú thích]");
    free(out);
    out = write_doc(doc, "html", NULL, &size);
    assert_contains(out, "<span class=\"caption-label\">Ảnh 1:</span> Mất ảnh");
    assert_contains(out, "<span class=\"caption-label\">Ảnh 2:</span> Trong trích dẫn");
    assert_contains(out, "<span class=\"caption-label\">Ảnh 3:</span> <small");
    assert_contains(out, "<figcaption>Trong chú thích</figcaption>");
    free(out);
    char *odt = write_doc(doc, "odt", NULL, &size);
    out = zip_member(odt, size, "content.xml");
    assert_contains(out, ">1</text:sequence>: Mất ảnh");
    assert_contains(out, ">2</text:sequence>: Trong trích dẫn");
    assert_contains(out, ">3</text:sequence>: <text:span");
    assert_contains(out, "<text:line-break/>Trong chú thích");
    free(out);
    free(odt);
    bt_document_free(doc);
}

/* The reader drops bantin's own label only: the exact class, first in the
 * figcaption, and a label and number ("Hình" and "Figure" too, as
 * LibreOffice's HTML writes them). */
/* A slideshow's counter opening a caption is the gallery's count, never a
 * label of its text; texts that end before the counter's word is read are
 * read no further (each copied to a buffer of its own size, as a sanitizer
 * sees past its end). */
static void test_slide_counter(void **state)
{
    (void)state;
    static const struct {
        const char *t;
        int yes;
    } cases[] = {{"1/8", 1},         {"3 / 12", 1},  {"2 of 9", 1}, {"12 trên 12", 1},
                 {"2 von 8", 1},     {"12", 0},      {"1/", 0},     {"1/1234", 0},
                 {"1/8a", 0},        {"a1/8", 0},    {"2 of", 0},   {"1234/2", 0},
                 {"item 1 of 2", 1}, {"ảnh 3/5", 1}, {"item 1", 0}, {"items 1 of 2", 0}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *t = strdup(cases[i].t);
        assert_non_null(t);
        assert_int_equal(bt_slide_counter(t), cases[i].yes);
        free(t);
    }
}

static void test_html_label_only(void **state)
{
    (void)state;
    const char *html =
        "<html lang=\"vi\"><body>"
        "<figure><img src=\"a.jpg\"><figcaption> <span class=\"caption-label\">Hình 2:</span> "
        "Cây đa</figcaption></figure>"
        "<figure><img src=\"b.jpg\"><figcaption><span class=\"caption-label\">Figure 3:</span>"
        " Tree</figcaption></figure>"
        "<figure><img src=\"c.jpg\"><figcaption><span class=\"caption-label\">Ghi chú:</span>"
        " Giữ lại</figcaption></figure>"
        "<figure><img src=\"d.jpg\"><figcaption><span class=\"caption-label x\">Ảnh 4:</span>"
        " Lớp khác</figcaption></figure>"
        "<figure><img src=\"e.jpg\"><figcaption><span class=\"label\">Ảnh 5:</span>"
        " Nhãn khác</figcaption></figure>"
        "<figure><img src=\"f.jpg\"><figcaption>Trước <span class=\"caption-label\">Ảnh "
        "6:</span> sau</figcaption></figure>"
        "<figure><img src=\"g.jpg\"><figcaption><span class=\"caption-label\">Hình:</span>"
        " Không số</figcaption></figure>"
        "</body></html>";
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:whole-page");
    bt_input in = {(const unsigned char *)html, strlen(html), NULL};
    bt_document *doc = NULL;
    assert_int_equal(bt_read(NULL, bt_format_by_name(NULL, "html"), &in, &opt, &doc, NULL), BT_OK);
    char *caps = captions_of(doc);
    assert_string_equal(caps, "Cây đa|Tree|Ghi chú: Giữ lại|Ảnh 4: Lớp khác|Ảnh 5: Nhãn "
                              "khác|Trước Ảnh 6: sau|Hình: Không số|");
    free(caps);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_writers_vietnamese), cmocka_unit_test(test_writers_english),
        cmocka_unit_test(test_read_back),          cmocka_unit_test(test_numbering),
        cmocka_unit_test(test_html_label_only),    cmocka_unit_test(test_slide_counter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
