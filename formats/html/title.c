/* The article's title.  The visible headline wins: an h1, an element marked
 * itemprop=headline, or one a CMS names as the title (entry-title,
 * title-detail...), chosen by what the page's metadata says and by where it
 * stands against the article.  Metadata fills in only when there is none, the
 * site's name taken off.  In the spirit of Readability's _getArticleTitle and
 * trafilatura's extract_title. */
#define _GNU_SOURCE /* memmem (POSIX.1-2024; glibc, musl and the BSDs have it) */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "html.h"
#include "textdate.h"
#include "unicode.h"
#include "xhtml.h"
#include "xhtml_read.h"

/* A headline is a line, not a paragraph. */
#define MAX_WORDS 40
/* Candidates looked at: a page of teasers stops there. */
#define MAX_CANDIDATES 512
/* Letters of page text between a headline outside the article and the
 * article's first paragraph, past which it is some other part of the page. */
#define NEAR 1500
/* The letters of a paragraph that starts the article's text. */
#define FIRST_PARAGRAPH 80
/* The heading the article's text starts under: the words it has at least,
 * and the letters at most between it and the first paragraph (a byline, a
 * date). */
#define OPENING_WORDS 3
#define OPENING_GAP 250
/* Letters (and digits) a title read from the head has at least to name a
 * headline by its text. */
#define TITLE_LETTERS 12
/* The lines of a headline looked at for the part its metadata names. */
#define MAX_LINES 12

/* s case folded for comparing, NFC expected: curly quotes and dashes made
 * ASCII, runs of white space one space; with alnum, letters and digits only.
 * The caller frees; NULL when out of memory. */
static char *fold(const char *s, int alnum)
{
    bt_buf b = BT_BUF_INIT;
    int32_t i = 0, len = (int32_t)strnlen(s, INT32_MAX);
    int space = 0;
    while (i < len) {
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c < 0)
            continue;
        if (u_isUWhiteSpace(c)) {
            space = b.len > 0;
            continue;
        }
        if (c == 0x2018 || c == 0x2019 || c == 0x2032)
            c = '\'';
        else if (c == 0x201C || c == 0x201D || c == 0x201E)
            c = '"';
        else if (c >= 0x2010 && c <= 0x2015)
            c = '-';
        if (alnum && !u_isalnum(c))
            continue;
        if (space && !alnum)
            bt_buf_putc(&b, ' ');
        space = 0;
        char u[U8_MAX_LENGTH];
        int32_t k = 0;
        U8_APPEND_UNSAFE(u, k, u_foldCase(c, U_FOLD_CASE_DEFAULT));
        bt_buf_put(&b, u, (size_t)k);
    }
    bt_buf_putc(&b, '\0');
    if (b.failed) {
        bt_buf_free(&b);
        return NULL;
    }
    return b.data;
}

/* The words of s, letters and digits, each between spaces (" a b "). The
 * caller frees; NULL when out of memory. */
static char *spaced_words(const char *s)
{
    bt_buf b = BT_BUF_INIT;
    int32_t i = 0, len = (int32_t)strnlen(s, INT32_MAX);
    int space = 1;
    bt_buf_putc(&b, ' ');
    while (i < len) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c >= 0 && u_isalnum(c))
            bt_buf_put(&b, s + start, (size_t)(i - start));
        else if (!space)
            bt_buf_putc(&b, ' ');
        space = !(c >= 0 && u_isalnum(c));
    }
    if (!space)
        bt_buf_putc(&b, ' ');
    bt_buf_putc(&b, '\0');
    if (b.failed) {
        bt_buf_free(&b);
        return NULL;
    }
    return b.data;
}

/* Whether at least half the words of folded b are words of folded a. */
static int about_the_same(const char *a, const char *b)
{
    char *wa = spaced_words(a), *wb = spaced_words(b);
    size_t words = 0, shared = 0;
    for (char *w = wb ? wb + 1 : NULL; w && *w; w = strchr(w, ' ') + 1) {
        char *end = strchr(w, ' ');
        char keep = end[1];
        end[1] = '\0';
        words++;
        shared += wa && strstr(wa, w - 1) != NULL;
        end[1] = keep;
    }
    free(wa);
    free(wb);
    return words && shared * 2 >= words;
}

/* ---- the site's name ---- */

/* The names a site goes by, letters and digits only: og:site_name, the host
 * ("laweekly.com"), its first label ("laweekly") and its labels before the
 * last read back to front ("tires.bridgestone.com": "Bridgestone Tires"),
 * the name its logo gives (LOGO_NAME); then the end the page's metadata
 * titles share (SHARED_END). */
#define SITE_NAMES 6
/* The words a section's name has at most ("Opinion", "Thời sự"). */
#define NAME_WORDS 3
#define LOGO_NAME 4
#define SHARED_END 5
typedef struct {
    char *v[SITE_NAMES];
    char *slug; /* the page's address's last part, letters and digits only */
} site_names;

