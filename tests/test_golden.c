/*
 * Golden files for every writer: each case's document written in each format
 * and compared with testdata/golden/<case>/<format>/.
 *
 * An output is a list of files: the members of an EPUB or ODT zip (never the
 * zip bytes, which carry timestamps and compression), the page and its
 * extracted images for HTML, the one file of text and FODT.  listing.txt
 * names them in order; a text file is kept whole beside it, a binary one
 * (an image) only by its size and hash in the listing.  A difference prints
 * as a unified diff.
 *
 * To accept a change, regenerate and review the diff:
 *     BT_REGENERATE_GOLDEN=1 meson test -C build test_golden
 *     git diff testdata/golden
 * The test then writes the files instead of comparing them (a format's
 * folder is emptied first, so a member that went away goes from it too).
 */
#include "util.h"

#include <dirent.h>
#include <ftw.h>
#include <inttypes.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "buf.h"
#include "container.h"
#include "unicode.h"

typedef struct {
    const char *name;
    const char *format;
} golden_case;

/* The cases: the seed article built by hand (no reader involved), the
 * bundled page through the HTML reader, and a hand-written page holding
 * every node type. */
static bt_document *make_doc(const char *name)
{
    if (!strcmp(name, "article"))
        return article_doc(NULL);
    if (!strcmp(name, "hanoimoi"))
        return read_doc(td("hanoimoi-2017-10-09.html"), "html", NULL);
    bt_options opt;
    bt_options_init(&opt);
    opt.resource_path = td("images");
    return read_doc(td("html/all-nodes.html"), "html", &opt);
}

static int regenerating(void)
{
    const char *v = getenv("BT_REGENERATE_GOLDEN");
    return v && !strcmp(v, "1");
}

static void mkdirs(const char *path)
{
    char p[4096];
    snprintf(p, sizeof(p), "%s", path);
    for (char *s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = '\0';
        mkdir(p, 0755);
        *s = '/';
    }
    mkdir(p, 0755);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
    return h;
}

/* Replace what changes without the document changing, each for its reason. */
static void mask(bt_buf *b)
{
    if (!b->len)
        return;
    /* ODF meta:generator names the release: a version bump is no change of output. */
    static const char gen[] = "<meta:generator>bantin/";
    char *g = strstr(b->data, gen);
    char *end = g ? strstr(g, "</meta:generator>") : NULL;
    if (end) {
        bt_buf m = BT_BUF_INIT;
        bt_buf_put(&m, b->data, (size_t)(g - b->data) + sizeof(gen) - 1);
        bt_buf_printf(&m, "VERSION%s", end);
        bt_buf_free(b);
        *b = m;
    }
    /* FODT pictures are base64 inline: a reviewer reads their size and hash,
     * not kilobytes of base64 (the bytes themselves are checked by the ODT
     * reader's round trips). */
    static const char open[] = "<office:binary-data>";
    for (char *s = strstr(b->data, open); s; s = strstr(s + 1, open)) {
        char *data = s + sizeof(open) - 1, *close = strstr(data, "</office:binary-data>");
        if (!close)
            break;
        bt_buf m = BT_BUF_INIT;
        bt_buf_put(&m, b->data, (size_t)(data - b->data));
        bt_buf_printf(&m, "[%zu characters of base64, fnv1a %016" PRIx64 "]",
                      (size_t)(close - data), fnv1a(data, (size_t)(close - data)));
        size_t at = m.len;
        bt_buf_puts(&m, close);
        bt_buf_free(b);
        *b = m;
        s = b->data + at;
    }
}

/* One golden file: written when regenerating, else compared, a difference
 * printed by diff -u.  Returns whether it matched. */
