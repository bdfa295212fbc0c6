/* A growable byte buffer: what writers assemble output in. */
#ifndef BT_BUF_H
#define BT_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "error.h"

typedef struct bt_buf {
    char *data; /* always NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    int failed; /* an allocation failed; later appends are no-ops */
} bt_buf;

#define BT_BUF_INIT {NULL, 0, 0, 0}

void bt_buf_put(bt_buf *b, const void *s, size_t len);
void bt_buf_puts(bt_buf *b, const char *s);
void bt_buf_putc(bt_buf *b, char c);
/* Grow by n bytes and return them, for the caller to fill; NULL on failure. */
char *bt_buf_extend(bt_buf *b, size_t n);
void bt_buf_printf(bt_buf *b, const char *fmt, ...) BT_PRINTF(2, 3);
/* Append s with each run of white space made one space, and none at either
 * end: one line of text from markup or metadata. */
void bt_buf_put_squeezed(bt_buf *b, const char *s);
/* The number of space-separated words of s. */
size_t bt_word_count(const char *s);
/* The letters of s[0..len): code points that are not white space. */
size_t bt_letter_count(const char *s, size_t len);
/* Cut the buffer to its first len bytes. */
void bt_buf_truncate(bt_buf *b, size_t len);
void bt_buf_free(bt_buf *b);
/* Hand the buffer to an output sink; fails with BT_ERR_NOMEM or BT_ERR_IO. */
bt_status bt_buf_flush(bt_buf *b, const bt_output *out, bt_error *err);

#endif
