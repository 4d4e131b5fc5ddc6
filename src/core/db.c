/*
 * db.c: opening, creating and migrating the database; errors; the
 * statement cache; small SQL helpers shared by the core's modules.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "mbo/text.h"

extern const char mbo_schema_sql[];

#define BUSY_TIMEOUT_MS 10000

/*
 * Waiting for a lock. Many sessions write at once; SQLite lets one writer in
 * at a time and calls this handler while another holds the lock. SQLite's
 * own busy timeout sleeps longer and longer, up to 100 ms a try, so under a
 * crowd a writer that has waited a while keeps losing the lock to newcomers
 * and can time out; here every try comes 0.5 to 4 ms after the last, with
 * jitter so that waiters do not move in step, until BUSY_TIMEOUT_MS have
 * passed since the first. `n` is 0 on the first call for a new wait; mbo
 * runs SQLite from one thread (SQLITE_OPEN_NOMUTEX), so one wait is in
 * progress at a time and its start can live here.
 */
static int busy_wait(void *arg, int n)
{
	static struct timespec since;
	static unsigned seed;
	struct timespec now, pause;
	long long waited_ms;

	(void)arg;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (n == 0) {
		since = now;
		if (seed == 0)
			seed = (unsigned)getpid() ^ (unsigned)now.tv_nsec;
	}
	waited_ms = (long long)(now.tv_sec - since.tv_sec) * 1000 + (now.tv_nsec - since.tv_nsec) / 1000000;
	if (waited_ms >= BUSY_TIMEOUT_MS)
		return 0;
	pause.tv_sec = 0;
	pause.tv_nsec = (500 + (long)(rand_r(&seed) % 3500)) * 1000L;
	nanosleep(&pause, NULL);
	return 1;
}

int mbo_error(mbo *m, int rc, const char *fmt, ...)
{
	va_list ap;

	if (m == NULL)
		return rc;
	m->errcode = rc;
	va_start(ap, fmt);
	vsnprintf(m->errmsg, sizeof m->errmsg, fmt, ap);
	va_end(ap);
	mbo_text_trim_partial(m->errmsg);
	/* Messages quote what users typed: keep them inert on a terminal. */
	if (!mbo_text_is_clean(m->errmsg, false)) {
		char *safe = mbo_text_sanitize(m->errmsg, true);
		if (safe) {
			snprintf(m->errmsg, sizeof m->errmsg, "%s", safe);
			free(safe);
		}
	}
	return rc;
}

const char *mbo_errmsg(const mbo *m)
{
	return m ? m->errmsg : _("out of memory");
}

int mbo_errcode(const mbo *m)
{
	return m ? m->errcode : MBO_EFAIL;
}

const char *mbo_path(const mbo *m)
{
	return m->path;
}

sqlite3 *mbo_sqlite(mbo *m)
{
	return m->db;
}

/*
 * Why the database cannot be written, in words that say what to change:
 * a read-only file system, the folder (SQLite creates the -wal and -shm
 * files beside the database, so it must be writable), the file itself, or
 * a -wal or -shm file another user left. Checked with the effective ids.
 */
