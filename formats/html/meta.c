/* A page's metadata: <title>, <meta> (names and Open Graph), JSON-LD,
 * <link rel=canonical>, <html lang>, the article's <time>; and after the
 * conversion, the title not repeated, the lead and the byline. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datefmt.h"
#include "html.h"
#include "language.h"
#include "textdate.h"
#include "unicode.h"
#include "xhtml.h"

/* A paragraph of this many words at most is a line (a date, a label). */
#define LINE_WORDS 6
/* A heading of this many words at most is a name (the site's, a section's). */
#define NAME_WORDS 4
/* A kicker over the headline has at most this many words. */
#define KICKER_WORDS 3
/* Blocks at the top looked through for the title shown again, at most. */
#define TITLE_LOOK 12

enum {
    M_OG_TITLE,
    M_TITLE,
    M_SITE,
    M_DESC,
    M_OG_DESC,
    M_SECTION,
    M_PUBLISHED,
    M_DATE,
    M_LANG,
    M_CONTENT_LANG,
    M_LOCALE,
    M_CANONICAL,
    M_OG_URL,
    M_RIGHTS,
    M_COUNT
};

typedef struct {
    char *v[M_COUNT];
    bt_document *doc;
} found;

static char *prop(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (v && !*v) {
        xmlFree(v);
        return NULL;
    }
    return (char *)v;
}

static void keep(found *f, int slot, char *v)
{
    if (v && !f->v[slot])
        f->v[slot] = v;
    else
        xmlFree(v);
}

/* Comma-separated values, each one a metadata value. */
static void add_list(bt_document *doc, bt_meta_key key, const char *s)
{
    while (s && *s) {
        size_t len = strcspn(s, ",;");
        char *one = strndup(s, len);
        if (one)
            bt_document_add_meta(doc, key, one);
        free(one);
        s += len + (s[len] != '\0');
    }
}

int bt_html_meta_named(const char *name, const char *want)
{
    static const char *const ns[] = {"http://ogp.me/ns#", "https://ogp.me/ns#"};
    for (size_t i = 0; i < 2 && !strncasecmp(want, "og:", 3); i++)
        if (!strncasecmp(name, ns[i], strlen(ns[i])) && !strcasecmp(name + strlen(ns[i]), want + 3))
            return 1;
    return !strcasecmp(name, want);
}

static int is_url(const char *s) { return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8); }

static void meta_tag(found *f, const xmlNode *n)
{
    char *name = prop(n, "property");
    if (!name)
        name = prop(n, "name");
    if (!name)
        name = prop(n, "itemprop");
    char *equiv = prop(n, "http-equiv");
    char *content = prop(n, "content");
    if (equiv && content && !strcasecmp(equiv, "content-language"))
        keep(f, M_CONTENT_LANG, (char *)xmlStrdup((xmlChar *)content));
    xmlFree(equiv);
    if (!name || !content) {
        xmlFree(name);
        xmlFree(content);
        return;
    }
    static const struct {
        const char *name;
        int slot;
    } slots[] = {
        {"og:title", M_OG_TITLE},
        {"og:site_name", M_SITE},
        {"description", M_DESC},
        {"og:description", M_OG_DESC},
        {"article:section", M_SECTION},
        {"article:published_time", M_PUBLISHED},
        {"datePublished", M_PUBLISHED},
        {"pubdate", M_DATE},
        {"date", M_DATE},
        {"dc.date", M_DATE},
        {"og:locale", M_LOCALE},
        {"og:url", M_OG_URL},
        {"dcterms.rights", M_RIGHTS},
        {"dc.rights", M_RIGHTS},
        {"copyright", M_RIGHTS},
    };
    bt_document *doc = f->doc;
    if (!strcasecmp(name, "keywords") || !strcasecmp(name, "news_keywords") ||
        !strcasecmp(name, "article:tag"))
        add_list(doc, BT_META_KEYWORD, content);
    else if (!strcasecmp(name, "author") ||
             (!strcasecmp(name, "article:author") && !is_url(content)))
        bt_html_add_author(doc, content);
    for (size_t i = 0; i < sizeof(slots) / sizeof(slots[0]); i++)
        if (bt_html_meta_named(name, slots[i].name)) {
            keep(f, slots[i].slot, content);
            content = NULL;
            break;
        }
    xmlFree(name);
    xmlFree(content);
}

static void text_of(const xmlNode *n, found *f, int slot)
{
    if (f->v[slot])
        return;
    bt_buf b = BT_BUF_INIT;
    for (const xmlNode *k = n->children; k; k = k->next)
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE)
            bt_buf_puts(&b, (const char *)k->content);
    if (b.len && !b.failed)
        f->v[slot] = (char *)xmlStrdup((const xmlChar *)b.data);
    bt_buf_free(&b);
}

/* "vi_VN" -> "vi-VN", "EN-us" -> "en-US": BCP 47's usual case. */
static void language(bt_document *doc, const char *tag)
{
    char s[64];
    size_t n = 0;
    const char *p = tag;
    while (*p == ' ')
        p++;
    for (int part = 0; *p && *p != ',' && *p != ' ' && *p != ';' && n + 1 < sizeof(s); part++) {
        size_t len = strcspn(p, "-_, ;");
        for (size_t i = 0; i < len && n + 1 < sizeof(s); i++) {
            char c = p[i];
            int upper = part > 0 && (len == 2 || (len == 4 && i == 0));
            if (upper && c >= 'a' && c <= 'z')
                c = (char)(c - 32);
            else if (!upper && c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            s[n++] = c;
        }
        p += len;
        if ((*p == '-' || *p == '_') && n + 1 < sizeof(s)) {
            s[n++] = '-';
            p++;
        }
    }
    while (n && s[n - 1] == '-')
        n--;
    s[n] = '\0';
    /* (not a charset a page put in its Content-Language: People's Daily's
     * "utf-8") */
    if (n && bt_lang_known(s))
        bt_document_set_meta(doc, BT_META_LANGUAGE, s);
}

const char *const bt_html_date_classes[] = {"date",    "dateline",  "time",    "datetime",
                                            "publish", "published", "pubdate", "posted-on",
                                            "ngay",    NULL};

/* Whether the walk for a dateline passes over n: hidden, or a card of
 * another story (a list of them after the article dates each), or the
 * readers' comments, each dated ("Posted by: name on 2/12/07 at 9:41 AM"),
 * when they do not hold the article. */
static int not_dated(const xmlNode *n, const xmlNode *article)
{
    static const char *const comments[] = {"comment", "comments", "commentsarea", NULL};
    if (bt_html_skipped(n))
        return 1;
    if (n->type != XML_ELEMENT_NODE || !bt_stats_of(n))
        return 0;
    if (bt_html_teaser_card(n))
        return 1;
    /* (not a date's box whose name says comments too: the Huffington
     * Post's "comments_datetime_new") */
    if (!bt_xhtml_class_has(n, comments, 1) || bt_xhtml_class_has(n, bt_html_date_classes, 1))
        return 0;
    for (const xmlNode *up = article; up; up = up->parent)
        if (up == n)
            return 0;
    return 1;
}

/* A dateline as the page shows it ("Thứ hai, 9/10/2017, 06:51 (GMT+7)"), in
 * an element named as a date, or a <time> without datetime. */
static int dateline(bt_document *doc, const xmlNode *root, const xmlNode *article)
{
    for (const xmlNode *n = root; n; n = bt_xhtml_next(n, root, not_dated(n, article))) {
        if (n->type != XML_ELEMENT_NODE ||
            !(bt_xhtml_is(n, "time") || bt_xhtml_class_has(n, bt_html_date_classes, 1)))
            continue;
        bt_buf b = BT_BUF_INIT;
        bt_xhtml_dom_text(n, &b, 120);
        char iso[32];
        int ok = b.len && b.len < 120 && bt_textdate_parse(b.data, b.len, iso);
        /* (or its first part of a row set apart by bars: "Cập nhật lúc:
         * 12-06-2019 05:47:13 | Lượt xem: 2.184", "June 3, 2020 | 5 min
         * read"; else a list's date further down would be taken) */
        const char *bar = b.len && b.len < 120 ? memchr(b.data, '|', b.len) : NULL;
        ok = ok || (bar && bar > b.data && bt_textdate_parse(b.data, (size_t)(bar - b.data), iso));
        bt_buf_free(&b);
        if (ok) {
            bt_document_set_meta(doc, BT_META_DATE, iso);
            return 1;
        }
    }
    return 0;
}

/* A dateline in an element with no name for it ("<span class="fr fon7">Thứ
 * ba, 24/07/2012 - 08:15</span>"): a text that is a date and nothing else,
 * the last one before the article (nearest its headline), else the first in
 * it. */
static void unnamed_dateline(bt_document *doc, const xmlNode *root, const xmlNode *article)
{
    char iso[32], found[32] = "";
    int before = 1;
    for (const xmlNode *n = root; n; n = bt_xhtml_next(n, root, not_dated(n, article))) {
        if (n == article) {
            if (found[0])
                break;
            before = 0;
        }
        if (n->type != XML_TEXT_NODE || !n->content)
            continue;
        const char *t = (const char *)n->content;
        t += strspn(t, " \t\r\n");
        size_t len = bt_html_trimmed(t, strlen(t));
        if (len < 8 || len > 80 || !bt_textdate_parse(t, len, iso))
            continue;
        memcpy(found, iso, sizeof(iso));
        if (!before)
            break;
    }
    if (found[0])
        bt_document_set_meta(doc, BT_META_DATE, found);
}

/* A datetime attribute whose date is as machines write it ("2012-07-23",
 * "2012-07-23T20:24"), not the words a CMS put there again ("on Monday
 * July 23, @08:24PM"). */
static int machine_date(const char *dt)
{
    size_t len = strlen(dt);
    return bt_textdate_is_iso(dt, len < 10 ? len : 10);
}

/* The date RDFa gives an element ("<span property="dc:date dc:created"
 * content="2019-05-15T09:30:12+07:00">", as Drupal 7 marks a node's): a
 * copy, or NULL. */
static char *rdfa_date(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !(bt_xhtml_attr_has_word(n, "property", "dc:date") ||
                                         bt_xhtml_attr_has_word(n, "property", "dc:created")))
        return NULL;
    char *dt = prop(n, "content");
    if (dt && !machine_date(dt)) {
        xmlFree(dt);
        dt = NULL;
    }
    return dt;
}

static void first_time(bt_document *doc, const xmlNode *article)
{
    if (!article || bt_document_meta(doc, BT_META_DATE))
        return;
    /* (RDFa's date in the article, or by its headline above it) */
    const xmlNode *top = article;
    while (top->parent && top->parent->type == XML_ELEMENT_NODE)
        top = top->parent;
    const xmlNode *roots[] = {article, top};
    for (size_t i = 0; i < 2; i++)
        for (const xmlNode *n = roots[i]; n;
             n = bt_xhtml_next(n, roots[i], not_dated(n, article))) {
            char *dt = rdfa_date(n);
            if (dt) {
                char iso[64];
                bt_document_set_meta(doc, BT_META_DATE, bt_textdate_iso_form(dt, iso));
                xmlFree(dt);
                return;
            }
        }
    for (const xmlNode *n = article; n; n = bt_xhtml_next(n, article, 0))
        if (bt_xhtml_is(n, "time")) {
            char *dt = prop(n, "datetime");
            if (dt && !machine_date(dt)) {
                xmlFree(dt);
                dt = NULL;
            }
            if (dt) {
                char iso[64];
                bt_document_set_meta(doc, BT_META_DATE, bt_textdate_iso_form(dt, iso));
                xmlFree(dt);
                return;
            }
        }
    if (dateline(doc, article, article))
        return;
    /* the dateline often sits above the article, by the headline */
    const xmlNode *body = article;
    while (body->parent && body->parent->type == XML_ELEMENT_NODE)
        body = body->parent;
    if (!dateline(doc, body, article))
        unnamed_dateline(doc, body, article);
}

