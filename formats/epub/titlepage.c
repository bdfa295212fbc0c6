/* The title page (epub:title-page): what a printed book's title page says,
 * from the metadata, before the article. */
#include "datefmt.h"
#include "epub.h"

/* <p class="name">, when there is something to say. */
static void line(bt_xhtml_writer *x, const char *name, const char *text)
{
    if (!text || !*text)
        return;
    bt_xhtml_start(x, "p");
    bt_xhtml_attr(x, "class", name);
    bt_xhtml_text(x, text);
    bt_xhtml_end(x);
}

static void authors(bt_xhtml_writer *x, const bt_document *doc)
{
    size_t n = bt_document_meta_count(doc, BT_META_AUTHOR);
    if (!n)
        return;
    bt_xhtml_start(x, "p");
    bt_xhtml_attr(x, "class", "authors");
    for (size_t i = 0; i < n; i++) {
        if (i)
            bt_xhtml_text(x, ", ");
        bt_xhtml_text(x, bt_document_meta_at(doc, BT_META_AUTHOR, i));
    }
    bt_xhtml_end(x);
}

/* The date as people write it: the article's own dateline, else the
 * metadata's date in the book's language. */
static void date(bt_xhtml_writer *x, const bt_document *doc)
{
    bt_buf shown = BT_BUF_INIT;
    if (bt_dateline_text(doc, &shown) && shown.len) {
        bt_xhtml_start(x, "p");
        bt_xhtml_attr(x, "class", "date");
        epub_xw_date(x, doc, shown.data);
        bt_xhtml_end(x);
    }
    x->failed |= shown.failed;
    bt_buf_free(&shown);
}

bt_status epub_write_titlepage(const epub_book *b, bt_buf *out, bt_error *err)
{
    bt_xhtml_writer x;
    if (!epub_xw_content_open(&x, b, out, "frontmatter"))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_xhtml_start(&x, "section");
    bt_xhtml_attr(&x, "epub:type", "titlepage");
    bt_xhtml_attr(&x, "class", "titlepage");
    bt_xhtml_element(&x, "h1", b->title);
    line(&x, "subtitle", bt_document_meta(b->doc, BT_META_SUBTITLE));
    authors(&x, b->doc);
    date(&x, b->doc);
    line(&x, "publisher", bt_document_meta(b->doc, BT_META_PUBLISHER));
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    return epub_xw_finish(&x, EPUB_TITLEPAGE, err);
}
