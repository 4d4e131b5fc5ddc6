/*
 * date.h: civil dates and periods. A day is a count of days since
 * 1970-01-01 in the proleptic Gregorian calendar, with no time zone.
 * "Today" is the local date, read once (tzset, localtime_r); the environment
 * variable MBO_TODAY=YYYY-MM-DD overrides it for tests and demos.
 */
#ifndef MBO_DATE_H
#define MBO_DATE_H

#include <stddef.h>
#include <stdint.h>

typedef int32_t mbo_day;

#define MBO_DAY_NONE INT32_MIN

/* Builds a day from a year (1..9999), month and day; -1 if no such date. */
int mbo_day_from_ymd(int y, int mo, int d, mbo_day *out);
void mbo_day_to_ymd(mbo_day day, int *y, int *mo, int *d);

/*
 * Parses "YYYY-MM-DD", "today", "yesterday", "tomorrow", "+Nd" or "-Nd"
 * (N days from today, N up to 36600). Returns 0, or -1 with *why set to a
 * static phrase saying what is wrong ("2026-02-30 is not a date in that
 * month").
 */
int mbo_day_parse(const char *s, mbo_day today, mbo_day *out, const char **why);

/* Writes "YYYY-MM-DD" into buf (at least 11 bytes); returns buf. */
char *mbo_day_format(mbo_day day, char *buf);

/* 1 = Monday ... 7 = Sunday. */
int mbo_day_weekday(mbo_day day);

/* Today's local date (or MBO_TODAY). */
mbo_day mbo_today(void);

/* The current UTC time as "YYYY-MM-DDTHH:MM:SSZ" into buf (>= 21 bytes). */
char *mbo_now_utc(char *buf);

/*
 * Periods: "2026" (year), "2026-Q4" (quarter), "2026-11" (month),
 * "2026-W48" (ISO week, Monday to Sunday). Returns 0 with the first and last
 * day, or -1 with *why set.
 */
int mbo_period_parse(const char *s, mbo_day *first, mbo_day *last, const char **why);

/* The name of the quarter that holds `day`, "2026-Q4", into buf (cap >= 8;
 * MBO_PERIOD_MAX + 1 holds any period). */
void mbo_quarter_of(mbo_day day, char *buf, size_t cap);

/* Kinds of calendar span used to split goals into stages. */
enum mbo_span { MBO_SPAN_WEEK, MBO_SPAN_MONTH, MBO_SPAN_QUARTER };
/* The last day of the week (Sunday), month or quarter that holds `day`. */
mbo_day mbo_span_end(enum mbo_span span, mbo_day day);
/* The same calendar day one year earlier (29 Feb becomes 28 Feb). */
mbo_day mbo_day_minus_year(mbo_day day);

#endif
