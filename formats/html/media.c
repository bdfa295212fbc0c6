#include "html.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libxml/uri.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/ustring.h>
#include <unistd.h>

#include "base64.h"
#include "error.h"
#include "icu_i18n.h"
#include "image.h"
#include "tempfile.h"
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

static char *data_uri(const bt_document *doc, int r)
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
        I18N(utrans_transUChars)(tr, u, &n, cap, 0, &limit, &st);
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

/* FNV-1a of an image's bytes: images that differ get different names, so
 * articles sharing a media directory never take each other's pictures. */
static unsigned content_hash(const void *data, size_t size)
{
    const unsigned char *p = data;
    unsigned long long h = 14695981039346656037ull;
    for (size_t i = 0; i < size; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return (unsigned)(h ^ (h >> 32));
}

/* A safe file name: lowercase ASCII letters, digits, '-' and '_', the hash
 * of the bytes, and the media type's extension. */
static void safe_name(UTransliterator *tr, const bt_document *doc, int r, bt_buf *out)
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
        bt_buf_puts(out, "image");
    size_t size;
    const void *data = bt_resource_data(doc, r, &size);
    bt_buf_printf(out, "-%08x", content_hash(data, size));
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

/* Whether path holds exactly these bytes: 1 yes, 0 nothing is there, -1
 * something else is (another file, a link, a FIFO: never replaced). */
static int holds(const char *path, const void *data, size_t size)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : -1;
    struct stat st;
    int same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == size;
    char buf[65536];
    for (size_t at = 0; same && at < size;) {
        ssize_t n = read(fd, buf, sizeof(buf));
        same = n > 0 && (size_t)n <= size - at && !memcmp(buf, (const char *)data + at, (size_t)n);
        at += n > 0 ? (size_t)n : 0;
    }
    close(fd);
    return same ? 1 : -1;
}

/* The image's bytes in a temporary file beside path. */
static bt_status write_temp(bt_temp *t, const char *path, const void *data, size_t size,
                            bt_error *err)
{
    const char *p = data;
    int failed = bt_temp_create(t, path) != 0;
    while (!failed && size) {
        ssize_t n = write(t->fd, p, size);
        failed = n < 0 && errno != EINTR;
        if (n > 0) {
            p += n;
            size -= (size_t)n;
        }
    }
    if (!failed)
        return BT_OK;
    bt_status s = bt_error_set(err, BT_ERR_IO, "cannot write %s: %s", path, strerror(errno));
    bt_temp_discard(t);
    return s;
}

typedef struct extractor {
    const bt_document *doc;
    const char *dir;  /* where files go */
    const char *href; /* the directory as the page refers to it */
    UTransliterator *tr;
} extractor;

/* Names tried for one image before giving up: "x-1a2b3c4d.jpg", then -2... */
#define MAX_NAME_TRIES 1000

/* Put the image under its name in the directory, or find it there already:
 * a file of that name with other bytes, a link or anything else is never
 * replaced nor written through; the next name is taken instead. */
static bt_status extract_one(extractor *x, int r, char **src, bt_error *err)
{
    bt_buf name = BT_BUF_INIT, path = BT_BUF_INIT;
    safe_name(x->tr, x->doc, r, &name);
    size_t size;
    const void *data = bt_resource_data(x->doc, r, &size);
    bt_temp tmp = {-1, NULL};
    bt_status st = BT_FAILED;
    if (name.failed) {
        st = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        goto done;
    }
    const char *dot = strrchr(name.data, '.');
    for (int k = 1, held;; k += held != 0) {
        bt_buf_truncate(&path, 0);
        bt_buf_printf(&path, "%s/%.*s", x->dir, (int)(dot - name.data), name.data);
        if (k > 1)
            bt_buf_printf(&path, "-%d", k);
        bt_buf_puts(&path, dot);
        if (path.failed) {
            st = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
            goto done;
        }
        if (k > MAX_NAME_TRIES) {
            st = bt_error_set(err, BT_ERR_IO, "cannot write %s: no free name", path.data);
            goto done;
        }
        held = holds(path.data, data, size);
        if (held == 1)
            break;
        if (held < 0)
            continue;
        if (!tmp.path && write_temp(&tmp, path.data, data, size, err) != BT_OK)
            goto done;
        if (bt_temp_publish(&tmp, path.data, 0) == 0)
            break;
        if (errno != EEXIST) {
            st = bt_error_set(err, BT_ERR_IO, "cannot write %s: %s", path.data, strerror(errno));
            goto done;
        }
        /* the name was taken meanwhile (another article of the batch): look again */
    }
    const char *file = path.data + strlen(x->dir) + 1;
    *src = malloc(strlen(x->href) + strlen(file) + 1);
    if (*src)
        sprintf(*src, "%s%s", x->href, file);
    st = *src ? BT_OK : bt_error_set(err, BT_ERR_NOMEM, "out of memory");
done:
    bt_temp_discard(&tmp);
    bt_buf_free(&name);
    bt_buf_free(&path);
    return st;
}

static bt_status extract(bt_html_media *m, const unsigned char *used, const bt_document *doc,
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
    /* (without ICU's transliterator, names keep their letters as they are) */
    extractor x = {doc, dir, href, NULL};
    if (bt_icu_i18n_load() == 0)
        x.tr = I18N(utrans_openU)(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
    if (U_FAILURE(st))
        x.tr = NULL;
    bt_status s = BT_OK;
    for (size_t r = 0; r < m->n && s == BT_OK; r++)
        if (used[r])
            s = extract_one(&x, (int)r, &m->src[r], err);
    if (x.tr)
        I18N(utrans_close)(x.tr);
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

static bt_status prepare(bt_html_media *m, const unsigned char *used, const bt_document *doc,
                         const bt_output *out, const bt_options *opt, bt_error *err)
{
    if (bt_html_media_embedded(out, opt)) {
        for (size_t r = 0; r < m->n; r++)
            if (used[r] && !(m->src[r] = data_uri(doc, (int)r)))
                return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        return BT_OK;
    }
    const char *chosen = bt_option(opt, "html", "extract-media");
    int own = !chosen || !*chosen;
    char *dir = own ? default_dir(out->path) : NULL;
    if (own && !dir)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_status s = extract(m, used, doc, own ? dir : chosen, out->path, err);
    free(dir);
    return s;
}

bt_status bt_html_media_prepare(bt_html_media *m, const bt_document *doc, const bt_output *out,
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

int bt_html_media_embedded(const bt_output *out, const bt_options *opt)
{
    return bt_option(opt, "html", "embed-media") || !out->path;
}

void bt_html_media_free(bt_html_media *m)
{
    for (size_t r = 0; r < m->n; r++)
        free(m->src[r]);
    free(m->src);
    m->src = NULL;
    m->n = 0;
}
