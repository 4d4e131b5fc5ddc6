/*
 * perm.c: the permission rules, in one place. The matrix is written out in
 * docs/permissions.md; tests/test_perm_matrix.c checks every cell through
 * the real calls, tests/test_perm.c this function on its own.
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
 *   person active    admins only, never oneself (deactivate, reactivate)
 * An admin may do everything else. An owner may also revise or cancel their
 * own goal while it is still proposed (goal.c asks for that case).
 *
 * Nobody inactive may act. Nobody, not even an admin, may give someone
 * inactive anything new: a goal, an approval, a check-in, stages or a
 * cascade (MBO_EINVAL: it is the subject's state, not the actor's right).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "perm_priv.h"
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

/* What the actor may not do to `who`, as a phrase of the refusal:
 * "see the goals of bob". */
static const char *verb(enum mbo_action a, const char *who, char *buf, size_t cap)
{
	const char *f;

	switch (a) {
	case MBO_ACT_READ: f = _("see the goals of %s"); break;
	case MBO_ACT_GOAL_CREATE: f = _("set goals for %s"); break;
	case MBO_ACT_GOAL_APPROVE: f = _("approve or reject the goals of %s"); break;
	case MBO_ACT_GOAL_REVISE: f = _("revise the goals of %s"); break;
	case MBO_ACT_GOAL_CLOSE: f = _("close the goals of %s"); break;
	case MBO_ACT_CHECKIN: f = _("record progress for %s"); break;
	case MBO_ACT_TASK: f = _("change the tasks of %s"); break;
	case MBO_ACT_PLAN: f = _("split or cascade the goals of %s"); break;
	case MBO_ACT_ADMIN: f = _("manage %s"); break;
	case MBO_ACT_PERSON_ACTIVE: f = _("deactivate or reactivate %s"); break;
	default: f = _("act for %s"); break;
	}
	snprintf(buf, cap, f, who);
	return buf;
}

/* The same actions said of one's own goals. */
static const char *own_verb(enum mbo_action a)
{
	switch (a) {
	case MBO_ACT_GOAL_APPROVE: return _("approve or reject your own goals");
	case MBO_ACT_GOAL_REVISE: return _("revise your own active goals");
	case MBO_ACT_GOAL_CLOSE: return _("close your own goals");
	default: return _("change your own goals");
	}
}

/* What an inactive subject cannot be given, or NULL when the action stays
 * allowed on what they left behind. */
static const char *not_for_inactive(enum mbo_action a)
{
	switch (a) {
	case MBO_ACT_GOAL_CREATE: return _("be given new goals");
	case MBO_ACT_GOAL_APPROVE: return _("have goals approved");
	case MBO_ACT_CHECKIN: return _("get new check-ins");
	case MBO_ACT_PLAN: return _("have goals split or cascaded");
	default: return NULL;
	}
}

