/* Reading and writing documents through formats, in memory and in files. */
#include <errno.h>
#include <fcntl.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "document.h"
#include "error.h"
#include "language.h"
#include "limit.h"
#include "missing.h"
#include "options.h"
#include "registry.h"
#include "tempfile.h"
#include "xml.h"

/* libxml2 wants its global tables set up once, before threads use it. */
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_libraries(void) { xmlInitParser(); }

void bt_library_init(void) { pthread_once(&init_once, init_libraries); }

/* The input size limit of opt (NULL: the default): never above BT_MAX_INPUT_BYTES. */
static size_t max_input(const bt_options *opt)
{
    bt_options whole;
    bt_options_adopt(opt, &whole);
    size_t max = whole.max_input_bytes;
    return max && max < BT_MAX_INPUT_BYTES ? max : BT_MAX_INPUT_BYTES;
}

static bt_status too_large(bt_error *err, size_t max)
{
    if (max % (1u << 20) == 0)
        return bt_error_set(err, BT_ERR_LIMIT, "the input is larger than %zu MiB", max >> 20);
    return bt_error_set(err, BT_ERR_LIMIT, "the input is larger than %zu bytes", max);
}

/* The time limit's check: one of a few coarse points of a conversion, so that a
 * conversion past its deadline stops there and publishes nothing. */
static bt_status check_deadline(const bt_options *opt, bt_error *err)
{
    if (!opt || opt->deadline <= 0)
        return BT_OK;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if (ts.tv_sec + ts.tv_nsec / 1e9 <= opt->deadline)
        return BT_OK;
    return bt_error_set(err, BT_ERR_TIMEOUT, "took longer than its time limit");
}

/* What a format's read or write returns, seen from its events: BT_WARN when
 * one since the first-th reported a loss.  A format that says BT_WARN without
 * an event gets one, so that a loss is never silent. */
static bt_status graded(const bt_format *fmt, bt_status s, bt_error *err, size_t first)
{
    if (s == BT_FAILED)
        return s;
    if (s == BT_WARN && !bt_error_lost_since(err, first))
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_OTHER, 0,
                       "the %s format reported a loss without saying what", fmt->name);
    return bt_error_lost_since(err, first) ? BT_WARN : BT_OK;
}

bt_status bt_read(const bt_registry *reg, const bt_format *fmt, const bt_input *in,
                  const bt_options *caller, bt_document **out, bt_error *err)
{
    bt_options whole, *opt = &whole;
    bt_options_adopt(caller, &whole);
    *out = NULL;
    bt_library_init();
    if (in->size == 0)
        return bt_error_set(err, BT_ERR_FORMAT, "the input is empty");
    if (in->size > max_input(opt))
        return too_large(err, max_input(opt));
    if (!fmt) {
        fmt = bt_format_probe(reg, in->data, in->size);
        if (!fmt)
            return bt_error_set(err, BT_ERR_FORMAT,
                                "cannot tell the input's format (use -f FORMAT)");
    }
    if (!fmt->read)
        return bt_error_set(err, BT_ERR_UNSUPPORTED, "bantin cannot read %s", fmt->name);
    if (bt_options_check_format(fmt, opt, err) != BT_OK)
        return BT_FAILED;
    if ((unsigned)opt->missing_image > BT_MISSING_FAIL)
        return bt_error_set(err, BT_ERR_USAGE, "unknown missing_image value %d",
                            (int)opt->missing_image);
    bt_document *doc = bt_document_new();
    if (!doc)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    bt_xml_handlers saved;
    bt_xml_quiet(&saved);
    size_t first = bt_error_event_count(err);
    bt_status s = graded(fmt, fmt->read(doc, in, opt, err), err, first);
    bt_xml_restore(&saved);
    if (s == BT_FAILED) {
        bt_error_set(err, BT_ERR_FORMAT, "cannot read the input as %s", fmt->name);
        bt_document_free(doc);
        return BT_FAILED;
    }
    if (check_deadline(opt, err) != BT_OK) {
        bt_document_free(doc);
        return BT_FAILED;
    }
    /* before the language is told: a dropped caption's words do not count */
    bt_status m = bt_missing_images(doc, opt->missing_image, err);
    if (m == BT_FAILED) {
        /* the failure names the image: its warnings would say it twice */
        bt_error_forget(err, first, BT_LOSS_IMAGE);
        bt_document_free(doc);
        return BT_FAILED;
    }
    if (m == BT_WARN)
        s = BT_WARN;
    /* a document that declares no language (or "und", undetermined): tell
     * Vietnamese from its letters, whatever format it came in, so outputs
     * carry lang="vi" */
    const char *declared = bt_document_meta(doc, BT_META_LANGUAGE);
    if (!declared || !strcmp(declared, "und")) {
        const char *text = bt_node_text(doc, bt_document_body(doc));
        const char *lang = text ? bt_detect_language(text, strlen(text)) : NULL;
        if (lang)
            bt_document_set_meta(doc, BT_META_LANGUAGE, lang);
    }
    *out = doc;
    return s;
}

