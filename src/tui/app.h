/*
 * app.h: the inside of the terminal UI, shared by its files (tui.c runs
 * the loop; screen_*.c are the screens; forms.c the forms that write). Not
 * part of the public API: only tui.h is.
 *
 * A screen is a table of handlers (as tmux's cmd_entry): load from the
 * core, draw into the body, handle a key or a click, list its keys. Screens
 * form a stack: the bottom one is a main screen (my goals, team, alerts,
 * reports) that Tab switches; Enter pushes a detail screen; Esc or q pops it.
 */
#ifndef MBO_TUI_APP_H
#define MBO_TUI_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mbo/date.h"
#include "mbo/db.h"
#include "mbo/person.h"
#include "render.h"
#include "form.h"
#include "widgets.h"

struct app;
struct screen;

enum screen_kind {
	SCR_DASHBOARD, SCR_TEAM, SCR_ALERTS, SCR_REPORT,   /* the main screens, Tab order */
	SCR_GOAL, SCR_TASKS, SCR_EVAL, SCR_HELP,
	SCREEN_KINDS
};
#define MAIN_SCREENS 4

struct screen_ops {
	int kind;                              /* enum screen_kind */
	/* Reads what the screen shows from the core; returns an mbo_rc and
	 * leaves the message for the message line. */
	int (*load)(struct app *a, struct screen *s);
	/* Draws the body: rows a->lay.body_y .. + body_h. */
	void (*draw)(struct app *a, struct screen *s);
	/* A key; returns enum hflag bits. */
	int (*key)(struct app *a, struct screen *s, int key);
	/* A click in the body (y, x in screen coordinates); `twice` for a
	 * double click. May be NULL. */
	int (*click)(struct app *a, struct screen *s, int y, int x, bool twice);
	/* The key bar entries. */
	size_t (*hints)(struct app *a, struct screen *s, const struct keyhint **out);
	/* The filter text s->filter changed; NULL when the screen has none. */
	void (*filter)(struct app *a, struct screen *s);
	/* The period form's answer; NULL when the screen shows no period. */
	void (*set_period)(struct app *a, struct screen *s, const char *period);
	void (*destroy)(struct screen *s);
};

struct screen {
	const struct screen_ops *ops;
	char crumb[160];       /* its name in the header (may hold a title) */
	bool stale;            /* load before the next draw */
	char filter[256];      /* UTF-8; "" when none */
	void *priv;            /* the screen's own state */
};

#define APP_STACK 16
#define APP_HITS 48

/* Makes a screen of one kind from an id (owner, goal or subject; 0: the
 * actor) and a period (NULL: the current one); NULL when out of memory. */
typedef struct screen *(*screen_make)(struct app *a, int64_t id, const char *period);

struct app {
	mbo *m;
	const screen_make *screens;  /* by enum screen_kind: tui.c's table */
	int64_t actor;
	mbo_person me;
	bool has_team;          /* the actor has people below them */
	struct tui_layout lay;
	struct screen *stack[APP_STACK];
	int depth;
	struct form *form;      /* the open form, or NULL */
	bool filtering;         /* typing the filter of the top screen */
	struct field filter;    /* what is being typed */
	char msg[600];
	int msg_role;
	int64_t data_version;
	double load_secs;       /* how long the last screen load took */
	double loaded_at;       /* when it ended (CLOCK_MONOTONIC seconds) */
	bool reload_pending;    /* others wrote; a slow screen waits to reload */
	bool reload_msg;        /* the message line says so */
	struct w_spot hits[APP_HITS]; /* clickable places outside the body: tabs, key bar */
	int nhits;
};

/* The top screen; NULL only while starting. */
struct screen *app_top(struct app *a);
/* Pushes s (owned by the app from now on) and loads it. */
void app_push(struct app *a, struct screen *s);
/* Opens the screen of `kind` for id and period over the others: the one
 * way screens and forms navigate (see screen_make). */
void app_open(struct app *a, int kind, int64_t id, const char *period);
/* Reads s from the core again (its load), timing it. */
void app_load(struct app *a, struct screen *s);
/* Closes the top screen, unless it is the last. */
void app_pop(struct app *a);
void app_screen_free(struct screen *s);
/* The main screens in Tab order into kinds; returns how many. */
int app_main_kinds(const struct app *a, int *kinds);
/* A monotonic clock in seconds. */
double app_clock(void);
/* Replaces the whole stack with the main screen of `kind`. */
void app_switch_main(struct app *a, int kind);
/* A message in the message line, in a role (ROLE_MESSAGE, ROLE_ERROR). */
void app_msg(struct app *a, int role, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The core's last error in the message line. */
void app_core_error(struct app *a, const char *doing);
/* Opens f as the form over the screen (the app owns it). */
void app_open_form(struct app *a, struct form *f);
/* A key for the open form; closes it when saved or cancelled. */
int app_form_key(struct app *a, int key);
/* Registers a clickable place. */
void app_hit(struct app *a, int y, int x0, int x1, int code);
/* Marks every screen to be read again from the core. */
void app_stale_all(struct app *a);

/* The forms (forms.c). Each opens a form, or puts an error in the message
 * line; returns enum hflag bits. */
int form_checkin_open(struct app *a, int64_t goal_id);
int form_goal_open(struct app *a, int64_t owner);
int form_revise_open(struct app *a, int64_t goal_id);
int form_decide_open(struct app *a, int64_t goal_id);
/* Closing a goal: achieved, missed or cancelled, with a reason. */
int form_close_open(struct app *a, int64_t goal_id);
int form_task_open(struct app *a, int64_t goal_id);
int form_undo_open(struct app *a);

/* The forms of evaluation (forms_eval.c): rating `subject` (called `name`)
 * for a period, writing their summary, and the period of the top screen
 * (set through its set_period). */
int form_rate_open(struct app *a, int64_t subject, const char *period, const char *name);
int form_summary_open(struct app *a, int64_t subject, const char *period, const char *name,
                      const char *summary);
int form_period_open(struct app *a, const char *title, const char *period);

/*
 * The keys that act on one goal, shared by the goal lists and the goal
 * detail: a (check-in), r (revise), A (approve or reject), t (tasks).
 * Returns H_IGNORED for other keys.
 */
int goal_action_key(struct app *a, int64_t goal_id, int key);

/* The body rows a list may use below `header_rows` rows of headings. */
int app_list_rows(const struct app *a, int header_rows);

#endif
