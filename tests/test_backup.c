/*
 * test_backup.c: mbo_backup (db.c). The copy is a standalone database, mode
 * 0600, and only an admin takes it; the live database by any name, a
 * folder, a fifo, a device or a symbolic link is refused with nothing
 * written; names planted beside the destination are never opened; a failed
 * backup leaves the old destination as it was and no file behind.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "fixture.h"
#include "mbo/person.h"

/* How many entries the fixture's folder holds besides the live database
 * and its -wal and -shm. */
static int extra_entries(const fx *f)
{
	DIR *d = opendir(f->dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    strcmp(e->d_name, "t.db") == 0 || strcmp(e->d_name, "t.db-wal") == 0 ||
		    strcmp(e->d_name, "t.db-shm") == 0)
			continue;
		n++;
	}
	closedir(d);
	return n;
}

/* The one integer `sql` gives on the database file at `path`, opened
 * read-only with plain SQLite. */
static long long file_int(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static void file_text(const char *path, const char *sql, char *buf, size_t cap)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;

	buf[0] = '\0';
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(buf, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static void assert_file_says(const char *path, const char *text)
{
	char buf[64] = "";
	FILE *fp = fopen(path, "r");

	assert_non_null(fp);
	assert_non_null(fgets(buf, sizeof buf, fp));
	fclose(fp);
	assert_string_equal(buf, text);
}

/* A refusal: `rc` with a "backup file:" message naming `what`. */
static void assert_refused(fx *f, const char *dest, const char *what)
{
	assert_int_equal(mbo_backup(f->m, f->admin, dest), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "backup file: "));
	if (strstr(mbo_errmsg(f->m), what) == NULL)
		fail_msg("backup to %s: expected '%s' in: %s", dest, what, mbo_errmsg(f->m));
}

static void test_copy_is_private_and_standalone(void **state)
{
	fx *f = *state;
	char path[400], mode[32];
	unsigned char hdr[20];
	struct stat sb;
	FILE *fp;

	fx_person(f, "li.wei", "sales", NULL);
	fx_person(f, "ann", "manager", NULL);
	snprintf(path, sizeof path, "%s/copy.db", f->dir);
	umask(022);
	assert_int_equal(mbo_backup(f->m, f->admin, path), MBO_OK);
	assert_int_equal(stat(path, &sb), 0);
	assert_true(S_ISREG(sb.st_mode));
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(sb.st_uid, getuid());
	/* admin, li.wei, ann */
	assert_int_equal(file_int(path, "SELECT count(*) FROM person"), 3);
	/* Not a WAL file: bytes 18 and 19 of the header say 1 (rollback). */
	fp = fopen(path, "rb");
	assert_non_null(fp);
	assert_int_equal(fread(hdr, 1, sizeof hdr, fp), sizeof hdr);
	fclose(fp);
	assert_int_equal(hdr[18], 1);
	assert_int_equal(hdr[19], 1);
	file_text(path, "PRAGMA journal_mode", mode, sizeof mode);
	assert_string_equal(mode, "delete");
	file_text(path, "PRAGMA integrity_check", mode, sizeof mode);
	assert_string_equal(mode, "ok");
	/* Opened and read, it left no -wal behind: it stands alone. */
	assert_int_equal(extra_entries(f), 1);

	/* A name without a folder is written in the current one. */
	{
		char cwd[400], rel[450];
		assert_non_null(getcwd(cwd, sizeof cwd));
		assert_int_equal(chdir(f->dir), 0);
		assert_int_equal(mbo_backup(f->m, f->admin, "rel.db"), MBO_OK);
		assert_int_equal(chdir(cwd), 0);
		snprintf(rel, sizeof rel, "%s/rel.db", f->dir);
		assert_int_equal(file_int(rel, "SELECT count(*) FROM person"), 3);
		assert_int_equal(unlink(rel), 0);
	}
	/* An older backup is replaced whole. */
	write_file(path, "old backup");
	assert_int_equal(mbo_backup(f->m, f->admin, path), MBO_OK);
	assert_int_equal(file_int(path, "SELECT count(*) FROM person WHERE login = 'ann'"), 1);
	assert_int_equal(extra_entries(f), 1);
	unlink(path);
}

static void test_live_database_refused(void **state)
{
	fx *f = *state;
	char path[700], hard[400], link1[400], sub[400];
	struct stat before, after;
	const char *dirname = strrchr(f->dir, '/') + 1;

	fx_person(f, "li.wei", "sales", NULL);
	assert_int_equal(stat(f->path, &before), 0);

	assert_refused(f, f->path, "live database");
	snprintf(path, sizeof path, "%s/./t.db", f->dir);
	assert_refused(f, path, "live database");
	snprintf(path, sizeof path, "%s/../%s/t.db", f->dir, dirname);
	assert_refused(f, path, "live database");
	snprintf(hard, sizeof hard, "%s/hard.db", f->dir);
	assert_int_equal(link(f->path, hard), 0);
	assert_refused(f, hard, "live database");
	snprintf(link1, sizeof link1, "%s/link.db", f->dir);
	assert_int_equal(symlink(f->path, link1), 0);
	assert_refused(f, link1, "live database");
	/* Through a symbolic link to the folder. */
	snprintf(sub, sizeof sub, "%s/dirlink", f->dir);
	assert_int_equal(symlink(f->dir, sub), 0);
	snprintf(path, sizeof path, "%s/t.db-wal", sub);
	assert_refused(f, path, "live database");
	snprintf(path, sizeof path, "%s-wal", f->path);
	assert_refused(f, path, "live database");
	snprintf(path, sizeof path, "%s-shm", f->path);
	assert_refused(f, path, "live database");
	/* -journal does not exist (WAL), but a file there would be taken for
	 * the live database's hot journal. */
	snprintf(path, sizeof path, "%s-journal", f->path);
	assert_refused(f, path, "live database");
	assert_int_equal(access(path, F_OK), -1);

	/* Nothing was swapped: the same file, still working, and nothing new
	 * beside it but the links made here. */
	assert_int_equal(stat(f->path, &after), 0);
	assert_int_equal(after.st_ino, before.st_ino);
	assert_int_equal(lstat(hard, &after), 0);
	assert_int_equal(after.st_ino, before.st_ino);
	assert_int_equal(lstat(link1, &after), 0);
	assert_true(S_ISLNK(after.st_mode));
	assert_int_equal(extra_entries(f), 3);
	fx_person(f, "ann", "sales", NULL);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), 3);
	unlink(hard);
	unlink(link1);
	unlink(sub);
}

