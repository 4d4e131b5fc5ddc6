/*
 * decompose.c: decomposing a goal (spec section 2), the workflows.
 *
 * Stages: mbo_goal_split cuts a goal at week, month or quarter ends into
 * milestones holding cumulative targets, weighted by each stage's workdays
 * and, when asked, by the owner's results in the same stretch one year
 * earlier (seasonality). Cascade: mbo_goal_cascade turns a manager's goal
 * into one child goal per team member, by explicit shares, evenly, or in
 * proportion to each member's last comparable period.
 *
 * Both rest on mbo_allocate (plan.c), so the parts always add up to the
 * whole exactly.
 * Every write happens inside one change, so a refused or failed call leaves
 * the database as it was and a successful one is undone as a whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "goal_priv.h"
#include "history_priv.h"
#include "milestone_priv.h"
#include "mbo/calendar.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/i18n.h"
#include "mbo/plan.h"
#include "mbo/text.h"
#include "mbo/undo.h"

static const char *span_name(enum mbo_span by)
{
	switch (by) {
	case MBO_SPAN_WEEK: return "week";
	case MBO_SPAN_MONTH: return "month";
	case MBO_SPAN_QUARTER: return "quarter";
	}
	return "?";
}

/* Loads goal `id` and checks that `actor` may plan it and that it is still
 * open (proposed or active). On success the caller clears *g. */
static int load_plannable(mbo *m, int64_t actor, int64_t id, bool cascade, mbo_goal *g)
{
	int rc;

	mbo_goal_init(g);
	rc = mbo_goal_load(m, id, g);
	if (rc == MBO_OK)
		rc = mbo_perm_check(m, actor, MBO_ACT_PLAN, g->owner_id);
	if (rc == MBO_OK && g->status != MBO_GOAL_PROPOSED && g->status != MBO_GOAL_ACTIVE)
		rc = mbo_error(m, MBO_EINVAL,
		               cascade ? _("goal %lld is %s; only a proposed or active goal can be cascaded")
		                       : _("goal %lld is %s; only a proposed or active goal can be split"),
		               (long long)id, mbo_goal_status_name(g->status));
	if (rc)
		mbo_goal_clear(g);
	return rc;
}

/* The owner's login, for messages. */
static void owner_login(mbo *m, const mbo_goal *g, char *buf, size_t cap)
{
	mbo_person p;

	if (g->owner[0] != '\0')
		snprintf(buf, cap, "%s", g->owner);
	else if (mbo_person_get(m, g->owner_id, &p) == MBO_OK)
		snprintf(buf, cap, "%s", p.login);
	else
		snprintf(buf, cap, _("person %lld"), (long long)g->owner_id);
}

/* ---------------------------------------------------------------------- */
/* Stages                                                                  */

/* Largest weight kept when scaling seasonal weights down to 64 bits. */
#define WEIGHT_CAP ((__int128)1000000000000000)   /* 1e15 */
/* Fixed-point scale of a seasonal rate (history per workday). */
#define RATE_SCALE 1000000

/* Seasonal weights: each stage's workdays times the owner's rate per
 * workday in the same stretch one year earlier. Scaled integers, so the
 * allocation stays exact; *any is false when there is no history at all. */
