/* PLACEHOLDER: replaced by the HTML writer. */
#include "error.h"

bt_status bt_html_write(bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err);

bt_status bt_html_write(bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err)
{
    (void)doc;
    (void)out;
    (void)opt;
    return bt_error_set(err, BT_ERR_UNSUPPORTED, "not yet");
}
