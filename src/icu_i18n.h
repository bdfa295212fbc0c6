/* ICU's i18n library (charset detection, calendars and date formats,
 * transliteration), opened at the first call rather than when a program
 * linked to libbantin starts: its loading and relocation (700 symbols bound
 * against libicuuc) were a tenth of a small page's conversion, and most
 * pages need none of it.  libicuuc, which libxml2 loads anyway, stays
 * linked. */
#ifndef BT_ICU_I18N_H
#define BT_ICU_I18N_H

#include <unicode/ucal.h>
#include <unicode/ucsdet.h>
#include <unicode/udat.h>
#include <unicode/utrans.h>

/* The functions bantin calls. */
#define BT_ICU_I18N_FUNCTIONS(X)                                                                   \
    X(ucal_clear)                                                                                  \
    X(ucal_close)                                                                                  \
    X(ucal_getMillis) X(ucal_open) X(ucal_setDateTime) X(ucsdet_close) X(ucsdet_detectAll)         \
        X(ucsdet_getConfidence) X(ucsdet_getName) X(ucsdet_open) X(ucsdet_setText) X(udat_close)   \
            X(udat_format) X(udat_open) X(utrans_close) X(utrans_openU) X(utrans_transUChars)

typedef struct {
#define BT_ICU_I18N_POINTER(f) __typeof__(f) *f;
    BT_ICU_I18N_FUNCTIONS(BT_ICU_I18N_POINTER)
#undef BT_ICU_I18N_POINTER
} bt_icu_i18n_table;

/* The table, filled once by bt_icu_i18n_load; read it only after a load
 * that succeeded. */
extern bt_icu_i18n_table bt_icu_i18n;

/* Open libicui18n (BT_ICU_I18N_SONAME) and fill bt_icu_i18n, once for the
 * process and safely from any thread: 0, or -1 when it cannot (the library
 * comes in the same package as libicuuc; callers do without). */
int bt_icu_i18n_load(void);

/* An ICU i18n function through the table. */
#define I18N(f) (bt_icu_i18n.f)

#endif
