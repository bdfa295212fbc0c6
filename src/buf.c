#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(bt_buf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->failed = 1;
            return 0;
        }
        cap *= 2;
    }
    char *d = realloc(b->data, cap);
    if (!d) {
        b->failed = 1;
        return 0;
    }
    b->data = d;
    b->cap = cap;
    return 1;
}

void bt_buf_put(bt_buf *b, const void *s, size_t len)
{
    if (!grow(b, len))
        return;
    if (len)
        memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void bt_buf_puts(bt_buf *b, const char *s) { bt_buf_put(b, s, strlen(s)); }

void bt_buf_putc(bt_buf *b, char c)
{
    /* readers append text a byte at a time */
    if (!b->failed && b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    bt_buf_put(b, &c, 1);
}

char *bt_buf_extend(bt_buf *b, size_t n)
{
    if (!grow(b, n))
        return NULL;
    char *p = b->data + b->len;
    b->len += n;
    b->data[b->len] = '\0';
    return p;
}

void bt_buf_printf(bt_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void bt_buf_put_squeezed(bt_buf *b, const char *s)
{
    size_t start = b->len;
    int space = 0;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') {
            space = b->len > start;
            continue;
        }
        if (space)
            bt_buf_putc(b, ' ');
        space = 0;
        bt_buf_putc(b, *p);
    }
}

size_t bt_word_count(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && (p == s || p[-1] == ' '))
            n++;
    return n;
}

size_t bt_letter_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += (s[i] & 0xC0) != 0x80 && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r';
    return n;
}

void bt_buf_truncate(bt_buf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

void bt_buf_free(bt_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof(*b));
}

bt_status bt_buf_flush(bt_buf *b, const bt_output *out, bt_error *err)
{
    if (b->failed)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (b->len && out->write(out->user, b->data, b->len) != 0)
        return bt_error_set(err, BT_ERR_IO, "cannot write output");
    return BT_OK;
}
