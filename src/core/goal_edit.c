/*
 * goal_edit.c: setting a goal's terms: adding a goal, approving or
 * rejecting a proposal, revising a goal. They are workflows over the goal's
 * records: the SMART check gates adding and approving, and a revision keeps the goal's stages in step (plan.c), all in one change.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "plan_priv.h"
#include "goal_priv.h"
#include "mbo/goal.h"
#include "mbo/fmt.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/plan.h"
#include "mbo/smart.h"
#include "mbo/text.h"
#include "mbo/undo.h"

static int smart_gate(mbo *m, const mbo_goal *g, const char *doing)
{
	mbo_smart_report r;
	size_t i;
	int rc;

	rc = mbo_smart_check(m, g, &r);
	if (rc)
		return rc;
	for (i = 0; i < r.n; i++) {
		if (r.items[i].level != MBO_FAIL)
			continue;
		if (r.items[i].hint[0] == '\0')
			return mbo_error(m, MBO_EINVAL, _("%s: SMART %s fails: %s"), doing,
			                 mbo_fmt_letter_word(r.items[i].letter), r.items[i].message);
		return mbo_error(m, MBO_EINVAL, _("%s: SMART %s fails: %s; %s"), doing,
		                 mbo_fmt_letter_word(r.items[i].letter), r.items[i].message, r.items[i].hint);
	}
	return MBO_OK;
}

int mbo_goal_add(mbo *m, int64_t actor, mbo_goal *g, int64_t *id)
{
	mbo_person owner;
	mbo_goal parent;
	char msg[128];
	int rc;

	if (g->owner_id == 0)
		g->owner_id = actor;
	if (g->description == NULL && (g->description = mbo_strdup("")) == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	rc = mbo_goal_validate(m, g);
	if (rc)
		return rc;
	rc = mbo_person_get(m, g->owner_id, &owner);
	if (rc)
		return rc == MBO_ENOTFOUND ? mbo_error(m, MBO_EINVAL, _("owner: no such person")) : rc;
	rc = mbo_perm_check(m, actor, MBO_ACT_GOAL_CREATE, g->owner_id);
	if (rc)
		return rc;
	if (g->parent_id) {
		/* A child rolls up into its parent's actual, so nobody may lift
		 * another team's result by linking: the parent is the owner's
		 * own goal, their direct manager's (the team goal they serve,
		 * whose owner approves them), or one the actor may plan for (its
		 * owner or someone above, as in a cascade). */
		mbo_goal_init(&parent);
		rc = mbo_goal_get(m, actor, g->parent_id, &parent);
		if (rc == MBO_ENOTFOUND)
			rc = mbo_error(m, MBO_EINVAL, _("parent: no goal with id %lld; see `mbo goal list`"),
			               (long long)g->parent_id);
		else if (rc == MBO_OK && parent.status != MBO_GOAL_ACTIVE && parent.status != MBO_GOAL_PROPOSED)
			rc = mbo_error(m, MBO_EINVAL, _("parent: goal %lld is %s; link to a proposed or active goal"),
			               (long long)parent.id, mbo_goal_status_name(parent.status));
		else if (rc == MBO_OK && parent.owner_id != g->owner_id &&
		         !mbo_person_is_above(m, parent.owner_id, g->owner_id))
			rc = mbo_error(m, MBO_EINVAL, _("parent: goal %lld belongs to %s, who is not %s's manager; "
			                 "link to a goal of %s or of someone above them"), (long long)parent.id,
			               parent.owner, owner.login, owner.login);
		else if (rc == MBO_OK && parent.owner_id != g->owner_id && parent.owner_id != owner.manager_id &&
		         mbo_perm_check(m, actor, MBO_ACT_PLAN, parent.owner_id) != MBO_OK)
			rc = mbo_error(m, MBO_EPERM, _("parent: goal %lld belongs to %s, above %s's manager; only %s "
			                 "or someone above them may link goals to it"), (long long)parent.id,
			               parent.owner, owner.login, parent.owner);
		mbo_goal_clear(&parent);
		if (rc)
			return rc;
	}
	/* A salesperson's own goal waits for their manager; goals set by a
	 * manager or for someone without one start active. */
	g->status = (actor == g->owner_id && owner.manager_id != 0) ? MBO_GOAL_PROPOSED : MBO_GOAL_ACTIVE;
	if (g->status == MBO_GOAL_ACTIVE) {
		rc = smart_gate(m, g, /* TRANSLATORS: what a SMART failure stopped: adding a goal */ _("goal"));
		if (rc)
			return rc;
	}
	snprintf(msg, sizeof msg, "add goal for %s", owner.login);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	rc = mbo_goal_insert(m, actor, g);
	if (rc)
		goto fail;
	rc = mbo_revision_add(m, actor, g->id, "status", NULL, mbo_goal_status_name(g->status),
	                      g->status == MBO_GOAL_PROPOSED ? "proposed" : "created");
	if (rc)
		goto fail;
	if (id)
		*id = g->id;
	return mbo_change_commit(m);
