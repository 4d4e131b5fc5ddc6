/*
 * cmd_goal.c: the goal commands: add (with the SMART findings as warnings),
 * list, show, check, approve, reject, revise, history, split, cascade,
 * close and suggest. Each parses its arguments, calls the core and renders
 * the result through out.c; the rules (who may, what is valid, how targets
 * add up) are the core's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/checkin.h"
#include "mbo/fmt.h"
#include "mbo/undo.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/plan.h"
#include "mbo/progress.h"
#include "mbo/smart.h"
#include "mbo/task.h"
#include "mbo/text.h"

/* Copies an option's text into a fixed field of mbo_goal; text that does not
 * fit is refused rather than cut. */
static int copy_field(const char *what, const char *s, char *buf, size_t cap, size_t max_chars)
{
	if (strlen(s) >= cap)
		return cli_fail(MBO_EINVAL, _("%s: is too long (%zu characters); keep it to %zu"), what,
		                mbo_text_chars(s), max_chars);
	memcpy(buf, s, strlen(s) + 1);
	return 0;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);

	if (p)
		memcpy(p, s, n);
	return p;
}

/* Parses the goal id of c->pos[i]. */
static int goal_id_arg(struct cli *c, int i, int64_t *id)
{
	/* TRANSLATORS: the name of an argument in "goal: 'x' is not a goal id". */
	return cli_parse_id(c, "goal", "mbo goal list", c->pos[i], id);
}

/* Parses the goal id of c->pos[0] and reads the goal into *g (initialised
 * here; the caller clears it). */
static int load_goal(struct cli *c, mbo_goal *g)
{
	int64_t id;
	int rc;

	mbo_goal_init(g);
	rc = goal_id_arg(c, 0, &id);
	if (rc)
		return rc;
	rc = mbo_goal_get(c->m, c->actor, id, g);
	if (rc)
		return cli_core_error(c, rc);
	return 0;
}

/*
 * A goal's status, kind, direction and method as a table shows them: the
 * word in the reader's language (mbo/fmt.h); CSV and JSON keep the key.
 */
static void status_cell(struct out_table *t, int status)
{
	out_word(t, mbo_goal_status_name(status), mbo_fmt_goal_status_word(status), MBO_TONE_PLAIN);
}

static void kind_cell(struct out_table *t, int kind)
{
	out_word(t, mbo_kind_name(kind), mbo_fmt_goal_kind_word(kind), MBO_TONE_PLAIN);
}

static void direction_cell(struct out_table *t, int dir)
{
	out_word(t, mbo_direction_name(dir), mbo_fmt_direction_word(dir), MBO_TONE_PLAIN);
}

static void method_cell(struct out_table *t, int method)
{
	out_word(t, mbo_method_name(method), mbo_fmt_method_word(method), MBO_TONE_PLAIN);
}

/* The SMART findings worth a word: warnings and failures, on stderr. */
static void print_findings(const mbo_smart_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		const mbo_finding *f = &r->items[i];
		char *msg, *hint;

		if (f->level == MBO_PASS)
			continue;
		msg = mbo_text_sanitize(f->message, true);
		hint = mbo_text_sanitize(f->hint, true);
		fputs("mbo: ", stderr);
		if (hint && hint[0])
			/* TRANSLATORS: a SMART finding on stderr: the letter (S, M,
			   A, R, T), what is wrong and, in brackets, how to fix it. */
			fprintf(stderr, _("warning: %s: %s (%s)"), mbo_fmt_letter_word(f->letter), msg ? msg : "",
			        hint);
		else
			fprintf(stderr, _("warning: %s: %s"), mbo_fmt_letter_word(f->letter), msg ? msg : "");
		fputc('\n', stderr);
		free(msg);
		free(hint);
	}
}

/* ---- goal add ---- */

