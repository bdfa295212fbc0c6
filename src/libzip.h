/* libzip, opened when the first zip is read or written rather than when a
 * program linked to libbantin starts: libzip brings libcrypto (bound whole
 * at load), libbz2 and liblzma, whose loading and relocation were more than
 * half of what a one-page HTML to text conversion cost (4.6M instructions of
 * 8.9M), and most conversions open no zip.  Only container.c calls libzip. */
#ifndef BT_LIBZIP_H
#define BT_LIBZIP_H

#include <zip.h>

#include "bantin.h"

/* The functions container.c calls. */
#define BT_LIBZIP_FUNCTIONS(X)                                                                     \
    X(zip_close)                                                                                   \
    X(zip_discard) X(zip_error_code_zip) X(zip_error_fini) X(zip_error_init)                       \
        X(zip_error_init_with_code) X(zip_error_strerror) X(zip_fclose) X(zip_file_add)            \
            X(zip_file_get_error) X(zip_file_set_mtime) X(zip_fopen) X(zip_fread) X(zip_get_name)  \
                X(zip_get_num_entries) X(zip_name_locate) X(zip_open_from_source)                  \
                    X(zip_set_file_compression) X(zip_source_buffer) X(zip_source_buffer_create)   \
                        X(zip_source_close) X(zip_source_free) X(zip_source_keep)                  \
                            X(zip_source_open) X(zip_source_read) X(zip_source_stat) X(zip_stat)   \
                                X(zip_stat_index) X(zip_strerror)

typedef struct {
#define BT_LIBZIP_POINTER(f) __typeof__(f) *f;
    BT_LIBZIP_FUNCTIONS(BT_LIBZIP_POINTER)
#undef BT_LIBZIP_POINTER
} bt_libzip_table;

/* The table, filled once by bt_libzip_load; read it only after a load that
 * succeeded. */
extern bt_libzip_table bt_libzip;

/* Open libzip (BT_LIBZIP_SONAME) and fill bt_libzip, once for the process
 * and safely from any thread; fails with a clear error when it cannot. */
bt_status bt_libzip_load(bt_error *err);

/* A libzip function through the table. */
#define ZIP(f) (bt_libzip.f)

#endif
