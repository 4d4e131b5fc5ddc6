/*
 * cmd_report.c: the reports over a team (report.h), one command with three
 * views:
 *
 *   mbo report [--team LOGIN] --period P      the period report: each
 *                                             person's goals, completion,
 *                                             scores and grade
 *   mbo report leaderboard --metric M --period P [--team LOGIN]
 *   mbo report rollup [--team LOGIN] [--date DATE]
 *
 * `report` is one command whose optional first word picks the view, so the
 * spec's `mbo report --period P` stays as written. Table, CSV and JSON:
 * a table shows the people and, below them, their goals; CSV has one row
 * per person; JSON is an array of one object per person with a nested
 * `goals` array (for the period report, the object of `mbo eval show`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "eval_out.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/progress.h"
#include "mbo/report.h"
#include "mbo/text.h"

/* --team LOGIN into a person id; 0 (the actor's own team) when absent. */
static int team_arg(struct cli *c, int64_t *team)
{
	const char *s = cli_opt(c, "team");

	*team = 0;
	return s ? cli_parse_person(c, "--team", s, team) : 0;
}

/* The login whose team is reported, for the table's header. */
static const char *team_login(struct cli *c)
{
	const char *s = cli_opt(c, "team");

	return s ? s : c->me.login;
}

/* Options that belong to another view are a usage error, not ignored. */
static int refuse_opts(struct cli *c, const char *view, const char *const *names)
{
	for (; *names; names++)
		if (cli_flag(c, *names))
			return cli_usage_error(c, "--%s does not apply to %s", *names, view);
	return 0;
}

/* Prints records (each a JSON object) as one JSON array. `make` builds the
 * i-th record. */
static int print_json_records(struct cli *c, size_t n, struct out_table *(*make)(const void *, size_t),
                              const void *v)
{
	size_t i;
	int rc = 0;

	if (n == 0) {
		puts("[]");
		return 0;
	}
	puts("[");
	for (i = 0; i < n && rc == 0; i++) {
		struct out_table *t = make(v, i);
		if (i > 0)
			puts(",");
		rc = out_print_record(c, t);
		out_free(t);
	}
	puts("]");
	return rc;
}

/* A table's view: a few header fields, then the people and their goals. */
static int print_table_view(struct cli *c, struct out_table *head, struct out_table *people,
                            struct out_table *goals)
{
	int rc;

	out_section(head, "people", "People", people);
	out_section(head, "goals", "Goals", goals);
	rc = out_print_record(c, head);
	out_free(head);
	return rc;
}

/* ---- the period report ---- */

static struct out_table *eval_json(const void *v, size_t i)
{
	return cli_eval_record(&((const mbo_evaluation *)v)[i], false);
}

