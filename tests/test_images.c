/* Images: the resolution their headers give (JFIF, EXIF, PNG pHYs, WebP
 * EXIF), read without ever looking past the bytes, and the image resolver
 * a program gives the HTML reader instead of the file system. */
#include "util.h"

#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>

#include "buf.h"
#include "image.h"

/* ---- image bytes, built by hand ---- */

static void put16(bt_buf *b, unsigned v, int le)
{
    unsigned char c[2] = {(unsigned char)(le ? v : v >> 8), (unsigned char)(le ? v >> 8 : v)};
    bt_buf_put(b, c, 2);
}

static void put32(bt_buf *b, unsigned long v, int le)
{
    put16(b, le ? v & 0xFFFF : v >> 16, le);
    put16(b, le ? v >> 16 : v & 0xFFFF, le);
}

/* A JPEG start-of-frame of 32 x 16 pixels, and the end. */
static void jpeg_end(bt_buf *b)
{
    static const unsigned char sof[] = {0xFF, 0xC0, 0, 11,   8, 0,    16,  0,
                                        32,   1,    1, 0x11, 0, 0xFF, 0xD9};
    bt_buf_put(b, sof, sizeof(sof));
}

/* A JPEG whose JFIF header says density x, y in units (0 aspect, 1 inch, 2 cm). */
static void jfif(bt_buf *b, unsigned units, unsigned x, unsigned y)
{
    bt_buf_put(b, "\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x02", 13);
    bt_buf_putc(b, (char)units);
    put16(b, x, 0);
    put16(b, y, 0);
    bt_buf_put(b, "\0\0", 2);
}

/* An APP1 EXIF segment: a TIFF header in one byte order, XResolution
 * xn/xd, YResolution yn/yd, ResolutionUnit unit (0: none given). */
static void exif(bt_buf *b, int le, unsigned long xn, unsigned long xd, unsigned long yn,
                 unsigned long yd, unsigned unit)
{
    unsigned entries = unit ? 3 : 2;
    unsigned long rationals = 8 + 2 + 12 * entries + 4;
    bt_buf t = BT_BUF_INIT;
    bt_buf_put(&t, le ? "II*\0" : "MM\0*", 4);
    put32(&t, 8, le);
    put16(&t, entries, le);
    put16(&t, 0x011A, le), put16(&t, 5, le), put32(&t, 1, le), put32(&t, rationals, le);
    put16(&t, 0x011B, le), put16(&t, 5, le), put32(&t, 1, le), put32(&t, rationals + 8, le);
    if (unit)
        put16(&t, 0x0128, le), put16(&t, 3, le), put32(&t, 1, le), put16(&t, unit, le),
            put16(&t, 0, le);
    put32(&t, 0, le); /* no next directory */
    put32(&t, xn, le), put32(&t, xd, le), put32(&t, yn, le), put32(&t, yd, le);
    bt_buf_put(b, "\xFF\xE1", 2);
    put16(b, (unsigned)(2 + 6 + t.len), 0);
    bt_buf_put(b, "Exif\0\0", 6);
    bt_buf_put(b, t.data, t.len);
    bt_buf_free(&t);
}

static void png_chunk(bt_buf *b, const char *type, const void *data, unsigned long len)
{
    put32(b, len, 0);
    bt_buf_put(b, type, 4);
    bt_buf_put(b, data, len);
    put32(b, 0, 0); /* the CRC, which nobody checks */
}

/* A PNG of w x 1 pixels with a pHYs of x, y per unit (1: the metre). */
static void png_phys(bt_buf *b, unsigned w, unsigned long x, unsigned long y, int unit)
{
    bt_buf ihdr = BT_BUF_INIT, phys = BT_BUF_INIT;
    put32(&ihdr, w, 0);
    put32(&ihdr, 1, 0);
    bt_buf_put(&ihdr, "\x08\x02\0\0\0", 5);
    put32(&phys, x, 0);
    put32(&phys, y, 0);
    bt_buf_putc(&phys, (char)unit);
    bt_buf_put(b, "\x89PNG\r\n\x1a\n", 8);
    png_chunk(b, "IHDR", ihdr.data, ihdr.len);
    png_chunk(b, "pHYs", phys.data, phys.len);
    png_chunk(b, "IEND", "", 0);
    bt_buf_free(&ihdr);
    bt_buf_free(&phys);
}

/* The resolution of the first n bytes of b, copied to a buffer of exactly
 * n bytes so that AddressSanitizer sees any read past them. */
