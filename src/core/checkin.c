/*
 * checkin.c: recording progress.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "checkin_priv.h"
#include "sql.h"
#include "mbo/checkin.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/undo.h"

void mbo_checkin_list_free(mbo_checkin *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].note);
	free(v);
}

/*
 * The rules of a check-in live here once; mbo_checkin_add and the CSV
 * importer (import.c) both ask them (checkin_priv.h), and the UI asks
 * mbo_checkin_may before it opens its form.
 */
int mbo_checkin_may(mbo *m, int64_t actor, const mbo_goal *g)
{
	int rc = mbo_perm_check(m, actor, MBO_ACT_CHECKIN, g->owner_id);

	if (rc)
		return rc;
	if (g->status == MBO_GOAL_PROPOSED)
		return mbo_error(m, MBO_EINVAL, _("goal %lld is %s: check-ins go to active goals; ask your "
		                   "manager to approve it"), (long long)g->id, mbo_goal_status_name(g->status));
	if (g->status != MBO_GOAL_ACTIVE)
		return mbo_error(m, MBO_EINVAL, _("goal %lld is %s: check-ins go to active goals"), (long long)g->id,
		                 mbo_goal_status_name(g->status));
	return MBO_OK;
}

int mbo_checkin_check_entry(mbo *m, const mbo_goal *g, mbo_day day, mbo_dec value, const char *note)
{
	char a[16], b[16];
	int rc;

	rc = mbo_check_text(m, "note", note ? note : "", 0, MBO_NOTE_MAX, false);
	if (rc)
		return rc;
	if (value > MBO_DEC_MAX || value < -MBO_DEC_MAX)
		return mbo_error(m, MBO_EINVAL, _("value: is too large; the largest value is 1000000000000"));
	if (day < g->start)
		return mbo_error(m, MBO_EINVAL, _("date: %s is before the goal starts (%s); give a date from %s on"),
		                 mbo_day_format(day, a), mbo_day_format(g->start, b), b);
	if (day > g->due)
		return mbo_error(m, MBO_EINVAL, _("date: %s is after the goal's due date (%s); results after it "
		                   "belong to another goal"), mbo_day_format(day, a), mbo_day_format(g->due, b));
	if (day > mbo_today())
		return mbo_error(m, MBO_EINVAL, _("date: %s is in the future; record results on or before today"),
		                 mbo_day_format(day, a));
	if (g->kind == MBO_KIND_SUM && value < 0)
		return mbo_error(m, MBO_EINVAL, _("value: a check-in on a sum goal adds to it, so it cannot be negative; "
		                   "to correct a mistake, `mbo undo` it"));
	if (g->kind == MBO_KIND_LEVEL && g->baseline >= 0 && value < 0)
		return mbo_error(m, MBO_EINVAL, _("value: %s cannot be negative; give the current level"),
		                 g->metric);
	return MBO_OK;
}

int mbo_checkin_insert(mbo *m, int64_t actor, int64_t goal_id, mbo_day day, mbo_dec value,
                       const char *note, int64_t *id)
{
	char now[32];

	return mbo_checkin_insert_at(m, actor, goal_id, day, value, note, mbo_now_utc(now), id);
}

int mbo_checkin_insert_at(mbo *m, int64_t actor, int64_t goal_id, mbo_day day, mbo_dec value,
                          const char *note, const char *entered_at, int64_t *id)
{
	sqlite3_stmt *st;

	st = mbo_stmt(m, MBO_SQL_CHECKIN_INSERT);
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, day);
	sqlite3_bind_int64(st, 3, value);
	mbo_bind_text(st, 4, note ? note : "");
	sqlite3_bind_int64(st, 5, actor);
	mbo_bind_text(st, 6, entered_at);
	if (sqlite3_step(st) != SQLITE_DONE) {
		int rc = mbo_dberr(m, _("saving the check-in"));
		sqlite3_reset(st);
		return rc;
	}
	sqlite3_reset(st);
	if (id)
		*id = sqlite3_last_insert_rowid(m->db);
	return MBO_OK;
}

int mbo_checkin_total(mbo *m, int64_t goal_id, __int128 *total)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT " MBO_SQL_SUM("value") " FROM checkin WHERE goal_id = ?");
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*total = mbo_column_sum(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? MBO_OK : mbo_dberr(m, _("adding up check-ins"));
}

int mbo_checkin_sum(mbo *m, int64_t goal_id, bool tree, mbo_day from, mbo_day to, mbo_dec *sum)
{
	sqlite3_stmt *st;
	int rc;

	st = mbo_stmt(m, tree ? MBO_SQL_CHECKIN_SUM : MBO_SQL_CHECKIN_SUM_ONE);
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, from);
	mbo_bind_day(st, 3, to);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = mbo_dberr(m, _("adding up check-ins"));
		sqlite3_reset(st);
		return rc;
	}
	*sum = mbo_dec_sat(mbo_column_sum(st, 0));
	sqlite3_reset(st);
	return MBO_OK;
}

int mbo_checkin_count(mbo *m, int64_t goal_id, bool tree, mbo_day day, bool add, int64_t *count,
                      mbo_day *last, mbo_dec *sum)
{
	sqlite3_stmt *st;
	int rc;

	st = mbo_stmt(m, tree ? MBO_SQL_CHECKIN_COUNT : MBO_SQL_CHECKIN_COUNT_ONE);
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, day);
	sqlite3_bind_int(st, 3, add);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = mbo_dberr(m, _("counting check-ins"));
		sqlite3_reset(st);
		return rc;
	}
	*count = sqlite3_column_int64(st, 0);
	*last = mbo_column_day(st, 1);
	*sum = mbo_dec_sat(mbo_column_sum(st, 2));
	sqlite3_reset(st);
	return MBO_OK;
}

