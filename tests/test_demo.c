/*
 * test_demo.c: the sample team of `mbo init --demo` (src/core/demo.c). It
 * checks the promises a newcomer relies on: a manager and seven
 * salespeople, a quarter of active goals around today with monthly stages,
 * tasks and check-ins on past workdays only, varied statuses, one silent
 * salesperson, one proposal waiting, last quarter's history, all in one
 * change, the same for the same day, and at any day of the year.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fixture.h"
#include "mbo/alert.h"
#include "mbo/calendar.h"
#include "mbo/checkin.h"
#include "mbo/demo.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/plan.h"
#include "mbo/progress.h"
#include "mbo/smart.h"
#include "mbo/task.h"
#include "mbo/undo.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

/* Speed is measured in bench/, never asserted here. */
static void populate(fx *f, const char *day)
{
	int rc = mbo_demo_populate(f->m, f->admin, fx_day(day));

	if (rc != MBO_OK)
		fail_msg("mbo_demo_populate(%s): %d %s", day, rc, mbo_errmsg(f->m));
}

static int64_t person(fx *f, const char *login)
{
	mbo_person p;

	if (mbo_person_find(f->m, login, &p) != MBO_OK)
		fail_msg("no person %s: %s", login, mbo_errmsg(f->m));
	return p.id;
}

