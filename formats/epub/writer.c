/* The EPUB writer: gathers what the package needs from the document (title,
 * language, identifier, images, headings) and stores the parts in the zip in
 * the order the OCF requires. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "epub.h"
#include "image.h"
#include "stylesheet.h"
#include "xhtml.h"

static const char container_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "  <rootfiles>\n"
    "    <rootfile full-path=\"" EPUB_DIR EPUB_OPF "\""
    " media-type=\"application/oebps-package+xml\"/>\n"
    "  </rootfiles>\n"
    "</container>\n";

/* For a reading system's narrow, paged screen; pictures keep their shape at
 * any width (height: auto against the <img>'s width and height). */
static const char stylesheet[] = "body { margin: 0 5%; line-height: 1.5; }\n"
                                 "h1, h2, h3, h4, h5, h6 { line-height: 1.2; }\n"
                                 ".subtitle { font-size: 1.15em; }\n"
                                 ".dateline { color: #555; font-size: 0.9em; }\n"
                                 ".lead { font-weight: bold; }\n"
                                 ".byline { text-align: right; font-weight: bold; }\n"
                                 "figure { margin: 1em 0; text-align: center;"
                                 " page-break-inside: avoid; }\n"
                                 "img { max-width: 100%; height: auto; }\n"
                                 "figcaption { font-size: 0.9em; font-style: italic; }\n"
                                 ".caption-label { font-weight: bold; }\n"
                                 ".credit { font-style: normal; color: #555; }\n"
                                 "blockquote { margin: 1em 2em; }\n"
                                 "pre { white-space: pre-wrap; }\n"
                                 ".titlepage { text-align: center; padding-top: 3em; }\n"
                                 ".titlepage h1 { font-size: 1.8em; }\n"
                                 ".titlepage .authors { margin-top: 2em; font-weight: bold; }\n"
                                 ".titlepage .publisher { margin-top: 3em; }\n";

typedef struct writer {
    epub_book b;
    size_t cap_images;
    bt_xhtml_ids ids;
    bt_buf lead;               /* the lead's text, for a description */
    bt_buf headings;           /* the headings' texts, each NUL-terminated */
    unsigned char *cover_data; /* a cover read from a file */
    bt_error *err;
    bt_status status;
} writer;

/* Whether the bytes start as XML text, as an SVG image must (not gzipped
 * .svgz, which only some reading systems take). */
static int xml_text(const unsigned char *data, size_t size)
{
    size_t i = size >= 3 && !memcmp(data, "\xef\xbb\xbf", 3) ? 3 : 0;
    while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    return i < size && data[i] == '<';
}

/* The media type the bytes are, when EPUB 3 reading systems must support it
 * (the core media types of EPUB 3.2, which epubcheck checks). */
static const char *core_image_type(const unsigned char *data, size_t size, const char *declared)
{
    const char *sniffed = NULL;
    int w, h;
    if (bt_image_sniff(data, size, &sniffed, &w, &h))
        declared = sniffed;
    else if (declared && !strcmp(declared, "image/svg+xml") && !xml_text(data, size))
        return NULL;
    static const char *const core[] = {"image/jpeg", "image/png", "image/gif", "image/svg+xml"};
    for (size_t i = 0; declared && i < sizeof(core) / sizeof(core[0]); i++)
        if (!strcmp(declared, core[i]))
            return core[i];
    return NULL;
}

/* Add an image to the package; its index, or -1. */
static long add_image(writer *wr, const char *stem, const char *media_type,
                      const unsigned char *data, size_t size)
{
    epub_book *b = &wr->b;
    if (b->nimages == wr->cap_images) {
        size_t cap = wr->cap_images ? wr->cap_images * 2 : 4;
        epub_image *im = realloc(b->images, cap * sizeof(*im));
        if (!im) {
            wr->status = bt_error_set(wr->err, BT_ERR_NOMEM, "out of memory");
            return -1;
        }
        b->images = im;
        wr->cap_images = cap;
    }
    epub_image *im = &b->images[b->nimages];
    memset(im, 0, sizeof(*im));
    snprintf(im->id, sizeof(im->id), "%s", stem);
    snprintf(im->href, sizeof(im->href), "images/%s.%s", stem, bt_image_extension(media_type));
    im->media_type = media_type;
    im->data = data;
    im->size = size;
    return (long)b->nimages++;
}

