-- mbo: the one definition of the database.
--
-- The file is a sequence of versions. Each block starting with a line
-- "-- @version N" moves a database from version N-1 to N; a new database runs
-- them all. The database's version is PRAGMA user_version. Never edit a
-- released block: add a new one below it.
--
-- Conventions
--   Exact decimals (targets, values, weights) are INTEGER in ten-thousandths:
--   12.5 is stored as 125000. Never REAL.
--   Civil dates are TEXT 'YYYY-MM-DD'; the CHECKs reject impossible dates
--   (date(x, '+0 days') normalises 2026-02-30 to 2026-03-02, so it differs).
--   Timestamps are TEXT 'YYYY-MM-DDTHH:MM:SSZ' in UTC.
--   Every enumeration and range has a CHECK, so even the sqlite3 shell cannot
--   store a value the program would not.

-- @version 1

CREATE TABLE setting (
  key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
  value TEXT NOT NULL
);

CREATE TABLE person (
  id         INTEGER PRIMARY KEY,
  login      TEXT NOT NULL UNIQUE
             CHECK (length(login) BETWEEN 1 AND 32
                    AND login NOT GLOB '*[^A-Za-z0-9._-]*'
                    AND substr(login, 1, 1) NOT IN ('-', '.')),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  role       TEXT NOT NULL DEFAULT 'sales' CHECK (role IN ('sales', 'manager', 'admin')),
  manager_id INTEGER REFERENCES person(id) CHECK (manager_id IS NOT id),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE INDEX person_manager ON person(manager_id);

CREATE TABLE goal (
  id            INTEGER PRIMARY KEY,
  owner_id      INTEGER NOT NULL REFERENCES person(id),
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description   TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  metric        TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 40),
  unit          TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
  kind          TEXT NOT NULL DEFAULT 'sum' CHECK (kind IN ('sum', 'level')),
  direction     TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
  baseline      INTEGER NOT NULL DEFAULT 0
                CHECK (baseline BETWEEN -10000000000000000 AND 10000000000000000),
  target        INTEGER NOT NULL
                CHECK (target BETWEEN -10000000000000000 AND 10000000000000000),
  start_day     TEXT NOT NULL CHECK (date(start_day, '+0 days') IS start_day),
  due_day       TEXT NOT NULL CHECK (date(due_day, '+0 days') IS due_day AND due_day > start_day),
  importance    INTEGER NOT NULL DEFAULT 2 CHECK (importance BETWEEN 1 AND 3),
  urgency       INTEGER NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3),
  weight        INTEGER NOT NULL DEFAULT 10000 CHECK (weight > 0 AND weight <= 1000000),
  parent_id     INTEGER REFERENCES goal(id) CHECK (parent_id IS NOT id),
  kpi           TEXT CHECK (kpi IS NULL OR length(kpi) BETWEEN 1 AND 80),
  method        TEXT NOT NULL DEFAULT 'self'
                CHECK (method IN ('self', 'negotiated', 'benchmark', 'kpi')),
  status        TEXT NOT NULL DEFAULT 'proposed'
                CHECK (status IN ('proposed', 'active', 'achieved', 'missed', 'rejected', 'cancelled')),
  status_reason TEXT,
  created_by    INTEGER NOT NULL REFERENCES person(id),
  created_at    TEXT NOT NULL
);
CREATE INDEX goal_owner ON goal(owner_id, status, due_day);
CREATE INDEX goal_parent ON goal(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX goal_metric ON goal(metric, due_day);

-- Stage goals (milestones): the cumulative target due by each day.
CREATE TABLE milestone (
  id      INTEGER PRIMARY KEY,
  goal_id INTEGER NOT NULL REFERENCES goal(id),
  day     TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  target  INTEGER NOT NULL,
  UNIQUE (goal_id, day)
);

CREATE TABLE task (
  id          INTEGER PRIMARY KEY,
  goal_id     INTEGER NOT NULL REFERENCES goal(id),
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  due_day     TEXT CHECK (due_day IS NULL OR date(due_day, '+0 days') IS due_day),
  assignee_id INTEGER NOT NULL REFERENCES person(id),
  done_day    TEXT CHECK (done_day IS NULL OR date(done_day, '+0 days') IS done_day),
  done_by     INTEGER REFERENCES person(id),
  created_by  INTEGER NOT NULL REFERENCES person(id),
  created_at  TEXT NOT NULL
);
CREATE INDEX task_goal ON task(goal_id);
CREATE INDEX task_open ON task(assignee_id, due_day) WHERE done_day IS NULL;

-- Check-ins: the covering index keeps one goal's values together, so a goal's
-- actual is read from the index alone.
CREATE TABLE checkin (
  id         INTEGER PRIMARY KEY,
  goal_id    INTEGER NOT NULL REFERENCES goal(id),
  day        TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  value      INTEGER NOT NULL CHECK (value BETWEEN -10000000000000000 AND 10000000000000000),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  entered_by INTEGER NOT NULL REFERENCES person(id),
  entered_at TEXT NOT NULL
);
CREATE INDEX checkin_goal_day ON checkin(goal_id, day, value);

-- Work calendar: exceptions to Monday-to-Friday.
CREATE TABLE calendar_day (
  day  TEXT PRIMARY KEY NOT NULL CHECK (date(day, '+0 days') IS day),
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 80)
);

