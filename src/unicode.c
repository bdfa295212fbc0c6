#include "unicode.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

size_t bt_utf8_invalid_at(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        /* markup is mostly ASCII: eight bytes at a time */
        uint64_t word;
        while (i + 8 <= len && (memcpy(&word, s + i, 8), !(word & 0x8080808080808080u)))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned int cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + n > len)
            return i;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        /* overlongs, surrogates and values past U+10FFFF */
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n;
    }
    return len;
}

/* UTF-8 -> UTF-16 in a malloc'd buffer; NULL on bad input or no memory. */
static UChar *to_utf16(const char *s, size_t len, int32_t *out_len)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    if (len > INT32_MAX / 2)
        return NULL;
    u_strFromUTF8(NULL, 0, &n, s, (int32_t)len, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
        return NULL;
    UChar *u = malloc(((size_t)n + 1) * sizeof(UChar));
    if (!u)
        return NULL;
    st = U_ZERO_ERROR;
    u_strFromUTF8(u, n + 1, NULL, s, (int32_t)len, &st);
    if (U_FAILURE(st)) {
        free(u);
        return NULL;
    }
    *out_len = n;
    return u;
}

static void put_utf16(bt_buf *out, const UChar *u, int32_t n)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t need = 0;
    u_strToUTF8(NULL, 0, &need, u, n, &st);
    char *dst = bt_buf_extend(out, (size_t)need);
    if (!dst)
        return;
    st = U_ZERO_ERROR;
    u_strToUTF8(dst, need, NULL, u, n, &st);
}

/* A character that is NFC by itself and never combines with, or reorders around, what
 * precedes it (NFC_QC=Yes, ccc=0): text before it is final whatever follows. */
static int nfc_stable(UChar32 c)
{
    return c < 0x300 || (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                         u_getCombiningClass(c) == 0);
}

/* The UAX #15 quick check on UTF-8, without the normalizer's UTF-16 copy: 1 when s is
 * well-formed and certainly NFC, 0 when only the normalizer can tell (or s is ill-formed). */
static int nfc_quick_yes(const char *s, size_t len)
{
    if (len > INT32_MAX)
        return 0;
    const uint8_t *u = (const uint8_t *)s;
    int32_t i = 0, n = (int32_t)len;
    uint8_t last_cc = 0;
    while (i < n) {
        if (u[i] < 0x80) {
            i++;
            last_cc = 0;
            continue;
        }
        UChar32 c;
        U8_NEXT(u, i, n, c);
        if (c < 0 || (c >= 0x300 && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES))
            return 0;
        uint8_t cc = c < 0x300 ? 0 : u_getCombiningClass(c);
        if (cc && last_cc > cc)
            return 0;
        last_cc = cc;
    }
    return 1;
}

int bt_utf8_is_nfc(const char *s, size_t len)
{
    if (nfc_quick_yes(s, len))
        return 1;
    int32_t n;
    UChar *u = to_utf16(s, len, &n);
    if (!u)
        return 0;
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
    UBool yes = U_SUCCESS(st) && unorm2_isNormalized(nfc, u, n, &st) && U_SUCCESS(st);
    free(u);
    return yes;
}

int bt_utf8_nfc_joins(const char *s, size_t len)
{
    if (!len)
        return 1;
    UChar32 c;
    int32_t i = 0;
    U8_NEXT((const uint8_t *)s, i, len > INT32_MAX ? INT32_MAX : (int32_t)len, c);
    return c >= 0 && nfc_stable(c) && bt_utf8_is_nfc(s, len);
}

size_t bt_utf8_nfc_tail(const char *s, size_t len)
{
    if (len > INT32_MAX)
        return 0;
    const uint8_t *u = (const uint8_t *)s;
    int32_t i = (int32_t)len;
    while (i > 0) {
        UChar32 c;
        U8_PREV(u, 0, i, c);
        if (c >= 0 && nfc_stable(c))
            return (size_t)i;
    }
    return 0;
}

