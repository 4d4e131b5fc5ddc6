/*
 * internal.h: what the core's modules share and nobody else sees: the
 * context struct, the statement cache and small SQL helpers.
 */
#ifndef MBO_INTERNAL_H
#define MBO_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mbo/calendar.h"
#include "mbo/date.h"
#include "mbo/db.h"
#include "mbo/dec.h"
#include "mbo/goal.h"

struct mbo_stmt_slot {
	const char *sql;        /* the literal used as key (pointer identity) */
	sqlite3_stmt *stmt;
};

struct mbo {
	sqlite3 *db;
	char *path;
	int errcode;
	char errmsg[1024];
	struct mbo_stmt_slot *cache;   /* grows; statements live until close */
	size_t ncache, capcache;

	/* Changes (undo.c). */
	int change_depth;
	int64_t change_id;
	bool triggers_made;

	/* Settings read during a read transaction begun by mbo_read_begin
	 * (setting.c): they cannot change within its snapshot, and an org-wide
	 * listing asks the same few thresholds for every goal. Emptied when
	 * the transaction begins and ends; no write (mbo_setting_set, undo)
	 * can run inside it, as BEGIN IMMEDIATE is refused there. */
	bool read_tx;
	struct mbo_setting_slot {
		char key[40];
		char value[40];
		bool found;
	} settings[16];
	size_t nsettings;

	/* Bumped by mbo_caches_forget: a cache filled at an older count is
	 * read again. */
	uint64_t cache_gen;

	/* Calendar exceptions (calendar.c), sorted by day, reloaded when
	 * data_version moves or the caches are forgotten. */
	mbo_calendar_entry *cal;
	size_t ncal;
	bool cal_loaded;
	int64_t cal_version;
	uint64_t cal_gen;
};

/*
 * A prepared statement for the literal `sql`, reset and with bindings
 * cleared, owned by the cache: callers never finalize it. NULL on error (the
 * error is recorded in m).
 */
sqlite3_stmt *mbo_stmt(mbo *m, const char *sql);

/* Records the SQLite error of the handle as MBO_EDB and returns MBO_EDB. */
int mbo_dberr(mbo *m, const char *what);

/* Runs SQL with no result rows; MBO_EDB on failure. */
int mbo_exec(mbo *m, const char *sql);

/* Binding and reading helpers for dates and decimals. */
int mbo_bind_day(sqlite3_stmt *st, int idx, mbo_day day);   /* NULL for NONE */
mbo_day mbo_column_day(sqlite3_stmt *st, int col);           /* NONE for NULL */
int mbo_bind_text(sqlite3_stmt *st, int idx, const char *s); /* NULL for NULL */
/* A heap copy of a text column ("" for NULL); NULL only when out of memory. */
char *mbo_column_strdup(sqlite3_stmt *st, int col);
void mbo_column_copy(sqlite3_stmt *st, int col, char *buf, size_t cap);
/* The exact sum read from the two columns col, col + 1 of MBO_SQL_SUM (sql.h). */
__int128 mbo_column_sum(sqlite3_stmt *st, int col);

/* A JSON array of ids, for `IN (SELECT value FROM json_each(?))`; heap,
 * NULL when out of memory. */
char *mbo_ids_json(const int64_t *ids, size_t n);

/* Forgets what the caches in m hold (the calendar's exceptions): after a
 * write they do not see through data_version, a rollback or an undo. */
void mbo_caches_forget(mbo *m);

/*
 * Makes room in a growing array: *pv (any object pointer, passed as its
 * address) holds *cap elements of `size` bytes; doubles it (from 16).
 * Returns 0, or -1 when out of memory with *pv and *cap unchanged. Use:
 *   if (n == cap && mbo_grow(&v, &cap, sizeof *v)) { out of memory }
 */
int mbo_grow(void *pv, size_t *cap, size_t size);

/* Steps `st` (bound by the caller) to its end, collecting column 0 of each
 * row as an id into *ids (caller frees; NULL when none), and resets it. On
 * an error nothing is kept and the message names `what` ("reading ..."). */
int mbo_stmt_ids(mbo *m, sqlite3_stmt *st, const char *what, int64_t **ids, size_t *n);

/* A strdup that never returns NULL for non-NULL input unless out of memory. */
char *mbo_strdup(const char *s);

/* Validation of free text typed by a user: length in characters within
 * [min, max], valid UTF-8, no control characters (newlines allowed when
 * `multiline`). Returns MBO_OK or MBO_EINVAL with "FIELD: ..." and a fix. */
int mbo_check_text(mbo *m, const char *field, const char *s, size_t min, size_t max, bool multiline);

#endif
