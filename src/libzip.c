#include "libzip.h"

#include <pthread.h>

#include "lazylib.h"

bt_libzip_table bt_libzip;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256]; /* why the load failed; empty when it did not */

static void load(void)
{
    BT_LAZYLIB_FILL(bt_libzip, BT_LIBZIP_FUNCTIONS, BT_LIBZIP_SONAME, failure);
    /* the library stays loaded for the process: its table is read without a lock */
}

bt_status bt_libzip_load(bt_error *err)
{
    pthread_once(&once, load);
    return failure[0] ? bt_error_set(err, BT_ERR_IO, "%s", failure) : BT_OK;
}
