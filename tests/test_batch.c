/* Batch mode: many inputs, one failure that stops nothing, lists of inputs,
 * threads, the JSON report, the --strict loss guard, plugins. */
#include "util.h"

#include <sys/stat.h>
#include <unistd.h>

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static const char *dir(const char *name)
{
    static char path[4][1024];
    static int k;
    k = (k + 1) % 4;
    snprintf(path[k], sizeof(path[k]), "%s/%s", tmpdir(), name);
    return path[k];
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void test_one_failure_stops_nothing(void **state)
{
    (void)state;
    char bad[1024], report[1024];
    snprintf(bad, sizeof(bad), "%s", dir("broken.html"));
    snprintf(report, sizeof(report), "%s", dir("report.jsonl"));
    spit(bad, "", 0);
    run_result r =
        run_bantin(NULL, "-t", "text", "-d", dir("out1"), "--report", report, "--resource-path",
                   td(""), td("hanoimoi-2017-10-09.html"), bad, td("html/lazy.html"), NULL);
    assert_int_equal(r.status, 1);
    /* exactly one line, for the one failure */
    assert_int_equal(count_lines(r.err), 1);
    assert_contains(r.err, "broken.html: the input is empty");
    assert_true(exists(dir("out1/hanoimoi-2017-10-09.txt")));
    assert_true(exists(dir("out1/lazy.txt")));
    assert_false(exists(dir("out1/broken.txt")));
    char *rep = slurp(report, NULL);
    assert_non_null(rep);
    assert_int_equal(count_lines(rep), 3);
    assert_contains(rep, "\"status\":\"failed\",\"error\":\"");
    assert_contains(rep, "\"status\":\"ok\"");
    assert_contains(rep, "\"charset\":\"UTF-8\"");
    /* the article: 2 headings, 1 figure with caption and image read; text holds no image */
    assert_contains(rep, "\"read\":{\"headings\":2,\"paragraphs\":10,\"figures\":1,\"captions\":1,"
                         "\"images\":1}");
    free(rep);
    run_free(&r);
}

static void test_files_from_and_threads(void **state)
{
    (void)state;
    char list[4096];
    int n = snprintf(list, sizeof(list), "%s\n%s\n\n", td("hanoimoi-2017-10-09.html"),
                     td("html/pseudo-headings.html"));
    spit(dir("list.txt"), list, (size_t)n);
    run_result r = run_bantin(dir("list.txt"), "-t", "html", "-d", dir("out2"), "-j", "1",
                              "--files-from=-", NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    /* NUL-separated, in two threads: the same bytes */
    for (int i = 0; i < n; i++)
        if (list[i] == '\n')
            list[i] = '\0';
    spit(dir("list0"), list, (size_t)n);
    r = run_bantin(NULL, "-t", "html", "-d", dir("out3"), "-j", "2", "-0",
                   "--files-from", dir("list0"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    static const char *const names[] = {"hanoimoi-2017-10-09.html", "pseudo-headings.html"};
    for (int i = 0; i < 2; i++) {
        char a[64], b[64];
        snprintf(a, sizeof(a), "out2/%s", names[i]);
        snprintf(b, sizeof(b), "out3/%s", names[i]);
        char *x = slurp(dir(a), NULL), *y = slurp(dir(b), NULL);
        assert_non_null(x);
        assert_non_null(y);
        assert_string_equal(x, y);
        free(x);
        free(y);
    }
}

/* Two inputs with one name: the second gets its own output, nothing overwritten. */
static void test_same_stem(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "-t", "text", "-d", dir("out4"), td("hanoimoi-2017-10-09.html"),
                              td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_true(exists(dir("out4/hanoimoi-2017-10-09.txt")));
    assert_true(exists(dir("out4/hanoimoi-2017-10-09-2.txt")));
    /* not a terminal: no progress line */
    assert_null(strchr(r.err, '\r'));
    run_free(&r);
}

static void test_strict_loss(void **state)
{
    (void)state;
    const char *plugin = getenv("BT_LOSSY_PLUGIN");
    assert_non_null(plugin);
    char opt[600];
    snprintf(opt, sizeof(opt), "--plugin=%s", plugin);
    const char *out = dir("article.lossy");
    run_result r = run_bantin(NULL, opt, "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0); /* without --strict the loss passes */
    run_free(&r);
    unlink(out);
    r = run_bantin(NULL, opt, "--strict", "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 3);
    assert_contains(r.err, "--strict: the output lost 2 of 2 headings");
    assert_false(exists(out));
    run_free(&r);
    /* a loss-free conversion passes --strict */
    r = run_bantin(NULL, "--strict", "-t", "html", "-o", dir("strict.html"),
                   td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
}

static void test_usage(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "-t", "text", "-d", dir("out5"), NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    r = run_bantin(NULL, "-t", "text", "-d", dir("out5"), "-o", "x", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    r = run_bantin(NULL, "-j", "0", NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    r = run_bantin(NULL, "-t", "text", "-d", dir("out5"), "--files-from=/nonexistent", NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "bantin: /nonexistent: cannot read the list of inputs");
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_failure_stops_nothing),
        cmocka_unit_test(test_files_from_and_threads),
        cmocka_unit_test(test_same_stem),
        cmocka_unit_test(test_strict_loss),
        cmocka_unit_test(test_usage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
