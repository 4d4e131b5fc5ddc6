/*
 * calendar.h: workdays. Monday to Friday, minus holidays, plus extra
 * working days (a Saturday worked in place of a holiday), as an admin keeps
 * them in the table calendar_day.
 */
#ifndef MBO_CALENDAR_H
#define MBO_CALENDAR_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "mbo/date.h"

typedef struct mbo mbo;

enum mbo_daykind { MBO_DAY_HOLIDAY, MBO_DAY_WORKDAY };

typedef struct mbo_calendar_entry {
	mbo_day day;
	int kind;              /* enum mbo_daykind */
	char name[321];
} mbo_calendar_entry;

bool mbo_is_workday(mbo *m, mbo_day day);
/* Workdays in [from, to], both included; 0 when to < from. */
int64_t mbo_workdays(mbo *m, mbo_day from, mbo_day to);
/* The n-th workday before `day` (n >= 1), or `day` itself for n == 0. */
mbo_day mbo_workday_back(mbo *m, mbo_day day, int64_t n);

/* Marks a day a holiday or an extra workday (admin only). */
int mbo_calendar_set(mbo *m, int64_t actor, mbo_day day, int kind, const char *name);
/* Removes an exception; the day goes back to the Monday-Friday rule. */
int mbo_calendar_unset(mbo *m, int64_t actor, mbo_day day);
/* Exceptions in [from, to]. Caller frees. */
int mbo_calendar_list(mbo *m, mbo_day from, mbo_day to, mbo_calendar_entry **out, size_t *n);

#endif
