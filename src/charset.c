#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "icu_i18n.h"
#include "language.h"
#include "unicode.h"

typedef enum { VIA_UTF8, VIA_UTF16, VIA_ICU, VIA_ICONV } bt_via;

typedef struct {
    const char *name; /* as ICU or iconv knows it */
    bt_via via;
} bt_charset;

static const bt_charset utf8 = {"UTF-8", VIA_UTF8};
static const bt_charset utf16 = {"UTF-16", VIA_UTF16};
static const bt_charset utf16le = {"UTF-16LE", VIA_UTF16};
static const bt_charset utf16be = {"UTF-16BE", VIA_UTF16};
static const bt_charset cp1258 = {"windows-1258", VIA_ICU};
static const bt_charset viscii = {"VISCII", VIA_ICONV};
static const bt_charset tcvn3 = {"TCVN5712-1", VIA_ICONV};

static const struct {
    const char *alias;
    const bt_charset *cs;
} aliases[] = {
    {"utf-8", &utf8},       {"utf8", &utf8},        {"utf-16", &utf16},
    {"utf16", &utf16},      {"utf-16le", &utf16le}, {"utf16le", &utf16le},
    {"utf-16be", &utf16be}, {"utf16be", &utf16be},  {"windows-1258", &cp1258},
    {"cp1258", &cp1258},    {"viscii", &viscii},    {"tcvn3", &tcvn3},
    {"tcvn", &tcvn3},       {"tcvn5712", &tcvn3},   {"tcvn-5712", &tcvn3},
    {"tcvn5712-1", &tcvn3},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* ICU's confidence (0-100) below which its guess is not taken: two
 * sentences of Russian in windows-1251 score 45. */
#define MIN_CONFIDENCE 40
/* How much of the input detection looks at. */
#define SAMPLE_BYTES (64u * 1024u)

/* ---- decoders ---- */

static bt_status no_nul(const unsigned char *data, size_t len, size_t unit, size_t base,
                        bt_error *err)
{
    for (size_t i = 0; i + unit <= len; i += unit)
        if (!data[i] && (unit == 1 || !data[i + 1]))
            return bt_error_set(err, BT_ERR_ENCODING,
                                "binary data (NUL byte at offset %zu), not text", base + i);
    return BT_OK;
}

/* base: where data starts in the input, so offsets name the input's bytes. */
static bt_status decode_utf8(const unsigned char *data, size_t len, size_t base, bt_buf *out,
                             bt_error *err)
{
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
        data += 3;
        len -= 3;
        base += 3;
    }
    size_t bad = bt_utf8_invalid_at((const char *)data, len);
    if (bad < len)
        return bt_error_set(err, BT_ERR_ENCODING, "invalid UTF-8 at byte %zu", base + bad);
    if (no_nul(data, len, 1, base, err) != BT_OK)
        return BT_FAILED;
    return bt_utf8_nfc((const char *)data, len, out, err);
}

static bt_status decode_utf16(const bt_charset *cs, const unsigned char *data, size_t len,
                              bt_buf *out, bt_error *err)
{
    size_t base = 0;
    int le = !strcmp(cs->name, utf16le.name);
    if (len >= 2 &&
        ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF))) {
        /* a BOM decides for plain UTF-16 and is dropped for the others */
        if (!strcmp(cs->name, utf16.name))
            le = data[0] == 0xFF;
        base = 2;
    }
    if ((len - base) % 2)
        return bt_error_set(err, BT_ERR_ENCODING, "truncated UTF-16 at byte %zu", len - 1);
    if (no_nul(data + base, len - base, 2, base, err) != BT_OK)
        return BT_FAILED;
    /* unpaired surrogates, named by offset here because ICU would count
     * from after the BOM */
    for (size_t i = base; i < len; i += 2) {
        unsigned u = le ? data[i] | data[i + 1] << 8 : data[i] << 8 | data[i + 1];
        if (u < 0xD800 || u > 0xDFFF)
            continue;
        unsigned next = 0;
        if (i + 3 < len)
            next = le ? data[i + 2] | data[i + 3] << 8 : data[i + 2] << 8 | data[i + 3];
        if (u > 0xDBFF || next < 0xDC00 || next > 0xDFFF)
            return bt_error_set(err, BT_ERR_ENCODING, "invalid UTF-16 at byte %zu", i);
        i += 2;
    }
    return bt_decode((const char *)data + base, len - base, le ? "UTF-16LE" : "UTF-16BE", out, err);
}

