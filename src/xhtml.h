/* The HTML vocabulary shared by the formats that carry (X)HTML: the HTML
 * reader and writer and the EPUB reader and writer.  Knows elements, not
 * formats: page extraction and metadata stay in formats/html, the package in
 * formats/epub. */
#ifndef BT_XHTML_H
#define BT_XHTML_H

#include <strings.h>

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
    /* Videos, sounds and embedded frames the caller took away before the
     * walk (a web page's cleaning), reported with those the walk leaves out. */
    size_t media_taken;
} bt_xhtml_reader;

#define BT_XHTML_PLACEHOLDER (-2)

/* Convert the children of a libxml2 element (HTML or XHTML, namespace
 * ignored, names case-insensitive) into blocks appended to parent: headings,
 * paragraphs, lists, quotes, tables, pre, rules, and figures from <figure>,
 * the CMS caption patterns (image tables, marked or italic lines after an
 * image, the line after its <br>) and pandoc/calibre's div.figure;
 * bold-only short paragraphs followed by body text become sub-headings; a
 * paragraph in an element of class sapo/lead/... gets BT_ROLE_LEAD, of class
 * author/byline/tac-gia BT_ROLE_BYLINE.  Inlines: em/i, strong/b, links
 * (href, title), sup/sub, code, q, u/ins, s/strike/del, and a SPAN where an
 * element's lang differs from the text around it; table captions and cell
 * spans; credit labels ("Ảnh:"); display sizes of images; footnote marks
 * and their notes (src/xhtml_note.c), the NOTEs after the blocks.
 * script/style/noscript/template/
 * form controls/iframes/svg/canvas, comments and hidden elements are skipped.
 * Past BT_MAX_DEPTH, text is flattened into the open block and images are
 * left out with a warning.  BT_WARN when it warned. */
bt_status bt_xhtml_read_children(bt_xhtml_reader *r, xmlNode *element, bt_node *parent);

/* Whether n is an element named name (ASCII case-insensitive, namespace
 * ignored).  Inline: readers ask it of every element for many names, and
 * the first two letters, compared here, turn most of them away (a NUL or
 * a space, which no name holds, are alike under | 0x20). */
static inline int bt_xhtml_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && (n->name[0] | 0x20) == (name[0] | 0x20) &&
           (n->name[1] | 0x20) == (name[1] | 0x20) && !strcasecmp((const char *)n->name, name);
}
/* The value of n's attribute name, NULL when it has none: in place, or a
 * copy in *copy that the caller frees (xmlGetProp always copies, and
 * extraction compares the classes of every block's siblings). */
const xmlChar *bt_xhtml_attr_value(const xmlNode *n, const char *name, xmlChar **copy);
/* Whether an element is never content: script, style, form controls (a <form> may wrap a whole
 * page), iframes, svg, canvas, video and audio (whose own text is for browsers that cannot play
 * them), or hidden (the hidden attribute, aria-hidden, display:none, visibility:hidden). */
int bt_xhtml_skipped(const xmlNode *n);
/* Whether an element is hidden: the hidden attribute, aria-hidden="true",
 * display:none or visibility:hidden. */
int bt_xhtml_hidden(const xmlNode *n);
/* Undo what bt_xhtml_hidden reads on element n: its hidden attribute,
 * aria-hidden and its style (which may hide it). */
void bt_xhtml_unhide(xmlNode *n);
/* Whether text (NULL for none) holds more than white space and no-break
 * spaces (editors space paragraphs with "<p>&nbsp;</p>"). */
int bt_xhtml_visible_text(const xmlChar *text);
/* Whether an element's class sets it for screen readers only ("sr-only",
 * "visually-hidden": BBC's "Image caption, " before a caption): no reader
 * sees it. */
int bt_xhtml_screen_reader_only(const xmlNode *n);
/* Whether n is a video, a sound, or a frame of a video, a post, a chart or
 * a map from a host that embeds them (YouTube, Vimeo, Datawrapper...), not
 * hidden: content no format here can carry, to report when it is left out. */
