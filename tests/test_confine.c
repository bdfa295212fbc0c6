/* Confined reads and the image budget: a page's images come only from its
 * folder and the resource path (never through "..", file: URLs or links
 * leading out, and the warnings tell nothing of what is outside), standard
 * input reads none unless told where, an SVG must be one, identical images
 * are one resource, and a document holds at most so many images. */
#include "util.h"

#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "document.h"
#include "image.h"
#include "limit.h"

/* ---- fixtures ---- */

/* tmpdir()/name, in one of four static buffers used in turn. */
static const char *at(const char *name)
{
    static char path[4][1024];
    static int k;
    k = (k + 1) % 4;
    snprintf(path[k], sizeof(path[k]), "%s/%s", tmpdir(), name);
    return path[k];
}

/* A PNG header of w x h pixels: all the reader looks at. */
static void png(unsigned char out[33], unsigned w, unsigned h)
{
    static const unsigned char head[16] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                                           0,    0,   0,   13,  'I',  'H',  'D',  'R'};
    memset(out, 0, 33);
    memcpy(out, head, 16);
    for (int i = 0; i < 4; i++) {
        out[16 + i] = (unsigned char)(w >> (24 - 8 * i));
        out[20 + i] = (unsigned char)(h >> (24 - 8 * i));
    }
    out[24] = 8;
}

static void put_png(const char *path, unsigned w)
{
    unsigned char p[33];
    png(p, w, 1);
    spit(path, p, sizeof(p));
}

static void put(const char *path, const char *text) { spit(path, text, strlen(text)); }

/* A page whose article holds one figure per address, each captioned. */
static void put_page(const char *path, const char *const *src, size_t n)
{
    bt_buf b = BT_BUF_INIT;
    bt_buf_puts(&b, "<html><body><article><h1>Ảnh</h1><p>Một đoạn văn đủ dài để làm bài báo, "
                    "với vài hình ảnh ở dưới.</p>");
    for (size_t i = 0; i < n; i++)
        bt_buf_printf(&b, "<figure><img src=\"%s\"><figcaption>Ảnh %zu</figcaption></figure>",
                      src[i], i + 1);
    bt_buf_puts(&b, "</article></body></html>");
    spit(path, b.data, b.len);
    bt_buf_free(&b);
}

/* Read a page; the warnings come back one a line (malloc'd). */
static bt_document *read_html(const char *path, const bt_options *opt, char **warnings)
{
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    if (bt_read_file(NULL, bt_format_by_name(NULL, "html"), path, opt, &doc, err) == BT_FAILED)
        fail_msg("%s: %s", path, bt_error_message(err));
    bt_buf b = BT_BUF_INIT;
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        bt_buf_printf(&b, "%s\n", bt_error_event_message(err, i));
    *warnings = b.data ? b.data : strdup("");
    bt_error_free(err);
    return doc;
}

/* The nth figure's resource index. */
static int figure_res(bt_document *doc, int n)
{
    for (bt_node *k = bt_node_first_child(bt_document_body(doc)); k; k = bt_node_next(k))
        if (bt_node_get_type(k) == BT_NODE_FIGURE && n-- == 0)
            return bt_node_figure_resource(k);
    fail_msg("no figure %d", n);
    return -9;
}

/* A site: site/page/{page.html,ok.png,sub/b.png}, site/secret/p.png, and
 * links in site/page/ leading out and in. */
static void make_site(void)
{
    static int made;
    if (made++)
        return;
    mkdir(at("site"), 0777);
    mkdir(at("site/page"), 0777);
    mkdir(at("site/page/sub"), 0777);
    mkdir(at("site/secret"), 0777);
    put_png(at("site/page/ok.png"), 1);
    put_png(at("site/page/sub/b.png"), 2);
    put_png(at("site/secret/p.png"), 3);
    assert_int_equal(symlink("../secret/p.png", at("site/page/link-out.png")), 0);
    assert_int_equal(symlink("../secret/none.png", at("site/page/dangling-out.png")), 0);
    assert_int_equal(symlink(at("site/secret/p.png"), at("site/page/abs-out.png")), 0);
    assert_int_equal(symlink("../secret", at("site/page/dir-out")), 0);
    assert_int_equal(symlink("sub/b.png", at("site/page/link-in.png")), 0);
    assert_int_equal(symlink(at("site/page/sub/b.png"), at("site/page/abs-in.png")), 0);
    assert_int_equal(symlink("link-in.png", at("site/page/chain-in.png")), 0);
    assert_int_equal(symlink("sub", at("site/page/dir-in")), 0);
    assert_int_equal(symlink("loop", at("site/page/loop")), 0);
}

