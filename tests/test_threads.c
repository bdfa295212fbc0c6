/* The library shares no mutable state between conversions: the article
 * converted in several threads at once gives, in each, the bytes one thread
 * gives; one parsed document written in every format from several threads at
 * once gives the bytes written one after another, and does not grow.  .ci/run
 * runs this under ThreadSanitizer too. */
#include "util.h"

#include "document.h"

#include <pthread.h>

#define THREADS 4
#define ROUNDS 5

static const char *const formats[] = {"html", "text", "epub", "odt"};
static char page[4096]; /* set before the threads start */

typedef struct {
    char *out[4];
    size_t len[4];
} result;

static void convert(result *r)
{
    bt_options opt;
    bt_options_init(&opt);
    /* a list of its own: test_option's is one for the whole program */
    static const char *const embed[] = {"html:embed-media", NULL};
    opt.format_options = embed;
    for (int f = 0; f < 4; f++) {
        const bt_format *fmt = bt_format_by_name(NULL, formats[f]);
        if (!fmt) {
            r->out[f] = NULL;
            continue;
        }
        bt_document *doc = NULL;
        bt_error *err = bt_error_new();
        if (bt_read_file(NULL, NULL, page, &opt, &doc, err) ==
                BT_FAILED ||
            bt_write_memory(fmt, doc, &opt, (unsigned char **)&r->out[f], &r->len[f], err) ==
                BT_FAILED)
            r->out[f] = NULL;
        bt_document_free(doc);
        bt_error_free(err);
    }
}

static void *worker(void *arg)
{
    result *rounds = arg;
    for (int i = 0; i < ROUNDS; i++)
        convert(&rounds[i]);
    return NULL;
}

static void test_parallel_same_bytes(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", "1507506660", 1);
    snprintf(page, sizeof(page), "%s", td("hanoimoi-2017-10-09.html"));
    result one;
    convert(&one);
    static result many[THREADS][ROUNDS];
    pthread_t tid[THREADS];
    for (int t = 0; t < THREADS; t++)
        assert_int_equal(pthread_create(&tid[t], NULL, worker, many[t]), 0);
    for (int t = 0; t < THREADS; t++)
        pthread_join(tid[t], NULL);
    for (int f = 0; f < 4; f++) {
        if (!bt_format_by_name(NULL, formats[f]))
            fail_msg("no %s format", formats[f]);
        assert_non_null(one.out[f]);
        for (int t = 0; t < THREADS; t++)
            for (int i = 0; i < ROUNDS; i++) {
                assert_non_null(many[t][i].out[f]);
                assert_int_equal(many[t][i].len[f], one.len[f]);
                assert_memory_equal(many[t][i].out[f], one.out[f], one.len[f]);
                free(many[t][i].out[f]);
            }
        free(one.out[f]);
    }
    unsetenv("SOURCE_DATE_EPOCH");
}

/* One document, read once, shared by the writers. */
typedef struct {
    const bt_document *doc;
    int first; /* the format this thread starts with */
    char *out[4];
    size_t len[4];
} writing;

static void *write_all(void *arg)
{
    writing *w = arg;
    bt_options opt;
    bt_options_init(&opt);
    /* a list of its own: test_option's is one for the whole program */
    static const char *const embed[] = {"html:embed-media", NULL};
    opt.format_options = embed;
    /* each thread in another order, so that every format is being written at once */
    for (int k = 0; k < 4; k++) {
        int f = (w->first + k) % 4;
        bt_error *err = bt_error_new();
        if (bt_write_memory(bt_format_by_name(NULL, formats[f]), w->doc, &opt,
                            (unsigned char **)&w->out[f], &w->len[f], err) == BT_FAILED)
            w->out[f] = NULL;
        bt_error_free(err);
    }
    return NULL;
}

static void test_one_document_many_writers(void **state)
{
    (void)state;
    setenv("SOURCE_DATE_EPOCH", "1507506660", 1);
    /* headings (ids), a figure whose alt is its caption, a lead for the EPUB
     * description, two authors and keywords to join, a table in a list for ODT:
     * every place a writer needs a node's text or a string of its own */
    bt_document *doc = read_doc(td("html/shared-writers.html"), "html", NULL);
    size_t used = bt_arena_used(doc);
    writing alone = {doc, 0, {NULL}, {0}};
    write_all(&alone);
    assert_int_equal(bt_arena_used(doc), used);
    writing w[4];
    pthread_t tid[4];
    for (int t = 0; t < 4; t++) {
        w[t] = (writing){doc, t, {NULL}, {0}};
        assert_int_equal(pthread_create(&tid[t], NULL, write_all, &w[t]), 0);
    }
    for (int t = 0; t < 4; t++)
        pthread_join(tid[t], NULL);
    assert_int_equal(bt_arena_used(doc), used);
    for (int f = 0; f < 4; f++) {
        assert_non_null(alone.out[f]);
        for (int t = 0; t < 4; t++) {
            assert_non_null(w[t].out[f]);
            assert_int_equal(w[t].len[f], alone.len[f]);
            assert_memory_equal(w[t].out[f], alone.out[f], alone.len[f]);
            free(w[t].out[f]);
        }
    }
    /* what the writers had to look up is there */
    assert_contains(alone.out[0], "alt=\"Cánh đồng lúa chín vàng trong nắng sớm\"");
    assert_contains(alone.out[0], "id=\"giống-lúa-mới-2\"");
    assert_contains(alone.out[0], "Minh Anh, Quốc Bảo");
    for (int f = 0; f < 4; f++)
        free(alone.out[f]);
    bt_document_free(doc);
    unsetenv("SOURCE_DATE_EPOCH");
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_parallel_same_bytes),
                                       cmocka_unit_test(test_one_document_many_writers)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
