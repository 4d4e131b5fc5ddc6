/*
 * identity.c: who is acting, and with what privilege.
 *
 * The actor is the operating-system login of the real user
 * (getpwuid(getuid()), never $USER or $LOGNAME, which anyone can set). With a
 * personal database file its owner may act as anyone (--as LOGIN, for demos
 * and tests); nobody else may.
 *
 * A shared install (scripts/install-shared) puts mbo setgid to a group that
 * alone may open the database directory, so users reach the data only
 * through mbo and the rules of the core hold for every user. Then mbo:
 * - takes the database path from PREFIX/etc/mbo.conf beside the binary, a
 *   file that root and only root can have written (checked up to "/"), else
 *   from the path compiled in (MBO_SHARED_DB); never from --db or MBO_DB;
 * - ignores --as, MBO_TODAY and the terminfo variables, reads the rest of
 *   the environment with secure_getenv (display preferences aside);
 * - opens the database with the group privilege, makes sure SQLite holds
 *   the database, its -wal and its -shm open, and then drops the privilege
 *   for good (setresgid to the real group id), before it resolves the actor,
 *   opens any file a user names (backup, import) or runs any program.
 * docs/permissions.md, "The shared install", says why.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/text.h"

#ifndef MBO_SHARED_DB
#define MBO_SHARED_DB "/var/lib/mbo/mbo.db"
#endif

/* Copies the full name of a passwd entry (the GECOS field's first part, else
 * the login) into name. */
static void gecos_name(const struct passwd *pw, char *name, size_t name_cap)
{
	const char *g = pw->pw_gecos ? pw->pw_gecos : "";
	size_t n = strcspn(g, ",");

	if (n == 0 || n >= name_cap) {
		snprintf(name, name_cap, "%s", pw->pw_name);
	} else {
		memcpy(name, g, n);
		name[n] = '\0';
	}
}

int identity_os_login(char *buf, size_t cap, char *name, size_t name_cap)
{
	struct passwd *pw = getpwuid(getuid());

	if (pw == NULL || pw->pw_name == NULL || pw->pw_name[0] == '\0')
		return -1;
	snprintf(buf, cap, "%s", pw->pw_name);
	if (name)
		gecos_name(pw, name, name_cap);
	return 0;
}

int identity_user_name(const char *login, char *name, size_t name_cap)
{
	struct passwd *pw = getpwnam(login);

	if (pw == NULL)
		return -1;
	gecos_name(pw, name, name_cap);
	return 0;
}

int identity_resolve(struct cli *c)
{
	char login[256];
	int rc;

	if (c->as_login) {
		struct stat sb;

		if (stat(c->db_path, &sb) != 0 || sb.st_uid != getuid())
			return cli_fail(MBO_EPERM, "%s",
			                _("--as: only the owner of the database file may act as someone else"));
		snprintf(login, sizeof login, "%s", c->as_login);
	} else if (identity_os_login(login, sizeof login, NULL, 0) != 0) {
		return cli_fail(MBO_EPERM, _("your user id %ld has no login name; ask an admin"),
		                (long)getuid());
	}
	rc = mbo_person_find(c->m, login, &c->me);
	if (rc == MBO_ENOTFOUND || (rc == MBO_OK && !c->me.active)) {
		char z[MBO_EXCERPT_CAP];
		const char *s = mbo_text_excerpt(login, z, sizeof z);
		if (rc == MBO_OK)
			cli_fail(MBO_EPERM, _("%s is no longer active in this database; ask an admin"), s);
		else if (c->as_login)
			cli_fail(MBO_EPERM, _("--as: %s is not a person in this database; see mbo person list"),
			         s);
		else
			cli_fail(MBO_EPERM,
			         _("you (%s) are not a person in this database; ask an admin to run "
			           "`mbo person add %s --name ...`"), s, s);
		return MBO_EPERM;
	}
	if (rc)
		return cli_core_error(c, rc);
	c->actor = c->me.id;
	return 0;
}

/* ---- the shared install ---- */

/* A message into buf, cut to fit: for why a config is not trusted. */
__attribute__((format(printf, 3, 4)))
static void say(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, cap, fmt, ap);
	va_end(ap);
}

/* A directory or file that only root can change: owned by root, not
 * writable by group or others, except a sticky directory such as /tmp (its
 * root-owned entries cannot be renamed or removed by others). */
static bool root_only(const struct stat *sb)
{
	if (sb->st_uid != 0)
		return false;
	if ((sb->st_mode & (S_IWGRP | S_IWOTH)) == 0)
		return true;
	return S_ISDIR(sb->st_mode) && (sb->st_mode & S_ISVTX);
}

/* Why `path` (a canonical directory) or one of the directories above it
 * could be changed by someone other than root, or NULL when none can.
 * *where gets the offending path. */
