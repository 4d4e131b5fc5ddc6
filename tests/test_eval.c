/*
 * test_eval.c: evaluation and the bonus scale (src/core/eval.c), and the
 * migration of a version-1 database to the schema with evaluation tables.
 * Today is 2026-11-27 (MBO_TODAY).
 *
 * The team:
 *   director (manager)
 *     chen.jing (manager)
 *       li.wei, zhao.min, wang.fang, sun.li (sales)
 *   omgr (manager)
 *     zed (sales)
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/setting.h"
#include "mbo/undo.h"

extern const char mbo_schema_sql[];

struct team {
	int64_t director, chen, li, zhao, wang, sun, omgr, zed;
};

static void make_team(fx *f, struct team *t)
{
	t->director = fx_person(f, "director", "manager", NULL);
	t->chen = fx_person(f, "chen.jing", "manager", "director");
	t->li = fx_person(f, "li.wei", "sales", "chen.jing");
	t->zhao = fx_person(f, "zhao.min", "sales", "chen.jing");
	t->wang = fx_person(f, "wang.fang", "sales", "chen.jing");
	t->sun = fx_person(f, "sun.li", "sales", "chen.jing");
	t->omgr = fx_person(f, "omgr", "manager", NULL);
	t->zed = fx_person(f, "zed", "sales", "omgr");
}

/* A goal written with plain SQL, so any status and weight can be set. */
static int64_t goal(fx *f, int64_t owner, const char *metric, const char *unit, const char *dir,
                    const char *target, const char *weight, const char *start, const char *due,
                    const char *status)
{
	return fx_goal_with(f, &(fx_goal_spec){ .owner = owner, .metric = metric, .unit = unit,
	                                        .dir = dir, .target = target, .weight = weight,
	                                        .start = start, .due = due, .status = status });
}

static int rate(fx *f, int64_t actor, int64_t subject, const char *period, int rel,
                int q, int g, int t, const char *name, const char *comment)
{
	mbo_rating r;

	memset(&r, 0, sizeof r);
	r.relation = rel;
	r.quality = q;
	r.growth = g;
	r.teamwork = t;
	r.rater_name = name;
	r.comment = comment;
	return mbo_eval_rate(f->m, actor, subject, period, &r, NULL, NULL);
}

static void rate_ok(fx *f, int64_t actor, int64_t subject, int rel, int q, int g, int t,
                    const char *name, const char *comment)
{
	if (rate(f, actor, subject, "2026-Q4", rel, q, g, t, name, comment) != MBO_OK)
		fail_msg("rate: %s", mbo_errmsg(f->m));
}

/* Asserts a call was refused with rc and a message mentioning `mention`. */
static void refused(fx *f, int got, int rc, const char *mention)
{
	if (got != rc)
		fail_msg("got %d, expected %d (%s)", got, rc, mbo_errmsg(f->m));
	if (mention && strstr(mbo_errmsg(f->m), mention) == NULL)
		fail_msg("message \"%s\" should mention \"%s\"", mbo_errmsg(f->m), mention);
}

static void set(fx *f, const char *key, const char *value)
{
	if (mbo_setting_set(f->m, f->admin, key, value) != MBO_OK)
		fail_msg("setting %s: %s", key, mbo_errmsg(f->m));
}

static void request(fx *f, int64_t actor, int64_t subject, int64_t peer)
{
	if (mbo_eval_request(f->m, actor, subject, peer, "2026-Q4", NULL) != MBO_OK)
		fail_msg("request: %s", mbo_errmsg(f->m));
}

static int64_t feedback_rows(fx *f)
{
	return fx_int(f, "SELECT count(*) FROM feedback");
}

/*
 * The worked example of docs/design.md, "Evaluation".
 *
 * Li Wei, 2026-Q4 (2026-10-01 to 2026-12-31). Three goals count:
 *   revenue        sum/up,   target 100,000 CNY, weight 2, actual 93,500
 *                  completion 93,500 / 100,000 = 0.9350
 *   new_customers  sum/up,   target 20, weight 1, actual 30
 *                  completion 30 / 20 = 1.5000, capped at 1.2000
 *   churned        sum/down, target 4, weight 1, actual 5
 *                  completion 4 / 5 = 0.8000 (target over actual)
 *   quantitative = (2 x 0.9350 + 1 x 1.2000 + 1 x 0.8000) / (2 + 1 + 1)
 *                = 3.8700 / 4 = 0.9675 -> 96.75%
 * (A cancelled goal, a proposed one and one of Q3 do not count.)
 *
 * Feedback (criteria weights 0.40 quality, 0.30 growth, 0.30 teamwork):
 *   self       li.wei 4/4/5: 1.60 + 1.20 + 1.50 = 4.30
 *   superior   chen.jing 4/3/4: 1.60 + 0.90 + 1.20 = 3.70
 *   peer       zhao.min 5/4/4 = 4.40, wang.fang 3/4/5 = 3.90; mean 4.15
 *   customer   Acme Trading 5/4/4 = 4.40, Huaxin Ltd 4/3/3 = 3.40; mean 3.90
 *   subordinate none: its weight 0.10 is shared out
 *   weights present 0.10 + 0.40 + 0.20 + 0.20 = 0.90, so used
 *   0.1111, 0.4444, 0.2222, 0.2222 (each w / 0.90)
 *   sum w s = 0.10 x 4.30 + 0.40 x 3.70 + 0.20 x 4.15 + 0.20 x 3.90
 *           = 0.43 + 1.48 + 0.83 + 0.78 = 3.52
 *   qualitative score = 3.52 / 0.90 = 3.9111; percent 3.52 x 20 / 0.90
 *   = 78.2222 -> 78.22%
 * Final = 0.60 x 96.75 + 0.40 x 78.22 = 58.05 + 31.288 = 89.338 -> 89.34:
 * grade A (85 <= 89.34 < 95).
 * Bonus 0.8:0.5,1.0:1.0,1.2:1.5 on 10,000 CNY at 0.9675:
 *   0.5 + (0.9675 - 0.8) x (1.0 - 0.5) / (1.0 - 0.8) = 0.91875, so
 *   9,187.50 CNY; reaching 100% pays 10,000.00, 812.50 more.
 */
