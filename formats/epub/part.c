/* One spine item: its XHTML parsed (as HTML when it is not well-formed XML),
 * what repeats the metadata taken out, its body converted by the (X)HTML
 * reader shared with the HTML format, its images loaded from the container. */
#include <libxml/HTMLparser.h>
#include <libxml/hash.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "epub.h"
#include "image.h"
#include "unicode.h"
#include "xhtml.h"
#include "xml.h"

#define OPS_NS "http://www.idpf.org/2007/ops"

/* Whether a parsed tree still holds entity references: HTML entities such
 * as &nbsp; that XML does not know, which the HTML parser does. */
static int has_entity_refs(xmlNode *n, const xmlNode *root)
{
    for (; n; n = bt_xhtml_next(n, root, 0))
        if (n->type == XML_ENTITY_REF_NODE)
            return 1;
    return 0;
}

static xmlDocPtr parse_part(const bt_buf *b, const char *path, bt_error *err)
{
    if (b->len > INT_MAX) {
        bt_error_set(err, BT_ERR_LIMIT, "'%.200s' is too large", path);
        return NULL;
    }
    /* as bt_xml_parse does, and before the HTML parser could be tried */
    if (b->data && strstr(b->data, "<!ENTITY")) {
        bt_error_set(err, BT_ERR_FORMAT,
                     "'%.200s' declares XML entities (refused: XXE or entity bomb)", path);
        return NULL;
    }
    /* before either parser, the XML one's error being set aside */
    if (bt_markup_check_attributes(b->data ? b->data : "", b->len, 1, path, err) != BT_OK)
        return NULL;
    bt_error *scratch = bt_error_new();
    /* nesting past BT_MAX_DEPTH is flattened by the XHTML reader, not cut by
     * the parser */
    xmlDocPtr x = scratch ? bt_xml_parse_deep(b->data ? b->data : "", b->len, path, scratch) : NULL;
    bt_error_free(scratch);
    xmlNode *root = xmlDocGetRootElement(x);
    if (x && !has_entity_refs(root, root))
        return x;
    xmlFreeDoc(x);
    x = htmlReadMemory(b->data ? b->data : "", (int)b->len, path, "UTF-8",
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_RECOVER | XML_PARSE_HUGE);
    if (!x)
        bt_error_set(err, BT_ERR_FORMAT, "'%.200s' is neither XHTML nor HTML", path);
    for (xmlNode *root = xmlDocGetRootElement(x), *n = root; n; n = bt_xhtml_next(n, root, 0))
        if (n->type == XML_ELEMENT_NODE)
            bt_xhtml_void_out(n);
    return x;
}

/* The epub:type attribute, parsed as XML (namespaced) or as HTML (a plain
 * "epub:type" name). */
static const char *epub_type(const xmlNode *n)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        int ops = a->ns && a->ns->href && !strcmp((const char *)a->ns->href, OPS_NS);
        if (((ops && !strcmp(name, "type")) || !strcmp(name, "epub:type")) && a->children)
            return (const char *)a->children->content;
    }
    return NULL;
}

/* Whether the element's text, made NFC, is want. */
static int text_is(xmlNode *n, const char *want)
{
    bt_buf text = BT_BUF_INIT, nfc = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &text, 0);
    int same = text.data && bt_utf8_nfc(text.data, text.len, &nfc, NULL) == BT_OK && nfc.data &&
               !strcmp(nfc.data, want);
    bt_buf_free(&text);
    bt_buf_free(&nfc);
    return same;
}

static int has_class(const xmlNode *n, const char *word)
{
    return epub_has_token(bt_xml_attr(n, "class"), word);
}

static void drop(xmlNode *n)
{
    xmlUnlinkNode(n);
    xmlFreeNode(n);
}

/* The title's h1 repeats dc:title: drop it, with the header it opens, or
 * with the author and date lines a title page puts under it. */
static void drop_title(xmlNode *h1)
{
    xmlNode *parent = h1->parent;
    if (bt_xhtml_is(parent, "header") || bt_xhtml_is(parent, "hgroup")) {
        drop(parent);
        return;
    }
    xmlNode *next;
    for (xmlNode *n = h1->next; n; n = next) {
        next = n->next;
        if (n->type == XML_ELEMENT_NODE && !has_class(n, "author") && !has_class(n, "date"))
            break;
        if (n->type == XML_ELEMENT_NODE)
            drop(n);
    }
    drop(h1);
}

/* Take out of body what repeats the metadata: title pages, the title.
 * Returns 1 when the whole part is a title page. */
static int drop_front_matter(epub_reading *r, xmlNode *body)
{
    if (epub_has_token(epub_type(body), "titlepage"))
        return 1;
    const char *title = bt_document_meta(r->doc, BT_META_TITLE);
    xmlNode *h1 = NULL, *next;
    for (xmlNode *n = body->children; n; n = next) {
        next = bt_xhtml_next(n, body, 0);
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (epub_has_token(epub_type(n), "titlepage")) {
            next = bt_xhtml_next(n, body, 1);
            drop(n);
        } else if (!h1 && !r->title_seen && title && bt_xhtml_is(n, "h1") && text_is(n, title)) {
            h1 = n;
        }
    }
    if (h1) {
        r->title_seen = 1;
        drop_title(h1);
    }
    return 0;
}