const char *bt_html_url_host(const char *url, size_t *len)
{
    const char *p = url ? strstr(url, "//") : NULL;
    if (!p || p - url > 6 ||
        strspn(url, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:") != (size_t)(p - url))
        return NULL;
    p += 2;
    if (!strncasecmp(p, "www.", 4))
        p += 4;
    *len = strcspn(p, "/:?#");
    return *len ? p : NULL;
}

static void site_names_init(site_names *s, const char *site, const char *url)
{
    memset(s, 0, sizeof(*s));
    if (site)
        s->v[0] = fold(site, 1);
    size_t len;
    const char *host = bt_html_url_host(url, &len);
    if (!host)
        return;
    size_t path = strcspn(host, "?#");
    const char *last = host + path;
    while (last > host && last[-1] == '/')
        last--;
    const char *first = last;
    while (first > host && first[-1] != '/')
        first--;
    char *slug = first > host ? strndup(first, (size_t)(last - first)) : NULL;
    s->slug = slug ? fold(slug, 1) : NULL;
    free(slug);
    char *h = strndup(host, len);
    if (!h)
        return;
    s->v[1] = fold(h, 1);
    char *back = malloc(len + 1), *end = strrchr(h, '.');
    if (back && end) {
        size_t n = 0;
        while (end > h) {
            *end = '\0';
            char *label = strrchr(h, '.');
            label = label ? label + 1 : h;
            memcpy(back + n, label, strlen(label));
            n += strlen(label);
            end = label > h ? label - 1 : h;
        }
        back[n] = '\0';
        s->v[3] = fold(back, 1);
    }
    free(back);
    h[strcspn(h, ".")] = '\0';
    s->v[2] = fold(h, 1);
    free(h);
}

static void site_names_free(site_names *s)
{
    for (int i = 0; i < SITE_NAMES; i++)
        free(s->v[i]);
    free(s->slug);
}

static int is_site(const site_names *s, const char *text, size_t len)
{
    char *t = strndup(text, len), *f = t ? fold(t, 1) : NULL;
    int site = 0;
    for (int i = 0; f && *f && i < SITE_NAMES; i++)
        site |= s->v[i] && !strcmp(f, s->v[i]);
    free(f);
    free(t);
    return site;
}

/* ---- titles from metadata ---- */

/* Titles a page's metadata gives, and of them the head's, the document's
 * first (see page). */
#define HINTS 5
#define HEAD_HINTS 4

typedef struct {
    const char *s;
    size_t len;
} part;

#define MAX_PARTS 16

/* The length of sep at q, where a space in sep stands for a space or a
 * no-break space ("Title&nbsp;-&nbsp;Site"); 0 when it is not there. */
static size_t sep_at(const char *q, const char *sep)
{
    const char *start = q;
    for (; *sep; sep++)
        if (*sep == ' ' && !strncmp(q, "\xC2\xA0", 2))
            q += 2;
        else if (*q == *sep)
            q++;
        else
            return 0;
    return (size_t)(q - start);
}

/* Whether the guillemet at q quotes ("« A » B"): one opening before a
 * closing one, one closing after an opening one. */
static int quoting(const char *title, const char *q)
{
    static const char open[] = "\xC2\xAB", close[] = "\xC2\xBB";
    const char *o = strstr(title, open);
    if (!strncmp(q, close, 2))
        return o && o < q;
    return !strncmp(q, open, 2) && strstr(q, close);
}

/* Split title at the separators sites put between a title and their name;
 * *hierarchy is set when one is a breadcrumb's (» / >: 1; «, pointing back
 * from the page to the site in "Title « Site": -1), *colon when one is
 * " : ", which sets off a subtitle as often as a name. */
static size_t split(const char *title, part *p, int *hierarchy, int *colon)
{
    /* after " : ", a breadcrumb's; the full-width bar of CJK titles needs
     * no spaces; "Site --Title" none after; a CJK title's "_" none either
     * ("标题_江城晚报"), only after a letter of a script without spaces */
    static const char *const seps[] = {" | ", " - ", " – ",  " — ", " :: ", " · ",
                                       " • ", " ~ ", " ｜ ", "｜",  " : ",  " » ",
                                       " / ", " > ", " « ",  " --", "_",    NULL};
    enum { COLON = 10, BACK = 14, UNDERSCORE = 16 };
    size_t n = 0;
    const char *start = title;
    *hierarchy = *colon = 0;
    for (const char *q = title; *q && n + 1 < MAX_PARTS; q++)
        for (const char *const *s = seps; *s; s++) {
            size_t sl = sep_at(q, *s);
            /* (a separator's space may be a no-break space, two bytes) */
            if (!sl || (**s == ' ' && quoting(title, q + (q[0] == ' ' ? 1 : 2))) ||
                (s - seps == UNDERSCORE &&
                 (q == title || ((unsigned char)q[-1] < 0x80 && q[-1] != ' '))))
                continue;
            p[n++] = (part){start, (size_t)(q - start)};
            if (s - seps > COLON && s - seps <= BACK)
                *hierarchy = s - seps == BACK ? -1 : 1;
            *colon |= s - seps == COLON;
            start = q + sl;
            start += strspn(start, " ");
            q = start - 1;
            break;
        }
    p[n++] = (part){start, strlen(start)};
    return n;
}

static size_t words_in(const part *p, size_t lo, size_t hi)
{
    if (lo >= hi)
        return 0;
    char *s = strndup(p[lo].s, (size_t)(p[hi - 1].s + p[hi - 1].len - p[lo].s));
    size_t n = s ? bt_utf8_word_count(s, SIZE_MAX) : 0;
    free(s);
    return n;
}

/* Words the site's name beside a headline in the page's <title> has at most. */
#define SITE_WORDS 5

int bt_html_title_end(const char *title, const char *line)
{
    part p[MAX_PARTS];
    int hierarchy, colon;
    size_t n = split(title, p, &hierarchy, &colon);
    char *l = n >= 2 ? fold(line, 1) : NULL;
    int yes = 0;
    for (int last = 0; last < 2 && l && *l && !yes; last++) {
        const part *x = last ? &p[n - 1] : &p[0];
        char *s = strndup(x->s, x->len), *f = s ? fold(s, 1) : NULL;
        yes =
            f && !strcmp(f, l) && (last ? words_in(p, 0, n - 1) : words_in(p, 1, n)) <= SITE_WORDS;
        free(f);
        free(s);
    }
    free(l);
    return yes;
}

/* Words a part of the <title> the page shows as a line of its own has at
 * least to be its headline (fewer: the site's or the section's name). */
#define SHOWN_PART_WORDS 5
/* Elements a text lies in an h1 at most, looked up for it. */
#define SHOWN_PART_DEPTH 4

/* Whether k lies in an element the page hides ("div.shortdescription
 * style=display:none", Wikipedia's line for search engines). */
static int page_hides(const xmlNode *k)
{
    for (; k && k->type != XML_DOCUMENT_NODE; k = k->parent)
        if (k->type == XML_ELEMENT_NODE && bt_xhtml_hidden(k))
            return 1;
    return 0;
}

/* Whether a link of the page says text (a section's name in the menu or
 * the breadcrumb: "News Flash", "News & Events"). */
static int link_says(xmlDoc *html, const char *text)
{
    xmlNode *root = html ? xmlDocGetRootElement(html) : NULL;
    char *want = text ? fold(text, 1) : NULL;
    int found = 0;
    bt_buf t = BT_BUF_INIT;
    for (xmlNode *k = root; want && *want && k && !found; k = bt_xhtml_next(k, root, 0)) {
        if (k->type != XML_ELEMENT_NODE || !bt_xhtml_is(k, "a"))
            continue;
        bt_buf_truncate(&t, 0);
        bt_html_text(k, &t, 2 * strlen(text) + 16);
        char *f = t.data ? fold(t.data, 1) : NULL;
        found = f && !strcmp(f, want);
        free(f);
    }
    bt_buf_free(&t);
    free(want);
    return found;
}

/* Whether text k is a line of an h1: a headline's half in a span of its
 * own (Meduza's "h1 > span.second") is no line of its own. */
static int in_h1(const xmlNode *k)
{
    for (int up = 0; k && up < SHOWN_PART_DEPTH; up++, k = k->parent)
        if (k->type == XML_ELEMENT_NODE && bt_xhtml_is(k, "h1"))
            return 1;
    return 0;
}

/* Of the title's parts set apart, the longest of a headline's length that
 * the page shows as a line of its own, not in an h1 nor hidden, when no
 * line shows the whole of it; with whole_too, the whole title so shown.
 * NULL when none; the caller frees. */
static char *shown_part(xmlDoc *html, const char *title, int whole_too)
{
    part p[MAX_PARTS];
    int hierarchy, colon;
    size_t n = title ? split(title, p, &hierarchy, &colon) : 0;
    char *folded[MAX_PARTS] = {NULL};
    size_t least = whole_too ? 1 : 2;
    if (whole_too && n > 1)
        n = 1, p[0].len = strlen(title);
    for (size_t i = 0; n >= least && i < n; i++) {
        char *t = words_in(p, i, i + 1) >= SHOWN_PART_WORDS ? strndup(p[i].s, p[i].len) : NULL;
        folded[i] = t ? fold(t, 1) : NULL;
        free(t);
    }
    char *whole = n >= 2 ? fold(title, 1) : NULL;
    xmlNode *root = html ? xmlDocGetRootElement(html) : NULL, *body = root ? root->children : NULL;
    while (body && !bt_xhtml_is(body, "body"))
        body = body->next;
    long best = -1;
    int shown_whole = 0;
    for (xmlNode *k = body; n >= least && k;
         k = bt_xhtml_next(k, body,
                           k->type == XML_ELEMENT_NODE &&
                               (bt_xhtml_is(k, "script") || bt_xhtml_is(k, "style")))) {
        if (k->type != XML_TEXT_NODE || !k->content)
            continue;
        const char *c = (const char *)k->content;
        size_t len = strlen(c);
        char *f = NULL;
        /* (the whole of it shown, a headline of dashes, is the headline:
         * "Thịt kho trứng nước dừa kiểu miền Nam – món Tết ...") */
        if (whole && len >= strlen(title) / 2 && len <= 2 * strlen(title) + 16 &&
            (f = fold(c, 1)) && !strcmp(f, whole)) {
            shown_whole = 1;
            free(f);
            break;
        }
        for (size_t i = 0; i < n && !in_h1(k); i++) {
            /* (a line about as long as the part, folded only then) */
            if (!folded[i] || len < p[i].len / 2 || len > 2 * p[i].len + 16 ||
                (best >= 0 && p[i].len <= p[best].len))
                continue;
            if (!f && !(f = fold(c, 1)))
                break;
            if (!strcmp(f, folded[i]) && !page_hides(k))
                best = (long)i;
        }
        free(f);
    }
    for (size_t i = 0; i < n; i++)
        free(folded[i]);
    free(whole);
    return best >= 0 && !shown_whole ? strndup(p[best].s, p[best].len) : NULL;
}

char *bt_html_shown_headline(xmlDoc *html, char *headline, const char *title, char *label,
                             size_t size)
{
    /* (a headline that is a section's name a link says too, saying none of
     * the metadata's title: CivicPlus's h1 "News Flash") */
    int named = headline && title && bt_utf8_word_count(headline, NAME_WORDS + 1) <= NAME_WORDS &&
                !strstr(title, headline) && link_says(html, headline);
    char *part = shown_part(html, named || !headline ? title : headline, named);
    label[0] = '\0';
    if (!part)
        return headline;
    if (named)
        snprintf(label, size, "%s", headline);
    free(headline);
    return part;
}

/* The site's name, or a date set off like one ("23.01.2022 - Title"). */
static int is_name(const site_names *names, const part *p)
{
    char iso[32];
    return is_site(names, p->s, p->len) || bt_textdate_parse(p->s, p->len, iso);
}

/* The letters a name of the site has at least to be found inside a part. */
#define NAME_LETTERS 5

/* A part of a few words at an end of a title that is mostly the site's name
 * ("Title - EFC Example Fans" on example-fans.de, "Title | SPIEGEL
 * ONLINE"); not a headline naming the site ("Snow Maps on Example.com"). */
static int holds_site(const site_names *names, const part *p)
{
    char *t = strndup(p->s, p->len), *f = t ? fold(t, 1) : NULL;
    int yes = 0;
    for (int i = 0; f && t && bt_utf8_word_count(t, NAME_WORDS + 2) <= NAME_WORDS + 2 &&
                    i < SHARED_END && !yes;
         i++)
        yes = names->v[i] && strlen(names->v[i]) >= NAME_LETTERS &&
              strlen(names->v[i]) * 2 >= strlen(f) && strstr(f, names->v[i]);
    free(f);
    free(t);
    return yes;
}

/* The words a part has at least to be a headline among names. */
#define HEADLINE_WORDS 5

/* Whether the parts lo to hi - 1 are set apart by one separator, not
 * "Title — Subtitle - Site". */
static int one_separator(const part *p, size_t lo, size_t hi)
{
    const char *first = p[lo].s + p[lo].len;
    size_t len = (size_t)(p[lo + 1].s - first);
    for (size_t i = lo + 1; i + 1 < hi; i++) {
        const char *sep = p[i].s + p[i].len;
        if ((size_t)(p[i + 1].s - sep) != len || memcmp(sep, first, len))
            return 0;
    }
    return 1;
}

/* Whether title is a path of names, two parts or more of a name's length
 * ("Section - Page - Section"), not a headline. */
static int names_only(const char *title)
{
    part p[MAX_PARTS];
    int hierarchy, colon;
    size_t n = split(title, p, &hierarchy, &colon), i = 0;
    while (i < n && words_in(p, i, i + 1) <= NAME_WORDS)
        i++;
    return n > 1 && i == n;
}

/* Of three parts or more set apart alike, the one of a headline's length
 * when every other is of a name's ("Club Name - Headline of the Story -
 * Section - News"); -1 when there is none. */
static long lone_headline(const part *p, size_t lo, size_t hi)
{
    long found = -1;
    if (hi - lo < 3 || !one_separator(p, lo, hi))
        return -1;
    for (size_t i = lo; i < hi; i++) {
        size_t w = words_in(p, i, i + 1);
        if (w >= HEADLINE_WORDS && found < 0)
            found = (long)i;
        else if (w > NAME_WORDS + 1)
            return -1;
    }
    return found;
}

/* Whether the page's address ends with part p's letters and digits. */
static int slug_of(const site_names *names, const part *p)
{
    char *t = strndup(p->s, p->len), *f = t ? fold(t, 1) : NULL;
    int yes = f && !strcmp(f, names->slug);
    free(f);
    free(t);
    return yes;
}

/* Whether a hyphen sets part i apart from the next, as it joins names in
 * headlines too ("North - South", "Team A - Team B"). */
static int hyphen_after(const part *p, size_t i)
{
    const char *sep = p[i].s + p[i].len;
    return (size_t)(p[i + 1].s - sep) >= 3 && memchr(sep, '-', (size_t)(p[i + 1].s - sep));
}

/* Whether part p closes on a name in brackets, a site's ("Original Work
 * [Archive of Our Own]"). */
static int bracketed(const part *p)
{
    const char *open = memchr(p->s, '[', p->len);
    return open && open > p->s && p->s[p->len - 1] == ']';
}

static char *unsite(const char *title, const site_names *names, int guess)
{
    part p[MAX_PARTS];
    int hierarchy, colon;
    size_t n = split(title, p, &hierarchy, &colon), lo = 0, hi = n;
    while (hi - lo > 1 && (is_name(names, &p[lo]) || holds_site(names, &p[lo])))
        lo++;
    while (hi - lo > 1 && (is_name(names, &p[hi - 1]) || holds_site(names, &p[hi - 1]) ||
                           (guess && bracketed(&p[hi - 1]))))
        hi--;
    long lone = guess && !colon && !hierarchy ? lone_headline(p, lo, hi) : -1;
    /* the one part the page's address spells ("/119/Villa-Galaxy"); not
     * before a colon, which sets off the headline's second half as often
     * ("/post/marcher-en-laisse-sans-tirer" of "Marcher en laisse sans
     * tirer : la méthode des trois pas") */
    for (size_t i = lo; i < hi && hi - lo > 1 && !colon && names->slug && *names->slug; i++)
        if (slug_of(names, &p[i]))
            lone = (long)i;
    /* "North - South agree on X - Site": a hyphen may join names in the
     * headline rather than set off a name before it */
    if (lone > (long)lo && hi - lo < 4 && hyphen_after(p, lo))
        lone = -1;
    if (lone >= 0) {
        lo = (size_t)lone;
        hi = lo + 1;
    } else if (guess && hi - lo > 1 && !colon) {
        if (hierarchy) {
            /* "Site » Blog Archive » Title": a breadcrumb ends at the page;
             * but "Title « Site", and "Title » Site" when only the first
             * part is of a headline's length */
            int back = hierarchy < 0 || (words_in(p, hi - 1, hi) <= NAME_WORDS + 1 &&
                                         words_in(p, lo, lo + 1) >= HEADLINE_WORDS);
            lo = back ? lo : hi - 1;
            hi = lo + 1;
        } else if (words_in(p, hi - 1, hi) <= 4 && words_in(p, lo, hi - 1) >= 3) {
            hi--; /* "Title - Site Name" */
        } else if (words_in(p, lo, lo + 1) <= 4 && words_in(p, lo + 1, hi) >= 3 &&
                   !hyphen_after(p, lo)) {
            lo++; /* "Site Name | Title" */
        }
    }
    return strndup(p[lo].s, (size_t)(p[hi - 1].s + p[hi - 1].len - p[lo].s));
}

char *bt_html_title_unsite(const char *title, const char *site, const char *url, int guess)
{
    site_names names;
    site_names_init(&names, site, url);
    char *t = unsite(title, &names, guess);
    site_names_free(&names);
    return t;
}

/* ---- the visible headline ---- */

/* KIND_OPENING: the heading the article's text starts under, for a page
 * with no other headline */
enum { KIND_OPENING, KIND_HEADING2, KIND_CLASS, KIND_H1 };

typedef struct {
    const xmlNode *n;
    char *text;   /* NFC, white space collapsed */
    char *key;    /* folded */
    size_t at;    /* letters of page text before its end */
    int kind;     /* an h2 counts only when the metadata agrees */
    int inside;   /* inside the article */
    int chrome;   /* in a menu, a sidebar...: counts only when the metadata says it */
    int named;    /* an h1 a title class names, in it or around it */
    double agree; /* with the metadata's titles: 2 the same, less for a part */
    int whole;    /* a title of the metadata without the site's name, letter for letter */
} cand;

typedef struct {
    cand *c;
    size_t n, cap;
    /* the metadata's titles, folded: the document's, the head's (1 to
     * HEAD_HINTS - 1), the label the page gives its <article> */
    char *hint[HINTS];
    /* the same without the site's name, where one is set beside the title
     * ("Title — Meduza"); NULL where none is */
    char *bare[HINTS];
    site_names site;
    const xmlNode *article;
    int gathered;  /* the article is the element the extractor made for its parts */
    size_t anchor; /* letters of page text before the article's first paragraph */
    int anchored;
    int failed;
} page;

static const char *const title_classes[] = {
    "entry-title",
    "post-title",
    "article-title",
    "title-detail",
    "detail-title",
    "headline",
    "story-title",
    "news-title",
    "tieu-de",
    "title_news_detail",
    "article__title",
    "post__title",
    "entry__title",
    "news__title",
    "single-title",
    "content-title",
    "main-title",
    "titre-article",
    "title-news",
    "article-headline",
    "story-headline",
    /* (Joomla 1.x's headline cell, "td.contentheading"; an old site's
     * "td.newshead") */
    "contentheading",
    "news-head",
    NULL,
};

/* "news-title" names newsTitle, news_title and newstitle too */
static int title_class(const xmlNode *n) { return bt_xhtml_class_has(n, title_classes, 1); }

/* Page parts whose headings are not the article's. */
static const char *const not_article[] = {
    "nav",       "navigation", "navbar",     "menu",      "footer",     "sidebar", "related",
    "comment",   "comments",   "breadcrumb", "popup",     "modal",      "cookie",  "logo",
    "brand",     "site-title", "site-name",  "masthead",  "newsletter", "share",   "social",
    "lien-quan", "tin-khac",   "more-news",  "recommend", NULL,
};

/* Lines set below a headline inside its element. */
const char *const bt_html_subline_classes[] = {
    "sub-heading",
    "subheading",
    "sub-headline",
    "subheadline",
    "subtitle",
    "subline",
    "subdeck",
    "sub-deck",
    "subheader",
    /* (RIA Novosti's "article__second-title") */
    "second-title",
    /* (the Daily Star's "td.hanger" under "td.headline", the press's
     * word for the line hung under a headline) */
    "hanger",
    /* (Korean CMSs name it after the title: "tit-sub", "news_ttl_sub") */
    "tit-sub",
    "ttl-sub",
    "title-sub",
    /* (Le Monde's "p.article__desc" under its h1: a description, cut
     * short) */
    "desc",
    /* (and in the languages of the sites: Vienna's "p.rk-untertitel") */
    "untertitel",
    "ondertitel",
    "sottotitolo",
    "sous-titre",
    "subtitulo",
    /* (German sites' word for it: the F.A.Z.'s "p.header-teaser__text"
     * under the headline in its header) */
    "teaser",
    NULL,
};

/* Lines set above a headline, named in many languages and inside longer
 * class names too ("articleoverline", "headlineKicker"). */
static const char *const kicker[] = {
    "kicker",
    "roofline",
    "toptitle",
    "overline",
    "topline",
    "dachzeile",
    "spitzmarke",
    "eyebrow",
    "supertitle",
    "pretitle",
    "surtitre",
    "occhiello",
    "volanta",
    "antetitulo",
    "catchword",
    /* (Focus Online's "span.overhead" in the h1) */
    "overhead",
    /* (the F.A.Z.'s "atc-HeadlineEmphasis" before the colon) */
    "headlineemphasis",
    /* (WordPress themes' category links over the headline) */
    "cat-links",
    NULL,
};

int bt_html_kicker_named(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && bt_html_attr_matches(n, kicker);
}

/* A kicker or a subline, by its class. */
static int is_kicker(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    /* kicker words anywhere in a name, as Readability matches ("articleoverline");
     * and a name for tests saying one, the SZ's data-manual="kicker", t-online's
     * data-testid="ArticleHeader.Kicker" */
    return bt_xhtml_class_has(n, bt_html_subline_classes, 0) || bt_html_attr_matches(n, kicker) ||
           bt_xhtml_class_has(n, kicker, 0);
}

/* Classes that hide an element, matched whole: "hidden-xs" only hides it on
 * small screens. */
static const char *const hiding[] = {"hidden",    "is-hidden",   "u-hidden", "hide",
                                     "offscreen", "h-offscreen", NULL};

/* Hidden by a class, or clipped to nothing for screen readers as
 * "visually hidden" styles do (clip: rect(0 0 0 0), clip-path: inset(50%)). */
static int hidden(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    int yes = 0;
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(n, "class", &copy);
    for (const char *t = v; t && *t && !yes;) {
        t += strspn(t, " \t\r\n");
        size_t len = strcspn(t, " \t\r\n");
        for (const char *const *h = hiding; len && *h && !yes; h++)
            yes = strlen(*h) == len && !strncasecmp(t, *h, len);
        t += len;
    }
    xmlFree(copy);
    yes = yes && !(bt_html_screens(n) & BT_SHOWN_WIDE);
    v = yes ? NULL : (const char *)bt_xhtml_attr_value(n, "style", &copy);
    if (v) {
        yes =
            bt_xhtml_style_says(v, "clip:rect(0") || bt_xhtml_style_says(v, "clip-path:inset(50%)");
        xmlFree(copy);
    }
    return yes;
}

static int contains(const xmlNode *outer, const xmlNode *n)
{
    for (; n; n = n->parent)
        if (n == outer)
            return 1;
    return 0;
}

/* A part the extractor gathered into the article ("contentWithSidebar"). */
static int gathered_part(const page *pg, const xmlNode *n)
{
    return pg->gathered && n->parent == pg->article;
}

static int chrome(const page *pg, const xmlNode *n)
{
    int named = bt_xhtml_is(n, "nav") || bt_xhtml_is(n, "footer") || bt_xhtml_is(n, "aside") ||
                bt_xhtml_class_has(n, not_article, 1);
    int masked = bt_xhtml_screen_reader_only(n) || hidden(n);
    /* a wrapper of the whole page may be named anything ("has-sidebar"), and
     * so may a part the extractor gathered into the article */
    return ((named && !gathered_part(pg, n)) || masked) && !contains(n, pg->article);
}

/* Whether the element after n is text for screen readers that says only a
 * colon: Spiegel's "<span>Kicker</span><span class=sr-only>:</span>". */
static int colon_for_readers(const xmlNode *n)
{
    const xmlNode *k = n->next;
    while (k && k->type == XML_TEXT_NODE && xmlIsBlankNode((xmlNode *)k))
        k = k->next;
    if (!k || k->type != XML_ELEMENT_NODE || !bt_xhtml_screen_reader_only(k))
        return 0;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(k, &b, 16);
    const char *t = b.data ? b.data + strspn(b.data, " \n") : "";
    int yes = t[0] == ':' && !t[1 + strspn(t + 1, " \n")];
    bt_buf_free(&b);
    return yes;
}

/* A label set before a headline in an element of its own, ending with a
 * colon ("<strong>Blog:</strong> Title", "<span>Press release:</span>Title"),
 * with words after it. */
static int label(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->parent || !bt_xhtml_is(n->parent, "h1"))
        return 0;
    for (const xmlNode *k = n->prev; k; k = k->prev)
        if ((k->type == XML_ELEMENT_NODE && !bt_html_skipped(k)) ||
            (k->type == XML_TEXT_NODE && !xmlIsBlankNode(k)))
            return 0;
    bt_buf b = BT_BUF_INIT, rest = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &b, 200);
    for (const xmlNode *k = n->next; k; k = k->next)
        bt_xhtml_dom_text(k, &rest, 400);
    size_t len = b.len;
    while (len && (b.data[len - 1] == ' ' || b.data[len - 1] == '\n'))
        len--;
    int yes = len && b.data[len - 1] == ':' && rest.data && bt_utf8_word_count(rest.data, 3) >= 3;
    bt_buf_free(&b);
    bt_buf_free(&rest);
    return yes;
}

