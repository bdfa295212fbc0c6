/* ICU helpers: UTF-8 validation, NFC, grapheme clusters, charset decoding. */
#include "util.h"

#include <string.h>

#include "unicode.h"

static void test_invalid_at(void **state)
{
    (void)state;
    assert_int_equal(bt_utf8_invalid_at("abc", 3), 3);
    assert_int_equal(bt_utf8_invalid_at("ab\xC0\xAF", 4), 2);       /* overlong */
    assert_int_equal(bt_utf8_invalid_at("a\xED\xA0\x80", 4), 1);    /* surrogate */
    assert_int_equal(bt_utf8_invalid_at("Đảng\xE1\xBA", 9), 7);     /* truncated */
    assert_int_equal(bt_utf8_invalid_at("\xF4\x90\x80\x80", 4), 0); /* > U+10FFFF */
    /* past runs of ASCII read eight bytes at a time, and at their ends */
    assert_int_equal(bt_utf8_invalid_at("<p class=x>\xFF</p>", 15), 11);
    assert_int_equal(bt_utf8_invalid_at("01234567\x80", 9), 8);
    assert_int_equal(bt_utf8_invalid_at("0123456789abcdeĐảng</p>", 26), 26);
    assert_int_equal(bt_utf8_invalid_at("0123456789abcde\xE1\xBA", 17), 15);
}

static void test_nfc(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT;
    assert_int_equal(bt_utf8_nfc("Vie\xCC\xA3\xCC\x82t", 8, &b, NULL), BT_OK);
    assert_string_equal(b.data, "Việt");
    assert_false(bt_utf8_is_nfc("Vie\xCC\xA3\xCC\x82t", 8));
    assert_true(bt_utf8_is_nfc("Việt", strlen("Việt")));
    assert_false(bt_utf8_is_nfc("\xE2\x84\xAB", 3));                /* ANGSTROM SIGN: NFC_QC=No */
    assert_false(bt_utf8_is_nfc("a\xCC\x82\xCC\xA3", 5));           /* marks out of order */
    assert_true(bt_utf8_is_nfc("\xE1\xBB\x87\xF0\x9F\x98\x80", 7)); /* ệ😀 */
    assert_false(bt_utf8_is_nfc("a\xED\xA0\x80", 4));               /* a surrogate */
    bt_buf_free(&b);
    assert_int_equal(bt_utf8_nfc("\xE2\x84\xAB", 3, &b, NULL), BT_OK);
    assert_string_equal(b.data, "Å");
    bt_buf_free(&b);
    bt_error *err = bt_error_new();
    assert_int_equal(bt_utf8_nfc("ab\xFF", 3, &b, err), BT_FAILED);
    assert_contains(bt_error_message(err), "byte 2");
    bt_error_free(err);
    bt_buf_free(&b);
}

/* What appending may change: nothing before a stable character. */
static void test_nfc_joins(void **state)
{
    (void)state;
    assert_true(bt_utf8_nfc_joins("Vi\xE1\xBB\x87t", 6));
    assert_true(bt_utf8_nfc_joins("", 0));
    assert_false(bt_utf8_nfc_joins("\xCC\x89ng", 4));   /* starts with a combining mark */
    assert_false(bt_utf8_nfc_joins("\xE1\x85\xA1", 3)); /* a Hangul vowel joins its consonant */
    assert_false(bt_utf8_nfc_joins("ab\xFF", 3));
    assert_int_equal(bt_utf8_nfc_tail("xin ch\xC3\xA0o", 9), 8);
    assert_int_equal(bt_utf8_nfc_tail("Vie\xCC\xA3", 5), 2);
    assert_int_equal(bt_utf8_nfc_tail("\xCC\xA3", 2), 0);
}

