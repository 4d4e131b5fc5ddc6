/*
 * test_report.c: the team roll-up, the leaderboard and the period report
 * (src/core/report.c). Today is 2026-11-27 (MBO_TODAY).
 *
 * The team:
 *   director (manager)
 *     chen.jing (manager): a team revenue goal cascaded to three members
 *       li.wei, wang.fang, zhao.min (sales)
 *   omgr (manager)
 *     zed (sales)
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "mbo/alert.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/report.h"

struct team {
	int64_t director, chen, li, wang, zhao, omgr, zed;
	int64_t team_rev, li_rev, li_visits, li_cust, zhao_rev, zhao_calls, wang_rev;
};

static int64_t goal(fx *f, int64_t owner, const char *metric, const char *dir, const char *target,
                    const char *start, const char *due, const char *status, int64_t parent)
{
	return fx_goal_with(f, &(fx_goal_spec){
		.owner = owner, .metric = metric, .unit = strcmp(metric, "revenue") == 0 ? "CNY" : "units",
		.dir = dir, .target = target, .start = start, .due = due, .status = status,
		.parent = parent });
}

static void make_team(fx *f, struct team *t)
{
	t->director = fx_person(f, "director", "manager", NULL);
	t->chen = fx_person(f, "chen.jing", "manager", "director");
	t->li = fx_person(f, "li.wei", "sales", "chen.jing");
	t->wang = fx_person(f, "wang.fang", "sales", "chen.jing");
	t->zhao = fx_person(f, "zhao.min", "sales", "chen.jing");
	t->omgr = fx_person(f, "omgr", "manager", NULL);
	t->zed = fx_person(f, "zed", "sales", "omgr");

	t->team_rev = goal(f, t->chen, "revenue", "up", "300000", "2026-10-01", "2026-12-31", "active", 0);
	t->li_rev = goal(f, t->li, "revenue", "up", "100000", "2026-10-01", "2026-12-31", "active", t->team_rev);
	t->li_visits = goal(f, t->li, "visits", "up", "100", "2026-11-02", "2026-11-30", "active", 0);
	t->li_cust = goal(f, t->li, "new_customers", "up", "10", "2026-10-01", "2026-11-20", "active", 0);
	t->zhao_rev = goal(f, t->zhao, "revenue", "up", "80000", "2026-10-01", "2026-12-31", "active", t->team_rev);
	t->zhao_calls = goal(f, t->zhao, "calls", "up", "50", "2026-10-01", "2026-11-20", "active", 0);
	t->wang_rev = goal(f, t->wang, "revenue", "up", "120000", "2026-10-01", "2026-12-31", "active", t->team_rev);
	goal(f, t->wang, "revenue", "up", "999999", "2026-10-01", "2026-12-31", "proposed", 0);
	goal(f, t->li, "revenue", "up", "50000", "2026-07-01", "2026-09-30", "achieved", 0);
	goal(f, t->zed, "revenue", "up", "500000", "2026-10-01", "2026-12-31", "active", 0);

	fx_checkin(f, t->li_rev, "2026-10-15", "40000");
	fx_checkin(f, t->li_rev, "2026-11-20", "53500");
	fx_checkin(f, t->li_visits, "2026-11-05", "10");
	fx_checkin(f, t->li_cust, "2026-11-02", "12");
	fx_checkin(f, t->zhao_rev, "2026-11-10", "96000");
	fx_checkin(f, t->zhao_calls, "2026-11-10", "10");
	fx_checkin(f, t->wang_rev, "2026-11-25", "93500");
}

static const mbo_rollup_row *row_of(const mbo_rollup_row *v, size_t n, const char *login)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i].login, login) == 0)
			return &v[i];
	fail_msg("no row for %s", login);
	return NULL;
}

static void test_rollup(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_rollup_row *v;
	const mbo_rollup_row *r;
	size_t n, i;
	mbo_day today = fx_day("2026-11-27");

	make_team(f, &t);
	assert_int_equal(mbo_report_rollup(f->m, t.chen, 0, today, &v, &n), MBO_OK);
	assert_int_equal(n, 4);
	assert_string_equal(v[0].login, "chen.jing");
	assert_int_equal(v[0].depth, 0);
	assert_string_equal(v[1].login, "li.wei");
	assert_string_equal(v[2].login, "wang.fang");
	assert_string_equal(v[3].login, "zhao.min");
	assert_int_equal(v[3].depth, 1);
	assert_string_equal(v[3].manager, "chen.jing");

	/* The team goal rolls up its members: 93,500 + 96,000 + 93,500. */
	assert_int_equal(v[0].active_goals, 1);
	assert_int_equal(v[0].goals[0].progress.actual, fx_dec("283000"));

	r = row_of(v, n, "li.wei");
	assert_int_equal(r->active_goals, 3);
	assert_int_equal(r->ngoals, 3);
	assert_int_equal(r->worst_status, MBO_PS_OFF_TRACK);
	assert_int_equal(r->by_status[MBO_PS_ON_TRACK], 1);
	assert_int_equal(r->by_status[MBO_PS_OFF_TRACK], 1);
	assert_int_equal(r->by_status[MBO_PS_ACHIEVED], 1);
	/* 0.9350 + 0.1000 + 1.2000 */
	assert_int_equal(r->completion_sum, fx_dec("2.235"));
	assert_int_equal(r->completion_avg, fx_dec("0.745"));
	assert_int_equal(r->last_checkin, fx_day("2026-11-20"));
	assert_true(r->alerts >= 1);
	/* Each goal line is what progress.c says. */
	for (i = 0; i < r->ngoals; i++) {
		mbo_goal g;
		mbo_progress p;
		mbo_goal_init(&g);
		assert_int_equal(mbo_goal_get(f->m, t.chen, r->goals[i].goal_id, &g), MBO_OK);
		assert_int_equal(mbo_progress_compute(f->m, &g, today, &p), MBO_OK);
		assert_int_equal(r->goals[i].progress.actual, p.actual);
		assert_int_equal(r->goals[i].progress.expected, p.expected);
		assert_int_equal(r->goals[i].progress.status, p.status);
		assert_int_equal(r->goals[i].progress.pace, p.pace);
		assert_string_equal(r->goals[i].title, g.title);
		mbo_goal_clear(&g);
	}

	r = row_of(v, n, "zhao.min");
	assert_int_equal(r->worst_status, MBO_PS_OVERDUE);
	assert_int_equal(r->last_checkin, fx_day("2026-11-10"));
	assert_true(r->alerts >= 1);

	r = row_of(v, n, "wang.fang");
	assert_int_equal(r->active_goals, 1);   /* the proposal does not count */
	assert_int_equal(r->worst_status, MBO_PS_ON_TRACK);
	assert_int_equal(r->alerts, 0);
	mbo_rollup_free(v, n);

	/* Scope: a salesperson sees themselves; not their manager's team. */
	assert_int_equal(mbo_report_rollup(f->m, t.li, 0, today, &v, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].login, "li.wei");
	mbo_rollup_free(v, n);
	assert_int_equal(mbo_report_rollup(f->m, t.li, t.chen, today, &v, &n), MBO_EPERM);
	assert_int_equal(mbo_report_rollup(f->m, t.omgr, t.chen, today, &v, &n), MBO_EPERM);
	assert_int_equal(mbo_report_rollup(f->m, t.director, 0, today, &v, &n), MBO_OK);
	assert_int_equal(n, 5);
	mbo_rollup_free(v, n);
	assert_int_equal(mbo_report_rollup(f->m, f->admin, t.chen, today, &v, &n), MBO_OK);
	assert_int_equal(n, 4);
	mbo_rollup_free(v, n);

	/* People no longer active are left out. */
	fx_sql(f, "UPDATE person SET active = 0 WHERE login = 'wang.fang'");
	assert_int_equal(mbo_report_rollup(f->m, t.chen, 0, today, &v, &n), MBO_OK);
	assert_int_equal(n, 3);
	mbo_rollup_free(v, n);
}

