/*
 * config.c: a person's preferences file (see config.h). Parsed whole into a
 * copy, which replaces *cfg only when every line is good.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mbo/config.h"
#include "mbo/db.h"
#include "mbo/i18n.h"
#include "mbo/text.h"

#define CONFIG_MAX_BYTES (64 * 1024)
#define LINE_MAX_BYTES 1024
#define RESERVED_KEYS "jkgGM"

static const struct {
	const char *name;
	int key;
} actions[MBO_KEY_ACTIONS] = {
	[MBO_KEY_HELP] = { "help", '?' },        [MBO_KEY_QUIT] = { "quit", 'q' },
	[MBO_KEY_FILTER] = { "filter", '/' },    [MBO_KEY_NEW] = { "new", 'n' },
	[MBO_KEY_UNDO] = { "undo", 'u' },        [MBO_KEY_CHECKIN] = { "checkin", 'a' },
	[MBO_KEY_APPROVE] = { "approve", 'A' },  [MBO_KEY_REVISE] = { "revise", 'r' },
	[MBO_KEY_CLOSE] = { "close", 'c' },      [MBO_KEY_TASKS] = { "tasks", 't' },
	[MBO_KEY_EVAL] = { "eval", 'e' },        [MBO_KEY_REPORT] = { "report", 'l' },
	[MBO_KEY_PERIOD] = { "period", 'p' },    [MBO_KEY_METRIC] = { "metric", 'm' },
	[MBO_KEY_NEXT] = { "next", ']' },        [MBO_KEY_PREV] = { "prev", '[' },
	[MBO_KEY_TICK] = { "tick", ' ' },        [MBO_KEY_SUMMARY] = { "summary", 'S' },
	[MBO_KEY_RATE] = { "rate", 'R' },
};

static const char *const start_names[MBO_START_SCREENS] = {
	"dashboard", "team", "alerts", "report",
};

const char *mbo_config_action_name(int action)
{
	return action >= 0 && action < MBO_KEY_ACTIONS ? actions[action].name : NULL;
}

int mbo_config_action_default(int action)
{
	return action >= 0 && action < MBO_KEY_ACTIONS ? actions[action].key : 0;
}

const char *mbo_config_start_name(int start)
{
	return start >= 0 && start < MBO_START_SCREENS ? start_names[start] : NULL;
}

void mbo_config_defaults(struct mbo_config *cfg)
{
	int i;

	memset(cfg, 0, sizeof *cfg);
	cfg->theme = MBO_THEME_AUTO;
	cfg->start = MBO_START_DASHBOARD;
	for (i = 0; i < MBO_KEY_ACTIONS; i++)
		cfg->keys[i] = actions[i].key;
}

int mbo_config_path(char *buf, size_t cap)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	int n;

	/* The XDG base directory spec: a relative XDG_CONFIG_HOME is invalid
	 * and is ignored. */
	if (xdg && xdg[0] == '/')
		n = snprintf(buf, cap, "%s/mbo/config", xdg);
	else if (home && home[0] == '/')
		n = snprintf(buf, cap, "%s/.config/mbo/config", home);
	else
		return MBO_ENOTFOUND;
	return n > 0 && (size_t)n < cap ? MBO_OK : MBO_ENOTFOUND;
}

/* The parse in progress: the file's name for messages, the line. */
struct parse {
	const char *name;
	unsigned line;
	char *err;
	size_t cap;
	unsigned key_line[MBO_KEY_ACTIONS];   /* where each key was bound; 0: default */
};

