/* Plain text through the document and back: the text reader against the
 * text writer.  Text in the convention comes back byte for byte; unmarked
 * text, once written, reads back into the same document. */
#include "util.h"

#include <stdio.h>

#include "docdump.h"

/* Text in the convention written back byte for byte: the file named by
 * the test's state. */
static void test_identical(void **state)
{
    const char *name = *state;
    size_t size, out_size;
    char *text = slurp(td(name), &size);
    assert_non_null(text);
    bt_document *doc = read_doc(td(name), "text", NULL);
    char *out = write_doc(doc, "text", NULL, &out_size);
    if (out_size != size || memcmp(out, text, size))
        print_error("written:\n%s\n", out);
    assert_int_equal(out_size, size);
    assert_memory_equal(out, text, size);
    free(out);
    free(text);
    bt_document_free(doc);
}

static bt_document *read_text_string(const char *text)
{
    bt_input in = {(const unsigned char *)text, strlen(text), NULL};
    bt_document *doc = NULL;
    assert_int_equal(bt_read(NULL, bt_format_by_name(NULL, "text"), &in, NULL, &doc, NULL), BT_OK);
    return doc;
}

static bt_node *note_ref(bt_document *doc, bt_node *p, const char *label, bt_node *note)
{
    bt_node *ref = add_node(doc, p, BT_NODE_NOTE_REF, NULL);
    if (label)
        bt_node_set_label(doc, ref, label);
    bt_node_set_note(ref, note);
    return ref;
}

/* Notes written and read back: a wrapped note of two paragraphs, a note
 * with no label (numbered by its place) holding a list, labels too long or
 * bracketed (numbered too), two marks of one note. */
static void test_notes(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Chú thích");
    bt_node *body = bt_document_body(doc);
    bt_node *p = add_node(doc, body, BT_NODE_PARAGRAPH, "Một");
    bt_node *n1 = bt_node_new(doc, BT_NODE_NOTE), *n2 = bt_node_new(doc, BT_NODE_NOTE),
            *n3 = bt_node_new(doc, BT_NODE_NOTE), *n4 = bt_node_new(doc, BT_NODE_NOTE);
    note_ref(doc, p, "1", n1);
    add_node(doc, p, BT_NODE_TEXT, ", hai");
    note_ref(doc, p, NULL, n2);
    add_node(doc, p, BT_NODE_TEXT, ", ba");
    note_ref(doc, p, NULL, n3);
    add_node(doc, p, BT_NODE_TEXT, ", bốn");
    note_ref(doc, p, "[4]", n4);
    add_node(doc, p, BT_NODE_TEXT, " và lại một");
    note_ref(doc, p, "1", n1);
    add_node(doc, p, BT_NODE_TEXT, ".");
    bt_node_set_label(doc, n1, "1");
    bt_node_append(body, n1);
    add_node(doc, n1, BT_NODE_PARAGRAPH,
             "Chú thích thứ nhất, đủ dài để phải xuống dòng ở bảy mươi hai cột như mọi đoạn.");
    add_node(doc, n1, BT_NODE_PARAGRAPH, "Đoạn thứ hai.");
    bt_node_append(body, n2);
    bt_node *list = add_node(doc, n2, BT_NODE_LIST, NULL);
    add_node(doc, add_node(doc, list, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "Mục một.");
    add_node(doc, add_node(doc, list, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "Mục hai.");
    bt_node_set_label(doc, n3, "một nhãn dài hơn ba mươi hai byte");
    bt_node_append(body, n3);
    add_node(doc, n3, BT_NODE_PARAGRAPH, "Chú thích thứ ba.");
    bt_node_set_label(doc, n4, "[4]");
    bt_node_append(body, n4);
    add_node(doc, n4, BT_NODE_PARAGRAPH, "Chú thích thứ tư.");

    char *text = write_doc(doc, "text", NULL, NULL);
    assert_string_equal(text,
                        "Chú thích\n"
                        "=========\n"
                        "\n"
                        "Một[1], hai[2], ba[3], bốn[4] và lại một[1].\n"
                        "\n"
                        "---\n"
                        "\n"
                        "[1] Chú thích thứ nhất, đủ dài để phải xuống dòng ở bảy mươi hai cột như\n"
                        "    mọi đoạn.\n"
                        "\n"
                        "    Đoạn thứ hai.\n"
                        "\n"
                        "[2] - Mục một.\n"
                        "    - Mục hai.\n"
                        "\n"
                        "[3] Chú thích thứ ba.\n"
                        "\n"
                        "[4] Chú thích thứ tư.\n");
    bt_document *back = read_text_string(text);
    char *dump = doc_dump(back);
    assert_string_equal(dump, "title: Chú thích\n"
                              "language: vi\n"
                              "paragraph: Một, hai, ba, bốn và lại một. {note-ref 1 -> 1} "
                              "{note-ref 2 -> 2} {note-ref 3 -> 3} {note-ref 4 -> 4} "
                              "{note-ref 1 -> 1}\n"
                              "note label=1\n"
                              "  paragraph: Chú thích thứ nhất, đủ dài để phải xuống dòng ở bảy "
                              "mươi hai cột như mọi đoạn.\n"
                              "  paragraph: Đoạn thứ hai.\n"
                              "note label=2\n"
                              "  list bullets\n"
                              "    item\n"
                              "      paragraph: Mục một.\n"
                              "    item\n"
                              "      paragraph: Mục hai.\n"
                              "note label=3\n"
                              "  paragraph: Chú thích thứ ba.\n"
                              "note label=4\n"
                              "  paragraph: Chú thích thứ tư.\n");
    /* both marks of the first note lead to it */
    bt_node *first = bt_node_first_child(bt_document_body(back));
    bt_node *ref1 = bt_node_next(bt_node_first_child(first)), *note1 = bt_node_next(first);
    assert_ptr_equal(bt_node_note(ref1), note1);
    assert_ptr_equal(bt_node_note(bt_node_prev(bt_node_last_child(first))), note1);
    free(dump);
    free(text);
    bt_document_free(back);
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

/* The subtitle under the title's underline, the dateline after a blank line:
 * both read back as they were written. */
static void test_subtitle(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Tin vắn");
    bt_document_set_meta(doc, BT_META_SUBTITLE, "Một dòng phụ đề");
    bt_document_set_meta(doc, BT_META_SECTION, "Thời sự");
    bt_document_set_meta(doc, BT_META_DATE, "2017-10-09");
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), p);
    bt_node_append_text(doc, p, "Nội dung của bài.", strlen("Nội dung của bài."));
    char *out = write_doc(doc, "text", NULL, NULL);
    assert_string_equal(out, "Tin vắn\n=======\nMột dòng phụ đề\n\nThời sự | Thứ Hai, 09/10/2017\n\n"
                             "Nội dung của bài.\n");
    bt_document *back = read_text_string(out);
    assert_string_equal(bt_document_meta(back, BT_META_SUBTITLE), "Một dòng phụ đề");
    assert_string_equal(bt_document_meta(back, BT_META_SECTION), "Thời sự");
    assert_string_equal(bt_document_meta(back, BT_META_DATE), "2017-10-09");
    free(out);
    bt_document_free(back);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        {"all-blocks identical", test_identical, NULL, NULL, "text/all-blocks.txt"},
        {"notes identical", test_identical, NULL, NULL, "text/notes.txt"},
        cmocka_unit_test(test_notes),
        cmocka_unit_test(test_seed_stable),
        cmocka_unit_test(test_long_headings),
        cmocka_unit_test(test_subtitle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
