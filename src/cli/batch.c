/* One conversion, and many in worker threads with a progress line. */
#include "batch.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t stderr_lock = PTHREAD_MUTEX_INITIALIZER;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void fail(job_result *r, int status, const char *file, const char *msg)
{
    r->status = status;
    r->error_file = file;
    snprintf(r->error, sizeof(r->error), "%s", msg);
}

static void print_messages(const job_config *cfg, const char *file, const bt_error *err)
{
    if (cfg->quiet)
        return;
    pthread_mutex_lock(&stderr_lock);
    for (size_t i = 0; i < bt_error_warning_count(err); i++)
        fprintf(stderr, "bantin: %s: warning: %s\n", file, bt_error_warning(err, i));
    pthread_mutex_unlock(&stderr_lock);
}

static int write_stdout(const bt_format *to, bt_document *doc, const bt_options *opt,
                        bt_error *err, unsigned char **data, size_t *size)
{
    /* the whole output first, so a failure prints nothing partial */
    if (bt_write_memory(to, doc, opt, data, size, err) == BT_FAILED)
        return -1;
    return fwrite(*data, 1, *size, stdout) != *size || fflush(stdout) != 0 ? -1 : 0;
}

/* Read the output back with its own format, to count what was written. */
static void measure_output(const job_config *cfg, const char *output, const unsigned char *data,
                           size_t size, job_result *r)
{
    if (!cfg->to->read)
        return;
    bt_document *doc = NULL;
    bt_error *err = bt_error_new();
    bt_status s;
    if (output) {
        s = bt_read_file(cfg->reg, cfg->to, output, cfg->opt, &doc, err);
    } else {
        bt_input in = {data, size, NULL};
        s = bt_read(cfg->reg, cfg->to, &in, cfg->opt, &doc, err);
    }
    if (s != BT_FAILED) {
        bt_document_count(doc, &r->written);
        r->have_written = 1;
    }
    bt_document_free(doc);
    bt_error_free(err);
}

/* What a loss check finds: bytes the input lost in decoding, and kinds read
 * that the output does not hold. */
static int describe_loss(const job_config *cfg, const job_result *r, char *msg, size_t len)
{
    const struct {
        size_t read, written;
        const char *what;
    } kinds[] = {
        {r->read.headings, r->written.headings, "headings"},
        {r->read.captions, r->written.captions, "captions"},
        {cfg->to->flags & BT_FORMAT_NO_IMAGES ? 0 : r->read.images, r->written.images, "images"},
    };
    size_t at = 0;
    msg[0] = '\0';
    /* bytes the reader could not decode are text lost, whatever was written */
    if (r->replaced)
        at += (size_t)snprintf(msg, len, "%zu invalid UTF-8 sequence%s replaced by U+FFFD",
                               r->replaced, r->replaced > 1 ? "s" : "");
    for (size_t i = 0; r->have_written && i < sizeof(kinds) / sizeof(kinds[0]) && at < len; i++)
        if (kinds[i].written < kinds[i].read)
            at += (size_t)snprintf(msg + at, len - at, "%s%zu of %zu %s", at ? ", " : "",
                                   kinds[i].read - kinds[i].written, kinds[i].read,
                                   kinds[i].what);
    return at > 0;
}

static int compare_ids(const void *a, const void *b)
{
    const file_id *x = a, *y = b;
    if (x->dev != y->dev)
        return x->dev < y->dev ? -1 : 1;
    return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* Whether output is one of the batch's inputs (by its name, a link or
 * another name for it): converting would replace that input. */
static int overwrites_input(const job_config *cfg, const char *output)
{
    struct stat st;
    if (!cfg->ninputs || stat(output, &st) != 0)
        return 0;
    file_id id = {st.st_dev, st.st_ino};
    return bsearch(&id, cfg->inputs, cfg->ninputs, sizeof(id), compare_ids) != NULL;
}

/* A failure's line; past the time limit it is about the input. */
static void fail_with(job_result *r, const job_config *cfg, const char *file, const bt_error *err)
{
    char msg[64];
    if (bt_error_code_of(err) == BT_ERR_TIMEOUT) {
        snprintf(msg, sizeof(msg), "took longer than %d s", cfg->timeout);
        fail(r, EXIT_CONVERSION, r->input, msg);
    } else {
        fail(r, EXIT_CONVERSION, file, bt_error_message(err));
    }
}

