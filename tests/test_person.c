/*
 * test_person.c: people and the org tree (src/core/person.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "fixture.h"
#include "mbo/alert.h"
#include "internal.h"
#include "person_priv.h"
#include "mbo/checkin.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/plan.h"
#include "mbo/progress.h"
#include "mbo/task.h"
#include "mbo/undo.h"

static int64_t people(fx *f)
{
	return fx_int(f, "SELECT count(*) FROM person");
}

static void assert_msg_has(fx *f, const char *part)
{
	const char *msg = mbo_errmsg(f->m);

	if (strstr(msg, part) == NULL)
		fail_msg("message \"%s\" should mention \"%s\"", msg, part);
}

static void test_add_with_roles(void **state)
{
	fx *f = *state;
	mbo_person p;
	int64_t mgr = 0, ana = 0, boss = 0;

	assert_int_equal(mbo_person_add(f->m, f->admin, "chen.jing", "Chen Jing", MBO_ROLE_MANAGER, NULL, &mgr), MBO_OK);
	assert_int_equal(mbo_person_add(f->m, f->admin, "ana_lee-2", "Ana Lee", MBO_ROLE_SALES, "chen.jing", &ana), MBO_OK);
	assert_int_equal(mbo_person_add(f->m, f->admin, "Boss", "The Boss", MBO_ROLE_ADMIN, "", &boss), MBO_OK);
	assert_true(mgr > 0 && ana > 0 && boss > 0 && mgr != ana);

	assert_int_equal(mbo_person_find(f->m, "ana_lee-2", &p), MBO_OK);
	assert_int_equal(p.id, ana);
	assert_string_equal(p.login, "ana_lee-2");
	assert_string_equal(p.name, "Ana Lee");
	assert_int_equal(p.role, MBO_ROLE_SALES);
	assert_int_equal(p.manager_id, mgr);
	assert_string_equal(p.manager, "chen.jing");
	assert_true(p.active);

	assert_int_equal(mbo_person_get(f->m, mgr, &p), MBO_OK);
	assert_string_equal(p.login, "chen.jing");
	assert_int_equal(p.role, MBO_ROLE_MANAGER);
	assert_int_equal(p.manager_id, 0);
	assert_string_equal(p.manager, "");

	assert_int_equal(mbo_person_get(f->m, boss, &p), MBO_OK);
	assert_int_equal(p.role, MBO_ROLE_ADMIN);
	assert_int_equal(p.manager_id, 0);
	/* Stored as words the CHECK constraint knows. */
	assert_int_equal(fx_int(f, "SELECT count(*) FROM person WHERE login = 'chen.jing' AND role = 'manager'"), 1);

	/* Role names round trip. */
	assert_string_equal(mbo_role_name(MBO_ROLE_SALES), "sales");
	assert_int_equal(mbo_role_parse("manager"), MBO_ROLE_MANAGER);
	assert_int_equal(mbo_role_parse("admin"), MBO_ROLE_ADMIN);
	assert_int_equal(mbo_role_parse("boss"), -1);
	assert_int_equal(mbo_role_parse(NULL), -1);
}

static void test_duplicate_login(void **state)
{
	fx *f = *state;
	int64_t id = 0, before;

	fx_person(f, "wang.wei", "sales", NULL);
	before = people(f);
	assert_int_equal(mbo_person_add(f->m, f->admin, "wang.wei", "Another Wang", MBO_ROLE_SALES, NULL, &id),
	                 MBO_EINVAL);
	assert_msg_has(f, "wang.wei");
	assert_msg_has(f, "login");
	assert_int_equal(people(f), before);
	/* The bootstrap admin's login is taken too. */
	assert_int_equal(mbo_person_add(f->m, f->admin, "admin", "Imposter", MBO_ROLE_ADMIN, NULL, &id), MBO_EINVAL);
	assert_msg_has(f, "admin");
	assert_int_equal(people(f), before);
}

static void test_invalid_logins(void **state)
{
	fx *f = *state;
	static const char *const bad[] = {
		"", "-x", ".hidden", "a b", "a/b", "a;b", "a'b", "用户", "ana\n", "tab\there",
		"123456789012345678901234567890123",   /* 33 characters */
	};
	int64_t id = 0, before = people(f);
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (mbo_person_add(f->m, f->admin, bad[i], "Someone", MBO_ROLE_SALES, NULL, &id) != MBO_EINVAL)
			fail_msg("login \"%s\" should be refused", bad[i]);
		assert_msg_has(f, "login");
	}
	assert_int_equal(mbo_person_add(f->m, f->admin, NULL, "Someone", MBO_ROLE_SALES, NULL, &id), MBO_EINVAL);
	/* The refusal quotes the login, but never sends a raw escape to the
	 * terminal that shows the message. */
	assert_int_equal(mbo_person_add(f->m, f->admin, "x\x1b]52;c;AAAA\a", "Someone", MBO_ROLE_SALES, NULL, &id),
	                 MBO_EINVAL);
	assert_null(strchr(mbo_errmsg(f->m), '\x1b'));
	assert_null(strchr(mbo_errmsg(f->m), '\a'));
	assert_int_equal(people(f), before);
	/* 32 characters is the most, and allowed. */
	assert_int_equal(mbo_person_add(f->m, f->admin, "12345678901234567890123456789012", "Long Login",
	                                MBO_ROLE_SALES, NULL, &id), MBO_OK);
	assert_int_equal(people(f), before + 1);
}