static void worked_example(fx *f, struct team *t)
{
	int64_t rev, cust, churn;

	make_team(f, t);
	rev = goal(f, t->li, "revenue", "CNY", "up", "100000", "2", "2026-10-01", "2026-11-20", "achieved");
	cust = goal(f, t->li, "new_customers", "customers", "up", "20", "1", "2026-10-01", "2026-11-25", "active");
	churn = goal(f, t->li, "churned", "customers", "down", "4", "1", "2026-10-01", "2026-12-31", "active");
	goal(f, t->li, "visits", "visits", "up", "50", "1", "2026-10-01", "2026-12-31", "cancelled");
	goal(f, t->li, "calls", "calls", "up", "50", "1", "2026-10-01", "2026-12-31", "proposed");
	goal(f, t->li, "revenue", "CNY", "up", "10", "1", "2026-07-01", "2026-09-30", "missed");
	fx_checkin(f, rev, "2026-10-15", "40000");
	fx_checkin(f, rev, "2026-11-02", "30000");
	fx_checkin(f, rev, "2026-11-20", "23500");
	fx_checkin(f, cust, "2026-10-20", "12");
	fx_checkin(f, cust, "2026-11-18", "18");
	fx_checkin(f, churn, "2026-10-30", "2");
	fx_checkin(f, churn, "2026-11-26", "3");

	request(f, t->chen, t->li, t->zhao);
	request(f, t->chen, t->li, t->wang);
	rate_ok(f, t->li, t->li, MBO_EVAL_SELF, 4, 4, 5, NULL, "A good quarter; I want to grow in negotiation");
	rate_ok(f, t->chen, t->li, MBO_EVAL_SUPERIOR, 4, 3, 4, NULL, "Reliable; needs more coaching on pricing");
	rate_ok(f, t->zhao, t->li, MBO_EVAL_PEER, 5, 4, 4, NULL, "Always shares leads");
	rate_ok(f, t->wang, t->li, MBO_EVAL_PEER, 3, 4, 5, NULL, NULL);
	rate_ok(f, t->li, t->li, MBO_EVAL_CUSTOMER, 5, 4, 4, "Acme Trading", "Quick answers");
	rate_ok(f, t->chen, t->li, MBO_EVAL_CUSTOMER, 4, 3, 3, "Huaxin Ltd", "Slow quotes in October");
	set(f, "eval.bonus", "0.8:0.5,1.0:1.0,1.2:1.5");
	set(f, "eval.bonus_base", "10000");
}

static void test_worked_example(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_evaluation e;
	size_t i;

	worked_example(f, &t);
	assert_int_equal(mbo_eval_compute(f->m, t.chen, t.li, "2026-Q4", &e), MBO_OK);

	assert_string_equal(e.subject, "li.wei");
	assert_string_equal(e.period, "2026-Q4");
	assert_int_equal(e.ngoals, 3);
	assert_string_equal(e.goals[0].metric, "revenue");
	assert_int_equal(e.goals[0].actual, fx_dec("93500"));
	assert_int_equal(e.goals[0].completion, fx_dec("0.935"));
	assert_int_equal(e.goals[0].counted, fx_dec("0.935"));
	assert_false(e.goals[0].capped);
	assert_int_equal(e.goals[0].asof, fx_day("2026-11-20"));
	assert_string_equal(e.goals[1].metric, "new_customers");
	assert_int_equal(e.goals[1].completion, fx_dec("1.5"));
	assert_int_equal(e.goals[1].counted, fx_dec("1.2"));
	assert_true(e.goals[1].capped);
	assert_string_equal(e.goals[2].metric, "churned");
	assert_int_equal(e.goals[2].actual, fx_dec("5"));
	assert_int_equal(e.goals[2].completion, fx_dec("0.8"));
	assert_int_equal(e.goals[2].asof, fx_day("2026-12-31"));
	assert_true(e.has_quantitative);
	assert_int_equal(e.completion_cap, fx_dec("1.2"));
	assert_int_equal(e.quantitative, fx_dec("96.75"));
	/* Not capped: (0.935 x 2 + 1.50 + 0.80) / 4 = 1.0425. */
	assert_int_equal(e.done, fx_dec("104.25"));

	assert_int_equal(e.relations[MBO_EVAL_SELF].count, 1);
	assert_int_equal(e.relations[MBO_EVAL_SELF].score, fx_dec("4.3"));
	assert_int_equal(e.relations[MBO_EVAL_SUPERIOR].score, fx_dec("3.7"));
	assert_int_equal(e.relations[MBO_EVAL_PEER].count, 2);
	assert_int_equal(e.relations[MBO_EVAL_PEER].score, fx_dec("4.15"));
	assert_int_equal(e.relations[MBO_EVAL_PEER].criteria[MBO_CRIT_QUALITY], fx_dec("4"));
	assert_int_equal(e.relations[MBO_EVAL_PEER].criteria[MBO_CRIT_TEAMWORK], fx_dec("4.5"));
	assert_int_equal(e.relations[MBO_EVAL_CUSTOMER].count, 2);
	assert_int_equal(e.relations[MBO_EVAL_CUSTOMER].score, fx_dec("3.9"));
	assert_int_equal(e.relations[MBO_EVAL_SUBORDINATE].count, 0);
	assert_int_equal(e.nmissing, 1);
	assert_int_equal(e.missing[0], MBO_EVAL_SUBORDINATE);
	assert_int_equal(e.relations[MBO_EVAL_SELF].weight, fx_dec("0.1"));
	assert_int_equal(e.relations[MBO_EVAL_SELF].weight_used, fx_dec("0.1111"));
	assert_int_equal(e.relations[MBO_EVAL_SUPERIOR].weight_used, fx_dec("0.4444"));
	assert_int_equal(e.relations[MBO_EVAL_PEER].weight_used, fx_dec("0.2222"));
	assert_int_equal(e.relations[MBO_EVAL_CUSTOMER].weight_used, fx_dec("0.2222"));
	assert_int_equal(e.relations[MBO_EVAL_SUBORDINATE].weight_used, 0);
	assert_true(e.has_qualitative);
	assert_int_equal(e.qualitative_score, fx_dec("3.9111"));
	assert_int_equal(e.qualitative, fx_dec("78.22"));

	assert_true(e.has_final);
	assert_int_equal(e.blend_used, fx_dec("0.6"));
	assert_int_equal(e.final, fx_dec("89.34"));
	assert_string_equal(e.grade, "A");

	assert_int_equal(e.nfeedback, 6);
	for (i = 0; i < e.nfeedback; i++)
		assert_true(e.feedback[i].rater[0] != '\0');   /* the manager sees every name */
	assert_false(e.names_hidden);
	assert_int_equal(e.feedback[0].relation, MBO_EVAL_SELF);
	assert_int_equal(e.feedback[0].score, fx_dec("4.3"));
	assert_string_equal(e.feedback[0].comment, "A good quarter; I want to grow in negotiation");

	assert_true(e.bonus.configured);
	assert_int_equal(e.bonus.completion, fx_dec("0.9675"));
	assert_int_equal(e.bonus.multiplier, fx_dec("0.9188"));
	assert_int_equal(e.bonus.payout, fx_dec("9187.5"));
	assert_true(e.bonus.has_next);
	assert_int_equal(e.bonus.next_payout, fx_dec("10000"));
	assert_string_equal(e.bonus.message, "reach 100% for 10,000.00 CNY, 812.50 more");
	mbo_evaluation_free(&e);
}

