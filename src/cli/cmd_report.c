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
#include "mbo/i18n.h"
#include "eval_out.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
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
			return cli_usage_error(c, _("--%s does not apply to %s"), *names, view);
	return 0;
}

/*
 * JSON records (each an object) as one array, printed as the core hands
 * them out: a report of the whole organisation is never held at once. A
 * failure midway (the disk, memory) leaves the array unfinished, with the
 * error on stderr and a nonzero exit.
 */
struct json_stream {
	struct cli *c;
	size_t n;
};

static int json_stream_put(struct json_stream *js, struct out_table *t)
{
	int rc;

	fputs(js->n++ == 0 ? "[\n" : ",\n", stdout);
	rc = out_print_record(js->c, t);
	out_free(t);
	return rc ? CLI_OUT_FAILED : 0;
}

static void json_stream_end(struct json_stream *js)
{
	puts(js->n == 0 ? "[]" : "]");
}

/* A table's view: a few header fields, then the people and their goals. */
static int print_table_view(struct cli *c, struct out_table *head, struct out_table *people,
                            struct out_table *goals)
{
	int rc;

	out_section(head, "people", _("People"), people);
	out_section(head, "goals", _("Goals"), goals);
	rc = out_print_record(c, head);
	out_free(head);
	return rc;
}

/* ---- the period report ---- */

/* Where the period report's rows go: JSON records, CSV rows, or the
 * table's people and goals. */
struct period_out {
	struct json_stream js;
	struct out_table *rows, *people, *goals;
};

static int period_row(void *ctx, const mbo_evaluation *e)
{
	struct period_out *po = ctx;
	char buf[96], a[48];
	size_t k;

	if (po->js.c->format == FMT_JSON)
		return json_stream_put(&po->js, cli_eval_record(e, false));
	if (po->js.c->format == FMT_CSV) {
		cli_eval_cells(po->rows, e);
		return out_failed(po->rows) ? CLI_OUT_FAILED : 0;
	}
	out_row(po->people);
	out_text(po->people, e->subject);
	out_text(po->people, e->name);
	out_int(po->people, (int64_t)e->ngoals);
	out_text(po->people, e->has_quantitative ? mbo_fmt_percent(e->quantitative, 2, a) : NULL);
	out_text(po->people, e->has_qualitative ? mbo_fmt_percent(e->qualitative, 2, a) : NULL);
	out_int(po->people, (int64_t)e->nfeedback);
	if (e->has_final)
		out_dec(po->people, e->final);
	else
		out_null(po->people);
	out_text(po->people, e->grade[0] ? e->grade : NULL);
	if (e->bonus.configured) {
		snprintf(buf, sizeof buf, "%s %s", mbo_dec_format(e->bonus.payout, 2, true, a),
		         e->bonus.currency);
		out_text(po->people, buf);
	} else {
		out_null(po->people);
	}
	for (k = 0; k < e->ngoals; k++) {
		const mbo_eval_goal *g = &e->goals[k];
		out_row(po->goals);
		out_text(po->goals, e->subject);
		out_int(po->goals, g->goal_id);
		out_text(po->goals, g->title ? g->title : "");
		out_dec(po->goals, g->weight);
		out_dec(po->goals, g->target);
		out_dec(po->goals, g->actual);
		out_text(po->goals, mbo_fmt_pct(g->completion, 2, a));
		out_text(po->goals, mbo_fmt_pct(g->counted, 2, a));
	}
	return out_failed(po->people) || out_failed(po->goals) ? CLI_OUT_FAILED : 0;
}

