/*
 * goal.c: the records of goals: reading and listing them, their status
 * and closing, their history and lessons. Adding, approving and revising a
 * goal run the SMART check: those workflows are goal_edit.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "perm_priv.h"
#include "sql.h"
#include "goal_priv.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/text.h"
#include "mbo/undo.h"

static const char *const kind_names[] = { "sum", "level" };
static const char *const dir_names[] = { "up", "down" };
static const char *const status_names[] = { "proposed", "active", "achieved", "missed", "rejected", "cancelled" };
static const char *const method_names[] = { "self", "negotiated", "benchmark", "kpi" };

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

static int lookup(const char *const *names, int n, const char *s)
{
	int i;

	for (i = 0; s && i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

const char *mbo_kind_name(int v) { return v >= 0 && v < N(kind_names) ? kind_names[v] : "?"; }
const char *mbo_direction_name(int v) { return v >= 0 && v < N(dir_names) ? dir_names[v] : "?"; }
const char *mbo_goal_status_name(int v) { return v >= 0 && v < N(status_names) ? status_names[v] : "?"; }
const char *mbo_method_name(int v) { return v >= 0 && v < N(method_names) ? method_names[v] : "?"; }
int mbo_kind_parse(const char *s) { return lookup(kind_names, N(kind_names), s); }
int mbo_direction_parse(const char *s) { return lookup(dir_names, N(dir_names), s); }
int mbo_goal_status_parse(const char *s) { return lookup(status_names, N(status_names), s); }
int mbo_method_parse(const char *s) { return lookup(method_names, N(method_names), s); }

void mbo_goal_init(mbo_goal *g)
{
	memset(g, 0, sizeof *g);
	g->kind = MBO_KIND_SUM;
	g->direction = MBO_DIR_UP;
	g->weight = MBO_DEC(1);
	g->importance = 2;
	g->urgency = 2;
	g->method = MBO_METHOD_SELF;
	g->status = MBO_GOAL_PROPOSED;
	g->start = g->due = MBO_DAY_NONE;
}

void mbo_goal_clear(mbo_goal *g)
{
	free(g->title);
	free(g->description);
	free(g->status_reason);
	g->title = g->description = g->status_reason = NULL;
}

void mbo_goal_list_free(mbo_goal *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		mbo_goal_clear(&v[i]);
	free(v);
}

void mbo_goal_filter_init(mbo_goal_filter *f)
{
	memset(f, 0, sizeof *f);
	f->status = -1;
	f->from = f->to = MBO_DAY_NONE;
}

static int check_amount(mbo *m, const char *field, mbo_dec v)
{
	char buf[40];

	if (v > MBO_DEC_MAX || v < -MBO_DEC_MAX)
		return mbo_error(m, MBO_EINVAL, _("%s: %s is too large; the largest value is 1000000000000"),
		                 field, mbo_dec_format(v, 0, false, buf));
	return MBO_OK;
}

int mbo_goal_validate(mbo *m, const mbo_goal *g)
{
	char a[16], b[16];
	int rc;

	if ((rc = mbo_check_text(m, "title", g->title, 1, MBO_TITLE_MAX, false)) ||
	    (rc = mbo_check_text(m, "description", g->description, 0, MBO_DESC_MAX, true)) ||
	    (rc = mbo_check_text(m, "metric", g->metric, 1, MBO_METRIC_MAX, false)) ||
	    (rc = mbo_check_text(m, "unit", g->unit, 1, MBO_UNIT_MAX, false)) ||
	    (rc = mbo_check_text(m, "kpi", g->kpi, 0, MBO_KPI_MAX, false)))
		return rc;
	if (g->kind < 0 || g->kind > MBO_KIND_LEVEL)
		return mbo_error(m, MBO_EINVAL, _("kind: must be sum (check-ins add up) or level (the latest counts)"));
	if (g->direction < 0 || g->direction > MBO_DIR_DOWN)
		return mbo_error(m, MBO_EINVAL, _("direction: must be up (higher is better) or down"));
	if ((rc = check_amount(m, "target", g->target)) || (rc = check_amount(m, "baseline", g->baseline)))
		return rc;
	if (g->kind == MBO_KIND_SUM && g->target < 0)
		return mbo_error(m, MBO_EINVAL, _("target: a sum goal cannot have a negative target; give a "
		                                  "number of 0 or more"));
	if (g->kind == MBO_KIND_SUM && g->baseline < 0)
		return mbo_error(m, MBO_EINVAL, _("baseline: must not be negative for a sum goal"));
	if (g->weight <= 0 || g->weight > MBO_DEC(100))
		return mbo_error(m, MBO_EINVAL, _("weight: must be more than 0 and at most 100"));
	if (g->start == MBO_DAY_NONE)
		return mbo_error(m, MBO_EINVAL, _("start: missing; give the start date (YYYY-MM-DD)"));
	if (g->due == MBO_DAY_NONE)
		return mbo_error(m, MBO_EINVAL, _("due: missing; give the due date (YYYY-MM-DD)"));
	if (g->due <= g->start)
		return mbo_error(m, MBO_EINVAL, _("due: %s is not after the start %s; set a due date after the start"),
		                 mbo_day_format(g->due, a), mbo_day_format(g->start, b));
	if (g->importance < 1 || g->importance > 3)
		return mbo_error(m, MBO_EINVAL, _("importance: must be 1, 2 or 3"));
	if (g->urgency < 1 || g->urgency > 3)
		return mbo_error(m, MBO_EINVAL, _("urgency: must be 1, 2 or 3"));
	if (g->method < 0 || g->method > MBO_METHOD_KPI)
		return mbo_error(m, MBO_EINVAL, _("method: must be self, negotiated, benchmark or kpi"));
	return MBO_OK;
}

static int read_goal(sqlite3_stmt *st, mbo_goal *g)
{
	mbo_goal_init(g);
	g->id = sqlite3_column_int64(st, 0);
	g->owner_id = sqlite3_column_int64(st, 1);
	mbo_column_copy(st, 2, g->owner, sizeof g->owner);
	g->title = mbo_column_strdup(st, 3);
	g->description = mbo_column_strdup(st, 4);
	mbo_column_copy(st, 5, g->metric, sizeof g->metric);
	mbo_column_copy(st, 6, g->unit, sizeof g->unit);
	mbo_column_copy(st, 7, g->kpi, sizeof g->kpi);
	g->kind = mbo_kind_parse((const char *)sqlite3_column_text(st, 8));
	g->direction = mbo_direction_parse((const char *)sqlite3_column_text(st, 9));
	g->baseline = sqlite3_column_int64(st, 10);
	g->target = sqlite3_column_int64(st, 11);
	g->weight = sqlite3_column_int64(st, 12);
	g->start = mbo_column_day(st, 13);
	g->due = mbo_column_day(st, 14);
	g->importance = sqlite3_column_int(st, 15);
	g->urgency = sqlite3_column_int(st, 16);
	g->parent_id = sqlite3_column_int64(st, 17);
	g->method = mbo_method_parse((const char *)sqlite3_column_text(st, 18));
	g->status = mbo_goal_status_parse((const char *)sqlite3_column_text(st, 19));
	if (sqlite3_column_type(st, 20) != SQLITE_NULL)
		g->status_reason = mbo_column_strdup(st, 20);
	g->created_by = sqlite3_column_int64(st, 21);
	return g->title && g->description ? 0 : -1;
}

int mbo_goal_load(mbo *m, int64_t id, mbo_goal *out)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_GOAL_LOAD);
	int rc, bad = 0;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		mbo_goal_clear(out);
		bad = read_goal(st, out);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return bad ? mbo_error(m, MBO_EFAIL, _("out of memory")) : MBO_OK;
	if (rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading a goal"));
	return mbo_error(m, MBO_ENOTFOUND, _("no goal with id %lld; see `mbo goal list`"), (long long)id);
}

int mbo_goal_get(mbo *m, int64_t actor, int64_t id, mbo_goal *out)
{
	int rc = mbo_goal_load(m, id, out);

	if (rc)
		return rc;
	rc = mbo_perm_check(m, actor, MBO_ACT_READ, out->owner_id);
	if (rc) {
		mbo_goal_clear(out);
		return rc;
	}
	return MBO_OK;
}

int mbo_goal_title(mbo *m, int64_t id, char *buf, size_t cap)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT title FROM goal WHERE id = ?");
	int rc;

	buf[0] = '\0';
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		mbo_column_copy(st, 0, buf, cap);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading a goal's title"));
	return MBO_OK;
}

int mbo_revision_add(mbo *m, int64_t actor, int64_t goal, const char *field,
                     const char *old_value, const char *new_value, const char *reason)
{
	sqlite3_stmt *st = mbo_stmt(m, "INSERT INTO revision(goal_id, change_id, person_id, at, field, "
	                               "old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	char now[32];
	int64_t change = mbo_change_current(m);

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal);
	if (change)
		sqlite3_bind_int64(st, 2, change);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_int64(st, 3, actor);
	mbo_bind_text(st, 4, mbo_now_utc(now));
	mbo_bind_text(st, 5, field);
	mbo_bind_text(st, 6, old_value);
	mbo_bind_text(st, 7, new_value);
	mbo_bind_text(st, 8, reason ? reason : "");
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("saving the goal history"));
	return MBO_OK;
}

/* The first failing SMART finding as an error naming the letter. */
int mbo_goal_insert(mbo *m, int64_t actor, mbo_goal *g)
{
	sqlite3_stmt *st;
	char now[32];

	st = mbo_stmt(m, "INSERT INTO goal(owner_id, title, description, metric, unit, kind, direction, "
	                 "baseline, target, start_day, due_day, importance, urgency, weight, parent_id, kpi, "
	                 "method, status, created_by, created_at) "
	                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, g->owner_id);
	mbo_bind_text(st, 2, g->title);
	mbo_bind_text(st, 3, g->description);
	mbo_bind_text(st, 4, g->metric);
	mbo_bind_text(st, 5, g->unit);
	mbo_bind_text(st, 6, mbo_kind_name(g->kind));
	mbo_bind_text(st, 7, mbo_direction_name(g->direction));
	sqlite3_bind_int64(st, 8, g->baseline);
	sqlite3_bind_int64(st, 9, g->target);
	mbo_bind_day(st, 10, g->start);
	mbo_bind_day(st, 11, g->due);
	sqlite3_bind_int(st, 12, g->importance);
	sqlite3_bind_int(st, 13, g->urgency);
	sqlite3_bind_int64(st, 14, g->weight);
	if (g->parent_id)
		sqlite3_bind_int64(st, 15, g->parent_id);
	else
		sqlite3_bind_null(st, 15);
	mbo_bind_text(st, 16, g->kpi[0] ? g->kpi : NULL);
	mbo_bind_text(st, 17, mbo_method_name(g->method));
	mbo_bind_text(st, 18, mbo_goal_status_name(g->status));
	sqlite3_bind_int64(st, 19, actor);
	mbo_bind_text(st, 20, mbo_now_utc(now));
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("adding a goal"));
	g->id = sqlite3_last_insert_rowid(m->db);
	g->created_by = actor;
	return MBO_OK;
}

