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

/* Walk JPEG markers to the first start-of-frame, which holds the size. */
static int jpeg_size(const unsigned char *p, size_t n, int *w, int *h)
{
    size_t i = 2;
    while (i + 9 < n) {
        if (p[i] != 0xFF) {
            i++;
            continue;
        }
        unsigned char m = p[i + 1];
        if (m == 0xFF) {
            i++;
            continue;
        }
        if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
            i += 2;
            continue;
        }
        unsigned seg = be16(p + i + 2);
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
            *h = (int)be16(p + i + 5);
            *w = (int)be16(p + i + 7);
            return 1;
        }
        if (seg < 2)
            return 0;
        i += 2 + seg;
    }
    return 0;
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
    if (n >= 24 && !memcmp(p, "\x89PNG\r\n\x1a\n", 8)) {
        mt = "image/png";
        w = (int)be32(p + 16);
        h = (int)be32(p + 20);
    } else if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF) {
        mt = "image/jpeg";
        jpeg_size(p, n, &w, &h);
    } else if (n >= 10 && (!memcmp(p, "GIF87a", 6) || !memcmp(p, "GIF89a", 6))) {
        mt = "image/gif";
        w = (int)le16(p + 6);
        h = (int)le16(p + 8);
    } else if (n >= 16 && !memcmp(p, "RIFF", 4) && !memcmp(p + 8, "WEBP", 4)) {
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
