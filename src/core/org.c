/*
 * org.c: changes to the org, each checked against the permissions and
 * written as one change: adding a person, moving them under another
 * manager, and people who leave and come back (docs/design.md, "People
 * who leave"). The rules of leaving keep one invariant: an inactive person has no active
 * direct report and no open goal, so every listing of what is running
 * leaves them out by itself, while what they did stays readable.
 * Deactivating someone with open goals closes them in the same change,
 * each by how it stands today.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "goal_priv.h"
#include "person_priv.h"
#include "mbo/date.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/text.h"
#include "mbo/undo.h"

static int manager_active(mbo *m, const mbo_person *mg)
{
	if (mg->active)
		return MBO_OK;
	return mbo_error(m, MBO_EINVAL, _("manager: %s is no longer active; choose an active manager, "
	                   "or reactivate %s first"), mg->login, mg->login);
}

int mbo_person_add(mbo *m, int64_t actor, const char *login, const char *name,
                   int role, const char *manager, int64_t *id)
{
	mbo_person mg, dup;
	char msg[128], z[MBO_EXCERPT_CAP];
	int rc;

	rc = mbo_perm_check(m, actor, MBO_ACT_ADMIN, 0);
	if (rc)
		return rc;
	rc = mbo_login_check(m, "login", login);
	if (rc)
		return rc;
	rc = mbo_check_text(m, "name", name, 1, MBO_NAME_MAX, false);
	if (rc)
		return rc;
	if (role < 0 || role > MBO_ROLE_ADMIN)
		return mbo_error(m, MBO_EINVAL, _("role: must be sales, manager or admin"));
	if (mbo_person_find(m, login, &dup) == MBO_OK)
		return mbo_error(m, MBO_EINVAL, _("login: '%s' already exists (%s); choose another login"),
		                 login, dup.name);
	mg.id = 0;
	if (manager && *manager) {
		rc = mbo_person_find(m, manager, &mg);
		if (rc == MBO_ENOTFOUND)
			return mbo_error(m, MBO_EINVAL, _("--manager: no person with login '%s'; add them first"),
			                 mbo_text_excerpt(manager, z, sizeof z));
		if (rc)
			return rc;
		if ((rc = manager_active(m, &mg)))
			return rc;
	}
	snprintf(msg, sizeof msg, "add person %s", login);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	rc = mbo_person_insert(m, login, name, role, mg.id, id);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}

int mbo_person_set_manager(mbo *m, int64_t actor, int64_t person, const char *manager)
{
	mbo_person p, mg;
	char msg[128], z[MBO_EXCERPT_CAP];
	int rc;

	rc = mbo_perm_check(m, actor, MBO_ACT_ADMIN, 0);
	if (rc)
		return rc;
	rc = mbo_person_get(m, person, &p);
	if (rc)
		return rc;
	mg.id = 0;
	if (manager && *manager) {
		rc = mbo_person_find(m, manager, &mg);
		if (rc == MBO_ENOTFOUND)
			return mbo_error(m, MBO_EINVAL, _("--manager: no person with login '%s'; see `mbo person list`"),
			                 mbo_text_excerpt(manager, z, sizeof z));
		if (rc)
			return rc;
		if (mg.id == p.id || mbo_person_is_above(m, p.id, mg.id))
			return mbo_error(m, MBO_EINVAL,
			                 _("--manager: %s reports to %s, so %s cannot be %s's manager (that makes a cycle)"),
			                 mg.login, p.login, mg.login, p.login);
		if ((rc = manager_active(m, &mg)))
			return rc;
	}
	snprintf(msg, sizeof msg, "move %s under %s", p.login, mg.id ? mg.login : "nobody");
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	rc = mbo_person_write_manager(m, p.id, mg.id);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}

#define ACTIVE_REASON_MAX 500   /* characters; goal reasons hold 1000 */

/* The active direct reports of `id` (mbo_person_reports): how many, and
 * the first three logins ("bob, cy, dan and 2 more") into names. The
 * logins are read only on the way to a refusal. */
static int active_reports(mbo *m, int64_t id, size_t *n, char *names, size_t cap)
{
	int64_t *ids;
	mbo_person r;
	size_t i, len;
	int rc;

	*n = 0;
	names[0] = '\0';
	if ((rc = mbo_person_reports(m, id, &ids, n)))
		return rc;
	for (i = 0; i < *n && i < 3; i++) {
		if ((rc = mbo_person_get(m, ids[i], &r)))
			break;
		len = strlen(names);
		snprintf(names + len, cap - len, "%s%s", i > 0 ? ", " : "", r.login);
	}
	free(ids);
	if (rc)
		return rc;
	if (*n > 3) {
		len = strlen(names);
		snprintf(names + len, cap - len, _(" and %zu more"), *n - 3);
	}
	return MBO_OK;
}

/*
 * How an open goal of someone who leaves is closed: a proposal, or a goal
 * that has not started, was never under way (cancelled); a running goal
 * ends with what was reached, achieved when met as of today (as `mbo
 * status` would say), else missed. Missed, not cancelled: a cancelled
 * child drops out of its team goal's roll-up, and the results the person
 * did bring in would vanish from their manager's numbers.
 */
