/*
 * undo.c: changes, the undo journal and undo.
 *
 * The journal follows SQLite's "automatic undo/redo with triggers": for
 * every table a user's commands write, temporary triggers on this connection
 * record the SQL that reverses each insert, update and delete, tagged with
 * the current change. The triggers are temporary so that the database file
 * holds no trigger a sqlite3 shell would run; they fire only while a change
 * is open (temp.mbo_cur holds its id).
 *
 * The goal history (table revision) is not journaled: an undone revision
 * stays in the history, followed by the revision that reverses it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "mbo/perm.h"
#include "mbo/undo.h"

static const char *const journaled[] = {
	"person", "goal", "milestone", "task", "checkin", "calendar_day", "setting", "lesson",
	"feedback", "feedback_request", "evaluation",
};

struct sqlbuf {
	char *p;
	size_t len, cap;
};

static int add(struct sqlbuf *b, const char *s)
{
	size_t n = strlen(s);

	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 1024;
		char *p;
		while (cap < b->len + n + 1)
			cap *= 2;
		p = realloc(b->p, cap);
		if (p == NULL)
			return -1;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n + 1);
	b->len += n;
	return 0;
}

/* Builds the three triggers of one table from its columns. */
static int make_triggers(mbo *m, const char *tbl)
{
	char q[1024];
	sqlite3_stmt *st;
	char *cols[64];
	size_t ncol = 0, i;
	struct sqlbuf b = { 0 };
	int rc = MBO_OK, bad = 0;

	snprintf(q, sizeof q, "PRAGMA main.table_info(%s)", tbl);
	if (sqlite3_prepare_v2(m->db, q, -1, &st, NULL) != SQLITE_OK)
		return mbo_dberr(m, _("preparing the undo journal"));
	while (sqlite3_step(st) == SQLITE_ROW && ncol < 64)
		cols[ncol++] = mbo_column_strdup(st, 1);
	sqlite3_finalize(st);

	/* insert -> delete */
	snprintf(q, sizeof q,
	         "CREATE TEMP TRIGGER IF NOT EXISTS mbo_undo_%s_i AFTER INSERT ON main.%s "
	         "WHEN (SELECT id FROM temp.mbo_cur) IS NOT NULL BEGIN "
	         "INSERT INTO undo_step(change_id, tbl, row_id, sql) VALUES "
	         "((SELECT id FROM temp.mbo_cur), '%s', new.rowid, ", tbl, tbl, tbl);
	bad |= add(&b, q);
	snprintf(q, sizeof q, "'DELETE FROM %s WHERE rowid=' || new.rowid); END;", tbl);
	bad |= add(&b, q);

	/* update -> update back */
	snprintf(q, sizeof q,
	         "CREATE TEMP TRIGGER IF NOT EXISTS mbo_undo_%s_u AFTER UPDATE ON main.%s "
	         "WHEN (SELECT id FROM temp.mbo_cur) IS NOT NULL BEGIN "
	         "INSERT INTO undo_step(change_id, tbl, row_id, sql) VALUES "
	         "((SELECT id FROM temp.mbo_cur), '%s', old.rowid, 'UPDATE %s SET ", tbl, tbl, tbl, tbl);
	bad |= add(&b, q);
	for (i = 0; i < ncol; i++) {
		snprintf(q, sizeof q, "%s%s=' || quote(old.%s) || '", i ? "," : "", cols[i], cols[i]);
		bad |= add(&b, q);
	}
	bad |= add(&b, " WHERE rowid=' || old.rowid); END;");

	/* delete -> insert back */
	snprintf(q, sizeof q,
	         "CREATE TEMP TRIGGER IF NOT EXISTS mbo_undo_%s_d BEFORE DELETE ON main.%s "
	         "WHEN (SELECT id FROM temp.mbo_cur) IS NOT NULL BEGIN "
	         "INSERT INTO undo_step(change_id, tbl, row_id, sql) VALUES "
	         "((SELECT id FROM temp.mbo_cur), '%s', old.rowid, 'INSERT INTO %s(rowid", tbl, tbl, tbl, tbl);
	bad |= add(&b, q);
	for (i = 0; i < ncol; i++) {
		snprintf(q, sizeof q, ",%s", cols[i]);
		bad |= add(&b, q);
	}
	bad |= add(&b, ") VALUES(' || old.rowid");
	for (i = 0; i < ncol; i++) {
		snprintf(q, sizeof q, " || ',' || quote(old.%s)", cols[i]);
		bad |= add(&b, q);
	}
	bad |= add(&b, " || ')'); END;");

	for (i = 0; i < ncol; i++)
		free(cols[i]);
	if (bad)
		rc = mbo_error(m, MBO_EFAIL, _("out of memory"));
	else
		rc = mbo_exec(m, b.p);
	free(b.p);
	return rc;
}