/* Dates and bylines a CMS sets in or under an element it names as the
 * title ("<div class="post-title"><span class="posted-on">..."). */
static const char *const dated[] = {
    "date", "posted-on", "timestamp", "byline", NULL,
};

/* Badges set in a headline: paid content, a live blog, a video, the
 * count of its comments. */
static const char *const badges[] = {
    "badge", "premium", "paywall", "plus", "abo", "icon", "live", "comment", "count", NULL,
};

/* The words a badge has at most. */
#define BADGE_WORDS 2

static int badge(const xmlNode *n)
{
    if (!bt_xhtml_class_has(n, badges, 0))
        return 0;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &b, 200);
    int yes = !b.data || bt_utf8_word_count(b.data, BADGE_WORDS) <= BADGE_WORDS;
    bt_buf_free(&b);
    return yes;
}

/* A link to the post's category or tag ("<a rel="category tag">"), which
 * blogs set in the headline as its kicker. */
static int category_link(const xmlNode *n)
{
    return bt_xhtml_is(n, "a") && (bt_xhtml_attr_has_word(n, "rel", "category") ||
                                   bt_xhtml_attr_has_word(n, "rel", "tag"));
}

/* A date, a kicker, a <small> subline ("Title<br><small>date, tags</small>"),
 * text for screen readers, a label, a badge. */
static int left_out(const xmlNode *n)
{
    return bt_xhtml_is(n, "time") || bt_xhtml_is(n, "small") || is_kicker(n) || category_link(n) ||
           bt_xhtml_screen_reader_only(n) || hidden(n) || bt_xhtml_class_has(n, dated, 0) ||
           label(n) || badge(n);
}

/* An address of a site's home page: "/", or one ending at its host, with
 * its slash or without. */
static int home(const char *href)
{
    size_t len = strcspn(href, "?#");
    if (!len)
        return 0;
    if (href[len - 1] == '/' && !--len)
        return 1;
    size_t i = len;
    while (i > 0 && href[i - 1] != '/')
        i--;
    return i >= 2 && i < len && href[i - 2] == '/' && memchr(href + i, '.', len - i);
}

/* The bytes of s but spaces. */
static size_t printed(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s != ' ';
    return n;
}