int bt_xhtml_embedded_media(const xmlNode *n);
/* Whether a style attribute's value holds decl (lower case, without
 * spaces: "display:none"), whatever its case and white space. */
int bt_xhtml_style_says(const char *style, const char *decl);
/* The length an inline style gives property ("top", "font-size"; in any
 * case), at a declaration's start, in *value (its whole part) and *unit
 * (what follows the number: "px", "pt"...); 0 when it gives none. */
int bt_xhtml_style_length(const char *style, const char *property, long *value, const char **unit);
/* The font size n's inline style sets in pixels ("font-size:20px"); 0 when
 * it sets none, or in another unit. */
int bt_xhtml_font_px(const xmlNode *n);
/* Whether el, or one of levels elements above it, aligns its text to side
 * ("center", "right"; lower case) by its align attribute or its style. */
int bt_xhtml_aligned(const xmlNode *el, int levels, const char *side);
/* Whether n's attribute name holds one of words, in any case; with file,
 * in its last path segment only (an address's file: "btn_zoom.gif"). */
int bt_xhtml_attr_holds(const xmlNode *n, const char *name, const char *const *words, int file);
/* Whether the space-separated words of n's attribute name hold word, in
 * any case (rel="category tag" holds "tag"; itemprop="alternativeHeadline"
 * does not hold "headline"). */
int bt_xhtml_attr_has_word(const xmlNode *n, const char *name, const char *word);
/* HTML5's void elements that libxml2's HTML 4 parser does not know as void
 * (<embed>, <source>, <track>, <wbr>, <keygen>) get what follows them
 * nested in them, up to their parent's end; a browser sets it after them:
 * so does this, for element n (an old page's hidden "<EMBED SRC=song.mid>"
 * held its whole story, and the readers skip an <embed>). */
void bt_xhtml_void_out(xmlNode *n);
/* Whether the element's class (and id and the id its aria-labelledby
 * names, when with_id; and its data-testid, data-test-id, data-test,
 * data-qa or data-component, of three parts at most) holds one of words
 * (NULL-terminated), as a whole token or as a run of a token's parts split
 * at '-', '_' and '.' ("box-tin-lien-quan" holds "lien-quan",
 * "ArticleHeader.Kicker" holds "kicker"), or a camel-case run a part that
 * names only a box ends ("ArticleIntroBlock" holds "intro"), ignoring
 * case; ids of more than three parts (slugs of headings) are not looked
 * at. */
int bt_xhtml_class_has(const xmlNode *n, const char *const *words, int with_id);
/* Answers kept for an attribute's value and a list of words (a static
 * array: its address is the key) asked one way (variant: 0 for a reader's
 * own question; bt_xhtml_class_has asks with the others): the readers ask
 * some fifty lists of every element, and a page repeats its class values
 * over hundreds of elements ("ad-unit ad-mobile").  A value is known by its
 * 64-bit hash and length; 1,024 answers are kept a thread. */
typedef struct bt_xhtml_memo bt_xhtml_memo;
/* NULL with *answer set when the answer is kept; else the place to keep
 * it, for bt_xhtml_memo_keep. */
bt_xhtml_memo *bt_xhtml_memo_find(const char *value, const void *list, unsigned variant,
                                  int *answer);
void bt_xhtml_memo_keep(bt_xhtml_memo *m, int answer);
/* The node after n in document order, staying below root; with skip, n's
 * children are not entered.  Iterative, for trees of any depth. */
xmlNode *bt_xhtml_next(const xmlNode *n, const xmlNode *root, int skip);
/* The first element named name at or below n, NULL when none. */
xmlNode *bt_xhtml_find(const xmlNode *n, const char *name);
/* xhtml_read.c: the image in <noscript> n when no script-loaded image
 * stands beside it: the only copy of the picture a page without its script
 * shows ("<div data-src=...><noscript><img></noscript></div>"); NULL for a
 * lazy image's copy beside its placeholder, or a hidden pixel. */
