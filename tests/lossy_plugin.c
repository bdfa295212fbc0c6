/* A test plugin whose writer drops every heading and reports it, as a format
 * does through bt_error_event: what --strict must catch.  Its reader reads
 * each line back as a paragraph, so losses can be counted. */
#include <stdlib.h>
#include <string.h>

#include "bantin.h"

static bt_status lossy_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                             bt_error *err)
{
    (void)opt;
    size_t headings = 0;
    for (bt_node *n = bt_node_first_child(bt_document_body(doc)); n; n = bt_node_next(n)) {
        headings += bt_node_get_type(n) == BT_NODE_HEADING;
        if (bt_node_get_type(n) != BT_NODE_PARAGRAPH)
            continue;
        size_t len = bt_node_text_copy(n, NULL, 0);
        char *t = malloc(len + 1);
        int failed = !t;
        if (t) {
            bt_node_text_copy(n, t, len + 1);
            failed = out->write(out->user, t, len) || out->write(out->user, "\n", 1);
        }
        free(t);
        if (failed)
            return BT_FAILED;
    }
    if (headings)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_HEADING, headings, "%zu heading%s left out",
                       headings, headings > 1 ? "s" : "");
    return BT_OK;
}

static bt_status lossy_read(bt_document *doc, const bt_input *in, const bt_options *opt,
                            bt_error *err)
{
    (void)opt;
    (void)err;
    const char *p = (const char *)in->data, *end = p + in->size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        bt_node *para = bt_node_new(doc, BT_NODE_PARAGRAPH);
        bt_node_append(bt_document_body(doc), para);
        if (bt_node_append_text(doc, para, p, len) != BT_OK)
            return BT_FAILED;
        p += len + 1;
    }
    return BT_OK;
}

static const bt_format lossy = {
    .size = sizeof(bt_format),
    .name = "lossy",
    .description = "test format that drops headings",
    .extensions = "lossy",
    .read = lossy_read,
    .write = lossy_write,
};

const int bantin_plugin_abi = BT_PLUGIN_ABI;

bt_status bantin_plugin_init(bt_registry *reg) { return bt_registry_add(reg, &lossy); }