static bt_status decode_iconv(const char *name, const unsigned char *data, size_t len, bt_buf *out,
                              bt_error *err)
{
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return bt_error_set(err, BT_ERR_ENCODING, "unknown encoding '%s'", name);
    size_t cap = len * 3 + 16, used = 0;
    char *buf = malloc(cap);
    char *in = (char *)data;
    size_t left = len;
    int flushing = 0;
    bt_status s = BT_OK;
    while (buf) {
        char *o = buf + used;
        size_t room = cap - used;
        /* the TCVN converter holds back a letter that a tone mark may follow:
         * the final call without input flushes it */
        size_t r = flushing ? iconv(cd, NULL, NULL, &o, &room) : iconv(cd, &in, &left, &o, &room);
        used = (size_t)(o - buf);
        if (r != (size_t)-1) {
            if (flushing)
                break;
            flushing = 1;
        } else if (errno == E2BIG) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger)
                free(buf);
            buf = bigger;
            cap *= 2;
        } else {
            size_t at = (size_t)((unsigned char *)in - data);
            if (errno == EINVAL)
                s = bt_error_set(err, BT_ERR_ENCODING, "truncated %s at byte %zu", name, at);
            else
                s = bt_error_set(err, BT_ERR_ENCODING, "byte 0x%02X at offset %zu is not valid %s",
                                 at < len ? data[at] : 0, at, name);
            break;
        }
    }
    iconv_close(cd);
    if (!buf)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (s == BT_OK)
        s = bt_utf8_nfc(buf, used, out, err);
    free(buf);
    return s;
}

static bt_status decode_with(const bt_charset *cs, const unsigned char *data, size_t len,
                             bt_buf *out, bt_error *err)
{
    switch (cs->via) {
    case VIA_UTF8: return decode_utf8(data, len, 0, out, err);
    case VIA_UTF16: return decode_utf16(cs, data, len, out, err);
    case VIA_ICU:
        if (no_nul(data, len, 1, 0, err) != BT_OK)
            return BT_FAILED;
        return bt_decode((const char *)data, len, cs->name, out, err);
    case VIA_ICONV:
        if (no_nul(data, len, 1, 0, err) != BT_OK)
            return BT_FAILED;
        return decode_iconv(cs->name, data, len, out, err);
    }
    return BT_FAILED;
}

/* ---- names ---- */

/* What a charset name means: our aliases, then ICU, then iconv.  cs receives
 * a name that may point into the caller's string. */
static int resolve(const char *name, bt_charset *cs)
{
    for (size_t i = 0; i < COUNT(aliases); i++)
        if (!strcasecmp(name, aliases[i].alias)) {
            *cs = *aliases[i].cs;
            return 1;
        }
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(name, &st);
    if (U_SUCCESS(st)) {
        const char *icu = ucnv_getName(cv, &st);
        const bt_charset *const unicode[] = {&utf8, &utf16, &utf16le, &utf16be};
        *cs = (bt_charset){name, VIA_ICU};
        for (size_t i = 0; i < COUNT(unicode); i++)
            if (U_SUCCESS(st) && !strcmp(icu, unicode[i]->name))
                *cs = *unicode[i];
        ucnv_close(cv);
        return 1;
    }
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return 0;
    iconv_close(cd);
    cs->name = name;
    cs->via = VIA_ICONV;
    return 1;
}

/* ---- detection ---- */

/* The text's UTF-8 sequences counted: valid multi-byte ones, and invalid
 * ones (each maximal ill-formed subpart, as ICU and browsers count them).
 * With out, the text goes there with U+FFFD for each invalid sequence. */
static void scan_utf8(const unsigned char *data, size_t len, size_t *valid, size_t *invalid,
                      bt_buf *out)
{
    *valid = *invalid = 0;
    size_t i = 0;
    while (i < len) {
        size_t good = i + bt_utf8_invalid_at((const char *)data + i, len - i);
        for (size_t k = i; k < good; k++)
            *valid += data[k] >= 0xC0;
        if (out)
            bt_buf_put(out, (const char *)data + i, good - i);
        if (good == len)
            break;
        i = good;
        UChar32 c;
        U8_NEXT(data, i, len, c);
        (void)c;
        ++*invalid;
        if (out)
            bt_buf_puts(out, "\xEF\xBF\xBD");
    }
}

int bt_charset_damaged_utf8(const unsigned char *data, size_t len)
{
    size_t valid, invalid;
    scan_utf8(data, len, &valid, &invalid, NULL);
    return valid > 0 && invalid * 100 <= (valid + invalid) * BT_UTF8_MAX_INVALID_PERCENT;
}

bt_status bt_charset_repair_utf8(const unsigned char *data, size_t len, bt_buf *out,
                                 size_t *replaced, bt_error *err)
{
    size_t valid;
    bt_buf fixed = BT_BUF_INIT;
    scan_utf8(data, len, &valid, replaced, &fixed);
    bt_status s = fixed.failed ? bt_error_set(err, BT_ERR_NOMEM, "out of memory")
                               : bt_utf8_nfc(fixed.data ? fixed.data : "", fixed.len, out, err);
    bt_buf_free(&fixed);
    return s;
}

/* The legacy encodings ICU's detector does not know, tried on a sample and
 * scored by how much of the non-ASCII text reads as Vietnamese syllables:
 * 1 when one wins, 0 when none reads as Vietnamese, -1 when two differing
 * decodings read equally well. */
