/*
 * screen_help.c: every key of the terminal UI, screen by screen, opened
 * with ? (or F1) from anywhere; it scrolls like a page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "app.h"
#include "screens.h"
#include "colors.h"
#include "keys.h"
#include "mbo/i18n.h"

/* Two texts that name keys, written as bound (keys.h). */
/* TRANSLATORS: the key that ticks a task (Space), the key that adds one (n). */
static const char help_tasks[] = N_("its tasks: %s ticks or reopens one, %s adds one");
/* TRANSLATORS: %s is the key of the evaluation (e). */
static const char help_eval[] = N_("Evaluation (%s on my goals, a person or a goal)");

/* A line: a key and what it does; a heading when key is NULL. The texts
 * are marked N_() and translated where they are drawn. */
static const struct {
	const char *key, *what;
} help[] = {
	{ NULL, N_("Everywhere") },
	{ "Up/Down, j/k", N_("move the selection; on a page of text, scroll it") },
	{ "PgUp/PgDn", N_("a page up or down (also Ctrl-B, Ctrl-F)") },
	{ "Home/End, g/G", N_("the first or last row") },
	{ "Enter", N_("open the selected goal, person or alert") },
	{ "Esc", N_("clear the filter, else go back") },
	{ "q", N_("go back; on the first screen, quit") },
	{ "Tab, Shift-Tab", N_("next or previous screen: My goals, Team, Alerts, Reports") },
	{ "/", N_("filter the list by text (Enter keeps it, Esc clears it)") },
	{ "n", N_("new goal (for the selected person on the team screen)") },
	{ "e", N_("evaluation of the period: scores, grade, bonus, feedback") },
	{ "u", N_("undo your last change") },
	{ "?, F1", N_("this help") },
	{ "Ctrl-L", N_("reload and redraw the screen") },
	{ "F10, Ctrl-C", N_("quit") },
	{ N_("mouse"), N_("a click selects a row, a double click opens it") },
	{ "", N_("the wheel scrolls; a click on a tab or on a key below uses it") },
	{ NULL, N_("On a goal (in a list, in its detail, on an alert)") },
	{ "a", N_("add a check-in: value, date (today), note") },
	{ "t", help_tasks },
	{ "r", N_("revise target, dates or weight, with a reason") },
	{ "A", N_("approve or reject a proposal of your team, with a reason") },
	{ "c", N_("in its detail: close it as achieved, missed or cancelled, with a reason") },
	{ NULL, N_("Team (managers)") },
	{ "Enter", N_("the person's goals") },
	{ "n", N_("set a goal for the selected person") },
	{ "e", N_("the selected person's evaluation") },
	{ NULL, help_eval },
	{ "[, ]", N_("the previous or next period (quarter, month, week or year)") },
	{ "p", N_("type a period: 2026, 2026-Q4, 2026-11, 2026-W48") },
	{ "R", N_("rate the person: quality, growth, teamwork, 1 to 5") },
	{ "S", N_("write the manager's summary") },
	{ NULL, N_("Reports (the last tab; a salesperson sees their own line)") },
	{ "l", N_("switch between the period report and the leaderboard") },
	{ "[, ], p", N_("another period, as on the evaluation") },
	{ "m, M", N_("the next or previous metric (or click on one)") },
	{ "Enter, e", N_("the selected person's evaluation for that period") },
	{ NULL, N_("In a form") },
	{ "Tab, Down", N_("next field") },
	{ "Shift-Tab, Up", N_("previous field") },
	{ "Left/Right", N_("move in the text; change a choice (also Space)") },
	{ "Home/End", N_("start or end of the text (also Ctrl-A, Ctrl-E)") },
	{ "Backspace, Del", N_("delete; Ctrl-U deletes to the start, Ctrl-K to the end") },
	{ "Enter", N_("save: on an error the form stays open with what you typed") },
	{ "Esc", N_("cancel") },
	{ NULL, N_("What the columns say") },
	{ N_("ID"), N_("the goal's id, as the commands take it (mbo checkin ID VALUE)") },
	{ N_("Progress"), N_("the actual against the target") },
	{ N_("Pace"), N_("the actual against the plan by today (100% = on plan)") },
	{ N_("Status"), N_("on track, at risk, off track, achieved or overdue") },
	{ N_("Need/workday"), N_("what each workday left must bring to reach the target") },
	{ N_("Workdays left"), N_("workdays left until the due date (shorter: Workdays)") },
	{ N_("Done"), N_("reports: completion of the goals by weight, not capped") },
	{ N_("Quant"), N_("the quantitative score: completion capped, by weight") },
	{ N_("Qual"), N_("the qualitative score: 360-degree feedback, of 100") },
	{ N_("Final, Grade"), N_("the blend of the two, and its grade band") },
};