static int check_file(const char *dir, const char *name, const char *data, size_t len)
{
    char golden[4096], actual[4096], cmd[12400];
    snprintf(golden, sizeof(golden), "%s/%s", dir, name);
    if (regenerating()) {
        char *slash = strrchr(golden, '/');
        *slash = '\0';
        mkdirs(golden);
        *slash = '/';
        spit(golden, data, len);
        return 1;
    }
    size_t glen = 0;
    char *want = slurp(golden, &glen);
    int same = want && glen == len && !memcmp(want, data, len);
    free(want);
    if (same)
        return 1;
    snprintf(actual, sizeof(actual), "%s/actual", tmpdir());
    spit(actual, data, len);
    snprintf(cmd, sizeof(cmd), "diff -u --label '%s' --label actual '%s' '%s' 2>&1", golden,
             want ? golden : "/dev/null", actual);
    FILE *p = popen(cmd, "r");
    char line[4096];
    while (p && fgets(line, sizeof(line), p))
        print_message("%s", line);
    if (p)
        pclose(p);
    return 0;
}

/* An XML file as libxml2 indents it: ODF parts are written on one line, and
 * a diff should show the element that changed, not the whole part.  Indents
 * go only between elements that hold no text, so no text changes. */
static void indent_xml(bt_buf *b, const char *name)
{
    xmlDocPtr x = xmlReadMemory(b->data, (int)b->len, name, NULL, XML_PARSE_NONET);
    if (!x)
        fail_msg("%s is not well-formed XML", name);
    xmlChar *text;
    int len;
    xmlDocDumpFormatMemoryEnc(x, &text, &len, "UTF-8", 1);
    bt_buf_truncate(b, 0);
    bt_buf_put(b, text, (size_t)len);
    xmlFree(text);
    xmlFreeDoc(x);
}

/* Add one output file to the listing and check it. */
static int check_output(const char *dir, bt_buf *listing, const char *name, bt_buf *b)
{
    if (b->len &&
        (memchr(b->data, '\0', b->len) || bt_utf8_invalid_at(b->data, b->len) != b->len)) {
        bt_buf_printf(listing, "%s %zu bytes fnv1a %016" PRIx64 "\n", name, b->len,
                      fnv1a(b->data, b->len));
        return 1;
    }
    bt_buf_printf(listing, "%s\n", name);
    if (b->len > 5 && !memcmp(b->data, "<?xml", 5))
        indent_xml(b, name);
    mask(b);
    return check_file(dir, name, b->data, b->len);
}

static int check_zip(const char *dir, bt_buf *listing, const char *data, size_t len)
{
    bt_error *err = bt_error_new();
    bt_zip_reader *z = bt_zip_open((const unsigned char *)data, len, err);
    if (!z)
        fail_msg("%s", bt_error_message(err));
    int ok = 1;
    for (size_t i = 0; i < bt_zip_count(z); i++) {
        bt_buf b = BT_BUF_INIT;
        if (bt_zip_read(z, bt_zip_name(z, i), &b, err) != BT_OK)
            fail_msg("%s", bt_error_message(err));
        ok &= check_output(dir, listing, bt_zip_name(z, i), &b);
        bt_buf_free(&b);
    }
    bt_zip_close(z);
    bt_error_free(err);
    return ok;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The images the HTML writer extracted into <stem>_files, by name. */
static int check_media(const char *dir, bt_buf *listing, const char *out_dir, const char *stem)
{
    char media[8400], path[12600];
    snprintf(media, sizeof(media), "%s/%s_files", out_dir, stem);
    struct dirent **names;
    int n = scandir(media, &names, NULL, NULL), ok = 1;
    char *sorted[64];
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.' && k < 64)
            sorted[k++] = strdup(names[i]->d_name);
        free(names[i]);
    }
    if (n >= 0)
        free(names);
    qsort(sorted, (size_t)k, sizeof(sorted[0]), compare_names);
    for (int i = 0; i < k; i++) {
        snprintf(path, sizeof(path), "%s/%s", media, sorted[i]);
        bt_buf b = BT_BUF_INIT;
        size_t len;
        char *data = slurp(path, &len);
        bt_buf_put(&b, data, len);
        snprintf(path, sizeof(path), "%s_files/%s", stem, sorted[i]);
        ok &= check_output(dir, listing, path, &b);
        bt_buf_free(&b);
        free(data);
        free(sorted[i]);
    }
    return ok;
}

