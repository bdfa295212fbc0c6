/* Pictures: their names and frame sizes in what we write, and loading them
 * from a package or from a flat document's base64, and their frames' sizes,
 * in what we read. */
#include <libxml/hash.h>
#include <stdint.h>
#include <string.h>

#include "base64.h"
#include "image.h"
#include "odt.h"

void odt_picture_path(const bt_document *doc, int resource, char *path, size_t size)
{
    snprintf(path, size, "Pictures/image%d.%s", resource + 1,
             bt_image_extension(bt_resource_media_type(doc, resource)));
}

/* px pixels at dpi in thousandths of a cm, 2.54 cm to the inch */
static long long thousandths(long long px, int dpi) { return (px * 2540 + dpi / 2) / dpi; }

void odt_picture_size(const bt_document *doc, const bt_node *fig, int text_width, int *width,
                      int *height)
{
    int res = fig->resource;
    long long pw = bt_resource_width(doc, res), ph = bt_resource_height(doc, res);
    int dx = bt_resource_dpi_x(doc, res), dy = bt_resource_dpi_y(doc, res);
    long long w = 0, h = 0;
    if (fig->display_w > 0 || fig->display_h > 0) { /* CSS pixels: 96 to the inch */
        w = thousandths(fig->display_w, 96);
        h = thousandths(fig->display_h, 96);
        if (!w && pw > 0 && ph > 0) /* one side given: the picture's shape */
            w = h * pw / ph;
        else if (!h && pw > 0 && ph > 0)
            h = w * ph / pw;
    } else if (pw > 0 && ph > 0) {
        w = thousandths(pw, dx > 0 ? dx : 96);
        h = thousandths(ph, dy > 0 ? dy : 96);
    }
    if (w <= 0 || h <= 0) { /* a picture we cannot measure: the text width, 4:3 */
        *width = text_width;
        *height = text_width * 3 / 4;
        return;
    }
    if (w > text_width) {
        h = h * text_width / w;
        w = text_width;
    }
    *width = (int)w;
    *height = (int)(h ? h : 1);
}

int odt_length_px(const char *length)
{
    static const struct {
        const char *unit;
        double px; /* CSS pixels in one */
    } units[] = {{"cm", 96 / 2.54}, {"mm", 96 / 25.4}, {"in", 96},
                 {"pt", 96 / 72.0}, {"pc", 16},        {"px", 1}};
    if (!length)
        return 0;
    /* digits by hand: strtod would read "2,5" in some locales */
    double v = 0, scale = 1;
    const char *p = length;
    for (; *p >= '0' && *p <= '9' && v < 1e7; p++)
        v = v * 10 + (*p - '0');
    if (*p == '.')
        for (p++; *p >= '0' && *p <= '9'; p++)
            v += (*p - '0') * (scale /= 10);
    for (size_t i = 0; p != length && i < sizeof(units) / sizeof(units[0]); i++)
        if (!strcmp(p, units[i].unit)) {
            double px = v * units[i].px + 0.5;
            return px < 1e6 ? (int)px : 1000000;
        }
    return 0;
}

/* A resource already loaded from the same place, found by hashing: a file
 * may show a picture in as many frames as it likes. */
static int known(const odt_reader *r, const char *href)
{
    return r->loaded ? (int)(intptr_t)xmlHashLookup(r->loaded, BAD_CAST href) - 1 : -1;
}

static int remember(odt_reader *r, const char *href, int i)
{
    if (i >= 0 && (r->loaded || (r->loaded = xmlHashCreate(64))))
        xmlHashAddEntry(r->loaded, BAD_CAST href, (void *)(intptr_t)(i + 1));
    return i;
}

static int lost(odt_reader *r, const char *why, const char *href)
{
    bt_error_event(r->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "picture '%.200s' %s", href, why);
    r->status = BT_WARN;
    return -1;
}

static int add(odt_reader *r, const char *name, const char *type, const bt_buf *b)
{
    const char *sniffed;
    int w, h;
    /* the bytes know better than draw:mime-type, which may be absent or wrong */
    if (bt_image_sniff((const unsigned char *)b->data, b->len, &sniffed, &w, &h))
        type = sniffed;
    if (!bt_image_type_fits((const unsigned char *)b->data, b->len, type))
        return lost(r, "is not an image", name);
    int i = bt_document_add_resource(r->doc, name, type, b->data ? b->data : "", b->len);
    return i >= 0 ? i : lost(r, "is too large or out of memory", name);
}

int odt_load_picture(odt_reader *r, xmlNode *image)
{
    const char *type = bt_xml_attr(image, "mime-type");
    if (type && !*type)
        type = NULL;
    xmlNode *data = bt_xml_child(image, "binary-data");
    if (data) {
        char name[32];
        snprintf(name, sizeof(name), "binary-data-%zu", bt_document_resource_count(r->doc) + 1);
        xmlChar *text = xmlNodeGetContent(data);
        bt_buf b = BT_BUF_INIT;
        int bad = !text || bt_base64_decode((const char *)text, strlen((const char *)text), &b);
        xmlFree(text);
        int i = bad ? lost(r, "is not valid base64", "office:binary-data") : add(r, name, type, &b);
        bt_buf_free(&b);
        return i;
    }
    const char *href = bt_xml_attr(image, "href");
    if (!href || !*href)
        return lost(r, "has no address", "draw:image");
    if (!strncmp(href, "./", 2))
        href += 2;
    int i = known(r, href);
    if (i >= 0)
        return i;
    if (!r->zip || strchr(href, ':') || href[0] == '/' || !strncmp(href, "../", 3))
        return lost(r, "is linked, not stored in the document", href);
    if (!bt_zip_has(r->zip, href))
        return lost(r, "is missing from the package", href);
    bt_buf b = BT_BUF_INIT;
    bt_error *e = bt_error_new();
    i = bt_zip_read(r->zip, href, &b, e) == BT_OK ? remember(r, href, add(r, href, type, &b))
                                                  : lost(r, bt_error_message(e), href);
    bt_error_free(e);
    bt_buf_free(&b);
    return i;
}
