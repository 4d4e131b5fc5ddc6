/*
 * date.c: civil dates (days since 1970-01-01, proleptic Gregorian) and
 * periods. The day arithmetic follows Howard Hinnant's days_from_civil.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mbo/i18n.h"
#include "mbo/date.h"

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int mo)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return mo == 2 && is_leap(y) ? 29 : days[mo - 1];
}

static mbo_day civil(int y, int mo, int d)
{
	int era, yoe, doy, doe;

	y -= mo <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int mbo_day_from_ymd(int y, int mo, int d, mbo_day *out)
{
	if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > month_days(y, mo))
		return -1;
	*out = civil(y, mo, d);
	return 0;
}

void mbo_day_to_ymd(mbo_day z, int *y, int *mo, int *d)
{
	int era, doe, yoe, doy, mp, yy;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*mo = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*mo <= 2);
}

char *mbo_day_format(mbo_day day, char *buf)
{
	int y, mo, d;

	mbo_day_to_ymd(day, &y, &mo, &d);
	if (y < 0 || y > 9999)
		y = 0;
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + mo / 10);
	buf[6] = (char)('0' + mo % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
	return buf;
}

int mbo_day_weekday(mbo_day day)
{
	/* 1970-01-01 was a Thursday (4). */
	int w = (int)(((int64_t)day % 7 + 7 + 3) % 7);
	return w + 1;
}

/* The calendar mbo writes: four-digit years, 0001-01-01 to 9999-12-31. A
 * day beyond it would format as year 0000 and never parse back, so
 * relative dates and weeks that reach past either end are refused. */
static int in_calendar(mbo_day day)
{
	return day >= civil(1, 1, 1) && day <= civil(9999, 12, 31);
}

static const char beyond[] = N_("is beyond the calendar; dates run from 0001-01-01 to 9999-12-31");

static int parse_digits(const char *s, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int parse_ymd(const char *s, mbo_day *out, const char **why)
{
	int y, mo, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || parse_digits(s, 4, &y) ||
	    parse_digits(s + 5, 2, &mo) || parse_digits(s + 8, 2, &d)) {
		*why = _("is not a date; write YYYY-MM-DD, today, yesterday, +Nd or -Nd");
		return -1;
	}
	if (mo < 1 || mo > 12) {
		*why = _("has no such month; months run from 01 to 12");
		return -1;
	}
	if (y < 1 || d < 1 || d > month_days(y, mo)) {
		*why = _("is not a day of that month");
		return -1;
	}
	*out = civil(y, mo, d);
	return 0;
}

static int parse_relative(const char *s, mbo_day today, mbo_day *out, const char **why)
{
	if (strcmp(s, "today") == 0) {
		*out = today;
		return 0;
	}
	if (strcmp(s, "yesterday") == 0) {
		*out = today - 1;
		return 0;
	}
	if (strcmp(s, "tomorrow") == 0) {
		*out = today + 1;
		return 0;
	}
	if ((s[0] == '+' || s[0] == '-') && s[1] != '\0') {
		size_t len = strlen(s);
		int n = 0;

		if (len >= 3 && len <= 7 && s[len - 1] == 'd' && parse_digits(s + 1, (int)len - 2, &n) == 0) {
			if (n > 36600) {
				*why = _("is too far away; use at most 36600 days");
				return -1;
			}
			*out = s[0] == '+' ? today + n : today - n;
			return 0;
		}
		*why = _("is not a date; relative dates look like +3d or -7d");
		return -1;
	}
	return 1;
}

int mbo_day_parse(const char *s, mbo_day today, mbo_day *out, const char **why)
{
	mbo_day d;
	int rc;

	if (s == NULL || *s == '\0') {
		*why = _("is empty; write YYYY-MM-DD, today, yesterday, +Nd or -Nd");
		return -1;
	}
	rc = parse_relative(s, today, &d, why);
	if (rc < 0)
		return -1;
	if (rc > 0)
		return parse_ymd(s, out, why);
	if (!in_calendar(d)) {
		/* "tomorrow" on 9999-12-31, "-1d" on 0001-01-01. */
		*why = _(beyond);
		return -1;
	}
	*out = d;
	return 0;
}

