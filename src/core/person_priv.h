/*
 * person_priv.h: what person.c, the records of people, offers other core
 * files (smart.c, alert.c, org.c, report.c); not public.
 */
#ifndef MBO_PERSON_PRIV_H
#define MBO_PERSON_PRIV_H

#include "internal.h"
#include "mbo/person.h"

/* The manager of person `id`: 0 when none, or when there is no such
 * person. */
int mbo_person_manager(mbo *m, int64_t id, int64_t *manager);

/* Puts the ids v[0 .. *n) of people in the order of their logins, in
 * place; an id of nobody drops out (*n shrinks). On an error v's order is
 * undefined and the caller still owns it. */
int mbo_person_order_by_login(mbo *m, int64_t *ids, size_t *n);


/*
 * The writes of org.c's changes, each inside the caller's open change and
 * without checks (the caller has run them); a manager_id of 0 is none.
 * mbo_person_insert: a new, active person created now; *id may be NULL.
 * mbo_person_write_manager: moves `person` under manager_id.
 * mbo_person_write_active: marks `person` active or inactive.
 */
int mbo_person_insert(mbo *m, const char *login, const char *name, int role, int64_t manager_id,
                      int64_t *id);
int mbo_person_write_manager(mbo *m, int64_t person, int64_t manager_id);
int mbo_person_write_active(mbo *m, int64_t person, bool active);

/* One person of a subtree as a report lists them. The name is heap: a
 * fixed buffer of the longest name took 8 MB for 10,000 people. */
typedef struct mbo_tree_person {
	int64_t id;
	char login[MBO_LOGIN_MAX + 1];
	char *name;
	char manager[MBO_LOGIN_MAX + 1];    /* login, "" when none */
	int depth;                          /* 0 for root */
	bool active;
} mbo_tree_person;

/* `root` and everyone below, active or not, depth first by login (the
 * org-tree order of mbo_person_list), in one query and without a
 * permission check. Caller frees *out with mbo_person_tree_free. */
int mbo_person_tree(mbo *m, int64_t root, mbo_tree_person **out, size_t *n);
void mbo_person_tree_free(mbo_tree_person *v, size_t n);

#endif
