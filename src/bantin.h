/*
 * bantin.h - convert news articles between HTML, plain text, EPUB and ODT.
 *
 * The one public header of libbantin.  A conversion is reader -> document ->
 * writer: a reader builds a bt_document (UTF-8, NFC), a writer walks it.
 * Formats live in a bt_registry; NULL wherever a registry is asked for means
 * the built-in formats.  The library never prints: failures and warnings are
 * reported through a bt_error the caller owns.
 */
#ifndef BANTIN_H
#define BANTIN_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(BANTIN_BUILDING) && defined(__GNUC__)
#define BT_API __attribute__((visibility("default")))
#else
#define BT_API
#endif

#if defined(__GNUC__)
#define BT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define BT_PRINTF(a, b)
#endif

/* BT_VERSION_MAJOR, _MINOR, _PATCH, _NUMBER and _STRING: the headers' version. */
#include "bantin_version.h"

/** The library's version, "1.2.3": the one running, which may be newer than
 *  BT_VERSION_STRING, the one built against. */
BT_API const char *bt_version(void);

/* ---- Results and errors ------------------------------------------------ */

/** Graded results, as libarchive has them. */
typedef enum {
    BT_OK = 0,     /* done, nothing lost */
    BT_WARN = 1,   /* done, but something was lost (see the warnings) */
    BT_FAILED = 2, /* not done; the error says why */
} bt_status;

/** What kind of failure a bt_error holds. */
typedef enum {
    BT_ERR_NONE = 0,
    BT_ERR_USAGE,     /* bad arguments or options */
    BT_ERR_IO,        /* a file could not be read or written */
    BT_ERR_FORMAT,    /* the input is not valid in its format */
    BT_ERR_ENCODING,  /* the input's bytes cannot be decoded */
    BT_ERR_LIMIT,     /* the input exceeds one of the named limits */
    BT_ERR_NOMEM,     /* out of memory */
    BT_ERR_UNSUPPORTED, /* the format cannot read or cannot write */
    BT_ERR_TIMEOUT,   /* the conversion passed bt_options.deadline */
} bt_error_code;

typedef struct bt_error bt_error;

/**
 * An error: a code, one message line, and the events of a conversion.  It
 * may live on the stack, `bt_error err = BT_ERROR_INIT;`, ended with
 * bt_error_clear(&err), which frees its events; or come from bt_error_new.
 * Its fields are here only so that it can live on the stack: read it with
 * the functions below.  size tells a newer library which fields the caller's
 * object has.
 */
struct bt_error {
    size_t size;                  /* sizeof(bt_error) where it was made */
    bt_error_code code;
    char message[512];
    struct bt_error_events *events; /* the library's */
};
#define BT_ERROR_INIT {sizeof(bt_error), BT_ERR_NONE, {0}, NULL}

/** A new, empty error object; the caller frees it with bt_error_free. */
BT_API bt_error *bt_error_new(void);
BT_API void bt_error_free(bt_error *err);
/** Forget the error and the events, so the object can be reused. */
BT_API void bt_error_clear(bt_error *err);
BT_API bt_error_code bt_error_code_of(const bt_error *err);
/** One line, without the program name or the file name; "" when none. */
BT_API const char *bt_error_message(const bt_error *err);
/**
 * For formats: record a failure and return BT_FAILED; err may be NULL.  The
 * first failure recorded wins until bt_error_clear: it is the cause, and the
 * failures it leads to (a reader giving up, a sink refusing) keep its code
 * and message.  So clear an error object before reusing it.
 */
BT_API bt_status bt_error_set(bt_error *err, bt_error_code code, const char *fmt, ...)
    BT_PRINTF(3, 4);

/* ---- Loss events -------------------------------------------------------- */

/** What an event is about. */
typedef enum {
    BT_LOSS_OTHER = 0, /* what no kind below says */
    BT_LOSS_TEXT,      /* characters: undecodable bytes, control characters, text */
    BT_LOSS_HEADING,
    BT_LOSS_IMAGE,
    BT_LOSS_CAPTION,   /* a figure's caption or credit */
    BT_LOSS_TABLE,     /* a table, its caption, its cells' spans */
    BT_LOSS_LIST,
    BT_LOSS_INLINE,    /* emphasis, underline, strike, quotation, language, link */
    BT_LOSS_FOOTNOTE,
    BT_LOSS_METADATA,
    BT_LOSS_OBJECT,    /* an embedded object: a formula, a chart, a video */
    BT_LOSS_ARTICLE,   /* what a web page's extractor took: a fallback, another source */
    BT_LOSS_KIND_COUNT_
} bt_loss_kind;

