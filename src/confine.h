/* Reads confined to folders.  An untrusted page names its images, and may
 * name ../../secret.png, /etc/passwd or a symbolic link planted beside it.  A
 * name resolves here only inside the allowed folders, and nothing outside
 * them is ever looked at, so whether something exists there cannot be told
 * from the answer. */
#ifndef BT_CONFINE_H
#define BT_CONFINE_H

#include <stddef.h>

/* Symbolic links followed while resolving one name, as the kernel's MAXSYMLINKS. */
#define BT_CONFINE_MAX_LINKS 40

typedef struct bt_confine {
    char **root; /* canonical folders (no link, no "..", no trailing '/') */
    size_t n;
} bt_confine;

#define BT_CONFINE_INIT                                                                            \
    {                                                                                              \
        NULL, 0                                                                                    \
    }

typedef enum {
    BT_CONFINE_INSIDE,  /* a regular file inside a folder */
    BT_CONFINE_MISSING, /* nothing of that name inside (nothing outside looked at) */
    BT_CONFINE_OUTSIDE, /* the name leads out of every folder */
    BT_CONFINE_NOMEM,
} bt_confine_result;

/* Allow a folder, or each folder of a ':'-separated list, searched in the
 * order added; a folder that does not exist is left out.  -1 when out of
 * memory, else 0. */
int bt_confine_add(bt_confine *c, const char *folder);
int bt_confine_add_list(bt_confine *c, const char *list);
void bt_confine_free(bt_confine *c);

/* Resolve a relative name (percent-decoded; leading '/' ignored) against
 * each folder in turn.  ".." and symbolic links are followed only while they
 * stay inside some allowed folder; a name that leaves them is OUTSIDE at
 * once, before anything past the edge is looked at.  On BT_CONFINE_INSIDE,
 * *real is the file's canonical path (the caller frees it). */
bt_confine_result bt_confine_resolve(const bt_confine *c, const char *name, char **real);

#endif
