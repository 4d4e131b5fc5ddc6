/*
 * test_out.c: the renderer of listings (src/cli/out.c, which this file
 * includes to reach its table model and its renderers writing to any
 * FILE). A table whose rows were spilled to its temporary file renders
 * byte for byte as one held in memory, in every format, as a list, as a
 * record's section and fitted to a terminal; a long table keeps a bounded
 * number of rows in memory; the spill file is private and already gone
 * from its directory; a spill file that cannot be made, written or read
 * fails the listing with a message that says so.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "../src/cli/out.c"

#define SPILL_ROWS 512
#define SPILL_BYTES (1024 * 1024)

static int reset(void **state)
{
	(void)state;
	out_spill_rows = SPILL_ROWS;
	out_spill_bytes = SPILL_BYTES;
	unsetenv("TMPDIR");
	return 0;
}

/* Renders t as a list or a record in `format`; the caller frees. */
static char *render(struct cli *c, struct out_table *t, int format, bool record)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	c->format = format;
	assert_int_equal(record ? print_record(c, f, t) : print_list(c, f, t), 0);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static mbo_day day(int y, int m, int d)
{
	mbo_day v;

	assert_int_equal(mbo_day_from_ymd(y, m, d, &v), 0);
	return v;
}

/* Nine rows of every kind of cell: wide and escape-laden text, text CSV
 * must quote, ids and nulls, decimals of 0 to 4 places, estimates, ratios,
 * dates, booleans, coloured words, and a short row (its other cells null). */
static void fill_mixed(struct out_table *t)
{
	static const char *const title[] = {
		"Ship the release", "完成季度目标，提高客户满意度", "red \033[31malert\033[0m here",
		"a, \"quoted\" title", "two\nlines", "", "short row", NULL, "ümlaut café",
	};
	static const mbo_dec amount[] = {
		MBO_DEC(1), 15000, 12345, -MBO_DEC(1234567), 100, 0, 0, MBO_DEC(1000000), 5,
	};
	static const mbo_dec est[] = { 12345, 15000, -5, 0, MBO_DEC(99999), 33333, 0, 1, 66666 };
	static const mbo_dec ratio[] = { 5000, 10000, 12345, -2500, 0, 99999, 0, MBO_DEC(3), 1 };
	/* Pace statuses, a word of no status, and SMART levels: a table shows
	 * the word ("on track") in its tone's colour, CSV and JSON the key. */
	static const int pace[] = {
		MBO_PS_ON_TRACK, MBO_PS_AT_RISK, MBO_PS_OFF_TRACK, MBO_PS_ACHIEVED, MBO_PS_OVERDUE,
	};
	static const char *const owner[] = {
		"mei", "王小明", NULL, "bob", "x\033]0;title\007y", "ann", NULL, "zoë", "long-owner-name",
	};
	int i;

	out_col(t, "id", OUT_NUMBER, 0);
	out_col(t, "title", OUT_TEXT, OUT_CAP);
	out_col(t, "amount", OUT_NUMBER, 0);
	out_col(t, "expected", OUT_NUMBER, 0);
	out_col(t, "share", OUT_NUMBER, 0);
	out_col(t, "due", OUT_DATE, 0);
	out_col(t, "done", OUT_BOOL, 0);
	out_col(t, "status", OUT_TEXT, 0);
	out_col_head(t, "owner", "負責人", OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "note", OUT_TEXT, OUT_NOTABLE);
	for (i = 0; i < 9; i++) {
		out_row(t);
		out_id(t, i == 4 ? 0 : i + 1);
		out_text(t, title[i]);
		if (i == 6)
			continue;
		out_dec(t, amount[i]);
		out_est(t, est[i]);
		out_ratio(t, ratio[i]);
		out_date(t, i == 3 ? MBO_DAY_NONE : day(2026, 1 + i, 1 + 3 * i));
		out_bool(t, i % 2);
		if (i < 5)
			out_pace(t, pace[i]);
		else if (i == 5)
			out_word(t, "pending", "pending", MBO_TONE_PENDING);
		else
			out_level(t, i == 7 ? MBO_WARN : MBO_FAIL);
		out_text(t, owner[i]);
		out_text(t, i % 3 ? "a note, with a comma" : "note");
	}
}

/* A record (a goal) with a list section, an object, an empty list and an
 * empty object. */
static struct out_table *make_record(void)
{
	struct out_table *rec = out_new(), *obj = out_new(), *none = out_new(), *nobody = out_new();
	struct out_table *list = out_new();

