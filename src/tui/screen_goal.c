/*
 * screen_goal.c: one goal in detail, as a page that scrolls: its fields,
 * where it stands today (actual, expected, pace, forecast, needed per
 * workday), a burn-up chart of the actual against the plan, its stages,
 * tasks, recent check-ins and history. The page (widgets.h) is laid out
 * again for each terminal width; text from the database is sanitized and
 * fitted when drawn. a, r, A, c and t act on the goal; e opens its owner's
 * evaluation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "app.h"
#include "screens.h"
#include "colors.h"
#include "keys.h"
#include "mbo/checkin.h"
#include "mbo/fmt.h"
#include "mbo/undo.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/plan.h"
#include "mbo/progress.h"
#include "mbo/task.h"
#include "mbo/text.h"
#include "mbo/i18n.h"

#define CHART_H 10
#define RECENT_CHECKINS 10

struct gd {
	int64_t id;
	mbo_day asof;      /* the core's today at the last load: the page's day */
	bool loaded;
	mbo_goal g;
	mbo_person owner;
	mbo_progress p;
	int prog_rc;
	mbo_goal parent;
	bool have_parent;
	mbo_milestone *ms;
	size_t nms;
	mbo_dec *ms_actual;
	mbo_task *tasks;
	size_t ntasks;
	mbo_checkin *cis;
	size_t ncis;
	mbo_revision *hist;
	size_t nhist;
	struct page page;
	int built_w;       /* width the page was laid out for; 0: lay out again */
};

static void data_free(struct gd *d)
{
	mbo_goal_clear(&d->g);
	mbo_goal_clear(&d->parent);
	free(d->ms);
	free(d->ms_actual);
	mbo_task_list_free(d->tasks, d->ntasks);
	mbo_checkin_list_free(d->cis, d->ncis);
	mbo_revision_list_free(d->hist, d->nhist);
	d->ms = NULL;
	d->ms_actual = NULL;
	d->tasks = NULL;
	d->cis = NULL;
	d->hist = NULL;
	d->nms = d->ntasks = d->ncis = d->nhist = 0;
	d->have_parent = false;
	d->loaded = false;
}

static int gd_load(struct app *a, struct screen *s)
{
	struct gd *d = s->priv;
	int rc;
	size_t i;

	page_clear(&d->page);
	data_free(d);
	d->built_w = 0;
	mbo_goal_init(&d->g);
	mbo_goal_init(&d->parent);
	rc = mbo_goal_get(a->m, a->actor, d->id, &d->g);
	if (rc)
		return rc;
	d->loaded = true;
	snprintf(s->crumb, sizeof s->crumb, _("Goal %lld"), (long long)d->id);
	if ((rc = mbo_person_get(a->m, d->g.owner_id, &d->owner)) != MBO_OK)
		return rc;
	d->asof = mbo_today();
	d->prog_rc = mbo_progress_compute(a->m, &d->g, d->asof, &d->p);
	if (d->g.parent_id)
		d->have_parent = mbo_goal_get(a->m, a->actor, d->g.parent_id, &d->parent) == MBO_OK;
	if ((rc = mbo_milestone_list(a->m, d->id, &d->ms, &d->nms)) != MBO_OK)
		return rc;
	d->ms_actual = calloc(d->nms ? d->nms : 1, sizeof *d->ms_actual);
	if (d->ms_actual == NULL)
		return mbo_error(a->m, MBO_EFAIL, "%s", _("out of memory"));
	for (i = 0; i < d->nms; i++)
		if (d->ms[i].day <= d->asof)
			mbo_progress_actual(a->m, &d->g, d->ms[i].day, &d->ms_actual[i]);
	if ((rc = mbo_task_list(a->m, a->actor, d->id, &d->tasks, &d->ntasks)) != MBO_OK)
		return rc;
	if ((rc = mbo_checkin_list(a->m, a->actor, d->id, RECENT_CHECKINS, &d->cis, &d->ncis)) != MBO_OK)
		return rc;
	return mbo_goal_history(a->m, a->actor, d->id, &d->hist, &d->nhist);
}

