#include "image.h"

#include <libxml/tree.h>
#include <string.h>

#include "xml.h"

static unsigned be16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static unsigned le16(const unsigned char *p) { return (unsigned)p[1] << 8 | p[0]; }
static unsigned long be32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

static unsigned long le32(const unsigned char *p)
{
    return (unsigned long)le16(p + 2) << 16 | le16(p);
}

static int is_png(const unsigned char *p, size_t n)
{
    return n >= 24 && !memcmp(p, "\x89PNG\r\n\x1a\n", 8);
}
static int is_jpeg(const unsigned char *p, size_t n)
{
    return n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF;
}
static int is_webp(const unsigned char *p, size_t n)
{
    return n >= 16 && !memcmp(p, "RIFF", 4) && !memcmp(p + 8, "WEBP", 4);
}

/* The JPEG segment from p[*i] on, up to the scan: its marker, and its body
 * cut at the end of the bytes; *i moves past it.  0 at the scan, the end or
 * a segment that cannot be. */
static int jpeg_segment(const unsigned char *p, size_t n, size_t *i, unsigned char *marker,
                        const unsigned char **body, size_t *len)
{
    while (*i + 4 <= n) {
        size_t at = *i;
        unsigned char m = p[at + 1];
        if (p[at] != 0xFF || m == 0xFF) { /* not a marker, or fill before one */
            (*i)++;
            continue;
        }
        if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) { /* markers without a body */
            *i += 2;
            continue;
        }
        size_t seg = be16(p + at + 2);
        if (m == 0xDA || m == 0xD9 || seg < 2)
            return 0;
        *marker = m;
        *body = p + at + 4;
        *len = seg - 2 < n - at - 4 ? seg - 2 : n - at - 4;
        *i = at + 2 + seg;
        return 1;
    }
    return 0;
}

/* The size in the first start-of-frame. */
static void jpeg_size(const unsigned char *p, size_t n, int *w, int *h)
{
    size_t i = 2, len;
    unsigned char m;
    const unsigned char *b;
    while (jpeg_segment(p, n, &i, &m, &b, &len))
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
            if (len >= 5) {
                *h = (int)be16(b + 1);
                *w = (int)be16(b + 3);
            }
            return;
        }
}

/* Units of a resolution: dots per num/den of them. */
enum { PER_INCH = 1, PER_CM = 100, PER_METRE = 10000 };

/* Dots per inch, rounded, from num/den dots per unit; 0 for nonsense. */
static int dpi(unsigned long long num, unsigned long long den, unsigned unit)
{
    if (unit != PER_INCH) { /* 2.54 cm to the inch */
        num *= 254;
        den *= unit;
    }
    unsigned long long q = den ? (num + den / 2) / den : 0;
    return q <= BT_MAX_IMAGE_DPI ? (int)q : 0;
}

/* TIFF's numbers in the byte order its header says. */
typedef struct {
    const unsigned char *p;
    size_t n;
    int le;
} tiff;

static unsigned t16(const tiff *t, size_t at) { return t->le ? le16(t->p + at) : be16(t->p + at); }
static unsigned long t32(const tiff *t, size_t at)
{
    return t->le ? le32(t->p + at) : be32(t->p + at);
}

/* A RATIONAL entry's value (at the offset the entry holds), in dpi. */
static int tiff_rational(const tiff *t, size_t entry, unsigned unit)
{
    unsigned long at = t32(t, entry + 8);
    if (t16(t, entry + 2) != 5 || at > t->n - 8)
        return 0;
    return dpi(t32(t, at), t32(t, at + 4), unit);
}

/* XResolution and YResolution of EXIF's first directory (a TIFF header and
 * what follows), per ResolutionUnit: 2 inches (the default), 3 centimetres,
 * 1 none. */
