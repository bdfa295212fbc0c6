/* The article as one XHTML content document; its blocks are written by the
 * (X)HTML writer shared with the HTML format. */
#include "datefmt.h"
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

/* "SECTION | DATE", either alone, as the plain-text dateline has it: the date
 * as the source showed it, in a <time> for machines when the metadata has it. */
static void dateline(bt_xhtml_writer *x, const bt_document *doc)
{
    const char *section = bt_document_meta(doc, BT_META_SECTION);
    bt_buf shown = BT_BUF_INIT;
    if (!bt_dateline_text(doc, &shown) && !section)
        return;
    bt_xhtml_start(x, "p");
    bt_xhtml_attr(x, "class", "dateline");
    if (section)
        bt_xhtml_text(x, section);
    if (section && shown.len)
        bt_xhtml_text(x, " | ");
    if (shown.len)
        epub_xw_date(x, doc, shown.data);
    x->failed |= shown.failed;
    bt_buf_free(&shown);
    bt_xhtml_end(x);
}

bt_status epub_write_article(const epub_book *b, bt_buf *out, bt_error *err)
{
    bt_xhtml_writer x;
    if (!epub_xw_content_open(&x, b, out, "bodymatter"))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_xhtml_start(&x, "article");
    bt_xhtml_start(&x, "header");
    bt_xhtml_element(&x, "h1", b->title);
    const char *subtitle = bt_document_meta(b->doc, BT_META_SUBTITLE);
    if (subtitle && *subtitle) {
        bt_xhtml_start(&x, "p");
        bt_xhtml_attr(&x, "class", "subtitle");
        bt_xhtml_text(&x, subtitle);
        bt_xhtml_end(&x);
    }
    dateline(&x, b->doc);
    bt_xhtml_end(&x);
    x.image_src = image_src;
    x.user = (void *)b;
    x.heading_ids = 1;
    x.epub = 1;
    bt_status s = x.failed ? BT_OK : bt_xhtml_write_blocks(&x, err);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    if (s == BT_FAILED) {
        epub_xw_finish(&x, EPUB_ARTICLE, NULL);
        return s;
    }
    bt_status f = epub_xw_finish(&x, EPUB_ARTICLE, err);
    return f == BT_OK ? s : f;
}
