/* The bantin command: options, one conversion or a batch, exit codes.
 * It uses only the public API, as any program linking libbantin would. */
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bantin.h"
#include "batch.h"

static const char usage_text[] =
    "Usage: bantin [-f FROM] [-t TO] [-o OUTPUT] [INPUT|-]\n"
    "       bantin -t TO -d OUTDIR [-j N] [--files-from=FILE [-0]] [INPUT...]\n"
    "Convert news articles between HTML, plain text, EPUB and ODT.\n"
    "\n"
    "  -f, --from=FORMAT        input format (default: from the extension, else probed)\n"
    "  -t, --to=FORMAT          output format (default: from OUTPUT's extension, else text)\n"
    "  -o, --output=FILE        output file (default: stdout)\n"
    "      --whole-page         HTML: keep the whole page, no article extraction\n"
    "      --resource-path=DIRS also look up relative images in DIRS (':'-separated)\n"
    "      --allow-any-path     read images from anywhere, not only INPUT's folder and DIRS\n"
    "      --missing-image=MODE an image that cannot be loaded: keep (its caption, with\n"
    "                           a warning; the default), placeholder (a grey 'Image not\n"
    "                           available' picture), drop (the figure and caption go),\n"
    "                           fail (the conversion fails)\n"
    "      --input-encoding=CS  read the input in charset CS\n"
    "      --columns=N          text: wrap at N columns (default 72)\n"
    "      --wrap=auto|none     text: wrap paragraphs or keep each on one line\n"
    "      --extract-media=DIR  HTML: write images into DIR (default: OUTPUT-STEM_files)\n"
    "      --embed-media        HTML: embed images as data: URIs (default on stdout)\n"
    "      --epub-cover=IMAGE   EPUB: cover image file, or 'first' for the first figure\n"
    "      --epub-title-page    EPUB: a title page first: title, authors, date, publisher\n"
    "      --css=FILE           HTML, EPUB: your stylesheet after bantin's (repeatable);\n"
    "                           HTML links it, or embeds it when the images are embedded\n"
    "      --fragment           HTML: the <article> alone, no <html>, <head> or <style>\n"
    "      --standalone         HTML: a whole page (the default; undoes --fragment)\n"
    "      --paper=a4|letter    ODT, FODT: the page size (default: the locale's, LC_PAPER)\n"
    "      --reference-odt=FILE ODT, FODT: take styles, page, fonts, header and footer from\n"
    "                           FILE (an ODT or FODT)\n"
    "  -O, --option=FMT:NAME[=VALUE]  an option of a format by name (html:whole-page,\n"
    "                           text:columns=60); --list-formats lists them\n"
    "  -M, --metadata=KEY=VALUE set metadata over what the input says: title, subtitle,\n"
    "                           author (repeatable), date (ISO 8601), language (BCP 47),\n"
    "                           section, keywords (comma-separated), publisher, rights,\n"
    "                           identifier, description\n"
    "      --title=T, --author=A, --date=D, --language=L  the same, shorter\n"
    "  -d, --output-dir=DIR     batch: convert each INPUT to DIR/<stem>.<ext>\n"
    "      --keep-tree          batch: DIR/<folders below the inputs' common one>/<stem>.<ext>\n"
    "      --rename             batch: an output name taken already gets -2, -3... (else\n"
    "                           the second input with that name fails)\n"
    "      --progress           batch: show the progress line even when not on a terminal\n"
    "      --files-from=FILE    batch: read input paths from FILE (- for stdin), one a line\n"
    "  -0, --null               batch: paths in --files-from end with NUL, not newline\n"
    "  -j, --jobs=N             batch: N conversions at once (default: the number of cores)\n"
    "      --timeout=SECONDS    fail a conversion that takes longer (the others go on)\n"
    "      --max-input-size=N   refuse inputs larger than N bytes (K, M, G: KiB...;\n"
    "                           default and most 512M), standard input as it is read\n"
    "      --report=FILE        write one JSON line per input (status, time, counts)\n"
    "      --strict             fail (exit 3) when content is lost: text (bytes not valid\n"
    "                           in their charset), a heading, image, caption, table,\n"
    "                           list, footnote or object (not inline markup or metadata)\n"
    "  -q, --quiet              no warnings and no progress on stderr\n"
    "      --plugin=LIB.so      load formats from a plugin (bantin_plugin_init)\n"
    "      --list-formats       list the formats and exit\n"
    "  -h, --help               show this help and exit\n"
    "  -V, --version            show the version and exit\n"
    "\n"
    "Exit status: 0 success, 1 a conversion failed, 2 usage error,\n"
    "3 --strict found a loss (and nothing failed), 130/143 SIGINT/SIGTERM.\n"
    "Formats: bantin --list-formats.\n";

