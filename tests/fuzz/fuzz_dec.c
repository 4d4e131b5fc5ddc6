/*
 * fuzz_dec.c: mbo_dec_parse on arbitrary text, and the round trip through
 * mbo_dec_format. Invariants: a parsed value is within MBO_DEC_MAX; its
 * text, plain or grouped, with any minimum of places, parses back to the
 * same value; mbo_dec_places and mbo_dec_round agree with that text; and
 * multiplying or dividing by 1 gives the value back.
 */
#include <string.h>

#include "fuzz.h"
#include "mbo/dec.h"

static void ungroup(const char *in, char *out)
{
	for (; *in; in++)
		if (*in != ',')
			*out++ = *in;
	*out = '\0';
}

static void check_value(mbo_dec v, const char *s)
{
	char buf[32], plain[32];
	const char *why, *dot;
	mbo_dec back, r;
	int places;

	FUZZ_CHECK(v >= -MBO_DEC_MAX && v <= MBO_DEC_MAX, "'%s' parsed beyond the bound", s);
	for (places = 0; places <= MBO_DEC_PLACES; places++) {
		mbo_dec_format(v, places, false, buf);
		FUZZ_CHECK(mbo_dec_parse(buf, &back, &why) == 0 && back == v,
		           "'%s' formats as '%s', which does not parse back", s, buf);
		mbo_dec_format(v, places, true, buf);
		ungroup(buf, plain);
		FUZZ_CHECK(mbo_dec_parse(plain, &back, &why) == 0 && back == v,
		           "'%s' groups as '%s', which does not parse back", s, buf);
	}
	mbo_dec_format(v, 0, false, buf);
	dot = strchr(buf, '.');
	places = mbo_dec_places(v);
	FUZZ_CHECK(places == (dot ? (int)strlen(dot + 1) : 0), "'%s' as '%s' has %d places", s, buf,
	           places);
	FUZZ_CHECK(mbo_dec_round(v, places) == v, "'%s' rounded to its own places changes", s);
	FUZZ_CHECK(mbo_dec_mul(v, MBO_DEC(1), &r) == 0 && r == v, "'%s' * 1 is not itself", s);
	FUZZ_CHECK(mbo_dec_div(v, MBO_DEC(1), &r) == 0 && r == v, "'%s' / 1 is not itself", s);
	FUZZ_CHECK(mbo_dec_muldiv(v, 7, 7, &r) == 0 && r == v, "'%s' * 7 / 7 is not itself", s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);
	const char *why = NULL;
	mbo_dec v, r;

	if (mbo_dec_parse(s, &v, &why) == 0) {
		check_value(v, s);
		/* Arithmetic on two parsed values: no overflow goes unnoticed
		 * (UBSan would abort), and a product is refused, not wrapped. */
		if (mbo_dec_mul(v, v, &r) == 0)
			FUZZ_CHECK((__int128)r == mbo_div_round((__int128)v * v, MBO_DEC_SCALE),
			           "'%s' squared is %lld", s, (long long)r);
		(void)mbo_dec_div(v, v, &r);
		(void)mbo_dec_div(MBO_DEC(1), v, &r);
	} else {
		FUZZ_CHECK(why && why[0], "'%s' refused without a reason", s);
	}
	free(s);
	return 0;
}
