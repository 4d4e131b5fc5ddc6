/*
 * test_smart.c: the SMART check and target suggestions (src/core/smart.c).
 *
 * Today is 2026-11-27 (MBO_TODAY, set by CMake). The goal under test runs
 * four full weeks, 2026-11-30 to 2026-12-27 (20 workdays); past goals of
 * four weeks (20 workdays) compare one to one, of two weeks (10 workdays)
 * are scaled by 2.
 */
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "internal.h"
#include "history_priv.h"
#include "mbo/goal.h"
#include "mbo/smart.h"

#define START "2026-11-30"
#define DUE "2026-12-27"

static void sqlf(fx *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void sqlf(fx *f, const char *fmt, ...)
{
	char sql[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	fx_sql(f, sql);
}

static void set(fx *f, const char *key, const char *value)
{
	sqlf(f, "UPDATE setting SET value = '%s' WHERE key = '%s'", value, key);
}

/* An unsaved goal: revenue in CNY, sum, up, baseline 0, target 100000. */
static void goal_new(mbo_goal *g, int64_t owner, const char *title)
{
	memset(g, 0, sizeof *g);
	g->owner_id = owner;
	g->title = (char *)title;
	g->description = (char *)"";
	snprintf(g->metric, sizeof g->metric, "revenue");
	snprintf(g->unit, sizeof g->unit, "CNY");
	g->kind = MBO_KIND_SUM;
	g->direction = MBO_DIR_UP;
	g->baseline = 0;
	g->target = MBO_DEC(100000);
	g->weight = MBO_DEC(1);
	g->start = fx_day(START);
	g->due = fx_day(DUE);
	g->importance = 2;
	g->urgency = 2;
	g->method = MBO_METHOD_SELF;
	g->status = MBO_GOAL_PROPOSED;
}

/* A past goal of `owner` on `metric`, achieved, with one check-in of value. */
static int64_t past(fx *f, int64_t owner, const char *metric, const char *start, const char *due,
                    const char *value)
{
	int64_t id = fx_goal(f, owner, metric, value, start, due);

	sqlf(f, "UPDATE goal SET status = 'achieved' WHERE id = %lld", (long long)id);
	fx_checkin(f, id, start, value);
	return id;
}

static void check(fx *f, const mbo_goal *g, mbo_smart_report *r)
{
	int rc = mbo_smart_check(f->m, g, r);

	if (rc != MBO_OK)
		fail_msg("mbo_smart_check: %s", mbo_errmsg(f->m));
}

/* The worst level among the findings of `letter`; -1 when there is none. */
static int worst_of(const mbo_smart_report *r, int letter)
{
	int worst = -1;
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->items[i].letter == letter && r->items[i].level > worst)
			worst = r->items[i].level;
	return worst;
}

/* The first finding of `letter` at `level`; fails the test when none. */
static const mbo_finding *finding(const mbo_smart_report *r, int letter, int level)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->items[i].letter == letter && r->items[i].level == level)
			return &r->items[i];
	fail_msg("no %s finding at level %s", mbo_letter_name(letter), mbo_level_name(level));
	abort();   /* not reached: fail_msg ends the test; callers never get NULL */
}

static void assert_has(const char *text, const char *part)
{
	if (strstr(text, part) == NULL)
		fail_msg("\"%s\" does not contain \"%s\"", text, part);
}

/* ---- General ------------------------------------------------------------- */

static void test_names_and_order(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;
	size_t i;

	assert_string_equal(mbo_letter_name(MBO_S), "S");
	assert_string_equal(mbo_letter_name(MBO_T), "T");
	assert_string_equal(mbo_letter_name(MBO_CHALLENGE), "challenge");
	assert_string_equal(mbo_letter_name(MBO_PRIORITY), "priority");
	assert_string_equal(mbo_level_name(MBO_WARN), "warn");
	assert_string_equal(mbo_level_name(MBO_FAIL), "fail");

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Sign 5 new customers in Q4");
	check(f, &g, &r);
	assert_true(r.n >= 7);
	for (i = 1; i < r.n; i++)
		assert_true(r.items[i - 1].letter <= r.items[i].letter);
	for (i = 0; i <= MBO_PRIORITY; i++)
		assert_true(worst_of(&r, (int)i) >= 0);
	for (i = 0; i < r.n; i++) {
		assert_true(r.items[i].message[0] != '\0');
		if (r.items[i].level == MBO_PASS)
			assert_string_equal(r.items[i].hint, "");
		else
			assert_true(r.items[i].hint[0] != '\0');
	}
	assert_int_equal(mbo_smart_worst(&r), MBO_WARN);   /* R: nothing links it */
	r.items[0].level = MBO_FAIL;
	assert_int_equal(mbo_smart_worst(&r), MBO_FAIL);
}