static int seasonal_weights(mbo *m, const mbo_goal *g, const mbo_day *starts, const mbo_day *ends,
                            const int64_t *wd, size_t n, int64_t *w, bool *any)
{
	__int128 *raw, max = 0, div = 1;
	size_t i;
	int rc;

	*any = false;
	raw = malloc(n * sizeof *raw);
	if (raw == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	for (i = 0; i < n; i++) {
		mbo_day from = mbo_day_minus_year(starts[i]), to = mbo_day_minus_year(ends[i]);
		int64_t wdh = mbo_workdays(m, from, to);
		mbo_dec hist;

		rc = mbo_history_sum(m, g->owner_id, g->metric, -1, from, to, &hist);
		if (rc) {
			free(raw);
			return rc;
		}
		if (hist > 0)
			*any = true;
		if (hist <= 0 || wd[i] == 0)
			raw[i] = 0;
		else
			raw[i] = (__int128)hist * wd[i] * RATE_SCALE / (wdh > 0 ? wdh : 1);
		if (raw[i] > max)
			max = raw[i];
	}
	if (max > WEIGHT_CAP)
		div = max / WEIGHT_CAP + 1;
	for (i = 0; i < n; i++)
		w[i] = (int64_t)(raw[i] / div);
	free(raw);
	return MBO_OK;
}

/* Writes the milestones of one split inside its change. */
static int write_milestones(mbo *m, int64_t actor, const mbo_goal *g, enum mbo_span by, bool weighted,
                            const mbo_day *ends, const mbo_dec *cum, size_t n)
{
	char summary[96], oldv[32], newv[64];
	int64_t old = 0;
	size_t i;
	int rc;

	snprintf(summary, sizeof summary, "split goal %lld by %s", (long long)g->id, span_name(by));
	rc = mbo_change_begin(m, actor, summary);
	if (rc)
		return rc;

	if (mbo_milestone_count(m, g->id, &old) || mbo_milestone_clear(m, g->id))
		goto fail;
	for (i = 0; i < n; i++)
		if (mbo_milestone_put(m, g->id, ends[i], cum[i]))
			goto fail;
	snprintf(oldv, sizeof oldv, "%lld", (long long)old);
	snprintf(newv, sizeof newv, "%zu by %s (%s)", n, span_name(by), weighted ? "weighted" : "even");
	rc = mbo_revision_add(m, actor, g->id, "milestones", oldv, newv, "split into stages");
	if (rc)
		goto fail;
	return mbo_change_commit(m);
fail:
	rc = mbo_errcode(m) ? mbo_errcode(m) : MBO_EDB;
	mbo_change_rollback(m);
	return rc;
}

int mbo_goal_split(mbo *m, int64_t actor, int64_t id, enum mbo_span by, bool weighted)
{
	mbo_goal g;
	mbo_day *starts = NULL, *ends = NULL, s;
	int64_t *wd = NULL, *w = NULL, wdsum = 0;
	mbo_dec *parts = NULL, whole, acc;
	size_t n = 0, i;
	char a[16], b[16], login[MBO_LOGIN_MAX + 16];
	int rc, places;

	if (by != MBO_SPAN_WEEK && by != MBO_SPAN_MONTH && by != MBO_SPAN_QUARTER)
		return mbo_error(m, MBO_EINVAL, _("split: the span must be week, month or quarter"));
	rc = load_plannable(m, actor, id, false, &g);
	if (rc)
		return rc;
	if (g.start == MBO_DAY_NONE || g.due == MBO_DAY_NONE || g.due < g.start) {
		rc = mbo_error(m, MBO_EINVAL, _("goal %lld: set a start and a due date before splitting it"),
		               (long long)id);
		goto done;
	}

	/* Stage ends: the span ends from the start, the last on the due date. */
	for (s = g.start; s <= g.due; s = mbo_span_end(by, s) + 1)
		n++;
	if (n < 2) {
		mbo_day_format(g.start, a);
		mbo_day_format(g.due, b);
		if (by == MBO_SPAN_WEEK)
			rc = mbo_error(m, MBO_EINVAL,
			               _("goal %lld: %s to %s lies within one week, so it has no stages to "
			                 "split into"), (long long)id, a, b);
		else if (by == MBO_SPAN_MONTH)
			rc = mbo_error(m, MBO_EINVAL,
			               _("goal %lld: %s to %s lies within one month; split it by week instead"),
			               (long long)id, a, b);
		else
			rc = mbo_error(m, MBO_EINVAL,
			               _("goal %lld: %s to %s lies within one quarter; split it by month instead"),
			               (long long)id, a, b);
		goto done;
	}
	starts = malloc(n * sizeof *starts);
	ends = malloc(n * sizeof *ends);
	wd = malloc(n * sizeof *wd);
	w = malloc(n * sizeof *w);
	parts = malloc(n * sizeof *parts);
	if (!starts || !ends || !wd || !w || !parts) {
		rc = mbo_error(m, MBO_EFAIL, _("out of memory"));
		goto done;
	}
	for (i = 0, s = g.start; i < n; i++) {
		mbo_day e = mbo_span_end(by, s);
		starts[i] = s;
		ends[i] = e < g.due ? e : g.due;
		wd[i] = mbo_workdays(m, starts[i], ends[i]);
		wdsum += wd[i];
		s = e + 1;
	}
	if (wdsum == 0) {
		rc = mbo_error(m, MBO_EINVAL,
		               _("goal %lld: there is no workday between %s and %s; mark working days "
		                 "with `mbo calendar workday` or revise the dates"),
		               (long long)id, mbo_day_format(g.start, a), mbo_day_format(g.due, b));
		goto done;
	}

	if (weighted) {
		bool any;
		size_t npos = 0;

		rc = seasonal_weights(m, &g, starts, ends, wd, n, w, &any);
		if (rc)
			goto done;
		for (i = 0; i < n; i++)
			npos += w[i] > 0;
		if (!any || npos == 0) {
			owner_login(m, &g, login, sizeof login);
			rc = mbo_error(m, MBO_EINVAL,
			               _("goal %lld: no history of %s for %s a year earlier; "
			                 "split evenly (without --weighted)"),
			               (long long)id, g.metric, login);
			goto done;
		}
	} else {
		memcpy(w, wd, n * sizeof *w);
	}

	/* Cumulative targets: a sum goal grows from 0 to the target, a level
	 * goal from the baseline to the target. */
	places = mbo_goal_places(&g);
	whole = g.kind == MBO_KIND_LEVEL ? g.target - g.baseline : g.target;
	if (mbo_allocate(whole, w, n, places, parts) != 0) {
		rc = mbo_error(m, MBO_EFAIL, _("goal %lld: could not divide the target into stages"),
		               (long long)id);
		goto done;
	}
	acc = g.kind == MBO_KIND_LEVEL ? g.baseline : 0;
	for (i = 0; i < n; i++) {
		acc += parts[i];
		parts[i] = acc;
	}
	rc = write_milestones(m, actor, &g, by, weighted, ends, parts, n);
done:
	free(starts);
	free(ends);
	free(wd);
	free(w);
	free(parts);
	mbo_goal_clear(&g);
	return rc;
}

/* ---------------------------------------------------------------------- */
/* Cascade                                                                 */

/* Copies at most `chars` characters of UTF-8 s into buf (cap bytes). */
static void copy_chars(char *buf, size_t cap, const char *s, size_t chars)
{
	size_t i = 0, seen = 0;

	while (s[i] != '\0') {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (seen == chars)
				break;
			seen++;
		}
		i++;
	}
	while (i > 0 && i >= cap) {   /* back off to a character boundary */
		i--;
		while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
			i--;
	}
	memcpy(buf, s, i);
	buf[i] = '\0';
}

