/*
 * screen_report.c: the reports of a period (report.h), the Reports tab. Two
 * views of the same period, l switches between them:
 *
 *   the period report (mbo_report_period_each): one row per person of the
 *   team (the actor and everyone below, in org-tree order) with the goals
 *   counted, their completion, the quantitative and qualitative scores, the
 *   final score, the grade and the bonus; below the list, the selected
 *   person's goals with weight, target, actual and completion;
 *
 *   the leaderboard (mbo_report_leaderboard) on one metric: rank, actual,
 *   target and completion with a bar. The metrics offered are those of the
 *   goals in the period report, the most common first; m and M (or a
 *   click) choose one.
 *
 * A director's team is ten thousand people: the evaluations stream by and
 * the screen keeps of each person only the line it draws (struct erow) and
 * counts the metrics on the way. The selected person's goals and bonus
 * for the pane are computed again (mbo_eval_compute) when the pane is
 * drawn for someone else; that one evaluation is kept until then. The
 * leaderboard is read when it is first shown, not with the report.
 *
 * A manager sees their subtree. A salesperson sees their own line, and the
 * leaderboard of their manager's team only when the core allows it; when
 * it refuses, its message is shown in place of the ranks. [ and ] step to
 * the previous or next period, p types one; Enter (or e) opens the selected
 * person's evaluation for the period.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "app.h"
#include "screens.h"
#include "colors.h"
#include "keys.h"
#include "mbo/eval.h"
#include "mbo/report.h"
#include "mbo/text.h"
#include "mbo/i18n.h"

/* A person's line of the period report: what the list draws. */
struct erow {
	int64_t subject_id;
	char login[MBO_LOGIN_MAX + 1];
	char *name;                     /* heap */
	size_t ngoals;
	bool has_quantitative, has_qualitative, has_final, bonus;
	mbo_dec done, quantitative, qualitative, final;   /* percent */
	char grade[MBO_GRADE_MAX + 1];
	mbo_dec payout;                 /* when bonus */
	char currency[16];
};

/* A click on a metric sends this code plus its index. */
#define KEY_METRIC_BASE 0x121000
#define METRICS_SHOWN 24

enum { V_REPORT, V_LEADERS };

struct rep {
	int view;                       /* V_REPORT or V_LEADERS */
	char period[MBO_PERIOD_MAX + 1];
	mbo_day first, last;
	int64_t sel_id;                 /* the selected person, kept across
	                                   reloads and views */

	/* The period report. */
	struct erow *ev;
	size_t nev, evcap;
	size_t *evis;                   /* rows that pass the filter */
	struct list_state elist;
	bool ev_loaded;
	bool any_bonus;                 /* someone has a bonus scale */

	/* The evaluation of the selected person for the pane: of detail_id
	 * (0: none yet), or the core's refusal in detail_err. */
	mbo_evaluation detail;
	int64_t detail_id;
	int detail_rc;
	char detail_err[600];

	/* The metrics of the goals in the report, most common first. */
	struct tally metrics;
	char metric[MBO_METRIC_MAX * 4 + 1];

	/* The leaderboard of lb_team (0: the actor's own team). */
	int64_t lb_team;
	char lb_team_name[MBO_NAME_MAX * 4 + 1];
	mbo_leader *lb;
	size_t nlb;
	size_t *lvis;
	struct list_state llist;
	bool lb_loaded;                 /* lb, or lb_rc, is for this load */
	int lb_rc;                      /* the core's refusal, or 0 */
	char lb_err[600];
};

enum { E_NAME, E_LOGIN, E_GOALS, E_DONE, E_QUANT, E_QUAL, E_FINAL, E_GRADE, E_BONUS, E_N };

static const struct col_spec ev_cols[E_N] = {
	[E_NAME] = { 8, 14, 24, 1, 0 },
	[E_LOGIN] = { 8, 10, 0, 0, 3 },
	[E_GOALS] = { 5, 5, 0, 0, 0 },
	[E_DONE] = { 5, 5, 0, 0, 2 },
	[E_QUANT] = { 7, 7, 0, 0, 0 },
	[E_QUAL] = { 7, 7, 0, 0, 0 },
	[E_FINAL] = { 6, 6, 0, 0, 0 },
	[E_GRADE] = { 5, 5, 0, 0, 0 },
	[E_BONUS] = { 10, 14, 0, 0, 4 },   /* the last: left out when no scale */
};

enum { L_RANK, L_NAME, L_LOGIN, L_GOALS, L_ACTUAL, L_TARGET, L_UNIT, L_DONE, L_BAR, L_N };

static const struct col_spec lb_cols[L_N] = {
	[L_RANK] = { 4, 4, 0, 0, 0 },
	[L_NAME] = { 10, 12, 24, 1, 0 },
	[L_LOGIN] = { 9, 10, 0, 0, 3 },
	[L_GOALS] = { 5, 5, 0, 0, 5 },
	[L_ACTUAL] = { 10, 13, 0, 0, 0 },
	[L_TARGET] = { 10, 13, 0, 0, 2 },
	[L_UNIT] = { 4, 9, 0, 0, 4 },
	[L_DONE] = { 5, 5, 0, 0, 0 },
	[L_BAR] = { 8, 10, 24, 1, 1 },
};