int mbo_goal_write_created_at(mbo *m, int64_t id, const char *at)
{
	sqlite3_stmt *st = mbo_stmt(m, "UPDATE goal SET created_at = ? WHERE id = ?");

	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, at);
	sqlite3_bind_int64(st, 2, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("dating a goal"));
	return MBO_OK;
}

/* One revised term: the UPDATE `sql` with the new value (text or number),
 * then its history entry. */
static int revise_field(mbo *m, int64_t actor, int64_t id, const char *sql, const char *field,
                        const char *old_text, const char *new_text, sqlite3_int64 ival,
                        const char *tval, const char *reason)
{
	sqlite3_stmt *st = mbo_stmt(m, sql);

	if (st == NULL)
		return MBO_EDB;
	if (tval)
		mbo_bind_text(st, 1, tval);
	else
		sqlite3_bind_int64(st, 1, ival);
	sqlite3_bind_int64(st, 2, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("revising a goal"));
	return mbo_revision_add(m, actor, id, field, old_text, new_text, reason);
}

int mbo_goal_write_terms(mbo *m, int64_t actor, const mbo_goal *g, const mbo_goal *after,
                         const char *reason, int *changes)
{
	char o[48], n[48];
	int rc = MBO_OK;
	int64_t id = g->id;

	if (after->target != g->target && ++*changes)
		rc = revise_field(m, actor, id, "UPDATE goal SET target = ? WHERE id = ?", "target",
		                  mbo_dec_format(g->target, 0, false, o), mbo_dec_format(after->target, 0, false, n),
		                  after->target, NULL, reason);
	if (rc == MBO_OK && after->start != g->start && ++*changes)
		rc = revise_field(m, actor, id, "UPDATE goal SET start_day = ? WHERE id = ?", "start",
		                  mbo_day_format(g->start, o), mbo_day_format(after->start, n), 0, n, reason);
	if (rc == MBO_OK && after->due != g->due && ++*changes)
		rc = revise_field(m, actor, id, "UPDATE goal SET due_day = ? WHERE id = ?", "due",
		                  mbo_day_format(g->due, o), mbo_day_format(after->due, n), 0, n, reason);
	if (rc == MBO_OK && after->weight != g->weight && ++*changes)
		rc = revise_field(m, actor, id, "UPDATE goal SET weight = ? WHERE id = ?", "weight",
		                  mbo_dec_format(g->weight, 0, false, o), mbo_dec_format(after->weight, 0, false, n),
		                  after->weight, NULL, reason);
	return rc;
}

