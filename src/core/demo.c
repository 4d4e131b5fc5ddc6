/*
 * demo.c: the sample sales team of `mbo init --demo`.
 *
 * A manager, chen.jing, and seven salespeople under her, with a quarter of
 * goals around `today`: revenue goals linked to the team's revenue goal and
 * split by month, new-customer and visit goals, a few level and down goals,
 * tasks, daily check-ins up to yesterday at different paces (two ahead, two
 * on track, one at risk, one off track, one silent for six workdays), last
 * quarter's closed goals with weekly check-ins as history, the public
 * holidays of both quarters, one revision with its reason and one proposal
 * waiting for the manager.
 *
 * Everything goes through the core API, so the rules hold (permissions, the
 * SMART gate, the approval flow), inside one change: one transaction, fast,
 * and undone as a whole. Numbers come from a splitmix64 generator seeded
 * with `today`, so the same day gives the same team. Two kinds of write go
 * around the API's checks, through the record functions that write history
 * as given: goals get a plausible creation day (two days before their
 * quarter; the proposal five days before today, so it visibly waits), and a
 * check-in or a ticked task dated after the clock's today (a demo dated
 * ahead of the clock, as tests do) is written directly, since the API
 * rightly refuses the future.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "checkin_priv.h"
#include "goal_priv.h"
#include "task_priv.h"
#include "mbo/calendar.h"
#include "mbo/checkin.h"
#include "mbo/demo.h"
#include "mbo/eval.h"
#include "mbo/goal.h"
#include "mbo/person.h"
#include "mbo/plan.h"
#include "mbo/task.h"
#include "mbo/undo.h"

#define NREP 7
#define MAXDAYS 100          /* days in a quarter, with room */
#define YUAN MBO_DEC(1)
#define CENT (MBO_DEC_SCALE / 100)

struct rep {
	const char *login, *name;
	int pace;            /* percent of the plan reached by yesterday */
	bool silent;         /* no check-in for the last six workdays */
	bool level;          /* also an active-customers (level) goal */
	bool churn;          /* also a churned-customers (down) goal */
	bool overdue;        /* one task left open past its due date */
	const char *tasks[4];
};

static const struct rep reps[NREP] = {
	{ "li.wei", "李伟", 112, false, true, false, false,
	  { "拜访华信科技采购总监，确认年度框架协议", "给东方贸易发送新一年报价单",
	    "整理重点客户回访名单", "准备长江物流续约方案" } },
	{ "wang.fang", "王芳", 108, false, false, false, false,
	  { "跟进明达电子合同签署", "Prepare the demo for 恒丰建材", "参加行业展会收集线索",
	    "回访新锐医疗的试用反馈" } },
	{ "zhang.min", "张敏", 104, false, true, false, false,
	  { "拜访金桥食品，了解节前备货需求", "整理 CRM 中的沉睡客户", "给远航汽配做产品培训",
	    "核对本季度回款明细" } },
	{ "liu.yang", "刘洋", 101, false, false, true, false,
	  { "回访瑞丰纺织，处理投诉", "Send the renewal offer to 天成软件", "拜访博远家居新采购经理",
	    "更新客户流失预警名单" } },
	{ "zhao.lei", "赵磊", 86, false, false, false, true,
	  { "催中润化工确认预算", "拜访华信科技技术负责人", "准备东方贸易招标文件",
	    "约明达电子做季度复盘" } },
	{ "sun.li", "孙丽", 60, false, true, false, true,
	  { "给长江物流发送报价单", "拜访恒丰建材，重新建立联系", "整理新锐医疗的需求清单",
	    "跟进金桥食品样品试用" } },
	{ "zhou.hao", "周浩", 100, true, false, false, false,
	  { "拜访远航汽配采购部", "Follow up the 瑞丰纺织 tender", "整理天成软件的合同附件",
	    "准备博远家居方案演示" } },
};

#define REVISED 4        /* zhao.lei: target lowered with a reason */
#define PROPOSER 1       /* wang.fang: one proposal waiting */

static const char *const companies[] = {
	"华信科技", "东方贸易", "长江物流", "明达电子", "恒丰建材", "新锐医疗",
	"金桥食品", "远航汽配", "瑞丰纺织", "天成软件", "博远家居", "中润化工",
};
#define NCOMPANY (sizeof companies / sizeof companies[0])

/* Spring Festival (the first day of the lunar year), for the years the demo
 * is likely to be run; other years have no Spring Festival holidays. */
static const struct { int y, mo, d; } spring[] = {
	{ 2024, 2, 10 }, { 2025, 1, 29 }, { 2026, 2, 17 }, { 2027, 2, 6 },
	{ 2028, 1, 26 }, { 2029, 2, 13 }, { 2030, 2, 3 }, { 2031, 1, 23 },
	{ 2032, 2, 11 }, { 2033, 1, 31 }, { 2034, 2, 19 }, { 2035, 2, 8 },
};

enum flavour { FL_REVENUE, FL_VISITS, FL_CUSTOMERS };

