/*
 * task_priv.h: what task.c, the tasks' records, offers other core files
 * (alert.c); not public.
 */
#ifndef MBO_TASK_PRIV_H
#define MBO_TASK_PRIV_H

#include "internal.h"
#include "mbo/task.h"

/* The open tasks of goal `goal_id` due before `asof`, by due day and id
 * (the alerts' overdue tasks): id, goal_id, title and due are filled.
 * Caller frees *out with mbo_task_list_free. */
int mbo_task_overdue(mbo *m, int64_t goal_id, mbo_day asof, mbo_task **out, size_t *n);

#endif
