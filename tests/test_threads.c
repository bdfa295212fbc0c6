/* The library shares no mutable state between conversions: the article
 * converted in several threads at once gives, in each, the bytes one thread
 * gives.  .ci/run runs this under ThreadSanitizer too. */
#include "util.h"

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
    opt.embed_media = 1;
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

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_parallel_same_bytes)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
