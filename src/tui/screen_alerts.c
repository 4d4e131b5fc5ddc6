/*
 * screen_alerts.c: the risk warnings of the actor's goals, and of their
 * whole team for a manager, most serious first (mbo_alerts_each). The
 * selected alert's full message, which says what would fix it, is shown
 * wrapped below the list. Enter opens the goal; a, r, A and t act on it.
 *
 * The director of a large organisation has a hundred thousand alerts: the
 * list keeps only the ALERTS_KEPT most serious (they come first) and counts
 * the rest, and the title says so and names the command that lists them
 * all. The filter searches the kept ones. A kept alert holds its message at
 * its own length rather than in mbo_alert's 600 bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "app.h"
#include "screens.h"
#include "colors.h"
#include "mbo/alert.h"
#include "mbo/text.h"
#include "mbo/i18n.h"

#define DETAIL_ROWS 4
#define ALERTS_KEPT 1000

/* An alert as the list keeps it. */
struct kalert {
	int64_t goal_id, task_id;
	int kind, severity;
	char owner[MBO_LOGIN_MAX + 1];
	char *message;          /* heap */
};

struct alerts {
	struct kalert *v;       /* the most serious, at most ALERTS_KEPT */
	size_t n, cap;
	size_t total;           /* every alert listed by the core */
	size_t *vis;
	struct list_state list;
};

/* What alerts_load hands to keep_alert. */
struct keep {
	mbo *m;
	struct alerts *t;
};

enum { C_SEV, C_OWNER, C_KIND, C_GOAL, C_MSG, C_N };

/* C_GOAL, the goal's id (as mbo checkin takes it), is sized in
 * alerts_layout to the widest id or its head. */
static const struct col_spec col_specs[C_N] = {
	[C_SEV] = { 2, 2, 0, 0, 0 },
	[C_OWNER] = { 8, 12, 0, 0, 1 },
	[C_KIND] = { 9, 12, 0, 0, 0 },
	[C_GOAL] = { 2, 2, 0, 0, 0 },
	[C_MSG] = { 16, 30, 0, 1, 0 },
};

static int list_rows(const struct app *a)
{
	return app_list_rows(a, 2 + DETAIL_ROWS);
}

static void apply_filter(struct app *a, struct screen *s)
{
	struct alerts *t = s->priv;
	size_t i, n = 0;

	if (t->vis == NULL)
		return;   /* not loaded */
	for (i = 0; i < t->n; i++)
		if (render_match(t->v[i].message, s->filter) || render_match(t->v[i].owner, s->filter) ||
		    render_match(mbo_alert_kind_name(t->v[i].kind), s->filter) ||
		    render_match(mbo_fmt_alert_kind_word(t->v[i].kind), s->filter))
			t->vis[n++] = i;
	t->list.n = n;
	list_fix(&t->list, list_rows(a));
}

static void alerts_clear(struct alerts *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].message);
	free(t->v);
	free(t->vis);
	t->v = NULL;
	t->vis = NULL;
	t->n = t->cap = t->total = t->list.n = 0;
}

/* mbo_alerts_each's callback: counts every alert, copies the first
 * ALERTS_KEPT. */
static int keep_alert(void *ctx, const mbo_alert *al)
{
	struct keep *k = ctx;
	struct alerts *t = k->t;
	struct kalert *ka;

	t->total++;
	if (t->n == ALERTS_KEPT)
		return 0;
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		struct kalert *v;

		if (cap > ALERTS_KEPT)
			cap = ALERTS_KEPT;
		v = realloc(t->v, cap * sizeof *v);
		if (v == NULL)
			return mbo_error(k->m, MBO_EFAIL, "%s", _("out of memory"));
		t->v = v;
		t->cap = cap;
	}
	ka = &t->v[t->n];
	ka->message = strdup(al->message);
	if (ka->message == NULL)
		return mbo_error(k->m, MBO_EFAIL, "%s", _("out of memory"));
	ka->goal_id = al->goal_id;
	ka->task_id = al->task_id;
	ka->kind = al->kind;
	ka->severity = al->severity;
	snprintf(ka->owner, sizeof ka->owner, "%s", al->owner);
	t->n++;
	return 0;
}

static bool same_alert(const struct kalert *x, const struct kalert *y)
{
	return x->goal_id == y->goal_id && x->kind == y->kind && x->task_id == y->task_id &&
	       strcmp(x->owner, y->owner) == 0;
}

/* Loads the alerts again, keeping the selected one selected (at the same
 * row on screen) when it is still there: others' writes reorder the list,
 * and a, A and t must act on the alert the user is looking at. */
