/*
 * test_db.c: opening, creating and migrating the database; backup; check;
 * settings.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "internal.h"
#include "mbo/checkin.h"
#include "mbo/setting.h"
#include "mbo/task.h"
#include "mbo/undo.h"

extern const char mbo_schema_sql[];

static void test_open_missing_says_init(void **state)
{
	mbo *m = NULL;
	(void)state;

	assert_int_equal(mbo_open("/nonexistent/dir/x.db", 0, &m), MBO_EDB);
	assert_non_null(strstr(mbo_errmsg(m), "mbo init"));
	mbo_close(m);
}

static void test_create_refuses_existing(void **state)
{
	fx *f = *state;
	mbo *m = NULL;

	assert_int_equal(mbo_open(f->path, MBO_OPEN_CREATE, &m), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(m), "already exists"));
	mbo_close(m);
}

static void test_schema_version_and_wal(void **state)
{
	fx *f = *state;

	assert_true(mbo_schema_version() >= 1);
	assert_int_equal(fx_int(f, "PRAGMA user_version"), mbo_schema_version());
	assert_int_equal(fx_int(f, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
	assert_int_equal(fx_int(f, "PRAGMA foreign_keys"), 1);
}

static void test_newer_schema_refused(void **state)
{
	fx *f = *state;
	mbo *m = NULL;
	char sql[64];

	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", mbo_schema_version() + 1);
	fx_sql(f, sql);
	assert_int_equal(mbo_open(f->path, 0, &m), MBO_EDB);
	assert_non_null(strstr(mbo_errmsg(m), "newer than this mbo"));
	mbo_close(m);
}

/* Turns the fixture's database back into what version 1 made: the v1 block
 * of schema.sql is all it had, so drop what blocks 2 to 4 add. */
static void make_v1(fx *f)
{
	fx_sql(f, "DROP TRIGGER goal_open_owner_active; DROP TRIGGER goal_reopen_owner_active;"
	          "DROP TRIGGER person_add_manager_active; DROP TRIGGER person_manager_active;"
	          "DROP INDEX feedback_subject; DROP TABLE evaluation; DROP TABLE feedback_request;"
	          "DROP TABLE feedback; DELETE FROM setting WHERE key GLOB 'eval.*';"
	          "PRAGMA user_version = 1");
}

/* A version 1 database is brought to the current version on open, its rows
 * kept and version 2's settings added (16 eval.* keys). */
static void test_upgrade_from_v1(void **state)
{
	fx *f = *state;
	mbo *m = NULL;

	fx_person(f, "li.wei", "sales", NULL);
	make_v1(f);
	assert_int_equal(mbo_open(f->path, 0, &m), MBO_OK);
	mbo_close(m);
	assert_int_equal(fx_int(f, "PRAGMA user_version"), mbo_schema_version());
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person WHERE login = 'li.wei'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM setting WHERE key GLOB 'eval.*'"), 16);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM sqlite_master WHERE name IN ('feedback', "
	                        "'feedback_request', 'evaluation', 'feedback_subject', "
	                        "'person_manager_active')"), 5);
}

/* An upgrade that fails part-way writes nothing: the database stays at its
 * old version, whole, and the message names the step. The blocks are
 * idempotent (IF NOT EXISTS, INSERT OR IGNORE), so it takes a table of our
 * name made by hand in the v1 file: version 2's index on feedback fails. */
static void test_failed_upgrade_rolls_back(void **state)
{
	fx *f = *state;
	mbo *m = NULL;

	make_v1(f);
	fx_sql(f, "CREATE TABLE feedback(x); INSERT INTO feedback VALUES ('kept')");
	assert_int_equal(mbo_open(f->path, 0, &m), MBO_EDB);
	assert_non_null(strstr(mbo_errmsg(m), "upgrading the database to schema version 2: "));
	mbo_close(m);
	assert_int_equal(fx_int(f, "PRAGMA user_version"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM setting WHERE key GLOB 'eval.*'"), 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM feedback WHERE x = 'kept'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM sqlite_master WHERE name IN ('feedback_one', "
	                        "'feedback_request', 'evaluation')"), 0);
}

