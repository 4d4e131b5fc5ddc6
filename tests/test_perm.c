/*
 * test_perm.c: the permission matrix (src/core/perm.c), every cell of the
 * table at the top of perm.c, for a salesperson, a manager and an admin
 * acting on themselves, on someone below them, on someone above them and on
 * someone elsewhere; and the scope of listings.
 *
 * The org tree:
 *
 *   boss (manager, no manager)
 *    └ mgr (manager)
 *       ├ s1 (sales)
 *       │  └ s1sub (sales)
 *       ├ s2 (sales)
 *       └ adm2 (admin)
 *          └ adm2sub (sales)
 *   omgr (manager)
 *    └ other (sales)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "internal.h"
#include "perm_priv.h"
#include "mbo/perm.h"
#include "mbo/person.h"

struct org {
	int64_t boss, mgr, s1, s1sub, s2, adm2, adm2sub, omgr, other;
};

static void make_org(fx *f, struct org *o)
{
	o->boss = fx_person(f, "boss", "manager", NULL);
	o->mgr = fx_person(f, "mgr", "manager", "boss");
	o->s1 = fx_person(f, "s1", "sales", "mgr");
	o->s1sub = fx_person(f, "s1sub", "sales", "s1");
	o->s2 = fx_person(f, "s2", "sales", "mgr");
	o->adm2 = fx_person(f, "adm2", "admin", "mgr");
	o->adm2sub = fx_person(f, "adm2sub", "sales", "adm2");
	o->omgr = fx_person(f, "omgr", "manager", NULL);
	o->other = fx_person(f, "other", "sales", "omgr");
}

enum { SALES, MANAGER, ADMIN, NACTORS };
static const char *const actor_names[] = { "sales", "manager", "admin" };
static const char *const rel_names[] = { "self", "above", "below", "other" };
static const char *const action_names[] = {
	"read", "goal create", "goal approve", "goal revise", "goal close", "checkin", "task", "plan", "admin",
};
#define NACTIONS (MBO_ACT_ADMIN + 1)

/*
 * The table of perm.c for actors who have a manager. 1 allowed, 0 refused.
 * Columns: self, above (the actor manages the subject), below (the subject
 * manages the actor), other. Roles other than admin do not change a cell:
 * the org tree does.
 */
static const int table[NACTIONS][4] = {
	/* read */         { 1, 1, 1, 0 },
	/* goal create */  { 1, 1, 0, 0 },
	/* goal approve */ { 0, 1, 0, 0 },
	/* goal revise */  { 0, 1, 0, 0 },   /* self: only without a manager */
	/* goal close */   { 0, 1, 0, 0 },   /* self: only without a manager */
	/* checkin */      { 1, 1, 0, 0 },
	/* task */         { 1, 1, 0, 0 },
	/* plan */         { 1, 1, 0, 0 },
	/* admin */        { 0, 0, 0, 0 },
};

static void test_relation(void **state)
{
	fx *f = *state;
	struct org o;

	make_org(f, &o);
	assert_int_equal(mbo_relation(f->m, o.s1, o.s1), MBO_REL_SELF);
	assert_int_equal(mbo_relation(f->m, o.s1, o.s1sub), MBO_REL_ABOVE);
	assert_int_equal(mbo_relation(f->m, o.boss, o.s1sub), MBO_REL_ABOVE);
	assert_int_equal(mbo_relation(f->m, o.s1, o.mgr), MBO_REL_BELOW);
	assert_int_equal(mbo_relation(f->m, o.s1sub, o.boss), MBO_REL_BELOW);
	assert_int_equal(mbo_relation(f->m, o.s1, o.s2), MBO_REL_OTHER);
	assert_int_equal(mbo_relation(f->m, o.s1, o.other), MBO_REL_OTHER);
	assert_int_equal(mbo_relation(f->m, o.s1, 0), MBO_REL_OTHER);
	assert_int_equal(mbo_relation(f->m, o.mgr, o.omgr), MBO_REL_OTHER);
}

