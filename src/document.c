#include "document.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "image.h"
#include "limit.h"
#include "unicode.h"

/* ---- arena ---- */

struct bt_arena_chunk {
    bt_arena_chunk *prev;
    size_t used, size;
    max_align_t data[];
};

#define BT_ARENA_CHUNK (64u * 1024u)

static size_t round_up(size_t size)
{
    size_t align = sizeof(max_align_t);
    return (size + align - 1) / align * align;
}

/* A new chunk of cap bytes.  It becomes the current one unless side is set: a big
 * block gets a chunk of its own, so the rest of the current one stays in use. */
static bt_arena_chunk *chunk_add(bt_document *doc, size_t cap, int side)
{
    bt_arena_chunk *n = malloc(sizeof(*n) + cap);
    if (!n)
        return NULL;
    n->used = 0;
    n->size = cap;
    bt_arena_chunk *c = doc->arena;
    if (c && side) {
        n->prev = c->prev;
        c->prev = n;
    } else {
        n->prev = c;
        doc->arena = n;
    }
    return n;
}

static void *take(bt_arena_chunk *c, size_t size)
{
    void *p = (char *)c->data + c->used;
    c->used += size;
    return p;
}

void *bt_arena_alloc(bt_document *doc, size_t size)
{
    size = round_up(size);
    bt_arena_chunk *c = doc->arena;
    if (!c || c->size - c->used < size)
        c = chunk_add(doc, size > BT_ARENA_CHUNK ? size : BT_ARENA_CHUNK,
                      c && size > BT_ARENA_CHUNK);
    if (!c)
        return NULL;
    void *p = take(c, size);
    memset(p, 0, size);
    return p;
}

/* Resize the block p of old bytes to size bytes, keeping its first old bytes: in place
 * when it ends the current chunk, else copied into a current chunk with room to double,
 * so that a string grown piece by piece costs linear time and memory. */
static char *arena_grow(bt_document *doc, char *p, size_t old, size_t size)
{
    size_t have = round_up(old), want = round_up(size);
    bt_arena_chunk *c = doc->arena;
    if (want <= have)
        return p;
    if (c && p + have == (char *)c->data + c->used && c->size - c->used >= want - have) {
        c->used += want - have;
        return p;
    }
    if (!c || c->size - c->used < want)
        c = chunk_add(doc, want > BT_ARENA_CHUNK / 2 ? 2 * want : BT_ARENA_CHUNK, 0);
    if (!c)
        return NULL;
    char *q = take(c, want);
    memcpy(q, p, old);
    return q;
}

size_t bt_arena_used(const bt_document *doc)
{
    size_t used = 0;
    for (const bt_arena_chunk *c = doc->arena; c; c = c->prev)
        used += c->used;
    return used;
}

