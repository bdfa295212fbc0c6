/* The bantin command: options, exit codes, one-line errors, no partial output. */
#include "util.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char *tmp_path(const char *name)
{
    static char path[4][512];
    static int k;
    k = (k + 1) % 4;
    snprintf(path[k], sizeof(path[k]), "%s/%s", tmpdir(), name);
    return path[k];
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Exactly one line on stderr, starting "bantin: " */
static void assert_one_line_error(const run_result *r, const char *what)
{
    assert_true(strncmp(r->err, "bantin: ", 8) == 0);
    assert_contains(r->err, what);
    char *nl = strchr(r->err, '\n');
    assert_non_null(nl);
    assert_true(nl[1] == '\0' || strncmp(nl + 1, "Try ", 4) == 0);
}

static void test_help_version_list(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "--help", NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "Usage: bantin");
    run_free(&r);
    r = run_bantin(NULL, "--version", NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "bantin " BT_VERSION_STRING);
    run_free(&r);
    r = run_bantin(NULL, "--list-formats", NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "html");
    assert_contains(r.out, "text");
    assert_contains(r.out, "txt text");
    /* each format's options, by name */
    assert_contains(r.out, "-O html:whole-page");
    assert_contains(r.out, "-O text:columns=N");
    assert_contains(r.out, "-O epub:cover=PATH");
    assert_contains(r.out, "-O epub:css=FILE");
    assert_contains(r.out, "-O epub:title-page");
    assert_contains(r.out, "-O html:css=FILE");
    assert_contains(r.out, "-O html:fragment");
    run_free(&r);
}

/* -M and its short forms win over what the input says, reach the output's
 * metadata and its visible header, in NFC; bad keys and values are usage errors. */
static void test_metadata_overrides(void **state)
{
    (void)state;
    /* "Tiêu đề mới" with its tone marks decomposed (NFD) */
    run_result r =
        run_bantin(NULL, "-t", "html", "-M",
                   "title=Tie\xcc\x82u \xc4\x91"
                   "e\xcc\x82\xcc\x80 mo\xcc\x9b\xcc\x81i",
                   "--author", "Hương Ly", "--author=Minh Anh", "--language", "vi-VN", "-M",
                   "keywords=chính trị, Đảng ,", "-M", "rights=© Hà Nội Mới", "--date",
                   "2017-10-09T06:51+07:00", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "<title>Tiêu đề mới</title>");
    assert_contains(r.out, "<h1>Tiêu đề mới</h1>");
    assert_contains(r.out, "lang=\"vi-VN\"");
    assert_contains(r.out, "Hương Ly");
    assert_contains(r.out, "Minh Anh");
    assert_contains(r.out, "chính trị, Đảng");
    assert_contains(r.out, "2017-10-09T06:51+07:00");
    assert_contains(r.out, "<meta name=\"dcterms.rights\" content=\"© Hà Nội Mới\"");
    run_free(&r);
    /* a date given replaces the page's own words for it in the head */
    r = run_bantin(NULL, "-q", "--date", "2020-01-02", td("article.txt"), NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "Xây dựng Đảng | Thứ Năm, 02/01/2020\n");
    assert_not_contains(r.out, "06:51 Thứ Hai ngày 09/10/2017");
    run_free(&r);
    r = run_bantin(NULL, "--date", "9/10/2017", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "the date wants ISO 8601");
    run_free(&r);
    r = run_bantin(NULL, "-M", "colour=blue", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "unknown metadata key 'colour'");
    run_free(&r);
    r = run_bantin(NULL, "--language", "tiếng Việt", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "the language wants a BCP 47 tag");
    run_free(&r);
}

