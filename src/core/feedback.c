/*
 * feedback.c: the records of an evaluation: 360-degree ratings (table
 * feedback), the requests for peer feedback (feedback_request) and the
 * manager's summary (evaluation). Who may rate whom, ask or write, and
 * what the ratings score, are eval.c's rules; this file reads and writes
 * the rows.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "feedback_priv.h"
#include "mbo/eval.h"
#include "mbo/i18n.h"

/* The words of the column feedback.relation, by enum mbo_eval_relation. */
static const char *const relation_names[MBO_EVAL_NREL] = {
	"self", "superior", "peer", "customer", "subordinate"
};

const char *mbo_eval_relation_name(int relation)
{
	return relation >= 0 && relation < MBO_EVAL_NREL ? relation_names[relation] : "?";
}

int mbo_eval_relation_parse(const char *s)
{
	int i;

	for (i = 0; s && i < MBO_EVAL_NREL; i++)
		if (strcmp(s, relation_names[i]) == 0)
			return i;
	return -1;
}

/* Steps st, its parameters bound, for at most one id: *id, 0 when none. */
static int step_id(mbo *m, sqlite3_stmt *st, const char *what, int64_t *id)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return mbo_dberr(m, what);
	return MBO_OK;
}

/* Steps st, a write with its parameters bound, once. */
static int step_write(mbo *m, sqlite3_stmt *st, const char *what)
{
	int rc = MBO_OK;

	if (sqlite3_step(st) != SQLITE_DONE)
		rc = mbo_dberr(m, what);
	sqlite3_reset(st);
	return rc;
}

/* ---- Ratings ---- */

int mbo_feedback_find(mbo *m, int64_t subject, const char *period, int relation, int64_t rater,
                      const char *rater_name, int64_t *id)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT id FROM feedback WHERE subject_id = ?1 AND period = ?2 "
	                               "AND relation = ?3 "
	                               "AND CASE WHEN ?3 = 'customer' THEN rater_name = ?5 COLLATE NOCASE "
	                               "ELSE rater_id = ?4 END");

	*id = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, subject);
	mbo_bind_text(st, 2, period);
	mbo_bind_text(st, 3, mbo_eval_relation_name(relation));
	sqlite3_bind_int64(st, 4, rater);
	mbo_bind_text(st, 5, rater_name);
	return step_id(m, st, _("reading feedback"), id);
}

int mbo_feedback_write(mbo *m, int64_t id, int64_t subject, const char *period, int64_t rater,
                       const char *rater_name, const mbo_rating *r, int64_t *out_id)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	if (id)
		st = mbo_stmt(m, "UPDATE feedback SET rater_id = ?2, rater_name = ?3, quality = ?4, growth = ?5, "
		                 "teamwork = ?6, comment = ?7, entered_at = ?8 WHERE id = ?1");
	else
		st = mbo_stmt(m, "INSERT INTO feedback(subject_id, period, relation, rater_id, rater_name, "
		                 "quality, growth, teamwork, comment, entered_at) "
		                 "VALUES (?9, ?10, ?11, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
	if (st == NULL)
		return MBO_EDB;
	if (id)
		sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, rater);
	mbo_bind_text(st, 3, rater_name);
	sqlite3_bind_int(st, 4, r->quality);
	sqlite3_bind_int(st, 5, r->growth);
	sqlite3_bind_int(st, 6, r->teamwork);
	mbo_bind_text(st, 7, r->comment ? r->comment : "");
	mbo_bind_text(st, 8, mbo_now_utc(now));
	if (!id) {
		sqlite3_bind_int64(st, 9, subject);
		mbo_bind_text(st, 10, period);
		mbo_bind_text(st, 11, mbo_eval_relation_name(r->relation));
	}
	if ((rc = step_write(m, st, _("saving feedback"))))
		return rc;
	if (out_id)
		*out_id = id ? id : sqlite3_last_insert_rowid(m->db);
	return MBO_OK;
}

static void feedback_free(mbo_eval_feedback *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].comment);
	free(v);
}

int mbo_feedback_list(mbo *m, int64_t subject, const char *period, mbo_eval_feedback **out,
                      size_t *n)
{
	sqlite3_stmt *st;
	mbo_eval_feedback *v = NULL, *q;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	st = mbo_stmt(m, "SELECT f.id, f.relation, p.login, f.rater_name, f.quality, f.growth, f.teamwork, "
	                 "f.comment, f.entered_at FROM feedback f JOIN person p ON p.id = f.rater_id "
	                 "WHERE f.subject_id = ?1 AND f.period = ?2 ORDER BY CASE f.relation "
	                 "WHEN 'self' THEN 0 WHEN 'superior' THEN 1 WHEN 'peer' THEN 2 "
	                 "WHEN 'customer' THEN 3 ELSE 4 END, f.entered_at, f.id");
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, subject);
	mbo_bind_text(st, 2, period);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			rc = SQLITE_NOMEM;
			break;
		}
		q = &v[cnt];
		memset(q, 0, sizeof *q);
		q->comment = mbo_column_strdup(st, 7);
		if (q->comment == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		cnt++;
		q->id = sqlite3_column_int64(st, 0);
		q->relation = mbo_eval_relation_parse((const char *)sqlite3_column_text(st, 1));
		mbo_column_copy(st, 2, q->rater, sizeof q->rater);
		mbo_column_copy(st, 3, q->rater_name, sizeof q->rater_name);
		q->ratings[MBO_CRIT_QUALITY] = sqlite3_column_int(st, 4);
		q->ratings[MBO_CRIT_GROWTH] = sqlite3_column_int(st, 5);
		q->ratings[MBO_CRIT_TEAMWORK] = sqlite3_column_int(st, 6);
		mbo_column_copy(st, 8, q->at, sizeof q->at);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		feedback_free(v, cnt);
		return rc == SQLITE_NOMEM ? mbo_error(m, MBO_EFAIL, _("out of memory"))
		                          : mbo_dberr(m, _("reading feedback"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

/* ---- Requests for peer feedback ---- */

int mbo_feedback_request_find(mbo *m, int64_t subject, int64_t rater, const char *period,
                              int64_t *id)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT id FROM feedback_request WHERE subject_id = ?1 "
	                               "AND period = ?2 AND rater_id = ?3");

	*id = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, subject);
	mbo_bind_text(st, 2, period);
	sqlite3_bind_int64(st, 3, rater);
	return step_id(m, st, _("reading feedback requests"), id);
}

