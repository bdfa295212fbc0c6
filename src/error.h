/* Error objects: one code, one message line, and the events of a conversion. */
#ifndef BT_ERROR_H
#define BT_ERROR_H

#include "bantin.h"

typedef struct {
    bt_event_effect effect;
    bt_loss_kind kind;
    size_t count;
    char *message;
} bt_event;

struct bt_error_events {
    bt_event *v;
    size_t n, cap;
};

/* How many items were lost by the events from the first-th on: what a
 * conversion step lost, seen by the step that called a format. */
size_t bt_error_lost_since(const bt_error *err, size_t first);

/* Forget the events of a kind from the first-th on: what a failure that
 * followed from them now says in one line. */
void bt_error_forget(bt_error *err, size_t first, bt_loss_kind kind);

#endif