static int alerts_load(struct app *a, struct screen *s)
{
	struct alerts *t = s->priv;
	struct keep k = { a->m, t };
	struct kalert was;
	bool had = t->vis != NULL && t->list.n > 0;
	size_t row = 0, i;
	int rc;

	memset(&was, 0, sizeof was);
	if (had) {
		was = t->v[t->vis[t->list.sel]];
		was.message = NULL;
		row = t->list.sel - t->list.top;
	}
	alerts_clear(t);
	rc = mbo_alerts_each(a->m, a->actor, 0, a->has_team ? a->actor : 0, mbo_today(), keep_alert, &k);
	if (rc) {
		alerts_clear(t);
		return rc;
	}
	t->vis = malloc((t->n ? t->n : 1) * sizeof *t->vis);
	if (t->vis == NULL)
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	apply_filter(a, s);
	for (i = 0; had && i < t->list.n; i++) {
		if (same_alert(&t->v[t->vis[i]], &was)) {
			t->list.sel = i;
			t->list.top = i >= row ? i - row : 0;
			list_fix(&t->list, list_rows(a));
			break;
		}
	}
	return MBO_OK;
}

/* Whether only the most serious alerts are kept. */
static bool capped(const struct alerts *t)
{
	return t->total > t->n;
}

/*
 * "Alerts for you and your team: 19", or when the list is capped, the
 * total, how many are listed and the command that lists them all, in the
 * longest wording that fits: "Alerts: 110,977 — the 1,000 most serious
 * listed; all: mbo alerts --team d1" at 80 columns.
 */
static void draw_title(struct app *a, const struct alerts *t, int y)
{
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	const char *whose = a->has_team ? _("you and your team") : _("your goals");
	char total[40], kept[40], all[80], buf[300];
	int i;

	mbo_dec_format(MBO_DEC((int64_t)t->total), 0, true, total);
	if (!capped(t)) {
		snprintf(buf, sizeof buf, _("Alerts for %s: %s"), whose, total);
		w_text(y, 0, COLS, buf, ROLE_TITLE);
		return;
	}
	mbo_dec_format(MBO_DEC((int64_t)t->n), 0, true, kept);
	if (a->has_team)
		snprintf(all, sizeof all, "mbo alerts --team %s", a->me.login);
	else
		snprintf(all, sizeof all, "mbo alerts");
	for (i = 0; i < 3; i++) {
		if (i == 0)
			snprintf(buf, sizeof buf, _("Alerts for %s: %s %s the %s most serious listed; all: %s"), whose,
			         total, dash, kept, all);
		else if (i == 1)
			snprintf(buf, sizeof buf, _("Alerts: %s %s the %s most serious listed; all: %s"), total, dash,
			         kept, all);
		else
			snprintf(buf, sizeof buf, _("Alerts: %s %s the %s most serious listed"), total, dash, kept);
		if ((int)mbo_text_width(buf) <= COLS)
			break;
	}
	w_text(y, 0, COLS, buf, ROLE_TITLE);
}

static int kind_role(int kind)
{
	switch (kind) {
	case MBO_ALERT_OFF_TRACK: return ROLE_BAD;
	case MBO_ALERT_OVERDUE: case MBO_ALERT_TASK_OVERDUE: return ROLE_LATE;
	case MBO_ALERT_PROPOSAL: return ROLE_PENDING;
	}
	return ROLE_WARN;
}

static void alerts_layout(const struct alerts *t, int *x, int *w)
{
	struct col_spec spec[C_N];
	int64_t max = 0;
	int i;
	size_t k;

	for (k = 0; k < t->n; k++)
		if (t->v[k].goal_id > max)
			max = t->v[k].goal_id;
	memcpy(spec, col_specs, sizeof spec);
	spec[C_GOAL].min = spec[C_GOAL].want = spec[C_GOAL].max = w_id_width(max);
	columns_layout(COLS - 2, 1, spec, C_N, x, w);
	for (i = 0; i < C_N; i++)
		x[i] += 2;
}