/* A site's logo: a headline whose text is a link to the home page. */
static int logo(const xmlNode *n, const char *text)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0)) {
        if (!bt_xhtml_is(k, "a"))
            continue;
        xmlChar *href = xmlGetProp(k, (const xmlChar *)"href");
        int is = href && home((const char *)href);
        xmlFree(href);
        if (!is)
            continue;
        bt_buf b = BT_BUF_INIT;
        bt_xhtml_dom_text(k, &b, 4096);
        is = b.data && printed(b.data) == printed(text);
        bt_buf_free(&b);
        if (is)
            return 1;
    }
    return 0;
}

/* Whether href is on the page's host, when the page says its address. */
static int own_host(const site_names *names, const char *href)
{
    size_t len;
    const char *host = bt_html_url_host(href, &len);
    if (!host || !names->v[1])
        return 1;
    char *h = strndup(host, len), *f = h ? fold(h, 1) : NULL;
    int own = f && !strcmp(f, names->v[1]);
    free(f);
    free(h);
    return own;
}

/* s up to its first separator, letters and digits only, when that is of a
 * name's length ("VnExpress - Báo tiếng Việt"); else NULL. */
static char *name_part(const char *s)
{
    part p[MAX_PARTS];
    int hierarchy, colon;
    if (!s)
        return NULL;
    split(s, p, &hierarchy, &colon);
    if (words_in(p, 0, 1) > NAME_WORDS + 1)
        return NULL;
    char *first = strndup(p[0].s, p[0].len), *name = first ? fold(first, 1) : NULL;
    free(first);
    if (name && !*name) {
        free(name);
        name = NULL;
    }
    return name;
}

/* The site's name as its logo gives it: the first link to the home page
 * above the article, by its text, else its picture's alt, else its title. */
static char *logo_name(xmlNode *body, const xmlNode *article, const site_names *names)
{
    xmlNode *a = body;
    for (; a && a != article;
         a = bt_xhtml_next(a, body, a != body && (bt_html_skipped(a) || bt_xhtml_is(a, "a")))) {
        xmlChar *href = bt_xhtml_is(a, "a") ? xmlGetProp(a, (const xmlChar *)"href") : NULL;
        int is = href && home((const char *)href) && own_host(names, (const char *)href);
        xmlFree(href);
        if (is)
            break;
    }
    if (!a || a == article)
        return NULL;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(a, &b, 200);
    char *name = name_part(b.data);
    bt_buf_free(&b);
    const xmlNode *img = bt_xhtml_find(a, "img");
    for (int i = 0; i < 2 && !name; i++) {
        xmlChar *v = i == 0 ? (img ? xmlGetProp(img, (const xmlChar *)"alt") : NULL)
                            : xmlGetProp(a, (const xmlChar *)"title");
        name = name_part((const char *)v);
        xmlFree(v);
    }
    return name;
}

int bt_html_logo(const xmlNode *n)
{
    bt_buf raw = BT_BUF_INIT;
    bt_xhtml_dom_text_except(n, &raw, 4096, left_out);
    int is = !raw.failed && raw.len && logo(n, raw.data);
    bt_buf_free(&raw);
    return is;
}

/* Whether a word ends at s: the end, a space, or a mark set right after the
 * word ("Title: Subtitle", "Title, Site"). */
static int word_end(const char *s)
{
    return !*s || *s == ' ' || (strchr(":,;.!?", *s) && (!s[1] || s[1] == ' '));
}

/* Where needle stands in hay as whole words, or NULL. */
static const char *words_at(const char *hay, const char *needle)
{
    /* memmem, linear in the worst case where strstr is not; and each next
     * try starts a word (from in + 1, a word of one letter repeated made this
     * quadratic in the word's length) */
    size_t nl = strlen(needle);
    const char *end = hay + strlen(hay);
    for (const char *in = memmem(hay, (size_t)(end - hay), needle, nl); in;) {
        if ((in == hay || in[-1] == ' ') && word_end(in + nl))
            return in;
        const char *space = strchr(in + 1, ' ');
        in = space ? memmem(space + 1, (size_t)(end - space - 1), needle, nl) : NULL;
    }
    return NULL;
}

/* Words a metadata title has at least to be a headline cut short. */
#define CUT_TITLE_WORDS 5

/* The share of key that a title of a few words opening it, and stopping
 * short of its end, has: the headline cut short.  The <title> ends where
 * search engines cut and the headline goes on ("... as tanker rates double"
 * of "... double amid supply cuts"), or its headline's part does, the
 * site's and the section's names before or after it ("Site - News -
 * Terminal Renovation Reaches Halfway Mark" of "..., Stays on Budget").
 * 0 when none does; both folded. */
static double cut_short(const char *key, const char *hint)
{
    part p[MAX_PARTS];
    int hierarchy, colon;
    size_t n = split(hint, p, &hierarchy, &colon), kl = strlen(key);
    for (size_t i = 0; i < 3; i++) {
        const part *x = i == 0  ? &(part){hint, strlen(hint)}
                        : n < 2 ? NULL
                                : &p[i == 1 ? n - 1 : 0];
        if (x && x->len * 2 >= kl && x->len < kl && !strncmp(key, x->s, x->len) &&
            word_end(key + x->len) && words_in(x, 0, 1) >= CUT_TITLE_WORDS)
            return (double)x->len / (double)kl;
    }
    return 0;
}

int bt_html_cut_title(const char *text, char *const *titles, size_t n)
{
    char *key = fold(text, 0);
    int yes = 0;
    for (size_t i = 0; key && i < n && !yes; i++)
        yes = cut_short(key, titles[i]) > 0;
    free(key);
    return yes;
}

/* 2 when key is hint, its marks between words aside; the share of hint it is when it is a part of
 * hint (its larger part, or a part set off by a separator, of three words at least); at most 0.25
 * when it holds hint (hint and a kicker); else 0. */
static double agreement(const char *key, const char *hint)
{
    if (!*key || !*hint)
        return 0;
    /* the same words, the marks between them aside ("A: B", "A - B") */
    size_t kl = strlen(key), hl = strlen(hint);
    char *ka = fold(key, 1), *ha = fold(hint, 1);
    int same = ka && ha && !strcmp(ka, ha) && key[0] == hint[0] && key[kl - 1] == hint[hl - 1];
    free(ka);
    free(ha);
    if (same)
        return 2;
    const char *in = words_at(hint, key);
    if (in) {
        const char *before = in > hint + 1 ? in - 2 : NULL;
        const char *after = in[kl] == ' ' ? in + kl + 1 : in[kl] ? in + kl : NULL;
        int set_off =
            ((before && strchr("|-:»/·", *before)) || (after && strchr("|-:»/·", *after))) &&
            bt_utf8_word_count(key, 3) >= 3;
        if (kl * 2 >= hl || set_off)
            return (double)kl / (double)hl;
    }
    double cut = cut_short(key, hint);
    if (cut > 0)
        return cut;
    in = words_at(key, hint);
    /* (a kicker comes before) */
    if (in && hl * 2 >= kl)
        return 0.25 * (double)hl / (double)kl;
    return 0;
}

/* Whether key is the end of a title where sites put their name, and its
 * shorter side: the last part ("Title | Site"), the first of a breadcrumb
 * ("Site » Blog » Title"). */
static int site_end(const page *pg, const char *key)
{
    for (int i = 0; i < HINTS && key; i++) {
        if (!pg->hint[i])
            continue;
        part p[MAX_PARTS];
        int hierarchy, colon;
        size_t n = split(pg->hint[i], p, &hierarchy, &colon);
        const part *end = hierarchy > 0 ? &p[0] : &p[n - 1];
        if (n > 1 && end->len == strlen(key) && !strncmp(end->s, key, end->len) &&
            end->len * 2 < strlen(pg->hint[i]))
            return 1;
    }
    return 0;
}

/* The lines of a headline: its children, past wrappers of one child
 * ("<h1><a><span>Kicker</span><span>Title</span></a></h1>"), blank text,
 * hidden elements and what except takes aside (left_out, or none).  Returns
 * how many, at most MAX_LINES; 0 when there are more. */
static size_t lines(const xmlNode *n, const xmlNode **k, int (*except)(const xmlNode *))
{
    size_t count = 0;
    for (;;) {
        count = 0;
        for (const xmlNode *c = n->children; c; c = c->next) {
            if ((c->type == XML_TEXT_NODE && xmlIsBlankNode(c)) ||
                (c->type != XML_TEXT_NODE && c->type != XML_ELEMENT_NODE) ||
                (c->type == XML_ELEMENT_NODE && (bt_html_skipped(c) || (except && except(c)))))
                continue;
            if (count == MAX_LINES)
                return 0;
            k[count++] = c;
        }
        if (count != 1 || k[0]->type != XML_ELEMENT_NODE)
            return count;
        n = k[0];
    }
}

static int space_at(const xmlNode *n, int end)
{
    /* (an element's text ends or starts with its last or first node's:
     * "<span class=section-number>12. </span>Working with ...") */
    while (n->type == XML_ELEMENT_NODE && (end ? n->last : n->children))
        n = end ? n->last : n->children;
    if (n->type != XML_TEXT_NODE || !n->content || !*n->content)
        return 0;
    const char *s = (const char *)n->content;
    return isspace((unsigned char)(end ? s[strlen(s) - 1] : s[0]));
}

/* Whether white space or a break stands between two lines of one element. */
static int spaced(const xmlNode *a, const xmlNode *b)
{
    if (space_at(a, 1) || space_at(b, 0))
        return 1;
    for (const xmlNode *c = a->next; c && c != b; c = c->next)
        if ((c->type == XML_TEXT_NODE && xmlIsBlankNode(c)) || bt_xhtml_is(c, "br"))
            return 1;
    return 0;
}

/* Whether two elements' lines, text before ending it and next starting
 * the other, read apart: not when a mark binds them ("<b>A</b><span>: B",
 * "user</a>/<a>repo") or the script writes no spaces. */
static int apart(const char *before, size_t len, const char *next)
{
    int32_t i = (int32_t)len, j = 0;
    UChar32 a, b;
    U8_PREV(before, 0, i, a);
    U8_NEXT(next, j, (int32_t)strnlen(next, INT32_MAX), b);
    if (a < 0 || b < 0 || bt_unspaced_script(a) || bt_unspaced_script(b) || a == '/' || a == '-' ||
        u_charType(a) == U_START_PUNCTUATION)
        return 0;
    int t = u_charType(b);
    return !(b < 0x80 && strchr(":;,.!?/-", (int)b)) && t != U_END_PUNCTUATION &&
           t != U_FINAL_PUNCTUATION;
}

/* The text of lines lo to hi - 1, as a browser shows them, and one
 * element's set apart from the next: sites set such lines as blocks
 * ("<span>Kicker</span><span>Title</span>"); the elements except says
 * left out (left_out, or none). */
static void lines_text(const xmlNode *const *k, size_t lo, size_t hi, bt_buf *b,
                       int (*except)(const xmlNode *))
{
    size_t start = b->len;
    const xmlNode *prev = NULL;
    for (size_t i = lo; i < hi; i++) {
        bt_buf t = BT_BUF_INIT;
        bt_xhtml_dom_text_except(k[i], &t, 4096, except);
        if (t.len && !t.failed && prev && b->len > start && !b->failed &&
            (spaced(prev, k[i]) ||
             (prev->type == XML_ELEMENT_NODE && k[i]->type == XML_ELEMENT_NODE &&
              apart(b->data + start, b->len - start, t.data))))
            bt_buf_putc(b, ' ');
        if (t.len && !t.failed) {
            bt_buf_put(b, t.data, t.len);
            prev = k[i];
        }
        bt_buf_free(&t);
    }
}

