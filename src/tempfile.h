/* Temporary files beside the files they become: created without following a
 * link, registered so that an interrupted program can remove them
 * (bt_temporaries_remove), then renamed over their target or linked to a
 * name that must not exist yet. */
#ifndef BT_TEMPFILE_H
#define BT_TEMPFILE_H

#include <stddef.h>

typedef struct bt_temp {
    int fd;     /* open for writing; -1 once closed */
    char *path; /* malloc'd; NULL once published or discarded */
} bt_temp;

/* A new empty file in target's directory, named after target (shortened to
 * fit NAME_MAX), opened O_CREAT|O_EXCL|O_NOFOLLOW with mode 0666 less the
 * umask.  Returns 0, or -1 with errno set. */
int bt_temp_create(bt_temp *t, const char *target);
/* Close t and give it target's name: replace != 0 renames over whatever is
 * there; replace == 0 links, failing with EEXIST when target exists (a file, a
 * link, anything), and t stays for another try.  Returns 0, or -1 with errno. */
int bt_temp_publish(bt_temp *t, const char *target, int replace);
/* Close and remove t unless published; safe to call twice. */
void bt_temp_discard(bt_temp *t);

#endif
