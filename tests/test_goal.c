/*
 * test_goal.c: goals, the approval flow, revisions and history
 * (src/core/goal.c).
 *
 * The team: mgr (manager, no manager of their own) with ana and ben (sales)
 * below; omgr with zed elsewhere.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "goal_priv.h"
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

/* A goal that passes the SMART check: 2 -> 5 customers in Q4 2026. */
static void fill(mbo_goal *g, int64_t owner, const char *title)
{
	mbo_goal_init(g);
	g->owner_id = owner;
	g->title = strdup(title);
	assert_non_null(g->title);
	snprintf(g->metric, sizeof g->metric, "new_customers");
	snprintf(g->unit, sizeof g->unit, "customers");
	g->baseline = MBO_DEC(2);
	g->target = MBO_DEC(5);
	g->start = fx_day("2026-10-01");
	g->due = fx_day("2026-12-31");
}

static void set_title(mbo_goal *g, const char *title)
{
	free(g->title);
	g->title = strdup(title);
	assert_non_null(g->title);
}

/* Adds a goal and expects `rc`; returns the id (0 on refusal). */
static int64_t add_goal(fx *f, int64_t actor, int64_t owner, const char *title, int rc)
{
	mbo_goal g;
	int64_t id = 0;
	int got;

	fill(&g, owner, title);
	got = mbo_goal_add(f->m, actor, &g, &id);
	if (got != rc)
		fail_msg("goal_add \"%s\": got %d, expected %d: %s", title, got, rc, mbo_errmsg(f->m));
	mbo_goal_clear(&g);
	return rc == MBO_OK ? id : 0;
}

static int status_of(fx *f, int64_t id)
{
	char sql[128], word[32];
	int64_t i;
	static const char *const names[] = { "proposed", "active", "achieved", "missed", "rejected", "cancelled" };

	for (i = 0; i < 6; i++) {
		snprintf(word, sizeof word, "%s", names[i]);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM goal WHERE id = %lld AND status = '%s'",
		         (long long)id, word);
		if (fx_int(f, sql))
			return (int)i;
	}
	fail_msg("goal %lld has no known status", (long long)id);
	return -1;
}

static int64_t count(fx *f, const char *what, int64_t goal)
{
	char sql[160];

	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE goal_id = %lld", what, (long long)goal);
	return fx_int(f, sql);
}

static void assert_msg_has(fx *f, const char *part)
{
	const char *msg = mbo_errmsg(f->m);

	if (strstr(msg, part) == NULL)
		fail_msg("message \"%s\" should mention \"%s\"", msg, part);
}

static void test_propose_approve(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	mbo_revision *h;
	size_t n;
	int64_t id = 0;

	make_team(f, &t);
	fill(&g, 0, "Sign 5 new customers in Q4");
	assert_int_equal(mbo_goal_add(f->m, t.ana, &g, &id), MBO_OK);
	assert_true(id > 0);
	assert_int_equal(g.id, id);
	assert_int_equal(g.owner_id, t.ana);       /* 0 meant the actor */
	assert_int_equal(g.status, MBO_GOAL_PROPOSED);
	mbo_goal_clear(&g);
	assert_int_equal(status_of(f, id), MBO_GOAL_PROPOSED);

	/* The history starts with the proposal. */
	assert_int_equal(mbo_goal_history(f->m, t.ana, id, &h, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_string_equal(h[0].field, "status");
	assert_null(h[0].old_value);
	assert_string_equal(h[0].new_value, "proposed");
	assert_string_equal(h[0].who, "ana");
	mbo_revision_list_free(h, n);

	/* Nobody approves their own goal; a colleague may not either. */
	assert_int_equal(mbo_goal_approve(f->m, t.ana, id), MBO_EPERM);
	assert_int_equal(mbo_goal_approve(f->m, t.ben, id), MBO_EPERM);
	assert_int_equal(mbo_goal_approve(f->m, t.omgr, id), MBO_EPERM);
	assert_int_equal(status_of(f, id), MBO_GOAL_PROPOSED);

	assert_int_equal(mbo_goal_approve(f->m, t.mgr, id), MBO_OK);
	assert_int_equal(status_of(f, id), MBO_GOAL_ACTIVE);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(g.status, MBO_GOAL_ACTIVE);
	assert_int_equal(g.created_by, t.ana);
	mbo_goal_clear(&g);

	assert_int_equal(mbo_goal_history(f->m, t.mgr, id, &h, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_string_equal(h[1].field, "status");
	assert_string_equal(h[1].old_value, "proposed");
	assert_string_equal(h[1].new_value, "active");
	assert_string_equal(h[1].who, "mgr");
	mbo_revision_list_free(h, n);

	/* Approving twice is refused and changes nothing. */
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, id), MBO_EINVAL);
	assert_int_equal(count(f, "revision", id), 2);
	/* Unknown goal. */
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, 9999), MBO_ENOTFOUND);
}

static void test_admin_approves(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t id;

	make_team(f, &t);
	id = add_goal(f, t.zed, 0, "Visit 40 customers in Q4", MBO_OK);
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, id), MBO_EPERM);   /* not their team */
	assert_int_equal(mbo_goal_approve(f->m, f->admin, id), MBO_OK);
	assert_int_equal(status_of(f, id), MBO_GOAL_ACTIVE);
}

static void test_reject(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	mbo_revision *h;
	size_t n;
	int64_t id;

	make_team(f, &t);
	id = add_goal(f, t.ana, 0, "Sign 5 new customers in Q4", MBO_OK);

	assert_int_equal(mbo_goal_reject(f->m, t.mgr, id, ""), MBO_EINVAL);
	assert_msg_has(f, "reason");
	assert_int_equal(mbo_goal_reject(f->m, t.mgr, id, NULL), MBO_EINVAL);
	assert_int_equal(mbo_goal_reject(f->m, t.mgr, id, "bad\x1b[2Jreason"), MBO_EINVAL);
	assert_int_equal(mbo_goal_reject(f->m, t.ana, id, "I changed my mind"), MBO_EPERM);
	assert_int_equal(status_of(f, id), MBO_GOAL_PROPOSED);
	assert_int_equal(count(f, "revision", id), 1);

	assert_int_equal(mbo_goal_reject(f->m, t.mgr, id, "Too low for Q4: aim for 8"), MBO_OK);
	assert_int_equal(status_of(f, id), MBO_GOAL_REJECTED);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_non_null(g.status_reason);
	assert_string_equal(g.status_reason, "Too low for Q4: aim for 8");
	mbo_goal_clear(&g);
	assert_int_equal(mbo_goal_history(f->m, t.ana, id, &h, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_string_equal(h[1].old_value, "proposed");
	assert_string_equal(h[1].new_value, "rejected");
	assert_string_equal(h[1].reason, "Too low for Q4: aim for 8");
	mbo_revision_list_free(h, n);

	/* A rejected goal can be neither approved nor rejected again. */
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, id), MBO_EINVAL);
	assert_int_equal(mbo_goal_reject(f->m, t.mgr, id, "again"), MBO_EINVAL);
	assert_int_equal(status_of(f, id), MBO_GOAL_REJECTED);
}

