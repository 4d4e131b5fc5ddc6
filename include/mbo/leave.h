/*
 * leave.h: people who leave and come back: deactivating a person (closing
 * their open goals when asked) and reactivating them.
 */
#ifndef MBO_LEAVE_H
#define MBO_LEAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct mbo mbo;

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

#endif
