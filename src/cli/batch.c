/* Conversions, one or many, each in its own thread so that a conversion past
 * its time limit can be abandoned whatever it is doing; a progress line. */
#include "batch.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* One conversion, shared by its thread and the dispatcher. */
typedef struct {
    job_config cfg; /* a copy: an abandoned conversion outlives the caller's */
    const char *input, *output;
    double start;    /* now_ms() when it started */
    double deadline; /* CLOCK_MONOTONIC seconds, as bt_options.deadline; 0: none */
    job_result r;    /* the thread's until done */
    pthread_t thread;
    int threaded;  /* thread runs it: joined when done, detached when abandoned */
    int finished;  /* shown_lock: its result is shown, it can no longer be abandoned */
    int abandoned; /* shown_lock and pool.lock: the dispatcher gave up on it */
    int done;      /* pool.lock: its thread no longer touches it */
} job;

/* What conversions show (stderr lines, stdout) and whether one is abandoned,
 * together: an abandoned conversion shows nothing more. */
static pthread_mutex_t shown_lock = PTHREAD_MUTEX_INITIALIZER;
/* shown_lock: the progress line is on the terminal, to be cleared before a message */
static int progress_shown;

/* Before a message on stderr, under shown_lock: no message glued to the progress line. */
static void clear_progress(void)
{
    if (progress_shown)
        fputs("\r\033[K", stderr);
    progress_shown = 0;
}

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

static void print_messages(const job *j, const char *file, const bt_error *err)
{
    if (j->cfg.quiet)
        return;
    pthread_mutex_lock(&shown_lock);
    if (!j->abandoned && bt_error_event_count(err))
        clear_progress();
    for (size_t i = 0; !j->abandoned && i < bt_error_event_count(err); i++)
        fprintf(stderr, "bantin: %s: warning: %s\n", file, bt_error_event_message(err, i));
    pthread_mutex_unlock(&shown_lock);
}

/* The kinds --strict fails on: content a reader sees.  Inline markup and
 * metadata are not, nor what was only changed. */
static int strict_kind(bt_loss_kind kind)
{
    return kind != BT_LOSS_INLINE && kind != BT_LOSS_METADATA && kind != BT_LOSS_ARTICLE;
}

/* A conversion step's events, added up by kind; the messages of those
 * --strict fails on kept for its message. */
static void take_events(job_result *r, const bt_error *err)
{
    for (size_t i = 0; i < bt_error_event_count(err); i++) {
        bt_loss_kind kind = bt_error_event_kind(err, i);
        size_t n = bt_error_event_items(err, i);
        if (bt_error_event_effect(err, i) != BT_EVENT_LOST) {
            r->changed[kind] += n ? n : 1;
            continue;
        }
        r->lost[kind] += n ? n : 1;
        size_t at = strlen(r->loss);
        if (strict_kind(kind) && at + 1 < sizeof(r->loss))
            snprintf(r->loss + at, sizeof(r->loss) - at, "%s%s", at ? "; " : "",
                     bt_error_event_message(err, i));
    }
}

/* The key named in "key=value". */
static bt_meta_key meta_key(const char *entry)
{
    size_t len = strcspn(entry, "=");
    for (int k = 0; k < BT_META_COUNT_; k++)
        if (strlen(bt_meta_key_name((bt_meta_key)k)) == len &&
            !strncmp(bt_meta_key_name((bt_meta_key)k), entry, len))
            return (bt_meta_key)k;
    return BT_META_COUNT_;
}

/* The -M overrides over what the input said: each key given replaces the
 * input's values; a key given again adds a value (authors), and keywords
 * are comma-separated. */
