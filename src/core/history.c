/*
 * history.c: the records of what people did on a metric before: their past
 * goals of it, the units their team counts it in, their check-ins on it in
 * a stretch of days. The rules that weigh a new goal against them are
 * smart.c's; the splits and cascades that follow them, decompose.c's.
 */
#include <string.h>

#include "internal.h"
#include "history_priv.h"
#include "sql.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"

int mbo_history_goals_each(mbo *m, int64_t owner, const char *metric, int kind, int64_t exclude,
                           mbo_day before, mbo_history_goal_fn fn, void *ctx)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"SELECT id, start_day, due_day, direction, baseline, target FROM goal g "
		"WHERE owner_id = ?1 AND metric = ?2 AND kind = ?3 AND id <> ?4 AND due_day < ?5 "
		"AND status IN ('active', 'achieved', 'missed') "
		"AND EXISTS (SELECT 1 FROM checkin c WHERE c.goal_id = g.id AND c.day <= g.due_day) "
		"AND NOT EXISTS (SELECT 1 FROM goal k WHERE k.parent_id = g.id "
		"                AND k.status NOT IN ('rejected', 'cancelled')) "
		"ORDER BY due_day DESC, id DESC");
	struct mbo_history_goal x;
	int rc = SQLITE_DONE, stop = 0;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	mbo_bind_text(st, 2, metric);
	mbo_bind_text(st, 3, kind == MBO_KIND_LEVEL ? "level" : "sum");
	sqlite3_bind_int64(st, 4, exclude);
	mbo_bind_day(st, 5, before);
	while (stop == 0 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *dir = (const char *)sqlite3_column_text(st, 3);

		memset(&x, 0, sizeof x);
		x.id = sqlite3_column_int64(st, 0);
		x.start = mbo_column_day(st, 1);
		x.due = mbo_column_day(st, 2);
		x.direction = dir && strcmp(dir, "down") == 0 ? MBO_DIR_DOWN : MBO_DIR_UP;
		x.baseline = sqlite3_column_int64(st, 4);
		x.target = sqlite3_column_int64(st, 5);
		stop = fn(ctx, &x);
	}
	sqlite3_reset(st);
	if (stop)
		return stop;
	return rc == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("reading past goals"));
}

/* The team, not the whole organisation: a few hundred goals through
 * goal_owner, where all goals of a metric would be 40,000 at 10,000 people
 * (and an index on (metric, unit) turned the roll-up's recursive query to
 * a scan: docs/performance.md). */
int mbo_history_units_each(mbo *m, int64_t owner, const char *metric, int64_t exclude,
                           mbo_day start, mbo_history_unit_fn fn, void *ctx)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"WITH lead(id) AS (SELECT coalesce(manager_id, id) FROM person WHERE id = ?3), "
		"team(id) AS (SELECT id FROM lead UNION SELECT p.id FROM person p "
		"WHERE p.manager_id = (SELECT id FROM lead)) "
		"SELECT g.unit, count(*) FROM goal g WHERE g.owner_id IN (SELECT id FROM team) "
		"AND g.metric = ?1 AND g.id IS NOT ?2 "
		"AND g.status IN ('proposed', 'active', 'achieved', 'missed') "
		"AND g.due_day >= date(?4, '-1 year') GROUP BY g.unit");
	int rc = SQLITE_DONE, stop = 0;

	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, metric);
	if (exclude)
		sqlite3_bind_int64(st, 2, exclude);
	sqlite3_bind_int64(st, 3, owner);
	mbo_bind_day(st, 4, start);
	while (stop == 0 && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(ctx, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int64(st, 1));
	sqlite3_reset(st);
	if (stop)
		return stop;
	return rc == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("reading the units of a metric"));
}

int mbo_history_sum(mbo *m, int64_t owner, const char *metric, int kind, mbo_day from, mbo_day to,
                    mbo_dec *out)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"SELECT " MBO_SQL_SUM("c.value") " FROM checkin c JOIN goal g ON g.id = c.goal_id "
		"WHERE g.owner_id = ?1 AND g.metric = ?2 AND (?5 IS NULL OR g.kind = ?5) "
		"AND c.day BETWEEN ?3 AND ?4");
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	mbo_bind_text(st, 2, metric);
	mbo_bind_day(st, 3, from);
	mbo_bind_day(st, 4, to);
	mbo_bind_text(st, 5, kind >= 0 ? mbo_kind_name(kind) : NULL);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = mbo_dec_sat(mbo_column_sum(st, 0));
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return mbo_dberr(m, _("reading past check-ins"));
	return MBO_OK;
}

int mbo_history_level(mbo *m, int64_t owner, const char *metric, mbo_day from, mbo_day to,
                      mbo_dec *out)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"SELECT c.value FROM checkin c JOIN goal g ON g.id = c.goal_id "
		"WHERE g.owner_id = ?1 AND g.metric = ?2 AND g.kind = 'level' "
		"AND c.day BETWEEN ?3 AND ?4 ORDER BY c.day DESC, c.id DESC LIMIT 1");
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, owner);
	mbo_bind_text(st, 2, metric);
	mbo_bind_day(st, 3, from);
	mbo_bind_day(st, 4, to);
	*out = 0;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading past check-ins"));
	return MBO_OK;
}
