/*
 * setting.c: thresholds kept in the table `setting`: reading them (with a
 * cache inside a read transaction) and listing them. Changing one is
 * configure.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "setting_priv.h"
#include "mbo/setting.h"

/* Whether settings may be remembered now: inside a read transaction begun
 * by mbo_read_begin, which the connection agrees is still open (one SQLite
 * ended by itself, after an I/O error, is no snapshot). */
static bool cache_live(mbo *m)
{
	return m->read_tx && !sqlite3_get_autocommit(m->db);
}

/* The cached slot of key in this read transaction, or NULL. */
static struct mbo_setting_slot *cached(mbo *m, const char *key)
{
	size_t i;

	if (!cache_live(m))
		return NULL;
	for (i = 0; i < m->nsettings; i++)
		if (strcmp(m->settings[i].key, key) == 0)
			return &m->settings[i];
	return NULL;
}

/* Remembers a short value (or its absence) for the rest of the read
 * transaction; longer values and keys are read each time. */
static void remember(mbo *m, const char *key, const char *value)
{
	struct mbo_setting_slot *s;
	size_t nslots = sizeof m->settings / sizeof m->settings[0];

	if (!cache_live(m) || m->nsettings == nslots || strlen(key) >= sizeof s->key ||
	    (value && strlen(value) >= sizeof s->value))
		return;
	s = &m->settings[m->nsettings++];
	snprintf(s->key, sizeof s->key, "%s", key);
	snprintf(s->value, sizeof s->value, "%s", value ? value : "");
	s->found = value != NULL;
}

int mbo_setting_get(mbo *m, const char *key, char *buf, size_t cap)
{
	struct mbo_setting_slot *c = cached(m, key);
	sqlite3_stmt *st;
	int rc;

	if (c && c->found) {
		snprintf(buf, cap, "%s", c->value);
		return MBO_OK;
	}
	if (c)
		goto none;
	st = mbo_stmt(m, "SELECT value FROM setting WHERE key = ?");
	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, key);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		mbo_column_copy(st, 0, buf, cap);
		remember(m, key, (const char *)sqlite3_column_text(st, 0));
		sqlite3_reset(st);
		return MBO_OK;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading a setting"));
	remember(m, key, NULL);
none:
	return mbo_error(m, MBO_ENOTFOUND, _("setting %s: no such setting; see `mbo settings list`"), key);
}

mbo_dec mbo_setting_dec(mbo *m, const char *key, mbo_dec fallback)
{
	char buf[64];
	const char *why;
	mbo_dec v;

	if (mbo_setting_get(m, key, buf, sizeof buf) != MBO_OK || mbo_dec_parse(buf, &v, &why) != 0)
		return fallback;
	return v;
}

int64_t mbo_setting_int(mbo *m, const char *key, int64_t fallback)
{
	char buf[64];
	char *end;
	long long v;

	if (mbo_setting_get(m, key, buf, sizeof buf) != MBO_OK)
		return fallback;
	v = strtoll(buf, &end, 10);
	if (*buf == '\0' || *end != '\0')
		return fallback;
	return v;
}

int mbo_setting_write(mbo *m, const char *key, const char *value)
{
	sqlite3_stmt *st = mbo_stmt(m, "UPDATE setting SET value = ? WHERE key = ?");

	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, value);
	mbo_bind_text(st, 2, key);
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("saving a setting"));
	return MBO_OK;
}

int mbo_setting_list(mbo *m, mbo_setting **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT key, value FROM setting ORDER BY key");
	mbo_setting *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			mbo_setting_list_free(v, cnt);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		mbo_column_copy(st, 0, v[cnt].key, sizeof v[cnt].key);
		v[cnt].value = mbo_column_strdup(st, 1);
		cnt++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_setting_list_free(v, cnt);
		return mbo_dberr(m, _("listing settings"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

void mbo_setting_list_free(mbo_setting *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].value);
	free(v);
}