static void test_not_a_regular_file_refused(void **state)
{
	fx *f = *state;
	char path[400], fifo[400], lnk[400], reg[400];
	struct stat sb;

	snprintf(path, sizeof path, "%s/sub", f->dir);
	assert_int_equal(mkdir(path, 0700), 0);
	assert_refused(f, path, "is a folder");
	snprintf(path, sizeof path, "%s/sub/", f->dir);
	assert_refused(f, path, "is a folder");
	snprintf(path, sizeof path, "%s/sub/.", f->dir);
	assert_refused(f, path, "is a folder");
	/* A name longer than any path is refused before anything is tried,
	 * and not echoed. */
	{
		char *big = malloc(120001);
		assert_non_null(big);
		memset(big, 'x', 120000);
		big[120000] = '\0';
		assert_refused(f, big, "the path is too long (120000 bytes)");
		assert_true(strlen(mbo_errmsg(f->m)) < 100);
		free(big);
	}
	snprintf(path, sizeof path, "%s/sub", f->dir);
	assert_int_equal(rmdir(path), 0);

	snprintf(fifo, sizeof fifo, "%s/pipe", f->dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_refused(f, fifo, "not a regular file");
	assert_int_equal(lstat(fifo, &sb), 0);
	assert_true(S_ISFIFO(sb.st_mode));

	/* Symbolic links: to the fifo, to nothing, and to a regular file too
	 * (mbo never writes through a link nor replaces one). */
	snprintf(lnk, sizeof lnk, "%s/lnk", f->dir);
	assert_int_equal(symlink(fifo, lnk), 0);
	assert_refused(f, lnk, "symbolic link to something not a regular file");
	unlink(fifo);
	assert_refused(f, lnk, "symbolic link to nothing");
	snprintf(reg, sizeof reg, "%s/reg", f->dir);
	write_file(reg, "keep me");
	unlink(lnk);
	assert_int_equal(symlink(reg, lnk), 0);
	assert_refused(f, lnk, "symbolic link");
	assert_file_says(reg, "keep me");
	assert_int_equal(lstat(lnk, &sb), 0);
	assert_true(S_ISLNK(sb.st_mode));
	unlink(lnk);
	unlink(reg);

	/* A device, as root: /dev/null's own node made here, so that a
	 * regression replaces this one and not the machine's. */
	snprintf(path, sizeof path, "%s/null", f->dir);
	if (getuid() == 0 && mknod(path, S_IFCHR | 0666, makedev(1, 3)) == 0) {
		assert_refused(f, path, "not a regular file (a device");
		assert_int_equal(lstat(path, &sb), 0);
		assert_true(S_ISCHR(sb.st_mode));
		unlink(path);
	}
	assert_refused(f, "", "give the name");
	assert_int_equal(extra_entries(f), 0);
}

/* The old DEST.tmp-PID names, and names like mkstemp's, planted 0666
 * by someone else: none is opened, written or left to pick up. */
static void test_planted_names_not_opened(void **state)
{
	fx *f = *state;
	char path[400], name[500];
	struct stat sb;
	mode_t old = umask(0);
	long pid = (long)getpid(), i;
	int fd;

	snprintf(path, sizeof path, "%s/nightly.db", f->dir);
	for (i = 0; i < 200; i++) {
		snprintf(name, sizeof name, "%s.tmp-%ld", path, pid + i);
		fd = open(name, O_CREAT | O_WRONLY, 0666);
		assert_true(fd >= 0);
		close(fd);
	}
	snprintf(name, sizeof name, "%s-journal", path);
	close(open(name, O_CREAT | O_WRONLY, 0666));
	snprintf(name, sizeof name, "%s.tmp-XXXXXX", path);
	close(open(name, O_CREAT | O_WRONLY, 0666));
	umask(old);
	assert_int_equal(extra_entries(f), 202);

	assert_int_equal(mbo_backup(f->m, f->admin, path), MBO_OK);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(file_int(path, "SELECT count(*) FROM person"), 1);
	/* The copy and the 202 planted files, all still empty. */
	assert_int_equal(extra_entries(f), 203);
	for (i = 0; i < 200; i++) {
		snprintf(name, sizeof name, "%s.tmp-%ld", path, pid + i);
		assert_int_equal(stat(name, &sb), 0);
		assert_int_equal(sb.st_size, 0);
		unlink(name);
	}
	snprintf(name, sizeof name, "%s.tmp-XXXXXX", path);
	assert_int_equal(stat(name, &sb), 0);
	assert_int_equal(sb.st_size, 0);
	unlink(name);
	snprintf(name, sizeof name, "%s-journal", path);
	assert_int_equal(stat(name, &sb), 0);
	assert_int_equal(sb.st_size, 0);
	unlink(name);
	unlink(path);
}

/* A write that fails half-way (the file-size limit, below the database's
 * size) leaves the old backup as it was and no temporary file. */
static void test_failed_write_leaves_destination(void **state)
{
	fx *f = *state;
	char path[400];
	struct rlimit old, small;

	snprintf(path, sizeof path, "%s/copy.db", f->dir);
	write_file(path, "old backup");
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 2048; /* a database is at least a few 4096-byte pages */
	signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	assert_int_equal(mbo_backup(f->m, f->admin, path), MBO_EINVAL);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, SIG_DFL);
	assert_non_null(strstr(mbo_errmsg(f->m), "backup file: cannot write"));
	assert_file_says(path, "old backup");
	assert_int_equal(extra_entries(f), 1);

	snprintf(path, sizeof path, "%s/no/such/folder.db", f->dir);
	assert_refused(f, path, "cannot create a file in");
	assert_int_equal(extra_entries(f), 1);
	snprintf(path, sizeof path, "%s/copy.db", f->dir);
	unlink(path);
}

