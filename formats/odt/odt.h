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
 * pictures wider than the text are scaled down to it. */
#define ODT_TEXT_WIDTH 17000
/* A caption frame is at least this wide (or the text's width), in
 * thousandths of a cm: under a small picture, a frame as narrow as the
 * picture would set its caption a letter to a line. */
#define ODT_MIN_CAPTION_WIDTH 8000
/* The automatic paragraph style of a picture's paragraph: centred. */
#define ODT_FIGURE_PARAGRAPH "P1"
/* The caption frame's paragraph when the frame is wider than its picture:
 * Figure, centred, so that the picture stays in the middle. */
#define ODT_FIGURE_CENTRED "P2"

/* ---- writing ---- */

/* One XML part being written into memory (xmlout.c): libxml2's writer, its
 * buffer, and whether a call failed (libxml2 fails only out of memory). */
typedef struct {
    xmlTextWriterPtr w;
    xmlBufferPtr buf;
    int failed;
} odt_xml;

/* Start a part with its XML declaration; -1 when out of memory (free x
 * with odt_xml_free either way). */
int odt_xml_open(odt_xml *x);
/* End the part; BT_FAILED (BT_ERR_NOMEM, naming what) when any call failed.
 * The text stays in x->buf until odt_xml_free. */
bt_status odt_xml_finish(odt_xml *x, const char *what, bt_error *err);
void odt_xml_free(odt_xml *x);
void odt_start(odt_xml *x, const char *element);
void odt_end(odt_xml *x);
void odt_empty(odt_xml *x, const char *element);
/* Start a root element and declare every namespace the writer uses. */
void odt_start_root(odt_xml *x, const char *name);
/* Whether the root odt_start_root writes binds prefix to href. */
int odt_binds(const xmlChar *prefix, const xmlChar *href);
/* Text and attributes, without what XML may not carry (bt_xml_forbidden). */
void odt_text(odt_xml *x, const char *s);
void odt_run(odt_xml *x, const char *s, size_t n);
void odt_attr(odt_xml *x, const char *name, const char *value);
void odt_attrf(odt_xml *x, const char *name, const char *format, ...) BT_PRINTF(3, 4);
/* A length in cm from thousandths of a cm; no locale involved. */
void odt_attr_cm(odt_xml *x, const char *name, int thousandths);
void odt_base64(odt_xml *x, const void *data, size_t size);

/* Write "name=value;name=value" as the attributes of one element
 * (styles.c). */
void odt_props(odt_xml *x, const char *element, const char *list);
/* A paper size of our own page style (odt:paper; styles.c). */
typedef struct {
    const char *name;          /* "a4", "letter" */
    const char *width, *height; /* fo:page-width, fo:page-height */
    int text_width;            /* between 2 cm margins, in thousandths of a cm */
} odt_page;
/* The page of opt's "format:paper" option: A4 unless it says letter; NULL
 * after bt_error_set for another value. */
const odt_page *odt_page_of(const bt_options *opt, const char *format, bt_error *err);

/* A reference document's styles (reference.c), whose parts replace
 * bantin's. */
typedef struct odt_reference odt_reference;
/* Load the styles of the ODT or FODT at path; *ref stays NULL when path is
 * NULL or empty.  The caller frees *ref. */
bt_status odt_reference_load(const char *path, odt_reference **ref, bt_error *err);
void odt_reference_free(odt_reference *ref);
/* Whether its container holds an element of that local name, family and
 * name (NULL: any). */
int odt_reference_defines(const odt_reference *ref, const char *container, const char *element,
                          const char *family, const char *name);
/* Copy the children of its container into x; of automatic-styles, only
 * those its master pages use.  flat: the pictures of a package reference
 * inline.  language (may be NULL): the document's, on the reference's
 * default paragraph style in place of its own. */
void odt_reference_copy(odt_xml *x, const odt_reference *ref, const char *container, int flat,
                        const char *language);
/* The pictures of a package reference its styles show, for our package:
 * how many, and the i-th one's path (its data and media type in *data,
 * *size, *type, borrowed). */
size_t odt_reference_pictures(const odt_reference *ref);
const char *odt_reference_picture(const odt_reference *ref, size_t i, const char **type,
                                  const void **data, size_t *size);
/* The text width of its first page style in thousandths of a cm;
 * ODT_TEXT_WIDTH without a reference or one it cannot read. */
int odt_reference_text_width(const odt_reference *ref);
/* office:font-face-decls (styles.c), the reference's fonts and ours it
 * lacks (ref may be NULL). */
void odt_write_font_faces(odt_xml *x, const odt_reference *ref);
/* The fonts, office:styles (the named styles, the default style in the
 * document's language), office:automatic-styles (the page layout; with
 * flat, the content's too) and office:master-styles: the reference's, and
 * ours where it has none. */
void odt_write_styles(odt_xml *x, const bt_document *doc, const odt_reference *ref,
                      const odt_page *page, int flat);
/* The automatic styles content.xml refers to (frames, super/subscript,
 * underline, strike, tables, the languages of doc's SPANs), inside
 * office:automatic-styles. */
void odt_write_content_styles(odt_xml *x, const bt_document *doc);
/* office:body: the document's blocks, pictures no wider than the text of
 * ref's page (ref may be NULL).  flat: pictures inline as base64. */
