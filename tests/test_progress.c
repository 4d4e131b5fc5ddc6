/*
 * test_progress.c: a goal's actual, plan, pace, forecast, needed rate and
 * status as of a day, for sum and level goals, up and down, with and without
 * milestones, and with the work calendar changing the count of workdays.
 *
 * Most goals run from Monday 2026-11-02 to Monday 2026-11-30: 21 workdays.
 */
#include "fixture.h"

#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "mbo/goal.h"
#include "mbo/progress.h"

/* A goal of the given kind and direction (fx_goal plus an UPDATE). */
static int64_t goal(fx *f, const char *kind, const char *dir, const char *baseline,
                    const char *target, const char *start, const char *due)
{
	return fx_goal_with(f, &(fx_goal_spec){ .owner = f->admin, .kind = kind, .dir = dir,
	                                        .baseline = baseline, .target = target,
	                                        .start = start, .due = due });
}

/* Reads the fields progress uses straight from the row. */
static void get(fx *f, int64_t id, mbo_goal *g)
{
	sqlite3_stmt *st;

	memset(g, 0, sizeof *g);
	assert_int_equal(sqlite3_prepare_v2(mbo_sqlite(f->m),
	                 "SELECT kind, direction, baseline, target, start_day, due_day FROM goal "
	                 "WHERE id = ?", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	g->id = id;
	g->kind = strcmp((const char *)sqlite3_column_text(st, 0), "level") == 0 ? MBO_KIND_LEVEL : MBO_KIND_SUM;
	g->direction = strcmp((const char *)sqlite3_column_text(st, 1), "down") == 0 ? MBO_DIR_DOWN : MBO_DIR_UP;
	g->baseline = sqlite3_column_int64(st, 2);
	g->target = sqlite3_column_int64(st, 3);
	g->start = fx_day((const char *)sqlite3_column_text(st, 4));
	g->due = fx_day((const char *)sqlite3_column_text(st, 5));
	sqlite3_finalize(st);
}

static mbo_progress prog(fx *f, int64_t id, const char *asof)
{
	mbo_progress p;
	mbo_goal g;

	get(f, id, &g);
	if (mbo_progress_compute(f->m, &g, fx_day(asof), &p) != MBO_OK)
		fail_msg("progress of %lld: %s", (long long)id, mbo_errmsg(f->m));
	return p;
}

static void milestone(fx *f, int64_t id, const char *day, const char *target)
{
	char sql[256];

	snprintf(sql, sizeof sql, "INSERT INTO milestone(goal_id, day, target) VALUES (%lld, '%s', %lld)",
	         (long long)id, day, (long long)fx_dec(target));
	fx_sql(f, sql);
}

static void set(fx *f, const char *key, const char *value)
{
	char sql[256];

	snprintf(sql, sizeof sql, "UPDATE setting SET value = '%s' WHERE key = '%s'", value, key);
	fx_sql(f, sql);
}

/* A calendar exception written directly, then the cache dropped. */
static void calendar(fx *f, const char *day, const char *kind)
{
	char sql[256];

	snprintf(sql, sizeof sql, "INSERT INTO calendar_day(day, kind) VALUES ('%s', '%s')", day, kind);
	fx_sql(f, sql);
	mbo_caches_forget(f->m);
}

/* Check-ins of `value` on every workday (Monday-Friday) in [from, to]. */
static void daily(fx *f, int64_t id, const char *from, const char *to, const char *value)
{
	mbo_day d;
	char buf[16];

	for (d = fx_day(from); d <= fx_day(to); d++)
		if (mbo_day_weekday(d) <= 5)
			fx_checkin(f, id, mbo_day_format(d, buf), value);
}

static void test_exact_sum(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "100", "2026-11-02", "2026-11-30");
	mbo_progress p;
	mbo_dec actual;
	mbo_goal g;
	char day[16];
	int i;

	fx_sql(f, "BEGIN");
	for (i = 0; i < 1000; i++) {
		snprintf(day, sizeof day, "2026-11-%02d", 2 + i % 18);
		fx_checkin(f, id, day, "0.1");
	}
	fx_sql(f, "COMMIT");
	p = prog(f, id, "2026-11-27");
	assert_int_equal(p.actual, MBO_DEC(100));
	assert_int_equal(p.checkins, 1000);
	assert_int_equal(p.last_checkin, fx_day("2026-11-19"));
	assert_int_equal(p.status, MBO_PS_ACHIEVED);
	assert_int_equal(p.needed_per_workday, 0);
	get(f, id, &g);
	assert_int_equal(mbo_progress_actual(f->m, &g, fx_day("2026-11-27"), &actual), MBO_OK);
	assert_int_equal(actual, MBO_DEC(100));
	/* Only check-ins up to the day count. */
	assert_int_equal(mbo_progress_actual(f->m, &g, fx_day("2026-11-02"), &actual), MBO_OK);
	assert_int_equal(actual, fx_dec("5.6"));
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(100)), MBO_DEC(1));
}

static void test_expected_linear(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	int64_t small = goal(f, "sum", "up", "0", "100", "2026-11-02", "2026-11-30");
	mbo_progress p;

	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.workdays_total, 21);
	assert_int_equal(p.workdays_elapsed, 10);
	assert_int_equal(p.workdays_left, 11);
	assert_int_equal(p.expected, MBO_DEC(1000));
	/* The weekend adds nothing. */
	assert_int_equal(prog(f, id, "2026-11-15").expected, MBO_DEC(1000));
	assert_int_equal(prog(f, id, "2026-11-16").expected, MBO_DEC(1100));
	assert_int_equal(prog(f, id, "2026-11-30").expected, MBO_DEC(2100));
	assert_int_equal(prog(f, id, "2026-12-15").expected, MBO_DEC(2100));
	/* Rounded to four places: 100 / 21 = 4.76190476... */
	assert_int_equal(prog(f, small, "2026-11-02").expected, fx_dec("4.7619"));
	assert_int_equal(prog(f, small, "2026-11-03").expected, fx_dec("9.5238"));
	/* The whole value is rounded once: a level from 100 down to 99.9999
	 * over 2 workdays (2026-11-02 and 11-03) expects 100 - 0.0001 * 1/2 =
	 * 99.99995 after the first, 100.0000 half away from zero (rounding the
	 * step alone, 100 + (-0.0001), would give 99.9999). */
	assert_int_equal(prog(f, goal(f, "level", "down", "100", "99.9999", "2026-11-02", "2026-11-03"),
	                      "2026-11-02").expected, MBO_DEC(100));
}

