#include "media.h"

#include <ctype.h>
#include <errno.h>
#include <libxml/hash.h>
#include <libxml/uri.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unistd.h>

#include "base64.h"
#include "error.h"
#include "image.h"
#include "unicode.h"

/* Characters of a file name kept from the original. */
#define BT_MEDIA_NAME_MAX 64

typedef struct usage {
    unsigned char *used; /* per resource */
    size_t n;
} usage;

static int mark_used(bt_node *n, int entering, void *user)
{
    usage *u = user;
    if (entering && n->type == BT_NODE_FIGURE && n->resource >= 0 && (size_t)n->resource < u->n)
        u->used[n->resource] = 1;
    return 0;
}

static char *data_uri(bt_document *doc, int r)
{
    size_t size;
    const void *data = bt_resource_data(doc, r, &size);
    bt_buf b = BT_BUF_INIT;
    bt_buf_printf(&b, "data:%s;base64,", bt_resource_media_type(doc, r));
    bt_base64_encode(&b, data, size);
    if (b.failed) {
        bt_buf_free(&b);
        return NULL;
    }
    return b.data;
}

/* ---- file names ---- */

/* Vietnamese names ("ảnh-hội-nghị.jpg") keep their letters, unaccented. */
static void to_ascii(UTransliterator *tr, const char *s, bt_buf *out)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(NULL, 0, &n, s, -1, &st);
    int32_t cap = n * 4 + 16;
    UChar *u = tr ? malloc((size_t)cap * sizeof(UChar)) : NULL;
    st = U_ZERO_ERROR;
    if (u)
        u_strFromUTF8(u, cap, NULL, s, -1, &st);
    int32_t limit = n;
    if (u && U_SUCCESS(st))
        utrans_transUChars(tr, u, &n, cap, 0, &limit, &st);
    if (!u || U_FAILURE(st)) {
        bt_buf_puts(out, s);
    } else {
        int32_t need = 0;
        st = U_ZERO_ERROR;
        u_strToUTF8(NULL, 0, &need, u, n, &st);
        char *dst = bt_buf_extend(out, (size_t)need);
        st = U_ZERO_ERROR;
        if (dst)
            u_strToUTF8(dst, need, NULL, u, n, &st);
    }
    free(u);
}

/* The last path segment of a name or URL, without query or fragment,
 * percent-decoded when that gives UTF-8. */
static char *base_name(const char *name)
{
    size_t len = strcspn(name, "?#");
    const char *b = name;
    for (size_t i = 0; i < len; i++)
        if (name[i] == '/' || name[i] == '\\')
            b = name + i + 1;
    len -= (size_t)(b - name);
    char *raw = strndup(b, len);
    char *dec = raw ? xmlURIUnescapeString(raw, (int)len, NULL) : NULL;
    if (dec && bt_utf8_invalid_at(dec, strlen(dec)) == strlen(dec)) {
        free(raw);
        return dec;
    }
    free(dec);
    return raw;
}

/* A safe file name: lowercase ASCII letters, digits, '-' and '_', and the
 * media type's extension. */
static void safe_name(UTransliterator *tr, bt_document *doc, int r, bt_buf *out)
{
    const char *name = bt_resource_name(doc, r);
    char *base = base_name(name ? name : "");
    bt_buf ascii = BT_BUF_INIT;
    if (base)
        to_ascii(tr, base, &ascii);
    free(base);
    const char *s = ascii.data ? ascii.data : "";
    const char *dot = strrchr(s, '.');
    size_t stem = dot ? (size_t)(dot - s) : strlen(s), start = out->len;
    int hyphen = 0;
    for (size_t i = 0; i < stem && out->len - start < BT_MEDIA_NAME_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '_') {
            if (hyphen)
                bt_buf_putc(out, '-');
            bt_buf_putc(out, (char)tolower(c));
            hyphen = 0;
        } else {
            hyphen = out->len > start;
        }
    }
    if (out->len == start)
        bt_buf_printf(out, "image-%d", r + 1);
    const char *ext = bt_image_extension(bt_resource_media_type(doc, r));
    if (!strcmp(ext, "bin") && dot && dot[1] && strlen(dot + 1) <= 5 &&
        strspn(dot + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") ==
            strlen(dot + 1))
        ext = dot + 1;
    bt_buf_putc(out, '.');
    for (; *ext; ext++)
        bt_buf_putc(out, (char)tolower((unsigned char)*ext));
    bt_buf_free(&ascii);
}