static int bad(struct parse *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int bad(struct parse *p, const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(p->err, p->cap, "%s:%u: ", p->name, p->line);

	if (n < 0 || (size_t)n >= p->cap)
		return MBO_EUSAGE;
	va_start(ap, fmt);
	vsnprintf(p->err + n, p->cap - (size_t)n, fmt, ap);
	va_end(ap);
	return MBO_EUSAGE;
}

static int set_language(struct parse *p, struct mbo_config *cfg, const char *v)
{
	char z[MBO_EXCERPT_CAP];

	if (strcmp(v, "zh_CN") == 0 || strcmp(v, "zh") == 0 || strcmp(v, "zh_CN.UTF-8") == 0)
		v = "zh_CN";
	else if (strcmp(v, "en") == 0 || strcmp(v, "en_US") == 0 || strcmp(v, "en_GB") == 0 ||
	         strcmp(v, "en_US.UTF-8") == 0)
		v = "en";
	else
		return bad(p, _("language: '%s' is not a language of mbo; write zh_CN or en"),
		           mbo_text_excerpt(v, z, sizeof z));
	snprintf(cfg->language, sizeof cfg->language, "%s", v);
	return MBO_OK;
}

static int set_theme(struct parse *p, struct mbo_config *cfg, const char *v)
{
	static const char *const names[] = { [MBO_THEME_AUTO] = "auto", [MBO_THEME_COLOR] = "color",
	                                     [MBO_THEME_MONO] = "mono" };
	char z[MBO_EXCERPT_CAP];
	int i;

	for (i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
		if (strcmp(v, names[i]) == 0) {
			cfg->theme = i;
			return MBO_OK;
		}
	if (strcmp(v, "colour") == 0) {
		cfg->theme = MBO_THEME_COLOR;
		return MBO_OK;
	}
	return bad(p, _("theme: '%s' is not a theme; write color, mono or auto"),
	           mbo_text_excerpt(v, z, sizeof z));
}

static int set_start(struct parse *p, struct mbo_config *cfg, const char *v)
{
	char z[MBO_EXCERPT_CAP];
	int i;

	for (i = 0; i < MBO_START_SCREENS; i++)
		if (strcmp(v, start_names[i]) == 0) {
			cfg->start = i;
			return MBO_OK;
		}
	return bad(p, _("start: '%s' is not a screen; write dashboard, team, alerts or report"),
	           mbo_text_excerpt(v, z, sizeof z));
}

static int set_key(struct parse *p, struct mbo_config *cfg, const char *action, const char *v)
{
	char z[MBO_EXCERPT_CAP];
	int i, key;

	for (i = 0; i < MBO_KEY_ACTIONS; i++)
		if (strcmp(action, actions[i].name) == 0)
			break;
	if (i == MBO_KEY_ACTIONS)
		return bad(p, _("key.%s: there is no such action; the help screen (?) names them, "
		                "for example key.checkin"), mbo_text_excerpt(action, z, sizeof z));
	if (strcmp(v, "space") == 0)
		key = ' ';
	else if (strlen(v) == 1 && v[0] > ' ' && v[0] < 0x7f)
		key = v[0];
	else
		return bad(p, _("key.%s: '%s' is not one key; write one character (a, A, ?) or space"),
		           actions[i].name, mbo_text_excerpt(v, z, sizeof z));
	/* The keys that move in a list (j k g G) and step back through the
	 * metrics (M) are not actions of their own: not to be taken. */
	if (strchr(RESERVED_KEYS, key) != NULL)
		return bad(p, _("key.%s: '%c' moves in lists (j, k, g, G, M); choose another key"),
		           actions[i].name, key);
	cfg->keys[i] = key;
	p->key_line[i] = p->line;
	return MBO_OK;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* One line, NUL-terminated, without its newline. */
static int parse_line(struct parse *p, struct mbo_config *cfg, char *line)
{
	char z[MBO_EXCERPT_CAP], *eq, *name, *value, *t;

	/* A tab separates as a space does. */
	for (t = line; (t = strchr(t, '\t')) != NULL; t++)
		*t = ' ';
	line = trim(line);
	if (line[0] == '\0' || line[0] == '#')
		return MBO_OK;
	if (!mbo_text_is_clean(line, false))
		return bad(p, _("holds a control character or bytes that are not UTF-8; "
		                "write the line again in plain text"));
	eq = strchr(line, '=');
	if (eq == NULL)
		return bad(p, _("'%s' is not a setting; write NAME = VALUE, for example language = zh_CN"),
		           mbo_text_excerpt(line, z, sizeof z));
	*eq = '\0';
	name = trim(line);
	value = trim(eq + 1);
	if (value[0] == '\0')
		return bad(p, _("%s: has no value; write one after the =, or delete the line"),
		           mbo_text_excerpt(name, z, sizeof z));
	if (strcmp(name, "language") == 0)
		return set_language(p, cfg, value);
	if (strcmp(name, "theme") == 0)
		return set_theme(p, cfg, value);
	if (strcmp(name, "start") == 0)
		return set_start(p, cfg, value);
	if (strncmp(name, "key.", 4) == 0)
		return set_key(p, cfg, name + 4, value);
	return bad(p, _("'%s' is not a setting of mbo; use language, theme, start or key.ACTION"),
	           mbo_text_excerpt(name, z, sizeof z));
}

/* Two actions on one key: the later binding is the mistake. */
static int check_keys(struct parse *p, const struct mbo_config *cfg)
{
	char k[8];
	int i, j;

	for (i = 0; i < MBO_KEY_ACTIONS; i++)
		for (j = i + 1; j < MBO_KEY_ACTIONS; j++) {
			int later;
			if (cfg->keys[i] != cfg->keys[j])
				continue;
			later = p->key_line[i] > p->key_line[j] ? i : j;
			p->line = p->key_line[later];
			if (cfg->keys[i] == ' ')
				snprintf(k, sizeof k, "space");
			else
				snprintf(k, sizeof k, "%c", cfg->keys[i]);
			return bad(p, _("key.%s: '%s' is already the key of %s; choose another key, "
			                "or give %s another key too"),
			           actions[later].name, k, actions[later == i ? j : i].name,
			           actions[later == i ? j : i].name);
		}
	return MBO_OK;
}

int mbo_config_parse(const char *text, size_t len, const char *name, struct mbo_config *cfg,
                     char *err, size_t cap)
{
	struct parse p = { .name = name, .err = err, .cap = cap };
	struct mbo_config next;
	char line[LINE_MAX_BYTES + 1];
	size_t at = 0;
	int rc = MBO_OK;

	err[0] = '\0';
	mbo_config_defaults(cfg);
	mbo_config_defaults(&next);
	/* A byte order mark, as some Windows editors write. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		at = 3;
	while (at < len && rc == MBO_OK) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
		p.line++;
		if (memchr(text + at, '\0', n) != NULL)
			rc = bad(&p, _("holds a NUL byte; save the file as plain UTF-8 text"));
		else if (n > LINE_MAX_BYTES)
			rc = bad(&p, _("is longer than %d bytes; a setting fits on a short line"),
			         LINE_MAX_BYTES);
		else {
			memcpy(line, text + at, n);
			line[n] = '\0';
			rc = parse_line(&p, &next, line);
		}
		at += n + (nl != NULL);
	}
	if (rc == MBO_OK)
		rc = check_keys(&p, &next);
	if (rc == MBO_OK)
		*cfg = next;
	return rc;
}

/* The whole file into *text (at most CONFIG_MAX_BYTES); MBO_ENOTFOUND when
 * there is none. */
static int read_file(const char *path, char **text, size_t *len, char *err, size_t cap)
{
	bool privileged = getuid() != geteuid() || getgid() != getegid();
	struct stat sb;
	ssize_t r = 0;
	size_t got;
	char *buf;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

	/* No file, or a directory on the way the user may not enter (another
	 * user's XDG_CONFIG_HOME, kept across su): no config of theirs. A
	 * file they can see but not read is an error to fix. */
	if (fd < 0 && (errno == ENOENT || errno == ENOTDIR))
		return MBO_ENOTFOUND;
	if (fd < 0 && errno == EACCES && stat(path, &sb) != 0)
		return MBO_ENOTFOUND;
	if (fd < 0) {
		snprintf(err, cap, _("%s: cannot be read (%s); fix its permissions or remove it"), path,
		         strerror(errno));
		return MBO_EUSAGE;
	}
	if (fstat(fd, &sb) != 0) {
		snprintf(err, cap, _("%s: cannot be read (%s); fix its permissions or remove it"), path,
		         strerror(errno));
		close(fd);
		return MBO_EUSAGE;
	}
	if (privileged && S_ISREG(sb.st_mode) && sb.st_uid != getuid()) {
		snprintf(err, cap, _("%s: is not your own file; a shared mbo reads only a config "
		                     "you own"), path);
		close(fd);
		return MBO_EUSAGE;
	}
	if (!S_ISREG(sb.st_mode) || sb.st_size > CONFIG_MAX_BYTES) {
		snprintf(err, cap, _("%s: is not a text file of at most 64 KiB; a config holds "
		                     "a few lines"), path);
		close(fd);
		return MBO_EUSAGE;
	}
	buf = malloc((size_t)sb.st_size + 1);
	if (buf == NULL) {
		close(fd);
		snprintf(err, cap, _("%s: out of memory"), path);
		return MBO_EFAIL;
	}
	/* The whole file, however many reads it takes (a read may stop short). */
	for (got = 0; got < (size_t)sb.st_size; got += (size_t)r) {
		r = read(fd, buf + got, (size_t)sb.st_size - got);
		if (r < 0 && errno == EINTR) {
			r = 0;
			continue;
		}
		if (r <= 0)
			break;
	}
	close(fd);
	if (r < 0) {
		snprintf(err, cap, _("%s: cannot be read (%s); fix its permissions or remove it"), path,
		         strerror(errno));
		free(buf);
		return MBO_EUSAGE;
	}
	*text = buf;
	*len = got;
	return MBO_OK;
}

int mbo_config_load(const char *path, struct mbo_config *cfg, char *err, size_t cap)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	err[0] = '\0';
	mbo_config_defaults(cfg);
	rc = read_file(path, &text, &len, err, cap);
	if (rc == MBO_ENOTFOUND)
		return MBO_OK;
	if (rc)
		return rc;
	rc = mbo_config_parse(text, len, path, cfg, err, cap);
	free(text);
	return rc;
}