enum {
    OPT_WHOLE_PAGE = 256,
    OPT_RESOURCE_PATH,
    OPT_ALLOW_ANY_PATH,
    OPT_MISSING_IMAGE,
    OPT_INPUT_ENCODING,
    OPT_COLUMNS,
    OPT_WRAP,
    OPT_EXTRACT_MEDIA,
    OPT_EMBED_MEDIA,
    OPT_EPUB_COVER,
    OPT_EPUB_TITLE_PAGE,
    OPT_CSS,
    OPT_FRAGMENT,
    OPT_STANDALONE,
    OPT_REFERENCE_ODT,
    OPT_PAPER,
    OPT_LIST_FORMATS,
    OPT_FILES_FROM,
    OPT_REPORT,
    OPT_STRICT,
    OPT_PLUGIN,
    OPT_TIMEOUT,
    OPT_MAX_INPUT_SIZE,
    OPT_KEEP_TREE,
    OPT_RENAME,
    OPT_PROGRESS,
    OPT_TITLE,
    OPT_AUTHOR,
    OPT_DATE,
    OPT_LANGUAGE,
};

/* A growing list of strings: input paths, format options. */
typedef struct {
    char **v;
    size_t n, cap;
} path_list;

static const struct option long_options[] = {
    {"from", required_argument, NULL, 'f'},
    {"to", required_argument, NULL, 't'},
    {"output", required_argument, NULL, 'o'},
    {"whole-page", no_argument, NULL, OPT_WHOLE_PAGE},
    {"resource-path", required_argument, NULL, OPT_RESOURCE_PATH},
    {"allow-any-path", no_argument, NULL, OPT_ALLOW_ANY_PATH},
    {"missing-image", required_argument, NULL, OPT_MISSING_IMAGE},
    {"input-encoding", required_argument, NULL, OPT_INPUT_ENCODING},
    {"columns", required_argument, NULL, OPT_COLUMNS},
    {"wrap", required_argument, NULL, OPT_WRAP},
    {"extract-media", required_argument, NULL, OPT_EXTRACT_MEDIA},
    {"embed-media", no_argument, NULL, OPT_EMBED_MEDIA},
    {"epub-cover", required_argument, NULL, OPT_EPUB_COVER},
    {"epub-title-page", no_argument, NULL, OPT_EPUB_TITLE_PAGE},
    {"css", required_argument, NULL, OPT_CSS},
    {"fragment", no_argument, NULL, OPT_FRAGMENT},
    {"standalone", no_argument, NULL, OPT_STANDALONE},
    {"reference-odt", required_argument, NULL, OPT_REFERENCE_ODT},
    {"paper", required_argument, NULL, OPT_PAPER},
    {"option", required_argument, NULL, 'O'},
    {"metadata", required_argument, NULL, 'M'},
    {"title", required_argument, NULL, OPT_TITLE},
    {"author", required_argument, NULL, OPT_AUTHOR},
    {"date", required_argument, NULL, OPT_DATE},
    {"language", required_argument, NULL, OPT_LANGUAGE},
    {"keep-tree", no_argument, NULL, OPT_KEEP_TREE},
    {"rename", no_argument, NULL, OPT_RENAME},
    {"progress", no_argument, NULL, OPT_PROGRESS},
    {"list-formats", no_argument, NULL, OPT_LIST_FORMATS},
    {"output-dir", required_argument, NULL, 'd'},
    {"files-from", required_argument, NULL, OPT_FILES_FROM},
    {"null", no_argument, NULL, '0'},
    {"jobs", required_argument, NULL, 'j'},
    {"report", required_argument, NULL, OPT_REPORT},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"plugin", required_argument, NULL, OPT_PLUGIN},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"max-input-size", required_argument, NULL, OPT_MAX_INPUT_SIZE},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "bantin: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'bantin --help' for more information.\n");
    return EXIT_USAGE;
}

