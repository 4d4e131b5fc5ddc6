/*
 * test_alert.c: risk warnings. Each kind of alert is produced with the key
 * numbers in its message; a goal on plan produces none; order, scope and
 * permissions.
 *
 * The team: mia (manager) above sam and sue (sales). Alerts are asked for
 * as of Friday 2026-11-27. Most goals run from Monday 2026-11-02 to Friday
 * 2026-12-25: 40 workdays, 20 elapsed by 11-27, 20 left.
 */
#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "alert_priv.h"
#include "mbo/alert.h"
#include "mbo/demo.h"
#include "mbo/person.h"

#define ASOF "2026-11-27"

struct team {
	int64_t mia, sam, sue;
};

static struct team team(fx *f)
{
	struct team t;

	t.mia = fx_person(f, "mia", "manager", NULL);
	t.sam = fx_person(f, "sam", "sales", "mia");
	t.sue = fx_person(f, "sue", "sales", "mia");
	return t;
}

static int64_t goal(fx *f, int64_t owner, const char *title, const char *target,
                    const char *start, const char *due)
{
	return fx_goal_with(f, &(fx_goal_spec){ .owner = owner, .title = title, .target = target,
	                                        .start = start, .due = due });
}

static void sqlf(fx *f, const char *fmt, long long a, const char *b)
{
	char sql[512];

	snprintf(sql, sizeof sql, fmt, a, b);
	fx_sql(f, sql);
}

/* Check-ins of `value` on every Monday-Friday in [from, to]. */
static void daily(fx *f, int64_t id, const char *from, const char *to, const char *value)
{
	mbo_day d;
	char buf[16];

	for (d = fx_day(from); d <= fx_day(to); d++)
		if (mbo_day_weekday(d) <= 5)
			fx_checkin(f, id, mbo_day_format(d, buf), value);
}

struct result {
	mbo_alert *v;
	size_t n;
};

static struct result alerts(fx *f, int64_t actor, int64_t owner, int64_t team_of)
{
	struct result r;

	if (mbo_alerts(f->m, actor, owner, team_of, fx_day(ASOF), &r.v, &r.n) != MBO_OK)
		fail_msg("alerts: %s", mbo_errmsg(f->m));
	return r;
}

/* The one alert of `kind` on `goal`; fails the test when there is none. */
static const mbo_alert *find(const struct result *r, int kind, int64_t goal)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->v[i].kind == kind && r->v[i].goal_id == goal)
			return &r->v[i];
	fail_msg("no %s alert on goal %lld", mbo_alert_kind_name(kind), (long long)goal);
	abort();   /* not reached: fail_msg ends the test; callers never get NULL */
}

static size_t count(const struct result *r, int kind, int64_t goal)
{
	size_t i, n = 0;

	for (i = 0; i < r->n; i++)
		if ((kind < 0 || r->v[i].kind == kind) && (goal == 0 || r->v[i].goal_id == goal))
			n++;
	return n;
}

static void has(const mbo_alert *a, const char *text)
{
	if (strstr(a->message, text) == NULL)
		fail_msg("\"%s\" not in: %s", text, a->message);
}

static void test_behind_plan(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t off = goal(f, t.sam, "Q4 revenue", "4000", "2026-11-02", "2026-12-25");
	int64_t risk = goal(f, t.sue, "Q4 renewals", "4000", "2026-11-02", "2026-12-25");
	struct result r;
	const mbo_alert *a;

	fx_checkin(f, off, "2026-11-26", "1000");
	fx_checkin(f, risk, "2026-11-26", "1700");
	r = alerts(f, t.mia, 0, t.mia);

	a = find(&r, MBO_ALERT_OFF_TRACK, off);
	assert_int_equal(a->severity, 2);
	assert_string_equal(a->owner, "sam");
	assert_string_equal(a->message, "Q4 revenue is behind plan: 1,000.00 of 2,000.00 units expected "
	                    "(50%); needs 150.00 units per workday for the 20 workdays left");

	a = find(&r, MBO_ALERT_AT_RISK, risk);
	assert_int_equal(a->severity, 1);
	assert_string_equal(a->owner, "sue");
	has(a, "1,700.00 of 2,000.00 units expected (85%)");
	has(a, "needs 115.00 units per workday for the 20 workdays left");
	assert_int_equal(count(&r, MBO_ALERT_OFF_TRACK, risk), 0);
	free(r.v);
}

