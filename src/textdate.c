#include "textdate.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ucasemap.h>

#include "unicode.h"

typedef struct {
    const char *p, *e;
    int y, mo, d;         /* 0: not seen */
    int h, mi, sec;       /* -1: not seen */
    int off_min, has_off; /* offset from UTC in minutes */
    int pm;               /* an afternoon's mark before the time ("下午3:12") */
} bt_date_scan;

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Between min and max digits at p, as a number; 0 when there are none. */
static int digits(bt_date_scan *sc, int min, int max, int *v)
{
    const char *p = sc->p;
    int n = 0, val = 0;
    while (p < sc->e && is_digit(*p) && n < max) {
        val = val * 10 + (*p++ - '0');
        n++;
    }
    if (n < min || (p < sc->e && is_digit(*p)))
        return 0;
    sc->p = p;
    *v = val;
    return 1;
}

static int sep(bt_date_scan *sc, const char *set)
{
    if (sc->p < sc->e && strchr(set, *sc->p) && *sc->p) {
        sc->p++;
        return 1;
    }
    return 0;
}

static void spaces(bt_date_scan *sc)
{
    while (sc->p < sc->e && *sc->p == ' ')
        sc->p++;
}

/* A folded word at p that ends there (no letter follows). */
static int word(bt_date_scan *sc, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(sc->e - sc->p) < n || memcmp(sc->p, w, n))
        return 0;
    const char *q = sc->p + n;
    if (q < sc->e && ((*q >= 'a' && *q <= 'z') || (unsigned char)*q >= 0x80))
        return 0;
    sc->p = q;
    return 1;
}

static int date_dmy(bt_date_scan *sc, int d, int mo, int y)
{
    if (sc->y)
        return 0;
    sc->d = d;
    sc->mo = mo;
    sc->y = y < 100 ? 2000 + y : y;
    return 1;
}

/* 2017-10-09, with a time after T. */
static int iso_date(bt_date_scan *sc)
{
    bt_date_scan save = *sc;
    int y, mo, d;
    if (digits(sc, 4, 4, &y) && sep(sc, "-") && digits(sc, 2, 2, &mo) && sep(sc, "-") &&
        digits(sc, 2, 2, &d) && date_dmy(sc, d, mo, y)) {
        if (sc->p < sc->e && (*sc->p == 't' || *sc->p == 'T'))
            sc->p++;
        return 1;
    }
    *sc = save;
    return 0;
}

/* Whether s starts at p, whatever follows. */
static int literal(bt_date_scan *sc, const char *s)
{
    size_t n = strlen(s);
    if ((size_t)(sc->e - sc->p) < n || memcmp(sc->p, s, n))
        return 0;
    sc->p += n;
    return 1;
}

/* 2024年5月10日 (Chinese, Japanese), 2024년 5월 10일 (Korean). */
static int ymd_marked(bt_date_scan *sc)
{
    static const char *const marks[3][2] = {{"年", "년"}, {"月", "월"}, {"日", "일"}};
    bt_date_scan save = *sc;
    int v[3];
    for (int i = 0; i < 3; i++) {
        spaces(sc);
        if (!digits(sc, i ? 1 : 4, i ? 2 : 4, &v[i]) ||
            !(literal(sc, marks[i][0]) || literal(sc, marks[i][1]))) {
            *sc = save;
            return 0;
        }
    }
    if (date_dmy(sc, v[2], v[1], v[0]))
        return 1;
    *sc = save;
    return 0;
}

/* 09/10/2017, 9-10-2017, 9.10.17 */
static int dmy(bt_date_scan *sc)
{
    bt_date_scan save = *sc;
    int d, mo, y;
    if (digits(sc, 1, 2, &d) && sep(sc, "/-.") && digits(sc, 1, 2, &mo) && sep(sc, "/-.") &&
        digits(sc, 2, 4, &y) && y != 100 && (y < 100 || y >= 1000) && date_dmy(sc, d, mo, y))
        return 1;
    *sc = save;
    return 0;
}

/* 06:51, 06:51:07, 14h05 */
static int hm(bt_date_scan *sc)
{
    bt_date_scan save = *sc;
    int h, mi, s = 0;
    if (sc->h < 0 && digits(sc, 1, 2, &h) && sep(sc, ":h") && digits(sc, 2, 2, &mi) &&
        (!sep(sc, ":") || digits(sc, 2, 2, &s))) {
        sc->h = h;
        sc->mi = mi;
        sc->sec = s;
        /* fractions of a second carry nothing a news date needs */
        if (sep(sc, "."))
            while (sc->p < sc->e && is_digit(*sc->p))
                sc->p++;
        return 1;
    }
    *sc = save;
    return 0;
}