static void test_approve_refused_by_smart(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id = 0, flat, shorty;

	make_team(f, &t);
	/* A proposal may fail a letter: it waits for the manager anyway. */
	fill(&g, 0, "Keep 5 key accounts in Q4");
	g.target = g.baseline;
	assert_int_equal(mbo_goal_add(f->m, t.ana, &g, &id), MBO_OK);
	assert_int_equal(g.status, MBO_GOAL_PROPOSED);
	mbo_goal_clear(&g);
	flat = id;
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, flat), MBO_EINVAL);
	assert_msg_has(f, "M");
	assert_int_equal(status_of(f, flat), MBO_GOAL_PROPOSED);
	assert_int_equal(count(f, "revision", flat), 1);

	shorty = add_goal(f, t.ana, 0, "Sales", MBO_OK);
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, shorty), MBO_EINVAL);
	assert_msg_has(f, "S");
	assert_int_equal(status_of(f, shorty), MBO_GOAL_PROPOSED);

	/* Fixing the target through a revision makes it approvable. */
	{
		mbo_goal_change c = { 0 };
		c.set_target = true;
		c.target = MBO_DEC(7);
		c.reason = "target must grow";
		assert_int_equal(mbo_goal_revise(f->m, t.ana, flat, &c), MBO_OK);
	}
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, flat), MBO_OK);
}

static void test_manager_creates_active(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id = 0, before;

	make_team(f, &t);
	fill(&g, t.ana, "Sign 5 new customers in Q4");
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
	assert_int_equal(g.status, MBO_GOAL_ACTIVE);
	mbo_goal_clear(&g);
	assert_int_equal(status_of(f, id), MBO_GOAL_ACTIVE);
	assert_int_equal(fx_int(f, "SELECT created_by FROM goal ORDER BY id DESC LIMIT 1"), t.mgr);
	assert_int_equal(fx_int(f, "SELECT owner_id FROM goal ORDER BY id DESC LIMIT 1"), t.ana);

	/* A manager without a manager: their own goal is active at once. */
	id = add_goal(f, t.mgr, 0, "Team revenue 2,000,000 CNY in Q4", MBO_OK);
	assert_int_equal(status_of(f, id), MBO_GOAL_ACTIVE);
	/* So is an admin's goal for anyone. */
	id = add_goal(f, f->admin, t.zed, "Visit 40 customers in Q4", MBO_OK);
	assert_int_equal(status_of(f, id), MBO_GOAL_ACTIVE);

	/* Goals that would start active must pass SMART: nothing is stored. */
	before = fx_int(f, "SELECT count(*) FROM goal");
	fill(&g, t.ana, "Keep 5 key accounts in Q4");
	g.target = g.baseline;
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_EINVAL);
	assert_msg_has(f, "M");
	mbo_goal_clear(&g);
	add_goal(f, t.mgr, t.ana, "More", MBO_EINVAL);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), before);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM revision"), 3);
}

static void test_create_for_others_refused(void **state)
{
	fx *f = *state;
	struct team t;

	make_team(f, &t);
	add_goal(f, t.ana, t.ben, "Sign 5 new customers in Q4", MBO_EPERM);   /* colleague */
	add_goal(f, t.ana, t.mgr, "Sign 5 new customers in Q4", MBO_EPERM);   /* own manager */
	add_goal(f, t.mgr, t.zed, "Sign 5 new customers in Q4", MBO_EPERM);   /* other team */
	add_goal(f, t.mgr, 9999, "Sign 5 new customers in Q4", MBO_EINVAL);   /* nobody */
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change"), fx_int(f, "SELECT count(*) FROM person") - 1);
}

