#include "container.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "libzip.h"
#include "limit.h"
#include "xml.h"

struct bt_zip_reader {
    zip_t *za;
    size_t n;
};

struct bt_zip_writer {
    zip_source_t *src;
    zip_t *za;
    time_t mtime;
};

int bt_zip_probe_mimetype(const unsigned char *d, size_t size, const char *media_type)
{
    size_t mlen = strlen(media_type);
    if (size < 38 + mlen || memcmp(d, "PK\3\4", 4) != 0)
        return 0;
    unsigned method = d[8] | d[9] << 8;
    unsigned namelen = d[26] | d[27] << 8;
    unsigned extralen = d[28] | d[29] << 8;
    if (method != 0 || namelen != 8 || memcmp(d + 30, "mimetype", 8) != 0)
        return 0;
    size_t at = 38 + extralen;
    if (size < at + mlen || memcmp(d + at, media_type, mlen) != 0)
        return 0;
    return 32 + 64 + (int)mlen * 8;
}

static const char *code_message(int code)
{
    zip_error_t ze;
    ZIP(zip_error_init_with_code)(&ze, code);
    static _Thread_local char msg[128];
    snprintf(msg, sizeof(msg), "%s", ZIP(zip_error_strerror)(&ze));
    ZIP(zip_error_fini)(&ze);
    return msg;
}

/* A name that would lead outside a directory it were unpacked into. */
static int unsafe_name(const char *name)
{
    if (!*name || name[0] == '/' || strchr(name, '\\') || strchr(name, ':'))
        return 1;
    for (const char *p = name; *p;) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == 2 && p[0] == '.' && p[1] == '.')
            return 1;
        p += len + (e != NULL);
    }
    return 0;
}

bt_status bt_zip_check_entry(const char *name, unsigned long long size,
                             unsigned long long comp_size, int encrypted, unsigned long long *total,
                             bt_error *err)
{
    if (unsafe_name(name))
        return bt_error_set(err, BT_ERR_FORMAT, "unsafe zip entry name '%.100s'", name);
    if (encrypted)
        return bt_error_set(err, BT_ERR_FORMAT, "zip entry '%.100s' is encrypted", name);
    if (size > BT_MAX_ZIP_ENTRY_BYTES)
        return bt_error_set(err, BT_ERR_LIMIT, "zip entry '%.100s' is larger than %u MiB", name,
                            BT_MAX_ZIP_ENTRY_BYTES >> 20);
    if (size > BT_ZIP_RATIO_FLOOR && size / (comp_size ? comp_size : 1) > BT_MAX_ZIP_RATIO)
        return bt_error_set(err, BT_ERR_LIMIT,
                            "zip entry '%.100s' expands more than %d times (a zip bomb?)", name,
                            BT_MAX_ZIP_RATIO);
    if ((*total += size) > BT_MAX_ZIP_TOTAL_BYTES)
        return bt_error_set(err, BT_ERR_LIMIT, "zip content is larger than %u MiB",
                            BT_MAX_ZIP_TOTAL_BYTES >> 20);
    return BT_OK;
}

