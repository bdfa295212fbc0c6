/* Which charset a page is in, and its bytes as UTF-8.  Pages lie about their
 * charset, so valid UTF-8, or UTF-8 with a few invalid bytes, is taken as
 * UTF-8 whatever they declare. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "error.h"
#include "html.h"
#include "unicode.h"

/* The charset a <meta charset> or http-equiv content-type declares in the
 * first bytes, in name (at most size - 1 bytes); 0 when none. */
static int declared(const unsigned char *data, size_t size, char *name, size_t cap)
{
    size_t n = size < 4096 ? size : 4096;
    for (size_t i = 0; i + 5 < n; i++) {
        if (data[i] != '<' || strncasecmp((const char *)data + i + 1, "meta", 4))
            continue;
        size_t end = i;
        while (end < n && data[end] != '>')
            end++;
        for (size_t j = i; j + 7 < end; j++) {
            if (strncasecmp((const char *)data + j, "charset", 7))
                continue;
            size_t k = j + 7;
            while (k < end && (data[k] == ' ' || data[k] == '='))
                k++;
            while (k < end && (data[k] == '"' || data[k] == '\''))
                k++;
            size_t len = 0;
            while (k + len < end && len + 1 < cap &&
                   (data[k + len] == '-' || data[k + len] == '_' || data[k + len] == '.' ||
                    data[k + len] == ':' || (data[k + len] >= '0' && data[k + len] <= '9') ||
                    ((data[k + len] | 0x20) >= 'a' && (data[k + len] | 0x20) <= 'z')))
                len++;
            if (len) {
                memcpy(name, data + k, len);
                name[len] = '\0';
                return 1;
            }
        }
        i = end;
    }
    return 0;
}

/* The charset a page means by the name it declares: browsers read Latin-1
 * and ASCII as Windows-1252 (the Encoding Standard's labels), so its quotes
 * and dashes at 0x80-0x9F are text, not control codes. */
static const char *meant(const char *name)
{
    static const char *const latin1[] = {"iso-8859-1", "iso8859-1",  "iso_8859-1", "latin1",
                                         "l1",         "cp819",      "ibm819",     "us-ascii",
                                         "ascii",      "iso-ir-100", NULL};
    for (const char *const *l = latin1; *l; l++)
        if (!strcasecmp(name, *l))
            return "windows-1252";
    return name;
}

/* Windows-1252's characters at 0x80-0x9F, 0 where it has none. */
static const unsigned cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* The length of a numeric reference at s ("&#151;", "&#x97;") to a code
 * point at 0x80-0x9F that Windows-1252 maps, its character into *cp; 0
 * when s holds none. */
static size_t c1_reference(const char *s, const char *end, unsigned *cp)
{
    const char *p = s + 2;
    int hex = p < end && (*p == 'x' || *p == 'X');
    p += hex;
    unsigned v = 0;
    const char *digits = p;
    for (; p < end && p - digits < 8 &&
           (hex ? isxdigit((unsigned char)*p) : isdigit((unsigned char)*p));
         p++)
        v = v * (hex ? 16u : 10u) +
            (unsigned)(isdigit((unsigned char)*p) ? *p - '0' : (*p | 0x20) - 'a' + 10);
    if (p == digits || v < 0x80 || v > 0x9F || !cp1252_high[v - 0x80])
        return 0;
    *cp = cp1252_high[v - 0x80];
    return (size_t)(p - s) + (p < end && *p == ';');
}

/* The page's numeric references to 0x80-0x9F written as Windows-1252's
 * characters, as browsers read them (HTML's parsing rules; libxml2 reads a
 * control code): "&#151;" is an em dash.  0 when the page has none, the
 * page rewritten into out otherwise. */
static int c1_references(const char *text, size_t len, bt_buf *out)
{
    const char *end = text + len, *from = text;
    int found = 0;
    for (const char *p = memchr(text, '&', len); p; p = memchr(p + 1, '&', (size_t)(end - p - 1))) {
        unsigned cp;
        size_t n = p + 2 < end && p[1] == '#' ? c1_reference(p, end, &cp) : 0;
        if (!n)
            continue;
        found = 1;
        bt_buf_put(out, from, (size_t)(p - from));
        char ref[16];
        bt_buf_put(out, ref, (size_t)snprintf(ref, sizeof(ref), "&#%u;", cp));
        from = p + n;
        p += n - 1;
    }
    if (found)
        bt_buf_put(out, from, (size_t)(end - from));
    return found;
}