static int period_report(struct cli *c)
{
	static const char *const other[] = { "metric", "date", NULL };
	mbo_evaluation *v = NULL;
	const char *period;
	struct out_table *t, *people, *goals;
	size_t n = 0, i, k;
	int64_t team;
	mbo_day first, last;
	int rc;

	if ((rc = refuse_opts(c, "the period report (use mbo report leaderboard or rollup)", other)) ||
	    (rc = cli_need(c, "period", &period)) ||
	    (rc = cli_parse_period(c, "--period", period, &first, &last)) || (rc = team_arg(c, &team)))
		return rc;
	rc = mbo_report_period(c->m, c->actor, team, period, &v, &n);
	if (rc) {
		rc = cli_core_error(c, rc);
		mbo_report_period_free(v, n);
		return rc;
	}
	if (c->format == FMT_JSON) {
		rc = print_json_records(c, n, eval_json, v);
		mbo_report_period_free(v, n);
		return rc;
	}
	if (c->format == FMT_CSV) {
		t = out_new();
		cli_eval_columns(t);
		for (i = 0; i < n; i++)
			cli_eval_cells(t, &v[i]);
		rc = out_print_list(c, t);
		out_free(t);
		mbo_report_period_free(v, n);
		return rc;
	}

	people = out_new();
	out_col(people, "login", OUT_TEXT, 0);
	out_col(people, "name", OUT_TEXT, OUT_CAP | OUT_OPTIONAL);
	out_col(people, "goals", OUT_NUMBER, 0);
	out_col_head(people, "quantitative", "QUANT", OUT_NUMBER, 0);
	out_col_head(people, "qualitative", "QUAL", OUT_NUMBER, 0);
	out_col(people, "ratings", OUT_NUMBER, OUT_OPTIONAL);
	out_col(people, "final", OUT_NUMBER, 0);
	out_col(people, "grade", OUT_TEXT, 0);
	out_col(people, "bonus", OUT_NUMBER, OUT_OPTIONAL);
	goals = out_new();
	out_col(goals, "owner", OUT_TEXT, 0);
	out_col(goals, "id", OUT_NUMBER, 0);
	out_col(goals, "title", OUT_TEXT, OUT_CAP);
	out_col(goals, "weight", OUT_NUMBER, OUT_OPTIONAL);
	out_col(goals, "target", OUT_NUMBER, 0);
	out_col(goals, "actual", OUT_NUMBER, 0);
	out_col(goals, "completion", OUT_NUMBER, 0);
	out_col(goals, "counted", OUT_NUMBER, 0);
	for (i = 0; i < n; i++) {
		const mbo_evaluation *e = &v[i];
		char buf[96], a[48];

		out_row(people);
		out_text(people, e->subject);
		out_text(people, e->name);
		out_int(people, (int64_t)e->ngoals);
		out_text(people, e->has_quantitative ? cli_eval_pct(e->quantitative, a) : NULL);
		out_text(people, e->has_qualitative ? cli_eval_pct(e->qualitative, a) : NULL);
		out_int(people, (int64_t)e->nfeedback);
		if (e->has_final)
			out_dec(people, e->final);
		else
			out_null(people);
		out_text(people, e->grade[0] ? e->grade : NULL);
		if (e->bonus.configured) {
			snprintf(buf, sizeof buf, "%s %s", mbo_dec_format(e->bonus.payout, 2, true, a),
			         e->bonus.currency);
			out_text(people, buf);
		} else {
			out_null(people);
		}
		for (k = 0; k < e->ngoals; k++) {
			const mbo_eval_goal *g = &e->goals[k];
			out_row(goals);
			out_text(goals, e->subject);
			out_int(goals, g->goal_id);
			out_text(goals, g->title ? g->title : "");
			out_dec(goals, g->weight);
			out_dec(goals, g->target);
			out_dec(goals, g->actual);
			out_text(goals, cli_eval_ratio_pct(g->completion, a));
			out_text(goals, cli_eval_ratio_pct(g->counted, a));
		}
	}
	t = out_new();
	out_col(t, "team", OUT_TEXT, 0);
	out_text(t, team_login(c));
	out_col(t, "period", OUT_TEXT, 0);
	{
		char buf[64], d1[16], d2[16];
		snprintf(buf, sizeof buf, "%s (%s to %s)", period, mbo_day_format(first, d1),
		         mbo_day_format(last, d2));
		out_text(t, buf);
	}
	rc = print_table_view(c, t, people, goals);
	mbo_report_period_free(v, n);
	return rc;
}

/* ---- the leaderboard ---- */

static int leaderboard(struct cli *c)
{
	static const char *const other[] = { "date", NULL };
	const char *metric, *period;
	mbo_leader *v = NULL;
	struct out_table *t;
	size_t n = 0, i;
	int64_t team;
	mbo_day first, last;
	int rc;

	if ((rc = refuse_opts(c, "report leaderboard", other)) || (rc = cli_need(c, "metric", &metric)) ||
	    (rc = cli_need(c, "period", &period)) ||
	    (rc = cli_parse_period(c, "--period", period, &first, &last)) || (rc = team_arg(c, &team)))
		return rc;
	rc = mbo_report_leaderboard(c->m, c->actor, team, metric, period, &v, &n);
	if (rc)
		return cli_core_error(c, rc);
	t = out_new();
	out_col(t, "rank", OUT_NUMBER, 0);
	out_col(t, "login", OUT_TEXT, 0);
	out_col(t, "name", OUT_TEXT, OUT_CAP | OUT_OPTIONAL);
	out_col(t, "goals", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "actual", OUT_NUMBER, 0);
	out_col(t, "target", OUT_NUMBER, 0);
	out_col(t, "unit", OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "completion", OUT_NUMBER, 0);
	for (i = 0; i < n; i++) {
		out_row(t);
		out_int(t, v[i].rank);
		out_text(t, v[i].login);
		out_text(t, v[i].name);
		out_int(t, (int64_t)v[i].goals);
		out_dec(t, v[i].actual);
		out_dec(t, v[i].target);
		out_text(t, v[i].unit[0] ? v[i].unit : NULL);
		out_ratio(t, v[i].completion);
	}
	if (n == 0 && c->format == FMT_TABLE) {
		char *z = mbo_text_sanitize(metric, true);
		printf("No goal on %s overlaps %s in the team.\n", z ? z : "", period);
		free(z);
	} else {
		rc = out_print_list(c, t);
	}
	out_free(t);
	free(v);
	return rc;
}

