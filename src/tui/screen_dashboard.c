/*
 * screen_dashboard.c: "My goals", the first screen, and the same list for
 * another person when a manager drills down from the team screen. One row
 * per goal: the active goals that have started, then proposals waiting for
 * approval. Each row shows the title, a progress bar (actual against
 * target), the completion, the pace, the status as a word, what is needed
 * per workday and the workdays left. Progress is computed only for the rows
 * on screen, when they are first drawn.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "app.h"
#include "screens.h"
#include "colors.h"
#include "keys.h"
#include "mbo/goal.h"
#include "mbo/fmt.h"
#include "mbo/i18n.h"
#include "mbo/progress.h"
#include "mbo/text.h"

struct row {
	mbo_goal g;
	bool computed;      /* p and prog_rc are set */
	int prog_rc;
	mbo_progress p;
};

struct dash {
	int64_t owner;      /* 0: the actor */
	mbo_person person;  /* whose goals */
	struct row *rows;
	size_t nrows;
	size_t *vis;        /* indexes of the rows that pass the filter */
	struct list_state list;
	int64_t sel_id;     /* the selected goal, kept across reloads */
	size_t nproposed;
};

enum { C_ID, C_TITLE, C_BAR, C_DONE, C_PACE, C_STATUS, C_NEED, C_LEFT, C_N };

/* C_ID and C_LEFT are sized in layout(): the widest id, and the header. */
static const struct col_spec col_specs[C_N] = {
	[C_ID] = { 2, 2, 0, 0, 0 },
	[C_TITLE] = { 12, 20, 0, 3, 0 },
	[C_BAR] = { 6, 8, 32, 1, 3 },
	[C_DONE] = { 4, 4, 0, 0, 5 },
	[C_PACE] = { 4, 5, 0, 0, 0 },
	[C_STATUS] = { 9, 9, 0, 0, 0 },
	[C_NEED] = { 10, 14, 0, 0, 2 },
	[C_LEFT] = { 4, 7, 0, 0, 1 },
};

static void rows_free(struct dash *d)
{
	size_t i;

	for (i = 0; i < d->nrows; i++)
		mbo_goal_clear(&d->rows[i].g);
	free(d->rows);
	free(d->vis);
	d->rows = NULL;
	d->vis = NULL;
	d->nrows = 0;
	d->list.n = 0;
}

static void apply_filter(struct app *a, struct screen *s)
{
	struct dash *d = s->priv;
	size_t i, n = 0;

	if (d->list.n > 0 && d->vis && d->list.sel < d->list.n)
		d->sel_id = d->rows[d->vis[d->list.sel]].g.id;
	d->list.sel = 0;
	for (i = 0; i < d->nrows; i++) {
		mbo_goal *g = &d->rows[i].g;
		if (render_match(g->title, s->filter) || render_match(g->metric, s->filter) ||
		    render_match(g->owner, s->filter)) {
			if (g->id == d->sel_id)
				d->list.sel = n;
			d->vis[n++] = i;
		}
	}
	d->list.n = n;
	list_fix(&d->list, app_list_rows(a, 2));
}

/* Appends goals to d->rows, taking over their strings. */
static int rows_append(struct dash *d, mbo_goal *v, size_t n)
{
	struct row *rows;
	size_t i;

	if (n == 0) {
		free(v);
		return 0;
	}
	rows = realloc(d->rows, (d->nrows + n) * sizeof *rows);
	if (rows == NULL) {
		mbo_goal_list_free(v, n);
		return -1;
	}
	d->rows = rows;
	for (i = 0; i < n; i++) {
		memset(&d->rows[d->nrows + i], 0, sizeof d->rows[0]);
		d->rows[d->nrows + i].g = v[i];
	}
	d->nrows += n;
	free(v);
	return 0;
}

