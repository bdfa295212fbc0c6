/* The article's own parts outside the block that holds its body: many CMSs
 * put the headline, the lead (sapo), the hero figure and the dateline in a
 * header above the body container, and the byline after it.  They are taken
 * when they sit between the visible headline and the body, in the same
 * region of the page, and hold little text. */
#include <string.h>
#include <strings.h>

#include <libxml/xpath.h>

#include "html.h"
#include "unicode.h"
#include "xhtml.h"
#include "xhtml_read.h"

/* How far back the headline is looked for, in nodes, and how much text may
 * lie between it and the body (letters) before it is someone else's. */
#define BT_PARTS_LOOKBACK 400
#define BT_PARTS_MAX_TEXT 1500
/* A lead has at least this many words; fewer is a kicker or a dateline. */
#define BT_PARTS_LEAD_WORDS 12
/* A subline a class names has at least this many words to be the lead. */
#define BT_PARTS_SUBLINE_WORDS 5
/* ... or this many letters, in a script written without spaces. */
#define BT_PARTS_UNSPACED_LETTERS 14
/* A lead so written has this many letters at least, and ends a sentence. */
#define BT_PARTS_UNSPACED_LEAD_LETTERS 40
/* A caption between parts has fewer words than this. */
#define BT_PARTS_CAPTION_WORDS 60

static const char *const byline_classes[] = {"author",      "byline", "tac-gia", "tacgia",
                                             "author_mail", "source", "credit",  "nguontin",
                                             "nguon-tin",   NULL};
/* A byline has at most these letters (a name, an agency, a date). */
#define BT_PARTS_BYLINE_TEXT 100

static int is_chrome_element(const xmlNode *n)
{
    return bt_xhtml_is(n, "nav") || bt_xhtml_is(n, "aside") || bt_xhtml_is(n, "footer");
}

static int is_chrome(const xmlNode *n)
{
    return is_chrome_element(n) || (bt_stats_of(n) && bt_stats_of(n)->unlikely);
}

static const char *const menus[] = {"menu",     "nav",    "navigation", "navbar",
                                    "sidebar",  "footer", "related",    "comment",
                                    "comments", "widget", NULL};

/* Whether n lies in chrome that does not also hold the body (some CMSs name
 * their main column "sidebar-1"). */
static int under_chrome(const xmlNode *n, const xmlNode *body_part)
{
    for (int up = BT_HTML_NEAR; n && n->type == XML_ELEMENT_NODE && up--; n = n->parent) {
        const xmlNode *a = body_part;
        for (int k = BT_HTML_NEAR; a && a != n && k--;)
            a = a->parent;
        if (a)
            return 0;
        if (is_chrome_element(n) || bt_xhtml_class_has(n, menus, 1))
            return 1;
    }
    return 0;
}

/* Whether n lies in a nav, an aside or a footer inside first (a breadcrumb
 * in the <article> ends on the page's SEO title, not the headline: the
 * Spiegel's "nav[data-area=breadcrumb]"); names are not asked, as page
 * builders name the headline's own box a widget. */
static int in_chrome_element(const xmlNode *n, const xmlNode *first)
{
    for (; n && n != first && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (is_chrome_element(n))
            return 1;
    return 0;
}

/* Letters of text a block may hold before an h1 that is its headline (a
 * kicker, a breadcrumb, a date); an h1 further down is a section's own (a
 * "read also" box's, a chapter's), and the headline is still above. */
#define BT_PARTS_BEFORE_H1 200
/* Letters of text a block may hold before a line that says the page's
 * title, its headline: more than before an h1, as a release's header of
 * its agency, embargo and contact lines stands above it. */
#define BT_PARTS_BEFORE_TITLE 400

/* The heading of level 1 to deepest that opens n, as above; NULL if none. */
static xmlNode *opening_heading(const xmlNode *n, int deepest)
{
    size_t text = 0;
    for (const xmlNode *k = n; k && text <= BT_PARTS_BEFORE_H1;
         k = bt_xhtml_next(k, n, bt_html_skipped(k))) {
        int level = bt_html_heading_level(k);
        if (level && level <= deepest)
            return (xmlNode *)k;
        for (const xmlChar *c = k->type == XML_TEXT_NODE ? k->content : NULL; c && *c; c++)
            text += !strchr(" \t\r\n", *c);
    }
    return NULL;
}

int bt_html_opens_with_h1(const xmlNode *n) { return opening_heading(n, 1) != NULL; }

/* The node before n in document order: the last descendant of the
 * previous sibling, else the parent. */
static xmlNode *node_before(xmlNode *n)
{
    if (!n->prev)
        return n->parent;
    n = n->prev;
    while (n->type == XML_ELEMENT_NODE && n->last && !bt_html_skipped(n))
        n = n->last;
    return n;
}

int bt_html_in_link(const xmlNode *n)
{
    for (int up = 0; n && n->type == XML_ELEMENT_NODE && up < 4; n = n->parent, up++)
        if (bt_xhtml_is(n, "a"))
            return 1;
    return 0;
}

/* Titles read from the page's head, at most. */
#define BT_PARTS_TITLES 3
/* Letters a headline known by its text has at most. */
#define BT_PARTS_HEADLINE_TEXT 300

int bt_html_says_page_title(const xmlNode *n)
{
    char *titles[BT_PARTS_TITLES];
    size_t nt = n->doc ? bt_html_head_titles(n->doc, titles, BT_PARTS_TITLES, 1) : 0;
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, 2 * BT_PARTS_HEADLINE_TEXT);
    int yes = nt && t.data && bt_html_says_title(t.data, titles, nt);
    bt_buf_free(&t);
    for (size_t i = 0; i < nt; i++)
        free(titles[i]);
    return yes;
}

static int says_subline(const xmlNode *n);
static size_t gather_own_parts(xmlNode **part, size_t n, size_t cap);
static int lead_heading(const xmlNode *k, size_t words);
static xmlNode *shown_element(xmlNode *n, int first);

/* Box n's heading of the highest level, the first of them, when n is
 * no heading and holds one; else n: a box a title class names holds the
 * headline with its kicker, its subline and its byline (OhmyNews's
 * "div.newstitle > h2.article_tit + h3.tit_subtit"), which are parts of
 * their own. */
static xmlNode *top_heading(xmlNode *n)
{
    xmlNode *top = NULL;
    int level = 7;
    if (bt_html_heading_level(n))
        return n;
    for (xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0)) {
        int l = k->type == XML_ELEMENT_NODE && !bt_html_skipped(k) ? bt_html_heading_level(k) : 0;
        if (l && l < level && bt_stats_of(k) && bt_stats_of(k)->text)
            top = k, level = l;
    }
    return top ? top : n;
}

/* Whether n's text is a short line closed by a colon, a label's. */
static int label_line(const xmlNode *n)
{
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, BT_PARTS_BYLINE_TEXT * 2 + 1);
    size_t len = t.data ? bt_html_trimmed(t.data, t.len) : 0;
    int label = len && len <= BT_PARTS_BYLINE_TEXT * 2 && t.data[len - 1] == ':';
    bt_buf_free(&t);
    return label;
}

/* Levels up from a block and siblings before it at each that are looked at
 * for the headline above it in one box. */
#define BT_PARTS_BOX_LEVELS 2
#define BT_PARTS_BOX_SIBLINGS 4

/* Words a label named after a headline has at most ("Social Sharing"). */
#define BT_PARTS_LABEL_WORDS 2

/* Whether n's class names it an element of a block as BEM does
 * ("post__title__date"), or n says a label's few words, and an h1 no logo
 * comes before it in the box around it: n is then another part of the
 * headline's block, whose parts BEM names after it ("story-title__meta"
 * after "h1.story-title__headline"), or a box's label so named (CBC's
 * share bar's "sclt-shareHeadline"). */
static int bem_part_after_h1(const xmlNode *n)
{
    xmlChar *copy;
    const xmlChar *c = bt_xhtml_attr_value(n, "class", &copy);
    int bem = (c && strstr((const char *)c, "__")) ||
              bt_xhtml_words(n, BT_PARTS_LABEL_WORDS + 1) <= BT_PARTS_LABEL_WORDS;
    xmlFree(copy);
    for (int up = 0; bem && n && up < BT_PARTS_BOX_LEVELS; up++, n = n->parent) {
        int siblings = BT_PARTS_BOX_SIBLINGS;
        for (const xmlNode *s = n->prev; s && siblings; s = s->prev) {
            if (s->type != XML_ELEMENT_NODE || bt_html_skipped(s))
                continue;
            siblings--;
            const xmlNode *h1 = bt_xhtml_is(s, "h1") ? s : bt_xhtml_find(s, "h1");
            if (h1 && !bt_html_logo(h1))
                return 1;
        }
    }
    return 0;
}

/* A subline's name that a section's headline may have too; and one a
 * sub-heading in the body has too, a subline only right after the
 * headline: MIT's "p.subhead", the Santa Fe New Mexican's
 * "div.ArticleSubhead", GateHouse's "div.storysubheadline" and CanWest's
 * "div.storydeck" beside their "div.storyheadline" (the AP's
 * "h2.RichTextBody-subhead" heads a section). */
static const char *const sub_title[] = {"sub-title", "subhead", "storysubheadline", "storydeck",
                                        NULL};

/* Whether n lies in a video player's box, a few wrappers up: a title there
 * is the clip's, over its poster (Hearst's "span.video-player--headline"
 * between the headline's block and the body). */
static int in_player(const xmlNode *n)
{
    for (int up = 0; n && up <= BT_HTML_WRAPPERS; up++, n = n->parent)
        if (n->type == XML_ELEMENT_NODE && bt_html_player_box(n))
            return 1;
    return 0;
}

/* Words a label over a list has at most. */
#define BT_PARTS_LIST_LABEL_WORDS 4

/* Whether n is a label of a few words over the list after it (Bloomberg's
 * "div.in-this-article__title" saying "In this article" over its tickers);
 * a headline over its row of metadata set as a list is longer. */
static int list_label(const xmlNode *n)
{
    const xmlNode *next = xmlNextElementSibling((xmlNode *)n);
    return (bt_xhtml_is(next, "ul") || bt_xhtml_is(next, "ol")) &&
           bt_xhtml_words(n, BT_PARTS_LIST_LABEL_WORDS + 1) <= BT_PARTS_LIST_LABEL_WORDS;
}

/* The visible headline before first: the nearest h1, or block a CMS names
 * as its headline, that is not a logo.  A block named a title is none when
 * it lies inside a link (another page's: "back to blog" set as a title, a
 * card's headline) or is written as a paragraph (an excerpt, a date line): a
 * hero's every block may be named after it ("post-title-hero_2-text").  An h1
 * that says the page's title is the headline even in a column named a
 * sidebar. */
static xmlNode *headline_before(xmlNode *first)
{
    int budget = BT_PARTS_LOOKBACK;
    for (xmlNode *n = first; n && budget-- > 0;) {
        n = node_before(n);
        if (!n || bt_xhtml_is(n, "body"))
            return NULL;
        int h1 = bt_xhtml_is(n, "h1");
        /* (a block a generic title class names is the headline when it, or
         * its first link, says the page's title, whatever it is written as:
         * old Reddit's "p.title" of a link to the post and the post's domain,
         * under the sidebar's "h1" over its list of moderators) */
        const xmlNode *link = NULL;
        if (!h1 && bt_stats_of(n) && bt_stats_of(n)->text && !bt_stats_of(n)->images &&
            bt_html_title_named(n) && !under_chrome(n, first) &&
            (bt_html_says_page_title(n) ||
             ((link = bt_xhtml_find(n, "a")) && bt_html_says_page_title(link))))
            return n;
        /* (a title's subline is named after the title too: "h2.news_ttl_sub",
         * Sun Media's "h2.ArticleSubHead > span#lblSubHeadline"; so is a
         * label over a box, closed by a colon: the Daily Mail's
         * "h3.social-headline" saying "Share or comment on this article:") */
        if (!(h1 || (bt_html_title_marked(n) && !says_subline(n) &&
                     !bt_xhtml_class_has(n, sub_title, 1) &&
                     !bt_xhtml_class_has(n, bt_html_subline_classes, 1) && !label_line(n))) ||
            !bt_stats_of(n) || (under_chrome(n, first) && !(h1 && bt_html_says_page_title(n))) ||
            (!h1 && (bt_html_in_link(n) || bt_stats_of(n)->ptext || bem_part_after_h1(n) ||
                     in_player(n) || list_label(n))))
            continue;
        /* (a short h1 all a link is a logo, but for one to the page itself:
         * a headline linked to its story) */
        const bt_stats *s = bt_stats_of(n);
        const xmlNode *a = s->link ? bt_xhtml_find(n, "a") : NULL;
        /* (a box a title class names that is mostly links elsewhere is the
         * headline's tools: BLOX's share bar "div.share-container
         * headline-right") */
        if (!h1 && !s->heading && s->link * 2 > s->text && !(a && bt_html_links_here(a)))
            continue;
        if (s->text < 8 ||
            (s->link * 2 > s->text && s->text < 40 && !(a && bt_html_links_here(a))) || s->images ||
            bt_html_logo(n))
            return NULL; /* a logo */
        return h1 ? n : top_heading(n);
    }
    return NULL;
}

