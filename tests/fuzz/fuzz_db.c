/*
 * fuzz_db.c: the shared database of the harnesses that need one (import,
 * SMART). Made once, not per input: a fresh database per run would cost
 * more than the input under test.
 */
#include <sanitizer/common_interface_defs.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "mbo/person.h"
#include "mbo/text.h"

static struct fuzz_db db;
static char dir[64], path[96];

void fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
	char msg[1024];
	int n;
	va_list ap;

	n = snprintf(msg, sizeof msg, "fuzz: %s:%d: %s: ", file, line, cond);
	va_start(ap, fmt);
	vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s\n", msg);
	__sanitizer_report_error_summary(msg);
	abort();
}

char *fuzz_str(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

static void rm_db(void)
{
	char p[128];

	mbo_close(db.m);
	unlink(path);
	snprintf(p, sizeof p, "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", path);
	unlink(p);
	rmdir(dir);
}

static void sql(const char *q)
{
	char *err = NULL;

	if (sqlite3_exec(mbo_sqlite(db.m), q, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "fuzz_db: %s: %s\n", q, err);
		abort();
	}
}

static int64_t goal(const char *metric)
{
	char q[512];

	snprintf(q, sizeof q,
	         "INSERT INTO goal(owner_id, title, metric, unit, target, start_day, due_day, status, "
	         "created_by, created_at) VALUES (%lld, 'Goal on %s', '%s', 'units', 1000000000, "
	         "'2026-01-01', '2026-12-31', 'active', %lld, '2026-01-01T00:00:00Z')",
	         (long long)db.rep, metric, metric, (long long)db.admin);
	sql(q);
	return sqlite3_last_insert_rowid(mbo_sqlite(db.m));
}

int64_t fuzz_int(struct fuzz_db *f, const char *q)
{
	sqlite3_stmt *st;
	int64_t v = -1;

	if (sqlite3_prepare_v2(mbo_sqlite(f->m), q, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

struct fuzz_db *fuzz_db(void)
{
	if (db.m)
		return &db;
	snprintf(dir, sizeof dir, "/tmp/mbo-fuzz-XXXXXX");
	if (mkdtemp(dir) == NULL)
		abort();
	snprintf(path, sizeof path, "%s/f.db", dir);
	mbo_text_init_locale();
	if (mbo_open(path, MBO_OPEN_CREATE, &db.m) != MBO_OK ||
	    mbo_bootstrap_admin(db.m, "admin", "Admin", &db.admin) != MBO_OK ||
	    mbo_person_add(db.m, db.admin, "mgr", "Manager", MBO_ROLE_MANAGER, NULL, &db.mgr) != MBO_OK ||
	    mbo_person_add(db.m, db.admin, "rep", "Rep", MBO_ROLE_SALES, "mgr", &db.rep) != MBO_OK) {
		fprintf(stderr, "fuzz_db: %s\n", db.m ? mbo_errmsg(db.m) : "out of memory");
		abort();
	}
	db.goals[0] = goal("revenue");
	db.goals[1] = goal("visits");
	db.goals[2] = goal("calls");
	atexit(rm_db);
	return &db;
}
