/*
 * test_plans.c: the query plans of the hot paths (a salesperson's status
 * and dashboard, a team's status and alerts, a check-in) never scan a
 * table: EXPLAIN QUERY PLAN of the very SQL the core runs (src/core/sql.h)
 * may SEARCH tables and SCAN only the CTE queues and json_each, never read
 * a whole table (SCAN checkin, SCAN goal, ...) nor build a Bloom filter
 * (which SQLite does by reading the whole inner table). The sums of
 * check-ins must come from the covering index alone.
 *
 * The data comes from the benchmark generator (bench/gen.c, included
 * below): 60 salespeople with a year of goals and check-ins, ANALYZEd. The
 * planner decides from the statistics, so the plans are also checked with
 * the statistics of the generated databases of 1,000 and 10,000 people
 * (docs/performance.md) put in sqlite_stat1.
 */
#define MBO_BENCH_GEN_NO_MAIN
#include "../bench/gen.c"

#include "fixture.h"
#include "sql.h"

static const struct hot {
	const char *name, *sql;
	bool covering;          /* must read checkin through checkin_goal_day alone */
	bool children;          /* must find a goal's children through goal_parent */
} hot[] = {
	{ "checkin sum", MBO_SQL_CHECKIN_SUM, true, true },
	{ "checkin count", MBO_SQL_CHECKIN_COUNT, true, true },
	{ "checkin sum, one goal", MBO_SQL_CHECKIN_SUM_ONE, true, false },
	{ "checkin count, one goal", MBO_SQL_CHECKIN_COUNT_ONE, true, false },
	{ "checkin days", MBO_SQL_CHECKIN_DAYS, true, true },
	{ "checkin days, one goal", MBO_SQL_CHECKIN_DAYS_ONE, true, false },
	{ "has roll-up", MBO_SQL_HAS_ROLLUP, false, true },
	{ "own level", MBO_SQL_OWN_LEVEL, true, false },
	{ "level days", MBO_SQL_LEVEL_DAYS, true, false },
	{ "level children", MBO_SQL_LEVEL_CHILDREN, false, true },
	{ "plan points", MBO_SQL_PLAN_POINTS, false, false },
	{ "goal load", MBO_SQL_GOAL_LOAD, false, false },
	{ "goal list", MBO_SQL_GOAL_LIST, false, false },
	{ "alert goals", MBO_SQL_ALERT_GOALS, false, false },
	{ "alert milestone", MBO_SQL_ALERT_MILESTONE, false, false },
	{ "alert tasks", MBO_SQL_ALERT_TASKS, false, false },
	{ "person is above", MBO_SQL_PERSON_IS_ABOVE, false, false },
	{ "person subtree", MBO_SQL_PERSON_SUBTREE, false, false },
	{ "checkin insert", MBO_SQL_CHECKIN_INSERT, false, false },
	{ "checkin list", MBO_SQL_CHECKIN_LIST, false, false },
	{ "open tasks", MBO_SQL_TASK_OPEN, false, false },
};

/* What may be scanned: the queues of recursive CTEs, json_each, a constant. */
static bool scan_allowed(const char *detail)
{
	static const char *const ok[] = {
		"SCAN tree", "SCAN up", "SCAN sub", "SCAN json_each", "SCAN CONSTANT ROW",
	};
	size_t i;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (strncmp(detail, ok[i], strlen(ok[i])) == 0 &&
		    (detail[strlen(ok[i])] == '\0' || detail[strlen(ok[i])] == ' '))
			return true;
	return false;
}

/* Checks every hot query's plan on f's database; `regime` names the
 * statistics in force, for the failure message. */
static void check_plans(fx *f, const char *regime)
{
	sqlite3 *db = mbo_sqlite(f->m);
	size_t i;

	for (i = 0; i < sizeof hot / sizeof hot[0]; i++) {
		char *sql = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", hot[i].sql);
		char plan[4096] = "";
		bool covered = false, by_parent = false;
		sqlite3_stmt *st;
		int rc;

		assert_non_null(sql);
		if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
			fail_msg("%s: %s", hot[i].name, sqlite3_errmsg(db));
		sqlite3_free(sql);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *d = (const char *)sqlite3_column_text(st, 3);
			size_t len = strlen(plan);
			snprintf(plan + len, sizeof plan - len, "\n    %s", d);
			if (strncmp(d, "SCAN ", 5) == 0 && !scan_allowed(d))
				fail_msg("%s (%s): reads a whole table:%s", hot[i].name, regime, plan);
			if (strstr(d, "BLOOM FILTER"))
				fail_msg("%s (%s): builds a Bloom filter, a scan of the whole table:%s",
				         hot[i].name, regime, plan);
			if (strstr(d, "INDEX goal_parent") && !strstr(d, "(parent_id=?)"))
				fail_msg("%s (%s): reads goal_parent as a range:%s", hot[i].name, regime, plan);
			if (strstr(d, "COVERING INDEX checkin_goal_day"))
				covered = true;
			if (strstr(d, "INDEX goal_parent (parent_id=?)"))
				by_parent = true;
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			fail_msg("%s (%s): EXPLAIN stopped with %s", hot[i].name, regime, sqlite3_errstr(rc));
		if (hot[i].covering && !covered)
			fail_msg("%s (%s): check-ins not read from the covering index:%s", hot[i].name, regime,
			         plan);
		if (hot[i].children && !by_parent)
			fail_msg("%s (%s): children not found through goal_parent:%s", hot[i].name, regime,
			         plan);
	}
}

