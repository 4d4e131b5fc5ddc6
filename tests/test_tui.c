/*
 * test_tui.c: the pure helpers of the terminal UI (src/tui/render.c, which
 * this file includes, as it needs no curses): the screen layout, columns,
 * list scrolling, text fitted and wrapped by display width (a Chinese
 * character is two columns and is never split), numbers, progress bars,
 * tree branches, the burn-up chart, cell by cell, and the helpers of the
 * reports: periods stepped, metrics counted and offered, the split of a
 * list and its pane.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../src/tui/render.c"
#include "mbo/eval.h"
#include "mbo/fmt.h"

/* ---- layout ---- */

static void test_layout(void **state)
{
	struct tui_layout l;

	(void)state;
	tui_layout_compute(24, 80, &l);
	assert_false(l.too_small);
	assert_int_equal(l.header_y, 0);
	assert_int_equal(l.body_y, 1);
	assert_int_equal(l.body_h, 21);
	assert_int_equal(l.msg_y, 22);
	assert_int_equal(l.keys_y, 23);
	tui_layout_compute(16, 60, &l);
	assert_false(l.too_small);
	tui_layout_compute(15, 60, &l);
	assert_true(l.too_small);
	tui_layout_compute(40, 59, &l);
	assert_true(l.too_small);
	tui_layout_compute(0, 0, &l);
	assert_true(l.too_small);
	assert_int_equal(l.body_h, 0);
	assert_string_equal(tui_too_small_text(), "Terminal too small: need 60x16");
}

/* The dashboard's columns: title, bar, done, pace, status, need, left. */
static const struct col_spec dash[] = {
	{ 12, 20, 0, 3, 0 }, { 6, 10, 32, 1, 3 }, { 4, 4, 0, 0, 5 }, { 4, 5, 0, 0, 0 },
	{ 9, 9, 0, 0, 0 }, { 10, 14, 0, 0, 2 }, { 4, 7, 0, 0, 1 },
};

/* Visible columns do not overlap and stay inside the width. */
static void check_columns(int width, const int *x, const int *w, int n)
{
	int i, end = 0;

	for (i = 0; i < n; i++) {
		if (w[i] == 0)
			continue;
		assert_true(x[i] >= end);
		end = x[i] + w[i];
		assert_true(end <= width);
	}
}

static void test_columns(void **state)
{
	int x[7], w[7], total;

	(void)state;
	/* 80 columns minus the selection mark: everything fits, the title
	 * takes what is left. */
	total = columns_layout(78, 1, dash, 7, x, w);
	assert_int_equal(total, 78);
	check_columns(78, x, w, 7);
	assert_int_equal(w[0], 22);
	assert_int_equal(w[1], 11);
	assert_int_equal(w[6], 7);
	assert_int_equal(x[0], 0);
	assert_int_equal(x[1], 23);
	assert_int_equal(x[6], 78 - 7);
	/* Wide: the title and the bar grow, the bar up to its max. */
	total = columns_layout(198, 1, dash, 7, x, w);
	assert_int_equal(total, 198);
	check_columns(198, x, w, 7);
	assert_int_equal(w[1], 32);
	assert_true(w[0] > 100);
	/* The smallest terminal: columns shrink towards their minimum. */
	total = columns_layout(58, 1, dash, 7, x, w);
	assert_int_equal(total, 58);
	check_columns(58, x, w, 7);
	assert_int_equal(w[0], 12);
	assert_int_equal(w[1], 6);
	assert_true(w[2] > 0 && w[5] > 0 && w[6] > 0);
	/* Narrower still: columns are hidden, the most dispensable first. */
	total = columns_layout(45, 1, dash, 7, x, w);
	assert_int_equal(total, 45);
	check_columns(45, x, w, 7);
	assert_int_equal(w[2], 0);   /* "done" goes first, */
	assert_int_equal(w[1], 0);   /* then the bar */
	assert_true(w[5] > 0);
	assert_int_equal(w[4], 9);   /* the status is never hidden */
	assert_int_equal(w[0], 12);
	/* Impossible: still inside the width. */
	total = columns_layout(10, 1, dash, 7, x, w);
	assert_true(total <= 10);
	check_columns(10, x, w, 7);
}