static void test_bad_name_and_role(void **state)
{
	fx *f = *state;
	char name[400];
	int64_t id = 0, before = people(f);
	int i;

	assert_int_equal(mbo_person_add(f->m, f->admin, "x1", "", MBO_ROLE_SALES, NULL, &id), MBO_EINVAL);
	assert_msg_has(f, "name");
	assert_int_equal(mbo_person_add(f->m, f->admin, "x2", NULL, MBO_ROLE_SALES, NULL, &id), MBO_EINVAL);
	assert_int_equal(mbo_person_add(f->m, f->admin, "x3", "Evil\x1b]52;c;AAAA\a", MBO_ROLE_SALES, NULL, &id),
	                 MBO_EINVAL);
	assert_msg_has(f, "name");
	memset(name, 'n', 101);
	name[101] = '\0';
	assert_int_equal(mbo_person_add(f->m, f->admin, "x4", name, MBO_ROLE_SALES, NULL, &id), MBO_EINVAL);
	assert_int_equal(mbo_person_add(f->m, f->admin, "x5", "Fine Name", 3, NULL, &id), MBO_EINVAL);
	assert_msg_has(f, "role");
	assert_int_equal(mbo_person_add(f->m, f->admin, "x6", "Fine Name", -1, NULL, &id), MBO_EINVAL);
	assert_int_equal(people(f), before);
	/* 100 Chinese characters is within the limit (characters, not bytes). */
	name[0] = '\0';
	for (i = 0; i < 100; i++)
		strcat(name, "陈");
	assert_int_equal(mbo_person_add(f->m, f->admin, "x7", name, MBO_ROLE_SALES, NULL, &id), MBO_OK);
	assert_int_equal(people(f), before + 1);
}

static void test_chinese_names(void **state)
{
	fx *f = *state;
	mbo_person p;
	int64_t id = 0;

	assert_int_equal(mbo_person_add(f->m, f->admin, "chen.jing", "陈静", MBO_ROLE_MANAGER, NULL, &id), MBO_OK);
	assert_int_equal(mbo_person_add(f->m, f->admin, "li.na", "李娜 (Lina)", MBO_ROLE_SALES, "chen.jing", &id), MBO_OK);
	assert_int_equal(mbo_person_find(f->m, "chen.jing", &p), MBO_OK);
	assert_string_equal(p.name, "陈静");
	assert_int_equal(mbo_person_get(f->m, id, &p), MBO_OK);
	assert_string_equal(p.name, "李娜 (Lina)");
	assert_string_equal(p.manager, "chen.jing");
}

static void test_unknown_manager(void **state)
{
	fx *f = *state;
	int64_t id = 0, before = people(f);

	assert_int_equal(mbo_person_add(f->m, f->admin, "ana", "Ana", MBO_ROLE_SALES, "nobody.here", &id), MBO_EINVAL);
	assert_msg_has(f, "nobody.here");
	assert_int_equal(mbo_person_add(f->m, f->admin, "ana", "Ana", MBO_ROLE_SALES, "x\x1b[2J", &id), MBO_EINVAL);
	assert_null(strchr(mbo_errmsg(f->m), '\x1b'));
	assert_int_equal(people(f), before);
}

static void test_non_admin_cannot_add(void **state)
{
	fx *f = *state;
	int64_t mgr = fx_person(f, "mgr", "manager", NULL);
	int64_t ana = fx_person(f, "ana", "sales", "mgr");
	int64_t id = 0, before = people(f);

	assert_int_equal(mbo_person_add(f->m, ana, "ben", "Ben", MBO_ROLE_SALES, NULL, &id), MBO_EPERM);
	assert_int_equal(mbo_person_add(f->m, mgr, "ben", "Ben", MBO_ROLE_SALES, "mgr", &id), MBO_EPERM);
	assert_int_equal(mbo_person_add(f->m, 9999, "ben", "Ben", MBO_ROLE_SALES, NULL, &id), MBO_EPERM);
	assert_int_equal(people(f), before);
	assert_int_equal(mbo_person_set_manager(f->m, mgr, ana, NULL), MBO_EPERM);
	assert_int_equal(fx_int(f, "SELECT manager_id FROM person WHERE login = 'ana'"), mgr);
}

