/*
 * cmd_import.c: `mbo import checkins FILE.csv [--dry-run]`, check-ins from
 * a CSV file such as a CRM export (import.h). All or nothing: when a row is
 * bad nothing is written, and stderr gives the first ERRORS_SHOWN bad lines
 * with their numbers and reasons, each once, then one line with how many
 * more (or in all) and that nothing was imported. On success it prints the
 * number of check-ins imported
 * (or, with --dry-run, that would be, followed by the rows themselves).
 * FILE `-` reads standard input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/import.h"
#include "mbo/text.h"

/* Bad lines listed one a line; the rest are counted. */
#define ERRORS_SHOWN 10

/* Reads all of stdin into a new buffer (*len bytes); MBO_OK or an exit code
 * after printing why. Caller frees *out. */
static int read_stdin(char **out, size_t *len)
{
	size_t cap = 65536, n = 0, got;
	char *buf = malloc(cap), *p;

	*out = NULL;
	*len = 0;
	if (buf == NULL)
		return cli_fail(MBO_EFAIL, "%s", _("out of memory"));
	while ((got = fread(buf + n, 1, cap - n, stdin)) > 0) {
		n += got;
		if (n > MBO_IMPORT_MAX_BYTES) {
			free(buf);
			return cli_fail(MBO_EINVAL, _("stdin: is larger than %zu MiB; split it and import the parts"),
			                MBO_IMPORT_MAX_BYTES / (1024 * 1024));
		}
		if (n == cap) {
			cap *= 2;
			p = realloc(buf, cap);
			if (p == NULL) {
				free(buf);
				return cli_fail(MBO_EFAIL, "%s", _("out of memory"));
			}
			buf = p;
		}
	}
	if (ferror(stdin)) {
		free(buf);
		return cli_fail(MBO_EINVAL, "%s", _("stdin: reading failed"));
	}
	*out = buf;
	*len = n;
	return MBO_OK;
}

/* The rows a dry run would write. */
static struct out_table *row_table(const mbo_import_result *r)
{
	struct out_table *t = out_new();
	size_t i;

	out_col_head(t, "line", _("LINE"), OUT_NUMBER, 0);
	out_col_head(t, "goal", _("GOAL"), OUT_NUMBER, 0);
	out_col_head(t, "date", _("DATE"), OUT_DATE, 0);
	out_col_head(t, "value", _("VALUE"), OUT_NUMBER, 0);
	out_col_head(t, "note", _("NOTE"), OUT_TEXT, OUT_CAP);
	for (i = 0; i < r->ngood; i++) {
		out_row(t);
		out_int(t, (int64_t)r->good[i].line);
		out_int(t, r->good[i].goal_id);
		out_date(t, r->good[i].day);
		out_dec(t, r->good[i].value);
		out_text(t, r->good[i].note && r->good[i].note[0] ? r->good[i].note : NULL);
	}
	return t;
}

/* The result for scripts: {"count", "goals", "dry_run", "change"} and, for
 * a dry run, the rows as "checkins". */
static int print_script(struct cli *c, const mbo_import_result *r, bool dry_run)
{
	struct out_table *t = out_new();
	int rc;

	out_col(t, "count", OUT_NUMBER, 0);
	out_int(t, (int64_t)(dry_run ? r->ngood : r->imported));
	out_col(t, "goals", OUT_NUMBER, 0);
	out_int(t, (int64_t)r->goals);
	out_col(t, "dry_run", OUT_BOOL, 0);
	out_bool(t, dry_run);
	out_col(t, "change", OUT_NUMBER, 0);
	out_id(t, r->change_id);
	if (dry_run)
		out_section(t, "checkins", _("Check-ins"), row_table(r));
	rc = out_print_record(c, t);
	out_free(t);
	return rc;
}

static int print_table(struct cli *c, const mbo_import_result *r, bool dry_run)
{
	size_t count = dry_run ? r->ngood : r->imported;
	struct out_table *t;
	int rc;

	printf("%zu\n", count);
	if (count == 0) {
		puts(_("nothing to import: the file has a header and no rows"));
		return 0;
	}
	if (!dry_run) {
		/* TRANSLATORS: "on %zu goal(s)" follows: imported 3 check-ins on 2
		   goals as one change. */
		printf(P_("imported %zu check-in", "imported %zu check-ins", count), count);
		printf(P_(" on %zu goal as one change; mbo undo takes them all back",
		          " on %zu goals as one change; mbo undo takes them all back", r->goals),
		       r->goals);
		putchar('\n');
		return 0;
	}
	/* TRANSLATORS: "on %zu goal(s)" follows: would import 3 check-ins on 2
	   goals; nothing was written. */
	printf(P_("would import %zu check-in", "would import %zu check-ins", count), count);
	printf(P_(" on %zu goal; nothing was written (dry run)",
	          " on %zu goals; nothing was written (dry run)", r->goals), r->goals);
	fputs("\n\n", stdout);
	t = row_table(r);
	rc = out_print_list(c, t);
	out_free(t);
	return rc;
}

