/* The plain-text format's parts, one header for them all.  format.c is the
 * descriptor.  The writer: writer.c walks the document and writes its
 * blocks, writer_lines.c the lines under their frames' prefixes,
 * writer_inline.c the inlines (quotation marks from src/quotes.c, which ODT
 * shares), writer_notes.c the footnotes.  The reader: reader.c the entry points, lines.c what a
 * line looks like, blocks.c the convention's markers and paragraphs,
 * notes.c the footnotes, recover.c, caption.c and chrome.c what unmarked
 * text leaves unsaid (title, dateline, headings, lead, captions, byline,
 * the page's interface). */
#ifndef BT_TEXT_H
#define BT_TEXT_H

#include <stddef.h>

#include "buf.h"
#include "document.h"
#include "wrap.h"

/* The longest footnote label written as is, in bytes; a longer one is
 * written as the note's number, so that its mark fits a frame's marker.
 * The reader takes no longer one. */
#define BT_TEXT_MAX_NOTE_LABEL 32

/* ==== the writer ==== */

/* A quote, list, item or footnote being written: what it puts before the
 * lines inside it. */
typedef struct tw_frame {
    const bt_node *node; /* a QUOTE, LIST, ITEM or NOTE */
    char marker[48];     /* the prefix piece of the first line inside */
    char cont[48];       /* the prefix piece of the other lines */
    int pending;         /* the marker is not written yet */
    int bare;            /* a picture without caption or credit was left out inside */
    long long next;      /* LIST: the number of its next item */
} tw_frame;

/* The writer's state, shared by its files. */
typedef struct tw_writer {
    const bt_document *doc;
    bt_wrap *wrap;
    bt_buf out;
    bt_buf text;          /* the inlines of the block being written */
    bt_buf credit;        /* a figure's credit */
    bt_buf *sink;         /* where inlines go, NULL outside blocks that hold them */
    const bt_node *loose; /* the first of inlines found straight in a container */
    bt_buf first, rest;   /* the prefixes of the next block's lines */
    tw_frame *fr;
    size_t nfr, capfr;
    const char *label;       /* of figures */
    size_t figures;          /* numbered so far (bt_figure_numbered) */
    int all_images;          /* text:images=all: pictures without caption or credit too */
    const char *lang;        /* the document's language */
    int byline;              /* the body has an author line */
    const bt_node *dateline; /* the body's dateline, written under the title */
    int top_heading;         /* the body's top heading level: it is written as 2 */
    /* what plain text cannot mark, reported once the body is written */
    size_t underlines, strikes; /* written as their text */
    size_t spans;               /* cells spanning columns or rows, written as one */
    size_t unmarked;            /* footnote marks with no label and no note */
    size_t unknown;             /* nodes of types this writer does not know */
    size_t bare_images;         /* pictures with neither caption nor credit, left out */
    int failed;
} tw_writer;

/* ---- writer.c: the entry point, the walk, the blocks ---- */

bt_status bt_text_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err);
/* The walk's step (bt_walk_fn): a node entered or left. */
int tw_visit(bt_node *n, int entering, void *user);

/* ---- writer_lines.c ---- */

/* A frame opened for n (a QUOTE, LIST, ITEM or NOTE); NULL when out of memory. */
tw_frame *tw_push(tw_writer *w, const bt_node *n, const char *marker, const char *cont);
/* prefix, then text[0..len) without its trailing spaces, then a line end. */
void tw_put_line(tw_writer *w, const char *prefix, const char *text, size_t len);
void tw_separate(tw_writer *w, const bt_node *n, int self);
void tw_prefixes(tw_writer *w);
/* The blank line before the block n, and its lines' prefixes. */
void tw_begin(tw_writer *w, const bt_node *n, int self);
void tw_wrapped(tw_writer *w, const bt_node *n, const char *text, size_t len);
void tw_one_line(tw_writer *w, const char *mark, char *text, size_t len, char under);

/* ---- writer_inline.c ---- */

void tw_put_inline(bt_buf *b, const char *s);
void tw_trim_end(bt_buf *b, const char *chars);
const char *tw_collected(bt_buf *b);
/* Inlines go to b from now on. */
void tw_start_inlines(tw_writer *w, bt_buf *b);
/* An inline node entered or left. */
void tw_inline(tw_writer *w, const bt_node *n, int entering);

/* ---- writer_notes.c ---- */

/* Whether s[0..len) is a footnote label written as it is (and so read
 * back): at most BT_TEXT_MAX_NOTE_LABEL bytes on one line, no bracket, no
 * space at either end. */
int bt_text_note_label(const char *s, size_t len);
/* A NOTE entered: its frame. */
void tw_note(tw_writer *w, const bt_node *n);
/* A NOTE_REF: its mark in the text being collected. */
void tw_note_ref(tw_writer *w, const bt_node *n);
/* The notes of the body, at the end. */
void tw_notes(tw_writer *w);

/* ==== the reader ==== */

/* Columns of indentation that make a line preformatted. */
#define TR_PRE_INDENT 4
/* The widest line taken for hard-wrapped text, in grapheme clusters. */
#define TR_MAX_WRAP 120
/* The widest line of preformatted text in unmarked text: wider, it is an
 * indented paragraph. */
#define TR_MAX_PRE_WIDTH 100

/* One line of the text: its start (indentation included) and its length
 * without trailing spaces.  Lines inside quotes and list items start after
 * the container's prefix. */
typedef struct {
    const char *s;
    size_t len;
    size_t indent; /* leading spaces, counted once: deep nesting asks often */
} tr_line;

