/* The examples of examples/, built against the library: the layout lister
 * and the Markdown writer plugin the bantin command loads. */
#include "util.h"

#include <sys/wait.h>
#include <unistd.h>

static void test_layout(void **state)
{
    (void)state;
    char cmd[2048], *out;
    snprintf(cmd, sizeof(cmd), "%s %s 2 > %s/layout.txt", getenv("BT_LAYOUT"),
             td("hanoimoi-2017-10-09.html"), tmpdir());
    assert_int_equal(system(cmd), 0);
    snprintf(cmd, sizeof(cmd), "%s/layout.txt", tmpdir());
    out = slurp(cmd, NULL);
    const seed_article *a = seed();
    char line[1024];
    snprintf(line, sizeof(line), "TITLE\t%s\n", a->title);
    assert_contains(out, line);
    snprintf(line, sizeof(line), "H2\t%s\tkeep-with-next\n", a->heading[1]);
    assert_contains(out, line);
    snprintf(line, sizeof(line), "CAPTION 1\t%s\n", a->caption);
    assert_contains(out, line);
    assert_contains(out, "FIGURE 1\t640x400 px\t54 mm wide (low resolution)\timage/jpeg\n");
    assert_contains(out, "BYLINE\tHương Ly\n");
    assert_contains(out, "PARAGRAPHS\t10\n");
    free(out);
}

static void test_markdown_plugin(void **state)
{
    (void)state;
    char opt[1024];
    snprintf(opt, sizeof(opt), "--plugin=%s", getenv("BT_MARKDOWN_PLUGIN"));
    run_result r = run_bantin(NULL, opt, "--list-formats", NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "markdown -w    md markdown");
    run_free(&r);
    /* by its extension, as a built-in format would be found */
    char out[600];
    snprintf(out, sizeof(out), "%s/article.md", tmpdir());
    r = run_bantin(NULL, opt, "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    char *md = slurp(out, NULL);
    const seed_article *a = seed();
    char line[1024];
    snprintf(line, sizeof(line), "# %s\n", a->title);
    assert_contains(md, line);
    snprintf(line, sizeof(line), "## %s\n", a->heading[0]);
    assert_contains(md, line);
    snprintf(line, sizeof(line), "![%s](images/hoi-nghi-dieu-le-dang.jpg)", a->caption);
    assert_contains(md, line);
    assert_contains(md, "[Nghị quyết số 03-NQ/ĐUK](https://hanoimoi.com.vn/van-ban/");
    free(md);
    /* a file that is not a plugin: a clear error */
    r = run_bantin(NULL, "--plugin=/etc/hostname", "--list-formats", NULL);
    assert_int_equal(r.status, 2);
    assert_contains(r.err, "bantin: /etc/hostname: cannot load plugin");
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout),
        cmocka_unit_test(test_markdown_plugin),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
