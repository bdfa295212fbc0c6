/* Article extraction: which part of a page holds the article.  Mozilla
 * Readability's algorithm is the reference: paragraphs score their ancestors
 * by length and commas, class names and tags weigh in, link-heavy blocks lose,
 * the best candidate takes the siblings that belong to it, and a pass that
 * keeps too little text is run again with relaxed rules.  <article> and <main>
 * are evidence, not answers.  When every pass finds too little, the largest
 * text region is taken, then the whole page, with a warning. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "xhtml.h"
#include "xhtml_read.h"

/* Paragraphs shorter than this (letters) don't vote. */
#define BT_EXTRACT_MIN_PARAGRAPH 25
/* Letters a story has at least that is taken, short of enough, where the
 * fallback would be the whole page or a region elsewhere: two or three
 * sentences. */
#define BT_STORY_SHORT 200

static const int passes[] = {
    BT_CLEAN_UNLIKELY | BT_CLEAN_WEIGHTS | BT_CLEAN_CONDITIONALLY,
    BT_CLEAN_WEIGHTS | BT_CLEAN_CONDITIONALLY,
    BT_CLEAN_CONDITIONALLY,
    0,
};

/* Whether token [t, t+len) is one of words. */
static int token_is(const char *t, size_t len, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (strlen(*w) == len && !strncmp(t, *w, len))
            return 1;
    return 0;
}

int bt_html_screens(const xmlNode *n)
{
    /* Bootstrap 3's names, whole */
    static const char *const wide_names[] = {"hidden-xs", "hidden-sm", NULL};
    static const char *const narrow_names[] = {"visible-xs", "visible-sm", "hidden-md", "hidden-lg",
                                               NULL};
    /* Tailwind's "md:block" and "md:hidden", Bootstrap 4's "d-md-block" and
     * "d-md-none": from that width on */
    static const char *const widths[] = {"sm", "md", "lg", "xl", "2xl", NULL};
    static const char *const shown[] = {"block",        "flex",        "grid",  "inline",
                                        "inline-block", "inline-flex", "table", "contents",
                                        "flow-root",    NULL};
    static const char *const hiding[] = {"hidden", "none", NULL};
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(n, "class", &copy);
    /* (asked of every block cleaning looks at: a page repeats its classes) */
    static const char memo_key;
    int screens = 0;
    bt_xhtml_memo *m = v ? bt_xhtml_memo_find(v, &memo_key, 0, &screens) : NULL;
    for (const char *t = m ? v : NULL; t && *t;) {
        t += strspn(t, " \t\r\n");
        size_t len = strcspn(t, " \t\r\n");
        screens |= token_is(t, len, wide_names) ? BT_SHOWN_WIDE
                   : token_is(t, len, narrow_names) ? BT_SHOWN_NARROW
                                                    : 0;
        for (const char *const *w = widths; *w; w++) {
            size_t wl = strlen(*w), at = 0;
            if (len > wl + 1 && !strncmp(t, *w, wl) && t[wl] == ':')
                at = wl + 1;
            else if (len > wl + 3 && !strncmp(t, "d-", 2) && !strncmp(t + 2, *w, wl) &&
                     t[2 + wl] == '-')
                at = wl + 3;
            if (at && token_is(t + at, len - at, shown))
                screens |= BT_SHOWN_WIDE;
            else if (at && token_is(t + at, len - at, hiding))
                screens |= BT_SHOWN_NARROW;
        }
        t += len;
    }
    if (m)
        bt_xhtml_memo_keep(m, screens);
    xmlFree(copy);
    return screens;
}

/* Whether every "hidden" n's class and id say is Tailwind's overflow
 * utility ("overflow-hidden", "overflow-x-hidden"), which clips a box and
 * hides nothing: Dawn's story body is "div.story__content.overflow-hidden"
 * (asked of a block named as the story's only: a box of other things so
 * clipped is as often chrome). */
static int hidden_overflow_only(const xmlNode *n)
{
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(n, "class", &copy);
    int only = 1, any = 0;
    for (const char *t = v; t && *t && only;) {
        t += strspn(t, " \t\r\n");
        size_t len = strcspn(t, " \t\r\n");
        const char *h = NULL;
        for (size_t i = 0; i + 6 <= len && !h; i++)
            if (!strncasecmp(t + i, "hidden", 6))
                h = t + i;
        if (h) {
            any = 1;
            only = len > 9 && !strncmp(t, "overflow-", 9);
        }
        t += len;
    }
    xmlFree(copy);
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    for (const char *t = (const char *)id; t && *t && only; t++)
        only = strncasecmp(t, "hidden", 6) != 0;
    xmlFree(id);
    return any && only;
}

double bt_html_class_weight(const xmlNode *n)
{
    static const char *const positive[] = {
        "article", "body", "content", "entry", "hentry",  "h-entry", "main",       "page",
        "post",    "text", "blog",    "story", "noidung", "chitiet", "fck_detail", NULL,
    };
    /* Readability's, with Vietnamese names, then dialogs and teasers of other
     * pages; not its "widget": page builders put every block of text in one
     * ("hidden" first: negative + 1 is the list without it) */
    static const char *const negative[] = {
        "hidden",    "-ad-",      "banner",     "combx",     "comment",  "com-",       "contact",
        "footer",    "gdpr",      "masthead",   "media",     "meta",     "outbrain",   "promo",
        "related",   "scroll",    "share",      "shoutbox",  "sidebar",  "skyscraper", "sponsor",
        "shopping",  "tags",      "lienquan",   "lien-quan", "binhluan", "tinkhac",    "modal",
        "popup",     "subscribe", "newsletter", "signup",    "login",    "thumbnail",  "next-post",
        "slideshow", "consent",   NULL,
    };
    /* (the story's text shown to subscribers is no call to subscribe:
     * TownNews' "subscriber-premium" body, its "subscriber-preview" and
     * "subscriber-only" boxes between the ads) */
    static const char *const for_subscribers[] = {"subscriber-only",    "subscribers-only",
                                                  "subscriber-content", "subscriber-premium",
                                                  "subscriber-preview", NULL};
    double w = 0;
    /* (negative + 1: the same without "hidden", for a block hidden on
     * phones only) */
    int named = bt_html_attr_matches(n, positive);
    if (bt_html_attr_matches(n, negative) && !bt_html_attr_matches(n, for_subscribers) &&
        ((!(bt_html_screens(n) & BT_SHOWN_WIDE) && !(named && hidden_overflow_only(n))) ||
         bt_html_attr_matches(n, negative + 1)))
        w -= 25;
    if (named)
        w += 25;
    return w;
}