static int goal_fill(struct cli *c, mbo_goal *g)
{
	const char *metric, *unit, *target, *due, *s;
	int rc;

	if ((rc = cli_need(c, "metric", &metric)) || (rc = cli_need(c, "unit", &unit)) ||
	    (rc = cli_need(c, "target", &target)) || (rc = cli_need(c, "due", &due)))
		return rc;
	g->title = xstrdup(c->pos[0]);
	g->description = xstrdup((s = cli_opt(c, "description")) ? s : "");
	if (g->title == NULL || g->description == NULL)
		return cli_fail(MBO_EFAIL, "%s", _("out of memory"));
	if ((rc = copy_field("metric", metric, g->metric, sizeof g->metric, MBO_METRIC_MAX)) ||
	    (rc = copy_field("unit", unit, g->unit, sizeof g->unit, MBO_UNIT_MAX)))
		return rc;
	if ((s = cli_opt(c, "kpi")) && (rc = copy_field("kpi", s, g->kpi, sizeof g->kpi, MBO_KPI_MAX)))
		return rc;
	if ((rc = cli_parse_dec(c, "--target", target, &g->target)) ||
	    (rc = cli_parse_day(c, "--due", due, &g->due)))
		return rc;
	g->start = c->today;
	if ((s = cli_opt(c, "start")) && (rc = cli_parse_day(c, "--start", s, &g->start)))
		return rc;
	if ((s = cli_opt(c, "baseline")) && (rc = cli_parse_dec(c, "--baseline", s, &g->baseline)))
		return rc;
	if ((s = cli_opt(c, "weight")) && (rc = cli_parse_dec(c, "--weight", s, &g->weight)))
		return rc;
	if ((s = cli_opt(c, "kind")) &&
	    (rc = cli_parse_enum(c, "--kind", s, mbo_kind_parse, "sum, level", &g->kind)))
		return rc;
	if ((s = cli_opt(c, "direction")) &&
	    (rc = cli_parse_enum(c, "--direction", s, mbo_direction_parse, "up, down", &g->direction)))
		return rc;
	if ((s = cli_opt(c, "method")) &&
	    (rc = cli_parse_enum(c, "--method", s, mbo_method_parse, "self, negotiated, benchmark, kpi",
	                         &g->method)))
		return rc;
	/* The ranges of importance and urgency are the core's to judge. */
	if ((s = cli_opt(c, "importance")) &&
	    (rc = cli_parse_int(c, "--importance", s, -1000000, 1000000, &g->importance)))
		return rc;
	if ((s = cli_opt(c, "urgency")) &&
	    (rc = cli_parse_int(c, "--urgency", s, -1000000, 1000000, &g->urgency)))
		return rc;
	if ((s = cli_opt(c, "parent")) &&
	    (rc = cli_parse_id(c, "--parent", "mbo goal list", s, &g->parent_id)))
		return rc;
	g->owner_id = c->actor;
	if ((s = cli_opt(c, "owner")) && (rc = cli_parse_person(c, "--owner", s, &g->owner_id)))
		return rc;
	return 0;
}

/*
 * The SMART check runs on the goal before it is stored (so it does not
 * count itself among the owner's goals); its warnings and failures are
 * printed only when the goal was added. When the add fails, the one error
 * line says why (for a goal that would start active with a failing letter,
 * the core names the letter and the fix).
 */
static int goal_add_exec(struct cli *c)
{
	mbo_goal g;
	mbo_smart_report r;
	bool checked = false;
	int64_t id = 0;
	int rc;

	mbo_goal_init(&g);
	memset(&r, 0, sizeof r);
	rc = goal_fill(c, &g);
	if (rc == 0 && (rc = mbo_goal_validate(c->m, &g)) != 0)
		rc = cli_core_error(c, rc);
	if (rc == 0) {
		checked = mbo_smart_check(c->m, &g, &r) == 0;
		rc = mbo_goal_add(c->m, c->actor, &g, &id);
		if (rc) {
			rc = cli_core_error(c, rc);
		} else {
			if (checked)
				print_findings(&r);
			out_new_id(c, id);
		}
	}
	mbo_goal_clear(&g);
	return rc;
}

/* ---- goal list ---- */

static void goal_columns(struct out_table *t)
{
	out_col_head(t, "id", _("ID"), OUT_NUMBER, 0);
	out_col_head(t, "owner", _("OWNER"), OUT_TEXT, OUT_OPTIONAL);
	out_col_head(t, "title", _("TITLE"), OUT_TEXT, OUT_CAP);
	out_col_head(t, "metric", _("METRIC"), OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "unit", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "kind", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "direction", OUT_TEXT, OUT_NOTABLE);
	out_col(t, "baseline", OUT_NUMBER, OUT_NOTABLE);
	/* TRANSLATORS: a column header: a goal's target value. */
	out_col_head(t, "target", _("TARGET"), OUT_NUMBER, 0);
	out_col_head(t, "start", _("START"), OUT_DATE, OUT_OPTIONAL);
	out_col_head(t, "due", _("DUE"), OUT_DATE, 0);
	out_col_head(t, "status", _("STATUS"), OUT_TEXT, 0);
	out_col(t, "parent", OUT_NUMBER, OUT_NOTABLE);
}

