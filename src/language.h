/* What language a text is in, and how Vietnamese it looks.  Shared by every
 * reader (a document that declares no language) and by charset detection
 * (which candidate decoding of legacy bytes reads as Vietnamese). */
#ifndef BT_LANGUAGE_H
#define BT_LANGUAGE_H

#include <stddef.h>

/* "vi" when the UTF-8 text is Vietnamese, else NULL: the share of letters
 * that carry Vietnamese marks (ă â đ ê ô ơ ư, tone marks) passes a threshold,
 * and some of them exist only in Vietnamese (ơ ư đ ă, hook above, dot below). */
const char *bt_detect_language(const char *utf8, size_t len);

/* Whether a BCP 47 tag ("vi", "vi-VN", "vi_VN") names Vietnamese: what
 * decides Vietnamese labels and dates in every writer. */
int bt_lang_is_vi(const char *tag);

/* Whether a BCP 47 tag's language subtag is a language ICU knows (ISO 639):
 * "de-CH" and "vi" are, "utf-8" is not. */
int bt_lang_known(const char *tag);

/* The quotation marks of a language (a BCP 47 tag; NULL: English), outer
 * at even depth, nested at odd: for writers that write an inline quotation
 * as text (plain text, ODT). */
void bt_quotation_marks(const char *lang, int depth, const char **open, const char **close);

/* Whether one word (UTF-8, any normalization form) is a well-formed
 * Vietnamese syllable: onset, vowel nucleus, coda, at most one tone mark
 * (sắc or nặng only before -c -ch -p -t), and lower, Capitalized or UPPER case. */
int bt_vi_syllable(const char *word, size_t len);

/* Score a text as Vietnamese: *words counts the words holding a non-ASCII
 * letter, *valid those of them that are Vietnamese syllables. */
void bt_vi_score(const char *utf8, size_t len, size_t *valid, size_t *words);

#endif
