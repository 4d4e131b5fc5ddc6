/*
 * test_plan.c: decomposition (src/core/plan.c): the exact allocation,
 * stages (even, weighted, level goals, weeks without workdays) and the
 * cascade to a team (even, shares, by history), with the refusals, each
 * checked to leave the database as it was.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "mbo/calendar.h"
#include "mbo/goal.h"
#include "mbo/plan.h"
#include "mbo/undo.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

/* Row counts of the tables a plan call writes. */
typedef struct counts {
	int64_t goal, milestone, change, revision;
} counts;

static counts snap(fx *f)
{
	counts c;

	c.goal = fx_int(f, "SELECT count(*) FROM goal");
	c.milestone = fx_int(f, "SELECT count(*) FROM milestone");
	c.change = fx_int(f, "SELECT count(*) FROM change");
	c.revision = fx_int(f, "SELECT count(*) FROM revision");
	return c;
}

static void assert_unchanged(fx *f, counts before)
{
	counts now = snap(f);

	assert_int_equal(now.goal, before.goal);
	assert_int_equal(now.milestone, before.milestone);
	assert_int_equal(now.change, before.change);
	assert_int_equal(now.revision, before.revision);
}

static void assert_msg(fx *f, const char *part)
{
	if (strstr(mbo_errmsg(f->m), part) == NULL)
		fail_msg("message \"%s\" does not contain \"%s\"", mbo_errmsg(f->m), part);
}

/* A team: boss (manager) over a, b and c; boss2 over x; lonely has nobody. */
typedef struct team {
	int64_t boss, a, b, c, boss2, x, lonely;
} team;

static team make_team(fx *f)
{
	team t;

	t.boss = fx_person(f, "boss", "manager", NULL);
	t.a = fx_person(f, "a", "sales", "boss");
	t.b = fx_person(f, "b", "sales", "boss");
	t.c = fx_person(f, "c", "sales", "boss");
	t.boss2 = fx_person(f, "boss2", "manager", NULL);
	t.x = fx_person(f, "x", "sales", "boss2");
	t.lonely = fx_person(f, "lonely", "manager", NULL);
	return t;
}

static void set_goal(fx *f, int64_t id, const char *assignments)
{
	char sql[512];

	snprintf(sql, sizeof sql, "UPDATE goal SET %s WHERE id = %lld", assignments, (long long)id);
	fx_sql(f, sql);
}

static void check_milestones(fx *f, int64_t goal, const char *const *days,
                             const char *const *targets, size_t n)
{
	mbo_milestone *v = NULL;
	size_t got = 0, i;

	assert_int_equal(mbo_milestone_list(f->m, goal, &v, &got), MBO_OK);
	assert_int_equal(got, n);
	for (i = 0; i < n; i++) {
		assert_int_equal(v[i].day, fx_day(days[i]));
		assert_int_equal(v[i].target, fx_dec(targets[i]));
	}
	free(v);
}

/* Marks n days from `first` as holidays, through the calendar API. */
static void holidays(fx *f, const char *first, int n)
{
	mbo_day d = fx_day(first);
	int i;

	for (i = 0; i < n; i++)
		assert_int_equal(mbo_calendar_set(f->m, f->admin, d + i, MBO_DAY_HOLIDAY, "holiday"), MBO_OK);
}

static mbo_share share(const char *login, const char *amount, bool percent)
{
	mbo_share s;

	memset(&s, 0, sizeof s);
	snprintf(s.login, sizeof s.login, "%s", login);
	if (amount) {
		s.has_amount = true;
		s.percent = percent;
		s.amount = fx_dec(amount);
	}
	return s;
}

static int64_t child_target(fx *f, int64_t id)
{
	char sql[128];

	snprintf(sql, sizeof sql, "SELECT target FROM goal WHERE id = %lld", (long long)id);
	return fx_int(f, sql);
}

/* ---------------------------------------------------------------------- */
/* mbo_allocate                                                            */

