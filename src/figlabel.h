/* The label before a figure's caption, the same in every format: "Ảnh 1:"
 * in a Vietnamese document, "Image 1:" otherwise (ODT's Figure sequence,
 * HTML's span.caption-label, the text format's "[Ảnh 1: ...]"), and
 * reading it back. */
#ifndef BT_FIGLABEL_H
#define BT_FIGLABEL_H

#include <stddef.h>

#include "document.h"

/* The label's word for a document in language tag (BCP 47, may be NULL). */
const char *bt_figure_label(const char *tag);

/* Whether a figure's label is numbered: it has a caption or a credit (what
 * a figcaption holds) and is in the body, not in a footnote, which one
 * writer puts at its mark and another at the end.  Every writer counts
 * these figures in document order, from 1. */
int bt_figure_numbered(const bt_node *fig);

/* The label at the start of s[0..len): a word of the text convention
 * ("Ảnh", "Image"), or with others LibreOffice's too ("Hình", "Figure"),
 * alone or followed by a space and a number.  The bytes it takes, 0 when s
 * starts with none; *numbered says whether it had a number, *vi whether
 * its word is Vietnamese (either may be NULL). */
size_t bt_figure_label_at(const char *s, size_t len, int others, int *numbered, int *vi);

#endif
