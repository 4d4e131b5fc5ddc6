/*
 * test_task.c: tasks under goals (src/core/task.c).
 *
 * The team: mgr (manager) with ana and ben (sales), and ana's trainee
 * junior below ana; omgr with zed elsewhere.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "task_priv.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/task.h"
#include "mbo/undo.h"

struct team {
	int64_t mgr, ana, junior, ben, omgr, zed;
};

static void make_team(fx *f, struct team *t)
{
	t->mgr = fx_person(f, "mgr", "manager", NULL);
	t->ana = fx_person(f, "ana", "sales", "mgr");
	t->junior = fx_person(f, "junior", "sales", "ana");
	t->ben = fx_person(f, "ben", "sales", "mgr");
	t->omgr = fx_person(f, "omgr", "manager", NULL);
	t->zed = fx_person(f, "zed", "sales", "omgr");
}

/* A Q4 goal of `owner` added by `actor` through the core. */
static int64_t goal(fx *f, int64_t actor, int64_t owner)
{
	return fx_goal_add(f, actor, owner, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
}

static int64_t tasks(fx *f)
{
	return fx_int(f, "SELECT count(*) FROM task");
}

static mbo_day done_day(fx *f, int64_t task)
{
	mbo_task *v;
	size_t n, i;
	mbo_day d = 0;
	int64_t g = 0;
	char sql[96];

	snprintf(sql, sizeof sql, "SELECT goal_id FROM task WHERE id = %lld", (long long)task);
	g = fx_int(f, sql);
	/* Read as the admin, who sees everything. */
	assert_int_equal(mbo_task_list(f->m, f->admin, g, &v, &n), MBO_OK);
	for (i = 0; i < n; i++)
		if (v[i].id == task)
			d = v[i].done;
	mbo_task_list_free(v, n);
	return d;
}

static void test_add_done_reopen(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_task *v;
	size_t n;
	int64_t g, t1 = 0, t2 = 0;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call Li Wei at Acme", fx_day("2026-12-01"), 0, &t1), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "给华为发报价", MBO_DAY_NONE, t.ana, &t2), MBO_OK);
	assert_true(t1 > 0 && t2 > t1);

	assert_int_equal(mbo_task_list(f->m, t.ana, g, &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].id, t1);
	assert_int_equal(v[0].goal_id, g);
	assert_string_equal(v[0].title, "Call Li Wei at Acme");
	assert_int_equal(v[0].due, fx_day("2026-12-01"));
	assert_int_equal(v[0].assignee_id, t.ana);       /* 0 meant the owner */
	assert_string_equal(v[0].assignee, "ana");
	assert_int_equal(v[0].done, MBO_DAY_NONE);
	assert_string_equal(v[1].title, "给华为发报价");
	assert_int_equal(v[1].due, MBO_DAY_NONE);
	mbo_task_list_free(v, n);

	assert_int_equal(mbo_task_done(f->m, t.ana, t1, fx_day("2026-11-27")), MBO_OK);
	assert_int_equal(done_day(f, t1), fx_day("2026-11-27"));
	assert_int_equal(fx_int(f, "SELECT done_by FROM task WHERE done_day IS NOT NULL"), t.ana);
	/* Twice is refused. */
	assert_int_equal(mbo_task_done(f->m, t.ana, t1, fx_day("2026-11-27")), MBO_EINVAL);
	/* Done tasks sort after open ones. */
	assert_int_equal(mbo_task_list(f->m, t.ana, g, &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].id, t2);
	assert_int_equal(v[1].id, t1);
	mbo_task_list_free(v, n);

	assert_int_equal(mbo_task_reopen(f->m, t.ana, t1), MBO_OK);
	assert_int_equal(done_day(f, t1), MBO_DAY_NONE);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM task WHERE done_by IS NOT NULL"), 0);
	assert_int_equal(mbo_task_reopen(f->m, t.ana, t1), MBO_EINVAL);

	/* Not in the future; unknown tasks. */
	assert_int_equal(mbo_task_done(f->m, t.ana, t1, fx_day("2026-11-28")), MBO_EINVAL);
	assert_int_equal(done_day(f, t1), MBO_DAY_NONE);
	assert_int_equal(mbo_task_done(f->m, t.ana, 9999, fx_day("2026-11-27")), MBO_ENOTFOUND);
	assert_int_equal(mbo_task_reopen(f->m, t.ana, 9999), MBO_ENOTFOUND);
}

static void test_bad_input(void **state)
{
	fx *f = *state;
	struct team t;
	char title[300];
	int64_t g, id = 0;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "", MBO_DAY_NONE, 0, &id), MBO_EINVAL);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, NULL, MBO_DAY_NONE, 0, &id), MBO_EINVAL);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call \x1b[2J now", MBO_DAY_NONE, 0, &id), MBO_EINVAL);
	memset(title, 't', 201);
	title[201] = '\0';
	assert_int_equal(mbo_task_add(f->m, t.ana, g, title, MBO_DAY_NONE, 0, &id), MBO_EINVAL);
	assert_int_equal(mbo_task_add(f->m, t.ana, 9999, "Call Li Wei", MBO_DAY_NONE, 0, &id), MBO_ENOTFOUND);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call Li Wei", MBO_DAY_NONE, 4242, &id), MBO_EINVAL);
	assert_int_equal(tasks(f), 0);
	/* A closed goal takes no new tasks. */
	assert_int_equal(mbo_goal_close(f->m, t.mgr, g, MBO_GOAL_CANCELLED, "Territory merged"), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call Li Wei", MBO_DAY_NONE, 0, &id), MBO_EINVAL);
	assert_int_equal(tasks(f), 0);
}

static void test_assignee_in_team(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t ga, gm, id = 0;

	make_team(f, &t);
	ga = goal(f, t.mgr, t.ana);
	gm = goal(f, t.mgr, t.mgr);

	/* Outside ana's team: a colleague, her manager, a stranger. */
	assert_int_equal(mbo_task_add(f->m, t.ana, ga, "Visit Acme", MBO_DAY_NONE, t.ben, &id), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "ben"));
	assert_int_equal(mbo_task_add(f->m, t.mgr, ga, "Visit Acme", MBO_DAY_NONE, t.mgr, &id), MBO_EINVAL);
	assert_int_equal(mbo_task_add(f->m, t.mgr, ga, "Visit Acme", MBO_DAY_NONE, t.zed, &id), MBO_EINVAL);
	assert_int_equal(tasks(f), 0);

	/* Inside: her trainee; the manager's goal to anyone below. */
	assert_int_equal(mbo_task_add(f->m, t.ana, ga, "Visit Acme", MBO_DAY_NONE, t.junior, &id), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.mgr, gm, "Prepare the Q4 review", MBO_DAY_NONE, t.ana, &id), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.mgr, gm, "Train the new hire", MBO_DAY_NONE, t.junior, &id), MBO_OK);
	assert_int_equal(tasks(f), 3);
}