static void test_list(void **state)
{
	struct list_state l = { 50, 0, 0 };

	(void)state;
	assert_true(list_move(&l, LM_DOWN, 10));
	assert_int_equal(l.sel, 1);
	assert_true(list_move(&l, LM_UP, 10));
	assert_int_equal(l.sel, 0);
	assert_false(list_move(&l, LM_UP, 10));
	list_move(&l, LM_PGDN, 10);
	assert_int_equal(l.sel, 10);
	assert_true(l.sel >= l.top && l.sel < l.top + 10);
	list_move(&l, LM_END, 10);
	assert_int_equal(l.sel, 49);
	assert_int_equal(l.top, 40);
	list_move(&l, LM_PGUP, 10);
	assert_int_equal(l.sel, 39);
	assert_true(l.sel >= l.top && l.sel < l.top + 10);
	list_move(&l, LM_HOME, 10);
	assert_int_equal(l.sel, 0);
	assert_int_equal(l.top, 0);

	/* Clicks select the row shown there. */
	l.top = 5;
	assert_true(list_click(&l, 3, 10));
	assert_int_equal(l.sel, 8);
	assert_false(list_click(&l, 10, 10));
	assert_false(list_click(&l, -1, 10));

	/* The list shrinks under the selection (a reload, a filter). */
	l.n = 3;
	l.sel = 30;
	l.top = 25;
	list_fix(&l, 10);
	assert_int_equal(l.sel, 2);
	assert_int_equal(l.top, 0);
	assert_false(list_click(&l, 5, 10));

	/* The terminal grows: no empty rows below while rows hide above. */
	l.n = 50;
	l.sel = 49;
	l.top = 40;
	list_fix(&l, 20);
	assert_int_equal(l.top, 30);

	/* Empty. */
	l.n = 0;
	list_fix(&l, 10);
	assert_int_equal(l.sel, 0);
	assert_false(list_move(&l, LM_DOWN, 10));
}

/* ---- text ---- */

static void check_fit(const char *s, size_t width, bool right, bool ascii, const char *want)
{
	char *got = render_fit_pad(s, width, right, ascii);

	assert_non_null(got);
	assert_string_equal(got, want);
	assert_int_equal(mbo_text_width(got), width);
	free(got);
}

static void test_fit(void **state)
{
	(void)state;
	check_fit("abc", 5, false, false, "abc  ");
	check_fit("abc", 5, true, false, "  abc");
	check_fit("abcdef", 5, false, false, "abcd\xe2\x80\xa6");
	check_fit("abcdef", 5, false, true, "abcd~");
	check_fit(NULL, 3, false, false, "   ");
	check_fit("abc", 0, false, false, "");
	/* 签约新客户 is ten columns; a cut never splits a character, and the
	 * column a wide character cannot fill is padded. */
	check_fit("签约新客户", 10, false, false, "签约新客户");
	check_fit("签约新客户", 12, true, false, "  签约新客户");
	check_fit("签约新客户", 7, false, false, "签约新\xe2\x80\xa6");
	check_fit("签约新客户", 6, false, false, "签约\xe2\x80\xa6 ");
	check_fit("签约新客户", 2, false, true, "~ ");
	check_fit("a签约", 4, false, false, "a签\xe2\x80\xa6");
}

static void test_fit_sanitizes(void **state)
{
	char *got;

	(void)state;
	/* An escape sequence typed by one user is shown, not obeyed. */
	got = render_fit_pad("a\x1b[2Jb\x07", 40, false, false);
	assert_non_null(got);
	assert_null(strchr(got, 0x1b));
	assert_null(strchr(got, 0x07));
	assert_non_null(strstr(got, "\\x1b[2Jb"));
	assert_int_equal(mbo_text_width(got), 40);
	free(got);
	/* Invalid UTF-8 shows as U+FFFD. */
	got = render_fit_pad("x\xff", 3, false, false);
	assert_string_equal(got, "x\xef\xbf\xbd ");
	free(got);
}

static void check_wrap(const char *s, size_t width, const char *const *want, size_t nwant)
{
	char **lines;
	size_t n = render_wrap(s, width, &lines), i;

	assert_int_equal(n, nwant);
	for (i = 0; i < n; i++) {
		assert_string_equal(lines[i], want[i]);
		assert_true(mbo_text_width(lines[i]) <= width);
	}
	render_lines_free(lines, n);
}

