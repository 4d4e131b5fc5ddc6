/*
 * eval.h: evaluation (目标评估) of a person for a period, and the incentive
 * (激励与约束) that goes with it.
 *
 * An evaluation has a quantitative part (the completion of the person's
 * goals, capped and weighted by goal weight), a qualitative part (360-degree
 * feedback: ratings 1..5 on work quality, personal growth and teamwork from
 * self, superior, peers, customers and subordinates, weighted by criterion
 * and by relation), a final score that blends the two, a grade from bands,
 * and the manager's written summary. Weights, bands and the bonus scale are
 * settings (eval.*). docs/design.md, "Evaluation", writes the formulas out
 * with a worked example.
 *
 * Scores are exact decimals (mbo_dec): ratios with four places, percentages
 * with two (93.50 means 93.50%), each rounded once, half away from zero.
 */
#ifndef MBO_EVAL_H
#define MBO_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mbo/date.h"
#include "mbo/dec.h"
#include "mbo/goal.h"
#include "mbo/person.h"

typedef struct mbo mbo;

/* Who gave the feedback, as seen from the person evaluated. */
enum mbo_eval_relation {
	MBO_EVAL_SELF,          /* the person themselves */
	MBO_EVAL_SUPERIOR,      /* a manager above them, at any depth */
	MBO_EVAL_PEER,          /* someone with the same manager, when asked */
	MBO_EVAL_CUSTOMER,      /* a named customer, entered by the person or a manager */
	MBO_EVAL_SUBORDINATE,   /* someone below them, at any depth */
};
#define MBO_EVAL_NREL 5

enum mbo_eval_criterion { MBO_CRIT_QUALITY, MBO_CRIT_GROWTH, MBO_CRIT_TEAMWORK };
#define MBO_EVAL_NCRIT 3

#define MBO_PERIOD_MAX 8          /* "2026-W48" */
#define MBO_RATER_NAME_MAX 100    /* characters of a customer's name */
#define MBO_COMMENT_MAX 2000      /* characters */
#define MBO_SUMMARY_MAX 4000      /* characters */
#define MBO_GRADE_MAX 15          /* bytes of a grade's name */
#define MBO_GRADES_MAX 16         /* bands */
#define MBO_BONUS_POINTS_MAX 16

/* "self", "superior", "peer", "customer", "subordinate"; -1 when unknown. */
const char *mbo_eval_relation_name(int relation);
int mbo_eval_relation_parse(const char *s);
/* "quality", "growth", "teamwork". */
const char *mbo_eval_criterion_name(int criterion);

/* One rating as entered. */
typedef struct mbo_rating {
	int relation;               /* enum mbo_eval_relation */
	int quality, growth, teamwork;   /* 1 (poor) .. 5 (excellent) */
	const char *rater_name;     /* the customer, required for MBO_EVAL_CUSTOMER; else NULL */
	const char *comment;        /* may be NULL; newlines allowed */
} mbo_rating;

/*
 * Records the rating r by `actor` of person `subject` for `period` (a period
 * as mbo_period_parse reads it: "2026-Q4"). Who may rate whom:
 *   self         the subject themselves;
 *   superior     a manager above the subject (any depth);
 *   peer         someone with the same manager, after a manager asked them
 *                (mbo_eval_request);
 *   customer     the subject or a manager above them, naming the customer;
 *   subordinate  someone below the subject (any depth).
 * The relation must be true even for an admin. One rating per rater per
 * relation, subject and period (per customer name, case-insensitive, for
 * customer feedback): a second one replaces the first, as an update that
 * `mbo undo` reverts. A period that starts after today is refused.
 * MBO_EINVAL naming the field (period, relation, quality, growth, teamwork,
 * rater_name, comment); MBO_ENOTFOUND for an unknown subject; MBO_EPERM
 * saying who may. *id (may be NULL) gets the feedback's id, *replaced (may
 * be NULL) whether an earlier rating was replaced.
 */
int mbo_eval_rate(mbo *m, int64_t actor, int64_t subject, const char *period,
                  const mbo_rating *r, int64_t *id, bool *replaced);

/*
 * Asks `peer` for feedback on `subject` for `period`. The actor must be a
 * manager above the subject (or an admin); the peer must have the subject's
 * manager. Asking again is not an error and writes nothing. *id (may be
 * NULL) gets the request's id.
 */
