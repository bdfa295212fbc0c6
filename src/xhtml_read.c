/* DOM -> document: the element vocabulary of HTML and XHTML.
 *
 * One recursive walk, bounded by BT_MAX_DEPTH (deeper content is flattened
 * into the open block).  Inline content opens a paragraph lazily; the open
 * inline elements (em, strong, a...) are kept on a stack, so that when a
 * block interrupts a paragraph (<a><div>..</div></a>, an image in the
 * middle of text) the next paragraph gets them again. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "limit.h"
#include "unicode.h"
#include "xhtml.h"
#include "xhtml_read.h"

#include <stdlib.h>

typedef struct {
    bt_node_type type; /* EMPH, STRONG, LINK, SUP, SUB, QUOTATION, ..., SPAN */
    const char *href;
    const char *attr; /* LINK title, SPAN language */
    bt_node *node;    /* in the open paragraph; NULL until something goes in it */
} span;

/* A referenced footnote: its element, and the NOTE read from it at the end. */
typedef struct {
    xmlNode *el;
    bt_node *note;
} pending_note;

typedef struct {
    bt_xhtml_reader *r;
    bt_document *doc;
    bt_node *blocks; /* where blocks go */
    bt_node *para;   /* where inlines go: a paragraph, heading, cell, caption */
    int fixed;       /* para is a heading/cell/caption, not opened lazily */
    span stack[BT_MAX_DEPTH];
    int nspan;
    int space;       /* a collapsible space is pending... */
    int space_level; /* ...at this depth of the span stack */
    int flat;        /* > 0: blocks are read as inline runs (headings, cells) */
    int depth;
    bt_role role;
    bt_node *figure;       /* the last figure, while nothing came after it */
    xmlNode *figure_img;   /* its image, if it had one */
    bt_node *provisional;  /* a figure captioned from an attribute, until the page's caption */
    bt_node *uncaptioned;  /* the last figure, for a caption a few blocks below it */
    int blocks_after;      /* blocks read since it */
    const xmlNode *skip;   /* an element read elsewhere (a caption's credit) */
    xmlNode *line_break;   /* the <br> before the line that captions the last image */
    int in_caption;        /* reading a caption: long descriptions wait */
    int in_heading;        /* reading a heading: its words for screen readers go */
    size_t flat_images;    /* images past BT_MAX_DEPTH, left out */
    bt_xhtml_notes *notes; /* NULL when the page has no footnotes */
    pending_note *pending; /* in the order of their first reference */
    size_t npending, cap_pending;
    int in_note;
    size_t missing_notes; /* references whose note is not there, kept as text */
    size_t marks;         /* <mark> highlights, kept as strong emphasis */
    size_t abbr_titles;   /* <abbr title> expansions, which the model has no place for */
    size_t flat_tables;   /* tables read as paragraphs or as runs of words */
    size_t clamped_spans;
    size_t formulas; /* MathML and pictures of formulas, written as text */
    size_t media;    /* videos, sounds, embedded frames: left out */
    size_t drawings; /* a figure's svg or canvas, its caption kept */
    int failed;
} ctx;

static bt_node *new_node(ctx *c, bt_node_type type)
{
    bt_node *n = bt_node_new(c->doc, type);
    if (!n)
        c->failed = 1;
    return n;
}

static const char *attr(ctx *c, const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    const char *s = bt_arena_nfc(c->doc, (const char *)v, strlen((const char *)v));
    xmlFree(v);
    return s;
}

/* ---- inlines ---- */

static void set_para(ctx *c, bt_node *para, int fixed)
{
    c->para = para;
    c->fixed = fixed;
    c->space = 0;
    for (int i = 0; i < c->nspan; i++)
        c->stack[i].node = NULL;
}

/* The node inlines go into at a depth of the span stack, opening a paragraph
 * and the inline elements of the stack up to there when they are not open. */
static bt_node *open_to(ctx *c, int level)
{
    if (!c->para) {
        bt_node *p = new_node(c, BT_NODE_PARAGRAPH);
        if (!p)
            return NULL;
        p->role = c->role;
        bt_node_append(c->blocks, p);
        c->figure = NULL;
        c->blocks_after++;
        set_para(c, p, 0);
    }
    bt_node *at = c->para;
    for (int i = 0; i < level; i++) {
        if (!c->stack[i].node) {
            bt_node *n = new_node(c, c->stack[i].type);
            if (!n)
                return NULL;
            n->literal = c->stack[i].href;
            n->attr = c->stack[i].attr;
            bt_node_append(at, n);
            c->stack[i].node = n;
        }
        at = c->stack[i].node;
    }
    return at;
}

static bt_node *inline_parent(ctx *c) { return open_to(c, c->nspan); }

static void put_space(ctx *c)
{
    if (!c->space)
        return;
    c->space = 0;
    if (!c->para || !c->para->first)
        return;
    int level = c->space_level < c->nspan ? c->space_level : c->nspan;
    bt_node *at = open_to(c, level);
    if (at && bt_node_append_text(c->doc, at, " ", 1) != BT_OK)
        c->failed = 1;
}

static void want_space(ctx *c)
{
    if (!c->space)
        c->space_level = c->nspan;
    c->space = 1;
}

static int is_space(int ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
}

static int zero_width(const unsigned char *p);

/* Whether s of len bytes holds characters of no width alone. */
static int zero_width_run(const char *s, size_t len)
{
    for (size_t k = 0; k + 3 <= len; k += 3)
        if (!zero_width((const unsigned char *)s + k))
            return 0;
    return len && len % 3 == 0;
}

static void put_text(ctx *c, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if (is_space((unsigned char)s[i])) {
            want_space(c);
            i++;
            continue;
        }
        /* no-break spaces opening a paragraph indent it, as old CMSs do,
         * or pad a picture's line: no text, and no paragraph yet */
        if (!c->fixed && (!c->para || !c->para->first) && i + 1 < len && s[i] == '\xC2' &&
            s[i + 1] == '\xA0') {
            i += 2;
            continue;
        }
        size_t j = i;
        while (j < len && !is_space((unsigned char)s[j]))
            j++;
        /* (a run of characters of no width alone says nothing: the mark a
         * heading's anchor link holds, Docusaurus's "<a class=hash-link>
         * &#8203;</a>") */
        if (zero_width_run(s + i, j - i)) {
            i = j;
            continue;
        }
        put_space(c);
        bt_node *at = inline_parent(c);
        if (!at || bt_node_append_text(c->doc, at, s + i, j - i) != BT_OK)
            c->failed = 1;
        i = j;
    }
}

/* The last leaf below n, or NULL. */
static bt_node *last_leaf(bt_node *n)
{
    bt_node *l = NULL;
    for (bt_node *k = n->last; k; k = k->last)
        l = k;
    return l;
}

/* Leave out trailing breaks and the inline elements they leave empty. */
static void trim_end(bt_node *n)
{
    bt_node *l;
    while ((l = last_leaf(n)) &&
           (l->type == BT_NODE_BREAK ||
            (l->type != BT_NODE_TEXT && l->type != BT_NODE_CODE && l->type != BT_NODE_NOTE_REF &&
             bt_node_is_inline(l->type) && !l->first)))
        bt_node_unlink(l);
}

/* Whether p starts a character of no width (U+200B-U+200D, U+2060,
 * U+FEFF): page builders fill "empty" paragraphs with a joiner. */
static int zero_width(const unsigned char *p)
{
    return (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x8B && p[2] <= 0x8D) ||
           (p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0xA0) ||
           (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF);
}

/* Stops the walk at text that is not white space (NBSP included), or at a
 * footnote's mark. */
static int visible(bt_node *n, int entering, void *user)
{
    (void)user;
    if (entering && n->type == BT_NODE_NOTE_REF)
        return 1;
    if (!entering || !n->literal ||
        (n->type != BT_NODE_TEXT && n->type != BT_NODE_CODE && n->type != BT_NODE_PRE))
        return 0;
    for (const unsigned char *p = (const unsigned char *)n->literal; *p; p++) {
        if (*p == 0xC2 && p[1] == 0xA0)
            p++;
        else if (zero_width(p))
            p += 2;
        else if (!is_space(*p))
            return 1;
    }
    return 0;
}

/* Whether a block holds nothing but white space; looked at in place, every block's
 * text is not copied. */
static int blank(const bt_node *n) { return !bt_node_walk((bt_node *)n, visible, NULL); }

static void close_para(ctx *c)
{
    if (c->para && !c->fixed) {
        trim_end(c->para);
        if (blank(c->para))
            bt_node_unlink(c->para);
    }
    if (!c->fixed)
        set_para(c, NULL, 0);
    c->space = 0;
}

static void put_break(ctx *c)
{
    if (!c->para || !c->para->first)
        return;
    bt_node *l = last_leaf(c->para);
    if (l && l->type == BT_NODE_BREAK && !c->fixed) {
        /* <br><br> separates paragraphs in old pages */
        close_para(c);
        return;
    }
    bt_node *at = inline_parent(c);
    bt_node *br = new_node(c, BT_NODE_BREAK);
    if (at && br)
        bt_node_append(at, br);
    c->space = 0;
}

/* ---- element kinds ---- */

typedef enum {
    K_TRANSPARENT,
    K_SPAN,
    K_CODE,
    K_BR,
    K_MATH,
    K_IMG,
    K_HEADING,
    K_BLOCK,
    K_LIST,
    K_QUOTE,
    K_PRE,
    K_HR,
    K_TABLE,
    K_FIGURE,
    K_CELLISH,
} kind;

static const struct {
    const char *name;
    kind k;
    bt_node_type type;
} vocab[] = {
    {"em", K_SPAN, BT_NODE_EMPH},
    {"i", K_SPAN, BT_NODE_EMPH},
    {"cite", K_SPAN, BT_NODE_EMPH},
    {"dfn", K_SPAN, BT_NODE_EMPH},
    {"var", K_SPAN, BT_NODE_EMPH},
    {"strong", K_SPAN, BT_NODE_STRONG},
    /* a highlight: strong emphasis is the nearest every format has */
    {"mark", K_SPAN, BT_NODE_STRONG},
    {"b", K_SPAN, BT_NODE_STRONG},
    {"a", K_SPAN, BT_NODE_LINK},
    {"sup", K_SPAN, BT_NODE_SUP},
    {"sub", K_SPAN, BT_NODE_SUB},
    {"q", K_SPAN, BT_NODE_QUOTATION},
    {"u", K_SPAN, BT_NODE_UNDERLINE},
    {"ins", K_SPAN, BT_NODE_UNDERLINE},
    {"s", K_SPAN, BT_NODE_STRIKE},
    {"strike", K_SPAN, BT_NODE_STRIKE},
    {"del", K_SPAN, BT_NODE_STRIKE},
    /* a break opportunity, no text: the word around it stays one */
    {"wbr", K_TRANSPARENT, BT_NODE_TEXT},
    {"code", K_CODE, BT_NODE_CODE},
    {"kbd", K_CODE, BT_NODE_CODE},
    {"samp", K_CODE, BT_NODE_CODE},
    {"tt", K_CODE, BT_NODE_CODE},
    {"br", K_BR, BT_NODE_BREAK},
    {"math", K_MATH, BT_NODE_TEXT},
    {"img", K_IMG, BT_NODE_FIGURE},
    {"h1", K_HEADING, BT_NODE_HEADING},
    {"h2", K_HEADING, BT_NODE_HEADING},
    {"h3", K_HEADING, BT_NODE_HEADING},
    {"h4", K_HEADING, BT_NODE_HEADING},
    {"h5", K_HEADING, BT_NODE_HEADING},
    {"h6", K_HEADING, BT_NODE_HEADING},
    {"ul", K_LIST, BT_NODE_LIST},
    {"ol", K_LIST, BT_NODE_LIST},
    {"menu", K_LIST, BT_NODE_LIST},
    {"blockquote", K_QUOTE, BT_NODE_QUOTE},
    {"pre", K_PRE, BT_NODE_PRE},
    {"listing", K_PRE, BT_NODE_PRE},
    {"hr", K_HR, BT_NODE_RULE},
    {"table", K_TABLE, BT_NODE_TABLE},
    {"figure", K_FIGURE, BT_NODE_FIGURE},
    {"p", K_BLOCK, BT_NODE_PARAGRAPH},
    {"div", K_BLOCK, BT_NODE_PARAGRAPH},
    {"section", K_BLOCK, BT_NODE_PARAGRAPH},
    {"article", K_BLOCK, BT_NODE_PARAGRAPH},
    {"main", K_BLOCK, BT_NODE_PARAGRAPH},
    {"header", K_BLOCK, BT_NODE_PARAGRAPH},
    {"footer", K_BLOCK, BT_NODE_PARAGRAPH},
    {"nav", K_BLOCK, BT_NODE_PARAGRAPH},
    {"aside", K_BLOCK, BT_NODE_PARAGRAPH},
    {"address", K_BLOCK, BT_NODE_PARAGRAPH},
    {"center", K_BLOCK, BT_NODE_PARAGRAPH},
    {"dl", K_BLOCK, BT_NODE_PARAGRAPH},
    {"dt", K_BLOCK, BT_NODE_PARAGRAPH},
    {"dd", K_BLOCK, BT_NODE_PARAGRAPH},
    {"details", K_BLOCK, BT_NODE_PARAGRAPH},
    {"summary", K_BLOCK, BT_NODE_PARAGRAPH},
    {"figcaption", K_BLOCK, BT_NODE_PARAGRAPH},
    {"body", K_BLOCK, BT_NODE_PARAGRAPH},
    {"html", K_BLOCK, BT_NODE_PARAGRAPH},
    {"hgroup", K_BLOCK, BT_NODE_PARAGRAPH},
    {"li", K_BLOCK, BT_NODE_PARAGRAPH},
    {"caption", K_BLOCK, BT_NODE_PARAGRAPH},
    {"td", K_CELLISH, BT_NODE_CELL},
    {"th", K_CELLISH, BT_NODE_CELL},
    {"tr", K_CELLISH, BT_NODE_ROW},
};

static kind kind_of(const xmlNode *n, bt_node_type *type)
{
    /* (the first letter first: this is asked of every element, often) */
    for (size_t i = 0; i < sizeof(vocab) / sizeof(vocab[0]); i++)
        if ((n->name[0] | 0x20) == (vocab[i].name[0] | 0x20) &&
            !strcasecmp((const char *)n->name, vocab[i].name)) {
            *type = vocab[i].type;
            return vocab[i].k;
        }
    return K_TRANSPARENT;
}

/* Class words of a sub-heading set as a paragraph (German papers'
 * "Zwischentitel", French "intertitre", Korean "midtitle"), and the words
 * one has at most. */
static const char *const intertitle_classes[] = {
    "zwischentitel",
    "zwischenueberschrift",
    "cross-head",
    "intertitle",
    "intertitre",
    "intertitolo",
    "intertitulo",
    "entretitulo",
    "sub-head",
    "sub-heading",
    "midtitle",
    "mid-title",
    NULL,
};
#define INTERTITLE_WORDS 15
/* Words a box's title has at least to be its heading (a callout's "Note"
 * is its label). */
#define BOX_TITLE_WORDS 2

/* (in the languages of news sites, and CMSs' abbreviations: Czech and Slovak
 * "perex", Korean "art_subtit", Vietnamese portals' "tom-tat") */