/* The columns a revision may change, and the history count, as one string. */
static void snapshot(fx *f, int64_t id, char *buf, size_t cap)
{
	char sql[256];
	sqlite3_stmt *st;

	snprintf(sql, sizeof sql,
	         "SELECT target || '|' || start_day || '|' || due_day || '|' || weight || '|' || status || '|' || "
	         "(SELECT count(*) FROM revision WHERE goal_id = %lld) || '|' || (SELECT count(*) FROM change) "
	         "FROM goal WHERE id = %lld", (long long)id, (long long)id);
	assert_int_equal(sqlite3_prepare_v2(mbo_sqlite(f->m), sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(buf, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

static void test_revise(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal_change c;
	mbo_goal g;
	mbo_revision *h;
	size_t n;
	int64_t id;
	char before[256], after[256];

	make_team(f, &t);
	id = add_goal(f, t.mgr, t.ana, "Sign 5 new customers in Q4", MBO_OK);
	snapshot(f, id, before, sizeof before);

	/* A revision needs a reason. */
	memset(&c, 0, sizeof c);
	c.set_target = true;
	c.target = MBO_DEC(8);
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	assert_msg_has(f, "reason");
	c.reason = "";
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	assert_msg_has(f, "reason");
	snapshot(f, id, after, sizeof after);
	assert_string_equal(after, before);

	/* Nothing asked. */
	memset(&c, 0, sizeof c);
	c.reason = "just because";
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	/* Nothing changed: the same values again. */
	c.set_target = true;
	c.target = MBO_DEC(5);
	c.set_weight = true;
	c.weight = MBO_DEC(1);
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	assert_msg_has(f, "nothing");
	snapshot(f, id, after, sizeof after);
	assert_string_equal(after, before);

	/* Due before start, due on start. */
	memset(&c, 0, sizeof c);
	c.reason = "moved";
	c.set_due = true;
	c.due = fx_day("2026-09-30");
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	assert_msg_has(f, "due");
	c.due = fx_day("2026-10-01");
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	memset(&c, 0, sizeof c);
	c.reason = "moved";
	c.set_start = true;
	c.start = fx_day("2027-01-05");
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	/* A target equal to the baseline fails SMART on an active goal. */
	memset(&c, 0, sizeof c);
	c.reason = "flat";
	c.set_target = true;
	c.target = MBO_DEC(2);
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	/* Out of range values. */
	c.target = MBO_DEC_MAX + 1;
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	c.target = MBO_DEC(-1);
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	memset(&c, 0, sizeof c);
	c.reason = "weights";
	c.set_weight = true;
	c.weight = 0;
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	/* The owner, who has a manager, may not revise an active goal. */
	memset(&c, 0, sizeof c);
	c.reason = "I want less";
	c.set_target = true;
	c.target = MBO_DEC(4);
	assert_int_equal(mbo_goal_revise(f->m, t.ana, id, &c), MBO_EPERM);
	assert_int_equal(mbo_goal_revise(f->m, t.ben, id, &c), MBO_EPERM);
	assert_int_equal(mbo_goal_revise(f->m, t.zed, id, &c), MBO_EPERM);
	snapshot(f, id, after, sizeof after);
	assert_string_equal(after, before);

	/* Target and due change, weight stays: two history rows. */
	memset(&c, 0, sizeof c);
	c.reason = "Big deal with Acme moved into Q4";
	c.set_target = true;
	c.target = fx_dec("7.5");
	c.set_due = true;
	c.due = fx_day("2027-01-15");
	c.set_weight = true;
	c.weight = MBO_DEC(1);
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_OK);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(g.target, fx_dec("7.5"));
	assert_int_equal(g.due, fx_day("2027-01-15"));
	assert_int_equal(g.start, fx_day("2026-10-01"));
	assert_int_equal(g.weight, MBO_DEC(1));
	assert_int_equal(g.status, MBO_GOAL_ACTIVE);
	mbo_goal_clear(&g);

	assert_int_equal(mbo_goal_history(f->m, t.ana, id, &h, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_string_equal(h[1].field, "target");
	assert_string_equal(h[1].old_value, "5");
	assert_string_equal(h[1].new_value, "7.5");
	assert_string_equal(h[1].reason, "Big deal with Acme moved into Q4");
	assert_string_equal(h[1].who, "mgr");
	assert_string_equal(h[2].field, "due");
	assert_string_equal(h[2].old_value, "2026-12-31");
	assert_string_equal(h[2].new_value, "2027-01-15");
	assert_string_equal(h[2].reason, "Big deal with Acme moved into Q4");
	/* One command, one change. */
	assert_true(h[1].change_id != 0);
	assert_int_equal(h[1].change_id, h[2].change_id);
	assert_int_equal(strlen(h[1].at), 20);
	mbo_revision_list_free(h, n);

	/* Start and weight, with Chinese in the reason. */
	memset(&c, 0, sizeof c);
	c.reason = "客户要求推迟启动";
	c.set_start = true;
	c.start = fx_day("2026-10-15");
	c.set_weight = true;
	c.weight = fx_dec("2.5");
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_OK);
	assert_int_equal(mbo_goal_history(f->m, t.mgr, id, &h, &n), MBO_OK);
	assert_int_equal(n, 5);
	assert_string_equal(h[3].field, "start");
	assert_string_equal(h[3].old_value, "2026-10-01");
	assert_string_equal(h[3].new_value, "2026-10-15");
	assert_string_equal(h[4].field, "weight");
	assert_string_equal(h[4].old_value, "1");
	assert_string_equal(h[4].new_value, "2.5");
	assert_string_equal(h[4].reason, "客户要求推迟启动");
	mbo_revision_list_free(h, n);
	assert_int_equal(fx_int(f, "SELECT weight FROM goal ORDER BY id DESC LIMIT 1"), 25000);
}

static void test_revise_own_proposal(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal_change c;
	int64_t id;

	make_team(f, &t);
	id = add_goal(f, t.ana, 0, "Sign 5 new customers in Q4", MBO_OK);
	memset(&c, 0, sizeof c);
	c.reason = "talked to my manager";
	c.set_target = true;
	c.target = MBO_DEC(6);
	assert_int_equal(mbo_goal_revise(f->m, t.ana, id, &c), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT target FROM goal"), MBO_DEC(6));
	assert_int_equal(status_of(f, id), MBO_GOAL_PROPOSED);
	/* A colleague may not. */
	c.target = MBO_DEC(9);
	assert_int_equal(mbo_goal_revise(f->m, t.ben, id, &c), MBO_EPERM);
	assert_int_equal(fx_int(f, "SELECT target FROM goal"), MBO_DEC(6));
	/* Once rejected, nobody revises it. */
	assert_int_equal(mbo_goal_reject(f->m, t.mgr, id, "Not this quarter"), MBO_OK);
	assert_int_equal(mbo_goal_revise(f->m, t.ana, id, &c), MBO_EINVAL);
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, id, &c), MBO_EINVAL);
	assert_int_equal(fx_int(f, "SELECT target FROM goal"), MBO_DEC(6));
	assert_int_equal(mbo_goal_revise(f->m, t.mgr, 9999, &c), MBO_ENOTFOUND);
}

/* Validation, one field at a time, from a goal that passes. */
static void expect_invalid(fx *f, mbo_goal *g, const char *field)
{
	int rc = mbo_goal_validate(f->m, g);

	if (rc != MBO_EINVAL)
		fail_msg("validate should refuse the %s, got %d", field, rc);
	if (strncmp(mbo_errmsg(f->m), field, strlen(field)) != 0)
		fail_msg("message \"%s\" should start with \"%s\"", mbo_errmsg(f->m), field);
}

static void test_validate(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	char title[700];
	int i;

	make_team(f, &t);
	fill(&g, t.ana, "Sign 5 new customers in Q4");
	g.description = strdup("");
	assert_int_equal(mbo_goal_validate(f->m, &g), MBO_OK);

	set_title(&g, "");
	expect_invalid(f, &g, "title");
	memset(title, 'x', 201);
	title[201] = '\0';
	set_title(&g, title);
	expect_invalid(f, &g, "title");
	title[200] = '\0';
	set_title(&g, title);
	assert_int_equal(mbo_goal_validate(f->m, &g), MBO_OK);
	/* 200 Chinese characters are 600 bytes, and allowed. */
	title[0] = '\0';
	for (i = 0; i < 200; i++)
		strcat(title, "销");
	set_title(&g, title);
	assert_int_equal(mbo_goal_validate(f->m, &g), MBO_OK);
	strcat(title, "销");
	set_title(&g, title);
	expect_invalid(f, &g, "title");
	set_title(&g, "Sign 5 \x1b[31mnew\x1b[0m customers");
	expect_invalid(f, &g, "title");
	set_title(&g, "Sign 5 new\ncustomers");
	expect_invalid(f, &g, "title");
	set_title(&g, "Sign 5 new customers \xff");
	expect_invalid(f, &g, "title");
	set_title(&g, "Sign 5 new customers in Q4");

	g.metric[0] = '\0';
	expect_invalid(f, &g, "metric");
	snprintf(g.metric, sizeof g.metric, "new_customers");
	g.unit[0] = '\0';
	expect_invalid(f, &g, "unit");
	snprintf(g.unit, sizeof g.unit, "customers");

	g.target = MBO_DEC(-1);
	expect_invalid(f, &g, "target");
	g.kind = MBO_KIND_LEVEL;            /* a level may be below zero */
	g.baseline = MBO_DEC(-3);
	assert_int_equal(mbo_goal_validate(f->m, &g), MBO_OK);
	g.kind = MBO_KIND_SUM;
	g.target = MBO_DEC(5);
	expect_invalid(f, &g, "baseline");
	g.baseline = MBO_DEC(2);
	g.target = MBO_DEC_MAX + 1;
	expect_invalid(f, &g, "target");
	g.target = MBO_DEC_MAX;
	assert_int_equal(mbo_goal_validate(f->m, &g), MBO_OK);
	g.baseline = MBO_DEC_MAX + 1;
	expect_invalid(f, &g, "baseline");
	g.baseline = MBO_DEC(2);
	g.target = MBO_DEC(5);

	g.importance = 4;
	expect_invalid(f, &g, "importance");
	g.importance = 0;
	expect_invalid(f, &g, "importance");
	g.importance = 3;
	g.urgency = 4;
	expect_invalid(f, &g, "urgency");
	g.urgency = 1;
	assert_int_equal(mbo_goal_validate(f->m, &g), MBO_OK);

	g.weight = 0;
	expect_invalid(f, &g, "weight");
	g.weight = MBO_DEC(100) + 1;
	expect_invalid(f, &g, "weight");
	g.weight = MBO_DEC(1);

	g.start = MBO_DAY_NONE;
	expect_invalid(f, &g, "start");
	g.start = fx_day("2026-10-01");
	g.due = MBO_DAY_NONE;
	expect_invalid(f, &g, "due");
	g.due = g.start;
	expect_invalid(f, &g, "due");
	g.due = g.start - 1;
	expect_invalid(f, &g, "due");
	g.due = fx_day("2026-12-31");

	g.kind = 2;
	expect_invalid(f, &g, "kind");
	g.kind = MBO_KIND_SUM;
	g.direction = 5;
	expect_invalid(f, &g, "direction");
	g.direction = MBO_DIR_DOWN;
	g.method = 9;
	expect_invalid(f, &g, "method");
	g.method = MBO_METHOD_KPI;
	assert_int_equal(mbo_goal_validate(f->m, &g), MBO_OK);
	mbo_goal_clear(&g);
}

static void test_add_refuses_invalid(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id = 0;

	make_team(f, &t);
	/* Through goal_add, for a proposal and for an active goal: nothing is
	 * stored, no change is left behind. */
	fill(&g, 0, "");
	assert_int_equal(mbo_goal_add(f->m, t.ana, &g, &id), MBO_EINVAL);
	mbo_goal_clear(&g);
	fill(&g, t.ana, "Sign 5 new customers in Q4");
	g.importance = 4;
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_EINVAL);
	mbo_goal_clear(&g);
	fill(&g, 0, "Sign 5 new customers in Q4");
	g.due = MBO_DAY_NONE;
	assert_int_equal(mbo_goal_add(f->m, t.ana, &g, &id), MBO_EINVAL);
	mbo_goal_clear(&g);
	fill(&g, 0, "Sign 5 new customers in Q4");
	g.parent_id = 4242;
	assert_int_equal(mbo_goal_add(f->m, t.ana, &g, &id), MBO_EINVAL);
	assert_msg_has(f, "parent");
	mbo_goal_clear(&g);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM revision"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE person_id <> 1"), 0);
}