static void test_leaderboard(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_leader *v;
	size_t n;
	int64_t a, b;

	make_team(f, &t);
	assert_int_equal(mbo_report_leaderboard(f->m, t.chen, 0, "revenue", "2026-Q4", &v, &n), MBO_OK);
	/* The team goal is left out (its members are ranked); zed is elsewhere. */
	assert_int_equal(n, 3);
	assert_string_equal(v[0].login, "zhao.min");
	assert_int_equal(v[0].rank, 1);
	assert_int_equal(v[0].actual, fx_dec("96000"));
	assert_int_equal(v[0].target, fx_dec("80000"));
	assert_int_equal(v[0].completion, fx_dec("1.2"));
	assert_string_equal(v[0].unit, "CNY");
	/* A tie on the actual shares the rank; completion orders within it. */
	assert_string_equal(v[1].login, "li.wei");
	assert_int_equal(v[1].rank, 2);
	assert_int_equal(v[1].completion, fx_dec("0.935"));
	assert_int_equal(v[1].goals, 1);      /* the Q3 goal is outside the period */
	assert_string_equal(v[2].login, "wang.fang");
	assert_int_equal(v[2].rank, 2);
	assert_int_equal(v[2].actual, fx_dec("93500"));
	assert_int_equal(v[2].completion, fx_dec("0.7792"));
	free(v);
	/* A metric no goal measures is not found: not an empty board. */
	assert_int_equal(mbo_report_leaderboard(f->m, t.chen, 0, "revenu", "2026-Q4", &v, &n), MBO_ENOTFOUND);
	assert_non_null(strstr(mbo_errmsg(f->m), "metric: no goal measures 'revenu'"));
	assert_int_equal(mbo_report_leaderboard(f->m, t.chen, 0, "rev\x1b[2J", "2026-Q4", &v, &n), MBO_EINVAL);
	assert_null(strchr(mbo_errmsg(f->m), '\x1b'));

	assert_int_equal(mbo_report_leaderboard(f->m, t.chen, 0, "calls", "2026-11", &v, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].login, "zhao.min");
	free(v);
	assert_int_equal(mbo_report_leaderboard(f->m, t.chen, 0, "calls", "2026-12", &v, &n), MBO_OK);
	assert_int_equal(n, 0);
	assert_null(v);

	/* A down metric ranks the lowest first. */
	a = goal(f, t.li, "churned", "down", "4", "2026-10-01", "2026-12-31", "active", 0);
	b = goal(f, t.zhao, "churned", "down", "4", "2026-10-01", "2026-12-31", "active", 0);
	fx_checkin(f, a, "2026-11-03", "5");
	fx_checkin(f, b, "2026-11-03", "2");
	assert_int_equal(mbo_report_leaderboard(f->m, t.director, 0, "churned", "2026-Q4", &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].login, "zhao.min");
	assert_int_equal(v[0].completion, fx_dec("2"));
	assert_string_equal(v[1].login, "li.wei");
	assert_int_equal(v[1].completion, fx_dec("0.8"));
	free(v);

	assert_int_equal(mbo_report_leaderboard(f->m, t.chen, 0, "", "2026-Q4", &v, &n), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "metric"));
	assert_int_equal(mbo_report_leaderboard(f->m, t.chen, 0, "revenue", "Q4", &v, &n), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "period"));
	assert_int_equal(mbo_report_leaderboard(f->m, t.li, t.chen, "revenue", "2026-Q4", &v, &n), MBO_EPERM);
}