typedef struct {
    bt_document *doc;
    int marked;      /* the text is written in bantin's convention */
    int figure_vi;   /* a figure was labelled "Ảnh" */
    bt_node **cands; /* heading-like one-line paragraphs of unmarked text */
    size_t ncands, capcands;
    bt_status status; /* BT_FAILED once a node could not be built */
    bt_error *err;
} tr_ctx;

/* ---- reader.c: the entry points, set in the bt_format_text descriptor ---- */

bt_status bt_text_read(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err);
int bt_text_probe(const unsigned char *data, size_t size);

/* ---- lines.c ---- */

/* LF line ends, tabs to 8-column stops, form feeds as blank lines; drop
 * zero-width spaces, BOMs, soft hyphens and control characters.  Returns
 * how many control characters were dropped. */
size_t tr_clean(const char *s, size_t len, bt_buf *out);
/* The lines of cleaned text, malloc'd; NULL when out of memory. */
tr_line *tr_split(const char *s, size_t len, size_t *n);
/* The first " | " or " - " (a three-byte needle) in s[0..len), or NULL;
 * memmem is not C11. */
const char *tr_find(const char *s, size_t len, const char *needle);
/* The line s[0..len), its indentation counted. */
tr_line tr_line_at(const char *s, size_t len);
size_t tr_indent(const tr_line *l);
int tr_blank(const tr_line *l);
/* Width in grapheme clusters. */
size_t tr_width(const char *s, size_t len);
/* '=' or '-' when under is a line of that character as wide as text, else 0. */
char tr_underline(const tr_line *text, const tr_line *under);
/* A heading the writer wrapped: up to max_lines lines from i, underlined as
 * wide as the widest of them.  The underline character, the count of text
 * lines in *lines; 0 when the lines from i are not one. */
char tr_heading_run(const tr_line *l, size_t n, size_t i, size_t max_lines, size_t *lines);
/* How many lines a wrapped heading may take. */
#define TR_MAX_HEADING_LINES 8
int tr_rule(const tr_line *l);
/* "### text": the level, and the text in *s, *len; 0 when not a heading. */
int tr_atx(const tr_line *l, const char **s, size_t *len);
/* A list marker ("- ", "* ", "+ ", "1. ", "1) "): its kind ('-', '*', '+',
 * '.', ')'), its number, and the column its text starts at; 0 when none. */
char tr_marker(const tr_line *l, int *number, size_t *content);
int tr_quote(const tr_line *l);
int tr_table_row(const tr_line *l);
/* Whether the text is in bantin's convention: it has an underlined line
 * (bantin's writer, or a careful hand, writes those; a dump does not). */
int tr_marked(const tr_line *lines, size_t n);
/* Whether s ends with final punctuation: . , ; : ! ? or an ellipsis. */
int tr_final_punct(const char *s, size_t len);

/* ---- blocks.c ---- */

/* Build the blocks of lines[0..n) under parent. */
void tr_blocks(tr_ctx *c, const tr_line *lines, size_t n, bt_node *parent, int depth);
/* lines joined into one run of text: one space between lines (none after
 * a hyphen or dash attached to a word), runs of spaces made one. */
void tr_join(bt_buf *b, const tr_line *lines, size_t n);
/* A paragraph (or a figure, for "[Ảnh: ...]") of text under parent. */
bt_node *tr_paragraph(tr_ctx *c, bt_node *parent, const char *s, size_t len);

/* ---- caption.c ---- */

/* A paragraph of one sentence ending in a full stop, as a caption is. */
int tr_caption_like(const bt_node *n);
/* The paragraph p made a figure without an image, its text the caption. */
void tr_caption_figure(tr_ctx *c, bt_node *p);
/* A paragraph of one sentence closed by a photo credit, "(Ảnh: ...)". */
int tr_credited(const bt_node *n);
/* Those paragraphs made figures, the credit apart from the caption. */
void tr_credited_captions(tr_ctx *c);

/* ---- chrome.c ---- */

/* Whether s[0..len) is a label of a page's interface ("Bình luận", "Tags:
 * ...", "Share"). */
int tr_interface_line(const char *s, size_t len);
/* The first of the interface lines (and blank lines) ending lines[first..n),
 * or n when the text ends otherwise. */
size_t tr_interface(const tr_line *lines, size_t first, size_t n);
/* Drop lines[0..n) with one warning naming them; 1 when there were any. */
int tr_drop_interface(tr_ctx *c, const tr_line *lines, size_t n);

/* ---- notes.c ---- */

/* The line "---" before the notes ending lines[first..n): every line after
 * it starts a note, "[label] text", or is indented under one, and a line
 * before it marks one, "[label]"; n when the text ends otherwise. */
size_t tr_notes_start(tr_ctx *c, const tr_line *lines, size_t first, size_t n);
/* The notes of lines[0..n) (those after the "---") as NOTE blocks at the
 * end of the body, and their marks in the body's text made NOTE_REFs. */
void tr_notes(tr_ctx *c, const tr_line *lines, size_t n);

/* ---- recover.c ---- */

/* Title and dateline at the top into metadata; returns the first line of
 * the body.  A date written otherwise than in ISO 8601 stays in the body
 * too, as written, its first paragraph. */
size_t tr_title(tr_ctx *c, const tr_line *lines, size_t n);
/* The index of a byline as the last line of lines[first..n), or n; a line
 * that is or starts with an interface label is no byline. */
size_t tr_byline(const tr_ctx *c, const tr_line *lines, size_t first, size_t n);
/* A line that may be a heading: short, without final punctuation. */
int tr_heading_like(const char *s, size_t len);
/* Headings among the one-line paragraphs, the lead, photo captions of
 * unmarked text, the byline. */
void tr_recover(tr_ctx *c, const tr_line *byline);

#endif