/* The whole stream, then the read; path (may be NULL) locates resources. */
static bt_status read_from(const bt_registry *reg, const bt_format *fmt, FILE *f,
                           const char *path, const bt_options *opt, bt_document **doc,
                           bt_error *err)
{
    bt_buf b = BT_BUF_INIT;
    char chunk[65536];
    size_t n, max = max_input(opt);
    /* stopped as soon as it passes the limit: a pipe may never end */
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        bt_buf_put(&b, chunk, n);
        if (b.len > max) {
            bt_buf_free(&b);
            return too_large(err, max);
        }
    }
    if (ferror(f)) {
        int saved = errno;
        bt_buf_free(&b);
        return bt_error_set(err, BT_ERR_IO, "%s", strerror(saved));
    }
    if (b.failed) {
        bt_buf_free(&b);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    bt_input in = {(const unsigned char *)b.data, b.len, path};
    bt_status s = bt_read(reg, fmt, &in, opt, doc, err);
    bt_buf_free(&b);
    return s;
}

bt_status bt_read_file(const bt_registry *reg, const bt_format *fmt, const char *path,
                       const bt_options *opt, bt_document **doc, bt_error *err)
{
    *doc = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return bt_error_set(err, BT_ERR_IO, "%s", strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        return bt_error_set(err, BT_ERR_IO, "is a directory");
    }
    /* refused before a byte is read */
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max_input(opt)) {
        fclose(f);
        return too_large(err, max_input(opt));
    }
    if (!fmt)
        fmt = bt_format_by_path(reg, path);
    bt_status s = read_from(reg, fmt, f, path, opt, doc, err);
    fclose(f);
    return s;
}

bt_status bt_read_stream(const bt_registry *reg, const bt_format *fmt, FILE *stream,
                         const bt_options *opt, bt_document **doc, bt_error *err)
{
    *doc = NULL;
    return read_from(reg, fmt, stream, NULL, opt, doc, err);
}

bt_status bt_write(const bt_format *fmt, const bt_document *doc, const bt_output *out,
                   const bt_options *caller, bt_error *err)
{
    bt_options whole, *opt = &whole;
    bt_options_adopt(caller, &whole);
    if (!fmt->write)
        return bt_error_set(err, BT_ERR_UNSUPPORTED, "bantin cannot write %s", fmt->name);
    bt_library_init();
    if (bt_options_check_format(fmt, opt, err) != BT_OK || check_deadline(opt, err) != BT_OK)
        return BT_FAILED;
    bt_xml_handlers saved;
    bt_xml_quiet(&saved);
    size_t first = bt_error_event_count(err);
    bt_status s = graded(fmt, fmt->write(doc, out, opt, err), err, first);
    bt_xml_restore(&saved);
    if (s == BT_FAILED) /* a writer that failed without saying why */
        bt_error_set(err, BT_ERR_FORMAT, "the %s writer failed", fmt->name);
    return s != BT_FAILED && check_deadline(opt, err) != BT_OK ? BT_FAILED : s;
}

static int write_buf(void *user, const void *data, size_t len)
{
    bt_buf *b = user;
    bt_buf_put(b, data, len);
    return b->failed ? -1 : 0;
}

bt_status bt_write_memory(const bt_format *fmt, const bt_document *doc, const bt_options *opt,
                          unsigned char **data, size_t *size, bt_error *err)
{
    bt_buf b = BT_BUF_INIT;
    bt_output out = {write_buf, &b, NULL};
    bt_status s = bt_write(fmt, doc, &out, opt, err);
    if (s != BT_FAILED && b.failed)
        s = bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (s == BT_FAILED) {
        bt_buf_free(&b);
        *data = NULL;
        *size = 0;
        return s;
    }
    *size = b.len;
    *data = (unsigned char *)(b.data ? b.data : calloc(1, 1));
    return *data ? s : bt_error_set(err, BT_ERR_NOMEM, "out of memory");
}

