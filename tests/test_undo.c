/*
 * test_undo.c: changes and undo (src/core/undo.c). A user undoes their own
 * last change as a whole; undo refuses when someone else has since changed
 * the same rows, or when later rows depend on what would be removed.
 *
 * The team: mgr (manager) with ana and ben (sales).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "mbo/checkin.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/task.h"
#include "mbo/undo.h"

struct team {
	int64_t mgr, ana, ben;
};

static void make_team(fx *f, struct team *t)
{
	t->mgr = fx_person(f, "mgr", "manager", NULL);
	t->ana = fx_person(f, "ana", "sales", "mgr");
	t->ben = fx_person(f, "ben", "sales", "mgr");
}

/* A Q4 goal of `owner` added by `actor` through the core. */
static int64_t goal(fx *f, int64_t actor, int64_t owner)
{
	return fx_goal_add(f, actor, owner, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
}

static int64_t checkin(fx *f, int64_t actor, int64_t goal_id, const char *day, const char *value)
{
	int64_t id = 0;

	if (mbo_checkin_add(f->m, actor, goal_id, fx_day(day), fx_dec(value), NULL, &id) != MBO_OK)
		fail_msg("checkin: %s", mbo_errmsg(f->m));
	return id;
}

static void revise_target(fx *f, int64_t actor, int64_t goal_id, const char *target, const char *reason)
{
	mbo_goal_change c;

	memset(&c, 0, sizeof c);
	c.set_target = true;
	c.target = fx_dec(target);
	c.reason = reason;
	if (mbo_goal_revise(f->m, actor, goal_id, &c) != MBO_OK)
		fail_msg("revise: %s", mbo_errmsg(f->m));
}

static int64_t q(fx *f, const char *fmt, int64_t a)
{
	char sql[256];

	snprintf(sql, sizeof sql, fmt, (long long)a);
	return fx_int(f, sql);
}

/* Everything undo may touch, as one string, to prove a refusal changed
 * nothing. */
static void snapshot(fx *f, char *buf, size_t cap)
{
	snprintf(buf, cap, "%lld/%lld/%lld/%lld/%lld/%lld/%lld/%lld",
	         (long long)fx_int(f, "SELECT count(*) FROM goal"),
	         (long long)fx_int(f, "SELECT coalesce(sum(target), 0) FROM goal"),
	         (long long)fx_int(f, "SELECT count(*) FROM goal WHERE status = 'active'"),
	         (long long)fx_int(f, "SELECT count(*) FROM checkin"),
	         (long long)fx_int(f, "SELECT count(*) FROM revision"),
	         (long long)fx_int(f, "SELECT count(*) FROM change WHERE undone_at IS NULL"),
	         (long long)fx_int(f, "SELECT count(*) FROM undo_step"),
	         (long long)fx_int(f, "SELECT count(*) FROM person"));
}

static void test_undo_checkin(void **state)
{
	fx *f = *state;
	struct team t;
	char buf[128], expect[64];
	int64_t g, c;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	c = checkin(f, t.ana, g, "2026-11-27", "3");
	assert_int_equal(q(f, "SELECT count(*) FROM checkin WHERE id = %lld", c), 1);

	buf[0] = '\0';
	assert_int_equal(mbo_undo_last(f->m, t.ana, buf, sizeof buf), MBO_OK);
	snprintf(expect, sizeof expect, "check in on goal %lld", (long long)g);
	assert_string_equal(buf, expect);
	assert_int_equal(q(f, "SELECT count(*) FROM checkin WHERE id = %lld", c), 0);
	/* The goal stays: it was the manager's change. */
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld", g), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE undone_at IS NOT NULL"), 1);
	/* NULL buffer is allowed. */
	c = checkin(f, t.ana, g, "2026-11-26", "1");
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 0);
}

static void test_undo_revise(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal_change c;
	mbo_revision *h;
	size_t n, i;
	int64_t g;
	int found = 0;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	memset(&c, 0, sizeof c);
	c.set_target = true;
	c.target = MBO_DEC(8);
	c.set_due = true;
	c.due = fx_day("2027-01-31");
	c.reason = "Acme deal";
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, g, &c), MBO_OK);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(8));

	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(5));
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld AND due_day = '2026-12-31'", g), 1);

	/* The history keeps the revision and shows its reversal. */
	assert_int_equal(mbo_goal_history(f->m, t.ana, g, &h, &n), MBO_OK);
	assert_int_equal(n, 5);   /* created, target, due, and the two reversals */
	assert_string_equal(h[1].field, "target");
	assert_string_equal(h[1].old_value, "5");
	assert_string_equal(h[1].new_value, "8");
	for (i = 3; i < n; i++) {
		assert_non_null(strstr(h[i].reason, "undo"));
		assert_string_equal(h[i].who, "mgr");
		if (strcmp(h[i].field, "target") == 0) {
			assert_string_equal(h[i].old_value, "8");
			assert_string_equal(h[i].new_value, "5");
			found++;
		} else if (strcmp(h[i].field, "due") == 0) {
			assert_string_equal(h[i].old_value, "2027-01-31");
			assert_string_equal(h[i].new_value, "2026-12-31");
			found++;
		}
	}
	assert_int_equal(found, 2);
	mbo_revision_list_free(h, n);
}

