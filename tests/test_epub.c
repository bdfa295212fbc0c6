/* EPUB: the seed article written and read back, the package's parts,
 * reproducibility, EPUBs written by other tools, and broken books. */
#include "util.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "../formats/epub/epub.h"
#include "container.h"
#include "docdump.h"
#include "document.h"
#include "limit.h"

#define SDE "1507506660" /* 2017-10-08T23:51:00Z */

static const bt_format *epub(void) { return bt_format_by_name(NULL, "epub"); }

/* Write a document as EPUB to memory; the status through *st when asked. */
static char *write_epub(bt_document *doc, const bt_options *opt, size_t *size, bt_error *err,
                        bt_status *st)
{
    unsigned char *data = NULL;
    bt_status s = bt_write_memory(epub(), doc, opt, &data, size, err);
    if (st)
        *st = s;
    else if (s == BT_FAILED)
        fail_msg("write epub: %s", bt_error_message(err));
    return (char *)data;
}

static bt_document *read_epub(const void *data, size_t size, bt_error *err, bt_status *st)
{
    bt_input in = {data, size, NULL};
    bt_document *doc = NULL;
    *st = bt_read(NULL, epub(), &in, NULL, &doc, err);
    return doc;
}

/* An entry of an EPUB in memory, NUL-terminated, malloc'd; NULL when absent. */
static char *entry(const char *epub_data, size_t size, const char *name)
{
    return zip_member(epub_data, size, name);
}

/* The n-th child of the body of a given type (n from 0), or NULL. */
static bt_node *nth(bt_document *doc, bt_node_type type, int n)
{
    for (bt_node *c = bt_node_first_child(bt_document_body(doc)); c; c = bt_node_next(c))
        if (bt_node_get_type(c) == type && n-- == 0)
            return c;
    return NULL;
}

static int count_of(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static int count(bt_document *doc, bt_node_type type)
{
    int k = 0;
    while (nth(doc, type, k))
        k++;
    return k;
}

/* ---- writing, and reading back what was written ---- */

static void test_seed_round_trip(void **state)
{
    (void)state;
    const seed_article *a = seed();
    bt_document *doc = seed_document();
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    bt_error *err = bt_error_new();
    bt_status st;
    bt_document *back = read_epub(data, size, err, &st);
    assert_int_equal(st, BT_OK);
    assert_string_equal(bt_document_meta(back, BT_META_TITLE), a->title);
    /* the title is not repeated as a heading, nor the dateline as a paragraph */
    assert_int_equal(count(back, BT_NODE_HEADING), 2);
    for (int h = 0; h < 2; h++) {
        bt_node *n = nth(back, BT_NODE_HEADING, h);
        assert_int_equal(bt_node_heading_level(n), 2);
        assert_string_equal(bt_node_text(back, n), a->heading[h]);
    }
    assert_int_equal(count(back, BT_NODE_FIGURE), 1);
    bt_node *fig = nth(back, BT_NODE_FIGURE, 0);
    assert_string_equal(bt_node_text(back, bt_node_figure_caption(fig)), a->caption);
    size_t n1, n2;
    const void *img1 = bt_resource_data(doc, 0, &n1);
    const void *img2 = bt_resource_data(back, bt_node_figure_resource(fig), &n2);
    assert_non_null(img2);
    assert_int_equal(n1, n2);
    assert_memory_equal(img1, img2, n1);
    assert_string_equal(bt_resource_media_type(back, bt_node_figure_resource(fig)), "image/jpeg");
    /* lead, eight paragraphs, byline: letter for letter, in order */
    assert_int_equal(count(back, BT_NODE_PARAGRAPH), 10);
    assert_string_equal(bt_node_text(back, nth(back, BT_NODE_PARAGRAPH, 0)), a->lead);
    assert_int_equal(bt_node_role(nth(back, BT_NODE_PARAGRAPH, 0)), BT_ROLE_LEAD);
    for (int i = 0; i < 8; i++)
        assert_string_equal(bt_node_text(back, nth(back, BT_NODE_PARAGRAPH, 1 + i)), a->body[i]);
    assert_string_equal(bt_node_text(back, nth(back, BT_NODE_PARAGRAPH, 9)), a->author);
    bt_document_free(back);
    bt_document_free(doc);
    bt_error_free(err);
    free(data);
}

/* The first descendant of n of a type, or NULL. */
static bt_node *find(bt_node *n, bt_node_type type)
{
    for (bt_node *c = bt_node_first_child(n); c; c = bt_node_next(c)) {
        if (bt_node_get_type(c) == type)
            return c;
        bt_node *d = find(c, type);
        if (d)
            return d;
    }
    return NULL;
}

/* doc written as EPUB (in *data) and read back without a warning. */
static bt_document *through_epub(bt_document *doc, char **data, size_t *size)
{
    *data = write_epub(doc, NULL, size, NULL, NULL);
    bt_status st;
    bt_document *back = read_epub(*data, *size, NULL, &st);
    assert_int_equal(st, BT_OK);
    return back;
}

/* The article with inlines (strong lead, emphasis, a link) keeps them. */
static void test_article_inlines(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    size_t size;
    char *data;
    bt_document *back = through_epub(doc, &data, &size);
    bt_node *lead = nth(back, BT_NODE_PARAGRAPH, 0);
    assert_int_equal(bt_node_role(lead), BT_ROLE_LEAD);
    assert_string_equal(bt_node_text(back, lead), seed()->lead);
    assert_string_equal(bt_node_text(back, find(nth(back, BT_NODE_PARAGRAPH, 3), BT_NODE_EMPH)),
                        "“Nâng cao năng lực");
    bt_node *link = find(nth(back, BT_NODE_PARAGRAPH, 4), BT_NODE_LINK);
    assert_string_equal(bt_node_href(link),
                        "https://hanoimoi.com.vn/van-ban/nghi-quyet-03-nq-duk");
    assert_string_equal(bt_node_text(back, link), "Nghị quyết số 03-NQ/ĐUK");
    for (int i = 0; i < 8; i++)
        assert_string_equal(bt_node_text(back, nth(back, BT_NODE_PARAGRAPH, 1 + i)),
                            seed()->body[i]);
    bt_node *by = nth(back, BT_NODE_PARAGRAPH, 9);
    assert_int_equal(bt_node_role(by), BT_ROLE_BYLINE);
    assert_string_equal(bt_node_text(back, by), seed()->author);
    assert_string_equal(bt_document_meta(back, BT_META_DESCRIPTION),
                        bt_document_meta(doc, BT_META_DESCRIPTION));
    bt_document_free(back);
    bt_document_free(doc);
    free(data);
}

/* HTML -> document -> EPUB -> document keeps what the model holds since
 * 1.0; the article's XHTML holds each piece of markup. */
static void check_model_round_trip(const char *name, const char *const *markup)
{
    bt_document *doc = read_html_page(name);
    char *want = doc_dump(doc);
    size_t size;
    char *data;
    bt_document *back = through_epub(doc, &data, &size);
    char *got = doc_dump(back);
    char *xhtml = entry(data, size, "EPUB/" EPUB_ARTICLE);
    if (strcmp(dump_blocks(got), dump_blocks(want)))
        print_error("first read:\n%s\nfrom the EPUB:\n%s\n%s\n", want, got, xhtml);
    assert_string_equal(dump_blocks(got), dump_blocks(want));
    for (; *markup; markup++)
        assert_contains(xhtml, *markup);
    free(xhtml);
    free(got);
    free(want);
    free(data);
    bt_document_free(back);
    bt_document_free(doc);
}

static void test_model_round_trip(void **state)
{
    (void)state;
    static const char *const inlines[] = {
        "<q>phố này đẹp nhất sau cơn mưa</q>",
        "<span lang=\"en\" xml:lang=\"en\">where is the old gate?</span>",
        "<caption>Lượng khách theo tháng</caption><tbody>",
        "<td rowspan=\"2\">Quý một</td>",
        "style=\"width:320px;max-width:100%;height:auto\"",
        "<span class=\"credit-label\">Nguồn:</span>",
        NULL};
    check_model_round_trip("html/model-inlines.html", inlines);
    static const char *const notes[] = {
        "<sup><a href=\"#note-1\" id=\"ref-1\" role=\"doc-noteref\" "
        "epub:type=\"noteref\">1</a></sup>",
        "<section role=\"doc-endnotes\" epub:type=\"endnotes\">",
        "<li id=\"note-1\" role=\"doc-endnote\" epub:type=\"endnote\">", NULL};
    check_model_round_trip("html/model-notes.html", notes);
}

/* Notes out of the ordinary: a label that is no number, one that is
 * another number, a note in the middle of the body with a heading, a mark
 * without its note, a mark inside a link (no link in a link). */
static void test_notes_written(void **state)
{
    (void)state;
    bt_document *doc = notes_doc();
    bt_error *err = bt_error_new();
    size_t size;
    char *data = write_epub(doc, NULL, &size, err, NULL);
    char *xhtml = entry(data, size, "EPUB/" EPUB_ARTICLE);
    assert_contains(xhtml, "Marked<sup><a href=\"#note-1\" id=\"ref-1\" role=\"doc-noteref\" "
                           "epub:type=\"noteref\">*</a></sup> twice<sup><a href=\"#note-1\" "
                           "id=\"ref-1-2\"");
    assert_contains(xhtml, ", lost<sup>8</sup>");
    assert_contains(xhtml, "linked<sup>*</sup></a>");
    assert_contains(xhtml, "<li id=\"note-2\" role=\"doc-endnote\" epub:type=\"endnote\" "
                           "value=\"7\">");
    /* a note's heading is no chapter: no id; the heading after the note keeps its own */
    assert_contains(xhtml, "<h2>Star</h2>");
    assert_contains(xhtml, "<h2 id=\"after\">After</h2>");
    assert_true(strstr(xhtml, "Body text.") < strstr(xhtml, "The star note."));
    long changed = 0;
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        if (bt_error_event_kind(err, i) == BT_LOSS_FOOTNOTE)
            changed += (long)bt_error_event_items(err, i);
    assert_int_equal(changed, 2);
    free(xhtml);
    free(data);
    bt_error_free(err);
    bt_document_free(doc);
}

static void test_metadata_round_trip(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    bt_document_add_meta(doc, BT_META_AUTHOR, "Nguyễn Văn An");
    bt_document_set_meta(doc, BT_META_DESCRIPTION, "Tóm tắt bài viết.");
    bt_document_set_meta(doc, BT_META_SUBTITLE, "Đảng bộ Khối các cơ quan TP Hà Nội");
    bt_document_set_meta(doc, BT_META_SOURCE_URL,
                         "http://hanoimoi.com.vn/tin-tuc/Xay-dung-Dang/882434");
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    bt_status st;
    bt_document *back = read_epub(data, size, NULL, &st);
    assert_int_equal(st, BT_OK);
    static const bt_meta_key keys[] = {BT_META_TITLE,       BT_META_AUTHOR,    BT_META_DATE,
                                       BT_META_LANGUAGE,    BT_META_PUBLISHER, BT_META_SOURCE_URL,
                                       BT_META_DESCRIPTION, BT_META_KEYWORD,   BT_META_SECTION,
                                       BT_META_SUBTITLE};
    for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
        assert_int_equal(bt_document_meta_count(back, keys[k]),
                         bt_document_meta_count(doc, keys[k]));
        for (size_t i = 0; i < bt_document_meta_count(doc, keys[k]); i++)
            assert_string_equal(bt_document_meta_at(back, keys[k], i),
                                bt_document_meta_at(doc, keys[k], i));
    }
    assert_int_equal(bt_document_meta_count(back, BT_META_AUTHOR), 2);
    /* the identifier comes from the source URL; read back, it is kept */
    const char *id = bt_document_meta(back, BT_META_IDENTIFIER);
    assert_non_null(id);
    assert_true(!strncmp(id, "urn:uuid:", 9) && strlen(id) == 45);
    size_t size2;
    char *again = write_epub(back, NULL, &size2, NULL, NULL);
    char *opf = entry(again, size2, "EPUB/package.opf");
    char want[128];
    snprintf(want, sizeof(want), "<dc:identifier id=\"uid\">%s</dc:identifier>", id);
    assert_contains(opf, want);
    free(opf);
    free(again);
    bt_document_free(back);
    bt_document_free(doc);
    free(data);
}

