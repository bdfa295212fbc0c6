/* Error objects: one code, one message line, and the warnings of a conversion. */
#ifndef BT_ERROR_H
#define BT_ERROR_H

#include "bantin.h"

struct bt_error {
    bt_error_code code;
    char message[512];
    char **warnings;
    size_t nwarnings;
    size_t cap;
};

#endif