static void test_pace_and_status(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	mbo_progress p;

	fx_checkin(f, id, "2026-11-05", "700");
	p = prog(f, id, "2026-11-13");
	assert_true(p.has_pace);
	assert_int_equal(p.pace, fx_dec("0.7"));
	assert_int_equal(p.status, MBO_PS_OFF_TRACK);
	/* (2100 - 700) / 11 workdays left */
	assert_int_equal(p.needed_per_workday, fx_dec("127.2727"));

	fx_checkin(f, id, "2026-11-06", "200");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.pace, fx_dec("0.9"));
	assert_int_equal(p.status, MBO_PS_AT_RISK);

	fx_checkin(f, id, "2026-11-13", "100");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.pace, MBO_DEC(1));
	assert_int_equal(p.status, MBO_PS_ON_TRACK);
	assert_int_equal(p.needed_per_workday, MBO_DEC(100));

	/* The bands are settings. */
	set(f, "pace.on_track", "1.10");
	assert_int_equal(prog(f, id, "2026-11-13").status, MBO_PS_AT_RISK);
	set(f, "pace.off_track", "1.05");
	assert_int_equal(prog(f, id, "2026-11-13").status, MBO_PS_OFF_TRACK);
	assert_string_equal(mbo_pace_status_name(MBO_PS_AT_RISK), "at_risk");
	assert_string_equal(mbo_pace_status_name(MBO_PS_OVERDUE), "overdue");
}

static void test_level_latest(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "level", "up", "50", "80", "2026-11-02", "2026-11-30");
	mbo_progress p;
	mbo_goal g;

	/* Nothing yet: the baseline. */
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.actual, MBO_DEC(50));
	assert_int_equal(p.last_checkin, MBO_DAY_NONE);
	assert_int_equal(p.checkins, 0);

	fx_checkin(f, id, "2026-11-03", "55");
	fx_checkin(f, id, "2026-11-05", "60");
	fx_checkin(f, id, "2026-11-05", "58");     /* same day, entered later: wins */
	fx_checkin(f, id, "2026-11-04", "70");     /* an earlier day entered last */
	fx_checkin(f, id, "2026-11-20", "90");     /* after the day asked about */
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.actual, MBO_DEC(58));
	assert_int_equal(p.checkins, 4);
	assert_int_equal(p.last_checkin, fx_day("2026-11-05"));
	/* 50 + 30 * 10/21 */
	assert_int_equal(p.expected, fx_dec("64.2857"));
	/* (58 - 50) / (64.2857 - 50) */
	assert_int_equal(p.pace, fx_dec("0.56"));
	assert_int_equal(p.status, MBO_PS_OFF_TRACK);
	/* (80 - 58) / 11 */
	assert_int_equal(p.needed_per_workday, fx_dec("2"));
	assert_int_equal(prog(f, id, "2026-11-04").actual, MBO_DEC(70));
	p = prog(f, id, "2026-11-20");
	assert_int_equal(p.actual, MBO_DEC(90));
	assert_int_equal(p.status, MBO_PS_ACHIEVED);
	assert_int_equal(p.needed_per_workday, 0);

	get(f, id, &g);
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(65)), fx_dec("0.5"));
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(95)), fx_dec("1.5"));
}

/* A level goal's values are never added up: a thousand check-ins of the
 * largest value (their sum would overflow 64 bits) still give the latest
 * level, and the count. */
static void test_level_values_not_summed(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "level", "up", "500000000000", "900000000000", "2026-11-02", "2026-11-30");
	mbo_progress p;
	char sql[512];

	snprintf(sql, sizeof sql,
	         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
	         "INSERT INTO checkin(goal_id, day, value, entered_by, entered_at) "
	         "SELECT %lld, '2026-11-03', 10000000000000000, %lld, '2026-01-01T00:00:00Z' FROM n",
	         (long long)id, (long long)f->admin);
	fx_sql(f, sql);
	fx_checkin(f, id, "2026-11-04", "600000000000");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.checkins, 1001);
	assert_int_equal(p.actual, fx_dec("600000000000"));
	assert_int_equal(p.last_checkin, fx_day("2026-11-04"));
}

static void test_down_sum(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "down", "0", "10", "2026-11-02", "2026-11-30");
	mbo_progress p;
	mbo_goal g;

	/* Nothing consumed yet: no pace, on track, the whole allowance left. */
	p = prog(f, id, "2026-11-13");
	assert_false(p.has_pace);
	assert_int_equal(p.status, MBO_PS_ON_TRACK);
	assert_int_equal(p.needed_per_workday, fx_dec("0.9091"));

	fx_checkin(f, id, "2026-11-10", "3");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.expected, fx_dec("4.7619"));
	/* expected / actual */
	assert_int_equal(p.pace, fx_dec("1.5873"));
	assert_int_equal(p.status, MBO_PS_ON_TRACK);
	/* The allowance left per workday: (10 - 3) / 11 */
	assert_int_equal(p.needed_per_workday, fx_dec("0.6364"));

	fx_checkin(f, id, "2026-11-11", "2");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.pace, fx_dec("0.9524"));
	assert_int_equal(p.status, MBO_PS_ON_TRACK);
	/* Under the limit is achieved only at the due date. */
	assert_int_equal(prog(f, id, "2026-11-30").status, MBO_PS_ACHIEVED);

	fx_checkin(f, id, "2026-11-12", "6");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.status, MBO_PS_OFF_TRACK);
	assert_int_equal(p.needed_per_workday, 0);
	assert_int_equal(prog(f, id, "2026-12-01").status, MBO_PS_OVERDUE);

	get(f, id, &g);
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(20)), fx_dec("0.5"));
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(5)), MBO_DEC(2));
	assert_int_equal(mbo_progress_completion(&g, 0), MBO_DEC(10));
}