enum { P_ID, P_TITLE, P_WEIGHT, P_TARGET, P_ACTUAL, P_DONE, P_COUNTED, P_N };

static const struct col_spec goal_cols[P_N] = {
	[P_ID] = { 2, 2, 0, 0, 0 },   /* the widest id: goals_layout */
	[P_TITLE] = { 12, 24, 0, 1, 0 },
	[P_WEIGHT] = { 6, 6, 0, 0, 3 },
	[P_TARGET] = { 10, 14, 0, 0, 2 },
	[P_ACTUAL] = { 10, 14, 0, 0, 0 },
	[P_DONE] = { 5, 5, 0, 0, 0 },
	[P_COUNTED] = { 7, 8, 0, 0, 1 },
};

static void detail_free(struct rep *r)
{
	mbo_evaluation_free(&r->detail);
	r->detail_id = 0;
	r->detail_rc = 0;
	r->detail_err[0] = '\0';
}

static void lists_free(struct rep *r)
{
	size_t i;

	for (i = 0; i < r->nev; i++)
		free(r->ev[i].name);
	free(r->ev);
	free(r->evis);
	render_tally_free(&r->metrics);
	free(r->lb);
	free(r->lvis);
	detail_free(r);
	r->ev = NULL;
	r->evis = NULL;
	r->lb = NULL;
	r->lvis = NULL;
	r->nev = r->evcap = r->nlb = 0;
	r->elist.n = r->llist.n = 0;
	r->ev_loaded = r->lb_loaded = false;
	r->lb_rc = 0;
	r->lb_err[0] = '\0';
	r->any_bonus = false;
}

/* The person selected in the current view, or 0. */
static int64_t selected_id(const struct rep *r)
{
	if (r->view == V_REPORT)
		return r->elist.n ? r->ev[r->evis[r->elist.sel]].subject_id : 0;
	return r->llist.n ? r->lb[r->lvis[r->llist.sel]].person_id : 0;
}

static int ev_rows_total(const struct app *a)
{
	return app_list_rows(a, 2);
}

static int lb_rows(const struct app *a)
{
	return app_list_rows(a, 3);
}

/* The rows of the people list and of the pane below it. */
static void report_split(const struct app *a, const struct rep *r, int *list_rows, int *pane_rows)
{
	int npane = 0;

	if (r->elist.n > 0) {
		const struct erow *e = &r->ev[r->evis[r->elist.sel]];
		npane = 2 + (int)(e->ngoals ? e->ngoals : 1) + (e->bonus ? 1 : 0);
	}
	render_split(ev_rows_total(a), (int)r->elist.n, npane, list_rows, pane_rows);
}

static int ev_list_rows(const struct app *a, const struct rep *r)
{
	int lr, pr;

	report_split(a, r, &lr, &pr);
	return lr;
}

/* Filters both lists, selecting the person `keep` in each where they show
 * (else the first row). */
static void filter_keep(struct app *a, struct screen *s, int64_t keep)
{
	struct rep *r = s->priv;
	size_t i, n = 0;

	if (r->evis == NULL)
		return;   /* not loaded */
	r->elist.sel = 0;
	for (i = 0; i < r->nev; i++) {
		if (!render_match(r->ev[i].name, s->filter) && !render_match(r->ev[i].login, s->filter))
			continue;
		if (r->ev[i].subject_id == keep)
			r->elist.sel = n;
		r->evis[n++] = i;
	}
	r->elist.n = n;
	n = 0;
	r->llist.sel = 0;
	for (i = 0; r->lvis && i < r->nlb; i++) {
		if (!render_match(r->lb[i].name, s->filter) && !render_match(r->lb[i].login, s->filter))
			continue;
		if (r->lb[i].person_id == keep)
			r->llist.sel = n;
		r->lvis[n++] = i;
	}
	r->llist.n = n;
	r->sel_id = keep;
	list_fix(&r->elist, ev_list_rows(a, r));
	list_fix(&r->llist, lb_rows(a));
}

/* The filter changed: keeps the person selected in the current view. */
static void apply_filter(struct app *a, struct screen *s)
{
	struct rep *r = s->priv;

	filter_keep(a, s, selected_id(r) ? selected_id(r) : r->sel_id);
}

/* What rep_load hands to keep_row. */
struct keep {
	mbo *m;
	struct rep *r;
};

/* mbo_report_period_each's callback: keeps the person's line and counts
 * the metrics of their goals. */