static void test_undo_goal_creation(void **state)
{
	fx *f = *state;
	struct team t;
	char buf[128];
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.ana, t.ana);   /* ana's proposal */
	assert_int_equal(q(f, "SELECT count(*) FROM revision WHERE goal_id = %lld", g), 1);
	if (mbo_undo_last(f->m, t.ana, buf, sizeof buf) != MBO_OK)
		fail_msg("undo of a new goal refused: %s", mbo_errmsg(f->m));
	assert_string_equal(buf, "add goal for ana");
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld", g), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM revision WHERE goal_id = %lld", g), 0);
}

static void test_undo_goal_creation_by_manager(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);   /* active at once */
	if (mbo_undo_last(f->m, t.mgr, NULL, 0) != MBO_OK)
		fail_msg("undo of a new goal refused: %s", mbo_errmsg(f->m));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM revision WHERE goal_id = %lld", g), 0);
	assert_int_equal(mbo_check(f->m), MBO_OK);
}

/* Propose, revise the proposal, undo the revision, undo the proposal: the
 * goal and its whole history (the revision and its reversal too) go. */
static void test_undo_walks_back_to_nothing(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.ana, t.ana);
	revise_target(f, t.ana, g, "6", "after talking to mgr");
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(5));
	if (mbo_undo_last(f->m, t.ana, NULL, 0) != MBO_OK)
		fail_msg("undo of a new goal refused: %s", mbo_errmsg(f->m));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM revision"), 0);
	assert_int_equal(mbo_check(f->m), MBO_OK);
}

static void test_undo_twice(void **state)
{
	fx *f = *state;
	struct team t;
	char buf[128];
	int64_t g, a, b;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	a = checkin(f, t.ana, g, "2026-11-25", "1");
	b = checkin(f, t.ana, g, "2026-11-26", "2");

	assert_int_equal(mbo_undo_last(f->m, t.ana, buf, sizeof buf), MBO_OK);
	assert_int_equal(q(f, "SELECT count(*) FROM checkin WHERE id = %lld", b), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM checkin WHERE id = %lld", a), 1);
	assert_int_equal(mbo_undo_last(f->m, t.ana, buf, sizeof buf), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 0);
	/* ana has nothing left: the goal was the manager's change. */
	assert_int_equal(mbo_undo_last(f->m, t.ana, buf, sizeof buf), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "undo"));
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld", g), 1);
}

static void test_nothing_to_undo(void **state)
{
	fx *f = *state;
	struct team t;
	char before[256], after[256];

	make_team(f, &t);
	snapshot(f, before, sizeof before);
	assert_int_equal(mbo_undo_last(f->m, t.ben, NULL, 0), MBO_EINVAL);
	assert_int_equal(mbo_undo_last(f->m, 4242, NULL, 0), MBO_EPERM);
	snapshot(f, after, sizeof after);
	assert_string_equal(after, before);
}

static void test_conflict_with_later_change(void **state)
{
	fx *f = *state;
	struct team t;
	char before[256], after[256];
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.ana, t.ana);                        /* ana proposes */
	revise_target(f, t.ana, g, "6", "more ambitious");  /* ana revises her proposal */
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, g), MBO_OK);   /* mgr approves */

	/* ana's last change is the revision; mgr has since changed the goal. */
	snapshot(f, before, sizeof before);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "mgr"));
	snapshot(f, after, sizeof after);
	assert_string_equal(after, before);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(6));
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld AND status = 'active'", g), 1);

	/* Once mgr undoes the approval, ana's undo goes through. */
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld AND status = 'proposed'", g), 1);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(5));
}

static void test_conflict_with_manager_revise(void **state)
{
	fx *f = *state;
	struct team t;
	char before[256], after[256];
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.ana, t.ana);
	revise_target(f, t.ana, g, "6", "more ambitious");
	revise_target(f, t.mgr, g, "7", "let us aim higher");   /* still proposed */
	snapshot(f, before, sizeof before);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "mgr"));
	snapshot(f, after, sizeof after);
	assert_string_equal(after, before);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(7));
}