int mbo_perm_check(mbo *m, int64_t actor, enum mbo_action action, int64_t subject)
{
	mbo_person a, s;
	char phrase[160];
	const char *what;
	int rel, rc;
	bool ok = false;

	rc = mbo_person_get(m, actor, &a);
	if (rc == MBO_ENOTFOUND)
		return mbo_error(m, MBO_EPERM, _("you are not a person in this database; ask an admin to add you"));
	if (rc)
		return rc;
	if (!a.active)
		return mbo_error(m, MBO_EPERM, _("%s is no longer active; ask an admin"), a.login);
	if (action == MBO_ACT_PERSON_ACTIVE) {
		if (actor == subject)
			return mbo_error(m, MBO_EPERM, _("you (%s) cannot deactivate or reactivate yourself; "
			                   "another admin can"), a.login);
		if (a.role != MBO_ROLE_ADMIN)
			return mbo_error(m, MBO_EPERM, _("you (%s) may not deactivate or reactivate people; "
			                   "only an admin may, as for adding and moving them"), a.login);
		return MBO_OK;
	}
	if (action == MBO_ACT_ADMIN) {
		if (a.role == MBO_ROLE_ADMIN)
			return MBO_OK;
		return mbo_error(m, MBO_EPERM, _("only an admin may manage people, settings, the calendar and backups"));
	}

	/* An admin may, wherever the subject stands; the others by the tree. */
	rel = a.role == MBO_ROLE_ADMIN ? MBO_REL_OTHER : mbo_relation(m, actor, subject);
	if (a.role == MBO_ROLE_ADMIN)
		ok = true;
	else if (action == MBO_ACT_READ)
		ok = rel != MBO_REL_OTHER;
	else if (action == MBO_ACT_GOAL_APPROVE)
		ok = rel == MBO_REL_ABOVE;
	else if (action == MBO_ACT_GOAL_REVISE || action == MBO_ACT_GOAL_CLOSE)
		ok = rel == MBO_REL_ABOVE || (rel == MBO_REL_SELF && a.manager_id == 0);
	else if (action == MBO_ACT_GOAL_CREATE || action == MBO_ACT_CHECKIN || action == MBO_ACT_TASK ||
	         action == MBO_ACT_PLAN)
		ok = rel == MBO_REL_SELF || rel == MBO_REL_ABOVE;
	if (ok) {
		/* The actor is active; someone else may not be. */
		what = not_for_inactive(action);
		if (what == NULL || subject == actor || subject == 0)
			return MBO_OK;
		rc = mbo_person_get(m, subject, &s);
		if (rc == MBO_ENOTFOUND)
			return MBO_OK;   /* the caller reports the missing subject */
		if (rc)
			return rc;
		if (s.active)
			return MBO_OK;
		return mbo_error(m, MBO_EINVAL, _("%s is no longer active, so they cannot %s; "
		                   "an admin can reactivate them"), s.login, what);
	}
	if (mbo_person_get(m, subject, &s) != MBO_OK)
		return mbo_error(m, MBO_EPERM, _("you (%s) may not %s"), a.login,
		                 verb(action, _("that person"), phrase, sizeof phrase));
	if (rel == MBO_REL_SELF && a.manager[0])
		return mbo_error(m, MBO_EPERM, _("you (%s) may not %s; your manager %s can"),
		                 a.login, own_verb(action), a.manager);
	if (rel == MBO_REL_SELF)
		return mbo_error(m, MBO_EPERM, _("you (%s) may not %s; an admin can"), a.login, own_verb(action));
	verb(action, s.login, phrase, sizeof phrase);
	if (action == MBO_ACT_GOAL_APPROVE || action == MBO_ACT_GOAL_REVISE || action == MBO_ACT_GOAL_CLOSE)
		return mbo_error(m, MBO_EPERM, _("you (%s) may not %s; only someone above them, their "
		                   "managers or an admin may"), a.login, phrase);
	return mbo_error(m, MBO_EPERM, _("you (%s) may not %s; only %s, their managers or an admin may"),
	                 a.login, phrase, s.login);
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
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		(*ids)[0] = owner;
		*n = 1;
		return MBO_OK;
	}
	rc = mbo_person_get(m, actor, &a);
	if (rc)
		return rc == MBO_ENOTFOUND ? mbo_error(m, MBO_EPERM, _("you are not a person in this database")) : rc;
	if (!a.active)
		return mbo_error(m, MBO_EPERM, _("%s is no longer active; ask an admin"), a.login);
	rc = mbo_person_get(m, team_of, &t);
	if (rc)
		return rc == MBO_ENOTFOUND ? mbo_error(m, MBO_ENOTFOUND, _("--team: no such person")) : rc;
	if (a.role != MBO_ROLE_ADMIN && actor != team_of && !mbo_person_is_above(m, actor, team_of)) {
		return mbo_error(m, MBO_EPERM, _("you (%s) may not see the whole team of %s; "
		                   "only they, their managers or an admin may"), a.login, t.login);
	}
	return mbo_person_subtree(m, team_of, ids, n);
}
