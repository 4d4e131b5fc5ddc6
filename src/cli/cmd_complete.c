/*
 * cmd_complete.c: `mbo __complete CWORD WORD...`, the hidden command behind
 * the shell completions (completions/mbo.bash, completions/_mbo). WORD...
 * are the words of the command line after `mbo`; CWORD (from 1) says which
 * of them is being completed (one past the last: a new, empty word). It
 * prints the candidates that begin with that word, one a line, as
 * "CANDIDATE" or "CANDIDATE<TAB>DESCRIPTION": command names, subcommands,
 * the options of the command (and the global ones), and values: logins,
 * goal and task ids with their titles, enum words, dates and periods. A
 * line "@files" alone asks the shell for file names.
 *
 * What a word takes is read from the command tables (the options of
 * `opts`, the placeholders of the synopsis `args`: LOGIN, GOAL, ID, DATE,
 * P, a|b|c), so a new command completes without a line here. The database
 * is read only for logins, ids, metrics and setting keys, as whoever runs
 * it (--db and --as on the line count); without a database, or with any
 * error, only the static candidates come, and the exit code is always 0:
 * stderr goes to /dev/null.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/setting.h"
#include "mbo/task.h"
#include "mbo/text.h"

/* What a word may be. */
enum comp_kind {
	K_NONE, K_FILES, K_LOGIN, K_GOAL, K_TASK, K_DATE, K_PERIOD, K_STATUS, K_METRIC, K_KEY,
	K_CHOICES,
};

struct comp {
	struct cli *c;
	const char *cur;     /* the word being completed, after any "--opt=" */
	char prefix[64];     /* "--opt=" put back before each value, or "" */
	bool opened, failed, resolved;
	bool want_metrics;   /* emit_goals: the metrics, not the ids */
	const char *choices; /* K_CHOICES: "a|b|c" (up to a space, ] or )) */
	int nmetrics;
	char metrics[64][MBO_METRIC_MAX * 4 + 1];
};

/* One candidate, when it begins with the word being completed; `desc` (may
 * be NULL) is cut to one short, clean line. */
static void emit_n(struct comp *p, const char *word, size_t len, const char *desc)
{
	size_t cl = strlen(p->cur);

	if (len < cl || strncmp(word, p->cur, cl) != 0 || len == 0)
		return;
	printf("%s%.*s", p->prefix, (int)len, word);
	if (desc && desc[0]) {
		char z[MBO_EXCERPT_CAP];
		printf("\t%s", mbo_text_excerpt(desc, z, sizeof z));
	}
	putchar('\n');
}

static void emit(struct comp *p, const char *word, const char *desc)
{
	emit_n(p, word, strlen(word), desc);
}

/* The first sentence of a help text (up to ". ", ":", ";", a newline, or
 * their Chinese forms), for a description. */
static void first_sentence(const char *help, char *buf, size_t cap)
{
	static const char *const ends[] = { ". ", ".\n", ": ", ":\n", "; ", "\n", "。", "：", "；" };
	size_t n = strlen(help), i;

	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		const char *at = strstr(help, ends[i]);
		while (at && at - help >= 3 && strncmp(at - 3, "e.g", 3) == 0)
			at = strstr(at + 1, ends[i]);
		if (at && (size_t)(at - help) < n)
			n = (size_t)(at - help);
	}
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, help, n);
	buf[n] = '\0';
}

/* ---- the database, opened at most once ---- */

static bool comp_db(struct comp *p, bool need_actor)
{
	if (!p->opened) {
		p->opened = true;
		p->failed = cli_db_path(p->c) != 0 || cli_open(p->c, false) != 0;
	}
	if (p->failed)
		return false;
	if (need_actor && !p->resolved) {
		p->resolved = true;
		if (identity_resolve(p->c) != 0)
			p->c->actor = 0;
	}
	return !need_actor || p->c->actor != 0;
}

static void emit_logins(struct comp *p)
{
	mbo_person *v = NULL;
	size_t n = 0, i;

	if (!comp_db(p, false) || mbo_person_list(p->c->m, &v, &n) != 0)
		return;
	for (i = 0; i < n; i++)
		if (v[i].active)
			emit(p, v[i].login, v[i].name);
	free(v);
}

static int goal_row(void *ctx, const mbo_goal *g)
{
	struct comp *p = ctx;
	char id[24], desc[MBO_EXCERPT_CAP + 40];
	int i;

	if (p->want_metrics) {
		/* Metrics: each once. */
		for (i = 0; i < p->nmetrics; i++)
			if (strcmp(p->metrics[i], g->metric) == 0)
				return 0;
		if (p->nmetrics < 64)
			snprintf(p->metrics[p->nmetrics++], sizeof p->metrics[0], "%s", g->metric);
		emit(p, g->metric, NULL);
		return 0;
	}
	snprintf(id, sizeof id, "%lld", (long long)g->id);
	snprintf(desc, sizeof desc, "%s (%s)", g->title ? g->title : "", g->owner);
	emit(p, id, desc);
	return 0;
}

