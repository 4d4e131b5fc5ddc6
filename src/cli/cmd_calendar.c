/*
 * cmd_calendar.c: the work calendar: list the exceptions to Monday-Friday,
 * mark a holiday or an extra workday, clear an exception (admin).
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/calendar.h"
#include "mbo/fmt.h"

static int calendar_list_exec(struct cli *c)
{
	mbo_calendar_entry *v = NULL;
	size_t n = 0, i;
	struct out_table *t;
	mbo_day from, to;
	const char *s = cli_opt(c, "period");
	int rc;

	mbo_day_from_ymd(1, 1, 1, &from);
	mbo_day_from_ymd(9999, 12, 31, &to);
	if (s && (rc = cli_parse_period(c, "--period", s, &from, &to)))
		return rc;
	rc = mbo_calendar_list(c->m, from, to, &v, &n);
	if (rc)
		return cli_core_error(c, rc);
	t = out_new();
	out_col_head(t, "date", _("DATE"), OUT_DATE, 0);
	out_col_head(t, "kind", _("KIND"), OUT_TEXT, 0);
	/* TRANSLATORS: the header of a holiday's name (国庆节), not a person's. */
	out_col_head(t, "name", C_("holiday", "NAME"), OUT_TEXT, OUT_CAP);
	for (i = 0; i < n; i++) {
		out_row(t);
		out_date(t, v[i].day);
		out_word(t, v[i].kind == MBO_DAY_HOLIDAY ? "holiday" : "workday", mbo_fmt_day_kind_word(v[i].kind),
		         MBO_TONE_PLAIN);
		out_text(t, v[i].name);
	}
	rc = out_print_list(c, t);
	out_free(t);
	free(v);
	return rc;
}

static int calendar_set(struct cli *c, int kind)
{
	mbo_day day;
	int rc;

	if ((rc = cli_parse_day(c, _("date"), c->pos[0], &day)))
		return rc;
	rc = mbo_calendar_set(c->m, c->actor, day, kind, c->npos > 1 ? c->pos[1] : "");
	return rc ? cli_core_error(c, rc) : 0;
}

static int calendar_holiday_exec(struct cli *c)
{
	return calendar_set(c, MBO_DAY_HOLIDAY);
}

static int calendar_workday_exec(struct cli *c)
{
	return calendar_set(c, MBO_DAY_WORKDAY);
}

static int calendar_clear_exec(struct cli *c)
{
	mbo_day day;
	int rc;

	if ((rc = cli_parse_day(c, _("date"), c->pos[0], &day)))
		return rc;
	rc = mbo_calendar_unset(c->m, c->actor, day);
	return rc ? cli_core_error(c, rc) : 0;
}

const struct cmd_entry cmd_calendar_entries[] = {
	{ "calendar", "list", "[--period P]",
	  N_("Lists holidays and extra workdays (all, or those in a period).\n"),
	  "period=", 0, 0, CMD_READ, calendar_list_exec },
	{ "calendar", "holiday", "DATE [NAME]",
	  N_("Marks a day as a holiday (admin).\n"),
	  "", 1, 2, 0, calendar_holiday_exec },
	{ "calendar", "workday", "DATE [NAME]",
	  N_("Marks a day as an extra workday, e.g. a Saturday worked for a holiday (admin).\n"),
	  "", 1, 2, 0, calendar_workday_exec },
	{ "calendar", "clear", "DATE",
	  N_("Removes a holiday or extra workday; the day follows Monday-Friday again (admin).\n"),
	  "", 1, 1, 0, calendar_clear_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