/* The address of an image element: img src, SVG image (xlink:)href. */
static const char *image_address(const xmlNode *n)
{
    if (bt_xhtml_is(n, "img"))
        return bt_xml_attr(n, "src");
    if (bt_xhtml_is(n, "image"))
        return bt_xml_attr(n, "href");
    return NULL;
}

/* A cover page: no text, and no image but the cover image.  The cover is
 * not part of the article. */
static int cover_page(const epub_reading *r, xmlNode *body, const char *base)
{
    const epub_item *cover = r->pkg->cover;
    if (!cover || !cover->path)
        return 0;
    bt_buf text = BT_BUF_INIT;
    bt_xhtml_dom_text(body, &text, 1);
    int empty = text.len == 0;
    bt_buf_free(&text);
    int images = 0;
    for (xmlNode *n = body; empty && n; n = bt_xhtml_next(n, body, 0)) {
        const char *src = image_address(n);
        if (!src)
            continue;
        char *path = epub_resolve(base, src);
        empty = path && !strcmp(path, cover->path);
        images++;
        free(path);
    }
    return empty && images > 0;
}

typedef struct part_images {
    epub_reading *r;
    const char *base; /* the part's path: image addresses are relative to it */
} part_images;

static int image_failed(epub_reading *r, const char *fmt, const char *what)
{
    bt_error_event(r->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, fmt, what);
    r->warned = 1;
    return -1;
}

/* An image's bytes from the container as a new resource, or -1. */
static int add_image(epub_reading *r, const char *path)
{
    bt_buf b = BT_BUF_INIT;
    int res = -1;
    if (!bt_zip_has(r->z, path)) {
        image_failed(r, "image '%.200s' is missing from the EPUB", path);
    } else if (bt_zip_read(r->z, path, &b, NULL) != BT_OK) {
        image_failed(r, "image '%.200s' in the EPUB is corrupt", path);
    } else {
        const epub_item *it = epub_item_at(r->pkg, path);
        const char *type = NULL;
        int w, h;
        /* trust the bytes over the manifest; the manifest for what they do not tell */
        if (!bt_image_sniff((const unsigned char *)b.data, b.len, &type, &w, &h) && it)
            type = it->media_type;
        int fits = bt_image_type_fits((const unsigned char *)b.data, b.len, type);
        if (fits)
            res = bt_document_add_resource(r->doc, path, type, b.data ? b.data : "", b.len);
        if (!fits)
            image_failed(r, "not an image: '%.200s'", path);
        else if (res < 0)
            image_failed(r, "image '%.200s' could not be loaded", path);
    }
    bt_buf_free(&b);
    return res;
}

static int load_image(void *user, const char *src)
{
    part_images *pi = user;
    epub_reading *r = pi->r;
    char *path = epub_resolve(pi->base, src);
    if (!path)
        return image_failed(r, "image '%.200s' is not in the EPUB", src);
    /* each image once, however many parts show it; stored as resource + 1 */
    intptr_t known = r->loaded ? (intptr_t)xmlHashLookup(r->loaded, BAD_CAST path) : 0;
    int res = known ? (int)known - 1 : add_image(r, path);
    if (!known && res >= 0 && (r->loaded || (r->loaded = xmlHashCreate(64))))
        xmlHashAddEntry(r->loaded, BAD_CAST path, (void *)(intptr_t)(res + 1));
    free(path);
    return res;
}

static int readable(const char *media_type)
{
    return media_type &&
           (!strcmp(media_type, "application/xhtml+xml") || !strcmp(media_type, "text/html") ||
            !strcmp(media_type, "text/x-oeb1-document"));
}

bt_status epub_read_part(epub_reading *r, const epub_item *item)
{
    if (!item->path || !bt_zip_has(r->z, item->path))
        return bt_error_set(r->err, BT_ERR_FORMAT, "spine item '%.100s' ('%.200s') is missing",
                            item->id ? item->id : "", item->path ? item->path : "");
    if (!readable(item->media_type)) {
        bt_error_event(r->err, BT_EVENT_LOST, BT_LOSS_TEXT, 1, "spine item '%.200s' (%s) skipped: not XHTML", item->path,
                      item->media_type ? item->media_type : "no media type");
        r->warned = 1;
        return BT_OK;
    }
    bt_buf b = BT_BUF_INIT;
    if (bt_zip_read(r->z, item->path, &b, r->err) != BT_OK) {
        bt_buf_free(&b);
        return BT_FAILED;
    }
    xmlDocPtr x = parse_part(&b, item->path, r->err);
    bt_buf_free(&b);
    if (!x)
        return BT_FAILED;
    xmlNode *root = xmlDocGetRootElement(x);
    xmlNode *body = bt_xml_child(root, "body");
    /* xml:lang or lang, for a book whose metadata has no dc:language */
    const char *lang = bt_xml_attr(root, "lang");
    if (lang && *lang && !bt_document_meta(r->doc, BT_META_LANGUAGE))
        bt_document_set_meta(r->doc, BT_META_LANGUAGE, lang);
    bt_status s = BT_OK;
    if (body && !drop_front_matter(r, body) && !cover_page(r, body, item->path)) {
        part_images pi = {r, item->path};
        bt_xhtml_reader xr = {r->doc, r->err, load_image, &pi, 0, 0};
        s = bt_xhtml_read_children(&xr, body, bt_document_body(r->doc));
    }
    xmlFreeDoc(x);
    return s;
}

void epub_reading_free(epub_reading *r) { xmlHashFree(r->loaded, NULL); }
