/*
 * test_perm_matrix.c: the permission matrix of docs/permissions.md, cell by
 * cell, through the core's real entry points (not only mbo_perm_check):
 * every action, for each role (a salesperson, a manager, an admin, and a
 * manager with no manager above them), against a subject in each relation
 * (themselves, someone in their subtree, one of their own managers, someone
 * elsewhere). An allowed cell must succeed; a refused one must return
 * MBO_EPERM with a message and write nothing. Deactivating people, which
 * changes the org tree under the other cells, has its own test
 * (test_person_active).
 *
 * The org tree:
 *
 *   boss (manager, no manager)
 *    ├ mgr (manager)
 *    │  ├ s1 (sales)
 *    │  │  ├ s1sub (sales)
 *    │  │  │  └ s1subsub (sales)
 *    │  │  └ s1sub2 (sales)
 *    │  ├ s2 (sales)
 *    │  └ adm2 (admin)
 *    │     ├ adm2sub (sales)
 *    │     │  └ adm2subsub (sales)
 *    │     └ adm2sub2 (sales)
 *    └ mgr2 (manager)
 *   omgr (manager)
 *    ├ other (sales)
 *    │  └ otherr (sales)
 *    └ other2 (sales)
 *
 * Every subject has someone reporting to them (for cascades) and a peer
 * (for requests of peer feedback).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "internal.h"
#include "mbo/alert.h"
#include "mbo/calendar.h"
#include "mbo/checkin.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/plan.h"
#include "mbo/setting.h"
#include "mbo/task.h"

#define PERIOD "2026-Q4"

struct org {
	int64_t boss, mgr, mgr2, s1, s1sub, s1subsub, s1sub2, s2, adm2, adm2sub, adm2subsub, adm2sub2;
	int64_t omgr, other, otherr, other2;
};

struct ctx {
	fx *f;
	struct org o;
	int serial;
};

static void make_org(fx *f, struct org *o)
{
	o->boss = fx_person(f, "boss", "manager", NULL);
	o->mgr = fx_person(f, "mgr", "manager", "boss");
	o->mgr2 = fx_person(f, "mgr2", "manager", "boss");
	o->s1 = fx_person(f, "s1", "sales", "mgr");
	o->s1sub = fx_person(f, "s1sub", "sales", "s1");
	o->s1subsub = fx_person(f, "s1subsub", "sales", "s1sub");
	o->s1sub2 = fx_person(f, "s1sub2", "sales", "s1");
	o->s2 = fx_person(f, "s2", "sales", "mgr");
	o->adm2 = fx_person(f, "adm2", "admin", "mgr");
	o->adm2sub = fx_person(f, "adm2sub", "sales", "adm2");
	o->adm2subsub = fx_person(f, "adm2subsub", "sales", "adm2sub");
	o->adm2sub2 = fx_person(f, "adm2sub2", "sales", "adm2");
	o->omgr = fx_person(f, "omgr", "manager", NULL);
	o->other = fx_person(f, "other", "sales", "omgr");
	o->otherr = fx_person(f, "otherr", "sales", "other");
	o->other2 = fx_person(f, "other2", "sales", "omgr");
}

/* Someone with the same manager as `who` (any person for one without a
 * manager: the request is refused before the peer is looked at). */
static int64_t peer_of(const struct org *o, int64_t who)
{
	if (who == o->s1 || who == o->adm2)
		return o->s2;
	if (who == o->s1sub)
		return o->s1sub2;
	if (who == o->mgr)
		return o->mgr2;
	if (who == o->adm2sub)
		return o->adm2sub2;
	if (who == o->other)
		return o->other2;
	return o->other2;
}

/* A goal of `owner` that passes every SMART letter, with `status`. */
static int64_t goal_of(struct ctx *c, int64_t owner, const char *status)
{
	char sql[1024];

	snprintf(sql, sizeof sql,
	         "INSERT INTO goal(owner_id, title, description, metric, unit, kpi, target, start_day, "
	         "due_day, status, created_by, created_at) VALUES (%lld, 'Revenue from new accounts, "
	         "case %d', 'Our part of the regional revenue plan for the quarter', 'revenue', 'CNY', "
	         "'revenue', 10000000, '2026-10-01', '2026-12-31', '%s', %lld, '2026-10-01T00:00:00Z')",
	         (long long)owner, ++c->serial, status, (long long)c->f->admin);
	fx_sql(c->f, sql);
	return sqlite3_last_insert_rowid(mbo_sqlite(c->f->m));
}

