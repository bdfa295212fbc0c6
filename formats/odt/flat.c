/* The flat ODF text document (.fodt): one office:document holding the meta,
 * the styles and the body, pictures inline as office:binary-data. */
#include <string.h>

#include "odt.h"
#include "xml.h"

#define W(s) BAD_CAST(s)

bt_status odt_write_flat(const bt_document *doc, const bt_output *out, bt_error *err)
{
    xmlBufferPtr buf;
    xmlTextWriterPtr w = odt_writer_new(&buf);
    if (!w) {
        xmlBufferFree(buf);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
    odt_start_root(w, "office:document");
    xmlTextWriterWriteAttribute(w, W("office:mimetype"), W(ODT_MIME));
    xmlTextWriterStartElement(w, W("office:meta"));
    odt_write_meta(w, doc);
    xmlTextWriterEndElement(w);
    odt_write_font_faces(w);
    odt_write_named_styles(w, bt_document_meta(doc, BT_META_LANGUAGE));
    xmlTextWriterStartElement(w, W("office:automatic-styles"));
    odt_write_page_layout(w);
    odt_write_content_styles(w, doc);
    xmlTextWriterEndElement(w);
    odt_write_master_styles(w);
    bt_status s = odt_write_body(w, doc, 1, err);
    xmlTextWriterEndElement(w);
    int rc = xmlTextWriterEndDocument(w);
    xmlFreeTextWriter(w);
    if (s != BT_FAILED && rc < 0)
        s = bt_error_set(err, BT_ERR_NOMEM, "cannot write the document");
    if (s != BT_FAILED &&
        out->write(out->user, xmlBufferContent(buf), (size_t)xmlBufferLength(buf)) != 0)
        s = bt_error_set(err, BT_ERR_IO, "cannot write output");
    xmlBufferFree(buf);
    return s;
}

bt_status odt_read_flat(bt_document *doc, const bt_input *in, bt_error *err)
{
    /* nesting past BT_MAX_DEPTH is flattened by the reader */
    xmlDocPtr x = bt_xml_parse_deep((const char *)in->data, in->size, "the flat ODT document", err);
    if (!x)
        return BT_FAILED;
    xmlNode *root = xmlDocGetRootElement(x);
    const char *type = bt_xml_attr(root, "mimetype");
    xmlNode *text = bt_xml_child(bt_xml_child(root, "body"), "text");
    bt_status s = BT_OK;
    odt_reader r = {0};
    r.doc = doc;
    r.err = err;
    r.status = BT_OK;
    if (!bt_xml_is(root, "document") || !text ||
        (type && strncmp(type, ODT_MIME, strlen(ODT_MIME))))
        s = bt_error_set(err, BT_ERR_FORMAT,
                         "not a flat OpenDocument text: no office:document with office:text");
    else if (!(r.styles = odt_styles_new()))
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (s == BT_OK)
        s = odt_read_parts(&r, bt_xml_child(root, "meta"), &root, 1, text);
    odt_styles_free(r.styles);
    xmlFreeDoc(x);
    return s;
}
