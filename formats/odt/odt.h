/* OpenDocument Text: what the files of formats/odt share.  The package
 * (.odt) and the flat document (.fodt) hold the same XML; only where the
 * parts and the pictures live differs. */
#ifndef BT_ODT_H
#define BT_ODT_H

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "container.h"
#include "document.h"
#include "error.h"
#include "xml.h"

#define ODT_MIME "application/vnd.oasis.opendocument.text"
#define ODT_FLAT_MIME "application/vnd.oasis.opendocument.text-flat-xml"
#define ODT_VERSION "1.3"
/* The text width of an A4 page with 2 cm margins, in thousandths of a cm:
 * pictures wider than this are scaled down to it. */
#define ODT_TEXT_WIDTH 17000

/* ---- writing (format.c, styles.c, writer.c, meta.c, picture.c) ---- */

/* A writer into *buf (set; the caller frees both), growing it by doubling:
 * libxml2's default grows it by what each write needs, copying it each time.
 * NULL when out of memory. */
xmlTextWriterPtr odt_writer_new(xmlBufferPtr *buf);
/* Start a root element and declare every namespace the writer uses. */
void odt_start_root(xmlTextWriterPtr w, const char *name);
/* Text and attributes from the document, without the control characters
 * XML 1.0 cannot hold. */
void odt_write_text(xmlTextWriterPtr w, const char *s);
/* s[0..n) as text, escaped; the printf-like calls of libxml2 would take time
 * quadratic in n. */
void odt_write_run(xmlTextWriterPtr w, const char *s, size_t n);
void odt_write_attr(xmlTextWriterPtr w, const char *name, const char *value);
/* A length attribute in cm from thousandths of a cm; no locale involved. */
void odt_write_cm(xmlTextWriterPtr w, const char *attr, int thousandths);
/* office:font-face-decls, office:styles (the named styles, the default style
 * in the document's language) and the page layout and master page. */
void odt_write_font_faces(xmlTextWriterPtr w);
void odt_write_named_styles(xmlTextWriterPtr w, const char *language);
/* The A4 page layout, inside office:automatic-styles. */
void odt_write_page_layout(xmlTextWriterPtr w);
void odt_write_master_styles(xmlTextWriterPtr w);
/* The automatic styles content.xml refers to (frames, super/subscript,
 * underline, strike, tables, the languages of doc's SPANs), inside
 * office:automatic-styles. */
void odt_write_content_styles(xmlTextWriterPtr w, const bt_document *doc);
/* office:body: the document's blocks.  flat: pictures inline as base64. */
bt_status odt_write_body(xmlTextWriterPtr w, const bt_document *doc, int flat, bt_error *err);
/* The children of office:meta. */
void odt_write_meta(xmlTextWriterPtr w, const bt_document *doc);

/* Languages (language.c).  Whether fo:language can hold a BCP 47 tag. */
int odt_language_valid(const char *tag);
/* A tag's fo:language, fo:script and fo:country attributes; with slots,
 * in style:language-asian or -complex for the languages LibreOffice keeps
 * there (Chinese, Arabic...). */
void odt_write_language(xmlTextWriterPtr w, const char *tag, int slots);
/* The automatic text style of a SPAN's language (size 64 holds it), and
 * those styles. */
void odt_language_style(const char *tag, char *name, size_t size);
void odt_write_language_styles(xmlTextWriterPtr w, const bt_document *doc);
/* Whether two tags name one language: "vi" is "vi-VN", "en-GB" is not "en-US". */
int odt_same_language(const char *a, const char *b);
/* The quotation marks of a language (NULL: English's), nested depth deep. */
void odt_quote_marks(const char *tag, int depth, const char **open, const char **close);

/* Pictures/imageN.ext for a resource: the name it has in the package. */
void odt_picture_path(const bt_document *doc, int resource, char *path, size_t size);
/* A figure's frame in thousandths of a cm: its display size when it has
 * one, else its pixel size at the picture's dpi (96 when unknown), scaled
 * down to the text width. */
void odt_picture_size(const bt_document *doc, const bt_node *fig, int *width, int *height);
/* A length ("2.5cm", "1in", "12pt") in CSS pixels, rounded; 0 when none. */
int odt_length_px(const char *length);

/* The package (package.c) and the flat document (flat.c). */
bt_status odt_write_package(const bt_document *doc, const bt_output *out, bt_error *err);
bt_status odt_write_flat(const bt_document *doc, const bt_output *out, bt_error *err);

/* ---- reading (stylesheet.c, reader.c, figure.c, meta.c, picture.c) ---- */

typedef struct odt_styles odt_styles;

odt_styles *odt_styles_new(void);
void odt_styles_free(odt_styles *st);
/* Learn the styles of a container: office:styles, office:automatic-styles. */
void odt_styles_add(odt_styles *st, xmlNode *container);
/* Whether a style of a family ("paragraph", "text") is named ancestor or
 * inherits from it; names as written in XML ("Heading_20_1"). */
int odt_style_inherits(const odt_styles *st, const char *family, const char *name,
                       const char *ancestor);
/* A paragraph style's default outline level (a heading style), or 0. */
int odt_style_outline_level(const odt_styles *st, const char *name);
/* A paragraph style's list style (style:list-style-name), or NULL. */
const char *odt_style_list(const odt_styles *st, const char *name);

