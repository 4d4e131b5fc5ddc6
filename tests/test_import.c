/*
 * test_import.c: check-ins imported from CSV (src/core/import.c). Today is
 * 2026-11-27 (MBO_TODAY).
 *
 * The team: mgr (manager) with ana and ben (sales).
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "mbo/import.h"
#include "mbo/undo.h"

struct team {
	int64_t mgr, ana, ben;
	int64_t g_ana, g_ben;    /* active revenue goals over 2026 */
};

static void make_team(fx *f, struct team *t)
{
	t->mgr = fx_person(f, "mgr", "manager", NULL);
	t->ana = fx_person(f, "ana", "sales", "mgr");
	t->ben = fx_person(f, "ben", "sales", "mgr");
	t->g_ana = fx_goal(f, t->ana, "revenue", "1000000", "2026-01-01", "2026-12-31");
	t->g_ben = fx_goal(f, t->ben, "revenue", "1000000", "2026-01-01", "2026-12-31");
}

static int64_t checkins(fx *f)
{
	return fx_int(f, "SELECT count(*) FROM checkin");
}

static int64_t changes(fx *f)
{
	return fx_int(f, "SELECT count(*) FROM change");
}

static int import(fx *f, int64_t actor, const char *csv, bool dry, mbo_import_result *r)
{
	return mbo_import_checkins(f->m, actor, csv, strlen(csv), dry, r);
}

static void test_simple(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[512];

	make_team(f, &t);
	snprintf(csv, sizeof csv,
	         "goal,date,value,note\n"
	         "%lld,2026-11-02,1200.50,first order\n"
	         "%lld,2026-11-03,300,\n"
	         "%lld,2026-11-03,0.0001,tiny\n",
	         (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ben);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_OK);
	assert_int_equal(r.rows, 3);
	assert_int_equal(r.imported, 3);
	assert_int_equal(r.goals, 2);
	assert_int_equal(r.nerrors, 0);
	assert_true(r.change_id > 0);
	assert_int_equal(checkins(f), 3);
	assert_int_equal(fx_int(f, "SELECT sum(value) FROM checkin"), fx_dec("1500.5001"));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin WHERE note = 'first order'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(DISTINCT entered_by) FROM checkin"), 1);
	assert_int_equal(fx_int(f, "SELECT entered_by FROM checkin LIMIT 1"), t.mgr);
	mbo_import_result_free(&r);
}

/* Quoted fields with commas, doubled quotes and line breaks; a column the
 * importer does not know is ignored; line numbers count physical lines. */
