/* What a conversion can only tell once a run of blocks is there: bold lines
 * that are sub-headings, bold leads, bylines that are not. */
#include <string.h>

#include "unicode.h"
#include "xhtml_read.h"

/* Whether all the text of a paragraph is in strong elements. */
static int bold_only(const bt_node *p)
{
    int strong = 0;
    for (const bt_node *k = p->first; k; k = k->next) {
        if (k->type == BT_NODE_STRONG)
            strong = 1;
        else if (k->type == BT_NODE_TEXT) {
            if (k->literal && k->literal[strspn(k->literal, " ")])
                return 0;
        } else if (k->type != BT_NODE_BREAK)
            return 0;
    }
    return strong;
}


/* Short, without a sentence's final punctuation: a heading's text. */
static int heading_like(const char *t)
{
    static const char *const finals[] = {
        ".", ":", ";", "!", "?", "\xE2\x80\xA6", "\"", "\xE2\x80\x9D", ",", NULL};
    size_t len = strlen(t);
    if (!len || bt_word_count(t) > 15 || bt_grapheme_count(t, len) > 120)
        return 0;
    for (const char *const *f = finals; *f; f++) {
        size_t fl = strlen(*f);
        if (len >= fl && !memcmp(t + len - fl, *f, fl))
            return 0;
    }
    return 1;
}

/* Replace each strong child by its children. */
static void unwrap_strong(bt_node *p)
{
    size_t n = 0;
    for (bt_node *k = p->first; k; k = k->next)
        n++;
    /* each original child in turn moves to the end; a strong leaves its children there */
    for (size_t i = 0; i < n; i++) {
        bt_node *k = p->first;
        if (k->type != BT_NODE_STRONG) {
            bt_node_append(p, k);
            continue;
        }
        while (k->first)
            bt_node_append(p, k->first);
        bt_node_unlink(k);
    }
}

void bt_xhtml_tidy(bt_node *parent)
{
    /* a bold line ranks below an h2, else with the page's own sub-headings */
    int top = 0;
    for (bt_node *k = parent->first; k; k = k->next)
        if (k->type == BT_NODE_HEADING && k->level > 1 && (!top || k->level < top))
            top = k->level;
    int level = top == 2 ? 3 : top ? top : 2;
    /* one scratch buffer for the text of every paragraph looked at */
    bt_buf text = BT_BUF_INIT;
    for (bt_node *k = parent->first; k; k = k->next) {
        if (k->type != BT_NODE_PARAGRAPH)
            continue;
        int bold = bold_only(k);
        if (!bold && k->role != BT_ROLE_BYLINE)
            continue;
        bt_buf_truncate(&text, 0);
        bt_node_text_put(k, &text);
        if (text.failed)
            break;
        const char *t = text.data ? text.data : "";
        if (k->role == BT_ROLE_BYLINE && bt_word_count(t) > 12)
            k->role = BT_ROLE_NONE;
        if (!bold)
            continue;
        bt_node *next = k->next;
        if (k->role == BT_ROLE_LEAD) {
            unwrap_strong(k);
        } else if (k->role == BT_ROLE_NONE && heading_like(t) && next &&
                   next->type == BT_NODE_PARAGRAPH && next->role == BT_ROLE_NONE &&
                   !bold_only(next)) {
            k->type = BT_NODE_HEADING;
            bt_node_set_heading_level(k, level);
            unwrap_strong(k);
        }
    }
    bt_buf_free(&text);
}
