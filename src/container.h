/* Zip containers for EPUB and ODT through libzip: safe reading with limits,
 * and deterministic writing (entry order as added, timestamps from
 * SOURCE_DATE_EPOCH when set). */
#ifndef BT_CONTAINER_H
#define BT_CONTAINER_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"

typedef struct bt_zip_reader bt_zip_reader;
typedef struct bt_zip_writer bt_zip_writer;

/* A bid for a zip whose first entry is a stored "mimetype" holding media_type,
 * as EPUB and ODF require; 0 when it is not one. */
int bt_zip_probe_mimetype(const unsigned char *data, size_t size, const char *media_type);

/* Open a zip held in memory (borrowed until bt_zip_close).  Refuses, with a
 * clear error, what is not a zip or is truncated, more than BT_MAX_ZIP_ENTRIES
 * entries, unsafe names (.., absolute, backslash), duplicate names, encrypted
 * entries, and sizes or ratios past the limits of limit.h. */
bt_zip_reader *bt_zip_open(const unsigned char *data, size_t size, bt_error *err);
void bt_zip_close(bt_zip_reader *z);
/* One entry against the limits, as bt_zip_open checks each: its name, its
 * encryption, its size, its expansion ratio, and the running total. */
bt_status bt_zip_check_entry(const char *name, unsigned long long size,
                             unsigned long long comp_size, int encrypted, unsigned long long *total,
                             bt_error *err);
size_t bt_zip_count(const bt_zip_reader *z);
const char *bt_zip_name(const bt_zip_reader *z, size_t i);
/* Whether an entry of that exact name exists. */
int bt_zip_has(const bt_zip_reader *z, const char *name);
/* Read an entry whole into out (NUL-terminated); a wrong CRC or a missing
 * entry fails naming it. */
bt_status bt_zip_read(bt_zip_reader *z, const char *name, bt_buf *out, bt_error *err);

/* Read an entry and parse it as XML with bt_xml_parse (errors name the
 * entry); the caller frees the result with xmlFreeDoc. */
xmlDocPtr bt_zip_read_xml(bt_zip_reader *z, const char *name, bt_error *err);

bt_zip_writer *bt_zip_writer_new(bt_error *err);
/* Add an entry (data copied); store: no compression (EPUB/ODF "mimetype"). */
bt_status bt_zip_add(bt_zip_writer *z, const char *name, const void *data, size_t len, int store,
                     bt_error *err);
/* Finish the archive and hand its bytes to out; frees z whatever happens. */
bt_status bt_zip_finish(bt_zip_writer *z, const bt_output *out, bt_error *err);
void bt_zip_writer_free(bt_zip_writer *z);

/* The time to stamp on written files: SOURCE_DATE_EPOCH when set, else now. */
long long bt_build_time(void);

#endif