static void test_fine_goal_quiet(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t id = goal(f, t.sam, "Q4 revenue", "4000", "2026-11-02", "2026-12-25");
	int64_t later = goal(f, t.sam, "Q1 revenue", "4000", "2027-01-04", "2027-03-31");
	struct result r;

	daily(f, id, "2026-11-02", "2026-11-26", "100");
	/* A task due later and a task done late raise nothing either. */
	sqlf(f, "INSERT INTO task(goal_id, title, due_day, assignee_id, created_by, created_at) "
	        "VALUES (%lld, '%s', '2026-12-01', 2, 1, '2026-11-02T00:00:00Z')", (long long)id, "Visit Acme");
	sqlf(f, "INSERT INTO task(goal_id, title, due_day, done_day, assignee_id, created_by, created_at) "
	        "VALUES (%lld, '%s', '2026-11-20', '2026-11-24', 2, 1, '2026-11-02T00:00:00Z')",
	     (long long)id, "Call Bolt");
	/* A milestone that was reached. */
	sqlf(f, "INSERT INTO milestone(goal_id, day, target) VALUES (%lld, '2026-11-20', 15000000)%s",
	     (long long)id, "");
	(void)later;
	r = alerts(f, t.sam, 0, 0);
	if (r.n != 0)
		fail_msg("unexpected alert: %s", r.v[0].message);
	free(r.v);
}

static void test_overdue(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t id = goal(f, t.sam, "November visits", "1000", "2026-11-02", "2026-11-20");
	struct result r;
	const mbo_alert *a;

	fx_checkin(f, id, "2026-11-19", "500");
	r = alerts(f, t.sam, 0, 0);
	a = find(&r, MBO_ALERT_OVERDUE, id);
	assert_int_equal(a->severity, 2);
	has(a, "was due 2026-11-20");
	has(a, "500.00 of 1,000.00 units");
	has(a, "ask your manager to revise the due date or close it");
	/* Past due: no silence, pace or due-soon alerts besides. */
	assert_int_equal(count(&r, -1, id), 1);
	free(r.v);
}

static void test_silent(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t id = goal(f, t.sam, "Q4 revenue", "4000", "2026-11-02", "2026-12-25");
	int64_t never = goal(f, t.sam, "Q4 calls", "1000", "2026-11-23", "2026-12-25");
	struct result r;
	const mbo_alert *a;

	/* On plan, but nothing since Thursday of last week. */
	fx_checkin(f, id, "2026-11-19", "2000");
	r = alerts(f, t.sam, 0, 0);
	a = find(&r, MBO_ALERT_SILENT, id);
	assert_int_equal(a->severity, 1);
	has(a, "no check-in for 5 workdays (last 2026-11-19)");
	has(a, "record today's progress");
	assert_int_equal(count(&r, -1, id), 1);
	/* Never checked in since the start on 11-23: 4 workdays. */
	a = find(&r, MBO_ALERT_SILENT, never);
	has(a, "no check-in for 4 workdays (none since the start on 2026-11-23)");
	free(r.v);

	/* The threshold is a setting. */
	fx_sql(f, "UPDATE setting SET value = '6' WHERE key = 'alert.silent_workdays'");
	r = alerts(f, t.sam, 0, 0);
	assert_int_equal(count(&r, MBO_ALERT_SILENT, 0), 0);
	free(r.v);
}