/* The one text a query returns (heap; "" for NULL). */
static char *fx_text(fx *f, const char *sql)
{
	sqlite3_stmt *st;
	const unsigned char *t;
	char *s;

	if (sqlite3_prepare_v2(mbo_sqlite(f->m), sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("fx_text: %s: %s", sql, sqlite3_errmsg(mbo_sqlite(f->m)));
	if (sqlite3_step(st) != SQLITE_ROW)
		fail_msg("fx_text: %s: no row", sql);
	t = sqlite3_column_text(st, 0);
	s = strdup(t ? (const char *)t : "");
	sqlite3_finalize(st);
	assert_non_null(s);
	return s;
}

/* A fresh database of its own, populated for `day`. */
static fx *fresh(const char *day)
{
	void *state = NULL;

	assert_int_equal(fx_setup(&state), 0);
	populate(state, day);
	return state;
}

static void drop(fx *f)
{
	void *state = f;

	assert_int_equal(fx_teardown(&state), 0);
}

/* The active goals of everyone (manager's view) overlapping [from, to]. */
static void goals_of(fx *f, int64_t owner, int status, const char *from, const char *to,
                     mbo_goal **v, size_t *n)
{
	mbo_goal_filter flt;

	mbo_goal_filter_init(&flt);
	flt.owner_id = owner;
	flt.status = status;
	flt.from = fx_day(from);
	flt.to = fx_day(to);
	if (mbo_goal_list(f->m, f->admin, &flt, v, n) != MBO_OK)
		fail_msg("goal list: %s", mbo_errmsg(f->m));
}

/* The goal of `owner` on `metric` in the quarter starting `start`. */
static void goal_on(fx *f, const char *login, const char *metric, const char *start, mbo_goal *out)
{
	char sql[400];
	int64_t id;

	snprintf(sql, sizeof sql,
	         "SELECT g.id FROM goal g JOIN person p ON p.id = g.owner_id WHERE p.login = '%s' "
	         "AND g.metric = '%s' AND g.start_day = '%s' AND g.status = 'active'",
	         login, metric, start);
	id = fx_int(f, sql);
	mbo_goal_init(out);
	if (mbo_goal_get(f->m, f->admin, id, out) != MBO_OK)
		fail_msg("goal %lld: %s", (long long)id, mbo_errmsg(f->m));
}

/* Check-ins only on workdays, and only before today. */
static void assert_checkin_days(fx *f, mbo_day today)
{
	sqlite3_stmt *st;
	int n = 0;

	assert_int_equal(sqlite3_prepare_v2(mbo_sqlite(f->m), "SELECT DISTINCT day FROM checkin ORDER BY day",
	                                    -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *s = (const char *)sqlite3_column_text(st, 0);
		mbo_day d = fx_day(s);

		if (!mbo_is_workday(f->m, d))
			fail_msg("a check-in on %s, which is not a workday", s);
		if (d >= today)
			fail_msg("a check-in on %s, not before today", s);
		n++;
	}
	sqlite3_finalize(st);
	assert_true(n > 0);
}

static const char *const sales[] = {
	"li.wei", "wang.fang", "zhang.min", "liu.yang", "zhao.lei", "sun.li", "zhou.hao",
};
#define NSALES (sizeof sales / sizeof sales[0])

/* ---------------------------------------------------------------------- */
/* Tests                                                                   */

static void test_people(void **state)
{
	fx *f = *state;
	mbo_person mgr, p;
	int64_t *ids;
	size_t n, i;

	populate(f, "2026-11-27");
	assert_int_equal(mbo_person_find(f->m, MBO_DEMO_MANAGER, &mgr), MBO_OK);
	assert_string_equal(mgr.login, "chen.jing");
	assert_string_equal(mgr.name, "陈静");
	assert_int_equal(mgr.role, MBO_ROLE_MANAGER);
	assert_int_equal(mgr.manager_id, f->admin);

	assert_int_equal(mbo_person_reports(f->m, mgr.id, &ids, &n), MBO_OK);
	assert_int_equal(n, 7);
	for (i = 0; i < n; i++) {
		assert_int_equal(mbo_person_get(f->m, ids[i], &p), MBO_OK);
		assert_int_equal(p.role, MBO_ROLE_SALES);
		assert_int_equal(p.manager_id, mgr.id);
		assert_true((unsigned char)p.name[0] >= 0x80);   /* a Chinese name */
	}
	free(ids);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), 9);
	assert_int_equal(mbo_person_find(f->m, "li.wei", &p), MBO_OK);
	assert_string_equal(p.name, "李伟");
}

static void test_current_goals(void **state)
{
	fx *f = *state;
	int64_t mgr, team;
	mbo_goal *v, g;
	size_t n, i, j;
	int revenue, level = 0, down = 0;

	populate(f, "2026-11-27");
	mgr = person(f, MBO_DEMO_MANAGER);
	for (i = 0; i < NSALES; i++) {
		goals_of(f, person(f, sales[i]), MBO_GOAL_ACTIVE, "2026-10-01", "2026-12-31", &v, &n);
		assert_true(n >= 3);
		revenue = 0;
		for (j = 0; j < n; j++) {
			assert_int_equal(v[j].start, fx_day("2026-10-01"));
			assert_int_equal(v[j].due, fx_day("2026-12-31"));
			level += v[j].kind == MBO_KIND_LEVEL;
			down += v[j].direction == MBO_DIR_DOWN;
			if (strcmp(v[j].metric, "revenue") != 0)
				continue;
			revenue++;
			assert_string_equal(v[j].unit, "CNY");
			assert_int_equal(v[j].kind, MBO_KIND_SUM);
			assert_int_equal(v[j].direction, MBO_DIR_UP);
			assert_true(v[j].target >= MBO_DEC(300000) && v[j].target <= MBO_DEC(800000));
			assert_int_equal(v[j].target % MBO_DEC(1000), 0);
			assert_true(v[j].parent_id != 0);
			assert_int_equal(v[j].created_by, mgr);
		}
		assert_int_equal(revenue, 1);
		mbo_goal_list_free(v, n);
	}
	assert_true(level >= 1);
	assert_true(down >= 1);

	/* The manager's team goal: the members' revenue goals link to it and
	 * its target is the sum of their targets as set (one was revised since). */
	goal_on(f, MBO_DEMO_MANAGER, "revenue", "2026-10-01", &g);
	team = g.id;
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE parent_id IS NOT NULL"), 7);
	{
		char sql[300];
		mbo_dec sum, old_t, new_t;
		size_t cnt;
		char *o = fx_text(f, "SELECT old_value FROM revision WHERE field = 'target'");
		char *nw = fx_text(f, "SELECT new_value FROM revision WHERE field = 'target'");

		old_t = fx_dec(o);
		new_t = fx_dec(nw);
		free(o);
		free(nw);
		assert_int_equal(mbo_goal_children_total(f->m, team, &sum, &cnt), MBO_OK);
		assert_int_equal(cnt, 7);
		assert_int_equal(g.target, sum + old_t - new_t);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM goal WHERE parent_id = %lld", (long long)team);
		assert_int_equal(fx_int(f, sql), 7);
	}
	mbo_goal_clear(&g);
}

static void test_one_proposal_waiting(void **state)
{
	fx *f = *state;
	int64_t mgr;
	mbo_alert *al;
	size_t n, i, found = 0;
	mbo_smart_report r;
	mbo_goal g;
	char *created;

	populate(f, "2026-11-27");
	mgr = person(f, MBO_DEMO_MANAGER);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE status = 'proposed'"), 1);
	assert_int_equal(fx_int(f, "SELECT created_by = owner_id FROM goal WHERE status = 'proposed'"), 1);
	assert_int_equal(fx_int(f, "SELECT p.role = 'sales' FROM goal g JOIN person p ON p.id = g.owner_id "
	                           "WHERE g.status = 'proposed'"), 1);
	created = fx_text(f, "SELECT substr(created_at, 1, 10) FROM goal WHERE status = 'proposed'");
	assert_true(fx_day(created) < fx_day("2026-11-27") - 3);
	free(created);

	/* The manager sees it waiting. */
	assert_int_equal(mbo_alerts(f->m, mgr, 0, mgr, fx_day("2026-11-27"), &al, &n), MBO_OK);
	for (i = 0; i < n; i++)
		found += al[i].kind == MBO_ALERT_PROPOSAL;
	free(al);
	assert_int_equal(found, 1);

	/* Its title is vague, and the SMART check says so. */
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, f->admin,
	                              fx_int(f, "SELECT id FROM goal WHERE status = 'proposed'"), &g), MBO_OK);
	assert_int_equal(mbo_smart_check(f->m, &g, &r), MBO_OK);
	for (i = 0, found = 0; i < r.n; i++)
		found += r.items[i].letter == MBO_S && r.items[i].level != MBO_PASS;
	assert_true(found >= 1);
	mbo_goal_clear(&g);
}