xmlNode *bt_xhtml_noscript_img(const xmlNode *n);
/* Append the text below n to b as a browser shows it in one block: runs of
 * white space made one space; skipped elements left out; at most max bytes
 * (0: no limit).  Iterative. */
void bt_xhtml_dom_text(const xmlNode *n, bt_buf *b, size_t max);
/* The same, leaving out the elements below n for which leave_out is true. */
void bt_xhtml_dom_text_except(const xmlNode *n, bt_buf *b, size_t max,
                              int (*leave_out)(const xmlNode *));
/* The same, with skipped deciding alone which nodes below n are left out:
 * bt_xhtml_skipped as a reader has it at hand (the HTML extractor keeps it
 * for each element, and reads the text of a block at each level). */
void bt_xhtml_dom_text_skipping(const xmlNode *n, bt_buf *b, size_t max,
                                int (*skipped)(const xmlNode *));

/* ---- document -> (X)HTML elements (src/xhtml_write.c) ---- */

typedef struct bt_xhtml_writer {
    xmlTextWriterPtr w;
    const bt_document *doc;
    /* The address an <img> gets for a resource; NULL: leave the image out
     * (its caption stays). */
    const char *(*image_src)(void *user, int resource);
    void *user;
    /* Give every heading an id from bt_xhtml_ids_build. */
    int heading_ids;
    /* EPUB: epub:type beside the ARIA roles (footnotes); the page declares
     * the epub prefix. */
    int epub;
    /* Set when a libxml2 call fails (no memory, an output error), so that a
     * writer checks once, at the end. */
    int failed;
} bt_xhtml_writer;

/* Write the body's blocks as elements (polyglot: valid HTML5 and XHTML, and
 * only what EPUB 3 content documents allow; source attributes are never
 * copied).  Links other than http(s) and mailto are unwrapped, relative ones
 * resolved against the source-url metadata when there is one.  Footnotes
 * follow the blocks in one <section role="doc-endnotes">, their marks
 * linked to them and back (ids note-N and ref-N). */
bt_status bt_xhtml_write_blocks(bt_xhtml_writer *w, bt_error *err);

/* Writing calls that record a failure in w->failed.  Text and attribute
 * values lose the characters XML 1.0 and HTML forbid (controls other than
 * tab and LF, noncharacters). */
void bt_xhtml_start(bt_xhtml_writer *w, const char *name);
void bt_xhtml_attr(bt_xhtml_writer *w, const char *name, const char *value);
void bt_xhtml_text(bt_xhtml_writer *w, const char *text);
void bt_xhtml_raw(bt_xhtml_writer *w, const char *markup);
/* Close the innermost element with an end tag (never <p/>: polyglot). */
void bt_xhtml_end(bt_xhtml_writer *w);
/* Close a void element (img, br, hr, meta) as <img/>. */
void bt_xhtml_end_void(bt_xhtml_writer *w);
/* <name>text</name> */
void bt_xhtml_element(bt_xhtml_writer *w, const char *name, const char *text);

/* ---- heading ids (src/xhtml_id.c) ---- */

typedef struct bt_xhtml_id {
    const bt_node *heading;
    const char *id; /* in text of the ids */
} bt_xhtml_id;

typedef struct bt_xhtml_ids {
    bt_xhtml_id *v; /* the headings under a root, in document order */
    size_t n;
    bt_buf text; /* the ids, each NUL-terminated: the writer's, not the document's */
} bt_xhtml_ids;

/* The id of every heading under root: a slug of its NFC text (lowercase
 * letters of any script, digits and hyphens, starting with a letter: "h-"
 * is put before one that does not), made unique with -2, -3; headings in
 * footnotes have none (no chapters, written after the blocks).  Ids depend
 * only on the headings' texts and order, so EPUB's nav, calling this on the
 * same root, links to the ids bt_xhtml_write_blocks writes.  The caller
 * frees ids with bt_xhtml_ids_free. */
bt_status bt_xhtml_ids_build(bt_xhtml_ids *ids, bt_node *root, bt_error *err);
void bt_xhtml_ids_free(bt_xhtml_ids *ids);

#endif