static int undo_prepare(mbo *m)
{
	size_t i;
	int rc;

	if (m->triggers_made)
		return MBO_OK;
	rc = mbo_exec(m, "CREATE TEMP TABLE IF NOT EXISTS mbo_cur(id INTEGER)");
	for (i = 0; rc == MBO_OK && i < sizeof journaled / sizeof journaled[0]; i++)
		rc = make_triggers(m, journaled[i]);
	if (rc == MBO_OK)
		m->triggers_made = true;
	return rc;
}

/*
 * BEGIN IMMEDIATE: take the write lock now, so that the change never fails
 * half-way for want of it. While another session writes, SQLite calls the
 * busy handler (db.c), which waits. It does not when this connection still
 * holds a read transaction, such as a cached statement left on a row, since
 * waiting could not help; such a read is stale by now, so the cached
 * statements are reset and the lock asked for once more.
 */
static int begin_immediate(mbo *m)
{
	size_t i;
	bool reset = false;

	if (sqlite3_exec(m->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK)
		return MBO_OK;
	if (sqlite3_errcode(m->db) == SQLITE_BUSY && sqlite3_get_autocommit(m->db)) {
		for (i = 0; i < m->ncache; i++) {
			if (sqlite3_stmt_busy(m->cache[i].stmt)) {
				sqlite3_reset(m->cache[i].stmt);
				reset = true;
			}
		}
		if (reset && sqlite3_exec(m->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK)
			return MBO_OK;
	}
	return mbo_dberr(m, _("writing"));
}

int mbo_change_begin(mbo *m, int64_t actor, const char *summary)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	if (m->change_depth > 0) {
		m->change_depth++;
		return MBO_OK;
	}
	rc = undo_prepare(m);
	if (rc)
		return rc;
	if (begin_immediate(m))
		return MBO_EDB;
	st = mbo_stmt(m, "INSERT INTO change(person_id, at, summary) VALUES (?, ?, ?)");
	if (st == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, actor);
	mbo_bind_text(st, 2, mbo_now_utc(now));
	mbo_bind_text(st, 3, summary);
	if (sqlite3_step(st) != SQLITE_DONE) {
		mbo_dberr(m, _("starting a change"));
		goto fail;
	}
	m->change_id = sqlite3_last_insert_rowid(m->db);
	st = mbo_stmt(m, "INSERT INTO temp.mbo_cur(id) VALUES (?)");
	if (st == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, m->change_id);
	if (sqlite3_step(st) != SQLITE_DONE) {
		mbo_dberr(m, _("starting a change"));
		goto fail;
	}
	m->change_depth = 1;
	return MBO_OK;
fail:
	sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
	m->change_id = 0;
	return MBO_EDB;
}

int mbo_change_commit(mbo *m)
{
	if (m->change_depth <= 0)
		return MBO_OK;
	if (--m->change_depth > 0)
		return MBO_OK;
	if (mbo_exec(m, "DELETE FROM temp.mbo_cur") || mbo_exec(m, "COMMIT")) {
		int rc = mbo_errcode(m);
		sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
		m->change_id = 0;
		return rc ? rc : MBO_EDB;
	}
	m->change_id = 0;
	return MBO_OK;
}

void mbo_change_rollback(mbo *m)
{
	if (m->change_depth <= 0)
		return;
	/* An inner failure ends the whole change at once; the outer levels'
	 * rollbacks then find nothing open. */
	if (!sqlite3_get_autocommit(m->db))
		sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
	m->change_depth--;
	m->change_id = 0;
	mbo_caches_forget(m);
}

int64_t mbo_change_current(mbo *m)
{
	return m->change_depth > 0 ? m->change_id : 0;
}

/*
 * The summaries the core writes into the journal (mbo_change_begin), in
 * English, as stored: '@' stands for one word (an id, a login, a date, a
 * key). Each is shown through its own message, whose %s are those words in
 * order. A summary matching none is shown as stored.
 */
static const struct {
	const char *stored;
	const char *shown;
} summaries[] = {
	/* TRANSLATORS: a change of the undo journal; %s is a login */
	{ "add goal for @", N_("add goal for %s") },
	/* TRANSLATORS: a change of the undo journal; %s is a goal's id */
	{ "approve goal @", N_("approve goal %s") },
	{ "reject goal @", N_("reject goal %s") },
	{ "revise goal @", N_("revise goal %s") },
	/* TRANSLATORS: a change of the undo journal; %s is a goal's id, then its
	 * new status (achieved, missed, cancelled) */
	{ "close goal @ as @", N_("close goal %s as %s") },
	{ "lesson on goal @", N_("lesson on goal %s") },
	{ "check in on goal @", N_("check in on goal %s") },
	/* TRANSLATORS: a change of the undo journal; %s is a number */
	{ "import @ check-in", N_("import %s check-in") },
	{ "import @ check-ins", N_("import %s check-ins") },
	{ "add task to goal @", N_("add task to goal %s") },
	/* TRANSLATORS: a change of the undo journal; %s is a task's id */
	{ "tick task @", N_("tick task %s") },
	{ "reopen task @", N_("reopen task %s") },
	/* TRANSLATORS: a change of the undo journal; %s is a goal's id, then a span: month, week or quarter */
	{ "split goal @ by @", N_("split goal %s by %s") },
	/* TRANSLATORS: a change of the undo journal; %s is a goal's id, then a number of people */
	{ "cascade goal @ to @ member", N_("cascade goal %s to %s member") },
	{ "cascade goal @ to @ members", N_("cascade goal %s to %s members") },
	{ "add person @", N_("add person %s") },
	{ "move @ under nobody", N_("move %s under nobody") },
	/* TRANSLATORS: a change of the undo journal; %s are two logins */
	{ "move @ under @", N_("move %s under %s") },
	{ "reactivate @", N_("reactivate %s") },
	{ "deactivate @", N_("deactivate %s") },
	/* TRANSLATORS: a change of the undo journal; %s is a date */
	{ "calendar @ holiday", N_("calendar %s holiday") },
	{ "calendar @ workday", N_("calendar %s workday") },
	{ "calendar @ back to normal", N_("calendar %s back to normal") },
	/* TRANSLATORS: a change of the undo journal; %s is a setting's key */
	{ "set @", N_("set %s") },
	{ "demo data", N_("demo data") },
	/* TRANSLATORS: a change of the undo journal; %s are a relation
	 * (superior, peer, customer, ...), a login and a period */
	{ "give @ feedback on @ for @", N_("give %s feedback on %s for %s") },
	{ "replace @ feedback on @ for @", N_("replace %s feedback on %s for %s") },
	/* TRANSLATORS: a change of the undo journal; %s are two logins and a period */
	{ "ask @ for feedback on @ for @", N_("ask %s for feedback on %s for %s") },
	/* TRANSLATORS: a change of the undo journal; %s are a login and a period */
	{ "write the summary of @ for @", N_("write the summary of %s for %s") },
	{ "rewrite the summary of @ for @", N_("rewrite the summary of %s for %s") },
};

#define SUMMARY_WORDS 3

/* The summaries with a key among their words (1-based: which word): a
 * goal status, a span, a relation of 360-degree feedback. */
static const struct {
	const char *stored;
	unsigned word;
} keyed[] = {
	{ "close goal @ as @", 2 },
	{ "split goal @ by @", 2 },
	{ "give @ feedback on @ for @", 1 },
	{ "replace @ feedback on @ for @", 1 },
};

/* A key of a summary in the reader's words; another word as it is. */
static const char *key_word(const char *w)
{
	if (strcmp(w, "achieved") == 0)
		return _("achieved");
	if (strcmp(w, "missed") == 0)
		return _("missed");
	if (strcmp(w, "cancelled") == 0)
		return _("cancelled");
	if (strcmp(w, "week") == 0)
		return C_("span", "week");
	if (strcmp(w, "month") == 0)
		return C_("span", "month");
	if (strcmp(w, "quarter") == 0)
		return C_("span", "quarter");
	/* A relation of 360-degree feedback: one's own assessment. */
	if (strcmp(w, "self") == 0)
		return C_("relation", "self");
	if (strcmp(w, "superior") == 0)
		return _("superior");
	if (strcmp(w, "peer") == 0)
		return _("peer");
	if (strcmp(w, "customer") == 0)
		return _("customer");
	if (strcmp(w, "subordinate") == 0)
		return _("subordinate");
	return w;
}

/* The words of summary `pattern` that are keys, in the reader's words. */
static void key_words(const char *pattern, char w[SUMMARY_WORDS][128])
{
	size_t i;

	for (i = 0; i < sizeof keyed / sizeof keyed[0]; i++) {
		if (strcmp(keyed[i].stored, pattern) == 0) {
			char *k = w[keyed[i].word - 1];
			const char *shown = key_word(k);
			if (shown != k)
				snprintf(k, sizeof w[0], "%s", shown);
			return;
		}
	}
}

/* Whether `s` is `pattern` with a word for each '@'; the words go to w. */
static bool summary_match(const char *pattern, const char *s, char w[SUMMARY_WORDS][128])
{
	size_t k = 0, n;

	for (; *pattern; pattern++) {
		if (*pattern != '@') {
			if (*s++ != *pattern)
				return false;
			continue;
		}
		n = strcspn(s, " ");
		if (n == 0 || n >= sizeof w[0] || k == SUMMARY_WORDS)
			return false;
		memcpy(w[k], s, n);
		w[k++][n] = '\0';
		s += n;
	}
	return *s == '\0';
}

/*
 * The reasons the core writes into a goal's history (table revision) in
 * English, besides a change's summary (the reason of a revision that was
 * given none): a new goal's first entry (goal_edit.c), the stages of a
 * split (decompose.c, plan.c), an undo (record_undo below), a person's
 * goals closed when they leave (org.c: "LOGIN was deactivated[: REASON]",
 * the reason as the person typed it). Puts the shown form into buf and
 * returns true, or returns false for a reason of none of these forms.
 */
static bool history_reason_show(const char *stored, char *buf, size_t cap)
{
	static const char undo_of[] = "undo of: ", left[] = " was deactivated";
	char inner[700], login[64];
	const char *rest;
	size_t n;

	if (strcmp(stored, "proposed") == 0)
		snprintf(buf, cap, "%s", C_("goal history", "proposed"));
	else if (strcmp(stored, "created") == 0)
		snprintf(buf, cap, "%s", C_("goal history", "created"));
	else if (strcmp(stored, "split into stages") == 0)
		snprintf(buf, cap, "%s", C_("goal history", "split into stages"));
	else if (strcmp(stored, "the dates changed; split the goal into stages again") == 0)
		snprintf(buf, cap, "%s",
		         C_("goal history", "the dates changed; split the goal into stages again"));
	else if (strncmp(stored, undo_of, sizeof undo_of - 1) == 0 && stored[sizeof undo_of - 1]) {
		/* TRANSLATORS: a goal's history: the entry that takes back a
		 * change; %s is the change ("revise goal 12") */
		snprintf(buf, cap, _("undo of: %s"),
		         mbo_change_summary_show(stored + sizeof undo_of - 1, inner, sizeof inner));
	} else {
		n = strcspn(stored, " ");
		rest = stored + n;
		if (n == 0 || n >= sizeof login || strncmp(rest, left, sizeof left - 1) != 0)
			return false;
		memcpy(login, stored, n);
		login[n] = '\0';
		rest += sizeof left - 1;
		if (*rest == '\0')
			/* TRANSLATORS: a goal's history: why it was closed; %s is
			 * the owner's login */
			snprintf(buf, cap, _("%s was deactivated"), login);
		else if (strncmp(rest, ": ", 2) == 0 && rest[2])
			/* TRANSLATORS: a goal's history: why it was closed; %s are
			 * the owner's login and the reason the admin gave */
			snprintf(buf, cap, _("%s was deactivated: %s"), login, rest + 2);
		else
			return false;
	}
	return true;
}

/* Also the reasons of a goal's history (history_reason_show). */
const char *mbo_change_summary_show(const char *stored, char *buf, size_t cap)
{
	char w[SUMMARY_WORDS][128] = { "", "", "" };
	size_t i;

	for (i = 0; i < sizeof summaries / sizeof summaries[0]; i++) {
		if (summary_match(summaries[i].stored, stored, w)) {
			key_words(summaries[i].stored, w);
			snprintf(buf, cap, _(summaries[i].shown), w[0], w[1], w[2]);
			return buf;
		}
	}
	if (!history_reason_show(stored, buf, cap))
		snprintf(buf, cap, "%s", stored);
	return buf;
}

/* Names a later change (by someone else) that touched the rows of change
 * `id`, if any. */
static int find_conflict(mbo *m, int64_t id, char *who, size_t cap, char *what, size_t wcap)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"SELECT p.login, c.summary FROM undo_step s "
		"JOIN undo_step l ON l.tbl = s.tbl AND l.row_id = s.row_id AND l.change_id > s.change_id "
		"JOIN change c ON c.id = l.change_id AND c.undone_at IS NULL "
		"JOIN person p ON p.id = c.person_id "
		"WHERE s.change_id = ? LIMIT 1");
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		mbo_column_copy(st, 0, who, cap);
		mbo_column_copy(st, 1, what, wcap);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW;
}