static void goal_cells(struct out_table *t, const mbo_goal *g)
{
	out_int(t, g->id);
	out_text(t, g->owner);
	out_text(t, g->title);
	out_text(t, g->metric);
	out_text(t, g->unit);
	kind_cell(t, g->kind);
	direction_cell(t, g->direction);
	out_dec(t, g->baseline);
	out_dec(t, g->target);
	out_date(t, g->start);
	out_date(t, g->due);
	status_cell(t, g->status);
	out_id(t, g->parent_id);
}

static int goal_list_row(void *ctx, const mbo_goal *g)
{
	struct out_table *t = ctx;

	out_row(t);
	goal_cells(t, g);
	return out_failed(t) ? CLI_OUT_FAILED : 0;
}

static int goal_list_exec(struct cli *c)
{
	mbo_goal_filter f;
	struct out_table *t;
	const char *s;
	int rc;

	mbo_goal_filter_init(&f);
	if ((rc = cli_scope(c, &f.owner_id, &f.team_of)))
		return rc;
	/* By default the goals you may see: yours and your team's. */
	if (f.owner_id == 0 && f.team_of == 0)
		f.team_of = c->actor;
	if ((s = cli_opt(c, "status")) &&
	    (rc = cli_parse_enum(c, "--status", s, mbo_goal_status_parse,
	                         "proposed, active, achieved, missed, rejected, cancelled", &f.status)))
		return rc;
	if ((s = cli_opt(c, "period")) && (rc = cli_parse_period(c, "--period", s, &f.from, &f.to)))
		return rc;
	if ((s = cli_opt(c, "parent")) && (rc = cli_parse_id(c, "--parent", "mbo goal list", s, &f.parent_id)))
		return rc;
	t = out_new();
	goal_columns(t);
	rc = mbo_goal_each(c->m, c->actor, &f, goal_list_row, t);
	if (rc)
		rc = cli_each_error(c, rc, t);
	else
		rc = out_print_list(c, t);
	out_free(t);
	return rc;
}

/* ---- goal show ---- */

static void field(struct out_table *t, const char *key, int type)
{
	out_col(t, key, type, 0);
}

static struct out_table *progress_object(struct cli *c, const mbo_goal *g)
{
	struct out_table *t = out_new();
	mbo_progress p;

	out_col(t, "asof", OUT_DATE, 0);
	cli_progress_columns(t);
	if (g->status == MBO_GOAL_PROPOSED || g->status == MBO_GOAL_REJECTED ||
	    g->status == MBO_GOAL_CANCELLED)
		return t;
	memset(&p, 0, sizeof p);
	if (mbo_progress_compute(c->m, g, c->today, &p) != 0)
		return t;
	out_row(t);
	out_date(t, p.asof);
	cli_progress_cells(t, &p, mbo_progress_completion(g, p.actual));
	return t;
}

static struct out_table *milestone_list(struct cli *c, int64_t id)
{
	struct out_table *t = out_new();
	mbo_milestone *v = NULL;
	size_t n = 0, i;

	out_col_head(t, "date", _("DATE"), OUT_DATE, 0);
	out_col_head(t, "target", _("TARGET"), OUT_NUMBER, 0);
	if (mbo_milestone_list(c->m, id, &v, &n) != 0)
		return t;
	for (i = 0; i < n; i++) {
		out_row(t);
		out_date(t, v[i].day);
		out_dec(t, v[i].target);
	}
	free(v);
	return t;
}

static void history_columns(struct out_table *t)
{
	/* TRANSLATORS: a column header: when the goal was changed. */
	out_col_head(t, "at", _("AT"), OUT_TEXT, 0);
	out_col_head(t, "who", _("WHO"), OUT_TEXT, 0);
	out_col_head(t, "field", _("FIELD"), OUT_TEXT, 0);
	out_col_head(t, "old", _("OLD"), OUT_TEXT, 0);
	out_col_head(t, "new", _("NEW"), OUT_TEXT, 0);
	out_col_head(t, "reason", _("REASON"), OUT_TEXT, OUT_CAP);
}

/* The field a revision changed, in words for a table (the key in CSV and
 * JSON); a field without a word stays its key. */
static void history_field_cell(struct out_table *t, const char *field)
{
	const char *word = mbo_fmt_revision_field_word(field);

	if (word)
		out_word(t, field, word, MBO_TONE_PLAIN);
	else
		out_text(t, field);
}

