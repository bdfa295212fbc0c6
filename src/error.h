/* Error objects: one code, one message line, and the warnings of a conversion. */
#ifndef BT_ERROR_H
#define BT_ERROR_H

#include "bantin.h"

#if defined(__GNUC__)
#define BT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define BT_PRINTF(a, b)
#endif

struct bt_error {
    bt_error_code code;
    char message[512];
    char **warnings;
    size_t nwarnings;
    size_t cap;
};

/* Record a failure (the first one wins: it is the cause) and return BT_FAILED.
 * err may be NULL. */
bt_status bt_error_set(bt_error *err, bt_error_code code, const char *fmt, ...) BT_PRINTF(3, 4);
/* Record something lost on the way; the conversion goes on. */
void bt_error_warn(bt_error *err, const char *fmt, ...) BT_PRINTF(2, 3);

#endif
