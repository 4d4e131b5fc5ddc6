/*
 * cmd_checkin.c: recording progress: `mbo checkin GOAL VALUE`. Prints the
 * new check-in's id and, in a table, a line saying where the goal stands now.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/checkin.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
#include "mbo/progress.h"
#include "mbo/text.h"

/* "goal 3 (Revenue Q4): actual 100.00 of 1,000.00 CNY; pace 107% (on track)" */
static void summary(struct cli *c, int64_t goal_id)
{
	mbo_goal g;
	mbo_progress p;
	char a[40], t[40];
	char *title, *unit;

	mbo_goal_init(&g);
	memset(&p, 0, sizeof p);
	if (mbo_goal_get(c->m, c->actor, goal_id, &g) != 0 ||
	    mbo_progress_compute(c->m, &g, c->today, &p) != 0) {
		mbo_goal_clear(&g);
		return;
	}
	title = mbo_text_sanitize(g.title, true);
	unit = mbo_text_sanitize(g.unit, true);
	/* TRANSLATORS: after a check-in: goal 3 (Revenue Q4): actual 100.00 of
	   1,000.00 CNY; the pace and the status follow. */
	printf(_("goal %lld (%s): actual %s of %s %s"), (long long)g.id, title ? title : "",
	       mbo_dec_format(p.actual, 2, true, a), mbo_dec_format(g.target, 2, true, t),
	       unit ? unit : "");
	if (p.has_pace)
		printf(_("; pace %s"), mbo_fmt_pct(p.pace, 0, a));
	/* TRANSLATORS: the brackets around the pace status word ("on track")
	   that ends the line after a check-in. */
	fputs(_(" ("), stdout);
	out_colored(c, stdout, mbo_fmt_pace_tone(p.status), mbo_fmt_pace_word(p.status));
	/* TRANSLATORS: the closing bracket of " (". */
	fputs(_(")"), stdout);
	fputc('\n', stdout);
	free(title);
	free(unit);
	mbo_goal_clear(&g);
}

static int checkin_exec(struct cli *c)
{
	const char *s;
	mbo_day day = c->today;
	mbo_dec value;
	int64_t goal, id = 0;
	int rc;

	/* TRANSLATORS: "goal" and "value" name the arguments in errors such as
	   "value: 'x' is not a number". */
	if ((rc = cli_parse_id(c, "goal", "mbo goal list", c->pos[0], &goal)) ||
	    (rc = cli_parse_dec(c, _("value"), c->pos[1], &value)))
		return rc;
	if ((s = cli_opt(c, "date")) && (rc = cli_parse_day(c, "--date", s, &day)))
		return rc;
	rc = mbo_checkin_add(c->m, c->actor, goal, day, value, cli_opt(c, "note"), &id);
	if (rc)
		return cli_core_error(c, rc);
	out_new_id(c, id);
	if (c->format == FMT_TABLE)
		summary(c, goal);
	return 0;
}

const struct cmd_entry cmd_checkin_entries[] = {
	{ "checkin", NULL, "GOAL VALUE [--date DATE] [--note TEXT]",
	  N_("Records progress on a goal: for a sum goal the value adds to the total (e.g.\n"
	     "today's revenue), for a level goal it is the new level. Prints the new\n"
	     "check-in's id, then where the goal stands.\n"),
	  "date= note=", 2, 2, 0, checkin_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
