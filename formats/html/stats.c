/* Per-element measures of a page, in one iterative pass (pages nest deeply). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "xhtml.h"
#include "xhtml_read.h"

/* Letters of a text that says a sentence or more, not a teaser's line. */
#define BT_STATS_SENTENCES 100
/* Letters of a short sentence: a div of text as short, among paragraphs and
 * ending a sentence, is one of them. */
#define BT_STATS_SENTENCE 40

/* Letters (code points that are not white space, a no-break space being
 * one: editors space paragraphs with "<p>&nbsp;</p>") and commas of any
 * script (Latin, CJK "，、", Arabic "،"). */
static size_t letters(const xmlChar *p, size_t *commas)
{
    size_t n = 0;
    for (; *p; p++) {
        if ((*p & 0xC0) == 0x80 || *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' ||
            (p[0] == 0xC2 && p[1] == 0xA0))
            continue;
        n++;
        *commas += *p == ',' || (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ||
                   (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) || (p[0] == 0xD8 && p[1] == 0x8C);
    }
    return n;
}

static int is_block(const xmlNode *n)
{
    static const char *const phrasing[] = {
        "a",     "abbr", "b",      "bdi",    "bdo",  "br",      "cite",   "code", "data", "dfn",
        "em",    "font", "i",      "img",    "kbd",  "label",   "mark",   "q",    "s",    "samp",
        "small", "span", "strike", "strong", "sub",  "sup",     "time",   "tt",   "u",    "var",
        "wbr",   "big",  "ins",    "del",    "nobr", "picture", "source", NULL,
    };
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    for (const char *const *t = phrasing; *t; t++)
        if (bt_xhtml_is(n, *t))
            return 0;
    return 1;
}

void bt_html_rename(xmlNode *n, const char *name)
{
    xmlNodeSetName(n, (const xmlChar *)name);
    bt_stats *s = bt_stats_of(n);
    if (s) {
        s->block = (signed char)is_block(n);
        s->skipped = (signed char)bt_xhtml_skipped(n);
        bt_stats_recount_up(n);
    }
}

int bt_html_is_block(const xmlNode *n)
{
    /* (asked once an element while its stats hang: this is asked of every
     * element below every block the extractor weighs) */
    const bt_stats *s = n->type == XML_ELEMENT_NODE ? bt_stats_of(n) : NULL;
    return s ? s->block : is_block(n);
}

static int is_para(const xmlNode *n)
{
    return bt_xhtml_is(n, "p") || bt_xhtml_is(n, "pre") || bt_xhtml_is(n, "blockquote");
}

int bt_html_heading_level(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && (n->name[0] | 0x20) == 'h' &&
                   n->name[1] >= '1' && n->name[1] <= '6' && !n->name[2]
               ? n->name[1] - '0'
               : 0;
}

/* Readability's "unlikely candidates": names of page chrome, unless the
 * name also says content; ARIA roles of chrome. */
static int unlikely(const xmlNode *n)
{
    static const char *const chrome[] = {
        "-ad-",         "ai2html",    "banner",    "breadcrumb", "combx",     "comment",
        "community",    "cover-wrap", "disqus",    "extra",      "footer",    "gdpr",
        "header",       "legends",    "menu",      "related",    "remark",    "replies",
        "rss",          "shoutbox",   "sidebar",   "skyscraper", "social",    "sponsor",
        "supplemental", "ad-break",   "agegate",   "pagination", "pager",     "popup",
        "yom-remote",   "lienquan",   "lien-quan", "binhluan",   "binh-luan", "tinkhac",
        "tin-khac",     "newsletter", "cookie",    "ykien",      "y-kien",    "y_kien",
        "modal",        NULL,
    };
    static const char *const maybe[] = {
        "and",          "article",    "body",        "column",       "content",
        "main",         "shadow",     "detail",      "layout",       "one-sidebar",
        "two-sidebars", "no-sidebar", "has-sidebar", "with-sidebar", NULL};
    static const char *const roles[] = {"menu",  "menubar",     "complementary", "navigation",
                                        "alert", "alertdialog", "dialog",        NULL};
    if (bt_xhtml_is(n, "body") || bt_xhtml_is(n, "a") || bt_xhtml_is(n, "html"))
        return 0;
    return bt_html_role_is(n, roles) ||
           (bt_html_attr_matches(n, chrome) && !bt_html_attr_matches(n, maybe));
}

const xmlNode *bt_stats_shown_sibling(const xmlNode *n, int next)
{
    const bt_stats *s;
    do
        n = next ? n->next : n->prev;
    while (n && (n->type != XML_ELEMENT_NODE || !(s = bt_stats_of(n)) || (!s->text && !s->images)));
    return n;
}

int bt_html_captions_picture(const xmlNode *n)
{
    const xmlNode *prev = bt_stats_shown_sibling(n, 0);
    if (!prev || !bt_stats_of(prev)->images || bt_stats_of(n)->images)
        return 0;
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0))
        if (k->type == XML_ELEMENT_NODE && bt_html_caption_marked(k))
            return 1;
    return 0;
}

