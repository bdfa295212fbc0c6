/* The HTML writer and the shared (X)HTML block writer, read back with
 * libxml2's HTML and XML parsers. */
#include "util.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docdump.h"
#include "document.h"
#include "xhtml.h"

static char *to_html(bt_document *doc, const bt_options *opt)
{
    return write_doc(doc, "html", opt, NULL);
}

static htmlDocPtr parse_html(const char *html)
{
    htmlDocPtr d = htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    assert_non_null(d);
    return d;
}

/* Every element named name below n, in document order. */
static int find_all(xmlNode *n, const char *name, xmlNode **found, int max)
{
    int count = 0;
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!strcmp((const char *)c->name, name)) {
            if (count < max)
                found[count] = c;
            count++;
        }
        count +=
            find_all(c, name, count < max ? found + count : found, count < max ? max - count : 0);
    }
    return count;
}

static int count_of(htmlDocPtr d, const char *name)
{
    xmlNode *dummy[1];
    return find_all((xmlNode *)d, name, dummy, 0);
}

static char *content(xmlNode *n) { return (char *)xmlNodeGetContent(n); }

static const char *attr(xmlNode *n, const char *name)
{
    static char value[65536];
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    snprintf(value, sizeof(value), "%s", (const char *)v);
    xmlFree(v);
    return value;
}

static void test_article(void **state)
{
    (void)state;
    const seed_article *a = seed();
    bt_document *doc = article_doc(NULL);
    char *html = to_html(doc, NULL);
    assert_true(!strncmp(html, "<!DOCTYPE html>\n", 16));
    assert_contains(html, "lang=\"vi\"");
    assert_contains(html, "<meta charset=\"utf-8\"/>");
    assert_contains(html, "name=\"viewport\"");
    assert_contains(html, "<meta name=\"author\" content=\"Hương Ly\"/>");
    assert_contains(html,
                    "property=\"article:published_time\" content=\"2017-10-09T06:51:00+07:00\"");
    assert_contains(html, "<time datetime=\"2017-10-09T06:51:00+07:00\">");
    assert_contains(html, "<span class=\"section\">Xây dựng Đảng</span>");
    assert_contains(html, "@media print");
    assert_contains(html, "<p class=\"lead\">");
    assert_contains(html, "<p class=\"byline\"><strong>Hương Ly</strong></p>");
    assert_contains(html, "<a href=\"https://hanoimoi.com.vn/van-ban/nghi-quyet-03-nq-duk\">");
    /* polyglot: non-void elements always closed with an end tag */
    assert_not_contains(html, "<p/>");
    assert_not_contains(html, "Bình luận");

    htmlDocPtr d = parse_html(html);
    xmlNode *found[32];
    assert_int_equal(find_all((xmlNode *)d, "title", found, 32), 1);
    char *t = content(found[0]);
    assert_string_equal(t, a->title);
    xmlFree(t);
    assert_int_equal(find_all((xmlNode *)d, "h1", found, 32), 1);
    t = content(found[0]);
    assert_string_equal(t, a->title);
    xmlFree(t);
    assert_int_equal(find_all((xmlNode *)d, "h2", found, 32), 2);
    for (int i = 0; i < 2; i++) {
        t = content(found[i]);
        assert_string_equal(t, a->heading[i]);
        xmlFree(t);
        assert_non_null(attr(found[i], "id"));
    }
    assert_string_equal(attr(found[0], "id"), "rõ-trọng-tâm-trọng-điểm");
    assert_int_equal(count_of(d, "figure"), 1);
    assert_int_equal(count_of(d, "img"), 1);
    assert_int_equal(find_all((xmlNode *)d, "figcaption", found, 32), 1);
    t = content(found[0]);
    char label[512];
    snprintf(label, sizeof(label), "Ảnh 1: %s", a->caption);
    assert_string_equal(t, label);
    xmlFree(t);
    /* dateline, lead, 8 paragraphs, byline (the byline says the authors) */
    int np = find_all((xmlNode *)d, "p", found, 32);
    assert_int_equal(np, 11);
    const char *want[10] = {a->lead};
    for (int i = 0; i < 8; i++)
        want[1 + i] = a->body[i];
    want[9] = a->author;
    for (int i = 0; i < 10; i++) {
        t = content(found[1 + i]);
        assert_string_equal(t, want[i]);
        xmlFree(t);
    }
    assert_string_equal(attr(found[1], "class"), "lead");
    xmlFreeDoc(d);
    free(html);
    bt_document_free(doc);
}

/* The output is well-formed XML too, in the XHTML namespace. */
static void test_polyglot(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    char *html = to_html(doc, NULL);
    xmlDocPtr d = xmlReadMemory(html, (int)strlen(html), NULL, "UTF-8", XML_PARSE_NONET);
    assert_non_null(d);
    xmlNode *root = xmlDocGetRootElement(d);
    assert_string_equal((const char *)root->name, "html");
    assert_non_null(root->ns);
    assert_string_equal((const char *)root->ns->href, "http://www.w3.org/1999/xhtml");
    xmlFreeDoc(d);
    free(html);
    bt_document_free(doc);
}

