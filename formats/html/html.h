/* The HTML reader's parts: charset, article extraction, metadata, images. */
#ifndef BT_HTML_H
#define BT_HTML_H

#include <libxml/HTMLparser.h>

#include "buf.h"
#include "document.h"

/* charset.c: the input as UTF-8 in *text, *len: a BOM, else valid UTF-8, else the
 * charset the page declares, else windows-1252; force overrides all.  Valid UTF-8
 * is not copied: *text then points into data, else into out. */
bt_status bt_html_utf8(bt_document *doc, const unsigned char *data, size_t size, const char *force,
                       bt_buf *out, const char **text, size_t *len, bt_error *err);

/* extract.c: the element holding the article: the <article> with the most
 * paragraph text, <main>, or the block the text-density heuristic finds;
 * the body when whole_page. */
xmlNode *bt_html_choose(xmlDoc *html, int whole_page);
/* extract.c: remove navigation, chrome and link lists inside the article. */
void bt_html_clean(xmlNode *article);

/* meta.c: metadata from <head>, Open Graph, JSON-LD and the article's <time>. */
void bt_html_meta(bt_document *doc, xmlDoc *html, const xmlNode *article);
/* meta.c: after the conversion: the title's repetition at the top of the
 * body dropped, the lead and the byline found by their text. */
void bt_html_finish(bt_document *doc);

/* title.c: the article's visible headline: an h1, itemprop=headline or a CMS's
 * title class, inside or just above the article, the one the page's metadata
 * (already in doc) agrees with when there are several; NULL when the page
 * shows none.  NFC; the caller frees. */
char *bt_html_headline(const bt_document *doc, xmlDoc *html, const xmlNode *article);
/* title.c: a title from metadata without the site's name: the parts between
 * " | ", " - ", " » "... that are site (og:site_name) or url's host go; with
 * guess (a <title>), a short end part goes too, or a breadcrumb's all but its
 * last.  The caller frees; NULL when out of memory. */
char *bt_html_title_unsite(const char *title, const char *site, const char *url, int guess);

/* jsonld.c: metadata from a JSON-LD script's text, for article objects only. */
void bt_html_jsonld(bt_document *doc, const char *json, size_t len);

/* load.c: images for the DOM conversion. */
typedef struct bt_html_loader {
    bt_document *doc;
    bt_error *err;
    const char *base; /* the directory relative addresses start from */
    struct bt_html_loaded *loaded;
    size_t nloaded, cap;
} bt_html_loader;

int bt_html_load_image(void *user, const char *src);
void bt_html_loader_free(bt_html_loader *l);

#endif