/* The summary; the subject reads their own evaluation, peers anonymous. */
static void test_summary_and_reading(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_evaluation e;
	size_t i, peers = 0;

	worked_example(f, &t);
	refused(f, mbo_eval_summary(f->m, t.li, t.li, "2026-Q4", "I did great"), MBO_EPERM, "li.wei");
	refused(f, mbo_eval_summary(f->m, t.zhao, t.li, "2026-Q4", "Fine"), MBO_EPERM, NULL);
	refused(f, mbo_eval_summary(f->m, t.chen, t.li, "2026-Q4", ""), MBO_EINVAL, "summary");
	refused(f, mbo_eval_summary(f->m, t.chen, t.li, "2026-13", "x"), MBO_EINVAL, "period");
	assert_int_equal(mbo_eval_summary(f->m, t.chen, t.li, "2026-Q4", "Strong results.\nFocus on pricing."), MBO_OK);
	assert_int_equal(mbo_eval_summary(f->m, t.director, t.li, "2026-Q4", "Strong quarter; promote to senior."),
	                 MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM evaluation"), 1);

	assert_int_equal(mbo_eval_compute(f->m, t.li, t.li, "2026-Q4", &e), MBO_OK);
	assert_string_equal(e.summary, "Strong quarter; promote to senior.");
	assert_string_equal(e.summary_by, "director");
	assert_int_equal(e.final, fx_dec("89.34"));
	assert_true(e.names_hidden);
	for (i = 0; i < e.nfeedback; i++) {
		if (e.feedback[i].relation == MBO_EVAL_PEER) {
			peers++;
			assert_string_equal(e.feedback[i].rater, "");
		} else {
			assert_true(e.feedback[i].rater[0] != '\0');
		}
		if (e.feedback[i].relation == MBO_EVAL_CUSTOMER)
			assert_true(e.feedback[i].rater_name[0] != '\0');
	}
	assert_int_equal(peers, 2);
	mbo_evaluation_free(&e);

	/* Not anonymous when the setting says so. */
	set(f, "eval.peers_anonymous", "0");
	assert_int_equal(mbo_eval_compute(f->m, t.li, t.li, "2026-Q4", &e), MBO_OK);
	assert_false(e.names_hidden);
	for (i = 0; i < e.nfeedback; i++)
		assert_true(e.feedback[i].rater[0] != '\0');
	mbo_evaluation_free(&e);

	/* Who may read: self, above, admin; not peers, strangers or those below. */
	assert_int_equal(mbo_eval_compute(f->m, t.director, t.li, "2026-Q4", &e), MBO_OK);
	mbo_evaluation_free(&e);
	assert_int_equal(mbo_eval_compute(f->m, f->admin, t.li, "2026-Q4", &e), MBO_OK);
	mbo_evaluation_free(&e);
	refused(f, mbo_eval_compute(f->m, t.zhao, t.li, "2026-Q4", &e), MBO_EPERM, "evaluation");
	mbo_evaluation_free(&e);
	refused(f, mbo_eval_compute(f->m, t.zed, t.li, "2026-Q4", &e), MBO_EPERM, NULL);
	mbo_evaluation_free(&e);
	refused(f, mbo_eval_compute(f->m, t.li, t.chen, "2026-Q4", &e), MBO_EPERM, NULL);
	mbo_evaluation_free(&e);
	refused(f, mbo_eval_compute(f->m, t.chen, 9999, "2026-Q4", &e), MBO_ENOTFOUND, NULL);
	mbo_evaluation_free(&e);
	refused(f, mbo_eval_compute(f->m, t.chen, t.li, "Q4", &e), MBO_EINVAL, "period");
	mbo_evaluation_free(&e);
}

static void test_self_and_superior(void **state)
{
	fx *f = *state;
	struct team t;

	make_team(f, &t);
	/* self: only for oneself. */
	assert_int_equal(rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_OK);
	refused(f, rate(f, t.chen, t.li, "2026-Q4", MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_EPERM, "self");
	refused(f, rate(f, t.li, t.zhao, "2026-Q4", MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_EPERM, "self");
	/* superior: any manager above, not peers, not oneself, not below. */
	assert_int_equal(rate(f, t.chen, t.li, "2026-Q4", MBO_EVAL_SUPERIOR, 4, 4, 4, NULL, NULL), MBO_OK);
	assert_int_equal(rate(f, t.director, t.li, "2026-Q4", MBO_EVAL_SUPERIOR, 4, 4, 4, NULL, NULL), MBO_OK);
	refused(f, rate(f, t.zhao, t.li, "2026-Q4", MBO_EVAL_SUPERIOR, 4, 4, 4, NULL, NULL), MBO_EPERM, "superior");
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SUPERIOR, 4, 4, 4, NULL, NULL), MBO_EPERM, NULL);
	refused(f, rate(f, t.li, t.chen, "2026-Q4", MBO_EVAL_SUPERIOR, 4, 4, 4, NULL, NULL), MBO_EPERM, NULL);
	refused(f, rate(f, t.omgr, t.li, "2026-Q4", MBO_EVAL_SUPERIOR, 4, 4, 4, NULL, NULL), MBO_EPERM, NULL);
	/* An admin outside the tree is not anyone's superior. */
	refused(f, rate(f, f->admin, t.li, "2026-Q4", MBO_EVAL_SUPERIOR, 4, 4, 4, NULL, NULL), MBO_EPERM, NULL);
	assert_int_equal(feedback_rows(f), 3);
}

static void test_peer_needs_request(void **state)
{
	fx *f = *state;
	struct team t;
	int64_t id1 = 0, id2 = 0, changes;
	mbo_eval_request_item *items;
	size_t n;

	make_team(f, &t);
	refused(f, rate(f, t.zhao, t.li, "2026-Q4", MBO_EVAL_PEER, 4, 4, 4, NULL, NULL), MBO_EPERM, "asked");
	assert_int_equal(mbo_eval_request(f->m, t.chen, t.li, t.zhao, "2026-Q4", &id1), MBO_OK);
	assert_true(id1 > 0);
	/* Asking again writes nothing. */
	changes = fx_int(f, "SELECT count(*) FROM change");
	assert_int_equal(mbo_eval_request(f->m, t.chen, t.li, t.zhao, "2026-Q4", &id2), MBO_OK);
	assert_int_equal(id2, id1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM change"), changes);

	assert_int_equal(mbo_eval_requests(f->m, t.zhao, "2026-Q4", &items, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_string_equal(items[0].subject, "li.wei");
	assert_string_equal(items[0].requested_by, "chen.jing");
	assert_false(items[0].done);
	free(items);

	assert_int_equal(rate(f, t.zhao, t.li, "2026-Q4", MBO_EVAL_PEER, 4, 4, 4, NULL, NULL), MBO_OK);
	assert_int_equal(mbo_eval_requests(f->m, t.zhao, NULL, &items, &n), MBO_OK);
	assert_int_equal(n, 1);
	assert_true(items[0].done);
	free(items);

	/* The request is for one period. */
	refused(f, rate(f, t.zhao, t.li, "2026-11", MBO_EVAL_PEER, 4, 4, 4, NULL, NULL), MBO_EPERM, "asked");
	/* Another peer not asked; someone from another team never a peer. */
	refused(f, rate(f, t.sun, t.li, "2026-Q4", MBO_EVAL_PEER, 4, 4, 4, NULL, NULL), MBO_EPERM, "asked");
	refused(f, rate(f, t.zed, t.li, "2026-Q4", MBO_EVAL_PEER, 4, 4, 4, NULL, NULL), MBO_EPERM, "peer");
	refused(f, rate(f, t.chen, t.li, "2026-Q4", MBO_EVAL_PEER, 4, 4, 4, NULL, NULL), MBO_EPERM, "peer");
	/* Who may ask, and whom. */
	refused(f, mbo_eval_request(f->m, t.zhao, t.li, t.sun, "2026-Q4", NULL), MBO_EPERM, NULL);
	refused(f, mbo_eval_request(f->m, t.li, t.li, t.sun, "2026-Q4", NULL), MBO_EPERM, NULL);
	refused(f, mbo_eval_request(f->m, t.omgr, t.li, t.sun, "2026-Q4", NULL), MBO_EPERM, NULL);
	refused(f, mbo_eval_request(f->m, t.chen, t.li, t.zed, "2026-Q4", NULL), MBO_EINVAL, "peer");
	refused(f, mbo_eval_request(f->m, t.chen, t.li, t.li, "2026-Q4", NULL), MBO_EINVAL, "peer");
	refused(f, mbo_eval_request(f->m, t.chen, t.li, 9999, "2026-Q4", NULL), MBO_ENOTFOUND, "peer");
	refused(f, mbo_eval_request(f->m, t.chen, t.li, t.sun, "soon", NULL), MBO_EINVAL, "period");
	/* A manager further up and an admin may ask. */
	assert_int_equal(mbo_eval_request(f->m, t.director, t.li, t.sun, "2026-Q4", NULL), MBO_OK);
	assert_int_equal(mbo_eval_request(f->m, f->admin, t.li, t.wang, "2026-Q4", NULL), MBO_OK);
	assert_int_equal(rate(f, t.sun, t.li, "2026-Q4", MBO_EVAL_PEER, 2, 3, 4, NULL, NULL), MBO_OK);
	assert_int_equal(feedback_rows(f), 2);
}

static void test_customer_feedback(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_rating r;
	int64_t id1 = 0, id2 = 0;
	bool replaced = true;

	make_team(f, &t);
	memset(&r, 0, sizeof r);
	r.relation = MBO_EVAL_CUSTOMER;
	r.quality = r.growth = r.teamwork = 4;
	r.rater_name = "Acme Trading";
	assert_int_equal(mbo_eval_rate(f->m, t.li, t.li, "2026-Q4", &r, &id1, &replaced), MBO_OK);
	assert_false(replaced);
	/* The manager enters another customer; and the same one (in another
	 * case) replaces the first rating. */
	assert_int_equal(rate(f, t.chen, t.li, "2026-Q4", MBO_EVAL_CUSTOMER, 5, 5, 5, "Huaxin Ltd", NULL), MBO_OK);
	assert_int_equal(rate(f, t.director, t.li, "2026-Q4", MBO_EVAL_CUSTOMER, 3, 3, 3, "Bright Foods", NULL), MBO_OK);
	r.rater_name = "  acme trading ";
	r.quality = 2;
	assert_int_equal(mbo_eval_rate(f->m, t.chen, t.li, "2026-Q4", &r, &id2, &replaced), MBO_OK);
	assert_true(replaced);
	assert_int_equal(id2, id1);
	assert_int_equal(feedback_rows(f), 3);
	assert_int_equal(fx_int(f, "SELECT quality FROM feedback WHERE rater_name = 'acme trading'"), 2);

	/* A peer, a stranger, someone below may not enter customer feedback. */
	refused(f, rate(f, t.zhao, t.li, "2026-Q4", MBO_EVAL_CUSTOMER, 4, 4, 4, "Acme", NULL), MBO_EPERM, "customer");
	refused(f, rate(f, t.zed, t.li, "2026-Q4", MBO_EVAL_CUSTOMER, 4, 4, 4, "Acme", NULL), MBO_EPERM, "customer");
	refused(f, rate(f, t.li, t.chen, "2026-Q4", MBO_EVAL_CUSTOMER, 4, 4, 4, "Acme", NULL), MBO_EPERM, "customer");
	/* The customer's name is required for customers, refused for others. */
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_CUSTOMER, 4, 4, 4, NULL, NULL), MBO_EINVAL, "rater_name");
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_CUSTOMER, 4, 4, 4, "   ", NULL), MBO_EINVAL, "rater_name");
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SELF, 4, 4, 4, "Acme", NULL), MBO_EINVAL, "rater_name");
	assert_int_equal(feedback_rows(f), 3);
}

