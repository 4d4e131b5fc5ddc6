/*
 * history_priv.h: what history.c, the records of what people did on a
 * metric before, offers the rules and workflows that weigh a goal against
 * the past (smart.c's comparable results and units, decompose.c's
 * seasonal split and cascade by history); not public.
 */
#ifndef MBO_HISTORY_PRIV_H
#define MBO_HISTORY_PRIV_H

#include "internal.h"

/* A past goal of a person on a metric, without its result: the actual as
 * of a day is progress.c's to compute. */
struct mbo_history_goal {
	int64_t id;
	mbo_day start, due;
	int direction;       /* enum mbo_direction */
	mbo_dec baseline, target;
};

/* Called for each row while its statement runs: it must not ask for the
 * same history again. A nonzero return stops the walk and comes back. */
typedef int (*mbo_history_goal_fn)(void *ctx, const struct mbo_history_goal *g);
typedef int (*mbo_history_unit_fn)(void *ctx, const char *unit, int64_t goals);

/*
 * The goals of `owner` on `metric` of `kind` (MBO_KIND_LEVEL, else sum)
 * that count as results: active, achieved or missed, due before `before`,
 * with a check-in by their due date, and not a team goal (one with
 * children not rejected or cancelled); goal `exclude` left out. Latest
 * due first (then highest id).
 */
int mbo_history_goals_each(mbo *m, int64_t owner, const char *metric, int kind, int64_t exclude,
                           mbo_day before, mbo_history_goal_fn fn, void *ctx);

/*
 * The units the team of `owner` counts `metric` in, with how many goals
 * use each: the team is the owner's manager (the owner when none) and
 * the manager's direct reports; the goals are those not rejected or
 * cancelled, due within the year before `start`, goal `exclude` (0: none)
 * left out. One call of fn per unit, in no given order.
 */
int mbo_history_units_each(mbo *m, int64_t owner, const char *metric, int64_t exclude,
                           mbo_day start, mbo_history_unit_fn fn, void *ctx);

/* The exact sum (saturated) of the check-ins dated in [from, to] on the
 * goals of `owner` with `metric`; with `kind` >= 0 only goals of that
 * kind count. */
int mbo_history_sum(mbo *m, int64_t owner, const char *metric, int kind, mbo_day from, mbo_day to,
                    mbo_dec *out);

/* The latest check-in dated in [from, to] on a level goal of `owner` with
 * `metric`; 0 when there is none. */
int mbo_history_level(mbo *m, int64_t owner, const char *metric, mbo_day from, mbo_day to,
                      mbo_dec *out);

#endif