/* An old or new value of a revision: a status in words, the rest as kept. */
static void history_value_cell(struct out_table *t, const char *field, const char *value)
{
	int st = value && field && strcmp(field, "status") == 0 ? mbo_goal_status_parse(value) : -1;

	if (st >= 0)
		status_cell(t, st);
	else
		out_text(t, value);
}

/* A reason the core keeps as it wrote it, in English ("created", "undo of:
 * approve goal 12"): in the reader's words in a table, as stored in CSV and
 * JSON (mbo_change_summary_show). */
static void stored_text_cell(const struct cli *c, struct out_table *t, const char *stored)
{
	char buf[1024];

	if (stored && c->format == FMT_TABLE)
		out_text(t, mbo_change_summary_show(stored, buf, sizeof buf));
	else
		out_text(t, stored);
}

static struct out_table *history_table(struct cli *c, int64_t id, int *rc)
{
	struct out_table *t = out_new();
	mbo_revision *v = NULL;
	size_t n = 0, i;

	history_columns(t);
	*rc = mbo_goal_history(c->m, c->actor, id, &v, &n);
	if (*rc)
		return t;
	for (i = 0; i < n; i++) {
		out_row(t);
		out_text(t, v[i].at);
		out_text(t, v[i].who);
		history_field_cell(t, v[i].field);
		history_value_cell(t, v[i].field, v[i].old_value);
		history_value_cell(t, v[i].field, v[i].new_value);
		stored_text_cell(c, t, v[i].reason);
	}
	mbo_revision_list_free(v, n);
	return t;
}

#define SHOW_CHECKINS 10

static struct out_table *checkin_table(struct cli *c, int64_t id)
{
	struct out_table *t = out_new();
	mbo_checkin *v = NULL;
	size_t n = 0, i;

	out_col_head(t, "id", _("ID"), OUT_NUMBER, 0);
	out_col_head(t, "date", _("DATE"), OUT_DATE, 0);
	/* TRANSLATORS: a column header: the value of a check-in or a setting. */
	out_col_head(t, "value", _("VALUE"), OUT_NUMBER, 0);
	/* TRANSLATORS: a column header: who recorded the check-in. */
	out_col_head(t, "by", _("BY"), OUT_TEXT, 0);
	out_col_head(t, "note", _("NOTE"), OUT_TEXT, OUT_CAP);
	if (mbo_checkin_list(c->m, c->actor, id, SHOW_CHECKINS, &v, &n) != 0)
		return t;
	for (i = 0; i < n; i++) {
		out_row(t);
		out_int(t, v[i].id);
		out_date(t, v[i].day);
		out_dec(t, v[i].value);
		out_text(t, v[i].by);
		out_text(t, v[i].note);
	}
	mbo_checkin_list_free(v, n);
	return t;
}

static int goal_show_exec(struct cli *c)
{
	mbo_goal g;
	struct out_table *t, *sub;
	mbo_dec children_sum = 0;
	size_t children = 0;
	int rc;

	rc = load_goal(c, &g);
	if (rc) {
		mbo_goal_clear(&g);
		return rc;
	}
	if (mbo_goal_children_total(c->m, g.id, &children_sum, &children) != 0)
		children = 0;
	t = out_new();
	field(t, "id", OUT_NUMBER);          out_int(t, g.id);
	field(t, "owner", OUT_TEXT);         out_text(t, g.owner);
	field(t, "title", OUT_TEXT);         out_text(t, g.title);
	field(t, "description", OUT_TEXT);   out_text(t, g.description ? g.description : "");
	field(t, "metric", OUT_TEXT);        out_text(t, g.metric);
	field(t, "unit", OUT_TEXT);          out_text(t, g.unit);
	field(t, "kind", OUT_TEXT);          kind_cell(t, g.kind);
	field(t, "direction", OUT_TEXT);     direction_cell(t, g.direction);
	field(t, "baseline", OUT_NUMBER);    out_dec(t, g.baseline);
	field(t, "target", OUT_NUMBER);      out_dec(t, g.target);
	field(t, "start", OUT_DATE);         out_date(t, g.start);
	field(t, "due", OUT_DATE);           out_date(t, g.due);
	field(t, "status", OUT_TEXT);        status_cell(t, g.status);
	field(t, "status_reason", OUT_TEXT); stored_text_cell(c, t, g.status_reason);
	field(t, "parent", OUT_NUMBER);      out_id(t, g.parent_id);
	field(t, "kpi", OUT_TEXT);           out_text(t, g.kpi[0] ? g.kpi : NULL);
	field(t, "importance", OUT_NUMBER);  out_int(t, g.importance);
	field(t, "urgency", OUT_NUMBER);     out_int(t, g.urgency);
	field(t, "weight", OUT_NUMBER);      out_dec(t, g.weight);
	field(t, "method", OUT_TEXT);        method_cell(t, g.method);
	if (children > 0) {
		field(t, "children", OUT_NUMBER);       out_int(t, (int64_t)children);
		field(t, "children_total", OUT_NUMBER); out_dec(t, children_sum);
		field(t, "drift", OUT_NUMBER);          out_dec(t, children_sum - g.target);
	}
	out_object(t, "progress", _("Progress"), progress_object(c, &g));
	out_section(t, "milestones", _("Milestones"), milestone_list(c, g.id));
	sub = cli_task_table(c, g.id, false, &rc);
	out_section(t, "tasks", _("Tasks"), sub);
	out_section(t, "checkins", _("Latest check-ins"), checkin_table(c, g.id));
	sub = history_table(c, g.id, &rc);
	out_section(t, "history", _("History"), sub);
	rc = out_print_record(c, t);
	out_free(t);
	mbo_goal_clear(&g);
	return rc;
}