/** What happened to it. */
typedef enum {
    BT_EVENT_LOST = 0,    /* left out: the output does not hold it */
    BT_EVENT_CHANGED = 1, /* kept in another form: a table written as paragraphs */
} bt_event_effect;

/**
 * For formats: report something dropped or changed on the way, as it happens,
 * with how many items it concerns (images left out, say); the conversion goes
 * on.  bt_read and bt_write return BT_WARN when a format reported a loss.
 */
BT_API void bt_error_event(bt_error *err, bt_event_effect effect, bt_loss_kind kind,
                           size_t count, const char *fmt, ...) BT_PRINTF(5, 6);
/** The events of the conversion so far, in the order they happened. */
BT_API size_t bt_error_event_count(const bt_error *err);
BT_API bt_loss_kind bt_error_event_kind(const bt_error *err, size_t i);
BT_API bt_event_effect bt_error_event_effect(const bt_error *err, size_t i);
BT_API size_t bt_error_event_items(const bt_error *err, size_t i);
/** One line, as "3 images not found: a.jpg, b.jpg, c.jpg"; NULL past the end. */
BT_API const char *bt_error_event_message(const bt_error *err, size_t i);
/** How many items of a kind were lost (BT_LOSS_KIND_COUNT_: of every kind). */
BT_API size_t bt_error_lost(const bt_error *err, bt_loss_kind kind);
/** "image", "caption", ...; NULL for a kind out of range. */
BT_API const char *bt_loss_kind_name(bt_loss_kind kind);

/* ---- Options ------------------------------------------------------------ */

typedef struct bt_image_request bt_image_request;

/**
 * Finds the bytes of an image the input refers to, for programs that keep
 * images elsewhere (a CMS, a zip): src is the address as the input gives it,
 * input_path the input's file (NULL for memory).  Give the bytes with
 * bt_image_request_give and return BT_OK; return BT_WARN when there is no
 * such image (the figure keeps its caption, the loss is reported), BT_FAILED
 * to fail the read.  Without a resolver, images are read from the input's
 * folder and resource_path, as the confinement rules allow.
 */
typedef bt_status (*bt_image_resolver)(void *user, const char *src, const char *input_path,
                                       bt_image_request *req);
/** Copy an image's bytes into the document; media_type may be NULL (sniffed;
 *  the bytes' own type wins over it).  Once a request, during the resolver's
 *  call.  BT_WARN when the bytes are not an image (the loss is reported). */
BT_API bt_status bt_image_request_give(bt_image_request *req, const void *data, size_t size,
                                       const char *media_type);

/**
 * What becomes of a figure whose image was meant to be there (the input gave
 * its address) but could not be loaded: missing, remote, not an image.  A
 * figure without an address (a caption read back from plain text) is not
 * missing.  Applied once, after any format's reader.
 */
typedef enum {
    BT_MISSING_KEEP = 0,    /* the figure stays, caption and all, without an image */
    BT_MISSING_PLACEHOLDER, /* the figure shows a grey "Image not available" SVG
                               ("Ảnh không tải được" in Vietnamese) */
    BT_MISSING_DROP,        /* the figure goes, caption and all: a caption loss */
    BT_MISSING_FAIL,        /* the read fails with BT_ERR_IO */
} bt_missing_image;

/**
 * Options for every reader and writer.  Fill with bt_options_init, then set
 * the fields you need.  Options of one format are set by name, as
 * libarchive's: "html:whole-page", "text:columns=60", "epub:cover=first"; a
 * name without "format:" goes to every format that has such an option.
 * Each format lists its own (bt_format.options); bt_read and bt_write fail
 * with BT_ERR_USAGE on a name given for their format that it does not know.
 */
