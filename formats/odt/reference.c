/* A reference document (--reference-odt): the styles, page layout, fonts,
 * header and footer of an ODT or FODT made in LibreOffice replace bantin's.
 * Its styles.xml (or the flat document's same parts) is parsed with the
 * safe parser and its parts copied into what we write; bantin's named
 * styles it lacks are written after its own, so every style the body names
 * exists.  The pictures its styles show (a masthead's logo) come along:
 * into our package, or inline in a flat document. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "limit.h"
#include "odt.h"

typedef struct {
    const char *path; /* Pictures/..., borrowed from the parsed styles */
    const char *type;
    bt_buf data;
} picture;

struct odt_reference {
    xmlDocPtr doc;
    xmlNode *root;               /* office:document-styles, or the flat office:document */
    xmlHashTablePtr master_uses; /* style names the master pages refer to */
    picture *pictures;
    size_t npictures;
};

static bt_status read_all(const char *path, bt_buf *b, bt_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return bt_error_set(err, BT_ERR_IO, "cannot open the reference document '%.200s'", path);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 && b->len <= BT_MAX_INPUT_BYTES)
        bt_buf_put(b, chunk, n);
    int failed = ferror(f);
    fclose(f);
    if (failed)
        return bt_error_set(err, BT_ERR_IO, "cannot read the reference document '%.200s'", path);
    if (b->failed)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (b->len > BT_MAX_INPUT_BYTES)
        return bt_error_set(err, BT_ERR_LIMIT, "the reference document '%.200s' is too large",
                            path);
    return BT_OK;
}

/* A picture of the package at path, where a style's xlink:href points:
 * kept, once, in ref->pictures. */
static bt_status keep_picture(odt_reference *ref, bt_zip_reader *z, const char *path, bt_error *err)
{
    if (strchr(path, ':') || path[0] == '/' || strstr(path, "..") || !bt_zip_has(z, path))
        return BT_OK; /* not in the package: as the reference has it */
    for (size_t i = 0; i < ref->npictures; i++)
        if (!strcmp(ref->pictures[i].path, path))
            return BT_OK;
    if (ref->npictures >= BT_MAX_DOCUMENT_IMAGES)
        return bt_error_set(err, BT_ERR_LIMIT, "the reference document has too many pictures");
    picture *more = realloc(ref->pictures, (ref->npictures + 1) * sizeof(*more));
    if (!more)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    ref->pictures = more;
    picture *pic = &more[ref->npictures++];
    *pic = (picture){path, NULL, BT_BUF_INIT};
    if (bt_zip_read(z, path, &pic->data, err) != BT_OK)
        return BT_FAILED;
    int w, h;
    if (!bt_image_sniff((const unsigned char *)pic->data.data, pic->data.len, &pic->type, &w, &h))
        pic->type = "application/octet-stream";
    return BT_OK;
}

static bt_status keep_pictures(odt_reference *ref, bt_zip_reader *z, const xmlNode *n, int depth,
                               bt_error *err)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *href = bt_xml_attr(n, "href");
        if (href && keep_picture(ref, z, href, err) != BT_OK)
            return BT_FAILED;
        if (depth < BT_MAX_DEPTH && keep_pictures(ref, z, n->children, depth + 1, err) != BT_OK)
            return BT_FAILED;
    }
    return BT_OK;
}

/* The reference's styles: a flat document's, or a package's styles.xml and
 * the pictures it shows. */
static xmlDocPtr parse(odt_reference *ref, const char *path, const bt_buf *b, bt_error *err)
{
    const unsigned char *data = (const unsigned char *)(b->data ? b->data : "");
    if (fodt_probe(data, b->len))
        return bt_xml_parse(b->data, b->len, "the reference document", err);
    if (!odt_probe(data, b->len)) {
        bt_error_set(err, BT_ERR_FORMAT,
                     "the reference document '%.200s' is neither an ODT nor an FODT", path);
        return NULL;
    }
    bt_zip_reader *z = bt_zip_open(data, b->len, err);
    if (!z)
        return NULL;
    xmlDocPtr x = NULL;
    if (!bt_zip_has(z, "styles.xml"))
        bt_error_set(err, BT_ERR_FORMAT, "the reference document '%.200s' has no styles.xml", path);
    else
        x = bt_zip_read_xml(z, "styles.xml", err);
    if (x && keep_pictures(ref, z, xmlDocGetRootElement(x), 0, err) != BT_OK) {
        xmlFreeDoc(x);
        x = NULL;
    }
    bt_zip_close(z);
    return x;
}

