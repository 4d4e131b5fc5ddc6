/*
 * test_fmt.c: how numbers read in both faces (mbo/fmt.h). Each figure is
 * worked here: values are in ten-thousandths (MBO_DEC(1) = 10000), and each
 * rounding edge is tried below, on and above its half.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "mbo/alert.h"
#include "mbo/calendar.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/smart.h"

/* The directory of this program (the build tree), where locale/ is. */
static char g_bindir[4096];

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

/* Every key of every enum a face shows has a word, and in English the
 * word is the key itself (mbo_*_name), so a table that shows the word
 * instead of the key reads as it did. */
static void test_key_words_english(void **state)
{
	int i;

	(void)state;
	for (i = MBO_GOAL_PROPOSED; i <= MBO_GOAL_CANCELLED; i++)
		assert_string_equal(mbo_fmt_goal_status_word(i), mbo_goal_status_name(i));
	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_CANCELLED), "cancelled");
	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_CANCELLED + 1), "?");
	assert_string_equal(mbo_fmt_goal_status_word(-1), "?");
	for (i = MBO_METHOD_SELF; i <= MBO_METHOD_KPI; i++)
		assert_string_equal(mbo_fmt_method_word(i), mbo_method_name(i));
	assert_string_equal(mbo_fmt_method_word(MBO_METHOD_SELF), "self");
	assert_string_equal(mbo_fmt_method_word(MBO_METHOD_KPI + 1), "?");
	for (i = MBO_KIND_SUM; i <= MBO_KIND_LEVEL; i++)
		assert_string_equal(mbo_fmt_goal_kind_word(i), mbo_kind_name(i));
	assert_string_equal(mbo_fmt_goal_kind_word(MBO_KIND_LEVEL + 1), "?");
	for (i = MBO_DIR_UP; i <= MBO_DIR_DOWN; i++)
		assert_string_equal(mbo_fmt_direction_word(i), mbo_direction_name(i));
	assert_string_equal(mbo_fmt_direction_word(MBO_DIR_DOWN), "down");
	assert_string_equal(mbo_fmt_direction_word(-1), "?");
	for (i = MBO_EVAL_SELF; i < MBO_EVAL_NREL; i++)
		assert_string_equal(mbo_fmt_relation_word(i), mbo_eval_relation_name(i));
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_SELF), "self");
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_NREL), "?");
	for (i = MBO_ROLE_SALES; i <= MBO_ROLE_ADMIN; i++)
		assert_string_equal(mbo_fmt_role_word(i), mbo_role_name(i));
	assert_string_equal(mbo_fmt_role_word(MBO_ROLE_ADMIN + 1), "?");
	/* The calendar's keys have no _name function: the CLI writes them. */
	assert_string_equal(mbo_fmt_day_kind_word(MBO_DAY_HOLIDAY), "holiday");
	assert_string_equal(mbo_fmt_day_kind_word(MBO_DAY_WORKDAY), "workday");
	assert_string_equal(mbo_fmt_day_kind_word(MBO_DAY_WORKDAY + 1), "?");
	/* The fields of a goal's history that have a word; others none. */
	assert_string_equal(mbo_fmt_revision_field_word("status"), "status");
	assert_string_equal(mbo_fmt_revision_field_word("target"), "target");
	assert_string_equal(mbo_fmt_revision_field_word("start"), "start");
	assert_string_equal(mbo_fmt_revision_field_word("due"), "due");
	assert_string_equal(mbo_fmt_revision_field_word("weight"), "weight");
	assert_string_equal(mbo_fmt_revision_field_word("milestones"), "milestones");
	assert_null(mbo_fmt_revision_field_word("title"));
	assert_null(mbo_fmt_revision_field_word(NULL));
	assert_string_equal(mbo_fmt_yes_no_word(true), "yes");
	assert_string_equal(mbo_fmt_yes_no_word(false), "no");
}

/* The same words in Chinese, from the catalogue the build compiled
 * (locale/ beside this program), in the GLOSSARY's terms. The method
 * "self" (自我评估法) and the 360 relation "self" (自评) differ. Runs last:
 * it binds the catalogue for the rest of the program. */