struct each_seen {
	fx *f;
	int64_t actor;
	int64_t ids[16];
	size_t n, nested;
};

/* Keeps the id and, to show that the listing may call the core while it
 * runs, lists the same owner's goals again from inside the callback. */
static int each_goal(void *ctx, const mbo_goal *g)
{
	struct each_seen *s = ctx;
	mbo_goal_filter flt;
	mbo_goal *v;
	size_t n;

	if (s->n == 4)
		return 77;
	assert_true(s->n < 16);
	s->ids[s->n++] = g->id;
	mbo_goal_filter_init(&flt);
	flt.owner_id = g->owner_id;
	assert_int_equal(mbo_goal_list(s->f->m, s->actor, &flt, &v, &n), MBO_OK);
	s->nested += n;
	mbo_goal_list_free(v, n);
	return 0;
}

static void test_list_filters(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal_filter flt;
	mbo_goal *v, g;
	size_t n;
	int64_t team_goal, a1, a2, b1, z1, c1, c2, id = 0;

	make_team(f, &t);
	team_goal = add_goal(f, t.mgr, 0, "Team: 20 new customers in Q4", MBO_OK);
	fill(&g, t.ana, "Sign 12 new customers in Q4");
	g.parent_id = team_goal;
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
	c1 = id;
	mbo_goal_clear(&g);
	fill(&g, t.ben, "Sign 8 new customers in Q4");
	g.parent_id = team_goal;
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
	c2 = id;
	mbo_goal_clear(&g);
	/* ana's own proposal for Q1 2027; a November goal. */
	fill(&g, 0, "Sign 6 new customers in Q1");
	g.start = fx_day("2027-01-01");
	g.due = fx_day("2027-03-31");
	assert_int_equal(mbo_goal_add(f->m, t.ana, &g, &id), MBO_OK);
	a2 = id;
	mbo_goal_clear(&g);
	fill(&g, t.ana, "Make 60 calls in November");
	g.start = fx_day("2026-11-01");
	g.due = fx_day("2026-11-30");
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
	a1 = id;
	mbo_goal_clear(&g);
	b1 = add_goal(f, t.ben, 0, "Visit 30 customers in Q4", MBO_OK);
	z1 = add_goal(f, t.omgr, t.zed, "Visit 40 customers in Q4", MBO_OK);

	/* One owner, by due date. */
	mbo_goal_filter_init(&flt);
	flt.owner_id = t.ana;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 3);
	assert_int_equal(v[0].id, a1);
	assert_int_equal(v[1].id, c1);
	assert_int_equal(v[2].id, a2);
	assert_string_equal(v[0].owner, "ana");
	assert_string_equal(v[1].title, "Sign 12 new customers in Q4");
	assert_int_equal(v[1].parent_id, team_goal);
	assert_int_equal(v[2].status, MBO_GOAL_PROPOSED);
	mbo_goal_list_free(v, n);

	/* The team: mgr's own and everyone below, never zed's. */
	mbo_goal_filter_init(&flt);
	flt.team_of = t.mgr;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 6);
	{
		size_t i;
		for (i = 0; i < n; i++)
			assert_true(v[i].id != z1);
		/* Ordered by owner login: ana, ben, mgr. */
		assert_string_equal(v[0].owner, "ana");
		assert_string_equal(v[3].owner, "ben");
		assert_string_equal(v[5].owner, "mgr");
	}
	mbo_goal_list_free(v, n);

	/* Status. */
	flt.status = MBO_GOAL_PROPOSED;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].id, a2);
	assert_int_equal(v[1].id, b1);
	mbo_goal_list_free(v, n);

	/* Period overlap: goals touching December 2026. */
	mbo_goal_filter_init(&flt);
	flt.team_of = t.mgr;
	flt.from = fx_day("2026-12-01");
	flt.to = fx_day("2026-12-31");
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 4);   /* c1, c2, b1, team_goal; not a1 (Nov) nor a2 (2027) */
	mbo_goal_list_free(v, n);
	/* Edges count: a goal due on `from`, a goal starting on `to`. */
	flt.from = fx_day("2026-11-30");
	flt.to = fx_day("2026-11-30");
	flt.owner_id = t.ana;
	flt.team_of = 0;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 2);   /* a1 (due that day) and c1 */
	mbo_goal_list_free(v, n);
	flt.from = fx_day("2027-03-31");
	flt.to = MBO_DAY_NONE;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].id, a2);
	mbo_goal_list_free(v, n);
	flt.from = MBO_DAY_NONE;
	flt.to = fx_day("2026-10-01");
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].id, c1);
	mbo_goal_list_free(v, n);

	/* Parent. */
	mbo_goal_filter_init(&flt);
	flt.team_of = t.mgr;
	flt.parent_id = team_goal;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].id, c1);
	assert_int_equal(v[1].id, c2);
	mbo_goal_list_free(v, n);
	/* A parent that does not exist is not found, not an empty list. */
	flt.parent_id = 99999999;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_ENOTFOUND);
	assert_string_equal(mbo_errmsg(f->m), "parent: no goal with id 99999999; see `mbo goal list`");
	assert_int_equal(n, 0);
	/* A metric is known when a goal measures it; a typo is not found, bad
	 * text is refused as text. */
	assert_int_equal(mbo_metric_known(f->m, "new_customers"), MBO_OK);
	assert_int_equal(mbo_metric_known(f->m, "new_customer"), MBO_ENOTFOUND);
	assert_string_equal(mbo_errmsg(f->m), "metric: no goal measures 'new_customer'; see the METRIC column of "
	                                      "mbo goal list");
	assert_int_equal(mbo_metric_known(f->m, "%"), MBO_ENOTFOUND);
	assert_int_equal(mbo_metric_known(f->m, "visits\xe2\x80\x8b"), MBO_EINVAL);
	assert_int_equal(mbo_metric_known(f->m, ""), MBO_EINVAL);

	/* A salesperson: their own by default; not the team, not others. */
	mbo_goal_filter_init(&flt);
	assert_int_equal(mbo_goal_list(f->m, t.ana, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 3);
	mbo_goal_list_free(v, n);
	flt.team_of = t.mgr;
	v = (mbo_goal *)&flt;
	assert_int_equal(mbo_goal_list(f->m, t.ana, &flt, &v, &n), MBO_EPERM);
	assert_null(v);
	assert_int_equal(n, 0);
	flt.team_of = 0;
	flt.owner_id = t.ben;
	assert_int_equal(mbo_goal_list(f->m, t.ana, &flt, &v, &n), MBO_EPERM);
	flt.owner_id = t.zed;
	assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_EPERM);
	/* Nothing matches: an empty list, not an error. */
	mbo_goal_filter_init(&flt);
	flt.owner_id = t.ana;
	flt.status = MBO_GOAL_ACHIEVED;
	assert_int_equal(mbo_goal_list(f->m, t.ana, &flt, &v, &n), MBO_OK);
	assert_int_equal(n, 0);
	mbo_goal_list_free(v, n);

	/* One at a time: the same goals in the same order as the array, the
	 * callback may use the core, and its nonzero return stops the list. */
	{
		struct each_seen s;
		size_t i;

		memset(&s, 0, sizeof s);
		s.f = f;
		s.actor = t.mgr;
		mbo_goal_filter_init(&flt);
		flt.owner_id = t.ana;
		assert_int_equal(mbo_goal_each(f->m, t.mgr, &flt, each_goal, &s), MBO_OK);
		assert_int_equal(mbo_goal_list(f->m, t.mgr, &flt, &v, &n), MBO_OK);
		assert_int_equal(n, 3);   /* ana's: the loops below are not empty */
		assert_int_equal(s.n, n);
		for (i = 0; i < n; i++)
			assert_int_equal(s.ids[i], v[i].id);
		assert_int_equal(s.nested, n * n);
		mbo_goal_list_free(v, n);
		memset(&s, 0, sizeof s);
		s.f = f;
		s.actor = t.mgr;
		flt.owner_id = 0;
		flt.team_of = t.mgr;
		assert_int_equal(mbo_goal_each(f->m, t.mgr, &flt, each_goal, &s), 77);
		assert_int_equal(s.n, 4);
		flt.team_of = t.omgr;
		assert_int_equal(mbo_goal_each(f->m, t.mgr, &flt, each_goal, &s), MBO_EPERM);
	}
}

