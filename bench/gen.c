/*
 * gen.c: mbo-bench-gen, a realistic mbo database at sales-organisation scale
 * for the benchmarks (bench/run, docs/performance.md).
 *
 *     mbo-bench-gen --people N [--seed S] --db FILE
 *
 * The database is created through the core (mbo_open with MBO_OPEN_CREATE,
 * mbo_bootstrap_admin: admin `admin`), so it has the real schema, then
 * filled fast with prepared INSERTs on the SQLite handle in large
 * transactions, bypassing the per-row API. Every row satisfies the schema's
 * CHECKs and foreign keys (they stay on while loading).
 *
 * The organisation: a director d1, managers m01, m02, ... with 50
 * salespeople each (s0001, s0002, ...; fewer in the last team). A year of
 * quarterly goals: the four quarters up to and including today's
 * (mbo_today(), so MBO_TODAY fixes it). Per salesperson and quarter five
 * goals: revenue (sum), new customers (sum), visits (sum), active customers
 * (level) and churned customers (a `down` sum with a ceiling); each
 * manager's team goals and the director's organisation goals on the first
 * four metrics are the parents, their targets the exact sums of their
 * children's, so the team goals roll up. Every goal has monthly milestones
 * (cumulative, by workdays); every salesperson's goal 10 tasks (3 for team
 * goals), the past ones mostly done. Check-ins on every workday of the
 * work calendar (with holidays and make-up workdays): several visits a day,
 * deals, signings, the day's count of active customers, the odd lost
 * customer, with notes now and then. People differ: some ahead, most on
 * plan, some behind, some silent for days, a few silent right now. Past
 * quarters are closed (achieved or missed, with the history rows); a few
 * targets were revised with a reason; a few proposals wait for approval
 * and a few were rejected; past quarters have evaluations and 360 ratings
 * when the schema has those tables. ANALYZE at the end.
 *
 * Random numbers come from splitmix64 seeded with --seed (default 1), so a
 * seed and a day give the same database.
 *
 * gen_fill() is also used by tests/test_plans.c (which defines
 * MBO_BENCH_GEN_NO_MAIN and includes this file) to check query plans on the
 * same shape of data.
 */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mbo/date.h"
#include "mbo/db.h"
#include "mbo/dec.h"

#define GEN_TEAM 50             /* salespeople per manager */
#define GEN_QUARTERS 4
#define GEN_METRICS 5           /* goals per salesperson per quarter */
#define GEN_TEAM_METRICS 4      /* metrics with team and organisation goals */
#define GEN_TASKS 10            /* per salesperson goal */
#define GEN_TEAM_TASKS 3        /* per team goal */
#define GEN_BATCH 200000        /* rows per transaction */
#define GEN_MAXWD 80            /* workdays in a quarter, with room */

struct gen_opts {
	long people;
	uint64_t seed;
	mbo_day today;
};

struct gen_stats {
	long persons, goals, milestones, tasks, checkins, revisions, evaluations, feedback, calendar;
};

enum { M_REV, M_CUST, M_VIS, M_ACT, M_CHURN };

static const struct metric {
	const char *metric, *unit, *kind, *direction, *kpi;
	int importance, urgency, weight;
} metrics[GEN_METRICS] = {
	{ "revenue", "CNY", "sum", "up", "revenue", 3, 3, 4 },
	{ "new_customers", "customers", "sum", "up", "new_customers", 3, 2, 2 },
	{ "visits", "visits", "sum", "up", NULL, 2, 2, 2 },
	{ "active_customers", "customers", "level", "up", NULL, 2, 1, 1 },
	{ "churned_customers", "customers", "sum", "down", "churn", 2, 2, 1 },
};

/* One salesperson over the year. */
struct rep {
	int64_t id, mgr;            /* person ids */
	int team;                   /* index of the manager */
	double size;                /* territory: scales targets */
	double pace;                /* this quarter's pace, 1.0 = on plan */
	double skip;                /* chance of skipping a workday */
	mbo_dec level;              /* active customers now */
	mbo_dec prev[GEN_METRICS];  /* last quarter's actual */
	/* this quarter */
	int64_t goal[GEN_METRICS];
	mbo_dec base[GEN_METRICS], target[GEN_METRICS], actual[GEN_METRICS];
	int quiet_from, quiet_to;   /* silent workday indexes [from, to) */
	bool morning;               /* checked in already today */
};

struct gen {
	sqlite3 *db;
	const struct gen_opts *o;
	struct gen_stats *s;
	uint64_t rng;
	char *err;
	size_t errcap;
	long pending;               /* rows in the open transaction */
	int64_t admin, director;
	int nmgr;
	int64_t *mgr;               /* manager person ids */
	struct rep *reps;
	/* holidays and make-up workdays of the calendar, sorted */
	mbo_day hol[128];
	int nhol;
	mbo_day mkup[64];
	int nmkup;
	bool has_eval, has_feedback;
	sqlite3_stmt *ins_person, *ins_goal, *ins_ms, *ins_task, *ins_ci, *ins_rev, *upd_goal,
	             *ins_cal, *ins_eval, *ins_fb;
};

/* ---- Random numbers and small helpers ----------------------------------- */