/* +7, +07, +07:00, +0700, -05:30, after GMT or a time */
static int offset(bt_date_scan *sc)
{
    bt_date_scan save = *sc;
    int sign = *sc->p == '-' ? -1 : 1, h, mi = 0;
    if (sep(sc, "+-") && digits(sc, 1, 4, &h)) {
        if (h >= 100) {
            mi = h % 100;
            h /= 100;
        } else if (sep(sc, ":") && !digits(sc, 2, 2, &mi)) {
            *sc = save;
            return 0;
        }
        if (!sc->has_off && h <= 14 && mi < 60) {
            sc->has_off = 1;
            sc->off_min = sign * (h * 60 + mi);
            return 1;
        }
    }
    *sc = save;
    return 0;
}

/* ngày 9 tháng 10 năm 2017 */
static int spelled(bt_date_scan *sc)
{
    bt_date_scan save = *sc;
    int d, mo, y;
    if (word(sc, "ngày") && (spaces(sc), digits(sc, 1, 2, &d)) && (spaces(sc), word(sc, "tháng")) &&
        (spaces(sc), digits(sc, 1, 2, &mo)) && (spaces(sc), word(sc, "năm")) &&
        (spaces(sc), digits(sc, 4, 4, &y)) && date_dmy(sc, d, mo, y))
        return 1;
    *sc = save;
    return 0;
}

/* Words a shown date may have around it: weekdays, "at", labels ("Cập nhật:",
 * "Published on", "Publié le ... à"), weekdays in Chinese, Japanese and
 * Korean ("星期五", "(金)", "(금)") and the morning's marks; an afternoon's
 * mark ("下午3:12") sets the time past noon. */
static int filler(bt_date_scan *sc)
{
    static const char *const words[] = {
        "thứ hai",      "thứ ba",   "thứ tư",    "thứ năm",     "thứ sáu", "thứ bảy",
        "thứ bẩy",      "chủ nhật", "thứ 2",     "thứ 3",       "thứ 4",   "thứ 5",
        "thứ 6",        "thứ 7",    "cn",        "ngày",        "lúc",     "cập nhật",
        "đăng",         "giờ",      "–",         "—",           "-",       "published",
        "posted",       "updated",  "on",        "at",          "publié",  "mis à jour",
        "le",           "à",        "publicado", "actualizado", "el",      "veröffentlicht",
        "aktualisiert", "星期一",   "星期二",    "星期三",      "星期四",  "星期五",
        "星期六",       "星期日",   "星期天",    "月",          "火",      "水",
        "木",           "金",       "土",        "日",          "월",      "화",
        "수",           "목",       "금",        "토",          "일",      "上午",
        "午前",         "오전",
    };
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        if (word(sc, words[i]))
            return 1;
    if (word(sc, "下午") || word(sc, "午後") || word(sc, "오후")) {
        sc->pm = 1;
        return 1;
    }
    if ((word(sc, "gmt") || word(sc, "utc")) && (sc->p == sc->e || *sc->p != '+' ? 1 : offset(sc)))
        return 1;
    return 0;
}

static int days_in(int y, int mo)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return mo == 2 && leap ? 29 : days[mo - 1];
}

static int scan(bt_date_scan *sc)
{
    while (sc->p < sc->e) {
        /* a label's colon ("Cập nhật: 05/11/2012") */
        if (sep(sc, " ,()|:"))
            continue;
        if (sc->h >= 0 && (word(sc, "am") || word(sc, "pm"))) {
            sc->h = sc->h % 12 + (sc->p[-2] == 'p' ? 12 : 0);
            continue;
        }
        if (is_digit(*sc->p)) {
            if (!iso_date(sc) && !ymd_marked(sc) && !dmy(sc) && !hm(sc))
                return 0;
            continue;
        }
        if ((*sc->p == '+' || *sc->p == 'z') && sc->h >= 0) {
            if (*sc->p == 'z' && !sc->has_off) {
                sc->p++;
                sc->has_off = 1;
                continue;
            }
            if (!offset(sc))
                return 0;
            continue;
        }
        if (!spelled(sc) && !filler(sc))
            return 0;
    }
    return sc->y && sc->mo >= 1 && sc->mo <= 12 && sc->d >= 1 && sc->d <= days_in(sc->y, sc->mo) &&
           sc->h < 24 && sc->mi < 60 && sc->sec < 61;
}

