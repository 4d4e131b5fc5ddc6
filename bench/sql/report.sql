-- The floor of `mbo report --period P` over the subtree of @LOGIN@: for each
-- person, their goals overlapping [@QSTART@, @QEND@] (active, achieved or
-- missed) with the actual as of the due date (team goals roll up), the
-- completion weighted by the goals' weights, the 360 ratings per relation
-- and the manager's summary.
WITH RECURSIVE
team(id, depth) AS (
  SELECT id, 0 FROM person WHERE login = '@LOGIN@'
  UNION ALL SELECT p.id, team.depth + 1 FROM team JOIN person p ON p.manager_id = team.id
  WHERE team.depth < 64),
g AS (SELECT g.* FROM goal g WHERE g.owner_id IN (SELECT id FROM team)
      AND g.status IN ('active', 'achieved', 'missed') AND g.start_day <= '@QEND@' AND g.due_day >= '@QSTART@'),
tree(root, id) AS (
  SELECT id, id FROM g
  UNION ALL SELECT tree.root, k.id FROM tree JOIN goal k ON k.parent_id = tree.id JOIN goal p ON p.id = tree.id
  WHERE likelihood(tree.id + 0 IS NOT NULL, 0.000001) AND k.metric = p.metric AND k.unit = p.unit
  AND k.kind = p.kind AND k.status IN ('active', 'achieved', 'missed')),
sums AS (
  SELECT t.root, sum(c.value) AS s FROM tree t JOIN goal r ON r.id = t.root
  JOIN checkin c ON c.goal_id = t.id AND c.day <= r.due_day
  WHERE likelihood(t.id + 0 IS NOT NULL, 0.000001) GROUP BY t.root),
levels AS (
  SELECT t.root, sum((SELECT c.value FROM checkin c WHERE c.goal_id = t.id AND c.day <= r.due_day
                      ORDER BY c.day DESC LIMIT 1)) AS v
  FROM tree t JOIN goal k ON k.id = t.id AND k.kind = 'level' JOIN goal r ON r.id = t.root
  WHERE likelihood(t.id + 0 IS NOT NULL, 0.000001) GROUP BY t.root),
done AS (
  SELECT g.owner_id, g.weight,
         CASE WHEN g.direction = 'up' AND g.kind = 'sum' THEN 1.0 * coalesce(s.s, 0) / g.target
              WHEN g.direction = 'up' THEN 1.0 * (coalesce(l.v, g.baseline) - g.baseline) / nullif(g.target - g.baseline, 0)
              WHEN g.kind = 'sum' THEN 1.0 * g.target / nullif(coalesce(s.s, 0), 0)
              ELSE 1.0 * (g.baseline - coalesce(l.v, g.baseline)) / nullif(g.baseline - g.target, 0) END AS completion
  FROM g LEFT JOIN sums s ON s.root = g.id LEFT JOIN levels l ON l.root = g.id)
SELECT p.login, p.name, count(d.owner_id), sum(d.weight * min(d.completion, 1.2)) / sum(d.weight) AS quantitative,
       (SELECT group_concat(f.relation || ':' || f.quality || '/' || f.growth || '/' || f.teamwork)
          FROM feedback f WHERE f.subject_id = p.id AND f.period = '@PERIOD@') AS ratings,
       (SELECT v.summary FROM evaluation v WHERE v.subject_id = p.id AND v.period = '@PERIOD@') AS summary
FROM team CROSS JOIN person p ON p.id = team.id LEFT JOIN done d ON d.owner_id = p.id
GROUP BY p.id ORDER BY p.login;