/* Whether line k says a letter or a digit. */
static int worded(const xmlNode *k)
{
    bt_buf t = BT_BUF_INIT;
    lines_text(&k, 0, 1, &t, left_out);
    int yes = t.data && bt_utf8_has_alnum(t.data, t.len);
    bt_buf_free(&t);
    return yes;
}

/* Words a kicker line has at most ("Bahnstreik", "Krieg in Nahost"). */
#define KICKER_WORDS 4

/* The headline's lines after its first when the metadata writes that first
 * line as a kicker before them, with a colon ("Bahnstreik: Pendler müssen
 * ...", shown as "<span>Bahnstreik</span><span>Pendler müssen ...</span>",
 * its class saying nothing); NULL when it does not.  The caller frees. */
static char *after_kicker(const page *pg, const xmlNode *const *k, size_t count)
{
    bt_buf kicker = BT_BUF_INIT, rest = BT_BUF_INIT, text = BT_BUF_INIT;
    /* (past lines of no word: a badge's icon before the kicker, the colon
     * set apart after it, "<span>Kicker</span><span>:</span><span>Title") */
    size_t first = 0;
    while (first + 1 < count && !worded(k[first]))
        first++;
    size_t next = first + 1;
    while (next + 1 < count && !worded(k[next]))
        next++;
    lines_text(k, first, first + 1, &kicker, left_out);
    lines_text(k, next, count, &rest, left_out);
    char *kf = NULL, *rf = NULL;
    /* (a longer one set apart by its colon, shown or for screen readers:
     * "Tolino Vision 7 im Test", Spiegel's "Wanderschäfer in der Lüneburger
     * Heide<span class=sr-only>:</span>") */
    size_t most = next > first + 1 || colon_for_readers(k[first]) ? KICKER_WORDS + 2 : KICKER_WORDS;
    if (!kicker.failed && !rest.failed && kicker.data && rest.data &&
        bt_utf8_word_count(kicker.data, most) <= most && bt_utf8_word_count(rest.data, 2) >= 2 &&
        bt_utf8_nfc(rest.data, rest.len, &text, NULL) == BT_OK && !text.failed) {
        kf = fold(kicker.data, 0);
        rf = fold(text.data, 0);
    }
    /* (the kicker's own colon set in its line: "<span>Kommentar zur
     * Bahn<span>:</span></span>") */
    size_t kl = kf ? strlen(kf) : 0;
    while (kl && (kf[kl - 1] == ':' || kf[kl - 1] == '|' || kf[kl - 1] == ' '))
        kl--;
    int same = 0;
    /* (after a colon, or a bar: "Opinion | Metro doesn't need ..."; the
     * kicker's line may open with a badge the metadata leaves out,
     * "<span><span>Newsblog</span><span>Bahnstreik</span></span>") */
    for (const char *ks = kf; ks && !same; ks = strchr(ks, ' ') ? strchr(ks, ' ') + 1 : NULL) {
        size_t ksl = kl - (size_t)(ks - kf);
        for (int i = 0; i < HINTS && rf && !same && ks < kf + kl; i++) {
            const char *h = pg->hint[i];
            size_t sep = !h || strncmp(h, ks, ksl)     ? 0
                         : !strncmp(h + ksl, ": ", 2)  ? 2
                         : !strncmp(h + ksl, " | ", 3) ? 3
                                                       : 0;
            same = sep && !strcmp(h + ksl + sep, rf);
        }
    }
    free(kf);
    free(rf);
    bt_buf_free(&kicker);
    bt_buf_free(&rest);
    if (!same)
        bt_buf_free(&text);
    return same ? text.data : NULL;
}

/* Share of a line's words another says for it to restate that line. */
#define RESTATED_SHARE 0.6

/* How many of short's words (folded, space-parted) long says. */
static size_t words_said(const char *shorter, const char *longer)
{
    size_t said = 0;
    char *copy = strdup(shorter);
    for (char *w = copy; w && *w;) {
        size_t len = strcspn(w, " ");
        char *next = w + len + (w[len] != '\0');
        w[len] = '\0';
        said += *w && words_at(longer, w) != NULL;
        w = next;
    }
    free(copy);
    return said;
}

/* The one line of a headline of two set apart (two elements with nothing
 * between them in the markup, BT_HTML_SHOWN_APART, which would read as a
 * run-on word unless the page showed them apart) that is the headline:
 * the second when the first is a kicker (a few words without a sentence's
 * or a label's punctuation, "<span class=block>Schifffahrt</span><span>
 * Neue ...</span>"); the first when the second restates it in fewer words
 * (a copy for search engines or phones the stylesheet hides).  NULL when
 * neither; the caller frees. */
static char *line_of_two(const xmlNode *const *k, size_t count)
{
    if (count != 2 || k[0]->type != XML_ELEMENT_NODE || k[1]->type != XML_ELEMENT_NODE ||
        !xmlHasProp(k[0], (const xmlChar *)BT_HTML_SHOWN_APART))
        return NULL;
    bt_buf first = BT_BUF_INIT, second = BT_BUF_INIT, text = BT_BUF_INIT;
    lines_text(k, 0, 1, &first, left_out);
    lines_text(k, 1, 2, &second, left_out);
    const bt_buf *pick = NULL;
    if (!first.failed && !second.failed && first.len && second.len) {
        size_t n1 = bt_utf8_word_count(first.data, MAX_WORDS),
               n2 = bt_utf8_word_count(second.data, MAX_WORDS);
        char *f1 = fold(first.data, 0), *f2 = fold(second.data, 0);
        if (n1 <= KICKER_WORDS && n2 > n1 && n2 >= 3 &&
            !isspace((unsigned char)first.data[first.len - 1]) &&
            !strchr(".:!?|-", first.data[first.len - 1]))
            pick = &second;
        else if (f1 && f2 && n2 >= 3 && n2 < n1 && words_said(f2, f1) >= RESTATED_SHARE * n2)
            pick = &first;
        free(f1);
        free(f2);
    }
    if (pick && (bt_utf8_nfc(pick->data, pick->len, &text, NULL) != BT_OK || text.failed))
        pick = NULL;
    bt_buf_free(&first);
    bt_buf_free(&second);
    if (!pick)
        bt_buf_free(&text);
    return pick ? text.data : NULL;
}

/* The most the metadata's titles agree with key. */
static double best_agreement(const page *pg, const char *key)
{
    double best = 0;
    for (int i = 0; i < HINTS; i++) {
        double a = pg->hint[i] ? agreement(key, pg->hint[i]) : 0;
        best = a > best ? a : best;
    }
    return best;
}

/* Whether a title of the metadata, the site's name taken off, is key letter
 * for letter ("Title Subline — Meduza" of the headline's two lines; not
 * "Kicker | Title | La Presse", which sets a kicker apart). */
static int whole_title(const page *pg, const char *key)
{
    for (int i = 0; i < HINTS; i++)
        if (pg->bare[i] && !strcmp(key, pg->bare[i]))
            return 1;
    return 0;
}

/* The text of all of headline n's lines, nothing left out, when a title of
 * the metadata is that text; NULL when none is.  key_left: the folded text
 * without what was left out.  The caller frees. */
static char *whole_lines(const page *pg, const xmlNode *n, const char *key_left)
{
    bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
    const xmlNode *k[MAX_LINES];
    size_t count = lines(n, k, NULL);
    lines_text(k, 0, count, &raw, NULL);
    char *key = NULL;
    if (!raw.failed && raw.data && bt_utf8_nfc(raw.data, raw.len, &text, NULL) == BT_OK &&
        !text.failed)
        key = fold(text.data, 0);
    /* (letter for letter; and not set apart from the rest, key_left, by a
     * mark: "Kicker: Title", "Kicker - Title" name a kicker, which the
     * headline is not) */
    /* (the mark a line of its own, what is left opens on it: "<span>:</span>") */
    int apart_by_mark = 0;
    for (;; key_left++) {
        if (!strncmp(key_left, "\xC2\xBB", 2))
            key_left++;
        else if (!*key_left || !strchr(" :|-/", *key_left))
            break;
        apart_by_mark |= *key_left != ' ';
    }
    size_t kl = key ? strlen(key) : 0, rl = strlen(key_left);
    if (!apart_by_mark && kl > rl && !strcmp(key + kl - rl, key_left)) {
        const char *end = key + kl - rl;
        while (end > key && end[-1] == ' ')
            end--;
        apart_by_mark = end > key && strchr(":|-/»", end[-1]);
    }
    int same = 0;
    for (int i = 0; i < HINTS && key && !apart_by_mark && !same; i++)
        same = pg->hint[i] && !strcmp(key, pg->hint[i]);
    free(key);
    bt_buf_free(&raw);
    if (!same)
        bt_buf_free(&text);
    return same ? text.data : NULL;
}

/* The text of the lines lo to hi of k, of two words at least, that the
 * metadata gives word for word, the widest first; NULL when none. */
static char *named_range(const page *pg, const xmlNode *const *k, size_t count)
{
    for (size_t lo = 0; lo < count; lo++)
        for (size_t hi = count - (lo == 0); hi > lo; hi--) {
            bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
            lines_text(k, lo, hi, &raw, left_out);
            char *part = NULL;
            if (!raw.failed && raw.data && bt_utf8_word_count(raw.data, 2) >= 2 &&
                bt_utf8_nfc(raw.data, raw.len, &text, NULL) == BT_OK && !text.failed)
                part = fold(text.data, 0);
            int same = part && best_agreement(pg, part) == 2;
            free(part);
            bt_buf_free(&raw);
            if (same)
                return text.data;
            bt_buf_free(&text);
        }
    return NULL;
}

/* The lines of a headline the metadata gives word for word, when the
 * headline holds more ("<span>Kicker</span> Title", "Title <span>Sub</span>"):
 * a kicker, label or subline whose class says nothing.  NULL when none;
 * the caller frees. */
static char *named_lines(const page *pg, const xmlNode *n, const char *key)
{
    /* only a headline whose letters hold a title's is looked into */
    char *letters = fold(key, 1);
    int holds = 0;
    for (int i = 0; i < HINTS && letters && !holds; i++) {
        char *h = pg->hint[i] ? fold(pg->hint[i], 1) : NULL;
        holds = h && *h && strstr(letters, h);
        free(h);
    }
    free(letters);
    const xmlNode *k[MAX_LINES] = {NULL}, *deeper[MAX_LINES];
    size_t count = holds ? lines(n, k, left_out) : 0;
    char *part = named_range(pg, k, count);
    /* (and, a level down, the lines of a line: a badge inside the kicker's
     * element, "<span><span>Newsblog</span> Warnstreik</span>: Title") */
    size_t more = 0;
    int fits = 1;
    for (size_t i = 0; i < count && !part && fits; i++) {
        const xmlNode *sub[MAX_LINES];
        size_t n_sub = k[i]->type == XML_ELEMENT_NODE ? lines(k[i], sub, left_out) : 0;
        if (n_sub < 2)
            sub[0] = k[i], n_sub = 1;
        fits = more + n_sub <= MAX_LINES;
        for (size_t j = 0; j < n_sub && fits; j++)
            deeper[more++] = sub[j];
    }
    return part ? part : fits && more > count ? named_range(pg, deeper, more) : NULL;
}

