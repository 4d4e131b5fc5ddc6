/*
 * goal_out.c: a goal's parts as rows of out.c, shared by the commands that
 * show them: its progress (`mbo status`, `mbo goal show`) and its tasks
 * (`mbo goal show`, `mbo task list`), so each says the same thing with the
 * same keys.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/progress.h"
#include "mbo/task.h"

void cli_progress_columns(struct out_table *t)
{
	out_col(t, "actual", OUT_NUMBER, 0);
	out_col(t, "expected", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "pace", OUT_NUMBER, 0);
	out_col(t, "completion", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "forecast", OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "needed_per_workday", "NEEDED/WORKDAY", OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "workdays_left", "WORKDAYS LEFT", OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "pace_status", "STATUS", OUT_TEXT, 0);
	out_col_head(t, "last_checkin", "LAST CHECK-IN", OUT_DATE, OUT_NOTABLE);
}

void cli_progress_cells(struct out_table *t, const mbo_progress *p, mbo_dec completion)
{

	out_dec(t, p->actual);
	out_est(t, p->expected);
	if (p->has_pace)
		out_ratio(t, p->pace);
	else
		out_null(t);
	out_ratio(t, completion);
	out_est(t, p->forecast);
	out_est(t, p->needed_per_workday);
	out_int(t, p->workdays_left);
	out_pace(t, p->status);
	out_date(t, p->last_checkin);
}

struct out_table *cli_task_table(struct cli *c, int64_t goal_id, bool goal_key, int *rc)
{
	struct out_table *t = out_new();
	/* The goal column: everywhere for the open tasks, which span goals; for
	 * one goal's tasks, in CSV and JSON only (task list), or not at all
	 * (goal show, inside the goal's own record). */
	int goal_col = goal_id == 0 ? 0 : goal_key ? OUT_NOTABLE : -1;
	mbo_task *v = NULL;
	size_t n = 0, i;

	out_col(t, "id", OUT_NUMBER, 0);
	if (goal_col >= 0)
		out_col(t, "goal", OUT_NUMBER, goal_col);
	out_col(t, "title", OUT_TEXT, OUT_CAP);
	out_col(t, "due", OUT_DATE, 0);
	out_col(t, "assignee", OUT_TEXT, 0);
	out_col(t, "done", OUT_BOOL, 0);
	out_col(t, "done_on", OUT_DATE, OUT_OPTIONAL);
	*rc = mbo_task_list(c->m, c->actor, goal_id, &v, &n);
	if (*rc)
		return t;
	for (i = 0; i < n; i++) {
		out_row(t);
		out_int(t, v[i].id);
		if (goal_col >= 0)
			out_int(t, v[i].goal_id);
		out_text(t, v[i].title);
		out_date(t, v[i].due);
		out_text(t, v[i].assignee);
		out_bool(t, v[i].done != MBO_DAY_NONE);
		out_date(t, v[i].done);
	}
	mbo_task_list_free(v, n);
	return t;
}
