/*
 * fmt.c: how numbers read (see fmt.h). A percentage is the ratio times 100,
 * saturating at the largest value rather than wrapping, then rounded once.
 */
#include <stdio.h>
#include <string.h>

#include "mbo/fmt.h"

/* ratio * 100, saturated. */
static mbo_dec percent_of(mbo_dec ratio)
{
	mbo_dec p;

	if (mbo_dec_mul(ratio, MBO_DEC(100), &p) != 0)
		p = ratio > 0 ? MBO_DEC_MAX : -MBO_DEC_MAX;
	return p;
}

char *mbo_fmt_num(mbo_dec v, char *buf)
{
	return mbo_dec_format(mbo_dec_round(v, 2), 0, true, buf);
}

char *mbo_fmt_pct(mbo_dec ratio, int places, char *buf)
{
	return mbo_fmt_percent(percent_of(ratio), places, buf);
}

char *mbo_fmt_percent(mbo_dec percent, int places, char *buf)
{
	mbo_dec_format(mbo_dec_round(percent, places), places, true, buf);
	strcat(buf, "%");
	return buf;
}

char *mbo_fmt_change(mbo_dec ratio, char *buf)
{
	mbo_dec p = mbo_dec_round(percent_of(ratio), 1);
	char tmp[MBO_FMT_MAX];

	snprintf(buf, MBO_FMT_MAX, "%s%s%%", p >= 0 ? "+" : "", mbo_dec_format(p, 0, true, tmp));
	return buf;
}
