/*
 * eval.c: evaluation of a person for a period (目标评估) and the bonus
 * scale (激励与约束).
 *
 * The quantitative part is the completion of the person's goals in the
 * period, capped and weighted by goal weight; the qualitative part is 360-
 * degree feedback weighted by criterion and by relation, with the weight of
 * a relation that gave no feedback shared out among the others; the final
 * score blends the two and falls in a grade band. Every number is an exact
 * decimal rounded once where it is shown: ratios to four places,
 * percentages to two. docs/design.md, "Evaluation", has the formulas and a
 * worked example (also a test: tests/test_eval.c).
 *
 * Who may rate whom, request peer feedback, write the summary and read the
 * result is decided here, from the org tree (mbo_relation) and the requests
 * for peer feedback; the generic matrix of perm.c has no row for it. The
 * rows (ratings, requests, summaries) are feedback.c's records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "feedback_priv.h"
#include "goal_priv.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/setting.h"
#include "mbo/undo.h"

static const char *const criterion_names[MBO_EVAL_NCRIT] = { "quality", "growth", "teamwork" };
static const char *const relation_keys[MBO_EVAL_NREL] = {
	"eval.relation.self", "eval.relation.superior", "eval.relation.peer",
	"eval.relation.customer", "eval.relation.subordinate"
};
static const char *const criterion_keys[MBO_EVAL_NCRIT] = {
	"eval.weight.quality", "eval.weight.growth", "eval.weight.teamwork"
};
/* Defaults when a setting is missing (a database the admin has trimmed). */
static const mbo_dec relation_defaults[MBO_EVAL_NREL] = { 1000, 4000, 2000, 2000, 1000 };
static const mbo_dec criterion_defaults[MBO_EVAL_NCRIT] = { 4000, 3000, 3000 };

#define DEFAULT_GRADES "S:95,A:85,B:70,C:60,D:0"

const char *mbo_eval_criterion_name(int criterion)
{
	return criterion >= 0 && criterion < MBO_EVAL_NCRIT ? criterion_names[criterion] : "?";
}

/* ---- Exact arithmetic ---- */



/* A ratio (1.0000 = 100%) as a percent with two places: exact, since a
 * ratio has four. */
static mbo_dec ratio_to_percent(mbo_dec r)
{
	return mbo_dec_sat((__int128)r * 100);
}

/* "100", "87.5": a ratio as a percent for messages. */
static char *percent_text(mbo_dec ratio, char *buf)
{
	return mbo_dec_format(ratio_to_percent(ratio), 0, true, buf);
}

/* ---- Settings ---- */

struct eval_cfg {
	mbo_dec cap;
	mbo_dec crit[MBO_EVAL_NCRIT];
	mbo_dec rel[MBO_EVAL_NREL];
	mbo_dec blend;
	mbo_grade_band bands[MBO_GRADES_MAX];
	size_t nbands;
	bool peers_anonymous, subordinates_anonymous;
};

/* Splits "a:b,c:d" items: calls fn on each trimmed "left" and "right". */
static int parse_pairs(const char *s, int (*fn)(void *, const char *, const char *, const char **),
                       void *arg, const char **why)
{
	char item[128], *colon, *l, *r, *e;
	const char *p = s, *comma;
	size_t len;

	while (*p) {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		if (len >= sizeof item) {
			*why = _("has an item that is too long");
			return -1;
		}
		memcpy(item, p, len);
		item[len] = '\0';
		colon = strchr(item, ':');
		if (colon == NULL) {
			*why = _("needs items written NAME:NUMBER separated by commas");
			return -1;
		}
		*colon = '\0';
		l = item;
		r = colon + 1;
		while (*l == ' ')
			l++;
		for (e = l + strlen(l); e > l && e[-1] == ' '; e--)
			e[-1] = '\0';
		while (*r == ' ')
			r++;
		for (e = r + strlen(r); e > r && e[-1] == ' '; e--)
			e[-1] = '\0';
		if (fn(arg, l, r, why))
			return -1;
		if (comma == NULL)
			break;
		p = comma + 1;
		if (*p == '\0') {
			*why = _("ends with a comma");
			return -1;
		}
	}
	return 0;
}

struct grades_arg {
	mbo_grade_band *out;
	size_t cap, n;
};