int bt_html_holds_caption(const xmlNode *n, int credits)
{
    int budget = 256;
    for (const xmlNode *k = n; k && budget-- > 0; k = bt_xhtml_next(k, n, bt_html_skipped(k))) {
        const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (s && credits && (bt_html_caption_marked(k) || bt_html_credit_marked(k)))
            return 1;
        if (s && !credits && bt_html_caption_marked(k) && !s->images && s->text)
            return 1;
    }
    return 0;
}

static int marks(const xmlNode *n)
{
    bt_stats *s = bt_stats_of(n);
    if (s && s->marks >= 0)
        return s->marks;
    int m = bt_xhtml_caption_marked(n) | bt_xhtml_credit_marked(n) << 1;
    if (s)
        s->marks = (signed char)m;
    return m;
}

int bt_html_caption_marked(const xmlNode *n) { return marks(n) & 1; }

int bt_html_credit_marked(const xmlNode *n) { return marks(n) >> 1 & 1; }

int bt_html_skipped(const xmlNode *n)
{
    const bt_stats *s = n->type == XML_ELEMENT_NODE ? bt_stats_of(n) : NULL;
    return s ? s->skipped : bt_xhtml_skipped(n);
}

size_t bt_html_trimmed(const char *t, size_t len)
{
    while (len && strchr(" \t\r\n", t[len - 1]))
        len--;
    return len;
}

int bt_html_file_named(const char *name, size_t len, const char *const *exts)
{
    for (const char *const *e = exts; *e; e++)
        if (len > strlen(*e) && !strncasecmp(name + len - strlen(*e), *e, strlen(*e)))
            return 1;
    return 0;
}

void bt_html_text(const xmlNode *n, bt_buf *b, size_t max)
{
    bt_xhtml_dom_text_skipping(n, b, max, bt_html_skipped);
}

int bt_html_role_is(const xmlNode *n, const char *const *roles)
{
    xmlChar *copy;
    const xmlChar *role = bt_xhtml_attr_value(n, "role", &copy);
    int hit = 0;
    for (const char *const *r = roles; role && *r && !hit; r++)
        hit = !xmlStrcasecmp(role, (const xmlChar *)*r);
    xmlFree(copy);
    return hit;
}

/* Whether byte c is among those of set (a bit for each byte value). */
static int byte_in(const uint32_t *set, unsigned char c) { return set[c / 32] >> (c % 32) & 1; }

/* Classed elements a page has at least before a namespace is looked for. */
#define BT_NAMESPACE_CLASSED 20

/* The first part of class value v (its letters up to a '-' or '_'), in lower
 * case, into part; 0 when it is not a part of 3 to 23 ASCII letters. */
static size_t first_part(const xmlChar *v, char *part)
{
    while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
        v++;
    size_t len = 0;
    for (; len < 23 && (v[len] | 32) >= 'a' && (v[len] | 32) <= 'z'; len++)
        part[len] = (char)(v[len] | 32);
    part[len] = 0;
    return len >= 3 && (v[len] == '-' || v[len] == '_') ? len : 0;
}