static void test_wrap(void **state)
{
	static const char *const w1[] = { "the quick", "brown fox", "jumps" };
	static const char *const w2[] = { "abcde", "fghij", "kl" };
	static const char *const w3[] = { "一二", "三四", "五六" };
	static const char *const w4[] = { "first", "", "second line" };
	static const char *const w5[] = { "" };
	static const char *const w6[] = { "needs 3.2", "visits per", "workday" };
	static const char *const w7[] = { "ab", "cdefghij", "k" };

	(void)state;
	check_wrap("the quick brown fox jumps", 10, w1, 3);
	check_wrap("abcdefghijkl", 5, w2, 3);
	check_wrap("一二三四五六", 5, w3, 3);
	check_wrap("first\n\nsecond line", 20, w4, 3);
	check_wrap("", 10, w5, 1);
	check_wrap("needs 3.2 visits per workday", 10, w6, 3);
	check_wrap("ab cdefghij k", 8, w7, 3);
}

static void test_match(void **state)
{
	(void)state;
	assert_true(render_match("Reach 300,000 CNY", "cny"));
	assert_true(render_match("Reach 300,000 CNY", ""));
	assert_true(render_match("签约 6 个新客户", "新客户"));
	assert_false(render_match("Reach", "reached"));
	assert_false(render_match(NULL, "x"));
	assert_true(render_match(NULL, NULL));
}

/* ---- numbers ---- */

static void test_numbers(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(render_compact(MBO_DEC(950), buf), "950");
	assert_string_equal(render_compact(MBO_DEC(9999), buf), "9,999");
	assert_string_equal(render_compact(MBO_DEC(12500), buf), "12.5k");
	assert_string_equal(render_compact(MBO_DEC(100000), buf), "100k");
	assert_string_equal(render_compact(MBO_DEC(150000), buf), "150k");
	assert_string_equal(render_compact(MBO_DEC(1234567), buf), "1.2M");
	assert_string_equal(render_compact(MBO_DEC(999999), buf), "1M");
	assert_string_equal(render_compact(MBO_DEC(3000000000LL), buf), "3B");
	assert_string_equal(render_compact(-MBO_DEC(12500), buf), "-12.5k");
}

static void test_status(void **state)
{
	(void)state;
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_ON_TRACK), "on track");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_AT_RISK), "at risk");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_OFF_TRACK), "off track");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_ACHIEVED), "achieved");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_OVERDUE), "overdue");
	/* The worst of two, either way round; -1 is none yet. */
	assert_int_equal(mbo_pace_status_worse(MBO_PS_OFF_TRACK, MBO_PS_OVERDUE), MBO_PS_OVERDUE);
	assert_int_equal(mbo_pace_status_worse(MBO_PS_OVERDUE, MBO_PS_OFF_TRACK), MBO_PS_OVERDUE);
	assert_int_equal(mbo_pace_status_worse(MBO_PS_AT_RISK, MBO_PS_OFF_TRACK), MBO_PS_OFF_TRACK);
	assert_int_equal(mbo_pace_status_worse(MBO_PS_ON_TRACK, MBO_PS_AT_RISK), MBO_PS_AT_RISK);
	assert_int_equal(mbo_pace_status_worse(MBO_PS_ACHIEVED, MBO_PS_ON_TRACK), MBO_PS_ON_TRACK);
	assert_int_equal(mbo_pace_status_worse(MBO_PS_ON_TRACK, MBO_PS_ACHIEVED), MBO_PS_ON_TRACK);
	assert_int_equal(mbo_pace_status_worse(-1, MBO_PS_ACHIEVED), MBO_PS_ACHIEVED);
	assert_int_equal(mbo_pace_status_worse(MBO_PS_ACHIEVED, -1), MBO_PS_ACHIEVED);
}

/* ---- bars ---- */

static void check_bar(mbo_dec ratio, int width, bool ascii, const char *want)
{
	char buf[256];

	render_bar(ratio, width, ascii, buf, sizeof buf);
	assert_string_equal(buf, want);
	assert_int_equal(mbo_text_width(buf), (size_t)width);
}

