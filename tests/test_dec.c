/*
 * test_dec.c: exact decimals (src/core/dec.c): parsing, formatting,
 * rounding and the arithmetic that must never lose a ten-thousandth.
 */
#include <stdio.h>
#include <string.h>

#include "fixture.h"
#include "mbo/dec.h"

static mbo_dec parse_ok(const char *s)
{
	mbo_dec v = 12345;
	const char *why = NULL;

	if (mbo_dec_parse(s, &v, &why) != 0)
		fail_msg("\"%s\" should parse: %s", s, why ? why : "(no reason)");
	return v;
}

/* Asserts s is refused with a reason containing `phrase` (NULL: any). */
static void parse_bad(const char *s, const char *phrase)
{
	mbo_dec v = 0;
	const char *why = NULL;

	if (mbo_dec_parse(s, &v, &why) != -1)
		fail_msg("\"%s\" should be refused, parsed as %lld", s ? s : "(null)", (long long)v);
	if (why == NULL || why[0] == '\0')
		fail_msg("\"%s\" refused without a reason", s ? s : "(null)");
	if (phrase && strstr(why, phrase) == NULL)
		fail_msg("\"%s\": reason \"%s\" should mention \"%s\"", s ? s : "(null)", why, phrase);
}

static void test_parse_values(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("12"), 120000);
	assert_int_equal(parse_ok("-3.5"), -35000);
	assert_int_equal(parse_ok("+0.0001"), 1);
	assert_int_equal(parse_ok("-0.0001"), -1);
	assert_int_equal(parse_ok("1234567.89"), 12345678900LL);
	assert_int_equal(parse_ok("0"), 0);
	assert_int_equal(parse_ok("-0"), 0);
	assert_int_equal(parse_ok("007"), 70000);
	assert_int_equal(parse_ok("0.5"), 5000);
	assert_int_equal(parse_ok("1000000000000"), MBO_DEC_MAX);
	assert_int_equal(parse_ok("-1000000000000"), -MBO_DEC_MAX);
	assert_int_equal(parse_ok("999999999999.9999"), MBO_DEC_MAX - 1);
	assert_int_equal(MBO_DEC(7), 70000);
}

static void test_parse_rejects(void **state)
{
	static const char *const junk[] = {
		"1e5", "1E5", "1,000", " 12", "12 ", "12abc", "abc", "-", "+", ".", "-.", "nan", "NaN",
		"inf", "-inf", "1.2.3", "--1", "+-1", "1-", "0x10", "12\n", "\t12", "1 000",
		"\xef\xbc\x91\xef\xbc\x92", /* full-width digits */
	};
	size_t i;

	(void)state;

	for (i = 0; i < sizeof junk / sizeof junk[0]; i++)
		parse_bad(junk[i], "not a number");
	parse_bad("", "empty");
	parse_bad(NULL, "empty");
	parse_bad("1.23456", "4 decimal places");
	parse_bad("0.00001", "4 decimal places");
	parse_bad("-2.50000", "4 decimal places");
	parse_bad("1000000000000.0001", "too large");
	parse_bad("-1000000000000.0001", "too large");
	parse_bad("1000000000001", "too large");
	parse_bad("10000000000000", "too large");
	/* Far beyond int64: refused, never wrapped around. */
	parse_bad("99999999999999999999999999999999", "too large");
	parse_bad("-99999999999999999999999999999999", "too large");
}

static void test_tenth_thousand_times(void **state)
{
	mbo_dec tenth = parse_ok("0.1"), sum = 0;
	char buf[32];
	int i;

	(void)state;
	for (i = 0; i < 1000; i++)
		sum += tenth;
	assert_int_equal(sum, MBO_DEC(100));
	assert_string_equal(mbo_dec_format(sum, 2, false, buf), "100.00");
	/* And the same through text each time, as check-ins arrive. */
	sum = 0;
	for (i = 0; i < 1000; i++)
		sum += parse_ok(mbo_dec_format(tenth, 0, false, buf));
	assert_int_equal(sum, MBO_DEC(100));
}