static void test_package_parts(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", SDE, 1);
    bt_document *doc = seed_document();
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    /* mimetype first and stored: what probing looks for */
    assert_ptr_equal(bt_format_probe(NULL, (unsigned char *)data, size), epub());
    bt_zip_reader *z = bt_zip_open((unsigned char *)data, size, NULL);
    assert_string_equal(bt_zip_name(z, 0), "mimetype");
    bt_zip_close(z);
    char *container = entry(data, size, "META-INF/container.xml");
    assert_contains(container, "full-path=\"EPUB/package.opf\"");
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_contains(opf, "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
                         "unique-identifier=\"uid\"");
    assert_contains(opf, "<dc:language>vi</dc:language>");
    assert_contains(opf, "<dc:date>2017-10-09T06:51:00+07:00</dc:date>");
    assert_contains(opf, "<meta property=\"dcterms:modified\">2017-10-08T23:51:00Z</meta>");
    assert_contains(opf, "<dc:subject>xây dựng Đảng</dc:subject>");
    assert_contains(opf, "<dc:publisher>Báo Hànộimới</dc:publisher>");
    /* no description in the metadata: the lead stands in */
    assert_contains(opf, "<dc:description>Là cấp trên");
    assert_contains(opf, "href=\"images/image1.jpg\" media-type=\"image/jpeg\"");
    assert_contains(opf, "<spine toc=\"ncx\">");
    assert_not_contains(opf, "cover-image");
    char *article = entry(data, size, "EPUB/article.xhtml");
    assert_contains(article, "xml:lang=\"vi\" lang=\"vi\"");
    assert_contains(article, "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>");
    assert_contains(article, "<img src=\"images/image1.jpg\"");
    assert_contains(article, "<p class=\"dateline\">Xây dựng Đảng | <time "
                             "datetime=\"2017-10-09T06:51:00+07:00\">Thứ Hai, 09/10/2017 06:51</time></p>");
    /* every heading of the nav and the NCX links to an id of the article */
    char *nav = entry(data, size, "EPUB/nav.xhtml");
    char *ncx = entry(data, size, "EPUB/toc.ncx");
    assert_contains(nav, "epub:type=\"toc\"");
    assert_contains(ncx, "<meta name=\"dtb:uid\" content=\"urn:uuid:");
    int links = 0;
    for (const char *p = nav; (p = strstr(p, "href=\"article.xhtml#")); links++) {
        p += strlen("href=\"article.xhtml#");
        char id[256], want[300];
        snprintf(id, sizeof(id), "%.*s", (int)strcspn(p, "\""), p);
        snprintf(want, sizeof(want), " id=\"%s\"", id);
        assert_contains(article, want);
        snprintf(want, sizeof(want), "src=\"article.xhtml#%s\"", id);
        assert_contains(ncx, want);
    }
    assert_int_equal(links, 2);
    free(container);
    free(opf);
    free(article);
    free(nav);
    free(ncx);
    free(data);
    bt_document_free(doc);
    unsetenv("SOURCE_DATE_EPOCH");
}

static void test_reproducible(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", SDE, 1);
    bt_document *doc = seed_document();
    size_t n1, n2;
    char *a = write_epub(doc, NULL, &n1, NULL, NULL);
    char *b = write_epub(doc, NULL, &n2, NULL, NULL);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
    bt_document_free(doc);
    unsetenv("SOURCE_DATE_EPOCH");
}