static void test_bar(void **state)
{
	(void)state;
	check_bar(0, 12, false, "[          ]");
	check_bar(MBO_DEC_SCALE, 12, false, "[\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88"
	                                    "\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88]");
	/* Past the target the bar stays full; below zero it stays empty. */
	check_bar(3 * MBO_DEC_SCALE, 5, false, "[\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88]");
	check_bar(-5000, 5, true, "[...]");
	/* 57% of 9 cells is 5 cells and an eighth: "█████▏". */
	check_bar(5700, 11, false, "[\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88"
	                           "\xe2\x96\x8f   ]");
	/* Half a cell is ▌. */
	check_bar(5000, 3, false, "[\xe2\x96\x8c]");
	check_bar(5700, 11, true, "[#####....]");
	check_bar(MBO_DEC_SCALE, 5, true, "[###]");
	/* Anything above zero shows. */
	check_bar(1, 12, true, "[#.........]");
	check_bar(1, 12, false, "[\xe2\x96\x8f         ]");
}

static void test_tree(void **state)
{
	bool last[] = { false, true, false };
	char buf[64];

	(void)state;
	assert_string_equal(render_tree_prefix(last, 0, false, buf, sizeof buf), "");
	assert_string_equal(render_tree_prefix(last, 1, false, buf, sizeof buf), "\xe2\x94\x9c\xe2\x94\x80 ");
	assert_string_equal(render_tree_prefix(last, 2, true, buf, sizeof buf), "|  `- ");
	assert_string_equal(render_tree_prefix(last, 3, true, buf, sizeof buf), "|     |- ");
	assert_string_equal(render_tree_prefix(last, 3, false, buf, sizeof buf),
	                    "\xe2\x94\x82     \xe2\x94\x9c\xe2\x94\x80 ");
}

/* ---- the burn-up chart ---- */

static void check_chart(const struct chart *c, const char *const *want)
{
	int r;

	for (r = 0; r < c->h; r++) {
		char *row = chart_row(c, r);
		assert_non_null(row);
		assert_string_equal(row, want[r]);
		assert_int_equal(mbo_text_width(row), (size_t)c->w);
		free(row);
	}
}

static void test_chart(void **state)
{
	/* Plan 10, 20 ... 100 over ten days; actual 8 a day, known for six. */
	static const char *const utf8[] = {
		"   100 \xe2\x94\xa4       \xc2\xb7\xc2\xb7\xc2\xb7  ",
		"       \xe2\x94\x82     \xc2\xb7\xc2\xb7     ",
		"       \xe2\x94\x82   \xc2\xb7\xc2\xb7\xe2\x96\x83      ",
		"       \xe2\x94\x82 \xc2\xb7\xe2\x96\x82\xe2\x96\x85\xe2\x96\x88\xe2\x96\x88      ",
		"     0 \xe2\x94\xa4\xe2\x96\x83\xe2\x96\x86\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88      ",
		("       \xe2\x94\x94\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
		 "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"),   /* one row, two literals */
		"        10-01       ",
	};
	static const char *const ascii[] = {
		"   100 +       ...  ",
		"       |     ..     ",
		"       |   ..       ",
		"       | ..###      ",
		"     0 +.#####      ",
		"       +------------",
		"        10-01       ",
	};
	mbo_dec plan[10], actual[10];
	struct chart_data d;
	struct chart c;
	int i;

	(void)state;
	for (i = 0; i < 10; i++) {
		plan[i] = MBO_DEC((i + 1) * 10);
		actual[i] = MBO_DEC((i + 1) * 8);
	}
	memset(&d, 0, sizeof d);
	d.n = 10;
	d.plan = plan;
	d.actual = actual;
	d.nactual = 6;
	d.target = MBO_DEC(100);
	d.left = "10-01";
	d.right = "10-10";   /* no room beside the left label: left out */
	assert_int_equal(chart_plot_width(&d, 20), 12);
	assert_int_equal(chart_render(&d, 20, 7, &c), 0);
	assert_int_equal(c.w, 20);
	assert_int_equal(c.h, 7);
	check_chart(&c, utf8);
	/* Kinds, for the colours. */
	assert_int_equal(c.cells[4 * 20 + 8].kind, CH_ACTUAL);
	assert_int_equal(c.cells[0 * 20 + 17].kind, CH_PLAN);
	assert_int_equal(c.cells[0 * 20 + 7].kind, CH_AXIS);
	assert_int_equal(c.cells[0 * 20 + 3].kind, CH_LABEL);
	assert_int_equal(c.cells[0 * 20 + 19].kind, CH_EMPTY);
	chart_free(&c);

	d.ascii = true;
	assert_int_equal(chart_render(&d, 20, 7, &c), 0);
	check_chart(&c, ascii);
	chart_free(&c);

	/* Wider: both dates show; the actual above the target raises the
	 * scale; a middle label appears with enough rows. */
	for (i = 0; i < 10; i++)
		actual[i] = MBO_DEC((i + 1) * 15);
	d.nactual = 10;
	d.right = "10-10";
	assert_int_equal(chart_render(&d, 30, 10, &c), 0);
	{
		char *top = chart_row(&c, 0), *mid = chart_row(&c, 4), *dates = chart_row(&c, 9);
		assert_non_null(strstr(top, "   150 +"));
		assert_non_null(strstr(mid, "    75 +"));
		assert_non_null(strstr(dates, "10-01"));
		assert_null(strstr(dates, "10-10"));   /* only ten columns of data */
		free(top);
		free(mid);
		free(dates);
	}
	chart_free(&c);
	d.n = 10;
	d.left = "10-1";
	d.right = "10-10";
	assert_int_equal(chart_render(&d, 30, 10, &c), 0);
	{
		char *dates = chart_row(&c, 9);
		assert_string_equal(dates, "        10-1 10-10            ");
		free(dates);
	}
	chart_free(&c);

	/* Too small, and no data at all. */
	assert_int_equal(chart_render(&d, 11, 7, &c), -1);
	assert_int_equal(chart_render(&d, 20, 3, &c), -1);
	memset(&d, 0, sizeof d);
	assert_int_equal(chart_render(&d, 20, 5, &c), 0);
	chart_free(&c);
}

