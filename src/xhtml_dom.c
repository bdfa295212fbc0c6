/* Small questions about libxml2 elements, shared by the readers of HTML and
 * XHTML: names, classes, skipped elements, document order, visible text. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xhtml.h"

/* Whether an element called name never holds content: scripts, styles,
 * form controls, embeds, the head's elements, dialogs.  (A video's or a
 * sound's own text is for browsers that cannot play it.)  By its first
 * letter: this is asked of every element, in every walk of a page. */
static int never_content(const char *name)
{
    static const char *const by_letter[26][5] = {
        ['a' - 'a'] = {"audio"},
        ['b' - 'a'] = {"button"},
        ['c' - 'a'] = {"canvas"},
        ['d' - 'a'] = {"dialog"},
        ['e' - 'a'] = {"embed"},
        ['h' - 'a'] = {"head"},
        ['i' - 'a'] = {"input", "iframe"},
        ['l' - 'a'] = {"link"},
        ['m' - 'a'] = {"meta"},
        ['n' - 'a'] = {"noscript"},
        ['o' - 'a'] = {"option", "object"},
        ['s' - 'a'] = {"script", "style", "select", "svg"},
        ['t' - 'a'] = {"template", "textarea", "title"},
        ['v' - 'a'] = {"video"},
    };
    int c = name[0] | 0x20;
    if (c < 'a' || c > 'z')
        return 0;
    /* (the second letter turns away most names before a whole compare:
     * "span" and "section" against "script" and "style") */
    for (const char *const *w = by_letter[c - 'a']; *w; w++)
        if ((name[1] | 0x20) == (*w)[1] && !strcasecmp(name, *w))
            return 1;
    return 0;
}

/* The element's own attribute called name. Not xmlHasProp: it also searches
 * the DTD for defaults, which HTML has none of, and the readers ask this of
 * every element for many names. */
static const xmlAttr *own_attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && !strcmp((const char *)a->name, name))
            return a;
    return NULL;
}

/* The value of attribute a in place when it is one text node, as parsers
 * make it; else a copy in *copy, freed by the caller. */
static const xmlChar *attr_value(const xmlNode *n, const xmlAttr *a, xmlChar **copy)
{
    *copy = NULL;
    if (a->children && !a->children->next && a->children->type == XML_TEXT_NODE)
        return a->children->content;
    return *copy = xmlGetProp(n, a->name);
}

const xmlChar *bt_xhtml_attr_value(const xmlNode *n, const char *name, xmlChar **copy)
{
    const xmlAttr *a = n->type == XML_ELEMENT_NODE ? own_attr(n, name) : NULL;
    *copy = NULL;
    return a ? attr_value(n, a, copy) : NULL;
}

int bt_xhtml_style_says(const char *style, const char *decl)
{
    /* (only where its first letter is: pages write long inline styles) */
    char first[3] = {decl[0], decl[0] >= 'a' && decl[0] <= 'z' ? (char)(decl[0] - 32) : decl[0],
                     '\0'};
    for (const char *s = style ? strpbrk(style, first) : NULL; s; s = strpbrk(s + 1, first)) {
        const char *p = s, *d = decl;
        for (; *d; p++, d++) {
            while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
                p++;
            if (!*p || (*p >= 'A' && *p <= 'Z' ? *p + 32 : *p) != *d)
                break;
        }
        if (!*d)
            return 1;
    }
    return 0;
}

/* The first place at or after s where t is, in any case; NULL when none. */
static const char *find_any_case(const char *s, const char *t)
{
    size_t len = strlen(t);
    for (; s && *s; s++)
        if (!strncasecmp(s, t, len))
            return s;
    return NULL;
}

int bt_xhtml_attr_holds(const xmlNode *n, const char *name, const char *const *words, int file)
{
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(n, name, &copy);
    const char *slash = file && v ? strrchr(v, '/') : NULL;
    v = slash ? slash + 1 : v;
    int yes = 0;
    for (const char *const *w = words; v && *w && !yes; w++)
        yes = find_any_case(v, *w) != NULL;
    xmlFree(copy);
    return yes;
}

