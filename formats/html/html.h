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
/* meta.c: after the conversion: the article's h1 as the title, the lead and
 * the byline by their text. */
void bt_html_finish(bt_document *doc);

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