static bt_status override_metadata(const job_config *cfg, bt_document *doc)
{
    int given[BT_META_COUNT_] = {0};
    bt_status s = BT_OK;
    for (size_t i = 0; i < cfg->nmeta && s == BT_OK; i++) {
        bt_meta_key key = meta_key(cfg->meta[i]);
        const char *value = cfg->meta[i] + strcspn(cfg->meta[i], "=") + 1;
        if (key == BT_META_COUNT_)
            continue;
        if (!given[key]++)
            s = bt_document_set_meta(doc, key, NULL);
        /* the source's words for its date no longer say the date given */
        bt_node *first = bt_node_first_child(bt_document_body(doc));
        if (key == BT_META_DATE && bt_node_role(first) == BT_ROLE_DATELINE)
            bt_node_unlink(first);
        while (s == BT_OK && key == BT_META_KEYWORD && *value) {
            size_t len = strcspn(value, ",");
            char *word = strndup(value, len), *w = word;
            while (w && *w == ' ')
                w++;
            for (size_t n = w ? strlen(w) : 0; n && w[n - 1] == ' '; n--)
                w[n - 1] = '\0';
            s = !word ? BT_FAILED : *w ? bt_document_add_meta(doc, key, w) : BT_OK;
            free(word);
            value += len + (value[len] == ',');
        }
        if (s == BT_OK && key != BT_META_KEYWORD)
            s = bt_document_add_meta(doc, key, value);
    }
    return s;
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

/* The failure of a conversion past its time limit, about its input. */
static void timed_out(job_result *r, const job_config *cfg)
{
    char msg[64];
    snprintf(msg, sizeof(msg), "took longer than %d s", cfg->timeout);
    fail(r, EXIT_CONVERSION, r->input, msg);
}

static void fail_with(job_result *r, const job_config *cfg, const char *file, const bt_error *err)
{
    if (bt_error_code_of(err) == BT_ERR_TIMEOUT)
        timed_out(r, cfg);
    else
        fail(r, EXIT_CONVERSION, file, bt_error_message(err));
}

/* The end of a conversion.  An abandoned one discards what it made: its failure
 * is already told, and an output it renamed into place in the instant after its
 * last time check goes.  Another prints its output on stdout, or its failure. */
static void show_result(job *j, const unsigned char *data, size_t size)
{
    job_result *r = &j->r;
    pthread_mutex_lock(&shown_lock);
    if (j->abandoned) {
        if (r->status == EXIT_OK && j->output)
            unlink(j->output);
    } else {
        /* a loss found by --strict still prints what was converted */
        if (data && r->status != EXIT_CONVERSION &&
            (fwrite(data, 1, size, stdout) != size || fflush(stdout) != 0))
            fail(r, EXIT_CONVERSION, "-", strerror(errno));
        if (r->status != EXIT_OK) {
            clear_progress();
            fprintf(stderr, "bantin: %s: %s\n", r->error_file, r->error);
        }
        j->finished = 1;
    }
    pthread_mutex_unlock(&shown_lock);
}

static void convert(job *j)
{
    const job_config *cfg = &j->cfg;
    const char *input = j->input, *output = j->output;
    job_result *r = &j->r;
    r->input = input;
    r->output = output;
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    unsigned char *data = NULL;
    size_t size = 0;
    bt_status s;
    bt_options opt = *cfg->opt;
    opt.deadline = j->deadline;

    if (output && overwrites_input(cfg, output)) {
        fail(r, EXIT_CONVERSION, output, "the output would overwrite an input; not converted");
        goto done;
    }
    if (!strcmp(input, "-"))
        s = bt_read_stream(cfg->reg, cfg->from, stdin, &opt, &doc, err);
    else
        s = bt_read_file(cfg->reg, cfg->from, input, &opt, &doc, err);
    print_messages(j, input, err);
    take_events(r, err);
    if (s == BT_FAILED) {
        fail_with(r, cfg, input, err);
        goto done;
    }
    if (override_metadata(cfg, doc) != BT_OK) {
        fail(r, EXIT_CONVERSION, input, "out of memory");
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
    /* stdout gets the whole output at the end, so a failure prints nothing partial */
    if (output)
        s = bt_write_file(cfg->to, doc, output, &opt, err);
    else
        s = bt_write_memory(cfg->to, doc, &opt, &data, &size, err);
    print_messages(j, where, err);
    take_events(r, err);
    if (s == BT_FAILED && bt_error_code_of(err) == BT_ERR_NONE) {
        fail(r, EXIT_CONVERSION, where, strerror(errno));
        goto done;
    }
    if (s == BT_FAILED) {
        fail_with(r, cfg, where, err);
        goto done;
    }
    if (cfg->strict && r->loss[0]) {
        char msg[500];
        snprintf(msg, sizeof(msg), "--strict: content lost: %s", r->loss);
        fail(r, EXIT_LOSS, where, msg);
        if (output)
            unlink(output);
    }
done:
    bt_document_free(doc);
    bt_error_free(err);
    r->ms = now_ms() - j->start;
    show_result(j, data, size);
    free(data);
}

/* ---- the dispatcher ---- */

/* The dispatcher and the conversions' threads; static, as an abandoned
 * conversion may run on after its batch. */
static struct {
    pthread_mutex_t lock;
    pthread_cond_t changed; /* a conversion ended */
    size_t abandoned;       /* abandoned conversions still running */
    /* ever, in this process; read without the lock, as main holds the
     * report's lock for good when it asks */
    atomic_int any_abandoned;
} pool = {.lock = PTHREAD_MUTEX_INITIALIZER};
static pthread_once_t pool_once = PTHREAD_ONCE_INIT;

/* The deadlines are CLOCK_MONOTONIC times: the condition waits on that clock. */
static void pool_init(void)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&pool.changed, &attr);
    pthread_condattr_destroy(&attr);
}

