/*
 * alert.c: risk warnings (风险预警). For the active goals of the people in
 * scope, progress is computed once per goal and turned into alerts: behind
 * plan, past due, no recent check-in, a missed milestone, overdue tasks, due
 * soon with a short forecast; for managers, proposals waiting too long for
 * their approval. Each message says what is wrong with the key numbers and
 * what would fix it. Thresholds are settings (pace.*, alert.*).
 *
 * Titles go into messages as they are (cut at a character boundary to fit);
 * the front ends make them safe for the terminal.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "perm_priv.h"
#include "person_priv.h"
#include "goal_priv.h"
#include "milestone_priv.h"
#include "task_priv.h"
#include "alert_priv.h"
#include "mbo/alert.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/setting.h"

/* Bytes of a title quoted in a message, so that the numbers and the fix
 * always fit in mbo_alert.message. */
#define TITLE_BYTES 160

static const char *const kind_names[] = {
	"off_track", "at_risk", "overdue", "silent", "milestone", "task_overdue",
	"due_soon", "proposal"
};

const char *mbo_alert_kind_name(int kind)
{
	if (kind < 0 || kind >= (int)(sizeof kind_names / sizeof kind_names[0]))
		return "unknown";
	return kind_names[kind];
}

/* The alerts of one person; with count_only, only their number. */
struct alist {
	mbo_alert *v;
	size_t n, cap;
	bool count_only;
};

/* Drops a UTF-8 sequence left incomplete at the end of s by truncation. */
static void trim_partial_utf8(char *s)
{
	size_t len = strlen(s), i = len, need;
	unsigned char c;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80 && len - i < 3)
		i--;
	if (i == 0)
		return;
	c = (unsigned char)s[i - 1];
	if (c < 0xC0)
		return;               /* ASCII or stray byte: nothing pending */
	need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
	if (len - (i - 1) < need)
		s[i - 1] = '\0';
}

/* Copies at most TITLE_BYTES bytes of title into buf (>= TITLE_BYTES + 4),
 * never splitting a character, and ends with "…" when cut. */
static const char *short_title(const char *title, char *buf)
{
	size_t len = strlen(title);

	if (len <= TITLE_BYTES)
		return title;
	memcpy(buf, title, TITLE_BYTES);
	buf[TITLE_BYTES] = '\0';
	trim_partial_utf8(buf);
	strcat(buf, "\xE2\x80\xA6");
	return buf;
}

