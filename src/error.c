#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bt_error *bt_error_new(void) { return calloc(1, sizeof(bt_error)); }

void bt_error_clear(bt_error *err)
{
    if (!err)
        return;
    for (size_t i = 0; i < err->nwarnings; i++)
        free(err->warnings[i]);
    free(err->warnings);
    memset(err, 0, sizeof(*err));
}

void bt_error_free(bt_error *err)
{
    bt_error_clear(err);
    free(err);
}

bt_error_code bt_error_code_of(const bt_error *err) { return err ? err->code : BT_ERR_NONE; }

const char *bt_error_message(const bt_error *err) { return err ? err->message : ""; }

size_t bt_error_warning_count(const bt_error *err) { return err ? err->nwarnings : 0; }

const char *bt_error_warning(const bt_error *err, size_t i)
{
    return err && i < err->nwarnings ? err->warnings[i] : NULL;
}

/* Messages are one line: a newline from a library message would break the
 * "bantin: FILE: message" contract. */
static void one_line(char *s)
{
    for (; *s; s++)
        if (*s == '\n' || *s == '\r')
            *s = ' ';
}

bt_status bt_error_set(bt_error *err, bt_error_code code, const char *fmt, ...)
{
    if (!err || err->code != BT_ERR_NONE)
        return BT_FAILED;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof(err->message), fmt, ap);
    va_end(ap);
    one_line(err->message);
    err->code = code;
    return BT_FAILED;
}

void bt_error_warn(bt_error *err, const char *fmt, ...)
{
    if (!err)
        return;
    if (err->nwarnings == err->cap) {
        size_t cap = err->cap ? err->cap * 2 : 4;
        char **w = realloc(err->warnings, cap * sizeof(*w));
        if (!w)
            return;
        err->warnings = w;
        err->cap = cap;
    }
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    one_line(line);
    char *copy = strdup(line);
    if (copy)
        err->warnings[err->nwarnings++] = copy;
}
