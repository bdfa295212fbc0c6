/* What a conversion can only tell once a run of blocks is there: bold lines
 * that are sub-headings, bold leads, bylines that are not, figures that
 * show an earlier one again. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "language.h"
#include "textdate.h"
#include "unicode.h"
#include "xhtml_read.h"

/* Whether all the text of a paragraph is in strong elements. */
static int bold_only(const bt_node *p);

/* Whether next opens the section a bold line t heads: a paragraph not all
 * in bold, a list or a table, past the pictures that may open it when t
 * has two words or more (in Chinese, four letters), no figure, colon nor
 * bar (an address or a numbered line over a photo is a caption's or a
 * list's, "4940 SW 2nd PL"; a call introduces its link, "go to: www...";
 * "作者︱春春" names the author). */
static int section_follows(const bt_node *next, const char *t)
{
    int pictures = 0;
    for (; next && next->type == BT_NODE_FIGURE; next = next->next)
        pictures++;
    if (pictures && (strpbrk(t, "0123456789:|") || strstr(t, "\xEF\xB8\xB1") ||
                     strstr(t, "\xEF\xBD\x9C") || bt_utf8_word_count(t, 2) < 2))
        return 0;
    return next &&
           ((next->type == BT_NODE_PARAGRAPH && next->role == BT_ROLE_NONE && !bold_only(next)) ||
            next->type == BT_NODE_LIST || next->type == BT_NODE_TABLE);
}

static int blank(const bt_node *k)
{
    /* (spaces, or a Chinese paragraph's indent: "<p>　　<strong>...") */
    return k->type == BT_NODE_TEXT &&
           (!k->literal || !k->literal[bt_xhtml_leading_space(k->literal)]);
}

/* The strong run that is all of emphasis k's words (a line in bold
 * italics, "<em><strong>"), or NULL. */
static bt_node *italic_bold(const bt_node *k)
{
    bt_node *strong = NULL;
    for (bt_node *c = k->type == BT_NODE_EMPH ? k->first : NULL; c; c = c->next)
        if (c->type == BT_NODE_STRONG && !strong)
            strong = c;
        else if (!blank(c))
            return NULL;
    return strong;
}

/* Whether p is all in bold: 1, or 2 when in bold italics (a sub-heading
 * ranked below those in bold alone). */
static int bold_only(const bt_node *p)
{
    int strong = 0;
    for (const bt_node *k = p->first; k; k = k->next) {
        if (k->type == BT_NODE_STRONG)
            strong = 1;
        else if (!strong && italic_bold(k))
            strong = 2;
        else if (k->type == BT_NODE_TEXT) {
            if (!blank(k))
                return 0;
        } else if (k->type != BT_NODE_BREAK)
            return 0;
    }
    return strong;
}

/* Whether t[0..len) ends with a company's abbreviated form, whose full
 * stop ends no sentence: a press release's "About Northquill Metals
 * Corp." over its boilerplate. */
static int company_ending(const char *t, size_t len)
{
    static const char *const forms[] = {" inc.", " corp.", " ltd.", " co.", " llc.", " plc.", NULL};
    for (const char *const *f = forms; *f; f++) {
        size_t fl = strlen(*f);
        if (len > fl && !strncasecmp(t + len - fl, *f, fl))
            return 1;
    }
    return 0;
}

/* Words a heading has at most; Vietnamese words are syllables, a
 * heading's twice as many. */
#define HEADING_WORDS 15
#define HEADING_WORDS_VI 24

/* The length of the section's number t opens with, "3. " or "3) ", of
 * two digits at most; 0 for none. */
static size_t number_prefix(const char *t)
{
    size_t digits = strspn(t, "0123456789");
    return digits && digits <= 2 && (t[digits] == '.' || t[digits] == ')') && t[digits + 1] == ' '
               ? digits + 2
               : 0;
}

/* Short, without a sentence's final punctuation: a heading's text.  A
 * closing quote ends a sentence only after the sentence's own mark, or
 * after another sentence ('Dịch vụ thuyền "ăn nên làm ra"' is a heading,
 * 'Ông nói: "Được."' and 'Ông nói. "Được"' are not). */