/* Words a headline a generic title class names has at least and at most
 * ("<div class=title>" over the body). */
#define BT_PARTS_NAMED_LEAST 4
#define BT_PARTS_NAMED_MOST 30

/* With no headline found, the block before first that says the page's
 * title as its head gives it (a headline in a div named nothing: "tt",
 * "lbl-title"), not far above the body; with within, the block opening
 * first that does, a kicker or a date at most before it (the body's block
 * taken with its headline).  A <title> that is only the site's name says
 * the masthead's name: a line a generic title class names on the way to it
 * is the headline then. */
static xmlNode *titled(xmlNode *first, int within)
{
    char *titles[BT_PARTS_TITLES + 1];
    size_t nt = first->doc ? bt_html_head_titles(first->doc, titles, BT_PARTS_TITLES, 1) : 0;
    /* (and with their marks, for a headline the <title> cut short) */
    char *marked[BT_PARTS_TITLES];
    size_t nm = first->doc ? bt_html_head_titles(first->doc, marked, BT_PARTS_TITLES, 0) : 0;
    /* (and the label of the <article> around it) */
    if ((titles[nt] = bt_html_article_label(first, 1)) != NULL)
        nt++;
    static const char *const site_names[] = {"sitename",  "site-name", "site-title",
                                             "sitetitle", "masthead",  NULL};
    xmlNode *found = NULL, *named = NULL;
    int budget = BT_PARTS_LOOKBACK;
    size_t before = 0;
    bt_buf t = BT_BUF_INIT;
    for (xmlNode *n = first;
         nt && n && !found && budget-- > 0 && before <= BT_PARTS_BEFORE_TITLE;) {
        n = within ? bt_xhtml_next(n, first, n != first && bt_html_skipped(n)) : node_before(n);
        if (!n || bt_xhtml_is(n, "body"))
            break;
        for (const xmlChar *c = within && n->type == XML_TEXT_NODE ? n->content : NULL; c && *c;
             c++)
            before += !strchr(" \t\r\n", *c);
        const bt_stats *s = n->type == XML_ELEMENT_NODE ? bt_stats_of(n) : NULL;
        if (!s || !s->text || s->text > BT_PARTS_HEADLINE_TEXT || s->link * 2 > s->text ||
            s->images || bt_html_skipped(n) ||
            (within ? in_chrome_element(n, first) : under_chrome(n, first)))
            continue;
        if (!within && !named && bt_html_title_named(n) && !bt_xhtml_is(n, "p") &&
            !bt_html_in_link(n) &&
            bt_xhtml_words(n, BT_PARTS_NAMED_LEAST) >= BT_PARTS_NAMED_LEAST &&
            bt_xhtml_words(n, BT_PARTS_NAMED_MOST + 1) <= BT_PARTS_NAMED_MOST && !bt_html_logo(n))
            named = n;
        bt_buf_truncate(&t, 0);
        bt_html_text(n, &t, 2 * BT_PARTS_HEADLINE_TEXT);
        if (t.data &&
            (bt_html_says_title(t.data, titles, nt) || bt_html_cut_title(t.data, marked, nm)) &&
            !bt_html_logo(n))
            found = named && bt_xhtml_class_has(n, site_names, 1) ? named : n;
    }
    bt_buf_free(&t);
    for (size_t i = 0; i < nt; i++)
        free(titles[i]);
    for (size_t i = 0; i < nm; i++)
        free(marked[i]);
    return found;
}

/* Letters at most between a post's heading and its body: a date, a byline. */
#define BT_PARTS_POST_GAP 200

/* With no headline, a post's h2 or h3 right above its body with its date
 * line between them, and a byline at most besides (blogs set the site's
 * name in the h1). */
static xmlNode *post_heading_before(xmlNode *first)
{
    if (opening_heading(first, 3))
        return NULL;
    int budget = BT_PARTS_LOOKBACK, dated = 0;
    size_t text = 0;
    for (xmlNode *n = first; n && budget-- > 0 && text <= BT_PARTS_POST_GAP;) {
        n = node_before(n);
        if (!n || bt_xhtml_is(n, "body"))
            return NULL;
        /* (a row of category links is no more than a date) */
        if (n->type == XML_TEXT_NODE && n->content && !bt_html_skipped(n->parent) &&
            !bt_xhtml_is(n->parent, "a")) {
            text += bt_letter_count((const char *)n->content, strlen((const char *)n->content));
            dated |= bt_html_says_date((const char *)n->content);
        }
        if ((!bt_xhtml_is(n, "h2") && !bt_xhtml_is(n, "h3")) || says_subline(n))
            continue;
        const bt_stats *s = bt_stats_of(n);
        return dated && s && s->text >= 8 && !s->images && !under_chrome(n, first) ? n : NULL;
    }
    return NULL;
}

/* Whether n's markup says it is the headline's subline: a class, or
 * schema.org's alternativeHeadline (ANSA's "h2.news-stit"), or the
 * article's description (GameSpot's "p.news-deck.type-subheader
 * [itemprop=description]", "subheader" read as a masthead's word). */
static int says_subline(const xmlNode *n)
{
    return bt_xhtml_class_has(n, bt_html_subline_classes, 0) ||
           bt_xhtml_attr_has_word(n, "itemprop", "alternativeHeadline") ||
           bt_xhtml_attr_has_word(n, "itemprop", "description");
}

/* Whether n's markup names it the headline's subline, "subhead" and
 * "sub-title" too: asked next to the headline only (a story's crossheads
 * are named so). */
static int subline_or_subhead(const xmlNode *n)
{
    return says_subline(n) || bt_xhtml_class_has(n, sub_title, 0);
}

int bt_html_subline_block(const xmlNode *n)
{
    return subline_or_subhead(n) &&
           bt_xhtml_words(n, BT_PARTS_SUBLINE_WORDS) >= BT_PARTS_SUBLINE_WORDS;
}

/* Whether n's markup names it the headline's subline or the lead. */
static int subline_named(const xmlNode *n)
{
    return says_subline(n) || bt_xhtml_class_has(n, bt_xhtml_lead_classes, 0);
}

/* Whether n is so named, or is a list of one item so named
 * ("ul.footer > li.subtitle"). */
static int named_subline(const xmlNode *n)
{
    const xmlNode *item =
        bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol") ? bt_html_only_element(n) : NULL;
    return subline_named(n) || (bt_xhtml_is(item, "li") && subline_named(item));
}

/* Words a heading right under the headline has at least to be its deck. */
#define BT_PARTS_DECK_WORDS 12

int bt_html_headline_deck(const xmlNode *n)
{
    if (!lead_heading(n, BT_PARTS_DECK_WORDS))
        return 0;
    /* (the first in its box, the box's neighbour: Medium's "<div><h1></div>
     * <div><h2 class=pw-subtitle-paragraph><div>byline...") */
    const xmlNode *k = n, *before = bt_html_element_beside(k, 0);
    for (int up = 0; !before && up < BT_HTML_WRAPPERS && k->parent; up++)
        before = bt_html_element_beside(k = k->parent, 0);
    return before && bt_html_heading_level(bt_html_unwrapped(before, BT_HTML_WRAPPERS)) == 1;
}

/* Sublines a list of them holds at most. */
#define BT_PARTS_LISTED_SUBLINES 3

/* Whether item i of a list is a link to another story, mostly. */
static int linked_item(const xmlNode *i)
{
    const bt_stats *s = bt_stats_of(i);
    return s && s->link * 2 > s->text;
}

/* Whether every item of list k is a heading alone ("<li><h2>...</h2>"), a
 * few of them, not all links: the headline's sublines listed, whatever the
 * list's name says (elDiario.es's "ul.footer" under its headline, a link
 * to its analysis as the last item). */
static int listed_sublines(const xmlNode *k)
{
    int items = 0, lines = 0;
    for (const xmlNode *i = bt_xhtml_is(k, "ul") || bt_xhtml_is(k, "ol") ? k->children : NULL; i;
         i = i->next) {
        if (i->type != XML_ELEMENT_NODE)
            continue;
        const xmlNode *one = bt_xhtml_is(i, "li") ? bt_html_only_element(i) : NULL;
        if (!one || bt_html_heading_level(one) < 2 || !bt_stats_of(i))
            return 0;
        items++;
        lines += !linked_item(i);
    }
    return lines && items <= BT_PARTS_LISTED_SUBLINES;
}

/* Whether an element between the headline and the body is the article's. */
static int own_part(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || bt_html_skipped(n) || !bt_stats_of(n))
        return 0;
    /* (a subline or a lead its class names is the article's, whatever
     * chrome word its name or its box's holds too: "sc__header-subtitle") */
    const bt_stats *s = bt_stats_of(n);
    /* (nor is a picture with its caption, whatever its name: RFA's
     * "div#headerimg", "header" read as a masthead's word; nor are
     * sublines listed, whatever the list's name) */
    if (!listed_sublines(n) &&
        (is_chrome_element(n) ||
         (s->unlikely && !named_subline(n) && !bt_html_headline_deck(n) &&
          !bt_xhtml_class_has(n, sub_title, 0) && !(s->images && bt_html_holds_caption(n, 0)))))
        return 0;
    if (!s->text && !s->images)
        return 0;
    /* (a picture under a heading, all a link, is a card of another
     * story: the next article's, a carousel's) */
    return s->images ? !s->heading || s->link < s->text : bt_stats_link_density(n) < 0.5;
}

/* n's class with word (" sapo") after it, for the DOM reader to know it by. */
static void add_class(xmlNode *n, const char *word)
{
    xmlChar *cls = xmlGetProp(n, (const xmlChar *)"class");
    xmlChar *more = xmlStrcat(cls ? cls : xmlStrdup((const xmlChar *)""), (const xmlChar *)word);
    xmlSetProp(n, (const xmlChar *)"class", more);
    xmlFree(more);
}

/* Siblings looked at between two parts for a lead a class names. */
#define BT_PARTS_LEAD_ROWS 3

/* Whether one of the few element siblings after n is a block a class names
 * a lead. */
static int lead_named_after(const xmlNode *n)
{
    int rows = BT_PARTS_LEAD_ROWS;
    for (const xmlNode *k = xmlNextElementSibling((xmlNode *)n); k && rows--;
         k = xmlNextElementSibling((xmlNode *)k))
        if (bt_html_is_block(k) && bt_xhtml_class_has(k, bt_xhtml_lead_classes, 0))
            return 1;
    return 0;
}

static xmlNode *dated_row(xmlNode *x);

/* Whether n's text, a row's length at most (its start, read so far),
 * says a date, in words words at least. */
static int says_date(const xmlNode *n, size_t words)
{
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, 2 * BT_PARTS_BYLINE_TEXT);
    int dated = t.data && bt_html_says_date(t.data) && bt_word_count(t.data) >= words;
    bt_buf_free(&t);
    return dated;
}

/* Words with a letter a date's row has at most besides its numbers
 * ("10 May 2024 - 11:23 AM - 0 - 1247": its comments and views told by
 * icons), in a row's length of bytes. */
#define BT_PARTS_DATE_ROW_WORDS 3
#define BT_PARTS_DATE_ROW_TEXT 80

/* Whether n is a row of the date and numbers, no sentence of a lead. */
static int date_row(const xmlNode *n)
{
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, 2 * BT_PARTS_BYLINE_TEXT);
    int row = t.data && t.len < BT_PARTS_DATE_ROW_TEXT && bt_html_says_date(t.data);
    size_t words = 0;
    for (const char *p = t.data; row && *p;) {
        /* (a no-break space parts words too) */
        while (*p == ' ' || !strncmp(p, "\xC2\xA0", 2))
            p += *p == ' ' ? 1 : 2;
        int letter = 0;
        for (; *p && *p != ' ' && strncmp(p, "\xC2\xA0", 2); p++)
            letter |= (unsigned char)*p >= 0x80 || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z');
        words += letter;
    }
    bt_buf_free(&t);
    return row && words <= BT_PARTS_DATE_ROW_WORDS;
}