/* ---- the roll-up ---- */

static void rollup_goal_columns(struct out_table *t, bool with_owner)
{
	if (with_owner)
		out_col(t, "owner", OUT_TEXT, 0);
	out_col(t, "id", OUT_NUMBER, 0);
	out_col(t, "title", OUT_TEXT, OUT_CAP);
	out_col(t, "metric", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "unit", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "direction", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "target", OUT_NUMBER, 0);
	out_col(t, "actual", OUT_NUMBER, 0);
	out_col(t, "expected", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "pace", OUT_NUMBER, 0);
	out_col(t, "completion", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "status", OUT_TEXT, 0);
	out_col(t, "due", OUT_DATE, OUT_OPTIONAL);
	out_col_head(t, "last_checkin", "LAST CHECK-IN", OUT_DATE, OUT_OPTIONAL);
}

static void rollup_goal_cells(struct out_table *t, const mbo_rollup_row *p, const mbo_rollup_goal *g)
{
	const char *st = mbo_pace_status_name(g->status);

	out_row(t);
	if (p)
		out_text(t, p->login);
	out_int(t, g->goal_id);
	out_text(t, g->title ? g->title : "");
	out_text(t, g->metric);
	out_text(t, g->unit);
	out_text(t, mbo_direction_name(g->direction));
	out_dec(t, g->target);
	out_dec(t, g->actual);
	out_est(t, g->expected);
	if (g->has_pace)
		out_ratio(t, g->pace);
	else
		out_null(t);
	out_ratio(t, g->completion);
	out_word(t, st, out_status_color(st));
	out_date(t, g->due);
	out_date(t, g->last_checkin);
}

static void rollup_person_columns(struct out_table *t)
{
	out_col(t, "login", OUT_TEXT, 0);
	out_col(t, "name", OUT_TEXT, OUT_CAP | OUT_OPTIONAL);
	out_col(t, "manager", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "depth", OUT_NUMBER, OUT_NOTABLE);
	out_col_head(t, "active_goals", "GOALS", OUT_NUMBER, 0);
	out_col_head(t, "on_track", "ON TRACK", OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "at_risk", "AT RISK", OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "off_track", "OFF TRACK", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "overdue", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "achieved", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "worst", OUT_TEXT, 0);
	out_col(t, "completion", OUT_NUMBER, 0);
	out_col(t, "completion_sum", OUT_NUMBER, OUT_NOTABLE);
	out_col_head(t, "last_checkin", "LAST CHECK-IN", OUT_DATE, 0);
	out_col(t, "alerts", OUT_NUMBER, 0);
}

static void rollup_person_cells(struct out_table *t, const mbo_rollup_row *p, bool table)
{
	static const int order[] = { MBO_PS_ON_TRACK, MBO_PS_AT_RISK, MBO_PS_OFF_TRACK, MBO_PS_OVERDUE,
	                             MBO_PS_ACHIEVED };
	size_t k;

	out_row(t);
	if (table && p->depth > 0) {
		/* The org tree by indentation: two spaces a level. */
		char buf[MBO_LOGIN_MAX + 80];
		int depth = p->depth > 30 ? 30 : p->depth;
		snprintf(buf, sizeof buf, "%*s%s", depth * 2, "", p->login);
		out_text(t, buf);
	} else {
		out_text(t, p->login);
	}
	out_text(t, p->name);
	out_text(t, p->manager[0] ? p->manager : NULL);
	out_int(t, p->depth);
	out_int(t, (int64_t)p->active_goals);
	for (k = 0; k < sizeof order / sizeof order[0]; k++)
		out_int(t, (int64_t)p->by_status[order[k]]);
	if (p->worst_status >= 0) {
		const char *st = mbo_pace_status_name(p->worst_status);
		out_word(t, st, out_status_color(st));
	} else {
		out_null(t);
	}
	if (p->active_goals > 0)
		out_ratio(t, p->completion_avg);
	else
		out_null(t);
	out_dec(t, p->completion_sum);
	out_date(t, p->last_checkin);
	out_int(t, (int64_t)p->alerts);
}