/* ---- resolving names ---- */

static bt_confine_result resolve(const char *root, const char *name)
{
    bt_confine c = BT_CONFINE_INIT;
    assert_int_equal(bt_confine_add(&c, root), 0);
    char *real = NULL;
    bt_confine_result r = bt_confine_resolve(&c, name, &real);
    assert_true((r == BT_CONFINE_INSIDE) == (real != NULL));
    free(real);
    bt_confine_free(&c);
    return r;
}

static void test_resolve_inside(void **state)
{
    (void)state;
    make_site();
    const char *page = at("site/page");
    bt_confine c = BT_CONFINE_INIT;
    assert_int_equal(bt_confine_add(&c, page), 0);
    char *real = NULL, *want = realpath(at("site/page/sub/b.png"), NULL);
    assert_int_equal(bt_confine_resolve(&c, "sub/../sub/./b.png", &real), BT_CONFINE_INSIDE);
    assert_string_equal(real, want);
    free(real);
    free(want);
    bt_confine_free(&c);
    static const char *const inside[] = {"ok.png",       "/ok.png",         ".//sub//b.png",
                                         "link-in.png",  "abs-in.png",      "chain-in.png",
                                         "dir-in/b.png", "dir-in/../ok.png"};
    for (size_t i = 0; i < sizeof(inside) / sizeof(*inside); i++)
        if (resolve(page, inside[i]) != BT_CONFINE_INSIDE)
            fail_msg("%s: not inside", inside[i]);
    static const char *const missing[] = {"none.png", "sub", "ok.png/x", "loop", "sub/none/.."};
    for (size_t i = 0; i < sizeof(missing) / sizeof(*missing); i++)
        if (resolve(page, missing[i]) != BT_CONFINE_MISSING)
            fail_msg("%s: not missing", missing[i]);
}

/* Out by "..", or by a link, whether or not anything is there: OUTSIDE. */
static void test_resolve_outside(void **state)
{
    (void)state;
    make_site();
    static const char *const outside[] = {
        "..",           "../secret/p.png",  "../secret/none.png", "sub/../../secret/p.png",
        "link-out.png", "dangling-out.png", "abs-out.png",        "dir-out/p.png",
        "dir-out/none", "../page/ok.png",
    };
    for (size_t i = 0; i < sizeof(outside) / sizeof(*outside); i++)
        if (resolve(at("site/page"), outside[i]) != BT_CONFINE_OUTSIDE)
            fail_msg("%s: not outside", outside[i]);
}

/* Several folders: a name may go from one into another; none: nothing. */
static void test_resolve_folders(void **state)
{
    (void)state;
    make_site();
    bt_confine c = BT_CONFINE_INIT;
    char *real = NULL;
    assert_int_equal(bt_confine_resolve(&c, "ok.png", &real), BT_CONFINE_OUTSIDE);
    char list[3000];
    snprintf(list, sizeof(list), "%s:%s::%s", at("site/page"), at("no-such-folder"), at("site"));
    assert_int_equal(bt_confine_add_list(&c, list), 0);
    assert_int_equal(c.n, 2);
    assert_int_equal(bt_confine_resolve(&c, "../secret/p.png", &real), BT_CONFINE_INSIDE);
    free(real);
    assert_int_equal(bt_confine_resolve(&c, "link-out.png", &real), BT_CONFINE_INSIDE);
    free(real);
    assert_int_equal(bt_confine_resolve(&c, "../../x.png", &real), BT_CONFINE_OUTSIDE);
    bt_confine_free(&c);
}

/* ---- the HTML reader ---- */

static const char *const hostile[] = {
    "../secret/p.png",  "%2e%2e/secret/p.png", "link-out.png", "abs-out.png",
    "dir-out/p.png",    "file:ok.png",         NULL, /* file://.../secret/p.png */
    "dangling-out.png",
};
#define NHOSTILE (sizeof(hostile) / sizeof(*hostile))