static void resolution(const bt_buf *b, size_t n, int *x, int *y)
{
    unsigned char *p = malloc(n ? n : 1);
    memcpy(p, b->data, n);
    bt_image_resolution(p, n, x, y);
    free(p);
}

/* b says x, y dpi; every shorter prefix says that or nothing, and those
 * shorter than need (the end of what says it) nothing. */
static void assert_dpi(const bt_buf *b, int x, int y, size_t need)
{
    int dx, dy;
    resolution(b, b->len, &dx, &dy);
    assert_int_equal(dx, x);
    assert_int_equal(dy, y);
    for (size_t n = 0; n < b->len; n++) {
        resolution(b, n, &dx, &dy);
        if (n < need || (dx == 0 && dy == 0)) {
            assert_int_equal(dx, 0);
            assert_int_equal(dy, 0);
        } else {
            assert_int_equal(dx, x);
            assert_int_equal(dy, y);
        }
    }
}

/* ---- resolution ---- */

/* Units 1: per inch; 2: per cm (118 are 299.72 per inch); 0: the density is
 * an aspect ratio, not a resolution; a density of 0 says nothing. */
static void test_jfif(void **state)
{
    (void)state;
    static const struct {
        unsigned units, x, y;
        int dpi_x, dpi_y;
    } cases[] = {
        {1, 300, 150, 300, 150}, {2, 118, 118, 300, 300}, {0, 1, 1, 0, 0}, {1, 0, 300, 0, 0}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_buf b = BT_BUF_INIT;
        jfif(&b, cases[i].units, cases[i].x, cases[i].y);
        jpeg_end(&b);
        assert_dpi(&b, cases[i].dpi_x, cases[i].dpi_y, 18);
        bt_buf_free(&b);
    }
}

static void test_exif_only(void **state)
{
    (void)state;
    for (int le = 0; le <= 1; le++) {
        bt_buf b = BT_BUF_INIT;
        bt_buf_put(&b, "\xFF\xD8", 2);
        exif(&b, le, 600, 2, 72, 1, 2);
        jpeg_end(&b);
        assert_dpi(&b, 300, 72, b.len - 15);
        bt_buf_free(&b);
    }
}

/* Without ResolutionUnit, inches; 3 is the centimetre; 1 says nothing. */
static void test_exif_units(void **state)
{
    (void)state;
    static const struct {
        unsigned unit;
        int dpi;
    } cases[] = {{0, 118}, {2, 118}, {3, 300}, {1, 0}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_buf b = BT_BUF_INIT;
        bt_buf_put(&b, "\xFF\xD8", 2);
        exif(&b, 1, 118, 1, 118, 1, cases[i].unit);
        jpeg_end(&b);
        int x, y;
        resolution(&b, b.len, &x, &y);
        assert_int_equal(x, cases[i].dpi);
        assert_int_equal(y, cases[i].dpi);
        bt_buf_free(&b);
    }
}

/* JFIF's density wins over EXIF; JFIF's aspect ratio leaves it to EXIF. */
static void test_jfif_and_exif(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT;
    jfif(&b, 1, 72, 72);
    exif(&b, 0, 300, 1, 300, 1, 2);
    jpeg_end(&b);
    int x, y;
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, 72);
    bt_buf_truncate(&b, 0);
    jfif(&b, 0, 1, 1);
    exif(&b, 0, 300, 1, 300, 1, 2);
    jpeg_end(&b);
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, 300);
    assert_int_equal(y, 300);
    bt_buf_free(&b);
}

/* Offsets pointing anywhere, a zero denominator, a wrong type: nothing. */
static void test_exif_hostile(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT;
    bt_buf_put(&b, "\xFF\xD8", 2);
    exif(&b, 1, 300, 0, 300, 1, 2);
    jpeg_end(&b);
    int x, y;
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, 0);
    assert_int_equal(y, 0);
    /* XResolution's offset (at 18 of the TIFF header, itself at 12) past the
     * segment, then near the top of 32 bits */
    static const unsigned long far[] = {60, 0xFFFFFFF8u, 0xFFFFFFFFu};
    for (size_t k = 0; k < sizeof(far) / sizeof(far[0]); k++) {
        bt_buf_truncate(&b, 0);
        bt_buf_put(&b, "\xFF\xD8", 2);
        exif(&b, 0, 300, 1, 300, 1, 2);
        jpeg_end(&b);
        for (int i = 0; i < 4; i++)
            b.data[12 + 18 + i] = (char)(far[k] >> (24 - 8 * i));
        resolution(&b, b.len, &x, &y);
        assert_int_equal(x, 0);
    }
    /* the directory's offset past the end, and 65535 entries that are not there */
    bt_buf_truncate(&b, 0);
    bt_buf_put(&b, "\xFF\xD8", 2);
    exif(&b, 0, 300, 1, 300, 1, 2);
    jpeg_end(&b);
    memcpy(b.data + 12 + 4, "\xFF\xFF\xFF\xFF", 4);
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, 0);
    memcpy(b.data + 12 + 4, "\0\0\0\x08", 4);
    memcpy(b.data + 12 + 8, "\xFF\xFF", 2);
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, 300);
    bt_buf_free(&b);
}