static int dash_load(struct app *a, struct screen *s)
{
	struct dash *d = s->priv;
	int64_t owner = d->owner ? d->owner : a->actor;
	mbo_goal_filter f;
	mbo_goal *v = NULL;
	size_t n = 0;
	int rc;

	if (d->list.n > 0 && d->vis)
		d->sel_id = d->rows[d->vis[d->list.sel]].g.id;
	rows_free(d);
	rc = mbo_person_get(a->m, owner, &d->person);
	if (rc)
		return rc;
	snprintf(s->crumb, sizeof s->crumb, "%s", d->person.login);
	mbo_goal_filter_init(&f);
	f.owner_id = owner;
	/* Every active goal, those not started yet too (shown as upcoming),
	 * so an approved goal can be opened and planned before it starts. */
	f.status = MBO_GOAL_ACTIVE;
	rc = mbo_goal_list(a->m, a->actor, &f, &v, &n);
	if (rc)
		return rc;
	if (rows_append(d, v, n))
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	f.status = MBO_GOAL_PROPOSED;
	f.to = MBO_DAY_NONE;
	rc = mbo_goal_list(a->m, a->actor, &f, &v, &n);
	if (rc)
		return rc;
	d->nproposed = n;
	if (rows_append(d, v, n))
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	d->vis = malloc((d->nrows ? d->nrows : 1) * sizeof *d->vis);
	if (d->vis == NULL)
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	apply_filter(a, s);
	return MBO_OK;
}

static void compute(struct app *a, struct row *r)
{
	if (r->computed)
		return;
	r->computed = true;
	if (r->g.status == MBO_GOAL_ACTIVE)
		r->prog_rc = mbo_progress_compute(a->m, &r->g, mbo_today(), &r->p);
}

/* The workdays-left header: the CLI's words (WORKDAYS LEFT) when they fit
 * in w columns, else the short form. */
static const char *left_header(int w)
{
	/* TRANSLATORS: a column header; the count of workdays until the due date */
	const char *full = _("Workdays left");
	/* TRANSLATORS: the same header where there is less room */
	return w >= (int)mbo_text_width(full) ? full : _("Workdays");
}

/* The goal ids' column: as wide as the widest id of the rows. */
static int id_width(const struct dash *d)
{
	int64_t max = 0;
	size_t i;

	for (i = 0; i < d->nrows; i++)
		if (d->rows[i].g.id > max)
			max = d->rows[i].g.id;
	return w_id_width(max);
}

static void layout(const struct dash *d, int *x, int *w)
{
	struct col_spec spec[C_N];
	int full = (int)mbo_text_width(left_header(1000)), brief = (int)mbo_text_width(left_header(0));

	memcpy(spec, col_specs, sizeof spec);
	spec[C_ID].min = spec[C_ID].want = spec[C_ID].max = id_width(d);
	/* The long header only with room to spare: the title comes first. */
	spec[C_LEFT].min = spec[C_LEFT].want = brief;
	spec[C_LEFT].max = full;
	spec[C_LEFT].grow = 1;
	columns_layout(w_list_width(), 1, spec, C_N, x, w);
	for (int i = 0; i < C_N; i++)
		x[i] += 2;
}

