/*
 * goal.h: goals, their approval flow and their history.
 *
 * A salesperson's own goal starts `proposed` when they have a manager; goals
 * a manager or admin creates for someone below them start `active`. A goal
 * with a failing SMART letter cannot become active. Revisions need a reason
 * and are kept field by field (mbo_goal_history).
 */
#ifndef MBO_GOAL_H
#define MBO_GOAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "mbo/date.h"
#include "mbo/dec.h"
#include "mbo/person.h"

typedef struct mbo mbo;

enum mbo_kind { MBO_KIND_SUM, MBO_KIND_LEVEL };
enum mbo_direction { MBO_DIR_UP, MBO_DIR_DOWN };
enum mbo_goal_status {
	MBO_GOAL_PROPOSED, MBO_GOAL_ACTIVE, MBO_GOAL_ACHIEVED,
	MBO_GOAL_MISSED, MBO_GOAL_REJECTED, MBO_GOAL_CANCELLED
};
enum mbo_method { MBO_METHOD_SELF, MBO_METHOD_NEGOTIATED, MBO_METHOD_BENCHMARK, MBO_METHOD_KPI };

#define MBO_TITLE_MAX 200     /* characters */
#define MBO_METRIC_MAX 40
#define MBO_UNIT_MAX 20
#define MBO_KPI_MAX 80
#define MBO_DESC_MAX 4000
#define MBO_REASON_MAX 1000

typedef struct mbo_goal {
	int64_t id;
	int64_t owner_id;
	char owner[MBO_LOGIN_MAX + 1];       /* login; filled by reads */
	char *title;                         /* heap, owned by the struct */
	char *description;                   /* heap, "" when none */
	char metric[MBO_METRIC_MAX * 4 + 1];
	char unit[MBO_UNIT_MAX * 4 + 1];
	char kpi[MBO_KPI_MAX * 4 + 1];       /* "" when none */
	int kind;                            /* enum mbo_kind */
	int direction;                       /* enum mbo_direction */
	mbo_dec baseline, target, weight;
	mbo_day start, due;
	int importance, urgency;             /* 1..3 */
	int64_t parent_id;                   /* 0 when none */
	int method;                          /* enum mbo_method */
	int status;                          /* enum mbo_goal_status */
	char *status_reason;                 /* heap or NULL */
	int64_t created_by;
} mbo_goal;

/* Defaults: sum, up, weight 1, importance and urgency 2, method self. */
void mbo_goal_init(mbo_goal *g);
/* Frees the strings the struct owns; the struct can be reused after init. */
void mbo_goal_clear(mbo_goal *g);
void mbo_goal_list_free(mbo_goal *v, size_t n);

const char *mbo_kind_name(int kind);
const char *mbo_direction_name(int dir);
const char *mbo_goal_status_name(int status);
const char *mbo_method_name(int method);
/* Each returns -1 when the word is unknown. */
int mbo_kind_parse(const char *s);
int mbo_direction_parse(const char *s);
int mbo_goal_status_parse(const char *s);
int mbo_method_parse(const char *s);

/*
 * Checks the fields a goal must have before it can be stored, independent of
 * SMART judgement: title 1..200 characters without control characters,
 * metric and unit present, target and baseline within range, due after
 * start, importance/urgency 1..3, weight > 0, parent exists. MBO_EINVAL with
 * a message naming the field.
 */
int mbo_goal_validate(mbo *m, const mbo_goal *g);

/*
 * Adds g for g->owner_id (0 means the actor) as `actor`. Sets g->status by
 * the approval rule, g->id and *id. Fails with MBO_EINVAL when the goal would
 * start active with a failing SMART letter (the message names the letter).
 */
int mbo_goal_add(mbo *m, int64_t actor, mbo_goal *g, int64_t *id);

/* Reads goal `id` if the actor may see it. *out must be initialised; it is
 * cleared first. */
int mbo_goal_get(mbo *m, int64_t actor, int64_t id, mbo_goal *out);

typedef struct mbo_goal_filter {
	int64_t owner_id;     /* that person's goals */
	int64_t team_of;      /* that person's and everyone's below */
	                      /* both 0: the actor's own goals */
	int status;           /* -1: any */
	mbo_day from, to;     /* goals overlapping [from, to]; MBO_DAY_NONE: open */
	int64_t parent_id;    /* 0: any */
} mbo_goal_filter;
void mbo_goal_filter_init(mbo_goal_filter *f);

