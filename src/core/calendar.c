/*
 * calendar.c: workdays. Weekdays are counted by arithmetic; the exceptions
 * (holidays, extra workdays) are few, so they are kept in memory, sorted,
 * and reloaded when another connection has written (PRAGMA data_version).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "mbo/calendar.h"
#include "mbo/perm.h"
#include "mbo/undo.h"

static int load(mbo *m)
{
	int64_t version = m->change_depth > 0 ? m->cal_version : mbo_data_version(m);
	sqlite3_stmt *st;
	mbo_calendar_entry *v = NULL;
	size_t n = 0, cap = 0;
	int rc;

	if (m->cal_loaded && m->cal_gen == m->cache_gen &&
	    (m->change_depth > 0 || version == m->cal_version))
		return MBO_OK;
	st = mbo_stmt(m, "SELECT day, kind, name FROM calendar_day ORDER BY day");
	if (st == NULL)
		return MBO_EDB;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap && mbo_grow(&v, &cap, sizeof *v)) {
			free(v);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		v[n].day = mbo_column_day(st, 0);
		v[n].kind = strcmp((const char *)sqlite3_column_text(st, 1), "holiday") == 0
		                    ? MBO_DAY_HOLIDAY : MBO_DAY_WORKDAY;
		mbo_column_copy(st, 2, v[n].name, sizeof v[n].name);
		n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return mbo_dberr(m, _("reading the calendar"));
	}
	free(m->cal);
	m->cal = v;
	m->ncal = n;
	m->cal_loaded = true;
	m->cal_version = version;
	m->cal_gen = m->cache_gen;
	return MBO_OK;
}

/* Index of the first exception on or after day. */
static size_t lower_bound(mbo *m, mbo_day day)
{
	size_t lo = 0, hi = m->ncal;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (m->cal[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool weekday(mbo_day d)
{
	return mbo_day_weekday(d) <= 5;
}

bool mbo_is_workday(mbo *m, mbo_day day)
{
	size_t i;

	if (load(m) == MBO_OK) {
		i = lower_bound(m, day);
		if (i < m->ncal && m->cal[i].day == day)
			return m->cal[i].kind == MBO_DAY_WORKDAY;
	}
	return weekday(day);
}

/* Monday-to-Friday days in [from, to]. */
static int64_t weekdays(mbo_day from, mbo_day to)
{
	int64_t days = (int64_t)to - from + 1, full = days / 7, n = full * 5;
	mbo_day d;

	for (d = from + (mbo_day)(full * 7); d <= to; d++)
		n += weekday(d);
	return n;
}

int64_t mbo_workdays(mbo *m, mbo_day from, mbo_day to)
{
	int64_t n;
	size_t i;

	if (to < from)
		return 0;
	n = weekdays(from, to);
	if (load(m) != MBO_OK)
		return n;
	for (i = lower_bound(m, from); i < m->ncal && m->cal[i].day <= to; i++) {
		bool wk = weekday(m->cal[i].day);
		if (m->cal[i].kind == MBO_DAY_HOLIDAY && wk)
			n--;
		else if (m->cal[i].kind == MBO_DAY_WORKDAY && !wk)
			n++;
	}
	return n;
}

mbo_day mbo_workday_back(mbo *m, mbo_day day, int64_t n)
{
	/* The exceptions are loaded (and their freshness checked, a query) once,
	 * not once per day stepped over: this runs for every goal's forecast. */
	bool loaded = load(m) == MBO_OK;
	size_t i;

	while (n > 0) {
		bool work = weekday(--day);
		if (loaded) {
			i = lower_bound(m, day);
			if (i < m->ncal && m->cal[i].day == day)
				work = m->cal[i].kind == MBO_DAY_WORKDAY;
		}
		if (work)
			n--;
	}
	return day;
}

int mbo_calendar_set(mbo *m, int64_t actor, mbo_day day, int kind, const char *name)
{
	char buf[16], msg[96];
	sqlite3_stmt *st;
	int rc;

	rc = mbo_perm_check(m, actor, MBO_ACT_ADMIN, 0);
	if (rc)
		return rc;
	if (kind != MBO_DAY_HOLIDAY && kind != MBO_DAY_WORKDAY)
		return mbo_error(m, MBO_EINVAL, _("calendar: the kind must be holiday or workday"));
	rc = mbo_check_text(m, "name", name ? name : "", 0, 80, false);
	if (rc)
		return rc;
	snprintf(msg, sizeof msg, "calendar %s %s", mbo_day_format(day, buf),
	         kind == MBO_DAY_HOLIDAY ? "holiday" : "workday");
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	st = mbo_stmt(m, "INSERT INTO calendar_day(day, kind, name) VALUES (?1, ?2, ?3) "
	                 "ON CONFLICT(day) DO UPDATE SET kind = ?2, name = ?3");
	if (st == NULL) {
		mbo_change_rollback(m);
		return MBO_EDB;
	}
	mbo_bind_day(st, 1, day);
	mbo_bind_text(st, 2, kind == MBO_DAY_HOLIDAY ? "holiday" : "workday");
	mbo_bind_text(st, 3, name ? name : "");
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = mbo_dberr(m, _("saving the calendar"));
		mbo_change_rollback(m);
		return rc;
	}
	rc = mbo_change_commit(m);
	mbo_caches_forget(m);
	return rc;
}

int mbo_calendar_unset(mbo *m, int64_t actor, mbo_day day)
{
	char buf[16], msg[96];
	sqlite3_stmt *st;
	int rc;

	rc = mbo_perm_check(m, actor, MBO_ACT_ADMIN, 0);
	if (rc)
		return rc;
	snprintf(msg, sizeof msg, "calendar %s back to normal", mbo_day_format(day, buf));
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	st = mbo_stmt(m, "DELETE FROM calendar_day WHERE day = ?");
	if (st == NULL) {
		mbo_change_rollback(m);
		return MBO_EDB;
	}
	mbo_bind_day(st, 1, day);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = mbo_dberr(m, _("saving the calendar"));
		mbo_change_rollback(m);
		return rc;
	}
	if (sqlite3_changes(m->db) == 0) {
		mbo_change_rollback(m);
		return mbo_error(m, MBO_ENOTFOUND, _("calendar: %s is not a holiday or an extra workday"), buf);
	}
	rc = mbo_change_commit(m);
	mbo_caches_forget(m);
	return rc;
}

int mbo_calendar_list(mbo *m, mbo_day from, mbo_day to, mbo_calendar_entry **out, size_t *n)
{
	size_t i, j, cnt = 0;
	int rc;

	*out = NULL;
	*n = 0;
	rc = load(m);
	if (rc)
		return rc;
	for (i = lower_bound(m, from); i < m->ncal && m->cal[i].day <= to; i++)
		cnt++;
	if (cnt == 0)
		return MBO_OK;
	*out = malloc(cnt * sizeof **out);
	if (*out == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	for (i = lower_bound(m, from), j = 0; j < cnt; i++, j++)
		(*out)[j] = m->cal[i];
	*n = cnt;
	return MBO_OK;
}