/* What each element may carry: what EPUB 3 content documents allow. */
static int allowed(const char *element, const char *attribute)
{
    static const char *const table[][2] = {
        {"html", "lang"}, {"html", "xml:lang"}, {"html", "xmlns"},    {"meta", "charset"},
        {"meta", "name"}, {"meta", "content"},  {"meta", "property"}, {"img", "src"},
        {"img", "alt"},   {"img", "width"},     {"img", "height"},    {"a", "href"},
        {"p", "class"},   {"span", "class"},    {"small", "class"},   {"time", "datetime"},
        {"ol", "start"},  {"h1", "id"},         {"h2", "id"},         {"h3", "id"},
        {"h4", "id"},     {"h5", "id"},         {"h6", "id"},
    };
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
        if (!strcmp(table[i][0], element) && !strcmp(table[i][1], attribute))
            return 1;
    return 0;
}

static void check_attributes(xmlNode *n)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        for (xmlAttr *at = c->properties; at; at = at->next)
            if (!allowed((const char *)c->name, (const char *)at->name))
                fail_msg("<%s %s> is not allowed", c->name, at->name);
        check_attributes(c);
    }
}

/* A document with every kind of block and inline, and source-looking
 * attributes nowhere. */
static bt_document *everything(void)
{
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_document_set_meta(doc, BT_META_LANGUAGE, "en");
    bt_node *q = bt_node_new(doc, BT_NODE_QUOTE);
    bt_node_append(body, q);
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(q, p);
    bt_node_append_text(doc, p, "quoted", 6);
    bt_node *list = bt_node_new(doc, BT_NODE_LIST);
    bt_node_set_list(list, 1, 3);
    bt_node_append(body, list);
    for (int i = 0; i < 2; i++) {
        bt_node *it = bt_node_new(doc, BT_NODE_ITEM);
        bt_node_append(list, it);
        bt_node_append_text(doc, it, "item", 4);
    }
    bt_node *table = bt_node_new(doc, BT_NODE_TABLE), *row = bt_node_new(doc, BT_NODE_ROW);
    bt_node_append(body, table);
    bt_node_append(table, row);
    for (int i = 0; i < 2; i++) {
        bt_node *cell = bt_node_new(doc, BT_NODE_CELL);
        bt_node_set_cell_header(cell, i == 0);
        bt_node_append(row, cell);
        bt_node_append_text(doc, cell, "c", 1);
    }
    bt_node *pre = bt_node_new(doc, BT_NODE_PRE);
    bt_node_set_literal(doc, pre, "\nint x;\n", 8);
    bt_node_append(body, pre);
    bt_node_append(body, bt_node_new(doc, BT_NODE_RULE));
    p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(body, p);
    static const bt_node_type inl[] = {BT_NODE_EMPH, BT_NODE_STRONG, BT_NODE_SUP, BT_NODE_SUB};
    for (size_t i = 0; i < 4; i++) {
        bt_node *n = bt_node_new(doc, inl[i]);
        bt_node_append(p, n);
        bt_node_append_text(doc, n, "x", 1);
    }
    bt_node *code = bt_node_new(doc, BT_NODE_CODE);
    bt_node_set_literal(doc, code, "a<b", 3);
    bt_node_append(p, code);
    bt_node_append(p, bt_node_new(doc, BT_NODE_BREAK));
    bt_node_append_text(doc, p, "bell\a here", 10);
    return doc;
}

static void test_blocks_and_epub_safety(void **state)
{
    (void)state;
    bt_document *doc = everything();
    char *html = to_html(doc, NULL);
    assert_contains(html, "<blockquote>\n<p>quoted</p>\n</blockquote>");
    assert_contains(html, "<ol start=\"3\">\n<li>item</li>\n<li>item</li>\n</ol>");
    assert_contains(html, "<table>\n<tbody>\n<tr><th>c</th><td>c</td></tr>\n</tbody>\n</table>");
    /* the HTML parser drops one newline after <pre>: the first one is kept */
    assert_contains(html, "<pre>\n\nint x;\n</pre>");
    assert_contains(html, "<hr/>");
    assert_contains(html, "<em>x</em><strong>x</strong><sup>x</sup><sub>x</sub>"
                          "<code>a&lt;b</code><br/>bell here");
    assert_contains(html, "lang=\"en\"");
    htmlDocPtr d = parse_html(html);
    check_attributes((xmlNode *)d);
    xmlFreeDoc(d);
    free(html);
    bt_document_free(doc);

    doc = article_doc(NULL);
    html = to_html(doc, NULL);
    d = parse_html(html);
    check_attributes((xmlNode *)d);
    xmlFreeDoc(d);
    free(html);
    bt_document_free(doc);
}

