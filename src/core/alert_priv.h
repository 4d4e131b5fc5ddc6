/*
 * alert_priv.h: what alert.c offers other core files (report.c's roll-up,
 * the tests); not public.
 */
#ifndef MBO_ALERT_PRIV_H
#define MBO_ALERT_PRIV_H

#include "internal.h"
#include "mbo/goal.h"

/* The number of alerts on an active goal that has started, whose
 * progress as of asof is p, for the roll-up (which has computed p). No
 * permission check: the caller has checked the scope. */
struct mbo_progress;
int mbo_alert_count(mbo *m, const mbo_goal *g, const struct mbo_progress *p, mbo_day asof, size_t *n);
/* How many warnings mbo_alerts_each keeps in memory before it writes them
 * to a temporary file (512; tests lower it). */
extern size_t mbo_alert_spill_mem;

#endif