static void test_quotes_commas_newlines(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[1024];

	make_team(f, &t);
	snprintf(csv, sizeof csv,
	         "customer,goal,date,value,note\n"                                  /* 1 */
	         "\"Acme, Inc.\",%lld,2026-11-02,100,\"signed \"\"Gold\"\" plan, 2 years\"\n"   /* 2 */
	         "\"Bright Foods\n3rd floor\",%lld,2026-11-03,200,\"call back\nnext week\"\n"  /* 3-5 */
	         "plain,%lld,2026-11-04,300,\"\"\n",                                 /* 6 */
	         (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_OK);
	assert_int_equal(r.imported, 3);
	assert_int_equal(r.good[0].line, 2);
	assert_int_equal(r.good[1].line, 3);
	assert_int_equal(r.good[2].line, 6);
	assert_string_equal(r.good[0].note, "signed \"Gold\" plan, 2 years");
	/* A note is one line: its line break became a space. */
	assert_string_equal(r.good[1].note, "call back next week");
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin WHERE note = 'signed \"Gold\" plan, 2 years'"), 1);
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin WHERE note = 'call back next week'"), 1);
	mbo_import_result_free(&r);

	/* A bad row after a field spanning lines 3-5 is on line 6; a bad row
	 * whose field spans lines is named at its first line. */
	snprintf(csv, sizeof csv,
	         "goal,date,value,note\n"                       /* 1 */
	         "%lld,2026-11-02,1,ok\n"                       /* 2 */
	         "%lld,2026-11-02,1,\"a\r\nb\r\nc\"\n"          /* 3-5 */
	         "%lld,2026-11-31,1,bad day\n"                  /* 6 */
	         "%lld,2026-11-02,x,\"bad\nvalue\"\n",          /* 7-8 */
	         (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_EINVAL);
	assert_int_equal(r.nerrors, 2);
	assert_int_equal(r.errors[0].line, 6);
	assert_int_equal(r.errors[1].line, 7);
	assert_non_null(strstr(r.errors[1].reason, "value 'x'"));
	assert_int_equal(r.imported, 0);
	assert_int_equal(checkins(f), 3);
	mbo_import_result_free(&r);
}

/* A byte order mark, CRLF line ends, empty lines, headers in any case and
 * order, blanks around values. */
static void test_bom_crlf_empty_lines(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[512];

	make_team(f, &t);
	snprintf(csv, sizeof csv,
	         "\xEF\xBB\xBF" "Value, DATE ,Goal,Login\r\n"
	         "\r\n"
	         "10,2026-11-02,%lld,ana\r\n"
	         "\r\n"
	         ",,,\r\n"
	         " 20 , 2026-11-03 , %lld , ben \r\n"
	         "\r\n",
	         (long long)t.g_ana, (long long)t.g_ben);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_OK);
	assert_int_equal(r.rows, 2);
	assert_int_equal(r.imported, 2);
	assert_int_equal(r.good[0].line, 3);
	assert_int_equal(r.good[1].line, 6);
	assert_int_equal(r.good[1].value, fx_dec("20"));
	assert_int_equal(r.good[1].day, fx_day("2026-11-03"));
	assert_string_equal(r.good[0].note, "");
	assert_int_equal(fx_int(f, "SELECT sum(value) FROM checkin"), fx_dec("30"));
	mbo_import_result_free(&r);

	/* CRLF with a bad line: the numbers still count physical lines; with no
	 * line end at the end of the file. */
	snprintf(csv, sizeof csv, "goal,date,value\r\n\r\n%lld,2026-13-01,1", (long long)t.g_ana);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_EINVAL);
	assert_int_equal(r.nerrors, 1);
	assert_int_equal(r.errors[0].line, 3);
	mbo_import_result_free(&r);
}

/* One bad date among 99 rows: nothing imported, line 57 named. */
static void test_bad_line_57_of_100(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char *csv, *p;
	int64_t ch;
	int line;

	make_team(f, &t);
	csv = malloc(100 * 80);
	assert_non_null(csv);
	p = csv + sprintf(csv, "goal,date,value,note\n");
	for (line = 2; line <= 100; line++) {
		if (line == 57)
			p += sprintf(p, "%lld,2026-02-30,10,bad\n", (long long)t.g_ana);
		else
			p += sprintf(p, "%lld,2026-%02d-%02d,10,row %d\n", (long long)t.g_ana, 1 + line % 11,
			             1 + line % 28, line);
	}
	ch = changes(f);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_EINVAL);
	assert_string_equal(mbo_errmsg(f->m),
	                    "line 57: date '2026-02-30' is not a day of that month; 1 bad line, nothing imported");
	assert_int_equal(r.rows, 99);
	assert_int_equal(r.nerrors, 1);
	assert_int_equal(r.errors[0].line, 57);
	assert_int_equal(r.imported, 0);
	assert_int_equal(r.change_id, 0);
	assert_int_equal(checkins(f), 0);
	assert_int_equal(changes(f), ch);
	mbo_import_result_free(&r);
	free(csv);
}

/* Every bad line is listed with its reason; the message names the first
 * three and the count. */
