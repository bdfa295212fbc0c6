/* The article through every conversion path: each reader's version of it,
 * written by each writer and read back, keeps the title, both headings with
 * their level, the caption with its image, the lead and the eight paragraphs
 * letter for letter, in NFC, and none of the page's chrome. */
#include "util.h"

#include "document.h"
#include "unicode.h"

/* The article in each input format: made once from the HTML page by bantin
 * itself.  (The unmarked seed text has no image for its caption's figure;
 * it is tested on its own below.) */
static const char *source(const char *format)
{
    static char path[4][600];
    static const char *const names[] = {"html", "text", "epub", "odt"};
    for (int i = 0; i < 4; i++) {
        if (strcmp(format, names[i]))
            continue;
        if (path[i][0])
            return path[i];
        if (i == 0) {
            snprintf(path[i], sizeof(path[i]), "%s", td("hanoimoi-2017-10-09.html"));
        } else {
            snprintf(path[i], sizeof(path[i]), "%s/source.%s", tmpdir(), format);
            run_result r = run_bantin(NULL, "-q", "-t", format, "-o", path[i],
                                      td("hanoimoi-2017-10-09.html"), NULL);
            if (r.status != 0)
                fail_msg("html -> %s: %s", format, r.err);
            run_free(&r);
        }
        return path[i];
    }
    fail_msg("no source for %s", format);
    return NULL;
}

typedef struct {
    bt_document *doc;
    const char *heading[8];
    int level[8];
    int nheadings;
    const bt_node *figure[4];
    int nfigures;
    const char *para[64];
    bt_role role[64];
    int nparas;
    int not_nfc;
    int chrome;
} summary;

static int summarize(bt_node *n, int entering, void *user)
{
    summary *s = user;
    if (!entering)
        return 0;
    if (n->literal && !bt_utf8_is_nfc(n->literal, strlen(n->literal)))
        s->not_nfc++;
    static const char *const chrome[] = {"Từ khoá", "Bình luận", "Thông báo", "Gõ tiếng Việt",
                                         "Tin liên quan", "Trang chủ", "Lê Thái Tổ"};
    if (n->type == BT_NODE_TEXT)
        for (size_t i = 0; i < sizeof(chrome) / sizeof(chrome[0]); i++)
            s->chrome += strstr(n->literal, chrome[i]) != NULL;
    if (n->type == BT_NODE_HEADING && s->nheadings < 8) {
        s->level[s->nheadings] = n->level;
        s->heading[s->nheadings++] = bt_node_text(s->doc, n);
    } else if (n->type == BT_NODE_FIGURE && s->nfigures < 4) {
        s->figure[s->nfigures++] = n;
    } else if (n->type == BT_NODE_PARAGRAPH && n->role == BT_ROLE_DATELINE) {
        /* the date as shown: the header's, as the title is, not a paragraph of the story */
    } else if (n->type == BT_NODE_PARAGRAPH && s->nparas < 64) {
        s->role[s->nparas] = n->role;
        s->para[s->nparas++] = bt_node_text(s->doc, n);
    }
    return 0;
}

/* Whether a paragraph of the document equals text, after white space is
 * squeezed (a reader may keep a trailing space the writer put). */
static int has_para(const summary *s, const char *text)
{
    for (int i = 0; i < s->nparas; i++) {
        char *a = squeeze(s->para[i]);
        int same = !strcmp(a, text);
        free(a);
        if (same)
            return 1;
    }
    return 0;
}

