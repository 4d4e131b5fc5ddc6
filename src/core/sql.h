/*
 * sql.h: the SQL of the core's hot paths (a person's status and the
 * dashboard, a team's status and alerts, a check-in), one macro each, so
 * that tests/test_plans.c checks the query plans of the very statements the
 * core runs (EXPLAIN QUERY PLAN: no full scan of checkin or goal). Each
 * module uses its own; mbo_stmt() caches by the address of the literal at
 * the call site, so a macro is as good as the literal it replaced.
 * docs/performance.md explains the choices.
 */
#ifndef MBO_SQL_H
#define MBO_SQL_H

/*
 * A goal cascaded to its team rolls up: its check-ins are its own and those
 * of its descendants on the same metric and unit (live ones: active,
 * achieved or missed), so a manager's team goal moves as the team checks in.
 * ROLLUP binds the goal as ?1 and yields the ids in `tree`; the check-ins
 * are read with `c.goal_id IN (SELECT id FROM tree)`.
 *
 * Performance (docs/performance.md): SQLite guesses a million rows for a
 * CTE, so after ANALYZE it builds a Bloom filter over the inner table of a
 * join with `tree`: a full scan of goal (in the recursive step) or of
 * checkin (in a join), which also stops checkin_goal_day from covering the
 * query. A single goal's sum took 50 ms instead of 0.05 ms on 1.1 million
 * check-ins. The likelihood() term tells the planner the queue holds a few
 * rows (on an expression, `tree.id + 0`: a term on the column itself would
 * be carried over the join to k.parent_id, and the planner would then read
 * goal_parent as a range); the IN form keeps checkin the outer loop, read
 * from the covering index alone. The unary + on k.metric, k.unit and k.kind
 * keeps any index on those columns out of the recursive step: an index on
 * goal(metric, unit) once made the planner walk every goal of the metric
 * for each node (a director's status at 1,000 people, 59 ms -> 23 s).
 * tests/test_plans.c checks these plans, with and without such an index.
 */
/* The one rule of what rolls up: child k counts into parent P when it has
 * the same metric, unit and kind and is active, achieved or missed. The
 * unary + keeps indexes on those columns out of the recursive steps (see
 * below). */
#define MBO_SQL_ROLLS_INTO(P) \
	"+k.metric = " P ".metric AND +k.unit = " P ".unit AND +k.kind = " P ".kind " \
	"AND k.status IN ('active', 'achieved', 'missed')"

#define MBO_SQL_ROLLUP \
	"WITH RECURSIVE tree(id) AS (SELECT ?1 UNION ALL SELECT k.id FROM tree " \
	"JOIN goal p ON p.id = tree.id JOIN goal k ON k.parent_id = p.id " \
	"WHERE likelihood(tree.id + 0 IS NOT NULL, 0.000001) " \
	"AND " MBO_SQL_ROLLS_INTO("p") ") "

#define MBO_SQL_GOAL_COLS \
	"g.id, g.owner_id, p.login, g.title, g.description, g.metric, g.unit, coalesce(g.kpi, ''), " \
	"g.kind, g.direction, g.baseline, g.target, g.weight, g.start_day, g.due_day, g.importance, " \
	"g.urgency, coalesce(g.parent_id, 0), g.method, g.status, g.status_reason, g.created_by "
#define MBO_SQL_GOAL_FROM "FROM goal g JOIN person p ON p.id = g.owner_id "

/*
 * A sum that cannot overflow. SQLite's sum() of integers fails with
 * "integer overflow" past 2^63, and a roll-up adds the check-ins of a whole
 * team. MBO_SQL_SUM(X) yields two columns instead: the sums of X's high
 * and low parts (X / 10^8 and X % 10^8, both truncated towards zero, so X
 * = high * 10^8 + low exactly). Each part of one stored value is below
 * 10^8 in magnitude (values are at most 10^16 ten-thousandths), so the two
 * sums stay exact for 9 * 10^10 rows; mbo_column_sum() joins them in 128
 * bits. MBO_SQL_SUM_IF(X, C) is the same with FILTER (WHERE C).
 */
#define MBO_SQL_SPLIT "100000000"
#define MBO_SQL_SUM(X) \
	"coalesce(sum(" X " / " MBO_SQL_SPLIT "), 0), coalesce(sum(" X " % " MBO_SQL_SPLIT "), 0)"