/* A fixture filled by the generator with 60 salespeople. */
static int setup(void **state)
{
	struct gen_opts o = { 60, 7, 0 };
	struct gen_stats s;
	char err[512];
	fx *f;

	if (fx_setup(state))
		return -1;
	f = *state;
	o.today = mbo_today();
	if (gen_fill(f->m, f->admin, &o, &s, err, sizeof err) != 0) {
		fprintf(stderr, "gen_fill: %s\n", err);
		return -1;
	}
	return 0;
}

/* Replaces the statistics with rows "tbl|idx|stat" and reloads them. */
static void use_stats(fx *f, const char *const *rows, size_t n)
{
	size_t i;

	fx_sql(f, "DELETE FROM sqlite_stat1");
	for (i = 0; i < n; i++) {
		char tbl[64], idx[64], stat[128];
		char *sql;
		if (sscanf(rows[i], "%63[^|]|%63[^|]|%127[^\n]", tbl, idx, stat) != 3)
			fail_msg("bad stat row %s", rows[i]);
		sql = sqlite3_mprintf("INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (%Q, %Q, %Q)", tbl, idx,
		                      stat);
		fx_sql(f, sql);
		sqlite3_free(sql);
	}
	fx_sql(f, "ANALYZE sqlite_schema");
}

static void test_plans_analyzed(void **state)
{
	fx *f = *state;

	assert_true(fx_int(f, "SELECT count(*) FROM checkin") > 10000);
	assert_true(fx_int(f, "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'checkin'") == 1);
	check_plans(f, "ANALYZE of 60 people");
}

/* sqlite_stat1 of bench/data/mbo-1000.db (1.1 million check-ins). */
static void test_plans_at_1000(void **state)
{
	static const char *const stats[] = {
		"checkin|checkin_goal_day|1100104 57 2 2",
		"goal|goal_metric|20420 4084 1021",
		"goal|goal_owner|20420 20 7 4",
		"goal|goal_parent|16320 49",
		"milestone|sqlite_autoindex_milestone_1|61008 3 1",
		"person|person_manager|1022 47",
		"person|sqlite_autoindex_person_1|1022 1",
		"task|task_goal|200960 10",
		"task|task_open|27256 27 3",
	};

	use_stats(*state, stats, sizeof stats / sizeof stats[0]);
	check_plans(*state, "statistics of 1,000 people");
}

/* sqlite_stat1 of bench/data/mbo-10000.db (11 million check-ins). */
static void test_plans_at_10000(void **state)
{
	static const char *const stats[] = {
		"checkin|checkin_goal_day|10964466 56 2 2",
		"goal|goal_metric|204001 40801 10201",
		"goal|goal_owner|204001 20 7 4",
		"goal|goal_parent|163200 51",
		"milestone|sqlite_autoindex_milestone_1|609648 3 1",
		"person|person_manager|10202 51",
		"person|sqlite_autoindex_person_1|10202 1",
		"task|task_goal|2009600 10",
		"task|task_open|271619 27 3",
	};

	use_stats(*state, stats, sizeof stats / sizeof stats[0]);
	check_plans(*state, "statistics of 10,000 people");
}

/* An index on the columns the roll-up matches children on (metric, unit,
 * kind) must not take the recursive step over from goal_parent: once it
 * did, and walked every goal of the metric for each node. */
static void test_plans_with_metric_index(void **state)
{
	fx *f = *state;

	fx_sql(f, "CREATE INDEX test_goal_metric_unit ON goal(metric, unit, kind)");
	fx_sql(f, "ANALYZE");
	check_plans(f, "ANALYZE of 60 people, an index on goal(metric, unit, kind)");
	fx_sql(f, "DELETE FROM sqlite_stat1");
	fx_sql(f, "ANALYZE sqlite_schema");
	check_plans(f, "no statistics, an index on goal(metric, unit, kind)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_plans_analyzed, setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_plans_at_1000, setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_plans_at_10000, setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_plans_with_metric_index, setup, fx_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
