/* Paths inside the container: hrefs resolved against the file that holds
 * them, the way a reading system does, and never above the container root. */
#include <libxml/uri.h>
#include <stdlib.h>
#include <string.h>

#include "epub.h"

/* Whether href starts with a URL scheme ("http:", "data:"). */
static int has_scheme(const char *href)
{
    const char *p = href;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
           (p > href && ((*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.')))
        p++;
    return p > href && *p == ':';
}

/* Append segment s[0..len) to the path in out (of length *n), applying
 * "." and ".."; 0 when ".." would climb above the root. */
static int push_segment(char *out, size_t *n, const char *s, size_t len)
{
    if (len == 0 || (len == 1 && s[0] == '.'))
        return 1;
    if (len == 2 && s[0] == '.' && s[1] == '.') {
        if (*n == 0)
            return 0;
        while (*n > 0 && out[*n - 1] != '/')
            (*n)--;
        if (*n > 0)
            (*n)--;
        return 1;
    }
    if (*n)
        out[(*n)++] = '/';
    memcpy(out + *n, s, len);
    *n += len;
    return 1;
}

/* Push every segment of p[0..len) onto out. */
static int push_path(char *out, size_t *n, const char *p, size_t len)
{
    const char *end = p + len;
    while (p < end) {
        const char *slash = memchr(p, '/', (size_t)(end - p));
        const char *e = slash ? slash : end;
        if (!push_segment(out, n, p, (size_t)(e - p)))
            return 0;
        p = e + (slash != NULL);
    }
    return 1;
}

char *epub_resolve(const char *base, const char *href)
{
    if (!href || has_scheme(href))
        return NULL;
    size_t hlen = strcspn(href, "#?");
    if (!hlen)
        return NULL;
    char *rel = xmlURIUnescapeString(href, (int)hlen, NULL);
    if (!rel)
        return NULL;
    size_t rlen = strlen(rel);
    const char *slash = base ? strrchr(base, '/') : NULL;
    size_t blen = rel[0] == '/' || !slash ? 0 : (size_t)(slash - base);
    char *out = malloc(blen + rlen + 2);
    size_t n = 0;
    int ok =
        out && (!blen || push_path(out, &n, base, blen)) && push_path(out, &n, rel, rlen) && n > 0;
    xmlFree(rel);
    if (!ok) {
        free(out);
        return NULL;
    }
    out[n] = '\0';
    return out;
}
