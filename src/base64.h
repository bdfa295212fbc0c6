/* Base64 (RFC 4648) on one line, for data: URIs: libxml2's encoder breaks
 * lines, which an attribute value must not hold. */
#ifndef BT_BASE64_H
#define BT_BASE64_H

#include <stddef.h>

#include "buf.h"

void bt_base64_encode(bt_buf *out, const void *data, size_t len);

#endif
