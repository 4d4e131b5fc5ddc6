/*
 * form.h: the form engine: fields edited in place, Tab and Shift-Tab
 * between them, Enter saves, Esc cancels, an error beside its field while
 * the typed text stays. A form's handlers get a host (the app) that the
 * engine only passes on: it reads nothing of it and calls nothing in it.
 */
#ifndef MBO_TUI_FORM_H
#define MBO_TUI_FORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "widgets.h"

struct app;

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
	const char *const *choices; /* FT_CHOICE: the keys (sum, self) */
	const char *(*word)(int);   /* the word of choice i (mbo/fmt.h), or NULL: _(key) */
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
/* Shows the choices of a choice field as word(i) says (mbo_fmt_relation_word:
 * a 360 relation's "self" is not the method's); keys still pick by letter. */
void field_choice_words(struct field *fl, const char *(*word)(int));
/* The field named `name`, or NULL. */
struct field *form_field(struct form *f, const char *name);
/* The text of a field as UTF-8, trimmed of surrounding spaces; of a
 * choice field, the chosen key (sum, self). Caller frees; NULL when out of
 * memory. */
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

/* Handles a key in the open form f: enum hflag bits; H_FORM_DONE (saved)
 * or H_FORM_CANCELLED (Esc) tell the caller to close and free it. The
 * handlers get `host`. */
int form_key(struct form *f, struct app *host, int key);
/* Draws f over the screen; its side panel gets `host`. */
void form_draw(struct form *f, struct app *host);
/* A click at (y, x) in f. */
int form_click(struct form *f, int y, int x);

/* Line editing of one field: returns 2 when the text changed, 1 when only
 * the cursor moved, 0 when the key is not an editing key. */
int field_key(struct field *fl, int key);
/* Draws the input of a field in `w` columns; when active, *cx gets the
 * cursor column. */
void field_draw(const struct field *fl, int y, int x, int w, bool active, int *cx);

#endif