/* Samples the plan and the actual for a chart of width w, and draws it. */
static void build_chart(struct app *a, struct gd *d, int w)
{
	struct chart_data cd;
	struct chart chart;
	mbo_day *days;
	mbo_dec *plan, *actual;
	int pw, n;
	char left[16], right[16];
	long long ndays = (long long)d->g.due - d->g.start + 1;

	memset(&cd, 0, sizeof cd);
	pw = chart_plot_width(&cd, w);
	n = pw < ndays ? pw : (int)ndays;
	if (n < 1)
		return;
	days = calloc((size_t)n, sizeof *days);
	plan = calloc((size_t)n, sizeof *plan);
	actual = calloc((size_t)n, sizeof *actual);
	if (days && plan && actual) {
		chart_sample_days(d->g.start, d->g.due, n, days);
		if (mbo_progress_series(a->m, &d->g, days, (size_t)n, d->asof, plan, actual, &cd.nactual)) {
			page_seg(page_line(&d->page), 3, 0, false, ROLE_ERROR, _("No chart: %s"), mbo_errmsg(a->m));
			n = 0;
		}
		cd.n = (size_t)n;
		cd.plan = plan;
		cd.actual = actual;
		cd.target = d->g.target;
		cd.left = mbo_day_format(d->g.start, left);
		cd.right = mbo_day_format(d->g.due, right);
		cd.ascii = w_ascii();
		if (n > 0 && chart_render(&cd, w, CHART_H, &chart) == 0)
			page_chart(&d->page, &chart);
	}
	free(days);
	free(plan);
	free(actual);
}

/* The goal itself: title, status, owner, metric, period, target, parent. */
static void build_goal(struct gd *d, int width)
{
	mbo_goal *g = &d->g;
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	const char *arrow = w_ascii() ? "->" : "\xe2\x86\x92";
	char n1[48], n2[48], n3[48], d1[16], d2[16], buf[64];
	struct page_line *l;

	l = page_line(&d->page);
	page_seg(l, 1, width - 16, false, ROLE_TITLE, "%s", g->title);
	page_seg(l, width - 15, 14, true, g->status == MBO_GOAL_ACTIVE ? ROLE_NORMAL : ROLE_PENDING, "#%lld %s",
	    (long long)g->id, mbo_fmt_goal_status_word(g->status));
	if (g->status_reason && g->status_reason[0]) {
		char why[1024];
		page_seg(page_line(&d->page), 1, 0, false, ROLE_DIM, "%s: %s", mbo_fmt_goal_status_word(g->status),
		         mbo_change_summary_show(g->status_reason, why, sizeof why));
	}
	l = page_line(&d->page);
	page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Owner"));
	page_seg(l, -1, 0, false, ROLE_NORMAL, "%s (%s)   ", d->owner.name, d->owner.login);
	page_kv(l, _("Method"), ROLE_NORMAL, mbo_fmt_method_word(g->method));
	l = page_line(&d->page);
	page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Metric"));
	page_seg(l, -1, 0, false, ROLE_NORMAL, _("%s in %s, %s, %s is better   "), g->metric, g->unit,
	    g->kind == MBO_KIND_SUM ? _("check-ins add up") : _("the latest counts"),
	    g->direction == MBO_DIR_UP ? _("higher") : _("lower"));
	l = page_line(&d->page);
	page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Period"));
	page_seg(l, -1, 0, false, ROLE_NORMAL, "%s %s %s", mbo_day_format(g->start, d1), arrow,
	    mbo_day_format(g->due, d2));
	if (d->prog_rc == MBO_OK)
		page_seg(l, -1, 0, false, ROLE_DIM, _(" (%lld workdays)   "), (long long)d->p.workdays_total);
	l = page_line(&d->page);
	page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Target"));
	page_seg(l, -1, 0, false, ROLE_TITLE, "%s %s   ", mbo_fmt_num(g->target, n1), g->unit);
	page_kv(l, _("Baseline"), ROLE_NORMAL, mbo_fmt_num(g->baseline, n2));
	page_kv(l, _("Weight"), ROLE_NORMAL, mbo_fmt_num(g->weight, n3));
	snprintf(buf, sizeof buf, "%d", g->importance);
	page_kv(l, _("Importance"), ROLE_NORMAL, buf);
	snprintf(buf, sizeof buf, "%d", g->urgency);
	page_kv(l, _("Urgency"), ROLE_NORMAL, buf);
	l = page_line(&d->page);
	page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Parent"));
	if (d->have_parent)
		page_seg(l, -1, 0, false, ROLE_NORMAL, "#%lld %s   ", (long long)d->parent.id, d->parent.title);
	else if (g->parent_id)
		page_seg(l, -1, 0, false, ROLE_NORMAL, "#%lld   ", (long long)g->parent_id);
	else
		page_seg(l, -1, 0, false, ROLE_NORMAL, "%s   ", dash);
	page_kv(l, _("KPI"), ROLE_NORMAL, g->kpi[0] ? g->kpi : dash);
	if (g->description && g->description[0])
		page_para(&d->page, g->description, 1, width - 1, ROLE_NORMAL);
}

