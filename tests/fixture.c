/*
 * fixture.c: see fixture.h.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
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

int64_t fx_goal(fx *f, int64_t owner, const char *metric, const char *target,
                const char *start, const char *due)
{
	char sql[1024];

	snprintf(sql, sizeof sql,
	         "INSERT INTO goal(owner_id, title, metric, unit, target, start_day, due_day, status, "
	         "created_by, created_at) VALUES (%lld, 'Goal on %s', '%s', 'units', %lld, '%s', '%s', "
	         "'active', %lld, '2026-01-01T00:00:00Z')",
	         (long long)owner, metric, metric, (long long)fx_dec(target), start, due,
	         (long long)f->admin);
	fx_sql(f, sql);
	return sqlite3_last_insert_rowid(mbo_sqlite(f->m));
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