/* The dc:identifier element of an EPUB, malloc'd. */
static char *identifier(const char *data, size_t size)
{
    char *opf = entry(data, size, "EPUB/package.opf");
    const char *p = strstr(opf, "<dc:identifier id=\"uid\">");
    assert_non_null(p);
    p += strlen("<dc:identifier id=\"uid\">");
    char *id = strndup(p, strcspn(p, "<"));
    free(opf);
    return id;
}

static void test_identifier_stable(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    bt_document *doc = seed_document(), *other = seed_document();
    bt_document_set_meta(other, BT_META_TITLE, "Một bài khác");
    size_t n1, n2, n3;
    char *a = write_epub(doc, NULL, &n1, NULL, NULL);
    char *b = write_epub(doc, NULL, &n2, NULL, NULL);
    char *c = write_epub(other, NULL, &n3, NULL, NULL);
    char *ia = identifier(a, n1), *ib = identifier(b, n2), *ic = identifier(c, n3);
    assert_string_equal(ia, ib);
    assert_string_not_equal(ia, ic);
    /* urn:uuid:xxxxxxxx-xxxx-8xxx-[89ab]xxx-xxxxxxxxxxxx */
    assert_int_equal(strlen(ia), 45);
    assert_int_equal(ia[9 + 14], '8');
    assert_non_null(strchr("89ab", ia[9 + 19]));
    free(ia);
    free(ib);
    free(ic);
    free(a);
    free(b);
    free(c);
    bt_document_free(doc);
    bt_document_free(other);
}

/* The seed with its figure's image lost, as a reader leaves it. */
static bt_document *seed_without_image(void)
{
    bt_document *doc = seed_document();
    bt_node_set_figure_resource(nth(doc, BT_NODE_FIGURE, 0), -1);
    return doc;
}

static void test_missing_image(void **state)
{
    (void)state;
    bt_document *doc = seed_without_image();
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    char *article = entry(data, size, "EPUB/article.xhtml");
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_not_contains(article, "<img");
    assert_contains(article, seed()->caption);
    assert_not_contains(opf, "image/jpeg");
    assert_null(entry(data, size, "EPUB/images/image1.jpg"));
    bt_status st;
    bt_document *back = read_epub(data, size, NULL, &st);
    assert_int_equal(st, BT_OK);
    /* the caption stays, after the lead, whether the reader calls it a figure or not */
    bt_node *after_lead = bt_node_next(nth(back, BT_NODE_PARAGRAPH, 0));
    assert_string_equal(bt_node_text(back, after_lead), seed()->caption);
    assert_int_equal(bt_document_resource_count(back), 0);
    free(article);
    free(opf);
    free(data);
    bt_document_free(back);
    bt_document_free(doc);
}

/* s in NFD, malloc'd. */
static char *nfd(const char *s)
{
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFDInstance(&e);
    UChar u[8192], d[16384];
    int32_t len;
    u_strFromUTF8(u, 8192, &len, s, -1, &e);
    len = unorm2_normalize(n, u, len, d, 16384, &e);
    char *out = malloc(4 * (size_t)len + 1);
    u_strToUTF8(out, 4 * len + 1, NULL, d, len, &e);
    assert_true(U_SUCCESS(e));
    return out;
}

static int to_nfd(bt_node *n, int entering, void *user)
{
    if (entering && bt_node_get_type(n) == BT_NODE_TEXT) {
        char *d = nfd(bt_node_literal(n));
        assert_int_equal(bt_node_set_literal(user, n, d, strlen(d)), BT_OK);
        free(d);
    }
    return 0;
}

/* The seed with every text and metadata value given again in NFD. */
static bt_document *seed_nfd(void)
{
    bt_document *doc = seed_document();
    bt_node_walk(bt_document_body(doc), to_nfd, doc);
    for (int k = 0; k < BT_META_COUNT_; k++) {
        size_t n = bt_document_meta_count(doc, k);
        char *v[8];
        for (size_t i = 0; i < n && i < 8; i++)
            v[i] = nfd(bt_document_meta_at(doc, k, i));
        for (size_t i = 0; i < n && i < 8; i++) {
            if (i == 0)
                bt_document_set_meta(doc, k, v[i]);
            else
                bt_document_add_meta(doc, k, v[i]);
            free(v[i]);
        }
    }
    return doc;
}

static void test_nfd_same_bytes(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", SDE, 1);
    bt_document *a = seed_document(), *b = seed_nfd();
    size_t n1, n2;
    char *x = write_epub(a, NULL, &n1, NULL, NULL);
    char *y = write_epub(b, NULL, &n2, NULL, NULL);
    assert_int_equal(n1, n2);
    assert_memory_equal(x, y, n1);
    free(x);
    free(y);
    bt_document_free(a);
    bt_document_free(b);
    unsetenv("SOURCE_DATE_EPOCH");
}

static void test_language_and_date(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    bt_document_set_meta(doc, BT_META_LANGUAGE, NULL);
    bt_document_set_meta(doc, BT_META_DATE, "Thứ Hai ngày 09/10/2017");
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    char *opf = entry(data, size, "EPUB/package.opf");
    char *article = entry(data, size, "EPUB/article.xhtml");
    assert_contains(opf, "<dc:language>und</dc:language>");
    /* not W3CDTF: not a dc:date, but still in the dateline */
    assert_not_contains(opf, "<dc:date>");
    assert_contains(article, "Xây dựng Đảng | Thứ Hai ngày 09/10/2017");
    assert_true(epub_w3cdtf("2017"));
    assert_true(epub_w3cdtf("2017-10-09"));
    assert_true(epub_w3cdtf("2017-10-09T06:51Z"));
    assert_true(epub_w3cdtf("2017-10-09T06:51:00.5-05:00"));
    assert_false(epub_w3cdtf("2017-13-09"));
    assert_false(epub_w3cdtf("2017-10-09 06:51"));
    assert_false(epub_w3cdtf("2017-10-09T06:51:00+0700"));
    free(opf);
    free(article);
    free(data);
    bt_document_free(doc);
}

static void test_cover(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "epub:cover=%s", "first");
    size_t size;
    char *data = write_epub(doc, &opt, &size, NULL, NULL);
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_contains(opf, "href=\"images/image1.jpg\" media-type=\"image/jpeg\" "
                         "properties=\"cover-image\"");
    assert_contains(opf, "<meta name=\"cover\" content=\"image1\"/>");
    free(opf);
    free(data);

    test_option(&opt, "epub:cover=%s", td("images/hoi-nghi-dieu-le-dang.jpg"));
    data = write_epub(doc, &opt, &size, NULL, NULL);
    opf = entry(data, size, "EPUB/package.opf");
    assert_contains(opf, "id=\"cover\" href=\"images/cover.jpg\" media-type=\"image/jpeg\" "
                         "properties=\"cover-image\"");
    char *img = entry(data, size, "EPUB/images/cover.jpg");
    assert_non_null(img);
    /* the cover is not a page of the article: reading back does not show it */
    bt_status st;
    bt_document *back = read_epub(data, size, NULL, &st);
    assert_int_equal(count(back, BT_NODE_FIGURE), 1);
    bt_document_free(back);
    free(img);
    free(opf);
    free(data);

    bt_error *err = bt_error_new();
    test_option(&opt, "epub:cover=%s", "/nonexistent/cover.jpg");
    bt_status s;
    data = write_epub(doc, &opt, &size, err, &s);
    assert_int_equal(s, BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_IO);
    assert_contains(bt_error_message(err), "cover image '/nonexistent/cover.jpg'");
    bt_error_clear(err);
    test_option(&opt, "epub:cover=%s", td("article.txt"));
    data = write_epub(doc, &opt, &size, err, &s);
    assert_int_equal(s, BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_FORMAT);
    bt_error_free(err);
    bt_document_free(doc);
}