static int period_report(struct cli *c)
{
	static const char *const other[] = { "metric", "date", NULL };
	struct period_out po;
	const char *period;
	struct out_table *t;
	int64_t team;
	mbo_day first, last;
	int rc;

	if ((rc = refuse_opts(c, _("the period report (use mbo report leaderboard or rollup)"), other)) ||
	    (rc = cli_need(c, "period", &period)) ||
	    (rc = cli_parse_period(c, "--period", period, &first, &last)) || (rc = team_arg(c, &team)))
		return rc;
	memset(&po, 0, sizeof po);
	po.js.c = c;
	if (c->format == FMT_CSV) {
		po.rows = out_new();
		cli_eval_columns(po.rows);
	} else if (c->format == FMT_TABLE) {
		po.people = out_new();
		out_col_head(po.people, "login", _("LOGIN"), OUT_TEXT, 0);
		out_col_head(po.people, "name", _("NAME"), OUT_TEXT, OUT_CAP | OUT_OPTIONAL);
		/* TRANSLATORS: a column header: a number of goals. */
		out_col_head(po.people, "goals", _("GOALS"), OUT_NUMBER, 0);
		/* TRANSLATORS: a column header: the quantitative score. */
		out_col_head(po.people, "quantitative", _("QUANT"), OUT_NUMBER, 0);
		/* TRANSLATORS: a column header: the qualitative score. */
		out_col_head(po.people, "qualitative", _("QUAL"), OUT_NUMBER, 0);
		out_col_head(po.people, "ratings", _("RATINGS"), OUT_NUMBER, OUT_OPTIONAL);
		out_col_head(po.people, "final", _("FINAL"), OUT_NUMBER, 0);
		out_col_head(po.people, "grade", _("GRADE"), OUT_TEXT, 0);
		out_col_head(po.people, "bonus", _("BONUS"), OUT_NUMBER, OUT_OPTIONAL);
		po.goals = out_new();
		out_col_head(po.goals, "owner", _("OWNER"), OUT_TEXT, 0);
		out_col_head(po.goals, "id", _("ID"), OUT_NUMBER, 0);
		out_col_head(po.goals, "title", _("TITLE"), OUT_TEXT, OUT_CAP);
		out_col_head(po.goals, "weight", _("WEIGHT"), OUT_NUMBER, OUT_OPTIONAL);
		out_col_head(po.goals, "target", _("TARGET"), OUT_NUMBER, 0);
		/* TRANSLATORS: a column header: the result so far. */
		out_col_head(po.goals, "actual", _("ACTUAL"), OUT_NUMBER, 0);
		out_col_head(po.goals, "completion", _("COMPLETION"), OUT_NUMBER, 0);
		/* TRANSLATORS: a column header: the completion counted in the score (capped). */
		out_col_head(po.goals, "counted", _("COUNTED"), OUT_NUMBER, 0);
	}
	rc = mbo_report_period_each(c->m, c->actor, team, period, period_row, &po);
	if (c->format == FMT_JSON && rc == 0)
		json_stream_end(&po.js);
	if (rc) {
		rc = cli_each_error(c, rc, c->format == FMT_CSV ? po.rows : c->format == FMT_JSON ? NULL
		                    : out_failed(po.people) ? po.people : po.goals);
	} else if (c->format == FMT_CSV) {
		rc = out_print_list(c, po.rows);
	} else if (c->format == FMT_TABLE) {
		t = out_new();
		out_col(t, "team", OUT_TEXT, 0);
		out_text(t, team_login(c));
		out_col(t, "period", OUT_TEXT, 0);
		{
			char buf[128], d1[16], d2[16];
			/* TRANSLATORS: a period and its first and last day:
			   2026-Q4 (2026-10-01 to 2026-12-31). */
			snprintf(buf, sizeof buf, _("%s (%s to %s)"), period, mbo_day_format(first, d1),
			         mbo_day_format(last, d2));
			out_text(t, buf);
		}
		rc = print_table_view(c, t, po.people, po.goals);
		po.people = po.goals = NULL;
	}
	out_free(po.rows);
	out_free(po.people);
	out_free(po.goals);
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
	out_col_head(t, "rank", _("RANK"), OUT_NUMBER, 0);
	out_col_head(t, "login", _("LOGIN"), OUT_TEXT, 0);
	out_col_head(t, "name", _("NAME"), OUT_TEXT, OUT_CAP | OUT_OPTIONAL);
	out_col_head(t, "goals", _("GOALS"), OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "actual", _("ACTUAL"), OUT_NUMBER, 0);
	out_col_head(t, "target", _("TARGET"), OUT_NUMBER, 0);
	out_col_head(t, "unit", _("UNIT"), OUT_TEXT, OUT_OPTIONAL);
	out_col_head(t, "completion", _("COMPLETION"), OUT_NUMBER, 0);
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
		printf(_("No goal on %s overlaps %s in the team."), z ? z : "", period);
		putchar('\n');
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
		out_col_head(t, "owner", _("OWNER"), OUT_TEXT, 0);
	out_col_head(t, "id", _("ID"), OUT_NUMBER, 0);
	out_col_head(t, "title", _("TITLE"), OUT_TEXT, OUT_CAP);
	out_col(t, "metric", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "unit", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "direction", OUT_TEXT, OUT_NOTABLE);
	out_col_head(t, "target", _("TARGET"), OUT_NUMBER, 0);
	cli_progress_columns(t);
	out_col_head(t, "due", _("DUE"), OUT_DATE, OUT_OPTIONAL);
}

static void rollup_goal_cells(struct out_table *t, const mbo_rollup_row *p, const mbo_rollup_goal *g)
{
	out_row(t);
	if (p)
		out_text(t, p->login);
	out_int(t, g->goal_id);
	out_text(t, g->title ? g->title : "");
	out_text(t, g->metric);
	out_text(t, g->unit);
	out_word(t, mbo_direction_name(g->direction), mbo_fmt_direction_word(g->direction), MBO_TONE_PLAIN);
	out_dec(t, g->target);
	cli_progress_cells(t, &g->progress, g->completion);
	out_date(t, g->due);
}