/* Inline elements a row of metadata sets side by side at least. */
#define BT_PARTS_ROW_ITEMS 3

/* Whether n is a row of inline items (the author's, the date's, the
 * section's, a count of comments), no text between them but separators,
 * and no sentence it closes: "<div><span>Autor: ...</span><span>Vineri, 19
 * Iulie 2024</span><span>Actualitate</span><a>Comentarii (31)</a></div>". */
static int inline_row(const xmlNode *n)
{
    int items = 0;
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE && k->content) {
            if (bt_utf8_has_alnum((const char *)k->content, strlen((const char *)k->content)))
                return 0;
        } else if (k->type == XML_ELEMENT_NODE && !bt_html_skipped(k)) {
            if (bt_html_is_block(k))
                return 0;
            items++;
        }
    }
    return items >= BT_PARTS_ROW_ITEMS && !bt_html_closes_sentence(n);
}

/* Whether most of n's text is in an element a byline's class names, no
 * sentence of a lead: "<div><span class=author>Authored by <a>...</a></span>
 * | <span>The Site</span></div>", its date taken out to the header. */
static int byline_mostly(const xmlNode *n)
{
    size_t named = 0;
    for (const xmlNode *k = n->children; k;) {
        int byline = k->type == XML_ELEMENT_NODE && bt_stats_of(k) &&
                     bt_xhtml_class_has(k, bt_xhtml_byline_classes, 0);
        named += byline ? bt_stats_of(k)->text : 0;
        k = bt_xhtml_next(k, n, byline);
    }
    return bt_stats_of(n) && named * 2 >= bt_stats_of(n)->text && !bt_html_closes_sentence(n);
}

/* Words the second half of a lead in two blocks has at most. */
#define BT_PARTS_LEAD_HALF_WORDS 60

static const xmlNode *element_after(const xmlNode *n)
{
    const xmlNode *k = n->next;
    while (k && (k->type != XML_ELEMENT_NODE || bt_html_skipped(k)))
        k = k->next;
    return k;
}

/* Whether two elements are of one tag and one class that names a lead or
 * a heading's (a dek in two h2s), or of no class in a box that names a
 * lead or the headline's subline (JoongAng's two h2s in
 * "div.ab_sub_headingline"). */
static int alike_blocks(const xmlNode *a, const xmlNode *b)
{
    if (!b || xmlStrcmp(a->name, b->name))
        return 0;
    xmlChar *ca = xmlGetProp(a, (const xmlChar *)"class");
    xmlChar *cb = xmlGetProp(b, (const xmlChar *)"class");
    int same =
        ca && cb
            ? !xmlStrcmp(ca, cb) &&
                  (bt_xhtml_class_has(a, bt_xhtml_lead_classes, 0) || bt_html_heading_level(a) >= 2)
            : !ca && !cb && (subline_named(a->parent) || subline_named(bt_html_wrapped(a->parent)));
    xmlFree(ca);
    xmlFree(cb);
    return same;
}

/* Block second's content moves to the end of p after a break: one block
 * of their lines. */
static void join_lines(xmlNode *p, xmlNode *second)
{
    xmlAddChild(p, xmlNewDocNode(p->doc, NULL, (const xmlChar *)"br", NULL));
    while (second->children) {
        xmlNode *k = second->children;
        xmlUnlinkNode(k);
        xmlAddChild(p, k);
    }
    /* (emptied, not freed: the parts and the stats may still hold it) */
    bt_stats_of(second)->skipped = 1;
}

/* A lead in two blocks alike, one after the other and no third (VietNamNet's
 * "div.content-detail-sapo" of two paragraphs, Faro de Vigo's two
 * "h2.ft-subtitle"): the second joins the first after a break, one lead. */
static void lead_halves(xmlNode *p)
{
    xmlNode *second = (xmlNode *)element_after(p);
    const bt_stats *s = second ? bt_stats_of(second) : NULL;
    if (!s || !s->text || s->images || s->link * 2 > s->text || !alike_blocks(p, second) ||
        alike_blocks(p, element_after(second)) ||
        bt_xhtml_words(second, BT_PARTS_LEAD_HALF_WORDS + 1) > BT_PARTS_LEAD_HALF_WORDS)
        return;
    join_lines(p, second);
}

/* "Words" a text written without spaces has at most (clauses, or marks set
 * apart: Caixin's "[ ... ]" around its subline), and letters each has at
 * least on average. */
#define BT_PARTS_UNSPACED_WORDS 3
#define BT_PARTS_UNSPACED_WORD_LETTERS 10

/* Whether p's text is written without spaces between its words. */
static int unspaced(const xmlNode *p)
{
    size_t words = bt_xhtml_words(p, BT_PARTS_UNSPACED_WORDS + 1);
    return words <= BT_PARTS_UNSPACED_WORDS &&
           bt_stats_of(p)->text >= words * BT_PARTS_UNSPACED_WORD_LETTERS;
}

/* Whether k, right after the headline, is a heading over the byline's row:
 * a section's heading heads prose, the headline's deck is over its byline
 * and date (the Daily Star's "h2.h5" over "div.author-name"). */
static int deck_over_byline(xmlNode *k)
{
    /* (not one its name calls metadata: scinexx's "h2.meta-category") */
    const xmlNode *next =
        bt_html_heading_level(k) >= 2 && !bt_html_metadata_named(k) ? shown_element(k, 0) : NULL;
    return next && (bt_html_byline_named(next, bt_xhtml_byline_classes) ||
                    bt_html_byline_named(next, bt_html_date_classes));
}

/* The lead as a CMS marks it up: a heading or a paragraph of sentences
 * right after the headline; given the class the DOM reader knows as a lead. */
static void mark_lead(xmlNode **part, size_t n)
{
    /* (a block its class names a lead is the lead, the rows before it the
     * date's and the tools': "div.ngay-dang" over "div.tom-tat") */
    size_t from = 1;
    for (size_t i = 1; i < n && from == 1; i++)
        if (bt_xhtml_class_has(part[i], bt_xhtml_lead_classes, 0) && bt_stats_of(part[i]) &&
            !bt_stats_of(part[i])->images &&
            bt_xhtml_words(part[i], BT_PARTS_LEAD_WORDS) >= BT_PARTS_LEAD_WORDS)
            from = i;
    for (size_t i = 1; i < n; i++) {
        xmlNode *p = part[i];
        const bt_stats *s = bt_stats_of(p);
        /* (nor is a box of a table: iDNES's score over the lead) */
        if (!s || !s->text || s->images || bt_xhtml_is(p, "figure") || bt_xhtml_find(p, "table"))
            continue;
        /* (a shorter one when a class names it the headline's subline) */
        /* ("sub-title" too, here only: a headline may be named so, an h2
         * under a section's h1) */
        /* (named on it, its wrapper, or the span that fills it: BLOX's "<h2
         * class=subhead><span class=tnt-subheadline>") */
        const xmlNode *one = bt_html_unwrapped(p, BT_HTML_WRAPPERS);
        const xmlNode *span = bt_html_only_element(one ? one : p);
        size_t least = subline_named(p) || (one && subline_named(one)) ||
                               (bt_xhtml_class_has(p, bt_html_subline_classes, 1) &&
                                !bt_html_metadata_named(p)) ||
                               (span && says_subline(span)) || deck_over_byline(p) ||
                               bt_xhtml_class_has(p, sub_title, 0) ||
                               (one && bt_xhtml_class_has(one, sub_title, 0))
                           ? BT_PARTS_SUBLINE_WORDS
                           : BT_PARTS_LEAD_WORDS;
        /* (a subline in a script written without spaces has few words and
         * many letters: "新築の供給減で中古に需要が流入、..."; so has a
         * lead, its sentences closed: ITmedia's "div#cmsAbstract > h2"; so
         * has the headline's deck, a heading right under it: People's
         * Daily's "h1 + h4.sub") */
        int subline = least == BT_PARTS_SUBLINE_WORDS ||
                      (i == 1 && bt_html_heading_level(p) >= 2 && !s->link);
        if (bt_xhtml_words(p, least) < least &&
            !(s->text >= (subline ? BT_PARTS_UNSPACED_LETTERS : BT_PARTS_UNSPACED_LEAD_LETTERS) &&
              unspaced(p) && (subline || bt_html_closes_sentence(p))))
            continue;
        /* down through wrappers to the block that says it; in a box of
         * several (a kicker, the headline's copy, the lead, the byline), its
         * paragraph of the lead's words when it has one */
        int several = 0, listed = listed_sublines(p);
        /* (sublines listed are the lead's lines, one paragraph with a break
         * between them, but for links to other stories; the list is no
         * list, nor chrome by its name) */
        if (listed) {
            xmlNode *first = NULL;
            for (xmlNode *k = p->children; k; k = k->next) {
                xmlNode *line = bt_xhtml_is(k, "li") ? (xmlNode *)bt_html_only_element(k) : NULL;
                if (!line)
                    continue;
                if (linked_item(k)) {
                    /* (cleaning's verdict: the link goes) */
                    memset(bt_stats_of(k)->verdict, 1, sizeof(bt_stats_of(k)->verdict));
                    continue;
                }
                bt_html_rename(k, "div");
                xmlUnsetProp(k, (const xmlChar *)"class");
                if (!first) {
                    first = line;
                    bt_html_rename(first, "p");
                    continue;
                }
                join_lines(first, line);
            }
            bt_html_rename(p, "div");
            xmlUnsetProp(p, (const xmlChar *)"class");
            p = first;
        }
        while (!listed && bt_stats_of(p) && bt_stats_of(p)->own == 0) {
            xmlNode *only = NULL, *para = NULL, *text = NULL, *heading = NULL, *named = NULL;
            int elements = 0, named_ones = 0;
            for (xmlNode *k = p->children; k; k = k->next)
                if (k->type == XML_ELEMENT_NODE && !bt_html_skipped(k)) {
                    elements++, only = k;
                    int enough = bt_xhtml_words(k, least) >= least;
                    /* (or, with no such paragraph, the one block named
                     * the subline, a subline's words (several are its
                     * lines, listed): Drupal's
                     * "div.field-name-field-subhead" over the byline's row
                     * in the article's header) */
                    if (bt_html_subline_block(k) && !named_ones++)
                        named = k;
                    /* (a list's definition as one: Kommersant's deck, a
                     * "dd" under a term for screen readers) */
                    if (!para && (bt_xhtml_is(k, "p") || bt_xhtml_is(k, "dd")) && enough)
                        para = k;
                    /* (or, with no such paragraph, its div of text that
                     * ends a sentence, no dated row, then its heading of
                     * the lead's words: Spiegel's "RichText" under the
                     * headline, the Verge's dek beside the review's score) */
                    if (!text && bt_html_text_div(k) && enough && bt_html_closes_sentence(k))
                        text = k;
                    if (!heading && bt_html_heading_level(k) >= 2 && enough)
                        heading = k;
                }
            if (!para)
                para = named && named_ones == 1 ? named : text ? text : heading;
            if (elements > 1 && para)
                p = para;
            several = elements > 1 && !para;
            if (elements != 1 || !bt_html_is_block(only))
                break;
            p = only;
        }
        /* (a box of short rows, none a lead's length, before a lead its
         * class names is the date's and the share buttons' row: "Chủ nhật,
         * 03/11/2024 20:05 V-League" over "p.sapo_detail") */
        if (several && lead_named_after(part[i]))
            continue;
        /* (nor a row of the date and numbers; nor is a row, no paragraph,
         * that holds the date's <time>: "Par
         * Élise Lenaerts via La Première <time>Publié le ...</time>"; nor a
         * box of such rows that says a date: "Curated by ... | Updated: 29
         * Aug 2024, 7:05 am" over "Follow on Google News") */
        if ((!bt_xhtml_is(p, "p") && bt_xhtml_find(p, "time")) || date_row(p))
            continue;
        /* (its dated row stays, as the byline it is: "Posted on July 14th,
         * 2012 by Ruth Ellery" over the post's categories) */
        if (!bt_xhtml_is(p, "p") && several && says_date(p, 0)) {
            for (xmlNode *k = p->children; k && !dated_row(k); k = k->next)
                ;
            continue;
        }
        if (i < from || (!bt_xhtml_is(p, "p") && inline_row(p) && says_date(p, 0)) ||
            byline_mostly(p))
            continue;
        lead_halves(p);
        if (bt_html_heading_level(p) >= 2)
            bt_html_rename(p, "p");
        /* (a list of one item around it is no list, and its name is no
         * chrome's: "ul.footer > li.subtitle" in the headline's header;
         * nor is it as that item, its text its own: a paragraph in a box,
         * Hankyoreh's "div.subtitle > ul > li") */
        int own = bt_xhtml_is(p, "li") && !xmlFirstElementChild(p);
        xmlNode *li = own ? p : p->parent, *list = li ? li->parent : NULL;
        if (bt_xhtml_is(li, "li") && (own || bt_html_only_element(li) == p) &&
            (bt_xhtml_is(list, "ul") || bt_xhtml_is(list, "ol")) &&
            bt_html_only_element(list) == li) {
            bt_html_rename(list, "div");
            bt_html_rename(li, own ? "p" : "div");
            xmlNode *boxes[] = {list, li};
            for (size_t b = 0; b < (own ? 1u : 2u); b++) {
                xmlUnsetProp(boxes[b], (const xmlChar *)"class");
                if (bt_stats_of(boxes[b]))
                    bt_stats_of(boxes[b])->unlikely = 0;
            }
        }
        /* (nor is a definition list around it, named as the header's:
         * Kommersant's "dl.doc_header__intro > dd") */
        if (bt_xhtml_is(p, "dd") && bt_xhtml_is(p->parent, "dl")) {
            bt_html_rename(p->parent, "div");
            bt_html_rename(p, "p");
            xmlUnsetProp(p->parent, (const xmlChar *)"class");
            if (bt_stats_of(p->parent))
                bt_stats_of(p->parent)->unlikely = 0;
        }
        add_class(p, " sapo bantin-lead");
        /* (cleaning's verdicts on the blocks around it, kept from the
         * choice, are asked again: a header holding the lead stays; and
         * the part's boxes down to it are no chrome by their names: the
         * City of Melbourne's "div.page-banner__intro" is no banner ad) */
        int in_part = 1;
        for (xmlNode *up = p; up && bt_stats_of(up); up = up->parent) {
            memset(bt_stats_of(up)->verdict, -1, sizeof(bt_stats_of(up)->verdict));
            if (in_part)
                bt_stats_of(up)->unlikely = 0;
            in_part &= up != part[i];
        }
        return;
    }
}