/* Edit distance of a[0..la) and b, for "did you mean"; option names are short.
 * The library measures format options' names the same way (src/options.c);
 * the command keeps its own, as it uses nothing but the public API. */
static size_t distance(const char *a, size_t la, const char *b)
{
    size_t lb = strlen(b), row[64];
    if (la >= 63 || lb >= 63)
        return SIZE_MAX;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* What getopt refused, in one line, with the nearest long option. */
static int unknown_option(const char *arg)
{
    if (strncmp(arg, "--", 2)) {
        if (optopt > 0 && optopt < 128 && strchr("ftodjOM", optopt))
            fprintf(stderr, "bantin: option '-%c' wants a value\n", optopt);
        else
            fprintf(stderr, "bantin: unknown option '-%c'\n",
                    optopt > 0 && optopt < 128 ? optopt : '?');
    } else {
        const char *name = arg + 2;
        size_t len = strcspn(name, "="), best = len / 2 + 1;
        const char *near = NULL;
        for (const struct option *o = long_options; o->name; o++) {
            size_t d = distance(name, len, o->name);
            if (d < best) {
                best = d;
                near = o->name;
            }
        }
        if (near && best == 0) /* a known option given a value it takes none of, or missing one */
            fprintf(stderr, "bantin: option '--%s' %s\n", near,
                    name[len] ? "takes no value" : "wants a value");
        else if (near)
            fprintf(stderr, "bantin: unknown option '--%.*s' (did you mean --%s?)\n", (int)len,
                    name, near);
        else
            fprintf(stderr, "bantin: unknown option '--%.*s'\n", (int)len, name);
    }
    fprintf(stderr, "Try 'bantin --help' for more information.\n");
    return EXIT_USAGE;
}

static void list_formats(const bt_registry *reg)
{
    printf("%-8s %-5s %-22s %s\n", "FORMAT", "MODE", "EXTENSIONS", "DESCRIPTION");
    for (size_t i = 0; i < bt_registry_count(reg); i++) {
        const bt_format *f = bt_registry_at(reg, i);
        char mode[3] = {f->read ? 'r' : '-', f->write ? 'w' : '-', '\0'};
        printf("%-8s %-5s %-22s %s\n", f->name, mode, f->extensions ? f->extensions : "",
               f->description ? f->description : "");
        for (const bt_format_option *o = f->options; o && o->name; o++) {
            char name[64];
            snprintf(name, sizeof(name), "%s:%s%s%s", f->name, o->name, o->value ? "=" : "",
                     o->value ? o->value : "");
            printf("  -O %-30s %s\n", name, o->description ? o->description : "");
        }
    }
}

/* Add a copy of p[0..len); the list stays NULL-terminated, as
 * bt_options.format_options wants. */
static int path_add(path_list *l, const char *p, size_t len)
{
    if (l->n + 1 >= l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **v = realloc(l->v, cap * sizeof(*v));
        if (!v)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    if (!(l->v[l->n] = strndup(p, len)))
        return -1;
    l->v[++l->n] = NULL;
    return 0;
}

/* 2017-10-09, 2017-10-09T06:51, with seconds, fraction, Z or +07:00. */
static int iso_date(const char *s)
{
    int y, mo, d, n = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10 || mo < 1 || mo > 12 || d < 1 ||
        d > 31)
        return 0;
    s += n;
    if (!*s)
        return 1;
    int h, mi;
    if (sscanf(s, "T%2d:%2d%n", &h, &mi, &n) != 2 || n != 6 || h > 23 || mi > 59)
        return 0;
    s += n;
    if (*s == ':' && isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]))
        s += 3;
    if (*s == '.')
        for (s++; isdigit((unsigned char)*s); s++)
            ;
    if (*s == 'Z')
        return !s[1];
    if (*s == '+' || *s == '-')
        return isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]) && s[3] == ':' &&
               isdigit((unsigned char)s[4]) && isdigit((unsigned char)s[5]) && !s[6];
    return !*s;
}

