/* The EPUB format's internals, shared by its files and by no other format. */
#ifndef BT_EPUB_H
#define BT_EPUB_H

#include <libxml/hash.h>

#include "buf.h"
#include "container.h"
#include "document.h"
#include "xhtml.h"

#define EPUB_MEDIA_TYPE "application/epub+zip"

/* A zip whose mimetype member says EPUB. */
int epub_probe(const unsigned char *data, size_t size);
bt_status epub_read(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err);
bt_status epub_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                     bt_error *err);

/* ---- writing (writer.c assembles what opf.c, nav.c, article.c write) ---- */

/* An image stored in the package. */
typedef struct epub_image {
    char id[24];            /* the manifest id: "image1" */
    char href[48];          /* relative to the package document: "images/image1.jpg" */
    const char *media_type; /* a core media type */
    const unsigned char *data;
    size_t size;
    int cover; /* properties="cover-image" */
} epub_image;

/* A heading in the table of contents. */
typedef struct epub_heading {
    int level;
    const char *text; /* the writer's copy */
    const char *id;   /* the id the article gives it */
} epub_heading;

/* A stylesheet of the user's (epub:css), stored in the package. */
typedef struct epub_house_css {
    char id[32];   /* the manifest id: "house1" */
    char href[64]; /* relative to the package document: "css/house1.css" */
    bt_buf text;
} epub_house_css;

typedef struct epub_book {
    const bt_document *doc;
    const char *title;       /* never NULL: "Untitled" when unknown */
    const char *language;    /* BCP 47, "und" when unknown */
    const char *identifier;  /* the document's, or ident[] */
    const char *description; /* the document's, or the lead's text; may be NULL */
    char ident[48];
    char modified[24]; /* dcterms:modified, CCYY-MM-DDThh:mm:ssZ */
    epub_image *images;
    size_t nimages;
    int *image_of; /* per document resource: index in images[], or -1 */
    epub_heading *headings;
    size_t nheadings;
    epub_house_css *house; /* linked after bantin's stylesheet, in order */
    size_t nhouse;
    int title_page; /* epub:title-page: titlepage.xhtml before the article */
} epub_book;

#define EPUB_DIR "EPUB/"
#define EPUB_OPF "package.opf"
#define EPUB_NAV "nav.xhtml"
#define EPUB_NCX "toc.ncx"
#define EPUB_CSS "style.css"
#define EPUB_ARTICLE "article.xhtml"
#define EPUB_TITLEPAGE "titlepage.xhtml"
/* The id of the dc:subject that is the article's section. */
#define EPUB_SECTION_ID "section"

bt_status epub_write_opf(const epub_book *b, bt_buf *out, bt_error *err);
bt_status epub_write_nav(const epub_book *b, bt_buf *out, bt_error *err);
bt_status epub_write_ncx(const epub_book *b, bt_buf *out, bt_error *err);
bt_status epub_write_article(const epub_book *b, bt_buf *out, bt_error *err);
bt_status epub_write_titlepage(const epub_book *b, bt_buf *out, bt_error *err);

/* A stable "urn:uuid:..." for a document: from its source URL when known,
 * else from its content, so the same input always gets the same one. */
void epub_identifier(const bt_document *doc, char out[48]);
/* Whether s is a W3CDTF date (what dc:date must be). */
int epub_w3cdtf(const char *s);
/* Seconds since the epoch as CCYY-MM-DDThh:mm:ssZ. */
void epub_utc(long long t, char out[24]);

/* A writer for one of the package's XML documents, appending to out; 0 when
 * out of memory.  Elements are written with the bt_xhtml_* calls. */
int epub_xw_open(bt_xhtml_writer *x, const epub_book *b, bt_buf *out, int indent);
/* The start of an XHTML content document: <!DOCTYPE html>, <html> with the
 * book's language, and an open <head> holding the title. */
void epub_xw_page_head(bt_xhtml_writer *x, const epub_book *b, const char *title);
/* A content document of the book up to an open <body epub:type=body_type>:
 * its head has the book's title and links to bantin's stylesheet, then to
 * the user's.  0 when out of memory. */
int epub_xw_content_open(bt_xhtml_writer *x, const epub_book *b, bt_buf *out,
                         const char *body_type);
/* The date as the head shows it (shown, from bt_dateline_text), in a
 * <time datetime> for machines when the metadata's date is ISO 8601. */
void epub_xw_date(bt_xhtml_writer *x, const bt_document *doc, const char *shown);
/* Ends the document and frees the writer; fails with BT_ERR_NOMEM when any
 * call failed. */
bt_status epub_xw_finish(bt_xhtml_writer *x, const char *what, bt_error *err);

/* ---- reading ---- */

/* A manifest item. */
typedef struct epub_item {
    const char *id, *media_type, *properties; /* borrowed from the OPF tree */
    char *path;                               /* in the container, decoded; owned */
} epub_item;

typedef struct epub_package {
    xmlDocPtr opf;
    char *opf_path;
    epub_item *items;
    size_t nitems;
    xmlHashTablePtr by_path; /* container path -> item */
    size_t *spine;           /* indices into items: linear items, then linear="no" ones */
    size_t nspine;
    const epub_item *cover; /* the cover image, or NULL */
} epub_package;

/* Read META-INF/container.xml and the package document it names: manifest,
 * spine and metadata (into doc). */
bt_status epub_package_read(bt_zip_reader *z, bt_document *doc, epub_package *pkg, bt_error *err);
void epub_package_free(epub_package *pkg);
/* The manifest item stored at a path, or NULL. */
const epub_item *epub_item_at(const epub_package *pkg, const char *path);

/* Whether word is one of the space-separated tokens of list (may be NULL). */
int epub_has_token(const char *list, const char *word);

/* Refuse a book whose META-INF/encryption.xml encrypts more than fonts. */
bt_status epub_check_encryption(bt_zip_reader *z, bt_error *err);

/* Read one spine item's XHTML into the document's body. */
typedef struct epub_reading {
    bt_zip_reader *z;
    const epub_package *pkg;
    bt_document *doc;
    bt_error *err;
    int title_seen;         /* the title's h1 was found and dropped */
    int warned;             /* something was lost: an image, a part */
    xmlHashTablePtr loaded; /* container path -> resource + 1, for each image loaded */
} epub_reading;

bt_status epub_read_part(epub_reading *r, const epub_item *item);
void epub_reading_free(epub_reading *r);

/* The container path that href, found in the file at base, points to:
 * fragment and query dropped, percent-decoded, "." and ".." resolved.  NULL
 * for an absolute URL, an empty result, or a path leading outside the
 * container.  The caller frees it with free(). */
char *epub_resolve(const char *base, const char *href);

#endif