static void check_article(bt_document *doc, int with_image, const char *path)
{
    const seed_article *a = seed();
    summary s = {.doc = doc};
    bt_node_walk(bt_document_body(doc), summarize, &s);
    print_message("  checking %s\n", path);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), a->title);
    assert_int_equal(s.not_nfc, 0);
    assert_int_equal(s.chrome, 0);
    assert_int_equal(s.nheadings, 2);
    for (int h = 0; h < 2; h++) {
        assert_string_equal(s.heading[h], a->heading[h]);
        assert_int_equal(s.level[h], 2);
    }
    assert_int_equal(s.nfigures, 1);
    bt_node *cap = bt_node_figure_caption(s.figure[0]);
    assert_non_null(cap);
    assert_string_equal(bt_node_text(doc, cap), a->caption);
    if (with_image) {
        size_t size, got;
        char *jpg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
        int r = bt_node_figure_resource(s.figure[0]);
        assert_true(r >= 0);
        const void *data = bt_resource_data(doc, r, &got);
        assert_int_equal(got, size);
        assert_memory_equal(data, jpg, size);
        assert_string_equal(bt_resource_media_type(doc, r), "image/jpeg");
        free(jpg);
    }
    assert_true(has_para(&s, a->lead));
    for (int i = 0; i < 8; i++)
        if (!has_para(&s, a->body[i]))
            fail_msg("%s: paragraph %d is missing or changed", path, i + 1);
    assert_true(has_para(&s, a->author));
    /* and nothing more: the lead, eight paragraphs, the byline */
    if (s.nparas != 10)
        fail_msg("%s: %d paragraphs, not 10", path, s.nparas);
}

/* reader x writer: convert with the command, read the output back with the
 * output format's reader, check the article. */
static void test_every_path(void **state)
{
    (void)state;
    static const char *const formats[] = {"html", "text", "epub", "odt"};
    int paths = 0;
    for (int i = 0; i < 4; i++) {
        if (!bt_format_by_name(NULL, formats[i]) || !bt_format_by_name(NULL, formats[i])->read)
            fail_msg("no %s reader", formats[i]);
        for (int j = 0; j < 4; j++) {
            char out[600];
            snprintf(out, sizeof(out), "%s/%s-to.%s", tmpdir(), formats[i],
                     !strcmp(formats[j], "text") ? "txt" : formats[j]);
            run_result r = run_bantin(NULL, "-q", "-f", formats[i], "-t", formats[j], "-o", out,
                                      source(formats[i]), NULL);
            if (r.status != 0)
                fail_msg("%s -> %s: %s", formats[i], formats[j], r.err);
            run_free(&r);
            bt_document *doc = read_doc(out, formats[j], NULL);
            int images = strcmp(formats[i], "text") && strcmp(formats[j], "text");
            check_article(doc, images, out);
            bt_document_free(doc);
            paths++;
        }
    }
    assert_int_equal(paths, 16);
}

/* html -> text as a person reads it: every paragraph letter for letter once
 * the wrapped lines are joined, no line wider than 72 clusters but the
 * title's and headings', no chrome. */