static void rollup_person_columns(struct out_table *t)
{
	out_col_head(t, "login", _("LOGIN"), OUT_TEXT, 0);
	out_col_head(t, "name", _("NAME"), OUT_TEXT, OUT_CAP | OUT_OPTIONAL);
	out_col(t, "manager", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "depth", OUT_NUMBER, OUT_NOTABLE);
	out_col_head(t, "active_goals", _("GOALS"), OUT_NUMBER, 0);
	out_col_head(t, "on_track", _("ON TRACK"), OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "at_risk", _("AT RISK"), OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "off_track", _("OFF TRACK"), OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "overdue", _("OVERDUE"), OUT_NUMBER, OUT_OPTIONAL);
	out_col_head(t, "achieved", _("ACHIEVED"), OUT_NUMBER, OUT_OPTIONAL);
	/* TRANSLATORS: a column header: the worst pace status of a person's goals. */
	out_col_head(t, "worst", _("WORST"), OUT_TEXT, 0);
	out_col_head(t, "completion", _("COMPLETION"), OUT_NUMBER, 0);
	out_col(t, "completion_sum", OUT_NUMBER, OUT_NOTABLE);
	out_col_head(t, "last_checkin", _("LAST CHECK-IN"), OUT_DATE, 0);
	out_col_head(t, "alerts", _("ALERTS"), OUT_NUMBER, 0);
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
		out_pace(t, p->worst_status);
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

static struct out_table *rollup_json(const mbo_rollup_row *p)
{
	struct out_table *t = out_new(), *g = out_new();
	size_t k;

	rollup_person_columns(t);
	rollup_person_cells(t, p, false);
	rollup_goal_columns(g, false);
	for (k = 0; k < p->ngoals; k++)
		rollup_goal_cells(g, NULL, &p->goals[k]);
	out_section(t, "goals", _("Goals"), g);
	return t;
}

/* Where the roll-up's rows go: JSON records, or the people (CSV, table)
 * and, for a table, their goals. */
struct rollup_out {
	struct json_stream js;
	struct out_table *people, *goals;
};

static int rollup_row(void *ctx, const mbo_rollup_row *p)
{
	struct rollup_out *ro = ctx;
	size_t k;

	if (ro->js.c->format == FMT_JSON)
		return json_stream_put(&ro->js, rollup_json(p));
	rollup_person_cells(ro->people, p, ro->js.c->format == FMT_TABLE);
	for (k = 0; ro->goals && k < p->ngoals; k++)
		rollup_goal_cells(ro->goals, p, &p->goals[k]);
	return out_failed(ro->people) || (ro->goals && out_failed(ro->goals)) ? CLI_OUT_FAILED : 0;
}

static int rollup(struct cli *c)
{
	static const char *const other[] = { "metric", "period", NULL };
	const char *s = cli_opt(c, "date");
	struct rollup_out ro;
	int64_t team;
	mbo_day asof = c->today;
	int rc;

	if ((rc = refuse_opts(c, "report rollup", other)) ||
	    (s && (rc = cli_parse_day(c, "--date", s, &asof))) || (rc = team_arg(c, &team)))
		return rc;
	memset(&ro, 0, sizeof ro);
	ro.js.c = c;
	if (c->format != FMT_JSON) {
		ro.people = out_new();
		rollup_person_columns(ro.people);
	}
	if (c->format == FMT_TABLE) {
		ro.goals = out_new();
		rollup_goal_columns(ro.goals, true);
	}
	rc = mbo_report_rollup_each(c->m, c->actor, team, asof, rollup_row, &ro);
	if (rc) {
		rc = cli_each_error(c, rc, ro.people && out_failed(ro.people) ? ro.people : ro.goals);
	} else if (c->format == FMT_JSON) {
		json_stream_end(&ro.js);
	} else if (c->format == FMT_CSV) {
		rc = out_print_list(c, ro.people);
	} else {
		struct out_table *head = out_new();
		out_col(head, "team", OUT_TEXT, 0);
		out_text(head, team_login(c));
		out_col_head(head, "date", _("DATE"), OUT_DATE, 0);
		out_date(head, asof);
		rc = print_table_view(c, head, ro.people, ro.goals);
		ro.people = ro.goals = NULL;
	}
	out_free(ro.people);
	out_free(ro.goals);
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
		char z[MBO_EXCERPT_CAP];
		return cli_usage_error(c, _("'%s' is not a report; give leaderboard, rollup, or none for "
		                       "the period report"), mbo_text_excerpt(view, z, sizeof z));
	}
}

const struct cmd_entry cmd_report_entries[] = {
	{ "report", NULL,
	  "[--team LOGIN] --period P\n"
	  "  mbo report leaderboard --metric M --period P [--team LOGIN]\n"
	  "  mbo report rollup [--team LOGIN] [--date DATE]",
	  N_("Reports over your team (everyone below you, and you), or the team of\n"
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
	     "an array of one object per person with their goals nested.\n"),
	  "team= period= metric= date=", 0, 1, CMD_READ, report_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