/* The headline's lines after its first when a title of the metadata ends
 * with them after a separator, another kicker before it: "Sanierung der
 * Bahnstrecke" over "Pendler müssen ..." in the h2, og:title
 * "Generalsanierung Hamburg–Hannover: Pendler müssen ...".  NULL when none;
 * the caller frees. */
static char *titled_end(const page *pg, const xmlNode *const *k, size_t count)
{
    static const char *const seps[] = {": ", " – ", " - ", " | ", NULL};
    bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
    if (count < 2 || !worded(k[0]))
        return NULL;
    lines_text(k, 1, count, &raw, left_out);
    char *rf = NULL;
    if (!raw.failed && raw.data && bt_utf8_word_count(raw.data, 3) >= 3 &&
        bt_utf8_nfc(raw.data, raw.len, &text, NULL) == BT_OK && !text.failed)
        rf = fold(text.data, 0);
    bt_buf_free(&raw);
    int found = 0;
    size_t rl = rf ? strlen(rf) : 0;
    for (int i = 0; i < HINTS && rf && !found; i++) {
        const char *h = pg->hint[i];
        size_t hl = h ? strlen(h) : 0;
        for (const char *const *sep = seps; hl > rl && *sep && !found; sep++) {
            size_t sl = strlen(*sep);
            found = hl >= rl + sl + 1 && !strcmp(h + hl - rl, rf) &&
                    !strncmp(h + hl - rl - sl, *sep, sl);
        }
    }
    free(rf);
    if (!found)
        bt_buf_free(&text);
    return found ? text.data : NULL;
}

static int heading_tag(const xmlNode *n)
{
    return bt_xhtml_is(n, "h2") || bt_xhtml_is(n, "h3") || bt_xhtml_is(n, "h4");
}

/* The text of the first link in a block a generic title class names, when
 * the metadata agrees with it more than *agree, which it sets: a post's
 * title linked to it, then the post's flair and domain on its line (old
 * Reddit's "p.title > a.title + span.domain"). */
static char *linked_title(const page *pg, const xmlNode *n, double *agree)
{
    const xmlNode *a = bt_xhtml_find(n, "a");
    bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
    if (a)
        bt_xhtml_dom_text_except(a, &raw, 4096, left_out);
    char *key = NULL;
    if (raw.data && !raw.failed && bt_utf8_nfc(raw.data, raw.len, &text, NULL) == BT_OK &&
        !text.failed)
        key = fold(text.data, 0);
    bt_buf_free(&raw);
    double best = *agree;
    for (int i = 0; i < HINTS && key; i++)
        if (pg->hint[i]) {
            double x = agreement(key, pg->hint[i]);
            best = x > best ? x : best;
        }
    free(key);
    if (best <= *agree) {
        bt_buf_free(&text);
        return NULL;
    }
    *agree = best;
    return text.data;
}

/* Whether key, the folded text of n, is a section's name: a few words that
 * a link of the page says and that a title in the head sets apart as one
 * of its parts. */
static int section_label(const page *pg, const xmlNode *n, const char *key)
{
    if (bt_utf8_word_count(key, NAME_WORDS + 1) > NAME_WORDS || !link_says(n->doc, key))
        return 0;
    for (int i = 1; i < HINTS; i++) {
        part p[MAX_PARTS];
        int hierarchy, colon;
        size_t np = pg->hint[i] ? split(pg->hint[i], p, &hierarchy, &colon) : 0;
        for (size_t j = 0; np >= 2 && j < np; j++)
            if (p[j].len == strlen(key) && !strncmp(p[j].s, key, p[j].len))
                return 1;
    }
    return 0;
}

static void add(page *pg, xmlNode *n, size_t at, int kind, int in_chrome)
{
    bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
    const xmlNode *k[MAX_LINES];
    size_t count = lines(n, k, left_out);
    if (count)
        lines_text(k, 0, count, &raw, left_out);
    else
        bt_xhtml_dom_text_except(n, &raw, 4096, left_out);
    size_t words = raw.data ? bt_utf8_word_count(raw.data, MAX_WORDS) : 0;
    /* (a one-word title class, as one the CMS marks, is a box's label: a
     * reading mode's "Lesemodus", which its <title> says too) */
    size_t least = kind == KIND_OPENING ? OPENING_WORDS
                   : kind == KIND_CLASS || (kind == KIND_HEADING2 && !heading_tag(n)) ? 2
                                                                                      : 1;
    if (raw.failed || words < least || words > MAX_WORDS ||
        bt_utf8_nfc(raw.data, raw.len, &text, NULL) != BT_OK || text.failed ||
        is_site(&pg->site, text.data, text.len) || logo(n, raw.data)) {
        bt_buf_free(&raw);
        bt_buf_free(&text);
        return;
    }
    bt_buf_free(&raw);
    /* a title class around an h1 is the same headline */
    int named = kind == KIND_H1 && title_class(n);
    while (kind == KIND_H1 && pg->n && contains(pg->c[pg->n - 1].n, n) &&
           pg->c[pg->n - 1].kind != KIND_H1) {
        named |= pg->c[pg->n - 1].kind == KIND_CLASS;
        pg->n--;
        free(pg->c[pg->n].text);
        free(pg->c[pg->n].key);
    }
    if (pg->n == pg->cap) {
        size_t cap = pg->cap ? pg->cap * 2 : 16;
        cand *c = realloc(pg->c, cap * sizeof(*c));
        if (!c) {
            pg->failed = 1;
            bt_buf_free(&text);
            return;
        }
        pg->c = c;
        pg->cap = cap;
    }
    cand *c = &pg->c[pg->n++];
    memset(c, 0, sizeof(*c));
    c->n = n;
    c->text = text.data;
    c->key = fold(text.data, 0);
    c->at = at + bt_letter_count(text.data, text.len);
    c->kind = kind;
    c->inside = contains(pg->article, n);
    c->chrome = in_chrome;
    c->named = named;
    c->agree = c->key ? best_agreement(pg, c->key) : 0;
    /* (a kicker its class names is the headline's when the metadata says
     * both word for word: Kurir's "span.singleArticle__supertitle" in
     * capitals, then the headline, in one h1) */
    char *all = c->agree < 2 && c->key ? whole_lines(pg, n, c->key) : NULL;
    if (all) {
        free(c->text);
        free(c->key);
        c->text = all;
        c->key = fold(all, 0);
        c->agree = 2;
    }
    c->whole = c->key && whole_title(pg, c->key);
    /* (a kicker on a line of its own first: the metadata's "Kicker: Title"
     * says the kicker's line and the title's word for word too; one the
     * headline sets before a colon is the headline's, "<span>Kicker</span>
     * <span>:</span> <span>Title") */
    int colon = strstr(c->text, ": ") != NULL;
    char *part = count >= 2 && !colon ? after_kicker(pg, k, count) : NULL;
    if (!part && c->agree < 2 && !c->whole && c->key)
        part = named_lines(pg, n, c->key);
    if (!part && count >= 2 && colon)
        part = after_kicker(pg, k, count);
    if (!part && c->agree < 2 && !c->whole)
        part = titled_end(pg, k, count);
    char *linked = !part && c->agree < 2 && kind == KIND_HEADING2 && !heading_tag(n)
                       ? linked_title(pg, n, &c->agree)
                       : NULL;
    if (linked) {
        free(c->text);
        free(c->key);
        c->text = linked;
        c->key = fold(linked, 0);
    }
    if (part) {
        free(c->text);
        free(c->key);
        c->text = part;
        c->key = fold(part, 0);
        c->agree = 2;
    } else if (kind == KIND_H1 && c->key && (part = line_of_two(k, count))) {
        free(c->text);
        free(c->key);
        c->text = part;
        c->key = fold(part, 0);
    }
    /* an h2 counts only with the metadata; the site's name is no headline,
     * nor the part of a line that says it ("Staff Reporter- <em>Portland
     * Business Journal</em>" in a "span.byline-title", the <title>'s end) */
    if ((kind == KIND_HEADING2 && !c->agree) || (c->agree < 2 && site_end(pg, c->key)) ||
        is_site(&pg->site, c->text, strlen(c->text))) {
        free(c->text);
        free(c->key);
        pg->n--;
    }
}

static int first_paragraph(const page *pg, const xmlNode *n)
{
    /* (a paragraph a title class names is none: "p.title") */
    if (!bt_xhtml_is(n, "p") || !contains(pg->article, n) || bt_html_title_named(n))
        return 0;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &b, 1024);
    int yes = b.data && bt_letter_count(b.data, b.len) >= FIRST_PARAGRAPH;
    bt_buf_free(&b);
    return yes;
}

int bt_html_title_marked(const xmlNode *n)
{
    /* (a "sub-headline" is the line under the headline, a subline; an
     * "under-headline" the row of its byline and share buttons; a photo's
     * title, "post_photo_news_title", its caption; nor are the other parts
     * of a headline's block named after it as BEM does, its lead and its
     * byline: "news-headline__article-summary", "news-headline__media";
     * nor its row of metadata, "p.headline_meta") */
    static const char *const not_headline[] = {"under-headline", "below-headline", "photo",
                                               "image",          "picture",        "foto",
                                               "media",          "meta",           NULL};
    return !bt_xhtml_is(n, "a") &&
           ((title_class(n) && !bt_xhtml_class_has(n, bt_html_subline_classes, 0) &&
             !bt_xhtml_class_has(n, not_headline, 0) &&
             !bt_xhtml_class_has(n, bt_xhtml_lead_classes, 0) &&
             !bt_xhtml_class_has(n, bt_xhtml_byline_classes, 0)) ||
            (!bt_xhtml_is(n, "meta") && bt_xhtml_attr_has_word(n, "itemprop", "headline")));
}

int bt_html_title_named(const xmlNode *n)
{
    static const char *const generic[] = {
        "title", "tieude", "heading", "titulo",     "titular", "titre",  "titolo",
        "tytul", "baslik", "judul",   "overskrift", "otsikko", "nadpis", NULL,
    };
    return !bt_xhtml_is(n, "a") && bt_xhtml_class_has(n, generic, 0);
}

static int kind_of(const xmlNode *n)
{
    if (bt_xhtml_is(n, "h1") || bt_xhtml_attr_has_word(n, "itemprop", "headline"))
        return KIND_H1;
    /* ("headline__kicker"; a heading named a subline counts as headings do,
     * when the metadata agrees: PolitiFact's headline is "h2.c-title--subline") */
    if (is_kicker(n))
        return heading_tag(n) ? KIND_HEADING2 : -1;
    if (bt_html_title_marked(n))
        return KIND_CLASS;
    /* headings and generic "title" classes count only when the metadata agrees */
    return bt_xhtml_is(n, "h2") || bt_xhtml_is(n, "h3") || bt_html_title_named(n) ? KIND_HEADING2
                                                                                  : -1;
}

/* Candidates in document order, each with the letters of page text before
 * its end, menus and sidebars not counted; and where the article's text
 * starts. */
