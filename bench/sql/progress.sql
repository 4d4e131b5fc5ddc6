-- The floor of `mbo status` (a person; @DEPTH@ = 0), `mbo status --team`
-- (a subtree; @DEPTH@ = 64) and, with the lines marked "alerts" kept,
-- `mbo alerts --team`: for each active goal started by @TODAY@ of the
-- people in scope, what progress.c reads: the actual (sum, or the latest
-- level; team goals roll up their children on the same metric), the count
-- and day of the latest check-in, the check-ins of the forecast window and
-- the milestones; for alerts also the open overdue tasks and the actual at
-- the latest milestone passed. bench/run fills in the @...@ values.
WITH RECURSIVE
team(id, depth) AS (
  SELECT id, 0 FROM person WHERE login = '@LOGIN@'
  UNION ALL SELECT p.id, team.depth + 1 FROM team JOIN person p ON p.manager_id = team.id
  WHERE team.depth < @DEPTH@),
g AS (SELECT g.* FROM goal g WHERE g.owner_id IN (SELECT id FROM team)
      AND g.status = 'active' AND g.start_day <= '@TODAY@'),
tree(root, id) AS (
  SELECT id, id FROM g
  UNION ALL SELECT tree.root, k.id FROM tree JOIN goal k ON k.parent_id = tree.id JOIN goal p ON p.id = tree.id
  WHERE likelihood(tree.id + 0 IS NOT NULL, 0.000001) AND k.metric = p.metric AND k.unit = p.unit
  AND k.kind = p.kind AND k.status IN ('active', 'achieved', 'missed')),
sums AS (
  SELECT t.root, sum(c.value) AS s, count(*) AS n, max(c.day) AS last,
         sum(CASE WHEN c.day > '@WINDOW@' THEN c.value ELSE 0 END) AS w
  FROM tree t JOIN checkin c ON c.goal_id = t.id AND c.day <= '@TODAY@'
  WHERE likelihood(t.id + 0 IS NOT NULL, 0.000001) GROUP BY t.root),
levels AS (
  SELECT t.root, sum((SELECT c.value FROM checkin c WHERE c.goal_id = t.id AND c.day <= '@TODAY@'
                      ORDER BY c.day DESC LIMIT 1)) AS v
  FROM tree t JOIN goal k ON k.id = t.id AND k.kind = 'level'
  WHERE likelihood(t.id + 0 IS NOT NULL, 0.000001) GROUP BY t.root)
SELECT g.id, p.login, g.title, g.metric, g.unit, g.target,
       CASE g.kind WHEN 'sum' THEN coalesce(s.s, 0) ELSE coalesce(l.v, g.baseline) END AS actual,
       s.n, s.last, s.w,
       (SELECT group_concat(m.day || '=' || m.target) FROM milestone m WHERE m.goal_id = g.id) AS plan
       , (SELECT count(*) FROM task t WHERE t.goal_id = g.id AND t.done_day IS NULL AND t.due_day < '@TODAY@') -- alerts
       , (SELECT sum(c.value) FROM checkin c WHERE c.goal_id = g.id AND c.day <= (SELECT max(m.day) FROM milestone m WHERE m.goal_id = g.id AND m.day < '@TODAY@')) -- alerts
FROM g JOIN person p ON p.id = g.owner_id
LEFT JOIN sums s ON s.root = g.id LEFT JOIN levels l ON l.root = g.id
ORDER BY p.login, g.due_day, g.id;
