#include "libzip.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

bt_libzip_table bt_libzip;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256]; /* why the load failed; empty when it did not */

static void load(void)
{
    void *lib = dlopen(BT_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(failure, sizeof(failure), "cannot load libzip: %s", dlerror());
        return;
    }
    /* (copied, as an object pointer is not converted to a function's) */
#define BT_LIBZIP_LOOKUP(f)                                                                        \
    if (!failure[0]) {                                                                             \
        void *sym = dlsym(lib, #f);                                                                \
        if (sym)                                                                                   \
            memcpy(&bt_libzip.f, &sym, sizeof(sym));                                               \
        else                                                                                       \
            snprintf(failure, sizeof(failure), "cannot load libzip: %s lacks %s",                  \
                     BT_LIBZIP_SONAME, #f);                                                        \
    }
    BT_LIBZIP_FUNCTIONS(BT_LIBZIP_LOOKUP)
#undef BT_LIBZIP_LOOKUP
    /* libzip stays loaded for the process: its table is read without a lock */
}

bt_status bt_libzip_load(bt_error *err)
{
    pthread_once(&once, load);
    return failure[0] ? bt_error_set(err, BT_ERR_IO, "%s", failure) : BT_OK;
}
