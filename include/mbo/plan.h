/*
 * plan.h: decomposition. Stages (milestones) split a goal over weeks,
 * months or quarters; a cascade splits a manager's team goal into member
 * goals. Both add up to the whole exactly, at the precision of the target.
 */
#ifndef MBO_PLAN_H
#define MBO_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mbo/date.h"
#include "mbo/dec.h"
#include "mbo/person.h"

typedef struct mbo mbo;

typedef struct mbo_milestone {
	mbo_day day;
	mbo_dec target;     /* cumulative: the value due by `day` */
} mbo_milestone;

/*
 * Splits `total` into n parts proportional to weights (all >= 0, sum > 0),
 * each a multiple of 10^-places, adding up to total exactly (largest
 * remainder). Returns -1 on bad input.
 */
int mbo_allocate(mbo_dec total, const int64_t *weights, size_t n, int places, mbo_dec *out);

/*
 * Replaces the milestones of goal `id` with one per week, month or quarter
 * (the last on the due date): evenly per workday, or weighted by the owner's
 * check-ins on the same metric one year earlier (seasonality). MBO_EINVAL
 * when weighted and there is no history, saying to split evenly.
 */
int mbo_goal_split(mbo *m, int64_t actor, int64_t id, enum mbo_span by, bool weighted);

/* A goal's milestones by day. Caller frees. */
int mbo_milestone_list(mbo *m, int64_t goal_id, mbo_milestone **out, size_t *n);

enum mbo_cascade_mode { MBO_CASCADE_SHARES, MBO_CASCADE_EVEN, MBO_CASCADE_HISTORY };

typedef struct mbo_share {
	char login[MBO_LOGIN_MAX + 1];
	bool has_amount;
	bool percent;       /* amount is a percentage of the parent's target */
	mbo_dec amount;
} mbo_share;

/*
 * Creates one active child goal per member, linked to goal `id`, whose
 * targets add up to its target exactly. SHARES: each share names an amount
 * or a percentage (they must add up to the target or to 100%). EVEN and
 * HISTORY: among `shares` when n > 0 (logins only), else the owner's direct
 * reports; HISTORY in proportion to each member's actual on the metric in
 * the previous comparable period. Members must be below the goal's owner.
 * The new ids go to *child_ids (caller frees), their count to *nchild.
 */
int mbo_goal_cascade(mbo *m, int64_t actor, int64_t id, int mode,
                     const mbo_share *shares, size_t n,
                     int64_t **child_ids, size_t *nchild);

/* The decimals a goal's parts are cut at: as many as its target or baseline
 * needs (two once there is one: 12.5 splits into cents). */
int mbo_goal_places(const mbo_goal *g);

#endif