static int heading_like(const char *t, size_t max_words)
{
    static const char *const finals[] = {
        ".", ":", ";", "!", "?", "\xE2\x80\xA6", "\"", "\xE2\x80\x9D", ",", NULL};
    static const char *const quotes[] = {"\"", "\xE2\x80\x9D", NULL};
    size_t len = strlen(t);
    if (!len || bt_word_count(t) > max_words || bt_grapheme_count(t, len) > 120)
        return 0;
    if (company_ending(t, len))
        return 1;
    /* (a sentence in brackets ends in its own mark: "[Call from ... waived.]") */
    if (len >= 2 && strchr(")]", t[len - 1]) && strchr(".!?", t[len - 2]))
        return 0;
    /* (a section's number is no sentence before it: '5. Nhà máy "xanh"') */
    const char *words = t + number_prefix(t);
    for (const char *const *q = quotes; *q; q++) {
        size_t ql = strlen(*q), end = len - ql;
        if (len > ql + 1 && !memcmp(t + end, *q, ql) && !strchr(".:;!?,", t[end - 1]) &&
            !(end >= 3 && !memcmp(t + end - 3, "\xE2\x80\xA6", 3)) && !strstr(words, ". ") &&
            !strstr(words, "? ") && !strstr(words, "! "))
            len = end;
    }
    for (const char *const *f = finals; *f; f++) {
        size_t fl = strlen(*f);
        if (len >= fl && !memcmp(t + len - fl, *f, fl))
            return 0;
    }
    return 1;
}

/* Bold questions a run of blocks has at most for them to be sub-headings
 * beside others ("Which cucumbers are affected?" before "What to do if you
 * bought them"); more, or questions alone, are an interview's. */
#define QUESTION_HEADINGS 3

/* Whether t, its number after, is one sentence short enough for a
 * heading, with no other sentence or colon in it. */
static int one_sentence(const char *t, size_t max_words)
{
    return strlen(t) > 1 && bt_word_count(t) <= max_words && !strstr(t, ". ") && !strstr(t, "? ") &&
           !strstr(t, "! ") && !strchr(t, ':');
}

/* Whether t is one question short enough for a heading (numbered or not:
 * "3. Người dùng cần làm gì?" after "1. ..." and "2. ..."). */
static int question_like(const char *t, size_t max_words)
{
    t += number_prefix(t);
    size_t len = strlen(t);
    return len > 1 && t[len - 1] == '?' && one_sentence(t, max_words);
}

/* Numbered sentences in bold a run of blocks has at least for them to be
 * its sub-headings ("1. Nobody has solved Oregon's second half." to "5. ..."
 * over the sections of a list article). */
#define NUMBERED_HEADINGS 3

/* The number t opens with when the rest is one sentence short enough for
 * a heading; else 0. */
static int numbered_line(const char *t, size_t max_words)
{
    size_t prefix = number_prefix(t);
    return prefix && one_sentence(t + prefix, max_words) ? atoi(t) : 0;
}

/* Whether t names the closing section of references and sources, with
 * its colon ("Tài liệu tham khảo:", "References:"): a heading, though a
 * colon ends it. */
static int references_label(const char *t)
{
    static const char *const labels[] = {"tài liệu tham khảo",
                                         "nguồn tham khảo",
                                         "references",
                                         "sources",
                                         "bibliography",
                                         "quellen",
                                         "literatur",
                                         "références",
                                         "referencias",
                                         "bibliografía",
                                         "fonti",
                                         "bibliografia",
                                         NULL};
    size_t len = strlen(t);
    if (len < 2 || t[len - 1] != ':' || len > 64)
        return 0;
    len--;
    while (len && t[len - 1] == ' ')
        len--;
    bt_buf f = BT_BUF_INIT;
    int hit = 0;
    if (bt_utf8_fold(t, len, &f) && !f.failed)
        for (const char *const *l = labels; *l && !hit; l++)
            hit = !strcmp(f.data, *l);
    bt_buf_free(&f);
    return hit;
}

