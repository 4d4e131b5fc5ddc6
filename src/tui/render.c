/*
 * render.c: the pure helpers of the terminal UI (see render.h): layout,
 * columns, list scrolling, text fitting and wrapping by display width,
 * numbers, progress bars and the burn-up chart as a grid of cells. No
 * curses and no database here, so tests/test_tui.c compiles this file
 * into the test program and checks it cell by cell.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "mbo/progress.h"
#include "mbo/text.h"
#include "mbo/i18n.h"

void tui_layout_compute(int lines, int cols, struct tui_layout *out)
{
	memset(out, 0, sizeof *out);
	out->lines = lines;
	out->cols = cols;
	out->too_small = lines < TUI_MIN_LINES || cols < TUI_MIN_COLS;
	out->header_y = 0;
	out->body_y = 1;
	out->body_h = lines - 3 > 0 ? lines - 3 : 0;
	out->msg_y = lines - 2 > 0 ? lines - 2 : 0;
	out->keys_y = lines - 1 > 0 ? lines - 1 : 0;
}

const char *tui_too_small_text(void)
{
	static char buf[160];

	snprintf(buf, sizeof buf, _("Terminal too small: need %dx%d"), TUI_MIN_COLS, TUI_MIN_LINES);
	return buf;
}

#define COLS_MAX 32

int columns_layout(int width, int gap, const struct col_spec *spec, int n, int *x, int *w)
{
	mbo_column col[COLS_MAX] = { { 0 } };
	int i, pos = 0, total;

	if (n > COLS_MAX)
		n = COLS_MAX;
	for (i = 0; i < n; i++)
		col[i] = (mbo_column){ .want = spec[i].want, .min = spec[i].min, .max = spec[i].max,
		                       .grow = spec[i].grow, .drop = spec[i].drop };
	total = mbo_columns_fit(col, n, width, gap, true, w);
	for (i = 0; i < n; i++) {
		x[i] = pos;
		if (w[i] > 0)
			pos += w[i] + gap;
	}
	return total;
}

void list_fix(struct list_state *l, int rows)
{
	if (rows < 1)
		rows = 1;
	if (l->n == 0) {
		l->sel = l->top = 0;
		return;
	}
	if (l->sel >= l->n)
		l->sel = l->n - 1;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + (size_t)rows)
		l->top = l->sel - (size_t)rows + 1;
	/* No empty rows at the bottom while rows above are hidden. */
	if (l->n >= (size_t)rows && l->top + (size_t)rows > l->n)
		l->top = l->n - (size_t)rows;
	if (l->n < (size_t)rows)
		l->top = 0;
}

bool list_move(struct list_state *l, int move, int rows)
{
	size_t sel = l->sel, top = l->top, page;

	if (rows < 1)
		rows = 1;
	page = (size_t)rows;
	if (l->n == 0) {
		l->sel = l->top = 0;
		return sel != 0 || top != 0;
	}
	switch (move) {
	case LM_UP:
		if (l->sel > 0)
			l->sel--;
		break;
	case LM_DOWN:
		if (l->sel + 1 < l->n)
			l->sel++;
		break;
	case LM_PGUP:
		l->sel = l->sel > page ? l->sel - page : 0;
		l->top = l->top > page ? l->top - page : 0;
		break;
	case LM_PGDN:
		l->sel = l->sel + page < l->n ? l->sel + page : l->n - 1;
		l->top += page;
		if (l->top > l->sel)
			l->top = l->sel;
		break;
	case LM_HOME:
		l->sel = 0;
		break;
	case LM_END:
		l->sel = l->n - 1;
		break;
	}
	list_fix(l, rows);
	return l->sel != sel || l->top != top;
}

bool list_click(struct list_state *l, int row, int rows)
{
	size_t i;

	if (row < 0 || row >= rows)
		return false;
	i = l->top + (size_t)row;
	if (i >= l->n)
		return false;
	l->sel = i;
	return true;
}

char *render_fit_pad(const char *s, size_t width, bool right, bool ascii)
{
	size_t used = 0, len, pad;
	char *fit = mbo_text_fit(s ? s : "", width, ascii, &used), *out;

	if (fit == NULL)
		return NULL;
	len = strlen(fit);
	pad = used < width ? width - used : 0;
	out = malloc(len + pad + 1);
	if (out == NULL) {
		free(fit);
		return NULL;
	}
	if (right) {
		memset(out, ' ', pad);
		memcpy(out + pad, fit, len);
	} else {
		memcpy(out, fit, len);
		memset(out + len, ' ', pad);
	}
	out[len + pad] = '\0';
	free(fit);
	return out;
}

