/*
 * test_date.c: civil dates and periods (src/core/date.c): leap years,
 * round trips, weekdays, relative dates, ISO weeks and span ends across
 * year boundaries.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "mbo/date.h"

static mbo_day ymd(int y, int mo, int d)
{
	mbo_day day;

	if (mbo_day_from_ymd(y, mo, d, &day) != 0)
		fail_msg("%04d-%02d-%02d should be a date", y, mo, d);
	return day;
}

static const char *fmt(mbo_day day, char *buf)
{
	return mbo_day_format(day, buf);
}

/* Parses a date relative to 2026-11-27 and returns it formatted. */
static const char *parse_rel(const char *s, char *buf)
{
	mbo_day d = 0;
	const char *why = NULL;

	if (mbo_day_parse(s, ymd(2026, 11, 27), &d, &why) != 0)
		fail_msg("\"%s\" should parse: %s", s, why ? why : "(no reason)");
	return mbo_day_format(d, buf);
}

static void parse_bad(const char *s, const char *phrase)
{
	mbo_day d = 0;
	const char *why = NULL;

	if (mbo_day_parse(s, ymd(2026, 11, 27), &d, &why) != -1) {
		char buf[16];
		fail_msg("\"%s\" should be refused, got %s", s ? s : "(null)", mbo_day_format(d, buf));
	}
	if (why == NULL || why[0] == '\0')
		fail_msg("\"%s\" refused without a reason", s ? s : "(null)");
	if (phrase && strstr(why, phrase) == NULL)
		fail_msg("\"%s\": reason \"%s\" should mention \"%s\"", s ? s : "(null)", why, phrase);
}

static void test_leap_years(void **state)
{
	mbo_day d;

	(void)state;
	assert_int_equal(mbo_day_from_ymd(2024, 2, 29, &d), 0);
	assert_int_equal(mbo_day_from_ymd(2000, 2, 29, &d), 0);
	assert_int_equal(mbo_day_from_ymd(2026, 2, 29, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2026, 2, 30, &d), -1);
	assert_int_equal(mbo_day_from_ymd(1900, 2, 29, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2100, 2, 29, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2024, 2, 30, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2026, 4, 31, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2026, 12, 32, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2026, 0, 1, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2026, 13, 1, &d), -1);
	assert_int_equal(mbo_day_from_ymd(2026, 1, 0, &d), -1);
	assert_int_equal(mbo_day_from_ymd(0, 1, 1, &d), -1);
	assert_int_equal(mbo_day_from_ymd(10000, 1, 1, &d), -1);
	/* The same through text. */
	parse_bad("2026-02-29", "day");
	parse_bad("2026-02-30", "day");
	parse_bad("1900-02-29", "day");
	{
		char buf[16];
		assert_string_equal(parse_rel("2024-02-29", buf), "2024-02-29");
		assert_string_equal(parse_rel("2000-02-29", buf), "2000-02-29");
	}
	/* Leap days fall between the 28th and the 1st. */
	assert_int_equal(ymd(2024, 3, 1) - ymd(2024, 2, 28), 2);
	assert_int_equal(ymd(2026, 3, 1) - ymd(2026, 2, 28), 1);
	assert_int_equal(ymd(1900, 3, 1) - ymd(1900, 2, 28), 1);
	assert_int_equal(ymd(2000, 3, 1) - ymd(2000, 2, 28), 2);
}

