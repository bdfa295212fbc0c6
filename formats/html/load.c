/* Images of a page: data: URIs, and by address from the caller's resolver
 * when there is one, else local files in its folder or the resource path.
 * Nothing is ever fetched from the network, and nothing is read from outside
 * those folders unless the caller allows any path: a page from the web may
 * name ../../secret.png or file:///etc/passwd.  An image not loaded keeps its
 * figure and caption and is named in a warning. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base64.h"
#include "error.h"
#include "html.h"
#include "image.h"
#include "limit.h"
#include "resolve.h"
#include "xhtml.h"

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

static int placeholder_gif(const unsigned char *p, size_t n)
{
    const char *type = NULL;
    int w = 0, h = 0;
    return bt_image_sniff(p, n, &type, &w, &h) && type && !strcmp(type, "image/gif") && w <= 1 &&
           h <= 1;
}

/* A loaded image as a resource; a 1x1 GIF is a placeholder.  Identical bytes
 * under another address are the same resource.  The bytes say their type;
 * declared, an image type they do not tell. */
static int add(bt_html_loader *l, const char *name, const char *shown, const unsigned char *p,
               size_t n, const char *declared)
{
    if (placeholder_gif(p, n))
        return BT_XHTML_PLACEHOLDER;
    const char *type = NULL;
    int w, h;
    if (!bt_image_sniff(p, n, &type, &w, &h) && declared && !strncasecmp(declared, "image/", 6))
        type = declared;
    /* "<?xml" starts any XML file: only a real SVG is an image */
    if (!type || !bt_image_type_fits(p, n, type)) {
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "not an image: %s", shown);
        return -1;
    }
    int i = bt_document_add_resource(l->doc, name, type, p, n);
    if (i < 0 && !bt_document_resource_fits(l->doc, n))
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1,
                      "image not loaded (past the budget of %u images, %u MiB a document): %s",
                      (unsigned)BT_MAX_DOCUMENT_IMAGES, BT_MAX_DOCUMENT_IMAGE_BYTES >> 20, shown);
    else if (i < 0)
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not loaded (out of memory): %s", shown);
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
            ok = bt_base64_decode(raw.data ? raw.data : "", raw.len, &b) == 0;
            bt_buf_free(&raw);
        } else {
            unpercent(comma + 1, strlen(comma + 1), &b);
        }
    }
    int i;
    if (!ok || b.failed || b.len > BT_MAX_IMAGE_BYTES) {
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not loaded (bad data: URI)");
        i = -1;
    } else {
        i = add(l, NULL, "data: URI", (const unsigned char *)b.data, b.len, NULL);
    }
    bt_buf_free(&b);
    return i;
}

/* Whether a cache holds key, and the resource index (or -1, or
 * BT_XHTML_PLACEHOLDER) it holds, stored + 3 so that none is NULL. */
static int cached(xmlHashTablePtr t, const char *key, int *index)
{
    intptr_t v = (intptr_t)xmlHashLookup(t, (const xmlChar *)key);
    *index = (int)v - 3;
    return v != 0;
}

static void cache(xmlHashTablePtr t, const char *key, int index)
{
    xmlHashAddEntry(t, (const xmlChar *)key, (void *)(intptr_t)(index + 3));
}

/* The file at path as a resource; shown names it in warnings.  With nofollow,
 * a link put in place since it was resolved is not followed. */
static int read_file(bt_html_loader *l, const char *path, const char *shown, int nofollow)
{
    int i;
    if (cached(l->by_path, path, &i))
        return i;
    i = -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (nofollow ? O_NOFOLLOW : 0));
    struct stat st;
    unsigned char *data = NULL;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not found: %s", shown);
    } else if ((unsigned long long)st.st_size > BT_MAX_IMAGE_BYTES) {
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image too large: %s", shown);
    } else if (!(data = malloc((size_t)st.st_size + 1))) {
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not loaded (out of memory): %s", shown);
    } else {
        size_t n = 0;
        while (n < (size_t)st.st_size) {
            ssize_t got = read(fd, data + n, (size_t)st.st_size - n);
            if (got > 0)
                n += (size_t)got;
            else if (got == 0 || errno != EINTR)
                break;
        }
        const char *slash = strrchr(path, '/');
        if (n != (size_t)st.st_size)
            bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not loaded (cannot read): %s", shown);
        else
            i = add(l, slash ? slash + 1 : path, shown, data, n, NULL);
    }
    if (fd >= 0)
        close(fd);
    free(data);
    cache(l->by_path, path, i);
    return i;
}

/* One message for every reference refused, whether or not anything is there. */
static int refused(bt_html_loader *l, const char *src)
{
    bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image outside the allowed folders, not read: %s", src);
    return -1;
}

/* rel (percent-decoded) from the first folder that has it, unconfined. */
static int any_path(bt_html_loader *l, const char *rel, const char *src)
{
    bt_buf path = BT_BUF_INIT;
    struct stat st;
    for (size_t k = 0; k < l->allowed.n; k++) {
        bt_buf_truncate(&path, 0);
        bt_buf_printf(&path, "%s/%s", l->allowed.root[k], rel);
        if (!path.failed && stat(path.data, &st) == 0) {
            int i = read_file(l, path.data, path.data, 0);
            bt_buf_free(&path);
            return i;
        }
    }
    bt_buf_free(&path);
    bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not found: %s", src);
    return -1;
}

