/*
 * test_checkin.c: recording progress (src/core/checkin.c). Today is
 * 2026-11-27 (MBO_TODAY, set by CTest and pinned again in main).
 *
 * The team: mgr (manager) with ana and ben (sales); omgr with zed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "checkin_priv.h"
#include "mbo/checkin.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/undo.h"

struct team {
	int64_t mgr, ana, ben, omgr, zed;
};

static void make_team(fx *f, struct team *t)
{
	t->mgr = fx_person(f, "mgr", "manager", NULL);
	t->ana = fx_person(f, "ana", "sales", "mgr");
	t->ben = fx_person(f, "ben", "sales", "mgr");
	t->omgr = fx_person(f, "omgr", "manager", NULL);
	t->zed = fx_person(f, "zed", "sales", "omgr");
}

/* Adds a goal for `owner` as `actor` (the manager: active; the owner:
 * proposed) over [start, due]. */
static int64_t goal(fx *f, int64_t actor, int64_t owner, int kind, const char *start, const char *due)
{
	return fx_goal_add(f, actor, owner, kind, start, due);
}

static int64_t rows(fx *f)
{
	return fx_int(f, "SELECT count(*) FROM checkin");
}

static int64_t changes(fx *f)
{
	return fx_int(f, "SELECT count(*) FROM change");
}

/* Asserts a check-in is refused with rc and leaves the database as it was. */
static void refused(fx *f, int64_t actor, int64_t goal_id, const char *day, mbo_dec value,
                    const char *note, int rc, const char *mention)
{
	int64_t before = rows(f), ch = changes(f), id = -7;
	int got = mbo_checkin_add(f->m, actor, goal_id, fx_day(day), value, note, &id);

	if (got != rc)
		fail_msg("check-in on %s: got %d, expected %d (%s)", day, got, rc, mbo_errmsg(f->m));
	if (mention && strstr(mbo_errmsg(f->m), mention) == NULL)
		fail_msg("message \"%s\" should mention \"%s\"", mbo_errmsg(f->m), mention);
	assert_int_equal(rows(f), before);
	assert_int_equal(changes(f), ch);
}

