/*
 * fixture.c: see fixture.h.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/text.h"

int fx_setup(void **state)
{
	fx *f = calloc(1, sizeof *f);
	char tmpl[] = "/tmp/mbo-test-XXXXXX";

	if (f == NULL || mkdtemp(tmpl) == NULL)
		return -1;
	mbo_text_init_locale();
	snprintf(f->dir, sizeof f->dir, "%s", tmpl);
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	if (mbo_open(f->path, MBO_OPEN_CREATE, &f->m) != MBO_OK) {
		fprintf(stderr, "fx_setup: %s\n", mbo_errmsg(f->m));
		return -1;
	}
	if (mbo_bootstrap_admin(f->m, "admin", "Admin", &f->admin) != MBO_OK) {
		fprintf(stderr, "fx_setup: %s\n", mbo_errmsg(f->m));
		return -1;
	}
	*state = f;
	return 0;
}

int fx_teardown(void **state)
{
	fx *f = *state;
	char p[400];
	int open_tx;

	open_tx = !sqlite3_get_autocommit(mbo_sqlite(f->m));
	mbo_close(f->m);
	unlink(f->path);
	snprintf(p, sizeof p, "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", f->path);
	unlink(p);
	rmdir(f->dir);
	free(f);
	if (open_tx) {
		fprintf(stderr, "fx_teardown: a transaction was left open\n");
		return -1;
	}
	return 0;
}

int64_t fx_person(fx *f, const char *login, const char *role, const char *manager)
{
	int64_t id = 0;
	int r = mbo_role_parse(role);

	assert_true(r >= 0);
	if (mbo_person_add(f->m, f->admin, login, login, r, manager, &id) != MBO_OK)
		fail_msg("fx_person %s: %s", login, mbo_errmsg(f->m));
	return id;
}

mbo_day fx_day(const char *s)
{
	mbo_day d;
	const char *why;

	if (mbo_day_parse(s, mbo_today(), &d, &why) != 0)
		fail_msg("fx_day %s: %s", s, why);
	return d;
}

mbo_dec fx_dec(const char *s)
{
	mbo_dec v;
	const char *why;

	if (mbo_dec_parse(s, &v, &why) != 0)
		fail_msg("fx_dec %s: %s", s, why);
	return v;
}

void fx_sql(fx *f, const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(mbo_sqlite(f->m), sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("fx_sql: %s: %s", sql, err);
}

int64_t fx_int(fx *f, const char *sql)
{
	sqlite3_stmt *st;
	int64_t v;

	if (sqlite3_prepare_v2(mbo_sqlite(f->m), sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("fx_int: %s: %s", sql, sqlite3_errmsg(mbo_sqlite(f->m)));
	if (sqlite3_step(st) != SQLITE_ROW)
		fail_msg("fx_int: %s: no row", sql);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Quotes s for SQL into buf: 'it''s'. */
static const char *quoted(const char *s, char *buf, size_t cap)
{
	size_t o = 0;

	buf[o++] = '\'';
	for (; *s && o + 3 < cap; s++) {
		if (*s == '\'')
			buf[o++] = '\'';
		buf[o++] = *s;
	}
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

int64_t fx_goal_with(fx *f, const fx_goal_spec *s)
{
	const char *metric = s->metric ? s->metric : "revenue";
	char title[300], sql[2048], q[12][300], parent[32];

	snprintf(title, sizeof title, "Goal on %s", metric);
	if (s->parent)
		snprintf(parent, sizeof parent, "%lld", (long long)s->parent);
	else
		snprintf(parent, sizeof parent, "NULL");
	snprintf(sql, sizeof sql,
	         "INSERT INTO goal(owner_id, title, metric, unit, kind, direction, baseline, target, "
	         "weight, start_day, due_day, status, parent_id, created_by, created_at) VALUES "
	         "(%lld, %s, %s, %s, %s, %s, %lld, %lld, %lld, %s, %s, %s, %s, %lld, "
	         "'2026-01-01T00:00:00Z')",
	         (long long)s->owner, quoted(s->title ? s->title : title, q[0], sizeof q[0]),
	         quoted(metric, q[1], sizeof q[1]), quoted(s->unit ? s->unit : "units", q[2], sizeof q[2]),
	         quoted(s->kind ? s->kind : "sum", q[3], sizeof q[3]),
	         quoted(s->dir ? s->dir : "up", q[4], sizeof q[4]),
	         (long long)fx_dec(s->baseline ? s->baseline : "0"), (long long)fx_dec(s->target),
	         (long long)fx_dec(s->weight ? s->weight : "1"), quoted(s->start, q[5], sizeof q[5]),
	         quoted(s->due, q[6], sizeof q[6]), quoted(s->status ? s->status : "active", q[7], sizeof q[7]),
	         parent, (long long)f->admin);
	fx_sql(f, sql);
	return sqlite3_last_insert_rowid(mbo_sqlite(f->m));
}

int64_t fx_goal(fx *f, int64_t owner, const char *metric, const char *target,
                const char *start, const char *due)
{
	return fx_goal_with(f, &(fx_goal_spec){ .owner = owner, .metric = metric, .target = target,
	                                        .start = start, .due = due });
}

int64_t fx_goal_add(fx *f, int64_t actor, int64_t owner, int kind, const char *start,
                    const char *due)
{
	mbo_goal g;
	int64_t id = 0;

	mbo_goal_init(&g);
	g.owner_id = owner;
	g.title = strdup("Sign 5 new customers");
	snprintf(g.metric, sizeof g.metric, "new_customers");
	snprintf(g.unit, sizeof g.unit, "customers");
	g.kind = kind;
	g.baseline = MBO_DEC(2);
	g.target = MBO_DEC(5);
	g.start = fx_day(start);
	g.due = fx_day(due);
	if (mbo_goal_add(f->m, actor, &g, &id) != MBO_OK)
		fail_msg("fx_goal_add: %s", mbo_errmsg(f->m));
	mbo_goal_clear(&g);
	return id;
}

void fx_checkin(fx *f, int64_t goal, const char *day, const char *value)
{
	char sql[512];

	snprintf(sql, sizeof sql,
	         "INSERT INTO checkin(goal_id, day, value, entered_by, entered_at) "
	         "VALUES (%lld, '%s', %lld, %lld, '2026-01-01T00:00:00Z')",
	         (long long)goal, day, (long long)fx_dec(value), (long long)f->admin);
	fx_sql(f, sql);
}
