/* What each element of a page holds, counted once bottom-up after the parse:
 * the measures the extractor scores candidates by and cleaning judges blocks
 * by.  The stats hang on each element's _private while a page_stats lives. */
#ifndef BT_HTML_STATS_H
#define BT_HTML_STATS_H

#include <libxml/tree.h>

typedef struct {
    size_t text;       /* letters of visible text (white space not counted) */
    size_t link;       /* of which inside links */
    size_t ptext;      /* of which inside paragraphs (p, pre, blockquote) */
    size_t own;        /* of which not inside a block child: the element's own paragraph */
    size_t heading;    /* of which inside h1-h6 */
    size_t commas;     /* commas of any script, in the text */
    size_t own_commas; /* of which in the own text */
    unsigned paras, images, items, inputs;
    size_t nodes;  /* elements below, itself included */
    size_t chrome; /* letters outside links in chrome below (set by the fallback) */
    xmlNode *node;
    double score; /* as a candidate for the article, in the current pass */
    int scored;
    int unlikely;           /* class or role says page chrome (Readability's "unlikely") */
    int blocks;             /* a block element is among its children */
    signed char verdict[8]; /* cleaning's verdict under each set of rules; -1: not asked yet */
    signed char consent;    /* the text asks for consent to cookies; -1: not looked at yet */
} bt_stats;

typedef struct {
    bt_stats *s;
    size_t n;
} bt_page_stats;

/* Count the subtree of root; 0 when out of memory. */
int bt_stats_gather(bt_page_stats *pg, xmlNode *root);
/* Unhang and free the stats. */
void bt_stats_scatter(bt_page_stats *pg, xmlNode *root);

static inline bt_stats *bt_stats_of(const xmlNode *n) { return (bt_stats *)n->_private; }

/* A div holding text and no blocks: a paragraph in all but its name, as
 * Readability makes it one. */
int bt_html_text_div(const xmlNode *n);
/* Share of an element's text inside links. */
double bt_stats_link_density(const xmlNode *n);
/* Whether class or id holds one of words anywhere, as Readability's regular
 * expressions look ("maincontent" holds "content"); words in lower case. */
int bt_html_attr_matches(const xmlNode *n, const char *const *words);
/* Whether an element starts a block (p, div, li, table...), as opposed to
 * phrasing content (a, span, em...). */
int bt_html_is_block(const xmlNode *n);

#endif
