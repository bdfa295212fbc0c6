/* Vietnamese text in every reader: decomposed (NFD), precomposed (NFC) and
 * escaped input give byte-identical output; legacy charsets declared by an
 * XHTML part decode right. */
#include "util.h"

#include <stdlib.h>

static void test_nfd_equals_nfc_in_every_format(void **state)
{
    (void)state;
    static const char *const formats[] = {"html", "text", "epub", "odt"};
    setenv("SOURCE_DATE_EPOCH", "1507506660", 1);
    for (int i = 0; i < 4; i++) {
        /* the article written by bantin, then its bytes in NFD (the
         * writers' output decomposed by a converter outside the library is
         * what macOS and some CMSs hand us): both read to the same bytes */
        char src[600], dec[600];
        snprintf(src, sizeof(src), "%s/nfc.%s", tmpdir(), formats[i]);
        snprintf(dec, sizeof(dec), "%s/nfd.%s", tmpdir(), formats[i]);
        run_result r = run_bantin(NULL, "-q", "-t", formats[i], "-o", src,
                                  td("hanoimoi-2017-10-09.html"), NULL);
        assert_int_equal(r.status, 0);
        run_free(&r);
        char cmd[2048];
        /* decompose every text entry of the file (zip members too) */
        snprintf(cmd, sizeof(cmd), "/usr/bin/python3 %s/vi/decompose.py %s %s", getenv("BT_TESTDATA"),
                 src, dec);
        assert_int_equal(system(cmd), 0);
        run_result a = run_bantin(NULL, "-f", formats[i], "-t", "text", src, NULL);
        run_result b = run_bantin(NULL, "-f", formats[i], "-t", "text", dec, NULL);
        assert_int_equal(a.status, 0);
        assert_int_equal(b.status, 0);
        if (strcmp(a.out, b.out))
            fail_msg("%s: NFD input reads differently from NFC", formats[i]);
        assert_contains(a.out, "Đảng");
        run_free(&a);
        run_free(&b);
    }
    unsetenv("SOURCE_DATE_EPOCH");
}

static void test_xhtml_windows_1258(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "-t", "text", td("vi/xhtml-windows-1258.epub"), NULL);
    assert_int_equal(r.status, 0);
    /* the book's h1 under its title "T": the body's top sub-heading, underlined with '-' */
    assert_contains(r.out, "Chủ động, gương mẫu\n-------------------\n");
    assert_contains(r.out, "Đảng bộ Khối các cơ quan TP Hà Nội có vị trí, vai trò đặc biệt quan");
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nfd_equals_nfc_in_every_format),
        cmocka_unit_test(test_xhtml_windows_1258),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
