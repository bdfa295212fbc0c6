/* The article's title.  The visible headline wins: an h1, an element marked
 * itemprop=headline, or one a CMS names as the title (entry-title,
 * title-detail...), chosen by what the page's metadata says and by where it
 * stands against the article.  Metadata fills in only when there is none, the
 * site's name taken off.  In the spirit of Readability's _getArticleTitle and
 * trafilatura's extract_title. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "html.h"
#include "unicode.h"
#include "xhtml.h"

/* A headline is a line, not a paragraph. */
#define MAX_WORDS 40
/* Candidates looked at: a page of teasers stops there. */
#define MAX_CANDIDATES 512
/* Letters of page text between a headline outside the article and the
 * article's first paragraph, past which it is some other part of the page. */
#define NEAR 1500
/* The letters of a paragraph that starts the article's text. */
#define FIRST_PARAGRAPH 80

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

/* ---- the site's name ---- */

/* The names a site goes by, letters and digits only: og:site_name, the host
 * ("laweekly.com") and its first label ("laweekly"). */
typedef struct {
    char *v[3];
} site_names;

static void site_names_init(site_names *s, const char *site, const char *url)
{
    memset(s, 0, sizeof(*s));
    if (site)
        s->v[0] = fold(site, 1);
    const char *host = url ? strstr(url, "://") : NULL;
    if (!host)
        return;
    host += 3;
    if (!strncasecmp(host, "www.", 4))
        host += 4;
    size_t len = strcspn(host, "/:?#");
    char *h = strndup(host, len);
    if (!h)
        return;
    s->v[1] = fold(h, 1);
    h[strcspn(h, ".")] = '\0';
    s->v[2] = fold(h, 1);
    free(h);
}

static void site_names_free(site_names *s)
{
    for (int i = 0; i < 3; i++)
        free(s->v[i]);
}

static int is_site(const site_names *s, const char *text, size_t len)
{
    char *t = strndup(text, len), *f = t ? fold(t, 1) : NULL;
    int site = 0;
    for (int i = 0; f && *f && i < 3; i++)
        site |= s->v[i] && !strcmp(f, s->v[i]);
    free(f);
    free(t);
    return site;
}

/* ---- titles from metadata ---- */

typedef struct {
    const char *s;
    size_t len;
} part;

#define MAX_PARTS 16

/* Split title at the separators sites put between a title and their name;
 * *hierarchy is set when one is a breadcrumb's (» / >). */
static size_t split(const char *title, part *p, int *hierarchy)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ",
                                       " » ", " / ", " > ", " « ", NULL};
    size_t n = 0;
    const char *start = title;
    *hierarchy = 0;
    for (const char *q = title; *q && n + 1 < MAX_PARTS; q++)
        for (const char *const *s = seps; *s; s++) {
            size_t sl = strlen(*s);
            if (strncmp(q, *s, sl))
                continue;
            p[n++] = (part){start, (size_t)(q - start)};
            *hierarchy |= s - seps >= 7;
            start = q + sl;
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
    size_t n = s ? bt_word_count(s) : 0;
    free(s);
    return n;
}

char *bt_html_title_unsite(const char *title, const char *site, const char *url, int guess)
{
    part p[MAX_PARTS];
    int hierarchy;
    size_t n = split(title, p, &hierarchy), lo = 0, hi = n;
    site_names names;
    site_names_init(&names, site, url);
    while (hi - lo > 1 && is_site(&names, p[lo].s, p[lo].len))
        lo++;
    while (hi - lo > 1 && is_site(&names, p[hi - 1].s, p[hi - 1].len))
        hi--;
    site_names_free(&names);
    if (guess && lo == 0 && hi == n && n > 1) {
        if (hierarchy) {
            /* "Site » Blog Archive » Title": the longest part, the last of equals */
            size_t best = 0;
            for (size_t i = 1; i < n; i++)
                if (words_in(p, i, i + 1) >= words_in(p, best, best + 1))
                    best = i;
            lo = best;
            hi = best + 1;
        } else if (words_in(p, n - 1, n) <= 4 && words_in(p, 0, n - 1) >= 3) {
            hi--; /* "Title - Site Name" */
        } else if (words_in(p, 0, 1) <= 4 && words_in(p, 1, n) >= 3) {
            lo++; /* "Site Name | Title" */
        }
        /* a title this short was more likely cut than freed of a name */
        if (!hierarchy && words_in(p, lo, hi) <= 4) {
            lo = 0;
            hi = n;
        }
    }
    return strndup(p[lo].s, (size_t)(p[hi - 1].s + p[hi - 1].len - p[lo].s));
}