/* A figure with an image of a given type, appended to the body. */
static void add_figure(bt_document *doc, const char *name, const char *type, const char *data,
                       size_t size)
{
    bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
    bt_node_append(bt_document_body(doc), fig);
    bt_node_set_figure_resource(fig, bt_document_add_resource(doc, name, type, data, size));
    bt_node *cap = bt_node_new(doc, BT_NODE_CAPTION);
    bt_node_append(fig, cap);
    bt_node_append_text(doc, cap, name, strlen(name));
}

/* Images that are not EPUB 3.2 core media types (WebP, gzipped SVG) are
 * left out with a warning, their captions kept; SVG text is kept. */
static void test_image_types(void **state)
{
    (void)state;
    static const char webp[] = "RIFF\x24\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0\x0f\0\0\x0f\0\0";
    static const char svgz[] = "\x1f\x8b\x08\0\0\0\0\0\0\x03";
    static const char svg[] =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>";
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Ảnh");
    add_figure(doc, "anh.webp", "image/webp", webp, sizeof(webp) - 1);
    add_figure(doc, "anh.svgz", "image/svg+xml", svgz, sizeof(svgz) - 1);
    add_figure(doc, "anh.svg", "image/svg+xml", svg, sizeof(svg) - 1);
    bt_error *err = bt_error_new();
    size_t size;
    bt_status st;
    char *data = write_epub(doc, NULL, &size, err, &st);
    assert_int_equal(st, BT_WARN);
    assert_int_equal(bt_error_event_count(err), 2);
    assert_contains(bt_error_event_message(err, 0), "anh.webp");
    assert_contains(bt_error_event_message(err, 1), "anh.svgz");
    char *article = entry(data, size, "EPUB/article.xhtml");
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_int_equal(count_of(article, "<img"), 1);
    assert_contains(article, "<img src=\"images/image3.svg\"");
    assert_contains(opf, "href=\"images/image3.svg\" media-type=\"image/svg+xml\"");
    assert_contains(article, "anh.webp</figcaption>");
    assert_contains(article, "anh.svgz</figcaption>");
    free(article);
    free(opf);
    free(data);
    bt_error_free(err);
    bt_document_free(doc);
}

static void test_resolve(void **state)
{
    (void)state;
    static const struct {
        const char *base, *href, *want;
    } cases[] = {
        {"EPUB/package.opf", "text/ch1.xhtml", "EPUB/text/ch1.xhtml"},
        {"EPUB/text/ch1.xhtml", "../media/a%20b.jpg", "EPUB/media/a b.jpg"},
        {"EPUB/text/ch1.xhtml", "./img/x.png#frag", "EPUB/text/img/x.png"},
        {"EPUB/text/ch1.xhtml", "x.png?v=2", "EPUB/text/x.png"},
        {"EPUB/text/ch1.xhtml", "/OPS/x.png", "OPS/x.png"},
        {"package.opf", "%E1%BA%A2nh.jpg", "Ảnh.jpg"},
        {"EPUB/ch.xhtml", "夏目.jpg", "EPUB/夏目.jpg"},
        {NULL, "EPUB/package.opf", "EPUB/package.opf"},
        {"EPUB/text/ch1.xhtml", "../../../etc/passwd", NULL},
        {"EPUB/text/ch1.xhtml", "http://example.com/a.jpg", NULL},
        {"EPUB/text/ch1.xhtml", "data:image/png;base64,AAAA", NULL},
        {"EPUB/text/ch1.xhtml", "#top", NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *got = epub_resolve(cases[i].base, cases[i].href);
        if (cases[i].want)
            assert_string_equal(got, cases[i].want);
        else
            assert_null(got);
        free(got);
    }
}

/* ---- EPUBs written by other tools ---- */

static bt_document *read_fixture(const char *name)
{
    char path[256];
    snprintf(path, sizeof(path), "epub/%s", name);
    return read_doc(td(path), "epub", NULL);
}

/* pandoc's EPUB 3 and EPUB 2 of testdata/epub/vi-article.md. */
static void check_pandoc_vi(const char *name)
{
    bt_document *doc = read_fixture(name);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Chủ động, gương mẫu");
    assert_string_equal(bt_document_meta(doc, BT_META_AUTHOR), "Hà Nội Mới");
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "vi");
    assert_string_equal(bt_document_meta(doc, BT_META_DATE), "2017-10-09");
    assert_true(!strncmp(bt_document_meta(doc, BT_META_IDENTIFIER), "urn:uuid:", 9));
    /* the title page (title, author, date) is not body text */
    bt_node *first = bt_node_first_child(bt_document_body(doc));
    assert_int_equal(bt_node_get_type(first), BT_NODE_HEADING);
    assert_int_equal(count(doc, BT_NODE_HEADING), 2);
    assert_int_equal(bt_node_heading_level(nth(doc, BT_NODE_HEADING, 0)), 1);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_HEADING, 0)),
                        "Rõ trọng tâm, trọng điểm");
    assert_int_equal(bt_node_heading_level(nth(doc, BT_NODE_HEADING, 1)), 2);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_HEADING, 1)),
                        "Triển khai toàn diện nhiệm vụ chính trị");
    assert_int_equal(count(doc, BT_NODE_PARAGRAPH), 2);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, 0)),
                        "Ngày 10-10-1954, Ban Thường vụ Thành ủy Hà Nội đã quyết định thành lập "
                        "Liên chi các cơ quan Dân - Đảng.");
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, 1)),
                        "Đảng bộ Khối các cơ quan TP Hà Nội là Đảng bộ cấp trên cơ sở.");
    bt_node *fig = nth(doc, BT_NODE_FIGURE, 0);
    assert_non_null(fig);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)),
                        "Một hội nghị quán triệt, tập huấn Điều lệ Đảng.");
    size_t n, m;
    char *jpg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &n);
    const void *img = bt_resource_data(doc, bt_node_figure_resource(fig), &m);
    assert_int_equal(n, m);
    assert_memory_equal(jpg, img, n);
    free(jpg);
    bt_document_free(doc);
}

static void test_pandoc_epub3(void **state)
{
    (void)state;
    check_pandoc_vi("vi-epub3.epub");
}

static void test_pandoc_epub2(void **state)
{
    (void)state;
    check_pandoc_vi("vi-epub2.epub");
}

/* pandoc's test EPUB: GIF, PNG and JPEG figures under h2-h4. */
static void test_pandoc_img(void **state)
{
    (void)state;
    bt_document *doc = read_fixture("pandoc-img.epub");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE),
                        "EPUBTEST 0100 - Reflowable Content Tests");
    assert_int_equal(bt_document_meta_count(doc, BT_META_AUTHOR), 6);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_HEADING, 0)), "Multimedia");
    assert_int_equal(bt_node_heading_level(nth(doc, BT_NODE_HEADING, 0)), 2);
    assert_int_equal(bt_node_heading_level(nth(doc, BT_NODE_HEADING, 1)), 3);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_HEADING, 2)), "[REQUIRED] img-010 GIF");
    static const char *const types[] = {"image/gif", "image/png", "image/jpeg"};
    assert_int_equal(count(doc, BT_NODE_FIGURE), 3);
    for (int i = 0; i < 3; i++) {
        bt_node *fig = nth(doc, BT_NODE_FIGURE, i);
        assert_string_equal(bt_resource_media_type(doc, bt_node_figure_resource(fig)), types[i]);
        assert_int_equal(bt_resource_width(doc, bt_node_figure_resource(fig)), 46);
    }
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, 0)),
                        "Tests whether the GIF image format is supported.");
    bt_document_free(doc);
}

/* EPUB 2 with an obfuscated font listed in encryption.xml (not DRM) and a
 * cover page (linear="no", the cover image alone). */