static double tag_weight(const xmlNode *n)
{
    static const char *const plus3[] = {"pre", "td", "blockquote", NULL};
    static const char *const minus3[] = {"address", "ol", "ul",   "dl", "dd",
                                         "dt",      "li", "form", NULL};
    if (bt_xhtml_is(n, "div") || bt_xhtml_is(n, "article") || bt_xhtml_is(n, "main"))
        return 5;
    for (const char *const *t = plus3; *t; t++)
        if (bt_xhtml_is(n, *t))
            return 3;
    for (const char *const *t = minus3; *t; t++)
        if (bt_xhtml_is(n, *t))
            return -3;
    if (bt_html_heading_level(n))
        return -5;
    return 0;
}

static int skip_subtree(const xmlNode *n, const xmlNode *body, int flags)
{
    return n != body &&
           (bt_html_skipped(n) || (n->type == XML_ELEMENT_NODE && (flags & BT_CLEAN_UNLIKELY) &&
                                   bt_stats_of(n) && bt_stats_of(n)->unlikely));
}

static double final_score(const xmlNode *n)
{
    return bt_stats_of(n)->score * (1 - bt_stats_link_density(n));
}

/* The paragraph an element contributes: p, pre and blockquote with all their
 * text, from their parent up; any other block with text of its own (a div
 * or td holding text between its children) from itself up. */
static size_t paragraph(const xmlNode *n, size_t *commas, const xmlNode **first)
{
    const bt_stats *s = bt_stats_of(n);
    if (bt_xhtml_is(n, "p") || bt_xhtml_is(n, "pre") || bt_xhtml_is(n, "blockquote")) {
        *commas = s->commas;
        *first = n->parent;
        return s->text;
    }
    static const char *const not_paragraphs[] = {"li", "dt", "dd", "ul", "ol", "body", "html",
                                                 "h1", "h2", "h3", "h4", "h5", "h6",   NULL};
    if (!bt_html_is_block(n))
        return 0;
    for (const char *const *t = not_paragraphs; *t; t++)
        if (bt_xhtml_is(n, *t))
            return 0;
    *commas = s->own_commas;
    *first = n;
    return s->own;
}

/* Whether t says w (ASCII, lower case) in any case. */
static int says_ascii(const char *t, const char *w)
{
    size_t n = strlen(w);
    for (; *t; t++) {
        size_t i = 0;
        while (i < n && t[i] && (t[i] | 0x20) == w[i])
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

/* Whether a text shown below n says "ookie" or "OOKIE" (most paragraphs
 * say no cookie: their text is then not read out). */
static int says_cookie(const xmlNode *n)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, bt_html_skipped(k)))
        if (k->type == XML_TEXT_NODE && k->content &&
            (strstr((const char *)k->content, "ookie") || strstr((const char *)k->content, "OOKIE")))
            return 1;
    return 0;
}

/* A cookie notice: paragraphs of commas that are no article.  (Its words
 * are ASCII: the text is not case folded, which cost more than scoring it.) */
static int consent(const xmlNode *n)
{
    bt_stats *s = bt_stats_of(n);
    if (s->consent < 0) {
        bt_buf b = BT_BUF_INIT;
        if (says_cookie(n))
            bt_html_text(n, &b, 4000);
        const char *t = b.data;
        s->consent = t && says_ascii(t, "cookie") &&
                     (says_ascii(t, "consent") || says_ascii(t, "personal data") ||
                      says_ascii(t, "privacy") || says_ascii(t, "datenschutz"));
        bt_buf_free(&b);
    }
    return s->consent;
}

/* Whether the paragraph whose first scored block is first is the excerpt
 * of a card of another article (a list of teasers beside a short story
 * outscores it, paragraph for paragraph). */
static int teaser_text(const xmlNode *first)
{
    for (int up = 0; up < 2 && first && bt_stats_of(first); up++, first = first->parent)
        if (bt_html_teaser_card(first))
            return 1;
    return 0;
}

/* A candidate's score before its paragraphs add to it: its tag's and,
 * in the passes that weigh them, its class's. */
static double initial_score(const xmlNode *n, int flags)
{
    return tag_weight(n) + (flags & BT_CLEAN_WEIGHTS ? bt_html_class_weight(n) : 0);
}

static void score_paragraphs(xmlNode *body, int flags)
{
    for (xmlNode *n = body; n; n = bt_xhtml_next(n, body, skip_subtree(n, body, flags))) {
        if (n->type != XML_ELEMENT_NODE || skip_subtree(n, body, flags))
            continue;
        size_t commas = 0;
        const xmlNode *first = NULL;
        size_t len = paragraph(n, &commas, &first);
        if (len < BT_EXTRACT_MIN_PARAGRAPH || !first || consent(n) || teaser_text(first))
            continue;
        double score = 1 + (double)commas + (len / 100 < 3 ? (double)(len / 100) : 3);
        int level = 0;
        for (xmlNode *a = (xmlNode *)first; a && a->type == XML_ELEMENT_NODE && level < 5;
             a = a->parent, level++) {
            bt_stats *as = bt_stats_of(a);
            if (!as)
                break;
            if (!as->scored) {
                as->scored = 1;
                as->score = initial_score(a, flags);
            }
            as->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            if (a == body)
                break;
        }
    }
}