/*
 * Steps the goal listing and hands each goal to fn. The statement is
 * prepared for this call, not taken from the cache, so that fn may call
 * the core (progress, even another listing) while it is stepping.
 */
static int goal_each_run(mbo *m, int64_t actor, const mbo_goal_filter *f, mbo_goal_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	int64_t *ids = NULL;
	size_t nids = 0;
	mbo_goal g;
	char *json;
	int rc;

	/* A parent that does not exist is not found, not an empty list. */
	if (f->parent_id) {
		mbo_goal_init(&g);
		rc = mbo_goal_load(m, f->parent_id, &g);
		mbo_goal_clear(&g);
		if (rc == MBO_ENOTFOUND)
			return mbo_error(m, rc, _("parent: no goal with id %lld; see `mbo goal list`"),
			                 (long long)f->parent_id);
		if (rc)
			return rc;
	}
	rc = mbo_scope_people(m, actor, f->owner_id, f->team_of, &ids, &nids);
	if (rc)
		return rc;
	json = mbo_ids_json(ids, nids);
	free(ids);
	if (json == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	if (sqlite3_prepare_v2(m->db, MBO_SQL_GOAL_LIST, -1, &st, NULL) != SQLITE_OK) {
		free(json);
		return mbo_dberr(m, _("preparing the goal listing"));
	}
	sqlite3_bind_text(st, 1, json, -1, free);
	mbo_bind_text(st, 2, f->status >= 0 ? mbo_goal_status_name(f->status) : NULL);
	mbo_bind_day(st, 3, f->from);
	mbo_bind_day(st, 4, f->to);
	if (f->parent_id)
		sqlite3_bind_int64(st, 5, f->parent_id);
	mbo_goal_init(&g);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int frc;

		if (read_goal(st, &g)) {
			mbo_goal_clear(&g);
			sqlite3_finalize(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		frc = fn(ctx, &g);
		mbo_goal_clear(&g);
		if (frc) {
			sqlite3_finalize(st);
			return frc;
		}
	}
	if (rc != SQLITE_DONE)
		rc = mbo_dberr(m, _("listing goals"));
	else
		rc = MBO_OK;
	sqlite3_finalize(st);
	return rc;
}

/* In one read transaction: see mbo_read_begin. */
int mbo_goal_each(mbo *m, int64_t actor, const mbo_goal_filter *f, mbo_goal_fn fn, void *ctx)
{
	bool tx = mbo_read_begin(m);
	int rc = goal_each_run(m, actor, f, fn, ctx);

	mbo_read_end(m, tx);
	return rc;
}

struct goal_vec {
	mbo *m;
	mbo_goal *v;
	size_t n, cap;
};

/* Moves a copy of g into the vector: the strings are duplicated, since
 * mbo_goal_each clears g after the call. */
static int goal_collect(void *ctx, const mbo_goal *g)
{
	struct goal_vec *gv = ctx;
	mbo_goal *q;

	if (gv->n == gv->cap && mbo_grow(&gv->v, &gv->cap, sizeof *gv->v))
		return mbo_error(gv->m, MBO_EFAIL, _("out of memory"));
	q = &gv->v[gv->n];
	*q = *g;
	q->title = strdup(g->title ? g->title : "");
	q->description = strdup(g->description ? g->description : "");
	q->status_reason = g->status_reason ? strdup(g->status_reason) : NULL;
	if (q->title == NULL || q->description == NULL || (g->status_reason && q->status_reason == NULL)) {
		mbo_goal_clear(q);
		return mbo_error(gv->m, MBO_EFAIL, _("out of memory"));
	}
	gv->n++;
	return MBO_OK;
}

int mbo_goal_list(mbo *m, int64_t actor, const mbo_goal_filter *f, mbo_goal **out, size_t *n)
{
	struct goal_vec gv = { m, NULL, 0, 0 };
	int rc = mbo_goal_each(m, actor, f, goal_collect, &gv);

	if (rc) {
		mbo_goal_list_free(gv.v, gv.n);
		gv.v = NULL;
		gv.n = 0;
	}
	*out = gv.v;
	*n = gv.n;
	return rc;
}

int mbo_goal_list_overlapping(mbo *m, int64_t owner, mbo_day first, mbo_day last, mbo_goal **out,
                              size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT " MBO_SQL_GOAL_COLS MBO_SQL_GOAL_FROM
	                               "WHERE g.owner_id = ?1 AND g.status IN ('active', 'achieved', 'missed') "
	                               "AND g.start_day <= ?3 AND g.due_day >= ?2 ORDER BY g.due_day, g.id");
	mbo_goal *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	mbo_bind_day(st, 2, first);
	mbo_bind_day(st, 3, last);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			rc = SQLITE_NOMEM;
			break;
		}
		if (read_goal(st, &v[cnt++])) {
			rc = SQLITE_NOMEM;
			break;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_goal_list_free(v, cnt);
		return rc == SQLITE_NOMEM ? mbo_error(m, MBO_EFAIL, _("out of memory"))
		                          : mbo_dberr(m, _("reading goals"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

/*
 * The goals of the reports, read with `st` (bound by the caller, columns
 * BRIEF_COLS) into *out: only what progress.c and a report need, so that a
 * report of 10,000 people does not copy descriptions it never shows.
 */
#define BRIEF_COLS "g.id, g.title, g.metric, g.unit, g.kind, g.direction, g.baseline, g.target, " \
                   "g.weight, g.start_day, g.due_day, g.status "

static int read_brief(mbo *m, sqlite3_stmt *st, mbo_goal **out, size_t *n)
{
	mbo_goal *v = NULL, *q;
	size_t cnt = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			rc = SQLITE_NOMEM;
			break;
		}
		q = &v[cnt];
		mbo_goal_init(q);
		q->title = mbo_column_strdup(st, 1);
		if (q->title == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		cnt++;
		q->id = sqlite3_column_int64(st, 0);
		mbo_column_copy(st, 2, q->metric, sizeof q->metric);
		mbo_column_copy(st, 3, q->unit, sizeof q->unit);
		q->kind = mbo_kind_parse((const char *)sqlite3_column_text(st, 4));
		q->direction = mbo_direction_parse((const char *)sqlite3_column_text(st, 5));
		q->baseline = sqlite3_column_int64(st, 6);
		q->target = sqlite3_column_int64(st, 7);
		q->weight = sqlite3_column_int64(st, 8);
		q->start = mbo_column_day(st, 9);
		q->due = mbo_column_day(st, 10);
		q->status = mbo_goal_status_parse((const char *)sqlite3_column_text(st, 11));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_goal_list_free(v, cnt);
		return rc == SQLITE_NOMEM ? mbo_error(m, MBO_EFAIL, _("out of memory"))
		                          : mbo_dberr(m, _("reading goals"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_goal_active_started(mbo *m, int64_t owner, mbo_day asof, mbo_goal **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT " BRIEF_COLS "FROM goal g WHERE g.owner_id = ?1 "
	                               "AND g.status = 'active' AND g.start_day <= ?2 "
	                               "ORDER BY g.due_day, g.id");

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	mbo_bind_day(st, 2, asof);
	return read_brief(m, st, out, n);
}

/* A team goal that rolls up its cascade would count the members' results
 * again: it is left out, as progress.c's ROLLUP decides. */
int mbo_goal_metric_overlapping(mbo *m, int64_t owner, const char *metric, mbo_day first,
                                mbo_day last, mbo_goal **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT " BRIEF_COLS "FROM goal g WHERE g.owner_id = ?1 "
	                               "AND g.metric = ?2 AND g.status IN ('active', 'achieved', 'missed') "
	                               "AND g.start_day <= ?4 AND g.due_day >= ?3 "
	                               "AND NOT EXISTS (SELECT 1 FROM goal k WHERE k.parent_id = g.id "
	                               "AND " MBO_SQL_ROLLS_INTO("g") ") ORDER BY g.due_day, g.id");

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	mbo_bind_text(st, 2, metric);
	mbo_bind_day(st, 3, first);
	mbo_bind_day(st, 4, last);
	return read_brief(m, st, out, n);
}

int mbo_goal_open_ids(mbo *m, int64_t owner, int64_t **ids, size_t *n, size_t *proposed)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT id, status = 'proposed' FROM goal WHERE owner_id = ? "
	                               "AND status IN ('active', 'proposed') ORDER BY id");
	int64_t *v = NULL;
	size_t cnt = 0, cap = 0, np = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	*proposed = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			free(v);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		v[cnt++] = sqlite3_column_int64(st, 0);
		if (sqlite3_column_int(st, 1))
			np++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return mbo_dberr(m, _("reading open goals"));
	}
	*ids = v;
	*n = cnt;
	*proposed = np;
	return MBO_OK;
}

/* Frees the titles of v[0 .. n). */
static void open_clear(mbo_goal_open *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].g.title);
}