/* Words whose every character is a cluster are counted without ICU; the rest are not. */
static void test_simple_clusters(void **state)
{
    (void)state;
    size_t n = 0;
    assert_true(bt_utf8_count_clusters("Vi\xE1\xBB\x87t Nam", 10, &n));
    assert_int_equal(n, 8);
    assert_false(bt_utf8_count_clusters("e\xCC\x81", 3, &n));                        /* e + acute */
    assert_false(bt_utf8_count_clusters("\xF0\x9F\x87\xBB\xF0\x9F\x87\xB3", 8, &n)); /* flag */
    assert_false(bt_utf8_count_clusters("\xE1\x84\x80\xE1\x85\xA1", 6, &n));         /* jamo */
    assert_int_equal(bt_grapheme_count("\xF0\x9F\x87\xBB\xF0\x9F\x87\xB3", 8), 1);
    assert_int_equal(bt_grapheme_count("Vie\xCC\xA3\xCC\x82t", 8), 4);
}

static void test_graphemes(void **state)
{
    (void)state;
    assert_int_equal(bt_grapheme_count("Việt", strlen("Việt")), 4);
    assert_int_equal(bt_grapheme_count("Vie\xCC\xA3\xCC\x82t", 8), 4);
    assert_int_equal(bt_grapheme_count("abc", 3), 3);
}

static void test_decode(void **state)
{
    (void)state;
    bt_buf b = BT_BUF_INIT;
    /* windows-1258: "Vi" + e circumflex (0xEA) + combining dot below (0xF2) + "t" */
    assert_int_equal(bt_decode("Vi\xEA\xF2t", 5, "windows-1258", &b, NULL), BT_OK);
    assert_string_equal(b.data, "Việt");
    bt_buf_free(&b);
    bt_error *err = bt_error_new();
    assert_int_equal(bt_decode("ab", 2, "no-such-charset", &b, err), BT_FAILED);
    assert_contains(bt_error_message(err), "no-such-charset");
    bt_error_clear(err);
    assert_int_equal(bt_decode("ok\xFF", 3, "UTF-8", &b, err), BT_FAILED);
    assert_contains(bt_error_message(err), "offset 2");
    bt_error_free(err);
    bt_buf_free(&b);
}

/* Case folding a character at a time (ASCII, characters the normalizer
 * leaves alone, characters that fold alone) and through ICU's normalizer
 * (a character that needs its neighbours) must both give what
 * NFKC_Casefold gives. */
static void test_fold(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"Read MORE: 10 Tips", "read more: 10 tips"},
        {"", ""},
        {"Đọc THÊM", "đọc thêm"},
        {"STRAẞE", "strasse"},
        {"Vie\xCC\xA3\xCC\x82t", "việt"}, /* folded text is NFC too */
        {"ﬁle", "file"},
        {"It\xE2\x80\x99s \xE2\x80\x9CNEW\xE2\x80\x9D \xE2\x80\x94 OK", /* inert */
         "it\xE2\x80\x99s \xE2\x80\x9Cnew\xE2\x80\x9D \xE2\x80\x94 ok"},
        {"A\xC2\xA0"
         "B\xE2\x80\xA6",
         "a b..."}, /* no-break space, ellipsis: alone */
        {"so\xC2\xAD"
         "ft",
         "soft"},                                               /* a soft hyphen goes */
        {"Caf\xC3\xA9 CAF\xC3\x89", "caf\xC3\xA9 caf\xC3\xA9"}, /* É needs the normalizer */
        {"Cafe\xCC\x81", "caf\xC3\xA9"},                        /* a mark after ASCII joins it */
        {"\xEF\xBC\xA1\xE2\x84\xA6", "a\xCF\x89"},              /* fullwidth A, ohm sign */
        {"\xC4\xB0stanbul", "i\xCC\x87stanbul"},                /* İ */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_buf b = BT_BUF_INIT;
        assert_true(bt_utf8_fold(cases[i].in, strlen(cases[i].in), &b));
        assert_string_equal(b.data ? b.data : "", cases[i].out);
        bt_buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_at), cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_nfc_joins),  cmocka_unit_test(test_simple_clusters),
        cmocka_unit_test(test_graphemes),  cmocka_unit_test(test_decode),
        cmocka_unit_test(test_fold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