/* 11811 per metre are 299.9994 per inch. */
static void test_png(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT;
    png_phys(&b, 7, 11811, 2835, 1);
    assert_dpi(&b, 300, 72, 8 + 25 + 21);
    /* unit 0: an aspect ratio */
    bt_buf_truncate(&b, 0);
    png_phys(&b, 7, 11811, 11811, 0);
    assert_dpi(&b, 0, 0, 0);
    /* a chunk length past the end */
    bt_buf_truncate(&b, 0);
    png_phys(&b, 7, 11811, 11811, 1);
    memcpy(b.data + 8 + 25, "\xFF\xFF\xFF\xF0", 4);
    assert_dpi(&b, 0, 0, 0);
    bt_buf_free(&b);
}

/* A document's resources know their resolution. */
static void test_resource(void **state)
{
    (void)state;
    bt_buf jpeg = BT_BUF_INIT, png = BT_BUF_INIT;
    jfif(&jpeg, 1, 300, 150);
    jpeg_end(&jpeg);
    png_phys(&png, 7, 2835, 11811, 1);
    bt_document *doc = bt_document_new();
    assert_int_equal(bt_document_add_resource(doc, "a.jpg", NULL, jpeg.data, jpeg.len), 0);
    assert_int_equal(bt_document_add_resource(doc, "a.png", NULL, png.data, png.len), 1);
    assert_string_equal(bt_resource_media_type(doc, 0), "image/jpeg");
    assert_int_equal(bt_resource_width(doc, 0), 32);
    assert_int_equal(bt_resource_height(doc, 0), 16);
    assert_int_equal(bt_resource_dpi_x(doc, 0), 300);
    assert_int_equal(bt_resource_dpi_y(doc, 0), 150);
    assert_int_equal(bt_resource_width(doc, 1), 7);
    assert_int_equal(bt_resource_dpi_x(doc, 1), 72);
    assert_int_equal(bt_resource_dpi_y(doc, 1), 300);
    assert_int_equal(bt_resource_dpi_x(doc, 2), 0);
    bt_document_free(doc);
    bt_buf_free(&jpeg);
    bt_buf_free(&png);
}

/* At BT_MAX_IMAGE_DPI, believed; past it, not. */
static void test_dpi_limit(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT;
    jfif(&b, 1, BT_MAX_IMAGE_DPI, BT_MAX_IMAGE_DPI);
    jpeg_end(&b);
    int x, y;
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, BT_MAX_IMAGE_DPI);
    bt_buf_truncate(&b, 0);
    jfif(&b, 2, 25802, 25802); /* 65537 dpi */
    jpeg_end(&b);
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, 0);
    bt_buf_truncate(&b, 0);
    png_phys(&b, 1, 0xFFFFFFFFu, 0xFFFFFFFFu, 1);
    resolution(&b, b.len, &x, &y);
    assert_int_equal(x, 0);
    bt_buf_free(&b);
}

/* WebP: EXIF in its own chunk, with or without the "Exif" prefix. */
static void test_webp(void **state)
{
    (void)state;
    for (int prefix = 0; prefix <= 1; prefix++) {
        bt_buf e = BT_BUF_INIT, b = BT_BUF_INIT;
        exif(&e, 1, 300, 1, 300, 1, 2);
        const char *tiff = e.data + 4 + 6; /* past APP1's marker, length and "Exif\0\0" */
        size_t len = e.len - 10 + (prefix ? 6 : 0);
        bt_buf_put(&b, "RIFF\0\0\0\0WEBPVP8X", 16);
        put32(&b, 10, 1);
        bt_buf_put(&b, "\x08\0\0\0\x1F\0\0\x0F\0\0", 10); /* 32 x 16, EXIF */
        bt_buf_put(&b, "EXIF", 4);
        put32(&b, len, 1);
        if (prefix)
            bt_buf_put(&b, "Exif\0\0", 6);
        bt_buf_put(&b, tiff, e.len - 10);
        if (len & 1)
            bt_buf_putc(&b, 0);
        assert_dpi(&b, 300, 300, 16 + 4 + 10 + 8 + len);
        bt_buf_free(&e);
        bt_buf_free(&b);
    }
}