static void test_down_level(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "level", "down", "100", "60", "2026-11-02", "2026-11-30");
	mbo_progress p;
	mbo_goal g;

	fx_checkin(f, id, "2026-11-09", "90");
	p = prog(f, id, "2026-11-13");
	/* 100 - 40 * 10/21 */
	assert_int_equal(p.expected, fx_dec("80.9524"));
	/* (90 - 100) / (80.9524 - 100) */
	assert_int_equal(p.pace, fx_dec("0.525"));
	assert_int_equal(p.status, MBO_PS_OFF_TRACK);
	/* A fall still needed: (60 - 90) / 11 */
	assert_int_equal(p.needed_per_workday, fx_dec("-2.7273"));

	fx_checkin(f, id, "2026-11-13", "55");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.status, MBO_PS_ACHIEVED);
	assert_int_equal(p.needed_per_workday, 0);

	get(f, id, &g);
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(80)), fx_dec("0.5"));
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(60)), MBO_DEC(1));
}

static void test_milestones(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	int64_t lv = goal(f, "level", "up", "10", "30", "2026-11-02", "2026-11-30");

	milestone(f, id, "2026-11-13", "500");
	milestone(f, id, "2026-11-20", "1500");
	/* From the start (0) to the first milestone: 5 of 10 workdays. */
	assert_int_equal(prog(f, id, "2026-11-06").expected, MBO_DEC(250));
	assert_int_equal(prog(f, id, "2026-11-13").expected, MBO_DEC(500));
	assert_int_equal(prog(f, id, "2026-11-14").expected, MBO_DEC(500));
	/* 500 + 1000 * 3/5 */
	assert_int_equal(prog(f, id, "2026-11-18").expected, MBO_DEC(1100));
	assert_int_equal(prog(f, id, "2026-11-20").expected, MBO_DEC(1500));
	/* After the last milestone, towards the target at the due date:
	 * 1500 + 600 * 3/6 */
	assert_int_equal(prog(f, id, "2026-11-25").expected, MBO_DEC(1800));
	assert_int_equal(prog(f, id, "2026-11-30").expected, MBO_DEC(2100));
	assert_int_equal(prog(f, id, "2026-11-01").expected, 0);

	/* Pace against the milestone plan. */
	fx_checkin(f, id, "2026-11-04", "400");
	assert_int_equal(prog(f, id, "2026-11-13").pace, fx_dec("0.8"));

	/* Level goals start at the baseline: 10 + 10 * 5/10 */
	milestone(f, lv, "2026-11-13", "20");
	assert_int_equal(prog(f, lv, "2026-11-06").expected, MBO_DEC(15));
	assert_int_equal(prog(f, lv, "2026-11-01").expected, MBO_DEC(10));
	/* 20 + 10 * 6/11 = 25.4545... */
	assert_int_equal(prog(f, lv, "2026-11-23").expected, fx_dec("25.4545"));
}

static void test_no_workdays_left(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	mbo_progress p;

	fx_checkin(f, id, "2026-11-20", "2000");
	p = prog(f, id, "2026-11-30");
	assert_int_equal(p.workdays_left, 0);
	assert_int_equal(p.workdays_elapsed, 21);
	assert_int_equal(p.expected, MBO_DEC(2100));
	/* The whole remainder is needed today. */
	assert_int_equal(p.needed_per_workday, MBO_DEC(100));
	assert_int_equal(p.forecast, MBO_DEC(2000));
	assert_int_equal(p.status, MBO_PS_ON_TRACK);   /* pace 0.9524 */

	p = prog(f, id, "2026-12-04");
	assert_int_equal(p.workdays_left, 0);
	assert_int_equal(p.needed_per_workday, MBO_DEC(100));
	assert_int_equal(p.status, MBO_PS_OVERDUE);

	fx_checkin(f, id, "2026-11-30", "100");
	assert_int_equal(prog(f, id, "2026-12-04").status, MBO_PS_ACHIEVED);
}

static void test_forecast_sum(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	mbo_progress p;

	daily(f, id, "2026-11-02", "2026-11-06", "50");
	daily(f, id, "2026-11-09", "2026-11-13", "150");
	/* Ten workdays of history, a 10-workday window: 100 a day for 11 more. */
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.actual, MBO_DEC(1000));
	assert_int_equal(p.forecast, MBO_DEC(2100));
	/* A 5-workday window sees only the faster week. */
	set(f, "forecast.window_workdays", "5");
	assert_int_equal(prog(f, id, "2026-11-13").forecast, MBO_DEC(1000 + 150 * 11));
	/* Asked on Sunday: the same window, weekend check-ins included. */
	fx_checkin(f, id, "2026-11-15", "75");
	assert_int_equal(prog(f, id, "2026-11-15").forecast, MBO_DEC(1075 + 165 * 11));
	/* The window never reaches before the start: 3 workdays elapsed. */
	set(f, "forecast.window_workdays", "10");
	p = prog(f, id, "2026-11-04");
	assert_int_equal(p.workdays_elapsed, 3);
	assert_int_equal(p.forecast, MBO_DEC(150 + 50 * 18));
	/* A window of 0: no rate. */
	set(f, "forecast.window_workdays", "0");
	assert_int_equal(prog(f, id, "2026-11-13").forecast, MBO_DEC(1000));
}

