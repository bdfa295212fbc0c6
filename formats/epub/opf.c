/* The package document: metadata, manifest, spine. */
#include "epub.h"

/* One dc: element per value of a metadata key. */
static void dc_all(bt_xhtml_writer *x, const bt_document *doc, const char *name, bt_meta_key key)
{
    for (size_t i = 0; i < bt_document_meta_count(doc, key); i++)
        bt_xhtml_element(x, name, bt_document_meta_at(doc, key, i));
}

static void dc_one(bt_xhtml_writer *x, const char *name, const char *value)
{
    if (value && *value)
        bt_xhtml_element(x, name, value);
}

/* An EPUB 3 refinement of the element with that id. */
static void refine(bt_xhtml_writer *x, const char *id, const char *property, const char *value)
{
    bt_xhtml_start(x, "meta");
    bt_xhtml_attr(x, "refines", id);
    bt_xhtml_attr(x, "property", property);
    bt_xhtml_text(x, value);
    bt_xhtml_end(x);
}

/* The title, and the subtitle as a second title that says it is one. */
static void titles(bt_xhtml_writer *x, const epub_book *b)
{
    const char *subtitle = bt_document_meta(b->doc, BT_META_SUBTITLE);
    bt_xhtml_start(x, "dc:title");
    bt_xhtml_attr(x, "id", "title");
    bt_xhtml_text(x, b->title);
    bt_xhtml_end(x);
    if (!subtitle || !*subtitle)
        return;
    refine(x, "#title", "title-type", "main");
    bt_xhtml_start(x, "dc:title");
    bt_xhtml_attr(x, "id", "subtitle");
    bt_xhtml_text(x, subtitle);
    bt_xhtml_end(x);
    refine(x, "#subtitle", "title-type", "subtitle");
}

static void metadata(bt_xhtml_writer *x, const epub_book *b)
{
    const bt_document *doc = b->doc;
    bt_xhtml_start(x, "metadata");
    bt_xhtml_attr(x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    bt_xhtml_start(x, "dc:identifier");
    bt_xhtml_attr(x, "id", "uid");
    bt_xhtml_text(x, b->identifier);
    bt_xhtml_end(x);
    titles(x, b);
    bt_xhtml_element(x, "dc:language", b->language);
    dc_all(x, doc, "dc:creator", BT_META_AUTHOR);
    const char *date = bt_document_meta(doc, BT_META_DATE);
    if (epub_w3cdtf(date))
        bt_xhtml_element(x, "dc:date", date);
    dc_one(x, "dc:description", b->description);
    const char *section = bt_document_meta(doc, BT_META_SECTION);
    if (section && *section) {
        /* the newspaper's section is a subject, not a collection: reading
         * systems show a collection as a series; the id tells our reader */
        bt_xhtml_start(x, "dc:subject");
        bt_xhtml_attr(x, "id", EPUB_SECTION_ID);
        bt_xhtml_text(x, section);
        bt_xhtml_end(x);
    }
    dc_all(x, doc, "dc:subject", BT_META_KEYWORD);
    dc_one(x, "dc:publisher", bt_document_meta(doc, BT_META_PUBLISHER));
    dc_one(x, "dc:rights", bt_document_meta(doc, BT_META_RIGHTS));
    dc_one(x, "dc:source", bt_document_meta(doc, BT_META_SOURCE_URL));
    bt_xhtml_start(x, "meta");
    bt_xhtml_attr(x, "property", "dcterms:modified");
    bt_xhtml_text(x, b->modified);
    bt_xhtml_end(x);
    for (size_t i = 0; i < b->nimages; i++)
        if (b->images[i].cover) {
            /* EPUB 2 reading systems find the cover this way */
            bt_xhtml_start(x, "meta");
            bt_xhtml_attr(x, "name", "cover");
            bt_xhtml_attr(x, "content", b->images[i].id);
            bt_xhtml_end_void(x);
        }
    bt_xhtml_end(x);
}

static void item(bt_xhtml_writer *x, const char *id, const char *href, const char *media_type,
                 const char *properties)
{
    bt_xhtml_start(x, "item");
    bt_xhtml_attr(x, "id", id);
    bt_xhtml_attr(x, "href", href);
    bt_xhtml_attr(x, "media-type", media_type);
    if (properties)
        bt_xhtml_attr(x, "properties", properties);
    bt_xhtml_end_void(x);
}

static void itemref(bt_xhtml_writer *x, const char *idref)
{
    bt_xhtml_start(x, "itemref");
    bt_xhtml_attr(x, "idref", idref);
    bt_xhtml_end_void(x);
}

bt_status epub_write_opf(const epub_book *b, bt_buf *out, bt_error *err)
{
    bt_xhtml_writer x;
    if (!epub_xw_open(&x, b, out, 1))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_xhtml_start(&x, "package");
    bt_xhtml_attr(&x, "xmlns", "http://www.idpf.org/2007/opf");
    bt_xhtml_attr(&x, "version", "3.0");
    bt_xhtml_attr(&x, "unique-identifier", "uid");
    bt_xhtml_attr(&x, "xml:lang", b->language);
    metadata(&x, b);

    bt_xhtml_start(&x, "manifest");
    item(&x, "nav", EPUB_NAV, "application/xhtml+xml", "nav");
    item(&x, "ncx", EPUB_NCX, "application/x-dtbncx+xml", NULL);
    item(&x, "css", EPUB_CSS, "text/css", NULL);
    for (size_t i = 0; i < b->nhouse; i++)
        item(&x, b->house[i].id, b->house[i].href, "text/css", NULL);
    if (b->title_page)
        item(&x, "titlepage", EPUB_TITLEPAGE, "application/xhtml+xml", NULL);
    item(&x, "article", EPUB_ARTICLE, "application/xhtml+xml", NULL);
    for (size_t i = 0; i < b->nimages; i++)
        item(&x, b->images[i].id, b->images[i].href, b->images[i].media_type,
             b->images[i].cover ? "cover-image" : NULL);
    bt_xhtml_end(&x);

    bt_xhtml_start(&x, "spine");
    bt_xhtml_attr(&x, "toc", "ncx");
    if (b->title_page)
        itemref(&x, "titlepage");
    itemref(&x, "article");
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    return epub_xw_finish(&x, EPUB_OPF, err);
}
