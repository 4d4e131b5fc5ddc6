/*
 * eval_out.c: the evaluation as a record of out.c (see eval_out.h), shared
 * by `mbo eval show` and the period report `mbo report`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "eval_out.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/text.h"

/* ---- numbers for reading ---- */

/* A ratio cell: "93.50%" in a table, 0.935 for scripts. */
static void cell_ratio(struct out_table *t, bool table, mbo_dec r)
{
	char buf[48];

	if (table)
		out_text(t, mbo_fmt_pct(r, 2, buf));
	else
		out_dec(t, r);
}

/* ---- the evaluation as a record ---- */

/* A relation's cell: the key for scripts, its word in a table. */
static void cell_relation(struct out_table *t, int rel)
{
	out_word(t, mbo_eval_relation_name(rel), mbo_fmt_relation_word(rel), MBO_TONE_PLAIN);
}

/* "no subordinate feedback: its weight was shared among the others"; in
 * the language of the messages when `table`, else in English (JSON, CSV). */
static void missing_message(const mbo_evaluation *e, int rel, bool table, char *buf, size_t cap)
{
	const char *name = table ? mbo_fmt_relation_word(rel) : mbo_eval_relation_name(rel);

	if (e->has_qualitative)
		/* TRANSLATORS: %s is a relation (self, superior, peer, customer, subordinate) */
		snprintf(buf, cap, table ? _("no %s feedback: its weight was shared among the others")
		                         : "no %s feedback: its weight was shared among the others", name);
	else
		snprintf(buf, cap, table ? _("no %s feedback") : "no %s feedback", name);
}

static struct out_table *goal_section(const mbo_evaluation *e, bool table)
{
	struct out_table *t = out_new();
	size_t i;

	out_col(t, "id", OUT_NUMBER, 0);
	out_col(t, "title", OUT_TEXT, OUT_CAP);
	out_col(t, "metric", OUT_TEXT, table ? OUT_OPTIONAL : 0);
	out_col(t, "unit", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "kind", OUT_TEXT, OUT_NOTABLE);
	out_col_head(t, "direction", "DIR", OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "status", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "weight", OUT_NUMBER, 0);
	out_col(t, "target", OUT_NUMBER, 0);
	out_col(t, "actual", OUT_NUMBER, 0);
	out_col_head(t, "asof", "AS OF", OUT_DATE, OUT_OPTIONAL);
	out_col(t, "completion", OUT_NUMBER, 0);
	out_col(t, "counted", OUT_NUMBER, 0);
	out_col(t, "capped", OUT_BOOL, OUT_NOTABLE);
	for (i = 0; i < e->ngoals; i++) {
		const mbo_eval_goal *g = &e->goals[i];

		out_row(t);
		out_int(t, g->goal_id);
		out_text(t, g->title ? g->title : "");
		out_text(t, g->metric);
		out_text(t, g->unit);
		out_word(t, mbo_kind_name(g->kind), mbo_fmt_goal_kind_word(g->kind), MBO_TONE_PLAIN);
		out_word(t, mbo_direction_name(g->direction), mbo_fmt_direction_word(g->direction), MBO_TONE_PLAIN);
		out_word(t, mbo_goal_status_name(g->status), mbo_fmt_goal_status_word(g->status), MBO_TONE_PLAIN);
		out_dec(t, g->weight);
		out_dec(t, g->target);
		out_dec(t, g->actual);
		out_date(t, g->asof);
		cell_ratio(t, table, g->completion);
		cell_ratio(t, table, g->counted);
		out_bool(t, g->capped);
	}
	return t;
}

static struct out_table *relation_section(const mbo_evaluation *e, bool table)
{
	struct out_table *t = out_new();
	int r, k;