bt_status bt_utf8_nfc(const char *s, size_t len, bt_buf *out, bt_error *err)
{
    if (nfc_quick_yes(s, len)) {
        bt_buf_put(out, s, len);
        return BT_OK;
    }
    size_t bad = bt_utf8_invalid_at(s, len);
    if (bad < len)
        return bt_error_set(err, BT_ERR_ENCODING, "invalid UTF-8 at byte %zu", bad);
    int32_t n;
    UChar *u = to_utf16(s, len, &n);
    if (!u)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
    int32_t done = U_SUCCESS(st) ? unorm2_spanQuickCheckYes(nfc, u, n, &st) : 0;
    if (U_FAILURE(st)) {
        free(u);
        return bt_error_set(err, BT_ERR_ENCODING, "cannot normalize text: %s", u_errorName(st));
    }
    if (done == n) {
        free(u);
        bt_buf_put(out, s, len);
        return BT_OK;
    }
    /* NFC never grows text by more than a factor of 3 */
    int32_t cap = n * 3 + 16;
    UChar *norm = malloc((size_t)cap * sizeof(UChar));
    if (!norm) {
        free(u);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    int32_t m = unorm2_normalize(nfc, u, n, norm, cap, &st);
    free(u);
    if (U_FAILURE(st)) {
        free(norm);
        return bt_error_set(err, BT_ERR_ENCODING, "cannot normalize text: %s", u_errorName(st));
    }
    put_utf16(out, norm, m);
    free(norm);
    return out->failed ? bt_error_set(err, BT_ERR_NOMEM, "out of memory") : BT_OK;
}

int bt_utf8_count_clusters(const char *s, size_t len, size_t *count)
{
    if (len > INT32_MAX)
        return 0;
    const uint8_t *u = (const uint8_t *)s;
    int32_t i = 0, n = (int32_t)len;
    size_t k = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(u, i, n, c);
        /* no UAX #29 rule joins two characters of break class Other; below U+0300 all
         * are Other but the controls, which are counted one each as before */
        if (c < 0 ||
            (c >= 0x300 && u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK) != U_GCB_OTHER))
            return 0;
        k++;
    }
    *count = k;
    return 1;
}

size_t bt_grapheme_count(const char *s, size_t len)
{
    size_t simple;
    if (bt_utf8_count_clusters(s, len, &simple))
        return simple;
    UErrorCode st = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, s, (int64_t)len, &st);
    UBreakIterator *bi = ubrk_open(UBRK_CHARACTER, "", NULL, 0, &st);
    size_t count = 0;
    if (U_SUCCESS(st)) {
        ubrk_setUText(bi, ut, &st);
        ubrk_first(bi);
        while (ubrk_next(bi) != UBRK_DONE)
            count++;
    } else {
        count = len;
    }
    ubrk_close(bi);
    utext_close(ut);
    return count;
}

const char *bt_charset_canonical(const char *charset)
{
    UErrorCode st = U_ZERO_ERROR;
    const char *name = ucnv_getStandardName(charset, "MIME", &st);
    if (!name || U_FAILURE(st)) {
        st = U_ZERO_ERROR;
        name = ucnv_getStandardName(charset, "IANA", &st);
    }
    if (!name || U_FAILURE(st)) {
        st = U_ZERO_ERROR;
        name = ucnv_getAlias(charset, 0, &st);
    }
    return U_SUCCESS(st) ? name : NULL;
}

int bt_charset_known(const char *charset)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(charset, &st);
    if (U_FAILURE(st))
        return 0;
    ucnv_close(cv);
    return 1;
}