int bt_xhtml_style_length(const char *style, const char *property, long *value, const char **unit)
{
    size_t len = strlen(property);
    for (const char *p = find_any_case(style, property); p; p = find_any_case(p + 1, property)) {
        /* (a declaration's start, not a longer property's end: "margin-top") */
        const char *before = p;
        while (before > style && (before[-1] == ' ' || before[-1] == '\t'))
            before--;
        if (before > style && before[-1] != ';')
            continue;
        const char *v = p + len + strspn(p + len, " \t");
        if (*v != ':')
            continue;
        char *end;
        *value = strtol(v + 1, &end, 10);
        if (end == v + 1)
            return 0;
        /* (a fraction is dropped: "45.0pt", Publisher's) */
        if (*end == '.')
            end += 1 + strspn(end + 1, "0123456789");
        *unit = end;
        return 1;
    }
    return 0;
}

int bt_xhtml_font_px(const xmlNode *n)
{
    xmlChar *copy;
    const char *style = (const char *)bt_xhtml_attr_value(n, "style", &copy);
    long v;
    const char *unit;
    int px = bt_xhtml_style_length(style, "font-size", &v, &unit) && v > 0 && v < 1000 &&
                     !strncmp(unit, "px", 2)
                 ? (int)v
                 : 0;
    xmlFree(copy);
    return px;
}

int bt_xhtml_aligned(const xmlNode *el, int levels, const char *side)
{
    char decl[32];
    snprintf(decl, sizeof(decl), "text-align:%s", side);
    for (; el && el->type == XML_ELEMENT_NODE && levels-- >= 0; el = el->parent) {
        xmlChar *align = xmlGetProp(el, (const xmlChar *)"align");
        xmlChar *style = xmlGetProp(el, (const xmlChar *)"style");
        int yes = (align && !xmlStrcasecmp(align, (const xmlChar *)side)) ||
                  bt_xhtml_style_says((const char *)style, decl);
        xmlFree(align);
        xmlFree(style);
        if (yes)
            return 1;
    }
    return 0;
}

/* A style attribute hiding the element, with or without spaces. */
static int display_none(const xmlNode *n, const xmlAttr *a)
{
    xmlChar *copy;
    const char *style = (const char *)attr_value(n, a, &copy);
    int none = bt_xhtml_style_says(style, "display:none") ||
               bt_xhtml_style_says(style, "visibility:hidden");
    xmlFree(copy);
    return none;
}

int bt_xhtml_skipped(const xmlNode *n)
{
    if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE)
        return 1;
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    return (n->name && never_content((const char *)n->name)) || bt_xhtml_hidden(n);
}

/* Whether n says aria-hidden="true". */
static int aria_hidden(const xmlNode *n)
{
    xmlChar *copy;
    const xmlChar *v = bt_xhtml_attr_value(n, "aria-hidden", &copy);
    int hidden = v && !xmlStrcmp(v, (const xmlChar *)"true");
    xmlFree(copy);
    return hidden;
}

/* The first word of n's class, copied into word (cap bytes at most): its
 * length, 0 when n has none or it is longer. */
static size_t first_class(const xmlNode *n, char *word, size_t cap)
{
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(n, "class", &copy);
    size_t len = 0;
    if (v) {
        v += strspn(v, " \t\r\n");
        len = strcspn(v, " \t\r\n");
        if (len < cap)
            memcpy(word, v, len);
        else
            len = 0;
    }
    xmlFree(copy);
    return len;
}

/* Siblings looked at for a slide shown beside a hidden one, and nodes of
 * a slide looked through for its picture. */
#define SLIDE_SIBLINGS 64
#define SLIDE_NODES 256

/* Whether n, hidden from screen readers, is a gallery's slide the reader
 * pages to (slick and news sites' galleries hide the slides not in view
 * so): a sibling of its first class name is not hidden, and n holds a
 * picture. */
