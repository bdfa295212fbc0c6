/* EPUB against real clients: epubcheck validates what bantin writes,
 * pandoc reads it back, Chromium lays it out.  Each skips when its program
 * is missing, except under CI=true, where that is a failure. */
#include "util.h"

#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "container.h"
#include "document.h"

#define EPUBCHECK_JAR "/usr/share/java/epubcheck.jar"

/* Whether a program is on the PATH. */
static int on_path(const char *program)
{
    char cmd[256];
    snprintf(cmd, sizeof(cmd), "command -v %s >/dev/null 2>&1", program);
    return system(cmd) == 0;
}

/* Skip (or fail under CI) when a tool is missing; 1 when it is there. */
#define REQUIRE(present, what)                                                                     \
    do {                                                                                           \
        if (!(present)) {                                                                          \
            const char *ci = getenv("CI");                                                         \
            if (ci && !strcmp(ci, "true"))                                                         \
                fail_msg("%s is missing (CI=true)", what);                                         \
            print_message("skipped: %s is missing\n", what);                                       \
            skip();                                                                                \
        }                                                                                          \
    } while (0)

/* Everything a command prints (stdout and stderr), malloc'd. */
static char *run(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    bt_buf b = BT_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), p)) > 0)
        bt_buf_put(&b, chunk, n);
    pclose(p);
    bt_buf_putc(&b, '\0');
    return b.data;
}

/* Write doc as EPUB into the test directory; the path, in a static buffer. */
static const char *save(bt_document *doc, const char *name, const bt_options *opt)
{
    static char path[512];
    size_t size;
    char *data = write_doc(doc, "epub", opt, &size);
    snprintf(path, sizeof(path), "%s/%s", tmpdir(), name);
    spit(path, data, size);
    free(data);
    return path;
}

static void epubcheck(bt_document *doc, const char *name, const bt_options *opt)
{
    const char *path = save(doc, name, opt);
    char cmd[1024];
    snprintf(cmd, sizeof(cmd), "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar %s '%s' 2>&1",
             EPUBCHECK_JAR, path);
    char *out = run(cmd);
    if (!strstr(out, "No errors or warnings detected"))
        fail_msg("epubcheck %s:\n%s", name, out);
    free(out);
    bt_document_free(doc);
}

static void require_epubcheck(void)
{
    REQUIRE(on_path("java") && access(EPUBCHECK_JAR, R_OK) == 0,
            "epubcheck (java -jar " EPUBCHECK_JAR ")");
}

static void test_epubcheck_seed(void **state)
{
    (void)state;
    require_epubcheck();
    epubcheck(seed_document(), "seed.epub", NULL);
}

/* The article with a strong lead, an emphasis and a link. */
static void test_epubcheck_article(void **state)
{
    (void)state;
    require_epubcheck();
    epubcheck(article_doc(NULL), "article.epub", NULL);
}

/* Texts given in NFD (tone marks as combining characters), and a heading
 * of punctuation and digits: the ids and links must still be valid. */
/* html -> epub on the article page, its NFD version, and the page with its
 * image gone: each valid as it stands */
static void test_epubcheck_page(void **state)
{
    (void)state;
    require_epubcheck();
    epubcheck(read_doc(td("hanoimoi-2017-10-09.html"), "html", NULL), "page.epub", NULL);
    bt_options opt;
    bt_options_init(&opt);
    opt.resource_path = td("");
    epubcheck(read_doc(td("html/hanoimoi-nfd.html"), "html", &opt), "page-nfd.epub", NULL);
    /* the page alone in a folder: its image is not there */
    char page[600];
    snprintf(page, sizeof(page), "%s/lonely.html", tmpdir());
    size_t size;
    char *html = slurp(td("hanoimoi-2017-10-09.html"), &size);
    spit(page, html, size);
    free(html);
    bt_document *doc = read_doc(page, "html", NULL);
    assert_int_equal(bt_document_resource_count(doc), 0);
    epubcheck(doc, "page-no-image.epub", NULL);
}

/* The model since 1.0: inline markup, languages, a table's caption and
 * spans, a credit's label, a display size, footnotes of every kind. */