static void test_milestones(void **state)
{
	fx *f = *state;
	mbo_milestone *ms;
	mbo_goal *v;
	size_t n, nm, i, j, revenue = 0;

	populate(f, "2026-11-27");
	/* The team's active goals, the manager's included. */
	{
		mbo_goal_filter flt;

		mbo_goal_filter_init(&flt);
		flt.team_of = person(f, MBO_DEMO_MANAGER);
		flt.status = MBO_GOAL_ACTIVE;
		flt.from = flt.to = fx_day("2026-11-27");
		assert_int_equal(mbo_goal_list(f->m, f->admin, &flt, &v, &n), MBO_OK);
	}
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].metric, "revenue") != 0)
			continue;
		revenue++;
		assert_int_equal(mbo_milestone_list(f->m, v[i].id, &ms, &nm), MBO_OK);
		assert_int_equal(nm, 3);
		assert_int_equal(ms[0].day, fx_day("2026-10-31"));
		assert_int_equal(ms[1].day, fx_day("2026-11-30"));
		assert_int_equal(ms[nm - 1].day, v[i].due);
		assert_int_equal(ms[nm - 1].target, v[i].target);
		for (j = 1; j < nm; j++)
			assert_true(ms[j].target > ms[j - 1].target);
		free(ms);
	}
	assert_int_equal(revenue, 8);   /* seven members and the team */
	mbo_goal_list_free(v, n);
}