static int grade_item(void *arg, const char *name, const char *min, const char **why)
{
	struct grades_arg *a = arg;
	const unsigned char *c;
	mbo_dec v;

	if (*name == '\0' || strlen(name) > MBO_GRADE_MAX) {
		*why = _("has a grade without a name or with a name over 15 characters");
		return -1;
	}
	for (c = (const unsigned char *)name; *c; c++) {
		if (*c < 0x20 || *c == 0x7f) {
			*why = _("has a grade name with control characters");
			return -1;
		}
	}
	if (mbo_dec_parse(min, &v, why) != 0 || v < 0) {
		*why = _("has a minimum that is not a number of 0 or more");
		return -1;
	}
	if (a->n > 0 && v >= a->out[a->n - 1].min) {
		*why = _("must list the bands from the highest minimum down");
		return -1;
	}
	if (a->n == a->cap) {
		*why = _("has too many bands (at most 16)");
		return -1;
	}
	snprintf(a->out[a->n].name, sizeof a->out[a->n].name, "%s", name);
	a->out[a->n].min = v;
	a->n++;
	return 0;
}

int mbo_eval_grades_parse(const char *s, mbo_grade_band *out, size_t cap, size_t *n,
                          const char **why)
{
	struct grades_arg a = { out, cap, 0 };

	*n = 0;
	if (s == NULL || *s == '\0') {
		*why = _("is empty; write bands such as S:95,A:85,B:70,C:60,D:0");
		return -1;
	}
	if (parse_pairs(s, grade_item, &a, why))
		return -1;
	*n = a.n;
	return 0;
}

struct bonus_arg {
	mbo_bonus_point *out;
	size_t cap, n;
};

static int bonus_item(void *arg, const char *comp, const char *mult, const char **why)
{
	struct bonus_arg *a = arg;
	mbo_dec c, x;

	if (mbo_dec_parse(comp, &c, why) != 0 || c < 0 || mbo_dec_parse(mult, &x, why) != 0 || x < 0) {
		*why = _("needs points COMPLETION:MULTIPLIER with numbers of 0 or more, such as 1.0:1.0");
		return -1;
	}
	if (a->n > 0 && c <= a->out[a->n - 1].completion) {
		*why = _("must list the points by rising completion");
		return -1;
	}
	if (a->n > 0 && x < a->out[a->n - 1].multiplier) {
		*why = _("has a multiplier that falls as completion rises");
		return -1;
	}
	if (a->n == a->cap) {
		*why = _("has too many points (at most 16)");
		return -1;
	}
	a->out[a->n].completion = c;
	a->out[a->n].multiplier = x;
	a->n++;
	return 0;
}

int mbo_bonus_scale_parse(const char *s, mbo_bonus_point *out, size_t cap, size_t *n,
                          const char **why)
{
	struct bonus_arg a = { out, cap, 0 };

	*n = 0;
	if (s == NULL || *s == '\0' || strcmp(s, "none") == 0 || strcmp(s, "off") == 0)
		return 0;
	if (parse_pairs(s, bonus_item, &a, why))
		return -1;
	*n = a.n;
	return 0;
}

static int load_cfg(mbo *m, struct eval_cfg *c)
{
	char buf[4096];
	const char *why;
	mbo_dec sum = 0;
	int i, rc;

	memset(c, 0, sizeof *c);
	c->cap = mbo_setting_dec(m, "eval.completion_cap", 12000);
	if (c->cap <= 0)
		return mbo_error(m, MBO_EINVAL, _("setting eval.completion_cap: must be more than 0; "
		                   "ask an admin to set it (1.20 caps each goal at 120%%)"));
	for (i = 0; i < MBO_EVAL_NCRIT; i++) {
		c->crit[i] = mbo_setting_dec(m, criterion_keys[i], criterion_defaults[i]);
		if (c->crit[i] < 0)
			c->crit[i] = 0;
		sum += c->crit[i];
	}
	if (sum == 0)
		return mbo_error(m, MBO_EINVAL, _("settings eval.weight.quality, growth and teamwork are all "
		                   "0; ask an admin to give at least one a weight"));
	for (i = 0; i < MBO_EVAL_NREL; i++) {
		c->rel[i] = mbo_setting_dec(m, relation_keys[i], relation_defaults[i]);
		if (c->rel[i] < 0)
			c->rel[i] = 0;
	}
	c->blend = mbo_setting_dec(m, "eval.blend.quantitative", 6000);
	if (c->blend < 0 || c->blend > MBO_DEC(1))
		return mbo_error(m, MBO_EINVAL, _("setting eval.blend.quantitative: must be from 0 to 1; "
		                   "ask an admin to set it (0.60 weighs goals 60%%, feedback 40%%)"));
	rc = mbo_setting_get(m, "eval.grades", buf, sizeof buf);
	if (rc == MBO_ENOTFOUND)
		snprintf(buf, sizeof buf, "%s", DEFAULT_GRADES);
	else if (rc)
		return rc;
	if (mbo_eval_grades_parse(buf, c->bands, MBO_GRADES_MAX, &c->nbands, &why) != 0)
		return mbo_error(m, MBO_EINVAL, _("setting eval.grades: '%s' %s; ask an admin to fix it, "
		                   "e.g. S:95,A:85,B:70,C:60,D:0"), buf, why);
	c->peers_anonymous = mbo_setting_int(m, "eval.peers_anonymous", 1) != 0;
	c->subordinates_anonymous = mbo_setting_int(m, "eval.subordinates_anonymous", 1) != 0;
	return MBO_OK;
}

