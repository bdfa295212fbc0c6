#include "datefmt.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ustring.h>

#include "icu_i18n.h"
#include "language.h"
#include "textdate.h"

/* The wall-clock fields of an ISO date; *has_time 0 for a date alone. */
static int parse_iso(const char *iso, int *y, int *mo, int *d, int *h, int *mi, int *has_time)
{
    int n = 0;
    *h = *mi = 0;
    if (!bt_textdate_is_iso(iso, strlen(iso)) || sscanf(iso, "%4d-%2d-%2d%n", y, mo, d, &n) != 3 ||
        n != 10)
        return -1;
    *has_time = sscanf(iso + n, "T%2d:%2d", h, mi) == 2;
    return 0;
}

/* An ICU locale ("vi", "en_GB") from a BCP 47 tag, or "en" for a tag that is
 * none (a page's lang may hold any bytes, and ICU does not take them all). */
static void locale_of(const char *lang, char *locale, size_t cap)
{
    size_t n = 0, sub = 0;
    int ok = lang != NULL;
    for (const char *p = lang; ok && *p; p++) {
        if (*p == '-' || *p == '_') {
            ok = sub > 0;
            sub = 0;
            locale[n++] = '_';
        } else {
            ok = isalnum((unsigned char)*p) && (unsigned char)*p < 0x80 && ++sub <= 8;
            locale[n++] = *p;
        }
        ok = ok && n < cap - 1;
    }
    if (!ok || sub == 0 || n < 2 || !isalpha((unsigned char)locale[0]) ||
        !isalpha((unsigned char)locale[1])) {
        snprintf(locale, cap, "en");
        return;
    }
    locale[n] = '\0';
}

/* Append iso written by ICU in lang's locale, with ICU's pattern for a date
 * alone or for one with its time, or, when NULL, in the locale's full date
 * form and short time. */
static int date_format(const char *iso, const char *lang, const char *date_pattern,
                       const char *time_pattern, bt_buf *out)
{
    int y, mo, d, h, mi, has_time;
    if (!iso || parse_iso(iso, &y, &mo, &d, &h, &mi, &has_time) != 0 || bt_icu_i18n_load() != 0)
        return -1;
    const char *pattern = has_time ? time_pattern : date_pattern;
    char locale[32];
    locale_of(lang, locale, sizeof(locale));
    UErrorCode status = U_ZERO_ERROR;
    static const UChar utc[] = {'U', 'T', 'C', 0};
    /* UTC, with the date's own fields: what the source's clock showed */
    UCalendar *cal = I18N(ucal_open)(utc, -1, locale, UCAL_GREGORIAN, &status);
    UDateFormat *fmt = NULL;
    if (pattern) {
        UChar upattern[48];
        u_uastrncpy(upattern, pattern, 47);
        upattern[47] = 0;
        fmt = I18N(udat_open)(UDAT_PATTERN, UDAT_PATTERN, locale, utc, -1, upattern, -1, &status);
    } else {
        fmt = I18N(udat_open)(has_time ? UDAT_SHORT : UDAT_NONE, UDAT_FULL, locale, utc, -1, NULL,
                              0, &status);
    }
    int rc = -1;
    if (U_SUCCESS(status)) {
        I18N(ucal_clear)(cal);
        I18N(ucal_setDateTime)(cal, y, mo - 1, d, h, mi, 0, &status);
        UDate when = I18N(ucal_getMillis)(cal, &status);
        UChar text[128];
        int32_t len = I18N(udat_format)(fmt, when, text, 128, NULL, &status);
        char utf8[512];
        int32_t n = 0;
        u_strToUTF8(utf8, sizeof(utf8), &n, text, len, &status);
        if (U_SUCCESS(status) && n > 0 && (size_t)n < sizeof(utf8)) {
            bt_buf_put(out, utf8, (size_t)n);
            rc = 0;
        }
    }
    I18N(udat_close)(fmt);
    I18N(ucal_close)(cal);
    return rc;
}

int bt_date_display(const char *iso, const char *lang, bt_buf *out)
{
    char locale[32];
    locale_of(lang, locale, sizeof(locale));
    if (!bt_lang_is_vi(locale))
        return date_format(iso, lang, NULL, NULL, out);
    /* the order Vietnamese papers print: weekday, day/month/year, 24-hour time */
    size_t start = out->len;
    int rc = date_format(iso, lang, "EEEE, dd/MM/yyyy", "EEEE, dd/MM/yyyy HH:mm", out);
    /* ICU writes lower-case weekdays in Vietnamese ("thứ Hai"); papers capitalize */
    if (rc == 0 && out->len > start + 1 && !strncmp(out->data + start, "th", 2))
        out->data[start] = 'T';
    return rc;
}

int bt_date_part(const char *iso, const char *lang, const char *pattern, bt_buf *out)
{
    return pattern ? date_format(iso, lang, pattern, pattern, out) : -1;
}

int bt_date_is_display(const char *shown, size_t len, const char *iso, const char *lang)
{
    const char *langs[] = {lang, lang ? NULL : "vi", lang ? NULL : "en"};
    int same = 0;
    for (size_t i = 0; i < 3 && !same; i++) {
        if (!langs[i])
            continue;
        bt_buf b = BT_BUF_INIT;
        same =
            bt_date_display(iso, langs[i], &b) == 0 && b.len == len && !memcmp(b.data, shown, len);
        bt_buf_free(&b);
    }
    return same;
}

const bt_node *bt_dateline_node(const bt_document *doc)
{
    const bt_node *first = doc->body->first;
    return first && first->type == BT_NODE_PARAGRAPH && first->role == BT_ROLE_DATELINE ? first
                                                                                        : NULL;
}

int bt_dateline_text(const bt_document *doc, bt_buf *out)
{
    const bt_node *shown = bt_dateline_node(doc);
    const char *iso = bt_document_meta(doc, BT_META_DATE);
    if (shown)
        bt_node_text_put(shown, out);
    else if (iso && bt_date_display(iso, bt_document_meta(doc, BT_META_LANGUAGE), out) != 0)
        bt_buf_puts(out, iso);
    return shown || iso;
}