static void test_check_does_not_write(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	sqlite3 *db = mbo_sqlite(f->m);
	mbo_smart_report r;
	mbo_goal g;
	int before;

	past(f, lily, "revenue", "2026-10-05", "2026-11-01", "100000");
	before = sqlite3_total_changes(db);
	goal_new(&g, lily, "Reach 180000 CNY revenue");
	g.target = MBO_DEC(180000);
	check(f, &g, &r);
	assert_int_equal(sqlite3_total_changes(db), before);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 1);
}

/* ---- S ------------------------------------------------------------------- */

static void test_s_vague_chinese(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "提高销售额");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_WARN);
	assert_has(finding(&r, MBO_S, MBO_WARN)->message, "提高");
	assert_has(finding(&r, MBO_S, MBO_WARN)->hint, "number");

	g.title = (char *)"提高销售额到50万";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_PASS);

	g.title = (char *)"尽量多拜访客户";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_WARN);
	assert_has(finding(&r, MBO_S, MBO_WARN)->message, "尽量");
}

static void test_s_vague_english(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Improve sales");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_WARN);
	assert_has(finding(&r, MBO_S, MBO_WARN)->message, "\"improve\"");

	g.title = (char *)"Get MORE customers";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_WARN);
	g.title = (char *)"Improving our sales";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_WARN);
	g.title = (char *)"Increased customer visits";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_WARN);

	/* A number makes it specific; "more" inside a word is not vague. */
	g.title = (char *)"Improve sales to 500000 CNY";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_PASS);
	g.title = (char *)"Visit Moreno Trading";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_PASS);

	/* The list is a setting. */
	set(f, "smart.vague_words", "grow, push");
	g.title = (char *)"Improve sales";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_PASS);
	g.title = (char *)"Push the new product";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_WARN);
}

static void test_s_short_title_fails(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Sales");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_FAIL);
	assert_has(finding(&r, MBO_S, MBO_FAIL)->message, "5 characters");
	assert_has(finding(&r, MBO_S, MBO_FAIL)->message, "at least 6");
	assert_int_equal(mbo_smart_worst(&r), MBO_FAIL);

	g.title = (char *)"拜访";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_FAIL);
	assert_has(finding(&r, MBO_S, MBO_FAIL)->message, "4 columns wide");

	g.title = (char *)"";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_FAIL);

	set(f, "smart.min_title_chars", "4");
	g.title = (char *)"Sales";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_PASS);
}

static void test_s_specific_passes(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Sign 5 new customers in Q4");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_PASS);
	assert_has(finding(&r, MBO_S, MBO_PASS)->message, "Sign 5 new customers in Q4");
	assert_string_equal(finding(&r, MBO_S, MBO_PASS)->hint, "");

	g.metric[0] = '\0';
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_FAIL);
	assert_has(finding(&r, MBO_S, MBO_FAIL)->hint, "the metric");
}

static void test_s_long_title_is_clipped(void **state)
{
	fx *f = *state;
	char title[700];
	mbo_smart_report r;
	mbo_goal g;
	size_t i;

	title[0] = '\0';
	for (i = 0; i < 200; i++)
		strcat(title, "额");
	goal_new(&g, fx_person(f, "lily", "sales", NULL), title);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_S), MBO_PASS);
	/* Quoted as an excerpt of at most 40 columns (MBO_EXCERPT_WIDTH): 19
	 * characters of 2 columns and "…" make 39; a 20th would make 41. */
	{
		char want[128] = "\"";
		for (i = 0; i < 19; i++)
			strcat(want, "额");
		strcat(want, "\xe2\x80\xa6\"");
		assert_has(finding(&r, MBO_S, MBO_PASS)->message, want);
		memmove(want + 1 + strlen("额"), want + 1, strlen(want) + 1 - 1);
		memcpy(want + 1, "额", strlen("额"));
		assert_null(strstr(finding(&r, MBO_S, MBO_PASS)->message, want));
	}
}