/* ---- the resolver ---- */

/* A CMS's images in memory: each address, the bytes it serves. */
typedef struct {
    const char *src;
    bt_buf bytes;
    const char *media_type;
} served;

typedef struct {
    served *images;
    size_t n;
    bt_status answer;  /* what it returns for an address it does not have */
    char asked[512];   /* the addresses asked, one a line */
    const char *input; /* the input_path it was given */
    bt_status gave, again;
} cms;

static bt_status serve(void *user, const char *src, const char *input_path, bt_image_request *req)
{
    cms *c = user;
    size_t used = strlen(c->asked);
    snprintf(c->asked + used, sizeof(c->asked) - used, "%s\n", src);
    c->input = input_path;
    for (size_t i = 0; i < c->n; i++)
        if (!strcmp(c->images[i].src, src)) {
            c->gave = bt_image_request_give(req, c->images[i].bytes.data, c->images[i].bytes.len,
                                            c->images[i].media_type);
            c->again = bt_image_request_give(req, "x", 1, NULL);
            return BT_OK;
        }
    return c->answer;
}

/* page.html in the test's folder, with a figure for each address. */
static const char *page(const char *const *src, size_t n)
{
    static char path[1024];
    snprintf(path, sizeof(path), "%s/page.html", tmpdir());
    bt_buf b = BT_BUF_INIT;
    bt_buf_puts(&b, "<html><body><article><h1>Ảnh của bài</h1><p>Một đoạn văn đủ dài để làm "
                    "bài báo, với vài hình ảnh ở dưới.</p>");
    for (size_t i = 0; i < n; i++)
        bt_buf_printf(&b, "<figure><img src=\"%s\"><figcaption>Ảnh số %zu</figcaption></figure>",
                      src[i], i + 1);
    bt_buf_puts(&b, "</article></body></html>");
    spit(path, b.data, b.len);
    bt_buf_free(&b);
    return path;
}

/* The figures of a document, in order (at most cap). */
static size_t figures(const bt_document *doc, const bt_node **out, size_t cap)
{
    size_t n = 0;
    for (const bt_node *k = bt_node_first_child(bt_document_body(doc)); k; k = bt_node_next(k))
        if (bt_node_get_type(k) == BT_NODE_FIGURE && n < cap)
            out[n++] = k;
    return n;
}

/* Read path as HTML with c as the resolver (NULL: none); the events'
 * messages one a line in warnings. */
static bt_status read_page(const char *path, cms *c, bt_document **doc, bt_error *err,
                           bt_buf *warnings)
{
    bt_options opt;
    bt_options_init(&opt);
    opt.resolve_image = c ? serve : NULL;
    opt.resolve_user = c;
    bt_status s = bt_read_file(NULL, bt_format_by_name(NULL, "html"), path, &opt, doc, err);
    for (size_t i = 0; i < bt_error_event_count(err); i++)
        bt_buf_printf(warnings, "%s\n", bt_error_event_message(err, i));
    if (!warnings->data)
        bt_buf_putc(warnings, 0); /* "" */
    return s;
}

static void served_png(served *s, const char *src, unsigned width)
{
    s->src = src;
    s->bytes = (bt_buf)BT_BUF_INIT;
    s->media_type = NULL;
    png_phys(&s->bytes, width, 11811, 11811, 1);
}

