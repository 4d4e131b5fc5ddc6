/*
 * identity.c: who is acting. The actor is the operating-system login of the
 * real user (getpwuid(getuid()), never $USER, which anyone can set). With a
 * personal database file its owner may act as anyone (--as LOGIN, for demos
 * and tests); nobody else may, so on a shared install the rules of the core
 * hold for every user.
 */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "mbo/text.h"

int identity_os_login(char *buf, size_t cap, char *name, size_t name_cap)
{
	struct passwd *pw = getpwuid(getuid());

	if (pw == NULL || pw->pw_name == NULL || pw->pw_name[0] == '\0')
		return -1;
	snprintf(buf, cap, "%s", pw->pw_name);
	if (name) {
		/* The GECOS field's first part is the full name. */
		const char *g = pw->pw_gecos ? pw->pw_gecos : "";
		size_t n = strcspn(g, ",");
		if (n == 0 || n >= name_cap) {
			snprintf(name, name_cap, "%s", pw->pw_name);
		} else {
			memcpy(name, g, n);
			name[n] = '\0';
		}
	}
	return 0;
}

int identity_resolve(struct cli *c)
{
	char login[256];
	int rc;

	if (c->as_login) {
		struct stat sb;

		if (stat(c->db_path, &sb) != 0 || sb.st_uid != getuid())
			return cli_fail(MBO_EPERM,
			                "--as: only the owner of the database file may act as someone else");
		snprintf(login, sizeof login, "%s", c->as_login);
	} else if (identity_os_login(login, sizeof login, NULL, 0) != 0) {
		return cli_fail(MBO_EPERM, "your user id %ld has no login name; ask an admin",
		                (long)getuid());
	}
	rc = mbo_person_find(c->m, login, &c->me);
	if (rc == MBO_ENOTFOUND || (rc == MBO_OK && !c->me.active)) {
		char *s = mbo_text_sanitize(login, true);
		if (rc == MBO_OK)
			cli_fail(MBO_EPERM, "%s is no longer active in this database; ask an admin", s ? s : "");
		else if (c->as_login)
			cli_fail(MBO_EPERM, "--as: %s is not a person in this database; see mbo person list",
			         s ? s : "");
		else
			cli_fail(MBO_EPERM,
			         "you (%s) are not a person in this database; ask an admin to run "
			         "`mbo person add %s --name ...`", s ? s : "", s ? s : "");
		free(s);
		return MBO_EPERM;
	}
	if (rc)
		return cli_core_error(c, rc);
	c->actor = c->me.id;
	return 0;
}
