/* The EPUB and ODT harnesses fuzz the parts inside the zip, not its bytes: a
 * mutated deflate stream or CRC fails before any XML is parsed, so the input
 * is the parts as text, each after a line "@@ NAME", packed here into a zip
 * (the "mimetype" entry first) that the reader then opens.  The zip layer
 * itself is fuzzed by the "any" harness. */
#include <stdlib.h>
#include <string.h>

#include "container.h"
#include "fuzz.h"

static int put(void *user, const void *data, size_t len)
{
    bt_buf_put(user, data, len);
    return 0;
}

bt_status bt_fuzz_zip_parts(const uint8_t *data, size_t size, const char *media_type, bt_buf *zip)
{
    bt_error *err = bt_error_new();
    bt_zip_writer *z = bt_zip_writer_new(err);
    bt_status s = z ? bt_zip_add(z, "mimetype", media_type, strlen(media_type), 1, err) : BT_FAILED;
    const char *p = (const char *)data, *end = p + size;
    /* each part: "@@ " name "\n" content, up to the next "\n@@ " */
    while (s != BT_FAILED && end - p > 3 && !memcmp(p, "@@ ", 3)) {
        const char *name = p + 3, *nl = memchr(name, '\n', (size_t)(end - name));
        if (!nl)
            break;
        const char *body = nl + 1, *next = body;
        while (next < end && !(next[0] == '\n' && end - next > 3 && !memcmp(next + 1, "@@ ", 3)))
            next++;
        char *n = strndup(name, (size_t)(nl - name));
        s = n ? bt_zip_add(z, n, body, (size_t)(next - body), 1, err) : BT_FAILED;
        free(n);
        p = next < end ? next + 1 : end;
    }
    bt_output out = {put, zip, NULL};
    if (s != BT_FAILED)
        s = bt_zip_finish(z, &out, err);
    else
        bt_zip_writer_free(z);
    bt_error_free(err);
    return zip->failed ? BT_FAILED : s;
}
