/*
 * task.c: tasks under goals.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sql.h"
#include "task_priv.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/perm.h"
#include "mbo/task.h"
#include "mbo/undo.h"

void mbo_task_list_free(mbo_task *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].title);
	free(v);
}

int mbo_task_add(mbo *m, int64_t actor, int64_t goal_id, const char *title,
                 mbo_day due, int64_t assignee, int64_t *id)
{
	sqlite3_stmt *st;
	mbo_goal g;
	mbo_person who;
	char now[32], msg[64];
	int rc;

	rc = mbo_check_text(m, "title", title, 1, MBO_TITLE_MAX, false);
	if (rc)
		return rc;
	mbo_goal_init(&g);
	rc = mbo_goal_get(m, actor, goal_id, &g);
	if (rc == MBO_OK)
		rc = mbo_perm_check(m, actor, MBO_ACT_TASK, g.owner_id);
	if (rc == MBO_OK && g.status != MBO_GOAL_ACTIVE && g.status != MBO_GOAL_PROPOSED)
		rc = mbo_error(m, MBO_EINVAL, _("goal %lld is %s; tasks go to proposed or active goals"),
		               (long long)goal_id, mbo_goal_status_name(g.status));
	if (rc == MBO_OK && assignee == 0)
		assignee = g.owner_id;
	if (rc == MBO_OK && (rc = mbo_person_get(m, assignee, &who)) == MBO_ENOTFOUND)
		rc = mbo_error(m, MBO_EINVAL, _("assignee: no such person; assign the task to the owner or someone in their team"));
	if (rc == MBO_OK && !who.active)
		rc = mbo_error(m, MBO_EINVAL, _("assignee: %s is no longer active; assign the task to someone "
		                 "active in %s's team"), who.login, g.owner);
	if (rc == MBO_OK && assignee != g.owner_id && !mbo_person_is_above(m, g.owner_id, assignee))
		rc = mbo_error(m, MBO_EINVAL, _("assignee: %s is not in %s's team; assign the task to %s or "
		                 "someone who reports to them"), who.login, g.owner, g.owner);
	mbo_goal_clear(&g);
	if (rc)
		return rc;
	snprintf(msg, sizeof msg, "add task to goal %lld", (long long)goal_id);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	st = mbo_stmt(m, "INSERT INTO task(goal_id, title, due_day, assignee_id, created_by, created_at) "
	                 "VALUES (?, ?, ?, ?, ?, ?)");
	if (st == NULL) {
		mbo_change_rollback(m);
		return MBO_EDB;
	}
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_text(st, 2, title);
	mbo_bind_day(st, 3, due);
	sqlite3_bind_int64(st, 4, assignee);
	sqlite3_bind_int64(st, 5, actor);
	mbo_bind_text(st, 6, mbo_now_utc(now));
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = mbo_dberr(m, _("adding a task"));
		mbo_change_rollback(m);
		return rc;
	}
	if (id)
		*id = sqlite3_last_insert_rowid(m->db);
	return mbo_change_commit(m);
}

/* Loads a task's goal owner and assignee and checks the actor may tick it. */
static int task_access(mbo *m, int64_t actor, int64_t id, bool *done)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT g.owner_id, t.assignee_id, t.done_day IS NOT NULL "
	                               "FROM task t JOIN goal g ON g.id = t.goal_id WHERE t.id = ?");
	int64_t owner, assignee;
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return mbo_dberr(m, _("reading a task"));
		return mbo_error(m, MBO_ENOTFOUND, _("no task with id %lld; see `mbo task list`"), (long long)id);
	}
	owner = sqlite3_column_int64(st, 0);
	assignee = sqlite3_column_int64(st, 1);
	*done = sqlite3_column_int(st, 2) != 0;
	sqlite3_reset(st);
	/* The assignee may tick their task, while they are active. */
	if (actor == assignee)
		return mbo_perm_check(m, actor, MBO_ACT_READ, actor);
	return mbo_perm_check(m, actor, MBO_ACT_TASK, owner);
}

int mbo_task_write_done(mbo *m, int64_t by, int64_t id, mbo_day day)
{
	sqlite3_stmt *st = mbo_stmt(m, "UPDATE task SET done_day = ?, done_by = ? WHERE id = ?");

	if (st == NULL)
		return MBO_EDB;
	mbo_bind_day(st, 1, day);
	if (day != MBO_DAY_NONE)
		sqlite3_bind_int64(st, 2, by);
	sqlite3_bind_int64(st, 3, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("saving the task"));
	return MBO_OK;
}