static int keep_row(void *ctx, const mbo_evaluation *e)
{
	struct keep *k = ctx;
	struct rep *r = k->r;
	struct erow *row;
	size_t i;

	if (r->nev == r->evcap) {
		size_t cap = r->evcap ? r->evcap * 2 : 16;
		struct erow *v = realloc(r->ev, cap * sizeof *v);

		if (v == NULL)
			return mbo_error(k->m, MBO_EFAIL, "%s", _("out of memory"));
		r->ev = v;
		r->evcap = cap;
	}
	row = &r->ev[r->nev];
	memset(row, 0, sizeof *row);
	row->name = strdup(e->name);
	if (row->name == NULL)
		return mbo_error(k->m, MBO_EFAIL, "%s", _("out of memory"));
	r->nev++;
	row->subject_id = e->subject_id;
	snprintf(row->login, sizeof row->login, "%s", e->subject);
	row->ngoals = e->ngoals;
	row->has_quantitative = e->has_quantitative;
	row->has_qualitative = e->has_qualitative;
	row->has_final = e->has_final;
	row->done = e->done;
	row->quantitative = e->quantitative;
	row->qualitative = e->qualitative;
	row->final = e->final;
	snprintf(row->grade, sizeof row->grade, "%s", e->grade);
	row->bonus = e->bonus.configured;
	if (row->bonus) {
		row->payout = e->bonus.payout;
		snprintf(row->currency, sizeof row->currency, "%s", e->bonus.currency);
		r->any_bonus = true;
	}
	for (i = 0; i < e->ngoals; i++)
		if (render_tally_add(&r->metrics, e->goals[i].metric))
			return mbo_error(k->m, MBO_EFAIL, "%s", _("out of memory"));
	return 0;
}

/* The metrics counted, most common first; keeps the chosen one when it is
 * still there, else takes the most common. */
static void choose_default_metric(struct rep *r)
{
	size_t i;

	render_tally_sort(&r->metrics);
	for (i = 0; i < r->metrics.n; i++)
		if (strcmp(r->metrics.v[i], r->metric) == 0)
			return;
	snprintf(r->metric, sizeof r->metric, "%s", r->metrics.n ? r->metrics.v[0] : "");
}

/* The leaderboard of r->metric for the period report loaded; the core
 * says whether the actor may see it (its refusal is kept in lb_rc and
 * lb_err, to be drawn, and is not an error of the load). */
static int lb_load(struct app *a, struct screen *s)
{
	struct rep *r = s->priv;

	free(r->lb);
	free(r->lvis);
	r->lb = NULL;
	r->lvis = NULL;
	r->nlb = r->llist.n = 0;
	r->lb_rc = 0;
	r->lb_err[0] = '\0';
	if (r->metric[0]) {
		r->lb_rc = mbo_report_leaderboard(a->m, a->actor, r->lb_team, r->metric, r->period, &r->lb,
		                                  &r->nlb);
		if (r->lb_rc) {
			snprintf(r->lb_err, sizeof r->lb_err, "%s", mbo_errmsg(a->m));
			free(r->lb);
			r->lb = NULL;
			r->nlb = 0;
		}
	}
	r->lvis = malloc((r->nlb ? r->nlb : 1) * sizeof *r->lvis);
	if (r->lvis == NULL)
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	r->lb_loaded = true;
	apply_filter(a, s);
	return MBO_OK;
}

static int rep_load(struct app *a, struct screen *s)
{
	struct rep *r = s->priv;
	struct keep k = { a->m, r };
	const char *why;
	int rc;

	if (selected_id(r))
		r->sel_id = selected_id(r);
	lists_free(r);
	snprintf(s->crumb, sizeof s->crumb, _("Reports %s"), r->period);
	if (mbo_period_parse(r->period, &r->first, &r->last, &why) != 0)
		return mbo_error(a->m, MBO_EINVAL, _("period: '%s' %s"), r->period, why);
	rc = mbo_report_period_each(a->m, a->actor, 0, r->period, keep_row, &k);
	if (rc) {
		lists_free(r);
		return rc;
	}
	choose_default_metric(r);
	if (r->nev > 0 && r->nev < r->evcap) {
		/* Doubling left up to half unused: a large team's report stays
		 * loaded while the leaderboard is read. */
		struct erow *v = realloc(r->ev, r->nev * sizeof *v);
		if (v) {
			r->ev = v;
			r->evcap = r->nev;
		}
	}
	r->evis = malloc((r->nev ? r->nev : 1) * sizeof *r->evis);
	if (r->evis == NULL)
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	r->ev_loaded = true;
	apply_filter(a, s);
	return r->view == V_LEADERS ? lb_load(a, s) : MBO_OK;
}

/* Shows the other view, with the person selected in this one selected
 * there too; reads the leaderboard first when this load has not. */
static void switch_view(struct app *a, struct screen *s)
{
	struct rep *r = s->priv;

	if (selected_id(r))
		r->sel_id = selected_id(r);
	r->view = r->view == V_REPORT ? V_LEADERS : V_REPORT;
	if (r->view == V_LEADERS && r->ev_loaded && !r->lb_loaded && lb_load(a, s))
		app_core_error(a, NULL);
	filter_keep(a, s, r->sel_id);
}

/* ---- drawing ---- */

static void layout(const struct col_spec *spec, int n, int *x, int *w)
{
	int i;

	columns_layout(w_list_width(), 1, spec, n, x, w);
	for (i = 0; i < n; i++)
		x[i] += 2;
}

/* The table of a person's goals, its id column as wide as the widest id
 * (or its header). */
