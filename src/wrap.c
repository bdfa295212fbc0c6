#include "wrap.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "unicode.h"

struct bt_wrap {
    int columns;
    UBreakIterator *lines, *clusters;
    UText text;
};

bt_wrap *bt_wrap_new(int columns)
{
    bt_wrap *w = calloc(1, sizeof(*w));
    if (!w)
        return NULL;
    UText init = UTEXT_INITIALIZER;
    w->text = init;
    w->columns = columns;
    UErrorCode st = U_ZERO_ERROR;
    w->lines = ubrk_open(UBRK_LINE, "", NULL, 0, &st);
    w->clusters = ubrk_open(UBRK_CHARACTER, "", NULL, 0, &st);
    if (U_FAILURE(st)) {
        bt_wrap_free(w);
        return NULL;
    }
    return w;
}

void bt_wrap_free(bt_wrap *w)
{
    if (!w)
        return;
    ubrk_close(w->lines);
    ubrk_close(w->clusters);
    utext_close(&w->text);
    free(w);
}

/* The line being filled. */
typedef struct line {
    bt_buf *out;
    const char *rest;
    size_t prefix_w, rest_w; /* the current line's prefix, the next lines' */
    size_t width;            /* clusters after the prefix */
    size_t widest;
    size_t start; /* where the current line starts in out */
} line;

static void end_line(line *ln)
{
    bt_buf *b = ln->out;
    while (b->len > ln->start && b->data[b->len - 1] == ' ')
        bt_buf_truncate(b, b->len - 1);
    bt_buf_putc(b, '\n');
    if (ln->width > ln->widest)
        ln->widest = ln->width;
}

static void new_line(line *ln)
{
    end_line(ln);
    ln->start = ln->out->len;
    bt_buf_puts(ln->out, ln->rest);
    ln->prefix_w = ln->rest_w;
    ln->width = 0;
}

/* Clusters in s[a..e), s being the text the cluster iterator is set on. */
static size_t clusters(bt_wrap *w, const char *s, int32_t a, int32_t e)
{
    size_t n = 0;
    /* the break iterator was 40% of a text conversion: most words need none */
    if (bt_utf8_count_clusters(s + a, (size_t)(e - a), &n))
        return n;
    for (int32_t p = a; p < e && p != UBRK_DONE; p = ubrk_following(w->clusters, p))
        n++;
    return n;
}

/* Scripts written without spaces between words, where a break between two
 * letters is a reader's ordinary line break. */
static int unspaced(UChar32 c)
{
    if (c < 0x0E00 || u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC))
        return 0;
    switch (u_getIntPropertyValue(c, UCHAR_LINE_BREAK)) {
    case U_LB_IDEOGRAPHIC:
    case U_LB_CONDITIONAL_JAPANESE_STARTER:
    case U_LB_H2:
    case U_LB_H3:
    case U_LB_JL:
    case U_LB_JV:
    case U_LB_JT:
    case U_LB_COMPLEX_CONTEXT: return 1;
    default: return 0;
    }
}

/* Whether a line starting at p would read as a list item, a quote, a
 * heading or an underline ("- ", "1. ", "> ", "## ", "==="). */
static int marker(const char *p, const char *end)
{
    const char *q = p;
    if (strchr("-*+>#=", *p)) {
        while (q < end && *q == *p)
            q++;
    } else {
        while (q < end && *q >= '0' && *q <= '9')
            q++;
        if (q == p || q == end || (*q != '.' && *q != ')'))
            return 0;
        q++;
    }
    return q == end || *q == ' ';
}

/* Only some of ICU's opportunities are taken: the text reader joins wrapped
 * lines with a space, so a break after a hyphen or a slash ("03-NQ/ĐUK")
 * would come back as a space inside the word, and a line starting with
 * "- " would come back as a list.  Breaks after spaces and around
 * ideographs read back as written. */
static int may_break(const char *s, int32_t len, int32_t at)
{
    if (s[at - 1] == ' ')
        return !marker(s + at, s + len);
    UChar32 before, after;
    int32_t i = at;
    U8_PREV((const uint8_t *)s, 0, i, before);
    i = at;
    U8_NEXT((const uint8_t *)s, i, len, after);
    return unspaced(before) || unspaced(after);
}

static pthread_once_t ascii_once = PTHREAD_ONCE_INIT;
static signed char ascii_class[128];

static void ascii_classes(void)
{
    for (int c = 0; c < 128; c++)
        ascii_class[c] = (signed char)u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
}

/* A character's Line_Break class (ASCII's from a table made once). */
static int line_class(UChar32 c)
{
    if (c >= 128)
        return u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
    pthread_once(&ascii_once, ascii_classes);
    return ascii_class[c];
}

/* Whether UAX #14 puts a break after each run of spaces in s[0..len), and
 * may_break takes no other (no letter is of a script written without
 * spaces): LB18 breaks after spaces unless an earlier rule keeps the pair
 * around them together, LB13 before a closing bracket or an exclamation,
 * LB11 before a word joiner, LB14 after an opening bracket, LB15 between
 * a quote and an opening bracket, LB16 and LB17 (a combining mark or a
 * joiner on either side is left to ICU).  ICU's iterator was a sixth of a
 * conversion to text; lines like these, most of most pages, need none. */