/* Where it stands today, and the burn-up chart. */
static void build_standing(struct app *a, struct gd *d, int width)
{
	mbo_goal *g = &d->g;
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	char n1[48], n2[48], n3[48], d1[16], buf[600], bar[1100];
	struct page_line *l;
	int bw;

	snprintf(buf, sizeof buf, _("Progress as of %s"), mbo_day_format(d->asof, d1));
	page_section(&d->page, buf);
	if (g->status == MBO_GOAL_PROPOSED) {
		page_seg(page_line(&d->page), 1, 0, false, ROLE_DIM, "%s", _("Proposed: progress counts once the goal is approved."));
	} else if (d->prog_rc) {
		page_seg(page_line(&d->page), 1, 0, false, ROLE_ERROR, "%s", mbo_errmsg(a->m));
	} else {
		mbo_dec done = mbo_progress_completion(g, d->p.actual);
		int role = role_for_tone(mbo_fmt_pace_tone(d->p.status));

		l = page_line(&d->page);
		page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Actual"));
		page_seg(l, -1, 0, false, ROLE_TITLE, "%s", mbo_fmt_num(d->p.actual, n1));
		page_seg(l, -1, 0, false, ROLE_NORMAL, _(" of %s %s  "), mbo_fmt_num(g->target, n2), g->unit);
		bw = width / 4 < 12 ? 12 : width / 4 > 40 ? 40 : width / 4;
		render_bar(done, bw, w_ascii(), bar, sizeof bar);
		page_seg(l, -1, 0, false, role, "%s", bar);
		page_seg(l, -1, 0, false, ROLE_NORMAL, _(" %s done"), mbo_fmt_pct(done, 0, n3));
		l = page_line(&d->page);
		page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Status"));
		page_seg(l, -1, 0, false, role, "%s   ", mbo_fmt_pace_word(d->p.status));
		page_kv(l, _("Expected by now"), ROLE_NORMAL, mbo_fmt_num(d->p.expected, n1));
		page_kv(l, _("Pace"), ROLE_NORMAL, d->p.has_pace ? mbo_fmt_pct(d->p.pace, 0, n2) : dash);
		l = page_line(&d->page);
		page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Forecast"));
		page_seg(l, -1, 0, false, ROLE_NORMAL, _("%s %s at the due date"), mbo_fmt_num(d->p.forecast, n1), g->unit);
		l = page_line(&d->page);
		if (d->p.status == MBO_PS_ACHIEVED)
			page_seg(l, 1, 0, false, ROLE_DONE, "%s", _("Achieved."));
		else if (d->p.workdays_left > 0)
			page_seg(l, 1, 0, false, ROLE_NORMAL, _("Needs %s %s per workday for the %lld workdays left."),
			    mbo_fmt_num(d->p.needed_per_workday, n1), g->unit, (long long)d->p.workdays_left);
		else
			page_seg(l, 1, 0, false, ROLE_NORMAL, _("No workdays left; %s %s short."),
			    mbo_fmt_num(d->p.needed_per_workday, n1), g->unit);
		l = page_line(&d->page);
		page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Check-ins"));
		if (d->p.last_checkin != MBO_DAY_NONE)
			page_seg(l, -1, 0, false, ROLE_NORMAL, _("%lld, the last on %s"), (long long)d->p.checkins,
			    mbo_day_format(d->p.last_checkin, d1));
		else
			page_seg(l, -1, 0, false, ROLE_NORMAL, _("none yet: press %s to add one"), keys_key('a'));

		/* The burn-up chart. */
		snprintf(buf, sizeof buf, _("Burn-up: actual (%s) against the plan (%s)"), w_ascii() ? "#" : "\xe2\x96\x88",
		         w_ascii() ? "." : "\xc2\xb7");
		page_section(&d->page, buf);
		build_chart(a, d, width - 2 > 160 ? 160 : width - 2);
	}
}