/*
 * After the reversing SQL of change `id` ran: would the result break the
 * rule of inactive people (person.c), that nobody active reports to
 * someone inactive and nobody inactive owns an open goal? It can when
 * someone else wrote in between: a goal set for a person after they were
 * reactivated, a move under a manager deactivated since. 1 with the
 * message set (MBO_EINVAL), 0 when fine, -1 on a database error.
 */
static int breaks_inactive_rule(mbo *m, int64_t id, const char *summary)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"SELECT p.login, mg.login FROM person p JOIN person mg ON mg.id = p.manager_id "
		"WHERE p.active = 1 AND mg.active = 0 AND (p.id IN (SELECT row_id FROM undo_step "
		"WHERE change_id = ?1 AND tbl = 'person') OR mg.id IN (SELECT row_id FROM undo_step "
		"WHERE change_id = ?1 AND tbl = 'person')) LIMIT 1");
	char who[64], mgr[64];
	int64_t goal;
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		mbo_column_copy(st, 0, who, sizeof who);
		mbo_column_copy(st, 1, mgr, sizeof mgr);
		sqlite3_reset(st);
		mbo_error(m, MBO_EINVAL, _("undo: cannot undo \"%s\": %s would report to %s, who is no "
		            "longer active; move %s to another manager first"), summary, who, mgr, who);
		return 1;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_dberr(m, _("undoing"));
		return -1;
	}

	st = mbo_stmt(m,
		"SELECT g.id, p.login FROM goal g JOIN person p ON p.id = g.owner_id "
		"WHERE p.active = 0 AND g.status IN ('active', 'proposed') AND (g.id IN (SELECT row_id "
		"FROM undo_step WHERE change_id = ?1 AND tbl = 'goal') OR p.id IN (SELECT row_id FROM "
		"undo_step WHERE change_id = ?1 AND tbl = 'person')) LIMIT 1");
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		goal = sqlite3_column_int64(st, 0);
		mbo_column_copy(st, 1, who, sizeof who);
		sqlite3_reset(st);
		mbo_error(m, MBO_EINVAL, _("undo: cannot undo \"%s\": goal %lld of %s would be open while "
		            "%s is no longer active; close the goal first"), summary, (long long)goal, who, who);
		return 1;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_dberr(m, _("undoing"));
		return -1;
	}
	return 0;
}