static void goals_layout(const mbo_evaluation *e, int *x, int *w)
{
	struct col_spec spec[P_N];
	int64_t max = 0;
	size_t i;

	for (i = 0; i < e->ngoals; i++)
		if (e->goals[i].goal_id > max)
			max = e->goals[i].goal_id;
	memcpy(spec, goal_cols, sizeof spec);
	spec[P_ID].min = spec[P_ID].want = spec[P_ID].max = w_id_width(max);
	layout(spec, P_N, x, w);
}

/* "2026-Q4 (2026-10-01 → 2026-12-31)" */
static void period_words(const struct rep *r, char *buf, size_t cap)
{
	char d1[16], d2[16];

	snprintf(buf, cap, "%s (%s %s %s)", r->period, mbo_day_format(r->first, d1),
	         w_ascii() ? "->" : "\xe2\x86\x92", mbo_day_format(r->last, d2));
}

/* The evaluation of the selected person (r->elist.n > 0), computed when
 * the selection has moved since the last time; NULL when the core refused,
 * its message in r->detail_err. */
static const mbo_evaluation *selected_detail(struct app *a, struct rep *r)
{
	int64_t id = r->ev[r->evis[r->elist.sel]].subject_id;

	if (r->detail_id != id) {
		detail_free(r);
		r->detail_id = id;
		r->detail_rc = mbo_eval_compute(a->m, a->actor, id, r->period, &r->detail);
		if (r->detail_rc) {
			snprintf(r->detail_err, sizeof r->detail_err, "%s", mbo_errmsg(a->m));
			mbo_evaluation_free(&r->detail);
		}
	}
	return r->detail_rc ? NULL : &r->detail;
}

/* The selected person's goals, below the people. */
static void draw_pane(struct app *a, struct rep *r, int y, int rows)
{
	const mbo_evaluation *e;
	int x[P_N], w[P_N], i, shown, room, next = y + 2;
	char buf[800], n1[48];
	size_t k;

	role_set(ROLE_DIM);
	mvhline(y, 0, w_ascii() ? '-' : ACS_HLINE, COLS);
	role_set(ROLE_NORMAL);
	if (rows < 2)
		return;
	e = selected_detail(a, r);
	if (e == NULL) {
		w_text(y + 1, 2, COLS - 3, r->detail_err, ROLE_ERROR);
		return;
	}
	if (e->ngoals)
		snprintf(buf, sizeof buf, _("Goals of %s counted in %s, each capped at %s:"), e->name, e->period,
		         mbo_fmt_pct(e->completion_cap, 0, n1));
	else
		snprintf(buf, sizeof buf, _("%s has no goal that counts in %s."), e->name, e->period);
	w_text(y + 1, 2, COLS - 3, buf, ROLE_SECTION);
	room = rows - 1 - (e->bonus.configured ? 1 : 0);
	/* A heading, then as many goals as fit; when not all do, the last row
	 * says how many more. */
	shown = room - 1;
	if (shown >= 0 && (size_t)shown < e->ngoals)
		shown--;
	if (e->ngoals && shown < 1) {
		if (room >= 1) {
			snprintf(buf, sizeof buf, _("%zu goals: Enter opens the evaluation"), e->ngoals);
			w_text(y + 2, 2, COLS - 3, buf, ROLE_DIM);
			next = y + 3;
		}
	} else if (e->ngoals) {
		goals_layout(e, x, w);
		w_fill(y + 2, 0, COLS, ROLE_COLHEAD);
		w_text_right(y + 2, x[P_ID], w[P_ID], _("ID"), ROLE_COLHEAD);
		w_text(y + 2, x[P_TITLE], w[P_TITLE], _("Goal"), ROLE_COLHEAD);
		if (w[P_WEIGHT])
			w_text_right(y + 2, x[P_WEIGHT], w[P_WEIGHT], _("Weight"), ROLE_COLHEAD);
		if (w[P_TARGET])
			w_text_right(y + 2, x[P_TARGET], w[P_TARGET], _("Target"), ROLE_COLHEAD);
		w_text_right(y + 2, x[P_ACTUAL], w[P_ACTUAL], _("Actual"), ROLE_COLHEAD);
		w_text_right(y + 2, x[P_DONE], w[P_DONE], _("Done"), ROLE_COLHEAD);
		if (w[P_COUNTED])
			w_text_right(y + 2, x[P_COUNTED], w[P_COUNTED], _("Counted"), ROLE_COLHEAD);
		for (i = 0, k = 0; i < shown && k < e->ngoals; i++, k++) {
			const mbo_eval_goal *g = &e->goals[k];
			int yy = y + 3 + i;
			snprintf(buf, sizeof buf, "%lld", (long long)g->goal_id);
			w_text_right(yy, x[P_ID], w[P_ID], buf, ROLE_NORMAL);
			w_text(yy, x[P_TITLE], w[P_TITLE], g->title, ROLE_NORMAL);
			if (w[P_WEIGHT])
				w_text_right(yy, x[P_WEIGHT], w[P_WEIGHT], mbo_fmt_num(g->weight, n1), ROLE_NORMAL);
			if (w[P_TARGET])
				w_text_right(yy, x[P_TARGET], w[P_TARGET], mbo_fmt_num(g->target, n1), ROLE_NORMAL);
			w_text_right(yy, x[P_ACTUAL], w[P_ACTUAL], mbo_fmt_num(g->actual, n1), ROLE_NORMAL);
			w_text_right(yy, x[P_DONE], w[P_DONE], mbo_fmt_pct(g->completion, 0, n1), ROLE_NORMAL);
			if (w[P_COUNTED]) {
				snprintf(buf, sizeof buf, "%s%s", g->capped ? _("cap ") : "", mbo_fmt_pct(g->counted, 0, n1));
				w_text_right(yy, x[P_COUNTED], w[P_COUNTED], buf, g->capped ? ROLE_DIM : ROLE_NORMAL);
			}
		}
		if (k < e->ngoals) {
			snprintf(buf, sizeof buf, _("... %zu more: Enter opens the evaluation"), e->ngoals - k);
			w_text(y + 3 + i, 2, COLS - 3, buf, ROLE_DIM);
			i++;
		}
		next = y + 3 + i;
	}
	if (e->bonus.configured) {
		snprintf(buf, sizeof buf, _("Bonus: %s"), e->bonus.message);
		w_text(next, 2, COLS - 3, buf, ROLE_NORMAL);
	}
}

