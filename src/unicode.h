/* Unicode work, all through ICU: validation, NFC, grapheme clusters, charsets. */
#ifndef BT_UNICODE_H
#define BT_UNICODE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* The offset of the first byte that is not well-formed UTF-8, or len. */
size_t bt_utf8_invalid_at(const char *s, size_t len);
/* Append s[0..len) to out in NFC.  Fails with BT_ERR_ENCODING on bad UTF-8. */
bt_status bt_utf8_nfc(const char *s, size_t len, bt_buf *out, bt_error *err);
/* Whether s is already NFC (cheap for ASCII and for most precomposed text). */
int bt_utf8_is_nfc(const char *s, size_t len);
/* Whether NFC text followed by s is still NFC: s is well-formed NFC and its first
 * character never combines with what precedes it.  Lets text grow without
 * renormalizing what is already there. */
int bt_utf8_nfc_joins(const char *s, size_t len);
/* Where the part of NFC text s that appending may change begins: the offset of its
 * last character that nothing after it can combine into, or 0. */
size_t bt_utf8_nfc_tail(const char *s, size_t len);
/* The number of extended grapheme clusters in s: what a reader sees as letters. */
size_t bt_grapheme_count(const char *s, size_t len);
/* The clusters of s without a break iterator, when each character is one (no
 * combining marks, joiners, Hangul jamo, flags...): 1 and *count; else 0, ask ICU. */
int bt_utf8_count_clusters(const char *s, size_t len, size_t *count);
/* Append s, of valid UTF-8, folded for comparing without case or normalization
 * form (NFKC_Casefold); 0 when out of memory. */
int bt_utf8_fold(const char *s, size_t len, bt_buf *out);
/* s[0..len) with every decimal digit of another script ("১০", "۲۰۲۴") made
 * its ASCII digit, in place; the new length. */
size_t bt_utf8_ascii_digits(char *s, size_t len);
/* Whether s[0..len) holds a decimal digit of another script than ASCII. */
int bt_utf8_foreign_digits(const char *s, size_t len);
/* Whether text a[0..alen) ends with a small letter and b starts with a
 * capital: two words that only a style sheet parts ("Hà Nội" "Người").
 * With more, also a digit against a digit ("2026" "2:02 PM") or a capital
 * ("since 2015" "NOS", a caption against its credit), and a full stop
 * against a capital ("since 1988." "Credit"). */
int bt_utf8_case_break(const char *a, size_t alen, const char *b, int more);
/* Whether [s, s+len) holds a lowercase letter. */
int bt_utf8_has_lower(const char *s, size_t len);
/* Whether [s, s+len) holds a letter or a digit. */
int bt_utf8_has_alnum(const char *s, size_t len);
/* The words of s[0..len), and in *upper and *lower those that start with
 * a capital and with a small letter (a number or a sign is neither). */
int bt_utf8_word_cases(const char *s, size_t len, int *upper, int *lower);
/* The words of s[0..len) when each starts with a capital (a person's name:
 * "Hoàng Lan"), else 0. */
int bt_utf8_capitalized_words(const char *s, size_t len);
/* Whether s[0..len) opens with a letter that is no small letter: a capital
 * ("Đức", "Ángel"), or a letter of a script without case ("محمد"). */
int bt_utf8_opens_capital(const char *s, size_t len);
/* Decode bytes in a charset (an ICU converter name or alias) to UTF-8 in NFC.
 * Invalid bytes fail with BT_ERR_ENCODING naming their offset. */
bt_status bt_decode(const char *bytes, size_t len, const char *charset, bt_buf *out,
                    bt_error *err);
/* The standard (MIME, else IANA) name of a charset ICU knows, e.g.
 * "windows-1258" for "cp1258"; static, never freed.  NULL when unknown. */
const char *bt_charset_canonical(const char *charset);
/* Whether ICU knows a charset name. */
int bt_charset_known(const char *charset);

/* Whether code point c belongs to a script written without spaces between
 * words (Chinese, Japanese, Thai, Lao, Khmer, Burmese). */
int bt_unspaced_script(int32_t c);
/* The words of s: those between spaces, and in a script written without
 * them (Chinese, Japanese, Thai) one for every two letters, so that
 * "見出し｜サイト" has a headline's and a name's lengths.  Counting stops
 * past most (a block of text is no headline, and is not read to its end). */
size_t bt_utf8_word_count(const char *s, size_t most);

#endif
