/*
 * termtype.h: asks terminfo about a terminal type before curses starts.
 */
#ifndef MBO_TUI_TERMTYPE_H
#define MBO_TUI_TERMTYPE_H

enum { TERMTYPE_OK, TERMTYPE_UNKNOWN, TERMTYPE_NO_CURSOR };

/* TERMTYPE_OK when this system describes `term` and it can address the
 * cursor; TERMTYPE_NO_CURSOR when it cannot (dumb); TERMTYPE_UNKNOWN when
 * there is no description of it. */
int termtype_probe(const char *term);

#endif