static bt_node *add_link(bt_document *doc, bt_node *p, const char *href, const char *text)
{
    bt_node *a = bt_node_new(doc, BT_NODE_LINK);
    bt_node_set_literal(doc, a, href, strlen(href));
    bt_node_append(p, a);
    bt_node_append_text(doc, a, text, strlen(text));
    bt_node_append_text(doc, p, " ", 1);
    return a;
}

static bt_document *links(const char *source_url)
{
    bt_document *doc = bt_document_new();
    if (source_url)
        bt_document_set_meta(doc, BT_META_SOURCE_URL, source_url);
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), p);
    add_link(doc, p, "/tag/dang-bo-khoi", "Đảng bộ Khối");
    add_link(doc, p, "https://hanoimoi.com.vn/a", "absolute");
    add_link(doc, p, "mailto:toasoan@hanoimoi.com.vn", "mail");
    add_link(doc, p, "javascript:alert(1)", "script");
    add_link(doc, p, "xay-dung-dang/bai", "relative");
    /* a link inside a link: HTML has no such thing */
    bt_node *outer = add_link(doc, p, "https://a.vn/", "outer ");
    add_link(doc, outer, "https://b.vn/", "inner");
    return doc;
}

static void test_links(void **state)
{
    (void)state;
    bt_document *doc = links(NULL);
    char *html = to_html(doc, NULL);
    assert_contains(html, "<p>Đảng bộ Khối <a href=\"https://hanoimoi.com.vn/a\">absolute</a> "
                          "<a href=\"mailto:toasoan@hanoimoi.com.vn\">mail</a> script relative "
                          "<a href=\"https://a.vn/\">outer inner </a> </p>");
    free(html);
    bt_document_free(doc);

    doc = links("https://hanoimoi.com.vn/xay-dung-dang/chu-dong.html");
    html = to_html(doc, NULL);
    assert_contains(html, "<a href=\"https://hanoimoi.com.vn/tag/dang-bo-khoi\">Đảng bộ Khối</a>");
    assert_contains(html, "<a href=\"https://hanoimoi.com.vn/xay-dung-dang/xay-dung-dang/bai\">");
    assert_contains(html, " script ");
    assert_not_contains(html, "javascript");
    free(html);
    bt_document_free(doc);
}

static const char *out_path(const char *name)
{
    static char path[512];
    snprintf(path, sizeof(path), "%s/%s", tmpdir(), name);
    return path;
}

/* The hash extracted images of testdata/images/hoi-nghi-dieu-le-dang.jpg carry. */
#define JPEG_HASH "edab79a1"

static void check_same_file(const char *path, const char *expected_path)
{
    size_t n1, n2;
    char *a = slurp(path, &n1), *b = slurp(expected_path, &n2);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
}

static void test_images_extracted(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    bt_error *err = bt_error_new();
    const bt_format *html = bt_format_by_name(NULL, "html");
    char page[512];
    snprintf(page, sizeof(page), "%s", out_path("article.html"));
    assert_int_equal(bt_write_file(html, doc, page, NULL, err), BT_OK);
    check_same_file(out_path("article_files/hoi-nghi-dieu-le-dang-" JPEG_HASH ".jpg"),
                    td("images/hoi-nghi-dieu-le-dang.jpg"));
    char *text = slurp(page, NULL);
    assert_contains(text, "<img src=\"article_files/hoi-nghi-dieu-le-dang-" JPEG_HASH ".jpg\"");
    assert_not_contains(text, "data:");
    free(text);

    /* a directory of one's choosing, referred to relatively */
    bt_options opt;
    bt_options_init(&opt);
    char media[512];
    snprintf(media, sizeof(media), "%s", out_path("media/anh"));
    test_option(&opt, "html:extract-media=%s", media);
    snprintf(page, sizeof(page), "%s", out_path("sub/page.html"));
    mkdir(out_path("sub"), 0777);
    assert_int_equal(bt_write_file(html, doc, page, &opt, err), BT_OK);
    check_same_file(out_path("media/anh/hoi-nghi-dieu-le-dang-" JPEG_HASH ".jpg"),
                    td("images/hoi-nghi-dieu-le-dang.jpg"));
    text = slurp(page, NULL);
    assert_contains(text, "<img src=\"../media/anh/hoi-nghi-dieu-le-dang-" JPEG_HASH ".jpg\"");
    free(text);
    bt_error_free(err);
    bt_document_free(doc);
}

/* Names come from the originals, made safe, and the hash of the bytes; none:
 * image; one image under one name is one file. */
