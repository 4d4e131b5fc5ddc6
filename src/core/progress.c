/*
 * progress.c: where a goal stands on a day. From a goal's check-ins and
 * milestones it computes the actual, the plan (expected) by the end of the
 * day, the pace, a forecast at the due date from the recent run rate, the
 * change per workday still needed and a status. Workdays come from
 * calendar.c; every number is an exact decimal (mbo_dec). A derived figure
 * is one exact fraction of the inputs (target, actual, baseline, workdays),
 * rounded once to four places at the end: the pace is never divided by the
 * already-rounded expected value, and the status bands are decided on the
 * exact pace. docs/design.md writes the formulas out with a worked example.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "checkin_priv.h"
#include "goal_priv.h"
#include "milestone_priv.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/progress.h"
#include "mbo/setting.h"

/* Returned by mbo_progress_completion for a down sum goal with nothing
 * consumed (target / 0): 10.0000, i.e. 1000%. */
#define COMPLETION_NONE_CONSUMED MBO_DEC(10)

static const char *const status_names[] = {
	"on_track", "at_risk", "off_track", "achieved", "overdue"
};

const char *mbo_pace_status_name(int status)
{
	if (status < 0 || status >= (int)(sizeof status_names / sizeof status_names[0]))
		return "unknown";
	return status_names[status];
}

static int badness(int status)
{
	switch (status) {
	case MBO_PS_ACHIEVED: return 0;
	case MBO_PS_ON_TRACK: return 1;
	case MBO_PS_AT_RISK: return 2;
	case MBO_PS_OFF_TRACK: return 3;
	case MBO_PS_OVERDUE: return 4;
	}
	return -1;
}

int mbo_pace_status_worse(int a, int b)
{
	return badness(b) > badness(a) ? b : a;
}


/* a * num / den rounded half away from zero; clamped to +-MBO_DEC_SAT on overflow.
 * den != 0. */
static mbo_dec muldiv(mbo_dec a, int64_t num, int64_t den)
{
	mbo_dec r;
	int neg;

	if (mbo_dec_muldiv(a, num, den, &r) == 0)
		return mbo_dec_sat(r);
	neg = (a < 0) != (num < 0);
	if (den < 0)
		neg = !neg;
	return neg ? -MBO_DEC_SAT : MBO_DEC_SAT;
}

/*
 * An exact fraction num / den of ten-thousandths (den > 0): a derived figure
 * before its one rounding. With stored values below 2^63 and workday counts
 * below 2^22, every numerator and denominator formed here stays below 2^102.
 */
typedef struct frac {
	__int128 num;
	__int128 den;
} frac;

static frac frac_of(mbo_dec v)
{
	return (frac){ v, 1 };
}

/* num / den with the sign carried by the numerator. den != 0. */
static frac frac_make(__int128 num, __int128 den)
{
	return den < 0 ? (frac){ -num, -den } : (frac){ num, den };
}

/* q rounded half away from zero to four places; held within +-MBO_DEC_SAT. */
static mbo_dec frac_round(frac q)
{
	return mbo_dec_sat(mbo_div_round(q.num, q.den));
}

/* True when q >= v exactly: q >= v iff floor(q) >= v, v being whole
 * ten-thousandths (so no product with v can overflow). */
static bool frac_ge(frac q, mbo_dec v)
{
	__int128 f = q.num / q.den;

	if (q.num % q.den != 0 && q.num < 0)
		f--;
	return f >= v;
}

/* a / b as a ratio (1.0000 = equal); clamped to +-MBO_DEC_SAT on overflow. b != 0. */
static mbo_dec ratio(mbo_dec a, mbo_dec b)
{
	mbo_dec r;

	if (mbo_dec_div(a, b, &r) == 0)
		return mbo_dec_sat(r);
	return ((a < 0) != (b < 0)) ? -MBO_DEC_SAT : MBO_DEC_SAT;
}