	out_col(t, "relation", OUT_TEXT, 0);
	out_col(t, "ratings", OUT_NUMBER, 0);
	out_col(t, "quality", OUT_NUMBER, 0);
	out_col(t, "growth", OUT_NUMBER, 0);
	out_col(t, "teamwork", OUT_NUMBER, 0);
	out_col(t, "score", OUT_NUMBER, 0);
	out_col(t, "weight", OUT_NUMBER, 0);
	out_col_head(t, "weight_used", "USED", OUT_NUMBER, 0);
	out_col(t, "missing", OUT_BOOL, OUT_NOTABLE);
	for (r = 0; r < MBO_EVAL_NREL; r++) {
		const mbo_eval_relscore *s = &e->relations[r];
		bool missing = false;
		size_t i;

		for (i = 0; i < e->nmissing; i++)
			if (e->missing[i] == r)
				missing = true;
		out_row(t);
		cell_relation(t, r);
		out_int(t, (int64_t)s->count);
		for (k = 0; k < MBO_EVAL_NCRIT; k++) {
			if (s->count)
				out_dec(t, s->criteria[k]);
			else
				out_null(t);
		}
		if (s->count)
			out_dec(t, s->score);
		else
			out_null(t);
		cell_ratio(t, table, s->weight);
		if (s->count)
			cell_ratio(t, table, s->weight_used);
		else if (table)
			/* TRANSLATORS: in the USED column: no feedback of this relation */
			out_text(t, missing ? _("missing") : "-");
		else
			out_dec(t, 0);
		out_bool(t, missing);
	}
	return t;
}

static struct out_table *missing_section(const mbo_evaluation *e)
{
	struct out_table *t = out_new();
	char msg[128];
	size_t i;

	out_col(t, "relation", OUT_TEXT, 0);
	out_col(t, "message", OUT_TEXT, 0);
	for (i = 0; i < e->nmissing; i++) {
		missing_message(e, e->missing[i], false, msg, sizeof msg);
		out_row(t);
		out_text(t, mbo_eval_relation_name(e->missing[i]));
		out_text(t, msg);
	}
	return t;
}

static struct out_table *feedback_section(const mbo_evaluation *e, bool table)
{
	struct out_table *t = out_new();
	size_t i;
	int k;

	out_col(t, "id", OUT_NUMBER, table ? OUT_OPTIONAL : 0);
	out_col(t, "relation", OUT_TEXT, 0);
	out_col(t, "rater", OUT_TEXT, 0);
	out_col(t, "customer", OUT_TEXT, 0);
	out_col(t, "quality", OUT_NUMBER, 0);
	out_col(t, "growth", OUT_NUMBER, 0);
	out_col(t, "teamwork", OUT_NUMBER, 0);
	out_col(t, "score", OUT_NUMBER, 0);
	out_col(t, "comment", OUT_TEXT, OUT_CAP);
	out_col(t, "at", OUT_TEXT, table ? OUT_OPTIONAL : 0);
	for (i = 0; i < e->nfeedback; i++) {
		const mbo_eval_feedback *f = &e->feedback[i];
		char day[16];

		out_row(t);
		out_int(t, f->id);
		cell_relation(t, f->relation);
		if (f->rater[0])
			out_text(t, f->rater);
		else
			out_text(t, table ? _("(anonymous)") : NULL);
		out_text(t, f->rater_name[0] ? f->rater_name : NULL);
		for (k = 0; k < MBO_EVAL_NCRIT; k++)
			out_int(t, f->ratings[k]);
		out_dec(t, f->score);
		out_text(t, f->comment && f->comment[0] ? f->comment : NULL);
		if (table) {
			snprintf(day, sizeof day, "%.10s", f->at);
			out_text(t, day);
		} else {
			out_text(t, f->at);
		}
	}
	return t;
}

