/*
 * db.h: the mbo context. One open database, the last error, cached
 * statements and settings. Every other core module takes an `mbo *`.
 *
 * Errors: every function that can fail returns an enum mbo_rc whose values
 * are the command line's exit codes, and leaves a one-line message, in the
 * user's words, naming the field and the fix, in mbo_errmsg(). The core never
 * prints and never exits.
 */
#ifndef MBO_DB_H
#define MBO_DB_H

#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>

typedef struct mbo mbo;

enum mbo_rc {
	MBO_OK = 0,
	MBO_EFAIL = 1,      /* out of memory or an unexpected failure */
	MBO_EUSAGE = 2,     /* wrong use of the command line */
	MBO_EINVAL = 3,     /* invalid input or a failed check */
	MBO_ENOTFOUND = 4,  /* no such person, goal, task, ... */
	MBO_EPERM = 5,      /* the acting person may not do this */
	MBO_EDB = 6,        /* the database failed or is missing */
};

/* The schema version this build writes (the last "-- @version" of schema.sql). */
int mbo_schema_version(void);

/* Open flags. */
enum {
	MBO_OPEN_CREATE = 1,   /* create a new database; fail if one exists,
	                          unless it is an empty file (mbo_db_unused) */
	MBO_OPEN_READONLY = 2, /* open for reading only */
};

/*
 * Opens the database at `path`, migrating it to the current schema version.
 * On success *out is a new context owned by the caller (mbo_close). On failure
 * *out is still set when memory allowed, so mbo_errmsg() explains; the caller
 * closes it either way. A missing file without MBO_OPEN_CREATE is MBO_EDB with
 * a message saying to run `mbo init`.
 */
int mbo_open(const char *path, int flags, mbo **out);
void mbo_close(mbo *m);

/*
 * True when `path` is a regular file of zero bytes with no SQLite journal or
 * write-ahead log beside it holding data: nothing to lose, so `mbo init` may
 * make the database in it (an admin may create the file first, with the
 * owner and mode the install needs).
 */
bool mbo_db_unused(const char *path);

/* The last error message; never NULL, "" when there was none. Owned by m. */
const char *mbo_errmsg(const mbo *m);
/* The code of the last error. */
int mbo_errcode(const mbo *m);

/*
 * Records an error for the caller and returns rc, so a core function can
 * `return mbo_error(m, MBO_EINVAL, "target: ...")`.
 */
int mbo_error(mbo *m, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The path this context opened. */
const char *mbo_path(const mbo *m);

/*
 * Creates the first person of a new database: `login` as admin. Used by
 * `mbo init`. Returns the person id through *id.
 */
int mbo_bootstrap_admin(mbo *m, const char *login, const char *name, int64_t *id);

/* Whether s can be a login: 1 to MBO_LOGIN_MAX letters, digits, '.', '_' or
 * '-', not starting with '-' or '.'. */
bool mbo_login_ok(const char *s);
/* That rule as a message says it, for "FIELD: 'x' is not a valid login; use
 * " MBO_LOGIN_RULE. db.c checks that it names MBO_LOGIN_MAX. */
#define MBO_LOGIN_RULE "1 to 32 letters, digits, '.', '_' or '-', not starting with '-' or '.'"
/* MBO_OK when login (may be NULL) is valid, else MBO_EINVAL with the
 * message above for `field`, the login shown as an escaped excerpt. */
int mbo_login_check(mbo *m, const char *field, const char *login);

/* The SQLite handle, for modules inside the core and for tests. */
struct sqlite3 *mbo_sqlite(mbo *m);

/*
 * Online backup of the whole database to `dest`, for an admin only (else
 * MBO_EPERM): one read snapshot, so others keep writing. The copy is a
 * standalone database (journal_mode DELETE), mode 0600, owned by the
 * caller's user. It is written to a file mkstemp creates beside `dest`,
 * synced, renamed over `dest`, and the folder synced; nobody else's file is
 * ever written to. MBO_EINVAL ("backup file: ...") and nothing written when
 * `dest` is the live database or its -wal, -shm or -journal (by any path,
 * hard link or symbolic link), a folder, a device, a fifo, a socket or any
 * symbolic link, or cannot be written; an existing `dest` is then left as
 * it was and no temporary file stays behind.
 */
int mbo_backup(mbo *m, int64_t actor, const char *dest);
/* PRAGMA integrity_check and foreign_key_check; MBO_EDB with the first
 * problem when the file is damaged. */
int mbo_check(mbo *m);

/*
 * A read transaction around a core function that runs many statements (the
 * alerts, the reports): one snapshot, and the file's locks taken once
 * instead of once per statement (docs/performance.md). mbo_read_begin does
 * nothing inside a transaction and returns whether it began one; pass that
 * to mbo_read_end.
 */
bool mbo_read_begin(mbo *m);
void mbo_read_end(mbo *m, bool began);

/*
 * An anonymous temporary file for spilling long listings: made 0600 by
 * mkstemp in mbo_tmp_dir() ($TMPDIR, else /tmp; tmpfile(3) ignores
 * TMPDIR), close-on-exec, and unlinked at once. Closed with fclose. NULL
 * with errno set on failure.
 */
const char *mbo_tmp_dir(void);
FILE *mbo_tmp_file(void);

/* PRAGMA data_version: changes when another connection commits. */
int64_t mbo_data_version(mbo *m);

#endif