static bool is_sum(const mbo_goal *g)
{
	return g->kind == MBO_KIND_SUM;
}

static bool is_up(const mbo_goal *g)
{
	return g->direction == MBO_DIR_UP;
}

/* The value the plan starts from: 0 for sum goals, the baseline for level. */
static mbo_dec plan_origin(const mbo_goal *g)
{
	return is_sum(g) ? 0 : g->baseline;
}

/*
 * The level of a level goal as of the end of `day`: the value of the latest
 * check-in on or before it (latest day, then highest id), or the baseline
 * when there is none. A goal cascaded to its team is the sum of its
 * children's levels, plus its own latest check-in if it has one. Only ids
 * and baselines are read for the children (mbo_goal_rollup_children).
 */
static int level_of(mbo *m, int64_t id, mbo_dec baseline, mbo_day day, mbo_dec *level)
{
	mbo_goal_child *kids;
	size_t n, i;
	mbo_dec sum = 0, v;
	int rc;

	rc = mbo_goal_rollup_children(m, id, &kids, &n);
	if (rc)
		return rc;
	if (n > 0) {
		for (i = 0; i < n; i++) {
			rc = level_of(m, kids[i].id, kids[i].baseline, day, &v);
			if (rc) {
				free(kids);
				return rc;
			}
			sum = mbo_dec_sat((__int128)sum + v);
		}
		free(kids);
		rc = mbo_checkin_level(m, id, day, &v);
		if (rc == MBO_ENOTFOUND)
			v = 0;
		else if (rc)
			return rc;
		*level = mbo_dec_sat((__int128)sum + v);
		return MBO_OK;
	}
	rc = mbo_checkin_level(m, id, day, level);
	if (rc == MBO_ENOTFOUND) {
		*level = baseline;
		return MBO_OK;
	}
	return rc;
}

static int level_asof(mbo *m, const mbo_goal *g, mbo_day day, mbo_dec *level)
{
	return level_of(m, g->id, g->baseline, day, level);
}

int mbo_progress_actual(mbo *m, const mbo_goal *g, mbo_day asof, mbo_dec *actual)
{
	int tree;

	if (!is_sum(g))
		return level_asof(m, g, asof, actual);
	tree = mbo_goal_rolls_up(m, g->id);
	return tree < 0 ? MBO_EDB : mbo_checkin_sum(m, g->id, tree, MBO_DAY_NONE, asof, actual);
}

/* One point of the plan: the cumulative target due by the end of `day`. */
typedef mbo_milestone point;

/*
 * The plan's points: the goal's milestones with start <= day < due, by day,
 * then (due, target) last. The goal's own target is authoritative at the due
 * date, so a milestone on or after it is not used for the plan. Caller frees
 * *out (never NULL on success; at least one point).
 */
static int plan_points(mbo *m, const mbo_goal *g, point **out, size_t *n)
{
	point *v, *more;
	int rc = mbo_milestone_range(m, g->id, g->start, g->due, &v, n);

	if (rc)
		return rc;
	more = realloc(v, (*n + 1) * sizeof *v);
	if (more == NULL) {
		free(v);
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	}
	more[*n].day = g->due;
	more[*n].target = g->target;
	(*n)++;
	*out = more;
	return MBO_OK;
}

/*
 * The plan by the end of `day`, exactly: linear in workdays between the
 * point before (or the day before start, at the plan's origin) and the
 * first point on or after `day`. A segment without workdays jumps at its end.
 */
static frac plan_exact(mbo *m, const mbo_goal *g, const point *pts, size_t n, mbo_day day)
{
	mbo_day prev_day = g->start - 1;
	mbo_dec prev_val = plan_origin(g);
	int64_t num, den;
	size_t i;

	if (day < g->start)
		return frac_of(prev_val);
	if (day >= g->due)
		return frac_of(g->target);
	for (i = 0; i < n && pts[i].day < day; i++) {
		prev_day = pts[i].day;
		prev_val = pts[i].target;
	}
	/* pts[n-1] is the due date, so i < n here. */
	den = mbo_workdays(m, prev_day + 1, pts[i].day);
	num = mbo_workdays(m, prev_day + 1, day);
	if (den == 0)
		return frac_of(day >= pts[i].day ? pts[i].target : prev_val);
	/* P.v + (N.v - P.v) * num / den over one denominator. */
	return frac_make((__int128)prev_val * den + ((__int128)pts[i].target - prev_val) * num, den);
}