int mbo_feedback_request_insert(mbo *m, int64_t actor, int64_t subject, int64_t rater,
                                const char *period, int64_t *id)
{
	sqlite3_stmt *st = mbo_stmt(m, "INSERT INTO feedback_request(subject_id, period, rater_id, "
	                               "requested_by, requested_at) VALUES (?, ?, ?, ?, ?)");
	char now[32];
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, subject);
	mbo_bind_text(st, 2, period);
	sqlite3_bind_int64(st, 3, rater);
	sqlite3_bind_int64(st, 4, actor);
	mbo_bind_text(st, 5, mbo_now_utc(now));
	if ((rc = step_write(m, st, _("saving the request"))))
		return rc;
	if (id)
		*id = sqlite3_last_insert_rowid(m->db);
	return MBO_OK;
}

int mbo_feedback_requests_of(mbo *m, int64_t rater, const char *period,
                             mbo_eval_request_item **out, size_t *n)
{
	mbo_eval_request_item *v = NULL, *q;
	size_t cnt = 0, cap = 0;
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	*n = 0;
	st = mbo_stmt(m, "SELECT r.id, r.subject_id, s.login, r.period, q.login, "
	                 "EXISTS (SELECT 1 FROM feedback f WHERE f.subject_id = r.subject_id "
	                 "AND f.period = r.period AND f.relation = 'peer' AND f.rater_id = r.rater_id) AS done "
	                 "FROM feedback_request r JOIN person s ON s.id = r.subject_id "
	                 "JOIN person q ON q.id = r.requested_by "
	                 "WHERE r.rater_id = ?1 AND (?2 IS NULL OR r.period = ?2) "
	                 "ORDER BY done, r.period, s.login");
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, rater);
	mbo_bind_text(st, 2, period);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			rc = SQLITE_NOMEM;
			break;
		}
		q = &v[cnt++];
		memset(q, 0, sizeof *q);
		q->id = sqlite3_column_int64(st, 0);
		q->subject_id = sqlite3_column_int64(st, 1);
		mbo_column_copy(st, 2, q->subject, sizeof q->subject);
		mbo_column_copy(st, 3, q->period, sizeof q->period);
		mbo_column_copy(st, 4, q->requested_by, sizeof q->requested_by);
		q->done = sqlite3_column_int(st, 5) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return rc == SQLITE_NOMEM ? mbo_error(m, MBO_EFAIL, _("out of memory"))
		                          : mbo_dberr(m, _("reading feedback requests"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

/* ---- The manager's summary ---- */

int mbo_summary_find(mbo *m, int64_t subject, const char *period, int64_t *id)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT id FROM evaluation WHERE subject_id = ?1 AND period = ?2");

	*id = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, subject);
	mbo_bind_text(st, 2, period);
	return step_id(m, st, _("reading the evaluation"), id);
}

int mbo_summary_write(mbo *m, int64_t actor, int64_t id, int64_t subject, const char *period,
                      const char *text)
{
	sqlite3_stmt *st;
	char now[32];

	if (id)
		st = mbo_stmt(m, "UPDATE evaluation SET summary = ?3, written_by = ?4, written_at = ?5 "
		                 "WHERE id = ?6");
	else
		st = mbo_stmt(m, "INSERT INTO evaluation(subject_id, period, summary, written_by, written_at) "
		                 "VALUES (?1, ?2, ?3, ?4, ?5)");
	if (st == NULL)
		return MBO_EDB;
	if (id) {
		sqlite3_bind_int64(st, 6, id);
	} else {
		sqlite3_bind_int64(st, 1, subject);
		mbo_bind_text(st, 2, period);
	}
	mbo_bind_text(st, 3, text);
	sqlite3_bind_int64(st, 4, actor);
	mbo_bind_text(st, 5, mbo_now_utc(now));
	return step_write(m, st, _("saving the summary"));
}

int mbo_summary_read(mbo *m, int64_t subject, const char *period, char **text, char *by,
                     size_t bycap, char *at, size_t atcap)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT v.summary, p.login, v.written_at FROM evaluation v "
	                               "JOIN person p ON p.id = v.written_by "
	                               "WHERE v.subject_id = ?1 AND v.period = ?2");
	int rc;

	*text = NULL;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, subject);
	mbo_bind_text(st, 2, period);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*text = mbo_column_strdup(st, 0);
		mbo_column_copy(st, 1, by, bycap);
		mbo_column_copy(st, 2, at, atcap);
	} else {
		*text = mbo_strdup("");
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading the summary"));
	return *text ? MBO_OK : mbo_error(m, MBO_EFAIL, _("out of memory"));
}
