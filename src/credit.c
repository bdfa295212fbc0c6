/* Photo credits: where one ends a caption, its label, and how the source
 * set it apart from the caption. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "credit.h"

static int empty_leaf(const bt_node *n)
{
    if (n->type == BT_NODE_TEXT || n->type == BT_NODE_CODE)
        return !n->literal || !*n->literal;
    return n->type != BT_NODE_BREAK && !n->first;
}

void bt_inlines_truncate(bt_document *doc, bt_node *root, size_t len)
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

/* Where a credit named in a caption's text[0..len) starts (at; len when
 * none does) and where its name ends (end: a closing bracket follows). */
typedef struct {
    size_t at, end;
} credit_place;

static credit_place find_credit(const char *text, size_t len)
{
    /* ("Credit..." a newsroom's label, set apart by a style sheet;
     * "Bildrechte:", "picture rights", German public broadcasters': MDR's,
     * BR24's; "Photos by", a row of pictures credited at once) */
    static const char *const markers[] = {
        "Ảnh:",
        "Ảnh :",
        "Ảnh minh họa",
        "Ảnh minh hoạ",
        "Ảnh tư liệu",
        "Ảnh do ",
        "Ảnh chụp màn hình",
        "Photo:",
        "Photo :",
        "Photo by ",
        "Photograph:",
        "Credit:",
        "Nguồn:",
        "Nguồn :",
        "Source:",
        "Foto:",
        "Bildquelle:",
        "Bildrechte:",
        "Credit...",
        "Credit…",
        "Photos by ",
        "Fotos:",
        "Photograph by ",
        "Image:",
        "Picture:",
        "Pic:",
        NULL,
    };
    size_t at = len;
    for (const char *const *m = markers; *m; m++) {
        size_t ml = strlen(*m);
        /* (its first byte first: captions are read whole, markers by the
         * dozen) */
        int first = tolower((unsigned char)**m);
        for (size_t pos = 0; pos + ml <= len; pos++)
            if (tolower((unsigned char)text[pos]) == first && !strncasecmp(text + pos, *m, ml) &&
                credit_boundary(text, pos) && (at == len || pos > at))
                at = pos;
    }
    /* (a video's credit only after the caption's sentence, "... sáng 15.6.
     * VIDEO: LÂM VIÊN": "Watch Video: How to ..." names a video) */
    static const char video[] = "Video: ";
    for (size_t pos = 2; at == len && pos + sizeof(video) - 1 <= len; pos++)
        if (text[pos - 2] == '.' && text[pos - 1] == ' ' &&
            !strncasecmp(text + pos, video, sizeof(video) - 1))
            at = pos;
    /* "Image Credit:", "Photo credit:", College Publisher's "Media Credit:":
     * the word naming the picture is the label's */
    static const char *const pictures[] = {"Image ", "Photo ", "Picture ", "Media ", NULL};
    for (const char *const *w = pictures; at < len && *w; w++) {
        size_t wl = strlen(*w);
        if (!strncasecmp(text + at, "Credit:", 7) && at >= wl &&
            !strncasecmp(text + at - wl, *w, wl) && credit_boundary(text, at - wl)) {
            at -= wl;
            break;
        }
    }
    /* "Post Photo:", "File Photo:", "Staff photo:": one capitalised word
     * after the caption's sentence names whose photo it is */
    if (at < len && at >= 2 && text[at - 1] == ' ' && !strncasecmp(text + at, "Photo", 5)) {
        size_t w = at - 1;
        while (w > 0 && text[w - 1] != ' ')
            w--;
        if (w < at - 1 && isupper((unsigned char)text[w]) &&
            (w == 0 || (w >= 2 && text[w - 2] == '.')))
            at = w;
    }
    size_t end = len;
    while (end > at && text[end - 1] == ' ')
        end--;
    /* "(Ảnh: X)" and "(Ảnh: X)." close after the name */
    if (at > 0 && text[at - 1] == '(' && end > at + 1 && text[end - 1] == '.' &&
        text[end - 2] == ')')
        end--;
    if (at > 0 && text[at - 1] == '(' && end > at && text[end - 1] == ')')
        end--;
    return (credit_place){at, end};
}