static void test_forecast_level(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "level", "up", "50", "80", "2026-11-02", "2026-11-30");
	mbo_progress p;

	fx_checkin(f, id, "2026-11-03", "52");
	fx_checkin(f, id, "2026-11-06", "55");
	fx_checkin(f, id, "2026-11-13", "60");
	set(f, "forecast.window_workdays", "5");
	/* Five workdays before 11-13 is 11-06 (level 55): +1 a workday. */
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.forecast, MBO_DEC(60 + 11));
	/* Early on the window starts before the start: from the baseline,
	 * (52 - 50) / 2 workdays * 19 workdays left. */
	p = prog(f, id, "2026-11-03");
	assert_int_equal(p.workdays_elapsed, 2);
	assert_int_equal(p.workdays_left, 19);
	assert_int_equal(p.forecast, MBO_DEC(52 + 19));
}

static void test_before_start(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	int64_t lv = goal(f, "level", "up", "50", "80", "2026-11-02", "2026-11-30");
	mbo_progress p;

	p = prog(f, id, "2026-10-20");
	assert_int_equal(p.actual, 0);
	assert_int_equal(p.expected, 0);
	assert_false(p.has_pace);
	assert_int_equal(p.status, MBO_PS_ON_TRACK);
	assert_int_equal(p.workdays_elapsed, 0);
	assert_int_equal(p.workdays_left, 21);
	assert_int_equal(p.forecast, 0);
	assert_int_equal(p.needed_per_workday, MBO_DEC(100));
	assert_int_equal(p.last_checkin, MBO_DAY_NONE);

	p = prog(f, lv, "2026-10-20");
	assert_int_equal(p.actual, MBO_DEC(50));
	assert_int_equal(p.expected, MBO_DEC(50));
	assert_false(p.has_pace);
	assert_int_equal(p.status, MBO_PS_ON_TRACK);
}

static void test_calendar_changes_count(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	mbo_progress p;

	/* A worked Saturday makes 22 workdays. */
	calendar(f, "2026-11-07", "workday");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.workdays_total, 22);
	assert_int_equal(p.workdays_elapsed, 11);
	assert_int_equal(p.workdays_left, 11);
	assert_int_equal(p.expected, MBO_DEC(1050));
	/* 2100 * 6/22 */
	assert_int_equal(prog(f, id, "2026-11-07").expected, fx_dec("572.7273"));
	/* A holiday on a weekday takes one away again. */
	calendar(f, "2026-11-26", "holiday");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.workdays_total, 21);
	assert_int_equal(p.workdays_left, 10);
	assert_int_equal(p.expected, fx_dec("1100"));
}

static void test_completion_edges(void **state)
{
	mbo_goal g;

	(void)state;
	memset(&g, 0, sizeof g);
	g.kind = MBO_KIND_SUM;
	g.direction = MBO_DIR_UP;
	g.target = MBO_DEC(200);
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(50)), fx_dec("0.25"));
	assert_int_equal(mbo_progress_completion(&g, MBO_DEC(300)), fx_dec("1.5"));
	assert_int_equal(mbo_progress_completion(&g, 0), 0);
	/* Huge ratios do not overflow. */
	g.target = 1;
	assert_true(mbo_progress_completion(&g, MBO_DEC_MAX) > MBO_DEC(1000));
}

/* The worked example of docs/design.md, "Progress: the formulas". */
static void test_design_worked_example(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "100000", "2026-11-02", "2026-11-30");
	mbo_progress p;

	fx_checkin(f, id, "2026-11-02", "5000");
	fx_checkin(f, id, "2026-11-04", "12000");
	fx_checkin(f, id, "2026-11-06", "7000");
	fx_checkin(f, id, "2026-11-10", "10000");
	fx_checkin(f, id, "2026-11-13", "8000");
	p = prog(f, id, "2026-11-13");
	assert_int_equal(p.workdays_total, 21);
	assert_int_equal(p.workdays_elapsed, 10);
	assert_int_equal(p.actual, MBO_DEC(42000));
	assert_int_equal(p.expected, fx_dec("47619.0476"));
	assert_true(p.has_pace);
	assert_int_equal(p.pace, fx_dec("0.882"));
	assert_int_equal(p.workdays_left, 11);
	assert_int_equal(p.needed_per_workday, fx_dec("5272.7273"));
	assert_int_equal(p.forecast, MBO_DEC(88200));
	assert_int_equal(p.status, MBO_PS_AT_RISK);
}

/*
 * Each derived figure is rounded once, from the exact inputs: the pace is
 * never divided by the already-rounded expected value (issue 15).
 */
static void test_pace_not_from_rounded_expected(void **state)
{
	fx *f = *state;
	int64_t churn = goal(f, "sum", "down", "0", "2", "2026-11-02", "2026-11-30");
	int64_t up = goal(f, "sum", "up", "0", "10", "2026-11-02", "2026-11-30");
	int64_t lv = goal(f, "level", "up", "50", "80", "2026-11-02", "2026-11-30");
	mbo_progress p;

	/* A churn ceiling of 2 over 21 workdays; by 2026-11-10, 7 workdays:
	 * E = 2 * 7/21 = 2/3 = 0.66666..., shown 0.6667. Two churned:
	 * pace = E / A = (2/3) / 2 = 1/3 = 0.33333... -> 0.3333. From the
	 * rounded E it would be 0.6667 / 2 = 0.33335 -> 0.3334. */
	fx_checkin(f, churn, "2026-11-09", "2");
	p = prog(f, churn, "2026-11-10");
	assert_int_equal(p.expected, fx_dec("0.6667"));
	assert_int_equal(p.pace, fx_dec("0.3333"));
	assert_int_equal(p.status, MBO_PS_OFF_TRACK);

	/* 10 over 21 workdays; by 2026-11-03, 2 workdays: E = 20/21 =
	 * 0.952380..., shown 0.9524. Actual 3: pace = 3 * 21/20 = 63/20 = 3.15
	 * exactly (3 / 0.9524 = 3.14993... would give 3.1499). */
	fx_checkin(f, up, "2026-11-02", "3");
	p = prog(f, up, "2026-11-03");
	assert_int_equal(p.expected, fx_dec("0.9524"));
	assert_int_equal(p.pace, fx_dec("3.15"));
	assert_int_equal(p.status, MBO_PS_ON_TRACK);

	/* A level from 50 to 80; on 2026-11-02, 1 of 21 workdays:
	 * E = 50 + 30/21 = 51.428571..., shown 51.4286. Level 54: pace =
	 * (54 - 50) / (30/21) = 4 * 21/30 = 2.8 exactly (4 / 1.4286 = 2.79994...
	 * would give 2.7999). */
	fx_checkin(f, lv, "2026-11-02", "54");
	p = prog(f, lv, "2026-11-02");
	assert_int_equal(p.expected, fx_dec("51.4286"));
	assert_int_equal(p.pace, fx_dec("2.8"));
}