static int readonly_error(mbo *m, const char *what)
{
	static const char *const side[] = { "-wal", "-shm" };
	char dir[4096], aux[4096];
	const char *slash = strrchr(m->path, '/');
	size_t i;

	if (slash == NULL)
		snprintf(dir, sizeof dir, ".");
	else if (slash == m->path)
		snprintf(dir, sizeof dir, "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - m->path), m->path);
	if (faccessat(AT_FDCWD, m->path, W_OK, AT_EACCESS) != 0 && errno == EROFS)
		return mbo_error(m, MBO_EDB, _("%s: %s is on a read-only file system; copy it to a writable "
		                   "one, or remount that file system read-write"), what, m->path);
	if (faccessat(AT_FDCWD, m->path, W_OK, AT_EACCESS) != 0)
		return mbo_error(m, MBO_EDB, _("%s: the database file %s is read-only for you; ask its owner "
		                   "for write access (chmod or chgrp), or work on a copy"), what, m->path);
	if (faccessat(AT_FDCWD, dir, W_OK, AT_EACCESS) != 0)
		return mbo_error(m, MBO_EDB, _("%s: the folder %s is read-only for you, and mbo writes its "
		                   "journal (%s-wal, %s-shm) beside the database; ask for write access to the "
		                   "folder, or move the database to a folder you can write"), what, dir, m->path,
		                 m->path);
	for (i = 0; i < sizeof side / sizeof side[0]; i++) {
		snprintf(aux, sizeof aux, "%s%s", m->path, side[i]);
		if (faccessat(AT_FDCWD, aux, W_OK, AT_EACCESS) != 0 && errno != ENOENT)
			return mbo_error(m, MBO_EDB, _("%s: %s is read-only for you (another user's session "
			                   "made it); ask them or the admin to make it writable for the group, "
			                   "or to remove it when no one is using mbo"), what, aux);
	}
	return mbo_error(m, MBO_EDB, _("%s: the database %s is read-only"), what, m->path);
}

bool mbo_db_unused(const char *path)
{
	static const char *const side[] = { "-wal", "-journal" };
	char aux[4096];
	struct stat sb;
	size_t i;

	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size != 0)
		return false;
	for (i = 0; i < sizeof side / sizeof side[0]; i++) {
		snprintf(aux, sizeof aux, "%s%s", path, side[i]);
		if (stat(aux, &sb) == 0 && sb.st_size > 0)
			return false;
	}
	return true;
}

void mbo_caches_forget(mbo *m)
{
	m->cache_gen++;
}

int mbo_dberr(mbo *m, const char *what)
{
	int code = m->db ? sqlite3_errcode(m->db) : SQLITE_ERROR;

	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return mbo_error(m, MBO_EDB, _("%s: the database stayed busy for %d seconds; try again"),
		                 what, BUSY_TIMEOUT_MS / 1000);
	if (code == SQLITE_READONLY)
		return readonly_error(m, what);
	if (code == SQLITE_FULL)
		return mbo_error(m, MBO_EDB, _("%s: the disk is full; free space and try again"), what);
	if (code == SQLITE_CONSTRAINT)
		/* A rule the schema keeps (its CHECKs and triggers) that another
		 * session's change broke between the core's check and this
		 * write: invalid input now, and nothing was written. */
		return mbo_error(m, MBO_EINVAL, "%s: %s", what, sqlite3_errmsg(m->db));
	if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
		return mbo_error(m, MBO_EDB, _("%s: %s is not an mbo database or is damaged; check --db and "
		                   "$MBO_DB, or restore from a backup (mbo backup)"), what, m->path);
	return mbo_error(m, MBO_EDB, "%s: %s", what, m->db ? sqlite3_errmsg(m->db) : _("no database"));
}

int mbo_grow(void *pv, size_t *cap, size_t size)
{
	size_t n = *cap ? *cap * 2 : 16;
	void *p;

	if (n > SIZE_MAX / size)
		return -1;
	memcpy(&p, pv, sizeof p);
	p = realloc(p, n * size);
	if (p == NULL)
		return -1;
	memcpy(pv, &p, sizeof p);
	*cap = n;
	return 0;
}

int mbo_stmt_ids(mbo *m, sqlite3_stmt *st, const char *what, int64_t **ids, size_t *n)
{
	int64_t *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			free(v);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		v[cnt++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return mbo_dberr(m, what);
	}
	*ids = v;
	*n = cnt;
	return MBO_OK;
}