static int64_t task_of(struct ctx *c, int64_t goal, int64_t assignee)
{
	char sql[512];

	snprintf(sql, sizeof sql,
	         "INSERT INTO task(goal_id, title, assignee_id, created_by, created_at) VALUES "
	         "(%lld, 'Call the five largest accounts', %lld, %lld, '2026-10-01T00:00:00Z')",
	         (long long)goal, (long long)assignee, (long long)c->f->admin);
	fx_sql(c->f, sql);
	return sqlite3_last_insert_rowid(mbo_sqlite(c->f->m));
}

/* ---- the actions, each as the core's entry point runs it ---- */

/* What a cell needs before the call: made first, so that the call's own
 * writes can be counted. */
enum prep {
	P_NONE,
	P_ACTIVE,      /* an active goal of the subject */
	P_PROPOSED,    /* a proposed goal of the subject */
	P_CHECKED,     /* an active goal of the subject with a check-in */
	P_TASK,        /* a task on an active goal of the subject, assigned to them */
	P_TASK_MINE,   /* a task on an active goal of the subject, assigned to the actor */
};

static int64_t prepare(struct ctx *c, enum prep p, int64_t actor, int64_t subject)
{
	int64_t g;

	switch (p) {
	case P_NONE:
		return 0;
	case P_ACTIVE:
		return goal_of(c, subject, "active");
	case P_PROPOSED:
		return goal_of(c, subject, "proposed");
	case P_CHECKED:
		g = goal_of(c, subject, "active");
		fx_checkin(c->f, g, "2026-11-02", "5");
		return g;
	case P_TASK:
		return task_of(c, goal_of(c, subject, "active"), subject);
	case P_TASK_MINE:
		return task_of(c, goal_of(c, subject, "active"), actor);
	}
	return 0;
}

static int do_read_goal(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	mbo_goal g;
	int rc;

	(void)subject;
	mbo_goal_init(&g);
	rc = mbo_goal_get(c->f->m, actor, id, &g);
	mbo_goal_clear(&g);
	return rc;
}

static int list(struct ctx *c, int64_t actor, int64_t owner, int64_t team_of)
{
	mbo_goal_filter flt;
	mbo_goal *v = NULL;
	size_t n = 0;
	int rc;

	mbo_goal_filter_init(&flt);
	flt.owner_id = owner;
	flt.team_of = team_of;
	rc = mbo_goal_list(c->f->m, actor, &flt, &v, &n);
	if (rc == MBO_OK && n == 0)
		rc = -1;   /* allowed, yet the goal made for it is missing */
	mbo_goal_list_free(v, n);
	return rc;
}

static int do_list_goals(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return list(c, actor, subject, 0);
}

static int do_list_team(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return list(c, actor, 0, subject);
}

static int do_read_checkins(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	mbo_checkin *v = NULL;
	size_t n = 0;
	int rc;

	(void)subject;
	rc = mbo_checkin_list(c->f->m, actor, id, 0, &v, &n);
	mbo_checkin_list_free(v, n);
	return rc;
}

static int do_alerts(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	mbo_alert *v = NULL;
	size_t n = 0;
	int rc;

	(void)id;
	rc = mbo_alerts(c->f->m, actor, subject, 0, fx_day("2026-11-27"), &v, &n);
	free(v);
	return rc;
}

static int do_goal_create(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	mbo_goal g;
	int rc;

	(void)id;
	mbo_goal_init(&g);
	g.owner_id = subject;
	g.title = mbo_strdup("Revenue from new accounts in the quarter");
	g.description = mbo_strdup("Our part of the regional revenue plan for the quarter");
	snprintf(g.metric, sizeof g.metric, "revenue");
	snprintf(g.unit, sizeof g.unit, "CNY");
	snprintf(g.kpi, sizeof g.kpi, "revenue");
	g.target = fx_dec("1000");
	g.start = fx_day("2026-10-01");
	g.due = fx_day("2026-12-31");
	rc = mbo_goal_add(c->f->m, actor, &g, NULL);
	mbo_goal_clear(&g);
	return rc;
}

static int do_approve(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_goal_approve(c->f->m, actor, id);
}

static int do_reject(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_goal_reject(c->f->m, actor, id, "not this quarter");
}

static int do_revise(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	mbo_goal_change ch;

	(void)subject;
	memset(&ch, 0, sizeof ch);
	ch.set_target = true;
	ch.target = fx_dec("1100");
	ch.reason = "a larger account came in";
	return mbo_goal_revise(c->f->m, actor, id, &ch);
}