static void test_known_days(void **state)
{
	char buf[16];

	(void)state;
	assert_int_equal(ymd(1970, 1, 1), 0);
	assert_int_equal(ymd(1969, 12, 31), -1);
	assert_int_equal(ymd(2000, 3, 1), 11017);
	assert_int_equal(ymd(2026, 1, 1), 20454);
	assert_int_equal(ymd(2026, 11, 27), 20784);
	assert_int_equal(ymd(1, 1, 1), -719162);
	assert_int_equal(ymd(9999, 12, 31), 2932896);
	assert_string_equal(fmt(20784, buf), "2026-11-27");
	assert_string_equal(fmt(-719162, buf), "0001-01-01");
	assert_string_equal(fmt(2932896, buf), "9999-12-31");
	assert_string_equal(fmt(-1, buf), "1969-12-31");
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Walks every day from 1895 to 2105 with an independent calendar and checks
 * the day numbers are consecutive and survive ymd, format and parse. */
static void test_round_trips(void **state)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, mo, d, y2, mo2, d2;
	mbo_day prev = ymd(1894, 12, 31), day, parsed;
	const char *why;
	char buf[16], want[32];

	(void)state;
	for (y = 1895; y <= 2105; y++) {
		for (mo = 1; mo <= 12; mo++) {
			int last = mdays[mo - 1] + (mo == 2 && leap(y));
			for (d = 1; d <= last; d++) {
				assert_int_equal(mbo_day_from_ymd(y, mo, d, &day), 0);
				assert_int_equal(day, prev + 1);
				mbo_day_to_ymd(day, &y2, &mo2, &d2);
				assert_int_equal(y2, y);
				assert_int_equal(mo2, mo);
				assert_int_equal(d2, d);
				snprintf(want, sizeof want, "%04d-%02d-%02d", y, mo, d);
				assert_string_equal(mbo_day_format(day, buf), want);
				assert_int_equal(mbo_day_parse(want, 0, &parsed, &why), 0);
				assert_int_equal(parsed, day);
				assert_int_equal(mbo_day_weekday(day), (int)(((day % 7) + 7 + 3) % 7) + 1);
				prev = day;
			}
		}
	}
	/* The ends of the supported range. */
	mbo_day_to_ymd(ymd(1, 1, 1), &y2, &mo2, &d2);
	assert_true(y2 == 1 && mo2 == 1 && d2 == 1);
	mbo_day_to_ymd(ymd(9999, 12, 31), &y2, &mo2, &d2);
	assert_true(y2 == 9999 && mo2 == 12 && d2 == 31);
}

static void test_weekday(void **state)
{
	(void)state;
	assert_int_equal(mbo_day_weekday(ymd(1970, 1, 1)), 4);     /* Thursday */
	assert_int_equal(mbo_day_weekday(ymd(1969, 12, 31)), 3);   /* Wednesday */
	assert_int_equal(mbo_day_weekday(ymd(2000, 1, 1)), 6);     /* Saturday */
	assert_int_equal(mbo_day_weekday(ymd(2024, 2, 29)), 4);    /* Thursday */
	assert_int_equal(mbo_day_weekday(ymd(2026, 11, 27)), 5);   /* Friday */
	assert_int_equal(mbo_day_weekday(ymd(2026, 11, 29)), 7);   /* Sunday */
	assert_int_equal(mbo_day_weekday(ymd(2026, 11, 30)), 1);   /* Monday */
	assert_int_equal(mbo_day_weekday(ymd(1900, 1, 1)), 1);     /* Monday */
	assert_int_equal(mbo_day_weekday(ymd(1, 1, 1)), 1);        /* Monday */
}

static void test_relative(void **state)
{
	char buf[16];

	(void)state;
	assert_string_equal(parse_rel("today", buf), "2026-11-27");
	assert_string_equal(parse_rel("yesterday", buf), "2026-11-26");
	assert_string_equal(parse_rel("tomorrow", buf), "2026-11-28");
	assert_string_equal(parse_rel("+3d", buf), "2026-11-30");
	assert_string_equal(parse_rel("-7d", buf), "2026-11-20");
	assert_string_equal(parse_rel("+0d", buf), "2026-11-27");
	assert_string_equal(parse_rel("-0d", buf), "2026-11-27");
	assert_string_equal(parse_rel("+4d", buf), "2026-12-01");
	assert_string_equal(parse_rel("+35d", buf), "2027-01-01");
	assert_string_equal(parse_rel("-30d", buf), "2026-10-28");
	assert_string_equal(parse_rel("-1001d", buf), "2024-03-01");
	assert_string_equal(parse_rel("+36600d", buf), "2127-02-11");
	/* Relative to a different today. */
	{
		mbo_day d;
		const char *why;
		assert_int_equal(mbo_day_parse("yesterday", ymd(2024, 3, 1), &d, &why), 0);
		assert_string_equal(fmt(d, buf), "2024-02-29");
		assert_int_equal(mbo_day_parse("+1d", ymd(2026, 12, 31), &d, &why), 0);
		assert_string_equal(fmt(d, buf), "2027-01-01");
	}
}

static void test_junk(void **state)
{
	static const char *const junk[] = {
		"2026-1-1", "2026/11/27", "27.11.2026", "2026-11-27x", " 2026-11-27", "2026-11-27 ",
		"20261127", "Today", "TODAY", "today ", "now", "+3", "3d", "+d", "-d", "+-3d", "+3w",
		"+3D", "+3.5d", "+1234567d", "abcd-ef-gh", "2026-11-2a", "２０２６-11-27",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof junk / sizeof junk[0]; i++)
		parse_bad(junk[i], NULL);
	parse_bad("", "empty");
	parse_bad(NULL, "empty");
	parse_bad("2026-13-01", "month");
	parse_bad("2026-00-10", "month");
	parse_bad("2026-11-00", "day");
	parse_bad("2026-11-31", "day");
	parse_bad("0000-01-01", NULL);
	parse_bad("+36601d", "too far");
	parse_bad("-99999d", "too far");
}

