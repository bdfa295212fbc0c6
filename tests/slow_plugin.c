/* A test plugin whose writer takes its time on a document that says SLOW:
 * BT_SLOW_SECONDS seconds (default 2) after its first bytes, so tests can
 * pass a time limit or send a signal while an output is being written. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bantin.h"

static bt_status slow_write(bt_document *doc, const bt_output *out, const bt_options *opt,
                            bt_error *err)
{
    (void)opt;
    (void)err;
    const char *text = bt_node_text(doc, bt_document_body(doc));
    if (out->write(out->user, "started\n", 8))
        return BT_FAILED;
    if (text && strstr(text, "SLOW")) {
        const char *env = getenv("BT_SLOW_SECONDS");
        double secs = env ? atof(env) : 2;
        struct timespec ts = {(time_t)secs, (long)((secs - (time_t)secs) * 1e9)};
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
            ;
    }
    return out->write(out->user, "done\n", 5) ? BT_FAILED : BT_OK;
}

static const bt_format slow = {
    .name = "slow",
    .description = "test format whose writer sleeps",
    .extensions = "slow",
    .write = slow_write,
};

bt_status bantin_plugin_init(bt_registry *reg);

bt_status bantin_plugin_init(bt_registry *reg) { return bt_registry_add(reg, &slow); }
