/* Charset detection and decoding: real Vietnamese legacy samples against
 * their UTF-8 references, BOMs, forced encodings, errors. */
#include "util.h"

#include <string.h>

#include "charset.h"
#include "language.h"
#include "textdate.h"
#include "unicode.h"

/* Decode a file; *used gets the charset chosen.  The result is malloc'd. */
static char *decode_file(const char *name, const char *encoding, const char **used)
{
    size_t size;
    char *raw = slurp(td(name), &size);
    assert_non_null(raw);
    bt_buf out = BT_BUF_INIT;
    bt_error *err = bt_error_new();
    if (bt_charset_decode((const unsigned char *)raw, size, encoding, &out, used, err) != BT_OK)
        fail_msg("%s: %s", name, bt_error_message(err));
    bt_error_free(err);
    free(raw);
    return out.data;
}

static void assert_decodes_to(const char *name, const char *reference, const char *encoding,
                              const char *charset)
{
    const char *used = NULL;
    char *got = decode_file(name, encoding, &used);
    char *want = decode_file(reference, "utf-8", NULL);
    assert_string_equal(got, want);
    assert_string_equal(used, charset);
    free(got);
    free(want);
}

static void test_detect_legacy(void **state)
{
    (void)state;
    assert_decodes_to("encodings/vi-viscii.txt", "encodings/vi-utf-8.txt", NULL, "VISCII");
    assert_decodes_to("encodings/vi-windows-1258.txt", "encodings/vi-utf-8.txt", NULL,
                      "windows-1258");
    assert_decodes_to("encodings/tcvn-snippet.txt", "encodings/tcvn-snippet.utf-8.txt", NULL,
                      "TCVN5712-1");
    assert_decodes_to("encodings/cp1258-snippet.txt", "encodings/cp1258-snippet.utf-8.txt", NULL,
                      "windows-1258");
}

/* What ICU's detector is sure of, and a short Vietnamese line in
 * Windows-1258 that VISCII would misread ("baòn" is no syllable). */