char *mbo_strdup(const char *s)
{
	size_t n;
	char *p;

	if (s == NULL)
		return NULL;
	n = strlen(s) + 1;
	p = malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* Walks the embedded schema: calls fn for each "-- @version N" block. */
static int schema_blocks(int (*fn)(void *, int, const char *, size_t), void *arg)
{
	const char *p = mbo_schema_sql;
	const char *block = NULL;
	int version = 0;

	for (;;) {
		const char *eol = strchr(p, '\n');
		const char *next = eol ? eol + 1 : p + strlen(p);
		int v;

		if (*p == '\0' || sscanf(p, "-- @version %d", &v) == 1) {
			if (block != NULL) {
				int rc = fn(arg, version, block, (size_t)(p - block));
				if (rc)
					return rc;
			}
			if (*p == '\0')
				return 0;
			version = v;
			block = next;
		}
		p = next;
	}
}

static int count_version(void *arg, int version, const char *sql, size_t len)
{
	(void)sql;
	(void)len;
	*(int *)arg = version;
	return 0;
}

int mbo_schema_version(void)
{
	static int cached;

	if (cached == 0)
		schema_blocks(count_version, &cached);
	return cached;
}

struct migrate_arg {
	mbo *m;
	int from;
};

static int apply_block(void *arg, int version, const char *sql, size_t len)
{
	struct migrate_arg *a = arg;
	char *text, *err = NULL;
	char pragma[64];

	if (version <= a->from)
		return 0;
	text = malloc(len + 1);
	if (text == NULL)
		return mbo_error(a->m, MBO_EFAIL, _("out of memory"));
	memcpy(text, sql, len);
	text[len] = '\0';
	if (sqlite3_exec(a->m->db, text, NULL, NULL, &err) != SQLITE_OK) {
		int code = sqlite3_errcode(a->m->db);
		char what[80];

		/* The first to open an old database upgrades it, so a reader who
		 * may not write it (a shared install, a copy in a read-only
		 * folder) ends here: say what to change, as any refused write
		 * does. A failed upgrade is a database error, never bad input. */
		snprintf(what, sizeof what, _("upgrading the database to schema version %d"), version);
		if (code == SQLITE_READONLY || code == SQLITE_FULL || code == SQLITE_BUSY)
			mbo_dberr(a->m, what);
		else
			mbo_error(a->m, MBO_EDB, "%s: %s", what, err ? err : _("failed"));
		sqlite3_free(err);
		free(text);
		return MBO_EDB;
	}
	free(text);
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", version);
	return mbo_exec(a->m, pragma);
}

static int user_version(mbo *m, int *v);

/* How many rows point to a missing row (PRAGMA foreign_key_check); the
 * first of them is described in `first`, as mbo_check names it. */
static int broken_references(mbo *m, int64_t *n, char *first, size_t cap)
{
	sqlite3_stmt *st;
	int rc;

	*n = 0;
	first[0] = '\0';
	if (sqlite3_prepare_v2(m->db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		return mbo_dberr(m, _("foreign key check"));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == 0)
			snprintf(first, cap, _("foreign key check: table %s row %lld points to a missing %s row"),
			         (const char *)sqlite3_column_text(st, 0), (long long)sqlite3_column_int64(st, 1),
			         (const char *)sqlite3_column_text(st, 2));
		++*n;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("foreign key check"));
}

/* Runs the blocks after the version read under the lock. A block may
 * rebuild tables (version 5), which the foreign keys would refuse row by
 * row, so they are off meanwhile (migrate) and checked here afterwards, as
 * SQLite's docs ask: the upgrade may not leave more rows pointing nowhere
 * than it found (a file edited in the sqlite3 shell may have some; `mbo
 * check` names them). */
static int migrate_locked(mbo *m, struct migrate_arg *a)
{
	int64_t before = 0, after = 0;
	char what[80], first[512];
	int rc;

	rc = user_version(m, &a->from);
	if (rc || a->from >= mbo_schema_version())
		return rc;
	rc = broken_references(m, &before, first, sizeof first);
	if (rc == MBO_OK)
		rc = schema_blocks(apply_block, a);
	if (rc == MBO_OK)
		rc = broken_references(m, &after, first, sizeof first);
	if (rc == MBO_OK && after > before) {
		snprintf(what, sizeof what, _("upgrading the database to schema version %d"),
		         mbo_schema_version());
		return mbo_error(m, MBO_EDB, "%s: %s", what, first);
	}
	return rc;
}

/* Brings the schema from `from` to the current version in one transaction,
 * with foreign keys off (the pragma does nothing inside a transaction) and
 * on again after it, whatever happened. Sessions that open an old database
 * at once queue for the write lock; the version is read again under the
 * lock, so only the first one migrates. */
static int migrate(mbo *m, int from)
{
	struct migrate_arg a = { m, from };
	int rc;

	if (mbo_exec(m, "PRAGMA foreign_keys = OFF"))
		return MBO_EDB;
	rc = mbo_exec(m, "BEGIN IMMEDIATE");
	if (rc == MBO_OK) {
		rc = migrate_locked(m, &a);
		if (rc)
			sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
		else
			rc = mbo_exec(m, "COMMIT");
		if (rc && !sqlite3_get_autocommit(m->db))
			sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
	}
	if (rc)
		sqlite3_exec(m->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	else
		rc = mbo_exec(m, "PRAGMA foreign_keys = ON");
	return rc;
}

static int user_version(mbo *m, int *v)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(m->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return mbo_dberr(m, _("reading the schema version"));
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return mbo_dberr(m, _("reading the schema version"));
	}
	*v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return MBO_OK;
}

/*
 * Performance (docs/performance.md): SQLite's page caches start with a bulk
 * allocation of 20 pages (~90 KB), and every statement with a recursive CTE
 * or an IN (SELECT ...) opens and closes two temporary b-trees, each with
 * its own cache. glibc gave the memory back to the system at every close
 * and took it again at the next open: 664 brk calls and 3,600 page faults in
 * one `mbo status --team` of 50 people, a third of its time. Without the
 * bulk allocation pages are allocated as needed. This must precede SQLite's
 * initialisation (the first open); later it is a no-op.
 */
static void tune_sqlite(void)
{
	static int done;

	if (!done) {
		done = 1;
		sqlite3_config(SQLITE_CONFIG_PAGECACHE, (void *)0, 0, 0);
	}
}

int mbo_open(const char *path, int flags, mbo **out)
{
	struct stat sb;
	mbo *m;
	int oflags, v = 0, rc;

	tune_sqlite();
	*out = m = calloc(1, sizeof *m);
	if (m == NULL)
		return MBO_EFAIL;
	m->path = mbo_strdup(path);
	if (m->path == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));

	if (flags & MBO_OPEN_CREATE) {
		if (stat(path, &sb) == 0 && !mbo_db_unused(path))
			return mbo_error(m, MBO_EINVAL,
			                 _("%s already exists: remove it or choose another --db"), path);
		oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	} else {
		if (stat(path, &sb) != 0)
			return mbo_error(m, MBO_EDB,
			                 _("no database at %s: create one with `mbo init` or pass --db PATH"), path);
		oflags = (flags & MBO_OPEN_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	}
	if (sqlite3_open_v2(path, &m->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
		return mbo_dberr(m, _("opening the database"));
	sqlite3_extended_result_codes(m->db, 0);
	sqlite3_busy_handler(m->db, busy_wait, NULL);
	if (mbo_exec(m, "PRAGMA foreign_keys = ON"))
		return MBO_EDB;

	if (flags & MBO_OPEN_CREATE) {
		if (mbo_exec(m, "PRAGMA journal_mode = WAL"))
			return MBO_EDB;
	}
	/* WAL keeps readers and the one writer apart; FULL makes every
	 * acknowledged commit survive a power cut, not only a crash. */
	if (mbo_exec(m, "PRAGMA synchronous = FULL"))
		return MBO_EDB;

	rc = user_version(m, &v);
	if (rc)
		return rc;
	if (v > mbo_schema_version())
		return mbo_error(m, MBO_EDB,
		                 _("%s has schema version %d, newer than this mbo (%d): upgrade mbo"),
		                 path, v, mbo_schema_version());
	if (v == 0 && !(flags & MBO_OPEN_CREATE)) {
		sqlite3_stmt *st;
		int tables = 0;

		if (sqlite3_prepare_v2(m->db, "SELECT count(*) FROM sqlite_master", -1, &st, NULL) == SQLITE_OK) {
			if (sqlite3_step(st) == SQLITE_ROW)
				tables = sqlite3_column_int(st, 0);
			sqlite3_finalize(st);
		}
		if (tables > 0)
			return mbo_error(m, MBO_EDB, _("%s is not an mbo database"), path);
		return mbo_error(m, MBO_EDB, _("%s is an empty file, not yet a database: run `mbo init` to "
		                   "create the database in it"), path);
	}
	if (v < mbo_schema_version()) {
		if (flags & MBO_OPEN_READONLY)
			return mbo_error(m, MBO_EDB, _("%s needs an upgrade: open it once read-write"), path);
		rc = migrate(m, v);
		if (rc)
			return rc;
	}
	return MBO_OK;
}

void mbo_close(mbo *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->ncache; i++)
		sqlite3_finalize(m->cache[i].stmt);
	free(m->cache);
	if (m->db)
		sqlite3_close(m->db);
	free(m->cal);
	free(m->path);
	free(m);
}

sqlite3_stmt *mbo_stmt(mbo *m, const char *sql)
{
	sqlite3_stmt *st;
	size_t i;

	for (i = 0; i < m->ncache; i++) {
		if (m->cache[i].sql == sql) {
			st = m->cache[i].stmt;
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return st;
		}
	}
	if (sqlite3_prepare_v3(m->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		mbo_dberr(m, _("preparing a query"));
		return NULL;
	}
	/* The cache only grows: a statement handed out may still be stepping,
	 * so none is finalized before mbo_close. The core has a fixed set of
	 * literals, so it stays small. */
	if (m->ncache == m->capcache) {
		size_t cap = m->capcache ? m->capcache * 2 : 64;
		struct mbo_stmt_slot *p = realloc(m->cache, cap * sizeof *p);
		if (p == NULL) {
			sqlite3_finalize(st);
			mbo_error(m, MBO_EFAIL, _("out of memory"));
			return NULL;
		}
		m->cache = p;
		m->capcache = cap;
	}
	m->cache[m->ncache].sql = sql;
	m->cache[m->ncache].stmt = st;
	m->ncache++;
	return st;
}

int mbo_exec(mbo *m, const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(m->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		int code = sqlite3_errcode(m->db);
		if (code == SQLITE_BUSY || code == SQLITE_READONLY || code == SQLITE_FULL ||
		    code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
			sqlite3_free(err);
			return mbo_dberr(m, _("database"));
		}
		mbo_error(m, MBO_EDB, _("database: %s"), err ? err : sqlite3_errmsg(m->db));
		sqlite3_free(err);
		return MBO_EDB;
	}
	return MBO_OK;
}

bool mbo_read_begin(mbo *m)
{
	if (!sqlite3_get_autocommit(m->db) || sqlite3_exec(m->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return false;
	m->read_tx = true;
	m->nsettings = 0;
	return true;
}

void mbo_read_end(mbo *m, bool began)
{
	if (!began)
		return;
	m->read_tx = false;
	m->nsettings = 0;
	if (!sqlite3_get_autocommit(m->db))
		sqlite3_exec(m->db, "COMMIT", NULL, NULL, NULL);
}

int mbo_bind_day(sqlite3_stmt *st, int idx, mbo_day day)
{
	char buf[16];

	if (day == MBO_DAY_NONE)
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, mbo_day_format(day, buf), 10, SQLITE_TRANSIENT);
}

__int128 mbo_column_sum(sqlite3_stmt *st, int col)
{
	return (__int128)sqlite3_column_int64(st, col) * 100000000 + sqlite3_column_int64(st, col + 1);
}

mbo_day mbo_column_day(sqlite3_stmt *st, int col)
{
	const char *s = (const char *)sqlite3_column_text(st, col);
	int y, mo, d;
	mbo_day day;

	int i;

	/* Stored dates are YYYY-MM-DD (the schema checks them): read the digits
	 * without sscanf, which showed in profiles of org-wide listings. */
	if (s == NULL || sqlite3_column_bytes(st, col) != 10 || s[4] != '-' || s[7] != '-')
		return MBO_DAY_NONE;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return MBO_DAY_NONE;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	mo = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (mbo_day_from_ymd(y, mo, d, &day))
		return MBO_DAY_NONE;
	return day;
}

int mbo_bind_text(sqlite3_stmt *st, int idx, const char *s)
{
	if (s == NULL)
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, s, -1, SQLITE_TRANSIENT);
}

char *mbo_column_strdup(sqlite3_stmt *st, int col)
{
	const char *s = (const char *)sqlite3_column_text(st, col);
	return mbo_strdup(s ? s : "");
}

void mbo_column_copy(sqlite3_stmt *st, int col, char *buf, size_t cap)
{
	const char *s = (const char *)sqlite3_column_text(st, col);
	snprintf(buf, cap, "%s", s ? s : "");
}

/* Names what makes s unfit, visibly: the byte that is not UTF-8, or the
 * control, bidirectional or invisible character as U+XXXX, and where. */
static int text_refused(mbo *m, const char *field, const char *s, bool multiline)
{
	unsigned long code = 0;
	size_t at = 0;

	switch (mbo_text_first_bad(s, multiline, &code, &at)) {
	case MBO_TEXT_BAD_UTF8:
		return mbo_error(m, MBO_EINVAL, _("%s: is not valid UTF-8 (byte 0x%02lx at byte %zu); "
		                   "type plain text"), field, code, at);
	case MBO_TEXT_BAD_BIDI:
		return mbo_error(m, MBO_EINVAL, _("%s: contains U+%04lX, a bidirectional control that "
		                   "reorders the text (character %zu); type plain text"), field, code, at);
	case MBO_TEXT_BAD_INVISIBLE:
		return mbo_error(m, MBO_EINVAL, _("%s: contains U+%04lX, an invisible character "
		                   "(character %zu); type plain text"), field, code, at);
	default:
		return mbo_error(m, MBO_EINVAL, _("%s: contains control characters (U+%04lX at character "
		                   "%zu); type plain text"), field, code, at);
	}
}

int mbo_check_text(mbo *m, const char *field, const char *s, size_t min, size_t max, bool multiline)
{
	size_t n;

	if (s == NULL)
		s = "";
	if (!mbo_text_is_clean(s, multiline))
		return text_refused(m, field, s, multiline);
	n = mbo_text_chars(s);
	if (n < min) {
		if (min == 1)
			return mbo_error(m, MBO_EINVAL, _("%s: is empty; give a %s"), field, field);
		return mbo_error(m, MBO_EINVAL, _("%s: is too short (%zu characters); use at least %zu"),
		                 field, n, min);
	}
	if (n > max)
		return mbo_error(m, MBO_EINVAL, _("%s: is too long (%zu characters); keep it to %zu"),
		                 field, n, max);
	return MBO_OK;
}

bool mbo_login_ok(const char *s)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > MBO_LOGIN_MAX || s[0] == '-' || s[0] == '.')
		return false;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return false;
	}
	return true;
}

