/*
 * undo.h: changes and undo. Every command or form that writes is one
 * change: one short write transaction (BEGIN IMMEDIATE) during which
 * temporary triggers journal the SQL that reverses each row written. A user
 * undoes their own last change as a whole.
 */
#ifndef MBO_UNDO_H
#define MBO_UNDO_H

#include <stddef.h>
#include <stdint.h>

typedef struct mbo mbo;

/*
 * Starts a change by `actor` described by `summary` ("revise goal 12").
 * Changes nest: an inner begin/commit joins the outer change. Every begin is
 * paired with mbo_change_commit or mbo_change_rollback.
 */
int mbo_change_begin(mbo *m, int64_t actor, const char *summary);
int mbo_change_commit(mbo *m);
void mbo_change_rollback(mbo *m);
/* The id of the change being written, 0 outside one. */
int64_t mbo_change_current(mbo *m);

/*
 * Undoes the actor's most recent change that is not yet undone. Refuses
 * (MBO_EINVAL) when someone else has since changed the same rows, naming
 * them. The summary of what was undone goes to buf.
 */
int mbo_undo_last(mbo *m, int64_t actor, char *buf, size_t cap);

/*
 * A change's summary as the journal stores it (in English, as
 * mbo_undo_last gives it: "approve goal 12") put in the user's language
 * into buf ("审批目标 12"); a summary the core does not know is copied as
 * it is. Returns buf. For people to read: JSON keeps the stored summary.
 */
const char *mbo_change_summary_show(const char *stored, char *buf, size_t cap);

#endif
