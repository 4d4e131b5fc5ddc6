/*
 * milestone.c: the records of a goal's stages (milestones: a day and the
 * cumulative target due by it). The rules that cut and rescale them are
 * plan.c's and decompose.c's; this file reads and writes the rows.
 */
#include <stdlib.h>

#include "internal.h"
#include "sql.h"
#include "milestone_priv.h"
#include "mbo/i18n.h"
#include "mbo/plan.h"

/* The rows (day, target) of st, its parameters bound, as a new array. */
static int read_rows(mbo *m, sqlite3_stmt *st, mbo_milestone **out, size_t *n)
{
	mbo_milestone *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			free(v);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		v[cnt].day = mbo_column_day(st, 0);
		v[cnt].target = sqlite3_column_int64(st, 1);
		cnt++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return mbo_dberr(m, _("reading milestones"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_milestone_list(mbo *m, int64_t goal_id, mbo_milestone **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT day, target FROM milestone WHERE goal_id = ? ORDER BY day");

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	return read_rows(m, st, out, n);
}

int mbo_milestone_range(mbo *m, int64_t goal_id, mbo_day from, mbo_day before, mbo_milestone **out,
                        size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_PLAN_POINTS);

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, from);
	mbo_bind_day(st, 3, before);
	return read_rows(m, st, out, n);
}

int mbo_milestone_last(mbo *m, int64_t goal_id, mbo_day before, mbo_day upto, mbo_milestone *out)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_ALERT_MILESTONE);
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, before);
	mbo_bind_day(st, 3, upto);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? MBO_ENOTFOUND : mbo_dberr(m, _("reading milestones"));
	}
	out->day = mbo_column_day(st, 0);
	out->target = sqlite3_column_int64(st, 1);
	sqlite3_reset(st);
	return MBO_OK;
}

int mbo_milestone_count(mbo *m, int64_t goal_id, int64_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT count(*) FROM milestone WHERE goal_id = ?");

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return mbo_dberr(m, _("reading milestones"));
	}
	*n = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return MBO_OK;
}

int mbo_milestone_clear(mbo *m, int64_t goal_id)
{
	sqlite3_stmt *st = mbo_stmt(m, "DELETE FROM milestone WHERE goal_id = ?");

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	return sqlite3_step(st) == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("removing milestones"));
}

int mbo_milestone_put(mbo *m, int64_t goal_id, mbo_day day, mbo_dec target)
{
	sqlite3_stmt *st = mbo_stmt(m, "INSERT INTO milestone(goal_id, day, target) VALUES (?, ?, ?)");

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, day);
	sqlite3_bind_int64(st, 3, target);
	return sqlite3_step(st) == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("saving milestones"));
}

int mbo_milestone_set(mbo *m, int64_t goal_id, mbo_day day, mbo_dec target)
{
	sqlite3_stmt *st = mbo_stmt(m, "UPDATE milestone SET target = ? WHERE goal_id = ? AND day = ?");

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, target);
	sqlite3_bind_int64(st, 2, goal_id);
	mbo_bind_day(st, 3, day);
	return sqlite3_step(st) == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("rescaling milestones"));
}