static void test_image_names(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    size_t size;
    char *jpeg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
    const char *names[] = {"https://x.vn/ảnh/Hội nghị.JPG?w=640", "../../etc/passwd", NULL,
                           "https://x.vn/a/H%E1%BB%99i%20ngh%E1%BB%8B.jpg"};
    for (int i = 0; i < 4; i++) {
        /* four images, not one: identical bytes would be one resource; a
         * byte after the end of the JPEG tells them apart */
        jpeg = realloc(jpeg, size + 1);
        jpeg[size] = (char)i;
        int r = bt_document_add_resource(doc, names[i], NULL, jpeg, i == 1 ? size : size + 1);
        bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
        bt_node_set_figure_resource(fig, r);
        bt_node_append(bt_document_body(doc), fig);
    }
    free(jpeg);
    bt_error *err = bt_error_new();
    char page[512];
    snprintf(page, sizeof(page), "%s", out_path("names.html"));
    assert_int_equal(bt_write_file(bt_format_by_name(NULL, "html"), doc, page, NULL, err), BT_OK);
    char *text = slurp(page, NULL);
    /* four images with bytes of their own: four files, each named from its
     * address (made safe) and a hash of its bytes */
    const char *first = strstr(text, "src=\"names_files/hoi-nghi-");
    assert_non_null(first);
    assert_contains(first + 1, "src=\"names_files/hoi-nghi-");
    assert_contains(text, "src=\"names_files/passwd-");
    assert_contains(text, "src=\"names_files/image-");
    assert_null(strstr(text, "etc/passwd"));
    assert_null(strstr(text, "../"));
    /* the one with the JPEG's own bytes is named by their hash, and is them */
    assert_contains(text, "src=\"names_files/passwd-" JPEG_HASH ".jpg\"");
    check_same_file(out_path("names_files/passwd-" JPEG_HASH ".jpg"),
                    td("images/hoi-nghi-dieu-le-dang.jpg"));
    free(text);
    bt_error_free(err);
    bt_document_free(doc);
}

/* A document of one figure: the image data under name. */
static bt_document *one_image(const char *name, const void *data, size_t size)
{
    bt_document *doc = bt_document_new();
    int r = bt_document_add_resource(doc, name, "image/jpeg", data, size);
    bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
    bt_node_set_figure_resource(fig, r);
    bt_node_append(bt_document_body(doc), fig);
    return doc;
}

/* The file a page's only <img> refers to, beside the page; malloc'd. */
static char *img_file(const char *page)
{
    char *html = slurp(page, NULL);
    assert_non_null(html);
    const char *src = strstr(html, "src=\"");
    assert_non_null(src);
    src += 5;
    char *path = malloc(1024);
    snprintf(path, 1024, "%s/%.*s", tmpdir(), (int)strcspn(src, "\""), src);
    free(html);
    return path;
}

/* Two articles of a batch share a media directory, each with its own
 * "photo.jpg": neither overwrites the other's, and writing one again reuses
 * its file (issue 15). */
static void test_shared_media_dir(void **state)
{
    (void)state;
    size_t size;
    char *jpeg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
    char *other = malloc(size + 1);
    memcpy(other, jpeg, size);
    other[size] = 'x';
    bt_document *a = one_image("https://a.vn/photo.jpg", jpeg, size);
    bt_document *b = one_image("https://b.vn/photo.jpg", other, size + 1);
    bt_options opt;
    bt_options_init(&opt);
    char media[512];
    snprintf(media, sizeof(media), "%s", out_path("shared"));
    test_option(&opt, "html:extract-media=%s", media);
    const bt_format *html = bt_format_by_name(NULL, "html");
    bt_error *err = bt_error_new();
    char pa[512], pb[512];
    snprintf(pa, sizeof(pa), "%s", out_path("shared-a.html"));
    snprintf(pb, sizeof(pb), "%s", out_path("shared-b.html"));
    assert_int_equal(bt_write_file(html, a, pa, &opt, err), BT_OK);
    assert_int_equal(bt_write_file(html, b, pb, &opt, err), BT_OK);
    assert_int_equal(bt_write_file(html, a, pa, &opt, err), BT_OK);
    char *fa = img_file(pa), *fb = img_file(pb);
    assert_string_not_equal(fa, fb);
    size_t na, nb;
    char *ga = slurp(fa, &na), *gb = slurp(fb, &nb);
    assert_int_equal(na, size);
    assert_memory_equal(ga, jpeg, size);
    assert_int_equal(nb, size + 1);
    assert_memory_equal(gb, other, size + 1);
    /* one file each: writing a again found its image there */
    char *html_a = slurp(pa, NULL);
    assert_contains(html_a, "src=\"shared/photo-" JPEG_HASH ".jpg\"");
    free(html_a);
    free(ga);
    free(gb);
    free(fa);
    free(fb);
    free(jpeg);
    free(other);
    bt_error_free(err);
    bt_document_free(a);
    bt_document_free(b);
}

/* Links planted in the media directory under the image's names (the old
 * name and the hashed one) are neither written through nor replaced, nor
 * is another file that holds the name (issue 15). */
