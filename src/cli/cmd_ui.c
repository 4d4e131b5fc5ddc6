/*
 * cmd_ui.c: `mbo ui`, the terminal UI (src/tui). `mbo` with no command runs
 * it when both standard input and output are terminals, and prints
 * `mbo status` otherwise, so `mbo | cat` in a script still gives text.
 */
#include <stdlib.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "tui.h"

static int ui_exec(struct cli *c)
{
	/* The UI reads NO_COLOR itself; --no-color says the same. */
	if (c->no_color)
		setenv("NO_COLOR", "1", 1);
	/* A refused config file (c->config_err) stops every other command;
	 * the UI starts with the defaults and says why on its message line. */
	return tui_run(c->m, c->actor, &c->config, c->config_err);
}

const struct cmd_entry cmd_ui_entries[] = {
	{ "ui", NULL, "",
	  N_("Opens the terminal UI: your goals, the team, alerts, evaluation. `mbo`\n"
	     "alone does the same on a terminal. Press ? inside for every key.\n"),
	  "", 0, 0, 0, ui_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