static void test_allocate_exact(void **state)
{
	int64_t even[3] = { 1, 1, 1 }, four[4] = { 1, 1, 1, 1 }, w[3] = { 1, 2, 3 };
	int64_t zero[3] = { 0, 5, 0 };
	mbo_dec out[4];

	(void)state;
	assert_int_equal(mbo_allocate(fx_dec("100"), even, 3, 2, out), 0);
	assert_int_equal(out[0], fx_dec("33.34"));
	assert_int_equal(out[1], fx_dec("33.33"));
	assert_int_equal(out[2], fx_dec("33.33"));

	assert_int_equal(mbo_allocate(fx_dec("100"), even, 3, 0, out), 0);
	assert_int_equal(out[0], fx_dec("34"));
	assert_int_equal(out[1], fx_dec("33"));
	assert_int_equal(out[2], fx_dec("33"));

	/* Negative totals mirror positive ones. */
	assert_int_equal(mbo_allocate(fx_dec("-100"), even, 3, 2, out), 0);
	assert_int_equal(out[0], fx_dec("-33.34"));
	assert_int_equal(out[1], fx_dec("-33.33"));
	assert_int_equal(out[2], fx_dec("-33.33"));

	/* Ties go to the lower index. */
	assert_int_equal(mbo_allocate(fx_dec("10"), four, 4, 0, out), 0);
	assert_int_equal(out[0], fx_dec("3"));
	assert_int_equal(out[1], fx_dec("3"));
	assert_int_equal(out[2], fx_dec("2"));
	assert_int_equal(out[3], fx_dec("2"));

	/* Largest remainder first: 1.67, 3.33, 5 -> 2, 3, 5. */
	assert_int_equal(mbo_allocate(fx_dec("10"), w, 3, 0, out), 0);
	assert_int_equal(out[0], fx_dec("2"));
	assert_int_equal(out[1], fx_dec("3"));
	assert_int_equal(out[2], fx_dec("5"));

	/* Zero weights get nothing. */
	assert_int_equal(mbo_allocate(fx_dec("7.5"), zero, 3, 1, out), 0);
	assert_int_equal(out[0], 0);
	assert_int_equal(out[1], fx_dec("7.5"));
	assert_int_equal(out[2], 0);

	/* Four places: the unit is 0.0001. */
	assert_int_equal(mbo_allocate(fx_dec("1"), even, 3, 4, out), 0);
	assert_int_equal(out[0], fx_dec("0.3334"));
	assert_int_equal(out[1], fx_dec("0.3333"));
	assert_int_equal(out[2], fx_dec("0.3333"));
}

static void test_allocate_bad_input(void **state)
{
	int64_t w[3] = { 1, 1, 1 }, neg[2] = { 1, -1 }, none[2] = { 0, 0 };
	mbo_dec out[3];

	(void)state;
	assert_int_equal(mbo_allocate(fx_dec("1"), none, 2, 0, out), -1);
	assert_int_equal(mbo_allocate(fx_dec("1"), neg, 2, 0, out), -1);
	assert_int_equal(mbo_allocate(fx_dec("1"), w, 0, 0, out), -1);
	assert_int_equal(mbo_allocate(fx_dec("1"), w, 3, 5, out), -1);
	assert_int_equal(mbo_allocate(fx_dec("1"), w, 3, -1, out), -1);
	/* 0.5 is not a whole number of units at 0 places. */
	assert_int_equal(mbo_allocate(fx_dec("0.5"), w, 3, 0, out), -1);
}

/* Random weights and totals: the parts always add up, each is a multiple
 * of the unit and within one unit of its exact share. */
static void test_allocate_property(void **state)
{
	static const int64_t unit[] = { 10000, 1000, 100, 10, 1 };
	unsigned seed = 12345;
	int round;

	(void)state;
	for (round = 0; round < 2000; round++) {
		int64_t w[7];
		mbo_dec out[7], total, sum = 0;
		size_t n, i;
		int places;
		__int128 wsum = 0;

		seed = seed * 1103515245u + 12345u;
		n = 1 + (seed >> 16) % 7;
		places = (int)((seed >> 8) % 5);
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			w[i] = (seed >> 4) % 1000;
			wsum += w[i];
		}
		if (wsum == 0)
			w[0] = wsum = 1;
		seed = seed * 1103515245u + 12345u;
		total = (mbo_dec)((seed >> 3) % 100000000) * unit[places];
		if (round % 2)
			total = -total;
		assert_int_equal(mbo_allocate(total, w, n, places, out), 0);
		for (i = 0; i < n; i++) {
			__int128 exact = (__int128)total * w[i];   /* share * wsum */
			__int128 diff = (__int128)out[i] * wsum - exact;
			assert_int_equal(out[i] % unit[places], 0);
			assert_true(diff < (__int128)unit[places] * wsum && diff > -(__int128)unit[places] * wsum);
			sum += out[i];
		}
		assert_int_equal(sum, total);
	}
}

