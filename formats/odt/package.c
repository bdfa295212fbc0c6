/* The ODF package: a zip whose first entry is the stored mimetype, then the
 * XML parts, the pictures, and the manifest listing them all.  Reading
 * checks it is an ODF text package and not an encrypted one. */
#include <string.h>

#include "odt.h"
#include "xml.h"

/* Which resources figures show: those go into Pictures/. */
typedef struct {
    const bt_document *doc;
    const odt_reference *ref;
    const odt_page *page;
    bt_error *err;
    unsigned char *used;
    size_t n;
} package;

typedef bt_status (*part_fn)(odt_xml *x, const package *p);

static bt_status content_part(odt_xml *x, const package *p)
{
    odt_start_root(x, "office:document-content");
    odt_write_font_faces(x, p->ref);
    odt_start(x, "office:automatic-styles");
    odt_write_content_styles(x, p->doc);
    odt_end(x);
    bt_status s = odt_write_body(x, p->doc, p->ref, p->page, 0, p->err);
    odt_end(x);
    return s;
}

static bt_status styles_part(odt_xml *x, const package *p)
{
    odt_start_root(x, "office:document-styles");
    odt_write_styles(x, p->doc, p->ref, p->page, 0);
    odt_end(x);
    return BT_OK;
}

static bt_status meta_part(odt_xml *x, const package *p)
{
    odt_start_root(x, "office:document-meta");
    odt_start(x, "office:meta");
    odt_write_meta(x, p->doc);
    odt_end(x);
    odt_end(x);
    return BT_OK;
}

static int mark_picture(bt_node *n, int entering, void *user)
{
    package *p = user;
    if (entering && n->type == BT_NODE_FIGURE && n->resource >= 0 && (size_t)n->resource < p->n)
        p->used[n->resource] = 1;
    return 0;
}

static void manifest_entry(odt_xml *x, const char *path, const char *type)
{
    odt_start(x, "manifest:file-entry");
    odt_attr(x, "manifest:full-path", path);
    if (!strcmp(path, "/"))
        odt_attr(x, "manifest:version", ODT_VERSION);
    odt_attr(x, "manifest:media-type", type);
    odt_end(x);
}