	assert_non_null(rec);
	out_col(rec, "id", OUT_NUMBER, 0);
	out_col(rec, "title", OUT_TEXT, 0);
	out_col(rec, "target", OUT_NUMBER, 0);
	out_col(rec, "status", OUT_TEXT, 0);
	out_col(rec, "due", OUT_DATE, 0);
	out_row(rec);
	out_int(rec, 42);
	out_text(rec, "Grow revenue 增长");
	out_dec(rec, 1234567);
	out_pace(rec, MBO_PS_AT_RISK);
	fill_mixed(list);
	out_section(rec, "tasks", "Tasks", list);
	out_col(obj, "login", OUT_TEXT, 0);
	out_col(obj, "name", OUT_TEXT, 0);
	out_row(obj);
	out_text(obj, "mei");
	out_text(obj, "Mei 梅");
	out_object(rec, "owner", "Owner", obj);
	out_col(none, "day", OUT_DATE, 0);
	out_section(rec, "checkins", "Check-ins", none);
	out_col(nobody, "login", OUT_TEXT, 0);
	out_object(rec, "approver", "Approver", nobody);
	return rec;
}

/* Thirty rows of long text columns (OUT_CAP) and optional ones, to fit. */
static void fill_wide(struct out_table *t)
{
	static const char *const words[] = { "quarterly", "目标", "revenue", "客户满意度", "plan" };
	char title[200], desc[200];
	int i, k;

	out_col(t, "id", OUT_NUMBER, 0);
	out_col(t, "title", OUT_TEXT, OUT_CAP);
	out_col(t, "description", OUT_TEXT, OUT_CAP);
	out_col(t, "owner", OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "team", OUT_TEXT, OUT_OPTIONAL);
	out_col(t, "value", OUT_NUMBER, 0);
	for (i = 0; i < 30; i++) {
		title[0] = desc[0] = '\0';
		for (k = 0; k <= i % 7; k++) {
			strcat(title, words[(i + k) % 5]);
			strcat(title, " ");
		}
		for (k = 0; k <= (i * 5) % 11; k++) {
			strcat(desc, words[(i * 3 + k) % 5]);
			strcat(desc, k % 2 ? ", " : " ");
		}
		out_row(t);
		out_int(t, i + 1);
		out_text(t, title);
		out_text(t, desc);
		out_text(t, i % 4 ? "owner-of-it" : "王");
		out_text(t, i % 5 ? "team" : NULL);
		out_dec(t, (mbo_dec)i * 12345);
	}
}

/* The output of the renderer before tables could spill (out.c as it was),
 * and so of any table held in memory. */
static const char mixed_table[] =
	"ID  TITLE                                   AMOUNT   EXPECTED   SHARE  DUE         DONE  STATUS     負責人\n"
	" 1  Ship the release                        1.0000       1.23     50%  2026-01-01  no    \033[32mon track\033[0m   mei\n"
	" 2  完成季度目标，提高客户满意度            1.5000       1.50    100%  2026-02-04  yes   \033[33mat risk\033[0m    王小明\n"
	" 3  red \\x1b[31malert\\x1b[0m here           1.2345       0.00    123%  2026-03-07  no    \033[31moff track\033[0m  -\n"
	" 4  a, \"quoted\" title              -1,234,567.0000       0.00    -25%  -           yes   \033[32machieved\033[0m   bob\n"
	" -  two\\x0alines                            0.0100  99,999.00      0%  2026-05-13  no    \033[31moverdue\033[0m    x\\x1b]0;title\\x07y\n"
	" 6                                          0.0000       3.33  1,000%  2026-06-16  yes   pending    ann\n"
	" 7  short row                                    -          -       -  -           -     -          -\n"
	" 8  -                               1,000,000.0000       0.00    300%  2026-08-22  yes   \033[33mwarn\033[0m       zoë\n"
	" 9  ümlaut café                             0.0005       6.67      0%  2026-09-25  no    \033[31mfail\033[0m       long-owner-name\n";

static const char mixed_csv[] =
	"id,title,amount,expected,share,due,done,status,owner,note\r\n"
	"1,Ship the release,1.00,1.2345,0.50,2026-01-01,false,on_track,mei,note\r\n"
	"2,完成季度目标，提高客户满意度,1.50,1.50,1.00,2026-02-04,true,at_risk,王小明,\"a note, with a comma\"\r\n"
	"3,red \\x1b[31malert\\x1b[0m here,1.2345,-0.0005,1.2345,2026-03-07,false,off_track,,\"a note, with a comma\"\r\n"
	"4,\"a, \"\"quoted\"\" title\",-1234567.00,0.00,-0.25,,true,achieved,bob,note\r\n"
	",\"two\n"
	"lines\",0.01,99999.00,0.00,2026-05-13,false,overdue,x\\x1b]0;title\\x07y,\"a note, with a comma\"\r\n"
	"6,,0.00,3.3333,9.9999,2026-06-16,true,pending,ann,\"a note, with a comma\"\r\n"
	"7,short row,,,,,,,,\r\n"
	"8,,1000000.00,0.0001,3.00,2026-08-22,true,warn,zoë,\"a note, with a comma\"\r\n"
	"9,ümlaut café,0.0005,6.6666,0.0001,2026-09-25,false,fail,long-owner-name,\"a note, with a comma\"\r\n";