/*
 * An achieved goal is not asked for today's progress. Three goals of 100
 * from 11-02 to 12-25, each with one check-in on Thursday 11-19 and none
 * since: 5 workdays of silence by 11-27 (11-20, 11-23..11-26), above the
 * threshold of 3. Just short of the target (99.99 < 100) the goal is on
 * plan (50 expected after 20 of 40 workdays) and gets the silent alert;
 * on the target (100 >= 100) and above it (100.01) it is achieved and
 * gets none. Other alerts of an achieved goal stay: an open task due
 * 11-20 is 7 days late on 11-27.
 */
static void test_silent_not_when_achieved(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t below = goal(f, t.sam, "Short of 100", "100", "2026-11-02", "2026-12-25");
	int64_t on = goal(f, t.sam, "On 100", "100", "2026-11-02", "2026-12-25");
	int64_t above = goal(f, t.sam, "Above 100", "100", "2026-11-02", "2026-12-25");
	struct result r;
	const mbo_alert *a;

	fx_checkin(f, below, "2026-11-19", "99.99");
	fx_checkin(f, on, "2026-11-19", "100");
	fx_checkin(f, above, "2026-11-19", "100.01");
	sqlf(f, "INSERT INTO task(goal_id, title, due_day, assignee_id, created_by, created_at) "
	        "VALUES (%lld, '%s', '2026-11-20', 2, 1, '2026-11-02T00:00:00Z')", (long long)on,
	     "Thank Acme");
	r = alerts(f, t.sam, 0, 0);
	a = find(&r, MBO_ALERT_SILENT, below);
	has(a, "Short of 100 has no check-in for 5 workdays (last 2026-11-19)");
	assert_int_equal(count(&r, -1, below), 1);
	assert_int_equal(count(&r, MBO_ALERT_SILENT, on), 0);
	assert_int_equal(count(&r, MBO_ALERT_SILENT, above), 0);
	assert_int_equal(count(&r, -1, above), 0);
	a = find(&r, MBO_ALERT_TASK_OVERDUE, on);
	has(a, "(Thank Acme) was due 2026-11-20, 7 days ago");
	assert_int_equal(count(&r, -1, on), 1);
	assert_int_equal(r.n, 2);
	free(r.v);
}

static void test_milestone_and_tasks(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t id = goal(f, t.sue, "Q4 revenue", "4000", "2026-11-02", "2026-12-25");
	int64_t task;
	struct result r;
	const mbo_alert *a;

	sqlf(f, "INSERT INTO milestone(goal_id, day, target) VALUES (%lld, '2026-11-13', 8000000)%s",
	     (long long)id, "");
	sqlf(f, "INSERT INTO milestone(goal_id, day, target) VALUES (%lld, '2026-11-20', 18000000)%s",
	     (long long)id, "");
	sqlf(f, "INSERT INTO milestone(goal_id, day, target) VALUES (%lld, '2026-12-18', 36000000)%s",
	     (long long)id, "");
	fx_checkin(f, id, "2026-11-12", "1000");
	fx_checkin(f, id, "2026-11-26", "1000");
	sqlf(f, "INSERT INTO task(goal_id, title, due_day, assignee_id, created_by, created_at) "
	        "VALUES (%lld, '%s', '2026-11-20', 3, 1, '2026-11-02T00:00:00Z')", (long long)id,
	     "Send the Acme quote");
	task = fx_int(f, "SELECT max(id) FROM task");
	sqlf(f, "INSERT INTO task(goal_id, title, due_day, assignee_id, created_by, created_at) "
	        "VALUES (%lld, '%s', '2026-11-27', 3, 1, '2026-11-02T00:00:00Z')", (long long)id,
	     "Due today, not late");

	r = alerts(f, t.mia, t.sue, 0);
	/* The latest milestone before today (11-20: 1,800) was missed; the
	 * earlier one (11-13: 800) was reached and is not mentioned. */
	a = find(&r, MBO_ALERT_MILESTONE, id);
	assert_int_equal(a->severity, 1);
	has(a, "missed its 2026-11-20 milestone: 1,000.00 of 1,800.00 units (short by 800.00)");
	assert_int_equal(count(&r, MBO_ALERT_MILESTONE, id), 1);

	a = find(&r, MBO_ALERT_TASK_OVERDUE, id);
	assert_int_equal(a->task_id, task);
	assert_string_equal(a->owner, "sue");
	has(a, "Send the Acme quote");
	has(a, "was due 2026-11-20, 7 days ago");
	has(a, "do it and tick it");
	/* The core speaks of the domain; each face adds its own command or key. */
	assert_null(strstr(a->message, "mbo "));
	assert_int_equal(count(&r, MBO_ALERT_TASK_OVERDUE, id), 1);
	free(r.v);

	/* Once done, the task alert goes. */
	sqlf(f, "UPDATE task SET done_day = '2026-11-27' WHERE id = %lld%s", (long long)task, "");
	r = alerts(f, t.mia, t.sue, 0);
	assert_int_equal(count(&r, MBO_ALERT_TASK_OVERDUE, id), 0);
	free(r.v);
}