static void test_every_bad_line(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[1024];
	int64_t proposed;

	make_team(f, &t);
	snprintf(csv, sizeof csv, "INSERT INTO goal(owner_id, title, metric, unit, target, start_day, due_day, "
	         "status, created_by, created_at) VALUES (%lld, 'Proposed', 'calls', 'calls', 10, "
	         "'2026-01-01', '2026-12-31', 'proposed', %lld, 'x')", (long long)t.ana, (long long)t.ana);
	fx_sql(f, csv);
	proposed = sqlite3_last_insert_rowid(mbo_sqlite(f->m));
	snprintf(csv, sizeof csv,
	         "goal,date,value,login,note\n"
	         "%lld,2026-11-02,10,ana,fine\n"            /* 2 good */
	         "%lld,2026-11-30,10,ana,future\n"          /* 3 */
	         "%lld,2026-11-02,10,ana,not ana's\n"       /* 4 */
	         "9999,2026-11-02,10,ana,no goal\n"         /* 5 */
	         "abc,2026-11-02,10,ana,not an id\n"        /* 6 */
	         "%lld,2026-11-02,1.23456,ana,decimals\n"   /* 7 */
	         "%lld,2026-11-02,-5,ana,negative\n"        /* 8 */
	         "%lld,2026-11-02,10,ben,wrong login\n"     /* 9 */
	         "%lld,2026-11-02,10\n"                     /* 10 */
	         "%lld,2025-12-31,10,ana,before start\n"    /* 11 */
	         "%lld,2026-11-02,10,ana,proposed\n"        /* 12 */
	         "%lld,,10,ana,no date\n",                  /* 13 */
	         (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ben, (long long)t.g_ana,
	         (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ana,
	         (long long)proposed, (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_EINVAL);
	assert_int_equal(r.rows, 12);
	assert_int_equal(r.nerrors, 11);
	assert_int_equal(r.ngood, 1);
	assert_int_equal(r.errors[0].line, 3);
	assert_non_null(strstr(r.errors[0].reason, "future"));
	assert_int_equal(r.errors[1].line, 4);
	assert_non_null(strstr(r.errors[1].reason, "may not record progress for ben"));
	assert_int_equal(r.errors[2].line, 5);
	assert_non_null(strstr(r.errors[2].reason, "goal 9999: no such goal"));
	assert_int_equal(r.errors[3].line, 6);
	assert_non_null(strstr(r.errors[3].reason, "goal 'abc' is not a goal id"));
	assert_non_null(strstr(r.errors[4].reason, "value '1.23456' has more than 4 decimal places"));
	assert_non_null(strstr(r.errors[5].reason, "negative"));
	assert_int_equal(r.errors[6].line, 9);
	assert_non_null(strstr(r.errors[6].reason, "login 'ben' does not own goal"));
	assert_non_null(strstr(r.errors[7].reason, "has 3 fields but the header has 5"));
	assert_non_null(strstr(r.errors[8].reason, "before the goal starts"));
	assert_non_null(strstr(r.errors[9].reason, "proposed"));
	assert_int_equal(r.errors[10].line, 13);
	assert_non_null(strstr(r.errors[10].reason, "date: missing"));
	assert_non_null(strstr(mbo_errmsg(f->m), "line 3: date: 2026-11-30 is in the future"));
	assert_non_null(strstr(mbo_errmsg(f->m), "; line 4: goal "));
	assert_non_null(strstr(mbo_errmsg(f->m), "; line 5: goal 9999"));
	assert_null(strstr(mbo_errmsg(f->m), "line 6"));
	assert_non_null(strstr(mbo_errmsg(f->m), "; 11 bad lines, nothing imported"));
	assert_int_equal(checkins(f), 0);
	mbo_import_result_free(&r);
}

static void test_login_must_own_goal(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[256];

	make_team(f, &t);
	/* The manager may check in for both, but the login column must match. */
	snprintf(csv, sizeof csv, "login,goal,date,value\nana,%lld,2026-11-02,5\nana,%lld,2026-11-02,5\n",
	         (long long)t.g_ana, (long long)t.g_ben);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_EINVAL);
	assert_string_equal(mbo_errmsg(f->m), "line 3: login 'ana' does not own goal 2 (ben does); "
	                                      "check the goal id; 1 bad line, nothing imported");
	assert_int_equal(checkins(f), 0);
	mbo_import_result_free(&r);
}

static void test_dry_run(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[256];
	int64_t ch;

	make_team(f, &t);
	ch = changes(f);
	snprintf(csv, sizeof csv, "goal,date,value\n%lld,2026-11-02,5\n%lld,2026-11-03,7\n",
	         (long long)t.g_ana, (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, true, &r), MBO_OK);
	assert_int_equal(r.rows, 2);
	assert_int_equal(r.ngood, 2);
	assert_int_equal(r.goals, 1);
	assert_int_equal(r.imported, 0);
	assert_int_equal(r.change_id, 0);
	assert_int_equal(r.good[1].value, fx_dec("7"));
	assert_int_equal(checkins(f), 0);
	assert_int_equal(changes(f), ch);
	mbo_import_result_free(&r);
	/* A dry run reports bad lines the same way. */
	snprintf(csv, sizeof csv, "goal,date,value\n%lld,2026-11-02,five\n", (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, true, &r), MBO_EINVAL);
	assert_int_equal(r.nerrors, 1);
	mbo_import_result_free(&r);
}

static void test_header_and_structure(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[256];

	make_team(f, &t);
	assert_int_equal(import(f, t.ana, "", false, &r), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "empty"));
	mbo_import_result_free(&r);
	assert_int_equal(import(f, t.ana, "\n\n", false, &r), MBO_EINVAL);
	mbo_import_result_free(&r);
	assert_int_equal(mbo_import_checkins(f->m, t.ana, "\xFF\xFEg\0o\0", 6, false, &r), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "UTF-8"));
	mbo_import_result_free(&r);
	assert_int_equal(import(f, t.ana, "goal,date,amount\n1,2026-11-02,5\n", false, &r), MBO_EINVAL);
	assert_string_equal(mbo_errmsg(f->m), "line 1: header: no 'value' column; the first line names the "
	                                      "columns goal, date, value (and optionally note, login)");
	assert_int_equal(r.nerrors, 1);
	assert_int_equal(r.errors[0].line, 1);
	mbo_import_result_free(&r);
	assert_int_equal(import(f, t.ana, "goal,date,value,Date\n", false, &r), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "twice"));
	mbo_import_result_free(&r);
	/* A header and no rows: nothing to do, no change written. */
	assert_int_equal(import(f, t.ana, "goal,date,value\r\n", false, &r), MBO_OK);
	assert_int_equal(r.rows, 0);
	assert_int_equal(r.change_id, 0);
	mbo_import_result_free(&r);

	/* An unclosed quote swallows the rest: named at the line it opens. */
	snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,5,\"open\n%lld,2026-11-02,5,x\n",
	         (long long)t.g_ana, (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_EINVAL);
	assert_int_equal(r.nerrors, 1);
	assert_int_equal(r.errors[0].line, 2);
	assert_non_null(strstr(r.errors[0].reason, "not closed"));
	mbo_import_result_free(&r);
	snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,5,\"a\"b\n", (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_EINVAL);
	assert_non_null(strstr(r.errors[0].reason, "closing quote"));
	mbo_import_result_free(&r);
	/* Control characters in a note are refused, and shown inert. */
	snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,5,\"\x1b]0;x\a\"\n", (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_EINVAL);
	assert_non_null(strstr(r.errors[0].reason, "note"));
	assert_null(strchr(mbo_errmsg(f->m), '\x1b'));
	mbo_import_result_free(&r);
	snprintf(csv, sizeof csv, "goal,date,value\n%lld,2026-11-02,\"\x1b[2J\"\n", (long long)t.g_ana);
	assert_int_equal(import(f, t.ana, csv, false, &r), MBO_EINVAL);
	assert_null(strchr(r.errors[0].reason, '\x1b'));
	mbo_import_result_free(&r);
	assert_int_equal(checkins(f), 0);
}

