/*
 * cmd_person.c: people and the org tree: person add, person list, person
 * move (a new manager; the core refuses a cycle), and person deactivate and
 * activate (the rules are mbo_person_set_active's).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/fmt.h"
#include "mbo/person.h"
#include "mbo/text.h"

static int person_add_exec(struct cli *c)
{
	const char *name = cli_opt(c, "name"), *role_s = cli_opt(c, "role");
	char os_name[512];
	int role = MBO_ROLE_SALES, rc;
	int64_t id = 0;

	/* Without --name, the full name of the system's user of that login. */
	if (name == NULL) {
		char z[MBO_EXCERPT_CAP];
		if (identity_user_name(c->pos[0], os_name, sizeof os_name) != 0)
			return cli_usage_error(c, _("--name: '%s' is not a user of this system; give --name NAME"),
			                       mbo_text_excerpt(c->pos[0], z, sizeof z));
		name = os_name;
	}
	if (role_s) {
		rc = cli_parse_enum(c, "--role", role_s, mbo_role_parse, "sales, manager, admin", &role);
		if (rc)
			return rc;
	}
	/* `--manager ''` is not "no manager": leaving --manager out is. */
	if (cli_opt(c, "manager") && cli_opt(c, "manager")[0] == '\0')
		return cli_fail(MBO_EINVAL, "%s", _("--manager: is empty; give the manager's login, or "
		                "leave --manager out for none"));
	rc = mbo_person_add(c->m, c->actor, c->pos[0], name, role, cli_opt(c, "manager"), &id);
	if (rc)
		return cli_core_error(c, rc);
	out_new_id(c, id);
	return 0;
}

static int person_list_exec(struct cli *c)
{
	mbo_person *v = NULL;
	size_t n = 0, i;
	bool all = cli_flag(c, "all");
	struct out_table *t;
	int rc = mbo_person_list(c->m, &v, &n);

	if (rc)
		return cli_core_error(c, rc);
	t = out_new();
	out_col_head(t, "id", _("ID"), OUT_NUMBER, 0);
	out_col_head(t, "login", _("LOGIN"), OUT_TEXT, 0);
	/* TRANSLATORS: a column header: a person's full name. */
	out_col_head(t, "name", _("NAME"), OUT_TEXT, OUT_CAP);
	out_col_head(t, "role", _("ROLE"), OUT_TEXT, 0);
	out_col_head(t, "manager", _("MANAGER"), OUT_TEXT, 0);
	/* TRANSLATORS: a column header: whether the person is active (yes, no). */
	out_col_head(t, "active", _("ACTIVE"), OUT_BOOL, OUT_OPTIONAL);
	for (i = 0; i < n; i++) {
		if (!all && !v[i].active)
			continue;
		out_row(t);
		out_int(t, v[i].id);
		out_text(t, v[i].login);
		out_text(t, v[i].name);
		out_word(t, mbo_role_name(v[i].role), mbo_fmt_role_word(v[i].role), MBO_TONE_PLAIN);
		out_text(t, v[i].manager_id ? v[i].manager : NULL);
		out_bool(t, v[i].active);
	}
	rc = out_print_list(c, t);
	out_free(t);
	free(v);
	return rc;
}

static int person_move_exec(struct cli *c)
{
	const char *manager = cli_opt(c, "manager");
	bool root = cli_flag(c, "root");
	int64_t id;
	int rc;

	if ((manager == NULL) == !root)
		return cli_usage_error(c, "%s", _("give either --manager LOGIN or --root"));
	/* `--manager ''` would move them to the top, which only --root says. */
	if (manager && manager[0] == '\0')
		return cli_fail(MBO_EINVAL, "%s", _("--manager: is empty; give the new manager's login, "
		                "or --root for none"));
	/* TRANSLATORS: the name of the LOGIN argument in an error. */
	rc = cli_parse_person(c, _("person"), c->pos[0], &id);
	if (rc)
		return rc;
	rc = mbo_person_set_manager(c->m, c->actor, id, root ? NULL : manager);
	if (rc)
		return cli_core_error(c, rc);
	return 0;
}