/* ---- M ------------------------------------------------------------------- */

static void test_m_target_equals_baseline_fails(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Keep 120 active customers");
	g.kind = MBO_KIND_LEVEL;
	g.baseline = MBO_DEC(120);
	g.target = MBO_DEC(120);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_FAIL);
	assert_has(finding(&r, MBO_M, MBO_FAIL)->message, "120");
	assert_has(finding(&r, MBO_M, MBO_FAIL)->hint, "the target");

	g.kind = MBO_KIND_SUM;
	g.baseline = MBO_DEC(100000);
	g.target = MBO_DEC(100000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_FAIL);

	g.target = fx_dec("112500.5");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_PASS);
	assert_string_equal(finding(&r, MBO_M, MBO_PASS)->message,
	                    "Measured in CNY of revenue, from 100,000 to 112,500.50.");

	g.unit[0] = '\0';
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_FAIL);
	assert_has(finding(&r, MBO_M, MBO_FAIL)->hint, "the unit");
}

/* Most goals of the metric in the owner's team count it in another unit:
 * a warning, since a team goal, the leaderboard and the reports would add
 * them up. Other teams do not count. */
static void test_m_unit_of_the_metric(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	mbo_smart_report r;
	mbo_goal g;
	int i;

	for (i = 0; i < 3; i++)
		fx_goal(f, lily, "revenue", "50000", "2026-07-01", "2026-09-30");
	sqlf(f, "UPDATE goal SET unit = 'CNY' WHERE metric = 'revenue'");
	fx_goal(f, lily, "revenue", "5000", "2026-07-01", "2026-09-30");
	sqlf(f, "UPDATE goal SET unit = 'USD' WHERE unit <> 'CNY'");
	/* Another team, all in EUR, more goals than lily's: not hers. */
	{
		int64_t omar = fx_person(f, "omar", "sales", NULL);
		for (i = 0; i < 5; i++)
			fx_goal(f, omar, "revenue", "9000", "2026-07-01", "2026-09-30");
		sqlf(f, "UPDATE goal SET unit = 'EUR' WHERE unit NOT IN ('CNY', 'USD')");
	}

	goal_new(&g, lily, "Sign 100,000 USD of new contracts in Q4");
	snprintf(g.unit, sizeof g.unit, "USD");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_WARN);
	assert_has(finding(&r, MBO_M, MBO_WARN)->message, "The team counts revenue in CNY (3 goals); this one in USD");
	assert_has(finding(&r, MBO_M, MBO_WARN)->hint, "count it in CNY");
	assert_has(finding(&r, MBO_M, MBO_WARN)->hint, "revenue_USD");
	/* Cancelled goals, and goals over a year old, add nothing up. */
	sqlf(f, "UPDATE goal SET status = 'cancelled' WHERE unit = 'CNY'");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_PASS);
	sqlf(f, "UPDATE goal SET status = 'achieved', start_day = '2025-01-01', due_day = '2025-03-31' "
	        "WHERE unit = 'CNY'");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_PASS);
	sqlf(f, "UPDATE goal SET start_day = '2026-07-01', due_day = '2026-09-30' WHERE unit = 'CNY'");
	/* In the unit most goals use: no warning. */
	snprintf(g.unit, sizeof g.unit, "CNY");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_PASS);
	/* A metric nobody else counts: nothing to compare with. */
	snprintf(g.metric, sizeof g.metric, "renewals");
	snprintf(g.unit, sizeof g.unit, "contracts");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_M), MBO_PASS);
	/* The goal itself does not count (checked again when revised): two in
	 * USD, two in CNY, and goal 1 is one of the USD ones. */
	sqlf(f, "UPDATE goal SET unit = CASE WHEN id <= 2 THEN 'USD' ELSE 'CNY' END WHERE id <= 4");
	g.id = 1;
	snprintf(g.metric, sizeof g.metric, "revenue");
	snprintf(g.unit, sizeof g.unit, "USD");
	check(f, &g, &r);
	assert_has(finding(&r, MBO_M, MBO_WARN)->message, "in CNY (2 goals); this one in USD");
}