/* Letters, digits and hyphens, starting with two or three letters: "vi", "en-GB". */
static int language_tag(const char *s)
{
    size_t letters = 0;
    while (isalpha((unsigned char)s[letters]))
        letters++;
    if (letters < 2 || letters > 3)
        return 0;
    for (s += letters; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-')
            return 0;
    return s[-1] != '-';
}

/* "key=value" checked and added to l as "key=value" with the key's canonical
 * name; a usage message in why when it is not one bantin knows. */
static int metadata_add(path_list *l, const char *key, size_t key_len, const char *value, char *why,
                        size_t cap)
{
    static const struct {
        const char *name;
        bt_meta_key key;
    } keys[] = {
        {"title", BT_META_TITLE},
        {"subtitle", BT_META_SUBTITLE},
        {"author", BT_META_AUTHOR},
        {"date", BT_META_DATE},
        {"language", BT_META_LANGUAGE},
        {"lang", BT_META_LANGUAGE},
        {"section", BT_META_SECTION},
        {"keywords", BT_META_KEYWORD},
        {"keyword", BT_META_KEYWORD},
        {"publisher", BT_META_PUBLISHER},
        {"rights", BT_META_RIGHTS},
        {"identifier", BT_META_IDENTIFIER},
        {"description", BT_META_DESCRIPTION},
    };
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        if (strlen(keys[i].name) != key_len || strncasecmp(keys[i].name, key, key_len))
            continue;
        if (keys[i].key == BT_META_DATE && !iso_date(value)) {
            snprintf(why, cap,
                     "the date wants ISO 8601 (2017-10-09 or 2017-10-09T06:51+07:00), "
                     "not '%.100s'",
                     value);
            return 1;
        }
        if (keys[i].key == BT_META_LANGUAGE && !language_tag(value)) {
            snprintf(why, cap, "the language wants a BCP 47 tag (vi, en-GB), not '%.100s'", value);
            return 1;
        }
        char *s;
        int len = asprintf(&s, "%s=%s", bt_meta_key_name(keys[i].key), value);
        if (len < 0)
            return -1;
        int rc = path_add(l, s, (size_t)len);
        free(s);
        return rc;
    }
    snprintf(why, cap,
             "unknown metadata key '%.*s' (title, subtitle, author, date, language, "
             "section, keywords, publisher, rights, identifier, description)",
             (int)key_len, key);
    return 1;
}

/* A format option "fmt:name" or "fmt:name=value" added to l. */
static int option_add(path_list *l, const char *fmt, const char *name, const char *value)
{
    char *s;
    int len = asprintf(&s, "%s:%s%s%s", fmt, name, value ? "=" : "", value ? value : "");
    if (len < 0)
        return -1;
    int rc = path_add(l, s, (size_t)len);
    free(s);
    return rc;
}

static void path_list_free(path_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

/* --files-from: one path a line, or NUL-separated with -0; empty entries skipped. */
static int read_list(path_list *l, const char *file, int nul)
{
    FILE *f = strcmp(file, "-") ? fopen(file, "r") : stdin;
    if (!f)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (rc == 0 && (n = getdelim(&line, &cap, nul ? '\0' : '\n', f)) > 0) {
        if (n && line[n - 1] == (nul ? '\0' : '\n'))
            n--;
        if (!nul && n && line[n - 1] == '\r')
            n--;
        if (n)
            rc = path_add(l, line, (size_t)n);
    }
    if (ferror(f))
        rc = -1;
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

/* A plugin is a shared object exporting bantin_plugin_abi and
 * bantin_plugin_init (see bantin.h): its formats then work as the built-in
 * ones do.  It stays loaded to the end. */
static int load_plugin(bt_registry *reg, const char *path)
{
    void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "bantin: %s: cannot load plugin: %s\n", path, dlerror());
        return -1;
    }
    const int *abi = dlsym(lib, "bantin_plugin_abi");
    if (!abi) {
        fprintf(stderr, "bantin: %s: not a bantin plugin (no bantin_plugin_abi)\n", path);
        return -1;
    }
    if (*abi != BT_PLUGIN_ABI) {
        fprintf(stderr, "bantin: %s: plugin built for plugin ABI %d, this bantin has %d\n", path,
                *abi, BT_PLUGIN_ABI);
        return -1;
    }
    bt_plugin_init_fn init;
    *(void **)&init = dlsym(lib, "bantin_plugin_init");
    if (!init || init(reg) == BT_FAILED) {
        fprintf(stderr, "bantin: %s: not a bantin plugin (no working bantin_plugin_init)\n", path);
        return -1;
    }
    return 0;
}