static int inside(const xmlNode *n, const xmlNode *ancestor)
{
    int up = 2 * BT_HTML_NEAR;
    for (; n && up--; n = n->parent)
        if (n == ancestor)
            return 1;
    return 0;
}

#define TOP 5

/* A page's side box, or its foot by role (a <footer> may be an article's). */
static int side_named(const xmlNode *n)
{
    static const char *const sides[] = {"sidebar", "widget-area", "secondary", NULL};
    static const char *const roles[] = {"complementary", "contentinfo", NULL};
    return bt_xhtml_is(n, "aside") || bt_xhtml_class_has(n, sides, 1) || bt_html_role_is(n, roles);
}

/* A candidate in a side box, a box about the site or its author, or a
 * block whose name weighs against it (a slideshow, a promo, the next posts)
 * (or_chrome: or in any block named as chrome): what a short post loses
 * to, its paragraphs being few. */
static int side_box(const xmlNode *n, const xmlNode *body, int or_chrome)
{
    static const char *const boxes[] = {"about", "profile", NULL};
    if (bt_xhtml_class_has(n, boxes, 1))
        return 1;
    for (; n && n != body; n = n->parent)
        if (side_named(n) || bt_html_class_weight(n) < 0 ||
            (or_chrome && bt_stats_of(n) && bt_stats_of(n)->unlikely))
            return 1;
    return 0;
}

/* Which candidate is the best: the first that is in no side box nor
 * chrome and scores and reads half as much as a best in a side box, or the
 * best. */
static int main_over_side(xmlNode **top, const double *score, const xmlNode *body)
{
    if (!side_box(top[0], body, 0))
        return 0;
    for (int i = 1; i < TOP && top[i] && score[i] * 2 >= score[0]; i++)
        if (!inside(top[i], top[0]) && !inside(top[0], top[i]) && !side_box(top[i], body, 1) &&
            bt_stats_of(top[i])->text * 2 >= bt_stats_of(top[0])->text)
            return i;
    return 0;
}

/* Which candidate is the best when the best reads less than an article
 * (a box with a class that says content, a teaser's summary): one scoring
 * nearly as much and holding three times its text in paragraphs, enough
 * for an article; 0: the best. */
static int long_over_short(xmlNode **top, const double *score)
{
    const bt_stats *s = bt_stats_of(top[0]);
    if (s->text - s->link >= BT_HTML_ENOUGH)
        return 0;
    for (int i = 1; i < TOP && top[i] && score[i] >= score[0] * 0.9; i++) {
        size_t ptext = bt_stats_of(top[i])->ptext;
        if (!inside(top[i], top[0]) && !inside(top[0], top[i]) && ptext >= BT_HTML_ENOUGH &&
            ptext >= 3 * s->text)
            return i;
    }
    return 0;
}

/* An only child says no more than its parent: n, moved up while it is one. */
static xmlNode *only_child_up(xmlNode *n, const xmlNode *body)
{
    while (n->parent && n->parent != body && bt_stats_of(n->parent)) {
        int elements = 0;
        for (xmlNode *k = n->parent->children; k; k = k->next)
            elements += k->type == XML_ELEMENT_NODE && !bt_html_skipped(k);
        if (elements != 1)
            break;
        n = n->parent;
    }
    return n;
}

/* The best candidate, moved up to the ancestor that holds the article when
 * its text is split among several candidates (Readability's rules). */
static xmlNode *best_candidate(xmlNode *body, int flags)
{
    xmlNode *top[TOP] = {NULL};
    double score[TOP] = {0};
    for (xmlNode *n = body; n; n = bt_xhtml_next(n, body, skip_subtree(n, body, flags))) {
        if (n->type != XML_ELEMENT_NODE || !bt_stats_of(n) || !bt_stats_of(n)->scored)
            continue;
        double s = final_score(n);
        for (int i = 0; i < TOP; i++)
            if (!top[i] || s > score[i]) {
                memmove(top + i + 1, top + i, (size_t)(TOP - 1 - i) * sizeof(top[0]));
                memmove(score + i + 1, score + i, (size_t)(TOP - 1 - i) * sizeof(score[0]));
                top[i] = n;
                score[i] = s;
                break;
            }
    }
    if (!top[0] || top[0] == body)
        return top[0];
    int main = main_over_side(top, score, body);
    if (!main)
        main = long_over_short(top, score);
    xmlNode *best = top[main];
    top[main] = top[0], top[0] = best;
    double s = score[main];
    score[main] = score[0], score[0] = s;
    /* three good candidates below one ancestor: that ancestor is the article,
     * unless a quarter of its text is links: that is the page's layout, its
     * columns holding the post and boxes of other text (a product box, a
     * disclaimer), which no article is split into; nor above an <article>
     * holding the best: good candidates beyond it are other stories */
    int up = BT_HTML_NEAR;
    for (xmlNode *a = best->parent; a && a != body && up--; a = a->parent) {
        if (bt_stats_link_density(a) >= 0.25)
            break;
        int n = 0;
        for (int i = 1; i < TOP; i++)
            n += top[i] && score[i] >= score[0] * 0.75 && inside(top[i], a);
        if (n >= 3) {
            best = a;
            break;
        }
        if (bt_xhtml_is(a, "article"))
            break;
    }
    /* a parent scoring better than the best, before scores fall too low;
     * better, and by a third of the best's at least, by the text it holds,
     * not by its name: each wrapper of a layout named "article-..." weighs
     * as much, and a line of text in the outermost tipped it (a banner
     * above the page) */
    double last = bt_stats_of(best)->score, floor = last / 3;
    double earned = last - initial_score(best, flags), least = earned / 3;
    for (xmlNode *a = best->parent; a && a != body; a = a->parent) {
        if (!bt_stats_of(a) || !bt_stats_of(a)->scored)
            continue;
        double own = bt_stats_of(a)->score - initial_score(a, flags);
        if (bt_stats_of(a)->score < floor)
            break;
        if (bt_stats_of(a)->score > last && own > earned && own >= least) {
            best = a;
            break;
        }
        last = bt_stats_of(a)->score;
        earned = own;
    }
    return only_child_up(best, body);
}

