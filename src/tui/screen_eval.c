/*
 * screen_eval.c: the evaluation (目标评估) of one person for one period,
 * as the core computes it (mbo_eval_compute): the final score and grade,
 * what the bonus scale pays, the quantitative part goal by goal, the
 * qualitative part (360-degree feedback) relation by relation, every rating
 * the reader may see, and the manager's summary. Opened with e, or with
 * Enter on a person of the Reports tab for its period; [ and ] step to the
 * previous or next period, p types one, R rates the person, S
 * writes the summary (the forms are in forms_eval.c).
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
#include "mbo/text.h"
#include "mbo/i18n.h"

struct ev {
	int64_t subject;
	char period[MBO_PERIOD_MAX + 1];
	bool loaded;
	mbo_evaluation e;
	struct page page;
	int built_w;
};

static int ev_load(struct app *a, struct screen *s)
{
	struct ev *v = s->priv;
	int rc;

	page_clear(&v->page);
	v->built_w = 0;
	mbo_evaluation_free(&v->e);
	v->loaded = false;
	snprintf(s->crumb, sizeof s->crumb, _("Evaluation %s"), v->period);
	rc = mbo_eval_compute(a->m, a->actor, v->subject, v->period, &v->e);
	if (rc)
		return rc;
	v->loaded = true;
	return MBO_OK;
}

/* Who, which period, the final score and grade, the bonus. */
static void build_head(struct ev *v)
{
	mbo_evaluation *e = &v->e;
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	const char *arrow = w_ascii() ? "->" : "\xe2\x86\x92";
	struct page *p = &v->page;
	struct page_line *l;
	char n1[48], n2[48], n3[48], d1[16], d2[16];

	l = page_line(p);
	page_seg(l, 1, 0, false, ROLE_TITLE, _("Evaluation of %s (%s), %s"), e->name, e->subject, e->period);
	page_seg(l, -1, 0, false, ROLE_DIM, "  %s %s %s", mbo_day_format(e->first, d1), arrow,
	         mbo_day_format(e->last, d2));

	l = page_line(p);
	page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Final"));
	if (e->has_final) {
		page_seg(l, -1, 0, false, ROLE_TITLE, "%s   ", mbo_fmt_percent(e->final, 2, n1));
		page_kv(l, _("Grade"), ROLE_TITLE, e->grade[0] ? e->grade : dash);
		page_seg(l, -1, 0, false, ROLE_DIM, _("(quantitative %s, qualitative %s)"),
		         mbo_fmt_pct(e->blend_used, 0, n2), mbo_fmt_pct(MBO_DEC_SCALE - e->blend_used, 0, n3));
	} else {
		page_seg(l, -1, 0, false, ROLE_NORMAL, "%s", _("none yet: no goal counts and no feedback"));
	}
	if (e->bonus.configured) {
		l = page_line(p);
		page_seg(l, 1, 0, false, ROLE_DIM, "%s ", _("Bonus"));
		page_seg(l, -1, 0, false, ROLE_NORMAL, "%s", e->bonus.message);
	}
}

/* The quantitative part: goal by goal. */
static void build_quantitative(struct ev *v, int width)
{
	mbo_evaluation *e = &v->e;
	struct page *p = &v->page;
	struct page_line *l;
	char n1[48], n2[48], n3[48], buf[400];
	int tw = width - 46 > 16 ? width - 46 : 16;
	size_t i;

	if (e->has_quantitative)
		snprintf(buf, sizeof buf, _("Quantitative: goal completion %s (each capped at %s)"),
		         mbo_fmt_percent(e->quantitative, 2, n1), mbo_fmt_pct(e->completion_cap, 0, n2));
	else
		snprintf(buf, sizeof buf, _("Quantitative: no goal counts in this period"));
	page_section(p, buf);
	if (e->ngoals > 0) {
		l = page_line(p);
		/* The goal's id first, as the commands take it. */
		page_seg(l, 1, 5, true, ROLE_COLHEAD, "%s", _("ID"));
		page_seg(l, 7, tw - 4, false, ROLE_COLHEAD, "%s", _("Goal"));
		page_seg(l, 4 + tw, 7, true, ROLE_COLHEAD, "%s", _("Weight"));
		page_seg(l, 12 + tw, 14, true, ROLE_COLHEAD, "%s", _("Actual"));
		page_seg(l, 27 + tw, 8, true, ROLE_COLHEAD, "%s", _("Done"));
		page_seg(l, 36 + tw, 8, true, ROLE_COLHEAD, "%s", _("Counted"));
	}
	for (i = 0; i < e->ngoals; i++) {
		mbo_eval_goal *g = &e->goals[i];
		l = page_line(p);
		page_seg(l, 1, 5, true, ROLE_NORMAL, "%lld", (long long)g->goal_id);
		page_seg(l, 7, tw - 4, false, ROLE_NORMAL, "%s", g->title);
		page_seg(l, 4 + tw, 7, true, ROLE_NORMAL, "%s", mbo_fmt_num(g->weight, n1));
		page_seg(l, 12 + tw, 14, true, ROLE_NORMAL, "%s", mbo_fmt_num(g->actual, n2));
		page_seg(l, 27 + tw, 8, true, ROLE_NORMAL, "%s", mbo_fmt_pct(g->completion, 0, n3));
		page_seg(l, 36 + tw, 8, true, g->capped ? ROLE_DIM : ROLE_NORMAL, "%s%s",
		         g->capped ? _("cap ") : "", mbo_fmt_pct(g->counted, 0, n1));
	}
}