static void test_close(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t g1, g2, g3, p1, p2;

	make_team(f, &t);
	g1 = add_goal(f, t.mgr, t.ana, "Sign 5 new customers in Q4", MBO_OK);
	g2 = add_goal(f, t.mgr, t.ana, "Visit 30 customers in Q4", MBO_OK);
	g3 = add_goal(f, t.mgr, t.ben, "Make 200 calls in Q4", MBO_OK);

	/* A reason and a closing status are required. */
	assert_int_equal(mbo_goal_close(f->m, t.mgr, g1, MBO_GOAL_ACHIEVED, ""), MBO_EINVAL);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, g1, MBO_GOAL_ACHIEVED, NULL), MBO_EINVAL);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, g1, MBO_GOAL_ACTIVE, "why not"), MBO_EINVAL);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, g1, MBO_GOAL_REJECTED, "why not"), MBO_EINVAL);
	/* The owner with a manager may not close an active goal; others neither. */
	assert_int_equal(mbo_goal_close(f->m, t.ana, g1, MBO_GOAL_ACHIEVED, "done it"), MBO_EPERM);
	assert_int_equal(mbo_goal_close(f->m, t.ben, g1, MBO_GOAL_CANCELLED, "not yours"), MBO_EPERM);
	assert_int_equal(status_of(f, g1), MBO_GOAL_ACTIVE);

	assert_int_equal(mbo_goal_close(f->m, t.mgr, g1, MBO_GOAL_ACHIEVED, "Signed 6"), MBO_OK);
	assert_int_equal(status_of(f, g1), MBO_GOAL_ACHIEVED);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, g2, MBO_GOAL_MISSED, "Only 22 visits"), MBO_OK);
	assert_int_equal(status_of(f, g2), MBO_GOAL_MISSED);
	assert_int_equal(mbo_goal_close(f->m, f->admin, g3, MBO_GOAL_CANCELLED, "Territory merged"), MBO_OK);
	assert_int_equal(status_of(f, g3), MBO_GOAL_CANCELLED);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ben, g3, &g), MBO_OK);
	assert_string_equal(g.status_reason, "Territory merged");
	mbo_goal_clear(&g);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM revision WHERE field = 'status' AND old_value = 'active' "
	                           "AND new_value = 'missed' AND reason = 'Only 22 visits'"), 1);
	/* Closed is final. */
	assert_int_equal(mbo_goal_close(f->m, t.mgr, g1, MBO_GOAL_MISSED, "changed my mind"), MBO_EINVAL);
	assert_int_equal(status_of(f, g1), MBO_GOAL_ACHIEVED);

	/* An owner may withdraw their own proposal, but not mark it achieved. */
	p1 = add_goal(f, t.ana, 0, "Sign 7 new customers in Q4", MBO_OK);
	assert_int_equal(mbo_goal_close(f->m, t.ben, p1, MBO_GOAL_CANCELLED, "not mine"), MBO_EPERM);
	assert_true(mbo_goal_close(f->m, t.ana, p1, MBO_GOAL_ACHIEVED, "done already") != MBO_OK);
	assert_int_equal(status_of(f, p1), MBO_GOAL_PROPOSED);
	assert_int_equal(mbo_goal_close(f->m, t.ana, p1, MBO_GOAL_CANCELLED, "Duplicate of goal 1"), MBO_OK);
	assert_int_equal(status_of(f, p1), MBO_GOAL_CANCELLED);
	/* A manager closes a proposal only as cancelled. */
	p2 = add_goal(f, t.ana, 0, "Sign 9 new customers in Q4", MBO_OK);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, p2, MBO_GOAL_ACHIEVED, "sure"), MBO_EINVAL);
	assert_int_equal(status_of(f, p2), MBO_GOAL_PROPOSED);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, p2, MBO_GOAL_CANCELLED, "Not this year"), MBO_OK);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, 9999, MBO_GOAL_CANCELLED, "gone"), MBO_ENOTFOUND);
}