static void test_set_manager_and_cycles(void **state)
{
	fx *f = *state;
	int64_t a = fx_person(f, "a", "manager", NULL);
	int64_t b = fx_person(f, "b", "manager", NULL);
	int64_t c = fx_person(f, "c", "sales", NULL);
	mbo_person p;

	assert_int_equal(mbo_person_set_manager(f->m, f->admin, a, "b"), MBO_OK);
	assert_int_equal(mbo_person_get(f->m, a, &p), MBO_OK);
	assert_int_equal(p.manager_id, b);
	assert_true(mbo_person_is_above(f->m, b, a));

	/* b under a would make a cycle: refused, tree unchanged. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, b, "a"), MBO_EINVAL);
	assert_msg_has(f, "cycle");
	assert_int_equal(fx_int(f, "SELECT coalesce(manager_id, 0) FROM person WHERE login = 'b'"), 0);
	assert_int_equal(fx_int(f, "SELECT manager_id FROM person WHERE login = 'a'"), b);

	/* A longer cycle: c under a, then b under c. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, c, "a"), MBO_OK);
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, b, "c"), MBO_EINVAL);
	assert_int_equal(fx_int(f, "SELECT coalesce(manager_id, 0) FROM person WHERE login = 'b'"), 0);
	/* Oneself as manager. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, c, "c"), MBO_EINVAL);
	assert_int_equal(fx_int(f, "SELECT manager_id FROM person WHERE login = 'c'"), a);
	/* Unknown manager, unknown person. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, c, "ghost"), MBO_EINVAL);
	assert_msg_has(f, "ghost");
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, c, "gh\x1b]0;pwned\a"), MBO_EINVAL);
	assert_null(strchr(mbo_errmsg(f->m), '\x1b'));
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, 9999, "a"), MBO_ENOTFOUND);
	assert_int_equal(fx_int(f, "SELECT manager_id FROM person WHERE login = 'c'"), a);

	/* Moving within the tree, and to the root. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, c, "b"), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT manager_id FROM person WHERE login = 'c'"), b);
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, a, NULL), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT coalesce(manager_id, 0) FROM person WHERE login = 'a'"), 0);
	/* Now b under a is fine. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, b, "a"), MBO_OK);
	assert_true(mbo_person_is_above(f->m, a, c));
}

static bool has(const int64_t *ids, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

static void test_subtree_reports_above(void **state)
{
	fx *f = *state;
	int64_t boss = fx_person(f, "boss", "manager", NULL);
	int64_t mgr = fx_person(f, "mgr", "manager", "boss");
	int64_t zoe = fx_person(f, "zoe", "sales", "mgr");
	int64_t ana = fx_person(f, "ana", "sales", "mgr");
	int64_t kid = fx_person(f, "kid", "sales", "ana");
	int64_t out = fx_person(f, "out", "sales", NULL);
	int64_t *ids = NULL;
	size_t n = 0;

	assert_int_equal(mbo_person_subtree(f->m, boss, &ids, &n), MBO_OK);
	assert_int_equal(n, 5);
	assert_int_equal(ids[0], boss);
	assert_int_equal(ids[1], mgr);
	assert_true(has(ids, n, zoe) && has(ids, n, ana) && has(ids, n, kid));
	assert_false(has(ids, n, out) || has(ids, n, f->admin));
	free(ids);

	assert_int_equal(mbo_person_subtree(f->m, kid, &ids, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], kid);
	free(ids);

	/* Direct reports only, by login. */
	assert_int_equal(mbo_person_reports(f->m, mgr, &ids, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_int_equal(ids[0], ana);
	assert_int_equal(ids[1], zoe);
	free(ids);
	assert_int_equal(mbo_person_reports(f->m, kid, &ids, &n), MBO_OK);
	assert_int_equal(n, 0);
	free(ids);

	assert_true(mbo_person_is_above(f->m, boss, kid));
	assert_true(mbo_person_is_above(f->m, mgr, kid));
	assert_true(mbo_person_is_above(f->m, ana, kid));
	assert_false(mbo_person_is_above(f->m, kid, ana));
	assert_false(mbo_person_is_above(f->m, zoe, kid));   /* a colleague */
	assert_false(mbo_person_is_above(f->m, ana, ana));   /* strict */
	assert_false(mbo_person_is_above(f->m, out, kid));
	assert_false(mbo_person_is_above(f->m, boss, out));
}

static void test_list_tree_order(void **state)
{
	fx *f = *state;
	static const char *const want[] = { "admin", "boss", "amy", "bob", "carl", "beth", "zoe", "ann" };
	mbo_person *v = NULL;
	size_t n = 0, i;

	/* Added out of order on purpose. */
	fx_person(f, "zoe", "manager", NULL);
	fx_person(f, "boss", "manager", NULL);
	fx_person(f, "beth", "sales", "boss");
	fx_person(f, "amy", "manager", "boss");
	fx_person(f, "carl", "sales", "amy");
	fx_person(f, "bob", "sales", "amy");
	fx_person(f, "ann", "sales", "zoe");

	assert_int_equal(mbo_person_list(f->m, &v, &n), MBO_OK);
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (i = 0; i < n; i++)
		if (strcmp(v[i].login, want[i]) != 0)
			fail_msg("position %zu: %s, expected %s", i, v[i].login, want[i]);
	assert_string_equal(v[3].manager, "amy");
	free(v);
}

/* The subtree a report reads (mbo_person_tree): the root and everyone
 * below, inactive people too, in the order of mbo_person_list, with their
 * depth and manager. */
static void test_tree_of_a_team(void **state)
{
	fx *f = *state;
	static const char *const want[] = { "boss", "amy", "bob", "carl", "beth" };
	static const int depth[] = { 0, 1, 2, 2, 1 };
	mbo_tree_person *v = NULL;
	size_t n = 0, i;
	int64_t boss, carl;

	fx_person(f, "zoe", "manager", NULL);
	boss = fx_person(f, "boss", "manager", NULL);
	fx_person(f, "beth", "sales", "boss");
	fx_person(f, "amy", "manager", "boss");
	carl = fx_person(f, "carl", "sales", "amy");
	fx_person(f, "bob", "sales", "amy");
	fx_person(f, "ann", "sales", "zoe");
	assert_int_equal(mbo_person_set_active(f->m, f->admin, carl, false, 0, NULL, NULL), MBO_OK);

	assert_int_equal(mbo_person_tree(f->m, boss, &v, &n), MBO_OK);
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].login, want[i]) != 0)
			fail_msg("position %zu: %s, expected %s", i, v[i].login, want[i]);
		assert_int_equal(v[i].depth, depth[i]);
		assert_int_equal(v[i].active, i != 3);
	}
	assert_int_equal(v[0].id, boss);
	assert_string_equal(v[0].manager, "");
	assert_string_equal(v[3].manager, "amy");
	assert_string_equal(v[3].name, "carl");
	mbo_person_tree_free(v, n);

	/* Nobody with that id: an empty tree. */
	assert_int_equal(mbo_person_tree(f->m, 9999, &v, &n), MBO_OK);
	assert_int_equal(n, 0);
	mbo_person_tree_free(v, n);
}

