/* A test plugin that takes its time.  Its writer, on a document that says
 * SLOW, sleeps BT_SLOW_SECONDS seconds (default 2) after its first bytes, so
 * tests can pass a time limit or send a signal while an output is being
 * written; on one that says STUCK it hangs.  Its reader ("stuck", *.stuck)
 * reads the input as one paragraph, and hangs on one that starts with STUCK. */
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bantin.h"

static void sleep_for(double secs)
{
    struct timespec ts = {(time_t)secs, (long)((secs - (time_t)secs) * 1e9)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* A conversion that never ends as far as bantin can tell: it waits for a flag
 * nothing sets.  It gives up after two minutes only so that a bantin that
 * waits for it still ends (and its test fails on the time). */
static void hang(void)
{
    static atomic_int released;
    for (int i = 0; i < 1200 && !atomic_load(&released); i++)
        sleep_for(0.1);
}

static bt_status slow_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                            bt_error *err)
{
    (void)opt;
    (void)err;
    /* the marker words come first in a test's page: the start of the text will do */
    char text[256];
    bt_node_text_copy(bt_document_body(doc), text, sizeof(text));
    if (out->write(out->user, "started\n", 8))
        return BT_FAILED;
    if (strstr(text, "STUCK")) {
        hang();
    } else if (strstr(text, "SLOW")) {
        const char *env = getenv("BT_SLOW_SECONDS");
        sleep_for(env ? atof(env) : 2);
    }
    return out->write(out->user, "done\n", 5) ? BT_FAILED : BT_OK;
}

static bt_status stuck_read(bt_document *doc, const bt_input *in, const bt_options *opt,
                            bt_error *err)
{
    (void)opt;
    (void)err;
    if (in->size >= 5 && !memcmp(in->data, "STUCK", 5))
        hang();
    bt_node *para = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), para);
    return bt_node_append_text(doc, para, (const char *)in->data, in->size);
}

static const bt_format slow = {
    .size = sizeof(bt_format),
    .name = "slow",
    .description = "test format whose writer sleeps",
    .extensions = "slow",
    .write = slow_write,
};

static const bt_format stuck = {
    .size = sizeof(bt_format),
    .name = "stuck",
    .description = "test format whose reader hangs",
    .extensions = "stuck",
    .read = stuck_read,
};

const int bantin_plugin_abi = BT_PLUGIN_ABI;

bt_status bantin_plugin_init(bt_registry *reg)
{
    return bt_registry_add(reg, &slow) == BT_FAILED ? BT_FAILED : bt_registry_add(reg, &stuck);
}
