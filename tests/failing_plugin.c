/* A test plugin whose writer fails with a reason of its own, as a plugin
 * format reports errors: through the public bt_error_set. */
#include "bantin.h"

static bt_status failing_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                               bt_error *err)
{
    (void)doc;
    (void)out;
    (void)opt;
    bt_error_event(err, BT_EVENT_LOST, BT_LOSS_OTHER, 0, "the press is warming up");
    return bt_error_set(err, BT_ERR_IO, "the press is offline (code %d)", 42);
}

static const bt_format failing = {
    .size = sizeof(bt_format),
    .name = "failing",
    .description = "test format whose writer always fails",
    .extensions = "failing",
    .write = failing_write,
};

/* The tests build it a second time with ABI_SKEW=1, for a plugin the
 * loader must refuse. */
#ifndef ABI_SKEW
#define ABI_SKEW 0
#endif
const int bantin_plugin_abi = BT_PLUGIN_ABI + ABI_SKEW;

bt_status bantin_plugin_init(bt_registry *reg) { return bt_registry_add(reg, &failing); }