/* A fresh goal with one check-in of `actual` on 2026-11-05: its pace (shown,
 * rounded) and its status as of 2026-11-13. */
static void band(fx *f, const char *kind, const char *dir, const char *baseline, const char *target,
                 const char *due, const char *actual, const char *pace, int status)
{
	int64_t id = goal(f, kind, dir, baseline, target, "2026-11-02", due);
	mbo_progress p;

	fx_checkin(f, id, "2026-11-05", actual);
	p = prog(f, id, "2026-11-13");
	assert_true(p.has_pace);
	if (p.pace != fx_dec(pace) || p.status != status)
		fail_msg("%s/%s actual %s: pace %lld status %s, expected %s %s", kind, dir, actual,
		         (long long)p.pace, mbo_pace_status_name(p.status), pace,
		         mbo_pace_status_name(status));
}

/*
 * The bands (on track from 0.95, at risk from 0.80) are decided on the exact
 * pace: exactly on an edge is in the upper band; a hair below is in the lower
 * one even when the pace shown, rounded to four places, reads as the edge.
 * The 19-workday goals run from 2026-11-02 to Thursday 2026-11-26; as of
 * 2026-11-13 10 workdays have passed (10 of 21 for the goals due 11-30).
 */
static void test_bands_sum_up(void **state)
{
	fx *f = *state;

	/* Target 100 over 19 workdays: E = 100 * 10/19 = 52.631578...;
	 * pace = A * 19 / 1000. A = 50: 950/1000 = 0.95 exactly. */
	band(f, "sum", "up", "0", "100", "2026-11-26", "50", "0.95", MBO_PS_ON_TRACK);
	/* 49.9999 * 19 = 949.9981: 0.9499981, shown 0.9500 but below the edge
	 * (from the rounded E, 49.9999 / 52.6316 = 0.949997..., it was on track). */
	band(f, "sum", "up", "0", "100", "2026-11-26", "49.9999", "0.95", MBO_PS_AT_RISK);
	/* 50.0001 * 19 = 950.0019: 0.9500019. */
	band(f, "sum", "up", "0", "100", "2026-11-26", "50.0001", "0.95", MBO_PS_ON_TRACK);
	/* Target 2100 over 21 workdays: E = 1000; pace = A / 1000. */
	band(f, "sum", "up", "0", "2100", "2026-11-30", "949.9", "0.9499", MBO_PS_AT_RISK);
	band(f, "sum", "up", "0", "2100", "2026-11-30", "950.1", "0.9501", MBO_PS_ON_TRACK);
	band(f, "sum", "up", "0", "2100", "2026-11-30", "800", "0.8", MBO_PS_AT_RISK);
	band(f, "sum", "up", "0", "2100", "2026-11-30", "799.9", "0.7999", MBO_PS_OFF_TRACK);
	band(f, "sum", "up", "0", "2100", "2026-11-30", "800.1", "0.8001", MBO_PS_AT_RISK);
	/* 799.9999 / 1000 = 0.7999999: shown 0.8000, off track. */
	band(f, "sum", "up", "0", "2100", "2026-11-30", "799.9999", "0.8", MBO_PS_OFF_TRACK);
}

static void test_bands_sum_down(void **state)
{
	fx *f = *state;

	/* A ceiling of 39.9 over 21 workdays: E = 39.9 * 10/21 = 19 exactly;
	 * pace = E / A = 19 / A (A stays under the ceiling). 19/20 = 0.95. */
	band(f, "sum", "down", "0", "39.9", "2026-11-30", "20", "0.95", MBO_PS_ON_TRACK);
	/* 19 / 20.0001 = 0.95 - 0.95 * 0.0001/20.0001 = 0.94999525...: shown
	 * 0.9500, at risk. */
	band(f, "sum", "down", "0", "39.9", "2026-11-30", "20.0001", "0.95", MBO_PS_AT_RISK);
	/* 19 / 19.9999 = 0.95000475... */
	band(f, "sum", "down", "0", "39.9", "2026-11-30", "19.9999", "0.95", MBO_PS_ON_TRACK);
	/* 19 / 23.75 = 0.8 exactly. */
	band(f, "sum", "down", "0", "39.9", "2026-11-30", "23.75", "0.8", MBO_PS_AT_RISK);
	/* 19 / 23.7501 = 0.8 - 0.8 * 0.0001/23.7501 = 0.79999663...: shown 0.8000. */
	band(f, "sum", "down", "0", "39.9", "2026-11-30", "23.7501", "0.8", MBO_PS_OFF_TRACK);
	/* 19 / 23.7499 = 0.80000336... */
	band(f, "sum", "down", "0", "39.9", "2026-11-30", "23.7499", "0.8", MBO_PS_AT_RISK);
}