int conversions_abandoned(void) { return atomic_load(&pool.any_abandoned); }

typedef struct {
    const job_config *cfg;
    const char *const *inputs;
    const char *const *outputs; /* NULL: stdout */
    const char *const *refusal; /* NULL, or why input i is not converted */
    size_t n, next;
    size_t done, failed, lossy;
    int worst;
    FILE *report;
    int progress;
    double start, last_draw;
} batch;

/* The progress line, under shown_lock; at most ten times a second. */
static void draw_progress(batch *b)
{
    double now = now_ms();
    if (now - b->last_draw < 100)
        return;
    b->last_draw = now;
    double secs = (now - b->start) / 1e3;
    double rate = secs > 0 ? b->done / secs : 0;
    double eta = rate > 0 ? (b->n - b->done) / rate : 0;
    fprintf(stderr, "\r\033[K[%zu/%zu] %.1f files/s, %zu failed, ETA %dm%02ds", b->done, b->n,
            rate, b->failed, (int)eta / 60, (int)eta % 60);
    progress_shown = 1;
}

/* The line that replaces the progress line at the end. */
static void draw_summary(const batch *b)
{
    pthread_mutex_lock(&shown_lock);
    clear_progress();
    fprintf(stderr, "bantin: %zu converted, %zu failed, %zu with losses, %.1f s\n",
            b->done - b->failed, b->failed, b->lossy, (now_ms() - b->start) / 1e3);
    pthread_mutex_unlock(&shown_lock);
}

/* A conversion's outcome: counted, reported, shown in the progress line. */
static void record(batch *b, const job_result *r)
{
    b->done++;
    for (int k = 0; k < BT_LOSS_KIND_COUNT_; k++)
        if (r->lost[k]) {
            b->lossy++;
            break;
        }
    if (r->status != EXIT_OK) {
        b->failed++;
        /* a failure outranks a loss */
        if (b->worst != EXIT_CONVERSION)
            b->worst = r->status;
    }
    if (b->report)
        write_report_line(b->report, r);
    if (b->progress) {
        pthread_mutex_lock(&shown_lock);
        draw_progress(b);
        pthread_mutex_unlock(&shown_lock);
    }
}

static void *conversion(void *arg)
{
    job *j = arg;
    convert(j);
    pthread_mutex_lock(&pool.lock);
    if (j->abandoned) {
        pool.abandoned--;
        free(j);
    } else {
        j->done = 1;
    }
    pthread_cond_signal(&pool.changed);
    pthread_mutex_unlock(&pool.lock);
    return NULL;
}

/* Start input i in a thread of its own; called and returns with pool.lock
 * held.  NULL when there was no memory (its failure is recorded). */