void convert_one(const job_config *cfg, const char *input, const char *output, job_result *r)
{
    double start = now_ms();
    memset(r, 0, sizeof(*r));
    r->input = input;
    r->output = output ? strdup(output) : NULL;
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    unsigned char *data = NULL;
    size_t size = 0;
    bt_status s;
    bt_options opt = *cfg->opt;
    if (cfg->timeout)
        opt.deadline = start / 1e3 + cfg->timeout;

    if (output && overwrites_input(cfg, output)) {
        fail(r, EXIT_CONVERSION, output, "the output would overwrite an input; not converted");
        goto done;
    }
    if (!strcmp(input, "-"))
        s = bt_read_stream(cfg->reg, cfg->from, stdin, &opt, &doc, err);
    else
        s = bt_read_file(cfg->reg, cfg->from, input, &opt, &doc, err);
    print_messages(cfg, input, err);
    if (s == BT_FAILED) {
        fail_with(r, cfg, input, err);
        goto done;
    }
    bt_document_count(doc, &r->read);
    r->have_read = 1;
    r->replaced = bt_document_replaced(doc);
    if (bt_document_charset(doc))
        snprintf(r->charset, sizeof(r->charset), "%s", bt_document_charset(doc));
    if (bt_document_extraction(doc))
        snprintf(r->extraction, sizeof(r->extraction), "%s", bt_document_extraction(doc));

    bt_error_clear(err);
    const char *where = output ? output : "-";
    if (output)
        s = bt_write_file(cfg->to, doc, output, &opt, err);
    else
        s = write_stdout(cfg->to, doc, &opt, err, &data, &size) == 0 ? BT_OK : BT_FAILED;
    print_messages(cfg, where, err);
    if (s == BT_FAILED && bt_error_code_of(err) == BT_ERR_NONE) {
        fail(r, EXIT_CONVERSION, where, strerror(errno));
        goto done;
    }
    if (s == BT_FAILED) {
        fail_with(r, cfg, where, err);
        goto done;
    }
    if (cfg->measure || cfg->strict)
        measure_output(cfg, output, data, size, r);
    char loss[400];
    if (cfg->strict && describe_loss(cfg, r, loss, sizeof(loss))) {
        char msg[500];
        snprintf(msg, sizeof(msg), "--strict: the output lost %s", loss);
        fail(r, EXIT_LOSS, where, msg);
        if (output)
            unlink(output);
    }
done:
    free(data);
    if (r->status != EXIT_OK) {
        pthread_mutex_lock(&stderr_lock);
        fprintf(stderr, "bantin: %s: %s\n", r->error_file, r->error);
        pthread_mutex_unlock(&stderr_lock);
    }
    bt_document_free(doc);
    bt_error_free(err);
    r->ms = now_ms() - start;
}

/* ---- many inputs ---- */

typedef struct {
    const job_config *cfg;
    char **inputs;
    char **outputs;
    size_t n;
    atomic_size_t next;
    size_t done, failed;
    int worst;
    FILE *report;
    int progress;
    double start, last_draw;
    pthread_mutex_t lock;
} batch;

static void draw_progress(batch *b, int final)
{
    double now = now_ms();
    if (!final && now - b->last_draw < 100)
        return;
    b->last_draw = now;
    double secs = (now - b->start) / 1e3;
    double rate = secs > 0 ? b->done / secs : 0;
    double eta = rate > 0 ? (b->n - b->done) / rate : 0;
    fprintf(stderr, "\r[%zu/%zu] %.1f files/s, %zu failed, ETA %dm%02ds%s", b->done, b->n, rate,
            b->failed, (int)eta / 60, (int)eta % 60, final ? "\n" : "  ");
}

static void *worker(void *arg)
{
    batch *b = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&b->next, 1);
        if (i >= b->n)
            return NULL;
        job_result r;
        convert_one(b->cfg, b->inputs[i], b->outputs[i], &r);
        pthread_mutex_lock(&b->lock);
        b->done++;
        if (r.status != EXIT_OK) {
            b->failed++;
            /* a failure outranks a loss */
            if (b->worst != EXIT_CONVERSION)
                b->worst = r.status;
        }
        if (b->report)
            write_report_line(b->report, &r);
        if (b->progress) {
            pthread_mutex_lock(&stderr_lock);
            draw_progress(b, 0);
            pthread_mutex_unlock(&stderr_lock);
        }
        pthread_mutex_unlock(&b->lock);
        free(r.output);
    }
}

/* The output names taken so far: an open-addressing set, since a batch may
 * hold a hundred thousand inputs. */
typedef struct {
    const char **slot;
    size_t cap;
} name_set;