static void test_bands_level(void **state)
{
	fx *f = *state;

	/* Up from 50 to 80 over 19 workdays: E - B = 30 * 10/19 = 300/19
	 * (E = 65.789473..., shown 65.7895); pace = (A - 50) * 19 / 300.
	 * A = 65: 15 * 19/300 = 285/300 = 0.95 exactly. */
	band(f, "level", "up", "50", "80", "2026-11-26", "65", "0.95", MBO_PS_ON_TRACK);
	/* 14.9999 * 19 = 284.9981; / 300 = 0.94999366...: shown 0.9500. */
	band(f, "level", "up", "50", "80", "2026-11-26", "64.9999", "0.95", MBO_PS_AT_RISK);
	/* 15.0001 * 19 = 285.0019; / 300 = 0.95000633... */
	band(f, "level", "up", "50", "80", "2026-11-26", "65.0001", "0.95", MBO_PS_ON_TRACK);
	/* Up from 50 to 92 over 21 workdays: E - B = 42 * 10/21 = 20;
	 * pace = (A - 50) / 20. 16/20 = 0.8; 15.9999/20 = 0.799995 (shown
	 * 0.8000, half away from zero); 16.0001/20 = 0.800005 (0.8000). */
	band(f, "level", "up", "50", "92", "2026-11-30", "66", "0.8", MBO_PS_AT_RISK);
	band(f, "level", "up", "50", "92", "2026-11-30", "65.9999", "0.8", MBO_PS_OFF_TRACK);
	band(f, "level", "up", "50", "92", "2026-11-30", "66.0001", "0.8", MBO_PS_AT_RISK);
	/* Down from 100 to 58 over 21 workdays: E - B = -42 * 10/21 = -20;
	 * pace = (A - 100) / -20. A = 81: -19/-20 = 0.95; 81.0001: 18.9999/20 =
	 * 0.949995 (shown 0.9500); 80.9999: 19.0001/20 = 0.950005. */
	band(f, "level", "down", "100", "58", "2026-11-30", "81", "0.95", MBO_PS_ON_TRACK);
	band(f, "level", "down", "100", "58", "2026-11-30", "81.0001", "0.95", MBO_PS_AT_RISK);
	band(f, "level", "down", "100", "58", "2026-11-30", "80.9999", "0.95", MBO_PS_ON_TRACK);
	/* A = 84: 16/20 = 0.8; 84.0001: 15.9999/20 = 0.799995; 83.9999:
	 * 16.0001/20 = 0.800005. */
	band(f, "level", "down", "100", "58", "2026-11-30", "84", "0.8", MBO_PS_AT_RISK);
	band(f, "level", "down", "100", "58", "2026-11-30", "84.0001", "0.8", MBO_PS_OFF_TRACK);
	band(f, "level", "down", "100", "58", "2026-11-30", "83.9999", "0.8", MBO_PS_AT_RISK);
}

/* The exact fractions hold the largest stored values: a level from -10^12
 * to 10^12 over 21 workdays, at 0 after 10 of them. */
static void test_large_values_exact(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "level", "up", "-1000000000000", "1000000000000", "2026-11-02", "2026-11-30");
	mbo_progress p;

	fx_checkin(f, id, "2026-11-05", "0");
	p = prog(f, id, "2026-11-13");
	/* E = -10^12 + 2 * 10^12 * 10/21 = -10^12 + 952,380,952,380.952380...
	 * = -47,619,047,619.047619... */
	assert_int_equal(p.expected, -fx_dec("47619047619.0476"));
	/* (0 + 10^12) / (2 * 10^12 * 10/21) = 21/20 = 1.05 */
	assert_true(p.has_pace);
	assert_int_equal(p.pace, fx_dec("1.05"));
	assert_int_equal(p.status, MBO_PS_ON_TRACK);
}

/* A goal cascaded to its team rolls up its children on the same metric:
 * sums add up, levels add up, and a child on another metric stays out. */
static void test_team_goal_rolls_up(void **state)
{
	fx *f = *state;
	int64_t team = goal(f, "sum", "up", "0", "1000", "2026-11-02", "2026-11-30");
	int64_t a = goal(f, "sum", "up", "0", "600", "2026-11-02", "2026-11-30");
	int64_t b = goal(f, "sum", "up", "0", "400", "2026-11-02", "2026-11-30");
	int64_t other = goal(f, "sum", "up", "0", "50", "2026-11-02", "2026-11-30");
	int64_t lt, la, lb;
	char sql[256];
	mbo_progress p;

	snprintf(sql, sizeof sql, "UPDATE goal SET parent_id = %lld WHERE id IN (%lld, %lld, %lld)",
	         (long long)team, (long long)a, (long long)b, (long long)other);
	fx_sql(f, sql);
	snprintf(sql, sizeof sql, "UPDATE goal SET metric = 'visits' WHERE id = %lld", (long long)other);
	fx_sql(f, sql);
	fx_checkin(f, a, "2026-11-03", "100");
	fx_checkin(f, b, "2026-11-04", "50.5");
	fx_checkin(f, other, "2026-11-04", "7");
	fx_checkin(f, team, "2026-11-05", "10");
	p = prog(f, team, "2026-11-13");
	assert_int_equal(p.actual, fx_dec("160.5"));
	assert_int_equal(p.checkins, 3);
	assert_int_equal(p.last_checkin, fx_day("2026-11-05"));
	/* A rejected child no longer counts. */
	snprintf(sql, sizeof sql, "UPDATE goal SET status = 'rejected' WHERE id = %lld", (long long)b);
	fx_sql(f, sql);
	assert_int_equal(prog(f, team, "2026-11-13").actual, fx_dec("110"));

	lt = goal(f, "level", "up", "80", "110", "2026-11-02", "2026-11-30");
	la = goal(f, "level", "up", "50", "60", "2026-11-02", "2026-11-30");
	lb = goal(f, "level", "up", "30", "50", "2026-11-02", "2026-11-30");
	snprintf(sql, sizeof sql, "UPDATE goal SET parent_id = %lld WHERE id IN (%lld, %lld)",
	         (long long)lt, (long long)la, (long long)lb);
	fx_sql(f, sql);
	/* No check-ins yet: the children's baselines. */
	assert_int_equal(prog(f, lt, "2026-11-13").actual, MBO_DEC(80));
	fx_checkin(f, la, "2026-11-03", "52");
	fx_checkin(f, la, "2026-11-09", "55");
	assert_int_equal(prog(f, lt, "2026-11-13").actual, MBO_DEC(85));
	assert_int_equal(prog(f, lt, "2026-11-05").actual, MBO_DEC(82));
}

