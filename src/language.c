#include "language.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#define BREVE 0x0306
#define CIRCUMFLEX 0x0302
#define HORN 0x031B
#define D_STROKE 0x0111

static int is_tone(UChar c)
{
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

static const UNormalizer2 *nfd(void)
{
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFDInstance(&st);
    return U_SUCCESS(st) ? n : NULL;
}

/* Whether c is a Vietnamese letter with a mark (ă â đ ê ô ơ ư or a tone);
 * *distinct tells the ones other Latin alphabets do not use: ă đ ĩ ơ ũ ư
 * and the whole of U+1EA0..U+1EF9 (hook above, dot below, stacked marks). */
static int vi_marked(UChar32 c, int *distinct)
{
    /* à á â ã è é ê ì í ò ó ô õ ù ú ý, as bits from U+00E0 */
    static const uint32_t latin1 = 0x263C370F;
    static const UChar32 extended[] = {0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0};
    UChar32 lc = c >= 0xC0 && c <= 0xDE ? c + 0x20 : c;
    *distinct = 1;
    if (c >= 0x1EA0 && c <= 0x1EF9)
        return 1;
    for (size_t i = 0; i < sizeof(extended) / sizeof(extended[0]); i++)
        if (c == extended[i] || c == extended[i] - 1)
            return 1;
    *distinct = 0;
    return lc >= 0xE0 && lc <= 0xFD && (latin1 >> (lc - 0xE0) & 1);
}

const char *bt_detect_language(const char *utf8, size_t len)
{
    size_t letters = 0, marked = 0, distinct = 0;
    const uint8_t *s = (const uint8_t *)utf8;
    for (size_t i = 0; i < len;) {
        UChar32 c;
        if (s[i] < 0x80) {
            letters += (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z';
            i++;
            continue;
        }
        U8_NEXT(s, i, len, c);
        if (c < 0 || !u_isalpha(c))
            continue;
        letters++;
        int only_vi;
        if (vi_marked(c, &only_vi)) {
            marked++;
            distinct += only_vi;
        }
    }
    /* Vietnamese marks about a third of its letters; a foreign name in an
     * English text stays far below a tenth */
    if (letters && marked * 10 >= letters && distinct * 50 >= letters && distinct > 0)
        return "vi";
    return NULL;
}

/* A syllable spelled in ASCII stand-ins: 1 ă, 2 â, 3 ê, 4 ô, 5 ơ, 6 ư, 7 đ. */
static const char *const onsets[] = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d",
    "7",   "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v", "x", "",
};
static const char *const nuclei[] = {
    "a",   "1",   "2",   "e",   "3",   "i",   "o",   "4",   "5",   "u",   "6",   "y",   "ai", "ao",
    "au",  "ay",  "2u",  "2y",  "eo",  "3u",  "ia",  "i3",  "iu",  "oa",  "o1",  "oe",  "oi", "4i",
    "5i",  "oo",  "ua",  "u2",  "u3",  "ui",  "u4",  "u5",  "uy",  "6a",  "6i",  "6u",  "65", "y3",
    "i3u", "y3u", "oai", "oay", "oeo", "u2y", "u4i", "65i", "65u", "uy3", "uya", "uyu",
};
static const char *const codas[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", ""};
/* Nuclei ending in a glide take no final consonant; iê yê uô ươ uâ uyê need one. */
static const char *const open_only[] = {
    "ai", "ao", "au", "ay", "2u", "2y", "eo", "3u",  "ia",  "iu",  "oi",  "4i",  "5i",  "ua",
    "ui", "6a", "6i", "6u", "i3u", "y3u", "oai", "oay", "oeo", "u2y", "u4i", "65i", "65u", "uya",
    "uyu",
};
static const char *const closed_only[] = {"i3", "y3", "u4", "65", "u2", "uy3"};

static int in_set(const char *const *set, size_t n, const char *s, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(set[i]) == len && !memcmp(set[i], s, len))
            return 1;
    return 0;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int spelled_syllable(const char *w, size_t n, UChar tone)
{
    for (size_t o = 0; o < COUNT(onsets); o++) {
        size_t ol = strlen(onsets[o]);
        if (ol > n || memcmp(w, onsets[o], ol))
            continue;
        size_t v = ol;
        while (v < n && strchr("a12e3io456uy", w[v]))
            v++;
        const char *coda = w + v;
        size_t cl = n - v;
        const char *nucleus = w + ol;
        size_t nl = v - ol;
        if (v == ol || !in_set(nuclei, COUNT(nuclei), nucleus, nl) ||
            !in_set(codas, COUNT(codas), coda, cl) ||
            (cl && in_set(open_only, COUNT(open_only), nucleus, nl)) ||
            (!cl && in_set(closed_only, COUNT(closed_only), nucleus, nl)))
            continue;
        /* a stop coda takes only the rising (sắc) or the heavy (nặng) tone */
        int stop = cl && (coda[cl - 1] == 'c' || coda[cl - 1] == 'p' || coda[cl - 1] == 't' ||
                          (cl == 2 && !memcmp(coda, "ch", 2)));
        if (stop && tone && tone != 0x0301 && tone != 0x0323)
            continue;
        return 1;
    }
    return 0;
}

/* The stand-in for a base letter and its non-tone mark, or 0. */
static char spell(UChar base, UChar mark)
{
    static const struct {
        char base;
        UChar mark;
        char code;
    } marked[] = {
        {'a', BREVE, '1'},      {'a', CIRCUMFLEX, '2'}, {'e', CIRCUMFLEX, '3'},
        {'o', CIRCUMFLEX, '4'}, {'o', HORN, '5'},       {'u', HORN, '6'},
    };
    if (base == D_STROKE)
        return mark ? 0 : '7';
    if (base > 'z' || base < 'a' || strchr("fjwz", base))
        return 0;
    if (!mark)
        return (char)base;
    for (size_t i = 0; i < COUNT(marked); i++)
        if (marked[i].base == base && marked[i].mark == mark)
            return marked[i].code;
    return 0;
}

int bt_vi_syllable(const char *word, size_t len)
{
    UChar in[32], d[64];
    int32_t n = 0;
    UErrorCode st = U_ZERO_ERROR;
    const uint8_t *s = (const uint8_t *)word;
    for (size_t i = 0; i < len;) {
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c < 0 || c > 0xFFFF || n == 32)
            return 0;
        in[n++] = (UChar)c;
    }
    const UNormalizer2 *norm = nfd();
    int32_t m = norm ? unorm2_normalize(norm, in, n, d, 64, &st) : 0;
    if (U_FAILURE(st) || m == 0)
        return 0;
    char spelled[16];
    size_t k = 0, uppers = 0;
    int first_upper = 0;
    UChar tone = 0;
    for (int32_t i = 0; i < m;) {
        UChar base = (UChar)u_tolower(d[i]);
        if (base != d[i]) {
            uppers++;
            first_upper |= k == 0;
        }
        UChar mark = 0;
        for (i++; i < m && u_getCombiningClass(d[i]); i++) {
            if (is_tone(d[i])) {
                if (tone)
                    return 0;
                tone = d[i];
            } else if (mark) {
                return 0;
            } else {
                mark = d[i];
            }
        }
        char code = spell(base, mark);
        if (!code || k == sizeof(spelled))
            return 0;
        spelled[k++] = code;
    }
    int cased = uppers == 0 || (uppers == 1 && first_upper) || uppers == k;
    return cased && spelled_syllable(spelled, k, tone);
}

static int word_char(UChar32 c) { return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK; }

void bt_vi_score(const char *utf8, size_t len, size_t *valid, size_t *words)
{
    const uint8_t *s = (const uint8_t *)utf8;
    size_t start = 0;
    int in_word = 0, foreign = 0;
    *valid = *words = 0;
    for (size_t i = 0; i <= len;) {
        size_t at = i;
        UChar32 c = -1;
        if (i < len)
            U8_NEXT(s, i, len, c);
        else
            i++;
        if (c >= 0 && word_char(c)) {
            if (!in_word) {
                start = at;
                foreign = 0;
            }
            in_word = 1;
            foreign |= c >= 0x80;
            continue;
        }
        if (in_word && foreign) {
            ++*words;
            *valid += bt_vi_syllable(utf8 + start, at - start) != 0;
        }
        in_word = 0;
    }
}

int bt_lang_is_vi(const char *tag)
{
    return tag && (tag[0] == 'v' || tag[0] == 'V') && (tag[1] == 'i' || tag[1] == 'I') &&
           (!tag[2] || tag[2] == '-' || tag[2] == '_');
}

int bt_lang_known(const char *tag)
{
    char lang[ULOC_LANG_CAPACITY];
    size_t len = tag ? strcspn(tag, "-_") : 0;
    if (len < 2 || len >= sizeof(lang))
        return 0;
    memcpy(lang, tag, len);
    lang[len] = '\0';
    /* (ICU answers "" for a code it does not know) */
    return *uloc_getISO3Language(lang) != '\0';
}
