/*
 * app.c: what the screens and forms ask of the app (see app.h): the stack
 * of screens and the one way to open one (app_open: the screens never
 * create each other, the table of constructors is tui.c's), the message
 * line, the open form, clickable places, list rows.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "app.h"
#include "colors.h"
#include "mbo/db.h"
#include "mbo/i18n.h"

struct screen *app_top(struct app *a)
{
	return a->depth > 0 ? a->stack[a->depth - 1] : NULL;
}

void app_screen_free(struct screen *s)
{
	if (s == NULL)
		return;
	if (s->ops->destroy)
		s->ops->destroy(s);
	free(s);
}

double app_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void app_load(struct app *a, struct screen *s)
{
	double t0 = app_clock();
	int rc = s->ops->load(a, s);

	a->loaded_at = app_clock();
	a->load_secs = a->loaded_at - t0;
	s->stale = false;
	if (rc)
		app_core_error(a, NULL);
}

void app_push(struct app *a, struct screen *s)
{
	if (s == NULL) {
		app_msg(a, ROLE_ERROR, _("out of memory"));
		return;
	}
	if (a->depth == APP_STACK) {
		app_screen_free(s);
		app_msg(a, ROLE_ERROR, _("too many screens open; press Esc to go back"));
		return;
	}
	a->stack[a->depth++] = s;
	a->filtering = false;
	app_load(a, s);
}

void app_pop(struct app *a)
{
	if (a->depth <= 1)
		return;
	app_screen_free(a->stack[--a->depth]);
	a->filtering = false;
}

/* The main screens in Tab order, the daily ones first; Team only for
 * people with a team. */
int app_main_kinds(const struct app *a, int *kinds)
{
	int n = 0;

	kinds[n++] = SCR_DASHBOARD;
	if (a->has_team)
		kinds[n++] = SCR_TEAM;
	kinds[n++] = SCR_ALERTS;
	kinds[n++] = SCR_REPORT;
	return n;
}

void app_switch_main(struct app *a, int kind)
{
	struct screen *s;

	if (kind < 0 || kind >= MAIN_SCREENS || (kind == SCR_TEAM && !a->has_team))
		kind = SCR_DASHBOARD;
	s = a->screens[kind](a, 0, NULL);
	if (s == NULL) {
		app_msg(a, ROLE_ERROR, _("out of memory"));
		return;
	}
	while (a->depth > 0)
		app_screen_free(a->stack[--a->depth]);
	app_push(a, s);
}

void app_msg(struct app *a, int role, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof a->msg, fmt, ap);
	va_end(ap);
	a->msg_role = role;
	a->reload_msg = false;   /* poll_data sets it after its own message */
}

void app_core_error(struct app *a, const char *doing)
{
	const char *e = mbo_errmsg(a->m);

	if (doing)
		app_msg(a, ROLE_ERROR, "%s: %s", doing, e[0] ? e : _("failed"));
	else
		app_msg(a, ROLE_ERROR, "%s", e[0] ? e : _("failed"));
}

void app_open(struct app *a, int kind, int64_t id, const char *period)
{
	app_push(a, a->screens[kind](a, id, period));
}

void app_open_form(struct app *a, struct form *f)
{
	if (f == NULL) {
		app_msg(a, ROLE_ERROR, _("out of memory"));
		return;
	}
	form_free(a->form);
	a->form = f;
	f->cur = 0;
	if (f->changed)
		f->changed(a, f);
}

int app_form_key(struct app *a, int key)
{
	int r = form_key(a->form, a, key);

	if (r & (H_FORM_DONE | H_FORM_CANCELLED)) {
		form_free(a->form);
		a->form = NULL;
	}
	if (r & H_FORM_CANCELLED)
		app_msg(a, ROLE_MESSAGE, _("Cancelled; nothing was saved."));
	return r & ~(H_FORM_DONE | H_FORM_CANCELLED);
}

void app_hit(struct app *a, int y, int x0, int x1, int code)
{
	if (a->nhits < APP_HITS)
		a->hits[a->nhits++] = (struct w_spot){ y, x0, x1, code };
}

void app_stale_all(struct app *a)
{
	int i;

	for (i = 0; i < a->depth; i++)
		a->stack[i]->stale = true;
}

int app_list_rows(const struct app *a, int header_rows)
{
	int r = a->lay.body_h - header_rows;
	return r > 1 ? r : 1;
}
