/*
 * test_calendar.c: workdays. Monday to Friday, holidays on weekdays, extra
 * working Saturdays, year boundaries, leap years, counting back, and the
 * cache of exceptions seeing another connection's writes.
 */
#include "fixture.h"

#include <stdlib.h>

#include "mbo/calendar.h"
#include "mbo/undo.h"

static int64_t wd(fx *f, const char *from, const char *to)
{
	return mbo_workdays(f->m, fx_day(from), fx_day(to));
}

static void set_day(fx *f, const char *day, int kind, const char *name)
{
	if (mbo_calendar_set(f->m, f->admin, fx_day(day), kind, name) != MBO_OK)
		fail_msg("calendar set %s: %s", day, mbo_errmsg(f->m));
}

/* Counts workdays one day at a time with mbo_is_workday. */
static int64_t brute(fx *f, mbo_day from, mbo_day to)
{
	int64_t n = 0;
	mbo_day d;

	for (d = from; d <= to; d++)
		n += mbo_is_workday(f->m, d);
	return n;
}

static void test_weekdays(void **state)
{
	fx *f = *state;

	/* 2026-11-23 is a Monday. */
	assert_true(mbo_is_workday(f->m, fx_day("2026-11-23")));
	assert_true(mbo_is_workday(f->m, fx_day("2026-11-27")));
	assert_false(mbo_is_workday(f->m, fx_day("2026-11-28")));
	assert_false(mbo_is_workday(f->m, fx_day("2026-11-29")));
	assert_int_equal(wd(f, "2026-11-23", "2026-11-29"), 5);
	assert_int_equal(wd(f, "2026-11-28", "2026-11-29"), 0);
	assert_int_equal(wd(f, "2026-11-27", "2026-11-27"), 1);
	assert_int_equal(wd(f, "2026-11-27", "2026-11-30"), 2);
	/* November 2026: 1 Nov is a Sunday, 30 Nov a Monday. */
	assert_int_equal(wd(f, "2026-11-01", "2026-11-30"), 21);
	/* An empty range. */
	assert_int_equal(wd(f, "2026-11-27", "2026-11-26"), 0);
	assert_int_equal(wd(f, "2026-11-30", "2026-11-01"), 0);
}

static void test_holiday_on_weekday(void **state)
{
	fx *f = *state;

	set_day(f, "2026-11-26", MBO_DAY_HOLIDAY, "Company day");
	assert_false(mbo_is_workday(f->m, fx_day("2026-11-26")));
	assert_int_equal(wd(f, "2026-11-23", "2026-11-29"), 4);
	assert_int_equal(wd(f, "2026-11-26", "2026-11-26"), 0);
	assert_int_equal(wd(f, "2026-11-27", "2026-11-29"), 1);
	assert_int_equal(wd(f, "2026-11-01", "2026-11-30"), 20);
	/* A holiday on a Sunday changes nothing. */
	set_day(f, "2026-11-29", MBO_DAY_HOLIDAY, "Sunday anyway");
	assert_int_equal(wd(f, "2026-11-23", "2026-11-29"), 4);
	/* Back to normal. */
	assert_int_equal(mbo_calendar_unset(f->m, f->admin, fx_day("2026-11-26")), MBO_OK);
	assert_true(mbo_is_workday(f->m, fx_day("2026-11-26")));
	assert_int_equal(wd(f, "2026-11-23", "2026-11-29"), 5);
	assert_int_equal(mbo_calendar_unset(f->m, f->admin, fx_day("2026-11-26")), MBO_ENOTFOUND);
}