fail:
	rc = mbo_errcode(m);
	mbo_change_rollback(m);
	return rc ? rc : MBO_EDB;
}

int mbo_goal_may_decide(mbo *m, int64_t actor, const mbo_goal *g)
{
	int rc = mbo_perm_check(m, actor, MBO_ACT_GOAL_APPROVE, g->owner_id);

	return rc ? rc : mbo_goal_need_status(m, g, MBO_GOAL_PROPOSED, _("approved or rejected"));
}

int mbo_goal_approve(mbo *m, int64_t actor, int64_t id)
{
	mbo_goal g;
	char msg[64];
	int rc;

	mbo_goal_init(&g);
	if ((rc = mbo_goal_get(m, actor, id, &g)) || (rc = mbo_goal_may_decide(m, actor, &g)) ||
	    (rc = smart_gate(m, &g, /* TRANSLATORS: what a SMART failure stopped */ _("approve")))) {
		mbo_goal_clear(&g);
		return rc;
	}
	snprintf(msg, sizeof msg, "approve goal %lld", (long long)id);
	rc = mbo_goal_set_status(m, actor, &g, MBO_GOAL_ACTIVE, NULL, msg);
	mbo_goal_clear(&g);
	return rc;
}

int mbo_goal_reject(mbo *m, int64_t actor, int64_t id, const char *reason)
{
	mbo_goal g;
	char msg[64];
	int rc;

	rc = mbo_check_text(m, "reason", reason, 1, MBO_REASON_MAX, false);
	if (rc)
		return rc;
	mbo_goal_init(&g);
	if ((rc = mbo_goal_get(m, actor, id, &g)) || (rc = mbo_goal_may_decide(m, actor, &g))) {
		mbo_goal_clear(&g);
		return rc;
	}
	snprintf(msg, sizeof msg, "reject goal %lld", (long long)id);
	rc = mbo_goal_set_status(m, actor, &g, MBO_GOAL_REJECTED, reason, msg);
	mbo_goal_clear(&g);
	return rc;
}

int mbo_goal_revise(mbo *m, int64_t actor, int64_t id, const mbo_goal_change *c)
{
	mbo_goal g, after;
	char msg[64];
	int rc, changes = 0;

	rc = mbo_check_text(m, "reason", c->reason, 1, MBO_REASON_MAX, false);
	if (rc)
		return rc == MBO_EINVAL && (c->reason == NULL || c->reason[0] == '\0')
		               ? mbo_error(m, MBO_EINVAL, _("reason: a revision needs a reason; say why the goal changes"))
		               : rc;
	if (!c->set_target && !c->set_start && !c->set_due && !c->set_weight)
		return mbo_error(m, MBO_EINVAL, _("revise: nothing to change; give a new target, start, due "
		                                  "date or weight"));
	mbo_goal_init(&g);
	rc = mbo_goal_get(m, actor, id, &g);
	if (rc == MBO_OK)
		rc = mbo_goal_may_revise(m, actor, &g);
	if (rc) {
		mbo_goal_clear(&g);
		return rc;
	}
	after = g;
	if (c->set_target)
		after.target = c->target;
	if (c->set_start)
		after.start = c->start;
	if (c->set_due)
		after.due = c->due;
	if (c->set_weight)
		after.weight = c->weight;
	rc = mbo_goal_validate(m, &after);
	if (rc == MBO_OK && after.status == MBO_GOAL_ACTIVE)
		rc = smart_gate(m, &after, /* TRANSLATORS: what a SMART failure stopped */ _("revise"));
	if (rc) {
		mbo_goal_clear(&g);
		return rc;
	}
	snprintf(msg, sizeof msg, "revise goal %lld", (long long)id);
	rc = mbo_change_begin(m, actor, msg);
	if (rc) {
		mbo_goal_clear(&g);
		return rc;
	}
	if (rc == MBO_OK)
		rc = mbo_goal_write_terms(m, actor, &g, &after, c->reason, &changes);
	if (rc == MBO_OK && changes > 0)
		rc = mbo_plan_follow_revision(m, actor, &g, &after);
	mbo_goal_clear(&g);
	if (rc == MBO_OK && changes == 0)
		rc = mbo_error(m, MBO_EINVAL, _("revise: the new values equal the current ones; nothing changed"));
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}