typedef struct bt_options {
    size_t size;                /* sizeof(bt_options) where it was built: set by bt_options_init */
    /* readers */
    const char *resource_path;  /* ':'-separated folders where relative images
                                   are looked up after the input's own folder */
    const char *input_encoding; /* force a charset (NULL: detect) */
    size_t max_input_bytes;     /* refuse larger inputs, stdin too, as they are read
                                   (0: the largest, 512 MiB) */
    /* Readers: images from anywhere (file: URLs, "..", links leading out),
     * not only from the input's folder and resource_path. */
    int allow_any_path;
    bt_image_resolver resolve_image; /* NULL: files, as above */
    void *resolve_user;
    /* both */
    double deadline;            /* CLOCK_MONOTONIC seconds; a conversion past it fails
                                   with BT_ERR_TIMEOUT at its next check: reading done,
                                   writing started, writing done (before any output is
                                   replaced); 0: none */
    /* "format:name" or "format:name=value" strings, ending with NULL */
    const char *const *format_options;
    /* new fields go here, at the end: the caller's size tells which it has */
    bt_missing_image missing_image; /* readers: an image not loaded (BT_MISSING_KEEP:
                                       the figure keeps its caption, the loss is an event) */
} bt_options;

#define BT_DEFAULT_COLUMNS 72

/* A macro, so that the library knows the size of the caller's bt_options. */
#define bt_options_init(opt) bt_options_init_size((opt), sizeof(bt_options))
BT_API void bt_options_init_size(bt_options *opt, size_t size);

/**
 * For formats: the value of their option name in opt ("60" for
 * "text:columns=60"), "" when given without a value, NULL when not given.
 * The last one given wins.
 */
BT_API const char *bt_option(const bt_options *opt, const char *format, const char *name);
/** For an option given several times ("html:css=a.css", "html:css=b.css"):
 *  the i-th value in the order given, NULL past the last. */
BT_API const char *bt_option_at(const bt_options *opt, const char *format, const char *name,
                                size_t i);

/* ---- The document ------------------------------------------------------- */

typedef struct bt_document bt_document;
typedef struct bt_node bt_node;

typedef enum {
    /* the root of the body */
    BT_NODE_BODY = 0,
    /* blocks */
    BT_NODE_HEADING,    /* level 1-6; children are inlines */
    BT_NODE_PARAGRAPH,  /* children are inlines; see bt_node_role */
    BT_NODE_FIGURE,     /* resource, alt, display size; children: CAPTION, CREDIT */
    BT_NODE_CAPTION,    /* inlines: the figure's caption */
    BT_NODE_CREDIT,     /* inlines: the credited name; bt_node_label: "Ảnh", "Photo" */
    BT_NODE_QUOTE,      /* children are blocks */
    BT_NODE_LIST,       /* children are ITEMs; ordered or not, start */
    BT_NODE_ITEM,       /* children are blocks */
    BT_NODE_RULE,
    BT_NODE_TABLE,      /* children: an optional CAPTION, then ROWs */
    BT_NODE_ROW,        /* children are CELLs */
    BT_NODE_CELL,       /* inlines; header or not; column and row span */
    BT_NODE_PRE,        /* literal text */
    /* inlines */
    BT_NODE_TEXT,       /* literal text */
    BT_NODE_EMPH,
    BT_NODE_STRONG,
    BT_NODE_LINK,       /* bt_node_href, bt_node_title */
    BT_NODE_BREAK,
    BT_NODE_CODE,       /* literal text */
    BT_NODE_SUP,
    BT_NODE_SUB,
    /* since 1.0 */
    BT_NODE_QUOTATION,  /* inline quotation (<q>): writers add the language's marks */
    BT_NODE_UNDERLINE,
    BT_NODE_STRIKE,
    BT_NODE_SPAN,       /* a run in another language: bt_node_language */
    BT_NODE_NOTE_REF,   /* a footnote's mark in the text: bt_node_label, bt_node_note */
    BT_NODE_NOTE,       /* block: a footnote's text; children are blocks; bt_node_label */
} bt_node_type;

/** What a paragraph is for, so writers can style it. */
typedef enum {
    BT_ROLE_NONE = 0,
    BT_ROLE_LEAD,     /* the lead (sapo) under the title */
    BT_ROLE_BYLINE,   /* the author line */
    BT_ROLE_DATELINE, /* the date and time as the source wrote them */
} bt_role;

/** Metadata keys; every key may hold several values (authors, keywords). */
typedef enum {
    BT_META_TITLE = 0,
    BT_META_SUBTITLE,
    BT_META_AUTHOR,
    BT_META_DATE,        /* ISO 8601, with offset when known */
    BT_META_LANGUAGE,    /* BCP 47, e.g. "vi" */
    BT_META_SECTION,
    BT_META_PUBLISHER,
    BT_META_SOURCE_URL,
    BT_META_DESCRIPTION,
    BT_META_KEYWORD,
    BT_META_IDENTIFIER,
    BT_META_RIGHTS,      /* the copyright line */
    BT_META_COUNT_
} bt_meta_key;