_Static_assert(MBO_LOGIN_MAX == 32, "MBO_LOGIN_RULE names 32 characters");
/* MBO_LOGIN_RULE as a literal the catalogue can hold (xgettext does not
 * expand macros); keep the two the same words. */
static const char login_rule[] = N_("1 to 32 letters, digits, '.', '_' or '-', not starting with '-' or '.'");
_Static_assert(sizeof login_rule == sizeof MBO_LOGIN_RULE, "login_rule is MBO_LOGIN_RULE");

int mbo_login_check(mbo *m, const char *field, const char *login)
{
	char z[MBO_EXCERPT_CAP];

	if (login && mbo_login_ok(login))
		return MBO_OK;
	return mbo_error(m, MBO_EINVAL, _("%s: '%s' is not a valid login; use %s"), field,
	                 mbo_text_excerpt(login ? login : "", z, sizeof z), _(login_rule));
}

int mbo_bootstrap_admin(mbo *m, const char *login, const char *name, int64_t *id)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = mbo_stmt(m, "SELECT count(*) FROM person");
	if (st == NULL)
		return MBO_EDB;
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return mbo_dberr(m, _("counting people"));
	}
	rc = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (rc != 0)
		return mbo_error(m, MBO_EINVAL, _("the database already has people; add more with `mbo person add`"));
	/* The login first: a bad one is often also the name (no such OS user),
	 * and the message should say the login is wrong. */
	rc = mbo_login_check(m, "login", login);
	if (rc)
		return rc;
	rc = mbo_check_text(m, "name", name, 1, 100, false);
	if (rc)
		return rc;
	st = mbo_stmt(m, "INSERT INTO person(login, name, role, created_at) VALUES (?, ?, 'admin', ?)");
	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, login);
	mbo_bind_text(st, 2, name);
	mbo_bind_text(st, 3, mbo_now_utc(now));
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("adding the admin"));
	*id = sqlite3_last_insert_rowid(m->db);
	return MBO_OK;
}