/* ---------------------------------------------------------------------- */
/* Stages                                                                  */

static void test_split_month_even(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "visits", "31", "2026-10-01", "2026-12-31");
	static const char *const days[] = { "2026-10-31", "2026-11-30", "2026-12-31" };
	/* 22, 21 and 23 workdays: 10.33, 9.86, 10.80 -> 10, 10, 11. */
	static const char *const cum[] = { "10", "20", "31" };
	char sql[512];

	assert_int_equal(mbo_goal_split(f->m, t.boss, g, MBO_SPAN_MONTH, false), MBO_OK);
	check_milestones(f, g, days, cum, 3);

	snprintf(sql, sizeof sql,
	         "SELECT count(*) FROM revision WHERE goal_id = %lld AND field = 'milestones' "
	         "AND old_value = '0' AND new_value = '3 by month (even)' "
	         "AND reason = 'split into stages'", (long long)g);
	assert_int_equal(fx_int(f, sql), 1);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM change WHERE summary = 'split goal %lld by month'",
	         (long long)g);
	assert_int_equal(fx_int(f, sql), 1);
}

static void test_split_replaces_and_undoes(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "visits", "31", "2026-10-01", "2026-12-31");
	static const char *const days[] = { "2026-10-31", "2026-11-30", "2026-12-31" };
	static const char *const cum[] = { "10", "20", "31" };
	mbo_milestone *v = NULL;
	size_t n = 0, i;
	char buf[128], sql[512];

	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_MONTH, false), MBO_OK);
	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_WEEK, false), MBO_OK);

	/* Weeks end on Sunday, the last on the due date (a Thursday). */
	assert_int_equal(mbo_milestone_list(f->m, g, &v, &n), MBO_OK);
	assert_int_equal(n, 14);
	assert_int_equal(v[0].day, fx_day("2026-10-04"));
	assert_int_equal(v[n - 1].day, fx_day("2026-12-31"));
	assert_int_equal(v[n - 1].target, fx_dec("31"));
	for (i = 1; i < n; i++) {
		assert_true(v[i].target >= v[i - 1].target);
		assert_int_equal(v[i].target % MBO_DEC_SCALE, 0);
	}
	free(v);
	snprintf(sql, sizeof sql,
	         "SELECT count(*) FROM revision WHERE goal_id = %lld AND field = 'milestones' "
	         "AND old_value = '3' AND new_value = '14 by week (even)'", (long long)g);
	assert_int_equal(fx_int(f, sql), 1);

	/* Undo brings the monthly stages back as a whole. */
	assert_int_equal(mbo_undo_last(f->m, t.a, buf, sizeof buf), MBO_OK);
	snprintf(sql, sizeof sql, "split goal %lld by week", (long long)g);
	assert_string_equal(buf, sql);
	check_milestones(f, g, days, cum, 3);
}

static void test_split_quarter_two_decimals(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "revenue", "1000000.50", "2026-01-01", "2026-03-31");
	static const char *const days[] = { "2026-01-31", "2026-02-28", "2026-03-31" };
	/* 22, 20, 22 workdays of 64. */
	static const char *const cum[] = { "343750.17", "656250.33", "1000000.50" };

	assert_int_equal(mbo_goal_split(f->m, t.boss, g, MBO_SPAN_MONTH, false), MBO_OK);
	check_milestones(f, g, days, cum, 3);
}

static void test_split_by_quarter(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "calls", "1000", "2026-01-01", "2026-12-31");
	mbo_milestone *v = NULL;
	size_t n = 0;

	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_QUARTER, false), MBO_OK);
	assert_int_equal(mbo_milestone_list(f->m, g, &v, &n), MBO_OK);
	assert_int_equal(n, 4);
	assert_int_equal(v[0].day, fx_day("2026-03-31"));
	assert_int_equal(v[1].day, fx_day("2026-06-30"));
	assert_int_equal(v[2].day, fx_day("2026-09-30"));
	assert_int_equal(v[3].day, fx_day("2026-12-31"));
	assert_int_equal(v[3].target, fx_dec("1000"));
	free(v);
}