#define NHELP (sizeof help / sizeof help[0])

struct helpstate {
	size_t top;
};

static int help_load(struct app *a, struct screen *s)
{
	(void)a;
	(void)s;
	return MBO_OK;
}

static void help_draw(struct app *a, struct screen *s)
{
	struct helpstate *h = s->priv;
	int rows = app_list_rows(a, 1), y = a->lay.body_y, i;

	if (NHELP > (size_t)rows && h->top > NHELP - (size_t)rows)
		h->top = NHELP - (size_t)rows;
	if (NHELP <= (size_t)rows)
		h->top = 0;
	w_text(y, 0, COLS, _("Keys of mbo"), ROLE_TITLE);
	for (i = 0; i < rows && h->top + (size_t)i < NHELP; i++) {
		size_t k = h->top + (size_t)i;
		char what[300];

		if (help[k].what == help_tasks)
			snprintf(what, sizeof what, _(help_tasks), keys_key(' '), keys_key('n'));
		else if (help[k].what == help_eval)
			snprintf(what, sizeof what, _(help_eval), keys_key('e'));
		else
			snprintf(what, sizeof what, "%s", _(help[k].what));
		if (help[k].key == NULL) {
			w_text(y + 1 + i, 1, COLS - 2, what, ROLE_SECTION);
		} else {
			/* A key's name stays as on the keyboard, written as
			 * bound; the column names (marked) are translated as the
			 * lists show them. */
			char keys[64];

			keys_label(help[k].key[0] ? _(help[k].key) : "", keys, sizeof keys);
			w_text(y + 1 + i, 3, 16, keys, ROLE_KEY);
			w_text(y + 1 + i, 20, COLS - 21, what, ROLE_NORMAL);
		}
	}
	if (h->top + (size_t)rows < NHELP)
		w_text(y + rows, COLS - 1, 1, w_ascii() ? "v" : "\xe2\x86\x93", ROLE_DIM);
}

static int help_key(struct app *a, struct screen *s, int key)
{
	struct helpstate *h = s->priv;
	size_t rows = (size_t)app_list_rows(a, 1), max = NHELP > rows ? NHELP - rows : 0, old = h->top;

	switch (key) {
	case KEY_FN(KEY_UP): case 'k':
		if (h->top > 0)
			h->top--;
		break;
	case KEY_FN(KEY_DOWN): case 'j':
		if (h->top < max)
			h->top++;
		break;
	case KEY_FN(KEY_PPAGE): case KEY_CTRL('b'):
		h->top = h->top > rows ? h->top - rows : 0;
		break;
	case KEY_FN(KEY_NPAGE): case KEY_CTRL('f'): case ' ':
		h->top = h->top + rows < max ? h->top + rows : max;
		break;
	case KEY_FN(KEY_HOME): case 'g':
		h->top = 0;
		break;
	case KEY_FN(KEY_END): case 'G':
		h->top = max;
		break;
	case '?':
		return H_HANDLED | H_BACK;
	default:
		return H_IGNORED;
	}
	return H_HANDLED | (h->top != old ? H_REDRAW : 0);
}

static size_t help_hints(struct app *a, struct screen *s, const struct keyhint **out)
{
	static const struct keyhint k[] = {
		{ "PgDn", N_("More"), KEY_FN(KEY_NPAGE) }, { "PgUp", N_("Back up"), KEY_FN(KEY_PPAGE) },
		{ "Esc", N_("Close"), KEY_ESCAPE },
	};

	(void)a;
	(void)s;
	*out = k;
	return sizeof k / sizeof k[0];
}

static void help_destroy(struct screen *s)
{
	free(s->priv);
}

static const struct screen_ops help_ops = {
	.kind = SCR_HELP,
	.load = help_load,
	.draw = help_draw,
	.key = help_key,
	.click = NULL,
	.hints = help_hints,
	.filter = NULL,
	.destroy = help_destroy,
};

struct screen *screen_help_new(struct app *a)
{
	struct screen *s = calloc(1, sizeof *s);
	struct helpstate *h = calloc(1, sizeof *h);

	(void)a;
	if (s == NULL || h == NULL) {
		free(s);
		free(h);
		return NULL;
	}
	s->ops = &help_ops;
	s->priv = h;
	s->stale = true;
	snprintf(s->crumb, sizeof s->crumb, _("Help"));
	return s;
}