/* The failure of a step whose message is set (or a database error). */
static int step_failed(mbo *m)
{
	return mbo_errcode(m) ? mbo_errcode(m) : MBO_EDB;
}

/* Runs st with change id bound to ?1, expecting no row. */
static int run_for_change(mbo *m, sqlite3_stmt *st, int64_t id)
{
	if (st == NULL)
		return step_failed(m);
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("undoing"));
	return MBO_OK;
}

/* The actor's last change not yet undone. */
static int last_change(mbo *m, int64_t actor, int64_t *id, char *summary, size_t cap)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT id, summary FROM change WHERE person_id = ? AND "
	                               "undone_at IS NULL ORDER BY id DESC LIMIT 1");
	int rc;

	if (st == NULL)
		return step_failed(m);
	sqlite3_bind_int64(st, 1, actor);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return mbo_dberr(m, _("finding your last change"));
		return mbo_error(m, MBO_EINVAL, _("undo: you have no change left to undo"));
	}
	*id = sqlite3_column_int64(st, 0);
	mbo_column_copy(st, 1, summary, cap);
	sqlite3_reset(st);
	return MBO_OK;
}

/* Refuses when someone else has changed the same rows since. */
static int refuse_conflict(mbo *m, int64_t id, const char *summary)
{
	char who[64], what[512], shown[600];
	int conflict = find_conflict(m, id, who, sizeof who, what, sizeof what);

	if (conflict < 0)
		return step_failed(m);
	if (conflict)
		return mbo_error(m, MBO_EINVAL,
		                 _("undo: cannot undo \"%s\": %s has since changed the same data (%s); "
		                   "ask them, or revise it instead"), summary, who,
		                 mbo_change_summary_show(what, shown, sizeof shown));
	return MBO_OK;
}

