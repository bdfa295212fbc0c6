/* The library's one-call and stream entry points, as a program uses them. */
#include "util.h"

static void test_convert_file(void **state)
{
    (void)state;
    char out[600];
    snprintf(out, sizeof(out), "%s/one-call.epub", tmpdir());
    bt_error *err = bt_error_new();
    assert_int_equal(bt_convert_file(NULL, NULL, NULL, td("hanoimoi-2017-10-09.html"), out, NULL,
                                     err),
                     BT_OK);
    bt_document *doc = read_doc(out, NULL, NULL);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), seed()->title);
    bt_document_free(doc);
    /* never over its own input, never to a format it cannot tell */
    assert_int_equal(bt_convert_file(NULL, NULL, bt_format_by_name(NULL, "html"), out, out, NULL,
                                     err),
                     BT_FAILED);
    assert_contains(bt_error_message(err), "would overwrite the input");
    bt_error_clear(err);
    assert_int_equal(bt_convert_file(NULL, NULL, NULL, out, "x.unknown", NULL, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_USAGE);
    bt_error_free(err);
}

static void test_streams(void **state)
{
    (void)state;
    FILE *in = fopen(td("hanoimoi-2017-10-09.html"), "rb");
    assert_non_null(in);
    bt_document *doc;
    bt_error *err = bt_error_new();
    /* no path: the format is probed, and the relative image is not found */
    assert_int_equal(bt_read_stream(NULL, NULL, in, NULL, &doc, err), BT_WARN);
    fclose(in);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), seed()->title);
    FILE *out = tmpfile();
    assert_int_equal(bt_write_stream(bt_format_by_name(NULL, "text"), doc, out, NULL, err), BT_OK);
    rewind(out);
    char buf[256] = {0};
    assert_true(fread(buf, 1, sizeof(buf) - 1, out) > 0);
    assert_true(strncmp(buf, seed()->title, strlen(seed()->title)) == 0);
    fclose(out);
    bt_document_free(doc);
    bt_error_free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_convert_file),
        cmocka_unit_test(test_streams),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