/* The plan by the end of `day`, rounded once. */
static mbo_dec plan_at(mbo *m, const mbo_goal *g, const point *pts, size_t n, mbo_day day)
{
	return frac_round(plan_exact(m, g, pts, n, day));
}

/* True when the goal counts as achieved as of `asof` given its actual. */
static bool met(const mbo_goal *g, mbo_day asof, mbo_dec actual)
{
	if (is_up(g))
		return actual >= g->target;
	if (is_sum(g))
		return asof >= g->due && actual <= g->target;
	return actual <= g->target;
}

/*
 * The forecast at the due date from the run rate of the last W workdays up
 * to `upto` (W = min(forecast.window_workdays, workdays elapsed)). The window
 * is (B, upto] where B is the workday just before those W workdays, so
 * check-ins on weekends inside it count: sum goals add the check-ins in the
 * window, level goals take the change from the level as of B (the baseline
 * when B is before the start). Either is spread over W and projected over
 * the workdays left, rounded once.
 */
static int forecast(mbo *m, const mbo_goal *g, int tree, mbo_progress *p, mbo_day upto)
{
	int64_t w = mbo_setting_int(m, "forecast.window_workdays", 10);
	mbo_dec base = g->baseline;
	mbo_day back;
	int rc;

	if (w > p->workdays_elapsed)
		w = p->workdays_elapsed;
	if (w <= 0 || p->workdays_left == 0) {
		p->forecast = p->actual;
		return MBO_OK;
	}
	/* For a workday `upto` this is mbo_workday_back(upto, w). */
	back = mbo_workday_back(m, upto + 1, w + 1);
	if (is_sum(g)) {
		mbo_dec recent = 0;
		rc = mbo_checkin_sum(m, g->id, tree, back + 1, upto, &recent);
		if (rc)
			return rc;
		p->forecast = mbo_dec_sat((__int128)p->actual + muldiv(recent, p->workdays_left, w));
		return MBO_OK;
	}
	if (back >= g->start) {
		rc = level_asof(m, g, back, &base);
		if (rc)
			return rc;
	}
	p->forecast = mbo_dec_sat((__int128)p->actual +
	                    muldiv(mbo_dec_sat((__int128)p->actual - base), p->workdays_left, w));
	/* A level that never went below zero (a count of customers) is not
	 * forecast below zero either. */
	if (p->forecast < 0 && p->actual >= 0 && g->baseline >= 0 && g->target >= 0)
		p->forecast = 0;
	return MBO_OK;
}

/* The change per workday still needed to reach (or, for down sum goals, the
 * allowance per workday left under) the target. */
static mbo_dec needed(const mbo_goal *g, const mbo_progress *p)
{
	mbo_dec rem = mbo_dec_sat((__int128)g->target - p->actual);

	if (is_up(g) || is_sum(g)) {
		/* up: still to gain; down sum: allowance left. Never below 0. */
		if (rem <= 0)
			return 0;
	} else if (rem >= 0) {
		return 0;            /* down level: already at or below the target */
	}
	if (p->workdays_left == 0)
		return rem;
	return muldiv(rem, 1, p->workdays_left);
}

/*
 * The pace, exactly, from the actual A and the exact plan E = e.num / e.den
 * (never the rounded expected value): progress made over progress planned,
 * in ten-thousandths. sum/up A / E = A * e.den / e.num; sum/down (a ceiling)
 * E / A = e.num / (A * e.den); level (A - B) / (E - B) =
 * (A - B) * e.den / (e.num - B * e.den). False (no pace) while nothing is
 * expected yet, or nothing consumed on a down sum goal.
 */