/* ---- The bonus ---- */

/* A money amount rounded to cents from an exact num / den (raw units). */
static mbo_dec cents(__int128 num, __int128 den)
{
	return mbo_dec_sat(mbo_div_round(num, den * 100) * 100);
}

int mbo_bonus_at(mbo *m, mbo_dec completion, mbo_bonus *out)
{
	mbo_bonus_point pts[MBO_BONUS_POINTS_MAX];
	char buf[4096], a[40], b[40], c[40];
	const char *why;
	size_t n, i;
	int rc;

	memset(out, 0, sizeof *out);
	out->completion = completion;
	rc = mbo_setting_get(m, "eval.bonus", buf, sizeof buf);
	if (rc == MBO_ENOTFOUND)
		return MBO_OK;
	if (rc)
		return rc;
	if (mbo_bonus_scale_parse(buf, pts, MBO_BONUS_POINTS_MAX, &n, &why) != 0)
		return mbo_error(m, MBO_EINVAL, _("setting eval.bonus: '%s' %s; ask an admin to fix it, "
		                   "e.g. 0.8:0.5,1.0:1.0,1.2:1.5, or none"), buf, why);
	if (n == 0)
		return MBO_OK;
	rc = mbo_setting_get(m, "eval.bonus_base", buf, sizeof buf);
	if (rc == MBO_OK && (mbo_dec_parse(buf, &out->base, &why) != 0 || out->base < 0))
		return mbo_error(m, MBO_EINVAL, _("setting eval.bonus_base: '%s' is not an amount of 0 or "
		                   "more; ask an admin to set it, e.g. 10000"), buf);
	if (rc && rc != MBO_ENOTFOUND)
		return rc;
	/* A scale without a base pays nothing: show no bonus rather than
	 * "reach 100% for 0.00". */
	if (out->base == 0)
		return MBO_OK;
	if (mbo_setting_get(m, "eval.bonus_currency", out->currency, sizeof out->currency) != MBO_OK)
		out->currency[0] = '\0';
	out->configured = true;

	if (completion < pts[0].completion) {
		i = 0;                  /* below the threshold: nothing yet */
		out->multiplier = 0;
		out->payout = 0;
		out->has_next = true;
	} else {
		for (i = 0; i + 1 < n && completion >= pts[i + 1].completion; i++)
			;
		if (i + 1 == n) {
			out->at_cap = true;
			out->multiplier = pts[i].multiplier;
			out->payout = cents((__int128)out->base * pts[i].multiplier, MBO_DEC_SCALE);
		} else {
			/* Linear between points i and i + 1: m_i + (c - c_i) dm / dc. */
			__int128 dc = pts[i + 1].completion - pts[i].completion;
			__int128 num = (__int128)pts[i].multiplier * dc +
			               (__int128)(completion - pts[i].completion) *
			                       (pts[i + 1].multiplier - pts[i].multiplier);
			out->multiplier = mbo_dec_sat(mbo_div_round(num, dc));
			out->payout = cents((__int128)out->base * num, dc * MBO_DEC_SCALE);
			out->has_next = true;
			i++;
		}
	}
	if (out->has_next) {
		out->next_completion = pts[i].completion;
		out->next_payout = cents((__int128)out->base * pts[i].multiplier, MBO_DEC_SCALE);
		out->next_more = out->next_payout - out->payout;
		snprintf(out->message, sizeof out->message, _("reach %s%% for %s%s%s, %s more"),
		         percent_text(out->next_completion, a), mbo_dec_format(out->next_payout, 2, true, b),
		         out->currency[0] ? " " : "", out->currency, mbo_dec_format(out->next_more, 2, true, c));
	} else {
		snprintf(out->message, sizeof out->message, _("%s%s%s, the top of the scale"),
		         mbo_dec_format(out->payout, 2, true, a), out->currency[0] ? " " : "", out->currency);
	}
	return MBO_OK;
}

