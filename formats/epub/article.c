/* The article as one XHTML content document; its blocks are written by the
 * (X)HTML writer shared with the HTML format. */
#include "epub.h"
#include "xhtml.h"

static const char *image_src(void *user, int resource)
{
    const epub_book *b = user;
    if (resource < 0 || (size_t)resource >= bt_document_resource_count(b->doc) ||
        b->image_of[resource] < 0)
        return NULL;
    return b->images[b->image_of[resource]].href;
}

/* "SECTION | DATE", either alone, as the plain-text dateline has it. */
static void dateline(epub_xw *x, const bt_document *doc)
{
    const char *section = bt_document_meta(doc, BT_META_SECTION);
    const char *date = bt_document_meta(doc, BT_META_DATE);
    if (!section && !date)
        return;
    epub_xw_start(x, "p");
    epub_xw_attr(x, "class", "dateline");
    if (section)
        epub_xw_text(x, section);
    if (section && date)
        epub_xw_text(x, " | ");
    if (date)
        epub_xw_text(x, date);
    epub_xw_end(x);
}

bt_status epub_write_article(const epub_book *b, bt_buf *out, bt_error *err)
{
    epub_xw x;
    /* no indenting: white space between inline elements would show */
    if (!epub_xw_open(&x, out, 0))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    epub_xw_doctype_html(&x);
    epub_xw_start(&x, "html");
    epub_xw_attr(&x, "xmlns", "http://www.w3.org/1999/xhtml");
    epub_xw_attr(&x, "xmlns:epub", "http://www.idpf.org/2007/ops");
    epub_xw_attr(&x, "xml:lang", b->language);
    epub_xw_attr(&x, "lang", b->language);
    epub_xw_start(&x, "head");
    epub_xw_elem(&x, "title", b->title);
    epub_xw_start(&x, "link");
    epub_xw_attr(&x, "rel", "stylesheet");
    epub_xw_attr(&x, "type", "text/css");
    epub_xw_attr(&x, "href", EPUB_CSS);
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_start(&x, "body");
    epub_xw_attr(&x, "epub:type", "bodymatter");
    epub_xw_start(&x, "article");
    epub_xw_start(&x, "header");
    epub_xw_elem(&x, "h1", b->title);
    dateline(&x, b->doc);
    epub_xw_end(&x);
    bt_xhtml_writer w = {
        .w = x.w, .doc = b->doc, .image_src = image_src, .user = (void *)b, .heading_ids = 1};
    bt_status s = x.failed ? BT_OK : bt_xhtml_write_blocks(&w, err);
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    if (s == BT_FAILED) {
        epub_xw_finish(&x, EPUB_ARTICLE, NULL);
        return s;
    }
    bt_status f = epub_xw_finish(&x, EPUB_ARTICLE, err);
    return f == BT_OK ? s : f;
}