/* splitmix64 */
static uint64_t rnd(struct gen *g)
{
	uint64_t z = (g->rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A number in [0, 1). */
static double unif(struct gen *g)
{
	return (double)(rnd(g) >> 11) / 9007199254740992.0;
}

static double unif_in(struct gen *g, double lo, double hi)
{
	return lo + (hi - lo) * unif(g);
}

static int64_t rnd_in(struct gen *g, int64_t lo, int64_t hi)
{
	return lo + (int64_t)(rnd(g) % (uint64_t)(hi - lo + 1));
}

static bool chance(struct gen *g, double p)
{
	return unif(g) < p;
}

/* A whole number of `unit`s, as a decimal, rounded half up (v >= 0). */
static mbo_dec whole(double v, long unit)
{
	if (v <= 0)
		return 0;
	return MBO_DEC((int64_t)(v / unit + 0.5) * unit);
}

static int fail(struct gen *g, const char *what)
{
	snprintf(g->err, g->errcap, "%s: %s", what, sqlite3_errmsg(g->db));
	return -1;
}

static int exec(struct gen *g, const char *sql)
{
	char *e = NULL;

	if (sqlite3_exec(g->db, sql, NULL, NULL, &e) != SQLITE_OK) {
		snprintf(g->err, g->errcap, "%s: %s", sql, e ? e : "failed");
		sqlite3_free(e);
		return -1;
	}
	return 0;
}

/* Steps an INSERT or UPDATE and resets it; commits every GEN_BATCH rows. */
static int step(struct gen *g, sqlite3_stmt *st, const char *what)
{
	if (sqlite3_step(st) != SQLITE_DONE) {
		int rc = fail(g, what);
		sqlite3_reset(st);
		return rc;
	}
	sqlite3_reset(st);
	if (++g->pending >= GEN_BATCH) {
		g->pending = 0;
		if (exec(g, "COMMIT") || exec(g, "BEGIN"))
			return -1;
	}
	return 0;
}

static void bind_day(sqlite3_stmt *st, int i, mbo_day d)
{
	char buf[16];

	sqlite3_bind_text(st, i, mbo_day_format(d, buf), 10, SQLITE_TRANSIENT);
}

/* "YYYY-MM-DDTHH:MM:SSZ" at a working hour of day d (UTC+8 working day). */
static char *stamp(struct gen *g, mbo_day d, char *buf)
{
	char day[16];

	snprintf(buf, 24, "%sT%02d:%02d:%02dZ", mbo_day_format(d, day), (int)rnd_in(g, 1, 10),
	         (int)rnd_in(g, 0, 59), (int)rnd_in(g, 0, 59));
	return buf;
}

static void bind_opt_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

/* ---- Words ---------------------------------------------------------------- */

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
	"何", "郭", "马", "罗",
};
static const char *const given[] = {
	"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英",
	"华", "丽", "强", "平", "刚", "桂英", "晓东", "文", "浩", "婷",
};
static const char *const firms[] = {
	"华信", "东方", "长江", "明达", "恒丰", "新锐", "金桥", "远航", "瑞丰", "天成", "博远", "中润",
	"宏图", "盛世", "鼎新", "凯达", "万通", "嘉禾", "正泰", "海纳",
};
static const char *const trades[] = {
	"科技", "贸易", "物流", "电子", "建材", "医疗", "食品", "汽配", "纺织", "软件", "家居", "化工",
};
static const char *const visit_notes[] = {
	"拜访%s%s采购部", "Demo at %s%s", "%s%s 技术交流", "回访%s%s，了解续约意向", "Site visit, %s%s",
};
static const char *const deal_notes[] = {
	"%s%s 订单回款", "Order from %s%s", "%s%s 年度框架首单", "%s%s 追加订单",
};
static const char *const task_titles[] = {
	"拜访%s%s采购总监，确认年度需求", "Send the offer to %s%s", "给%s%s发送报价单",
	"跟进%s%s合同签署", "Prepare the demo for %s%s", "整理%s%s的需求清单",
	"约%s%s做季度复盘", "Follow up the %s%s tender", "回访%s%s的试用反馈", "核对%s%s回款明细",
};

static void firm_note(struct gen *g, const char *const *fmts, size_t n, char *buf, size_t cap)
{
	snprintf(buf, cap, fmts[rnd(g) % n], firms[rnd(g) % (sizeof firms / sizeof firms[0])],
	         trades[rnd(g) % (sizeof trades / sizeof trades[0])]);
}

#define NOTE(g, arr, buf) firm_note(g, arr, sizeof arr / sizeof arr[0], buf, sizeof buf)

/* ---- The calendar ---------------------------------------------------------- */

/* Spring Festival (first day of the lunar year). */
static const struct { int y, mo, d; } spring[] = {
	{ 2024, 2, 10 }, { 2025, 1, 29 }, { 2026, 2, 17 }, { 2027, 2, 6 }, { 2028, 1, 26 },
	{ 2029, 2, 13 }, { 2030, 2, 3 }, { 2031, 1, 23 }, { 2032, 2, 11 }, { 2033, 1, 31 },
	{ 2034, 2, 19 }, { 2035, 2, 8 },
};

static bool in_list(const mbo_day *v, int n, mbo_day d)
{
	int i;

	for (i = 0; i < n; i++)
		if (v[i] == d)
			return true;
	return false;
}

static bool workday(const struct gen *g, mbo_day d)
{
	if (in_list(g->mkup, g->nmkup, d))
		return true;
	return mbo_day_weekday(d) <= 5 && !in_list(g->hol, g->nhol, d);
}

static int add_cal(struct gen *g, mbo_day d, bool holiday, const char *name)
{
	if (holiday) {
		if (mbo_day_weekday(d) > 5 || in_list(g->hol, g->nhol, d) || g->nhol >= 128)
			return 0;
		g->hol[g->nhol++] = d;
	} else {
		if (mbo_day_weekday(d) <= 5 || in_list(g->mkup, g->nmkup, d) || g->nmkup >= 64)
			return 0;
		g->mkup[g->nmkup++] = d;
	}
	bind_day(g->ins_cal, 1, d);
	sqlite3_bind_text(g->ins_cal, 2, holiday ? "holiday" : "workday", -1, SQLITE_STATIC);
	sqlite3_bind_text(g->ins_cal, 3, name, -1, SQLITE_STATIC);
	g->s->calendar++;
	return step(g, g->ins_cal, "calendar");
}

/* Public holidays of the years from..to, with a make-up workday around the
 * National Day week. */
static int make_calendar(struct gen *g, int from, int to)
{
	mbo_day d, e;
	size_t i;
	int y, k;

	for (y = from; y <= to; y++) {
		mbo_day_from_ymd(y, 1, 1, &d);
		if (add_cal(g, d, true, "元旦"))
			return -1;
		for (i = 0; i < sizeof spring / sizeof spring[0]; i++) {
			if (spring[i].y != y)
				continue;
			mbo_day_from_ymd(y, spring[i].mo, spring[i].d, &d);
			for (k = -1; k < 6; k++)
				if (add_cal(g, d + k, true, "春节"))
					return -1;
			/* the Saturday or Sunday before, worked */
			for (e = d - 2; mbo_day_weekday(e) <= 5; e--)
				;
			if (add_cal(g, e, false, "春节调休"))
				return -1;
		}
		mbo_day_from_ymd(y, 5, 1, &d);
		for (k = 0; k < 3; k++)
			if (add_cal(g, d + k, true, "劳动节"))
				return -1;
		mbo_day_from_ymd(y, 10, 1, &d);
		for (k = 0; k < 7; k++)
			if (add_cal(g, d + k, true, "国庆节"))
				return -1;
		for (e = d - 1; mbo_day_weekday(e) <= 5; e--)
			;
		if (add_cal(g, e, false, "国庆节调休"))
			return -1;
		for (e = d + 7; mbo_day_weekday(e) <= 5; e++)
			;
		if (add_cal(g, e, false, "国庆节调休"))
			return -1;
	}
	return 0;
}

/* ---- Rows ------------------------------------------------------------------ */

static int add_person(struct gen *g, const char *login, const char *role, int64_t manager,
                      int64_t *id)
{
	char name[64];

	snprintf(name, sizeof name, "%s%s", surnames[rnd(g) % (sizeof surnames / sizeof surnames[0])],
	         given[rnd(g) % (sizeof given / sizeof given[0])]);
	sqlite3_bind_text(g->ins_person, 1, login, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(g->ins_person, 2, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(g->ins_person, 3, role, -1, SQLITE_STATIC);
	if (manager)
		sqlite3_bind_int64(g->ins_person, 4, manager);
	else
		sqlite3_bind_null(g->ins_person, 4);
	sqlite3_bind_text(g->ins_person, 5, "2025-06-01T02:00:00Z", -1, SQLITE_STATIC);
	if (step(g, g->ins_person, "person"))
		return -1;
	*id = sqlite3_last_insert_rowid(g->db);
	g->s->persons++;
	return 0;
}

struct goal_row {
	int64_t owner, parent, created_by;
	int metric;
	const char *title, *description, *method, *status, *reason;
	mbo_dec baseline, target;
	mbo_day start, due, created;
};

static int add_goal(struct gen *g, const struct goal_row *r, int64_t *id)
{
	const struct metric *mt = &metrics[r->metric];
	sqlite3_stmt *st = g->ins_goal;
	char at[24];

	sqlite3_bind_int64(st, 1, r->owner);
	sqlite3_bind_text(st, 2, r->title, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, r->description ? r->description : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, mt->metric, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, mt->unit, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, mt->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, mt->direction, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, r->baseline);
	sqlite3_bind_int64(st, 9, r->target);
	bind_day(st, 10, r->start);
	bind_day(st, 11, r->due);
	sqlite3_bind_int(st, 12, mt->importance);
	sqlite3_bind_int(st, 13, mt->urgency);
	sqlite3_bind_int64(st, 14, MBO_DEC(mt->weight));
	if (r->parent)
		sqlite3_bind_int64(st, 15, r->parent);
	else
		sqlite3_bind_null(st, 15);
	bind_opt_text(st, 16, mt->kpi);
	sqlite3_bind_text(st, 17, r->method, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 18, r->status, -1, SQLITE_STATIC);
	bind_opt_text(st, 19, r->reason);
	sqlite3_bind_int64(st, 20, r->created_by);
	sqlite3_bind_text(st, 21, stamp(g, r->created, at), -1, SQLITE_TRANSIENT);
	if (step(g, st, "goal"))
		return -1;
	*id = sqlite3_last_insert_rowid(g->db);
	g->s->goals++;
	return 0;
}

static int add_revision(struct gen *g, int64_t goal, int64_t who, mbo_day day, const char *field,
                        const char *old_value, const char *new_value, const char *reason)
{
	sqlite3_stmt *st = g->ins_rev;
	char at[24];

	sqlite3_bind_int64(st, 1, goal);
	sqlite3_bind_int64(st, 2, who);
	sqlite3_bind_text(st, 3, stamp(g, day, at), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, field, -1, SQLITE_STATIC);
	bind_opt_text(st, 5, old_value);
	bind_opt_text(st, 6, new_value);
	sqlite3_bind_text(st, 7, reason, -1, SQLITE_TRANSIENT);
	g->s->revisions++;
	return step(g, st, "revision");
}

/* Workdays of [from, to] into wd (at most GEN_MAXWD); returns how many. */
static int workdays_of(const struct gen *g, mbo_day from, mbo_day to, mbo_day *wd)
{
	int n = 0;
	mbo_day d;

	for (d = from; d <= to && n < GEN_MAXWD; d++)
		if (workday(g, d))
			wd[n++] = d;
	return n;
}

/* Monthly milestones: the cumulative target by each month end before the
 * due date and at the due date, evenly by workdays, from 0 (sum) or the
 * baseline (level), in whole units of the goal. */
static int add_milestones(struct gen *g, int64_t goal, int metric, mbo_dec base, mbo_dec target,
                          mbo_day start, mbo_day due, const mbo_day *wd, int nwd)
{
	bool level = strcmp(metrics[metric].kind, "level") == 0;
	mbo_dec origin = level ? base : 0, span = target - origin, v;
	int y, mo, d, k, i, upto;
	mbo_day end;

	(void)start;
	for (k = 0; k < 3; k++) {
		mbo_day_to_ymd(start, &y, &mo, &d);
		mo += k + 1;
		if (mo > 12) {
			mo -= 12;
			y++;
		}
		mbo_day_from_ymd(y, mo, 1, &end);
		end -= 1;                    /* last day of the month */
		if (end > due)
			end = due;
		for (upto = 0, i = 0; i < nwd; i++)
			if (wd[i] <= end)
				upto = i + 1;
		v = origin + (mbo_dec)((__int128)span * upto / (nwd ? nwd : 1) / MBO_DEC_SCALE * MBO_DEC_SCALE);
		if (end == due)
			v = target;
		sqlite3_bind_int64(g->ins_ms, 1, goal);
		bind_day(g->ins_ms, 2, end);
		sqlite3_bind_int64(g->ins_ms, 3, v);
		if (step(g, g->ins_ms, "milestone"))
			return -1;
		g->s->milestones++;
		if (end == due)
			break;
	}
	return 0;
}

/* Tasks of a goal, due across its quarter; those due before today mostly
 * done (past quarters: nearly all), a few of the later ones done early. */
static int add_tasks(struct gen *g, int64_t goal, int64_t assignee, int64_t creator, int n,
                     mbo_day created, const mbo_day *wd, int nwd, bool past)
{
	sqlite3_stmt *st = g->ins_task;
	mbo_day today = g->o->today, due, done;
	char title[160], at[24];
	int k;

	for (k = 0; k < n; k++) {
		due = wd[(k + 1) * (nwd - 1) / n];
		NOTE(g, task_titles, title);
		done = MBO_DAY_NONE;
		if (due < today) {
			if (chance(g, past ? 0.97 : 0.85))
				done = due - (mbo_day)rnd_in(g, 0, 4);
		} else if (chance(g, 0.10)) {
			done = today - (mbo_day)rnd_in(g, 0, 6);
		}
		if (done != MBO_DAY_NONE && done < created)
			done = created;
		sqlite3_bind_int64(st, 1, goal);
		sqlite3_bind_text(st, 2, title, -1, SQLITE_TRANSIENT);
		bind_day(st, 3, due);
		sqlite3_bind_int64(st, 4, assignee);
		if (done != MBO_DAY_NONE) {
			bind_day(st, 5, done);
			sqlite3_bind_int64(st, 6, assignee);
		} else {
			sqlite3_bind_null(st, 5);
			sqlite3_bind_null(st, 6);
		}
		sqlite3_bind_int64(st, 7, creator);
		sqlite3_bind_text(st, 8, stamp(g, created, at), -1, SQLITE_TRANSIENT);
		if (step(g, st, "task"))
			return -1;
		g->s->tasks++;
	}
	return 0;
}

static int add_checkin(struct gen *g, int64_t goal, mbo_day day, mbo_dec value, const char *note,
                       int64_t by)
{
	sqlite3_stmt *st = g->ins_ci;
	char at[24];

	sqlite3_bind_int64(st, 1, goal);
	bind_day(st, 2, day);
	sqlite3_bind_int64(st, 3, value);
	sqlite3_bind_text(st, 4, note ? note : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, by);
	sqlite3_bind_text(st, 6, stamp(g, day, at), 20, SQLITE_TRANSIENT);
	g->s->checkins++;
	return step(g, st, "checkin");
}

/* ---- A quarter --------------------------------------------------------------- */

static const char *qname(mbo_day start, char *buf)
{
	int y, mo, d;

	mbo_day_to_ymd(start, &y, &mo, &d);
	snprintf(buf, 16, "%d-Q%d", y, (mo - 1) / 3 + 1);
	return buf;
}

static void title_of(int metric, const char *who, mbo_dec base, mbo_dec target, const char *q,
                     char *buf, size_t cap)
{
	char t[40], b[40];

	mbo_dec_format(target, 0, true, t);
	mbo_dec_format(base, 0, true, b);
	switch (metric) {
	case M_REV: snprintf(buf, cap, "%sRevenue %s CNY in %s", who, t, q); break;
	case M_CUST: snprintf(buf, cap, "%sSign %s new customers in %s", who, t, q); break;
	case M_VIS: snprintf(buf, cap, "%s%s customer visits in %s", who, t, q); break;
	case M_ACT: snprintf(buf, cap, "%sGrow active customers from %s to %s in %s", who, b, t, q); break;
	default: snprintf(buf, cap, "%sLose at most %s customers in %s", who, t, q); break;
	}
}

/* The pace of one salesperson for a quarter: some ahead, most on plan, some
 * at risk, some behind; people keep a part of last quarter's form. */
static double draw_pace(struct gen *g, double prev)
{
	double r = unif(g), p;

	if (r < 0.15)
		p = unif_in(g, 1.08, 1.30);
	else if (r < 0.65)
		p = unif_in(g, 0.95, 1.08);
	else if (r < 0.83)
		p = unif_in(g, 0.80, 0.95);
	else
		p = unif_in(g, 0.50, 0.80);
	return prev > 0 ? 0.35 * prev + 0.65 * p : p;
}

/* The closing status of a finished goal with actual a. */
static bool met(int metric, mbo_dec a, mbo_dec target)
{
	return strcmp(metrics[metric].direction, "up") == 0 ? a >= target : a <= target;
}

static int quarter(struct gen *g, mbo_day qstart, mbo_day qend)
{
	const mbo_day today = g->o->today;
	const bool past = qend < today;
	const long n = g->o->people;
	mbo_day wd[GEN_MAXWD], created = qstart - 3;
	int nwd = workdays_of(g, qstart, qend, wd), upto, k, i, j;
	int64_t org[GEN_TEAM_METRICS], *team;
	mbo_dec org_t[GEN_TEAM_METRICS] = { 0 }, org_b[GEN_TEAM_METRICS] = { 0 };
	mbo_dec *team_t, *team_b;
	char q[16], title[200], who[48], o[40], nw[40], note[160];
	struct goal_row r;
	int rc = -1;

	qname(qstart, q);
	team = calloc((size_t)g->nmgr * GEN_TEAM_METRICS, sizeof *team);
	team_t = calloc((size_t)g->nmgr * GEN_TEAM_METRICS, sizeof *team_t);
	team_b = calloc((size_t)g->nmgr * GEN_TEAM_METRICS, sizeof *team_b);
	if (!team || !team_t || !team_b) {
		snprintf(g->err, g->errcap, "out of memory");
		goto out;
	}

	/* Targets first: the parents' are the sums of their children's. */
	for (i = 0; i < n; i++) {
		struct rep *p = &g->reps[i];
		double s = p->size;

		p->pace = draw_pace(g, p->pace);
		p->target[M_REV] = whole(500000.0 * s * unif_in(g, 0.95, 1.15), 10000);
		p->target[M_CUST] = whole(7.0 * s * unif_in(g, 0.8, 1.2), 1);
		if (p->target[M_CUST] < MBO_DEC(3))
			p->target[M_CUST] = MBO_DEC(3);
		p->target[M_VIS] = whole(3.3 * nwd * unif_in(g, 0.85, 1.15), 10);
		p->base[M_ACT] = p->level;
		p->target[M_ACT] = p->level + MBO_DEC(3) + whole((double)p->level / MBO_DEC_SCALE * 0.12, 1);
		p->target[M_CHURN] = MBO_DEC(rnd_in(g, 2, 4));
		for (k = 0; k < GEN_METRICS; k++) {
			if (k == M_ACT)
				continue;
			p->base[k] = p->prev[k] ? p->prev[k]
			                        : (mbo_dec)((double)p->target[k] * unif_in(g, 0.85, 1.0)) /
			                                  MBO_DEC_SCALE * MBO_DEC_SCALE;
		}
		if (p->base[M_CHURN] <= p->target[M_CHURN])
			p->base[M_CHURN] = p->target[M_CHURN] + MBO_DEC(rnd_in(g, 1, 3));
		for (k = 0; k < GEN_TEAM_METRICS; k++) {
			team_t[p->team * GEN_TEAM_METRICS + k] += p->target[k];
			team_b[p->team * GEN_TEAM_METRICS + k] += p->base[k];
			org_t[k] += p->target[k];
			org_b[k] += p->base[k];
		}
		memset(p->actual, 0, sizeof p->actual);
		p->actual[M_ACT] = p->level;
		/* Silence: a spell of 3-8 workdays in three quarters of a year's
		 * quarters; in the current quarter 4% are silent right now. */
		p->quiet_from = p->quiet_to = 0;
		if (chance(g, 0.3)) {
			p->quiet_from = (int)rnd_in(g, 0, nwd - 1);
			p->quiet_to = p->quiet_from + (int)rnd_in(g, 3, 8);
		}
		p->morning = chance(g, 0.4);
	}
	if (!past) {
		for (upto = 0; upto < nwd && wd[upto] <= today; upto++)
			;
		for (i = 0; i < n; i++) {
			if (chance(g, 0.04)) {
				g->reps[i].quiet_to = upto + 1;
				g->reps[i].quiet_from = upto - (int)rnd_in(g, 3, 8);
			}
		}
	}

	/* The director's organisation goals, the managers' team goals, the
	 * salespeople's goals: all active (closed below for past quarters). */
	memset(&r, 0, sizeof r);
	r.start = qstart;
	r.due = qend;
	r.created = created;
	r.status = "active";
	for (k = 0; k < GEN_TEAM_METRICS; k++) {
		r.owner = g->director;
		r.created_by = g->director;
		r.parent = 0;
		r.metric = k;
		r.method = "kpi";
		r.baseline = org_b[k];
		r.target = org_t[k];
		title_of(k, "Organisation: ", r.baseline, r.target, q, title, sizeof title);
		r.title = title;
		r.description = "The organisation's objective for the quarter, cascaded to the teams.";
		if (add_goal(g, &r, &org[k]) ||
		    add_revision(g, org[k], g->director, created, "status", NULL, "active", "created") ||
		    add_milestones(g, org[k], k, r.baseline, r.target, qstart, qend, wd, nwd))
			goto out;
	}
	for (j = 0; j < g->nmgr; j++) {
		snprintf(who, sizeof who, "Team m%02d: ", j + 1);
		for (k = 0; k < GEN_TEAM_METRICS; k++) {
			int64_t *id = &team[j * GEN_TEAM_METRICS + k];
			r.owner = g->mgr[j];
			r.created_by = g->director;
			r.parent = org[k];
			r.metric = k;
			r.method = "kpi";
			r.baseline = team_b[j * GEN_TEAM_METRICS + k];
			r.target = team_t[j * GEN_TEAM_METRICS + k];
			title_of(k, who, r.baseline, r.target, q, title, sizeof title);
			r.title = title;
			r.description = "The team's share of the organisation's objective.";
			if (add_goal(g, &r, id) ||
			    add_revision(g, *id, g->director, created, "status", NULL, "active", "created") ||
			    add_milestones(g, *id, k, r.baseline, r.target, qstart, qend, wd, nwd) ||
			    add_tasks(g, *id, g->mgr[j], g->mgr[j], GEN_TEAM_TASKS, created, wd, nwd, past))
				goto out;
		}
	}
	for (i = 0; i < n; i++) {
		struct rep *p = &g->reps[i];

		for (k = 0; k < GEN_METRICS; k++) {
			r.owner = p->id;
			r.created_by = p->mgr;
			r.parent = k < GEN_TEAM_METRICS ? team[p->team * GEN_TEAM_METRICS + k] : 0;
			r.metric = k;
			r.method = k == M_CHURN ? "benchmark" : "negotiated";
			r.baseline = p->base[k];
			r.target = p->target[k];
			title_of(k, "", r.baseline, r.target, q, title, sizeof title);
			r.title = title;
			r.description = k == M_CHURN ? "Keep the accounts we have: call every at-risk customer." : "";
			if (add_goal(g, &r, &p->goal[k]) ||
			    add_revision(g, p->goal[k], p->mgr, created, "status", NULL, "active", "created") ||
			    add_milestones(g, p->goal[k], k, r.baseline, r.target, qstart, qend, wd, nwd) ||
			    add_tasks(g, p->goal[k], p->id, p->mgr, GEN_TASKS, created, wd, nwd, past))
				goto out;
		}
		/* A few proposals: waiting in the current quarter, rejected before. */
		if (chance(g, 0.02)) {
			int64_t id;
			mbo_day when = past ? qstart + 10 : today - (mbo_day)rnd_in(g, 1, 9);
			r.owner = p->id;
			r.created_by = p->id;
			r.parent = 0;
			r.metric = M_VIS;
			r.method = "self";
			r.baseline = 0;
			r.target = p->target[M_VIS] / 4 / MBO_DEC_SCALE * MBO_DEC_SCALE + MBO_DEC(10);
			snprintf(title, sizeof title, "Visit %lld dormant customers in %s",
			         (long long)(r.target / MBO_DEC_SCALE), q);
			r.title = title;
			r.description = "Win back customers who have not ordered for a year.";
			r.status = past ? "rejected" : "proposed";
			r.reason = past ? "Fold this into your visits goal" : NULL;
			r.created = when;
			if (add_goal(g, &r, &id) ||
			    add_revision(g, id, p->id, when, "status", NULL, "proposed", "proposed") ||
			    (past && add_revision(g, id, p->mgr, when + 2, "status", "proposed", "rejected",
			                          "Fold this into your visits goal")))
				goto out;
			r.status = "active";
			r.reason = NULL;
			r.created = created;
		}
	}

	/* A few targets revised with a reason, a month into the quarter. */
	for (i = 0; i < n; i++) {
		struct rep *p = &g->reps[i];
		mbo_dec nt;
		mbo_day when = wd[nwd / 3];

		if (when > today || !chance(g, 0.05))
			continue;
		nt = p->target[M_REV] - whole((double)p->target[M_REV] / MBO_DEC_SCALE * 0.1, 10000);
		mbo_dec_format(p->target[M_REV], 0, false, o);
		mbo_dec_format(nt, 0, false, nw);
		if (add_revision(g, p->goal[M_REV], p->mgr, when, "target", o, nw,
		                 "Key account moved its budget to next year"))
			goto out;
		/* The goal row holds the revised target; the team's parents keep
		 * theirs, a drift `goal show` reports. */
		sqlite3_bind_text(g->upd_goal, 1, "active", -1, SQLITE_STATIC);
		sqlite3_bind_null(g->upd_goal, 2);
		sqlite3_bind_int64(g->upd_goal, 3, nt);
		sqlite3_bind_int64(g->upd_goal, 4, p->goal[M_REV]);
		if (step(g, g->upd_goal, "revising a goal"))
			goto out;
		p->target[M_REV] = nt;
	}

	/* Check-ins, day by day, in the order they were entered. */
	for (k = 0; k < nwd && wd[k] <= today; k++) {
		mbo_day d = wd[k];
		bool is_today = d == today;

		for (i = 0; i < n; i++) {
			struct rep *p = &g->reps[i];
			double f = p->pace, act = 0.93;
			int64_t by = chance(g, 0.03) ? p->mgr : p->id;
			int visits, v;
			mbo_dec lvl, plan;

			if ((k >= p->quiet_from && k < p->quiet_to) || chance(g, p->skip) ||
			    (is_today && !p->morning))
				continue;
			/* several visits a day, one check-in each */
			visits = (int)((double)p->target[M_VIS] / MBO_DEC_SCALE / nwd * f / act * 2.0 * unif(g) + 0.5);
			for (v = 0; v < visits; v++) {
				bool noted = chance(g, 0.3);
				if (noted)
					NOTE(g, visit_notes, note);
				if (add_checkin(g, p->goal[M_VIS], d, MBO_DEC(1), noted ? note : NULL, by))
					goto out;
				p->actual[M_VIS] += MBO_DEC(1);
			}
			if (chance(g, 0.6)) {
				mbo_dec val = whole((double)p->target[M_REV] / MBO_DEC_SCALE / nwd * f / act / 0.6 *
				                    unif_in(g, 0.3, 1.7), 100);
				bool noted = chance(g, 0.4);
				if (noted)
					NOTE(g, deal_notes, note);
				if (add_checkin(g, p->goal[M_REV], d, val, noted ? note : NULL, by))
					goto out;
				p->actual[M_REV] += val;
			}
			if (chance(g, (double)p->target[M_CUST] / MBO_DEC_SCALE / nwd * f / act)) {
				snprintf(note, sizeof note, "签约%s%s", firms[rnd(g) % (sizeof firms / sizeof firms[0])],
				         trades[rnd(g) % (sizeof trades / sizeof trades[0])]);
				if (add_checkin(g, p->goal[M_CUST], d, MBO_DEC(1), note, by))
					goto out;
				p->actual[M_CUST] += MBO_DEC(1);
			}
			if (chance(g, (double)p->target[M_CHURN] / MBO_DEC_SCALE / nwd * (2.0 - f) / act)) {
				if (add_checkin(g, p->goal[M_CHURN], d, MBO_DEC(1), "客户不再续约", by))
					goto out;
				p->actual[M_CHURN] += MBO_DEC(1);
			}
			/* the day's count of active customers */
			plan = p->base[M_ACT] + (mbo_dec)((__int128)(p->target[M_ACT] - p->base[M_ACT]) * (k + 1) / nwd);
			lvl = p->base[M_ACT] + (mbo_dec)((double)(plan - p->base[M_ACT]) * f);
			lvl = lvl / MBO_DEC_SCALE * MBO_DEC_SCALE + MBO_DEC(rnd_in(g, -1, 1));
			if (lvl < 0)
				lvl = 0;
			if (add_checkin(g, p->goal[M_ACT], d, lvl, NULL, by))
				goto out;
			p->actual[M_ACT] = lvl;
		}
	}

	/* Past quarters are closed, evaluated and rated. */
	if (past) {
		mbo_day close = qend + 3 <= today ? qend + 3 : today;
		mbo_dec ta[GEN_TEAM_METRICS];

		for (i = 0; i < n; i++) {
			struct rep *p = &g->reps[i];
			for (k = 0; k < GEN_METRICS; k++) {
				bool ok = met(k, p->actual[k], p->target[k]);
				const char *st = ok ? "achieved" : "missed";
				sqlite3_bind_text(g->upd_goal, 1, st, -1, SQLITE_STATIC);
				sqlite3_bind_text(g->upd_goal, 2, "closed at the end of the quarter", -1, SQLITE_STATIC);
				sqlite3_bind_int64(g->upd_goal, 3, p->target[k]);
				sqlite3_bind_int64(g->upd_goal, 4, p->goal[k]);
				if (step(g, g->upd_goal, "closing a goal") ||
				    add_revision(g, p->goal[k], p->mgr, close, "status", "active", st,
				                 "closed at the end of the quarter"))
					goto out;
				p->prev[k] = p->actual[k];
			}
			p->level = p->actual[M_ACT];
		}
		for (j = -1; j < g->nmgr; j++) {
			memset(ta, 0, sizeof ta);
			for (i = 0; i < n; i++)
				if (j < 0 || g->reps[i].team == j)
					for (k = 0; k < GEN_TEAM_METRICS; k++)
						ta[k] += g->reps[i].actual[k];
			for (k = 0; k < GEN_TEAM_METRICS; k++) {
				int64_t id = j < 0 ? org[k] : team[j * GEN_TEAM_METRICS + k];
				mbo_dec t = j < 0 ? org_t[k] : team_t[j * GEN_TEAM_METRICS + k];
				const char *st = met(k, ta[k], t) ? "achieved" : "missed";
				sqlite3_bind_text(g->upd_goal, 1, st, -1, SQLITE_STATIC);
				sqlite3_bind_text(g->upd_goal, 2, "closed at the end of the quarter", -1, SQLITE_STATIC);
				sqlite3_bind_int64(g->upd_goal, 3, t);
				sqlite3_bind_int64(g->upd_goal, 4, id);
				if (step(g, g->upd_goal, "closing a goal") ||
				    add_revision(g, id, g->director, close, "status", "active", st,
				                 "closed at the end of the quarter"))
					goto out;
			}
		}
		for (i = 0; i < n && (g->has_eval || g->has_feedback); i++) {
			struct rep *p = &g->reps[i];
			mbo_day when = qend + 8 <= today ? qend + 8 : today;
			int rating = p->pace >= 1.08 ? 5 : p->pace >= 0.95 ? 4 : p->pace >= 0.8 ? 3 : 2;
			char at[24];

			if (g->has_eval) {
				snprintf(note, sizeof note, "%s: revenue %lld%% of target; %s.", q,
				         (long long)(p->actual[M_REV] * 100 / (p->target[M_REV] ? p->target[M_REV] : 1)),
				         rating >= 4 ? "a strong quarter, keep the visit rhythm"
				                     : "more visits to key accounts next quarter");
				sqlite3_bind_int64(g->ins_eval, 1, p->id);
				sqlite3_bind_text(g->ins_eval, 2, q, -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(g->ins_eval, 3, note, -1, SQLITE_TRANSIENT);
				sqlite3_bind_int64(g->ins_eval, 4, p->mgr);
				sqlite3_bind_text(g->ins_eval, 5, stamp(g, when, at), -1, SQLITE_TRANSIENT);
				if (step(g, g->ins_eval, "evaluation"))
					goto out;
				g->s->evaluations++;
			}
			for (j = 0; j < 2 && g->has_feedback; j++) {
				int64_t rater = j == 0 ? p->id : p->mgr;
				sqlite3_bind_int64(g->ins_fb, 1, p->id);
				sqlite3_bind_text(g->ins_fb, 2, q, -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(g->ins_fb, 3, j == 0 ? "self" : "superior", -1, SQLITE_STATIC);
				sqlite3_bind_int64(g->ins_fb, 4, rater);
				sqlite3_bind_int(g->ins_fb, 5, j == 0 ? 4 : rating);
				sqlite3_bind_int(g->ins_fb, 6, (int)rnd_in(g, 3, 5));
				sqlite3_bind_int(g->ins_fb, 7, (int)rnd_in(g, 3, 5));
				sqlite3_bind_text(g->ins_fb, 8, stamp(g, when, at), -1, SQLITE_TRANSIENT);
				if (step(g, g->ins_fb, "feedback"))
					goto out;
				g->s->feedback++;
			}
		}
	}
	rc = 0;
out:
	free(team);
	free(team_t);
	free(team_b);
	return rc;
}

/* ---- The whole database -------------------------------------------------- */

static bool has_table(sqlite3 *db, const char *name)
{
	sqlite3_stmt *st;
	bool yes = false;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &st,
	                       NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	yes = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return yes;
}

/* The schema's own indexes on the big tables, dropped while loading and
 * made again from their stored SQL at the end: building an index by sorting
 * is several times faster than growing it row by row in random order. */
struct saved_index {
	char *sql[16];
	int n;
};

static int drop_indexes(struct gen *g, struct saved_index *x)
{
	sqlite3_stmt *st;
	char drop[200];
	char *names[16];
	int i, n = 0, rc = 0;

	if (sqlite3_prepare_v2(g->db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
	                              "AND sql IS NOT NULL AND tbl_name IN ('checkin', 'task', 'revision')",
	                       -1, &st, NULL) != SQLITE_OK)
		return fail(g, "reading the indexes");
	while (sqlite3_step(st) == SQLITE_ROW && n < 16) {
		names[n] = strdup((const char *)sqlite3_column_text(st, 0));
		x->sql[n] = strdup((const char *)sqlite3_column_text(st, 1));
		n++;
	}
	sqlite3_finalize(st);
	x->n = n;
	for (i = 0; i < n; i++) {
		if (names[i] == NULL || x->sql[i] == NULL) {
			snprintf(g->err, g->errcap, "out of memory");
			rc = -1;
		} else if (rc == 0) {
			snprintf(drop, sizeof drop, "DROP INDEX \"%s\"", names[i]);
			rc = exec(g, drop);
		}
		free(names[i]);
	}
	return rc;
}

static int make_indexes(struct gen *g, struct saved_index *x)
{
	int i, rc = 0;

	for (i = 0; i < x->n; i++) {
		if (rc == 0 && x->sql[i])
			rc = exec(g, x->sql[i]);
		free(x->sql[i]);
	}
	x->n = 0;
	return rc;
}

static int prepare(struct gen *g, sqlite3_stmt **st, const char *sql)
{
	if (sqlite3_prepare_v3(g->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
		return fail(g, sql);
	return 0;
}

/*
 * Fills the open, new database `m` (made by mbo_open with MBO_OPEN_CREATE;
 * `admin` its first person) with o->people salespeople and their teams as
 * described at the top of this file, ending with ANALYZE. Counts go to *s.
 * Returns 0, or -1 with a message in err (cap bytes). The database is left
 * in WAL mode, as mbo makes it.
 */
static int gen_fill(mbo *m, int64_t admin, const struct gen_opts *o, struct gen_stats *s,
                    char *err, size_t cap)
{
	struct gen g;
	struct saved_index idx = { { NULL }, 0 };
	sqlite3_stmt **all[10];
	mbo_day qs[GEN_QUARTERS], qe[GEN_QUARTERS];
	int y, mo, d, k, rc = -1;
	long i;
	char login[32];

	memset(&g, 0, sizeof g);
	memset(s, 0, sizeof *s);
	g.db = mbo_sqlite(m);
	g.o = o;
	g.s = s;
	g.err = err;
	g.errcap = cap;
	g.rng = o->seed;
	g.admin = admin;
	g.nmgr = (int)((o->people + GEN_TEAM - 1) / GEN_TEAM);
	g.mgr = calloc((size_t)g.nmgr, sizeof *g.mgr);
	g.reps = calloc((size_t)o->people, sizeof *g.reps);
	g.has_eval = has_table(g.db, "evaluation");
	g.has_feedback = has_table(g.db, "feedback");
	if (!g.mgr || !g.reps) {
		snprintf(err, cap, "out of memory");
		goto out;
	}
	/* A bulk load: no journal, no syncing, a big cache; WAL again at the end. */
	if (exec(&g, "PRAGMA journal_mode = OFF") || exec(&g, "PRAGMA synchronous = OFF") ||
	    exec(&g, "PRAGMA cache_size = -262144") || exec(&g, "BEGIN") || drop_indexes(&g, &idx))
		goto out;
	if (prepare(&g, &g.ins_person, "INSERT INTO person(login, name, role, manager_id, created_at) "
	                               "VALUES (?, ?, ?, ?, ?)") ||
	    prepare(&g, &g.ins_goal, "INSERT INTO goal(owner_id, title, description, metric, unit, kind, "
	                             "direction, baseline, target, start_day, due_day, importance, urgency, "
	                             "weight, parent_id, kpi, method, status, status_reason, created_by, "
	                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	                             "?, ?, ?, ?, ?)") ||
	    prepare(&g, &g.ins_ms, "INSERT INTO milestone(goal_id, day, target) VALUES (?, ?, ?)") ||
	    prepare(&g, &g.ins_task, "INSERT INTO task(goal_id, title, due_day, assignee_id, done_day, "
	                             "done_by, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") ||
	    prepare(&g, &g.ins_ci, "INSERT INTO checkin(goal_id, day, value, note, entered_by, entered_at) "
	                           "VALUES (?, ?, ?, ?, ?, ?)") ||
	    prepare(&g, &g.ins_rev, "INSERT INTO revision(goal_id, change_id, person_id, at, field, "
	                            "old_value, new_value, reason) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)") ||
	    prepare(&g, &g.upd_goal, "UPDATE goal SET status = ?, status_reason = ?, target = ? WHERE id = ?") ||
	    prepare(&g, &g.ins_cal, "INSERT INTO calendar_day(day, kind, name) VALUES (?, ?, ?)") ||
	    (g.has_eval && prepare(&g, &g.ins_eval, "INSERT INTO evaluation(subject_id, period, summary, "
	                                            "written_by, written_at) VALUES (?, ?, ?, ?, ?)")) ||
	    (g.has_feedback && prepare(&g, &g.ins_fb, "INSERT INTO feedback(subject_id, period, relation, "
	                                              "rater_id, quality, growth, teamwork, entered_at) "
	                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
		goto out;

	/* The four quarters up to and including today's. */
	mbo_day_to_ymd(o->today, &y, &mo, &d);
	mo = (mo - 1) / 3 * 3 + 1;
	for (k = GEN_QUARTERS - 1; k >= 0; k--) {
		int ny = mo + 3 > 12 ? y + 1 : y, nmo = mo + 3 > 12 ? mo - 9 : mo + 3;
		mbo_day_from_ymd(y, mo, 1, &qs[k]);
		mbo_day_from_ymd(ny, nmo, 1, &qe[k]);
		qe[k] -= 1;
		mo -= 3;
		if (mo < 1) {
			mo += 12;
			y--;
		}
	}
	mbo_day_to_ymd(qs[0], &y, &mo, &d);
	if (make_calendar(&g, y, y + 1))
		goto out;

	if (add_person(&g, "d1", "manager", 0, &g.director))
		goto out;
	for (k = 0; k < g.nmgr; k++) {
		snprintf(login, sizeof login, "m%02d", k + 1);
		if (add_person(&g, login, "manager", g.director, &g.mgr[k]))
			goto out;
	}
	for (i = 0; i < o->people; i++) {
		struct rep *p = &g.reps[i];
		snprintf(login, sizeof login, "s%0*ld", o->people >= 10000 ? 5 : 4, i + 1);
		p->team = (int)(i / GEN_TEAM);
		p->mgr = g.mgr[p->team];
		if (add_person(&g, login, "sales", p->mgr, &p->id))
			goto out;
		p->size = unif_in(&g, 0.6, 1.6);
		p->skip = unif_in(&g, 0.0, 0.08);
		p->level = whole(unif_in(&g, 20, 80) * p->size, 1);
	}
	for (k = 0; k < GEN_QUARTERS; k++)
		if (quarter(&g, qs[k], qe[k]))
			goto out;
	if (make_indexes(&g, &idx) || exec(&g, "COMMIT"))
		goto out;
	rc = 0;
out:
	all[0] = &g.ins_person; all[1] = &g.ins_goal; all[2] = &g.ins_ms; all[3] = &g.ins_task;
	all[4] = &g.ins_ci; all[5] = &g.ins_rev; all[6] = &g.upd_goal; all[7] = &g.ins_cal;
	all[8] = &g.ins_eval; all[9] = &g.ins_fb;
	for (k = 0; k < 10; k++)
		sqlite3_finalize(*all[k]);
	if (rc) {
		for (k = 0; k < idx.n; k++)
			free(idx.sql[k]);
		sqlite3_exec(g.db, "ROLLBACK", NULL, NULL, NULL);
	}
	if (rc == 0 && (exec(&g, "ANALYZE") || exec(&g, "PRAGMA journal_mode = WAL") ||
	                exec(&g, "PRAGMA synchronous = FULL")))
		rc = -1;
	free(g.mgr);
	free(g.reps);
	return rc;
}

#ifndef MBO_BENCH_GEN_NO_MAIN

static int usage(void)
{
	fprintf(stderr, "usage: mbo-bench-gen --people N [--seed S] --db FILE\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct gen_opts o = { 0, 1, 0 };
	struct gen_stats s;
	const char *db = NULL;
	struct timespec t0, t1;
	char err[1024];
	int64_t admin;
	mbo *m = NULL;
	int i;

	for (i = 1; i < argc; i++) {
		char *end;
		if (strcmp(argv[i], "--people") == 0 && i + 1 < argc) {
			o.people = strtol(argv[++i], &end, 10);
			if (*end || o.people < 1 || o.people > 99999)
				return usage();
		} else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
			o.seed = strtoull(argv[++i], &end, 10);
			if (*end)
				return usage();
		} else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			db = argv[++i];
		} else {
			return usage();
		}
	}
	if (o.people == 0 || db == NULL)
		return usage();
	o.today = mbo_today();
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (mbo_open(db, MBO_OPEN_CREATE, &m) != MBO_OK ||
	    mbo_bootstrap_admin(m, "admin", "Administrator", &admin) != MBO_OK) {
		fprintf(stderr, "mbo-bench-gen: %s\n", mbo_errmsg(m));
		mbo_close(m);
		return 1;
	}
	if (gen_fill(m, admin, &o, &s, err, sizeof err) != 0) {
		fprintf(stderr, "mbo-bench-gen: %s\n", err);
		mbo_close(m);
		return 1;
	}
	mbo_close(m);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	{
		char day[16];
		printf("{\"people\": %ld, \"today\": \"%s\", \"persons\": %ld, \"goals\": %ld, "
		       "\"milestones\": %ld, \"tasks\": %ld, \"checkins\": %ld, \"revisions\": %ld, "
		       "\"evaluations\": %ld, \"feedback\": %ld, \"calendar_days\": %ld, \"seconds\": %.2f}\n",
		       o.people, mbo_day_format(o.today, day), s.persons + 1, s.goals, s.milestones, s.tasks,
		       s.checkins, s.revisions, s.evaluations, s.feedback, s.calendar,
		       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	}
	return 0;
}

#endif