static void test_subordinate(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_evaluation e;
	size_t i;

	make_team(f, &t);
	/* Direct and indirect reports rate their managers. */
	assert_int_equal(rate(f, t.li, t.chen, "2026-Q4", MBO_EVAL_SUBORDINATE, 4, 5, 3, NULL, "Clear goals"), MBO_OK);
	assert_int_equal(rate(f, t.li, t.director, "2026-Q4", MBO_EVAL_SUBORDINATE, 3, 3, 3, NULL, NULL), MBO_OK);
	refused(f, rate(f, t.chen, t.li, "2026-Q4", MBO_EVAL_SUBORDINATE, 4, 4, 4, NULL, NULL), MBO_EPERM, "subordinate");
	refused(f, rate(f, t.zed, t.chen, "2026-Q4", MBO_EVAL_SUBORDINATE, 4, 4, 4, NULL, NULL), MBO_EPERM, NULL);
	refused(f, rate(f, t.zhao, t.li, "2026-Q4", MBO_EVAL_SUBORDINATE, 4, 4, 4, NULL, NULL), MBO_EPERM, NULL);

	/* The manager reads who rated them only when upward feedback is not
	 * anonymous; their own manager always sees it. */
	assert_int_equal(mbo_eval_compute(f->m, t.chen, t.chen, "2026-Q4", &e), MBO_OK);
	assert_int_equal(e.nfeedback, 1);
	assert_string_equal(e.feedback[0].rater, "");
	assert_string_equal(e.feedback[0].comment, "Clear goals");
	assert_true(e.names_hidden);
	/* Only subordinates gave feedback: the qualitative part is theirs. */
	assert_int_equal(e.relations[MBO_EVAL_SUBORDINATE].weight_used, fx_dec("1"));
	assert_int_equal(e.nmissing, 4);
	assert_false(e.has_quantitative);
	assert_true(e.has_final);
	assert_int_equal(e.blend_used, 0);
	/* 0.4 x 4 + 0.3 x 5 + 0.3 x 3 = 4.00 -> 80.00% */
	assert_int_equal(e.final, fx_dec("80"));
	assert_string_equal(e.grade, "B");
	mbo_evaluation_free(&e);
	assert_int_equal(mbo_eval_compute(f->m, t.director, t.chen, "2026-Q4", &e), MBO_OK);
	assert_string_equal(e.feedback[0].rater, "li.wei");
	mbo_evaluation_free(&e);
	set(f, "eval.subordinates_anonymous", "0");
	assert_int_equal(mbo_eval_compute(f->m, t.chen, t.chen, "2026-Q4", &e), MBO_OK);
	for (i = 0; i < e.nfeedback; i++)
		assert_string_equal(e.feedback[i].rater, "li.wei");
	mbo_evaluation_free(&e);
}

