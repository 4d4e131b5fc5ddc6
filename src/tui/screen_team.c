/*
 * screen_team.c: the team of the actor (themselves and everyone below) as
 * the org tree, one row per person with a roll-up: active goals, proposals
 * waiting, the worst status among the goals and the last check-in. The
 * roll-up of a person is computed when their row is first drawn. Enter
 * drills down to the person's goals; n sets a goal for them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "app.h"
#include "screens.h"
#include "colors.h"
#include "mbo/goal.h"
#include "mbo/fmt.h"
#include "mbo/progress.h"
#include "mbo/i18n.h"

#define TREE_MAX 24

struct prow {
	mbo_person p;
	int depth;
	bool last[TREE_MAX];     /* for the tree branches */
	bool computed;
	int rc;
	size_t ngoals, nproposed;
	int worst;               /* enum mbo_pace_status, -1 when no goal */
	mbo_day last_checkin;
};

struct team {
	struct prow *v;
	size_t n;
	size_t *vis;
	struct list_state list;
	int64_t sel_id;
};

enum { C_NAME, C_LOGIN, C_GOALS, C_PROP, C_WORST, C_LAST, C_N };

static const struct col_spec col_specs[C_N] = {
	[C_NAME] = { 14, 24, 0, 1, 0 },
	[C_LOGIN] = { 8, 12, 0, 0, 3 },
	[C_GOALS] = { 5, 5, 0, 0, 0 },
	[C_PROP] = { 8, 8, 0, 0, 2 },
	[C_WORST] = { 9, 9, 0, 0, 0 },
	[C_LAST] = { 10, 13, 0, 0, 1 },
};

static void apply_filter(struct app *a, struct screen *s)
{
	struct team *t = s->priv;
	size_t i, n = 0;

	if (t->list.n > 0 && t->vis && t->list.sel < t->list.n)
		t->sel_id = t->v[t->vis[t->list.sel]].p.id;
	t->list.sel = 0;
	for (i = 0; i < t->n; i++) {
		if (!render_match(t->v[i].p.name, s->filter) && !render_match(t->v[i].p.login, s->filter))
			continue;
		if (t->v[i].p.id == t->sel_id)
			t->list.sel = n;
		t->vis[n++] = i;
	}
	t->list.n = n;
	list_fix(&t->list, app_list_rows(a, 2));
}

/* People ordered by manager, then login: each one's reports are a run. */
static int by_manager(const void *x, const void *y)
{
	const mbo_person *p = x, *q = y;

	if (p->manager_id != q->manager_id)
		return p->manager_id < q->manager_id ? -1 : 1;
	return strcmp(p->login, q->login);
}

