/* The package's XML documents go through the (X)HTML writer's calls (they
 * drop the characters XML forbids and record failures); this opens such a
 * writer on a bt_buf and checks it once at the end. */
#include <string.h>

#include "epub.h"
#include "textdate.h"

static int buf_write(void *user, const char *data, int len)
{
    bt_buf *b = user;
    bt_buf_put(b, data, (size_t)len);
    return b->failed ? -1 : len;
}

int epub_xw_open(bt_xhtml_writer *x, const epub_book *b, bt_buf *out, int indent)
{
    *x = (bt_xhtml_writer){.doc = b->doc};
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

void epub_xw_page_head(bt_xhtml_writer *x, const epub_book *b, const char *title)
{
    if (xmlTextWriterWriteDTD(x->w, BAD_CAST "html", NULL, NULL, NULL) < 0)
        x->failed = 1;
    bt_xhtml_start(x, "html");
    bt_xhtml_attr(x, "xmlns", "http://www.w3.org/1999/xhtml");
    bt_xhtml_attr(x, "xmlns:epub", "http://www.idpf.org/2007/ops");
    bt_xhtml_attr(x, "xml:lang", b->language);
    bt_xhtml_attr(x, "lang", b->language);
    bt_xhtml_start(x, "head");
    bt_xhtml_element(x, "title", title);
}

static void stylesheet(bt_xhtml_writer *x, const char *href)
{
    bt_xhtml_start(x, "link");
    bt_xhtml_attr(x, "rel", "stylesheet");
    bt_xhtml_attr(x, "type", "text/css");
    bt_xhtml_attr(x, "href", href);
    bt_xhtml_end_void(x);
}

int epub_xw_content_open(bt_xhtml_writer *x, const epub_book *b, bt_buf *out,
                         const char *body_type)
{
    /* no indenting: white space between inline elements would show */
    if (!epub_xw_open(x, b, out, 0))
        return 0;
    epub_xw_page_head(x, b, b->title);
    stylesheet(x, EPUB_CSS);
    for (size_t i = 0; i < b->nhouse; i++)
        stylesheet(x, b->house[i].href);
    bt_xhtml_end(x);
    bt_xhtml_start(x, "body");
    bt_xhtml_attr(x, "epub:type", body_type);
    return 1;
}

void epub_xw_date(bt_xhtml_writer *x, const bt_document *doc, const char *shown)
{
    const char *date = bt_document_meta(doc, BT_META_DATE);
    if (date && strlen(date) >= 10 && bt_textdate_is_iso(date, strlen(date))) {
        bt_xhtml_start(x, "time");
        bt_xhtml_attr(x, "datetime", date);
        bt_xhtml_text(x, shown);
        bt_xhtml_end(x);
    } else {
        bt_xhtml_text(x, shown);
    }
}

bt_status epub_xw_finish(bt_xhtml_writer *x, const char *what, bt_error *err)
{
    if (xmlTextWriterEndDocument(x->w) < 0)
        x->failed = 1;
    xmlFreeTextWriter(x->w);
    x->w = NULL;
    if (x->failed)
        return bt_error_set(err, BT_ERR_NOMEM, "cannot write %s: out of memory", what);
    return BT_OK;
}