const char *const bt_xhtml_lead_classes[] = {
    "sapo",
    "lead",
    "summary",
    "description",
    "chapeau",
    "chappeau",
    "article-summary",
    "detail-sapo",
    /* (Đại Đoàn Kết's "article-detail-desc") */
    "detail-desc",
    "standfirst",
    /* (British sites' other word for it: Eurogamer's "p.strapline") */
    "strapline",
    "dek",
    "deck",
    "excerpt",
    "intro",
    "spot",
    "ozet",
    "entradilla",
    "sommario",
    "catenaccio",
    "chapo",
    "p-head",
    "lead-in",
    "lead-text",
    "leadtext",
    "intro-text",
    "introtext",
    "einleitung",
    "vorspann",
    "bajada",
    "copete",
    "perex",
    "subtit",
    "tom-tat",
    "tomtat",
    "synopsis",
    /* (the Times of India's "artsyn": the article's synopsis) */
    "artsyn",
    "brief",
    "introduction",
    /* (Scandinavian sites' words: Expressen's "article__preamble", the
     * "ingress" of Norwegian and Finnish CMSs, Finnish "ingressi") */
    "preamble",
    "ingress",
    "ingressi",
    "abstract",
    /* (The Nation's "div.blurb-detail" under the hero) */
    "blurb",
    NULL,
};
const char *const bt_xhtml_byline_classes[] = {
    "author", "authors", "byline", "tac-gia", "tacgia", "nguontin", "nguon-tin", "writer", "autor",
    "autore", "auteur", "reporter", "contributor", "contributor-description",
    /* (College Publisher's and GateHouse's "div.storybyline") */
    "storybyline", NULL};
static const char *const credit_classes[] = {"author",       "byline", "credit",
                                             "photographer", "source", NULL};

/* An unmarked caption (an italic line, a table cell) has fewer words than
 * this; a paragraph as long is body text. */
#define CAPTION_WORDS 60
/* Blogs go on with body text after an image and a <br>: a caption there is
 * one line, shorter than this. */
#define LINE_CAPTION_WORDS 30
/* A line centered under a picture is its caption from this many words. */
#define CENTERED_CAPTION_WORDS 4
/* A caption marked by its class or id may be longer, up to this. */
#define MARKED_CAPTION_WORDS 120
/* An element marked as a credit is one up to this many words. */
#define CREDIT_WORDS 20
/* Words from which a block a class names the lead is that, not a caption. */
#define LEAD_CAPTION_WORDS 25

static void walk(ctx *c, xmlNode *n);

/* Past BT_MAX_DEPTH: el's text goes into the open block, iteratively, never
 * dropped and never deeper; images there are left out, counted. */
static void flatten(ctx *c, xmlNode *el)
{
    if (!c->para && !inline_parent(c))
        return;
    xmlNode *k = el->children;
    while (k) {
        if (bt_xhtml_skipped(k) || k == c->skip) {
            k = bt_xhtml_next(k, el, 1);
            continue;
        }
        if ((k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) && k->content)
            put_text(c, (const char *)k->content, strlen((const char *)k->content));
        else if (bt_xhtml_is(k, "br"))
            put_break(c);
        else if (k->type == XML_ELEMENT_NODE)
            want_space(c);
        c->flat_images += bt_xhtml_is(k, "img");
        k = bt_xhtml_next(k, el, 0);
    }
}

static void read_line_caption(ctx *c, xmlNode *br);

/* Walk el's children from first on, or flatten them all when the walk is
 * too deep. */
static void walk_from(ctx *c, xmlNode *el, xmlNode *first)
{
    if (c->depth >= BT_MAX_DEPTH) {
        flatten(c, el);
        return;
    }
    c->depth++;
    for (xmlNode *k = first; k && !c->failed; k = k->next) {
        walk(c, k);
        xmlNode *br = c->line_break;
        if (br && br->parent == el) {
            c->line_break = NULL;
            if (c->figure) {
                /* the rest of el is the caption of the image just read */
                read_line_caption(c, br);
                break;
            }
        }
    }
    c->depth--;
}

static void walk_children(ctx *c, xmlNode *el) { walk_from(c, el, el->children); }

/* Read el's children from first on as the inlines of a fixed block
 * (heading, cell, caption). */
static void read_from(ctx *c, xmlNode *el, xmlNode *first, bt_node *block)
{
    bt_node *saved_para = c->para;
    int saved_fixed = c->fixed;
    set_para(c, block, 1);
    c->flat++;
    walk_from(c, el, first);
    c->flat--;
    trim_end(block);
    set_para(c, saved_fixed ? saved_para : NULL, saved_fixed);
}

static void read_into(ctx *c, xmlNode *el, bt_node *block)
{
    read_from(c, el, el->children, block);
}

/* Nodes below a figure (or an element asked whether it is one) looked at
 * for its picture, caption and other content: a figure is small, and a page
 * of figures nested in figures made each look the rest of the page. */
#define FIGURE_NODES 4096

/* Up to FIGURE_NODES below el: the first img, and whether blocks are there. */
static xmlNode *find_img(xmlNode *el, int *blocks)
{
    int budget = FIGURE_NODES;
    xmlNode *img = NULL;
    if (blocks)
        *blocks = 0;
    xmlNode *k = el->children;
    for (; k && budget-- > 0; k = bt_xhtml_next(k, el, 0)) {
        while (k && bt_xhtml_skipped(k))
            k = bt_xhtml_next(k, el, 1);
        if (!k)
            break;
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (!img && bt_xhtml_is(k, "img"))
            img = k;
        bt_node_type t;
        kind kk = blocks ? kind_of(k, &t) : K_TRANSPARENT;
        if (blocks && kk >= K_HEADING && kk != K_CELLISH && !bt_xhtml_is(k, "div"))
            *blocks = 1;
    }
    return img;
}

xmlNode *bt_xhtml_noscript_img(const xmlNode *n)
{
    if (!bt_xhtml_is(n, "noscript") || !n->parent)
        return NULL;
    xmlNode *img = NULL;
    for (xmlNode *i = n->children; i && !img; i = bt_xhtml_next(i, n, 0))
        if (bt_xhtml_is(i, "img") && !bt_xhtml_skipped(i)) /* (a hidden pixel) */
            img = i;
    return img && !find_img(n->parent, NULL) ? img : NULL;
}

/* The image of a <noscript> below el (el included) that no script-loaded
 * image stands beside. */
static xmlNode *noscript_img(xmlNode *el)
{
    int budget = 256;
    xmlNode *img = NULL;
    for (xmlNode *k = el; k && !img && budget-- > 0; k = bt_xhtml_next(k, el, 0))
        img = bt_xhtml_noscript_img(k);
    return img;
}

static bt_node *add_block(ctx *c, bt_node_type type)
{
    close_para(c);
    bt_node *n = new_node(c, type);
    if (n)
        bt_node_append(c->blocks, n);
    c->figure = NULL;
    c->blocks_after++;
    return n;
}

/* Words a byline set as a heading has at most. */
#define BYLINE_HEADING_WORDS 8

/* el as a heading of level (its h1-h6 level when 0). */
static void heading(ctx *c, xmlNode *el, int level)
{
    bt_node *h = add_block(c, BT_NODE_HEADING);
    if (!h)
        return;
    bt_node_set_heading_level(h, (level ? level : el->name[1] - '0') + c->r->heading_offset);
    c->in_heading++;
    read_into(c, el, h);
    c->in_heading--;
    if (blank(h))
        bt_node_unlink(h);
}

/* The block children of el go into container (a quote, a list item). */
static void blocks_into(ctx *c, xmlNode *el, bt_node *container)
{
    bt_node *saved = c->blocks;
    c->blocks = container;
    walk_children(c, el);
    close_para(c);
    c->blocks = saved;
}

static void block(ctx *c, xmlNode *el);

/* Whether el, a list, is a stream of posts, each item an <article> (a live
 * page's updates, BBC's "ol > li > article"; an item left empty, an ad's,
 * between them): its items are the story's sections, not the points of a
 * list. */
static int post_stream(const xmlNode *el)
{
    int posts = 0;
    for (const xmlNode *k = el->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        const xmlNode *post = xmlFirstElementChild((xmlNode *)k);
        if (!bt_xhtml_is(k, "li") || (!bt_xhtml_is(post, "article") && bt_xhtml_words(k, 1)))
            return 0;
        posts += bt_xhtml_is(post, "article");
    }
    return posts > 0;
}

/* A lead's points are lines of words: a longer item is a list's in the
 * story, a shorter one a label's ("Thread starter Tiểu Minh"). */
#define LEAD_POINT_WORDS 45
#define LEAD_POINT_MIN_WORDS 5

/* Words naming a list of a lead's points besides a lead's own (Bloomberg's
 * "Abstract_abstract": as a paragraph's name, JMIR's body is
 * "p.abstract-paragraph"). */
static const char *const point_lists[] = {"abstract", NULL};
/* ... and a box of them (CNN's "cnnStoryHighlights" over its list). */
static const char *const point_boxes[] = {"highlights", "key-points", "keypoints", NULL};

/* The words of item k, those of a script written without spaces counted
 * as bt_utf8_word_count does ("房屋局收到逾1.2萬份申請" is a point's
 * length, not one word). */
static size_t point_words(const xmlNode *k)
{
    size_t words = bt_xhtml_words(k, LEAD_POINT_WORDS + 1);
    if (words >= LEAD_POINT_MIN_WORDS)
        return words;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(k, &b, 1024);
    size_t counted = b.data ? bt_utf8_word_count(b.data, LEAD_POINT_WORDS + 1) : words;
    bt_buf_free(&b);
    return counted > words ? counted : words;
}

int bt_xhtml_lead_points(const xmlNode *el)
{
    for (const xmlNode *k = el->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        size_t words = bt_xhtml_is(k, "li") ? point_words(k) : 0;
        if (words < LEAD_POINT_MIN_WORDS || words > LEAD_POINT_WORDS)
            return 0;
        for (const xmlNode *d = k; d; d = bt_xhtml_next(d, k, 0))
            if (bt_xhtml_is(d, "ul") || bt_xhtml_is(d, "ol") || bt_xhtml_is(d, "img") ||
                bt_xhtml_is(d, "table"))
                return 0;
    }
    return 1;
}

static void list(ctx *c, xmlNode *el)
{
    /* (a list right inside a list walks its child itself: lists nested
     * past the bound are flattened here) */
    if (c->depth >= BT_MAX_DEPTH) {
        flatten(c, el);
        return;
    }
    /* a standfirst set as a list's one item in a box named a summary or a
     * lead ("<div class=article-summary><ul><li>..."): the lead */
    xmlNode *only = bt_xhtml_only_child(el);
    if (only && bt_xhtml_is(only, "li") &&
        (c->role == BT_ROLE_LEAD || bt_xhtml_class_has(el, bt_xhtml_lead_classes, 0))) {
        bt_role saved = c->role;
        c->role = BT_ROLE_LEAD;
        block(c, only);
        c->role = saved;
        return;
    }
    if (post_stream(el)) {
        for (xmlNode *k = el->children; k && !c->failed; k = k->next)
            if (bt_xhtml_is(k, "li"))
                walk_children(c, k);
        return;
    }
    bt_node *l = add_block(c, BT_NODE_LIST);
    if (!l)
        return;
    const char *start = attr(c, el, "start");
    int ordered = bt_xhtml_is(el, "ol");
    long n = start ? strtol(start, NULL, 10) : 1;
    if (ordered && (n > BT_MAX_LIST_START || n < -BT_MAX_LIST_START)) {
        bt_error_event(c->r->err, BT_EVENT_CHANGED, BT_LOSS_LIST, 1, "list start %ld clamped to %d",
                       n, n > 0 ? BT_MAX_LIST_START : -BT_MAX_LIST_START);
        n = n > 0 ? BT_MAX_LIST_START : -BT_MAX_LIST_START;
    }
    bt_node_set_list(l, ordered, ordered ? (int)n : 0);
    bt_node *item = NULL;
    /* the short items of a list in a lead's box, or of a list so named, are
     * the lead's points (Bloomberg's abstract, RTVE's summary under the
     * headline): the lead when no other comes before it, which the page's
     * metadata pass decides ("Zusammenfassung" under a lead is none) */
    bt_role role = c->role;
    if (bt_xhtml_class_has(el, bt_xhtml_lead_classes, 0) ||
        bt_xhtml_class_has(el, point_lists, 0) ||
        (el->parent && bt_xhtml_class_has(el->parent, point_boxes, 0)))
        c->role = BT_ROLE_LEAD;
    if (c->role == BT_ROLE_LEAD && !bt_xhtml_lead_points(el))
        c->role = BT_ROLE_NONE;
    c->depth++;
    for (xmlNode *k = el->children; k && !c->failed; k = k->next) {
        if (bt_xhtml_skipped(k) || (c->notes && bt_xhtml_note_is_target(c->notes, k)))
            continue;
        int is_li = bt_xhtml_is(k, "li");
        /* (white space between items; text outside any <li> is an item) */
        if (!is_li && k->type == XML_TEXT_NODE && !item && xmlIsBlankNode(k))
            continue;
        if (is_li || !item) {
            item = new_node(c, BT_NODE_ITEM);
            if (!item)
                break;
            bt_node_append(l, item);
        }
        if (is_li) {
            blocks_into(c, k, item);
        } else {
            bt_node *saved = c->blocks;
            c->blocks = item;
            walk(c, k);
            close_para(c);
            c->blocks = saved;
        }
    }
    c->depth--;
    c->role = role;
    for (bt_node *i = l->first, *next; i; i = next) {
        next = i->next;
        if (bt_node_is_empty(i))
            bt_node_unlink(i);
    }
    if (!l->first)
        bt_node_unlink(l);
}

static void block(ctx *c, xmlNode *el);

static void quote(ctx *c, xmlNode *el)
{
    /* (a quote named the lead is the lead, set off as a quote is:
     * VietNamNet's "blockquote.content-detail-sapo") */
    if (bt_xhtml_class_has(el, bt_xhtml_lead_classes, 0)) {
        block(c, el);
        return;
    }
    bt_node *q = add_block(c, BT_NODE_QUOTE);
    if (!q)
        return;
    blocks_into(c, el, q);
    if (bt_node_is_empty(q))
        bt_node_unlink(q);
}

static void pre(ctx *c, xmlNode *el)
{
    bt_buf b = BT_BUF_INIT;
    for (xmlNode *k = el->children; k; k = bt_xhtml_next(k, el, 0)) {
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE)
            bt_buf_puts(&b, (const char *)k->content);
        else if (bt_xhtml_is(k, "br"))
            bt_buf_putc(&b, '\n');
    }
    const char *s = b.data ? b.data : "";
    size_t len = b.len;
    /* a newline right after <pre> is not content; trailing ones are layout */
    if (len && s[0] == '\n')
        s++, len--;
    while (len && (s[len - 1] == '\n' || s[len - 1] == ' ' || s[len - 1] == '\r'))
        len--;
    if (len) {
        bt_node *p = add_block(c, BT_NODE_PRE);
        if (p && bt_node_set_literal(c->doc, p, s, len) != BT_OK)
            c->failed = 1;
    }
    bt_buf_free(&b);
}

static void code(ctx *c, xmlNode *el)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &b, 0);
    if (b.len) {
        put_space(c);
        bt_node *at = inline_parent(c);
        bt_node *n = new_node(c, BT_NODE_CODE);
        if (at && n && bt_node_set_literal(c->doc, n, b.data, b.len) == BT_OK)
            bt_node_append(at, n);
        else
            c->failed = 1;
    }
    bt_buf_free(&b);
}

/* Open an inline element on the span stack: 0 when the stack is full. */
static int push_span(ctx *c, bt_node_type type, const char *href, const char *attr)
{
    if (c->nspan == BT_MAX_DEPTH)
        return 0;
    c->stack[c->nspan++] = (span){type, href, attr, NULL};
    return 1;
}

static void pop_span(ctx *c)
{
    c->nspan--;
    if (c->space_level > c->nspan)
        c->space_level = c->nspan;
}

static void span_el(ctx *c, xmlNode *el, bt_node_type type)
{
    const char *href = NULL, *title = NULL;
    if (type == BT_NODE_LINK) {
        href = attr(c, el, "href");
        if (!href || !*href || !strncasecmp(href, "javascript:", 11) || href[0] == '#' || c->flat)
            href = NULL;
        title = href ? attr(c, el, "title") : NULL;
    }
    if ((type == BT_NODE_LINK && !href) || !push_span(c, type, href, title)) {
        walk_children(c, el);
        return;
    }
    walk_children(c, el);
    pop_span(c);
}

