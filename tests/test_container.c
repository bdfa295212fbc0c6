/* Zip containers: deterministic writing, reading back, and hostile archives. */
#include "util.h"

#include <stdlib.h>

#include "container.h"
#include "limit.h"

static int to_buf(void *user, const void *data, size_t len)
{
    bt_buf_put(user, data, len);
    return 0;
}

static bt_buf make_zip(void)
{
    bt_buf b = BT_BUF_INIT;
    bt_output out = {to_buf, &b, NULL};
    bt_zip_writer *z = bt_zip_writer_new(NULL);
    assert_non_null(z);
    assert_int_equal(bt_zip_add(z, "mimetype", "application/epub+zip", 20, 1, NULL), BT_OK);
    assert_int_equal(bt_zip_add(z, "OEBPS/Đảng.xhtml", "<p>Đảng</p>", 14, 0, NULL), BT_OK);
    assert_int_equal(bt_zip_finish(z, &out, NULL), BT_OK);
    return b;
}

static void test_write_read(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", "1507506660", 1);
    bt_buf a = make_zip(), b = make_zip();
    /* reproducible: same input, same bytes */
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    assert_true(bt_zip_probe_mimetype((unsigned char *)a.data, a.len, "application/epub+zip") > 0);
    assert_int_equal(bt_zip_probe_mimetype((unsigned char *)a.data, a.len,
                                           "application/vnd.oasis.opendocument.text"),
                     0);
    bt_zip_reader *z = bt_zip_open((unsigned char *)a.data, a.len, NULL);
    assert_non_null(z);
    assert_int_equal(bt_zip_count(z), 2);
    assert_string_equal(bt_zip_name(z, 0), "mimetype");
    assert_true(bt_zip_has(z, "OEBPS/Đảng.xhtml"));
    bt_buf c = BT_BUF_INIT;
    assert_int_equal(bt_zip_read(z, "OEBPS/Đảng.xhtml", &c, NULL), BT_OK);
    assert_string_equal(c.data, "<p>Đảng</p>");
    bt_error *err = bt_error_new();
    assert_int_equal(bt_zip_read(z, "nope", &c, err), BT_FAILED);
    assert_contains(bt_error_message(err), "'nope' is missing");
    bt_error_free(err);
    bt_zip_close(z);
    bt_buf_free(&a);
    bt_buf_free(&b);
    bt_buf_free(&c);
    unsetenv("SOURCE_DATE_EPOCH");
}

/* Each hostile archive is refused on open (or on read) with its own message. */
static void expect_refused(const char *file, const char *message)
{
    size_t size;
    char *data = slurp(td(file), &size);
    assert_non_null(data);
    bt_error *err = bt_error_new();
    bt_zip_reader *z = bt_zip_open((unsigned char *)data, size, err);
    if (z) {
        bt_buf b = BT_BUF_INIT;
        for (size_t i = 0; i < bt_zip_count(z); i++)
            if (bt_zip_read(z, bt_zip_name(z, i), &b, err) != BT_OK)
                break;
        bt_buf_free(&b);
        bt_zip_close(z);
    }
    assert_contains(bt_error_message(err), message);
    bt_error_free(err);
    free(data);
}

static void test_hostile(void **state)
{
    (void)state;
    expect_refused("zip/slip.zip", "unsafe zip entry name '../../evil.txt'");
    expect_refused("zip/abs.zip", "unsafe zip entry name '/etc/evil'");
    expect_refused("zip/dup.zip", "duplicate zip entry names");
    expect_refused("zip/bomb.zip", "expands more than");
    expect_refused("zip/crc.zip", "CRC error");
    expect_refused("zip/truncated.zip", "not a zip archive");
}

/* BT_MAX_ZIP_ENTRIES entries open; one more is refused. */
static void test_entry_limit(void **state)
{
    (void)state;
    for (int extra = 0; extra <= 1; extra++) {
        bt_buf b = BT_BUF_INIT;
        bt_output out = {to_buf, &b, NULL};
        bt_zip_writer *z = bt_zip_writer_new(NULL);
        for (int i = 0; i < BT_MAX_ZIP_ENTRIES + extra; i++) {
            char name[32];
            snprintf(name, sizeof(name), "f%d", i);
            assert_int_equal(bt_zip_add(z, name, "", 0, 1, NULL), BT_OK);
        }
        assert_int_equal(bt_zip_finish(z, &out, NULL), BT_OK);
        bt_error *err = bt_error_new();
        bt_zip_reader *r = bt_zip_open((unsigned char *)b.data, b.len, err);
        if (extra) {
            assert_null(r);
            assert_contains(bt_error_message(err), "more than 10000 entries");
        } else {
            assert_non_null(r);
        }
        bt_zip_close(r);
        bt_error_free(err);
        bt_buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_write_read),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_entry_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