static void test_today_and_now(void **state)
{
	char buf[32];

	(void)state;
	/* main() pins MBO_TODAY (CTest sets it too). */
	assert_string_equal(fmt(mbo_today(), buf), "2026-11-27");
	mbo_now_utc(buf);
	assert_int_equal(strlen(buf), 20);
	assert_int_equal(buf[4], '-');
	assert_int_equal(buf[10], 'T');
	assert_int_equal(buf[19], 'Z');
}

/* Parses a period and checks its first and last day. */
static void period_is(const char *s, const char *first, const char *last)
{
	mbo_day a = 0, b = 0;
	const char *why = NULL;
	char x[16], y[16];

	if (mbo_period_parse(s, &a, &b, &why) != 0)
		fail_msg("period %s should parse: %s", s, why ? why : "(no reason)");
	if (strcmp(fmt(a, x), first) != 0 || strcmp(fmt(b, y), last) != 0)
		fail_msg("period %s is %s..%s, expected %s..%s", s, x, y, first, last);
}

static void period_bad(const char *s, const char *phrase)
{
	mbo_day a = 0, b = 0;
	const char *why = NULL;

	if (mbo_period_parse(s, &a, &b, &why) != -1)
		fail_msg("period \"%s\" should be refused", s ? s : "(null)");
	if (why == NULL || why[0] == '\0')
		fail_msg("period \"%s\" refused without a reason", s ? s : "(null)");
	if (phrase && strstr(why, phrase) == NULL)
		fail_msg("period \"%s\": reason \"%s\" should mention \"%s\"", s ? s : "(null)", why, phrase);
}

static void test_periods(void **state)
{
	(void)state;
	period_is("2026", "2026-01-01", "2026-12-31");
	period_is("2024", "2024-01-01", "2024-12-31");
	period_is("2026-Q1", "2026-01-01", "2026-03-31");
	period_is("2026-Q2", "2026-04-01", "2026-06-30");
	period_is("2026-Q3", "2026-07-01", "2026-09-30");
	period_is("2026-Q4", "2026-10-01", "2026-12-31");
	period_is("2026-11", "2026-11-01", "2026-11-30");
	period_is("2026-12", "2026-12-01", "2026-12-31");
	period_is("2026-01", "2026-01-01", "2026-01-31");
	period_is("2026-02", "2026-02-01", "2026-02-28");
	period_is("2024-02", "2024-02-01", "2024-02-29");
	period_is("2026-W48", "2026-11-23", "2026-11-29");
	/* ISO week 1 holds the year's first Thursday: 2026-W01 starts in 2025. */
	period_is("2026-W01", "2025-12-29", "2026-01-04");
	/* 2026 starts on a Thursday, so it has 53 ISO weeks; W53 ends in 2027. */
	period_is("2026-W53", "2026-12-28", "2027-01-03");
	period_is("2027-W01", "2027-01-04", "2027-01-10");
	/* 2020 is a leap year starting on a Wednesday: 53 weeks too. */
	period_is("2020-W53", "2020-12-28", "2021-01-03");
	/* 2021-W01 starts in January, after 2020-W53. */
	period_is("2021-W01", "2021-01-04", "2021-01-10");
	period_is("2025-W52", "2025-12-22", "2025-12-28");
}

/*
 * The ends of the calendar (found by tests/fuzz/fuzz_date.c; the inputs are
 * in tests/fuzz/corpus/date/). A day past 9999-12-31 formatted as year 0000
 * and never parsed back, so a date or week that would reach it is refused.
 * 9999-12-31 is a Friday (9999-01-04, a Monday, starts W01; 52 weeks later
 * is Monday 9999-12-27), so 9999-W52 runs 9999-12-27 to 10000-01-02.
 * 0001-01-01 is a Monday: 0001-W01 starts on the calendar's first day.
 */