static void test_epubcheck_model(void **state)
{
    (void)state;
    require_epubcheck();
    epubcheck(read_html_page("html/model-inlines.html"), "model-inlines.epub", NULL);
    epubcheck(read_html_page("html/model-notes.html"), "model-notes.epub", NULL);
    epubcheck(notes_doc(), "notes.epub", NULL);
}

static void test_epubcheck_nfd(void **state)
{
    (void)state;
    require_epubcheck();
    bt_document *doc = seed_document();
    /* "Đảng ở Hà Nội" */
    assert_int_equal(bt_document_set_meta(doc, BT_META_TITLE,
                                          "\xc4\x90"
                                          "a\xcc\x89ng o\xcc\x9b\xcc\x89 Ha\xcc\x80 "
                                          "No\xcc\xa3\xcc\x82i"),
                     BT_OK);
    static const char *const headings[] = {"Trie\xcc\x82\xcc\x89n khai \xe2\x80\x94 100% (2017)",
                                           "2017",
                                           "Trie\xcc\x82\xcc\x89n khai \xe2\x80\x94 100% (2017)"};
    for (int i = 0; i < 3; i++) {
        bt_node *h = bt_node_new(doc, BT_NODE_HEADING);
        bt_node_set_heading_level(h, 3 + i);
        bt_node_append(bt_document_body(doc), h);
        assert_int_equal(bt_node_append_text(doc, h, headings[i], strlen(headings[i])), BT_OK);
    }
    epubcheck(doc, "nfd.epub", NULL);
}

static void test_epubcheck_missing_image(void **state)
{
    (void)state;
    require_epubcheck();
    bt_document *doc = seed_document();
    for (bt_node *n = bt_node_first_child(bt_document_body(doc)); n; n = bt_node_next(n))
        if (bt_node_get_type(n) == BT_NODE_FIGURE)
            bt_node_set_figure_resource(n, -1);
    epubcheck(doc, "missing-image.epub", NULL);
}

/* --missing-image=placeholder: the SVG placeholder beside a PNG. */
static void test_epubcheck_placeholder(void **state)
{
    (void)state;
    require_epubcheck();
    bt_options opt;
    bt_options_init(&opt);
    opt.missing_image = BT_MISSING_PLACEHOLDER;
    epubcheck(read_doc(td("html/missing-image.html"), "html", &opt), "placeholder.epub", NULL);
}

/* A document with nothing: no metadata, no blocks; and headings that skip
 * levels, deepest first. */
static void test_epubcheck_bare(void **state)
{
    (void)state;
    require_epubcheck();
    epubcheck(bt_document_new(), "bare.epub", NULL);
    bt_document *doc = bt_document_new();
    static const int levels[] = {4, 2, 6, 1, 3};
    for (int i = 0; i < 5; i++) {
        bt_node *h = bt_node_new(doc, BT_NODE_HEADING);
        bt_node_set_heading_level(h, levels[i]);
        bt_node_append(bt_document_body(doc), h);
        bt_node_append_text(doc, h, "Mục", strlen("Mục"));
    }
    epubcheck(doc, "levels.epub", NULL);
}

/* An SVG figure next to the JPEG one. */
static void test_epubcheck_svg(void **state)
{
    (void)state;
    require_epubcheck();
    static const char svg[] =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
        "<rect width=\"10\" height=\"10\"/></svg>";
    bt_document *doc = seed_document();
    bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
    bt_node_append(bt_document_body(doc), fig);
    bt_node_set_figure_resource(
        fig, bt_document_add_resource(doc, "o.svg", "image/svg+xml", svg, sizeof(svg) - 1));
    epubcheck(doc, "svg.epub", NULL);
}

/* A cover, no language ("und"), a subtitle. */
static void test_epubcheck_cover_und(void **state)
{
    (void)state;
    require_epubcheck();
    bt_document *doc = seed_document();
    bt_document_set_meta(doc, BT_META_LANGUAGE, NULL);
    bt_document_set_meta(doc, BT_META_SUBTITLE, "Đảng bộ Khối các cơ quan TP Hà Nội");
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "epub:cover=first");
    epubcheck(doc, "cover-und.epub", &opt);
}