#define MBO_SQL_SUM_IF(X, C) \
	"coalesce(sum(" X " / " MBO_SQL_SPLIT ") FILTER (WHERE " C "), 0), " \
	"coalesce(sum(" X " % " MBO_SQL_SPLIT ") FILTER (WHERE " C "), 0)"

/* checkin.c (progress.c): sum of the check-ins of goal ?1 and its roll-up in [?2 (NULL: open), ?3]. */
#define MBO_SQL_CHECKIN_SUM \
	MBO_SQL_ROLLUP "SELECT " MBO_SQL_SUM("c.value") " FROM checkin c " \
	"WHERE c.goal_id IN (SELECT id FROM tree) AND c.day >= coalesce(?2, '') AND c.day <= ?3"

/* checkin.c (progress.c): how many check-ins up to ?2, the latest day and, when ?3 is
 * true (a sum goal), their sum, with the roll-up: one pass for a sum goal's
 * actual and count. A level goal's values are never added (their sum
 * could overflow, and it means nothing). */
#define MBO_SQL_CHECKIN_COUNT \
	MBO_SQL_ROLLUP "SELECT count(*), max(c.day), " MBO_SQL_SUM_IF("c.value", "?3") " " \
	"FROM checkin c " \
	"WHERE c.goal_id IN (SELECT id FROM tree) AND c.day <= ?2"

/* checkin.c: the same for a goal with nothing to roll up (most goals):
 * no recursive CTE, so no temporary b-trees to build per query. */
#define MBO_SQL_CHECKIN_SUM_ONE \
	"SELECT " MBO_SQL_SUM("value") " FROM checkin " \
	"WHERE goal_id = ?1 AND day >= coalesce(?2, '') AND day <= ?3"
#define MBO_SQL_CHECKIN_COUNT_ONE \
	"SELECT count(*), max(day), " MBO_SQL_SUM_IF("value", "?3") " FROM checkin " \
	"WHERE goal_id = ?1 AND day <= ?2"

/* checkin.c (progress.c's chart series): the check-ins of goal ?1 and its
 * roll-up up to ?2, summed by day, by day: a series from one read. */
#define MBO_SQL_CHECKIN_DAYS \
	MBO_SQL_ROLLUP "SELECT c.day, " MBO_SQL_SUM("c.value") " FROM checkin c " \
	"WHERE c.goal_id IN (SELECT id FROM tree) AND c.day <= ?2 GROUP BY c.day ORDER BY c.day"
#define MBO_SQL_CHECKIN_DAYS_ONE \
	"SELECT day, " MBO_SQL_SUM("value") " FROM checkin WHERE goal_id = ?1 AND day <= ?2 " \
	"GROUP BY day ORDER BY day"

/* goal.c (progress.c): whether goal ?1 has children that roll up into it. */
#define MBO_SQL_HAS_ROLLUP \
	"SELECT 1 FROM goal k JOIN goal p ON p.id = k.parent_id WHERE k.parent_id = ?1 " \
	"AND " MBO_SQL_ROLLS_INTO("p") " LIMIT 1"

/* checkin.c (progress.c): the latest check-in of goal ?1 alone on or before ?2. */
#define MBO_SQL_OWN_LEVEL \
	"SELECT value FROM checkin WHERE goal_id = ?1 AND day <= ?2 " \
	"ORDER BY day DESC, id DESC LIMIT 1"

/* checkin.c (progress.c's chart series): the latest check-in of each day
 * of goal ?1 alone up to ?2, by day. With max() SQLite takes the bare
 * column `value` from the row of the highest id, the row MBO_SQL_OWN_LEVEL
 * picks. */
#define MBO_SQL_LEVEL_DAYS \
	"SELECT day, value, max(id) FROM checkin WHERE goal_id = ?1 AND day <= ?2 " \
	"GROUP BY day ORDER BY day"

/* goal.c (progress.c): the children of level goal ?1 that roll up into it, with
 * their baselines (a child's level when it has no check-in). */
#define MBO_SQL_LEVEL_CHILDREN \
	"SELECT k.id, k.baseline FROM goal k JOIN goal p ON p.id = k.parent_id WHERE k.parent_id = ?1 " \
	"AND " MBO_SQL_ROLLS_INTO("p")

/* milestone.c (progress.c): the milestones of goal ?1 in [?2, ?3). */
#define MBO_SQL_PLAN_POINTS \
	"SELECT day, target FROM milestone WHERE goal_id = ?1 " \
	"AND day >= ?2 AND day < ?3 ORDER BY day"