/* The stages, met or short once their day has passed. */
static void build_stages(struct gd *d)
{
	mbo_goal *g = &d->g;
	char n1[48], n2[48], d1[16];
	struct page_line *l;
	size_t i;

	page_section(&d->page, _("Stages"));
	if (d->nms == 0)
		page_seg(page_line(&d->page), 3, 0, false, ROLE_DIM, _("None. Split the goal into stages with: mbo goal split %lld --by month"),
		    (long long)g->id);
	for (i = 0; i < d->nms; i++) {
		l = page_line(&d->page);
		page_seg(l, 3, 12, false, ROLE_NORMAL, "%s", mbo_day_format(d->ms[i].day, d1));
		page_seg(l, 15, 14, true, ROLE_NORMAL, "%s", mbo_fmt_num(d->ms[i].target, n1));
		if (d->ms[i].day <= d->asof && g->status == MBO_GOAL_ACTIVE) {
			mbo_goal stage = *g;
			bool met;
			stage.target = d->ms[i].target;
			met = mbo_progress_completion(&stage, d->ms_actual[i]) >= MBO_DEC_SCALE;
			page_seg(l, 31, 0, false, ROLE_DIM, "%s ", _("actual"));
			page_seg(l, -1, 0, false, ROLE_NORMAL, "%s  ", mbo_fmt_num(d->ms_actual[i], n2));
			page_seg(l, -1, 0, false, met ? ROLE_GOOD : ROLE_BAD, "%s", met ? _("met") : _("short"));
		} else {
			page_seg(l, 31, 0, false, ROLE_DIM, "%s", _("upcoming"));
		}
	}
}

/* The tasks, open and done. */
static void build_tasks(struct gd *d, int width)
{
	char d1[16], buf[96];
	struct page_line *l;
	size_t i;

	{
		size_t open = 0;
		for (i = 0; i < d->ntasks; i++)
			if (d->tasks[i].done == MBO_DAY_NONE)
				open++;
		snprintf(buf, sizeof buf, _("Tasks: %zu open, %zu done (%s to tick them)"), open, d->ntasks - open,
		         keys_key('t'));
		page_section(&d->page, buf);
	}
	for (i = 0; i < d->ntasks; i++) {
		mbo_task *t = &d->tasks[i];
		bool done = t->done != MBO_DAY_NONE;
		l = page_line(&d->page);
		page_seg(l, 3, 4, false, done ? ROLE_DIM : ROLE_NORMAL, "%s", done ? "[x]" : "[ ]");
		page_seg(l, 7, width - 40 > 10 ? width - 40 : 10, false, done ? ROLE_DIM : ROLE_NORMAL, "%s", t->title);
		if (t->due != MBO_DAY_NONE)
			page_seg(l, width - 32 > 18 ? width - 32 : 18, 0, false,
			    !done && t->due < d->asof ? ROLE_BAD : ROLE_DIM, _("due %s"),
			    mbo_day_format(t->due, d1));
		page_seg(l, width - 16 > 33 ? width - 16 : 33, 15, false, ROLE_DIM, "%s", t->assignee);
	}
	if (d->ntasks == 0)
		page_seg(page_line(&d->page), 3, 0, false, ROLE_DIM, _("None. Press %s, then %s to add one."),
		         keys_key('t'), keys_key('n'));
}

/* The last check-ins. */
static void build_checkins(struct gd *d, int width)
{
	char n1[48], d1[16], buf[96];
	struct page_line *l;
	size_t i;

	snprintf(buf, sizeof buf, _("Recent check-ins (the last %d)"), RECENT_CHECKINS);
	page_section(&d->page, buf);
	for (i = 0; i < d->ncis; i++) {
		mbo_checkin *c = &d->cis[i];
		l = page_line(&d->page);
		page_seg(l, 3, 10, false, ROLE_NORMAL, "%s", mbo_day_format(c->day, d1));
		page_seg(l, 14, 14, true, ROLE_NORMAL, "%s", mbo_fmt_num(c->value, n1));
		page_seg(l, 30, 14, false, ROLE_DIM, "%s", c->by);
		page_seg(l, 45, width - 46 > 10 ? width - 46 : 10, false, ROLE_NORMAL, "%s", c->note);
	}
	if (d->ncis == 0)
		page_seg(page_line(&d->page), 3, 0, false, ROLE_DIM, "%s", _("None yet."));
}