/* History written as given (mbo_goal_write_created_at, the demo's): the
 * creation time is the caller's, inside the caller's change. */
static void test_write_created_at(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t id;
	char sql[128];

	make_team(f, &t);
	id = add_goal(f, t.mgr, t.ana, "Sign 5 new customers in Q4", MBO_OK);
	assert_int_equal(mbo_change_begin(f->m, t.mgr, "history"), MBO_OK);
	assert_int_equal(mbo_goal_write_created_at(f->m, id, "2026-09-29T01:30:00Z"), MBO_OK);
	assert_int_equal(mbo_change_commit(f->m), MBO_OK);
	snprintf(sql, sizeof sql, "SELECT created_at = '2026-09-29T01:30:00Z' FROM goal WHERE id = %lld",
	         (long long)id);
	assert_int_equal(fx_int(f, sql), 1);
	assert_int_equal(mbo_undo_last(f->m, t.mgr, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, sql), 0);
}

static void test_children_total(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	mbo_dec sum = -1;
	size_t cnt = 99;
	int64_t parent, id = 0, c3;
	static const char *const targets[] = { "30", "30.25", "39.75" };
	int i;

	make_team(f, &t);
	parent = add_goal(f, t.mgr, 0, "Team: 100 new customers in Q4", MBO_OK);
	assert_int_equal(mbo_goal_children_total(f->m, parent, &sum, &cnt), MBO_OK);
	assert_int_equal(sum, 0);
	assert_int_equal(cnt, 0);
	for (i = 0; i < 3; i++) {
		fill(&g, i == 0 ? t.ana : t.ben, "Sign new customers for the team");
		g.target = fx_dec(targets[i]);
		g.parent_id = parent;
		assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
		mbo_goal_clear(&g);
	}
	c3 = id;
	/* A proposal under the parent counts too (not rejected or cancelled). */
	fill(&g, 0, "Sign 3 more customers for the team");
	g.target = MBO_DEC(3);
	g.parent_id = parent;
	assert_int_equal(mbo_goal_add(f->m, t.ana, &g, &id), MBO_OK);
	mbo_goal_clear(&g);
	assert_int_equal(mbo_goal_children_total(f->m, parent, &sum, &cnt), MBO_OK);
	assert_int_equal(sum, MBO_DEC(103));
	assert_int_equal(cnt, 4);
	/* Rejected and cancelled children drop out. */
	assert_int_equal(mbo_goal_reject(f->m, t.mgr, id, "Not needed"), MBO_OK);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, c3, MBO_GOAL_CANCELLED, "Moved to Q1"), MBO_OK);
	assert_int_equal(mbo_goal_children_total(f->m, parent, &sum, &cnt), MBO_OK);
	assert_int_equal(sum, fx_dec("60.25"));
	assert_int_equal(cnt, 2);
}