/* The scalar fields for reading: a few lines that say the result. */
static void table_fields(struct out_table *t, const mbo_evaluation *e)
{
	char buf[512], a[48], b[48], d1[16], d2[16];
	size_t i, len;

	out_col(t, "person", OUT_TEXT, 0);
	snprintf(buf, sizeof buf, "%s (%s)", e->name, e->subject);
	out_text(t, buf);
	out_col(t, "period", OUT_TEXT, 0);
	/* TRANSLATORS: the period, its first and its last day */
	snprintf(buf, sizeof buf, _("%s (%s to %s)"), e->period, mbo_day_format(e->first, d1),
	         mbo_day_format(e->last, d2));
	out_text(t, buf);

	out_col(t, "quantitative", OUT_TEXT, 0);
	if (e->has_quantitative)
		/* TRANSLATORS: the quantitative result, the number of goals, the cap in percent */
		snprintf(buf, sizeof buf, P_("%s (%d goal, completion capped at %s%%)",
		                             "%s (%d goals, completion capped at %s%%)", e->ngoals),
		         mbo_fmt_percent(e->quantitative, 2, a), (int)e->ngoals,
		         mbo_dec_format(e->completion_cap * 100, 0, true, b));
	else
		snprintf(buf, sizeof buf, "%s", _("none: no active, achieved or missed goal in the period"));
	out_text(t, buf);

	out_col(t, "qualitative", OUT_TEXT, 0);
	if (e->has_qualitative) {
		mbo_dec_format(e->qualitative_score, 2, false, b);
		/* TRANSLATORS: the qualitative result, its score out of 5, the number of ratings */
		snprintf(buf, sizeof buf, P_("%s (score %s of 5, %d rating)", "%s (score %s of 5, %d ratings)",
		                             e->nfeedback),
		         mbo_fmt_percent(e->qualitative, 2, a), b, (int)e->nfeedback);
	} else {
		snprintf(buf, sizeof buf, "%s", _("none: no feedback yet"));
	}
	out_text(t, buf);

	if (e->nmissing > 0 && e->has_qualitative) {
		out_col(t, "missing", OUT_TEXT, 0);
		buf[0] = '\0';
		for (i = 0, len = 0; i < e->nmissing && len + 1 < sizeof buf; i++) {
			char msg[128];
			int w;

			missing_message(e, e->missing[i], true, msg, sizeof msg);
			/* TRANSLATORS: between two messages on one line */
			w = snprintf(buf + len, sizeof buf - len, "%s%s", i ? _("; ") : "", msg);
			if (w < 0)
				break;
			len += (size_t)w;
		}
		out_text(t, buf);
	}

	out_col(t, "final", OUT_TEXT, 0);
	if (e->has_final && !e->has_quantitative)
		snprintf(buf, sizeof buf, _("%s (qualitative only: no goal counts)"),
		         mbo_dec_format(e->final, 2, true, a));
	else if (e->has_final && !e->has_qualitative)
		snprintf(buf, sizeof buf, _("%s (quantitative only: no feedback)"),
		         mbo_dec_format(e->final, 2, true, a));
	else if (e->has_final) {
		mbo_dec q = mbo_dec_round(e->blend_used * 100, 0), l = MBO_DEC(100) - q;
		char qs[48], ls[48];
		/* TRANSLATORS: the final score, the weights of its two parts in percent */
		snprintf(buf, sizeof buf, _("%s (%s%% quantitative, %s%% qualitative)"),
		         mbo_dec_format(e->final, 2, true, a), mbo_dec_format(q, 0, false, qs),
		         mbo_dec_format(l, 0, false, ls));
	} else {
		snprintf(buf, sizeof buf, "%s", _("none: no goal counts and no feedback yet"));
	}
	out_text(t, buf);

	out_col(t, "grade", OUT_TEXT, 0);
	if (e->grade[0])
		out_text(t, e->grade);
	else
		/* TRANSLATORS: the grade when there is none */
		out_text(t, e->has_final ? _("none: below every band") : _("none"));

	if (e->bonus.configured) {
		const mbo_bonus *bo = &e->bonus;
		out_col(t, "bonus", OUT_TEXT, 0);
		if (bo->has_next)
			snprintf(buf, sizeof buf, "%s %s; %s", mbo_dec_format(bo->payout, 2, true, a),
			         bo->currency, bo->message);
		else
			snprintf(buf, sizeof buf, "%s", bo->message);
		out_text(t, buf);
	}
}