static int hidden_slide(const xmlNode *n)
{
    char mine[64], theirs[64];
    size_t len = first_class(n, mine, sizeof(mine));
    int shown = 0;
    for (int dir = 0; dir < 2 && len && !shown; dir++) {
        int budget = SLIDE_SIBLINGS;
        for (const xmlNode *k = dir ? n->next : n->prev; k && budget-- && !shown;
             k = dir ? k->next : k->prev)
            shown = k->type == XML_ELEMENT_NODE && first_class(k, theirs, sizeof(theirs)) == len &&
                    !memcmp(mine, theirs, len) && !aria_hidden(k);
    }
    int budget = SLIDE_NODES;
    for (const xmlNode *k = shown ? n->children : NULL; k && budget--; k = bt_xhtml_next(k, n, 0))
        if (k->type == XML_ELEMENT_NODE && !xmlStrcmp(k->name, (const xmlChar *)"img"))
            return 1;
    return 0;
}

int bt_xhtml_hidden(const xmlNode *n)
{
    /* the three attributes in one pass: this is asked of every element */
    const xmlAttr *aria = NULL, *style = NULL, *attr = NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (!name)
            continue;
        if (!aria && name[0] == 'a' && !strcmp(name, "aria-hidden"))
            aria = a;
        else if (!style && name[0] == 's' && !strcmp(name, "style"))
            style = a;
        else if (!attr && name[0] == 'h' && !strcmp(name, "hidden"))
            attr = a;
    }
    if (aria) {
        xmlChar *copy;
        const xmlChar *v = attr_value(n, aria, &copy);
        int hidden = v && !xmlStrcmp(v, (const xmlChar *)"true");
        xmlFree(copy);
        /* a caption is hidden from screen readers where the picture's
         * alt says it already (Le Monde); the reader still sees it */
        if (hidden && !hidden_slide(n) && xmlStrcmp(n->name, (const xmlChar *)"figcaption"))
            return 1;
    }
    return attr || (style && display_none(n, style));
}

void bt_xhtml_unhide(xmlNode *n)
{
    xmlUnsetProp(n, (const xmlChar *)"hidden");
    xmlUnsetProp(n, (const xmlChar *)"aria-hidden");
    xmlUnsetProp(n, (const xmlChar *)"style");
}

int bt_xhtml_screen_reader_only(const xmlNode *n)
{
    /* (the BBC's GEL utility, "gs-u-vh": "Image caption, " before a caption) */
    static const char *const unseen[] = {"sr-only", "screen-reader-text", "visually-hidden",
                                         "visuallyhidden", "element-invisible", "gs-u-vh",
                                         /* (AO3's headings for screen readers) */
                                         "landmark", NULL};
    return n->type == XML_ELEMENT_NODE && bt_xhtml_class_has(n, unseen, 0);
}

int bt_xhtml_embedded_media(const xmlNode *n)
{
    static const char *const hosts[] = {
        "youtube.com/",
        "youtube-nocookie.com/",
        "youtu.be/",
        "vimeo.com/",
        "dailymotion.com/",
        "facebook.com/plugins/video",
        "platform.twitter.com/embed",
        "instagram.com/",
        "tiktok.com/",
        "open.spotify.com/",
        "soundcloud.com/",
        "datawrapper.dwcdn.net/",
        "flo.uri.sh/",
        "flourish.studio/",
        "infogram.com/",
        "google.com/maps",
        "podcasts.apple.com/",
        NULL,
    };
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    /* (and AMP pages' players: "<amp-youtube data-videoid=...>") */
    static const char *const amp_players[] = {
        "amp-video",       "amp-audio",      "amp-youtube",  "amp-vimeo",
        "amp-dailymotion", "amp-brightcove", "amp-jwplayer", NULL};
    int av = bt_xhtml_is(n, "video") || bt_xhtml_is(n, "audio");
    for (const char *const *a = amp_players;
         *a && !av && !strncmp((const char *)n->name, "amp-", 4); a++)
        av = bt_xhtml_is(n, *a);
    int frame = bt_xhtml_is(n, "iframe") || bt_xhtml_is(n, "embed") || bt_xhtml_is(n, "object");
    if (!av && !frame)
        return 0;
    if (bt_xhtml_hidden(n))
        return 0;
    if (av)
        return 1;
    int media = 0;
    static const char *const sources[] = {"src", "data-src", "data", NULL};
    for (const char *const *s = sources; *s && !media; s++) {
        xmlChar *copy;
        const xmlChar *v = bt_xhtml_attr_value(n, *s, &copy);
        for (const char *const *h = hosts; v && *h && !media; h++)
            media = strstr((const char *)v, *h) != NULL;
        xmlFree(copy);
    }
    return media;
}