int mbo_eval_request(mbo *m, int64_t actor, int64_t subject, int64_t peer,
                     const char *period, int64_t *id);

/* A request for feedback addressed to the reader. */
typedef struct mbo_eval_request_item {
	int64_t id;
	int64_t subject_id;
	char subject[MBO_LOGIN_MAX + 1];
	char period[MBO_PERIOD_MAX + 1];
	char requested_by[MBO_LOGIN_MAX + 1];
	bool done;                   /* the actor has rated the subject as a peer */
} mbo_eval_request_item;

/* The requests for peer feedback addressed to `actor` (for one period, or
 * all when period is NULL), open ones first. Caller frees *out. */
int mbo_eval_requests(mbo *m, int64_t actor, const char *period,
                      mbo_eval_request_item **out, size_t *n);

/*
 * Writes (or rewrites) the manager's summary of `subject`'s `period`: text
 * of 1..4000 characters, newlines allowed, by a manager above the subject
 * or an admin.
 */
int mbo_eval_summary(mbo *m, int64_t actor, int64_t subject, const char *period,
                     const char *text);

/* ---- Grades and the bonus scale ---- */

typedef struct mbo_grade_band {
	char name[MBO_GRADE_MAX + 1];
	mbo_dec min;                 /* percent: the final score that reaches the band */
} mbo_grade_band;

/*
 * Parses grade bands "S:95,A:85,B:70,C:60,D:0": names of 1..15 printable
 * characters (no ':' or ','), minimums as decimals >= 0, strictly from the
 * highest down. Returns 0, or -1 with *why set to a static phrase.
 */
int mbo_eval_grades_parse(const char *s, mbo_grade_band *out, size_t cap, size_t *n,
                          const char **why);

typedef struct mbo_bonus_point {
	mbo_dec completion;          /* ratio: 1.0000 = 100% */
	mbo_dec multiplier;          /* of the bonus base */
} mbo_bonus_point;

/*
 * Parses a bonus scale "0.8:0.5,1.0:1.0,1.2:1.5": points COMPLETION:MULTIPLIER
 * with completions strictly rising and multipliers not falling, all >= 0.
 * "", "none" and "off" mean no bonus (*n = 0). Returns 0, or -1 with *why.
 */
int mbo_bonus_scale_parse(const char *s, mbo_bonus_point *out, size_t cap, size_t *n,
                          const char **why);

/*
 * What a completion pays under the scale eval.bonus and the base
 * eval.bonus_base (currency eval.bonus_currency). Below the first point the
 * bonus is 0; between two points the multiplier rises linearly; from the
 * last point on it stays at the last multiplier (the cap).
 */
typedef struct mbo_bonus {
	bool configured;             /* false: eval.bonus is none; nothing else is set */
	mbo_dec completion;          /* the input */
	mbo_dec multiplier;          /* rounded to four places, for showing */
	mbo_dec base;
	mbo_dec payout;              /* base x multiplier, rounded once to cents */
	char currency[16];
	bool at_cap;                 /* at or beyond the last point */
	bool has_next;               /* a point above the completion */
	mbo_dec next_completion;     /* that point */
	mbo_dec next_payout;         /* what reaching it pays */
	mbo_dec next_more;           /* next_payout - payout */
	/* In words: "reach 100% for 10,000.00 CNY, 812.50 more", or at the cap
	 * "15,000.00 CNY, the top of the scale". */
	char message[200];
} mbo_bonus;

/* Fills *out for `completion` (a ratio) from the settings; MBO_EINVAL naming
 * the setting when eval.bonus or eval.bonus_base is malformed. */
int mbo_bonus_at(mbo *m, mbo_dec completion, mbo_bonus *out);

/* ---- The evaluation ---- */

/* One goal's part in the quantitative score. */
typedef struct mbo_eval_goal {
	int64_t goal_id;
	char *title;                 /* heap */
	char metric[MBO_METRIC_MAX * 4 + 1];
	char unit[MBO_UNIT_MAX * 4 + 1];
	int kind, direction, status; /* enum mbo_kind, mbo_direction, mbo_goal_status */
	mbo_dec baseline, target, weight;
	mbo_day start, due;
	mbo_day asof;                /* min(due, end of the period) */
	mbo_dec actual;              /* as of asof */
	mbo_dec completion;          /* ratio, not capped (down goals: target / actual) */
	mbo_dec counted;             /* ratio that counts: capped at eval.completion_cap, >= 0 */
	bool capped;                 /* completion was above the cap */
} mbo_eval_goal;