static void test_chinese_round_trip(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id = 0;
	const char *title = "签约5个新客户（第四季度）";
	const char *desc = "重点客户：华东区\n第二行说明";

	make_team(f, &t);
	fill(&g, t.ana, title);
	g.description = strdup(desc);
	snprintf(g.metric, sizeof g.metric, "新客户");
	snprintf(g.unit, sizeof g.unit, "家");
	snprintf(g.kpi, sizeof g.kpi, "季度新客户数");
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
	mbo_goal_clear(&g);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_string_equal(g.title, title);
	assert_string_equal(g.description, desc);
	assert_string_equal(g.metric, "新客户");
	assert_string_equal(g.unit, "家");
	assert_string_equal(g.kpi, "季度新客户数");
	assert_int_equal(g.baseline, MBO_DEC(2));
	assert_int_equal(g.target, MBO_DEC(5));
	assert_int_equal(g.start, fx_day("2026-10-01"));
	assert_int_equal(g.due, fx_day("2026-12-31"));
	assert_int_equal(g.kind, MBO_KIND_SUM);
	assert_int_equal(g.direction, MBO_DIR_UP);
	assert_int_equal(g.importance, 2);
	assert_int_equal(g.method, MBO_METHOD_SELF);
	mbo_goal_clear(&g);
}

static void test_all_fields_round_trip(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id = 0;

	make_team(f, &t);
	fill(&g, t.ana, "Cut churned customers to 3 in Q4");
	g.kind = MBO_KIND_LEVEL;
	g.direction = MBO_DIR_DOWN;
	g.baseline = MBO_DEC(8);
	g.target = MBO_DEC(3);
	g.importance = 3;
	g.urgency = 1;
	g.weight = fx_dec("1.5");
	g.method = MBO_METHOD_BENCHMARK;
	snprintf(g.metric, sizeof g.metric, "churned_customers");
	assert_int_equal(mbo_goal_add(f->m, t.mgr, &g, &id), MBO_OK);
	mbo_goal_clear(&g);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.mgr, id, &g), MBO_OK);
	assert_int_equal(g.kind, MBO_KIND_LEVEL);
	assert_int_equal(g.direction, MBO_DIR_DOWN);
	assert_int_equal(g.baseline, MBO_DEC(8));
	assert_int_equal(g.target, MBO_DEC(3));
	assert_int_equal(g.importance, 3);
	assert_int_equal(g.urgency, 1);
	assert_int_equal(g.weight, fx_dec("1.5"));
	assert_int_equal(g.method, MBO_METHOD_BENCHMARK);
	assert_string_equal(g.kpi, "");
	assert_string_equal(g.description, "");
	assert_null(g.status_reason);
	assert_int_equal(g.parent_id, 0);
	mbo_goal_clear(&g);
}

static void test_get_permissions(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id;

	make_team(f, &t);
	id = add_goal(f, t.mgr, t.ana, "Sign 5 new customers in Q4", MBO_OK);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_get(f->m, t.mgr, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_get(f->m, t.ben, id, &g), MBO_EPERM);
	assert_null(g.title);
	assert_int_equal(mbo_goal_get(f->m, t.zed, id, &g), MBO_EPERM);
	assert_int_equal(mbo_goal_get(f->m, t.ana, 9999, &g), MBO_ENOTFOUND);
	mbo_goal_clear(&g);
	/* The history is as private as the goal. */
	{
		mbo_revision *h;
		size_t n;
		assert_int_equal(mbo_goal_history(f->m, t.ben, id, &h, &n), MBO_EPERM);
	}
}