static void test_checkins_on_past_workdays(void **state)
{
	fx *f = *state;
	mbo_day today = fx_day("2026-11-27"), last_workday;
	char sql[400];
	size_t i;

	populate(f, "2026-11-27");
	assert_checkin_days(f, today);
	/* National Day is a holiday, its make-up Saturday a workday. */
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin WHERE day BETWEEN '2026-10-01' AND '2026-10-07'"), 0);
	assert_true(fx_int(f, "SELECT count(*) FROM checkin WHERE day = '2026-10-10'") > 0);
	assert_false(mbo_is_workday(f->m, fx_day("2026-10-05")));
	assert_true(mbo_is_workday(f->m, fx_day("2026-10-10")));

	/* Everyone but the silent one checked in on every goal on the last
	 * workday before today. */
	last_workday = mbo_workday_back(f->m, today, 1);
	for (i = 0; i < NSALES; i++) {
		if (strcmp(sales[i], "zhou.hao") == 0)
			continue;
		snprintf(sql, sizeof sql,
		         "SELECT count(*) FROM goal g JOIN person p ON p.id = g.owner_id WHERE p.login = '%s' "
		         "AND g.status = 'active' AND g.start_day = '2026-10-01' AND (SELECT max(day) FROM checkin c "
		         "WHERE c.goal_id = g.id) IS NOT '2026-11-26'", sales[i]);
		assert_int_equal(fx_int(f, sql), 0);
	}
	assert_int_equal(last_workday, fx_day("2026-11-26"));

	/* Revenue sometimes has cents; counts are whole; notes are there. */
	assert_true(fx_int(f, "SELECT count(*) FROM checkin c JOIN goal g ON g.id = c.goal_id "
	                      "WHERE g.metric = 'revenue' AND c.value % 10000 <> 0") > 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin c JOIN goal g ON g.id = c.goal_id "
	                           "WHERE g.metric <> 'revenue' AND c.value % 10000 <> 0"), 0);
	assert_true(fx_int(f, "SELECT count(*) FROM checkin WHERE note LIKE '拜访客户 %'") > 0);
	/* Level goals rise over a few check-ins. */
	assert_true(fx_int(f, "SELECT count(*) FROM checkin c JOIN goal g ON g.id = c.goal_id "
	                      "WHERE g.kind = 'level' AND g.status = 'active'") >= 3);
}

static void test_statuses_vary(void **state)
{
	fx *f = *state;
	mbo_day today = fx_day("2026-11-27");
	mbo_progress pr;
	mbo_goal *v, g;
	size_t n, i, j;
	int counts[5] = { 0 };

	populate(f, "2026-11-27");
	for (i = 0; i < NSALES; i++) {
		goals_of(f, person(f, sales[i]), MBO_GOAL_ACTIVE, "2026-11-27", "2026-11-27", &v, &n);
		for (j = 0; j < n; j++) {
			assert_int_equal(mbo_progress_compute(f->m, &v[j], today, &pr), MBO_OK);
			assert_true(pr.status >= 0 && pr.status <= MBO_PS_OVERDUE);
			counts[pr.status]++;
		}
		mbo_goal_list_free(v, n);
	}
	assert_true(counts[MBO_PS_ON_TRACK] >= 1);
	assert_true(counts[MBO_PS_AT_RISK] + counts[MBO_PS_OFF_TRACK] >= 1);
	assert_int_equal(counts[MBO_PS_OVERDUE], 0);

	/* As promised, by revenue: ahead, on track, at risk, off track. */
	goal_on(f, "li.wei", "revenue", "2026-10-01", &g);
	assert_int_equal(mbo_progress_compute(f->m, &g, today, &pr), MBO_OK);
	assert_true(pr.has_pace && pr.pace > MBO_DEC(1));
	assert_int_equal(pr.status, MBO_PS_ON_TRACK);
	mbo_goal_clear(&g);
	goal_on(f, "liu.yang", "revenue", "2026-10-01", &g);
	assert_int_equal(mbo_progress_compute(f->m, &g, today, &pr), MBO_OK);
	assert_int_equal(pr.status, MBO_PS_ON_TRACK);
	mbo_goal_clear(&g);
	goal_on(f, "zhao.lei", "revenue", "2026-10-01", &g);
	assert_int_equal(mbo_progress_compute(f->m, &g, today, &pr), MBO_OK);
	assert_int_equal(pr.status, MBO_PS_AT_RISK);
	mbo_goal_clear(&g);
	goal_on(f, "sun.li", "revenue", "2026-10-01", &g);
	assert_int_equal(mbo_progress_compute(f->m, &g, today, &pr), MBO_OK);
	assert_int_equal(pr.status, MBO_PS_OFF_TRACK);
	mbo_goal_clear(&g);
}

