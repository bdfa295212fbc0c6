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
/* Class words of a byline's element (its paragraphs get BT_ROLE_BYLINE). */
extern const char *const bt_xhtml_byline_classes[];

/* Captions (src/xhtml_caption.c). */

/* Whether an element says it is a picture's caption: a figcaption, or a
 * class or id of caption words (caption, wp-caption-text, image_desc,
 * legend, chu-thich, PhotoCMS_Caption...); "desc" and "description" only
 * with a picture word (img-desc), as alone they name the article's lead. */
int bt_xhtml_caption_marked(const xmlNode *el);
/* Whether an element's class or id says it is a photo credit. */
int bt_xhtml_credit_marked(const xmlNode *el);
/* The visible words below n (n included), counted up to max; max when
 * more nodes are there than a caption has (4096). */
size_t bt_xhtml_words(const xmlNode *n, size_t max);
/* Whether el has visible text, all of it in em/i, not all of it in links,
 * and no image. */
int bt_xhtml_italic(const xmlNode *el);
/* Whether an image's width or height attribute says it is smaller than
 * BT_XHTML_ICON_PX: an icon or a button, whose text around is no caption
 * unless marked as one. */
#define BT_XHTML_ICON_PX 100
int bt_xhtml_icon(const xmlNode *img);
/* Whether nothing visible follows el up to a <br> or its parent's end. */
int bt_xhtml_line_ends(const xmlNode *el);
/* After a conversion: bold-only short paragraphs followed by body text
 * become headings; a bold lead loses its bold; long "bylines" lose the role. */
void bt_xhtml_tidy(bt_node *parent);

/* Inline-tree surgery shared by the helpers above. */
/* Keep the first len bytes of n's text (BREAK counting as one), drop the rest. */
void bt_xhtml_truncate(bt_document *doc, bt_node *n, size_t len);

#endif