/* goal.c: one goal by id. */
#define MBO_SQL_GOAL_LOAD \
	"SELECT " MBO_SQL_GOAL_COLS MBO_SQL_GOAL_FROM "WHERE g.id = ?"

/* goal.c: goals of the people in the JSON array ?1, filtered (status, dates, parent). */
#define MBO_SQL_GOAL_LIST \
	"SELECT " MBO_SQL_GOAL_COLS MBO_SQL_GOAL_FROM \
	"WHERE g.owner_id IN (SELECT value FROM json_each(?1)) " \
	"AND (?2 IS NULL OR g.status = ?2) " \
	"AND (?3 IS NULL OR g.due_day >= ?3) AND (?4 IS NULL OR g.start_day <= ?4) " \
	"AND (?5 IS NULL OR g.parent_id = ?5) " \
	"ORDER BY p.login, g.due_day, g.id"

/* goal.c (alert.c): the active and proposed goals of person ?1. */
#define MBO_SQL_ALERT_GOALS \
	"SELECT g.id, g.owner_id, p.login, g.title, g.unit, g.kind, g.direction, " \
	"g.baseline, g.target, g.start_day, g.due_day, g.status, " \
	"substr(g.created_at, 1, 10) FROM goal g JOIN person p ON p.id = g.owner_id " \
	"WHERE g.owner_id = ?1 AND g.status IN ('active', 'proposed') ORDER BY g.id"

/* milestone.c (alert.c): the latest milestone of goal ?1 before ?2 and not after ?3. */
#define MBO_SQL_ALERT_MILESTONE \
	"SELECT day, target FROM milestone WHERE goal_id = ?1 AND day < ?2 " \
	"AND day <= ?3 ORDER BY day DESC LIMIT 1"

/* task.c (alert.c): the open tasks of goal ?1 due before ?2. */
#define MBO_SQL_ALERT_TASKS \
	"SELECT id, due_day, title FROM task WHERE goal_id = ?1 AND done_day IS NULL " \
	"AND due_day IS NOT NULL AND due_day < ?2 ORDER BY due_day, id"

/* person.c: whether ?2 is a manager of ?1 at any depth. The likelihood()
 * term keeps the planner from a Bloom filter, a scan of person (see
 * MBO_SQL_ROLLUP). */
#define MBO_SQL_PERSON_IS_ABOVE \
	"WITH RECURSIVE up(id, depth) AS (" \
	"  SELECT manager_id, 1 FROM person WHERE id = ?1 AND manager_id IS NOT NULL" \
	"  UNION ALL SELECT p.manager_id, depth + 1 FROM up JOIN person p ON p.id = up.id" \
	"  WHERE likelihood(up.id + 0 IS NOT NULL, 0.000001)" \
	"  AND p.manager_id IS NOT NULL AND depth < 64)" \
	"SELECT 1 FROM up WHERE id = ?2 LIMIT 1"

/* person.c: person ?1 and everyone below. */
#define MBO_SQL_PERSON_SUBTREE \
	"WITH RECURSIVE sub(id, depth) AS (SELECT ?1, 0" \
	"  UNION ALL SELECT p.id, depth + 1 FROM person p JOIN sub ON p.manager_id = sub.id" \
	"  WHERE depth < 64)" \
	"SELECT id FROM sub ORDER BY depth, id"

/* checkin.c: one check-in. */
#define MBO_SQL_CHECKIN_INSERT \
	"INSERT INTO checkin(goal_id, day, value, note, entered_by, entered_at) " \
	"VALUES (?, ?, ?, ?, ?, ?)"

/* checkin.c: a goal's check-ins, newest first. */
#define MBO_SQL_CHECKIN_LIST \
	"SELECT c.id, c.day, c.value, c.note, p.login, c.entered_at FROM checkin c " \
	"JOIN person p ON p.id = c.entered_by WHERE c.goal_id = ? " \
	"ORDER BY c.day DESC, c.id DESC LIMIT ?"

/* task.c: the open tasks assigned to person ?1. */
#define MBO_SQL_TASK_OPEN \
	"SELECT t.id, t.goal_id, t.title, t.due_day, t.assignee_id, p.login, t.done_day " \
	"FROM task t JOIN person p ON p.id = t.assignee_id " \
	"WHERE t.assignee_id = ? AND t.done_day IS NULL " \
	"ORDER BY coalesce(t.due_day, '9999'), t.id"

#endif
