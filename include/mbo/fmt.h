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

#endif
