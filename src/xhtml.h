/* The HTML vocabulary shared by the formats that carry (X)HTML: the HTML
 * reader and writer and the EPUB reader and writer.  Knows elements, not
 * formats: page extraction and metadata stay in formats/html, the package in
 * formats/epub. */
#ifndef BT_XHTML_H
#define BT_XHTML_H

#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "buf.h"
#include "document.h"

/* ---- DOM -> document (src/xhtml_read.c) ---- */

typedef struct bt_xhtml_reader {
    bt_document *doc;
    bt_error *err;
    /* Load an image by its address as written in the source (src, data-src,
     * srcset...); returns a resource index, -1 after a warning (the figure
     * stays, without its image), or BT_XHTML_PLACEHOLDER for a placeholder
     * (a 1x1 GIF) that is left out. */
    int (*load_image)(void *user, const char *src);
    void *user;
    /* EPUB: headings of chapters start at this level offset (0 for HTML). */
    int heading_offset;
} bt_xhtml_reader;

#define BT_XHTML_PLACEHOLDER (-2)

/* Convert the children of a libxml2 element (HTML or XHTML, namespace
 * ignored, names case-insensitive) into blocks appended to parent: headings,
 * paragraphs, lists, quotes, tables, pre, rules, and figures from <figure>,
 * the Vietnamese CMS caption patterns and pandoc/calibre's div.figure;
 * bold-only short paragraphs followed by body text become sub-headings; a
 * paragraph in an element of class sapo/lead/... gets BT_ROLE_LEAD, of class
 * author/byline/tac-gia BT_ROLE_BYLINE.  script/style/noscript/template/
 * forms/iframes/svg/canvas, comments and hidden elements are skipped. */
bt_status bt_xhtml_read_children(bt_xhtml_reader *r, xmlNode *element, bt_node *parent);

/* Whether n is an element named name (ASCII case-insensitive, namespace
 * ignored). */
int bt_xhtml_is(const xmlNode *n, const char *name);
/* Whether an element is never content: script, style, forms, iframes,
 * svg, canvas, or hidden (the hidden attribute, display:none). */
int bt_xhtml_skipped(const xmlNode *n);
/* Whether the element's class (and id, when with_id) holds one of words
 * (NULL-terminated), as a whole token or as a run of a token's parts split
 * at '-' and '_' ("box-tin-lien-quan" holds "lien-quan"), ignoring case. */
int bt_xhtml_class_has(const xmlNode *n, const char *const *words, int with_id);
/* The node after n in document order, staying below root; with skip, n's
 * children are not entered.  Iterative, for trees of any depth. */
xmlNode *bt_xhtml_next(const xmlNode *n, const xmlNode *root, int skip);
/* Append the text below n to b as a browser shows it in one block: runs of
 * white space made one space; skipped elements left out; at most max bytes
 * (0: no limit).  Iterative. */
void bt_xhtml_text(const xmlNode *n, bt_buf *b, size_t max);

/* ---- document -> (X)HTML elements (src/xhtml_write.c) ---- */

typedef struct bt_xhtml_writer {
    xmlTextWriterPtr w;
    bt_document *doc;
    /* The address an <img> gets for a resource; NULL: leave the image out
     * (its caption stays). */
    const char *(*image_src)(void *user, int resource);
    void *user;
    /* Give every heading an id computed from its NFC text. */
    int heading_ids;
} bt_xhtml_writer;

/* Write the body's blocks as elements (polyglot: valid HTML5 and XHTML). */
bt_status bt_xhtml_write_blocks(bt_xhtml_writer *w, bt_error *err);

#endif