/* Only an admin copies everyone's data. */
static void test_only_an_admin(void **state)
{
	fx *f = *state;
	int64_t boss = fx_person(f, "boss", "manager", NULL);
	int64_t rep = fx_person(f, "rep", "sales", "boss");
	char path[400];

	snprintf(path, sizeof path, "%s/copy.db", f->dir);
	assert_int_equal(mbo_backup(f->m, rep, path), MBO_EPERM);
	assert_non_null(strstr(mbo_errmsg(f->m),
	                       "only an admin may manage people, settings, the calendar and backups"));
	assert_int_equal(mbo_backup(f->m, boss, path), MBO_EPERM);
	assert_int_equal(mbo_backup(f->m, 9999, path), MBO_EPERM);
	assert_int_equal(access(path, F_OK), -1);
	assert_int_equal(extra_entries(f), 0);
}

/* Another session's uncommitted write is not in the copy; the copy is
 * taken while that session holds the write lock. */
static void test_backup_beside_a_writer(void **state)
{
	fx *f = *state;
	char path[400];
	mbo *other = NULL;

	fx_person(f, "li.wei", "sales", NULL);
	assert_int_equal(mbo_open(f->path, 0, &other), MBO_OK);
	assert_int_equal(sqlite3_exec(mbo_sqlite(other), "BEGIN IMMEDIATE; "
	                              "INSERT INTO person(login, name, role, created_at) "
	                              "VALUES ('late', 'Late', 'sales', 'now')", NULL, NULL, NULL), SQLITE_OK);
	snprintf(path, sizeof path, "%s/copy.db", f->dir);
	assert_int_equal(mbo_backup(f->m, f->admin, path), MBO_OK);
	assert_int_equal(sqlite3_exec(mbo_sqlite(other), "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	mbo_close(other);
	/* admin and li.wei; 'late' came after the snapshot */
	assert_int_equal(file_int(path, "SELECT count(*) FROM person"), 2);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person"), 3);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_copy_is_private_and_standalone, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_live_database_refused, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_not_a_regular_file_refused, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_planted_names_not_opened, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_failed_write_leaves_destination, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_only_an_admin, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_backup_beside_a_writer, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