static void test_media_not_through_links(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    char victim[512];
    snprintf(victim, sizeof(victim), "%s", out_path("victim"));
    spit(victim, "keep", 4);
    mkdir(out_path("planted_files"), 0777);
    const char *names[] = {"planted_files/hoi-nghi-dieu-le-dang.jpg",
                           "planted_files/hoi-nghi-dieu-le-dang-" JPEG_HASH ".jpg"};
    for (int i = 0; i < 2; i++)
        assert_int_equal(symlink(victim, out_path(names[i])), 0);
    spit(out_path("planted_files/hoi-nghi-dieu-le-dang-" JPEG_HASH "-2.jpg"), "mine", 4);
    bt_error *err = bt_error_new();
    char page[512];
    snprintf(page, sizeof(page), "%s", out_path("planted.html"));
    assert_int_equal(bt_write_file(bt_format_by_name(NULL, "html"), doc, page, NULL, err), BT_OK);
    size_t n;
    char *kept = slurp(victim, &n);
    assert_int_equal(n, 4);
    assert_memory_equal(kept, "keep", 4);
    free(kept);
    kept = slurp(out_path("planted_files/hoi-nghi-dieu-le-dang-" JPEG_HASH "-2.jpg"), &n);
    assert_int_equal(n, 4);
    free(kept);
    struct stat st;
    for (int i = 0; i < 2; i++) {
        assert_int_equal(lstat(out_path(names[i]), &st), 0);
        assert_true(S_ISLNK(st.st_mode));
    }
    char *html = slurp(page, NULL);
    assert_contains(html, "src=\"planted_files/hoi-nghi-dieu-le-dang-" JPEG_HASH "-3.jpg\"");
    free(html);
    check_same_file(out_path("planted_files/hoi-nghi-dieu-le-dang-" JPEG_HASH "-3.jpg"),
                    td("images/hoi-nghi-dieu-le-dang.jpg"));
    bt_error_free(err);
    bt_document_free(doc);
}

static void test_unwritable_media_fails(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    spit(out_path("blocker"), "x", 1);
    bt_options opt;
    bt_options_init(&opt);
    char media[512];
    snprintf(media, sizeof(media), "%s", out_path("blocker/media"));
    test_option(&opt, "html:extract-media=%s", media);
    bt_error *err = bt_error_new();
    char page[512];
    snprintf(page, sizeof(page), "%s", out_path("failed.html"));
    assert_int_equal(bt_write_file(bt_format_by_name(NULL, "html"), doc, page, &opt, err),
                     BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_IO);
    assert_contains(bt_error_message(err), out_path("blocker"));
    /* no page without its images */
    assert_null(slurp(page, NULL));
    bt_error_free(err);
    bt_document_free(doc);
}

static int b64(char c)
{
    const char *digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const char *p = strchr(digits, c);
    return c && p ? (int)(p - digits) : -1;
}

/* Decode base64 up to the first character that is not base64. */
static unsigned char *unbase64(const char *s, size_t *len)
{
    size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");
    unsigned char *out = malloc(n), *o = out;
    unsigned long acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n && s[i] != '='; i++) {
        acc = acc << 6 | (unsigned long)b64(s[i]);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = (unsigned char)(acc >> bits);
        }
    }
    *len = (size_t)(o - out);
    return out;
}

static void test_embedded(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:embed-media");
    bt_error *err = bt_error_new();
    char page[512];
    snprintf(page, sizeof(page), "%s", out_path("embedded.html"));
    assert_int_equal(bt_write_file(bt_format_by_name(NULL, "html"), doc, page, &opt, err), BT_OK);
    struct stat sb;
    assert_int_not_equal(stat(out_path("embedded_files"), &sb), 0);
    char *html = slurp(page, NULL);
    const char *uri = strstr(html, "src=\"data:image/jpeg;base64,");
    assert_non_null(uri);
    size_t n, expected_size;
    unsigned char *bytes = unbase64(uri + strlen("src=\"data:image/jpeg;base64,"), &n);
    char *expected = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &expected_size);
    assert_int_equal(n, expected_size);
    assert_memory_equal(bytes, expected, n);
    free(bytes);
    free(expected);
    free(html);
    bt_error_free(err);
    bt_document_free(doc);
}

/* HTML -> document -> HTML -> document keeps what the model holds since
 * 1.0: each read gives the same blocks, inlines and attributes. */
static char *html_round_trip(const char *name, char **html_out)
{
    bt_document *doc = read_html_page(name);
    char *want = doc_dump(doc);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:embed-media");
    char *html = to_html(doc, &opt);
    char path[512];
    snprintf(path, sizeof(path), "%s", out_path("model.html"));
    spit(path, html, strlen(html));
    bt_document *back = read_doc(path, "html", NULL);
    char *got = doc_dump(back);
    if (strcmp(dump_blocks(got), dump_blocks(want)))
        print_error("first read:\n%s\nafter writing:\n%s\n%s\n", want, got, html);
    assert_string_equal(dump_blocks(got), dump_blocks(want));
    *html_out = html;
    free(got);
    bt_document_free(back);
    bt_document_free(doc);
    return want;
}

