#include "tempfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bantin.h"

/* Every temporary not yet published or discarded, so that an interrupted
 * program leaves none behind.  Creation happens under the lock, so none can
 * appear once bt_temporaries_remove has run. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char **live;
static size_t nlive, caplive;
static int stopping;

static int track(char *path)
{
    if (nlive == caplive) {
        size_t cap = caplive ? caplive * 2 : 16;
        char **v = realloc(live, cap * sizeof(*v));
        if (!v)
            return -1;
        live = v;
        caplive = cap;
    }
    live[nlive++] = path;
    return 0;
}

static void untrack(const char *path)
{
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < nlive; i++)
        if (live[i] == path) {
            live[i] = live[--nlive];
            break;
        }
    pthread_mutex_unlock(&lock);
}

void bt_temporaries_remove(void)
{
    pthread_mutex_lock(&lock);
    stopping = 1;
    for (size_t i = 0; i < nlive; i++)
        unlink(live[i]);
    nlive = 0;
    pthread_mutex_unlock(&lock);
}

/* Six letters or digits that differ from call to call and process to process. */
static void suffix(char out[7])
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static atomic_ulong counter;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    unsigned long long x = (unsigned long long)ts.tv_nsec ^ ((unsigned long long)getpid() << 32) ^
                           (atomic_fetch_add(&counter, 1) * 0x9E3779B97F4A7C15ull);
    for (int i = 0; i < 6; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        out[i] = digits[(x >> 33) % (sizeof(digits) - 1)];
    }
    out[6] = '\0';
}

int bt_temp_create(bt_temp *t, const char *target)
{
    t->fd = -1;
    t->path = NULL;
    const char *slash = strrchr(target, '/');
    size_t dirlen = slash ? (size_t)(slash - target) + 1 : 0;
    const char *base = target + dirlen;
    /* ".NAME.XXXXXX" must fit NAME_MAX: a long NAME is cut, not at a UTF-8
     * continuation byte */
    size_t keep = strlen(base);
    if (keep > NAME_MAX - 8) {
        keep = NAME_MAX - 8;
        while (keep && ((unsigned char)base[keep] & 0xC0) == 0x80)
            keep--;
    }
    size_t size = dirlen + keep + 9;
    for (int attempt = 0; attempt < 100; attempt++) {
        char *path = malloc(size), end[7];
        if (!path)
            return -1;
        suffix(end);
        snprintf(path, size, "%.*s.%.*s.%s", (int)dirlen, target, (int)keep, base, end);
        pthread_mutex_lock(&lock);
        int fd = stopping ? (errno = ECANCELED, -1)
                          : open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        int saved = errno;
        if (fd >= 0 && track(path) != 0) {
            unlink(path);
            close(fd);
            fd = -1;
            saved = ENOMEM;
        }
        pthread_mutex_unlock(&lock);
        if (fd >= 0) {
            t->fd = fd;
            t->path = path;
            return 0;
        }
        free(path);
        if (saved != EEXIST) {
            errno = saved;
            return -1;
        }
    }
    errno = EEXIST;
    return -1;
}

int bt_temp_publish(bt_temp *t, const char *target, int replace)
{
    if (t->fd >= 0) {
        int fd = t->fd;
        t->fd = -1;
        if (close(fd) != 0)
            return -1;
    }
    if (replace ? rename(t->path, target) != 0 : link(t->path, target) != 0)
        return -1;
    if (!replace)
        unlink(t->path);
    untrack(t->path);
    free(t->path);
    t->path = NULL;
    return 0;
}

void bt_temp_discard(bt_temp *t)
{
    if (t->fd >= 0)
        close(t->fd);
    t->fd = -1;
    if (t->path) {
        unlink(t->path);
        untrack(t->path);
        free(t->path);
        t->path = NULL;
    }
}