static void test_names(void **state)
{
	int i;

	(void)state;
	for (i = MBO_KIND_SUM; i <= MBO_KIND_LEVEL; i++)
		assert_int_equal(mbo_kind_parse(mbo_kind_name(i)), i);
	for (i = MBO_DIR_UP; i <= MBO_DIR_DOWN; i++)
		assert_int_equal(mbo_direction_parse(mbo_direction_name(i)), i);
	for (i = MBO_GOAL_PROPOSED; i <= MBO_GOAL_CANCELLED; i++)
		assert_int_equal(mbo_goal_status_parse(mbo_goal_status_name(i)), i);
	for (i = MBO_METHOD_SELF; i <= MBO_METHOD_KPI; i++)
		assert_int_equal(mbo_method_parse(mbo_method_name(i)), i);
	assert_string_equal(mbo_goal_status_name(MBO_GOAL_CANCELLED), "cancelled");
	assert_string_equal(mbo_kind_name(MBO_KIND_LEVEL), "level");
	assert_int_equal(mbo_kind_parse("total"), -1);
	assert_int_equal(mbo_direction_parse(NULL), -1);
	assert_int_equal(mbo_goal_status_parse("Active"), -1);
	assert_int_equal(mbo_method_parse(""), -1);
	assert_string_equal(mbo_goal_status_name(42), "?");
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

/* A child rolls up into its parent, so a parent must be the owner's own
 * goal, their direct manager's, or one the actor plans for: a manager
 * cannot lift their own boss's result by linking a member's goal to it. */
static void test_parent_rules(void **state)
{
	fx *f = *state;
	int64_t boss, mgr, sal, other, bossg, mgrg, otherg, id = 0;
	mbo_goal g;

	boss = fx_person(f, "boss", "manager", NULL);
	mgr = fx_person(f, "mgr", "manager", "boss");
	sal = fx_person(f, "sal", "sales", "mgr");
	other = fx_person(f, "other", "manager", NULL);
	bossg = add_goal(f, boss, 0, "Region: 500 new customers in Q4", MBO_OK);
	mgrg = add_goal(f, boss, mgr, "Team: 100 new customers in Q4", MBO_OK);
	otherg = add_goal(f, other, 0, "Other region: 300 new customers", MBO_OK);

	fill(&g, sal, "Sign 5 new customers in Q4");
	g.parent_id = bossg;
	assert_int_equal(mbo_goal_add(f->m, mgr, &g, &id), MBO_EPERM);
	assert_non_null(strstr(mbo_errmsg(f->m), "parent:"));
	g.parent_id = otherg;
	assert_int_equal(mbo_goal_add(f->m, boss, &g, &id), MBO_EPERM);   /* cannot read it */
	assert_int_equal(mbo_goal_add(f->m, f->admin, &g, &id), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "not sal's manager"));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal g JOIN person p ON p.id = g.owner_id WHERE p.login = 'sal'"), 0);

	/* The boss plans for the whole region; the manager for the team goal. */
	g.parent_id = bossg;
	assert_int_equal(mbo_goal_add(f->m, boss, &g, &id), MBO_OK);
	g.parent_id = mgrg;
	assert_int_equal(mbo_goal_add(f->m, mgr, &g, &id), MBO_OK);
	/* The salesperson proposes a goal serving the manager's team goal. */
	assert_int_equal(mbo_goal_add(f->m, sal, &g, &id), MBO_OK);
	assert_int_equal(g.status, MBO_GOAL_PROPOSED);
	/* A closed parent takes no new children. */
	assert_int_equal(mbo_goal_close(f->m, boss, mgrg, MBO_GOAL_CANCELLED, "merged"), MBO_OK);
	assert_int_equal(mbo_goal_add(f->m, mgr, &g, &id), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "is cancelled"));
	mbo_goal_clear(&g);
	(void)sal;
}

/* Who may revise, asked before a form opens: the owner while it is their
 * proposal, the manager while proposed or active, nobody once closed. */
static void test_may_revise(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id;

	make_team(f, &t);
	id = add_goal(f, t.ana, 0, "Sign 5 new customers in Q4", MBO_OK);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_revise(f->m, t.ana, &g), MBO_OK);       /* her proposal */
	assert_int_equal(mbo_goal_may_revise(f->m, t.mgr, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_revise(f->m, t.ben, &g), MBO_EPERM);
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, id), MBO_OK);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_revise(f->m, t.ana, &g), MBO_EPERM);    /* active now */
	assert_int_equal(mbo_goal_may_revise(f->m, t.mgr, &g), MBO_OK);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, id, MBO_GOAL_ACHIEVED, "done"), MBO_OK);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_revise(f->m, t.mgr, &g), MBO_EINVAL);
	mbo_goal_clear(&g);
}

/* Who may close, asked before the UI offers it: the owner only to withdraw
 * their proposal, the manager while proposed (as cancelled) or active,
 * nobody once closed. */
static void test_may_close(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_goal g;
	int64_t id;

	make_team(f, &t);
	id = add_goal(f, t.ana, 0, "Sign 5 new customers in Q4", MBO_OK);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_close(f->m, t.ana, &g, MBO_GOAL_CANCELLED), MBO_OK);   /* withdraw */
	assert_int_equal(mbo_goal_may_close(f->m, t.ana, &g, MBO_GOAL_ACHIEVED), MBO_EPERM);
	assert_int_equal(mbo_goal_may_close(f->m, t.mgr, &g, MBO_GOAL_CANCELLED), MBO_OK);
	assert_int_equal(mbo_goal_may_close(f->m, t.mgr, &g, MBO_GOAL_MISSED), MBO_EINVAL);  /* still proposed */
	assert_int_equal(mbo_goal_may_close(f->m, t.ben, &g, MBO_GOAL_CANCELLED), MBO_EPERM);
	/* Deciding a proposal: her manager may, she and a colleague may not. */
	assert_int_equal(mbo_goal_may_decide(f->m, t.mgr, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_decide(f->m, t.ana, &g), MBO_EPERM);
	assert_int_equal(mbo_goal_may_decide(f->m, t.ben, &g), MBO_EPERM);
	assert_int_equal(mbo_goal_approve(f->m, t.mgr, id), MBO_OK);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_decide(f->m, t.mgr, &g), MBO_EINVAL);   /* no longer proposed */
	assert_int_equal(mbo_goal_may_close(f->m, t.ana, &g, MBO_GOAL_CANCELLED), MBO_EPERM); /* active now */
	assert_int_equal(mbo_goal_may_close(f->m, t.mgr, &g, MBO_GOAL_MISSED), MBO_OK);
	assert_int_equal(mbo_goal_close(f->m, t.mgr, id, MBO_GOAL_ACHIEVED, "done"), MBO_OK);
	assert_int_equal(mbo_goal_get(f->m, t.ana, id, &g), MBO_OK);
	assert_int_equal(mbo_goal_may_close(f->m, t.mgr, &g, MBO_GOAL_CANCELLED), MBO_EINVAL);
	mbo_goal_clear(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_propose_approve),
		T(test_admin_approves),
		T(test_reject),
		T(test_approve_refused_by_smart),
		T(test_manager_creates_active),
		T(test_create_for_others_refused),
		T(test_revise),
		T(test_revise_own_proposal),
		T(test_validate),
		T(test_add_refuses_invalid),
		T(test_list_filters),
		T(test_close),
		T(test_write_created_at),
		T(test_children_total),
		T(test_parent_rules),
		T(test_may_revise),
		T(test_may_close),
		T(test_chinese_round_trip),
		T(test_all_fields_round_trip),
		T(test_get_permissions),
		cmocka_unit_test(test_names),
	};

	setenv("MBO_TODAY", "2026-11-27", 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