static bt_status manifest_part(odt_xml *x, const package *p)
{
    odt_start(x, "manifest:manifest");
    odt_attr(x, "xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    odt_attr(x, "manifest:version", ODT_VERSION);
    manifest_entry(x, "/", ODT_MIME);
    manifest_entry(x, "content.xml", "text/xml");
    manifest_entry(x, "styles.xml", "text/xml");
    manifest_entry(x, "meta.xml", "text/xml");
    char path[64];
    for (size_t i = 0; i < p->n; i++)
        if (p->used[i]) {
            odt_picture_path(p->doc, (int)i, path, sizeof(path));
            manifest_entry(x, path, bt_resource_media_type(p->doc, (int)i));
        }
    for (size_t i = 0; i < odt_reference_pictures(p->ref); i++) {
        const char *type;
        const void *data;
        size_t size;
        const char *name = odt_reference_picture(p->ref, i, &type, &data, &size);
        manifest_entry(x, name, type);
    }
    odt_end(x);
    return BT_OK;
}

/* Serialize one XML part and add it to the zip. */
static bt_status add_part(bt_zip_writer *z, const char *name, part_fn fn, const package *p)
{
    bt_error *err = p->err;
    odt_xml x;
    bt_status s = odt_xml_open(&x) == 0 ? fn(&x, p) : BT_FAILED;
    if (!x.w)
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    else if (s != BT_FAILED) {
        bt_status f = odt_xml_finish(&x, name, err);
        s = f == BT_OK ? s : f;
    }
    if (s != BT_FAILED) {
        bt_status a =
            bt_zip_add(z, name, xmlBufferContent(x.buf), (size_t)xmlBufferLength(x.buf), 0, err);
        s = a == BT_OK ? s : a;
    }
    odt_xml_free(&x);
    return s;
}

static int already_compressed(const char *type)
{
    return !strcmp(type, "image/jpeg") || !strcmp(type, "image/png") ||
           !strcmp(type, "image/gif") || !strcmp(type, "image/webp");
}

static bt_status add_pictures(bt_zip_writer *z, const package *p)
{
    const bt_document *doc = p->doc;
    char path[64];
    for (size_t i = 0; i < p->n; i++) {
        if (!p->used[i])
            continue;
        size_t size;
        const void *data = bt_resource_data(doc, (int)i, &size);
        odt_picture_path(doc, (int)i, path, sizeof(path));
        if (bt_zip_add(z, path, data, size, already_compressed(bt_resource_media_type(doc, (int)i)),
                       p->err) != BT_OK)
            return BT_FAILED;
    }
    for (size_t i = 0; i < odt_reference_pictures(p->ref); i++) {
        const char *type;
        const void *data;
        size_t size;
        const char *name = odt_reference_picture(p->ref, i, &type, &data, &size);
        if (bt_zip_add(z, name, data, size, already_compressed(type), p->err) != BT_OK)
            return BT_FAILED;
    }
    return BT_OK;
}

static bt_status write_zip(package *p, const bt_output *out)
{
    bt_error *err = p->err;
    bt_zip_writer *z = bt_zip_writer_new(err);
    if (!z)
        return BT_FAILED;
    bt_node_walk(bt_document_body(p->doc), mark_picture, p);
    static const char mime[] = ODT_MIME;
    bt_status s = bt_zip_add(z, "mimetype", mime, sizeof(mime) - 1, 1, err);
    bt_status body = s == BT_OK ? add_part(z, "content.xml", content_part, p) : s;
    s = body == BT_FAILED ? BT_FAILED : add_part(z, "styles.xml", styles_part, p);
    if (s == BT_OK)
        s = add_part(z, "meta.xml", meta_part, p);
    if (s == BT_OK)
        s = add_pictures(z, p);
    if (s == BT_OK)
        s = add_part(z, "META-INF/manifest.xml", manifest_part, p);
    if (s != BT_OK) {
        bt_zip_writer_free(z);
        return BT_FAILED;
    }
    s = bt_zip_finish(z, out, err);
    return s == BT_OK ? body : s;
}

bt_status odt_write_package(const bt_document *doc, const bt_output *out, const bt_options *opt,
                            bt_error *err)
{
    package p = {doc, NULL, odt_page_of(opt, "odt", err), err, NULL,
                 bt_document_resource_count(doc)};
    odt_reference *ref = NULL;
    if (!p.page || odt_reference_load(bt_option(opt, "odt", "reference"), &ref, err) != BT_OK)
        return BT_FAILED;
    p.ref = ref;
    bt_status s;
    if (!(p.used = calloc(p.n ? p.n : 1, 1)))
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    else
        s = write_zip(&p, out);
    free(p.used);
    odt_reference_free(ref);
    return s;
}

int odt_probe(const unsigned char *data, size_t size)
{
    return bt_zip_probe_mimetype(data, size, ODT_MIME);
}

/* ---- reading ---- */

#define ODT_MIME_PREFIX "application/vnd.oasis.opendocument.text"

static int is_text_type(const char *type)
{
    /* text, text-template, text-master */
    size_t n = strlen(ODT_MIME_PREFIX);
    return type && !strncmp(type, ODT_MIME_PREFIX, n) && (!type[n] || type[n] == '-');
}

static bt_status check_mimetype(bt_zip_reader *z, bt_error *err)
{
    if (!bt_zip_has(z, "mimetype"))
        return BT_OK;
    bt_buf b = BT_BUF_INIT;
    bt_status s = bt_zip_read(z, "mimetype", &b, err);
    if (s == BT_OK && !is_text_type(b.data ? b.data : "")) {
        const char *type = b.data ? b.data : "";
        if (!strcmp(type, "application/epub+zip"))
            s = bt_error_set(err, BT_ERR_FORMAT, "this is an EPUB, not an OpenDocument text");
        else
            s = bt_error_set(err, BT_ERR_FORMAT,
                             "not an OpenDocument text: the package is '%.100s'", type);
    }
    bt_buf_free(&b);
    return s;
}

/* An encrypted package keeps its parts' bytes but not their meaning. */
static bt_status check_manifest(bt_zip_reader *z, bt_error *err)
{
    if (!bt_zip_has(z, "META-INF/manifest.xml"))
        return BT_OK;
    xmlDocPtr m = bt_zip_read_xml(z, "META-INF/manifest.xml", err);
    if (!m)
        return BT_FAILED;
    bt_status s = BT_OK;
    for (xmlNode *e = xmlDocGetRootElement(m)->children; e && s == BT_OK; e = e->next) {
        const char *path = bt_xml_attr(e, "full-path");
        if (bt_xml_child(e, "encryption-data"))
            s = bt_error_set(err, BT_ERR_UNSUPPORTED,
                             "the document is encrypted with a password; bantin cannot read it");
        else if (path && !strcmp(path, "/") && !bt_zip_has(z, "mimetype") &&
                 !is_text_type(bt_xml_attr(e, "media-type")))
            s = bt_error_set(err, BT_ERR_FORMAT,
                             "not an OpenDocument text: the package is '%.100s'",
                             bt_xml_attr(e, "media-type") ? bt_xml_attr(e, "media-type") : "");
    }
    xmlFreeDoc(m);
    return s;
}

/* office:body's office:text, or an error naming what the body holds. */
static xmlNode *text_body(xmlDocPtr content, bt_error *err)
{
    xmlNode *root = xmlDocGetRootElement(content);
    xmlNode *body = bt_xml_child(root, "body");
    xmlNode *text = bt_xml_child(body, "text");
    if (text)
        return text;
    xmlNode *other = body ? body->children : NULL;
    while (other && other->type != XML_ELEMENT_NODE)
        other = other->next;
    if (other)
        bt_error_set(err, BT_ERR_FORMAT, "not a text document: its body is office:%.40s",
                     (const char *)other->name);
    else
        bt_error_set(err, BT_ERR_FORMAT, "content.xml has no office:body/office:text");
    return NULL;
}

/* Nesting past BT_MAX_DEPTH is flattened by the reader, not cut by the
 * parser. */
static xmlDocPtr read_content(bt_zip_reader *z, bt_error *err)
{
    bt_buf b = BT_BUF_INIT;
    xmlDocPtr x = NULL;
    if (bt_zip_read(z, "content.xml", &b, err) == BT_OK)
        x = bt_xml_parse_deep(b.data ? b.data : "", b.len, "content.xml", err);
    bt_buf_free(&b);
    return x;
}

bt_status odt_read_package(bt_document *doc, const bt_input *in, const bt_options *opt,
                           bt_error *err)
{
    (void)opt;
    bt_zip_reader *z = bt_zip_open(in->data, in->size, err);
    if (!z)
        return BT_FAILED;
    xmlDocPtr content = NULL, styles = NULL, meta = NULL;
    xmlNode *text = NULL;
    bt_status s = check_mimetype(z, err);
    if (s == BT_OK)
        s = check_manifest(z, err);
    if (s == BT_OK && !bt_zip_has(z, "content.xml"))
        s = bt_error_set(err, BT_ERR_FORMAT, "content.xml is missing: not an OpenDocument file");
    if (s == BT_OK && !(content = read_content(z, err)))
        s = BT_FAILED;
    if (s == BT_OK && !(text = text_body(content, err)))
        s = BT_FAILED;
    if (s == BT_OK && bt_zip_has(z, "styles.xml") &&
        !(styles = bt_zip_read_xml(z, "styles.xml", err)))
        s = BT_FAILED;
    if (s == BT_OK && bt_zip_has(z, "meta.xml") && !(meta = bt_zip_read_xml(z, "meta.xml", err)))
        s = BT_FAILED;
    odt_reader r = {0};
    r.doc = doc;
    r.err = err;
    r.zip = z;
    r.status = BT_OK;
    if (s == BT_OK && !(r.styles = odt_styles_new()))
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (s == BT_OK) {
        xmlNode *roots[] = {xmlDocGetRootElement(styles), xmlDocGetRootElement(content)};
        s = odt_read_parts(&r, bt_xml_child(xmlDocGetRootElement(meta), "meta"), roots, 2, text);
    }
    odt_styles_free(r.styles);
    xmlFreeDoc(meta);
    xmlFreeDoc(styles);
    xmlFreeDoc(content);
    bt_zip_close(z);
    return s;
}