static void test_format(void **state)
{
	char buf[32];

	(void)state;
	assert_string_equal(mbo_dec_format(parse_ok("1234567.5"), 2, true, buf), "1,234,567.50");
	assert_string_equal(mbo_dec_format(parse_ok("1234567.5"), 2, false, buf), "1234567.50");
	assert_string_equal(mbo_dec_format(parse_ok("-1234.5678"), 0, true, buf), "-1,234.5678");
	assert_string_equal(mbo_dec_format(parse_ok("-0.5"), 2, false, buf), "-0.50");
	assert_string_equal(mbo_dec_format(parse_ok("-0.0001"), 0, false, buf), "-0.0001");
	assert_string_equal(mbo_dec_format(0, 2, false, buf), "0.00");
	assert_string_equal(mbo_dec_format(0, 0, false, buf), "0");
	assert_string_equal(mbo_dec_format(MBO_DEC(100), 0, false, buf), "100");
	assert_string_equal(mbo_dec_format(parse_ok("0.0123"), 0, false, buf), "0.0123");
	assert_string_equal(mbo_dec_format(parse_ok("2.5"), 0, false, buf), "2.5");
	assert_string_equal(mbo_dec_format(parse_ok("2.5"), 3, false, buf), "2.500");
	/* min_places beyond four is clipped to the stored precision. */
	assert_string_equal(mbo_dec_format(1, 6, false, buf), "0.0001");
	assert_string_equal(mbo_dec_format(MBO_DEC(7), 9, false, buf), "7.0000");
	/* Grouping boundaries. */
	assert_string_equal(mbo_dec_format(MBO_DEC(999), 0, true, buf), "999");
	assert_string_equal(mbo_dec_format(MBO_DEC(1000), 0, true, buf), "1,000");
	assert_string_equal(mbo_dec_format(MBO_DEC(-1000), 0, true, buf), "-1,000");
	assert_string_equal(mbo_dec_format(MBO_DEC(100000), 0, true, buf), "100,000");
	assert_string_equal(mbo_dec_format(MBO_DEC(-100000), 0, true, buf), "-100,000");
	assert_string_equal(mbo_dec_format(MBO_DEC_MAX, 2, true, buf), "1,000,000,000,000.00");
	assert_string_equal(mbo_dec_format(-MBO_DEC_MAX, 0, false, buf), "-1000000000000");
}

/* The extremes of the type: mbo_dec_format negates through unsigned so that
 * INT64_MIN prints; everything it calls must cope too (UBSan checks). Kept
 * last: a sanitizer abort here does not hide the other tests. */
static void test_format_extremes(void **state)
{
	char buf[32];

	(void)state;
	assert_string_equal(mbo_dec_format(INT64_MAX, 0, false, buf), "922337203685477.5807");
	assert_int_equal(mbo_dec_places(INT64_MAX), 4);
	assert_int_equal(mbo_dec_places(INT64_MIN), 4);
	assert_string_equal(mbo_dec_format(INT64_MIN, 0, true, buf), "-922,337,203,685,477.5808");
}

static void test_round_trip(void **state)
{
	static const char *const texts[] = {
		"0", "1", "-1", "0.1", "0.0001", "-0.0001", "12.5", "99.99", "1234567.891",
		"1000000000000", "-1000000000000", "999999999999.9999", "3.1416", "-42.42",
	};
	char buf[32];
	size_t i;
	mbo_dec v;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		v = parse_ok(texts[i]);
		assert_string_equal(mbo_dec_format(v, 0, false, buf), texts[i]);
		assert_int_equal(parse_ok(mbo_dec_format(v, 4, false, buf)), v);
		assert_int_equal(parse_ok(mbo_dec_format(v, 2, false, buf)), v);
	}
	/* A sweep over values with every number of decimals, both signs. */
	for (v = -MBO_DEC(3); v <= MBO_DEC(3); v += 7)
		assert_int_equal(parse_ok(mbo_dec_format(v, 0, false, buf)), v);
	for (v = MBO_DEC_MAX; v > MBO_DEC_MAX - 5000; v -= 13)
		assert_int_equal(parse_ok(mbo_dec_format(v, 1, false, buf)), v);
}

static void test_places(void **state)
{
	(void)state;
	assert_int_equal(mbo_dec_places(0), 0);
	assert_int_equal(mbo_dec_places(MBO_DEC(12)), 0);
	assert_int_equal(mbo_dec_places(parse_ok("1.5")), 1);
	assert_int_equal(mbo_dec_places(parse_ok("-2.25")), 2);
	assert_int_equal(mbo_dec_places(parse_ok("0.125")), 3);
	assert_int_equal(mbo_dec_places(parse_ok("-0.0001")), 4);
}