/* A falling count is not forecast below zero. */
static void test_level_forecast_floor(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "level", "down", "5", "3", "2026-11-02", "2026-11-30");
	mbo_progress p;

	fx_checkin(f, id, "2026-11-02", "4");
	fx_checkin(f, id, "2026-11-04", "2");
	p = prog(f, id, "2026-11-04");
	assert_int_equal(p.actual, MBO_DEC(2));
	assert_int_equal(p.forecast, 0);
}

/* A chart's series from one call: the plan on each column's day, the
 * actual up to today. Target 2100 over the 21 workdays of 2026-11-02 ..
 * 11-30 plans 100 per workday; check-ins 700 (11-05), 200 (11-06) and
 * 100 (11-13); today 11-16. */
static void test_series(void **state)
{
	fx *f = *state;
	int64_t id = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	mbo_day days[4] = { fx_day("2026-11-06"), fx_day("2026-11-13"), fx_day("2026-11-20"),
	                    fx_day("2026-11-30") };
	mbo_dec plan[4], actual[4];
	size_t nactual = 99, i;
	mbo_goal g;

	fx_checkin(f, id, "2026-11-05", "700");
	fx_checkin(f, id, "2026-11-06", "200");
	fx_checkin(f, id, "2026-11-13", "100");
	get(f, id, &g);
	assert_int_equal(mbo_progress_series(f->m, &g, days, 4, fx_day("2026-11-16"), plan, actual,
	                                     &nactual), MBO_OK);
	/* The plan: 5, 10, 15 and 21 workdays of 100. */
	assert_int_equal(plan[0], MBO_DEC(5 * 100));
	assert_int_equal(plan[1], MBO_DEC(10 * 100));
	assert_int_equal(plan[2], MBO_DEC(15 * 100));
	assert_int_equal(plan[3], MBO_DEC(21 * 100));
	for (i = 0; i < 4; i++)
		assert_int_equal(plan[i], prog(f, id, i == 0 ? "2026-11-06" : i == 1 ? "2026-11-13" :
		                               i == 2 ? "2026-11-20" : "2026-11-30").expected);
	/* The actual: 700 + 200 by 11-06; + 100 by 11-13; the column of
	 * 11-14 .. 11-20 holds today (11-16): still 1000; the last column
	 * starts 11-21, after today: no actual. */
	assert_int_equal(nactual, 3);
	assert_int_equal(actual[0], MBO_DEC(700 + 200));
	assert_int_equal(actual[1], MBO_DEC(700 + 200 + 100));
	assert_int_equal(actual[2], MBO_DEC(700 + 200 + 100));
	/* Today before the start: no column has an actual. */
	assert_int_equal(mbo_progress_series(f->m, &g, days, 4, fx_day("2026-11-01"), plan, actual,
	                                     &nactual), MBO_OK);
	assert_int_equal(nactual, 0);
	/* Today on a column's first day (11-07, the day after 11-06) counts it. */
	assert_int_equal(mbo_progress_series(f->m, &g, days, 4, fx_day("2026-11-07"), plan, actual,
	                                     &nactual), MBO_OK);
	assert_int_equal(nactual, 2);
	assert_int_equal(actual[1], MBO_DEC(700 + 200));
	mbo_goal_clear(&g);
}

/* The statements of a series, counted by the trace: those that read
 * check-ins (their SQL names the table), and the others but the calendar's
 * PRAGMA data_version, which the plan asks with each count of workdays. */
static int64_t checkin_reads, other_stmts;

static int count_stmt(unsigned type, void *ctx, void *p, void *x)
{
	const char *sql = x;

	(void)type;
	(void)ctx;
	(void)p;
	if (strstr(sql, "checkin"))
		checkin_reads++;
	else if (strcmp(sql, "PRAGMA data_version") != 0)
		other_stmts++;
	return 0;
}

/* The series of goal `id` over n columns spread evenly over its days, as
 * of `asof`: each column's actual must be mbo_progress_actual's as of the
 * column's day (or asof). *reads and *others count its statements. */
static void series_of(fx *f, int64_t id, size_t n, const char *asof, int64_t *reads, int64_t *others)
{
	mbo_day days[64], today = fx_day(asof);
	mbo_dec plan[64], actual[64], want;
	size_t nactual, i;
	long long span;
	mbo_goal g;

	get(f, id, &g);
	span = (long long)g.due - g.start + 1;
	assert_true(n <= 64 && (long long)n <= span);
	for (i = 0; i < n; i++)
		days[i] = g.start + (mbo_day)(span * (long long)(i + 1) / (long long)n) - 1;
	checkin_reads = other_stmts = 0;
	sqlite3_trace_v2(mbo_sqlite(f->m), SQLITE_TRACE_STMT, count_stmt, NULL);
	assert_int_equal(mbo_progress_series(f->m, &g, days, n, today, plan, actual, &nactual), MBO_OK);
	sqlite3_trace_v2(mbo_sqlite(f->m), 0, NULL, NULL);
	*reads = checkin_reads;
	*others = other_stmts;
	assert_true(nactual > 0);
	for (i = 0; i < nactual; i++) {
		assert_int_equal(mbo_progress_actual(f->m, &g, days[i] < today ? days[i] : today, &want),
		                 MBO_OK);
		assert_int_equal(actual[i], want);
	}
}

/* A series reads the goal's check-ins once, whatever its number of
 * columns: a sum goal's by day (its roll-up too), a level goal's latest of
 * each day; the figures are those of mbo_progress_actual, exactly. A
 * cascaded level goal sums its children's levels and is read by column. */
