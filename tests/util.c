#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

const char *td(const char *name)
{
    static char path[4096];
    const char *dir = getenv("BT_TESTDATA");
    snprintf(path, sizeof(path), "%s/%s", dir ? dir : "testdata", name);
    return path;
}

const char *tmpdir(void)
{
    static char dir[256];
    if (!dir[0]) {
        snprintf(dir, sizeof(dir), "/tmp/bantin-test.XXXXXX");
        if (!mkdtemp(dir))
            fail_msg("mkdtemp failed");
    }
    return dir;
}

char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0, n;
    char *buf = malloc(cap + 1);
    while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
    }
    fclose(f);
    buf[len] = '\0';
    if (size)
        *size = len;
    return buf;
}

void spit(const char *path, const void *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, size, f), size);
    fclose(f);
}

run_result run_bantin(const char *stdin_path, ...)
{
    const char *argv[64];
    int argc = 0;
    const char *exe = getenv("BT_CLI");
    argv[argc++] = exe ? exe : "bantin";
    va_list ap;
    va_start(ap, stdin_path);
    const char *a;
    while ((a = va_arg(ap, const char *)) != NULL && argc < 63)
        argv[argc++] = a;
    va_end(ap);
    argv[argc] = NULL;

    char outp[512], errp[512];
    snprintf(outp, sizeof(outp), "%s/stdout", tmpdir());
    snprintf(errp, sizeof(errp), "%s/stderr", tmpdir());
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen(stdin_path ? stdin_path : "/dev/null", "rb", stdin) ||
            !freopen(outp, "wb", stdout) || !freopen(errp, "wb", stderr))
            _exit(127);
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    run_result r;
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    r.out = slurp(outp, NULL);
    r.err = slurp(errp, NULL);
    return r;
}

void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
}

bt_document *read_doc(const char *path, const char *format, const bt_options *opt)
{
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    const bt_format *f = format ? bt_format_by_name(NULL, format) : NULL;
    bt_status s = bt_read_file(NULL, f, path, opt, &doc, err);
    if (s == BT_FAILED)
        fail_msg("%s: %s", path, bt_error_message(err));
    bt_error_free(err);
    return doc;
}

char *write_doc(bt_document *doc, const char *format, const bt_options *opt, size_t *size)
{
    bt_error *err = bt_error_new();
    unsigned char *data;
    size_t n;
    const bt_format *f = bt_format_by_name(NULL, format);
    assert_non_null(f);
    if (bt_write_memory(f, doc, opt, &data, &n, err) == BT_FAILED)
        fail_msg("write %s: %s", format, bt_error_message(err));
    bt_error_free(err);
    data = realloc(data, n + 1);
    data[n] = '\0';
    if (size)
        *size = n;
    return (char *)data;
}

/* Split the seed text into its paragraphs (lines that are not blank). */
const seed_article *seed(void)
{
    static seed_article a;
    static char *text;
    if (text)
        return &a;
    text = slurp(td("article.txt"), NULL);
    assert_non_null(text);
    const char *lines[64];
    int n = 0;
    for (char *p = strtok(text, "\n"); p && n < 64; p = strtok(NULL, "\n"))
        if (*p)
            lines[n++] = p;
    /* title, dateline, lead, caption, h2, 4 paragraphs, h2, 4 paragraphs, author */
    assert_true(n >= 15);
    a.title = lines[0];
    a.lead = lines[2];
    a.caption = lines[3];
    a.heading[0] = lines[4];
    for (int i = 0; i < 4; i++)
        a.body[i] = lines[5 + i];
    a.heading[1] = lines[9];
    for (int i = 0; i < 4; i++)
        a.body[4 + i] = lines[10 + i];
    a.author = lines[14];
    return &a;
}

int contains_(const char *hay, const char *needle, const char *file, int line)
{
    if (hay && strstr(hay, needle))
        return 1;
    print_error("%s:%d: missing: %.120s\n", file, line, needle);
    return 0;
}

char *squeeze(const char *text)
{
    size_t len = strlen(text);
    char *out = malloc(len + 1), *o = out;
    int space = 0;
    for (const char *p = text; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
            space = o > out;
            continue;
        }
        if (space)
            *o++ = ' ';
        space = 0;
        *o++ = *p;
    }
    *o = '\0';
    return out;
}

static void add_para(bt_document *doc, const char *text, bt_role role)
{
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_set_role(p, role);
    bt_node_append(bt_document_body(doc), p);
    assert_int_equal(bt_node_append_text(doc, p, text, strlen(text)), BT_OK);
}

bt_document *seed_document(void)
{
    const seed_article *a = seed();
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_document_set_meta(doc, BT_META_TITLE, a->title);
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    bt_document_set_meta(doc, BT_META_DATE, "2017-10-09T06:51:00+07:00");
    bt_document_set_meta(doc, BT_META_SECTION, "Xây dựng Đảng");
    bt_document_set_meta(doc, BT_META_AUTHOR, a->author);
    bt_document_set_meta(doc, BT_META_PUBLISHER, "Báo Hànộimới");
    bt_document_add_meta(doc, BT_META_KEYWORD, "xây dựng Đảng");
    bt_document_add_meta(doc, BT_META_KEYWORD, "sinh hoạt chi bộ");
    add_para(doc, a->lead, BT_ROLE_LEAD);

    size_t size;
    char *jpg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
    assert_non_null(jpg);
    bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
    bt_node_set_figure_resource(
        fig, bt_document_add_resource(doc, "images/hoi-nghi-dieu-le-dang.jpg", NULL, jpg, size));
    free(jpg);
    bt_node_set_figure_src(doc, fig, "images/hoi-nghi-dieu-le-dang.jpg");
    bt_node_set_literal(doc, fig, a->caption, strlen(a->caption));
    bt_node *cap = bt_node_new(doc, BT_NODE_CAPTION);
    bt_node_append(fig, cap);
    bt_node_append_text(doc, cap, a->caption, strlen(a->caption));
    bt_node_append(body, fig);

    for (int h = 0; h < 2; h++) {
        bt_node *n = bt_node_new(doc, BT_NODE_HEADING);
        bt_node_set_heading_level(n, 2);
        bt_node_append(body, n);
        bt_node_append_text(doc, n, a->heading[h], strlen(a->heading[h]));
        for (int i = 0; i < 4; i++)
            add_para(doc, a->body[h * 4 + i], BT_ROLE_NONE);
    }
    add_para(doc, a->author, BT_ROLE_BYLINE);
    return doc;
}
