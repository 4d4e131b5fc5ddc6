/*
 * alert.h: risk warnings. Each alert says what is wrong and what would fix it.
 */
#ifndef MBO_ALERT_H
#define MBO_ALERT_H

#include <stddef.h>
#include <stdint.h>
#include "mbo/date.h"
#include "mbo/person.h"

typedef struct mbo mbo;

enum mbo_alert_kind {
	MBO_ALERT_OFF_TRACK,      /* pace below the off-track band */
	MBO_ALERT_AT_RISK,        /* pace in the at-risk band */
	MBO_ALERT_OVERDUE,        /* past due and not achieved */
	MBO_ALERT_SILENT,         /* no check-in for N workdays */
	MBO_ALERT_MILESTONE,      /* a milestone passed short of its target */
	MBO_ALERT_TASK_OVERDUE,   /* an open task past its due date */
	MBO_ALERT_DUE_SOON,       /* due within N workdays, forecast short */
	MBO_ALERT_PROPOSAL,       /* a proposal waiting for approval too long */
};

typedef struct mbo_alert {
	int kind;                       /* enum mbo_alert_kind */
	int severity;                   /* 1 warning, 2 serious */
	int64_t goal_id;                /* 0 when none */
	int64_t task_id;                /* 0 when none */
	char owner[MBO_LOGIN_MAX + 1];
	char message[600];              /* what is wrong and what would fix it */
} mbo_alert;

const char *mbo_alert_kind_name(int kind);

/*
 * Alerts as of `asof` on the goals the actor may see: of one person (owner),
 * of a team (team_of: that person and everyone below), or of the actor when
 * both are 0, with the proposals of everyone below the actor waiting too
 * long for the actor's approval. Most serious first, then by owner login, goal, kind and task.
 * Each alert is handed to fn and valid only during the call, so the alerts
 * of a whole organisation never sit in memory at once (the warnings wait in
 * a temporary file). fn may call the core; a nonzero return stops the
 * listing and is returned. Runs in one read transaction.
 */
typedef int (*mbo_alert_fn)(void *ctx, const mbo_alert *a);
int mbo_alerts_each(mbo *m, int64_t actor, int64_t owner, int64_t team_of, mbo_day asof,
                    mbo_alert_fn fn, void *ctx);

/* The same alerts as an array. Caller frees *out. */
int mbo_alerts(mbo *m, int64_t actor, int64_t owner, int64_t team_of, mbo_day asof,
               mbo_alert **out, size_t *n);

#endif
