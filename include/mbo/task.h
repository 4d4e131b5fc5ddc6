/*
 * task.h: concrete actions under a goal, with an assignee and a due date.
 */
#ifndef MBO_TASK_H
#define MBO_TASK_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "mbo/date.h"
#include "mbo/person.h"

typedef struct mbo mbo;

typedef struct mbo_task {
	int64_t id;
	int64_t goal_id;
	char *title;                         /* heap */
	mbo_day due;                         /* MBO_DAY_NONE when none */
	int64_t assignee_id;
	char assignee[MBO_LOGIN_MAX + 1];
	mbo_day done;                        /* MBO_DAY_NONE while open */
} mbo_task;

/* Adds a task; assignee 0 means the goal's owner. The assignee must be the
 * owner or someone in the owner's team, and active (MBO_EINVAL). */
int mbo_task_add(mbo *m, int64_t actor, int64_t goal_id, const char *title,
                 mbo_day due, int64_t assignee, int64_t *id);
/* Marks a task done on `day` (the owner, the assignee while active, or a
 * manager above). */
int mbo_task_done(mbo *m, int64_t actor, int64_t id, mbo_day day);
/* Reopens a done task. */
int mbo_task_reopen(mbo *m, int64_t actor, int64_t id);

/* Tasks of one goal (goal_id != 0), or the actor's open tasks (goal_id 0),
 * by due date. Caller frees. */
int mbo_task_list(mbo *m, int64_t actor, int64_t goal_id, mbo_task **out, size_t *n);
void mbo_task_list_free(mbo_task *v, size_t n);

#endif
