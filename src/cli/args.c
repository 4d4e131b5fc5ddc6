/*
 * args.c: the command line's grammar. Global options (--db, --as, --format,
 * --no-color, --help, --version) may stand anywhere; the first words name
 * the command ("goal add"); then come the command's own options, as
 * "--opt value" or "--opt=value", and its positional arguments ("--" ends the
 * options). Also the database path, the usage texts and the parsers that turn
 * argument text into dates, decimals, periods, ids and enum values, each with
 * a one-line error naming the field.
 */
#define _GNU_SOURCE   /* secure_getenv */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <pwd.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/text.h"

/* ---- messages ---- */

int cli_fail(int rc, const char *fmt, ...)
{
	va_list ap;

	fputs("mbo: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return rc;
}

/* The command words of c ("goal add"), or "mbo" before one is known. */
static void cmd_words(const struct cli *c, char *buf, size_t cap)
{
	if (c->cmd && c->cmd->sub)
		snprintf(buf, cap, "%s %s", c->cmd->name, c->cmd->sub);
	else if (c->cmd)
		snprintf(buf, cap, "%s", c->cmd->name);
	else
		buf[0] = '\0';
}

int cli_usage_error(const struct cli *c, const char *fmt, ...)
{
	char words[64];
	va_list ap;

	cmd_words(c, words, sizeof words);
	fputs("mbo: ", stderr);
	if (words[0])
		/* TRANSLATORS: the command words before a usage error ("goal add: "). */
		fprintf(stderr, _("%s: "), words);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (words[0])
		fprintf(stderr, _("; see mbo %s --help\n"), words);
	else
		fputs(_("; see mbo --help\n"), stderr);
	return MBO_EUSAGE;
}

int cli_core_error(struct cli *c, int rc)
{
	char *s = mbo_text_sanitize(c->m ? mbo_errmsg(c->m) : _("out of memory"), true);

	fprintf(stderr, "mbo: %s\n", s ? s : _("out of memory"));
	free(s);
	return rc;
}

int cli_each_error(struct cli *c, int rc, struct out_table *t)
{
	if (rc != CLI_OUT_FAILED)
		return cli_core_error(c, rc);
	return t ? out_print_list(c, t) : MBO_EFAIL;
}

/* ---- option lookup ---- */

/* Finds `name` (n bytes) in a space-separated spec; *takes_value tells
 * whether it was written "name=". */
static bool spec_has(const char *spec, const char *name, size_t n, bool *takes_value)
{
	const char *p = spec;

	while (p && *p) {
		size_t len = strcspn(p, " ");
		size_t word = len;

		if (word > 0 && p[word - 1] == '=')
			word--;
		if (word == n && strncmp(p, name, n) == 0) {
			*takes_value = word != len;
			return true;
		}
		p += len;
		while (*p == ' ')
			p++;
	}
	return false;
}

static const char global_spec[] = "db= as= format= no-color wide bom help version";

/* ---- did you mean ---- */

/* The optimal-string-alignment distance (Damerau-Levenshtein with adjacent
 * transpositions) between a (na bytes) and b (nb bytes), or a large number
 * when either is longer than the words we compare. */
static int edit_distance(const char *a, size_t na, const char *b, size_t nb)
{
	enum { MAXW = 48 };
	int d[MAXW + 1][MAXW + 1];
	size_t i, j;

	if (na > MAXW || nb > MAXW)
		return 1000;
	for (i = 0; i <= na; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= nb; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= na; i++) {
		for (j = 1; j <= nb; j++) {
			int cost = tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]);
			int v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	}
	return d[na][nb];
}

/* The closest of the candidates offered so far to `word`: within one edit
 * for a word of up to four letters, two up to eight, three beyond; or the
 * only candidate that starts with it (two letters at least). */
struct near {
	const char *word;
	size_t wlen;
	int best_dist;
	char best[48];
	int nprefix;
	char prefix[48];
};

static void near_init(struct near *n, const char *word)
{
	memset(n, 0, sizeof *n);
	n->word = word;
	n->wlen = strlen(word);
	n->best_dist = n->wlen <= 1 ? 0 : n->wlen <= 4 ? 1 : n->wlen <= 8 ? 2 : 3;
	n->best_dist++;   /* "better than" this */
}