/* ---- goal check ---- */

static int goal_check_exec(struct cli *c)
{
	mbo_goal g;
	mbo_smart_report r;
	struct out_table *t;
	size_t i;
	int rc;

	rc = load_goal(c, &g);
	if (rc) {
		mbo_goal_clear(&g);
		return rc;
	}
	memset(&r, 0, sizeof r);
	rc = mbo_smart_check(c->m, &g, &r);
	if (rc) {
		mbo_goal_clear(&g);
		return cli_core_error(c, rc);
	}
	t = out_new();
	/* TRANSLATORS: a column header: the SMART letter (S, M, A, R, T). */
	out_col_head(t, "letter", _("LETTER"), OUT_TEXT, 0);
	/* TRANSLATORS: a column header: a SMART letter's result (pass, warn, fail). */
	out_col_head(t, "level", _("LEVEL"), OUT_TEXT, 0);
	out_col_head(t, "message", _("MESSAGE"), OUT_TEXT, 0);
	out_col_head(t, "hint", _("HINT"), OUT_TEXT, 0);
	for (i = 0; i < r.n; i++) {
		out_row(t);
		out_word(t, mbo_letter_name(r.items[i].letter), mbo_fmt_letter_word(r.items[i].letter),
		         MBO_TONE_PLAIN);
		out_level(t, r.items[i].level);
		out_text(t, r.items[i].message);
		out_text(t, r.items[i].hint[0] ? r.items[i].hint : NULL);
	}
	rc = out_print_list(c, t);
	out_free(t);
	if (rc == 0 && mbo_smart_worst(&r) == MBO_FAIL) {
		fflush(stdout);
		rc = cli_fail(MBO_EINVAL, _("goal %lld fails the SMART check; see the findings marked fail"),
		              (long long)g.id);
	}
	mbo_goal_clear(&g);
	return rc;
}

/* ---- approval and closing ---- */

static int goal_approve_exec(struct cli *c)
{
	int64_t id;
	int rc = goal_id_arg(c, 0, &id);

	if (rc)
		return rc;
	rc = mbo_goal_approve(c->m, c->actor, id);
	if (rc)
		return cli_core_error(c, rc);
	/* On stderr, as the UI says it: stdout stays empty for scripts. */
	cli_fail(0, _("goal %lld approved; it is active now"), (long long)id);
	return 0;
}

static int goal_reject_exec(struct cli *c)
{
	const char *reason;
	int64_t id;
	int rc;

	if ((rc = goal_id_arg(c, 0, &id)) || (rc = cli_need(c, "reason", &reason)))
		return rc;
	rc = mbo_goal_reject(c->m, c->actor, id, reason);
	return rc ? cli_core_error(c, rc) : 0;
}

static int goal_close_exec(struct cli *c)
{
	const char *reason, *st;
	int64_t id;
	int status, rc;

	if ((rc = goal_id_arg(c, 0, &id)) || (rc = cli_need(c, "status", &st)) ||
	    (rc = cli_need(c, "reason", &reason)))
		return rc;
	if ((rc = cli_parse_enum(c, "--status", st, mbo_goal_status_parse, "achieved, missed, cancelled",
	                         &status)))
		return rc;
	rc = mbo_goal_close(c->m, c->actor, id, status, reason);
	return rc ? cli_core_error(c, rc) : 0;
}

/* ---- revise and history ---- */

