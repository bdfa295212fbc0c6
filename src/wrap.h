/* The line-wrapping engine of the text-like writers, in the spirit of cmark's
 * render.c: lines break at ICU line-break opportunities, widths count
 * extended grapheme clusters, and every line carries a prefix (quote marks,
 * list indentation). */
#ifndef BT_WRAP_H
#define BT_WRAP_H

#include <stddef.h>

#include "buf.h"

typedef struct bt_wrap bt_wrap;

/* A wrapper for lines of at most columns clusters (columns <= 0: never
 * wrap).  It holds ICU break iterators, opened once and reused for every
 * paragraph.  NULL when ICU or memory fail; the caller frees it with
 * bt_wrap_free. */
bt_wrap *bt_wrap_new(int columns);
void bt_wrap_free(bt_wrap *w);

/* Append text (UTF-8, NFC, single spaces) to out as lines, each ending with
 * LF: the first line starts with first_prefix, the others with rest_prefix.
 * A line is at most columns clusters wide, prefix included, unless one word
 * alone is wider: a word or a cluster is never split.  The spaces where a
 * line breaks are dropped, trailing spaces too; an LF in text ends a line.
 * Returns the width of the widest line without its prefix (for underlines). */
size_t bt_wrap_text(bt_wrap *w, bt_buf *out, const char *text, size_t len, const char *first_prefix,
                    const char *rest_prefix);

#endif