/* In a lead, or opening a paragraph, an inline element's text ending in a
 * small letter and the text after it starting with a capital are two words
 * a style sheet sets apart (a place stamp: "<span>Hà Nội</span>Người
 * dân..."). */
static int opens_block(const xmlNode *el);

static void space_if_glued(ctx *c, const xmlNode *el)
{
    /* (a note's mark is set against its word: "<sup>a</sup>Adjusted") */
    if (c->role != BT_ROLE_LEAD &&
        (!opens_block(el) || bt_xhtml_is(el, "sup") || bt_xhtml_is(el, "sub")))
        return;
    const xmlNode *end = el;
    while (end->type == XML_ELEMENT_NODE && end->last)
        end = end->last;
    const xmlNode *next = el->next;
    if (end != el && end->type == XML_TEXT_NODE && end->content && next &&
        next->type == XML_TEXT_NODE &&
        bt_utf8_case_break((const char *)end->content, strlen((const char *)end->content),
                           (const char *)next->content, 0))
        want_space(c);
}

/* The language an element's text is in, from its own lang or xml:lang, else
 * its parent's and up; NULL when no element says. */
static const char *lang_of(const xmlNode *n)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        for (const xmlAttr *a = n->properties; a; a = a->next)
            if (!strcmp((const char *)a->name, "lang") && a->children &&
                a->children->type == XML_TEXT_NODE)
                return (const char *)a->children->content;
    return NULL;
}

/* Whether two language tags name the same language: "vi" and "vi-VN" do
 * (a region changes no word of the text). */
static int same_language(const char *a, const char *b)
{
    size_t la = strcspn(a, "-_"), lb = strcspn(b, "-_");
    return la == lb && !strncasecmp(a, b, la);
}

/* The language el says its text is in when it differs from the text around
 * it (its parent's, else the document's), or NULL.  Around text of no known
 * language, only an inline element is a run in another one: a block with a
 * lang (a <div lang> around the whole article) says the page's language. */
static const char *foreign_language(ctx *c, const xmlNode *el, int is_inline)
{
    const char *mine =
        el->properties && xmlHasProp(el, (const xmlChar *)"lang") ? lang_of(el) : NULL;
    if (!mine || !*mine)
        return NULL;
    const char *around = lang_of(el->parent);
    if (!around || !*around)
        around = bt_document_meta(c->doc, BT_META_LANGUAGE);
    if (around ? same_language(mine, around) : !is_inline)
        return NULL;
    return attr(c, el, "lang");
}

/* ---- figures ---- */

/* A figure with an empty caption, its image not loaded (yet). */
static bt_node *new_figure(ctx *c)
{
    /* the paragraph around the image closes; its inline elements reopen after */
    bt_node *f = add_block(c, BT_NODE_FIGURE);
    bt_node *cap = new_node(c, BT_NODE_CAPTION);
    if (!f || !cap)
        return NULL;
    bt_node_append(f, cap);
    c->figure = f;
    c->figure_img = NULL;
    c->uncaptioned = f;
    c->blocks_after = 0;
    return f;
}

/* Whether a length's unit, after its number, is pixels or none, ending
 * the value ("12", "12px", "12 px;"). */
static int px_unit(const char *end)
{
    end += strspn(end, " ");
    if (!strncasecmp(end, "px", 2))
        end += 2;
    end += strspn(end, " ");
    return !*end || *end == ';';
}

/* A length in CSS pixels: "600" or "600px" ("50%", "10em": 0, not pixels). */
static int css_px(const char *v)
{
    if (!v)
        return 0;
    char *end;
    long n = strtol(v, &end, 10);
    return n > 0 && n < 100000 && px_unit(end) ? (int)n : 0;
}

/* The pixels of a declaration of an inline style (width, not max-width). */
static int style_px(const char *style, const char *name)
{
    long n;
    const char *unit;
    return bt_xhtml_style_length(style, name, &n, &unit) && n > 0 && n < 100000 && px_unit(unit)
               ? (int)n
               : 0;
}

/* The size the page shows an image at, in CSS pixels: its inline style's
 * width and height, else its width and height attributes unless they are
 * the image's own pixels (which say no more than the image does).  A
 * missing side follows from the image's proportions. */
static void display_size(ctx *c, bt_node *f, xmlNode *img)
{
    const char *style = attr(c, img, "style");
    int w = style_px(style, "width"), h = style_px(style, "height");
    int pw = bt_resource_width(c->doc, f->resource), ph = bt_resource_height(c->doc, f->resource);
    if (!w && !h) {
        w = css_px(attr(c, img, "width"));
        h = css_px(attr(c, img, "height"));
        if ((!w || w == pw) && (!h || h == ph))
            return;
    }
    if (w && !h && pw && ph)
        h = (int)(((long long)w * ph + pw / 2) / pw);
    else if (h && !w && pw && ph)
        w = (int)(((long long)h * pw + ph / 2) / ph);
    bt_node_set_figure_display_size(f, w, h);
}

/* The caption a lightbox keeps in an attribute (data-caption, data-title)
 * of the image, of its link or of its box, markup left out: the figure's
 * until a caption on the page comes, which is the same or says more. */
static void attribute_caption(ctx *c, bt_node *f, xmlNode *img)
{
    static const char *const names[] = {"data-caption", "data-title", NULL};
    xmlNode *n = img;
    for (int up = 0; n && n->type == XML_ELEMENT_NODE && up < 3; up++, n = n->parent) {
        const char *const *a = names;
        while (*a && !xmlHasProp(n, (const xmlChar *)*a))
            a++;
        if (!*a)
            continue;
        /* (a box of other pictures too; its boxes above hold them as well,
         * so only a box with the attribute is looked through) */
        if (n != img && find_img(n, NULL) != img)
            return;
        xmlChar *v = xmlGetProp(n, (const xmlChar *)*a);
        bt_buf plain = BT_BUF_INIT, b = BT_BUF_INIT;
        for (const char *p = v ? (const char *)v : ""; *p;) {
            const char *end = *p == '<' ? strchr(p, '>') : NULL;
            if (*p == '<')
                bt_buf_putc(&plain, ' ');
            else
                bt_buf_putc(&plain, *p);
            p = *p != '<' ? p + 1 : end ? end + 1 : p + strlen(p);
        }
        bt_buf_put_squeezed(&b, plain.data ? plain.data : "");
        const char *text = b.len ? bt_arena_nfc(c->doc, b.data, b.len) : NULL;
        if (text &&
            bt_node_append_text(c->doc, bt_node_figure_caption(f), text, strlen(text)) == BT_OK)
            c->provisional = f;
        bt_buf_free(&plain);
        bt_buf_free(&b);
        xmlFree(v);
        return;
    }
}

/* A caption on the page replaces one from an attribute. */
static void page_caption(ctx *c, bt_node *fig)
{
    if (fig != c->provisional)
        return;
    bt_node *cap = bt_node_figure_caption(fig);
    while (cap->first)
        bt_node_unlink(cap->first);
    c->provisional = NULL;
}

/* The figure of img, its image loaded; NULL for a placeholder, or for an
 * image without an address (a script would give it one), unless its caption
 * follows it: then the figure of that caption, without its image. */
static bt_node *figure_of(ctx *c, xmlNode *img)
{
    char *src = bt_xhtml_img_src(img);
    int res = src && c->r->load_image ? c->r->load_image(c->r->user, src) : -1;
    if (!src || res == BT_XHTML_PLACEHOLDER) {
        free(src);
        src = NULL;
        res = -1;
        if (!bt_xhtml_caption_follows(img))
            return NULL;
    }
    bt_node *f = new_figure(c);
    if (!f) {
        free(src);
        return NULL;
    }
    bt_node_set_figure_resource(f, res);
    display_size(c, f, img);
    c->figure_img = img;
    if (src && bt_node_set_figure_src(c->doc, f, src) != BT_OK)
        c->failed = 1;
    free(src);
    const char *alt = attr(c, img, "alt");
    if (alt) {
        bt_buf b = BT_BUF_INIT;
        bt_buf_put_squeezed(&b, alt);
        if (b.len && bt_node_set_literal(c->doc, f, b.data, b.len) != BT_OK)
            c->failed = 1;
        bt_buf_free(&b);
    }
    attribute_caption(c, f, img);
    return f;
}

static int inline_kind(const xmlNode *n)
{
    bt_node_type t;
    kind k = kind_of(n, &t);
    return k == K_TRANSPARENT || k == K_SPAN || k == K_CODE || k == K_MATH;
}

/* Whether n shows nothing: no words, no image. */
static int bare(xmlNode *n)
{
    return bt_xhtml_skipped(n) || (!bt_xhtml_words(n, 1) && !bt_xhtml_is(n, "img") &&
                                   (n->type != XML_ELEMENT_NODE || !find_img(n, NULL)));
}

/* Inline elements a block's first words may be nested in ("<p><strong>
 * <span>Hà Nội</span>Người..."). */
#define OPENING_INLINES 3

/* Whether inline element el opens the block it is in: nothing shown before
 * it there, through the inline elements around it. */
static int opens_block(const xmlNode *el)
{
    for (int up = 0; el->parent && el->parent->type == XML_ELEMENT_NODE && up < OPENING_INLINES;
         up++, el = el->parent) {
        for (xmlNode *k = el->prev; k; k = k->prev)
            if (!bare(k))
                return 0;
        if (!inline_kind(el->parent))
            return 1;
    }
    return 0;
}

/* When img starts a block, wrapped or not in inline elements that hold
 * nothing else: the outermost of img and those elements.  NULL for an
 * image after text (an emoticon, an inline icon). */
static xmlNode *block_start(xmlNode *img)
{
    xmlNode *b = img;
    while (b->parent && b->parent->type == XML_ELEMENT_NODE && inline_kind(b->parent) &&
           !bt_xhtml_words(b->parent, 1))
        b = b->parent;
    xmlNode *p = b->parent;
    if (!p || p->type != XML_ELEMENT_NODE)
        return NULL;
    for (xmlNode *k = p->children; k != b; k = k->next)
        if (!bare(k))
            return NULL;
    return b;
}

/* Whether k's text opens with a credit's label ("Foto:", "Ảnh:"). */
static int credit_labelled(const xmlNode *k)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(k, &b, 64);
    int yes = b.data && bt_credit_opens(b.data, b.len);
    bt_buf_free(&b);
    return yes;
}

/* Whether node k, the last of its line, opens with a credit's label. */
static int credit_line(xmlNode *k)
{
    for (xmlNode *n = k->next; n; n = n->next)
        if (!bare(n))
            return 0;
    return credit_labelled(k);
}

/* The <br> after img when img starts a paragraph (<p><a><img></a><br>Text</p>)
 * and the paragraph's rest after that break is one short line of inline
 * text: the image's caption (or img itself, its text right after it in a
 * caption's box).  NULL otherwise. */
static xmlNode *caption_break(xmlNode *img)
{
    xmlNode *b = bt_xhtml_icon(img) ? NULL : block_start(img);
    if (!b || (!bt_xhtml_is(b->parent, "p") && !bt_xhtml_is(b->parent, "div") &&
               !bt_xhtml_is(b->parent, "center") && !bt_xhtml_is(b->parent, "td")))
        return NULL;
    xmlNode *br = b->next;
    while (br && !bt_xhtml_is(br, "br") && bare(br))
        br = br->next;
    /* (or the picture's own text right after it, no break between, in a
     * box its class names a caption: Drupal's caption filter, "div.caption
     * > div.caption-inner > img + text") */
    if (br && br->type == XML_TEXT_NODE && bt_xhtml_caption_marked(b->parent))
        br = b;
    else if (!br || !bt_xhtml_is(br, "br"))
        return NULL;
    size_t words = 0;
    int broken = 0;   /* a <br> came: only blank lines may follow, */
    int credited = 0; /* or one line of the credit */
    for (xmlNode *k = br->next; k; k = k->next) {
        int blocks = 0;
        if (bt_xhtml_skipped(k))
            continue;
        if (bt_xhtml_is(k, "br")) {
            broken = 1;
            continue;
        }
        if (k->type == XML_ELEMENT_NODE &&
            (!inline_kind(k) || bt_xhtml_is(k, "img") || find_img(k, &blocks) || blocks))
            return NULL;
        size_t here = bt_xhtml_words(k, LINE_CAPTION_WORDS);
        /* (but for the picture's credit, a line of its own after the
         * caption: "Caption.<br>Photo: Name, Taipei Times") */
        if (here && broken && (credited || !credit_line(k)))
            return NULL;
        credited |= here && broken;
        words += here;
    }
    return words && words < LINE_CAPTION_WORDS ? br : NULL;
}

/* Whether img is the last figure's picture again, nothing between them: the
 * copy a page shows on phones (the same address, or the same alt of some
 * words), which one figure keeps. */
static int copy_of_figure(ctx *c, xmlNode *img)
{
    if (!c->figure || !c->figure_img ||
        (bt_node_figure_caption(c->figure)->first && c->figure != c->provisional) ||
        bt_node_figure_credit(c->figure))
        return 0;
    xmlChar *a = xmlGetProp(img, (const xmlChar *)"alt");
    xmlChar *b = xmlGetProp(c->figure_img, (const xmlChar *)"alt");
    int same = a && b && !xmlStrcmp(a, b) && strchr((const char *)a, ' ');
    xmlFree(a);
    xmlFree(b);
    if (!same) {
        char *s = bt_xhtml_img_src(img), *t = bt_xhtml_img_src(c->figure_img);
        same = s && t && !strcmp(s, t);
        free(s);
        free(t);
    }
    return same;
}

/* A formula as text (bt_xhtml_formula_text): in the running text, or a
 * paragraph of its own when displayed (not in a heading or a cell, whose
 * text is one run). */
static void formula(ctx *c, const xmlNode *math, const xmlNode *img, int block)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_formula_text(math, img, &b);
    c->failed |= b.failed;
    block &= !c->flat;
    if (b.len && !b.failed) {
        if (block)
            close_para(c);
        put_text(c, b.data, b.len);
        if (block)
            close_para(c);
        c->formulas++;
    }
    bt_buf_free(&b);
}

static int drawn_formula(ctx *c, const xmlNode *el)
{
    const xmlNode *math, *img;
    int drawn = bt_xhtml_drawn_formula(el, &math, &img);
    if (drawn)
        formula(c, math, img, drawn == 2);
    return drawn;
}

static void caption(ctx *c, bt_node *fig, xmlNode *el);

/* A chart's numbered title in the paragraph right above the picture's own
 * ("Biểu đồ 1: ..."), print-minded CMSs' place for it: the figure's
 * caption, no longer a paragraph of its own. */
static void caption_above(ctx *c, bt_node *fig, xmlNode *img)
{
    xmlNode *b = bt_xhtml_icon(img) ? NULL : block_start(img);
    if (!b || bt_xhtml_words(b->parent, 1) || bt_node_figure_caption(fig)->first)
        return;
    xmlNode *above = xmlPreviousElementSibling(b->parent);
    bt_node *para = fig->prev;
    if (!above || !para || para->type != BT_NODE_PARAGRAPH || para->role != BT_ROLE_NONE ||
        find_img(above, NULL) ||
        bt_xhtml_words(above, MARKED_CAPTION_WORDS + 1) > MARKED_CAPTION_WORDS ||
        !bt_xhtml_chart_title(above))
        return;
    bt_node_unlink(para);
    caption(c, fig, above);
}

static void image(ctx *c, xmlNode *img)
{
    if (drawn_formula(c, img))
        return;
    const char *w = attr(c, img, "width"), *h = attr(c, img, "height");
    if (c->flat || (w && h && atoi(w) == 1 && atoi(h) == 1))
        return; /* tracking pixels */
    /* (nor is a button's icon a picture: the one in the link that opens the
     * picture at full size is no caption's picture) */
    if (bt_xhtml_button_icon(img))
        return;
    if (copy_of_figure(c, img))
        return;
    bt_node *fig = figure_of(c, img);
    if (fig) {
        c->line_break = caption_break(img);
        if (!c->line_break)
            caption_above(c, fig, img);
    }
}

