/* PLACEHOLDER: replaced by the text writer. */
#include "error.h"

static bt_status text_write(bt_document *doc, const bt_output *out, const bt_options *opt,
                            bt_error *err)
{
    (void)doc;
    (void)out;
    (void)opt;
    return bt_error_set(err, BT_ERR_UNSUPPORTED, "not yet");
}

bt_status bt_text_read(bt_document *doc, const bt_input *in, const bt_options *opt,
                       bt_error *err);
int bt_text_probe(const unsigned char *data, size_t size);

const bt_format bt_format_text = {
    "text", "txt plain", "plain text, UTF-8, wrapped; marks headings and captions",
    "txt text", "text/plain", bt_text_probe, bt_text_read, text_write,
};
