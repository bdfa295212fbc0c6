/* What the files writing an ODF body share (writer.c, writer_inline.c,
 * writer_table.c): the writer's state and the calls between them. */
#ifndef BT_ODT_WRITER_H
#define BT_ODT_WRITER_H

#include "odt.h"

#define W(s) BAD_CAST(s)

/* The state of one writing: the document is only read. */
typedef struct {
    xmlTextWriterPtr w;
    const bt_document *doc;
    bt_error *err;
    bt_status status;
    int flat;
    int vi;              /* the caption label is "Hình", not "Figure" */
    int figures, tables; /* numbers in names and sequences */
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

/* Elements and attributes of constant names. */
static inline void start(wctx *c, const char *element)
{
    xmlTextWriterStartElement(c->w, W(element));
}
static inline void end(wctx *c) { xmlTextWriterEndElement(c->w); }
static inline void attr(wctx *c, const char *name, const char *value)
{
    xmlTextWriterWriteAttribute(c->w, W(name), W(value));
}
static inline void empty(wctx *c, const char *element)
{
    start(c, element);
    end(c);
}

/* writer_inline.c: text as ODF keeps its spaces (ends_block: nothing
 * follows s in its paragraph), inlines, paragraphs, footnotes. */
void odt_put_text(wctx *c, const char *s, int ends_block);
void odt_write_inlines(wctx *c, bt_node *first);
void odt_begin_paragraph(wctx *c, const char *element, const char *style);
void odt_paragraph(wctx *c, const char *style, bt_node *first);
void odt_text_paragraph(wctx *c, const char *style, const char *text);
/* A bt_node_walk callback marking in c->noted (user) the NOTEs that some
 * NOTE_REF refers to. */
int odt_note_referenced(bt_node *n, int entering, void *user);
/* A NOTE block: nothing when a mark held it, else its blocks. */
void odt_write_note(wctx *c, bt_node *note);

/* writer_table.c: a table, and one made paragraphs where ODF holds none. */
void odt_write_table(wctx *c, bt_node *table);
void odt_flatten_table(wctx *c, bt_node *table, const char *style);

/* writer.c: blocks, and "Figure 1: " before a caption. */
void odt_write_blocks(wctx *c, bt_node *parent, const char *style, int in_list);
void odt_sequence(wctx *c, const char *label, const char *name, int number);

#endif