/* ---- A ------------------------------------------------------------------- */

static void test_a_growth_over_own_history_warns(void **state)
{
	fx *f = *state;
	int64_t lily, tom, last;
	const mbo_finding *w;
	mbo_smart_report r;
	mbo_goal g;

	fx_person(f, "boss", "manager", NULL);
	lily = fx_person(f, "lily", "sales", "boss");
	tom = fx_person(f, "tom", "sales", "boss");
	past(f, lily, "revenue", "2026-09-07", "2026-10-04", "300000");
	last = past(f, lily, "revenue", "2026-10-05", "2026-11-01", "60000");
	fx_checkin(f, last, "2026-10-20", "40000");   /* the last one: 100,000 */
	past(f, tom, "revenue", "2026-10-05", "2026-11-01", "250000");

	goal_new(&g, lily, "Reach 180000 CNY revenue");
	g.target = MBO_DEC(180000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_WARN);
	w = finding(&r, MBO_A, MBO_WARN);
	assert_has(w->message, "180,000");
	assert_has(w->message, "+80%");
	assert_has(w->message, "100,000");
	assert_has(w->message, "+50%");
	assert_has(w->hint, "150,000");
	assert_has(w->hint, "a target of at most");

	/* Within the ceiling. */
	g.target = MBO_DEC(150000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_PASS);
	assert_has(finding(&r, MBO_A, MBO_PASS)->message, "+50%");

	/* A higher ceiling changes the verdict. */
	g.target = MBO_DEC(180000);
	set(f, "smart.realism_ceiling", "1.00");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_PASS);
	assert_has(finding(&r, MBO_A, MBO_PASS)->message, "+100%");
}

static void test_a_above_team_best_warns(void **state)
{
	fx *f = *state;
	int64_t lily, tom;
	const mbo_finding *w;
	mbo_smart_report r;
	mbo_goal g;
	size_t i, warns = 0;

	fx_person(f, "boss", "manager", NULL);
	lily = fx_person(f, "lily", "sales", "boss");
	tom = fx_person(f, "tom", "sales", "boss");
	fx_person(f, "zoe", "sales", NULL);   /* not on the team */
	past(f, lily, "revenue", "2026-10-05", "2026-11-01", "150000");
	past(f, tom, "revenue", "2026-10-05", "2026-11-01", "200000");
	past(f, fx_int(f, "SELECT id FROM person WHERE login = 'zoe'"), "revenue",
	     "2026-10-05", "2026-11-01", "900000");

	goal_new(&g, lily, "Reach 210000 CNY revenue");
	g.target = MBO_DEC(210000);   /* +40% on her own: realistic */
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_WARN);
	for (i = 0; i < r.n; i++)
		warns += r.items[i].letter == MBO_A && r.items[i].level == MBO_WARN;
	assert_int_equal(warns, 1);
	w = finding(&r, MBO_A, MBO_WARN);
	assert_has(w->message, "210,000");
	assert_has(w->message, "200,000");
	assert_has(w->message, "team");

	g.target = MBO_DEC(195000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_PASS);
	assert_has(finding(&r, MBO_A, MBO_PASS)->message, "200,000");
}

static void test_a_no_history_passes(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	int64_t other;
	mbo_smart_report r;
	mbo_goal g;

	/* Not comparable: another metric, cancelled, no check-in, not over yet,
	 * too short. */
	past(f, lily, "visits", "2026-10-05", "2026-11-01", "50");
	other = past(f, lily, "revenue", "2026-10-05", "2026-11-01", "10");
	sqlf(f, "UPDATE goal SET status = 'cancelled' WHERE id = %lld", (long long)other);
	fx_goal(f, lily, "revenue", "10", "2026-10-05", "2026-11-01");
	past(f, lily, "revenue", "2026-11-02", "2026-11-30", "10");
	past(f, lily, "revenue", "2026-10-05", "2026-10-09", "10");

	goal_new(&g, lily, "Reach 1000000 CNY revenue");
	g.target = MBO_DEC(1000000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_PASS);
	assert_has(finding(&r, MBO_A, MBO_PASS)->message, "no history");
}

