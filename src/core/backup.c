/*
 * backup.c: `mbo backup DEST`, a workflow over the database: only an admin
 * may take one (checked here, in the core), the copy is one read snapshot,
 * and the file reaches nobody but its maker (docs/reliability.md,
 * "Backups reach only their maker"; docs/permissions.md).
 */
#define _GNU_SOURCE   /* mkostemp */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "mbo/db.h"
#include "mbo/perm.h"

/* ---- backup ----
 *
 * Why the copy goes through memory. The backup must reach nobody but its
 * maker, also in a folder others can write to (/tmp). Any file SQLite opens
 * itself is opened by name (and its -journal and -wal siblings with
 * O_CREAT, without O_EXCL, by name too): another user who can write to the
 * folder could put a file of theirs at one of those names, or swap the name
 * between our creating the file and SQLite opening it, and SQLite would
 * write the data into their file. A held descriptor cannot be handed to
 * SQLite (it resolves /proc/self/fd/N back to a name). So SQLite's backup
 * API copies the database into an in-memory database (one read snapshot;
 * writers go on), and mbo writes its bytes through the one descriptor that
 * mkstemp created with O_CREAT|O_EXCL, mode 0600: whatever anyone does with
 * names in the folder, the data goes only into that file, then renamed
 * over the destination. The cost is the database's size in memory for the
 * moment of the copy.
 */

/* Bytes 18 and 19 of a database file: the write and read format versions,
 * 2 for WAL, 1 for a rollback journal (the file format's header). */
enum { HDR_WRITE_VERSION = 18, HDR_READ_VERSION = 19, HDR_SIZE = 100 };

/* Splits `path` into its folder (".", "/" or the part before the last
 * slash) and its last name. MBO_EINVAL when it does not fit or names no
 * file. */
static int backup_split(mbo *m, const char *path, char *dir, size_t dcap, const char **base)
{
	const char *slash = strrchr(path, '/');
	size_t n;

	if (path[0] == '\0')
		return mbo_error(m, MBO_EINVAL, _("backup file: give the name of the file to write"));
	if (strlen(path) >= PATH_MAX)
		return mbo_error(m, MBO_EINVAL, _("backup file: the path is too long (%zu bytes); paths have "
		                   "fewer than %d"), strlen(path), PATH_MAX);
	if (slash == NULL) {
		snprintf(dir, dcap, ".");
		*base = path;
	} else {
		n = slash == path ? 1 : (size_t)(slash - path);
		if (n >= dcap)
			return mbo_error(m, MBO_EINVAL, _("backup file: the path is too long"));
		memcpy(dir, path, n);
		dir[n] = '\0';
		*base = slash + 1;
	}
	if ((*base)[0] == '\0' || strcmp(*base, ".") == 0 || strcmp(*base, "..") == 0)
		return mbo_error(m, MBO_EINVAL, _("backup file: %s is a folder; name a file in it"), path);
	return MBO_OK;
}

/* Whether `sb` is the live database file or its -wal or -shm (those that
 * exist). */
static bool backup_is_live_file(const mbo *m, const struct stat *sb)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	char buf[4200];
	struct stat lb;
	size_t i;

	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(buf, sizeof buf, "%s%s", m->path, suffix[i]);
		if (stat(buf, &lb) == 0 && lb.st_dev == sb->st_dev && lb.st_ino == sb->st_ino)
			return true;
	}
	return false;
}

/* Whether `dir`/`base`, its folder resolved, is the name of the live
 * database or of one of its -wal, -shm, -journal, present or not (a file
 * written there would be taken for the live database's own). When the live
 * database's folder cannot be resolved (a shared install after the
 * privilege is dropped), nothing can be written in it either. */
