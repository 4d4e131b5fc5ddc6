/*
 * perm_priv.h: what perm.c offers other core files (the listings of alert.c,
 * goal.c, report.c); not public.
 */
#ifndef MBO_PERM_PRIV_H
#define MBO_PERM_PRIV_H

#include "internal.h"

/*
 * The people whose goals a listing shows: one person (owner != 0),
 * a team (team_of != 0: that person and everyone below), or the actor alone
 * (both 0). MBO_EPERM when the actor may not read one of them. Caller frees
 * *ids.
 */
int mbo_scope_people(mbo *m, int64_t actor, int64_t owner, int64_t team_of,
                     int64_t **ids, size_t *n);

#endif