static int ends_sentence(const xmlNode *n)
{
    bt_buf b = BT_BUF_INIT;
    bt_html_text(n, &b, 0);
    int yes = b.len && strchr(".!?:\"", b.data[b.len - 1]);
    bt_buf_free(&b);
    return yes;
}

/* The most any block below n earned from its paragraphs (its tag's and
 * class's weights left out), outside links. */
static double best_inside(const xmlNode *n, int flags)
{
    double top = 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_html_skipped(k))) {
        if (k->type != XML_ELEMENT_NODE || !bt_stats_of(k) || !bt_stats_of(k)->scored)
            continue;
        double weight = tag_weight(k) + (flags & BT_CLEAN_WEIGHTS ? bt_html_class_weight(k) : 0);
        double s = (bt_stats_of(k)->score - weight) * (1 - bt_stats_link_density(k));
        if (s > top)
            top = s;
    }
    return top;
}

/* Whether k is a span of text among blocks, a block of its own as a
 * browser shows it (a sapo set as <span class="sapo">). */
static int text_span(const xmlNode *k)
{
    return bt_xhtml_is(k, "span") && bt_stats_of(k) && !bt_stats_of(k)->blocks;
}

static int prose(const xmlNode *k, int flags);

/* Elements of a box looked through for its gallery's figures. */
#define GALLERY_NODES 2048

/* Whether k is a gallery: a list whose items are figures with their
 * captions, two at least and most of them (an ad may be slotted between),
 * or a box of slides, each such a figure, and no paragraph; few links. */
static int gallery_list(const xmlNode *k)
{
    const bt_stats *s = bt_stats_of(k);
    if (!s || bt_stats_link_density(k) >= 0.25)
        return 0;
    int figures = 0, others = 0;
    if (bt_xhtml_is(k, "ul") || bt_xhtml_is(k, "ol")) {
        for (const xmlNode *li = k->children; li; li = li->next) {
            if (li->type != XML_ELEMENT_NODE || bt_html_skipped(li))
                continue;
            const xmlNode *fig = bt_xhtml_find(li, "figure");
            if (fig && bt_xhtml_find(fig, "figcaption"))
                figures++;
            else
                others++;
        }
        return figures >= 2 && figures >= 2 * others;
    }
    /* (Spiegel's "Fotostrecke": slides in a track, a caption on each) */
    if (!bt_xhtml_is(k, "div") || s->paras)
        return 0;
    int budget = GALLERY_NODES;
    for (const xmlNode *d = k; d && budget--;) {
        int fig = bt_xhtml_is(d, "figure");
        figures += fig && bt_xhtml_find(d, "figcaption");
        d = bt_xhtml_next(d, k, fig || bt_html_skipped(d));
    }
    return budget > 0 && figures >= 2;
}

/* Elements of a block looked through for the ids of notes, links of the
 * best candidate looked through for them, and ids compared, at most. */
#define NOTES_NODES 512
#define NOTE_LINKS_NODES 8192
#define NOTE_IDS 16
/* Elements between the best candidate and its notes, at most. */
#define NOTES_SIBLINGS 3
/* Letters of the notes taken with the text, fewer than these. */
#define NOTES_TEXT 2000

/* Whether block k holds the notes the text of best points to: an id in k
 * that a link of best names ("<a href=#nb1>1</a>" in Le Monde
 * diplomatique's text, "<div id=nb1>" in its notes after it). */
static int notes_of(const xmlNode *k, const xmlNode *best)
{
    /* (right after it: a page of thousands of blocks is not read again for
     * each of them) */
    int near = NOTES_SIBLINGS;
    const xmlNode *b = k->prev;
    for (; b && b != best && near; b = b->prev)
        near -= b->type == XML_ELEMENT_NODE;
    if (b != best)
        return 0;
    xmlChar *ids[NOTE_IDS];
    int n = 0, budget = NOTES_NODES, yes = 0;
    for (const xmlNode *d = k; d && n < NOTE_IDS && budget-- > 0; d = bt_xhtml_next(d, k, 0))
        if (d->type == XML_ELEMENT_NODE && (ids[n] = xmlGetProp(d, (const xmlChar *)"id")))
            n++;
    budget = NOTE_LINKS_NODES;
    for (const xmlNode *d = best; d && n && !yes && budget-- > 0; d = bt_xhtml_next(d, best, 0)) {
        if (!bt_xhtml_is(d, "a"))
            continue;
        xmlChar *href = xmlGetProp(d, (const xmlChar *)"href");
        for (int i = 0; href && href[0] == '#' && i < n && !yes; i++)
            yes = !xmlStrcmp(href + 1, ids[i]);
        xmlFree(href);
    }
    for (int i = 0; i < n; i++)
        xmlFree(ids[i]);
    return yes;
}

/* The widest a side column's cell is declared, in pixels or in percent
 * of its table. */
#define SIDE_CELL_PX 250
#define SIDE_CELL_PERCENT 35

/* The width table cell k declares in its attribute, in pixels or, with
 * *percent set, in percent; 0 when it declares none. */
static long cell_width(const xmlNode *k, int *percent)
{
    xmlChar *w = bt_xhtml_is(k, "td") || bt_xhtml_is(k, "th")
                     ? xmlGetProp(k, (const xmlChar *)"width")
                     : NULL;
    char *end = NULL;
    long v = w ? strtol((const char *)w, &end, 10) : 0;
    *percent = v > 0 && *end == '%';
    v = v > 0 && (*percent || !*end) ? v : 0;
    xmlFree(w);
    return v;
}

