/* Where the HTML writer's images go: files in a directory beside the page,
 * named after the originals and a hash of their bytes, or data: URIs inside it. */
#ifndef BT_HTML_MEDIA_H
#define BT_HTML_MEDIA_H

#include "document.h"

typedef struct bt_html_media {
    char **src; /* per resource: what <img src> gets; NULL for an unused one */
    size_t n;
} bt_html_media;

/* Write (or encode) every image a figure uses, before any HTML, so that a
 * page never refers to an image that is not there: embedded when
 * opt->embed_media or when out has no path, else extracted into
 * opt->extract_media (default: <output stem>_files beside the output).
 * Fails with BT_ERR_IO naming the path that could not be written.  The
 * caller frees m with bt_html_media_free, even after a failure. */
bt_status bt_html_media_prepare(bt_html_media *m, const bt_document *doc, const bt_output *out,
                                const bt_options *opt, bt_error *err);
void bt_html_media_free(bt_html_media *m);
/* Whether images go inside the page (html:embed-media, or no file to put
 * them beside), so that whatever the page needs goes inside it too. */
int bt_html_media_embedded(const bt_output *out, const bt_options *opt);

#endif