/* The history of changes. */
static void build_history(struct gd *d, int width)
{
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	const char *arrow = w_ascii() ? "->" : "\xe2\x86\x92";
	struct page_line *l;
	size_t i;

	page_section(&d->page, _("History"));
	for (i = 0; i < d->nhist; i++) {
		mbo_revision *r = &d->hist[i];
		char at[32], why[1024];
		const char *field;
		snprintf(at, sizeof at, "%.10s %.5s", r->at, strlen(r->at) > 11 ? r->at + 11 : "");
		l = page_line(&d->page);
		page_seg(l, 3, 16, false, ROLE_DIM, "%s", at);
		page_seg(l, 20, 14, false, ROLE_NORMAL, "%s", r->who);
		field = mbo_fmt_revision_field_word(r->field);
		page_seg(l, 35, 0, false, ROLE_NORMAL, "%s %s %s %s", field ? field : r->field,
		    r->old_value ? r->old_value : dash, arrow, r->new_value ? r->new_value : dash);
		if (r->reason && r->reason[0])
			page_para(&d->page, mbo_change_summary_show(r->reason, why, sizeof why), 5, width - 1, ROLE_DIM);
	}
	if (d->nhist == 0)
		page_seg(page_line(&d->page), 3, 0, false, ROLE_DIM, "%s", _("No changes."));
}

static void build(struct app *a, struct gd *d, int width)
{
	page_clear(&d->page);
	d->built_w = width;
	if (!d->loaded)
		return;
	build_goal(d, width);
	build_standing(a, d, width);
	build_stages(d);
	build_tasks(d, width);
	build_checkins(d, width);
	build_history(d, width);
}

static int page_rows(const struct app *a)
{
	return app_list_rows(a, 0);
}

static void gd_draw(struct app *a, struct screen *s)
{
	struct gd *d = s->priv;

	if (d->built_w != COLS)
		build(a, d, COLS);
	page_draw(&d->page, a->lay.body_y, page_rows(a));
	if (!d->loaded)
		w_text(a->lay.body_y + 1, 1, COLS - 2, _("This goal could not be read."), ROLE_ERROR);
}

static int gd_key(struct app *a, struct screen *s, int key)
{
	struct gd *d = s->priv;
	int r = page_key(&d->page, key, page_rows(a));

	if (r)
		return r;
	if (key == 'n')
		return form_goal_open(a, d->g.owner_id);
	if (key == 'c' && d->loaded)
		return form_close_open(a, d->id);
	if (key == 'e' && d->loaded) {
		app_open(a, SCR_EVAL, d->g.owner_id, NULL);
		return H_HANDLED | H_REDRAW;
	}
	return d->loaded ? goal_action_key(a, d->id, key) : H_IGNORED;
}

static size_t gd_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint head[] = {
		{ "a", N_("Check-in"), 'a' }, { "t", N_("Tasks"), 't' }, { "r", N_("Revise"), 'r' },
	};
	static const struct keyhint approve = { "A", N_("Approve"), 'A' };
	static const struct keyhint close = { "c", N_("Close"), 'c' };
	static const struct keyhint tail[] = {
		{ "e", N_("Eval"), 'e' }, { "PgDn", N_("More"), KEY_FN(KEY_NPAGE) },
		{ "?", N_("Help"), '?' },
		{ "Esc", N_("Back"), KEY_ESCAPE },
	};
	static struct keyhint k[sizeof head / sizeof head[0] + 2 + sizeof tail / sizeof tail[0]];
	struct gd *d = s->priv;
	size_t n = 0, i;

	for (i = 0; i < sizeof head / sizeof head[0]; i++)
		k[n++] = head[i];
	/* Approve and close only where the core would let this person. */
	if (d->loaded && mbo_goal_may_decide(a->m, a->actor, &d->g) == MBO_OK)
		k[n++] = approve;
	if (d->loaded && mbo_goal_may_close(a->m, a->actor, &d->g, MBO_GOAL_CANCELLED) == MBO_OK)
		k[n++] = close;
	for (i = 0; i < sizeof tail / sizeof tail[0]; i++)
		k[n++] = tail[i];
	*out = k;
	return n;
}

static void gd_destroy(struct screen *s)
{
	struct gd *d = s->priv;

	page_clear(&d->page);
	data_free(d);
	free(d);
}

static const struct screen_ops gd_ops = {
	.kind = SCR_GOAL,
	.load = gd_load,
	.draw = gd_draw,
	.key = gd_key,
	.click = NULL,
	.hints = gd_hints,
	.filter = NULL,
	.destroy = gd_destroy,
};

struct screen *screen_goal_new(struct app *a, int64_t goal_id)
{
	struct screen *s = calloc(1, sizeof *s);
	struct gd *d = calloc(1, sizeof *d);

	(void)a;
	if (s == NULL || d == NULL) {
		free(s);
		free(d);
		return NULL;
	}
	d->id = goal_id;
	mbo_goal_init(&d->g);
	mbo_goal_init(&d->parent);
	s->ops = &gd_ops;
	s->priv = d;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Goal %lld"), (long long)goal_id);
	return s;
}