static void test_silent_salesperson(void **state)
{
	fx *f = *state;
	mbo_day today = fx_day("2026-11-27"), last;
	mbo_alert *al;
	size_t n, i, silent = 0;
	char *s;

	populate(f, "2026-11-27");
	s = fx_text(f, "SELECT max(c.day) FROM checkin c JOIN goal g ON g.id = c.goal_id "
	               "JOIN person p ON p.id = g.owner_id WHERE p.login = 'zhou.hao' AND g.status = 'active'");
	last = fx_day(s);
	free(s);
	assert_true(mbo_workdays(f->m, last + 1, today - 1) >= 6);
	/* ... but he did check in before that. */
	assert_true(last >= fx_day("2026-11-01"));

	assert_int_equal(mbo_alerts(f->m, f->admin, person(f, "zhou.hao"), 0, today, &al, &n), MBO_OK);
	for (i = 0; i < n; i++)
		silent += al[i].kind == MBO_ALERT_SILENT;
	free(al);
	assert_true(silent >= 3);
	/* Nobody else is silent. */
	assert_int_equal(mbo_alerts(f->m, f->admin, person(f, "li.wei"), 0, today, &al, &n), MBO_OK);
	for (i = 0, silent = 0; i < n; i++)
		silent += al[i].kind == MBO_ALERT_SILENT;
	free(al);
	assert_int_equal(silent, 0);
}

static void test_tasks(void **state)
{
	fx *f = *state;
	char sql[300];
	size_t i;
	int64_t k;

	populate(f, "2026-11-27");
	for (i = 0; i < NSALES; i++) {
		snprintf(sql, sizeof sql, "SELECT count(*) FROM task t JOIN person p ON p.id = t.assignee_id "
		         "WHERE p.login = '%s'", sales[i]);
		k = fx_int(f, sql);
		assert_true(k >= 2 && k <= 4);
	}
	assert_true(fx_int(f, "SELECT count(*) FROM task WHERE done_day IS NOT NULL") >= 3);
	assert_true(fx_int(f, "SELECT count(*) FROM task WHERE done_day >= '2026-11-27'") == 0);
	k = fx_int(f, "SELECT count(*) FROM task WHERE done_day IS NULL AND due_day < '2026-11-27'");
	assert_true(k >= 1 && k <= 2);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM task WHERE due_day IS NULL"), 0);
}

static void test_history_and_smart(void **state)
{
	fx *f = *state;
	mbo_suggestion sg;
	mbo_smart_report r;
	mbo_goal *v;
	size_t n, i, j;

	populate(f, "2026-11-27");
	/* Last quarter: three closed goals per salesperson, with check-ins. */
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE due_day = '2026-09-30'"), 21);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE due_day = '2026-09-30' "
	                           "AND status IN ('achieved', 'missed')"), 21);
	assert_true(fx_int(f, "SELECT count(*) FROM goal WHERE status = 'achieved'") >= 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal g WHERE due_day = '2026-09-30' AND NOT EXISTS "
	                           "(SELECT 1 FROM checkin c WHERE c.goal_id = g.id)"), 0);
	/* Weekly, not daily. */
	assert_true(fx_int(f, "SELECT max(n) FROM (SELECT count(*) n FROM checkin c JOIN goal g "
	                      "ON g.id = c.goal_id WHERE g.due_day = '2026-09-30' GROUP BY g.id)") <= 14);

	assert_int_equal(mbo_smart_suggest(f->m, person(f, "li.wei"), "revenue", MBO_KIND_SUM,
	                                   fx_day("2026-10-01"), fx_day("2026-12-31"), &sg), MBO_OK);
	assert_true(sg.own_samples >= 1);
	assert_true(sg.team_samples >= 7);
	assert_true(sg.suggested > 0);

	/* No active goal of the demo fails a SMART letter. */
	for (i = 0; i < NSALES; i++) {
		goals_of(f, person(f, sales[i]), MBO_GOAL_ACTIVE, "2026-11-27", "2026-11-27", &v, &n);
		for (j = 0; j < n; j++) {
			assert_int_equal(mbo_smart_check(f->m, &v[j], &r), MBO_OK);
			if (mbo_smart_worst(&r) == MBO_FAIL)
				fail_msg("goal %lld \"%s\" fails SMART", (long long)v[j].id, v[j].title);
		}
		mbo_goal_list_free(v, n);
	}
}

