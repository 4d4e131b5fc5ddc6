/*
 * report.c: the team roll-up, the leaderboard per metric and the period
 * report. Each reads the people of a subtree in one query, then one query of
 * goals per person; figures per goal come from progress.c and per person
 * from eval.c, so a report says what the goal and evaluation screens say.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "perm_priv.h"
#include "alert_priv.h"
#include "goal_priv.h"
#include "person_priv.h"
#include "mbo/alert.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/progress.h"
#include "mbo/report.h"

/*
 * The people of the subtree of team_of (0: the actor), depth first by
 * login, after checking that the actor may see them all. Caller frees *out
 * with mbo_person_tree_free.
 */
static int members(mbo *m, int64_t actor, int64_t team_of, mbo_tree_person **out, size_t *n)
{
	size_t nids = 0;
	int64_t *ids = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (team_of == 0)
		team_of = actor;
	rc = mbo_scope_people(m, actor, 0, team_of, &ids, &nids);
	free(ids);
	if (rc)
		return rc;
	return mbo_person_tree(m, team_of, out, n);
}

/* ---- Roll-up ---- */

void mbo_rollup_free(mbo_rollup_row *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < v[i].ngoals; j++)
			free(v[i].goals[j].title);
		free(v[i].goals);
	}
	free(v);
}