/* The paper of the locale (LC_ALL, LC_PAPER, LANG, as setlocale reads them):
 * letter in the countries that use it, else a4. */
static const char *locale_paper(void)
{
    static const char *const letter[] = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR",
                                         "GT", "CR", "PA", "SV", "NI", "DO", "BZ", NULL};
    const char *names[] = {"LC_ALL", "LC_PAPER", "LANG"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = getenv(names[i]);
        if (!v || !*v)
            continue;
        const char *under = strchr(v, '_');
        for (size_t k = 0; under && letter[k]; k++)
            if (!strncmp(under + 1, letter[k], 2) && !isalpha((unsigned char)under[3]))
                return "letter";
        return "a4";
    }
    return "a4";
}

static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static int parse_int(const char *arg, int lo, int hi, int *out)
{
    char *end;
    long n = strtol(arg, &end, 10);
    if (!*arg || *end || n < lo || n > hi)
        return -1;
    *out = (int)n;
    return 0;
}

/* The modes of --missing-image, in the order of bt_missing_image. */
static int parse_missing_image(const char *arg, bt_missing_image *out)
{
    static const char *const modes[] = {"keep", "placeholder", "drop", "fail"};
    for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
        if (!strcmp(arg, modes[i])) {
            *out = (bt_missing_image)i;
            return 0;
        }
    return -1;
}

/* "4096", "64K", "2M", "1G": bytes, from 1 to the library's own limit. */
static int parse_size(const char *arg, size_t *out)
{
    char *end;
    const unsigned long long max = 512ull << 20;
    unsigned long long n = strtoull(arg, &end, 10);
    const char *units = "KMG";
    const char *u = *end ? strchr(units, *end) : NULL;
    int shift = u && !end[1] ? 10 * (int)(u - units + 1) : 0;
    if (!*arg || *arg == '-' || (*end && !shift) || n == 0 || n > max >> shift)
        return -1;
    *out = (size_t)(n << shift);
    return 0;
}

/* SIGINT and SIGTERM are taken by one thread that waits for them, so what
 * they do runs outside any signal handler: the report keeps whole lines,
 * the temporary files go, and bantin exits 130 or 143. */
static void *await_signal(void *report)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    int sig;
    while (sigwait(&set, &sig) != 0)
        ;
    report_stop(report);
    bt_temporaries_remove();
    _exit(128 + sig);
}

static int catch_signals(FILE *report)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_t t;
    if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0 ||
        pthread_create(&t, NULL, await_signal, report) != 0)
        return -1;
    return pthread_detach(t);
}

/* Outputs are renamed into place without an fsync each (a batch would spend
 * most of its time waiting on the disk); one syncfs before exit makes them
 * all durable before bantin reports success. */
