/* The bad-input catalogue (testdata/bad/): each file that fails gets its
 * documented exit status and one line on stderr, and leaves no output file
 * behind; each file that converts says what it lost in a warning. */
#include "util.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Run bantin on one input and check status, message and that no output exists. */
static void expect(const char *input, const char *to, int status, const char *message)
{
    char out[512];
    snprintf(out, sizeof(out), "%s/out.%s", tmpdir(), to);
    unlink(out);
    run_result r = run_bantin(NULL, "-q", "-t", to, "-o", out, input, NULL);
    if (r.status != status)
        fail_msg("%s -> %s: exit %d, not %d (%s)", input, to, r.status, status, r.err);
    if (status) {
        char prefix[1024];
        snprintf(prefix, sizeof(prefix), "bantin: %s: ", input);
        assert_true(strncmp(r.err, prefix, strlen(prefix)) == 0);
        assert_contains(r.err, message);
        assert_true(strchr(r.err, '\n') == r.err + strlen(r.err) - 1);
        assert_false(exists(out));
    } else {
        assert_true(exists(out));
    }
    run_free(&r);
}

static void test_catalogue(void **state)
{
    (void)state;
    static const struct {
        const char *file;
        const char *message;
    } cases[] = {
        {"bad/empty.html", "the input is empty"},
        {"bad/empty.txt", "the input is empty"},
        {"bad/empty.epub", "the input is empty"},
        {"bad/empty.odt", "the input is empty"},
        {"bad/binary.html", "binary data"},
        {"bad/png-named.html", "binary data, not HTML"},
        {"bad/text-named.epub", "not a zip archive"},
        {"bad/invalid-utf8.txt", "invalid UTF-8 at byte 23"},
        {"bad/truncated.epub", "not a zip archive"},
        {"bad/truncated.odt", "not a zip archive"},
        {"bad/no-opf.epub", "package document 'OEBPS/content.opf' is missing"},
        {"bad/no-content.odt", "content.xml is missing"},
        {"bad/zip-slip.epub", "unsafe zip entry name"},
        {"bad/zip-bomb.epub", "expands more than 200 times (a zip bomb?)"},
        {"bad/billion-laughs.epub", "declares XML entities"},
        {"bad/xxe.epub", "declares XML entities"},
        {"bad/xxe.odt", "declares XML entities"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char path[600];
        snprintf(path, sizeof(path), "%s", td(cases[i].file));
        expect(path, "html", 1, cases[i].message);
    }
    /* a zip-slip name never leads outside: nothing appeared in /tmp */
    assert_false(exists("/tmp/bantin-zip-slip"));
}

/* Hostile inputs that convert: the text kept, and a warning for what was
 * lost or changed (NULL: nothing was). */
static void test_converts(void **state)
{
    (void)state;
    static const struct {
        const char *file, *to, *text, *warning;
    } cases[] = {
        /* a fuzzing regression */
        {"bad/fuzz-null-base.epub", "text", "Xin chào", NULL},
        {"bad/stray-byte.html", "text", "Người dân Hà Nội \xEF\xBF\xBD đến dự lễ khánh thành",
         "1 invalid UTF-8 sequence replaced"},
        {"bad/ol-start-max.html", "text", "999999999. một\n1000000000. hai",
         "list start 2147483647 clamped to 999999999"},
        /* as HTML: in text, 300 quote marks would part the words */
        {"bad/deep.epub", "html", "<p>Xin chào</p>", NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char path[600], warning[700];
        snprintf(path, sizeof(path), "%s", td(cases[i].file));
        run_result r = run_bantin(NULL, "-t", cases[i].to, "-o", "-", path, NULL);
        if (r.status != 0)
            fail_msg("%s: exit %d (%s)", path, r.status, r.err);
        assert_contains(r.out, cases[i].text);
        if (cases[i].warning) {
            snprintf(warning, sizeof(warning), "bantin: %s: warning: %s\n", path, cases[i].warning);
            assert_contains(r.err, warning);
        } else {
            assert_string_equal(r.err, "");
        }
        run_free(&r);
    }
}

/* 100,000 nested elements: converted, the text kept, no crash. */
static void test_deep_html(void **state)
{
    (void)state;
    char path[512];
    snprintf(path, sizeof(path), "%s/deep.html", tmpdir());
    FILE *f = fopen(path, "w");
    fputs("<html><body><article>", f);
    for (int i = 0; i < 100000; i++)
        fputs("<div>", f);
    fputs("<p>Đáy sâu vẫn còn chữ.</p>", f);
    for (int i = 0; i < 100000; i++)
        fputs("</div>", f);
    fputs("</article></body></html>", f);
    fclose(f);
    run_result r = run_bantin(NULL, "-t", "text", path, NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "Đáy sâu vẫn còn chữ.");
    run_free(&r);
}

/* A 50 MB line of text converts, in one paragraph. */
static void test_huge_line(void **state)
{
    (void)state;
    char path[512], out[512];
    snprintf(path, sizeof(path), "%s/line.txt", tmpdir());
    snprintf(out, sizeof(out), "%s/line.html", tmpdir());
    FILE *f = fopen(path, "w");
    for (int i = 0; i < 50 * 1024 * 1024 / 16; i++)
        fputs("chữ Việt dài.  ", f);
    fputs("\n", f);
    fclose(f);
    run_result r = run_bantin(NULL, "-q", "-t", "html", "-o", out, path, NULL);
    assert_int_equal(r.status, 0);
    struct stat st;
    assert_int_equal(stat(out, &st), 0);
    assert_true(st.st_size > 50 * 1024 * 1024);
    run_free(&r);
    unlink(path);
    unlink(out);
}

/* A full disk (simulated with a file-size limit): a clear error, and the
 * previous output stays as it was. */
static void test_full_disk(void **state)
{
    (void)state;
    char out[512];
    snprintf(out, sizeof(out), "%s/kept.txt", tmpdir());
    spit(out, "old output\n", 11);
    struct rlimit old, small = {1024, 1024};
    getrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, SIG_IGN); /* inherited: write() fails with EFBIG instead */
    setrlimit(RLIMIT_FSIZE, &small);
    run_result r = run_bantin(NULL, "-t", "text", "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, SIG_DFL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "kept.txt: cannot write output");
    char *kept = slurp(out, NULL);
    assert_string_equal(kept, "old output\n");
    free(kept);
    run_free(&r);
}

/* A directory that cannot be written (made immutable, since the tests may run
 * as root, whom permissions do not stop): a clear error, the old output kept. */
static void test_read_only_directory(void **state)
{
    (void)state;
    char dir[600], out[700], cmd[800];
    snprintf(dir, sizeof(dir), "%s/readonly", tmpdir());
    snprintf(out, sizeof(out), "%s/kept.txt", dir);
    mkdir(dir, 0755);
    spit(out, "old output\n", 11);
    snprintf(cmd, sizeof(cmd), "chattr +i '%s' 2>/dev/null", dir);
    if (system(cmd) != 0) {
        const char *ci = getenv("CI");
        if (ci && !strcmp(ci, "true"))
            fail_msg("chattr +i failed: cannot make a read-only directory (CI=true)");
        print_message("skipped: chattr +i does not work here\n");
        skip();
    }
    run_result r = run_bantin(NULL, "-t", "text", "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    snprintf(cmd, sizeof(cmd), "chattr -i '%s'", dir);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "kept.txt: cannot create output");
    char *kept = slurp(out, NULL);
    assert_string_equal(kept, "old output\n");
    free(kept);
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalogue), cmocka_unit_test(test_converts),
        cmocka_unit_test(test_deep_html), cmocka_unit_test(test_huge_line),
        cmocka_unit_test(test_full_disk), cmocka_unit_test(test_read_only_directory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
