/*
 * dec.h: exact decimal numbers. Targets, check-in values, weights and
 * money are fixed-point integers in ten-thousandths (four decimal places),
 * so 0.1 added a thousand times is exactly 100. Never binary floating point.
 */
#ifndef MBO_DEC_H
#define MBO_DEC_H

#include <stdint.h>
#include <stdbool.h>

typedef int64_t mbo_dec;

#define MBO_DEC_SCALE 10000
#define MBO_DEC_PLACES 4
/* The largest magnitude a stored value may have: 10^12 units. */
#define MBO_DEC_MAX ((mbo_dec)1000000000000 * MBO_DEC_SCALE)

#define MBO_DEC(n) ((mbo_dec)(n) * MBO_DEC_SCALE)

/*
 * Parses a decimal such as "12", "-3.5", "+0.0001", "1234567.89". Accepts an
 * optional sign, digits, one point and at most four decimals; rejects
 * exponents, group separators, spaces, "nan", empty strings and magnitudes
 * above MBO_DEC_MAX. Returns 0, or -1 with *why set to a static phrase
 * ("is not a number", "has more than 4 decimal places", "is too large").
 */
int mbo_dec_parse(const char *s, mbo_dec *out, const char **why);

/*
 * Writes v with at least `min_places` and at most four decimals (trailing
 * zeros beyond min_places dropped) into buf of size >= 32; `grouped` adds
 * thousands separators ("1,234,567.50"). Returns buf.
 */
char *mbo_dec_format(mbo_dec v, int min_places, bool grouped, char *buf);

/* Number of decimals needed to write v exactly (0 to 4). */
int mbo_dec_places(mbo_dec v);

/* Rounds v to `places` decimals (0-4), half away from zero. */
mbo_dec mbo_dec_round(mbo_dec v, int places);

/* a * b and a / b, rounded half away from zero to four places. Return -1 on
 * overflow (or b == 0), else 0. */
int mbo_dec_mul(mbo_dec a, mbo_dec b, mbo_dec *out);
int mbo_dec_div(mbo_dec a, mbo_dec b, mbo_dec *out);
/* num / den rounded half away from zero (den != 0), in 128 bits: the one
 * rounding rule of every computed ratio, percentage and share. */
__int128 mbo_div_round(__int128 num, __int128 den);
/* v held within +-MBO_DEC_SAT, a bound far from int64 overflow for computed
 * values (ratios, percentages) that could otherwise grow without limit. */
#define MBO_DEC_SAT ((mbo_dec)MBO_DEC_MAX * 100)
mbo_dec mbo_dec_sat(__int128 v);

/* a * num / den exactly rounded, with a 128-bit intermediate. */
int mbo_dec_muldiv(mbo_dec a, int64_t num, int64_t den, mbo_dec *out);

#endif