static bool pace_exact(const mbo_goal *g, mbo_dec actual, frac e, frac *pace)
{
	__int128 den;

	if (is_sum(g) && is_up(g)) {
		if (e.num == 0)
			return false;
		*pace = frac_make((__int128)actual * e.den * MBO_DEC_SCALE, e.num);
	} else if (is_sum(g)) {
		if (e.num == 0 || actual == 0)
			return false;
		*pace = frac_make(e.num * MBO_DEC_SCALE, (__int128)actual * e.den);
	} else {
		den = e.num - (__int128)g->baseline * e.den;
		if (den == 0)
			return false;
		*pace = frac_make(((__int128)actual - g->baseline) * e.den * MBO_DEC_SCALE, den);
	}
	return true;
}

/* The status, the first that applies; the pace bands (settings) are decided
 * on the exact pace (NULL: no pace), so that a pace a hair under a band edge
 * is not rounded onto it. */
static int status_of(mbo *m, const mbo_goal *g, const mbo_progress *p, const frac *pace)
{
	mbo_dec on = mbo_setting_dec(m, "pace.on_track", 9500);
	mbo_dec off = mbo_setting_dec(m, "pace.off_track", 8000);

	if (met(g, p->asof, p->actual))
		return MBO_PS_ACHIEVED;
	if (p->asof > g->due)
		return MBO_PS_OVERDUE;
	if (is_sum(g) && !is_up(g) && p->actual > g->target)
		return MBO_PS_OFF_TRACK;
	if (pace == NULL || frac_ge(*pace, on))
		return MBO_PS_ON_TRACK;
	if (frac_ge(*pace, off))
		return MBO_PS_AT_RISK;
	return MBO_PS_OFF_TRACK;
}

int mbo_progress_compute(mbo *m, const mbo_goal *g, mbo_day asof, mbo_progress *out)
{
	point *pts = NULL;
	mbo_day upto = asof < g->due ? asof : g->due;
	mbo_dec total = 0;
	frac e, pace = { 0, 1 };
	size_t npts = 0;
	int rc, tree;

	memset(out, 0, sizeof *out);
	out->goal_id = g->id;
	out->asof = asof;
	out->last_checkin = MBO_DAY_NONE;

	/* A sum goal's actual is the sum up to asof: the same pass as the
	 * count, which matters for a director's goals that roll up everyone. */
	/* Whether the goal rolls up others is asked once for all its sums. */
	tree = mbo_goal_rolls_up(m, g->id);
	if (tree < 0)
		return MBO_EDB;
	rc = mbo_checkin_count(m, g->id, tree, asof, is_sum(g), &out->checkins, &out->last_checkin,
	                       &total);
	if (rc == MBO_OK && is_sum(g))
		out->actual = total;
	else if (rc == MBO_OK)
		rc = level_asof(m, g, asof, &out->actual);
	if (rc == MBO_OK)
		rc = plan_points(m, g, &pts, &npts);
	if (rc)
		return rc;
	e = plan_exact(m, g, pts, npts, asof);
	out->expected = frac_round(e);
	free(pts);

	out->workdays_total = mbo_workdays(m, g->start, g->due);
	out->workdays_elapsed = mbo_workdays(m, g->start, upto);
	out->workdays_left = mbo_workdays(m, asof + 1 > g->start ? asof + 1 : g->start, g->due);

	out->has_pace = pace_exact(g, out->actual, e, &pace);
	if (out->has_pace)
		out->pace = frac_round(pace);

	rc = forecast(m, g, tree, out, upto);
	if (rc)
		return rc;
	out->needed_per_workday = needed(g, out);

	out->status = status_of(m, g, out, out->has_pace ? &pace : NULL);
	return MBO_OK;
}

