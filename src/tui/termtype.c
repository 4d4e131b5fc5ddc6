/*
 * termtype.c: whether this system describes a terminal type, asked of
 * terminfo without starting curses. Kept apart because <term.h> defines
 * macros named like ordinary words (columns, lines, tab).
 */
#include <stdbool.h>
#include <unistd.h>
#include <curses.h>
#include <term.h>

#include "termtype.h"

int termtype_probe(const char *term)
{
	const char *cup;
	int err = 0, r;

	/* A newterm() on a type without a description fails but keeps the
	 * screen it began (ncurses' new_prescr): setupterm() first leaves
	 * nothing behind. */
	if (setupterm(term, STDOUT_FILENO, &err) != OK)
		return TERMTYPE_UNKNOWN;
	cup = tigetstr("cup");
	r = cup == NULL || cup == (const char *)-1 ? TERMTYPE_NO_CURSOR : TERMTYPE_OK;
	del_curterm(cur_term);
	cur_term = NULL;
	return r;
}