int mbo_goal_open_of(mbo *m, int64_t person, mbo_goal_open **v, size_t *n, size_t *cap)
{
	sqlite3_stmt *s;
	mbo_goal_open *a;
	int rc;

	*n = 0;
	s = mbo_stmt(m, MBO_SQL_ALERT_GOALS);
	if (s == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(s, 1, person);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == *cap && mbo_grow(v, cap, sizeof **v)) {
			rc = SQLITE_NOMEM;
			break;
		}
		a = &(*v)[*n];
		memset(a, 0, sizeof *a);
		a->g.id = sqlite3_column_int64(s, 0);
		a->g.owner_id = sqlite3_column_int64(s, 1);
		mbo_column_copy(s, 2, a->g.owner, sizeof a->g.owner);
		a->g.title = mbo_column_strdup(s, 3);
		if (a->g.title == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		mbo_column_copy(s, 4, a->g.unit, sizeof a->g.unit);
		a->g.kind = strcmp((const char *)sqlite3_column_text(s, 5), "level") == 0
		                    ? MBO_KIND_LEVEL : MBO_KIND_SUM;
		a->g.direction = strcmp((const char *)sqlite3_column_text(s, 6), "down") == 0
		                         ? MBO_DIR_DOWN : MBO_DIR_UP;
		a->g.baseline = sqlite3_column_int64(s, 7);
		a->g.target = sqlite3_column_int64(s, 8);
		a->g.start = mbo_column_day(s, 9);
		a->g.due = mbo_column_day(s, 10);
		a->g.status = strcmp((const char *)sqlite3_column_text(s, 11), "active") == 0
		                      ? MBO_GOAL_ACTIVE : MBO_GOAL_PROPOSED;
		a->created = mbo_column_day(s, 12);
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return MBO_OK;
	open_clear(*v, *n);
	*n = 0;
	if (rc == SQLITE_NOMEM)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	return mbo_dberr(m, _("reading goals"));
}

int mbo_goal_set_status(mbo *m, int64_t actor, const mbo_goal *g, int status, const char *reason,
                        const char *summary)
{
	sqlite3_stmt *st;
	int rc;

	rc = mbo_change_begin(m, actor, summary);
	if (rc)
		return rc;
	st = mbo_stmt(m, "UPDATE goal SET status = ?, status_reason = ? WHERE id = ?");
	if (st == NULL)
		goto fail;
	mbo_bind_text(st, 1, mbo_goal_status_name(status));
	mbo_bind_text(st, 2, reason);
	sqlite3_bind_int64(st, 3, g->id);
	if (sqlite3_step(st) != SQLITE_DONE) {
		mbo_dberr(m, _("changing a goal's status"));
		goto fail;
	}
	rc = mbo_revision_add(m, actor, g->id, "status", mbo_goal_status_name(g->status),
	                      mbo_goal_status_name(status), reason ? reason : summary);
	if (rc)
		goto fail;
	return mbo_change_commit(m);
fail:
	rc = mbo_errcode(m);
	mbo_change_rollback(m);
	return rc ? rc : MBO_EDB;
}

int mbo_goal_need_status(mbo *m, const mbo_goal *g, int status, const char *doing)
{
	if (g->status == status)
		return MBO_OK;
	return mbo_error(m, MBO_EINVAL, _("goal %lld is %s, not %s, so it cannot be %s"),
	                 (long long)g->id, mbo_goal_status_name(g->status), mbo_goal_status_name(status), doing);
}

int mbo_goal_may_close(mbo *m, int64_t actor, const mbo_goal *g, int status)
{
	int rc;

	if (g->status != MBO_GOAL_ACTIVE && g->status != MBO_GOAL_PROPOSED)
		return mbo_error(m, MBO_EINVAL, _("goal %lld is already %s"), (long long)g->id,
		                 mbo_goal_status_name(g->status));
	/* An owner may withdraw their own proposal. */
	if (!(actor == g->owner_id && g->status == MBO_GOAL_PROPOSED && status == MBO_GOAL_CANCELLED)) {
		rc = mbo_perm_check(m, actor, MBO_ACT_GOAL_CLOSE, g->owner_id);
		if (rc)
			return rc;
	}
	if (g->status == MBO_GOAL_PROPOSED && status != MBO_GOAL_CANCELLED)
		return mbo_error(m, MBO_EINVAL, _("goal %lld is still proposed: approve it first, or close it as cancelled"),
		                 (long long)g->id);
	return MBO_OK;
}

int mbo_goal_close(mbo *m, int64_t actor, int64_t id, int status, const char *reason)
{
	mbo_goal g;
	char msg[64];
	int rc;

	if (status != MBO_GOAL_ACHIEVED && status != MBO_GOAL_MISSED && status != MBO_GOAL_CANCELLED)
		return mbo_error(m, MBO_EINVAL, _("status: a goal closes as achieved, missed or cancelled"));
	rc = mbo_check_text(m, "reason", reason, 1, MBO_REASON_MAX, false);
	if (rc)
		return rc;
	mbo_goal_init(&g);
	rc = mbo_goal_get(m, actor, id, &g);
	if (rc == MBO_OK)
		rc = mbo_goal_may_close(m, actor, &g, status);
	if (rc) {
		mbo_goal_clear(&g);
		return rc;
	}
	snprintf(msg, sizeof msg, "close goal %lld as %s", (long long)id, mbo_goal_status_name(status));
	rc = mbo_goal_set_status(m, actor, &g, status, reason, msg);
	mbo_goal_clear(&g);
	return rc;
}

/* Writes one revised field and its history entry. */
int mbo_goal_may_revise(mbo *m, int64_t actor, const mbo_goal *g)
{
	if (g->status != MBO_GOAL_ACTIVE && g->status != MBO_GOAL_PROPOSED)
		return mbo_error(m, MBO_EINVAL, _("goal %lld is %s; only proposed and active goals can be revised"),
		                 (long long)g->id, mbo_goal_status_name(g->status));
	if (actor == g->owner_id && g->status == MBO_GOAL_PROPOSED)
		return MBO_OK;
	return mbo_perm_check(m, actor, MBO_ACT_GOAL_REVISE, g->owner_id);
}

int mbo_goal_history(mbo *m, int64_t actor, int64_t id, mbo_revision **out, size_t *n)
{
	sqlite3_stmt *st;
	mbo_revision *v = NULL;
	size_t cnt = 0, cap = 0;
	mbo_goal g;
	int rc;

	*out = NULL;
	*n = 0;
	mbo_goal_init(&g);
	rc = mbo_goal_get(m, actor, id, &g);
	mbo_goal_clear(&g);
	if (rc)
		return rc;
	st = mbo_stmt(m, "SELECT r.id, coalesce(r.change_id, 0), r.at, p.login, r.field, r.old_value, "
	                 "r.new_value, r.reason FROM revision r JOIN person p ON p.id = r.person_id "
	                 "WHERE r.goal_id = ? ORDER BY r.id");
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		mbo_revision *r;
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v))
			break;
		r = &v[cnt++];
		memset(r, 0, sizeof *r);
		r->id = sqlite3_column_int64(st, 0);
		r->change_id = sqlite3_column_int64(st, 1);
		mbo_column_copy(st, 2, r->at, sizeof r->at);
		mbo_column_copy(st, 3, r->who, sizeof r->who);
		mbo_column_copy(st, 4, r->field, sizeof r->field);
		if (sqlite3_column_type(st, 5) != SQLITE_NULL)
			r->old_value = mbo_column_strdup(st, 5);
		if (sqlite3_column_type(st, 6) != SQLITE_NULL)
			r->new_value = mbo_column_strdup(st, 6);
		r->reason = mbo_column_strdup(st, 7);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_revision_list_free(v, cnt);
		return rc == SQLITE_ROW ? mbo_error(m, MBO_EFAIL, _("out of memory")) : mbo_dberr(m, _("reading history"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

void mbo_revision_list_free(mbo_revision *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].old_value);
		free(v[i].new_value);
		free(v[i].reason);
	}
	free(v);
}

