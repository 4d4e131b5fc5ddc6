/*
 * fmt.c: how numbers and keys read (see fmt.h). A percentage is the ratio
 * times 100, saturating at the largest value rather than wrapping, then
 * rounded once. Each key's word is written here once, for both faces.
 */
#include <stdio.h>
#include <string.h>

#include "mbo/alert.h"
#include "mbo/calendar.h"
#include "mbo/eval.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
#include "mbo/i18n.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/smart.h"

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

/* ---- status words and tones ---- */

static const struct {
	const char *word;
	int tone;
} pace_look[] = {
	[MBO_PS_ON_TRACK] = { N_("on track"), MBO_TONE_GOOD },
	[MBO_PS_AT_RISK] = { N_("at risk"), MBO_TONE_WARN },
	[MBO_PS_OFF_TRACK] = { N_("off track"), MBO_TONE_BAD },
	[MBO_PS_ACHIEVED] = { N_("achieved"), MBO_TONE_DONE },
	[MBO_PS_OVERDUE] = { N_("overdue"), MBO_TONE_LATE },
};

static bool pace_known(int st)
{
	return st >= 0 && st < (int)(sizeof pace_look / sizeof pace_look[0]);
}

const char *mbo_fmt_pace_word(int st)
{
	return pace_known(st) ? _(pace_look[st].word) : "?";
}

int mbo_fmt_pace_tone(int st)
{
	return pace_known(st) ? pace_look[st].tone : MBO_TONE_PLAIN;
}

const char *mbo_fmt_level_word(int level)
{
	switch (level) {
	/* TRANSLATORS: a SMART letter's result */
	case MBO_PASS: return _("pass");
	case MBO_WARN: return _("warn");
	case MBO_FAIL: return _("fail");
	}
	return "?";
}

int mbo_fmt_level_tone(int level)
{
	switch (level) {
	case MBO_PASS: return MBO_TONE_GOOD;
	case MBO_WARN: return MBO_TONE_WARN;
	case MBO_FAIL: return MBO_TONE_BAD;
	}
	return MBO_TONE_PLAIN;
}

const char *mbo_fmt_letter_word(int letter)
{
	switch (letter) {
	/* TRANSLATORS: the SMART letters as a column shows them: the letter
	 * and its principle (具体、可衡量、可达成、相关、有时限) */
	case MBO_S: return _("S");
	case MBO_M: return _("M");
	case MBO_A: return _("A");
	case MBO_R: return _("R");
	case MBO_T: return _("T");
	/* TRANSLATORS: the method's challenge principle, a SMART check's letter */
	case MBO_CHALLENGE: return _("challenge");
	/* TRANSLATORS: the method's priority principle, a SMART check's letter */
	case MBO_PRIORITY: return _("priority");
	}
	return "?";
}

const char *mbo_fmt_alert_kind_word(int kind)
{
	switch (kind) {
	/* TRANSLATORS: the kinds of risk warning, as a column shows them; in
	 * English they are the keys themselves */
	case MBO_ALERT_OFF_TRACK: return _("off_track");
	case MBO_ALERT_AT_RISK: return _("at_risk");
	case MBO_ALERT_OVERDUE: return _("overdue");
	case MBO_ALERT_SILENT: return _("silent");
	case MBO_ALERT_MILESTONE: return _("milestone");
	case MBO_ALERT_TASK_OVERDUE: return _("task_overdue");
	case MBO_ALERT_DUE_SOON: return _("due_soon");
	case MBO_ALERT_PROPOSAL: return _("proposal");
	}
	return "?";
}

const char *mbo_fmt_severity_word(int severity)
{
	/* TRANSLATORS: an alert's severity */
	return severity >= 2 ? _("serious") : _("warning");
}

int mbo_fmt_severity_tone(int severity)
{
	return severity >= 2 ? MBO_TONE_BAD : MBO_TONE_WARN;
}

/* ---- the words of the core's keys ---- */

/* The word of `key` in a table of n words, translated; "?" out of range. */
static const char *word_of(const char *const *words, size_t n, int key)
{
	return key >= 0 && (size_t)key < n && words[key] ? _(words[key]) : "?";
}

#define WORD_OF(words, key) word_of(words, sizeof words / sizeof words[0], key)