/* Whether k is a short part of el's text, not all of it. */
static int credit_apart(xmlNode *el, xmlNode *k)
{
    size_t mine = bt_xhtml_words(k, CREDIT_WORDS + 1);
    return mine <= CREDIT_WORDS && bt_xhtml_words(el, CREDIT_WORDS + 2) > mine;
}

/* Whether k is a <cite> that ends el after its text: the picture's source. */
static int trailing_cite(xmlNode *el, xmlNode *k)
{
    if (!bt_xhtml_is(k, "cite") || k->parent != el || !credit_apart(el, k))
        return 0;
    for (xmlNode *n = k->next; n; n = n->next)
        if (!bt_xhtml_skipped(n) && bt_xhtml_words(n, 1))
            return 0;
    return 1;
}

/* The credit: a span of class author/credit/source inside the caption, a
 * short one marked as a credit (a "copyright" box may hold the whole
 * caption), the short element a credit's icon (<i
 * class="fa-copyright"></i>, empty) starts, or a <cite> at the end. */
static xmlNode *credit_span(xmlNode *el)
{
    int budget = 1024;
    for (xmlNode *k = el->children; k && budget-- > 0; k = bt_xhtml_next(k, el, 0)) {
        if (k->type != XML_ELEMENT_NODE || bt_xhtml_is(k, "img"))
            continue;
        int marked = bt_xhtml_credit_marked(k);
        if (marked && !bt_xhtml_words(k, 1)) {
            if (k->parent != el && !k->prev && credit_apart(el, k->parent))
                return k->parent;
        } else if (bt_xhtml_class_has(k, credit_classes, 0) || (marked && credit_apart(el, k)) ||
                   trailing_cite(el, k)) {
            return k;
        }
    }
    return NULL;
}

/* The credit el holds; caption: the caption read from the same element
 * before it (what ends it sets the credit apart), or NULL. */
static void credit(ctx *c, bt_node *fig, xmlNode *el, bt_node *caption)
{
    bt_node *cr = new_node(c, BT_NODE_CREDIT);
    if (!cr)
        return;
    bt_node_append(fig, cr);
    read_into(c, el, cr);
    bt_credit_read_apart(c->doc, caption, cr);
    bt_credit_unrepeat(c->doc, bt_node_figure_caption(fig), cr);
    bt_credit_label(c->doc, cr);
    if (blank(cr))
        bt_node_unlink(cr);
}

/* An aside or details in a caption beside its text: a long description
 * (accessible EPUBs put one in a figcaption), not the caption itself.  A
 * details alone in it is the caption behind a toggle ("<summary>Show
 * caption</summary>", the Guardian's), its summary no part of it. */
static int long_description(const xmlNode *n)
{
    return (bt_xhtml_is(n, "aside") || bt_xhtml_is(n, "details")) &&
           !(bt_xhtml_is(n, "details") && n->parent && bt_xhtml_only_child(n->parent) == n);
}

size_t bt_xhtml_leading_space(const char *t)
{
    size_t n = 0;
    for (;;) {
        if (t[n] == ' ' || t[n] == '\t' || t[n] == '\n')
            n++;
        else if (!strncmp(t + n, "\xC2\xA0", 2))
            n += 2;
        else if (!strncmp(t + n, "\xE3\x80\x80", 3))
            n += 3;
        else
            return n;
    }
}

void bt_xhtml_drop_indent(bt_document *doc, bt_node *n)
{
    const char *text = bt_node_text(doc, n);
    size_t indent = text ? bt_xhtml_leading_space(text) : 0;
    if (indent)
        bt_inlines_drop_prefix(doc, n, indent);
}

/* A caption made only of white space is none; one indented as a
 * paragraph loses its indent. */
static void end_caption(ctx *c, bt_node *fig)
{
    bt_node *cap = bt_node_figure_caption(fig);
    bt_xhtml_drop_indent(c->doc, cap);
    if (blank(cap))
        while (cap->first)
            bt_node_unlink(cap->first);
    /* it stays the last figure: a credit or a repeat of the caption may follow */
    c->figure = fig;
}

/* The figure's caption from el's text.  The long descriptions in it follow
 * the figure as blocks of their own: kept, and the caption stays short. */
static void caption(ctx *c, bt_node *fig, xmlNode *el)
{
    if (bt_xhtml_words(el, 1))
        page_caption(c, fig);
    bt_node *cap = bt_node_figure_caption(fig);
    xmlNode *cr = credit_span(el);
    const xmlNode *saved_skip = c->skip;
    /* (a writer's count, or a gallery's, is no part of the caption) */
    xmlNode *label = bt_xhtml_caption_label(el);
    if (!label && bt_xhtml_is(el, "figcaption"))
        label = bt_xhtml_caption_counter(el);
    c->skip = cr;
    c->in_caption++;
    read_from(c, el, label ? label->next : el->children, cap);
    c->in_caption--;
    c->skip = saved_skip;
    if (cr)
        credit(c, fig, cr, cap);
    else
        bt_credit_split(c->doc, fig);
    end_caption(c, fig);
    for (xmlNode *k = el->children; k && !c->failed;
         k = bt_xhtml_next(k, el, bt_xhtml_skipped(k) || long_description(k)))
        if (long_description(k) && !bt_xhtml_skipped(k))
            blocks_into(c, k, c->blocks);
}

/* The caption after an image's <br> (caption_break): the rest of the
 * image's paragraph. */
static void read_line_caption(ctx *c, xmlNode *br)
{
    bt_node *fig = c->figure;
    page_caption(c, fig);
    read_from(c, br->parent, br->next, bt_node_figure_caption(fig));
    bt_credit_split(c->doc, fig);
    end_caption(c, fig);
}

/* Whether a figure holds something other than an image and its caption. */
static int holds_content(xmlNode *el)
{
    static const char *const blocks[] = {"table", "pre", "blockquote", "ul", "ol", "dl", NULL};
    int budget = FIGURE_NODES;
    for (xmlNode *k = el->children; k && budget-- > 0;
         k = bt_xhtml_next(k, el, bt_xhtml_is(k, "figcaption")))
        for (const char *const *b = blocks; *b; b++)
            if (bt_xhtml_is(k, *b))
                return 1;
    return 0;
}

/* What a captioned figure without an image shows instead: a video, a
 * frame, a drawing (svg, canvas), none of which these formats carry. */
static void lost_picture(ctx *c, xmlNode *fig)
{
    int budget = FIGURE_NODES;
    for (xmlNode *k = fig->children; k && budget-- > 0;) {
        int media = bt_xhtml_embedded_media(k);
        int drawing = k->type == XML_ELEMENT_NODE &&
                      (bt_xhtml_is(k, "svg") || bt_xhtml_is(k, "canvas")) && !bt_xhtml_hidden(k);
        c->media += media;
        c->drawings += drawing;
        if (media || drawing)
            return;
        k = bt_xhtml_next(k, fig, bt_xhtml_is(k, "figcaption"));
    }
}

/* The figure's own caption, a figcaption child of it; the figure inside
 * it, when one is (a gallery's, *inner). */
static xmlNode *own_caption(xmlNode *el, int *inner)
{
    xmlNode *cap = NULL;
    *inner = 0;
    int budget = FIGURE_NODES;
    for (xmlNode *k = el->children; k && budget-- > 0; k = bt_xhtml_next(k, el, 0)) {
        *inner |= k != el && bt_xhtml_is(k, "figure") && !bt_xhtml_skipped(k);
        if (!cap && k->parent == el && bt_xhtml_is(k, "figcaption"))
            cap = k;
    }
    return cap;
}

static void figure(ctx *c, xmlNode *el);

/* A gallery (WordPress's gallery block, a slideshow: figures in a figure,
 * its caption before or after them): each of its figures in turn, what
 * else it holds its controls ("Bild 1 von 9"); the gallery's caption the
 * last figure's when that has none, else a paragraph after them unless it
 * says the same. */
static void gallery(ctx *c, xmlNode *el, xmlNode *cap)
{
    int budget = FIGURE_NODES;
    c->depth++;
    for (xmlNode *k = el->children; k && budget-- > 0 && !c->failed;) {
        int inner = k->type == XML_ELEMENT_NODE && bt_xhtml_is(k, "figure") && !bt_xhtml_skipped(k);
        int picture = !inner && bt_xhtml_is(k, "img") && !bt_xhtml_skipped(k);
        if (inner)
            figure(c, k);
        else if (picture) /* (one beside the figures, in none) */
            image(c, k);
        k = bt_xhtml_next(k, el, inner || picture || bt_xhtml_skipped(k));
    }
    c->depth--;
    if (!cap || !bt_xhtml_words(cap, 1))
        return;
    bt_node *last = c->blocks ? c->blocks->last : NULL;
    const bt_node *said =
        last && last->type == BT_NODE_FIGURE ? bt_node_figure_caption(last) : NULL;
    if (said && !said->first) {
        caption(c, last, cap);
        return;
    }
    bt_buf a = BT_BUF_INIT, b = BT_BUF_INIT;
    if (said)
        bt_node_text_put(said, &a);
    bt_xhtml_dom_text(cap, &b, 4096);
    int same = a.data && b.data && bt_xhtml_same_words(a.data, b.data, 0);
    bt_buf_free(&a);
    bt_buf_free(&b);
    if (!same)
        blocks_into(c, cap, c->blocks);
}

/* Whether the element right after figure el is marked as a caption. */
static int caption_after(const xmlNode *el)
{
    const xmlNode *k = xmlNextElementSibling((xmlNode *)el);
    return k && !bt_xhtml_is(k, "figure") && bt_xhtml_caption_marked(k) && bt_xhtml_words(k, 1);
}

/* Slides a figure holds at most, each read as a figure. */
#define FIGURE_SLIDES 64

/* A slideshow set as one figure, each slide a box of its picture and its
 * own figcaption, no figure around it (20 Minuten's "figure > div.
 * Slideshow_root > div.Slideshow_slide > img + figcaption"): each slide a
 * figure, in turn.  0 when el holds fewer than two such slides. */
static int slides(ctx *c, xmlNode *el)
{
    xmlNode *slide[FIGURE_SLIDES];
    size_t n = 0;
    int budget = FIGURE_NODES;
    for (xmlNode *k = el->children; k && budget-- > 0 && n < FIGURE_SLIDES;) {
        int is_slide = bt_xhtml_is(k, "figcaption") && k->parent != el && !bt_xhtml_skipped(k) &&
                       find_img(k->parent, NULL);
        if (is_slide)
            slide[n++] = k->parent;
        k = bt_xhtml_next(is_slide ? k->parent : k, el, is_slide || bt_xhtml_skipped(k));
    }
    if (n < 2 || c->depth >= BT_MAX_DEPTH)
        return 0;
    c->depth++;
    for (size_t i = 0; i < n && !c->failed; i++)
        figure(c, slide[i]);
    c->depth--;
    return 1;
}

static void figure(ctx *c, xmlNode *el)
{
    int inner;
    xmlNode *own = own_caption(el, &inner);
    if (inner && c->depth < BT_MAX_DEPTH) {
        gallery(c, el, own);
        return;
    }
    if (!own && bt_xhtml_is(el, "figure") && slides(c, el))
        return;
    xmlNode *img = find_img(el, NULL), *cap = NULL;
    if (!img)
        img = noscript_img(el);
    int budget = FIGURE_NODES;
    for (xmlNode *k = el->children; k && !cap && budget-- > 0; k = bt_xhtml_next(k, el, 0))
        if (bt_xhtml_is(k, "figcaption"))
            cap = k;
    /* a figure of a table, code or a quotation (WordPress's table blocks) is
     * that content, its caption a paragraph after it */
    if (!img && holds_content(el)) {
        blocks_into(c, el, c->blocks);
        return;
    }
    /* a captioned figure whose image was never there (bantin writes those
     * for images it could not load), or is a placeholder a script would
     * have replaced, is still a figure */
    bt_node *fig = img ? figure_of(c, img) : NULL;
    if (!fig && cap) {
        fig = new_figure(c);
        lost_picture(c, el);
    }
    if (!fig) {
        if (!img)
            blocks_into(c, el, c->blocks);
        return;
    }
    /* a figcaption named as the credit alone, the block right after the
     * figure marked as its caption (BuzzFeed's "figcaption.subbuzz__
     * attribution" over "div.subbuzz__description"): the credit, and the
     * caption to come */
    if (cap && bt_xhtml_credit_named(cap) && caption_after(el)) {
        credit(c, fig, cap, NULL);
        c->figure = fig;
        return;
    }
    caption(c, fig, cap ? cap : el);
    /* a credit the figure sets beside its caption ("<figcaption>...
     * </figcaption> <cite>Dane Isaac/Eater NY</cite>", Vox Media's) */
    budget = FIGURE_NODES;
    for (xmlNode *k = el->children; cap && k && !bt_node_figure_credit(fig) && budget-- > 0;
         k = bt_xhtml_next(k, el, k == cap))
        if (k != cap && (bt_xhtml_is(k, "cite") || bt_xhtml_credit_marked(k)) &&
            bt_xhtml_words(k, 1) && bt_xhtml_words(k, CREDIT_WORDS + 1) <= CREDIT_WORDS)
            credit(c, fig, k, bt_node_figure_caption(fig));
}

/* ---- tables ---- */

/* The rows of a table: tr children, or those of thead/tbody/tfoot. */
static xmlNode *next_row(xmlNode *table, xmlNode *row)
{
    xmlNode *k = row ? row->next : table->children;
    for (;;) {
        while (k && !bt_xhtml_is(k, "tr")) {
            if ((bt_xhtml_is(k, "tbody") || bt_xhtml_is(k, "thead") || bt_xhtml_is(k, "tfoot")) &&
                k->children) {
                k = k->children;
                continue;
            }
            k = k->next;
        }
        if (k || !row || row->parent == table)
            break;
        /* the end of one section: go on with the next one */
        xmlNode *section = row->parent;
        row = section;
        k = section->next;
        if (section->parent != table)
            return NULL;
    }
    return k;
}

static int is_cell(const xmlNode *k) { return bt_xhtml_is(k, "td") || bt_xhtml_is(k, "th"); }

/* Whether el reads as one short paragraph, as an unmarked caption does:
 * fewer than CAPTION_WORDS words, no headings, lists, quotes, rules or
 * tables, one <p> at most. */
static int short_paragraph(xmlNode *el)
{
    if (bt_xhtml_words(el, CAPTION_WORDS) >= CAPTION_WORDS)
        return 0;
    int budget = 1024, paragraphs = 0;
    for (xmlNode *k = el->children; k && budget-- > 0; k = bt_xhtml_next(k, el, 0)) {
        bt_node_type t;
        kind kk = k->type == XML_ELEMENT_NODE ? kind_of(k, &t) : K_TRANSPARENT;
        /* (but for the credit's own last line: "<p>Caption.</p><p
         * class=author>foto: Name</p>", iDNES's) */
        paragraphs +=
            bt_xhtml_is(k, "p") && !(paragraphs == 1 && k->parent == el && credit_line(k));
        if ((kk >= K_HEADING && kk != K_BLOCK) || paragraphs > 1)
            return 0;
    }
    return budget > 0;
}

static xmlNode *table_caption(xmlNode *table)
{
    for (xmlNode *k = table->children; k; k = k->next)
        if (bt_xhtml_is(k, "caption") && !bt_xhtml_skipped(k))
            return k;
    return NULL;
}

/* The link that holds every one of cell's words (64 at most), or NULL. */
static xmlNode *whole_link(xmlNode *cell)
{
    size_t words = bt_xhtml_words(cell, 64);
    for (xmlNode *k = cell->children; k && words; k = bt_xhtml_next(k, cell, 0))
        if (bt_xhtml_is(k, "a") && bt_xhtml_words(k, 64) == words)
            return k;
    return NULL;
}

