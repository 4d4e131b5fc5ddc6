/*
 * checkin.h: recorded progress. A check-in is a value on a day for a goal:
 * for `sum` goals check-ins add up, for `level` goals the latest is the value.
 */
#ifndef MBO_CHECKIN_H
#define MBO_CHECKIN_H

#include <stddef.h>
#include <stdint.h>
#include "mbo/date.h"
#include "mbo/dec.h"
#include "mbo/goal.h"
#include "mbo/person.h"

typedef struct mbo mbo;

#define MBO_NOTE_MAX 2000

typedef struct mbo_checkin {
	int64_t id;
	int64_t goal_id;
	mbo_day day;
	mbo_dec value;
	char *note;                          /* heap, "" when none */
	char by[MBO_LOGIN_MAX + 1];          /* who entered it */
	char at[21];                         /* when, UTC */
} mbo_checkin;

/*
 * Records `value` on `day` for an active goal the actor may check in on.
 * Refuses a day before the goal's start, after its due date or in the
 * future, a negative value on a sum goal, a value that would bring a sum
 * goal's own total beyond MBO_DEC_MAX (checked under the write lock), and a
 * note with control characters.
 */
int mbo_checkin_add(mbo *m, int64_t actor, int64_t goal_id, mbo_day day,
                    mbo_dec value, const char *note, int64_t *id);

/* A goal's check-ins, newest first, at most `limit` (0: all). Caller frees. */
int mbo_checkin_list(mbo *m, int64_t actor, int64_t goal_id, size_t limit,
                     mbo_checkin **out, size_t *n);
void mbo_checkin_list_free(mbo_checkin *v, size_t n);

/* Whether `actor` may record progress on g now: the permission and that g
 * takes check-ins (it is active). MBO_OK, or MBO_EPERM or MBO_EINVAL with
 * the message, as mbo_checkin_add would refuse. A face asks it before it
 * offers a check-in. */
int mbo_checkin_may(mbo *m, int64_t actor, const mbo_goal *g);

#endif
