/* Libraries opened when first needed rather than when a program linked to
 * libbantin starts: loading and relocating a library costs every run, and
 * most runs never call some of them (src/libzip.h, src/icu_i18n.h). */
#ifndef BT_LAZYLIB_H
#define BT_LAZYLIB_H

#include <stddef.h>
#include <string.h>

/* A function's name as the library exports it: macro-expanded first, as ICU
 * renames its functions with its version (ucsdet_open is ucsdet_open_72). */
#define BT_LAZYLIB_NAME(f) BT_LAZYLIB_STR(f)
#define BT_LAZYLIB_STR(f) #f

/* Open soname and look up n functions by name into syms; 0 when all were
 * found, else -1 with why in failure (cap bytes).  The library stays loaded
 * for the process. */
int bt_lazylib_open(const char *soname, const char *const *names, void **syms, size_t n,
                    char *failure, size_t cap);

/* Fill table (a struct of the function pointers FUNCTIONS(X) lists, in that
 * order) from soname, or write why it failed into failure (an array). */
#define BT_LAZYLIB_FILL(table, FUNCTIONS, soname, failure)                                         \
    do {                                                                                           \
        static const char *const names_[] = {FUNCTIONS(BT_LAZYLIB_NAME_ITEM)};                     \
        void *syms_[sizeof(names_) / sizeof(*names_)];                                             \
        __typeof__(table) *table_ = &(table);                                                      \
        size_t i_ = 0;                                                                             \
        if (bt_lazylib_open(soname, names_, syms_, sizeof(names_) / sizeof(*names_), failure,      \
                            sizeof(failure)) == 0) {                                               \
            FUNCTIONS(BT_LAZYLIB_COPY_ITEM)                                                        \
        }                                                                                          \
        (void)table_, (void)i_;                                                                    \
    } while (0)
/* (copied, as an object pointer is not converted to a function's) */
#define BT_LAZYLIB_NAME_ITEM(f) BT_LAZYLIB_NAME(f),
#define BT_LAZYLIB_COPY_ITEM(f) memcpy(&table_->f, &syms_[i_++], sizeof(void *));

#endif