/* The members of a cascade, checked: from the shares, or the owner's
 * active direct reports. *people is the caller's to free. */
static int cascade_members(mbo *m, const mbo_goal *g, int mode, const mbo_share *shares, size_t n,
                           mbo_person **people, size_t *count)
{
	char owner[MBO_LOGIN_MAX + 16];
	mbo_person *v;
	int64_t *ids = NULL;
	size_t nids = 0, i, j, k = 0;
	int rc;

	*people = NULL;
	*count = 0;
	owner_login(m, g, owner, sizeof owner);
	if (n > 0) {
		v = calloc(n, sizeof *v);
		if (v == NULL)
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		for (i = 0; i < n; i++) {
			if (mode != MBO_CASCADE_SHARES && shares[i].has_amount) {
				free(v);
				return mbo_error(m, MBO_EINVAL,
				                 _("goal %lld: %s has a share, but an even or by-history cascade "
				                   "takes logins only; drop the share or use --to alone"),
				                 (long long)g->id, shares[i].login);
			}
			for (j = 0; j < i; j++) {
				if (strcmp(shares[j].login, shares[i].login) == 0) {
					free(v);
					return mbo_error(m, MBO_EINVAL,
					                 _("goal %lld: %s is named twice; name each member once"),
					                 (long long)g->id, shares[i].login);
				}
			}
			rc = mbo_person_find(m, shares[i].login, &v[i]);
			if (rc) {
				free(v);
				if (rc == MBO_ENOTFOUND)
					return mbo_error(m, MBO_ENOTFOUND,
					                 _("goal %lld: there is no person with login %s; "
					                   "see `mbo person list`"),
					                 (long long)g->id, shares[i].login);
				return rc;
			}
			if (!mbo_person_is_above(m, g->owner_id, v[i].id)) {
				free(v);
				return mbo_error(m, MBO_EINVAL,
				                 _("goal %lld: %s is not in %s's team; cascade only to people "
				                   "below %s"),
				                 (long long)g->id, shares[i].login, owner, owner);
			}
			if (!v[i].active) {
				free(v);
				return mbo_error(m, MBO_EINVAL,
				                 _("goal %lld: %s is no longer active; leave them out"),
				                 (long long)g->id, shares[i].login);
			}
		}
		*people = v;
		*count = n;
		return MBO_OK;
	}

	if (mode == MBO_CASCADE_SHARES)
		return mbo_error(m, MBO_EINVAL,
		                 _("goal %lld: name the members and their shares with --to LOGIN=SHARE,..."),
		                 (long long)g->id);
	rc = mbo_person_reports(m, g->owner_id, &ids, &nids);
	if (rc)
		return rc;
	v = nids ? calloc(nids, sizeof *v) : NULL;
	if (nids && v == NULL) {
		free(ids);
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	}
	for (i = 0; i < nids; i++) {
		rc = mbo_person_get(m, ids[i], &v[k]);
		if (rc) {
			free(ids);
			free(v);
			return rc;
		}
		if (v[k].active)
			k++;
	}
	free(ids);
	if (k == 0) {
		free(v);
		return mbo_error(m, MBO_EINVAL,
		                 _("goal %lld: %s has no team members to cascade to; name them with --to"),
		                 (long long)g->id, owner);
	}
	*people = v;
	*count = k;
	return MBO_OK;
}