static bool backup_is_live_name(const mbo *m, const char *dir, const char *base)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	char ldir[4096], lreal[PATH_MAX], dreal[PATH_MAX], name[4200];
	const char *lbase;
	size_t i;

	if (realpath(dir, dreal) == NULL)
		return false;
	lbase = strrchr(m->path, '/');
	if (lbase == NULL) {
		snprintf(ldir, sizeof ldir, ".");
		lbase = m->path;
	} else {
		snprintf(ldir, sizeof ldir, "%.*s", lbase == m->path ? 1 : (int)(lbase - m->path), m->path);
		lbase++;
	}
	if (realpath(ldir, lreal) == NULL || strcmp(lreal, dreal) != 0)
		return false;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(name, sizeof name, "%s%s", lbase, suffix[i]);
		if (strcmp(name, base) == 0)
			return true;
	}
	return false;
}

/* The destination's checks: it may be missing or a regular file that is
 * not the live database; nothing else. A symbolic link is refused, even to
 * a regular file: written through, whoever placed the link would choose
 * which file is replaced; replaced itself, its owner would lose the link.
 * Checked before the copy and again just before the rename. */
static int backup_check_dest(mbo *m, const char *dest, const char *dir, const char *base)
{
	struct stat lsb, sb;
	bool exists = lstat(dest, &lsb) == 0;
	int e = errno;
	bool target = exists && stat(dest, &sb) == 0;

	if ((target && backup_is_live_file(m, &sb)) || backup_is_live_name(m, dir, base))
		return mbo_error(m, MBO_EINVAL,
		                 _("backup file: %s is the live database (or its -wal or -shm); "
		                   "name a file outside it"), dest);
	if (!exists) {
		if (e == ENOENT)
			return MBO_OK;
		return mbo_error(m, MBO_EINVAL, _("backup file: cannot use %s: %s"), dest, strerror(e));
	}
	if (S_ISLNK(lsb.st_mode) && !target)
		return mbo_error(m, MBO_EINVAL, _("backup file: %s is a symbolic link to nothing; name the "
		                   "file itself, or a new one"), dest);
	if (S_ISLNK(lsb.st_mode) && !S_ISREG(sb.st_mode))
		return mbo_error(m, MBO_EINVAL, _("backup file: %s is a symbolic link to something not a "
		                   "regular file; name the file itself, or a new one"), dest);
	if (S_ISLNK(lsb.st_mode))
		return mbo_error(m, MBO_EINVAL, _("backup file: %s is a symbolic link; name the file "
		                   "itself, or a new one"), dest);
	if (S_ISDIR(lsb.st_mode))
		return mbo_error(m, MBO_EINVAL, _("backup file: %s is a folder; name a file in it"), dest);
	if (!S_ISREG(lsb.st_mode))
		return mbo_error(m, MBO_EINVAL,
		                 _("backup file: %s is not a regular file (a device, a fifo or a socket); "
		                   "name a new file or a backup made before"), dest);
	return MBO_OK;
}

/* Copies the whole database into a new in-memory database *out (owned by
 * the caller, sqlite3_close). */
static int backup_to_memory(mbo *m, sqlite3 **out)
{
	sqlite3_backup *b;
	sqlite3 *to = NULL;
	time_t t0;
	int rc;

	*out = NULL;
	if (sqlite3_open_v2(":memory:", &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
	                    NULL) != SQLITE_OK) {
		sqlite3_close(to);
		return mbo_error(m, MBO_EFAIL, _("backup: out of memory"));
	}
	b = sqlite3_backup_init(to, "main", m->db, "main");
	if (b == NULL) {
		mbo_error(m, MBO_EDB, _("backup: %s"), sqlite3_errmsg(to));
		sqlite3_close(to);
		return MBO_EDB;
	}
	/* All pages in one step: one read snapshot, which in WAL mode lets
	 * writers go on. Copied in slices, every write by another session
	 * would restart the copy, and a busy team could keep it from ever
	 * finishing. Busy (a recovery, a checkpoint) is waited out for ten
	 * seconds at most. */
	t0 = time(NULL);
	for (;;) {
		rc = sqlite3_backup_step(b, -1);
		if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || time(NULL) - t0 >= 10)
			break;
		sqlite3_sleep(20);
	}
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			mbo_error(m, MBO_EDB, _("backup: the database stayed busy for 10 seconds; try again"));
		else if (rc == SQLITE_NOMEM)
			mbo_error(m, MBO_EFAIL, _("backup: out of memory"));
		else
			mbo_error(m, MBO_EDB, _("backup: %s"), sqlite3_errstr(rc));
		sqlite3_close(to);
		return rc == SQLITE_NOMEM ? MBO_EFAIL : MBO_EDB;
	}
	*out = to;
	return MBO_OK;
}