static void test_split_level_goal(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "active_customers", "81", "2026-10-01", "2026-12-31");
	static const char *const days[] = { "2026-10-31", "2026-11-30", "2026-12-31" };
	static const char *const cum[] = { "60", "70", "81" };

	set_goal(f, g, "kind = 'level', baseline = 500000");
	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_MONTH, false), MBO_OK);
	check_milestones(f, g, days, cum, 3);
}

static void test_split_week_without_workdays(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "visits", "30", "2026-11-02", "2026-11-29");
	static const char *const days[] = { "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29" };
	static const char *const cum[] = { "10", "10", "20", "30" };

	holidays(f, "2026-11-09", 5);
	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_WEEK, false), MBO_OK);
	check_milestones(f, g, days, cum, 4);
}

static void test_split_weighted(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t old = fx_goal(f, t.a, "visits", "400", "2025-10-01", "2025-12-31");
	int64_t other = fx_goal(f, t.b, "visits", "999", "2025-10-01", "2025-12-31");
	int64_t g = fx_goal(f, t.a, "visits", "40", "2026-10-01", "2026-12-31");
	static const char *const days[] = { "2026-10-31", "2026-11-30", "2026-12-31" };
	/* Rates per workday a year earlier: 100/23, 200/20, 100/23; weights
	 * 22*100/23, 21*200/20, 23*100/23 -> 9.43, 20.71, 9.86 -> 9, 21, 10. */
	static const char *const cum[] = { "9", "30", "40" };
	char sql[512];

	fx_checkin(f, old, "2025-10-15", "100");
	fx_checkin(f, old, "2025-11-10", "120");
	fx_checkin(f, old, "2025-11-20", "80");
	fx_checkin(f, old, "2025-12-05", "100");
	fx_checkin(f, other, "2025-10-15", "5000");   /* someone else's: ignored */

	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_MONTH, true), MBO_OK);
	check_milestones(f, g, days, cum, 3);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM revision WHERE goal_id = %lld "
	         "AND new_value = '3 by month (weighted)'", (long long)g);
	assert_int_equal(fx_int(f, sql), 1);
}

static void test_split_refusals(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "visits", "30", "2026-10-01", "2026-12-31");
	int64_t short_goal = fx_goal(f, t.a, "visits", "5", "2026-11-02", "2026-11-20");
	int64_t week_goal = fx_goal(f, t.a, "visits", "5", "2026-11-02", "2026-11-06");
	int64_t closed = fx_goal(f, t.a, "visits", "5", "2026-10-01", "2026-12-31");
	int64_t holiday = fx_goal(f, t.a, "visits", "5", "2026-12-05", "2026-12-13");
	counts before;

	set_goal(f, closed, "status = 'cancelled'");
	/* Two weekends and the week between them off: no workday at all. */
	holidays(f, "2026-12-07", 5);
	/* A goal split before: refusals must keep its milestones. */
	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_MONTH, false), MBO_OK);
	before = snap(f);

	/* Weighted without history. */
	assert_int_equal(mbo_goal_split(f->m, t.a, g, MBO_SPAN_MONTH, true), MBO_EINVAL);
	assert_msg(f, "no history of visits for a a year earlier");
	assert_msg(f, "without --weighted");
	assert_unchanged(f, before);

	/* One stage: a month asks for weeks, a week has nothing shorter. */
	assert_int_equal(mbo_goal_split(f->m, t.a, short_goal, MBO_SPAN_MONTH, false), MBO_EINVAL);
	assert_msg(f, "by week");
	assert_unchanged(f, before);
	assert_int_equal(mbo_goal_split(f->m, t.a, short_goal, MBO_SPAN_QUARTER, false), MBO_EINVAL);
	assert_msg(f, "by month");
	assert_int_equal(mbo_goal_split(f->m, t.a, week_goal, MBO_SPAN_WEEK, false), MBO_EINVAL);
	assert_msg(f, "within one week");
	assert_unchanged(f, before);

	assert_int_equal(mbo_goal_split(f->m, t.a, holiday, MBO_SPAN_WEEK, false), MBO_EINVAL);
	assert_msg(f, "no workday");
	assert_unchanged(f, before);

	/* Closed goals, strangers, unknown goals. */
	assert_int_equal(mbo_goal_split(f->m, t.a, closed, MBO_SPAN_MONTH, false), MBO_EINVAL);
	assert_msg(f, "cancelled");
	assert_int_equal(mbo_goal_split(f->m, t.x, g, MBO_SPAN_MONTH, false), MBO_EPERM);
	assert_int_equal(mbo_goal_split(f->m, t.boss2, g, MBO_SPAN_MONTH, false), MBO_EPERM);
	assert_int_equal(mbo_goal_split(f->m, t.a, 9999, MBO_SPAN_MONTH, false), MBO_ENOTFOUND);
	assert_unchanged(f, before);
}