static void test_rating_input(void **state)
{
	fx *f = *state;
	struct team t;

	make_team(f, &t);
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SELF, 0, 3, 3, NULL, NULL), MBO_EINVAL, "quality");
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SELF, 6, 3, 3, NULL, NULL), MBO_EINVAL, "quality");
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SELF, 3, 9, 3, NULL, NULL), MBO_EINVAL, "growth");
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SELF, 3, 3, -1, NULL, NULL), MBO_EINVAL, "teamwork");
	refused(f, rate(f, t.li, t.li, "2026-Q4", 7, 3, 3, 3, NULL, NULL), MBO_EINVAL, "relation");
	refused(f, rate(f, t.li, t.li, "2026-Q4", -1, 3, 3, 3, NULL, NULL), MBO_EINVAL, "relation");
	refused(f, rate(f, t.li, t.li, "2026-Q5", MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_EINVAL, "period");
	refused(f, rate(f, t.li, t.li, NULL, MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_EINVAL, "period");
	refused(f, rate(f, t.li, t.li, "2027-Q1", MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_EINVAL, "after today");
	refused(f, rate(f, t.li, t.li, "2026-Q4", MBO_EVAL_SELF, 3, 3, 3, NULL, "bad \x1b[31m"), MBO_EINVAL, "comment");
	refused(f, rate(f, t.li, 9999, "2026-Q4", MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_ENOTFOUND, NULL);
	refused(f, rate(f, 4242, t.li, "2026-Q4", MBO_EVAL_SELF, 3, 3, 3, NULL, NULL), MBO_EPERM, NULL);
	assert_int_equal(mbo_eval_relation_parse("peer"), MBO_EVAL_PEER);
	assert_int_equal(mbo_eval_relation_parse("boss"), -1);
	assert_string_equal(mbo_eval_relation_name(MBO_EVAL_SUBORDINATE), "subordinate");
	assert_string_equal(mbo_eval_criterion_name(MBO_CRIT_GROWTH), "growth");
	assert_int_equal(feedback_rows(f), 0);
	/* Multi-line comments are fine; past periods too. */
	assert_int_equal(rate(f, t.li, t.li, "2026-Q3", MBO_EVAL_SELF, 3, 3, 3, NULL, "line one\nline two"), MBO_OK);
}

/* A second rating replaces the first as an update, which undo reverts. */
static void test_replace_and_undo(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_rating r;
	int64_t id1 = 0, id2 = 0;
	bool replaced = false;
	char buf[200];

	make_team(f, &t);
	request(f, t.chen, t.li, t.zhao);
	memset(&r, 0, sizeof r);
	r.relation = MBO_EVAL_PEER;
	r.quality = r.growth = r.teamwork = 3;
	r.comment = "first";
	assert_int_equal(mbo_eval_rate(f->m, t.zhao, t.li, "2026-Q4", &r, &id1, &replaced), MBO_OK);
	assert_false(replaced);
	r.quality = 5;
	r.comment = "second thoughts";
	assert_int_equal(mbo_eval_rate(f->m, t.zhao, t.li, "2026-Q4", &r, &id2, &replaced), MBO_OK);
	assert_true(replaced);
	assert_int_equal(id1, id2);
	assert_int_equal(feedback_rows(f), 1);
	assert_int_equal(fx_int(f, "SELECT quality FROM feedback"), 5);

	assert_int_equal(mbo_undo_last(f->m, t.zhao, buf, sizeof buf), MBO_OK);
	assert_non_null(strstr(buf, "replace peer feedback on li.wei"));
	assert_int_equal(fx_int(f, "SELECT quality FROM feedback"), 3);
	assert_int_equal(mbo_undo_last(f->m, t.zhao, buf, sizeof buf), MBO_OK);
	assert_int_equal(feedback_rows(f), 0);
	/* The request and a summary are undone like any change. */
	assert_int_equal(mbo_eval_summary(f->m, t.chen, t.li, "2026-Q4", "Good"), MBO_OK);
	assert_int_equal(mbo_undo_last(f->m, t.chen, buf, sizeof buf), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM evaluation"), 0);
	assert_int_equal(mbo_undo_last(f->m, t.chen, buf, sizeof buf), MBO_OK);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM feedback_request"), 0);
}

static void test_missing_parts(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_evaluation e;
	int64_t g;

	make_team(f, &t);
	/* Nothing at all: no score, no grade. */
	assert_int_equal(mbo_eval_compute(f->m, t.li, t.li, "2026-Q4", &e), MBO_OK);
	assert_false(e.has_quantitative);
	assert_false(e.has_qualitative);
	assert_false(e.has_final);
	assert_string_equal(e.grade, "");
	assert_string_equal(e.summary, "");
	assert_int_equal(e.nmissing, 5);
	assert_false(e.bonus.configured);
	mbo_evaluation_free(&e);

	/* Goals only: the final score is the quantitative one. A level goal
	 * counts its progress from the baseline. */
	g = goal(f, t.li, "active_customers", "customers", "up", "30", "1", "2026-10-01", "2026-12-31", "active");
	fx_sql(f, "UPDATE goal SET kind = 'level', baseline = 200000");
	fx_checkin(f, g, "2026-11-10", "26");
	assert_int_equal(mbo_eval_compute(f->m, t.li, t.li, "2026-Q4", &e), MBO_OK);
	/* (26 - 20) / (30 - 20) = 0.60 */
	assert_int_equal(e.goals[0].completion, fx_dec("0.6"));
	assert_int_equal(e.quantitative, fx_dec("60"));
	assert_false(e.has_qualitative);
	assert_int_equal(e.blend_used, fx_dec("1"));
	assert_int_equal(e.final, fx_dec("60"));
	assert_string_equal(e.grade, "C");
	mbo_evaluation_free(&e);

	/* Below every band: no grade. */
	set(f, "eval.grades", "A:90,B:75");
	assert_int_equal(mbo_eval_compute(f->m, t.li, t.li, "2026-Q4", &e), MBO_OK);
	assert_string_equal(e.grade, "");
	mbo_evaluation_free(&e);
	/* A malformed setting is refused when set, and named when it got in
	 * by another way (the sqlite3 shell). */
	refused(f, mbo_setting_set(f->m, f->admin, "eval.grades", "B:75,A:90"), MBO_EINVAL, "eval.grades");
	fx_sql(f, "UPDATE setting SET value = 'B:75,A:90' WHERE key = 'eval.grades'");
	refused(f, mbo_eval_compute(f->m, t.li, t.li, "2026-Q4", &e), MBO_EINVAL, "eval.grades");
	mbo_evaluation_free(&e);
	set(f, "eval.grades", "S:95,A:85,B:70,C:60,D:0");
	set(f, "eval.blend.quantitative", "1.5");
	refused(f, mbo_eval_compute(f->m, t.li, t.li, "2026-Q4", &e), MBO_EINVAL, "eval.blend.quantitative");
	mbo_evaluation_free(&e);
}

static void test_grades_parse(void **state)
{
	mbo_grade_band b[MBO_GRADES_MAX];
	const char *why;
	size_t n;

	(void)state;
	assert_int_equal(mbo_eval_grades_parse("S:95,A:85,B:70,C:60,D:0", b, MBO_GRADES_MAX, &n, &why), 0);
	assert_int_equal(n, 5);
	assert_string_equal(b[0].name, "S");
	assert_int_equal(b[0].min, fx_dec("95"));
	assert_string_equal(b[4].name, "D");
	assert_int_equal(b[4].min, 0);
	assert_int_equal(mbo_eval_grades_parse(" 优秀 : 90.5 , 合格:60", b, MBO_GRADES_MAX, &n, &why), 0);
	assert_int_equal(n, 2);
	assert_string_equal(b[0].name, "优秀");
	assert_int_equal(b[0].min, fx_dec("90.5"));
	assert_int_equal(mbo_eval_grades_parse("", b, MBO_GRADES_MAX, &n, &why), -1);
	assert_int_equal(mbo_eval_grades_parse("S95", b, MBO_GRADES_MAX, &n, &why), -1);
	assert_int_equal(mbo_eval_grades_parse("S:x", b, MBO_GRADES_MAX, &n, &why), -1);
	assert_int_equal(mbo_eval_grades_parse("S:-1", b, MBO_GRADES_MAX, &n, &why), -1);
	assert_int_equal(mbo_eval_grades_parse(":50", b, MBO_GRADES_MAX, &n, &why), -1);
	assert_int_equal(mbo_eval_grades_parse("A:50,B:50", b, MBO_GRADES_MAX, &n, &why), -1);
	assert_int_equal(mbo_eval_grades_parse("A:50,", b, MBO_GRADES_MAX, &n, &why), -1);
	assert_int_equal(mbo_eval_grades_parse("A:50,B:40,C:30", b, 2, &n, &why), -1);
}

/* Bonus bands: nothing below the first point, linear between points, the
 * last multiplier from the last point on. */
static void test_bonus_bands(void **state)
{
	fx *f = *state;
	mbo_bonus_point p[MBO_BONUS_POINTS_MAX];
	mbo_bonus b;
	const char *why;
	size_t n;

	assert_int_equal(mbo_bonus_at(f->m, fx_dec("0.9"), &b), MBO_OK);
	assert_false(b.configured);      /* none by default */

	set(f, "eval.bonus", "0.8:0.5,1.0:1.0,1.2:1.5");
	/* A scale with no base yet pays nothing: no bonus shown. */
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("0.9"), &b), MBO_OK);
	assert_false(b.configured);
	set(f, "eval.bonus_base", "10000");
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("0.5"), &b), MBO_OK);
	assert_true(b.configured);
	assert_int_equal(b.payout, 0);
	assert_int_equal(b.next_completion, fx_dec("0.8"));
	assert_string_equal(b.message, "reach 80% for 5,000.00 CNY, 5,000.00 more");
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("0.8"), &b), MBO_OK);
	assert_int_equal(b.payout, fx_dec("5000"));
	assert_string_equal(b.message, "reach 100% for 10,000.00 CNY, 5,000.00 more");
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("0.92"), &b), MBO_OK);
	assert_int_equal(b.multiplier, fx_dec("0.8"));
	assert_int_equal(b.payout, fx_dec("8000"));
	assert_int_equal(b.next_more, fx_dec("2000"));
	assert_string_equal(b.message, "reach 100% for 10,000.00 CNY, 2,000.00 more");
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("1"), &b), MBO_OK);
	assert_int_equal(b.payout, fx_dec("10000"));
	assert_string_equal(b.message, "reach 120% for 15,000.00 CNY, 5,000.00 more");
	/* The accelerator: 2.5 times the base per unit of completion above 100%. */
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("1.1"), &b), MBO_OK);
	assert_int_equal(b.payout, fx_dec("12500"));
	assert_false(b.at_cap);
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("1.2"), &b), MBO_OK);
	assert_true(b.at_cap);
	assert_false(b.has_next);
	assert_int_equal(b.payout, fx_dec("15000"));
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("1.75"), &b), MBO_OK);
	assert_int_equal(b.payout, fx_dec("15000"));
	assert_string_equal(b.message, "15,000.00 CNY, the top of the scale");
	/* Rounded once, to cents: 1/3 of the way is 0.5 + 0.1667 of 10,000. */
	set(f, "eval.bonus", "0:0,0.3:1");
	set(f, "eval.bonus_base", "100");
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("0.1"), &b), MBO_OK);
	assert_int_equal(b.payout, fx_dec("33.33"));
	assert_int_equal(b.multiplier, fx_dec("0.3333"));

	refused(f, mbo_setting_set(f->m, f->admin, "eval.bonus", "1.0:1.0,0.8:0.5"), MBO_EINVAL, "eval.bonus");
	fx_sql(f, "UPDATE setting SET value = '1.0:1.0,0.8:0.5' WHERE key = 'eval.bonus'");
	refused(f, mbo_bonus_at(f->m, fx_dec("1"), &b), MBO_EINVAL, "eval.bonus");
	set(f, "eval.bonus", "none");
	assert_int_equal(mbo_bonus_at(f->m, fx_dec("1"), &b), MBO_OK);
	assert_false(b.configured);

	assert_int_equal(mbo_bonus_scale_parse("", p, MBO_BONUS_POINTS_MAX, &n, &why), 0);
	assert_int_equal(n, 0);
	assert_int_equal(mbo_bonus_scale_parse("0.8:0.5,1.0:0.4", p, MBO_BONUS_POINTS_MAX, &n, &why), -1);
	assert_int_equal(mbo_bonus_scale_parse("0.8:0.5,0.8:0.6", p, MBO_BONUS_POINTS_MAX, &n, &why), -1);
	assert_int_equal(mbo_bonus_scale_parse("0.8", p, MBO_BONUS_POINTS_MAX, &n, &why), -1);
	assert_int_equal(mbo_bonus_scale_parse("1:1", p, MBO_BONUS_POINTS_MAX, &n, &why), 0);
	assert_int_equal(n, 1);
}