static void test_calendar_ends(void **state)
{
	mbo_day d, first, last, lo = ymd(1, 1, 1), hi = ymd(9999, 12, 31);
	const char *why;
	char a[16], b[16];

	(void)state;
	assert_int_equal(mbo_day_parse("tomorrow", hi, &d, &why), -1);
	assert_non_null(strstr(why, "9999-12-31"));
	assert_int_equal(mbo_day_parse("+1d", hi, &d, &why), -1);
	assert_int_equal(mbo_day_parse("+36600d", hi, &d, &why), -1);
	assert_int_equal(mbo_day_parse("yesterday", lo, &d, &why), -1);
	assert_non_null(strstr(why, "0001-01-01"));
	assert_int_equal(mbo_day_parse("-1d", lo, &d, &why), -1);
	/* The ends themselves are days. */
	assert_int_equal(mbo_day_parse("today", hi, &d, &why), 0);
	assert_int_equal(d, hi);
	assert_int_equal(mbo_day_parse("+0d", lo, &d, &why), 0);
	assert_int_equal(d, lo);
	/* 36600 days back from 9999-12-31: back to 9899-12-31 is 100 * 365 + 24
	 * leap days (9904..9996; 9900 is not leap) = 36524, then 76 more:
	 * 31 (Dec) + 30 (Nov) + 15 = 76, so 9899-10-16. */
	assert_int_equal(mbo_day_parse("-36600d", hi, &d, &why), 0);
	assert_string_equal(fmt(d, a), "9899-10-16");
	assert_int_equal(mbo_day_parse("9999-12-31", 0, &d, &why), 0);
	assert_int_equal(d, hi);

	assert_int_equal(mbo_period_parse("9999-W52", &first, &last, &why), -1);
	assert_non_null(strstr(why, "9999-12-31"));
	assert_int_equal(mbo_period_parse("9999-W51", &first, &last, &why), 0);
	assert_string_equal(fmt(first, a), "9999-12-20");
	assert_string_equal(fmt(last, b), "9999-12-26");
	assert_int_equal(mbo_period_parse("9999-W53", &first, &last, &why), -1);
	assert_int_equal(mbo_period_parse("0001-W01", &first, &last, &why), 0);
	assert_string_equal(fmt(first, a), "0001-01-01");
	assert_string_equal(fmt(last, b), "0001-01-07");
	assert_int_equal(mbo_period_parse("9999", &first, &last, &why), 0);
	assert_int_equal(last, hi);
	assert_int_equal(mbo_period_parse("9999-Q4", &first, &last, &why), 0);
	assert_int_equal(last, hi);
	assert_int_equal(mbo_period_parse("0001", &first, &last, &why), 0);
	assert_int_equal(first, lo);
}

static void test_periods_rejected(void **state)
{
	(void)state;
	period_bad("2026-Q5", NULL);
	period_bad("2026-Q0", NULL);
	period_bad("2026-13", "month");
	period_bad("2026-00", "month");
	period_bad("2026-W60", "W53");    /* 2026 has 53 weeks */
	period_bad("2026-W54", "W53");
	period_bad("2026-W00", NULL);
	period_bad("2025-W53", "W52");    /* 2025 has 52 */
	period_bad("2027-W53", "W52");
	period_bad("", NULL);
	period_bad(NULL, NULL);
	period_bad("26", NULL);
	period_bad("2026-", NULL);
	period_bad("2026-1", NULL);
	period_bad("2026-W5", NULL);
	period_bad("2026Q4", NULL);
	period_bad("2026-Q4x", NULL);
	period_bad("2026-11x", NULL);
	period_bad("Q4-2026", NULL);
	period_bad("0000", NULL);
	period_bad("abcd", NULL);
	period_bad(" 2026", NULL);
}

static void span_is(enum mbo_span span, const char *day, const char *end)
{
	char buf[16];
	mbo_day d;
	const char *why;

	assert_int_equal(mbo_day_parse(day, 0, &d, &why), 0);
	if (strcmp(fmt(mbo_span_end(span, d), buf), end) != 0)
		fail_msg("span %d of %s ends %s, expected %s", (int)span, day, buf, end);
}