/* ---- Who may do what ---- */

static int check_period(mbo *m, const char *period, mbo_day *first, mbo_day *last)
{
	const char *why;

	if (period == NULL || *period == '\0')
		return mbo_error(m, MBO_EINVAL, _("period: missing; give --period such as 2026-Q4"));
	if (strlen(period) > MBO_PERIOD_MAX || mbo_period_parse(period, first, last, &why) != 0)
		return mbo_error(m, MBO_EINVAL, _("period: '%.20s' %s"), period,
		                 strlen(period) > MBO_PERIOD_MAX
		                         ? _("is not a period; write 2026, 2026-Q4, 2026-11 or 2026-W48") : why);
	return MBO_OK;
}

/* The acting person, who must exist and be active. */
static int get_actor(mbo *m, int64_t actor, mbo_person *a)
{
	int rc = mbo_person_get(m, actor, a);

	if (rc == MBO_ENOTFOUND)
		return mbo_error(m, MBO_EPERM, _("you are not a person in this database; ask an admin to add you"));
	if (rc)
		return rc;
	if (!a->active)
		return mbo_error(m, MBO_EPERM, _("%s is no longer active; ask an admin"), a->login);
	return MBO_OK;
}

static int get_subject(mbo *m, int64_t subject, mbo_person *s)
{
	int rc = mbo_person_get(m, subject, s);

	if (rc == MBO_ENOTFOUND)
		return mbo_error(m, MBO_ENOTFOUND, _("no person with id %lld; see `mbo person list`"),
		                 (long long)subject);
	return rc;
}

/* May `a` give feedback on `s` as relation `rel`? MBO_EPERM saying who may. */
static int may_rate(mbo *m, const mbo_person *a, const mbo_person *s, int rel, const char *period)
{
	int r = mbo_relation(m, a->id, s->id);
	int64_t req;
	int rc;

	switch (rel) {
	case MBO_EVAL_SELF:
		if (r == MBO_REL_SELF)
			return MBO_OK;
		return mbo_error(m, MBO_EPERM, _("relation self: only %s rates themselves; you (%s) may rate "
		                   "them as their superior, peer or subordinate if you are one"), s->login, a->login);
	case MBO_EVAL_SUPERIOR:
		if (r == MBO_REL_ABOVE)
			return MBO_OK;
		return mbo_error(m, MBO_EPERM, _("relation superior: you (%s) are not above %s; only their "
		                   "managers rate them as superior"), a->login, s->login);
	case MBO_EVAL_PEER:
		if (r == MBO_REL_SELF || s->manager_id == 0 || a->manager_id != s->manager_id)
			return mbo_error(m, MBO_EPERM, _("relation peer: you (%s) are not a peer of %s; peers "
			                   "share a manager"), a->login, s->login);
		rc = mbo_feedback_request_find(m, s->id, a->id, period, &req);
		if (rc)
			return rc;
		if (req == 0)
			return mbo_error(m, MBO_EPERM, _("relation peer: you (%s) have not been asked for feedback "
			                   "on %s for %s; their manager %s can ask you"), a->login, s->login, period,
			                 s->manager);
		return MBO_OK;
	case MBO_EVAL_CUSTOMER:
		if (r == MBO_REL_SELF || r == MBO_REL_ABOVE)
			return MBO_OK;
		return mbo_error(m, MBO_EPERM, _("relation customer: you (%s) may not enter customer feedback "
		                   "on %s; only they or their managers may"), a->login, s->login);
	case MBO_EVAL_SUBORDINATE:
		if (r == MBO_REL_BELOW)
			return MBO_OK;
		return mbo_error(m, MBO_EPERM, _("relation subordinate: you (%s) do not report to %s; only "
		                   "people below them rate them as subordinates"), a->login, s->login);
	}
	return mbo_error(m, MBO_EINVAL, _("relation: must be self, superior, peer, customer or subordinate"));
}

