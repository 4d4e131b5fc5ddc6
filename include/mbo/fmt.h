/*
 * fmt.h: how numbers and keys read, the one place for both faces (the
 * command line's tables and the terminal UI): a value, a percentage, a
 * change; the word of each key of the core (a status, a method). Each rounds
 * once, at the end, half away from zero, and groups thousands. Machine
 * output (JSON, CSV) keeps the exact decimal instead (mbo_dec_format).
 * Every buf holds at least MBO_FMT_MAX bytes.
 */
#ifndef MBO_FMT_H
#define MBO_FMT_H

#include <stdbool.h>

#include "mbo/dec.h"

#define MBO_FMT_MAX 32

/* A value for reading: two places at most, no trailing zeros: 1234.5 ->
 * "1,234.5", 2.125 -> "2.13". */
char *mbo_fmt_num(mbo_dec v, char *buf);

/* A ratio (1.0000 = 100%) as a percentage with `places` decimals (0 to
 * 4): 0.935 -> "94%" or "93.50%", 12.5 -> "1,250%". */
char *mbo_fmt_pct(mbo_dec ratio, int places, char *buf);

/* A value that is a percentage already (evaluation scores: 93.5 means
 * 93.5%), with `places` decimals: "93.50%". */
char *mbo_fmt_percent(mbo_dec percent, int places, char *buf);

/* A ratio as a signed change, one place at most: 0.5 -> "+50%", -0.1234
 * -> "-12.3%", 0 -> "+0%". */
char *mbo_fmt_change(mbo_dec ratio, char *buf);

/*
 * How a status reads, for people: its word, and its tone, the class that
 * each front end colours its own way (the command line's ANSI colours, the
 * UI's roles and its monochrome attributes). The meaning is always in the
 * word too. Machine output (JSON, CSV) keeps the key instead
 * (mbo_pace_status_name, mbo_level_name).
 */
enum mbo_tone {
	MBO_TONE_PLAIN,
	MBO_TONE_GOOD,      /* on track; a SMART letter that passes */
	MBO_TONE_DONE,      /* achieved */
	MBO_TONE_WARN,      /* at risk; a warning */
	MBO_TONE_BAD,       /* off track; a failing letter; a serious alert */
	MBO_TONE_LATE,      /* overdue */
	MBO_TONE_PENDING,   /* waiting for someone: a proposal */
	MBO_TONE_COUNT
};

/* A pace status (enum mbo_pace_status) in words: "on track", "at risk". */
const char *mbo_fmt_pace_word(int pace_status);
int mbo_fmt_pace_tone(int pace_status);
/* A SMART finding's level (enum mbo_level) in words: "pass", "warn". */
const char *mbo_fmt_level_word(int level);
int mbo_fmt_level_tone(int level);
/* A SMART letter (enum mbo_letter) for a person to read: in English the
 * key itself ("S", "challenge"), in Chinese with its principle ("S 具体",
 * "挑战性"). Machine output keeps mbo_letter_name. */
const char *mbo_fmt_letter_word(int letter);
/* An alert's kind (enum mbo_alert_kind) for a person to read: in English
 * the key itself ("off_track", "silent"), in Chinese a word ("落后",
 * "未登记进度"). Machine output keeps mbo_alert_kind_name. */
const char *mbo_fmt_alert_kind_word(int kind);
/* An alert's severity (1 or 2): "warning", "serious". */
const char *mbo_fmt_severity_word(int severity);
int mbo_fmt_severity_tone(int severity);

/*
 * The words of the core's keys, for a person to read, in the language of
 * the messages; machine output (JSON, CSV) keeps the key (mbo_*_name). In
 * English each word is the key itself. A value out of range reads "?".
 * The strings are static.
 */
/* A goal's status (enum mbo_goal_status): "proposed"; 待审批. */
const char *mbo_fmt_goal_status_word(int status);
/* How its target was set (enum mbo_method): "self"; 自我评估法. */
const char *mbo_fmt_method_word(int method);
/* A goal's kind (enum mbo_kind): "sum", "level"; 累计型, 水平型. */
const char *mbo_fmt_goal_kind_word(int kind);
/* A goal's direction (enum mbo_direction): "up", "down"; 越高越好. */
const char *mbo_fmt_direction_word(int direction);
/* A 360 relation (enum mbo_eval_relation): "self", "peer"; 自评, 同事 (the
 * relation "self" is not the method "self"). */
const char *mbo_fmt_relation_word(int relation);
/* A person's role (enum mbo_role): "sales", "manager", "admin"; 业务员. */
const char *mbo_fmt_role_word(int role);
/* A calendar exception (enum mbo_daykind): "holiday", "workday"; 节假日. */
const char *mbo_fmt_day_kind_word(int kind);
/* The field a goal's revision changed ("target", "due", ...: the keys of
 * its history), or NULL for a field without a word (show the key). */
const char *mbo_fmt_revision_field_word(const char *field);
/* A yes-or-no value: "yes", "no"; 是, 否. */
const char *mbo_fmt_yes_no_word(bool yes);

#endif
