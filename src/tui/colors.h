/*
 * colors.h: colours as roles. Screens ask for a role (a selected row, a
 * status, a field), never for a colour; one table per scheme maps roles to
 * attributes, as htop's ColorElements do. Without colours (TERM=vt100,
 * NO_COLOR) the monochrome scheme uses bold, reverse and underline, and the
 * meaning is always also in the words on screen.
 */
#ifndef MBO_TUI_COLORS_H
#define MBO_TUI_COLORS_H

#include <stdbool.h>

enum role {
	ROLE_NORMAL,
	ROLE_HEADER,       /* the tab line */
	ROLE_TAB,          /* the current tab */
	ROLE_TITLE,        /* a screen's title line */
	ROLE_COLHEAD,      /* column headings */
	ROLE_SELECTED,     /* the selected row */
	ROLE_DIM,          /* labels, secondary text */
	ROLE_SECTION,      /* section headings in the goal detail */
	/* The tones of mbo/fmt.h (enum mbo_tone), in its order: a status,
	 * a SMART level, an alert. */
	ROLE_GOOD,
	ROLE_DONE,
	ROLE_WARN,
	ROLE_BAD,
	ROLE_LATE,
	ROLE_PENDING,
	ROLE_BAR,          /* the filled part of a progress bar */
	ROLE_KEY,          /* a key in the key bar */
	ROLE_KEYLABEL,     /* its label */
	ROLE_MESSAGE,      /* a message in the message line */
	ROLE_ERROR,        /* an error: in the message line or beside a field */
	ROLE_FORM,         /* a form's box */
	ROLE_FIELD,        /* an input field */
	ROLE_FIELD_ACTIVE, /* the field with the cursor */
	ROLE_CHART_ACTUAL,
	ROLE_CHART_PLAN,
	ROLE_CHART_AXIS,
	ROLE_COUNT
};

/* Chooses the scheme: monochrome when NO_COLOR is set (non-empty) or the
 * terminal has no colours; call after initscr. */
void colors_init(void);
/* True when the monochrome scheme is in use. */
bool colors_mono(void);
/* The attributes (with the colour pair) of a role. */
int role_attr(int role);
/* Sets stdscr's attributes to a role. */
void role_set(int role);
/* The role of a tone (enum mbo_tone of mbo/fmt.h). */
int role_for_tone(int tone);

#endif
