/*
 * demo.h: a realistic sample sales team for `mbo init --demo`.
 */
#ifndef MBO_DEMO_H
#define MBO_DEMO_H

#include <stdint.h>
#include "mbo/date.h"

typedef struct mbo mbo;

/* The login of the demo team's manager. */
#define MBO_DEMO_MANAGER "chen.jing"

/*
 * Adds a manager and seven salespeople under `admin`, a quarter of goals
 * around `today` with stages, tasks and daily check-ins up to yesterday
 * (some ahead, some behind, one silent), last quarter's history, holidays,
 * and one proposal waiting. Deterministic for a given `today`.
 */
int mbo_demo_populate(mbo *m, int64_t admin, mbo_day today);

#endif