int bt_textdate_parse(const char *s, size_t len, char iso[32])
{
    char folded[256];
    UErrorCode st = U_ZERO_ERROR;
    if (len > 120)
        return 0;
    UCaseMap *cm = ucasemap_open("", 0, &st);
    int32_t n = ucasemap_utf8FoldCase(cm, folded, sizeof(folded), s, (int32_t)len, &st);
    ucasemap_close(cm);
    if (U_FAILURE(st))
        return 0;
    n = (int32_t)bt_utf8_ascii_digits(folded, (size_t)n);
    bt_date_scan sc = {folded, folded + n, 0, 0, 0, -1, -1, -1, 0, 0, 0};
    if (!scan(&sc))
        return 0;
    if (sc.pm && sc.h >= 0 && sc.h < 12)
        sc.h += 12;
    if (sc.h < 0) {
        snprintf(iso, 32, "%04d-%02d-%02d", sc.y, sc.mo, sc.d);
        return 1;
    }
    int len0 =
        snprintf(iso, 32, "%04d-%02d-%02dT%02d:%02d:%02d", sc.y, sc.mo, sc.d, sc.h, sc.mi, sc.sec);
    if (sc.has_off) {
        int m = sc.off_min < 0 ? -sc.off_min : sc.off_min;
        snprintf(iso + len0, (size_t)(32 - len0), "%c%02d:%02d", sc.off_min < 0 ? '-' : '+', m / 60,
                 m % 60);
    }
    return 1;
}

/* n digits at s */
static int ndig(const char *s, const char *e, int n)
{
    if (e - s < n)
        return 0;
    for (int i = 0; i < n; i++)
        if (!is_digit(s[i]))
            return 0;
    return 1;
}

int bt_textdate_is_iso(const char *s, size_t len)
{
    const char *p = s, *e = s + len;
    if (!ndig(p, e, 4))
        return 0;
    p += 4;
    for (int part = 0; part < 2 && p < e && *p == '-'; part++) {
        if (!ndig(p + 1, e, 2))
            return 0;
        p += 3;
    }
    if (p == e)
        return 1;
    if (p - s != 10 || *p != 'T' || !ndig(p + 1, e, 2) || p[3] != ':' || !ndig(p + 4, e, 2))
        return 0;
    p += 6;
    if (p < e && *p == ':') {
        if (!ndig(p + 1, e, 2))
            return 0;
        p += 3;
        if (p < e && *p == '.') {
            for (p++; p < e && is_digit(*p);)
                p++;
        }
    }
    if (p < e && *p == 'Z')
        p++;
    else if (p < e && (*p == '+' || *p == '-')) {
        if (!ndig(p + 1, e, 2) || e - p < 6 || p[3] != ':' || !ndig(p + 4, e, 2))
            return 0;
        p += 6;
    }
    return p == e;
}

/* ISO 8601's basic form ("20241203T1015", "20241203T101500+0300", as RIA
 * writes its metadata) written out in the extended one into iso; 0 when dt
 * is not in it. */
static size_t extended_form(const char *dt, size_t len, char iso[64])
{
    if (!dt || len < 13 || len > 24)
        return 0;
    const char *e = dt + len, *p = dt + 13;
    if (!ndig(dt, e, 8) || dt[8] != 'T' || !ndig(dt + 9, e, 4))
        return 0;
    int n = snprintf(iso, 64, "%.4s-%.2s-%.2sT%.2s:%.2s", dt, dt + 4, dt + 6, dt + 9, dt + 11);
    if (ndig(p, e, 2)) {
        n += snprintf(iso + n, 64 - (size_t)n, ":%.2s", p);
        p += 2;
    }
    n += snprintf(iso + n, 64 - (size_t)n, "%s", p);
    return (size_t)n;
}

const char *bt_textdate_iso_form(const char *dt, char iso[64])
{
    size_t len = dt ? strlen(dt) : 0;
    size_t extended = extended_form(dt, len, iso);
    if (extended)
        len = extended;
    else if (len < 16 || len > 62 || !bt_textdate_is_iso(dt, 10))
        return dt;
    else
        memcpy(iso, dt, len + 1);
    if (iso[10] == ' ')
        iso[10] = 'T';
    /* an offset set apart ("09:53:00 -0400") */
    char *z = strrchr(iso, ' ');
    if (z && (z[1] == '+' || z[1] == '-' || z[1] == 'Z'))
        memmove(z, z + 1, strlen(z + 1) + 1), len--;
    z = iso + len - 5;
    if ((*z == '+' || *z == '-') && strspn(z + 1, "0123456789") == 4) {
        memmove(iso + len - 1, iso + len - 2, 3); /* "+0000" -> "+00:00" */
        iso[len - 2] = ':';
    }
    return bt_textdate_is_iso(iso, strlen(iso)) ? iso : dt;
}
