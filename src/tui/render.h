/*
 * render.h: the pure helpers of the terminal UI. Nothing here calls curses
 * or the database: the screen layout from LINES and COLS, column widths,
 * list scrolling, text fitted and wrapped by display width (through the
 * core's mbo_text_*), number formats, progress bars and the burn-up chart
 * drawn into a grid of cells. tests/test_tui.c includes render.c directly.
 *
 * Strings returned by functions named *_new or documented "caller frees" are
 * heap memory owned by the caller; the others write into a caller's buffer.
 */
#ifndef MBO_TUI_RENDER_H
#define MBO_TUI_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mbo/date.h"
#include "mbo/dec.h"
#include "mbo/fmt.h"

/* The smallest terminal the UI draws in. */
#define TUI_MIN_COLS 60
#define TUI_MIN_LINES 16

/* Where the fixed parts of the screen go. */
struct tui_layout {
	int lines, cols;
	bool too_small;     /* below TUI_MIN_COLS x TUI_MIN_LINES */
	int header_y;       /* the tab line */
	int body_y, body_h; /* what the screen draws */
	int msg_y;          /* messages, the filter being typed */
	int keys_y;         /* the key bar */
};

/* Computes the layout for a terminal of `lines` x `cols`. */
void tui_layout_compute(int lines, int cols, struct tui_layout *out);

/* The one-line text shown when the terminal is too small. */
const char *tui_too_small_text(void);

/*
 * Columns of a table. Each column wants `want` columns, may shrink to `min`,
 * takes a share `grow` of the extra room (up to `max`, 0 for no limit), and
 * is hidden when space runs out, highest `drop` first (0: never hidden).
 */
struct col_spec {
	int min, want, max, grow, drop;
};

/*
 * Lays out n columns with `gap` spaces between visible ones in `width`
 * columns, starting at x = 0. Writes each column's x and width (0 when
 * hidden) and returns the total width used.
 */
int columns_layout(int width, int gap, const struct col_spec *spec, int n, int *x, int *w);

/* A scrolling list: n rows, the selected one, the first one shown. */
struct list_state {
	size_t n, sel, top;
};

enum list_move { LM_UP, LM_DOWN, LM_PGUP, LM_PGDN, LM_HOME, LM_END };

/* Moves the selection; `rows` is how many rows are visible. Returns true
 * when the selection or the scroll changed. */
bool list_move(struct list_state *l, int move, int rows);
/* Clamps sel into [0, n) and scrolls so that it is visible. */
void list_fix(struct list_state *l, int rows);
/* Selects the row shown at `row` (0 = first visible); false when no row
 * is there. */
bool list_click(struct list_state *l, int row, int rows);

/*
 * Exactly `width` columns: s sanitized and fitted (mbo_text_fit, an
 * ellipsis when cut; "~" when ascii), padded with spaces on the right, or
 * on the left when `right`. Caller frees; NULL when out of memory.
 */
char *render_fit_pad(const char *s, size_t width, bool right, bool ascii);

/*
 * Wraps s (sanitized; newlines break lines) into lines of at most `width`
 * columns, breaking at spaces when it can and never inside a character.
 * *lines gets an array of heap strings (free with render_lines_free).
 * Returns the number of lines (at least 1), or 0 when out of memory.
 */
size_t render_wrap(const char *s, size_t width, char ***lines);
void render_lines_free(char **lines, size_t n);

/* True when `needle` occurs in `hay`, ignoring ASCII case; an empty needle
 * matches everything. */
bool render_match(const char *hay, const char *needle);

/* A short form for axis labels: "950", "12.5k", "100k", "1.2M". buf >= 32. */
char *render_compact(mbo_dec v, char *buf);

/*
 * A progress bar of exactly `width` columns (width >= 3) for a ratio
 * (1.0000 = full), between brackets: "[█████▍    ]" with eighth blocks,
 * or "[#####.....]" when ascii. Writes into buf of `cap` bytes (4 * width
 * + 1 is enough); returns buf.
 */
char *render_bar(mbo_dec ratio, int width, bool ascii, char *buf, size_t cap);