void bt_html_namespace_add(bt_html_namespace_count *c, const xmlNode *n)
{
    xmlChar *copy;
    const xmlChar *v = bt_xhtml_attr_value(n, "class", &copy);
    char part[24];
    int first = v && first_part(v, part);
    if (first && !c->headline[0] && bt_xhtml_is(n, "h1"))
        memcpy(c->headline, part, sizeof(part));
    if (first) {
        int i, empty = -1;
        for (i = 0; i < BT_NAMESPACE_KEPT && !(c->count[i] && !strcmp(c->part[i], part)); i++)
            if (!c->count[i] && empty < 0)
                empty = i;
        if (i < BT_NAMESPACE_KEPT) {
            c->count[i]++;
        } else if (empty >= 0) {
            memcpy(c->part[empty], part, sizeof(part));
            c->count[empty] = 1;
        } else {
            for (i = 0; i < BT_NAMESPACE_KEPT; i++)
                c->count[i]--;
        }
    }
    c->classed += v != NULL;
    xmlFree(copy);
}

void bt_html_namespace_keep(const bt_html_namespace_count *c, xmlDoc *doc)
{
    free(doc->_private);
    doc->_private = NULL;
    for (int i = 0; i < BT_NAMESPACE_KEPT; i++)
        if (c->classed >= BT_NAMESPACE_CLASSED && c->count[i] * 2 >= c->classed &&
            !strcmp(c->part[i], c->headline))
            doc->_private = strdup(c->part[i]);
}

void bt_html_free_page(xmlDoc *doc)
{
    if (doc)
        free(doc->_private);
    xmlFreeDoc(doc);
}

/* Class value v without the page's namespace ns (and the '-' or '_' after
 * it) opening its names, in out (of cap bytes); v itself when no name opens
 * on it or out is too small. */
static const xmlChar *outside_namespace(const xmlChar *v, const char *ns, char *out, size_t cap)
{
    size_t len = strlen(ns), o = 0;
    int cut = 0;
    for (const xmlChar *p = v; *p;) {
        if ((p == v || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n') &&
            !strncasecmp((const char *)p, ns, len) && (p[len] == '-' || p[len] == '_')) {
            p += len + 1;
            cut = 1;
            continue;
        }
        if (o + 1 >= cap)
            return v;
        out[o++] = (char)*p++;
    }
    out[o] = 0;
    return cut ? (const xmlChar *)out : v;
}

/* Whether class or id holds one of words anywhere, as Readability's regular
 * expressions do ("maincontent" holds "content"). */
int bt_html_attr_matches(const xmlNode *n, const char *const *words)
{
    static const char *const attrs[] = {"class", "id", NULL};
    const char *ns = n->doc ? n->doc->_private : NULL;
    char own[256];
    for (const char *const *a = attrs; *a; a++) {
        xmlChar *copy;
        const xmlChar *v = bt_xhtml_attr_value(n, *a, &copy);
        if (!v)
            continue;
        if (ns && *a == attrs[0])
            v = outside_namespace(v, ns, own, sizeof(own));
        int hit = 0;
        bt_xhtml_memo *m = bt_xhtml_memo_find((const char *)v, words, 0, &hit);
        if (!m) {
            xmlFree(copy);
            if (hit)
                return 1;
            continue;
        }
        size_t len = strlen((const char *)v);
        /* lower case, on the stack when short (this is asked of every
         * element); a word whose first two bytes the value has nowhere is
         * not looked for */
        char small[256], *low = len < sizeof(small) ? small : malloc(len + 1);
        uint32_t has[256 / 32] = {0};
        for (size_t i = 0; low && i <= len; i++) {
            low[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] + 32 : v[i]);
            has[(unsigned char)low[i] / 32] |= (uint32_t)1 << ((unsigned char)low[i] % 32);
        }
        for (const char *const *w = words; low && *w && !hit; w++)
            hit = (!(*w)[0] || (byte_in(has, (unsigned char)(*w)[0]) &&
                                (!(*w)[1] || byte_in(has, (unsigned char)(*w)[1])))) &&
                  strstr(low, *w) != NULL;
        if (low)
            bt_xhtml_memo_keep(m, hit);
        if (low != small)
            free(low);
        xmlFree(copy);
        if (hit)
            return 1;
    }
    return 0;
}