static int do_close(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_goal_close(c->f->m, actor, id, MBO_GOAL_CANCELLED, "the account closed");
}

static int do_checkin(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_checkin_add(c->f->m, actor, id, fx_day("2026-11-27"), fx_dec("3"), "a new account", NULL);
}

static int do_task_add(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_task_add(c->f->m, actor, id, "Visit the top accounts", MBO_DAY_NONE, 0, NULL);
}

static int do_task_done(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_task_done(c->f->m, actor, id, fx_day("2026-11-27"));
}

static int do_lesson(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_goal_add_lesson(c->f->m, actor, id, "Start the large accounts earlier", NULL);
}

static int do_split(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)subject;
	return mbo_goal_split(c->f->m, actor, id, MBO_SPAN_MONTH, false);
}

static int do_cascade(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	int64_t *ids = NULL;
	size_t n = 0;
	int rc = mbo_goal_cascade(c->f->m, actor, id, MBO_CASCADE_EVEN, NULL, 0, &ids, &n);

	(void)subject;
	free(ids);
	return rc;
}

static int rate(struct ctx *c, int64_t actor, int64_t subject, int relation)
{
	mbo_rating r;

	memset(&r, 0, sizeof r);
	r.relation = relation;
	r.quality = 4;
	r.growth = 3;
	r.teamwork = 5;
	r.rater_name = relation == MBO_EVAL_CUSTOMER ? "Acme Trading" : NULL;
	r.comment = "Reliable and quick to answer";
	return mbo_eval_rate(c->f->m, actor, subject, PERIOD, &r, NULL, NULL);
}

static int do_rate_self(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return rate(c, actor, subject, MBO_EVAL_SELF);
}

static int do_rate_superior(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return rate(c, actor, subject, MBO_EVAL_SUPERIOR);
}

static int do_rate_subordinate(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return rate(c, actor, subject, MBO_EVAL_SUBORDINATE);
}

static int do_rate_customer(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return rate(c, actor, subject, MBO_EVAL_CUSTOMER);
}

static int do_eval_request(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return mbo_eval_request(c->f->m, actor, subject, peer_of(&c->o, subject), PERIOD, NULL);
}

static int do_eval_summary(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	(void)id;
	return mbo_eval_summary(c->f->m, actor, subject, PERIOD, "A good quarter; more large accounts next");
}

static int do_eval_read(struct ctx *c, int64_t actor, int64_t subject, int64_t id)
{
	mbo_evaluation e;
	int rc = mbo_eval_compute(c->f->m, actor, subject, PERIOD, &e);

	(void)id;
	mbo_evaluation_free(&e);
	return rc;
}

/* ---- the matrix ---- */

enum { SALES, MANAGER, ADMIN, TOP, NROLES };
static const char *const role_names[NROLES] = {
	"sales", "manager", "admin", "manager without a manager",
};
/* Columns of each cell string. */
enum { C_SELF, C_SUB, C_MGR, C_ELSE, NCOLS };
static const char *const col_names[NCOLS] = { "self", "in my subtree", "one of my managers", "elsewhere" };

struct row {
	const char *action;
	enum prep prep;
	int (*run)(struct ctx *c, int64_t actor, int64_t subject, int64_t id);
	/* Per role, per column: 'Y' allowed, 'N' refused, '-' no such case. */
	const char *want[NROLES];
};