static const char *untrusted_dirs(const char *path, char *where, size_t cap)
{
	char buf[PATH_MAX];
	struct stat sb;
	char *slash;

	snprintf(buf, sizeof buf, "%s", path);
	for (;;) {
		if (lstat(buf[0] ? buf : "/", &sb) != 0 || !S_ISDIR(sb.st_mode)) {
			snprintf(where, cap, "%s", buf[0] ? buf : "/");
			return _("is not a directory");
		}
		if (!root_only(&sb)) {
			snprintf(where, cap, "%s", buf[0] ? buf : "/");
			return _("is not owned by root or is writable by others");
		}
		if (buf[0] == '\0')
			return NULL;
		slash = strrchr(buf, '/');
		if (slash == NULL)
			return NULL;
		*slash = '\0';
	}
}

/*
 * Reads PREFIX/etc/mbo.conf, PREFIX being the directory above the one that
 * holds the running binary. Returns 0 and sets *found = false when there is
 * none; 0 with *found and data_dir set when it is there and trusted (it,
 * PREFIX/etc and every directory from PREFIX up to "/" only root can
 * change); -1 after writing why into `why` when it is there but not
 * trusted or not readable as a config.
 */
static int read_conf(bool *found, char *data_dir, size_t dcap, char *conf, size_t ccap,
                     char *why, size_t wcap)
{
	char exe[PATH_MAX], where[PATH_MAX], line[PATH_MAX + 64];
	struct stat sb, fsb;
	const char *bad;
	ssize_t n;
	char *p;
	FILE *f;
	int fd, lineno = 0;

	*found = false;
	data_dir[0] = '\0';
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	/* /proc/self/exe is the canonical path the kernel ran: PREFIX/bin/mbo. */
	p = strrchr(exe, '/');
	if (p == NULL)
		return 0;
	*p = '\0';
	p = strrchr(exe, '/');
	if (p == NULL)
		return 0;
	*p = '\0';       /* exe is now PREFIX ("" for "/") */
	if (snprintf(conf, ccap, "%s/etc/mbo.conf", exe) >= (int)ccap)
		return 0;
	if (lstat(conf, &sb) != 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		say(why, wcap, "%s: %s", conf, strerror(errno));
		return -1;
	}
	*found = true;
	if (!S_ISREG(sb.st_mode) || !root_only(&sb)) {
		say(why, wcap, _("%s is not a regular file that only root can write"), conf);
		return -1;
	}
	if (snprintf(where, sizeof where, "%s/etc", exe) >= (int)sizeof where) {
		say(why, wcap, _("%s: the path is too long"), conf);
		return -1;
	}
	if (lstat(where, &fsb) != 0 || !S_ISDIR(fsb.st_mode) || !root_only(&fsb)) {
		say(why, wcap, _("%s is not a directory that only root can write"), where);
		return -1;
	}
	bad = untrusted_dirs(exe, where, sizeof where);
	if (bad) {
		say(why, wcap, "%s: %s %s", conf, where, bad);
		return -1;
	}
	fd = open(conf, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &fsb) != 0 || fsb.st_dev != sb.st_dev || fsb.st_ino != sb.st_ino) {
		say(why, wcap, _("%s: cannot read it"), conf);
		if (fd >= 0)
			close(fd);
		return -1;
	}
	f = fdopen(fd, "r");
	if (f == NULL) {
		close(fd);
		say(why, wcap, "%s: %s", conf, strerror(errno));
		return -1;
	}
	/* Lines "key = value"; '#' starts a comment. */
	while (fgets(line, sizeof line, f)) {
		char *key = line, *val, *end;

		lineno++;
		key[strcspn(key, "\n")] = '\0';
		while (*key == ' ' || *key == '\t')
			key++;
		if (*key == '\0' || *key == '#')
			continue;
		val = strchr(key, '=');
		if (val == NULL) {
			say(why, wcap, _("%s:%d: expected key = value"), conf, lineno);
			fclose(f);
			return -1;
		}
		end = val;
		while (end > key && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		*end = '\0';
		val++;
		while (*val == ' ' || *val == '\t')
			val++;
		end = val + strlen(val);
		while (end > val && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		*end = '\0';
		if (strcmp(key, "data_dir") == 0) {
			if (val[0] != '/' || strlen(val) + sizeof "/mbo.db" > dcap) {
				say(why, wcap, _("%s:%d: data_dir must be an absolute path"), conf, lineno);
				fclose(f);
				return -1;
			}
			snprintf(data_dir, dcap, "%s", val);
		} else {
			say(why, wcap, _("%s:%d: unknown key '%.40s'"), conf, lineno, key);
			fclose(f);
			return -1;
		}
	}
	fclose(f);
	if (data_dir[0] == '\0') {
		say(why, wcap, _("%s: no data_dir"), conf);
		return -1;
	}
	return 0;
}

/* Standard descriptors a caller closed would be taken by the database;
 * point them at /dev/null. */
static int keep_std_fds(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
			int nfd = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
			if (nfd != fd)
				return -1;
		}
	}
	return 0;
}