/* Runs the reversing SQL, newest first. Statements are built by our
 * triggers from quote()d values, so they are data, not user SQL. */
static int reverse_steps(mbo *m, int64_t id, const char *summary)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT sql FROM undo_step WHERE change_id = ? ORDER BY id DESC");
	int rc;

	if (st == NULL)
		return step_failed(m);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *sql = (const char *)sqlite3_column_text(st, 0);
		int code;
		bool leaver;

		if (sqlite3_exec(m->db, sql, NULL, NULL, NULL) == SQLITE_OK)
			continue;
		code = sqlite3_errcode(m->db);
		/* The schema's rule of people who leave (version 4) fires here
		 * before breaks_inactive_rule can say which. */
		leaver = strstr(sqlite3_errmsg(m->db), "no longer active") != NULL;
		sqlite3_reset(st);
		if (code != SQLITE_CONSTRAINT)
			return mbo_dberr(m, _("undoing"));
		if (leaver)
			return mbo_error(m, MBO_EINVAL,
			                 _("undo: cannot undo \"%s\": it would give an open goal to, or put "
			                   "someone under, a person deactivated since; reactivate them first, "
			                   "or leave it"), summary);
		return mbo_error(m, MBO_EINVAL,
		                 _("undo: cannot undo \"%s\": later entries depend on it "
		                   "(for example check-ins or tasks on a new goal)"), summary);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("undoing"));
}

