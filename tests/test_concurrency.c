/*
 * test_concurrency.c: two sessions on one database file (db.c's busy
 * handler, undo.c's BEGIN IMMEDIATE). A writer waits for another writer
 * instead of failing; a connection that left a read open still gets the
 * write lock once someone else has written. tests/e2e/concurrency.sh runs
 * the same under load, with many processes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fixture.h"
#include "internal.h"
#include "mbo/person.h"
#include "mbo/undo.h"

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

/* Another process holds the write lock for 300 ms: this one waits for it,
 * then writes. */
static void test_writer_waits(void **state)
{
	fx *f = *state;
	int ready[2];
	char byte;
	double t0;
	pid_t pid;
	int status;

	assert_int_equal(pipe(ready), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		mbo *m2 = NULL;
		int ok;

		close(ready[0]);
		ok = mbo_open(f->path, 0, &m2) == MBO_OK &&
		     mbo_change_begin(m2, f->admin, "hold the lock") == MBO_OK &&
		     mbo_person_add(m2, f->admin, "held", "Held Lock", MBO_ROLE_SALES, NULL, NULL) == MBO_OK;
		if (write(ready[1], "x", 1) != 1)
			ok = 0;
		usleep(300 * 1000);
		ok = ok && mbo_change_commit(m2) == MBO_OK;
		mbo_close(m2);
		_exit(ok ? 0 : 1);
	}
	close(ready[1]);
	assert_int_equal(read(ready[0], &byte, 1), 1);
	close(ready[0]);
	t0 = now_ms();
	assert_int_equal(mbo_person_add(f->m, f->admin, "waited", "Waited", MBO_ROLE_SALES, NULL, NULL), MBO_OK);
	assert_true(now_ms() - t0 >= 200);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person WHERE login IN ('held', 'waited')"), 2);
}

/* A cached statement left on a row keeps a read transaction open on an old
 * snapshot; after another session wrote, BEGIN IMMEDIATE cannot upgrade it
 * and SQLite does not call the busy handler. The change still begins. */
static void test_stale_read_does_not_block_a_write(void **state)
{
	fx *f = *state;
	sqlite3_stmt *st;
	mbo *m2 = NULL;

	st = mbo_stmt(f->m, "SELECT id FROM person ORDER BY id");
	assert_non_null(st);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);   /* left open on purpose */

	assert_int_equal(mbo_open(f->path, 0, &m2), MBO_OK);
	assert_int_equal(mbo_person_add(m2, f->admin, "other", "Other Session", MBO_ROLE_SALES, NULL, NULL),
	                 MBO_OK);
	mbo_close(m2);

	assert_int_equal(mbo_change_begin(f->m, f->admin, "after a stale read"), MBO_OK);
	assert_int_equal(mbo_change_commit(f->m), MBO_OK);
	/* And the write that follows sees the other session's work. */
	assert_int_equal(mbo_person_add(f->m, f->admin, "mine", "Mine", MBO_ROLE_SALES, "other", NULL), MBO_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_writer_waits, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_stale_read_does_not_block_a_write, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