/** An empty document; the caller frees it with bt_document_free. */
BT_API bt_document *bt_document_new(void);
BT_API void bt_document_free(bt_document *doc);

/** The first value of a key, or NULL. */
BT_API const char *bt_document_meta(const bt_document *doc, bt_meta_key key);
BT_API size_t bt_document_meta_count(const bt_document *doc, bt_meta_key key);
BT_API const char *bt_document_meta_at(const bt_document *doc, bt_meta_key key, size_t i);
/** Replace the values of a key with one (NULL removes them); NFC-normalized. */
BT_API bt_status bt_document_set_meta(bt_document *doc, bt_meta_key key, const char *value);
/** Add one more value to a key (an author, a keyword); NFC-normalized. */
BT_API bt_status bt_document_add_meta(bt_document *doc, bt_meta_key key, const char *value);
BT_API const char *bt_meta_key_name(bt_meta_key key);

/** The root of the body; never NULL for a document. */
BT_API bt_node *bt_document_body(const bt_document *doc);

/* Walking the tree.  The accessors here and those of the document, its
 * metadata and resources take NULL (a walk past the last node): they give
 * NULL, 0 or BT_NODE_BODY, and -1 for a figure's resource. */
BT_API bt_node_type bt_node_get_type(const bt_node *n);
BT_API const char *bt_node_type_name(bt_node_type type);
BT_API bt_node *bt_node_parent(const bt_node *n);
BT_API bt_node *bt_node_first_child(const bt_node *n);
BT_API bt_node *bt_node_last_child(const bt_node *n);
BT_API bt_node *bt_node_next(const bt_node *n);
BT_API bt_node *bt_node_prev(const bt_node *n);
/** TEXT, CODE, PRE: the text; NULL for other nodes. */
BT_API const char *bt_node_literal(const bt_node *n);
/** LINK: the address and the title (NULL when none). */
BT_API const char *bt_node_href(const bt_node *n);
BT_API const char *bt_node_title(const bt_node *n);
/** SPAN: its language, BCP 47 ("en", "fr-CA"). */
BT_API const char *bt_node_language(const bt_node *n);
/** CREDIT: the label before the name, without its colon ("Ảnh"; NULL: none);
 *  NOTE, NOTE_REF: the footnote's mark ("1", "*"). */
BT_API const char *bt_node_label(const bt_node *n);
/** CREDIT: how the source set it apart from the caption, the text before it
 *  (" (", " | ", ". ", " ") and after it (")", ")." or ""); NULL when the
 *  source did not say (writers then use their own separator). */
BT_API const char *bt_node_credit_before(const bt_node *n);
BT_API const char *bt_node_credit_after(const bt_node *n);
/** NOTE_REF: the NOTE it refers to (NULL when the note is missing). */
BT_API bt_node *bt_node_note(const bt_node *n);
/** CELL: how many columns and rows it spans (1 when not set). */
BT_API int bt_node_cell_colspan(const bt_node *n);
BT_API int bt_node_cell_rowspan(const bt_node *n);
/** FIGURE: the alt text (NULL when none). */
BT_API const char *bt_node_figure_alt(const bt_node *n);
/** FIGURE: the size the source meant it shown at, in CSS pixels (1/96 inch);
 *  0 when the source did not say. */
BT_API int bt_node_figure_display_width(const bt_node *n);
BT_API int bt_node_figure_display_height(const bt_node *n);
BT_API int bt_node_heading_level(const bt_node *n);
BT_API bt_role bt_node_role(const bt_node *n);
BT_API int bt_node_list_ordered(const bt_node *n);
BT_API int bt_node_list_start(const bt_node *n);
BT_API int bt_node_cell_header(const bt_node *n);
/** FIGURE: the resource index, or -1 when the image could not be loaded. */
BT_API int bt_node_figure_resource(const bt_node *n);
/** FIGURE: the image's address as the source gave it (may be NULL). */
BT_API const char *bt_node_figure_src(const bt_node *n);
/** FIGURE: the caption node or the credit node, or NULL. */
BT_API bt_node *bt_node_figure_caption(const bt_node *n);
BT_API bt_node *bt_node_figure_credit(const bt_node *n);
/**
 * The plain text of a node and its descendants (inlines joined, BREAK as a
 * space), copied into buf as snprintf does: at most cap - 1 bytes, cut
 * before a character that would not fit, then a NUL (nothing when cap is 0).
 * Returns the length of the whole text, so a caller whose buffer was too
 * small can call again with that length + 1.  Reads the document only: any
 * number of threads may call it on one document.
 */