static bt_status decode(const unsigned char *data, size_t size, const char *charset, bt_buf *out,
                        bt_error *err)
{
    size_t len = out->len;
    bt_error *tmp = bt_error_new();
    bt_status s = bt_decode((const char *)data, size, charset, out, tmp);
    if (s != BT_OK) {
        bt_buf_truncate(out, len);
        if (err && bt_error_code_of(tmp) == BT_ERR_NOMEM)
            bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    bt_error_free(tmp);
    return s;
}

static bt_status to_utf8(const unsigned char **data, size_t *size, const char *force, bt_buf *out,
                         const char **used, size_t *replaced, bt_error *err);

/* The page as UTF-8, and the charset it came in recorded on doc. */
bt_status bt_html_utf8(bt_document *doc, const unsigned char *data, size_t size, const char *force,
                       bt_buf *out, const char **text, size_t *len, bt_error *err)
{
    const char *used = NULL;
    size_t replaced = 0;
    /* Stray NUL bytes deep in a page (a CMS's padding) are dropped, as a
     * browser drops them; NULs near the start or in numbers mean a binary file. */
    size_t nuls = 0;
    const unsigned char *first = memchr(data, '\0', size);
    for (const unsigned char *p = first; p; p = memchr(p + 1, '\0', size - (size_t)(p + 1 - data)))
        nuls++;
    if (first && ((size_t)(first - data) < BT_HTML_BINARY_PREFIX || nuls * 100 > size))
        return bt_error_set(err, BT_ERR_FORMAT, "binary data, not HTML");
    bt_buf clean = BT_BUF_INIT;
    if (first) {
        for (size_t i = 0; i < size; i++)
            if (data[i])
                bt_buf_putc(&clean, (char)data[i]);
        if (clean.failed) {
            bt_buf_free(&clean);
            return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        }
        data = (const unsigned char *)clean.data;
        size = clean.len;
    }
    bt_status s = to_utf8(&data, &size, force, out, &used, &replaced, err);
    if (s == BT_OK && first && data) {
        /* the text lies in the copy: it moves to out, which the caller keeps */
        bt_buf_put(out, (const char *)data, size);
        data = NULL;
    }
    bt_buf_free(&clean);
    if (s != BT_OK)
        return s;
    bt_document_set_charset(doc, used);
    if (replaced) {
        bt_document_set_replaced(doc, replaced);
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_TEXT, replaced, "%zu invalid UTF-8 sequence%s replaced", replaced,
                      replaced > 1 ? "s" : "");
    }
    /* a page already in UTF-8 is used where it lies: a big page is not held twice */
    *text = data ? (const char *)data : out->data ? out->data : "";
    *len = data ? size : out->len;
    bt_buf fixed = BT_BUF_INIT;
    if (c1_references(*text, *len, &fixed)) {
        if (fixed.failed) {
            bt_buf_free(&fixed);
            return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        }
        bt_buf_free(out);
        *out = fixed;
        *text = out->data;
        *len = out->len;
    }
    return BT_OK;
}

/* The page decoded into out, with *data set to NULL; or, when it already is UTF-8,
 * *data and *size narrowed to its text past a BOM.  *replaced counts the
 * invalid sequences of damaged UTF-8. */
static bt_status to_utf8(const unsigned char **page, size_t *page_size, const char *force,
                         bt_buf *out, const char **used, size_t *replaced, bt_error *err)
{
    const unsigned char *data = *page;
    size_t size = *page_size;
    *page = NULL;
    /* a forced charset, a BOM: the shared decoder knows them all, VISCII and
     * TCVN3 included */
    int utf16 =
        size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF));
    if (force || utf16)
        return bt_charset_decode(data, size, force, out, used, err);
    if (size >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        data += 3, size -= 3;
    /* valid UTF-8 is UTF-8, whatever the page declares: pages lie */
    if (bt_utf8_invalid_at((const char *)data, size) == size) {
        *page = data;
        *page_size = size;
        *used = "UTF-8";
        return BT_OK;
    }
    /* a few bad bytes among UTF-8 (a truncated copy, a stray byte) are
     * replaced, as browsers do: the rest of the page is not mojibake */
    if (bt_charset_damaged_utf8(data, size)) {
        *used = "UTF-8";
        return bt_charset_repair_utf8(data, size, out, replaced, err);
    }
    char name[64];
    const char *charset = declared(data, size, name, sizeof(name)) ? meant(name) : NULL;
    if (charset && strcasecmp(charset, "utf-8") && strcasecmp(charset, "utf8") &&
        bt_charset_known(charset) && decode(data, size, charset, out, err) == BT_OK) {
        *used = bt_charset_canonical(charset);
        return BT_OK;
    }
    /* undeclared, or declared wrong: detect (the Vietnamese legacy charsets
     * first), and else what browsers assume for Western pages */
    size_t len = out->len;
    if (bt_charset_decode(data, size, NULL, out, used, NULL) == BT_OK)
        return BT_OK;
    bt_buf_truncate(out, len);
    static const char *const fallback[] = {"windows-1252", "ISO-8859-1"};
    for (int i = 0; i < 2; i++)
        if (decode(data, size, fallback[i], out, err) == BT_OK) {
            *used = fallback[i];
            return BT_OK;
        }
    return bt_error_set(err, BT_ERR_ENCODING, "cannot tell the input's charset");
}
