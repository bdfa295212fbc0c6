#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bt_error *bt_error_new(void)
{
    bt_error *err = calloc(1, sizeof(bt_error));
    if (err)
        err->size = sizeof(bt_error);
    return err;
}

void bt_error_clear(bt_error *err)
{
    if (!err)
        return;
    if (err->events) {
        for (size_t i = 0; i < err->events->n; i++)
            free(err->events->v[i].message);
        free(err->events->v);
        free(err->events);
    }
    size_t size = err->size;
    memset(err, 0, sizeof(*err));
    err->size = size;
}

void bt_error_free(bt_error *err)
{
    bt_error_clear(err);
    free(err);
}

bt_error_code bt_error_code_of(const bt_error *err) { return err ? err->code : BT_ERR_NONE; }

const char *bt_error_message(const bt_error *err) { return err ? err->message : ""; }

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

static const bt_event *event_at(const bt_error *err, size_t i)
{
    return err && err->events && i < err->events->n ? &err->events->v[i] : NULL;
}

void bt_error_event(bt_error *err, bt_event_effect effect, bt_loss_kind kind, size_t count,
                    const char *fmt, ...)
{
    if (!err)
        return;
    if (!err->events && !(err->events = calloc(1, sizeof(*err->events))))
        return;
    struct bt_error_events *ev = err->events;
    if (ev->n == ev->cap) {
        size_t cap = ev->cap ? ev->cap * 2 : 4;
        bt_event *v = realloc(ev->v, cap * sizeof(*v));
        if (!v)
            return;
        ev->v = v;
        ev->cap = cap;
    }
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    one_line(line);
    char *copy = strdup(line);
    if (!copy)
        return;
    if ((unsigned)kind >= BT_LOSS_KIND_COUNT_)
        kind = BT_LOSS_OTHER;
    ev->v[ev->n++] = (bt_event){effect == BT_EVENT_CHANGED ? BT_EVENT_CHANGED : BT_EVENT_LOST,
                                kind, count, copy};
}

size_t bt_error_event_count(const bt_error *err)
{
    return err && err->events ? err->events->n : 0;
}

bt_loss_kind bt_error_event_kind(const bt_error *err, size_t i)
{
    const bt_event *e = event_at(err, i);
    return e ? e->kind : BT_LOSS_OTHER;
}

bt_event_effect bt_error_event_effect(const bt_error *err, size_t i)
{
    const bt_event *e = event_at(err, i);
    return e ? e->effect : BT_EVENT_LOST;
}

size_t bt_error_event_items(const bt_error *err, size_t i)
{
    const bt_event *e = event_at(err, i);
    return e ? e->count : 0;
}

const char *bt_error_event_message(const bt_error *err, size_t i)
{
    const bt_event *e = event_at(err, i);
    return e ? e->message : NULL;
}

static size_t lost(const bt_error *err, bt_loss_kind kind, size_t first)
{
    size_t total = 0;
    for (const bt_event *e; (e = event_at(err, first)); first++)
        if (e->effect == BT_EVENT_LOST && (kind == BT_LOSS_KIND_COUNT_ || e->kind == kind))
            /* an event about no countable item still is a loss */
            total += e->count ? e->count : 1;
    return total;
}

size_t bt_error_lost(const bt_error *err, bt_loss_kind kind) { return lost(err, kind, 0); }

size_t bt_error_lost_since(const bt_error *err, size_t first)
{
    return lost(err, BT_LOSS_KIND_COUNT_, first);
}

void bt_error_forget(bt_error *err, size_t first, bt_loss_kind kind)
{
    if (!err || !err->events || first >= err->events->n)
        return;
    struct bt_error_events *ev = err->events;
    size_t kept = first;
    for (size_t i = first; i < ev->n; i++) {
        if (ev->v[i].kind == kind)
            free(ev->v[i].message);
        else
            ev->v[kept++] = ev->v[i];
    }
    ev->n = kept;
}

const char *bt_loss_kind_name(bt_loss_kind kind)
{
    static const char *const names[] = {
        "other",    "text",     "heading",  "image",  "caption", "table",
        "list",     "inline",   "footnote", "metadata", "object", "article",
    };
    _Static_assert(sizeof(names) / sizeof(names[0]) == BT_LOSS_KIND_COUNT_, "a name per kind");
    return (unsigned)kind < BT_LOSS_KIND_COUNT_ ? names[kind] : NULL;
}