-- A change is one command or form: the unit of undo.
CREATE TABLE change (
  id        INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  at        TEXT NOT NULL,
  summary   TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX change_person ON change(person_id, id);

-- The SQL that reverses each row a change wrote, written by temporary
-- triggers (see src/core/undo.c); run newest first to undo.
CREATE TABLE undo_step (
  id        INTEGER PRIMARY KEY,
  change_id INTEGER NOT NULL REFERENCES change(id),
  tbl       TEXT NOT NULL,
  row_id    INTEGER NOT NULL,
  sql       TEXT NOT NULL
);
CREATE INDEX undo_step_change ON undo_step(change_id);
CREATE INDEX undo_step_row ON undo_step(tbl, row_id);

-- A goal's history: every field that changed, who, when and why.
CREATE TABLE revision (
  id        INTEGER PRIMARY KEY,
  goal_id   INTEGER NOT NULL REFERENCES goal(id),
  change_id INTEGER REFERENCES change(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  at        TEXT NOT NULL,
  field     TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  reason    TEXT NOT NULL
);
CREATE INDEX revision_goal ON revision(goal_id, id);

-- Lessons learned: notes on a goal or on a period.
CREATE TABLE lesson (
  id        INTEGER PRIMARY KEY,
  goal_id   INTEGER REFERENCES goal(id),
  period    TEXT,
  person_id INTEGER NOT NULL REFERENCES person(id),
  at        TEXT NOT NULL,
  text      TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  CHECK (goal_id IS NOT NULL OR period IS NOT NULL)
);
CREATE INDEX lesson_goal ON lesson(goal_id);

-- Thresholds of the SMART check, pace and alerts. Values are text; decimals
-- are written as decimals ("0.50").
INSERT INTO setting(key, value) VALUES
  ('smart.min_title_chars', '6'),
  ('smart.realism_ceiling', '0.50'),
  ('smart.min_stretch', '0.05'),
  ('smart.max_horizon_days', '366'),
  ('smart.max_top_priority', '3'),
  ('smart.vague_words', 'improve,more,better,increase,maximize,maximise,try,boost,enhance,尽量,提高,加强,争取,努力,提升,更多,更好'),
  ('pace.on_track', '0.95'),
  ('pace.off_track', '0.80'),
  ('forecast.window_workdays', '10'),
  ('alert.silent_workdays', '3'),
  ('alert.due_soon_workdays', '5'),
  ('alert.proposal_wait_days', '3');

-- @version 2
-- Evaluation (目标评估): 360-degree feedback, peer requests, the manager's
-- summary, and the settings of scores, grades and the bonus scale. The
-- statements are idempotent (IF NOT EXISTS, OR IGNORE), so running the block
-- again on a database that has it changes nothing.

-- 360-degree feedback: ratings 1..5 on the three qualitative criteria with a
-- comment. rater_id is who entered it: the rater themselves, or for customer
-- feedback the salesperson or a manager, with the customer in rater_name.
-- One rating per rater (per customer) per relation, subject and period; a
-- second one updates the first.
CREATE TABLE IF NOT EXISTS feedback (
  id         INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES person(id),
  period     TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 8),
  relation   TEXT NOT NULL
             CHECK (relation IN ('self', 'superior', 'peer', 'customer', 'subordinate')),
  rater_id   INTEGER NOT NULL REFERENCES person(id),
  rater_name TEXT NOT NULL DEFAULT '' CHECK (length(rater_name) <= 100),
  quality    INTEGER NOT NULL CHECK (quality BETWEEN 1 AND 5),
  growth     INTEGER NOT NULL CHECK (growth BETWEEN 1 AND 5),
  teamwork   INTEGER NOT NULL CHECK (teamwork BETWEEN 1 AND 5),
  comment    TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
  entered_at TEXT NOT NULL,
  CHECK ((relation = 'customer') = (rater_name <> '')),
  CHECK (relation <> 'self' OR rater_id = subject_id),
  CHECK (relation IN ('self', 'customer') OR rater_id <> subject_id)
);
CREATE UNIQUE INDEX IF NOT EXISTS feedback_one
  ON feedback(subject_id, period, relation, rater_id) WHERE relation <> 'customer';
CREATE UNIQUE INDEX IF NOT EXISTS feedback_one_customer
  ON feedback(subject_id, period, rater_name COLLATE NOCASE) WHERE relation = 'customer';
CREATE INDEX IF NOT EXISTS feedback_rater ON feedback(rater_id, period);

-- Peers give feedback only when asked: a manager above the subject records
-- the request.
CREATE TABLE IF NOT EXISTS feedback_request (
  id           INTEGER PRIMARY KEY,
  subject_id   INTEGER NOT NULL REFERENCES person(id),
  period       TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 8),
  rater_id     INTEGER NOT NULL REFERENCES person(id) CHECK (rater_id <> subject_id),
  requested_by INTEGER NOT NULL REFERENCES person(id),
  requested_at TEXT NOT NULL,
  UNIQUE (subject_id, period, rater_id)
);
CREATE INDEX IF NOT EXISTS feedback_request_rater ON feedback_request(rater_id, period);

