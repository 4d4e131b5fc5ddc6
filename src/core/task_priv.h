/*
 * task_priv.h: what task.c, the records of tasks, offers other core files
 * (alert.c, demo.c); not public.
 */
#ifndef MBO_TASK_PRIV_H
#define MBO_TASK_PRIV_H

#include "internal.h"
#include "mbo/date.h"
#include "mbo/task.h"

/* The open tasks of goal `goal_id` due before `asof`, by due day and id
 * (the alerts' overdue tasks): id, goal_id, title and due are filled.
 * Caller frees *out with mbo_task_list_free. */
int mbo_task_overdue(mbo *m, int64_t goal_id, mbo_day asof, mbo_task **out, size_t *n);

/* Marks task `id` done on `day` by `by` as given, inside the caller's
 * change and without checks (a day after today is not refused: history,
 * such as the demo team's, written as it happened); MBO_DAY_NONE reopens
 * it. */
int mbo_task_write_done(mbo *m, int64_t by, int64_t id, mbo_day day);

#endif
