/* The bantin command: options, one conversion, exit codes.
 * It uses only the public API, as any program linking libbantin would. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bantin.h"

enum { EXIT_CONVERSION = 1, EXIT_USAGE = 2 };

static const char usage_text[] =
    "Usage: bantin [-f FROM] [-t TO] [-o OUTPUT] [INPUT|-]\n"
    "Convert a news article between HTML, plain text, EPUB and ODT.\n"
    "\n"
    "  -f, --from=FORMAT        input format (default: from the extension, else probed)\n"
    "  -t, --to=FORMAT          output format (default: from OUTPUT's extension, else text)\n"
    "  -o, --output=FILE        output file (default: stdout)\n"
    "      --whole-page         HTML: keep the whole page, no article extraction\n"
    "      --resource-path=DIR  look up relative images in DIR (default: beside INPUT)\n"
    "      --input-encoding=CS  read the input in charset CS\n"
    "      --columns=N          text: wrap at N columns (default 72)\n"
    "      --wrap=auto|none     text: wrap paragraphs or keep each on one line\n"
    "      --extract-media=DIR  HTML: write images into DIR (default: OUTPUT-STEM_files)\n"
    "      --embed-media        HTML: embed images as data: URIs (default on stdout)\n"
    "      --epub-cover=IMAGE   EPUB: cover image file, or 'first' for the first figure\n"
    "      --list-formats       list the formats and exit\n"
    "  -h, --help               show this help and exit\n"
    "  -V, --version            show the version and exit\n"
    "\n"
    "Exit status: 0 success, 1 the conversion failed, 2 usage error.\n"
    "Formats: bantin --list-formats.\n";

enum {
    OPT_WHOLE_PAGE = 256,
    OPT_RESOURCE_PATH,
    OPT_INPUT_ENCODING,
    OPT_COLUMNS,
    OPT_WRAP,
    OPT_EXTRACT_MEDIA,
    OPT_EMBED_MEDIA,
    OPT_EPUB_COVER,
    OPT_LIST_FORMATS,
};

static const struct option long_options[] = {
    {"from", required_argument, NULL, 'f'},
    {"to", required_argument, NULL, 't'},
    {"output", required_argument, NULL, 'o'},
    {"whole-page", no_argument, NULL, OPT_WHOLE_PAGE},
    {"resource-path", required_argument, NULL, OPT_RESOURCE_PATH},
    {"input-encoding", required_argument, NULL, OPT_INPUT_ENCODING},
    {"columns", required_argument, NULL, OPT_COLUMNS},
    {"wrap", required_argument, NULL, OPT_WRAP},
    {"extract-media", required_argument, NULL, OPT_EXTRACT_MEDIA},
    {"embed-media", no_argument, NULL, OPT_EMBED_MEDIA},
    {"epub-cover", required_argument, NULL, OPT_EPUB_COVER},
    {"list-formats", no_argument, NULL, OPT_LIST_FORMATS},
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

static void list_formats(const bt_registry *reg)
{
    printf("%-8s %-5s %-22s %s\n", "FORMAT", "MODE", "EXTENSIONS", "DESCRIPTION");
    for (size_t i = 0; i < bt_registry_count(reg); i++) {
        const bt_format *f = bt_registry_at(reg, i);
        char mode[3] = {f->read ? 'r' : '-', f->write ? 'w' : '-', '\0'};
        printf("%-8s %-5s %-22s %s\n", f->name, mode, f->extensions ? f->extensions : "",
               f->description ? f->description : "");
    }
}

/* One line per failure: "bantin: FILE: message". */
static void report(const char *file, const bt_error *err)
{
    for (size_t i = 0; i < bt_error_warning_count(err); i++)
        fprintf(stderr, "bantin: %s: warning: %s\n", file, bt_error_warning(err, i));
    if (bt_error_code_of(err) != BT_ERR_NONE)
        fprintf(stderr, "bantin: %s: %s\n", file, bt_error_message(err));
}

static int read_stdin(unsigned char **data, size_t *size)
{
    size_t cap = 65536, len = 0;
    unsigned char *buf = malloc(cap);
    if (!buf)
        return -1;
    for (;;) {
        if (len == cap) {
            unsigned char *b = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                return -1;
            }
            buf = b;
            cap *= 2;
        }
        size_t n = fread(buf + len, 1, cap - len, stdin);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(stdin)) {
        free(buf);
        return -1;
    }
    *data = buf;
    *size = len;
    return 0;
}