/* ---- the visible headline ---- */

typedef struct {
    const xmlNode *n;
    char *text; /* NFC, white space collapsed */
    char *key;  /* folded */
    size_t at;  /* letters of page text before its end */
    int h1;     /* an h1 or itemprop=headline, not only a title class */
    int inside; /* inside the article */
    int agree;  /* with the metadata's titles: 3 the same, 2 part of one, 1 holding one */
} cand;

typedef struct {
    cand *c;
    size_t n, cap;
    char *hint[4]; /* the metadata's titles, folded */
    site_names site;
    const xmlNode *article;
    size_t anchor; /* letters of page text before the article's first paragraph */
    int anchored;
    int failed;
} page;

static const char *const title_classes[] = {
    "entry-title",  "post-title",  "article-title", "title-detail", "detail-title",
    "headline",     "story-title", "news-title",    "tieu-de",      "title_news_detail",
    "article__title", "post__title", "entry__title", "news__title", "single-title",
    "content-title", "main-title", "titre-article", "title-news", NULL,
};

/* Page parts whose headings are not the article's. */
static const char *const not_article[] = {
    "nav",     "navigation", "navbar",   "menu",       "footer",   "sidebar",   "widget",
    "related", "comment",    "comments", "breadcrumb", "popup",    "modal",     "cookie",
    "logo",    "brand",      "site-title", "site-name", "masthead", "newsletter", "share",
    "social",  "lien-quan",  "tin-khac", "more-news",  "recommend", NULL,
};

static int contains(const xmlNode *outer, const xmlNode *n)
{
    for (; n; n = n->parent)
        if (n == outer)
            return 1;
    return 0;
}

static int chrome(const page *pg, const xmlNode *n)
{
    int named = bt_xhtml_is(n, "nav") || bt_xhtml_is(n, "footer") || bt_xhtml_is(n, "aside") ||
                bt_xhtml_class_has(n, not_article, 1);
    /* a wrapper of the whole page may be named anything ("has-sidebar") */
    return named && !contains(n, pg->article);
}

static int headline_prop(const xmlNode *n)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)"itemprop");
    int yes = v && strstr((const char *)v, "headline");
    xmlFree(v);
    return yes;
}

static size_t letters(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        n += (*p & 0xC0) != 0x80 && *p != ' ' && *p != '\n' && *p != '\t' && *p != '\r';
    return n;
}

/* 3 when key is hint, 2 when it is a part of hint (its larger part, or
 * one set off by a separator), 1 when it holds hint, else 0. */
static int agreement(const char *key, const char *hint)
{
    if (!*key || !*hint)
        return 0;
    if (!strcmp(key, hint))
        return 3;
    size_t kl = strlen(key), hl = strlen(hint);
    const char *in = strstr(hint, key);
    if (in && (in == hint || in[-1] == ' ') && (!in[kl] || in[kl] == ' ')) {
        const char *before = in > hint + 1 ? in - 2 : NULL, *after = in[kl] ? in + kl + 1 : NULL;
        int set_off = (before && strchr("|-:»/·", *before)) || (after && strchr("|-:»/·", *after));
        if (kl * 2 >= hl || set_off)
            return 2;
    }
    in = strstr(key, hint);
    if (in && (in == key || in[-1] == ' ') && (!in[hl] || in[hl] == ' ') && hl * 2 >= kl)
        return 1;
    return 0;
}

static void add(page *pg, xmlNode *n, size_t at, int h1)
{
    bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &raw, 4096);
    size_t words = raw.data ? bt_word_count(raw.data) : 0;
    if (raw.failed || words < (h1 ? 1u : 2u) || words > MAX_WORDS ||
        bt_utf8_nfc(raw.data, raw.len, &text, NULL) != BT_OK || text.failed ||
        is_site(&pg->site, text.data, text.len)) {
        bt_buf_free(&raw);
        bt_buf_free(&text);
        return;
    }
    bt_buf_free(&raw);
    /* a title class around the h1 is the same headline, maybe with a kicker */
    while (h1 && pg->n && contains(pg->c[pg->n - 1].n, n) && !pg->c[pg->n - 1].h1) {
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
    c->at = at + letters(text.data);
    c->h1 = h1;
    c->inside = contains(pg->article, n);
    for (int i = 0; i < 4 && c->key; i++)
        if (pg->hint[i]) {
            int a = agreement(c->key, pg->hint[i]);
            c->agree = a > c->agree ? a : c->agree;
        }
}

