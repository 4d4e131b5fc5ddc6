/*
 * perm.h: who may do what. The one place where roles and the org tree turn
 * into yes or no; every core call that reads or changes data asks here.
 */
#ifndef MBO_PERM_H
#define MBO_PERM_H

#include <stdint.h>

typedef struct mbo mbo;

enum mbo_action {
	MBO_ACT_READ,           /* see a person's goals, check-ins, tasks */
	MBO_ACT_GOAL_CREATE,    /* create a goal owned by the subject */
	MBO_ACT_GOAL_APPROVE,   /* approve or reject the subject's proposal */
	MBO_ACT_GOAL_REVISE,    /* revise an active goal of the subject */
	MBO_ACT_GOAL_CLOSE,     /* close or cancel the subject's goal */
	MBO_ACT_CHECKIN,        /* record progress on the subject's goal */
	MBO_ACT_TASK,           /* add and tick tasks on the subject's goal */
	MBO_ACT_PLAN,           /* split into stages, cascade to the team */
	MBO_ACT_ADMIN,          /* people, settings, the calendar, backups */
	MBO_ACT_PERSON_ACTIVE,  /* deactivate or reactivate the subject: admins
	                           only (as adding and moving people), never
	                           oneself */
};

enum mbo_relation { MBO_REL_SELF, MBO_REL_ABOVE, MBO_REL_BELOW, MBO_REL_OTHER };

/* How `actor` stands to `subject`: self, above them (their manager, at any
 * depth), below them, or elsewhere. */
int mbo_relation(mbo *m, int64_t actor, int64_t subject);

/*
 * MBO_OK when `actor` may do `action` on things owned by `subject` (0 for
 * actions with no subject, such as MBO_ACT_ADMIN); else MBO_EPERM with a
 * message saying who may; MBO_EPERM also when the actor is unknown or
 * inactive. When the actor may, but the subject is no longer active and
 * the action would give them something new (a goal, an approval, a
 * check-in, stages or a cascade: MBO_ACT_GOAL_CREATE, _GOAL_APPROVE,
 * _CHECKIN, _PLAN), MBO_EINVAL saying so, even for an admin. Closing,
 * revising, tasks and lessons on what they left stay allowed.
 */
int mbo_perm_check(mbo *m, int64_t actor, enum mbo_action action, int64_t subject);

#endif