static void test_file(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char path[400];
	FILE *fp;

	make_team(f, &t);
	snprintf(path, sizeof path, "%s/in.csv", f->dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fprintf(fp, "goal,date,value\n%lld,2026-11-02,5\n", (long long)t.g_ana);
	fclose(fp);
	assert_int_equal(mbo_import_checkins_file(f->m, t.ana, path, false, &r), MBO_OK);
	assert_int_equal(r.imported, 1);
	mbo_import_result_free(&r);
	unlink(path);
	assert_int_equal(mbo_import_checkins_file(f->m, t.ana, path, false, &r), MBO_ENOTFOUND);
	assert_non_null(strstr(mbo_errmsg(f->m), "in.csv"));
	mbo_import_result_free(&r);
	/* No name is bad input, not a missing file; nor is a name longer than
	 * any path, which is not echoed. */
	assert_int_equal(mbo_import_checkins_file(f->m, t.ana, "", false, &r), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "file: give the name of the CSV file"));
	mbo_import_result_free(&r);
	{
		char *big = malloc(120001);
		assert_non_null(big);
		memset(big, 'x', 120000);
		big[120000] = '\0';
		assert_int_equal(mbo_import_checkins_file(f->m, t.ana, big, false, &r), MBO_EINVAL);
		assert_non_null(strstr(mbo_errmsg(f->m), "file: the path is too long (120000 bytes)"));
		assert_true(strlen(mbo_errmsg(f->m)) < 100);
		mbo_import_result_free(&r);
		free(big);
	}
}