/* Whether a table's cell is the lead its class names, or holds it as its
 * one element of words. */
static int lead_cell(const xmlNode *cell)
{
    if (bt_xhtml_class_has(cell, bt_xhtml_lead_classes, 0))
        return 1;
    const xmlNode *worded = NULL;
    for (const xmlNode *k = cell->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && bt_xhtml_words(k, 1)) {
            if (worded)
                return 0;
            worded = k;
        }
    return worded && bt_xhtml_class_has(worded, bt_xhtml_lead_classes, 0);
}

/* Whether cell's words are all a link to where picture img's link goes
 * ("<a href=javascript:openPhoto(...)>Click photo to enlarge</a>" under
 * the picture so linked): the picture's button, no caption. */
static int picture_link_cell(xmlNode *cell, const xmlNode *img)
{
    const xmlNode *pic = img ? img->parent : NULL;
    while (pic && pic->type == XML_ELEMENT_NODE && !bt_xhtml_is(pic, "a") && !is_cell(pic))
        pic = pic->parent;
    xmlNode *a = bt_xhtml_is(pic, "a") ? whole_link(cell) : NULL;
    if (!a)
        return 0;
    xmlChar *to = xmlGetProp(pic, (const xmlChar *)"href");
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    int same = to && href && !xmlStrcmp(href, to);
    xmlFree(to);
    xmlFree(href);
    return same;
}

/* Whether a table's cell a class names the picture's caption. */
static int caption_marked_cell(xmlNode *table)
{
    for (xmlNode *row = next_row(table, NULL); row; row = next_row(table, row))
        for (xmlNode *cell = row->children; cell; cell = cell->next)
            if (is_cell(cell) && bt_xhtml_caption_marked(cell))
                return 1;
    return 0;
}

/* Whether the table is an image with its caption: a CMS image table.  The
 * caption is the one cell with text, else the text beside the image in its
 * own cell, else the table's <caption>; a cell a class names the credit is
 * its credit (*cr), a cell of a spacer nothing (Le Monde's 2007 "<table
 * class=illustration>": the picture, "td.legende", "td.credit", a
 * "pix.gif" row). */
static int image_table(xmlNode *table, xmlNode **img, xmlNode **cap, xmlNode **cr)
{
    static const char *const classes[] = {"image", "tplCaption", "picture", "photo", NULL};
    int cells = 0, imgs = 0, text_cells = 0, marked = caption_marked_cell(table);
    xmlNode *img_cell = NULL, *texts[2] = {NULL, NULL};
    *img = *cap = *cr = NULL;
    for (xmlNode *row = next_row(table, NULL); row; row = next_row(table, row))
        for (xmlNode *cell = row->children; cell; cell = cell->next) {
            if (!is_cell(cell))
                continue;
            xmlNode *i = find_img(cell, NULL);
            if (i && ((bt_xhtml_icon(i) && !bt_xhtml_words(cell, 1)) || bt_xhtml_button_icon(i)))
                continue; /* a spacer, or a button under the picture */
            if (!*cr && !i && bt_xhtml_credit_marked(cell) && !bt_xhtml_caption_marked(cell) &&
                bt_xhtml_words(cell, CREDIT_WORDS + 1) <= CREDIT_WORDS) {
                *cr = cell;
                continue;
            }
            cells++;
            if (i) {
                imgs++;
                if (!*img)
                    *img = i, img_cell = cell;
                continue;
            }
            /* (a short link alone in its cell under a marked caption is the
             * picture's button too: "<td class=photoMore><a href=gallery>View
             * photo gallery (6 photos)</a>") */
            if (bt_xhtml_words(cell, 1) && !picture_link_cell(cell, *img) &&
                !(marked && !bt_xhtml_caption_marked(cell) && whole_link(cell) &&
                  bt_xhtml_words(cell, CREDIT_WORDS + 1) <= CREDIT_WORDS)) {
                if (text_cells < 2)
                    texts[text_cells] = cell;
                text_cells++;
                if (!*cap || bt_xhtml_caption_marked(cell))
                    *cap = cell;
            }
        }
    /* (a short line in italics under the caption's cell is the picture's
     * credit, unlabelled: "<td class=caption><i>Photo from the archives</i>") */
    if (text_cells == 2 && !*cr && bt_xhtml_italic(texts[1]) &&
        bt_xhtml_words(texts[1], CREDIT_WORDS + 1) <= CREDIT_WORDS && !bt_xhtml_italic(texts[0])) {
        *cap = texts[0];
        *cr = texts[1];
        text_cells = 1;
        cells--;
    }
    /* (a cell a class names the lead, or its one element of words, is the
     * lead beside the picture: "td.td-sapo", VnMedia's "<td><span
     * class=sapo>" beside the thumbnail) */
    if (imgs != 1 || text_cells > 1 || cells > 4 ||
        (*cap && lead_cell(*cap) && !bt_xhtml_caption_marked(*cap)))
        return 0;
    if (!*cap) {
        /* text beside the image: its caption, or the table is a layout */
        if (!bt_xhtml_words(img_cell, 1)) {
            *cap = table_caption(table);
            return 1;
        }
        *cap = img_cell;
        return !bt_xhtml_icon(*img) && short_paragraph(img_cell);
    }
    if ((bt_xhtml_class_has(table, classes, 0) || bt_xhtml_caption_marked(*cap)) &&
        bt_xhtml_words(*cap, MARKED_CAPTION_WORDS + 1) <= MARKED_CAPTION_WORDS)
        return 1;
    return !bt_xhtml_icon(*img) && short_paragraph(*cap) && short_paragraph(img_cell);
}

/* Pictures a gallery's table sets side by side at most. */
#define GALLERY_TABLE_PICTURES 4

/* Whether the table is a row of pictures, each alone in its cell, over one
 * caption for them all that a class marks, or the table's ("<table
 * class=picture><tr><td class=pic><img>...<td class=pic><img></tr><tr><td
 * class=pCaption colspan=2>"): *n pictures in img, the caption *cap. */
static int gallery_table(xmlNode *table, xmlNode **img, size_t *n, xmlNode **cap)
{
    static const char *const classes[] = {"image", "picture", "photo", NULL};
    *n = 0, *cap = NULL;
    for (xmlNode *row = next_row(table, NULL); row; row = next_row(table, row))
        for (xmlNode *cell = row->children; cell; cell = cell->next) {
            if (!is_cell(cell))
                continue;
            xmlNode *i = find_img(cell, NULL);
            if (i && !bt_xhtml_words(cell, 1)) {
                if (*n == GALLERY_TABLE_PICTURES || bt_xhtml_icon(i))
                    return 0;
                img[(*n)++] = i;
            } else if (i || *cap || !bt_xhtml_words(cell, 1)) {
                return 0;
            } else {
                *cap = cell;
            }
        }
    return *n >= 2 && *cap &&
           (bt_xhtml_class_has(table, classes, 0) || bt_xhtml_caption_marked(*cap)) &&
           bt_xhtml_words(*cap, MARKED_CAPTION_WORDS + 1) <= MARKED_CAPTION_WORDS;
}

/* Whether a cell holds a caption's words and none of them a link's (a
 * caption, no card of another story: "<td><img><br><a>Title</a>"). */
static int caption_cell(xmlNode *cell)
{
    for (xmlNode *k = cell->children; k; k = bt_xhtml_next(k, cell, 0))
        if (bt_xhtml_is(k, "a") && bt_xhtml_words(k, 1))
            return 0;
    return short_paragraph(cell);
}

/* The one cell of words of the table's last row when it opens with a
 * credit, the credit of the pictures above ("Photos by FF Jason Mease");
 * NULL otherwise. */
static xmlNode *credit_row(xmlNode *table, xmlNode *row)
{
    xmlNode *cell = NULL;
    for (xmlNode *k = row->children; k; k = k->next)
        if (is_cell(k) && bt_xhtml_words(k, 1)) {
            if (cell || find_img(k, NULL))
                return NULL;
            cell = k;
        }
    bt_buf b = BT_BUF_INIT;
    if (cell && !next_row(table, row))
        bt_xhtml_dom_text(cell, &b, 64);
    int yes = b.data && bt_credit_opens(b.data, b.len);
    bt_buf_free(&b);
    return yes ? cell : NULL;
}

int bt_xhtml_captioned_table(const xmlNode *t, xmlNode **img, xmlNode **cap, size_t *n,
                             xmlNode **credit)
{
    xmlNode *table = (xmlNode *)t;
    size_t pending = 0; /* pictures of the row above waiting for their captions */
    *n = 0;
    *credit = NULL;
    for (xmlNode *row = next_row(table, NULL); row; row = next_row(table, row)) {
        size_t pictures = 0, captions = 0, bare = 0;
        if (*n && !pending && (*credit = credit_row(table, row)) != NULL)
            break;
        for (xmlNode *cell = row->children; cell; cell = cell->next) {
            xmlNode *i = is_cell(cell) ? find_img(cell, NULL) : NULL;
            int words = is_cell(cell) && bt_xhtml_words(cell, 1);
            if (!i && !words)
                continue;
            if ((i && bt_xhtml_icon(i)) || (words && !caption_cell(cell)))
                return 0;
            if (!i) {
                /* (a caption under the picture of its column) */
                if (captions == pending)
                    return 0;
                cap[*n - pending + captions++] = cell;
                continue;
            }
            if (*n == BT_XHTML_CAPTIONED_PICTURES)
                return 0;
            img[*n] = i;
            cap[(*n)++] = words ? cell : NULL;
            pictures++;
            bare += !words;
        }
        /* (a row is pictures captioned, or bare, or the captions of those
         * above, all of them) */
        if ((captions && (pictures || captions != pending)) || (bare && bare != pictures) ||
            (pending && !captions))
            return 0;
        pending = bare;
    }
    return !pending && *n >= 2;
}

/* A layout table (a cell holding paragraphs, or the lead a class names, or
 * one cell in all) is read as the blocks of its cells. */
static int layout_table(xmlNode *table)
{
    int cells = 0;
    for (xmlNode *row = next_row(table, NULL); row; row = next_row(table, row))
        for (xmlNode *cell = row->children; cell; cell = cell->next) {
            if (!is_cell(cell))
                continue;
            int blocks;
            find_img(cell, &blocks);
            if (blocks || lead_cell(cell))
                return 1;
            cells++;
        }
    return cells <= 1;
}

/* A cell's colspan or rowspan: 1 when missing or not a number. */
static int cell_span(ctx *c, xmlNode *cell, const char *name)
{
    const char *v = attr(c, cell, name);
    long n = v ? strtol(v, NULL, 10) : 1;
    if (n > BT_MAX_CELL_SPAN)
        c->clamped_spans++;
    return n < 1 ? 1 : n > BT_MAX_CELL_SPAN ? BT_MAX_CELL_SPAN : (int)n;
}

/* The picture a data table's row holds in its one cell, over the cell's
 * caption if any (an infobox's "<tr><td colspan=2><img><div
 * class=infobox-caption>"): the row is a figure before the table, whose
 * cells hold text alone. */
static xmlNode *picture_row(xmlNode *row)
{
    xmlNode *img = NULL;
    for (xmlNode *cell = row->children; cell; cell = cell->next) {
        if (!is_cell(cell))
            continue;
        xmlNode *i = find_img(cell, NULL);
        if (img || (!i && bt_xhtml_words(cell, 1)))
            return NULL;
        if (i && (bt_xhtml_icon(i) ||
                  bt_xhtml_words(cell, MARKED_CAPTION_WORDS + 1) > MARKED_CAPTION_WORDS))
            return NULL;
        img = i;
    }
    return img;
}

static int has_header_cell(xmlNode *table)
{
    for (xmlNode *row = next_row(table, NULL); row; row = next_row(table, row))
        for (xmlNode *cell = row->children; cell; cell = cell->next)
            if (bt_xhtml_is(cell, "th"))
                return 1;
    return 0;
}

static void table(ctx *c, xmlNode *el)
{
    xmlNode *img, *cap, *cr, *imgs[GALLERY_TABLE_PICTURES];
    size_t n;
    if (image_table(el, &img, &cap, &cr)) {
        bt_node *fig = figure_of(c, img);
        if (fig && cap)
            caption(c, fig, cap);
        if (fig && cr && !bt_node_figure_credit(fig))
            credit(c, fig, cr, NULL);
        return;
    }
    /* (a gallery's caption is its last picture's, as an album's) */
    if (gallery_table(el, imgs, &n, &cap)) {
        bt_node *fig = NULL;
        for (size_t i = 0; i < n; i++)
            fig = figure_of(c, imgs[i]);
        if (fig)
            caption(c, fig, cap);
        return;
    }
    xmlNode *pics[BT_XHTML_CAPTIONED_PICTURES], *caps[BT_XHTML_CAPTIONED_PICTURES], *shared;
    if (bt_xhtml_captioned_table(el, pics, caps, &n, &shared)) {
        for (size_t i = 0; i < n; i++) {
            bt_node *fig = figure_of(c, pics[i]);
            if (fig)
                caption(c, fig, caps[i]);
            if (fig && shared)
                credit(c, fig, shared, bt_node_figure_caption(fig));
        }
        return;
    }
    int layout = layout_table(el);
    xmlNode *caption_el = table_caption(el);
    if (layout) {
        /* a table of data (a caption, header cells) whose cells hold blocks
         * (paragraphs, a table) loses its rows and columns */
        c->flat_tables += caption_el || has_header_cell(el);
        close_para(c);
    }
    for (xmlNode *row = next_row(el, NULL); row && !layout; row = next_row(el, row)) {
        xmlNode *i = picture_row(row);
        bt_node *fig = i ? figure_of(c, i) : NULL;
        if (fig && bt_xhtml_words(row, 1))
            caption(c, fig, row);
    }
    bt_node *t = layout ? NULL : add_block(c, BT_NODE_TABLE);
    if (!layout && !t)
        return;
    if (caption_el && layout) {
        blocks_into(c, caption_el, c->blocks);
    } else if (caption_el) {
        bt_node *tc = new_node(c, BT_NODE_CAPTION);
        if (!tc)
            return;
        bt_node_append(t, tc);
        read_into(c, caption_el, tc);
        if (blank(tc))
            bt_node_unlink(tc);
    }
    c->depth++;
    for (xmlNode *row = next_row(el, NULL); row && !c->failed; row = next_row(el, row)) {
        if (!layout && picture_row(row))
            continue;
        bt_node *r = layout ? NULL : new_node(c, BT_NODE_ROW);
        if (r)
            bt_node_append(t, r);
        for (xmlNode *cell = row->children; cell && !c->failed; cell = cell->next) {
            if (!is_cell(cell))
                continue;
            if (layout) {
                /* (a cell a class names the lead holds it: "td.td-sapo") */
                bt_role saved = c->role;
                if (bt_xhtml_class_has(cell, bt_xhtml_lead_classes, 0))
                    c->role = BT_ROLE_LEAD;
                blocks_into(c, cell, c->blocks);
                close_para(c);
                c->role = saved;
                continue;
            }
            bt_node *n = new_node(c, BT_NODE_CELL);
            if (!n)
                break;
            bt_node_set_cell_header(n, bt_xhtml_is(cell, "th"));
            bt_node_set_cell_span(n, cell_span(c, cell, "colspan"), cell_span(c, cell, "rowspan"));
            bt_node_append(r, n);
            read_into(c, cell, n);
        }
        if (r && bt_node_is_empty(r))
            bt_node_unlink(r);
    }
    c->depth--;
    if (t && (!t->first || (!t->first->next && t->first->type == BT_NODE_CAPTION)))
        bt_node_unlink(t);
}

/* ---- the walk ---- */

/* Whether el is inside a pulled quote: an "author" there is the speaker's
 * name, not the story's byline. */