/* A database of schema version 1 opens and is migrated, keeping its rows
 * and settings, with the evaluation tables and their default settings. */
static void test_migration_from_version_1(void **state)
{
	fx *f = *state;
	const char *cut = strstr(mbo_schema_sql, "\n-- @version 2");
	char path[400], *v1;
	sqlite3 *db;
	mbo *m = NULL;
	sqlite3_stmt *st;

	assert_non_null(cut);
	v1 = strndup(mbo_schema_sql, (size_t)(cut - mbo_schema_sql) + 1);
	assert_non_null(v1);
	snprintf(path, sizeof path, "%s/v1.db", f->dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, v1, NULL, NULL, NULL), SQLITE_OK);
	free(v1);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 1; "
	                                  "INSERT INTO person(login, name, role, created_at) "
	                                  "VALUES ('li.wei', 'Li Wei', 'sales', '2026-01-01T00:00:00Z'); "
	                                  "UPDATE setting SET value = '0.90' WHERE key = 'pace.on_track';",
	                                  NULL, NULL, NULL), SQLITE_OK);
	/* Version 1 has no evaluation tables. */
	assert_int_not_equal(sqlite3_exec(db, "SELECT * FROM feedback", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);

	assert_int_equal(mbo_open(path, 0, &m), MBO_OK);
	db = mbo_sqlite(m);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT user_version FROM pragma_user_version), "
	                                        "(SELECT count(*) FROM person WHERE login = 'li.wei'), "
	                                        "(SELECT value FROM setting WHERE key = 'pace.on_track'), "
	                                        "(SELECT count(*) FROM setting WHERE key LIKE 'eval.%'), "
	                                        "(SELECT count(*) FROM feedback) + (SELECT count(*) FROM "
	                                        "feedback_request) + (SELECT count(*) FROM evaluation)",
	                                 -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	/* migrated to the current version (2 brought evaluation; 3 an index) */
	assert_int_equal(sqlite3_column_int(st, 0), mbo_schema_version());
	assert_true(mbo_schema_version() >= 2);
	assert_int_equal(sqlite3_column_int(st, 1), 1);
	assert_string_equal((const char *)sqlite3_column_text(st, 2), "0.90");
	assert_int_equal(sqlite3_column_int(st, 3), 16);
	assert_int_equal(sqlite3_column_int(st, 4), 0);
	sqlite3_finalize(st);
	mbo_close(m);

	/* Opening again runs nothing more. */
	assert_int_equal(mbo_open(path, 0, &m), MBO_OK);
	mbo_close(m);
	unlink(path);
	snprintf(path, sizeof path, "%s/v1.db-wal", f->dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/v1.db-shm", f->dir);
	unlink(path);
}