/* The feedback of one relation. */
typedef struct mbo_eval_relscore {
	int relation;                /* enum mbo_eval_relation */
	size_t count;                /* ratings (raters) */
	mbo_dec criteria[MBO_EVAL_NCRIT];   /* mean rating per criterion, 1..5 */
	mbo_dec score;               /* mean of the raters' weighted scores, 1..5 */
	mbo_dec weight;              /* eval.relation.* as set */
	mbo_dec weight_used;         /* share after missing relations are shared out; 0 when none */
} mbo_eval_relscore;

/* One rating as the reader may see it. */
typedef struct mbo_eval_feedback {
	int64_t id;
	int relation;
	char rater[MBO_LOGIN_MAX + 1];        /* who entered it; "" when hidden */
	char rater_name[MBO_RATER_NAME_MAX * 4 + 1];   /* the customer; "" otherwise */
	int ratings[MBO_EVAL_NCRIT];          /* quality, growth, teamwork */
	mbo_dec score;                        /* weighted by criterion, 1..5 */
	char *comment;                        /* heap, "" when none */
	char at[21];                          /* when, UTC */
} mbo_eval_feedback;

typedef struct mbo_evaluation {
	int64_t subject_id;
	char subject[MBO_LOGIN_MAX + 1];
	char name[MBO_NAME_MAX * 4 + 1];
	char period[MBO_PERIOD_MAX + 1];
	mbo_day first, last;         /* the period's days */

	/* Quantitative (定量评估). */
	mbo_eval_goal *goals;        /* heap, by due date */
	size_t ngoals;
	mbo_dec completion_cap;      /* ratio */
	bool has_quantitative;       /* false when no goal counts */
	mbo_dec quantitative;        /* percent, 2 places */
	mbo_dec done;                /* the same mean of completions, not capped
	                                (how far the goals got), percent, 2 places */

	/* Qualitative (定性评估) from 360-degree feedback. */
	mbo_dec criterion_weight[MBO_EVAL_NCRIT];   /* as set */
	mbo_eval_relscore relations[MBO_EVAL_NREL]; /* indexed by relation */
	int missing[MBO_EVAL_NREL];  /* relations with a weight but no feedback */
	size_t nmissing;
	bool has_qualitative;        /* false when no weighted feedback */
	mbo_dec qualitative_score;   /* 1..5, 4 places */
	mbo_dec qualitative;         /* percent: score / 5 x 100, 2 places */

	/* Final score and grade. */
	mbo_dec blend;               /* eval.blend.quantitative as set */
	mbo_dec blend_used;          /* 1 or 0 when one part is missing */
	bool has_final;
	mbo_dec final;               /* percent, 2 places */
	char grade[MBO_GRADE_MAX + 1];   /* "" when no band is reached or no final */

	/* The manager's summary. */
	char *summary;               /* heap, "" when none */
	char summary_by[MBO_LOGIN_MAX + 1];
	char summary_at[21];

	/* Every rating, by relation then time. */
	mbo_eval_feedback *feedback; /* heap */
	size_t nfeedback;
	bool names_hidden;           /* some raters hidden from this reader */

	/* What the quantitative completion pays (bonus.configured false when no
	 * scale is set or no goal counts). */
	mbo_bonus bonus;
} mbo_evaluation;

/*
 * Computes the evaluation of `subject` for `period` as `actor` sees it. The
 * subject themselves, a manager above them and admins may read it; the
 * subject does not see who gave peer feedback while eval.peers_anonymous is
 * 1, nor subordinate feedback while eval.subordinates_anonymous is 1.
 * Goals counted: the subject's goals that overlap the period and are
 * active, achieved or missed. *out is overwritten; free it with
 * mbo_evaluation_free even on failure.
 */
int mbo_eval_compute(mbo *m, int64_t actor, int64_t subject, const char *period,
                     mbo_evaluation *out);
void mbo_evaluation_free(mbo_evaluation *e);

#endif