/* The goals the actor sees: their team's, or everyone's for an admin (the
 * trees under each top person). `metrics`: their metrics instead. */
static void emit_goals(struct comp *p, bool metrics)
{
	mbo_goal_filter f;
	mbo_person *v = NULL;
	size_t n = 0, i;

	if (!comp_db(p, true))
		return;
	p->want_metrics = metrics;
	mbo_goal_filter_init(&f);
	if (p->c->me.role != MBO_ROLE_ADMIN || mbo_person_list(p->c->m, &v, &n) != 0) {
		f.team_of = p->c->actor;
		mbo_goal_each(p->c->m, p->c->actor, &f, goal_row, p);
		return;
	}
	for (i = 0; i < n; i++) {
		if (v[i].manager_id != 0)
			continue;
		f.team_of = v[i].id;
		mbo_goal_each(p->c->m, p->c->actor, &f, goal_row, p);
	}
	free(v);
}

static void emit_tasks(struct comp *p)
{
	mbo_task *v = NULL;
	size_t n = 0, i;
	char id[24];

	if (!comp_db(p, true) || mbo_task_list(p->c->m, p->c->actor, 0, &v, &n) != 0)
		return;
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof id, "%lld", (long long)v[i].id);
		emit(p, id, v[i].title);
	}
	mbo_task_list_free(v, n);
}

static void emit_keys(struct comp *p)
{
	mbo_setting *v = NULL;
	size_t n = 0, i;

	if (!comp_db(p, false) || mbo_setting_list(p->c->m, &v, &n) != 0)
		return;
	for (i = 0; i < n; i++)
		emit(p, v[i].key, v[i].value);
	mbo_setting_list_free(v, n);
}

/* today, yesterday and today's date; this year, quarter and month. */
static void emit_days(struct comp *p, bool periods)
{
	char s[24];
	int y, mo, d;

	mbo_day_to_ymd(p->c->today, &y, &mo, &d);
	if (periods) {
		snprintf(s, sizeof s, "%04d", y);
		emit(p, s, NULL);
		snprintf(s, sizeof s, "%04d-Q%d", y, (mo - 1) / 3 + 1);
		emit(p, s, NULL);
		snprintf(s, sizeof s, "%04d-%02d", y, mo);
		emit(p, s, NULL);
		return;
	}
	emit(p, "today", NULL);
	emit(p, "yesterday", NULL);
	snprintf(s, sizeof s, "%04d-%02d-%02d", y, mo, d);
	emit(p, s, NULL);
}

static void emit_kind(struct comp *p, int kind)
{
	const char *s = p->choices;
	int i;

	switch (kind) {
	case K_FILES: if (p->prefix[0] == '\0') puts("@files"); break;
	case K_LOGIN: emit_logins(p); break;
	case K_GOAL: emit_goals(p, false); break;
	case K_METRIC: emit_goals(p, true); break;
	case K_TASK: emit_tasks(p); break;
	case K_KEY: emit_keys(p); break;
	case K_DATE: emit_days(p, false); break;
	case K_PERIOD: emit_days(p, true); break;
	case K_STATUS:
		for (i = MBO_GOAL_PROPOSED; i <= MBO_GOAL_CANCELLED; i++)
			emit(p, mbo_goal_status_name(i), NULL);
		break;
	case K_CHOICES:
		while (s && *s && !strchr(" ])\n", *s)) {
			size_t n = strcspn(s, "| ])\n");
			emit_n(p, s, n, NULL);
			s += n;
			if (*s == '|')
				s++;
		}
		break;
	default: break;
	}
}

/* ---- reading the tables ---- */

/* What a placeholder of a synopsis stands for ("LOGIN", "a|b", "P"). */
static int kind_of(const struct cli *c, const char *tok, size_t n, const char **choices)
{
	static const struct { const char *word; int kind; } words[] = {
		{ "LOGIN", K_LOGIN }, { "PEER", K_LOGIN }, { "GOAL", K_GOAL }, { "DATE", K_DATE },
		{ "P", K_PERIOD }, { "S", K_STATUS }, { "M", K_METRIC }, { "KEY", K_KEY },
		{ "FILE", K_FILES }, { "PATH", K_FILES },
	};
	size_t i, w;

	if (memchr(tok, '|', n) && tok[0] >= 'a' && tok[0] <= 'z') {
		*choices = tok;
		return K_CHOICES;
	}
	if (n == 2 && strncmp(tok, "ID", 2) == 0)
		return c->cmd && strcmp(c->cmd->name, "task") == 0 ? K_TASK : K_GOAL;
	w = strcspn(tok, "=[.,");
	if (w > n)
		w = n;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i].word) == w && strncmp(tok, words[i].word, w) == 0)
			return words[i].kind;
	return K_NONE;
}