static void golden(void **state)
{
    const golden_case *c = *state;
    const bt_format *f = bt_format_by_name(NULL, c->format);
    assert_non_null(f);
    char ext[16], out_dir[4096], out[8192], dir[4096];
    snprintf(ext, sizeof(ext), "%.*s", (int)strcspn(f->extensions, " "), f->extensions);
    snprintf(out_dir, sizeof(out_dir), "%s/%s-%s", tmpdir(), c->name, c->format);
    mkdirs(out_dir);
    snprintf(out, sizeof(out), "%s/%s.%s", out_dir, c->name, ext);
    snprintf(dir, sizeof(dir), "%s/%s/%s", td("golden"), c->name, c->format);
    if (regenerating())
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);

    bt_document *doc = make_doc(c->name);
    bt_options opt;
    bt_options_init(&opt);
    bt_error *err = bt_error_new();
    if (bt_write_file(f, doc, out, &opt, err) == BT_FAILED)
        fail_msg("%s: %s", out, bt_error_message(err));
    bt_error_free(err);
    bt_document_free(doc);

    size_t len;
    char *data = slurp(out, &len);
    assert_non_null(data);
    bt_buf listing = BT_BUF_INIT;
    int ok;
    if (len > 4 && !memcmp(data, "PK\3\4", 4)) {
        ok = check_zip(dir, &listing, data, len);
    } else {
        bt_buf b = BT_BUF_INIT;
        bt_buf_put(&b, data, len);
        snprintf(out, sizeof(out), "%s.%s", c->name, ext);
        ok = check_output(dir, &listing, out, &b);
        bt_buf_free(&b);
        ok &= check_media(dir, &listing, out_dir, c->name);
    }
    ok &= check_file(dir, "listing.txt", listing.data, listing.len);
    bt_buf_free(&listing);
    free(data);
    if (!ok)
        fail_msg("%s/%s differs from its golden files (diff above); if the change is meant, "
                 "BT_REGENERATE_GOLDEN=1 meson test -C build test_golden",
                 c->name, c->format);
}

/* Every writer of the format table has its goldens: a new writer must bring them. */
static void every_writer(void **state)
{
    (void)state;
    bt_registry *reg = bt_registry_new();
    for (size_t i = 0; i < bt_registry_count(reg); i++) {
        const bt_format *f = bt_registry_at(reg, i);
        char path[256];
        snprintf(path, sizeof(path), "golden/article/%s/listing.txt", f->name);
        if (f->write && access(td(path), R_OK) != 0)
            fail_msg("the %s writer has no golden files (testdata/%s)", f->name, path);
    }
    bt_registry_free(reg);
}

#define GOLDEN(c, f)                                                                               \
    {                                                                                              \
        .name = c "/" f, .test_func = golden, .initial_state = &(golden_case) { c, f }             \
    }
#define GOLDEN_FORMATS(c)                                                                          \
    GOLDEN(c, "html"), GOLDEN(c, "text"), GOLDEN(c, "epub"), GOLDEN(c, "odt"), GOLDEN(c, "fodt")

int main(void)
{
    /* EPUB's dcterms:modified (and the zips' timestamps) are the clock's
     * unless SOURCE_DATE_EPOCH says otherwise: the article's own date. */
    setenv("SOURCE_DATE_EPOCH", "1507506660", 1);
    /* The EPUB identifier needs nothing: it is a hash of the document
     * (formats/epub/ident.c), the same on every run. */
    const struct CMUnitTest tests[] = {
        GOLDEN_FORMATS("article"),
        GOLDEN_FORMATS("hanoimoi"),
        GOLDEN_FORMATS("all-nodes"),
        cmocka_unit_test(every_writer),
    };
    return cmocka_run_group_tests_name("golden", tests, NULL, NULL);
}