/* Copies s without leading and trailing spaces into buf. */
static const char *trimmed(const char *s, char *buf, size_t cap)
{
	size_t len;

	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len >= cap)
		len = cap - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return buf;
}

static int check_rating(mbo *m, const char *field, int v)
{
	if (v < 1 || v > 5)
		return mbo_error(m, MBO_EINVAL, _("%s: %d is not a rating; give 1 (poor) to 5 (excellent)"),
		                 field, v);
	return MBO_OK;
}

int mbo_eval_rate(mbo *m, int64_t actor, int64_t subject, const char *period,
                  const mbo_rating *r, int64_t *id, bool *replaced)
{
	char name[MBO_RATER_NAME_MAX * 4 + 64], msg[160];
	mbo_person a, s;
	mbo_day first, last;
	int64_t existing = 0;
	int rc;

	if (id)
		*id = 0;
	if (replaced)
		*replaced = false;
	if ((rc = check_period(m, period, &first, &last)))
		return rc;
	if (r->relation < 0 || r->relation >= MBO_EVAL_NREL)
		return mbo_error(m, MBO_EINVAL, _("relation: must be self, superior, peer, customer or subordinate"));
	if ((rc = check_rating(m, "quality", r->quality)) || (rc = check_rating(m, "growth", r->growth)) ||
	    (rc = check_rating(m, "teamwork", r->teamwork)))
		return rc;
	trimmed(r->rater_name ? r->rater_name : "", name, sizeof name);
	if (r->relation == MBO_EVAL_CUSTOMER) {
		if (name[0] == '\0')
			return mbo_error(m, MBO_EINVAL, _("rater_name: customer feedback names the customer; "
			                   "give the customer's name"));
		if ((rc = mbo_check_text(m, "rater_name", name, 1, MBO_RATER_NAME_MAX, false)))
			return rc;
	} else if (name[0] != '\0') {
		return mbo_error(m, MBO_EINVAL, _("rater_name: only customer feedback names a rater; "
		                   "leave the name out for %s feedback"), mbo_eval_relation_name(r->relation));
	}
	if ((rc = mbo_check_text(m, "comment", r->comment, 0, MBO_COMMENT_MAX, true)))
		return rc;
	if (first > mbo_today()) {
		char d[16];
		return mbo_error(m, MBO_EINVAL, _("period: %s starts on %s, after today; give feedback on "
		                   "work done"), period, mbo_day_format(first, d));
	}
	if ((rc = get_actor(m, actor, &a)) || (rc = get_subject(m, subject, &s)) ||
	    (rc = may_rate(m, &a, &s, r->relation, period)))
		return rc;

	if ((rc = mbo_feedback_find(m, subject, period, r->relation, actor, name, &existing)))
		return rc;

	snprintf(msg, sizeof msg, "%s %s feedback on %s for %s", existing ? "replace" : "give",
	         mbo_eval_relation_name(r->relation), s.login, period);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	if (mbo_feedback_write(m, existing, subject, period, actor, name, r, id))
		goto fail;
	if (replaced)
		*replaced = existing != 0;
	return mbo_change_commit(m);
fail:
	rc = mbo_errcode(m);
	mbo_change_rollback(m);
	return rc ? rc : MBO_EDB;
}

enum manage { MANAGE_REQUEST, MANAGE_SUMMARY };

/* An admin, or a manager above the subject. */
static int may_manage(mbo *m, const mbo_person *a, const mbo_person *s, enum manage what)
{
	if (a->role == MBO_ROLE_ADMIN || mbo_relation(m, a->id, s->id) == MBO_REL_ABOVE)
		return MBO_OK;
	if (what == MANAGE_REQUEST)
		return mbo_error(m, MBO_EPERM, _("you (%s) may not ask for feedback on %s; only their "
		                 "managers or an admin may"), a->login, s->login);
	return mbo_error(m, MBO_EPERM, _("you (%s) may not write the evaluation summary of %s; only "
	                 "their managers or an admin may"), a->login, s->login);
}