static job *start(batch *b, size_t i)
{
    const char *refused = b->refusal && b->refusal[i] ? b->refusal[i] : NULL;
    job *j = refused ? NULL : calloc(1, sizeof(*j));
    if (!j) {
        job_result r = {.input = b->inputs[i], .output = b->outputs[i]};
        fail(&r, EXIT_CONVERSION, r.input, refused ? refused : "out of memory");
        pthread_mutex_lock(&shown_lock);
        clear_progress();
        fprintf(stderr, "bantin: %s: %s\n", r.input, r.error);
        pthread_mutex_unlock(&shown_lock);
        record(b, &r);
        return NULL;
    }
    j->cfg = *b->cfg;
    j->input = b->inputs[i];
    j->output = b->outputs[i];
    j->start = now_ms();
    j->deadline = b->cfg->timeout ? j->start / 1e3 + b->cfg->timeout : 0;
    /* one conversion with no time limit needs no thread (a thread of its own
     * costs a process a malloc arena and its page faults, 30% of a small page) */
    j->threaded =
        (b->cfg->timeout || b->n > 1) && pthread_create(&j->thread, NULL, conversion, j) == 0;
    if (!j->threaded) {
        /* here, it cannot be abandoned: no time limit, or no thread to be had */
        pthread_mutex_unlock(&pool.lock);
        convert(j);
        pthread_mutex_lock(&pool.lock);
        j->done = 1;
    }
    return j;
}

/* Give up on a conversion past its deadline: its failure is told now, and it
 * runs on without a word until it ends (and frees itself) or bantin exits.
 * Returns 0 when it had finished in the meantime. */
static int abandon(batch *b, job *j)
{
    pthread_mutex_lock(&shown_lock);
    int finished = j->finished;
    job_result r = {.input = j->input, .output = j->output};
    if (!finished) {
        j->abandoned = 1;
        timed_out(&r, &j->cfg);
        clear_progress();
        fprintf(stderr, "bantin: %s: %s\n", r.error_file, r.error);
    }
    pthread_mutex_unlock(&shown_lock);
    if (finished)
        return 0;
    pthread_detach(j->thread);
    pool.abandoned++;
    atomic_store(&pool.any_abandoned, 1);
    r.ms = now_ms() - j->start;
    record(b, &r);
    return 1;
}

/* Record the conversions that ended and abandon those past their deadline;
 * returns how many left live[]. */
static size_t settle(batch *b, job **live, size_t *nlive)
{
    size_t before = *nlive;
    double now = now_ms() / 1e3;
    for (size_t k = 0; k < *nlive;) {
        job *j = live[k];
        if (j->done) {
            /* its end, thread-local cleanup too, before bantin's exit */
            if (j->threaded)
                pthread_join(j->thread, NULL);
            record(b, &j->r);
            free(j);
        } else if (!j->deadline || now <= j->deadline || !abandon(b, j)) {
            k++;
            continue;
        }
        live[k] = live[--*nlive];
    }
    return before - *nlive;
}

/* Until a conversion ends or the first deadline passes. */
static void await_change(job *const *live, size_t nlive)
{
    double first = 0;
    for (size_t k = 0; k < nlive; k++)
        if (live[k]->deadline && (!first || live[k]->deadline < first))
            first = live[k]->deadline;
    if (!first) {
        pthread_cond_wait(&pool.changed, &pool.lock);
        return;
    }
    time_t secs = (time_t)first;
    struct timespec at = {secs, (long)((first - (double)secs) * 1e9)};
    pthread_cond_timedwait(&pool.changed, &pool.lock, &at);
}

/* Convert b's inputs, threads at a time. */
static void dispatch(batch *b, size_t threads)
{
    job **live = malloc(threads * sizeof(*live));
    if (!live) {
        fprintf(stderr, "bantin: out of memory\n");
        exit(EXIT_CONVERSION);
    }
    size_t nlive = 0;
    pthread_once(&pool_once, pool_init);
    pthread_mutex_lock(&pool.lock);
    for (;;) {
        /* -j bounds the conversions using a CPU, and an abandoned one still
         * does (nothing stops a thread from outside; it ends when it ends, or
         * when bantin exits): it keeps its slot until it ends, but abandoned
         * ones never hold the last slot, or inputs that hang would hang the
         * batch.  Each input that hangs for good costs a CPU until the end. */
        while (b->next < b->n &&
               nlive + (pool.abandoned < threads ? pool.abandoned : threads - 1) < threads) {
            job *j = start(b, b->next++);
            if (j)
                live[nlive++] = j;
        }
        if (!nlive)
            break;
        /* pool.lock is held from settle to the wait: no end goes unseen */
        if (!settle(b, live, &nlive))
            await_change(live, nlive);
    }
    pthread_mutex_unlock(&pool.lock);
    free(live);
}