static void test_pandoc_epub2_picture(void **state)
{
    (void)state;
    bt_document *doc = read_fixture("pandoc-epub2-picture.epub");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Pandoc EPUB Test");
    assert_string_equal(bt_document_meta(doc, BT_META_AUTHOR), "François Martin");
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "de-DE");
    assert_string_equal(bt_document_meta(doc, BT_META_DATE), "2019-06-22T15:01:38Z");
    /* empty dc: elements are no metadata */
    assert_null(bt_document_meta(doc, BT_META_PUBLISHER));
    assert_null(bt_document_meta(doc, BT_META_KEYWORD));
    assert_int_equal(count(doc, BT_NODE_FIGURE), 0);
    assert_int_equal(count(doc, BT_NODE_PARAGRAPH), 1);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, 0)), "Pandoc EPUB2 Test");
    bt_document_free(doc);
}

/* IDPF's epub3-samples: hefty-water (epub:switch, code, lists). */
static void test_idpf_hefty_water(void **state)
{
    (void)state;
    bt_document *doc = read_fixture("hefty-water.epub");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Hefty Water");
    assert_string_equal(bt_document_meta(doc, BT_META_IDENTIFIER),
                        "code.google.com.epub-samples.hefty.water");
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_HEADING, 0)), "The Switch");
    assert_int_equal(bt_node_heading_level(nth(doc, BT_NODE_HEADING, 0)), 2);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_HEADING, 1)), "The Source");
    assert_contains(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, 0)),
                    "This document serves to test Reading System support for the epub:switch "
                    "element.");
    assert_int_equal(count(doc, BT_NODE_LIST), 1);
    assert_int_equal(count(doc, BT_NODE_PRE), 3);
    bt_document_free(doc);
}

/* epub.js's alice_without_cover: only a title page, and metadata with three
 * identifiers (the unique-identifier one wins) and a source. */
static void test_epubjs_alice(void **state)
{
    (void)state;
    bt_document *doc = read_fixture("alice_without_cover.epub");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Alice's Adventures in Wonderland");
    assert_string_equal(bt_document_meta(doc, BT_META_IDENTIFIER),
                        "edu.nyu.itp.future-of-publishing.alice-in-wonderland");
    assert_string_equal(bt_document_meta(doc, BT_META_SOURCE_URL),
                        "http://www.gutenberg.org/files/19033/19033-h/19033-h.htm");
    assert_string_equal(bt_document_meta(doc, BT_META_KEYWORD), "Fantasy");
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "en-US");
    assert_null(bt_node_first_child(bt_document_body(doc)));
    bt_document_free(doc);
}

/* IDPF's kusamakura-preview: Japanese file names in the zip and in hrefs; its
 * ruby readings in brackets on the line. */
static void test_idpf_kusamakura(void **state)
{
    (void)state;
    bt_document *doc = read_fixture("kusamakura-preview.epub");
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "草枕");
    assert_string_equal(bt_document_meta(doc, BT_META_AUTHOR), "夏目 漱石");
    int found = 0;
    for (size_t i = 0; i < bt_document_resource_count(doc); i++)
        found |= !strcmp(bt_resource_name(doc, (int)i), "EPUB/images/夏目漱石.jpg") &&
                 !strcmp(bt_resource_media_type(doc, (int)i), "image/jpeg");
    assert_true(found);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_HEADING, 0)), "一");
    int para = 0;
    for (bt_node *p; (p = nth(doc, BT_NODE_PARAGRAPH, para)); para++)
        if (!strcmp(bt_node_text(doc, p), "山路(やまみち)を登りながら、こう考えた。"))
            break;
    assert_non_null(nth(doc, BT_NODE_PARAGRAPH, para));
    bt_document_free(doc);
}

/* ---- books made here, broken in one way each ---- */

static int to_buf(void *user, const void *data, size_t len)
{
    bt_buf_put(user, data, len);
    return 0;
}

#define CONTAINER                                                                                  \
    "<?xml version=\"1.0\"?><container version=\"1.0\" "                                           \
    "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"                        \
    "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"     \
    "</rootfiles></container>"

#define OPF(manifest, spine)                                                                       \
    "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" "      \
    "unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"            \
    "<dc:title>Sách</dc:title><dc:identifier id=\"id\">x</dc:identifier></metadata>"              \
    "<manifest>" manifest "</manifest><spine>" spine "</spine></package>"

#define ITEM(id, href)                                                                             \
    "<item id=\"" id "\" href=\"" href "\" media-type=\"application/xhtml+xml\"/>"
#define REF(id) "<itemref idref=\"" id "\"/>"

#define XHTML(body)                                                                                \
    "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "                         \
    "xml:lang=\"vi\"><head><title>t</title>"                                                       \
    "</head><body>" body "</body></html>"

typedef struct {
    const char *name, *data;
    size_t len; /* 0: strlen(data) */
} book_part;

/* A zip of the parts, mimetype first. */
static bt_buf make_book(const book_part *p)
{
    bt_buf b = BT_BUF_INIT;
    bt_output out = {to_buf, &b, NULL};
    bt_zip_writer *z = bt_zip_writer_new(NULL);
    assert_int_equal(bt_zip_add(z, "mimetype", "application/epub+zip", 20, 1, NULL), BT_OK);
    for (; p->name; p++)
        assert_int_equal(
            bt_zip_add(z, p->name, p->data, p->len ? p->len : strlen(p->data), 0, NULL), BT_OK);
    assert_int_equal(bt_zip_finish(z, &out, NULL), BT_OK);
    return b;
}

#define BOOK(...) make_book((const book_part[]){__VA_ARGS__, {NULL, NULL, 0}})
#define P(name, data)                                                                              \
    {                                                                                              \
        name, data, 0                                                                              \
    }

/* Reading fails with BT_ERR_FORMAT and a one-line message holding what. */
static void expect_error(const void *data, size_t size, const char *what)
{
    bt_error *err = bt_error_new();
    bt_status st;
    bt_document *doc = read_epub(data, size, err, &st);
    assert_int_equal(st, BT_FAILED);
    assert_null(doc);
    assert_int_equal(bt_error_code_of(err), BT_ERR_FORMAT);
    assert_contains(bt_error_message(err), what);
    assert_null(strchr(bt_error_message(err), '\n'));
    bt_error_free(err);
}

static void test_bad_files(void **state)
{
    (void)state;
    expect_error("", 0, "empty");
    char *text = slurp(td("article.txt"), NULL);
    expect_error(text, strlen(text), "not a zip");
    free(text);
    bt_document *doc = seed_document();
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    expect_error(data, size / 2, "truncated");
    free(data);
    bt_document_free(doc);
}

static void expect_book_error(bt_buf b, const char *what)
{
    expect_error(b.data, b.len, what);
    bt_buf_free(&b);
}

static void test_bad_packages(void **state)
{
    (void)state;
    expect_book_error(BOOK(P("OEBPS/a.xhtml", XHTML("<p>a</p>"))),
                      "META-INF/container.xml is missing");
    expect_book_error(BOOK(P("META-INF/container.xml", "<container><rootfiles>")),
                      "META-INF/container.xml: broken XML");
    expect_book_error(BOOK(P("META-INF/container.xml", "<container/>")),
                      "names no package document");
    expect_book_error(BOOK(P("META-INF/container.xml", CONTAINER)),
                      "package document 'OEBPS/content.opf' is missing");
    expect_book_error(
        BOOK(P("META-INF/container.xml", CONTAINER), P("OEBPS/content.opf", "<package><metadata>")),
        "OEBPS/content.opf: broken XML");
    expect_book_error(
        BOOK(P("META-INF/container.xml", CONTAINER), P("OEBPS/content.opf", "<html/>")),
        "not an OPF package document");
    expect_book_error(BOOK(P("META-INF/container.xml", CONTAINER),
                           P("OEBPS/content.opf", OPF(ITEM("a", "a.xhtml"), REF("a")))),
                      "spine item 'a' ('OEBPS/a.xhtml') is missing");
    expect_book_error(BOOK(P("META-INF/container.xml", CONTAINER),
                           P("OEBPS/content.opf", OPF(ITEM("a", "a.xhtml"), REF("b"))),
                           P("OEBPS/a.xhtml", XHTML("<p>a</p>"))),
                      "spine item 'b' is not in the manifest");
    /* refused, not read as HTML instead */
    expect_book_error(
        BOOK(P("META-INF/container.xml", CONTAINER),
             P("OEBPS/content.opf", OPF(ITEM("a", "a.xhtml"), REF("a"))),
             P("OEBPS/a.xhtml", "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM "
                                "\"file:///etc/passwd\">]><html><body><p>&x;</p></body></html>")),
        "'OEBPS/a.xhtml' declares XML entities");
}