static void test_round_half_away_from_zero(void **state)
{
	(void)state;
	assert_int_equal(mbo_dec_round(parse_ok("2.345"), 2), parse_ok("2.35"));
	assert_int_equal(mbo_dec_round(parse_ok("-2.345"), 2), parse_ok("-2.35"));
	assert_int_equal(mbo_dec_round(parse_ok("2.3449"), 2), parse_ok("2.34"));
	assert_int_equal(mbo_dec_round(parse_ok("-2.3449"), 2), parse_ok("-2.34"));
	assert_int_equal(mbo_dec_round(parse_ok("0.5"), 0), MBO_DEC(1));
	assert_int_equal(mbo_dec_round(parse_ok("-0.5"), 0), MBO_DEC(-1));
	assert_int_equal(mbo_dec_round(parse_ok("2.5"), 0), MBO_DEC(3));
	assert_int_equal(mbo_dec_round(parse_ok("-2.5"), 0), MBO_DEC(-3));
	assert_int_equal(mbo_dec_round(parse_ok("1.4999"), 0), MBO_DEC(1));
	assert_int_equal(mbo_dec_round(parse_ok("-1.4999"), 0), MBO_DEC(-1));
	assert_int_equal(mbo_dec_round(parse_ok("0.0015"), 3), parse_ok("0.002"));
	assert_int_equal(mbo_dec_round(parse_ok("-0.0015"), 3), parse_ok("-0.002"));
	assert_int_equal(mbo_dec_round(parse_ok("0.0014"), 3), parse_ok("0.001"));
	assert_int_equal(mbo_dec_round(parse_ok("9.95"), 1), MBO_DEC(10));
	assert_int_equal(mbo_dec_round(parse_ok("-9.95"), 1), MBO_DEC(-10));
	assert_int_equal(mbo_dec_round(parse_ok("1.2345"), 4), parse_ok("1.2345"));
	assert_int_equal(mbo_dec_round(parse_ok("7"), 0), MBO_DEC(7));
	assert_int_equal(mbo_dec_round(parse_ok("-7"), 2), MBO_DEC(-7));
}

static mbo_dec mul(const char *a, const char *b)
{
	mbo_dec out = 0;

	if (mbo_dec_mul(parse_ok(a), parse_ok(b), &out) != 0)
		fail_msg("%s * %s failed", a, b);
	return out;
}

static mbo_dec divide(const char *a, const char *b)
{
	mbo_dec out = 0;

	if (mbo_dec_div(parse_ok(a), parse_ok(b), &out) != 0)
		fail_msg("%s / %s failed", a, b);
	return out;
}

static void test_mul(void **state)
{
	mbo_dec out = 0;

	(void)state;
	assert_int_equal(mul("0.1", "0.1"), parse_ok("0.01"));
	assert_int_equal(mul("1.5", "-2"), MBO_DEC(-3));
	assert_int_equal(mul("-1.5", "-2"), MBO_DEC(3));
	assert_int_equal(mul("1234567.89", "3"), parse_ok("3703703.67"));
	assert_int_equal(mul("1000000000000", "1"), MBO_DEC_MAX);
	assert_int_equal(mul("0", "123.4567"), 0);
	/* 0.00005 rounds away from zero. */
	assert_int_equal(mul("0.0001", "0.5"), 1);
	assert_int_equal(mul("-0.0001", "0.5"), -1);
	assert_int_equal(mul("0.0001", "0.4999"), 0);
	assert_int_equal(mul("0.0001", "-0.4999"), 0);
	assert_int_equal(mul("1.0005", "0.5"), parse_ok("0.5003"));
	/* Past 64 bits in the intermediate, exact in the result. */
	assert_int_equal(mul("10000000", "10000000"), MBO_DEC(100000000000000LL));
	/* Overflow is refused. */
	assert_int_equal(mbo_dec_mul(MBO_DEC_MAX, MBO_DEC_MAX, &out), -1);
	assert_int_equal(mbo_dec_mul(MBO_DEC(1000000000), MBO_DEC(1000000000), &out), -1);
	assert_int_equal(mbo_dec_mul(-MBO_DEC_MAX, MBO_DEC_MAX, &out), -1);
	assert_int_equal(mbo_dec_mul(INT64_MAX, MBO_DEC(2), &out), -1);
}

