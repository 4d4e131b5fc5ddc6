/*
 * cmd_settings.c: `mbo settings list` and `mbo settings set` (admin): the
 * thresholds the core keeps in the database.
 */
#include <stdio.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/setting.h"

static int settings_list_exec(struct cli *c)
{
	mbo_setting *v = NULL;
	size_t n = 0, i;
	struct out_table *t;
	int rc = mbo_setting_list(c->m, &v, &n);

	if (rc)
		return cli_core_error(c, rc);
	t = out_new();
	/* TRANSLATORS: a column header: the name of a setting. */
	out_col_head(t, "key", _("KEY"), OUT_TEXT, 0);
	out_col_head(t, "value", _("VALUE"), OUT_TEXT, OUT_CAP);
	for (i = 0; i < n; i++) {
		out_row(t);
		out_text(t, v[i].key);
		out_text(t, v[i].value);
	}
	rc = out_print_list(c, t);
	out_free(t);
	mbo_setting_list_free(v, n);
	return rc;
}

static int settings_set_exec(struct cli *c)
{
	int rc = mbo_setting_set(c->m, c->actor, c->pos[0], c->pos[1]);

	if (rc)
		return cli_core_error(c, rc);
	return 0;
}

const struct cmd_entry cmd_settings_entries[] = {
	{ "settings", "list", "",
	  N_("Lists the thresholds of the SMART check, pace bands and alerts.\n"),
	  "", 0, 0, CMD_READ, settings_list_exec },
	{ "settings", "set", "KEY VALUE",
	  N_("Sets a threshold (admin), e.g. mbo settings set pace.on_track 0.9\n"),
	  "", 2, 2, 0, settings_set_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
