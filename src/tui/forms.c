/*
 * forms.c: the forms that write, one function each: a check-in, a new goal
 * (with the SMART findings beside it, checked again on every keystroke),
 * a revision with its reason, approving or rejecting a proposal, closing a
 * goal, a new task, and undo (the forms of evaluation are in forms_eval.c). Each parses what was typed only as far as the core's parsers
 * (mbo_dec_parse, mbo_day_parse) go, calls the core, and on an error puts
 * the core's message beside the field it names, keeping what was typed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "app.h"
#include "colors.h"
#include "mbo/checkin.h"
#include "mbo/fmt.h"
#include "mbo/goal.h"
#include "mbo/perm.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/smart.h"
#include "mbo/task.h"
#include "mbo/text.h"
#include "mbo/undo.h"
#include "mbo/i18n.h"

/* Sets a field's error to "why" when it is named in `name`. */
static void field_error(struct form *f, const char *name, const char *why)
{
	struct field *fl = form_field(f, name);

	if (fl && fl->error[0] == '\0')
		snprintf(fl->error, sizeof fl->error, "%s", why);
}

/* Parses a decimal field; empty gives `empty` when allowed. Returns 0, or
 * -1 after putting the reason beside the field. */
static int parse_dec(struct form *f, const char *name, bool required, mbo_dec empty, mbo_dec *out)
{
	char *v = field_value(form_field(f, name));
	const char *why = NULL;
	int rc = 0;

	if (v == NULL)
		return -1;
	if (v[0] == '\0') {
		if (required) {
			field_error(f, name, _("is empty; give a number such as 12 or 12.50"));
			rc = -1;
		}
		*out = empty;
	} else if (mbo_dec_parse(v, out, &why) != 0) {
		field_error(f, name, why ? why : _("is not a number"));
		rc = -1;
	}
	free(v);
	return rc;
}

static int parse_day(struct form *f, const char *name, bool required, mbo_day *out)
{
	char *v = field_value(form_field(f, name));
	const char *why = NULL;
	int rc = 0;

	if (v == NULL)
		return -1;
	*out = MBO_DAY_NONE;
	if (v[0] == '\0') {
		if (required) {
			field_error(f, name, _("is empty; write YYYY-MM-DD, today, yesterday, +Nd or -Nd"));
			rc = -1;
		}
	} else if (mbo_day_parse(v, mbo_today(), out, &why) != 0) {
		field_error(f, name, why ? why : _("is not a date"));
		rc = -1;
	}
	free(v);
	return rc;
}

/* ---- check-in ---- */

static int checkin_submit(struct app *a, struct form *f)
{
	mbo_dec value = 0;
	mbo_day day = MBO_DAY_NONE;
	char *note, num[48], date[16];
	int bad = 0, rc;
	int64_t id;

	bad |= parse_dec(f, "value", true, 0, &value);
	bad |= parse_day(f, "date", true, &day);
	if (bad)
		return -1;
	note = field_value(form_field(f, "note"));
	if (note == NULL)
		return -1;
	rc = mbo_checkin_add(a->m, a->actor, f->goal_id, day, value, note, &id);
	free(note);
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	app_msg(a, ROLE_MESSAGE, _("Check-in saved: %s on %s for goal %lld."), mbo_fmt_num(value, num),
	        mbo_day_format(day, date), (long long)f->goal_id);
	return 0;
}

