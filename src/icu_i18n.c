#include "icu_i18n.h"

#include <pthread.h>

#include "lazylib.h"

bt_icu_i18n_table bt_icu_i18n;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256]; /* why the load failed; empty when it did not */

static void load(void)
{
    BT_LAZYLIB_FILL(bt_icu_i18n, BT_ICU_I18N_FUNCTIONS, BT_ICU_I18N_SONAME, failure);
    /* the library stays loaded for the process: its table is read without a lock */
}

int bt_icu_i18n_load(void)
{
    pthread_once(&once, load);
    return failure[0] ? -1 : 0;
}