static int lower(char c) { return c >= 'a' && c <= 'z'; }
static int upper(char c) { return c >= 'A' && c <= 'Z'; }

/* Whether byte c parts a token: '-', '_', or the '.' of a test id's path
 * ("ArticleHeader.Kicker"). */
static int part_mark(char c) { return c == '-' || c == '_' || c == '.'; }

/* Whether a part of token s starts at i > 0: after a part's mark, or at a
 * capital after a small letter ("NewsTitle", "lblLead"). */
static int part_starts(const char *s, size_t i)
{
    return part_mark(s[i - 1]) || (lower(s[i - 1]) && upper(s[i]));
}

/* Whether the camel-case part of token [s, s+len) at i, the token's last
 * or one a mark ends, names only a container: what the part before it
 * names is the thing ("ArticleIntroBlock__paragraph" is the intro,
 * "CaptionWrapper" the caption; "dvHeadlineStyle" is still a style). */
static int container_part(const char *s, size_t i, size_t len)
{
    static const char *const containers[] = {"Block", "Box", "Wrapper", "Container", NULL};
    if (i == 0 || i >= len || !part_starts(s, i) || part_mark(s[i]))
        return 0;
    for (const char *const *c = containers; *c; c++) {
        size_t cl = strlen(*c);
        if (cl <= len - i && !strncmp(s + i, *c, cl) && (i + cl == len || part_mark(s[i + cl])))
            return 1;
    }
    return 0;
}

/* The length of word at the start of token [s, s+len) ending at a part
 * boundary, case folded, else 0; a '-' in word is any boundary or none
 * ("chu-thich" names img_chu_thich, "news-title" NewsTitle and newstitle),
 * a BEM modifier's "--" too ("image-lead" names article-image--lead; not
 * its element's "__": c-news__head is the news box's head, no
 * "news-head"). */
static size_t part_match(const char *s, size_t len, const char *word)
{
    size_t k = 0;
    for (const char *w = word; *w; w++) {
        if (*w != '-') {
            if (k >= len || (s[k] | 0x20) != (*w | 0x20))
                return 0;
            k++;
        } else if (k < len && (s[k] == '-' || s[k] == '_')) {
            k += 1 + (s[k] == '-' && k + 1 < len && s[k + 1] == '-');
        }
    }
    return k == len || part_mark(s[k]) || container_part(s, k, len) ? k : 0;
}

/* Whether word occurs in token [s, s+len) starting at a part boundary ('-',
 * '_', a small letter before a capital, or the token's start) and ending at
 * one ('-', '_' or the token's end): a camel-case name says what the thing
 * is last ("NewsTitle", "lblLead"; "dvHeadlineStyle" is a style). */
static int token_holds(const char *s, size_t len, const char *word)
{
    int first = word[0] | 0x20;
    /* most words fail on their first letter */
    for (size_t i = 0; i < len; i++)
        if ((s[i] | 0x20) == first && (i == 0 || part_starts(s, i)) &&
            part_match(s + i, len - i, word))
            return 1;
    return 0;
}

/* A bit for the letter a part starts with (bit 26 for any other byte). */
static uint32_t letter_bit(char c)
{
    int l = c | 0x20;
    return (uint32_t)1 << (l >= 'a' && l <= 'z' ? l - 'a' : 26);
}

/* The first two letters or digits of the words of a list, folded: a part
 * of a token can begin a match only with one of them. */
