/*
 * cmd_init.c: `mbo init`: creates the database (with its creator, or
 * --admin, as admin; with --demo a sample team), its folders made private,
 * and on a shared install its files given to the install's group.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/demo.h"
#include "mbo/text.h"

/* Creates the directories above `path` (mode 0700 for new ones). */
static int make_parent(const char *path)
{
	char dir[4096];
	char *p;

	snprintf(dir, sizeof dir, "%s", path);
	p = strrchr(dir, '/');
	if (p == NULL || p == dir)
		return 0;
	*p = '\0';
	for (p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return -1;
	return 0;
}

static void remove_db(const char *path)
{
	char buf[4200];

	unlink(path);
	snprintf(buf, sizeof buf, "%s-wal", path);
	unlink(buf);
	snprintf(buf, sizeof buf, "%s-shm", path);
	unlink(buf);
}

/* Gives a new shared database (and any -wal and -shm beside it) the mode
 * the group needs; the setgid data directory gave them the group. */
static int share_db_files(const char *path)
{
	static const char *const suffix[] = { "", "-wal", "-shm" };
	char buf[4200];
	size_t i;

	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(buf, sizeof buf, "%s%s", path, suffix[i]);
		if (chmod(buf, 0660) != 0 && !(i > 0 && errno == ENOENT))
			return -1;
	}
	return 0;
}

static int init_create(struct cli *c)
{
	const char *admin_login = cli_opt(c, "admin");
	char login[256], name[512];
	struct stat sb;
	int64_t admin = 0;
	int rc;

	/* The shared database is made once, by root, from scripts/install-shared. */
	if (c->shared && getuid() != 0)
		return cli_fail(MBO_EPERM, "%s", _("init: in a shared install only root creates the database "
		                "(scripts/install-shared does); ask your admin to add you with mbo person add"));
	if (admin_login && !mbo_login_ok(admin_login)) {
		char z[MBO_EXCERPT_CAP];
		/* The message and the rule are the core's (mbo_login_check; the
		 * catalogue holds MBO_LOGIN_RULE through db.c's copy of it). */
		return cli_fail(MBO_EINVAL, _("%s: '%s' is not a valid login; use %s"), "--admin",
		                mbo_text_excerpt(admin_login, z, sizeof z), _(MBO_LOGIN_RULE));
	}
	if (admin_login) {
		snprintf(login, sizeof login, "%s", admin_login);
		if (identity_user_name(login, name, sizeof name) != 0) {
			if (c->shared) {
				char z[MBO_EXCERPT_CAP];
				return cli_fail(MBO_EINVAL, _("--admin: there is no user '%s' on this system; create "
				                "the account first, or name one that exists"),
				                mbo_text_excerpt(login, z, sizeof z));
			}
			snprintf(name, sizeof name, "%s", login);
		}
	} else if (c->as_login) {
		snprintf(login, sizeof login, "%s", c->as_login);
		snprintf(name, sizeof name, "%s", c->as_login);
	} else if (identity_os_login(login, sizeof login, name, sizeof name) != 0) {
		return cli_fail(MBO_EPERM, _("your user id %ld has no login name"), (long)getuid());
	}
	if (stat(c->db_path, &sb) == 0 && !mbo_db_unused(c->db_path))
		return cli_fail(MBO_EINVAL, _("%s already exists: %s"), c->db_path,
		                c->shared ? _("the shared install has its database")
		                          : _("remove it or choose another --db"));
	/* A shared install's data directory is made by the install script. */
	if (!c->shared && make_parent(c->db_path) != 0)
		return cli_fail(MBO_EDB, _("cannot create the directory of %s: %s"), c->db_path,
		                strerror(errno));

	rc = mbo_open(c->db_path, MBO_OPEN_CREATE, &c->m);
	if (rc == 0) {
		rc = mbo_bootstrap_admin(c->m, login, name, &admin);
		if (rc == MBO_EINVAL && strcmp(name, login) != 0)
			rc = mbo_bootstrap_admin(c->m, login, login, &admin);
	}
	if (rc == 0 && cli_flag(c, "demo"))
		rc = mbo_demo_populate(c->m, admin, c->today);
	if (rc) {
		rc = cli_core_error(c, rc);
		mbo_close(c->m);
		c->m = NULL;
		remove_db(c->db_path);
		return rc;
	}
	mbo_close(c->m);
	c->m = NULL;
	if (c->shared && share_db_files(c->db_path) != 0)
		return cli_fail(MBO_EDB, _("cannot give %s the group's mode 0660: %s"), c->db_path,
		                strerror(errno));
	cli_fail(0, _("created %s"), c->db_path);
	return 0;
}

static int init_exec(struct cli *c)
{
	int rc = init_create(c);

	identity_drop_privilege(c);
	return rc;
}

const struct cmd_entry cmd_init_entries[] = {
	{ "init", NULL, "[--demo] [--admin LOGIN]",
	  N_("Creates the database (see --db) with you as its admin. --demo adds a sample\n"
	     "sales team with a quarter of goals, check-ins and tasks around today.\n"
	     "--admin LOGIN makes that user the admin instead (their name is taken from\n"
	     "the system's user list when they have an account). In a shared install\n"
	     "only root creates the database; scripts/install-shared does.\n"),
	  "demo admin=", 0, 0, CMD_NODB, init_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
