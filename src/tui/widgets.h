/*
 * widgets.h: the drawing pieces every screen shares, on stdscr: text fitted
 * by display width (every string from the database goes through
 * mbo_text_fit here, so control characters never reach the terminal raw),
 * progress bars, the key bar at the bottom (as htop's function bar), list
 * navigation keys, and forms: fields edited in place, Tab and Shift-Tab
 * between them, Enter saves, Esc cancels, an error beside its field while
 * the typed text stays.
 */
#ifndef MBO_TUI_WIDGETS_H
#define MBO_TUI_WIDGETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "mbo/dec.h"
#include "render.h"

struct app;

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
};

/* One entry of the key bar: the key as shown, what it does, and the key
 * code a click on it sends. */
struct keyhint {
	const char *key;
	const char *label;
	int code;
};

/* Chooses ASCII fallbacks ('~' for cut text, '#' bars); call once. */
void w_set_ascii(bool ascii);

/* Text. `s` may come from the database: it is sanitized and fitted. Each
 * returns the columns drawn. */
int w_text(int y, int x, int width, const char *s, int role);        /* padded */
int w_text_right(int y, int x, int width, const char *s, int role);  /* padded left */
int w_str(int y, int x, int maxw, const char *s, int role);          /* no padding */
/* Blanks `width` columns in a role. */
void w_fill(int y, int x, int width, int role);
/* A progress bar of `width` columns: the blocks in `role`, the brackets
 * in `frame`. */
void w_bar(const struct app *a, int y, int x, int width, mbo_dec ratio, int role, int frame);
/* The key bar on the last line; registers each entry for mouse clicks. */
void w_keybar(struct app *a, const struct keyhint *k, size_t n);

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
void page_draw(const struct app *a, struct page *p, int y, int rows);
/* Scroll keys (arrows, j/k, PgUp/PgDn, Space, Home/End, g/G): enum hflag. */
int page_key(struct page *p, int key, int rows);

/* Fields and forms. */
#define FIELD_CAP 1024
#define FORM_FIELDS 20

enum field_type { FT_TEXT, FT_CHOICE };

struct field {
	char name[24];              /* the core's word for it, to place errors */
	char label[32];
	int type;                   /* enum field_type */
	wchar_t text[FIELD_CAP];    /* what the user typed */
	size_t len, cur;            /* length and cursor, in characters */
	bool fresh;                 /* just reached with Tab: typing replaces */
	const char *const *choices; /* FT_CHOICE */
	int nchoices, choice;
	int width;                  /* input columns wanted */
	char hint[96];              /* shown after the input when no error */
	char error[400];            /* shown beside the field */
};

struct form {
	char title[160];
	struct field f[FORM_FIELDS];
	int n, cur;
	char note[400];             /* text shown above the fields */
	char message[400];          /* an error that names no field */
	/* Saves: 0 closes the form; otherwise it stays open with the errors
	 * set by the handler (form_place_error). */
	int (*submit)(struct app *a, struct form *f);
	/* After every edit (live SMART findings). */
	void (*changed)(struct app *a, struct form *f);
	/* Draws a panel right of the fields, side_w columns wide. */
	void (*side)(struct app *a, struct form *f, int y, int x, int h, int w);
	int side_w;
	int64_t goal_id, owner_id;  /* what the form is about */
	void *ctx;                  /* owned by the form; freed by ctx_free */
	void (*ctx_free)(void *ctx);
	/* Geometry of the last draw, for mouse clicks. */
	int top;                    /* first field shown */
	int row_of[FORM_FIELDS];    /* screen row of each field, -1 hidden */
	int cursor_y, cursor_x;     /* where the terminal cursor goes */
};

/* A new empty form; NULL when out of memory. Free with form_free. */
struct form *form_new(const char *title);
void form_free(struct form *f);
/* Adds a text field with an initial UTF-8 value (may be NULL). NULL when
 * the form is full. */
struct field *form_text(struct form *f, const char *name, const char *label, int width,
                        const char *initial, const char *hint);
/* Adds a field choosing one of `choices` (static strings). */
struct field *form_choice(struct form *f, const char *name, const char *label,
                          const char *const *choices, int n, int initial);
/* The field named `name`, or NULL. */
struct field *form_field(struct form *f, const char *name);
/* The text of a field as UTF-8, trimmed of surrounding spaces. Caller
 * frees; NULL when out of memory. */
char *field_value(const struct field *fl);
/* Replaces the text of a field. */
void field_set(struct field *fl, const char *utf8);
/* Clears every error of the form. */
void form_clear_errors(struct form *f);
/*
 * Puts a core message ("value: is not a number") beside the field its
 * prefix names (aliases: "day" and "date", "--assignee"), moving the
 * cursor there; else into the form's message. Returns true when placed on
 * a field.
 */
bool form_place_error(struct form *f, const char *msg);

/* Handles a key in the open form a->form; may close it. */
int form_key(struct app *a, int key);
/* Draws the open form over the screen. */
void form_draw(struct app *a);
/* A click at (y, x) in the open form. */
int form_click(struct app *a, int y, int x);

/* Line editing of one field: returns 2 when the text changed, 1 when only
 * the cursor moved, 0 when the key is not an editing key. */
int field_key(struct field *fl, int key);
/* Draws the input of a field in `w` columns; when active, *cx gets the
 * cursor column. */
void field_draw(const struct app *a, const struct field *fl, int y, int x, int w, bool active, int *cx);

#endif