void cli_eval_columns(struct out_table *t)
{
	out_col(t, "login", OUT_TEXT, 0);
	out_col(t, "name", OUT_TEXT, 0);
	out_col(t, "period", OUT_TEXT, 0);
	out_col(t, "from", OUT_DATE, 0);
	out_col(t, "to", OUT_DATE, 0);
	out_col(t, "completion_cap", OUT_NUMBER, 0);
	out_col(t, "quantitative", OUT_NUMBER, 0);
	out_col(t, "qualitative_score", OUT_NUMBER, 0);
	out_col(t, "qualitative", OUT_NUMBER, 0);
	out_col(t, "blend", OUT_NUMBER, 0);
	out_col(t, "final", OUT_NUMBER, 0);
	out_col(t, "grade", OUT_TEXT, 0);
	out_col(t, "bonus", OUT_NUMBER, 0);
	out_col(t, "bonus_currency", OUT_TEXT, 0);
	out_col(t, "bonus_multiplier", OUT_NUMBER, 0);
	out_col(t, "bonus_next_completion", OUT_NUMBER, 0);
	out_col(t, "bonus_next_payout", OUT_NUMBER, 0);
	out_col(t, "bonus_more", OUT_NUMBER, 0);
	out_col(t, "bonus_message", OUT_TEXT, 0);
	out_col(t, "summary", OUT_TEXT, 0);
	out_col(t, "summary_by", OUT_TEXT, 0);
	out_col(t, "summary_at", OUT_TEXT, 0);
	out_col(t, "names_hidden", OUT_BOOL, 0);
}

/* A number, or null when `has` is false. */
static void dec_or_null(struct out_table *t, bool has, mbo_dec v)
{
	if (has)
		out_dec(t, v);
	else
		out_null(t);
}

void cli_eval_cells(struct out_table *t, const mbo_evaluation *e)
{
	const mbo_bonus *bo = &e->bonus;

	out_row(t);
	out_text(t, e->subject);
	out_text(t, e->name);
	out_text(t, e->period);
	out_date(t, e->first);
	out_date(t, e->last);
	out_dec(t, e->completion_cap);
	dec_or_null(t, e->has_quantitative, e->quantitative);
	dec_or_null(t, e->has_qualitative, e->qualitative_score);
	dec_or_null(t, e->has_qualitative, e->qualitative);
	dec_or_null(t, e->has_final, e->blend_used);
	dec_or_null(t, e->has_final, e->final);
	out_text(t, e->grade[0] ? e->grade : NULL);
	dec_or_null(t, bo->configured, bo->payout);
	out_text(t, bo->configured ? bo->currency : NULL);
	dec_or_null(t, bo->configured, bo->multiplier);
	dec_or_null(t, bo->configured && bo->has_next, bo->next_completion);
	dec_or_null(t, bo->configured && bo->has_next, bo->next_payout);
	dec_or_null(t, bo->configured && bo->has_next, bo->next_more);
	out_text(t, bo->configured ? bo->message : NULL);
	out_text(t, e->summary && e->summary[0] ? e->summary : NULL);
	out_text(t, e->summary_by[0] ? e->summary_by : NULL);
	out_text(t, e->summary_at[0] ? e->summary_at : NULL);
	out_bool(t, e->names_hidden);
}

struct out_table *cli_eval_record(const mbo_evaluation *e, bool table)
{
	struct out_table *t = out_new();

	if (t == NULL)
		return NULL;
	if (table) {
		table_fields(t, e);
	} else {
		cli_eval_columns(t);
		cli_eval_cells(t, e);
	}
	out_section(t, "goals", "Goals", goal_section(e, table));
	out_section(t, "relations", "Feedback by relation", relation_section(e, table));
	if (!table)
		out_section(t, "missing", "Missing", missing_section(e));
	out_section(t, "feedback", "Ratings", feedback_section(e, table));
	return t;
}

/* ---- shared argument parsing ---- */

/* LOGIN (c->pos[0]) and --period into a person id and the period text. */
