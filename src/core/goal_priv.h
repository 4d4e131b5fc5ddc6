/*
 * goal_priv.h: what goal.c, the goal's records, offers the core's goal
 * workflows (goal_edit.c, plan.c, import.c, org.c ...); not public.
 */
#ifndef MBO_GOAL_PRIV_H
#define MBO_GOAL_PRIV_H

#include "internal.h"
#include "mbo/goal.h"

/* Reads the row of goal `id` without a permission check. */
int mbo_goal_load(mbo *m, int64_t id, mbo_goal *out);

/*
 * One person's goals as the reports read them (report.c), one query each,
 * without a permission check, by due day then id. Only the id, title,
 * metric, unit, kind, direction, baseline, target, weight, start, due and
 * status are read; the rest stays as mbo_goal_init leaves it. Caller frees
 * *out with mbo_goal_list_free.
 * mbo_goal_active_started: `owner`'s active goals started by `asof`.
 * mbo_goal_metric_overlapping: `owner`'s live goals (active, achieved,
 * missed) of `metric` that overlap [first, last], leaving out a team goal
 * its cascade rolls up into, whose members' results are counted already.
 */
int mbo_goal_active_started(mbo *m, int64_t owner, mbo_day asof, mbo_goal **out, size_t *n);
int mbo_goal_metric_overlapping(mbo *m, int64_t owner, const char *metric, mbo_day first,
                                mbo_day last, mbo_goal **out, size_t *n);

/* The ids of `owner`'s open (active or proposed) goals, oldest first, and
 * how many of them are proposals. Caller frees *ids. */
int mbo_goal_open_ids(mbo *m, int64_t owner, int64_t **ids, size_t *n, size_t *proposed);

/* Appends one entry to a goal's history inside the current change.
 * old/new may be NULL. */
int mbo_revision_add(mbo *m, int64_t actor, int64_t goal, const char *field,
                     const char *old_value, const char *new_value, const char *reason);

/* Sets g's status as one change (`summary`) with its history entry. */
int mbo_goal_set_status(mbo *m, int64_t actor, const mbo_goal *g, int status, const char *reason,
                        const char *summary);

/* Writes goal g (its id and created_by set) inside the caller's change;
 * no check: the caller has run them. */
int mbo_goal_insert(mbo *m, int64_t actor, mbo_goal *g);

/* Sets when goal `id` was created to `at` (UTC, "YYYY-MM-DDTHH:MM:SSZ")
 * as given, inside the caller's change: the demo team's history
 * (demo.c), whose goals were made days before the day it is built. */
int mbo_goal_write_created_at(mbo *m, int64_t id, const char *at);

/* Writes the terms of `after` that differ from g's (target, start, due,
 * weight), each with its history entry and `reason`, inside the caller's
 * change; *changes counts them. */
int mbo_goal_write_terms(mbo *m, int64_t actor, const mbo_goal *g, const mbo_goal *after,
                         const char *reason, int *changes);

/* MBO_OK when g is in `status`, else MBO_EINVAL saying it cannot be `doing`. */
int mbo_goal_need_status(mbo *m, const mbo_goal *g, int status, const char *doing);

#endif