-- The manager's written summary of a person's period.
CREATE TABLE IF NOT EXISTS evaluation (
  id         INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES person(id),
  period     TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 8),
  summary    TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  written_by INTEGER NOT NULL REFERENCES person(id),
  written_at TEXT NOT NULL,
  UNIQUE (subject_id, period)
);

-- Weights are decimals; the grades are bands "NAME:MINIMUM" from the highest
-- minimum down; the bonus scale is points "COMPLETION:MULTIPLIER" by
-- completion (none: no bonus). docs/design.md, "Evaluation", explains them.
INSERT OR IGNORE INTO setting(key, value) VALUES
  ('eval.completion_cap', '1.20'),
  ('eval.weight.quality', '0.40'),
  ('eval.weight.growth', '0.30'),
  ('eval.weight.teamwork', '0.30'),
  ('eval.relation.self', '0.10'),
  ('eval.relation.superior', '0.40'),
  ('eval.relation.peer', '0.20'),
  ('eval.relation.customer', '0.20'),
  ('eval.relation.subordinate', '0.10'),
  ('eval.blend.quantitative', '0.60'),
  ('eval.grades', 'S:95,A:85,B:70,C:60,D:0'),
  ('eval.peers_anonymous', '1'),
  ('eval.subordinates_anonymous', '1'),
  ('eval.bonus', 'none'),
  ('eval.bonus_base', '0'),
  ('eval.bonus_currency', 'CNY');