#define ENCRYPTION(algorithm, uri)                                                                 \
    "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "                       \
    "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"                          \
    "<enc:EncryptionMethod Algorithm=\"" algorithm "\"/><enc:CipherData>"                          \
    "<enc:CipherReference URI=\"" uri "\"/></enc:CipherData></enc:EncryptedData></encryption>"

static void test_drm(void **state)
{
    (void)state;
    expect_book_error(
        BOOK(P("META-INF/container.xml", CONTAINER),
             P("META-INF/encryption.xml",
               ENCRYPTION("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/a.xhtml")),
             P("OEBPS/content.opf", OPF(ITEM("a", "a.xhtml"), REF("a"))),
             P("OEBPS/a.xhtml", "\x13\x37 ciphertext")),
        "encrypted (DRM)");
    /* obfuscated fonts are not DRM */
    bt_buf b = BOOK(P("META-INF/container.xml", CONTAINER),
                    P("META-INF/encryption.xml",
                      ENCRYPTION("http://www.idpf.org/2008/embedding", "OEBPS/f.otf")),
                    P("OEBPS/content.opf", OPF(ITEM("a", "a.xhtml"), REF("a"))),
                    P("OEBPS/a.xhtml", XHTML("<p>chữ</p>")));
    bt_status st;
    bt_document *doc = read_epub(b.data, b.len, NULL, &st);
    assert_int_equal(st, BT_OK);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, 0)), "chữ");
    bt_document_free(doc);
    bt_buf_free(&b);
}

/* Parts that are not well-formed XML, or use HTML entities, are read as
 * HTML; linear="no" parts come after the others; the nav is left out;
 * image paths are percent-decoded and cannot leave the container. */
static void test_lenient_parts(void **state)
{
    (void)state;
    static const char gif[] = "GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04\x01\0\0\0\0,"
                              "\0\0\0\0\x01\0\x01\0\0\x02\x02\x44\x01\0;";
    bt_buf b =
        BOOK(P("META-INF/container.xml", CONTAINER),
             P("OEBPS/content.opf",
               OPF("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" "
                   "properties=\"nav\"/>" ITEM("n", "notes.xhtml") ITEM("a", "text/a.xhtml")
                       ITEM("b", "text/b%20c.xhtml") ITEM("c", "c.xhtml"),
                   "<itemref idref=\"n\" linear=\"no\"/>" REF("nav") REF("a") REF("b") REF("c"))),
             P("OEBPS/nav.xhtml", XHTML("<nav><ol><li>Mục lục</li></ol></nav>")),
             P("OEBPS/notes.xhtml", XHTML("<p>Ghi chú.</p>")),
             P("OEBPS/text/a.xhtml",
               XHTML("<h1>Sách</h1><p>Một&nbsp;hai</p><figure><img src=\"../img/%E1%BA%A3nh.gif\" "
                     "alt=\"\"/><figcaption>Chú thích</figcaption></figure>")),
             P("OEBPS/text/b c.xhtml",
               "<html><body><p>Không đóng<p>Thẻ <i>HTML</i><embed src=\"x.mid\"><p>Sau nhạc"
               "</body></html>"),
             P("OEBPS/c.xhtml", XHTML("<figure><img src=\"../../../x.gif\" alt=\"\"/>"
                                      "<figcaption>Ngoài</figcaption></figure>")),
             {"OEBPS/img/ảnh.gif", gif, sizeof(gif) - 1});
    bt_error *err = bt_error_new();
    bt_status st;
    bt_document *doc = read_epub(b.data, b.len, err, &st);
    /* the image outside the container is lost, with a warning */
    assert_int_equal(st, BT_WARN);
    assert_int_equal(bt_error_event_count(err), 1);
    assert_contains(bt_error_event_message(err, 0), "../../../x.gif");
    /* the h1 that repeats the title is the title */
    assert_int_equal(count(doc, BT_NODE_HEADING), 0);
    /* (what follows an <embed> libxml2 nested in it is read: the embed is
     * void) */
    static const char *const paras[] = {"Một\u00a0hai", "Không đóng", "Thẻ HTML", "Sau nhạc",
                                        "Ghi chú."};
    assert_int_equal(count(doc, BT_NODE_PARAGRAPH), 5);
    for (int i = 0; i < 5; i++)
        assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, i)), paras[i]);
    assert_int_equal(count(doc, BT_NODE_FIGURE), 2);
    bt_node *fig = nth(doc, BT_NODE_FIGURE, 0);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "Chú thích");
    assert_string_equal(bt_resource_media_type(doc, bt_node_figure_resource(fig)), "image/gif");
    assert_string_equal(bt_resource_name(doc, bt_node_figure_resource(fig)), "OEBPS/img/ảnh.gif");
    fig = nth(doc, BT_NODE_FIGURE, 1);
    assert_int_equal(bt_node_figure_resource(fig), -1);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "Ngoài");
    /* the last paragraph comes from the linear="no" part */
    assert_ptr_equal(bt_node_next(fig), nth(doc, BT_NODE_PARAGRAPH, 4));
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&b);
}

/* How deep blockquotes nest below n, following the last one of each level. */
static int quote_depth(const bt_node *n)
{
    int depth = 0;
    for (const bt_node *q = n; q;) {
        const bt_node *next = NULL;
        for (const bt_node *c = q->first; c; c = c->next)
            if (c->type == BT_NODE_QUOTE)
                next = c;
        depth += next != NULL;
        q = next;
    }
    return depth;
}

/* The text and quote depth of an EPUB whose part nests levels blockquotes. */
static void check_deep_part(int levels)
{
    bt_buf x = BT_BUF_INIT;
    bt_buf_puts(&x, "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                    "<head><title>t</title></head><body>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&x, "<blockquote>");
    bt_buf_puts(&x, "<p>Chữ ở <em>tầng</em> sâu nhất.</p>");
    for (int i = 0; i < levels; i++)
        bt_buf_puts(&x, "</blockquote>");
    bt_buf_puts(&x, "<p>Đoạn sau trích dẫn.</p></body></html>");
    bt_buf b = BOOK(P("META-INF/container.xml", CONTAINER),
                    P("OEBPS/content.opf", OPF(ITEM("a", "a.xhtml"), REF("a"))),
                    P("OEBPS/a.xhtml", x.data));
    bt_error *err = bt_error_new();
    bt_status st;
    bt_document *doc = read_epub(b.data, b.len, err, &st);
    assert_int_equal(st, BT_OK);
    const char *text = bt_node_text(doc, bt_document_body(doc));
    assert_contains(text, "Chữ ở tầng sâu nhất.");
    assert_contains(text, "Đoạn sau trích dẫn.");
    int depth = quote_depth(bt_document_body(doc));
    if (levels < BT_MAX_DEPTH - 8)
        assert_int_equal(depth, levels);
    else
        assert_true(depth <= BT_MAX_DEPTH && depth >= BT_MAX_DEPTH - 16);
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&b);
    bt_buf_free(&x);
}