static void test_milestone_list_empty(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "visits", "30", "2026-10-01", "2026-12-31");
	mbo_milestone *v = (mbo_milestone *)1;
	size_t n = 7;

	assert_int_equal(mbo_milestone_list(f->m, g, &v, &n), MBO_OK);
	assert_null(v);
	assert_int_equal(n, 0);
}

/* ---------------------------------------------------------------------- */
/* Cascade                                                                 */

static void test_cascade_even_whole(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "revenue", "100", "2026-10-01", "2026-12-31");
	int64_t *ids = NULL;
	size_t n = 0;
	char sql[512];

	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 3);
	/* Direct reports by login: a, b, c. */
	assert_int_equal(child_target(f, ids[0]), fx_dec("34"));
	assert_int_equal(child_target(f, ids[1]), fx_dec("33"));
	assert_int_equal(child_target(f, ids[2]), fx_dec("33"));

	snprintf(sql, sizeof sql,
	         "SELECT count(*) FROM goal WHERE parent_id = %lld AND status = 'active' "
	         "AND method = 'negotiated' AND metric = 'revenue' AND unit = 'units' "
	         "AND start_day = '2026-10-01' AND due_day = '2026-12-31' AND baseline = 0 "
	         "AND description = 'Share of goal #%lld' AND created_by = %lld",
	         (long long)g, (long long)g, (long long)t.boss);
	assert_int_equal(fx_int(f, sql), 3);
	snprintf(sql, sizeof sql, "SELECT owner_id FROM goal WHERE id = %lld", (long long)ids[1]);
	assert_int_equal(fx_int(f, sql), t.b);
	snprintf(sql, sizeof sql,
	         "SELECT count(*) FROM goal WHERE id = %lld AND title = 'Goal on revenue \xE2\x80\x94 c'",
	         (long long)ids[2]);
	assert_int_equal(fx_int(f, sql), 1);
	snprintf(sql, sizeof sql, "SELECT sum(target) FROM goal WHERE parent_id = %lld", (long long)g);
	assert_int_equal(fx_int(f, sql), fx_dec("100"));
	snprintf(sql, sizeof sql, "SELECT count(*) FROM change WHERE summary = 'cascade goal %lld to 3 members'",
	         (long long)g);
	assert_int_equal(fx_int(f, sql), 1);
	free(ids);
}

static void test_cascade_even_decimals_and_undo(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "revenue", "1000.51", "2026-10-01", "2026-12-31");
	counts before = snap(f);
	int64_t *ids = NULL;
	size_t n = 0;

	set_goal(f, g, "kpi = 'Quarterly revenue'");
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_int_equal(child_target(f, ids[0]), fx_dec("333.51"));
	assert_int_equal(child_target(f, ids[1]), fx_dec("333.50"));
	assert_int_equal(child_target(f, ids[2]), fx_dec("333.50"));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE method = 'kpi' "
	                           "AND kpi = 'Quarterly revenue' AND parent_id IS NOT NULL"), 3);
	free(ids);

	/* The whole cascade is one change, the actor's latest. */
	assert_int_equal(fx_int(f, "SELECT count(DISTINCT change_id) FROM undo_step WHERE tbl = 'goal'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM undo_step WHERE tbl = 'goal'"), 3);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change"), before.change + 1);
}

/* A target with one decimal is cut at two, as numbers are written. */
static void test_cascade_one_decimal_counts_as_two(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "revenue", "10.1", "2026-10-01", "2026-12-31");
	int64_t *ids = NULL;
	size_t n = 0;

	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_int_equal(child_target(f, ids[0]), fx_dec("3.37"));
	assert_int_equal(child_target(f, ids[1]), fx_dec("3.37"));
	assert_int_equal(child_target(f, ids[2]), fx_dec("3.36"));
	free(ids);
}