int64_t mbo_data_version(mbo *m)
{
	sqlite3_stmt *st = mbo_stmt(m, "PRAGMA data_version");
	int64_t v = -1;

	if (st && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	if (st)
		sqlite3_reset(st);
	return v;
}

int mbo_check(mbo *m)
{
	sqlite3_stmt *st;
	int rc = MBO_OK;

	if (sqlite3_prepare_v2(m->db, "PRAGMA integrity_check", -1, &st, NULL) != SQLITE_OK)
		return mbo_dberr(m, _("integrity check"));
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(st, 0);
		if (r == NULL || strcmp(r, "ok") != 0)
			rc = mbo_error(m, MBO_EDB, _("integrity check: %s; restore from a backup"), r ? r : _("failed"));
	} else {
		rc = mbo_dberr(m, _("integrity check"));
	}
	sqlite3_finalize(st);
	if (rc)
		return rc;
	if (sqlite3_prepare_v2(m->db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		return mbo_dberr(m, _("foreign key check"));
	if (sqlite3_step(st) == SQLITE_ROW)
		rc = mbo_error(m, MBO_EDB, _("foreign key check: table %s row %lld points to a missing %s row"),
		               sqlite3_column_text(st, 0), (long long)sqlite3_column_int64(st, 1),
		               sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return rc;
}

/* A setgid mbo never sees TMPDIR (the loader drops it) and has given up its
 * group before anything needs a temporary file. */
const char *mbo_tmp_dir(void)
{
	const char *d = getenv("TMPDIR");

	return d && d[0] ? d : "/tmp";
}

/* The file's name in mbo_tmp_dir(): not a placeholder but mkstemp(3)'s
 * template, whose six trailing X it replaces with a unique suffix. */
static const char tmp_template[] = "/mbo-XXXXXX";

FILE *mbo_tmp_file(void)
{
	const char *dir = mbo_tmp_dir();
	size_t n = strlen(dir) + sizeof tmp_template;
	char *path = malloc(n);
	FILE *f = NULL;
	int fd, e;

	if (path == NULL)
		return NULL;
	snprintf(path, n, "%s%s", dir, tmp_template);
	fd = mkstemp(path);
	if (fd >= 0) {
		unlink(path);
		(void)fcntl(fd, F_SETFD, FD_CLOEXEC);
		f = fdopen(fd, "w+b");
		if (f == NULL) {
			e = errno;
			close(fd);
			errno = e;
		}
	}
	e = errno;
	free(path);
	errno = e;
	return f;
}