/*
 * Replaces the fixture's database with one that mbo of schema version 4
 * made (the blocks of schema.sql before version 5, without AUTOINCREMENT),
 * holding `rows` (SQL), and opens it again, which upgrades it. Foreign keys
 * are off while the rows go in, as in the sqlite3 shell.
 */
static void reopen_from_v4(fx *f, const char *rows)
{
	const char *cut = strstr(mbo_schema_sql, "\n-- @version 5");
	char p[400], *v4, *err = NULL;
	sqlite3 *db;

	assert_non_null(cut);
	mbo_close(f->m);
	f->m = NULL;
	unlink(f->path);
	snprintf(p, sizeof p, "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", f->path);
	unlink(p);
	v4 = strndup(mbo_schema_sql, (size_t)(cut - mbo_schema_sql) + 1);
	assert_non_null(v4);
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	if (sqlite3_exec(db, v4, NULL, NULL, &err) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA user_version = 4", NULL, NULL, &err) != SQLITE_OK ||
	    sqlite3_exec(db, rows, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("reopen_from_v4: %s", err);
	free(v4);
	/* Version 4 had no AUTOINCREMENT: no table counts its ids. */
	assert_int_not_equal(sqlite3_exec(db, "SELECT * FROM sqlite_sequence", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	if (mbo_open(f->path, 0, &f->m) != MBO_OK)
		fail_msg("reopen_from_v4: %s", mbo_errmsg(f->m));
	f->admin = 1;
}

/* The next id of a table as SQLite will give it: its sqlite_sequence + 1. */
static int64_t next_id(fx *f, const char *table)
{
	char sql[160];

	snprintf(sql, sizeof sql, "SELECT seq + 1 FROM sqlite_sequence WHERE name = '%s'", table);
	return fx_int(f, sql);
}

/* An old team: admin 1, mgr 2, ann 3 under mgr; ann's goals 1 to 3 with
 * the check-ins 1 and 2 and the task 1. Before the upgrade mgr added goal
 * 4 and undid it (change 1: the journal names the goal it deleted), and
 * someone deleted check-in 3 in the sqlite3 shell (named nowhere). */
static const char old_team[] =
	"INSERT INTO person(id, login, name, role, manager_id, created_at) VALUES "
	"  (1, 'admin', 'Admin', 'admin', NULL, '2026-09-01T00:00:00Z'),"
	"  (2, 'mgr', 'Mgr', 'manager', NULL, '2026-09-01T00:00:00Z'),"
	"  (3, 'ann', 'Ann', 'sales', 2, '2026-09-01T00:00:00Z');"
	"INSERT INTO goal(id, owner_id, title, metric, unit, target, start_day, due_day, status, "
	"  created_by, created_at) VALUES "
	"  (1, 3, 'Sign 5 new customers', 'new_customers', 'customers', 50000, '2026-10-01', "
	"   '2026-12-31', 'active', 2, '2026-09-01T00:00:00Z'),"
	"  (2, 3, 'Revenue Q4 2026 东区', 'revenue', 'CNY', 600000000, '2026-10-01', '2026-12-31', "
	"   'active', 2, '2026-09-01T00:00:00Z'),"
	"  (3, 3, 'Visit 40 customers', 'visits', 'visits', 400000, '2026-10-01', '2026-12-31', "
	"   'active', 2, '2026-09-01T00:00:00Z');"
	"INSERT INTO checkin(id, goal_id, day, value, entered_by, entered_at) VALUES "
	"  (1, 1, '2026-10-15', 10000, 3, '2026-10-15T09:00:00Z'),"
	"  (2, 2, '2026-10-16', 1234567, 3, '2026-10-16T09:00:00Z'),"
	"  (3, 2, '2026-10-17', 10000, 3, '2026-10-17T09:00:00Z');"
	"DELETE FROM checkin WHERE id = 3;"
	"INSERT INTO task(id, goal_id, title, assignee_id, created_by, created_at) VALUES "
	"  (1, 1, 'Call Acme', 3, 3, '2026-10-15T09:00:00Z');"
	"INSERT INTO change(id, person_id, at, summary, undone_at) VALUES "
	"  (1, 2, '2026-11-01T09:00:00Z', 'add goal for ann', '2026-11-01T09:05:00Z');"
	"INSERT INTO undo_step(change_id, tbl, row_id, sql) VALUES "
	"  (1, 'goal', 4, 'DELETE FROM goal WHERE rowid=4');";

/*
 * A version 4 database is rebuilt with AUTOINCREMENT (version 5): every row
 * and column kept, the file sound (mbo check), foreign keys on again, and
 * each table's next id after the highest it holds or the journal names.
 * Then ids freed by an undo or a delete after the upgrade are never given
 * again.
 */
static void test_upgrade_keeps_ids(void **state)
{
	fx *f = *state;
	int64_t id = 0, g;

	reopen_from_v4(f, old_team);
	assert_int_equal(fx_int(f, "PRAGMA user_version"), mbo_schema_version());
	assert_int_equal(fx_int(f, "PRAGMA foreign_keys"), 1);
	assert_int_equal(mbo_check(f->m), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
	                        "AND sql LIKE '%AUTOINCREMENT%'"), 11);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), 4);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM sqlite_master WHERE name GLOB '*_new' "
	                        "OR name = 'mbo_ids_kept'"), 0);
	/* Rows and columns as they were: ids 1 to 3, ann under mgr, the
	 * Chinese title, 12,345.67 on goal 2 (1234567 ten-thousandths). */
	assert_int_equal(fx_int(f, "SELECT group_concat(id) = '1,2,3' FROM (SELECT id FROM goal ORDER BY id)"), 1);
	assert_int_equal(fx_int(f, "SELECT manager_id FROM person WHERE login = 'ann'"), 2);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM goal WHERE id = 2 AND title = 'Revenue Q4 2026 东区'"), 1);
	assert_int_equal(fx_int(f, "SELECT value FROM checkin WHERE id = 2"), 1234567);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE undone_at IS NOT NULL"), 1);

	/* goal: 3 held, 4 named by the journal -> 5; checkin: 2 held, the
	 * deleted 3 named nowhere -> 3; task 1 -> 2; person 3 -> 4. */
	assert_int_equal(next_id(f, "goal"), 5);
	assert_int_equal(next_id(f, "checkin"), 3);
	assert_int_equal(next_id(f, "task"), 2);
	assert_int_equal(next_id(f, "person"), 4);
	assert_int_equal(next_id(f, "milestone"), 1);   /* none yet */

	/* The newest goal, added and undone after the upgrade: 5, then 6. */
	g = fx_goal_add(f, 2, 3, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	assert_int_equal(g, 5);
	assert_int_equal(mbo_undo_last(f->m, 2, NULL, 0), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT max(id) FROM goal"), 3);
	g = fx_goal_add(f, 2, 3, MBO_KIND_SUM, "2026-10-01", "2026-12-31");
	assert_int_equal(g, 6);
	/* A check-in 3, undone; the next is 4. The highest one deleted in the
	 * shell, too: then 5. */
	assert_int_equal(mbo_checkin_add(f->m, 3, 2, fx_day("2026-11-20"), fx_dec("100"), NULL, &id), MBO_OK);
	assert_int_equal(id, 3);
	assert_int_equal(mbo_undo_last(f->m, 3, NULL, 0), MBO_OK);
	assert_int_equal(mbo_checkin_add(f->m, 3, 2, fx_day("2026-11-20"), fx_dec("100"), NULL, &id), MBO_OK);
	assert_int_equal(id, 4);
	fx_sql(f, "DELETE FROM checkin WHERE id = 4");
	assert_int_equal(mbo_checkin_add(f->m, 3, 2, fx_day("2026-11-21"), fx_dec("50"), NULL, &id), MBO_OK);
	assert_int_equal(id, 5);
	/* A task 2, undone; the next is 3. */
	assert_int_equal(mbo_task_add(f->m, 3, 1, "Visit Acme", MBO_DAY_NONE, 0, &id), MBO_OK);
	assert_int_equal(id, 2);
	assert_int_equal(mbo_undo_last(f->m, 3, NULL, 0), MBO_OK);
	assert_int_equal(mbo_task_add(f->m, 3, 1, "Visit Acme", MBO_DAY_NONE, 0, &id), MBO_OK);
	assert_int_equal(id, 3);
	assert_int_equal(mbo_check(f->m), MBO_OK);
}

/* Rows that already pointed nowhere (made in the sqlite3 shell with foreign
 * keys off) do not stop the upgrade, which adds none; mbo check still
 * names them. */
static void test_upgrade_with_broken_references(void **state)
{
	fx *f = *state;

	reopen_from_v4(f, "INSERT INTO person(id, login, name, role, created_at) VALUES "
	                  "  (1, 'admin', 'Admin', 'admin', '2026-09-01T00:00:00Z');"
	                  "INSERT INTO checkin(id, goal_id, day, value, entered_by, entered_at) VALUES "
	                  "  (7, 99, '2026-10-15', 10000, 1, '2026-10-15T09:00:00Z');");
	assert_int_equal(fx_int(f, "PRAGMA user_version"), mbo_schema_version());
	assert_int_equal(next_id(f, "checkin"), 8);
	assert_int_equal(mbo_check(f->m), MBO_EDB);
	assert_string_equal(mbo_errmsg(f->m), "foreign key check: table checkin row 7 points to a missing goal row");
}

/* Version 5 run again (a database set back to version 4) keeps each
 * table's count, also of an id that is named nowhere any more: check-in 1
 * deleted in the shell is still counted, so the next is 2. */
static void test_upgrade_again_keeps_the_count(void **state)
{
	fx *f = *state;
	mbo *m = NULL;

	fx_goal(f, f->admin, "revenue", "100", "2026-10-01", "2026-12-31");
	fx_checkin(f, 1, "2026-10-15", "5");
	fx_sql(f, "DELETE FROM checkin; PRAGMA user_version = 4");
	assert_int_equal(mbo_open(f->path, 0, &m), MBO_OK);
	mbo_close(m);
	assert_int_equal(fx_int(f, "PRAGMA user_version"), mbo_schema_version());
	assert_int_equal(next_id(f, "checkin"), 2);
	assert_int_equal(next_id(f, "goal"), 2);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM sqlite_sequence"), 11);
}

/* A database at version 0 with tables is not ours; an empty file asks for
 * init. */
static void test_foreign_and_empty_files(void **state)
{
	fx *f = *state;
	char path[400];
	sqlite3 *db;
	mbo *m = NULL;

	snprintf(path, sizeof path, "%s/other.db", f->dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(mbo_open(path, 0, &m), MBO_EDB);
	assert_non_null(strstr(mbo_errmsg(m), "not an mbo database"));
	mbo_close(m);
	unlink(path);

	snprintf(path, sizeof path, "%s/empty.db", f->dir);
	fclose(fopen(path, "w"));
	m = NULL;
	assert_int_equal(mbo_open(path, 0, &m), MBO_EDB);
	assert_non_null(strstr(mbo_errmsg(m), "mbo init"));
	mbo_close(m);
	unlink(path);
}

static void test_checks_reject_bad_rows(void **state)
{
	fx *f = *state;
	sqlite3 *db = mbo_sqlite(f->m);

	/* Even the sqlite3 shell cannot store impossible values. */
	assert_int_not_equal(sqlite3_exec(db, "INSERT INTO calendar_day(day, kind) VALUES ('2026-02-30', 'holiday')",
	                                  NULL, NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "INSERT INTO person(login, name, role, created_at) "
	                                      "VALUES ('x', 'X', 'boss', 'now')", NULL, NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "INSERT INTO person(login, name, role, created_at) "
	                                      "VALUES ('a b', 'X', 'sales', 'now')", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), 1);
}

static void test_backup_and_check(void **state)
{
	fx *f = *state;
	char path[400];
	mbo *m = NULL;

	fx_person(f, "li.wei", "sales", NULL);
	snprintf(path, sizeof path, "%s/copy.db", f->dir);
	assert_int_equal(mbo_backup(f->m, f->admin, path), MBO_OK);
	assert_int_equal(mbo_open(path, 0, &m), MBO_OK);
	assert_int_equal(mbo_check(m), MBO_OK);
	mbo_close(m);
	unlink(path);
	assert_int_equal(mbo_backup(f->m, f->admin, "/nonexistent/dir/copy.db"), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "backup file"));
}

static void test_settings(void **state)
{
	fx *f = *state;
	int64_t sales = fx_person(f, "li.wei", "sales", NULL);

	assert_int_equal(mbo_setting_dec(f->m, "smart.realism_ceiling", 0), fx_dec("0.5"));
	assert_int_equal(mbo_setting_int(f->m, "alert.silent_workdays", 0), 3);
	assert_int_equal(mbo_setting_dec(f->m, "no.such.key", 7), 7);
	assert_int_equal(mbo_setting_set(f->m, f->admin, "smart.realism_ceiling", "0.75"), MBO_OK);
	assert_int_equal(mbo_setting_dec(f->m, "smart.realism_ceiling", 0), fx_dec("0.75"));
	assert_int_equal(mbo_setting_set(f->m, f->admin, "smart.realism_ceiling", "lots"), MBO_EINVAL);
	assert_int_equal(mbo_setting_set(f->m, f->admin, "smart.realism_ceiling", "-1"), MBO_EINVAL);
	assert_int_equal(mbo_setting_set(f->m, f->admin, "no.such.key", "1"), MBO_EINVAL);
	assert_int_equal(mbo_setting_set(f->m, sales, "smart.realism_ceiling", "9"), MBO_EPERM);
	/* Structured settings are checked by the parsers that read them. */
	assert_int_equal(mbo_setting_set(f->m, f->admin, "eval.grades", "A:50,B:90"), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "eval.grades"));
	assert_int_equal(mbo_setting_set(f->m, f->admin, "eval.bonus", "1.0:x"), MBO_EINVAL);
	/* A long bad value is shown as an excerpt, not whole: 3,000 'A's give
	 * a one-line message far shorter than the value. */
	{
		char big[3001];
		memset(big, 'A', 3000);
		big[3000] = '\0';
		assert_int_equal(mbo_setting_set(f->m, f->admin, "eval.grades", big), MBO_EINVAL);
		assert_true(strlen(mbo_errmsg(f->m)) < 400);
		assert_int_equal(mbo_setting_set(f->m, f->admin, "eval.bonus", big), MBO_EINVAL);
		assert_true(strlen(mbo_errmsg(f->m)) < 400);
	}
	assert_int_equal(mbo_setting_set(f->m, f->admin, "eval.bonus", "0.8:0.5,1.0:1.0"), MBO_OK);
	assert_int_equal(mbo_setting_dec(f->m, "smart.realism_ceiling", 0), fx_dec("0.75"));
}

