/* The document model: a tree of blocks and inlines in an arena, metadata and
 * resources.  Readers build it through the bt_node_* API of bantin.h; this
 * header adds the arena and the struct layouts the formats walk directly. */
#ifndef BT_DOCUMENT_H
#define BT_DOCUMENT_H

#include "bantin.h"
#include "buf.h"

#include <stddef.h>
#include <stdint.h>

struct bt_node {
    bt_node_type type;
    bt_node *parent, *first, *last, *next, *prev;
    const char *literal; /* TEXT/CODE/PRE text, LINK href, FIGURE alt, CREDIT text before */
    const char *src;     /* FIGURE: the image address as the source gave it; CREDIT text after */
    int level;           /* HEADING level; LIST start */
    int flag;            /* LIST ordered; CELL header */
    bt_role role;        /* PARAGRAPH */
    int resource;        /* FIGURE: resource index or -1 */
    const char *attr;    /* LINK title, SPAN language, CREDIT/NOTE/NOTE_REF label */
    bt_node *note;       /* NOTE_REF: its NOTE */
    int colspan, rowspan;      /* CELL: 0 means 1 */
    int display_w, display_h;  /* FIGURE: CSS pixels, 0 when unknown */
};

typedef struct bt_resource {
    const char *name;       /* original file name or URL, NFC */
    const char *media_type; /* "image/jpeg" */
    const unsigned char *data;
    size_t size;
    int width, height;      /* pixels, 0 when unknown */
    int dpi_x, dpi_y;       /* pixels per inch, 0 when unknown */
    uint64_t hash;          /* of the bytes, to find an identical one */
} bt_resource;

typedef struct bt_arena_chunk bt_arena_chunk;

typedef struct bt_meta_values {
    const char **v;
    size_t n, cap;
} bt_meta_values;

struct bt_document {
    bt_arena_chunk *arena;
    bt_node *body;
    bt_meta_values meta[BT_META_COUNT_];
    bt_resource *res;
    size_t nres, capres;
    size_t res_bytes; /* the resources' sizes added up */
    int *res_slot;    /* open addressing by hash: resource index + 1, 0 when free */
    size_t nslot;     /* a power of two, at least twice nres */
    const char *charset;
    size_t replaced;
    const char *extraction;
    /* the text literal last grown by bt_node_append_text and its length, so that
     * appending word by word does not rescan it */
    const char *grown;
    size_t grown_len;
};

/* Arena allocation: zeroed, freed with the document.  NULL when out of memory. */
void *bt_arena_alloc(bt_document *doc, size_t size);
/* A NUL-terminated copy of s[0..len) in the arena, as is (no normalization). */
char *bt_arena_strndup(bt_document *doc, const char *s, size_t len);
/* A copy of s[0..len) in NFC, in the arena; NULL on bad UTF-8 or no memory. */
char *bt_arena_nfc(bt_document *doc, const char *s, size_t len);

/* The bytes the arena has handed out: what shows that writing a document
 * left it as it was. */
size_t bt_arena_used(const bt_document *doc);

/* Whether a new resource of size bytes stays within the document's budget
 * (BT_MAX_DOCUMENT_IMAGES, BT_MAX_DOCUMENT_IMAGE_BYTES): why
 * bt_document_add_resource gave -1 for bytes no resource holds yet. */
int bt_document_resource_fits(const bt_document *doc, size_t size);

/* Depth-first walk: calls fn on entering and on leaving each node below root
 * (root included); fn returns non-zero to stop.  Iterative, so a deep tree
 * cannot exhaust the stack. */
typedef int (*bt_walk_fn)(bt_node *n, int entering, void *user);
int bt_node_walk(bt_node *root, bt_walk_fn fn, void *user);

/* Append the text below n to out, as bt_node_text has it but without a copy in the
 * arena: for looking at the text of every paragraph, which would otherwise leave the
 * document's whole text in the arena once more for each look. */
void bt_node_text_put(const bt_node *n, bt_buf *out);

/* The level a heading is written at: in a document with a title (the
 * level 1 above them) the body's top sub-heading level is 2 in every writer,
 * the others keep their distance to it, up to 6; without a title, the
 * source's level.  top is bt_document_top_heading's. */
int bt_heading_written_level(const bt_node *heading, int top);
/* The level of the body's top headings when the document has a title;
 * 0 when it has no title or no heading. */
int bt_document_top_heading(const bt_document *doc);

/* Whether a node type is an inline. */
int bt_node_is_inline(bt_node_type type);
/* Whether a node has no text and no figure below it. */
int bt_node_is_empty(const bt_node *n);

#endif