static void test_a_baseline_is_the_reference_without_history(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Reach 200000 CNY revenue");
	g.baseline = MBO_DEC(100000);
	g.target = MBO_DEC(200000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_WARN);
	assert_has(finding(&r, MBO_A, MBO_WARN)->message, "+100%");
	assert_has(finding(&r, MBO_A, MBO_WARN)->message, "baseline");
}

static void test_a_scales_to_workdays(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	mbo_smart_report r;
	mbo_goal g;

	/* Two weeks, 50,000: 100,000 over this goal's four weeks. */
	past(f, lily, "revenue", "2026-10-05", "2026-10-18", "50000");
	goal_new(&g, lily, "Reach 180000 CNY revenue");
	g.target = MBO_DEC(180000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_WARN);
	assert_has(finding(&r, MBO_A, MBO_WARN)->message, "+80%");
	assert_has(finding(&r, MBO_A, MBO_WARN)->message, "50,000 over 10 workdays");
}

static void test_a_down_goal(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	int64_t old = past(f, lily, "churn", "2026-10-05", "2026-11-01", "10");
	mbo_smart_report r;
	mbo_goal g;

	sqlf(f, "UPDATE goal SET direction = 'down' WHERE id = %lld", (long long)old);
	goal_new(&g, lily, "Lose at most 4 customers");
	snprintf(g.metric, sizeof g.metric, "churn");
	g.direction = MBO_DIR_DOWN;
	g.target = MBO_DEC(4);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_WARN);
	assert_has(finding(&r, MBO_A, MBO_WARN)->message, "-60%");

	g.target = MBO_DEC(6);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_WARN);   /* below the team's best, 10 */
	assert_has(finding(&r, MBO_A, MBO_WARN)->message, "below 10");

	g.target = MBO_DEC(10);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_A), MBO_PASS);
}

/* ---- R ------------------------------------------------------------------- */

static void test_r_relevant(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	int64_t team = fx_goal(f, lily, "revenue", "900000", "2026-10-01", "2026-12-31");
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, lily, "Reach 100000 CNY revenue");
	g.description = (char *)"Short";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_R), MBO_WARN);
	assert_has(finding(&r, MBO_R, MBO_WARN)->hint, "parent");
	assert_has(finding(&r, MBO_R, MBO_WARN)->hint, "KPI");
	assert_has(finding(&r, MBO_R, MBO_WARN)->hint, "the description");

	g.parent_id = team;
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_R), MBO_PASS);
	{
		char want[64];
		snprintf(want, sizeof want, "Supports goal #%lld", (long long)team);
		assert_has(finding(&r, MBO_R, MBO_PASS)->message, want);
	}

	g.parent_id = 0;
	snprintf(g.kpi, sizeof g.kpi, "New logos");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_R), MBO_PASS);
	assert_has(finding(&r, MBO_R, MBO_PASS)->message, "KPI: New logos");

	g.kpi[0] = '\0';
	g.description = (char *)"重点客户续约决定全年业绩";   /* 12 characters */
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_R), MBO_WARN);
	g.description = (char *)"Renewals of key accounts decide the year";
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_R), MBO_PASS);
	assert_has(finding(&r, MBO_R, MBO_PASS)->message, "description");
}

/* ---- T ------------------------------------------------------------------- */

static void test_t_time_bound(void **state)
{
	fx *f = *state;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Reach 100000 CNY revenue");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_PASS);
	assert_has(finding(&r, MBO_T, MBO_PASS)->message, "20 workdays");

	g.due = g.start;
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_FAIL);
	assert_has(finding(&r, MBO_T, MBO_FAIL)->hint, "the due date");
	g.due = g.start - 3;
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_FAIL);
	g.due = MBO_DAY_NONE;
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_FAIL);

	g.due = g.start + 399;   /* 400 days */
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_WARN);
	assert_has(finding(&r, MBO_T, MBO_WARN)->message, "400 days");
	set(f, "smart.max_horizon_days", "500");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_PASS);

	/* A new goal already overdue warns; a stored one does not. */
	g.start = fx_day("2026-10-01");
	g.due = fx_day("2026-10-31");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_WARN);
	assert_has(finding(&r, MBO_T, MBO_WARN)->message, "2026-10-31");
	g.id = fx_goal(f, g.owner_id, "revenue", "100000", "2026-10-01", "2026-10-31");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_T), MBO_PASS);
}

/* ---- Challenge ----------------------------------------------------------- */