static void test_add_on_active(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_checkin *v;
	size_t n;
	int64_t g, id = 0;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day("2026-11-27"), fx_dec("1.5"), "两个新客户：华为、小米", &id),
	                 MBO_OK);
	assert_true(id > 0);
	assert_int_equal(rows(f), 1);
	assert_int_equal(fx_int(f, "SELECT value FROM checkin"), 15000);
	assert_int_equal(fx_int(f, "SELECT entered_by FROM checkin"), t.ana);

	assert_int_equal(mbo_checkin_list(f->m, t.ana, g, 0, &v, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].id, id);
	assert_int_equal(v[0].goal_id, g);
	assert_int_equal(v[0].day, fx_day("2026-11-27"));
	assert_int_equal(v[0].value, fx_dec("1.5"));
	assert_string_equal(v[0].note, "两个新客户：华为、小米");
	assert_string_equal(v[0].by, "ana");
	assert_int_equal(strlen(v[0].at), 20);
	mbo_checkin_list_free(v, n);

	/* The first and the last day of the goal, zero, no note. */
	assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day("2026-10-01"), 0, NULL, &id), MBO_OK);
	assert_int_equal(mbo_checkin_list(f->m, t.ana, g, 0, &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_string_equal(v[1].note, "");
	mbo_checkin_list_free(v, n);
	{
		int64_t past = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-11-01", "2026-11-20");
		assert_int_equal(mbo_checkin_add(f->m, t.ana, past, fx_day("2026-11-20"), MBO_DEC(1), "", NULL), MBO_OK);
	}
	assert_int_equal(rows(f), 3);
}

static void test_refusals_leave_db_unchanged(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t active, proposed, past, level;
	char note[2100];

	make_team(f, &t);
	active = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	proposed = goal(f, t.ana, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	past = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-11-01", "2026-11-20");
	level = goal(f, t.mgr, t.ana, MBO_KIND_LEVEL, "2026-10-01", "2026-12-31");
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE status = 'proposed'"), 1);

	refused(f, t.ana, proposed, "2026-11-27", MBO_DEC(1), NULL, MBO_EINVAL, "proposed");
	refused(f, t.mgr, proposed, "2026-11-27", MBO_DEC(1), NULL, MBO_EINVAL, "proposed");
	refused(f, t.ana, active, "2026-09-30", MBO_DEC(1), NULL, MBO_EINVAL, "2026-10-01");
	refused(f, t.ana, past, "2026-11-21", MBO_DEC(1), NULL, MBO_EINVAL, "2026-11-20");
	refused(f, t.ana, active, "2026-11-28", MBO_DEC(1), NULL, MBO_EINVAL, "future");
	refused(f, t.ana, active, "2026-12-31", MBO_DEC(1), NULL, MBO_EINVAL, "future");
	refused(f, t.ana, active, "2026-11-27", MBO_DEC(-1), NULL, MBO_EINVAL, "negative");
	refused(f, t.ana, active, "2026-11-27", -1, NULL, MBO_EINVAL, "negative");
	refused(f, t.ana, active, "2026-11-27", MBO_DEC_MAX + 1, NULL, MBO_EINVAL, "value");
	refused(f, t.ana, level, "2026-11-27", MBO_DEC(-3), NULL, MBO_EINVAL, NULL);
	refused(f, t.ana, active, "2026-11-27", MBO_DEC(1), "note \x1b]52;c;AAAA\a", MBO_EINVAL, "note");
	memset(note, 'n', 2001);
	note[2001] = '\0';
	refused(f, t.ana, active, "2026-11-27", MBO_DEC(1), note, MBO_EINVAL, "note");
	refused(f, t.ana, 9999, "2026-11-27", MBO_DEC(1), NULL, MBO_ENOTFOUND, NULL);
	/* Permission: a colleague, a stranger, someone unknown. */
	refused(f, t.ben, active, "2026-11-27", MBO_DEC(1), NULL, MBO_EPERM, NULL);
	refused(f, t.zed, active, "2026-11-27", MBO_DEC(1), NULL, MBO_EPERM, NULL);
	refused(f, t.omgr, active, "2026-11-27", MBO_DEC(1), NULL, MBO_EPERM, NULL);
	refused(f, 4242, active, "2026-11-27", MBO_DEC(1), NULL, MBO_EPERM, NULL);
	/* Closed goals take no more check-ins. */
	assert_int_equal(mbo_goal_close(f->m, t.mgr, past, MBO_GOAL_MISSED, "Too few"), MBO_OK);
	refused(f, t.ana, past, "2026-11-15", MBO_DEC(1), NULL, MBO_EINVAL, "missed");
	assert_int_equal(rows(f), 0);

	/* 2000 characters is the most for a note. */
	note[2000] = '\0';
	assert_int_equal(mbo_checkin_add(f->m, t.ana, active, fx_day("2026-11-27"), MBO_DEC(1), note, NULL), MBO_OK);
	/* 1 + (MBO_DEC_MAX - 1) is MBO_DEC_MAX, the most a goal may hold. */
	assert_int_equal(mbo_checkin_add(f->m, t.ana, active, fx_day("2026-11-27"), MBO_DEC_MAX - MBO_DEC(1), NULL,
	                                 NULL), MBO_OK);
	assert_int_equal(rows(f), 2);
}

static void test_level_goal_values(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id = 0;

	make_team(f, &t);
	/* A level goal whose scale goes below zero (net balance) takes
	 * negative values. */
	mbo_goal_init(&g);
	g.owner_id = t.ana;
	g.title = strdup("Bring net customer balance to +5 in Q4");
	snprintf(g.metric, sizeof g.metric, "net_customers");
	snprintf(g.unit, sizeof g.unit, "customers");
	g.kind = MBO_KIND_LEVEL;
	g.baseline = MBO_DEC(-4);
	g.target = MBO_DEC(5);
	g.start = fx_day("2026-10-01");
	g.due = fx_day("2026-12-31");
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
	mbo_goal_clear(&g);
	assert_int_equal(mbo_checkin_add(f->m, t.ana, id, fx_day("2026-11-02"), MBO_DEC(-2), NULL, NULL), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT value FROM checkin"), MBO_DEC(-2));
}

static void test_manager_checks_in(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_checkin *v;
	size_t n;
	int64_t g, id = 0;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	assert_int_equal(mbo_checkin_add(f->m, t.mgr, g, fx_day("2026-11-26"), MBO_DEC(2), "from the CRM", &id), MBO_OK);
	assert_int_equal(mbo_checkin_add(f->m, f->admin, g, fx_day("2026-11-25"), MBO_DEC(1), NULL, NULL), MBO_OK);
	assert_int_equal(mbo_checkin_list(f->m, t.ana, g, 0, &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].id, id);
	assert_string_equal(v[0].by, "mgr");
	assert_string_equal(v[1].by, "admin");
	mbo_checkin_list_free(v, n);
	assert_int_equal(fx_int(f, "SELECT entered_by FROM checkin ORDER BY id LIMIT 1"), t.mgr);
}

static void test_list_newest_first(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_checkin *v;
	size_t n;
	int64_t g, ids[5];
	static const char *const days[] = { "2026-11-01", "2026-11-03", "2026-11-02", "2026-11-03", "2026-10-15" };
	int i;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	for (i = 0; i < 5; i++)
		assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day(days[i]), MBO_DEC(i + 1), NULL, &ids[i]), MBO_OK);

	assert_int_equal(mbo_checkin_list(f->m, t.ana, g, 0, &v, &n), MBO_OK);
	assert_int_equal(n, 5);
	/* By day, then the later entry of a day first. */
	assert_int_equal(v[0].id, ids[3]);
	assert_int_equal(v[1].id, ids[1]);
	assert_int_equal(v[2].id, ids[2]);
	assert_int_equal(v[3].id, ids[0]);
	assert_int_equal(v[4].id, ids[4]);
	assert_int_equal(v[0].value, MBO_DEC(4));
	mbo_checkin_list_free(v, n);

	assert_int_equal(mbo_checkin_list(f->m, t.mgr, g, 2, &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].id, ids[3]);
	assert_int_equal(v[1].id, ids[1]);
	mbo_checkin_list_free(v, n);
	assert_int_equal(mbo_checkin_list(f->m, t.mgr, g, 50, &v, &n), MBO_OK);
	assert_int_equal(n, 5);
	mbo_checkin_list_free(v, n);

	/* Others may not read them; a goal without check-ins lists nothing. */
	v = (mbo_checkin *)&n;
	assert_int_equal(mbo_checkin_list(f->m, t.ben, g, 0, &v, &n), MBO_EPERM);
	assert_null(v);
	assert_int_equal(mbo_checkin_list(f->m, t.zed, g, 0, &v, &n), MBO_EPERM);
	assert_int_equal(mbo_checkin_list(f->m, t.ana, 9999, 0, &v, &n), MBO_ENOTFOUND);
	g = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	assert_int_equal(mbo_checkin_list(f->m, t.ana, g, 0, &v, &n), MBO_OK);
	assert_int_equal(n, 0);
	mbo_checkin_list_free(v, n);
}

static void test_thousand_tenths(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g;
	int i;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	for (i = 0; i < 1000; i++)
		assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day("2026-11-27"), fx_dec("0.1"), NULL, NULL), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT sum(value) FROM checkin"), MBO_DEC(100));
}

