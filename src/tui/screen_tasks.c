/*
 * screen_tasks.c: the tasks of one goal, opened with t. Space ticks the
 * selected task done today (or opens it again), n adds a task.
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
#include "mbo/task.h"
#include "mbo/i18n.h"

struct tasks {
	int64_t goal_id;
	char title[MBO_TITLE_MAX * 4 + 1];
	mbo_task *v;
	size_t n;
	size_t *vis;
	struct list_state list;
	int64_t sel_id;
};

enum { C_DONE, C_TITLE, C_DUE, C_WHO, C_N };

static const struct col_spec col_specs[C_N] = {
	[C_DONE] = { 3, 3, 0, 0, 0 },
	[C_TITLE] = { 16, 30, 0, 1, 0 },
	[C_DUE] = { 10, 16, 0, 0, 2 },
	[C_WHO] = { 8, 14, 0, 0, 1 },
};

static void apply_filter(struct app *a, struct screen *s)
{
	struct tasks *t = s->priv;
	size_t i, n = 0;

	if (t->list.n > 0 && t->list.sel < t->list.n)
		t->sel_id = t->v[t->vis[t->list.sel]].id;
	t->list.sel = 0;
	for (i = 0; i < t->n; i++) {
		if (!render_match(t->v[i].title, s->filter) && !render_match(t->v[i].assignee, s->filter))
			continue;
		if (t->v[i].id == t->sel_id)
			t->list.sel = n;
		t->vis[n++] = i;
	}
	t->list.n = n;
	list_fix(&t->list, app_list_rows(a, 2));
}

static int tasks_load(struct app *a, struct screen *s)
{
	struct tasks *t = s->priv;
	mbo_goal g;
	int rc;

	if (t->list.n > 0 && t->list.sel < t->list.n)
		t->sel_id = t->v[t->vis[t->list.sel]].id;
	mbo_task_list_free(t->v, t->n);
	free(t->vis);
	t->v = NULL;
	t->vis = NULL;
	t->n = t->list.n = 0;
	mbo_goal_init(&g);
	rc = mbo_goal_get(a->m, a->actor, t->goal_id, &g);
	if (rc == MBO_OK)
		snprintf(t->title, sizeof t->title, "%s", g.title);
	mbo_goal_clear(&g);
	if (rc)
		return rc;
	rc = mbo_task_list(a->m, a->actor, t->goal_id, &t->v, &t->n);
	if (rc)
		return rc;
	t->vis = malloc((t->n ? t->n : 1) * sizeof *t->vis);
	if (t->vis == NULL)
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	apply_filter(a, s);
	return MBO_OK;
}

static void tasks_draw(struct app *a, struct screen *s)
{
	struct tasks *t = s->priv;
	int x[C_N], w[C_N], y = a->lay.body_y, rows = app_list_rows(a, 2), i;
	char buf[1000], d1[16];

	snprintf(buf, sizeof buf, _("Tasks of goal %lld: %s"), (long long)t->goal_id, t->title);
	w_text(y, 0, COLS, buf, ROLE_TITLE);
	columns_layout(COLS - 2, 1, col_specs, C_N, x, w);
	for (i = 0; i < C_N; i++)
		x[i] += 2;
	w_fill(y + 1, 0, COLS, ROLE_COLHEAD);
	w_text(y + 1, x[C_DONE], w[C_DONE], "", ROLE_COLHEAD);
	w_text(y + 1, x[C_TITLE], w[C_TITLE], _("Task"), ROLE_COLHEAD);
	if (w[C_DUE])
		w_text(y + 1, x[C_DUE], w[C_DUE], _("Due"), ROLE_COLHEAD);
	if (w[C_WHO])
		w_text(y + 1, x[C_WHO], w[C_WHO], _("Assignee"), ROLE_COLHEAD);
	list_fix(&t->list, rows);
	if (t->list.n == 0) {
		char none[200];

		snprintf(none, sizeof none, _("No tasks yet. Press %s to add one."), keys_key('n'));
		w_text(y + 3, 2, COLS - 4, s->filter[0] ? _("No task matches the filter.") : none, ROLE_DIM);
		return;
	}
	for (i = 0; i < rows && t->list.top + (size_t)i < t->list.n; i++) {
		size_t k = t->list.top + (size_t)i;
		mbo_task *tk = &t->v[t->vis[k]];
		bool sel = k == t->list.sel, done = tk->done != MBO_DAY_NONE;
		int base = sel ? ROLE_SELECTED : done ? ROLE_DIM : ROLE_NORMAL, yy = y + 2 + i;

		w_fill(yy, 0, COLS, base);
		w_text(yy, 0, 1, sel ? ">" : " ", base);
		w_text(yy, x[C_DONE], w[C_DONE], done ? "[x]" : "[ ]", base);
		w_text(yy, x[C_TITLE], w[C_TITLE], tk->title, base);
		if (w[C_DUE]) {
			if (done)
				snprintf(buf, sizeof buf, _("done %s"), mbo_day_format(tk->done, d1));
			else if (tk->due != MBO_DAY_NONE)
				snprintf(buf, sizeof buf, "%s%s", mbo_day_format(tk->due, d1),
				         tk->due < mbo_today() ? _(" late") : "");
			else
				buf[0] = '\0';
			w_text(yy, x[C_DUE], w[C_DUE], buf,
			       !sel && !done && tk->due != MBO_DAY_NONE && tk->due < mbo_today() ? ROLE_BAD : base);
		}
		if (w[C_WHO])
			w_text(yy, x[C_WHO], w[C_WHO], tk->assignee, base);
	}
}

static int tasks_key(struct app *a, struct screen *s, int key)
{
	struct tasks *t = s->priv;
	int r = key_list(&t->list, key, app_list_rows(a, 2)), rc;
	mbo_task *tk;

	if (r)
		return r;
	if (key == 'n' || key == 'a')
		return form_task_open(a, t->goal_id);
	if (key != ' ' && key != 'x' && !key_is_enter(key))
		return H_IGNORED;
	if (t->list.n == 0)
		return H_HANDLED;
	tk = &t->v[t->vis[t->list.sel]];
	if (tk->done == MBO_DAY_NONE)
		rc = mbo_task_done(a->m, a->actor, tk->id, mbo_today());
	else
		rc = mbo_task_reopen(a->m, a->actor, tk->id);
	if (rc) {
		app_core_error(a, NULL);
		return H_HANDLED | H_REDRAW;
	}
	app_msg(a, ROLE_MESSAGE, _("Task %lld %s."), (long long)tk->id,
	        tk->done == MBO_DAY_NONE ? _("done") : _("open again"));
	return H_HANDLED | H_RELOAD | H_REDRAW;
}

static int tasks_click(struct app *a, struct screen *s, int y, int x, bool twice)
{
	struct tasks *t = s->priv;

	(void)x;
	(void)twice;
	if (!list_click(&t->list, y - a->lay.body_y - 2, app_list_rows(a, 2)))
		return H_HANDLED;
	return H_HANDLED | H_REDRAW;
}

static size_t tasks_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint k[] = {
		{ "Space", N_("Tick"), ' ' }, { "n", N_("New task"), 'n' }, { "/", N_("Filter"), '/' },
		{ "?", N_("Help"), '?' }, { "Esc", N_("Back"), KEY_ESCAPE },
	};

	(void)a;
	(void)s;
	*out = k;
	return sizeof k / sizeof k[0];
}

static void tasks_destroy(struct screen *s)
{
	struct tasks *t = s->priv;

	mbo_task_list_free(t->v, t->n);
	free(t->vis);
	free(t);
}

static const struct screen_ops tasks_ops = {
	.kind = SCR_TASKS,
	.load = tasks_load,
	.draw = tasks_draw,
	.key = tasks_key,
	.click = tasks_click,
	.hints = tasks_hints,
	.filter = apply_filter,
	.destroy = tasks_destroy,
};

struct screen *screen_tasks_new(struct app *a, int64_t goal_id)
{
	struct screen *s = calloc(1, sizeof *s);
	struct tasks *t = calloc(1, sizeof *t);

	(void)a;
	if (s == NULL || t == NULL) {
		free(s);
		free(t);
		return NULL;
	}
	t->goal_id = goal_id;
	s->ops = &tasks_ops;
	s->priv = t;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Tasks"));
	return s;
}
