/* A text file's bytes to UTF-8: byte order marks, forced encodings, and
 * detection, including the Vietnamese legacy encodings ICU lacks (VISCII and
 * TCVN3 go through the C library's iconv). */
#ifndef BT_CHARSET_H
#define BT_CHARSET_H

#include <stddef.h>

#include "buf.h"

/*
 * Decode bytes to UTF-8 in NFC, appended to out.  encoding forces a charset
 * (utf-8, utf-16, utf-16le, utf-16be, windows-1258/cp1258, viscii,
 * tcvn3/tcvn/tcvn5712, or any ICU or iconv name); NULL detects it: a BOM,
 * valid UTF-8, a Vietnamese legacy encoding whose decoding reads as
 * Vietnamese, or what ICU's detector is sure of.  Never guesses: bytes that
 * fit nothing fail with BT_ERR_ENCODING naming the first bad byte's offset;
 * a NUL byte fails as binary data.  *used (may be NULL) gets the charset's
 * name: a static string, or encoding itself.
 */
bt_status bt_charset_decode(const unsigned char *data, size_t len, const char *encoding,
                            bt_buf *out, const char **used, bt_error *err);

/* The share (in percent) of a text's non-ASCII sequences that may be invalid
 * UTF-8 for the text to be damaged UTF-8, not another charset: legacy text
 * rarely forms valid UTF-8 by chance, so most of its sequences are invalid. */
#define BT_UTF8_MAX_INVALID_PERCENT 50

/* Whether bytes that are not all valid UTF-8 are damaged UTF-8: some valid
 * multi-byte sequences, and invalid ones (each maximal ill-formed subpart)
 * making at most BT_UTF8_MAX_INVALID_PERCENT of the non-ASCII sequences. */
int bt_charset_damaged_utf8(const unsigned char *data, size_t len);

/* Decode UTF-8 to NFC, appended to out, with U+FFFD in place of each invalid
 * sequence (a maximal ill-formed subpart, as browsers do); *replaced gets
 * their number. */
bt_status bt_charset_repair_utf8(const unsigned char *data, size_t len, bt_buf *out,
                                 size_t *replaced, bt_error *err);

/* Whether the first bytes may be text: a UTF-16 BOM, or no NUL byte. */
int bt_charset_is_text(const unsigned char *data, size_t len);

#endif
