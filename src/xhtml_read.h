/* Helpers of the DOM -> document conversion (src/xhtml_*.c), not for formats. */
#ifndef BT_XHTML_READ_H
#define BT_XHTML_READ_H

#include "credit.h"
#include "xhtml.h"

/* Whether a's text is b's (the start of b's, with prefix), but for spaces
 * and ASCII punctuation (a credit put in parentheses, a full stop). */
int bt_xhtml_same_words(const char *a, const char *b, int prefix);
/* Whether every item of list el is a lead's point: a line of text, no list,
 * picture or table in it (src/xhtml_read.c). */
int bt_xhtml_lead_points(const xmlNode *el);

/* Formulas (src/xhtml_math.c). */

/* A <math> element as the line of text a reader sees ("a ≠ 0", "x² + 1",
 * "(−b ± √(b² − 4ac))/(2a)"); its TeX (alttext, an annotation) when it has
 * no presentation markup. */
void bt_xhtml_math_text(const xmlNode *math, bt_buf *out);
/* A formula's text: its MathML's (bt_xhtml_math_text), else the TeX of
 * img's alt without Wikipedia's "{\displaystyle ...}" around it.  Either
 * may be NULL. */
void bt_xhtml_formula_text(const xmlNode *math, const xmlNode *img, bt_buf *out);
/* Whether a <math> is shown as a block of its own: display="block", or
 * MathJax's container says so. */
int bt_xhtml_math_displayed(const xmlNode *math);
/* A formula the page draws as a picture: Wikipedia's box of hidden MathML
 * (for speech) and its picture, hidden from speech; a picture whose alt is
 * its TeX ("{\displaystyle x^{2}}", WordPress's class="latex").  0 when el
 * is none, else its *math (NULL when it has none) and *img, and 2 when it
 * is displayed, 1 inline. */
int bt_xhtml_drawn_formula(const xmlNode *el, const xmlNode **math, const xmlNode **img);

/* The address to load for an <img>: src, unless it is missing or a
 * placeholder and a lazy-loading attribute (data-src, data-original,
 * data-lazy-src, the largest of data-srcset/srcset) says better.  malloc'd;
 * NULL when the image has no address. */
char *bt_xhtml_img_src(const xmlNode *img);
/* Class words of a byline's element (its paragraphs get BT_ROLE_BYLINE). */
extern const char *const bt_xhtml_byline_classes[];
/* Class words of a lead's element (its paragraphs get BT_ROLE_LEAD). */
extern const char *const bt_xhtml_lead_classes[];
/* Class words of the label over a lead, naming both ("summary-title"): its
 * paragraphs get no role. */
extern const char *const bt_xhtml_lead_labels[];

/* Captions (src/xhtml_caption.c). */

/* Whether an element says it is a picture's caption: a figcaption, or a
 * class or id of caption words (caption, wp-caption-text, image_desc,
 * legend, chu-thich, PhotoCMS_Caption...); "desc" and "description" only
 * with a picture word (img-desc), or in a box named for a picture, as
 * alone they name the article's lead. */
int bt_xhtml_caption_marked(const xmlNode *el);
/* The figcaption's number label as bantin's writers put it first,
 * <span class="caption-label">Ảnh 1:</span> ("Image", "Hình", "Figure" too):
 * the writer's count, not the caption's text.  NULL when it has none. */
xmlNode *bt_xhtml_caption_label(xmlNode *figcaption);
/* Whether lower-case text t is a slideshow's counter ("1 of 12", "3 / 12",
 * "2 von 8", "Item 1 of 2"): a number, a word or a slash, and a number,
 * maybe after a word naming the slide. */
int bt_slide_counter(const char *t);
/* The slideshow's counter a figcaption opens with, an element of its own
 * ("<span>1/8</span><span>Cranes at dawn...</span>"): the gallery's count,
 * not the caption's text.  NULL when it has none. */
xmlNode *bt_xhtml_caption_counter(xmlNode *figcaption);
/* Whether an element's class or id says it is a photo credit. */
int bt_xhtml_credit_marked(const xmlNode *el);
/* Whether an element's class names it the credit alone, no caption word
 * with it: a figcaption may be ("figcaption.subbuzz__attribution"). */
int bt_xhtml_credit_named(const xmlNode *el);
/* The visible words below n (n included), counted up to max; max when
 * more nodes are there than a caption has (4096). */
size_t bt_xhtml_words(const xmlNode *n, size_t max);
/* The one element child of el, when el holds nothing else visible. */
xmlNode *bt_xhtml_only_child(const xmlNode *el);
/* Whether el sets its text in bold: a <b> or <strong> (not one a style sets
 * in normal weight), a span a style sets in bold, or by_class, one a class
 * does ("mol-style-bold"). */
int bt_xhtml_bold(const xmlNode *el, int by_class);
/* Whether el has visible text, all of it in em/i or small print (but for
 * a short credit closing it, named by its label), not all of it in links,
 * and no image. */
int bt_xhtml_italic(const xmlNode *el);
/* Whether an image's width or height attribute says it is smaller than
 * BT_XHTML_ICON_PX: an icon or a button, whose text around is no caption
 * unless marked as one. */
