/*
 * main.c: the entry point of the command line. It parses the arguments
 * (args.c), finds the command in the tables of the cmd_*.c files, opens the
 * database, resolves who is acting (identity.c) and runs the command's
 * handler, whose return value is the exit code (enum mbo_rc). With no
 * command it opens the terminal UI (cmd_ui.c), or prints `mbo status` when
 * not on a terminal.
 * In a shared install (identity.c) the group privilege is gone before any
 * handler runs.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/text.h"

#ifndef MBO_VERSION
#define MBO_VERSION "0.0.0"
#endif
#ifndef MBO_LOCALEDIR
#define MBO_LOCALEDIR "/usr/local/share/locale"
#endif

/*
 * Where the catalogues are: MBO_LOCALEDIR in the environment, else a
 * locale/ beside the binary (a build tree: build/locale), else where they
 * were installed. A setgid shared install takes only the last: a catalogue
 * holds format strings, which a user must not choose for a privileged
 * process.
 */
static const char *catalogue_dir(void)
{
	static char dir[4096];
	const char *env = getenv("MBO_LOCALEDIR");
	struct stat st;
	ssize_t n;
	char *slash;

	if (getuid() != geteuid() || getgid() != getegid())
		return MBO_LOCALEDIR;
	if (env && env[0])
		return env;
	n = readlink("/proc/self/exe", dir, sizeof dir - sizeof "locale");
	if (n <= 0)
		return MBO_LOCALEDIR;
	dir[n] = '\0';
	slash = strrchr(dir, '/');
	if (slash == NULL)
		return MBO_LOCALEDIR;
	strcpy(slash + 1, "locale");
	return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? dir : MBO_LOCALEDIR;
}

static const struct cmd_entry *find_entry(const char *name)
{
	int t;
	const struct cmd_entry *e;

	for (t = 0; cli_tables[t]; t++)
		for (e = cli_tables[t]; e->name; e++)
			if (strcmp(e->name, name) == 0 && e->sub == NULL)
				return e;
	return NULL;
}

/* Colour only for a table on a terminal, unless NO_COLOR or --no-color.
 * These variables are display preferences only, read with getenv even in a
 * shared install so that NO_COLOR keeps working there. */
static void setup_terminal(struct cli *c)
{
	const char *nc = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	struct winsize ws;

	if (!isatty(STDOUT_FILENO))
		return;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
		c->term_width = ws.ws_col;
	} else {
		const char *cols = getenv("COLUMNS");
		c->term_width = cols ? atoi(cols) : 0;
		if (c->term_width < 0)
			c->term_width = 0;
	}
	c->color = c->format == FMT_TABLE && !c->no_color && !(nc && nc[0]) &&
	           !(term && strcmp(term, "dumb") == 0);
}

/*
 * The user's config file, read with the user's own rights: in a shared
 * install the group privilege is set aside while it is opened (and the
 * core reads only a file the real user owns), so a path in
 * XDG_CONFIG_HOME cannot reach a file of the group. Its language, when
 * it names one, replaces the environment's; so does its theme NO_COLOR.
 */
static int load_config(struct cli *c)
{
	char path[4096];
	gid_t group = getegid();
	bool swap = group != getgid();
	int rc;

	mbo_config_defaults(&c->config);
	if (mbo_config_path(path, sizeof path) != MBO_OK)
		return MBO_OK;
	if (swap && setegid(getgid()) != 0)
		return cli_fail(MBO_EFAIL, _("setting the group privilege aside failed: %s"), strerror(errno));
	rc = mbo_config_load(path, &c->config, c->config_err, sizeof c->config_err);
	if (swap && setegid(group) != 0)
		return cli_fail(MBO_EFAIL, _("taking the group privilege back failed: %s"), strerror(errno));
	if (rc != MBO_OK)
		return MBO_OK;
	if (c->config.language[0])
		mbo_i18n_init(catalogue_dir(), c->config.language);
	/* The theme speaks through NO_COLOR, which both faces read; the
	 * user's own file overrides the variable (no-color.org), --no-color
	 * overrides both. */
	if (c->config.theme == MBO_THEME_MONO)
		setenv("NO_COLOR", "1", 1);
	else if (c->config.theme == MBO_THEME_COLOR)
		unsetenv("NO_COLOR");
	return MBO_OK;
}

static int run(struct cli *c)
{
	int rc;

	if (c->cmd->flags & CMD_NODB)
		return c->cmd->exec(c);
	rc = cli_open(c, !(c->cmd->flags & CMD_NOACTOR));
	if (rc)
		return rc;
	if (c->cmd->flags & CMD_READ) {
		bool began = mbo_read_begin(c->m);
		rc = c->cmd->exec(c);
		mbo_read_end(c->m, began);
	} else {
		rc = c->cmd->exec(c);
	}
	mbo_close(c->m);
	c->m = NULL;
	return rc;
}

int main(int argc, char **argv)
{
	static struct cli c;
	int rc;

	/* The language first, so that the shared install's own messages
	 * (identity_shared_setup) are in it too. These calls ran with the
	 * group privilege before as well (it goes in cli_open), and a
	 * privileged run reads only the installed catalogues (catalogue_dir;
	 * glibc ignores LOCPATH in a setgid process). Nothing here reads the
	 * variables identity_shared_setup removes (MBO_TODAY, terminfo) or
	 * creates a file (umask), and the files it reads (locale archive,
	 * catalogue) are closed again, so a standard descriptor the caller
	 * closed is still free for identity_shared_setup to point at
	 * /dev/null. */
	mbo_text_init_locale();
	mbo_i18n_init(catalogue_dir(), NULL);
	/* Then, before anything else reads the environment. */
	rc = identity_shared_setup(&c);
	if (rc)
		return rc;
	rc = load_config(&c);
	if (rc)
		return rc;
	c.today = mbo_today();
	c.format = FMT_TABLE;
	c.tables = cli_tables;

	/* The shell completions' helper (cmd_complete.c): never an error. */
	if (argc >= 2 && strcmp(argv[1], "__complete") == 0)
		return cli_complete(&c, argc - 2, argv + 2);
	rc = cli_parse(&c, argc, argv);
	if (rc || c.version || c.help)
		identity_drop_privilege(&c);
	if (rc)
		return rc;
	/* A bad config stops every command but the UI, which starts with the
	 * defaults and says why; help and the version are still shown. */
	if (c.config_err[0] && (c.version || c.help))
		fprintf(stderr, "mbo: %s\n", c.config_err);
	if (c.version) {
		printf("mbo %s\n", MBO_VERSION);
		return 0;
	}
	if (c.help) {
		cli_usage(&c, c.cmd ? NULL : c.cmd_name, stdout);
		return 0;
	}
	if (c.cmd == NULL) {
		/* No command: the terminal UI on a terminal, else the status of
		 * one's own goals as text. */
		c.cmd = find_entry(isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) ? "ui" : "status");
		if (c.cmd == NULL)
			return cli_fail(MBO_EUSAGE, _("no command; see mbo --help"));
	}
	if (c.config_err[0] && strcmp(c.cmd->name, "ui") != 0)
		return cli_fail(MBO_EUSAGE, "%s", c.config_err);
	setup_terminal(&c);
	rc = cli_db_path(&c);
	if (rc)
		return rc;
	rc = run(&c);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, _("mbo: writing the output failed: %s\n"), strerror(errno));
		if (rc == 0)
			rc = MBO_EFAIL;
	}
	return rc;
}
