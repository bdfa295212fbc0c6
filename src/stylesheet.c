/* A user's stylesheet, read whole and checked. */
#include "stylesheet.h"

#include <stdio.h>
#include <string.h>

#include "error.h"
#include "limit.h"
#include "unicode.h"

bt_status bt_stylesheet_read(const char *path, bt_buf *out, bt_error *err)
{
    FILE *f = fopen(path, "rb");
    bt_buf b = BT_BUF_INIT;
    char chunk[65536];
    size_t n;
    /* one byte past the limit tells a file that is too large */
    while (f && b.len <= BT_MAX_STYLESHEET_BYTES && (n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        bt_buf_put(&b, chunk, n);
    int unread = !f || ferror(f);
    if (f)
        fclose(f);
    bt_status s = BT_OK;
    size_t bom = b.len >= 3 && !memcmp(b.data, "\xef\xbb\xbf", 3) ? 3 : 0;
    if (unread)
        s = bt_error_set(err, BT_ERR_IO, "cannot read the stylesheet %.200s", path);
    else if (b.failed)
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    else if (b.len > BT_MAX_STYLESHEET_BYTES)
        s = bt_error_set(err, BT_ERR_LIMIT, "the stylesheet %.200s is larger than %u bytes", path,
                         BT_MAX_STYLESHEET_BYTES);
    else if (bt_utf8_invalid_at(b.data ? b.data : "", b.len) != b.len ||
             memchr(b.data ? b.data : "", '\0', b.len))
        s = bt_error_set(err, BT_ERR_ENCODING, "the stylesheet %.200s is not UTF-8 text", path);
    else
        bt_buf_put(out, b.data ? b.data + bom : "", b.len - bom);
    bt_buf_free(&b);
    return s;
}
