/*
 * person.c: the records of people and the org tree: finding, reading and
 * listing people, who is above whom, and writing their rows. The rules of
 * changing the org (adding someone, moving them, deactivating them) are
 * org.c's; it writes through the functions of person_priv.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "person_priv.h"
#include "sql.h"
#include "person_priv.h"
#include "mbo/person.h"
#include "mbo/text.h"

static const char *const role_names[] = { "sales", "manager", "admin" };

const char *mbo_role_name(int role)
{
	return role >= 0 && role <= MBO_ROLE_ADMIN ? role_names[role] : "?";
}

int mbo_role_parse(const char *s)
{
	int i;

	for (i = 0; s && i <= MBO_ROLE_ADMIN; i++)
		if (strcmp(s, role_names[i]) == 0)
			return i;
	return -1;
}

#define PERSON_COLS "p.id, p.login, p.name, p.role, p.manager_id, coalesce(mg.login, ''), p.active "
#define PERSON_FROM "FROM person p LEFT JOIN person mg ON mg.id = p.manager_id "

static void read_person(sqlite3_stmt *st, mbo_person *p)
{
	memset(p, 0, sizeof *p);
	p->id = sqlite3_column_int64(st, 0);
	mbo_column_copy(st, 1, p->login, sizeof p->login);
	mbo_column_copy(st, 2, p->name, sizeof p->name);
	p->role = mbo_role_parse((const char *)sqlite3_column_text(st, 3));
	p->manager_id = sqlite3_column_int64(st, 4);
	mbo_column_copy(st, 5, p->manager, sizeof p->manager);
	p->active = sqlite3_column_int(st, 6) != 0;
}

int mbo_person_find(mbo *m, const char *login, mbo_person *out)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT " PERSON_COLS PERSON_FROM "WHERE p.login = ?");
	int rc;

	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, login);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_person(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return MBO_OK;
	if (rc != SQLITE_DONE)
		return mbo_dberr(m, _("finding a person"));
	{
		char z[MBO_EXCERPT_CAP];
		return mbo_error(m, MBO_ENOTFOUND, _("no person with login '%s'; see `mbo person list`"),
		                 mbo_text_excerpt(login, z, sizeof z));
	}
}

int mbo_person_get(mbo *m, int64_t id, mbo_person *out)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT " PERSON_COLS PERSON_FROM "WHERE p.id = ?");
	int rc;

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_person(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return MBO_OK;
	if (rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading a person"));
	return mbo_error(m, MBO_ENOTFOUND, _("no person with id %lld"), (long long)id);
}

int mbo_person_manager(mbo *m, int64_t id, int64_t *manager)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT manager_id FROM person WHERE id = ?");
	int rc;

	*manager = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*manager = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? MBO_OK : mbo_dberr(m, _("reading the manager"));
}

int mbo_person_insert(mbo *m, const char *login, const char *name, int role, int64_t manager_id,
                      int64_t *id)
{
	sqlite3_stmt *st = mbo_stmt(m, "INSERT INTO person(login, name, role, manager_id, created_at) "
	                               "VALUES (?, ?, ?, ?, ?)");
	char now[32];

	if (st == NULL)
		return MBO_EDB;
	mbo_bind_text(st, 1, login);
	mbo_bind_text(st, 2, name);
	mbo_bind_text(st, 3, mbo_role_name(role));
	if (manager_id)
		sqlite3_bind_int64(st, 4, manager_id);
	else
		sqlite3_bind_null(st, 4);
	mbo_bind_text(st, 5, mbo_now_utc(now));
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("adding a person"));
	if (id)
		*id = sqlite3_last_insert_rowid(m->db);
	return MBO_OK;
}

int mbo_person_write_manager(mbo *m, int64_t person, int64_t manager_id)
{
	sqlite3_stmt *st = mbo_stmt(m, "UPDATE person SET manager_id = ? WHERE id = ?");

	if (st == NULL)
		return MBO_EDB;
	if (manager_id)
		sqlite3_bind_int64(st, 1, manager_id);
	else
		sqlite3_bind_null(st, 1);
	sqlite3_bind_int64(st, 2, person);
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, _("moving a person"));
	return MBO_OK;
}

int mbo_person_write_active(mbo *m, int64_t person, bool active)
{
	sqlite3_stmt *st = mbo_stmt(m, "UPDATE person SET active = ? WHERE id = ?");

	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int(st, 1, active ? 1 : 0);
	sqlite3_bind_int64(st, 2, person);
	if (sqlite3_step(st) != SQLITE_DONE)
		return mbo_dberr(m, active ? _("reactivating a person") : _("deactivating a person"));
	return MBO_OK;
}

/* Nobody is added or moved under someone no longer active. */
bool mbo_person_is_above(mbo *m, int64_t ancestor, int64_t person)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_PERSON_IS_ABOVE);
	bool found;

	if (st == NULL || ancestor == person)
		return false;
	sqlite3_bind_int64(st, 1, person);
	sqlite3_bind_int64(st, 2, ancestor);
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