int run_one(const job_config *cfg, const char *input, const char *output, FILE *report)
{
    const char *in[] = {input}, *out[] = {output};
    batch b = {.cfg = cfg, .inputs = in, .outputs = out, .n = 1, .report = report};
    dispatch(&b, 1);
    return b.failed ? b.worst : EXIT_OK;
}

/* The output names taken so far, each with the input that took it: an
 * open-addressing table, since a batch may hold a hundred thousand inputs. */
typedef struct {
    const char **name;
    size_t *owner;
    size_t cap;
} name_set;

static size_t hash_name(const char *s)
{
    size_t h = 14695981039346656037u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* Add name for input i unless present; returns the input that has it, or i. */
static size_t name_set_add(name_set *set, const char *name, size_t i)
{
    size_t at = hash_name(name) & (set->cap - 1);
    for (; set->name[at]; at = (at + 1) & (set->cap - 1))
        if (!strcmp(set->name[at], name))
            return set->owner[at];
    set->name[at] = name;
    set->owner[at] = i;
    return i;
}

/* The folder of path, absolute and without links, malloc'd; NULL when it
 * cannot be resolved. */
static char *real_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = !slash ? strdup(".") : slash == path ? strdup("/") : strndup(path, (size_t)(slash - path));
    char *real = dir ? realpath(dir, NULL) : NULL;
    free(dir);
    return real;
}

/* The folders of the inputs, absolute, and the length of the folder they
 * have in common, for --keep-tree.  NULL entries: unresolvable (the input
 * fails on its own when read). */
static char **input_dirs(char **inputs, size_t n, size_t *common)
{
    char **dirs = calloc(n ? n : 1, sizeof(*dirs));
    const char *first = NULL;
    *common = 0;
    for (size_t i = 0; dirs && i < n; i++) {
        if (!(dirs[i] = real_dir(inputs[i])))
            continue;
        if (!first) {
            first = dirs[i];
            *common = strlen(first);
            continue;
        }
        size_t k = 0;
        while (k < *common && first[k] == dirs[i][k])
            k++;
        /* back to a whole folder name */
        if (k < *common && !(dirs[i][k] == '\0' && first[k] == '/') &&
            !(first[k] == '\0' && dirs[i][k] == '/'))
            while (k > 0 && first[k - 1] != '/')
                k--;
        *common = k;
    }
    return dirs;
}

/* mkdir -p for the folders of path below outdir. */
static int make_parents(const char *path, size_t from)
{
    char *p = strdup(path);
    int rc = p ? 0 : -1;
    for (char *s = p ? p + from + 1 : NULL; s && (s = strchr(s, '/')); s++) {
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            rc = -1;
        *s = '/';
    }
    free(p);
    return rc;
}

/* OUTDIR/[SUBDIR/]<stem>[-k].<ext>. */
static char *output_path(const char *outdir, const char *sub, const char *input, const char *ext,
                         int k)
{
    const char *slash = strrchr(input, '/');
    const char *base = slash ? slash + 1 : input;
    const char *dot = strrchr(base, '.');
    int stem = dot && dot != base ? (int)(dot - base) : (int)strlen(base);
    char *name;
    int rc = k > 1 ? asprintf(&name, "%s/%s%s%.*s-%d.%s", outdir, sub, *sub ? "/" : "", stem, base,
                              k, ext)
                   : asprintf(&name, "%s/%s%s%.*s.%s", outdir, sub, *sub ? "/" : "", stem, base,
                              ext);
    return rc < 0 ? NULL : name;
}

