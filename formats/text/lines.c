/* The line model of the text reader: cleaning, splitting, and what a line
 * looks like. */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "unicode.h"

/* A combining mark of U+0300..U+036F takes no column of its own. */
static int combining(const unsigned char *p, const unsigned char *e)
{
    return p + 1 < e && (p[0] == 0xCC || (p[0] == 0xCD && p[1] < 0xB0));
}

/* Bytes dropped from text: zero-width space, BOM, soft hyphen, and C1
 * controls (which *control counts). */
static size_t dropped(const unsigned char *p, const unsigned char *e, size_t *control)
{
    if (p + 2 < e && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x8B)
        return 3;
    if (p + 2 < e && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return 3;
    if (p + 1 < e && p[0] == 0xC2 && (p[1] == 0xAD || p[1] < 0xA0)) {
        *control += p[1] != 0xAD;
        return 2;
    }
    return 0;
}

size_t tr_clean(const char *str, size_t len, bt_buf *out)
{
    const unsigned char *p = (const unsigned char *)str, *e = p + len;
    size_t col = 0, control = 0;
    while (p < e) {
        const unsigned char *run = p;
        while (p < e && *p >= 0x20 && *p != 0x7F && *p != 0xC2 && *p != 0xE2 && *p != 0xEF) {
            col += (*p & 0xC0) != 0x80 && !combining(p, e);
            p++;
        }
        bt_buf_put(out, run, (size_t)(p - run));
        if (p == e)
            break;
        size_t skip = dropped(p, e, &control);
        if (skip) {
            p += skip;
            continue;
        }
        unsigned char c = *p++;
        if (c == '\r' || c == '\n') {
            if (c == '\r' && p < e && *p == '\n')
                p++;
            bt_buf_putc(out, '\n');
            col = 0;
        } else if (c == '\f') {
            bt_buf_put(out, "\n\n", 2);
            col = 0;
        } else if (c == '\t') {
            size_t n = 8 - col % 8;
            char *sp = bt_buf_extend(out, n);
            if (sp)
                memset(sp, ' ', n);
            col += n;
        } else if (c >= 0x20 && c != 0x7F) {
            /* a lead byte stopped the run but starts nothing dropped */
            bt_buf_putc(out, (char)c);
            col++;
        } else {
            control++;
        }
    }
    return control;
}

tr_line *tr_split(const char *s, size_t len, size_t *n)
{
    size_t count = 1;
    for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + len - p))) != NULL; p++)
        count++;
    tr_line *lines = malloc(count * sizeof(*lines));
    if (!lines)
        return NULL;
    size_t k = 0;
    const char *p = s, *e = s + len;
    while (k < count) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *end = nl ? nl : e;
        size_t l = (size_t)(end - p);
        while (l && p[l - 1] == ' ')
            l--;
        lines[k++] = tr_line_at(p, l);
        p = end + 1;
    }
    /* the final line end makes no line */
    if (count > 1 && lines[count - 1].len == 0 && len && s[len - 1] == '\n')
        count--;
    *n = count;
    return lines;
}

const char *tr_find(const char *s, size_t len, const char *needle)
{
    /* " | " and " - ": look for the rare middle byte */
    for (size_t i = 1; i + 1 < len; i++) {
        const char *m = memchr(s + i, needle[1], len - 1 - i);
        if (!m)
            return NULL;
        i = (size_t)(m - s);
        if (s[i - 1] == needle[0] && s[i + 1] == needle[2])
            return s + i - 1;
    }
    return NULL;
}

tr_line tr_line_at(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    return (tr_line){s, len, i};
}

size_t tr_indent(const tr_line *l) { return l->indent; }

int tr_blank(const tr_line *l) { return tr_indent(l) == l->len; }

/* Scripts whose every code point is one grapheme cluster in NFC: Latin
 * (Vietnamese included), general punctuation, currency signs.  The rest
 * goes to ICU. */
static int simple_width(const unsigned char *p, size_t len, size_t *w)
{
    size_t count = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = p[i];
        if ((c & 0xC0) == 0x80)
            continue;
        count++;
        if (c < 0xCC)
            continue;
        if (c == 0xE1 && i + 1 < len &&
            (p[i + 1] == 0xB8 || p[i + 1] == 0xB9 || p[i + 1] == 0xBA || p[i + 1] == 0xBB))
            continue; /* U+1E00..U+1EFF */
        if (c == 0xE2 && i + 2 < len &&
            ((p[i + 1] == 0x80 && p[i + 2] >= 0x90) || p[i + 1] == 0x81 || p[i + 1] == 0x82))
            continue; /* U+2010..U+20BF */
        return 0;
    }
    *w = count;
    return 1;
}

