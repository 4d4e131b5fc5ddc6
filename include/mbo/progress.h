/*
 * progress.h: where a goal stands on a day. The formulas are written out in
 * docs/design.md with a worked example.
 */
#ifndef MBO_PROGRESS_H
#define MBO_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mbo/date.h"
#include "mbo/dec.h"
#include "mbo/goal.h"

typedef struct mbo mbo;

enum mbo_pace_status {
	MBO_PS_ON_TRACK, MBO_PS_AT_RISK, MBO_PS_OFF_TRACK, MBO_PS_ACHIEVED, MBO_PS_OVERDUE
};

typedef struct mbo_progress {
	int64_t goal_id;
	mbo_day asof;
	mbo_dec actual;              /* sum of check-ins, or the latest level */
	mbo_dec expected;            /* the plan by the end of `asof` */
	bool has_pace;               /* false when nothing is expected yet */
	mbo_dec pace;                /* 1.0000 means exactly on plan */
	mbo_dec forecast;            /* value expected at the due date */
	mbo_dec needed_per_workday;  /* change per workday still needed */
	int64_t workdays_total;      /* in [start, due] */
	int64_t workdays_elapsed;    /* in [start, asof] */
	int64_t workdays_left;       /* in (asof, due] */
	int status;                  /* enum mbo_pace_status */
	mbo_day last_checkin;        /* MBO_DAY_NONE when none */
	int64_t checkins;            /* how many up to asof */
} mbo_progress;

const char *mbo_pace_status_name(int status);

/* The worse of two pace statuses, for the worst of a person's goals:
 * overdue > off track > at risk > on track > achieved. Either may be -1
 * (none yet): the other is returned. */
int mbo_pace_status_worse(int a, int b);

/* Computes the progress of goal g as of `asof` from its check-ins and
 * milestones. g must be a stored goal (g->id set). */
int mbo_progress_compute(mbo *m, const mbo_goal *g, mbo_day asof, mbo_progress *out);

/* The actual of goal g as of `asof` only (cheaper). */
int mbo_progress_actual(mbo *m, const mbo_goal *g, mbo_day asof, mbo_dec *actual);

/* The plan and the actual of g on each of n ascending days (a chart's
 * columns): plan[i] is the expected value by the end of days[i]; actual[i]
 * the actual as of days[i], or as of `asof` for the column that holds it.
 * Columns that start after `asof` get no actual: *nactual counts those
 * that do. The plan's points are read once, and so are the check-ins, by
 * day, whatever the number of columns (a level goal cascaded to its team,
 * the sum of its children's levels, is read column by column). */
int mbo_progress_series(mbo *m, const mbo_goal *g, const mbo_day *days, size_t n, mbo_day asof,
                        mbo_dec *plan, mbo_dec *actual, size_t *nactual);

/* Completion of g given an actual, as a ratio (1.0000 = target met): for up
 * goals actual/target (level: progress from baseline), for down goals
 * target/actual. Not capped. */
mbo_dec mbo_progress_completion(const mbo_goal *g, mbo_dec actual);

#endif
