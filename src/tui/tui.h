/*
 * tui.h: the terminal UI of mbo, an ncurses front end over the core
 * library. `mbo` with no command opens it.
 */
#ifndef MBO_TUI_H
#define MBO_TUI_H

#include <stdint.h>

typedef struct mbo mbo;
struct mbo_config;

/*
 * Runs the terminal UI on the open database `m` as person `actor` until the
 * user quits (q on the first screen, F10, Ctrl-C, or a hang-up). Sets the
 * locale (mbo_text_init_locale) before curses starts and always restores the
 * terminal (endwin) before returning. Returns an exit code (enum mbo_rc):
 * 0 after a normal quit; MBO_EUSAGE when stdin or stdout is not a terminal;
 * the core's code when the actor cannot be read; MBO_EFAIL when the terminal
 * cannot be opened. Errors are printed to stderr as one line starting
 * "mbo: ". Does not close m.
 *
 * cfg is the user's config file (NULL: every default): its first screen
 * (`start`) and its keys (`key.ACTION`); language and theme are the
 * caller's. A non-empty config_err is why the file was refused (cfg then
 * holds the defaults): the UI starts anyway and shows it on the message
 * line until the first key.
 */
int tui_run(mbo *m, int64_t actor, const struct mbo_config *cfg, const char *config_err);

#endif