static void near_offer(struct near *n, const char *cand, size_t len)
{
	int dist;

	if (len == 0 || len >= sizeof n->best)
		return;
	if (n->wlen >= 2 && n->wlen < len && strncmp(cand, n->word, n->wlen) == 0 &&
	    !(n->nprefix == 1 && strlen(n->prefix) == len && strncmp(n->prefix, cand, len) == 0)) {
		n->nprefix++;
		memcpy(n->prefix, cand, len);
		n->prefix[len] = '\0';
	}
	dist = edit_distance(n->word, n->wlen, cand, len);
	if (dist < n->best_dist && (size_t)dist < len) {
		n->best_dist = dist;
		memcpy(n->best, cand, len);
		n->best[len] = '\0';
	}
}

/* The suggestion, or NULL when nothing is close. */
static const char *near_result(const struct near *n)
{
	if (n->best[0])
		return n->best;
	return n->nprefix == 1 ? n->prefix : NULL;
}

/* Offers every option word of a spec ("a= b c="). */
static void near_offer_spec(struct near *n, const char *spec)
{
	const char *p = spec;

	while (p && *p) {
		size_t len = strcspn(p, " ");
		size_t word = len && p[len - 1] == '=' ? len - 1 : len;
		near_offer(n, p, word);
		p += len;
		while (*p == ' ')
			p++;
	}
}

/* "mbo: 'x' is not a command", with the closest command when one is. */
static int unknown_command(const struct cli *c, const char *word)
{
	char z[MBO_EXCERPT_CAP];
	const struct cmd_entry *e;
	const char *hint;
	struct near n;
	int t;

	near_init(&n, word);
	for (t = 0; c->tables[t]; t++)
		for (e = c->tables[t]; e->name; e++)
			near_offer(&n, e->name, strlen(e->name));
	hint = near_result(&n);
	mbo_text_excerpt(word, z, sizeof z);
	if (hint == NULL)
		return cli_fail(MBO_EUSAGE, _("'%s' is not a command; see mbo --help"), z);
	return cli_fail(MBO_EUSAGE, _("'%s' is not a command; did you mean '%s'? (mbo --help lists the commands)"),
	                z, hint);
}

/* "mbo: goal: 'x' is not a subcommand", with the closest one when one is. */
static int unknown_subcommand(const struct cli *c, const char *word)
{
	char z[MBO_EXCERPT_CAP];
	const struct cmd_entry *e;
	const char *hint;
	struct near n;
	int t;

	near_init(&n, word);
	for (t = 0; c->tables[t]; t++)
		for (e = c->tables[t]; e->name; e++)
			if (strcmp(e->name, c->cmd_name) == 0 && e->sub)
				near_offer(&n, e->sub, strlen(e->sub));
	hint = near_result(&n);
	mbo_text_excerpt(word, z, sizeof z);
	if (hint == NULL)
		return cli_fail(MBO_EUSAGE, _("%s: '%s' is not a subcommand; see mbo %s --help"), c->cmd_name,
		                z, c->cmd_name);
	return cli_fail(MBO_EUSAGE, _("%s: '%s' is not a subcommand; did you mean '%s'? (mbo %s --help lists them)"),
	                c->cmd_name, z, hint, c->cmd_name);
}

/* "unknown option --x" for the command (or the family, or mbo), with the
 * closest option of the command and the global ones when one is. `name` is
 * the option without its dashes. */
static int unknown_option(const struct cli *c, const char *arg, const char *name)
{
	char z[MBO_EXCERPT_CAP], words[64];
	const char *s = mbo_text_excerpt(arg, z, sizeof z), *hint;
	struct near n;

	near_init(&n, name);
	near_offer_spec(&n, global_spec);
	if (c->cmd)
		near_offer_spec(&n, c->cmd->opts);
	hint = near_result(&n);
	cmd_words(c, words, sizeof words);
	if (words[0] == '\0' && c->cmd_name)
		snprintf(words, sizeof words, "%s", c->cmd_name);
	if (hint && words[0])
		return cli_fail(MBO_EUSAGE, _("%s: unknown option %s; did you mean --%s? (see mbo %s --help)"),
		                words, s, hint, words);
	if (hint)
		return cli_fail(MBO_EUSAGE, _("unknown option %s; did you mean --%s? (see mbo --help)"), s, hint);
	if (c->cmd)
		return cli_usage_error(c, _("unknown option %s"), s);
	if (words[0])
		return cli_fail(MBO_EUSAGE, _("%s: unknown option %s; see mbo %s --help"), words, s, words);
	return cli_fail(MBO_EUSAGE, _("unknown option %s; see mbo --help"), s);
}

