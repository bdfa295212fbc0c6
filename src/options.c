/* Options: sizes that let bt_options grow, and the options of formats, set
 * by name ("html:whole-page") as libarchive's format options are. */
#include "options.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void bt_options_init_size(bt_options *opt, size_t size)
{
    if (!opt)
        return;
    if (size > sizeof(*opt))
        size = sizeof(*opt);
    memset(opt, 0, size);
    opt->size = size;
}

void bt_options_adopt(const bt_options *caller, bt_options *whole)
{
    bt_options_init(whole);
    if (caller && caller->size >= sizeof(caller->size))
        memcpy(whole, caller, caller->size < sizeof(*whole) ? caller->size : sizeof(*whole));
    whole->size = sizeof(*whole);
}

/* An entry "fmt:name=value" split: its format (len 0 when none), name and value. */
typedef struct {
    const char *format, *name, *value; /* value NULL: a flag */
    size_t format_len, name_len;
} entry;

static entry split(const char *s)
{
    entry e = {0};
    const char *colon = strchr(s, ':'), *eq = strchr(s, '=');
    if (colon && (!eq || colon < eq)) {
        e.format = s;
        e.format_len = (size_t)(colon - s);
        s = colon + 1;
    }
    e.name = s;
    e.name_len = eq ? (size_t)(eq - s) : strlen(s);
    e.value = eq ? eq + 1 : NULL;
    return e;
}

static int names_format(const entry *e, const bt_format *fmt)
{
    return e->format_len == strlen(fmt->name) && !strncasecmp(e->format, fmt->name, e->format_len);
}

/* The values of an option in order: the i-th, or with i SIZE_MAX the last. */
static const char *option_value(const bt_options *opt, const char *format, const char *name,
                                size_t i)
{
    if (!opt || opt->size < offsetof(bt_options, format_options) + sizeof(opt->format_options) ||
        !opt->format_options || !name)
        return NULL;
    const char *found = NULL;
    size_t seen = 0;
    for (const char *const *p = opt->format_options; *p; p++) {
        entry e = split(*p);
        if (e.format && (!format || e.format_len != strlen(format) ||
                         strncasecmp(e.format, format, e.format_len)))
            continue;
        if (e.name_len != strlen(name) || strncmp(e.name, name, e.name_len))
            continue;
        found = e.value ? e.value : "";
        if (seen++ == i)
            return found;
    }
    return i == SIZE_MAX ? found : NULL;
}

const char *bt_option(const bt_options *opt, const char *format, const char *name)
{
    return option_value(opt, format, name, SIZE_MAX);
}

const char *bt_option_at(const bt_options *opt, const char *format, const char *name, size_t i)
{
    return i == SIZE_MAX ? NULL : option_value(opt, format, name, i);
}

static const bt_format_option *find_option(const bt_format *fmt, const entry *e)
{
    for (const bt_format_option *o = fmt->options; o && o->name; o++)
        if (strlen(o->name) == e->name_len && !strncmp(o->name, e->name, e->name_len))
            return o;
    return NULL;
}

/* Edit distance, for "did you mean": names are short. */
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
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* The known option of the formats nearest to e's name, or NULL when none is near. */
static const char *nearest(const bt_format *const *fmts, size_t n, const entry *e, char *buf,
                           size_t cap)
{
    size_t best = e->name_len / 2 + 1;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        for (const bt_format_option *o = fmts[i]->options; o && o->name; o++) {
            size_t d = distance(e->name, e->name_len, o->name);
            if (d < best) {
                best = d;
                snprintf(buf, cap, "%s:%s", fmts[i]->name, o->name);
            }
        }
    return buf[0] ? buf : NULL;
}

/* One entry against the formats it may be for; value checks are the format's. */
static bt_status check_entry(const bt_format *const *fmts, size_t n, const char *s, bt_error *err)
{
    entry e = split(s);
    int named = 0;
    for (size_t i = 0; i < n; i++) {
        if (e.format && !names_format(&e, fmts[i]))
            continue;
        named = 1;
        const bt_format_option *o = find_option(fmts[i], &e);
        if (o && !o->value && e.value)
            return bt_error_set(err, BT_ERR_USAGE, "option %s:%s takes no value", fmts[i]->name,
                                o->name);
        if (o && o->value && !e.value)
            return bt_error_set(err, BT_ERR_USAGE, "option %s:%s needs a value (%s=%s)",
                                fmts[i]->name, o->name, o->name, o->value);
        if (o)
            return BT_OK;
    }
    if (e.format && !named)
        return bt_error_set(err, BT_ERR_USAGE, "option '%s': no format '%.*s'", s,
                            (int)e.format_len, e.format);
    char near[128];
    if (nearest(fmts, n, &e, near, sizeof(near)))
        return bt_error_set(err, BT_ERR_USAGE, "unknown option '%s' (did you mean %s?)", s, near);
    return bt_error_set(err, BT_ERR_USAGE, "unknown option '%s'", s);
}

bt_status bt_options_check_format(const bt_format *fmt, const bt_options *opt, bt_error *err)
{
    if (!opt || !opt->format_options)
        return BT_OK;
    for (const char *const *p = opt->format_options; *p; p++) {
        entry e = split(*p);
        /* without a format, an option may be another format's */
        if (e.format && names_format(&e, fmt) && check_entry(&fmt, 1, *p, err) != BT_OK)
            return BT_FAILED;
    }
    return BT_OK;
}

bt_status bt_options_check(const bt_registry *reg, const bt_options *caller, bt_error *err)
{
    bt_options opt;
    bt_options_adopt(caller, &opt);
    if (!opt.format_options)
        return BT_OK;
    size_t n = bt_registry_count(reg);
    const bt_format **fmts = calloc(n ? n : 1, sizeof(*fmts));
    if (!fmts)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < n; i++)
        fmts[i] = bt_registry_at(reg, i);
    bt_status s = BT_OK;
    for (const char *const *p = opt.format_options; *p && s == BT_OK; p++)
        s = check_entry(fmts, n, *p, err);
    free(fmts);
    return s;
}