static int in_quote(const xmlNode *el)
{
    static const char *const quotes[] = {"quote", "blockquote", "trich-dan", NULL};
    int up = 3; /* (a quote box is small: not the page's wrapper) */
    for (el = el->parent; el && el->type == XML_ELEMENT_NODE && up--; el = el->parent)
        if (bt_xhtml_is(el, "blockquote") || bt_xhtml_class_has(el, quotes, 0))
            return 1;
    return 0;
}

/* Words naming a box's title, as a lead's box may have one ("In summary"). */
static const char *const box_titles[] = {"title", "heading", "label", NULL};

/* Utility CSS (Tailwind, Bootstrap) sets a paragraph in bold by a class:
 * its text is strong, as a <b> around it would make it (a bold sapo). */
static const char *const bold_classes[] = {"font-bold", "font-semibold", "fw-bold", "fw-semibold",
                                           NULL};

/* A span a class sets in bold (the Daily Mail's "mol-style-bold"), as a
 * <b> would: its line may be a sub-heading. */
static const char *const bold_spans[] = {"bold", "font-bold", "fw-bold", NULL};

/* The weight an inline style gives el's text: 1 bold, -1 normal, 0 none
 * said.  Draft.js (Ynet) and text pasted from Google Docs set bold by a
 * span's style; Google Docs wraps the whole paste in a <b> of normal weight. */
static int styled_weight(const xmlNode *el)
{
    xmlChar *copy;
    const char *style = (const char *)bt_xhtml_attr_value(el, "style", &copy);
    int w = 0;
    if (style) {
        static const char *const bold[] = {"font-weight:bold", "font-weight:600", "font-weight:700",
                                           "font-weight:800", "font-weight:900"};
        for (size_t i = 0; i < sizeof(bold) / sizeof(*bold) && !w; i++)
            w = bt_xhtml_style_says(style, bold[i]);
        if (!w && (bt_xhtml_style_says(style, "font-weight:normal") ||
                   bt_xhtml_style_says(style, "font-weight:400")))
            w = -1;
    }
    xmlFree(copy);
    return w;
}

int bt_xhtml_bold(const xmlNode *el, int by_class)
{
    if (bt_xhtml_is(el, "b") || bt_xhtml_is(el, "strong"))
        return styled_weight(el) >= 0;
    return bt_xhtml_is(el, "span") &&
           ((by_class && bt_xhtml_class_has(el, bold_spans, 0)) || styled_weight(el) > 0);
}

/* Whether el holds text and inline elements only (Spiegel's lead, a div of
 * text a class sets in bold). */
static int inline_only(const xmlNode *el)
{
    for (const xmlNode *k = el->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && !inline_kind(k))
            return 0;
    return 1;
}

/* A paragraph a class names the story's teaser, of sentences and no link,
 * is its lead (kicker.de's "p.kick__article__teaser"); a box so named is
 * another story's card, a linked one a pointer to a theme's page. */
static const char *const lead_teasers[] = {"teaser", NULL};
#define TEASER_LEAD_WORDS 12

static int teaser_lead(const xmlNode *el)
{
    return bt_xhtml_is(el, "p") && bt_xhtml_class_has(el, lead_teasers, 0) &&
           !bt_xhtml_find(el, "a") && bt_xhtml_words(el, TEASER_LEAD_WORDS) >= TEASER_LEAD_WORDS;
}

/* (the label over a lead, "div.summary-title" saying "In Summary" over
 * the points, is no part of the lead) */
const char *const bt_xhtml_lead_labels[] = {"summary-title", "summary-label", "lead-title",
                                            "lead-label",    "sapo-title",    NULL};

/* Whether el's class names the lead, or the story's subhead as old
 * newspaper CMSs name it on its line under the headline (TownNews's
 * "font.storysubhead" under "font.storyheadline"), a lead too. */
static int lead_named(const xmlNode *el)
{
    static const char *const story_subheads[] = {"story-subhead", NULL};
    /* (a definition named by its id too: ScienceDaily's "<dt>Summary:</dt>
     * <dd id=abstract>" beside the date and the source) */
    return bt_xhtml_class_has(el, bt_xhtml_lead_classes, bt_xhtml_is(el, "dd")) ||
           bt_xhtml_class_has(el, story_subheads, 0);
}

/* Names of the story's lead picture or video, its "lead asset", and of
 * what is in its box: no lead text (TEGNA's "article__lead-asset" around
 * the video and its caption). */
static const char *const lead_media[] = {
    "lead-asset", "lead-image", "lead-media", "lead-art", "lead-photo", "lead-video", "lead-img",
    /* (the modifier after the picture's name: Stuttgarter Zeitung's
     * "div.article-image--lead" around the picture and its gallery's link) */
    "image-lead", "photo-lead", "media-lead", "video-lead", NULL};

static void block(ctx *c, xmlNode *el)
{
    close_para(c);
    bt_role saved = c->role;
    /* (a byline in the lead's box names both: "leadText-authors") */
    if (bt_xhtml_class_has(el, bt_xhtml_byline_classes, 0) && !in_quote(el))
        c->role = BT_ROLE_BYLINE;
    else if (bt_xhtml_class_has(el, bt_xhtml_lead_labels, 0))
        c->role = BT_ROLE_NONE;
    /* (a definition list, in a lead's box or named so, is facts, no lead:
     * a review's "dl.review-summary__facts", the book's title, publisher
     * and pages) */
    else if (bt_xhtml_is(el, "dl"))
        c->role = c->role == BT_ROLE_LEAD ? BT_ROLE_NONE : c->role;
    else if ((lead_named(el) && !bt_xhtml_class_has(el, lead_media, 0)) || teaser_lead(el))
        c->role = BT_ROLE_LEAD;
    /* (in bold by a utility class, or by its style: Sina's "<p
     * style=font-weight:bold>" sub-headings, its CMS's "<p cms-style=
     * "font-L strong-Bold">") */
    int bold =
        (bt_xhtml_is(el, "p") || inline_only(el)) &&
        (bt_xhtml_class_has(el, bold_classes, 0) ||
         bt_xhtml_attr_has_word(el, "cms-style", "strong-Bold") ||
         (styled_weight(el) > 0 && !bt_xhtml_find(el, "strong") && !bt_xhtml_find(el, "b"))) &&
        push_span(c, BT_NODE_STRONG, NULL, NULL);
    walk_children(c, el);
    if (bold)
        pop_span(c);
    close_para(c);
    c->role = saved;
}

/* Whether el's text is the figure's caption (and credit) again. */
static int repeats_caption(ctx *c, bt_node *fig, xmlNode *el)
{
    bt_buf mine = BT_BUF_INIT, theirs = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &theirs, 4096);
    bt_node_text_put(bt_node_figure_caption(fig), &mine);
    bt_node *cr = bt_node_figure_credit(fig);
    if (cr) {
        bt_buf_putc(&mine, ' ');
        bt_node_text_put(cr, &mine);
    }
    const char *t = theirs.len ? bt_arena_nfc(c->doc, theirs.data, theirs.len) : NULL;
    int same = t && mine.data && bt_xhtml_same_words(mine.data, t, 0);
    bt_buf_free(&mine);
    bt_buf_free(&theirs);
    return same;
}

/* Whether el's text is the picture's alt again (bt_xhtml_says_alt). */
static int says_alt(const bt_node *fig, xmlNode *el)
{
    /* (a heading that names the picture's product is the text's) */
    for (const xmlNode *k = el; k; k = bt_xhtml_next(k, el, 0))
        if (k->type == XML_ELEMENT_NODE && kind_of(k, &(bt_node_type){0}) == K_HEADING)
            return 0;
    return bt_xhtml_says_alt(fig->literal, el, 0);
}

/* Whether el's text ends with one of marks, or with an ellipsis when
 * ellipsis is set. */
static int ends_with(const xmlNode *el, const char *marks, int ellipsis)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &b, 400);
    size_t len = b.len;
    while (len && (b.data[len - 1] == ' ' || b.data[len - 1] == '\n'))
        len--;
    int ends = len && (strchr(marks, b.data[len - 1]) ||
                       (ellipsis && len >= 3 && !memcmp(b.data + len - 3, "\xE2\x80\xA6", 3)));
    bt_buf_free(&b);
    return ends;
}

/* A wire photo's credit closing a caption, "(Agency/Name)", has at most
 * this many words. */
#define WIRE_CREDIT_WORDS 6

/* Whether el's text closes on a wire photo's credit in brackets, agency
 * and photographer parted by a slash: "... May 2, 2024. (Xinhua/Ding Lei)",
 * "(AP Photo/Evan Vucci)"; or on a photographer's credit in brackets that
 * says so: "(Photo by Tien Mao)". */
static int wire_credit_closes(const xmlNode *el)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &b, 1024);
    size_t len = b.len;
    while (len && strchr(" \n.", b.data[len - 1]))
        len--;
    const char *open = NULL;
    if (len && b.data[len - 1] == ')')
        for (size_t i = len - 1; i-- > 0 && !open && b.data[i] != ')';)
            if (b.data[i] == '(')
                open = b.data + i;
    size_t words = 0, slashes = 0;
    for (const char *p = open; p && p < b.data + len; p++) {
        words += *p == ' ' && p[1] != ' ';
        slashes += *p == '/' && p > open + 1 && p[-1] != ' ' && p[1] != ' ' && p[1] != ')';
    }
    /* (an agency's name opens on a capital: "(1/2)" and "(and/or)" are none) */
    static const char *const shot[] = {"(photo by ", "(photos by ", "(photograph by ",
                                       "(photo: ",   "(photos: ",   NULL};
    int by = 0;
    for (const char *const *w = shot; open && *w && !by; w++)
        by = !strncasecmp(open, *w, strlen(*w));
    int wire =
        open && words < WIRE_CREDIT_WORDS &&
        ((slashes == 1 && (((unsigned char)open[1] >= 'A' && (unsigned char)open[1] <= 'Z') ||
                           (unsigned char)open[1] >= 0x80)) ||
         by);
    bt_buf_free(&b);
    return wire;
}

/* Whether el's text closes on its photographer, as papers in Japanese and
 * Chinese close a caption: "...さん＝2024年3月8日、高知県、佐藤健一撮影" after
 * the full-width equals sign, "...新华社记者 丁磊 摄", or the reporter's
 * "图" (picture) after the word for reporter: "...澎湃新闻记者 周平浪 图". */
static int shot_by_closes(const xmlNode *el)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &b, 1024);
    size_t len = b.len;
    while (len && strchr(" \n", b.data[len - 1]))
        len--;
    /* (撮影, and 摄) */
    int jp = len > 6 && !memcmp(b.data + len - 6, "\xE6\x92\xAE\xE5\xBD\xB1", 6) &&
             strstr(b.data, "\xEF\xBC\x9D") != NULL;
    int zh = len > 3 && !memcmp(b.data + len - 3, "\xE6\x91\x84", 3);
    /* (图 or 圖 after 记者 or 記者) */
    int pictured = len > 3 && (!memcmp(b.data + len - 3, "\xE5\x9B\xBE", 3) ||
                               !memcmp(b.data + len - 3, "\xE5\x9C\x96", 3));
    zh |= pictured && (strstr(b.data, "\xE8\xAE\xB0\xE8\x80\x85") ||
                       strstr(b.data, "\xE8\xA8\x98\xE8\x80\x85"));
    bt_buf_free(&b);
    return jp || zh;
}

/* Whether el's text opens with a mark pointing up at the picture above it,
 * as Chinese-language papers open a caption ("▲國1北上楠梓段..."). */
static int points_up(const xmlNode *el)
{
    static const char *const marks[] = {"\xE2\x96\xB2", "\xE2\x96\xB3", "\xE2\x86\x91", NULL};
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &b, 16);
    const char *s = b.data ? b.data + strspn(b.data, " \n") : "";
    int up = 0;
    for (const char *const *m = marks; *m && !up; m++)
        up = !strncmp(s, *m, strlen(*m));
    bt_buf_free(&b);
    return up;
}

/* A line of a script written without spaces (Chinese, Japanese, Thai) is
 * a caption's length from this many characters, though one "word". */
#define SPACELESS_CAPTION_CHARS 8

/* Whether el is a line of a script without spaces, of fewer than
 * CENTERED_CAPTION_WORDS words, under a centered picture, and the block
 * after it is not centered: a news page centers its pictures and their
 * captions, a blog that centers every line centers the next one too. */
static int spaceless_centered_line(const xmlNode *el, size_t words)
{
    if (words >= CENTERED_CAPTION_WORDS)
        return 0;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &b, 512);
    size_t chars = 0; /* of three or four bytes in UTF-8: from U+0800 on */
    for (size_t i = 0; i < b.len; i++)
        chars += (unsigned char)b.data[i] >= 0xE0;
    bt_buf_free(&b);
    if (chars < SPACELESS_CAPTION_CHARS)
        return 0;
    const xmlNode *next = el->next;
    while (next && (next->type != XML_ELEMENT_NODE || bt_xhtml_skipped(next)))
        next = next->next;
    return !next || !bt_xhtml_aligned(next, 0, "center");
}

/* Whether img's aria-describedby names el's id: el describes the image. */
static int describes(const xmlNode *img, const xmlNode *el)
{
    xmlChar *ids = img ? xmlGetProp(img, (const xmlChar *)"aria-describedby") : NULL;
    xmlChar *id = ids ? xmlGetProp(el, (const xmlChar *)"id") : NULL;
    int hit = 0;
    size_t len = id ? strlen((const char *)id) : 0;
    for (const char *p = (const char *)ids; p && *p && len && !hit;) {
        p += strspn(p, " \t\n");
        size_t n = strcspn(p, " \t\n");
        hit = n == len && !strncmp(p, (const char *)id, len);
        p += n;
    }
    xmlFree(ids);
    xmlFree(id);
    return hit;
}

/* Words of a line in a picture's box that may be its credit ("© DTB"), at
 * most: a caption has more. */
#define CREDIT_LINE_WORDS 2

/* Elements between a picture and the box it shares with its caption, and
 * elements in that box, at most. */
#define CAPTION_BOX_DEPTH 3
#define CAPTION_BOX_NODES 64

/* Whether el, after img, shares with it a box its class names a caption
 * that holds no other picture ("<span class=custom-caption><img>
 * <span>Text</span></span>"): the box is the picture with its caption. */
static int in_caption_box(const xmlNode *img, const xmlNode *el)
{
    const xmlNode *box = img ? img->parent : NULL;
    for (int up = 0; box && box->type == XML_ELEMENT_NODE && up < CAPTION_BOX_DEPTH;
         up++, box = box->parent) {
        const xmlNode *a = el;
        while (a && a != box)
            a = a->parent;
        if (!a)
            continue;
        /* (or the one element in a box so named: Froala's
         * "span.fr-img-caption > span.fr-img-wrap > img + span.fr-inner") */
        const xmlNode *outer = box->parent;
        if (!bt_xhtml_caption_marked(box) && outer && outer->type == XML_ELEMENT_NODE &&
            bt_xhtml_caption_marked(outer) && xmlChildElementCount((xmlNode *)outer) == 1)
            box = outer;
        if (!bt_xhtml_caption_marked(box))
            return 0;
        int budget = CAPTION_BOX_NODES;
        bt_node_type t;
        /* (a lazy picture's copy for pages without scripts is the same; a
         * box with a heading is a card of a story or a product) */
        for (const xmlNode *k = box->children; k && budget-- > 0;
             k = bt_xhtml_next(k, box, bt_xhtml_is(k, "noscript")))
            if ((bt_xhtml_is(k, "img") && k != img) ||
                (k->type == XML_ELEMENT_NODE && kind_of(k, &t) == K_HEADING))
                return 0;
        return budget >= 0;
    }
    return 0;
}

/* Whether most of el's words are in links (a card's title), all in a
 * credit ("(c) Agency": the picture's credit), or el holds a caption of its
 * own: el is no caption line, whole. */