static int goal_revise_exec(struct cli *c)
{
	mbo_goal_change ch;
	const char *s;
	int64_t id;
	int rc;

	memset(&ch, 0, sizeof ch);
	if ((rc = goal_id_arg(c, 0, &id)) || (rc = cli_need(c, "reason", &ch.reason)))
		return rc;
	if ((s = cli_opt(c, "target"))) {
		ch.set_target = true;
		if ((rc = cli_parse_dec(c, "--target", s, &ch.target)))
			return rc;
	}
	if ((s = cli_opt(c, "start"))) {
		ch.set_start = true;
		if ((rc = cli_parse_day(c, "--start", s, &ch.start)))
			return rc;
	}
	if ((s = cli_opt(c, "due"))) {
		ch.set_due = true;
		if ((rc = cli_parse_day(c, "--due", s, &ch.due)))
			return rc;
	}
	if ((s = cli_opt(c, "weight"))) {
		ch.set_weight = true;
		if ((rc = cli_parse_dec(c, "--weight", s, &ch.weight)))
			return rc;
	}
	if (!ch.set_target && !ch.set_start && !ch.set_due && !ch.set_weight)
		return cli_usage_error(c, "%s", _("give what to change: --target, --start, --due or --weight"));
	rc = mbo_goal_revise(c->m, c->actor, id, &ch);
	return rc ? cli_core_error(c, rc) : 0;
}

static int goal_history_exec(struct cli *c)
{
	struct out_table *t;
	int64_t id;
	int rc;

	if ((rc = goal_id_arg(c, 0, &id)))
		return rc;
	t = history_table(c, id, &rc);
	if (rc) {
		out_free(t);
		return cli_core_error(c, rc);
	}
	rc = out_print_list(c, t);
	out_free(t);
	return rc;
}

/* ---- split and cascade ---- */

static int span_parse(const char *s)
{
	if (strcmp(s, "week") == 0)
		return MBO_SPAN_WEEK;
	if (strcmp(s, "month") == 0)
		return MBO_SPAN_MONTH;
	if (strcmp(s, "quarter") == 0)
		return MBO_SPAN_QUARTER;
	return -1;
}

static int goal_split_exec(struct cli *c)
{
	const char *by;
	struct out_table *t;
	int64_t id;
	int span, rc;

	if ((rc = goal_id_arg(c, 0, &id)) || (rc = cli_need(c, "by", &by)) ||
	    (rc = cli_parse_enum(c, "--by", by, span_parse, "week, month, quarter", &span)))
		return rc;
	rc = mbo_goal_split(c->m, c->actor, id, (enum mbo_span)span, cli_flag(c, "weighted"));
	if (rc)
		return cli_core_error(c, rc);
	t = milestone_list(c, id);
	rc = out_print_list(c, t);
	out_free(t);
	return rc;
}

/* Parses "li=40%,wang=60%", "li=1000,wang=2000" or "li,wang" into shares.
 * Caller frees *out. */
static int parse_shares(struct cli *c, const char *s, bool amounts, mbo_share **out, size_t *n)
{
	mbo_share *v;
	size_t cap = 1, i = 0;
	const char *p;
	int rc = 0;

	for (p = s; *p; p++)
		if (*p == ',')
			cap++;
	v = calloc(cap, sizeof *v);
	if (v == NULL)
		return cli_fail(MBO_EFAIL, "%s", _("out of memory"));
	p = s;
	while (rc == 0) {
		size_t len = strcspn(p, ",");
		char item[128], *eq;

		if (len == 0 || len >= sizeof item) {
			rc = cli_usage_error(c, "%s", _("--to: write LOGIN=SHARE,... (e.g. li=40%,wang=60%)"));
			break;
		}
		memcpy(item, p, len);
		item[len] = '\0';
		eq = strchr(item, '=');
		if (eq) {
			size_t al;
			*eq++ = '\0';
			al = strlen(eq);
			if (!amounts) {
				rc = cli_usage_error(c, "%s",
				                     _("--to: with --even or --by-history name only the logins"));
				break;
			}
			if (al > 0 && eq[al - 1] == '%') {
				v[i].percent = true;
				eq[al - 1] = '\0';
			}
			v[i].has_amount = true;
			rc = cli_parse_dec(c, "--to", eq, &v[i].amount);
			if (rc)
				break;
		} else if (amounts) {
			rc = cli_usage_error(c, "%s", _("--to: give each person a share, as LOGIN=AMOUNT or "
			                                "LOGIN=PERCENT%"));
			break;
		}
		if (strlen(item) > MBO_LOGIN_MAX || item[0] == '\0') {
			char z[MBO_EXCERPT_CAP];
			rc = cli_fail(MBO_EINVAL, _("--to: '%s' is not a login"),
			              mbo_text_excerpt(item, z, sizeof z));
			break;
		}
		memcpy(v[i].login, item, strlen(item) + 1);
		i++;
		p += len;
		if (*p == '\0')
			break;
		p++;
	}
	if (rc) {
		free(v);
		return rc;
	}
	*out = v;
	*n = i;
	return 0;
}