static void test_due_soon(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	/* Due Thursday 12-03: 24 workdays, 4 left after 11-27. */
	int64_t id = goal(f, t.sam, "Autumn push", "2400", "2026-11-02", "2026-12-03");
	int64_t ok = goal(f, t.sam, "Autumn calls", "1200", "2026-11-02", "2026-12-03");
	struct result r;
	const mbo_alert *a;

	daily(f, id, "2026-11-02", "2026-11-27", "50");
	daily(f, ok, "2026-11-02", "2026-11-27", "50");
	r = alerts(f, t.sam, 0, 0);
	a = find(&r, MBO_ALERT_DUE_SOON, id);
	assert_int_equal(a->severity, 2);
	has(a, "is due 2026-12-03 (4 workdays left)");
	/* 1,000 so far at 50 a workday: 1,200 by the due date. */
	has(a, "the forecast is 1,200.00 of 2,400.00 units");
	has(a, "needs 350.00 units per workday for the 4 workdays left");
	/* Forecast 1,200 meets the other goal's target. */
	assert_int_equal(count(&r, MBO_ALERT_DUE_SOON, ok), 0);
	free(r.v);
}

static void test_down_goal_messages(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t churn = goal(f, t.sam, "Keep churn low", "10", "2026-11-02", "2026-12-25");
	int64_t debt = goal(f, t.sam, "Cut overdue receivables", "60", "2026-11-02", "2026-12-25");
	struct result r;
	const mbo_alert *a;

	sqlf(f, "UPDATE goal SET direction = 'down' WHERE id = %lld%s", (long long)churn, "");
	sqlf(f, "UPDATE goal SET kind = 'level', direction = 'down', baseline = 1000000 "
	        "WHERE id = %lld%s", (long long)debt, "");
	fx_checkin(f, churn, "2026-11-26", "12");
	fx_checkin(f, debt, "2026-11-26", "95");
	r = alerts(f, t.sam, 0, 0);
	a = find(&r, MBO_ALERT_OFF_TRACK, churn);
	has(a, "is over its limit: 12.00 units so far against at most 10.00 units");
	/* Level down: 100 -> 60 over 40 workdays, 80 expected by now, 95 actual:
	 * pace (95-100)/(80-100) = 25%; (60-95)/20 = -1.75 a workday. */
	a = find(&r, MBO_ALERT_OFF_TRACK, debt);
	has(a, "95.00 units, 80.00 expected by now (pace 25%)");
	has(a, "needs a fall of 1.75 units per workday for the 20 workdays left");
	free(r.v);
}