static void test_challenge(void **state)
{
	fx *f = *state;
	const mbo_finding *w;
	mbo_smart_report r;
	mbo_goal g;

	goal_new(&g, fx_person(f, "lily", "sales", NULL), "Reach 102000 CNY revenue");
	g.baseline = MBO_DEC(100000);
	g.target = MBO_DEC(102000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_CHALLENGE), MBO_WARN);
	w = finding(&r, MBO_CHALLENGE, MBO_WARN);
	assert_has(w->message, "challenging");
	assert_has(w->message, "+2%");
	assert_has(w->message, "+5%");
	assert_has(w->hint, "105,000");

	g.target = MBO_DEC(105000);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_CHALLENGE), MBO_PASS);

	set(f, "smart.min_stretch", "0.10");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_CHALLENGE), MBO_WARN);

	g.target = MBO_DEC(90000);   /* lower than last period */
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_CHALLENGE), MBO_WARN);
	assert_has(finding(&r, MBO_CHALLENGE, MBO_WARN)->message, "worse");

	g.baseline = 0;
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_CHALLENGE), MBO_PASS);

	/* Lower is better: 98 on 100 is not enough, 90 is. */
	g.direction = MBO_DIR_DOWN;
	g.baseline = MBO_DEC(100);
	g.target = MBO_DEC(98);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_CHALLENGE), MBO_WARN);
	assert_has(finding(&r, MBO_CHALLENGE, MBO_WARN)->hint, "at most 90");
	g.target = MBO_DEC(90);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_CHALLENGE), MBO_PASS);
}

/* ---- Priority ------------------------------------------------------------ */

static void test_priority(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL), ids[4];
	mbo_smart_report r;
	mbo_goal g;
	int i;

	for (i = 0; i < 4; i++) {
		ids[i] = fx_goal(f, lily, "visits", "40", "2026-12-01", "2026-12-31");
		sqlf(f, "UPDATE goal SET importance = 3, urgency = 3 WHERE id = %lld", (long long)ids[i]);
	}
	goal_new(&g, lily, "Reach 100000 CNY revenue");
	g.importance = 3;
	g.urgency = 3;
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_PRIORITY), MBO_WARN);
	assert_has(finding(&r, MBO_PRIORITY, MBO_WARN)->message, "5 goals");
	assert_has(finding(&r, MBO_PRIORITY, MBO_WARN)->hint, "urgency");

	/* Another period, a proposal and the goal itself do not count. */
	sqlf(f, "UPDATE goal SET start_day = '2027-01-04', due_day = '2027-01-31' WHERE id = %lld",
	     (long long)ids[0]);
	sqlf(f, "UPDATE goal SET status = 'proposed' WHERE id = %lld", (long long)ids[1]);
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_PRIORITY), MBO_PASS);   /* 2 + this one */
	assert_has(finding(&r, MBO_PRIORITY, MBO_PASS)->message, "3 important");

	set(f, "smart.max_top_priority", "2");
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_PRIORITY), MBO_WARN);
	g.id = ids[2];
	check(f, &g, &r);
	assert_int_equal(worst_of(&r, MBO_PRIORITY), MBO_PASS);
}

/* ---- Suggestion ---------------------------------------------------------- */

