/* The HTML format: web pages in, the article found in them; HTML5 out. */
#include "html.h"

static const bt_format_option options[] = {
    {"whole-page", NULL, "read the whole page: no article extraction"},
    {"embed-media", NULL, "write images as data: URIs inside the page"},
    {"extract-media", "DIR", "write images into DIR (default: <stem>_files beside the page)"},
    {"css", "FILE",
     "your stylesheet after bantin's: linked, inside with embedded images; repeatable"},
    {"fragment", NULL, "write the <article> alone: no <html>, <head> or stylesheet"},
    {NULL, NULL, NULL},
};

const bt_format bt_format_html = {
    .size = sizeof(bt_format),
    .name = "html",
    .aliases = "htm xhtml",
    .description = "HTML5 web page; the article is extracted from the page",
    .extensions = "html htm xhtml",
    .mime_type = "text/html",
    .probe = bt_html_probe,
    .read = bt_html_read,
    .write = bt_html_write,
    .options = options,
};
