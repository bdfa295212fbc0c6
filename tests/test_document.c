/* The document model: building, walking, NFC, metadata, resources. */
#include "util.h"

#include <string.h>

#include "buf.h"
#include "document.h"

static void test_text_is_nfc(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), p);
    /* "Đảng" decomposed: a + combining hook above, split across two appends */
    assert_int_equal(bt_node_append_text(doc, p, "\xC4\x90" "a", 3), BT_OK);
    assert_int_equal(bt_node_append_text(doc, p, "\xCC\x89ng", 4), BT_OK);
    assert_ptr_equal(p->first, p->last);
    assert_string_equal(bt_node_literal(p->first), "Đảng");
    assert_string_equal(bt_node_text(doc, p), "Đảng");
    bt_document_free(doc);
}

/* Word-by-word appends as readers make them: the text grows in place across arena
 * chunks, and a combining mark arriving late renormalizes only the end of the text. */
static void test_long_text_appends(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), p);
    bt_buf want = BT_BUF_INIT;
    for (int i = 0; i < 40000; i++) {
        const char *w = i % 2 ? "Vi\xE1\xBB\x87t " : "Nam ";
        assert_int_equal(bt_node_append_text(doc, p, w, strlen(w)), BT_OK);
        bt_buf_puts(&want, w);
        if (i == 20000) {
            /* another allocation in between: the text moves once, then grows again */
            assert_non_null(bt_node_new(doc, BT_NODE_EMPH));
        }
    }
    assert_int_equal(bt_node_append_text(doc, p, "Đa", 3), BT_OK);
    assert_int_equal(bt_node_append_text(doc, p, "\xCC\x89ng \xE2\x84\xAB", 8), BT_OK);
    bt_buf_puts(&want, "Đảng Å");
    assert_ptr_equal(p->first, p->last);
    assert_string_equal(bt_node_literal(p->first), want.data);
    bt_buf_free(&want);
    bt_document_free(doc);
}

static void test_bad_utf8_refused(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    assert_int_equal(bt_node_append_text(doc, p, "a\xC3(", 3), BT_FAILED);
    assert_null(p->first);
    bt_document_free(doc);
}

static void test_metadata(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    assert_int_equal(bt_document_set_meta(doc, BT_META_TITLE, "  Chu\xCC\x89 \n đề  "), BT_OK);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Chủ đề");
    bt_document_add_meta(doc, BT_META_KEYWORD, "a");
    bt_document_add_meta(doc, BT_META_KEYWORD, "b");
    bt_document_add_meta(doc, BT_META_KEYWORD, "a");
    assert_int_equal(bt_document_meta_count(doc, BT_META_KEYWORD), 2);
    assert_string_equal(bt_document_meta_at(doc, BT_META_KEYWORD, 1), "b");
    bt_document_set_meta(doc, BT_META_KEYWORD, NULL);
    assert_int_equal(bt_document_meta_count(doc, BT_META_KEYWORD), 0);
    assert_null(bt_document_meta(doc, BT_META_AUTHOR));
    assert_string_equal(bt_meta_key_name(BT_META_SOURCE_URL), "source-url");
    bt_document_free(doc);
}

static void test_tree_and_walk(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_node *h = bt_node_new(doc, BT_NODE_HEADING);
    bt_node_set_heading_level(h, 9);
    bt_node_append(body, h);
    bt_node_append_text(doc, h, "H", 1);
    bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
    bt_node_append(body, fig);
    bt_node *cap = bt_node_new(doc, BT_NODE_CAPTION);
    bt_node_append(fig, cap);
    bt_node_append_text(doc, cap, "C", 1);
    bt_node *cr = bt_node_new(doc, BT_NODE_CREDIT);
    bt_node_append(fig, cr);
    assert_int_equal(bt_node_heading_level(h), 6);
    assert_ptr_equal(bt_node_figure_caption(fig), cap);
    assert_ptr_equal(bt_node_figure_credit(fig), cr);
    assert_int_equal(bt_node_figure_resource(fig), -1);
    assert_false(bt_node_is_empty(fig));
    assert_true(bt_node_is_empty(cr));
    bt_node_unlink(h);
    assert_ptr_equal(bt_node_first_child(body), fig);
    assert_null(bt_node_prev(fig));
    bt_document_free(doc);
}