static void test_cascade_level_goal(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "active_customers", "90", "2026-10-01", "2026-12-31");
	mbo_share s[2];
	int64_t *ids = NULL;
	size_t n = 0;
	char sql[512];

	set_goal(f, g, "kind = 'level', baseline = 600000");
	s[0] = share("a", "60", true);
	s[1] = share("b", "40", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_OK);
	assert_int_equal(n, 2);
	snprintf(sql, sizeof sql, "SELECT baseline FROM goal WHERE id = %lld AND kind = 'level'",
	         (long long)ids[0]);
	assert_int_equal(fx_int(f, sql), fx_dec("36"));
	assert_int_equal(child_target(f, ids[0]), fx_dec("54"));
	snprintf(sql, sizeof sql, "SELECT baseline FROM goal WHERE id = %lld", (long long)ids[1]);
	assert_int_equal(fx_int(f, sql), fx_dec("24"));
	assert_int_equal(child_target(f, ids[1]), fx_dec("36"));
	free(ids);
}

static void test_cascade_shares(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g1 = fx_goal(f, t.boss, "revenue", "1000", "2026-10-01", "2026-12-31");
	int64_t g2 = fx_goal(f, t.boss, "revenue", "1000", "2026-10-01", "2026-12-31");
	int64_t g3 = fx_goal(f, t.boss, "revenue", "100", "2026-10-01", "2026-12-31");
	mbo_share s[3];
	int64_t *ids = NULL;
	size_t n = 0;

	/* Percentages. */
	s[0] = share("c", "50", true);
	s[1] = share("a", "30", true);
	s[2] = share("b", "20", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g1, MBO_CASCADE_SHARES, s, 3, &ids, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_int_equal(child_target(f, ids[0]), fx_dec("500"));
	assert_int_equal(child_target(f, ids[1]), fx_dec("300"));
	assert_int_equal(child_target(f, ids[2]), fx_dec("200"));
	free(ids);

	/* Amounts, given exactly. */
	s[0] = share("a", "400", false);
	s[1] = share("b", "333.34", false);
	s[2] = share("c", "266.66", false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g2, MBO_CASCADE_SHARES, s, 3, &ids, &n), MBO_OK);
	assert_int_equal(child_target(f, ids[1]), fx_dec("333.34"));
	assert_int_equal(child_target(f, ids[2]), fx_dec("266.66"));
	free(ids);

	/* Thirds of a whole-number target, as percentages. */
	s[0] = share("a", "33.3333", true);
	s[1] = share("b", "33.3333", true);
	s[2] = share("c", "33.3334", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g3, MBO_CASCADE_SHARES, s, 3, &ids, &n), MBO_OK);
	assert_int_equal(child_target(f, ids[0]) + child_target(f, ids[1]) + child_target(f, ids[2]),
	                 fx_dec("100"));
	assert_int_equal(child_target(f, ids[2]), fx_dec("34"));
	free(ids);
}

static void test_cascade_by_history(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "revenue", "1000", "2026-10-01", "2026-12-31");
	int64_t ha = fx_goal(f, t.a, "revenue", "500", "2026-07-01", "2026-09-30");
	int64_t hb = fx_goal(f, t.b, "revenue", "500", "2026-07-01", "2026-09-30");
	int64_t hc = fx_goal(f, t.c, "calls", "500", "2026-07-01", "2026-09-30");
	mbo_share s[2];
	int64_t *ids = NULL;
	size_t n = 0;
	counts before;

	/* The comparable period is the 92 days before 2026-10-01. */
	fx_checkin(f, ha, "2026-07-01", "100");
	fx_checkin(f, ha, "2026-09-30", "200");
	fx_checkin(f, hb, "2026-08-15", "100");
	fx_checkin(f, hb, "2026-06-30", "5000");   /* before the period */
	fx_checkin(f, hc, "2026-08-15", "5000");   /* another metric */
	before = snap(f);

	/* c has no history: the team as a whole is refused, naming c. */
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_HISTORY, NULL, 0, &ids, &n),
	                 MBO_EINVAL);
	assert_msg(f, "c has no history of revenue");
	assert_null(ids);
	assert_int_equal(n, 0);
	assert_unchanged(f, before);

	s[0] = share("a", NULL, false);
	s[1] = share("b", NULL, false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_HISTORY, s, 2, &ids, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(child_target(f, ids[0]), fx_dec("750"));
	assert_int_equal(child_target(f, ids[1]), fx_dec("250"));
	free(ids);
}