bool cli_spec_takes(const char *spec, const char *name, bool *takes_value)
{
	return spec_has(spec, name, strlen(name), takes_value);
}

const char *cli_global_options(void)
{
	return global_spec;
}

const char *cli_opt(const struct cli *c, const char *name)
{
	int i;
	const char *v = NULL;

	for (i = 0; i < c->nopts; i++)
		if (strcmp(c->opts[i].name, name) == 0)
			v = c->opts[i].value;   /* the last one wins */
	return v;
}

bool cli_flag(const struct cli *c, const char *name)
{
	int i;

	for (i = 0; i < c->nopts; i++)
		if (strcmp(c->opts[i].name, name) == 0)
			return true;
	return false;
}

int cli_need(const struct cli *c, const char *name, const char **value)
{
	*value = cli_opt(c, name);
	if (*value == NULL)
		return cli_usage_error(c, _("--%s is required"), name);
	return 0;
}

/* An option token: "--x", "-h"; a lone "-" and negative numbers or
 * relative days ("-5", "-0.5", "-3d") are values. */
static bool is_option(const char *a)
{
	if (a[0] != '-' || a[1] == '\0')
		return false;
	if (a[1] == '-')
		return a[2] != '\0';
	return !(isdigit((unsigned char)a[1]) || a[1] == '.');
}

static int set_global(struct cli *c, const char *name, const char *value)
{
	if (strcmp(name, "db") == 0) {
		if (value[0] == '\0')
			return cli_fail(MBO_EUSAGE, _("--db: the path is empty; see mbo --help"));
		c->db_opt = value;
	} else if (strcmp(name, "as") == 0) {
		c->as_login = value;
	} else if (strcmp(name, "format") == 0) {
		if (strcmp(value, "table") == 0)
			c->format = FMT_TABLE;
		else if (strcmp(value, "csv") == 0)
			c->format = FMT_CSV;
		else if (strcmp(value, "json") == 0)
			c->format = FMT_JSON;
		else {
			char z[MBO_EXCERPT_CAP];
			return cli_fail(MBO_EUSAGE, _("--format: '%s' is not a format; use table, csv or json"),
			                mbo_text_excerpt(value, z, sizeof z));
		}
	} else if (strcmp(name, "no-color") == 0) {
		c->no_color = true;
	} else if (strcmp(name, "wide") == 0) {
		c->wide = true;
	} else if (strcmp(name, "bom") == 0) {
		c->bom = true;
	} else if (strcmp(name, "help") == 0) {
		c->help = true;
	} else if (strcmp(name, "version") == 0) {
		c->version = true;
	}
	return 0;
}

/* Looks the command word(s) up. `word` is the next positional word. Returns
 * 0 when it was consumed as a command word, 1 when it is an argument,
 * MBO_EUSAGE on an unknown command. */
static int take_word(struct cli *c, const char *word)
{
	int t;
	const struct cmd_entry *e;
	bool family = false;

	if (c->cmd)
		return 1;
	if (c->cmd_name == NULL && !c->help && strcmp(word, "help") == 0) {
		/* "mbo help goal add" is "mbo goal add --help". */
		c->help = true;
		return 0;
	}
	if (c->cmd_name == NULL) {
		for (t = 0; c->tables[t]; t++) {
			for (e = c->tables[t]; e->name; e++) {
				if (strcmp(e->name, word) != 0)
					continue;
				if (e->sub == NULL) {
					c->cmd = e;
					c->cmd_name = e->name;
					return 0;
				}
				family = true;
				c->cmd_name = e->name;
			}
		}
		if (!family)
			return unknown_command(c, word);
		return 0;
	}
	for (t = 0; c->tables[t]; t++) {
		for (e = c->tables[t]; e->name; e++) {
			if (strcmp(e->name, c->cmd_name) == 0 && e->sub && strcmp(e->sub, word) == 0) {
				c->cmd = e;
				return 0;
			}
		}
	}
	return unknown_subcommand(c, word);
}

