/*
 * perm.c: the permission rules, in one place. The matrix is written out in
 * docs/design.md; tests/test_perm.c checks every cell.
 *
 *   action           self            above (manager)   below / other
 *   read             yes             yes               below: yes (one's own
 *                                                      managers' goals); other: no
 *   goal create      yes (proposed   yes (active)      no
 *                    with a manager)
 *   goal approve     no              yes               no
 *   goal revise      without a       yes               no
 *                    manager only
 *   goal close       without a       yes               no
 *                    manager only
 *   checkin, task    yes             yes               no
 *   plan (split,     yes             yes               no
 *   cascade)
 *   admin            admins only
 * An admin may do everything. An owner may also revise or cancel their own
 * goal while it is still proposed (goal.c asks for that case).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/perm.h"
#include "mbo/person.h"

int mbo_relation(mbo *m, int64_t actor, int64_t subject)
{
	if (actor == subject)
		return MBO_REL_SELF;
	if (subject == 0)
		return MBO_REL_OTHER;
	if (mbo_person_is_above(m, actor, subject))
		return MBO_REL_ABOVE;
	if (mbo_person_is_above(m, subject, actor))
		return MBO_REL_BELOW;
	return MBO_REL_OTHER;
}

static const char *verb(enum mbo_action a)
{
	switch (a) {
	case MBO_ACT_READ: return "see the goals of";
	case MBO_ACT_GOAL_CREATE: return "set goals for";
	case MBO_ACT_GOAL_APPROVE: return "approve or reject the goals of";
	case MBO_ACT_GOAL_REVISE: return "revise the goals of";
	case MBO_ACT_GOAL_CLOSE: return "close the goals of";
	case MBO_ACT_CHECKIN: return "record progress for";
	case MBO_ACT_TASK: return "change the tasks of";
	case MBO_ACT_PLAN: return "split or cascade the goals of";
	case MBO_ACT_ADMIN: return "manage";
	}
	return "act for";
}

/* The same actions said of one's own goals. */
static const char *own_verb(enum mbo_action a)
{
	switch (a) {
	case MBO_ACT_GOAL_APPROVE: return "approve or reject";
	case MBO_ACT_GOAL_REVISE: return "revise active";
	case MBO_ACT_GOAL_CLOSE: return "close";
	default: return "change";
	}
}

int mbo_perm_check(mbo *m, int64_t actor, enum mbo_action action, int64_t subject)
{
	mbo_person a, s;
	int rel, rc;
	bool ok = false;

	rc = mbo_person_get(m, actor, &a);
	if (rc == MBO_ENOTFOUND)
		return mbo_error(m, MBO_EPERM, "you are not a person in this database; ask an admin to add you");
	if (rc)
		return rc;
	if (!a.active)
		return mbo_error(m, MBO_EPERM, "%s is no longer active; ask an admin", a.login);
	if (a.role == MBO_ROLE_ADMIN)
		return MBO_OK;
	if (action == MBO_ACT_ADMIN)
		return mbo_error(m, MBO_EPERM, "only an admin may manage people, settings and the calendar");

	rel = mbo_relation(m, actor, subject);
	switch (action) {
	case MBO_ACT_READ:
		ok = rel != MBO_REL_OTHER;
		break;
	case MBO_ACT_GOAL_CREATE:
	case MBO_ACT_CHECKIN:
	case MBO_ACT_TASK:
	case MBO_ACT_PLAN:
		ok = rel == MBO_REL_SELF || rel == MBO_REL_ABOVE;
		break;
	case MBO_ACT_GOAL_APPROVE:
		ok = rel == MBO_REL_ABOVE;
		break;
	case MBO_ACT_GOAL_REVISE:
	case MBO_ACT_GOAL_CLOSE:
		ok = rel == MBO_REL_ABOVE || (rel == MBO_REL_SELF && a.manager_id == 0);
		break;
	case MBO_ACT_ADMIN:
		break;
	}
	if (ok)
		return MBO_OK;
	if (mbo_person_get(m, subject, &s) != MBO_OK)
		return mbo_error(m, MBO_EPERM, "you (%s) may not %s that person", a.login, verb(action));
	if (rel == MBO_REL_SELF)
		return mbo_error(m, MBO_EPERM, "you (%s) may not %s your own goals; %s%s can",
		                 a.login, own_verb(action), a.manager[0] ? "your manager " : "an admin",
		                 a.manager);
	return mbo_error(m, MBO_EPERM, "you (%s) may not %s %s; only %s, their managers or an admin may",
	                 a.login, verb(action), s.login,
	                 action == MBO_ACT_GOAL_APPROVE || action == MBO_ACT_GOAL_REVISE ||
	                                 action == MBO_ACT_GOAL_CLOSE
	                         ? "someone above them" : s.login);
}

int mbo_scope_people(mbo *m, int64_t actor, int64_t owner, int64_t team_of,
                     int64_t **ids, size_t *n)
{
	mbo_person a, t;
	int rc;

	*ids = NULL;
	*n = 0;
	if (owner == 0 && team_of == 0)
		owner = actor;
	if (owner) {
		rc = mbo_perm_check(m, actor, MBO_ACT_READ, owner);
		if (rc)
			return rc;
		*ids = malloc(sizeof **ids);
		if (*ids == NULL)
			return mbo_error(m, MBO_EFAIL, "out of memory");
		(*ids)[0] = owner;
		*n = 1;
		return MBO_OK;
	}
	rc = mbo_person_get(m, actor, &a);
	if (rc)
		return rc == MBO_ENOTFOUND ? mbo_error(m, MBO_EPERM, "you are not a person in this database") : rc;
	rc = mbo_person_get(m, team_of, &t);
	if (rc)
		return rc == MBO_ENOTFOUND ? mbo_error(m, MBO_ENOTFOUND, "--team: no such person") : rc;
	if (a.role != MBO_ROLE_ADMIN && actor != team_of && !mbo_person_is_above(m, actor, team_of)) {
		return mbo_error(m, MBO_EPERM, "you (%s) may not see the whole team of %s; "
		                 "only they, their managers or an admin may", a.login, t.login);
	}
	return mbo_person_subtree(m, team_of, ids, n);
}