static void test_matrix(void **state)
{
	fx *f = *state;
	struct org o;
	int64_t actors[NACTORS], subjects[NACTORS][4];
	int a, act, rel, failures = 0;

	make_org(f, &o);
	actors[SALES] = o.s1;
	subjects[SALES][MBO_REL_SELF] = o.s1;
	subjects[SALES][MBO_REL_ABOVE] = o.s1sub;
	subjects[SALES][MBO_REL_BELOW] = o.mgr;
	subjects[SALES][MBO_REL_OTHER] = o.other;
	actors[MANAGER] = o.mgr;
	subjects[MANAGER][MBO_REL_SELF] = o.mgr;
	subjects[MANAGER][MBO_REL_ABOVE] = o.s1;
	subjects[MANAGER][MBO_REL_BELOW] = o.boss;
	subjects[MANAGER][MBO_REL_OTHER] = o.other;
	actors[ADMIN] = o.adm2;
	subjects[ADMIN][MBO_REL_SELF] = o.adm2;
	subjects[ADMIN][MBO_REL_ABOVE] = o.adm2sub;
	subjects[ADMIN][MBO_REL_BELOW] = o.mgr;
	subjects[ADMIN][MBO_REL_OTHER] = o.other;

	for (a = 0; a < NACTORS; a++) {
		for (rel = 0; rel < 4; rel++) {
			/* The fixture really stands in that relation. */
			assert_int_equal(mbo_relation(f->m, actors[a], subjects[a][rel]), rel);
			for (act = 0; act < NACTIONS; act++) {
				int want = a == ADMIN ? 1 : table[act][rel];
				int64_t subject = act == MBO_ACT_ADMIN && rel == MBO_REL_OTHER ? 0 : subjects[a][rel];
				int rc = mbo_perm_check(f->m, actors[a], (enum mbo_action)act, subject);
				int expect = want ? MBO_OK : MBO_EPERM;

				if (rc != expect) {
					print_error("%s acting on %s: %s: got %d, expected %d (%s)\n", actor_names[a],
					            rel_names[rel], action_names[act], rc, expect, mbo_errmsg(f->m));
					failures++;
				} else if (rc == MBO_EPERM && mbo_errmsg(f->m)[0] == '\0') {
					print_error("%s on %s: %s refused without a message\n", actor_names[a],
					            rel_names[rel], action_names[act]);
					failures++;
				}
			}
		}
	}
	assert_int_equal(failures, 0);
}

/* Without a manager, one may revise and close one's own goals. */
static void test_self_without_manager(void **state)
{
	fx *f = *state;
	struct org o;

	make_org(f, &o);
	assert_int_equal(mbo_perm_check(f->m, o.boss, MBO_ACT_GOAL_REVISE, o.boss), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, o.boss, MBO_ACT_GOAL_CLOSE, o.boss), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, o.boss, MBO_ACT_GOAL_CREATE, o.boss), MBO_OK);
	/* Still nobody approves their own proposal. */
	assert_int_equal(mbo_perm_check(f->m, o.boss, MBO_ACT_GOAL_APPROVE, o.boss), MBO_EPERM);
	assert_int_equal(mbo_perm_check(f->m, o.boss, MBO_ACT_ADMIN, 0), MBO_EPERM);
	/* With a manager, not. */
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_GOAL_REVISE, o.mgr), MBO_EPERM);
	assert_int_equal(mbo_perm_check(f->m, o.s1, MBO_ACT_GOAL_CLOSE, o.s1), MBO_EPERM);
	/* The bootstrap admin may do anything. */
	assert_int_equal(mbo_perm_check(f->m, f->admin, MBO_ACT_ADMIN, 0), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, f->admin, MBO_ACT_GOAL_APPROVE, o.other), MBO_OK);
}