static void add_figure(writer *wr, const bt_node *fig)
{
    int r = fig->resource;
    const bt_document *doc = wr->b.doc;
    if (r < 0 || (size_t)r >= bt_document_resource_count(doc) || wr->b.image_of[r] != -1)
        return;
    const bt_resource *res = &doc->res[r];
    const char *type = core_image_type(res->data, res->size, res->media_type);
    if (!type) {
        bt_error_event(wr->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image '%.100s' (%s) left out: not an EPUB core media type",
                      res->name ? res->name : "", res->media_type);
        wr->status = BT_WARN;
        wr->b.image_of[r] = -2; /* warned once */
        return;
    }
    char stem[24];
    snprintf(stem, sizeof(stem), "image%d", r + 1);
    long i = add_image(wr, stem, type, res->data, res->size);
    wr->b.image_of[r] = i < 0 ? -2 : (int)i;
}

static int gather_figures(bt_node *n, int entering, void *user)
{
    writer *wr = user;
    if (entering && n->type == BT_NODE_FIGURE)
        add_figure(wr, n);
    return wr->status == BT_FAILED;
}

/* The headings with text, with the ids the article gives them. */
static void gather_headings(writer *wr)
{
    epub_book *b = &wr->b;
    if (bt_xhtml_ids_build(&wr->ids, bt_document_body(b->doc), wr->err) == BT_FAILED) {
        wr->status = BT_FAILED;
        return;
    }
    b->headings = calloc(wr->ids.n ? wr->ids.n : 1, sizeof(*b->headings));
    if (!b->headings) {
        wr->status = bt_error_set(wr->err, BT_ERR_NOMEM, "out of memory");
        return;
    }
    for (size_t i = 0; i < wr->ids.n; i++) {
        const bt_node *h = wr->ids.v[i].heading;
        size_t start = wr->headings.len;
        bt_node_text_put(h, &wr->headings);
        if (wr->headings.len > start) {
            int level = h->level < 1 ? 1 : h->level > 6 ? 6 : h->level;
            bt_buf_put(&wr->headings, "", 1);
            b->headings[b->nheadings++] = (epub_heading){level, NULL, wr->ids.v[i].id};
        }
    }
    if (wr->headings.failed) {
        wr->status = bt_error_set(wr->err, BT_ERR_NOMEM, "out of memory");
        return;
    }
    /* the texts stopped moving: point at them */
    const char *text = wr->headings.data;
    for (size_t i = 0; i < b->nheadings; i++, text += strlen(text) + 1)
        b->headings[i].text = text;
}

static void cover_first(writer *wr)
{
    if (wr->b.nimages)
        wr->b.images[0].cover = 1;
    else {
        bt_error_event(wr->err, BT_EVENT_LOST, BT_LOSS_METADATA, 1,
                       "no figure with an image to use as the cover");
        wr->status = BT_WARN;
    }
}

static void cover_file(writer *wr, const char *path)
{
    FILE *f = fopen(path, "rb");
    bt_buf buf = BT_BUF_INIT;
    char chunk[65536];
    size_t n;
    while (f && (n = fread(chunk, 1, sizeof(chunk), f)) > 0 && buf.len <= BT_MAX_IMAGE_BYTES)
        bt_buf_put(&buf, chunk, n);
    int failed = !f || ferror(f);
    if (f)
        fclose(f);
    const char *type = NULL;
    if (failed)
        wr->status = bt_error_set(wr->err, BT_ERR_IO, "cannot read the cover image '%.200s'", path);
    else if (buf.failed || buf.len > BT_MAX_IMAGE_BYTES)
        wr->status = bt_error_set(wr->err, BT_ERR_LIMIT, "cover image '%.200s' is too large", path);
    else if (!(type = core_image_type((unsigned char *)buf.data, buf.len, NULL)))
        wr->status = bt_error_set(wr->err, BT_ERR_FORMAT,
                                  "cover '%.200s' is not a JPEG, PNG or GIF image", path);
    long i = type ? add_image(wr, "cover", type, (unsigned char *)buf.data, buf.len) : -1;
    if (i >= 0) {
        wr->b.images[i].cover = 1;
        wr->cover_data = (unsigned char *)buf.data;
    } else {
        bt_buf_free(&buf);
    }
}