static void test_resolver_serves(void **state)
{
    (void)state;
    served img[3];
    served_png(&img[0], "cms://42", 42);
    served_png(&img[1], "https://example.com/a.jpg?w=800", 800);
    served_png(&img[2], "pic.jpg", 3);
    cms c = {img, 3, BT_WARN, "", NULL, BT_FAILED, BT_OK};
    /* a pic.jpg beside the page that the resolver's replaces */
    bt_buf disk = BT_BUF_INIT;
    char beside[1024];
    snprintf(beside, sizeof(beside), "%s/pic.jpg", tmpdir());
    png_phys(&disk, 9, 0, 0, 0);
    spit(beside, disk.data, disk.len);
    bt_buf_free(&disk);
    bt_buf png = BT_BUF_INIT, uri = BT_BUF_INIT;
    png_phys(&png, 5, 2835, 2835, 1);
    bt_buf_puts(&uri, "data:image/png;base64,");
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < png.len; i += 3) {
        const unsigned char *p = (const unsigned char *)png.data + i;
        size_t k = png.len - i;
        unsigned long v = (unsigned long)p[0] << 16 | (k > 1 ? p[1] : 0) << 8 | (k > 2 ? p[2] : 0);
        char q[4] = {b64[v >> 18], b64[v >> 12 & 63], k > 1 ? b64[v >> 6 & 63] : '=',
                     k > 2 ? b64[v & 63] : '='};
        bt_buf_put(&uri, q, 4);
    }
    bt_buf_putc(&uri, 0);
    const char *src[] = {"cms://42", "https://example.com/a.jpg?w=800", "pic.jpg", uri.data,
                         "cms://42"};
    const char *path = page(src, 5);
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_buf warnings = BT_BUF_INIT;
    assert_int_equal(read_page(path, &c, &doc, err, &warnings), BT_OK);
    assert_string_equal(warnings.data, "");
    /* each address asked once; the data: URI decoded by the library */
    assert_string_equal(c.asked, "cms://42\nhttps://example.com/a.jpg?w=800\npic.jpg\n");
    assert_string_equal(c.input, path);
    assert_int_equal(c.gave, BT_OK);
    assert_int_equal(c.again, BT_FAILED); /* one give a request */
    const bt_node *f[8];
    assert_int_equal(figures(doc, f, 8), 5);
    static const int width[] = {42, 800, 3, 5, 42};
    for (int i = 0; i < 5; i++) {
        int r = bt_node_figure_resource(f[i]);
        assert_true(r >= 0);
        assert_int_equal(bt_resource_width(doc, r), width[i]);
    }
    assert_int_equal(bt_document_resource_count(doc), 4);
    assert_int_equal(bt_resource_dpi_x(doc, bt_node_figure_resource(f[0])), 300);
    assert_string_equal(bt_resource_name(doc, bt_node_figure_resource(f[0])), "42");
    assert_string_equal(bt_resource_name(doc, bt_node_figure_resource(f[1])), "a.jpg");
    assert_string_equal(bt_node_figure_src(f[1]), "https://example.com/a.jpg?w=800");
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&warnings);
    bt_buf_free(&png);
    bt_buf_free(&uri);
    for (int i = 0; i < 3; i++)
        bt_buf_free(&img[i].bytes);
}

/* AMP's <amp-img> and <amp-anim> are images: read once (not again from
 * the fallback copy inside), shown at their width only in the fixed layout. */
static void test_amp_images(void **state)
{
    (void)state;
    served img[2];
    served_png(&img[0], "cms://1", 16);
    served_png(&img[1], "cms://2", 4);
    cms c = {img, 2, BT_WARN, "", NULL, BT_FAILED, BT_OK};
    char path[1024];
    snprintf(path, sizeof(path), "%s/amp.html", tmpdir());
    static const char html[] =
        "<html><body><article><h1>Cầu mới</h1><p>Cây cầu nối hai bờ sông mở cửa sáng nay sau "
        "hai năm xây dựng.</p><figure><amp-img src=\"cms://1\" width=\"1600\" height=\"900\" "
        "layout=\"responsive\" alt=\"Cầu\"><noscript><img src=\"cms://1\"></noscript>"
        "</amp-img><figcaption>Cây cầu lúc bình minh</figcaption></figure><figure>"
        "<amp-anim src=\"cms://2\" width=\"40\" height=\"30\" layout=\"fixed\"><div "
        "placeholder>…</div></amp-anim><figcaption>Xe qua cầu</figcaption></figure>"
        "</article></body></html>";
    spit(path, html, strlen(html));
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_buf warnings = BT_BUF_INIT;
    assert_int_equal(read_page(path, &c, &doc, err, &warnings), BT_OK);
    assert_string_equal(c.asked, "cms://1\ncms://2\n");
    const bt_node *f[4];
    assert_int_equal(figures(doc, f, 4), 2);
    assert_int_equal(bt_resource_width(doc, bt_node_figure_resource(f[0])), 16);
    assert_int_equal(bt_node_figure_display_width(f[0]), 0);
    assert_int_equal(bt_resource_width(doc, bt_node_figure_resource(f[1])), 4);
    assert_int_equal(bt_node_figure_display_width(f[1]), 40);
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&warnings);
    for (int i = 0; i < 2; i++)
        bt_buf_free(&img[i].bytes);
}