int mbo_goal_children_total(mbo *m, int64_t id, mbo_dec *sum, size_t *count)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT " MBO_SQL_SUM("target") ", count(*) FROM goal "
	                               "WHERE parent_id = ? AND status NOT IN ('rejected', 'cancelled')");
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*sum = mbo_dec_sat(mbo_column_sum(st, 0));
		*count = (size_t)sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? MBO_OK : mbo_dberr(m, _("reading child goals"));
}

int mbo_goal_top_ids(mbo *m, int64_t owner, int64_t exclude, mbo_day from, mbo_day to,
                     int64_t **ids, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"SELECT id FROM goal WHERE owner_id = ?1 AND status = 'active' AND importance = 3 "
		"AND urgency = 3 AND id <> ?2 AND start_day <= ?3 AND due_day >= ?4 ORDER BY id");

	*ids = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	sqlite3_bind_int64(st, 2, exclude);
	mbo_bind_day(st, 3, to);
	mbo_bind_day(st, 4, from);
	return mbo_stmt_ids(m, st, "counting important goals", ids, n);
}

int mbo_goal_rolls_up(mbo *m, int64_t id)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_HAS_ROLLUP);
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		mbo_dberr(m, _("reading child goals"));
		return -1;
	}
	return rc == SQLITE_ROW;
}