/* Instead of a report the core refused, on row y. */
static void draw_no_report(int y)
{
	char buf[300];

	snprintf(buf, sizeof buf, _("No report: see the message below. %s and %s change the period."),
	         keys_key('['), keys_key(']'));
	w_text(y, 2, COLS - 4, buf, ROLE_DIM);
}

static void draw_report(struct app *a, struct screen *s, struct rep *r)
{
	int x[E_N], w[E_N], y = a->lay.body_y, lr, pr, i;
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	char buf[900], pw[64], n1[48];

	/* With the period's days when they fit. */
	period_words(r, pw, sizeof pw);
	for (i = 0; i < 2; i++) {
		const char *p = i == 0 ? pw : r->period;
		if (a->has_team)
			snprintf(buf, sizeof buf, P_("Period report %s: team of %s, %zu person",
			                             "Period report %s: team of %s, %zu people", r->nev),
			         p, a->me.name, r->nev);
		else
			snprintf(buf, sizeof buf, _("Period report %s: %s (%s)"), p, a->me.name, a->me.login);
		if ((int)mbo_text_width(buf) <= COLS)
			break;
	}
	w_text(y, 0, COLS, buf, ROLE_TITLE);
	if (s->filter[0]) {
		snprintf(buf, sizeof buf, _(" %zu shown "), r->elist.n);
		w_text_right(y, COLS - 12, 12, buf, ROLE_DIM);
	}
	/* The bonus column only when someone has a bonus scale. */
	w[E_BONUS] = 0;
	layout(ev_cols, r->any_bonus ? E_N : E_N - 1, x, w);
	w_fill(y + 1, 0, COLS, ROLE_COLHEAD);
	w_text(y + 1, x[E_NAME], w[E_NAME], _("Person"), ROLE_COLHEAD);
	if (w[E_LOGIN])
		w_text(y + 1, x[E_LOGIN], w[E_LOGIN], _("Login"), ROLE_COLHEAD);
	w_text_right(y + 1, x[E_GOALS], w[E_GOALS], _("Goals"), ROLE_COLHEAD);
	if (w[E_DONE])
		w_text_right(y + 1, x[E_DONE], w[E_DONE], _("Done"), ROLE_COLHEAD);
	w_text_right(y + 1, x[E_QUANT], w[E_QUANT], _("Quant"), ROLE_COLHEAD);
	w_text_right(y + 1, x[E_QUAL], w[E_QUAL], _("Qual"), ROLE_COLHEAD);
	w_text_right(y + 1, x[E_FINAL], w[E_FINAL], _("Final"), ROLE_COLHEAD);
	w_text(y + 1, x[E_GRADE], w[E_GRADE], _("Grade"), ROLE_COLHEAD);
	if (w[E_BONUS])
		w_text_right(y + 1, x[E_BONUS], w[E_BONUS], _("Bonus"), ROLE_COLHEAD);
	if (!r->ev_loaded) {
		draw_no_report(y + 3);
		return;
	}
	if (r->elist.n == 0) {
		w_text(y + 3, 2, COLS - 4, s->filter[0] ? _("Nobody matches the filter; Esc clears it.")
		       : _("Nobody to report on."), ROLE_DIM);
		return;
	}
	report_split(a, r, &lr, &pr);
	list_fix(&r->elist, lr);
	for (i = 0; i < lr && r->elist.top + (size_t)i < r->elist.n; i++) {
		size_t k = r->elist.top + (size_t)i;
		const struct erow *e = &r->ev[r->evis[k]];
		bool sel = k == r->elist.sel;
		int base = sel ? ROLE_SELECTED : ROLE_NORMAL, yy = y + 2 + i;

		w_fill(yy, 0, COLS, base);
		w_text(yy, 0, 1, sel ? ">" : " ", base);
		w_text(yy, x[E_NAME], w[E_NAME], e->name, base);
		if (w[E_LOGIN])
			w_text(yy, x[E_LOGIN], w[E_LOGIN], e->login, base);
		snprintf(buf, sizeof buf, "%zu", e->ngoals);
		w_text_right(yy, x[E_GOALS], w[E_GOALS], buf, base);
		if (w[E_DONE])
			w_text_right(yy, x[E_DONE], w[E_DONE], e->ngoals ? mbo_fmt_pct(e->done / 100, 0, n1) : dash, base);
		w_text_right(yy, x[E_QUANT], w[E_QUANT], e->has_quantitative ? mbo_fmt_percent(e->quantitative, 2, n1) : dash,
		             base);
		w_text_right(yy, x[E_QUAL], w[E_QUAL], e->has_qualitative ? mbo_fmt_percent(e->qualitative, 2, n1) : dash, base);
		w_text_right(yy, x[E_FINAL], w[E_FINAL],
		             e->has_final ? mbo_dec_format(e->final, 2, false, n1) : dash, base);
		w_text(yy, x[E_GRADE], w[E_GRADE], e->grade[0] ? e->grade : dash,
		       sel || !e->grade[0] ? base : ROLE_TITLE);
		if (w[E_BONUS]) {
			if (e->bonus)
				snprintf(buf, sizeof buf, "%s %s", mbo_dec_format(e->payout, 2, true, n1), e->currency);
			else
				snprintf(buf, sizeof buf, "%s", dash);
			w_text_right(yy, x[E_BONUS], w[E_BONUS], buf, base);
		}
	}
	w_list_marks(y + 2, y + 1 + lr, r->elist.top > 0, r->elist.top + (size_t)lr < r->elist.n);
	if (pr > 0)
		draw_pane(a, r, y + 2 + lr, pr);
}

