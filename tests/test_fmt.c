/*
 * test_fmt.c: how numbers read in both faces (mbo/fmt.h). Each figure is
 * worked here: values are in ten-thousandths (MBO_DEC(1) = 10000), and each
 * rounding edge is tried below, on and above its half.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "mbo/alert.h"
#include "mbo/fmt.h"
#include "mbo/progress.h"
#include "mbo/smart.h"

static void test_num(void **state)
{
	char buf[MBO_FMT_MAX];

	(void)state;
	/* 5272.7273 -> two places: 5272.73, grouped. */
	assert_string_equal(mbo_fmt_num(52727273, buf), "5,272.73");
	assert_string_equal(mbo_fmt_num(MBO_DEC(100000), buf), "100,000");
	assert_string_equal(mbo_fmt_num(400, buf), "0.04");
	assert_string_equal(mbo_fmt_num(-MBO_DEC(3) / 2, buf), "-1.5");
	/* The half of the second place: 2.1249 down, 2.125 up, 2.1251 up;
	 * away from zero below zero too. */
	assert_string_equal(mbo_fmt_num(21249, buf), "2.12");
	assert_string_equal(mbo_fmt_num(21250, buf), "2.13");
	assert_string_equal(mbo_fmt_num(21251, buf), "2.13");
	assert_string_equal(mbo_fmt_num(-21250, buf), "-2.13");
	assert_string_equal(mbo_fmt_num(-21249, buf), "-2.12");
	/* The largest value, 10^12, grouped by thousands. */
	assert_string_equal(mbo_fmt_num(MBO_DEC_MAX, buf), "1,000,000,000,000");
}

static void test_pct(void **state)
{
	char buf[MBO_FMT_MAX];

	(void)state;
	/* 0.8820 * 100 = 88.20 -> 88%; 0.8849 -> 88.49 -> 88%; 0.8850 ->
	 * 88.50 -> 89% (the half goes up); 0.8851 -> 89%. */
	assert_string_equal(mbo_fmt_pct(8820, 0, buf), "88%");
	assert_string_equal(mbo_fmt_pct(8849, 0, buf), "88%");
	assert_string_equal(mbo_fmt_pct(8850, 0, buf), "89%");
	assert_string_equal(mbo_fmt_pct(8851, 0, buf), "89%");
	assert_string_equal(mbo_fmt_pct(-8850, 0, buf), "-89%");
	assert_string_equal(mbo_fmt_pct(MBO_DEC_SCALE, 0, buf), "100%");
	assert_string_equal(mbo_fmt_pct(12345, 0, buf), "123%");
	assert_string_equal(mbo_fmt_pct(0, 0, buf), "0%");
	/* 12.5 * 100 = 1250, grouped. */
	assert_string_equal(mbo_fmt_pct(MBO_DEC(25) / 2, 0, buf), "1,250%");
	/* Two places: 0.935 -> 93.50%; 0.0001 -> 0.01%. */
	assert_string_equal(mbo_fmt_pct(9350, 2, buf), "93.50%");
	assert_string_equal(mbo_fmt_pct(1, 2, buf), "0.01%");
	/* The largest value as a ratio: 10^12 * 100 = 10^14 percent. */
	assert_string_equal(mbo_fmt_pct(MBO_DEC_MAX, 0, buf), "100,000,000,000,000%");
	/* A ratio whose percentage does not fit 64 bits (9.2 * 10^14 * 100 *
	 * 10^4 > 2^63) shows the largest value instead of wrapping to a
	 * negative number. */
	assert_string_equal(mbo_fmt_pct(INT64_MAX, 0, buf), "1,000,000,000,000%");
	assert_string_equal(mbo_fmt_pct(-INT64_MAX, 0, buf), "-1,000,000,000,000%");
}

static void test_percent(void **state)
{
	char buf[MBO_FMT_MAX];

	(void)state;
	/* A score of 93.5 (percent already) with two places. */
	assert_string_equal(mbo_fmt_percent(MBO_DEC(935) / 10, 2, buf), "93.50%");
	/* 71.4849 -> 71.48; 71.485 -> 71.49; 71.4851 -> 71.49. */
	assert_string_equal(mbo_fmt_percent(714849, 2, buf), "71.48%");
	assert_string_equal(mbo_fmt_percent(714850, 2, buf), "71.49%");
	assert_string_equal(mbo_fmt_percent(714851, 2, buf), "71.49%");
	assert_string_equal(mbo_fmt_percent(MBO_DEC(120), 2, buf), "120.00%");
	assert_string_equal(mbo_fmt_percent(MBO_DEC(1200), 0, buf), "1,200%");
}