/* Remember every style name an attribute under n refers to. */
static int note_uses(xmlHashTablePtr uses, const xmlNode *n, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        for (xmlAttr *a = n->properties; a; a = a->next) {
            size_t len = strlen((const char *)a->name);
            int refers = (len >= 10 && !strcmp((const char *)a->name + len - 10, "style-name")) ||
                         !strcmp((const char *)a->name, "page-layout-name");
            xmlChar *v = refers ? xmlNodeGetContent((const xmlNode *)a) : NULL;
            if (refers && !v)
                return -1;
            if (v && xmlHashLookup(uses, v) == NULL && xmlHashAddEntry(uses, v, uses) != 0) {
                xmlFree(v);
                return -1;
            }
            xmlFree(v);
        }
        if (depth < BT_MAX_DEPTH && note_uses(uses, n->children, depth + 1) != 0)
            return -1;
    }
    return 0;
}

bt_status odt_reference_load(const char *path, odt_reference **ref, bt_error *err)
{
    *ref = NULL;
    if (!path || !*path)
        return BT_OK;
    odt_reference *r = calloc(1, sizeof(*r));
    if (!r || !(r->master_uses = xmlHashCreate(16))) {
        free(r);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    bt_buf b = BT_BUF_INIT;
    if (read_all(path, &b, err) == BT_OK)
        r->doc = parse(r, path, &b, err);
    bt_buf_free(&b);
    if (!r->doc) {
        odt_reference_free(r);
        return BT_FAILED;
    }
    r->root = xmlDocGetRootElement(r->doc);
    xmlNode *masters = bt_xml_child(r->root, "master-styles");
    if (note_uses(r->master_uses, masters ? masters->children : NULL, 0) != 0) {
        odt_reference_free(r);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    *ref = r;
    return BT_OK;
}

void odt_reference_free(odt_reference *ref)
{
    if (!ref)
        return;
    for (size_t i = 0; i < ref->npictures; i++)
        bt_buf_free(&ref->pictures[i].data);
    free(ref->pictures);
    xmlHashFree(ref->master_uses, NULL);
    xmlFreeDoc(ref->doc);
    free(ref);
}

size_t odt_reference_pictures(const odt_reference *ref) { return ref ? ref->npictures : 0; }

const char *odt_reference_picture(const odt_reference *ref, size_t i, const char **type,
                                  const void **data, size_t *size)
{
    const picture *pic = &ref->pictures[i];
    *type = pic->type;
    *data = pic->data.data ? pic->data.data : "";
    *size = pic->data.len;
    return pic->path;
}

/* The picture kept for href, or NULL. */
static const picture *find_picture(const odt_reference *ref, const char *href)
{
    for (size_t i = 0; href && i < ref->npictures; i++)
        if (!strcmp(ref->pictures[i].path, href))
            return &ref->pictures[i];
    return NULL;
}

/* One of its containers by local name ("styles", "master-styles"), or NULL
 * (ref may be NULL). */
static xmlNode *part_of(const odt_reference *ref, const char *container)
{
    return ref ? bt_xml_child(ref->root, container) : NULL;
}

int odt_reference_defines(const odt_reference *ref, const char *container, const char *element,
                          const char *family, const char *name)
{
    xmlNode *part = part_of(ref, container);
    for (xmlNode *n = part ? part->children : NULL; n; n = n->next) {
        const char *f = bt_xml_attr(n, "family"), *s = bt_xml_attr(n, "name");
        if (n->type == XML_ELEMENT_NODE && bt_xml_is(n, element) &&
            (!family || (f && !strcmp(f, family))) && (!name || (s && !strcmp(s, name))))
            return 1;
    }
    return 0;
}

/* "prefix:name" of an element or attribute as the reference spells it. */
static void qualified(const xmlNs *ns, const xmlChar *name, char *buf, size_t size)
{
    if (ns && ns->prefix)
        snprintf(buf, size, "%s:%s", (const char *)ns->prefix, (const char *)name);
    else
        snprintf(buf, size, "%s", (const char *)name);
}

/* Declare on the element just started the namespaces it and its attributes
 * use whose prefix our root binds otherwise or not at all (loext:,
 * officeooo:...). */
static void declare(odt_xml *x, const xmlNode *n)
{
    const xmlNs *done[16];
    size_t ndone = 0;
    const xmlNs *ns = n->ns;
    for (const xmlAttr *a = n->properties;; a = a->next) {
        if (ns && ns->prefix && !odt_binds(ns->prefix, ns->href)) {
            int seen = 0;
            for (size_t i = 0; i < ndone; i++)
                seen |= !strcmp((const char *)done[i]->prefix, (const char *)ns->prefix);
            if (!seen && ndone < sizeof(done) / sizeof(done[0])) {
                done[ndone++] = ns;
                char attr[128];
                snprintf(attr, sizeof(attr), "xmlns:%s", (const char *)ns->prefix);
                odt_attr(x, attr, (const char *)ns->href);
            }
        }
        if (!a)
            break;
        ns = a->ns;
    }
}

/* A picture of the package in a flat document: draw:image with the bytes
 * inside it in place of the address. */
static int copy_inline(odt_xml *x, const odt_reference *ref, const xmlNode *n, char *name,
                       size_t size)
{
    const picture *pic = bt_xml_is(n, "image") ? find_picture(ref, bt_xml_attr(n, "href")) : NULL;
    if (!pic)
        return 0;
    qualified(n->ns, n->name, name, size);
    odt_start(x, name);
    odt_attr(x, "draw:mime-type", pic->type);
    odt_start(x, "office:binary-data");
    odt_base64(x, pic->data.data ? pic->data.data : "", pic->data.len);
    odt_end(x);
    odt_end(x);
    return 1;
}

/* What copy writes into, and how. */
typedef struct {
    odt_xml *x;
    const odt_reference *ref;
    int flat;             /* a package reference's pictures inline */
    const char *language; /* the document's, for the default paragraph style */
} copier;

/* The text properties of the default paragraph style: the document's
 * language goes there in place of the reference's. */
static int default_language(const copier *c, const xmlNode *n)
{
    const xmlNode *style = n->parent;
    const char *family = bt_xml_attr(style, "family");
    return c->language && odt_language_valid(c->language) && bt_xml_is(n, "text-properties") &&
           style && bt_xml_is(style, "default-style") && family && !strcmp(family, "paragraph");
}

static int is_language(const xmlAttr *a)
{
    static const char *const names[] = {"language", "country", "script", "rfc-language-tag"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (!strcmp((const char *)a->name, names[i]))
            return 1;
    return 0;
}

static void copy(const copier *c, const xmlNode *n, int depth)
{
    odt_xml *x = c->x;
    char name[256];
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        odt_text(x, (const char *)n->content);
        return;
    }
    if (n->type != XML_ELEMENT_NODE || depth > BT_MAX_DEPTH ||
        (c->flat && copy_inline(x, c->ref, n, name, sizeof(name))))
        return;
    qualified(n->ns, n->name, name, sizeof(name));
    odt_start(x, name);
    declare(x, n);
    int language = default_language(c, n);
    if (language)
        odt_write_language(x, c->language, 0);
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (language && is_language(a))
            continue;
        xmlChar *v = xmlNodeGetContent((const xmlNode *)a);
        if (!v) {
            x->failed = 1;
            continue;
        }
        qualified(a->ns, a->name, name, sizeof(name));
        odt_attr(x, name, (const char *)v);
        xmlFree(v);
    }
    for (const xmlNode *k = n->children; k; k = k->next)
        copy(c, k, depth + 1);
    odt_end(x);
}

void odt_reference_copy(odt_xml *x, const odt_reference *ref, const char *container, int flat,
                        const char *language)
{
    copier c = {x, ref, flat, language};
    xmlNode *part = part_of(ref, container);
    int automatic = !strcmp(container, "automatic-styles");
    for (xmlNode *n = part ? part->children : NULL; n; n = n->next) {
        const char *name = bt_xml_attr(n, "name");
        /* a flat reference's automatic styles are its body's too: only those
         * of its master pages come along */
        if (!automatic || (name && xmlHashLookup(ref->master_uses, BAD_CAST name)))
            copy(&c, n, 0);
    }
}

/* A length in thousandths of a cm, 0 when none. */
static long thousandths(const char *length)
{
    return ((long)odt_length_px(length) * 2540 + 48) / 96;
}

int odt_reference_text_width(const odt_reference *ref)
{
    xmlNode *masters = part_of(ref, "master-styles");
    xmlNode *master = bt_xml_child(masters, "master-page");
    const char *layout = bt_xml_attr(master, "page-layout-name");
    xmlNode *automatic = part_of(ref, "automatic-styles");
    for (xmlNode *n = automatic && layout ? automatic->children : NULL; n; n = n->next) {
        const char *name = bt_xml_attr(n, "name");
        if (!bt_xml_is(n, "page-layout") || !name || strcmp(name, layout))
            continue;
        xmlNode *p = bt_xml_child(n, "page-layout-properties");
        const char *margin = bt_xml_attr(p, "margin");
        const char *left = bt_xml_attr(p, "margin-left"), *right = bt_xml_attr(p, "margin-right");
        long width = thousandths(bt_xml_attr(p, "page-width")) - thousandths(left ? left : margin) -
                     thousandths(right ? right : margin);
        /* less than a centimetre is no page to set pictures on */
        return width >= 1000 && width <= 1000000 ? (int)width : ODT_TEXT_WIDTH;
    }
    return ODT_TEXT_WIDTH;
}
