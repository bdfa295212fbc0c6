/* Batch mode: many inputs, one failure that stops nothing, lists of inputs,
 * threads, the JSON report, the --strict loss guard, plugins. */
#include "util.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static const char *dir(const char *name)
{
    static char path[8][1024];
    static int k;
    k = (k + 1) % 8;
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
    assert_contains(rep, "\"charset\":\"UTF-8\",\"replaced\":0,");
    /* the article: 2 headings, 1 figure with caption and image read; text holds no image */
    assert_contains(rep, "\"read\":{\"headings\":2,\"paragraphs\":10,\"figures\":1,\"captions\":1,"
                         "\"images\":1,\"tables\":0,\"notes\":0},\"lost\":{},\"changed\":{}");
    free(rep);
    run_free(&r);
}

/* --report=-: the report on standard output when the outputs are files;
 * a usage error when standard output carries the conversion. */
static void test_report_on_stdout(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "-q", "-t", "text", "-d", dir("out-stdout"), "--report=-",
                              td("html/lazy.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 1);
    assert_contains(r.out, "\"status\":\"ok\"");
    assert_true(exists(dir("out-stdout/lazy.txt")));
    assert_false(exists("-"));
    run_free(&r);
    r = run_bantin(NULL, "-q", "-t", "text", "--report=-", td("html/lazy.html"), NULL);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "--report=- wants the output in a file");
    assert_int_equal(r.out ? strlen(r.out) : 0, 0);
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
    r = run_bantin(NULL, "-t", "html", "-d", dir("out3"), "-j", "2", "-0", "--files-from",
                   dir("list0"), NULL);
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

/* Two inputs with one output name never overwrite each other, and never
 * silently: the second fails (and the report says so), or with --rename gets
 * its own name and a warning, or with --keep-tree keeps its folder. */
static void test_same_stem(void **state)
{
    (void)state;
    const char *page = "<html><body><article><h1>Tin</h1><p>Một đoạn văn đủ dài, có dấu phẩy, để "
                       "làm bài báo.</p></article></body></html>";
    mkdir(dir("pages"), 0777);
    mkdir(dir("pages/a"), 0777);
    mkdir(dir("pages/b"), 0777);
    mkdir(dir("pages/b/c"), 0777);
    spit(dir("pages/a/index.html"), page, strlen(page));
    spit(dir("pages/b/index.html"), page, strlen(page));
    spit(dir("pages/b/c/index.html"), page, strlen(page));
    run_result r = run_bantin(NULL, "-t", "text", "-d", dir("out4"), "--report", dir("out4.jsonl"),
                              dir("pages/a/index.html"), dir("pages/b/index.html"), NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "pages/b/index.html: its output ");
    assert_contains(r.err, "out4/index.txt would replace that of ");
    assert_contains(r.err, "(use --keep-tree or --rename)");
    assert_int_equal(count_lines(r.err), 1);
    assert_true(exists(dir("out4/index.txt")));
    assert_false(exists(dir("out4/index-2.txt")));
    char *rep = slurp(dir("out4.jsonl"), NULL);
    assert_contains(rep, "b/index.html\",\"output\":null,\"status\":\"failed\"");
    free(rep);
    /* not a terminal: no progress line */
    assert_null(strchr(r.err, '\r'));
    run_free(&r);

    r = run_bantin(NULL, "-t", "text", "-d", dir("out4r"), "--rename", dir("pages/a/index.html"),
                   dir("pages/b/index.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_true(exists(dir("out4r/index.txt")));
    assert_true(exists(dir("out4r/index-2.txt")));
    assert_contains(r.err, "warning: written as ");
    run_free(&r);

    r = run_bantin(NULL, "-t", "text", "-d", dir("out4t"), "--keep-tree", dir("pages/a/index.html"),
                   dir("pages/b/index.html"), dir("pages/b/c/index.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    assert_true(exists(dir("out4t/a/index.txt")));
    assert_true(exists(dir("out4t/b/index.txt")));
    assert_true(exists(dir("out4t/b/c/index.txt")));
    run_free(&r);
}

/* The progress line never has a message glued to it, and the batch ends on
 * one summary line. */
static void test_progress_summary(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "-t", "text", "-d", dir("out12"), "--progress", "-j", "1",
                              td("hanoimoi-2017-10-09.html"), dir("missing-input.html"),
                              td("article.txt"), NULL);
    assert_int_equal(r.status, 1);
    /* every message starts a line of its own: after a newline or a cleared line */
    for (const char *m = strstr(r.err, "bantin: "); m; m = strstr(m + 1, "bantin: "))
        assert_true(m == r.err || m[-1] == '\n' ||
                    (m >= r.err + 4 && !strncmp(m - 4, "\r\033[K", 4)));
    assert_contains(r.err, "bantin: 2 converted, 1 failed, 0 with losses, ");
    assert_not_contains(r.err, "ETA 0m00s\n");
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
    assert_contains(r.err, "--strict: content lost: 2 headings left out");
    assert_false(exists(out));
    run_free(&r);
    /* bytes replaced in decoding are text lost: --strict fails, the report counts them */
    out = dir("stray.txt");
    r = run_bantin(NULL, "--strict", "-t", "text", "--report", dir("stray.jsonl"), "-o", out,
                   td("bad/stray-byte.html"), NULL);
    assert_int_equal(r.status, 3);
    assert_contains(r.err, "--strict: content lost: 1 invalid UTF-8 sequence replaced");
    assert_false(exists(out));
    char *rep = slurp(dir("stray.jsonl"), NULL);
    assert_contains(rep, "\"charset\":\"UTF-8\",\"replaced\":1,");
    assert_contains(rep, "\"lost\":{\"text\":1}");
    free(rep);
    run_free(&r);
    /* a picture that is not there is a loss, though its caption stays */
    const char *page = "<html><body><article><h1>Tin</h1><p>Một đoạn văn đủ dài để làm bài "
                       "báo, có dấu phẩy, có ảnh.</p><figure><img src=\"khong-co.jpg\">"
                       "<figcaption>Ảnh không có</figcaption></figure></article></body></html>";
    const char *missing = dir("missing-image.html");
    spit(missing, page, strlen(page));
    out = dir("missing-image.html.txt");
    r = run_bantin(NULL, "--strict", "-t", "text", "-o", out, missing, NULL);
    assert_int_equal(r.status, 3);
    assert_contains(r.err, "--strict: content lost: image not found: khong-co.jpg");
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

/* The batch never replaces one of its inputs: not its own (-d b b/page.html
 * wrote b/page.html), nor another's (issue 15). */
static void test_never_overwrites_inputs(void **state)
{
    (void)state;
    mkdir(dir("b"), 0777);
    const char *page = "<html><head><title>Own page</title></head><body><article>"
                       "<p>One paragraph of the page, long enough to be the article.</p>"
                       "</article></body></html>";
    char path[1024], other[1024], txt[1024];
    snprintf(path, sizeof(path), "%s", dir("b/page.html"));
    snprintf(other, sizeof(other), "%s", dir("other.html"));
    snprintf(txt, sizeof(txt), "%s", dir("b/other.txt"));
    spit(path, page, strlen(page));
    spit(other, page, strlen(page));
    spit(txt, "Kept\n\nas it was.\n", 17);
    run_result r = run_bantin(NULL, "-t", "html", "-d", dir("b"), path, NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "b/page.html: the output would overwrite an input");
    assert_int_equal(count_lines(r.err), 1);
    char *kept = slurp(path, NULL);
    assert_string_equal(kept, page);
    free(kept);
    run_free(&r);
    /* other.html would become b/other.txt, an input of the same batch, which
     * would itself become b/other.txt: neither is converted */
    r = run_bantin(NULL, "-t", "text", "-d", dir("b"), other, txt, NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "b/other.txt: the output would overwrite an input");
    assert_contains(r.err, "(use --keep-tree or --rename)");
    assert_int_equal(count_lines(r.err), 2);
    kept = slurp(txt, NULL);
    assert_string_equal(kept, "Kept\n\nas it was.\n");
    free(kept);
    assert_false(exists(dir("b/other-2.txt")));
    run_free(&r);
}

/* Text files for the slow plugin: "SLOW" takes BT_SLOW_SECONDS to write. */
static void slow_inputs(void)
{
    spit(dir("fast.txt"), "fast\n", 5);
    spit(dir("slow.txt"), "SLOW\n", 5);
}

static const char *slow_plugin(void)
{
    static char opt[600];
    const char *plugin = getenv("BT_SLOW_PLUGIN");
    assert_non_null(plugin);
    snprintf(opt, sizeof(opt), "--plugin=%s", plugin);
    return opt;
}

/* --timeout: a conversion within it passes; one past it fails with one line,
 * leaves no output, and the batch goes on.  The slow plugin's writer sleeps
 * (a test plugin, not a hook in bantin). */
static void test_timeout(void **state)
{
    (void)state;
    slow_inputs();
    char fast[1024], slow[1024];
    snprintf(fast, sizeof(fast), "%s", dir("fast.txt"));
    snprintf(slow, sizeof(slow), "%s", dir("slow.txt"));
    setenv("BT_SLOW_SECONDS", "0.3", 1);
    run_result r = run_bantin(NULL, slow_plugin(), "-t", "slow", "--timeout=1", "-d", dir("out6"),
                              fast, slow, NULL);
    assert_int_equal(r.status, 0);
    assert_true(exists(dir("out6/slow.slow")));
    run_free(&r);
    setenv("BT_SLOW_SECONDS", "1.5", 1);
    r = run_bantin(NULL, slow_plugin(), "-t", "slow", "--timeout=1", "-d", dir("out7"), slow, fast,
                   NULL);
    assert_int_equal(r.status, 1);
    assert_int_equal(count_lines(r.err), 1);
    assert_contains(r.err, "slow.txt: took longer than 1 s\n");
    assert_false(exists(dir("out7/slow.slow")));
    assert_true(exists(dir("out7/fast.slow")));
    run_free(&r);
    r = run_bantin(NULL, "--timeout=0", fast, NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Inputs that hang the slow plugin: its reader (hang.stuck) and its writer
 * (hang.txt) wait for ever, as a reader caught in an endless loop would. */
static void hanging_inputs(void)
{
    slow_inputs();
    spit(dir("hang.stuck"), "STUCK\n", 6);
    spit(dir("hang.txt"), "STUCK\n", 6);
}

/* A conversion that never reaches a time check is abandoned at its deadline:
 * its failure is told, the batch goes on, nothing of it stays in the output
 * folder (not its temporary), and bantin exits 1 without waiting for it.
 * With -j 1 the abandoned conversions do not hold the one slot; with -j 2 one
 * of them does, and the normal input still gets the other. */
static void test_timeout_abandons(void **state)
{
    (void)state;
    hanging_inputs();
    static const char *const jobs[] = {"1", "2"};
    static const char *const outs[] = {"out10", "out11"};
    for (int k = 0; k < 2; k++) {
        double t0 = seconds();
        /* at most 8 paths from dir() at once */
        run_result r =
            run_bantin(NULL, slow_plugin(), "-t", "slow", "--rename", "-q", "--timeout=1", "-j",
                       jobs[k], "--report", dir("hang.jsonl"), "-d", dir(outs[k]),
                       dir("hang.stuck"), dir("hang.txt"), dir("fast.txt"), NULL);
        double took = seconds() - t0;
        assert_true(took < 6);
        assert_int_equal(r.status, 1);
        assert_int_equal(count_lines(r.err), 2);
        assert_contains(r.err, "hang.stuck: took longer than 1 s\n");
        assert_contains(r.err, "hang.txt: took longer than 1 s\n");
        char path[64];
        snprintf(path, sizeof(path), "%s/fast.slow", outs[k]);
        char *out = slurp(dir(path), NULL);
        assert_non_null(out);
        assert_string_equal(out, "started\ndone\n");
        free(out);
        snprintf(path, sizeof(path), "%s/hang.slow", outs[k]);
        assert_false(exists(dir(path)));
        snprintf(path, sizeof(path), "%s/hang-2.slow", outs[k]);
        assert_false(exists(dir(path)));
        assert_false(has_hidden_file(dir(outs[k])));
        char *rep = slurp(dir("hang.jsonl"), NULL);
        assert_non_null(rep);
        assert_int_equal(count_lines(rep), 3);
        assert_contains(rep, "hang.stuck\",\"output\":null,");
        assert_contains(rep, "\"status\":\"failed\",\"error\":\"took longer than 1 s\"");
        assert_contains(rep, "fast.slow\",\"status\":\"ok\"");
        free(rep);
        run_free(&r);
    }
}

/* One input, to stdout or to a file: the same failure, and no output. */
static void test_timeout_single(void **state)
{
    (void)state;
    hanging_inputs();
    double t0 = seconds();
    run_result r =
        run_bantin(NULL, slow_plugin(), "-t", "slow", "--timeout=1", dir("hang.stuck"), NULL);
    assert_true(seconds() - t0 < 4);
    assert_int_equal(r.status, 1);
    assert_string_equal(r.out, "");
    assert_int_equal(count_lines(r.err), 1);
    assert_contains(r.err, "hang.stuck: took longer than 1 s\n");
    run_free(&r);
    /* the writer hangs after its first bytes: on stdout they never show */
    r = run_bantin(NULL, slow_plugin(), "-t", "slow", "--timeout=1", dir("hang.txt"), NULL);
    assert_int_equal(r.status, 1);
    assert_string_equal(r.out, "");
    run_free(&r);
    mkdir(dir("out12"), 0777);
    t0 = seconds();
    r = run_bantin(NULL, slow_plugin(), "--timeout=1", "-o", dir("out12/one.slow"), dir("hang.txt"),
                   NULL);
    assert_true(seconds() - t0 < 4);
    assert_int_equal(r.status, 1);
    assert_int_equal(count_lines(r.err), 1);
    assert_contains(r.err, "hang.txt: took longer than 1 s\n");
    assert_false(exists(dir("out12/one.slow")));
    assert_false(has_hidden_file(dir("out12")));
    run_free(&r);
}

/* Start bantin with the slow plugin writing out of the inputs, wait until
 * its temporary output (named temp...) is there, send sig; returns the
 * wait status. */
static int interrupt(int sig, const char *out_dir, const char *temp, const char *const *args)
{
    const char *exe = getenv("BT_CLI");
    const char *argv[16] = {exe, slow_plugin(), "-t", "slow"};
    int argc = 4;
    for (; *args; args++)
        argv[argc++] = *args;
    argv[argc] = NULL;
    setenv("BT_SLOW_SECONDS", "30", 1);
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "rb", stdin) || !freopen("/dev/null", "wb", stdout))
            _exit(127);
        execv(exe, (char *const *)argv);
        _exit(127);
    }
    struct timespec tick = {0, 20 * 1000 * 1000};
    /* (the slow output's own: a fast one's comes and goes before it) */
    for (int i = 0; i < 500 && !has_file_starting(out_dir, temp); i++)
        nanosleep(&tick, NULL);
    assert_true(has_file_starting(out_dir, temp));
    kill(pid, sig);
    int st;
    waitpid(pid, &st, 0);
    return st;
}

/* SIGTERM and SIGINT: the temporaries go, the report holds whole lines, the
 * exit status is 143 or 130 (issue 15: temporaries stayed, report lines were
 * cut). */
static void test_signals(void **state)
{
    (void)state;
    slow_inputs();
    char fast[1024], slow[1024], out[1024], report[1024];
    snprintf(fast, sizeof(fast), "%s", dir("fast.txt"));
    snprintf(slow, sizeof(slow), "%s", dir("slow.txt"));
    snprintf(out, sizeof(out), "%s", dir("out8"));
    snprintf(report, sizeof(report), "%s", dir("signal.jsonl"));
    const char *batch[] = {"-j", "1", "-d", out, "--report", report, fast, slow, NULL};
    int st = interrupt(SIGTERM, out, ".slow.slow.", batch);
    assert_true(WIFEXITED(st));
    assert_int_equal(WEXITSTATUS(st), 143);
    assert_false(has_hidden_file(out));
    assert_true(exists(dir("out8/fast.slow")));
    char *rep = slurp(report, NULL);
    assert_non_null(rep);
    assert_int_equal(count_lines(rep), 1);
    assert_contains(rep, "\"input\":\"");
    assert_contains(rep, "fast.txt\",");
    assert_true(strlen(rep) > 2 && !strcmp(rep + strlen(rep) - 2, "}\n"));
    free(rep);

    mkdir(dir("out9"), 0777);
    char single[1024];
    snprintf(single, sizeof(single), "%s", dir("out9/one.slow"));
    const char *one[] = {"-o", single, slow, NULL};
    st = interrupt(SIGINT, dir("out9"), ".one.slow.", one);
    assert_true(WIFEXITED(st));
    assert_int_equal(WEXITSTATUS(st), 130);
    assert_false(has_hidden_file(dir("out9")));
    assert_false(exists(single));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_failure_stops_nothing),
        cmocka_unit_test(test_report_on_stdout),
        cmocka_unit_test(test_files_from_and_threads),
        cmocka_unit_test(test_same_stem),
        cmocka_unit_test(test_progress_summary),
        cmocka_unit_test(test_strict_loss),
        cmocka_unit_test(test_usage),
        cmocka_unit_test(test_never_overwrites_inputs),
        cmocka_unit_test(test_timeout),
        cmocka_unit_test(test_timeout_abandons),
        cmocka_unit_test(test_timeout_single),
        cmocka_unit_test(test_signals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