static int count_of(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static void test_pandoc_reads_ours(void **state)
{
    (void)state;
    REQUIRE(on_path("pandoc"), "pandoc");
    const seed_article *a = seed();
    bt_document *doc = seed_document();
    const char *path = save(doc, "for-pandoc.epub", NULL);
    bt_document_free(doc);
    char cmd[1024];
    snprintf(cmd, sizeof(cmd), "pandoc -f epub -t json '%s'", path);
    char *json = run(cmd);
    assert_int_equal(count_of(json, "{\"t\":\"Header\",\"c\":[2,"), 2);
    assert_int_equal(count_of(json, "{\"t\":\"Image\","), 1);
    free(json);
    snprintf(cmd, sizeof(cmd), "pandoc -f epub -t plain --wrap=none '%s'", path);
    char *plain = run(cmd);
    char line[4096];
    for (int i = 0; i < 2; i++) {
        snprintf(line, sizeof(line), "\n%s\n", a->heading[i]);
        assert_contains(plain, line);
    }
    /* the figure: the image with its caption, after its label */
    snprintf(line, sizeof(line), "\n[Ảnh 1: %s]\n", a->caption);
    assert_contains(plain, line);
    for (int i = 0; i < 8; i++) {
        snprintf(line, sizeof(line), "\n%s\n", a->body[i]);
        assert_contains(plain, line);
    }
    free(plain);
}

/* A title page and two house stylesheets, one linked after the other. */
static void test_epubcheck_title_page_css(void **state)
{
    (void)state;
    require_epubcheck();
    bt_document *doc = seed_document();
    bt_document_set_meta(doc, BT_META_SUBTITLE, "Đảng bộ Khối các cơ quan TP Hà Nội");
    bt_document_add_meta(doc, BT_META_AUTHOR, "Nguyễn Văn An");
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "epub:title-page");
    test_option(&opt, "epub:css=%s", td("css/house.css"));
    test_option(&opt, "epub:css=%s", td("css/house.css"));
    epubcheck(doc, "title-page-css.epub", &opt);
}

/* Unpack an EPUB's members under dir, folders made on the way. */
static void unpack(const char *epub_path, const char *dir)
{
    size_t size;
    char *data = slurp(epub_path, &size);
    bt_zip_reader *z = bt_zip_open((const unsigned char *)data, size, NULL);
    assert_non_null(z);
    for (size_t i = 0; i < bt_zip_count(z); i++) {
        char path[1024];
        snprintf(path, sizeof(path), "%s/%s", dir, bt_zip_name(z, i));
        for (char *slash = strchr(path + strlen(dir) + 1, '/'); slash;
             slash = strchr(slash + 1, '/')) {
            *slash = '\0';
            mkdir(path, 0755);
            *slash = '/';
        }
        bt_buf b = BT_BUF_INIT;
        assert_int_equal(bt_zip_read(z, bt_zip_name(z, i), &b, NULL), BT_OK);
        spit(path, b.data ? b.data : "", b.len);
        bt_buf_free(&b);
    }
    bt_zip_close(z);
    free(data);
}

/* A page showing the article in frames as wide as the screens measured, and
 * writing, once all is loaded, one line per picture: the frame's width, its
 * viewport's, the picture's rendered width and height, its pixel size. */
static const char measure_page[] =
    "<!DOCTYPE html><html><body>\n"
    "<iframe src=\"article.xhtml\" width=\"360\" height=\"800\"></iframe>\n"
    "<iframe src=\"article.xhtml\" width=\"1024\" height=\"800\"></iframe>\n"
    "<pre id=\"measured\">not measured</pre>\n"
    "<script>\n"
    "window.addEventListener('load', function () {\n"
    "  var lines = [], frames = document.getElementsByTagName('iframe');\n"
    "  for (var i = 0; i < frames.length; i++) {\n"
    "    var d = frames[i].contentDocument;\n"
    "    if (!d) { lines.push('no access to frame ' + i); continue; }\n"
    "    var imgs = d.getElementsByTagName('img');\n"
    "    for (var j = 0; j < imgs.length; j++) {\n"
    "      var r = imgs[j].getBoundingClientRect();\n"
    "      lines.push(['img', frames[i].width, d.documentElement.clientWidth, r.width, r.height,\n"
    "                  imgs[j].naturalWidth, imgs[j].naturalHeight].join(' '));\n"
    "    }\n"
    "  }\n"
    "  document.getElementById('measured').textContent = lines.join('\\n');\n"
    "});\n"
    "</script></body></html>\n";

