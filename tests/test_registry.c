/* The format table: lookup by name, alias, extension; probing; run-time formats. */
#include "util.h"

#include <string.h>

static void test_lookup(void **state)
{
    (void)state;
    assert_string_equal(bt_format_by_name(NULL, "HTML")->name, "html");
    assert_string_equal(bt_format_by_name(NULL, "txt")->name, "text");
    assert_string_equal(bt_format_by_name(NULL, "plain")->name, "text");
    assert_null(bt_format_by_name(NULL, "docx"));
    assert_string_equal(bt_format_by_path(NULL, "dir.x/page.HTM")->name, "html");
    assert_string_equal(bt_format_by_path(NULL, "a.txt")->name, "text");
    assert_null(bt_format_by_path(NULL, "noext"));
    assert_null(bt_format_by_path(NULL, ".htm"));
}

static int bid_hello(const unsigned char *d, size_t n)
{
    return n >= 5 && !memcmp(d, "HELLO", 5) ? 40 : 0;
}

static bt_status write_nothing(const bt_document *doc, const bt_output *out, const bt_options *opt,
                               bt_error *err)
{
    (void)doc;
    (void)opt;
    (void)err;
    return out->write(out->user, "ok", 2) ? BT_FAILED : BT_OK;
}

static bt_status read_hello(bt_document *doc, const bt_input *in, const bt_options *opt,
                            bt_error *err)
{
    (void)in;
    (void)opt;
    (void)err;
    return bt_document_set_meta(doc, BT_META_TITLE, "hello");
}

static void test_runtime_format(void **state)
{
    (void)state;
    static const bt_format hello = {sizeof(bt_format), "hello", "hi", "test format", "hlo",
                                    "text/x-hello", bid_hello, read_hello, write_nothing, 0,
                                    NULL};
    bt_registry *reg = bt_registry_new();
    size_t before = bt_registry_count(reg);
    assert_int_equal(bt_registry_add(reg, &hello), BT_OK);
    assert_int_equal(bt_registry_count(reg), before + 1);
    /* the registry holds a copy of the descriptor */
    const bt_format *added = bt_format_by_name(reg, "hi");
    assert_non_null(added);
    assert_ptr_equal(added->read, read_hello);
    assert_ptr_equal(bt_format_by_path(reg, "x.hlo"), added);
    assert_ptr_equal(bt_format_probe(reg, (const unsigned char *)"HELLO world", 11), added);
    assert_null(bt_format_by_name(NULL, "hello"));

    bt_input in = {(const unsigned char *)"HELLO", 5, NULL};
    bt_document *doc;
    bt_error *err = bt_error_new();
    assert_int_equal(bt_read(reg, NULL, &in, NULL, &doc, err), BT_OK);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "hello");
    unsigned char *out;
    size_t n;
    assert_int_equal(bt_write_memory(&hello, doc, NULL, &out, &n, err), BT_OK);
    assert_memory_equal(out, "ok", 2);
    free(out);
    bt_document_free(doc);
    bt_error_free(err);
    bt_registry_free(reg);
}

static void test_empty_and_unknown(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    bt_document *doc;
    bt_input in = {(const unsigned char *)"", 0, NULL};
    assert_int_equal(bt_read(NULL, NULL, &in, NULL, &doc, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_FORMAT);
    assert_contains(bt_error_message(err), "empty");
    assert_null(doc);
    bt_error_free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup),
        cmocka_unit_test(test_runtime_format),
        cmocka_unit_test(test_empty_and_unknown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