/* Appends an alert with a printf-style message; MBO_EFAIL when out of memory. */
static int push(mbo *m, struct alist *l, int kind, int severity, const mbo_goal_open *a,
                int64_t task, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

static int push(mbo *m, struct alist *l, int kind, int severity, const mbo_goal_open *a,
                int64_t task, const char *fmt, ...)
{
	mbo_alert *al;
	va_list ap;
	int len;

	if (l->count_only) {
		l->n++;
		return MBO_OK;
	}
	if (l->n == l->cap && mbo_grow(&l->v, &l->cap, sizeof *l->v))
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	al = &l->v[l->n];
	memset(al, 0, sizeof *al);
	al->kind = kind;
	al->severity = severity;
	al->goal_id = a->g.id;
	al->task_id = task;
	snprintf(al->owner, sizeof al->owner, "%s", a->g.owner);
	va_start(ap, fmt);
	len = vsnprintf(al->message, sizeof al->message, fmt, ap);
	va_end(ap);
	if (len >= (int)sizeof al->message)
		trim_partial_utf8(al->message);
	l->n++;
	return MBO_OK;
}

/* A stored value (actual, target) as entered: "62,000.00", "0.125". */
static char *num(mbo_dec v, char *buf)
{
	return mbo_dec_format(v, 2, true, buf);
}

/* A computed value (plan, forecast, rate) rounded to cents: "141.67". */
static char *rnum(mbo_dec v, char *buf)
{
	return mbo_dec_format(mbo_dec_round(v, 2), 2, true, buf);
}

/* A pace as a whole percent: 0.6213 -> "62". */
static char *percent(mbo_dec pace, char *buf)
{
	mbo_dec pct;

	if (mbo_dec_muldiv(pace, 100, 1, &pct) != 0)
		pct = pace < 0 ? -MBO_DEC_MAX : MBO_DEC_MAX;
	return mbo_dec_format(mbo_dec_round(pct, 0), 0, true, buf);
}

static bool is_sum(const mbo_goal *g)
{
	return g->kind == MBO_KIND_SUM;
}

static bool is_up(const mbo_goal *g)
{
	return g->direction == MBO_DIR_UP;
}

/* Where a value stands against the target: "62,000.00 of 100,000.00 CNY"
 * for up goals, "12.00 against at most 10.00 customers" for down goals.
 * `computed` rounds the value to cents. */
static void standing(const mbo_goal *g, mbo_dec value, bool computed, char *buf, size_t cap)
{
	char a[32], t[32];

	if (computed)
		rnum(value, a);
	else
		num(value, a);
	if (is_up(g))
		/* TRANSLATORS: "62,000.00 of 100,000.00 CNY": the actual, the target, the unit */
		snprintf(buf, cap, _("%s of %s %s"), a, num(g->target, t), g->unit);
	else
		snprintf(buf, cap, _("%s against at most %s %s"), a, num(g->target, t), g->unit);
}

/*
 * What would fix it, from p->needed_per_workday: "needs 3,200.00 CNY per
 * workday for the 12 workdays left", a fall for down level goals, the
 * allowance left for down sum goals. "" when nothing more is needed.
 */
static void remedy(const mbo_goal *g, const mbo_progress *p, char *buf, size_t cap)
{
	char v[32], t[32];
	mbo_dec need = p->needed_per_workday;
	int64_t left = p->workdays_left;

	buf[0] = '\0';
	if (is_sum(g) && !is_up(g)) {
		if (need <= 0)
			snprintf(buf, cap, _("; the limit of %s %s is used up: talk the plan over with your manager"),
			         num(g->target, t), g->unit);
		else if (left == 0)
			snprintf(buf, cap, _("; keep it under %s %s more by today, the due date"), rnum(need, v),
			         g->unit);
		else
			snprintf(buf, cap, P_("; keep it under %s %s per workday for the %lld workday left",
			                      "; keep it under %s %s per workday for the %lld workdays left", left),
			         rnum(need, v), g->unit, (long long)left);
		return;
	}
	if (need == 0)
		return;
	if (need < 0)
		need = -need;
	if (left == 0 && is_up(g))
		snprintf(buf, cap, _("; needs %s %s more by today, the due date"), rnum(need, v), g->unit);
	else if (left == 0)
		snprintf(buf, cap, _("; needs a fall of %s %s by today, the due date"), rnum(need, v), g->unit);
	else if (is_sum(g))
		snprintf(buf, cap, P_("; needs %s %s per workday for the %lld workday left",
		                      "; needs %s %s per workday for the %lld workdays left", left),
		         rnum(need, v), g->unit, (long long)left);
	else if (is_up(g))
		snprintf(buf, cap, P_("; needs a rise of %s %s per workday for the %lld workday left",
		                      "; needs a rise of %s %s per workday for the %lld workdays left", left),
		         rnum(need, v), g->unit, (long long)left);
	else
		snprintf(buf, cap, P_("; needs a fall of %s %s per workday for the %lld workday left",
		                      "; needs a fall of %s %s per workday for the %lld workdays left", left),
		         rnum(need, v), g->unit, (long long)left);
}

/* Off track, at risk or overdue, from the goal's status. */
static int pace_alert(mbo *m, struct alist *l, const mbo_goal_open *a, const mbo_progress *p,
                      const char *title)
{
	const mbo_goal *g = &a->g;
	char st[320], fix[320], act[32], exp[32], pct[32], due[16];
	int kind, sev;

	if (p->status == MBO_PS_OVERDUE) {
		standing(g, p->actual, false, st, sizeof st);
		return push(m, l, MBO_ALERT_OVERDUE, 2, a, 0,
		            _("%s was due %s and is not achieved (%s); ask your manager to revise "
		              "the due date or close it"), title, mbo_day_format(g->due, due), st);
	}
	if (p->status != MBO_PS_OFF_TRACK && p->status != MBO_PS_AT_RISK)
		return MBO_OK;
	kind = p->status == MBO_PS_OFF_TRACK ? MBO_ALERT_OFF_TRACK : MBO_ALERT_AT_RISK;
	sev = p->status == MBO_PS_OFF_TRACK ? 2 : 1;
	remedy(g, p, fix, sizeof fix);
	num(p->actual, act);
	rnum(p->expected, exp);
	if (is_sum(g) && !is_up(g) && p->actual > g->target)
		return push(m, l, kind, sev, a, 0, _("%s is over its limit: %s %s so far against at most %s %s "
		            "by %s; talk the plan over with your manager"), title, act, g->unit,
		            num(g->target, exp), g->unit, mbo_day_format(g->due, due));
	percent(p->pace, pct);
	if (is_sum(g) && is_up(g))
		return push(m, l, kind, sev, a, 0, _("%s is behind plan: %s of %s %s expected (%s%%)%s"),
		            title, act, exp, g->unit, pct, fix);
	if (is_sum(g))
		return push(m, l, kind, sev, a, 0, _("%s is above plan: %s %s so far, %s expected by now "
		            "(pace %s%%)%s"), title, act, g->unit, exp, pct, fix);
	return push(m, l, kind, sev, a, 0, _("%s is behind plan: %s %s, %s expected by now (pace %s%%)%s"),
	            title, act, g->unit, exp, pct, fix);
}

/* No check-in for alert.silent_workdays workdays or more, counting the
 * workdays after the last check-in (or from the start) up to yesterday.
 * An achieved goal needs no more check-ins and stays quiet. */
static int silent_alert(mbo *m, struct alist *l, const mbo_goal_open *a, const mbo_progress *p,
                        mbo_day asof, const char *title)
{
	const mbo_goal *g = &a->g;
	int64_t limit = mbo_setting_int(m, "alert.silent_workdays", 3), quiet;
	char day[16];

	if (limit <= 0 || asof > g->due || p->status == MBO_PS_ACHIEVED)
		return MBO_OK;
	if (p->last_checkin != MBO_DAY_NONE)
		quiet = mbo_workdays(m, p->last_checkin + 1, asof - 1);
	else
		quiet = mbo_workdays(m, g->start, asof - 1);
	if (quiet < limit)
		return MBO_OK;
	if (p->last_checkin != MBO_DAY_NONE)
		return push(m, l, MBO_ALERT_SILENT, 1, a, 0,
		            _("%s has no check-in for %lld workdays (last %s); record today's progress"),
		            title, (long long)quiet, mbo_day_format(p->last_checkin, day));
	return push(m, l, MBO_ALERT_SILENT, 1, a, 0,
	            _("%s has no check-in for %lld workdays (none since the start on %s); record "
	              "today's progress"), title, (long long)quiet, mbo_day_format(g->start, day));
}

/* The latest milestone before asof (and not after the due date), when the
 * actual as of its day fell short of it (down goals: went above it). */
static int milestone_alert(mbo *m, struct alist *l, const mbo_goal_open *a, const mbo_progress *p,
                           mbo_day asof, const char *title)
{
	const mbo_goal *g = &a->g;
	char fix[320], gap[32], v[32], t[32], day[16];
	mbo_milestone ms;
	mbo_dec target, actual;
	mbo_day mday;
	int rc;

	rc = mbo_milestone_last(m, g->id, asof, g->due, &ms);
	if (rc)
		return rc == MBO_ENOTFOUND ? MBO_OK : rc;
	mday = ms.day;
	target = ms.target;
	rc = mbo_progress_actual(m, g, mday, &actual);
	if (rc)
		return rc;
	if (is_up(g) ? actual >= target : actual <= target)
		return MBO_OK;
	mbo_day_format(mday, day);
	remedy(g, p, fix, sizeof fix);
	num(actual, v);
	num(target, t);
	if (is_up(g)) {
		num(target - actual, gap);
		return push(m, l, MBO_ALERT_MILESTONE, 1, a, 0, _("%s missed its %s milestone: %s of %s %s "
		            "(short by %s)%s"), title, day, v, t, g->unit, gap, fix);
	}
	num(actual - target, gap);
	return push(m, l, MBO_ALERT_MILESTONE, 1, a, 0, _("%s missed its %s milestone: %s %s against "
	            "at most %s (over by %s)%s"), title, day, v, g->unit, t, gap, fix);
}

/* Open tasks of the goal whose due date has passed. */
static int task_alerts(mbo *m, struct alist *l, const mbo_goal_open *a, mbo_day asof,
                       const char *title)
{
	mbo_task *v;
	size_t n, i;
	int rc;

	/* Read first: push() may fail and the statement must be reset. */
	rc = mbo_task_overdue(m, a->g.id, asof, &v, &n);
	for (i = 0; i < n && rc == MBO_OK; i++) {
		char tbuf[TITLE_BYTES + 4], due[16];
		int64_t late = (int64_t)asof - v[i].due;
		rc = push(m, l, MBO_ALERT_TASK_OVERDUE, 1, a, v[i].id,
		          P_("task %lld of %s (%s) was due %s, %lld day ago, and is still open; do it and "
		             "tick it",
		             "task %lld of %s (%s) was due %s, %lld days ago, and is still open; do it and "
		             "tick it", late), (long long)v[i].id, title,
		          short_title(v[i].title, tbuf), mbo_day_format(v[i].due, due), (long long)late);
	}
	mbo_task_list_free(v, n);
	return rc;
}

/* Due within alert.due_soon_workdays workdays and forecast short of target. */
static int due_soon_alert(mbo *m, struct alist *l, const mbo_goal_open *a, const mbo_progress *p,
                          mbo_day asof, const char *title)
{
	const mbo_goal *g = &a->g;
	int64_t soon = mbo_setting_int(m, "alert.due_soon_workdays", 5);
	char st[320], fix[320], due[16];

	if (asof > g->due || p->status == MBO_PS_ACHIEVED || p->workdays_left > soon)
		return MBO_OK;
	if (is_up(g) ? p->forecast >= g->target : p->forecast <= g->target)
		return MBO_OK;
	standing(g, p->forecast, true, st, sizeof st);
	remedy(g, p, fix, sizeof fix);
	return push(m, l, MBO_ALERT_DUE_SOON, 2, a, 0,
	            P_("%s is due %s (%lld workday left) and the forecast is %s%s",
	               "%s is due %s (%lld workdays left) and the forecast is %s%s", p->workdays_left),
	            title, mbo_day_format(g->due, due), (long long)p->workdays_left, st, fix);
}

/* All alerts of one active goal that has started, from its progress. */
static int progress_alerts(mbo *m, struct alist *l, const mbo_goal_open *a, const mbo_progress *p,
                           mbo_day asof)
{
	char tbuf[TITLE_BYTES + 4];
	const char *title = short_title(a->g.title ? a->g.title : "", tbuf);
	int rc;

	rc = pace_alert(m, l, a, p, title);
	if (rc == MBO_OK)
		rc = silent_alert(m, l, a, p, asof, title);
	if (rc == MBO_OK)
		rc = milestone_alert(m, l, a, p, asof, title);
	if (rc == MBO_OK)
		rc = task_alerts(m, l, a, asof, title);
	if (rc == MBO_OK)
		rc = due_soon_alert(m, l, a, p, asof, title);
	return rc;
}

static int goal_alerts(mbo *m, struct alist *l, const mbo_goal_open *a, mbo_day asof)
{
	mbo_progress p;
	int rc = mbo_progress_compute(m, &a->g, asof, &p);

	return rc ? rc : progress_alerts(m, l, a, &p, asof);
}

/* A proposal waiting longer than alert.proposal_wait_days days. */
static int proposal_alert(mbo *m, struct alist *l, const mbo_goal_open *a, mbo_day asof)
{
	int64_t wait = mbo_setting_int(m, "alert.proposal_wait_days", 3);
	int64_t days = (int64_t)asof - a->created;
	char tbuf[TITLE_BYTES + 4];

	if (a->created == MBO_DAY_NONE || days <= wait)
		return MBO_OK;
	return push(m, l, MBO_ALERT_PROPOSAL, 1, a, 0,
	            _("%s, proposed by %s, is waiting %lld days for your approval: approve it, "
	              "or reject it with a reason"), short_title(a->g.title, tbuf), a->g.owner, (long long)days);
}

/* Most serious first, then by owner login, goal, kind and task. */
static int cmp_alert(const void *x, const void *y)
{
	const mbo_alert *a = x, *b = y;
	int c;

	if (a->severity != b->severity)
		return b->severity - a->severity;
	c = strcmp(a->owner, b->owner);
	if (c)
		return c;
	if (a->goal_id != b->goal_id)
		return a->goal_id < b->goal_id ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind - b->kind;
	if (a->task_id != b->task_id)
		return a->task_id < b->task_id ? -1 : 1;
	return 0;
}

/* Who asks and how: the actor, an admin or not, and whether it is the
 * actor's own view (no owner, no team), which adds the proposals of the
 * people below waiting for the actor's approval. */
struct asker {
	int64_t actor;
	bool admin, own_view;
	mbo_day asof;
};

/*
 * The alerts of one person's goals into l (after what it holds): those of
 * each active goal that has started, and, when the actor may approve them
 * (a manager above the owner, an admin), proposals waiting too long; in the
 * actor's own view, only the proposals of the people below.
 * `goals` is a buffer reused from person to person.
 */
static int person_alerts(mbo *m, const struct asker *k, int64_t person, struct alist *l,
                         mbo_goal_open **goals, size_t *cap)
{
	size_t ngoals = 0, i;
	bool above = false, asked = false, only_proposals = k->own_view && person != k->actor;
	int rc;

	rc = mbo_goal_open_of(m, person, goals, &ngoals, cap);
	for (i = 0; i < ngoals && rc == MBO_OK; i++) {
		const mbo_goal_open *a = &(*goals)[i];
		if (a->g.status == MBO_GOAL_ACTIVE) {
			if (!only_proposals && a->g.start <= k->asof)
				rc = goal_alerts(m, l, a, k->asof);
			continue;
		}
		if (l->count_only)
			continue;     /* counts leave the manager's proposals out */
		if (!asked) {
			above = k->admin || mbo_relation(m, k->actor, person) == MBO_REL_ABOVE;
			asked = true;
		}
		if (above)
			rc = proposal_alert(m, l, a, k->asof);
	}
	for (i = 0; i < ngoals; i++)
		free((*goals)[i].g.title);
	return rc;
}

/*
 * Warnings wait in a spill until every serious alert has been handed out:
 * up to mbo_alert_spill_mem in memory, then all of them in an anonymous
 * temporary file, so that the alerts of a whole organisation (110,000 at
 * 10,000 people) take a few hundred kilobytes of memory
 * (docs/performance.md).
 */
size_t mbo_alert_spill_mem = 512;

struct spill {
	mbo_alert *mem;
	size_t n;
	FILE *f;
	size_t nfile;
};

/* One alert in the file: the fixed fields, then owner and message. */
struct spill_rec {
	int32_t kind, severity;
	int64_t goal_id, task_id;
	uint16_t owner_len, message_len;
};

enum spill_step { SPILL_CREATE, SPILL_WRITE, SPILL_READ };

static int spill_fail(mbo *m, enum spill_step step)
{
	const char *why = strerror(errno);

	if (step == SPILL_CREATE)
		return mbo_error(m, MBO_EFAIL, _("cannot create a temporary file for the alerts in %s: %s; "
		                 "free space there or set TMPDIR"), mbo_tmp_dir(), why);
	if (step == SPILL_WRITE)
		return mbo_error(m, MBO_EFAIL, _("cannot write a temporary file for the alerts in %s: %s; "
		                 "free space there or set TMPDIR"), mbo_tmp_dir(), why);
	return mbo_error(m, MBO_EFAIL, _("cannot read a temporary file for the alerts in %s: %s; "
	                 "free space there or set TMPDIR"), mbo_tmp_dir(), why);
}

static int spill_write(mbo *m, struct spill *sp, const mbo_alert *a)
{
	struct spill_rec r;

	memset(&r, 0, sizeof r);
	r.kind = a->kind;
	r.severity = a->severity;
	r.goal_id = a->goal_id;
	r.task_id = a->task_id;
	r.owner_len = (uint16_t)strlen(a->owner);
	r.message_len = (uint16_t)strlen(a->message);
	if (fwrite(&r, sizeof r, 1, sp->f) != 1 ||
	    fwrite(a->owner, 1, r.owner_len, sp->f) != r.owner_len ||
	    fwrite(a->message, 1, r.message_len, sp->f) != r.message_len)
		return spill_fail(m, SPILL_WRITE);
	sp->nfile++;
	return MBO_OK;
}

static int spill_put(mbo *m, struct spill *sp, const mbo_alert *a)
{
	size_t i;
	int rc;

	if (sp->f == NULL && sp->n < mbo_alert_spill_mem) {
		if (sp->mem == NULL && (sp->mem = malloc(mbo_alert_spill_mem * sizeof *sp->mem)) == NULL)
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		sp->mem[sp->n++] = *a;
		return MBO_OK;
	}
	if (sp->f == NULL) {
		if ((sp->f = mbo_tmp_file()) == NULL)
			return spill_fail(m, SPILL_CREATE);
		for (i = 0; i < sp->n; i++)
			if ((rc = spill_write(m, sp, &sp->mem[i])) != MBO_OK)
				return rc;
		sp->n = 0;
	}
	return spill_write(m, sp, a);
}

/* Hands the spilled alerts to fn in the order they were put. */
static int spill_drain(mbo *m, struct spill *sp, mbo_alert_fn fn, void *ctx)
{
	mbo_alert a;
	size_t i;
	int rc = MBO_OK;

	for (i = 0; i < sp->n && rc == MBO_OK; i++)
		rc = fn(ctx, &sp->mem[i]);
	if (sp->f == NULL || rc != MBO_OK)
		return rc;
	if (fflush(sp->f) != 0 || fseek(sp->f, 0, SEEK_SET) != 0)
		return spill_fail(m, SPILL_READ);
	for (i = 0; i < sp->nfile && rc == MBO_OK; i++) {
		struct spill_rec r;

		memset(&a, 0, sizeof a);
		if (fread(&r, sizeof r, 1, sp->f) != 1 || r.owner_len >= sizeof a.owner ||
		    r.message_len >= sizeof a.message ||
		    fread(a.owner, 1, r.owner_len, sp->f) != r.owner_len ||
		    fread(a.message, 1, r.message_len, sp->f) != r.message_len)
			return spill_fail(m, SPILL_READ);
		a.kind = r.kind;
		a.severity = r.severity;
		a.goal_id = r.goal_id;
		a.task_id = r.task_id;
		rc = fn(ctx, &a);
	}
	return rc;
}

/* The people of the scope by login, the order of the alerts. The actor's
 * own view (owner and team_of 0), once allowed, takes in everyone below the
 * actor for the proposals waiting for their approval. */
static int people_by_login(mbo *m, int64_t actor, int64_t owner, int64_t team_of,
                           int64_t **out, size_t *n)
{
	int64_t *ids = NULL;
	size_t nids = 0;
	int rc;

	rc = mbo_scope_people(m, actor, owner, team_of, &ids, &nids);
	if (rc == MBO_OK && owner == 0 && team_of == 0) {
		free(ids);
		ids = NULL;
		nids = 0;
		rc = mbo_person_subtree(m, actor, &ids, &nids);
	}
	if (rc == MBO_OK)
		rc = mbo_person_order_by_login(m, ids, &nids);
	if (rc) {
		free(ids);
		ids = NULL;
		nids = 0;
	}
	*out = ids;
	*n = nids;
	return rc;
}

/*
 * Most serious first, then by owner login, goal, kind and task, without
 * holding them all: people are visited by login and each person's alerts
 * sorted, so the serious ones (severity 2) go out as they come and the
 * warnings (severity 1, the only other level) follow from the spill.
 */
static int alerts_run(mbo *m, int64_t actor, int64_t owner, int64_t team_of, mbo_day asof,
                      mbo_alert_fn fn, void *ctx)
{
	mbo_goal_open *goals = NULL;
	struct alist l = { NULL, 0, 0, false };
	struct spill sp = { NULL, 0, NULL, 0 };
	struct asker k = { actor, false, owner == 0 && team_of == 0, asof };
	size_t npeople = 0, cap = 0, i, j;
	int64_t *people = NULL;
	mbo_person me;
	int rc;

	memset(&me, 0, sizeof me);
	rc = people_by_login(m, actor, owner, team_of, &people, &npeople);
	if (rc == MBO_OK)
		rc = mbo_person_get(m, actor, &me);
	k.admin = me.role == MBO_ROLE_ADMIN;
	for (i = 0; i < npeople && rc == MBO_OK; i++) {
		l.n = 0;
		rc = person_alerts(m, &k, people[i], &l, &goals, &cap);
		if (rc == MBO_OK && l.n > 1)
			qsort(l.v, l.n, sizeof *l.v, cmp_alert);
		for (j = 0; j < l.n && rc == MBO_OK; j++)
			rc = l.v[j].severity >= 2 ? fn(ctx, &l.v[j]) : spill_put(m, &sp, &l.v[j]);
	}
	if (rc == MBO_OK)
		rc = spill_drain(m, &sp, fn, ctx);
	free(people);
	free(goals);
	free(l.v);
	free(sp.mem);
	if (sp.f)
		fclose(sp.f);
	return rc;
}

/* In one read transaction: see mbo_read_begin. */
int mbo_alerts_each(mbo *m, int64_t actor, int64_t owner, int64_t team_of, mbo_day asof,
                    mbo_alert_fn fn, void *ctx)
{
	bool tx = mbo_read_begin(m);
	int rc = alerts_run(m, actor, owner, team_of, asof, fn, ctx);

	mbo_read_end(m, tx);
	return rc;
}

struct alert_vec {
	mbo *m;
	mbo_alert *v;
	size_t n, cap;
};

static int alert_collect(void *ctx, const mbo_alert *a)
{
	struct alert_vec *av = ctx;

	if (av->n == av->cap && mbo_grow(&av->v, &av->cap, sizeof *av->v))
		return mbo_error(av->m, MBO_EFAIL, _("out of memory"));
	av->v[av->n++] = *a;
	return MBO_OK;
}

int mbo_alerts(mbo *m, int64_t actor, int64_t owner, int64_t team_of, mbo_day asof,
               mbo_alert **out, size_t *n)
{
	struct alert_vec av = { m, NULL, 0, 0 };
	int rc = mbo_alerts_each(m, actor, owner, team_of, asof, alert_collect, &av);

	if (rc) {
		free(av.v);
		av.v = NULL;
		av.n = 0;
	}
	*out = av.v;
	*n = av.n;
	return rc;
}

int mbo_alert_count(mbo *m, const mbo_goal *g, const mbo_progress *p, mbo_day asof, size_t *n)
{
	struct alist l = { NULL, 0, 0, true };
	mbo_goal_open a;
	int rc;

	memset(&a, 0, sizeof a);
	a.g = *g;            /* shares the title: nothing here frees it */
	a.created = MBO_DAY_NONE;
	rc = progress_alerts(m, &l, &a, p, asof);
	*n = rc == MBO_OK ? l.n : 0;
	return rc;
}
