/* Images that could not be loaded.  A figure whose image has an address but
 * no resource was meant to show a picture: the reader reported its loss and
 * kept its caption.  What then becomes of it is the caller's choice, the same
 * for every format, so it is made here once, after the reader. */
#include "missing.h"

#include <string.h>

#include "buf.h"
#include "document.h"
#include "language.h"

static int missing(const bt_document *doc, const bt_node *n)
{
    return n->type == BT_NODE_FIGURE && n->src && *n->src &&
           (n->resource < 0 || (size_t)n->resource >= bt_document_resource_count(doc));
}

/* The figures missing their image, in document order, into a list of pointers. */
typedef struct {
    const bt_document *doc;
    bt_buf list;
} found;

static int collect(bt_node *n, int entering, void *user)
{
    found *f = user;
    if (entering && missing(f->doc, n))
        bt_buf_put(&f->list, &n, sizeof(n));
    return 0;
}

/* Whether the placeholder speaks Vietnamese: the language the input declares,
 * else its letters (bt_read tells the language only after this step, whose
 * dropped captions must not count). */
static int vietnamese(const bt_document *doc)
{
    const char *declared = bt_document_meta(doc, BT_META_LANGUAGE);
    if (declared && strcmp(declared, "und"))
        return bt_lang_is_vi(declared);
    bt_buf text = BT_BUF_INIT;
    bt_node_text_put(bt_document_body(doc), &text);
    int vi = text.data && bt_detect_language(text.data, text.len);
    bt_buf_free(&text);
    return vi;
}

/* A 4:3 grey box saying the image is not available, as an SVG resource:
 * well-formed, in the SVG namespace, no DOCTYPE (what bt_image_is_svg wants). */
static int placeholder(bt_document *doc)
{
    const char *words = vietnamese(doc) ? "Ảnh không tải được" : "Image not available";
    bt_buf svg = BT_BUF_INIT;
    bt_buf_printf(&svg,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\" "
                  "viewBox=\"0 0 400 300\">\n"
                  "<title>%s</title>\n"
                  "<rect x=\"1\" y=\"1\" width=\"398\" height=\"298\" fill=\"#eeeeee\" "
                  "stroke=\"#999999\" stroke-width=\"2\"/>\n"
                  "<text x=\"200\" y=\"158\" font-family=\"sans-serif\" font-size=\"22\" "
                  "fill=\"#555555\" text-anchor=\"middle\">%s</text>\n"
                  "</svg>\n",
                  words, words);
    int i = svg.failed ? -1
                       : bt_document_add_resource(doc, "image-not-available.svg", "image/svg+xml",
                                                  svg.data, svg.len);
    bt_buf_free(&svg);
    return i;
}

/* The placeholder for one figure, shown at the size the page gave it: a side
 * it left out follows the placeholder's 4:3. */
static void show_placeholder(bt_node *fig, int resource)
{
    bt_node_set_figure_resource(fig, resource);
    int w = fig->display_w, h = fig->display_h;
    if (w && !h)
        bt_node_set_figure_display_size(fig, w, w * 3 / 4);
    else if (h && !w)
        bt_node_set_figure_display_size(fig, h * 4 / 3, h);
}

static void drop(bt_node *fig, bt_error *err)
{
    bt_node *caption = bt_node_figure_caption(fig), *credit = bt_node_figure_credit(fig);
    if ((caption && !bt_node_is_empty(caption)) || (credit && !bt_node_is_empty(credit)))
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_CAPTION, 1,
                       "caption dropped with its missing image (--missing-image=drop): %.200s",
                       fig->src);
    bt_node_unlink(fig);
}

bt_status bt_missing_images(bt_document *doc, bt_missing_image mode, bt_error *err)
{
    if (mode == BT_MISSING_KEEP)
        return BT_OK;
    found f = {doc, BT_BUF_INIT};
    bt_node_walk(bt_document_body(doc), collect, &f);
    if (f.list.failed) {
        bt_buf_free(&f.list);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    size_t n = f.list.len / sizeof(bt_node *), before = bt_error_lost(err, BT_LOSS_CAPTION);
    bt_node **figs = (bt_node **)(void *)f.list.data;
    bt_status s = BT_OK;
    if (n && mode == BT_MISSING_FAIL)
        s = bt_error_set(err, BT_ERR_IO, "image not found: %.200s (--missing-image=fail)",
                         figs[0]->src);
    /* past the document's image budget, the figures stay as they are */
    int resource = n && mode == BT_MISSING_PLACEHOLDER ? placeholder(doc) : -1;
    for (size_t i = 0; i < n; i++) {
        if (mode == BT_MISSING_DROP)
            drop(figs[i], err);
        else if (resource >= 0)
            show_placeholder(figs[i], resource);
    }
    bt_buf_free(&f.list);
    return s == BT_OK && bt_error_lost(err, BT_LOSS_CAPTION) > before ? BT_WARN : s;
}
