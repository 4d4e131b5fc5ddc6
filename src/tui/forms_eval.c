/*
 * forms_eval.c: the forms of evaluation: rating a person (360-degree
 * feedback), the manager's summary, and choosing the period a screen shows
 * (the evaluation and the reports share it: the screen under the form gets
 * the period through its set_period handler).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "colors.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
#include "mbo/perm.h"
#include "mbo/i18n.h"

/* The keys, in the order of enum mbo_eval_relation; shown as
 * mbo_fmt_relation_word's words (the relation self is 自评, not the method). */
static const char *const relations[] = { "self", "superior", "peer", "customer", "subordinate" };
static const char *const ratings[] = { "1", "2", "3", "4", "5" };

/* What an evaluation form is about: one person, one period; or, for the
 * period form, the kind of screen that asked. */
struct evform {
	int64_t subject;
	char period[MBO_PERIOD_MAX + 1];
	int kind;
};

static struct form *evform_new(const char *title, int64_t subject, const char *period, int kind)
{
	struct form *f = form_new(title);
	struct evform *c = calloc(1, sizeof *c);

	if (f == NULL || c == NULL) {
		form_free(f);
		free(c);
		return NULL;
	}
	c->subject = subject;
	c->kind = kind;
	snprintf(c->period, sizeof c->period, "%s", period);
	f->ctx = c;
	f->ctx_free = free;
	return f;
}

static int rate_submit(struct app *a, struct form *f)
{
	struct evform *c = f->ctx;
	mbo_rating r;
	char *name = field_value(form_field(f, "rater_name"));
	char *comment = field_value(form_field(f, "comment"));
	bool replaced = false;
	int rc = -1;

	if (name && comment) {
		memset(&r, 0, sizeof r);
		r.relation = form_field(f, "relation")->choice;
		r.quality = form_field(f, "quality")->choice + 1;
		r.growth = form_field(f, "growth")->choice + 1;
		r.teamwork = form_field(f, "teamwork")->choice + 1;
		r.rater_name = name[0] ? name : NULL;
		r.comment = comment;
		rc = mbo_eval_rate(a->m, a->actor, c->subject, c->period, &r, NULL, &replaced);
		if (rc)
			form_place_error(f, mbo_errmsg(a->m));
		else
			app_msg(a, ROLE_MESSAGE, _("Rating saved%s."), replaced ? _("; it replaces your earlier one") : "");
	}
	free(name);
	free(comment);
	return rc ? -1 : 0;
}

int form_rate_open(struct app *a, int64_t subject, const char *period, const char *name)
{
	char title[600];
	struct form *f;
	int rel = mbo_relation(a->m, a->actor, subject), initial;

	initial = rel == MBO_REL_SELF ? MBO_EVAL_SELF : rel == MBO_REL_ABOVE ? MBO_EVAL_SUPERIOR
	          : rel == MBO_REL_BELOW ? MBO_EVAL_SUBORDINATE : MBO_EVAL_PEER;
	snprintf(title, sizeof title, _("Rate %s for %s"), name, period);
	f = evform_new(title, subject, period, SCR_EVAL);
	if (f) {
		f->submit = rate_submit;
		snprintf(f->note, sizeof f->note,
		         "%s", _("1 poor ... 5 excellent. Quality: customer satisfaction, service. Growth: skills, "
		           "knowledge. Teamwork."));
		field_choice_words(form_choice(f, "relation", _("As"), relations, 5, initial), mbo_fmt_relation_word);
		form_choice(f, "quality", _("Quality"), ratings, 5, 2);
		form_choice(f, "growth", _("Growth"), ratings, 5, 2);
		form_choice(f, "teamwork", _("Teamwork"), ratings, 5, 2);
		form_text(f, "rater_name", _("Customer"), 30, "", _("for customer feedback: who"));
		form_text(f, "comment", _("Comment"), 40, "", _("optional"));
	}
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

static int summary_submit(struct app *a, struct form *f)
{
	struct evform *c = f->ctx;
	char *text = field_value(form_field(f, "summary"));
	int rc;

	if (text == NULL)
		return -1;
	rc = mbo_eval_summary(a->m, a->actor, c->subject, c->period, text);
	free(text);
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	app_msg(a, ROLE_MESSAGE, _("Summary saved."));
	return 0;
}

int form_summary_open(struct app *a, int64_t subject, const char *period, const char *name,
                      const char *summary)
{
	char title[600];
	struct form *f;

	snprintf(title, sizeof title, _("Summary of %s for %s"), name, period);
	f = evform_new(title, subject, period, SCR_EVAL);
	if (f) {
		f->submit = summary_submit;
		form_text(f, "summary", _("Summary"), 60, summary, NULL);
	}
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

static int period_submit(struct app *a, struct form *f)
{
	struct evform *c = f->ctx;
	struct screen *s = app_top(a);
	struct field *fl = form_field(f, "period");
	char *text = field_value(fl);
	mbo_day first, last;
	const char *why = NULL;

	if (text == NULL)
		return -1;
	if (strlen(text) > MBO_PERIOD_MAX || mbo_period_parse(text, &first, &last, &why) != 0) {
		snprintf(fl->error, sizeof fl->error, "%s",
		         why ? why : _("is not a period; write 2026, 2026-Q4, 2026-11 or 2026-W48"));
		free(text);
		return -1;
	}
	/* The screen under the form, unless a click on a tab replaced it
	 * (the form keeps its kind, not a pointer to it). */
	if (s && s->ops->kind == c->kind && s->ops->set_period) {
		s->ops->set_period(a, s, text);
		s->stale = true;
	}
	free(text);
	return 0;
}

int form_period_open(struct app *a, const char *title, const char *period)
{
	struct screen *s = app_top(a);
	struct form *f = evform_new(title, 0, period, s ? s->ops->kind : -1);

	if (f) {
		f->submit = period_submit;
		form_text(f, "period", _("Period"), 10, period, "2026, 2026-Q4, 2026-11, 2026-W48");
	}
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}