static struct out_table *rollup_json(const void *v, size_t i)
{
	const mbo_rollup_row *p = &((const mbo_rollup_row *)v)[i];
	struct out_table *t = out_new(), *g = out_new();
	size_t k;

	rollup_person_columns(t);
	rollup_person_cells(t, p, false);
	rollup_goal_columns(g, false);
	for (k = 0; k < p->ngoals; k++)
		rollup_goal_cells(g, NULL, &p->goals[k]);
	out_section(t, "goals", "Goals", g);
	return t;
}

static int rollup(struct cli *c)
{
	static const char *const other[] = { "metric", "period", NULL };
	const char *s = cli_opt(c, "date");
	mbo_rollup_row *v = NULL;
	struct out_table *t, *goals;
	size_t n = 0, i, k;
	int64_t team;
	mbo_day asof = c->today;
	int rc;

	if ((rc = refuse_opts(c, "report rollup", other)) ||
	    (s && (rc = cli_parse_day(c, "--date", s, &asof))) || (rc = team_arg(c, &team)))
		return rc;
	rc = mbo_report_rollup(c->m, c->actor, team, asof, &v, &n);
	if (rc) {
		rc = cli_core_error(c, rc);
		mbo_rollup_free(v, n);
		return rc;
	}
	if (c->format == FMT_JSON) {
		rc = print_json_records(c, n, rollup_json, v);
		mbo_rollup_free(v, n);
		return rc;
	}
	t = out_new();
	rollup_person_columns(t);
	for (i = 0; i < n; i++)
		rollup_person_cells(t, &v[i], c->format == FMT_TABLE);
	if (c->format == FMT_CSV) {
		rc = out_print_list(c, t);
		out_free(t);
		mbo_rollup_free(v, n);
		return rc;
	}
	goals = out_new();
	rollup_goal_columns(goals, true);
	for (i = 0; i < n; i++)
		for (k = 0; k < v[i].ngoals; k++)
			rollup_goal_cells(goals, &v[i], &v[i].goals[k]);
	{
		struct out_table *head = out_new();
		out_col(head, "team", OUT_TEXT, 0);
		out_text(head, team_login(c));
		out_col(head, "date", OUT_DATE, 0);
		out_date(head, asof);
		rc = print_table_view(c, head, t, goals);
	}
	mbo_rollup_free(v, n);
	return rc;
}

/* ---- the command ---- */

static int report_exec(struct cli *c)
{
	const char *view = c->npos > 0 ? c->pos[0] : NULL;

	if (view == NULL)
		return period_report(c);
	if (strcmp(view, "leaderboard") == 0)
		return leaderboard(c);
	if (strcmp(view, "rollup") == 0)
		return rollup(c);
	{
		char *z = mbo_text_sanitize(view, true);
		cli_usage_error(c, "'%s' is not a report; give leaderboard, rollup, or none for the "
		                "period report", z ? z : "");
		free(z);
	}
	return MBO_EUSAGE;
}

const struct cmd_entry cmd_report_entries[] = {
	{ "report", NULL,
	  "[--team LOGIN] --period P\n"
	  "  mbo report leaderboard --metric M --period P [--team LOGIN]\n"
	  "  mbo report rollup [--team LOGIN] [--date DATE]",
	  "Reports over your team (everyone below you, and you), or the team of\n"
	  "--team LOGIN:\n"
	  "  report       the period report: each person's goals with completion, the\n"
	  "               quantitative and qualitative scores, the final score, the\n"
	  "               grade and the bonus (see mbo eval show for one person);\n"
	  "  leaderboard  people ranked on a metric for a period: actual summed over\n"
	  "               their goals of that metric, target, completion;\n"
	  "  rollup       where each person stands on a day (today unless --date):\n"
	  "               active goals per status, the worst, mean completion, last\n"
	  "               check-in and warnings, then each goal.\n"
	  "A table shows the people, then their goals; CSV one row per person; JSON\n"
	  "an array of one object per person with their goals nested.\n",
	  "team= period= metric= date=", 0, 1, CMD_READ, report_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
