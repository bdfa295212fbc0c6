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

/* Entry size, expansion ratio and total size, each at and one past its limit. */
static void test_size_limits(void **state)
{
    (void)state;
    unsigned long long total = 0;
    bt_error *err = bt_error_new();
#define CHECK(size, comp, ok)                                                                     \
    do {                                                                                          \
        total = 0;                                                                                \
        bt_error_clear(err);                                                                      \
        assert_int_equal(bt_zip_check_entry("a", (size), (comp), 0, &total, err),                 \
                         (ok) ? BT_OK : BT_FAILED);                                               \
    } while (0)
    CHECK(BT_MAX_ZIP_ENTRY_BYTES, BT_MAX_ZIP_ENTRY_BYTES / 2, 1);
    CHECK(BT_MAX_ZIP_ENTRY_BYTES + 1ull, BT_MAX_ZIP_ENTRY_BYTES / 2, 0);
    assert_contains(bt_error_message(err), "larger than 256 MiB");
    /* a ratio of exactly BT_MAX_ZIP_RATIO passes, one more does not */
    CHECK(BT_ZIP_RATIO_FLOOR * 2ull, BT_ZIP_RATIO_FLOOR * 2ull / BT_MAX_ZIP_RATIO, 1);
    CHECK(BT_ZIP_RATIO_FLOOR * 2ull, BT_ZIP_RATIO_FLOOR * 2ull / (BT_MAX_ZIP_RATIO + 1), 0);
    assert_contains(bt_error_message(err), "expands more than 200 times");
    /* small entries compress as they like: text of one repeated letter */
    CHECK(BT_ZIP_RATIO_FLOOR, 1, 1);
    CHECK(0, 0, 1);
#undef CHECK
    /* the total: entries that add up to the limit pass, one byte more fails */
    total = 0;
    bt_error_clear(err);
    unsigned long long entry = BT_MAX_ZIP_ENTRY_BYTES;
    for (unsigned i = 0; i < BT_MAX_ZIP_TOTAL_BYTES / BT_MAX_ZIP_ENTRY_BYTES; i++)
        assert_int_equal(bt_zip_check_entry("e", entry, entry, 0, &total, err), BT_OK);
    assert_int_equal(total, BT_MAX_ZIP_TOTAL_BYTES);
    assert_int_equal(bt_zip_check_entry("f", 1, 1, 0, &total, err), BT_FAILED);
    assert_contains(bt_error_message(err), "zip content is larger than 1024 MiB");
    /* encrypted entries and unsafe names */
    bt_error_clear(err);
    assert_int_equal(bt_zip_check_entry("a", 1, 1, 1, &total, err), BT_FAILED);
    assert_contains(bt_error_message(err), "is encrypted");
    static const char *const unsafe[] = {"../a", "a/../../b", "/abs", "a\\b", "c:evil", ""};
    for (size_t i = 0; i < sizeof(unsafe) / sizeof(unsafe[0]); i++) {
        bt_error_clear(err);
        total = 0;
        assert_int_equal(bt_zip_check_entry(unsafe[i], 1, 1, 0, &total, err), BT_FAILED);
    }
    bt_error_free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_write_read),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_entry_limit),
        cmocka_unit_test(test_size_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