size_t tr_width(const char *s, size_t len)
{
    size_t w;
    if (simple_width((const unsigned char *)s, len, &w))
        return w;
    return bt_grapheme_count(s, len);
}

/* The character of a line made of one repeated '=' or '-' (two at least, so
 * a lone "-" stays an empty list item), else 0. */
static char underline_char(const tr_line *under)
{
    char ch = under->len ? under->s[0] : 0;
    if ((ch != '=' && ch != '-') || under->len < 2)
        return 0;
    for (size_t i = 0; i < under->len; i++)
        if (under->s[i] != ch)
            return 0;
    return ch;
}

char tr_heading_run(const tr_line *l, size_t n, size_t i, size_t max_lines, size_t *lines)
{
    size_t widest = 0;
    for (size_t j = i; j < n && j < i + max_lines && !tr_blank(&l[j]); j++) {
        size_t ind = tr_indent(&l[j]);
        if (ind >= TR_PRE_INDENT)
            return 0;
        size_t w = l[j].len - ind;
        /* the width in clusters never exceeds the bytes: skip counting when short */
        if (w > widest && (w = tr_width(l[j].s + ind, l[j].len - ind)) > widest)
            widest = w;
        char ch = j + 1 < n ? underline_char(&l[j + 1]) : 0;
        if (ch && l[j + 1].len == widest) {
            if (lines)
                *lines = j - i + 1;
            return ch;
        }
    }
    return 0;
}

char tr_underline(const tr_line *text, const tr_line *under)
{
    tr_line two[2] = {*text, *under};
    return tr_heading_run(two, 2, 0, 1, NULL);
}

int tr_rule(const tr_line *l)
{
    size_t i = tr_indent(l);
    if (i >= TR_PRE_INDENT || i == l->len)
        return 0;
    char ch = l->s[i];
    if (ch != '*' && ch != '-' && ch != '_')
        return 0;
    int count = 0;
    for (; i < l->len; i++) {
        if (l->s[i] == ch)
            count++;
        else if (l->s[i] != ' ')
            return 0;
    }
    return count >= 3;
}

int tr_atx(const tr_line *l, const char **s, size_t *len)
{
    size_t i = tr_indent(l), level = 0;
    if (i >= TR_PRE_INDENT)
        return 0;
    for (; i < l->len && l->s[i] == '#'; i++)
        level++;
    if (level < 1 || level > 6 || i >= l->len || l->s[i] != ' ')
        return 0;
    while (i < l->len && l->s[i] == ' ')
        i++;
    if (i == l->len)
        return 0;
    *s = l->s + i;
    *len = l->len - i;
    return (int)level;
}

char tr_marker(const tr_line *l, int *number, size_t *content)
{
    size_t i = tr_indent(l), start = i;
    if (i >= TR_PRE_INDENT || i == l->len)
        return 0;
    char kind;
    *number = 0;
    if (strchr("-*+", l->s[i])) {
        kind = l->s[i++];
    } else {
        int n = 0;
        while (i < l->len && l->s[i] >= '0' && l->s[i] <= '9' && i - start < 9)
            n = n * 10 + (l->s[i++] - '0');
        if (i == start || i >= l->len || (l->s[i] != '.' && l->s[i] != ')'))
            return 0;
        kind = l->s[i++];
        *number = n;
    }
    if (i < l->len && l->s[i] != ' ')
        return 0;
    /* the text starts after one space, or after up to four */
    size_t text = i + 1, j = i;
    while (j < l->len && l->s[j] == ' ')
        j++;
    if (j < l->len && j - i <= 4)
        text = j;
    *content = text;
    return kind;
}

int tr_quote(const tr_line *l)
{
    size_t i = tr_indent(l);
    return i < TR_PRE_INDENT && i < l->len && l->s[i] == '>';
}

int tr_table_row(const tr_line *l)
{
    return tr_indent(l) < TR_PRE_INDENT && tr_find(l->s, l->len, " | ") != NULL;
}

int tr_marked(const tr_line *lines, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (lines[i].len && (lines[i].s[0] == '=' || lines[i].s[0] == '-') &&
            tr_underline(&lines[i - 1], &lines[i]))
            return 1;
    return 0;
}

int tr_final_punct(const char *s, size_t len)
{
    if (!len)
        return 0;
    if (strchr(".,;:!?", s[len - 1]))
        return 1;
    return len >= 3 && !memcmp(s + len - 3, "…", 3);
}