/* Whether t is a date and nothing else ("20.01.2022"): a bold line so is
 * the post's date, no sub-heading. */
static int a_date(const char *t)
{
    char iso[32];
    size_t len = strlen(t);
    return len < sizeof(iso) * 2 && bt_textdate_parse(t, len, iso);
}

/* Whether t is a byline: "By" and two to five capitalised words ("By
 * Kavindya Perera" in bold over a story's first paragraph, or under its
 * last), no heading. */
static int byline_like(const char *t)
{
    static const char *const bys[] = {"By ", "BY ", "Por ", "POR ", "Par ", "PAR ", NULL};
    for (const char *const *b = bys; *b; b++)
        if (!strncmp(t, *b, strlen(*b))) {
            const char *name = t + strlen(*b);
            int words = bt_utf8_capitalized_words(name, strlen(name));
            return words >= 2 && words <= 5;
        }
    return 0;
}

/* Words a bold label over a list has at most ("Background:" over the
 * points of the story so far). */
#define LIST_LABEL_WORDS 4

/* Whether t is a short label ending in a colon: over a list, a heading of
 * the list's section. */
static int list_label(const char *t)
{
    size_t len = strlen(t);
    return len > 1 && t[len - 1] == ':' && bt_word_count(t) <= LIST_LABEL_WORDS;
}

/* Replace each strong child by its children. */
static void unwrap_strong(bt_node *p)
{
    size_t n = 0;
    for (bt_node *k = p->first; k; k = k->next)
        n++;
    /* each original child in turn moves to the end; a strong leaves its
     * children there, and blank text at either end goes (an indent, a
     * no-break space after the line) */
    for (size_t i = 0; i < n; i++) {
        bt_node *k = p->first, *strong = k->type == BT_NODE_STRONG ? k : italic_bold(k);
        if (!strong && (i == 0 || i == n - 1) && blank(k)) {
            bt_node_unlink(k);
            continue;
        }
        if (!strong) {
            bt_node_append(p, k);
            continue;
        }
        while (strong->first)
            bt_node_append(p, strong->first);
        bt_node_unlink(k);
    }
}

int bt_xhtml_same_words(const char *a, const char *b, int prefix)
{
    for (;;) {
        while (*a && (unsigned char)*a < 0x80 && !isalnum((unsigned char)*a))
            a++;
        while (*b && (unsigned char)*b < 0x80 && !isalnum((unsigned char)*b))
            b++;
        if (!*a && prefix)
            return 1;
        if (*a != *b)
            return 0;
        if (!*a)
            return 1;
        a++, b++;
    }
}

/* The shortest caption, or start of one cut short, that names a picture. */
#define CUT_CAPTION_BYTES 20

/* The caption's text up to an ellipsis that cuts it short ("Fred Willard
 * arrives at the fifth annual... View Full Size"): the start of a longer
 * caption.  0 when nothing cuts it. */
static size_t cut_at(const char *t)
{
    const char *e = strstr(t, "...");
    const char *u = strstr(t, "\xE2\x80\xA6");
    if (!e || (u && u < e))
        e = u;
    return e && (size_t)(e - t) >= CUT_CAPTION_BYTES ? (size_t)(e - t) : 0;
}

/* Whether caption a is b's again, or the start of it that an ellipsis cut;
 * a few words ("Quelle: THW") may caption other pictures of a page alike. */
static int caption_again(char *a, const char *b)
{
    size_t cut = cut_at(a);
    if (!cut)
        return strlen(a) >= CUT_CAPTION_BYTES && bt_xhtml_same_words(a, b, 0);
    char c = a[cut];
    a[cut] = '\0';
    int same = bt_xhtml_same_words(a, b, 1);
    a[cut] = c;
    return same;
}

/* The figures a page shows twice, the same picture with the same caption
 * or its start: a thumbnail and its full-size copy for a lightbox, or one
 * for another screen.  The one with the whole caption stays. */
#define COPIES_LOOKED_BACK 16