static int write_stream(void *user, const void *data, size_t len)
{
    return fwrite(data, 1, len, user) == len ? 0 : -1;
}

bt_status bt_write_stream(const bt_format *fmt, const bt_document *doc, FILE *stream,
                          const bt_options *opt, bt_error *err)
{
    bt_output out = {write_stream, stream, NULL};
    bt_status s = bt_write(fmt, doc, &out, opt, err);
    if (s != BT_FAILED && fflush(stream) != 0)
        s = bt_error_set(err, BT_ERR_IO, "cannot write output: %s", strerror(errno));
    return s;
}

bt_status bt_convert_file(const bt_registry *reg, const bt_format *from, const bt_format *to,
                          const char *input, const char *output, const bt_options *opt,
                          bt_error *err)
{
    if (!to && !(to = bt_format_by_path(reg, output)))
        return bt_error_set(err, BT_ERR_USAGE, "cannot tell the output format of '%s'", output);
    struct stat a, b;
    if (stat(input, &a) == 0 && stat(output, &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino)
        return bt_error_set(err, BT_ERR_USAGE, "the output would overwrite the input");
    bt_document *doc;
    bt_status r = bt_read_file(reg, from, input, opt, &doc, err);
    if (r == BT_FAILED)
        return r;
    bt_status w = bt_write_file(to, doc, output, opt, err);
    bt_document_free(doc);
    return w == BT_OK ? r : w;
}

static int write_fd(void *user, const void *data, size_t len)
{
    int fd = *(int *)user;
    const char *p = data;
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Write straight into a character device or a FIFO (-o /dev/null, a pipe):
 * there is no file to replace, and renaming over one would replace the device
 * itself (as root, /dev/null). */
static bt_status write_device(const bt_format *fmt, const bt_document *doc, const char *path,
                              const bt_options *opt, bt_error *err)
{
    int fd = open(path, O_WRONLY | O_NOFOLLOW);
    if (fd < 0)
        return bt_error_set(err, BT_ERR_IO, "cannot open output: %s", strerror(errno));
    bt_output out = {write_fd, &fd, path};
    bt_status s = bt_write(fmt, doc, &out, opt, err);
    if (close(fd) != 0 && s != BT_FAILED)
        s = bt_error_set(err, BT_ERR_IO, "cannot write output: %s", strerror(errno));
    return s;
}

bt_status bt_write_file(const bt_format *fmt, const bt_document *doc, const char *path,
                        const bt_options *opt, bt_error *err)
{
    struct stat target;
    int exists = lstat(path, &target) == 0;
    if (exists) {
        if (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode))
            return write_device(fmt, doc, path, opt, err);
        if (S_ISLNK(target.st_mode))
            return bt_error_set(err, BT_ERR_IO, "the output is a symbolic link; not replaced");
        if (!S_ISREG(target.st_mode))
            return bt_error_set(err, BT_ERR_IO, "the output is not a regular file; not replaced");
    }
    /* a temporary file in the target's directory, so rename is atomic; a new
     * output gets 0666 less the umask, an existing one keeps its mode */
    bt_temp tmp;
    if (bt_temp_create(&tmp, path) != 0)
        return bt_error_set(err, BT_ERR_IO, "cannot create output: %s", strerror(errno));
    if (exists && fchmod(tmp.fd, target.st_mode & 07777) != 0) {
        bt_temp_discard(&tmp);
        return bt_error_set(err, BT_ERR_IO, "cannot create output: %s", strerror(errno));
    }
    bt_output out = {write_fd, &tmp.fd, path};
    bt_status s = bt_write(fmt, doc, &out, opt, err);
    /* No fsync: the rename is what keeps a failed or killed conversion from leaving
     * partial output, the promise made.  Forcing each file to the disk guards only
     * against power loss, at 40% of a batch's time; a caller who needs that can sync. */
    if (s != BT_FAILED && bt_temp_publish(&tmp, path, 1) != 0)
        s = bt_error_set(err, BT_ERR_IO, "cannot write output: %s", strerror(errno));
    bt_temp_discard(&tmp);
    return s;
}
