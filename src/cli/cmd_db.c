/*
 * cmd_db.c: the commands that look after the database file: `mbo backup`
 * (admin only, checked in the core) and `mbo check` (integrity).
 */
#include <stdio.h>

#include "cli.h"
#include "mbo/i18n.h"

static int backup_exec(struct cli *c)
{
	int rc = mbo_backup(c->m, c->actor, c->pos[0]);

	if (rc)
		return cli_core_error(c, rc);
	return 0;
}

static int check_exec(struct cli *c)
{
	int rc = mbo_check(c->m);

	if (rc)
		return cli_core_error(c, rc);
	if (c->format == FMT_JSON)
		puts("{\"ok\": true}");
	else
		puts(_("ok"));
	return 0;
}

const struct cmd_entry cmd_db_entries[] = {
	{ "backup", NULL, "FILE",
	  N_("Copies the whole database to FILE while others keep working (admin).\n"),
	  "", 1, 1, 0, backup_exec },
	{ "check", NULL, "",
	  N_("Checks the database file for damage; exit 6 when it is damaged.\n"),
	  "", 0, 0, CMD_NOACTOR, check_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