static void test_find_unknown(void **state)
{
	fx *f = *state;
	mbo_person p;

	assert_int_equal(mbo_person_find(f->m, "ghost", &p), MBO_ENOTFOUND);
	assert_msg_has(f, "ghost");
	assert_int_equal(mbo_person_get(f->m, 4242, &p), MBO_ENOTFOUND);
	/* The message is made safe for a terminal. */
	assert_int_equal(mbo_person_find(f->m, "x\x1b[2J", &p), MBO_ENOTFOUND);
	assert_null(strchr(mbo_errmsg(f->m), '\x1b'));
}

/* ---- deactivation and reactivation (mbo_person_set_active) ---- */

/* Everything a refused call must leave as it was: the connection's count
 * of rows written. */
static int64_t writes(fx *f)
{
	return sqlite3_total_changes64(mbo_sqlite(f->m));
}

static bool is_active(fx *f, int64_t id)
{
	mbo_person p;

	assert_int_equal(mbo_person_get(f->m, id, &p), MBO_OK);
	return p.active;
}

/* The status of a goal, as stored. */
static const char *goal_status(fx *f, int64_t goal)
{
	static char buf[16];
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(mbo_sqlite(f->m), "SELECT status FROM goal WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
		fail_msg("goal_status: %s", sqlite3_errmsg(mbo_sqlite(f->m)));
	sqlite3_bind_int64(st, 1, goal);
	buf[0] = '\0';
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(buf, sizeof buf, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return buf;
}

/* A core message names no command-line option: the front ends do. */
static void assert_msg_plain(fx *f)
{
	if (strstr(mbo_errmsg(f->m), "--") != NULL)
		fail_msg("message \"%s\" names a command-line option", mbo_errmsg(f->m));
}

static void test_deactivate_who_may(void **state)
{
	fx *f = *state;
	int64_t mgr = fx_person(f, "mgr", "manager", NULL);
	int64_t ann = fx_person(f, "ann", "sales", "mgr");
	int64_t adm2 = fx_person(f, "adm2", "admin", NULL);
	int64_t before = writes(f);

	/* Not a manager, even over their own report; not the person. */
	assert_int_equal(mbo_person_set_active(f->m, mgr, ann, false, 0, NULL, NULL), MBO_EPERM);
	assert_msg_has(f, "admin");
	assert_int_equal(mbo_person_set_active(f->m, ann, ann, false, 0, NULL, NULL), MBO_EPERM);
	/* Not oneself, even an admin: another admin can. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, f->admin, false, 0, NULL, NULL), MBO_EPERM);
	assert_msg_has(f, "yourself");
	assert_msg_has(f, "another admin");
	assert_int_equal(writes(f), before);
	assert_true(is_active(f, ann) && is_active(f, f->admin));
	/* An admin may deactivate another admin, who may then do nothing. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, adm2, false, 0, NULL, NULL), MBO_OK);
	assert_false(is_active(f, adm2));
	assert_int_equal(mbo_person_set_active(f->m, adm2, ann, false, 0, NULL, NULL), MBO_EPERM);
	assert_int_equal(mbo_person_set_active(f->m, adm2, adm2, true, 0, NULL, NULL), MBO_EPERM);
	assert_int_equal(mbo_person_add(f->m, adm2, "dan", "Dan", MBO_ROLE_SALES, NULL, NULL), MBO_EPERM);
	assert_msg_has(f, "no longer active");
	/* Unknown people. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, 9999, false, 0, NULL, NULL), MBO_ENOTFOUND);
	assert_int_equal(mbo_person_set_active(f->m, 9999, ann, false, 0, NULL, NULL), MBO_EPERM);
	assert_true(is_active(f, ann));
}

static void test_deactivate_reports_left(void **state)
{
	fx *f = *state;
	int64_t boss = fx_person(f, "boss", "manager", NULL);
	int64_t mgr = fx_person(f, "mgr", "manager", "boss");
	int64_t ann = fx_person(f, "ann", "sales", "mgr");
	int64_t bob = fx_person(f, "bob", "sales", "mgr");
	mbo_person_active_info info;
	int64_t *ids = NULL, before = writes(f);
	size_t n = 0;

	assert_int_equal(mbo_person_set_active(f->m, f->admin, mgr, false, MBO_DEACTIVATE_CLOSE_GOALS,
	                                       NULL, &info), MBO_EINVAL);
	assert_int_equal(info.active_reports, 2);
	assert_msg_has(f, "mgr still has 2 active direct reports (ann, bob)");
	assert_msg_has(f, "move each of them to another manager first");
	assert_msg_plain(f);
	assert_int_equal(writes(f), before);
	assert_true(is_active(f, mgr));

	/* An inactive report does not hold their manager back. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, 0, NULL, NULL), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, mgr, false, 0, NULL, &info), MBO_EINVAL);
	assert_int_equal(info.active_reports, 1);
	assert_msg_has(f, "(bob); move them");
	/* Moved: now it goes. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, bob, "boss"), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, mgr, false, 0, NULL, NULL), MBO_OK);
	assert_false(is_active(f, mgr));
	assert_int_equal(mbo_person_reports(f->m, boss, &ids, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], bob);
	free(ids);

	/* Nobody goes under an inactive manager: not added, not moved, not
	 * reactivated there. */
	before = writes(f);
	assert_int_equal(mbo_person_add(f->m, f->admin, "cy", "Cy", MBO_ROLE_SALES, "mgr", NULL), MBO_EINVAL);
	assert_msg_has(f, "mgr is no longer active");
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, bob, "mgr"), MBO_EINVAL);
	assert_msg_has(f, "mgr is no longer active");
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, true, 0, NULL, NULL), MBO_EINVAL);
	assert_msg_has(f, "ann's manager mgr is no longer active; reactivate mgr first, or move ann");
	assert_msg_plain(f);
	assert_int_equal(writes(f), before);
	/* An inactive person may be moved to an active manager, then come back. */
	assert_int_equal(mbo_person_set_manager(f->m, f->admin, ann, "boss"), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, true, 0, NULL, NULL), MBO_OK);
	assert_true(is_active(f, ann));
	/* Twice is refused, and writes nothing. */
	before = writes(f);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, true, 0, NULL, NULL), MBO_EINVAL);
	assert_msg_has(f, "ann is already active");
	assert_int_equal(mbo_person_set_active(f->m, f->admin, mgr, false, 0, NULL, NULL), MBO_EINVAL);
	assert_msg_has(f, "mgr is already inactive");
	assert_int_equal(writes(f), before);
}

