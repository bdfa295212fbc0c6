/* The package document: metadata, manifest, spine. */
#include "epub.h"

/* One dc: element per value of a metadata key. */
static void dc_all(epub_xw *x, const bt_document *doc, const char *name, bt_meta_key key)
{
    for (size_t i = 0; i < bt_document_meta_count(doc, key); i++)
        epub_xw_elem(x, name, bt_document_meta_at(doc, key, i));
}

static void dc_one(epub_xw *x, const char *name, const char *value)
{
    if (value && *value)
        epub_xw_elem(x, name, value);
}

static void metadata(epub_xw *x, const epub_book *b)
{
    const bt_document *doc = b->doc;
    epub_xw_start(x, "metadata");
    epub_xw_attr(x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    epub_xw_start(x, "dc:identifier");
    epub_xw_attr(x, "id", "uid");
    epub_xw_text(x, b->identifier);
    epub_xw_end(x);
    epub_xw_elem(x, "dc:title", b->title);
    epub_xw_elem(x, "dc:language", b->language);
    dc_all(x, doc, "dc:creator", BT_META_AUTHOR);
    const char *date = bt_document_meta(doc, BT_META_DATE);
    if (epub_w3cdtf(date))
        epub_xw_elem(x, "dc:date", date);
    dc_one(x, "dc:description", b->description);
    dc_all(x, doc, "dc:subject", BT_META_KEYWORD);
    dc_one(x, "dc:publisher", bt_document_meta(doc, BT_META_PUBLISHER));
    dc_one(x, "dc:source", bt_document_meta(doc, BT_META_SOURCE_URL));
    const char *section = bt_document_meta(doc, BT_META_SECTION);
    if (section && *section) {
        /* the newspaper's section: the collection the article belongs to */
        epub_xw_start(x, "meta");
        epub_xw_attr(x, "property", "belongs-to-collection");
        epub_xw_text(x, section);
        epub_xw_end(x);
    }
    epub_xw_start(x, "meta");
    epub_xw_attr(x, "property", "dcterms:modified");
    epub_xw_text(x, b->modified);
    epub_xw_end(x);
    for (size_t i = 0; i < b->nimages; i++)
        if (b->images[i].cover) {
            /* EPUB 2 reading systems find the cover this way */
            epub_xw_start(x, "meta");
            epub_xw_attr(x, "name", "cover");
            epub_xw_attr(x, "content", b->images[i].id);
            epub_xw_end(x);
        }
    epub_xw_end(x);
}

static void item(epub_xw *x, const char *id, const char *href, const char *media_type,
                 const char *properties)
{
    epub_xw_start(x, "item");
    epub_xw_attr(x, "id", id);
    epub_xw_attr(x, "href", href);
    epub_xw_attr(x, "media-type", media_type);
    if (properties)
        epub_xw_attr(x, "properties", properties);
    epub_xw_end(x);
}

bt_status epub_write_opf(const epub_book *b, bt_buf *out, bt_error *err)
{
    epub_xw x;
    if (!epub_xw_open(&x, out, 1))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    epub_xw_start(&x, "package");
    epub_xw_attr(&x, "xmlns", "http://www.idpf.org/2007/opf");
    epub_xw_attr(&x, "version", "3.0");
    epub_xw_attr(&x, "unique-identifier", "uid");
    epub_xw_attr(&x, "xml:lang", b->language);
    metadata(&x, b);

    epub_xw_start(&x, "manifest");
    item(&x, "nav", EPUB_NAV, "application/xhtml+xml", "nav");
    item(&x, "ncx", EPUB_NCX, "application/x-dtbncx+xml", NULL);
    item(&x, "css", EPUB_CSS, "text/css", NULL);
    item(&x, "article", EPUB_ARTICLE, "application/xhtml+xml", NULL);
    for (size_t i = 0; i < b->nimages; i++)
        item(&x, b->images[i].id, b->images[i].href, b->images[i].media_type,
             b->images[i].cover ? "cover-image" : NULL);
    epub_xw_end(&x);

    epub_xw_start(&x, "spine");
    epub_xw_attr(&x, "toc", "ncx");
    epub_xw_start(&x, "itemref");
    epub_xw_attr(&x, "idref", "article");
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    return epub_xw_finish(&x, EPUB_OPF, err);
}