/* Bytes that are no image: a loss, whatever type the resolver declares but
 * an image's; an image type the bytes do not tell, as declared. */
static void test_resolver_types(void **state)
{
    (void)state;
    served img[3] = {{"cms://text", BT_BUF_INIT, "text/plain"},
                     {"cms://undeclared", BT_BUF_INIT, NULL},
                     {"cms://avif", BT_BUF_INIT, "image/avif"}};
    for (int i = 0; i < 3; i++)
        bt_buf_put(&img[i].bytes, "\0\0\0\034ftypavif", 12); /* AVIF's start */
    cms c = {img, 3, BT_WARN, "", NULL, BT_FAILED, BT_OK};
    const char *src[] = {"cms://text", "cms://undeclared", "cms://avif"};
    const char *path = page(src, 3);
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_buf warnings = BT_BUF_INIT;
    assert_int_equal(read_page(path, &c, &doc, err, &warnings), BT_WARN);
    assert_string_equal(warnings.data,
                        "not an image: cms://text\nnot an image: cms://undeclared\n");
    assert_int_equal(c.gave, BT_OK);
    const bt_node *f[4];
    assert_int_equal(figures(doc, f, 4), 3);
    assert_int_equal(bt_node_figure_resource(f[0]), -1);
    assert_int_equal(bt_node_figure_resource(f[1]), -1);
    assert_string_equal(bt_resource_media_type(doc, bt_node_figure_resource(f[2])), "image/avif");
    assert_int_equal(bt_error_lost(err, BT_LOSS_IMAGE), 2);
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&warnings);
    for (int i = 0; i < 3; i++)
        bt_buf_free(&img[i].bytes);
}

/* Bytes past BT_MAX_IMAGE_BYTES: a loss, as a file's would be. */
static void test_resolver_too_large(void **state)
{
    (void)state;
    served img = {"cms://big", BT_BUF_INIT, NULL};
    png_phys(&img.bytes, 1, 0, 0, 0);
    size_t more = BT_MAX_IMAGE_BYTES + 1 - img.bytes.len;
    memset(bt_buf_extend(&img.bytes, more), 0, more);
    assert_int_equal(img.bytes.len, BT_MAX_IMAGE_BYTES + 1u);
    cms c = {&img, 1, BT_WARN, "", NULL, BT_FAILED, BT_OK};
    const char *src[] = {"cms://big"};
    const char *path = page(src, 1);
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_buf warnings = BT_BUF_INIT;
    assert_int_equal(read_page(path, &c, &doc, err, &warnings), BT_WARN);
    assert_string_equal(warnings.data, "image too large: cms://big\n");
    assert_int_equal(c.gave, BT_WARN);
    assert_int_equal(bt_document_resource_count(doc), 0);
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&warnings);
    bt_buf_free(&img.bytes);
}

/* A resolver without the image, saying so or not: the figures stay with
 * their captions, each loss named. */
static void test_resolver_refuses(void **state)
{
    (void)state;
    const bt_status answers[] = {BT_WARN, BT_OK};
    for (int a = 0; a < 2; a++) {
        cms c = {NULL, 0, answers[a], "", NULL, BT_FAILED, BT_OK};
        const char *src[] = {"cms://42", "https://example.com/a.jpg"};
        const char *path = page(src, 2);
        bt_error *err = bt_error_new();
        bt_document *doc = NULL;
        bt_buf warnings = BT_BUF_INIT;
        assert_int_equal(read_page(path, &c, &doc, err, &warnings), BT_WARN);
        assert_string_equal(warnings.data, "image not found: cms://42\n"
                                           "image not found: https://example.com/a.jpg\n");
        const bt_node *f[4];
        assert_int_equal(figures(doc, f, 4), 2);
        char caption[64];
        bt_node_text_copy(bt_node_figure_caption(f[1]), caption, sizeof(caption));
        assert_string_equal(caption, "Ảnh số 2");
        assert_int_equal(bt_node_figure_resource(f[1]), -1);
        assert_int_equal(bt_document_resource_count(doc), 0);
        bt_document_free(doc);
        bt_error_free(err);
        bt_buf_free(&warnings);
    }
}

