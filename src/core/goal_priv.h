/*
 * goal_priv.h: what goal.c, the goal's records, offers the core's goal
 * workflows (goal_edit.c, plan.c, import.c, org.c ...) and rules
 * (progress.c, alert.c); not public.
 */
#ifndef MBO_GOAL_PRIV_H
#define MBO_GOAL_PRIV_H

#include "internal.h"
#include "mbo/goal.h"

/* Reads the row of goal `id` without a permission check. */
int mbo_goal_load(mbo *m, int64_t id, mbo_goal *out);

/* The goals of `owner` overlapping [first, last] that are active, achieved
 * or missed (the ones an evaluation counts), by due day; no permission
 * check. Caller frees *out with mbo_goal_list_free. */
int mbo_goal_list_overlapping(mbo *m, int64_t owner, mbo_day first, mbo_day last, mbo_goal **out,
                              size_t *n);

/* The title of goal `id` copied into buf (cut to cap), "" when there is
 * no such goal. */
int mbo_goal_title(mbo *m, int64_t id, char *buf, size_t cap);

/* The ids of `owner`'s active important-and-urgent (3/3) goals that
 * overlap [from, to], goal `exclude` left out, by id (the priority
 * principle, smart.c). Caller frees *ids. */
int mbo_goal_top_ids(mbo *m, int64_t owner, int64_t exclude, mbo_day from, mbo_day to,
                     int64_t **ids, size_t *n);

/* 1 when goal `id` has children that roll up into it (MBO_SQL_ROLLS_INTO),
 * 0 when not, -1 on a database error. Most goals have none, and their sums
 * then skip the recursive query (docs/performance.md). */
int mbo_goal_rolls_up(mbo *m, int64_t id);

/* The children of goal `id` that roll up into it, with their baselines (a
 * level child's level when it has no check-in): only these, since a
 * director's level goal rolls up one child per person and loading each
 * whole goal was most of the director's first frame (docs/performance.md).
 * Caller frees *out (NULL when there are none). */
typedef struct mbo_goal_child {
	int64_t id;
	mbo_dec baseline;
} mbo_goal_child;
int mbo_goal_rollup_children(mbo *m, int64_t id, mbo_goal_child **out, size_t *n);

/*
 * The active and proposed goals of `person`, by id, for the alerts
 * (alert.c): only the fields progress needs are filled, plus the title
 * (heap), the owner's login and the day the goal was created. Read into
 * *v, a buffer of *cap the caller reuses from person to person (grown as
 * needed; the caller frees it); *n counts them. The caller frees each
 * g.title; on an error none is left to free (*n is 0).
 */
typedef struct mbo_goal_open {
	mbo_goal g;
	mbo_day created;      /* date part of created_at */
} mbo_goal_open;
int mbo_goal_open_of(mbo *m, int64_t person, mbo_goal_open **v, size_t *n, size_t *cap);

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
