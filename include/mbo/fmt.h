/*
 * fmt.h: how numbers read, the one place for both faces (the command line's
 * tables and the terminal UI): a value, a percentage, a change. Each rounds
 * once, at the end, half away from zero, and groups thousands. Machine
 * output (JSON, CSV) keeps the exact decimal instead (mbo_dec_format).
 * Every buf holds at least MBO_FMT_MAX bytes.
 */
#ifndef MBO_FMT_H
#define MBO_FMT_H

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

#endif