/* ODT's page: --paper, else the locale's paper. */
static void test_paper(void **state)
{
    (void)state;
    const char *out = tmp_path("paper.odt");
    struct {
        const char *lc_all, *flag, *width;
    } cases[] = {
        {"vi_VN.UTF-8", NULL, "fo:page-width=\"21cm\""},
        {"en_US.UTF-8", NULL, "fo:page-width=\"21.59cm\""},
        {"en_US.UTF-8", "--paper=a4", "fo:page-width=\"21cm\""},
        {"C", "--paper=letter", "fo:page-width=\"21.59cm\""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        setenv("LC_ALL", cases[i].lc_all, 1);
        run_result r = cases[i].flag ? run_bantin(NULL, "-q", cases[i].flag, "-o", out,
                                                  td("article.txt"), NULL)
                                     : run_bantin(NULL, "-q", "-o", out, td("article.txt"), NULL);
        assert_int_equal(r.status, 0);
        run_free(&r);
        size_t size;
        char *zip = slurp(out, &size);
        char *styles = zip_member(zip, size, "styles.xml");
        assert_non_null(styles);
        assert_contains(styles, cases[i].width);
        free(styles);
        free(zip);
    }
    unsetenv("LC_ALL");
    run_result r = run_bantin(NULL, "--paper=a3", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "--paper wants a4 or letter, not 'a3'");
    run_free(&r);
}

/* A mistyped option: one line naming the nearest known one, no program path. */
static void test_mistyped_option(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "--colums=60", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "unknown option '--colums' (did you mean --columns?)");
    assert_not_contains(r.err, "/bantin:");
    run_free(&r);
    r = run_bantin(NULL, "--whole-page=yes", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "option '--whole-page' takes no value");
    run_free(&r);
    r = run_bantin(NULL, td("article.txt"), "--columns", NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "option '--columns' wants a value");
    run_free(&r);
}

/* EPUB or ODT to a terminal is refused with a hint; to a pipe it is written. */
static void test_binary_to_terminal(void **state)
{
    (void)state;
    char cmd[2048];
    snprintf(cmd, sizeof(cmd), "script -qec '%s -t epub %s' /dev/null", getenv("BT_CLI"),
             td("article.txt"));
    FILE *p = popen(cmd, "r");
    if (!p) {
        skip();
        return;
    }
    char out[4096];
    size_t n = fread(out, 1, sizeof(out) - 1, p);
    out[n] = '\0';
    int status = pclose(p);
    assert_contains(out, "bantin: epub is binary: not written to a terminal (use -o FILE");
    assert_not_contains(out, "mimetype");
    assert_int_not_equal(status, 0);
    run_result r = run_bantin(NULL, "-t", "odt", td("article.txt"), NULL);
    assert_int_equal(r.status, 0);
    assert_true(r.out && !memcmp(r.out, "PK", 2));
    run_free(&r);
}

/* Options of a format by name: -O text:columns=N works as --columns=N;
 * an unknown one is a usage error naming the nearest known one. */
static void test_format_options(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "-O", "text:columns=30", td("article.txt"), NULL);
    assert_int_equal(r.status, 0);
    for (char *line = r.out; line && *line;
         line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        size_t len = strcspn(line, "\n");
        /* 30 grapheme clusters of Vietnamese are at most 30 * 3 bytes */
        assert_true(len <= 30 * 3);
    }
    run_free(&r);
    r = run_bantin(NULL, "-O", "text:colums=30", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "unknown option 'text:colums=30' (did you mean text:columns?)");
    run_free(&r);
    r = run_bantin(NULL, "-O", "docx:columns=30", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "option 'docx:columns=30': no format 'docx'");
    run_free(&r);
    r = run_bantin(NULL, "-O", "html:whole-page=yes", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "option html:whole-page takes no value");
    run_free(&r);
    r = run_bantin(NULL, "-O", "text:columns", td("article.txt"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "option text:columns needs a value (columns=N)");
    run_free(&r);
    /* a value the format refuses fails the conversion with the format's reason */
    r = run_bantin(NULL, "-q", "-O", "text:columns=wide", td("article.txt"), NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "text:columns wants a number from 8 to 10000, not 'wide'");
    run_free(&r);
}