/* More than three active reports: the first three by login, then how many
 * more; an inactive one is neither named nor counted. */
static void test_deactivate_many_reports(void **state)
{
	fx *f = *state;
	static const char *const reps[] = { "fay", "dan", "eve", "cy", "bo", "al" };
	int64_t mgr = fx_person(f, "mgr", "manager", NULL), bo = 0;
	mbo_person_active_info info;
	int64_t before;
	size_t i;

	for (i = 0; i < sizeof reps / sizeof reps[0]; i++) {
		int64_t id = fx_person(f, reps[i], "sales", "mgr");
		if (strcmp(reps[i], "bo") == 0)
			bo = id;
	}
	assert_int_equal(mbo_person_set_active(f->m, f->admin, bo, false, 0, NULL, NULL), MBO_OK);
	before = writes(f);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, mgr, false, 0, NULL, &info), MBO_EINVAL);
	assert_int_equal(info.active_reports, 5);
	assert_msg_has(f, "mgr still has 5 active direct reports (al, cy, dan and 2 more); move each of them");
	assert_int_equal(writes(f), before);
	assert_true(is_active(f, mgr));
}

static void test_deactivate_open_goals(void **state)
{
	fx *f = *state;
	int64_t mgr = fx_person(f, "mgr", "manager", NULL);
	int64_t ann = fx_person(f, "ann", "sales", "mgr");
	int64_t team, met, short_, later, proposal, done;
	mbo_person_active_info info;
	mbo_goal g;
	mbo_dec actual;
	int64_t before;

	/* mgr's team goal, rolled up from ann's share. */
	team = fx_goal(f, mgr, "revenue", "1000", "2026-10-01", "2026-12-31");
	short_ = fx_goal(f, ann, "revenue", "500", "2026-10-01", "2026-12-31");
	fx_sql(f, "UPDATE goal SET parent_id = 1 WHERE id = 2");
	assert_int_equal(team, 1);
	fx_checkin(f, short_, "2026-11-02", "200");
	met = fx_goal(f, ann, "visits", "10", "2026-10-01", "2026-12-31");
	fx_checkin(f, met, "2026-11-03", "12");
	later = fx_goal(f, ann, "calls", "30", "2026-12-01", "2026-12-31");
	proposal = fx_goal(f, ann, "demos", "8", "2026-10-01", "2026-12-31");
	fx_sql(f, "UPDATE goal SET status = 'proposed' WHERE metric = 'demos'");
	done = fx_goal(f, ann, "meetings", "5", "2026-07-01", "2026-09-30");
	fx_sql(f, "UPDATE goal SET status = 'achieved' WHERE metric = 'meetings'");

	/* Without asking, refused with what to do, and nothing changes. */
	before = writes(f);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, 0, "left the company", &info),
	                 MBO_EINVAL);
	assert_int_equal(info.open_active, 3);
	assert_int_equal(info.open_proposed, 1);
	assert_int_equal(info.active_reports, 0);
	assert_msg_has(f, "ann still owns 4 open goals (3 active, 1 proposed); close them first");
	assert_msg_plain(f);
	assert_int_equal(writes(f), before);
	assert_true(is_active(f, ann));

	/* A bad reason is refused before anything. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, MBO_DEACTIVATE_CLOSE_GOALS,
	                                       "left\x1b[2J", NULL), MBO_EINVAL);
	assert_msg_has(f, "reason");
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, MBO_DEACTIVATE_CLOSE_GOALS,
	                                       "", NULL), MBO_EINVAL);
	assert_msg_has(f, "reason");
	assert_int_equal(writes(f), before);

	/* Asked: each open goal closes with the status that is true of it. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, MBO_DEACTIVATE_CLOSE_GOALS,
	                                       "left the company", &info), MBO_OK);
	assert_false(is_active(f, ann));
	assert_string_equal(goal_status(f, met), "achieved");
	assert_string_equal(goal_status(f, short_), "missed");
	assert_string_equal(goal_status(f, later), "cancelled");
	assert_string_equal(goal_status(f, proposal), "cancelled");
	assert_string_equal(goal_status(f, done), "achieved");      /* untouched */
	assert_string_equal(goal_status(f, team), "active");        /* not hers */
	assert_int_equal(info.closed_achieved, 1);
	assert_int_equal(info.closed_missed, 1);
	assert_int_equal(info.closed_cancelled, 2);
	/* Each says why, in its history, by the admin; one change in all. */
	assert_int_equal(fx_int(f, "SELECT count(*) FROM revision WHERE field = 'status' "
	                           "AND reason = 'ann was deactivated: left the company'"), 4);
	assert_int_equal(fx_int(f, "SELECT count(DISTINCT change_id) FROM revision "
	                           "WHERE reason LIKE 'ann was deactivated%'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE summary = 'deactivate ann'"), 1);

	/* Missed, not cancelled: what she brought in still counts for the team. */
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, mgr, team, &g), MBO_OK);
	assert_int_equal(mbo_progress_actual(f->m, &g, fx_day("2026-11-27"), &actual), MBO_OK);
	assert_int_equal(actual, fx_dec("200"));
	mbo_goal_clear(&g);
	/* Her history stays readable by her manager. */
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, mgr, short_, &g), MBO_OK);
	mbo_goal_clear(&g);
}