/* Settings are remembered for one read transaction only: another
 * connection's change is seen by the next one. */
static void test_settings_in_a_read(void **state)
{
	fx *f = *state;
	mbo *other = NULL;
	bool tx;

	assert_int_equal(mbo_open(f->path, 0, &other), MBO_OK);
	tx = mbo_read_begin(f->m);
	assert_true(tx);
	assert_int_equal(mbo_setting_int(f->m, "alert.silent_workdays", 0), 3);
	assert_int_equal(mbo_setting_int(f->m, "no.such.key", 9), 9);
	assert_int_equal(mbo_setting_set(other, f->admin, "alert.silent_workdays", "5"), MBO_OK);
	/* The snapshot (and so the cache) still says 3. */
	assert_int_equal(mbo_setting_int(f->m, "alert.silent_workdays", 0), 3);
	assert_int_equal(mbo_setting_int(f->m, "no.such.key", 8), 8);
	mbo_read_end(f->m, tx);
	assert_int_equal(mbo_setting_int(f->m, "alert.silent_workdays", 0), 5);
	tx = mbo_read_begin(f->m);
	assert_int_equal(mbo_setting_int(f->m, "alert.silent_workdays", 0), 5);
	mbo_read_end(f->m, tx);
	/* One's own change is seen by the next read. */
	assert_int_equal(mbo_setting_set(f->m, f->admin, "alert.silent_workdays", "4"), MBO_OK);
	tx = mbo_read_begin(f->m);
	assert_int_equal(mbo_setting_int(f->m, "alert.silent_workdays", 0), 4);
	mbo_read_end(f->m, tx);
	assert_int_equal(mbo_setting_int(other, "alert.silent_workdays", 0), 4);
	mbo_close(other);
}