/* The user's stylesheets (epub:css), read now: a book does not point
 * outside itself. */
static void house_styles(writer *wr, const bt_options *opt)
{
    epub_book *b = &wr->b;
    size_t n = 0;
    while (bt_option_at(opt, "epub", "css", n))
        n++;
    if (!n)
        return;
    if (!(b->house = calloc(n, sizeof(*b->house)))) {
        wr->status = bt_error_set(wr->err, BT_ERR_NOMEM, "out of memory");
        return;
    }
    for (; b->nhouse < n; b->nhouse++) {
        epub_house_css *c = &b->house[b->nhouse];
        snprintf(c->id, sizeof(c->id), "house%zu", b->nhouse + 1);
        snprintf(c->href, sizeof(c->href), "css/%s.css", c->id);
        if (bt_stylesheet_read(bt_option_at(opt, "epub", "css", b->nhouse), &c->text, wr->err) !=
            BT_OK) {
            wr->status = BT_FAILED;
            return;
        }
    }
}

/* The lead paragraph's text, the description when the document has none. */
static int find_lead(bt_node *n, int entering, void *user)
{
    if (entering && n->type == BT_NODE_PARAGRAPH && n->role == BT_ROLE_LEAD) {
        *(bt_node **)user = n;
        return 1;
    }
    return 0;
}

static void book_init(writer *wr, const bt_document *doc, const bt_options *opt)
{
    epub_book *b = &wr->b;
    b->doc = doc;
    const char *title = bt_document_meta(doc, BT_META_TITLE);
    b->title = title && *title ? title : "Untitled";
    const char *lang = bt_document_meta(doc, BT_META_LANGUAGE);
    b->language = lang && *lang ? lang : "und";
    epub_identifier(doc, b->ident);
    const char *id = bt_document_meta(doc, BT_META_IDENTIFIER);
    b->identifier = id && *id ? id : b->ident;
    epub_utc(bt_build_time(), b->modified);
    b->description = bt_document_meta(doc, BT_META_DESCRIPTION);
    bt_node *lead = NULL;
    if (!b->description && bt_node_walk(bt_document_body(doc), find_lead, &lead)) {
        bt_node_text_put(lead, &wr->lead);
        if (wr->lead.failed) {
            wr->status = bt_error_set(wr->err, BT_ERR_NOMEM, "out of memory");
            return;
        }
        b->description = wr->lead.data;
    }

    size_t nres = bt_document_resource_count(doc);
    b->image_of = malloc((nres ? nres : 1) * sizeof(int));
    if (!b->image_of) {
        wr->status = bt_error_set(wr->err, BT_ERR_NOMEM, "out of memory");
        return;
    }
    for (size_t i = 0; i < nres; i++)
        b->image_of[i] = -1;
    bt_node_walk(bt_document_body(doc), gather_figures, wr);
    if (wr->status != BT_FAILED)
        gather_headings(wr);
    for (size_t i = 0; i < nres; i++)
        if (b->image_of[i] < 0)
            b->image_of[i] = -1;
    b->title_page = bt_option(opt, "epub", "title-page") != NULL;
    if (wr->status != BT_FAILED)
        house_styles(wr, opt);
    const char *cover = bt_option(opt, "epub", "cover");
    if (wr->status != BT_FAILED && cover && !strcmp(cover, "first"))
        cover_first(wr);
    else if (wr->status != BT_FAILED && cover && *cover)
        cover_file(wr, cover);
}

static bt_status put_container(const epub_book *b, bt_buf *out, bt_error *err)
{
    (void)b;
    (void)err;
    bt_buf_puts(out, container_xml);
    return BT_OK;
}

static bt_status put_stylesheet(const epub_book *b, bt_buf *out, bt_error *err)
{
    (void)b;
    (void)err;
    bt_buf_puts(out, stylesheet);
    return BT_OK;
}