/* docs/permissions.md, "The matrix": the same rows in the same order. */
static const struct row matrix[] = {
	/*                                                           sales   manager admin   top */
	{ "read a goal", P_ACTIVE, do_read_goal,                   { "YYYN", "YYYN", "YYYY", "YY-N" } },
	{ "list goals (--owner)", P_ACTIVE, do_list_goals,         { "YYYN", "YYYN", "YYYY", "YY-N" } },
	{ "read check-ins", P_CHECKED, do_read_checkins,           { "YYYN", "YYYN", "YYYY", "YY-N" } },
	{ "alerts (--owner)", P_ACTIVE, do_alerts,                 { "YYYN", "YYYN", "YYYY", "YY-N" } },
	{ "list a team (--team)", P_ACTIVE, do_list_team,          { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "create a goal", P_NONE, do_goal_create,                 { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "approve a proposal", P_PROPOSED, do_approve,            { "NYNN", "NYNN", "YYYY", "NY-N" } },
	{ "reject a proposal", P_PROPOSED, do_reject,              { "NYNN", "NYNN", "YYYY", "NY-N" } },
	{ "revise an active goal", P_ACTIVE, do_revise,            { "NYNN", "NYNN", "YYYY", "YY-N" } },
	{ "close an active goal", P_ACTIVE, do_close,              { "NYNN", "NYNN", "YYYY", "YY-N" } },
	{ "revise a proposal", P_PROPOSED, do_revise,              { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "withdraw a proposal", P_PROPOSED, do_close,             { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "check in", P_ACTIVE, do_checkin,                        { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "add a task", P_ACTIVE, do_task_add,                     { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "tick a task", P_TASK, do_task_done,                     { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "tick a task assigned to me", P_TASK_MINE, do_task_done, { "Y-Y-", "Y-Y-", "Y-Y-", "Y---" } },
	{ "add a lesson", P_ACTIVE, do_lesson,                     { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "split into stages", P_ACTIVE, do_split,                 { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "cascade to the team", P_ACTIVE, do_cascade,             { "YYNN", "YYNN", "YYYY", "YY-N" } },
	{ "rate as self", P_NONE, do_rate_self,                    { "YNNN", "YNNN", "YNNN", "YN-N" } },
	{ "rate as superior", P_NONE, do_rate_superior,            { "NYNN", "NYNN", "NYNN", "NY-N" } },
	{ "rate as subordinate", P_NONE, do_rate_subordinate,      { "NNYN", "NNYN", "NNYN", "NN-N" } },
	{ "enter customer feedback", P_NONE, do_rate_customer,     { "YYNN", "YYNN", "YYNN", "YY-N" } },
	{ "ask a peer for feedback", P_NONE, do_eval_request,      { "NYNN", "NYNN", "YYYY", "NY-N" } },
	{ "write the evaluation summary", P_NONE, do_eval_summary, { "NYNN", "NYNN", "YYYY", "NY-N" } },
	{ "read the evaluation", P_NONE, do_eval_read,             { "YYNN", "YYNN", "YYYY", "YY-N" } },
};

static void actors_and_subjects(const struct org *o, int64_t actor[NROLES], int64_t subj[NROLES][NCOLS])
{
	actor[SALES] = o->s1;
	subj[SALES][C_SELF] = o->s1;
	subj[SALES][C_SUB] = o->s1sub;
	subj[SALES][C_MGR] = o->mgr;
	subj[SALES][C_ELSE] = o->other;
	actor[MANAGER] = o->mgr;
	subj[MANAGER][C_SELF] = o->mgr;
	subj[MANAGER][C_SUB] = o->s1;
	subj[MANAGER][C_MGR] = o->boss;
	subj[MANAGER][C_ELSE] = o->other;
	actor[ADMIN] = o->adm2;
	subj[ADMIN][C_SELF] = o->adm2;
	subj[ADMIN][C_SUB] = o->adm2sub;
	subj[ADMIN][C_MGR] = o->mgr;
	subj[ADMIN][C_ELSE] = o->other;
	actor[TOP] = o->boss;
	subj[TOP][C_SELF] = o->boss;
	subj[TOP][C_SUB] = o->mgr;
	subj[TOP][C_MGR] = 0;
	subj[TOP][C_ELSE] = o->other;
}

static int64_t changes(fx *f)
{
	return sqlite3_total_changes64(mbo_sqlite(f->m));
}

/* Runs one cell; returns 1 when it is wrong (after printing why). A refused
 * call must write nothing: the change counter of the connection, read
 * after the cell's objects were made, stays where it was. */
static int cell(struct ctx *c, const struct row *r, int role, int col, int64_t actor, int64_t subject)
{
	char want = r->want[role][col];
	int64_t id, before;
	int rc;

	if (want == '-')
		return 0;
	id = prepare(c, r->prep, actor, subject);
	before = changes(c->f);
	rc = r->run(c, actor, subject, id);
	if (want == 'Y' && rc != MBO_OK) {
		print_error("%s, %s on %s: got %d (%s), expected allowed\n", role_names[role], r->action,
		            col_names[col], rc, mbo_errmsg(c->f->m));
		return 1;
	}
	if (want == 'N' && rc != MBO_EPERM) {
		print_error("%s, %s on %s: got %d (%s), expected %d (permission denied)\n", role_names[role],
		            r->action, col_names[col], rc, rc ? mbo_errmsg(c->f->m) : "allowed", MBO_EPERM);
		return 1;
	}
	if (want == 'N' && mbo_errmsg(c->f->m)[0] == '\0') {
		print_error("%s, %s on %s: refused without a message\n", role_names[role], r->action,
		            col_names[col]);
		return 1;
	}
	if (want == 'N' && changes(c->f) != before) {
		print_error("%s, %s on %s: refused, yet %lld rows were written\n", role_names[role], r->action,
		            col_names[col], (long long)(changes(c->f) - before));
		return 1;
	}
	return 0;
}

static void test_matrix(void **state)
{
	struct ctx c = { .f = *state };
	int64_t actor[NROLES], subj[NROLES][NCOLS];
	size_t r;
	int role, col, failures = 0, cells = 0;

	make_org(c.f, &c.o);
	actors_and_subjects(&c.o, actor, subj);
	for (r = 0; r < sizeof matrix / sizeof matrix[0]; r++) {
		for (role = 0; role < NROLES; role++) {
			assert_int_equal(strlen(matrix[r].want[role]), NCOLS);
			for (col = 0; col < NCOLS; col++) {
				if (matrix[r].want[role][col] != '-') {
					assert_true(subj[role][col] != 0);
					assert_int_equal(mbo_relation(c.f->m, actor[role], subj[role][col]),
					                 col == C_SELF ? MBO_REL_SELF : col == C_SUB ? MBO_REL_ABOVE
					                 : col == C_MGR ? MBO_REL_BELOW : MBO_REL_OTHER);
					cells++;
				}
				failures += cell(&c, &matrix[r], role, col, actor[role], subj[role][col]);
			}
		}
	}
	print_message("%d cells of %zu actions checked\n", cells, sizeof matrix / sizeof matrix[0]);
	assert_int_equal(failures, 0);
}

/* The actions with no subject: people, settings and the calendar are the
 * admin's, whatever the tree says. */
static void test_admin_only(void **state)
{
	fx *f = *state;
	struct org o;
	int64_t actor[NROLES], subj[NROLES][NCOLS];
	int role, want;
	int64_t id = 0;
	char login[32];

	make_org(f, &o);
	actors_and_subjects(&o, actor, subj);
	for (role = 0; role < NROLES; role++) {
		want = role == ADMIN ? MBO_OK : MBO_EPERM;
		snprintf(login, sizeof login, "new%d", role);
		assert_int_equal(mbo_person_add(f->m, actor[role], login, "New Person", MBO_ROLE_SALES, "s2", &id),
		                 want);
		assert_int_equal(mbo_person_set_manager(f->m, actor[role], o.other2, "omgr"), want);
		assert_int_equal(mbo_setting_set(f->m, actor[role], "pace.on_track", "0.95"), want);
		assert_int_equal(mbo_calendar_set(f->m, actor[role], fx_day("2026-12-24"), MBO_DAY_HOLIDAY,
		                                  "Christmas Eve"), want);
		assert_int_equal(mbo_calendar_unset(f->m, actor[role], fx_day("2026-12-24")), want);
		assert_int_equal(mbo_perm_check(f->m, actor[role], MBO_ACT_ADMIN, 0), want);
	}
	/* The bootstrap admin, with no manager, too. */
	assert_int_equal(mbo_setting_set(f->m, f->admin, "pace.on_track", "0.9"), MBO_OK);
}

/*
 * docs/permissions.md, the last row and note 5: deactivate or reactivate a
 * person (mbo_person_set_active), per role and relation. 'Y' allowed: the
 * deactivation and then the reactivation succeed (the subject's own
 * reports are first moved one level up, within the same subtree, since
 * someone with active reports is not deactivated); 'R' allowed by the
 * permission but refused by that rule (exit 3; one's own manager always
 * has a report on the way down to oneself); 'N' refused (exit 5) both ways.
 * Nothing is written by a refusal.
 */
static void test_person_active(void **state)
{
	fx *f = *state;
	struct org o;
	int64_t actor[NROLES], subj[NROLES][NCOLS], *ids = NULL, before;
	static const char *const want[NROLES] = { "NNNN", "NNNN", "NYRY", "NN-N" };
	mbo_person s;
	size_t n = 0, i;
	int role, col, failures = 0, rc;

	make_org(f, &o);
	actors_and_subjects(&o, actor, subj);
	for (role = 0; role < NROLES; role++) {
		for (col = 0; col < NCOLS; col++) {
			char w = want[role][col];
			int64_t who = subj[role][col];

			if (w == '-')
				continue;
			assert_int_equal(mbo_person_get(f->m, who, &s), MBO_OK);
			if (w == 'Y') {
				/* Move the subject's reports up to their manager. */
				assert_int_equal(mbo_person_reports(f->m, who, &ids, &n), MBO_OK);
				for (i = 0; i < n; i++)
					assert_int_equal(mbo_person_set_manager(f->m, f->admin, ids[i],
					                                        s.manager_id ? s.manager : NULL), MBO_OK);
				free(ids);
				assert_int_equal(mbo_relation(f->m, actor[role], who),
				                 col == C_SUB ? MBO_REL_ABOVE : MBO_REL_OTHER);
			}
			before = sqlite3_total_changes64(mbo_sqlite(f->m));
			rc = mbo_person_set_active(f->m, actor[role], who, false, MBO_DEACTIVATE_CLOSE_GOALS, NULL,
			                           NULL);
			if (rc != (w == 'Y' ? MBO_OK : w == 'R' ? MBO_EINVAL : MBO_EPERM) ||
			    (w != 'Y' && (mbo_errmsg(f->m)[0] == '\0' ||
			                  sqlite3_total_changes64(mbo_sqlite(f->m)) != before))) {
				print_error("%s, deactivate on %s: got %d (%s), expected %c\n", role_names[role],
				            col_names[col], rc, rc ? mbo_errmsg(f->m) : "allowed", w);
				failures++;
			}
			if (w == 'R' && strstr(mbo_errmsg(f->m), "direct report") == NULL) {
				print_error("%s, deactivate on %s: refused for another reason: %s\n",
				            role_names[role], col_names[col], mbo_errmsg(f->m));
				failures++;
			}
			/* Back: reactivating is the same permission. */
			if (rc == MBO_OK) {
				rc = mbo_person_set_active(f->m, actor[role], who, true, 0, NULL, NULL);
				if (rc != MBO_OK) {
					print_error("%s, reactivate on %s: got %d (%s)\n", role_names[role],
					            col_names[col], rc, mbo_errmsg(f->m));
					failures++;
				}
			} else if (w == 'N') {
				before = sqlite3_total_changes64(mbo_sqlite(f->m));
				rc = mbo_person_set_active(f->m, actor[role], who, true, 0, NULL, NULL);
				if (rc != MBO_EPERM || sqlite3_total_changes64(mbo_sqlite(f->m)) != before) {
					print_error("%s, reactivate on %s: got %d, expected permission denied\n",
					            role_names[role], col_names[col], rc);
					failures++;
				}
			}
		}
	}
	/* And refused for an inactive subject the permission would allow:
	 * reactivation stays an admin's. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, o.s2, false, 0, NULL, NULL), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, o.mgr, o.s2, true, 0, NULL, NULL), MBO_EPERM);
	assert_int_equal(mbo_person_set_active(f->m, o.adm2, o.s2, true, 0, NULL, NULL), MBO_OK);
	assert_int_equal(failures, 0);
}

/* Peer feedback needs a request from a manager above the subject. */
static void test_peer_feedback(void **state)
{
	fx *f = *state;
	struct org o;
	mbo_rating r;

	make_org(f, &o);
	memset(&r, 0, sizeof r);
	r.relation = MBO_EVAL_PEER;
	r.quality = r.growth = r.teamwork = 4;
	/* Not asked: refused, even for a peer. */
	assert_int_equal(mbo_eval_rate(f->m, o.s2, o.s1, PERIOD, &r, NULL, NULL), MBO_EPERM);
	/* A peer may not ask for themselves. */
	assert_int_equal(mbo_eval_request(f->m, o.s2, o.s1, o.s2, PERIOD, NULL), MBO_EPERM);
	assert_int_equal(mbo_eval_request(f->m, o.mgr, o.s1, o.s2, PERIOD, NULL), MBO_OK);
	assert_int_equal(mbo_eval_rate(f->m, o.s2, o.s1, PERIOD, &r, NULL, NULL), MBO_OK);
	/* Someone who is not a peer cannot be asked, nor rate as one. */
	assert_int_equal(mbo_eval_request(f->m, o.mgr, o.s1, o.s1sub, PERIOD, NULL), MBO_EINVAL);
	assert_int_equal(mbo_eval_rate(f->m, o.other, o.s1, PERIOD, &r, NULL, NULL), MBO_EPERM);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_matrix, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_admin_only, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_peer_feedback, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_person_active, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
