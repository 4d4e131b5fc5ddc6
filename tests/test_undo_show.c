/*
 * test_undo_show.c: what the core wrote in English, shown to a person
 * (mbo_change_summary_show in src/core/undo.c): the reasons of a goal's
 * history besides the change summaries test_undo.c covers. In English each
 * reads exactly as stored; in Chinese (the build's catalogue, beside this
 * binary in locale/) each fixed form is translated, the words it carries
 * (a login, a typed reason, the change undone) kept or shown in turn.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "mbo/i18n.h"
#include "mbo/text.h"
#include "mbo/undo.h"

static const char *show(const char *stored)
{
	static char buf[800];

	return mbo_change_summary_show(stored, buf, sizeof buf);
}

/* No catalogue bound yet: English, as stored. */
static void test_history_english(void **state)
{
	(void)state;
	assert_string_equal(show("proposed"), "proposed");
	assert_string_equal(show("created"), "created");
	assert_string_equal(show("split into stages"), "split into stages");
	assert_string_equal(show("the dates changed; split the goal into stages again"),
	                    "the dates changed; split the goal into stages again");
	assert_string_equal(show("undo of: revise goal 12"), "undo of: revise goal 12");
	assert_string_equal(show("close goal 3 as missed"), "close goal 3 as missed");
	assert_string_equal(show("split goal 3 by month"), "split goal 3 by month");
	assert_string_equal(show("give self feedback on bob for 2026-Q4"), "give self feedback on bob for 2026-Q4");
	assert_string_equal(show("bob was deactivated"), "bob was deactivated");
	assert_string_equal(show("bob was deactivated: left the company"),
	                    "bob was deactivated: left the company");
	/* Not a form: shown as typed. */
	assert_string_equal(show("was deactivated"), "was deactivated");
	assert_string_equal(show("bob was deactivated:"), "bob was deactivated:");
	assert_string_equal(show("undo of: "), "undo of: ");
	assert_string_equal(show("客户预算调整"), "客户预算调整");
}

static void test_history_chinese(void **state)
{
	char exe[PATH_MAX], mo[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash;

	(void)state;
	if (n <= 0)
		skip();
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (slash == NULL)
		skip();
	strcpy(slash + 1, "locale");
	snprintf(mo, sizeof mo, "%s/zh_CN/LC_MESSAGES/mbo.mo", exe);
	if (access(mo, R_OK) != 0)
		skip();
	setenv("LC_ALL", "", 1);
	setenv("LANG", "zh_CN.UTF-8", 1);
	mbo_text_init_locale();
	mbo_i18n_init(exe, "zh_CN");
	assert_string_equal(show("proposed"), "提出目标，等待上级审批");
	assert_string_equal(show("created"), "创建目标");
	assert_string_equal(show("split into stages"), "分解为阶段性目标");
	assert_string_equal(show("the dates changed; split the goal into stages again"),
	                    "日期已变更；请重新分解阶段性目标");
	/* The change undone is itself shown in Chinese ("revise goal %s" is
	 * 修正目标 %s in the catalogue). */
	assert_string_equal(show("undo of: revise goal 12"), "撤销：修正目标 12");
	assert_string_equal(show("undo of: something new"), "撤销：something new");
	/* A closing status is a key in the summary, a word on the screen;
	 * another word in its place stays as it is. */
	assert_string_equal(show("close goal 3 as missed"), "关闭目标 3（未达成）");
	assert_string_equal(show("undo of: close goal 3 as cancelled"), "撤销：关闭目标 3（已取消）");
	assert_string_equal(show("close goal 3 as someday"), "关闭目标 3（someday）");
	assert_string_equal(show("split goal 3 by month"), "拆分目标 3（按月）");
	assert_string_equal(show("give self feedback on bob for 2026-Q4"), "提交对 bob（2026-Q4）的自评反馈");
	assert_string_equal(show("replace peer feedback on bob for 2026-Q4"),
	                    "替换对 bob（2026-Q4）的同事反馈");
	/* A login that reads like a key is a login: only the relation's place
	 * is a key. */
	assert_string_equal(show("give superior feedback on peer for 2026-Q4"),
	                    "提交对 peer（2026-Q4）的上级反馈");
	/* The login and the typed reason as they are. */
	assert_string_equal(show("bob was deactivated"), "bob 已停用");
	assert_string_equal(show("bob was deactivated: 离职"), "bob 已停用：离职");
	assert_string_equal(show("客户预算调整"), "客户预算调整");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_history_english),
		cmocka_unit_test(test_history_chinese),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
