/*
 * person_priv.h: what person.c, the people's records, offers other core
 * files (smart.c, alert.c); not public.
 */
#ifndef MBO_PERSON_PRIV_H
#define MBO_PERSON_PRIV_H

#include "internal.h"

/* The manager of person `id`: 0 when none, or when there is no such
 * person. */
int mbo_person_manager(mbo *m, int64_t id, int64_t *manager);

/* Puts the ids v[0 .. *n) of people in the order of their logins, in
 * place; an id of nobody drops out (*n shrinks). On an error v's order is
 * undefined and the caller still owns it. */
int mbo_person_order_by_login(mbo *m, int64_t *ids, size_t *n);

#endif