/* Display width of the n bytes at s. */
static size_t width_n(const char *s, size_t n)
{
	char small[64], *p = small;
	size_t w;

	if (n >= sizeof small && (p = malloc(n + 1)) == NULL)
		return n;
	memcpy(p, s, n);
	p[n] = '\0';
	w = mbo_text_width(p);
	if (p != small)
		free(p);
	return w;
}

struct lines {
	char **v;
	size_t n, cap;
	bool failed;
};

static void lines_add(struct lines *l, const char *s, size_t n)
{
	char *copy;

	if (l->failed)
		return;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 8;
		char **v = realloc(l->v, cap * sizeof *v);
		if (v == NULL) {
			l->failed = true;
			return;
		}
		l->v = v;
		l->cap = cap;
	}
	copy = malloc(n + 1);
	if (copy == NULL) {
		l->failed = true;
		return;
	}
	memcpy(copy, s, n);
	copy[n] = '\0';
	l->v[l->n++] = copy;
}

/* Wraps one paragraph (no newline) of valid UTF-8. */
static void wrap_para(struct lines *l, const char *p, size_t len, size_t width)
{
	const size_t none = (size_t)-1;
	size_t start = 0, q = 0, w = 0, space = none;

	while (q < len) {
		uint32_t cp;
		size_t cl = mbo_utf8_decode(p + q, len - q, &cp), cw;

		if (cl == 0)
			cl = 1;   /* not UTF-8 (sanitized text always is): one byte */
		cw = width_n(p + q, cl);
		if (w + cw > width && q > start) {
			if (p[q] == ' ') {
				/* Break at this space and drop it. */
				lines_add(l, p + start, q - start);
				while (q < len && p[q] == ' ')
					q++;
				start = q;
				w = 0;
			} else if (space != none && space > start) {
				/* Break at the last space; the word moves down. */
				lines_add(l, p + start, space - start);
				start = space + 1;
				w = width_n(p + start, q - start);
			} else {
				/* One long word: cut it between characters. */
				lines_add(l, p + start, q - start);
				start = q;
				w = 0;
			}
			space = none;
			continue;
		}
		if (p[q] == ' ')
			space = q;
		w += cw;
		q += cl;
	}
	if (start < len || len == 0)
		lines_add(l, p + start, len - start);
}

