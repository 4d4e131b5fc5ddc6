/*
 * widgets.h: the drawing pieces every screen shares, on stdscr: text fitted
 * by display width (every string from the database goes through
 * mbo_text_fit here, so control characters never reach the terminal raw),
 * progress bars, the key bar at the bottom (as htop's function bar), list
 * navigation keys, pages. They know nothing of the app (the forms are in
 * form.h).
 */
#ifndef MBO_TUI_WIDGETS_H
#define MBO_TUI_WIDGETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "mbo/dec.h"
#include "render.h"

/* Keys: a character is its code point; a curses function key is
 * KEY_FN(KEY_NAME), beyond Unicode, so the two never clash. */
#define KEY_FN(k) (0x110000 + (k))
#define KEY_CTRL(c) ((c) & 0x1f)
#define KEY_ESCAPE 27

/* What a handler did, htop's HandlerResult: */
enum hflag {
	H_IGNORED = 0,
	H_HANDLED = 1,   /* the key was used */
	H_REDRAW = 2,    /* draw again */
	H_RELOAD = 4,    /* data changed: reload the screens from the core */
	H_QUIT = 8,      /* leave the program */
	H_BACK = 16,     /* close this screen */
	H_FORM_DONE = 32,      /* the form saved: close it */
	H_FORM_CANCELLED = 64, /* Esc: close it, nothing was saved */
};

/* One entry of the key bar: the key as shown, what it does (marked N_():
 * w_keybar translates it), and the key code a click on it sends. */
struct keyhint {
	const char *key;
	const char *label;
	int code;
};

/* Chooses ASCII fallbacks ('~' for cut text, '#' bars); call once. */
void w_set_ascii(bool ascii);
bool w_ascii(void);

/* A clickable place: row y, columns [x0, x1); a click sends `code`. */
struct w_spot {
	int y, x0, x1;
	int code;
};

/* Text. `s` may come from the database: it is sanitized and fitted. Each
 * returns the columns drawn. */
int w_text(int y, int x, int width, const char *s, int role);        /* padded */
int w_text_right(int y, int x, int width, const char *s, int role);  /* padded left */
int w_str(int y, int x, int maxw, const char *s, int role);          /* no padding */
/* Blanks `width` columns in a role. */
void w_fill(int y, int x, int width, int role);
/* A progress bar of `width` columns: the blocks in `role`, the brackets
 * in `frame`. */
void w_bar(int y, int x, int width, mbo_dec ratio, int role, int frame);
/* The key bar on row y; puts up to `cap` of the entries drawn, as places
 * for mouse clicks, in `spots` and returns how many. */
int w_keybar(int y, const struct keyhint *k, size_t n, struct w_spot *spots, int cap);

/* The width of a column of goal ids: the widest of `max_id`'s digits and
 * the header "ID" (translated). */
int w_id_width(int64_t max_id);
/*
 * A list's columns: the selection mark '>' and a blank on the left, then
 * w_list_width() columns, then one column of its own at the right edge
 * for the scroll marks, so that a mark never covers a digit of the last
 * column. w_list_marks draws them: ↑ (ASCII ^) on row `first` when rows are
 * hidden above, ↓ (v) on row `last` when rows are hidden below.
 */
int w_list_width(void);
void w_list_marks(int first, int last, bool above, bool below);

/* Arrow keys, j/k, Home/End/PgUp/PgDn on a list of `rows` visible rows:
 * H_REDRAW when it moved, H_HANDLED for a navigation key that did not,
 * H_IGNORED for any other key. */
int key_list(struct list_state *l, int key, int rows);
/* True for Enter in its forms. */
bool key_is_enter(int key);

/*
 * A page: text laid out for one width, in lines of segments, scrolled as a
 * whole (the goal detail, the evaluation). A line may instead be one row of
 * a chart, drawn cell by cell in the chart's roles.
 */
#define PAGE_SEGS 12

struct page_seg {
	char *text;       /* heap; may come from the database */
	int role;
	int x;            /* column, or -1 right after the previous segment */
	int w;            /* columns, or 0 for its own width */
	bool right;       /* right-aligned in w */
};

struct page_line {
	struct page_seg seg[PAGE_SEGS];
	int nseg;
	int chart_row;    /* >= 0: row of the page's chart */
};

struct page {
	struct page_line *lines;
	size_t n, cap;
	size_t top;       /* first line shown */
	struct chart chart;
};

/* Empties the page (its chart too); top stays. */
void page_clear(struct page *p);
/* Appends an empty line; NULL when out of memory (then the segment calls
 * below do nothing). */
struct page_line *page_line(struct page *p);
/* Appends a segment to line l: at column x (-1: after the previous one),
 * w columns (0: its own width), right-aligned when `right`. */
void page_seg(struct page_line *l, int x, int w, bool right, int role, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* "label value   " after the previous segment: the label dim. */
void page_kv(struct page_line *l, const char *label, int role, const char *value);
/* Text wrapped to `width` columns, indented. */
void page_para(struct page *p, const char *text, int indent, int width, int role);
/* A blank line and a heading. */
void page_section(struct page *p, const char *title);
/* Appends the rows of the chart c (the page takes it over). */
void page_chart(struct page *p, struct chart *c);
/* Draws `rows` lines from p->top at screen row y, with scroll marks. */
void page_draw(struct page *p, int y, int rows);
/* Scroll keys (arrows, j/k, PgUp/PgDn, Space, Home/End, g/G): enum hflag. */
int page_key(struct page *p, int key, int rows);

#endif