int form_checkin_open(struct app *a, int64_t goal_id)
{
	mbo_goal g;
	struct form *f;
	char title[300], date[16], hint[120];
	int rc;

	mbo_goal_init(&g);
	rc = mbo_goal_get(a->m, a->actor, goal_id, &g);
	if (rc == MBO_OK)
		rc = mbo_checkin_may(a->m, a->actor, &g);
	if (rc) {
		app_core_error(a, _("check-in"));
		mbo_goal_clear(&g);
		return H_HANDLED | H_REDRAW;
	}
	snprintf(title, sizeof title, _("Check-in: %s"), g.title);
	f = form_new(title);
	if (f) {
		f->goal_id = goal_id;
		f->submit = checkin_submit;
		if (g.kind == MBO_KIND_LEVEL)
			snprintf(hint, sizeof hint, _("%s now (the latest counts)"), g.unit);
		else
			snprintf(hint, sizeof hint, _("%s to add"), g.unit);
		form_text(f, "value", _("Value"), 16, "", hint);
		form_text(f, "date", _("Date"), 12, mbo_day_format(mbo_today(), date), _("today, yesterday, -2d"));
		form_text(f, "note", _("Note"), 40, "", _("optional"));
	}
	mbo_goal_clear(&g);
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

/* ---- new goal ---- */

/* The keys, in the order of their enums; shown as mbo/fmt.h's words. */
static const char *const kinds[] = { "sum", "level" };
static const char *const dirs[] = { "up", "down" };
static const char *const methods[] = { "self", "negotiated", "benchmark", "kpi" };
static const char *const levels3[] = { "1", "2", "3" };

struct goalform {
	int rc;                   /* of the last SMART check */
	char err[300];
	mbo_smart_report rep;
	bool have_sugg;
	mbo_suggestion sugg;
	char unit[MBO_UNIT_MAX * 4 + 1];
};

static void copy_field(struct form *f, const char *name, char *buf, size_t cap)
{
	char *v = field_value(form_field(f, name));

	snprintf(buf, cap, "%s", v ? v : "");
	free(v);
}

/*
 * Builds a goal from the form. Strict: every field that does not parse
 * gets its error and -1 is returned; lenient (for the live SMART check):
 * what does not parse stays at its default. g must be initialised.
 */
static int goal_from_form(struct app *a, struct form *f, mbo_goal *g, bool strict)
{
	char buf[200];
	int bad = 0;
	mbo_dec d;
	mbo_day day;

	free(g->title);
	g->title = field_value(form_field(f, "title"));
	free(g->description);
	g->description = field_value(form_field(f, "description"));
	if (g->title == NULL || g->description == NULL)
		return -1;
	copy_field(f, "metric", g->metric, sizeof g->metric);
	copy_field(f, "unit", g->unit, sizeof g->unit);
	copy_field(f, "kpi", g->kpi, sizeof g->kpi);
	g->kind = form_field(f, "kind")->choice;
	g->direction = form_field(f, "direction")->choice;
	g->method = form_field(f, "method")->choice;
	g->importance = form_field(f, "importance")->choice + 1;
	g->urgency = form_field(f, "urgency")->choice + 1;
	if (parse_dec(f, "target", true, 0, &d) == 0)
		g->target = d;
	else
		bad = 1;
	if (parse_dec(f, "baseline", false, 0, &d) == 0)
		g->baseline = d;
	else
		bad = 1;
	if (parse_dec(f, "weight", false, MBO_DEC(1), &d) == 0)
		g->weight = d;
	else
		bad = 1;
	if (parse_day(f, "start", true, &day) == 0)
		g->start = day;
	else
		bad = 1;
	if (parse_day(f, "due", true, &day) == 0)
		g->due = day;
	else
		bad = 1;
	copy_field(f, "parent", buf, sizeof buf);
	g->parent_id = 0;
	if (buf[0]) {
		char *end;
		long long id = strtoll(buf, &end, 10);
		if (*end != '\0' || id <= 0) {
			field_error(f, "parent", _("is not a goal id; type the number of the parent goal or leave it empty"));
			bad = 1;
		} else {
			g->parent_id = id;
		}
	}
	copy_field(f, "owner", buf, sizeof buf);
	g->owner_id = f->owner_id ? f->owner_id : a->actor;
	if (buf[0]) {
		mbo_person p;
		if (mbo_person_find(a->m, buf, &p) == MBO_OK) {
			g->owner_id = p.id;
			snprintf(g->owner, sizeof g->owner, "%s", p.login);
		} else {
			field_error(f, "owner", _("no person with this login; see the team screen"));
			bad = 1;
		}
	}
	if (!strict) {
		/* Forget the errors: the live check must not nag while typing. */
		for (int i = 0; i < f->n; i++)
			f->f[i].error[0] = '\0';
		return 0;
	}
	return bad ? -1 : 0;
}

static void goal_changed(struct app *a, struct form *f)
{
	struct goalform *gf = f->ctx;
	char saved[FORM_FIELDS][400];
	mbo_goal g;
	int i;

	/* The lenient build must not wipe the errors of the last save. */
	for (i = 0; i < f->n; i++)
		memcpy(saved[i], f->f[i].error, sizeof saved[i]);
	mbo_goal_init(&g);
	goal_from_form(a, f, &g, false);
	for (i = 0; i < f->n; i++)
		memcpy(f->f[i].error, saved[i], sizeof saved[i]);
	gf->rc = mbo_smart_check(a->m, &g, &gf->rep);
	if (gf->rc)
		snprintf(gf->err, sizeof gf->err, "%s", mbo_errmsg(a->m));
	gf->have_sugg = false;
	if ((g.method == MBO_METHOD_BENCHMARK || g.method == MBO_METHOD_KPI) && g.metric[0] &&
	    g.start != MBO_DAY_NONE && g.due != MBO_DAY_NONE && g.due > g.start)
		gf->have_sugg = mbo_smart_suggest(a->m, g.owner_id, g.metric, g.kind, g.start, g.due,
		                                  &gf->sugg) == MBO_OK;
	snprintf(gf->unit, sizeof gf->unit, "%s", g.unit);
	mbo_goal_clear(&g);
}

static int level_role(int level)
{
	return role_for_tone(mbo_fmt_level_tone(level));
}

static const char *level_word(int level)
{
	return level == MBO_FAIL ? _("FAIL") : level == MBO_WARN ? _("warn") : _("pass");
}

/* The SMART findings: one line per letter, then the details of the ones
 * that warn or fail, as far as the rows go. */
static void smart_panel(struct app *a, const mbo_smart_report *rep, int rc, const char *err,
                        int y, int x, int h, int w)
{
	int row = 0;
	size_t i;

	w_str(y + row++, x, w, _("SMART check"), ROLE_SECTION);
	if (rc) {
		char **lines;
		size_t n = render_wrap(err, (size_t)w, &lines);
		for (i = 0; i < n && row < h; i++)
			w_str(y + row++, x, w, lines[i], ROLE_ERROR);
		render_lines_free(lines, n);
		return;
	}
	/* The level words padded to the widest (by display width, 不通过 is
	 * six columns), so that the letters line up. */
	int lw = 0, lv;
	for (lv = MBO_PASS; lv <= MBO_FAIL; lv++)
		if ((int)mbo_text_width(level_word(lv)) > lw)
			lw = (int)mbo_text_width(level_word(lv));
	for (i = 0; i < rep->n && row < h; i++) {
		const mbo_finding *fd = &rep->items[i];
		char head[40];
		int hw;
		w_text(y + row, x, lw < w ? lw : w, level_word(fd->level), level_role(fd->level));
		snprintf(head, sizeof head, " %s ", mbo_fmt_letter_word(fd->letter));
		hw = lw + w_str(y + row, x + lw, w - lw, head, level_role(fd->level));
		w_str(y + row, x + hw, w - hw, fd->message, ROLE_DIM);
		row++;
	}
	for (i = 0; i < rep->n && row + 1 < h; i++) {
		const mbo_finding *fd = &rep->items[i];
		char buf[1200], **lines;
		size_t n, k;

		if (fd->level == MBO_PASS)
			continue;
		row++;
		snprintf(buf, sizeof buf, "%s: %s%s%s", mbo_fmt_letter_word(fd->letter), fd->message,
		         fd->hint[0] ? _(" Fix: ") : "", fd->hint);
		n = render_wrap(buf, (size_t)w, &lines);
		for (k = 0; k < n && row < h; k++)
			w_str(y + row++, x, w, lines[k], k == 0 ? level_role(fd->level) : ROLE_NORMAL);
		render_lines_free(lines, n);
	}
	(void)a;
}

static void goal_side(struct app *a, struct form *f, int y, int x, int h, int w)
{
	struct goalform *gf = f->ctx;
	int used = 0;

	if (gf->have_sugg) {
		char buf[200], num[48];
		if (gf->sugg.own_samples + gf->sugg.team_samples > 0)
			snprintf(buf, sizeof buf, _("Suggested target: %s %s"), mbo_fmt_num(gf->sugg.suggested, num),
			         gf->unit);
		else
			snprintf(buf, sizeof buf, "%s", _("No history of this metric to suggest a target from."));
		w_str(y + h - 1, x, w, buf, ROLE_DIM);
		used = 1;
	}
	smart_panel(a, &gf->rep, gf->rc, gf->err, y, x, h - used, w);
}

static int goal_submit(struct app *a, struct form *f)
{
	mbo_goal g;
	int64_t id;
	int rc;

	mbo_goal_init(&g);
	if (goal_from_form(a, f, &g, true) != 0) {
		mbo_goal_clear(&g);
		return -1;
	}
	rc = mbo_goal_add(a->m, a->actor, &g, &id);
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		mbo_goal_clear(&g);
		return -1;
	}
	if (g.status == MBO_GOAL_PROPOSED)
		app_msg(a, ROLE_MESSAGE, _("Goal %lld proposed; it waits for your manager's approval."), (long long)id);
	else
		app_msg(a, ROLE_MESSAGE, _("Goal %lld saved and active."), (long long)id);
	mbo_goal_clear(&g);
	return 0;
}