static void exif_resolution(const unsigned char *p, size_t n, int *dx, int *dy)
{
    if (n < 8 || (memcmp(p, "II*\0", 4) && memcmp(p, "MM\0*", 4)))
        return;
    tiff t = {p, n, p[0] == 'I'};
    unsigned long dir = t32(&t, 4);
    if (dir > n - 2)
        return;
    size_t count = t16(&t, dir), x = 0, y = 0;
    unsigned unit = 2;
    for (size_t k = 0; k < count && dir + 2 + 12 * (k + 1) <= n; k++) {
        size_t e = dir + 2 + 12 * k;
        unsigned tag = t16(&t, e);
        if (tag == 0x011A)
            x = e;
        else if (tag == 0x011B)
            y = e;
        else if (tag == 0x0128 && t16(&t, e + 2) == 3)
            unit = t16(&t, e + 8);
    }
    if (x && y && (unit == 2 || unit == 3)) {
        *dx = tiff_rational(&t, x, unit == 3 ? PER_CM : PER_INCH);
        *dy = tiff_rational(&t, y, unit == 3 ? PER_CM : PER_INCH);
    }
}

/* JFIF's density when it gives one (units 1: per inch, 2: per cm; 0 is an
 * aspect ratio only), else EXIF's. */
static void jpeg_resolution(const unsigned char *p, size_t n, int *dx, int *dy)
{
    size_t i = 2, len;
    unsigned char m;
    const unsigned char *b;
    int ex = 0, ey = 0;
    while (jpeg_segment(p, n, &i, &m, &b, &len)) {
        if (m == 0xE0 && len >= 12 && !memcmp(b, "JFIF\0", 5) && (b[7] == 1 || b[7] == 2)) {
            unsigned unit = b[7] == 2 ? PER_CM : PER_INCH;
            *dx = dpi(be16(b + 8), 1, unit);
            *dy = dpi(be16(b + 10), 1, unit);
            if (*dx && *dy)
                return;
        }
        if (m == 0xE1 && len >= 6 && !memcmp(b, "Exif\0\0", 6) && !ex)
            exif_resolution(b + 6, len - 6, &ex, &ey);
    }
    *dx = ex;
    *dy = ey;
}

/* pHYs before the image data; unit 1 is the metre (0: an aspect ratio). */
static void png_resolution(const unsigned char *p, size_t n, int *dx, int *dy)
{
    for (size_t i = 8; n - i >= 12;) {
        unsigned long len = be32(p + i);
        const unsigned char *type = p + i + 4;
        if (len > n - i - 12 || !memcmp(type, "IDAT", 4))
            return;
        if (!memcmp(type, "pHYs", 4) && len == 9 && type[12] == 1) {
            *dx = dpi(be32(type + 4), 1, PER_METRE);
            *dy = dpi(be32(type + 8), 1, PER_METRE);
            return;
        }
        i += 12 + len;
    }
}

/* WebP keeps EXIF in a chunk of its own (VP8X has no resolution). */
static void webp_resolution(const unsigned char *p, size_t n, int *dx, int *dy)
{
    for (size_t i = 12; i < n && n - i >= 8;) {
        unsigned long len = le32(p + i + 4);
        if (len > n - i - 8)
            return;
        if (!memcmp(p + i, "EXIF", 4)) {
            const unsigned char *b = p + i + 8;
            size_t skip = len >= 6 && !memcmp(b, "Exif\0\0", 6) ? 6 : 0;
            exif_resolution(b + skip, len - skip, dx, dy);
            return;
        }
        i += 8 + len + (len & 1);
    }
}

void bt_image_resolution(const unsigned char *p, size_t n, int *dpi_x, int *dpi_y)
{
    int x = 0, y = 0;
    if (is_png(p, n))
        png_resolution(p, n, &x, &y);
    else if (is_jpeg(p, n))
        jpeg_resolution(p, n, &x, &y);
    else if (is_webp(p, n))
        webp_resolution(p, n, &x, &y);
    if (!x || !y) /* a resolution is both or nothing */
        x = y = 0;
    *dpi_x = x;
    *dpi_y = y;
}