/* How many of the n entries of v (by day) fall on or before `day`. */
static size_t days_upto(const mbo_checkin_day *v, size_t n, mbo_day day)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v[mid].day <= day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * actual[i] for the n columns that have one, as of upto[i], as
 * mbo_progress_actual gives it, from one read of the goal's check-ins by
 * day: a sum goal adds the days up to the column (exactly, in 128 bits,
 * then held within MBO_DEC_SAT), a level goal takes the latest day's. A
 * level goal that rolls up others is the sum of its children's levels,
 * each from its own check-ins or baseline: it is read column by column.
 */
static int series_actual(mbo *m, const mbo_goal *g, const mbo_day *upto, size_t n, mbo_dec *actual)
{
	mbo_checkin_day *v;
	size_t nv, i, k;
	mbo_day last = upto[0];
	int rc, tree = mbo_goal_rolls_up(m, g->id);

	if (tree < 0)
		return MBO_EDB;
	if (!is_sum(g) && tree) {
		for (i = 0, rc = MBO_OK; i < n && rc == MBO_OK; i++)
			rc = level_asof(m, g, upto[i], &actual[i]);
		return rc;
	}
	for (i = 1; i < n; i++)
		if (upto[i] > last)
			last = upto[i];
	rc = is_sum(g) ? mbo_checkin_sum_by_day(m, g->id, tree, last, &v, &nv)
	               : mbo_checkin_level_by_day(m, g->id, last, &v, &nv);
	if (rc)
		return rc;
	for (i = 1; is_sum(g) && i < nv; i++)
		v[i].value += v[i - 1].value;    /* below 2^127: see MBO_SQL_SUM */
	for (i = 0; i < n; i++) {
		k = days_upto(v, nv, upto[i]);
		if (is_sum(g))
			actual[i] = k ? mbo_dec_sat(v[k - 1].value) : 0;
		else
			actual[i] = k ? (mbo_dec)v[k - 1].value : g->baseline;
	}
	free(v);
	return MBO_OK;
}

int mbo_progress_series(mbo *m, const mbo_goal *g, const mbo_day *days, size_t n, mbo_day asof,
                        mbo_dec *plan, mbo_dec *actual, size_t *nactual)
{
	point *pts = NULL;
	mbo_day *upto;
	size_t npts = 0, i, k = 0;
	int rc;

	*nactual = 0;
	upto = malloc((n ? n : 1) * sizeof *upto);
	if (upto == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	rc = plan_points(m, g, &pts, &npts);
	for (i = 0; rc == MBO_OK && i < n; i++) {
		mbo_day from = i == 0 ? g->start : days[i - 1] + 1;

		plan[i] = plan_at(m, g, pts, npts, days[i]);
		actual[i] = 0;
		if (from > asof)
			continue;
		/* The columns that have an actual come first: days ascend. */
		upto[k++] = days[i] < asof ? days[i] : asof;
		*nactual = i + 1;
	}
	free(pts);
	if (rc == MBO_OK && k > 0)
		rc = series_actual(m, g, upto, k, actual);
	free(upto);
	return rc;
}

mbo_dec mbo_progress_completion(const mbo_goal *g, mbo_dec actual)
{
	mbo_dec num, den;

	if (is_up(g)) {
		num = is_sum(g) ? actual : mbo_dec_sat((__int128)actual - g->baseline);
		den = is_sum(g) ? g->target : mbo_dec_sat((__int128)g->target - g->baseline);
	} else if (is_sum(g)) {
		if (actual == 0)
			return COMPLETION_NONE_CONSUMED;
		num = g->target;
		den = actual;
	} else {
		num = mbo_dec_sat((__int128)g->baseline - actual);
		den = mbo_dec_sat((__int128)g->baseline - g->target);
	}
	/* A target equal to the starting point: met or not. */
	if (den == 0)
		return num >= 0 ? MBO_DEC(1) : 0;
	return ratio(num, den);
}