/* Whether cell k, beside the best cell, is a side column's: declared as
 * narrow as one ("<td width=180 bgcolor=#EEF5E6>", "<td width=30%>"),
 * the best taking the rest of the row or twice its width. */
static int side_cell(const xmlNode *k, const xmlNode *best)
{
    int percent, best_percent;
    long w = cell_width(k, &percent), bw = cell_width(best, &best_percent);
    return w && w <= (percent ? SIDE_CELL_PERCENT : SIDE_CELL_PX) &&
           bt_xhtml_is(best, (const char *)k->name) &&
           (!bw || (best_percent == percent && bw >= 2 * w));
}

/* Whether a sibling of the best candidate is more of the article; after:
 * whether it follows the best. */
static int belongs(const xmlNode *k, const xmlNode *best, double threshold, int flags, int after)
{
    if (k == best)
        return 1;
    if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k) || !bt_stats_of(k))
        return 0;
    const bt_stats *s = bt_stats_of(k);
    /* (after it, a gallery's list of captioned figures, whatever its name:
     * the Guardian's "in pictures" after its text) */
    if (after && gallery_list(k))
        return 1;
    /* (and the few notes its text points to; a paper's bibliography, as
     * long as a page, stays out) */
    if (after && s->text && s->text < NOTES_TEXT && bt_stats_link_density(k) < 0.5 &&
        notes_of(k, best))
        return 1;
    if ((flags & BT_CLEAN_UNLIKELY) && s->unlikely)
        return 0;
    double bonus = 0;
    xmlChar *kc = xmlGetProp(k, (const xmlChar *)"class");
    xmlChar *bc = xmlGetProp(best, (const xmlChar *)"class");
    if (kc && bc && *kc && !xmlStrcmp(kc, bc))
        bonus = final_score(best) * 0.2;
    xmlFree(kc);
    xmlFree(bc);
    /* (a narrow cell beside the best cell is the site's side column of an
     * old table layout: a club's officers and next meeting, a newsletter's
     * contents; Readability takes it, its few paragraphs scoring just past
     * the bar) */
    if (side_cell(k, best) && !(s->images && s->text < 300))
        return 0;
    if (s->scored && final_score(k) + bonus >= threshold)
        return 1;
    /* a wrapper whose block of paragraphs scores as the article's, only
     * deeper down (the story's first section, boxed with the headline) */
    if (s->ptext * 2 >= s->text && bt_stats_link_density(k) < 0.25 &&
        !(flags & BT_CLEAN_WEIGHTS && bt_html_class_weight(k) < 0) &&
        best_inside(k, flags) >= threshold)
        return 1;
    /* after it, a block of paragraphs of its kind, too short to score,
     * no link or picture in it (Wired's last "ChunkWrapper" of two, after
     * an ad; an author's box, a portrait and a link to follow, is none) */
    if (after && bonus > 0 && s->paras >= 2 && !s->link && !s->images && prose(k, flags))
        return 1;
    /* a wrapper before it that holds the headline and mostly paragraphs is
     * the story's opening, however deep they sit (each wrapped in divs, they
     * give its blocks too little score) */
    if (!after && s->h1 && s->ptext >= BT_EXTRACT_MIN_PARAGRAPH && s->ptext * 10 >= s->text * 8 &&
        bt_stats_link_density(k) < 0.25 &&
        !(flags & BT_CLEAN_WEIGHTS && bt_html_class_weight(k) < 0))
        return 1;
    /* after it, a recipe's card: its ingredients and steps, each step a
     * list item, sit too deep to score (an author's box or a call for
     * support, headed prose after a story too, is no recipe) */
    if (after && s->items && bt_html_recipe_named(k) && prose(k, flags))
        return 1;
    /* a figure among the article's blocks */
    if (bt_xhtml_is(k, "figure") || (s->images && s->text < 300 && bt_stats_link_density(k) < 0.5))
        return 1;
    /* (a div of text alone before the best, or wrapped in a lead's box
     * ("div.artsyn > div", the Times of India's synopsis, the byline before
     * it taken for its portrait), is a paragraph, as Readability
     * reads it: a lead set as a div; after it, a footer's notice is one
     * too; a wrapper of one paragraph beside the best, wrapped alike, is the
     * next paragraph of the article) */
    const xmlNode *only = after ? NULL : bt_html_only_element(k);
    if (bt_xhtml_is(k, "p") ||
        (!after &&
         (bt_html_text_div(k) || text_span(k) ||
          (only && bt_html_text_div(only) && bt_xhtml_class_has(k, bt_xhtml_lead_classes, 0)))) ||
        (bonus > 0 && bt_html_one_paragraph(k) && bt_html_one_paragraph(best))) {
        double ld = bt_stats_link_density(k);
        if (s->text > 80 && ld < 0.25)
            return 1;
        if (s->text > 0 && s->text <= 80 && ld == 0 && ends_sentence(k))
            return 1;
    }
    return 0;
}

/* A block of paragraphs and little else, not named as chrome: between two
 * of the article's blocks, it is one too (a section too short to score). */
static int prose(const xmlNode *k, int flags)
{
    const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
    return s && !bt_html_skipped(k) && s->ptext >= BT_EXTRACT_MIN_PARAGRAPH &&
           s->ptext * 10 >= s->text * 8 && bt_stats_link_density(k) < 0.25 &&
           !((flags & BT_CLEAN_UNLIKELY) && s->unlikely) && bt_html_class_weight(k) >= 0;
}

/* Whether k is mostly a quotation, few of its words links: between two of
 * the article's blocks, a quote it sets apart (Squarespace's "quote-block",
 * its blockquote and the speaker's line in a figure). */