/* The byline k with the source named right after it in its row ("<span
 * class=author>Hà My</span>, <span class=source>Theo Thanh Niên</span>"):
 * the source and the punctuation between them move into k. */
static xmlNode *with_source(xmlNode *k)
{
    static const char *const sources[] = {"source", "nguon", "nguontin", "nguon-tin", NULL};
    xmlNode *src = k->next;
    while (src && src->type == XML_TEXT_NODE && src->content &&
           strspn((const char *)src->content, " ,-|/\n") == strlen((const char *)src->content))
        src = src->next;
    const bt_stats *s = src && src->type == XML_ELEMENT_NODE ? bt_stats_of(src) : NULL;
    if (!s || !s->text || s->text > BT_PARTS_BYLINE_TEXT || s->images ||
        !bt_xhtml_class_has(src, sources, 0))
        return k;
    for (xmlNode *m = k->next, *next; m; m = next) {
        next = m->next;
        int last = m == src;
        xmlUnlinkNode(m);
        xmlAddChild(k, m); /* (a text node may merge into the one before it) */
        if (last)
            break;
    }
    bt_stats_recount_up(k);
    return k;
}

/* Whether most of block n's text is one link to an author's page (the
 * name; a place or a label beside it): "<div class=a_md_a><a
 * href=/autor/lucia-martin/>Lucía Martín</a><span>Madrid</span></div>". */

static int author_linked(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    const xmlNode *a = NULL;
    for (const xmlNode *k = n->children; k && !a; k = bt_xhtml_next(k, n, bt_html_skipped(k)))
        if (bt_xhtml_is(k, "a"))
            a = k;
    return a && s && bt_stats_of(a) && bt_stats_of(a)->text * 2 >= s->text &&
           s->link == bt_stats_of(a)->text && bt_html_author_page(a);
}

/* Whether the markup says block n names the article's author, whatever its
 * class (hashed by React builds): an <address>, itemprop="author", a block
 * that is mostly a link to the author's page.  (An inline one, a link
 * rel="author", is a line's name: "Posted by <a>".) */
static int author_marked(const xmlNode *n)
{
    return bt_html_is_block(n) && !bt_xhtml_is(n, "ul") && !bt_xhtml_is(n, "ol") &&
           (bt_xhtml_is(n, "address") || bt_xhtml_attr_has_word(n, "itemprop", "author") ||
            author_linked(n));
}

/* Whether n says only a byline's label, the name after it in an element of
 * its own ("Article by", "Posted on", "Autor:"). */
static int label_only(const xmlNode *n)
{
    static const char *const ends[] = {"by", "von",  "par", "por", "przez", "bởi",
                                       "di", "door", "af",  "av",  "on",    NULL};
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, 2 * BT_PARTS_BYLINE_TEXT);
    size_t len = t.data ? bt_html_trimmed(t.data, t.len) : 0;
    size_t start = len;
    while (start && !strchr(" \t\r\n", t.data[start - 1]))
        start--;
    int label = len && t.data[len - 1] == ':';
    for (const char *const *e = ends; *e && !label && len > start; e++)
        label = strlen(*e) == len - start && !strncasecmp(t.data + start, *e, len - start);
    bt_buf_free(&t);
    return label;
}

/* The byline in a row of the article's metadata between the headline and
 * the body that links too much to be taken whole (the author's page, share
 * buttons) or is cleaned away as metadata: a short block marked as one, by
 * its class or as the author's. */
static xmlNode *byline_in(xmlNode *x)
{
    /* (by its name only, a row near the headline may be chrome:
     * "headline__footer") */
    if (x->type != XML_ELEMENT_NODE || bt_html_skipped(x) || bt_xhtml_is(x, "nav") ||
        bt_xhtml_is(x, "aside") || bt_xhtml_is(x, "footer"))
        return NULL;
    /* (named by its class first: the name inside an author's <ul itemprop>;
     * of those, one linking to the author's page: "<span
     * class=meta-prep-author>Posted on</span>" is a label) */
    xmlNode *named = NULL;
    for (int by_class = 1; by_class >= 0; by_class--) {
        int budget = 64;
        /* (a picture's credit, "<span class=author>", is the picture's) */
        for (xmlNode *k = x; k && budget-- > 0;
             k = bt_xhtml_next(k, x, bt_html_skipped(k) || bt_xhtml_is(k, "figure"))) {
            const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
            if (!s || !s->text || s->text > BT_PARTS_BYLINE_TEXT || s->images ||
                bt_xhtml_is(k, "figure"))
                continue;
            if (by_class && bt_xhtml_class_has(k, bt_xhtml_byline_classes, 0) && !label_only(k)) {
                if (s->link)
                    return with_source(k);
                named = named ? named : k;
            }
            if (!by_class && author_marked(k)) {
                add_class(k, " byline"); /* (the reader knows a byline so) */
                return k;
            }
        }
        if (named)
            return with_source(named);
    }
    return NULL;
}

/* Letters a byline's label has at most ("By", "Autor:", "Escrito por"). */
#define BT_PARTS_LABEL 12

/* The next element shown after n among its siblings, or its first child's
 * when first. */
static xmlNode *shown_element(xmlNode *n, int first)
{
    for (n = first ? n->children : n->next; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && !bt_html_skipped(n) && bt_stats_of(n) &&
            bt_stats_of(n)->text)
            return n;
    return NULL;
}

/* A byline's label set apart from the name after it, each a block ("<div>By
 * </div><div><p><a>Sofia Kondrat</a></p></div>"): the two are made one
 * line, the name's blocks runs of it. */
static void label_with_name(xmlNode *byline)
{
    xmlNode *label = shown_element(byline, 1), *name = label ? shown_element(label, 0) : NULL;
    if (!name || bt_stats_of(label)->text > BT_PARTS_LABEL || !label_only(label) ||
        (!bt_html_is_block(label) && !bt_html_is_block(name)))
        return;
    xmlNode *space = xmlNewDocText(byline->doc, (const xmlChar *)" ");
    if (space)
        xmlAddNextSibling(label, space);
    if (bt_html_is_block(label))
        bt_html_rename(label, "span");
    for (xmlNode *d = name; d; d = bt_xhtml_next(d, name, bt_html_skipped(d)))
        if (d->type == XML_ELEMENT_NODE && bt_html_is_block(d) && !bt_html_skipped(d)) {
            bt_html_rename(d, "span");
            /* (a line of its own was apart from the next) */
            if (d != name && d->next && (space = xmlNewDocText(d->doc, (const xmlChar *)" ")))
                xmlAddNextSibling(d, space);
        }
}

/* A byline's linked names each in a block of its own, words between them
 * ("<div class=author><a>Tomas Guerrero</a></div><span>and</span><div
 * class=author>..."): the blocks are runs of one line. */
static void names_in_one_line(xmlNode *byline)
{
    /* (a list of the authors is read as one) */
    if (bt_xhtml_is(byline, "ul") || bt_xhtml_is(byline, "ol"))
        return;
    int linked = 0;
    for (xmlNode *k = byline->children; k; k = k->next) {
        const bt_stats *s =
            k->type == XML_ELEMENT_NODE && !bt_html_skipped(k) ? bt_stats_of(k) : NULL;
        if (!s || !bt_html_is_block(k))
            continue;
        /* (each block a linked name, one link and nothing else: not a row
         * of the byline and the date, a separator set apart, nor a share
         * bar beside the name) */
        int links = 0;
        for (const xmlNode *d = k; d && links < 2; d = bt_xhtml_next(d, k, 0))
            links += bt_xhtml_is(d, "a");
        if (s->images || s->blocks || !s->link || s->link != s->text || links != 1 ||
            is_chrome_element(k))
            return;
        linked++;
    }
    if (linked < 2)
        return;
    for (xmlNode *k = byline->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && bt_html_is_block(k) && !bt_html_skipped(k)) {
            bt_html_rename(k, "span");
            xmlNode *space = xmlNewDocText(k->doc, (const xmlChar *)" ");
            if (space)
                xmlAddNextSibling(k, space);
        }
}

/* Taken alone, an inline byline is a block of its own, and a byline set as
 * a heading ("<h2 class=author>by R.C. Baker</h2>") or a list's item is
 * neither. */
static xmlNode *as_paragraph(xmlNode *byline)
{
    if (!bt_html_is_block(byline) || bt_html_heading_level(byline) || bt_xhtml_is(byline, "li"))
        bt_html_rename(byline, "p");
    label_with_name(byline);
    names_in_one_line(byline);
    return byline;
}

/* A row of the article's metadata that says the date beside a name, no
 * link but the name's ("30/11/2026 19:45 | Trần Bảo Ngọc"): named a byline, cleaning keeps
 * it, and the reader then takes the date for the dateline and keeps the
 * name.  (A heading that says a year is a kicker.) */
static int names_in(const char *s, size_t len);

/* Whether the one link in x is a person's name, two to five capitalised
 * words ("Von <a>Anna Weber</a> 03.03.2026"): the author's page, no
 * category's ("<a>Politik</a> | 03.03.2026"). */
static int linked_name(xmlNode *x)
{
    int links = 0, name = 1;
    bt_buf t = BT_BUF_INIT;
    for (xmlNode *k = x; k && name;
         k = bt_xhtml_next(k, x, bt_html_skipped(k) || bt_xhtml_is(k, "a"))) {
        if (!bt_xhtml_is(k, "a") || bt_html_skipped(k) || !bt_stats_of(k) || !bt_stats_of(k)->text)
            continue;
        bt_buf_truncate(&t, 0);
        bt_html_text(k, &t, 2 * BT_PARTS_BYLINE_TEXT);
        size_t len = t.data ? t.len : 0;
        while (len && t.data[len - 1] == ' ')
            len--;
        size_t lead = t.data ? strspn(t.data, " ") : 0;
        int words = len > lead ? names_in(t.data + lead, len - lead) : 0;
        name = words >= 2 && words <= 5;
        links++;
    }
    bt_buf_free(&t);
    return name && links == 1;
}