/* For a level goal, a member's last-period actual is their latest value. */
static void test_cascade_by_history_level(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "active_customers", "100", "2026-10-01", "2026-12-31");
	int64_t ha = fx_goal(f, t.a, "active_customers", "50", "2026-07-01", "2026-09-30");
	int64_t hb = fx_goal(f, t.b, "active_customers", "50", "2026-07-01", "2026-09-30");
	mbo_share s[2];
	int64_t *ids = NULL;
	size_t n = 0;

	set_goal(f, g, "kind = 'level'");
	set_goal(f, ha, "kind = 'level'");
	set_goal(f, hb, "kind = 'level'");
	fx_checkin(f, ha, "2026-08-01", "30");
	fx_checkin(f, ha, "2026-09-01", "40");
	fx_checkin(f, hb, "2026-08-01", "10");
	/* Logins only: a share is refused with --by-history. */
	s[0] = share("a", "50", true);
	s[1] = share("b", NULL, false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_HISTORY, s, 2, &ids, &n), MBO_EINVAL);
	assert_msg(f, "takes logins only");

	s[0] = share("a", NULL, false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_HISTORY, s, 2, &ids, &n), MBO_OK);
	assert_int_equal(child_target(f, ids[0]), fx_dec("80"));
	assert_int_equal(child_target(f, ids[1]), fx_dec("20"));
	free(ids);
}

static void test_cascade_refusals(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "revenue", "100", "2026-10-01", "2026-12-31");
	int64_t lg = fx_goal(f, t.lonely, "revenue", "100", "2026-10-01", "2026-12-31");
	int64_t closed = fx_goal(f, t.boss, "revenue", "100", "2026-10-01", "2026-12-31");
	int64_t small = fx_goal(f, t.boss, "revenue", "2", "2026-10-01", "2026-12-31");
	counts before;
	mbo_share s[3];
	int64_t *ids = NULL;
	size_t n = 0;

	set_goal(f, closed, "status = 'achieved'");
	before = snap(f);

	/* Unknown login. */
	s[0] = share("a", "50", true);
	s[1] = share("nobody", "50", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_ENOTFOUND);
	assert_msg(f, "nobody");
	assert_unchanged(f, before);

	/* Not in the owner's team; the owner themself neither. */
	s[1] = share("x", "50", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_EINVAL);
	assert_msg(f, "x is not in boss's team");
	s[1] = share("boss", "50", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_EINVAL);
	assert_msg(f, "boss is not in boss's team");
	assert_unchanged(f, before);

	/* Named twice. */
	s[1] = share("a", "50", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_EINVAL);
	assert_msg(f, "named twice");
	assert_unchanged(f, before);

	/* Percentages adding to 99. */
	s[0] = share("a", "50", true);
	s[1] = share("b", "49", true);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_EINVAL);
	assert_msg(f, "add up to 99%");
	assert_msg(f, "1 short");
	assert_unchanged(f, before);

	/* Amounts off by 0.01: the message names the sum and the difference. */
	s[0] = share("a", "40", false);
	s[1] = share("b", "33.33", false);
	s[2] = share("c", "26.66", false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 3, &ids, &n), MBO_EINVAL);
	assert_msg(f, "99.99");
	assert_msg(f, "0.01 short");
	s[2] = share("c", "26.68", false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 3, &ids, &n), MBO_EINVAL);
	assert_msg(f, "0.01 too much");
	assert_unchanged(f, before);

	/* Percentages and amounts mixed; a share missing. */
	s[0] = share("a", "50", true);
	s[1] = share("b", "50", false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_EINVAL);
	assert_msg(f, "not both");
	s[1] = share("b", NULL, false);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_SHARES, s, 2, &ids, &n), MBO_EINVAL);
	assert_msg(f, "b has no share");
	assert_unchanged(f, before);

	/* An empty team. */
	assert_int_equal(mbo_goal_cascade(f->m, t.lonely, lg, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_EINVAL);
	assert_msg(f, "lonely has no team members to cascade to; name them with --to");
	assert_unchanged(f, before);

	/* No history at all. */
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_HISTORY, NULL, 0, &ids, &n), MBO_EINVAL);
	assert_msg(f, "no history of revenue");
	assert_msg(f, "use --even or --to");
	assert_unchanged(f, before);

	/* Too small to share: someone would get 0. */
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, small, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_EINVAL);
	assert_msg(f, "c's share would be 0");
	assert_unchanged(f, before);

	/* Closed goal, someone else's goal, unknown goal. */
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, closed, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_EINVAL);
	assert_msg(f, "achieved");
	assert_int_equal(mbo_goal_cascade(f->m, t.boss2, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_EPERM);
	assert_int_equal(mbo_goal_cascade(f->m, t.a, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_EPERM);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, 9999, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_ENOTFOUND);
	assert_null(ids);
	assert_unchanged(f, before);

	/* Cascaded once; the second time is refused. */
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_OK);
	free(ids);
	ids = NULL;
	before = snap(f);
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_EINVAL);
	assert_msg(f, "already cascaded to 3 members; revise their targets instead");
	assert_unchanged(f, before);
}

