/*
 * person_priv.h: what person.c, the records of people, offers the core's
 * workflows (org.c's changes to the org); not public.
 */
#ifndef MBO_PERSON_PRIV_H
#define MBO_PERSON_PRIV_H

#include "internal.h"
#include "mbo/person.h"

/*
 * The writes of org.c's changes, each inside the caller's open change and
 * without checks (the caller has run them); a manager_id of 0 is none.
 * mbo_person_insert: a new, active person created now; *id may be NULL.
 * mbo_person_write_manager: moves `person` under manager_id.
 * mbo_person_write_active: marks `person` active or inactive.
 */
int mbo_person_insert(mbo *m, const char *login, const char *name, int role, int64_t manager_id,
                      int64_t *id);
int mbo_person_write_manager(mbo *m, int64_t person, int64_t manager_id);
int mbo_person_write_active(mbo *m, int64_t person, bool active);

#endif
