/* Dates as Vietnamese news text prints them, turned into ISO 8601. */
#ifndef BT_TEXTDATE_H
#define BT_TEXTDATE_H

#include <stddef.h>

/*
 * Parse s[0..len) when all of it is one date expression: "Thứ Hai ngày
 * 09/10/2017", "09/10/2017 06:51", "06:51 09/10/2017", "Chủ nhật, 8/10/2017,
 * 14:05 (GMT+7)", "ngày 9 tháng 10 năm 2017", "2017-10-09T06:51:00+07:00".
 * Writes "2017-10-09T06:51:00", with "+07:00" only when the text gives an
 * offset, or "2017-10-09" when it gives no time, into iso and returns 1;
 * returns 0 when s holds anything else.
 */
int bt_textdate_parse(const char *s, size_t len, char iso[32]);

/* Whether s[0..len) is an ISO 8601 date or date-time, as metadata stores
 * them (YYYY, YYYY-MM, YYYY-MM-DD, then THH:MM[:SS[.f]] and Z or ±HH:MM). */
int bt_textdate_is_iso(const char *s, size_t len);

/* A machine's date as ISO 8601 writes it, in iso: a space for the T
 * ("2024-08-12 07:05", as HTML allows and CMSs write in their metadata) and
 * a zone offset without its colon ("2017-11-16T14:15+0000") made right; dt
 * itself when it is no such date.  ISO 8601's basic form ("20241203T1015")
 * is written out in the extended one. */
const char *bt_textdate_iso_form(const char *dt, char iso[64]);

#endif