/* A resolver that fails fails the read, and is not asked again. */
static void test_resolver_fails(void **state)
{
    (void)state;
    cms c = {NULL, 0, BT_FAILED, "", NULL, BT_FAILED, BT_OK};
    const char *src[] = {"cms://42", "cms://43"};
    const char *path = page(src, 2);
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_buf warnings = BT_BUF_INIT;
    assert_int_equal(read_page(path, &c, &doc, err, &warnings), BT_FAILED);
    assert_null(doc);
    assert_int_equal(bt_error_code_of(err), BT_ERR_IO);
    assert_string_equal(bt_error_message(err), "the image resolver failed for cms://42");
    assert_string_equal(c.asked, "cms://42\n");
    bt_error_free(err);
    bt_buf_free(&warnings);
}

/* Without a resolver, files as before: the page's folder only, nothing remote. */
static void test_no_resolver(void **state)
{
    (void)state;
    char dir[1024], inside[1100], outside[1100];
    snprintf(dir, sizeof(dir), "%s/site", tmpdir());
    mkdir(dir, 0755);
    snprintf(inside, sizeof(inside), "%s/here.png", dir);
    snprintf(outside, sizeof(outside), "%s/there.png", tmpdir());
    bt_buf b = BT_BUF_INIT;
    png_phys(&b, 12, 11811, 11811, 1);
    spit(inside, b.data, b.len);
    spit(outside, b.data, b.len);
    bt_buf_free(&b);
    const char *src[] = {"here.png", "../there.png", "https://example.com/a.jpg", "cms://42"};
    char path[1100];
    snprintf(path, sizeof(path), "%s/page.html", dir);
    rename(page(src, 4), path);
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_buf warnings = BT_BUF_INIT;
    assert_int_equal(read_page(path, NULL, &doc, err, &warnings), BT_WARN);
    assert_string_equal(warnings.data, "image outside the allowed folders, not read: ../there.png\n"
                                       "image not loaded (remote): https://example.com/a.jpg\n"
                                       "image not loaded (unsupported address): cms://42\n");
    const bt_node *f[4];
    assert_int_equal(figures(doc, f, 4), 4);
    assert_int_equal(bt_resource_width(doc, bt_node_figure_resource(f[0])), 12);
    assert_int_equal(bt_resource_dpi_x(doc, bt_node_figure_resource(f[0])), 300);
    assert_int_equal(bt_document_resource_count(doc), 1);
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&warnings);
}

/* ---- images that could not be loaded (bt_options.missing_image) ---- */

/* An English page in memory (no folder: its image cannot be read) as HTML. */
static bt_status read_missing(const char *html, bt_missing_image mode, size_t opt_size,
                              bt_document **doc, bt_error *err)
{
    bt_options opt;
    bt_options_init(&opt);
    opt.missing_image = mode;
    opt.size = opt_size ? opt_size : opt.size;
    bt_input in = {(const unsigned char *)html, strlen(html), NULL};
    return bt_read(NULL, bt_format_by_name(NULL, "html"), &in, &opt, doc, err);
}

static const char english_page[] =
    "<html lang=\"en\"><body><article><p>The bridge opened on Monday after two years of "
    "work, and the first buses crossed it before dawn.</p>"
    "<figure><img src=\"gone.jpg\" width=\"200\"><figcaption>The first bus</figcaption>"
    "</figure><p>The city says the old ferry will keep running for cyclists until the "
    "spring.</p></article></body></html>";

static void test_missing_placeholder(void **state)
{
    (void)state;
    bt_error err = BT_ERROR_INIT;
    bt_document *doc = NULL;
    assert_int_equal(read_missing(english_page, BT_MISSING_PLACEHOLDER, 0, &doc, &err), BT_WARN);
    /* the picture is still lost: the placeholder only says so */
    assert_int_equal(bt_error_lost(&err, BT_LOSS_IMAGE), 1);
    const bt_node *f[2];
    assert_int_equal(figures(doc, f, 2), 1);
    int res = bt_node_figure_resource(f[0]);
    assert_true(res >= 0);
    assert_string_equal(bt_resource_media_type(doc, res), "image/svg+xml");
    size_t size;
    const unsigned char *svg = bt_resource_data(doc, res, &size);
    assert_true(bt_image_is_svg(svg, size));
    char *text = strndup((const char *)svg, size);
    assert_contains(text, "Image not available");
    assert_contains(text, "viewBox=\"0 0 400 300\"");
    free(text);
    /* the width the page gave, the height at the placeholder's 4:3 */
    assert_int_equal(bt_node_figure_display_width(f[0]), 200);
    assert_int_equal(bt_node_figure_display_height(f[0]), 150);
    assert_non_null(bt_node_figure_caption(f[0]));
    bt_document_free(doc);
    bt_error_clear(&err);
}