static int set_done(mbo *m, int64_t actor, int64_t id, mbo_day day, const char *summary)
{
	int rc;

	rc = mbo_change_begin(m, actor, summary);
	if (rc)
		return rc;
	rc = mbo_task_write_done(m, actor, id, day);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}

int mbo_task_done(mbo *m, int64_t actor, int64_t id, mbo_day day)
{
	char msg[64];
	bool done;
	int rc = task_access(m, actor, id, &done);

	if (rc)
		return rc;
	if (done)
		return mbo_error(m, MBO_EINVAL, _("task %lld is already done"), (long long)id);
	if (day == MBO_DAY_NONE)
		return mbo_error(m, MBO_EINVAL, _("date: give the day the task was done"));
	if (day > mbo_today())
		return mbo_error(m, MBO_EINVAL, _("date: a task cannot be done in the future"));
	snprintf(msg, sizeof msg, "tick task %lld", (long long)id);
	return set_done(m, actor, id, day, msg);
}

int mbo_task_reopen(mbo *m, int64_t actor, int64_t id)
{
	char msg[64];
	bool done;
	int rc = task_access(m, actor, id, &done);

	if (rc)
		return rc;
	if (!done)
		return mbo_error(m, MBO_EINVAL, _("task %lld is not done"), (long long)id);
	snprintf(msg, sizeof msg, "reopen task %lld", (long long)id);
	return set_done(m, actor, id, MBO_DAY_NONE, msg);
}

int mbo_task_list(mbo *m, int64_t actor, int64_t goal_id, mbo_task **out, size_t *n)
{
	sqlite3_stmt *st;
	mbo_task *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (goal_id) {
		mbo_goal g;
		mbo_goal_init(&g);
		rc = mbo_goal_get(m, actor, goal_id, &g);
		mbo_goal_clear(&g);
		if (rc)
			return rc;
		st = mbo_stmt(m, "SELECT t.id, t.goal_id, t.title, t.due_day, t.assignee_id, p.login, t.done_day "
		                 "FROM task t JOIN person p ON p.id = t.assignee_id WHERE t.goal_id = ? "
		                 "ORDER BY t.done_day IS NOT NULL, coalesce(t.due_day, '9999'), t.id");
		if (st == NULL)
			return MBO_EDB;
		sqlite3_bind_int64(st, 1, goal_id);
	} else {
		rc = mbo_perm_check(m, actor, MBO_ACT_READ, actor);
		if (rc)
			return rc;
		st = mbo_stmt(m, MBO_SQL_TASK_OPEN);
		if (st == NULL)
			return MBO_EDB;
		sqlite3_bind_int64(st, 1, actor);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		mbo_task *t;
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v))
			break;
		t = &v[cnt++];
		t->id = sqlite3_column_int64(st, 0);
		t->goal_id = sqlite3_column_int64(st, 1);
		t->title = mbo_column_strdup(st, 2);
		t->due = mbo_column_day(st, 3);
		t->assignee_id = sqlite3_column_int64(st, 4);
		mbo_column_copy(st, 5, t->assignee, sizeof t->assignee);
		t->done = mbo_column_day(st, 6);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_task_list_free(v, cnt);
		return rc == SQLITE_ROW ? mbo_error(m, MBO_EFAIL, _("out of memory")) : mbo_dberr(m, _("listing tasks"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_task_overdue(mbo *m, int64_t goal_id, mbo_day asof, mbo_task **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_ALERT_TASKS);
	mbo_task *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, goal_id);
	mbo_bind_day(st, 2, asof);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		mbo_task *t;
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v))
			break;
		t = &v[cnt];
		memset(t, 0, sizeof *t);
		t->id = sqlite3_column_int64(st, 0);
		t->goal_id = goal_id;
		t->due = mbo_column_day(st, 1);
		t->done = MBO_DAY_NONE;
		t->title = mbo_column_strdup(st, 2);
		if (t->title == NULL)
			break;
		cnt++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_task_list_free(v, cnt);
		return rc == SQLITE_ROW ? mbo_error(m, MBO_EFAIL, _("out of memory")) : mbo_dberr(m, _("reading tasks"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}
