/*
 * fixture.h: the shared test fixture. Each test opens a fresh database made
 * from schema.sql in a temporary directory, with an admin `admin`; teardown
 * checks that nothing was left open and removes the files.
 */
#ifndef MBO_FIXTURE_H
#define MBO_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "mbo/date.h"
#include "mbo/db.h"
#include "mbo/dec.h"

typedef struct fx {
	mbo *m;
	int64_t admin;
	char dir[256];
	char path[300];
} fx;

/* cmocka setup/teardown: *state becomes a fx *. */
int fx_setup(void **state);
int fx_teardown(void **state);

/* Adds a person; manager may be NULL. Fails the test on error. */
int64_t fx_person(fx *f, const char *login, const char *role, const char *manager);
/* A day from "YYYY-MM-DD"; fails the test when bad. */
mbo_day fx_day(const char *s);
/* A decimal from text; fails the test when bad. */
mbo_dec fx_dec(const char *s);
/* Runs SQL on the fixture's database; fails the test on error. */
void fx_sql(fx *f, const char *sql);
/* The single integer a query returns. */
int64_t fx_int(fx *f, const char *sql);
/*
 * A goal written with plain SQL (no rules), for tests of modules that read
 * goals. A field left NULL (or 0) takes its default: metric "revenue",
 * title "Goal on METRIC", unit "units", kind sum, direction up, baseline 0,
 * weight 1, status active, no parent. Returns its id.
 */
typedef struct fx_goal_spec {
	int64_t owner;
	const char *metric, *title, *unit, *kind, *dir;
	const char *baseline, *target, *weight;   /* decimals as text */
	const char *start, *due, *status;
	int64_t parent;
} fx_goal_spec;
int64_t fx_goal_with(fx *f, const fx_goal_spec *s);
/* The common case of fx_goal_with: an active sum/up goal. */
int64_t fx_goal(fx *f, int64_t owner, const char *metric, const char *target,
                const char *start, const char *due);
/* A goal added through the core (mbo_goal_add: permissions and SMART
 * apply) by `actor` for `owner`: "Sign 5 new customers", from 2 to 5, of
 * `kind` (enum mbo_kind) over [start, due]. Fails the test when refused. */
int64_t fx_goal_add(fx *f, int64_t actor, int64_t owner, int kind, const char *start,
                    const char *due);
/* Adds a check-in with plain SQL. */
void fx_checkin(fx *f, int64_t goal, const char *day, const char *value);

#endif
