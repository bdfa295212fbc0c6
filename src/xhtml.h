/* The HTML vocabulary shared by the formats that carry (X)HTML: the HTML
 * reader and writer and the EPUB reader and writer.  Knows elements, not
 * formats: page extraction and metadata stay in formats/html, the package in
 * formats/epub. */
#ifndef BT_XHTML_H
#define BT_XHTML_H

#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "document.h"

/* ---- DOM -> document (src/xhtml_read.c) ---- */

typedef struct bt_xhtml_reader {
    bt_document *doc;
    bt_error *err;
    /* Load an image by its address as written in the source (src, data-src,
     * srcset...); returns a resource index, or -1 after a warning. */
    int (*load_image)(void *user, const char *src);
    void *user;
    /* EPUB: headings of chapters start at this level offset (0 for HTML). */
    int heading_offset;
} bt_xhtml_reader;

/* Convert the children of a libxml2 element (HTML or XHTML, namespace
 * ignored, names case-insensitive) into blocks appended to parent: headings,
 * paragraphs, lists, quotes, tables, pre, rules, and figures from <figure>,
 * the Vietnamese CMS caption patterns and pandoc/calibre's div.figure;
 * bold-only short paragraphs followed by body text become sub-headings.
 * script/style/noscript/template/forms are skipped. */
bt_status bt_xhtml_read_children(bt_xhtml_reader *r, xmlNode *element, bt_node *parent);

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