/* Whether a link leads nowhere: to "#", to the page itself ("") or to a
 * script, as the toggle that opens an FAQ's answer does. */
static int toggle_link(const xmlNode *a)
{
    xmlChar *copy;
    const xmlChar *href = bt_xhtml_attr_value(a, "href", &copy);
    const char *h = href ? (const char *)href + strspn((const char *)href, " \t\r\n") : NULL;
    int toggle = h && (!*h || !strcmp(h, "#") || !strncasecmp(h, "javascript:", 11));
    xmlFree(copy);
    return toggle;
}

const xmlNode *bt_html_element_beside(const xmlNode *n, int after)
{
    do
        n = after ? n->next : n->prev;
    while (n && (n->type != XML_ELEMENT_NODE || bt_html_skipped(n)));
    return n;
}

/* Whether text div n stands among the paragraphs of a text, set as divs
 * ("<div>One.</div><div>Two.</div>", as some CMSs write every paragraph):
 * the paragraph before it is one (a <p>, or such a div, finished before
 * n), or the element after it is a <p> or a div with text of its own.  A
 * lone text div, a footer's about box or its legal notice, is no text's
 * paragraph. */
static int among_paragraphs(const xmlNode *n)
{
    const xmlNode *before = bt_html_element_beside(n, 0), *after = bt_html_element_beside(n, 1);
    if (before && bt_stats_of(before) && (is_para(before) || bt_stats_of(before)->ptext) &&
        !bt_html_heading_level(before))
        return bt_xhtml_is(before, "p") || bt_html_text_div(before);
    if (after && bt_xhtml_is(after, "p"))
        return 1;
    for (const xmlNode *k = after && bt_xhtml_is(after, "div") ? after->children : NULL; k;
         k = k->next)
        if (k->type == XML_TEXT_NODE && !xmlIsBlankNode(k))
            return 1;
    return 0;
}

int bt_html_closes_sentence(const xmlNode *n)
{
    const xmlNode *k = n;
    while (k && k->type == XML_ELEMENT_NODE) {
        k = k->last;
        while (k && k->type == XML_TEXT_NODE && xmlIsBlankNode(k))
            k = k->prev;
    }
    if (!k || k->type != XML_TEXT_NODE || !k->content)
        return 0;
    const char *t = (const char *)k->content;
    size_t len = strlen(t);
    static const char *const closers[] = {"”", "»", "’", NULL};
    for (int again = 1; again;) {
        while (len && strchr(" \t\r\n\"')", t[len - 1]))
            len--;
        again = 0;
        for (const char *const *c = closers; *c && !again; c++)
            if (len >= strlen(*c) && !memcmp(t + len - strlen(*c), *c, strlen(*c)))
                len -= strlen(*c), again = 1;
    }
    static const char *const stops[] = {".", "!", "?", "…", "。", "！", "？", NULL};
    for (const char *const *w = stops; *w; w++) {
        size_t wl = strlen(*w);
        if (len >= wl && !memcmp(t + len - wl, *w, wl))
            return 1;
    }
    return 0;
}

/* Pixels a spacer's side has at most: a table layout's "spacer.gif", a
 * picture one pixel high or wide that only sets a cell's size, is no
 * picture; a lazy one is (its sides may give only its shape, "3" by "2",
 * and a script fills it in). */
#define BT_STATS_SPACER_PX 1