/* Weights of a SHARES cascade: percentages or amounts, checked. */
static int share_weights(mbo *m, const mbo_goal *g, const mbo_share *shares, size_t n, int64_t *w)
{
	char sbuf[40], tbuf[40], dbuf[40];
	size_t i, npct = 0;
	__int128 sum = 0;

	for (i = 0; i < n; i++) {
		if (!shares[i].has_amount)
			return mbo_error(m, MBO_EINVAL,
			                 _("goal %lld: %s has no share; write %s=AMOUNT or %s=PERCENT%%"),
			                 (long long)g->id, shares[i].login, shares[i].login, shares[i].login);
		npct += shares[i].percent;
		sum += shares[i].amount;
	}
	if (npct != 0 && npct != n)
		return mbo_error(m, MBO_EINVAL,
		                 _("goal %lld: give every share as a percentage or every share as an "
		                   "amount, not both"), (long long)g->id);

	if (npct == n) {
		for (i = 0; i < n; i++) {
			if (shares[i].amount <= 0)
				return mbo_error(m, MBO_EINVAL,
				                 _("goal %lld: %s's share must be more than 0%%; leave them out instead"),
				                 (long long)g->id, shares[i].login);
			w[i] = shares[i].amount;
		}
		if (sum != MBO_DEC(100)) {
			mbo_dec diff = (mbo_dec)(MBO_DEC(100) - sum);
			return mbo_error(m, MBO_EINVAL,
			                 diff < 0 ? _("goal %lld: the percentages add up to %s%%, not 100%% "
			                              "(%s too much); make them add up to exactly 100")
			                          : _("goal %lld: the percentages add up to %s%%, not 100%% "
			                              "(%s short); make them add up to exactly 100"),
			                 (long long)g->id, mbo_dec_format((mbo_dec)sum, 0, false, sbuf),
			                 mbo_dec_format(diff < 0 ? -diff : diff, 0, false, dbuf));
		}
		return MBO_OK;
	}

	for (i = 0; i < n; i++) {
		mbo_dec a = shares[i].amount;
		if (a == 0 || (g->target > 0 && a < 0) || (g->target < 0 && a > 0))
			return mbo_error(m, MBO_EINVAL,
			                 g->target < 0 ? _("goal %lld: %s's share %s must be below 0, like the "
			                                   "target %s")
			                               : _("goal %lld: %s's share %s must be above 0, like the "
			                                   "target %s"),
			                 (long long)g->id, shares[i].login, mbo_dec_format(a, 2, false, sbuf),
			                 mbo_dec_format(g->target, 2, false, tbuf));
		w[i] = a < 0 ? -a : a;
	}
	if (sum != g->target) {
		__int128 d = (__int128)g->target - sum;
		mbo_dec diff = (mbo_dec)(d < 0 ? -d : d);
		return mbo_error(m, MBO_EINVAL,
		                 (sum < g->target) == (g->target >= 0)
		                     ? _("goal %lld: the shares add up to %s, not the target %s (%s short); "
		                         "make them add up to exactly the target")
		                     : _("goal %lld: the shares add up to %s, not the target %s (%s too much); "
		                         "make them add up to exactly the target"),
		                 (long long)g->id, mbo_dec_format((mbo_dec)sum, 2, false, sbuf),
		                 mbo_dec_format(g->target, 2, false, tbuf),
		                 mbo_dec_format(diff, 2, false, dbuf));
	}
	return MBO_OK;
}