/* The qualitative part: 360-degree feedback relation by relation. */
static void build_qualitative(struct ev *v)
{
	mbo_evaluation *e = &v->e;
	const char *dash = w_ascii() ? "-" : "\xe2\x80\x94";
	struct page *p = &v->page;
	struct page_line *l;
	char n1[48], n2[48], n3[48], buf[400];
	size_t i;
	int r;

	if (e->has_qualitative)
		snprintf(buf, sizeof buf, _("Qualitative: 360-degree feedback %s of 5 = %s"),
		         mbo_dec_format(e->qualitative_score, 2, false, n1), mbo_fmt_percent(e->qualitative, 2, n2));
	else
		snprintf(buf, sizeof buf, _("Qualitative: no feedback yet (press %s to rate)"), keys_key('R'));
	page_section(p, buf);
	l = page_line(p);
	page_seg(l, 3, 12, false, ROLE_COLHEAD, "%s", _("Relation"));
	page_seg(l, 15, 6, true, ROLE_COLHEAD, "%s", _("Raters"));
	page_seg(l, 22, 8, true, ROLE_COLHEAD, "%s", _("Quality"));
	page_seg(l, 31, 7, true, ROLE_COLHEAD, "%s", _("Growth"));
	page_seg(l, 39, 9, true, ROLE_COLHEAD, "%s", _("Teamwork"));
	page_seg(l, 49, 6, true, ROLE_COLHEAD, "%s", _("Score"));
	page_seg(l, 56, 7, true, ROLE_COLHEAD, "%s", _("Weight"));
	for (r = 0; r < MBO_EVAL_NREL; r++) {
		mbo_eval_relscore *rs = &e->relations[r];
		l = page_line(p);
		page_seg(l, 3, 12, false, rs->count ? ROLE_NORMAL : ROLE_DIM, "%s", mbo_fmt_relation_word(r));
		page_seg(l, 15, 6, true, ROLE_NORMAL, "%zu", rs->count);
		if (rs->count) {
			page_seg(l, 22, 8, true, ROLE_NORMAL, "%s", mbo_dec_format(rs->criteria[0], 2, false, n1));
			page_seg(l, 31, 7, true, ROLE_NORMAL, "%s", mbo_dec_format(rs->criteria[1], 2, false, n2));
			page_seg(l, 39, 9, true, ROLE_NORMAL, "%s", mbo_dec_format(rs->criteria[2], 2, false, n3));
			page_seg(l, 49, 6, true, ROLE_TITLE, "%s", mbo_dec_format(rs->score, 2, false, n1));
			page_seg(l, 56, 7, true, ROLE_NORMAL, "%s", mbo_fmt_pct(rs->weight_used, 0, n2));
		} else {
			page_seg(l, 49, 6, true, ROLE_DIM, "%s", dash);
			page_seg(l, 56, 7, true, ROLE_DIM, "(%s)", mbo_fmt_pct(rs->weight, 0, n2));
		}
	}
	if (e->nmissing > 0 && e->has_qualitative) {
		size_t len = 0;
		buf[0] = '\0';
		for (i = 0; i < e->nmissing && len < sizeof buf; i++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? ", " : "",
			                        mbo_fmt_relation_word(e->missing[i]));
		l = page_line(p);
		page_seg(l, 3, 0, false, ROLE_DIM, _("No feedback from %s; their weight is shared out."), buf);
	}
}