static void test_span_end(void **state)
{
	mbo_day d, end = 0;
	int weeks = 0, months = 0, quarters = 0;
	char buf[16];

	(void)state;
	span_is(MBO_SPAN_WEEK, "2026-11-23", "2026-11-29");   /* Monday */
	span_is(MBO_SPAN_WEEK, "2026-11-29", "2026-11-29");   /* Sunday */
	span_is(MBO_SPAN_WEEK, "2026-12-30", "2027-01-03");   /* across the year */
	span_is(MBO_SPAN_WEEK, "2024-02-27", "2024-03-03");   /* across a leap day */
	span_is(MBO_SPAN_MONTH, "2026-11-27", "2026-11-30");
	span_is(MBO_SPAN_MONTH, "2026-12-01", "2026-12-31");
	span_is(MBO_SPAN_MONTH, "2026-02-10", "2026-02-28");
	span_is(MBO_SPAN_MONTH, "2024-02-10", "2024-02-29");
	span_is(MBO_SPAN_MONTH, "2026-01-31", "2026-01-31");
	span_is(MBO_SPAN_QUARTER, "2026-01-01", "2026-03-31");
	span_is(MBO_SPAN_QUARTER, "2026-06-30", "2026-06-30");
	span_is(MBO_SPAN_QUARTER, "2026-07-01", "2026-09-30");
	span_is(MBO_SPAN_QUARTER, "2026-11-27", "2026-12-31");
	span_is(MBO_SPAN_QUARTER, "2027-01-01", "2027-03-31");

	/* Walk consecutive spans from 2026-10-01 to 2027-03-31: they tile the
	 * days, each ends on a Sunday / a month's last day / a quarter's. */
	for (d = ymd(2026, 10, 1); d <= ymd(2027, 3, 31); d = end + 1, weeks++) {
		end = mbo_span_end(MBO_SPAN_WEEK, d);
		assert_true(end >= d && end - d < 7);
		assert_int_equal(mbo_day_weekday(end), 7);
	}
	assert_int_equal(weeks, 27);   /* Thu 2026-10-01 .. Sun 2027-04-04 */
	for (d = ymd(2026, 10, 1); d <= ymd(2027, 3, 31); d = end + 1, months++) {
		int y, mo, dd;
		end = mbo_span_end(MBO_SPAN_MONTH, d);
		mbo_day_to_ymd(end + 1, &y, &mo, &dd);
		assert_int_equal(dd, 1);
	}
	assert_int_equal(months, 6);
	for (d = ymd(2026, 10, 1); d <= ymd(2027, 3, 31); d = end + 1, quarters++)
		end = mbo_span_end(MBO_SPAN_QUARTER, d);
	assert_int_equal(quarters, 2);
	assert_string_equal(fmt(end, buf), "2027-03-31");
}

static void test_minus_year(void **state)
{
	char buf[16];

	(void)state;
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2024, 2, 29)), buf), "2023-02-28");
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2024, 2, 28)), buf), "2023-02-28");
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2024, 3, 1)), buf), "2023-03-01");
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2025, 3, 1)), buf), "2024-03-01");
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2025, 2, 28)), buf), "2024-02-28");
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2026, 11, 27)), buf), "2025-11-27");
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2027, 1, 1)), buf), "2026-01-01");
	assert_string_equal(fmt(mbo_day_minus_year(ymd(2000, 2, 29)), buf), "1999-02-28");
}

/* The quarter a day is in: each quarter's first and last day, and the
 * years at both ends of the calendar. */
static void test_quarter_of(void **state)
{
	static const struct { int y, m, d; const char *q; } cases[] = {
		{ 2026, 1, 1, "2026-Q1" }, { 2026, 3, 31, "2026-Q1" },
		{ 2026, 4, 1, "2026-Q2" }, { 2026, 6, 30, "2026-Q2" },
		{ 2026, 7, 1, "2026-Q3" }, { 2026, 9, 30, "2026-Q3" },
		{ 2026, 10, 1, "2026-Q4" }, { 2026, 11, 27, "2026-Q4" }, { 2026, 12, 31, "2026-Q4" },
		{ 2027, 1, 1, "2027-Q1" }, { 1, 1, 1, "0001-Q1" }, { 9999, 12, 31, "9999-Q4" },
	};
	char buf[16];
	mbo_day d, first, last;
	const char *why;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(mbo_day_from_ymd(cases[i].y, cases[i].m, cases[i].d, &d), 0);
		mbo_quarter_of(d, buf, sizeof buf);
		assert_string_equal(buf, cases[i].q);
		/* The name parses back to a quarter that holds the day. */
		assert_int_equal(mbo_period_parse(buf, &first, &last, &why), 0);
		assert_true(first <= d && d <= last);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_known_days),
		cmocka_unit_test(test_round_trips),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_junk),
		cmocka_unit_test(test_today_and_now),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_periods_rejected),
		cmocka_unit_test(test_calendar_ends),
		cmocka_unit_test(test_span_end),
		cmocka_unit_test(test_quarter_of),
		cmocka_unit_test(test_minus_year),
	};

	setenv("MBO_TODAY", "2026-11-27", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
