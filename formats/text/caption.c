/* Photo captions of unmarked text: a copied web page keeps an image's
 * caption as a line of its own where the image was.  A one-sentence
 * paragraph is as often the article's own, so a caption needs more than
 * its shape: its place (between the lead and the first heading) or a photo
 * credit. */
#include <string.h>

#include "credit.h"
#include "text.h"

#define TR_MAX_CAPTION 200
/* The longest credit after a caption, "(Ảnh: Viết Thành)", in bytes. */
#define TR_MAX_CREDIT 120

typedef struct {
    const char *s;
    size_t len;
} tr_span;

/* s[0..len) holds no sentence end before its last character. */
static int one_sentence(const char *s, size_t len)
{
    if (!len || len > 4 * TR_MAX_CAPTION || tr_width(s, len) > TR_MAX_CAPTION)
        return 0;
    for (size_t i = 0; i + 1 < len; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ')
            return 0;
    return 1;
}

/* The text of a paragraph without a role; unmarked text builds each from
 * one run of text, one TEXT node, so nothing is copied. */
static const char *paragraph_text(const bt_node *n)
{
    if (!n || n->type != BT_NODE_PARAGRAPH || n->role != BT_ROLE_NONE || !n->first ||
        n->first->type != BT_NODE_TEXT || n->first->next)
        return NULL;
    return n->first->literal;
}

int tr_caption_like(const bt_node *n)
{
    const char *t = paragraph_text(n);
    size_t len = t ? strlen(t) : 0;
    /* a full stop, not an ellipsis */
    return len > 1 && t[len - 1] == '.' && t[len - 2] != '.' && one_sentence(t, len);
}

/* Whether s starts with a word naming a photo, then ':', ' ' or ')'. */
static int photo_word(const char *s, size_t len)
{
    static const char *const words[] = {"Ảnh",    "ảnh",   "Photo",   "photo",
                                        "Photos", "Image", "Picture", "Photograph"};
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        size_t n = strlen(words[i]);
        if (len > n && !memcmp(s, words[i], n) && strchr(": )", s[n]))
            return 1;
    }
    return 0;
}

/* A photo credit closing a paragraph, "... (Ảnh: Viết Thành)", "... tổ
 * chức. Ảnh: Viết Thành", "... (Photo: AP).": the credit in *credit (its
 * brackets left out), and the length of the caption before it; 0 when
 * there is none. */
static size_t credit_of(const char *t, size_t len, tr_span *credit)
{
    size_t end = len && t[len - 1] == '.' ? len - 1 : len, cap = 0;
    if (end && t[end - 1] == ')') {
        const char *open = NULL;
        for (size_t i = end - 1; i-- > 0 && end - i <= TR_MAX_CREDIT && !open;)
            if (t[i] == '(')
                open = t + i;
        if (open && photo_word(open + 1, (size_t)(t + end - open - 1))) {
            *credit = (tr_span){open + 1, (size_t)(t + end - open - 2)};
            cap = (size_t)(open - t);
        }
    }
    for (size_t i = len; !cap && i-- > 1 && len - i <= TR_MAX_CREDIT;)
        if (t[i - 1] == '.' && t[i] == ' ' && photo_word(t + i + 1, len - i - 1) &&
            memchr(t + i + 1, ':', len - i - 1)) {
            *credit = (tr_span){t + i + 1, len - i - 1};
            cap = i;
        }
    while (cap && t[cap - 1] == ' ')
        cap--;
    /* "... ông nói: (Ảnh: ...)" introduces, it does not describe */
    return cap && !strchr(",;:", t[cap - 1]) && one_sentence(t, cap) ? cap : 0;
}

int tr_credited(const bt_node *n)
{
    const char *t = paragraph_text(n);
    tr_span credit;
    return t && credit_of(t, strlen(t), &credit);
}

static void add_text(tr_ctx *c, bt_node *fig, bt_node_type type, const char *s, size_t len)
{
    bt_node *n = bt_node_new(c->doc, type);
    if (n)
        bt_node_append(fig, n);
    if ((!n || bt_node_append_text(c->doc, n, s, len) != BT_OK) && c->status == BT_OK)
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
}

/* p made a figure without an image: t[0..len) its caption, and credit. */
static void figure(tr_ctx *c, bt_node *p, const char *t, size_t len, const tr_span *credit)
{
    for (bt_node *k; (k = p->first) != NULL;)
        bt_node_unlink(k);
    p->type = BT_NODE_FIGURE;
    bt_node_set_figure_resource(p, -1);
    add_text(c, p, BT_NODE_CAPTION, t, len);
    if (!credit)
        return;
    add_text(c, p, BT_NODE_CREDIT, credit->s, credit->len);
    /* " (" and ")." around it, as the text has them */
    const char *end = credit->s + credit->len;
    char *before = bt_arena_strndup(c->doc, t + len, (size_t)(credit->s - t - len));
    if ((!before || bt_node_set_credit_apart(c->doc, p->last, before, end) != BT_OK) &&
        c->status == BT_OK)
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
    bt_credit_label(c->doc, p->last);
}

void tr_caption_figure(tr_ctx *c, bt_node *p)
{
    const char *t = paragraph_text(p);
    if (t)
        figure(c, p, t, strlen(t), NULL);
}

void tr_credited_captions(tr_ctx *c)
{
    for (bt_node *n = bt_document_body(c->doc)->first; n; n = n->next) {
        const char *t = paragraph_text(n);
        tr_span credit;
        size_t cap = t ? credit_of(t, strlen(t), &credit) : 0;
        if (cap)
            figure(c, n, t, cap, &credit);
    }
}