/* Name every input's output.  Two inputs with one output name (two
 * index.html from different folders) never overwrite each other: with
 * --keep-tree the folders below the inputs' common one are kept; with
 * --rename the second gets "-2", with a warning; else the second fails,
 * its reason in refusal[i].  Returns -1 when out of memory. */
static int name_outputs(const job_config *cfg, char **inputs, size_t n, const char *outdir,
                        const char *ext, char **outputs, char **refusal)
{
    name_set taken = {NULL, NULL, 16};
    while (taken.cap < 2 * n)
        taken.cap *= 2;
    taken.name = calloc(taken.cap, sizeof(*taken.name));
    taken.owner = calloc(taken.cap, sizeof(*taken.owner));
    size_t common = 0;
    char **dirs = cfg->keep_tree ? input_dirs(inputs, n, &common) : NULL;
    int rc = taken.name && taken.owner && (!cfg->keep_tree || dirs) ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const char *sub = dirs && dirs[i] ? dirs[i] + common + (dirs[i][common] == '/') : "";
        size_t first_owner = i;
        for (int k = 1; rc == 0; k++) {
            free(outputs[i]);
            if (!(outputs[i] = output_path(outdir, sub, inputs[i], ext, k))) {
                rc = -1;
                break;
            }
            size_t owner = name_set_add(&taken, outputs[i], i);
            if (owner == i) {
                if (k > 1 && !cfg->quiet)
                    fprintf(stderr, "bantin: %s: warning: written as %s (--rename: the name is "
                                    "%s's)\n",
                            inputs[i], outputs[i], inputs[first_owner]);
                break;
            }
            if (k == 1)
                first_owner = owner;
            if (!cfg->rename) {
                if (asprintf(&refusal[i], "its output %s would replace that of %s (use --keep-tree "
                                          "or --rename)",
                             outputs[i], inputs[owner]) < 0)
                    rc = -1;
                break;
            }
        }
        if (rc == 0 && *sub && make_parents(outputs[i], strlen(outdir)) != 0)
            rc = asprintf(&refusal[i], "cannot create the folder of %s: %s", outputs[i],
                          strerror(errno)) < 0 ? -1 : 0;
    }
    for (size_t i = 0; dirs && i < n; i++)
        free(dirs[i]);
    free(dirs);
    free(taken.name);
    free(taken.owner);
    return rc;
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
    job_config cfg = *config;
    file_id *ids = input_ids(inputs, n, &cfg.ninputs);
    cfg.inputs = ids;
    char **outputs = calloc(n ? n : 1, sizeof(char *));
    if (!outputs || !ids) {
        free(outputs);
        free(ids);
        fprintf(stderr, "bantin: out of memory\n");
        return EXIT_CONVERSION;
    }
    const char *ext = cfg.to->extensions ? cfg.to->extensions : cfg.to->name;
    char extbuf[16];
    snprintf(extbuf, sizeof(extbuf), "%.*s", (int)strcspn(ext, " "), ext);
    char **refusal = calloc(n ? n : 1, sizeof(char *));
    if (!refusal || name_outputs(&cfg, inputs, n, outdir, extbuf, outputs, refusal) != 0) {
        fprintf(stderr, "bantin: out of memory\n");
        exit(EXIT_CONVERSION);
    }
    batch b = {
        .cfg = &cfg,
        .inputs = (const char *const *)inputs,
        .outputs = (const char *const *)outputs,
        .refusal = (const char *const *)refusal,
        .n = n,
        .report = report,
        .progress = !cfg.quiet && (cfg.progress > 0 || (!cfg.progress && n > 3 &&
                                                        isatty(STDERR_FILENO))),
        .start = now_ms(),
    };
    dispatch(&b, threads < 1 ? 1 : (size_t)threads);
    if (b.progress)
        draw_summary(&b);
    /* an abandoned conversion may still use its output's name and the ids:
     * they go with bantin's exit */
    if (!conversions_abandoned()) {
        for (size_t i = 0; i < n; i++) {
            free(outputs[i]);
            free(refusal[i]);
        }
        free(outputs);
        free(refusal);
        free(ids);
    }
    return b.failed ? b.worst : EXIT_OK;
}