typedef struct {
    uint64_t bits[(36 * 36 + 63) / 64];
    int any; /* a word begins otherwise: every part may begin a match */
} word_starts;

static int alnum_index(char c)
{
    int l = c | 0x20;
    return l >= 'a' && l <= 'z' ? l - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
}

/* The index of the pair s[0], s[1] (s[1] may be the end), -1 for none. */
static int pair_index(const char *s, size_t len)
{
    int a = alnum_index(s[0]), b = len > 1 ? alnum_index(s[1]) : -1;
    return a < 0 || b < 0 ? -1 : a * 36 + b;
}

static void word_starts_of(word_starts *ws, const char *const *words)
{
    memset(ws, 0, sizeof(*ws));
    for (const char *const *w = words; *w; w++) {
        int i = pair_index(*w, (*w)[0] && (*w)[1] ? 2 : 1);
        if (i < 0)
            ws->any = 1;
        else
            ws->bits[i / 64] |= (uint64_t)1 << (i % 64);
    }
}

/* The word starts of a list, kept for the lists last asked for: the lists
 * are static arrays, their addresses key a small cache (one a thread), and
 * readers ask each list of every element. */
static const word_starts *word_starts_kept(const char *const *words)
{
    static _Thread_local struct {
        const char *const *words;
        word_starts ws;
    } kept[64];
    size_t i = (size_t)((uintptr_t)words / sizeof(*words) % 64);
    if (kept[i].words != words) {
        word_starts_of(&kept[i].ws, words);
        kept[i].words = words;
    }
    return &kept[i].ws;
}

/* Whether token [s, s+len) holds one of words. The pairs and the letters
 * its parts start with turn away most tokens and words at once: readers ask
 * this of every element for lists of dozens of words, and pages of utility
 * or hashed classes give an element dozens of tokens. */
static int token_holds_any(const char *s, size_t len, const char *const *words,
                           const word_starts *ws)
{
    uint32_t starts = 0;
    int possible = ws->any;
    for (size_t i = 0; i < len; i++)
        if (i == 0 || part_starts(s, i)) {
            starts |= letter_bit(s[i]);
            int p = pair_index(s + i, len - i);
            possible |= p >= 0 && (ws->bits[p / 64] >> (p % 64) & 1);
        }
    if (!possible)
        return 0;
    for (const char *const *w = words; *w; w++)
        if ((starts & letter_bit(**w)) && token_holds(s, len, *w))
            return 1;
    return 0;
}

/* The number of parts of a token split at '-' and '_'. */
static size_t parts(const char *s, size_t len)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '-' || s[i] == '_';
    return n;
}

/* Tailwind's timing of a transition, "duration-300", "hover:delay-[.1s]":
 * no name of a part (a player's "duration" is one). */
static int transition_utility(const char *s, size_t len)
{
    for (size_t i = len; i > 0; i--)
        if (s[i - 1] == ':') {
            s += i;
            len -= i;
            break;
        }
    static const char *const timing[] = {"duration-", "delay-", NULL};
    for (const char *const *t = timing; *t; t++) {
        size_t tl = strlen(*t);
        if (len > tl && !strncasecmp(s, *t, tl) && (isdigit((unsigned char)s[tl]) || s[tl] == '['))
            return 1;
    }
    return 0;
}

/* Classes that CMSs make from a post's categories, tags and author
 * ("category-social-media", "tag-comments", "entry-author-kim"): they name
 * what the post is about, never what the element is; so do Drupal's names
 * of a field's data type (its story body is "field--type-text-with-summary",
 * no summary), styles' states ("has-dropcap__lead-standard-heading", a
 * first paragraph's drop cap, no lead), and Tailwind's timings. */