BT_API size_t bt_node_text_copy(const bt_node *n, char *buf, size_t cap);
/**
 * The same text as a string in the document's arena: each call grows the
 * document until it is freed, and changes it, so it is for building a
 * document, not for writing one (use bt_node_text_copy there).
 */
BT_API const char *bt_node_text(bt_document *doc, const bt_node *n);

/* Building the tree.  Nodes live in the document's arena. */
BT_API bt_node *bt_node_new(bt_document *doc, bt_node_type type);
BT_API void bt_node_append(bt_node *parent, bt_node *child);
BT_API void bt_node_unlink(bt_node *n);
/** Put n (unlinked first) just before sibling, under sibling's parent. */
BT_API void bt_node_insert_before(bt_node *sibling, bt_node *n);
/** Append text to parent, merged with a TEXT node that ends it; NFC.  The merged node's
 * literal may move: a pointer from bt_node_literal lasts until the next append to it. */
BT_API bt_status bt_node_append_text(bt_document *doc, bt_node *parent, const char *s, size_t len);
BT_API bt_status bt_node_set_literal(bt_document *doc, bt_node *n, const char *s, size_t len);
BT_API void bt_node_set_heading_level(bt_node *n, int level);
BT_API void bt_node_set_role(bt_node *n, bt_role role);
/** An ordered list's start is clamped to +-999,999,999 (BT_MAX_LIST_START). */
BT_API void bt_node_set_list(bt_node *n, int ordered, int start);
BT_API void bt_node_set_cell_header(bt_node *n, int header);
/** Spans below 1 are 1; above BT_MAX_CELL_SPAN (1000) are clamped to it. */
BT_API void bt_node_set_cell_span(bt_node *n, int colspan, int rowspan);
BT_API bt_status bt_node_set_href(bt_document *doc, bt_node *n, const char *href);
BT_API bt_status bt_node_set_title(bt_document *doc, bt_node *n, const char *title);
BT_API bt_status bt_node_set_language(bt_document *doc, bt_node *n, const char *lang);
BT_API bt_status bt_node_set_label(bt_document *doc, bt_node *n, const char *label);
BT_API bt_status bt_node_set_credit_apart(bt_document *doc, bt_node *n, const char *before,
                                          const char *after);
BT_API void bt_node_set_note(bt_node *ref, bt_node *note);
BT_API bt_status bt_node_set_figure_alt(bt_document *doc, bt_node *n, const char *alt);
BT_API void bt_node_set_figure_display_size(bt_node *n, int width, int height);
BT_API void bt_node_set_figure_resource(bt_node *n, int resource);
BT_API bt_status bt_node_set_figure_src(bt_document *doc, bt_node *n, const char *src);

/** How much of each kind a document holds: what a loss check compares. */
typedef struct bt_counts {
    size_t size;       /* sizeof(bt_counts) where it was built: set by bt_document_count */
    size_t paragraphs; /* PARAGRAPH nodes with text, but the DATELINE */
    size_t figures;    /* FIGURE nodes */
    size_t captions;   /* figures with a non-empty caption */
    size_t images;     /* figures whose image is loaded */
    size_t headings;   /* HEADING nodes (the title is metadata, not counted) */
    size_t tables;
    size_t notes;      /* NOTE nodes */
} bt_counts;

/* A macro, so that the library fills only the fields the caller's bt_counts has. */
#define bt_document_count(doc, counts) bt_document_count_size((doc), (counts), sizeof(bt_counts))
BT_API void bt_document_count_size(const bt_document *doc, bt_counts *counts, size_t size);
/** The charset the reader decoded the input from ("UTF-8", "windows-1258"), or NULL. */
BT_API const char *bt_document_charset(const bt_document *doc);
BT_API void bt_document_set_charset(bt_document *doc, const char *charset);
/** How many invalid byte sequences the reader replaced with U+FFFD while
 *  decoding (UTF-8 with a few bad bytes): text lost, which --strict fails on. */