static bt_status check_entries(bt_zip_reader *z, bt_error *err)
{
    unsigned long long total = 0;
    for (size_t i = 0; i < z->n; i++) {
        zip_stat_t st;
        if (ZIP(zip_stat_index)(z->za, i, 0, &st) != 0)
            return bt_error_set(err, BT_ERR_FORMAT, "corrupt zip entry %zu", i);
        int encrypted =
            (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        if (bt_zip_check_entry(st.name, st.size, st.comp_size, encrypted, &total, err) != BT_OK)
            return BT_FAILED;
    }
    return BT_OK;
}

bt_zip_reader *bt_zip_open(const unsigned char *data, size_t size, bt_error *err)
{
    if (bt_libzip_load(err) != BT_OK)
        return NULL;
    zip_error_t ze;
    ZIP(zip_error_init)(&ze);
    zip_source_t *src = ZIP(zip_source_buffer_create)(data, size, 0, &ze);
    if (!src) {
        bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        ZIP(zip_error_fini)(&ze);
        return NULL;
    }
    zip_t *za = ZIP(zip_open_from_source)(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!za) {
        /* libzip finds duplicate names itself, while building its index */
        if (ZIP(zip_error_code_zip)(&ze) == ZIP_ER_EXISTS)
            bt_error_set(err, BT_ERR_FORMAT, "duplicate zip entry names");
        else
            bt_error_set(err, BT_ERR_FORMAT, "not a zip archive, or a truncated one (%s)",
                         ZIP(zip_error_strerror)(&ze));
        ZIP(zip_source_free)(src);
        ZIP(zip_error_fini)(&ze);
        return NULL;
    }
    ZIP(zip_error_fini)(&ze);
    bt_zip_reader *z = calloc(1, sizeof(*z));
    if (!z) {
        ZIP(zip_discard)(za);
        bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    z->za = za;
    zip_int64_t n = ZIP(zip_get_num_entries)(za, 0);
    if (n > BT_MAX_ZIP_ENTRIES) {
        bt_error_set(err, BT_ERR_LIMIT, "zip has more than %d entries", BT_MAX_ZIP_ENTRIES);
        bt_zip_close(z);
        return NULL;
    }
    z->n = n > 0 ? (size_t)n : 0;
    if (check_entries(z, err) != BT_OK) {
        bt_zip_close(z);
        return NULL;
    }
    return z;
}

void bt_zip_close(bt_zip_reader *z)
{
    if (!z)
        return;
    ZIP(zip_discard)(z->za);
    free(z);
}

size_t bt_zip_count(const bt_zip_reader *z) { return z->n; }

const char *bt_zip_name(const bt_zip_reader *z, size_t i)
{
    return i < z->n ? ZIP(zip_get_name)(z->za, i, 0) : NULL;
}

int bt_zip_has(const bt_zip_reader *z, const char *name)
{
    return ZIP(zip_name_locate)(z->za, name, 0) >= 0;
}

bt_status bt_zip_read(bt_zip_reader *z, const char *name, bt_buf *out, bt_error *err)
{
    zip_stat_t st;
    if (ZIP(zip_stat)(z->za, name, 0, &st) != 0)
        return bt_error_set(err, BT_ERR_FORMAT, "'%.100s' is missing from the archive", name);
    zip_file_t *f = ZIP(zip_fopen)(z->za, name, 0);
    if (!f)
        return bt_error_set(err, BT_ERR_FORMAT, "cannot open '%.100s' in the archive: %s", name,
                            ZIP(zip_strerror)(z->za));
    size_t start = out->len;
    char *dst = bt_buf_extend(out, st.size);
    if (!dst) {
        ZIP(zip_fclose)(f);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    /* read one byte more than announced: a lying size header shows */
    zip_int64_t got = st.size ? ZIP(zip_fread)(f, dst, st.size) : 0;
    char extra;
    zip_int64_t more = got >= 0 ? ZIP(zip_fread)(f, &extra, 1) : 0;
    bt_status s = BT_OK;
    if (got < 0 || more < 0) {
        zip_error_t *ze = ZIP(zip_file_get_error)(f);
        s = bt_error_set(err, BT_ERR_FORMAT, "cannot read '%.100s' in the archive: %s", name,
                         ZIP(zip_error_code_zip)(ze) == ZIP_ER_CRC
                             ? "CRC error (corrupt data)"
                             : code_message(ZIP(zip_error_code_zip)(ze)));
    } else if ((zip_uint64_t)got != st.size || more != 0) {
        s = bt_error_set(err, BT_ERR_FORMAT, "'%.100s' in the archive is truncated or corrupt",
                         name);
    }
    ZIP(zip_fclose)(f);
    if (s != BT_OK)
        bt_buf_truncate(out, start);
    return s;
}

xmlDocPtr bt_zip_read_xml(bt_zip_reader *z, const char *name, bt_error *err)
{
    bt_buf b = BT_BUF_INIT;
    xmlDocPtr x = NULL;
    if (bt_zip_read(z, name, &b, err) == BT_OK)
        x = bt_xml_parse(b.data ? b.data : "", b.len, name, err);
    bt_buf_free(&b);
    return x;
}

long long bt_build_time(void)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        long long t = strtoll(sde, &end, 10);
        if (!*end && t >= 0)
            return t;
    }
    return (long long)time(NULL);
}

bt_zip_writer *bt_zip_writer_new(bt_error *err)
{
    if (bt_libzip_load(err) != BT_OK)
        return NULL;
    bt_zip_writer *z = calloc(1, sizeof(*z));
    zip_error_t ze;
    ZIP(zip_error_init)(&ze);
    if (z)
        z->src = ZIP(zip_source_buffer_create)(NULL, 0, 0, &ze);
    if (z && z->src) {
        ZIP(zip_source_keep)(z->src);
        z->za = ZIP(zip_open_from_source)(z->src, ZIP_TRUNCATE, &ze);
    }
    ZIP(zip_error_fini)(&ze);
    if (!z || !z->za) {
        bt_zip_writer_free(z);
        bt_error_set(err, BT_ERR_NOMEM, "cannot create a zip archive");
        return NULL;
    }
    z->mtime = (time_t)bt_build_time();
    return z;
}

bt_status bt_zip_add(bt_zip_writer *z, const char *name, const void *data, size_t len, int store,
                     bt_error *err)
{
    /* libzip takes the copy and frees it; an empty entry needs none */
    void *copy = len ? malloc(len) : NULL;
    if (len && !copy)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    if (len)
        memcpy(copy, data, len);
    zip_source_t *s = ZIP(zip_source_buffer)(z->za, copy, len, len > 0);
    if (!s) {
        free(copy);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    zip_int64_t i = ZIP(zip_file_add)(z->za, name, s, ZIP_FL_ENC_UTF_8);
    if (i < 0) {
        ZIP(zip_source_free)(s);
        return bt_error_set(err, BT_ERR_FORMAT, "cannot add '%.100s' to the archive: %s", name,
                            ZIP(zip_strerror)(z->za));
    }
    if (ZIP(zip_set_file_compression)(z->za, (zip_uint64_t)i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                      store ? 0 : 9) != 0 ||
        ZIP(zip_file_set_mtime)(z->za, (zip_uint64_t)i, z->mtime, 0) != 0)
        return bt_error_set(err, BT_ERR_FORMAT, "cannot add '%.100s' to the archive: %s", name,
                            ZIP(zip_strerror)(z->za));
    return BT_OK;
}

bt_status bt_zip_finish(bt_zip_writer *z, const bt_output *out, bt_error *err)
{
    bt_status s = BT_OK;
    if (ZIP(zip_close)(z->za) != 0) {
        s = bt_error_set(err, BT_ERR_IO, "cannot finish the archive: %s", ZIP(zip_strerror)(z->za));
        ZIP(zip_discard)(z->za);
    }
    z->za = NULL;
    zip_stat_t st;
    if (s == BT_OK &&
        (ZIP(zip_source_open)(z->src) != 0 || ZIP(zip_source_stat)(z->src, &st) != 0)) {
        s = bt_error_set(err, BT_ERR_IO, "cannot finish the archive");
    } else if (s == BT_OK) {
        char chunk[65536];
        zip_int64_t n;
        while ((n = ZIP(zip_source_read)(z->src, chunk, sizeof(chunk))) > 0)
            if (out->write(out->user, chunk, (size_t)n) != 0) {
                s = bt_error_set(err, BT_ERR_IO, "cannot write output");
                break;
            }
        if (n < 0 && s == BT_OK)
            s = bt_error_set(err, BT_ERR_IO, "cannot read back the archive");
        ZIP(zip_source_close)(z->src);
    }
    bt_zip_writer_free(z);
    return s;
}

void bt_zip_writer_free(bt_zip_writer *z)
{
    if (!z)
        return;
    if (z->za)
        ZIP(zip_discard)(z->za);
    if (z->src)
        ZIP(zip_source_free)(z->src);
    free(z);
}
