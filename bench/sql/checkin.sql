-- The floor of `mbo checkin GOAL 1`: one insert, with mbo's settings
-- (foreign keys on, synchronous FULL in WAL).
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
INSERT INTO checkin(goal_id, day, value, note, entered_by, entered_at)
VALUES (@GOAL@, '@TODAY@', 10000, 'bench', (SELECT id FROM person WHERE login = '@LOGIN@'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