/* Text that is not plain is refused with the character named, escaped. */
static void test_text_refusals_name_the_character(void **state)
{
	fx *f = *state;

	assert_int_equal(mbo_check_text(f->m, "title", "Visit \xe2\x80\xae" "forty", 1, 200, false),
	                 MBO_EINVAL);
	assert_string_equal(mbo_errmsg(f->m), "title: contains U+202E, a bidirectional control that "
	                                      "reorders the text (character 7); type plain text");
	assert_int_equal(mbo_check_text(f->m, "name", "Ann\xe2\x80\x8b", 1, 100, false), MBO_EINVAL);
	assert_string_equal(mbo_errmsg(f->m), "name: contains U+200B, an invisible character "
	                                      "(character 4); type plain text");
	assert_int_equal(mbo_check_text(f->m, "note", "ok\x1b[31m", 0, 100, false), MBO_EINVAL);
	assert_string_equal(mbo_errmsg(f->m), "note: contains control characters (U+001B at character "
	                                      "3); type plain text");
	assert_int_equal(mbo_check_text(f->m, "unit", "\xc0\xaf", 1, 20, false), MBO_EINVAL);
	assert_string_equal(mbo_errmsg(f->m), "unit: is not valid UTF-8 (byte 0xc0 at byte 1); type plain text");
	assert_int_equal(mbo_check_text(f->m, "unit", "CNY", 1, 20, false), MBO_OK);
}