static int first_paragraph(const page *pg, const xmlNode *n)
{
    if (!bt_xhtml_is(n, "p") || !contains(pg->article, n))
        return 0;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &b, 1024);
    int yes = b.data && letters(b.data) >= FIRST_PARAGRAPH;
    bt_buf_free(&b);
    return yes;
}

/* Candidates in document order, each with the letters of page text before
 * its end; and where the article's text starts. */
static void gather(page *pg, xmlNode *body)
{
    size_t at = 0;
    xmlNode *n = body;
    while (n && pg->n < MAX_CANDIDATES && !pg->failed) {
        if (n != body && (bt_xhtml_skipped(n) || (n->type == XML_ELEMENT_NODE && chrome(pg, n)))) {
            n = bt_xhtml_next(n, body, 1);
            continue;
        }
        if (n->type == XML_TEXT_NODE && n->content) {
            at += letters((const char *)n->content);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (!pg->anchored && first_paragraph(pg, n)) {
                pg->anchor = at;
                pg->anchored = 1;
            }
            int h1 = bt_xhtml_is(n, "h1") || headline_prop(n);
            if (h1 || (!bt_xhtml_is(n, "a") && bt_xhtml_class_has(n, title_classes, 1)))
                add(pg, n, at, h1);
        }
        n = bt_xhtml_next(n, body, 0);
    }
}

static size_t distance(const page *pg, const cand *c)
{
    return c->at <= pg->anchor ? pg->anchor - c->at : c->at - pg->anchor;
}

/* Before the article's text, inside the article or right above it. */
static int near(const page *pg, const cand *c)
{
    if (!pg->anchored)
        return c->inside;
    return c->at <= pg->anchor && (c->inside || pg->anchor - c->at <= NEAR);
}

static const cand *choose(const page *pg)
{
    const cand *best = NULL;
    /* one the metadata confirms */
    for (const cand *c = pg->c; c < pg->c + pg->n; c++)
        if (c->agree && (!best || c->agree > best->agree ||
                         (c->agree == best->agree && distance(pg, c) < distance(pg, best))))
            best = c;
    if (best)
        return best;
    /* the one nearest the article's text, above it */
    for (const cand *c = pg->c; c < pg->c + pg->n; c++)
        if (near(pg, c))
            best = c;
    if (best)
        return best;
    /* the page's lone h1 */
    for (const cand *c = pg->c; c < pg->c + pg->n; c++)
        if (bt_xhtml_is(c->n, "h1")) {
            if (best)
                return NULL;
            best = c;
        }
    return best;
}

/* The titles in the page's head: <title>, og:title, twitter:title. */
static void head_hints(page *pg, xmlNode *root)
{
    int k = 1;
    for (xmlNode *n = root; n && k < 4; n = bt_xhtml_next(n, root, bt_xhtml_is(n, "body"))) {
        xmlChar *v = NULL;
        if (bt_xhtml_is(n, "title")) {
            v = xmlNodeGetContent(n);
        } else if (bt_xhtml_is(n, "meta")) {
            xmlChar *name = xmlGetProp(n, (const xmlChar *)"property");
            if (!name)
                name = xmlGetProp(n, (const xmlChar *)"name");
            if (name && (!xmlStrcasecmp(name, (const xmlChar *)"og:title") ||
                         !xmlStrcasecmp(name, (const xmlChar *)"twitter:title")))
                v = xmlGetProp(n, (const xmlChar *)"content");
            xmlFree(name);
        }
        if (v) {
            bt_buf b = BT_BUF_INIT;
            if (bt_utf8_nfc((const char *)v, strlen((const char *)v), &b, NULL) == BT_OK &&
                !b.failed && b.data)
                pg->hint[k++] = fold(b.data, 0);
            bt_buf_free(&b);
            xmlFree(v);
        }
    }
}

char *bt_html_headline(const bt_document *doc, xmlDoc *html, const xmlNode *article)
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
    const char *meta = bt_document_meta(doc, BT_META_TITLE);
    pg.hint[0] = meta ? fold(meta, 0) : NULL;
    head_hints(&pg, root);
    site_names_init(&pg.site, bt_document_meta(doc, BT_META_PUBLISHER),
                    bt_document_meta(doc, BT_META_SOURCE_URL));
    gather(&pg, body);
    const cand *best = pg.failed ? NULL : choose(&pg);
    char *title = best ? strdup(best->text) : NULL;
    for (size_t i = 0; i < pg.n; i++) {
        free(pg.c[i].text);
        free(pg.c[i].key);
    }
    free(pg.c);
    for (int i = 0; i < 4; i++)
        free(pg.hint[i]);
    site_names_free(&pg.site);
    return title;
}
