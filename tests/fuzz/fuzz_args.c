/*
 * fuzz_args.c: the command line's grammar (src/cli/args.c over the command
 * tables of tables.c) on arbitrary argument vectors: the input split at NUL
 * bytes is argv[1..]. Invariants: a parse that succeeds found a command of
 * the tables (or help, version, none), with positional arguments within its
 * bounds and options its synopsis accepts; and the value parsers (dates,
 * decimals, periods, numbers) on each word either accept it or refuse it
 * with MBO_EINVAL, never anything else.
 */
#include <string.h>

#include "fuzz.h"
#include "cli.h"

#define MAX_ARGS 40

/* The option `name` in an entry's "a= b c=" list. */
static int spec_lists(const char *spec, const char *name)
{
	size_t n = strlen(name);
	const char *p = spec;

	while (p && *p) {
		while (*p == ' ')
			p++;
		if (strncmp(p, name, n) == 0 && (p[n] == ' ' || p[n] == '=' || p[n] == '\0'))
			return 1;
		p = strchr(p, ' ');
	}
	return 0;
}

static int in_tables(const struct cmd_entry *e)
{
	int t;
	const struct cmd_entry *x;

	for (t = 0; cli_tables[t]; t++)
		for (x = cli_tables[t]; x->name; x++)
			if (x == e)
				return 1;
	return 0;
}

static void check_values(struct cli *c, int argc, char **argv)
{
	mbo_day d, first, last;
	mbo_dec v;
	int64_t id;
	int i, n, rc;

	for (i = 1; i < argc; i++) {
		rc = cli_parse_day(c, "date", argv[i], &d);
		FUZZ_CHECK(rc == 0 || rc == MBO_EINVAL, "cli_parse_day gave %d", rc);
		rc = cli_parse_dec(c, "value", argv[i], &v);
		FUZZ_CHECK(rc == 0 || rc == MBO_EINVAL, "cli_parse_dec gave %d", rc);
		rc = cli_parse_period(c, "period", argv[i], &first, &last);
		FUZZ_CHECK(rc == 0 || rc == MBO_EINVAL, "cli_parse_period gave %d", rc);
		rc = cli_parse_id(c, "goal", "mbo goal list", argv[i], &id);
		FUZZ_CHECK(rc == 0 || rc == MBO_EINVAL, "cli_parse_id gave %d", rc);
		if (rc == 0)
			FUZZ_CHECK(id > 0, "id %lld accepted", (long long)id);
		rc = cli_parse_int(c, "count", argv[i], -5, 5, &n);
		FUZZ_CHECK(rc == 0 || rc == MBO_EINVAL, "cli_parse_int gave %d", rc);
		if (rc == 0)
			FUZZ_CHECK(n >= -5 && n <= 5, "%d accepted in -5..5", n);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct cli c;
	char *buf = fuzz_str(data, size), *argv[MAX_ARGS + 2];
	int argc = 1, i, rc;
	size_t at = 0;
	const char *why;

	argv[0] = "mbo";
	while (argc <= MAX_ARGS && at <= size) {
		argv[argc++] = buf + at;
		at += strlen(buf + at) + 1;
	}
	argv[argc] = NULL;
	memset(&c, 0, sizeof c);
	c.format = FMT_TABLE;
	c.tables = cli_tables;
	mbo_day_parse("2026-11-27", 0, &c.today, &why);
	rc = cli_parse(&c, argc, argv);
	FUZZ_CHECK(rc == 0 || rc == MBO_EUSAGE, "cli_parse gave %d", rc);
	if (rc == 0 && c.cmd && !c.help && !c.version) {
		FUZZ_CHECK(in_tables(c.cmd), "the command is not in the tables");
		FUZZ_CHECK(c.npos >= c.cmd->npos_min && c.npos <= c.cmd->npos_max,
		           "%s %s: %d arguments, not %d..%d", c.cmd->name, c.cmd->sub ? c.cmd->sub : "",
		           c.npos, c.cmd->npos_min, c.cmd->npos_max);
		for (i = 0; i < c.nopts; i++)
			FUZZ_CHECK(spec_lists(c.cmd->opts, c.opts[i].name), "option --%s is not in '%s'",
			           c.opts[i].name, c.cmd->opts);
	}
	if (rc == 0)
		FUZZ_CHECK(c.format >= FMT_TABLE && c.format <= FMT_JSON, "format %d", c.format);
	check_values(&c, argc, argv);
	free(buf);
	return 0;
}