static void alerts_draw(struct app *a, struct screen *s)
{
	struct alerts *t = s->priv;
	int x[C_N], w[C_N], y = a->lay.body_y, rows = list_rows(a), i;
	char buf[300], kept[40];

	draw_title(a, t, y);
	alerts_layout(t, x, w);
	w_fill(y + 1, 0, COLS, ROLE_COLHEAD);
	w_text(y + 1, x[C_SEV], w[C_SEV], "!", ROLE_COLHEAD);
	if (w[C_OWNER])
		w_text(y + 1, x[C_OWNER], w[C_OWNER], _("Owner"), ROLE_COLHEAD);
	w_text(y + 1, x[C_KIND], w[C_KIND], _("Alert"), ROLE_COLHEAD);
	w_text_right(y + 1, x[C_GOAL], w[C_GOAL], _("ID"), ROLE_COLHEAD);
	w_text(y + 1, x[C_MSG], w[C_MSG], _("What is wrong, what would fix it"), ROLE_COLHEAD);
	list_fix(&t->list, rows);
	if (t->list.n == 0) {
		if (s->filter[0] && capped(t))
			snprintf(buf, sizeof buf, _("No alert matches the filter among the %s most serious listed."),
			         mbo_dec_format(MBO_DEC((int64_t)t->n), 0, true, kept));
		else
			snprintf(buf, sizeof buf, "%s", s->filter[0] ? _("No alert matches the filter.") :
			         _("No alerts: nothing is at risk today."));
		w_text(y + 3, 2, COLS - 4, buf, ROLE_DIM);
		return;
	}
	for (i = 0; i < rows && t->list.top + (size_t)i < t->list.n; i++) {
		size_t k = t->list.top + (size_t)i;
		const struct kalert *al = &t->v[t->vis[k]];
		bool sel = k == t->list.sel;
		int base = sel ? ROLE_SELECTED : ROLE_NORMAL, yy = y + 2 + i;
		char kind[40], *p;

		snprintf(kind, sizeof kind, "%s", mbo_fmt_alert_kind_word(al->kind));
		for (p = kind; *p; p++)
			if (*p == '_')
				*p = ' ';
		w_fill(yy, 0, COLS, base);
		w_text(yy, 0, 1, sel ? ">" : " ", base);
		w_text(yy, x[C_SEV], w[C_SEV], al->severity >= 2 ? "!!" : "!", sel ? base : kind_role(al->kind));
		if (w[C_OWNER])
			w_text(yy, x[C_OWNER], w[C_OWNER], al->owner, base);
		w_text(yy, x[C_KIND], w[C_KIND], kind, sel ? base : kind_role(al->kind));
		if (al->goal_id) {
			snprintf(buf, sizeof buf, "%lld", (long long)al->goal_id);
			w_text_right(yy, x[C_GOAL], w[C_GOAL], buf, base);
		}
		w_text(yy, x[C_MSG], w[C_MSG], al->message, base);
	}
	/* The selected alert in full. */
	{
		const struct kalert *al = &t->v[t->vis[t->list.sel]];
		int dy = y + 2 + rows;
		char **lines;
		size_t n, k;

		role_set(ROLE_DIM);
		mvhline(dy, 0, w_ascii() ? '-' : ACS_HLINE, COLS);
		role_set(ROLE_NORMAL);
		n = render_wrap(al->message, (size_t)(COLS - 4), &lines);
		for (k = 0; k < n && k + 1 < DETAIL_ROWS; k++)
			w_text(dy + 1 + (int)k, 2, COLS - 4, lines[k], ROLE_NORMAL);
		render_lines_free(lines, n);
	}
}

static int alerts_key(struct app *a, struct screen *s, int key)
{
	struct alerts *t = s->priv;
	int r = key_list(&t->list, key, list_rows(a));
	int64_t goal = t->list.n ? t->v[t->vis[t->list.sel]].goal_id : 0;

	if (r)
		return r;
	if (key_is_enter(key) || key == 'a' || key == 'r' || key == 'A' || key == 't') {
		if (goal == 0) {
			app_msg(a, ROLE_MESSAGE, _("This alert is not about one goal."));
			return H_HANDLED | H_REDRAW;
		}
		if (key_is_enter(key)) {
			app_open(a, SCR_GOAL, goal, NULL);
			return H_HANDLED | H_REDRAW;
		}
		return goal_action_key(a, goal, key);
	}
	return H_IGNORED;
}

static int alerts_click(struct app *a, struct screen *s, int y, int x, bool twice)
{
	struct alerts *t = s->priv;

	(void)x;
	if (!list_click(&t->list, y - a->lay.body_y - 2, list_rows(a)))
		return H_HANDLED;
	if (twice)
		return alerts_key(a, s, '\r');
	return H_HANDLED | H_REDRAW;
}

static size_t alerts_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint k[] = {
		{ "Enter", N_("Goal"), '\r' }, { "a", N_("Check-in"), 'a' }, { "A", N_("Approve"), 'A' },
		{ "/", N_("Filter"), '/' }, { "Tab", N_("Screens"), '\t' }, { "?", N_("Help"), '?' },
		{ "q", N_("Quit"), 'q' },
	};

	(void)a;
	(void)s;
	*out = k;
	return sizeof k / sizeof k[0];
}

static void alerts_destroy(struct screen *s)
{
	struct alerts *t = s->priv;

	alerts_clear(t);
	free(t);
}

static const struct screen_ops alerts_ops = {
	.kind = SCR_ALERTS,
	.load = alerts_load,
	.draw = alerts_draw,
	.key = alerts_key,
	.click = alerts_click,
	.hints = alerts_hints,
	.filter = apply_filter,
	.destroy = alerts_destroy,
};

struct screen *screen_alerts_new(struct app *a)
{
	struct screen *s = calloc(1, sizeof *s);
	struct alerts *t = calloc(1, sizeof *t);

	(void)a;
	if (s == NULL || t == NULL) {
		free(s);
		free(t);
		return NULL;
	}
	s->ops = &alerts_ops;
	s->priv = t;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Alerts"));
	return s;
}