/* Weights of a HISTORY cascade: each member's actual on the metric in the
 * period of the same length just before the goal's start. */
static int history_weights(mbo *m, const mbo_goal *g, const mbo_person *people, size_t n, int64_t *w)
{
	mbo_day len = g->due - g->start + 1, from = g->start - len, to = g->start - 1;
	char a[16], b[16];
	bool any = false;
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		mbo_dec v;
		if (g->kind == MBO_KIND_LEVEL)
			rc = mbo_history_level(m, people[i].id, g->metric, from, to, &v);
		else
			rc = mbo_history_sum(m, people[i].id, g->metric, MBO_KIND_SUM, from, to, &v);
		if (rc)
			return rc;
		w[i] = v > 0 ? v : 0;
		any |= w[i] > 0;
	}
	if (!any)
		return mbo_error(m, MBO_EINVAL,
		                 _("goal %lld: no history of %s for the members between %s and %s; "
		                   "use --even or --to"),
		                 (long long)g->id, g->metric, mbo_day_format(from, a), mbo_day_format(to, b));
	return MBO_OK;
}

/* Creates the child goals inside the open change. */
static int add_children(mbo *m, int64_t actor, const mbo_goal *g, const mbo_person *people,
                        size_t n, const mbo_dec *targets, const mbo_dec *baselines, int64_t *ids)
{
	char head[MBO_TITLE_MAX * 4 + 1], title[sizeof head + 5 + MBO_NAME_MAX * 4 + 1], desc[64];
	char why[sizeof ((mbo *)0)->errmsg];
	size_t i, room;
	int rc;

	snprintf(desc, sizeof desc, "Share of goal #%lld", (long long)g->id);
	for (i = 0; i < n; i++) {
		mbo_goal c;
		size_t name_chars = strlen(people[i].name) ? mbo_text_chars(people[i].name) : 0;

		/* The title is the parent's, cut to leave room for " — name". */
		room = MBO_TITLE_MAX > name_chars + 3 ? MBO_TITLE_MAX - name_chars - 3 : 1;
		copy_chars(head, sizeof head, g->title ? g->title : "", room);
		snprintf(title, sizeof title, "%s \xE2\x80\x94 %s", head, people[i].name);

		/* init sets the defaults; clear frees any strings it made, so
		 * that the struct owns exactly the copies below. */
		mbo_goal_init(&c);
		mbo_goal_clear(&c);
		c.title = mbo_strdup(title);
		c.description = mbo_strdup(desc);
		c.status_reason = NULL;
		if (c.title == NULL || c.description == NULL) {
			free(c.title);
			free(c.description);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		c.id = 0;
		c.owner_id = people[i].id;
		snprintf(c.owner, sizeof c.owner, "%s", people[i].login);
		c.created_by = actor;
		snprintf(c.metric, sizeof c.metric, "%s", g->metric);
		snprintf(c.unit, sizeof c.unit, "%s", g->unit);
		snprintf(c.kpi, sizeof c.kpi, "%s", g->kpi);
		c.kind = g->kind;
		c.direction = g->direction;
		c.baseline = baselines[i];
		c.target = targets[i];
		c.weight = g->weight;
		c.start = g->start;
		c.due = g->due;
		c.importance = g->importance;
		c.urgency = g->urgency;
		c.parent_id = g->id;
		c.method = g->kpi[0] ? MBO_METHOD_KPI : MBO_METHOD_NEGOTIATED;
		rc = mbo_goal_add(m, actor, &c, &ids[i]);
		mbo_goal_clear(&c);
		if (rc) {
			snprintf(why, sizeof why, "%s", mbo_errmsg(m));
			return mbo_error(m, rc, _("goal %lld: the share of %s: %s"), (long long)g->id,
			                 people[i].login, why);
		}
	}
	return MBO_OK;
}

/* The weights of the members' shares, by the cascade's mode. */
static int cascade_weights(mbo *m, const mbo_goal *g, int mode, const mbo_share *shares,
                           const mbo_person *people, size_t k, int64_t *w)
{
	size_t i;

	switch (mode) {
	case MBO_CASCADE_SHARES:
		return share_weights(m, g, shares, k, w);
	case MBO_CASCADE_EVEN:
		for (i = 0; i < k; i++)
			w[i] = 1;
		return MBO_OK;
	default:
		return history_weights(m, g, people, k, w);
	}
}

/* A share equal to its baseline is no goal at all (and fails SMART's M):
 * refuses it here, naming the member, before anything is written. */
static int refuse_empty_shares(mbo *m, const mbo_goal *g, int mode, const mbo_person *people,
                               size_t k, const int64_t *w, const mbo_dec *targets,
                               const mbo_dec *baselines)
{
	size_t i;

	for (i = 0; i < k; i++) {
		char tb[40], db[16];
		if (targets[i] != baselines[i])
			continue;
		if (mode == MBO_CASCADE_HISTORY && w[i] == 0)
			return mbo_error(m, MBO_EINVAL,
			                 _("goal %lld: %s has no history of %s before %s, so their share would "
			                   "be %s; leave them out (name the others with --to) or use --even"),
			                 (long long)g->id, people[i].login, g->metric,
			                 mbo_day_format(g->start, db), mbo_dec_format(targets[i], 0, false, tb));
		return mbo_error(m, MBO_EINVAL,
		                 _("goal %lld: %s's share would be %s, no change from the baseline; "
		                   "share the target among fewer members with --to"),
		                 (long long)g->id, people[i].login, mbo_dec_format(targets[i], 0, false, tb));
	}
	return MBO_OK;
}

int mbo_goal_cascade(mbo *m, int64_t actor, int64_t id, int mode,
                     const mbo_share *shares, size_t n,
                     int64_t **child_ids, size_t *nchild)
{
	mbo_goal g;
	mbo_person *people = NULL;
	size_t k = 0, i;
	int64_t *w = NULL, *ids = NULL;
	size_t live = 0;
	mbo_dec children_sum = 0;
	mbo_dec *targets = NULL, *baselines = NULL;
	char summary[96];
	int rc, places;

	if (child_ids)
		*child_ids = NULL;
	if (nchild)
		*nchild = 0;
	if (child_ids == NULL || nchild == NULL || (n > 0 && shares == NULL))
		return mbo_error(m, MBO_EINVAL, _("cascade: missing arguments"));
	if (mode != MBO_CASCADE_SHARES && mode != MBO_CASCADE_EVEN && mode != MBO_CASCADE_HISTORY)
		return mbo_error(m, MBO_EINVAL, _("cascade: choose --to, --even or --by-history"));
	rc = load_plannable(m, actor, id, true, &g);
	if (rc)
		return rc;
	rc = mbo_goal_children_total(m, id, &children_sum, &live);
	if (rc)
		goto done;
	if (live > 0) {
		rc = mbo_error(m, MBO_EINVAL,
		               P_("goal %lld is already cascaded to %lld member; revise their targets instead",
		                  "goal %lld is already cascaded to %lld members; revise their targets instead",
		                  live),
		               (long long)id, (long long)live);
		goto done;
	}
	rc = cascade_members(m, &g, mode, shares, n, &people, &k);
	if (rc)
		goto done;

	w = malloc(k * sizeof *w);
	ids = calloc(k, sizeof *ids);
	targets = malloc(k * sizeof *targets);
	baselines = calloc(k, sizeof *baselines);
	if (!w || !ids || !targets || !baselines) {
		rc = mbo_error(m, MBO_EFAIL, _("out of memory"));
		goto done;
	}
	rc = cascade_weights(m, &g, mode, shares, people, k, w);
	if (rc)
		goto done;

	/* Amounts given outright are the targets; otherwise the target is
	 * divided at the goal's precision. A level goal's baseline is divided
	 * the same way. */
	places = mbo_goal_places(&g);
	if (mode == MBO_CASCADE_SHARES && !shares[0].percent) {
		for (i = 0; i < k; i++)
			targets[i] = shares[i].amount;
	} else if (mbo_allocate(g.target, w, k, places, targets) != 0) {
		rc = mbo_error(m, MBO_EFAIL, _("goal %lld: could not divide the target"), (long long)id);
		goto done;
	}
	if (g.kind == MBO_KIND_LEVEL && mbo_allocate(g.baseline, w, k, places, baselines) != 0) {
		rc = mbo_error(m, MBO_EFAIL, _("goal %lld: could not divide the baseline"), (long long)id);
		goto done;
	}

	rc = refuse_empty_shares(m, &g, mode, people, k, w, targets, baselines);
	if (rc)
		goto done;

	snprintf(summary, sizeof summary, "cascade goal %lld to %zu member%s", (long long)id, k,
	         k == 1 ? "" : "s");
	rc = mbo_change_begin(m, actor, summary);
	if (rc)
		goto done;
	rc = add_children(m, actor, &g, people, k, targets, baselines, ids);
	if (rc) {
		mbo_change_rollback(m);
		goto done;
	}
	rc = mbo_change_commit(m);
	if (rc)
		goto done;
	*child_ids = ids;
	*nchild = k;
	ids = NULL;
done:
	free(people);
	free(w);
	free(ids);
	free(targets);
	free(baselines);
	mbo_goal_clear(&g);
	return rc;
}