char *bt_arena_strndup(bt_document *doc, const char *s, size_t len)
{
    char *p = bt_arena_alloc(doc, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

char *bt_arena_nfc(bt_document *doc, const char *s, size_t len)
{
    if (bt_utf8_is_nfc(s, len))
        return bt_utf8_invalid_at(s, len) == len ? bt_arena_strndup(doc, s, len) : NULL;
    bt_buf b = BT_BUF_INIT;
    char *p = NULL;
    if (bt_utf8_nfc(s, len, &b, NULL) == BT_OK && !b.failed)
        p = bt_arena_strndup(doc, b.data ? b.data : "", b.len);
    bt_buf_free(&b);
    return p;
}

/* ---- document ---- */

bt_document *bt_document_new(void)
{
    bt_document *doc = calloc(1, sizeof(*doc));
    if (!doc)
        return NULL;
    doc->body = bt_node_new(doc, BT_NODE_BODY);
    if (!doc->body) {
        free(doc);
        return NULL;
    }
    return doc;
}

void bt_document_free(bt_document *doc)
{
    if (!doc)
        return;
    for (int k = 0; k < BT_META_COUNT_; k++)
        free(doc->meta[k].v);
    free(doc->res);
    free(doc->res_slot);
    bt_arena_chunk *c = doc->arena;
    while (c) {
        bt_arena_chunk *prev = c->prev;
        free(c);
        c = prev;
    }
    free(doc);
}

bt_node *bt_document_body(const bt_document *doc) { return doc ? doc->body : NULL; }

/* ---- metadata ---- */

static const char *const meta_names[BT_META_COUNT_] = {
    "title",   "subtitle",  "author",      "date",    "language",   "section",
    "publisher", "source-url", "description", "keyword", "identifier", "rights",
};

const char *bt_meta_key_name(bt_meta_key key)
{
    return (unsigned)key < BT_META_COUNT_ ? meta_names[key] : NULL;
}

const char *bt_document_meta(const bt_document *doc, bt_meta_key key)
{
    return bt_document_meta_at(doc, key, 0);
}

size_t bt_document_meta_count(const bt_document *doc, bt_meta_key key)
{
    return doc && (unsigned)key < BT_META_COUNT_ ? doc->meta[key].n : 0;
}

const char *bt_document_meta_at(const bt_document *doc, bt_meta_key key, size_t i)
{
    if (!doc || (unsigned)key >= BT_META_COUNT_ || i >= doc->meta[key].n)
        return NULL;
    return doc->meta[key].v[i];
}

/* Trim and collapse white space: metadata is one line of text. */
static char *meta_clean(bt_document *doc, const char *value)
{
    bt_buf b = BT_BUF_INIT;
    bt_buf_put_squeezed(&b, value);
    char *s = b.failed ? NULL : bt_arena_nfc(doc, b.data ? b.data : "", b.len);
    bt_buf_free(&b);
    return s;
}

bt_status bt_document_add_meta(bt_document *doc, bt_meta_key key, const char *value)
{
    if ((unsigned)key >= BT_META_COUNT_ || !value)
        return BT_FAILED;
    char *s = meta_clean(doc, value);
    if (!s)
        return BT_FAILED;
    if (!*s)
        return BT_OK;
    bt_meta_values *m = &doc->meta[key];
    for (size_t i = 0; i < m->n; i++)
        if (!strcmp(m->v[i], s))
            return BT_OK;
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 2;
        const char **v = realloc(m->v, cap * sizeof(*v));
        if (!v)
            return BT_FAILED;
        m->v = v;
        m->cap = cap;
    }
    m->v[m->n++] = s;
    return BT_OK;
}

bt_status bt_document_set_meta(bt_document *doc, bt_meta_key key, const char *value)
{
    if ((unsigned)key >= BT_META_COUNT_)
        return BT_FAILED;
    doc->meta[key].n = 0;
    return value ? bt_document_add_meta(doc, key, value) : BT_OK;
}

/* ---- nodes ---- */

static const char *const type_names[] = {
    "body",  "heading", "paragraph", "figure", "caption", "credit", "quote", "list",
    "item",  "rule",    "table",     "row",    "cell",    "pre",    "text",  "emph",
    "strong", "link",   "break",     "code",   "sup",     "sub",   "quotation", "underline",
    "strike", "span",   "note-ref",  "note",
};

const char *bt_node_type_name(bt_node_type type)
{
    return (unsigned)type < sizeof(type_names) / sizeof(type_names[0]) ? type_names[type] : "?";
}

int bt_node_is_inline(bt_node_type type)
{
    return type >= BT_NODE_TEXT && type != BT_NODE_NOTE;
}

bt_node *bt_node_new(bt_document *doc, bt_node_type type)
{
    bt_node *n = bt_arena_alloc(doc, sizeof(*n));
    if (n) {
        n->type = type;
        n->resource = -1;
    }
    return n;
}

void bt_node_append(bt_node *parent, bt_node *child)
{
    bt_node_unlink(child);
    child->parent = parent;
    child->prev = parent->last;
    if (parent->last)
        parent->last->next = child;
    else
        parent->first = child;
    parent->last = child;
}

void bt_node_unlink(bt_node *n)
{
    if (!n->parent)
        return;
    if (n->prev)
        n->prev->next = n->next;
    else
        n->parent->first = n->next;
    if (n->next)
        n->next->prev = n->prev;
    else
        n->parent->last = n->prev;
    n->parent = n->prev = n->next = NULL;
}

void bt_node_insert_before(bt_node *sibling, bt_node *n)
{
    bt_node_unlink(n);
    n->parent = sibling->parent;
    n->next = sibling;
    n->prev = sibling->prev;
    if (sibling->prev)
        sibling->prev->next = n;
    else if (sibling->parent)
        sibling->parent->first = n;
    sibling->prev = n;
}

bt_status bt_node_set_literal(bt_document *doc, bt_node *n, const char *s, size_t len)
{
    const char *p = bt_arena_nfc(doc, s, len);
    if (!p)
        return BT_FAILED;
    n->literal = p;
    return BT_OK;
}

/* Append s to the text node t: s goes on raw when it cannot combine with the text before
 * it, else only the text from the last stable character on is renormalized with it. */
static bt_status grow_text(bt_document *doc, bt_node *t, const char *s, size_t len)
{
    const char *old = t->literal;
    size_t old_len = old == doc->grown ? doc->grown_len : strlen(old);
    size_t keep = old_len;
    bt_buf joined = BT_BUF_INIT;
    if (!bt_utf8_nfc_joins(s, len)) {
        keep = bt_utf8_nfc_tail(old, old_len);
        bt_buf tail = BT_BUF_INIT;
        bt_buf_put(&tail, old + keep, old_len - keep);
        bt_buf_put(&tail, s, len);
        if (tail.failed || bt_utf8_nfc(tail.data, tail.len, &joined, NULL) != BT_OK ||
            joined.failed) {
            bt_buf_free(&tail);
            bt_buf_free(&joined);
            return BT_FAILED;
        }
        bt_buf_free(&tail);
        s = joined.data;
        len = joined.len;
    }
    char *p = arena_grow(doc, (char *)old, old_len + 1, keep + len + 1);
    if (p) {
        memcpy(p + keep, s, len);
        p[keep + len] = '\0';
        t->literal = doc->grown = p;
        doc->grown_len = keep + len;
    }
    bt_buf_free(&joined);
    return p ? BT_OK : BT_FAILED;
}

bt_status bt_node_append_text(bt_document *doc, bt_node *parent, const char *s, size_t len)
{
    if (!len)
        return BT_OK;
    bt_node *last = parent->last;
    if (last && last->type == BT_NODE_TEXT && last->literal)
        return grow_text(doc, last, s, len);
    bt_node *t = bt_node_new(doc, BT_NODE_TEXT);
    if (!t || bt_node_set_literal(doc, t, s, len) != BT_OK)
        return BT_FAILED;
    bt_node_append(parent, t);
    return BT_OK;
}

/* The accessors take NULL, as a walk past the last node gives: NULL, 0 or
 * BT_NODE_BODY, and -1 for a figure's resource. */
bt_node_type bt_node_get_type(const bt_node *n) { return n ? n->type : BT_NODE_BODY; }
bt_node *bt_node_parent(const bt_node *n) { return n ? n->parent : NULL; }
bt_node *bt_node_first_child(const bt_node *n) { return n ? n->first : NULL; }
bt_node *bt_node_last_child(const bt_node *n) { return n ? n->last : NULL; }
bt_node *bt_node_next(const bt_node *n) { return n ? n->next : NULL; }
bt_node *bt_node_prev(const bt_node *n) { return n ? n->prev : NULL; }
const char *bt_node_literal(const bt_node *n)
{
    return n && (n->type == BT_NODE_TEXT || n->type == BT_NODE_CODE || n->type == BT_NODE_PRE)
               ? n->literal
               : NULL;
}

/* A string field of one node type, or NULL. */
static const char *field_of(const bt_node *n, bt_node_type type, const char *field)
{
    return n && n->type == type ? field : NULL;
}

const char *bt_node_href(const bt_node *n) { return field_of(n, BT_NODE_LINK, n ? n->literal : 0); }
const char *bt_node_title(const bt_node *n) { return field_of(n, BT_NODE_LINK, n ? n->attr : 0); }
const char *bt_node_language(const bt_node *n)
{
    return field_of(n, BT_NODE_SPAN, n ? n->attr : NULL);
}
const char *bt_node_figure_alt(const bt_node *n)
{
    return field_of(n, BT_NODE_FIGURE, n ? n->literal : NULL);
}
const char *bt_node_credit_before(const bt_node *n)
{
    return field_of(n, BT_NODE_CREDIT, n ? n->literal : NULL);
}
const char *bt_node_credit_after(const bt_node *n)
{
    return field_of(n, BT_NODE_CREDIT, n ? n->src : NULL);
}
const char *bt_node_label(const bt_node *n)
{
    return n && (n->type == BT_NODE_CREDIT || n->type == BT_NODE_NOTE ||
                 n->type == BT_NODE_NOTE_REF)
               ? n->attr
               : NULL;
}
bt_node *bt_node_note(const bt_node *n) { return n && n->type == BT_NODE_NOTE_REF ? n->note : NULL; }
int bt_node_cell_colspan(const bt_node *n) { return n && n->colspan > 1 ? n->colspan : 1; }
int bt_node_cell_rowspan(const bt_node *n) { return n && n->rowspan > 1 ? n->rowspan : 1; }
int bt_node_figure_display_width(const bt_node *n) { return n ? n->display_w : 0; }
int bt_node_figure_display_height(const bt_node *n) { return n ? n->display_h : 0; }
int bt_node_heading_level(const bt_node *n)
{
    return n && n->type == BT_NODE_HEADING ? n->level : 0;
}
bt_role bt_node_role(const bt_node *n) { return n ? n->role : BT_ROLE_NONE; }
int bt_node_list_ordered(const bt_node *n) { return n && n->type == BT_NODE_LIST && n->flag; }
int bt_node_list_start(const bt_node *n) { return n && n->type == BT_NODE_LIST ? n->level : 0; }
int bt_node_cell_header(const bt_node *n) { return n && n->type == BT_NODE_CELL && n->flag; }
int bt_node_figure_resource(const bt_node *n) { return n ? n->resource : -1; }
const char *bt_node_figure_src(const bt_node *n)
{
    return field_of(n, BT_NODE_FIGURE, n ? n->src : NULL);
}

static bt_node *child_of_type(const bt_node *n, bt_node_type type)
{
    for (bt_node *c = n ? n->first : NULL; c; c = c->next)
        if (c->type == type)
            return c;
    return NULL;
}

bt_node *bt_node_figure_caption(const bt_node *n) { return child_of_type(n, BT_NODE_CAPTION); }
bt_node *bt_node_figure_credit(const bt_node *n) { return child_of_type(n, BT_NODE_CREDIT); }

void bt_node_set_heading_level(bt_node *n, int level)
{
    n->level = level < 1 ? 1 : level > 6 ? 6 : level;
}
void bt_node_set_role(bt_node *n, bt_role role) { n->role = role; }
void bt_node_set_list(bt_node *n, int ordered, int start)
{
    n->flag = ordered != 0;
    n->level = start > BT_MAX_LIST_START    ? BT_MAX_LIST_START
               : start < -BT_MAX_LIST_START ? -BT_MAX_LIST_START
                                            : start;
}
void bt_node_set_cell_header(bt_node *n, int header) { n->flag = header != 0; }
void bt_node_set_figure_resource(bt_node *n, int resource) { n->resource = resource; }

static int clamp_span(int span)
{
    return span < 1 ? 1 : span > BT_MAX_CELL_SPAN ? BT_MAX_CELL_SPAN : span;
}

void bt_node_set_cell_span(bt_node *n, int colspan, int rowspan)
{
    n->colspan = clamp_span(colspan);
    n->rowspan = clamp_span(rowspan);
}

/* A string attribute in NFC in the arena; NULL removes it. */
static bt_status set_string(bt_document *doc, const char **field, const char *s)
{
    if (!s) {
        *field = NULL;
        return BT_OK;
    }
    char *p = bt_arena_nfc(doc, s, strlen(s));
    if (!p)
        return BT_FAILED;
    *field = p;
    return BT_OK;
}

bt_status bt_node_set_href(bt_document *doc, bt_node *n, const char *href)
{
    return set_string(doc, &n->literal, href);
}
bt_status bt_node_set_title(bt_document *doc, bt_node *n, const char *title)
{
    return set_string(doc, &n->attr, title);
}
bt_status bt_node_set_language(bt_document *doc, bt_node *n, const char *lang)
{
    return set_string(doc, &n->attr, lang);
}
bt_status bt_node_set_label(bt_document *doc, bt_node *n, const char *label)
{
    return set_string(doc, &n->attr, label);
}
bt_status bt_node_set_credit_apart(bt_document *doc, bt_node *n, const char *before,
                                   const char *after)
{
    if (set_string(doc, &n->literal, before) != BT_OK)
        return BT_FAILED;
    return set_string(doc, &n->src, before ? after : NULL);
}
bt_status bt_node_set_figure_alt(bt_document *doc, bt_node *n, const char *alt)
{
    return set_string(doc, &n->literal, alt);
}
void bt_node_set_note(bt_node *ref, bt_node *note) { ref->note = note; }

void bt_node_set_figure_display_size(bt_node *n, int width, int height)
{
    n->display_w = width > 0 ? width : 0;
    n->display_h = height > 0 ? height : 0;
}

bt_status bt_node_set_figure_src(bt_document *doc, bt_node *n, const char *src)
{
    n->src = src ? bt_arena_nfc(doc, src, strlen(src)) : NULL;
    return !src || n->src ? BT_OK : BT_FAILED;
}

int bt_node_walk(bt_node *root, bt_walk_fn fn, void *user)
{
    bt_node *n = root;
    int entering = 1;
    for (;;) {
        int r = fn(n, entering, user);
        if (r)
            return r;
        if (entering && n->first) {
            n = n->first;
            continue;
        }
        if (entering) {
            /* a leaf: report leaving it too */
            r = fn(n, 0, user);
            if (r)
                return r;
        }
        if (n == root)
            return 0;
        if (n->next) {
            n = n->next;
            entering = 1;
        } else {
            n = n->parent;
            entering = 0;
        }
    }
}

/* What a node adds to the text of the nodes above it, or NULL. */
static const char *text_piece(const bt_node *n)
{
    if (n->type == BT_NODE_TEXT || n->type == BT_NODE_CODE || n->type == BT_NODE_PRE)
        return n->literal;
    return n->type == BT_NODE_BREAK ? " " : NULL;
}

static int collect_text(bt_node *n, int entering, void *user)
{
    const char *s = entering ? text_piece(n) : NULL;
    if (s)
        bt_buf_puts(user, s);
    return 0;
}

void bt_node_text_put(const bt_node *n, bt_buf *out)
{
    bt_node_walk((bt_node *)n, collect_text, out);
}

typedef struct text_copy {
    char *buf;
    size_t cap, len; /* len: the whole text's, however much fits */
} text_copy;

static int copy_text(bt_node *n, int entering, void *user)
{
    text_copy *t = user;
    const char *s = entering ? text_piece(n) : NULL;
    if (!s)
        return 0;
    size_t len = strlen(s);
    if (t->len < t->cap)
        memcpy(t->buf + t->len, s, len < t->cap - t->len ? len : t->cap - t->len);
    t->len += len;
    return 0;
}

size_t bt_node_text_copy(const bt_node *n, char *buf, size_t cap)
{
    text_copy t = {buf, cap, 0};
    if (n)
        bt_node_walk((bt_node *)n, copy_text, &t);
    if (cap == 0)
        return t.len;
    size_t end = t.len < cap ? t.len : cap - 1;
    /* a cut text ends before the character it would split */
    if (end < t.len)
        while (end > 0 && ((unsigned char)buf[end] & 0xC0) == 0x80)
            end--;
    buf[end] = '\0';
    return t.len;
}

const char *bt_node_text(bt_document *doc, const bt_node *n)
{
    bt_buf b = BT_BUF_INIT;
    bt_node_text_put(n, &b);
    char *s = b.failed ? NULL : bt_arena_strndup(doc, b.data ? b.data : "", b.len);
    bt_buf_free(&b);
    return s;
}

static int find_content(bt_node *n, int entering, void *user)
{
    (void)user;
    if (!entering)
        return 0;
    if (n->type == BT_NODE_FIGURE || n->type == BT_NODE_RULE)
        return 1;
    if ((n->type == BT_NODE_TEXT || n->type == BT_NODE_CODE || n->type == BT_NODE_PRE) &&
        n->literal)
        for (const char *p = n->literal; *p; p++)
            if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
                return 1;
    return 0;
}

static int top_heading(bt_node *n, int entering, void *user)
{
    int *top = user;
    if (entering && n->type == BT_NODE_HEADING && (!*top || n->level < *top))
        *top = n->level;
    return 0;
}

int bt_document_top_heading(const bt_document *doc)
{
    int top = 0;
    if (bt_document_meta(doc, BT_META_TITLE))
        bt_node_walk(doc->body, top_heading, &top);
    return top;
}

int bt_heading_written_level(const bt_node *heading, int top)
{
    int level = top ? heading->level - (top - 2) : heading->level;
    int first = top ? 2 : 1;
    return level < first ? first : level > 6 ? 6 : level;
}

int bt_node_is_empty(const bt_node *n) { return !bt_node_walk((bt_node *)n, find_content, NULL); }

static int count_node(bt_node *n, int entering, void *user)
{
    bt_counts *c = user;
    if (!entering)
        return 0;
    switch (n->type) {
    case BT_NODE_HEADING: c->headings++; break;
    case BT_NODE_PARAGRAPH:
        /* the dateline is the header's, as the title is */
        c->paragraphs += n->role != BT_ROLE_DATELINE && !bt_node_is_empty(n);
        break;
    case BT_NODE_FIGURE:
        c->figures++;
        c->images += n->resource >= 0;
        break;
    case BT_NODE_CAPTION:
        /* a table's caption is the table's, not a figure's */
        c->captions += n->parent && n->parent->type == BT_NODE_FIGURE && !bt_node_is_empty(n);
        break;
    case BT_NODE_TABLE: c->tables++; break;
    case BT_NODE_NOTE: c->notes++; break;
    default: break;
    }
    return 0;
}

void bt_document_count_size(const bt_document *doc, bt_counts *counts, size_t size)
{
    bt_counts all = {.size = sizeof(all)};
    if (doc)
        bt_node_walk(doc->body, count_node, &all);
    if (size > sizeof(all))
        size = sizeof(all);
    memcpy(counts, &all, size);
    counts->size = size;
}

const char *bt_document_charset(const bt_document *doc) { return doc ? doc->charset : NULL; }

const char *bt_document_extraction(const bt_document *doc) { return doc ? doc->extraction : NULL; }

void bt_document_set_extraction(bt_document *doc, const char *how)
{
    doc->extraction = how ? bt_arena_strndup(doc, how, strlen(how)) : NULL;
}

void bt_document_set_charset(bt_document *doc, const char *charset)
{
    doc->charset = charset ? bt_arena_strndup(doc, charset, strlen(charset)) : NULL;
}

size_t bt_document_replaced(const bt_document *doc) { return doc ? doc->replaced : 0; }

void bt_document_set_replaced(bt_document *doc, size_t n) { doc->replaced = n; }

/* ---- resources ---- */

size_t bt_document_resource_count(const bt_document *doc) { return doc ? doc->nres : 0; }

/* 64 bits of the bytes, eight at a time: what finds an identical image
 * among thousands without comparing it with each. */
static uint64_t hash_bytes(const unsigned char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * 0x100000001B3u;
    return h ^ h >> 29;
}

/* The slot of a resource with these bytes, or the free slot where one goes. */
static size_t find_slot(const bt_document *doc, uint64_t hash, const void *data, size_t size)
{
    size_t mask = doc->nslot - 1, i = (size_t)hash & mask;
    for (; doc->res_slot[i]; i = (i + 1) & mask) {
        const bt_resource *r = &doc->res[doc->res_slot[i] - 1];
        if (r->hash == hash && r->size == size && (!size || !memcmp(r->data, data, size)))
            break;
    }
    return i;
}

/* Room in the table for one more resource; -1 when out of memory. */
static int slots_grow(bt_document *doc)
{
    if (doc->nres * 2 < doc->nslot)
        return 0;
    size_t n = doc->nslot ? doc->nslot * 2 : 16;
    int *slot = calloc(n, sizeof(*slot));
    if (!slot)
        return -1;
    free(doc->res_slot);
    doc->res_slot = slot;
    doc->nslot = n;
    for (size_t k = 0; k < doc->nres; k++) {
        size_t i = (size_t)doc->res[k].hash & (n - 1);
        while (slot[i])
            i = (i + 1) & (n - 1);
        slot[i] = (int)k + 1;
    }
    return 0;
}

int bt_document_resource_fits(const bt_document *doc, size_t size)
{
    return doc->nres < BT_MAX_DOCUMENT_IMAGES && size <= BT_MAX_DOCUMENT_IMAGE_BYTES &&
           doc->res_bytes <= BT_MAX_DOCUMENT_IMAGE_BYTES - size;
}

int bt_document_add_resource(bt_document *doc, const char *name, const char *media_type,
                             const void *data, size_t size)
{
    if (size > BT_MAX_IMAGE_BYTES || slots_grow(doc) != 0)
        return -1;
    uint64_t hash = hash_bytes(data, size);
    size_t slot = find_slot(doc, hash, data, size);
    if (doc->res_slot[slot])
        return doc->res_slot[slot] - 1;
    if (!bt_document_resource_fits(doc, size))
        return -1;
    if (doc->nres == doc->capres) {
        size_t cap = doc->capres ? doc->capres * 2 : 4;
        bt_resource *r = realloc(doc->res, cap * sizeof(*r));
        if (!r)
            return -1;
        doc->res = r;
        doc->capres = cap;
    }
    bt_resource *r = &doc->res[doc->nres];
    memset(r, 0, sizeof(*r));
    const char *sniffed = NULL;
    bt_image_sniff(data, size, &sniffed, &r->width, &r->height);
    bt_image_resolution(data, size, &r->dpi_x, &r->dpi_y);
    if (!media_type)
        media_type = sniffed ? sniffed : "application/octet-stream";
    unsigned char *copy = bt_arena_alloc(doc, size ? size : 1);
    r->media_type = bt_arena_strndup(doc, media_type, strlen(media_type));
    r->name = name ? bt_arena_nfc(doc, name, strlen(name)) : NULL;
    if (!copy || !r->media_type || (name && !r->name))
        return -1;
    memcpy(copy, data, size);
    r->data = copy;
    r->size = size;
    r->hash = hash;
    doc->res_bytes += size;
    doc->res_slot[slot] = (int)doc->nres + 1;
    return (int)doc->nres++;
}

static const bt_resource *resource(const bt_document *doc, int i)
{
    return doc && i >= 0 && (size_t)i < doc->nres ? &doc->res[i] : NULL;
}

const void *bt_resource_data(const bt_document *doc, int i, size_t *size)
{
    const bt_resource *r = resource(doc, i);
    if (size)
        *size = r ? r->size : 0;
    return r ? r->data : NULL;
}
const char *bt_resource_media_type(const bt_document *doc, int i)
{
    const bt_resource *r = resource(doc, i);
    return r ? r->media_type : NULL;
}
const char *bt_resource_name(const bt_document *doc, int i)
{
    const bt_resource *r = resource(doc, i);
    return r ? r->name : NULL;
}
int bt_resource_width(const bt_document *doc, int i)
{
    const bt_resource *r = resource(doc, i);
    return r ? r->width : 0;
}
int bt_resource_height(const bt_document *doc, int i)
{
    const bt_resource *r = resource(doc, i);
    return r ? r->height : 0;
}
int bt_resource_dpi_x(const bt_document *doc, int i)
{
    const bt_resource *r = resource(doc, i);
    return r ? r->dpi_x : 0;
}
int bt_resource_dpi_y(const bt_document *doc, int i)
{
    const bt_resource *r = resource(doc, i);
    return r ? r->dpi_y : 0;
}
