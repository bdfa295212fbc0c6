/* Figures from (X)HTML: which address an image really has (lazy
 * loading). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xhtml_read.h"

static char *prop(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    const char *s = (const char *)v;
    size_t len = strlen(s);
    while (len && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++, len--;
    while (len &&
           (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r'))
        len--;
    char *copy = len ? strndup(s, len) : NULL;
    xmlFree(v);
    return copy;
}

/* The candidate of a srcset with the largest width or density. */
static char *largest(const xmlNode *n, const char *name)
{
    char *set = prop(n, name);
    if (!set)
        return NULL;
    char *best = NULL;
    double best_size = -1;
    char *p = set;
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == '\n' || *p == '\t')
            p++;
        if (!*p)
            break;
        char *url = p;
        while (*p && *p != ' ' && *p != '\n' && *p != '\t')
            p++;
        char *url_end = p;
        if (url_end > url && url_end[-1] == ',' && !*p)
            url_end--;
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        double size = strtod(p, NULL);
        while (*p && *p != ',')
            p++;
        if (url_end > url && url_end[-1] == ',')
            url_end--, size = 0;
        if (size > best_size) {
            free(best);
            best = strndup(url, (size_t)(url_end - url));
            best_size = size;
        }
    }
    free(set);
    return best;
}

static int contains_ci(const char *s, const char *word)
{
    size_t wl = strlen(word);
    for (; *s; s++)
        if (!strncasecmp(s, word, wl))
            return 1;
    return 0;
}

/* A src that lazy-loading pages put before the script swaps in the image. */
static int placeholder(const char *src)
{
    static const char *const words[] = {".gif", "blank",   "placeholder", "spacer", "pixel",
                                        "lazy", "loading", "transparent", NULL};
    if (!strncasecmp(src, "data:", 5))
        return 1;
    for (const char *const *w = words; *w; w++)
        if (contains_ci(src, *w))
            return 1;
    return 0;
}

/* The image a <noscript> after img holds: the copy a lazy-loading page
 * shows without its script, next to img or to the wrapper img alone fills. */
static const xmlNode *noscript_copy(const xmlNode *img)
{
    const xmlNode *k = img->next;
    while (k && k->type != XML_ELEMENT_NODE)
        k = k->next;
    if (!k && img->parent && !bt_xhtml_is(img->parent, "noscript") &&
        !bt_xhtml_words(img->parent, 1))
        return noscript_copy(img->parent);
    if (!bt_xhtml_is(k, "noscript"))
        return NULL;
    for (const xmlNode *i = k->children; i; i = bt_xhtml_next(i, k, 0))
        if (bt_xhtml_is(i, "img"))
            return i;
    return NULL;
}

char *bt_xhtml_img_src(const xmlNode *img)
{
    static const char *const lazy_attrs[] = {"data-src",  "data-original", "data-lazy-src",
                                             "data-lazy", "data-url",      NULL};
    char *lazy = NULL;
    for (const char *const *a = lazy_attrs; *a && !lazy; a++)
        lazy = prop(img, *a);
    if (!lazy)
        lazy = largest(img, "data-srcset");
    char *src = prop(img, "src");
    if (!lazy && (!src || placeholder(src)))
        lazy = largest(img, "srcset");
    const xmlNode *copy = lazy || (src && !placeholder(src)) ? NULL : noscript_copy(img);
    if (copy)
        lazy = bt_xhtml_img_src(copy);
    if (lazy && (!src || placeholder(src))) {
        free(src);
        return lazy;
    }
    free(lazy);
    return src;
}
