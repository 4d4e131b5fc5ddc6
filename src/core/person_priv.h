/*
 * person_priv.h: what person.c, the people's records, offers other core
 * files (smart.c); not public.
 */
#ifndef MBO_PERSON_PRIV_H
#define MBO_PERSON_PRIV_H

#include "internal.h"

/* The manager of person `id`: 0 when none, or when there is no such
 * person. */
int mbo_person_manager(mbo *m, int64_t id, int64_t *manager);

#endif