mbo_day mbo_today(void)
{
	/* The override is read once; the clock every time, so a UI left open
	 * over midnight moves to the new day. tzset once, then localtime_r,
	 * which does not re-read the zone. */
	static int inited, fixed;
	static mbo_day today;
	const char *env, *why;
	time_t now;
	struct tm tm;

	if (!inited) {
		env = getenv("MBO_TODAY");
		fixed = env && *env && parse_ymd(env, &today, &why) == 0;
		tzset();
		inited = 1;
	}
	if (fixed)
		return today;
	now = time(NULL);
	localtime_r(&now, &tm);
	return civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

char *mbo_now_utc(char *buf)
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(buf, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return buf;
}

/* Monday of ISO week 1 of year y. */
static mbo_day iso_week1(int y)
{
	mbo_day jan4 = civil(y, 1, 4);
	return jan4 - (mbo_day_weekday(jan4) - 1);
}

int mbo_period_parse(const char *s, mbo_day *first, mbo_day *last, const char **why)
{
	size_t len = s ? strlen(s) : 0;
	int y, n;

	*why = _("is not a period; write 2026, 2026-Q4, 2026-11 or 2026-W48");
	if (len < 4 || parse_digits(s, 4, &y) || y < 1)
		return -1;
	if (len == 4) {
		*first = civil(y, 1, 1);
		*last = civil(y, 12, 31);
		return 0;
	}
	if (s[4] != '-')
		return -1;
	if (len == 7 && s[5] == 'Q' && s[6] >= '1' && s[6] <= '4') {
		n = s[6] - '0';
		*first = civil(y, 3 * n - 2, 1);
		*last = civil(y, 3 * n, month_days(y, 3 * n));
		return 0;
	}
	if (len == 7 && parse_digits(s + 5, 2, &n) == 0) {
		if (n < 1 || n > 12) {
			*why = _("has no such month; months run from 01 to 12");
			return -1;
		}
		*first = civil(y, n, 1);
		*last = civil(y, n, month_days(y, n));
		return 0;
	}
	if (len == 8 && s[5] == 'W' && parse_digits(s + 6, 2, &n) == 0) {
		mbo_day w1 = iso_week1(y), next = iso_week1(y + 1);
		int weeks = (next - w1) / 7;
		if (n < 1 || n > weeks) {
			*why = weeks == 53 ? _("has no such week; that year has weeks W01 to W53")
			                   : _("has no such week; that year has weeks W01 to W52");
			return -1;
		}
		if (!in_calendar(w1 + (n - 1) * 7 + 6)) {
			/* 9999-W52 ends on 10000-01-02. */
			*why = _(beyond);
			return -1;
		}
		*first = w1 + (n - 1) * 7;
		*last = *first + 6;
		return 0;
	}
	return -1;
}

mbo_day mbo_span_end(enum mbo_span span, mbo_day day)
{
	int y, mo, d;

	switch (span) {
	case MBO_SPAN_WEEK:
		return day + (7 - mbo_day_weekday(day));
	case MBO_SPAN_MONTH:
		mbo_day_to_ymd(day, &y, &mo, &d);
		return civil(y, mo, month_days(y, mo));
	case MBO_SPAN_QUARTER:
		mbo_day_to_ymd(day, &y, &mo, &d);
		mo = ((mo - 1) / 3) * 3 + 3;
		return civil(y, mo, month_days(y, mo));
	}
	return day;
}

mbo_day mbo_day_minus_year(mbo_day day)
{
	int y, mo, d;

	mbo_day_to_ymd(day, &y, &mo, &d);
	if (y <= 1)
		return day - 365;
	if (mo == 2 && d == 29)
		d = 28;
	return civil(y - 1, mo, d);
}

void mbo_quarter_of(mbo_day day, char *buf, size_t cap)
{
	int y, mo, d;

	mbo_day_to_ymd(day, &y, &mo, &d);
	snprintf(buf, cap, "%04u-Q%u", (unsigned)y % 10000u, ((unsigned)mo - 1u) / 3u % 4u + 1u);
}