static void test_period_report(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_evaluation *v, one;
	mbo_rating r;
	size_t n;

	make_team(f, &t);
	memset(&r, 0, sizeof r);
	r.relation = MBO_EVAL_SUPERIOR;
	r.quality = r.growth = r.teamwork = 4;
	assert_int_equal(mbo_eval_rate(f->m, t.chen, t.zhao, "2026-Q4", &r, NULL, NULL), MBO_OK);

	assert_int_equal(mbo_report_period(f->m, t.chen, 0, "2026-Q4", &v, &n), MBO_OK);
	assert_int_equal(n, 4);
	/* chen.jing: the team goal, 283,000 / 300,000 = 0.9433 -> 94.33, A. */
	assert_string_equal(v[0].subject, "chen.jing");
	assert_int_equal(v[0].quantitative, fx_dec("94.33"));
	assert_string_equal(v[0].grade, "A");
	/* li.wei: (0.9350 + 0.1000 + 1.2000) / 3 = 0.7450 -> 74.50, B. */
	assert_string_equal(v[1].subject, "li.wei");
	assert_int_equal(v[1].ngoals, 3);
	assert_int_equal(v[1].quantitative, fx_dec("74.5"));
	assert_false(v[1].has_qualitative);
	assert_int_equal(v[1].final, fx_dec("74.5"));
	assert_string_equal(v[1].grade, "B");
	/* wang.fang: 93,500 / 120,000 = 0.7792 -> 77.92. */
	assert_string_equal(v[2].subject, "wang.fang");
	assert_int_equal(v[2].quantitative, fx_dec("77.92"));
	/* zhao.min: (1.2000 + 0.2000) / 2 = 70.00; feedback 4.00 = 80.00;
	 * 0.6 x 70 + 0.4 x 80 = 74.00. */
	assert_string_equal(v[3].subject, "zhao.min");
	assert_int_equal(v[3].quantitative, fx_dec("70"));
	assert_int_equal(v[3].qualitative, fx_dec("80"));
	assert_int_equal(v[3].final, fx_dec("74"));
	/* Each row is the person's evaluation. */
	assert_int_equal(mbo_eval_compute(f->m, t.chen, t.li, "2026-Q4", &one), MBO_OK);
	assert_int_equal(one.final, v[1].final);
	mbo_evaluation_free(&one);
	mbo_report_period_free(v, n);

	assert_int_equal(mbo_report_period(f->m, t.zhao, t.chen, "2026-Q4", &v, &n), MBO_EPERM);
	assert_int_equal(mbo_report_period(f->m, t.chen, 0, "2026-Q9", &v, &n), MBO_EINVAL);
	assert_int_equal(mbo_report_period(f->m, t.zhao, 0, "2026-Q4", &v, &n), MBO_OK);
	assert_int_equal(n, 1);
	mbo_report_period_free(v, n);
}