static int spacer(const xmlNode *img)
{
    static const char *const sides[] = {"width", "height", NULL};
    int thin = 0;
    for (const char *const *a = sides; *a && !thin; a++) {
        xmlChar *v = xmlGetProp(img, (const xmlChar *)*a);
        thin = v && *v >= '0' && *v <= '9' && atoi((const char *)v) <= BT_STATS_SPACER_PX;
        xmlFree(v);
    }
    /* (lazy: an address besides src, "data-src", "srcset", "data-original") */
    for (const xmlAttr *a = thin ? img->properties : NULL; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (strcmp(name, "src") && (strstr(name, "src") || strstr(name, "original")))
            return 0;
    }
    return thin;
}

/* An element's own measures, once its children's are added into its counts. */
static void finish(xmlNode *n)
{
    bt_stats *s = bt_stats_of(n);
    /* (a named anchor, a target with no address, links nowhere: the bold
     * "<a name=dieu_1><b>Điều 1. ...</b></a>" heading of a legal text) */
    if (bt_xhtml_is(n, "a") &&
        (xmlHasProp(n, (const xmlChar *)"href") || !xmlHasProp(n, (const xmlChar *)"name"))) {
        s->link = s->text;
        s->toggle = toggle_link(n) ? s->text : 0;
    }
    if (is_para(n))
        s->ptext = s->text, s->paras++;
    else if (bt_html_text_div(n) && s->text >= BT_STATS_SENTENCES && s->link * 2 < s->text)
        s->ptext = among_paragraphs(n) ? s->text : 0, s->paras++;
    else if (bt_html_text_div(n) && s->text >= BT_STATS_SENTENCE && s->link * 2 < s->text &&
             bt_html_closes_sentence(n) && among_paragraphs(n))
        s->ptext = s->text;
    int level = bt_html_heading_level(n);
    if (level)
        s->heading = s->text;
    if (level == 1)
        s->h1 = s->text - s->link;
    s->images += bt_xhtml_is(n, "img") && !spacer(n) && !bt_xhtml_button_icon(n);
    s->items += bt_xhtml_is(n, "li");
    s->nodes++;
}

/* Add a finished element's counts into p, its parent's. */
static void add_into(bt_stats *p, const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    p->nodes += s->nodes;
    p->text += s->text;
    p->link += s->link;
    p->toggle += s->toggle;
    p->ptext += s->ptext;
    p->heading += s->heading;
    p->h1 += s->h1;
    p->commas += s->commas;
    p->paras += s->paras;
    p->images += s->images;
    p->items += s->items;
    p->inputs += s->inputs;
    /* (a block inside an inline child is the parent's too: a div around a
     * <span class="story-text"> of paragraphs is no div of text) */
    p->blocks |= (bt_html_is_block(n) || s->blocks) && !s->skipped;
    if (!bt_html_is_block(n)) {
        p->own += s->own;
        p->own_commas += s->own_commas;
    }
}

/* Levels below a block named as chrome its content's box is looked for at. */
#define CONTENT_BOX_LEVELS 3

/* Whether a box a few levels below s, named as content ("story-contents__
 * content", "article-body"), holds four fifths of s's paragraphs: s's
 * chrome word names a layout ("st-sidebar__container" around the story
 * and its side column), not chrome. */
static int names_its_content(const bt_stats *s)
{
    static const char *const content[] = {"content", "article", "story", NULL};
    const xmlNode *n = s->node;
    for (int level = 0; n && level < CONTENT_BOX_LEVELS; level++) {
        const xmlNode *most = NULL;
        for (const xmlNode *k = n->children; k && !most; k = k->next) {
            const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
            if (ks && ks->ptext * 5 >= s->ptext * 4)
                most = k;
        }
        if (most && !bt_stats_of(most)->unlikely && bt_html_attr_matches(most, content))
            return 1;
        n = most;
    }
    return 0;
}

/* A block named as chrome that holds the page's headline (an h1 that is no
 * link home) and most of its paragraphs ("row site_header" around the
 * <article>) is the article's, not an unlikely candidate: the first pass
 * would skip it, and the page's text it is measured by leaves it out. */