/* Every rating the reader may see, and the manager's summary. */
static void build_feedback(struct ev *v, int width)
{
	mbo_evaluation *e = &v->e;
	struct page *p = &v->page;
	struct page_line *l;
	char buf[400];
	size_t i;

	page_section(p, _("Feedback"));
	for (i = 0; i < e->nfeedback; i++) {
		mbo_eval_feedback *f = &e->feedback[i];
		const char *who = f->rater_name[0] ? f->rater_name : f->rater[0] ? f->rater : _("(anonymous)");
		l = page_line(p);
		page_seg(l, 3, 12, false, ROLE_DIM, "%s", mbo_fmt_relation_word(f->relation));
		page_seg(l, 16, 16, false, ROLE_NORMAL, "%s", who);
		page_seg(l, 33, 0, false, ROLE_NORMAL, _("quality %d, growth %d, teamwork %d"), f->ratings[0],
		         f->ratings[1], f->ratings[2]);
		if (f->comment && f->comment[0])
			page_para(p, f->comment, 5, width - 1, ROLE_DIM);
	}
	if (e->nfeedback == 0)
		page_seg(page_line(p), 3, 0, false, ROLE_DIM, "%s", _("None yet."));

	/* The manager's summary. */
	if (e->summary && e->summary[0]) {
		snprintf(buf, sizeof buf, _("Summary by %s, %.10s"), e->summary_by, e->summary_at);
		page_section(p, buf);
		page_para(p, e->summary, 3, width - 1, ROLE_NORMAL);
	} else {
		page_section(p, _("Summary"));
		page_seg(page_line(p), 3, 0, false, ROLE_DIM, "%s", _("None yet; a manager writes it with S."));
	}
}

static void build(struct ev *v, int width)
{
	page_clear(&v->page);
	v->built_w = width;
	build_head(v);
	build_quantitative(v, width);
	build_qualitative(v);
	build_feedback(v, width);
}

static int rows_of(const struct app *a)
{
	return app_list_rows(a, 0);
}

static void ev_draw(struct app *a, struct screen *s)
{
	struct ev *v = s->priv;

	if (!v->loaded) {
		char buf[200];
		snprintf(buf, sizeof buf, _("No evaluation for %s. Press %s or %s for another period, %s to type one."),
		         v->period, keys_key('['), keys_key(']'), keys_key('p'));
		w_text(a->lay.body_y, 1, COLS - 2, buf, ROLE_DIM);
		return;
	}
	if (v->built_w != COLS)
		build(v, COLS);
	page_draw(&v->page, a->lay.body_y, rows_of(a));
}

/* Sets the period the screen shows (the period form's answer). */
static void ev_set_period(struct app *a, struct screen *s, const char *period)
{
	struct ev *v = s->priv;

	(void)a;
	snprintf(v->period, sizeof v->period, "%s", period);
	v->page.top = 0;
}

static int ev_key(struct app *a, struct screen *s, int key)
{
	struct ev *v = s->priv;
	int r = v->loaded ? page_key(&v->page, key, rows_of(a)) : H_IGNORED;
	char next[MBO_PERIOD_MAX + 1];

	if (r)
		return r;
	switch (key) {
	case '[':
	case ']':
		if (render_period_step(v->period, key == '[' ? -1 : 1, next, sizeof next) != 0) {
			app_msg(a, ROLE_MESSAGE, _("Press %s to type the period."), keys_key('p'));
			return H_HANDLED | H_REDRAW;
		}
		snprintf(v->period, sizeof v->period, "%s", next);
		v->page.top = 0;
		return H_HANDLED | H_RELOAD | H_REDRAW;
	case 'p':
		return form_period_open(a, _("Evaluation period"), v->period);
	case 'R':
		return form_rate_open(a, v->subject, v->period, v->loaded ? v->e.name : "");
	case 'S':
		return form_summary_open(a, v->subject, v->period, v->loaded ? v->e.name : "",
		                         v->loaded && v->e.summary ? v->e.summary : "");
	}
	return H_IGNORED;
}

static size_t ev_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint k[] = {
		{ "[", N_("Prev"), '[' }, { "]", N_("Next"), ']' }, { "p", N_("Period"), 'p' }, { "R", N_("Rate"), 'R' },
		{ "S", N_("Summary"), 'S' }, { "PgDn", N_("More"), KEY_FN(KEY_NPAGE) }, { "?", N_("Help"), '?' },
		{ "Esc", N_("Back"), KEY_ESCAPE },
	};

	(void)a;
	(void)s;
	*out = k;
	return sizeof k / sizeof k[0];
}

static void ev_destroy(struct screen *s)
{
	struct ev *v = s->priv;

	page_clear(&v->page);
	mbo_evaluation_free(&v->e);
	free(v);
}

static const struct screen_ops ev_ops = {
	.kind = SCR_EVAL,
	.load = ev_load,
	.draw = ev_draw,
	.key = ev_key,
	.click = NULL,
	.hints = ev_hints,
	.filter = NULL,
	.set_period = ev_set_period,
	.destroy = ev_destroy,
};

struct screen *screen_eval_new(struct app *a, int64_t subject, const char *period)
{
	struct screen *s = calloc(1, sizeof *s);
	struct ev *v = calloc(1, sizeof *v);

	if (s == NULL || v == NULL) {
		free(s);
		free(v);
		return NULL;
	}
	v->subject = subject ? subject : a->actor;
	if (period && period[0])
		snprintf(v->period, sizeof v->period, "%s", period);
	else
		mbo_quarter_of(mbo_today(), v->period, sizeof v->period);
	s->ops = &ev_ops;
	s->priv = v;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Evaluation"));
	return s;
}