/* A report reads a bounded number of statements per person, not per
 * check-in: many check-ins cost no more statements. */
static int64_t steps;

static int count_steps(unsigned type, void *ctx, void *p, void *x)
{
	(void)type;
	(void)ctx;
	(void)p;
	(void)x;
	steps++;
	return 0;
}

static void test_queries_per_person(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_evaluation *v;
	size_t n, i;
	int64_t few, many;
	char day[16];

	make_team(f, &t);
	sqlite3_trace_v2(mbo_sqlite(f->m), SQLITE_TRACE_STMT, count_steps, NULL);
	steps = 0;
	assert_int_equal(mbo_report_period(f->m, t.chen, 0, "2026-Q4", &v, &n), MBO_OK);
	mbo_report_period_free(v, n);
	few = steps;
	sqlite3_trace_v2(mbo_sqlite(f->m), 0, NULL, NULL);
	for (i = 0; i < 500; i++) {
		char sql[256];
		mbo_day_format(fx_day("2026-10-01") + (mbo_day)(i % 50), day);
		snprintf(sql, sizeof sql, "INSERT INTO checkin(goal_id, day, value, entered_by, entered_at) "
		         "VALUES (%lld, '%s', 10000, 1, 'x')", (long long)t.li_rev, day);
		fx_sql(f, sql);
	}
	sqlite3_trace_v2(mbo_sqlite(f->m), SQLITE_TRACE_STMT, count_steps, NULL);
	steps = 0;
	assert_int_equal(mbo_report_period(f->m, t.chen, 0, "2026-Q4", &v, &n), MBO_OK);
	mbo_report_period_free(v, n);
	many = steps;
	sqlite3_trace_v2(mbo_sqlite(f->m), 0, NULL, NULL);
	assert_int_equal(few, many);
}