/* XHTML nested deeper than BT_MAX_DEPTH (and than libxml2's 256) is
 * flattened, its text kept, at any depth; bantin's own EPUB of a deep page
 * reads back with all its text. */
static void test_deep_part(void **state)
{
    (void)state;
    check_deep_part(BT_MAX_DEPTH - 9);
    check_deep_part(BT_MAX_DEPTH);
    check_deep_part(BT_MAX_DEPTH + 1);
    check_deep_part(30000); /* more would pass for a zip bomb */
    bt_buf html = BT_BUF_INIT;
    bt_buf_puts(&html, "<html><body><main>");
    for (int i = 0; i < BT_MAX_DEPTH + 10; i++)
        bt_buf_puts(&html, "<blockquote>");
    bt_buf_puts(&html, "<p>Chữ ở tầng sâu nhất.</p>");
    for (int i = 0; i < BT_MAX_DEPTH + 10; i++)
        bt_buf_puts(&html, "</blockquote>");
    bt_buf_puts(&html, "<p>Đoạn sau trích dẫn.</p></main></body></html>");
    bt_input in = {(const unsigned char *)html.data, html.len, NULL};
    bt_document *page;
    assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, "html"), &in, NULL, &page, NULL),
                         BT_FAILED);
    size_t size;
    char *data = write_epub(page, NULL, &size, NULL, NULL);
    bt_status st;
    bt_document *doc = read_epub(data, size, NULL, &st);
    assert_int_equal(st, BT_OK);
    /* the part's own wrappers take a level or two of the limit */
    assert_true(quote_depth(bt_document_body(doc)) >= quote_depth(bt_document_body(page)) - 2);
    assert_string_equal(bt_node_text(doc, bt_document_body(doc)),
                        bt_node_text(page, bt_document_body(page)));
    bt_document_free(doc);
    bt_document_free(page);
    free(data);
    bt_buf_free(&html);
}

/* "<?xml" starts any XML file: one declared an SVG that is not one is not an
 * image, with a warning, its figure and caption kept; a real SVG is read. */
static void test_svg_must_be_svg(void **state)
{
    (void)state;
    bt_buf b = BOOK(
        P("META-INF/container.xml", CONTAINER),
        P("OEBPS/content.opf",
          OPF(ITEM("a", "a.xhtml") "<item id=\"x\" href=\"x.svg\" media-type=\"image/svg+xml\"/>"
                                   "<item id=\"s\" href=\"s.svg\" media-type=\"image/svg+xml\"/>",
              REF("a"))),
        P("OEBPS/a.xhtml", XHTML("<p>Mở đầu bài.</p><figure><img src=\"x.svg\" alt=\"\"/>"
                                 "<figcaption>Không phải ảnh</figcaption></figure>"
                                 "<figure><img src=\"s.svg\" alt=\"\"/>"
                                 "<figcaption>Hình vẽ</figcaption></figure>")),
        P("OEBPS/x.svg", "<?xml version=\"1.0\"?><ghi-chu>bí mật</ghi-chu>"),
        P("OEBPS/s.svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                         "width=\"1\" height=\"1\"/>"));
    bt_error *err = bt_error_new();
    bt_status st;
    bt_document *doc = read_epub(b.data, b.len, err, &st);
    assert_int_equal(st, BT_WARN);
    assert_int_equal(bt_error_event_count(err), 1);
    assert_string_equal(bt_error_event_message(err, 0), "not an image: 'OEBPS/x.svg'");
    assert_int_equal(count(doc, BT_NODE_FIGURE), 2);
    bt_node *fig = nth(doc, BT_NODE_FIGURE, 0);
    assert_int_equal(bt_node_figure_resource(fig), -1);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "Không phải ảnh");
    fig = nth(doc, BT_NODE_FIGURE, 1);
    assert_string_equal(bt_resource_media_type(doc, bt_node_figure_resource(fig)), "image/svg+xml");
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), "Hình vẽ");
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&b);
}

/* Of several rootfiles, the one that is a package document. */
static void test_rootfiles(void **state)
{
    (void)state;
    bt_buf b = BOOK(P("META-INF/container.xml",
                      "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                      "<rootfiles><rootfile full-path=\"book.pdf\" media-type=\"application/pdf\"/>"
                      "<rootfile full-path=\"OEBPS/content.opf\" "
                      "media-type=\"application/oebps-package+xml\"/>"
                      "<rootfile full-path=\"other.opf\" "
                      "media-type=\"application/oebps-package+xml\"/></rootfiles></container>"),
                    P("OEBPS/content.opf", OPF(ITEM("a", "a.xhtml"), REF("a"))),
                    P("OEBPS/a.xhtml", XHTML("<p>đúng</p>")));
    bt_status st;
    bt_document *doc = read_epub(b.data, b.len, NULL, &st);
    assert_int_equal(st, BT_OK);
    assert_string_equal(bt_node_text(doc, nth(doc, BT_NODE_PARAGRAPH, 0)), "đúng");
    /* no dc:language: the content document's xml:lang */
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "vi");
    bt_document_free(doc);
    bt_buf_free(&b);
}

/* The command: EPUB in, EPUB out with a cover; a broken EPUB is one line
 * on stderr and exit status 1. */