BT_API size_t bt_document_replaced(const bt_document *doc);
BT_API void bt_document_set_replaced(bt_document *doc, size_t n);
/** How a reader found the article in a web page: the element it took and the
 *  pass of its rules ("div#main.story, pass 1"), or the fallback it fell back
 *  to ("fallback: the whole page"); NULL for other inputs. */
BT_API const char *bt_document_extraction(const bt_document *doc);
BT_API void bt_document_set_extraction(bt_document *doc, const char *how);

/* Resources: images owned by the document, referenced by index. */
BT_API size_t bt_document_resource_count(const bt_document *doc);
/**
 * Copy bytes into a new resource; returns its index, or -1.  media_type may
 * be NULL (it is then sniffed from the bytes); the pixel size is read from
 * PNG, JPEG, GIF and WebP headers.  Bytes identical to an existing
 * resource's give that resource's index (its name and type stay).  -1 also
 * past a document's budget: 10,000 resources, 256 MiB in all.
 */
BT_API int bt_document_add_resource(bt_document *doc, const char *name, const char *media_type,
                                    const void *data, size_t size);
BT_API const void *bt_resource_data(const bt_document *doc, int i, size_t *size);
BT_API const char *bt_resource_media_type(const bt_document *doc, int i);
BT_API const char *bt_resource_name(const bt_document *doc, int i);
BT_API int bt_resource_width(const bt_document *doc, int i);
BT_API int bt_resource_height(const bt_document *doc, int i);
/** Pixels per inch across and down, from a JPEG's JFIF density (else its
 *  EXIF), a PNG's pHYs or a WebP's EXIF; 0 when the image does not say. */
BT_API int bt_resource_dpi_x(const bt_document *doc, int i);
BT_API int bt_resource_dpi_y(const bt_document *doc, int i);

/* ---- Formats ------------------------------------------------------------- */

/** Where a reader's bytes come from. */
typedef struct bt_input {
    const unsigned char *data;
    size_t size;
    const char *path; /* the file, for relative resources; NULL for memory/stdin */
} bt_input;

/** Where a writer's bytes go: a sink, as md4c has it. */
typedef struct bt_output {
    int (*write)(void *user, const void *buf, size_t len); /* 0 on success */
    void *user;
    const char *path; /* the final output file, for media beside it; NULL for stdout/memory */
} bt_output;

/**
 * A format: one reader, one writer, or both.  read and write return a
 * bt_status and fill err on failure or warning.  write gets a const document
 * and keeps its scratch memory to itself, so that one document can be written
 * in several formats from several threads at once.
 */
/** An option a format takes, set by name in bt_options.format_options. */
typedef struct bt_format_option {
    const char *name;        /* "whole-page" */
    const char *value;       /* what its value is ("N", "PATH"), NULL for a flag */
    const char *description; /* one line */
} bt_format_option;

typedef struct bt_format {
    size_t size;             /* sizeof(bt_format) where it was built */
    const char *name;        /* "html" */
    const char *aliases;     /* space-separated other names, or NULL */
    const char *description;
    const char *extensions;  /* space-separated, without dots: "html htm" */
    const char *mime_type;
    /* A bid: roughly the number of bits of the first bytes it verified; 0: not mine. */
    int (*probe)(const unsigned char *data, size_t size);
    bt_status (*read)(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err);
    bt_status (*write)(const bt_document *doc, const bt_output *out, const bt_options *opt,
                       bt_error *err);
    unsigned flags;          /* BT_FORMAT_* */
    const bt_format_option *options; /* ends with an entry whose name is NULL; may be NULL */
} bt_format;

/** The format's writer cannot hold images (plain text keeps their captions). */
#define BT_FORMAT_NO_IMAGES 1u
/** The format's output is binary (a zip): not for a terminal. */
#define BT_FORMAT_BINARY 2u

typedef struct bt_registry bt_registry;

/** A registry holding the built-in formats; free with bt_registry_free. */
BT_API bt_registry *bt_registry_new(void);
BT_API void bt_registry_free(bt_registry *reg);
/**
 * Add a format of your own; the descriptor is borrowed and must outlive the
 * registry.  A format with the name of an existing one replaces it.
 */
BT_API bt_status bt_registry_add(bt_registry *reg, const bt_format *fmt);
/** bt_registry_add that says in err why it failed (no name, neither reader nor
 *  writer, out of memory). */
