/*
 * feedback_priv.h: what feedback.c, the records of an evaluation (the
 * ratings, the requests for peer feedback, the manager's summary), offers
 * eval.c; not public. No permission check: eval.c decides who may rate,
 * ask and write; each write goes inside the caller's change.
 */
#ifndef MBO_FEEDBACK_PRIV_H
#define MBO_FEEDBACK_PRIV_H

#include "internal.h"
#include "mbo/eval.h"

/* ---- Ratings (table feedback) ---- */

/* *id: the rating of `subject` for `period` as `relation` by `rater`, or
 * for a customer by `rater_name` (case-insensitive, whoever entered it);
 * 0 when none. */
int mbo_feedback_find(mbo *m, int64_t subject, const char *period, int relation, int64_t rater,
                      const char *rater_name, int64_t *id);
/* Stores rating r by `rater` (rater_name: the trimmed customer name, ""
 * otherwise): replaces rating `id` when it is not 0, else adds one for
 * `subject` and `period`. *out_id (may be NULL) gets the rating's id. */
int mbo_feedback_write(mbo *m, int64_t id, int64_t subject, const char *period, int64_t rater,
                       const char *rater_name, const mbo_rating *r, int64_t *out_id);
/* The ratings of `subject` for `period` by relation, then time, with the
 * rater's login and without scores; caller frees *out and each comment,
 * as mbo_evaluation_free does. */
int mbo_feedback_list(mbo *m, int64_t subject, const char *period, mbo_eval_feedback **out,
                      size_t *n);

/* ---- Requests for peer feedback (table feedback_request) ---- */

/* *id: the request that asked `rater` for feedback on `subject` for
 * `period`; 0 when none. */
int mbo_feedback_request_find(mbo *m, int64_t subject, int64_t rater, const char *period,
                              int64_t *id);
/* Records that `actor` asked `rater` for feedback on `subject`; *id (may
 * be NULL) gets the request's id. */
int mbo_feedback_request_insert(mbo *m, int64_t actor, int64_t subject, int64_t rater,
                                const char *period, int64_t *id);
/* The requests addressed to `rater` (for `period`, or all when NULL),
 * open ones first, then by period and subject; caller frees *out. */
int mbo_feedback_requests_of(mbo *m, int64_t rater, const char *period,
                             mbo_eval_request_item **out, size_t *n);

/* ---- The manager's summary (table evaluation) ---- */

/* *id: the summary of `subject` for `period`; 0 when none. */
int mbo_summary_find(mbo *m, int64_t subject, const char *period, int64_t *id);
/* Stores `text` as written by `actor` now: rewrites summary `id` when it
 * is not 0, else adds one for `subject` and `period`. */
int mbo_summary_write(mbo *m, int64_t actor, int64_t id, int64_t subject, const char *period,
                      const char *text);
/* The summary of `subject` for `period`: *text a heap copy ("" when none;
 * the caller frees it), `by` who wrote it and `at` when (UTC), both left
 * as they are when there is none. */
int mbo_summary_read(mbo *m, int64_t subject, const char *period, char **text, char *by,
                     size_t bycap, char *at, size_t atcap);

#endif