static void test_conflict_with_admin(void **state)
{
	fx *f = *state;
	struct team t;
	char before[256], after[256];
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	revise_target(f, t.mgr, g, "7", "bigger territory");
	revise_target(f, f->admin, g, "9", "company plan");
	snapshot(f, before, sizeof before);
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "admin"));
	snapshot(f, after, sizeof after);
	assert_string_equal(after, before);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(9));
	/* The admin may undo theirs. */
	assert_int_equal(mbo_undo_last(f->m, f->admin, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT target FROM goal WHERE id = %lld", g), MBO_DEC(7));
}

static void test_dependent_checkin_blocks_goal_undo(void **state)
{
	fx *f = *state;
	struct team t;
	char before[256], after[256];
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	checkin(f, t.ana, g, "2026-11-27", "2");
	snapshot(f, before, sizeof before);
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "depend"));
	snapshot(f, after, sizeof after);
	assert_string_equal(after, before);
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld", g), 1);
	/* A task added later by someone else blocks it too. */
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);   /* the check-in goes */
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call Acme", MBO_DAY_NONE, 0, NULL), MBO_OK);
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_EINVAL);
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld", g), 1);
}

static void test_only_own_changes(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g, mine, theirs;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	mine = checkin(f, t.ana, g, "2026-11-25", "1");
	theirs = checkin(f, t.mgr, g, "2026-11-26", "4");   /* a later change by mgr */

	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT count(*) FROM checkin WHERE id = %lld", mine), 0);
	assert_int_equal(q(f, "SELECT count(*) FROM checkin WHERE id = %lld", theirs), 1);
	/* ben undoes nothing of theirs. */
	assert_int_equal(mbo_undo_last(f->m, t.ben, NULL, 0), MBO_EINVAL);
	assert_int_equal(q(f, "SELECT count(*) FROM checkin WHERE id = %lld", theirs), 1);
	/* mgr's undo takes their own check-in. */
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 0);
}

static void test_undo_approve_and_task(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_revision *h;
	size_t n;
	int64_t g, task = 0;

	make_team(f, &t);
	g = goal(f, t.ana, t.ana);
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, g), MBO_OK);
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT count(*) FROM goal WHERE id = %lld AND status = 'proposed'", g), 1);
	assert_int_equal(mbo_goal_history(f->m, t.ana, g, &h, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_string_equal(h[2].field, "status");
	assert_string_equal(h[2].old_value, "active");
	assert_string_equal(h[2].new_value, "proposed");
	mbo_revision_list_free(h, n);

	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call Acme", MBO_DAY_NONE, 0, &task), MBO_OK);
	assert_int_equal(mbo_task_done(f->m, t.ana, task, fx_day("2026-11-27")), MBO_OK);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(q(f, "SELECT count(*) FROM task WHERE id = %lld AND done_day IS NULL AND done_by IS NULL",
	                   task), 1);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM task"), 0);
}

static void test_undo_person_add(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t before;

	make_team(f, &t);
	before = fx_int(f, "SELECT count(*) FROM person");
	fx_person(f, "temp", "sales", "mgr");
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), before + 1);
	assert_int_equal(mbo_undo_last(f->m, f->admin, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person WHERE login = 'temp'"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), before);
}

static void test_nested_changes(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.mgr, t.ana);
	/* Two check-ins inside one outer change are undone together. */
	assert_int_equal(mbo_change_current(f->m), 0);
	assert_int_equal(mbo_change_begin(f->m, t.ana, "import 2 check-ins"), MBO_OK);
	assert_true(mbo_change_current(f->m) > 0);
	checkin(f, t.ana, g, "2026-11-25", "1");
	checkin(f, t.ana, g, "2026-11-26", "1");
	assert_int_equal(mbo_change_commit(f->m), MBO_OK);
	assert_int_equal(mbo_change_current(f->m), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE summary = 'import 2 check-ins'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE summary LIKE 'check in%'"), 0);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 0);

	/* A rolled back change leaves nothing. */
	assert_int_equal(mbo_change_begin(f->m, t.ana, "abandoned"), MBO_OK);
	checkin(f, t.ana, g, "2026-11-25", "1");
	mbo_change_rollback(f->m);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE summary = 'abandoned'"), 0);
}

/* Undoing an approval or a date change once others have checked in would
 * leave their check-ins on a proposed goal or outside its dates: refused,
 * with the database as it was. */
static void test_undo_refused_when_checkins_depend(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal_change c;
	int64_t g;

	make_team(f, &t);
	g = goal(f, t.ana, t.ana);                      /* proposed by ana */
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, g), MBO_OK);
	checkin(f, t.ana, g, "2026-11-02", "1");
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "check-ins entered since (by ana)"));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE status = 'active'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 1);

	/* The manager moves the start earlier and ana checks in on an early
	 * day: moving it back would strand that check-in. */
	memset(&c, 0, sizeof c);
	c.set_start = true;
	c.start = fx_day("2026-09-01");
	c.reason = "the push started in September";
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, g, &c), MBO_OK);
	checkin(f, t.ana, g, "2026-09-15", "1");
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_EINVAL);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE start_day = '2026-09-01'"), 1);

	/* A revision that strands nothing is undone as before. */
	revise_target(f, t.mgr, g, "6", "one more");
	checkin(f, t.ana, g, "2026-11-03", "1");
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT target FROM goal"), MBO_DEC(5));
}