size_t render_wrap(const char *s, size_t width, char ***lines)
{
	struct lines l = { 0 };
	char *clean, *p;

	*lines = NULL;
	if (width < 1)
		width = 1;
	clean = mbo_text_sanitize(s ? s : "", false);
	if (clean == NULL)
		return 0;
	for (p = clean; *p; p++)
		if (*p == '\t' || *p == '\r')
			*p = ' ';
	p = clean;
	for (;;) {
		char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		wrap_para(&l, p, len, width);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	free(clean);
	if (l.failed) {
		render_lines_free(l.v, l.n);
		return 0;
	}
	*lines = l.v;
	return l.n;
}

void render_lines_free(char **lines, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

bool render_match(const char *hay, const char *needle)
{
	size_t i, j, nh, nn;

	if (needle == NULL || needle[0] == '\0')
		return true;
	if (hay == NULL)
		return false;
	nh = strlen(hay);
	nn = strlen(needle);
	for (i = 0; i + nn <= nh; i++) {
		for (j = 0; j < nn; j++)
			if (lower((unsigned char)hay[i + j]) != lower((unsigned char)needle[j]))
				break;
		if (j == nn)
			return true;
	}
	return false;
}

char *render_compact(mbo_dec v, char *buf)
{
	static const struct { long long unit; const char *suffix; } units[] = {
		{ 1000LL, "k" }, { 1000000LL, "M" }, { 1000000000LL, "B" },
	};
	const size_t nunits = sizeof units / sizeof units[0];
	long long a = v < 0 ? -(long long)v : (long long)v;
	const char *sign = v < 0 ? "-" : "";
	size_t i;

	if (a < 10000LL * MBO_DEC_SCALE)
		return mbo_fmt_num(v, buf);
	for (i = 0; i < nunits; i++) {
		long long scaled = units[i].unit * MBO_DEC_SCALE;
		long long tenths = (a * 10 + scaled / 2) / scaled;

		/* 999,999 would round to 1000k: use the next unit up. */
		if (tenths >= 10000 && i + 1 < nunits)
			continue;
		if (tenths >= 1000 || tenths % 10 == 0)
			snprintf(buf, 32, "%s%lld%s", sign, (a + scaled / 2) / scaled, units[i].suffix);
		else
			snprintf(buf, 32, "%s%lld.%lld%s", sign, tenths / 10, tenths % 10, units[i].suffix);
		break;
	}
	return buf;
}

/* Appends s to buf (cap bytes, NUL-terminated) if it fits. */
static void cat(char *buf, size_t cap, size_t *len, const char *s)
{
	size_t n = strlen(s);

	if (*len + n + 1 > cap)
		return;
	memcpy(buf + *len, s, n + 1);
	*len += n;
}

char *render_bar(mbo_dec ratio, int width, bool ascii, char *buf, size_t cap)
{
	static const char *const eighths[] = {
		"\xe2\x96\x8f", "\xe2\x96\x8e", "\xe2\x96\x8d", "\xe2\x96\x8c",
		"\xe2\x96\x8b", "\xe2\x96\x8a", "\xe2\x96\x89",
	};
	int inner = width - 2, i, cells;
	long long parts;
	size_t len = 0;

	if (cap == 0)
		return buf;
	buf[0] = '\0';
	if (inner < 1)
		return buf;
	if (ratio < 0)
		ratio = 0;
	if (ratio > MBO_DEC_SCALE)
		ratio = MBO_DEC_SCALE;
	cat(buf, cap, &len, "[");
	if (ascii) {
		cells = (int)(((long long)ratio * inner + MBO_DEC_SCALE / 2) / MBO_DEC_SCALE);
		if (ratio > 0 && cells == 0)
			cells = 1;
		for (i = 0; i < inner; i++)
			cat(buf, cap, &len, i < cells ? "#" : ".");
	} else {
		parts = ((long long)ratio * inner * 8 + MBO_DEC_SCALE / 2) / MBO_DEC_SCALE;
		if (ratio > 0 && parts == 0)
			parts = 1;
		for (i = 0; i < inner; i++) {
			long long left = parts - (long long)i * 8;
			if (left >= 8)
				cat(buf, cap, &len, "\xe2\x96\x88");
			else if (left > 0)
				cat(buf, cap, &len, eighths[left - 1]);
			else
				cat(buf, cap, &len, " ");
		}
	}
	cat(buf, cap, &len, "]");
	return buf;
}

char *render_tree_prefix(const bool *last, int depth, bool ascii, char *buf, size_t cap)
{
	size_t len = 0;
	int i;

	if (cap == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < depth; i++) {
		const char *s;
		if (i + 1 < depth)
			s = last[i] ? "   " : (ascii ? "|  " : "\xe2\x94\x82  ");
		else if (last[i])
			s = ascii ? "`- " : "\xe2\x94\x94\xe2\x94\x80 ";
		else
			s = ascii ? "|- " : "\xe2\x94\x9c\xe2\x94\x80 ";
		cat(buf, cap, &len, s);
	}
	return buf;
}

/* ---- periods and reports ---- */

/* Floor division: -1 / 4 is -1, not 0. */
static int floordiv(int a, int b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

int render_period_step(const char *period, int step, char *out, size_t cap)
{
	mbo_day first, last;
	const char *why;
	int y, mo, d, n;
	unsigned uy, un;

	if (period == NULL || mbo_period_parse(period, &first, &last, &why) != 0)
		return -1;
	if (step > 100000 || step < -100000)
		return -1;
	mbo_day_to_ymd(first, &y, &mo, &d);
	if (strlen(period) == 4) {
		y += step;
		n = 0;
	} else if (period[5] == 'Q') {
		n = y * 4 + (mo - 1) / 3 + step;
		y = floordiv(n, 4);
		n = n - y * 4 + 1;
	} else if (period[5] == 'W') {
		/* The ISO week of the new Monday is that of its Thursday. */
		mbo_day thursday = first + 7 * step + 3, jan1;
		mbo_day_to_ymd(thursday, &y, &mo, &d);
		if (y < 1 || y > 9999 || mbo_day_from_ymd(y, 1, 1, &jan1) != 0)
			return -1;
		n = (thursday - jan1) / 7 + 1;
	} else {
		n = y * 12 + mo - 1 + step;
		y = floordiv(n, 12);
		n = n - y * 12 + 1;
	}
	if (y < 1 || y > 9999)
		return -1;
	/* Unsigned and bounded, so that the compiler sees what fits. */
	uy = (unsigned)y % 10000u;
	un = (unsigned)n % 100u;
	if (strlen(period) == 4)
		snprintf(out, cap, "%04u", uy);
	else if (period[5] == 'Q')
		snprintf(out, cap, "%04u-Q%u", uy, un % 10u);
	else if (period[5] == 'W')
		snprintf(out, cap, "%04u-W%02u", uy, un);
	else
		snprintf(out, cap, "%04u-%02u", uy, un);
	return 0;
}

int render_tally_add(struct tally *t, const char *s)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->v[i], s) == 0) {
			t->count[i]++;
			return 0;
		}
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 8;
		char **v = realloc(t->v, cap * sizeof *v);
		size_t *count;

		if (v == NULL)
			return -1;
		t->v = v;
		count = realloc(t->count, cap * sizeof *count);
		if (count == NULL)
			return -1;
		t->count = count;
		t->cap = cap;
	}
	t->v[t->n] = strdup(s);
	if (t->v[t->n] == NULL)
		return -1;
	t->count[t->n++] = 1;
	return 0;
}