int identity_shared_setup(struct cli *c)
{
	/* Variables that would change what a shared install does: the date
	 * check-ins are checked against, terminfo files the terminal UI would
	 * parse while it holds the database open. */
	static const char *const unsafe_env[] = { "MBO_TODAY", "TERMINFO", "TERMINFO_DIRS", "TERMCAP" };
	char data_dir[PATH_MAX], conf[PATH_MAX], why[PATH_MAX + 200];
	bool found = false;
	size_t i;
	int rc;

	/* Whatever mbo creates (a personal database, a backup) is private to
	 * its owner; the shared database gets its group mode explicitly. */
	umask(077);
	if (geteuid() != getuid())
		return cli_fail(MBO_EFAIL, "%s", _("mbo must not run setuid; install it setgid with "
		                "scripts/install-shared"));
	c->privileged = getegid() != getgid();
	/* Non-dumpable, whatever fs.suid_dumpable says: once the group is
	 * dropped the user could otherwise ptrace this process, or open
	 * /proc/PID/fd, and reach the database through its descriptors. */
	if (c->privileged && (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 || keep_std_fds() != 0)) {
		identity_drop_privilege(c);
		return cli_fail(MBO_EFAIL, _("cannot secure the process: %s"), strerror(errno));
	}
	rc = read_conf(&found, data_dir, sizeof data_dir, conf, sizeof conf, why, sizeof why);
	if (rc != 0 && c->privileged) {
		identity_drop_privilege(c);
		return cli_fail(MBO_EDB, _("shared install: %s; an admin must fix it (scripts/install-shared)"),
		                why);
	}
	/* An untrusted config next to an unprivileged binary is someone's own
	 * build: no shared install then. */
	c->shared = c->privileged || (rc == 0 && found);
	if (!c->shared)
		return 0;
	if (rc == 0 && found) {
		if (snprintf(c->db_path, sizeof c->db_path, "%s/mbo.db", data_dir) >= (int)sizeof c->db_path)
			return cli_fail(MBO_EDB, _("shared install: %s: data_dir is too long"), conf);
	} else
		snprintf(c->db_path, sizeof c->db_path, "%s", MBO_SHARED_DB);
	for (i = 0; i < sizeof unsafe_env / sizeof unsafe_env[0]; i++)
		unsetenv(unsafe_env[i]);
	return 0;
}

int identity_drop_privilege(struct cli *c)
{
	gid_t g = getgid(), r, e, s;

	if (!c->privileged)
		return 0;
	/* setresgid, not setgid: an unprivileged setgid() changes only the
	 * effective id and keeps the saved one, from which it could return.
	 * The kernel resets the dumpable flag to fs.suid_dumpable when the ids
	 * change: clear it again after the change. */
	if (setresgid(g, g, g) != 0 || getresgid(&r, &e, &s) != 0 || r != g || e != g || s != g ||
	    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
		cli_fail(MBO_EFAIL, _("cannot drop the group privilege: %s"), strerror(errno));
		fflush(stderr);
		_exit(MBO_EFAIL);
	}
	c->privileged = false;
	return 0;
}

/* Makes the entries of the database directory durable. SQLite syncs the
 * directory once after creating a -wal, at the first commit; by then the
 * group privilege is gone and the directory cannot be opened, so a -wal
 * this process created is made durable here, before the drop. */
static void sync_dir(const char *path)
{
	char dir[4096];
	char *slash;
	int fd;

	if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir)
		return;
	slash = strrchr(dir, '/');
	if (slash == NULL)
		return;
	if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

int cli_open(struct cli *c, bool need_actor)
{
	struct stat sb;
	int rc = 0;

	if (c->shared && stat(c->db_path, &sb) != 0) {
		int e = errno;
		identity_drop_privilege(c);
		if (e == ENOENT)
			return cli_fail(MBO_EDB, _("the shared database %s is missing; an admin creates it "
			                "with scripts/install-shared"), c->db_path);
		return cli_fail(MBO_EDB, _("cannot reach the shared database %s: %s; mbo must be "
		                "installed setgid by scripts/install-shared"), c->db_path, strerror(e));
	}
	rc = mbo_open(c->db_path, 0, &c->m);
	/* mbo_open has read the schema version, so SQLite holds the database,
	 * its -wal and its -shm open (creating them when missing); the open
	 * descriptors stay usable without the group. */
	if (rc == 0 && c->privileged)
		sync_dir(c->db_path);
	identity_drop_privilege(c);
	if (rc == 0 && need_actor)
		rc = identity_resolve(c);
	else if (rc)
		rc = cli_core_error(c, rc);
	if (rc) {
		mbo_close(c->m);
		c->m = NULL;
	}
	return rc;
}