static size_t hash_name(const char *s)
{
    size_t h = 14695981039346656037u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* Add name unless present; returns 0 when it was already taken. */
static int name_set_add(name_set *set, const char *name)
{
    size_t i = hash_name(name) & (set->cap - 1);
    for (; set->slot[i]; i = (i + 1) & (set->cap - 1))
        if (!strcmp(set->slot[i], name))
            return 0;
    set->slot[i] = name;
    return 1;
}

/* OUTDIR/<stem>.<ext>, made unique within the batch (two index.html in
 * different folders must not overwrite each other). */
static char *output_name(const char *outdir, const char *input, const char *ext, name_set *taken)
{
    const char *slash = strrchr(input, '/');
    const char *base = slash ? slash + 1 : input;
    const char *dot = strrchr(base, '.');
    int stem = dot && dot != base ? (int)(dot - base) : (int)strlen(base);
    size_t len = strlen(outdir) + strlen(base) + strlen(ext) + 32;
    char *name = malloc(len);
    for (int k = 1; name; k++) {
        if (k == 1)
            snprintf(name, len, "%s/%.*s.%s", outdir, stem, base, ext);
        else
            snprintf(name, len, "%s/%.*s-%d.%s", outdir, stem, base, k, ext);
        if (name_set_add(taken, name))
            break;
    }
    return name;
}

/* The inputs' file ids, sorted; malloc'd.  An input that cannot be
 * stat'ed fails on its own when read. */
static file_id *input_ids(char **inputs, size_t n, size_t *count)
{
    file_id *ids = malloc((n ? n : 1) * sizeof(*ids));
    struct stat st;
    *count = 0;
    for (size_t i = 0; ids && i < n; i++)
        if (stat(inputs[i], &st) == 0)
            ids[(*count)++] = (file_id){st.st_dev, st.st_ino};
    if (ids)
        qsort(ids, *count, sizeof(*ids), compare_ids);
    return ids;
}

int run_batch(const job_config *config, char **inputs, size_t n, const char *outdir, int threads,
              FILE *report)
{
    struct stat st;
    if (stat(outdir, &st) != 0 && mkdir(outdir, 0777) != 0) {
        fprintf(stderr, "bantin: %s: cannot create the output directory: %s\n", outdir,
                strerror(errno));
        return EXIT_CONVERSION;
    }
    job_config with_inputs = *config;
    const job_config *cfg = &with_inputs;
    file_id *ids = input_ids(inputs, n, &with_inputs.ninputs);
    with_inputs.inputs = ids;
    batch b = {0};
    b.cfg = cfg;
    b.inputs = inputs;
    b.n = n;
    b.report = report;
    b.progress = !cfg->quiet && n > 3 && isatty(STDERR_FILENO);
    b.start = now_ms();
    pthread_mutex_init(&b.lock, NULL);
    b.outputs = calloc(n ? n : 1, sizeof(char *));
    if (!b.outputs || !ids) {
        free(b.outputs);
        free(ids);
        fprintf(stderr, "bantin: out of memory\n");
        return EXIT_CONVERSION;
    }
    const char *ext = cfg->to->extensions ? cfg->to->extensions : cfg->to->name;
    char extbuf[16];
    snprintf(extbuf, sizeof(extbuf), "%.*s", (int)strcspn(ext, " "), ext);
    name_set taken = {NULL, 16};
    while (taken.cap < 2 * n)
        taken.cap *= 2;
    taken.slot = calloc(taken.cap, sizeof(*taken.slot));
    for (size_t i = 0; i < n; i++)
        if (!taken.slot || !(b.outputs[i] = output_name(outdir, inputs[i], extbuf, &taken))) {
            fprintf(stderr, "bantin: out of memory\n");
            exit(EXIT_CONVERSION);
        }
    free(taken.slot);
    if (threads < 1)
        threads = 1;
    if ((size_t)threads > n)
        threads = n ? (int)n : 1;
    pthread_t *tid = malloc((size_t)threads * sizeof(*tid));
    int started = 0;
    for (; tid && started < threads; started++)
        if (pthread_create(&tid[started], NULL, worker, &b) != 0)
            break;
    if (started == 0)
        worker(&b);
    for (int i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    if (b.progress)
        draw_progress(&b, 1);
    for (size_t i = 0; i < n; i++)
        free(b.outputs[i]);
    free(b.outputs);
    free(ids);
    free(tid);
    pthread_mutex_destroy(&b.lock);
    return b.failed ? b.worst : EXIT_OK;
}