static void test_model_inlines(void **state)
{
    (void)state;
    char *html;
    char *dump = html_round_trip("html/model-inlines.html", &html);
    assert_contains(dump, "paragraph: Ông Tư nói phố này đẹp nhất sau cơn mưa rồi cười. Tấm biển "
                          "ghi giữ gìn vệ sinh, bên dưới có dòng mới thêm. {quotation} {underline} "
                          "{underline}\n");
    assert_contains(dump, " {strike} {strike} {strike}\n");
    assert_contains(dump, "where is the old gate? và được chỉ đường tận tình; có người còn nói "
                          "c'est magnifique khi đứng trên cầu. {span en} {span fr}\n");
    assert_contains(dump, "siêuthị và báchhóa");
    assert_contains(dump, "{link https://example.org/pho-co title=Trang thông tin phố cổ}");
    assert_contains(dump,
                    "table\n  caption: Lượng khách theo tháng\n  row\n    cell span=2x1: Tháng");
    assert_contains(dump, "cell span=1x2: Quý một");
    assert_contains(dump, "figure 0 display=320x200\n  caption: Một góc phố cổ.\n"
                          "  credit label=Nguồn apart=[ |]: Bảo tàng Hà Nội\n");
    /* the markup the writer chose */
    assert_contains(html, "<q>phố này đẹp nhất sau cơn mưa</q>");
    assert_contains(html, "<u>giữ gìn vệ sinh</u>");
    assert_contains(html, "<s>50.000 đồng</s>");
    assert_contains(html, "<span lang=\"en\" xml:lang=\"en\">where is the old gate?</span>");
    assert_contains(html, "title=\"Trang thông tin phố cổ\"");
    assert_contains(html, "<table>\n<caption>Lượng khách theo tháng</caption><tbody>");
    assert_contains(html, "<th colspan=\"2\">Tháng</th>");
    assert_contains(html, "<td rowspan=\"2\">Quý một</td>");
    assert_contains(html, "width=\"640\" height=\"400\" style=\"width:320px;max-width:100%;"
                          "height:auto\"");
    assert_contains(html, "<small class=\"credit\"><span class=\"credit-label\">Nguồn:</span> "
                          "Bảo tàng Hà Nội</small>");
    free(dump);
    free(html);
}

static void test_model_notes(void **state)
{
    (void)state;
    char *html;
    char *dump = html_round_trip("html/model-notes.html", &html);
    assert_contains(dump, "paragraph: Cây đa đã có từ thời Lê và được");
    assert_contains(dump, "nối tiếp nhau. {note-ref 1 -> 1}\n");
    assert_contains(dump, "mỗi dịp lễ hội. {note-ref 2 -> 2} {note-ref 1 -> 1}\n");
    /* the mark whose note is missing stays as text */
    assert_contains(dump, "paragraph: Một số tài liệu khác3 chưa");
    /* an unreferenced list of notes stays a list */
    assert_contains(dump, "list ordered 1\n  item\n    paragraph: Danh sách không ai trỏ tới.\n");
    /* the notes, after the body, in the order of their first mark, without the back links */
    assert_contains(dump, "note label=1\n  paragraph: Nhà Lê sơ, thế kỷ XV.\n"
                          "note label=2\n  paragraph: Cuốn sử do cụ đồ Nghĩa chép tay.\n");
    assert_not_contains(dump, "↩");
    assert_contains(html, "<sup><a href=\"#note-1\" id=\"ref-1\" role=\"doc-noteref\">1</a></sup>");
    assert_contains(html, "id=\"ref-1-2\"");
    assert_contains(html, "<section role=\"doc-endnotes\">");
    assert_contains(html, "<li id=\"note-2\" role=\"doc-endnote\">");
    assert_contains(html, "<a href=\"#ref-2\" role=\"doc-backlink\">");
    /* HTML has no epub:type */
    assert_not_contains(html, "epub:type");
    free(dump);
    free(html);
}

/* An image that could not be loaded: the caption stays, no <img>; without
 * a caption, nothing. */