/*
 * A sum goal's own check-ins add up to at most MBO_DEC_MAX, 10^12 units
 * (1e16 ten-thousandths): below, on and above the edge. A level goal's
 * values do not add, so each may be the largest.
 */
static void test_goal_total_bound(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g, lvl;
	int i;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	/* 999,999,999,997 then 2: total 999,999,999,999, one unit below. */
	assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day("2026-11-27"), fx_dec("999999999997"), NULL, NULL),
	                 MBO_OK);
	assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day("2026-11-27"), MBO_DEC(2), NULL, NULL), MBO_OK);
	/* 1 more: exactly 1,000,000,000,000, on the edge. */
	assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day("2026-11-27"), MBO_DEC(1), NULL, NULL), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT sum(value) FROM checkin"), (int64_t)1000000000000 * 10000);
	/* 0.0001 more is above it; so is the largest single value. */
	refused(f, t.ana, g, "2026-11-27", 1, NULL, MBO_EINVAL, "1,000,000,000,000");
	refused(f, t.ana, g, "2026-11-27", 1, NULL, MBO_EINVAL, "goal");
	refused(f, t.ana, g, "2026-11-27", MBO_DEC_MAX, NULL, MBO_EINVAL, "2,000,000,000,000");
	/* Zero still goes in: it adds nothing. */
	assert_int_equal(mbo_checkin_add(f->m, t.ana, g, fx_day("2026-11-27"), 0, NULL, NULL), MBO_OK);
	assert_int_equal(rows(f), 4);

	lvl = goal(f, t.mgr, t.ana, MBO_KIND_LEVEL, "2026-10-01", "2026-12-31");
	for (i = 0; i < 3; i++)
		assert_int_equal(mbo_checkin_add(f->m, t.ana, lvl, fx_day("2026-11-27"), MBO_DEC_MAX, NULL, NULL), MBO_OK);
	assert_int_equal(rows(f), 7);
}

/* History written as given (mbo_checkin_insert_at, the demo's): a day
 * after today and the time it was entered are kept, inside the caller's
 * change, which undo takes back whole. */
static void test_insert_at_as_given(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g, id = 0;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	assert_int_equal(mbo_change_begin(f->m, t.mgr, "history"), MBO_OK);
	assert_int_equal(mbo_checkin_insert_at(f->m, t.ana, g, fx_day("2026-12-02"), MBO_DEC(3), "签单",
	                                       "2026-12-02T10:00:00Z", &id), MBO_OK);
	assert_int_equal(mbo_change_commit(f->m), MBO_OK);
	assert_true(id > 0);
	assert_int_equal(rows(f), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin WHERE day = '2026-12-02' AND value = 30000 "
	                           "AND note = '签单' AND entered_at = '2026-12-02T10:00:00Z'"), 1);
	assert_int_equal(fx_int(f, "SELECT entered_by FROM checkin"), t.ana);
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(rows(f), 0);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_add_on_active),
		T(test_refusals_leave_db_unchanged),
		T(test_level_goal_values),
		T(test_insert_at_as_given),
		T(test_manager_checks_in),
		T(test_list_newest_first),
		T(test_thousand_tenths),
		T(test_goal_total_bound),
	};

	setenv("MBO_TODAY", "2026-11-27", 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