int mbo_checkin_level(mbo *m, int64_t goal_id, mbo_day day, mbo_dec *level)
{
	sqlite3_stmt *st;
	int rc;

	st = mbo_stmt(m, MBO_SQL_OWN_LEVEL);
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, day);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*level = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		return MBO_OK;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading the latest check-in"));
	return MBO_ENOTFOUND;
}

/* The rows (day, then a value or the two columns of MBO_SQL_SUM) of st,
 * its parameters bound, as a new array. */
static int read_days(mbo *m, sqlite3_stmt *st, bool sum, mbo_checkin_day **out, size_t *n)
{
	mbo_checkin_day *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			free(v);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		v[cnt].day = mbo_column_day(st, 0);
		v[cnt].value = sum ? mbo_column_sum(st, 1) : sqlite3_column_int64(st, 1);
		cnt++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return mbo_dberr(m, _("reading check-ins"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_checkin_sum_by_day(mbo *m, int64_t goal_id, bool tree, mbo_day to, mbo_checkin_day **out,
                           size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, tree ? MBO_SQL_CHECKIN_DAYS : MBO_SQL_CHECKIN_DAYS_ONE);

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, to);
	return read_days(m, st, true, out, n);
}

int mbo_checkin_level_by_day(mbo *m, int64_t goal_id, mbo_day to, mbo_checkin_day **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_LEVEL_DAYS);

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, to);
	return read_days(m, st, false, out, n);
}

int mbo_checkin_check_total(mbo *m, const mbo_goal *g, __int128 total, mbo_dec value)
{
	char a[40], b[40], c[40];

	if (g->kind != MBO_KIND_SUM || total <= MBO_DEC_MAX)
		return MBO_OK;
	return mbo_error(m, MBO_EINVAL, _("value: %s would bring goal %lld's total to %s, above the most one "
	                   "goal may hold (%s); check the value, or record the rest on another goal"),
	                 mbo_dec_format(value, 0, true, c), (long long)g->id,
	                 mbo_dec_format(mbo_dec_sat(total), 0, true, a), mbo_dec_format(MBO_DEC_MAX, 0, true, b));
}

int mbo_checkin_add(mbo *m, int64_t actor, int64_t goal_id, mbo_day day,
                    mbo_dec value, const char *note, int64_t *id)
{
	mbo_goal g;
	__int128 total = 0;
	char msg[64];
	int rc;

	mbo_goal_init(&g);
	rc = mbo_goal_get(m, actor, goal_id, &g);
	if (rc == MBO_OK)
		rc = mbo_checkin_may(m, actor, &g);
	if (rc == MBO_OK)
		rc = mbo_checkin_check_entry(m, &g, day, value, note);
	if (rc) {
		mbo_goal_clear(&g);
		return rc;
	}
	snprintf(msg, sizeof msg, "check in on goal %lld", (long long)goal_id);
	rc = mbo_change_begin(m, actor, msg);
	/* The total is read under the write lock, so two writers cannot both
	 * pass it. */
	if (rc == MBO_OK && g.kind == MBO_KIND_SUM) {
		rc = mbo_checkin_total(m, goal_id, &total);
		if (rc == MBO_OK)
			rc = mbo_checkin_check_total(m, &g, total + value, value);
		if (rc)
			mbo_change_rollback(m);
	}
	mbo_goal_clear(&g);
	if (rc)
		return rc;
	rc = mbo_checkin_insert(m, actor, goal_id, day, value, note, id);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}

int mbo_checkin_list(mbo *m, int64_t actor, int64_t goal_id, size_t limit,
                     mbo_checkin **out, size_t *n)
{
	sqlite3_stmt *st;
	mbo_checkin *v = NULL;
	size_t cnt = 0, cap = 0;
	mbo_goal g;
	int rc;

	*out = NULL;
	*n = 0;
	mbo_goal_init(&g);
	rc = mbo_goal_get(m, actor, goal_id, &g);
	mbo_goal_clear(&g);
	if (rc)
		return rc;
	st = mbo_stmt(m, MBO_SQL_CHECKIN_LIST);
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		mbo_checkin *c;
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v))
			break;
		c = &v[cnt++];
		c->id = sqlite3_column_int64(st, 0);
		c->goal_id = goal_id;
		c->day = mbo_column_day(st, 1);
		c->value = sqlite3_column_int64(st, 2);
		c->note = mbo_column_strdup(st, 3);
		mbo_column_copy(st, 4, c->by, sizeof c->by);
		mbo_column_copy(st, 5, c->at, sizeof c->at);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_checkin_list_free(v, cnt);
		return rc == SQLITE_ROW ? mbo_error(m, MBO_EFAIL, _("out of memory")) : mbo_dberr(m, _("listing check-ins"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_checkin_exists(mbo *m, int64_t id, mbo_day day, mbo_dec value, const char *note)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT 1 FROM checkin WHERE goal_id = ? AND day = ? AND value = ? "
	                               "AND note = ? LIMIT 1");
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	mbo_bind_day(st, 2, day);
	sqlite3_bind_int64(st, 3, value);
	mbo_bind_text(st, 4, note);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		mbo_dberr(m, _("reading check-ins"));
		return -1;
	}
	return rc == SQLITE_ROW;
}
