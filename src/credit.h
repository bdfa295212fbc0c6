/* A figure's photo credit: finding it at the end of a caption, its label
 * ("Ảnh:", "Photo:"), and how the source set it apart from the caption
 * (" (" before it and ")" after, " | ", ". "), which every writer repeats
 * so that a caption reads as the page wrote it. */
#ifndef BT_CREDIT_H
#define BT_CREDIT_H

#include <stddef.h>

#include "buf.h"
#include "document.h"

/* Move a photo credit ("Ảnh: ...", "(Ảnh: ...)", "Photo: ...")
 * that ends the figure's caption into a CREDIT node, with what set it
 * apart. */
void bt_credit_split(bt_document *doc, bt_node *fig);
/* A credit read from an element of its own: the separators and spaces the
 * caption ends with ("Text - <span class=credit>") go to what sets the
 * credit apart (a space when there are none: the markup set it apart), and
 * so do the brackets around the credit's whole text.  caption may be
 * NULL. */
void bt_credit_read_apart(bt_document *doc, bt_node *caption, bt_node *credit);
/* A caption that ends with its credit element's text again, the page
 * repeating it ("... 2024. (AP Photo/X)" over "<div
 * class=infoAttribution>AP Photo/X"): the caption's copy goes, its
 * brackets to what sets the credit apart. */
void bt_credit_unrepeat(bt_document *doc, bt_node *caption, bt_node *credit);
/* Whether text (white space first aside) opens with a credit's label
 * ("Photo: ..."). */
int bt_credit_opens(const char *text, size_t len);
/* Whether text[0..len) names a credit by its label ("Post Photo: X",
 * "Photo: X"), anywhere in it. */
int bt_credit_named(const char *text, size_t len);
/* When a credit's text starts with a known label, a colon and a space
 * ("Ảnh: ", "Photo: ", "Nguồn: ", "Source: ", "Foto: ", "Bild: "), as the
 * writers write a label, make it the credit's label (without the colon)
 * and leave the name alone in its inlines. */
void bt_credit_label(bt_document *doc, bt_node *credit);

/* What a writer puts around a credit: appended to outside, the text
 * between the caption and the credit (dflt where the source did not say;
 * nothing without a caption); *open, the bracket that opens the credit
 * ("(" or ""); *close, what closes it (")", ")." or ""). */
void bt_credit_apart(const bt_node *credit, int after_caption, const char *dflt, bt_buf *outside,
                     const char **open, const char **close);

/* Inline-tree surgery, BREAK counting as one byte: keep the first len
 * bytes of n's text and drop the rest; remove the first len bytes. */
void bt_inlines_truncate(bt_document *doc, bt_node *n, size_t len);
void bt_inlines_drop_prefix(bt_document *doc, bt_node *n, size_t len);

#endif