/* A failure while writing the third child takes the first two with it. */
static void test_cascade_all_or_nothing(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.boss, "revenue", "100", "2026-10-01", "2026-12-31");
	counts before = snap(f);
	int64_t *ids = NULL;
	size_t n = 0;
	char sql[512];

	snprintf(sql, sizeof sql,
	         "CREATE TEMP TRIGGER refuse_c BEFORE INSERT ON main.goal WHEN new.owner_id = %lld "
	         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END", (long long)t.c);
	fx_sql(f, sql);
	assert_int_not_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_OK);
	assert_null(ids);
	assert_int_equal(n, 0);
	assert_unchanged(f, before);
	fx_sql(f, "DROP TRIGGER temp.refuse_c");

	/* And the context is usable again afterwards. */
	assert_int_equal(mbo_goal_cascade(f->m, t.boss, g, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 3);
	free(ids);
}

/* A revised target rescales the stages so they still add up to it; new
 * dates remove them, and the history says to split again. */
static void test_revision_keeps_stages_true(void **state)
{
	fx *f = *state;
	team t = make_team(f);
	int64_t g = fx_goal(f, t.a, "visits", "31", "2026-10-01", "2026-12-31");
	static const char *const days[] = { "2026-10-31", "2026-11-30", "2026-12-31" };
	static const char *const cum[] = { "20", "40", "62" };
	mbo_goal_change c = { 0 };
	char sql[256];

	assert_int_equal(mbo_goal_split(f->m, t.boss, g, MBO_SPAN_MONTH, false), MBO_OK);
	c.set_target = true;
	c.target = MBO_DEC(62);
	c.reason = "two more big accounts";
	assert_int_equal(mbo_goal_revise(f->m, t.boss, g, &c), MBO_OK);
	check_milestones(f, g, days, cum, 3);

	memset(&c, 0, sizeof c);
	c.set_due = true;
	c.due = fx_day("2027-01-31");
	c.reason = "extended into January";
	assert_int_equal(mbo_goal_revise(f->m, t.boss, g, &c), MBO_OK);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM milestone WHERE goal_id = %lld", (long long)g);
	assert_int_equal(fx_int(f, sql), 0);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM revision WHERE goal_id = %lld AND field = 'milestones' "
	         "AND new_value = '0' AND reason LIKE '%%split the goal into stages again%%'", (long long)g);
	assert_int_equal(fx_int(f, sql), 1);

	/* Undo brings the stages back. */
	assert_int_equal(mbo_undo_last(f->m, t.boss, NULL, 0), MBO_OK);
	check_milestones(f, g, days, cum, 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_allocate_exact),
		cmocka_unit_test(test_allocate_bad_input),
		cmocka_unit_test(test_allocate_property),
		cmocka_unit_test_setup_teardown(test_split_month_even, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_split_replaces_and_undoes, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_split_quarter_two_decimals, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_split_by_quarter, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_split_level_goal, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_split_week_without_workdays, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_split_weighted, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_split_refusals, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_milestone_list_empty, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_revision_keeps_stages_true, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_even_whole, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_even_decimals_and_undo, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_one_decimal_counts_as_two, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_level_goal, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_shares, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_by_history, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_by_history_level, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_refusals, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_cascade_all_or_nothing, fx_setup, fx_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