static void drop_copies(bt_node *parent)
{
    bt_node *seen[COPIES_LOOKED_BACK];
    size_t n = 0, kept = 0;
    bt_buf mine = BT_BUF_INIT, theirs = BT_BUF_INIT;
    for (bt_node *k = parent->first, *next; k && !mine.failed && !theirs.failed; k = next) {
        next = k->next;
        const char *src = k->type == BT_NODE_FIGURE ? k->src : NULL;
        if (!src)
            continue;
        bt_buf_truncate(&mine, 0);
        bt_node_text_put(bt_node_figure_caption(k), &mine);
        bt_buf_putc(&mine, '\0');
        bt_node *drop = NULL;
        for (size_t i = 0; i < n && !drop; i++) {
            if (strcmp(seen[i]->src, src))
                continue;
            bt_buf_truncate(&theirs, 0);
            bt_node_text_put(bt_node_figure_caption(seen[i]), &theirs);
            bt_buf_putc(&theirs, '\0');
            if (mine.failed || theirs.failed)
                break;
            if (caption_again(mine.data, theirs.data))
                drop = k;
            else if (caption_again(theirs.data, mine.data)) {
                drop = seen[i];
                seen[i] = k;
            }
        }
        if (drop)
            bt_node_unlink(drop);
        else
            seen[kept++ % COPIES_LOOKED_BACK] = k;
        n = kept < COPIES_LOOKED_BACK ? kept : COPIES_LOOKED_BACK;
    }
    bt_buf_free(&mine);
    bt_buf_free(&theirs);
}

/* Words the text after a bold line has at least for the line to head it. */
#define HEADED_WORDS 8

/* A bold line that heads the text of its own paragraph, a break between
 * ("<p><strong>Tần suất mười lăm phút</strong><br>Các xe chạy ...</p>"):
 * a heading of its own (at level) before the paragraph that is left. */
static void split_head(bt_document *doc, bt_node *p, int level, size_t max_words, bt_buf *text)
{
    bt_node *head = p->first;
    while (head && blank(head))
        head = head->next;
    bt_node *br = head && head->type == BT_NODE_STRONG ? head->next : NULL;
    while (br && blank(br))
        br = br->next;
    if (!br || br->type != BT_NODE_BREAK || !br->next)
        return;
    bt_buf_truncate(text, 0);
    for (const bt_node *k = br->next; k; k = k->next)
        bt_node_text_put(k, text);
    if (text->failed || bt_word_count(text->data ? text->data : "") < HEADED_WORDS)
        return;
    bt_buf_truncate(text, 0);
    bt_node_text_put(head, text);
    const char *t = text->data ? text->data : "";
    bt_node *h = text->failed || bt_word_count(t) < 2 || !heading_like(t, max_words)
                     ? NULL
                     : bt_node_new(doc, BT_NODE_HEADING);
    if (!h)
        return;
    bt_node_set_heading_level(h, level);
    while (head->first)
        bt_node_append(h, head->first);
    bt_node_insert_before(p, h);
    const bt_node *rest = br->next;
    while (p->first != rest)
        bt_node_unlink(p->first);
}

/* Whether t is a news agency's intertitle, set between dashes on a line of
 * its own as wire copy sets it (AFP's "- Souvenir de 2024 -"). */
static int wire_intertitle(const char *t, size_t max_words)
{
    size_t len = strlen(t);
    return len > 4 && !strncmp(t, "- ", 2) && !strcmp(t + len - 2, " -") &&
           bt_word_count(t) <= max_words + 2;
}

/* Words a line continuing the headline has at most. */
#define SUBLINE_MOST_WORDS 20

/* Whether bold line p, saying t, opens the text (past the headline, its
 * byline, date and pictures) on an ellipsis: the headline's subline,
 * continuing it ("...Traders given 7-day notice, says govt", Nigerian
 * papers' convention), no sub-heading. */
static int continues_headline(const bt_node *p, const char *t)
{
    for (const bt_node *k = p->prev; k; k = k->prev)
        if ((k->type == BT_NODE_PARAGRAPH && k->role != BT_ROLE_BYLINE &&
             k->role != BT_ROLE_DATELINE) ||
            (k->type == BT_NODE_HEADING && k->level > 1) || k->type == BT_NODE_LIST)
            return 0;
    return (!strncmp(t, "\xE2\x80\xA6", 3) || !strncmp(t, "...", 3)) &&
           bt_word_count(t) <= SUBLINE_MOST_WORDS;
}