int mbo_eval_request(mbo *m, int64_t actor, int64_t subject, int64_t peer,
                     const char *period, int64_t *id)
{
	mbo_person a, s, p;
	mbo_day first, last;
	char msg[160];
	int64_t existing;
	int rc;

	if (id)
		*id = 0;
	if ((rc = check_period(m, period, &first, &last)) || (rc = get_actor(m, actor, &a)) ||
	    (rc = get_subject(m, subject, &s)) || (rc = may_manage(m, &a, &s, MANAGE_REQUEST)))
		return rc;
	rc = mbo_person_get(m, peer, &p);
	if (rc == MBO_ENOTFOUND)
		return mbo_error(m, MBO_ENOTFOUND, _("peer: no person with id %lld; see `mbo person list`"),
		                 (long long)peer);
	if (rc)
		return rc;
	if (p.id == s.id)
		return mbo_error(m, MBO_EINVAL, _("peer: %s cannot be their own peer; self feedback needs no "
		                   "request"), s.login);
	if (s.manager_id == 0 || p.manager_id != s.manager_id)
		return s.manager[0]
		       ? mbo_error(m, MBO_EINVAL, _("peer: %s is not a peer of %s; peers share a manager (%s)"),
		                   p.login, s.login, s.manager)
		       : mbo_error(m, MBO_EINVAL, _("peer: %s is not a peer of %s; peers share a manager "
		                   "(they have none)"), p.login, s.login);
	if (!p.active)
		return mbo_error(m, MBO_EINVAL, _("peer: %s is no longer active; ask someone else"), p.login);
	if ((rc = mbo_feedback_request_find(m, s.id, p.id, period, &existing)))
		return rc;
	if (existing) {
		if (id)
			*id = existing;
		return MBO_OK;
	}
	snprintf(msg, sizeof msg, "ask %s for feedback on %s for %s", p.login, s.login, period);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	rc = mbo_feedback_request_insert(m, actor, s.id, p.id, period, id);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}

int mbo_eval_requests(mbo *m, int64_t actor, const char *period,
                      mbo_eval_request_item **out, size_t *n)
{
	mbo_person a;
	mbo_day first, last;
	int rc;

	*out = NULL;
	*n = 0;
	if (period && (rc = check_period(m, period, &first, &last)))
		return rc;
	if ((rc = get_actor(m, actor, &a)))
		return rc;
	return mbo_feedback_requests_of(m, actor, period, out, n);
}

int mbo_eval_summary(mbo *m, int64_t actor, int64_t subject, const char *period,
                     const char *text)
{
	mbo_person a, s;
	mbo_day first, last;
	char msg[160];
	int64_t existing = 0;
	int rc;

	if ((rc = check_period(m, period, &first, &last)))
		return rc;
	rc = mbo_check_text(m, "summary", text, 1, MBO_SUMMARY_MAX, true);
	if (rc)
		return rc;
	if ((rc = get_actor(m, actor, &a)) || (rc = get_subject(m, subject, &s)) ||
	    (rc = may_manage(m, &a, &s, MANAGE_SUMMARY)))
		return rc;
	if ((rc = mbo_summary_find(m, subject, period, &existing)))
		return rc;
	snprintf(msg, sizeof msg, "%s the summary of %s for %s", existing ? "rewrite" : "write",
	         s.login, period);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	rc = mbo_summary_write(m, actor, existing, subject, period, text);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}

/* ---- Computing the evaluation ---- */

void mbo_evaluation_free(mbo_evaluation *e)
{
	size_t i;

	if (e == NULL)
		return;
	for (i = 0; i < e->ngoals; i++)
		free(e->goals[i].title);
	free(e->goals);
	for (i = 0; i < e->nfeedback; i++)
		free(e->feedback[i].comment);
	free(e->feedback);
	free(e->summary);
	memset(e, 0, sizeof *e);
}

/* The subject's goals overlapping the period that count: active, achieved
 * or missed. Fills e->goals without actuals. */
static int read_goals(mbo *m, mbo_evaluation *e)
{
	mbo_goal *gs;
	size_t n, i;
	int rc = mbo_goal_list_overlapping(m, e->subject_id, e->first, e->last, &gs, &n);

	if (rc)
		return rc;
	if (n > 0 && (e->goals = calloc(n, sizeof *e->goals)) == NULL) {
		mbo_goal_list_free(gs, n);
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	}
	for (i = 0; i < n; i++) {
		mbo_eval_goal *q = &e->goals[i];
		const mbo_goal *g = &gs[i];

		q->goal_id = g->id;
		q->title = g->title;    /* moved: the goal's copy is set to NULL */
		gs[i].title = NULL;
		snprintf(q->metric, sizeof q->metric, "%s", g->metric);
		snprintf(q->unit, sizeof q->unit, "%s", g->unit);
		q->kind = g->kind;
		q->direction = g->direction;
		q->baseline = g->baseline;
		q->target = g->target;
		q->weight = g->weight;
		q->start = g->start;
		q->due = g->due;
		q->status = g->status;
	}
	e->ngoals = n;
	mbo_goal_list_free(gs, n);
	return MBO_OK;
}