static int quote_block(const xmlNode *k)
{
    const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
    if (!s || !s->text || bt_html_skipped(k) || bt_stats_link_density(k) >= 0.25)
        return 0;
    const xmlNode *q = bt_xhtml_is(k, "blockquote") ? k : bt_xhtml_find(k, "blockquote");
    return q && bt_stats_of(q) && bt_stats_of(q)->text * 10 >= s->text * 7;
}

/* The best candidate and its siblings that are more of the article, in
 * order; n_out of them. */
static size_t with_siblings(xmlNode *best, int flags, xmlNode **out, size_t cap)
{
    xmlNode *parent = best->parent;
    if (!parent || parent->type != XML_ELEMENT_NODE || !bt_stats_of(parent)) {
        out[0] = best;
        return 1;
    }
    double top = final_score(best);
    double threshold = top * 0.2 > 10 ? top * 0.2 : 10;
    size_t n = 0;
    xmlNode *last = NULL;
    int after = 0;
    for (xmlNode *k = parent->children; k; after |= k == best, k = k->next)
        if (belongs(k, best, threshold, flags, after))
            last = k;
    /* the headings between the article's blocks are its sub-headings (the
     * loop ends at the last block) */
    after = 0;
    for (xmlNode *k = parent->children; k && n < cap; after |= k == best, k = k->next) {
        /* (or one page builders wrapped) */
        const xmlNode *h = n && bt_stats_of(k) && !bt_stats_of(k)->link
                               ? bt_html_unwrapped(k, BT_HTML_WRAPPERS)
                               : NULL;
        int heading = h && bt_html_heading_level(h) >= 2;
        if (belongs(k, best, threshold, flags, after) || heading ||
            (n && (prose(k, flags) || quote_block(k))))
            out[n++] = k;
        if (k == last)
            break;
    }
    return n;
}

/* The first word of an element's class, for telling siblings of one kind. */
static int same_kind(const xmlNode *a, const xmlNode *b)
{
    if (!a->name || !b->name || xmlStrcmp(a->name, b->name))
        return 0;
    xmlChar *ca = xmlGetProp(a, (const xmlChar *)"class");
    xmlChar *cb = xmlGetProp(b, (const xmlChar *)"class");
    size_t la = ca ? strcspn((const char *)ca, " \t\n") : 0;
    size_t lb = cb ? strcspn((const char *)cb, " \t\n") : 0;
    int same = la == lb && (!la || !memcmp(ca, cb, la));
    xmlFree(ca);
    xmlFree(cb);
    return same;
}

/* Whether a is an <article> that holds best in sections of best's kind
 * only, one in the other (left open, they nest): the article's text, split
 * in them, is a's. */
static int sectioned(const xmlNode *best, const xmlNode *a)
{
    if (!bt_xhtml_is(a, "article") || !bt_xhtml_is(best, "section"))
        return 0;
    for (const xmlNode *k = best->parent; k != a; k = k->parent)
        if (!same_kind(k, best))
            return 0;
    return 1;
}

/* An article in many sections of one kind (a list of products, a page of
 * modules) wins with one of them: the ancestor whose children of that kind
 * hold as much text again, after cleaning and outside links, is taken.
 * Page builders wrap each module's text in many layers: looked for this
 * far up. */
#define WIDEN_LEVELS 8
static size_t outside_links(const xmlNode *n)
{
    return bt_stats_of(n)->text - bt_stats_of(n)->link;
}

/* Whether k, beside c, is a section of c's kind that counts with it. */
static int alike(const xmlNode *k, const xmlNode *c, int flags)
{
    return k != c && k->type == XML_ELEMENT_NODE && bt_stats_of(k) && same_kind(k, c) &&
           !bt_html_skipped(k) && bt_stats_link_density(k) < 0.25 &&
           !(flags & BT_CLEAN_UNLIKELY && bt_stats_of(k)->unlikely);
}

/* Letters outside links a block between two parts of a split body has at
 * most: an ad's label. */
#define SPLIT_GAP 40
/* Letters of text the other parts of a split body have at least. */
#define SPLIT_PART 100

/* The block of n, or in it, of core's very class, when it holds nine
 * tenths of n's text outside links: a part of a body split in blocks of
 * one class, little else around it (a forum's answer, its author's card
 * and comments around its text, is no part). */
static int split_part(const xmlNode *n, const xmlChar *cls)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, bt_html_skipped(k))) {
        if (k->type != XML_ELEMENT_NODE || !bt_stats_of(k))
            continue;
        xmlChar *kc = xmlGetProp(k, (const xmlChar *)"class");
        int same = kc && !xmlStrcmp(kc, cls);
        xmlFree(kc);
        if (same)
            return outside_links(k) * 10 >= outside_links(n) * 9;
    }
    return 0;
}

/* Letters the parts beside c of a body split in blocks of core's class
 * keep: Conde Nast's "body__inner-container" in one grid row each, ads
 * between them.  Only an ad's label may stand between the parts; a part
 * that opens a story of its own (an h1) is the next story's. */
static size_t split_parts(const xmlNode *c, const xmlNode *core, int flags)
{
    size_t letters = 0;
    /* (a newsletter's table blocks are its sections, one story each) */
    xmlChar *cls = bt_xhtml_is(core, "div") || bt_xhtml_is(core, "section")
                       ? xmlGetProp(core, (const xmlChar *)"class")
                       : NULL;
    for (int forward = 0; cls && forward < 2; forward++)
        for (const xmlNode *k = forward ? c->next : c->prev; k; k = forward ? k->next : k->prev) {
            if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k) || !bt_stats_of(k))
                continue;
            if (alike(k, c, flags) && split_part(k, cls) && !bt_xhtml_find(k, "h1"))
                letters += bt_html_clean_count((xmlNode *)k, flags);
            else if (outside_links(k) >= SPLIT_GAP)
                break;
        }
    xmlFree(cls);
    return letters;
}