void render_tally_sort(struct tally *t)
{
	size_t i, j;

	/* A stable insertion sort (few metrics): ties keep their order. */
	for (i = 1; i < t->n; i++) {
		char *s = t->v[i];
		size_t c = t->count[i];
		for (j = i; j > 0 && t->count[j - 1] < c; j--) {
			t->v[j] = t->v[j - 1];
			t->count[j] = t->count[j - 1];
		}
		t->v[j] = s;
		t->count[j] = c;
	}
}

void render_tally_free(struct tally *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->v[i]);
	free(t->v);
	free(t->count);
	memset(t, 0, sizeof *t);
}

void render_split(int h, int nlist, int npane, int *list_rows, int *pane_rows)
{
	int keep, list;

	if (h < 0)
		h = 0;
	if (npane <= 0 || h < 6) {
		*list_rows = h;
		*pane_rows = 0;
		return;
	}
	keep = (h - 1) / 3 > 4 ? (h - 1) / 3 : 4;
	if (keep > npane)
		keep = npane;
	list = nlist < h - 1 - keep ? nlist : h - 1 - keep;
	if (list < 1)
		list = 1;
	*list_rows = list;
	*pane_rows = h - 1 - list;
}

/* The chart's left margin: 6 columns of label, a space, the axis. */
#define CHART_LABEL 6
#define CHART_LEFT (CHART_LABEL + 2)

int chart_plot_width(const struct chart_data *d, int w)
{
	(void)d;
	return w > CHART_LEFT ? w - CHART_LEFT : 0;
}

static void cell_set(struct chart *c, int y, int x, const char *s, int kind)
{
	struct chart_cell *cell;

	if (y < 0 || y >= c->h || x < 0 || x >= c->w)
		return;
	cell = &c->cells[y * c->w + x];
	snprintf(cell->s, sizeof cell->s, "%s", s);
	cell->kind = (unsigned char)kind;
}

/* Writes ASCII text s into row y from column x (one column per byte). */
static void cell_text(struct chart *c, int y, int x, const char *s, int kind)
{
	char one[2] = { 0, 0 };

	for (; *s; s++, x++) {
		one[0] = *s;
		cell_set(c, y, x, one, kind);
	}
}