-- @version 3
-- Performance (docs/performance.md): a person's feedback for a period.
-- feedback_one and feedback_one_customer are partial, so a query of all of
-- a subject's ratings could use neither and the planner read every person
-- (feedback_rater) for each subject: the org-wide period report was
-- quadratic in the number of people.
CREATE INDEX IF NOT EXISTS feedback_subject ON feedback(subject_id, period);

-- @version 4
-- People who leave (docs/design.md): nobody inactive owns an open goal and
-- nobody active reports to someone inactive. The core checks both before
-- it writes; these keep them when a deactivation commits between that
-- check and another session's write (a goal added, approved or reopened
-- for the person, someone added or moved under them).
CREATE TRIGGER IF NOT EXISTS goal_open_owner_active BEFORE INSERT ON goal
WHEN NEW.status IN ('active', 'proposed')
  AND (SELECT active FROM person WHERE id = NEW.owner_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'the owner is no longer active (deactivated meanwhile); choose an active owner');
END;
CREATE TRIGGER IF NOT EXISTS goal_reopen_owner_active BEFORE UPDATE OF status, owner_id ON goal
WHEN NEW.status IN ('active', 'proposed')
  AND (SELECT active FROM person WHERE id = NEW.owner_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'the owner is no longer active (deactivated meanwhile); the goal stays closed');
END;
CREATE TRIGGER IF NOT EXISTS person_add_manager_active BEFORE INSERT ON person
WHEN NEW.active = 1 AND NEW.manager_id IS NOT NULL
  AND (SELECT active FROM person WHERE id = NEW.manager_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'manager: no longer active (deactivated meanwhile); choose an active manager');
END;
CREATE TRIGGER IF NOT EXISTS person_manager_active BEFORE UPDATE OF manager_id, active ON person
WHEN NEW.active = 1 AND NEW.manager_id IS NOT NULL
  AND (SELECT active FROM person WHERE id = NEW.manager_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'manager: no longer active (deactivated meanwhile); choose an active manager');
END;