static void test_sample_days(void **state)
{
	mbo_day days[10];
	int i;

	(void)state;
	chart_sample_days(100, 109, 10, days);
	for (i = 0; i < 10; i++)
		assert_int_equal(days[i], 100 + i);
	chart_sample_days(100, 109, 5, days);
	assert_int_equal(days[0], 101);
	assert_int_equal(days[4], 109);
	chart_sample_days(100, 109, 3, days);
	assert_int_equal(days[0], 102);
	assert_int_equal(days[1], 105);
	assert_int_equal(days[2], 109);
}

/* ---- periods and reports ---- */

static void check_step(const char *period, int step, const char *want)
{
	char out[MBO_PERIOD_MAX + 1] = "unchanged";

	if (want == NULL) {
		assert_int_equal(render_period_step(period, step, out, sizeof out), -1);
		return;
	}
	assert_int_equal(render_period_step(period, step, out, sizeof out), 0);
	assert_string_equal(out, want);
}

static void test_period_step(void **state)
{
	(void)state;
	/* Quarters, months and years, across the year. */
	check_step("2026-Q4", 1, "2027-Q1");
	check_step("2026-Q4", -1, "2026-Q3");
	check_step("2026-Q1", -1, "2025-Q4");
	check_step("2026-Q4", 5, "2028-Q1");
	check_step("2026-Q2", -9, "2024-Q1");
	check_step("2026-12", 1, "2027-01");
	check_step("2026-01", -1, "2025-12");
	check_step("2026-01", -13, "2024-12");
	check_step("2026-11", 0, "2026-11");
	check_step("2026", 1, "2027");
	check_step("2026", -1, "2025");
	/* ISO weeks: 2026 has 53 of them, 2025 has 52. */
	check_step("2026-W48", 1, "2026-W49");
	check_step("2026-W52", 1, "2026-W53");
	check_step("2026-W53", 1, "2027-W01");
	check_step("2027-W01", -1, "2026-W53");
	check_step("2026-W01", -1, "2025-W52");
	check_step("2025-W52", 1, "2026-W01");
	check_step("2026-W05", -4, "2026-W01");
	/* Out of the years 1 to 9999, or not a period. */
	check_step("9999", 1, NULL);
	check_step("9999-Q4", 1, NULL);
	check_step("9999-12", 1, NULL);
	check_step("0001-Q1", -1, NULL);
	check_step("0001-01", -1, NULL);
	check_step("0001-W01", -1, NULL);
	check_step("2026-13", 1, NULL);
	check_step("2026-Q5", 1, NULL);
	check_step("2026-W54", 1, NULL);
	check_step("Q4", 1, NULL);
	check_step("", 1, NULL);
	check_step(NULL, 1, NULL);
}