static int local_file(bt_html_loader *l, const char *src)
{
    size_t len = strcspn(src, "?#");
    int file_url = !strncasecmp(src, "file:", 5);
    if (file_url && !l->any_path)
        return refused(l, src);
    if (!strncasecmp(src, "file://", 7)) {
        src += 7;
        len -= 7;
    }
    bt_buf rel = BT_BUF_INIT;
    unpercent(src, len, &rel);
    if (rel.failed || !rel.len) {
        /* an address of nothing but "?query" or "file://" names no file */
        if (!rel.failed)
            bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not found: %s", src);
        bt_buf_free(&rel);
        return -1;
    }
    int i = -1;
    if (file_url) {
        i = read_file(l, rel.data, rel.data, 0);
    } else if (l->any_path) {
        /* relative to the page; a site-absolute address of a saved page too */
        i = any_path(l, rel.data + strspn(rel.data, "/"), src);
    } else {
        char *real = NULL;
        switch (bt_confine_resolve(&l->allowed, rel.data, &real)) {
        case BT_CONFINE_INSIDE: i = read_file(l, real, src, 1); break;
        case BT_CONFINE_MISSING: bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not found: %s", src); break;
        case BT_CONFINE_OUTSIDE: refused(l, src); break;
        case BT_CONFINE_NOMEM: bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not loaded (out of memory): %s", src);
        }
        free(real);
    }
    bt_buf_free(&rel);
    return i;
}

/* The resolver's bytes for src, named by the address's last segment. */
static int take(void *user, const char *src, const unsigned char *p, size_t n,
                const char *media_type)
{
    if (n > BT_MAX_IMAGE_BYTES) {
        bt_error_event(((bt_html_loader *)user)->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1,
                       "image too large: %s", src);
        return -1;
    }
    size_t len = strcspn(src, "?#"), start = len;
    while (start > 0 && src[start - 1] != '/')
        start--;
    char *name = start < len ? strndup(src + start, len - start) : NULL;
    int i = add(user, name, src, p, n, media_type);
    free(name);
    return i;
}

/* Why the file system cannot give src, or NULL when it may. */
static const char *not_a_file(const char *src)
{
    if (!strncasecmp(src, "http://", 7) || !strncasecmp(src, "https://", 8) ||
        !strncmp(src, "//", 2))
        return "remote";
    size_t scheme =
        strspn(src, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
    if (scheme > 1 && src[scheme] == ':' && strncasecmp(src, "file:", 5))
        return "unsupported address";
    return NULL;
}

int bt_html_load_image(void *user, const char *src)
{
    bt_html_loader *l = user;
    if (l->failed)
        return -1;
    if (!strncasecmp(src, "data:", 5))
        return data_uri(l, src);
    const char *why = l->opt->resolve_image ? NULL : not_a_file(src);
    if (why) {
        bt_error_event(l->err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not loaded (%s): %s", why,
                       src);
        return -1;
    }
    int i;
    if (cached(l->by_src, src, &i))
        return i;
    if (!l->opt->resolve_image)
        i = local_file(l, src);
    else if (bt_image_resolve(l->opt, src, l->input_path, take, l, l->err, &i) == BT_FAILED)
        l->failed = 1;
    cache(l->by_src, src, i);
    return i;
}

bt_status bt_html_loader_init(bt_html_loader *l, bt_document *doc, const bt_input *in,
                              const bt_options *opt, bt_error *err)
{
    *l = (bt_html_loader){.doc = doc,
                          .err = err,
                          .allowed = BT_CONFINE_INIT,
                          .any_path = opt->allow_any_path,
                          .opt = opt,
                          .input_path = in->path,
                          .by_src = xmlHashCreate(0),
                          .by_path = xmlHashCreate(0)};
    int bad = !l->by_src || !l->by_path;
    if (in->path) {
        const char *slash = strrchr(in->path, '/');
        char *dir = !slash              ? strdup(".")
                    : slash == in->path ? strdup("/")
                                        : strndup(in->path, (size_t)(slash - in->path));
        bad = bad || !dir || bt_confine_add(&l->allowed, dir) != 0;
        free(dir);
    }
    if (opt->resource_path)
        bad = bad || bt_confine_add_list(&l->allowed, opt->resource_path) != 0;
    /* standard input has no folder: it reads nothing unless told where (or anywhere) */
    if (!in->path && !opt->resource_path && l->any_path)
        bad = bad || bt_confine_add(&l->allowed, ".") != 0;
    return bad ? bt_error_set(err, BT_ERR_NOMEM, "out of memory") : BT_OK;
}

void bt_html_loader_free(bt_html_loader *l)
{
    bt_confine_free(&l->allowed);
    xmlHashFree(l->by_src, NULL);
    xmlHashFree(l->by_path, NULL);
}