/* Make name unique among taken: "x.jpg", "x-2.jpg", "x-3.jpg"... */
static int unique_name(xmlHashTablePtr taken, bt_buf *name)
{
    if (xmlHashLookup(taken, (const xmlChar *)name->data)) {
        const char *dot = strrchr(name->data, '.');
        char *stem = strndup(name->data, (size_t)(dot - name->data)), *ext = strdup(dot);
        for (int k = 2; stem && ext; k++) {
            bt_buf_truncate(name, 0);
            bt_buf_printf(name, "%s-%d%s", stem, k, ext);
            if (!xmlHashLookup(taken, (const xmlChar *)name->data))
                break;
        }
        int ok = stem && ext;
        free(stem);
        free(ext);
        if (!ok)
            return -1;
    }
    return xmlHashAddEntry(taken, (const xmlChar *)name->data, (void *)taken);
}

/* ---- directories ---- */

static bt_status make_dirs(const char *dir, bt_error *err)
{
    char *p = strdup(dir);
    if (!p)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    for (char *s = p + 1;; s++) {
        if (*s != '/' && *s)
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            bt_status st =
                bt_error_set(err, BT_ERR_IO, "cannot create directory %s: %s", p, strerror(errno));
            free(p);
            return st;
        }
        *s = c;
        if (!c)
            break;
    }
    free(p);
    struct stat sb;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
        return bt_error_set(err, BT_ERR_IO, "cannot create directory %s: not a directory", dir);
    return BT_OK;
}

/* The directory part of path ("." when none); malloc'd. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    return slash == path ? strdup("/") : strndup(path, (size_t)(slash - path));
}

/* The relative reference from one canonical directory to another, "" when
 * they are the same, percent-encoded; malloc'd. */
static char *relative(const char *from, const char *to)
{
    size_t common = 0;
    for (size_t i = 0;; i++) {
        int end_a = from[i] == '/' || !from[i], end_b = to[i] == '/' || !to[i];
        if (end_a && end_b) {
            common = i;
            if (!from[i] || !to[i])
                break;
        } else if (from[i] != to[i]) {
            break;
        }
    }
    bt_buf b = BT_BUF_INIT;
    for (const char *p = from + common; *p; p++)
        if (*p == '/' && p[1] && p[1] != '/')
            bt_buf_puts(&b, "../");
    const char *rest = to + common;
    while (*rest == '/')
        rest++;
    bt_buf_puts(&b, rest);
    if (b.len && b.data[b.len - 1] != '/')
        bt_buf_putc(&b, '/');
    xmlChar *esc = xmlURIEscapeStr((const xmlChar *)(b.data ? b.data : ""), (const xmlChar *)"/");
    bt_buf_free(&b);
    char *s = esc ? strdup((const char *)esc) : NULL;
    xmlFree(esc);
    return s;
}

static bt_status write_file(const char *path, const void *data, size_t size, bt_error *err)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return bt_error_set(err, BT_ERR_IO, "cannot write %s: %s", path, strerror(errno));
    int bad = size && fwrite(data, 1, size, f) != size;
    int saved = errno;
    if (fclose(f) != 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    if (bad) {
        unlink(path);
        return bt_error_set(err, BT_ERR_IO, "cannot write %s: %s", path, strerror(saved));
    }
    return BT_OK;
}

typedef struct extractor {
    bt_document *doc;
    const char *dir;  /* where files go */
    const char *href; /* the directory as the page refers to it */
    UTransliterator *tr;
    xmlHashTablePtr taken;
} extractor;