/*
 * Quantitative: each goal's completion as of min(due, end of period),
 * capped at eval.completion_cap and at least 0; the weighted mean of those,
 * sum(w c) / sum(w), rounded once to a ratio of four places, as a percent.
 */
static int quantitative(mbo *m, const struct eval_cfg *c, mbo_evaluation *e)
{
	__int128 num = 0, raw = 0, den = 0;
	size_t i;
	int rc;

	for (i = 0; i < e->ngoals; i++) {
		mbo_eval_goal *q = &e->goals[i];
		mbo_goal g;

		mbo_goal_init(&g);
		g.id = q->goal_id;
		g.kind = q->kind;
		g.direction = q->direction;
		g.baseline = q->baseline;
		g.target = q->target;
		g.start = q->start;
		g.due = q->due;
		q->asof = q->due < e->last ? q->due : e->last;
		rc = mbo_progress_actual(m, &g, q->asof, &q->actual);
		if (rc)
			return rc;
		q->completion = mbo_progress_completion(&g, q->actual);
		q->counted = q->completion;
		if (q->counted > c->cap) {
			q->counted = c->cap;
			q->capped = true;
		}
		if (q->counted < 0)
			q->counted = 0;
		num += (__int128)q->weight * q->counted;
		raw += (__int128)q->weight * q->completion;
		den += q->weight;
	}
	e->completion_cap = c->cap;
	if (den > 0) {
		e->has_quantitative = true;
		e->quantitative = ratio_to_percent(mbo_dec_sat(mbo_div_round(num, den)));
		e->done = ratio_to_percent(mbo_dec_sat(mbo_div_round(raw, den)));
	}
	return MBO_OK;
}

/*
 * Qualitative: a rating's score is sum(w_c r_c) / sum(w_c) over the three
 * criteria; a relation's score is the mean of its ratings' scores; the
 * qualitative score is sum(w_r s_r) / sum(w_r) over the relations that gave
 * feedback (so a missing relation's weight is shared out in proportion),
 * each rounded once to four places; the percent is that score / 5 x 100,
 * rounded once to two places from the exact sum.
 */
static void qualitative(const struct eval_cfg *c, mbo_evaluation *e)
{
	__int128 sums[MBO_EVAL_NREL] = { 0 }, crit[MBO_EVAL_NREL][MBO_EVAL_NCRIT];
	__int128 wsum = 0, num = 0, wpresent = 0;
	size_t i;
	int r, k;

	memset(crit, 0, sizeof crit);
	for (k = 0; k < MBO_EVAL_NCRIT; k++) {
		e->criterion_weight[k] = c->crit[k];
		wsum += c->crit[k];
	}
	for (i = 0; i < e->nfeedback; i++) {
		mbo_eval_feedback *f = &e->feedback[i];
		__int128 s = 0;
		if (f->relation < 0)
			continue;
		for (k = 0; k < MBO_EVAL_NCRIT; k++) {
			s += (__int128)c->crit[k] * f->ratings[k];
			crit[f->relation][k] += f->ratings[k];
		}
		f->score = mbo_dec_sat(mbo_div_round(s * MBO_DEC_SCALE, wsum));
		sums[f->relation] += f->score;
		e->relations[f->relation].count++;
	}
	for (r = 0; r < MBO_EVAL_NREL; r++) {
		mbo_eval_relscore *rs = &e->relations[r];
		rs->relation = r;
		rs->weight = c->rel[r];
		if (rs->count == 0) {
			if (rs->weight > 0)
				e->missing[e->nmissing++] = r;
			continue;
		}
		rs->score = mbo_dec_sat(mbo_div_round(sums[r], (__int128)rs->count));
		for (k = 0; k < MBO_EVAL_NCRIT; k++)
			rs->criteria[k] = mbo_dec_sat(mbo_div_round(crit[r][k] * MBO_DEC_SCALE, (__int128)rs->count));
		wpresent += rs->weight;
		num += (__int128)rs->weight * rs->score;
	}
	if (wpresent == 0)
		return;
	for (r = 0; r < MBO_EVAL_NREL; r++)
		if (e->relations[r].count > 0)
			e->relations[r].weight_used =
			        mbo_dec_sat(mbo_div_round((__int128)e->relations[r].weight * MBO_DEC_SCALE, wpresent));
	e->has_qualitative = true;
	e->qualitative_score = mbo_dec_sat(mbo_div_round(num, wpresent));
	/* score / 5 x 100 = score x 20, to two places of a percent. */
	e->qualitative = mbo_dec_sat(mbo_div_round(num * 20, wpresent * 100) * 100);
}

