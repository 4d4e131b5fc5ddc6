/*
 * cmd_eval.c: the evaluation of a person for a period (docs/design.md,
 * "Evaluation"): `eval rate` (360-degree feedback), `eval request` (a
 * manager asks peers for feedback), `eval requests` (the requests addressed
 * to you), `eval summary` (the manager's written summary) and `eval show`
 * (the whole evaluation: goals and completion, feedback per relation, the
 * final score, the grade, the bonus and the summary). Who may do what, and
 * every number, is the core's (eval.c); this file parses and renders.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "eval_out.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
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

/* "no subordinate feedback: its weight was shared among the others" */
static void missing_message(const mbo_evaluation *e, int rel, char *buf, size_t cap)
{
	if (e->has_qualitative)
		snprintf(buf, cap, "no %s feedback: its weight was shared among the others",
		         mbo_eval_relation_name(rel));
	else
		snprintf(buf, cap, "no %s feedback", mbo_eval_relation_name(rel));
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
		out_text(t, mbo_kind_name(g->kind));
		out_text(t, mbo_direction_name(g->direction));
		out_text(t, mbo_goal_status_name(g->status));
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
		out_text(t, mbo_eval_relation_name(r));
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
			out_text(t, missing ? "missing" : "-");
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
		missing_message(e, e->missing[i], msg, sizeof msg);
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
		out_text(t, mbo_eval_relation_name(f->relation));
		if (f->rater[0])
			out_text(t, f->rater);
		else
			out_text(t, table ? "(anonymous)" : NULL);
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
	snprintf(buf, sizeof buf, "%s (%s to %s)", e->period, mbo_day_format(e->first, d1),
	         mbo_day_format(e->last, d2));
	out_text(t, buf);

	out_col(t, "quantitative", OUT_TEXT, 0);
	if (e->has_quantitative)
		snprintf(buf, sizeof buf, "%s (%zu %s, completion capped at %s%%)",
		         mbo_fmt_percent(e->quantitative, 2, a), e->ngoals, e->ngoals == 1 ? "goal" : "goals",
		         mbo_dec_format(e->completion_cap * 100, 0, true, b));
	else
		snprintf(buf, sizeof buf, "none: no active, achieved or missed goal in the period");
	out_text(t, buf);

	out_col(t, "qualitative", OUT_TEXT, 0);
	if (e->has_qualitative) {
		mbo_dec_format(e->qualitative_score, 2, false, b);
		snprintf(buf, sizeof buf, "%s (score %s of 5, %zu %s)", mbo_fmt_percent(e->qualitative, 2, a), b,
		         e->nfeedback, e->nfeedback == 1 ? "rating" : "ratings");
	} else {
		snprintf(buf, sizeof buf, "none: no feedback yet");
	}
	out_text(t, buf);

	if (e->nmissing > 0 && e->has_qualitative) {
		out_col(t, "missing", OUT_TEXT, 0);
		buf[0] = '\0';
		for (i = 0, len = 0; i < e->nmissing && len + 1 < sizeof buf; i++) {
			char msg[128];
			int w;

			missing_message(e, e->missing[i], msg, sizeof msg);
			w = snprintf(buf + len, sizeof buf - len, "%s%s", i ? "; " : "", msg);
			if (w < 0)
				break;
			len += (size_t)w;
		}
		out_text(t, buf);
	}

	out_col(t, "final", OUT_TEXT, 0);
	if (e->has_final && !e->has_quantitative)
		snprintf(buf, sizeof buf, "%s (qualitative only: no goal counts)",
		         mbo_dec_format(e->final, 2, true, a));
	else if (e->has_final && !e->has_qualitative)
		snprintf(buf, sizeof buf, "%s (quantitative only: no feedback)",
		         mbo_dec_format(e->final, 2, true, a));
	else if (e->has_final) {
		mbo_dec q = mbo_dec_round(e->blend_used * 100, 0), l = MBO_DEC(100) - q;
		char qs[48], ls[48];
		snprintf(buf, sizeof buf, "%s (%s%% quantitative, %s%% qualitative)",
		         mbo_dec_format(e->final, 2, true, a), mbo_dec_format(q, 0, false, qs),
		         mbo_dec_format(l, 0, false, ls));
	} else {
		snprintf(buf, sizeof buf, "none: no goal counts and no feedback yet");
	}
	out_text(t, buf);

	out_col(t, "grade", OUT_TEXT, 0);
	if (e->grade[0])
		out_text(t, e->grade);
	else
		out_text(t, e->has_final ? "none: below every band" : "none");

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
static int subject_and_period(struct cli *c, int64_t *subject, const char **period)
{
	mbo_day first, last;
	int rc;

	if ((rc = cli_need(c, "period", period)) ||
	    (rc = cli_parse_period(c, "--period", *period, &first, &last)) ||
	    (rc = cli_parse_person(c, "login", c->pos[0], subject)))
		return rc;
	return 0;
}

/* A rating 1..5; the range is the core's to judge, so that its message
 * names the field as every front end does. */
static int rating_arg(struct cli *c, const char *name, int *out)
{
	const char *s;
	char what[32];
	int rc;

	if ((rc = cli_need(c, name, &s)))
		return rc;
	snprintf(what, sizeof what, "--%s", name);
	return cli_parse_int(c, what, s, -1000000, 1000000, out);
}

/* ---- eval rate ---- */

static int eval_rate_exec(struct cli *c)
{
	const char *period, *rel;
	mbo_rating r;
	int64_t subject, id = 0;
	bool replaced = false;
	int rc;

	memset(&r, 0, sizeof r);
	if ((rc = cli_need(c, "relation", &rel)) ||
	    (rc = cli_parse_enum(c, "--relation", rel, mbo_eval_relation_parse,
	                         "self, superior, peer, customer, subordinate", &r.relation)) ||
	    (rc = rating_arg(c, "quality", &r.quality)) || (rc = rating_arg(c, "growth", &r.growth)) ||
	    (rc = rating_arg(c, "teamwork", &r.teamwork)) ||
	    (rc = subject_and_period(c, &subject, &period)))
		return rc;
	r.rater_name = cli_opt(c, "rater-name");
	r.comment = cli_opt(c, "comment");
	rc = mbo_eval_rate(c->m, c->actor, subject, period, &r, &id, &replaced);
	if (rc)
		return cli_core_error(c, rc);
	if (c->format == FMT_JSON) {
		printf("{\"id\": %lld, \"replaced\": %s}\n", (long long)id, replaced ? "true" : "false");
	} else {
		out_new_id(c, id);
		if (replaced && c->format == FMT_TABLE)
			puts("replaced the earlier rating; mbo undo restores it");
	}
	return 0;
}

/* ---- eval request and requests ---- */

#define MAX_PEERS 64

static int eval_request_exec(struct cli *c)
{
	const char *period, *from, *p;
	int64_t subject, peers[MAX_PEERS], ids[MAX_PEERS];
	size_t n = 0, i;
	int rc;

	if ((rc = cli_need(c, "from", &from)) || (rc = subject_and_period(c, &subject, &period)))
		return rc;
	/* Every login first, so that a typo asks nobody. */
	for (p = from;;) {
		size_t len = strcspn(p, ",");
		char login[MBO_LOGIN_MAX + 1];

		if (len == 0 || len > MBO_LOGIN_MAX) {
			char *z = mbo_text_sanitize(from, true);
			cli_fail(MBO_EINVAL, "--from: '%s' is not a list of logins; write PEER[,PEER...]",
			         z ? z : "");
			free(z);
			return MBO_EINVAL;
		}
		if (n == MAX_PEERS)
			return cli_usage_error(c, "--from: at most %d peers at once", MAX_PEERS);
		memcpy(login, p, len);
		login[len] = '\0';
		if ((rc = cli_parse_person(c, "--from", login, &peers[n])))
			return rc;
		n++;
		p += len;
		if (*p == '\0')
			break;
		p++;
	}
	for (i = 0; i < n; i++) {
		rc = mbo_eval_request(c->m, c->actor, subject, peers[i], period, &ids[i]);
		if (rc) {
			rc = cli_core_error(c, rc);
			if (i > 0)
				fprintf(stderr, "mbo: the first %zu %s recorded\n", i,
				        i == 1 ? "request was" : "requests were");
			return rc;
		}
	}
	if (c->format == FMT_JSON && n == 1) {
		out_new_id(c, ids[0]);
	} else if (c->format == FMT_JSON) {
		fputs("[", stdout);
		for (i = 0; i < n; i++)
			printf("%s{\"id\": %lld}", i ? ", " : "", (long long)ids[i]);
		fputs("]\n", stdout);
	} else {
		for (i = 0; i < n; i++)
			printf("%lld\n", (long long)ids[i]);
	}
	return 0;
}

static int eval_requests_exec(struct cli *c)
{
	const char *period = cli_opt(c, "period");
	mbo_eval_request_item *v = NULL;
	struct out_table *t;
	size_t n = 0, i;
	mbo_day first, last;
	int rc;

	if (period && (rc = cli_parse_period(c, "--period", period, &first, &last)))
		return rc;
	rc = mbo_eval_requests(c->m, c->actor, period, &v, &n);
	if (rc)
		return cli_core_error(c, rc);
	t = out_new();
	out_col(t, "id", OUT_NUMBER, 0);
	out_col(t, "subject", OUT_TEXT, 0);
	out_col(t, "period", OUT_TEXT, 0);
	out_col(t, "requested_by", OUT_TEXT, 0);
	out_col(t, "done", OUT_BOOL, 0);
	for (i = 0; i < n; i++) {
		out_row(t);
		out_int(t, v[i].id);
		out_text(t, v[i].subject);
		out_text(t, v[i].period);
		out_text(t, v[i].requested_by);
		out_bool(t, v[i].done);
	}
	if (n == 0 && c->format == FMT_TABLE)
		puts("Nobody has asked you for feedback.");
	else
		rc = out_print_list(c, t);
	out_free(t);
	free(v);
	return rc;
}

/* ---- eval summary ---- */

/* Reads stdin (the summary with --text -) into a new string; NULL when it
 * is too long or unreadable, after printing why. Caller frees. */
static char *read_stdin_text(void)
{
	size_t cap = MBO_SUMMARY_MAX * 4 + 2, len;
	char *buf = malloc(cap + 1);

	if (buf == NULL) {
		cli_fail(MBO_EFAIL, "out of memory");
		return NULL;
	}
	len = fread(buf, 1, cap, stdin);
	if (ferror(stdin)) {
		free(buf);
		cli_fail(MBO_EINVAL, "--text: reading stdin failed");
		return NULL;
	}
	if (len == cap) {
		free(buf);
		cli_fail(MBO_EINVAL, "--text: the summary on stdin is too long; keep it to %d characters",
		         MBO_SUMMARY_MAX);
		return NULL;
	}
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		len--;
	buf[len] = '\0';
	return buf;
}

static int eval_summary_exec(struct cli *c)
{
	const char *period, *text;
	char *owned = NULL;
	int64_t subject;
	int rc;

	if ((rc = cli_need(c, "text", &text)) || (rc = subject_and_period(c, &subject, &period)))
		return rc;
	if (strcmp(text, "-") == 0) {
		owned = read_stdin_text();
		if (owned == NULL)
			return MBO_EINVAL;
		text = owned;
	}
	rc = mbo_eval_summary(c->m, c->actor, subject, period, text);
	free(owned);
	return rc ? cli_core_error(c, rc) : 0;
}

/* ---- eval show ---- */

/* The summary as a block of lines, each made safe for the terminal. */
static void print_summary(const mbo_evaluation *e)
{
	const char *p = e->summary ? e->summary : "";

	if (p[0] == '\0') {
		puts("\nSummary\n  (none yet)");
		return;
	}
	{
		char *by = mbo_text_sanitize(e->summary_by, true);
		printf("\nSummary by %s, %.10s\n", by ? by : "", e->summary_at);
		free(by);
	}
	while (*p) {
		size_t len = strcspn(p, "\n");
		char *line = malloc(len + 1), *z;

		if (line == NULL)
			return;
		memcpy(line, p, len);
		line[len] = '\0';
		z = mbo_text_sanitize(line, true);
		printf("  %s\n", z ? z : "");
		free(z);
		free(line);
		p += len;
		if (*p == '\n')
			p++;
	}
}

static int eval_show_exec(struct cli *c)
{
	const char *period;
	mbo_evaluation e;
	struct out_table *t;
	int64_t subject;
	int rc;

	memset(&e, 0, sizeof e);
	if ((rc = subject_and_period(c, &subject, &period)))
		return rc;
	rc = mbo_eval_compute(c->m, c->actor, subject, period, &e);
	if (rc) {
		rc = cli_core_error(c, rc);
		mbo_evaluation_free(&e);
		return rc;
	}
	t = cli_eval_record(&e, c->format == FMT_TABLE);
	rc = out_print_record(c, t);
	if (rc == 0 && c->format == FMT_TABLE)
		print_summary(&e);
	out_free(t);
	mbo_evaluation_free(&e);
	return rc;
}

const struct cmd_entry cmd_eval_entries[] = {
	{ "eval", "rate",
	  "LOGIN --period P --relation self|superior|peer|customer|subordinate\n"
	  "         --quality N --growth N --teamwork N [--rater-name NAME] [--comment TEXT]",
	  "Gives 360-degree feedback on a person for a period: ratings 1 (poor) to 5\n"
	  "(excellent) for work quality, personal growth and teamwork, and a comment.\n"
	  "The relation must be true: self for yourself, superior for someone below\n"
	  "you, peer when their manager asked you (mbo eval request), subordinate for\n"
	  "someone above you, customer (by the person or their manager) with\n"
	  "--rater-name naming the customer. Rating again replaces your earlier\n"
	  "rating; mbo undo restores it. Prints the rating's id.\n",
	  "period= relation= quality= growth= teamwork= rater-name= comment=", 1, 1, 0, eval_rate_exec },
	{ "eval", "request", "LOGIN --period P --from PEER[,PEER...]",
	  "Asks peers (people with the same manager) for feedback on a person; for\n"
	  "a manager above the person or an admin. Asking again is no error. Prints\n"
	  "the requests' ids, one a line (JSON: {\"id\": N}, or an array of them for\n"
	  "several peers).\n",
	  "period= from=", 1, 1, 0, eval_request_exec },
	{ "eval", "requests", "[--period P]",
	  "The requests for your feedback as a peer, open ones first.\n",
	  "period=", 0, 0, CMD_READ, eval_requests_exec },
	{ "eval", "summary", "LOGIN --period P --text TEXT",
	  "Writes (or rewrites) the manager's summary of a person's period; for a\n"
	  "manager above them or an admin. --text - reads it from stdin.\n",
	  "period= text=", 1, 1, 0, eval_summary_exec },
	{ "eval", "show", "LOGIN --period P",
	  "The evaluation of a person for a period: each goal's completion (capped),\n"
	  "the quantitative score, the feedback per relation with the weights used\n"
	  "(a relation without feedback has its weight shared among the others), the\n"
	  "qualitative score, the final score and grade, the bonus and what the next\n"
	  "band is worth, the ratings and the manager's summary. For the person, a\n"
	  "manager above them or an admin; the person does not see who gave peer (or\n"
	  "subordinate) feedback while the settings keep it anonymous.\n"
	  "In JSON and CSV: completion, counted, weights and blend are ratios (1.00\n"
	  "is 100%); quantitative, qualitative and final are percentages.\n",
	  "period=", 1, 1, CMD_READ, eval_show_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