static void test_key_words_chinese(void **state)
{
	char dir[sizeof g_bindir + 16], mo[sizeof dir + 40];

	(void)state;
	snprintf(dir, sizeof dir, "%s/locale", g_bindir);
	snprintf(mo, sizeof mo, "%s/zh_CN/LC_MESSAGES/mbo.mo", dir);
	if (access(mo, R_OK) != 0)
		skip(); /* built without msgfmt: no catalogue to read */
	mbo_i18n_init(dir, "zh_CN");

	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_PROPOSED), "待审批");
	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_ACTIVE), "进行中");
	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_ACHIEVED), "已达成");
	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_MISSED), "未达成");
	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_REJECTED), "已驳回");
	assert_string_equal(mbo_fmt_goal_status_word(MBO_GOAL_CANCELLED), "已取消");
	assert_string_equal(mbo_fmt_method_word(MBO_METHOD_SELF), "自我评估法");
	assert_string_equal(mbo_fmt_method_word(MBO_METHOD_NEGOTIATED), "上下级商议法");
	assert_string_equal(mbo_fmt_method_word(MBO_METHOD_BENCHMARK), "标杆法");
	assert_string_equal(mbo_fmt_method_word(MBO_METHOD_KPI), "KPI法");
	assert_string_equal(mbo_fmt_goal_kind_word(MBO_KIND_SUM), "累计型");
	assert_string_equal(mbo_fmt_goal_kind_word(MBO_KIND_LEVEL), "水平型");
	assert_string_equal(mbo_fmt_direction_word(MBO_DIR_UP), "越高越好");
	assert_string_equal(mbo_fmt_direction_word(MBO_DIR_DOWN), "越低越好");
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_SELF), "自评");
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_SUPERIOR), "上级");
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_PEER), "同事");
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_CUSTOMER), "客户");
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_SUBORDINATE), "下级");
	assert_string_equal(mbo_fmt_role_word(MBO_ROLE_SALES), "业务员");
	assert_string_equal(mbo_fmt_role_word(MBO_ROLE_MANAGER), "主管");
	assert_string_equal(mbo_fmt_role_word(MBO_ROLE_ADMIN), "管理员");
	assert_string_equal(mbo_fmt_day_kind_word(MBO_DAY_HOLIDAY), "节假日");
	assert_string_equal(mbo_fmt_day_kind_word(MBO_DAY_WORKDAY), "调休工作日");
	assert_string_equal(mbo_fmt_revision_field_word("target"), "目标值");
	assert_string_equal(mbo_fmt_revision_field_word("milestones"), "时间节点");
	assert_string_equal(mbo_fmt_yes_no_word(true), "是");
	assert_string_equal(mbo_fmt_yes_no_word(false), "否");
	/* The words already here before: a pace, a risk warning's kind. */
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_ON_TRACK), "进度正常");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_AT_RISK), "有风险");
	assert_string_equal(mbo_fmt_pace_word(MBO_PS_OFF_TRACK), "落后");
	assert_string_equal(mbo_fmt_alert_kind_word(MBO_ALERT_SILENT), "未登记进度");
	/* An unknown key is no word in any language. */
	assert_string_equal(mbo_fmt_relation_word(MBO_EVAL_NREL), "?");
}

int main(int argc, char **argv)
{
	const char *slash = argc > 0 ? strrchr(argv[0], '/') : NULL;

	if (slash && (size_t)(slash - argv[0]) < sizeof g_bindir)
		snprintf(g_bindir, sizeof g_bindir, "%.*s", (int)(slash - argv[0]), argv[0]);
	else
		snprintf(g_bindir, sizeof g_bindir, ".");

	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_num),
		cmocka_unit_test(test_pct),
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_change),
		cmocka_unit_test(test_status_words),
		cmocka_unit_test(test_letter_and_kind_words),
		cmocka_unit_test(test_key_words_english),
		cmocka_unit_test(test_key_words_chinese),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
