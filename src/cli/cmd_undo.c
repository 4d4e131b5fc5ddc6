/*
 * cmd_undo.c: `mbo undo`: takes back the acting person's last change, as
 * the core's change journal allows (mbo_undo_last).
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/text.h"
#include "mbo/undo.h"

static int undo_exec(struct cli *c)
{
	char summary[512] = "";
	char shown[600];
	char *s;
	int rc = mbo_undo_last(c->m, c->actor, summary, sizeof summary);

	if (rc)
		return cli_core_error(c, rc);
	if (c->format == FMT_JSON) {
		fputs("{\"undone\": ", stdout);
		out_json_string(stdout, summary);
		fputs("}\n", stdout);
	} else {
		/* The stored summary is English; the reader sees it in the
		 * language of the session. */
		s = mbo_text_sanitize(mbo_change_summary_show(summary, shown,
		                                              sizeof shown), true);
		printf(_("undone: %s"), s ? s : "");
		putchar('\n');
		free(s);
	}
	return 0;
}

const struct cmd_entry cmd_undo_entries[] = {
	{ "undo", NULL, "",
	  N_("Undoes your own last change (a whole command), unless someone has since\n"
	     "changed the same things.\n"),
	  "", 0, 0, 0, undo_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
