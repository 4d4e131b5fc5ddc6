/*
 * fuzz_date.c: mbo_day_parse and mbo_period_parse on arbitrary text. The
 * first byte picks "today" (the calendar's first day, an ordinary one, its
 * last), since relative dates count from it; the rest is the text.
 * Invariants: whatever parses lies in 0001-01-01..9999-12-31, formats to
 * text that parses to the same day, and a period is a well-formed span
 * (a week runs Monday to Sunday, a month ends on its last day, ...).
 */
#include <string.h>

#include "fuzz.h"
#include "mbo/date.h"

static mbo_day day_of(const char *s)
{
	mbo_day d;
	const char *why;

	if (mbo_day_parse(s, 0, &d, &why) != 0)
		abort();
	return d;
}

static void check_day(mbo_day d, const char *what, const char *s)
{
	char buf[11];
	mbo_day back, lo = day_of("0001-01-01"), hi = day_of("9999-12-31");
	const char *why;
	int y, mo, dd;

	FUZZ_CHECK(d >= lo && d <= hi, "%s of '%s' is day %d, outside 0001-01-01..9999-12-31",
	           what, s, (int)d);
	mbo_day_format(d, buf);
	FUZZ_CHECK(mbo_day_parse(buf, 0, &back, &why) == 0 && back == d,
	           "%s of '%s' formats as '%s', which does not parse back", what, s, buf);
	mbo_day_to_ymd(d, &y, &mo, &dd);
	FUZZ_CHECK(mbo_day_from_ymd(y, mo, dd, &back) == 0 && back == d,
	           "%s of '%s': ymd %d-%d-%d does not build the same day", what, s, y, mo, dd);
}

static void check_period(const char *s, mbo_day first, mbo_day last)
{
	size_t len = strlen(s);
	char q[16];

	check_day(first, "first day", s);
	check_day(last, "last day", s);
	FUZZ_CHECK(first <= last, "period '%s' ends before it starts", s);
	if (len == 8) {
		FUZZ_CHECK(mbo_day_weekday(first) == 1 && last - first == 6,
		           "week '%s' is not Monday to Sunday", s);
	} else if (len == 7 && s[5] == 'Q') {
		mbo_quarter_of(first, q, sizeof q);
		FUZZ_CHECK(strcmp(q, s) == 0, "quarter '%s' starts in %s", s, q);
		FUZZ_CHECK(mbo_span_end(MBO_SPAN_QUARTER, first) == last, "quarter '%s' ends early", s);
	} else if (len == 7) {
		FUZZ_CHECK(mbo_span_end(MBO_SPAN_MONTH, first) == last, "month '%s' ends early", s);
	} else {
		FUZZ_CHECK(last - first == 364 || last - first == 365, "year '%s' has %d days", s,
		           (int)(last - first + 1));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const todays[] = { "0001-01-01", "2026-11-27", "9999-12-31" };
	mbo_day today, d, first, last;
	const char *why = NULL;
	char *s, buf[11];

	if (size == 0)
		return 0;
	today = day_of(todays[data[0] % 3]);
	s = fuzz_str(data + 1, size - 1);
	if (mbo_day_parse(s, today, &d, &why) == 0) {
		check_day(d, "date", s);
		if (strlen(s) == 10 && s[4] == '-')
			FUZZ_CHECK(strcmp(mbo_day_format(d, buf), s) == 0, "'%s' formats as '%s'", s, buf);
	} else {
		FUZZ_CHECK(why && why[0], "'%s' refused without a reason", s);
	}
	why = NULL;
	if (mbo_period_parse(s, &first, &last, &why) == 0)
		check_period(s, first, last);
	else
		FUZZ_CHECK(why && why[0], "period '%s' refused without a reason", s);
	free(s);
	return 0;
}