enum {
    ODT_BOLD = 1,
    ODT_ITALIC = 2,
    ODT_SUPER = 4,
    ODT_SUB = 8,
    ODT_CODE = 16,
    ODT_UNDERLINE = 32,
    ODT_STRIKE = 64
};
/* The character formatting of a text style, resolved through its parents. */
unsigned odt_style_marks(const odt_styles *st, const char *name);
/* Whether level (1-10) of a list style numbers its items; *start gets the
 * first number. */
int odt_list_ordered(const odt_styles *st, const char *list_style, int level, int *start);
/* The language of the default paragraph style as BCP 47 ("vi-VN"), in buf;
 * NULL when none. */
const char *odt_styles_language(const odt_styles *st, char *buf, size_t size);
/* The language a style of a family sets, itself or through its parents, as
 * BCP 47 in buf; NULL when it sets none. */
const char *odt_style_language(const odt_styles *st, const char *family, const char *name,
                               char *buf, size_t size);

typedef struct odt_reader {
    bt_document *doc;
    bt_error *err;
    odt_styles *styles;
    bt_zip_reader *zip;     /* NULL for a flat document */
    xmlHashTablePtr loaded; /* hrefs read from zip: resource index + 1 */
    bt_status status;       /* BT_WARN once something was lost */
    /* inline state of the block being read */
    int at_start;        /* nothing written yet: white space is dropped */
    int after_space;     /* the last thing written was a collapsed space */
    bt_node *space_node; /* the TEXT ending in that space */
    bt_buf pending;      /* text not yet in the tree, and where it goes */
    bt_node *pending_parent;
    int strip_label; /* after a caption's text:sequence: drop ": " */
    int in_link;
    unsigned marks;                          /* ODT_BOLD... of the spans we are in */
    int failed;                              /* out of memory */
    int depth;                               /* XML nesting below office:text, up to BT_MAX_DEPTH */
    bt_node *caption, *credit;               /* reading a caption paragraph into these */
    xmlNode *caption_image;                  /* the picture's frame in it, skipped */
    bt_node *figures_before, *figures_after; /* frames met in a paragraph */
    bt_node *open_figure;                    /* a figure whose caption may be the next paragraph */
    const char *span_lang;                   /* the language of the SPAN being read; NULL outside */
    bt_node *table_caption;   /* a Table paragraph's caption, for the table after it */
    bt_node *notes;           /* the NOTEs read, for the end of the body */
    xmlHashTablePtr note_ids; /* text:id -> NOTE, for text:note-ref */
} odt_reader;

/* Read office:text's blocks into the document. */
bt_status odt_read_body(odt_reader *r, xmlNode *text);
/* Allocation helpers: a failure is noted in r->failed and reading stops. */
bt_node *odt_new_node(odt_reader *r, bt_node_type type);
void odt_failed(odt_reader *r, bt_status s);
/* The text of inlines, line breaks as line feeds: code and preformatted. */
void odt_flatten(const bt_node *n, bt_buf *b);
/* Marks, fields' hidden parts and change tracking: nothing to read. */
int odt_skipped_inline(const xmlNode *c);
/* Read one block element into parent (reader.c). */
void odt_read_block(odt_reader *r, xmlNode *x, bt_node *parent);
/* Read a block's inline content into parent (inline.c). */
void odt_read_inlines(odt_reader *r, xmlNode *x, bt_node *parent);
/* Start and end a block whose inlines go into node: white-space state. */
void odt_begin_block(odt_reader *r);
void odt_end_block(odt_reader *r);
/* Put the text read so far into the tree. */
void odt_flush_text(odt_reader *r);
/* Blocks met inside a paragraph (a text box, a note's body) are read
 * afresh between these, the paragraph's state kept in saved. */
void odt_enter_nested(odt_reader *r, odt_reader *saved);
void odt_leave_nested(odt_reader *r, const odt_reader *saved);
/* Read paragraph p's inlines into a caption, its Photo Credit span into
 * credit (may be NULL), leaving out the label before text:sequence and
 * picture, the frame of the figure p is the caption of (may be NULL). */
void odt_read_caption_text(odt_reader *r, xmlNode *p, bt_node *caption, bt_node *credit,
                           xmlNode *picture);
/* A draw:frame met inside a paragraph (figure.c): a picture, a captioned
 * picture or a text frame, kept in r->figures_before/after. */
void odt_read_frame(odt_reader *r, xmlNode *frame);
/* A frame whose text box odt_read_frame would read: past BT_MAX_DEPTH its
 * content is flattened instead. */
int odt_is_text_frame(const xmlNode *frame);
/* A paragraph on a caption style (Caption, Figure, Illustration...): the
 * caption of the figure before it, or, on a Figure/Illustration style with
 * no figure waiting, a figure whose picture was lost.  0: a plain paragraph. */
int odt_read_caption_paragraph(odt_reader *r, xmlNode *p, bt_node *parent);
/* A draw:image's picture as a resource (picture.c), or -1 after a warning. */
int odt_load_picture(odt_reader *r, xmlNode *image);
/* office:meta into the metadata (meta.c). */
bt_status odt_read_meta(odt_reader *r, xmlNode *meta);
/* Read a document whose parts are parsed: styles, meta, body. */
bt_status odt_read_parts(odt_reader *r, xmlNode *meta, xmlNode *const *style_roots, size_t n,
                         xmlNode *content);

bt_status odt_read_package(bt_document *doc, const bt_input *in, bt_error *err);
bt_status odt_read_flat(bt_document *doc, const bt_input *in, bt_error *err);

#endif