static void test_inactive_cannot_act(void **state)
{
	fx *f = *state;
	int64_t mgr = fx_person(f, "mgr", "manager", NULL);
	int64_t ann = fx_person(f, "ann", "sales", "mgr");
	int64_t goal = fx_goal(f, mgr, "revenue", "1000", "2026-10-01", "2026-12-31");
	int64_t task = 0, before;
	mbo_rating r;
	mbo_task *tv = NULL;
	size_t tn = 0;
	mbo_goal g;
	char buf[128];

	/* A task on mgr's goal assigned to ann, before she leaves. */
	assert_int_equal(mbo_task_add(f->m, mgr, goal, "Call the five largest accounts", MBO_DAY_NONE, ann,
	                              &task), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, 0, NULL, NULL), MBO_OK);

	before = writes(f);
	mbo_goal_init(&g);
	assert_int_equal(mbo_goal_get(f->m, ann, goal, &g), MBO_EPERM);
	assert_msg_has(f, "ann is no longer active");
	g.owner_id = ann;
	g.title = mbo_strdup("Visit forty customers this quarter");
	snprintf(g.metric, sizeof g.metric, "visits");
	snprintf(g.unit, sizeof g.unit, "visits");
	g.target = fx_dec("40");
	g.start = fx_day("2026-10-01");
	g.due = fx_day("2026-12-31");
	assert_int_equal(mbo_goal_add(f->m, ann, &g, NULL), MBO_EPERM);
	assert_int_equal(mbo_checkin_add(f->m, ann, goal, fx_day("2026-11-27"), fx_dec("1"), NULL, NULL),
	                 MBO_EPERM);
	/* Not even the task assigned to her. */
	assert_int_equal(mbo_task_done(f->m, ann, task, fx_day("2026-11-27")), MBO_EPERM);
	assert_int_equal(mbo_task_list(f->m, ann, 0, &tv, &tn), MBO_EPERM);
	assert_int_equal(mbo_undo_last(f->m, ann, buf, sizeof buf), MBO_EPERM);
	memset(&r, 0, sizeof r);
	r.relation = MBO_EVAL_SELF;
	r.quality = r.growth = r.teamwork = 4;
	assert_int_equal(mbo_eval_rate(f->m, ann, ann, "2026-Q4", &r, NULL, NULL), MBO_EPERM);
	/* Nor read a team, her own included (a session opened before). */
	{
		mbo_alert *av = NULL;
		size_t an = 0;
		assert_int_equal(mbo_alerts(f->m, ann, 0, ann, fx_day("2026-11-27"), &av, &an), MBO_EPERM);
		assert_msg_has(f, "ann is no longer active");
		assert_null(av);
	}
	assert_int_equal(writes(f), before);

	/* Nobody may give her anything new: not her manager, not an admin. */
	g.owner_id = ann;
	assert_int_equal(mbo_goal_add(f->m, mgr, &g, NULL), MBO_EINVAL);
	assert_msg_has(f, "ann is no longer active, so they cannot be given new goals");
	assert_msg_plain(f);
	assert_int_equal(mbo_goal_add(f->m, f->admin, &g, NULL), MBO_EINVAL);
	mbo_goal_clear(&g);
	assert_int_equal(mbo_task_add(f->m, mgr, goal, "Visit the top accounts", MBO_DAY_NONE, ann, NULL),
	                 MBO_EINVAL);
	assert_msg_has(f, "assignee: ann is no longer active");
	assert_int_equal(writes(f), before);
	/* What she left stays manageable: her manager ticks her task. */
	assert_int_equal(mbo_task_done(f->m, mgr, task, fx_day("2026-11-27")), MBO_OK);

	/* Back again, she acts again. */
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, true, 0, NULL, NULL), MBO_OK);
	assert_int_equal(mbo_task_list(f->m, ann, 0, &tv, &tn), MBO_OK);
	mbo_task_list_free(tv, tn);
	assert_int_equal(mbo_task_reopen(f->m, ann, task), MBO_OK);
}