static xmlNode *widen(xmlNode *best, xmlNode *body, int flags)
{
    size_t kept = bt_html_clean_count(best, flags);
    const xmlNode *core = best;
    xmlNode *c = best;
    for (int level = 0;
         c->parent && c->parent != body && bt_stats_of(c->parent) && level < WIDEN_LEVELS;
         c = c->parent, level++) {
        /* (a cleaning count walks a whole subtree, and each level holds the
         * one below: one is taken only where the text outside links, the most
         * it can keep, could tip the choice) */
        xmlNode *a = c->parent;
        size_t most = 0, kin = 0;
        for (xmlNode *k = a->children; k; k = k->next)
            most += alike(k, c, flags) ? outside_links(k) : 0;
        for (xmlNode *k = a->children; k && most >= kept && most >= BT_HTML_ENOUGH; k = k->next)
            kin += alike(k, c, flags) ? bt_html_clean_count(k, flags) : 0;
        int kin_win = kin >= kept && kin >= BT_HTML_ENOUGH;
        /* or the ancestor adds twice the text, in paragraphs, not in links */
        size_t more = kin_win || outside_links(a) >= kept * 3 || sectioned(best, a)
                          ? bt_html_clean_count(a, flags)
                          : 0;
        size_t pmore = bt_stats_of(a)->ptext - bt_stats_of(best)->ptext;
        int grows = (more >= kept * 3 || (more > kept && sectioned(best, a))) &&
                    pmore * 10 >= (more - kept) * 6 && bt_stats_link_density(a) < 0.25 &&
                    !(flags & BT_CLEAN_UNLIKELY && bt_stats_of(a)->unlikely);
        if (kin_win || grows) {
            best = a;
            kept = more;
        } else if (level && split_parts(c, core, flags) >= SPLIT_PART) {
            best = a;
            kept = bt_html_clean_count(a, flags);
        }
    }
    return best;
}

/* A page that scrolls on to the next stories holds them after its own,
 * each in a block of one kind that opens with its headline: the page's
 * story is the first, whichever is longest.  The best candidate then moves
 * to the block that scores best in the first (not widened: the stories
 * after it are blocks of its kind). */
static xmlNode *first_story(xmlNode *best, xmlNode *body)
{
    int up = BT_HTML_NEAR;
    for (xmlNode *c = best; c->parent && c != body && c->parent != body && up--; c = c->parent) {
        if (!bt_html_opens_with_h1(c))
            continue;
        xmlNode *first = NULL;
        for (xmlNode *k = c->parent->children; k != c && !first; k = k->next)
            if (k->type == XML_ELEMENT_NODE && !bt_html_skipped(k) && bt_stats_of(k) &&
                bt_stats_of(k)->ptext >= BT_HTML_ENOUGH && same_kind(k, c) &&
                bt_html_opens_with_h1(k))
                first = k;
        if (!first)
            continue;
        xmlNode *top = NULL;
        for (xmlNode *k = first; k; k = bt_xhtml_next(k, first, bt_html_skipped(k)))
            if (k->type == XML_ELEMENT_NODE && bt_stats_of(k) && bt_stats_of(k)->scored &&
                (!top || final_score(k) > final_score(top)))
                top = k;
        return top ? top : best;
    }
    return best;
}

#define MAX_PARTS BT_HTML_MAX_PARTS

typedef struct {
    xmlNode *node[MAX_PARTS];
    size_t n;
    size_t kept; /* letters left after cleaning */
    int flags, pass;
    xmlNode *best;
} attempt;

static void run_pass(xmlNode *body, bt_page_stats *pg, int pass, attempt *a)
{
    for (size_t i = 0; i < pg->n; i++)
        pg->s[i].score = 0, pg->s[i].scored = 0;
    a->flags = passes[pass];
    a->pass = pass + 1;
    a->n = 0;
    a->kept = 0;
    score_paragraphs(body, a->flags);
    a->best = best_candidate(body, a->flags);
    if (!a->best)
        return;
    /* (widened, it may be a wrapper's only child again) */
    a->best = first_story(only_child_up(widen(a->best, body, a->flags), body), body);
    a->n = with_siblings(a->best, a->flags, a->node, MAX_PARTS);
    a->kept = bt_html_clean_parts(a->node, &a->n, a->flags);
    if (!a->n)
        a->best = NULL;
}

/* The page's text outside links and outside blocks named as chrome
 * (comments, sidebars), side boxes and cards of other articles: what an
 * article is measured against. */
static size_t likely_text(xmlNode *body)
{
    const bt_stats *s = bt_stats_of(body);
    size_t text = s->text - s->link;
    for (xmlNode *n = body->children; n;) {
        int out = n->type == XML_ELEMENT_NODE && bt_stats_of(n) &&
                  (bt_stats_of(n)->unlikely || side_named(n) || bt_html_teaser_card(n));
        if (out)
            text -= bt_stats_of(n)->text - bt_stats_of(n)->link;
        n = bt_xhtml_next(n, body, out || bt_html_skipped(n));
    }
    return text;
}

/* Elements that only group blocks: a region, never a block of its own. */
static int container(const xmlNode *n)
{
    static const char *const tags[] = {"div", "section", "article", "main", "form", "center", NULL};
    for (const char *const *t = tags; *t; t++)
        if (bt_xhtml_is(n, *t))
            return 1;
    return 0;
}

/* The smallest element holding most of the page's text that is not links:
 * go down while one child holds 60% of it. */