const char *mbo_fmt_goal_status_word(int status)
{
	static const char *const words[] = {
		/* TRANSLATORS: a goal's status: proposed (waiting for approval),
		   active, achieved, missed, rejected, cancelled */
		[MBO_GOAL_PROPOSED] = N_("proposed"), [MBO_GOAL_ACTIVE] = N_("active"),
		[MBO_GOAL_ACHIEVED] = N_("achieved"), [MBO_GOAL_MISSED] = N_("missed"),
		[MBO_GOAL_REJECTED] = N_("rejected"), [MBO_GOAL_CANCELLED] = N_("cancelled"),
	};

	return WORD_OF(words, status);
}

const char *mbo_fmt_method_word(int method)
{
	static const char *const words[] = {
		/* TRANSLATORS: how a goal's target was set: the methods of the
		   GLOSSARY (自我评估法, 上下级商议法, 标杆法, KPI法). "self" as a
		   360 relation is another msgid (context "relation"). */
		[MBO_METHOD_SELF] = N_("self"), [MBO_METHOD_NEGOTIATED] = N_("negotiated"),
		[MBO_METHOD_BENCHMARK] = N_("benchmark"), [MBO_METHOD_KPI] = N_("kpi"),
	};

	return WORD_OF(words, method);
}

const char *mbo_fmt_goal_kind_word(int kind)
{
	/* TRANSLATORS: a goal's kind: "sum" adds the check-ins up (revenue),
	   "level" takes the latest (number of active customers). */
	return kind == MBO_KIND_SUM ? _("sum") : kind == MBO_KIND_LEVEL ? _("level") : "?";
}

const char *mbo_fmt_direction_word(int direction)
{
	/* TRANSLATORS: a goal's direction: "up", higher is better; "down",
	   lower is better (costs, complaints). */
	return direction == MBO_DIR_UP ? _("up") : direction == MBO_DIR_DOWN ? _("down") : "?";
}

const char *mbo_fmt_relation_word(int relation)
{
	switch (relation) {
	/* TRANSLATORS: a relation of 360-degree feedback: one's own
	   assessment (自评), not the method "self" (自我评估法) */
	case MBO_EVAL_SELF: return C_("relation", "self");
	/* TRANSLATORS: a relation of 360-degree feedback: the superior */
	case MBO_EVAL_SUPERIOR: return _("superior");
	/* TRANSLATORS: a relation of 360-degree feedback: a colleague */
	case MBO_EVAL_PEER: return _("peer");
	/* TRANSLATORS: a relation of 360-degree feedback: a customer */
	case MBO_EVAL_CUSTOMER: return _("customer");
	/* TRANSLATORS: a relation of 360-degree feedback: someone one manages */
	case MBO_EVAL_SUBORDINATE: return _("subordinate");
	}
	return "?";
}

const char *mbo_fmt_role_word(int role)
{
	static const char *const words[] = {
		/* TRANSLATORS: a person's role: a salesperson (业务员), a manager of
		   a team, an admin of mbo. */
		[MBO_ROLE_SALES] = N_("sales"), [MBO_ROLE_MANAGER] = N_("manager"), [MBO_ROLE_ADMIN] = N_("admin"),
	};

	return WORD_OF(words, role);
}

const char *mbo_fmt_day_kind_word(int kind)
{
	/* TRANSLATORS: a day of the calendar: a holiday, or an extra
	   workday (a weekend day worked, 调休). */
	return kind == MBO_DAY_HOLIDAY ? _("holiday") : kind == MBO_DAY_WORKDAY ? _("workday") : "?";
}

const char *mbo_fmt_revision_field_word(const char *field)
{
	static const char *const words[] = {
		/* TRANSLATORS: what a change of a goal changed, in its history. */
		N_("status"), N_("target"), N_("start"), N_("due"), N_("weight"), N_("milestones"),
	};
	size_t i;

	for (i = 0; field && i < sizeof words / sizeof words[0]; i++)
		if (strcmp(field, words[i]) == 0)
			return _(words[i]);
	return NULL;
}

const char *mbo_fmt_yes_no_word(bool yes)
{
	/* TRANSLATORS: a yes-or-no cell of a table */
	return yes ? _("yes") : _("no");
}