int form_goal_open(struct app *a, int64_t owner)
{
	struct form *f;
	struct goalform *gf;
	mbo_person p;
	char start[16], due[16], title[600];
	int rc;

	if (owner == 0)
		owner = a->actor;
	rc = mbo_person_get(a->m, owner, &p);
	if (rc == MBO_OK)
		rc = mbo_perm_check(a->m, a->actor, MBO_ACT_GOAL_CREATE, owner);
	if (rc) {
		app_core_error(a, _("new goal"));
		return H_HANDLED | H_REDRAW;
	}
	if (owner == a->actor)
		snprintf(title, sizeof title, "%s", _("New goal"));
	else
		snprintf(title, sizeof title, _("New goal for %s"), p.name);
	f = form_new(title);
	gf = calloc(1, sizeof *gf);
	if (f == NULL || gf == NULL) {
		form_free(f);
		free(gf);
		app_msg(a, ROLE_ERROR, _("out of memory"));
		return H_HANDLED | H_REDRAW;
	}
	f->ctx = gf;
	f->ctx_free = free;
	f->owner_id = owner;
	f->submit = goal_submit;
	f->changed = goal_changed;
	f->side = goal_side;
	f->side_w = 30;
	form_text(f, "title", _("Title"), 40, "", _("what, how much, by when"));
	form_text(f, "description", _("Description"), 40, "", _("why it matters (relevance)"));
	form_text(f, "metric", _("Metric"), 20, "", _("revenue, new_customers, visits"));
	form_text(f, "unit", _("Unit"), 12, "", _("CNY, customers, visits"));
	form_text(f, "target", _("Target"), 16, "", _("the number to reach"));
	form_text(f, "baseline", _("Baseline"), 16, "", _("last period's actual"));
	field_choice_words(form_choice(f, "kind", _("Kind"), kinds, 2, MBO_KIND_SUM), mbo_fmt_goal_kind_word);
	field_choice_words(form_choice(f, "direction", _("Direction"), dirs, 2, MBO_DIR_UP),
	                   mbo_fmt_direction_word);
	form_text(f, "start", _("Start"), 12, mbo_day_format(mbo_today(), start), _("YYYY-MM-DD or today"));
	form_text(f, "due", _("Due"), 12, mbo_day_format(mbo_span_end(MBO_SPAN_QUARTER, mbo_today()), due),
	          _("YYYY-MM-DD or +30d"));
	form_choice(f, "importance", _("Importance"), levels3, 3, 1);
	form_choice(f, "urgency", _("Urgency"), levels3, 3, 1);
	form_text(f, "weight", _("Weight"), 8, "1", _("for the evaluation"));
	field_choice_words(form_choice(f, "method", _("Method"), methods, 4, MBO_METHOD_SELF),
	                   mbo_fmt_method_word);
	form_text(f, "parent", _("Parent goal"), 8, "", _("its id, if any"));
	form_text(f, "kpi", _("KPI"), 20, "", _("optional"));
	form_text(f, "owner", _("Owner"), 16, p.login, _("login"));
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

/* ---- revise ---- */

static int revise_submit(struct app *a, struct form *f)
{
	mbo_goal g;
	mbo_goal_change c;
	mbo_dec target = 0, weight = 0;
	mbo_day start = MBO_DAY_NONE, due = MBO_DAY_NONE;
	char *reason;
	int bad = 0, rc;

	mbo_goal_init(&g);
	rc = mbo_goal_get(a->m, a->actor, f->goal_id, &g);
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	bad |= parse_dec(f, "target", true, 0, &target);
	bad |= parse_dec(f, "weight", true, 0, &weight);
	bad |= parse_day(f, "start", true, &start);
	bad |= parse_day(f, "due", true, &due);
	reason = field_value(form_field(f, "reason"));
	if (bad || reason == NULL) {
		free(reason);
		mbo_goal_clear(&g);
		return -1;
	}
	memset(&c, 0, sizeof c);
	c.set_target = target != g.target;
	c.target = target;
	c.set_weight = weight != g.weight;
	c.weight = weight;
	c.set_start = start != g.start;
	c.start = start;
	c.set_due = due != g.due;
	c.due = due;
	c.reason = reason;
	rc = mbo_goal_revise(a->m, a->actor, f->goal_id, &c);
	free(reason);
	mbo_goal_clear(&g);
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	app_msg(a, ROLE_MESSAGE, _("Goal %lld revised; the change is in its history."), (long long)f->goal_id);
	return 0;
}

int form_revise_open(struct app *a, int64_t goal_id)
{
	mbo_goal g;
	struct form *f;
	char title[300], num[48], d1[16], d2[16];
	int rc;

	mbo_goal_init(&g);
	rc = mbo_goal_get(a->m, a->actor, goal_id, &g);
	if (rc == MBO_OK)
		rc = mbo_goal_may_revise(a->m, a->actor, &g);
	if (rc) {
		app_core_error(a, _("revise"));
		mbo_goal_clear(&g);
		return H_HANDLED | H_REDRAW;
	}
	snprintf(title, sizeof title, _("Revise: %s"), g.title);
	f = form_new(title);
	if (f) {
		f->goal_id = goal_id;
		f->submit = revise_submit;
		snprintf(f->note, sizeof f->note,
		         "%s", _("Change what needs changing and say why; the old values stay in the goal's history."));
		form_text(f, "target", _("Target"), 16, mbo_dec_format(g.target, 0, false, num), g.unit);
		form_text(f, "start", _("Start"), 12, mbo_day_format(g.start, d1), NULL);
		form_text(f, "due", _("Due"), 12, mbo_day_format(g.due, d2), NULL);
		form_text(f, "weight", _("Weight"), 8, mbo_dec_format(g.weight, 0, false, num), NULL);
		form_text(f, "reason", _("Reason"), 40, "", _("required"));
	}
	mbo_goal_clear(&g);
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

/* ---- approve or reject ---- */

static const char *const decisions[] = { N_("approve"), N_("reject") };

struct decide {
	int rc;
	char err[300];
	mbo_smart_report rep;
};

static int decide_submit(struct app *a, struct form *f)
{
	char *reason;
	int rc;

	if (form_field(f, "decision")->choice == 0) {
		rc = mbo_goal_approve(a->m, a->actor, f->goal_id);
		if (rc == MBO_OK)
			app_msg(a, ROLE_MESSAGE, _("Goal %lld approved; it is active now."), (long long)f->goal_id);
	} else {
		reason = field_value(form_field(f, "reason"));
		if (reason == NULL)
			return -1;
		rc = mbo_goal_reject(a->m, a->actor, f->goal_id, reason);
		free(reason);
		if (rc == MBO_OK)
			app_msg(a, ROLE_MESSAGE, _("Goal %lld rejected with your reason."), (long long)f->goal_id);
	}
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	return 0;
}

static void decide_side(struct app *a, struct form *f, int y, int x, int h, int w)
{
	struct decide *d = f->ctx;

	smart_panel(a, &d->rep, d->rc, d->err, y, x, h, w);
}

int form_decide_open(struct app *a, int64_t goal_id)
{
	mbo_goal g;
	struct form *f;
	struct decide *d;
	char title[300], num[48], d1[16], d2[16];
	int rc;

	mbo_goal_init(&g);
	rc = mbo_goal_get(a->m, a->actor, goal_id, &g);
	if (rc == MBO_OK)
		rc = mbo_goal_may_decide(a->m, a->actor, &g);
	if (rc) {
		app_core_error(a, _("approve"));
		mbo_goal_clear(&g);
		return H_HANDLED | H_REDRAW;
	}
	snprintf(title, sizeof title, _("Approve or reject: %s"), g.title);
	f = form_new(title);
	d = calloc(1, sizeof *d);
	if (f == NULL || d == NULL) {
		form_free(f);
		free(d);
		mbo_goal_clear(&g);
		app_msg(a, ROLE_ERROR, _("out of memory"));
		return H_HANDLED | H_REDRAW;
	}
	f->ctx = d;
	f->ctx_free = free;
	f->goal_id = goal_id;
	f->submit = decide_submit;
	f->side = decide_side;
	f->side_w = 30;
	d->rc = mbo_smart_check(a->m, &g, &d->rep);
	if (d->rc)
		snprintf(d->err, sizeof d->err, "%s", mbo_errmsg(a->m));
	snprintf(f->note, sizeof f->note, _("%s proposes %s %s of %s from %s to %s."), g.owner,
	         mbo_dec_format(g.target, 0, true, num), g.unit, g.metric, mbo_day_format(g.start, d1),
	         mbo_day_format(g.due, d2));
	form_choice(f, "decision", _("Decision"), decisions, 2, 0);
	form_text(f, "reason", _("Reason"), 30, "", _("needed to reject"));
	mbo_goal_clear(&g);
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

/* ---- close ---- */

/* In the order of the choice field. */
static const char *const closings[] = { "achieved", "missed", "cancelled" };
static const int closing_status[] = { MBO_GOAL_ACHIEVED, MBO_GOAL_MISSED, MBO_GOAL_CANCELLED };

/* A closing's word: the goal status it leaves (mbo/fmt.h). */
static const char *closing_word(int i)
{
	return mbo_fmt_goal_status_word(closing_status[i]);
}

static int close_submit(struct app *a, struct form *f)
{
	int status = closing_status[form_field(f, "status")->choice];
	char *reason = field_value(form_field(f, "reason"));
	int rc;

	if (reason == NULL)
		return -1;
	rc = mbo_goal_close(a->m, a->actor, f->goal_id, status, reason);
	free(reason);
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	app_msg(a, ROLE_MESSAGE, _("Goal %lld closed as %s."), (long long)f->goal_id, mbo_fmt_goal_status_word(status));
	return 0;
}

int form_close_open(struct app *a, int64_t goal_id)
{
	mbo_goal g;
	mbo_progress p;
	struct form *f;
	char title[300], num[48], n2[48];
	int rc, initial = 1;   /* missed */

	mbo_goal_init(&g);
	rc = mbo_goal_get(a->m, a->actor, goal_id, &g);
	/* Cancelled is the one way every closing the core allows includes. */
	if (rc == MBO_OK)
		rc = mbo_goal_may_close(a->m, a->actor, &g, MBO_GOAL_CANCELLED);
	if (rc) {
		app_core_error(a, _("close"));
		mbo_goal_clear(&g);
		return H_HANDLED | H_REDRAW;
	}
	snprintf(title, sizeof title, _("Close: %s"), g.title);
	f = form_new(title);
	if (f) {
		f->goal_id = goal_id;
		f->submit = close_submit;
		if (g.status == MBO_GOAL_PROPOSED) {
			initial = 2;
			snprintf(f->note, sizeof f->note,
			         "%s", _("A proposal closes as cancelled only. The reason stays in the goal's history."));
		} else if (mbo_progress_compute(a->m, &g, mbo_today(), &p) == MBO_OK) {
			if (p.status == MBO_PS_ACHIEVED)
				initial = 0;
			snprintf(f->note, sizeof f->note, _("Progress: %s of %s %s, %s. The reason stays in the goal's history."),
			         mbo_fmt_num(p.actual, num), mbo_fmt_num(g.target, n2), g.unit,
			         mbo_fmt_pace_word(p.status));
		}
		field_choice_words(form_choice(f, "status", _("Status"), closings, 3, initial), closing_word);
		form_text(f, "reason", _("Reason"), 40, "", _("required"));
	}
	mbo_goal_clear(&g);
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

/* ---- tasks ---- */

static int task_submit(struct app *a, struct form *f)
{
	char *title, login[200];
	mbo_day due = MBO_DAY_NONE;
	int64_t assignee = 0, id;
	int rc, bad = 0;

	bad |= parse_day(f, "due", false, &due);
	copy_field(f, "assignee", login, sizeof login);
	if (login[0]) {
		mbo_person p;
		if (mbo_person_find(a->m, login, &p) == MBO_OK)
			assignee = p.id;
		else {
			field_error(f, "assignee", _("no person with this login"));
			bad = 1;
		}
	}
	if (bad)
		return -1;
	title = field_value(form_field(f, "title"));
	if (title == NULL)
		return -1;
	rc = mbo_task_add(a->m, a->actor, f->goal_id, title, due, assignee, &id);
	free(title);
	if (rc) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	app_msg(a, ROLE_MESSAGE, _("Task %lld added."), (long long)id);
	return 0;
}

int form_task_open(struct app *a, int64_t goal_id)
{
	struct form *f = form_new(_("New task"));

	if (f) {
		f->goal_id = goal_id;
		f->submit = task_submit;
		form_text(f, "title", _("Title"), 40, "", NULL);
		form_text(f, "due", _("Due"), 12, "", _("optional: YYYY-MM-DD, +7d"));
		form_text(f, "assignee", _("Assignee"), 16, "", _("login; empty: the goal's owner"));
	}
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

/* ---- undo ---- */

static int undo_submit(struct app *a, struct form *f)
{
	char what[300];

	if (mbo_undo_last(a->m, a->actor, what, sizeof what) != MBO_OK) {
		form_place_error(f, mbo_errmsg(a->m));
		return -1;
	}
	app_msg(a, ROLE_MESSAGE, _("Undone: %s"), what);
	return 0;
}

int form_undo_open(struct app *a)
{
	struct form *f = form_new(_("Undo"));

	if (f) {
		f->submit = undo_submit;
		snprintf(f->note, sizeof f->note,
		         "%s", _("Undo your last change (a whole form or command)? Enter undoes it, Esc keeps it."));
	}
	app_open_form(a, f);
	return H_HANDLED | H_REDRAW;
}

int goal_action_key(struct app *a, int64_t goal_id, int key)
{
	switch (key) {
	case 'a':
		return form_checkin_open(a, goal_id);
	case 'r':
		return form_revise_open(a, goal_id);
	case 'A':
		return form_decide_open(a, goal_id);
	case 't':
		app_open(a, SCR_TASKS, goal_id, NULL);
		return H_HANDLED | H_REDRAW;
	}
	return H_IGNORED;
}