/* Writes n bytes to fd; 0, or -1 with errno. */
static int write_all(int fd, const unsigned char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int mbo_backup(mbo *m, int64_t actor, const char *dest)
{
	char dir[4096], tmp[4200];
	const char *base = NULL;
	unsigned char *bytes = NULL;
	sqlite3_int64 size = 0;
	sqlite3 *mem = NULL;
	struct stat fsb, nsb;
	int fd = -1, dfd, rc, e;

	rc = mbo_perm_check(m, actor, MBO_ACT_ADMIN, 0);
	if (rc == MBO_OK)
		rc = backup_split(m, dest, dir, sizeof dir, &base);
	if (rc == MBO_OK)
		rc = backup_check_dest(m, dest, dir, base);
	if (rc)
		return rc;
	if (snprintf(tmp, sizeof tmp, "%s%s%s.tmp-XXXXXX", dir, strcmp(dir, "/") == 0 ? "" : "/", base) >=
	    (int)sizeof tmp)
		return mbo_error(m, MBO_EINVAL, _("backup file: the path is too long"));
	rc = backup_to_memory(m, &mem);
	if (rc)
		return rc;
	bytes = sqlite3_serialize(mem, "main", &size, 0);
	sqlite3_close(mem);
	if (bytes == NULL || size < HDR_SIZE)
		goto nomem;
	/* The copy stands alone: a rollback-journal file (journal_mode
	 * DELETE), not a WAL one that would look for a -wal beside it. */
	bytes[HDR_WRITE_VERSION] = 1;
	bytes[HDR_READ_VERSION] = 1;

	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		e = errno;
		sqlite3_free(bytes);
		return mbo_error(m, MBO_EINVAL, _("backup file: cannot create a file in %s: %s; "
		                   "name a folder you may write to"), dir, strerror(e));
	}
	if (fchmod(fd, 0600) != 0 || write_all(fd, bytes, (size_t)size) != 0 || fsync(fd) != 0 ||
	    fstat(fd, &fsb) != 0) {
		e = errno;
		rc = mbo_error(m, MBO_EINVAL, _("backup file: cannot write %s: %s"), dest, strerror(e));
		goto fail;
	}
	sqlite3_free(bytes);
	bytes = NULL;
	rc = backup_check_dest(m, dest, dir, base);
	if (rc)
		goto fail;
	/* The name still is our file (in a folder others may write to without
	 * the sticky bit, they could have put theirs in its place: it would
	 * hold none of our data, but it must not become the backup). */
	if (lstat(tmp, &nsb) != 0 || nsb.st_dev != fsb.st_dev || nsb.st_ino != fsb.st_ino) {
		close(fd);
		return mbo_error(m, MBO_EINVAL, _("backup file: someone replaced the temporary file in %s; "
		                   "back up into a folder only you may write to"), dir);
	}
	if (rename(tmp, dest) != 0) {
		e = errno;
		rc = mbo_error(m, MBO_EINVAL, _("backup file: cannot write %s: %s"), dest, strerror(e));
		goto fail;
	}
	close(fd);
	/* The rename is durable once the folder is synced. A folder that
	 * cannot be opened for reading (write and search rights only) cannot
	 * be synced by anyone but root; the file itself is synced. */
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		if (fsync(dfd) != 0 && errno != EINVAL) {
			e = errno;
			close(dfd);
			return mbo_error(m, MBO_EDB, _("backup: %s was written but its folder could not be "
			                   "synced: %s; check the disk"), dest, strerror(e));
		}
		close(dfd);
	}
	return MBO_OK;

nomem:
	sqlite3_free(bytes);
	return mbo_error(m, MBO_EFAIL, _("backup: out of memory"));
fail:
	sqlite3_free(bytes);
	close(fd);
	unlink(tmp);
	return rc;
}
