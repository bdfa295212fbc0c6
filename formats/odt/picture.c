/* Pictures: their names and frame sizes in what we write, and loading them
 * from a package or from a flat document's base64 in what we read. */
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

void odt_picture_size(const bt_document *doc, int resource, int *width, int *height)
{
    long long w = bt_resource_width(doc, resource), h = bt_resource_height(doc, resource);
    if (w <= 0 || h <= 0) { /* a picture we cannot measure: the text width, 4:3 */
        *width = ODT_TEXT_WIDTH;
        *height = ODT_TEXT_WIDTH * 3 / 4;
        return;
    }
    /* 96 pixels to the inch, 2.54 cm to the inch, in thousandths of a cm */
    w = w * 2540 / 96;
    h = h * 2540 / 96;
    if (w > ODT_TEXT_WIDTH) {
        h = h * ODT_TEXT_WIDTH / w;
        w = ODT_TEXT_WIDTH;
    }
    *width = (int)(w ? w : 1);
    *height = (int)(h ? h : 1);
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