static void test_figure_without_image(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
    bt_node_append(bt_document_body(doc), fig);
    bt_node_set_figure_src(doc, fig, "images/missing.jpg");
    bt_node *cap = bt_node_new(doc, BT_NODE_CAPTION), *credit = bt_node_new(doc, BT_NODE_CREDIT);
    bt_node_append(fig, cap);
    bt_node_append(fig, credit);
    bt_node_append_text(doc, cap, "Hồ Gươm", strlen("Hồ Gươm"));
    bt_node_append_text(doc, credit, "Ảnh: Hương Ly", strlen("Ảnh: Hương Ly"));
    char *html = to_html(doc, NULL);
    assert_not_contains(html, "<img");
    assert_not_contains(html, "missing.jpg");
    assert_contains(html, "<figure>\n<figcaption><span class=\"caption-label\">Image 1:</span> "
                          "Hồ Gươm <small class=\"credit\">Ảnh: Hương Ly"
                          "</small></figcaption>\n</figure>");
    free(html);
    /* with no caption either, no empty <figure> is left */
    bt_node_unlink(cap);
    bt_node_unlink(credit);
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), p);
    bt_node_append_text(doc, p, "Sau cơn mưa.", strlen("Sau cơn mưa."));
    html = to_html(doc, NULL);
    assert_not_contains(html, "<figure");
    assert_contains(html, "<p>Sau cơn mưa.</p>");
    free(html);
    bt_document_free(doc);
}

static bt_node *heading(bt_document *doc, const char *text)
{
    bt_node *h = bt_node_new(doc, BT_NODE_HEADING);
    bt_node_set_heading_level(h, 3);
    bt_node_append(bt_document_body(doc), h);
    bt_node_append_text(doc, h, text, strlen(text));
    return h;
}

static void test_heading_ids(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    const char *texts[] = {"Rõ trọng tâm",     "Rõ trọng tâm", "RÕ TRỌNG TÂM",
                           "2017: năm bản lề", "«»",           "",
                           "rõ-trọng-tâm-2"};
    const char *want[] = {
        "rõ-trọng-tâm", "rõ-trọng-tâm-2",  "rõ-trọng-tâm-3", "h-2017-năm-bản-lề", "h",
        "h-2",          "rõ-trọng-tâm-2-2"};
    for (int i = 0; i < 7; i++)
        heading(doc, texts[i]);
    bt_xhtml_ids ids;
    assert_int_equal(bt_xhtml_ids_build(&ids, bt_document_body(doc), NULL), BT_OK);
    assert_int_equal(ids.n, 7);
    for (int i = 0; i < 7; i++)
        assert_string_equal(ids.v[i].id, want[i]);
    bt_xhtml_ids_free(&ids);
    /* the writer puts the same ids on the headings */
    char *html = to_html(doc, NULL);
    assert_contains(html, "<h3 id=\"rõ-trọng-tâm-3\">RÕ TRỌNG TÂM</h3>");
    assert_contains(html, "<h3 id=\"h-2017-năm-bản-lề\">");
    free(html);
    bt_document_free(doc);
}

/* No language, no title: no lang attribute, and a <title> all the same. */
static void test_bare_document(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    heading(doc, "Tin vắn");
    char *html = to_html(doc, NULL);
    assert_not_contains(html, "lang=");
    assert_contains(html, "<title>Tin vắn</title>");
    assert_not_contains(html, "<header>\n<h1>");
    free(html);
    bt_document_free(doc);
}

/* The authors once (issue 12): in the header only when the body has no
 * byline of its own. */
static void test_authors_once(void **state)
{
    (void)state;
    bt_document *doc = article_doc(NULL);
    char *html = to_html(doc, NULL);
    assert_not_contains(html, "class=\"authors\"");
    assert_int_equal(occurrences(html, ">Hương Ly<"), 1);
    free(html);
    bt_node *byline = bt_node_last_child(bt_document_body(doc));
    assert_int_equal(bt_node_role(byline), BT_ROLE_BYLINE);
    bt_node_unlink(byline);
    bt_document_add_meta(doc, BT_META_AUTHOR, "Nguyễn Văn An");
    html = to_html(doc, NULL);
    assert_contains(html, "<p class=\"authors\">Hương Ly, Nguyễn Văn An</p>");
    assert_int_equal(occurrences(html, ">Hương Ly"), 1);
    free(html);
    bt_document_free(doc);
}