static int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static int write_stdout(const bt_format *to, bt_document *doc, const bt_options *opt,
                        bt_error *err)
{
    unsigned char *data;
    size_t size;
    /* the whole output first, so a failure prints nothing partial */
    if (bt_write_memory(to, doc, opt, &data, &size, err) == BT_FAILED)
        return -1;
    int failed = fwrite(data, 1, size, stdout) != size || fflush(stdout) != 0;
    free(data);
    return failed ? -1 : 0;
}

int main(int argc, char **argv)
{
    const char *from = NULL, *to = NULL, *output = NULL;
    bt_options opt;
    bt_options_init(&opt);
    int list = 0, c;
    char *end;

    while ((c = getopt_long(argc, argv, "f:t:o:hV", long_options, NULL)) != -1) {
        switch (c) {
        case 'f': from = optarg; break;
        case 't': to = optarg; break;
        case 'o': output = optarg; break;
        case OPT_WHOLE_PAGE: opt.whole_page = 1; break;
        case OPT_RESOURCE_PATH: opt.resource_path = optarg; break;
        case OPT_INPUT_ENCODING: opt.input_encoding = optarg; break;
        case OPT_COLUMNS: {
            long n = strtol(optarg, &end, 10);
            if (*end || n < 8 || n > 10000)
                return usage_error("--columns wants a number from 8 to 10000, not '%s'", optarg);
            opt.columns = (int)n;
            break;
        }
        case OPT_WRAP:
            if (!strcmp(optarg, "none"))
                opt.wrap = BT_WRAP_NONE;
            else if (!strcmp(optarg, "auto"))
                opt.wrap = BT_WRAP_AUTO;
            else
                return usage_error("--wrap wants 'auto' or 'none', not '%s'", optarg);
            break;
        case OPT_EXTRACT_MEDIA: opt.extract_media = optarg; break;
        case OPT_EMBED_MEDIA: opt.embed_media = 1; break;
        case OPT_EPUB_COVER: opt.epub_cover = optarg; break;
        case OPT_LIST_FORMATS: list = 1; break;
        case 'h': fputs(usage_text, stdout); return 0;
        case 'V': printf("bantin %s\n", BT_VERSION_STRING); return 0;
        default: return usage_error("%s", "invalid option");
        }
    }

    bt_registry *reg = bt_registry_new();
    if (!reg) {
        fprintf(stderr, "bantin: out of memory\n");
        return EXIT_CONVERSION;
    }
    int status = EXIT_USAGE;
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    const bt_format *in_fmt = NULL, *out_fmt = NULL;
    const char *input = optind < argc ? argv[optind] : "-";

    if (list) {
        list_formats(reg);
        status = 0;
        goto done;
    }
    if (argc - optind > 1) {
        usage_error("one INPUT at a time, not %s more", argv[optind + 1]);
        goto done;
    }
    if (from && !(in_fmt = bt_format_by_name(reg, from))) {
        usage_error("unknown input format '%s' (see --list-formats)", from);
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
    if (in_fmt && !in_fmt->read) {
        usage_error("bantin cannot read %s", in_fmt->name);
        goto done;
    }
    if (!out_fmt->write) {
        usage_error("bantin cannot write %s", out_fmt->name);
        goto done;
    }
    if (output && !strcmp(output, "-"))
        output = NULL;
    if (output && strcmp(input, "-") && same_file(input, output)) {
        fprintf(stderr, "bantin: %s: the output would overwrite the input\n", output);
        goto done;
    }
    if (!output && !opt.extract_media)
        opt.embed_media = 1;

    status = EXIT_CONVERSION;
    bt_status s;
    if (!strcmp(input, "-")) {
        unsigned char *data;
        size_t size;
        if (read_stdin(&data, &size) != 0) {
            fprintf(stderr, "bantin: -: cannot read standard input\n");
            goto done;
        }
        bt_input in = {data, size, NULL};
        s = bt_read(reg, in_fmt, &in, &opt, &doc, err);
        free(data);
    } else {
        s = bt_read_file(reg, in_fmt, input, &opt, &doc, err);
    }
    report(input, err);
    if (s == BT_FAILED)
        goto done;
    bt_error_clear(err);
    if (output)
        s = bt_write_file(out_fmt, doc, output, &opt, err);
    else
        s = write_stdout(out_fmt, doc, &opt, err) == 0 ? BT_OK : BT_FAILED;
    if (s == BT_FAILED && bt_error_code_of(err) == BT_ERR_NONE)
        fprintf(stderr, "bantin: %s: cannot write output: %s\n", output ? output : "-",
                strerror(errno));
    report(output ? output : "-", err);
    if (s != BT_FAILED)
        status = 0;
done:
    bt_document_free(doc);
    bt_error_free(err);
    bt_registry_free(reg);
    return status;
}