static int goal_cascade_exec(struct cli *c)
{
	const char *to = cli_opt(c, "to");
	bool even = cli_flag(c, "even"), hist = cli_flag(c, "by-history");
	mbo_share *shares = NULL;
	size_t nshares = 0, nchild = 0, i;
	int64_t *child = NULL, id;
	int mode, rc;

	if ((rc = goal_id_arg(c, 0, &id)))
		return rc;
	if (even && hist)
		return cli_usage_error(c, "%s", _("give --even or --by-history, not both"));
	if (!even && !hist && to == NULL)
		return cli_usage_error(c, "%s", _("give --to LOGIN=SHARE,..., --even or --by-history"));
	mode = even ? MBO_CASCADE_EVEN : hist ? MBO_CASCADE_HISTORY : MBO_CASCADE_SHARES;
	if (to && (rc = parse_shares(c, to, mode == MBO_CASCADE_SHARES, &shares, &nshares)))
		return rc;
	rc = mbo_goal_cascade(c->m, c->actor, id, mode, shares, nshares, &child, &nchild);
	free(shares);
	if (rc)
		return cli_core_error(c, rc);
	if (c->format == FMT_JSON) {
		fputs("[", stdout);
		for (i = 0; i < nchild; i++)
			printf("%s{\"id\": %lld}", i ? ", " : "", (long long)child[i]);
		fputs("]\n", stdout);
	} else {
		for (i = 0; i < nchild; i++)
			printf("%lld\n", (long long)child[i]);
	}
	free(child);
	return 0;
}

/* ---- suggest ---- */

static int goal_suggest_exec(struct cli *c)
{
	const char *metric, *s;
	mbo_day start = c->today, due;
	int64_t owner = c->actor;
	int kind = MBO_KIND_SUM, rc;
	mbo_suggestion sg;
	struct out_table *t;
	mbo_person p;

	if ((rc = cli_need(c, "metric", &metric)) || (rc = cli_need(c, "due", &s)) ||
	    (rc = cli_parse_day(c, "--due", s, &due)))
		return rc;
	if ((s = cli_opt(c, "start")) && (rc = cli_parse_day(c, "--start", s, &start)))
		return rc;
	if ((s = cli_opt(c, "kind")) && (rc = cli_parse_enum(c, "--kind", s, mbo_kind_parse, "sum, level", &kind)))
		return rc;
	if ((s = cli_opt(c, "owner")) && (rc = cli_parse_person(c, "--owner", s, &owner)))
		return rc;
	if ((rc = mbo_perm_check(c->m, c->actor, MBO_ACT_READ, owner)))
		return cli_core_error(c, rc);
	memset(&sg, 0, sizeof sg);
	rc = mbo_metric_known(c->m, metric);
	if (rc == 0)
		rc = mbo_smart_suggest(c->m, owner, metric, kind, start, due, &sg);
	if (rc)
		return cli_core_error(c, rc);
	if (mbo_person_get(c->m, owner, &p) != 0)
		snprintf(p.login, sizeof p.login, "?");
	t = out_new();
	field(t, "owner", OUT_TEXT);          out_text(t, p.login);
	field(t, "metric", OUT_TEXT);         out_text(t, metric);
	field(t, "start", OUT_DATE);          out_date(t, start);
	field(t, "due", OUT_DATE);            out_date(t, due);
	field(t, "own_samples", OUT_NUMBER);  out_int(t, sg.own_samples);
	field(t, "own_last", OUT_NUMBER);
	if (sg.own_samples) out_dec(t, sg.own_last); else out_null(t);
	field(t, "own_best", OUT_NUMBER);
	if (sg.own_samples) out_dec(t, sg.own_best); else out_null(t);
	field(t, "team_samples", OUT_NUMBER); out_int(t, sg.team_samples);
	field(t, "team_p75", OUT_NUMBER);
	if (sg.team_samples) out_dec(t, sg.team_p75); else out_null(t);
	field(t, "team_best", OUT_NUMBER);
	if (sg.team_samples) out_dec(t, sg.team_best); else out_null(t);
	field(t, "suggested", OUT_NUMBER);
	if (sg.own_samples || sg.team_samples) out_dec(t, sg.suggested); else out_null(t);
	rc = out_print_record(c, t);
	out_free(t);
	return rc;
}

