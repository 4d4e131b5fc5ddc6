-- The floor of `mbo task list` for @LOGIN@: their open tasks.
SELECT t.id, t.goal_id, t.title, t.due_day, p.login FROM task t JOIN person p ON p.id = t.assignee_id
WHERE t.assignee_id = (SELECT id FROM person WHERE login = '@LOGIN@') AND t.done_day IS NULL
ORDER BY coalesce(t.due_day, '9999'), t.id;