static xmlNode *dated_row(xmlNode *x)
{
    const bt_stats *s = x->type == XML_ELEMENT_NODE && !bt_html_skipped(x) ? bt_stats_of(x) : NULL;
    /* (a year in a headline its class names makes no row of a date:
     * "p.storytitle Board Adopts 2008 Budget") */
    if (!s || !s->text || s->text > BT_PARTS_BYLINE_TEXT || s->images ||
        (s->link && !linked_name(x)) || !bt_html_is_block(x) || is_chrome(x) ||
        bt_html_heading_level(x) || subline_named(x) || bt_html_title_marked(x))
        return NULL;
    if (!says_date(x, 3))
        return NULL;
    add_class(x, " byline");
    /* (cleaning's verdicts on x, kept from the choice, are asked again) */
    memset(bt_stats_of(x)->verdict, -1, sizeof(s->verdict));
    return x;
}

/* The byline in x, a row of metadata near the headline that cleaning
 * would take away whole (with kept_too, whatever the first pass's verdict
 * on it: a later pass may take it), named so that it stays; NULL when
 * none.  Or x itself when it says a date beside a name (dated_row): with
 * dated 1 when x is chrome, with 2 whatever it is, with 0 never. */
static xmlNode *row_byline(xmlNode *x, int dated, int kept_too)
{
    /* (a paragraph is no row: "<span class=author>" in its sentence stays) */
    kept_too = kept_too && !bt_xhtml_is(x, "p") && bt_stats_of(x) &&
               bt_stats_of(x)->text <= 2 * BT_PARTS_BYLINE_TEXT;
    xmlNode *byline = kept_too || !own_part(x) || bt_html_is_chrome(x, 0) ? byline_in(x) : NULL;
    /* a block of its own before the row, which cleaning may take with the
     * rest of it (its date, share links) whatever its name; a name inside
     * a line ("By <span>Jeff Carvalho</span> posted on ...") stays in it */
    if (byline && byline != x && bt_html_is_block(byline)) {
        xmlNode *from = byline->parent;
        xmlUnlinkNode(byline);
        xmlAddPrevSibling(x, byline);
        bt_stats_recount_up(from);
    }
    if (!byline && dated && (dated > 1 || bt_html_is_chrome(x, 0)))
        byline = dated_row(x);
    return byline ? as_paragraph(byline) : NULL;
}

/* A box of links beside the article's parts has at least these letters
 * (a live blog's key events). */
#define BT_PARTS_LINKS_BOX_TEXT 100

/* Whether box x holds a figure, no text of its own, and a box of links
 * that is no part of the article's (a live blog's key events, links to its
 * posts, beside its hero figure and byline). */
static int mixed_box(const xmlNode *x)
{
    const bt_stats *s = bt_stats_of(x);
    if (x->type != XML_ELEMENT_NODE || !s || !s->images || s->own || !own_part(x) ||
        !bt_xhtml_find(x, "figure"))
        return 0;
    for (const xmlNode *k = x->children; k; k = k->next) {
        const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (ks && ks->text >= BT_PARTS_LINKS_BOX_TEXT && !ks->images &&
            bt_stats_link_density(k) >= 0.5 && !own_part(k))
            return 1;
    }
    return 0;
}

static size_t add(xmlNode **list, size_t n, size_t cap, xmlNode *x, size_t *text)
{
    /* (such a box gives its parts one by one: cleaned whole, its picture
     * would go with the links) */
    if (n < cap && mixed_box(x)) {
        for (xmlNode *k = x->children; k; k = k->next)
            n = add(list, n, cap, k, text);
        return n;
    }
    xmlNode *byline = n < cap ? row_byline(x, 1, 0) : NULL;
    if (byline || (n < cap && own_part(x))) {
        /* (a part taken whole, a box of the headline's parts, names the
         * byline in it, which cleaning keeps then: "<div>Von <a
         * href=/autor/...>") */
        if (!byline)
            byline_in(x);
        x = byline ? byline : x;
        list[n++] = x;
        *text += bt_stats_of(x)->text;
    }
    return n;
}

/* The prefix between headline h and first, in document order. */
static size_t between(xmlNode *h, xmlNode *first, xmlNode **list, size_t cap, size_t *text)
{
    /* the lowest common ancestor and the children of it on each side */
    xmlNode *a = NULL, *hc = h, *fc = first;
    int up = BT_HTML_NEAR;
    for (xmlNode *f = first; f && !a && up--; f = f->parent) {
        int k = BT_HTML_NEAR;
        for (xmlNode *x = h; x && k--; x = x->parent)
            if (x == f) {
                a = f;
                break;
            }
    }
    /* none when one holds the other (a headline left open around the text) */
    if (!a || a == h || a == first)
        return 0;
    while (hc->parent != a)
        hc = hc->parent;
    while (fc->parent != a)
        fc = fc->parent;
    size_t n = 0;
    list[n++] = h;
    *text = 0;
    for (xmlNode *x = h; x != hc; x = x->parent)
        for (xmlNode *s = x->next; s; s = s->next)
            n = add(list, n, cap, s, text);
    for (xmlNode *s = hc->next; s && s != fc; s = s->next)
        n = add(list, n, cap, s, text);
    /* down from fc to first: what precedes the path at each level (a
     * byline taken out of its row moves it, and the walk may end past the
     * list it was in) */
    xmlNode *path[BT_HTML_NEAR];
    size_t depth = 0;
    for (xmlNode *x = first; x != fc && depth < BT_HTML_NEAR; x = x->parent)
        path[depth++] = x;
    while (depth--)
        for (xmlNode *s = path[depth]->parent->children; s && s != path[depth]; s = s->next)
            n = add(list, n, cap, s, text);
    return n;
}

/* Rows looked at between two parts side by side for a byline (a row of the
 * author and the date, a share bar). */
#define BT_PARTS_ROWS_BETWEEN 3

/* The byline in the few rows between part a and part b beside it (the lead
 * and the hero picture: "<p class=summary>...<div class=info><span
 * class=writer>di Marco Bianchi</span>...</div><div class=share>...<div
 * class=img>"); NULL when none. */
static xmlNode *byline_between(xmlNode *a, const xmlNode *b)
{
    if (a->parent != b->parent)
        return NULL;
    int rows = BT_PARTS_ROWS_BETWEEN;
    for (xmlNode *k = a->next; k && k != b && rows; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k) || !bt_stats_of(k))
            continue;
        rows--;
        xmlNode *byline = row_byline(k, 0, 0);
        if (byline)
            return byline;
    }
    return NULL;
}

/* Whether a part is a picture without text of its own (a cover above the
 * headline, taken with the body). */
static int picture_only(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s && s->images && !s->ptext && s->text < BT_PARTS_BYLINE_TEXT;
}

/* Whether a part is a cover picture with one short line under it, its
 * caption whatever its box's name (Aeon's hero, a "<p>" in a box of hashed
 * classes, above the headline's box), a short link at most beside it (a
 * card's linked headline is none: Wyborcza's "Zobacz zdjęcia (12)" under
 * "p.desc"). */
static int cover_line(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s && s->images == 1 && s->paras == 1 && !s->heading && s->link * 4 < s->text &&
           bt_xhtml_words(n, BT_PARTS_CAPTION_WORDS) < BT_PARTS_CAPTION_WORDS;
}

/* Whether block k's text is the alt of the picture in pic again (with
 * opens, whether the alt opens it). */
static int alt_again(const xmlNode *pic, const xmlNode *k, int opens)
{
    const xmlNode *img = bt_xhtml_find(pic, "img");
    xmlChar *alt = img ? xmlGetProp(img, (const xmlChar *)"alt") : NULL;
    int same = bt_xhtml_says_alt((const char *)alt, k, opens);
    xmlFree(alt);
    return same;
}

/* The paragraphs' letters of n in its captions and credits. */
static size_t captions_ptext(const xmlNode *n)
{
    size_t text = 0;
    for (const xmlNode *k = n->children; k;) {
        int marked = k->type == XML_ELEMENT_NODE && bt_stats_of(k) &&
                     (bt_html_caption_marked(k) || bt_html_credit_marked(k));
        text += marked ? bt_stats_of(k)->ptext : 0;
        k = bt_xhtml_next(k, n, marked);
    }
    return text;
}

/* Whether k is a picture with its caption, the story's (a figure "named"
 * a header's: ComputerBase's "figure--header" between the headline's
 * header and the body); with paragraphs, its paragraphs may be mostly its
 * caption's (Yahoo News's "p.caption" and "Enlarge Photo" in its
 * "yn-story-related-media"). */
static int captioned_picture(const xmlNode *k, int paragraphs)
{
    const bt_stats *s = bt_stats_of(k);
    return s && s->images && (paragraphs ? s->ptext * 4 <= captions_ptext(k) * 5 : !s->ptext) &&
           s->text <= BT_PARTS_MAX_TEXT && bt_html_holds_caption(k, 0) && own_part(k);
}

/* Items a box of key points lists, at least and at most, and the share
 * of its text its links may be. */
#define BT_PARTS_POINTS_LEAST 2
#define BT_PARTS_POINTS_MOST 8
#define BT_PARTS_POINTS_LINKS 0.3
/* Wrappers of one element each a box of key points and its list may be in. */
#define BT_PARTS_POINTS_WRAPPERS 3

/* Whether k, right under the headline h, is a list of the story's points:
 * a few items, each a line of words in few links (the Daily Mail's bullets
 * between its headline and its byline); an item mostly a link among them
 * is a pointer to another story, which cleaning takes off, and is not
 * weighed ("READ MORE: <a>...</a>" as the last bullet). */
static int points_under(const xmlNode *h, const xmlNode *k)
{
    if (!bt_html_heading_level(h) || !(bt_xhtml_is(k, "ul") || bt_xhtml_is(k, "ol")) ||
        !own_part(k) || !bt_xhtml_lead_points(k))
        return 0;
    size_t items = 0, text = 0, link = 0;
    for (const xmlNode *i = k->children; i; i = i->next) {
        const bt_stats *s = bt_xhtml_is(i, "li") ? bt_stats_of(i) : NULL;
        if (!s || s->link * 2 > s->text)
            continue;
        items++;
        text += s->text;
        link += s->link;
    }
    return items >= BT_PARTS_POINTS_LEAST && items <= BT_PARTS_POINTS_MOST &&
           (double)link < BT_PARTS_POINTS_LINKS * (double)text;
}

/* The lead a class names, or a picture with its caption, in the few rows
 * between two parts side by side (Nation Media's "<section class=summary>"
 * between the headline's header and the body, or between the byline's row
 * and the body when the headline stands alone), taken as a part; or a list
 * of points right under the headline. */
static size_t lead_between(xmlNode **part, size_t n, size_t cap)
{
    for (size_t i = 0; i + 1 < n && n < cap; i++) {
        /* (none after a lead: Dân trí's AI summary under its sapo; a hero
         * named the lead's picture is none, "figure.article-picture--lead") */
        if (part[i]->parent != part[i + 1]->parent ||
            (bt_xhtml_class_has(part[i], bt_xhtml_lead_classes, 0) && bt_stats_of(part[i]) &&
             !bt_stats_of(part[i])->images))
            continue;
        int rows = BT_PARTS_LEAD_ROWS;
        for (xmlNode *k = part[i]->next; k && k != part[i + 1] && rows; k = k->next) {
            if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k) || !bt_stats_of(k))
                continue;
            rows--;
            /* (named so, by class or id (24h's "h2#article_sapo" after the
             * date's and the share buttons' rows), or the one element its
             * wrapper holds: Onet's "div.leadWrapper > div#lead.lead"; or
             * the last of a row's few,
             * after the date: Tuổi Trẻ's e-magazine, "div.detail-top" around
             * the date and "h2.detail-sapo") */
            const xmlNode *one = bt_html_only_element(k);
            xmlNode *last = xmlLastElementChild(k);
            xmlNode *lead = bt_xhtml_class_has(k, bt_xhtml_lead_classes, 1) ||
                                    (one && bt_xhtml_class_has(one, bt_xhtml_lead_classes, 0))
                                ? k
                            : last && xmlChildElementCount(k) <= BT_PARTS_LEAD_ROWS &&
                                    bt_xhtml_class_has(last, bt_xhtml_lead_classes, 0)
                                ? last
                                : NULL;
            if (lead && (!own_part(lead) || bt_stats_of(lead)->text > BT_PARTS_MAX_TEXT ||
                         bt_xhtml_words(lead, BT_PARTS_LEAD_WORDS) < BT_PARTS_LEAD_WORDS))
                lead = NULL;
            if (!lead && !captioned_picture(k, 1) &&
                !(rows == BT_PARTS_LEAD_ROWS - 1 && points_under(part[i], k)))
                continue;
            memmove(part + i + 2, part + i + 1, (n - i - 1) * sizeof(part[0]));
            part[++i] = lead ? lead : k;
            n++;
            break;
        }
    }
    return n;
}

