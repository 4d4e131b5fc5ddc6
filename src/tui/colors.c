/*
 * colors.c: the colour schemes of the terminal UI (see colors.h). Each
 * scheme is a table from role to attributes; a colour scheme also names the
 * pair of foreground and background that role_attr turns into a pair number.
 */
#include <stdlib.h>
#include <curses.h>

#include "colors.h"
#include "mbo/fmt.h"
#include "mbo/i18n.h"

struct role_color {
	short fg, bg;     /* -1: the terminal's default */
	int attr;
};

/* The colour scheme, on the terminal's own background. */
static const struct role_color color_scheme[ROLE_COUNT] = {
	[ROLE_NORMAL] = { -1, -1, 0 },
	[ROLE_HEADER] = { COLOR_BLACK, COLOR_CYAN, 0 },
	[ROLE_TAB] = { COLOR_WHITE, COLOR_BLUE, A_BOLD },
	[ROLE_TITLE] = { -1, -1, A_BOLD },
	[ROLE_COLHEAD] = { COLOR_BLACK, COLOR_GREEN, 0 },
	[ROLE_SELECTED] = { COLOR_BLACK, COLOR_CYAN, 0 },
	[ROLE_DIM] = { COLOR_CYAN, -1, 0 },
	[ROLE_SECTION] = { COLOR_CYAN, -1, A_BOLD },
	[ROLE_GOOD] = { COLOR_GREEN, -1, 0 },
	[ROLE_DONE] = { COLOR_GREEN, -1, A_BOLD },
	[ROLE_WARN] = { COLOR_YELLOW, -1, A_BOLD },
	[ROLE_BAD] = { COLOR_RED, -1, A_BOLD },
	[ROLE_LATE] = { COLOR_MAGENTA, -1, A_BOLD },
	[ROLE_PENDING] = { COLOR_BLUE, -1, A_BOLD },
	[ROLE_BAR] = { COLOR_GREEN, -1, 0 },
	[ROLE_KEY] = { -1, -1, A_BOLD },
	[ROLE_KEYLABEL] = { COLOR_BLACK, COLOR_CYAN, 0 },
	[ROLE_MESSAGE] = { COLOR_GREEN, -1, A_BOLD },
	[ROLE_ERROR] = { COLOR_RED, -1, A_BOLD },
	[ROLE_FORM] = { -1, -1, 0 },
	[ROLE_FIELD] = { -1, -1, A_UNDERLINE },
	[ROLE_FIELD_ACTIVE] = { COLOR_BLACK, COLOR_WHITE, 0 },
	[ROLE_CHART_ACTUAL] = { COLOR_GREEN, -1, 0 },
	[ROLE_CHART_PLAN] = { COLOR_YELLOW, -1, A_BOLD },
	[ROLE_CHART_AXIS] = { COLOR_CYAN, -1, 0 },
};

/* The monochrome scheme: attributes a vt100 has. */
static const int mono_scheme[ROLE_COUNT] = {
	[ROLE_NORMAL] = 0,
	[ROLE_HEADER] = A_REVERSE,
	[ROLE_TAB] = A_BOLD,
	[ROLE_TITLE] = A_BOLD,
	[ROLE_COLHEAD] = A_UNDERLINE,
	[ROLE_SELECTED] = A_REVERSE,
	[ROLE_DIM] = 0,
	[ROLE_SECTION] = A_BOLD | A_UNDERLINE,
	[ROLE_GOOD] = 0,
	[ROLE_DONE] = 0,
	[ROLE_WARN] = A_BOLD,
	[ROLE_BAD] = A_BOLD | A_UNDERLINE,
	[ROLE_LATE] = A_BOLD | A_UNDERLINE,
	[ROLE_PENDING] = A_UNDERLINE,
	[ROLE_BAR] = 0,
	[ROLE_KEY] = A_BOLD,
	[ROLE_KEYLABEL] = A_REVERSE,
	[ROLE_MESSAGE] = A_BOLD,
	[ROLE_ERROR] = A_BOLD,
	[ROLE_FORM] = 0,
	[ROLE_FIELD] = A_UNDERLINE,
	[ROLE_FIELD_ACTIVE] = A_REVERSE,
	[ROLE_CHART_ACTUAL] = 0,
	[ROLE_CHART_PLAN] = A_BOLD,
	[ROLE_CHART_AXIS] = 0,
};

static int attrs[ROLE_COUNT];
static bool mono = true;

void colors_init(void)
{
	const char *nc = getenv("NO_COLOR");
	int r;

	mono = (nc && nc[0]) || !has_colors() || start_color() == ERR || COLOR_PAIRS < ROLE_COUNT + 1;
	if (!mono && use_default_colors() == ERR) {
		/* No default background: white on black instead of -1. */
		for (r = 0; r < ROLE_COUNT; r++) {
			short fg = color_scheme[r].fg < 0 ? COLOR_WHITE : color_scheme[r].fg;
			short bg = color_scheme[r].bg < 0 ? COLOR_BLACK : color_scheme[r].bg;
			init_pair((short)(r + 1), fg, bg);
			attrs[r] = (int)COLOR_PAIR(r + 1) | color_scheme[r].attr;
		}
		return;
	}
	for (r = 0; r < ROLE_COUNT; r++) {
		if (mono) {
			attrs[r] = mono_scheme[r];
			continue;
		}
		init_pair((short)(r + 1), color_scheme[r].fg, color_scheme[r].bg);
		attrs[r] = (int)COLOR_PAIR(r + 1) | color_scheme[r].attr;
	}
}

bool colors_mono(void)
{
	return mono;
}

int role_attr(int role)
{
	return role >= 0 && role < ROLE_COUNT ? attrs[role] : 0;
}

void role_set(int role)
{
	attrset(role_attr(role));
}

int role_for_tone(int tone)
{
	if (tone <= MBO_TONE_PLAIN || tone >= MBO_TONE_COUNT)
		return ROLE_NORMAL;
	return ROLE_GOOD + (tone - MBO_TONE_GOOD);
}