int mbo_goal_rollup_children(mbo *m, int64_t id, mbo_goal_child **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_LEVEL_CHILDREN);
	mbo_goal_child *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			free(v);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		v[cnt].id = sqlite3_column_int64(st, 0);
		v[cnt].baseline = sqlite3_column_int64(st, 1);
		cnt++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return mbo_dberr(m, _("reading child goals"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_goal_add_lesson(mbo *m, int64_t actor, int64_t id, const char *text, int64_t *lesson_id)
{
	sqlite3_stmt *st;
	mbo_goal g;
	char now[32], msg[64];
	int rc;

	rc = mbo_check_text(m, "lesson", text, 1, 4000, true);
	if (rc)
		return rc;
	mbo_goal_init(&g);
	rc = mbo_goal_get(m, actor, id, &g);
	if (rc == MBO_OK)
		rc = mbo_perm_check(m, actor, MBO_ACT_TASK, g.owner_id);
	mbo_goal_clear(&g);
	if (rc)
		return rc;
	snprintf(msg, sizeof msg, "lesson on goal %lld", (long long)id);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	st = mbo_stmt(m, "INSERT INTO lesson(goal_id, person_id, at, text) VALUES (?, ?, ?, ?)");
	if (st == NULL) {
		mbo_change_rollback(m);
		return MBO_EDB;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, actor);
	mbo_bind_text(st, 3, mbo_now_utc(now));
	mbo_bind_text(st, 4, text);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = mbo_dberr(m, _("saving a lesson"));
		mbo_change_rollback(m);
		return rc;
	}
	if (lesson_id)
		*lesson_id = sqlite3_last_insert_rowid(m->db);
	return mbo_change_commit(m);
}

int mbo_metric_known(mbo *m, const char *metric)
{
	sqlite3_stmt *st;
	char z[MBO_EXCERPT_CAP];
	int rc = mbo_check_text(m, "metric", metric, 1, MBO_METRIC_MAX, false);

	if (rc)
		return rc;
	st = mbo_stmt(m, "SELECT 1 FROM goal WHERE metric = ? LIMIT 1");
	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, metric);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return MBO_OK;
	if (rc != SQLITE_DONE)
		return mbo_dberr(m, _("finding a metric"));
	return mbo_error(m, MBO_ENOTFOUND, _("metric: no goal measures '%s'; see the METRIC column of "
	                   "mbo goal list"), mbo_text_excerpt(metric, z, sizeof z));
}