/* A stored summary shown to a person: in English (no catalogue here) each
 * known summary reads exactly as stored, an unknown one is copied, and a
 * short buffer is cut, never overrun. */
static void test_summary_show(void **state)
{
	char buf[64], small[8];
	(void)state;

	assert_string_equal(mbo_change_summary_show("approve goal 12", buf, sizeof buf), "approve goal 12");
	assert_string_equal(mbo_change_summary_show("close goal 3 as missed", buf, sizeof buf),
	                    "close goal 3 as missed");
	assert_string_equal(mbo_change_summary_show("move bob under nobody", buf, sizeof buf),
	                    "move bob under nobody");
	assert_string_equal(mbo_change_summary_show("move bob under cy", buf, sizeof buf), "move bob under cy");
	assert_string_equal(mbo_change_summary_show("import 1 check-in", buf, sizeof buf), "import 1 check-in");
	/* Not a pattern: a missing word, an extra one, something else. */
	assert_string_equal(mbo_change_summary_show("approve goal ", buf, sizeof buf), "approve goal ");
	assert_string_equal(mbo_change_summary_show("approve goal 1 2", buf, sizeof buf), "approve goal 1 2");
	assert_string_equal(mbo_change_summary_show("something new", buf, sizeof buf), "something new");
	/* "approve goal 12" is 15 bytes: 7 of them fit with the NUL. */
	assert_string_equal(mbo_change_summary_show("approve goal 12", small, sizeof small), "approve");
}

/* Ids are never given twice (schema version 5, AUTOINCREMENT): a goal, a
 * check-in, a task and a person that an undo removed keep their ids, and
 * the next of each gets the following one, so a CRM file or a script that
 * kept the old id never finds another record under it. The fixture's
 * admin is person 1; mgr, ana and ben are 2, 3 and 4. */
static void test_undo_frees_no_id(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t g, c, task = 0;

	make_team(f, &t);
	assert_int_equal(t.ben, 4);
	g = goal(f, t.mgr, t.ana);
	assert_int_equal(g, 1);                        /* the first goal */
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 0);
	g = goal(f, t.mgr, t.ana);
	assert_int_equal(g, 2);                        /* 1 was given: 1 + 1 */

	c = checkin(f, t.ana, g, "2026-11-27", "3");
	assert_int_equal(c, 1);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin"), 0);
	c = checkin(f, t.ana, g, "2026-11-27", "3");
	assert_int_equal(c, 2);

	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call Acme", MBO_DAY_NONE, 0, &task), MBO_OK);
	assert_int_equal(task, 1);
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM task"), 0);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Call Acme", MBO_DAY_NONE, 0, &task), MBO_OK);
	assert_int_equal(task, 2);

	assert_int_equal(fx_person(f, "temp", "sales", "mgr"), 5);   /* after ben, 4 */
	assert_int_equal(mbo_undo_last(f->m, f->admin, NULL, 0), MBO_OK);
	assert_int_equal(fx_person(f, "temp", "sales", "mgr"), 6);

	/* Two of ana's changes undone, newest first (the task 2, then the
	 * check-in 2): the next of each is 3, not 2 again. */
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);   /* task 2 */
	assert_int_equal(mbo_undo_last(f->m, t.ana, NULL, 0), MBO_OK);   /* check-in 2 */
	assert_int_equal(checkin(f, t.ana, g, "2026-11-26", "1"), 3);
	assert_int_equal(mbo_task_add(f->m, t.ana, g, "Visit Acme", MBO_DAY_NONE, 0, &task), MBO_OK);
	assert_int_equal(task, 3);
	assert_int_equal(mbo_check(f->m), MBO_OK);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_undo_checkin),
		T(test_undo_revise),
		T(test_undo_goal_creation),
		T(test_undo_goal_creation_by_manager),
		T(test_undo_walks_back_to_nothing),
		T(test_undo_twice),
		T(test_nothing_to_undo),
		T(test_conflict_with_later_change),
		T(test_conflict_with_manager_revise),
		T(test_conflict_with_admin),
		T(test_dependent_checkin_blocks_goal_undo),
		T(test_undo_refused_when_checkins_depend),
		T(test_only_own_changes),
		T(test_undo_approve_and_task),
		T(test_undo_person_add),
		T(test_nested_changes),
		T(test_undo_frees_no_id),
		cmocka_unit_test(test_summary_show),
	};

	setenv("MBO_TODAY", "2026-11-27", 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
