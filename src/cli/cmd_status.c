/*
 * cmd_status.c: where things stand: `mbo status` (each running goal's
 * actual, expected, pace, forecast and status as of a day; also what `mbo`
 * with no command shows) and `mbo alerts` (the risk warnings, each saying
 * what is wrong and what would fix it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/alert.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/progress.h"
#include "mbo/text.h"

/* --date, default today. */
static int asof_arg(struct cli *c, mbo_day *asof)
{
	const char *s = cli_opt(c, "date");

	*asof = c->today;
	return s ? cli_parse_day(c, "--date", s, asof) : 0;
}

/*
 * Incentive: under one's own status table, what the quarter's completion so
 * far pays and what the next band of the bonus scale is worth, when the
 * scale is set (the core computes it: mbo_eval_compute).
 */
static void print_bonus(struct cli *c, mbo_day asof)
{
	mbo_evaluation e;
	char period[16], pct[32];

	mbo_quarter_of(asof, period, sizeof period);
	if (mbo_eval_compute(c->m, c->actor, c->actor, period, &e) == MBO_OK && e.bonus.configured &&
	    e.has_quantitative) {
		char *msg = mbo_text_sanitize(e.bonus.message, true);
		/* TRANSLATORS: the quarter, the completion so far (a percentage), what it pays */
		printf(_("\nBonus for %s at %s completion so far: %s\n"), period,
		       mbo_fmt_percent(e.quantitative, 2, pct), msg ? msg : "");
		free(msg);
	}
	mbo_evaluation_free(&e);
}

struct status_out {
	struct cli *c;
	struct out_table *t;
	mbo_day asof;
	size_t shown;
};

static int status_row(void *ctx, const mbo_goal *g)
{
	struct status_out *so = ctx;
	struct out_table *t = so->t;
	mbo_progress p;
	int rc;

	memset(&p, 0, sizeof p);
	rc = mbo_progress_compute(so->c->m, g, so->asof, &p);
	if (rc)
		return rc;
	if (g->due < so->asof && p.status == MBO_PS_ACHIEVED)
		return 0;
	so->shown++;
	out_row(t);
	out_int(t, g->id);
	out_text(t, g->owner);
	out_text(t, g->title);
	out_text(t, g->metric);
	out_text(t, g->unit);
	out_dec(t, g->target);
	cli_progress_cells(t, &p, mbo_progress_completion(g, p.actual));
	return out_failed(t) ? CLI_OUT_FAILED : 0;
}

static int status_exec(struct cli *c)
{
	mbo_goal_filter f;
	struct status_out so;
	struct out_table *t;
	mbo_day asof;
	char day[16];
	int rc;

	mbo_goal_filter_init(&f);
	if ((rc = cli_scope(c, &f.owner_id, &f.team_of)) || (rc = asof_arg(c, &asof)))
		return rc;
	/* Running goals: active, started by `asof`, and either not yet due or
	 * due but not achieved (those show as overdue). */
	f.status = MBO_GOAL_ACTIVE;
	f.to = asof;
	t = out_new();
	out_col(t, "id", OUT_NUMBER, 0);
	out_col(t, "owner", OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "title", OUT_TEXT, OUT_CAP);
	out_col(t, "metric", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "unit", OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "target", OUT_NUMBER, 0);
	cli_progress_columns(t);
	so.c = c;
	so.t = t;
	so.asof = asof;
	so.shown = 0;
	rc = mbo_goal_each(c->m, c->actor, &f, status_row, &so);
	if (rc)
		rc = cli_each_error(c, rc, t);
	else if (so.shown == 0 && c->format == FMT_TABLE)
		printf(_("No running goals as of %s.\n"), mbo_day_format(asof, day));
	else
		rc = out_print_list(c, t);
	if (rc == 0 && c->format == FMT_TABLE && (f.owner_id == 0 || f.owner_id == c->actor) && f.team_of == 0)
		print_bonus(c, asof);
	out_free(t);
	return rc;
}