static void test_inactive_left_out_of_cascade(void **state)
{
	fx *f = *state;
	int64_t mgr = fx_person(f, "mgr", "manager", NULL);
	int64_t ann = fx_person(f, "ann", "sales", "mgr");
	int64_t bob = fx_person(f, "bob", "sales", "mgr");
	int64_t goal = fx_goal(f, mgr, "revenue", "1000", "2026-10-01", "2026-12-31");
	mbo_share sh[2];
	int64_t *ids = NULL, before;
	size_t n = 0;

	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, 0, NULL, NULL), MBO_OK);
	/* Named outright: refused, naming her, nothing written. */
	memset(sh, 0, sizeof sh);
	snprintf(sh[0].login, sizeof sh[0].login, "ann");
	snprintf(sh[1].login, sizeof sh[1].login, "bob");
	sh[0].has_amount = sh[1].has_amount = true;
	sh[0].percent = sh[1].percent = true;
	sh[0].amount = sh[1].amount = fx_dec("50");
	before = writes(f);
	assert_int_equal(mbo_goal_cascade(f->m, mgr, goal, MBO_CASCADE_SHARES, sh, 2, &ids, &n), MBO_EINVAL);
	assert_msg_has(f, "ann");
	assert_int_equal(writes(f), before);
	/* Evenly among the team: only bob. */
	assert_int_equal(mbo_goal_cascade(f->m, mgr, goal, MBO_CASCADE_EVEN, NULL, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(fx_int(f, "SELECT owner_id FROM goal WHERE parent_id = 1"), bob);
	free(ids);
}

static void test_deactivate_undo(void **state)
{
	fx *f = *state;
	int64_t mgr = fx_person(f, "mgr", "manager", NULL);
	int64_t ann = fx_person(f, "ann", "sales", "mgr");
	int64_t goal = fx_goal(f, ann, "revenue", "1000", "2026-10-01", "2026-12-31");
	char buf[128];

	fx_checkin(f, goal, "2026-11-02", "200");
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, MBO_DEACTIVATE_CLOSE_GOALS,
	                                       NULL, NULL), MBO_OK);
	assert_string_equal(goal_status(f, goal), "missed");
	/* One undo takes back the person and the goals together. */
	assert_int_equal(mbo_undo_last(f->m, f->admin, buf, sizeof buf), MBO_OK);
	assert_string_equal(buf, "deactivate ann");
	assert_true(is_active(f, ann));
	assert_string_equal(goal_status(f, goal), "active");
	assert_int_equal(fx_int(f, "SELECT count(*) FROM revision WHERE goal_id = 1 AND field = 'status' "
	                           "AND new_value = 'active' AND reason = 'undo of: deactivate ann'"), 1);
	/* She may act again. */
	assert_int_equal(mbo_checkin_add(f->m, ann, goal, fx_day("2026-11-27"), fx_dec("5"), NULL, NULL),
	                 MBO_OK);

	/* Reactivation is undone too; but not once someone built on it: a goal
	 * set for her since would be left open while she is inactive. */
	assert_int_equal(mbo_goal_close(f->m, mgr, goal, MBO_GOAL_CANCELLED, "territory merged"), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, 0, NULL, NULL), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, true, 0, NULL, NULL), MBO_OK);
	assert_int_equal(mbo_undo_last(f->m, f->admin, buf, sizeof buf), MBO_OK);
	assert_string_equal(buf, "reactivate ann");
	assert_false(is_active(f, ann));
	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, true, 0, NULL, NULL), MBO_OK);
	fx_goal(f, ann, "visits", "40", "2026-10-01", "2026-12-31");
	fx_sql(f, "UPDATE goal SET created_by = (SELECT id FROM person WHERE login = 'mgr') WHERE metric = 'visits'");
	/* (An undo runs its steps before it can look, then rolls back: the
	 * proof that nothing stayed is the data, not the connection's count.) */
	assert_int_equal(mbo_undo_last(f->m, f->admin, buf, sizeof buf), MBO_EINVAL);
	assert_msg_has(f, "goal 2 of ann would be open while ann is no longer active; close the goal first");
	assert_true(is_active(f, ann));
	assert_string_equal(goal_status(f, 2), "active");
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE summary = 'reactivate ann' "
	                           "AND undone_at IS NULL"), 1);
}