static void test_change(void **state)
{
	char buf[MBO_FMT_MAX];

	(void)state;
	/* 0.5 -> +50%; 0.8 -> +80%; -0.1234 -> -12.34 -> one place: -12.3%. */
	assert_string_equal(mbo_fmt_change(5000, buf), "+50%");
	assert_string_equal(mbo_fmt_change(8000, buf), "+80%");
	assert_string_equal(mbo_fmt_change(-1234, buf), "-12.3%");
	/* The half of the first place: 0.12345 is not a value; 0.1235 ->
	 * 12.35 -> 12.4; 0.1234 -> 12.3. */
	assert_string_equal(mbo_fmt_change(1235, buf), "+12.4%");
	assert_string_equal(mbo_fmt_change(1234, buf), "+12.3%");
	assert_string_equal(mbo_fmt_change(0, buf), "+0%");
	/* 30 times over: +3,000%. */
	assert_string_equal(mbo_fmt_change(MBO_DEC(30), buf), "+3,000%");
}

/* Each status has one word and one tone, whichever face shows it; an
 * unknown value reads "?" in the plain tone rather than as a real status. */
static void test_status_words(void **state)
{
	(void)state;
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_ON_TRACK), "on track");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_AT_RISK), "at risk");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_OFF_TRACK), "off track");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_ACHIEVED), "achieved");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_OVERDUE), "overdue");
	assert_string_equal(mbo_fmt_pace_word(-1), "?");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_OVERDUE + 1), "?");
	assert_int_equal(mbo_fmt_pace_tone(MBO_PS_ON_TRACK), MBO_TONE_GOOD);
	assert_int_equal(mbo_fmt_pace_tone(MBO_PS_AT_RISK), MBO_TONE_WARN);
	assert_int_equal(mbo_fmt_pace_tone(MBO_PS_OFF_TRACK), MBO_TONE_BAD);
	assert_int_equal(mbo_fmt_pace_tone(MBO_PS_ACHIEVED), MBO_TONE_DONE);
	assert_int_equal(mbo_fmt_pace_tone(MBO_PS_OVERDUE), MBO_TONE_LATE);
	assert_int_equal(mbo_fmt_pace_tone(MBO_PS_OVERDUE + 1), MBO_TONE_PLAIN);

	assert_string_equal(mbo_fmt_level_word(MBO_PASS), "pass");
	assert_string_equal(mbo_fmt_level_word(MBO_WARN), "warn");
	assert_string_equal(mbo_fmt_level_word(MBO_FAIL), "fail");
	assert_int_equal(mbo_fmt_level_tone(MBO_PASS), MBO_TONE_GOOD);
	assert_int_equal(mbo_fmt_level_tone(MBO_WARN), MBO_TONE_WARN);
	assert_int_equal(mbo_fmt_level_tone(MBO_FAIL), MBO_TONE_BAD);
	assert_int_equal(mbo_fmt_level_tone(7), MBO_TONE_PLAIN);

	/* Severity 2 is serious, 1 (and anything below 2) a warning. */
	assert_string_equal(mbo_fmt_severity_word(1), "warning");
	assert_string_equal(mbo_fmt_severity_word(2), "serious");
	assert_int_equal(mbo_fmt_severity_tone(1), MBO_TONE_WARN);
	assert_int_equal(mbo_fmt_severity_tone(2), MBO_TONE_BAD);
}

/* In English a SMART letter and an alert kind read as their keys, so a
 * table that shows the word instead of the key does not change. */
static void test_letter_and_kind_words(void **state)
{
	int i;

	(void)state;
	for (i = MBO_S; i <= MBO_PRIORITY; i++)
		assert_string_equal(mbo_fmt_letter_word(i), mbo_letter_name(i));
	assert_string_equal(mbo_fmt_letter_word(MBO_CHALLENGE), "challenge");
	assert_string_equal(mbo_fmt_letter_word(MBO_PRIORITY + 1), "?");
	for (i = MBO_ALERT_OFF_TRACK; i <= MBO_ALERT_PROPOSAL; i++)
		assert_string_equal(mbo_fmt_alert_kind_word(i), mbo_alert_kind_name(i));
	assert_string_equal(mbo_fmt_alert_kind_word(MBO_ALERT_SILENT), "silent");
	assert_string_equal(mbo_fmt_alert_kind_word(-1), "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_num),
		cmocka_unit_test(test_pct),
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_change),
		cmocka_unit_test(test_status_words),
		cmocka_unit_test(test_letter_and_kind_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