static int no_caption_line(xmlNode *el, size_t words)
{
    size_t linked = 0;
    for (xmlNode *k = el; k; k = bt_xhtml_next(k, el, bt_xhtml_is(k, "a"))) {
        if (bt_xhtml_is(k, "a"))
            linked += bt_xhtml_words(k, words);
        else if (k->type == XML_ELEMENT_NODE &&
                 ((k != el && bt_xhtml_caption_marked(k)) ||
                  (bt_xhtml_credit_marked(k) && bt_xhtml_words(k, words) >= words)))
            return 1;
    }
    return linked * 2 >= words;
}

/* Whether k is marked as a picture's credit, or says it is a source: a
 * <cite> (Vox Media's beside its figcaption, ESPN's "<img><cite>Name/Getty
 * Images</cite><p>caption</p>"), a class "source" (Business Insider's
 * "<img><span class=source>AP Images</span><span class=caption>"). */
static int credit_or_source(const xmlNode *k)
{
    static const char *const source[] = {"source", NULL};
    return bt_xhtml_credit_marked(k) || bt_xhtml_is(k, "cite") || bt_xhtml_class_has(k, source, 0);
}

/* Whether k is a short element marked as a picture's credit, no picture in
 * it. */
static int marked_credit(const xmlNode *k)
{
    return credit_or_source(k) && !find_img((xmlNode *)k, NULL) &&
           bt_xhtml_words(k, CREDIT_WORDS + 1) <= CREDIT_WORDS;
}

/* Whether all el's box shows after it is marked credits, or nothing. */
static int only_credits_after(const xmlNode *el)
{
    for (xmlNode *k = el->next; k; k = k->next)
        if (!bare(k) && !marked_credit(k))
            return 0;
    return 1;
}

/* Whether el ends a box that holds only the picture before it, its credit
 * and el: the picture's box, el the picture's caption whatever the box's name
 * (<div class="image-embed"><img><p>line</p></div>).  The article's own
 * blocks and inline elements (a link's) are no such box, and a picture
 * that names its description (aria-describedby) says where its caption is. */
static int ends_picture_box(xmlNode *img, xmlNode *el, size_t words)
{
    static const char *const bodies[] = {"body", "article", "main", "section", "p", NULL};
    xmlNode *box = el->parent, *pic = NULL;
    for (const char *const *b = bodies; box && *b; b++)
        if (bt_xhtml_is(box, *b))
            return 0;
    if (!box || box->type != XML_ELEMENT_NODE || inline_kind(box) || !img ||
        xmlHasProp(img, (const xmlChar *)"aria-describedby") || no_caption_line(el, words))
        return 0;
    for (xmlNode *k = box->children; k && k != el; k = k->next) {
        /* (and the picture's credit, marked: Spiegel's 2008 "p.spCredit") */
        if (bare(k) || (pic && marked_credit(k)))
            continue;
        if (pic || k->type != XML_ELEMENT_NODE || (k != img && find_img(k, NULL) != img))
            return 0;
        pic = k;
    }
    /* (the credit may come after the line: Kyodo's "div.mainpic > img, p,
     * span.photo-credit") */
    return pic != NULL && only_credits_after(el);
}

/* Whether the next thing after el that shows anything is a block (a
 * paragraph, a heading): the line el is in ends with it. */
static int block_follows(const xmlNode *el)
{
    for (xmlNode *k = el->next; k; k = k->next) {
        if (bare(k))
            continue;
        bt_node_type t;
        return k->type == XML_ELEMENT_NODE && kind_of(k, &t) >= K_HEADING;
    }
    return 0;
}

/* Whether el opens a box of the text's paragraphs that the picture img is
 * not in: after the picture's credit (a hero picture's, above the body's
 * box), el is the text's first line, not the picture's caption, though
 * nothing else stands between them.  (Without a credit, site builders set
 * a caption so: the first line of the next text block, in italics.) */
static int opens_text_box(const xmlNode *img, const xmlNode *el)
{
    /* (from an inline element, its paragraph; from a paragraph, the
     * wrapper that holds it alone, as page builders wrap each) */
    while (el->parent && el->parent->type == XML_ELEMENT_NODE &&
           (bt_xhtml_is(el->parent, "p") || inline_kind(el->parent) ||
            bt_xhtml_only_child(el->parent) == el))
        el = el->parent;
    const xmlNode *box = el->parent;
    for (const xmlNode *k = img; k; k = k->parent)
        if (k == box)
            return 0;
    int blocks = 0;
    for (const xmlNode *k = el->next; k && blocks < 2; k = k->next)
        blocks += k->type == XML_ELEMENT_NODE && bt_xhtml_words(k, 1);
    return blocks >= 2;
}

/* Whether img is the picture WordPress shows as the post's thumbnail
 * ("img.wp-post-image", above the content): its theme sets its caption in
 * its own box, so the post's first line in italics is the post's. */
static int post_thumbnail(const xmlNode *img)
{
    static const char *const names[] = {"wp-post-image", NULL};
    return bt_xhtml_class_has(img, names, 0);
}

/* Whether inline el ends a line: a <br> or its block's end comes before
 * more text, through the inline elements it ends ("<strong><em>Label:</em>
 * </strong>Text" goes on). */
static int ends_line(const xmlNode *el)
{
    for (;;) {
        if (!bt_xhtml_line_ends(el))
            return 0;
        const xmlNode *k = el->next;
        while (k && !bt_xhtml_is(k, "br"))
            k = k->next;
        if (k || !el->parent || el->parent->type != XML_ELEMENT_NODE || !inline_kind(el->parent))
            return 1;
        el = el->parent;
    }
}

/* Whether heading el is marked as a caption and not as a title: the
 * Taipei Times's "h2.imgtext" under the picture, not a headline beside it
 * ("h1.noticias-single__title--with-image"). */
static int caption_heading(const xmlNode *el)
{
    static const char *const titles[] = {"title", "headline", NULL};
    return bt_xhtml_caption_marked(el) && !bt_xhtml_class_has(el, titles, 1);
}

/* An element right after a figure, nothing between them: read as the
 * figure's credit or caption when it is marked as one (class or id, or the
 * image's aria-describedby) or is a short line all in italics, or left out
 * when it repeats the caption. */
static int after_figure(ctx *c, xmlNode *el, kind k)
{
    /* (Drupal's image_field_caption sets it in a <blockquote>, the Taipei
     * Times in an "h2.imgtext") */
    if ((k != K_TRANSPARENT && k != K_SPAN && k != K_BLOCK &&
         !(k == K_QUOTE && bt_xhtml_caption_marked(el)) &&
         !(k == K_HEADING && caption_heading(el))) ||
        find_img(el, NULL))
        return 0;
    size_t words = bt_xhtml_words(el, MARKED_CAPTION_WORDS + 1);
    /* (a lead's length of words in a block a class names the lead is none:
     * Tehran Times' "p.introtext" under an uncaptioned picture) */
    if (!words || (words >= LEAD_CAPTION_WORDS && !bt_xhtml_caption_marked(el) &&
                   bt_xhtml_class_has(el, bt_xhtml_lead_classes, 0)))
        return 0;
    bt_node *fig = c->figure;
    /* an inline element is a line of its own only up to a <br> or a block */
    int line = k == K_BLOCK || k == K_QUOTE || k == K_HEADING || ends_line(el) || block_follows(el);
    /* (or goes on only with the picture's credit, to its box's end: ITmedia's
     * "<img><small>Caption</small><small class=credit>(Source)</small>") */
    line = line || (el->next && only_credits_after(el));
    /* (or a box whose words are all its credit's, whatever its own name:
     * RIA Novosti's "photoview__open-info > span.photoview__copyright") */
    const xmlNode *cs = NULL; /* (the last credit in it: an "attribution" holds both) */
    int budget = CAPTION_BOX_NODES;
    for (const xmlNode *k = el; k && budget-- > 0; k = bt_xhtml_next(k, el, 0))
        if (k->type == XML_ELEMENT_NODE && credit_or_source(k))
            cs = k;
    if (cs && bt_xhtml_words(cs, words) >= words && words <= CREDIT_WORDS &&
        !bt_node_figure_credit(fig)) {
        credit(c, fig, el, NULL);
        return 1;
    }
    /* (or, under the caption, a short line its label opens as a credit:
     * Novinky's "p.author" saying "Foto: Václav Šálek, ČTK") */
    if (line && bt_node_figure_caption(fig)->first && !bt_node_figure_credit(fig) &&
        words <= CREDIT_WORDS && credit_labelled(el)) {
        credit(c, fig, el, NULL);
        return 1;
    }
    if (bt_node_figure_caption(fig)->first && fig != c->provisional)
        return line && repeats_caption(c, fig, el);
    /* an italic line after an icon or an image in running text is no caption */
    xmlNode *img = c->figure_img;
    int alone = !img || (!bt_xhtml_icon(img) && block_start(img));
    /* an unmarked line: in italics, or text with its photo credit in it
     * (marked, or a wire photo's closing it) */
    int short_line = line && alone && short_paragraph(el);
    xmlNode *cr = short_line ? credit_span(el) : NULL;
    /* (or the one line that ends the picture's box, or a line of words
     * centered under a centered picture, unless it introduces what follows
     * with a colon ("Now the photos before:"): blogs in scripts without
     * spaces centre their lines of text as well, so one "word" of those is
     * a caption only when the block after it is not centred) */
    if (((bt_xhtml_caption_marked(el) || describes(img, el) ||
          (words > CREDIT_LINE_WORDS && in_caption_box(img, el))) &&
         words <= MARKED_CAPTION_WORDS) ||
        (line && alone && words <= MARKED_CAPTION_WORDS && says_alt(fig, el)) ||
        (short_line && (points_up(el) || wire_credit_closes(el) || shot_by_closes(el))) ||
        (short_line && bt_xhtml_italic(el) &&
         !(img && (bt_node_figure_credit(fig) || post_thumbnail(img)) && opens_text_box(img, el)) &&
         !(img && bt_xhtml_caption_declared_empty(img))) ||
        (short_line && words < LINE_CAPTION_WORDS && ends_picture_box(img, el, words)) ||
        (short_line && words < LINE_CAPTION_WORDS && img && bt_xhtml_aligned(el, 0, "center") &&
         bt_xhtml_aligned(img->parent, 2, "center") && !ends_with(el, ":", 0) &&
         (words >= CENTERED_CAPTION_WORDS || spaceless_centered_line(el, words))) ||
        (cr && bt_xhtml_credit_marked(cr) && bt_xhtml_words(cr, words) < words)) {
        caption(c, fig, el);
        return 1;
    }
    return 0;
}

/* Blocks between a picture and its caption set further down at most; and
 * words of the picture's alt that caption has at least. */
#define LATE_CAPTION_BLOCKS 3
#define LATE_CAPTION_ALT_WORDS 3

/* A picture's caption set a few paragraphs below it, as an old page's
 * editor placed it beside a floated picture: a short line all in italics
 * that says every word of the picture's alt ("Knut Sather in the churn
 * room" over "<em>Buttermaker Knut Sather, left, ... in the churn room,
 * 1947.</em>"), the picture left without a caption. */
static int late_caption(ctx *c, xmlNode *el, kind k)
{
    bt_node *fig = c->uncaptioned;
    if (k != K_BLOCK || c->blocks_after > LATE_CAPTION_BLOCKS || !fig->literal ||
        bt_node_figure_caption(fig)->first || find_img(el, NULL) || !short_paragraph(el) ||
        !bt_xhtml_italic(el))
        return 0;
    if (!bt_xhtml_says_alt_words(fig->literal, el, LATE_CAPTION_ALT_WORDS))
        return 0;
    caption(c, fig, el);
    c->uncaptioned = NULL;
    return 1;
}

/* A footnote's mark is short: its label is cut there. */
#define MARK_BYTES 64

/* A footnote's mark: a NOTE_REF, its NOTE read at the end.  0 when el is
 * no reference, or one whose note is missing (its mark stays as text). */
static int note_ref(ctx *c, xmlNode *el)
{
    xmlNode *a, *target;
    if (!bt_xhtml_note_ref(c->notes, el, &a, &target))
        return 0;
    if (!target) {
        c->missing_notes++;
        return 0;
    }
    /* the note's place in pending, plus one: 0 until its first mark */
    size_t *slot = bt_xhtml_note_slot(c->notes, target);
    if (!slot)
        return 0;
    if (!*slot) {
        if (c->npending == c->cap_pending) {
            size_t cap = c->cap_pending ? c->cap_pending * 2 : 8;
            pending_note *p = realloc(c->pending, cap * sizeof(*p));
            if (!p) {
                c->failed = 1;
                return 1;
            }
            c->pending = p, c->cap_pending = cap;
        }
        bt_node *note = new_node(c, BT_NODE_NOTE);
        if (!note)
            return 1;
        c->pending[c->npending++] = (pending_note){target, note};
        *slot = c->npending;
    }
    size_t i = *slot - 1;
    /* the mark as the text shows it, without its brackets: "[1]" is 1 */
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(a, &b, MARK_BYTES);
    const char *mark = b.data ? b.data : "";
    size_t len = b.len;
    if (len >= MARK_BYTES) {
        /* cut where a character starts */
        while (len && ((unsigned char)mark[len - 1] & 0xC0) == 0x80)
            len--;
        len -= len > 0;
    }
    while (len && strchr("[(", *mark))
        mark++, len--;
    while (len && strchr("])", mark[len - 1]))
        len--;
    char number[24];
    if (!len)
        len = (size_t)snprintf(number, sizeof(number), "%zu", i + 1), mark = number;
    const char *label = bt_arena_nfc(c->doc, mark, len);
    bt_buf_free(&b);
    bt_node *note = c->pending[i].note;
    put_space(c);
    bt_node *at = inline_parent(c), *ref = new_node(c, BT_NODE_NOTE_REF);
    if (!at || !ref || !label || bt_node_set_label(c->doc, ref, label) != BT_OK ||
        (!bt_node_label(note) && bt_node_set_label(c->doc, note, label) != BT_OK)) {
        c->failed = 1;
        return 1;
    }
    bt_node_set_note(ref, note);
    bt_node_append(at, ref);
    return 1;
}

static int empty_pair(const char *p)
{
    return (p[0] == '[' && p[1] == ']') || (p[0] == '(' && p[1] == ')');
}

/* Leave out the brackets a back link leaves empty at a note's start or end
 * ("[↩] Text", "Text. [↩]"), and the space beside them. */
static void empty_brackets(ctx *c, bt_node *note)
{
    bt_node *first = note, *last = note;
    while (first->first)
        first = first->first;
    while (last->last)
        last = last->last;
    if (first->type == BT_NODE_TEXT && first->literal && empty_pair(first->literal)) {
        const char *rest = first->literal + 2 + strspn(first->literal + 2, " ");
        if (bt_node_set_literal(c->doc, first, rest, strlen(rest)) != BT_OK)
            c->failed = 1;
    }
    size_t len = last->type == BT_NODE_TEXT && last->literal ? strlen(last->literal) : 0;
    if (len >= 2 && empty_pair(last->literal + len - 2)) {
        len -= 2;
        while (len && last->literal[len - 1] == ' ')
            len--;
        if (bt_node_set_literal(c->doc, last, last->literal, len) != BT_OK)
            c->failed = 1;
    }
}

/* The notes referenced, each read once from its element, after the body in
 * the order of their first reference (notes referenced from notes too). */
static void read_notes(ctx *c)
{
    c->in_note++;
    for (size_t i = 0; i < c->npending && !c->failed; i++) {
        bt_node *note = c->pending[i].note;
        /* a note's first line is no caption of the figure before */
        c->figure = c->uncaptioned = NULL;
        blocks_into(c, c->pending[i].el, note);
        empty_brackets(c, note);
        bt_node_append(c->blocks, note);
    }
    c->in_note--;
}

static void element_kind(ctx *c, xmlNode *el, kind k, bt_node_type type);

