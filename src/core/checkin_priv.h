/*
 * checkin_priv.h: what checkin.c offers other core files (import.c,
 * demo.c); not public.
 */
#ifndef MBO_CHECKIN_PRIV_H
#define MBO_CHECKIN_PRIV_H

#include "internal.h"
#include "mbo/goal.h"

/*
 * The rules of a check-in, kept once and shared by
 * mbo_checkin_add and the CSV importer (import.c).
 * mbo_checkin_check_entry: the note is plain text, the value in range and of
 * the right sign, the day within [start, due] and not after today; MBO_EINVAL
 * naming the field. No database access.
 * mbo_checkin_insert: stores one check-in by `actor` inside the caller's
 * open change, without checks; *id may be NULL.
 * mbo_checkin_insert_at: the same, entered at `entered_at` (UTC,
 * "YYYY-MM-DDTHH:MM:SSZ") as given instead of now: history written as it
 * would have been entered, such as the demo team's (demo.c).
 * mbo_checkin_total: the exact sum of goal `goal_id`'s own check-ins (not
 * its roll-up), read in the caller's transaction.
 * mbo_checkin_check_total: for a sum goal, MBO_EINVAL when `total` (its own
 * check-ins with the new `value`) is beyond MBO_DEC_MAX, the most one goal
 * may hold, so that no later sum of a team's goals can overflow.
 */
int mbo_checkin_check_entry(mbo *m, const mbo_goal *g, mbo_day day, mbo_dec value, const char *note);
int mbo_checkin_insert(mbo *m, int64_t actor, int64_t goal_id, mbo_day day, mbo_dec value,
                       const char *note, int64_t *id);
int mbo_checkin_insert_at(mbo *m, int64_t actor, int64_t goal_id, mbo_day day, mbo_dec value,
                          const char *note, const char *entered_at, int64_t *id);
int mbo_checkin_total(mbo *m, int64_t goal_id, __int128 *total);
int mbo_checkin_check_total(mbo *m, const mbo_goal *g, __int128 total, mbo_dec value);
/* 1 when goal `id` already has a check-in of that day, value and note
 * (import's duplicate rule), 0 when not, -1 on a database error. */
int mbo_checkin_exists(mbo *m, int64_t id, mbo_day day, mbo_dec value, const char *note);

#endif
