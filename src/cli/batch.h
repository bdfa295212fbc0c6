/* Converting inputs one by one or many at once, with a loss check. */
#ifndef BT_CLI_BATCH_H
#define BT_CLI_BATCH_H

#include <stdio.h>
#include <sys/types.h>

#include "bantin.h"

enum { EXIT_OK = 0, EXIT_CONVERSION = 1, EXIT_USAGE = 2, EXIT_LOSS = 3 };

/* A file as the file system knows it, whatever the path naming it. */
typedef struct {
    dev_t dev;
    ino_t ino;
} file_id;

typedef struct {
    const bt_registry *reg;
    const bt_format *from; /* NULL: by extension, else probed */
    const bt_format *to;
    const bt_options *opt;
    int strict;  /* a loss of content (not of markup or metadata) fails the conversion */
    int quiet;   /* no warnings, no progress */
    int progress; /* a batch's progress line: 1 always, -1 never, 0 on a terminal */
    int keep_tree; /* outputs keep the inputs' folders below their common one */
    int rename;    /* an output name taken already gets "-2", "-3"... */
    const char *const *meta; /* "key=value" overrides of the documents' metadata, in order */
    size_t nmeta;
    int timeout; /* seconds a conversion may take (0: no limit) */
    const file_id *inputs; /* a batch's inputs, sorted: no output replaces one */
    size_t ninputs;
} job_config;

typedef struct {
    const char *input;   /* "-" for stdin */
    const char *output;  /* NULL for stdout */
    int status;          /* EXIT_OK, EXIT_CONVERSION or EXIT_LOSS */
    const char *error_file; /* the file the error is about: the input or the output */
    char error[600];        /* the one-line message when status is not EXIT_OK */
    double ms;
    char charset[32];
    size_t replaced;      /* invalid sequences decoding replaced with U+FFFD */
    char extraction[256]; /* how the article was found in a web page */
    bt_counts read;
    int have_read;
    size_t lost[BT_LOSS_KIND_COUNT_];    /* items lost, by kind, reading and writing */
    size_t changed[BT_LOSS_KIND_COUNT_]; /* items changed */
    char loss[400];                       /* what --strict fails on, as the events said */
} job_result;

/* Convert one input to output (NULL: stdout); messages go to stderr, a report
 * line to report when not NULL.  Returns the exit status. */
int run_one(const job_config *cfg, const char *input, const char *output, FILE *report);

/* Convert every input into outdir, threads conversions at a time; one report
 * line per input to report when not NULL.  Returns the exit status. */
int run_batch(const job_config *cfg, char **inputs, size_t n, const char *outdir, int threads,
              FILE *report);

/* Whether a conversion past cfg->timeout was abandoned: its thread may still
 * run, using the registry, the options and the inputs, until bantin exits. */
int conversions_abandoned(void);

/* One JSON line describing a result (report.c); lines from several threads
 * never mix. */
void write_report_line(FILE *f, const job_result *r);
/* Flush the report's whole lines and let no other line start: for a signal
 * that ends bantin, so the report stays valid JSON lines. */
void report_stop(FILE *f);

#endif