static const char mixed_json[] =
	"[\n"
	"  {\"id\": 1, \"title\": \"Ship the release\", \"amount\": 1.00, \"expected\": 1.2345, \"share\": 0.50, \"due\": \"2026-01-01\", \"done\": false, \"status\": \"on_track\", \"owner\": \"mei\", \"note\": \"note\"},\n"
	"  {\"id\": 2, \"title\": \"完成季度目标，提高客户满意度\", \"amount\": 1.50, \"expected\": 1.50, \"share\": 1.00, \"due\": \"2026-02-04\", \"done\": true, \"status\": \"at_risk\", \"owner\": \"王小明\", \"note\": \"a note, with a comma\"},\n"
	"  {\"id\": 3, \"title\": \"red \\u001b[31malert\\u001b[0m here\", \"amount\": 1.2345, \"expected\": -0.0005, \"share\": 1.2345, \"due\": \"2026-03-07\", \"done\": false, \"status\": \"off_track\", \"owner\": null, \"note\": \"a note, with a comma\"},\n"
	"  {\"id\": 4, \"title\": \"a, \\\"quoted\\\" title\", \"amount\": -1234567.00, \"expected\": 0.00, \"share\": -0.25, \"due\": null, \"done\": true, \"status\": \"achieved\", \"owner\": \"bob\", \"note\": \"note\"},\n"
	"  {\"id\": null, \"title\": \"two\\nlines\", \"amount\": 0.01, \"expected\": 99999.00, \"share\": 0.00, \"due\": \"2026-05-13\", \"done\": false, \"status\": \"overdue\", \"owner\": \"x\\u001b]0;title\\u0007y\", \"note\": \"a note, with a comma\"},\n"
	"  {\"id\": 6, \"title\": \"\", \"amount\": 0.00, \"expected\": 3.3333, \"share\": 9.9999, \"due\": \"2026-06-16\", \"done\": true, \"status\": \"pending\", \"owner\": \"ann\", \"note\": \"a note, with a comma\"},\n"
	"  {\"id\": 7, \"title\": \"short row\", \"amount\": null, \"expected\": null, \"share\": null, \"due\": null, \"done\": null, \"status\": null, \"owner\": null, \"note\": null},\n"
	"  {\"id\": 8, \"title\": null, \"amount\": 1000000.00, \"expected\": 0.0001, \"share\": 3.00, \"due\": \"2026-08-22\", \"done\": true, \"status\": \"warn\", \"owner\": \"zoë\", \"note\": \"a note, with a comma\"},\n"
	"  {\"id\": 9, \"title\": \"ümlaut café\", \"amount\": 0.0005, \"expected\": 6.6666, \"share\": 0.0001, \"due\": \"2026-09-25\", \"done\": false, \"status\": \"fail\", \"owner\": \"long-owner-name\", \"note\": \"a note, with a comma\"}\n"
	"]\n";

static const char record_table[] =
	"id:     42\n"
	"title:  Grow revenue 增长\n"
	"target: 123.4567\n"
	"status: at risk\n"
	"due:    -\n"
	"\n"
	"Tasks\n"
	"  ID  TITLE                                   AMOUNT   EXPECTED   SHARE  DUE         DONE  STATUS     負責人\n"
	"   1  Ship the release                        1.0000       1.23     50%  2026-01-01  no    on track   mei\n"
	"   2  完成季度目标，提高客户满意度            1.5000       1.50    100%  2026-02-04  yes   at risk    王小明\n"
	"   3  red \\x1b[31malert\\x1b[0m here           1.2345       0.00    123%  2026-03-07  no    off track  -\n"
	"   4  a, \"quoted\" title              -1,234,567.0000       0.00    -25%  -           yes   achieved   bob\n"
	"   -  two\\x0alines                            0.0100  99,999.00      0%  2026-05-13  no    overdue    x\\x1b]0;title\\x07y\n"
	"   6                                          0.0000       3.33  1,000%  2026-06-16  yes   pending    ann\n"
	"   7  short row                                    -          -       -  -           -     -          -\n"
	"   8  -                               1,000,000.0000       0.00    300%  2026-08-22  yes   warn       zoë\n"
	"   9  ümlaut café                             0.0005       6.67      0%  2026-09-25  no    fail       long-owner-name\n"
	"\n"
	"Owner\n"
	"  login: mei\n"
	"  name:  Mei 梅\n"
	"\n"
	"Check-ins\n"
	"  (none)\n"
	"\n"
	"Approver\n"
	"  (none)\n";

