#include "util.h"

#include <stdarg.h>
#include <dirent.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "container.h"

const char *td(const char *name)
{
    /* a few buffers in turn, so one call's arguments may hold several paths */
    static char path[8][4096];
    static int k;
    k = (k + 1) % 8;
    const char *dir = getenv("BT_TESTDATA");
    snprintf(path[k], sizeof(path[k]), "%s/%s", dir ? dir : "testdata", name);
    return path[k];
}

static char tmp_dir[256];
static pid_t tmp_owner;

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

/* The test's scratch folder goes when the test program ends, so a run of
 * the suite leaves nothing in /tmp; a forked child leaves it to its parent. */
static void remove_tmpdir(void)
{
    if (getpid() == tmp_owner)
        nftw(tmp_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

const char *tmpdir(void)
{
    if (!tmp_dir[0]) {
        snprintf(tmp_dir, sizeof(tmp_dir), "/tmp/bantin-test.XXXXXX");
        if (!mkdtemp(tmp_dir))
            fail_msg("mkdtemp failed");
        tmp_owner = getpid();
        atexit(remove_tmpdir);
    }
    return tmp_dir;
}

int has_file_starting(const char *path, const char *prefix)
{
    DIR *d = opendir(path);
    struct dirent *e;
    int found = 0;
    while (d && !found && (e = readdir(d)))
        found = !strncmp(e->d_name, prefix, strlen(prefix)) && strcmp(e->d_name, ".") &&
                strcmp(e->d_name, "..");
    if (d)
        closedir(d);
    return found;
}

int has_hidden_file(const char *path) { return has_file_starting(path, "."); }

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

static char *same(const char *s) { return strdup(s); }

/* Append text to parent, the first occurrence of mark wrapped in a new
 * inline of the given type (with href for a link). */
static void add_marked(bt_document *doc, bt_node *parent, const char *text, const char *mark,
                       bt_node_type type, const char *href)
{
    const char *at = mark ? strstr(text, mark) : NULL;
    if (!at) {
        assert_int_equal(bt_node_append_text(doc, parent, text, strlen(text)), BT_OK);
        return;
    }
    bt_node_append_text(doc, parent, text, (size_t)(at - text));
    bt_node *in = bt_node_new(doc, type);
    bt_node_append(parent, in);
    if (href)
        bt_node_set_literal(doc, in, href, strlen(href));
    bt_node_append_text(doc, in, mark, strlen(mark));
    const char *rest = at + strlen(mark);
    bt_node_append_text(doc, parent, rest, strlen(rest));
}

bt_node *add_node(bt_document *doc, bt_node *parent, bt_node_type type, const char *text)
{
    bt_node *n = bt_node_new(doc, type);
    assert_non_null(n);
    bt_node_append(parent, n);
    if (text)
        assert_int_equal(bt_node_append_text(doc, n, text, strlen(text)), BT_OK);
    return n;
}

static bt_node *add_block(bt_document *doc, bt_node_type type, const char *text)
{
    return add_node(doc, bt_document_body(doc), type, text);
}

/* Append an owned string to parent, and free it. */
static void add_owned(bt_document *doc, bt_node *parent, char *text)
{
    assert_int_equal(bt_node_append_text(doc, parent, text, strlen(text)), BT_OK);
    free(text);
}

static void meta_owned(bt_document *doc, bt_meta_key key, char *value)
{
    assert_int_equal(bt_document_add_meta(doc, key, value), BT_OK);
    free(value);
}

int test_image(bt_document *doc, const char *name)
{
    size_t size;
    char *jpeg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
    assert_non_null(jpeg);
    int r = bt_document_add_resource(doc, name, NULL, jpeg, size);
    free(jpeg);
    assert_true(r >= 0);
    return r;
}

bt_document *article_doc(char *(*text_filter)(const char *))
{
    const seed_article *a = seed();
    char *(*f)(const char *) = text_filter ? text_filter : same;
    bt_document *doc = bt_document_new();
    meta_owned(doc, BT_META_TITLE, f(a->title));
    meta_owned(doc, BT_META_SECTION, f("Xây dựng Đảng"));
    bt_document_set_meta(doc, BT_META_DATE, "2017-10-09T06:51:00+07:00");
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    meta_owned(doc, BT_META_AUTHOR, f(a->author));
    meta_owned(doc, BT_META_DESCRIPTION, f(a->lead + strlen("(HNM) - ")));
    meta_owned(doc, BT_META_KEYWORD, f("Đảng bộ Khối các cơ quan TP Hà Nội"));
    meta_owned(doc, BT_META_KEYWORD, f("xây dựng Đảng"));
    meta_owned(doc, BT_META_PUBLISHER, f("Báo Hànộimới"));

    bt_node *lead = add_block(doc, BT_NODE_PARAGRAPH, NULL);
    bt_node_set_role(lead, BT_ROLE_LEAD);
    bt_node *strong = bt_node_new(doc, BT_NODE_STRONG);
    bt_node_append(lead, strong);
    add_owned(doc, strong, f(a->lead));

    int r = test_image(doc, "images/hoi-nghi-dieu-le-dang.jpg");
    assert_int_equal(r, 0);
    bt_node *fig = add_block(doc, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig, r);
    bt_node_set_figure_src(doc, fig, "images/hoi-nghi-dieu-le-dang.jpg");
    char *caption = f(a->caption);
    bt_node_set_literal(doc, fig, caption, strlen(caption));
    bt_node *cap = bt_node_new(doc, BT_NODE_CAPTION);
    bt_node_append(fig, cap);
    add_owned(doc, cap, caption);

    for (int h = 0; h < 2; h++) {
        bt_node *head = add_block(doc, BT_NODE_HEADING, NULL);
        add_owned(doc, head, f(a->heading[h]));
        bt_node_set_heading_level(head, 2);
        for (int i = 4 * h; i < 4 * h + 4; i++) {
            bt_node *p = add_block(doc, BT_NODE_PARAGRAPH, NULL);
            char *text = f(a->body[i]);
            if (i == 2)
                add_marked(doc, p, text, "“Nâng cao năng lực", BT_NODE_EMPH, NULL);
            else if (i == 3)
                add_marked(doc, p, text, "Nghị quyết số 03-NQ/ĐUK", BT_NODE_LINK,
                           "https://hanoimoi.com.vn/van-ban/nghi-quyet-03-nq-duk");
            else
                bt_node_append_text(doc, p, text, strlen(text));
            free(text);
        }
    }
    bt_node *by = add_block(doc, BT_NODE_PARAGRAPH, NULL);
    bt_node_set_role(by, BT_ROLE_BYLINE);
    strong = bt_node_new(doc, BT_NODE_STRONG);
    bt_node_append(by, strong);
    add_owned(doc, strong, f(a->author));
    return doc;
}

bt_document *seed_document(void) { return article_doc(NULL); }

static void add_text(bt_document *doc, bt_node *parent, const char *text)
{
    assert_int_equal(bt_node_append_text(doc, parent, text, strlen(text)), BT_OK);
}

static void every_inline(bt_document *doc, bt_node *p, bt_node *note)
{
    add_text(doc, p, "Mở đầu ");
    add_node(doc, p, BT_NODE_EMPH, "nghiêng");
    add_text(doc, p, ", ");
    add_node(doc, p, BT_NODE_STRONG, "đậm");
    add_text(doc, p, ", ");
    bt_node *a = add_node(doc, p, BT_NODE_LINK, "liên kết");
    bt_node_set_href(doc, a, "https://hanoimoi.vn/a");
    bt_node_set_title(doc, a, "Tiêu đề liên kết");
    add_text(doc, p, ", ");
    bt_node *code = add_node(doc, p, BT_NODE_CODE, NULL);
    bt_node_set_literal(doc, code, "x = 1", 5);
    add_text(doc, p, ", 10");
    add_node(doc, p, BT_NODE_SUP, "5");
    add_text(doc, p, " m, H");
    add_node(doc, p, BT_NODE_SUB, "2");
    add_text(doc, p, "O.");
    add_node(doc, p, BT_NODE_BREAK, NULL);
    add_text(doc, p, "Ông nói ");
    bt_node *q = add_node(doc, p, BT_NODE_QUOTATION, "phải ");
    add_node(doc, q, BT_NODE_QUOTATION, "làm ngay");
    add_text(doc, p, ", ");
    add_node(doc, p, BT_NODE_UNDERLINE, "gạch dưới");
    add_text(doc, p, ", ");
    add_node(doc, p, BT_NODE_STRIKE, "gạch ngang");
    add_text(doc, p, ", ");
    bt_node *span = add_node(doc, p, BT_NODE_SPAN, "il dit ");
    bt_node_set_language(doc, span, "fr");
    add_node(doc, span, BT_NODE_QUOTATION, "bonjour");
    bt_node *ref = add_node(doc, p, BT_NODE_NOTE_REF, NULL);
    bt_node_set_label(doc, ref, "1");
    bt_node_set_note(ref, note);
    add_text(doc, p, ".");
}

bt_document *every_node_doc(void)
{
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Mọi loại nút");
    bt_document_set_meta(doc, BT_META_SECTION, "Thử nghiệm");
    bt_document_set_meta(doc, BT_META_DATE, "2017-10-09T06:51:00+07:00");
    bt_document_set_meta(doc, BT_META_LANGUAGE, "vi");
    bt_node *body = bt_document_body(doc);
    bt_node *note = bt_node_new(doc, BT_NODE_NOTE);
    bt_node_set_label(doc, note, "1");

    bt_node_set_role(add_node(doc, body, BT_NODE_PARAGRAPH, "Thứ Hai, 09/10/2017 06:51"),
                     BT_ROLE_DATELINE);
    bt_node_set_role(add_node(doc, body, BT_NODE_PARAGRAPH, "Đoạn dẫn của bài."), BT_ROLE_LEAD);
    bt_node_set_heading_level(add_node(doc, body, BT_NODE_HEADING, "Phần một"), 2);
    every_inline(doc, add_node(doc, body, BT_NODE_PARAGRAPH, NULL), note);

    int r = test_image(doc, "hoi-nghi.jpg");
    bt_node *fig = add_node(doc, body, BT_NODE_FIGURE, NULL);
    bt_node_set_figure_resource(fig, r);
    bt_node_set_figure_src(doc, fig, "hoi-nghi.jpg");
    bt_node_set_figure_alt(doc, fig, "Hội nghị");
    bt_node_set_figure_display_size(fig, 480, 320);
    add_node(doc, fig, BT_NODE_CAPTION, "Quang cảnh hội nghị.");
    bt_node_set_label(doc, add_node(doc, fig, BT_NODE_CREDIT, "Hương Ly"), "Ảnh");

    add_node(doc, add_node(doc, body, BT_NODE_QUOTE, NULL), BT_NODE_PARAGRAPH, "Lời trích.");
    bt_node *list = add_node(doc, body, BT_NODE_LIST, NULL);
    bt_node_set_list(list, 1, 1);
    add_node(doc, add_node(doc, list, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "Một.");
    add_node(doc, add_node(doc, list, BT_NODE_ITEM, NULL), BT_NODE_PARAGRAPH, "Hai.");
    add_node(doc, body, BT_NODE_RULE, NULL);

    bt_node *table = add_node(doc, body, BT_NODE_TABLE, NULL);
    add_node(doc, table, BT_NODE_CAPTION, "Dân số năm 2017");
    static const char *const cells[3][3] = {
        {"Tỉnh", "Năm", "Triệu"}, {"Hà Nội", "2017", "7,7"}, {"Chưa có số liệu", "—", NULL}};
    for (int r = 0; r < 3; r++) {
        bt_node *row = add_node(doc, table, BT_NODE_ROW, NULL);
        for (int c = 0; c < 3 && cells[r][c]; c++) {
            bt_node *cell = add_node(doc, row, BT_NODE_CELL, cells[r][c]);
            bt_node_set_cell_header(cell, r == 0);
            /* every row keeps two cells: a row of one is no table row in plain text */
            if (r == 2 && c == 0)
                bt_node_set_cell_span(cell, 2, 1);
        }
    }

    bt_node *pre = add_node(doc, body, BT_NODE_PRE, NULL);
    bt_node_set_literal(doc, pre, "a  b\n  c", 8);
    bt_node_set_heading_level(add_node(doc, body, BT_NODE_HEADING, "Phần hai"), 3);
    add_node(doc, body, BT_NODE_PARAGRAPH, "Đoạn cuối.");
    bt_node_set_role(add_node(doc, body, BT_NODE_PARAGRAPH, "Hương Ly"), BT_ROLE_BYLINE);
    bt_node_append(body, note);
    add_node(doc, note, BT_NODE_PARAGRAPH, "Chú thích một.");
    return doc;
}

void test_option(bt_options *opt, const char *fmt, ...)
{
    static char text[16][1024];
    static const char *list[17];
    static size_t n;
    if (opt->format_options != list)
        n = 0;
    assert_true(n < 16);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text[n], sizeof(text[n]), fmt, ap);
    va_end(ap);
    list[n] = text[n];
    list[++n] = NULL;
    opt->format_options = list;
}

const char *credit_line(bt_document *doc, bt_node *fig)
{
    static char line[1024];
    bt_node *credit = bt_node_figure_credit(fig);
    if (!credit)
        return NULL;
    const char *label = bt_node_label(credit);
    snprintf(line, sizeof(line), "%s%s%s", label ? label : "", label ? ": " : "",
             bt_node_text(doc, credit));
    return line;
}

bt_document *read_html_page(const char *name)
{
    bt_options opt;
    bt_options_init(&opt);
    opt.resource_path = td("");
    return read_doc(td(name), "html", &opt);
}

const char *dump_blocks(const char *dump)
{
    const char *p = strstr(dump, "\nparagraph");
    const char *h = strstr(dump, "\nheading");
    if (h && (!p || h < p))
        p = h;
    return p ? p : dump;
}

static bt_node *add_child(bt_document *doc, bt_node *parent, bt_node_type type, const char *text)
{
    bt_node *n = bt_node_new(doc, type);
    bt_node_append(parent, n);
    if (text)
        bt_node_append_text(doc, n, text, strlen(text));
    return n;
}

static bt_node *add_ref(bt_document *doc, bt_node *parent, const char *label, bt_node *note)
{
    bt_node *ref = bt_node_new(doc, BT_NODE_NOTE_REF);
    bt_node_set_label(doc, ref, label);
    bt_node_set_note(ref, note);
    bt_node_append(parent, ref);
    return ref;
}

bt_document *notes_doc(void)
{
    bt_document *doc = bt_document_new();
    bt_node *body = bt_document_body(doc);
    bt_document_set_meta(doc, BT_META_TITLE, "Notes");
    bt_document_set_meta(doc, BT_META_LANGUAGE, "en");
    bt_node *star = bt_node_new(doc, BT_NODE_NOTE), *seven = bt_node_new(doc, BT_NODE_NOTE);
    bt_node_set_label(doc, star, "*");
    bt_node_set_label(doc, seven, "7");
    bt_node *p = add_child(doc, body, BT_NODE_PARAGRAPH, "Marked");
    add_ref(doc, p, "*", star);
    bt_node_append_text(doc, p, " twice", 6);
    add_ref(doc, p, "*", star);
    bt_node_append_text(doc, p, " and seven", 10);
    add_ref(doc, p, "7", seven);
    bt_node_append_text(doc, p, ", lost", 6);
    add_ref(doc, p, "8", NULL);
    bt_node *link = add_child(doc, p, BT_NODE_LINK, " linked");
    bt_node_set_href(doc, link, "https://example.org/");
    add_ref(doc, link, "*", star);
    /* a note in the middle of the body, a heading in it, one after it */
    bt_node_append(body, star);
    bt_node_set_heading_level(add_child(doc, star, BT_NODE_HEADING, "Star"), 2);
    add_child(doc, star, BT_NODE_PARAGRAPH, "The star note.");
    bt_node_set_heading_level(add_child(doc, body, BT_NODE_HEADING, "After"), 2);
    add_child(doc, body, BT_NODE_PARAGRAPH, "Body text.");
    bt_node_append(body, seven);
    add_child(doc, seven, BT_NODE_PARAGRAPH, "The seventh note.");
    return doc;
}

char *zip_member(const void *zip, size_t size, const char *name)
{
    bt_zip_reader *z = bt_zip_open(zip, size, NULL);
    assert_non_null(z);
    bt_buf b = BT_BUF_INIT;
    char *text = NULL;
    if (bt_zip_has(z, name) && bt_zip_read(z, name, &b, NULL) == BT_OK)
        text = strdup(b.data ? b.data : "");
    bt_buf_free(&b);
    bt_zip_close(z);
    return text;
}

int occurrences(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}
