/*
 * test_person.c: people and the org tree (src/core/person.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "mbo/person.h"

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
		cmocka_unit_test_setup_teardown(test_find_unknown, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