/* Bytes of a text's opening a credit's label is looked for in. */
#define CREDIT_OPENING 24

int bt_credit_opens(const char *text, size_t len)
{
    while (len && (*text == ' ' || *text == '\n' || *text == '\t' || *text == '\r'))
        text++, len--;
    /* (its opening only: a label further on is another line's) */
    return len && find_credit(text, len < CREDIT_OPENING ? len : CREDIT_OPENING).at == 0;
}

int bt_credit_named(const char *text, size_t len) { return find_credit(text, len).at < len; }

/* Keep before (its white space squeezed to single spaces) and after. */
static void set_apart(bt_document *doc, bt_node *credit, const char *before, size_t blen,
                      const char *after, size_t alen)
{
    char *b = bt_arena_strndup(doc, before, blen);
    const char *a = bt_arena_strndup(doc, after, alen);
    if (!b || !a)
        return;
    size_t w = 0;
    for (size_t r = 0; b[r]; r++) {
        char c = b[r] == '\n' || b[r] == '\t' || b[r] == '\r' ? ' ' : b[r];
        if (c != ' ' || !w || b[w - 1] != ' ')
            b[w++] = c;
    }
    b[w] = '\0';
    bt_node_set_credit_apart(doc, credit, b, a);
}

void bt_credit_split(bt_document *doc, bt_node *fig)
{
    bt_node *cap = bt_node_figure_caption(fig);
    const char *text = cap ? bt_node_text(doc, cap) : NULL;
    if (!text)
        return;
    size_t len = strlen(text);
    credit_place s = find_credit(text, len);
    if (s.at == len || len - s.at > 160)
        return;
    size_t keep = without_separators(text, s.at), close = len;
    while (close > s.end && text[close - 1] == ' ')
        close--;
    bt_node *credit = bt_node_new(doc, BT_NODE_CREDIT);
    if (!credit || bt_node_append_text(doc, credit, text + s.at, s.end - s.at) != BT_OK)
        return;
    set_apart(doc, credit, text + keep, s.at - keep, text + s.end, close - s.end);
    bt_inlines_truncate(doc, cap, keep);
    bt_node_append(fig, credit);
    bt_credit_label(doc, credit);
}

/* Whether text[0..len) is "(name)" or "(name).", and the name's length. */
static int bracketed(const char *text, size_t len, size_t *name)
{
    size_t close = len >= 2 && text[len - 1] == '.' && text[len - 2] == ')' ? 2
                   : len && text[len - 1] == ')'                            ? 1
                                                                            : 0;
    if (len < close + 1 || text[0] != '(' || !close)
        return 0;
    *name = len - close - 1;
    return 1;
}

void bt_credit_read_apart(bt_document *doc, bt_node *caption, bt_node *credit)
{
    const char *cap = caption ? bt_node_text(doc, caption) : NULL;
    size_t clen = cap ? strlen(cap) : 0, keep = cap ? without_separators(cap, clen) : 0;
    const char *text = bt_node_text(doc, credit);
    size_t len = text ? strlen(text) : 0, name = 0;
    while (len && text[len - 1] == ' ')
        len--;
    while (len && *text == ' ')
        text++, len--;
    bt_buf before = BT_BUF_INIT;
    bt_buf_put(&before, cap ? cap + keep : "", clen - keep);
    if (!before.len)
        bt_buf_putc(&before, ' '); /* the markup set it apart */
    else if (before.data[before.len - 1] != ' ' && before.data[before.len - 1] != '(')
        bt_buf_putc(&before, ' '); /* "Text | <span>": the space before the element */
    int open = text && bracketed(text, len, &name);
    if (open)
        bt_buf_putc(&before, '(');
    if (!before.failed)
        set_apart(doc, credit, before.data, before.len, open ? text + 1 + name : "",
                  open ? len - 1 - name : 0);
    bt_buf_free(&before);
    if (keep < clen)
        bt_inlines_truncate(doc, caption, keep);
    if (open) {
        const char *copy = bt_arena_strndup(doc, text + 1, name);
        while (credit->first)
            bt_node_unlink(credit->first);
        if (copy)
            bt_node_append_text(doc, credit, copy, name);
    }
}

