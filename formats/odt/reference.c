/* A reference document (--reference-odt): the styles, page layout, fonts,
 * header and footer of an ODT or FODT made in LibreOffice replace bantin's.
 * Its styles.xml (or the flat document's same parts) is parsed with the
 * safe parser and its parts copied into what we write; bantin's named
 * styles it lacks are written after its own, so every style the body names
 * exists. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "limit.h"
#include "odt.h"

struct odt_reference {
    xmlDocPtr doc;
    xmlNode *root;               /* office:document-styles, or the flat office:document */
    xmlHashTablePtr master_uses; /* style names the master pages refer to */
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

static xmlDocPtr parse(const char *path, const bt_buf *b, bt_error *err)
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
    bt_buf b = BT_BUF_INIT;
    xmlDocPtr x = read_all(path, &b, err) == BT_OK ? parse(path, &b, err) : NULL;
    bt_buf_free(&b);
    if (!x)
        return BT_FAILED;
    odt_reference *r = calloc(1, sizeof(*r));
    if (!r || !(r->master_uses = xmlHashCreate(16))) {
        free(r);
        xmlFreeDoc(x);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    r->doc = x;
    r->root = xmlDocGetRootElement(x);
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
    xmlHashFree(ref->master_uses, NULL);
    xmlFreeDoc(ref->doc);
    free(ref);
}

xmlNode *odt_reference_part(const odt_reference *ref, const char *container)
{
    return ref ? bt_xml_child(ref->root, container) : NULL;
}

int odt_reference_defines(const odt_reference *ref, const char *container, const char *element,
                          const char *family, const char *name)
{
    xmlNode *part = odt_reference_part(ref, container);
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

static void copy(odt_xml *x, const xmlNode *n, int depth)
{
    char name[256];
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        odt_text(x, (const char *)n->content);
        return;
    }
    if (n->type != XML_ELEMENT_NODE || depth > BT_MAX_DEPTH)
        return;
    qualified(n->ns, n->name, name, sizeof(name));
    odt_start(x, name);
    declare(x, n);
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        xmlChar *v = xmlNodeGetContent((const xmlNode *)a);
        if (!v) {
            x->failed = 1;
            continue;
        }
        qualified(a->ns, a->name, name, sizeof(name));
        odt_attr(x, name, (const char *)v);
        xmlFree(v);
    }
    for (const xmlNode *c = n->children; c; c = c->next)
        copy(x, c, depth + 1);
    odt_end(x);
}

void odt_reference_copy(odt_xml *x, const odt_reference *ref, const char *container)
{
    xmlNode *part = odt_reference_part(ref, container);
    int automatic = !strcmp(container, "automatic-styles");
    for (xmlNode *n = part ? part->children : NULL; n; n = n->next) {
        const char *name = bt_xml_attr(n, "name");
        /* a flat reference's automatic styles are its body's too: only those
         * of its master pages come along */
        if (!automatic || (name && xmlHashLookup(ref->master_uses, BAD_CAST name)))
            copy(x, n, 0);
    }
}

/* A length in thousandths of a cm, 0 when none. */
static long thousandths(const char *length)
{
    return ((long)odt_length_px(length) * 2540 + 48) / 96;
}

int odt_reference_text_width(const odt_reference *ref)
{
    xmlNode *masters = odt_reference_part(ref, "master-styles");
    xmlNode *master = bt_xml_child(masters, "master-page");
    const char *layout = bt_xml_attr(master, "page-layout-name");
    xmlNode *automatic = odt_reference_part(ref, "automatic-styles");
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