-- @version 5
-- Ids are never reused (docs/design.md, "Ids are kept"). A plain INTEGER
-- PRIMARY KEY takes the largest id plus one, so after an undo deleted the
-- newest goal, check-in or task the next one got its id again, and a CRM
-- file or a script that kept the old id hit another record. AUTOINCREMENT
-- keeps the highest id ever given in sqlite_sequence. SQLite cannot add it
-- to a table, so each table whose ids someone sees or keeps is rebuilt as
-- its docs say (lang_altertable.html, "Making Other Kinds Of Table Schema
-- Changes"): a new table, the rows copied, the old one dropped, the new one
-- renamed, its indexes made again. db.c runs the block with foreign keys
-- off, in the one transaction of the upgrade, and checks the references
-- after it. A rename checks every trigger, and those of version 4 on goal
-- read person, so the four are dropped first and made again at the end.
-- undo_step is left as it is: its ids are never shown and its rows never
-- deleted. Re-running the block rebuilds the same tables again and keeps
-- each table's count.

-- The next id of each table: after the highest it holds, the highest it
-- ever gave (when the block runs again), and the highest the undo journal
-- names (undo_step keeps the steps of undone changes, so a row that an undo
-- deleted is still named there). Ids freed before this version and named
-- nowhere, such as a goal's history entries (revision is not journaled),
-- may be given once more. The table made and dropped at once creates
-- sqlite_sequence when the database has none yet.
CREATE TABLE mbo_ids_kept(id INTEGER PRIMARY KEY AUTOINCREMENT);
DROP TABLE mbo_ids_kept;
CREATE TEMP TABLE mbo_next_id AS
SELECT t.name AS name,
       max(coalesce(t.seq, 0),
           coalesce((SELECT max(q.seq) FROM sqlite_sequence q WHERE q.name = t.name), 0),
           coalesce((SELECT max(s.row_id) FROM undo_step s WHERE s.tbl = t.name), 0)) AS seq
FROM (SELECT 'person' AS name, (SELECT max(id) FROM person) AS seq
      UNION ALL SELECT 'goal', (SELECT max(id) FROM goal)
      UNION ALL SELECT 'milestone', (SELECT max(id) FROM milestone)
      UNION ALL SELECT 'task', (SELECT max(id) FROM task)
      UNION ALL SELECT 'checkin', (SELECT max(id) FROM checkin)
      UNION ALL SELECT 'change', (SELECT max(id) FROM change)
      UNION ALL SELECT 'revision', (SELECT max(id) FROM revision)
      UNION ALL SELECT 'lesson', (SELECT max(id) FROM lesson)
      UNION ALL SELECT 'feedback', (SELECT max(id) FROM feedback)
      UNION ALL SELECT 'feedback_request', (SELECT max(id) FROM feedback_request)
      UNION ALL SELECT 'evaluation', (SELECT max(id) FROM evaluation)) AS t;

DROP TRIGGER IF EXISTS goal_open_owner_active;
DROP TRIGGER IF EXISTS goal_reopen_owner_active;
DROP TRIGGER IF EXISTS person_add_manager_active;
DROP TRIGGER IF EXISTS person_manager_active;

CREATE TABLE person_new (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  login      TEXT NOT NULL UNIQUE
             CHECK (length(login) BETWEEN 1 AND 32
                    AND login NOT GLOB '*[^A-Za-z0-9._-]*'
                    AND substr(login, 1, 1) NOT IN ('-', '.')),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  role       TEXT NOT NULL DEFAULT 'sales' CHECK (role IN ('sales', 'manager', 'admin')),
  manager_id INTEGER REFERENCES person(id) CHECK (manager_id IS NOT id),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
);
INSERT INTO person_new SELECT * FROM person;
DROP TABLE person;
ALTER TABLE person_new RENAME TO person;
CREATE INDEX person_manager ON person(manager_id);

CREATE TABLE goal_new (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id      INTEGER NOT NULL REFERENCES person(id),
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description   TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  metric        TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 40),
  unit          TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
  kind          TEXT NOT NULL DEFAULT 'sum' CHECK (kind IN ('sum', 'level')),
  direction     TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
  baseline      INTEGER NOT NULL DEFAULT 0
                CHECK (baseline BETWEEN -10000000000000000 AND 10000000000000000),
  target        INTEGER NOT NULL
                CHECK (target BETWEEN -10000000000000000 AND 10000000000000000),
  start_day     TEXT NOT NULL CHECK (date(start_day, '+0 days') IS start_day),
  due_day       TEXT NOT NULL CHECK (date(due_day, '+0 days') IS due_day AND due_day > start_day),
  importance    INTEGER NOT NULL DEFAULT 2 CHECK (importance BETWEEN 1 AND 3),
  urgency       INTEGER NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3),
  weight        INTEGER NOT NULL DEFAULT 10000 CHECK (weight > 0 AND weight <= 1000000),
  parent_id     INTEGER REFERENCES goal(id) CHECK (parent_id IS NOT id),
  kpi           TEXT CHECK (kpi IS NULL OR length(kpi) BETWEEN 1 AND 80),
  method        TEXT NOT NULL DEFAULT 'self'
                CHECK (method IN ('self', 'negotiated', 'benchmark', 'kpi')),
  status        TEXT NOT NULL DEFAULT 'proposed'
                CHECK (status IN ('proposed', 'active', 'achieved', 'missed', 'rejected', 'cancelled')),
  status_reason TEXT,
  created_by    INTEGER NOT NULL REFERENCES person(id),
  created_at    TEXT NOT NULL
);
INSERT INTO goal_new SELECT * FROM goal;
DROP TABLE goal;
ALTER TABLE goal_new RENAME TO goal;
CREATE INDEX goal_owner ON goal(owner_id, status, due_day);
CREATE INDEX goal_parent ON goal(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX goal_metric ON goal(metric, due_day);

CREATE TABLE milestone_new (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id INTEGER NOT NULL REFERENCES goal(id),
  day     TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  target  INTEGER NOT NULL,
  UNIQUE (goal_id, day)
);
INSERT INTO milestone_new SELECT * FROM milestone;
DROP TABLE milestone;
ALTER TABLE milestone_new RENAME TO milestone;

CREATE TABLE task_new (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id     INTEGER NOT NULL REFERENCES goal(id),
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  due_day     TEXT CHECK (due_day IS NULL OR date(due_day, '+0 days') IS due_day),
  assignee_id INTEGER NOT NULL REFERENCES person(id),
  done_day    TEXT CHECK (done_day IS NULL OR date(done_day, '+0 days') IS done_day),
  done_by     INTEGER REFERENCES person(id),
  created_by  INTEGER NOT NULL REFERENCES person(id),
  created_at  TEXT NOT NULL
);
INSERT INTO task_new SELECT * FROM task;
DROP TABLE task;
ALTER TABLE task_new RENAME TO task;
CREATE INDEX task_goal ON task(goal_id);
CREATE INDEX task_open ON task(assignee_id, due_day) WHERE done_day IS NULL;

CREATE TABLE checkin_new (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id    INTEGER NOT NULL REFERENCES goal(id),
  day        TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  value      INTEGER NOT NULL CHECK (value BETWEEN -10000000000000000 AND 10000000000000000),
  note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  entered_by INTEGER NOT NULL REFERENCES person(id),
  entered_at TEXT NOT NULL
);
INSERT INTO checkin_new SELECT * FROM checkin;
DROP TABLE checkin;
ALTER TABLE checkin_new RENAME TO checkin;
CREATE INDEX checkin_goal_day ON checkin(goal_id, day, value);

CREATE TABLE change_new (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id INTEGER NOT NULL REFERENCES person(id),
  at        TEXT NOT NULL,
  summary   TEXT NOT NULL,
  undone_at TEXT
);
INSERT INTO change_new SELECT * FROM change;
DROP TABLE change;
ALTER TABLE change_new RENAME TO change;
CREATE INDEX change_person ON change(person_id, id);

CREATE TABLE revision_new (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id   INTEGER NOT NULL REFERENCES goal(id),
  change_id INTEGER REFERENCES change(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  at        TEXT NOT NULL,
  field     TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  reason    TEXT NOT NULL
);
INSERT INTO revision_new SELECT * FROM revision;
DROP TABLE revision;
ALTER TABLE revision_new RENAME TO revision;
CREATE INDEX revision_goal ON revision(goal_id, id);

CREATE TABLE lesson_new (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id   INTEGER REFERENCES goal(id),
  period    TEXT,
  person_id INTEGER NOT NULL REFERENCES person(id),
  at        TEXT NOT NULL,
  text      TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  CHECK (goal_id IS NOT NULL OR period IS NOT NULL)
);
INSERT INTO lesson_new SELECT * FROM lesson;
DROP TABLE lesson;
ALTER TABLE lesson_new RENAME TO lesson;
CREATE INDEX lesson_goal ON lesson(goal_id);

CREATE TABLE feedback_new (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_id INTEGER NOT NULL REFERENCES person(id),
  period     TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 8),
  relation   TEXT NOT NULL
             CHECK (relation IN ('self', 'superior', 'peer', 'customer', 'subordinate')),
  rater_id   INTEGER NOT NULL REFERENCES person(id),
  rater_name TEXT NOT NULL DEFAULT '' CHECK (length(rater_name) <= 100),
  quality    INTEGER NOT NULL CHECK (quality BETWEEN 1 AND 5),
  growth     INTEGER NOT NULL CHECK (growth BETWEEN 1 AND 5),
  teamwork   INTEGER NOT NULL CHECK (teamwork BETWEEN 1 AND 5),
  comment    TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
  entered_at TEXT NOT NULL,
  CHECK ((relation = 'customer') = (rater_name <> '')),
  CHECK (relation <> 'self' OR rater_id = subject_id),
  CHECK (relation IN ('self', 'customer') OR rater_id <> subject_id)
);
INSERT INTO feedback_new SELECT * FROM feedback;
DROP TABLE feedback;
ALTER TABLE feedback_new RENAME TO feedback;
CREATE UNIQUE INDEX feedback_one
  ON feedback(subject_id, period, relation, rater_id) WHERE relation <> 'customer';
CREATE UNIQUE INDEX feedback_one_customer
  ON feedback(subject_id, period, rater_name COLLATE NOCASE) WHERE relation = 'customer';
CREATE INDEX feedback_rater ON feedback(rater_id, period);
CREATE INDEX feedback_subject ON feedback(subject_id, period);

CREATE TABLE feedback_request_new (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_id   INTEGER NOT NULL REFERENCES person(id),
  period       TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 8),
  rater_id     INTEGER NOT NULL REFERENCES person(id) CHECK (rater_id <> subject_id),
  requested_by INTEGER NOT NULL REFERENCES person(id),
  requested_at TEXT NOT NULL,
  UNIQUE (subject_id, period, rater_id)
);
INSERT INTO feedback_request_new SELECT * FROM feedback_request;
DROP TABLE feedback_request;
ALTER TABLE feedback_request_new RENAME TO feedback_request;
CREATE INDEX feedback_request_rater ON feedback_request(rater_id, period);