/* What n's wrappers of one element each hold, a few levels down, down to
 * a list at most. */
static const xmlNode *unwrapped(const xmlNode *n)
{
    const xmlNode *only;
    for (int up = 0; n && up < BT_PARTS_POINTS_WRAPPERS && !bt_xhtml_is(n, "ul") &&
                     !bt_xhtml_is(n, "ol") && (only = bt_html_only_element(n));
         up++)
        n = only;
    return n;
}

/* Whether k is a box of key points: a short heading over a list of a few
 * lines of text ("What we're covering", "L'essentiel" above a live page's
 * posts). */
static int key_points(const xmlNode *k)
{
    /* (through the wrappers of one element each a page builder sets
     * around the box and the list: CNBC's "div.RenderKeyPoints-wrapper",
     * "div.RenderKeyPoints-list > div.group > ul") */
    const xmlNode *title = xmlFirstElementChild((xmlNode *)unwrapped(k));
    const xmlNode *list = title ? unwrapped(xmlNextElementSibling((xmlNode *)title)) : NULL;
    if (!list || xmlNextElementSibling((xmlNode *)list) || bt_html_heading_level(title) < 2 ||
        !(bt_xhtml_is(list, "ul") || bt_xhtml_is(list, "ol")) || !own_part(k) ||
        bt_stats_link_density(k) >= BT_PARTS_POINTS_LINKS)
        return 0;
    size_t items = 0;
    for (const xmlNode *i = list->children; i; i = i->next)
        items += bt_xhtml_is(i, "li");
    return items >= BT_PARTS_POINTS_LEAST && items <= BT_PARTS_POINTS_MOST;
}

/* A box of key points among the blocks between two parts side by side is
 * the article's. */
static size_t points_between(xmlNode **part, size_t n, size_t cap)
{
    for (size_t i = 0; i + 1 < n && n < cap; i++) {
        if (part[i]->parent != part[i + 1]->parent)
            continue;
        for (xmlNode *k = part[i]->next; k && k != part[i + 1]; k = k->next)
            if (k->type == XML_ELEMENT_NODE && !bt_html_skipped(k) && bt_stats_of(k) &&
                key_points(k)) {
                memmove(part + i + 2, part + i + 1, (n - i - 1) * sizeof(part[0]));
                part[++i] = k;
                n++;
                break;
            }
    }
    return n;
}

/* The parts between the parts: the byline in the rows between two of them;
 * and the one short block between a picture taken as a part and the next
 * part: marked as a caption, it is the picture's (the hero's, under the
 * headline), whatever scored it too short to be taken; a row of metadata,
 * its byline is the article's (a hero above the row and the body); after
 * a hero alone, a block of sentences is the lead (a table page's row of
 * the sapo between its picture's row and the text's). */
static size_t parts_between(xmlNode **part, size_t n, size_t cap)
{
    for (size_t i = 0; i + 1 < n && n < cap; i++) {
        xmlNode *byline = byline_between(part[i], part[i + 1]);
        if (byline) {
            memmove(part + i + 2, part + i + 1, (n - i - 1) * sizeof(part[0]));
            part[++i] = byline;
            n++;
        }
    }
    for (size_t i = 0; i + 1 < n && n < cap; i++) {
        xmlNode *k = (xmlNode *)bt_html_element_beside(part[i], 1);
        const bt_stats *s = bt_stats_of(part[i]);
        /* (right after a picture alone, a block named its caption is
         * its caption, whatever comes before the next part: Drupal's
         * "field-name-field-news-image-caption" over the share buttons) */
        if (!s || !s->images || !k || k == part[i + 1] || !bt_stats_of(k) ||
            (bt_html_element_beside(k, 1) != part[i + 1] &&
             !(picture_only(part[i]) && bt_html_caption_marked(k))))
            continue;
        xmlNode *byline = NULL;
        if (!own_part(k) || bt_stats_of(k)->images ||
            bt_xhtml_words(k, BT_PARTS_CAPTION_WORDS) >= BT_PARTS_CAPTION_WORDS ||
            !(bt_html_holds_caption(k, 1) || alt_again(part[i], k, 0))) {
            /* (not an author's card: their photo, name and address) */
            xmlNode *pair[2] = {part[i], k};
            if (!bt_stats_of(k)->images && (byline = byline_in(k)))
                as_paragraph(byline);
            else if ((picture_only(part[i]) || captioned_picture(part[i], 0)) && own_part(k) &&
                     !bt_stats_of(k)->images && bt_stats_of(k)->text <= BT_PARTS_MAX_TEXT &&
                     bt_xhtml_words(k, BT_PARTS_LEAD_WORDS) >= BT_PARTS_LEAD_WORDS)
                mark_lead(pair, 2);
            else
                continue;
        }
        memmove(part + i + 2, part + i + 1, (n - i - 1) * sizeof(part[0]));
        part[++i] = byline ? byline : k;
        n++;
    }
    return n;
}

/* Levels above the headline its hero picture is looked for at. */
#define BT_PARTS_HERO_LEVELS 6
/* Words a hero's caption has at least to be told by the alt it repeats (a
 * name under an author's photo has fewer). */
#define BT_PARTS_ALT_CAPTION_WORDS 5
/* Letters of a trail of links (breadcrumbs) passed over above a headline. */
#define BT_PARTS_TRAIL_TEXT 100

/* Whether k is chrome passed over between a hero and its headline: a nav,
 * or a short trail of links ("Giao thông > Cầu đường"); not pictures with
 * their caption, whatever their box's name ("artstyle__header-media"). */
static int trail(const xmlNode *k)
{
    const bt_stats *s = bt_stats_of(k);
    return (is_chrome(k) && !(s->images && !is_chrome_element(k) && bt_html_holds_caption(k, 0))) ||
           (!s->images && s->text < BT_PARTS_TRAIL_TEXT && s->link * 2 > s->text);
}

/* Letters a kicker over the headline has at most. */
#define BT_PARTS_KICKER_TEXT 40

/* Words a kicker named nothing has at most. */
#define BT_PARTS_KICKER_WORDS 3

/* Whether k is a kicker over the headline: a short line a class names so,
 * or a link alone ("<a class=artstyle__label>Stikstof</a>"), or a word or
 * three and no sentence ("div.artstyle__labels > span" saying "Natuur"). */
static int kicker(const xmlNode *k)
{
    const bt_stats *s = bt_stats_of(k);
    return s->text && s->text <= BT_PARTS_KICKER_TEXT && !s->images &&
           (bt_html_kicker_named(k) || s->link == s->text ||
            (bt_xhtml_words(k, BT_PARTS_KICKER_WORDS + 1) <= BT_PARTS_KICKER_WORDS &&
             !bt_html_closes_sentence(k)));
}

/* Whether k is a short row of text that says a date, no picture: the
 * section's name and the date over a headline ("Thời sự Longform
 * 16/03/2024 08:00 GMT+7"), passed over up to the hero above them. */
static int dated_line(const xmlNode *k)
{
    const bt_stats *s = bt_stats_of(k);
    return s->text && s->text < BT_PARTS_TRAIL_TEXT && !s->images && says_date(k, 0);
}

/* The hero picture right before the headline h (a cover above it, in a box
 * of its own, or a photo story's slides): pictures with a marked caption,
 * few words and links, the last thing before the headline's block but a
 * trail of links.  NULL when something else is. */
static xmlNode *hero_before(xmlNode *h, xmlNode **caption)
{
    xmlNode *x = h;
    *caption = NULL;
    for (int up = BT_PARTS_HERO_LEVELS; x && x->type == XML_ELEMENT_NODE && up--; x = x->parent) {
        xmlNode *k = x->prev;
        while (k && (k->type != XML_ELEMENT_NODE || bt_html_skipped(k) || !bt_stats_of(k) ||
                     (!bt_stats_of(k)->text && !bt_stats_of(k)->images) || trail(k) ||
                     (x == h && (kicker(k) || dated_line(k) || bt_xhtml_is(k, "h1")))))
            k = k->prev;
        if (!k)
            continue;
        /* (or a caption so named after the picture's own box: Sahifa's
         * "div.single-post-thumb" and "div.single-post-caption" over the
         * post's box) */
        const xmlNode *pic = xmlPreviousElementSibling(k);
        if (!bt_stats_of(k)->images && bt_xhtml_caption_marked(k) &&
            bt_stats_of(k)->text < BT_PARTS_BYLINE_TEXT * 2 && pic && picture_only(pic)) {
            *caption = k;
            return (xmlNode *)pic;
        }
        /* (whatever its name says: "artstyle__header-media"; its caption one
         * the picture's alt opens, whatever its markup says: a cover's table
         * and its cell in italics; not an author's photo and name) */
        const bt_stats *s = bt_stats_of(k);
        return s->images && !s->heading && (own_part(k) || !is_chrome_element(k)) &&
                       bt_xhtml_words(k, BT_PARTS_CAPTION_WORDS * s->images) <
                           BT_PARTS_CAPTION_WORDS * s->images &&
                       (bt_html_holds_caption(k, 0) ||
                        (s->images == 1 && !s->link &&
                         bt_xhtml_words(k, BT_PARTS_ALT_CAPTION_WORDS) >=
                             BT_PARTS_ALT_CAPTION_WORDS &&
                         alt_again(k, k, 1)))
                   ? k
                   : NULL;
    }
    return NULL;
}

/* Puts the hero picture, and its caption's box when it has one, before the
 * n parts at part (room for two more is there); how many it put. */
static size_t put_hero(xmlNode **part, size_t n, xmlNode *hero, xmlNode *caption)
{
    size_t add = caption ? 2 : 1;
    memmove(part + add, part, n * sizeof(part[0]));
    part[0] = hero;
    if (caption)
        part[1] = caption;
    return add;
}

/* Boxes of chrome (related links, a share bar) passed over between the
 * body and its byline. */
#define BT_PARTS_CHROME_SKIPPED 2

/* Words of the names closing a story, at most ("Bài: Hoàng Lan - Ảnh:
 * Quốc Việt"). */
#define BT_PARTS_NAMES_WORDS 8

/* The words of the names in [s, s+len), each capitalised, the marks
 * between names ("-", "–", "/", "&") and an agency's brackets ("(TTXVN)")
 * aside; 0 when a word is not capitalised. */
static int names_in(const char *s, size_t len)
{
    static const char *const marks[] = {"-", "–", "—", "/", "&", NULL};
    int n = 0;
    for (const char *end = s + len; s < end;) {
        const char *a = s, *b = s;
        while (b < end && *b != ' ')
            b++;
        s = b < end ? b + 1 : b;
        while (a < b && strchr("([", *a))
            a++;
        while (b > a && strchr(")],", b[-1]))
            b--;
        int mark = a == b;
        for (const char *const *m = marks; *m && !mark; m++)
            mark = (size_t)(b - a) == strlen(*m) && !memcmp(a, *m, strlen(*m));
        if (mark)
            continue;
        if (!bt_utf8_capitalized_words(a, (size_t)(b - a)))
            return 0;
        n++;
    }
    return n;
}

/* A block of names closing the story, named by no class: a line of a few
 * capitalised words without a full stop or links, all in bold, all in
 * capitals or set right ("<p><b>Lê Thu</b></p>", "<div>THANH HÀ</div>",
 * "<p align=right>Hải Yến</p>", as Vietnamese papers sign a story; an agency's one word, "UOL", may
 * go with the metadata's author).  Named a byline for cleaning and the reader. */
static int closing_names(xmlNode *x)
{
    const bt_stats *s = bt_stats_of(x);
    if (!s || !s->text || s->text > BT_PARTS_BYLINE_TEXT || s->images || s->link ||
        !bt_html_is_block(x) || is_chrome(x) || bt_html_heading_level(x))
        return 0;
    bt_buf t = BT_BUF_INIT;
    bt_html_text(x, &t, 2 * BT_PARTS_BYLINE_TEXT);
    const char *e = t.data ? t.data + t.len : NULL;
    while (e && e > t.data && e[-1] == ' ')
        e--;
    int words = e ? names_in(t.data, (size_t)(e - t.data)) : 0;
    size_t len = e ? (size_t)(e - t.data) : 0;
    int names = words >= 2 && words <= BT_PARTS_NAMES_WORDS && !strchr(".!?:;", e[-1]) &&
                (bt_html_bold_line(x) || !bt_utf8_has_lower(t.data, len) ||
                 bt_xhtml_aligned(x, 0, "right") ||
                 bt_xhtml_aligned(bt_html_unwrapped(x, BT_HTML_WRAPPERS), 0, "right"));
    bt_buf_free(&t);
    names = names && !bt_html_is_chrome(x, 0);
    if (names)
        add_class(x, " byline");
    return names;
}