/* 10,000 rows in one change, which one undo takes back. */
static void test_ten_thousand_rows(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	size_t cap = 10001 * 48, i;
	char *csv, *p, buf[200];
	int64_t ch;

	make_team(f, &t);
	csv = malloc(cap);
	assert_non_null(csv);
	p = csv + sprintf(csv, "goal,date,value,note\n");
	for (i = 0; i < 10000; i++) {
		char day[16];
		mbo_day_format(fx_day("2026-01-01") + (mbo_day)(i % 330), day);
		p += sprintf(p, "%lld,%s,0.1,n%zu\n", (long long)(i % 2 ? t.g_ben : t.g_ana), day, i);
	}
	ch = changes(f);
	assert_int_equal(mbo_import_checkins(f->m, t.mgr, csv, (size_t)(p - csv), false, &r), MBO_OK);
	assert_int_equal(r.imported, 10000);
	assert_int_equal(r.goals, 2);
	assert_int_equal(checkins(f), 10000);
	assert_int_equal(changes(f), ch + 1);
	/* A thousand times 0.1 is exactly 100: 5,000 rows per goal make 500. */
	assert_int_equal(fx_int(f, "SELECT sum(value) FROM checkin WHERE goal_id = 1"), fx_dec("500"));
	mbo_import_result_free(&r);

	assert_int_equal(mbo_undo_last(f->m, t.mgr, buf, sizeof buf), MBO_OK);
	assert_string_equal(buf, "import 10000 check-ins");
	assert_int_equal(checkins(f), 0);
	free(csv);
}

/*
 * The file: 923 check-ins of 1e12 on one goal, duplicates allowed.
 * One goal holds at most 10^12, so the first row fits (0 + 10^12 = 10^12)
 * and each of the other 922 would bring it to 2 * 10^12: all refused,
 * nothing written. Then the edge by rows: 999,999,999,999.9999 + 0.0001
 * fits exactly, and 0.0001 more does not, even spread over two goals' rows.
 */
static void test_totals_bounded(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	size_t cap = 924 * 64, i;
	char *csv, *p;
	int64_t ch;

	make_team(f, &t);
	csv = malloc(cap);
	assert_non_null(csv);
	p = csv + sprintf(csv, "goal,date,value\n");
	for (i = 0; i < 923; i++)
		p += sprintf(p, "%lld,2026-11-02,1000000000000\n", (long long)t.g_ana);
	ch = changes(f);
	assert_int_equal(mbo_import_checkins(f->m, t.ana, csv, (size_t)(p - csv), MBO_IMPORT_ALLOW_DUPLICATES, &r),
	                 MBO_EINVAL);
	assert_int_equal(r.nerrors, 922);
	assert_int_equal(r.errors[0].line, 3);
	assert_non_null(strstr(r.errors[0].reason, "2,000,000,000,000"));
	assert_non_null(strstr(mbo_errmsg(f->m), "line 3: value: 1,000,000,000,000 would bring goal"));
	assert_non_null(strstr(mbo_errmsg(f->m), "922 bad lines, nothing imported"));
	assert_int_equal(checkins(f), 0);
	assert_int_equal(changes(f), ch);
	mbo_import_result_free(&r);

	/* On the edge, in one file and in two steps. */
	snprintf(csv, cap, "goal,date,value\n%lld,2026-11-02,999999999999.9999\n%lld,2026-11-03,0.0001\n"
	         "%lld,2026-11-03,1000000000000\n", (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ben);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_OK);
	assert_int_equal(r.imported, 3);
	mbo_import_result_free(&r);
	snprintf(csv, cap, "goal,date,value\n%lld,2026-11-04,0\n%lld,2026-11-04,0.0001\n",
	         (long long)t.g_ben, (long long)t.g_ana);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_EINVAL);
	assert_int_equal(r.nerrors, 1);
	assert_int_equal(r.errors[0].line, 3);
	assert_non_null(strstr(r.errors[0].reason, "1,000,000,000,000.0001"));
	assert_int_equal(checkins(f), 3);
	mbo_import_result_free(&r);
	free(csv);
}