static void test_cli(void **state)
{
    (void)state;
    char out[512], broken[512];
    snprintf(out, sizeof(out), "%s/cli.epub", tmpdir());
    snprintf(broken, sizeof(broken), "%s/broken.epub", tmpdir());
    run_result r =
        run_bantin(NULL, "--epub-cover=first", "-o", out, td("epub/vi-epub3.epub"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    size_t size;
    char *data = slurp(out, &size);
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_contains(opf, "<dc:title id=\"title\">Chủ động, gương mẫu</dc:title>");
    assert_contains(opf, "properties=\"cover-image\"");
    free(opf);
    free(data);
    spit(broken, "PK\3\4 not really", 15);
    r = run_bantin(NULL, "-o", out, broken, NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "broken.epub");
    assert_ptr_equal(strchr(r.err, '\n'), r.err + strlen(r.err) - 1);
    run_free(&r);
}

/* The section is a subject (issue 12): a collection is shown as a series.
 * Read back, it is the section again, not a keyword; books of ours that
 * have it as belongs-to-collection still read. */
static void test_section_subject(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_contains(opf, "<dc:subject id=\"section\">Xây dựng Đảng</dc:subject>");
    assert_not_contains(opf, "belongs-to-collection");
    bt_status st;
    bt_document *back = read_epub(data, size, NULL, &st);
    assert_int_equal(st, BT_OK);
    assert_string_equal(bt_document_meta(back, BT_META_SECTION), "Xây dựng Đảng");
    assert_int_equal(bt_document_meta_count(back, BT_META_KEYWORD),
                     bt_document_meta_count(doc, BT_META_KEYWORD));
    for (size_t i = 0; i < bt_document_meta_count(back, BT_META_KEYWORD); i++)
        assert_string_not_equal(bt_document_meta_at(back, BT_META_KEYWORD, i), "Xây dựng Đảng");
    bt_document_free(back);
    free(opf);
    free(data);
    bt_document_free(doc);

    bt_buf b =
        BOOK(P("META-INF/container.xml", CONTAINER),
             P("OEBPS/content.opf",
               "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
               "version=\"3.0\" unique-identifier=\"id\"><metadata "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Sách</dc:title>"
               "<dc:identifier id=\"id\">x</dc:identifier><dc:subject>Kinh tế</dc:subject>"
               "<meta property=\"belongs-to-collection\">Thời sự</meta></metadata><manifest>" ITEM(
                   "a", "a.xhtml") "</manifest><spine>" REF("a") "</spine></package>"),
             P("OEBPS/a.xhtml", XHTML("<p>Một đoạn.</p>")));
    doc = read_epub(b.data, b.len, NULL, &st);
    assert_int_equal(st, BT_OK);
    assert_string_equal(bt_document_meta(doc, BT_META_SECTION), "Thời sự");
    assert_int_equal(bt_document_meta_count(doc, BT_META_KEYWORD), 1);
    assert_string_equal(bt_document_meta(doc, BT_META_KEYWORD), "Kinh tế");
    bt_document_free(doc);
    bt_buf_free(&b);
}

/* Pictures keep their shape on a narrow screen: the stylesheet lets the
 * height follow the width the screen leaves (issue 12). */
static void test_stylesheet(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    size_t size;
    char *data = write_epub(doc, NULL, &size, NULL, NULL);
    char *css = entry(data, size, "EPUB/style.css");
    assert_contains(css, "img { max-width: 100%; height: auto; }");
    assert_contains(css, ".byline {");
    assert_contains(css, ".credit {");
    assert_contains(css, ".dateline {");
    assert_contains(css, ".lead {");
    free(css);
    free(data);
    bt_document_free(doc);
}

/* epub:title-page: titlepage.xhtml first in the spine, saying title,
 * subtitle, authors, date as people write it and publisher; reading the
 * book back leaves it out. */
static void test_title_page(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    bt_document_set_meta(doc, BT_META_SUBTITLE, "Đảng bộ Khối các cơ quan TP Hà Nội");
    bt_document_add_meta(doc, BT_META_AUTHOR, "Nguyễn Văn An");
    size_t size;
    char *plain = write_epub(doc, NULL, &size, NULL, NULL);
    assert_null(entry(plain, size, "EPUB/titlepage.xhtml"));
    free(plain);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "epub:title-page");
    char *data = write_epub(doc, &opt, &size, NULL, NULL);
    char *page = entry(data, size, "EPUB/titlepage.xhtml");
    assert_non_null(page);
    assert_contains(page, "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>");
    assert_contains(page, "<section epub:type=\"titlepage\" class=\"titlepage\">"
                          "<h1>Chủ động, gương mẫu, hoàn thành nhiệm vụ</h1>"
                          "<p class=\"subtitle\">Đảng bộ Khối các cơ quan TP Hà Nội</p>"
                          "<p class=\"authors\">Hương Ly, Nguyễn Văn An</p>"
                          "<p class=\"date\"><time datetime=\"2017-10-09T06:51:00+07:00\">"
                          "Thứ Hai, 09/10/2017 06:51</time></p>"
                          "<p class=\"publisher\">Báo Hànộimới</p></section>");
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_contains(opf, "<item id=\"titlepage\" href=\"titlepage.xhtml\" "
                         "media-type=\"application/xhtml+xml\"/>");
    assert_contains(opf, "<spine toc=\"ncx\">\n    <itemref idref=\"titlepage\"/>\n"
                         "    <itemref idref=\"article\"/>\n  </spine>");
    char *nav = entry(data, size, "EPUB/nav.xhtml");
    assert_contains(nav, "epub:type=\"titlepage\" href=\"titlepage.xhtml\"");
    bt_status st;
    bt_document *back = read_epub(data, size, NULL, &st);
    assert_int_equal(st, BT_OK);
    assert_int_equal(count(back, BT_NODE_HEADING), 2);
    assert_int_equal(count(back, BT_NODE_PARAGRAPH), 10);
    assert_string_equal(bt_node_text(back, nth(back, BT_NODE_PARAGRAPH, 0)), seed()->lead);
    bt_document_free(back);
    free(nav);
    free(opf);
    free(page);
    free(data);
    bt_document_free(doc);
}

/* epub:css: each file in the package, in the manifest, and linked from the
 * content documents after bantin's stylesheet, in the order given. */
static void test_house_css(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    char second[512];
    snprintf(second, sizeof(second), "%s/second.css", tmpdir());
    /* a BOM, which the package's copy goes without */
    static const char bom[] = "\xef\xbb\xbfp { text-indent: 1em; }\n";
    spit(second, bom, sizeof(bom) - 1);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "epub:css=%s", td("css/house.css"));
    test_option(&opt, "epub:css=%s", second);
    test_option(&opt, "epub:title-page");
    size_t size;
    char *data = write_epub(doc, &opt, &size, NULL, NULL);
    char *house = entry(data, size, "EPUB/css/house1.css");
    char *want = slurp(td("css/house.css"), NULL);
    assert_non_null(house);
    assert_string_equal(house, want);
    free(want);
    free(house);
    house = entry(data, size, "EPUB/css/house2.css");
    assert_string_equal(house, "p { text-indent: 1em; }\n");
    free(house);
    char *opf = entry(data, size, "EPUB/package.opf");
    assert_contains(opf, "<item id=\"house1\" href=\"css/house1.css\" media-type=\"text/css\"/>");
    assert_contains(opf, "<item id=\"house2\" href=\"css/house2.css\" media-type=\"text/css\"/>");
    free(opf);
    static const char links[] =
        "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>"
        "<link rel=\"stylesheet\" type=\"text/css\" href=\"css/house1.css\"/>"
        "<link rel=\"stylesheet\" type=\"text/css\" href=\"css/house2.css\"/></head>";
    static const char *const parts[] = {"EPUB/article.xhtml", "EPUB/titlepage.xhtml"};
    for (int i = 0; i < 2; i++) {
        char *part = entry(data, size, parts[i]);
        assert_contains(part, links);
        free(part);
    }
    free(data);

    /* one that cannot be read, or is not UTF-8, fails the book */
    bt_error *err = bt_error_new();
    bt_status st;
    bt_options_init(&opt);
    test_option(&opt, "epub:css=%s/no-such.css", tmpdir());
    assert_null(write_epub(doc, &opt, &size, err, &st));
    assert_int_equal(st, BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_IO);
    assert_contains(bt_error_message(err), "cannot read the stylesheet ");
    assert_contains(bt_error_message(err), "/no-such.css");
    static const char latin1[] = "p::before { content: \"\xe9\"; }\n";
    spit(second, latin1, sizeof(latin1) - 1);
    bt_options_init(&opt);
    test_option(&opt, "epub:css=%s", second);
    bt_error_clear(err);
    assert_null(write_epub(doc, &opt, &size, err, &st));
    assert_int_equal(bt_error_code_of(err), BT_ERR_ENCODING);
    bt_error_free(err);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_round_trip),
        cmocka_unit_test(test_article_inlines),
        cmocka_unit_test(test_model_round_trip),
        cmocka_unit_test(test_notes_written),
        cmocka_unit_test(test_metadata_round_trip),
        cmocka_unit_test(test_package_parts),
        cmocka_unit_test(test_reproducible),
        cmocka_unit_test(test_identifier_stable),
        cmocka_unit_test(test_missing_image),
        cmocka_unit_test(test_nfd_same_bytes),
        cmocka_unit_test(test_language_and_date),
        cmocka_unit_test(test_cover),
        cmocka_unit_test(test_image_types),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_pandoc_epub3),
        cmocka_unit_test(test_pandoc_epub2),
        cmocka_unit_test(test_pandoc_img),
        cmocka_unit_test(test_pandoc_epub2_picture),
        cmocka_unit_test(test_idpf_hefty_water),
        cmocka_unit_test(test_epubjs_alice),
        cmocka_unit_test(test_idpf_kusamakura),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_bad_packages),
        cmocka_unit_test(test_drm),
        cmocka_unit_test(test_lenient_parts),
        cmocka_unit_test(test_deep_part),
        cmocka_unit_test(test_svg_must_be_svg),
        cmocka_unit_test(test_rootfiles),
        cmocka_unit_test(test_cli),
        cmocka_unit_test(test_section_subject),
        cmocka_unit_test(test_stylesheet),
        cmocka_unit_test(test_title_page),
        cmocka_unit_test(test_house_css),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