/* The branch drawn before a node of a tree: `last[i]` says whether the
 * ancestor at depth i+1 (and, at depth-1, the node itself) is the last child.
 * Depth 0 gives "". buf >= 4 * 3 * depth + 1 bytes. */
char *render_tree_prefix(const bool *last, int depth, bool ascii, char *buf, size_t cap);

/* ---- periods and reports ---- */


/*
 * The period `step` periods before (negative) or after `period`, of the
 * same kind: year "2026", quarter "2026-Q4", month "2026-11" or ISO week
 * "2026-W48" (weeks cross years: 2026-W53 + 1 is 2027-W01). Writes it into
 * out (cap >= 9). Returns 0, or -1 when `period` is not a period
 * (mbo_period_parse) or the result would leave the years 1 to 9999.
 */
int render_period_step(const char *period, int step, char *out, size_t cap);

/*
 * The distinct strings of a stream, counted: how a screen offers the
 * metrics of a team's goals as the rows go by, the usual one first. Starts
 * zeroed. render_tally_add counts s, keeping a copy the first time (0, or
 * -1 when out of memory); render_tally_sort puts the most frequent first,
 * ties in the order they first came; render_tally_free frees the copies
 * and zeroes the tally.
 */
struct tally {
	char **v;          /* heap, each string heap */
	size_t *count;     /* heap, v[i] came count[i] times */
	size_t n, cap;
};
int render_tally_add(struct tally *t, const char *s);
void render_tally_sort(struct tally *t);
void render_tally_free(struct tally *t);

/*
 * Splits h rows between a list of `nlist` rows and, below a one-row rule,
 * a pane of details that wants `npane` rows: the pane keeps at least
 * min(npane, max(4, (h - 1) / 3)) rows, the list takes what it needs of
 * the rest (at least one row), and the pane gets what is left. With
 * npane 0 or h < 6 there is no pane: *pane_rows is 0 and the list has h.
 */
void render_split(int h, int nlist, int npane, int *list_rows, int *pane_rows);

/*
 * Whether a screen whose last load took load_secs should reload for
 * others' writes now, since_load seconds after that load. A load under a
 * second reloads at once (the spec's "within a second or two"); a
 * slower one (the director's alerts of 10,000 people take 3 s) waits ten
 * times its load time, at most a minute, so that the screen answers keys
 * most of the time.
 */
bool render_reload_due(double load_secs, double since_load);
/* How long after its load such a screen waits: 0 below a second. */
double render_reload_wait(double load_secs);

/* Burn-up chart. */
enum chart_kind { CH_EMPTY, CH_AXIS, CH_LABEL, CH_PLAN, CH_ACTUAL };

struct chart_cell {
	char s[5];             /* one column of UTF-8 */
	unsigned char kind;    /* enum chart_kind */
};

struct chart {
	int w, h;
	struct chart_cell *cells;   /* h rows of w cells, top row first */
};

struct chart_data {
	size_t n;               /* data columns, one per sample day */
	const mbo_dec *plan;    /* n values: the plan (expected) by that day */
	const mbo_dec *actual;  /* nactual values: the actual by that day */
	size_t nactual;         /* columns up to today */
	mbo_dec target;
	const char *left;       /* label under the first column (a date) */
	const char *right;      /* label under the last column */
	bool ascii;
};

/* How many data columns a chart of total width w has room for. */
int chart_plot_width(const struct chart_data *d, int w);

/*
 * Draws d into a grid of w x h cells: y labels and axis on the left, the
 * actual as bars (eighth blocks or '#'), the plan as dots ('·' or '.'),
 * an x axis and a label row with the first and last dates. Columns beyond
 * d->n stay empty. Returns 0, or -1 when out of memory or too small
 * (w < 12 or h < 4). Free with chart_free.
 */
int chart_render(const struct chart_data *d, int w, int h, struct chart *out);
/* Row `row` of c as one UTF-8 string. Caller frees. */
char *chart_row(const struct chart *c, int row);
void chart_free(struct chart *c);

/* The last day of each of n columns spreading [start, due] evenly. */
void chart_sample_days(mbo_day start, mbo_day due, int n, mbo_day *days);

#endif