static void test_detect_other(void **state)
{
    (void)state;
    static const struct {
        const char *bytes, *charset, *utf8;
    } cases[] = {
        {"Le pr\xE9sident de la R\xE9publique a d\xE9"
         "clar\xE9 mercredi que la r\xE9"
         "forme des retraites serait pr\xE9sent\xE9"
         "e \xE0 l'\xE9t\xE9. \xAB C'est une \xE9tape tr\xE8s important"
         "e \xBB, a-t-il ajout\xE9 devant les journalistes r\xE9unis \xE0"
         " l'\xC9lys\xE9"
         "e.",
         "ISO-8859-1",
         "Le président de la République a déclaré mercredi que la réforme des retraites serait "
         "présentée à l'été. « C'est une étape très importante », a-t-il ajouté devant les "
         "journalistes réunis à l'Élysée."},
        {"\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xD0\xEE\xF1\xF1\xE8\xE8"
         " \xE7\xE0\xFF\xE2\xE8\xEB \xE2 \xF1\xF0\xE5\xE4\xF3, \xF7\xF2"
         "\xEE \xF0\xE5\xF4\xEE\xF0\xEC\xE0 \xEF\xE5\xED\xF1\xE8\xEE\xED"
         "\xED\xEE\xE9 \xF1\xE8\xF1\xF2\xE5\xEC\xFB \xE1\xF3\xE4\xE5\xF2"
         " \xEF\xF0\xE5\xE4\xF1\xF2\xE0\xE2\xEB\xE5\xED\xE0 \xEB\xE5\xF2"
         "\xEE\xEC. \xDD\xF2\xEE \xEE\xF7\xE5\xED\xFC \xE2\xE0\xE6\xED\xFB"
         "\xE9 \xF8\xE0\xE3, \xF1\xEA\xE0\xE7\xE0\xEB \xEE\xED \xE6\xF3"
         "\xF0\xED\xE0\xEB\xE8\xF1\xF2\xE0\xEC.",
         "windows-1251",
         "Президент России заявил в среду, что реформа пенсионной системы будет представлена "
         "летом. Это очень важный шаг, сказал он журналистам."},
        {"Ch\xE0o ba\xF2n", "windows-1258", "Chào bạn"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_buf out = BT_BUF_INIT;
        const char *used = NULL;
        assert_int_equal(bt_charset_decode((const unsigned char *)cases[i].bytes,
                                           strlen(cases[i].bytes), NULL, &out, &used, NULL),
                         BT_OK);
        assert_string_equal(used, cases[i].charset);
        assert_string_equal(out.data, cases[i].utf8);
        bt_buf_free(&out);
    }
}

static void test_forced(void **state)
{
    (void)state;
    assert_decodes_to("encodings/vi-viscii.txt", "encodings/vi-utf-8.txt", "viscii", "VISCII");
    assert_decodes_to("encodings/tcvn-snippet.txt", "encodings/tcvn-snippet.utf-8.txt", "tcvn3",
                      "TCVN5712-1");
    assert_decodes_to("encodings/vi-windows-1258.txt", "encodings/vi-utf-8.txt", "CP1258",
                      "windows-1258");
    /* a name only ICU or iconv knows */
    assert_decodes_to("encodings/vi-windows-1258.txt", "encodings/vi-utf-8.txt", "cp-1258",
                      "cp-1258");
    bt_buf out = BT_BUF_INIT;
    bt_error *err = bt_error_new();
    assert_int_equal(bt_charset_decode((const unsigned char *)"x", 1, "no-such", &out, NULL, err),
                     BT_FAILED);
    assert_string_equal(bt_error_message(err), "unknown encoding 'no-such'");
    bt_error_free(err);
    bt_buf_free(&out);
}

static const char *decode(const char *bytes, size_t len, const char *encoding, bt_buf *out,
                          bt_error *err)
{
    bt_buf_free(out);
    bt_error_clear(err);
    const char *used = NULL;
    if (bt_charset_decode((const unsigned char *)bytes, len, encoding, out, &used, err) != BT_OK)
        return NULL;
    return out->data ? out->data : "";
}

static void test_unicode(void **state)
{
    (void)state;
    bt_buf out = BT_BUF_INIT;
    bt_error *err = bt_error_new();
    assert_string_equal(decode("\xEF\xBB\xBFVi\xE1\xBB\x87t", 9, NULL, &out, err), "Việt");
    assert_string_equal(decode("\xFF\xFEV\0i\0\xC7\x1Et\0", 10, NULL, &out, err), "Việt");
    assert_string_equal(decode("\xFE\xFF\0V\0i\x1E\xC7\0t", 10, NULL, &out, err), "Việt");
    /* NFD in, NFC out */
    assert_string_equal(decode("Vie\xCC\xA3\xCC\x82t", 8, NULL, &out, err), "Việt");
    /* words a style sheet parts: a small letter, then a capital */
    assert_true(bt_utf8_case_break("Hà Nội", strlen("Hà Nội"), "Người dân", 0));
    assert_false(bt_utf8_case_break("Hà Nội", strlen("Hà Nội"), " Người", 0));
    assert_false(bt_utf8_case_break("TTO", 3, "Người", 0));
    assert_false(bt_utf8_case_break("i", 1, "phone", 0));
    assert_false(bt_utf8_case_break("2026", 4, "2:02 PM", 0));
    assert_true(bt_utf8_case_break("2026", 4, "2:02 PM", 1));
    assert_false(bt_utf8_case_break("Tầng 2", strlen("Tầng 2"), "a", 1));
    assert_true(bt_utf8_case_break("since 1988.", 11, "Credit", 1));
    assert_false(bt_utf8_case_break("since 1988.", 11, "Credit", 0));
    assert_false(bt_utf8_case_break("e.g.", 4, "and", 1));
    assert_true(bt_utf8_case_break("sinds 2015", 10, "NOS", 1));
    assert_false(bt_utf8_case_break("sinds 2015", 10, "NOS", 0));
    /* forced UTF-16LE without a BOM */
    assert_string_equal(decode("V\0i\0", 4, "utf-16le", &out, err), "Vi");
    /* an unpaired surrogate */
    assert_null(decode("\xFF\xFE"
                       "a\0\x00\xD8"
                       "b\0",
                       8, NULL, &out, err));
    assert_string_equal(bt_error_message(err), "invalid UTF-16 at byte 4");
    assert_null(decode("\xFE\xFF\0a\0", 5, NULL, &out, err));
    assert_string_equal(bt_error_message(err), "truncated UTF-16 at byte 4");
    /* forced UTF-8 on bytes that are not */
    assert_null(decode("ok\xC3", 3, "utf-8", &out, err));
    assert_string_equal(bt_error_message(err), "invalid UTF-8 at byte 2");
    /* a lone byte that fits nothing surely is no guess */
    assert_null(decode("abc\x81\x8D", 5, NULL, &out, err));
    assert_string_equal(bt_error_message(err), "invalid UTF-8 at byte 3");
    assert_null(decode("a\0b", 3, "windows-1258", &out, err));
    assert_string_equal(bt_error_message(err), "binary data (NUL byte at offset 1), not text");
    bt_error_free(err);
    bt_buf_free(&out);
}

/* valid words of one multi-byte letter each, then invalid sequences of four
 * kinds, in words of their own. */
static void mixed(bt_buf *b, int valid, int invalid)
{
    static const char *const bad[] = {"\xFF", "\xC3(", "\xE1\xBA", "\xED\xA0\x80"};
    bt_buf_truncate(b, 0);
    for (int i = 0; i < valid; i++)
        bt_buf_puts(b, "Vi\xE1\xBB\x87t ");
    for (int i = 0; i < invalid; i++) {
        bt_buf_puts(b, bad[i % 4]);
        bt_buf_puts(b, " x ");
    }
}

/* Damaged UTF-8: invalid sequences up to BT_UTF8_MAX_INVALID_PERCENT of the
 * non-ASCII ones, at and past it; each maximal ill-formed subpart is one
 * U+FFFD ("\xE1\xBA" is one, "\xED\xA0\x80", a surrogate, three). */
static void test_damaged_utf8(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT, out = BT_BUF_INIT;
    const unsigned char *bytes;
    int valid = 100 - BT_UTF8_MAX_INVALID_PERCENT;
    mixed(&b, valid, BT_UTF8_MAX_INVALID_PERCENT);
    bytes = (const unsigned char *)b.data;
    size_t invalid = 0;
    assert_int_equal(bt_charset_repair_utf8(bytes, b.len, &out, &invalid, NULL), BT_OK);
    /* every fourth is the surrogate, counted as three */
    size_t subparts = BT_UTF8_MAX_INVALID_PERCENT + 2 * (BT_UTF8_MAX_INVALID_PERCENT / 4);
    assert_int_equal(invalid, subparts);
    assert_non_null(strstr(out.data, "Việt \xEF\xBF\xBD x \xEF\xBF\xBD( x \xEF\xBF\xBD x "
                                     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD x "));
    /* at the threshold, counting subparts: as many valid as invalid */
    mixed(&b, (int)subparts, BT_UTF8_MAX_INVALID_PERCENT);
    assert_true(bt_charset_damaged_utf8((const unsigned char *)b.data, b.len));
    /* past it: one more invalid than valid */
    mixed(&b, (int)subparts - 1, BT_UTF8_MAX_INVALID_PERCENT);
    assert_false(bt_charset_damaged_utf8((const unsigned char *)b.data, b.len));
    /* no valid multi-byte sequence at all: not UTF-8 */
    assert_false(bt_charset_damaged_utf8((const unsigned char *)"caf\xE9", 4));
    /* plain text keeps failing on damaged UTF-8, naming the first bad byte */
    bt_error *err = bt_error_new();
    mixed(&b, 3, 1);
    assert_null(decode(b.data, b.len, NULL, &out, err));
    assert_string_equal(bt_error_message(err), "invalid UTF-8 at byte 21");
    bt_error_free(err);
    bt_buf_free(&b);
    bt_buf_free(&out);
}

static void test_is_text(void **state)
{
    (void)state;
    assert_true(bt_charset_is_text((const unsigned char *)"abc", 3));
    assert_true(bt_charset_is_text((const unsigned char *)"\xFF\xFE"
                                                          "a\0",
                                   4));
    assert_false(bt_charset_is_text((const unsigned char *)"a\0b", 3));
}

static void test_language(void **state)
{
    (void)state;
    const char *vi = "Là cấp trên trực tiếp của tổ chức Đảng các cơ quan đầu não";
    const char *en = "The Prime Minister Nguyễn Tấn Dũng met the delegation in the capital "
                     "on Monday and discussed trade, investment and education.";
    assert_string_equal(bt_detect_language(vi, strlen(vi)), "vi");
    assert_null(bt_detect_language(en, strlen(en)));
    assert_null(bt_detect_language("café à la crème", strlen("café à la crème")));
    /* a language ICU knows, not a charset put in its place */
    assert_true(bt_lang_known("vi"));
    assert_true(bt_lang_known("de-CH"));
    assert_true(bt_lang_known("zh_Hant"));
    assert_false(bt_lang_known("utf-8"));
    assert_false(bt_lang_known("x"));
    assert_false(bt_lang_known(""));
    assert_true(bt_vi_syllable("nghiêng", strlen("nghiêng")));
    assert_true(bt_vi_syllable("Người", strlen("Người")));
    assert_true(bt_vi_syllable("ĐẢNG", strlen("ĐẢNG")));
    assert_true(bt_vi_syllable("gì", strlen("gì")));
    assert_true(bt_vi_syllable("quốc", strlen("quốc")));
    assert_false(bt_vi_syllable("tiÕng", strlen("tiÕng"))); /* mixed case */
    assert_false(bt_vi_syllable("crème", strlen("crème")));
    assert_false(bt_vi_syllable("hoàt", strlen("hoàt")));   /* grave before -t */
    assert_false(bt_vi_syllable("việẹt", strlen("việẹt"))); /* two tones */
}

static void test_textdate(void **state)
{
    (void)state;
    char iso[32];
    struct {
        const char *text, *iso;
    } ok[] = {
        {"Thứ Hai ngày 09/10/2017", "2017-10-09"},
        {"06:51 Thứ Hai ngày 09/10/2017", "2017-10-09T06:51:00"},
        {"09/10/2017 06:51", "2017-10-09T06:51:00"},
        {"06:51 09/10/2017", "2017-10-09T06:51:00"},
        {"Chủ nhật, 8/10/2017, 14:05 (GMT+7)", "2017-10-08T14:05:00+07:00"},
        {"ngày 9 tháng 10 năm 2017", "2017-10-09"},
        {"Ngày 9 Tháng 10 Năm 2017 lúc 7h05", "2017-10-09T07:05:00"},
        {"2017-10-09T06:51:00+07:00", "2017-10-09T06:51:00+07:00"},
        {"29/02/2016", "2016-02-29"},
        {"Cập nhật: 05/11/2012 10:30", "2012-11-05T10:30:00"},
        {"Thứ Ba, ngày 17/06/2025 05:45 AM (GMT+7)", "2025-06-17T05:45:00+07:00"},
        {"17/06/2025 12:10 AM", "2025-06-17T00:10:00"},
        {"17/06/2025 05:45 PM", "2025-06-17T17:45:00"},
        {"Posted on 19/09/2012 at 10:30", "2012-09-19T10:30:00"},
        {"Publié le 19/09/2012 à 10:30", "2012-09-19T10:30:00"},
        {"Publicado el 19/09/2012", "2012-09-19"},
        /* Chinese, Japanese and Korean forms, an afternoon's mark */
        {"2024年05月10日 10:12", "2024-05-10T10:12:00"},
        {"2016年10月14日07:17", "2016-10-14T07:17:00"},
        {"2025年6月16日 星期一 下午3:05", "2025-06-16T15:05:00"},
        {"2023年10月15日(日)", "2023-10-15"},
        {"2024년 5월 10일 오후 2:30", "2024-05-10T14:30:00"},
        /* digits of another script: Bengali, Arabic-Indic */
        {"১০/০৫/২০২৪ ০৯:১৫", "2024-05-10T09:15:00"},
        {"١٠/٠٥/٢٠٢٤", "2024-05-10"},
    };
    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        if (!bt_textdate_parse(ok[i].text, strlen(ok[i].text), iso))
            fail_msg("not read as a date: %s", ok[i].text);
        assert_string_equal(iso, ok[i].iso);
    }
    const char *bad[] = {"Xây dựng Đảng", "29/02/2017",     "Ngày 10-10-1954, Ban Thường vụ",
                         "06:51",         "32/10/2017",     "AM 17/06/2025",
                         "2024年5月",     "2024年13月10日", ""};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        assert_false(bt_textdate_parse(bad[i], strlen(bad[i]), iso));
    assert_true(bt_textdate_is_iso("2017-10-09T06:51:00+07:00", 25));
    assert_true(bt_textdate_is_iso("2017-10", 7));
    assert_false(bt_textdate_is_iso("2017-10-09 06:51", 16));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_detect_legacy), cmocka_unit_test(test_forced),
        cmocka_unit_test(test_detect_other),  cmocka_unit_test(test_unicode),
        cmocka_unit_test(test_is_text),       cmocka_unit_test(test_language),
        cmocka_unit_test(test_textdate),      cmocka_unit_test(test_damaged_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