struct rows_seen {
	char login[8][MBO_LOGIN_MAX + 1];
	size_t alerts[8], goals[8];
	mbo_dec final[8];
	size_t n, stop_after;
};

static int see_row(void *ctx, const mbo_rollup_row *row)
{
	struct rows_seen *s = ctx;

	if (s->stop_after && s->n == s->stop_after)
		return 7;
	assert_true(s->n < 8);
	snprintf(s->login[s->n], sizeof s->login[s->n], "%s", row->login);
	s->alerts[s->n] = row->alerts;
	s->goals[s->n] = row->ngoals;
	s->n++;
	return 0;
}

static int see_eval(void *ctx, const mbo_evaluation *e)
{
	struct rows_seen *s = ctx;

	if (s->stop_after && s->n == s->stop_after)
		return 9;
	assert_true(s->n < 8);
	snprintf(s->login[s->n], sizeof s->login[s->n], "%s", e->subject);
	s->final[s->n] = e->final;
	s->goals[s->n] = e->ngoals;
	s->n++;
	return 0;
}

/* The streamed roll-up and period report hand out what the arrays hold, in
 * the same order; a row's alerts are that person's, less the proposals
 * waiting for the manager; a nonzero return stops them. */
static void test_streamed(void **state)
{
	fx *f = *state;
	struct team t;
	struct rows_seen s;
	mbo_rollup_row *v;
	mbo_evaluation *ev;
	size_t n, i, j;
	mbo_day today = fx_day("2026-11-27");

	make_team(f, &t);
	memset(&s, 0, sizeof s);
	assert_int_equal(mbo_report_rollup_each(f->m, t.director, 0, today, see_row, &s), MBO_OK);
	assert_int_equal(mbo_report_rollup(f->m, t.director, 0, today, &v, &n), MBO_OK);
	assert_int_equal(s.n, n);
	for (i = 0; i < n; i++) {
		mbo_alert *al;
		size_t nal, own = 0;

		assert_string_equal(s.login[i], v[i].login);
		assert_int_equal(s.goals[i], v[i].ngoals);
		assert_int_equal(s.alerts[i], v[i].alerts);
		assert_int_equal(mbo_alerts(f->m, t.director, v[i].person_id, 0, today, &al, &nal), MBO_OK);
		for (j = 0; j < nal; j++)
			own += al[j].kind != MBO_ALERT_PROPOSAL;
		assert_int_equal(v[i].alerts, own);
		free(al);
	}
	mbo_rollup_free(v, n);
	memset(&s, 0, sizeof s);
	s.stop_after = 2;
	assert_int_equal(mbo_report_rollup_each(f->m, t.director, 0, today, see_row, &s), 7);
	assert_int_equal(s.n, 2);

	memset(&s, 0, sizeof s);
	assert_int_equal(mbo_report_period_each(f->m, t.chen, 0, "2026-Q4", see_eval, &s), MBO_OK);
	assert_int_equal(mbo_report_period(f->m, t.chen, 0, "2026-Q4", &ev, &n), MBO_OK);
	assert_int_equal(s.n, n);
	for (i = 0; i < n; i++) {
		assert_string_equal(s.login[i], ev[i].subject);
		assert_int_equal(s.final[i], ev[i].final);
		assert_int_equal(s.goals[i], ev[i].ngoals);
	}
	mbo_report_period_free(ev, n);
	memset(&s, 0, sizeof s);
	s.stop_after = 1;
	assert_int_equal(mbo_report_period_each(f->m, t.chen, 0, "2026-Q4", see_eval, &s), 9);
	assert_int_equal(mbo_report_period_each(f->m, t.chen, 0, "2026-Q9", see_eval, &s), MBO_EINVAL);
	assert_int_equal(mbo_report_period_each(f->m, t.zhao, t.chen, "2026-Q4", see_eval, &s), MBO_EPERM);
	assert_int_equal(s.n, 1);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_rollup),
		T(test_streamed),
		T(test_leaderboard),
		T(test_period_report),
		T(test_queries_per_person),
	};

	setenv("MBO_TODAY", "2026-11-27", 1);
	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