static const char record_json[] =
	"{\n"
	"  \"id\": 42,\n"
	"  \"title\": \"Grow revenue 增长\",\n"
	"  \"target\": 123.4567,\n"
	"  \"status\": \"at_risk\",\n"
	"  \"due\": null,\n"
	"  \"tasks\": [\n"
	"    {\"id\": 1, \"title\": \"Ship the release\", \"amount\": 1.00, \"expected\": 1.2345, \"share\": 0.50, \"due\": \"2026-01-01\", \"done\": false, \"status\": \"on_track\", \"owner\": \"mei\", \"note\": \"note\"},\n"
	"    {\"id\": 2, \"title\": \"完成季度目标，提高客户满意度\", \"amount\": 1.50, \"expected\": 1.50, \"share\": 1.00, \"due\": \"2026-02-04\", \"done\": true, \"status\": \"at_risk\", \"owner\": \"王小明\", \"note\": \"a note, with a comma\"},\n"
	"    {\"id\": 3, \"title\": \"red \\u001b[31malert\\u001b[0m here\", \"amount\": 1.2345, \"expected\": -0.0005, \"share\": 1.2345, \"due\": \"2026-03-07\", \"done\": false, \"status\": \"off_track\", \"owner\": null, \"note\": \"a note, with a comma\"},\n"
	"    {\"id\": 4, \"title\": \"a, \\\"quoted\\\" title\", \"amount\": -1234567.00, \"expected\": 0.00, \"share\": -0.25, \"due\": null, \"done\": true, \"status\": \"achieved\", \"owner\": \"bob\", \"note\": \"note\"},\n"
	"    {\"id\": null, \"title\": \"two\\nlines\", \"amount\": 0.01, \"expected\": 99999.00, \"share\": 0.00, \"due\": \"2026-05-13\", \"done\": false, \"status\": \"overdue\", \"owner\": \"x\\u001b]0;title\\u0007y\", \"note\": \"a note, with a comma\"},\n"
	"    {\"id\": 6, \"title\": \"\", \"amount\": 0.00, \"expected\": 3.3333, \"share\": 9.9999, \"due\": \"2026-06-16\", \"done\": true, \"status\": \"pending\", \"owner\": \"ann\", \"note\": \"a note, with a comma\"},\n"
	"    {\"id\": 7, \"title\": \"short row\", \"amount\": null, \"expected\": null, \"share\": null, \"due\": null, \"done\": null, \"status\": null, \"owner\": null, \"note\": null},\n"
	"    {\"id\": 8, \"title\": null, \"amount\": 1000000.00, \"expected\": 0.0001, \"share\": 3.00, \"due\": \"2026-08-22\", \"done\": true, \"status\": \"warn\", \"owner\": \"zoë\", \"note\": \"a note, with a comma\"},\n"
	"    {\"id\": 9, \"title\": \"ümlaut café\", \"amount\": 0.0005, \"expected\": 6.6666, \"share\": 0.0001, \"due\": \"2026-09-25\", \"done\": false, \"status\": \"fail\", \"owner\": \"long-owner-name\", \"note\": \"a note, with a comma\"}\n"
	"  ],\n"
	"  \"owner\": {\"login\": \"mei\", \"name\": \"Mei 梅\"},\n"
	"  \"checkins\": [],\n"
	"  \"approver\": null\n"
	"}\n";

static const char record_csv[] =
	"id,title,target,status,due\r\n"
	"42,Grow revenue 增长,123.4567,at_risk,\r\n";

/* fill_wide on 60 columns. TITLE and DESCRIPTION want 40 (capped), OWNER
 * 11, TEAM 4, ID 2, VALUE 7, five gaps of 2. Both long columns narrow to 24:
 * 2 + 24 + 24 + 11 + 4 + 7 + 10 = 82 > 60; TEAM goes (82 - 6 = 76), then
 * OWNER (76 - 13 = 63); the last 3 come from the long columns, one at a
 * time from the one with more to give, the left one of equals: title 23,
 * description 23, title 22. 2 + 22 + 23 + 7 + 6 = 60. The two columns
 * left out are named under the table. */
