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

static void check_long(const char *text, const char *title, const char *h2)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/long.txt", tmpdir());
    spit(path, text, strlen(text));
    bt_document *back = read_doc(path, "text", NULL);
    assert_string_equal(bt_document_meta(back, BT_META_TITLE), title);
    bt_node *first = bt_node_first_child(bt_document_body(back));
    assert_int_equal(bt_node_get_type(first), BT_NODE_HEADING);
    assert_int_equal(bt_node_heading_level(first), 2);
    assert_string_equal(bt_node_text(back, first), h2);
    bt_document_free(back);
}

/* A title and a heading wider than the line are written on one line each,
 * and read back whole; so are the wrapped ones of older files, underlined as
 * wide as their widest line. */
static void test_long_headings(void **state)
{
    (void)state;
    static const char *const title = "Chủ động, gương mẫu, hoàn thành nhiệm vụ chính trị được "
                                     "giao trong giai đoạn mới của Đảng bộ Khối các cơ quan";
    static const char *const h2 = "Một tiêu đề con rất dài để kiểm tra việc xuống dòng của "
                                  "tiêu đề cấp hai trong văn bản thuần";
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, title);
    bt_node *h = bt_node_new(doc, BT_NODE_HEADING);
    bt_node_set_heading_level(h, 2);
    bt_node_append(bt_document_body(doc), h);
    bt_node_append_text(doc, h, h2, strlen(h2));
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), p);
    bt_node_append_text(doc, p, "Đoạn văn.", strlen("Đoạn văn."));
    char *text = write_doc(doc, "text", NULL, NULL);
    assert_true(!strncmp(text, title, strlen(title)) && text[strlen(title)] == '\n');
    check_long(text, title, h2);
    check_long("Chủ động, gương mẫu, hoàn thành nhiệm vụ chính trị được giao trong giai\n"
               "đoạn mới của Đảng bộ Khối các cơ quan\n"
               "=======================================================================\n\n"
               "Một tiêu đề con rất dài để kiểm tra việc xuống dòng của tiêu đề cấp hai\n"
               "trong văn bản thuần\n"
               "-----------------------------------------------------------------------\n\n"
               "Đoạn văn.\n",
               title, h2);
    free(text);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_blocks_identical),
        cmocka_unit_test(test_seed_stable),
        cmocka_unit_test(test_long_headings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