static void keep_headline_blocks(bt_page_stats *pg, const bt_stats *root)
{
    for (size_t i = 0; i < pg->n; i++) {
        bt_stats *s = &pg->s[i];
        if (s->unlikely && s->ptext * 2 > root->ptext && (s->h1 || names_its_content(s)))
            s->unlikely = 0;
        /* the same for the blocks around an <article> that holds them (the
         * headline may be no h1) */
        if (s->ptext * 2 > root->ptext && bt_xhtml_is(s->node, "article"))
            for (xmlNode *a = s->node->parent; a && bt_stats_of(a); a = a->parent)
                bt_stats_of(a)->unlikely = 0;
    }
}

/* The letters and commas of a text node n into p, its parent's counts. */
static void add_text(bt_stats *p, const xmlNode *n)
{
    if ((n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) || !n->content)
        return;
    size_t commas = 0, l = letters(n->content, &commas);
    p->text += l;
    p->own += l;
    p->commas += commas;
    p->own_commas += commas;
}

/* What s keeps of the questions asked of its element, none asked yet. */
static void forget(bt_stats *s)
{
    memset(s->verdict, -1, sizeof(s->verdict));
    s->consent = s->marks = s->about = s->data = -1;
    free(s->folded);
    s->folded = NULL;
    s->read = 0;
    s->after = (size_t)-1;
}

/* Hang s, counting nothing yet, on element n. */
static void hang(bt_stats *s, xmlNode *n)
{
    forget(s);
    s->skipped = (signed char)bt_xhtml_skipped(n);
    s->block = (signed char)is_block(n);
    s->node = n;
    n->_private = s;
}

int bt_stats_adopt(bt_page_stats *pg, xmlNode *n)
{
    if (pg->n >= pg->cap)
        return 0;
    bt_stats *s = &pg->s[pg->n++];
    memset(s, 0, sizeof(*s));
    hang(s, n);
    return 1;
}

void bt_stats_recount_up(xmlNode *n)
{
    for (xmlNode *k = n; k && k->type == XML_ELEMENT_NODE && bt_stats_of(k); k = k->parent) {
        bt_stats *s = bt_stats_of(k);
        s->text = s->link = s->toggle = s->ptext = s->own = s->heading = s->h1 = 0;
        s->commas = s->own_commas = s->nodes = 0;
        s->paras = s->images = s->items = s->inputs = 0;
        s->blocks = 0;
        /* (as the gathering counts them: a skipped element's text is not) */
        if (s->skipped && !s->root) {
            s->inputs =
                bt_xhtml_is(k, "input") || bt_xhtml_is(k, "select") || bt_xhtml_is(k, "textarea");
            s->images = bt_xhtml_noscript_img(k) != NULL;
        }
        for (xmlNode *c = s->skipped && !s->root ? NULL : k->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && bt_stats_of(c))
                add_into(s, c);
            else
                add_text(s, c);
        if (!s->root)
            finish(k);
        forget(s);
        /* (the paragraphs after a sibling changed with k's) */
        for (xmlNode *b = k->parent ? k->parent->children : NULL; b; b = b->next)
            if (b->type == XML_ELEMENT_NODE && bt_stats_of(b))
                bt_stats_of(b)->after = (size_t)-1;
        if (s->root)
            break;
    }
}

/* Letters a post's header has at most. */
#define POST_HEADER_TEXT 300

/* Whether s, named as a header, is a post's: in an <article>, a fourth of
 * it its heading, not the headline (a live blog's entry, "<div
 * class=HeaderWrapper><time>15:02</time><h3>..."), few links, no picture;
 * a site's header is its menu's links, a headline's box its kicker's. */
static int post_header(const bt_stats *s)
{
    if (!s->heading || s->h1 || s->text >= POST_HEADER_TEXT || s->heading * 4 < s->text ||
        s->link * 4 >= s->text || s->images)
        return 0;
    /* (in a post: an <article> a few levels up) */
    const xmlNode *a = s->node->parent;
    for (int up = 0; a && a->type == XML_ELEMENT_NODE && up < 3; up++, a = a->parent)
        if (bt_xhtml_is(a, "article"))
            return 1;
    return 0;
}