static void apply(found *f)
{
    bt_document *doc = f->doc;
    char *const *v = f->v;
    if (v[M_OG_TITLE])
        bt_document_set_meta(doc, BT_META_TITLE, v[M_OG_TITLE]);
    if (v[M_DESC] || v[M_OG_DESC])
        bt_document_set_meta(doc, BT_META_DESCRIPTION, v[M_DESC] ? v[M_DESC] : v[M_OG_DESC]);
    if (v[M_SECTION])
        bt_document_set_meta(doc, BT_META_SECTION, v[M_SECTION]);
    char iso[64];
    if (v[M_PUBLISHED])
        bt_document_set_meta(doc, BT_META_DATE, bt_textdate_iso_form(v[M_PUBLISHED], iso));
    if (v[M_SITE])
        bt_document_set_meta(doc, BT_META_PUBLISHER, v[M_SITE]);
    if (v[M_RIGHTS])
        bt_document_set_meta(doc, BT_META_RIGHTS, v[M_RIGHTS]);
    if (v[M_CANONICAL] || v[M_OG_URL])
        bt_document_set_meta(doc, BT_META_SOURCE_URL,
                             v[M_CANONICAL] ? v[M_CANONICAL] : v[M_OG_URL]);
    const char *lang = v[M_LANG] ? v[M_LANG] : v[M_CONTENT_LANG] ? v[M_CONTENT_LANG] : v[M_LOCALE];
    if (lang)
        language(doc, lang);
}

static void after_jsonld(found *f, const xmlNode *article)
{
    bt_document *doc = f->doc;
    first_time(doc, article);
    char iso[64];
    if (!bt_document_meta(doc, BT_META_DATE) && f->v[M_DATE])
        bt_document_set_meta(doc, BT_META_DATE, bt_textdate_iso_form(f->v[M_DATE], iso));
    /* a title written by hand (<title>) may lose more than the site's name */
    int guess = !bt_document_meta(doc, BT_META_TITLE);
    if (guess && f->v[M_TITLE])
        bt_document_set_meta(doc, BT_META_TITLE, f->v[M_TITLE]);
    /* compared in NFC: the site name and the title may come differently normalized */
    const char *title = bt_document_meta(doc, BT_META_TITLE);
    if (title) {
        char *t = bt_html_title_unsite(title, bt_document_meta(doc, BT_META_PUBLISHER),
                                       bt_document_meta(doc, BT_META_SOURCE_URL), guess);
        if (t)
            bt_document_set_meta(doc, BT_META_TITLE, t);
        free(t);
    }
}

void bt_html_meta(bt_document *doc, xmlDoc *html, const xmlNode *article, bt_buf *body,
                  char **other_description)
{
    *other_description = NULL;
    found f = {{NULL}, doc};
    xmlNode *root = xmlDocGetRootElement(html);
    if (!root)
        return;
    keep(&f, M_LANG, prop(root, "lang"));
    keep(&f, M_LANG, prop(root, "xml:lang"));
    bt_buf jsonld = BT_BUF_INIT;
    for (xmlNode *n = root; n; n = bt_xhtml_next(n, root, 0)) {
        if (bt_xhtml_is(n, "meta")) {
            meta_tag(&f, n);
        } else if (bt_xhtml_is(n, "title")) {
            text_of(n, &f, M_TITLE);
        } else if (bt_xhtml_is(n, "link")) {
            char *rel = prop(n, "rel");
            if (rel && !strcasecmp(rel, "canonical"))
                keep(&f, M_CANONICAL, prop(n, "href"));
            xmlFree(rel);
        } else if (bt_xhtml_is(n, "script")) {
            char *type = prop(n, "type");
            if (type && !strcasecmp(type, "application/ld+json")) {
                for (xmlNode *k = n->children; k; k = k->next)
                    if (k->content)
                        bt_buf_puts(&jsonld, (const char *)k->content);
                bt_buf_putc(&jsonld, '\n');
            }
            xmlFree(type);
        }
    }
    apply(&f);
    if (jsonld.len && !jsonld.failed)
        bt_html_jsonld(doc, jsonld.data, jsonld.len, body);
    bt_buf_free(&jsonld);
    after_jsonld(&f, article);
    /* (Korean papers describe the page by its first paragraph, and Open
     * Graph by the lead, set as a heading opening the body; in NFC, as the
     * text it is compared with) */
    bt_buf og = BT_BUF_INIT;
    if (f.v[M_DESC] && f.v[M_OG_DESC] && strcmp(f.v[M_DESC], f.v[M_OG_DESC]) &&
        bt_utf8_nfc(f.v[M_OG_DESC], strlen(f.v[M_OG_DESC]), &og, NULL) == BT_OK && og.data)
        *other_description = og.data;
    else
        bt_buf_free(&og);
    for (int i = 0; i < M_COUNT; i++)
        xmlFree(f.v[i]);
}

/* The length of the separator at s that parts a byline from the date on
 * one row (white space, "|", "/", ",", "-", "•", "·", a dash), 0 when none. */