static void draw_row(struct app *a, struct row *r, int y, bool sel, const int *x, const int *w)
{
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	int base = sel ? ROLE_SELECTED : ROLE_NORMAL, st_role;
	char buf[120], num[48];

	w_fill(y, 0, COLS, base);
	w_text(y, 0, 1, sel ? ">" : " ", base);
	snprintf(num, sizeof num, "%lld", (long long)r->g.id);
	w_text_right(y, x[C_ID], w[C_ID], num, base);
	w_text(y, x[C_TITLE], w[C_TITLE], r->g.title, base);
	if (r->g.status != MBO_GOAL_ACTIVE) {
		w_text(y, x[C_STATUS], w[C_STATUS], mbo_fmt_goal_status_word(r->g.status),
		       sel ? base : ROLE_PENDING);
		if (w[C_NEED])
			w_text(y, x[C_NEED], w[C_NEED] + 1 + w[C_LEFT], _("waiting for approval"),
			       sel ? base : ROLE_DIM);
		return;
	}
	if (r->g.start > mbo_today()) {
		char day[16];
		w_text(y, x[C_STATUS], w[C_STATUS], _("upcoming"), sel ? base : ROLE_DIM);
		if (w[C_NEED]) {
			snprintf(buf, sizeof buf, _("starts %s"), mbo_day_format(r->g.start, day));
			w_text(y, x[C_NEED], w[C_NEED] + 1 + w[C_LEFT], buf, sel ? base : ROLE_DIM);
		}
		return;
	}
	compute(a, r);
	if (r->prog_rc) {
		w_text(y, x[C_BAR], COLS - x[C_BAR], mbo_errmsg(a->m), ROLE_ERROR);
		return;
	}
	st_role = sel ? base : role_for_tone(mbo_fmt_pace_tone(r->p.status));
	if (w[C_BAR])
		w_bar(y, x[C_BAR], w[C_BAR], mbo_progress_completion(&r->g, r->p.actual),
		      sel ? base : st_role, base);
	if (w[C_DONE])
		w_text_right(y, x[C_DONE], w[C_DONE],
		             mbo_fmt_pct(mbo_progress_completion(&r->g, r->p.actual), 0, num), base);
	w_text_right(y, x[C_PACE], w[C_PACE], r->p.has_pace ? mbo_fmt_pct(r->p.pace, 0, num) : dash, base);
	w_text(y, x[C_STATUS], w[C_STATUS], mbo_fmt_pace_word(r->p.status), st_role);
	if (w[C_NEED]) {
		if (r->p.status == MBO_PS_ACHIEVED || r->p.needed_per_workday <= 0)
			snprintf(buf, sizeof buf, "%s", dash);
		else
			snprintf(buf, sizeof buf, "%s %s", mbo_fmt_num(r->p.needed_per_workday, num), r->g.unit);
		w_text(y, x[C_NEED], w[C_NEED], buf, base);
	}
	if (w[C_LEFT]) {
		snprintf(buf, sizeof buf, "%lld", (long long)r->p.workdays_left);
		w_text_right(y, x[C_LEFT], w[C_LEFT], buf, base);
	}
}

static void dash_draw(struct app *a, struct screen *s)
{
	struct dash *d = s->priv;
	int x[C_N], w[C_N], y = a->lay.body_y, rows = app_list_rows(a, 2);
	char buf[600];
	size_t i;

	if (d->owner == 0 || d->owner == a->actor)
		snprintf(buf, sizeof buf, _("My goals: %zu active, %zu proposed"), d->nrows - d->nproposed,
		         d->nproposed);
	else
		snprintf(buf, sizeof buf, _("Goals of %s (%s): %zu active, %zu proposed"), d->person.name,
		         d->person.login, d->nrows - d->nproposed, d->nproposed);
	w_text(y, 0, COLS, buf, ROLE_TITLE);
	if (s->filter[0]) {
		snprintf(buf, sizeof buf, _(" %zu shown "), d->list.n);
		w_text_right(y, COLS - 12, 12, buf, ROLE_DIM);
	}
	layout(d, x, w);
	w_fill(y + 1, 0, COLS, ROLE_COLHEAD);
	w_text_right(y + 1, x[C_ID], w[C_ID], _("ID"), ROLE_COLHEAD);
	w_text(y + 1, x[C_TITLE], w[C_TITLE], _("Goal"), ROLE_COLHEAD);
	if (w[C_BAR])
		w_text(y + 1, x[C_BAR], w[C_BAR], w[C_BAR] >= 8 ? _("Progress") : _("Bar"), ROLE_COLHEAD);
	if (w[C_DONE])
		w_text_right(y + 1, x[C_DONE], w[C_DONE], _("Done"), ROLE_COLHEAD);
	w_text_right(y + 1, x[C_PACE], w[C_PACE], _("Pace"), ROLE_COLHEAD);
	w_text(y + 1, x[C_STATUS], w[C_STATUS], _("Status"), ROLE_COLHEAD);
	if (w[C_NEED])
		w_text(y + 1, x[C_NEED], w[C_NEED], w[C_NEED] >= 12 ? _("Need/workday") : _("Need/wd"), ROLE_COLHEAD);
	if (w[C_LEFT])
		w_text_right(y + 1, x[C_LEFT], w[C_LEFT], left_header(w[C_LEFT]), ROLE_COLHEAD);

	list_fix(&d->list, rows);
	if (d->list.n == 0) {
		char none[200];
		const char *empty = none;

		snprintf(none, sizeof none, _("No active goals yet. Press %s to set one."), keys_key('n'));
		if (s->filter[0])
			empty = _("No goal matches the filter; Esc clears it.");
		else if (d->owner != 0 && d->owner != a->actor)
			empty = _("No active or proposed goals.");
		w_text(y + 3, 2, COLS - 4, empty, ROLE_DIM);
		return;
	}
	for (i = 0; i < (size_t)rows && d->list.top + i < d->list.n; i++) {
		size_t k = d->list.top + i;
		draw_row(a, &d->rows[d->vis[k]], y + 2 + (int)i, k == d->list.sel, x, w);
	}
	w_list_marks(y + 2, y + 1 + rows, d->list.top > 0, d->list.top + (size_t)rows < d->list.n);
}