static int vietnamese_legacy(const unsigned char *data, size_t len, bt_charset *cs)
{
    static const bt_charset *const candidates[] = {&cp1258, &viscii, &tcvn3};
    if (len > SAMPLE_BYTES) {
        /* cut at a line end, so no letter and its tone mark are parted */
        const unsigned char *nl = memchr(data + SAMPLE_BYTES / 2, '\n', SAMPLE_BYTES / 2);
        len = nl ? (size_t)(nl - data) : SAMPLE_BYTES;
    }
    const bt_charset *best = NULL;
    size_t best_valid = 0;
    int tie = 0;
    bt_buf text[COUNT(candidates)];
    size_t best_i = 0;
    for (size_t i = 0; i < COUNT(candidates); i++) {
        bt_buf *b = &text[i];
        *b = (bt_buf)BT_BUF_INIT;
        size_t valid, words;
        if (decode_with(candidates[i], data, len, b, NULL) != BT_OK || b->failed)
            continue;
        bt_vi_score(b->data ? b->data : "", b->len, &valid, &words);
        /* nearly every word with a mark must be a syllable: one wrong
         * decoding in ten means another encoding */
        if (!words || valid * 10 < words * 9 || valid < best_valid)
            continue;
        if (best && valid == best_valid) {
            tie |= b->len != text[best_i].len || memcmp(b->data, text[best_i].data, b->len);
            continue;
        }
        best = candidates[i];
        best_i = i;
        best_valid = valid;
        tie = 0;
    }
    for (size_t i = 0; i < COUNT(candidates); i++)
        bt_buf_free(&text[i]);
    if (best)
        *cs = *best;
    return tie ? -1 : best != NULL;
}

/* What ICU's detector is sure of, among encodings a news text may be in;
 * never UTF-32 or EBCDIC, which would turn text into nonsense. */
static int icu_guess(const unsigned char *data, size_t len, bt_charset *cs)
{
    static const char *const plausible[] = {
        "ISO-8859-1",   "ISO-8859-2",   "ISO-8859-5",   "ISO-8859-6",   "ISO-8859-7",
        "ISO-8859-8",   "ISO-8859-9",   "windows-1250", "windows-1251", "windows-1252",
        "windows-1253", "windows-1254", "windows-1255", "windows-1256", "KOI8-R",
        "Shift_JIS",    "EUC-JP",       "EUC-KR",       "GB18030",      "Big5",
    };
    if (bt_icu_i18n_load() != 0)
        return 0;
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *det = I18N(ucsdet_open)(&st);
    I18N(ucsdet_setText)
    (det, (const char *)data, (int32_t)(len < SAMPLE_BYTES ? len : SAMPLE_BYTES), &st);
    int32_t n = 0;
    const UCharsetMatch **m = I18N(ucsdet_detectAll)(det, &n, &st);
    int found = 0;
    for (int32_t i = 0; U_SUCCESS(st) && i < n && !found; i++) {
        const char *name = I18N(ucsdet_getName)(m[i], &st);
        if (I18N(ucsdet_getConfidence)(m[i], &st) < MIN_CONFIDENCE)
            break;
        for (size_t k = 0; k < COUNT(plausible) && !found; k++)
            if (U_SUCCESS(st) && !strcmp(name, plausible[k])) {
                cs->name = plausible[k];
                cs->via = VIA_ICU;
                found = 1;
            }
    }
    I18N(ucsdet_close)(det);
    return found;
}

static bt_status detect(const unsigned char *data, size_t len, bt_buf *out, const char **used,
                        bt_error *err)
{
    bt_charset cs = utf8;
    if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        cs = utf16;
    else if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        cs = utf16;
    else if (no_nul(data, len, 1, 0, err) != BT_OK)
        return BT_FAILED;
    size_t bad = cs.via == VIA_UTF8 ? bt_utf8_invalid_at((const char *)data, len) : len;
    if (bad < len) {
        int damaged = bt_charset_damaged_utf8(data, len);
        int vi = damaged ? 0 : vietnamese_legacy(data, len, &cs);
        if (vi < 0)
            return bt_error_set(err, BT_ERR_ENCODING,
                                "invalid UTF-8 at byte %zu, and the text reads as Vietnamese in "
                                "more than one legacy encoding (use --input-encoding)",
                                bad);
        if (!vi && (damaged || !icu_guess(data, len, &cs)))
            return bt_error_set(err, BT_ERR_ENCODING, "invalid UTF-8 at byte %zu", bad);
    }
    if (used)
        *used = cs.name;
    return decode_with(&cs, data, len, out, err);
}

bt_status bt_charset_decode(const unsigned char *data, size_t len, const char *encoding,
                            bt_buf *out, const char **used, bt_error *err)
{
    if (!encoding)
        return detect(data, len, out, used, err);
    bt_charset cs;
    if (!resolve(encoding, &cs))
        return bt_error_set(err, BT_ERR_USAGE, "unknown encoding '%s'", encoding);
    if (used)
        *used = cs.name;
    return decode_with(&cs, data, len, out, err);
}

int bt_charset_is_text(const unsigned char *data, size_t len)
{
    if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        return 1;
    return memchr(data, 0, len) == NULL;
}
