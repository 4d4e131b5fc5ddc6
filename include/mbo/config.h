/*
 * config.h: a person's own preferences, the file $XDG_CONFIG_HOME/mbo/config
 * (~/.config/mbo/config when XDG_CONFIG_HOME is unset or not absolute).
 * One setting per line, `name = value`; blank lines and lines whose first
 * non-blank character is # are ignored:
 *
 *   language = zh_CN        zh_CN (also zh) or en; left out: the environment's
 *   theme = mono            color, mono, or auto (colour where the terminal
 *                           has it and NO_COLOR is unset)
 *   start = team            the UI's first screen: dashboard, team, alerts,
 *                           report
 *   key.checkin = c         the UI's key for an action (mbo_config_action_name
 *                           lists them): one printable ASCII character, or
 *                           "space"
 *
 * The file is read whole or not at all: a bad line leaves every setting at
 * its default and says, in the user's language, which line and the fix.
 * The database's settings (setting.h) are the organisation's; these are
 * one person's and never change what anyone else sees.
 */
#ifndef MBO_CONFIG_H
#define MBO_CONFIG_H

#include <stddef.h>

enum mbo_theme { MBO_THEME_AUTO, MBO_THEME_COLOR, MBO_THEME_MONO };

/* The UI's main screens, in the order of its tabs. */
enum mbo_start { MBO_START_DASHBOARD, MBO_START_TEAM, MBO_START_ALERTS, MBO_START_REPORT,
                 MBO_START_SCREENS };

/* The UI's actions that have a key of their own (Tab, Enter, Esc and the
 * arrows keep theirs). */
enum mbo_key_action {
	MBO_KEY_HELP, MBO_KEY_QUIT, MBO_KEY_FILTER, MBO_KEY_NEW, MBO_KEY_UNDO,
	MBO_KEY_CHECKIN, MBO_KEY_APPROVE, MBO_KEY_REVISE, MBO_KEY_CLOSE,
	MBO_KEY_TASKS, MBO_KEY_EVAL, MBO_KEY_REPORT, MBO_KEY_PERIOD,
	MBO_KEY_METRIC, MBO_KEY_NEXT, MBO_KEY_PREV, MBO_KEY_TICK,
	MBO_KEY_SUMMARY, MBO_KEY_RATE,
	MBO_KEY_ACTIONS
};

#define MBO_CONFIG_ERR_CAP 512

struct mbo_config {
	char language[16];          /* "" when the environment decides */
	int theme;                  /* enum mbo_theme */
	int start;                  /* enum mbo_start */
	int keys[MBO_KEY_ACTIONS];      /* the key of each action, as bound */
};

/* Every setting at its default: the environment's language, theme auto,
 * the dashboard first, the keys of the help screen. */
void mbo_config_defaults(struct mbo_config *cfg);

/* The path of the config file into buf; MBO_ENOTFOUND when neither
 * XDG_CONFIG_HOME nor HOME says where it is. */
int mbo_config_path(char *buf, size_t cap);

/*
 * Reads the file at path into *cfg (first set to the defaults). A missing
 * file is MBO_OK: every default. A bad line is MBO_EUSAGE with one line in
 * err, "PATH:LINE: what is wrong; the fix", and *cfg at its defaults; a
 * file that cannot be read (or, in a privileged run, is not the real
 * user's own) is MBO_EUSAGE too, with err naming it.
 */
int mbo_config_load(const char *path, struct mbo_config *cfg, char *err, size_t cap);

/* The same for text already in memory (len bytes; may hold NUL bytes,
 * which are refused); `name` is what err calls the file. */
int mbo_config_parse(const char *text, size_t len, const char *name, struct mbo_config *cfg,
                     char *err, size_t cap);

/* An action's name in the file ("checkin"), its default key ('a'). */
const char *mbo_config_action_name(int action);
int mbo_config_action_default(int action);
/* A main screen's name in the file ("team"). */
const char *mbo_config_start_name(int start);

#endif