static void test_extra_saturday(void **state)
{
	fx *f = *state;
	mbo_calendar_entry *v;
	size_t n;

	/* A Saturday worked in place of the holiday on the Friday before it. */
	set_day(f, "2026-10-09", MBO_DAY_HOLIDAY, "Bridge");
	set_day(f, "2026-10-10", MBO_DAY_WORKDAY, "Make-up day");
	assert_true(mbo_is_workday(f->m, fx_day("2026-10-10")));
	assert_false(mbo_is_workday(f->m, fx_day("2026-10-09")));
	assert_int_equal(wd(f, "2026-10-05", "2026-10-11"), 5);
	assert_int_equal(wd(f, "2026-10-10", "2026-10-11"), 1);
	assert_int_equal(wd(f, "2026-10-09", "2026-10-10"), 1);
	/* A workday entry on a weekday changes nothing. */
	set_day(f, "2026-10-12", MBO_DAY_WORKDAY, "");
	assert_int_equal(wd(f, "2026-10-12", "2026-10-16"), 5);

	assert_int_equal(mbo_calendar_list(f->m, fx_day("2026-10-01"), fx_day("2026-10-31"), &v, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_int_equal(v[0].day, fx_day("2026-10-09"));
	assert_int_equal(v[0].kind, MBO_DAY_HOLIDAY);
	assert_string_equal(v[0].name, "Bridge");
	assert_int_equal(v[1].kind, MBO_DAY_WORKDAY);
	free(v);
}

static void test_year_boundary(void **state)
{
	fx *f = *state;

	/* 2026-12-28 is a Monday; 2027-01-01 a Friday. */
	assert_int_equal(wd(f, "2026-12-28", "2027-01-03"), 5);
	set_day(f, "2027-01-01", MBO_DAY_HOLIDAY, "New Year");
	assert_int_equal(wd(f, "2026-12-28", "2027-01-03"), 4);
	assert_int_equal(wd(f, "2026-12-31", "2027-01-04"), 2);
	/* Whole years: 2026 starts on a Thursday, 365 days. */
	assert_int_equal(wd(f, "2026-01-01", "2026-12-31"), 261);
	assert_int_equal(wd(f, "2027-01-01", "2027-12-31"), 260);
}

static void test_leap_years(void **state)
{
	fx *f = *state;

	/* 2024 is a leap year starting on a Monday: 366 days, 262 weekdays. */
	assert_int_equal(wd(f, "2024-01-01", "2024-12-31"), 262);
	/* 29 Feb 2024 is a Thursday. */
	assert_true(mbo_is_workday(f->m, fx_day("2024-02-29")));
	assert_int_equal(wd(f, "2024-02-26", "2024-03-03"), 5);
	assert_int_equal(wd(f, "2024-02-28", "2024-03-01"), 3);
	/* 2023 has no 29 February: 28 Feb (Tue) to 1 Mar (Wed). */
	assert_int_equal(wd(f, "2023-02-28", "2023-03-01"), 2);
	/* 2000 is a leap year starting on a Saturday: 366 days, 260 weekdays. */
	assert_int_equal(wd(f, "2000-01-01", "2000-12-31"), 260);
}

static void test_against_day_by_day(void **state)
{
	fx *f = *state;
	mbo_day base = fx_day("2026-09-01"), a, b;

	set_day(f, "2026-10-01", MBO_DAY_HOLIDAY, "National Day");
	set_day(f, "2026-10-02", MBO_DAY_HOLIDAY, "National Day");
	set_day(f, "2026-09-27", MBO_DAY_WORKDAY, "Make-up Sunday");
	set_day(f, "2026-10-10", MBO_DAY_WORKDAY, "Make-up Saturday");
	for (a = base; a < base + 60; a += 3)
		for (b = a - 2; b < a + 50; b += 5)
			assert_int_equal(mbo_workdays(f->m, a, b), b < a ? 0 : brute(f, a, b));
}

static void test_workday_back(void **state)
{
	fx *f = *state;

	/* From Monday 2026-11-30. */
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-30"), 0), fx_day("2026-11-30"));
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-30"), 1), fx_day("2026-11-27"));
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-30"), 5), fx_day("2026-11-23"));
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-30"), 6), fx_day("2026-11-20"));
	/* From a Sunday: the Friday before is the first. */
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-29"), 1), fx_day("2026-11-27"));
	/* A holiday is skipped, an extra Saturday counts. */
	set_day(f, "2026-11-27", MBO_DAY_HOLIDAY, "");
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-30"), 1), fx_day("2026-11-26"));
	set_day(f, "2026-11-28", MBO_DAY_WORKDAY, "");
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-30"), 1), fx_day("2026-11-28"));
	assert_int_equal(mbo_workday_back(f->m, fx_day("2026-11-30"), 2), fx_day("2026-11-26"));
	/* Across a year boundary with New Year's Day off. */
	set_day(f, "2027-01-01", MBO_DAY_HOLIDAY, "New Year");
	assert_int_equal(mbo_workday_back(f->m, fx_day("2027-01-04"), 1), fx_day("2026-12-31"));
	/* Over 29 February. */
	assert_int_equal(mbo_workday_back(f->m, fx_day("2024-03-01"), 1), fx_day("2024-02-29"));
	assert_int_equal(mbo_workday_back(f->m, fx_day("2024-03-04"), 2), fx_day("2024-02-29"));
}

/* Another connection's write is seen (the exceptions are cached). */
static void test_other_connection(void **state)
{
	fx *f = *state;
	mbo *other = NULL;

	assert_int_equal(wd(f, "2026-11-23", "2026-11-27"), 5);
	assert_int_equal(mbo_open(f->path, 0, &other), MBO_OK);
	assert_int_equal(mbo_calendar_set(other, f->admin, fx_day("2026-11-25"), MBO_DAY_HOLIDAY, "x"), MBO_OK);
	mbo_close(other);
	assert_int_equal(wd(f, "2026-11-23", "2026-11-27"), 4);
}

static void test_set_refused(void **state)
{
	fx *f = *state;
	int64_t ann = fx_person(f, "ann", "sales", NULL);

	assert_int_equal(mbo_calendar_set(f->m, ann, fx_day("2026-11-25"), MBO_DAY_HOLIDAY, ""), MBO_EPERM);
	assert_int_equal(mbo_calendar_set(f->m, f->admin, fx_day("2026-11-25"), 7, ""), MBO_EINVAL);
	assert_int_equal(wd(f, "2026-11-23", "2026-11-27"), 5);
}

/* Undo takes a holiday back, and this connection's cached calendar sees
 * it at once (undo forgets the caches: mbo_caches_forget). 2026-11-23 ..
 * 11-27 is Monday to Friday: 5 workdays, 4 with the holiday. */
static void test_undo_forgets_cache(void **state)
{
	fx *f = *state;
	char summary[128];

	assert_int_equal(wd(f, "2026-11-23", "2026-11-27"), 5);
	set_day(f, "2026-11-25", MBO_DAY_HOLIDAY, "x");
	assert_int_equal(wd(f, "2026-11-23", "2026-11-27"), 5 - 1);
	assert_int_equal(mbo_undo_last(f->m, f->admin, summary, sizeof summary), MBO_OK);
	assert_int_equal(wd(f, "2026-11-23", "2026-11-27"), 5);
	/* And again: a Saturday made a workday, undone. 11-23 .. 11-29 has 5
	 * workdays, 6 with it. */
	set_day(f, "2026-11-28", MBO_DAY_WORKDAY, "make-up");
	assert_int_equal(wd(f, "2026-11-23", "2026-11-29"), 5 + 1);
	assert_int_equal(mbo_undo_last(f->m, f->admin, summary, sizeof summary), MBO_OK);
	assert_int_equal(wd(f, "2026-11-23", "2026-11-29"), 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_weekdays, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_undo_forgets_cache, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_holiday_on_weekday, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_extra_saturday, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_year_boundary, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_leap_years, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_against_day_by_day, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_workday_back, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_other_connection, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_set_refused, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
