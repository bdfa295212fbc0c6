/* Plain text through the document and back: the text reader against the
 * text writer.  Text in the convention comes back byte for byte; unmarked
 * text, once written, reads back into the same document. */
#include "util.h"

#include <stdio.h>

#include "docdump.h"

static void test_all_blocks_identical(void **state)
{
    (void)state;
    size_t size, out_size;
    char *text = slurp(td("text/all-blocks.txt"), &size);
    assert_non_null(text);
    bt_document *doc = read_doc(td("text/all-blocks.txt"), "text", NULL);
    char *out = write_doc(doc, "text", NULL, &out_size);
    if (out_size != size || memcmp(out, text, size))
        print_error("written:\n%s\n", out);
    assert_int_equal(out_size, size);
    assert_memory_equal(out, text, size);
    free(out);
    free(text);
    bt_document_free(doc);
}

/* The seed (unmarked) read, written, read again: the same document; and the
 * written text is a fixed point. */
static void test_seed_stable(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("text/article.txt"), "text", NULL);
    char *want = doc_dump(doc);
    size_t size;
    char *text = write_doc(doc, "text", NULL, &size);
    char path[512];
    snprintf(path, sizeof(path), "%s/seed-written.txt", tmpdir());
    spit(path, text, size);
    bt_document *again = read_doc(path, "text", NULL);
    char *got = doc_dump(again);
    if (strcmp(got, want))
        print_error("written:\n%s\n", text);
    assert_string_equal(got, want);
    size_t size2;
    char *text2 = write_doc(again, "text", NULL, &size2);
    assert_int_equal(size2, size);
    assert_memory_equal(text2, text, size);
    free(text2);
    free(got);
    free(want);
    free(text);
    bt_document_free(again);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_blocks_identical),
        cmocka_unit_test(test_seed_stable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