bt_status bt_decode(const char *bytes, size_t len, const char *charset, bt_buf *out, bt_error *err)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(charset, &st);
    if (U_FAILURE(st))
        return bt_error_set(err, BT_ERR_ENCODING, "unknown charset '%s'", charset);
    ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
    if (len > INT32_MAX / 2) {
        ucnv_close(cv);
        return bt_error_set(err, BT_ERR_LIMIT, "input too large to decode");
    }
    int32_t cap = (int32_t)len * 2 + 16;
    UChar *u = malloc((size_t)cap * sizeof(UChar));
    if (!u) {
        ucnv_close(cv);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    UChar *target = u;
    const char *source = bytes;
    ucnv_toUnicode(cv, &target, u + cap, &source, bytes + len, NULL, 1, &st);
    if (U_FAILURE(st)) {
        /* the converter stops just past the offending sequence */
        int8_t badlen = 8;
        char bad[8];
        UErrorCode st2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(cv, bad, &badlen, &st2);
        size_t at = (size_t)(source - bytes) - (U_SUCCESS(st2) ? (size_t)badlen : 0);
        ucnv_close(cv);
        free(u);
        return bt_error_set(err, BT_ERR_ENCODING, "byte 0x%02X at offset %zu is not valid %s",
                            at < len ? (unsigned char)bytes[at] : 0, at, charset);
    }
    ucnv_close(cv);
    bt_buf tmp = BT_BUF_INIT;
    put_utf16(&tmp, u, (int32_t)(target - u));
    free(u);
    if (tmp.failed) {
        bt_buf_free(&tmp);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    bt_status s = bt_utf8_nfc(tmp.data ? tmp.data : "", tmp.len, out, err);
    bt_buf_free(&tmp);
    return s;
}

/* What the normalizer says of a character, and its fold alone, as UTF-8. */
typedef struct {
    UChar32 cp;
    uint8_t used;
    uint8_t len; /* of utf8; 255: longer than kept */
    uint8_t inert, before, after;
    char utf8[12];
} fold_info;

#define FOLD_KEPT 256

/* The fold_info of cp in kept (a thread's own: the characters last asked
 * for; a text asks for the same few dozen letters over and over). */
static const fold_info *fold_info_of(const UNormalizer2 *fold, fold_info *kept, UChar32 cp)
{
    fold_info *k = &kept[(uint32_t)cp * 2654435761u >> 24];
    if (k->used && k->cp == cp)
        return k;
    k->cp = cp;
    k->used = 1;
    /* (an inert character, most of a Chinese text's thousands, needs no
     * more: it is copied) */
    k->inert = (uint8_t)unorm2_isInert(fold, cp);
    k->before = k->after = 1;
    k->len = 0;
    if (k->inert)
        return k;
    UChar u[2], f[32];
    int32_t n = 0, m, bytes = 0;
    UErrorCode st = U_ZERO_ERROR;
    U16_APPEND_UNSAFE(u, n, cp);
    m = unorm2_normalize(fold, u, n, f, 32, &st);
    if (U_SUCCESS(st))
        u_strToUTF8(k->utf8, (int32_t)sizeof(k->utf8), &bytes, f, m, &st);
    k->len = U_SUCCESS(st) && bytes < (int32_t)sizeof(k->utf8) ? (uint8_t)bytes : 255;
    k->before = (uint8_t)unorm2_hasBoundaryBefore(fold, cp);
    k->after = (uint8_t)unorm2_hasBoundaryAfter(fold, cp);
    return k;
}

/* NFKC_Casefold of s into out a character at a time, without the round
 * trip through UTF-16: ASCII folds by itself, a character that the
 * normalizer leaves as it is and that never combines with its neighbours
 * (inert: curly quotes, dashes, letters without case) is copied, and one
 * that is a segment of its own (a letter with its marks before another
 * letter, a no-break space) is folded alone.  0 when a character needs its
 * neighbours (a combining mark after another character): then the whole
 * text must be normalized. */
static int fold_by_character(const UNormalizer2 *fold, const char *s, int32_t len, bt_buf *out)
{
    static _Thread_local fold_info kept[FOLD_KEPT];
    for (int32_t i = 0; i < len;) {
        int32_t at = i;
        while (i < len && !((unsigned char)s[i] & 0x80))
            i++;
        if (i > at) {
            char *d = bt_buf_extend(out, (size_t)(i - at));
            for (int32_t k = at; d && k < i; k++)
                *d++ = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
            continue;
        }
        UChar32 cp;
        U8_NEXT(s, i, len, cp);
        if (cp < 0)
            return 0;
        const fold_info *k = fold_info_of(fold, kept, cp);
        if (k->inert) {
            bt_buf_put(out, s + at, (size_t)(i - at));
            continue;
        }
        /* a segment of its own: a boundary before it, and one after it or
         * before what follows (ASCII has one) */
        int alone = k->before && k->len != 255;
        if (alone && !k->after && i < len && ((unsigned char)s[i] & 0x80)) {
            int32_t j = i;
            UChar32 next;
            U8_NEXT(s, j, len, next);
            alone = next >= 0 && fold_info_of(fold, kept, next)->before;
            k = fold_info_of(fold, kept, cp); /* (next may have taken its place) */
        }
        if (!alone)
            return 0;
        bt_buf_put(out, k->utf8, k->len);
    }
    return !out->failed;
}

int bt_utf8_fold(const char *s, size_t len, bt_buf *out)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *fold = unorm2_getNFKCCasefoldInstance(&st);
    if (U_FAILURE(st) || len > INT32_MAX)
        return 0;
    /* cleaning folds the short text of every block, and most need no more
     * (ICU's round trip was a tenth of a page's time) */
    size_t start = out->len;
    if (fold_by_character(fold, s, (int32_t)len, out))
        return 1;
    bt_buf_truncate(out, start);
    int32_t n;
    UChar *u = to_utf16(s, len, &n);
    if (!u)
        return 0;
    /* case folding can grow text (ß -> ss), by at most a factor of 3 */
    int32_t cap = n * 3 + 16;
    UChar *f = malloc((size_t)cap * sizeof(UChar));
    int32_t m = f ? unorm2_normalize(fold, u, n, f, cap, &st) : 0;
    free(u);
    int ok = f && U_SUCCESS(st);
    if (ok)
        put_utf16(out, f, m);
    free(f);
    return ok && !out->failed;
}

