/* PLACEHOLDER: replaced by the HTML reader. */
#include "error.h"
#include "registry.h"

static int html_probe(const unsigned char *data, size_t size)
{
    (void)data;
    (void)size;
    return 0;
}

static bt_status html_read(bt_document *doc, const bt_input *in, const bt_options *opt,
                           bt_error *err)
{
    (void)doc;
    (void)in;
    (void)opt;
    return bt_error_set(err, BT_ERR_UNSUPPORTED, "not yet");
}

bt_status bt_html_write(bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err);

const bt_format bt_format_html = {
    "html", "htm xhtml", "HTML5 web page; the article is extracted from the page",
    "html htm xhtml", "text/html", html_probe, html_read, bt_html_write, 0,
};