static void gather(page *pg, xmlNode *body)
{
    size_t at = 0, opening_at = 0;
    /* (the chrome ends at the node after its subtree: asking whether it
     * holds each node walked up every level of a deeply nested menu) */
    const xmlNode *in_chrome = NULL, *chrome_end = NULL;
    xmlNode *n = body, *opening = NULL;
    while (n && !pg->failed) {
        if (in_chrome && n == chrome_end)
            in_chrome = NULL;
        if (n != body && bt_html_skipped(n)) {
            n = bt_xhtml_next(n, body, 1);
            continue;
        }
        /* a headline's own link counts whatever its class ("navigation-current") */
        if (n->type == XML_TEXT_NODE && n->content &&
            (!in_chrome || (pg->n && pg->c[pg->n - 1].n != in_chrome &&
                            contains(pg->c[pg->n - 1].n, in_chrome)))) {
            at += bt_letter_count((const char *)n->content, strlen((const char *)n->content));
        } else if (n->type == XML_ELEMENT_NODE) {
            if (!in_chrome && chrome(pg, n)) {
                in_chrome = n;
                chrome_end = bt_xhtml_next(n, body, 1);
            }
            if (!pg->anchored && !in_chrome && first_paragraph(pg, n)) {
                pg->anchor = at;
                pg->anchored = 1;
                /* (above the article, only a block a class names a title:
                 * a page's own h2-h4 head its boxes there) */
                if (opening && (contains(pg->article, opening) || !heading_tag(opening)))
                    add(pg, opening, opening_at, KIND_OPENING, 0);
            }
            int kind = pg->n < MAX_CANDIDATES ? kind_of(n) : -1;
            /* the last h2-h4 or generic title class before the text, not one
             * inside another */
            if (!pg->anchored && !in_chrome && (kind == KIND_HEADING2 || bt_xhtml_is(n, "h4")) &&
                !(opening && contains(opening, n))) {
                opening = n;
                opening_at = at;
            }
            if (kind >= 0)
                add(pg, n, at, kind, in_chrome != NULL);
        }
        n = bt_xhtml_next(n, body, 0);
    }
}

static size_t distance(const page *pg, const cand *c)
{
    return c->at <= pg->anchor ? pg->anchor - c->at : c->at - pg->anchor;
}

/* Whether n stands right above the article, a date or a byline at most
 * between, no other heading: a blog's post heading outside the block of its
 * text. */
static int right_above(const page *pg, const xmlNode *n)
{
    size_t text = 0;
    int budget = 64;
    for (const xmlNode *k = pg->article; k && budget-- > 0 && text <= OPENING_GAP;) {
        if (!k->prev) {
            k = k->parent;
            if (bt_html_heading_level(k))
                return 0;
            continue;
        }
        for (k = k->prev; k->type == XML_ELEMENT_NODE && k->last && !bt_html_skipped(k);)
            k = k->last;
        if (contains(n, k))
            return 1;
        if (k->type == XML_TEXT_NODE && k->content && !bt_html_skipped(k->parent))
            text += bt_letter_count((const char *)k->content, strlen((const char *)k->content));
    }
    return 0;
}

/* Before the article's text, inside the article or right above it. */
static int near(const page *pg, const cand *c)
{
    if (!pg->anchored)
        return c->inside || right_above(pg, c->n);
    return c->at <= pg->anchor && (c->inside || pg->anchor - c->at <= NEAR);
}

/* Whether the metadata confirms c: in a sidebar word for word; an h2 above
 * the article's text, when it is a good part of a title. */
static int confirmed(const page *pg, const cand *c)
{
    if (c->chrome)
        return c->agree == 2;
    if (c->kind == KIND_HEADING2)
        return c->agree >= 0.3 && near(pg, c);
    return c->kind != KIND_OPENING && c->agree > 0;
}

/* Whether c heads the article's text: right above the article, or in it
 * with a date or byline at most before the first paragraph. */
static int heads_text(const page *pg, const cand *c)
{
    if (!c->inside)
        return right_above(pg, c->n);
    return pg->anchored && c->at <= pg->anchor && pg->anchor - c->at <= OPENING_GAP;
}

/* The metadata word for word; else an h1 or a title class over the text;
 * else one away from it or a heading over the text (a blog's post heading
 * under the site's h1), the more agreeing; else another. */
static int tier(const page *pg, const cand *c)
{
    if (c->agree == 2)
        return 3;
    return (c->kind != KIND_HEADING2) + heads_text(pg, c);
}

/* Words a headline has at most; more, or a full stop at the end, and a
 * heading is sentences: a lead set as a heading ("TTO - Từ tháng 7, ..."). */
#define HEADLINE_MOST_WORDS 30

static int sentences(const char *t)
{
    size_t len = strlen(t);
    return bt_word_count(t) > HEADLINE_MOST_WORDS || (len && t[len - 1] == '.');
}

/* An h1 of a section's name, which a link of the page says and the
 * <title> sets apart as a part, is a label over the story's headline that
 * its class names in the article: CivicPlus's "News Flash" over
 * "h3.detailTitle", the <title> "News Flash • Larimer County, CO •
 * CivicEngage".  That headline, or h. */
static const cand *over_label(const page *pg, const cand *h)
{
    if (!h || h->kind != KIND_H1 || !h->key || !section_label(pg, h->n, h->key))
        return h;
    for (const cand *c = h; c < pg->c + pg->n; c++)
        if (c->kind == KIND_CLASS && !c->chrome && c->inside && near(pg, c) &&
            bt_utf8_word_count(c->text, SHOWN_PART_WORDS) >= SHOWN_PART_WORDS)
            return c;
    return h;
}

static const cand *choose(const page *pg)
{
    const cand *best = NULL;
    if (!pg->n) /* and no array: NULL + 0 is undefined */
        return NULL;
    /* one the metadata confirms, word for word, else an h1 or title class
     * before an h2 */
    for (const cand *c = pg->c; c < pg->c + pg->n; c++)
        if (confirmed(pg, c) &&
            (!best || tier(pg, c) > tier(pg, best) ||
             (tier(pg, c) == tier(pg, best) &&
              (c->agree > best->agree ||
               (c->agree == best->agree && distance(pg, c) < distance(pg, best))))))
            best = c;
    /* (the whole of an h1 whose line the metadata confirms, when a title
     * of the metadata without the site's name is that whole: og:title the
     * headline's first line, <title> both) */
    for (const cand *c = pg->c; best && c < pg->c + pg->n; c++)
        if (c->whole && c->kind == KIND_H1 && c != best && contains(c->n, best->n))
            return c;
    if (best)
        return best;
    /* the one nearest the article's text, above it; an h1 first, one a
     * title class names before one an editor set in the text */
    for (const cand *c = pg->c; c < pg->c + pg->n; c++)
        if (!c->chrome && c->kind > KIND_HEADING2 && near(pg, c) &&
            (!best || c->kind > best->kind || (c->kind == best->kind && c->named >= best->named)))
            best = c;
    if (best)
        return best;
    /* the page's lone h1 */
    size_t h1 = 0;
    for (const cand *c = pg->c; c < pg->c + pg->n; c++)
        if (!c->chrome && bt_xhtml_is(c->n, "h1") && !h1++)
            best = c;
    if (h1 == 1)
        return best;
    /* the heading the article's text starts under, when the metadata's title
     * names something else (the site, the section): not one of about the
     * same words, unless it is a path of names sharing the heading's */
    for (const cand *c = pg->c; c < pg->c + pg->n; c++)
        if (c->kind == KIND_OPENING && distance(pg, c) <= OPENING_GAP && !c->agree &&
            !sentences(c->text) &&
            !(pg->hint[0] && !names_only(pg->hint[0]) && about_the_same(c->key, pg->hint[0])))
            return c;
    return NULL;
}

/* The end that two of the page's metadata titles share after different
 * headlines ("A | Opinion", "B | Opinion"): a name, the site's or a
 * section's, letters and digits only; NULL when there is none. */
static char *shared_end(const page *pg)
{
    for (int i = 1; i < HEAD_HINTS; i++)
        for (int j = i + 1; j < HEAD_HINTS; j++) {
            if (!pg->hint[i] || !pg->hint[j])
                continue;
            part a[MAX_PARTS], b[MAX_PARTS];
            int hierarchy, colon;
            size_t na = split(pg->hint[i], a, &hierarchy, &colon);
            size_t nb = split(pg->hint[j], b, &hierarchy, &colon);
            if (na < 2 || nb < 2 || words_in(a, na - 1, na) > NAME_WORDS)
                continue;
            const part *ea = &a[na - 1], *eb = &b[nb - 1], *ha = &a[na - 2], *hb = &b[nb - 2];
            size_t least = ha->len < hb->len ? ha->len : hb->len;
            /* the parts before differ, not only by a site's name set before one */
            if (ea->len == eb->len && !strncmp(ea->s, eb->s, ea->len) &&
                strncmp(ha->s + ha->len - least, hb->s + hb->len - least, least)) {
                char *end = strndup(ea->s, ea->len), *name = end ? fold(end, 1) : NULL;
                free(end);
                return name;
            }
        }
    return NULL;
}

/* The next title in the page's head from *at on (<title>, og:title,
 * twitter:title), as written; NULL after the last.  The caller frees. */
static xmlChar *next_head_title(xmlNode *root, xmlNode **at)
{
    for (xmlNode *n = *at; n; n = bt_xhtml_next(n, root, bt_xhtml_is(n, "body"))) {
        xmlChar *v = NULL;
        if (bt_xhtml_is(n, "title")) {
            v = xmlNodeGetContent(n);
        } else if (bt_xhtml_is(n, "meta")) {
            xmlChar *name = xmlGetProp(n, (const xmlChar *)"property");
            if (!name)
                name = xmlGetProp(n, (const xmlChar *)"name");
            if (name && (bt_html_meta_named((const char *)name, "og:title") ||
                         bt_html_meta_named((const char *)name, "twitter:title")))
                v = xmlGetProp(n, (const xmlChar *)"content");
            xmlFree(name);
        }
        if (v) {
            *at = bt_xhtml_next(n, root, 0);
            return v;
        }
    }
    *at = NULL;
    return NULL;
}

char *bt_html_article_label(const xmlNode *article, int letters)
{
    for (const xmlNode *a = article; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
        if (!bt_xhtml_is(a, "article"))
            continue;
        xmlChar *v = xmlGetProp(a, (const xmlChar *)"aria-label");
        bt_buf b = BT_BUF_INIT;
        char *label =
            v && bt_utf8_nfc((const char *)v, strlen((const char *)v), &b, NULL) == BT_OK &&
                    !b.failed && b.data && b.len >= TITLE_LETTERS
                ? fold(b.data, letters)
                : NULL;
        bt_buf_free(&b);
        xmlFree(v);
        return label;
    }
    return NULL;
}

/* The titles in the page's head; not the site's name. */
static void head_hints(page *pg, xmlNode *root)
{
    int k = 1;
    xmlNode *at = root;
    for (xmlChar *v; k < HEAD_HINTS && (v = next_head_title(root, &at));) {
        bt_buf b = BT_BUF_INIT;
        if (bt_utf8_nfc((const char *)v, strlen((const char *)v), &b, NULL) == BT_OK && !b.failed &&
            b.data && !is_site(&pg->site, b.data, b.len))
            pg->hint[k++] = fold(b.data, 0);
        bt_buf_free(&b);
        xmlFree(v);
    }
}

size_t bt_html_head_titles(xmlDoc *html, char **out, size_t cap, int letters)
{
    xmlNode *root = xmlDocGetRootElement(html), *at = root;
    size_t n = 0;
    for (xmlChar *v; n < cap && (v = next_head_title(root, &at));) {
        out[n] = fold((const char *)v, letters);
        xmlFree(v);
        if (out[n] && strlen(out[n]) >= TITLE_LETTERS)
            n++;
        else
            free(out[n]);
    }
    return n;
}

