/* The ODF package: a zip whose first entry is the stored mimetype, then the
 * XML parts, the pictures, and the manifest listing them all.  Reading
 * checks it is an ODF text package and not an encrypted one. */
#include <string.h>

#include "odt.h"
#include "xml.h"

#define W(s) BAD_CAST(s)

/* Which resources figures show: those go into Pictures/. */
typedef struct {
    const bt_document *doc;
    bt_error *err;
    unsigned char *used;
    size_t n;
} package;

typedef bt_status (*part_fn)(xmlTextWriterPtr w, const package *p);

static bt_status content_part(xmlTextWriterPtr w, const package *p)
{
    odt_start_root(w, "office:document-content");
    odt_write_font_faces(w);
    xmlTextWriterStartElement(w, W("office:automatic-styles"));
    odt_write_content_styles(w, p->doc);
    xmlTextWriterEndElement(w);
    bt_status s = odt_write_body(w, p->doc, 0, p->err);
    xmlTextWriterEndElement(w);
    return s;
}

static bt_status styles_part(xmlTextWriterPtr w, const package *p)
{
    odt_start_root(w, "office:document-styles");
    odt_write_font_faces(w);
    odt_write_named_styles(w, bt_document_meta(p->doc, BT_META_LANGUAGE));
    xmlTextWriterStartElement(w, W("office:automatic-styles"));
    odt_write_page_layout(w);
    xmlTextWriterEndElement(w);
    odt_write_master_styles(w);
    xmlTextWriterEndElement(w);
    return BT_OK;
}

static bt_status meta_part(xmlTextWriterPtr w, const package *p)
{
    odt_start_root(w, "office:document-meta");
    xmlTextWriterStartElement(w, W("office:meta"));
    odt_write_meta(w, p->doc);
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
    return BT_OK;
}

static int mark_picture(bt_node *n, int entering, void *user)
{
    package *p = user;
    if (entering && n->type == BT_NODE_FIGURE && n->resource >= 0 && (size_t)n->resource < p->n)
        p->used[n->resource] = 1;
    return 0;
}

static void manifest_entry(xmlTextWriterPtr w, const char *path, const char *type)
{
    xmlTextWriterStartElement(w, W("manifest:file-entry"));
    xmlTextWriterWriteAttribute(w, W("manifest:full-path"), W(path));
    if (!strcmp(path, "/"))
        xmlTextWriterWriteAttribute(w, W("manifest:version"), W(ODT_VERSION));
    xmlTextWriterWriteAttribute(w, W("manifest:media-type"), W(type));
    xmlTextWriterEndElement(w);
}

static bt_status manifest_part(xmlTextWriterPtr w, const package *p)
{
    xmlTextWriterStartElement(w, W("manifest:manifest"));
    xmlTextWriterWriteAttribute(w, W("xmlns:manifest"),
                                W("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xmlTextWriterWriteAttribute(w, W("manifest:version"), W(ODT_VERSION));
    manifest_entry(w, "/", ODT_MIME);
    manifest_entry(w, "content.xml", "text/xml");
    manifest_entry(w, "styles.xml", "text/xml");
    manifest_entry(w, "meta.xml", "text/xml");
    char path[64];
    for (size_t i = 0; i < p->n; i++)
        if (p->used[i]) {
            odt_picture_path(p->doc, (int)i, path, sizeof(path));
            manifest_entry(w, path, bt_resource_media_type(p->doc, (int)i));
        }
    xmlTextWriterEndElement(w);
    return BT_OK;
}

/* Serialize one XML part and add it to the zip. */
static bt_status add_part(bt_zip_writer *z, const char *name, part_fn fn, const package *p)
{
    bt_error *err = p->err;
    xmlBufferPtr buf;
    xmlTextWriterPtr w = odt_writer_new(&buf);
    if (!w) {
        xmlBufferFree(buf);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
    bt_status s = fn(w, p);
    int rc = xmlTextWriterEndDocument(w);
    xmlFreeTextWriter(w);
    if (s != BT_FAILED && rc < 0)
        s = bt_error_set(err, BT_ERR_NOMEM, "cannot write %s", name);
    if (s != BT_FAILED) {
        bt_status a =
            bt_zip_add(z, name, xmlBufferContent(buf), (size_t)xmlBufferLength(buf), 0, err);
        s = a == BT_OK ? s : a;
    }
    xmlBufferFree(buf);
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
    return BT_OK;
}

bt_status odt_write_package(const bt_document *doc, const bt_output *out, bt_error *err)
{
    package p = {doc, err, NULL, bt_document_resource_count(doc)};
    p.used = calloc(p.n ? p.n : 1, 1);
    bt_zip_writer *z = p.used ? bt_zip_writer_new(err) : NULL;
    if (!z) {
        free(p.used);
        return p.used ? BT_FAILED : bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    bt_node_walk(bt_document_body(doc), mark_picture, &p);
    static const char mime[] = ODT_MIME;
    bt_status s = bt_zip_add(z, "mimetype", mime, sizeof(mime) - 1, 1, err);
    bt_status body = s == BT_OK ? add_part(z, "content.xml", content_part, &p) : s;
    s = body == BT_FAILED ? BT_FAILED : add_part(z, "styles.xml", styles_part, &p);
    if (s == BT_OK)
        s = add_part(z, "meta.xml", meta_part, &p);
    if (s == BT_OK)
        s = add_pictures(z, &p);
    if (s == BT_OK)
        s = add_part(z, "META-INF/manifest.xml", manifest_part, &p);
    free(p.used);
    if (s != BT_OK) {
        bt_zip_writer_free(z);
        return BT_FAILED;
    }
    s = bt_zip_finish(z, out, err);
    return s == BT_OK ? body : s;
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

bt_status odt_read_package(bt_document *doc, const bt_input *in, bt_error *err)
{
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