/*
 * The bad lines of a refused import on stderr: the first ERRORS_SHOWN, one
 * a line with its number and reason, then the count of the rest, or of all
 * when none is left, and that nothing was imported: 1,000 bad lines take 11
 * lines. Returns rc.
 */
static int print_bad_lines(const mbo_import_result *r, int rc)
{
	size_t i, rest;

	for (i = 0; i < r->nerrors && i < ERRORS_SHOWN; i++) {
		char *z = mbo_text_sanitize(r->errors[i].reason, true);
		fputs("mbo: ", stderr);
		fprintf(stderr, _("line %zu: %s"), r->errors[i].line, z ? z : "");
		fputc('\n', stderr);
		free(z);
	}
	fputs("mbo: ", stderr);
	rest = r->nerrors - i;
	if (rest > 0)
		/* TRANSLATORS: the last line after the first 10 bad lines of a
		   refused import: and 990 more lines with errors */
		fprintf(stderr, P_("and %zu more line with an error; nothing imported",
		                   "and %zu more lines with errors; nothing imported", rest), rest);
	else
		/* TRANSLATORS: the last line after every bad line of a refused
		   import is listed: 5 lines with errors */
		fprintf(stderr, P_("%zu line with an error; nothing imported",
		                   "%zu lines with errors; nothing imported", r->nerrors), r->nerrors);
	fputc('\n', stderr);
	return rc;
}

static int import_checkins_exec(struct cli *c)
{
	const char *path = c->pos[0];
	bool dry_run = cli_flag(c, "dry-run");
	int flags = (dry_run ? MBO_IMPORT_DRY_RUN : 0) |
	            (cli_flag(c, "allow-duplicates") ? MBO_IMPORT_ALLOW_DUPLICATES : 0);
	mbo_import_result r;
	int rc;

	memset(&r, 0, sizeof r);
	if (strcmp(path, "-") == 0) {
		char *buf;
		size_t len;

		if ((rc = read_stdin(&buf, &len)))
			return rc;
		rc = mbo_import_checkins(c->m, c->actor, buf, len, flags, &r);
		free(buf);
	} else {
		rc = mbo_import_checkins_file(c->m, c->actor, path, flags, &r);
	}
	if (rc) {
		/* Bad lines: listed here rather than in the core's one-line
		 * message, which would repeat the first of them. */
		if (rc == MBO_EINVAL && r.nerrors > 0)
			rc = print_bad_lines(&r, rc);
		else
			rc = cli_core_error(c, rc);
		mbo_import_result_free(&r);
		return rc;
	}
	if (c->format == FMT_TABLE)
		rc = print_table(c, &r, dry_run);
	else
		rc = print_script(c, &r, dry_run);
	mbo_import_result_free(&r);
	return rc;
}

const struct cmd_entry cmd_import_entries[] = {
	{ "import", "checkins", "FILE.csv [--dry-run] [--allow-duplicates]",
	  N_("Imports check-ins from a CSV file (a CRM export; - reads stdin): UTF-8\n"
	     "with or without a byte order mark, CRLF or LF, quoted fields as RFC 4180.\n"
	     "The first line names the columns, in any order: goal (the goal's id),\n"
	     "date (YYYY-MM-DD), value, and optionally note and login (checked against\n"
	     "the goal's owner); other columns are ignored. Every row is checked as\n"
	     "mbo checkin would; one bad row imports nothing: the first 10 bad lines\n"
	     "are listed with their numbers and reasons, then how many more (exit 3).\n"
	     "Otherwise all rows go in as one change, which mbo undo takes back as a\n"
	     "whole. Prints how many check-ins were imported; --dry-run checks, writes\n"
	     "nothing and shows the rows that would be imported. A row equal to a\n"
	     "check-in already recorded (same goal, date, value and note) is a bad\n"
	     "line, so a file imported twice does not count twice; --allow-duplicates\n"
	     "accepts such rows.\n"),
	  "dry-run allow-duplicates", 1, 1, 0, import_checkins_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