static const char wide_60[] =
	"ID  TITLE                   DESCRIPTION                VALUE\n"
	" 1  quarterly               quarterly                 0.0000\n"
	" 2  目标 revenue            客户满意度 plan, quart…   1.2345\n"
	" 3  revenue 客户满意度 pl…  目标 revenue, 客户满意…   2.4690\n"
	" 4  客户满意度 plan quart…  plan quarterly, 目标 r…   3.7035\n"
	" 5  plan quarterly 目标 r…  revenue 客户满意度, pl…   4.9380\n"
	" 6  quarterly 目标 revenu…  quarterly 目标, revenu…   6.1725\n"
	" 7  目标 revenue 客户满意…  客户满意度 plan, quart…   7.4070\n"
	" 8  revenue                 目标 revenue, 客户满意…   8.6415\n"
	" 9  客户满意度 plan         plan quarterly, 目标 r…   9.8760\n"
	"10  plan quarterly 目标     revenue 客户满意度,      11.1105\n"
	"11  quarterly 目标 revenu…  quarterly 目标, revenu…  12.3450\n"
	"12  目标 revenue 客户满意…  客户满意度               13.5795\n"
	"13  revenue 客户满意度 pl…  目标 revenue, 客户满意…  14.8140\n"
	"14  客户满意度 plan quart…  plan quarterly, 目标 r…  16.0485\n"
	"15  plan                    revenue 客户满意度, pl…  17.2830\n"
	"16  quarterly 目标          quarterly 目标, revenu…  18.5175\n"
	"17  目标 revenue 客户满意…  客户满意度 plan, quart…  19.7520\n"
	"18  revenue 客户满意度 pl…  目标 revenue, 客户满意…  20.9865\n"
	"19  客户满意度 plan quart…  plan quarterly, 目标     22.2210\n"
	"20  plan quarterly 目标 r…  revenue 客户满意度, pl…  23.4555\n"
	"21  quarterly 目标 revenu…  quarterly 目标,          24.6900\n"
	"22  目标                    客户满意度 plan, quart…  25.9245\n"
	"23  revenue 客户满意度      目标                     27.1590\n"
	"24  客户满意度 plan quart…  plan quarterly, 目标 r…  28.3935\n"
	"25  plan quarterly 目标 r…  revenue 客户满意度, pl…  29.6280\n"
	"26  quarterly 目标 revenu…  quarterly 目标, revenu…  30.8625\n"
	"27  目标 revenue 客户满意…  客户满意度 plan, quart…  32.0970\n"
	"28  revenue 客户满意度 pl…  目标 revenue, 客户满意…  33.3315\n"
	"29  客户满意度              plan quarterly, 目标 r…  34.5660\n"
	"30  plan quarterly          revenue 客户满意度, pl…  35.8005\n"
	"2 columns left out: OWNER, TEAM (--wide shows every column)\n";

/* Spilling never changes what is printed: every format, from a spill of
 * every row, of several, of most, of text over the byte threshold, and
 * from no spill at all; in colour and fitted to terminals of three widths. */
static void test_spill_same_output(void **state)
{
	static const size_t rows[] = { 1, 2, 3, 7, SIZE_MAX, SIZE_MAX };
	static const size_t bytes[] = { SPILL_BYTES, SPILL_BYTES, SPILL_BYTES, SPILL_BYTES, 40, SIZE_MAX };
	static const int widths[] = { 0, 40, 60, 100 };
	struct cli c;
	size_t i, w;

	(void)state;
	memset(&c, 0, sizeof c);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct out_table *t = out_new();
		char *s;

		assert_non_null(t);
		out_spill_rows = rows[i];
		out_spill_bytes = bytes[i];
		fill_mixed(t);
		assert_false(t->failed);
		assert_int_equal(row_count(t), 9);
		if (rows[i] == SIZE_MAX && bytes[i] == SIZE_MAX) {
			assert_null(t->spill);
		} else {
			assert_non_null(t->spill);
			assert_true(t->nspilled > 0);
			assert_true(t->nrows <= (rows[i] < 9 ? rows[i] : 9));
		}
		c.color = true;
		c.term_width = 0;
		s = render(&c, t, FMT_TABLE, false);
		assert_string_equal(s, mixed_table);
		free(s);
		c.color = false;
		s = render(&c, t, FMT_CSV, false);
		assert_string_equal(s, mixed_csv);
		free(s);
		s = render(&c, t, FMT_JSON, false);
		assert_string_equal(s, mixed_json);
		free(s);
		/* Rendered twice, a spilled table reads its file again. */
		s = render(&c, t, FMT_CSV, false);
		assert_string_equal(s, mixed_csv);
		free(s);
		for (w = 1; w < sizeof widths / sizeof widths[0]; w++) {
			struct out_table *ref;
			char *r;

			c.term_width = widths[w];
			out_spill_rows = SIZE_MAX;
			out_spill_bytes = SIZE_MAX;
			ref = out_new();
			fill_mixed(ref);
			r = render(&c, ref, FMT_TABLE, false);
			s = render(&c, t, FMT_TABLE, false);
			assert_string_equal(s, r);
			free(s);
			free(r);
			out_free(ref);
		}
		out_free(t);
	}
}

/* A list of 200,000 rows keeps at most out_spill_rows of them in memory
 * while it is filled, and prints all of them in order, with the decimal
 * places of the whole column. */