/* Others may have built on the goals this change wrote since: undoing an
 * approval or a date change must not leave their check-ins on a goal that
 * is no longer active, or outside its dates. */
static int refuse_stranded_checkins(mbo *m, int64_t id, const char *summary)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT p.login FROM checkin c JOIN goal g ON g.id = c.goal_id "
	                 "JOIN person p ON p.id = c.entered_by "
	                 "WHERE c.goal_id IN (SELECT row_id FROM undo_step WHERE change_id = ?1 AND tbl = 'goal') "
	                 "AND (g.status NOT IN ('active', 'achieved', 'missed') "
	                 "     OR c.day < g.start_day OR c.day > g.due_day) LIMIT 1");
	char who[64];
	int rc;

	if (st == NULL)
		return step_failed(m);
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		mbo_column_copy(st, 0, who, sizeof who);
		sqlite3_reset(st);
		return mbo_error(m, MBO_EINVAL, _("undo: cannot undo \"%s\": check-ins entered since (by %s) "
		                   "depend on it; revise the goal instead"), summary, who);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("undoing"));
}

/* History: reverses the entries of the goals that remain, so the history
 * says what was undone; then marks the change undone. */
static int record_undo(mbo *m, int64_t actor, int64_t id, const char *summary)
{
	char now[32], reason[700];
	sqlite3_stmt *st;
	int rc;

	snprintf(reason, sizeof reason, "undo of: %s", summary);
	mbo_now_utc(now);
	st = mbo_stmt(m, "INSERT INTO revision(goal_id, change_id, person_id, at, field, old_value, new_value, reason) "
	                 "SELECT goal_id, NULL, ?2, ?3, field, new_value, old_value, ?4 FROM revision "
	                 "WHERE change_id = ?1 ORDER BY id DESC");
	if (st) {
		sqlite3_bind_int64(st, 2, actor);
		mbo_bind_text(st, 3, now);
		mbo_bind_text(st, 4, reason);
	}
	rc = run_for_change(m, st, id);
	if (rc)
		return rc;
	st = mbo_stmt(m, "UPDATE change SET undone_at = ?2 WHERE id = ?1");
	if (st)
		mbo_bind_text(st, 2, now);
	return run_for_change(m, st, id);
}