/*
 * Goals the actor may see that match f, by owner login, then due date and
 * id, handed to fn one at a time, so that a listing of the whole
 * organisation holds one goal in memory. g and its strings are valid only
 * during the call. fn may call the core; a nonzero return stops the
 * listing and is returned. Runs in one read transaction.
 */
typedef int (*mbo_goal_fn)(void *ctx, const mbo_goal *g);
int mbo_goal_each(mbo *m, int64_t actor, const mbo_goal_filter *f, mbo_goal_fn fn, void *ctx);

/* The same goals as an array. Caller frees with mbo_goal_list_free. */
int mbo_goal_list(mbo *m, int64_t actor, const mbo_goal_filter *f, mbo_goal **out, size_t *n);

/* proposed -> active (a manager above the owner, or admin); refused when a
 * SMART letter fails. */
int mbo_goal_approve(mbo *m, int64_t actor, int64_t id);
/* proposed -> rejected with a reason. */
int mbo_goal_reject(mbo *m, int64_t actor, int64_t id, const char *reason);
/* MBO_OK when `actor` may close goal g now as `status` (achieved, missed or
 * cancelled): a manager above the owner (or an admin, or an owner with no
 * manager) while it is active, or proposed and closed as cancelled; and
 * the owner themselves, withdrawing their own proposal as cancelled. Else
 * the refusal, with its message. With MBO_GOAL_CANCELLED it answers whether
 * the actor may close g at all: the front ends ask before offering it. */
int mbo_goal_may_close(mbo *m, int64_t actor, const mbo_goal *g, int status);
/* Whether `actor` may approve or reject g now: a manager above the owner
 * (or an admin) on a proposal. MBO_OK, or the refusal with its message.
 * Approving also needs the SMART check to pass (mbo_goal_approve). */
int mbo_goal_may_decide(mbo *m, int64_t actor, const mbo_goal *g);
/* Closes a goal: achieved, missed or cancelled, with a reason. */
int mbo_goal_close(mbo *m, int64_t actor, int64_t id, int status, const char *reason);

typedef struct mbo_goal_change {
	bool set_target;  mbo_dec target;
	bool set_start;   mbo_day start;
	bool set_due;     mbo_day due;
	bool set_weight;  mbo_dec weight;
	const char *reason;   /* required */
} mbo_goal_change;

/* MBO_OK when `actor` may revise goal g now: a manager above the owner (or
 * an admin, or an owner with no manager) while it is proposed or active,
 * and the owner themselves while it is still their proposal. Else the
 * refusal, with its message. The front ends ask before opening a form. */
int mbo_goal_may_revise(mbo *m, int64_t actor, const mbo_goal *g);

/* Revises fields of a goal, keeping each change with its reason. */
int mbo_goal_revise(mbo *m, int64_t actor, int64_t id, const mbo_goal_change *c);

typedef struct mbo_revision {
	int64_t id;
	int64_t change_id;
	char at[21];
	char who[MBO_LOGIN_MAX + 1];
	char field[32];
	char *old_value, *new_value;   /* heap or NULL */
	char *reason;                  /* heap */
} mbo_revision;
int mbo_goal_history(mbo *m, int64_t actor, int64_t id, mbo_revision **out, size_t *n);
void mbo_revision_list_free(mbo_revision *v, size_t n);

/* Sum of the targets of a goal's children that are not rejected or cancelled,
 * and how many there are; for showing drift after a cascade. */
int mbo_goal_children_total(mbo *m, int64_t id, mbo_dec *sum, size_t *count);

/* Lessons learned: a note on a goal. */
int mbo_goal_add_lesson(mbo *m, int64_t actor, int64_t id, const char *text, int64_t *lesson_id);

/* A metric asked about (`goal suggest`, the leaderboard): plain text that
 * some goal measures. MBO_EINVAL for bad text; MBO_ENOTFOUND, with a message
 * naming the metric, when no goal measures it, so that a typo does not read
 * as "no history". (mbo_smart_suggest itself accepts a new metric: the new
 * goal form suggests for one.) */
int mbo_metric_known(mbo *m, const char *metric);

#endif