/* The first admin's login is checked before their name, which is often
 * the login again. */
static void test_bootstrap_checks_the_login(void **state)
{
	fx *f = *state;
	char path[400];
	int64_t id = 0;
	mbo *m = NULL;

	assert_true(mbo_login_ok("ann"));
	assert_true(mbo_login_ok("chen.jing_2-b"));
	assert_false(mbo_login_ok(""));
	assert_false(mbo_login_ok("ann smith"));
	assert_false(mbo_login_ok("-ann"));
	assert_false(mbo_login_ok(".ann"));
	assert_false(mbo_login_ok("ann\x1b"));
	assert_false(mbo_login_ok("123456789012345678901234567890123"));   /* 33 */
	assert_true(mbo_login_ok("12345678901234567890123456789012"));     /* 32 */
	snprintf(path, sizeof path, "%s/new.db", f->dir);
	assert_int_equal(mbo_open(path, MBO_OPEN_CREATE, &m), MBO_OK);
	assert_int_equal(mbo_bootstrap_admin(m, "\x1b[31m", "\x1b[31m", &id), MBO_EINVAL);
	assert_string_equal(mbo_errmsg(m), "login: '\\x1b[31m' is not a valid login; use 1 to 32 letters, "
	                                   "digits, '.', '_' or '-', not starting with '-' or '.'");
	assert_int_equal(mbo_bootstrap_admin(m, "", "", &id), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(m), "login: '' is not a valid login"));
	assert_int_equal(mbo_bootstrap_admin(m, "mei", "Mei", &id), MBO_OK);
	mbo_close(m);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_open_missing_says_init, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_settings_in_a_read, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_create_refuses_existing, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_schema_version_and_wal, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_newer_schema_refused, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_upgrade_from_v1, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_failed_upgrade_rolls_back, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_upgrade_keeps_ids, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_upgrade_with_broken_references, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_upgrade_again_keeps_the_count, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_foreign_and_empty_files, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_checks_reject_bad_rows, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_backup_and_check, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_settings, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_text_refusals_name_the_character, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_bootstrap_checks_the_login, fx_setup, fx_teardown),
	};
	/* The check-ins of test_upgrade_keeps_ids are in the past. */
	setenv("MBO_TODAY", "2026-11-27", 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