static void test_refusal_messages(void **state)
{
	fx *f = *state;
	struct org o;

	make_org(f, &o);
	assert_int_equal(mbo_perm_check(f->m, o.s1, MBO_ACT_GOAL_APPROVE, o.s1), MBO_EPERM);
	/* Says who is refused, and who may: the manager. */
	assert_non_null(strstr(mbo_errmsg(f->m), "s1"));
	assert_non_null(strstr(mbo_errmsg(f->m), "mgr"));
	assert_int_equal(mbo_perm_check(f->m, o.s1, MBO_ACT_CHECKIN, o.other), MBO_EPERM);
	assert_non_null(strstr(mbo_errmsg(f->m), "other"));
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_ADMIN, 0), MBO_EPERM);
	assert_non_null(strstr(mbo_errmsg(f->m), "admin"));
}

static void test_unknown_and_inactive_actor(void **state)
{
	fx *f = *state;
	struct org o;

	make_org(f, &o);
	/* Someone the database does not know is refused. (The exit code is
	 * "permission denied"; see the report on perm.h's comment.) */
	assert_int_equal(mbo_perm_check(f->m, 4242, MBO_ACT_READ, o.s1), MBO_EPERM);
	assert_int_equal(mbo_perm_check(f->m, 4242, MBO_ACT_ADMIN, 0), MBO_EPERM);
	/* A deactivated person may do nothing, even an admin or oneself. */
	fx_sql(f, "UPDATE person SET active = 0 WHERE login IN ('s1', 'adm2')");
	assert_int_equal(mbo_perm_check(f->m, o.s1, MBO_ACT_READ, o.s1), MBO_EPERM);
	assert_int_equal(mbo_perm_check(f->m, o.s1, MBO_ACT_CHECKIN, o.s1), MBO_EPERM);
	assert_int_equal(mbo_perm_check(f->m, o.adm2, MBO_ACT_ADMIN, 0), MBO_EPERM);
	assert_int_equal(mbo_perm_check(f->m, o.adm2, MBO_ACT_READ, o.adm2sub), MBO_EPERM);
}

/* Deactivating people is an admin's, never on oneself; nothing new is given
 * to someone inactive (exit 3, even for an admin), while what they left may
 * still be read and closed. */
static void test_person_active_and_inactive_subject(void **state)
{
	fx *f = *state;
	struct org o;

	make_org(f, &o);
	assert_int_equal(mbo_perm_check(f->m, f->admin, MBO_ACT_PERSON_ACTIVE, o.s1), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, o.adm2, MBO_ACT_PERSON_ACTIVE, o.other), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, o.adm2, MBO_ACT_PERSON_ACTIVE, o.adm2), MBO_EPERM);
	assert_non_null(strstr(mbo_errmsg(f->m), "yourself"));
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_PERSON_ACTIVE, o.s1), MBO_EPERM);
	assert_non_null(strstr(mbo_errmsg(f->m), "only an admin"));
	assert_int_equal(mbo_perm_check(f->m, o.s1, MBO_ACT_PERSON_ACTIVE, o.s1sub), MBO_EPERM);

	fx_sql(f, "UPDATE person SET active = 0 WHERE login = 's1sub'");
	assert_int_equal(mbo_perm_check(f->m, o.s1, MBO_ACT_GOAL_CREATE, o.s1sub), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "s1sub is no longer active, so they cannot be given new goals"));
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_CHECKIN, o.s1sub), MBO_EINVAL);
	assert_int_equal(mbo_perm_check(f->m, f->admin, MBO_ACT_PLAN, o.s1sub), MBO_EINVAL);
	assert_int_equal(mbo_perm_check(f->m, f->admin, MBO_ACT_GOAL_APPROVE, o.s1sub), MBO_EINVAL);
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_READ, o.s1sub), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_GOAL_CLOSE, o.s1sub), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_GOAL_REVISE, o.s1sub), MBO_OK);
	assert_int_equal(mbo_perm_check(f->m, o.mgr, MBO_ACT_TASK, o.s1sub), MBO_OK);
	/* Permission comes first: someone elsewhere is told they may not. */
	assert_int_equal(mbo_perm_check(f->m, o.other, MBO_ACT_GOAL_CREATE, o.s1sub), MBO_EPERM);
}

