/* The flat ODF text document (.fodt): one office:document holding the meta,
 * the styles and the body, pictures inline as office:binary-data. */
#include <string.h>

#include "odt.h"
#include "xml.h"

static bt_status write_flat(odt_xml *x, const bt_document *doc, const odt_reference *ref,
                            const odt_page *page, bt_error *err)
{
    odt_start_root(x, "office:document");
    odt_attr(x, "office:mimetype", ODT_MIME);
    odt_start(x, "office:meta");
    odt_write_meta(x, doc);
    odt_end(x);
    odt_write_styles(x, doc, ref, page, 1);
    bt_status s = odt_write_body(x, doc, ref, page, 1, err);
    odt_end(x);
    return s;
}

bt_status odt_write_flat(const bt_document *doc, const bt_output *out, const bt_options *opt,
                         bt_error *err)
{
    odt_reference *ref = NULL;
    const odt_page *page = odt_page_of(opt, "fodt", err);
    if (!page || odt_reference_load(bt_option(opt, "fodt", "reference"), &ref, err) != BT_OK)
        return BT_FAILED;
    odt_xml x;
    bt_status s = BT_FAILED;
    if (odt_xml_open(&x) != 0)
        bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    else if ((s = write_flat(&x, doc, ref, page, err)) != BT_FAILED) {
        bt_status f = odt_xml_finish(&x, "the document", err);
        s = f == BT_OK ? s : f;
    }
    if (s != BT_FAILED &&
        out->write(out->user, xmlBufferContent(x.buf), (size_t)xmlBufferLength(x.buf)) != 0)
        s = bt_error_set(err, BT_ERR_IO, "cannot write output");
    odt_xml_free(&x);
    odt_reference_free(ref);
    return s;
}

/* Where needle first occurs in d[0..n), or NULL. */
static const unsigned char *find(const unsigned char *d, size_t n, const char *needle)
{
    size_t len = strlen(needle);
    for (size_t i = 0; i + len <= n; i++)
        if (d[i] == (unsigned char)needle[0] && !memcmp(d + i, needle, len))
            return d + i;
    return NULL;
}

/* An XML document whose root is office:document declaring the text type. */
int fodt_probe(const unsigned char *data, size_t size)
{
    static const char bom[] = "\xEF\xBB\xBF";
    if (size >= 3 && !memcmp(data, bom, 3)) {
        data += 3;
        size -= 3;
    }
    if (size < 5 || memcmp(data, "<?xml", 5) != 0)
        return 0;
    const unsigned char *root = find(data, size, "<office:document");
    size_t rest = root ? size - (size_t)(root - data) : 0;
    if (rest < 17 || !root[16] || !strchr(" \t\r\n", root[16]) ||
        !find(root, rest, "office:mimetype=\"" ODT_MIME "\""))
        return 0;
    return 40 + 8 * (int)sizeof(ODT_MIME);
}

bt_status odt_read_flat(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err)
{
    (void)opt;
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
