/* Figures from (X)HTML: which address an image really has (lazy loading),
 * and the photo credit at the end of a caption. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
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

static int empty_leaf(const bt_node *n)
{
    if (n->type == BT_NODE_TEXT || n->type == BT_NODE_CODE)
        return !n->literal || !*n->literal;
    return n->type != BT_NODE_BREAK && !n->first;
}

void bt_xhtml_truncate(bt_document *doc, bt_node *root, size_t len)
{
    size_t pos = 0;
    bt_node *n = root->first;
    while (n) {
        size_t here = n->type == BT_NODE_BREAK                               ? 1
                      : (n->type == BT_NODE_TEXT || n->type == BT_NODE_CODE) ? strlen(n->literal)
                                                                             : 0;
        if (here && pos + here > len) {
            /* cut here, then drop everything after n, up to root */
            for (bt_node *a = n; a != root; a = a->parent)
                while (a->next)
                    bt_node_unlink(a->next);
            if (n->type == BT_NODE_BREAK || len == pos)
                bt_node_unlink(n);
            else
                n->literal = bt_arena_strndup(doc, n->literal, len - pos);
            break;
        }
        pos += here;
        if (n->first) {
            n = n->first;
            continue;
        }
        while (n != root && !n->next)
            n = n->parent;
        n = n == root ? NULL : n->next;
    }
    /* inline elements the cut left empty */
    bt_node *l;
    while ((l = root->last)) {
        while (l->last)
            l = l->last;
        if (!empty_leaf(l))
            break;
        bt_node_unlink(l);
    }
}

/* Where a credit starts may follow these: the start, a space, "(", "." */
static int credit_boundary(const char *text, size_t pos)
{
    if (pos == 0)
        return 1;
    char c = text[pos - 1];
    return c == ' ' || c == '(' || c == '.' || c == '-' || c == '|' || c == ',' ||
           (pos >= 3 && !strncmp(text + pos - 3, "\xE2\x80", 2));
}

static int separator_at_end(const char *text, size_t keep, size_t *width)
{
    char c = text[keep - 1];
    *width = 1;
    if (c == ' ' || c == '-' || c == '|' || c == ',' || c == '(' || c == ':')
        return 1;
    /* – and — */
    *width = 3;
    return keep >= 3 && !strncmp(text + keep - 3, "\xE2\x80", 2) &&
           (text[keep - 1] == '\x93' || text[keep - 1] == '\x94');
}

/* Where text ends without the separators and spaces at its end. */
static size_t without_separators(const char *text, size_t keep)
{
    size_t w;
    while (keep > 0 && separator_at_end(text, keep, &w))
        keep -= w;
    return keep;
}

void bt_xhtml_trim_separator(bt_document *doc, bt_node *cap)
{
    const char *text = bt_node_text(doc, cap);
    size_t len = text ? strlen(text) : 0, keep = text ? without_separators(text, len) : 0;
    if (keep < len)
        bt_xhtml_truncate(doc, cap, keep);
}