static void hostile_page(const char *path)
{
    char url[1100];
    snprintf(url, sizeof(url), "file://%s", at("site/secret/p.png"));
    const char *src[NHOSTILE + 1];
    for (size_t i = 0; i < NHOSTILE; i++)
        src[i] = hostile[i] ? hostile[i] : url;
    src[NHOSTILE] = "ok.png";
    put_page(path, src, NHOSTILE + 1);
}

/* Nothing outside is read, each refusal says the same, and the warnings are
 * the same whether what is outside exists or not. */
static void test_page_confined(void **state)
{
    (void)state;
    make_site();
    const char *page = at("site/page/page.html");
    hostile_page(page);
    char *warnings, *again;
    bt_document *doc = read_html(page, NULL, &warnings);
    for (size_t i = 0; i < NHOSTILE; i++)
        assert_int_equal(figure_res(doc, (int)i), -1);
    assert_int_equal(figure_res(doc, NHOSTILE), 0);
    assert_int_equal(bt_document_resource_count(doc), 1);
    char want[1200];
    snprintf(want, sizeof(want),
             "image outside the allowed folders, not read: file://%s\n"
             "image outside the allowed folders, not read: dangling-out.png\n",
             at("site/secret/p.png"));
    assert_contains(warnings, "image outside the allowed folders, not read: ../secret/p.png\n"
                              "image outside the allowed folders, not read: %2e%2e/secret/p.png\n"
                              "image outside the allowed folders, not read: link-out.png\n");
    assert_contains(warnings, want);
    bt_document_free(doc);

    unlink(at("site/secret/p.png"));
    doc = read_html(page, NULL, &again);
    put_png(at("site/secret/p.png"), 3);
    assert_string_equal(again, warnings);
    free(again);
    free(warnings);
    bt_document_free(doc);
}

/* --allow-any-path reads them all; an old caller's options (version 1,
 * which had no such field) stay confined. */
static void test_allow_any_path(void **state)
{
    (void)state;
    make_site();
    const char *page = at("site/page/page.html");
    hostile_page(page);
    bt_options opt;
    bt_options_init(&opt);
    opt.allow_any_path = 1;
    char *warnings;
    bt_document *doc = read_html(page, &opt, &warnings);
    static const int loads[NHOSTILE] = {1, 1, 1, 1, 1, 0, 1, 0};
    for (size_t i = 0; i < NHOSTILE; i++)
        if ((figure_res(doc, (int)i) >= 0) != loads[i])
            fail_msg("%s: %s", hostile[i] ? hostile[i] : "file://", warnings);
    assert_not_contains(warnings, "allowed folders");
    free(warnings);
    bt_document_free(doc);

    /* options of a caller built before allow_any_path: the field is not read */
    opt.size = offsetof(bt_options, allow_any_path);
    doc = read_html(page, &opt, &warnings);
    assert_int_equal(figure_res(doc, 0), -1);
    assert_contains(warnings, "not read: ../secret/p.png");
    free(warnings);
    bt_document_free(doc);
}

/* Standard input has no folder: images resolve only in the resource path. */
static void test_stdin_reads_nothing(void **state)
{
    (void)state;
    make_site();
    static const char page[] = "<html><body><article><p>Một đoạn văn đủ dài để làm bài báo.</p>"
                               "<img src=\"ok.png\"></article></body></html>";
    char cwd[PATH_MAX];
    assert_non_null(getcwd(cwd, sizeof(cwd)));
    assert_int_equal(chdir(at("site/page")), 0);
    bt_input in = {(const unsigned char *)page, sizeof(page) - 1, NULL};
    bt_options opt;
    bt_options_init(&opt);
    for (int with_path = 0; with_path < 2; with_path++) {
        opt.resource_path = with_path ? at("site/page") : NULL;
        bt_error *err = bt_error_new();
        bt_document *doc = NULL;
        assert_int_not_equal(bt_read(NULL, NULL, &in, &opt, &doc, err), BT_FAILED);
        assert_int_equal(figure_res(doc, 0) >= 0, with_path);
        if (!with_path)
            assert_string_equal(bt_error_event_message(err, 0),
                                "image outside the allowed folders, not read: ok.png");
        bt_document_free(doc);
        bt_error_free(err);
    }
    assert_int_equal(chdir(cwd), 0);
}