/* "Metric: [revenue] new_customers visits", each clickable. */
static void draw_metrics(struct app *a, struct rep *r, int y)
{
	int x = w_str(y, 2, COLS - 2, _("Metric (m): "), ROLE_DIM) + 2;
	size_t i;

	if (r->metrics.n == 0) {
		w_str(y, x, COLS - x, _("none in this period"), ROLE_DIM);
		return;
	}
	for (i = 0; i < r->metrics.n && i < METRICS_SHOWN && x < COLS - 1; i++) {
		bool cur = strcmp(r->metrics.v[i], r->metric) == 0;
		char label[MBO_METRIC_MAX * 4 + 8];
		int w;

		snprintf(label, sizeof label, cur ? "[%s]" : " %s ", r->metrics.v[i]);
		w = w_str(y, x, COLS - x, label, cur ? ROLE_TITLE : ROLE_NORMAL);
		app_hit(a, y, x, x + w, KEY_METRIC_BASE + (int)i);
		x += w + 1;
	}
}

static void draw_leaders(struct app *a, struct screen *s, struct rep *r)
{
	int x[L_N], w[L_N], y = a->lay.body_y, rows = lb_rows(a), i;
	char buf[900], n1[48];

	/* The period's days are in the period report; room for the metric. */
	if (r->lb_rc)
		snprintf(buf, sizeof buf, _("Leaderboard %s on %s: team of %s"), r->period,
		         r->metric[0] ? r->metric : "-", r->lb_team_name);
	else
		snprintf(buf, sizeof buf, _("Leaderboard %s on %s: team of %s, %zu ranked"), r->period,
		         r->metric[0] ? r->metric : "-", r->lb_team_name, r->nlb);
	w_text(y, 0, COLS, buf, ROLE_TITLE);
	if (s->filter[0]) {
		snprintf(buf, sizeof buf, _(" %zu shown "), r->llist.n);
		w_text_right(y, COLS - 12, 12, buf, ROLE_DIM);
	}
	draw_metrics(a, r, y + 1);
	if (!r->ev_loaded) {
		draw_no_report(y + 3);
		return;
	}
	if (r->lb_rc) {
		/* The core refused: its words, and where the actor's own line is. */
		char **lines;
		size_t n = render_wrap(r->lb_err, (size_t)(COLS - 4), &lines), k;
		for (k = 0; k < n && (int)k < rows - 2; k++)
			w_text(y + 3 + (int)k, 2, COLS - 4, lines[k], ROLE_ERROR);
		render_lines_free(lines, n);
		snprintf(buf, sizeof buf, _("Your own line is in the period report: press %s."), keys_key('l'));
		w_text(y + 4 + (int)k, 2, COLS - 4, buf, ROLE_DIM);
		return;
	}
	layout(lb_cols, L_N, x, w);
	w_fill(y + 2, 0, COLS, ROLE_COLHEAD);
	w_text_right(y + 2, x[L_RANK], w[L_RANK], _("Rank"), ROLE_COLHEAD);
	w_text(y + 2, x[L_NAME], w[L_NAME], _("Person"), ROLE_COLHEAD);
	if (w[L_LOGIN])
		w_text(y + 2, x[L_LOGIN], w[L_LOGIN], _("Login"), ROLE_COLHEAD);
	if (w[L_GOALS])
		w_text_right(y + 2, x[L_GOALS], w[L_GOALS], _("Goals"), ROLE_COLHEAD);
	w_text_right(y + 2, x[L_ACTUAL], w[L_ACTUAL], _("Actual"), ROLE_COLHEAD);
	if (w[L_TARGET])
		w_text_right(y + 2, x[L_TARGET], w[L_TARGET], _("Target"), ROLE_COLHEAD);
	if (w[L_UNIT])
		w_text(y + 2, x[L_UNIT], w[L_UNIT], _("Unit"), ROLE_COLHEAD);
	w_text_right(y + 2, x[L_DONE], w[L_DONE], _("Done"), ROLE_COLHEAD);
	if (w[L_BAR])
		w_text(y + 2, x[L_BAR], w[L_BAR], _("Completion"), ROLE_COLHEAD);
	if (r->metrics.n == 0) {
		snprintf(buf, sizeof buf, _("No goal of the team overlaps %s: nothing to rank. %s and %s change the "
		                              "period."), r->period, keys_key('['), keys_key(']'));
		w_text(y + 4, 2, COLS - 4, buf, ROLE_DIM);
		return;
	}
	if (r->llist.n == 0) {
		w_text(y + 4, 2, COLS - 4, s->filter[0] ? _("Nobody matches the filter; Esc clears it.")
		       : _("Nobody has a goal on this metric in the period."), ROLE_DIM);
		return;
	}
	list_fix(&r->llist, rows);
	for (i = 0; i < rows && r->llist.top + (size_t)i < r->llist.n; i++) {
		size_t k = r->llist.top + (size_t)i;
		const mbo_leader *l = &r->lb[r->lvis[k]];
		bool sel = k == r->llist.sel;
		int base = sel ? ROLE_SELECTED : ROLE_NORMAL, yy = y + 3 + i;

		w_fill(yy, 0, COLS, base);
		w_text(yy, 0, 1, sel ? ">" : " ", base);
		snprintf(buf, sizeof buf, "%d", l->rank);
		w_text_right(yy, x[L_RANK], w[L_RANK], buf, sel || l->rank > 3 ? base : ROLE_TITLE);
		w_text(yy, x[L_NAME], w[L_NAME], l->name, base);
		if (w[L_LOGIN])
			w_text(yy, x[L_LOGIN], w[L_LOGIN], l->login, base);
		if (w[L_GOALS]) {
			snprintf(buf, sizeof buf, "%zu", l->goals);
			w_text_right(yy, x[L_GOALS], w[L_GOALS], buf, base);
		}
		w_text_right(yy, x[L_ACTUAL], w[L_ACTUAL], mbo_fmt_num(l->actual, n1), base);
		if (w[L_TARGET])
			w_text_right(yy, x[L_TARGET], w[L_TARGET], mbo_fmt_num(l->target, n1), base);
		if (w[L_UNIT])
			w_text(yy, x[L_UNIT], w[L_UNIT], l->unit, base);
		w_text_right(yy, x[L_DONE], w[L_DONE], mbo_fmt_pct(l->completion, 0, n1), base);
		if (w[L_BAR])
			w_bar(yy, x[L_BAR], w[L_BAR], l->completion, sel ? base : ROLE_BAR, base);
	}
	w_list_marks(y + 3, y + 2 + rows, r->llist.top > 0, r->llist.top + (size_t)rows < r->llist.n);
}