static void test_proposals(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t old = goal(f, t.sue, "Open the Pudong market", "500", "2026-12-01", "2026-12-25");
	int64_t fresh = goal(f, t.sue, "More demos", "50", "2026-12-01", "2026-12-25");
	struct result r;
	const mbo_alert *a;

	sqlf(f, "UPDATE goal SET status = 'proposed', created_at = '2026-11-20T09:30:00Z' "
	        "WHERE id = %lld%s", (long long)old, "");
	sqlf(f, "UPDATE goal SET status = 'proposed', created_at = '2026-11-25T09:30:00Z' "
	        "WHERE id = %lld%s", (long long)fresh, "");

	r = alerts(f, t.mia, 0, t.mia);
	a = find(&r, MBO_ALERT_PROPOSAL, old);
	assert_string_equal(a->owner, "sue");
	has(a, "waiting 7 days for your approval");
	has(a, "approve it, or reject it with a reason");
	assert_int_equal(count(&r, MBO_ALERT_PROPOSAL, fresh), 0);
	free(r.v);

	/* The owner herself is not asked to approve. */
	r = alerts(f, t.sue, 0, 0);
	assert_int_equal(count(&r, MBO_ALERT_PROPOSAL, 0), 0);
	free(r.v);
	/* An admin is, when looking at the team. */
	r = alerts(f, f->admin, 0, t.mia);
	assert_int_equal(count(&r, MBO_ALERT_PROPOSAL, old), 1);
	free(r.v);
	/* The wait is a setting. */
	fx_sql(f, "UPDATE setting SET value = '7' WHERE key = 'alert.proposal_wait_days'");
	r = alerts(f, t.mia, 0, t.mia);
	assert_int_equal(count(&r, MBO_ALERT_PROPOSAL, 0), 0);
	free(r.v);
}

/*
 * A manager's own alerts (no owner, no team) hold the proposals of the
 * people below waiting for the manager's approval, but not their other
 * alerts; a salesperson's hold none of a colleague's. Sue proposed on 11-20:
 * 27 - 20 = 7 days by 11-27, more than the 3 of alert.proposal_wait_days.
 * Her active goal, 1,000 of 2,000 expected, is off track (50%), and that
 * alert shows in the team view only. Mia's own goal, at 100 of 4,000 with
 * 2,000 expected, is off track too (100 / 2,000 = 5%, under 80%).
 */
static void test_proposals_in_own_view(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t prop = goal(f, t.sue, "Open the Pudong market", "500", "2026-12-01", "2026-12-25");
	int64_t behind = goal(f, t.sue, "Q4 revenue", "4000", "2026-11-02", "2026-12-25");
	int64_t mine = goal(f, t.mia, "Team Q4 revenue", "4000", "2026-11-02", "2026-12-25");
	struct result r;
	const mbo_alert *a;

	sqlf(f, "UPDATE goal SET status = 'proposed', created_at = '2026-11-20T09:30:00Z' "
	        "WHERE id = %lld%s", (long long)prop, "");
	fx_checkin(f, behind, "2026-11-26", "1000");
	fx_checkin(f, mine, "2026-11-26", "100");

	r = alerts(f, t.mia, 0, 0);
	a = find(&r, MBO_ALERT_PROPOSAL, prop);
	assert_string_equal(a->owner, "sue");
	has(a, "Open the Pudong market, proposed by sue, is waiting 7 days for your approval");
	find(&r, MBO_ALERT_OFF_TRACK, mine);
	assert_int_equal(count(&r, -1, behind), 0);
	/* Mia's own (serious) alert, then the proposal (a warning). */
	assert_int_equal(r.n, 2);
	assert_int_equal(r.v[0].goal_id, mine);
	assert_int_equal(r.v[1].goal_id, prop);
	free(r.v);

	/* The team view has both of Sue's. */
	r = alerts(f, t.mia, 0, t.mia);
	assert_int_equal(count(&r, MBO_ALERT_PROPOSAL, prop), 1);
	assert_int_equal(count(&r, MBO_ALERT_OFF_TRACK, behind), 1);
	free(r.v);

	/* A salesperson's own view: nothing of Sue's; Sue is not asked to
	 * approve her own proposal. */
	r = alerts(f, t.sam, 0, 0);
	assert_int_equal(r.n, 0);
	free(r.v);
	r = alerts(f, t.sue, 0, 0);
	assert_int_equal(count(&r, MBO_ALERT_PROPOSAL, 0), 0);
	assert_int_equal(count(&r, MBO_ALERT_OFF_TRACK, behind), 1);
	free(r.v);
}