/* The article in a real renderer (issue 12): Chromium lays EPUB/article.xhtml
 * out with the book's own stylesheet in viewports 360 and 1024 CSS pixels
 * wide; every picture keeps its pixels' aspect ratio within 1% and stays
 * inside the viewport.  The frames are there because a headless window is
 * never narrower than 500 pixels. */
static void test_render_widths(void **state)
{
    (void)state;
    REQUIRE(on_path("chromium"), "chromium");
    bt_document *doc = read_doc(td("hanoimoi-2017-10-09.html"), "html", NULL);
    assert_int_equal(bt_document_resource_count(doc), 1);
    int width = bt_resource_width(doc, 0), height = bt_resource_height(doc, 0);
    const char *book = save(doc, "render.epub", NULL);
    bt_document_free(doc);
    char dir[600], page[700], cmd[2400];
    snprintf(dir, sizeof(dir), "%s/render", tmpdir());
    mkdir(dir, 0755);
    unpack(book, dir);
    snprintf(page, sizeof(page), "%s/EPUB/measure.html", dir);
    spit(page, measure_page, sizeof(measure_page) - 1);
    snprintf(cmd, sizeof(cmd),
             "timeout 120 chromium --headless --disable-gpu --no-sandbox --disable-dev-shm-usage "
             "--hide-scrollbars "
             "--allow-file-access-from-files --user-data-dir='%s/profile' "
             "--window-size=1200,900 --virtual-time-budget=10000 --dump-dom 'file://%s' "
             "2>/dev/null",
             dir, page);
    char *dom = run(cmd);
    const char *p = strstr(dom, "<pre id=\"measured\">");
    if (!p)
        fail_msg("chromium gave no page:\n%.2000s", dom);
    p += strlen("<pre id=\"measured\">");
    int frames = 0;
    for (const char *line = p; !strncmp(line, "img ", 4); line += strcspn(line, "\n") + 1) {
        int frame, natural_w, natural_h;
        double viewport, w, h;
        assert_int_equal(sscanf(line, "img %d %lf %lf %lf %d %d", &frame, &viewport, &w, &h,
                                &natural_w, &natural_h),
                         6);
        print_message("%d px wide: viewport %.1f, picture %.2f x %.2f (pixels %d x %d)\n", frame,
                      viewport, w, h, natural_w, natural_h);
        assert_int_equal(natural_w, width);
        assert_int_equal(natural_h, height);
        assert_true(w > 0 && h > 0);
        double ratio = (w / h) / ((double)width / height);
        if (ratio < 0.99 || ratio > 1.01)
            fail_msg("%d px: the picture is %.2f x %.2f, not in the ratio of %d x %d", frame, w, h,
                     width, height);
        if (w > viewport + 0.5)
            fail_msg("%d px: the picture (%.2f) is wider than the viewport (%.1f)", frame, w,
                     viewport);
        frames++;
    }
    if (frames != 2)
        fail_msg("measured %d pictures, not 2:\n%.500s", frames, p);
    free(dom);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_epubcheck_seed),
        cmocka_unit_test(test_epubcheck_model),
        cmocka_unit_test(test_epubcheck_page),
        cmocka_unit_test(test_epubcheck_article),
        cmocka_unit_test(test_epubcheck_nfd),
        cmocka_unit_test(test_epubcheck_missing_image),
        cmocka_unit_test(test_epubcheck_placeholder),
        cmocka_unit_test(test_epubcheck_bare),
        cmocka_unit_test(test_epubcheck_svg),
        cmocka_unit_test(test_epubcheck_cover_und),
        cmocka_unit_test(test_pandoc_reads_ours),
        cmocka_unit_test(test_epubcheck_title_page_css),
        cmocka_unit_test(test_render_widths),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
