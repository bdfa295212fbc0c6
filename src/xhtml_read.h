/* Helpers of the DOM -> document conversion (src/xhtml_*.c), not for formats. */
#ifndef BT_XHTML_READ_H
#define BT_XHTML_READ_H

#include "xhtml.h"

/* The address to load for an <img>: src, unless it is missing or a
 * placeholder and a lazy-loading attribute (data-src, data-original,
 * data-lazy-src, the largest of data-srcset/srcset) says better.  malloc'd;
 * NULL when the image has no address. */
char *bt_xhtml_img_src(const xmlNode *img);
/* Move a photo credit ("Ảnh: ...", "(Ảnh: ...)", "Photo: ...") that ends the
 * figure's caption into a CREDIT node. */
void bt_xhtml_split_credit(bt_document *doc, bt_node *fig);
/* Drop the parentheses around the whole text of an inline block. */
void bt_xhtml_unparen(bt_document *doc, bt_node *n);
/* After a conversion: bold-only short paragraphs followed by body text
 * become headings; a bold lead loses its bold; long "bylines" lose the role. */
void bt_xhtml_tidy(bt_node *parent);

/* Inline-tree surgery shared by the helpers above. */
/* Keep the first len bytes of n's text (BREAK counting as one), drop the rest. */
void bt_xhtml_truncate(bt_document *doc, bt_node *n, size_t len);

#endif
