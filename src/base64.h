/* Base64 decoding (RFC 4648): flat ODF's office:binary-data, data: URIs.
 * Encoding needs none of this: libxml2's xmlTextWriterWriteBase64 does it. */
#ifndef BT_BASE64_H
#define BT_BASE64_H

#include "buf.h"

/* Append the bytes that s[0..len) encodes to out; white space is skipped.
 * Returns 0, or -1 on a character outside the alphabet or a bad length. */
int bt_base64_decode(const char *s, size_t len, bt_buf *out);

#endif