static void test_html_to_text(void **state)
{
    (void)state;
    const seed_article *a = seed();
    run_result r = run_bantin(NULL, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    char *flat = squeeze(r.out);
    assert_contains(flat, a->title);
    assert_contains(flat, a->lead);
    assert_contains(flat, a->caption);
    for (int i = 0; i < 8; i++)
        assert_contains(flat, a->body[i]);
    assert_contains(r.out, "[Ảnh 1: Một hội nghị");
    /* the title is its first line, and each heading one line, whole */
    assert_true(!strncmp(r.out, a->title, strlen(a->title)) && r.out[strlen(a->title)] == '\n');
    for (int i = 0; i < 2; i++) {
        char h[1024];
        snprintf(h, sizeof(h), "\n%s\n-", a->heading[i]);
        assert_contains(r.out, h);
    }
    for (const char *line = r.out; *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        size_t width = bt_grapheme_count(line, len);
        const char *next = line + len + (nl != NULL);
        /* titles and headings are one line however wide: a line underlined
         * as wide as itself */
        size_t under = strspn(next, *next == '=' ? "=" : "-");
        if (under != width || under < 2 || (next[under] && next[under] != '\n'))
            assert_true(width <= 72);
        line = next;
    }
    static const char *const chrome[] = {"Từ khoá", "Bình luận", "Thông báo", "Gõ tiếng Việt",
                                         "Tin liên quan", "Trang chủ", "Tìm kiếm", "44 Lê Thái Tổ",
                                         "gtag", "site.css"};
    for (size_t i = 0; i < sizeof(chrome) / sizeof(chrome[0]); i++)
        assert_not_contains(r.out, chrome[i]);
    free(flat);
    run_free(&r);
}

/* NFD, numeric character references, windows-1258 declared or detected:
 * byte-identical output. */
static void test_variants_same_bytes(void **state)
{
    (void)state;
    static const char *const variants[] = {"html/hanoimoi-nfd.html", "html/hanoimoi-ncr.html",
                                           "html/hanoimoi-1258.html",
                                           "html/hanoimoi-1258-undeclared.html"};
    static const char *const to[] = {"text", "html"};
    for (int t = 0; t < 2; t++) {
        run_result base = run_bantin(NULL, "-t", to[t], td("hanoimoi-2017-10-09.html"), NULL);
        assert_int_equal(base.status, 0);
        for (int v = 0; v < 4; v++) {
            /* the variants live in testdata/html/: images resolve from testdata/ */
            run_result r = run_bantin(NULL, "-t", to[t], "--resource-path", td(""),
                                      td(variants[v]), NULL);
            assert_int_equal(r.status, 0);
            if (strcmp(r.out, base.out))
                fail_msg("%s -> %s differs from the NFC page", variants[v], to[t]);
            run_free(&r);
        }
        run_free(&base);
    }
}

/* The seed as a person has it (unmarked text, with the page chrome a text
 * browser kept after the byline) -> html: title, section and date (its
 * words kept), both headings, the caption's figure, author, every
 * paragraph, and no chrome. */
static void test_seed_text_to_html(void **state)
{
    (void)state;
    const seed_article *a = seed();
    char out[600];
    snprintf(out, sizeof(out), "%s/seed.html", tmpdir());
    run_result r = run_bantin(NULL, "-q", "-o", out, td("article.txt"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    bt_document *doc = read_doc(out, "html", NULL);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), a->title);
    assert_string_equal(bt_document_meta(doc, BT_META_SECTION), "Xây dựng Đảng");
    assert_string_equal(bt_document_meta(doc, BT_META_DATE), "2017-10-09T06:51:00");
    assert_string_equal(bt_document_meta(doc, BT_META_AUTHOR), "Hương Ly");
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "vi");
    summary s = {.doc = doc};
    bt_node_walk(bt_document_body(doc), summarize, &s);
    assert_int_equal(s.nheadings, 2);
    for (int h = 0; h < 2; h++) {
        assert_string_equal(s.heading[h], a->heading[h]);
        assert_int_equal(s.level[h], 2);
    }
    assert_int_equal(s.chrome, 0);
    /* the date as the page wrote it, the head's dateline */
    bt_node *first = bt_node_first_child(bt_document_body(doc));
    assert_int_equal(bt_node_role(first), BT_ROLE_DATELINE);
    assert_string_equal(bt_node_text(doc, first), "06:51 Thứ Hai ngày 09/10/2017");
    assert_true(has_para(&s, a->lead));
    assert_int_equal(s.nfigures, 1);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(s.figure[0])), a->caption);
    assert_false(has_para(&s, a->caption));
    for (int i = 0; i < 8; i++)
        assert_true(has_para(&s, a->body[i]));
    bt_document_free(doc);
}

/* A document that declares no language comes back "vi" from every reader,
 * detected from its letters. */
static void test_language_detected(void **state)
{
    (void)state;
    static const char *const formats[] = {"html", "text", "epub", "odt"};
    for (int i = 0; i < 4; i++) {
        bt_document *doc = seed_document();
        bt_document_set_meta(doc, BT_META_LANGUAGE, NULL);
        size_t size;
        char *data = write_doc(doc, formats[i], NULL, &size);
        bt_input in = {(const unsigned char *)data, size, NULL};
        bt_document *back;
        assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, formats[i]), &in, NULL, &back,
                                     NULL),
                             BT_FAILED);
        if (!bt_document_meta(back, BT_META_LANGUAGE) ||
            strcmp(bt_document_meta(back, BT_META_LANGUAGE), "vi"))
            fail_msg("%s: language not detected", formats[i]);
        bt_document_free(back);
        bt_document_free(doc);
        free(data);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_to_text),
        cmocka_unit_test(test_variants_same_bytes),
        cmocka_unit_test(test_seed_text_to_html),
        cmocka_unit_test(test_language_detected),
        cmocka_unit_test(test_every_path),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