static void test_many_rows(void **state)
{
	enum { N = 200000 };
	struct out_table *t = out_new();
	struct cli c;
	size_t most = 0, lines = 0;
	char line[256], last[256] = "", first[256] = "";
	FILE *f;
	int i, ch, rc;

	(void)state;
	memset(&c, 0, sizeof c);
	assert_non_null(t);
	out_col(t, "id", OUT_NUMBER, 0);
	out_col(t, "login", OUT_TEXT, 0);
	out_col(t, "value", OUT_NUMBER, 0);
	out_col(t, "due", OUT_DATE, 0);
	for (i = 1; i <= N; i++) {
		char login[32];

		snprintf(login, sizeof login, "user%06d", i);
		out_row(t);
		out_int(t, i);
		out_text(t, login);
		out_dec(t, (mbo_dec)i * 5);   /* 0.0005 a row: four places somewhere */
		out_date(t, day(2026, 1, 1) + i % 365);
		if (t->nrows > most)
			most = t->nrows;
	}
	assert_false(t->failed);
	assert_true(most <= SPILL_ROWS);
	assert_int_equal(row_count(t), N);
	assert_int_equal(t->nspilled + t->nrows, N);
	assert_true(t->nspilled >= N - SPILL_ROWS);

	f = tmpfile();
	assert_non_null(f);
	c.format = FMT_CSV;
	assert_int_equal(print_list(&c, f, t), 0);
	rewind(f);
	while (fgets(line, sizeof line, f) != NULL) {
		if (lines == 1)
			strcpy(first, line);
		strcpy(last, line);
		lines++;
	}
	assert_int_equal(lines, N + 1);
	assert_string_equal(first, "1,user000001,0.0005,2026-01-02\r\n");
	assert_string_equal(last, "200000,user200000,100.00,2026-12-12\r\n");
	fclose(f);

	f = tmpfile();
	assert_non_null(f);
	c.format = FMT_TABLE;
	assert_int_equal(print_list(&c, f, t), 0);
	rewind(f);
	lines = 0;
	while ((ch = fgetc(f)) != EOF)
		lines += ch == '\n';
	assert_int_equal(lines, N + 1);
	rc = fseek(f, -(long)strlen("200000  user200000  100.0000  2026-12-12\n"), SEEK_END);
	assert_int_equal(rc, 0);
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "200000  user200000  100.0000  2026-12-12\n");
	fclose(f);
	out_free(t);
}

/* A record whose list section spilled prints as one that did not. */
static void test_record_section_spilled(void **state)
{
	static const size_t rows[] = { 1, 2, 7, SIZE_MAX };
	struct cli c;
	size_t i;

	(void)state;
	memset(&c, 0, sizeof c);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct out_table *rec;
		char *s;

		out_spill_rows = rows[i];
		rec = make_record();
		assert_false(tree_failed(rec));
		assert_int_equal(rec->nsecs, 4);
		assert_null(rec->spill);   /* a record is one row, never spilled */
		if (rows[i] < 9)
			assert_true(rec->secs[0].t->nspilled > 0);
		s = render(&c, rec, FMT_TABLE, true);
		assert_string_equal(s, record_table);
		free(s);
		s = render(&c, rec, FMT_JSON, true);
		assert_string_equal(s, record_json);
		free(s);
		s = render(&c, rec, FMT_CSV, true);
		assert_string_equal(s, record_csv);
		free(s);
		out_free(rec);
	}
}

/* Fitted to a terminal 60 columns wide (long columns capped and cut with
 * an ellipsis, optional ones left out), spilled or not. */
static void test_term_width_spilled(void **state)
{
	static const size_t rows[] = { 1, 4, 29, SIZE_MAX };
	struct cli c;
	size_t i;

	(void)state;
	memset(&c, 0, sizeof c);
	c.term_width = 60;
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct out_table *t = out_new();
		char *s;

		out_spill_rows = rows[i];
		fill_wide(t);
		assert_false(t->failed);
		assert_true(rows[i] == SIZE_MAX ? t->spill == NULL : t->nspilled > 0);
		s = render(&c, t, FMT_TABLE, false);
		assert_string_equal(s, wide_60);
		free(s);
		out_free(t);
	}
}

/* The lines wrap_lines makes of s at `width`, joined by "|". */
static void expect_wrap(const char *s, size_t width, const char *want)
{
	struct span *sp;
	size_t n = wrap_lines(s, width, &sp), i;
	char got[512] = "";

	assert_true(n != (size_t)-1);
	for (i = 0; i < n; i++) {
		if (i)
			strcat(got, "|");
		strncat(got, s + sp[i].off, sp[i].end - sp[i].off);
	}
	free(sp);
	assert_string_equal(got, want);
}

/* Wrapping: at spaces; a number with its unit stays whole; Chinese between
 * characters, a closing mark with the character before it; a long word
 * split between characters. */