static void test_tally(void **state)
{
	static const char *const items[] = { "revenue", "visits", "revenue", "new", "visits", "revenue", "alpha" };
	struct tally t = { 0 };
	char buf[8];
	size_t i;

	(void)state;
	render_tally_sort(&t);
	assert_int_equal(t.n, 0);
	for (i = 0; i < 7; i++) {
		/* Copies: the caller's buffer may change under it. */
		snprintf(buf, sizeof buf, "%s", items[i]);
		assert_int_equal(render_tally_add(&t, buf), 0);
		memset(buf, 'x', sizeof buf - 1);
	}
	assert_int_equal(t.n, 4);
	render_tally_sort(&t);
	/* The most frequent first, ties in the order they first came. */
	assert_string_equal(t.v[0], "revenue");
	assert_int_equal(t.count[0], 3);
	assert_string_equal(t.v[1], "visits");
	assert_int_equal(t.count[1], 2);
	assert_string_equal(t.v[2], "new");
	assert_string_equal(t.v[3], "alpha");
	render_tally_free(&t);
	assert_int_equal(t.n, 0);
	assert_null(t.v);
	/* More than the first allocation holds. */
	for (i = 0; i < 40; i++) {
		snprintf(buf, sizeof buf, "m%zu", i % 20);
		assert_int_equal(render_tally_add(&t, buf), 0);
	}
	assert_int_equal(render_tally_add(&t, "m7"), 0);
	assert_int_equal(t.n, 20);
	render_tally_sort(&t);
	assert_string_equal(t.v[0], "m7");
	assert_int_equal(t.count[0], 3);
	assert_string_equal(t.v[1], "m0");
	assert_string_equal(t.v[19], "m19");
	render_tally_free(&t);
}

/* A slow screen waits ten times its load time (at most a minute) before
 * reloading for others' writes; a quick one reloads at once. */
static void test_reload_due(void **state)
{
	(void)state;
	assert_true(render_reload_due(0.004, 0.0));
	assert_true(render_reload_due(0.2, 0.1));
	assert_true(render_reload_due(0.9, 0.0));
	assert_false(render_reload_due(1.0, 9.9));
	assert_true(render_reload_due(1.0, 10.0));
	assert_false(render_reload_due(3.2, 1.0));
	assert_false(render_reload_due(3.2, 31.9));
	assert_true(render_reload_due(3.2, 32.0));
	assert_false(render_reload_due(20.0, 59.0));
	assert_true(render_reload_due(20.0, 60.0));
	assert_true(render_reload_wait(0.5) == 0);
	assert_true(render_reload_wait(3.2) == 32.0);
	assert_true(render_reload_wait(20.0) == 60.0);
}

static void test_split(void **state)
{
	int list, pane;

	(void)state;
	/* 80x24: 19 rows below the title and the headings. Eight people and
	 * a pane of seven rows: everyone shows, the pane gets the rest. */
	render_split(19, 8, 7, &list, &pane);
	assert_int_equal(list, 8);
	assert_int_equal(pane, 10);
	/* Fifty people: the pane keeps a third. */
	render_split(19, 50, 7, &list, &pane);
	assert_int_equal(list, 12);
	assert_int_equal(pane, 6);
	assert_int_equal(list + 1 + pane, 19);
	/* A small pane keeps only what it wants. */
	render_split(19, 50, 3, &list, &pane);
	assert_int_equal(list, 15);
	assert_int_equal(pane, 3);
	/* 60x16: eleven rows; the pane keeps four. */
	render_split(11, 8, 7, &list, &pane);
	assert_int_equal(list, 6);
	assert_int_equal(pane, 4);
	/* No pane: nothing to show in it, or no room. */
	render_split(19, 8, 0, &list, &pane);
	assert_int_equal(list, 19);
	assert_int_equal(pane, 0);
	render_split(5, 8, 7, &list, &pane);
	assert_int_equal(list, 5);
	assert_int_equal(pane, 0);
	/* An empty list still has its row. */
	render_split(19, 0, 3, &list, &pane);
	assert_int_equal(list, 1);
	assert_int_equal(pane, 17);
	render_split(6, 3, 2, &list, &pane);
	assert_int_equal(list, 3);
	assert_int_equal(pane, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_fit_sanitizes),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_bar),
		cmocka_unit_test(test_tree),
		cmocka_unit_test(test_chart),
		cmocka_unit_test(test_sample_days),
		cmocka_unit_test(test_period_step),
		cmocka_unit_test(test_tally),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_reload_due),
	};

	mbo_text_init_locale();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