static void test_one_change_and_revision(void **state)
{
	fx *f = *state;
	int64_t before = fx_int(f, "SELECT count(*) FROM change");
	char *s;

	populate(f, "2026-11-27");
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change"), before + 1);
	s = fx_text(f, "SELECT summary FROM change ORDER BY id DESC LIMIT 1");
	assert_string_equal(s, "demo data");
	free(s);
	assert_int_equal(mbo_change_current(f->m), 0);

	assert_int_equal(fx_int(f, "SELECT count(*) FROM revision WHERE reason = '客户预算推迟到下季度'"), 1);
	s = fx_text(f, "SELECT p.login FROM revision r JOIN goal g ON g.id = r.goal_id "
	               "JOIN person p ON p.id = g.owner_id WHERE r.field = 'target'");
	assert_string_equal(s, "zhao.lei");
	free(s);
	/* The revised goal was split again: its stages end at the new target. */
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal g JOIN milestone m ON m.goal_id = g.id "
	                           "AND m.day = g.due_day WHERE g.metric = 'revenue' AND m.target <> g.target"), 0);

	/* One change, so the admin can take the whole demo back at once. */
	{
		char buf[128];

		assert_int_equal(mbo_undo_last(f->m, f->admin, buf, sizeof buf), MBO_OK);
		assert_string_equal(buf, "demo data");
		assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), 1);
		assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 0);
		assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 0);
		assert_int_equal(fx_int(f, "SELECT count(*) FROM calendar_day"), 0);
		assert_int_equal(fx_int(f, "SELECT count(*) FROM revision"), 0);
	}
}

static void test_second_populate_refused(void **state)
{
	fx *f = *state;
	int64_t goals, checkins, people, changes;

	populate(f, "2026-11-27");
	goals = fx_int(f, "SELECT count(*) FROM goal");
	checkins = fx_int(f, "SELECT count(*) FROM checkin");
	people = fx_int(f, "SELECT count(*) FROM person");
	changes = fx_int(f, "SELECT count(*) FROM change");
	assert_int_equal(mbo_demo_populate(f->m, f->admin, fx_day("2026-11-27")), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "chen.jing"));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), goals);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), checkins);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), people);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change"), changes);
	assert_int_equal(mbo_change_current(f->m), 0);
}

static void test_not_admin_refused(void **state)
{
	fx *f = *state;
	int64_t boss = fx_person(f, "boss", "manager", NULL);

	assert_int_equal(mbo_demo_populate(f->m, boss, fx_day("2026-11-27")), MBO_EPERM);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), 2);
}

static void test_deterministic(void **state)
{
	static const char *const queries[] = {
		"SELECT count(*) FROM person",
		"SELECT count(*) FROM goal",
		"SELECT count(*) FROM milestone",
		"SELECT count(*) FROM task",
		"SELECT count(*) FROM checkin",
		"SELECT count(*) FROM calendar_day",
		"SELECT count(*) FROM revision",
		"SELECT sum(value) FROM checkin",
		"SELECT sum(target) FROM goal",
		"SELECT sum(target) FROM milestone",
	};
	static const char *const texts[] = {
		"SELECT group_concat(title || '/' || target || '/' || baseline || '/' || status, '|') "
		"FROM (SELECT * FROM goal ORDER BY id)",
		"SELECT group_concat(goal_id || '/' || day || '/' || value || '/' || note, '|') "
		"FROM (SELECT * FROM checkin ORDER BY id)",
		"SELECT group_concat(title || '/' || coalesce(due_day, '') || '/' || coalesce(done_day, ''), '|') "
		"FROM (SELECT * FROM task ORDER BY id)",
	};
	fx *a = *state, *b;
	size_t i;

	populate(a, "2026-11-27");
	b = fresh("2026-11-27");
	for (i = 0; i < sizeof queries / sizeof queries[0]; i++)
		assert_int_equal(fx_int(a, queries[i]), fx_int(b, queries[i]));
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		char *x = fx_text(a, texts[i]), *y = fx_text(b, texts[i]);
		assert_string_equal(x, y);
		free(x);
		free(y);
	}
	drop(b);

	/* Another day gives other numbers. */
	b = fresh("2026-11-20");
	{
		char *x = fx_text(a, texts[0]), *y = fx_text(b, texts[0]);
		assert_string_not_equal(x, y);
		free(x);
		free(y);
	}
	drop(b);
}

