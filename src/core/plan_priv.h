/*
 * plan_priv.h: what plan.c offers other core files (goal_edit.c's revision);
 * not public.
 */
#ifndef MBO_PLAN_PRIV_H
#define MBO_PLAN_PRIV_H

#include "internal.h"
#include "mbo/goal.h"

/* After a revision: rescales milestones to a new target, or removes them
 * when the dates moved. Runs inside the revision's change. */
int mbo_plan_follow_revision(mbo *m, int64_t actor, const mbo_goal *before, const mbo_goal *after);

#endif
