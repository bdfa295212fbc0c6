#include "registry.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The built-in formats: adding a format is one line here and one folder
 * under formats/. */
extern const bt_format bt_format_epub;
extern const bt_format bt_format_html;
extern const bt_format bt_format_text;
extern const bt_format bt_format_odt, bt_format_fodt;

static const bt_format *const builtin[] = {
    &bt_format_epub,
    &bt_format_html,
    &bt_format_text,
    &bt_format_odt, &bt_format_fodt,
};

#define NBUILTIN (sizeof(builtin) / sizeof(builtin[0]))

/* Formats are copied in, so that a descriptor of a smaller, older bt_format
 * reads as this one's with the newer fields empty. */
struct bt_registry {
    bt_format **fmt;
    size_t n, cap;
};

/* The first fields every bt_format has had since the size field came. */
#define BT_FORMAT_SIZE_MIN (offsetof(bt_format, flags) + sizeof(unsigned))

bt_registry *bt_registry_new(void)
{
    bt_library_init();
    bt_registry *reg = calloc(1, sizeof(*reg));
    if (!reg)
        return NULL;
    for (size_t i = 0; i < NBUILTIN; i++)
        if (bt_registry_add(reg, builtin[i]) != BT_OK) {
            bt_registry_free(reg);
            return NULL;
        }
    return reg;
}

void bt_registry_free(bt_registry *reg)
{
    if (!reg)
        return;
    for (size_t i = 0; i < reg->n; i++)
        free(reg->fmt[i]);
    free(reg->fmt);
    free(reg);
}

bt_status bt_registry_add(bt_registry *reg, const bt_format *fmt)
{
    return bt_registry_add_checked(reg, fmt, NULL);
}

bt_status bt_registry_add_checked(bt_registry *reg, const bt_format *fmt, bt_error *err)
{
    if (!reg || !fmt)
        return bt_error_set(err, BT_ERR_USAGE, "no registry or no format");
    if (fmt->size < BT_FORMAT_SIZE_MIN)
        return bt_error_set(err, BT_ERR_USAGE,
                            "the format's size is not set (.size = sizeof(bt_format))");
    if (!fmt->name || !*fmt->name)
        return bt_error_set(err, BT_ERR_USAGE, "the format has no name");
    if (!fmt->read && !fmt->write)
        return bt_error_set(err, BT_ERR_USAGE, "format %s has neither a reader nor a writer",
                            fmt->name);
    bt_format *copy = calloc(1, sizeof(*copy));
    if (!copy)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    memcpy(copy, fmt, fmt->size < sizeof(*copy) ? fmt->size : sizeof(*copy));
    copy->size = sizeof(*copy);
    for (size_t i = 0; i < reg->n; i++)
        if (!strcasecmp(reg->fmt[i]->name, fmt->name)) {
            free(reg->fmt[i]);
            reg->fmt[i] = copy;
            return BT_OK;
        }
    if (reg->n == reg->cap) {
        size_t cap = reg->cap ? reg->cap * 2 : 8;
        bt_format **f = realloc(reg->fmt, cap * sizeof(*f));
        if (!f) {
            free(copy);
            return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        }
        reg->fmt = f;
        reg->cap = cap;
    }
    reg->fmt[reg->n++] = copy;
    return BT_OK;
}

size_t bt_registry_count(const bt_registry *reg) { return reg ? reg->n : NBUILTIN; }

const bt_format *bt_registry_at(const bt_registry *reg, size_t i)
{
    if (i >= bt_registry_count(reg))
        return NULL;
    return reg ? reg->fmt[i] : builtin[i];
}

/* Whether word is one of the space-separated words of list, ignoring case. */
static int in_list(const char *list, const char *word, size_t len)
{
    if (!list || !len)
        return 0;
    for (const char *p = list; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if ((size_t)(e - p) == len && !strncasecmp(p, word, len))
            return 1;
        p = e;
    }
    return 0;
}

const bt_format *bt_format_by_name(const bt_registry *reg, const char *name)
{
    size_t len = strlen(name);
    for (size_t i = 0; i < bt_registry_count(reg); i++) {
        const bt_format *f = bt_registry_at(reg, i);
        if (!strcasecmp(f->name, name) || in_list(f->aliases, name, len))
            return f;
    }
    return NULL;
}

const bt_format *bt_format_by_path(const bt_registry *reg, const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base)
        return NULL;
    for (size_t i = 0; i < bt_registry_count(reg); i++) {
        const bt_format *f = bt_registry_at(reg, i);
        if (in_list(f->extensions, dot + 1, strlen(dot + 1)))
            return f;
    }
    return NULL;
}

const bt_format *bt_format_probe(const bt_registry *reg, const unsigned char *data, size_t size)
{
    const bt_format *best = NULL;
    int best_bid = 0;
    if (size > BT_PROBE_BYTES)
        size = BT_PROBE_BYTES;
    for (size_t i = 0; i < bt_registry_count(reg); i++) {
        const bt_format *f = bt_registry_at(reg, i);
        if (!f->read || !f->probe)
            continue;
        int bid = f->probe(data, size);
        if (bid > best_bid) {
            best_bid = bid;
            best = f;
        }
    }
    return best;
}
