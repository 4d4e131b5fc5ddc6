/*
 * person.h: people and the org tree. Each person has a login (the OS login),
 * a name, a role and at most one manager; the tree has no cycles.
 */
#ifndef MBO_PERSON_H
#define MBO_PERSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct mbo mbo;

enum mbo_role { MBO_ROLE_SALES, MBO_ROLE_MANAGER, MBO_ROLE_ADMIN };

#define MBO_LOGIN_MAX 32
#define MBO_NAME_MAX 100   /* characters */

typedef struct mbo_person {
	int64_t id;
	char login[MBO_LOGIN_MAX + 1];
	char name[MBO_NAME_MAX * 4 + 1];
	int role;                 /* enum mbo_role */
	int64_t manager_id;       /* 0 when none */
	char manager[MBO_LOGIN_MAX + 1];
	bool active;
} mbo_person;

const char *mbo_role_name(int role);
/* -1 when unknown. */
int mbo_role_parse(const char *s);

/*
 * Adds a person (admin only). `manager` is a login or NULL. Rejects a
 * duplicate or malformed login, an empty or huge name, an unknown manager.
 */
int mbo_person_add(mbo *m, int64_t actor, const char *login, const char *name,
                   int role, const char *manager, int64_t *id);

/* Moves a person under another manager (admin only); refuses a cycle and a
 * manager who is no longer active. NULL manager makes them a root. */
int mbo_person_set_manager(mbo *m, int64_t actor, int64_t person, const char *manager);

/* Flags of mbo_person_set_active. */
enum {
	/* Deactivating: close the person's open goals in the same change
	 * instead of refusing. An active goal closes as achieved when it is
	 * met as of today, as cancelled when it has not started yet, else as
	 * missed; a proposal closes as cancelled. */
	MBO_DEACTIVATE_CLOSE_GOALS = 1,
};

/* What mbo_person_set_active found or did. */
typedef struct mbo_person_active_info {
	size_t open_active, open_proposed;   /* open goals the person owned */
	size_t active_reports;               /* active direct reports */
	size_t closed_achieved, closed_missed, closed_cancelled;
} mbo_person_active_info;

/*
 * Deactivates (active false) or reactivates (true) `person` as `actor`, as
 * one change that `mbo_undo_last` takes back whole. Only an admin may, and
 * never on themselves (MBO_EPERM). Refused with MBO_EINVAL, writing
 * nothing, when the person already is in that state; when deactivating
 * someone who still has active direct reports (move them to another
 * manager first); when deactivating someone who owns active or proposed
 * goals, unless `flags` has MBO_DEACTIVATE_CLOSE_GOALS; when reactivating
 * someone whose manager is no longer active (reactivate or change the
 * manager first). `reason` (NULL for none; else 1..500 characters, one
 * line) goes into the history of each goal closed. An inactive person
 * cannot act, cannot be given goals, check-ins or tasks, and is left out of
 * the team roll-up and of cascades; what they did stays readable. Their
 * goals stay closed when they come back. `info` (may be NULL) is filled
 * in either case, so a front end can say what to do or what was closed.
 */
int mbo_person_set_active(mbo *m, int64_t actor, int64_t person, bool active, int flags,
                          const char *reason, mbo_person_active_info *info);

/* mbo_login_ok (mbo/db.h): whether s may be a login. */

/* Finds by login; MBO_ENOTFOUND with a message naming the login. */
int mbo_person_find(mbo *m, const char *login, mbo_person *out);
int mbo_person_get(mbo *m, int64_t id, mbo_person *out);

/* Everyone, active or not, ordered by the org tree (depth first, by
 * login). Caller frees *out. */
int mbo_person_list(mbo *m, mbo_person **out, size_t *n);

/* True when `ancestor` is a (strict) manager above `person`. */
bool mbo_person_is_above(mbo *m, int64_t ancestor, int64_t person);

/* The ids of `root` and everyone below, root first. Caller frees *ids. */
int mbo_person_subtree(mbo *m, int64_t root, int64_t **ids, size_t *n);
/* Direct reports of `manager`, by login. Caller frees *ids. */
int mbo_person_reports(mbo *m, int64_t manager, int64_t **ids, size_t *n);

#endif
