/* XML output into a bt_buf through libxml2's text writer, with one error
 * check per document instead of one per call. */
#include "epub.h"

static int buf_write(void *user, const char *data, int len)
{
    bt_buf *b = user;
    bt_buf_put(b, data, (size_t)len);
    return b->failed ? -1 : len;
}

int epub_xw_open(epub_xw *x, bt_buf *out, int indent)
{
    x->failed = 0;
    x->w = NULL;
    xmlOutputBufferPtr ob = xmlOutputBufferCreateIO(buf_write, NULL, out, NULL);
    if (!ob)
        return 0;
    x->w = xmlNewTextWriter(ob);
    if (!x->w) {
        xmlOutputBufferClose(ob);
        return 0;
    }
    if (indent && (xmlTextWriterSetIndent(x->w, 1) < 0 ||
                   xmlTextWriterSetIndentString(x->w, BAD_CAST "  ") < 0))
        x->failed = 1;
    if (xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL) < 0)
        x->failed = 1;
    return 1;
}

void epub_xw_doctype_html(epub_xw *x)
{
    if (xmlTextWriterWriteDTD(x->w, BAD_CAST "html", NULL, NULL, NULL) < 0)
        x->failed = 1;
}

void epub_xw_start(epub_xw *x, const char *name)
{
    if (xmlTextWriterStartElement(x->w, BAD_CAST name) < 0)
        x->failed = 1;
}

void epub_xw_attr(epub_xw *x, const char *name, const char *value)
{
    if (xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST value) < 0)
        x->failed = 1;
}

void epub_xw_text(epub_xw *x, const char *text)
{
    if (xmlTextWriterWriteString(x->w, BAD_CAST text) < 0)
        x->failed = 1;
}

void epub_xw_end(epub_xw *x)
{
    if (xmlTextWriterEndElement(x->w) < 0)
        x->failed = 1;
}

void epub_xw_elem(epub_xw *x, const char *name, const char *text)
{
    if (xmlTextWriterWriteElement(x->w, BAD_CAST name, BAD_CAST text) < 0)
        x->failed = 1;
}

bt_status epub_xw_finish(epub_xw *x, const char *what, bt_error *err)
{
    if (xmlTextWriterEndDocument(x->w) < 0)
        x->failed = 1;
    xmlFreeTextWriter(x->w);
    x->w = NULL;
    if (x->failed)
        return bt_error_set(err, BT_ERR_NOMEM, "cannot write %s: out of memory", what);
    return BT_OK;
}