/* Imports `len` bytes of csv, expecting one bad line `line` whose reason
 * holds `mention`, and nothing written. */
static void refused_bytes(fx *f, int64_t actor, const char *csv, size_t len, size_t line, const char *mention)
{
	mbo_import_result r;
	int64_t before = checkins(f), ch = changes(f);

	assert_int_equal(mbo_import_checkins(f->m, actor, csv, len, 0, &r), MBO_EINVAL);
	if (r.nerrors != 1 || r.errors[0].line != line || strstr(r.errors[0].reason, mention) == NULL)
		fail_msg("expected line %zu to mention \"%s\"; got %zu errors: %s", line, mention, r.nerrors,
		         mbo_errmsg(f->m));
	assert_int_equal(checkins(f), before);
	assert_int_equal(changes(f), ch);
	mbo_import_result_free(&r);
}

/*
 * A NUL byte or a control character in a field is an error naming the line
 * and the column; a TAB, and a line break inside quotes, are text.
 */
static void test_control_characters(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[256];
	int n;

	make_team(f, &t);
	/* "ab\0cd" in a note, "5\0" as a value. */
	n = snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,1,abXcd\n", (long long)t.g_ana);
	*strchr(csv, 'X') = '\0';
	refused_bytes(f, t.ana, csv, (size_t)n, 2, "column 'note' holds a NUL byte");
	n = snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,5X,\n", (long long)t.g_ana);
	*strchr(csv, 'X') = '\0';
	refused_bytes(f, t.ana, csv, (size_t)n, 2, "column 'value' holds a NUL byte");
	/* Inside quotes too, and on the third line. */
	n = snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,1,ok\n%lld,2026-11-03,1,\"aXb\"\n",
	             (long long)t.g_ana, (long long)t.g_ana);
	*strchr(csv, 'X') = '\0';
	refused_bytes(f, t.ana, csv, (size_t)n, 3, "column 'note' holds a NUL byte");
	/* ESC, BEL, DEL; a column mbo does not read is named by number. */
	n = snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,1,\x1b[31mred\n", (long long)t.g_ana);
	refused_bytes(f, t.ana, csv, (size_t)n, 2, "U+001B");
	n = snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,1,\"bell\a\"\n", (long long)t.g_ana);
	refused_bytes(f, t.ana, csv, (size_t)n, 2, "U+0007");
	n = snprintf(csv, sizeof csv, "goal,date,value,crm\n%lld,2026-11-02,1,x\x7f\n", (long long)t.g_ana);
	refused_bytes(f, t.ana, csv, (size_t)n, 2, "column 4 holds the control character U+007F");
	n = snprintf(csv, sizeof csv, "goal,date,value\n%lld,2026-11-02,\v1\n", (long long)t.g_ana);
	refused_bytes(f, t.ana, csv, (size_t)n, 2, "column 'value'");
	/* In the header: the whole file is refused. */
	n = snprintf(csv, sizeof csv, "goal,da\x01te,value\n%lld,2026-11-02,1\n", (long long)t.g_ana);
	assert_int_equal(mbo_import_checkins(f->m, t.ana, csv, (size_t)n, 0, &r), MBO_EINVAL);
	assert_non_null(strstr(mbo_errmsg(f->m), "line 1: header: column 2 holds the control character U+0001"));
	mbo_import_result_free(&r);
	assert_int_equal(checkins(f), 0);

	/* TAB is text (trimmed around a number); CR and LF inside quotes are a
	 * note's line breaks, kept as spaces. */
	n = snprintf(csv, sizeof csv, "goal,date,value,note\r\n%lld,2026-11-02,\t2\t,\"a\tb\"\r\n"
	             "%lld,2026-11-03,3,\"line1\r\nline2\rline3\"\r\n", (long long)t.g_ana, (long long)t.g_ana);
	assert_int_equal(mbo_import_checkins(f->m, t.ana, csv, (size_t)n, 0, &r), MBO_OK);
	assert_int_equal(r.imported, 2);
	mbo_import_result_free(&r);
	assert_int_equal(fx_int(f, "SELECT sum(value) FROM checkin"), MBO_DEC(2 + 3));
	assert_int_equal(fx_int(f, "SELECT count(*) FROM checkin WHERE note = 'line1 line2 line3'"), 1);
}