static int breaks_after_spaces(const char *s, int32_t len)
{
    UChar32 prev = -1;
    for (int32_t i = 0; i < len;) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT((const uint8_t *)s, i, len, c);
        if (c == ' ')
            continue;
        if (c < 0)
            return 0;
        if (at > 0 && s[at - 1] == ' ') {
            int x = line_class(c), p = prev < 0 ? -1 : line_class(prev);
            if (x == U_LB_CLOSE_PUNCTUATION || x == U_LB_CLOSE_PARENTHESIS ||
                x == U_LB_EXCLAMATION || x == U_LB_INFIX_NUMERIC || x == U_LB_BREAK_SYMBOLS ||
                x == U_LB_WORD_JOINER || x == U_LB_ZWSPACE || x == U_LB_COMBINING_MARK ||
                x == U_LB_ZWJ || p == U_LB_OPEN_PUNCTUATION || p == U_LB_COMBINING_MARK ||
                p == U_LB_ZWJ || (p == U_LB_QUOTATION && x == U_LB_OPEN_PUNCTUATION) ||
                ((p == U_LB_CLOSE_PUNCTUATION || p == U_LB_CLOSE_PARENTHESIS) &&
                 x == U_LB_NONSTARTER) ||
                (p == U_LB_BREAK_BOTH && x == U_LB_BREAK_BOTH))
                return 0;
        }
        /* (Vietnamese letters and general punctuation are of no such script) */
        if (c >= 0x0E00 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x206F) &&
            unspaced(c))
            return 0;
        prev = c;
    }
    return 1;
}

static void put_word(bt_wrap *w, line *ln, const char *word, size_t len, size_t width,
                     size_t spaces)
{
    if (ln->width > 0 && ln->prefix_w + ln->width + spaces + width > (size_t)w->columns)
        new_line(ln);
    else if (ln->width > 0) {
        for (size_t i = 0; i < spaces; i++)
            bt_buf_putc(ln->out, ' ');
        ln->width += spaces;
    }
    bt_buf_put(ln->out, word, len);
    ln->width += width;
}

/* The next position after a run of spaces past from, len at the end, then
 * UBRK_DONE: the breaks breaks_after_spaces vouches for. */
static int32_t next_space_break(const char *s, int32_t len, int32_t from)
{
    if (from >= len)
        return UBRK_DONE;
    for (int32_t i = from + 1; i < len; i++)
        if (s[i - 1] == ' ' && s[i] != ' ')
            return i;
    return len;
}

/* One line of the text (no LF in it), broken into as many as it takes. */
static void wrap_line(bt_wrap *w, line *ln, const char *s, size_t size)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = (int32_t)size;
    int fast = 0;
    if (w->columns > 0 && size > 0 && size <= INT32_MAX) {
        utext_openUTF8(&w->text, s, len, &st);
        fast = breaks_after_spaces(s, len);
        if (!fast)
            ubrk_setUText(w->lines, &w->text, &st);
        ubrk_setUText(w->clusters, &w->text, &st);
    }
    if (w->columns <= 0 || size == 0 || size > INT32_MAX || U_FAILURE(st)) {
        bt_buf_put(ln->out, s, size);
        ln->width += bt_grapheme_count(s, size);
        return;
    }
    size_t spaces = 0;
    int32_t start = 0;
    for (int32_t b = fast ? next_space_break(s, len, 0) : ubrk_following(w->lines, 0);
         b != UBRK_DONE && b <= len; b = fast ? next_space_break(s, len, b) : ubrk_next(w->lines)) {
        if (b < len && !may_break(s, len, b))
            continue;
        int32_t e = b;
        while (e > start && s[e - 1] == ' ')
            e--;
        if (e > start) {
            put_word(w, ln, s + start, (size_t)(e - start), clusters(w, s, start, e), spaces);
            spaces = 0;
        }
        spaces += (size_t)(b - e);
        start = b;
    }
}

size_t bt_wrap_text(bt_wrap *w, bt_buf *out, const char *text, size_t len, const char *first_prefix,
                    const char *rest_prefix)
{
    line ln = {out, rest_prefix, 0, 0, 0, 0, out->len};
    ln.prefix_w = bt_grapheme_count(first_prefix, strlen(first_prefix));
    ln.rest_w = bt_grapheme_count(rest_prefix, strlen(rest_prefix));
    bt_buf_puts(out, first_prefix);
    const char *end = text + len;
    for (const char *p = text;;) {
        const char *lf = memchr(p, '\n', (size_t)(end - p));
        wrap_line(w, &ln, p, (size_t)((lf ? lf : end) - p));
        if (!lf)
            break;
        new_line(&ln);
        p = lf + 1;
    }
    end_line(&ln);
    return ln.widest;
}