#define BT_XHTML_ICON_PX 100
int bt_xhtml_icon(const xmlNode *img);
/* Whether img is a button's icon, whatever its size: a file named as icons
 * are ("icon_zoom.gif", "btn-print.png"), in a link it shares with a few
 * words ("<a href=b_photo.jpg><img src=icon_zoom.gif> Phóng to</a>", the
 * zoom under a 2010 picture), or with the picture it opens before it.  No
 * picture of the text. */
int bt_xhtml_button_icon(const xmlNode *img);
/* Whether the first text after img is in an element marked as a caption or
 * a credit (or a figcaption) that holds no image. */
int bt_xhtml_caption_follows(const xmlNode *img);
/* The bytes of white space a text starts with, ideographic spaces (a
 * Chinese paragraph's indent) and no-break spaces too. */
size_t bt_xhtml_leading_space(const char *t);
/* Drops the white space n's text opens with (a paragraph's indent, no
 * part of a caption or a heading made of it). */
void bt_xhtml_drop_indent(bt_document *doc, bt_node *n);
/* Captioned pictures a table sets side by side or in rows, at most. */
#define BT_XHTML_CAPTIONED_PICTURES 12
/* Whether a table is pictures, each with its own caption: in its cell
 * under it ("<td><img><br><span class=imgcaption>...", dpreview's
 * "table.newsimages"), or in the row under a row of pictures, cell for
 * cell; two at least.  *n of them in img, their captions in cap, arrays of
 * BT_XHTML_CAPTIONED_PICTURES; *credit the last row's one cell that credits
 * them all ("Photos by ..."), or NULL. */
int bt_xhtml_captioned_table(const xmlNode *table, xmlNode **img, xmlNode **cap, size_t *n,
                             xmlNode **credit);
/* Whether the block after embedded media's box (a video's frame, and the
 * wrappers that show nothing else) is its caption: marked so, or a short line
 * wholly in italics ("<p><em>Highlights ... (Nguồn: FPT Play)</em>"). */
int bt_xhtml_media_caption_follows(const xmlNode *media);
/* Whether el's text opens with a numbered chart, figure or table title
 * ("Biểu đồ 1:", "Figure 2.", "Tabla 3 -"). */
int bt_xhtml_chart_title(const xmlNode *el);
/* Whether el's text is a picture's alt again, not a word or two: the
 * caption a CMS wrote into both ("<img alt="X"> ... <span>X</span>"); with
 * opens, whether the alt opens it (its credit after it, "X (Ảnh: Y)"). */
int bt_xhtml_says_alt(const char *alt, const xmlNode *el, int opens);
/* Whether el's text says every word of alt, least words at least, in any
 * order among others ("Knut Sather in the churn room" in "Buttermaker Knut
 * Sather, left, ... in the churn room, 1947."). */
int bt_xhtml_says_alt_words(const char *alt, const xmlNode *el, int least);
/* Whether the picture's box says it has no caption (an empty data-caption
 * on it or a wrapper: WordPress's featured image), so that the line after
 * it is no caption. */
int bt_xhtml_caption_declared_empty(const xmlNode *img);

/* Whether nothing visible follows el up to a <br> or its parent's end. */
int bt_xhtml_line_ends(const xmlNode *el);
/* After a conversion: bold-only short paragraphs followed by body text, a
 * list or a table become headings; a bold lead loses its bold; long
 * "bylines" lose the role. */
void bt_xhtml_tidy(bt_document *doc, bt_node *parent);

/* Footnotes (src/xhtml_note.c). */

typedef struct bt_xhtml_notes bt_xhtml_notes;
/* The footnote references below root (role="doc-noteref", epub:type
 * "noteref", or a link to an element marked as a note or to an item of a
 * list of footnotes) and the notes they point at, looked up by id in root's
 * whole tree.  NULL when there is none, or out of memory (*nomem set).
 * Free with bt_xhtml_notes_free. */
bt_xhtml_notes *bt_xhtml_notes_find(xmlNode *root, int *nomem);
void bt_xhtml_notes_free(bt_xhtml_notes *nt);
/* Move the notes the article's references point at out of it, into an
 * element at the end of the page, where cleaning the article (a list of
 * links, a small box) cannot take them and the reading still finds them by
 * id; moved(from, user), when not NULL, hears of each element a note left.
 * -1 when out of memory. */
int bt_xhtml_notes_keep(xmlNode *article, void (*moved)(xmlNode *from, void *user), void *user);
/* Whether el is a reference: a link found above, or a <sup> holding only
 * one.  *a is the link; *note the element of its note, NULL when the
 * reference says it is one but its note is not in the document. */
int bt_xhtml_note_ref(const bt_xhtml_notes *nt, xmlNode *el, xmlNode **a, xmlNode **note);
/* Whether el is the element of a referenced note: read as a NOTE, not in place. */
int bt_xhtml_note_is_target(const bt_xhtml_notes *nt, const xmlNode *el);
/* A number the caller keeps for a note's element (0 at first), or NULL
 * for an element that is no note's: found in O(log n), for pages of many
 * notes. */
size_t *bt_xhtml_note_slot(bt_xhtml_notes *nt, const xmlNode *note);
/* Whether a link in a note leads back to its reference ("↩", role="doc-backlink",
 * a link to the reference's id): left out of the note. */
int bt_xhtml_note_backlink(const bt_xhtml_notes *nt, const xmlNode *a);

#endif