/*
 * A NUL byte in the header (found by tests/fuzz/fuzz_import.c; the input is
 * tests/fuzz/corpus/import/crash-nul-in-header): the reason named the byte
 * with a buffer nobody had written, so it held whatever was on the stack,
 * line breaks included. It names "a NUL byte", in the list and the message.
 */
static void test_nul_in_header(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[128];
	int n;

	make_team(f, &t);
	n = snprintf(csv, sizeof csv, "goal,date,vaXlue\n%lld,2026-11-02,1\n", (long long)t.g_ana);
	*strchr(csv, 'X') = '\0';
	assert_int_equal(mbo_import_checkins(f->m, t.ana, csv, (size_t)n, 0, &r), MBO_EINVAL);
	assert_int_equal(r.nerrors, 1);
	assert_int_equal(r.errors[0].line, 1);
	assert_string_equal(r.errors[0].reason, "header: column 3 holds a NUL byte");
	assert_non_null(strstr(mbo_errmsg(f->m), "line 1: header: column 3 holds a NUL byte, which is not text"));
	mbo_import_result_free(&r);
	assert_int_equal(checkins(f), 0);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)

/* A CRM export imported twice would count twice: rows equal to recorded
 * check-ins are bad lines, each named, unless duplicates are allowed. Rows
 * that differ in day, value or note, and repeats within one file, pass. */
static void test_duplicates(void **state)
{
	fx *f = *state;
	struct team t;
	mbo_import_result r;
	char csv[512];
	int64_t before;

	make_team(f, &t);
	snprintf(csv, sizeof csv,
	         "goal,date,value,note\n"
	         "%lld,2026-11-02,100,visit\n"
	         "%lld,2026-11-02,100,visit\n"
	         "%lld,2026-11-03,100,visit\n",
	         (long long)t.g_ana, (long long)t.g_ana, (long long)t.g_ana);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_OK);
	assert_int_equal(r.imported, 3);
	mbo_import_result_free(&r);
	before = checkins(f);

	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_EINVAL);
	assert_int_equal(r.nerrors, 3);
	assert_non_null(strstr(mbo_errmsg(f->m), "line 2: goal"));
	assert_non_null(strstr(mbo_errmsg(f->m), "already has this check-in (2026-11-02, 100.00)"));
	assert_int_equal(checkins(f), before);
	mbo_import_result_free(&r);

	snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,100,another visit\n"
	         "%lld,2026-11-02,101,visit\n", (long long)t.g_ana, (long long)t.g_ana);
	assert_int_equal(import(f, t.mgr, csv, false, &r), MBO_OK);
	mbo_import_result_free(&r);

	snprintf(csv, sizeof csv, "goal,date,value,note\n%lld,2026-11-02,100,visit\n", (long long)t.g_ana);
	assert_int_equal(mbo_import_checkins(f->m, t.mgr, csv, strlen(csv), MBO_IMPORT_ALLOW_DUPLICATES, &r),
	                 MBO_OK);
	assert_int_equal(r.imported, 1);
	assert_int_equal(checkins(f), before + 3);
	mbo_import_result_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_simple),
		T(test_quotes_commas_newlines),
		T(test_bom_crlf_empty_lines),
		T(test_bad_line_57_of_100),
		T(test_every_bad_line),
		T(test_login_must_own_goal),
		T(test_dry_run),
		T(test_header_and_structure),
		T(test_file),
		T(test_ten_thousand_rows),
		T(test_duplicates),
		T(test_totals_bounded),
		T(test_control_characters),
		T(test_nul_in_header),
	};

	setenv("MBO_TODAY", "2026-11-27", 1);
	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