const struct cmd_entry cmd_goal_entries[] = {
	{ "goal", "add",
	  "TITLE --metric M --unit U --target N --due DATE [--start DATE] [--baseline N]\n"
	  "         [--kind sum|level] [--direction up|down] [--owner LOGIN] [--parent ID]\n"
	  "         [--kpi NAME] [--importance 1-3] [--urgency 1-3] [--weight N]\n"
	  "         [--method self|negotiated|benchmark|kpi] [--description TEXT]",
	  N_("Adds a goal and prints its id. The SMART findings that warn or fail go to\n"
	     "stderr. Your own goal waits for your manager's approval; a goal you set for\n"
	     "someone below you starts active. Defaults: --start today, --kind sum,\n"
	     "--direction up, --baseline 0, --weight 1, --owner you.\n"),
	  "metric= unit= target= start= due= baseline= kind= direction= owner= parent= kpi= "
	  "importance= urgency= weight= method= description=",
	  1, 1, 0, goal_add_exec },
	{ "goal", "list", "[--owner LOGIN | --team LOGIN] [--status S] [--period P] [--parent ID]",
	  N_("Lists goals: by default yours and those of everyone below you; --owner\n"
	     "one person's, --team a person's and everyone's below them.\n"
	     "--period keeps the goals that overlap it. The table leaves out unit, kind,\n"
	     "direction, baseline and parent; CSV and JSON have every key.\n"),
	  "owner= team= status= period= parent=", 0, 0, CMD_READ, goal_list_exec },
	{ "goal", "show", "ID",
	  N_("Shows a goal with its progress today, milestones, tasks, latest check-ins\n"
	     "and history.\n"),
	  "", 1, 1, CMD_READ, goal_show_exec },
	{ "goal", "check", "ID",
	  N_("The SMART report of a goal: each letter passes, warns or fails, with why\n"
	     "and how to fix it. Exit 3 when a letter fails.\n"),
	  "", 1, 1, CMD_READ, goal_check_exec },
	{ "goal", "approve", "ID",
	  N_("Approves a proposed goal (a manager above its owner, or an admin) and\n"
	     "says so on stderr.\n"),
	  "", 1, 1, 0, goal_approve_exec },
	{ "goal", "reject", "ID --reason TEXT",
	  N_("Rejects a proposed goal, saying why.\n"),
	  "reason=", 1, 1, 0, goal_reject_exec },
	{ "goal", "revise", "ID [--target N] [--start DATE] [--due DATE] [--weight N] --reason TEXT",
	  N_("Changes a goal's target, dates or weight; the reason is kept in its history.\n"),
	  "target= start= due= weight= reason=", 1, 1, 0, goal_revise_exec },
	{ "goal", "history", "ID",
	  N_("Every change of a goal: when, who, which field, old and new value, why.\n"),
	  "", 1, 1, CMD_READ, goal_history_exec },
	{ "goal", "split", "ID --by week|month|quarter [--weighted]",
	  N_("Splits a goal into milestones with cumulative targets, evenly per workday\n"
	     "or (--weighted) like the owner's results a year earlier. Prints them.\n"),
	  "by= weighted", 1, 1, 0, goal_split_exec },
	{ "goal", "cascade", "ID (--to LOGIN=SHARE,... | --even | --by-history)",
	  N_("Splits a team goal into goals for the members, whose targets add up to it.\n"
	     "SHARE is an amount or a percentage (li=40%,wang=60%). --even and\n"
	     "--by-history split among the owner's direct reports, or those --to names\n"
	     "(--to li,wang). Prints the new goals' ids, one a line.\n"),
	  "to= even by-history", 1, 1, 0, goal_cascade_exec },
	{ "goal", "close", "ID --status achieved|missed|cancelled --reason TEXT",
	  N_("Closes a goal.\n"),
	  "status= reason=", 1, 1, 0, goal_close_exec },
	{ "goal", "suggest", "--metric M --due DATE [--start DATE] [--owner LOGIN] [--kind sum|level]",
	  N_("Suggests a target from the owner's own history and the team's (the 75th\n"
	     "percentile of comparable periods).\n"),
	  "metric= start= due= owner= kind=", 0, 0, CMD_READ, goal_suggest_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
