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
#include "mbo/i18n.h"
#include "eval_out.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
#include "mbo/text.h"

static int subject_and_period(struct cli *c, int64_t *subject, const char **period)
{
	mbo_day first, last;
	int rc;

	if ((rc = cli_need(c, "period", period)) ||
	    (rc = cli_parse_period(c, "--period", *period, &first, &last)) ||
	    /* TRANSLATORS: the name of the LOGIN argument in an error. */
	    (rc = cli_parse_person(c, _("login"), c->pos[0], subject)))
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
			puts(_("replaced the earlier rating; mbo undo restores it"));
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
			char z[MBO_EXCERPT_CAP];
			return cli_fail(MBO_EINVAL, _("--from: '%s' is not a list of logins; write PEER[,PEER...]"),
			                mbo_text_excerpt(from, z, sizeof z));
		}
		if (n == MAX_PEERS)
			return cli_usage_error(c, P_("--from: at most %d peer at once",
			                             "--from: at most %d peers at once", MAX_PEERS),
			                       MAX_PEERS);
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
				cli_fail(rc, P_("the first %zu request was recorded",
				                "the first %zu requests were recorded", i), i);
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
	out_col_head(t, "id", _("ID"), OUT_NUMBER, 0);
	out_col_head(t, "subject", _("SUBJECT"), OUT_TEXT, 0);
	out_col_head(t, "period", _("PERIOD"), OUT_TEXT, 0);
	out_col_head(t, "requested_by", _("REQUESTED BY"), OUT_TEXT, 0);
	/* TRANSLATORS: a column header: whether the feedback was given. */
	out_col_head(t, "done", _("DONE"), OUT_BOOL, 0);
	for (i = 0; i < n; i++) {
		out_row(t);
		out_int(t, v[i].id);
		out_text(t, v[i].subject);
		out_text(t, v[i].period);
		out_text(t, v[i].requested_by);
		out_bool(t, v[i].done);
	}
	if (n == 0 && c->format == FMT_TABLE)
		puts(_("Nobody has asked you for feedback."));
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
		cli_fail(MBO_EFAIL, "%s", _("out of memory"));
		return NULL;
	}
	len = fread(buf, 1, cap, stdin);
	if (ferror(stdin)) {
		free(buf);
		cli_fail(MBO_EINVAL, "%s", _("--text: reading stdin failed"));
		return NULL;
	}
	if (len == cap) {
		free(buf);
		cli_fail(MBO_EINVAL, _("--text: the summary on stdin is too long; keep it to %d characters"),
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
		printf("\n%s\n  %s\n", _("Summary"), _("(none yet)"));
		return;
	}
	{
		char *by = mbo_text_sanitize(e->summary_by, true);
		/* TRANSLATORS: the title of the manager's summary: who wrote it,
		   and the day (2026-11-27). */
		putchar('\n');
		printf(_("Summary by %s, %.10s"), by ? by : "", e->summary_at);
		putchar('\n');
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
	  N_("Gives 360-degree feedback on a person for a period: ratings 1 (poor) to 5\n"
	     "(excellent) for work quality, personal growth and teamwork, and a comment.\n"
	     "The relation must be true: self for yourself, superior for someone below\n"
	     "you, peer when their manager asked you (mbo eval request), subordinate for\n"
	     "someone above you, customer (by the person or their manager) with\n"
	     "--rater-name naming the customer. Rating again replaces your earlier\n"
	     "rating; mbo undo restores it. Prints the rating's id.\n"),
	  "period= relation= quality= growth= teamwork= rater-name= comment=", 1, 1, 0, eval_rate_exec },
	{ "eval", "request", "LOGIN --period P --from PEER[,PEER...]",
	  N_("Asks peers (people with the same manager) for feedback on a person; for\n"
	     "a manager above the person or an admin. Asking again is no error. Prints\n"
	     "the requests' ids, one a line (JSON: {\"id\": N}, or an array of them for\n"
	     "several peers).\n"),
	  "period= from=", 1, 1, 0, eval_request_exec },
	{ "eval", "requests", "[--period P]",
	  N_("The requests for your feedback as a peer, open ones first.\n"),
	  "period=", 0, 0, CMD_READ, eval_requests_exec },
	{ "eval", "summary", "LOGIN --period P --text TEXT",
	  N_("Writes (or rewrites) the manager's summary of a person's period; for a\n"
	     "manager above them or an admin. --text - reads it from stdin.\n"),
	  "period= text=", 1, 1, 0, eval_summary_exec },
	{ "eval", "show", "LOGIN --period P",
	  N_("The evaluation of a person for a period: each goal's completion (capped),\n"
	     "the quantitative score, the feedback per relation with the weights used\n"
	     "(a relation without feedback has its weight shared among the others), the\n"
	     "qualitative score, the final score and grade, the bonus and what the next\n"
	     "band is worth, the ratings and the manager's summary. For the person, a\n"
	     "manager above them or an admin; the person does not see who gave peer (or\n"
	     "subordinate) feedback while the settings keep it anonymous.\n"
	     "In JSON and CSV: completion, counted, weights and blend are ratios (1.00\n"
	     "is 100%); quantitative, qualitative and final are percentages.\n"),
	  "period=", 1, 1, CMD_READ, eval_show_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