/* The tables' CHECKs hold even for the sqlite3 shell. */
static void test_checks(void **state)
{
	fx *f = *state;
	struct team t;
	sqlite3 *db = mbo_sqlite(f->m);
	char sql[400];

	make_team(f, &t);
	snprintf(sql, sizeof sql, "INSERT INTO feedback(subject_id, period, relation, rater_id, quality, growth, "
	         "teamwork, entered_at) VALUES (%lld, '2026-Q4', 'customer', %lld, 3, 3, 3, 'x')",
	         (long long)t.li, (long long)t.li);
	assert_int_not_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);   /* no customer name */
	snprintf(sql, sizeof sql, "INSERT INTO feedback(subject_id, period, relation, rater_id, quality, growth, "
	         "teamwork, entered_at) VALUES (%lld, '2026-Q4', 'peer', %lld, 6, 3, 3, 'x')",
	         (long long)t.li, (long long)t.zhao);
	assert_int_not_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);   /* rating 6 */
	snprintf(sql, sizeof sql, "INSERT INTO feedback(subject_id, period, relation, rater_id, quality, growth, "
	         "teamwork, entered_at) VALUES (%lld, '2026-Q4', 'self', %lld, 3, 3, 3, 'x')",
	         (long long)t.li, (long long)t.zhao);
	assert_int_not_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);   /* self by another */
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_worked_example),
		T(test_summary_and_reading),
		T(test_self_and_superior),
		T(test_peer_needs_request),
		T(test_customer_feedback),
		T(test_subordinate),
		T(test_rating_input),
		T(test_replace_and_undo),
		T(test_missing_parts),
		T(test_grades_parse),
		T(test_bonus_bands),
		T(test_migration_from_version_1),
		T(test_checks),
	};

	setenv("MBO_TODAY", "2026-11-27", 1);
	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