CREATE TABLE evaluation_new (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_id INTEGER NOT NULL REFERENCES person(id),
  period     TEXT NOT NULL CHECK (length(period) BETWEEN 4 AND 8),
  summary    TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  written_by INTEGER NOT NULL REFERENCES person(id),
  written_at TEXT NOT NULL,
  UNIQUE (subject_id, period)
);
INSERT INTO evaluation_new SELECT * FROM evaluation;
DROP TABLE evaluation;
ALTER TABLE evaluation_new RENAME TO evaluation;

-- The next ids, as counted before the rebuild (dropping a table forgets
-- its count).
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence(name, seq) SELECT name, seq FROM temp.mbo_next_id;
DROP TABLE temp.mbo_next_id;

CREATE TRIGGER goal_open_owner_active BEFORE INSERT ON goal
WHEN NEW.status IN ('active', 'proposed')
  AND (SELECT active FROM person WHERE id = NEW.owner_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'the owner is no longer active (deactivated meanwhile); choose an active owner');
END;
CREATE TRIGGER goal_reopen_owner_active BEFORE UPDATE OF status, owner_id ON goal
WHEN NEW.status IN ('active', 'proposed')
  AND (SELECT active FROM person WHERE id = NEW.owner_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'the owner is no longer active (deactivated meanwhile); the goal stays closed');
END;
CREATE TRIGGER person_add_manager_active BEFORE INSERT ON person
WHEN NEW.active = 1 AND NEW.manager_id IS NOT NULL
  AND (SELECT active FROM person WHERE id = NEW.manager_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'manager: no longer active (deactivated meanwhile); choose an active manager');
END;
CREATE TRIGGER person_manager_active BEFORE UPDATE OF manager_id, active ON person
WHEN NEW.active = 1 AND NEW.manager_id IS NOT NULL
  AND (SELECT active FROM person WHERE id = NEW.manager_id) = 0
BEGIN
  SELECT RAISE(ABORT, 'manager: no longer active (deactivated meanwhile); choose an active manager');
END;
