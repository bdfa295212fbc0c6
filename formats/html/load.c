/* Images of a page: local files beside it, data: URIs.  Nothing is ever
 * fetched from the network: a remote image keeps its figure and caption and
 * is named in a warning. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "error.h"
#include "html.h"
#include "image.h"
#include "xhtml.h"

struct bt_html_loaded {
    char *src;
    int index;
};

static int hexval(int c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* Percent-decode s[0..len) into out. */
static void unpercent(const char *s, size_t len, bt_buf *out)
{
    for (size_t i = 0; i < len; i++) {
        int hi, lo;
        if (s[i] == '%' && i + 2 < len && (hi = hexval((unsigned char)s[i + 1])) >= 0 &&
            (lo = hexval((unsigned char)s[i + 2])) >= 0) {
            bt_buf_putc(out, (char)(hi << 4 | lo));
            i += 2;
        } else {
            bt_buf_putc(out, s[i]);
        }
    }
}

static int b64val(int c)
{
    return c >= 'A' && c <= 'Z'   ? c - 'A'
           : c >= 'a' && c <= 'z' ? c - 'a' + 26
           : c >= '0' && c <= '9' ? c - '0' + 52
           : c == '+' || c == '-' ? 62
           : c == '/' || c == '_' ? 63
                                  : -1;
}

/* base64 (white space and padding tolerated); 0 on a bad character. */
static int unbase64(const char *s, bt_buf *out)
{
    unsigned acc = 0;
    int bits = 0;
    for (; *s && *s != '='; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')
            continue;
        int v = b64val((unsigned char)*s);
        if (v < 0)
            return 0;
        acc = acc << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bt_buf_putc(out, (char)(acc >> bits & 0xFF));
        }
    }
    return 1;
}

static int placeholder_gif(const unsigned char *p, size_t n)
{
    const char *type = NULL;
    int w = 0, h = 0;
    return bt_image_sniff(p, n, &type, &w, &h) && type && !strcmp(type, "image/gif") && w <= 1 &&
           h <= 1;
}

/* A loaded image as a resource; a 1x1 GIF is a placeholder. */
static int add(bt_html_loader *l, const char *name, const char *shown, const unsigned char *p,
               size_t n)
{
    if (placeholder_gif(p, n))
        return BT_XHTML_PLACEHOLDER;
    const char *type = NULL;
    int w, h;
    if (!bt_image_sniff(p, n, &type, &w, &h) || !type) {
        bt_error_warn(l->err, "not an image: %s", shown);
        return -1;
    }
    int i = bt_document_add_resource(l->doc, name, type, p, n);
    if (i < 0)
        bt_error_warn(l->err, "image not loaded (out of memory): %s", shown);
    return i;
}

static int data_uri(bt_html_loader *l, const char *src)
{
    const char *comma = strchr(src, ',');
    bt_buf b = BT_BUF_INIT;
    int ok = comma != NULL;
    if (ok) {
        int base64 = comma - src >= 12 && !strncasecmp(comma - 7, ";base64", 7);
        if (base64) {
            bt_buf raw = BT_BUF_INIT;
            unpercent(comma + 1, strlen(comma + 1), &raw);
            ok = unbase64(raw.data ? raw.data : "", &b);
            bt_buf_free(&raw);
        } else {
            unpercent(comma + 1, strlen(comma + 1), &b);
        }
    }
    int i;
    if (!ok || b.failed || b.len > BT_MAX_IMAGE_BYTES) {
        bt_error_warn(l->err, "image not loaded (bad data: URI)");
        i = -1;
    } else {
        i = add(l, NULL, "data: URI", (const unsigned char *)b.data, b.len);
    }
    bt_buf_free(&b);
    return i;
}

static int local_file(bt_html_loader *l, const char *src)
{
    size_t len = strcspn(src, "?#");
    bt_buf path = BT_BUF_INIT;
    if (!strncasecmp(src, "file://", 7)) {
        src += 7;
        len -= 7;
    } else {
        /* relative to the page; a site-absolute address of a saved page too */
        bt_buf_puts(&path, l->base);
        bt_buf_putc(&path, '/');
        while (len && *src == '/')
            src++, len--;
    }
    unpercent(src, len, &path);
    if (path.failed) {
        bt_buf_free(&path);
        return -1;
    }
    const char *p = path.data;
    struct stat st;
    int i = -1;
    if (stat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
        bt_error_warn(l->err, "image not found: %s", p);
    } else if ((unsigned long long)st.st_size > BT_MAX_IMAGE_BYTES) {
        bt_error_warn(l->err, "image too large: %s", p);
    } else {
        FILE *f = fopen(p, "rb");
        unsigned char *data = malloc((size_t)st.st_size + 1);
        size_t n = f && data ? fread(data, 1, (size_t)st.st_size, f) : 0;
        if (!f || !data || n != (size_t)st.st_size) {
            bt_error_warn(l->err, "image not loaded (cannot read): %s", p);
        } else {
            const char *slash = strrchr(p, '/');
            i = add(l, slash ? slash + 1 : p, p, data, n);
        }
        if (f)
            fclose(f);
        free(data);
    }
    bt_buf_free(&path);
    return i;
}

static int load(bt_html_loader *l, const char *src)
{
    if (!strncasecmp(src, "data:", 5))
        return data_uri(l, src);
    if (!strncasecmp(src, "http://", 7) || !strncasecmp(src, "https://", 8) ||
        !strncmp(src, "//", 2)) {
        bt_error_warn(l->err, "image not loaded (remote): %s", src);
        return -1;
    }
    size_t scheme =
        strspn(src, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
    if (scheme > 1 && src[scheme] == ':' && strncasecmp(src, "file:", 5)) {
        bt_error_warn(l->err, "image not loaded (unsupported address): %s", src);
        return -1;
    }
    return local_file(l, src);
}

int bt_html_load_image(void *user, const char *src)
{
    bt_html_loader *l = user;
    for (size_t i = 0; i < l->nloaded; i++)
        if (!strcmp(l->loaded[i].src, src))
            return l->loaded[i].index;
    int index = load(l, src);
    if (l->nloaded == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        struct bt_html_loaded *m = realloc(l->loaded, cap * sizeof(*m));
        if (!m)
            return index;
        l->loaded = m;
        l->cap = cap;
    }
    char *copy = strdup(src);
    if (copy)
        l->loaded[l->nloaded++] = (struct bt_html_loaded){copy, index};
    return index;
}

void bt_html_loader_free(bt_html_loader *l)
{
    for (size_t i = 0; i < l->nloaded; i++)
        free(l->loaded[i].src);
    free(l->loaded);
}