int cli_parse(struct cli *c, int argc, char **argv)
{
	bool endopts = false;
	int i, rc;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!endopts && strcmp(a, "--") == 0) {
			endopts = true;
			continue;
		}
		if (!endopts && is_option(a)) {
			char name[48];
			const char *eq, *value = NULL;
			const char *body = a[1] == '-' ? a + 2 : a + 1;
			size_t n;
			bool takes = false, global;

			if (strcmp(a, "-h") == 0)
				body = "help";
			else if (strcmp(a, "-V") == 0)
				body = "version";
			eq = strchr(body, '=');
			n = eq ? (size_t)(eq - body) : strlen(body);
			if (n >= sizeof name)
				n = sizeof name - 1;
			memcpy(name, body, n);
			name[n] = '\0';
			global = spec_has(global_spec, name, n, &takes);
			if (!global && (c->cmd == NULL || !spec_has(c->cmd->opts, name, n, &takes)))
				return unknown_option(c, a, name);
			if (a[1] != '-' && strcmp(a, "-h") != 0 && strcmp(a, "-V") != 0) {
				/* "-format": one dash short of an option. */
				char z[MBO_EXCERPT_CAP];
				return cli_fail(MBO_EUSAGE, _("unknown option %s; did you mean --%s? (see mbo --help)"),
				                mbo_text_excerpt(a, z, sizeof z), name);
			}
			if (takes) {
				if (eq)
					value = eq + 1;
				else if (i + 1 < argc && !(argv[i + 1][0] == '-' && argv[i + 1][1] == '-'))
					value = argv[++i];
				else if (c->cmd && !global)
					return cli_usage_error(c, _("--%s needs a value"), name);
				else
					return cli_fail(MBO_EUSAGE, _("--%s needs a value; see mbo --help"), name);
			} else if (eq) {
				if (c->cmd && !global)
					return cli_usage_error(c, _("--%s takes no value"), name);
				return cli_fail(MBO_EUSAGE, _("--%s takes no value; see mbo --help"), name);
			}
			if (global) {
				rc = set_global(c, name, value);
				if (rc)
					return rc;
				continue;
			}
			if (c->nopts >= CLI_MAX_OPTS)
				return cli_usage_error(c, _("too many options"));
			snprintf(c->opts[c->nopts].name, sizeof c->opts[c->nopts].name, "%s", name);
			c->opts[c->nopts].value = value;
			c->nopts++;
			continue;
		}
		rc = take_word(c, a);
		if (rc == 0)
			continue;
		if (rc != 1)
			return rc;
		if (c->npos >= CLI_MAX_POS)
			return cli_usage_error(c, _("too many arguments"));
		c->pos[c->npos++] = a;
	}
	if (c->help || c->version)
		return 0;
	if (c->cmd_name && c->cmd == NULL)
		return cli_fail(MBO_EUSAGE, _("%s: which one? see mbo %s --help"), c->cmd_name, c->cmd_name);
	if (c->cmd) {
		if (c->npos < c->cmd->npos_min) {
			/* The positional part of the synopsis: "GOAL VALUE". */
			char want[128];
			size_t n = 0;
			const char *p = c->cmd->args;
			while (*p && *p != '[' && *p != '-' && *p != '(' && *p != '\n' && n + 1 < sizeof want)
				want[n++] = *p++;
			while (n > 0 && want[n - 1] == ' ')
				n--;
			want[n] = '\0';
			return cli_usage_error(c, _("expects %s"), want);
		}
		if (c->npos > c->cmd->npos_max) {
			char z[MBO_EXCERPT_CAP];
			return cli_usage_error(c, _("unexpected argument '%s'"),
			                       mbo_text_excerpt(c->pos[c->cmd->npos_max], z, sizeof z));
		}
	}
	return 0;
}

/* ---- the database path ---- */