static bt_status extract_one(extractor *x, int r, char **src, bt_error *err)
{
    bt_buf name = BT_BUF_INIT, path = BT_BUF_INIT;
    safe_name(x->tr, x->doc, r, &name);
    bt_status st = BT_FAILED;
    if (name.failed || unique_name(x->taken, &name) != 0) {
        st = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        goto done;
    }
    bt_buf_printf(&path, "%s/%s", x->dir, name.data);
    size_t size;
    const void *data = bt_resource_data(x->doc, r, &size);
    if (path.failed || write_file(path.data, data, size, err) != BT_OK)
        goto done;
    bt_buf_truncate(&path, 0);
    bt_buf_printf(&path, "%s%s", x->href, name.data);
    *src = path.failed ? NULL : strdup(path.data);
    st = *src ? BT_OK : bt_error_set(err, BT_ERR_NOMEM, "out of memory");
done:
    bt_buf_free(&name);
    bt_buf_free(&path);
    return st;
}

static bt_status extract(bt_html_media *m, const unsigned char *used, bt_document *doc,
                         const char *dir, const char *page, bt_error *err)
{
    if (make_dirs(dir, err) != BT_OK)
        return BT_FAILED;
    char *page_dir = dir_of(page);
    char *from = page_dir ? realpath(page_dir, NULL) : NULL;
    char *to = realpath(dir, NULL);
    char *href = from && to ? relative(from, to) : NULL;
    free(page_dir);
    free(from);
    free(to);
    if (!href)
        return bt_error_set(err, BT_ERR_IO, "cannot find the way from %s to %s", page, dir);
    UErrorCode st = U_ZERO_ERROR;
    UChar id[16];
    u_uastrcpy(id, "Latin-ASCII");
    extractor x = {doc, dir, href, utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st),
                   xmlHashCreate(0)};
    if (U_FAILURE(st))
        x.tr = NULL;
    bt_status s = x.taken ? BT_OK : bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    for (size_t r = 0; r < m->n && s == BT_OK; r++)
        if (used[r])
            s = extract_one(&x, (int)r, &m->src[r], err);
    if (x.tr)
        utrans_close(x.tr);
    xmlHashFree(x.taken, NULL);
    free(href);
    return s;
}

/* "<stem>_files" beside path; malloc'd. */
static char *default_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot > base ? (size_t)(dot - path) : strlen(path);
    bt_buf b = BT_BUF_INIT;
    bt_buf_printf(&b, "%.*s_files", (int)stem, path);
    if (b.failed)
        bt_buf_free(&b);
    return b.data;
}

static bt_status prepare(bt_html_media *m, const unsigned char *used, bt_document *doc,
                         const bt_output *out, const bt_options *opt, bt_error *err)
{
    if (opt->embed_media || !out->path) {
        for (size_t r = 0; r < m->n; r++)
            if (used[r] && !(m->src[r] = data_uri(doc, (int)r)))
                return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        return BT_OK;
    }
    int own = !opt->extract_media || !*opt->extract_media;
    char *dir = own ? default_dir(out->path) : NULL;
    if (own && !dir)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_status s = extract(m, used, doc, own ? dir : opt->extract_media, out->path, err);
    free(dir);
    return s;
}

bt_status bt_html_media_prepare(bt_html_media *m, bt_document *doc, const bt_output *out,
                                const bt_options *opt, bt_error *err)
{
    m->n = bt_document_resource_count(doc);
    m->src = calloc(m->n ? m->n : 1, sizeof(*m->src));
    usage u = {calloc(m->n ? m->n : 1, 1), m->n};
    if (!m->src || !u.used) {
        free(u.used);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    bt_node_walk(doc->body, mark_used, &u);
    int any = memchr(u.used, 1, m->n) != NULL;
    bt_status s = any ? prepare(m, u.used, doc, out, opt, err) : BT_OK;
    free(u.used);
    return s;
}

void bt_html_media_free(bt_html_media *m)
{
    for (size_t r = 0; r < m->n; r++)
        free(m->src[r]);
    free(m->src);
    m->src = NULL;
    m->n = 0;
}