BT_API bt_status bt_registry_add_checked(bt_registry *reg, const bt_format *fmt, bt_error *err);
BT_API size_t bt_registry_count(const bt_registry *reg);
BT_API const bt_format *bt_registry_at(const bt_registry *reg, size_t i);
/**
 * Whether every option in opt names a format of the registry and an option
 * it has ("html:whole-page"), or, without a format, an option some format
 * has; BT_ERR_USAGE with the nearest known name when not.
 */
BT_API bt_status bt_options_check(const bt_registry *reg, const bt_options *opt, bt_error *err);
/** By name or alias, case-insensitive. */
BT_API const bt_format *bt_format_by_name(const bt_registry *reg, const char *name);
/** By the extension of a path ("a/b.HTM" -> html). */
BT_API const bt_format *bt_format_by_path(const bt_registry *reg, const char *path);
/** The reader whose probe bids highest on the first bytes, or NULL. */
BT_API const bt_format *bt_format_probe(const bt_registry *reg, const unsigned char *data,
                                        size_t size);

/* ---- Plugins ---------------------------------------------------------------- */

/** The plugin ABI of these headers: raised when a change breaks plugins built before it. */
#define BT_PLUGIN_ABI 2

#if defined(__GNUC__)
#define BT_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define BT_PLUGIN_EXPORT
#endif

/**
 * A plugin is a shared object (bantin --plugin=LIB.so) that exports two
 * names: bantin_plugin_abi, defined as BT_PLUGIN_ABI, which the loader checks
 * before anything else and refuses a plugin built for another ABI; and
 * bantin_plugin_init, of type bt_plugin_init_fn, which adds its formats:
 *
 *     const int bantin_plugin_abi = BT_PLUGIN_ABI;
 *     bt_status bantin_plugin_init(bt_registry *reg) { return bt_registry_add(reg, &fmt); }
 */
typedef bt_status (*bt_plugin_init_fn)(bt_registry *reg);
BT_PLUGIN_EXPORT extern const int bantin_plugin_abi;
BT_PLUGIN_EXPORT bt_status bantin_plugin_init(bt_registry *reg);

/* ---- Conversions ---------------------------------------------------------- */

/** Read a document with a format (NULL: probe).  The caller frees *doc. */
BT_API bt_status bt_read(const bt_registry *reg, const bt_format *fmt, const bt_input *in,
                         const bt_options *opt, bt_document **doc, bt_error *err);
BT_API bt_status bt_read_file(const bt_registry *reg, const bt_format *fmt, const char *path,
                              const bt_options *opt, bt_document **doc, bt_error *err);
/** Read from an open stream to its end (a pipe, a socket); the caller closes it. */
BT_API bt_status bt_read_stream(const bt_registry *reg, const bt_format *fmt, FILE *stream,
                                const bt_options *opt, bt_document **doc, bt_error *err);
BT_API bt_status bt_write(const bt_format *fmt, const bt_document *doc, const bt_output *out,
                          const bt_options *opt, bt_error *err);
/**
 * Write to a file atomically: a temporary file beside it, renamed only on
 * success, so a failure leaves no partial output and the old file intact.
 */
BT_API bt_status bt_write_file(const bt_format *fmt, const bt_document *doc, const char *path,
                               const bt_options *opt, bt_error *err);
/** Write to an open stream; the caller closes it. */
BT_API bt_status bt_write_stream(const bt_format *fmt, const bt_document *doc, FILE *stream,
                                 const bt_options *opt, bt_error *err);
/**
 * Convert a file in one call: read input (format from, or by extension and
 * probing when NULL), write output atomically (format to, or by its
 * extension when NULL).
 */
BT_API bt_status bt_convert_file(const bt_registry *reg, const bt_format *from,
                                 const bt_format *to, const char *input, const char *output,
                                 const bt_options *opt, bt_error *err);
/**
 * Remove every temporary file bantin is writing (outputs not yet renamed into
 * place, images not yet linked), and make any later one fail.  For a program
 * about to exit on SIGINT or SIGTERM: call it from a thread that waits for the
 * signals (sigwait), not from a signal handler, as it takes a lock.
 */
BT_API void bt_temporaries_remove(void);
/** Write into a new malloc'd buffer; the caller frees *data. */
BT_API bt_status bt_write_memory(const bt_format *fmt, const bt_document *doc,
                                 const bt_options *opt, unsigned char **data, size_t *size,
                                 bt_error *err);

#ifdef __cplusplus
}
#endif

#endif
