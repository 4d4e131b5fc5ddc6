/*
 * checkin_priv.h: what checkin.c offers other core files (import.c,
 * progress.c, demo.c); not public.
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

/*
 * What progress.c reads of a goal's check-ins. `tree` (mbo_goal_rolls_up)
 * takes in the check-ins of the goals that roll up into it (MBO_SQL_ROLLUP);
 * without it the goal's own, without the recursive query.
 * mbo_checkin_sum: their exact sum in [from, to] (from may be MBO_DAY_NONE:
 * open), held within MBO_DEC_SAT: one goal holds at most MBO_DEC_MAX, but a
 * director's roll-up adds thousands of them.
 * mbo_checkin_count: how many up to `day`, the day of the latest
 * (MBO_DAY_NONE when none) and, when `add` (a sum goal: a level goal's
 * values mean nothing added), their sum as above; one pass.
 * mbo_checkin_level: the value of the goal's own latest check-in on or
 * before `day` (latest day, then highest id); MBO_ENOTFOUND, with no
 * message, when there is none.
 */
int mbo_checkin_sum(mbo *m, int64_t goal_id, bool tree, mbo_day from, mbo_day to, mbo_dec *sum);
int mbo_checkin_count(mbo *m, int64_t goal_id, bool tree, mbo_day day, bool add, int64_t *count,
                      mbo_day *last, mbo_dec *sum);
int mbo_checkin_level(mbo *m, int64_t goal_id, mbo_day day, mbo_dec *level);

/*
 * A goal's check-ins up to `to`, one entry per day that has any, by day,
 * in one query (a chart's series: progress.c). mbo_checkin_sum_by_day: the
 * exact sum of the day's check-ins, with the roll-up when `tree`, not
 * saturated (a day of a roll-up may add more than one goal may hold).
 * mbo_checkin_level_by_day: the goal's own latest check-in of the day (the
 * highest id). Caller frees *out (NULL when there are none).
 */
typedef struct mbo_checkin_day {
	mbo_day day;
	__int128 value;
} mbo_checkin_day;
int mbo_checkin_sum_by_day(mbo *m, int64_t goal_id, bool tree, mbo_day to, mbo_checkin_day **out,
                           size_t *n);
int mbo_checkin_level_by_day(mbo *m, int64_t goal_id, mbo_day to, mbo_checkin_day **out, size_t *n);
/* 1 when goal `id` already has a check-in of that day, value and note
 * (import's duplicate rule), 0 when not, -1 on a database error. */
int mbo_checkin_exists(mbo *m, int64_t id, mbo_day day, mbo_dec value, const char *note);

#endif
