/*
 * plan.c: the rules of decomposing a goal (spec section 2): mbo_allocate, a
 * largest-remainder split that works in whole units of the goal's
 * precision, so the parts always add up to the whole exactly (100 over
 * three members is 33.34 + 33.33 + 33.33, never 99.99); the precision a
 * goal's parts are cut at; and keeping its stages (milestones, whose
 * records are milestone.c's) true to a revision. Splitting a goal into stages and cascading it to a team are
 * the workflows of decompose.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "plan_priv.h"
#include "goal_priv.h"
#include "milestone_priv.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/plan.h"

static const int64_t unit_of_places[] = { 10000, 1000, 100, 10, 1 };

/* ---------------------------------------------------------------------- */
/* Allocation                                                              */

int mbo_allocate(mbo_dec total, const int64_t *weights, size_t n, int places, mbo_dec *out)
{
	__int128 wsum = 0, t, given = 0, last_r = 0;
	int64_t unit;
	size_t i, left, last_i = 0;
	int sign = 1;
	bool have_last = false;

	if (weights == NULL || out == NULL || n == 0 || places < 0 || places > MBO_DEC_PLACES)
		return -1;
	unit = unit_of_places[places];
	if (total % unit != 0 || total == INT64_MIN)
		return -1;
	for (i = 0; i < n; i++) {
		if (weights[i] < 0)
			return -1;
		wsum += weights[i];
	}
	if (wsum <= 0)
		return -1;

	/* Work on |total| in whole units; a negative total is the mirror. */
	t = total / unit;
	if (t < 0) {
		sign = -1;
		t = -t;
	}
	for (i = 0; i < n; i++) {
		__int128 q = t * weights[i] / wsum;
		out[i] = (mbo_dec)q;
		given += q;
	}

	/* Hand the units left over (fewer than n) to the largest remainders,
	 * the lower index first on a tie. Each pass finds the next part in
	 * that order after the one picked last, so nothing is allocated. */
	left = (size_t)(t - given);
	while (left > 0) {
		__int128 best_r = -1;
		size_t best = n;

		for (i = 0; i < n; i++) {
			__int128 r = t * weights[i] % wsum;
			if (have_last && (r > last_r || (r == last_r && i <= last_i)))
				continue;   /* already picked, or before it in the order */
			if (r > best_r) {
				best_r = r;
				best = i;
			}
		}
		if (best == n)
			return -1;   /* cannot happen: fewer units left than parts */
		out[best]++;
		last_r = best_r;
		last_i = best;
		have_last = true;
		left--;
	}
	for (i = 0; i < n; i++)
		out[i] = sign * out[i] * unit;
	return 0;
}

/*
 * The decimals a goal's parts are cut at: as many as its target or baseline
 * needs, so 30 visits split into whole visits. Numbers are written with two
 * places at least once they have any (12.5 is shown 12.50), so one place
 * counts as two: 1,000,000.50 splits into cents, not dimes.
 */
int mbo_goal_places(const mbo_goal *g)
{
	int a = mbo_dec_places(g->target), b = mbo_dec_places(g->baseline);
	int p = a > b ? a : b;
	return p == 1 ? 2 : p;
}

/*
 * Keeps a goal's milestones true to a revision, inside the revision's
 * change. A new target rescales the stages in proportion, so they still add
 * up to it exactly; new dates would leave stages outside the goal or short
 * of its due date, so the stages are removed and the history says to split
 * again.
 */
int mbo_plan_follow_revision(mbo *m, int64_t actor, const mbo_goal *before, const mbo_goal *after)
{
	mbo_milestone *ms = NULL;
	int64_t *w = NULL;
	mbo_dec *parts = NULL, base, prev, cum;
	char oldv[32];
	size_t n = 0, i;
	int rc;

	rc = mbo_milestone_list(m, before->id, &ms, &n);
	if (rc || n == 0)
		return rc;
	if (before->start != after->start || before->due != after->due) {
		rc = mbo_milestone_clear(m, before->id);
		snprintf(oldv, sizeof oldv, "%zu", n);
		if (rc == MBO_OK)
			rc = mbo_revision_add(m, actor, before->id, "milestones", oldv, "0",
			                      "the dates changed; split the goal into stages again");
		free(ms);
		return rc;
	}
	if (before->target == after->target) {
		free(ms);
		return MBO_OK;
	}
	base = before->kind == MBO_KIND_LEVEL ? before->baseline : 0;
	w = malloc(n * sizeof *w);
	parts = malloc(n * sizeof *parts);
	if (w == NULL || parts == NULL) {
		rc = mbo_error(m, MBO_EFAIL, _("out of memory"));
		goto out;
	}
	for (i = 0, prev = base; i < n; prev = ms[i].target, i++)
		w[i] = ms[i].target - prev < 0 ? prev - ms[i].target : ms[i].target - prev;
	if (mbo_allocate(after->target - base, w, n, mbo_goal_places(after), parts) != 0) {
		/* Stages with no weight at all: spread like an even split. */
		for (i = 0; i < n; i++)
			w[i] = 1;
		if (mbo_allocate(after->target - base, w, n, mbo_goal_places(after), parts) != 0) {
			rc = mbo_error(m, MBO_EINVAL, _("target: the stages cannot be rescaled; split the goal again"));
			goto out;
		}
	}
	for (i = 0, cum = base; i < n && rc == MBO_OK; i++) {
		cum += parts[i];
		rc = mbo_milestone_set(m, before->id, ms[i].day, cum);
	}
out:
	free(w);
	free(parts);
	free(ms);
	return rc;
}