/* The first index in all (sorted by_manager) whose manager is `id`. */
static size_t first_report(const mbo_person *all, size_t nall, int64_t id)
{
	size_t lo = 0, hi = nall;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (all[mid].manager_id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Appends the person at `at` and everyone below, depth first, reports by
 * login. */
static void walk(struct team *t, mbo_person *all, size_t nall, size_t at, int depth, bool *last)
{
	struct prow *r = &t->v[t->n++];
	size_t i, lo;

	memset(r, 0, sizeof *r);
	r->p = all[at];
	r->depth = depth;
	r->worst = -1;
	r->last_checkin = MBO_DAY_NONE;
	memcpy(r->last, last, sizeof r->last);
	if (depth >= TREE_MAX - 1)
		return;
	lo = first_report(all, nall, all[at].id);
	for (i = lo; i < nall && all[i].manager_id == all[at].id; i++) {
		if (i == at)
			continue;
		last[depth] = i + 1 == nall || all[i + 1].manager_id != all[at].id;
		walk(t, all, nall, i, depth + 1, last);
	}
}

static int team_load(struct app *a, struct screen *s)
{
	struct team *t = s->priv;
	int64_t *ids = NULL;
	size_t nids = 0, i, root = 0;
	mbo_person *all;
	bool last[TREE_MAX] = { 0 };
	int rc;

	if (t->list.n > 0 && t->vis && t->list.sel < t->list.n)
		t->sel_id = t->v[t->vis[t->list.sel]].p.id;
	free(t->v);
	free(t->vis);
	t->v = NULL;
	t->vis = NULL;
	t->n = t->list.n = 0;
	rc = mbo_person_subtree(a->m, a->actor, &ids, &nids);
	if (rc)
		return rc;
	all = calloc(nids ? nids : 1, sizeof *all);
	t->v = calloc(nids ? nids : 1, sizeof *t->v);
	t->vis = calloc(nids ? nids : 1, sizeof *t->vis);
	if (all == NULL || t->v == NULL || t->vis == NULL) {
		free(ids);
		free(all);
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	}
	for (i = 0; i < nids; i++) {
		rc = mbo_person_get(a->m, ids[i], &all[i]);
		if (rc) {
			free(ids);
			free(all);
			return rc;
		}
	}
	free(ids);
	qsort(all, nids, sizeof *all, by_manager);
	for (i = 0; i < nids; i++)
		if (all[i].id == a->actor)
			root = i;
	if (nids > 0)
		walk(t, all, nids, root, 0, last);
	free(all);
	apply_filter(a, s);
	return MBO_OK;
}

static void rollup(struct app *a, struct prow *r)
{
	mbo_goal_filter f;
	mbo_goal *v = NULL;
	size_t n = 0, i;

	if (r->computed)
		return;
	r->computed = true;
	mbo_goal_filter_init(&f);
	f.owner_id = r->p.id;
	f.status = MBO_GOAL_ACTIVE;
	f.to = mbo_today();
	r->rc = mbo_goal_list(a->m, a->actor, &f, &v, &n);
	if (r->rc)
		return;
	r->ngoals = n;
	for (i = 0; i < n; i++) {
		mbo_progress p;
		if ((r->rc = mbo_progress_compute(a->m, &v[i], mbo_today(), &p)) != MBO_OK)
			break;
		r->worst = mbo_pace_status_worse(r->worst, p.status);
		if (p.last_checkin != MBO_DAY_NONE &&
		    (r->last_checkin == MBO_DAY_NONE || p.last_checkin > r->last_checkin))
			r->last_checkin = p.last_checkin;
	}
	mbo_goal_list_free(v, n);
	if (r->rc)
		return;
	f.status = MBO_GOAL_PROPOSED;
	f.to = MBO_DAY_NONE;
	r->rc = mbo_goal_list(a->m, a->actor, &f, &v, &n);
	if (r->rc == MBO_OK) {
		r->nproposed = n;
		mbo_goal_list_free(v, n);
	}
}

static void team_draw(struct app *a, struct screen *s)
{
	struct team *t = s->priv;
	int x[C_N], w[C_N], y = a->lay.body_y, rows = app_list_rows(a, 2), i;
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	char buf[1200], d1[16];

	snprintf(buf, sizeof buf, P_("Team of %s: %zu person below you", "Team of %s: %zu people below you",
	                             t->n > 0 ? t->n - 1 : 0),
	         a->me.name, t->n > 0 ? t->n - 1 : 0);
	w_text(y, 0, COLS, buf, ROLE_TITLE);
	columns_layout(COLS - 2, 1, col_specs, C_N, x, w);
	for (i = 0; i < C_N; i++)
		x[i] += 2;
	w_fill(y + 1, 0, COLS, ROLE_COLHEAD);
	w_text(y + 1, x[C_NAME], w[C_NAME], _("Person"), ROLE_COLHEAD);
	if (w[C_LOGIN])
		w_text(y + 1, x[C_LOGIN], w[C_LOGIN], _("Login"), ROLE_COLHEAD);
	w_text_right(y + 1, x[C_GOALS], w[C_GOALS], _("Goals"), ROLE_COLHEAD);
	if (w[C_PROP])
		w_text_right(y + 1, x[C_PROP], w[C_PROP], _("Proposed"), ROLE_COLHEAD);
	w_text(y + 1, x[C_WORST], w[C_WORST], _("Worst"), ROLE_COLHEAD);
	if (w[C_LAST])
		w_text(y + 1, x[C_LAST], w[C_LAST], _("Last check-in"), ROLE_COLHEAD);
	list_fix(&t->list, rows);
	if (t->list.n == 0) {
		w_text(y + 3, 2, COLS - 4, _("Nobody matches the filter."), ROLE_DIM);
		return;
	}
	for (i = 0; i < rows && t->list.top + (size_t)i < t->list.n; i++) {
		size_t k = t->list.top + (size_t)i;
		struct prow *r = &t->v[t->vis[k]];
		bool sel = k == t->list.sel;
		int base = sel ? ROLE_SELECTED : ROLE_NORMAL, yy = y + 2 + i;
		char prefix[TREE_MAX * 12 + 1];

		rollup(a, r);
		w_fill(yy, 0, COLS, base);
		w_text(yy, 0, 1, sel ? ">" : " ", base);
		render_tree_prefix(r->last, r->depth, w_ascii(), prefix, sizeof prefix);
		snprintf(buf, sizeof buf, "%s%s%s", prefix, r->p.name, r->p.active ? "" : _(" (inactive)"));
		w_text(yy, x[C_NAME], w[C_NAME], buf, base);
		if (w[C_LOGIN])
			w_text(yy, x[C_LOGIN], w[C_LOGIN], r->p.login, base);
		if (r->rc) {
			w_text(yy, x[C_GOALS], COLS - x[C_GOALS], mbo_errmsg(a->m), sel ? base : ROLE_ERROR);
			continue;
		}
		snprintf(buf, sizeof buf, "%zu", r->ngoals);
		w_text_right(yy, x[C_GOALS], w[C_GOALS], buf, base);
		if (w[C_PROP]) {
			snprintf(buf, sizeof buf, "%zu", r->nproposed);
			w_text_right(yy, x[C_PROP], w[C_PROP], r->nproposed ? buf : dash,
			             sel || !r->nproposed ? base : ROLE_PENDING);
		}
		w_text(yy, x[C_WORST], w[C_WORST], r->worst < 0 ? dash : mbo_fmt_pace_word(r->worst),
		       sel || r->worst < 0 ? base : role_for_tone(mbo_fmt_pace_tone(r->worst)));
		if (w[C_LAST]) {
			const char *last = r->last_checkin != MBO_DAY_NONE ? mbo_day_format(r->last_checkin, d1)
			                   : r->ngoals ? _("never") : dash;
			w_text(yy, x[C_LAST], w[C_LAST], last, base);
		}
	}
}

static int team_key(struct app *a, struct screen *s, int key)
{
	struct team *t = s->priv;
	int r = key_list(&t->list, key, app_list_rows(a, 2));
	int64_t id = t->list.n ? t->v[t->vis[t->list.sel]].p.id : 0;

	if (r)
		return r;
	if (id == 0)
		return H_IGNORED;
	if (key_is_enter(key)) {
		app_open(a, SCR_DASHBOARD, id, NULL);
		return H_HANDLED | H_REDRAW;
	}
	if (key == 'n')
		return form_goal_open(a, id);
	if (key == 'e') {
		app_open(a, SCR_EVAL, id, NULL);
		return H_HANDLED | H_REDRAW;
	}
	return H_IGNORED;
}

static int team_click(struct app *a, struct screen *s, int y, int x, bool twice)
{
	struct team *t = s->priv;

	(void)x;
	if (!list_click(&t->list, y - a->lay.body_y - 2, app_list_rows(a, 2)))
		return H_HANDLED;
	if (twice)
		return team_key(a, s, '\r');
	return H_HANDLED | H_REDRAW;
}

static size_t team_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint k[] = {
		{ "Enter", N_("Goals"), '\r' }, { "n", N_("New goal"), 'n' }, { "e", N_("Evaluation"), 'e' },
		{ "/", N_("Filter"), '/' },
		{ "Tab", N_("Screens"), '\t' }, { "?", N_("Help"), '?' }, { "q", N_("Quit"), 'q' },
	};

	(void)a;
	(void)s;
	*out = k;
	return sizeof k / sizeof k[0];
}

static void team_destroy(struct screen *s)
{
	struct team *t = s->priv;

	free(t->v);
	free(t->vis);
	free(t);
}

static const struct screen_ops team_ops = {
	.kind = SCR_TEAM,
	.load = team_load,
	.draw = team_draw,
	.key = team_key,
	.click = team_click,
	.hints = team_hints,
	.filter = apply_filter,
	.destroy = team_destroy,
};

struct screen *screen_team_new(struct app *a)
{
	struct screen *s = calloc(1, sizeof *s);
	struct team *t = calloc(1, sizeof *t);

	(void)a;
	if (s == NULL || t == NULL) {
		free(s);
		free(t);
		return NULL;
	}
	s->ops = &team_ops;
	s->priv = t;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Team"));
	return s;
}