void bt_credit_unrepeat(bt_document *doc, bt_node *caption, bt_node *credit)
{
    const char *cap = caption ? bt_node_text(doc, caption) : NULL;
    const char *text = cap ? bt_node_text(doc, credit) : NULL;
    size_t clen = cap ? strlen(cap) : 0, len = text ? strlen(text) : 0;
    while (clen && cap[clen - 1] == ' ')
        clen--;
    size_t close = clen >= 2 && cap[clen - 1] == '.' && cap[clen - 2] == ')' ? 2
                   : clen && cap[clen - 1] == ')'                            ? 1
                                                                             : 0;
    if (!len || clen < len + close + 2)
        return;
    size_t at = clen - close - len;
    int open = close && cap[at - 1] == '(';
    if (strncmp(cap + at, text, len) || (close && !open) ||
        !credit_boundary(cap, open ? at - 1 : at))
        return;
    size_t keep = without_separators(cap, open ? at - 1 : at);
    /* (unbracketed, only after a sentence: "Portrait of Jane Doe" over the
     * credit "Jane Doe" is a caption naming its subject) */
    if (!keep || (!open && !strchr(".!?", cap[keep - 1])))
        return;
    if (open)
        set_apart(doc, credit, cap + keep, at - keep, cap + clen - close, close);
    bt_inlines_truncate(doc, caption, keep);
}

void bt_credit_apart(const bt_node *credit, int after_caption, const char *dflt, bt_buf *outside,
                     const char **open, const char **close)
{
    const char *before = bt_node_credit_before(credit), *after = bt_node_credit_after(credit);
    size_t len = before ? strlen(before) : 0;
    int bracket = len && before[len - 1] == '(';
    *open = bracket ? "(" : "";
    *close = after ? after : "";
    if (after_caption && before)
        bt_buf_put(outside, before, len - (size_t)bracket);
    else if (after_caption)
        bt_buf_puts(outside, dflt);
}

/* The first leaf below n, n itself when it has no children. */
static bt_node *first_leaf(bt_node *n)
{
    while (n->first)
        n = n->first;
    return n;
}

void bt_inlines_drop_prefix(bt_document *doc, bt_node *root, size_t len)
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

void bt_credit_label(bt_document *doc, bt_node *credit)
{
    static const char *const labels[] = {"Ảnh",
                                         "Photo",
                                         "Photograph",
                                         "Foto",
                                         "Nguồn",
                                         "Source",
                                         "Credit",
                                         "Hình",
                                         "Image credit",
                                         "Photo credit",
                                         "Picture credit",
                                         "Bild",
                                         "Video",
                                         "Bildrechte",
                                         "Image",
                                         "Picture",
                                         "Pic",
                                         NULL};
    const char *text = bt_node_text(doc, credit);
    if (!text)
        return;
    size_t start = strspn(text, " ");
    for (const char *const *l = labels; *l; l++) {
        size_t ll = strlen(*l), end = start + ll;
        if (strncasecmp(text + start, *l, ll))
            continue;
        /* as the writers write it, "Photo: AP": "Photo : AP" (French
         * spacing) and "Photo:AP" stay as the page wrote them */
        if (text[end] != ':' || text[end + 1] != ' ')
            continue;
        end += 1 + strspn(text + end + 1, " ");
        if (!text[end])
            return; /* a label without a name is the name */
        const char *label = bt_arena_strndup(doc, text + start, ll);
        if (label && bt_node_set_label(doc, credit, label) == BT_OK)
            bt_inlines_drop_prefix(doc, credit, end);
        return;
    }
}
