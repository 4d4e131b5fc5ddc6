/*
 * milestone_priv.h: what milestone.c, the stages' records, offers plan.c
 * and decompose.c (progress.c and alert.c read them); not public. Each
 * write goes inside the caller's change.
 */
#ifndef MBO_MILESTONE_PRIV_H
#define MBO_MILESTONE_PRIV_H

#include "internal.h"
#include "mbo/plan.h"

/* The stages of goal `goal_id` with from <= day < before, by day (the
 * plan's points, progress.c); caller frees *out. */
int mbo_milestone_range(mbo *m, int64_t goal_id, mbo_day from, mbo_day before, mbo_milestone **out,
                        size_t *n);
/* The latest stage of goal `goal_id` before `before` and not after `upto`
 * (the alerts' missed milestone); MBO_ENOTFOUND, with no message, when
 * there is none. */
int mbo_milestone_last(mbo *m, int64_t goal_id, mbo_day before, mbo_day upto, mbo_milestone *out);
/* How many stages goal `goal_id` has. */
int mbo_milestone_count(mbo *m, int64_t goal_id, int64_t *n);
/* Removes all of them. */
int mbo_milestone_clear(mbo *m, int64_t goal_id);
/* Adds one: by `day`, `target` (cumulative) is due. */
int mbo_milestone_put(mbo *m, int64_t goal_id, mbo_day day, mbo_dec target);
/* Sets the target of the stage of `day`. */
int mbo_milestone_set(mbo *m, int64_t goal_id, mbo_day day, mbo_dec target);

#endif