static xmlNode *largest_region(xmlNode *body, bt_page_stats *pg)
{
    /* what cleaning takes from each element, children before parents: the
     * stats lie in document order */
    for (size_t i = pg->n; i-- > 1;) {
        bt_stats *s = &pg->s[i];
        bt_stats *p = s->node->parent ? bt_stats_of(s->node->parent) : NULL;
        if (p)
            p->chrome += bt_html_is_chrome(s->node, 0) ? s->text - s->link : s->chrome;
    }
    xmlNode *n = body;
    for (;;) {
        const bt_stats *s = bt_stats_of(n);
        size_t own = s->text - s->link - s->chrome;
        xmlNode *down = NULL;
        for (xmlNode *k = n->children; k && !down; k = k->next) {
            const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
            if (ks && !bt_html_skipped(k) && !bt_html_is_chrome(k, 0) &&
                (ks->text - ks->link - ks->chrome) * 10 >= own * 6)
                down = k;
        }
        if (!down || !container(down))
            return n;
        n = down;
    }
}

/* "div#id.class", for --report. */
static void describe(const xmlNode *n, char *out, size_t cap)
{
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    xmlChar *cls = xmlGetProp(n, (const xmlChar *)"class");
    snprintf(out, cap, "%s%s%s%s%s", (const char *)n->name, id ? "#" : "", id ? (char *)id : "",
             cls ? "." : "", cls ? (char *)cls : "");
    for (char *p = out; *p; p++)
        if (*p == ' ' || *p == '\n' || *p == '\t')
            *p = '.';
    xmlFree(id);
    xmlFree(cls);
}

/* Gather the parts into one new element in the page, where the first was. */
static xmlNode *gather_parts(xmlNode **part, size_t n, bt_page_stats *pg)
{
    if (n == 1)
        return part[0];
    xmlNode *div = xmlNewDocNode(part[0]->doc, NULL, (const xmlChar *)"div", NULL);
    if (!div)
        return part[0];
    xmlAddPrevSibling(part[0], div);
    /* (counted as it now stands, cleaning needs not count the page again;
     * each part, in a new place, is judged again there) */
    int counted = bt_stats_adopt(pg, div);
    for (size_t i = 0; i < n; i++) {
        xmlNode *from = part[i]->parent;
        xmlUnlinkNode(part[i]);
        /* (two parts set inline side by side, a headline's <span> and a
         * date's on the lines of a table's cell, stay lines of their own) */
        int glued = !bt_html_is_block(part[i]) && ((i > 0 && !bt_html_is_block(part[i - 1])) ||
                                                   (i + 1 < n && !bt_html_is_block(part[i + 1])));
        xmlNode *line = glued ? xmlNewDocNode(div->doc, NULL, (const xmlChar *)"p", NULL) : NULL;
        if (line) {
            xmlAddChild(div, line);
            xmlAddChild(line, part[i]);
        } else {
            xmlAddChild(div, part[i]);
        }
        if (counted) {
            bt_stats_recount_up(from);
            bt_stats_recount_up(part[i]);
        }
    }
    return div;
}

int bt_html_choose(xmlDoc *html, int whole_page, bt_html_choice *c)
{
    memset(c, 0, sizeof(*c));
    size_t elements;
    xmlNode *body = bt_html_prepare(html, &elements);
    if (!body)
        return 0;
    bt_page_stats pg;
    if (!bt_stats_gather(&pg, body, elements))
        return 0;
    const bt_stats *page = bt_stats_of(body);
    size_t visible = page->text;
    if (!visible && !page->images) {
        bt_stats_scatter(&pg, body);
        return 0;
    }
    c->article = body;
    if (whole_page) {
        snprintf(c->container, sizeof(c->container), "whole page (asked)");
        bt_stats_scatter(&pg, body);
        return 1;
    }
    size_t reading = likely_text(body);
    size_t enough = reading / 2 < BT_HTML_ENOUGH ? reading / 2 : BT_HTML_ENOUGH;
    attempt best = {0}, a;
    for (int p = 0; p < (int)(sizeof(passes) / sizeof(passes[0])); p++) {
        run_pass(body, &pg, p, &a);
        if (a.best && a.kept > best.kept)
            best = a;
        if (best.kept >= enough && best.kept)
            break;
    }
    /* (short of enough, a story of a few paragraphs is still better than the
     * whole page around it, or than a region elsewhere: a column of
     * teasers, a footer's legal text) */
    xmlNode *region = best.best && best.kept < enough ? largest_region(body, &pg) : NULL;
    int short_story =
        region && best.kept >= BT_STORY_SHORT && (region == body || !inside(best.best, region));
    if (best.best && best.kept && (best.kept >= enough || short_story)) {
        describe(best.best, c->container, sizeof(c->container));
        c->pass = best.pass;
        c->flags = best.flags;
        size_t n = bt_html_own_parts(best.node, best.n, MAX_PARTS);
        c->article = gather_parts(best.node, n, &pg);
        c->gathered = c->article != best.node[0];
    } else {
        region = region ? region : largest_region(body, &pg);
        c->fallback = region == body ? "the whole page" : "the largest text region";
        describe(region, c->container, sizeof(c->container));
        c->article = region;
        /* a short story's region still has its headline, lead and byline
         * above it, in the same place as a longer one's */
        xmlNode *part[MAX_PARTS] = {region};
        size_t n = region != body ? bt_html_own_parts(part, 1, MAX_PARTS) : 1;
        c->article = gather_parts(part, n, &pg);
        c->gathered = c->article != region;
    }
    /* cleaning the article asks the verdicts the choice made again: the
     * stats stay, with them, until bt_html_choice_free */
    c->stats = malloc(sizeof(pg));
    if (c->stats) {
        *c->stats = pg;
        for (c->stats_top = body;
             c->stats_top->parent && c->stats_top->parent->type == XML_ELEMENT_NODE;)
            c->stats_top = c->stats_top->parent;
    } else {
        bt_stats_scatter(&pg, body);
    }
    return 1;
}

void bt_html_choice_free(bt_html_choice *c)
{
    /* (from the top: cleaning may have moved notes out of the body) */
    if (c->stats)
        bt_stats_scatter(c->stats, c->stats_top);
    free(c->stats);
    c->stats = NULL;
}