/* The next token of a synopsis at *s without its brackets, or NULL at the
 * end; *n gets its length. */
static const char *next_token(const char **s, size_t *n)
{
	const char *p = *s, *t;

	p += strspn(p, " \n[(|");
	if (*p == '\0')
		return NULL;
	t = p;
	*n = strcspn(p, " \n])|");
	if (t[*n] == '|' && t[0] >= 'a' && t[0] <= 'z')   /* a|b|c stays whole */
		*n = strcspn(p, " \n])");
	*s = p + *n + strspn(p + *n, "])");
	return t;
}

/* The kind of the value of option `name` of the command (or a global one). */
static int option_kind(struct comp *p, const char *name)
{
	static const char *const global[][2] = {
		{ "db", "PATH" }, { "as", "LOGIN" }, { "format", "table|csv|json" },
	};
	const char *s, *tok;
	size_t i, n, len = strlen(name);

	for (i = 0; i < sizeof global / sizeof global[0]; i++)
		if (strcmp(global[i][0], name) == 0)
			return kind_of(p->c, global[i][1], strlen(global[i][1]), &p->choices);
	if (p->c->cmd == NULL)
		return K_NONE;
	s = p->c->cmd->args;
	while ((tok = next_token(&s, &n)) != NULL) {
		if (n == len + 2 && strncmp(tok, "--", 2) == 0 && strncmp(tok + 2, name, len) == 0 &&
		    (tok = next_token(&s, &n)) != NULL)
			return kind_of(p->c, tok, n, &p->choices);
	}
	return K_NONE;
}

/* Positional argument `index` of the command: its placeholder's kind, or
 * the words of the synopsis's further lines ("mbo report rollup ...") for
 * the first. */
static void emit_positional(struct comp *p, int index)
{
	const struct cmd_entry *e = p->c->cmd;
	const char *s = e->args, *tok;
	size_t n;
	int at = 0, kind = K_NONE;
	bool takes, found = false;

	if (e->sub && strcmp(e->name, "person") == 0 && strcmp(e->sub, "add") == 0)
		return;   /* a new login */
	while ((tok = next_token(&s, &n)) != NULL) {
		if (n == 3 && strncmp(tok, "mbo", 3) == 0) {
			if (next_token(&s, &n) && (tok = next_token(&s, &n)) != NULL && index == 0)
				emit_n(p, tok, n, NULL);
			continue;
		}
		if (n > 2 && strncmp(tok, "--", 2) == 0) {
			char name[48];
			snprintf(name, sizeof name, "%.*s", (int)n - 2, tok + 2);
			if (cli_spec_takes(e->opts, name, &takes) && takes)
				next_token(&s, &n);
			continue;
		}
		if (tok[0] < 'A' || tok[0] > 'Z' || found)
			continue;
		if (at++ == index) {
			kind = kind_of(p->c, tok, n, &p->choices);
			found = true;
		}
	}
	emit_kind(p, kind);
}

static void emit_options(struct comp *p)
{
	const char *specs[2] = { cli_global_options(), p->c->cmd ? p->c->cmd->opts : "" };
	int k;

	for (k = 0; k < 2; k++) {
		const char *s = specs[k];
		while (*s) {
			size_t len = strcspn(s, " ");
			size_t w = len && s[len - 1] == '=' ? len - 1 : len;
			char opt[52];
			if (w > 0 && w < 48) {
				snprintf(opt, sizeof opt, "--%.*s", (int)w, s);
				emit(p, opt, NULL);
			}
			s += len;
			s += strspn(s, " ");
		}
	}
}

/* Command names (each once), or the subcommands of c->cmd_name. */
static void emit_commands(struct comp *p, const char *family)
{
	const struct cmd_entry *const *tables = p->c->tables;
	const struct cmd_entry *e;
	char desc[160];
	int t;

	for (t = 0; tables[t]; t++) {
		for (e = tables[t]; e->name; e++) {
			const char *word = family ? e->sub : e->name;
			if (family && (e->sub == NULL || strcmp(e->name, family) != 0))
				continue;
			if (!family && e != tables[t] && strcmp(e[-1].name, e->name) == 0)
				continue;
			first_sentence(e->help && e->help[0] ? _(e->help) : "", desc, sizeof desc);
			emit(p, word, family || e->sub == NULL ? desc : NULL);
		}
	}
	if (!family)
		emit(p, "help", NULL);
}