static int with_title_page(const epub_book *b) { return b->title_page; }

/* The parts after the mimetype, in the order they are stored; those with a
 * wanted() only when the book asks for them. */
static const struct {
    const char *name;
    bt_status (*write)(const epub_book *b, bt_buf *out, bt_error *err);
    int (*wanted)(const epub_book *b);
} parts[] = {
    {"META-INF/container.xml", put_container, NULL},
    {EPUB_DIR EPUB_OPF, epub_write_opf, NULL},
    {EPUB_DIR EPUB_NAV, epub_write_nav, NULL},
    {EPUB_DIR EPUB_NCX, epub_write_ncx, NULL},
    {EPUB_DIR EPUB_CSS, put_stylesheet, NULL},
    {EPUB_DIR EPUB_TITLEPAGE, epub_write_titlepage, with_title_page},
    {EPUB_DIR EPUB_ARTICLE, epub_write_article, NULL},
};

/* Write a part and store it compressed; BT_WARN when its writer warned. */
static bt_status add_part(bt_zip_writer *z, const epub_book *b, size_t i, bt_error *err)
{
    if (parts[i].wanted && !parts[i].wanted(b))
        return BT_OK;
    bt_buf buf = BT_BUF_INIT;
    bt_status s = parts[i].write(b, &buf, err);
    if (s != BT_FAILED && buf.failed)
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (s != BT_FAILED && bt_zip_add(z, parts[i].name, buf.data, buf.len, 0, err) != BT_OK)
        s = BT_FAILED;
    bt_buf_free(&buf);
    return s;
}

/* A file of the package, by its href from the package document. */
static bt_status add_file(bt_zip_writer *z, const char *href, const void *data, size_t size,
                          int stored, bt_error *err)
{
    char name[96];
    snprintf(name, sizeof(name), EPUB_DIR "%s", href);
    return bt_zip_add(z, name, data ? data : "", size, stored, err);
}

static bt_status package(const epub_book *b, const bt_output *out, bt_error *err)
{
    bt_zip_writer *z = bt_zip_writer_new(err);
    if (!z)
        return BT_FAILED;
    /* first and stored, so that its bytes sit at offset 38 for probing */
    bt_status s = bt_zip_add(z, "mimetype", EPUB_MEDIA_TYPE, strlen(EPUB_MEDIA_TYPE), 1, err);
    int warned = 0;
    for (size_t i = 0; s != BT_FAILED && i < sizeof(parts) / sizeof(parts[0]); i++) {
        s = add_part(z, b, i, err);
        warned |= s == BT_WARN;
    }
    for (size_t i = 0; s != BT_FAILED && i < b->nhouse; i++)
        s = add_file(z, b->house[i].href, b->house[i].text.data, b->house[i].text.len, 0, err);
    /* stored: images are compressed already */
    for (size_t i = 0; s != BT_FAILED && i < b->nimages; i++)
        s = add_file(z, b->images[i].href, b->images[i].data, b->images[i].size, 1, err);
    if (s == BT_FAILED) {
        bt_zip_writer_free(z);
        return s;
    }
    s = bt_zip_finish(z, out, err);
    return s == BT_OK && warned ? BT_WARN : s;
}

bt_status epub_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                     bt_error *err)
{
    writer wr = {.err = err, .status = BT_OK, .lead = BT_BUF_INIT, .headings = BT_BUF_INIT};
    book_init(&wr, doc, opt);
    bt_status s = wr.status == BT_FAILED ? BT_FAILED : package(&wr.b, out, err);
    free(wr.b.images);
    free(wr.b.headings);
    for (size_t i = 0; i < wr.b.nhouse; i++)
        bt_buf_free(&wr.b.house[i].text);
    free(wr.b.house);
    bt_xhtml_ids_free(&wr.ids);
    bt_buf_free(&wr.lead);
    bt_buf_free(&wr.headings);
    free(wr.b.image_of);
    free(wr.cover_data);
    if (s == BT_FAILED)
        return s;
    return s == BT_WARN || wr.status == BT_WARN ? BT_WARN : BT_OK;
}