static int rollup_person(mbo *m, mbo_rollup_row *row, mbo_day asof)
{
	mbo_goal *gs = NULL;
	size_t ng = 0, i, nalerts;
	__int128 wnum = 0, wden = 0;
	int rc;

	rc = mbo_goal_active_started(m, row->person_id, asof, &gs, &ng);
	if (rc)
		return rc;
	row->worst_status = -1;
	row->last_checkin = MBO_DAY_NONE;
	if (ng > 0) {
		row->goals = calloc(ng, sizeof *row->goals);
		if (row->goals == NULL) {
			mbo_goal_list_free(gs, ng);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
	}
	for (i = 0; i < ng; i++) {
		mbo_rollup_goal *o = &row->goals[i];
		const mbo_goal *g = &gs[i];
		mbo_progress p;

		rc = mbo_progress_compute(m, g, asof, &p);
		if (rc == MBO_OK)
			rc = mbo_alert_count(m, g, &p, asof, &nalerts);
		if (rc)
			break;
		row->alerts += nalerts;
		o->goal_id = g->id;
		o->title = gs[i].title;
		gs[i].title = NULL;
		row->ngoals++;
		snprintf(o->metric, sizeof o->metric, "%s", g->metric);
		snprintf(o->unit, sizeof o->unit, "%s", g->unit);
		o->direction = g->direction;
		o->target = g->target;
		o->completion = mbo_progress_completion(g, p.actual);
		o->due = g->due;
		o->progress = p;

		row->active_goals++;
		if (p.status >= 0 && p.status < 5)
			row->by_status[p.status]++;
		row->worst_status = mbo_pace_status_worse(row->worst_status, p.status);
		row->completion_sum = mbo_dec_sat((__int128)row->completion_sum + o->completion);
		wnum += (__int128)g->weight * o->completion;
		wden += g->weight;
		if (p.last_checkin != MBO_DAY_NONE &&
		    (row->last_checkin == MBO_DAY_NONE || p.last_checkin > row->last_checkin))
			row->last_checkin = p.last_checkin;
	}
	mbo_goal_list_free(gs, ng);
	if (rc == MBO_OK && wden > 0)
		row->completion_avg = mbo_dec_sat(mbo_div_round(wnum, wden));
	return rc;
}

static void rollup_row_clear(mbo_rollup_row *row)
{
	size_t j;

	for (j = 0; j < row->ngoals; j++)
		free(row->goals[j].title);
	free(row->goals);
	row->goals = NULL;
	row->ngoals = 0;
}

static int rollup_run(mbo *m, int64_t actor, int64_t team_of, mbo_day asof,
                      mbo_rollup_fn fn, void *ctx)
{
	mbo_tree_person *ms = NULL;
	size_t nm = 0, i;
	int rc;

	rc = members(m, actor, team_of, &ms, &nm);
	for (i = 0; i < nm && rc == MBO_OK; i++) {
		mbo_rollup_row row;
		if (!ms[i].active)
			continue;
		memset(&row, 0, sizeof row);
		row.person_id = ms[i].id;
		snprintf(row.login, sizeof row.login, "%s", ms[i].login);
		snprintf(row.name, sizeof row.name, "%s", ms[i].name);
		snprintf(row.manager, sizeof row.manager, "%s", ms[i].manager);
		row.depth = ms[i].depth;
		rc = rollup_person(m, &row, asof);
		if (rc == MBO_OK)
			rc = fn(ctx, &row);
		rollup_row_clear(&row);
	}
	mbo_person_tree_free(ms, nm);
	return rc;
}

/* In one read transaction: see mbo_read_begin. */
int mbo_report_rollup_each(mbo *m, int64_t actor, int64_t team_of, mbo_day asof,
                           mbo_rollup_fn fn, void *ctx)
{
	bool tx = mbo_read_begin(m);
	int rc = rollup_run(m, actor, team_of, asof, fn, ctx);

	mbo_read_end(m, tx);
	return rc;
}

struct rollup_vec {
	mbo *m;
	mbo_rollup_row *v;
	size_t n, cap;
};

/* Keeps a copy of the row; its goals are copied too, as the caller of fn
 * frees them after the call. */
static int rollup_collect(void *ctx, const mbo_rollup_row *row)
{
	struct rollup_vec *rv = ctx;
	mbo_rollup_row *q;
	size_t j;

	if (rv->n == rv->cap && mbo_grow(&rv->v, &rv->cap, sizeof *rv->v))
		return mbo_error(rv->m, MBO_EFAIL, _("out of memory"));
	q = &rv->v[rv->n];
	*q = *row;
	q->goals = NULL;
	q->ngoals = 0;
	if (row->ngoals > 0 && (q->goals = calloc(row->ngoals, sizeof *q->goals)) == NULL)
		return mbo_error(rv->m, MBO_EFAIL, _("out of memory"));
	rv->n++;
	for (j = 0; j < row->ngoals; j++) {
		q->goals[j] = row->goals[j];
		q->goals[j].title = strdup(row->goals[j].title ? row->goals[j].title : "");
		if (q->goals[j].title == NULL)
			return mbo_error(rv->m, MBO_EFAIL, _("out of memory"));
		q->ngoals++;
	}
	return MBO_OK;
}

int mbo_report_rollup(mbo *m, int64_t actor, int64_t team_of, mbo_day asof,
                      mbo_rollup_row **out, size_t *n)
{
	struct rollup_vec rv = { m, NULL, 0, 0 };
	int rc = mbo_report_rollup_each(m, actor, team_of, asof, rollup_collect, &rv);

	if (rc) {
		mbo_rollup_free(rv.v, rv.n);
		rv.v = NULL;
		rv.n = 0;
	}
	*out = rv.v;
	*n = rv.n;
	return rc;
}

/* ---- Leaderboard ---- */

static int cmp_leader_up(const void *x, const void *y)
{
	const mbo_leader *a = x, *b = y;

	if (a->actual != b->actual)
		return a->actual > b->actual ? -1 : 1;
	if (a->completion != b->completion)
		return a->completion > b->completion ? -1 : 1;
	return strcmp(a->login, b->login);
}

static int cmp_leader_down(const void *x, const void *y)
{
	const mbo_leader *a = x, *b = y;

	if (a->actual != b->actual)
		return a->actual < b->actual ? -1 : 1;
	if (a->completion != b->completion)
		return a->completion > b->completion ? -1 : 1;
	return strcmp(a->login, b->login);
}

static int leaderboard_run(mbo *m, int64_t actor, int64_t team_of, const char *metric,
                           const char *period, mbo_leader **out, size_t *n)
{
	mbo_tree_person *ms = NULL;
	mbo_leader *v = NULL;
	mbo_day first, last;
	const char *why;
	size_t nm = 0, cnt = 0, i, j;
	bool all_down = true;
	int rc;

	*out = NULL;
	*n = 0;
	if (metric == NULL || *metric == '\0')
		return mbo_error(m, MBO_EINVAL, _("metric: missing; give the metric to rank, such as revenue"));
	if ((rc = mbo_metric_known(m, metric)))
		return rc;
	if (period == NULL || strlen(period) > MBO_PERIOD_MAX || mbo_period_parse(period, &first, &last, &why))
		return mbo_error(m, MBO_EINVAL, _("period: '%.20s' %s"), period ? period : "",
		                 period && strlen(period) <= MBO_PERIOD_MAX
		                         ? why : _("is not a period; write 2026, 2026-Q4, 2026-11 or 2026-W48"));
	rc = members(m, actor, team_of, &ms, &nm);
	if (rc)
		return rc;
	if (nm > 0 && (v = calloc(nm, sizeof *v)) == NULL) {
		mbo_person_tree_free(ms, nm);
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	}
	for (i = 0; i < nm && rc == MBO_OK; i++) {
		mbo_goal *gs = NULL;
		size_t ng = 0;
		__int128 wnum = 0, wden = 0;
		mbo_leader *l = &v[cnt];

		/* A team goal that rolls up its cascade would count the members'
		 * results again: mbo_goal_metric_overlapping leaves it out. */
		rc = mbo_goal_metric_overlapping(m, ms[i].id, metric, first, last, &gs, &ng);
		if (rc || ng == 0) {
			mbo_goal_list_free(gs, ng);
			continue;
		}
		l->person_id = ms[i].id;
		snprintf(l->login, sizeof l->login, "%s", ms[i].login);
		snprintf(l->name, sizeof l->name, "%s", ms[i].name);
		snprintf(l->unit, sizeof l->unit, "%s", gs[0].unit);
		for (j = 0; j < ng && rc == MBO_OK; j++) {
			const mbo_goal *g = &gs[j];
			mbo_day asof = g->due < last ? g->due : last;
			mbo_dec actual;

			rc = mbo_progress_actual(m, g, asof, &actual);
			if (rc)
				break;
			if (strcmp(l->unit, g->unit) != 0)
				l->unit[0] = '\0';
			if (g->direction != MBO_DIR_DOWN)
				all_down = false;
			l->goals++;
			l->actual = mbo_dec_sat((__int128)l->actual + actual);
			l->target = mbo_dec_sat((__int128)l->target + g->target);
			wnum += (__int128)g->weight * mbo_progress_completion(g, actual);
			wden += g->weight;
		}
		mbo_goal_list_free(gs, ng);
		if (rc == MBO_OK) {
			l->completion = mbo_dec_sat(mbo_div_round(wnum, wden));
			cnt++;
		}
	}
	mbo_person_tree_free(ms, nm);
	if (rc) {
		free(v);
		return rc;
	}
	qsort(v, cnt, sizeof *v, all_down ? cmp_leader_down : cmp_leader_up);
	for (i = 0; i < cnt; i++)
		v[i].rank = (i > 0 && v[i].actual == v[i - 1].actual) ? v[i - 1].rank : (int)i + 1;
	if (cnt == 0) {
		free(v);
		v = NULL;
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

/* In one read transaction: see mbo_read_begin. */
int mbo_report_leaderboard(mbo *m, int64_t actor, int64_t team_of, const char *metric,
                           const char *period, mbo_leader **out, size_t *n)
{
	bool tx = mbo_read_begin(m);
	int rc = leaderboard_run(m, actor, team_of, metric, period, out, n);

	mbo_read_end(m, tx);
	return rc;
}

/* ---- Period report ---- */

void mbo_report_period_free(mbo_evaluation *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		mbo_evaluation_free(&v[i]);
	free(v);
}

/* Each evaluation is the callee's: it may move it out (and zero *e). */
typedef int (*period_fn)(void *ctx, mbo_evaluation *e);

static int period_run(mbo *m, int64_t actor, int64_t team_of, const char *period,
                      period_fn fn, void *ctx)
{
	mbo_tree_person *ms = NULL;
	mbo_day first, last;
	const char *why;
	size_t nm = 0, i;
	int rc;

	if (period == NULL || strlen(period) > MBO_PERIOD_MAX || mbo_period_parse(period, &first, &last, &why))
		return mbo_error(m, MBO_EINVAL, _("period: '%.20s' %s"), period ? period : "",
		                 period && strlen(period) <= MBO_PERIOD_MAX
		                         ? why : _("is not a period; write 2026, 2026-Q4, 2026-11 or 2026-W48"));
	rc = members(m, actor, team_of, &ms, &nm);
	for (i = 0; i < nm && rc == MBO_OK; i++) {
		mbo_evaluation e;

		rc = mbo_eval_compute(m, actor, ms[i].id, period, &e);
		if (rc == MBO_OK)
			rc = fn(ctx, &e);
		mbo_evaluation_free(&e);
	}
	mbo_person_tree_free(ms, nm);
	return rc;
}

struct period_each {
	mbo_eval_fn fn;
	void *ctx;
};

static int period_pass(void *ctx, mbo_evaluation *e)
{
	struct period_each *pe = ctx;

	return pe->fn(pe->ctx, e);
}

/* In one read transaction: see mbo_read_begin. */
int mbo_report_period_each(mbo *m, int64_t actor, int64_t team_of, const char *period,
                           mbo_eval_fn fn, void *ctx)
{
	struct period_each pe = { fn, ctx };
	bool tx = mbo_read_begin(m);
	int rc = period_run(m, actor, team_of, period, period_pass, &pe);

	mbo_read_end(m, tx);
	return rc;
}

struct period_vec {
	mbo *m;
	mbo_evaluation *v;
	size_t n, cap;
};

static int period_collect(void *ctx, mbo_evaluation *e)
{
	struct period_vec *pv = ctx;

	if (pv->n == pv->cap && mbo_grow(&pv->v, &pv->cap, sizeof *pv->v))
		return mbo_error(pv->m, MBO_EFAIL, _("out of memory"));
	pv->v[pv->n++] = *e;
	memset(e, 0, sizeof *e);
	return MBO_OK;
}

int mbo_report_period(mbo *m, int64_t actor, int64_t team_of, const char *period,
                      mbo_evaluation **out, size_t *n)
{
	struct period_vec pv = { m, NULL, 0, 0 };
	bool tx = mbo_read_begin(m);
	int rc = period_run(m, actor, team_of, period, period_collect, &pv);

	mbo_read_end(m, tx);
	if (rc) {
		mbo_report_period_free(pv.v, pv.n);
		pv.v = NULL;
		pv.n = 0;
	}
	*out = pv.v;
	*n = pv.n;
	return rc;
}
