/* The package's identifier and dates. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "epub.h"

/* Two 64-bit FNV-1a lanes make the 128 bits of a UUID.  Not cryptographic:
 * the identifier only has to be stable and unlikely to collide. */
typedef struct {
    uint64_t a, b;
} hash128;

static void hash_put(hash128 *h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h->a = (h->a ^ p[i]) * 0x100000001b3ULL;
        h->b = (h->b ^ p[i]) * 0x100000001b3ULL;
    }
}

/* A string with its terminating NUL, so "ab"+"c" and "a"+"bc" differ. */
static void hash_str(hash128 *h, const char *s)
{
    if (s)
        hash_put(h, s, strlen(s) + 1);
    else
        hash_put(h, "", 1);
}

static int hash_node(bt_node *n, int entering, void *user)
{
    if (entering) {
        unsigned char tag[3] = {(unsigned char)n->type, (unsigned char)n->level,
                                (unsigned char)n->role};
        hash_put(user, tag, sizeof(tag));
        hash_str(user, n->literal);
    }
    return 0;
}

void epub_identifier(const bt_document *doc, char out[48])
{
    hash128 h = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
    const char *url = bt_document_meta(doc, BT_META_SOURCE_URL);
    if (url) {
        hash_str(&h, url);
    } else {
        for (int k = 0; k < BT_META_COUNT_; k++)
            for (size_t i = 0; i < bt_document_meta_count(doc, k); i++)
                hash_str(&h, bt_document_meta_at(doc, k, i));
        bt_node_walk(bt_document_body(doc), hash_node, &h);
        for (size_t i = 0; i < bt_document_resource_count(doc); i++)
            hash_put(&h, doc->res[i].data, doc->res[i].size);
    }
    unsigned char u[16];
    for (int i = 0; i < 8; i++) {
        u[i] = (unsigned char)(h.a >> (56 - 8 * i));
        u[8 + i] = (unsigned char)(h.b >> (56 - 8 * i));
    }
    /* RFC 9562 version 8 (custom), variant 10 */
    u[6] = (unsigned char)((u[6] & 0x0f) | 0x80);
    u[8] = (unsigned char)((u[8] & 0x3f) | 0x80);
    char *o = out + sprintf(out, "urn:uuid:");
    for (int i = 0; i < 16; i++)
        o += sprintf(o, "%s%02x", i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "", u[i]);
}

/* n digits at s; advances s.  -1 when they are not all digits. */
static int digits(const char **s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++, (*s)++) {
        if (**s < '0' || **s > '9')
            return -1;
        v = v * 10 + (**s - '0');
    }
    return v;
}

/* Parses s against W3CDTF: YYYY[-MM[-DD[Thh:mm[:ss[.s+]](Z|+hh:mm|-hh:mm)]]]. */
int epub_w3cdtf(const char *s)
{
    if (!s || digits(&s, 4) < 0)
        return 0;
    if (!*s)
        return 1;
    int v;
    if (*s++ != '-' || (v = digits(&s, 2)) < 1 || v > 12)
        return 0;
    if (!*s)
        return 1;
    if (*s++ != '-' || (v = digits(&s, 2)) < 1 || v > 31)
        return 0;
    if (!*s)
        return 1;
    if (*s++ != 'T' || (v = digits(&s, 2)) < 0 || v > 23 || *s++ != ':' ||
        (v = digits(&s, 2)) < 0 || v > 59)
        return 0;
    if (*s == ':') {
        s++;
        if ((v = digits(&s, 2)) < 0 || v > 60)
            return 0;
        if (*s == '.') {
            s++;
            if (digits(&s, 1) < 0)
                return 0;
            while (*s >= '0' && *s <= '9')
                s++;
        }
    }
    if (*s == 'Z')
        return s[1] == '\0';
    if (*s != '+' && *s != '-')
        return 0;
    s++;
    return (v = digits(&s, 2)) >= 0 && v <= 23 && *s++ == ':' && (v = digits(&s, 2)) >= 0 &&
           v <= 59 && !*s;
}

void epub_utc(long long t, char out[24])
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm))
        tm = (struct tm){.tm_year = 70, .tm_mday = 1};
    strftime(out, 24, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