static void test_order_and_scope(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	int64_t a1 = goal(f, t.sue, "Sue behind", "4000", "2026-11-02", "2026-12-25");
	int64_t a2 = goal(f, t.sam, "Sam behind", "4000", "2026-11-02", "2026-12-25");
	int64_t a3 = goal(f, t.sam, "Sam at risk", "4000", "2026-11-02", "2026-12-25");
	int64_t a4 = goal(f, t.sam, "Sam silent", "4000", "2026-11-02", "2026-12-25");
	mbo_alert *v;
	struct result r;
	size_t n, i;

	fx_checkin(f, a1, "2026-11-26", "100");
	fx_checkin(f, a2, "2026-11-26", "100");
	fx_checkin(f, a3, "2026-11-26", "1800");
	fx_checkin(f, a4, "2026-11-18", "2000");
	r = alerts(f, t.mia, 0, t.mia);
	assert_int_equal(r.n, 4);
	/* Serious first, then by owner login, then by goal. */
	assert_int_equal(r.v[0].goal_id, a2);
	assert_int_equal(r.v[1].goal_id, a1);
	assert_int_equal(r.v[2].goal_id, a3);
	assert_int_equal(r.v[3].goal_id, a4);
	for (i = 1; i < r.n; i++)
		assert_true(r.v[i - 1].severity >= r.v[i].severity);
	free(r.v);

	/* One person only. */
	r = alerts(f, t.mia, t.sue, 0);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.v[0].goal_id, a1);
	free(r.v);
	/* A salesperson may not see the team, nor a colleague. */
	assert_int_equal(mbo_alerts(f->m, t.sam, 0, t.mia, fx_day(ASOF), &v, &n), MBO_EPERM);
	assert_int_equal(mbo_alerts(f->m, t.sam, t.sue, 0, fx_day(ASOF), &v, &n), MBO_EPERM);
	assert_null(v);
	assert_int_equal(n, 0);
	/* Closed goals and goals not started raise nothing. */
	sqlf(f, "UPDATE goal SET status = 'cancelled' WHERE id = %lld%s", (long long)a1, "");
	r = alerts(f, t.sue, 0, 0);
	assert_int_equal(r.n, 0);
	free(r.v);
	assert_string_equal(mbo_alert_kind_name(MBO_ALERT_TASK_OVERDUE), "task_overdue");
}

static void test_long_title(void **state)
{
	fx *f = *state;
	struct team t = team(f);
	char title[700], sql[1024];
	int64_t id = goal(f, t.sam, "x", "4000", "2026-11-02", "2026-12-25");
	struct result r;
	const mbo_alert *a;
	int i;

	/* 200 characters of three bytes each. */
	title[0] = '\0';
	for (i = 0; i < 200; i++)
		strcat(title, "\xE7\x9B\xAE");
	snprintf(sql, sizeof sql, "UPDATE goal SET title = '%s' WHERE id = %lld", title, (long long)id);
	fx_sql(f, sql);
	fx_checkin(f, id, "2026-11-26", "1000");
	r = alerts(f, t.sam, 0, 0);
	a = find(&r, MBO_ALERT_OFF_TRACK, id);
	/* Cut at a character boundary, and the numbers still fit. */
	has(a, "\xE2\x80\xA6 is behind plan: 1,000.00 of 2,000.00 units expected (50%)");
	has(a, "for the 20 workdays left");
	free(r.v);
}