static int sync_outputs(const char *path, int is_dir)
{
    char dir[4096] = ".";
    const char *slash = strrchr(path, '/');
    if (is_dir)
        snprintf(dir, sizeof(dir), "%s", path);
    else if (slash)
        snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path) + 1, path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0 || syncfs(fd) != 0) {
        fprintf(stderr, "bantin: %s: cannot flush the output to disk: %s\n", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    close(fd);
    return 0;
}

/* zlib's deflate state is ~450 KB for each zip entry written.  By default glibc maps and
 * unmaps it (or trims it off the heap) every time, and the kernel zero-fills those pages
 * anew: in a batch of EPUBs that was two thirds of the CPU time.  Keep freed memory for
 * reuse instead; the peak stays what the largest conversion needs. */
static void keep_freed_memory(void)
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

int main(int argc, char **argv)
{
    const char *from = NULL, *to = NULL, *output = NULL, *outdir = NULL;
    const char *files_from = NULL, *report_path = NULL;
    path_list plugins = {0}, fopts = {0}, meta = {0};
    char why[300];
    bt_options opt;
    bt_options_init(&opt);
    job_config cfg = {0};
    int list = 0, nul = 0, c;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = cores > 0 ? (int)cores : 1;
    keep_freed_memory();

    int columns, embed = 0, extract = 0, added = 0, fragment = 0;
    const char *paper = NULL;
    opterr = 0; /* bantin says what is wrong itself, in one line */
    while ((c = getopt_long(argc, argv, "f:t:o:d:j:0qhVO:M:", long_options, NULL)) != -1) {
        switch (c) {
        case 'f': from = optarg; break;
        case 't': to = optarg; break;
        case 'o': output = optarg; break;
        case 'd': outdir = optarg; break;
        case 'j':
            if (parse_int(optarg, 1, 1024, &jobs))
                return usage_error("--jobs wants a number from 1 to 1024, not '%s'", optarg);
            break;
        case '0': nul = 1; break;
        case 'q': cfg.quiet = 1; break;
        case OPT_FILES_FROM: files_from = optarg; break;
        case OPT_REPORT: report_path = optarg; break;
        case OPT_STRICT: cfg.strict = 1; break;
        case OPT_TIMEOUT:
            if (parse_int(optarg, 1, 1000000, &cfg.timeout))
                return usage_error("--timeout wants seconds from 1 to 1000000, not '%s'", optarg);
            break;
        case OPT_MAX_INPUT_SIZE:
            if (parse_size(optarg, &opt.max_input_bytes))
                return usage_error("--max-input-size wants a size from 1 to 512M, not '%s'",
                                   optarg);
            break;
        case OPT_PLUGIN:
            if (path_add(&plugins, optarg, strlen(optarg)) != 0)
                return EXIT_CONVERSION;
            break;
        case OPT_WHOLE_PAGE: added = option_add(&fopts, "html", "whole-page", NULL); break;
        case OPT_RESOURCE_PATH: opt.resource_path = optarg; break;
        case OPT_ALLOW_ANY_PATH: opt.allow_any_path = 1; break;
        case OPT_MISSING_IMAGE:
            if (parse_missing_image(optarg, &opt.missing_image))
                return usage_error(
                    "--missing-image wants 'keep', 'placeholder', 'drop' or 'fail', not '%s'",
                    optarg);
            break;
        case OPT_INPUT_ENCODING: opt.input_encoding = optarg; break;
        case OPT_COLUMNS:
            if (parse_int(optarg, 8, 10000, &columns))
                return usage_error("--columns wants a number from 8 to 10000, not '%s'", optarg);
            added = option_add(&fopts, "text", "columns", optarg);
            break;
        case OPT_WRAP:
            if (strcmp(optarg, "none") && strcmp(optarg, "auto"))
                return usage_error("--wrap wants 'auto' or 'none', not '%s'", optarg);
            added = option_add(&fopts, "text", "wrap", optarg);
            break;
        case OPT_EXTRACT_MEDIA:
            extract = 1;
            added = option_add(&fopts, "html", "extract-media", optarg);
            break;
        case OPT_EMBED_MEDIA:
            embed = 1;
            added = option_add(&fopts, "html", "embed-media", NULL);
            break;
        case OPT_EPUB_COVER: added = option_add(&fopts, "epub", "cover", optarg); break;
        case OPT_EPUB_TITLE_PAGE: added = option_add(&fopts, "epub", "title-page", NULL); break;
        case OPT_CSS:
            added = option_add(&fopts, "html", "css", optarg);
            if (!added)
                added = option_add(&fopts, "epub", "css", optarg);
            break;
        case OPT_FRAGMENT: fragment = 1; break;
        case OPT_STANDALONE: fragment = 0; break;
        case OPT_PAPER:
            if (strcasecmp(optarg, "a4") && strcasecmp(optarg, "letter"))
                return usage_error("--paper wants a4 or letter, not '%s'", optarg);
            paper = optarg;
            break;
        case OPT_REFERENCE_ODT:
            added = option_add(&fopts, "odt", "reference", optarg);
            if (!added)
                added = option_add(&fopts, "fodt", "reference", optarg);
            break;
        case 'O': added = path_add(&fopts, optarg, strlen(optarg)); break;
        case 'M': {
            const char *eq = strchr(optarg, '=');
            if (!eq)
                return usage_error("-M wants KEY=VALUE, not '%s'", optarg);
            added = metadata_add(&meta, optarg, (size_t)(eq - optarg), eq + 1, why, sizeof(why));
            break;
        }
        case OPT_TITLE: added = metadata_add(&meta, "title", 5, optarg, why, sizeof(why)); break;
        case OPT_AUTHOR: added = metadata_add(&meta, "author", 6, optarg, why, sizeof(why)); break;
        case OPT_DATE: added = metadata_add(&meta, "date", 4, optarg, why, sizeof(why)); break;
        case OPT_LANGUAGE:
            added = metadata_add(&meta, "language", 8, optarg, why, sizeof(why));
            break;
        case OPT_KEEP_TREE: cfg.keep_tree = 1; break;
        case OPT_RENAME: cfg.rename = 1; break;
        case OPT_PROGRESS: cfg.progress = 1; break;
        case OPT_LIST_FORMATS: list = 1; break;
        case 'h': fputs(usage_text, stdout); return EXIT_OK;
        case 'V': printf("bantin %s\n", bt_version()); return EXIT_OK;
        default: return unknown_option(argv[optind - 1]);
        }
        if (added > 0)
            return usage_error("%s", why);
        if (added < 0) {
            fprintf(stderr, "bantin: out of memory\n");
            return EXIT_CONVERSION;
        }
    }

    bt_registry *reg = bt_registry_new();
    if (!reg) {
        fprintf(stderr, "bantin: out of memory\n");
        return EXIT_CONVERSION;
    }
    int status = EXIT_USAGE;
    path_list inputs = {0};
    FILE *report = NULL;
    const bt_format *out_fmt = NULL;
    cfg.reg = reg;
    cfg.opt = &opt;
    cfg.meta = (const char *const *)meta.v;
    cfg.nmeta = meta.n;
    for (size_t i = 0; i < plugins.n; i++)
        if (load_plugin(reg, plugins.v[i]) != 0)
            goto done;

    if (list) {
        list_formats(reg);
        status = EXIT_OK;
        goto done;
    }
    /* the last of --fragment and --standalone wins */
    if (fragment && option_add(&fopts, "html", "fragment", NULL) != 0)
        goto oom;
    /* ODT's page: as asked, else the locale's paper (letter in the Americas) */
    if (!paper)
        paper = locale_paper();
    if (option_add(&fopts, "odt", "paper", paper) != 0 ||
        option_add(&fopts, "fodt", "paper", paper) != 0)
        goto oom;
    /* on stdout, images go inside the page: there is no file to put them beside */
    if (!outdir && (!output || !strcmp(output, "-")) && !extract && !embed &&
        option_add(&fopts, "html", "embed-media", NULL) != 0)
        goto oom;
    if (fopts.n) {
        opt.format_options = (const char *const *)fopts.v;
        bt_error *err = bt_error_new();
        int bad = !err || bt_options_check(reg, &opt, err) != BT_OK;
        if (bad)
            usage_error("%s", err ? bt_error_message(err) : "out of memory");
        bt_error_free(err);
        if (bad)
            goto done;
    }
    if (from && !(cfg.from = bt_format_by_name(reg, from))) {
        usage_error("unknown input format '%s' (see --list-formats)", from);
        goto done;
    }
    if (cfg.from && !cfg.from->read) {
        usage_error("bantin cannot read %s", cfg.from->name);
        goto done;
    }
    if (to)
        out_fmt = bt_format_by_name(reg, to);
    else if (output && strcmp(output, "-"))
        out_fmt = bt_format_by_path(reg, output);
    else
        out_fmt = bt_format_by_name(reg, "text");
    if (!out_fmt) {
        usage_error(to ? "unknown output format '%s' (see --list-formats)"
                       : "cannot tell the output format of '%s' (use -t FORMAT)",
                    to ? to : output);
        goto done;
    }
    if (!out_fmt->write) {
        usage_error("bantin cannot write %s", out_fmt->name);
        goto done;
    }
    cfg.to = out_fmt;
    if ((out_fmt->flags & BT_FORMAT_BINARY) && !outdir && (!output || !strcmp(output, "-")) &&
        isatty(STDOUT_FILENO)) {
        usage_error("%s is binary: not written to a terminal (use -o FILE, or > FILE)",
                    out_fmt->name);
        goto done;
    }
    for (int i = optind; i < argc; i++)
        if (path_add(&inputs, argv[i], strlen(argv[i])) != 0)
            goto oom;
    if (files_from && read_list(&inputs, files_from, nul) != 0) {
        fprintf(stderr, "bantin: %s: cannot read the list of inputs: %s\n", files_from,
                strerror(errno));
        status = EXIT_CONVERSION;
        goto done;
    }
    /* "-": the report on standard output, when the conversions write files */
    int report_stdout = report_path && !strcmp(report_path, "-");
    if (report_stdout && !outdir && (!output || !strcmp(output, "-"))) {
        usage_error("%s", "--report=- wants the output in a file (-o FILE or -d DIR): standard "
                          "output carries the conversion");
        goto done;
    }
    if (report_stdout)
        report = stdout;
    else if (report_path && !(report = fopen(report_path, "w"))) {
        fprintf(stderr, "bantin: %s: cannot write the report: %s\n", report_path, strerror(errno));
        status = EXIT_CONVERSION;
        goto done;
    }
    if (catch_signals(report) != 0) {
        fprintf(stderr, "bantin: cannot set up signal handling\n");
        status = EXIT_CONVERSION;
        goto done;
    }

    if (outdir) {
        if (output) {
            usage_error("%s", "-o and -d do not go together: -d names each output itself");
            goto done;
        }
        if (!inputs.n) {
            usage_error("%s", "-d wants inputs (arguments or --files-from)");
            goto done;
        }
        status = run_batch(&cfg, inputs.v, inputs.n, outdir, jobs, report);
        if (sync_outputs(outdir, 1) != 0 && status == EXIT_OK)
            status = EXIT_CONVERSION;
        goto done;
    }
    if (inputs.n > 1) {
        usage_error("one INPUT at a time without -d DIR, not %s more", inputs.v[1]);
        goto done;
    }
    const char *input = inputs.n ? inputs.v[0] : "-";
    if (output && !strcmp(output, "-"))
        output = NULL;
    if (output && strcmp(input, "-") && same_file(input, output)) {
        fprintf(stderr, "bantin: %s: the output would overwrite the input\n", output);
        goto done;
    }
    status = run_one(&cfg, input, output, report);
    if (output && status == EXIT_OK && sync_outputs(output, 0) != 0)
        status = EXIT_CONVERSION;
    goto done;
oom:
    fprintf(stderr, "bantin: out of memory\n");
    status = EXIT_CONVERSION;
done:
    if (report)
        report_stop(report);
    if (report && (report == stdout ? fflush(report) : fclose(report)) != 0) {
        fprintf(stderr, "bantin: %s: cannot write the report\n", report_path);
        status = EXIT_CONVERSION;
    }
    /* An abandoned conversion's thread may still run, and nothing can stop it:
     * exit under it, without freeing what it uses or running the libraries'
     * exit handlers (libxml2's cleanup).  It shows and reports nothing more;
     * its temporary goes here. */
    if (conversions_abandoned()) {
        bt_temporaries_remove();
        fflush(stdout);
        _exit(status);
    }
    path_list_free(&inputs);
    path_list_free(&plugins);
    path_list_free(&fopts);
    path_list_free(&meta);
    bt_registry_free(reg);
    return status;
}