static int taxonomy(const char *s, size_t len)
{
    static const char *const prefixes[] = {
        "category-",   "tag-",         "entry-category-", "entry-tag-", "entry-author-",
        "entry-type-", "status-",      "format-",         "type-",      "post-tag-",
        "topic-",      "field--type-", "field-type-",     "has-",       NULL};
    for (const char *const *p = prefixes; *p; p++) {
        if ((s[0] | 0x20) != **p)
            continue;
        size_t pl = strlen(*p);
        if (len > pl && !strncasecmp(s, *p, pl))
            return 1;
    }
    return transition_utility(s, len);
}

/* A hash of len bytes, eight at a time. */
static uint64_t hash_bytes(const char *s, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ len, w;
    for (; len >= 8; s += 8, len -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    w = 0;
    memcpy(&w, s, len);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53u;
    return h ^ (h >> 29);
}

#define MEMO_BITS 10
struct bt_xhtml_memo {
    uint64_t hash;
    const void *list;
    uint32_t len, variant;
    int answer; /* -1 while it is not kept */
};

bt_xhtml_memo *bt_xhtml_memo_find(const char *value, const void *list, unsigned variant,
                                  int *answer)
{
    static _Thread_local bt_xhtml_memo memo[1 << MEMO_BITS];
    size_t len = strlen(value);
    uint64_t h = hash_bytes(value, len);
    bt_xhtml_memo *m = &memo[(h ^ (uintptr_t)list * 0x9E3779B97F4A7C15u) >> (64 - MEMO_BITS)];
    if (m->answer >= 0 && m->list == list && m->hash == h && m->len == len &&
        m->variant == variant) {
        *answer = m->answer;
        return NULL;
    }
    /* (a value too long for the length kept is never found) */
    *m = (bt_xhtml_memo){h, len <= UINT32_MAX ? list : NULL, (uint32_t)len, variant, -1};
    return m;
}

void bt_xhtml_memo_keep(bt_xhtml_memo *m, int answer) { m->answer = answer; }

/* Whether a token of n's attribute a holds one of words; max_parts: longer
 * tokens are not looked at (ids made from headings); one: a value of one
 * token only. */
static int attr_holds(const xmlNode *n, const xmlAttr *a, const char *const *words,
                      size_t max_parts, int one)
{
    if (!a)
        return 0;
    xmlChar *copy;
    const xmlChar *v = attr_value(n, a, &copy);
    if (!v || (one && strpbrk((const char *)v, " \t\r\n"))) {
        xmlFree(copy);
        return 0;
    }
    /* (variant 0 is left to the readers' own questions) */
    int found = 0;
    bt_xhtml_memo *m = bt_xhtml_memo_find(
        (const char *)v, words, max_parts < 1024 ? (unsigned)max_parts + 1 : 1024, &found);
    const word_starts *ws = m ? word_starts_kept(words) : NULL;
    for (const char *p = (const char *)v; m && *p && !found;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        size_t tl = strcspn(p, " \t\n\r");
        /* (the words, which turn away most tokens at once, first) */
        found = tl && token_holds_any(p, tl, words, ws) && parts(p, tl) <= max_parts &&
                !taxonomy(p, tl);
        p += tl;
    }
    if (m)
        bt_xhtml_memo_keep(m, found);
    xmlFree(copy);
    return found;
}

int bt_xhtml_attr_has_word(const xmlNode *n, const char *name, const char *word)
{
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(n, name, &copy);
    size_t len = strlen(word);
    int yes = 0;
    for (const char *t = v; t && *t && !yes;) {
        t += strspn(t, " \t\r\n");
        size_t tl = strcspn(t, " \t\r\n");
        yes = tl == len && !strncasecmp(t, word, len);
        t += tl;
    }
    xmlFree(copy);
    return yes;
}

int bt_xhtml_class_has(const xmlNode *n, const char *const *words, int with_id)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return 0;
    /* the attributes named in one pass: this is asked of every element, of
     * many lists of words */
    const xmlAttr *cls = NULL, *id = NULL, *testid = NULL, *component = NULL, *label = NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (!name)
            continue;
        if (!strcmp(name, "class"))
            cls = a;
        else if (!strcmp(name, "id"))
            id = a;
        else if (name[0] == 'd' && (!strcmp(name, "data-testid") || !strcmp(name, "data-test-id") ||
                                    !strcmp(name, "data-test") || !strcmp(name, "data-qa") ||
                                    !strcmp(name, "data-test-tag") || !strcmp(name, "data-manual")))
            testid = a;
        else if (name[0] == 'd' && !strcmp(name, "data-component"))
            component = a;
        else if (name[0] == 'a' && !strcmp(name, "aria-labelledby"))
            label = a;
    }
    /* an id of many parts is a slug of a heading ("code-review-and-sharing");
     * React builds name their parts for tests and tracking, not by class
     * (hashed: "css-1x2y3z"): data-testid="byline" (or data-test-id,
     * data-test, data-qa, Schibsted's data-test-tag, the SZ's data-manual:
     * "overline", "title", "teaserText"), data-component=
     * "image-block", one name of three parts at most (a tracking label of
     * many words, "comp: r2: Byline" on a list of the authors and the date,
     * is none) */
    return attr_holds(n, cls, words, (size_t)-1, 0) ||
           (with_id && (attr_holds(n, id, words, 3, 0) || attr_holds(n, label, words, 3, 1))) ||
           attr_holds(n, testid, words, 3, 1) || attr_holds(n, component, words, 3, 1);
}