/* html:fragment: the <article> alone, its images as they would be in a page. */
static void test_fragment(void **state)
{
    (void)state;
    const seed_article *a = seed();
    bt_document *doc = article_doc(NULL);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:fragment");
    test_option(&opt, "html:css=%s", td("css/house.css"));
    bt_error *err = bt_error_new();
    unsigned char *data;
    size_t size;
    /* in memory, so the images are embedded; the stylesheet has nowhere to go */
    assert_int_equal(bt_write_memory(bt_format_by_name(NULL, "html"), doc, &opt, &data, &size, err),
                     BT_WARN);
    assert_int_equal(bt_error_event_count(err), 1);
    assert_contains(bt_error_event_message(err, 0), "1 stylesheet left out");
    char *html = (char *)data;
    static const char start[] = "<article>\n<header>\n<h1>";
    assert_true(!strncmp(html, start, sizeof(start) - 1));
    assert_true(size > 11 && !strcmp(html + size - 11, "</article>\n"));
    assert_int_equal(occurrences(html, "<article>"), 1);
    assert_not_contains(html, "<!DOCTYPE");
    assert_not_contains(html, "<html");
    assert_not_contains(html, "<head>");
    assert_not_contains(html, "<style");
    assert_not_contains(html, "<link");
    assert_not_contains(html, "<body");
    assert_contains(html, "<img src=\"data:image/jpeg;base64,");
    assert_contains(html, a->body[7]);
    /* one well-formed element (polyglot, as the page is) */
    xmlDocPtr x = xmlReadMemory(html, (int)size, NULL, "UTF-8", XML_PARSE_NONET);
    assert_non_null(x);
    assert_string_equal((const char *)xmlDocGetRootElement(x)->name, "article");
    xmlFreeDoc(x);
    free(html);
    /* to a file: the images beside it, as for a page */
    bt_options_init(&opt);
    test_option(&opt, "html:fragment");
    char page[512];
    snprintf(page, sizeof(page), "%s", out_path("fragment.html"));
    bt_error_clear(err);
    assert_int_equal(bt_write_file(bt_format_by_name(NULL, "html"), doc, page, &opt, err), BT_OK);
    html = slurp(page, NULL);
    assert_true(!strncmp(html, "<article>", 9));
    assert_contains(html, "<img src=\"fragment_files/hoi-nghi-dieu-le-dang-" JPEG_HASH ".jpg\"");
    free(html);
    bt_error_free(err);
    bt_document_free(doc);
}

/* html:css: linked after bantin's <style> when the images are beside the
 * page; inside it, in a <style> of its own, when they are inside. */
static void test_house_css(void **state)
{
    (void)state;
    const bt_format *html_fmt = bt_format_by_name(NULL, "html");
    bt_document *doc = article_doc(NULL);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "html:css=%s", td("css/house.css"));
    test_option(&opt, "html:css=print.css");
    bt_error *err = bt_error_new();
    char page[512];
    snprintf(page, sizeof(page), "%s", out_path("house.html"));
    assert_int_equal(bt_write_file(html_fmt, doc, page, &opt, err), BT_OK);
    char *html = slurp(page, NULL);
    char want[1024];
    snprintf(want, sizeof(want),
             "</style>\n<link rel=\"stylesheet\" href=\"%s\"/>\n"
             "<link rel=\"stylesheet\" href=\"print.css\"/>\n</head>",
             td("css/house.css"));
    assert_contains(html, want);
    assert_not_contains(html, "Noto Serif");
    free(html);

    /* embedded: the file's text, after bantin's stylesheet */
    bt_options_init(&opt);
    test_option(&opt, "html:css=%s", td("css/house.css"));
    html = to_html(doc, &opt);
    char *css = slurp(td("css/house.css"), NULL);
    snprintf(want, sizeof(want), "</style>\n<style>\n%s</style>\n</head>", css);
    assert_contains(html, want);
    assert_not_contains(html, "<link");
    free(css);
    free(html);

    /* one that cannot be read cannot be embedded */
    bt_options_init(&opt);
    test_option(&opt, "html:css=%s", out_path("no-such.css"));
    unsigned char *data = NULL;
    size_t size;
    assert_int_equal(bt_write_memory(html_fmt, doc, &opt, &data, &size, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_IO);
    snprintf(want, sizeof(want), "cannot read the stylesheet %s", out_path("no-such.css"));
    assert_contains(bt_error_message(err), want);
    /* nor one that would end the <style> it goes in */
    snprintf(page, sizeof(page), "%s", out_path("breakout.css"));
    static const char breakout[] = "p { color: red; }\n</STYLE><script>alert(1)</script>\n";
    spit(page, breakout, sizeof(breakout) - 1);
    bt_options_init(&opt);
    test_option(&opt, "html:css=%s", page);
    bt_error_clear(err);
    assert_int_equal(bt_write_memory(html_fmt, doc, &opt, &data, &size, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_FORMAT);
    assert_contains(bt_error_message(err), "</style");
    bt_error_free(err);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article),
        cmocka_unit_test(test_authors_once),
        cmocka_unit_test(test_fragment),
        cmocka_unit_test(test_house_css),
        cmocka_unit_test(test_polyglot),
        cmocka_unit_test(test_blocks_and_epub_safety),
        cmocka_unit_test(test_links),
        cmocka_unit_test(test_images_extracted),
        cmocka_unit_test(test_image_names),
        cmocka_unit_test(test_shared_media_dir),
        cmocka_unit_test(test_media_not_through_links),
        cmocka_unit_test(test_unwritable_media_fails),
        cmocka_unit_test(test_embedded),
        cmocka_unit_test(test_figure_without_image),
        cmocka_unit_test(test_model_inlines),
        cmocka_unit_test(test_model_notes),
        cmocka_unit_test(test_heading_ids),
        cmocka_unit_test(test_bare_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