static bool has(const int64_t *ids, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

static void test_scope_people(void **state)
{
	fx *f = *state;
	struct org o;
	int64_t *ids = NULL;
	size_t n = 0;

	make_org(f, &o);
	/* Self: neither owner nor team. */
	assert_int_equal(mbo_scope_people(f->m, o.s1, 0, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], o.s1);
	free(ids);

	/* One owner: someone the actor may read. */
	assert_int_equal(mbo_scope_people(f->m, o.mgr, o.s1, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], o.s1);
	free(ids);
	/* A salesperson sees their own manager's goals (open visibility)... */
	assert_int_equal(mbo_scope_people(f->m, o.s1, o.mgr, 0, &ids, &n), MBO_OK);
	assert_int_equal(n, 1);
	free(ids);
	/* ...but not a colleague's, nor another team's. */
	ids = NULL;
	n = 0;
	assert_int_equal(mbo_scope_people(f->m, o.s1, o.s2, 0, &ids, &n), MBO_EPERM);
	assert_null(ids);
	assert_int_equal(n, 0);
	assert_int_equal(mbo_scope_people(f->m, o.s1, o.other, 0, &ids, &n), MBO_EPERM);
	assert_int_equal(mbo_scope_people(f->m, o.mgr, o.other, 0, &ids, &n), MBO_EPERM);

	/* A team: the manager's whole subtree, them first. */
	assert_int_equal(mbo_scope_people(f->m, o.mgr, 0, o.mgr, &ids, &n), MBO_OK);
	assert_int_equal(n, 6);
	assert_int_equal(ids[0], o.mgr);
	assert_true(has(ids, n, o.s1) && has(ids, n, o.s1sub) && has(ids, n, o.s2) && has(ids, n, o.adm2) &&
	            has(ids, n, o.adm2sub));
	assert_false(has(ids, n, o.boss) || has(ids, n, o.other));
	free(ids);
	/* From above: boss sees mgr's team. An admin anywhere sees any team. */
	assert_int_equal(mbo_scope_people(f->m, o.boss, 0, o.mgr, &ids, &n), MBO_OK);
	assert_int_equal(n, 6);
	free(ids);
	assert_int_equal(mbo_scope_people(f->m, f->admin, 0, o.omgr, &ids, &n), MBO_OK);
	assert_int_equal(n, 2);
	free(ids);
	/* A salesperson's own little team. */
	assert_int_equal(mbo_scope_people(f->m, o.s1, 0, o.s1, &ids, &n), MBO_OK);
	assert_int_equal(n, 2);
	assert_true(has(ids, n, o.s1) && has(ids, n, o.s1sub));
	free(ids);

	/* A salesperson may not ask for their manager's whole team. */
	ids = NULL;
	n = 0;
	assert_int_equal(mbo_scope_people(f->m, o.s1, 0, o.mgr, &ids, &n), MBO_EPERM);
	assert_null(ids);
	assert_int_equal(n, 0);
	assert_non_null(strstr(mbo_errmsg(f->m), "mgr"));
	/* Nor another manager's team, nor a colleague's. */
	assert_int_equal(mbo_scope_people(f->m, o.mgr, 0, o.omgr, &ids, &n), MBO_EPERM);
	assert_int_equal(mbo_scope_people(f->m, o.s2, 0, o.s1, &ids, &n), MBO_EPERM);
	/* An unknown actor gets nothing. */
	assert_int_equal(mbo_scope_people(f->m, 4242, 0, o.mgr, &ids, &n), MBO_EPERM);
	assert_int_equal(mbo_scope_people(f->m, 4242, 0, 0, &ids, &n), MBO_EPERM);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_relation, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_matrix, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_self_without_manager, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_refusal_messages, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_and_inactive_actor, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_scope_people, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_person_active_and_inactive_subject, fx_setup, fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