static void test_series_reads_once(void **state)
{
	fx *f = *state;
	int64_t sum = goal(f, "sum", "up", "0", "2100", "2026-11-02", "2026-11-30");
	int64_t level = goal(f, "level", "up", "50", "60", "2026-11-02", "2026-11-30");
	int64_t team = goal(f, "sum", "up", "0", "1000", "2026-11-02", "2026-11-30");
	int64_t a = goal(f, "sum", "up", "0", "600", "2026-11-02", "2026-11-30");
	int64_t b = goal(f, "sum", "up", "0", "400", "2026-11-02", "2026-11-30");
	int64_t lt = goal(f, "level", "up", "80", "110", "2026-11-02", "2026-11-30");
	int64_t la = goal(f, "level", "up", "50", "60", "2026-11-02", "2026-11-30");
	int64_t lb = goal(f, "level", "up", "30", "50", "2026-11-02", "2026-11-30");
	int64_t big = goal(f, "sum", "up", "0", "1000", "2026-11-02", "2026-11-30");
	int64_t reads, others, reads_daily, others_daily;
	char sql[1024];

	fx_checkin(f, sum, "2026-11-03", "0.1");
	fx_checkin(f, sum, "2026-11-03", "0.1");
	fx_checkin(f, sum, "2026-11-03", "0.1");
	fx_checkin(f, sum, "2026-11-10", "250.25");
	fx_checkin(f, sum, "2026-11-20", "3");
	/* The first reads the calendar into its cache. */
	series_of(f, sum, 4, "2026-11-25", &reads, &others);
	series_of(f, sum, 4, "2026-11-25", &reads, &others);
	assert_int_equal(reads, 1);
	series_of(f, sum, 29, "2026-11-25", &reads_daily, &others_daily);
	assert_int_equal(reads_daily, 1);
	assert_int_equal(others_daily, others);

	/* The latest of a day is its highest id; before the first, the baseline. */
	fx_checkin(f, level, "2026-11-04", "52");
	fx_checkin(f, level, "2026-11-10", "51");
	fx_checkin(f, level, "2026-11-10", "53");
	fx_checkin(f, level, "2026-11-18", "49.5");
	series_of(f, level, 4, "2026-11-25", &reads, &others);
	assert_int_equal(reads, 1);
	series_of(f, level, 29, "2026-11-25", &reads_daily, &others_daily);
	assert_int_equal(reads_daily, 1);
	assert_int_equal(others_daily, others);

	snprintf(sql, sizeof sql, "UPDATE goal SET parent_id = %lld WHERE id IN (%lld, %lld)",
	         (long long)team, (long long)a, (long long)b);
	fx_sql(f, sql);
	fx_checkin(f, a, "2026-11-03", "100");
	fx_checkin(f, b, "2026-11-03", "50.5");
	fx_checkin(f, b, "2026-11-12", "7");
	fx_checkin(f, team, "2026-11-05", "10");
	series_of(f, team, 4, "2026-11-25", &reads, &others);
	assert_int_equal(reads, 1);
	series_of(f, team, 29, "2026-11-25", &reads_daily, &others_daily);
	assert_int_equal(reads_daily, 1);
	assert_int_equal(others_daily, others);

	snprintf(sql, sizeof sql, "UPDATE goal SET parent_id = %lld WHERE id IN (%lld, %lld)",
	         (long long)lt, (long long)la, (long long)lb);
	fx_sql(f, sql);
	fx_checkin(f, la, "2026-11-03", "52");
	fx_checkin(f, la, "2026-11-09", "55");
	fx_checkin(f, lt, "2026-11-16", "1");
	series_of(f, lt, 29, "2026-11-25", &reads, &others);

	/* A day of a roll-up adds more than 64 bits hold: 1,000 goals at the
	 * bound. The series holds it within MBO_DEC_SAT, as the sum does. */
	snprintf(sql, sizeof sql,
	         "INSERT INTO goal(owner_id, title, description, metric, unit, kind, direction, baseline, "
	         "target, start_day, due_day, importance, urgency, weight, parent_id, kpi, method, status, "
	         "created_by, created_at) SELECT owner_id, title, description, metric, unit, kind, "
	         "direction, baseline, target, start_day, due_day, importance, urgency, weight, %lld, kpi, "
	         "method, status, created_by, created_at FROM goal, (WITH RECURSIVE n(i) AS (SELECT 1 "
	         "UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT i FROM n) WHERE goal.id = %lld",
	         (long long)big, (long long)a);
	fx_sql(f, sql);
	snprintf(sql, sizeof sql, "INSERT INTO checkin(goal_id, day, value, entered_by, entered_at) "
	         "SELECT id, '2026-11-12', %lld, %lld, 'x' FROM goal WHERE parent_id = %lld",
	         (long long)MBO_DEC_MAX, (long long)f->admin, (long long)big);
	fx_sql(f, sql);
	fx_checkin(f, big, "2026-11-04", "1");
	series_of(f, big, 29, "2026-11-25", &reads, &others);
	assert_int_equal(reads, 1);
	{
		mbo_goal g;
		mbo_dec v;

		get(f, big, &g);
		assert_int_equal(mbo_progress_actual(f->m, &g, fx_day("2026-11-25"), &v), MBO_OK);
		assert_int_equal(v, MBO_DEC_SAT);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_exact_sum, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_expected_linear, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_pace_and_status, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_level_latest, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_level_values_not_summed, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_down_sum, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_down_level, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_milestones, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_no_workdays_left, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_forecast_sum, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_forecast_level, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_before_start, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_calendar_changes_count, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_completion_edges, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_design_worked_example, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_pace_not_from_rounded_expected, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_bands_sum_up, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_bands_sum_down, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_bands_level, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_large_values_exact, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_series, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_series_reads_once, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_level_forecast_floor, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_team_goal_rolls_up, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
