/* Base64 (RFC 4648): encoding on one line for data: URIs (libxml2's encoder
 * breaks lines, which an attribute value must not hold), decoding for
 * data: URIs and flat ODF's office:binary-data. */
#ifndef BT_BASE64_H
#define BT_BASE64_H

#include <stddef.h>

#include "buf.h"

void bt_base64_encode(bt_buf *out, const void *data, size_t len);
/* Append the bytes that s[0..len) encodes to out; white space is skipped.
 * Returns 0, or -1 on a character outside the alphabet or a bad length. */
int bt_base64_decode(const char *s, size_t len, bt_buf *out);

#endif