static size_t row_separator(const char *s, const char *end)
{
    static const char *const marks[] = {
        " ", "\t",           "\n",       "\r",           "\xC2\xA0",     "|", "/", ",",
        "-", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94", NULL};
    /* (most bytes start none: rows are trimmed at every space of a line) */
    if (s >= end || !strchr(" \t\n\r|/,-\xE2\xC2", *s))
        return 0;
    for (const char *const *m = marks; *m; m++)
        if ((size_t)(end - s) >= strlen(*m) && !strncmp(s, *m, strlen(*m)))
            return strlen(*m);
    return 0;
}

void bt_html_add_author(bt_document *doc, const char *name)
{
    /* (not "von" nor "di": names begin so, "von der Leyen", "Di Stefano") */
    static const char *const bys[] = {"by ", "por ", "par ", "przez ", "bởi ", NULL};
    static const char *const nobody[] = {"admin",     "administrator", "author",
                                         "publisher", "unknown",       "webmaster",
                                         "root",      "user",          NULL};
    if (!name)
        return;
    name += strspn(name, " \t\r\n");
    for (const char *const *b = bys; *b; b++)
        if (!strncasecmp(name, *b, strlen(*b))) {
            name += strlen(*b);
            break;
        }
    for (const char *const *n = nobody; *n; n++)
        if (!strcasecmp(name, *n))
            return;
    if (*name)
        bt_document_add_meta(doc, BT_META_AUTHOR, name);
}

void bt_html_trim_row(const char **from, const char **to)
{
    for (size_t n; *from < *to && (n = row_separator(*from, *to));)
        *from += n;
    for (int cut = 1; cut && *to > *from;) {
        cut = 0;
        for (size_t n = 1; n <= 3 && !cut && *to - n >= *from; n++)
            if (row_separator(*to - n, *to) == n)
                *to -= n, cut = 1;
    }
}

/* A date's text, at most; and a row of a date and a name beside it. */
#define SHOWN_DATE_MAX 80
#define DATE_ROW_MAX 120
/* Words a date written in words may hold that say no part of it
 * ("Published Nov. 30, 2026", "30 de noviembre de 2026"). */
#define DATE_OTHER_WORDS 2

/* The day of the metadata's date, and the names a page may write it with,
 * as ICU has them in the page's language and in English, folded: the
 * month's ("november", "nov", "novembre") and the weekday's.  The names
 * are looked up when a text first needs them: ICU's formatters cost more
 * than the rest of a small page's conversion. */
typedef struct {
    const char *iso, *lang;
    int year, month, day, named;
    int own_digits; /* the language writes digits of its own script */
    char year_digits[8];
    char month_name[4][40], weekday[4][40];
} date_words;

static void date_words_init(const char *iso, const char *lang, date_words *w)
{
    memset(w, 0, sizeof(*w));
    w->iso = iso;
    w->lang = lang ? lang : "en";
    if (sscanf(iso, "%4d-%2d-%2d", &w->year, &w->month, &w->day) != 3)
        w->year = 0;
    snprintf(w->year_digits, sizeof(w->year_digits), "%04d", w->year);
    /* (a page in another language is not asked for them: each short text
     * would be read for digits that are not there) */
    static const char *const own[] = {"ar", "fa", "ps", "ur", "ckb", "bn", "as", "ne",
                                      "mr", "hi", "or", "gu", "pa",  "te", "kn", "ml",
                                      "si", "my", "km", "lo", "th",  "bo", "dz", NULL};
    size_t primary = strcspn(w->lang, "-_");
    for (const char *const *l = own; *l && !w->own_digits; l++)
        w->own_digits = strlen(*l) == primary && !strncasecmp(w->lang, *l, primary);
}

static void date_words_name(date_words *w)
{
    w->named = 1;
    const char *langs[] = {w->lang, strcmp(w->lang, "en") ? "en" : NULL};
    for (int l = 0; l < 2 && langs[l]; l++) {
        bt_buf raw = BT_BUF_INIT, folded = BT_BUF_INIT;
        /* one formatter: month, short month, weekday, short weekday */
        if (bt_date_part(w->iso, langs[l], "MMMM'|'MMM'|'EEEE'|'EEE", &raw) == 0 &&
            bt_utf8_fold(raw.data, raw.len, &folded) && !folded.failed) {
            char *p = folded.data;
            for (int i = 0; i < 4 && p; i++) {
                char *bar = strchr(p, '|');
                size_t n = bar ? (size_t)(bar - p) : strlen(p);
                while (n && p[n - 1] == '.')
                    n--;
                if (n < 40)
                    snprintf(i < 2 ? w->month_name[l * 2 + i] : w->weekday[l * 2 + i - 2], 40,
                             "%.*s", (int)n, p);
                p = bar ? bar + 1 : NULL;
            }
        }
        bt_buf_free(&raw);
        bt_buf_free(&folded);
    }
}

static int named_in(const char *tok, const char names[4][40])
{
    for (int i = 0; i < 4; i++)
        if (names[i][0] && !strcmp(tok, names[i]))
            return 1;
    return 0;
}

/* Whether t opens with one of the words. */
static int opens_with_one(const char *t, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (!strncmp(t, *w, strlen(*w)))
            return 1;
    return 0;
}

static int in_words(const char *tok, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (!strcmp(tok, *w))
            return 1;
    return 0;
}

/* What a clock time has after it: the half of the day, the zone. */
static const char *const time_marks[] = {"am",  "pm",  "a.m", "p.m",  "gmt",  "utc",  "est",  "edt",
                                         "cst", "cdt", "mst", "mdt",  "pst",  "pdt",  "et",   "ct",
                                         "mt",  "pt",  "cet", "cest", "bst",  "ist",  "jst",  "kst",
                                         "sgt", "hkt", "wib", "wita", "wit",  "pht",  "ict",  "pkt",
                                         "msk", "eat", "wat", "cat",  "sast", "aest", "aedt", NULL};

/* Whether [s, s+len) holds only time_marks ("AM EDT"), folded. */
static int only_time_marks(const char *s, size_t len)
{
    bt_buf f = BT_BUF_INIT;
    int marks = 0, other = !bt_utf8_fold(s, len, &f) || f.failed;
    for (char *p = f.data; p && *p && !other;) {
        p += strspn(p, " ,()");
        size_t n = strcspn(p, " ,()");
        char tok[8];
        if (!n)
            break;
        other = n >= sizeof(tok);
        if (!other) {
            memcpy(tok, p, n);
            tok[n] = '\0';
            other = !in_words(tok, time_marks);
            marks++;
        }
        p += n;
    }
    bt_buf_free(&f);
    return marks && !other;
}

/* A clock time ("08:15", "8.15", "8h15", "08:15:00"). */
static int clock_time(const char *tok)
{
    int h, m, n = 0;
    char sep;
    /* (most tokens are words or numbers: sscanf is dear for them) */
    size_t d = strspn(tok, "0123456789");
    if (!d || d > 2 || !tok[d] || !strchr(":.h", tok[d]))
        return 0;
    if (sscanf(tok, "%2d%c%2d%n", &h, &sep, &m, &n) != 3 || !strchr(":.h", sep) || h > 23 || m > 59)
        return 0;
    int s;
    return !tok[n] || (tok[n] == ':' && sscanf(tok + n + 1, "%2d", &s) == 1 &&
                       strspn(tok + n + 1, "0123456789") == strlen(tok + n + 1));
}

/* A date in numbers, day, month and year in an order pages use
 * ("30.11.2026", "11/30/2026", "2026-11-30"). */
static int numeric_date(const char *tok, const date_words *w)
{
    int a, b, c, n = 0;
    char s1, s2;
    size_t d = strspn(tok, "0123456789");
    if (!d || d > 4 || !tok[d] || !strchr("./-", tok[d]))
        return 0;
    if (sscanf(tok, "%4d%c%2d%c%4d%n", &a, &s1, &b, &s2, &c, &n) != 5 || tok[n] || s1 != s2 ||
        !strchr("./-", s1))
        return 0;
    return (a == w->day && b == w->month && c == w->year) ||
           (a == w->month && b == w->day && c == w->year) ||
           (a == w->year && b == w->month && c == w->day);
}

/* Whether t[0..len) writes w's day in words: its year, day and month (by
 * name or number), the rest weekdays, times, zones, a few small words and
 * at most DATE_OTHER_WORDS others ("Mon 30 Nov 2026 08.15 GMT", "Updated
 * 8:15 AM EST, Mon November 30, 2026", "30. November 2026"); a sentence
 * (a final stop) is none. */
static int worded_date(const char *t, size_t len, date_words *w)
{
    static const char *const small[] = {
        "at", "on", "um", "uhr", "de", "del", "le", "à", "h", "-", "–", "—", "•", "·", "/",
        /* (an update's time after the date: "..., mis à jour à 09:45") */
        "mis", "jour", NULL};
    /* (t is NUL-terminated: every form of the day writes its year) */
    if (!w->year || !len || strchr(".!?", t[len - 1]) || !strstr(t, w->year_digits))
        return 0;
    if (!w->named)
        date_words_name(w);
    bt_buf f = BT_BUF_INIT;
    int year = 0, day = 0, month = 0, other = 0;
    if (!bt_utf8_fold(t, len, &f) || f.failed) {
        bt_buf_free(&f);
        return 0;
    }
    for (char *p = f.data; *p && other <= DATE_OTHER_WORDS;) {
        p += strspn(p, " ,|()[]");
        size_t n = strcspn(p, " ,|()[]");
        char tok[48];
        if (!n)
            break;
        if (n >= sizeof(tok)) {
            other = DATE_OTHER_WORDS + 1;
            break;
        }
        memcpy(tok, p, n);
        tok[n] = '\0';
        p += n;
        while (n > 1 && tok[n - 1] == '.')
            tok[--n] = '\0';
        size_t digits = strspn(tok, "0123456789");
        int ordinal = digits && digits <= 2 &&
                      (!strcmp(tok + digits, "st") || !strcmp(tok + digits, "nd") ||
                       !strcmp(tok + digits, "rd") || !strcmp(tok + digits, "th"));
        if (digits == n && n == 4 && atoi(tok) == w->year)
            year = 1;
        else if ((digits == n || ordinal) && digits <= 2 && atoi(tok) == w->day)
            day = 1;
        else if (numeric_date(tok, w))
            year = day = month = 1;
        else if (named_in(tok, w->month_name))
            month = 1;
        else if (!named_in(tok, w->weekday) && !clock_time(tok) && !in_words(tok, small) &&
                 !in_words(tok, time_marks) && strncmp(tok, "gmt+", 4) && strncmp(tok, "utc+", 4))
            other++;
    }
    bt_buf_free(&f);
    return year && day && month && other <= DATE_OTHER_WORDS;
}

/* Whether s[0..len) is a date of iso's day, and of its minute when both
 * say one (in Vietnamese papers' forms), or, with w, writes its day in
 * words or numbers in another order. */
static int date_of(const char *s, size_t len, const char *iso, date_words *w)
{
    char parsed[32];
    size_t same = strlen(iso) >= 16 ? 16 : 10;
    if (len < 8 || len > SHOWN_DATE_MAX)
        return 0;
    if (bt_textdate_parse(s, len, parsed) &&
        !strncmp(parsed, iso, strlen(parsed) >= 16 ? same : 10))
        return 1;
    /* (or another order of its numbers: "03/01/2017" is March 1 in the US) */
    return w && worded_date(s, len, w);
}

/* Whether NUL-terminated t writes w's year: whole, or its last two digits
 * after a date's separator ("30/11/26"), as every form of the day does;
 * most texts are passed over here. */
static int holds_year(const char *t, const date_words *w)
{
    if (!w->year)
        return 0;
    if (strstr(t, w->year_digits))
        return 1;
    const char *yy = w->year_digits + 2;
    for (const char *p = strstr(t, yy); p; p = strstr(p + 1, yy))
        if (p > t && strchr("/.-", p[-1]) && !(p[2] >= '0' && p[2] <= '9'))
            return 1;
    return 0;
}

/* Whether [s, s+len) says a word of a date: the day's weekday or month,
 * or what a row says before a date ("Published Thursday", the rest of
 * "Published Thursday 27 July 2017", is no name). */
static int date_words_in(const char *s, size_t len, date_words *w)
{
    static const char *const labels[] = {
        "published",    "updated",    "posted",     "veröffentlicht",
        "aktualisiert", "publié",     "publicado",  "publicada",
        "actualizado",  "pubblicato", "aggiornato", "opublikowano",
        "cập",          "đăng",       "ngày",       NULL};
    bt_buf folded = BT_BUF_INIT;
    int hit = 0;
    if (!w->named)
        date_words_name(w);
    if (bt_utf8_fold(s, len, &folded) && folded.data) {
        char *save = NULL;
        for (char *t = strtok_r(folded.data, " ,.:|", &save); t && !hit;
             t = strtok_r(NULL, " ,.:|", &save))
            hit = named_in(t, w->weekday) || named_in(t, w->month_name) || in_words(t, labels);
    }
    bt_buf_free(&folded);
    return hit;
}

/* Whether [s, s+len), beside a date on its row, names someone: two to five
 * capitalised words, not a weekday, a date's label nor a time's marks
 * ("AM EDT"). */
static int row_name(const char *s, size_t len, date_words *w)
{
    int words = bt_utf8_capitalized_words(s, len);
    return words >= 2 && words <= 5 && strncmp(s, "Th\xE1\xBB\xA9 ", 5) &&
           strncmp(s, "Ch\xE1\xBB\xA7 ", 5) && !date_words_in(s, len, w) &&
           !only_time_marks(s, len);
}

int bt_html_row_name(const char *s, size_t len, const char *iso, const char *lang)
{
    date_words w;
    date_words_init(iso ? iso : "", lang, &w);
    return row_name(s, len, &w);
}

/* A row that is a date of iso's day and a name on one side of it, two to
 * five capitalised words ("Thứ hai, 30/11/2026 08:15 (GMT+7) Nguyễn Minh
 * Châu"; a weekday is no name): the date into [*date, *date_end), the name
 * into [*name, *name_end). */
static int date_and_name(const char *t, size_t len, const char *iso, date_words *w,
                         const char **date, const char **date_end, const char **name,
                         const char **name_end)
{
    if (!holds_year(t, w))
        return 0;
    /* a name of at most five words, with a separator, stands within the
     * first or the last NAME_SPACES spaces of the row */
    enum { NAME_SPACES = 7 };
    size_t space[DATE_ROW_MAX], nspace = 0;
    int found = 0;
    for (size_t p = 1; p < len && nspace < DATE_ROW_MAX; p++)
        if (t[p] == ' ')
            space[nspace++] = p;
    for (size_t i = 0; i < nspace; i++) {
        size_t p = space[i];
        for (int name_first = 0; name_first < 2; name_first++) {
            if (name_first ? i >= NAME_SPACES : nspace - i > NAME_SPACES)
                continue;
            const char *d = name_first ? t + p : t, *de = name_first ? t + len : t + p;
            const char *n = name_first ? t : t + p, *ne = name_first ? t + p : t + len;
            bt_html_trim_row(&d, &de);
            bt_html_trim_row(&n, &ne);
            /* (what parts them: a comma alone parts a place from its date,
             * "Hà Nội, 30/11/2026", "New York, Nov. 30") */
            const char *gap = name_first ? ne : de, *gap_end = name_first ? d : n;
            int comma = gap < gap_end && strspn(gap, " ,") >= (size_t)(gap_end - gap) &&
                        memchr(gap, ',', (size_t)(gap_end - gap));
            /* (the shortest date of the splits: "By JEFFREY GETTLEMAN JAN. 13,
             * 2017" is no name "By JEFFREY" beside a date "GETTLEMAN JAN. ...") */
            if (ne > n && !comma && (!found || de - d < *date_end - *date) &&
                date_of(d, (size_t)(de - d), iso, w) && row_name(n, (size_t)(ne - n), w)) {
                *date = d, *date_end = de, *name = n, *name_end = ne;
                found = 1;
            }
        }
    }
    return found;
}

/* Words a date's label has at most ("பதிவு செய்த நாள்:", "Last updated on:"). */
#define DATE_LABEL_WORDS 4

int bt_html_update_word(const char *t)
{
    /* ("update" opens "updated" too) */
    static const char *const updated[] = {"update",     "atualizado", "actualizado", "aktualisiert",
                                          "aggiornato", "mis à jour", "cập nhật",    "oppdatert",
                                          "opdateret",  "uppdaterad", "bijgewerkt",  NULL};
    for (const char *const *u = updated; *u; u++)
        if (!strncasecmp(t, *u, strlen(*u)))
            return 1;
    return 0;
}

/* Whether NUL-terminated t[0..len) is a label, a colon and a date of iso's
 * day after it: a label of more words than a date in words allows, and not
 * the day it was updated (whose time is another). */
static int labelled_date(const char *t, size_t len, const char *iso, date_words *w)
{
    const char *colon = strstr(t, ": ");
    if (!colon || colon == t || (size_t)(colon - t) >= len)
        return 0;
    size_t words = 1;
    for (const char *p = t; p < colon; p++) {
        if ((*p >= '0' && *p <= '9') || ((p == t || p[-1] == ' ') && bt_html_update_word(p)))
            return 0;
        words += *p == ' ';
    }
    const char *d = colon + 2;
    size_t dlen = len - (size_t)(d - t);
    return words <= DATE_LABEL_WORDS && (date_of(d, dlen, iso, NULL) || worded_date(d, dlen, w));
}

/* Copies [from, to) into out of cap bytes, when it fits, each run of white
 * space one space (a row's parts may stand on lines of their own). */
static int copy_out(const char *from, const char *to, char *out, size_t cap)
{
    size_t len = 0;
    for (const char *p = from; p < to; p++) {
        int space = *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n';
        if (space && (p + 1 == to || strchr(" \t\r\n", p[1])))
            continue;
        if (len + 1 >= cap)
            return 0;
        out[len++] = space ? ' ' : *p;
    }
    out[len] = '\0';
    return 1;
}

/* Cuts a date said twice down to once: the day published and the day
 * updated shown alike, side by side (WordPress's two <time>s in
 * "span.posted-on", "08 October 2024 08 October 2024"). */
static void said_once(char *out)
{
    size_t len = strlen(out), half = len / 2;
    if (len % 2 && out[half] == ' ' && !memcmp(out, out + half + 1, half))
        out[half] = '\0';
}

/* Whether k is one of the tools a date's row may hold, no words of the
 * date nor of a name: a link that runs a script ("In bài", "A-"), a share
 * or print button, a link to the comments ("14 Comments"), a label
 * ("読者会員限定", the story's for members). */
static int row_tool(const xmlNode *k)
{
    static const char *const tools[] = {"share", "print", "tool", "tools", NULL};
    if (k->type != XML_ELEMENT_NODE)
        return 0;
    xmlChar *copy = NULL;
    const xmlChar *href = bt_xhtml_is(k, "a") ? bt_xhtml_attr_value(k, "href", &copy) : NULL;
    int script = href && !xmlStrncasecmp(href, (const xmlChar *)"javascript:", 11);
    xmlFree(copy);
    return script || bt_xhtml_class_has(k, tools, 0) || bt_html_comments_link(k) ||
           bt_html_says_label(k);
}

/* Takes the brackets the tools left empty out of b ("[A- A A+]" without
 * its links is "[ ]"). */
static void drop_empty_brackets(bt_buf *b)
{
    size_t to = 0;
    for (size_t i = 0; b->data && i < b->len; i++) {
        size_t j = i + 1;
        while (b->data[i] == '[' && j < b->len && b->data[j] == ' ')
            j++;
        if (b->data[i] == '[' && j < b->len && b->data[j] == ']')
            i = j;
        else
            b->data[to++] = b->data[i];
    }
    bt_buf_truncate(b, to);
}

/* A date text of n (a <time>, an element named as a date, or a text node)
 * as its day and minute match iso, trimmed into out; one with a name beside
 * it gives the name into name. */
static int shows_date(const xmlNode *n, const char *iso, date_words *w, char *out, size_t cap,
                      char *name, size_t name_cap)
{
    bt_buf b = BT_BUF_INIT;
    const char *t = "";
    if (n->type == XML_ELEMENT_NODE &&
        (bt_xhtml_is(n, "time") || bt_xhtml_class_has(n, bt_html_date_classes, 1))) {
        bt_xhtml_dom_text_except(n, &b, DATE_ROW_MAX, row_tool);
        drop_empty_brackets(&b);
        t = b.data ? b.data : "";
    } else if (n->type == XML_TEXT_NODE && n->content) {
        t = (const char *)n->content; /* read in place: most texts are no date */
    }
    t += strspn(t, " \t\r\n");
    size_t len = bt_html_trimmed(t, strnlen(t, DATE_ROW_MAX + 1));
    if (len < 8 || len > DATE_ROW_MAX || strlen(t + len) > strspn(t + len, " \t\r\n")) {
        bt_buf_free(&b);
        return 0;
    }
    /* (every form of the day writes its year, whole or after a separator,
     * in ASCII digits or in the script's own: "১০ মে ২০২৪", looked for
     * once the text is read in ASCII digits) */
    int native = !holds_year(t, w);
    if (native && !(w->own_digits && bt_utf8_foreign_digits(t, len))) {
        bt_buf_free(&b);
        return 0;
    }
    /* read in NFC, as the page's text is kept; matched in ASCII digits */
    bt_buf nfc = BT_BUF_INIT, ascii = BT_BUF_INIT;
    const char *d = NULL, *de = NULL, *who = NULL, *who_end = NULL;
    int ok = bt_utf8_nfc(t, len, &nfc, NULL) == BT_OK && !nfc.failed;
    const char *m = nfc.data;
    size_t mlen = nfc.len;
    if (ok && native) {
        bt_buf_put(&ascii, nfc.data, nfc.len);
        ok = !ascii.failed && ascii.data;
        if (ok)
            bt_buf_truncate(&ascii, bt_utf8_ascii_digits(ascii.data, ascii.len));
        ok = ok && holds_year(ascii.data, w);
        m = ascii.data, mlen = ascii.len;
    }
    /* (a name beside a date in words would pass for its other words) */
    /* (without the separators a row leaves at its ends: "/ 6. November 2023 /") */
    const char *from = nfc.data, *to = nfc.data + nfc.len;
    if (ok)
        bt_html_trim_row(&from, &to);
    if (ok && date_of(m, mlen, iso, NULL)) {
        ok = copy_out(from, to, out, cap);
    } else if (ok && !native && date_and_name(nfc.data, nfc.len, iso, w, &d, &de, &who, &who_end)) {
        ok = copy_out(d, de, out, cap);
        if (ok && !copy_out(who, who_end, name, name_cap))
            name[0] = '\0';
    } else {
        /* (a Vietnamese paper's form was tried above) */
        ok = ok && mlen <= SHOWN_DATE_MAX &&
             (worded_date(m, mlen, w) || labelled_date(m, mlen, iso, w)) &&
             copy_out(from, to, out, cap);
    }
    if (ok)
        said_once(out);
    bt_buf_free(&nfc);
    bt_buf_free(&ascii);
    bt_buf_free(&b);
    return ok;
}

/* Letters the masthead's line of today's date has at most. */
#define TODAY_TEXT 64

/* Whether n is the masthead's line of today's date, named so (tagDiv's
 * "tdb-head-date-txt", "date-today", EFE's "efe-topbar__date", a Vietnamese
 * paper's "date-now"); not a page
 * whose classes say it has such a bar. */
static int today(const xmlNode *n)
{
    static const char *const todays[] = {"head-date",    "header-date", "today",
                                         "current-date", "date-now",    "datenow",
                                         "topbar",       "top-bar",     NULL};
    const bt_stats *s = bt_stats_of(n);
    return s && s->text < TODAY_TEXT && bt_xhtml_class_has(n, todays, 0);
}

int bt_html_shown_date(const xmlNode *article, const char *iso, const char *lang, char *out,
                       size_t cap, char *name, size_t name_cap)
{
    if (name_cap)
        name[0] = '\0';
    if (!iso || strlen(iso) < 10)
        return 0;
    date_words w;
    date_words_init(iso, lang, &w);
    /* in the article first, then by its headline above it */
    const xmlNode *top = article;
    while (top && top->parent && top->parent->type == XML_ELEMENT_NODE)
        top = top->parent;
    const xmlNode *roots[] = {article, top};
    for (size_t i = 0; i < 2; i++)
        for (const xmlNode *n = roots[i], *next, *headline = NULL; n; n = next) {
            /* (nor in code: a log's timestamps are no dateline; nor, on
             * the page, in its menus or in the site's masthead, a <header>
             * before the headline and the article that holds no headline:
             * today's date, "Viernes, 14 de noviembre de 2025") */
            if (!headline && (bt_xhtml_is(n, "h1") || n == article))
                headline = n;
            int code = bt_xhtml_is(n, "pre") || bt_xhtml_is(n, "code");
            int masthead =
                i && (bt_xhtml_is(n, "nav") ||
                      (!headline &&
                       ((bt_xhtml_is(n, "header") && !bt_xhtml_find(n, "h1")) || today(n))));
            int passed = code || masthead || (i && n == article);
            if (!passed && shows_date(n, iso, &w, out, cap, name, name_cap))
                return 1;
            next = bt_xhtml_next(n, roots[i], passed || bt_html_skipped(n));
        }
    return 0;
}

/* ---- after the conversion ---- */

/* Words a press release's subhead in title case has at least, and one
 * in sentence case. */
#define SUBHEAD_WORDS 8
#define DECK_WORDS 12

/* Whether t names its author by "by" among its first three words ("Posted
 * by Andrew Hayden, Software Engineer", "By Jane Doe"): a byline. */
static int credits_by(const char *t)
{
    for (int w = 0; w < 3 && *t; w++) {
        if (!strncasecmp(t, "by ", 3))
            return 1;
        t += strcspn(t, " ");
        t += strspn(t, " ");
    }
    return 0;
}

/* Whether t ends on a sentence's or a label's mark, in Latin script or in
 * Chinese and Japanese ("。", "！", "？", "："). */
static int final_punct(const char *t)
{
    static const char *const wide[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                       "\xEF\xBC\x9A", NULL};
    size_t len = strlen(t);
    for (const char *const *w = wide; len >= 3 && *w; w++)
        if (!memcmp(t + len - 3, *w, 3))
            return 1;
    return len && strchr(".:;!?\"", t[len - 1]) != NULL;
}

/* Whether a short line names where the story comes from ("Theo TTXVN",
 * "(Nguồn: Reuters)"): 2; or who wrote it and took its photos ("Bài và
 * ảnh: Minh Thư"): 1, kept as its byline. */
static const char *const source_labels[] = {
    "Nguồn:", "NGUỒN:", "Source:", "Quelle:", "Fuente:", "Source :", "Fonte:", "Kaynak:", NULL};

static int source_line(const char *t)
{
    static const char *const sources[] = {"Theo ", "THEO ", NULL};
    static const char *const credits[] = {
        "Bài và ảnh:", "Bài, ảnh:", "Bài - ảnh:", "Tin, ảnh:", "Tin và ảnh:", "Bài:", "Tin:", NULL};
    t += *t == '(';
    return opens_with_one(t, sources) || opens_with_one(t, source_labels)
               ? 2
               : opens_with_one(t, credits);
}

/* Words a source's line closed by a full stop has at most: its label and
 * a name cut short ("Quelle: F.A.Z."). */
#define SOURCE_LABEL_WORDS 4

/* The dash after a paper's mark, and the spaces around it; NULL if none. */
static const char *after_dash(const char *p)
{
    p += strspn(p, " ");
    if (*p == '-')
        p++;
    else if (!strncmp(p, "\xE2\x80\x93", 3) || !strncmp(p, "\xE2\x80\x94", 3))
        p += 3;
    else
        return NULL;
    return p + strspn(p, " ");
}

/* Whether a paragraph opens with a paper's mark, as Vietnamese sapos do:
 * a short name in parentheses and a dash ("(Dân trí) -", "(PLO)-"), its
 * initials in parentheses ("(CLO) "), a word in capitals and a dash ("TTO
 * -", "LĐO -"; not a place, "Huế -"), or the paper's domain ("Thanhnien.vn
 * ", "VOV.VN -"; not "TP.HCM"). */
static const char *const paper_domains[] = {".vn", ".VN", ".com", ".net", NULL};

/* Whether the word t[0..len) ends as a paper's domain does. */
static int paper_domain(const char *t, size_t len)
{
    for (const char *const *d = paper_domains; *d; d++)
        if (len > strlen(*d) && !strncmp(t + len - strlen(*d), *d, strlen(*d)))
            return 1;
    return 0;
}

/* The ")" closing a paper's mark in parentheses at t: a short name ("(Dân
 * trí)"), or a domain however long ("(Thoibaotaichinhvietnam.vn)"); NULL
 * when t opens no such mark. */
static const char *mark_close(const char *t)
{
    const char *close = *t == '(' ? strchr(t, ')') : NULL;
    return close && (close - t < 24 || (close - t < 48 && !memchr(t, ' ', (size_t)(close - t)) &&
                                        paper_domain(t + 1, (size_t)(close - t - 1))))
               ? close
               : NULL;
}

static int agency_mark(const char *t)
{
    if (*t == '(') {
        const char *close = mark_close(t);
        /* (or a paper's initials in capitals, with no dash: "(CLO) Ngày
         * 14/6, ...") */
        size_t caps = close ? strspn(t + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ&0123456789") : 0;
        return close &&
               (after_dash(close + 1) || (caps >= 2 && t + 1 + caps == close && close[1] == ' '));
    }
    size_t len = strcspn(t, " ");
    if (!len || len > 16)
        return 0;
    if (paper_domain(t, len))
        return 1;
    for (size_t i = 0; i < len; i++)
        if (t[i] >= 'a' && t[i] <= 'z')
            return 0;
    return after_dash(t + len) != NULL;
}

/* The text with a "(HNM) -" like agency prefix and all white space gone. */
static char *bare(const char *s)
{
    const char *p = s;
    if (*p == '(') {
        const char *close = mark_close(p);
        if (close) {
            p = close + 1;
            while (*p == ' ' || *p == '-' || !strncmp(p, "\xE2\x80\x93", 3) ||
                   !strncmp(p, "\xE2\x80\x94", 3))
                p += (unsigned char)*p >= 0x80 ? 3 : 1;
        }
    }
    char *out = malloc(strlen(p) + 1), *o = out;
    if (!out)
        return NULL;
    for (; *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\t' && strncmp(p, "\xC2\xA0", 2))
            *o++ = *p;
        else if (*p == '\xC2')
            p++;
    *o = '\0';
    return out;
}

/* (a full stop the metadata adds, or the page, parts no texts: a
 * subtitle without one, its description with it) */
static size_t without_stop(const char *s)
{
    size_t n = strlen(s);
    return n > 1 && s[n - 1] == '.' ? n - 1 : n;
}

static int same_text(const char *a, const char *b)
{
    char *x = bare(a), *y = bare(b);
    size_t lx = x ? without_stop(x) : 0, ly = y ? without_stop(y) : 0;
    int same = x && y && *x && lx == ly && !strncmp(x, y, lx);
    free(x);
    free(y);
    return same;
}

/* Whether text, bare, ends with part, bare, of min letters at least and
 * shorter than text; or, start_too, starts with it. */
static int holds_part(const char *text, const char *part, size_t min, int start_too)
{
    char *x = bare(text), *y = bare(part);
    size_t lx = x ? strlen(x) : 0, ly = y ? strlen(y) : 0;
    int holds =
        ly >= min && lx > ly && ((start_too && !strncmp(x, y, ly)) || !strcmp(x + lx - ly, y));
    free(x);
    free(y);
    return holds;
}

/* Words a place stamp or a paper's mark opening a lead has at most ("Hà
 * Nội", "TTO -"), which the page's description leaves out. */
#define STAMP_WORDS 3
/* Letters a description has at least to find its lead after a stamp. */
#define STAMPED_LETTERS 40

/* Whether paragraph text t is the description desc after such a stamp. */
static int stamped(const char *t, const char *desc)
{
    size_t words = bt_word_count(t), told = bt_word_count(desc);
    return words > told && words - told <= STAMP_WORDS && holds_part(t, desc, STAMPED_LETTERS, 0);
}

/* Bytes (spaces left out) a description cut from a heading's opening has at
 * least, and its share of the heading's, in fourths. */
#define CUT_DESCRIPTION_BYTES 90
#define CUT_DESCRIPTION_FOURTHS 2

/* Whether heading text t opens with the description desc, cut from it (a
 * lead set as a heading in a script written without spaces between words,
 * its first clauses the description: Thairath's "h2" under the headline);
 * a paragraph the description opens is the text's first, often. */
static int cut_heading(const char *t, const char *desc)
{
    return strlen(desc) * 4 >= strlen(t) * CUT_DESCRIPTION_FOURTHS &&
           holds_part(t, desc, CUT_DESCRIPTION_BYTES, 1);
}

/* Words a lead has at least to be known by a description edited from it,
 * and the share (in fourths) of the description's words it opens with. */
#define EDITED_WORDS 12
#define EDITED_FOURTHS 3

/* Whether description desc is t edited a little: as long within a fourth,
 * its first three fourths of words t's first words, and its last word and
 * mark t's (an editor shortened a clause of the lead for search engines; a
 * description cut from the first paragraph by the CMS ends elsewhere). */
static int edited(const char *t, const char *desc)
{
    size_t tw = bt_word_count(t), dw = bt_word_count(desc), same = 0;
    const char *te = strrchr(t, ' '), *de = strrchr(desc, ' ');
    if (dw < EDITED_WORDS || tw * 4 < dw * 3 || tw * 3 > dw * 4 || !te || !de || strcmp(te, de) ||
        !final_punct(t))
        return 0;
    for (const char *a = t, *b = desc;; same++) {
        a += strspn(a, " ");
        b += strspn(b, " ");
        size_t la = strcspn(a, " "), lb = strcspn(b, " ");
        if (!la || la != lb || strncmp(a, b, la))
            break;
        a += la;
        b += lb;
    }
    return same >= EDITED_WORDS && same * 4 >= dw * EDITED_FOURTHS;
}

/* Whether a headline holds the title and a kicker, label or subline that
 * the title leaves out: it starts or ends with the title. */
static int holds_title(const char *heading, const char *title)
{
    return holds_part(heading, title, 12, 1);
}

/* Whether all the text of p is in elements of type mark, through other
 * emphasis around them ("<em><strong>...</strong></em>"). */
static int marked_only(bt_document *doc, const bt_node *p, bt_node_type mark)
{
    int marked = 0;
    for (const bt_node *k = p->first; k; k = k->next) {
        if (k->type == mark)
            marked = 1;
        else if ((k->type == BT_NODE_EMPH || k->type == BT_NODE_STRONG) &&
                 marked_only(doc, k, mark))
            marked = 1;
        else if (k->type != BT_NODE_TEXT || strspn(bt_node_text(doc, k), " ") != strlen(k->literal))
            return 0;
    }
    return marked;
}

/* Whether all the text of a paragraph is in strong elements. */
static int bold_only(bt_document *doc, const bt_node *p)
{
    return marked_only(doc, p, BT_NODE_STRONG);
}

/* Pages repeat their text for other screens (a mobile copy beside the
 * desktop one): a run of three or more long paragraphs, not all alike, said
 * again further on in the same order goes.  (Filler text repeats one
 * paragraph; a refrain, a line or two.) */
static void drop_repeats(bt_node *body)
{
    enum { MAX = 4096, LONG = 80, RUN = 3 };
    uint64_t *hash = malloc(MAX * sizeof(*hash));
    bt_node **para = malloc(MAX * sizeof(*para));
    bt_buf t = BT_BUF_INIT;
    size_t n = 0;
    for (bt_node *k = body->first; k && hash && para && n < MAX; k = k->next) {
        if (k->type != BT_NODE_PARAGRAPH)
            continue;
        bt_buf_truncate(&t, 0);
        bt_node_text_put(k, &t);
        if (t.len < LONG)
            continue;
        uint64_t h = 1469598103934665603u;
        for (size_t i = 0; i < t.len; i++)
            h = (h ^ (unsigned char)t.data[i]) * 1099511628211u;
        hash[n] = h;
        para[n++] = k;
    }
    bt_buf_free(&t);
    for (size_t j = RUN; j + RUN <= n; j++)
        for (size_t i = 0; i + RUN <= j; i++) {
            size_t len = 0;
            while (j + len < n && i + len < j && hash[i + len] == hash[j + len])
                len++;
            if (len < RUN || hash[j] == hash[j + 1])
                continue;
            for (size_t k = 0; k < len; k++)
                bt_node_unlink(para[j + k]);
            j += len - 1;
            break;
        }
    free(hash);
    free(para);
}

/* An image's alt text that says nothing of it: a file name, a slug or a
 * Latin word (ASCII without a space: Chinese and Japanese write whole
 * sentences so), or the article's title again, as SEO plugins write it. */
static int mute_alt(bt_node *n, int entering, void *user)
{
    const char *title = user;
    if (!entering || n->type != BT_NODE_FIGURE || !n->literal)
        return 0;
    char *alt = bare(n->literal);
    int ascii = 1;
    for (const char *p = n->literal; *p && ascii; p++)
        ascii = !(*p & 0x80);
    if (alt && ((ascii && !strcmp(alt, n->literal)) || (title && *title && strstr(alt, title))))
        n->literal = NULL;
    free(alt);
    return 0;
}

/* Words a heading of a summary's lines opening the text has at least. */
#define SUMMARY_LINES_WORDS 8

/* Whether n holds a line break. */
static int has_break(const bt_node *n)
{
    for (const bt_node *k = n->first; k; k = k->next)
        if (k->type == BT_NODE_BREAK || has_break(k))
            return 1;
    return 0;
}

/* Words a lead set as a heading of two sentences, the last left open, has
 * at least (a blog's title of two, "Rudisha lights up London with a world
 * record. And more 800m thoughts", has fewer). */
#define TWO_SENTENCES_WORDS 16

/* Whether t closes a sentence before its end: a full stop, a space and a
 * capital ("... als üblich. Die Hauer rechnen ..."), as a heading never
 * does. */
static int sentence_inside(const char *t)
{
    for (const char *d = strchr(t, '.'); d; d = strchr(d + 1, '.')) {
        /* (one space after the full stop or more, a no-break one too) */
        const char *w = d + 1;
        while (*w == ' ' || !strncmp(w, "\xC2\xA0", 2))
            w += *w == ' ' ? 1 : 2;
        int upper = 0, lower = 0;
        if (w > d + 1)
            bt_utf8_word_cases(w, strcspn(w, " "), &upper, &lower);
        if (upper)
            return 1;
    }
    return 0;
}

/* Whether t is a deck: a line of DECK_WORDS words or more in sentence
 * case under the headline, no sentence closed inside it nor at its end
 * ("Funding will add turn lanes and rumble strips along stretch with 11
 * fatalities since 2003"); sub-headings are shorter, or in title case. */
static int deck(const char *t)
{
    size_t len = strlen(t);
    while (len && (t[len - 1] == ' ' || (len >= 2 && !memcmp(t + len - 2, "\xC2\xA0", 2))))
        len -= t[len - 1] == ' ' ? 1 : 2;
    int upper = 0, lower = 0;
    bt_utf8_word_cases(t, len, &upper, &lower);
    return bt_word_count(t) >= DECK_WORDS && lower > upper && len &&
           !strchr(".:;!?\")", t[len - 1]) && !final_punct(t) && !sentence_inside(t) &&
           !credits_by(t);
}

/* Letters of one editor's initials, at most: in small Latin letters, and
 * in a script without case (its vowel signs letters of their own). */
#define INITIALS_LETTERS 6
#define INITIALS_CODE_POINTS 8

/* The bytes of one editor's initials at t: small Latin letters, or letters
 * of a script without capitals; 0 when t holds none. */
static size_t one_initials(const char *t)
{
    size_t n = strspn(t, "abcdefghijklmnopqrstuvwxyz");
    if (n)
        return n >= 2 && n <= INITIALS_LETTERS ? n : 0;
    size_t cps = 0;
    for (n = 0; (unsigned char)t[n] >= 0x80; cps += ((unsigned char)t[n] & 0xC0) != 0x80, n++)
        ;
    return cps >= 2 && cps <= INITIALS_CODE_POINTS && !bt_utf8_has_lower(t, n) ? n : 0;
}

/* Whether t is editors' initials parted by slashes, as Latin American
 * papers close a story ("mpc/rmlgv"), and Bangladeshi ones ("এমএমএ/এএসএ"). */
static int desk_initials(const char *t)
{
    size_t parts = 0;
    while (t && *t) {
        size_t n = one_initials(t);
        if (!n || (t[n] && t[n] != '/'))
            return 0;
        parts++;
        t += n + (t[n] == '/');
    }
    return parts >= 2;
}

/* Words a line introducing what follows it has at most. */
#define DANGLING_WORDS 20

/* Whether t is a short line that ends in a colon, introducing what
 * follows it. */
static int dangling_line(const char *t)
{
    size_t n = t ? bt_html_trimmed(t, strlen(t)) : 0;
    return n && bt_word_count(t) <= DANGLING_WORDS &&
           (t[n - 1] == ':' || (n >= 3 && !memcmp(t + n - 3, "\xEF\xBC\x9A", 3)));
}

/* Whether a paragraph closing the story is its byline: the names in bold,
 * or the credit's label and names before the agency ("<b>Tin, ảnh: Trần
 * Hoài</b>/VOV"): 1; or a credit's line unmarked: 2; or its source: 3.
 * Each gets the byline's role.  Above a credit's or a source's line, the
 * bold names may have been read as a heading. */
static int closing_byline(bt_document *doc, bt_node *p, int above_source)
{
    if (!p || p->role != BT_ROLE_NONE ||
        (p->type != BT_NODE_PARAGRAPH && (p->type != BT_NODE_HEADING || !above_source)))
        return 0;
    const char *t = bt_node_text(doc, p);
    if (!t || (final_punct(t) &&
               !(bt_word_count(t) <= SOURCE_LABEL_WORDS && opens_with_one(t, source_labels))))
        return 0;
    int words = bt_word_count(t);
    int kind = words > 6 ? 0
               : p->type == BT_NODE_HEADING || bold_only(doc, p) ||
                       (p->first && p->first->type == BT_NODE_STRONG)
                   ? 1
                   : 0;
    int source = !kind && !above_source && words <= 12 ? source_line(t) : 0;
    if (source)
        kind = 1 + source;
    if (kind) {
        p->type = BT_NODE_PARAGRAPH;
        p->role = BT_ROLE_BYLINE;
    }
    return kind;
}

/* Whether a line of paragraph p, between breaks, is the title again (a
 * table page's date line, a <br> and the headline in bold): it goes, with
 * the break before or after it. */
static int drop_title_line(bt_node *p, const char *title)
{
    bt_buf line = BT_BUF_INIT;
    for (bt_node *start = p->first, *k = start;; k = k->next) {
        if (k && k->type != BT_NODE_BREAK) {
            bt_node_text_put(k, &line);
            continue;
        }
        int same = start != p->first || k ? same_text(line.data ? line.data : "", title) : 0;
        bt_buf_truncate(&line, 0);
        if (same) {
            bt_node *brk = k ? k : start->prev;
            while (start != k) {
                bt_node *next = start->next;
                bt_node_unlink(start);
                start = next;
            }
            if (brk)
                bt_node_unlink(brk);
            bt_buf_free(&line);
            return 1;
        }
        if (!k)
            break;
        start = k->next;
    }
    bt_buf_free(&line);
    return 0;
}

/* Words a line of a block of metadata has at most ("Media Inquiries: Ellen
 * Marsh, 0141 496 0000, press@example.org"). */
#define FIELD_WORDS 12

/* Whether paragraph p is a block of metadata: two lines or more between
 * breaks, each a few words and no sentence ("For Immediate Release: March
 * 4<br>Media Inquiries: ..."), as a press release sets above its headline. */
static int fields_block(const bt_node *p)
{
    bt_buf line = BT_BUF_INIT;
    int lines = 0, fields = 1;
    for (const bt_node *k = p->first;; k = k->next) {
        if (k && k->type != BT_NODE_BREAK) {
            bt_node_text_put(k, &line);
            continue;
        }
        const char *t = line.data ? line.data : "";
        fields &= bt_word_count(t) <= FIELD_WORDS && !final_punct(t);
        lines += *t != 0;
        bt_buf_truncate(&line, 0);
        if (!k || !fields)
            break;
    }
    bt_buf_free(&line);
    return fields && lines >= 2;
}

int bt_html_says_date(const char *t)
{
    for (const char *p = t; *p; p++) {
        if (p != t && p[-1] >= '0' && p[-1] <= '9')
            continue;
        size_t digits = strspn(p, "0123456789");
        if ((digits == 4 && (!strncmp(p, "19", 2) || !strncmp(p, "20", 2))) ||
            ((digits == 1 || digits == 2) && p[digits] == ':' &&
             strspn(p + digits + 1, "0123456789") == 2))
            return 1;
    }
    return 0;
}

/* Whether k is a short line, no sentence: a label, a kicker, a fact. */
static int short_line(bt_document *doc, const bt_node *k)
{
    const char *t = k->type == BT_NODE_PARAGRAPH ? bt_node_text(doc, k) : NULL;
    return t && bt_word_count(t) <= LINE_WORDS && !final_punct(t);
}

/* Whether list k is a lead's points (the reader marks them so): every item
 * opens on a paragraph of the lead. */
static int lead_points(const bt_node *k)
{
    if (k->type != BT_NODE_LIST || !k->first)
        return 0;
    for (const bt_node *i = k->first; i; i = i->next)
        if (!i->first || i->first->type != BT_NODE_PARAGRAPH || i->first->role != BT_ROLE_LEAD)
            return 0;
    return 1;
}

/* Items a list of a lead's points has at most, and words an item. */
#define POINTS_MOST 6
#define POINT_WORDS 45

/* Whether k is a list of a few short lines, each item one paragraph. */
static int point_lines(bt_document *doc, const bt_node *k)
{
    int n = 0;
    if (k->type != BT_NODE_LIST)
        return 0;
    for (const bt_node *i = k->first; i; i = i->next, n++) {
        const bt_node *p = i->first;
        const char *t = p && !p->next && p->type == BT_NODE_PARAGRAPH ? bt_node_text(doc, p) : NULL;
        if (!t || n >= POINTS_MOST || bt_word_count(t) > POINT_WORDS)
            return 0;
    }
    return n >= 2;
}

/* Gives the paragraphs of list k's items the role. */
static void set_points_role(bt_node *k, bt_role role)
{
    for (bt_node *i = k->first; i; i = i->next)
        for (bt_node *p = i->first; p; p = p->next)
            if (p->type == BT_NODE_PARAGRAPH)
                p->role = role;
}

/* A short line of the article's metadata that says a date or a time ("Minh
 * Khoa • 14/07/2026 06:00"), or a longer one that says a date in words
 * ("Publié le mardi 14 janvier 2025 à 09h40"), not yet told from the text. */
static int date_line(bt_document *doc, const bt_node *p)
{
    const char *t =
        p->type == BT_NODE_PARAGRAPH && p->role == BT_ROLE_NONE ? bt_node_text(doc, p) : NULL;
    size_t words = t ? bt_word_count(t) : 0;
    return t && !final_punct(t) && strpbrk(t, "0123456789") &&
           (words <= LINE_WORDS || (words <= 2 * LINE_WORDS && bt_html_says_date(t)));
}

/* Whether p is the line a CMS writes its author's name on, in the words of
 * its translations (Joomla's "Written by Administrator", "Viết bởi ...",
 * "Geschrieben von ..."): a few words, no sentence. */
static int written_by(bt_document *doc, const bt_node *p)
{
    static const char *const written[] = {
        "Written by ", "Viết bởi ",        "Geschrieben von ", "Escrito por ", "Écrit par ",
        "Scritto da ", "Geschreven door ", "Napisane przez ",  "Skrevet av ",  NULL,
    };
    const char *t =
        p->type == BT_NODE_PARAGRAPH && p->role == BT_ROLE_NONE ? bt_node_text(doc, p) : NULL;
    if (!t || bt_word_count(t) > LINE_WORDS || final_punct(t))
        return 0;
    for (const char *const *w = written; *w; w++)
        if (!strncmp(t, *w, strlen(*w)))
            return 1;
    return 0;
}

/* Words a headline's line adds to the title at most (the site's name after
 * it: "Title | Bridgestone Tires"). */
#define HEADLINE_EXTRA_WORDS 6

/* Whether a paragraph is the headline again, the title and a few words
 * more around it (a kicker before, the site's name after: a clipper's line
 * of the page's title), no sentence. */
static int headline_line(const char *t, const char *title)
{
    if (!t || final_punct(t) || bt_word_count(t) > bt_word_count(title) + HEADLINE_EXTRA_WORDS)
        return 0;
    char *x = bare(t), *y = bare(title);
    int holds = x && y && strlen(y) >= 12 && strstr(x, y);
    free(x);
    free(y);
    return holds;
}

/* Items a row of the article's metadata set as a list has at most, and
 * words an item that is only its date ("March 9, 2026"). */
#define META_LIST_ITEMS 4
#define DATE_ITEM_WORDS 4

/* Whether p is a row of metadata set as a list: a few items, each a line
 * of a few words, one with a figure ("Thread starter Tiểu Minh", "Ngày gửi
 * 12/3/25" on a forum's post). */
static int meta_list(bt_document *doc, const bt_node *p)
{
    if (p->type != BT_NODE_LIST)
        return 0;
    size_t items = 0;
    int figure = 0;
    for (const bt_node *i = p->first; i; i = i->next, items++) {
        const bt_node *line = i->first;
        if (!line || line->next || !short_line(doc, line) || items >= META_LIST_ITEMS)
            return 0;
        figure |= strpbrk(bt_node_text(doc, line), "0123456789") != NULL;
    }
    return figure;
}

/* Whether k is a byline's paragraph of a separator alone (a WordPress
 * theme's "<div class=td-author-line> -</div>", a row's " / " item): it
 * names nobody. */
static int separator_byline(bt_document *doc, const bt_node *k)
{
    const char *t = k->type == BT_NODE_PARAGRAPH && k->role == BT_ROLE_BYLINE
                        ? bt_node_text(doc, (bt_node *)k)
                        : NULL;
    return t && !bt_utf8_has_alnum(t, strlen(t));
}

/* A row of the article's metadata set as a list near the top, every item a
 * byline's paragraph ("<ul><li>By Priya Nair</li><li>March 9, 2026</li>",
 * a page builder's post info): its items are paragraphs of their own, and
 * an item that only says the date the metadata gives goes (the dateline
 * shows it). */
static void unlist_bylines(bt_document *doc, bt_node *body)
{
    int blocks = 0;
    for (bt_node *k = body->first, *next; k && blocks < 6; k = next, blocks++) {
        next = k->next;
        size_t items = 0;
        int row = k->type == BT_NODE_LIST;
        for (bt_node *i = row ? k->first : NULL; i && row; i = i->next) {
            row = i->type == BT_NODE_ITEM && i->first && !i->first->next &&
                  i->first->type == BT_NODE_PARAGRAPH && i->first->role == BT_ROLE_BYLINE;
            items += row && !separator_byline(doc, i->first);
        }
        if (!row || !items || items > META_LIST_ITEMS)
            continue;
        for (bt_node *i = k->first; i; i = i->next) {
            bt_node *p = i->first;
            const char *t = bt_node_text(doc, p);
            bt_node_unlink(p);
            if (!(t && bt_document_meta(doc, BT_META_DATE) && bt_html_says_date(t) &&
                  bt_word_count(t) <= DATE_ITEM_WORDS))
                bt_node_insert_before(k, p);
        }
        bt_node_unlink(k);
    }
}

/* Whether paragraph k, of role, says a kicker's line: a section's word or
 * two, no sentence, no number. */
static int kicker_of(bt_document *doc, const bt_node *k, bt_role role)
{
    const char *t = k->type == BT_NODE_PARAGRAPH && k->role == role ? bt_node_text(doc, k) : NULL;
    return t && bt_word_count(t) <= KICKER_WORDS && !final_punct(t) && !strpbrk(t, "0123456789");
}

static int kicker_line(bt_document *doc, const bt_node *k)
{
    return kicker_of(doc, k, BT_ROLE_NONE);
}

/* Whether p is a trail of sections, as a breadcrumb sets it: links of
 * a few words parted by arrows ("Home » News » 2007 News Releases"), the
 * page's own name after them unlinked or not. */
static int trail_line(bt_document *doc, const bt_node *p)
{
    static const char *const arrows[] = {"»", "›", ">", "→", NULL};
    if (p->type != BT_NODE_PARAGRAPH || p->role != BT_ROLE_NONE)
        return 0;
    size_t links = 0, parted = 0;
    for (const bt_node *k = p->first; k; k = k->next) {
        const char *t = bt_node_text(doc, k);
        if (k->type == BT_NODE_LINK) {
            links += t && bt_word_count(t) <= NAME_WORDS;
            continue;
        }
        if (k->type != BT_NODE_TEXT || !t)
            return 0;
        t += strspn(t, " ");
        size_t arrow = 0;
        for (const char *const *a = arrows; *a && !arrow; a++)
            arrow = strncmp(t, *a, strlen(*a)) ? 0 : strlen(*a);
        /* (the page's own name may close it, unlinked) */
        if (*t && (!arrow || bt_word_count(t + arrow) > (k->next ? 0 : NAME_WORDS)))
            return 0;
        parted += arrow > 0;
    }
    return links >= 2 && parted + 1 >= links;
}

/* Words a byline's line has at most ("Par Clémentine Roussel (Perpignan,
 * envoyée spéciale)"). */
#define BYLINE_LINE_WORDS 12

/* Whether t is a byline's line: a label, then a name, its first two words
 * capitalised. */
static int byline_line(const char *t)
{
    /* (and a club's or a blog's: "Submitted by Janet Kohler, Library
     * Director", "Posted by ...") */
    static const char *const bys[] = {
        "By ",   "Par ",   "Von ",          "Por ",       "Di ",         "Av ", "Af ",
        "Door ", "Przez ", "Submitted by ", "Posted by ", "Written by ", NULL};
    if (!t || bt_word_count(t) > BYLINE_LINE_WORDS || final_punct(t))
        return 0;
    for (const char *const *b = bys; *b; b++) {
        size_t len = strlen(*b);
        if (strncmp(t, *b, len))
            continue;
        const char *name = t + len, *end = name + strcspn(name, " ");
        end += *end == ' ' ? 1 + strcspn(end + 1, " ,(") : 0;
        return bt_utf8_capitalized_words(name, (size_t)(end - name)) == 2;
    }
    return 0;
}

/* Blocks at the story's end looked through for its author's note. */
#define BIO_BLOCKS 3

/* The name of the document's author text opens with, going on to say who
 * they are in English ("Maren Calloway is a writer in ..."); NULL when
 * none. */
static const char *author_bio(const bt_document *doc, const char *text)
{
    for (size_t i = 0; text && i < bt_document_meta_count(doc, BT_META_AUTHOR); i++) {
        const char *name = bt_document_meta_at(doc, BT_META_AUTHOR, i);
        size_t len = name ? strlen(name) : 0;
        if (len < 4 || strncmp(text, name, len))
            continue;
        for (const char *const *v = bt_chrome_bio_verbs_en; *v; v++)
            if (!strncmp(text + len, *v, strlen(*v)))
                return name;
    }
    return NULL;
}

/* Words a section's heading has at most, to tell it from a deck. */
#define SECTION_HEADING_WORDS 10

/* Whether heading h is a section's, no lead, though a description repeats
 * it: a few words, no sentence, and a heading after it ranks with it or
 * above (a blog's first section heading, which its Open Graph description
 * repeats; a deck set as an h2 above h2 sections is the lead). */
static int outranked(bt_document *doc, const bt_node *h)
{
    const char *t = bt_node_text(doc, h);
    if (!t || final_punct(t) || bt_word_count(t) > SECTION_HEADING_WORDS)
        return 0;
    for (const bt_node *k = h->next; k; k = k->next)
        if (k->type == BT_NODE_HEADING && k->level <= h->level)
            return 1;
    return 0;
}

/* Drops the rules opening and closing body's text (one block kept). */
static void drop_end_rules(bt_node *body)
{
    while (body->first && body->first->type == BT_NODE_RULE && body->first->next)
        bt_node_unlink(body->first);
    while (body->last && body->last->type == BT_NODE_RULE && body->last->prev)
        bt_node_unlink(body->last);
}

/* Words a plain line saying the end of the <title> has at least to be
 * the headline (fewer: a section's name, "News"). */
#define TITLE_LINE_WORDS 4

void bt_html_finish(bt_document *doc, const char *other_description)
{
    bt_node *body = bt_document_body(doc);
    drop_repeats(body);
    unlist_bylines(doc, body);
    for (bt_node *k = body->first, *next; k; k = next) {
        next = k->next;
        if (separator_byline(doc, k))
            bt_node_unlink(k);
    }
    char *bare_title =
        bt_document_meta(doc, BT_META_TITLE) ? bare(bt_document_meta(doc, BT_META_TITLE)) : NULL;
    bt_node_walk(body, mute_alt, bare_title);
    free(bare_title);
    /* the title, shown again before the article's text starts, goes */
    const char *title = bt_document_meta(doc, BT_META_TITLE);
    /* (counted past short lines, no sentence: a match's scoreboard over
     * a live page's headline, "Atlético", "2-1", "Sevilla") */
    int blocks = 0, seen = 0;
    bt_node *names[4], *kicker = NULL;
    size_t nnames = 0;
    for (bt_node *k = body->first, *next; k && title && blocks < 4 && seen++ < TITLE_LOOK;
         blocks += !short_line(doc, k), k = next) {
        next = k->next;
        if (((k->type == BT_NODE_HEADING || k->type == BT_NODE_PARAGRAPH) &&
             same_text(bt_node_text(doc, k), title)) ||
            (k->type == BT_NODE_HEADING && holds_title(bt_node_text(doc, k), title)) ||
            (k->type == BT_NODE_PARAGRAPH && headline_line(bt_node_text(doc, k), title))) {
            /* and an h1 of a name above a smaller one, or above a line: the
             * site's, the section's ("Airport News" over "p.newstitle") */
            for (size_t i = 0; i < nnames; i++)
                if ((k->type != BT_NODE_HEADING || k->level > 1) && names[i]->level == 1)
                    bt_node_unlink(names[i]);
            /* and the trail of sections above it ("Home » News » 2007 News
             * Releases" under a section's h1) */
            for (bt_node *t = body->first, *after; t && t != k; t = after) {
                after = t->next;
                if (trail_line(doc, t))
                    bt_node_unlink(t);
            }
            /* and the kicker right above it, a section's word or two
             * ("Photovoltaik"), which the headline's line shows */
            if (kicker && kicker->next == k)
                bt_node_unlink(kicker);
            const char *shown = bt_node_text(doc, k);
            bt_node_unlink(k);
            /* and its copies for other screens right after it (a phone's
             * headline and a desk's, one hidden by the stylesheet) */
            while (next && ((next->type == BT_NODE_HEADING &&
                             (same_text(bt_node_text(doc, next), title) ||
                              holds_title(bt_node_text(doc, next), title) ||
                              (shown && !strcmp(bt_node_text(doc, next), shown)))) ||
                            (next->type == BT_NODE_PARAGRAPH && next->role == BT_ROLE_NONE &&
                             headline_line(bt_node_text(doc, next), title)))) {
                k = next;
                next = next->next;
                bt_node_unlink(k);
            }
            break;
        }
        /* (or a plain line of a few words its class set in large type:
         * TownNews's "span.storyhead" under the <title>'s "Site - News -") */
        const char *said = bt_node_text(doc, k);
        if ((k->type == BT_NODE_HEADING ||
             (k->type == BT_NODE_PARAGRAPH &&
              (bold_only(doc, k) ||
               (said && bt_word_count(said) >= TITLE_LINE_WORDS && !final_punct(said))))) &&
            said && bt_html_title_end(title, said)) {
            bt_document_set_meta(doc, BT_META_TITLE, bt_node_text(doc, k));
            bt_node_unlink(k);
            break;
        }
        if (k->type == BT_NODE_PARAGRAPH && drop_title_line(k, title))
            break;
        const char *t = bt_node_text(doc, k);
        if (k->type == BT_NODE_HEADING && t && bt_word_count(t) <= NAME_WORDS &&
            nnames < sizeof(names) / sizeof(names[0]))
            names[nnames++] = k;
        kicker = kicker_line(doc, k) ? k : NULL;
        /* the article's text starts: not at a line, nor at a row of its
         * metadata ("Xã hội · Thứ bảy, 28/11/2026 07:30") */
        const char *line =
            k->type == BT_NODE_PARAGRAPH && k->role == BT_ROLE_NONE ? bt_node_text(doc, k) : "";
        if (!line || (bt_word_count(line) > LINE_WORDS && !fields_block(k) &&
                      (bt_word_count(line) > 2 * LINE_WORDS || final_punct(line) ||
                       !bt_html_says_date(line))))
            break;
    }
    /* a rule opening or closing the text separates nothing: the header's
     * line, over the headline gone from there (a release's "<hr>" under its
     * tools), the footer's */
    drop_end_rules(body);
    /* the block near the top the page's description repeats, even one set
     * as a heading, or opened by a place stamp */
    const char *desc = bt_document_meta(doc, BT_META_DESCRIPTION);
    const char *descs[] = {desc, other_description};
    bt_node *described = NULL;
    blocks = 0;
    for (bt_node *k = body->first; k && desc && !described && blocks < 6; k = k->next, blocks++)
        for (size_t i = 0; i < 2 && descs[i] && !described; i++)
            if ((k->type == BT_NODE_PARAGRAPH ||
                 (k->type == BT_NODE_HEADING && k->level > 1 && !outranked(doc, k))) &&
                (same_text(bt_node_text(doc, k), descs[i]) ||
                 stamped(bt_node_text(doc, k), descs[i]) ||
                 edited(bt_node_text(doc, k), descs[i]) ||
                 (k->type == BT_NODE_HEADING && cut_heading(bt_node_text(doc, k), descs[i]))))
                described = k;
    /* one lead, near the top: a "description" class further down is not
     * one, nor one after the block the description repeats (India Today's
     * body is "div.description", under its lead) */
    int lead = 0, before = 0, started = 0;
    blocks = 0;
    for (bt_node *k = body->first, *next; k; k = next) {
        next = k->next;
        before |= k == described;
        /* (counted from the first block of text: the short lines over it,
         * a review's facts, are none; nor are the pictures, nor the short
         * lines among the blocks, a scoreboard's teams and score) */
        started |= !short_line(doc, k);
        blocks += started && !short_line(doc, k) && k->type != BT_NODE_FIGURE;
        /* (a kicker in the lead's box, a few words over the lead's
         * sentences: "div.lead-content" around "Live", the headline and
         * the subline) */
        if (!lead && next && next->type == BT_NODE_PARAGRAPH && next->role == BT_ROLE_LEAD &&
            kicker_of(doc, k, BT_ROLE_LEAD)) {
            bt_node_unlink(k);
            continue;
        }
        /* (a lead a class names right after them is the lead, the points
         * a summary box's: Focus's "Das Wichtigste in Kürze" over
         * "div.leadIn") */
        const bt_node *after = next;
        while (after && after->type == BT_NODE_FIGURE)
            after = after->next;
        if (lead_points(k)) {
            if (lead || blocks > 6 || before ||
                (after && after->type == BT_NODE_PARAGRAPH && after->role == BT_ROLE_LEAD))
                set_points_role(k, BT_ROLE_NONE);
            lead |= lead_points(k);
        }
        if (k->type != BT_NODE_PARAGRAPH)
            continue;
        if (k->role == BT_ROLE_LEAD && (lead || blocks > 6 || (before && k != described)))
            k->role = BT_ROLE_NONE;
        lead |= k->role == BT_ROLE_LEAD;
    }
    /* (past the pictures, the byline and the dateline above it, and a row
     * of metadata) */
    bt_node *first = body->first;
    while (first && (first->type == BT_NODE_FIGURE || first->role == BT_ROLE_BYLINE ||
                     first->role == BT_ROLE_DATELINE || date_line(doc, first) ||
                     meta_list(doc, first) || written_by(doc, first)))
        first = first->next;
    /* a lead set as a heading opening the text, even before a first
     * paragraph the description repeats: a sentence, or two (the last
     * left open: derStandard's "h2" opening "div.copytext"), which
     * sub-headings are not (no full stop, fewer words), or lines of a summary set apart
     * by breaks (Yonhap's "<h2 class=tit-sub>...<br>...") */
    if (!lead && first && first->type == BT_NODE_HEADING && first->level > 1 && first->next) {
        const char *t = bt_node_text(doc, first);
        size_t len = t ? strlen(t) : 0;
        if (len &&
            ((bt_word_count(t) >= 12 && t[len - 1] == '.') ||
             (bt_word_count(t) >= TWO_SENTENCES_WORDS && first->level <= 4 && sentence_inside(t)) ||
             (bt_word_count(t) >= SUMMARY_LINES_WORDS && has_break(first)) ||
             (deck(t) && first->level > 2 && !described))) {
            first->type = BT_NODE_PARAGRAPH;
            first->role = BT_ROLE_LEAD;
            lead = 1;
        }
    }
    /* a list of short lines at the top whose first the description says,
     * alone or opening it, is the lead's points (the Daily Mail's bullets
     * under the headline) */
    if (!lead && !described && desc && first && point_lines(doc, first) &&
        (same_text(bt_node_text(doc, first->first->first), desc) ||
         holds_part(desc, bt_node_text(doc, first->first->first), 12, 1))) {
        set_points_role(first, BT_ROLE_LEAD);
        lead = 1;
    }
    if (!lead && described) {
        described->type = BT_NODE_PARAGRAPH;
        described->role = BT_ROLE_LEAD;
        lead = 1;
    }
    /* a paragraph of sentences right before a byline's line, at the top
     * past a kicker and the pictures, is the lead: a header a reading tool
     * or clipper made flat ("<p>Planète</p><p>Lead.</p><p>Par <a>Name</a>
     * (Perpignan)</p>"), a newsletter's web version (the hero, then the
     * dek in italics and "By ...") */
    if (!lead) {
        bt_node *k = body->first;
        while (k && k->type == BT_NODE_FIGURE)
            k = k->next;
        for (int i = 0; k && i < 2 && kicker_line(doc, k); i++)
            k = k->next;
        const char *t = k && k->type == BT_NODE_PARAGRAPH && k->role == BT_ROLE_NONE && k->next &&
                                k->next->type == BT_NODE_PARAGRAPH && k->next->next
                            ? bt_node_text(doc, k)
                            : NULL;
        if (t && bt_word_count(t) >= 12 && final_punct(t) &&
            (k->next->role == BT_ROLE_BYLINE || byline_line(bt_node_text(doc, k->next)))) {
            k->role = BT_ROLE_LEAD;
            k->next->role = BT_ROLE_BYLINE;
            lead = 1;
        }
    }
    /* Vietnamese papers set the sapo in bold: a first paragraph of sentences
     * wholly in bold, before other paragraphs, is the lead */
    /* (or opened by the paper's mark, "(PLO)- ", "TTO - ", bold or not; or,
     * in Vietnamese, wholly in italics, as blogs and magazines set it) */
    if (!lead && first && first->type == BT_NODE_PARAGRAPH && first->role == BT_ROLE_NONE &&
        first->next) {
        const char *t = bt_node_text(doc, first);
        const char *lang = bt_document_meta(doc, BT_META_LANGUAGE);
        int vi = lang && !strncmp(lang, "vi", 2) && (!lang[2] || lang[2] == '-');
        int upper = 0, lower = 0;
        if (t)
            bt_utf8_word_cases(t, strlen(t), &upper, &lower);
        if (t && bt_word_count(t) >= 12 && final_punct(t) &&
            (bold_only(doc, first) || agency_mark(t) ||
             (vi && marked_only(doc, first, BT_NODE_EMPH))))
            first->role = BT_ROLE_LEAD;
        /* (or a deck in bold: "<p><strong>Ten-year agreement covers up to
         * 480 charging stalls at stores along Interstate 35 ...") */
        else if (t && deck(t) && bold_only(doc, first))
            first->role = BT_ROLE_LEAD;
        /* (or a press release's subhead: a first line wholly in italics, in
         * title case, no sentence closed, "Restrooms Are Part of
         * Administration's $4 Million Commitment to ... by 2026" under the
         * headline of New York City's releases; a longer one in sentence
         * case, the deck an airport's release sets under its headline) */
        else if (t && bt_word_count(t) >= SUBHEAD_WORDS && !final_punct(t) &&
                 (upper >= 2 * lower || deck(t)) && !credits_by(t) &&
                 marked_only(doc, first, BT_NODE_EMPH))
            first->role = BT_ROLE_LEAD;
    }
    /* the editors' initials closing a story ("mpc/rmlgv") go: they name
     * no author, only the desk's hands */
    /* and so does a note closing it, set apart in italics or bold, that
     * announces what is no longer there, the player or the box cleaning
     * took ("<em>Listen to our podcast:</em>"); a line of the story that
     * introduces a video stays ("The minister told reporters:") */
    /* (or set apart by a rule above it: "<hr> Other stories this week:"
     * over the links cleaning took) */
    bt_node *last = body->last;
    if (last && last->type == BT_NODE_PARAGRAPH && last->role == BT_ROLE_NONE && last->prev &&
        (desk_initials(bt_node_text(doc, last)) ||
         (dangling_line(bt_node_text(doc, last)) &&
          (bold_only(doc, last) || marked_only(doc, last, BT_NODE_EMPH) ||
           last->prev->type == BT_NODE_RULE)))) {
        bt_node_unlink(last);
        drop_end_rules(body);
        last = body->last;
    }
    /* the names closing the story, and the source after them: the source's
     * line goes ("Theo Trí Thức Trẻ", "Nguồn: Báo Kiên Giang", "Source: Al
     * Jazeera"), the site's credit to where it took the story from, no line
     * of the story; in parentheses it closes the story's text ("(Theo
     * Reuters, AFP)") */
    int closing = closing_byline(doc, last, 0);
    if (closing >= 2) {
        closing_byline(doc, last->prev, 1);
        const char *t = bt_node_text(doc, last);
        if (closing == 3 && t && *t != '(')
            bt_node_unlink(last);
    }
    /* the author's note on who they are, among the story's last blocks
     * ("Maren Calloway is a writer in Chicago. Her work has appeared
     * in ...", the editors' credits after it), or a list of one item
     * holding it (the Guardian's) */
    int blocks_left = BIO_BLOCKS;
    for (bt_node *k = body->last, *prev; k && k->prev && blocks_left--; k = prev) {
        prev = k->prev;
        const bt_node *p =
            k->type == BT_NODE_LIST && k->first && !k->first->next ? k->first->first : k;
        /* (not under a heading that names the author: a press release's
         * "About Ortega Family Roofing" over its company's paragraph, the
         * page's author, is the release's) */
        const char *t = p && p->type == BT_NODE_PARAGRAPH && p->role == BT_ROLE_NONE
                            ? bt_node_text(doc, p)
                            : NULL;
        const char *name = t ? author_bio(doc, t) : NULL;
        const char *over = prev->type == BT_NODE_HEADING ? bt_node_text(doc, prev) : NULL;
        if (name && !(over && strstr(over, name)))
            bt_node_unlink(k);
    }
}