/* Copied as snprintf does: the whole length returned, a cut text ends before
 * the character it would split, and the document does not grow. */
static void test_text_copy(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append(bt_document_body(doc), p);
    bt_node_append_text(doc, p, "Hà", 3);
    bt_node_append(p, bt_node_new(doc, BT_NODE_BREAK));
    bt_node *em = bt_node_new(doc, BT_NODE_EMPH);
    bt_node_append(p, em);
    bt_node_append_text(doc, em, "Nội", 5);
    size_t used = bt_arena_used(doc);
    char buf[16];
    assert_int_equal(bt_node_text_copy(p, NULL, 0), 9);
    assert_int_equal(bt_node_text_copy(p, buf, sizeof(buf)), 9);
    assert_string_equal(buf, "Hà Nội");
    /* 7 bytes fit: "Hà N" and two of the three bytes of "ộ", which are left out */
    assert_int_equal(bt_node_text_copy(p, buf, 8), 9);
    assert_string_equal(buf, "Hà N");
    /* "à" cut after its first byte */
    assert_int_equal(bt_node_text_copy(p, buf, 3), 9);
    assert_string_equal(buf, "H");
    assert_int_equal(bt_node_text_copy(p, buf, 1), 9);
    assert_string_equal(buf, "");
    assert_int_equal(bt_node_text_copy(bt_document_body(doc), buf, sizeof(buf)), 9);
    assert_string_equal(buf, "Hà Nội");
    assert_int_equal(bt_arena_used(doc), used);
    bt_document_free(doc);
}

/* The walk must not recurse: a tree far deeper than any stack still walks. */
static int count(bt_node *n, int entering, void *user)
{
    (void)n;
    if (entering)
        ++*(long *)user;
    return 0;
}

static void test_deep_walk(void **state)
{
    (void)state;
    bt_document *doc = bt_document_new();
    bt_node *at = bt_document_body(doc);
    for (int i = 0; i < 1000000; i++) {
        bt_node *q = bt_node_new(doc, BT_NODE_QUOTE);
        bt_node_append(at, q);
        at = q;
    }
    long n = 0;
    bt_node_walk(bt_document_body(doc), count, &n);
    assert_int_equal(n, 1000001);
    bt_document_free(doc);
}

static void test_resources(void **state)
{
    (void)state;
    size_t size;
    char *jpg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
    assert_non_null(jpg);
    bt_document *doc = bt_document_new();
    int r = bt_document_add_resource(doc, "a.jpg", NULL, jpg, size);
    assert_int_equal(r, 0);
    assert_string_equal(bt_resource_media_type(doc, r), "image/jpeg");
    assert_true(bt_resource_width(doc, r) > 0);
    assert_true(bt_resource_height(doc, r) > 0);
    size_t got;
    assert_memory_equal(bt_resource_data(doc, r, &got), jpg, size);
    assert_int_equal(got, size);
    assert_null(bt_resource_data(doc, 5, &got));
    /* a GIF header gives its size */
    static const unsigned char gif[] = "GIF89a\x01\x00\x01\x00";
    r = bt_document_add_resource(doc, NULL, NULL, gif, 10);
    assert_string_equal(bt_resource_media_type(doc, r), "image/gif");
    assert_int_equal(bt_resource_width(doc, r), 1);
    free(jpg);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_is_nfc),      cmocka_unit_test(test_long_text_appends),
        cmocka_unit_test(test_bad_utf8_refused), cmocka_unit_test(test_metadata),
        cmocka_unit_test(test_tree_and_walk),    cmocka_unit_test(test_deep_walk),
        cmocka_unit_test(test_resources),        cmocka_unit_test(test_text_copy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