static int person_deactivate_exec(struct cli *c)
{
	mbo_person_active_info info;
	bool close = cli_flag(c, "close-goals");
	int64_t id;
	int rc;

	/* TRANSLATORS: the name of the LOGIN argument in an error. */
	rc = cli_parse_person(c, _("person"), c->pos[0], &id);
	if (rc)
		return rc;
	rc = mbo_person_set_active(c->m, c->actor, id, false, close ? MBO_DEACTIVATE_CLOSE_GOALS : 0,
	                           cli_opt(c, "reason"), &info);
	/* Refused for open goals alone: the core says what to do in plain
	 * words; name the option that does it. */
	if (rc == MBO_EINVAL && !close && info.active_reports == 0 && info.open_active + info.open_proposed > 0) {
		char *z = mbo_text_sanitize(mbo_errmsg(c->m), true);
		cli_fail(rc, _("%s (--close-goals)"), z ? z : _("out of memory"));
		free(z);
		return rc;
	}
	if (rc)
		return cli_core_error(c, rc);
	if (info.closed_achieved + info.closed_missed + info.closed_cancelled > 0)
		cli_fail(0, _("closed %s's open goals: %zu achieved, %zu missed, %zu cancelled; "
		         "see mbo goal list --owner %s"), c->pos[0], info.closed_achieved,
		         info.closed_missed, info.closed_cancelled, c->pos[0]);
	return 0;
}

static int person_activate_exec(struct cli *c)
{
	int64_t id;
	int rc;

	/* TRANSLATORS: the name of the LOGIN argument in an error. */
	rc = cli_parse_person(c, _("person"), c->pos[0], &id);
	if (rc)
		return rc;
	rc = mbo_person_set_active(c->m, c->actor, id, true, 0, NULL, NULL);
	if (rc)
		return cli_core_error(c, rc);
	return 0;
}

const struct cmd_entry cmd_person_entries[] = {
	{ "person", "add", "LOGIN [--name NAME] [--role sales|manager|admin] [--manager LOGIN]",
	  N_("Adds a person (admin). LOGIN is their operating-system login; the name is\n"
	     "that user's full name on this system unless given; the role is sales\n"
	     "unless given. Prints the new person's id.\n"),
	  "name= role= manager=", 1, 1, 0, person_add_exec },
	{ "person", "list", "[--all]",
	  N_("Lists the active people in the order of the org tree; --all includes\n"
	     "those deactivated (ACTIVE no).\n"),
	  "all", 0, 0, CMD_READ, person_list_exec },
	{ "person", "move", "LOGIN (--manager LOGIN | --root)",
	  N_("Puts a person under another manager, or at the top (admin). A move that\n"
	     "would make someone their own manager is refused.\n"),
	  "manager= root", 1, 1, 0, person_move_exec },
	{ "person", "deactivate", "LOGIN [--close-goals] [--reason TEXT]",
	  N_("Deactivates a person who left or moved on (admin; not yourself). They can\n"
	     "no longer use mbo, are left out of the team roll-up and cascades, and\n"
	     "cannot be given goals, check-ins or tasks; what they did stays readable.\n"
	     "Refused while they have active direct reports (move them first with\n"
	     "mbo person move) or open goals: --close-goals closes those as well, a\n"
	     "goal met so far as achieved, one not yet started or proposed as\n"
	     "cancelled, the others as missed, with --reason in their history.\n"
	     "mbo undo takes it all back.\n"),
	  "close-goals reason=", 1, 1, 0, person_deactivate_exec },
	{ "person", "activate", "LOGIN",
	  N_("Reactivates a person (admin). Their manager must be active; the goals\n"
	     "closed when they left stay closed.\n"),
	  "", 1, 1, 0, person_activate_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