static void test_suggest_team_p75(void **state)
{
	fx *f = *state;
	static const char *const logins[] = { "ann", "bob", "lily", "tom" };
	static const char *const values[] = { "300", "400", "100", "200" };
	int64_t who[4];
	mbo_suggestion s;
	int i;

	fx_person(f, "boss", "manager", NULL);
	for (i = 0; i < 4; i++) {
		who[i] = fx_person(f, logins[i], "sales", "boss");
		past(f, who[i], "new_customers", "2026-10-05", "2026-11-01", values[i]);
	}
	assert_int_equal(mbo_smart_suggest(f->m, who[2], "new_customers", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.own_samples, 1);
	assert_int_equal(s.own_last, MBO_DEC(100));
	assert_int_equal(s.own_best, MBO_DEC(100));
	assert_int_equal(s.team_samples, 4);
	assert_int_equal(s.team_p75, MBO_DEC(300));
	assert_int_equal(s.team_best, MBO_DEC(400));
	assert_int_equal(s.suggested, MBO_DEC(300));

	/* bob's own last with the stretch beats the team's 75th percentile. */
	assert_int_equal(mbo_smart_suggest(f->m, who[1], "new_customers", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.own_last, MBO_DEC(400));
	assert_int_equal(s.suggested, MBO_DEC(420));

	/* A fifth teammate: the 4th of 5 by nearest rank. */
	past(f, fx_person(f, "dan", "sales", "boss"), "new_customers", "2026-10-05", "2026-11-01", "500");
	assert_int_equal(mbo_smart_suggest(f->m, who[2], "new_customers", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.team_samples, 5);
	assert_int_equal(s.team_p75, MBO_DEC(400));
	assert_int_equal(s.team_best, MBO_DEC(500));
}

static void test_suggest_scales_and_rounds(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	int64_t kim = fx_person(f, "kim", "sales", NULL);
	mbo_suggestion s;

	/* Two weeks of 97: 194 over four weeks; 194 * 1.05 = 203.7, whole
	 * numbers in history, so 204. */
	past(f, lily, "visits", "2026-10-05", "2026-10-18", "97");
	past(f, lily, "visits", "2026-09-07", "2026-10-04", "150");
	assert_int_equal(mbo_smart_suggest(f->m, lily, "visits", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.own_samples, 2);
	assert_int_equal(s.own_last, MBO_DEC(194));
	assert_int_equal(s.own_best, MBO_DEC(194));
	assert_int_equal(s.team_samples, 2);
	assert_int_equal(s.suggested, MBO_DEC(204));

	/* One decimal in history: 97.5 -> 195 -> 204.75 -> 204.8. */
	past(f, kim, "visits", "2026-10-05", "2026-10-18", "97.5");
	assert_int_equal(mbo_smart_suggest(f->m, kim, "visits", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.own_last, MBO_DEC(195));
	assert_int_equal(s.suggested, fx_dec("204.8"));
}

static void test_suggest_without_history(void **state)
{
	fx *f = *state;
	int64_t lily = fx_person(f, "lily", "sales", NULL);
	mbo_suggestion s;

	assert_int_equal(mbo_smart_suggest(f->m, lily, "revenue", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.own_samples, 0);
	assert_int_equal(s.team_samples, 0);
	assert_int_equal(s.suggested, 0);

	assert_int_equal(mbo_smart_suggest(f->m, lily, "revenue", MBO_KIND_SUM,
	                                   fx_day(DUE), fx_day(START), &s), MBO_EINVAL);
	assert_true(mbo_errmsg(f->m)[0] != '\0');
}

/* The manager's results and team goals (goals cascaded to children) are
 * not individual results: they stay out of a salesperson's benchmark, and a
 * manager is compared with peers, not with their own team. */
static void test_team_excludes_manager_and_team_goals(void **state)
{
	fx *f = *state;
	int64_t boss, ann, bob, team;
	mbo_suggestion s;

	fx_person(f, "director", "manager", NULL);
	boss = fx_person(f, "boss", "manager", "director");
	ann = fx_person(f, "ann", "sales", "boss");
	bob = fx_person(f, "bob", "sales", "boss");
	team = past(f, boss, "new_customers", "2026-10-05", "2026-11-01", "900");
	sqlf(f, "UPDATE goal SET parent_id = %lld WHERE id = %lld", (long long)team,
	     (long long)past(f, ann, "new_customers", "2026-10-05", "2026-11-01", "300"));
	past(f, bob, "new_customers", "2026-10-05", "2026-11-01", "200");
	past(f, boss, "new_customers", "2026-10-05", "2026-11-01", "50");

	assert_int_equal(mbo_smart_suggest(f->m, bob, "new_customers", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.team_samples, 2);            /* ann and bob, not boss */
	assert_int_equal(s.team_best, MBO_DEC(300));

	assert_int_equal(mbo_smart_suggest(f->m, boss, "new_customers", MBO_KIND_SUM,
	                                   fx_day(START), fx_day(DUE), &s), MBO_OK);
	assert_int_equal(s.own_samples, 1);             /* the 50; the team goal is skipped */
	assert_int_equal(s.team_samples, 1);            /* boss alone: no peers */
}

/* ---- The records behind the history (history.c) ---------------------------- */

struct walk {
	int64_t ids[8];
	size_t n;
	size_t stop_after;   /* 0: never */
};

static int walk_goal(void *ctx, const struct mbo_history_goal *g)
{
	struct walk *w = ctx;

	if (w->n < 8)
		w->ids[w->n] = g->id;
	w->n++;
	return w->stop_after && w->n == w->stop_after ? 42 : 0;
}

static int walk_unit(void *ctx, const char *unit, int64_t goals)
{
	struct walk *w = ctx;

	(void)unit;
	if (w->n < 8)
		w->ids[w->n] = goals;
	w->n++;
	return w->stop_after && w->n == w->stop_after ? 43 : 0;
}

/* A person's past goals of a metric come latest first, without the goal
 * asked about, a team goal, one without a check-in or one not yet due; the
 * callback's nonzero return stops the walk and comes back as the result. */
static void test_history_records_walk(void **state)
{
	fx *f = *state;
	int64_t boss = fx_person(f, "boss", "manager", NULL);
	int64_t ann = fx_person(f, "ann", "sales", "boss");
	int64_t early, late, self, team;
	struct walk w = { { 0 }, 0, 0 };

	early = past(f, boss, "visits", "2026-09-01", "2026-09-30", "30");
	late = past(f, boss, "visits", "2026-10-01", "2026-10-31", "40");
	self = past(f, boss, "visits", "2026-10-05", "2026-10-30", "10");
	team = past(f, boss, "visits", "2026-10-01", "2026-10-31", "90");
	sqlf(f, "UPDATE goal SET parent_id = %lld WHERE id = %lld", (long long)team,
	     (long long)past(f, ann, "visits", "2026-10-01", "2026-10-31", "90"));
	fx_goal(f, boss, "visits", "50", "2026-10-01", "2026-10-31");      /* no check-in */
	past(f, boss, "visits", "2026-11-01", "2026-11-30", "20");         /* due after the start */
	past(f, boss, "revenue", "2026-10-01", "2026-10-31", "5000");      /* another metric */

	assert_int_equal(mbo_history_goals_each(f->m, boss, "visits", MBO_KIND_SUM, self,
	                                        fx_day(START), walk_goal, &w), MBO_OK);
	assert_int_equal(w.n, 2);
	assert_int_equal(w.ids[0], late);
	assert_int_equal(w.ids[1], early);
	w = (struct walk){ { 0 }, 0, 1 };
	assert_int_equal(mbo_history_goals_each(f->m, boss, "visits", MBO_KIND_SUM, self,
	                                        fx_day(START), walk_goal, &w), 42);
	assert_int_equal(w.n, 1);
	/* The statement was reset: the next walk starts from the top. */
	w = (struct walk){ { 0 }, 0, 0 };
	assert_int_equal(mbo_history_goals_each(f->m, boss, "visits", MBO_KIND_LEVEL, 0,
	                                        fx_day(START), walk_goal, &w), MBO_OK);
	assert_int_equal(w.n, 0);

	/* The units: boss's team (boss and ann) counts visits in one unit, over
	 * the seven goals not rejected or cancelled (self left out). */
	w = (struct walk){ { 0 }, 0, 0 };
	assert_int_equal(mbo_history_units_each(f->m, ann, "visits", self, fx_day(START), walk_unit, &w),
	                 MBO_OK);
	assert_int_equal(w.n, 1);
	assert_int_equal(w.ids[0], 6);
	w = (struct walk){ { 0 }, 0, 1 };
	assert_int_equal(mbo_history_units_each(f->m, ann, "visits", 0, fx_day(START), walk_unit, &w),
	                 43);
	assert_int_equal(w.ids[0], 7);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_names_and_order, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_check_does_not_write, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_s_vague_chinese, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_s_vague_english, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_s_short_title_fails, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_s_specific_passes, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_s_long_title_is_clipped, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_m_target_equals_baseline_fails, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_m_unit_of_the_metric, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_a_growth_over_own_history_warns, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_a_above_team_best_warns, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_a_no_history_passes, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_a_baseline_is_the_reference_without_history, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_a_scales_to_workdays, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_a_down_goal, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_r_relevant, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_t_time_bound, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_challenge, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_priority, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_suggest_team_p75, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_team_excludes_manager_and_team_goals, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_suggest_scales_and_rounds, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_suggest_without_history, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_history_records_walk, fx_setup, fx_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