static void webp_size(const unsigned char *p, size_t n, int *w, int *h)
{
    if (n >= 30 && !memcmp(p + 12, "VP8 ", 4)) {
        *w = (int)(le16(p + 26) & 0x3FFF);
        *h = (int)(le16(p + 28) & 0x3FFF);
    } else if (n >= 25 && !memcmp(p + 12, "VP8L", 4)) {
        unsigned long b = (unsigned long)p[21] | (unsigned long)p[22] << 8 |
                          (unsigned long)p[23] << 16 | (unsigned long)p[24] << 24;
        *w = (int)(b & 0x3FFF) + 1;
        *h = (int)((b >> 14) & 0x3FFF) + 1;
    } else if (n >= 30 && !memcmp(p + 12, "VP8X", 4)) {
        *w = (int)((unsigned long)p[24] | (unsigned long)p[25] << 8 | (unsigned long)p[26] << 16) + 1;
        *h = (int)((unsigned long)p[27] | (unsigned long)p[28] << 8 | (unsigned long)p[29] << 16) + 1;
    }
}

int bt_image_sniff(const unsigned char *p, size_t n, const char **media_type, int *width,
                   int *height)
{
    int w = 0, h = 0;
    const char *mt = NULL;
    if (is_png(p, n)) {
        mt = "image/png";
        w = (int)be32(p + 16);
        h = (int)be32(p + 20);
    } else if (is_jpeg(p, n)) {
        mt = "image/jpeg";
        jpeg_size(p, n, &w, &h);
    } else if (n >= 10 && (!memcmp(p, "GIF87a", 6) || !memcmp(p, "GIF89a", 6))) {
        mt = "image/gif";
        w = (int)le16(p + 6);
        h = (int)le16(p + 8);
    } else if (is_webp(p, n)) {
        mt = "image/webp";
        webp_size(p, n, &w, &h);
    } else if (n >= 5 && (!memcmp(p, "<svg", 4) || !memcmp(p, "<?xml", 5))) {
        mt = "image/svg+xml";
    }
    if (w < 0 || h < 0 || w > BT_MAX_IMAGE_SIDE || h > BT_MAX_IMAGE_SIDE)
        w = h = 0;
    *media_type = mt;
    *width = w;
    *height = h;
    return mt != NULL;
}

const char *bt_image_extension(const char *media_type)
{
    static const struct {
        const char *type, *ext;
    } map[] = {
        {"image/jpeg", "jpg"}, {"image/png", "png"},     {"image/gif", "gif"},
        {"image/webp", "webp"}, {"image/svg+xml", "svg"},
    };
    for (size_t i = 0; media_type && i < sizeof(map) / sizeof(map[0]); i++)
        if (!strcmp(map[i].type, media_type))
            return map[i].ext;
    return "bin";
}

/* Whether p[0..n) holds "<!DOCTYPE". */
static int has_doctype(const unsigned char *p, size_t n)
{
    for (const unsigned char *q = p; (q = memchr(q, '<', n - (size_t)(q - p))); q++)
        if (n - (size_t)(q - p) >= 9 && !memcmp(q, "<!DOCTYPE", 9))
            return 1;
    return 0;
}

int bt_image_is_svg(const unsigned char *p, size_t n)
{
    /* a DOCTYPE is where entities and external subsets hide: never parsed */
    if (has_doctype(p, n))
        return 0;
    xmlDocPtr x = bt_xml_parse((const char *)p, n, "SVG", NULL);
    const xmlNode *root = x ? xmlDocGetRootElement(x) : NULL;
    int svg = root && !x->intSubset && !x->extSubset && bt_xml_is(root, "svg") && root->ns &&
              !strcmp((const char *)root->ns->href, "http://www.w3.org/2000/svg");
    xmlFreeDoc(x);
    return svg;
}

int bt_image_type_fits(const unsigned char *p, size_t n, const char *media_type)
{
    return !media_type || strcmp(media_type, "image/svg+xml") || bt_image_is_svg(p, n);
}