static void test_wrap(void **state)
{
	char *cut;

	(void)state;
	/* "needs" (5); "9,747.29 CNY" (12) does not fit after it (5 + 1 + 12 =
	 * 18 > 12) and fills a line; "per workday" is 3 + 1 + 7 = 11. */
	expect_wrap("needs 9,747.29 CNY per workday", 12, "needs|9,747.29 CNY|per workday");
	/* A number wider than the line still is not split (its column is made
	 * wide enough: keep_width). */
	expect_wrap("of 1,662,972.30 CNY", 8, "of|1,662,972.30 CNY");
	assert_int_equal(keep_width("of 1,662,972.30 CNY expected"), 16);
	/* Ten characters of two columns, 8 a line: four a line. */
	expect_wrap("华东区重点客户销售额", 8, "华东区重|点客户销|售额");
	/* "户，" goes together: 2 + 4 > 4. */
	expect_wrap("客户，销售", 4, "客|户，|销售");
	/* "370,000元" and "7 家" are a number and its unit: "新签" (4) + 1 +
	 * "7 家" (4) > 6, then "7 家" + "客" is 6. */
	expect_wrap("目标370,000元", 10, "目标|370,000元");
	expect_wrap("新签 7 家客户", 6, "新签|7 家客|户");
	/* A word of 12 letters at 5 columns: 5, 5, 2. */
	expect_wrap("abcdefghijkl", 5, "abcde|fghij|kl");
	expect_wrap("", 5, "");
	/* A title cut before its number rather than inside it: the 23 columns
	 * before the ellipsis end inside "1,234,567 CNY" (from column 15). */
	cut = cut_text("Autumn revenue 1,234,567 CNY of the accounts", 24);
	assert_string_equal(cut, "Autumn revenue…");
	free(cut);
	cut = cut_text("Revenue from the new key accounts", 24);
	assert_string_equal(cut, "Revenue from the new ke…");
	free(cut);
}

/* A record's long value wraps on a terminal, indented to the values; in a
 * pipe (term_width 0) and with --wide it stays on one line. */
static void test_record_wrap(void **state)
{
	static const char msg[] = "needs 9,747.29 CNY per workday for the 24 workdays left";
	struct out_table *t = out_new();
	struct cli c;
	char *s;

	(void)state;
	memset(&c, 0, sizeof c);
	out_col(t, "id", OUT_NUMBER, 0);
	out_int(t, 1);
	out_col(t, "message", OUT_TEXT, 0);
	out_text(t, msg);
	/* Values start at column 9 ("message: "), 30 - 9 = 21 a line:
	 * "needs 9,747.29 CNY" is 18 (+ " per" = 22); "per workday for the"
	 * 19 (+ " 24 workdays" = 31); "24 workdays left" 16. */
	c.term_width = 30;
	s = render(&c, t, FMT_TABLE, true);
	assert_string_equal(s, "id:      1\n"
	                       "message: needs 9,747.29 CNY\n"
	                       "         per workday for the\n"
	                       "         24 workdays left\n");
	free(s);
	c.wide = true;
	s = render(&c, t, FMT_TABLE, true);
	assert_string_equal(s, "id:      1\nmessage: needs 9,747.29 CNY per workday for the 24 workdays left\n");
	free(s);
	c.wide = false;
	c.term_width = 0;
	s = render(&c, t, FMT_TABLE, true);
	assert_string_equal(s, "id:      1\nmessage: needs 9,747.29 CNY per workday for the 24 workdays left\n");
	free(s);
	out_free(t);
}