static void rep_draw(struct app *a, struct screen *s)
{
	struct rep *r = s->priv;

	if (r->view == V_REPORT)
		draw_report(a, s, r);
	else
		draw_leaders(a, s, r);
}

/* ---- keys ---- */

/* Sets the period the reports show (the period form's answer). */
static void rep_set_period(struct app *a, struct screen *s, const char *period)
{
	struct rep *r = s->priv;

	(void)a;
	snprintf(r->period, sizeof r->period, "%s", period);
}

/* Chooses metric i and reads its leaderboard (the period report stays). */
static int choose_metric(struct app *a, struct screen *s, struct rep *r, size_t i)
{
	if (i >= r->metrics.n)
		return H_HANDLED;
	if (selected_id(r))
		r->sel_id = selected_id(r);
	snprintf(r->metric, sizeof r->metric, "%s", r->metrics.v[i]);
	r->view = V_LEADERS;
	if (lb_load(a, s))
		app_core_error(a, NULL);
	return H_HANDLED | H_REDRAW;
}

static int rep_key(struct app *a, struct screen *s, int key)
{
	struct rep *r = s->priv;
	struct list_state *l = r->view == V_REPORT ? &r->elist : &r->llist;
	int rows = r->view == V_REPORT ? ev_list_rows(a, r) : lb_rows(a);
	int res = key_list(l, key, rows);
	char next[MBO_PERIOD_MAX + 1];
	size_t i;
	int64_t id;

	if (res)
		return res;
	if (key >= KEY_METRIC_BASE && key < KEY_METRIC_BASE + METRICS_SHOWN)
		return choose_metric(a, s, r, (size_t)(key - KEY_METRIC_BASE));
	switch (key) {
	case '[':
	case ']':
		if (render_period_step(r->period, key == '[' ? -1 : 1, next, sizeof next) != 0) {
			app_msg(a, ROLE_MESSAGE, _("No period before or after %s; press %s to type one."),
			        r->period, keys_key('p'));
			return H_HANDLED | H_REDRAW;
		}
		snprintf(r->period, sizeof r->period, "%s", next);
		if (selected_id(r))
			r->sel_id = selected_id(r);
		s->stale = true;
		return H_HANDLED | H_REDRAW;
	case 'p':
		return form_period_open(a, _("Report period"), r->period);
	case 'l':
		switch_view(a, s);
		return H_HANDLED | H_REDRAW;
	case 'm':
	case 'M':
		if (r->metrics.n == 0) {
			app_msg(a, ROLE_MESSAGE, _("No goal of the team overlaps %s: no metric to rank."), r->period);
			if (r->view == V_REPORT)
				switch_view(a, s);
			return H_HANDLED | H_REDRAW;
		}
		if (r->view == V_REPORT) {
			switch_view(a, s);
			return H_HANDLED | H_REDRAW;
		}
		for (i = 0; i < r->metrics.n && strcmp(r->metrics.v[i], r->metric) != 0; i++)
			;
		if (i == r->metrics.n)
			i = 0;
		else
			i = key == 'm' ? (i + 1) % r->metrics.n : (i + r->metrics.n - 1) % r->metrics.n;
		return choose_metric(a, s, r, i);
	case 'e':
		break;
	default:
		if (!key_is_enter(key))
			return H_IGNORED;
	}
	id = selected_id(r);
	if (id == 0) {
		app_msg(a, ROLE_MESSAGE, _("Nobody selected."));
		return H_HANDLED | H_REDRAW;
	}
	r->sel_id = id;
	app_open(a, SCR_EVAL, id, r->period);
	return H_HANDLED | H_REDRAW;
}