void bt_xhtml_split_credit(bt_document *doc, bt_node *fig)
{
    static const char *const markers[] = {
        "Ảnh:",        "Ảnh :",     "Ảnh minh họa",      "Ảnh minh hoạ",
        "Ảnh tư liệu", "Ảnh do ",   "Ảnh chụp màn hình", "Photo:",
        "Photo :",     "Photo by ", "Photograph:",       "Credit:",
        "Nguồn:",      "Nguồn :",   "Source:",           "Foto:",
        NULL,
    };
    bt_node *cap = bt_node_figure_caption(fig);
    const char *text = cap ? bt_node_text(doc, cap) : NULL;
    if (!text)
        return;
    size_t len = strlen(text), at = len;
    for (const char *const *m = markers; *m; m++) {
        size_t ml = strlen(*m);
        for (size_t pos = 0; pos + ml <= len; pos++)
            if (!strncasecmp(text + pos, *m, ml) && credit_boundary(text, pos) &&
                (at == len || pos > at))
                at = pos;
    }
    /* "Image Credit:", "Photo credit:": the word naming the picture is the label's */
    static const char *const pictures[] = {"Image ", "Photo ", "Picture ", NULL};
    for (const char *const *w = pictures; at < len && *w; w++) {
        size_t wl = strlen(*w);
        if (!strncasecmp(text + at, "Credit:", 7) && at >= wl &&
            !strncasecmp(text + at - wl, *w, wl) && credit_boundary(text, at - wl)) {
            at -= wl;
            break;
        }
    }
    if (at == len || len - at > 160)
        return;
    size_t end = len;
    while (end > at && text[end - 1] == ' ')
        end--;
    /* "(Ảnh: X)" and "(Ảnh: X)." lose their parenthesis */
    if (at > 0 && text[at - 1] == '(' && end > at + 1 && text[end - 1] == '.' &&
        text[end - 2] == ')')
        end--;
    if (at > 0 && text[at - 1] == '(' && end > at && text[end - 1] == ')')
        end--;
    size_t keep = without_separators(text, at);
    bt_node *credit = bt_node_new(doc, BT_NODE_CREDIT);
    if (!credit || bt_node_append_text(doc, credit, text + at, end - at) != BT_OK)
        return;
    bt_xhtml_truncate(doc, cap, keep);
    bt_node_append(fig, credit);
    bt_xhtml_credit_label(doc, credit);
}

/* The first leaf below n, n itself when it has no children. */
static bt_node *first_leaf(bt_node *n)
{
    while (n->first)
        n = n->first;
    return n;
}

void bt_xhtml_drop_prefix(bt_document *doc, bt_node *root, size_t len)
{
    bt_node *l;
    while (len && (l = first_leaf(root)) != root) {
        size_t here = l->type == BT_NODE_BREAK                               ? 1
                      : (l->type == BT_NODE_TEXT || l->type == BT_NODE_CODE) ? strlen(l->literal)
                                                                             : 0;
        if (here > len) {
            l->literal = bt_arena_strndup(doc, l->literal + len, here - len);
            return;
        }
        len -= here;
        /* the leaf goes, and the inline elements it leaves empty */
        bt_node *p = l->parent;
        bt_node_unlink(l);
        while (p != root && !p->first) {
            bt_node *up = p->parent;
            bt_node_unlink(p);
            p = up;
        }
    }
}

void bt_xhtml_credit_label(bt_document *doc, bt_node *credit)
{
    static const char *const labels[] = {"Ảnh",          "Photo",        "Photograph",     "Foto",
                                         "Nguồn",        "Source",       "Credit",         "Hình",
                                         "Image credit", "Photo credit", "Picture credit", NULL};
    const char *text = bt_node_text(doc, credit);
    if (!text)
        return;
    size_t start = strspn(text, " ");
    for (const char *const *l = labels; *l; l++) {
        size_t ll = strlen(*l), end = start + ll;
        if (strncasecmp(text + start, *l, ll))
            continue;
        end += strspn(text + end, " ");
        if (text[end] != ':')
            continue;
        end += 1 + strspn(text + end + 1, " ");
        if (!text[end])
            return; /* a label without a name is the name */
        const char *label = bt_arena_strndup(doc, text + start, ll);
        if (label && bt_node_set_label(doc, credit, label) == BT_OK)
            bt_xhtml_drop_prefix(doc, credit, end);
        return;
    }
}

void bt_xhtml_unparen(bt_document *doc, bt_node *n)
{
    const char *text = bt_node_text(doc, n);
    if (!text)
        return;
    size_t len = strlen(text);
    while (len && text[len - 1] == ' ')
        len--;
    while (len && *text == ' ')
        text++, len--;
    if (len < 2 || text[0] != '(' || text[len - 1] != ')')
        return;
    while (n->first)
        bt_node_unlink(n->first);
    bt_node_append_text(doc, n, text + 1, len - 2);
}