static int collect_people(mbo *m, sqlite3_stmt *st, mbo_person **out, size_t *n)
{
	mbo_person *v = NULL;
	size_t cnt = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			free(v);
			sqlite3_reset(st);
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		}
		read_person(st, &v[cnt++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return mbo_dberr(m, _("listing people"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_person_list(mbo *m, mbo_person **out, size_t *n)
{
	/* Depth first by login: the path of logins from the root sorts the tree. */
	sqlite3_stmt *st = mbo_stmt(m,
		"WITH RECURSIVE tree(id, path) AS ("
		"  SELECT id, login FROM person WHERE manager_id IS NULL"
		"  UNION ALL SELECT p.id, tree.path || char(1) || p.login FROM person p"
		"  JOIN tree ON p.manager_id = tree.id)"
		"SELECT " PERSON_COLS PERSON_FROM "JOIN tree t ON t.id = p.id ORDER BY t.path");

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	return collect_people(m, st, out, n);
}

void mbo_person_tree_free(mbo_tree_person *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

int mbo_person_tree(mbo *m, int64_t root, mbo_tree_person **out, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m,
		"WITH RECURSIVE tree(id, depth, path) AS ("
		"  SELECT id, 0, login FROM person WHERE id = ?1"
		"  UNION ALL SELECT p.id, t.depth + 1, t.path || char(1) || p.login"
		"  FROM person p JOIN tree t ON p.manager_id = t.id WHERE t.depth < 64) "
		"SELECT p.id, p.login, p.name, coalesce(mg.login, ''), t.depth, p.active "
		"FROM tree t JOIN person p ON p.id = t.id "
		"LEFT JOIN person mg ON mg.id = p.manager_id ORDER BY t.path");
	mbo_tree_person *v = NULL, *q;
	size_t cnt = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, root);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (cnt == cap && mbo_grow(&v, &cap, sizeof *v)) {
			rc = SQLITE_NOMEM;
			break;
		}
		q = &v[cnt];
		q->name = mbo_column_strdup(st, 2);
		if (q->name == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		cnt++;
		q->id = sqlite3_column_int64(st, 0);
		mbo_column_copy(st, 1, q->login, sizeof q->login);
		mbo_column_copy(st, 3, q->manager, sizeof q->manager);
		q->depth = sqlite3_column_int(st, 4);
		q->active = sqlite3_column_int(st, 5) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		mbo_person_tree_free(v, cnt);
		return rc == SQLITE_NOMEM ? mbo_error(m, MBO_EFAIL, _("out of memory"))
		                          : mbo_dberr(m, _("reading the team"));
	}
	*out = v;
	*n = cnt;
	return MBO_OK;
}

int mbo_person_subtree(mbo *m, int64_t root, int64_t **ids, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, MBO_SQL_PERSON_SUBTREE);

	*ids = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, root);
	return mbo_stmt_ids(m, st, "reading the org tree", ids, n);
}

char *mbo_ids_json(const int64_t *ids, size_t n)
{
	char *s = malloc(n * 21 + 3), *p;
	size_t i;

	if (s == NULL)
		return NULL;
	p = s;
	*p++ = '[';
	for (i = 0; i < n; i++)
		p += sprintf(p, "%s%lld", i ? "," : "", (long long)ids[i]);
	*p++ = ']';
	*p = '\0';
	return s;
}

int mbo_person_order_by_login(mbo *m, int64_t *ids, size_t *n)
{
	size_t cnt = 0;
	sqlite3_stmt *s;
	char *json;
	int rc = SQLITE_DONE;

	if (*n <= 1)
		return MBO_OK;
	json = mbo_ids_json(ids, *n);
	if (json == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	s = mbo_stmt(m, "SELECT p.id FROM person p WHERE p.id IN (SELECT value FROM json_each(?1)) "
	                "ORDER BY p.login");
	if (s == NULL) {
		free(json);
		return MBO_EDB;
	}
	sqlite3_bind_text(s, 1, json, -1, free);
	while (cnt < *n && (rc = sqlite3_step(s)) == SQLITE_ROW)
		ids[cnt++] = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (cnt < *n && rc != SQLITE_DONE)
		return mbo_dberr(m, _("reading the team"));
	*n = cnt;
	return MBO_OK;
}

int mbo_person_reports(mbo *m, int64_t manager, int64_t **ids, size_t *n)
{
	sqlite3_stmt *st = mbo_stmt(m, "SELECT id FROM person WHERE manager_id = ? AND active = 1 ORDER BY login");

	*ids = NULL;
	*n = 0;
	if (st == NULL)
		return MBO_EDB;
	sqlite3_bind_int64(st, 1, manager);
	return mbo_stmt_ids(m, st, "reading the org tree", ids, n);
}