/* A ruby's reading (<rt>) that no <rp> before it puts in brackets: read
 * on the line, "東(とう)京(きょう)", not "東とう京きょう". */
static int bare_ruby_text(const xmlNode *el)
{
    if (!bt_xhtml_is(el, "rt"))
        return 0;
    const xmlNode *k = el->prev;
    while (k && k->type != XML_ELEMENT_NODE)
        k = k->prev;
    return !bt_xhtml_is(k, "rp");
}

static void element(ctx *c, xmlNode *el)
{
    bt_node_type type = BT_NODE_TEXT;
    kind k = kind_of(el, &type);
    if (c->notes && c->in_note && bt_xhtml_note_backlink(c->notes, el))
        return;
    if (c->notes && (bt_xhtml_is(el, "a") || bt_xhtml_is(el, "sup")) && note_ref(c, el))
        return;
    if (c->figure && !c->flat && after_figure(c, el, k))
        return;
    if (!c->figure && c->uncaptioned && !c->flat && late_caption(c, el, k))
        return;
    if ((k == K_SPAN || k == K_TRANSPARENT) && drawn_formula(c, el))
        return;
    if (bare_ruby_text(el)) {
        /* what a browser without ruby shows when the page gives rp */
        put_text(c, "(", 1);
        walk_children(c, el);
        put_text(c, ")", 1);
        return;
    }
    const char *lang = foreign_language(c, el, k <= K_IMG);
    int pushed = lang && push_span(c, BT_NODE_SPAN, NULL, lang);
    element_kind(c, el, k, type);
    if (pushed)
        pop_span(c);
}

/* Paragraphs of the story read before a heading named as a lead that make
 * it a sub-heading. */
#define LEAD_HEADING_AFTER 2
/* Words such a paragraph has at least (a sentence, no line of the header). */
#define LEAD_HEADING_WORDS 12

/* Whether the body holds LEAD_HEADING_AFTER paragraphs of text already. */
static int text_read(const ctx *c)
{
    int paras = 0;
    for (const bt_node *k = bt_document_body(c->doc)->first; k && paras < LEAD_HEADING_AFTER;
         k = k->next) {
        const char *t = k->type == BT_NODE_PARAGRAPH && k->role == BT_ROLE_NONE
                            ? bt_node_text(c->doc, k)
                            : NULL;
        paras += t && bt_word_count(t) >= LEAD_HEADING_WORDS;
    }
    return paras >= LEAD_HEADING_AFTER;
}

/* Words a <span> a class names a lead has at least to be the lead's block
 * (fewer are a label: "<span class=lead-in>WASHINGTON</span>"), or letters
 * in fewer, longer words (Naver's six-word Korean "media_end_summary"). */
#define LEAD_SPAN_WORDS 8
#define LEAD_SPAN_LETTERS 32

/* Whether inline el stands on a line of its own between blocks: nothing
 * shown beside it but blocks (or a break after it). */
static int own_line(const xmlNode *el)
{
    for (int dir = 0; dir < 2; dir++) {
        const xmlNode *k = dir ? el->next : el->prev;
        while (k && (bare((xmlNode *)k) && !bt_xhtml_is(k, "br") &&
                     !(k->type == XML_ELEMENT_NODE && !inline_kind(k))))
            k = dir ? k->next : k->prev;
        if (k && inline_kind(k) && !(dir && bt_xhtml_is(k, "br")))
            return 0;
    }
    return 1;
}

/* Whether el, a <span>, a <font> or a bold run a class names a lead, is
 * a line of its own long enough to be the lead's block ("<strong
 * class=media_end_summary>" over the text, "span.lead_post_detail" between
 * a picture and the text). */
static int lead_line(const xmlNode *el)
{
    if (!(bt_xhtml_is(el, "span") || bt_xhtml_is(el, "strong") || bt_xhtml_is(el, "b") ||
          bt_xhtml_is(el, "font")) ||
        !lead_named(el) || !own_line(el))
        return 0;
    if (bt_xhtml_words(el, LEAD_SPAN_WORDS) >= LEAD_SPAN_WORDS)
        return 1;
    bt_buf t = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &t, 4 * LEAD_SPAN_LETTERS);
    int long_words = t.data && bt_letter_count(t.data, t.len) >= LEAD_SPAN_LETTERS;
    bt_buf_free(&t);
    return long_words;
}

/* Whether el is or holds a block named the lead, whatever else its name
 * says: Drupal's "div.field-name-field-subhead" under the headline, which
 * the extractor names a "sapo". */
static int holds_lead(const xmlNode *el)
{
    for (const xmlNode *k = el; k; k = bt_xhtml_next(k, el, 0))
        if (k->type == XML_ELEMENT_NODE && bt_xhtml_class_has(k, bt_xhtml_lead_classes, 0))
            return 1;
    return 0;
}

/* Whether el, a block a class names an intertitle (or a <span> so named
 * alone between blocks, as the BBC set them), sits in the story between
 * its parts: a paragraph follows, and something not a heading comes before
 * ("p.article-subheading" under the headline is the standfirst). */
static int intertitle(const xmlNode *el)
{
    /* ("subtitle" names a headline's subline too, a sentence; "title"
     * alone names any box's title, so it is one only between the story's
     * paragraphs (or its picture and a paragraph), with no link nor
     * picture: "div.title-content" on VietnamPlus) */
    static const char *const subtitle[] = {"sub-title", NULL};
    static const char *const title[] = {"title", NULL};
    if (!(bt_xhtml_is(el, "p") || bt_xhtml_is(el, "div") ||
          (bt_xhtml_is(el, "span") && own_line(el))) ||
        bt_xhtml_words(el, INTERTITLE_WORDS + 1) > INTERTITLE_WORDS || holds_lead(el))
        return 0;
    int named = bt_xhtml_class_has(el, intertitle_classes, 0);
    int sentence = ends_with(el, ".!?", 1);
    xmlNode *before = xmlPreviousElementSibling((xmlNode *)el);
    xmlNode *after = xmlNextElementSibling((xmlNode *)el);
    /* (or a box's title opening it over its text, the box set after a
     * paragraph of the story: a German paper's fact box, "p.factBox-headline",
     * "div.info-box__headline") */
    if (!before) {
        static const char *const box_title[] = {"title", "headline", NULL};
        /* (a paragraph before the box, or a div of them) */
        xmlNode *prior = el->parent ? xmlPreviousElementSibling(el->parent) : NULL;
        if (bt_xhtml_is(prior, "div"))
            prior = xmlLastElementChild(prior);
        return !sentence && bt_xhtml_class_has(el, box_title, 0) &&
               bt_xhtml_words(el, BOX_TITLE_WORDS) >= BOX_TITLE_WORDS && bt_xhtml_is(prior, "p") &&
               bt_xhtml_words(prior, 1) && bt_xhtml_is(after, "p") && bt_xhtml_words(after, 1) &&
               !find_img((xmlNode *)el, NULL);
    }
    int untitled = !named && !(bt_xhtml_class_has(el, subtitle, 0) && !sentence);
    if (untitled && (sentence || !bt_xhtml_class_has(el, title, 0) ||
                     no_caption_line((xmlNode *)el, 1) || find_img((xmlNode *)el, NULL)))
        return 0;
    /* (nor is one under a headline set as a paragraph: a release's
     * "p.prHeadline" over "p.prSubhead") */
    static const char *const headline[] = {"headline", NULL};
    return !(before->name[0] == 'h' && before->name[1] >= '1' && before->name[1] <= '6') &&
           !bt_xhtml_class_has(before, headline, 0) &&
           (!untitled || (bt_xhtml_is(before, "p") && bt_xhtml_words(before, 1)) ||
            find_img(before, NULL)) &&
           after && bt_xhtml_is(after, "p") && bt_xhtml_words(after, 1);
}

static void element_kind(ctx *c, xmlNode *el, kind k, bt_node_type type)
{
    if (c->flat && k >= K_HEADING) {
        /* inside a heading or a cell, blocks are runs of words */
        c->flat_tables += k == K_TABLE;
        want_space(c);
        walk_children(c, el);
        want_space(c);
        return;
    }
    c->marks += bt_xhtml_is(el, "mark");
    c->abbr_titles += bt_xhtml_is(el, "abbr") && xmlHasProp(el, (const xmlChar *)"title");
    switch (k) {
    case K_TRANSPARENT:
        /* (a custom element a class names a lead, "<r-article--chapo>",
         * is the lead's block; so is a <span> so named on a line of its
         * own) */
        if (intertitle(el))
            heading(c, el, 2);
        else if ((strchr((const char *)el->name, '-') &&
                  bt_xhtml_class_has(el, bt_xhtml_lead_classes, 0)) ||
                 lead_line(el))
            block(c, el);
        else if (bt_xhtml_bold(el, 1))
            span_el(c, el, BT_NODE_STRONG);
        else
            walk_children(c, el);
        space_if_glued(c, el);
        break;
    case K_SPAN:
        if (lead_line(el))
            block(c, el);
        else if (type == BT_NODE_STRONG && styled_weight(el) < 0)
            walk_children(c, el);
        else
            span_el(c, el, type);
        space_if_glued(c, el);
        break;
    case K_CODE: code(c, el); break;
    case K_BR: put_break(c); break;
    case K_MATH: formula(c, el, NULL, bt_xhtml_math_displayed(el)); break;
    case K_IMG: image(c, el); break;
    case K_HEADING:
        /* a lead (sapo) marked up as a heading, as many CMSs do, is the lead;
         * not the title of a summary's box ("h2.post-summary__title"), nor
         * one after the story's paragraphs ("h2.subtit" between Hankyung's
         * runs of text is a sub-heading) */
        if (el->name[1] != '1' && bt_xhtml_class_has(el, bt_xhtml_lead_classes, 0) &&
            !bt_xhtml_class_has(el, box_titles, 0) && !text_read(c))
            block(c, el);
        /* (nor is a byline set as a heading, "<h3 class="byline heading">
         * <a rel=author>", AO3's under the work's title) */
        else if (el->name[1] != '1' && bt_xhtml_class_has(el, bt_xhtml_byline_classes, 0) &&
                 bt_xhtml_words(el, BYLINE_HEADING_WORDS + 1) <= BYLINE_HEADING_WORDS)
            block(c, el);
        else
            heading(c, el, 0);
        break;
    case K_LIST: list(c, el); break;
    case K_QUOTE: quote(c, el); break;
    case K_PRE: pre(c, el); break;
    case K_HR: add_block(c, BT_NODE_RULE); break;
    case K_TABLE: table(c, el); break;
    case K_FIGURE: figure(c, el); break;
    case K_BLOCK:
        /* (an intertitle a class names, set as a paragraph or a div) */
        if (intertitle(el))
            heading(c, el, 2);
        else
            block(c, el);
        break;
    case K_CELLISH: block(c, el); break;
    }
}

/* Whether n stands on a line of its own right in a box of blocks (a label
 * for screen readers, Postmedia's "Article content" over each section's
 * paragraphs), or opens a list's item (XenForo's "Thread starter" before
 * the name), no word of a sentence ("20<span>minutes</span>"). */
static int own_line_in_box(const xmlNode *n)
{
    static const char *const boxes[] = {"div",   "section", "article", "main",
                                        "aside", "header",  "footer",  NULL};
    /* (a label's element, asked first: the reader walks every node) */
    if (n->type != XML_ELEMENT_NODE ||
        !(bt_xhtml_is(n, "span") || bt_xhtml_is(n, "div") || bt_xhtml_is(n, "p")))
        return 0;
    for (const char *const *b = boxes; n->parent && *b; b++)
        if (bt_xhtml_is(n->parent, *b))
            return 1;
    if (!n->parent || !bt_xhtml_is(n->parent, "li"))
        return 0;
    for (const xmlNode *k = n->prev; k; k = k->prev)
        if (k->type == XML_TEXT_NODE ? !xmlIsBlankNode(k) : bt_xhtml_words(k, 1) > 0)
            return 0;
    return 1;
}

static void walk(ctx *c, xmlNode *n)
{
    xmlNode *copy = bt_xhtml_is(n, "noscript") && !c->flat ? noscript_img(n) : NULL;
    if (copy) {
        image(c, copy);
        return;
    }
    if (n == c->skip || bt_xhtml_skipped(n) ||
        ((c->in_caption || c->in_heading || own_line_in_box(n)) &&
         bt_xhtml_screen_reader_only(n)) ||
        (c->in_caption && (long_description(n) || bt_xhtml_is(n, "summary"))) ||
        (c->notes && bt_xhtml_note_is_target(c->notes, n))) {
        int media = n != c->skip && bt_xhtml_embedded_media(n);
        c->media += media;
        /* (a video's caption after it is a figure's, the video left out) */
        if (media && !c->flat && !c->in_caption && bt_xhtml_media_caption_follows(n))
            new_figure(c);
        return;
    }
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            put_text(c, (const char *)n->content, strlen((const char *)n->content));
    } else if (n->type == XML_ELEMENT_NODE) {
        element(c, n);
    }
}

static const char *plural(size_t n) { return n > 1 ? "s" : ""; }

/* What the walk could not keep as it was. */
static void report(ctx *c)
{
    bt_error *err = c->r->err;
    if (c->flat_images)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_IMAGE, c->flat_images,
                       "%zu image%s nested deeper than %d elements left out", c->flat_images,
                       plural(c->flat_images), BT_MAX_DEPTH);
    if (c->missing_notes)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_FOOTNOTE, c->missing_notes,
                       "%zu footnote mark%s whose note is not in the document kept as text",
                       c->missing_notes, plural(c->missing_notes));
    if (c->flat_tables)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_TABLE, c->flat_tables,
                       "%zu table%s of data read as text: blocks or tables in the cells, "
                       "or a table in a heading or a caption",
                       c->flat_tables, plural(c->flat_tables));
    if (c->marks)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_INLINE, c->marks,
                       "%zu highlight%s (<mark>) kept as strong emphasis", c->marks,
                       plural(c->marks));
    if (c->abbr_titles)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_INLINE, c->abbr_titles,
                       "%zu abbreviation expansion%s (<abbr title>) left out", c->abbr_titles,
                       plural(c->abbr_titles));
    if (c->clamped_spans)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_TABLE, c->clamped_spans,
                       "%zu cell span%s above %d clamped", c->clamped_spans,
                       plural(c->clamped_spans), BT_MAX_CELL_SPAN);
    if (c->media)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_OBJECT, c->media,
                       "%zu video%s, sound%s or embedded frame%s (a post, a chart, a map) left out",
                       c->media, plural(c->media), plural(c->media), plural(c->media));
    if (c->drawings)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_IMAGE, c->drawings,
                       "%zu drawing%s (svg, canvas) left out, %s caption kept", c->drawings,
                       plural(c->drawings), c->drawings > 1 ? "their" : "its");
    if (c->formulas)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_OBJECT, c->formulas,
                       "%zu formula%s (MathML) written as text", c->formulas, plural(c->formulas));
}

bt_status bt_xhtml_read_children(bt_xhtml_reader *r, xmlNode *element, bt_node *parent)
{
    ctx *c = calloc(1, sizeof(*c));
    if (!c)
        return bt_error_set(r->err, BT_ERR_NOMEM, "out of memory");
    c->r = r;
    c->doc = r->doc;
    c->blocks = parent;
    c->media = r->media_taken;
    size_t first = bt_error_event_count(r->err);
    int nomem;
    c->notes = bt_xhtml_notes_find(element, &nomem);
    c->failed = nomem;
    walk_children(c, element);
    close_para(c);
    read_notes(c);
    int failed = c->failed;
    report(c);
    bt_xhtml_notes_free(c->notes);
    free(c->pending);
    free(c);
    if (failed)
        return bt_error_set(r->err, BT_ERR_NOMEM, "out of memory");
    bt_xhtml_tidy(r->doc, parent);
    return bt_error_lost_since(r->err, first) ? BT_WARN : BT_OK;
}