/* ---- the command line so far ---- */

/* Finds the command of word (a family sets only c->cmd_name); false when
 * word is no command word here. */
static bool take_command(struct cli *c, const char *word)
{
	const struct cmd_entry *e;
	bool family = c->cmd_name != NULL, taken = false;
	int t;

	for (t = 0; c->tables[t] && c->cmd == NULL; t++) {
		for (e = c->tables[t]; e->name && c->cmd == NULL; e++) {
			if (!family && strcmp(e->name, word) == 0) {
				if (e->sub == NULL)
					c->cmd = e;
				c->cmd_name = e->name;
				taken = true;
			} else if (family && e->sub && strcmp(e->name, c->cmd_name) == 0 &&
			           strcmp(e->sub, word) == 0) {
				c->cmd = e;
				taken = true;
			}
		}
	}
	return taken;
}

/* Whether option `name` takes a value, here. */
static bool takes_value(const struct cli *c, const char *name)
{
	bool takes = false;

	if (cli_spec_takes(cli_global_options(), name, &takes))
		return takes;
	return c->cmd && cli_spec_takes(c->cmd->opts, name, &takes) && takes;
}

/* Reads words[0 .. n-1], before the one being completed. Sets *value_of to
 * the option whose value comes next (NULL when none) and *npos. */
static void read_words(struct cli *c, int n, char **words, const char **value_of, int *npos,
                       bool *endopts)
{
	int i;

	*value_of = NULL;
	for (i = 0; i < n; i++) {
		const char *w = words[i];
		*value_of = NULL;
		if (!*endopts && strcmp(w, "--") == 0) {
			*endopts = true;
		} else if (!*endopts && w[0] == '-' && w[1] == '-' && w[2]) {
			static char name[48];
			snprintf(name, sizeof name, "%.*s", (int)strcspn(w + 2, "="), w + 2);
			if (strchr(w, '=') == NULL && takes_value(c, name)) {
				*value_of = name;
				if (i + 1 < n) {
					if (strcmp(name, "db") == 0)
						c->db_opt = words[i + 1];
					else if (strcmp(name, "as") == 0)
						c->as_login = words[i + 1];
					*value_of = NULL;
					i++;
				}
			} else if (strncmp(w, "--db=", 5) == 0) {
				c->db_opt = w + 5;
			} else if (strncmp(w, "--as=", 5) == 0) {
				c->as_login = w + 5;
			}
		} else if (!*endopts && w[0] == '-' && w[1] && !(w[1] >= '0' && w[1] <= '9') && w[1] != '.') {
			/* -h, -V: flags; "-5" and "-3d" are values. */
		} else if (c->cmd_name == NULL && !c->help && strcmp(w, "help") == 0) {
			c->help = true;
		} else if (c->cmd != NULL || !take_command(c, w)) {
			(*npos)++;
		}
	}
}

int cli_complete(struct cli *c, int argc, char **argv)
{
	struct comp p;
	const char *value_of;
	int cword = argc > 0 ? atoi(argv[0]) : 1, npos = 0, nwords = argc - 1;
	char **words = argv + 1;
	bool endopts = false;

	if (freopen("/dev/null", "w", stderr) == NULL)
		return 0;   /* nothing may show on the user's line */
	memset(&p, 0, sizeof p);
	p.c = c;
	if (cword < 1 || cword > nwords + 1)
		cword = nwords + 1;
	p.cur = cword <= nwords ? words[cword - 1] : "";
	read_words(c, cword - 1, words, &value_of, &npos, &endopts);
	if (value_of) {
		emit_kind(&p, option_kind(&p, value_of));
	} else if (!endopts && strncmp(p.cur, "--", 2) == 0 && strchr(p.cur, '=')) {
		char name[48];
		size_t n = (size_t)(strchr(p.cur, '=') - p.cur);
		snprintf(p.prefix, sizeof p.prefix, "%.*s", (int)n + 1, p.cur);
		snprintf(name, sizeof name, "%.*s", (int)n - 2, p.cur + 2);
		p.cur += n + 1;
		emit_kind(&p, option_kind(&p, name));
	} else if (!endopts && p.cur[0] == '-') {
		emit_options(&p);
	} else if (c->cmd_name == NULL) {
		if (npos == 0)   /* else the first word is no command */
			emit_commands(&p, NULL);
	} else if (c->cmd == NULL) {
		emit_commands(&p, c->cmd_name);
	} else {
		emit_positional(&p, npos);
	}
	if (c->m)
		mbo_close(c->m);
	c->m = NULL;
	identity_drop_privilege(c);
	fflush(stdout);
	return 0;
}
