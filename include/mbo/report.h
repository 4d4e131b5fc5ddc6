/*
 * report.h: reports over a team. The roll-up says where each person stands
 * on a day; the leaderboard ranks people on one metric for a period; the
 * period report gives each person's evaluation (goals with completion,
 * quantitative, qualitative, final score and grade). The core returns the
 * rows; the front ends draw them as a table, CSV or JSON.
 *
 * Scope: `team_of` is a person whose subtree (they and everyone below) is
 * reported, or 0 for the actor's own subtree. The actor must be that person,
 * a manager above them, or an admin (MBO_EPERM otherwise).
 */
#ifndef MBO_REPORT_H
#define MBO_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mbo/date.h"
#include "mbo/progress.h"
#include "mbo/dec.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/person.h"

typedef struct mbo mbo;

/* One active goal of a person in the roll-up. */
typedef struct mbo_rollup_goal {
	int64_t goal_id;
	char *title;                 /* heap */
	char metric[MBO_METRIC_MAX * 4 + 1];
	char unit[MBO_UNIT_MAX * 4 + 1];
	int direction;               /* enum mbo_direction */
	mbo_dec target;
	mbo_dec completion;          /* ratio, not capped */
	mbo_day due;
	mbo_progress progress;       /* actual, expected, pace, status ... as of asof */
} mbo_rollup_goal;

/* One person in the roll-up, in org-tree order (depth first, by login). */
typedef struct mbo_rollup_row {
	int64_t person_id;
	char login[MBO_LOGIN_MAX + 1];
	char name[MBO_NAME_MAX * 4 + 1];
	char manager[MBO_LOGIN_MAX + 1];   /* their manager's login; "" when none */
	int depth;                   /* 0 for team_of, 1 for their reports, ... */
	size_t active_goals;         /* active goals that have started by asof */
	size_t by_status[5];         /* active goals per enum mbo_pace_status */
	int worst_status;            /* enum mbo_pace_status, the worst of overdue >
	                                off_track > at_risk > on_track > achieved;
	                                -1 when no active goal */
	mbo_dec completion_sum;      /* sum of the goals' completion ratios */
	mbo_dec completion_avg;      /* their weighted mean (goal weights), 0 when none */
	mbo_day last_checkin;        /* latest over the goals; MBO_DAY_NONE when none */
	size_t alerts;               /* risk warnings (mbo_alerts) on their goals, not
	                                counting proposals waiting for approval */
	mbo_rollup_goal *goals;      /* heap, by due date */
	size_t ngoals;
} mbo_rollup_row;

/*
 * The team roll-up as of `asof`: per person of the subtree of team_of (0:
 * the actor), their active goals that have started with actual, expected,
 * pace, completion and status, and the person's totals. People no longer
 * active are left out. Caller frees with
 * mbo_rollup_free.
 */
int mbo_report_rollup(mbo *m, int64_t actor, int64_t team_of, mbo_day asof,
                      mbo_rollup_row **out, size_t *n);
/* The same rows handed to fn one at a time (valid only during the call), so
 * that the roll-up of a whole organisation holds one person in memory. fn
 * may call the core; a nonzero return stops and is returned. */
typedef int (*mbo_rollup_fn)(void *ctx, const mbo_rollup_row *row);
int mbo_report_rollup_each(mbo *m, int64_t actor, int64_t team_of, mbo_day asof,
                           mbo_rollup_fn fn, void *ctx);
void mbo_rollup_free(mbo_rollup_row *v, size_t n);

/* One person on the leaderboard of a metric. */
typedef struct mbo_leader {
	int rank;                    /* 1 = best; equal values share a rank */
	int64_t person_id;
	char login[MBO_LOGIN_MAX + 1];
	char name[MBO_NAME_MAX * 4 + 1];
	size_t goals;                /* goals of the metric counted */
	char unit[MBO_UNIT_MAX * 4 + 1];   /* of the first goal; "" when units differ */
	mbo_dec actual;              /* sum over those goals, each as of min(due, period end) */
	mbo_dec target;              /* sum of their targets */
	mbo_dec completion;          /* weighted mean completion ratio, not capped */
} mbo_leader;

/*
 * Ranks the people of the subtree of team_of (0: the actor) on `metric` for
 * `period`: each person's goals of that metric that overlap the period and
 * are active, achieved or missed, except team goals that roll up a cascade
 * (their members are ranked instead). Highest actual first (lowest when the
 * metric's goals are all `down`), then by completion, then by login. People
 * without such a goal are left out. MBO_EINVAL for a bad period or an empty
 * metric. Caller frees *out.
 */
int mbo_report_leaderboard(mbo *m, int64_t actor, int64_t team_of, const char *metric,
                           const char *period, mbo_leader **out, size_t *n);

/*
 * The period report: the evaluation (mbo_eval_compute) of every person of
 * the subtree of team_of (0: the actor) for `period`, in org-tree order.
 * Caller frees with mbo_report_period_free.
 */
int mbo_report_period(mbo *m, int64_t actor, int64_t team_of, const char *period,
                      mbo_evaluation **out, size_t *n);
void mbo_report_period_free(mbo_evaluation *v, size_t n);
/* The same evaluations handed to fn one at a time (valid only during the
 * call); fn may call the core; a nonzero return stops and is returned. */
typedef int (*mbo_eval_fn)(void *ctx, const mbo_evaluation *e);
int mbo_report_period_each(mbo *m, int64_t actor, int64_t team_of, const char *period,
                           mbo_eval_fn fn, void *ctx);

#endif