/* The command that acts on an alert, for the command line (the UI offers
 * keys instead): "" when the alert needs a conversation rather than one
 * command. */
static void alert_command(const mbo_alert *a, char *buf, size_t cap)
{
	switch (a->kind) {
	case MBO_ALERT_SILENT:
		snprintf(buf, cap, "mbo checkin %lld VALUE", (long long)a->goal_id);
		break;
	case MBO_ALERT_TASK_OVERDUE:
		snprintf(buf, cap, "mbo task done %lld", (long long)a->task_id);
		break;
	case MBO_ALERT_PROPOSAL:
		snprintf(buf, cap, "mbo goal approve %lld", (long long)a->goal_id);
		break;
	case MBO_ALERT_OVERDUE:
		snprintf(buf, cap, "mbo goal revise %lld --due DATE --reason TEXT", (long long)a->goal_id);
		break;
	default:
		buf[0] = '\0';
	}
}

struct alerts_out {
	struct out_table *t;
	size_t n;
};

static int alerts_row(void *ctx, const mbo_alert *a)
{
	struct alerts_out *ao = ctx;
	struct out_table *t = ao->t;
	char cmd[96];

	alert_command(a, cmd, sizeof cmd);
	ao->n++;
	out_row(t);
	out_word(t, mbo_alert_kind_name(a->kind), mbo_fmt_alert_kind_word(a->kind), MBO_TONE_PLAIN);
	out_severity(t, a->severity);
	out_text(t, a->owner);
	out_id(t, a->goal_id);
	out_id(t, a->task_id);
	out_text(t, a->message);
	if (cmd[0])
		out_text(t, cmd);
	else
		out_null(t);
	return out_failed(t) ? CLI_OUT_FAILED : 0;
}

static int alerts_exec(struct cli *c)
{
	struct out_table *t;
	struct alerts_out ao;
	int64_t owner, team;
	mbo_day asof;
	int rc;

	if ((rc = cli_scope(c, &owner, &team)) || (rc = asof_arg(c, &asof)))
		return rc;
	t = out_new();
	out_col(t, "kind", OUT_TEXT, 0);
	out_col(t, "severity", OUT_TEXT, 0);
	out_col(t, "owner", OUT_TEXT, 0);
	out_col(t, "goal", OUT_NUMBER, 0);
	out_col(t, "task", OUT_NUMBER, OUT_OPTIONAL);
	out_col(t, "message", OUT_TEXT, 0);
	out_col(t, "command", OUT_TEXT, OUT_OPTIONAL);
	ao.t = t;
	ao.n = 0;
	rc = mbo_alerts_each(c->m, c->actor, owner, team, asof, alerts_row, &ao);
	if (rc) {
		rc = cli_each_error(c, rc, t);
	} else if (ao.n == 0 && c->format == FMT_TABLE) {
		char day[16];
		printf(_("No alerts as of %s.\n"), mbo_day_format(asof, day));
	} else {
		rc = out_print_list(c, t);
	}
	out_free(t);
	return rc;
}

const struct cmd_entry cmd_status_entries[] = {
	{ "status", NULL, "[--owner LOGIN | --team LOGIN] [--date DATE]",
	  N_("Where each running goal stands as of a day (today unless --date): actual,\n"
	  "expected by plan, pace (actual / expected), forecast at the due date, what\n"
	  "is still needed per workday, workdays left and a status: on_track,\n"
	  "at_risk, off_track, achieved or overdue. Your goals unless --owner or --team.\n"),
	  "owner= team= date=", 0, 0, CMD_READ, status_exec },
	{ "alerts", NULL, "[--owner LOGIN | --team LOGIN] [--date DATE]",
	  N_("Risk warnings, most serious first, each saying what is wrong and what\n"
	  "would fix it, with the command that does it where one does.\n"),
	  "owner= team= date=", 0, 0, CMD_READ, alerts_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