int mbo_undo_last(mbo *m, int64_t actor, char *buf, size_t cap)
{
	char summary[512] = "", shown[600];
	int64_t id = 0;
	int rc, broken;

	rc = mbo_perm_check(m, actor, MBO_ACT_READ, actor);
	if (rc)
		return rc;
	if (begin_immediate(m))
		return MBO_EDB;
	rc = last_change(m, actor, &id, summary, sizeof summary);
	mbo_change_summary_show(summary, shown, sizeof shown);
	if (rc == MBO_OK)
		rc = refuse_conflict(m, id, shown);
	/* The whole history of goals this change created goes with them (it
	 * would otherwise hold them in place through its foreign key). A later
	 * change by someone else to such a goal was refused above. */
	if (rc == MBO_OK)
		rc = run_for_change(m, mbo_stmt(m, "DELETE FROM revision WHERE goal_id IN "
		                       "(SELECT row_id FROM undo_step WHERE change_id = ?1 AND tbl = 'goal' "
		                       "AND sql LIKE 'DELETE %')"), id);
	if (rc == MBO_OK)
		rc = reverse_steps(m, id, shown);
	if (rc == MBO_OK)
		rc = refuse_stranded_checkins(m, id, shown);
	if (rc == MBO_OK && (broken = breaks_inactive_rule(m, id, shown)) != 0)
		rc = broken > 0 ? MBO_EINVAL : step_failed(m);
	if (rc == MBO_OK)
		rc = record_undo(m, actor, id, summary);
	if (rc == MBO_OK && mbo_exec(m, "COMMIT"))
		rc = step_failed(m);
	if (rc) {
		sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
		mbo_caches_forget(m);
		return rc;
	}
	mbo_caches_forget(m);
	if (buf && cap)
		snprintf(buf, cap, "%s", summary);
	return MBO_OK;
}