static int rep_click(struct app *a, struct screen *s, int y, int x, bool twice)
{
	struct rep *r = s->priv;
	bool hit;

	(void)x;
	if (r->view == V_REPORT)
		hit = list_click(&r->elist, y - a->lay.body_y - 2, ev_list_rows(a, r));
	else
		hit = list_click(&r->llist, y - a->lay.body_y - 3, lb_rows(a));
	if (!hit)
		return H_HANDLED;
	r->sel_id = selected_id(r);
	if (twice)
		return rep_key(a, s, '\r');
	return H_HANDLED | H_REDRAW;
}

static size_t rep_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint report[] = {
		{ "Enter", N_("Eval"), '\r' }, { "[", N_("Prev"), '[' }, { "]", N_("Next"), ']' },
		{ "p", N_("Period"), 'p' }, { "l", N_("Leaders"), 'l' }, { "/", N_("Filter"), '/' },
		{ "Tab", N_("Screens"), '\t' }, { "?", N_("Help"), '?' }, { "q", N_("Quit"), 'q' },
	};
	static const struct keyhint leaders[] = {
		{ "Enter", N_("Eval"), '\r' }, { "[", N_("Prev"), '[' }, { "]", N_("Next"), ']' },
		{ "m", N_("Metric"), 'm' }, { "l", N_("Report"), 'l' }, { "/", N_("Filter"), '/' },
		{ "Tab", N_("Screens"), '\t' }, { "?", N_("Help"), '?' }, { "q", N_("Quit"), 'q' },
	};
	static const struct keyhint refused[] = {
		{ "l", N_("Report"), 'l' }, { "[", N_("Prev"), '[' }, { "]", N_("Next"), ']' },
		{ "Tab", N_("Screens"), '\t' }, { "?", N_("Help"), '?' }, { "q", N_("Quit"), 'q' },
	};
	struct rep *r = s->priv;

	(void)a;
	if (r->view == V_REPORT) {
		*out = report;
		return sizeof report / sizeof report[0];
	}
	if (r->lb_rc) {
		*out = refused;
		return sizeof refused / sizeof refused[0];
	}
	*out = leaders;
	return sizeof leaders / sizeof leaders[0];
}

static void rep_destroy(struct screen *s)
{
	struct rep *r = s->priv;

	lists_free(r);
	free(r);
}

static const struct screen_ops rep_ops = {
	.kind = SCR_REPORT,
	.load = rep_load,
	.draw = rep_draw,
	.key = rep_key,
	.click = rep_click,
	.hints = rep_hints,
	.filter = apply_filter,
	.set_period = rep_set_period,
	.destroy = rep_destroy,
};

struct screen *screen_report_new(struct app *a)
{
	struct screen *s = calloc(1, sizeof *s);
	struct rep *r = calloc(1, sizeof *r);

	if (s == NULL || r == NULL) {
		free(s);
		free(r);
		return NULL;
	}
	mbo_quarter_of(mbo_today(), r->period, sizeof r->period);
	/* A manager ranks their own team; a salesperson asks for their
	 * manager's, which the core may refuse. */
	r->lb_team = a->has_team ? 0 : a->me.manager_id;
	snprintf(r->lb_team_name, sizeof r->lb_team_name, "%s", a->me.name);
	if (r->lb_team) {
		mbo_person mg;
		if (mbo_person_get(a->m, r->lb_team, &mg) == MBO_OK)
			snprintf(r->lb_team_name, sizeof r->lb_team_name, "%s", mg.name);
	}
	s->ops = &rep_ops;
	s->priv = r;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Reports"));
	return s;
}