void bt_xhtml_void_out(xmlNode *n)
{
    static const char *const voids[] = {"embed", "source", "track", "wbr", "keygen", NULL};
    if (!n->children)
        return;
    int is_void = 0;
    for (const char *const *v = voids; *v && !is_void; v++)
        is_void = bt_xhtml_is(n, *v);
    for (xmlNode *at = n; is_void && n->children;) {
        xmlNode *k = n->children;
        xmlUnlinkNode(k);
        at = xmlAddNextSibling(at, k);
    }
}

xmlNode *bt_xhtml_next(const xmlNode *n, const xmlNode *root, int skip)
{
    if (!skip && n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

xmlNode *bt_xhtml_find(const xmlNode *n, const char *name)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, name))
            return (xmlNode *)k;
    return NULL;
}

static int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* The text below root, leaving out what skipped or leave_out (if any) says. */
static void dom_text(const xmlNode *root, bt_buf *b, size_t max, int (*skipped)(const xmlNode *),
                     int (*leave_out)(const xmlNode *))
{
    int space = 0;
    size_t start = b->len;
    const xmlNode *n = root;
    while (n && (!max || b->len - start < max)) {
        if (n != root && (skipped(n) || (leave_out && leave_out(n)))) {
            n = bt_xhtml_next(n, root, 1);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE) {
            /* block boundaries separate words (<td>a</td><td>b</td>) */
            if (bt_xhtml_is(n, "br") || bt_xhtml_is(n, "p") || bt_xhtml_is(n, "div") ||
                bt_xhtml_is(n, "li") || bt_xhtml_is(n, "td") || bt_xhtml_is(n, "th"))
                space = 1;
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            for (const xmlChar *p = n->content; p && *p && (!max || b->len - start < max);) {
                if (is_space(*p)) {
                    space = 1;
                    p++;
                    continue;
                }
                if (space && b->len > start)
                    bt_buf_putc(b, ' ');
                space = 0;
                const xmlChar *word = p;
                while (*p && !is_space(*p))
                    p++;
                bt_buf_put(b, word, (size_t)(p - word));
            }
        }
        n = bt_xhtml_next(n, root, 0);
    }
}

void bt_xhtml_dom_text(const xmlNode *root, bt_buf *b, size_t max)
{
    dom_text(root, b, max, bt_xhtml_skipped, NULL);
}

void bt_xhtml_dom_text_except(const xmlNode *root, bt_buf *b, size_t max,
                              int (*leave_out)(const xmlNode *))
{
    dom_text(root, b, max, bt_xhtml_skipped, leave_out);
}

void bt_xhtml_dom_text_skipping(const xmlNode *root, bt_buf *b, size_t max,
                                int (*skipped)(const xmlNode *))
{
    dom_text(root, b, max, skipped, NULL);
}