/* Around New Year and Spring Festival, with the make-up Saturday. */
static void test_spring_festival_quarter(void **state)
{
	fx *f = *state;
	mbo_day today = fx_day("2027-02-15");
	mbo_progress pr;
	mbo_goal *v;
	size_t n, i, j;
	int ok = 0, behind = 0;

	populate(f, "2027-02-15");
	assert_checkin_days(f, today);
	assert_false(mbo_is_workday(f->m, fx_day("2027-01-01")));
	assert_false(mbo_is_workday(f->m, fx_day("2027-02-08")));
	assert_true(mbo_is_workday(f->m, fx_day("2027-02-13")));
	assert_false(mbo_is_workday(f->m, fx_day("2026-10-01")));   /* last quarter's holidays too */
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin WHERE day BETWEEN '2027-02-05' AND '2027-02-12'"), 0);
	assert_true(fx_int(f, "SELECT count(*) FROM checkin WHERE day = '2027-02-13'") > 0);

	for (i = 0; i < NSALES; i++) {
		goals_of(f, person(f, sales[i]), MBO_GOAL_ACTIVE, "2027-02-15", "2027-02-15", &v, &n);
		assert_true(n >= 3);
		for (j = 0; j < n; j++) {
			assert_int_equal(v[j].start, fx_day("2027-01-01"));
			assert_int_equal(v[j].due, fx_day("2027-03-31"));
			assert_int_equal(mbo_progress_compute(f->m, &v[j], today, &pr), MBO_OK);
			ok += pr.status == MBO_PS_ON_TRACK;
			behind += pr.status == MBO_PS_AT_RISK || pr.status == MBO_PS_OFF_TRACK;
		}
		mbo_goal_list_free(v, n);
	}
	assert_true(ok >= 1);
	assert_true(behind >= 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE status = 'proposed'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE due_day = '2026-12-31' "
	                           "AND status IN ('achieved', 'missed')"), 21);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM milestone m JOIN goal g ON g.id = m.goal_id "
	                           "WHERE g.metric = 'revenue' AND g.status = 'active'"), 24);
}

/* Any day works: quarter edges, holidays, a leap day, far years. */
static void test_any_day(void **state)
{
	static const char *const days[] = {
		"2026-01-01", "2026-01-02", "2026-02-18", "2026-03-31", "2026-04-01", "2026-05-06",
		"2026-07-01", "2026-10-01", "2026-10-09", "2026-12-31", "2028-02-29", "2024-01-02",
		"2035-06-30", "2040-11-15",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof days / sizeof days[0]; i++) {
		fx *f = fresh(days[i]);
		mbo_day today = fx_day(days[i]);

		if (fx_int(f, "SELECT count(*) FROM checkin") > 0)
			assert_checkin_days(f, today);
		assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE status = 'proposed'"), 1);
		assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), 9);
		assert_true(fx_int(f, "SELECT count(*) FROM goal WHERE status = 'active'") >= 21);
		assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE status IN ('achieved', 'missed')"), 21);
		{
			char sql[200], d[16];

			snprintf(sql, sizeof sql, "SELECT count(*) FROM task WHERE done_day >= '%s'",
			         mbo_day_format(today, d));
			assert_int_equal(fx_int(f, sql), 0);
		}
		drop(f);
	}
}

/* Last quarter carries a whole 360° example: self, superior, customer and
 * (for some) peer feedback with the manager's summary; subordinate missing. */
static void test_last_quarter_feedback(void **state)
{
	fx *f = *state;
	mbo_evaluation e;

	populate(f, "2026-11-27");
	assert_int_equal(fx_int(f, "SELECT count(*) FROM evaluation"), 7);
	assert_int_equal(fx_int(f, "SELECT count(DISTINCT subject_id) FROM feedback WHERE period = '2026-Q3'"), 7);
	assert_int_equal(mbo_eval_compute(f->m, person(f, "chen.jing"), person(f, "li.wei"), "2026-Q3", &e),
	                 MBO_OK);
	assert_true(e.has_quantitative);
	assert_true(e.has_final);
	assert_true(e.grade[0] != '\0');
	assert_non_null(e.summary);
	mbo_evaluation_free(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_people, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_current_goals, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_one_proposal_waiting, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_milestones, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_checkins_on_past_workdays, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_statuses_vary, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_silent_salesperson, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_tasks, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_history_and_smart, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_one_change_and_revision, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_second_populate_refused, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_not_admin_refused, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_deterministic, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_spring_festival_quarter, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_last_quarter_feedback, fx_setup, fx_teardown),
		cmocka_unit_test(test_any_day),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