int bt_html_says_title(const char *text, char *const *titles, size_t n)
{
    char *f = fold(text, 1);
    size_t len = f ? strlen(f) : 0;
    int hit = 0;
    /* the title itself, or its start or end before or after the site's
     * name, most of it */
    for (size_t i = 0; i < n && len >= TITLE_LETTERS && !hit; i++) {
        size_t tl = strlen(titles[i]);
        hit = len <= tl && len * 10 >= tl * 6 &&
              (!strncmp(titles[i], f, len) || !strcmp(titles[i] + tl - len, f));
    }
    free(f);
    return hit;
}

/* The size of font an old page sets its headline in at least: "<font
 * size=5>", or two steps above the page's ("+2"); and the words of such a
 * headline, at least and at most. */
#define LARGE_FONT_SIZE 5
#define LARGE_FONT_STEPS 2
#define LARGE_LINE_LEAST 3
#define LARGE_LINE_WORDS 20
/* Letters of links back before such a headline at most. */
#define LARGE_LINE_LINKS 40

/* Whether text node k says a letter or a digit (not only spaces, no-break
 * ones too, or separators). */
static int says_alnum(const xmlNode *k)
{
    return k->type == XML_TEXT_NODE && k->content &&
           bt_utf8_has_alnum((const char *)k->content, strlen((const char *)k->content));
}

/* Whether n is a <font> of a headline's size: LARGE_FONT_SIZE or more, or
 * one less with the text in bold. */
static int large_font(const xmlNode *n, int bold)
{
    xmlChar *v = bt_xhtml_is(n, "font") ? xmlGetProp(n, (const xmlChar *)"size") : NULL;
    const char *size = v ? (const char *)v + strspn((const char *)v, " ") : NULL;
    int steps = size && *size == '+' ? atoi(size + 1) : 0;
    int absolute = size && *size != '+' && *size != '-' ? atoi(size) : 0;
    xmlFree(v);
    return steps >= LARGE_FONT_STEPS - bold || absolute >= LARGE_FONT_SIZE - bold;
}

/* The <font> of a headline's size the text k is in, k's own line, no link
 * in it nor around it; NULL when none. */
static const xmlNode *large_line(const xmlNode *k, const xmlNode *article)
{
    /* (bold inside the font or around it, on the line's block) */
    int bold = 0;
    for (const xmlNode *x = k->parent; x && x != article && !bt_html_is_block(x); x = x->parent)
        bold |= bt_xhtml_is(x, "b") || bt_xhtml_is(x, "strong");
    const xmlNode *f = k->parent;
    for (; f && f != article && !large_font(f, bold); f = f->parent)
        if (bt_xhtml_is(f, "a"))
            return NULL;
    if (!f || f == article || bt_xhtml_find(f, "a"))
        return NULL;
    const xmlNode *after = f->next;
    while (after && after->type == XML_TEXT_NODE && !bt_xhtml_visible_text(after->content))
        after = after->next;
    return after && !bt_xhtml_is(after, "br") && !bt_html_is_block(after) ? NULL : f;
}

/* Whether line is the site's name in title: the whole of it, or a part
 * of it that a longer part stands beside ("Lakeview Garden Club" in
 * "Lakeview Garden Club - Plant Sale Breaks Record"). */
static int names_site(const char *line, const char *title)
{
    part p[MAX_PARTS];
    int hierarchy, colon;
    size_t n = title ? split(title, p, &hierarchy, &colon) : 0;
    char *folded = fold(line, 1), *whole = title ? fold(title, 1) : NULL;
    int site = folded && whole && !strcmp(folded, whole);
    free(whole);
    for (size_t i = 0; folded && n > 1 && i < n && !site; i++) {
        char *s = strndup(p[i].s, p[i].len), *f = s ? fold(s, 1) : NULL;
        size_t longest = 0;
        for (size_t j = 0; j < n; j++)
            longest = j != i && p[j].len > longest ? p[j].len : longest;
        site = f && !strcmp(f, folded) && longest > p[i].len;
        free(s);
        free(f);
    }
    free(folded);
    return site;
}

/* The words of the large line f as the title, when it is one: a headline's
 * length, no label's colon, not the site's name in title; NULL when not. */
static char *large_title(const xmlNode *f, const char *title, size_t *words)
{
    bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
    bt_xhtml_dom_text(f, &raw, 1024);
    *words = raw.data ? bt_utf8_word_count(raw.data, LARGE_LINE_WORDS + 1) : 0;
    char *line = NULL;
    if (!raw.failed && *words >= LARGE_LINE_LEAST && *words <= LARGE_LINE_WORDS &&
        raw.data[raw.len - 1] != ':' && bt_utf8_nfc(raw.data, raw.len, &text, NULL) == BT_OK &&
        !text.failed)
        line = strndup(text.data, text.len);
    bt_buf_free(&raw);
    bt_buf_free(&text);
    if (line && names_site(line, title)) {
        free(line);
        line = NULL;
        *words = 0; /* (a label) */
    }
    return line;
}

/* Nodes looked at above the article for its headline in large type, and
 * letters of other text passed over on the way. */
#define LARGE_ABOVE_NODES 64
#define LARGE_ABOVE_TEXT 250

/* The same line right above the article, in a box of its own before the
 * story's (a page builder's "<div id=element3><font size=5><b>"), a
 * picture's caption or a byline at most between; NULL when none. */
static char *large_type_above(const xmlNode *article, const char *title)
{
    const xmlNode *k = article;
    size_t text = 0;
    for (int budget = LARGE_ABOVE_NODES; budget-- > 0 && !bt_xhtml_is(k, "body");) {
        if (!k->prev) {
            k = k->parent;
            if (!k || k->type != XML_ELEMENT_NODE)
                return NULL;
            continue;
        }
        for (k = k->prev; k->type == XML_ELEMENT_NODE && k->last && !bt_html_skipped(k);)
            k = k->last;
        if (!says_alnum(k) || bt_html_in_link(k->parent))
            continue;
        const xmlNode *f = large_line(k, NULL);
        size_t words;
        if (f)
            return large_title(f, title, &words);
        /* (past a caption's, a byline's or a date's few lines) */
        text += bt_letter_count((const char *)k->content, strlen((const char *)k->content));
        if (text > LARGE_ABOVE_TEXT)
            return NULL;
    }
    return NULL;
}

/* With no headline marked, the line in large type the article opens with,
 * as pages made before style sheets set it ("<p align=center><font size=6>
 * <b>...</b></font><br>"): the article's first text all in such a font,
 * nothing after it on its line, no link; past links back ("<< Back to
 * News") and a section's label in large type ("Band News") over it; NULL
 * when none. */
static char *large_type_opening(const xmlNode *article, const char *title)
{
    size_t links = 0;
    int label = 0;
    for (const xmlNode *k = article, *next; k; k = next) {
        next = bt_xhtml_next(k, article, k->type == XML_ELEMENT_NODE && bt_html_skipped(k));
        /* (past separators between links, "Home | News", and spaces) */
        if (!says_alnum(k))
            continue;
        if (bt_html_in_link(k->parent)) {
            links += bt_letter_count((const char *)k->content, strlen((const char *)k->content));
            if (links > LARGE_LINE_LINKS)
                break;
            continue;
        }
        const xmlNode *f = large_line(k, article);
        if (!f)
            break;
        /* (a line that is the <title>, or its short part, is the site's
         * name over the headline: "DELMONT COUNTY SHERIFF'S OFFICE") */
        size_t words;
        char *line = large_title(f, title, &words);
        if (line || label++ || words >= LARGE_LINE_LEAST)
            return line;
        next = bt_xhtml_next(f, article, 1); /* past the label */
    }
    return NULL;
}

/* The separator a headline's lines left when its kicker went, title's
 * first mark (":" in "<span>Kicker</span><span>:</span> <span>Title</span>"):
 * no headline opens with one. */
static void drop_opening_separator(char *title)
{
    if (!title || (*title != ':' && *title != '|'))
        return;
    size_t skip = 1 + strspn(title + 1, " ");
    if (title[skip])
        memmove(title, title + skip, strlen(title + skip) + 1);
}

char *bt_html_headline(const bt_document *doc, xmlDoc *html, const xmlNode *article, int gathered)
{
    xmlNode *root = xmlDocGetRootElement(html), *body = root;
    for (xmlNode *n = root; n && !bt_xhtml_is(body, "body"); n = bt_xhtml_next(n, root, 0))
        if (bt_xhtml_is(n, "body"))
            body = n;
    if (!body || !article)
        return NULL;
    page pg;
    memset(&pg, 0, sizeof(pg));
    pg.article = article;
    pg.gathered = gathered;
    site_names_init(&pg.site, bt_document_meta(doc, BT_META_PUBLISHER),
                    bt_document_meta(doc, BT_META_SOURCE_URL));
    const char *meta = bt_document_meta(doc, BT_META_TITLE);
    if (meta && !is_site(&pg.site, meta, strlen(meta)))
        pg.hint[0] = fold(meta, 0);
    pg.site.v[LOGO_NAME] = logo_name(body, article, &pg.site);
    head_hints(&pg, root);
    pg.hint[HINTS - 1] = bt_html_article_label(article, 0);
    for (int i = 0; i < HINTS; i++) {
        pg.bare[i] = pg.hint[i] ? unsite(pg.hint[i], &pg.site, 0) : NULL;
        /* (a headline's words, not what is left of "ICON • ICON Magazine") */
        if (pg.bare[i] && (!strcmp(pg.bare[i], pg.hint[i]) ||
                           bt_utf8_word_count(pg.bare[i], CUT_TITLE_WORDS) < CUT_TITLE_WORDS)) {
            free(pg.bare[i]);
            pg.bare[i] = NULL;
        }
    }
    gather(&pg, body);
    const cand *best = pg.failed ? NULL : over_label(&pg, choose(&pg));
    /* a line that is the metadata's title word for word may carry the site's
     * name too; any may carry a date, or the name the metadata's titles share */
    pg.site.v[SHARED_END] = shared_end(&pg);
    site_names shared = {{NULL}, NULL};
    shared.v[SHARED_END] = pg.site.v[SHARED_END];
    /* (an h1 is the whole headline, though the address spells only its
     * first part: "/a/Ml9vQ3/vinexperten-testade-40-billiga-viner" of
     * "Vinexperten testade 40 billiga viner – här är fynden") */
    site_names named = pg.site;
    if (best && best->kind == KIND_H1)
        named.slug = NULL;
    char *title = best ? unsite(best->text, best->agree == 2 ? &named : &shared, 0) : NULL;
    /* with no headline, one in large type opening the article; else the
     * metadata's title loses the name the logo gives */
    if (!best)
        title = large_type_opening(article, meta);
    if (!best && !title)
        title = large_type_above(article, meta);
    if (!title && !best && meta && pg.site.v[LOGO_NAME])
        title = unsite(meta, &pg.site, 0);
    drop_opening_separator(title);
    for (size_t i = 0; i < pg.n; i++) {
        free(pg.c[i].text);
        free(pg.c[i].key);
    }
    free(pg.c);
    for (int i = 0; i < HINTS; i++) {
        free(pg.hint[i]);
        free(pg.bare[i]);
    }
    site_names_free(&pg.site);
    return title;
}
