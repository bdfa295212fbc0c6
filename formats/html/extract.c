/* Article extraction: which element of a page holds the article, and what
 * inside it is page chrome.  The text-density heuristic is in the spirit of
 * Mozilla Readability: paragraphs score their ancestors by their length and
 * commas, class names add or take away, link-heavy blocks lose. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "xhtml.h"

/* What a subtree holds, gathered in one pass after the parse. */
typedef struct {
    size_t text;  /* letters of visible text */
    size_t link;  /* of which inside links */
    size_t ptext; /* of which inside paragraphs */
    size_t commas;
    double score; /* as a candidate for the article */
    int scored;
} stats;

typedef struct {
    stats *s;
    size_t n;
} page;

static stats *st(const xmlNode *n) { return (stats *)n->_private; }

static size_t letters(const xmlChar *p, size_t *commas)
{
    size_t n = 0;
    for (; *p; p++) {
        if ((*p & 0xC0) == 0x80 || *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
            continue;
        n++;
        *commas += *p == ',';
    }
    return n;
}

static int is_para(const xmlNode *n)
{
    return bt_xhtml_is(n, "p") || bt_xhtml_is(n, "pre") || bt_xhtml_is(n, "blockquote");
}

/* Count text bottom-up, once per element, without recursion; the stats hang
 * on each element's _private. */
static int gather(page *pg, xmlNode *root)
{
    size_t count = 0;
    for (xmlNode *n = root; n; n = bt_xhtml_next(n, root, bt_xhtml_skipped(n) && n != root))
        count += n->type == XML_ELEMENT_NODE;
    pg->s = calloc(count ? count : 1, sizeof(stats));
    pg->n = 0;
    if (!pg->s)
        return 0;
    xmlNode *n = root;
    for (;;) {
        int skip = n != root && bt_xhtml_skipped(n);
        if (n->type == XML_ELEMENT_NODE)
            n->_private = &pg->s[pg->n++];
        if (n->type == XML_ELEMENT_NODE && !skip && n->children) {
            n = n->children;
            continue;
        }
        /* leaving n and every ancestor it ends: add each into its parent */
        for (;;) {
            if (n->type == XML_TEXT_NODE && n->parent && n->parent->_private && !skip) {
                stats *p = st(n->parent);
                p->text += letters(n->content, &p->commas);
            } else if (n->type == XML_ELEMENT_NODE && !skip) {
                stats *s = st(n);
                if (bt_xhtml_is(n, "a"))
                    s->link = s->text;
                if (is_para(n))
                    s->ptext = s->text;
                if (n != root) {
                    stats *p = st(n->parent);
                    p->text += s->text;
                    p->link += s->link;
                    p->ptext += s->ptext;
                    p->commas += s->commas;
                }
            }
            skip = 0;
            if (n == root)
                return 1;
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
}

static void scatter(page *pg, xmlNode *root)
{
    for (xmlNode *n = root; n; n = bt_xhtml_next(n, root, bt_xhtml_skipped(n) && n != root))
        if (n->type == XML_ELEMENT_NODE)
            n->_private = NULL;
    free(pg->s);
    pg->s = NULL;
}

static const char *const positive[] = {
    "article", "body", "content", "entry",  "hentry",  "main",    "page",       "post",
    "text",    "blog", "story",   "detail", "noidung", "chitiet", "fck_detail", NULL,
};
static const char *const negative[] = {
    "hidden",   "combx",   "comment",    "comments", "contact",  "foot",    "footer", "footnote",
    "masthead", "media",   "meta",       "outbrain", "promo",    "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor",  "shopping", "tags",    "tool",   "widget",
    "menu",     "nav",     "banner",     "ads",      "advert",   NULL,
};

static double class_weight(const xmlNode *n)
{
    double w = 0;
    if (bt_xhtml_class_has(n, negative, 1))
        w -= 25;
    if (bt_xhtml_class_has(n, positive, 1))
        w += 25;
    return w;
}

static double tag_weight(const xmlNode *n)
{
    static const char *const plus3[] = {"pre", "td", "blockquote", NULL};
    static const char *const minus3[] = {"address", "ol", "ul",   "dl", "dd",
                                         "dt",      "li", "form", NULL};
    if (bt_xhtml_is(n, "div") || bt_xhtml_is(n, "article") || bt_xhtml_is(n, "section"))
        return 5;
    for (const char *const *t = plus3; *t; t++)
        if (bt_xhtml_is(n, *t))
            return 3;
    for (const char *const *t = minus3; *t; t++)
        if (bt_xhtml_is(n, *t))
            return -3;
    if (n->name && (n->name[0] | 0x20) == 'h' && n->name[1] >= '1' && n->name[1] <= '6')
        return -5;
    return 0;
}

static double link_density(const xmlNode *n)
{
    const stats *s = st(n);
    return s->text ? (double)s->link / (double)s->text : 0;
}

static int inside(const xmlNode *n, const xmlNode *ancestor)
{
    for (; n; n = n->parent)
        if (n == ancestor)
            return 1;
    return 0;
}

/* An article in sections splits its score among them: when three of the
 * best candidates share an ancestor, that ancestor is the article; and a
 * parent that scores better than the best is. */
static xmlNode *common_ancestor(xmlNode **top, const double *score, xmlNode *body)
{
    xmlNode *best = top[0];
    int levels = 0;
    for (xmlNode *a = best->parent; a && a != body && levels < 16; a = a->parent, levels++) {
        int n = 0;
        for (int i = 1; i < 5; i++)
            n += top[i] && score[i] >= score[0] * 0.75 && inside(top[i], a);
        if (n >= 2)
            return a;
    }
    double last = score[0];
    for (xmlNode *a = best->parent; a && a != body && st(a); a = a->parent) {
        if (!st(a)->scored)
            continue;
        double s = st(a)->score * (1 - link_density(a));
        if (s < score[0] / 3)
            break;
        if (s > last)
            return a;
        last = s;
    }
    return best;
}

/* Paragraph-like blocks score their ancestors: 1 + commas + length / 100. */
static xmlNode *density(xmlNode *body)
{
    for (xmlNode *n = body; n; n = bt_xhtml_next(n, body, bt_xhtml_skipped(n) && n != body)) {
        if (n->type != XML_ELEMENT_NODE || bt_xhtml_skipped(n))
            continue;
        int para = is_para(n) || bt_xhtml_is(n, "td");
        if (!para && bt_xhtml_is(n, "div")) {
            /* a div holding text directly is a paragraph too */
            para = 1;
            for (xmlNode *k = n->children; k && para; k = k->next)
                if (bt_xhtml_is(k, "p") || bt_xhtml_is(k, "div") || bt_xhtml_is(k, "table") ||
                    bt_xhtml_is(k, "ul") || bt_xhtml_is(k, "article") || bt_xhtml_is(k, "section"))
                    para = 0;
        }
        const stats *s = st(n);
        if (!para || s->text < 25)
            continue;
        double score = 1 + (double)s->commas + (s->text / 100 < 3 ? (double)(s->text / 100) : 3);
        int level = 0;
        for (xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE && level < 5;
             a = a->parent, level++) {
            stats *as = st(a);
            if (!as)
                break;
            if (!as->scored) {
                as->scored = 1;
                as->score = tag_weight(a) + class_weight(a);
            }
            as->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            if (a == body)
                break;
        }
    }
    /* the five best, for a common ancestor below */
    xmlNode *top[5] = {NULL};
    double top_score[5] = {0};
    for (xmlNode *n = body; n; n = bt_xhtml_next(n, body, bt_xhtml_skipped(n) && n != body)) {
        if (n->type != XML_ELEMENT_NODE || !st(n) || !st(n)->scored)
            continue;
        double score = st(n)->score * (1 - link_density(n));
        for (int i = 0; i < 5; i++)
            if (!top[i] || score > top_score[i]) {
                memmove(top + i + 1, top + i, (size_t)(4 - i) * sizeof(top[0]));
                memmove(top_score + i + 1, top_score + i, (size_t)(4 - i) * sizeof(top_score[0]));
                top[i] = n;
                top_score[i] = score;
                break;
            }
    }
    if (!top[0])
        return NULL;
    return common_ancestor(top, top_score, body);
}

/* The siblings of the best block that look like more of the article (an
 * article split over several divs), gathered with it in a new element. */
static xmlNode *with_siblings(xmlNode *best)
{
    xmlNode *parent = best->parent;
    if (!parent || parent->type != XML_ELEMENT_NODE)
        return best;
    double top = st(best)->score * (1 - link_density(best));
    double threshold = top * 0.2 > 10 ? top * 0.2 : 10;
    int more = 0;
    xmlNode *keep[64];
    size_t nkeep = 0;
    for (xmlNode *k = parent->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || !st(k) || bt_xhtml_skipped(k))
            continue;
        int take = k == best;
        const stats *s = st(k);
        if (!take && s->scored && s->score * (1 - link_density(k)) >= threshold)
            take = 1;
        if (!take && bt_xhtml_is(k, "p")) {
            double ld = link_density(k);
            take = (s->text > 80 && ld < 0.25) || (s->text > 0 && ld == 0 && s->commas);
        }
        if (take && nkeep < sizeof(keep) / sizeof(keep[0])) {
            keep[nkeep++] = k;
            more |= k != best;
        }
    }
    if (!more)
        return best;
    xmlNode *div = xmlNewDocNode(best->doc, NULL, (const xmlChar *)"div", NULL);
    if (!div)
        return best;
    xmlAddPrevSibling(keep[0], div);
    for (size_t i = 0; i < nkeep; i++) {
        xmlUnlinkNode(keep[i]);
        xmlAddChild(div, keep[i]);
    }
    return div;
}

static xmlNode *find_body(xmlDoc *html)
{
    xmlNode *root = xmlDocGetRootElement(html);
    for (xmlNode *n = root; n; n = bt_xhtml_next(n, root, 0))
        if (bt_xhtml_is(n, "body"))
            return n;
    return root;
}

static int chrome_class(const xmlNode *n);

/* Whether n or an ancestor is named as page chrome (comments, sidebars). */
static int in_chrome(const xmlNode *n)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (chrome_class(n))
            return 1;
    return 0;
}

xmlNode *bt_html_choose(xmlDoc *html, int whole_page)
{
    xmlNode *body = find_body(html);
    if (!body || whole_page)
        return body;
    page pg;
    if (!gather(&pg, body))
        return body;
    xmlNode *article = NULL, *main = NULL;
    for (xmlNode *n = body; n; n = bt_xhtml_next(n, body, bt_xhtml_skipped(n) && n != body)) {
        if (bt_xhtml_is(n, "article") && (!article || st(n)->ptext > st(article)->ptext))
            article = n;
        else if (!main && bt_xhtml_is(n, "main"))
            main = n;
    }
    xmlNode *semantic = article ? article : main;
    xmlNode *dense = density(body);
    xmlNode *chosen = semantic;
    /* a <article> can be a teaser beside the real text: then the text wins */
    if (dense && (!semantic || st(semantic)->ptext < 200 ||
                  (st(semantic)->ptext * 4 < st(dense)->ptext && !in_chrome(dense))))
        chosen = with_siblings(dense);
    scatter(&pg, body);
    return chosen ? chosen : body;
}

/* ---- cleaning ---- */

static const char *const chrome[] = {
    "breadcrumb", "breadcrumbs", "tags",          "tag-list",  "tag",        "keyword",
    "keywords",   "comment",     "comments",      "share",     "sharing",    "social",
    "related",    "relate",      "tin-lien-quan", "lien-quan", "footer",     "menu",
    "sidebar",    "advert",      "advertisement", "ads",       "banner",     "newsletter",
    "subscribe",  "print",       "toolbar",       "rating",    "navigation", "navbar",
    "pagination", "pager",       "popup",         "modal",     "cookie",     "sponsor",
    "promo",      "recommend",   "more-news",     "tin-khac",  "box-tin",    "relatedposts",
    "sharedaddy", "outbrain",    "taboola",       NULL,
};
/* Small blocks of article metadata: shown by the writers from the metadata. */
static const char *const meta_blocks[] = {
    "meta", "dateline", "date", "time", "category", "info", "posted-on", "published", NULL,
};

static int chrome_class(const xmlNode *n) { return bt_xhtml_class_has(n, chrome, 1); }

static int has_h1(xmlNode *n)
{
    for (xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "h1"))
            return 1;
    return 0;
}