/* The spill file is made in $TMPDIR, mode 0600, and unlinked at once. */
static void test_spill_file_private(void **state)
{
	char dir[] = "/tmp/mbo-test-out-XXXXXX";
	struct out_table *t;
	struct stat st;
	struct cli c;
	char *s;

	(void)state;
	memset(&c, 0, sizeof c);
	assert_non_null(mkdtemp(dir));
	assert_int_equal(setenv("TMPDIR", dir, 1), 0);
	out_spill_rows = 1;
	t = out_new();
	out_col(t, "id", OUT_NUMBER, 0);
	out_row(t);
	out_int(t, 1);
	out_row(t);
	out_int(t, 2);
	assert_false(t->failed);
	assert_non_null(t->spill);
	assert_int_equal(fstat(fileno(t->spill), &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(st.st_nlink, 0);
	assert_true(fcntl(fileno(t->spill), F_GETFD) & FD_CLOEXEC);
	s = render(&c, t, FMT_CSV, false);
	assert_string_equal(s, "id\r\n1\r\n2\r\n");
	free(s);
	out_free(t);
	assert_int_equal(rmdir(dir), 0);   /* empty: nothing left behind */
	/* An empty TMPDIR means /tmp. */
	assert_int_equal(setenv("TMPDIR", "", 1), 0);
	assert_string_equal(mbo_tmp_dir(), "/tmp");
}

/* Runs out_print_list (or out_print_record) on t and returns what it said
 * on stderr; stdout goes to /dev/null. */
static char *stderr_of(struct out_table *t, bool record, int *rc)
{
	static char msg[512];
	struct cli c;
	FILE *err = tmpfile();
	int saved = dup(2), saved_out = dup(1), null = open("/dev/null", O_WRONLY);
	size_t n;

	memset(&c, 0, sizeof c);
	c.format = FMT_CSV;
	assert_non_null(err);
	assert_true(saved >= 0 && saved_out >= 0 && null >= 0);
	fflush(stdout);
	fflush(stderr);
	assert_true(dup2(fileno(err), 2) >= 0);
	assert_true(dup2(null, 1) >= 0);
	*rc = record ? out_print_record(&c, t) : out_print_list(&c, t);
	fflush(stdout);
	fflush(stderr);
	assert_true(dup2(saved, 2) >= 0);
	assert_true(dup2(saved_out, 1) >= 0);
	close(saved);
	close(saved_out);
	close(null);
	rewind(err);
	n = fread(msg, 1, sizeof msg - 1, err);
	msg[n] = '\0';
	fclose(err);
	return msg;
}

/* A spill file that cannot be made, written or read fails the listing
 * with one line that says which and why. */
static void test_spill_errors(void **state)
{
	struct out_table *t;
	char want[512];
	int rc;

	(void)state;
	out_spill_rows = 1;

	/* Made in a directory that does not exist. */
	assert_int_equal(setenv("TMPDIR", "/nonexistent-mbo-test", 1), 0);
	t = out_new();
	out_col(t, "id", OUT_NUMBER, 0);
	out_row(t);
	out_int(t, 1);
	out_row(t);
	out_int(t, 2);
	assert_true(t->failed);
	assert_int_equal(t->tmp_op, TMP_CREATE);
	assert_int_equal(t->tmp_errno, ENOENT);
	snprintf(want, sizeof want, "mbo: cannot create a temporary file for the listing in "
	         "/nonexistent-mbo-test: %s; set TMPDIR to a directory with free space\n",
	         strerror(ENOENT));
	assert_string_equal(stderr_of(t, false, &rc), want);
	assert_int_equal(rc, 1);
	out_free(t);
	unsetenv("TMPDIR");

	/* Written to a full disk (/dev/full: the buffered rows fail when the
	 * file is flushed, before it is read back). */
	t = out_new();
	out_col(t, "id", OUT_NUMBER, 0);
	out_row(t);
	out_int(t, 1);
	out_row(t);
	assert_non_null(t->spill);
	fclose(t->spill);
	t->spill = fopen("/dev/full", "w");
	assert_non_null(t->spill);
	out_int(t, 2);
	out_row(t);
	out_int(t, 3);
	assert_false(t->failed);   /* still in the buffer */
	snprintf(want, sizeof want, "mbo: cannot write a temporary file for the listing in /tmp: "
	         "%s; free space there or set TMPDIR\n", strerror(ENOSPC));
	assert_string_equal(stderr_of(t, false, &rc), want);
	assert_int_equal(rc, 1);
	assert_int_equal(t->tmp_op, TMP_WRITE);
	out_free(t);

	/* Read back from a file that cannot be read. */
	t = out_new();
	out_col(t, "id", OUT_NUMBER, 0);
	out_row(t);
	out_int(t, 1);
	out_row(t);
	out_int(t, 2);
	assert_non_null(t->spill);
	fclose(t->spill);
	t->spill = fopen("/dev/null", "w");
	assert_non_null(t->spill);
	snprintf(want, sizeof want, "mbo: cannot read back the temporary file of the listing: %s\n",
	         strerror(EBADF));
	assert_string_equal(stderr_of(t, false, &rc), want);
	assert_int_equal(rc, 1);
	assert_int_equal(t->tmp_op, TMP_READ);
	out_free(t);

	/* A record says why its section failed. */
	assert_int_equal(setenv("TMPDIR", "/nonexistent-mbo-test", 1), 0);
	t = make_record();
	assert_true(tree_failed(t));
	assert_false(t->failed);
	snprintf(want, sizeof want, "mbo: cannot create a temporary file for the listing in "
	         "/nonexistent-mbo-test: %s; set TMPDIR to a directory with free space\n",
	         strerror(ENOENT));
	assert_string_equal(stderr_of(t, true, &rc), want);
	assert_int_equal(rc, 1);
	out_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_spill_same_output, reset),
		cmocka_unit_test_teardown(test_many_rows, reset),
		cmocka_unit_test_teardown(test_record_section_spilled, reset),
		cmocka_unit_test_teardown(test_term_width_spilled, reset),
		cmocka_unit_test_teardown(test_spill_file_private, reset),
		cmocka_unit_test_teardown(test_wrap, reset),
		cmocka_unit_test_teardown(test_record_wrap, reset),
		cmocka_unit_test_teardown(test_spill_errors, reset),
	};

	mbo_text_init_locale();
	reset(NULL);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
