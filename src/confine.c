#include "confine.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

int bt_confine_add(bt_confine *c, const char *folder)
{
    char *real = realpath(folder, NULL);
    if (!real)
        return 0;
    char **v = realloc(c->root, (c->n + 1) * sizeof(*v));
    if (!v) {
        free(real);
        return -1;
    }
    c->root = v;
    c->root[c->n++] = real;
    return 0;
}

int bt_confine_add_list(bt_confine *c, const char *list)
{
    for (const char *p = list;; p++) {
        size_t len = strcspn(p, ":");
        char *one = len ? strndup(p, len) : NULL;
        if (len && (!one || bt_confine_add(c, one) != 0)) {
            free(one);
            return -1;
        }
        free(one);
        p += len;
        if (!*p)
            return 0;
    }
}

void bt_confine_free(bt_confine *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->root[i]);
    free(c->root);
    c->root = NULL;
    c->n = 0;
}

/* The allowed folder that p[0..len) is in or is, or NULL. */
static const char *root_of(const bt_confine *c, const char *p, size_t len)
{
    for (size_t i = 0; i < c->n; i++) {
        const char *r = c->root[i];
        size_t rl = strlen(r);
        if (rl == 1 || (len >= rl && !memcmp(p, r, rl) && (len == rl || p[rl] == '/')))
            return r;
    }
    return NULL;
}

/* Drop the last component of a canonical path ("/a/b" -> "/a" -> "/"). */
static void pop(bt_buf *cur)
{
    char *slash = strrchr(cur->data, '/');
    bt_buf_truncate(cur, slash == cur->data ? 1 : (size_t)(slash - cur->data));
}

/* What a link at cur (whose target is t) leaves to resolve: cur becomes the
 * folder a relative target starts from, or an allowed folder an absolute
 * target is in; rest gets the target before what was left of it.  0 when the
 * target leads out of every folder. */
static int follow(const bt_confine *c, bt_buf *cur, const char *t, bt_buf *rest, size_t pos)
{
    bt_buf spliced = BT_BUF_INIT;
    pop(cur);
    if (t[0] == '/') {
        const char *r = root_of(c, t, strlen(t));
        if (!r)
            return 0;
        size_t rl = strlen(r) == 1 ? 0 : strlen(r);
        bt_buf_truncate(cur, 0);
        bt_buf_puts(cur, r);
        t += rl;
    }
    bt_buf_puts(&spliced, t);
    if (rest->data[pos])
        bt_buf_puts(&spliced, rest->data + pos);
    bt_buf_free(rest);
    *rest = spliced;
    return 1;
}

/* Resolve name from the allowed folder root, a component at a time, each
 * looked at only once its parent is known to be inside. */
static bt_confine_result walk(const bt_confine *c, const char *root, const char *name, char **real)
{
    bt_buf cur = BT_BUF_INIT, rest = BT_BUF_INIT;
    bt_buf_puts(&cur, root);
    bt_buf_puts(&rest, name);
    size_t pos = 0;
    int links = 0;
    bt_confine_result res = BT_CONFINE_MISSING;
    struct stat st;
    for (;;) {
        if (cur.failed || rest.failed) {
            res = BT_CONFINE_NOMEM;
            break;
        }
        while (rest.data[pos] == '/')
            pos++;
        if (!rest.data[pos]) {
            if (lstat(cur.data, &st) == 0 && S_ISREG(st.st_mode))
                res = BT_CONFINE_INSIDE;
            break;
        }
        const char *part = rest.data + pos;
        size_t len = strcspn(part, "/");
        pos += len;
        if (len == 1 && part[0] == '.')
            continue;
        if (len == 2 && part[0] == '.' && part[1] == '.') {
            pop(&cur);
            if (root_of(c, cur.data, cur.len))
                continue;
            res = BT_CONFINE_OUTSIDE;
            break;
        }
        if (cur.len > 1)
            bt_buf_putc(&cur, '/');
        bt_buf_put(&cur, part, len);
        if (cur.failed)
            continue; /* said above */
        if (lstat(cur.data, &st) != 0 ||
            (!S_ISDIR(st.st_mode) && !S_ISLNK(st.st_mode) && rest.data[pos]))
            break; /* missing, or a file where a folder should be */
        if (!S_ISLNK(st.st_mode))
            continue;
        char target[PATH_MAX];
        ssize_t n =
            ++links <= BT_CONFINE_MAX_LINKS ? readlink(cur.data, target, sizeof(target) - 1) : -1;
        if (n <= 0)
            break;
        target[n] = '\0';
        if (!follow(c, &cur, target, &rest, pos)) {
            res = BT_CONFINE_OUTSIDE;
            break;
        }
        pos = 0;
    }
    *real = res == BT_CONFINE_INSIDE ? strdup(cur.data) : NULL;
    if (res == BT_CONFINE_INSIDE && !*real)
        res = BT_CONFINE_NOMEM;
    bt_buf_free(&cur);
    bt_buf_free(&rest);
    return res;
}

bt_confine_result bt_confine_resolve(const bt_confine *c, const char *name, char **real)
{
    *real = NULL;
    /* longer than the system resolves: no file has that name */
    if (strlen(name) >= PATH_MAX)
        return c->n ? BT_CONFINE_MISSING : BT_CONFINE_OUTSIDE;
    bt_confine_result res = BT_CONFINE_OUTSIDE;
    for (size_t i = 0; i < c->n; i++) {
        bt_confine_result r = walk(c, c->root[i], name, real);
        if (r == BT_CONFINE_INSIDE || r == BT_CONFINE_NOMEM)
            return r;
        if (r == BT_CONFINE_MISSING)
            res = r;
    }
    return res;
}