/* Any XML file sniffs as SVG: only an <svg> in the SVG namespace, without a
 * DOCTYPE, is read as one. */
static void test_svg_must_be_svg(void **state)
{
    (void)state;
    mkdir(at("svg"), 0777);
    put(at("svg/real.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                            "width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>");
    put(at("svg/config.svg"), "<?xml version=\"1.0\"?><config><key>secret</key></config>");
    put(at("svg/doctype.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]>"
                               "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>");
    put(at("svg/no-ns.svg"), "<svg><rect/></svg>");
    put(at("svg/broken.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>");
    static const char *const src[] = {"real.svg", "config.svg", "doctype.svg", "no-ns.svg",
                                      "broken.svg"};
    put_page(at("svg/page.html"), src, 5);
    char *warnings;
    bt_document *doc = read_html(at("svg/page.html"), NULL, &warnings);
    assert_string_equal(bt_resource_media_type(doc, figure_res(doc, 0)), "image/svg+xml");
    for (int i = 1; i < 5; i++)
        assert_int_equal(figure_res(doc, i), -1);
    assert_string_equal(warnings, "not an image: config.svg\nnot an image: doctype.svg\n"
                                  "not an image: no-ns.svg\nnot an image: broken.svg\n");
    free(warnings);
    bt_document_free(doc);
}

/* ---- the budget ---- */

/* One image under many addresses (query strings, another file, a data: URI)
 * is one resource: not one copy per address in memory and in the output. */
static void test_same_image_once(void **state)
{
    (void)state;
    mkdir(at("same"), 0777);
    put_png(at("same/a.png"), 7);
    put_png(at("same/copy.png"), 7);
    static const char *const src[] = {
        "a.png?w=1", "a.png?w=2", "a.png#x", "copy.png",
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAcAAAABCAAAAAAAAAAA"};
    put_page(at("same/page.html"), src, 5);
    char *warnings;
    bt_document *doc = read_html(at("same/page.html"), NULL, &warnings);
    assert_string_equal(warnings, "");
    assert_int_equal(bt_document_resource_count(doc), 1);
    for (int i = 0; i < 5; i++)
        assert_int_equal(figure_res(doc, i), 0);
    unsigned char *epub = NULL;
    size_t size;
    bt_error *err = bt_error_new();
    assert_int_equal(bt_write_memory(bt_format_by_name(NULL, "epub"), doc, NULL, &epub, &size, err),
                     BT_OK);
    free(epub);
    bt_error_free(err);
    free(warnings);
    bt_document_free(doc);
}

/* n distinct data: images on one page, read whole. */
static bt_document *many_images(size_t n, char **warnings)
{
    static const char *const b64 =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char **src = calloc(n, sizeof(*src));
    for (size_t i = 0; i < n; i++) {
        unsigned char p[33];
        png(p, (unsigned)i + 1, 1);
        bt_buf b = BT_BUF_INIT;
        bt_buf_puts(&b, "data:image/png;base64,");
        for (size_t k = 0; k < 33; k += 3) {
            unsigned v = (unsigned)p[k] << 16 | (unsigned)p[k + 1] << 8 | p[k + 2];
            for (int s = 18; s >= 0; s -= 6)
                bt_buf_putc(&b, b64[(v >> s) & 63]);
        }
        src[i] = b.data;
    }
    put_page(at("many.html"), (const char *const *)src, n);
    for (size_t i = 0; i < n; i++)
        free(src[i]);
    free(src);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:whole-page");
    return read_html(at("many.html"), &opt, warnings);
}

/* At BT_MAX_DOCUMENT_IMAGES, all are read; past it, the figure stays, with
 * its caption, and a warning says the image was not read. */
static void test_count_budget(void **state)
{
    (void)state;
    char *warnings;
    bt_document *doc = many_images(BT_MAX_DOCUMENT_IMAGES, &warnings);
    assert_int_equal(bt_document_resource_count(doc), BT_MAX_DOCUMENT_IMAGES);
    assert_string_equal(warnings, "");
    free(warnings);
    bt_document_free(doc);

    doc = many_images(BT_MAX_DOCUMENT_IMAGES + 1, &warnings);
    assert_int_equal(bt_document_resource_count(doc), BT_MAX_DOCUMENT_IMAGES);
    assert_int_equal(figure_res(doc, BT_MAX_DOCUMENT_IMAGES - 1), BT_MAX_DOCUMENT_IMAGES - 1);
    assert_int_equal(figure_res(doc, BT_MAX_DOCUMENT_IMAGES), -1);
    bt_counts c;
    bt_document_count(doc, &c);
    assert_int_equal(c.figures, BT_MAX_DOCUMENT_IMAGES + 1);
    assert_int_equal(c.captions, BT_MAX_DOCUMENT_IMAGES + 1);
    assert_string_equal(warnings, "image not loaded (past the budget of 10000 images, 256 MiB a "
                                  "document): data: URI\n");
    free(warnings);
    bt_document_free(doc);
}

/* Resources up to BT_MAX_DOCUMENT_IMAGE_BYTES in all are added, one byte
 * more is not; an image already there still is (it costs nothing). */
static void test_bytes_budget(void **state)
{
    (void)state;
    unsigned char *big = calloc(1, BT_MAX_IMAGE_BYTES);
    assert_non_null(big);
    bt_document *doc = bt_document_new();
    size_t left = BT_MAX_DOCUMENT_IMAGE_BYTES;
    for (int i = 0; left; i++) {
        size_t n = left < BT_MAX_IMAGE_BYTES ? left : BT_MAX_IMAGE_BYTES;
        big[0] = (unsigned char)i;
        assert_int_equal(bt_document_add_resource(doc, NULL, "image/png", big, n), i);
        left -= n;
    }
    size_t count = bt_document_resource_count(doc);
    big[0] = 0xFF;
    assert_false(bt_document_resource_fits(doc, 1));
    assert_int_equal(bt_document_add_resource(doc, NULL, "image/png", big, 1), -1);
    big[0] = 0;
    assert_int_equal(bt_document_add_resource(doc, NULL, "image/png", big, BT_MAX_IMAGE_BYTES), 0);
    assert_int_equal(bt_document_resource_count(doc), count);
    bt_document_free(doc);
    free(big);
}

/* ---- the command ---- */

static void test_cli(void **state)
{
    (void)state;
    make_site();
    static const char *const src[] = {"../secret/p.png"};
    put_page(at("site/page/cli.html"), src, 1);
    run_result r = run_bantin(NULL, "-t", "html", "-o", "-", at("site/page/cli.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.err, "image outside the allowed folders, not read: ../secret/p.png\n");
    assert_not_contains(r.out, "data:image/png");
    run_free(&r);
    r = run_bantin(NULL, "-t", "html", "-o", "-", "--allow-any-path", at("site/page/cli.html"),
                   NULL);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    assert_contains(r.out, "src=\"data:image/png;base64,");
    run_free(&r);

    /* standard input: nothing from the current folder; the resource path, yes */
    static const char *const here[] = {"ok.png"};
    put_page(at("site/page/stdin.html"), here, 1);
    char cwd[PATH_MAX];
    assert_non_null(getcwd(cwd, sizeof(cwd)));
    assert_int_equal(chdir(at("site/page")), 0);
    r = run_bantin(at("site/page/stdin.html"), "-f", "html", "-t", "html", "-o", "-", "-", NULL);
    assert_contains(r.err, "image outside the allowed folders, not read: ok.png\n");
    run_free(&r);
    r = run_bantin(at("site/page/stdin.html"), "-f", "html", "-t", "html", "-o", "-",
                   "--resource-path", at("site/page"), "-", NULL);
    assert_contains(r.out, "src=\"data:image/png;base64,");
    run_free(&r);
    assert_int_equal(chdir(cwd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resolve_inside),
        cmocka_unit_test(test_resolve_outside),
        cmocka_unit_test(test_resolve_folders),
        cmocka_unit_test(test_page_confined),
        cmocka_unit_test(test_allow_any_path),
        cmocka_unit_test(test_stdin_reads_nothing),
        cmocka_unit_test(test_svg_must_be_svg),
        cmocka_unit_test(test_same_image_once),
        cmocka_unit_test(test_count_budget),
        cmocka_unit_test(test_bytes_budget),
        cmocka_unit_test(test_cli),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