/* The order mbo_alerts promises, written out again. */
static int cmp_promised(const void *x, const void *y)
{
	const mbo_alert *a = x, *b = y;
	int c;

	if (a->severity != b->severity)
		return b->severity - a->severity;
	if ((c = strcmp(a->owner, b->owner)) != 0)
		return c;
	if (a->goal_id != b->goal_id)
		return a->goal_id < b->goal_id ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind - b->kind;
	return a->task_id < b->task_id ? -1 : a->task_id > b->task_id;
}

struct seen {
	mbo_alert *v;
	size_t n, cap, stop_after;
};

static int keep(void *ctx, const mbo_alert *a)
{
	struct seen *s = ctx;

	if (s->stop_after && s->n == s->stop_after)
		return 42;
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->v = realloc(s->v, s->cap * sizeof *s->v);
		assert_non_null(s->v);
	}
	s->v[s->n++] = *a;
	return 0;
}

/*
 * The streamed alerts of a whole team (the demo, with the warnings spilled
 * to a file after two) are exactly the alerts of each person, asked one by
 * one, sorted in the promised order; a callback's nonzero return stops them.
 */
static void test_streamed_team(void **state)
{
	fx *f = *state;
	struct seen all = { NULL, 0, 0, 0 }, stop = { NULL, 0, 0, 0 };
	mbo_alert *want = NULL;
	size_t nwant = 0, i, nids = 0, serious = 0;
	int64_t boss, *ids = NULL;
	mbo_person p;

	assert_int_equal(mbo_demo_populate(f->m, f->admin, fx_day(ASOF)), MBO_OK);
	assert_int_equal(mbo_person_find(f->m, "chen.jing", &p), MBO_OK);
	boss = p.id;
	assert_int_equal(mbo_person_subtree(f->m, boss, &ids, &nids), MBO_OK);
	assert_true(nids > 3);
	for (i = 0; i < nids; i++) {
		struct result r = alerts(f, boss, ids[i], 0);
		want = realloc(want, (nwant + r.n + 1) * sizeof *want);
		assert_non_null(want);
		if (r.n > 0)
			memcpy(want + nwant, r.v, r.n * sizeof *r.v);
		nwant += r.n;
		free(r.v);
	}
	free(ids);
	qsort(want, nwant, sizeof *want, cmp_promised);
	for (i = 0; i < nwant; i++)
		serious += want[i].severity == 2;
	/* Both levels, and more warnings than the spill keeps in memory. */
	assert_true(serious > 0);
	assert_true(nwant - serious > 2);

	mbo_alert_spill_mem = 2;
	assert_int_equal(mbo_alerts_each(f->m, boss, 0, boss, fx_day(ASOF), keep, &all), MBO_OK);
	assert_int_equal(all.n, nwant);
	for (i = 0; i < nwant; i++) {
		assert_int_equal(all.v[i].kind, want[i].kind);
		assert_int_equal(all.v[i].severity, want[i].severity);
		assert_int_equal(all.v[i].goal_id, want[i].goal_id);
		assert_int_equal(all.v[i].task_id, want[i].task_id);
		assert_string_equal(all.v[i].owner, want[i].owner);
		assert_string_equal(all.v[i].message, want[i].message);
	}
	/* Stopped among the spilled warnings: the callback's code comes back. */
	stop.stop_after = serious + 3;
	assert_int_equal(mbo_alerts_each(f->m, boss, 0, boss, fx_day(ASOF), keep, &stop), 42);
	assert_int_equal(stop.n, serious + 3);
	mbo_alert_spill_mem = 512;
	free(stop.v);
	free(all.v);
	free(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_behind_plan, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_fine_goal_quiet, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_overdue, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_silent, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_silent_not_when_achieved, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_milestone_and_tasks, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_due_soon, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_down_goal_messages, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_proposals, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_proposals_in_own_view, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_order_and_scope, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_long_title, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_streamed_team, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