static void test_who_may_tick(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t ga, gm, ta, tm, id = 0;
	mbo_day today = fx_day("2026-11-27");

	make_team(f, &t);
	ga = goal(f, t.mgr, t.ana);
	gm = goal(f, t.mgr, t.mgr);
	assert_int_equal(mbo_task_add(f->m, t.ana, ga, "Call Li Wei", MBO_DAY_NONE, 0, &ta), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.mgr, gm, "Prepare the Q4 review", MBO_DAY_NONE, t.ana, &tm), MBO_OK);

	/* Strangers and colleagues may neither add nor tick. */
	assert_int_equal(mbo_task_add(f->m, t.zed, ga, "Sneaky task", MBO_DAY_NONE, 0, &id), MBO_EPERM);
	assert_int_equal(mbo_task_add(f->m, t.ben, ga, "Sneaky task", MBO_DAY_NONE, 0, &id), MBO_EPERM);
	assert_int_equal(mbo_task_done(f->m, t.zed, ta, today), MBO_EPERM);
	assert_int_equal(mbo_task_done(f->m, t.ben, ta, today), MBO_EPERM);
	assert_int_equal(mbo_task_done(f->m, t.omgr, ta, today), MBO_EPERM);
	assert_int_equal(mbo_task_done(f->m, 4242, ta, today), MBO_EPERM);
	/* ana may not add tasks to her manager's goal... */
	assert_int_equal(mbo_task_add(f->m, t.ana, gm, "Sneaky task", MBO_DAY_NONE, 0, &id), MBO_EPERM);
	assert_int_equal(tasks(f), 2);
	assert_int_equal(done_day(f, ta), MBO_DAY_NONE);
	assert_int_equal(done_day(f, tm), MBO_DAY_NONE);

	/* ...but, as its assignee, she may tick the task given to her. */
	assert_int_equal(mbo_task_done(f->m, t.ana, tm, today), MBO_OK);
	assert_int_equal(done_day(f, tm), today);
	assert_int_equal(mbo_task_reopen(f->m, t.zed, tm), MBO_EPERM);
	assert_int_equal(done_day(f, tm), today);
	assert_int_equal(mbo_task_reopen(f->m, t.ana, tm), MBO_OK);
	/* The manager may tick the owner's task; the owner's own too. */
	assert_int_equal(mbo_task_done(f->m, t.mgr, ta, fx_day("2026-11-20")), MBO_OK);
	assert_int_equal(done_day(f, ta), fx_day("2026-11-20"));
	assert_int_equal(fx_int(f, "SELECT done_by FROM task WHERE done_day IS NOT NULL"), t.mgr);
}