bt_status odt_write_body(odt_xml *x, const bt_document *doc, const odt_reference *ref,
                         const odt_page *page, int flat, bt_error *err);
/* The children of office:meta. */
void odt_write_meta(odt_xml *x, const bt_document *doc);

/* The state of writing one body (writer.c, writer_inline.c,
 * writer_table.c): the document is only read. */
typedef struct {
    odt_xml *x;
    const bt_document *doc;
    bt_error *err;
    bt_status status;
    int flat;
    int vi;              /* Vietnamese table labels: "Bảng" */
    int top_heading;     /* the body's top heading level, written as 2 */
    int figures, tables; /* numbers in names and sequences */
    int captions;        /* figures numbered (bt_figure_numbered) */
    int text_width;      /* of the page, in thousandths of a cm */
    int in_link;
    int at_start;     /* nothing written in the paragraph yet */
    int after_space;  /* the last thing written was a space */
    bt_buf text;      /* scratch for a node's text: the document is only read */
    bt_buf grid;      /* scratch for a table: rows each column is still covered */
    const char *lang; /* the language of the text: the document's or a SPAN's */
    int quotes;       /* QUOTATIONs open around the text */
    /* ODF has no note in a note, and LibreOffice drops the notes of a frame */
    int in_note, in_frame;
    int notes;             /* footnotes written */
    xmlHashTablePtr noted; /* NOTEs some NOTE_REF refers to: 1, or the note's number + 1 */
    /* reported once at the end: marks written as text, notes as paragraphs */
    size_t marks_as_text, notes_as_text;
} wctx;

static inline void start(wctx *c, const char *element) { odt_start(c->x, element); }
static inline void end(wctx *c) { odt_end(c->x); }
static inline void attr(wctx *c, const char *name, const char *value)
{
    odt_attr(c->x, name, value);
}
static inline void empty(wctx *c, const char *element) { odt_empty(c->x, element); }

/* writer_inline.c: text as ODF keeps its spaces (ends_block: nothing
 * follows s in its paragraph), inlines, paragraphs, footnotes. */
void odt_put_text(wctx *c, const char *s, int ends_block);
void odt_write_inlines(wctx *c, bt_node *first);
void odt_begin_paragraph(wctx *c, const char *element, const char *style);
void odt_paragraph(wctx *c, const char *style, bt_node *first);
void odt_text_paragraph(wctx *c, const char *style, const char *text);
/* A bt_node_walk callback marking in c->noted (user is c) the NOTEs that
 * some NOTE_REF refers to. */
int odt_note_referenced(bt_node *n, int entering, void *user);
/* A NOTE block: nothing when a mark held it, else its blocks. */
void odt_write_note(wctx *c, bt_node *note);

/* writer_table.c: a table, and one made paragraphs where ODF holds none. */
void odt_write_table(wctx *c, bt_node *table);
void odt_flatten_table(wctx *c, bt_node *table, const char *style);

/* writer.c: blocks, and "Figure 1: " before a caption. */
void odt_write_blocks(wctx *c, bt_node *parent, const char *style, int in_list);
void odt_sequence(wctx *c, const char *label, const char *name, int number);

/* Languages (language.c).  Whether fo:language can hold a BCP 47 tag. */
int odt_language_valid(const char *tag);
/* A tag's fo:language, fo:script and fo:country attributes; with slots,
 * in style:language-asian or -complex for the languages LibreOffice keeps
 * there (Chinese, Arabic...). */
void odt_write_language(odt_xml *x, const char *tag, int slots);
/* The automatic text style of a SPAN's language (size 64 holds it), and
 * those styles. */
void odt_language_style(const char *tag, char *name, size_t size);
void odt_write_language_styles(odt_xml *x, const bt_document *doc);
/* Whether two tags name one language: "vi" is "vi-VN", "en-GB" is not "en-US". */
int odt_same_language(const char *a, const char *b);

/* Pictures/imageN.ext for a resource: the name it has in the package. */
void odt_picture_path(const bt_document *doc, int resource, char *path, size_t size);
/* A figure's frame in thousandths of a cm: its display size when it has
 * one, else its pixel size at the picture's dpi (96 when unknown), scaled
 * down to text_width. */
void odt_picture_size(const bt_document *doc, const bt_node *fig, int text_width, int *width,
                      int *height);
/* A length ("2.5cm", "1in", "12pt") in CSS pixels, rounded; 0 when none. */
int odt_length_px(const char *length);

/* The package (package.c) and the flat document (flat.c). */
bt_status odt_write_package(const bt_document *doc, const bt_output *out, const bt_options *opt,
                            bt_error *err);
bt_status odt_write_flat(const bt_document *doc, const bt_output *out, const bt_options *opt,
                         bt_error *err);
/* The probes of the format table: a zip whose mimetype is ODF text, an XML
 * office:document of the text type. */
int odt_probe(const unsigned char *data, size_t size);
int fodt_probe(const unsigned char *data, size_t size);

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

/* The readers of the format table; they take no option. */
bt_status odt_read_package(bt_document *doc, const bt_input *in, const bt_options *opt,
                           bt_error *err);
bt_status odt_read_flat(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err);

#endif
