/* Figure labels: see figlabel.h. */
#include <string.h>

#include "figlabel.h"
#include "language.h"

/* The text convention's words first, then LibreOffice's for its Figure
 * sequence. */
static const struct {
    const char *word;
    int vi;
} words[] = {{"Ảnh", 1}, {"Image", 0}, {"Hình", 1}, {"Figure", 0}};

/* A number a document's figures can reach, in digits. */
#define MAX_DIGITS 9

const char *bt_figure_label(const char *tag) { return bt_lang_is_vi(tag) ? "Ảnh" : "Image"; }

int bt_figure_numbered(const bt_node *fig)
{
    const bt_node *cap = bt_node_figure_caption(fig), *credit = bt_node_figure_credit(fig);
    if ((!cap || bt_node_is_empty(cap)) && (!credit || bt_node_is_empty(credit)))
        return 0;
    for (const bt_node *a = fig->parent; a; a = a->parent)
        if (a->type == BT_NODE_NOTE)
            return 0;
    return 1;
}

size_t bt_figure_label_at(const char *s, size_t len, int others, int *numbered, int *vi)
{
    size_t n = others ? sizeof(words) / sizeof(words[0]) : 2;
    for (size_t k = 0; k < n; k++) {
        size_t wl = strlen(words[k].word), digits = 0;
        if (len < wl || memcmp(s, words[k].word, wl))
            continue;
        if (wl + 1 < len && s[wl] == ' ')
            while (wl + 1 + digits < len && digits <= MAX_DIGITS && s[wl + 1 + digits] >= '0' &&
                   s[wl + 1 + digits] <= '9')
                digits++;
        if (digits > MAX_DIGITS)
            return 0;
        if (numbered)
            *numbered = digits > 0;
        if (vi)
            *vi = words[k].vi;
        return digits ? wl + 1 + digits : wl;
    }
    return 0;
}