/* Whether pg has room for one more element's stats, and one spare (for the
 * element the article's parts may be gathered in); if not, none hang. */
static int room(bt_page_stats *pg)
{
    if (pg->n + 1 < pg->cap)
        return 1;
    for (size_t i = 0; i < pg->n; i++)
        pg->s[i].node->_private = NULL;
    return 0;
}

/* Skipped elements are counted as elements (so that every element below root
 * has stats) but their text is not; form controls and embeds are.  0 when
 * pg has no room for them all. */
static int gather(bt_page_stats *pg, xmlNode *root)
{
    /* (each element's stats hung as the walk enters it; a skipped one's
     * below it all at once, in the order of the page) */
    xmlNode *n = root;
    for (;;) {
        if (n->type == XML_ELEMENT_NODE) {
            if (!room(pg))
                return 0;
            hang(&pg->s[pg->n++], n);
        }
        int skip = n != root && bt_html_skipped(n);
        for (xmlNode *d = skip ? n->children : NULL; d; d = bt_xhtml_next(d, n, 0))
            if (d->type == XML_ELEMENT_NODE) {
                if (!room(pg))
                    return 0;
                hang(&pg->s[pg->n++], d);
            }
        if (n->type == XML_ELEMENT_NODE && !skip && n->children) {
            n = n->children;
            continue;
        }
        for (;;) {
            if (n->type == XML_ELEMENT_NODE) {
                bt_stats *s = bt_stats_of(n);
                s->unlikely = unlikely(n) && !bt_html_captions_picture(n) && !post_header(s);
                /* (a button alone is no form: it opens an answer, copies
                 * code, plays a video) */
                if (skip) {
                    s->inputs += bt_xhtml_is(n, "input") || bt_xhtml_is(n, "select") ||
                                 bt_xhtml_is(n, "textarea");
                    /* (a picture whose only copy is in a <noscript>, which the reader
                     * shows) */
                    s->images += bt_xhtml_noscript_img(n) != NULL;
                }
                if (n != root) {
                    finish(n);
                    add_into(bt_stats_of(n->parent), n);
                }
            } else if (n->parent) {
                add_text(bt_stats_of(n->parent), n);
            }
            skip = 0;
            if (n == root) {
                keep_headline_blocks(pg, bt_stats_of(root));
                return 1;
            }
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
}

int bt_stats_gather(bt_page_stats *pg, xmlNode *root, size_t elements)
{
    /* (the estimate with a margin: a walk only to count costs as much on a
     * large page as the gathering's own) */
    size_t count = elements + elements / 8 + 16;
    for (int exact = !elements;; exact = 1) {
        if (exact) {
            count = 0;
            for (xmlNode *k = root; k; k = bt_xhtml_next(k, root, 0))
                count += k->type == XML_ELEMENT_NODE;
        }
        pg->s = calloc(count + 1, sizeof(bt_stats));
        pg->n = 0;
        pg->cap = count + 1;
        if (pg->s && !gather(pg, root)) {
            free(pg->s);
            pg->s = NULL;
            if (!exact)
                continue;
        }
        return pg->s != NULL;
    }
}

void bt_stats_scatter(bt_page_stats *pg, xmlNode *root)
{
    for (xmlNode *n = root; n; n = bt_xhtml_next(n, root, 0))
        if (n->type == XML_ELEMENT_NODE)
            n->_private = NULL;
    for (size_t i = 0; i < pg->n; i++)
        free(pg->s[i].folded);
    free(pg->s);
    pg->s = NULL;
}

int bt_html_text_div(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return bt_xhtml_is(n, "div") && s && s->text && !s->blocks;
}

double bt_stats_link_density(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s && s->text ? (double)s->link / (double)s->text : 0;
}
