/* JSON-LD article metadata.  No JSON library is among our dependencies, so a
 * small tolerant parser builds a bounded tree (trailing commas and raw
 * newlines in strings are accepted; a syntax error keeps what was read). */
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "textdate.h"

enum { J_OBJECT, J_ARRAY, J_STRING, J_OTHER };

typedef struct {
    int type;
    int key;   /* offset of the member name in strs, or -1 */
    int str;   /* J_STRING: offset of the value in strs */
    int first; /* first child, or -1 */
    int next;  /* next sibling, or -1 */
} jnode;

#define J_MAX_NODES 20000
#define J_MAX_DEPTH 64

typedef struct {
    const char *p, *end;
    jnode *nodes;
    int n;
    bt_buf strs;
    int bad;
} jparser;

static void skip_ws(jparser *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

static int hex4(const char *p, const char *end, unsigned *v)
{
    *v = 0;
    if (end - p < 4)
        return 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                            : 16u;
        if (d == 16)
            return 0;
        *v = *v << 4 | d;
    }
    return 1;
}

static void put_utf8(bt_buf *b, unsigned cp)
{
    char s[4];
    int n;
    if (cp < 0x80) {
        s[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | cp >> 6), s[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | cp >> 12), s[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        s[0] = (char)(0xF0 | cp >> 18), s[1] = (char)(0x80 | (cp >> 12 & 0x3F));
        s[2] = (char)(0x80 | (cp >> 6 & 0x3F)), s[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    bt_buf_put(b, s, (size_t)n);
}

/* A string at j->p (past its quote) into strs; its offset, or -1. */
static int string(jparser *j)
{
    int off = (int)j->strs.len;
    while (j->p < j->end && *j->p != '"') {
        char c = *j->p++;
        if (c != '\\') {
            bt_buf_putc(&j->strs, c);
            continue;
        }
        if (j->p == j->end)
            break;
        c = *j->p++;
        unsigned cp;
        switch (c) {
        case 'n': bt_buf_putc(&j->strs, '\n'); break;
        case 't': bt_buf_putc(&j->strs, '\t'); break;
        case 'r': bt_buf_putc(&j->strs, '\r'); break;
        case 'b':
        case 'f': bt_buf_putc(&j->strs, ' '); break;
        case 'u':
            if (!hex4(j->p, j->end, &cp))
                break;
            j->p += 4;
            if (cp >= 0xD800 && cp < 0xDC00) {
                unsigned lo;
                if (j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u' &&
                    hex4(j->p + 2, j->end, &lo) && lo >= 0xDC00 && lo < 0xE000) {
                    j->p += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                cp = 0xFFFD;
            }
            put_utf8(&j->strs, cp ? cp : 0xFFFD);
            break;
        default: bt_buf_putc(&j->strs, c); break;
        }
    }
    if (j->p < j->end)
        j->p++;
    else
        j->bad = 1;
    bt_buf_putc(&j->strs, '\0');
    return j->strs.failed ? -1 : off;
}

static int new_node(jparser *j, int type, int key)
{
    if (j->n == J_MAX_NODES) {
        j->bad = 1;
        return -1;
    }
    jnode *n = &j->nodes[j->n];
    *n = (jnode){type, key, -1, -1, -1};
    return j->n++;
}

static int value(jparser *j, int key, int depth);

/* The members of an object or the elements of an array, as children. */
static void members(jparser *j, int parent, int object, int depth)
{
    int last = -1;
    char close = object ? '}' : ']';
    for (;;) {
        skip_ws(j);
        if (j->p >= j->end) {
            j->bad = 1;
            return;
        }
        if (*j->p == close) {
            j->p++;
            return;
        }
        if (*j->p == ',') {
            j->p++;
            continue;
        }
        int key = -1;
        if (object) {
            if (*j->p != '"') {
                j->bad = 1;
                return;
            }
            j->p++;
            key = string(j);
            skip_ws(j);
            if (j->p >= j->end || *j->p != ':') {
                j->bad = 1;
                return;
            }
            j->p++;
        }
        int v = value(j, key, depth + 1);
        if (v < 0)
            return;
        if (last < 0)
            j->nodes[parent].first = v;
        else
            j->nodes[last].next = v;
        last = v;
    }
}

static int value(jparser *j, int key, int depth)
{
    skip_ws(j);
    if (j->p >= j->end || depth > J_MAX_DEPTH || j->bad) {
        j->bad = 1;
        return -1;
    }
    char c = *j->p;
    if (c == '{' || c == '[') {
        j->p++;
        int n = new_node(j, c == '{' ? J_OBJECT : J_ARRAY, key);
        if (n >= 0)
            members(j, n, c == '{', depth);
        return n;
    }
    if (c == '"') {
        j->p++;
        int n = new_node(j, J_STRING, key);
        if (n >= 0)
            j->nodes[n].str = string(j);
        return n;
    }
    /* numbers, true, false, null: read over, not needed */
    const char *start = j->p;
    while (j->p < j->end && *j->p != ',' && *j->p != '}' && *j->p != ']' && *j->p != ' ' &&
           *j->p != '\n' && *j->p != '\r' && *j->p != '\t')
        j->p++;
    if (j->p == start) {
        j->bad = 1;
        return -1;
    }
    return new_node(j, J_OTHER, key);
}

/* ---- the article objects ---- */

static const char *str(const jparser *j, int off) { return off >= 0 ? j->strs.data + off : NULL; }

static int member(const jparser *j, int obj, const char *name)
{
    if (obj < 0 || j->nodes[obj].type != J_OBJECT)
        return -1;
    for (int k = j->nodes[obj].first; k >= 0; k = j->nodes[k].next)
        if (j->nodes[k].key >= 0 && !strcmp(str(j, j->nodes[k].key), name))
            return k;
    return -1;
}

/* A string member, or the first string of an array member. */
static const char *member_str(const jparser *j, int obj, const char *name)
{
    int m = member(j, obj, name);
    if (m >= 0 && j->nodes[m].type == J_ARRAY)
        m = j->nodes[m].first;
    return m >= 0 && j->nodes[m].type == J_STRING ? str(j, j->nodes[m].str) : NULL;
}

static int is_article(const jparser *j, int obj)
{
    static const char *const types[] = {"NewsArticle",
                                        "Article",
                                        "BlogPosting",
                                        "ReportageNewsArticle",
                                        "AnalysisNewsArticle",
                                        "OpinionNewsArticle",
                                        NULL};
    int t = member(j, obj, "@type");
    if (t < 0)
        return 0;
    int k = j->nodes[t].type == J_ARRAY ? j->nodes[t].first : t;
    for (; k >= 0; k = j->nodes[t].type == J_ARRAY ? j->nodes[k].next : -1)
        for (const char *const *ty = types; *ty && j->nodes[k].type == J_STRING; ty++)
            if (!strcmp(str(j, j->nodes[k].str), *ty))
                return 1;
    return 0;
}

static void set_once(bt_document *doc, bt_meta_key key, const char *v)
{
    if (v && !bt_document_meta(doc, key))
        bt_document_set_meta(doc, key, v);
}

/* A person as a string, an object with a name, or an array of those. */
static void authors(const jparser *j, int n, bt_document *doc)
{
    if (n < 0)
        return;
    if (j->nodes[n].type == J_STRING)
        bt_html_add_author(doc, str(j, j->nodes[n].str));
    else if (j->nodes[n].type == J_OBJECT)
        authors(j, member(j, n, "name"), doc);
    else if (j->nodes[n].type == J_ARRAY)
        for (int k = j->nodes[n].first; k >= 0; k = j->nodes[k].next)
            if (j->nodes[k].type != J_ARRAY)
                authors(j, k, doc);
}

static void keywords(const jparser *j, int n, bt_document *doc)
{
    if (n < 0)
        return;
    if (j->nodes[n].type == J_ARRAY) {
        for (int k = j->nodes[n].first; k >= 0; k = j->nodes[k].next)
            if (j->nodes[k].type == J_STRING)
                bt_document_add_meta(doc, BT_META_KEYWORD, str(j, j->nodes[k].str));
        return;
    }
    if (j->nodes[n].type != J_STRING)
        return;
    const char *s = str(j, j->nodes[n].str);
    while (*s) {
        size_t len = strcspn(s, ",");
        char *one = strndup(s, len);
        if (one)
            bt_document_add_meta(doc, BT_META_KEYWORD, one);
        free(one);
        s += len + (s[len] == ',');
    }
}

static void article(const jparser *j, int obj, bt_document *doc, bt_buf *body)
{
    const char *text = member_str(j, obj, "articleBody");
    if (body && text && !body->len)
        bt_buf_puts(body, text);
    set_once(doc, BT_META_TITLE, member_str(j, obj, "headline"));
    char iso[64];
    set_once(doc, BT_META_DATE, bt_textdate_iso_form(member_str(j, obj, "datePublished"), iso));
    set_once(doc, BT_META_DESCRIPTION, member_str(j, obj, "description"));
    set_once(doc, BT_META_SECTION, member_str(j, obj, "articleSection"));
    set_once(doc, BT_META_SOURCE_URL, member_str(j, obj, "url"));
    int pub = member(j, obj, "publisher");
    if (pub >= 0 && j->nodes[pub].type == J_OBJECT)
        set_once(doc, BT_META_PUBLISHER, member_str(j, pub, "name"));
    if (!bt_document_meta(doc, BT_META_AUTHOR))
        authors(j, member(j, obj, "author"), doc);
    if (!bt_document_meta(doc, BT_META_KEYWORD))
        keywords(j, member(j, obj, "keywords"), doc);
}

void bt_html_jsonld(bt_document *doc, const char *json, size_t len, bt_buf *body)
{
    jparser j = {json, json + len, calloc(J_MAX_NODES, sizeof(jnode)), 0, BT_BUF_INIT, 0};
    if (!j.nodes)
        return;
    /* several top-level values may follow one another */
    while (!j.bad) {
        skip_ws(&j);
        if (j.p >= j.end || value(&j, -1, 0) < 0)
            break;
    }
    /* every object at any depth (@graph, mainEntity...) is looked at */
    for (int k = 0; k < j.n && !j.strs.failed; k++)
        if (j.nodes[k].type == J_OBJECT && is_article(&j, k))
            article(&j, k, doc, body);
    free(j.nodes);
    bt_buf_free(&j.strs);
}