static void test_list(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_task *v;
	size_t n;
	int64_t ga, gm, late = 0, early = 0, none = 0, mine = 0;

	make_team(f, &t);
	ga = goal(f, t.mgr, t.ana);
	gm = goal(f, t.mgr, t.mgr);
	assert_int_equal(mbo_task_add(f->m, t.ana, ga, "No date", MBO_DAY_NONE, 0, &none), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.ana, ga, "Late one", fx_day("2026-12-15"), 0, &late), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.ana, ga, "Early one", fx_day("2026-11-30"), 0, &early), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, t.mgr, gm, "From the manager", fx_day("2026-12-01"), t.ana, &mine), MBO_OK);

	/* One goal's tasks: by due date, undated last. */
	assert_int_equal(mbo_task_list(f->m, t.mgr, ga, &v, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_int_equal(v[0].id, early);
	assert_int_equal(v[1].id, late);
	assert_int_equal(v[2].id, none);
	mbo_task_list_free(v, n);

	/* My open tasks, across goals. */
	assert_int_equal(mbo_task_done(f->m, t.ana, late, fx_day("2026-11-27")), MBO_OK);
	assert_int_equal(mbo_task_list(f->m, t.ana, 0, &v, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_int_equal(v[0].id, early);
	assert_int_equal(v[1].id, mine);
	assert_int_equal(v[2].id, none);
	mbo_task_list_free(v, n);
	assert_int_equal(mbo_task_list(f->m, t.ben, 0, &v, &n), MBO_OK);
	assert_int_equal(n, 0);
	mbo_task_list_free(v, n);

	/* Others' goals stay closed. */
	assert_int_equal(mbo_task_list(f->m, t.ben, ga, &v, &n), MBO_EPERM);
	assert_int_equal(mbo_task_list(f->m, t.zed, ga, &v, &n), MBO_EPERM);
	assert_int_equal(mbo_task_list(f->m, t.ana, 9999, &v, &n), MBO_ENOTFOUND);
}

/* History written as given (mbo_task_write_done, the demo's): a day after
 * today that mbo_task_done refuses, by whom it says, inside the caller's
 * change; MBO_DAY_NONE reopens. */
static void test_write_done_as_given(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g, id = 0;
	char sql[96];

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	assert_int_equal(mbo_task_add(f->m, t.mgr, g, "Visit Acme", MBO_DAY_NONE, 0, &id), MBO_OK);
	assert_int_equal(mbo_task_done(f->m, t.ana, id, fx_day("2026-12-02")), MBO_EINVAL);
	assert_int_equal(mbo_change_begin(f->m, t.mgr, "history"), MBO_OK);
	assert_int_equal(mbo_task_write_done(f->m, t.ben, id, fx_day("2026-12-02")), MBO_OK);
	assert_int_equal(mbo_change_commit(f->m), MBO_OK);
	assert_int_equal(done_day(f, id), fx_day("2026-12-02"));
	snprintf(sql, sizeof sql, "SELECT done_by FROM task WHERE id = %lld", (long long)id);
	assert_int_equal(fx_int(f, sql), t.ben);
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(done_day(f, id), MBO_DAY_NONE);

	assert_int_equal(mbo_task_done(f->m, t.ana, id, fx_day("2026-11-20")), MBO_OK);
	assert_int_equal(mbo_change_begin(f->m, t.mgr, "reopen"), MBO_OK);
	assert_int_equal(mbo_task_write_done(f->m, t.mgr, id, MBO_DAY_NONE), MBO_OK);
	assert_int_equal(mbo_change_commit(f->m), MBO_OK);
	assert_int_equal(done_day(f, id), MBO_DAY_NONE);
	snprintf(sql, sizeof sql, "SELECT done_by IS NULL FROM task WHERE id = %lld", (long long)id);
	assert_int_equal(fx_int(f, sql), 1);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_add_done_reopen),
		T(test_bad_input),
		T(test_assignee_in_team),
		T(test_who_may_tick),
		T(test_list),
		T(test_write_done_as_given),
	};

	setenv("MBO_TODAY", "2026-11-27", 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