static void test_undo_keeps_reports_under_active(void **state)
{
	fx *f = *state;
	int64_t adm2 = fx_person(f, "adm2", "admin", NULL);
	int64_t mgr2 = fx_person(f, "mgr2", "manager", NULL);
	int64_t bob = fx_person(f, "bob", "sales", NULL);
	char buf[128];

	assert_int_equal(mbo_person_set_active(f->m, f->admin, mgr2, false, 0, NULL, NULL), MBO_OK);
	assert_int_equal(mbo_person_set_active(f->m, f->admin, mgr2, true, 0, NULL, NULL), MBO_OK);
	/* Another admin moves bob under mgr2 since. */
	assert_int_equal(mbo_person_set_manager(f->m, adm2, bob, "mgr2"), MBO_OK);
	assert_int_equal(mbo_undo_last(f->m, f->admin, buf, sizeof buf), MBO_EINVAL);
	assert_msg_has(f, "bob would report to mgr2, who is no longer active; move bob to another manager");
	assert_true(is_active(f, mgr2));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change WHERE undone_at IS NOT NULL"), 0);
	/* Once bob has moved on, the undo goes through. */
	assert_int_equal(mbo_undo_last(f->m, adm2, buf, sizeof buf), MBO_OK);
	assert_int_equal(mbo_undo_last(f->m, f->admin, buf, sizeof buf), MBO_OK);
	assert_false(is_active(f, mgr2));
}

/* The database itself keeps the rule when a deactivation commits between
 * another session's check and its write: no open goal for someone
 * inactive, nobody active under someone inactive (schema.sql version 4).
 * The writes below skip the core's checks, as such a session would have. */
static void test_schema_keeps_inactive_rule(void **state)
{
	fx *f = *state;
	int64_t mgr = fx_person(f, "mgr", "manager", NULL);
	int64_t ann = fx_person(f, "ann", "sales", "mgr");
	int64_t bob = fx_person(f, "bob", "sales", NULL);
	int64_t g = fx_goal(f, ann, "revenue", "500", "2026-10-01", "2026-12-31");
	sqlite3 *db = mbo_sqlite(f->m);
	char sql[1024];

	assert_int_equal(mbo_person_set_active(f->m, f->admin, ann, false, MBO_DEACTIVATE_CLOSE_GOALS,
	                                       NULL, NULL), MBO_OK);
	snprintf(sql, sizeof sql, "INSERT INTO goal(owner_id, title, description, metric, unit, kind, "
	         "direction, baseline, target, start_day, due_day, importance, urgency, weight, method, "
	         "status, created_by, created_at) SELECT %lld, 'x', '', metric, unit, kind, direction, "
	         "baseline, target, start_day, due_day, importance, urgency, weight, method, 'active', "
	         "created_by, created_at FROM goal WHERE id = %lld", (long long)ann, (long long)g);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	assert_non_null(strstr(sqlite3_errmsg(db), "no longer active"));
	snprintf(sql, sizeof sql, "UPDATE goal SET status = 'active' WHERE id = %lld", (long long)g);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	snprintf(sql, sizeof sql, "UPDATE goal SET owner_id = %lld WHERE id = %lld", (long long)ann,
	         (long long)fx_goal(f, bob, "visits", "5", "2026-10-01", "2026-12-31"));
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	snprintf(sql, sizeof sql, "UPDATE person SET manager_id = %lld WHERE id = %lld", (long long)ann,
	         (long long)bob);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	assert_non_null(strstr(sqlite3_errmsg(db), "manager: no longer active"));
	snprintf(sql, sizeof sql, "INSERT INTO person(login, name, role, manager_id, active, created_at) "
	         "VALUES ('cy', 'Cy', 'sales', %lld, 1, '2026-11-27T00:00:00Z')", (long long)ann);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_CONSTRAINT);
	/* Undoing a close after the owner left would reopen their goal. */
	{
		int64_t cat = fx_person(f, "cat", "sales", "mgr");
		int64_t cg = fx_goal(f, cat, "visits", "20", "2026-10-01", "2026-12-31");
		char buf[256];

		assert_int_equal(mbo_goal_close(f->m, mgr, cg, MBO_GOAL_MISSED, "Moved to key accounts"), MBO_OK);
		assert_int_equal(mbo_person_set_active(f->m, f->admin, cat, false, 0, NULL, NULL), MBO_OK);
		assert_int_equal(mbo_undo_last(f->m, mgr, buf, sizeof buf), MBO_EINVAL);
		assert_msg_has(f, "a person deactivated since");
		assert_string_equal(goal_status(f, cg), "missed");
	}
	/* Closed goals and inactive people stay as they are; mgr is active. */
	assert_string_equal(goal_status(f, g), "missed");
	snprintf(sql, sizeof sql, "UPDATE person SET manager_id = %lld WHERE id = %lld", (long long)mgr,
	         (long long)bob);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_with_roles, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_duplicate_login, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_invalid_logins, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_bad_name_and_role, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_chinese_names, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_manager, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_non_admin_cannot_add, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_set_manager_and_cycles, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_subtree_reports_above, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_list_tree_order, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_tree_of_a_team, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_find_unknown, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_deactivate_who_may, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_deactivate_reports_left, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_deactivate_many_reports, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_deactivate_open_goals, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_inactive_cannot_act, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_inactive_left_out_of_cascade, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_deactivate_undo, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_undo_keeps_reports_under_active, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_schema_keeps_inactive_rule, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