static int chrome_block(xmlNode *n, size_t total)
{
    const stats *s = st(n);
    if (!s)
        return 0;
    /* whatever its name, a block with most of the article's text is the article */
    if (s->ptext * 2 > total && total > 0)
        return 0;
    if (bt_xhtml_is(n, "nav") || bt_xhtml_is(n, "aside") || bt_xhtml_is(n, "footer"))
        return 1;
    if (bt_xhtml_is(n, "header"))
        return !has_h1(n);
    if (bt_xhtml_is(n, "h1") || bt_xhtml_is(n, "h2") || bt_xhtml_is(n, "h3"))
        return 0;
    if (chrome_class(n))
        return 1;
    if (s->text < 120 && s->ptext == 0 && bt_xhtml_class_has(n, meta_blocks, 1))
        return 1;
    /* link lists: related news, menus, tag clouds */
    int list_like = bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol") || bt_xhtml_is(n, "div") ||
                    bt_xhtml_is(n, "section") || bt_xhtml_is(n, "table") || bt_xhtml_is(n, "p");
    double ld = link_density(n);
    if (list_like && s->text && ld > 0.5 && s->ptext < 200)
        return !bt_xhtml_is(n, "p") || ld > 0.8;
    return 0;
}

void bt_html_clean(xmlNode *article)
{
    page pg;
    if (!article || !gather(&pg, article))
        return;
    size_t total = st(article)->ptext;
    xmlNode *n = article->children;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && !bt_xhtml_skipped(n) && chrome_block(n, total)) {
            xmlNode *next = bt_xhtml_next(n, article, 1);
            xmlUnlinkNode(n);
            xmlFreeNode(n);
            n = next;
            continue;
        }
        n = bt_xhtml_next(n, article, bt_xhtml_skipped(n));
    }
    scatter(&pg, article);
}
