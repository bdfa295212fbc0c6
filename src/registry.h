/* The format table.  Built-in formats are listed in registry.c, one line each. */
#ifndef BT_REGISTRY_H
#define BT_REGISTRY_H

#include "bantin.h"

/* How many first bytes probes are given. */
#define BT_PROBE_BYTES 4096

/* Set up the libraries bantin uses, once per process; thread-safe. */
void bt_library_init(void);

#endif