static int64_t selected(struct dash *d)
{
	if (d->list.n == 0)
		return 0;
	return d->rows[d->vis[d->list.sel]].g.id;
}

static int dash_key(struct app *a, struct screen *s, int key)
{
	struct dash *d = s->priv;
	int r = key_list(&d->list, key, app_list_rows(a, 2));
	int64_t id = selected(d);

	if (r)
		return r;
	if (key_is_enter(key)) {
		if (id == 0)
			return H_HANDLED;
		app_open(a, SCR_GOAL, id, NULL);
		return H_HANDLED | H_REDRAW;
	}
	if (key == 'n')
		return form_goal_open(a, d->owner);
	if (key == 'e') {
		app_open(a, SCR_EVAL, d->owner, NULL);
		return H_HANDLED | H_REDRAW;
	}
	if (key == 'a' || key == 'r' || key == 'A' || key == 't') {
		if (id == 0) {
			app_msg(a, ROLE_MESSAGE, _("No goal selected."));
			return H_HANDLED | H_REDRAW;
		}
		return goal_action_key(a, id, key);
	}
	return H_IGNORED;
}

static int dash_click(struct app *a, struct screen *s, int y, int x, bool twice)
{
	struct dash *d = s->priv;

	(void)x;
	if (!list_click(&d->list, y - a->lay.body_y - 2, app_list_rows(a, 2)))
		return H_HANDLED;
	if (twice)
		return dash_key(a, s, '\r');
	return H_HANDLED | H_REDRAW;
}

static size_t dash_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint top[] = {
		{ "Enter", N_("Open"), '\r' }, { "a", N_("Check-in"), 'a' }, { "n", N_("New"), 'n' },
		{ "t", N_("Tasks"), 't' }, { "r", N_("Revise"), 'r' }, { "/", N_("Filter"), '/' },
		{ "Tab", N_("Screens"), '\t' }, { "?", N_("Help"), '?' }, { "q", N_("Quit"), 'q' },
	};
	static const struct keyhint sub[] = {
		{ "Enter", N_("Open"), '\r' }, { "a", N_("Check-in"), 'a' }, { "A", N_("Approve"), 'A' },
		{ "n", N_("New"), 'n' }, { "t", N_("Tasks"), 't' }, { "r", N_("Revise"), 'r' },
		{ "/", N_("Filter"), '/' }, { "?", N_("Help"), '?' }, { "Esc", N_("Back"), KEY_ESCAPE },
	};

	(void)s;
	if (a->depth > 1) {
		*out = sub;
		return sizeof sub / sizeof sub[0];
	}
	*out = top;
	return sizeof top / sizeof top[0];
}

static void dash_destroy(struct screen *s)
{
	struct dash *d = s->priv;

	rows_free(d);
	free(d);
}

static const struct screen_ops dash_ops = {
	.kind = SCR_DASHBOARD,
	.load = dash_load,
	.draw = dash_draw,
	.key = dash_key,
	.click = dash_click,
	.hints = dash_hints,
	.filter = apply_filter,
	.destroy = dash_destroy,
};

struct screen *screen_dashboard_new(struct app *a, int64_t owner)
{
	struct screen *s = calloc(1, sizeof *s);
	struct dash *d = calloc(1, sizeof *d);

	(void)a;
	if (s == NULL || d == NULL) {
		free(s);
		free(d);
		return NULL;
	}
	d->owner = owner == a->actor ? 0 : owner;
	s->ops = &dash_ops;
	s->priv = d;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Goals"));
	return s;
}