/* The byline right after the body, or after a box of chrome or two; or
 * the names closing the body itself, set apart only by their look (set
 * right: the reader knows bold names there itself). */
static size_t byline_after(xmlNode **part, size_t n, size_t cap)
{
    xmlNode *last = NULL;
    for (xmlNode *k = part[n - 1]->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && !bt_html_skipped(k) && bt_stats_of(k) &&
            bt_stats_of(k)->text)
            last = k;
    if (last)
        closing_names(last);
    int chrome = BT_PARTS_CHROME_SKIPPED;
    for (xmlNode *s = part[n - 1]->next; s && n < cap; s = s->next) {
        if (s->type != XML_ELEMENT_NODE || bt_html_skipped(s))
            continue;
        if (bt_html_byline_named(s, byline_classes) || closing_names(s)) {
            part[n++] = s;
            chrome = 0;
        } else if (!chrome-- || !bt_stats_of(s) || !bt_html_is_chrome(s, 0)) {
            break;
        }
    }
    return n;
}

/* Whether n opens with a heading that says it holds questions and answers
 * ("Frequently Asked Questions About ...", "FAQ", "Câu hỏi thường gặp"). */
static int faq_box(const xmlNode *n)
{
    static const char *const heads[] = {"frequently asked questions",
                                        "faq",
                                        "häufig gestellte fragen",
                                        "häufige fragen",
                                        "preguntas frecuentes",
                                        "questions fréquentes",
                                        "foire aux questions",
                                        "domande frequenti",
                                        "perguntas frequentes",
                                        "câu hỏi thường gặp",
                                        NULL};
    const xmlNode *h = n->type == XML_ELEMENT_NODE && bt_stats_of(n) ? opening_heading(n, 4) : NULL;
    return h && h != n && bt_html_opens_with_words(h, heads);
}

/* A box of the article's questions and answers right after its body, at its
 * level or a few above (SEO writing sets them in a section of their own):
 * taken as the article's last part. */
static size_t faq_after(xmlNode **part, size_t n, size_t cap)
{
    int up = BT_HTML_NEAR;
    for (xmlNode *k = part[n - 1]; k && k->type == XML_ELEMENT_NODE && up-- && n < cap;
         k = k->parent) {
        /* (past a box of chrome or two: "Learn more" and a button) */
        int chrome = BT_PARTS_CHROME_SKIPPED;
        for (xmlNode *s = k->next; s; s = s->next) {
            if (s->type != XML_ELEMENT_NODE || bt_html_skipped(s))
                continue;
            if (faq_box(s)) {
                part[n++] = s;
                return n;
            }
            if (!chrome-- || !bt_stats_of(s) || !bt_html_is_chrome(s, 0))
                return n;
        }
    }
    return n;
}

static int contains(const xmlNode *outer, const xmlNode *n)
{
    for (; n; n = n->parent)
        if (n == outer)
            return 1;
    return 0;
}

/* With no headline found, the lead a CMS names so ("sapo", "NewsLead"),
 * not far above the body in the page's order, with no more text between
 * than a headline's parts have. */
static xmlNode *lead_before(xmlNode *first)
{
    int budget = BT_PARTS_LOOKBACK;
    size_t text = 0;
    for (xmlNode *n = first; n && budget-- > 0 && text <= BT_PARTS_MAX_TEXT;) {
        n = node_before(n);
        if (!n || bt_xhtml_is(n, "body"))
            return NULL;
        if (n->type == XML_TEXT_NODE && n->content)
            text += strlen((const char *)n->content);
        if (n->type != XML_ELEMENT_NODE || contains(n, first) || bt_html_skipped(n) ||
            !bt_xhtml_class_has(n, bt_xhtml_lead_classes, 0))
            continue;
        if (under_chrome(n, first) || !own_part(n) ||
            bt_xhtml_words(n, BT_PARTS_LEAD_WORDS) < BT_PARTS_LEAD_WORDS)
            return NULL;
        return n;
    }
    return NULL;
}

/* Blocks of a headline's own header looked at for its lead. */
#define BT_PARTS_HEADER_BLOCKS 8

/* The bylines of the rows from k on, rows of them seen already, up to the
 * text's start; the rows seen, BT_PARTS_HEADER_BLOCKS once the text
 * starts. */
static size_t rows_bylines(xmlNode *k, size_t rows)
{
    for (; k && rows < BT_PARTS_HEADER_BLOCKS; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k) || !bt_stats_of(k))
            continue;
        /* (the text starts, but not at the lead a CMS names, "article-summary":
         * the byline's row may follow it, and the hero picture) */
        if (bt_stats_of(k)->ptext > BT_PARTS_BYLINE_TEXT &&
            !bt_xhtml_class_has(k, bt_xhtml_lead_classes, 1))
            return BT_PARTS_HEADER_BLOCKS;
        rows++;
        row_byline(k, bt_xhtml_class_has(k, bt_html_date_classes, 1) ? 0 : 2, 1);
    }
    return rows;
}

/* Elements looked through after a paragraph for the story's type. */
#define BT_PARTS_TYPE_LOOKAHEAD 200

/* Whether k is a paragraph its inline style sets larger than the next
 * paragraph so set after it, the story's. */
static int larger_type(const xmlNode *k)
{
    int px = k && bt_xhtml_is(k, "p") ? bt_xhtml_font_px(k) : 0;
    int budget = BT_PARTS_TYPE_LOOKAHEAD;
    for (const xmlNode *n = px ? bt_xhtml_next(k, NULL, 1) : NULL; n && budget--;
         n = bt_xhtml_next(n, NULL, 0)) {
        int next = bt_xhtml_is(n, "p") ? bt_xhtml_font_px(n) : 0;
        if (next)
            return px > next;
    }
    return 0;
}

/* Whether n is an article's header: named so, holding little text. */
static int header_box(const xmlNode *n)
{
    static const char *const headers[] = {"header", NULL};
    return n && n->type == XML_ELEMENT_NODE && bt_stats_of(n) &&
           bt_stats_of(n)->text <= BT_PARTS_MAX_TEXT &&
           (bt_xhtml_is(n, "header") || bt_html_attr_matches(n, headers));
}

/* A box of a title's parts holds a few of them at most (a kicker, the
 * headline, its subline, a date). */
#define BT_PARTS_TITLE_BOX_ELEMENTS 4

/* Whether n, the headline's parent, is a div of its title's parts alone. */
static int title_box(const xmlNode *n)
{
    int elements = 0;
    for (const xmlNode *k = n && bt_xhtml_is(n, "div") ? n->children : NULL; k; k = k->next)
        elements += k->type == XML_ELEMENT_NODE;
    return elements && elements <= BT_PARTS_TITLE_BOX_ELEMENTS;
}

/* Whether n, the headline h's parent, is a box of the title's parts that
 * h opens, its siblings the story's (Bangkok Post's "div.article-headline >
 * h1 + p", the byline's and the story's boxes after it): a header's text at
 * most, under half its parent's (a short story's box of a headline and two
 * paragraphs is the story's). */
static int headline_box(const xmlNode *n, const xmlNode *h)
{
    const bt_stats *s = bt_stats_of(n), *up = n ? bt_stats_of(n->parent) : NULL;
    return title_box(n) && xmlFirstElementChild((xmlNode *)n) == h && s && up &&
           s->text <= BT_PARTS_MAX_TEXT && s->text * 2 <= up->text;
}

/* Whether n, or the div its wrappers of one element hold, is a div of
 * text (Apple's "div.article-subhead > div.component-content"). */
static int text_box(const xmlNode *n)
{
    for (int depth = 0; n && depth <= BT_HTML_WRAPPERS; depth++, n = bt_html_only_element(n))
        if (bt_html_text_div(n))
            return 1;
    return 0;
}

/* Words a heading right after the headline has at least to be its lead, as
 * no sub-heading is so long. */
#define BT_PARTS_LEAD_HEADING_WORDS 20

/* Whether k is a heading of a lead's length (words at least) and no link:
 * shown right after the headline, ANSA's "h2.news-stit" under its
 * "div.news-title". */
static int lead_heading(const xmlNode *k, size_t words)
{
    int level = bt_html_heading_level(k);
    return level >= 2 && level <= 4 && bt_stats_of(k) && !bt_stats_of(k)->link &&
           bt_xhtml_words(k, words) >= words;
}

/* A headline the body's block holds, with its parts after it: the rows
 * of metadata up to the first paragraph of the story keep their bylines,
 * as between a headline and the body (a row named as the date is the
 * date's: its byline is one named so); in a header ("<header><h1>...</h1>
 * <p class=subtitle>...</p></header>", each perhaps in a page builder's
 * wrappers) the lead is marked.  A lead the header names is the reader's;
 * a box of several blocks (a place stamp and the lead) is not one; a
 * header holding more text than a headline's parts is the article's box. */
static void headline_parts(xmlNode *h)
{
    if (!bt_stats_of(h) || !bt_stats_of(h)->text)
        return;
    /* (a line of a heading that says the title is that heading's: "<h2>
     * <span>Kicker</span><span>Title</span></h2>") */
    if (!bt_html_is_block(h) && h->parent && bt_html_heading_level(h->parent))
        h = h->parent;
    h = (xmlNode *)bt_html_wrapped(h);
    xmlNode *box = h->parent, *block[BT_PARTS_HEADER_BLOCKS] = {h};
    /* (or its box of title parts in one: La Presse's "header > div.titleModule
     * > h1 + p.titleModule__sub"; or a wrapper in a <header>, whatever it
     * holds: Spiegel's "header > div > h2 + div.RichText", the hero
     * picture after it) */
    int in_header = header_box(box) || (title_box(box) && header_box(box->parent)) ||
                    (bt_xhtml_is(box->parent, "header") && header_box(box->parent)) ||
                    headline_box(box, h);
    /* (the rows after the headline, then those after its header: "<header>
     * <h1>...</header><div>byline, date, share</div><div>body</div>") */
    size_t rows = rows_bylines(h->next, 0);
    if (!in_header) {
        /* (or, on a page set by inline styles alone, as archive.today saves
         * one, the paragraph right after it in a type larger than the
         * story's; or the block right after it its class names the
         * headline's subline or the lead, in a box of more parts than a
         * header's: RebelMouse's "h2.widget__subheadline" beside the byline
         * and the share buttons; or a list of the story's points: the Daily
         * Mail's bullets under an h2 headline in the body's box) */
        xmlNode *k = shown_element(h, 0);
        /* (or the heading so named opening it, the byline's box after it:
         * Medium's "div > h2.pw-subtitle-paragraph + div") */
        xmlNode *opening = k && !named_subline(k) ? xmlFirstElementChild(k) : NULL;
        if (opening && bt_html_heading_level(opening) >= 2 && named_subline(opening))
            k = opening;
        if (larger_type(k) || (k && (named_subline(k) || bt_xhtml_class_has(k, sub_title, 0) ||
                                     lead_heading(k, BT_PARTS_LEAD_HEADING_WORDS) ||
                                     deck_over_byline(k) || points_under(h, k)))) {
            block[1] = k;
            mark_lead(block, 2);
        }
        return;
    }
    rows_bylines(box->next, rows);
    size_t m = 1;
    for (xmlNode *k = h->next; k && m < BT_PARTS_HEADER_BLOCKS; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k))
            continue;
        /* (a block its class names the lead is the reader's to read as one;
         * its two paragraphs alike are one lead: La Croix's
         * "div.article__summary" of two "p.summary__text"; a picture so
         * named is the lead picture, New Scientist's
         * "figure.ArticleImage--Lead" under the lead) */
        for (xmlNode *d = k; d; d = bt_xhtml_next(d, k, 0))
            if (d->type == XML_ELEMENT_NODE && bt_xhtml_class_has(d, bt_xhtml_lead_classes, 0) &&
                bt_stats_of(d) && !bt_stats_of(d)->images) {
                xmlNode *first = xmlFirstElementChild(d);
                if (bt_xhtml_is(first, "p"))
                    lead_halves(first);
                return;
            }
        /* (a paragraph, a heading, or a div of text, in bold or not: "<div
         * class=RichText><strong>...", "<div class=ar-Article_Subtitle>";
         * or sublines listed) */
        const xmlNode *one = bt_html_unwrapped(k, BT_HTML_WRAPPERS);
        if (one ? bt_xhtml_is(one, "p") || bt_html_heading_level(one) >= 2 ||
                      (!bt_html_is_block(one) && bt_html_text_div(k)) || listed_sublines(one)
                : text_box(k))
            block[m++] = k;
    }
    mark_lead(block, m);
    /* (the header's box holding the lead so marked is the article's, however
     * its name and its linked kicker and byline make it look: Harper's
     * "article-header-text" around the h1 and a short subheading; its parts
     * are still cleaned one by one) */
    static const char *const marked[] = {"sapo", NULL};
    for (size_t i = 1; i < m; i++)
        if (bt_xhtml_class_has(block[i], marked, 0) && bt_stats_of(box))
            memset(bt_stats_of(box)->verdict, 0, sizeof(bt_stats_of(box)->verdict));
}