static int close_status(mbo *m, int64_t id, int *status)
{
	mbo_goal g;
	mbo_progress p;
	mbo_day today = mbo_today();
	int rc;

	mbo_goal_init(&g);
	rc = mbo_goal_load(m, id, &g);
	if (rc == MBO_OK) {
		if (g.status == MBO_GOAL_PROPOSED || g.start > today)
			*status = MBO_GOAL_CANCELLED;
		else if ((rc = mbo_progress_compute(m, &g, today, &p)) == MBO_OK)
			*status = p.status == MBO_PS_ACHIEVED ? MBO_GOAL_ACHIEVED : MBO_GOAL_MISSED;
	}
	mbo_goal_clear(&g);
	return rc;
}

/*
 * The rules of the person's state, read now: not already in that state; to
 * reactivate, an active manager (or none); to deactivate, no active direct
 * report and, unless the caller asked to close them, no open goal. Fills
 * *p, info and, for a deactivation, the open goals' ids (caller frees).
 */
static int check_state(mbo *m, int64_t person, bool active, int flags, mbo_person *p,
                       mbo_person_active_info *info, int64_t **ids, size_t *n)
{
	char names[160];
	mbo_person mg;
	size_t open;
	int rc;

	memset(info, 0, sizeof *info);
	*ids = NULL;
	*n = 0;
	if ((rc = mbo_person_get(m, person, p)))
		return rc;
	if (p->active == active)
		return mbo_error(m, MBO_EINVAL, active ? _("%s is already active; nothing to do")
		                                       : _("%s is already inactive; nothing to do"), p->login);
	if (active) {
		if (p->manager_id == 0)
			return MBO_OK;
		if ((rc = mbo_person_get(m, p->manager_id, &mg)))
			return rc;
		if (!mg.active)
			return mbo_error(m, MBO_EINVAL, _("manager: %s's manager %s is no longer active; reactivate "
			                   "%s first, or move %s to another manager"), p->login, mg.login, mg.login,
			                 p->login);
		return MBO_OK;
	}
	if ((rc = active_reports(m, p->id, &info->active_reports, names, sizeof names)))
		return rc;
	if (info->active_reports > 0)
		return mbo_error(m, MBO_EINVAL,
		                 P_("%s still has %zu active direct report (%s); move them to another "
		                    "manager first, then deactivate %s",
		                    "%s still has %zu active direct reports (%s); move each of them to "
		                    "another manager first, then deactivate %s", info->active_reports),
		                 p->login, info->active_reports, names, p->login);
	if ((rc = mbo_goal_open_ids(m, p->id, ids, n, &info->open_proposed)))
		return rc;
	info->open_active = *n - info->open_proposed;
	open = *n;
	if (open > 0 && !(flags & MBO_DEACTIVATE_CLOSE_GOALS)) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return mbo_error(m, MBO_EINVAL,
		                 P_("%s still owns %zu open goal (%zu active, %zu proposed); close them "
		                    "first, or have the deactivation close them",
		                    "%s still owns %zu open goals (%zu active, %zu proposed); close them "
		                    "first, or have the deactivation close them", open),
		                 p->login, open, info->open_active, info->open_proposed);
	}
	return MBO_OK;
}

/* Inside the open change: closes the goals `ids` of p, who is leaving. */
static int close_goals(mbo *m, int64_t actor, const mbo_person *p, const int64_t *ids, size_t n,
                       const char *reason, mbo_person_active_info *info)
{
	char why[ACTIVE_REASON_MAX * 4 + 64], err[sizeof ((mbo *)0)->errmsg];
	size_t i;
	int rc, status = MBO_GOAL_MISSED;

	if (reason)
		snprintf(why, sizeof why, "%s was deactivated: %s", p->login, reason);
	else
		snprintf(why, sizeof why, "%s was deactivated", p->login);
	for (i = 0; i < n; i++) {
		rc = close_status(m, ids[i], &status);
		if (rc == MBO_OK)
			rc = mbo_goal_close(m, actor, ids[i], status, why);
		if (rc) {
			snprintf(err, sizeof err, "%s", mbo_errmsg(m));
			return mbo_error(m, rc, _("closing goal %lld of %s: %s"), (long long)ids[i], p->login, err);
		}
		if (status == MBO_GOAL_ACHIEVED)
			info->closed_achieved++;
		else if (status == MBO_GOAL_MISSED)
			info->closed_missed++;
		else
			info->closed_cancelled++;
	}
	return MBO_OK;
}

int mbo_person_set_active(mbo *m, int64_t actor, int64_t person, bool active, int flags,
                          const char *reason, mbo_person_active_info *info)
{
	mbo_person_active_info scratch;
	mbo_person p;
	int64_t *ids = NULL;
	size_t n = 0;
	char msg[96];
	int rc;

	if (info == NULL)
		info = &scratch;
	memset(info, 0, sizeof *info);
	if (reason && (rc = mbo_check_text(m, "reason", reason, 1, ACTIVE_REASON_MAX, false)))
		return rc;
	if ((rc = mbo_perm_check(m, actor, MBO_ACT_PERSON_ACTIVE, person)))
		return rc;
	/* Checked before the write lock is taken, so that a refusal writes
	 * nothing and keeps nobody waiting; and again inside the transaction,
	 * so that nobody adds a goal or a report, or deactivates the manager,
	 * between the check and the write. */
	rc = check_state(m, person, active, flags, &p, info, &ids, &n);
	free(ids);
	if (rc)
		return rc;
	snprintf(msg, sizeof msg, "%s %s", active ? "reactivate" : "deactivate", p.login);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	rc = check_state(m, person, active, flags, &p, info, &ids, &n);
	if (rc == MBO_OK)
		rc = close_goals(m, actor, &p, ids, n, reason, info);
	free(ids);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	rc = mbo_person_write_active(m, p.id, active);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}