int cli_db_path(struct cli *c)
{
	const char *env, *xdg, *home;
	int n;

	if (c->shared) {
		/* identity_shared_setup chose the path. getenv only tells whether
		 * MBO_DB is set, to say it is ignored; its value is never read. */
		const char *set = getenv("MBO_DB");
		if (c->db_opt)
			fputs(_("mbo: --db is ignored in a shared install\n"), stderr);
		if (set && *set)
			fputs(_("mbo: MBO_DB is ignored in a shared install\n"), stderr);
		if (c->as_login) {
			fputs(_("mbo: --as is ignored in a shared install\n"), stderr);
			c->as_login = NULL;
		}
		c->db_opt = NULL;
		return 0;
	}
	/* secure_getenv: nothing from the environment of a privileged run. */
	env = secure_getenv("MBO_DB");
	xdg = secure_getenv("XDG_DATA_HOME");
	home = secure_getenv("HOME");
	if (c->db_opt)
		n = snprintf(c->db_path, sizeof c->db_path, "%s", c->db_opt);
	else if (env && *env)
		n = snprintf(c->db_path, sizeof c->db_path, "%s", env);
	else if (xdg && xdg[0] == '/')
		n = snprintf(c->db_path, sizeof c->db_path, "%s/mbo/mbo.db", xdg);
	else {
		if (home == NULL || *home == '\0') {
			struct passwd *pw = getpwuid(getuid());
			home = pw ? pw->pw_dir : NULL;
		}
		if (home == NULL)
			return cli_fail(MBO_EUSAGE, _("no home directory; pass --db PATH or set MBO_DB"));
		n = snprintf(c->db_path, sizeof c->db_path, "%s/.local/share/mbo/mbo.db", home);
	}
	if (n < 0 || (size_t)n >= sizeof c->db_path)
		return cli_fail(MBO_EUSAGE, _("--db: the path is too long"));
	return 0;
}

/* ---- usage ---- */

/* TRANSLATORS: the global options of mbo --help; keep the option names and
 * align the descriptions in one column. */
static const char global_help[] = N_(
	"Global options (before or after the command):\n"
	"  --db PATH          the database (else $MBO_DB, else ~/.local/share/mbo/mbo.db;\n"
	"                     a shared install has its own and ignores --db, MBO_DB, --as)\n"
	"  --as LOGIN         act as another person (only the owner of the database file)\n"
	"  --format F         table (default), csv or json\n"
	"  --no-color         no colour (also when NO_COLOR is set)\n"
	"  --wide             a table keeps every column, each row on one line\n"
	"  --bom              CSV starts with a UTF-8 BOM, for Excel\n"
	"  --help (-h), --version (-V)\n");

/* The last line of every help: where the whole manual is. */
static void usage_end(FILE *f)
{
	fputs(_("See `man mbo` for every command, option and example.\n"), f);
}

static void print_entry_line(const struct cmd_entry *e, FILE *f)
{
	if (e->sub)
		fprintf(f, "  mbo %s %s%s%s\n", e->name, e->sub, e->args[0] ? " " : "", e->args);
	else
		fprintf(f, "  mbo %s%s%s\n", e->name, e->args[0] ? " " : "", e->args);
}

void cli_usage_all(const struct cli *c, FILE *f)
{
	int t;
	const struct cmd_entry *e;

	fputs(_("mbo: management by objectives for sales teams\n\nUsage:\n"), f);
	fputs(_("  mbo                     the terminal UI (your goals' status when not a terminal)\n"), f);
	for (t = 0; c->tables[t]; t++)
		for (e = c->tables[t]; e->name; e++)
			print_entry_line(e, f);
	fputs(_("\nDATE: YYYY-MM-DD, today, yesterday, +Nd, -Nd.  PERIOD: 2026, 2026-Q4, 2026-11, 2026-W48.\n"
	        "Exit codes: 0 ok, 2 usage, 3 invalid input or failed check, 4 not found,\n"
	        "5 permission denied, 6 database error.\n\n"), f);
	fputs(_(global_help), f);
	usage_end(f);
}

void cli_usage(const struct cli *c, const char *family, FILE *f)
{
	int t;
	const struct cmd_entry *e;

	if (c->cmd) {
		fputs(_("Usage:\n"), f);
		print_entry_line(c->cmd, f);
		if (c->cmd->help && c->cmd->help[0])
			fprintf(f, "\n%s", _(c->cmd->help));
		fputc('\n', f);
		fputs(_(global_help), f);
		usage_end(f);
		return;
	}
	if (family) {
		fputs(_("Usage:\n"), f);
		for (t = 0; c->tables[t]; t++)
			for (e = c->tables[t]; e->name; e++)
				if (strcmp(e->name, family) == 0)
					print_entry_line(e, f);
		fprintf(f, _("\nSee mbo %s SUBCOMMAND --help for the options of each.\n"), family);
		usage_end(f);
		return;
	}
	cli_usage_all(c, f);
}

/* ---- values ---- */

/* Echoes what was typed as a bounded, escaped excerpt: a 120 kB value or an
 * escape sequence must not fill or drive the terminal. `what` and `why` are
 * already in the reader's language (the core's parsers, mbo_day_parse and
 * mbo_dec_parse, give their reasons translated). */
