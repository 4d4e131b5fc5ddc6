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

/* alert.c: the number of alerts on an active goal that has started, whose
 * progress as of asof is p, for the roll-up (which has computed p). No
 * permission check: the caller has checked the scope. */
struct mbo_progress;
int mbo_alert_count(mbo *m, const mbo_goal *g, const struct mbo_progress *p, mbo_day asof, size_t *n);
/* How many warnings mbo_alerts_each keeps in memory before it writes them
 * to a temporary file (512; tests lower it). */
extern size_t mbo_alert_spill_mem;

/* Forgets what the caches in m hold (the calendar's exceptions): after a
 * write they do not see through data_version, a rollback or an undo. */
void mbo_caches_forget(mbo *m);

/* Undo journal triggers on this connection (undo.c). */
int mbo_undo_prepare(mbo *m);

/*
 * Makes room in a growing array: *pv (any object pointer, passed as its
 * address) holds *cap elements of `size` bytes; doubles it (from 16).
 * Returns 0, or -1 when out of memory with *pv and *cap unchanged. Use:
 *   if (n == cap && mbo_grow(&v, &cap, sizeof *v)) { out of memory }
 */
int mbo_grow(void *pv, size_t *cap, size_t size);

/* A strdup that never returns NULL for non-NULL input unless out of memory. */
char *mbo_strdup(const char *s);

/* Validation of free text typed by a user: length in characters within
 * [min, max], valid UTF-8, no control characters (newlines allowed when
 * `multiline`). Returns MBO_OK or MBO_EINVAL with "FIELD: ..." and a fix. */
int mbo_check_text(mbo *m, const char *field, const char *s, size_t min, size_t max, bool multiline);

/*
 * The people whose goals a listing shows (perm.c): one person (owner != 0),
 * a team (team_of != 0: that person and everyone below), or the actor alone
 * (both 0). MBO_EPERM when the actor may not read one of them. Caller frees
 * *ids.
 */
int mbo_scope_people(mbo *m, int64_t actor, int64_t owner, int64_t team_of,
                     int64_t **ids, size_t *n);

/* After a revision: rescales milestones to a new target, or removes them
 * when the dates moved (plan.c). Runs inside the revision's change. */
int mbo_plan_follow_revision(mbo *m, int64_t actor, const mbo_goal *before, const mbo_goal *after);

/*
 * The rules of a check-in, kept once in checkin.c and shared by
 * mbo_checkin_add and the CSV importer (import.c).
 * mbo_checkin_check_goal: the actor may record progress on g and g takes
 * check-ins (it is active); MBO_EPERM or MBO_EINVAL.
 * mbo_checkin_check_entry: the note is plain text, the value in range and of
 * the right sign, the day within [start, due] and not after today; MBO_EINVAL
 * naming the field. No database access.
 * mbo_checkin_insert: stores one check-in by `actor` inside the caller's
 * open change, without checks; *id may be NULL.
 * mbo_checkin_total: the exact sum of goal `goal_id`'s own check-ins (not
 * its roll-up), read in the caller's transaction.
 * mbo_checkin_check_total: for a sum goal, MBO_EINVAL when `total` (its own
 * check-ins with the new `value`) is beyond MBO_DEC_MAX, the most one goal
 * may hold, so that no later sum of a team's goals can overflow.
 */
int mbo_checkin_check_goal(mbo *m, int64_t actor, const mbo_goal *g);
int mbo_checkin_check_entry(mbo *m, const mbo_goal *g, mbo_day day, mbo_dec value, const char *note);
int mbo_checkin_insert(mbo *m, int64_t actor, int64_t goal_id, mbo_day day, mbo_dec value,
                       const char *note, int64_t *id);
int mbo_checkin_total(mbo *m, int64_t goal_id, __int128 *total);
int mbo_checkin_check_total(mbo *m, const mbo_goal *g, __int128 total, mbo_dec value);

#endif