static void test_div(void **state)
{
	mbo_dec out = 0;

	(void)state;
	assert_int_equal(divide("1", "3"), parse_ok("0.3333"));
	assert_int_equal(divide("2", "3"), parse_ok("0.6667"));
	assert_int_equal(divide("-2", "3"), parse_ok("-0.6667"));
	assert_int_equal(divide("2", "-3"), parse_ok("-0.6667"));
	assert_int_equal(divide("-2", "-3"), parse_ok("0.6667"));
	assert_int_equal(divide("10", "4"), parse_ok("2.5"));
	assert_int_equal(divide("1", "8"), parse_ok("0.125"));
	assert_int_equal(divide("1", "32"), parse_ok("0.0313"));   /* 0.03125 */
	assert_int_equal(divide("-1", "32"), parse_ok("-0.0313"));
	assert_int_equal(divide("100", "0.1"), MBO_DEC(1000));
	assert_int_equal(divide("1000000000000", "1000000000000"), MBO_DEC(1));
	assert_int_equal(divide("0", "7"), 0);
	/* Division by zero and overflow are refused. */
	assert_int_equal(mbo_dec_div(MBO_DEC(1), 0, &out), -1);
	assert_int_equal(mbo_dec_div(0, 0, &out), -1);
	assert_int_equal(mbo_dec_div(MBO_DEC_MAX, 1, &out), -1);
	assert_int_equal(mbo_dec_div(-MBO_DEC_MAX, 1, &out), -1);
	/* Division and multiplication undo each other where exact. */
	assert_int_equal(divide("3703703.67", "3"), parse_ok("1234567.89"));
}

static void test_muldiv(void **state)
{
	mbo_dec out = 0;

	(void)state;
	assert_int_equal(mbo_dec_muldiv(MBO_DEC(100), 1, 3, &out), 0);
	assert_int_equal(out, parse_ok("33.3333"));
	assert_int_equal(mbo_dec_muldiv(MBO_DEC(100), 2, 3, &out), 0);
	assert_int_equal(out, parse_ok("66.6667"));
	assert_int_equal(mbo_dec_muldiv(MBO_DEC(-100), 2, 3, &out), 0);
	assert_int_equal(out, parse_ok("-66.6667"));
	assert_int_equal(mbo_dec_muldiv(MBO_DEC(1), 1, -3, &out), 0);
	assert_int_equal(out, parse_ok("-0.3333"));
	/* Half a ten-thousandth rounds away from zero. */
	assert_int_equal(mbo_dec_muldiv(5, 1, 2, &out), 0);
	assert_int_equal(out, 3);
	assert_int_equal(mbo_dec_muldiv(-5, 1, 2, &out), 0);
	assert_int_equal(out, -3);
	/* The 128-bit intermediate: 10^16 * 10^6 does not fit 64 bits. */
	assert_int_equal(mbo_dec_muldiv(MBO_DEC_MAX, 1000000, 1000000, &out), 0);
	assert_int_equal(out, MBO_DEC_MAX);
	assert_int_equal(mbo_dec_muldiv(MBO_DEC_MAX, INT64_MAX, INT64_MAX, &out), 0);
	assert_int_equal(out, MBO_DEC_MAX);
	/* Shares of a whole: 7 parts of 100 / 7 add back to 100 within rounding. */
	assert_int_equal(mbo_dec_muldiv(MBO_DEC(100), 3, 7, &out), 0);
	assert_int_equal(out, parse_ok("42.8571"));
	/* Refusals. */
	assert_int_equal(mbo_dec_muldiv(MBO_DEC(1), 1, 0, &out), -1);
	assert_int_equal(mbo_dec_muldiv(MBO_DEC_MAX, INT64_MAX, 1, &out), -1);
	assert_int_equal(mbo_dec_muldiv(-MBO_DEC_MAX, 1000000, 1, &out), -1);
}

/* The shared rounding of computed values: half away from zero, either sign
 * of the denominator; saturation far from overflow. */
static void test_div_round_and_sat(void **state)
{
	(void)state;
	assert_true(mbo_div_round(5, 2) == 3);
	assert_true(mbo_div_round(-5, 2) == -3);
	assert_true(mbo_div_round(5, -2) == -3);
	assert_true(mbo_div_round(7, 3) == 2);
	assert_true(mbo_div_round(-7, 3) == -2);
	assert_true(mbo_div_round((__int128)INT64_MAX * 4, 2) == (__int128)INT64_MAX * 2);
	assert_int_equal(mbo_dec_sat((__int128)INT64_MAX * 8), MBO_DEC_SAT);
	assert_int_equal(mbo_dec_sat(-(__int128)INT64_MAX * 8), -MBO_DEC_SAT);
	assert_int_equal(mbo_dec_sat(12345), 12345);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_values),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_tenth_thousand_times),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_round_half_away_from_zero),
		cmocka_unit_test(test_mul),
		cmocka_unit_test(test_div),
		cmocka_unit_test(test_muldiv),
		cmocka_unit_test(test_format_extremes),
		cmocka_unit_test(test_div_round_and_sat),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
