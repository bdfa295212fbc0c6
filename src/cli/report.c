/* The --report file: one JSON object per line, for scripts to act on. */
#include <pthread.h>
#include <stdio.h>

#include "batch.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void json_string(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void json_counts(FILE *f, const bt_counts *c, int have)
{
    if (!have) {
        fputs("null", f);
        return;
    }
    fprintf(f, "{\"headings\":%zu,\"paragraphs\":%zu,\"figures\":%zu,\"captions\":%zu,"
               "\"images\":%zu,\"tables\":%zu,\"notes\":%zu}",
            c->headings, c->paragraphs, c->figures, c->captions, c->images, c->tables, c->notes);
}

/* {"image":2,"heading":1}: the kinds with items, by name. */
static void json_kinds(FILE *f, const size_t *items)
{
    const char *sep = "";
    fputc('{', f);
    for (int k = 0; k < BT_LOSS_KIND_COUNT_; k++)
        if (items[k]) {
            fprintf(f, "%s\"%s\":%zu", sep, bt_loss_kind_name((bt_loss_kind)k), items[k]);
            sep = ",";
        }
    fputc('}', f);
}

void write_report_line(FILE *f, const job_result *r)
{
    static const char *const names[] = {"ok", "failed", "usage", "loss"};
    pthread_mutex_lock(&lock);
    fputs("{\"input\":", f);
    json_string(f, r->input);
    fputs(",\"output\":", f);
    /* a failed conversion wrote nothing */
    json_string(f, r->status != EXIT_OK ? NULL : r->output ? r->output : "-");
    fprintf(f, ",\"status\":\"%s\",\"error\":", names[r->status]);
    json_string(f, r->status == EXIT_OK ? NULL : r->error);
    fprintf(f, ",\"milliseconds\":%.1f,\"charset\":", r->ms);
    json_string(f, r->charset[0] ? r->charset : NULL);
    fprintf(f, ",\"replaced\":%zu", r->replaced);
    fputs(",\"extraction\":", f);
    json_string(f, r->extraction[0] ? r->extraction : NULL);
    fputs(",\"read\":", f);
    json_counts(f, &r->read, r->have_read);
    fputs(",\"lost\":", f);
    json_kinds(f, r->lost);
    fputs(",\"changed\":", f);
    json_kinds(f, r->changed);
    fputs("}\n", f);
    pthread_mutex_unlock(&lock);
}

void report_stop(FILE *f)
{
    /* held to the end: the program exits without another line */
    pthread_mutex_lock(&lock);
    if (f)
        fflush(f);
}