void bt_xhtml_tidy(bt_document *doc, bt_node *parent)
{
    drop_copies(parent);
    /* a bold line ranks below an h2, else with the page's own sub-headings */
    int top = 0;
    for (bt_node *k = parent->first; k; k = k->next)
        if (k->type == BT_NODE_HEADING && k->level > 1 && (!top || k->level < top))
            top = k->level;
    int level = top == 2 ? 3 : top ? top : 2;
    size_t max_words =
        bt_lang_is_vi(bt_document_meta(doc, BT_META_LANGUAGE)) ? HEADING_WORDS_VI : HEADING_WORDS;
    /* one scratch buffer for the text of every paragraph looked at */
    bt_buf text = BT_BUF_INIT;
    size_t questions = 0, headings = 0, plain = 0;
    /* (numbered lines count only in order from one: 1., 2., 3.) */
    int numbered = 0;
    for (bt_node *k = parent->first; k; k = k->next) {
        int bold = k->type == BT_NODE_PARAGRAPH && k->role == BT_ROLE_NONE ? bold_only(k) : 0;
        if (!bold)
            continue;
        bt_buf_truncate(&text, 0);
        bt_node_text_put(k, &text);
        const char *t = text.data ? text.data : "";
        const bt_node *next = k->next;
        questions += question_like(t, max_words);
        int number = numbered_line(t, max_words);
        if (number && number == numbered + 1)
            numbered = number;
        int heads = heading_like(t, max_words) && !a_date(t) && next &&
                    next->type == BT_NODE_PARAGRAPH && next->role == BT_ROLE_NONE &&
                    !bold_only(next);
        headings += heads;
        plain += heads && bold == 1;
    }
    /* (lines in bold italics rank below those in bold alone: Tạp chí Cộng
     * sản's "Về năng lực quản trị" under "Những hạn chế, bất cập") */
    int below = level < 6 && plain ? level + 1 : level;
    int asked = headings && questions <= QUESTION_HEADINGS;
    for (bt_node *k = parent->first; k; k = k->next) {
        if (k->type != BT_NODE_PARAGRAPH)
            continue;
        int bold = bold_only(k);
        if (!bold && k->role == BT_ROLE_NONE) {
            /* (its text is read only when it opens on a dash) */
            const bt_node *first = k->first;
            int dash = first && first->type == BT_NODE_TEXT && first->literal &&
                       !strncmp(first->literal, "- ", 2) && k->next &&
                       k->next->type == BT_NODE_PARAGRAPH;
            if (dash) {
                bt_buf_truncate(&text, 0);
                bt_node_text_put(k, &text);
            }
            if (dash && !text.failed && text.data && wire_intertitle(text.data, max_words)) {
                k->type = BT_NODE_HEADING;
                bt_node_set_heading_level(k, level);
                continue;
            }
            split_head(doc, k, level, max_words, &text);
        }
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
        } else if (k->role == BT_ROLE_NONE && continues_headline(k, t)) {
            bt_node_set_role(k, BT_ROLE_LEAD);
            unwrap_strong(k);
        } else if (k->role == BT_ROLE_NONE && byline_like(t)) {
            bt_node_set_role(k, BT_ROLE_BYLINE);
            unwrap_strong(k);
        } else if (k->role == BT_ROLE_NONE && next &&
                   (((heading_like(t, max_words) || (asked && question_like(t, max_words)) ||
                      (numbered >= NUMBERED_HEADINGS && numbered_line(t, max_words)) ||
                      references_label(t)) &&
                     !a_date(t) && section_follows(next, t)) ||
                    (next->type == BT_NODE_LIST && list_label(t)))) {
            k->type = BT_NODE_HEADING;
            bt_node_set_heading_level(k, bold == 2 ? below : level);
            unwrap_strong(k);
            bt_xhtml_drop_indent(doc, k);
        }
    }
    bt_buf_free(&text);
}
