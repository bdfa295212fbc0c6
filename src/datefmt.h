/* Dates for people: an ISO 8601 date of the metadata written as the
 * document's language writes dates, for writers whose source gave no
 * dateline of its own. */
#ifndef BT_DATEFMT_H
#define BT_DATEFMT_H

#include "buf.h"
#include "document.h"

/*
 * Append iso ("2017-10-09", "2017-10-09T06:51:00+07:00") as lang
 * ("vi", "en-GB"; NULL: English) writes it, with ICU: Vietnamese as its
 * newspapers do, "Thứ Hai, 09/10/2017 06:51"; other languages in their
 * long date form, with a 24- or 12-hour time as the locale has it.  The
 * time is the wall-clock time the date gives, whatever its offset.  Returns
 * 0, or -1 (nothing appended) when iso is not a date ICU can write: the
 * caller then writes iso as it is.
 */
int bt_date_display(const char *iso, const char *lang, bt_buf *out);

/* Append a part of iso as lang writes it, by an ICU pattern ("MMMM": the
 * month's name, "EEE": the weekday's short name); -1 when it cannot. */
int bt_date_part(const char *iso, const char *lang, const char *pattern, bt_buf *out);

/* Whether shown is iso as bt_date_display writes it in lang (NULL: in
 * Vietnamese or English): a date a writer made, which a reader need not
 * keep as the source's own words. */
int bt_date_is_display(const char *shown, size_t len, const char *iso, const char *lang);

/* The body's dateline: its first block when that is a DATELINE paragraph,
 * which writers print in the article's head, not in its body; or NULL. */
const bt_node *bt_dateline_node(const bt_document *doc);

/* Append the date as the article's head shows it: the dateline's words as
 * the source wrote them, else the metadata's date as the document's
 * language writes dates, else as it is.  Returns 0 when there is no date. */
int bt_dateline_text(const bt_document *doc, bt_buf *out);

#endif