static void test_missing_drop_and_fail(void **state)
{
    (void)state;
    bt_error err = BT_ERROR_INIT;
    bt_document *doc = NULL;
    assert_int_equal(read_missing(english_page, BT_MISSING_DROP, 0, &doc, &err), BT_WARN);
    const bt_node *f[2];
    assert_int_equal(figures(doc, f, 2), 0);
    assert_int_equal(bt_error_lost(&err, BT_LOSS_IMAGE), 1);
    assert_int_equal(bt_error_lost(&err, BT_LOSS_CAPTION), 1);
    bt_counts c;
    bt_document_count(doc, &c);
    assert_int_equal(c.paragraphs, 2);
    bt_document_free(doc);
    bt_error_clear(&err);

    assert_int_equal(read_missing(english_page, BT_MISSING_FAIL, 0, &doc, &err), BT_FAILED);
    assert_null(doc);
    assert_int_equal(bt_error_code_of(&err), BT_ERR_IO);
    assert_string_equal(bt_error_message(&err), "image not found: gone.jpg (--missing-image=fail)");
    /* the failure says it: no warning says it again */
    assert_int_equal(bt_error_event_count(&err), 0);
    bt_error_clear(&err);

    assert_int_equal(read_missing(english_page, (bt_missing_image)9, 0, &doc, &err), BT_FAILED);
    assert_int_equal(bt_error_code_of(&err), BT_ERR_USAGE);
    bt_error_clear(&err);
}

/* A program built before the field: its bt_options end before missing_image,
 * whatever lies past them, and the default (keep) holds. */
static void test_missing_old_caller(void **state)
{
    (void)state;
    bt_error err = BT_ERROR_INIT;
    bt_document *doc = NULL;
    assert_int_equal(read_missing(english_page, BT_MISSING_FAIL,
                                  offsetof(bt_options, missing_image), &doc, &err),
                     BT_WARN);
    const bt_node *f[2];
    assert_int_equal(figures(doc, f, 2), 1);
    assert_int_equal(bt_node_figure_resource(f[0]), -1);
    bt_document_free(doc);
    bt_error_clear(&err);
}

/* A figure without an address (a caption read back from plain text) never
 * had an image to miss: neither fail nor drop touches it. */
static void test_caption_only_not_missing(void **state)
{
    (void)state;
    static const char text[] = "A title\n=======\n\nThe bridge opened on Monday.\n\n"
                               "[Image: The first bus]\n\nThe ferry keeps running.\n";
    for (bt_missing_image mode = BT_MISSING_PLACEHOLDER; mode <= BT_MISSING_FAIL; mode++) {
        bt_options opt;
        bt_options_init(&opt);
        opt.missing_image = mode;
        bt_error err = BT_ERROR_INIT;
        bt_document *doc = NULL;
        bt_input in = {(const unsigned char *)text, strlen(text), NULL};
        assert_int_equal(bt_read(NULL, bt_format_by_name(NULL, "text"), &in, &opt, &doc, &err),
                         BT_OK);
        const bt_node *f[2];
        assert_int_equal(figures(doc, f, 2), 1);
        assert_int_equal(bt_node_figure_resource(f[0]), -1);
        assert_int_equal(bt_document_resource_count(doc), 0);
        bt_document_free(doc);
        bt_error_clear(&err);
    }
}

static void test_give_arguments(void **state)
{
    (void)state;
    assert_int_equal(bt_image_request_give(NULL, "x", 1, NULL), BT_FAILED);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jfif),
        cmocka_unit_test(test_exif_only),
        cmocka_unit_test(test_exif_units),
        cmocka_unit_test(test_jfif_and_exif),
        cmocka_unit_test(test_exif_hostile),
        cmocka_unit_test(test_png),
        cmocka_unit_test(test_resource),
        cmocka_unit_test(test_dpi_limit),
        cmocka_unit_test(test_webp),
        cmocka_unit_test(test_resolver_serves),
        cmocka_unit_test(test_amp_images),
        cmocka_unit_test(test_resolver_types),
        cmocka_unit_test(test_resolver_too_large),
        cmocka_unit_test(test_resolver_refuses),
        cmocka_unit_test(test_resolver_fails),
        cmocka_unit_test(test_no_resolver),
        cmocka_unit_test(test_give_arguments),
        cmocka_unit_test(test_missing_placeholder),
        cmocka_unit_test(test_missing_drop_and_fail),
        cmocka_unit_test(test_missing_old_caller),
        cmocka_unit_test(test_caption_only_not_missing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