/* Levels a line of a heading lies below it at most. */
#define BT_PARTS_HEADING_LINE_LEVELS 3

/* Whether heading k holds lines only, no block (a page that leaves its
 * heading open holds the story in it). */
static int lines_only(const xmlNode *k)
{
    for (const xmlNode *d = k->children; d; d = bt_xhtml_next(d, k, 0))
        if (d->type == XML_ELEMENT_NODE && bt_html_is_block(d))
            return 0;
    return 1;
}

/* The heading that line h is a line of ("<h2><span>Kicker</span><span><span
 * class=align-middle>Title</span></span></h2>", found by the title it
 * says), when it holds lines only; else h: parts gathered beside a line
 * would land in the heading. */
static xmlNode *whole_heading(xmlNode *h)
{
    xmlNode *k = h ? h->parent : NULL;
    for (int up = BT_PARTS_HEADING_LINE_LEVELS; k && k->type == XML_ELEMENT_NODE && up--;
         k = k->parent) {
        if (bt_html_heading_level(k))
            return lines_only(k) ? k : h;
        if (bt_html_is_block(k))
            break;
    }
    return h;
}

/* Whether an element at or below n, but for only and what it holds, is
 * named a lead, or has class cls: the lead found already, or a series of
 * sub-headings named as the subline is ("h3.sub_title" after
 * "h2.sub_title"). */
static int other_lead(const xmlNode *n, const xmlNode *only, const char *cls)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, k == only)) {
        if (k->type != XML_ELEMENT_NODE || k == only)
            continue;
        if (bt_xhtml_class_has(k, bt_xhtml_lead_classes, 0))
            return 1;
        xmlChar *copy;
        const xmlChar *c = bt_xhtml_attr_value(k, "class", &copy);
        int same = c && !strcmp((const char *)c, cls);
        xmlFree(copy);
        if (same)
            return 1;
    }
    return 0;
}

/* Whether n is the story's <header>, not the site's: no menu in it, few
 * links. */
static int story_header(const xmlNode *n)
{
    return bt_xhtml_is(n, "header") && bt_stats_of(n) && bt_stats_link_density(n) < 0.3 &&
           !bt_xhtml_find((xmlNode *)n, "nav");
}

/* The subline a body opens with, no lead before it and no block named as
 * it after it, is the lead: JoongAng's "div.ab_subtitle > p", Yonhap's
 * "div.tit-sub > h2" as an article's first block, the headline above it
 * outside. */
static void opening_subline(xmlNode **part, size_t n)
{
    size_t body = 0;
    for (size_t i = 1; i < n; i++)
        if (bt_stats_of(part[i]) && bt_stats_of(part[body]) &&
            bt_stats_of(part[i])->text > bt_stats_of(part[body])->text)
            body = i;
    xmlNode *k = bt_stats_of(part[body]) ? shown_element(part[body], 1) : NULL;
    /* (a body that holds the headline's header opens after it, in the
     * header's sibling: "<article><header><h1>...</header><section><div
     * class=ab_sub_heading>") */
    if (k && bt_html_opens_with_h1(k)) {
        xmlNode *after = shown_element(k, 0);
        xmlNode *inner = after && (bt_xhtml_is(after, "section") || bt_xhtml_is(after, "div"))
                             ? shown_element(after, 1)
                             : NULL;
        k = inner ? inner : after;
    }
    /* (down the wrappers the body's text opens in: Hankyoreh's "div.text
     * > div.subtitle" in "div.article-text > div.article-text-font-size";
     * or its header, the headline above the body: Drupal's "header >
     * div.field-name-field-subhead") */
    for (int d = 0; k && !subline_or_subhead(k) && d < BT_HTML_WRAPPERS &&
                    (bt_xhtml_is(k, "div") || bt_xhtml_is(k, "section") || story_header(k));
         d++) {
        xmlNode *f = shown_element(k, 1);
        if (!f)
            break;
        k = f;
    }
    const xmlNode *one = k ? bt_html_unwrapped(k, BT_HTML_WRAPPERS) : NULL;
    const xmlNode *named = !k                               ? NULL
                           : subline_or_subhead(k)          ? k
                           : one && subline_or_subhead(one) ? one
                                                            : NULL;
    xmlChar *copy = NULL;
    const xmlChar *cls = named ? bt_xhtml_attr_value(named, "class", &copy) : NULL;
    int lead = cls && bt_stats_of(k)->text * 2 <= bt_stats_of(part[body])->text;
    for (size_t i = 0; lead && i < n; i++)
        lead = !other_lead(part[i], k, (const char *)cls);
    xmlFree(copy);
    if (lead) {
        xmlNode *block[2] = {part[body], k};
        mark_lead(block, 2);
    }
}

size_t bt_html_own_parts(xmlNode **part, size_t n, size_t cap)
{
    n = gather_own_parts(part, n, cap);
    if (n)
        opening_subline(part, n);
    return n;
}

static size_t gather_own_parts(xmlNode **part, size_t n, size_t cap)
{
    /* taken alone, a span of text among blocks is a block of its own */
    for (size_t i = 0; i < n; i++)
        if (bt_xhtml_is(part[i], "span"))
            bt_html_rename(part[i], "p");
    for (size_t i = 0; i < n; i++) {
        xmlNode *h1 = opening_heading(part[i], 1);
        if (h1) {
            headline_parts(h1);
            /* (and the hero picture above the part, in the article's header:
             * "<header><div class=header-media><figure>...</div><div
             * class=header-content><h1>") */
            xmlNode *caption;
            xmlNode *hero = n + 1 < cap ? hero_before(h1, &caption) : NULL;
            for (size_t j = 0; hero && j < n; j++)
                if (contains(part[j], hero) || contains(hero, part[j]))
                    hero = NULL;
            if (hero)
                n += put_hero(part + i, n - i, hero, caption);
            n = points_between(part, lead_between(part, n, cap), cap);
            return faq_after(part, byline_after(part, n, cap), cap);
        }
    }
    /* (a headline a CMS's class names, taken as the body's sibling with
     * its subline, is looked for as one above the body, the rows between
     * them with it: College Publisher's "div.storyheadline",
     * "div.storysubheadline", the byline's and the date's rows, the
     * picture's table, "div.storytext") */
    size_t over = 0;
    if (n > 1 && bt_html_title_marked(part[0]) && bt_html_says_page_title(part[0]))
        for (over = 1; over + 1 < n &&
                       (named_subline(part[over]) || bt_xhtml_class_has(part[over], sub_title, 0));
             over++)
            ;
    if (over && headline_before(part[over]) == part[0]) {
        memmove(part, part + over, (n - over) * sizeof(part[0]));
        n -= over;
    }
    /* the headline is looked for above the first part of text; the cover
     * pictures before it (with their captions or not) stay first when it
     * lies below them */
    size_t f = 0;
    while (f + 1 < n &&
           (picture_only(part[f]) || cover_line(part[f]) || captioned_picture(part[f], 0)))
        f++;
    xmlNode *h = headline_before(part[f]);
    /* (a headline between the cover pictures and the text, with none
     * above the pictures, stays: the Guardian's AMP page, its picture
     * first, then the h1 and the standfirst) */
    xmlNode *above = f && h && xmlXPathCmpNodes(h, part[0]) > 0 ? headline_before(part[0]) : NULL;
    if (above) {
        h = above;
        f = 0;
    }
    /* (a title in a cover picture's box is its video's, the headline
     * above it: Scripps's "div.VideoPlayer-title" under its h1) */
    for (size_t j = 0; h && j < f; j++)
        if (contains(part[j], h)) {
            h = headline_before(part[0]);
            break;
        }
    /* (or a few lines, no sentence closed, above the headline: a
     * release's contact and date beside its logo, "table.newsReleaseHead"
     * over "h1.newsTitle") */
    const bt_stats *fs = bt_stats_of(part[f]);
    xmlNode *under =
        !h && f + 1 < n && fs && !fs->heading && !bt_html_title_named(part[f]) &&
                !bt_html_closes_sentence(part[f]) &&
                bt_xhtml_words(part[f], BT_PARTS_CAPTION_WORDS) < BT_PARTS_CAPTION_WORDS
            ? headline_before(part[f + 1])
            : NULL;
    if (bt_xhtml_is(under, "h1") && xmlXPathCmpNodes(part[f], under) > 0 &&
        !contains(part[f], under)) {
        h = under;
        f++;
    }
    if (!h)
        h = post_heading_before(part[f]);
    if (!h)
        h = titled(part[f], 0);
    h = whole_heading(h);
    /* (none above the body: the body's block may open with it) */
    xmlNode *inside = h ? NULL : titled(part[0], 1);
    if (inside) {
        headline_parts(inside);
        return faq_after(part, byline_after(part, n, cap), cap);
    }
    xmlNode *pre[BT_HTML_MAX_PARTS];
    size_t text = 0, m = h && cap - n >= 2 ? between(h, part[f], pre, cap - n, &text) : 0;
    xmlNode *caption = NULL;
    xmlNode *hero = m && m + 1 < cap - n && !f ? hero_before(h, &caption) : NULL;
    size_t heroes = hero ? put_hero(pre, m, hero, caption) : 0;
    m += heroes;
    if (m && text <= BT_PARTS_MAX_TEXT) {
        /* (the lead may be the first part itself, a block its class or id
         * names a lead, or its markup the subline or the description
         * (iDNES's "div.opener[itemprop=description]"), before the body,
         * taken with it as Readability takes
         * a div of text: "div.tom-tat" between the date's row and
         * "div.noi-dung", Agora's "div#gazeta_article_lead"; or a paragraph
         * set in a larger type than the story's, on a page of inline
         * styles; or a div of text the page's description opens, cut from
         * it: CafeLand's "div.sevenPostDes") */
        xmlNode *lead[BT_HTML_MAX_PARTS + 1];
        size_t l = m - heroes;
        memcpy(lead, pre + heroes, l * sizeof(lead[0]));
        /* (past the cover pictures under the headline: Wyborcza's
         * "div#gazeta_article_image" over "div#gazeta_article_lead") */
        size_t c = f;
        while (c + 2 < n && (picture_only(part[c]) || cover_line(part[c])))
            c++;
        fs = bt_stats_of(part[c]);
        if (c + 1 < n && fs && !fs->images && fs->text <= BT_PARTS_MAX_TEXT &&
            (bt_xhtml_class_has(part[c], bt_xhtml_lead_classes, 1) || says_subline(part[c]) ||
             bt_xhtml_class_has(part[c], sub_title, 0) || larger_type(part[c]) ||
             bt_html_headline_deck(part[c]) ||
             (!bt_xhtml_is(part[c], "p") && bt_html_says_description(part[c], 1))))
            lead[l++] = part[c];
        mark_lead(lead, l);
        memmove(part + f + m, part + f, (n - f) * sizeof(part[0]));
        memcpy(part + f, pre, m * sizeof(part[0]));
        n += m;
    } else if (n < cap && (pre[0] = lead_before(part[f]))) {
        /* taken alone, an inline lead is a block of its own */
        if (!bt_html_is_block(pre[0]))
            bt_html_rename(pre[0], "p");
        memmove(part + f + 1, part + f, (n - f) * sizeof(part[0]));
        part[f] = pre[0];
        n++;
    }
    n = points_between(part, parts_between(part, lead_between(part, n, cap), cap), cap);
    return faq_after(part, byline_after(part, n, cap), cap);
}