/* What one salesperson gets, decided before anything is written. */
struct plan {
	mbo_dec prev_rev_target, prev_rev_actual;
	mbo_dec prev_cust_target, prev_cust_actual;
	mbo_dec prev_vis_target, prev_vis_actual;
	mbo_dec rev_target, rev_revised, cust_target, vis_target;
	int64_t id;                                       /* person */
	int64_t rev, cust, vis, level, churn;             /* current goals, 0 if none */
};

struct demo {
	mbo *m;
	int64_t admin, manager;
	mbo_day today, clock;        /* the demo's today, the clock's (API limit) */
	mbo_day cur_start, cur_end, prev_start, prev_end;
	int cur_q, prev_q;
	uint64_t rng;
	struct plan p[NREP];
	mbo_day wd[MAXDAYS];         /* workdays of the current quarter */
	size_t nwd;                  /* how many */
	size_t past;                 /* how many of them are before today */
	int64_t team_goal;
};

/* ---- Random numbers ------------------------------------------------------ */

/* splitmix64 (Steele, Lea, Flood 2014): small, fast, and the same everywhere. */
static uint64_t rnd(struct demo *d)
{
	uint64_t z = (d->rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A number in [lo, hi], both included. */
static int64_t rnd_in(struct demo *d, int64_t lo, int64_t hi)
{
	return lo + (int64_t)(rnd(d) % (uint64_t)(hi - lo + 1));
}

/* True with probability pct percent. */
static bool chance(struct demo *d, int pct)
{
	return rnd_in(d, 1, 100) <= pct;
}

static const char *company(struct demo *d)
{
	return companies[rnd(d) % NCOMPANY];
}

/* ---- Numbers ------------------------------------------------------------- */

/* v rounded half up to a multiple of unit (v >= 0). */
static mbo_dec round_to(mbo_dec v, mbo_dec unit)
{
	if (v <= 0)
		return 0;
	return (v + unit / 2) / unit * unit;
}

/* v rounded up to a multiple of unit (v >= 0). */
static mbo_dec ceil_to(mbo_dec v, mbo_dec unit)
{
	return (v + unit - 1) / unit * unit;
}

/* v * num / den, truncated; the operands are small enough for 128 bits. */
static mbo_dec scale(mbo_dec v, int64_t num, int64_t den)
{
	return (mbo_dec)((__int128)v * num / den);
}

/* "500,000" */
static char *money(mbo_dec v, char *buf)
{
	return mbo_dec_format(v, 0, true, buf);
}

/* ---- Writing, through the API where it can ------------------------------- */

static int add_goal(struct demo *d, int64_t actor, int64_t owner, const char *title,
                    const char *metric, const char *unit, int kind, int dir,
                    mbo_dec baseline, mbo_dec target, mbo_day start, mbo_day due,
                    int64_t parent, const char *kpi, int method, int importance, int urgency,
                    mbo_dec weight, const char *description, int64_t *id)
{
	mbo_goal g;
	int rc;

	mbo_goal_init(&g);
	g.owner_id = owner;
	g.title = mbo_strdup(title);
	g.description = mbo_strdup(description ? description : "");
	if (g.title == NULL || g.description == NULL) {
		mbo_goal_clear(&g);
		return mbo_error(d->m, MBO_EFAIL, _("out of memory"));
	}
	snprintf(g.metric, sizeof g.metric, "%s", metric);
	snprintf(g.unit, sizeof g.unit, "%s", unit);
	snprintf(g.kpi, sizeof g.kpi, "%s", kpi ? kpi : "");
	g.kind = kind;
	g.direction = dir;
	g.baseline = baseline;
	g.target = target;
	g.start = start;
	g.due = due;
	g.parent_id = parent;
	g.method = method;
	g.importance = importance;
	g.urgency = urgency;
	g.weight = weight;
	rc = mbo_goal_add(d->m, actor, &g, id);
	mbo_goal_clear(&g);
	return rc;
}

/* A check-in by the goal's owner. */
static int checkin(struct demo *d, int64_t owner, int64_t goal, mbo_day day, mbo_dec value,
                   const char *note)
{
	char at[32];

	if (day <= d->clock)
		return mbo_checkin_add(d->m, owner, goal, day, value, note, NULL);
	mbo_day_format(day, at);
	strcat(at, "T10:00:00Z");
	return mbo_checkin_insert_at(d->m, owner, goal, day, value, note, at, NULL);
}

static int task_done(struct demo *d, int64_t who, int64_t task, mbo_day day)
{
	if (day <= d->clock)
		return mbo_task_done(d->m, who, task, day);
	return mbo_task_write_done(d->m, who, task, day);
}

/* Sets when a goal was created ("YYYY-MM-DD" at 09:30 in Beijing). */
static int created_on(struct demo *d, int64_t goal, mbo_day day)
{
	char at[32];

	mbo_day_format(day, at);
	strcat(at, "T01:30:00Z");
	return mbo_goal_write_created_at(d->m, goal, at);
}

/* ---- Calendar ------------------------------------------------------------ */

/* Marks `day` when it lies in the demo's two quarters: a holiday only on a
 * weekday, an extra workday only on a weekend day. */
static int mark(struct demo *d, mbo_day day, int kind, const char *name)
{
	if (day < d->prev_start || day > d->cur_end)
		return MBO_OK;
	if ((kind == MBO_DAY_HOLIDAY) != (mbo_day_weekday(day) <= 5))
		return MBO_OK;
	return mbo_calendar_set(d->m, d->admin, day, kind, name);
}

/* Holidays from `first` for n days, and a make-up workday on the first
 * Saturday after them when `makeup` names it. */
static int holidays(struct demo *d, mbo_day first, int n, const char *name, const char *makeup)
{
	mbo_day sat;
	int i, rc = MBO_OK;

	for (i = 0; rc == MBO_OK && i < n; i++)
		rc = mark(d, first + i, MBO_DAY_HOLIDAY, name);
	if (rc || makeup == NULL)
		return rc;
	for (sat = first + n; mbo_day_weekday(sat) != 6; sat++)
		;
	return mark(d, sat, MBO_DAY_WORKDAY, makeup);
}

static int calendar(struct demo *d)
{
	int y0, y1, y, mo, dd, rc = MBO_OK;
	mbo_day first;
	size_t i;

	mbo_day_to_ymd(d->prev_start, &y0, &mo, &dd);
	mbo_day_to_ymd(d->cur_end, &y1, &mo, &dd);
	for (y = y0; rc == MBO_OK && y <= y1; y++) {
		if (mbo_day_from_ymd(y, 1, 1, &first) == 0)
			rc = holidays(d, first, 1, "元旦 New Year's Day", NULL);
		for (i = 0; rc == MBO_OK && i < sizeof spring / sizeof spring[0]; i++)
			if (spring[i].y == y && mbo_day_from_ymd(y, spring[i].mo, spring[i].d, &first) == 0)
				rc = holidays(d, first - 1, 8, "春节 Spring Festival",
				              "春节调休上班 Spring Festival make-up day");
		if (rc == MBO_OK && mbo_day_from_ymd(y, 5, 1, &first) == 0)
			rc = holidays(d, first, 5, "劳动节 Labour Day", NULL);
		if (rc == MBO_OK && mbo_day_from_ymd(y, 10, 1, &first) == 0)
			rc = holidays(d, first, 7, "国庆节 National Day", "国庆节调休上班 National Day make-up day");
	}
	return rc;
}

/* ---- People -------------------------------------------------------------- */

static int people(struct demo *d)
{
	mbo_person admin;
	size_t i;
	int rc;

	rc = mbo_person_get(d->m, d->admin, &admin);
	if (rc == MBO_OK)
		rc = mbo_person_add(d->m, d->admin, MBO_DEMO_MANAGER, "陈静", MBO_ROLE_MANAGER, admin.login,
		                    &d->manager);
	for (i = 0; rc == MBO_OK && i < NREP; i++)
		rc = mbo_person_add(d->m, d->admin, reps[i].login, reps[i].name, MBO_ROLE_SALES,
		                    MBO_DEMO_MANAGER, &d->p[i].id);
	return rc;
}

/* ---- Last quarter -------------------------------------------------------- */

/* Writes `actual` (whole units) as weekly totals on the last workday of
 * each week of last quarter. */
static int weekly(struct demo *d, int64_t owner, int64_t goal, mbo_dec actual, enum flavour fl)
{
	mbo_day ends[16], s, e, day;
	int64_t w[16];
	mbo_dec parts[16];
	size_t n = 0, i;
	char note[128];
	int rc = MBO_OK;

	for (s = d->prev_start; s <= d->prev_end && n < 16; s = e + 1) {
		mbo_day last = MBO_DAY_NONE;
		int64_t cnt = 0;

		e = mbo_span_end(MBO_SPAN_WEEK, s);
		if (e > d->prev_end)
			e = d->prev_end;
		for (day = s; day <= e; day++)
			if (mbo_is_workday(d->m, day)) {
				last = day;
				cnt++;
			}
		if (cnt == 0)
			continue;
		ends[n] = last;
		w[n] = cnt * rnd_in(d, 80, 120);
		n++;
	}
	if (n == 0 || mbo_allocate(actual, w, n, 0, parts) != 0)
		return mbo_error(d->m, MBO_EFAIL, _("demo: could not spread last quarter's results"));
	for (i = 0; rc == MBO_OK && i < n; i++) {
		note[0] = '\0';
		if (fl == FL_REVENUE && chance(d, 30))
			snprintf(note, sizeof note, "本周汇总：%s 回款", company(d));
		else if (fl == FL_VISITS && chance(d, 20))
			snprintf(note, sizeof note, "本周汇总：含 %s 上门拜访", company(d));
		rc = checkin(d, owner, goal, ends[i], parts[i], note);
	}
	return rc;
}

/* Adds, fills and closes one goal of last quarter. */
static int past_goal(struct demo *d, size_t r, const char *title, const char *metric, const char *unit,
                     const char *kpi, mbo_dec target, mbo_dec actual, enum flavour fl)
{
	int64_t owner = d->p[r].id, id;
	char why[128];
	int rc, pct;

	rc = add_goal(d, d->manager, owner, title, metric, unit, MBO_KIND_SUM, MBO_DIR_UP,
	              scale(target, 9, 10) / YUAN * YUAN, target, d->prev_start, d->prev_end, 0, kpi,
	              MBO_METHOD_NEGOTIATED, 2, 2, MBO_DEC(1), NULL, &id);
	if (rc == MBO_OK)
		rc = weekly(d, owner, id, actual, fl);
	if (rc == MBO_OK)
		rc = created_on(d, id, d->prev_start - 2);
	if (rc)
		return rc;
	pct = (int)scale(100, actual, target);
	snprintf(why, sizeof why, "季度结束，完成率 %d%%", pct);
	return mbo_goal_close(d->m, d->manager, id, actual >= target ? MBO_GOAL_ACHIEVED : MBO_GOAL_MISSED,
	                      why);
}

static int last_quarter(struct demo *d)
{
	char title[160], a[32];
	int64_t nwd = mbo_workdays(d->m, d->prev_start, d->prev_end);
	size_t i;
	int rc = MBO_OK;

	for (i = 0; rc == MBO_OK && i < NREP; i++) {
		struct plan *p = &d->p[i];
		int perf = (int)rnd_in(d, 85, 112);

		p->prev_rev_target = MBO_DEC(rnd_in(d, 30, 60) * 10000);
		p->prev_rev_actual = scale(p->prev_rev_target, perf, 100) / YUAN * YUAN;
		p->prev_cust_target = MBO_DEC(rnd_in(d, 4, 8));
		p->prev_cust_actual = round_to(scale(p->prev_cust_target, perf + rnd_in(d, -10, 10), 100), YUAN);
		p->prev_vis_target = MBO_DEC((nwd * rnd_in(d, 20, 30) / 10 + 2) / 5 * 5);
		p->prev_vis_actual = round_to(scale(p->prev_vis_target, perf + rnd_in(d, -5, 5), 100), YUAN);

		snprintf(title, sizeof title, "Q%d 销售额 %s 元", d->prev_q, money(p->prev_rev_target, a));
		rc = past_goal(d, i, title, "revenue", "CNY", "季度销售额", p->prev_rev_target,
		               p->prev_rev_actual, FL_REVENUE);
		if (rc)
			break;
		if (i % 2)
			snprintf(title, sizeof title, "Q%d 新签客户 %s 家", d->prev_q, money(p->prev_cust_target, a));
		else
			snprintf(title, sizeof title, "Sign %s new customers in Q%d", money(p->prev_cust_target, a),
			         d->prev_q);
		rc = past_goal(d, i, title, "new_customers", "customers", "新客户数", p->prev_cust_target,
		               p->prev_cust_actual, FL_CUSTOMERS);
		if (rc)
			break;
		snprintf(title, sizeof title, "Q%d 拜访客户 %s 次", d->prev_q, money(p->prev_vis_target, a));
		rc = past_goal(d, i, title, "visits", "visits", "客户拜访量", p->prev_vis_target,
		               p->prev_vis_actual, FL_VISITS);
	}
	return rc;
}

/* Rates each salesperson for `period` (see feedback). */
static int rate_all(struct demo *d, const char *period)
{
	static const char *const customers[] = { "华信科技", "东方贸易", "明达电子", "金桥食品",
	                                        "瑞丰纺织", "恒丰建材", "远航汽配" };
	static const char *const summaries[] = {
		"完成度高，客户关系扎实；下季度重点开拓新行业客户。",
		"Strong quarter on new accounts; keep the visit rhythm steady.",
		"目标基本达成，回款跟进需要更及时。",
	};
	size_t i;
	int rc = MBO_OK;

	for (i = 0; rc == MBO_OK && i < NREP; i++) {
		int64_t who = d->p[i].id, peer = d->p[(i + 1) % NREP].id;
		mbo_rating r = { 0 };

		r.relation = MBO_EVAL_SELF;
		r.quality = (int)rnd_in(d, 3, 5);
		r.growth = (int)rnd_in(d, 3, 5);
		r.teamwork = (int)rnd_in(d, 3, 5);
		r.comment = "本季度按计划推进，希望加强大客户谈判能力。";
		rc = mbo_eval_rate(d->m, who, who, period, &r, NULL, NULL);
		if (rc == MBO_OK) {
			r.relation = MBO_EVAL_SUPERIOR;
			r.quality = (int)rnd_in(d, 3, 5);
			r.growth = (int)rnd_in(d, 2, 5);
			r.teamwork = (int)rnd_in(d, 3, 5);
			r.comment = "Reliable follow-up; write down the lessons of lost deals.";
			rc = mbo_eval_rate(d->m, d->manager, who, period, &r, NULL, NULL);
		}
		if (rc == MBO_OK) {
			r.relation = MBO_EVAL_CUSTOMER;
			r.quality = (int)rnd_in(d, 3, 5);
			r.growth = 3;
			r.teamwork = (int)rnd_in(d, 3, 5);
			r.rater_name = customers[i % (sizeof customers / sizeof customers[0])];
			r.comment = "响应及时，方案专业。";
			rc = mbo_eval_rate(d->m, who, who, period, &r, NULL, NULL);
			r.rater_name = NULL;
		}
		if (rc == MBO_OK && i % 2 == 0) {
			rc = mbo_eval_request(d->m, d->manager, who, peer, period, NULL);
			if (rc == MBO_OK) {
				r.relation = MBO_EVAL_PEER;
				r.quality = (int)rnd_in(d, 3, 5);
				r.growth = (int)rnd_in(d, 3, 5);
				r.teamwork = (int)rnd_in(d, 4, 5);
				r.comment = "乐于分享客户资源，配合顺畅。";
				rc = mbo_eval_rate(d->m, peer, who, period, &r, NULL, NULL);
			}
		}
		if (rc == MBO_OK)
			rc = mbo_eval_summary(d->m, d->manager, who, period,
			                      summaries[i % (sizeof summaries / sizeof summaries[0])]);
	}
	return rc;
}

/*
 * Last quarter's 360° feedback, so the evaluation and report screens show a
 * whole example one period back: each salesperson rates themselves, the
 * manager rates them and writes a summary, a customer's view is entered,
 * and every other person is rated by a peer the manager asked (the
 * subordinate relation stays missing, as it does for salespeople).
 */
static int feedback(struct demo *d)
{
	char period[16];
	uint64_t saved = d->rng;
	int rc;

	/* The core takes feedback only on periods that have begun by the
	 * clock; a demo dated later than the clock goes without. */
	if (d->prev_start > d->clock)
		return MBO_OK;
	mbo_quarter_of(d->prev_start, period, sizeof period);
	/* A random stream of its own, so the rest of the demo (what the tests
	 * and docs/screens.md show) stays as it was. */
	d->rng ^= 0x360fee4bac360fULL;
	rc = rate_all(d, period);
	d->rng = saved;
	return rc;
}

/* ---- This quarter: goals ------------------------------------------------- */

static int team_goal(struct demo *d)
{
	char title[160], a[32];
	mbo_dec target = 0, baseline = 0;
	size_t i;

	for (i = 0; i < NREP; i++) {
		target += d->p[i].rev_target;
		baseline += d->p[i].prev_rev_actual;
	}
	snprintf(title, sizeof title, "Q%d 团队销售额 %s 元", d->cur_q, money(target, a));
	return add_goal(d, d->admin, d->manager, title, "revenue", "CNY", MBO_KIND_SUM, MBO_DIR_UP,
	                baseline, target, d->cur_start, d->cur_end, 0, "团队季度销售额", MBO_METHOD_KPI,
	                3, 2, MBO_DEC(5), "华东销售一组本季度的销售额，分解到每位业务员。", &d->team_goal);
}

static int rep_goals(struct demo *d, size_t r)
{
	const struct rep *rp = &reps[r];
	struct plan *p = &d->p[r];
	char title[160], a[32];
	int rc;

	if (r == REVISED)
		snprintf(title, sizeof title, "Q%d 华东区大客户销售额", d->cur_q);
	else
		snprintf(title, sizeof title, "Q%d 销售额 %s 元", d->cur_q, money(p->rev_target, a));
	rc = add_goal(d, d->manager, p->id, title, "revenue", "CNY", MBO_KIND_SUM, MBO_DIR_UP,
	              p->prev_rev_actual, p->rev_target, d->cur_start, d->cur_end, d->team_goal,
	              "季度销售额", MBO_METHOD_KPI, 3, 3, MBO_DEC(4), NULL, &p->rev);
	if (rc)
		return rc;

	if (r % 2)
		snprintf(title, sizeof title, "Q%d 新签客户 %s 家", d->cur_q, money(p->cust_target, a));
	else
		snprintf(title, sizeof title, "Sign %s new customers in Q%d", money(p->cust_target, a), d->cur_q);
	rc = add_goal(d, d->manager, p->id, title, "new_customers", "customers", MBO_KIND_SUM, MBO_DIR_UP,
	              p->prev_cust_actual, p->cust_target, d->cur_start, d->cur_end, 0, "新客户数",
	              MBO_METHOD_NEGOTIATED, 3, 2, MBO_DEC(2), NULL, &p->cust);
	if (rc)
		return rc;

	snprintf(title, sizeof title, "Q%d 拜访客户 %s 次", d->cur_q, money(p->vis_target, a));
	rc = add_goal(d, d->manager, p->id, title, "visits", "visits", MBO_KIND_SUM, MBO_DIR_UP,
	              p->prev_vis_actual, p->vis_target, d->cur_start, d->cur_end, 0, "客户拜访量",
	              MBO_METHOD_NEGOTIATED, 2, 2, MBO_DEC(1), NULL, &p->vis);
	if (rc)
		return rc;

	if (rp->level) {
		rc = add_goal(d, d->manager, p->id, "活跃客户数从 40 家提升到 55 家", "active_customers",
		              "customers", MBO_KIND_LEVEL, MBO_DIR_UP, MBO_DEC(40), MBO_DEC(55), d->cur_start,
		              d->cur_end, 0, "活跃客户数", MBO_METHOD_BENCHMARK, 2, 2, MBO_DEC(2),
		              "季度内至少下过一单的客户数，以 CRM 为准。", &p->level);
		if (rc)
			return rc;
	}
	if (rp->churn) {
		rc = add_goal(d, d->manager, p->id, "Keep churned customers to 3 or fewer (上季度 5 家)",
		              "churned_customers", "customers", MBO_KIND_SUM, MBO_DIR_DOWN, MBO_DEC(5),
		              MBO_DEC(3), d->cur_start, d->cur_end, 0, "客户流失数", MBO_METHOD_NEGOTIATED,
		              2, 2, MBO_DEC(1), NULL, &p->churn);
		if (rc)
			return rc;
	}
	return MBO_OK;
}

/* The salesperson's own vague proposal, waiting for the manager. */
static int proposal(struct demo *d)
{
	struct plan *p = &d->p[PROPOSER];
	int64_t id;
	int rc;

	rc = add_goal(d, p->id, p->id, "提高客户满意度", "customer_satisfaction", "分", MBO_KIND_LEVEL,
	              MBO_DIR_UP, MBO_DEC(85), MBO_DEC(90), d->cur_start, d->cur_end, 0, NULL,
	              MBO_METHOD_SELF, 2, 1, MBO_DEC(1), "客户反馈要回复得更及时", &id);
	return rc ? rc : created_on(d, id, d->today - 5);
}

static int revision(struct demo *d)
{
	struct plan *p = &d->p[REVISED];
	mbo_goal_change c;

	memset(&c, 0, sizeof c);
	c.set_target = true;
	c.target = p->rev_revised;
	c.reason = "客户预算推迟到下季度";
	return mbo_goal_revise(d->m, d->manager, p->rev, &c);
}

static int this_quarter(struct demo *d)
{
	size_t i;
	int rc;

	for (i = 0; i < NREP; i++) {
		struct plan *p = &d->p[i];
		mbo_dec t = ceil_to(scale(p->prev_rev_actual, rnd_in(d, 108, 120), 100), MBO_DEC(10000));

		if (t < MBO_DEC(300000))
			t = MBO_DEC(300000);
		if (t > MBO_DEC(800000))
			t = MBO_DEC(800000);
		if (i == REVISED && t < MBO_DEC(360000))
			t = MBO_DEC(360000);    /* still 300,000 or more once lowered */
		p->rev_target = t;
		p->rev_revised = ceil_to(scale(t, 90, 100), MBO_DEC(10000));
		if (p->rev_revised == p->prev_rev_actual)
			p->rev_revised -= MBO_DEC(10000);
		p->cust_target = p->prev_cust_actual + MBO_DEC(rnd_in(d, 1, 2));
		p->vis_target = ceil_to(scale(p->prev_vis_actual, rnd_in(d, 106, 115), 100), MBO_DEC(5));
	}
	rc = team_goal(d);
	for (i = 0; rc == MBO_OK && i < NREP; i++)
		rc = rep_goals(d, i);
	if (rc == MBO_OK)
		rc = proposal(d);
	if (rc == MBO_OK)
		rc = revision(d);
	if (rc == MBO_OK)
		rc = mbo_goal_split(d->m, d->manager, d->team_goal, MBO_SPAN_MONTH, false);
	for (i = 0; rc == MBO_OK && i < NREP; i++)
		rc = mbo_goal_split(d->m, d->manager, d->p[i].rev, MBO_SPAN_MONTH, false);
	if (rc == MBO_OK)
		rc = created_on(d, d->team_goal, d->cur_start - 2);
	for (i = 0; rc == MBO_OK && i < NREP; i++) {
		const int64_t ids[] = { d->p[i].rev, d->p[i].cust, d->p[i].vis, d->p[i].level, d->p[i].churn };
		size_t j;

		for (j = 0; rc == MBO_OK && j < sizeof ids / sizeof ids[0]; j++)
			if (ids[j])
				rc = created_on(d, ids[j], d->cur_start - 2);
	}
	return rc;
}

/* ---- This quarter: tasks ------------------------------------------------- */

static mbo_day clamp_day(mbo_day v, mbo_day lo, mbo_day hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static int tasks(struct demo *d)
{
	size_t i, j;
	int rc = MBO_OK;

	for (i = 0; rc == MBO_OK && i < NREP; i++) {
		const struct rep *rp = &reps[i];
		struct plan *p = &d->p[i];
		size_t n = 2 + i % 3;

		for (j = 0; rc == MBO_OK && j < n; j++) {
			mbo_day due, done = MBO_DAY_NONE;
			int64_t id;

			switch (j) {
			case 0:
				if (rp->overdue) {
					due = clamp_day(d->today - 3, d->cur_start, d->cur_end);
				} else if (d->today - 1 > d->cur_start) {
					due = clamp_day(d->cur_start + 15, d->cur_start + 1, d->today - 1);
					done = due - 1;
				} else {
					due = clamp_day(d->today + 3, d->cur_start, d->cur_end);
				}
				break;
			case 1:
				due = clamp_day(d->today + 7, d->cur_start, d->cur_end);
				break;
			case 2:
				due = d->cur_start + (d->today - d->cur_start) / 2;
				done = due;
				break;
			default:
				due = clamp_day(d->today + 14, d->cur_start, d->cur_end);
				break;
			}
			rc = mbo_task_add(d->m, d->manager, j % 2 ? p->cust : p->rev, rp->tasks[j], due, 0, &id);
			if (rc == MBO_OK && done != MBO_DAY_NONE && done >= d->cur_start && done < d->today)
				rc = task_done(d, p->id, id, done);
		}
	}
	return rc;
}

/* ---- This quarter: check-ins --------------------------------------------- */

/* The plan of a sum goal by the end of the k-th workday (k from 1), at pace
 * percent. */
static mbo_dec plan_at(const struct demo *d, mbo_dec target, int pace, size_t k)
{
	return (mbo_dec)((__int128)target * pace * (int64_t)k / (100 * (int64_t)d->nwd));
}

static void note_for(struct demo *d, enum flavour fl, mbo_dec v, char *note, size_t cap)
{
	note[0] = '\0';
	if (v == 0)
		return;
	switch (fl) {
	case FL_REVENUE:
		if (chance(d, 35))
			snprintf(note, cap, chance(d, 50) ? "%s 签单" : chance(d, 50) ? "%s 回款" : "%s 追加订单",
			         company(d));
		break;
	case FL_VISITS:
		if (chance(d, 25))
			snprintf(note, cap, chance(d, 60) ? "拜访客户 %s" : "%s 产品演示", company(d));
		break;
	case FL_CUSTOMERS:
		snprintf(note, cap, "新签 %s", company(d));
		break;
	}
}

/*
 * The workday whose plan check-in i of k brings the total to: its own, but
 * for the last report before a workday today, today's, so that whoever is
 * on plan still looks on plan in `mbo status` this morning (the plan counts
 * today in full).
 */
static size_t landing(const struct demo *d, size_t i, size_t k)
{
	if (i + 1 == k && k == d->past && d->past < d->nwd && d->wd[d->past] == d->today)
		return k + 1;
	return i + 1;
}

/* True when the i-th workday is the last of its month in the quarter. */
static bool month_end(const struct demo *d, size_t i)
{
	return i + 1 >= d->nwd || mbo_span_end(MBO_SPAN_MONTH, d->wd[i]) < d->wd[i + 1];
}

/*
 * Daily check-ins of a sum goal on the first k workdays, running at `pace`
 * percent of the plan: each day brings the total near the plan with some
 * noise (amp: in thousandths of a day's plan), never below it at a month's
 * end (the push to make the month), and the last day lands on it (rounded
 * up to a whole unit when on or ahead of plan). Revenue
 * is in yuan, with cents now and then; counts are whole. A day with
 * nothing to report is skipped, but never three in a row, and the last day
 * is always reported, so only the silent one looks silent.
 */
static int daily(struct demo *d, int64_t owner, int64_t goal, mbo_dec target, int pace, size_t k,
                 enum flavour fl, int amp)
{
	mbo_dec cum = 0, perday = plan_at(d, target, pace, 1), want, v;
	char note[128];
	size_t i;
	int rc = MBO_OK, quiet = 0;

	for (i = 0; rc == MBO_OK && i < k; i++) {
		want = plan_at(d, target, pace, landing(d, i, k));
		if (i + 1 < k)
			want = round_to(want + scale(perday, rnd_in(d, month_end(d, i) ? 0 : -amp, amp), 1000),
			                YUAN);
		else if (pace >= 100)
			want = ceil_to(want, YUAN);   /* whole customers: on plan means not below it */
		else
			want = round_to(want, YUAN);
		v = want > cum ? want - cum : 0;
		if (fl == FL_REVENUE && v > YUAN && chance(d, 30))
			v -= CENT * rnd_in(d, 1, 99);
		if (v == 0 && i + 1 < k && quiet < 2) {
			quiet++;
			continue;
		}
		quiet = 0;
		note_for(d, fl, v, note, sizeof note);
		rc = checkin(d, owner, goal, d->wd[i], v, note);
		cum += v;
	}
	return rc;
}

/* A level goal checked every third workday and on the last, rising along
 * the plan at `pace`. */
static int rising(struct demo *d, int64_t owner, int64_t goal, mbo_dec base, mbo_dec target, int pace,
                  size_t k)
{
	size_t i;
	int rc = MBO_OK;

	for (i = 0; rc == MBO_OK && i < k; i++) {
		if ((i + 1) % 3 != 0 && i + 1 != k)
			continue;
		rc = checkin(d, owner, goal, d->wd[i],
		             base + round_to(plan_at(d, target - base, pace, landing(d, i, k)), YUAN),
		             (i + 1) % 9 == 0 ? "CRM 活跃客户名单更新" : NULL);
	}
	return rc;
}

/* Churned customers: one lost about 40% into the quarter, else a zero
 * every third workday and on the last. */
static int churn(struct demo *d, int64_t owner, int64_t goal, size_t k)
{
	char note[128];
	size_t i, lost = d->nwd * 2 / 5;
	int rc = MBO_OK;

	for (i = 0; rc == MBO_OK && i < k; i++) {
		if (i == lost) {
			snprintf(note, sizeof note, "%s 转向竞争对手", company(d));
			rc = checkin(d, owner, goal, d->wd[i], YUAN, note);
		} else if ((i + 1) % 3 == 0 || i + 1 == k) {
			rc = checkin(d, owner, goal, d->wd[i], 0, NULL);
		}
	}
	return rc;
}

static int checkins(struct demo *d)
{
	mbo_day quiet = mbo_workday_back(d->m, d->today, 7);
	size_t i, k;
	int rc = MBO_OK;

	for (i = 0; rc == MBO_OK && i < NREP; i++) {
		const struct rep *rp = &reps[i];
		struct plan *p = &d->p[i];
		mbo_dec rev = i == REVISED ? p->rev_revised : p->rev_target;

		/* The silent one stops on the seventh workday before today. */
		for (k = d->past; rp->silent && k > 0 && d->wd[k - 1] > quiet; k--)
			;
		rc = daily(d, p->id, p->rev, rev, rp->pace, k, FL_REVENUE, 1500);
		if (rc == MBO_OK)
			rc = daily(d, p->id, p->cust, p->cust_target, rp->pace, k, FL_CUSTOMERS, 4000);
		if (rc == MBO_OK)
			rc = daily(d, p->id, p->vis, p->vis_target, rp->pace, k, FL_VISITS, 800);
		if (rc == MBO_OK && p->level)
			rc = rising(d, p->id, p->level, MBO_DEC(40), MBO_DEC(55), rp->pace, k);
		if (rc == MBO_OK && p->churn)
			rc = churn(d, p->id, p->churn, k);
	}
	/* The team goal needs no check-ins of its own: it rolls up the
	 * members' revenue (progress.c). */
	return rc;
}

/* ---- Entry point --------------------------------------------------------- */

static int setup(struct demo *d, mbo *m, int64_t admin, mbo_day today)
{
	int y, mo, dd;

	memset(d, 0, sizeof *d);
	d->m = m;
	d->admin = admin;
	d->today = today;
	d->clock = mbo_today();
	d->rng = 0x6d626f64656d6fULL ^ (uint64_t)(int64_t)today;   /* "mbodemo" */
	mbo_day_to_ymd(today, &y, &mo, &dd);
	if (y < 2 || y > 9998)
		return mbo_error(m, MBO_EINVAL, _("demo: today must lie between the years 2 and 9998"));
	d->cur_q = (mo - 1) / 3 + 1;
	mbo_day_from_ymd(y, (d->cur_q - 1) * 3 + 1, 1, &d->cur_start);
	d->cur_end = mbo_span_end(MBO_SPAN_QUARTER, d->cur_start);
	d->prev_end = d->cur_start - 1;
	mbo_day_to_ymd(d->prev_end, &y, &mo, &dd);
	d->prev_q = (mo - 1) / 3 + 1;
	mbo_day_from_ymd(y, (d->prev_q - 1) * 3 + 1, 1, &d->prev_start);
	return MBO_OK;
}

/* The current quarter's workdays, once the calendar is written. */
static void workdays(struct demo *d)
{
	mbo_day day;

	d->nwd = d->past = 0;
	for (day = d->cur_start; day <= d->cur_end && d->nwd < MAXDAYS; day++) {
		if (!mbo_is_workday(d->m, day))
			continue;
		d->wd[d->nwd++] = day;
		if (day < d->today)
			d->past++;
	}
}

int mbo_demo_populate(mbo *m, int64_t admin, mbo_day today)
{
	struct demo *d = malloc(sizeof *d);
	int rc;

	if (d == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	rc = setup(d, m, admin, today);
	if (rc == MBO_OK)
		rc = mbo_change_begin(m, admin, "demo data");
	if (rc) {
		free(d);
		return rc;
	}
	rc = calendar(d);
	if (rc == MBO_OK)
		rc = people(d);
	if (rc == MBO_OK)
		rc = last_quarter(d);
	if (rc == MBO_OK)
		rc = feedback(d);
	if (rc == MBO_OK) {
		workdays(d);
		if (d->nwd == 0)
			rc = mbo_error(m, MBO_EINVAL, _("demo: the quarter around today has no workday"));
	}
	if (rc == MBO_OK)
		rc = this_quarter(d);
	if (rc == MBO_OK)
		rc = tasks(d);
	if (rc == MBO_OK)
		rc = checkins(d);
	free(d);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}
