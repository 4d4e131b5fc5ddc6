/*
 * smart.h: the SMART check of a goal, and target suggestions.
 *
 * Each finding says pass, warn or fail for one letter (S, M, A, R, T) or
 * principle (challenge, priority), why, and how to fix it, in plain words.
 * Thresholds are settings (smart.*).
 */
#ifndef MBO_SMART_H
#define MBO_SMART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mbo/goal.h"

typedef struct mbo mbo;

enum mbo_letter { MBO_S, MBO_M, MBO_A, MBO_R, MBO_T, MBO_CHALLENGE, MBO_PRIORITY };
enum mbo_level { MBO_PASS, MBO_WARN, MBO_FAIL };

typedef struct mbo_finding {
	int letter;          /* enum mbo_letter */
	int level;           /* enum mbo_level */
	char message[512];   /* what was found and why it matters */
	char hint[512];      /* how to fix it; "" on pass */
} mbo_finding;

#define MBO_SMART_MAX 16

typedef struct mbo_smart_report {
	mbo_finding items[MBO_SMART_MAX];
	size_t n;
} mbo_smart_report;

const char *mbo_letter_name(int letter);   /* "S" ... "challenge", "priority" */
const char *mbo_level_name(int level);     /* "pass", "warn", "fail" */

/* Checks g (stored or not yet: g->id 0) and fills r with one finding or
 * more per letter, in letter order. */
int mbo_smart_check(mbo *m, const mbo_goal *g, mbo_smart_report *r);
/* The worst level in r. */
int mbo_smart_worst(const mbo_smart_report *r);

typedef struct mbo_suggestion {
	int own_samples;         /* owner's comparable past goals of the metric */
	mbo_dec own_last;        /* latest, scaled to this goal's workdays */
	mbo_dec own_best;
	int team_samples;        /* the team's (owner's manager's subtree) */
	mbo_dec team_p75;        /* 75th percentile, scaled likewise */
	mbo_dec team_best;
	mbo_dec suggested;       /* what to propose: see docs/design.md */
} mbo_suggestion;

/* Suggests a target for `owner` on `metric` over [start, due] from history. */
int mbo_smart_suggest(mbo *m, int64_t owner, const char *metric, int kind,
                      mbo_day start, mbo_day due, mbo_suggestion *out);

#endif