static void test_usage_errors(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "-t", "docx", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "unknown output format 'docx'");
    run_free(&r);
    r = run_bantin(NULL, "-f", "nope", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "unknown input format 'nope'");
    run_free(&r);
    r = run_bantin(NULL, "--columns=3", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    r = run_bantin(NULL, "--no-such-option", NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    r = run_bantin(NULL, "-o", tmp_path("x.unknownext"), td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "cannot tell the output format");
    assert_false(exists(tmp_path("x.unknownext")));
    run_free(&r);
}

static void test_unreadable_and_empty(void **state)
{
    (void)state;
    run_result r = run_bantin(NULL, "/nonexistent/page.html", NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "bantin: /nonexistent/page.html: No such file or directory");
    assert_string_equal(r.out, "");
    run_free(&r);

    const char *empty = tmp_path("empty.html");
    spit(empty, "", 0);
    const char *out = tmp_path("empty.txt");
    r = run_bantin(NULL, "-o", out, empty, NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "the input is empty");
    assert_false(exists(out));
    run_free(&r);

    r = run_bantin(NULL, tmpdir(), NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "is a directory");
    run_free(&r);
}

static void test_output_safety(void **state)
{
    (void)state;
    /* the input is never overwritten */
    const char *page = tmp_path("page.html");
    size_t size;
    char *html = slurp(td("hanoimoi-2017-10-09.html"), &size);
    spit(page, html, size);
    run_result r = run_bantin(NULL, "-t", "html", "-o", page, page, NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "would overwrite the input");
    size_t after;
    char *again = slurp(page, &after);
    assert_int_equal(after, size);
    assert_memory_equal(again, html, size);
    free(again);
    free(html);
    run_free(&r);

    /* into a missing directory: a clear error, no file */
    r = run_bantin(NULL, "-o", "/nonexistent-dir/out.txt", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "/nonexistent-dir/out.txt: cannot create output");
    run_free(&r);

    /* a FIFO is written into, never replaced by a file (as root, renaming over
     * /dev/null would replace the device) */
    const char *fifo = tmp_path("out.fifo");
    unlink(fifo);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    int fd = open(fifo, O_RDONLY | O_NONBLOCK);
    assert_true(fd >= 0);
    r = run_bantin(NULL, "-t", "text", "-o", fifo, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    char head[64] = "";
    assert_true(read(fd, head, sizeof(head) - 1) > 0);
    assert_contains(head, "Chủ động");
    close(fd);
    struct stat st;
    assert_int_equal(lstat(fifo, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
    unlink(fifo);
    run_free(&r);
    r = run_bantin(NULL, "-t", "text", "-o", "/dev/null", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(stat("/dev/null", &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    run_free(&r);

    /* a symbolic link is not replaced, nor written through */
    const char *victim = tmp_path("victim.txt"), *link = tmp_path("link.txt");
    spit(victim, "keep", 4);
    unlink(link);
    assert_int_equal(symlink(victim, link), 0);
    r = run_bantin(NULL, "-t", "text", "-o", link, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "symbolic link; not replaced");
    char *kept = slurp(victim, &size);
    assert_memory_equal(kept, "keep", 4);
    assert_int_equal(lstat(link, &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    free(kept);
    unlink(link);
    run_free(&r);
}

static void test_unknown_input_format(void **state)
{
    (void)state;
    /* bytes no reader bids on, from stdin, where no extension helps */
    const char *bin = tmp_path("blob");
    spit(bin, "\x00\x01\x02\x03\xff\xfe\x00\x00", 8);
    run_result r = run_bantin(bin, "-", NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "bantin: -: ");
    assert_string_equal(r.out, "");
    run_free(&r);
}

static mode_t mode_of(const char *path)
{
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    return st.st_mode & 07777;
}

/* A new output gets 0666 less the umask; an existing one keeps its mode
 * (issue 15: outputs were 0644 whatever the umask). */
static void test_output_modes(void **state)
{
    (void)state;
    const char *out = tmp_path("private.txt");
    unlink(out);
    mode_t old = umask(077);
    run_result r = run_bantin(NULL, "-o", out, td("article.txt"), NULL);
    umask(old);
    assert_int_equal(r.status, 0);
    assert_int_equal(mode_of(out), 0600);
    run_free(&r);
    assert_int_equal(chmod(out, 0640), 0);
    r = run_bantin(NULL, "-o", out, td("article.txt"), NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(mode_of(out), 0640);
    run_free(&r);
    /* a directory is no output */
    r = run_bantin(NULL, "-q", "-t", "text", "-o", tmpdir(), td("article.txt"), NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "not a regular file; not replaced");
    run_free(&r);
}

/* Output names of 248 to 255 bytes: the temporary's name is cut to fit
 * (issue 15: they were refused). */
/* bantin writes tmpdir/name from article.txt. */
static void assert_writes(const char *name)
{
    char path[1024];
    snprintf(path, sizeof(path), "%s", tmp_path(name));
    run_result r = run_bantin(NULL, "-o", path, td("article.txt"), NULL);
    assert_int_equal(r.status, 0);
    assert_true(exists(path));
    run_free(&r);
}

static void test_long_output_names(void **state)
{
    (void)state;
    mkdir(tmp_path("long"), 0777);
    for (size_t len = 248; len <= 255; len += 7) {
        char name[300] = "long/";
        memset(name + 5, 'a', len - 4);
        memcpy(name + 5 + len - 4, ".txt", 5);
        assert_writes(name);
    }
    /* a multibyte name is cut between characters: "ả" is 3 bytes, and the
     * 247th byte of the name falls in the 83rd */
    char name[300] = "long/";
    for (int i = 0; i < 83; i++)
        strcat(name, "\xe1\xba\xa3");
    strcat(name, ".txt");
    assert_writes(name);
    assert_false(has_hidden_file(tmp_path("long")));
}

/* Run bantin on an endless standard input (what `yes |` gives). */
static run_result run_endless_stdin(const char *arg)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t feeder = fork();
    if (feeder == 0) {
        close(fds[0]);
        char chunk[4096];
        memset(chunk, 'y', sizeof(chunk));
        while (write(fds[1], chunk, sizeof(chunk)) > 0)
            ;
        _exit(0);
    }
    close(fds[1]);
    int saved = dup(STDIN_FILENO);
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    run_result r = run_bantin("/dev/stdin", arg, "-t", "text", "-", NULL);
    dup2(saved, STDIN_FILENO);
    close(saved);
    kill(feeder, SIGKILL);
    waitpid(feeder, NULL, 0);
    return r;
}

/* --max-input-size: at the limit read, past it refused, standard input as
 * it is read (issue 15: stdin was read whole before any limit). */
static void test_max_input_size(void **state)
{
    (void)state;
    char text[1001];
    memset(text, 'y', sizeof(text));
    const char *at = tmp_path("at.txt");
    spit(at, text, 1000);
    run_result r = run_bantin(at, "--max-input-size=1000", "-", NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "yyyy");
    run_free(&r);
    const char *past = tmp_path("past.txt");
    spit(past, text, 1001);
    r = run_bantin(past, "--max-input-size=1000", "-", NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "bantin: -: the input is larger than 1000 bytes");
    run_free(&r);
    r = run_bantin(NULL, "--max-input-size=1000", past, NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "past.txt: the input is larger than 1000 bytes");
    run_free(&r);
    r = run_endless_stdin("--max-input-size=1M");
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "bantin: -: the input is larger than 1 MiB");
    run_free(&r);
    r = run_bantin(NULL, "--max-input-size=1T", past, NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
}

/* A member of the EPUB at path, NUL-terminated, malloc'd; NULL when absent. */
static char *epub_member(const char *path, const char *name)
{
    size_t size;
    char *data = slurp(path, &size);
    assert_non_null(data);
    char *text = zip_member(data, size, name);
    free(data);
    return text;
}

/* --css for HTML and EPUB at once: linked beside a page, inside one on
 * stdout, packaged in an EPUB; one that cannot be read fails. */
static void test_css(void **state)
{
    (void)state;
    const char *css = td("css/house.css");
    char *want = slurp(css, NULL);
    const char *page = tmp_path("css.html");
    run_result r = run_bantin(NULL, "--css", css, "-o", page, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    char *html = slurp(page, NULL);
    char link[600];
    snprintf(link, sizeof(link), "<link rel=\"stylesheet\" href=\"%s\"/>", css);
    assert_contains(html, link);
    free(html);
    r = run_bantin(NULL, "-t", "html", "--css", css, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, want);
    assert_not_contains(r.out, "<link");
    run_free(&r);
    const char *book = tmp_path("css.epub");
    char arg[600];
    snprintf(arg, sizeof(arg), "--css=%s", tmp_path("missing.css"));
    r = run_bantin(NULL, "-q", arg, "-o", book, td("article.txt"), NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "cannot read the stylesheet");
    assert_contains(r.err, "missing.css");
    assert_false(exists(book));
    run_free(&r);
    snprintf(arg, sizeof(arg), "--css=%s", css);
    r = run_bantin(NULL, arg, "-o", book, td("article.txt"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    char *packaged = epub_member(book, "EPUB/css/house1.css");
    assert_non_null(packaged);
    assert_string_equal(packaged, want);
    free(packaged);
    free(want);
}

/* --fragment writes the <article> alone; --standalone, after it, a page again. */
static void test_fragment(void **state)
{
    (void)state;
    run_result r =
        run_bantin(NULL, "-t", "html", "--fragment", td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    assert_true(!strncmp(r.out, "<article>\n", 10));
    assert_not_contains(r.out, "<!DOCTYPE");
    assert_not_contains(r.out, "<style");
    /* images embedded, as on stdout they are */
    assert_contains(r.out, "<img src=\"data:image/jpeg;base64,");
    run_free(&r);
    r = run_bantin(NULL, "-t", "html", "--fragment", "--standalone", td("hanoimoi-2017-10-09.html"),
                   NULL);
    assert_int_equal(r.status, 0);
    assert_true(!strncmp(r.out, "<!DOCTYPE html>\n", 16));
    run_free(&r);
}

/* --epub-title-page: titlepage.xhtml, first in the spine. */
static void test_epub_title_page(void **state)
{
    (void)state;
    const char *book = tmp_path("title-page.epub");
    run_result r =
        run_bantin(NULL, "--epub-title-page", "-o", book, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    char *page = epub_member(book, "EPUB/titlepage.xhtml");
    assert_non_null(page);
    assert_contains(page, "epub:type=\"titlepage\"");
    assert_contains(page, "<p class=\"authors\">Hương Ly</p>");
    assert_contains(page, ">06:51 Thứ Hai ngày 09/10/2017</time>");
    free(page);
    char *opf = epub_member(book, "EPUB/package.opf");
    assert_contains(opf, "<spine toc=\"ncx\">\n    <itemref idref=\"titlepage\"/>");
    free(opf);
}

/* --missing-image on a page whose first picture is missing (its second, a
 * data: URI, is not): placeholder, drop and fail change only that figure;
 * --strict still sees the picture lost when the caption stays. */
static void test_missing_image(void **state)
{
    (void)state;
    const char *page = td("html/missing-image.html");
    const char *caption = "Những gian hàng đầu tiên trong buổi sáng mở cửa";
    const char *book = tmp_path("missing.epub");
    run_result r = run_bantin(NULL, "-q", "--missing-image=placeholder", "-o", book, page, NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    char *opf = epub_member(book, "EPUB/package.opf");
    char *xhtml = epub_member(book, "EPUB/article.xhtml");
    assert_non_null(opf);
    assert_non_null(xhtml);
    assert_contains(opf, "media-type=\"image/svg+xml\"");
    assert_contains(xhtml, ".svg\"");
    assert_contains(xhtml, caption);
    assert_int_equal(occurrences(xhtml, "<img"), 2);
    /* the page is Vietnamese: so is the placeholder */
    char *svg = epub_member(book, "EPUB/images/image2.svg");
    assert_non_null(svg);
    assert_contains(svg, "Ảnh không tải được");
    free(svg);
    free(opf);
    free(xhtml);

    r = run_bantin(NULL, "-q", "--missing-image=drop", "-o", book, page, NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    xhtml = epub_member(book, "EPUB/article.xhtml");
    assert_not_contains(xhtml, caption);
    assert_not_contains(xhtml, "Gian hàng hoa");
    assert_int_equal(occurrences(xhtml, "<figure"), 1);
    assert_contains(xhtml, "Sơ đồ các dãy hàng mới");
    assert_contains(xhtml, "Ban quản lý chợ");
    free(xhtml);
    /* dropping is a loss too: the caption is named */
    r = run_bantin(NULL, "--missing-image=drop", "-t", "text", page, NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.err, "warning: caption dropped with its missing image");
    assert_not_contains(r.out, "gian hàng đầu tiên");
    run_free(&r);

    const char *out = tmp_path("missing-fail.epub");
    r = run_bantin(NULL, "--missing-image=fail", "-o", out, page, NULL);
    assert_int_equal(r.status, 1);
    assert_one_line_error(&r, "image not found: anh-cho-hoa-khong-co.jpg (--missing-image=fail)");
    assert_false(exists(out));
    run_free(&r);

    /* the default keeps the caption and says the picture is lost */
    r = run_bantin(NULL, "-t", "text", page, NULL);
    assert_int_equal(r.status, 0);
    assert_contains(r.out, "gian hàng đầu tiên");
    assert_contains(r.err, "warning: image not found: anh-cho-hoa-khong-co.jpg");
    run_free(&r);
    r = run_bantin(NULL, "--strict", "-o", out, page, NULL);
    assert_int_equal(r.status, 3);
    assert_contains(r.err, "--strict: content lost: image not found");
    run_free(&r);
    r = run_bantin(NULL, "--strict", "--missing-image=placeholder", "-o", out, page, NULL);
    assert_int_equal(r.status, 3);
    assert_contains(r.err, "--strict: content lost: image not found");
    run_free(&r);

    r = run_bantin(NULL, "--missing-image=hide", page, NULL);
    assert_int_equal(r.status, 2);
    assert_one_line_error(&r, "--missing-image wants 'keep', 'placeholder', 'drop' or 'fail'");
    run_free(&r);
    r = run_bantin(NULL, "--help", NULL);
    assert_contains(r.out, "--missing-image=MODE");
    run_free(&r);
}

/* libzip (and libcrypto with it) is loaded by a conversion that reads or
 * writes a zip, and ICU's i18n library by one that needs it (a charset to
 * guess, a date to write in words), not by every run: the dynamic loader's
 * log (glibc's LD_DEBUG) shows which libraries a run initialized. */
static void test_libraries_loaded_when_needed(void **state)
{
    (void)state;
    char epub[512];
    snprintf(epub, sizeof(epub), "%s/loaded.epub", tmpdir());
    /* a page in Latin-1 that does not say so: its charset is guessed */
    char latin1[512];
    snprintf(latin1, sizeof(latin1), "%s/undeclared.html", tmpdir());
    static const char page[] = "<html><body><p>Le pr\xE9sident de la R\xE9publique a d\xE9"
                               "clar\xE9 mercredi que la r\xE9"
                               "forme des retraites serait pr\xE9sent\xE9"
                               "e \xE0 l'\xE9t\xE9.</p></body></html>";
    spit(latin1, page, sizeof(page) - 1);
    setenv("LD_DEBUG", "libs", 1);
    run_result text = run_bantin(NULL, "-t", "text", td("html/bold-sapo.html"), "-o", "-", NULL);
    run_result zip = run_bantin(NULL, "-t", "epub", td("html/bold-sapo.html"), "-o", epub, NULL);
    run_result guess = run_bantin(NULL, "-t", "text", latin1, "-o", "-", NULL);
    unsetenv("LD_DEBUG");
    int logged = strstr(text.err, "calling init") != NULL;
    if (logged) {
        assert_int_equal(text.status, 0);
        assert_int_equal(zip.status, 0);
        assert_int_equal(guess.status, 0);
        assert_null(strstr(text.err, "libzip"));
        assert_null(strstr(text.err, "libicui18n"));
        assert_contains(zip.err, "libzip");
        assert_contains(guess.err, "libicui18n");
        assert_contains(guess.out, "Le président de la République");
    }
    run_free(&text);
    run_free(&zip);
    run_free(&guess);
    if (!logged)
        skip(); /* a C library without LD_DEBUG */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_help_version_list),
        cmocka_unit_test(test_usage_errors),
        cmocka_unit_test(test_format_options),
        cmocka_unit_test(test_metadata_overrides),
        cmocka_unit_test(test_mistyped_option),
        cmocka_unit_test(test_paper),
        cmocka_unit_test(test_binary_to_terminal),
        cmocka_unit_test(test_unreadable_and_empty),
        cmocka_unit_test(test_output_safety),
        cmocka_unit_test(test_unknown_input_format),
        cmocka_unit_test(test_output_modes),
        cmocka_unit_test(test_long_output_names),
        cmocka_unit_test(test_max_input_size),
        cmocka_unit_test(test_css),
        cmocka_unit_test(test_fragment),
        cmocka_unit_test(test_epub_title_page),
        cmocka_unit_test(test_missing_image),
        cmocka_unit_test(test_libraries_loaded_when_needed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
