/* Heading ids: slugs of the headings' texts, unique within a document. */
#include <libxml/hash.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "unicode.h"
#include "xhtml.h"

/* Code points kept from a heading: an id is a handle, not a copy of it. */
#define BT_ID_MAX_CHARS 48

static int kept(UChar32 c)
{
    return u_isalpha(c) || u_isdigit(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK);
}

/* Append the slug of text: lowercase (root locale, so ids do not depend on
 * where bantin runs), anything but letters, marks and digits made one
 * hyphen, no hyphen at either end. */
static void slug(const char *text, bt_buf *out)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(NULL, 0, &n, text, -1, &st);
    UChar *u = malloc(((size_t)n + 1) * sizeof(UChar));
    /* lowercasing can lengthen text: ask for the size first */
    UChar *low = NULL;
    int32_t m = 0;
    st = U_ZERO_ERROR;
    if (u)
        u_strFromUTF8(u, n + 1, NULL, text, -1, &st);
    if (u && U_SUCCESS(st)) {
        m = u_strToLower(NULL, 0, u, n, "", &st);
        st = U_ZERO_ERROR;
        low = malloc(((size_t)m + 1) * sizeof(UChar));
        if (low)
            u_strToLower(low, m + 1, u, n, "", &st);
    }
    size_t start = out->len;
    int hyphen = 0, count = 0;
    for (int32_t i = 0; low && U_SUCCESS(st) && i < m && count < BT_ID_MAX_CHARS;) {
        UChar32 c;
        U16_NEXT(low, i, m, c);
        if (!kept(c)) {
            hyphen = out->len > start;
            continue;
        }
        if (hyphen)
            bt_buf_putc(out, '-');
        hyphen = 0;
        char enc[U8_MAX_LENGTH];
        int32_t k = 0;
        U8_APPEND_UNSAFE(enc, k, c);
        bt_buf_put(out, enc, (size_t)k);
        count++;
    }
    free(u);
    free(low);
}

/* Make id unique among taken, which maps every id given to the next suffix
 * to try for it, so a thousand equal headings cost no more than one each. */
static int make_unique(xmlHashTablePtr taken, bt_buf *id)
{
    const xmlChar *base = (const xmlChar *)id->data;
    intptr_t next = (intptr_t)xmlHashLookup(taken, base);
    if (next) {
        size_t len = id->len;
        for (;; next++) {
            bt_buf_truncate(id, len);
            bt_buf_printf(id, "-%ld", (long)next);
            if (!xmlHashLookup(taken, (const xmlChar *)id->data))
                break;
        }
        char *b = strndup(id->data, len);
        int r = b ? xmlHashUpdateEntry(taken, (const xmlChar *)b, (void *)(next + 1), NULL) : -1;
        free(b);
        if (r < 0)
            return -1;
    }
    return xmlHashAddEntry(taken, (const xmlChar *)id->data, (void *)(intptr_t)2);
}

typedef struct walk {
    bt_xhtml_ids *ids;
    size_t cap;
    xmlHashTablePtr taken;
    bt_buf text, id; /* scratch: a heading's text, its id */
    int failed;
} walk;

/* Whether n is in a footnote. */
static int in_note(const bt_node *n)
{
    for (; n; n = n->parent)
        if (n->type == BT_NODE_NOTE)
            return 1;
    return 0;
}

static int add_heading(bt_node *n, int entering, void *user)
{
    walk *wk = user;
    /* a footnote's headings are no chapters, and notes are written after the blocks */
    if (!entering || n->type != BT_NODE_HEADING || in_note(n))
        return 0;
    bt_xhtml_ids *ids = wk->ids;
    if (ids->n == wk->cap) {
        size_t cap = wk->cap ? wk->cap * 2 : 16;
        bt_xhtml_id *v = realloc(ids->v, cap * sizeof(*v));
        if (!v)
            return wk->failed = 1;
        ids->v = v;
        wk->cap = cap;
    }
    bt_buf *text = &wk->text, *b = &wk->id;
    bt_buf_truncate(text, 0);
    bt_buf_truncate(b, 0);
    bt_node_text_put(n, text);
    const char *t = text->data ? text->data : "";
    UChar32 c;
    int32_t i = 0;
    slug(t, b);
    int empty = b->len == 0;
    if (!empty)
        U8_NEXT(b->data, i, (int32_t)b->len, c);
    if (empty || !u_isalpha(c)) {
        bt_buf_truncate(b, 0);
        bt_buf_puts(b, empty ? "h" : "h-");
        slug(t, b);
    }
    int ok = !text->failed && !b->failed && make_unique(wk->taken, b) == 0 && !b->failed;
    /* the ids end to end in ids->text; pointers into it are set once it stops moving */
    if (ok)
        bt_buf_put(&ids->text, b->data, b->len + 1);
    if (!ok || ids->text.failed)
        return wk->failed = 1;
    ids->v[ids->n++].heading = n;
    return 0;
}

bt_status bt_xhtml_ids_build(bt_xhtml_ids *ids, bt_node *root, bt_error *err)
{
    ids->v = NULL;
    ids->n = 0;
    ids->text = (bt_buf)BT_BUF_INIT;
    walk wk = {ids, 0, xmlHashCreate(0), BT_BUF_INIT, BT_BUF_INIT, 0};
    int failed = !wk.taken || bt_node_walk(root, add_heading, &wk) || wk.failed;
    xmlHashFree(wk.taken, NULL);
    bt_buf_free(&wk.text);
    bt_buf_free(&wk.id);
    if (failed) {
        bt_xhtml_ids_free(ids);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    const char *id = ids->text.data;
    for (size_t i = 0; i < ids->n; i++, id += strlen(id) + 1)
        ids->v[i].id = id;
    return BT_OK;
}

void bt_xhtml_ids_free(bt_xhtml_ids *ids)
{
    bt_buf_free(&ids->text);
    free(ids->v);
    ids->v = NULL;
    ids->n = 0;
}