size_t bt_utf8_ascii_digits(char *s, size_t len)
{
    size_t to = 0;
    if (len > INT32_MAX)
        return len;
    for (int32_t i = 0; (size_t)i < len;) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, (int32_t)len, c);
        if (c > 0x7F && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
            s[to++] = (char)('0' + u_charDigitValue(c));
        } else {
            memmove(s + to, s + at, (size_t)(i - at));
            to += (size_t)(i - at);
        }
    }
    if (to < len)
        s[to] = '\0';
    return to;
}

int bt_utf8_foreign_digits(const char *s, size_t len)
{
    for (int32_t i = 0; (size_t)i < len && len <= INT32_MAX;) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)len, c);
        if (c > 0x7F && u_charType(c) == U_DECIMAL_DIGIT_NUMBER)
            return 1;
    }
    return 0;
}

int bt_utf8_case_break(const char *a, size_t alen, const char *b, int more)
{
    if (!alen || !b || !*b || alen > INT32_MAX)
        return 0;
    int32_t end = (int32_t)alen, i = 0, blen = (int32_t)strnlen(b, 8);
    UChar32 last, first;
    U8_PREV(a, 0, end, last);
    U8_NEXT(b, i, blen, first);
    return last >= 0 && first >= 0 &&
           ((u_islower(last) && u_isupper(first)) ||
            (more && ((u_isdigit(last) && (u_isdigit(first) || u_isupper(first))) ||
                      ((last == '.' || last == '!' || last == '?') && u_isupper(first)))));
}

/* Whether [s, s+len) holds a character that is() says yes to. */
static int holds(const char *s, size_t len, UBool (*is)(UChar32))
{
    for (int32_t i = 0; (size_t)i < len && len <= INT32_MAX;) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)len, c);
        if (c >= 0 && is(c))
            return 1;
    }
    return 0;
}

int bt_utf8_has_lower(const char *s, size_t len) { return holds(s, len, u_islower); }

int bt_utf8_has_alnum(const char *s, size_t len) { return holds(s, len, u_isalnum); }

int bt_utf8_word_cases(const char *s, size_t len, int *upper, int *lower)
{
    int words = 0;
    *upper = *lower = 0;
    for (size_t i = 0; i < len && len <= INT32_MAX;) {
        while (i < len && s[i] == ' ')
            i++;
        if (i == len)
            break;
        int32_t at = (int32_t)i;
        UChar32 first;
        U8_NEXT(s, at, (int32_t)len, first);
        *upper += first >= 0 && u_isupper(first);
        *lower += first >= 0 && u_islower(first);
        words++;
        while (i < len && s[i] != ' ')
            i++;
    }
    return words;
}

int bt_utf8_capitalized_words(const char *s, size_t len)
{
    int upper, lower, words = bt_utf8_word_cases(s, len, &upper, &lower);
    return upper == words ? words : 0;
}

int bt_utf8_opens_capital(const char *s, size_t len)
{
    int32_t i = 0, n = len > INT32_MAX ? INT32_MAX : (int32_t)len;
    UChar32 c = -1;
    if (n)
        U8_NEXT(s, i, n, c);
    return c >= 0 && u_isalpha(c) && !u_islower(c);
}

int bt_unspaced_script(int32_t c)
{
    int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &e);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH || sc == USCRIPT_THAI ||
           sc == USCRIPT_LAO || sc == USCRIPT_KHMER || sc == USCRIPT_MYANMAR;
}

size_t bt_utf8_word_count(const char *s, size_t most)
{
    size_t n = 0, run = 0;
    int32_t i = 0, len = (int32_t)strnlen(s, INT32_MAX);
    int in = 0;
    while (i < len && n <= most) {
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c >= 0 && bt_unspaced_script(c) && u_isalnum(c)) {
            run++;
            in = 0;
            continue;
        }
        /* (a letter's marks, Khmer's and Thai's vowel signs, and the
         * zero-width spaces between words are no words of their own) */
        if (c >= 0 && (U_GET_GC_MASK(c) & (U_GC_M_MASK | U_GC_CF_MASK)))
            continue;
        n += (run + 1) / 2;
        run = 0;
        int space = c < 0 || u_isUWhiteSpace(c) || bt_unspaced_script(c);
        n += !space && !in;
        in = !space;
    }
    return n + (run + 1) / 2;
}