static int bad_value(const char *what, const char *s, const char *why)
{
	char z[MBO_EXCERPT_CAP];

	/* TRANSLATORS: a value refused: %1$s is the field (an option such as
	 * "--due", or a translated word such as "value"), %2$s what was typed,
	 * %3$s why ("is not a date; write YYYY-MM-DD ..."). The order may be
	 * changed with %1$s, %2$s, %3$s. */
	return cli_fail(MBO_EINVAL, _("%s: '%s' %s"), what, mbo_text_excerpt(s, z, sizeof z), why);
}

int cli_parse_day(struct cli *c, const char *what, const char *s, mbo_day *out)
{
	const char *why = _("is not a date");

	if (mbo_day_parse(s, c->today, out, &why) != 0)
		return bad_value(what, s, why);
	return 0;
}

int cli_parse_dec(struct cli *c, const char *what, const char *s, mbo_dec *out)
{
	const char *why = _("is not a number");

	(void)c;
	if (mbo_dec_parse(s, out, &why) != 0)
		return bad_value(what, s, why);
	return 0;
}

int cli_parse_period(struct cli *c, const char *what, const char *s, mbo_day *first, mbo_day *last)
{
	const char *why = _("is not a period");

	(void)c;
	if (mbo_period_parse(s, first, last, &why) != 0)
		return bad_value(what, s, why);
	return 0;
}

/* `noun` is "goal" or "task" (the sentence is translated whole), or an
 * option name ("--parent"). */
int cli_parse_id(struct cli *c, const char *noun, const char *list, const char *s, int64_t *out)
{
	char *end;
	long long v;

	(void)c;
	errno = 0;
	v = isdigit((unsigned char)s[0]) ? strtoll(s, &end, 10) : 0;
	if (!isdigit((unsigned char)s[0]) || *end != '\0' || errno != 0 || v <= 0) {
		char z[MBO_EXCERPT_CAP];
		mbo_text_excerpt(s, z, sizeof z);
		if (strcmp(noun, "goal") == 0)
			return cli_fail(MBO_EINVAL, _("goal: '%s' is not a goal id; see %s"), z, list);
		if (strcmp(noun, "task") == 0)
			return cli_fail(MBO_EINVAL, _("task: '%s' is not a task id; see %s"), z, list);
		return cli_fail(MBO_EINVAL, _("%s: '%s' is not a %s id; see %s"), noun, z, noun, list);
	}
	*out = v;
	return 0;
}

int cli_parse_int(struct cli *c, const char *what, const char *s, int lo, int hi, int *out)
{
	char *end;
	long v;

	(void)c;
	errno = 0;
	v = strtol(s, &end, 10);
	if (s[0] == '\0' || isspace((unsigned char)s[0]) || *end != '\0')
		return bad_value(what, s, _("is not a whole number"));
	if (errno != 0 || v < lo || v > hi) {
		char why[64];
		snprintf(why, sizeof why, _("is out of range; give %d to %d"), lo, hi);
		return bad_value(what, s, why);
	}
	*out = (int)v;
	return 0;
}

int cli_parse_enum(struct cli *c, const char *what, const char *s, int (*parse)(const char *),
                   const char *choices, int *out)
{
	char why[160];
	int v;

	(void)c;
	v = parse(s);
	if (v < 0) {
		snprintf(why, sizeof why, _("is not one of %s"), choices);
		return bad_value(what, s, why);
	}
	*out = v;
	return 0;
}

int cli_parse_person(struct cli *c, const char *what, const char *login, int64_t *id)
{
	mbo_person p;
	int rc = mbo_person_find(c->m, login, &p);

	if (rc) {
		char *z = mbo_text_sanitize(mbo_errmsg(c->m), true);
		fprintf(stderr, _("mbo: %s: %s\n"), what, z ? z : "");
		free(z);
		return rc;
	}
	*id = p.id;
	return 0;
}

int cli_scope(struct cli *c, int64_t *owner, int64_t *team)
{
	const char *o = cli_opt(c, "owner"), *t = cli_opt(c, "team");
	int rc;

	*owner = *team = 0;
	if (o && t)
		return cli_usage_error(c, _("give --owner or --team, not both"));
	if (o && (rc = cli_parse_person(c, "--owner", o, owner)))
		return rc;
	if (t && (rc = cli_parse_person(c, "--team", t, team)))
		return rc;
	return 0;
}