int chart_render(const struct chart_data *d, int w, int h, struct chart *out)
{
	static const char *const vblocks[] = {
		"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
		"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87",
	};
	const char *full = d->ascii ? "#" : "\xe2\x96\x88";
	int ph = h - 2, pw = w - CHART_LEFT, y, x, i;
	size_t n = d->n;
	mbo_dec ymax = d->target;
	char label[40];

	memset(out, 0, sizeof *out);
	if (w < 12 || h < 4)
		return -1;
	out->cells = calloc((size_t)w * (size_t)h, sizeof *out->cells);
	if (out->cells == NULL)
		return -1;
	out->w = w;
	out->h = h;
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++)
			cell_set(out, y, x, " ", CH_EMPTY);
	if (n > (size_t)pw)
		n = (size_t)pw;

	for (i = 0; (size_t)i < n; i++) {
		if (d->plan[i] > ymax)
			ymax = d->plan[i];
		if ((size_t)i < d->nactual && d->actual[i] > ymax)
			ymax = d->actual[i];
	}
	if (ymax <= 0)
		ymax = MBO_DEC_SCALE;

	/* The y axis with its labels: the top, the middle, zero. */
	for (y = 0; y < ph; y++)
		cell_set(out, y, CHART_LEFT - 1, d->ascii ? "|" : "\xe2\x94\x82", CH_AXIS);
	for (int k = 0; k < 3; k++) {
		int ly = k == 0 ? 0 : k == 1 ? ph / 2 : ph - 1;
		mbo_dec v = k == 2 ? 0 : (mbo_dec)((__int128)ymax * (ph - ly) / ph);
		size_t len;

		if (k == 1 && (ph < 6 || ly == 0 || ly == ph - 1))
			continue;
		render_compact(v, label);
		len = strlen(label);
		if (len > CHART_LABEL)
			len = CHART_LABEL;
		label[len] = '\0';
		cell_text(out, ly, CHART_LABEL - (int)len, label, CH_LABEL);
		cell_set(out, ly, CHART_LEFT - 1, d->ascii ? "+" : "\xe2\x94\xa4", CH_AXIS);
	}
	/* The x axis. */
	cell_set(out, ph, CHART_LEFT - 1, d->ascii ? "+" : "\xe2\x94\x94", CH_AXIS);
	for (x = CHART_LEFT; x < w; x++)
		cell_set(out, ph, x, d->ascii ? "-" : "\xe2\x94\x80", CH_AXIS);

	/* The data: actual as bars, plan as dots where no bar covers them. */
	for (i = 0; (size_t)i < n; i++) {
		x = CHART_LEFT + i;
		if ((size_t)i < d->nactual && d->actual[i] > 0) {
			long long parts = (long long)(((__int128)d->actual[i] * ph * 8 + ymax / 2) / ymax);
			int k;

			if (parts > (long long)ph * 8)
				parts = (long long)ph * 8;
			for (k = 0; k < ph && parts > 0; k++, parts -= 8) {
				const char *s;
				if (parts >= 8)
					s = full;
				else if (d->ascii)
					s = parts >= 4 ? "#" : NULL;
				else
					s = vblocks[parts - 1];
				if (s)
					cell_set(out, ph - 1 - k, x, s, CH_ACTUAL);
			}
		}
		if (d->plan[i] >= 0) {
			long long row = (long long)((__int128)d->plan[i] * ph / ymax);
			if (row >= ph)
				row = ph - 1;
			y = ph - 1 - (int)row;
			if (out->cells[y * w + x].kind == CH_EMPTY)
				cell_set(out, y, x, d->ascii ? "." : "\xc2\xb7", CH_PLAN);
		}
	}

	/* Dates under the first and last columns, when both fit. */
	if (d->left && n > 0) {
		size_t ll = strlen(d->left), rl = d->right ? strlen(d->right) : 0;
		int rx = CHART_LEFT + (int)n - (int)rl;

		cell_text(out, ph + 1, CHART_LEFT, d->left, CH_LABEL);
		if (d->right && rx > CHART_LEFT + (int)ll)
			cell_text(out, ph + 1, rx, d->right, CH_LABEL);
	}
	return 0;
}

char *chart_row(const struct chart *c, int row)
{
	size_t cap, len = 0;
	char *s;
	int x;

	if (row < 0 || row >= c->h)
		return NULL;
	cap = (size_t)c->w * 4 + 1;
	s = malloc(cap);
	if (s == NULL)
		return NULL;
	s[0] = '\0';
	for (x = 0; x < c->w; x++)
		cat(s, cap, &len, c->cells[row * c->w + x].s);
	return s;
}

void chart_free(struct chart *c)
{
	free(c->cells);
	memset(c, 0, sizeof *c);
}

void chart_sample_days(mbo_day start, mbo_day due, int n, mbo_day *days)
{
	long long ndays = (long long)due - start + 1;
	int i;

	if (ndays < 1)
		ndays = 1;
	for (i = 0; i < n; i++)
		days[i] = (mbo_day)(start + ((long long)(i + 1) * ndays) / n - 1);
}

double render_reload_wait(double load_secs)
{
	double wait = load_secs * 10;

	if (load_secs < 1.0)
		return 0;
	return wait < 60 ? wait : 60;
}

bool render_reload_due(double load_secs, double since_load)
{
	return since_load >= render_reload_wait(load_secs);
}