/* Final = b Q + (1 - b) L from the two shown percentages, rounded once to
 * two places; the grade is the first band whose minimum it reaches. */
static void final_score(const struct eval_cfg *c, mbo_evaluation *e)
{
	size_t i;

	e->blend = c->blend;
	if (e->has_quantitative && e->has_qualitative) {
		__int128 v = (__int128)c->blend * e->quantitative +
		             (__int128)(MBO_DEC_SCALE - c->blend) * e->qualitative;
		e->blend_used = c->blend;
		e->final = mbo_dec_sat(mbo_div_round(v, (__int128)MBO_DEC_SCALE * 100) * 100);
	} else if (e->has_quantitative) {
		e->blend_used = MBO_DEC(1);
		e->final = e->quantitative;
	} else if (e->has_qualitative) {
		e->blend_used = 0;
		e->final = e->qualitative;
	} else {
		return;
	}
	e->has_final = true;
	for (i = 0; i < c->nbands; i++) {
		if (e->final >= c->bands[i].min) {
			snprintf(e->grade, sizeof e->grade, "%s", c->bands[i].name);
			break;
		}
	}
}

static int read_summary(mbo *m, mbo_evaluation *e)
{
	return mbo_summary_read(m, e->subject_id, e->period, &e->summary, e->summary_by,
	                        sizeof e->summary_by, e->summary_at, sizeof e->summary_at);
}

int mbo_eval_compute(mbo *m, int64_t actor, int64_t subject, const char *period,
                     mbo_evaluation *out)
{
	struct eval_cfg cfg;
	mbo_person a, s;
	size_t i;
	int rc, rel;

	memset(out, 0, sizeof *out);
	if ((rc = check_period(m, period, &out->first, &out->last)) || (rc = get_actor(m, actor, &a)) ||
	    (rc = get_subject(m, subject, &s)))
		return rc;
	rel = mbo_relation(m, actor, subject);
	if (rel != MBO_REL_SELF && rel != MBO_REL_ABOVE && a.role != MBO_ROLE_ADMIN)
		return mbo_error(m, MBO_EPERM, _("you (%s) may not see the evaluation of %s; only they, "
		                   "their managers or an admin may"), a.login, s.login);
	if ((rc = load_cfg(m, &cfg)))
		return rc;
	out->subject_id = s.id;
	snprintf(out->subject, sizeof out->subject, "%s", s.login);
	snprintf(out->name, sizeof out->name, "%s", s.name);
	snprintf(out->period, sizeof out->period, "%s", period);

	if ((rc = read_goals(m, out)) || (rc = quantitative(m, &cfg, out)) ||
	    (rc = mbo_feedback_list(m, out->subject_id, out->period, &out->feedback, &out->nfeedback)) ||
	    (rc = read_summary(m, out)))
		return rc;
	qualitative(&cfg, out);
	final_score(&cfg, out);

	/* The subject reads their feedback without the names of anonymous raters. */
	if (rel == MBO_REL_SELF) {
		for (i = 0; i < out->nfeedback; i++) {
			mbo_eval_feedback *f = &out->feedback[i];
			if ((f->relation == MBO_EVAL_PEER && cfg.peers_anonymous) ||
			    (f->relation == MBO_EVAL_SUBORDINATE && cfg.subordinates_anonymous)) {
				f->rater[0] = '\0';
				out->names_hidden = true;
			}
		}
	}
	if (out->has_quantitative) {
		/* The percent has two places, so the ratio is exact. */
		rc = mbo_bonus_at(m, out->quantitative / 100, &out->bonus);
		if (rc)
			return rc;
	}
	return MBO_OK;
}
