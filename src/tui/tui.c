/*
 * tui.c: the terminal UI's main loop (htop's ScreenManager): start curses,
 * draw when needed, wait for a key for at most a second, hand the key to the
 * open form, the filter being typed, the top screen and then the global
 * keys, each returning what to do next (enum hflag). Every second without a
 * key, and at least once a second while keys come, it asks the core whether
 * another connection has written (mbo_data_version) and reloads the screens
 * when so. KEY_RESIZE rebuilds the layout from LINES and COLS in one place.
 * Signals only set a flag; curses is never called from a handler.
 */
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <curses.h>

#include "tui.h"
#include "termtype.h"
#include "app.h"
#include "colors.h"
#include "keys.h"
#include "screens.h"
#include "mbo/config.h"
#include "mbo/db.h"
#include "mbo/i18n.h"
#include "mbo/person.h"
#include "mbo/text.h"

/* A click on a tab sends this code plus the screen kind. */
#define KEY_TAB_BASE 0x120000

static volatile sig_atomic_t g_stop;

static void on_signal(int sig)
{
	(void)sig;
	g_stop = 1;
}

/* The screens by kind, each made from an id (owner, goal or subject; 0:
 * the actor) and a period (NULL: the current one). Only this table creates
 * screens: the others ask app_open. */
static struct screen *make_dashboard(struct app *a, int64_t id, const char *period)
{
	(void)period;
	return screen_dashboard_new(a, id);
}

static struct screen *make_team(struct app *a, int64_t id, const char *period)
{
	(void)id, (void)period;
	return screen_team_new(a);
}

static struct screen *make_alerts(struct app *a, int64_t id, const char *period)
{
	(void)id, (void)period;
	return screen_alerts_new(a);
}

static struct screen *make_report(struct app *a, int64_t id, const char *period)
{
	(void)id, (void)period;
	return screen_report_new(a);
}

static struct screen *make_goal(struct app *a, int64_t id, const char *period)
{
	(void)period;
	return screen_goal_new(a, id);
}

static struct screen *make_tasks(struct app *a, int64_t id, const char *period)
{
	(void)period;
	return screen_tasks_new(a, id);
}

static struct screen *make_help(struct app *a, int64_t id, const char *period)
{
	(void)id, (void)period;
	return screen_help_new(a);
}

static const screen_make screens[SCREEN_KINDS] = {
	[SCR_DASHBOARD] = make_dashboard, [SCR_TEAM] = make_team,
	[SCR_ALERTS] = make_alerts, [SCR_REPORT] = make_report,
	[SCR_GOAL] = make_goal, [SCR_TASKS] = make_tasks,
	[SCR_EVAL] = screen_eval_new, [SCR_HELP] = make_help,
};

/* True when block characters may not show: MBO_ASCII set, a locale that is
 * not UTF-8, or a terminal type `term` (the one curses runs on) named after
 * a DEC VT (vt100, vt220). */
static bool want_ascii(const char *term)
{
	const char *v = getenv("MBO_ASCII"), *cs, *loc;

	if (v && v[0] && strcmp(v, "0") != 0)
		return true;
	cs = nl_langinfo(CODESET);
	if (cs == NULL || strcmp(cs, "UTF-8") != 0)
		return true;
	loc = getenv("LC_ALL");
	if (loc == NULL || loc[0] == '\0')
		loc = getenv("LC_CTYPE");
	if (loc == NULL || loc[0] == '\0')
		loc = getenv("LANG");
	if (loc && loc[0] && !render_match(loc, "utf-8") && !render_match(loc, "utf8"))
		return true;
	return term && (strncmp(term, "vt", 2) == 0 || strcmp(term, "dumb") == 0);
}

/*
 * Starts curses on the terminal type `term` (TERM) or, when this system has
 * no description of it (xterm-kitty or alacritty on a server without their
 * terminfo; TERM unset), on xterm-256color and then vt100, which nearly
 * every terminal understands. *used gets the type started. A type that
 * cannot address the cursor (dumb) cannot run the UI: then curses is ended
 * again, *no_cursor is set and NULL returned. NULL with *used NULL: no
 * type could be started.
 */
static SCREEN *open_terminal(const char *term, const char **used, bool *no_cursor)
{
	const char *cand[3];
	size_t n = 0, i;

	*used = NULL;
	*no_cursor = false;
	if (term && term[0])
		cand[n++] = term;
	cand[n++] = "xterm-256color";
	cand[n++] = "vt100";
	for (i = 0; i < n; i++) {
		int kind = termtype_probe(cand[i]);
		SCREEN *sp;

		if (kind == TERMTYPE_UNKNOWN)
			continue;
		*used = cand[i];
		if (kind == TERMTYPE_NO_CURSOR) {
			*no_cursor = true;
			return NULL;
		}
		sp = newterm(cand[i], stdout, stdin);
		if (sp != NULL)
			set_term(sp);
		return sp;
	}
	return NULL;
}

/* ---- drawing ---- */

static void draw_header(struct app *a)
{
	static const char *const names[] = {
		[SCR_DASHBOARD] = N_("My goals"), [SCR_TEAM] = N_("Team"), [SCR_ALERTS] = N_("Alerts"),
		[SCR_REPORT] = N_("Reports"),
	};
	int kinds[MAIN_SCREENS], n = app_main_kinds(a, kinds), x = 0, i, cur = SCR_DASHBOARD, rw, room;
	char right[600], date[16];
	struct screen *bottom = a->depth > 0 ? a->stack[0] : NULL;

	if (bottom)
		cur = bottom->ops->kind;
	w_fill(0, 0, COLS, ROLE_HEADER);
	x += w_str(0, x, COLS, " mbo ", ROLE_HEADER);
	for (i = 0; i < n; i++) {
		char label[40];
		int w;
		/* Brackets mark the current tab without colour too. */
		snprintf(label, sizeof label, kinds[i] == cur ? "[%s]" : " %s ", _(names[kinds[i]]));
		w = w_str(0, x, COLS - x, label, kinds[i] == cur ? ROLE_TAB : ROLE_HEADER);
		app_hit(a, 0, x, x + w, KEY_TAB_BASE + kinds[i]);
		x += w + 1;
	}
	/* Who and when, shorter when the tabs leave less room. */
	mbo_day_format(mbo_today(), date);
	room = COLS - x - 1 - (a->depth > 1 ? 24 : 0);
	snprintf(right, sizeof right, "%s (%s)  %s ", a->me.name, a->me.login, date);
	if ((int)mbo_text_width(right) > room)
		snprintf(right, sizeof right, "%s  %s ", a->me.login, date);
	if ((int)mbo_text_width(right) > room)
		snprintf(right, sizeof right, "%s ", date);
	rw = (int)mbo_text_width(right);
	if (rw <= COLS - x - 1)
		w_text_right(0, COLS - rw, rw, right, ROLE_HEADER);
	else
		rw = 0;
	/* Where the user is below the main screen: "› Goal 23 › Tasks". */
	if (a->depth > 1 && COLS - rw - x > 4) {
		char crumbs[600];
		size_t len = 0;
		for (i = 1; i < a->depth && len < sizeof crumbs; i++)
			len += (size_t)snprintf(crumbs + len, sizeof crumbs - len, "%s%s ",
			                        w_ascii() ? "> " : "\xe2\x80\xba ", a->stack[i]->crumb);
		w_str(0, x, COLS - rw - x - 1, crumbs, ROLE_HEADER);
	}
}

static void draw_message(struct app *a)
{
	struct screen *s = app_top(a);
	int y = a->lay.msg_y;

	w_fill(y, 0, COLS, ROLE_NORMAL);
	if (a->filtering) {
		int x = w_str(y, 0, COLS, _("Filter: "), ROLE_TITLE), cx = x;
		field_draw(&a->filter, y, x, COLS - x - 1, true, &cx);
		move(y, cx);
		return;
	}
	if (a->msg[0] && (int)mbo_text_width(a->msg) > COLS) {
		/* A long message takes the last body row too. */
		char **lines, rest[sizeof a->msg];
		size_t n = render_wrap(a->msg, (size_t)COLS, &lines), i, len = 0;

		rest[0] = '\0';
		for (i = 1; i < n && len < sizeof rest; i++)
			len += (size_t)snprintf(rest + len, sizeof rest - len, "%s%s", i > 1 ? " " : "", lines[i]);
		if (n > 0) {
			w_text(y - 1, 0, COLS, lines[0], a->msg_role);
			w_str(y, 0, COLS, rest, a->msg_role);
		}
		render_lines_free(lines, n);
	} else if (a->msg[0]) {
		w_str(y, 0, COLS, a->msg, a->msg_role);
	} else if (s && s->filter[0]) {
		char buf[400];
		snprintf(buf, sizeof buf, _("Filter: %s   (%s changes it, Esc clears it)"), s->filter,
		         keys_key('/'));
		w_str(y, 0, COLS, buf, ROLE_DIM);
	}
}

static const struct keyhint form_hints[] = {
	{ "Tab", N_("Next"), '\t' }, { "S-Tab", N_("Prev"), KEY_FN(KEY_BTAB) },
	{ "Enter", N_("Save"), '\r' }, { "Esc", N_("Cancel"), KEY_ESCAPE },
};
static const struct keyhint filter_hints[] = {
	{ "Enter", N_("Keep filter"), '\r' }, { "Esc", N_("Clear filter"), KEY_ESCAPE },
};

/* The key bar with each action's key as bound; a click still sends the
 * code the screens handle. */
static void draw_keybar(struct app *a, const struct keyhint *k, size_t nk)
{
	struct keyhint bound[24];
	size_t i;

	if (nk > sizeof bound / sizeof bound[0])
		nk = sizeof bound / sizeof bound[0];
	for (i = 0; i < nk; i++) {
		const char *name = keys_name(k[i].code);
		bound[i] = k[i];
		if (name)
			bound[i].key = name;
	}
	a->nhits += w_keybar(a->lay.keys_y, bound, nk, a->hits + a->nhits, APP_HITS - a->nhits);
}

static void draw(struct app *a)
{
	struct screen *s = app_top(a);
	const struct keyhint *k = NULL;
	size_t nk = 0;

	a->nhits = 0;
	erase();
	curs_set(0);
	if (a->lay.too_small) {
		w_str(0, 0, COLS, tui_too_small_text(), ROLE_NORMAL);
		refresh();
		return;
	}
	draw_header(a);
	if (s) {
		if (s->stale)
			app_load(a, s);
		s->ops->draw(a, s);
	}
	if (a->form) {
		k = form_hints;
		nk = sizeof form_hints / sizeof form_hints[0];
	} else if (a->filtering) {
		k = filter_hints;
		nk = sizeof filter_hints / sizeof filter_hints[0];
	} else if (s) {
		nk = s->ops->hints(a, s, &k);
	}
	draw_keybar(a, k, nk);
	if (a->form) {
		draw_message(a);
		form_draw(a->form, a);
		if (a->form->cursor_y >= 0) {
			move(a->form->cursor_y, a->form->cursor_x);
			curs_set(1);
		}
	} else {
		draw_message(a);
		if (a->filtering)
			curs_set(1);
	}
	refresh();
}

/* ---- keys ---- */

static void apply_filter(struct app *a)
{
	struct screen *s = app_top(a);
	char *v = field_value(&a->filter);

	if (s == NULL || v == NULL) {
		free(v);
		return;
	}
	snprintf(s->filter, sizeof s->filter, "%s", v);
	free(v);
	if (s->ops->filter)
		s->ops->filter(a, s);
}

static int filter_key(struct app *a, int key)
{
	if (key_is_enter(key)) {
		a->filtering = false;
		return H_HANDLED | H_REDRAW;
	}
	if (key == KEY_ESCAPE) {
		a->filtering = false;
		field_set(&a->filter, "");
		apply_filter(a);
		return H_HANDLED | H_REDRAW;
	}
	if (field_key(&a->filter, key) == 2)
		apply_filter(a);
	return H_HANDLED | H_REDRAW;
}

/* Keys every screen shares, after the screen has declined them. */
static int global_key(struct app *a, int key)
{
	struct screen *s = app_top(a);
	int kinds[MAIN_SCREENS], n = app_main_kinds(a, kinds), i, cur = 0;

	if (key >= KEY_TAB_BASE && key < KEY_TAB_BASE + MAIN_SCREENS) {
		app_switch_main(a, key - KEY_TAB_BASE);
		return H_HANDLED | H_REDRAW;
	}
	switch (key) {
	case '\t':
	case KEY_FN(KEY_BTAB):
		for (i = 0; i < n; i++)
			if (a->stack[0]->ops->kind == kinds[i])
				cur = i;
		cur = key == '\t' ? (cur + 1) % n : (cur + n - 1) % n;
		app_switch_main(a, kinds[cur]);
		return H_HANDLED | H_REDRAW;
	case '?':
	case KEY_FN(KEY_F(1)):
		if (s->ops->kind != SCR_HELP)
			app_open(a, SCR_HELP, 0, NULL);
		return H_HANDLED | H_REDRAW;
	case '/':
		if (s->ops->filter == NULL) {
			app_msg(a, ROLE_MESSAGE, _("This screen has no list to filter."));
			return H_HANDLED | H_REDRAW;
		}
		a->filtering = true;
		memset(&a->filter, 0, sizeof a->filter);
		a->filter.type = FT_TEXT;
		field_set(&a->filter, s->filter);
		return H_HANDLED | H_REDRAW;
	case KEY_ESCAPE:
		if (s->filter[0]) {
			s->filter[0] = '\0';
			if (s->ops->filter)
				s->ops->filter(a, s);
			return H_HANDLED | H_REDRAW;
		}
		if (a->depth > 1)
			return H_HANDLED | H_BACK;
		return H_HANDLED;
	case 'q':
		return H_HANDLED | (a->depth > 1 ? H_BACK : H_QUIT);
	case KEY_FN(KEY_F(10)):
		return H_HANDLED | H_QUIT;
	case 'n':
		return form_goal_open(a, 0);
	case 'u':
		return form_undo_open(a);
	case KEY_CTRL('l'):
		clearok(stdscr, TRUE);
		return H_HANDLED | H_RELOAD | H_REDRAW;
	}
	return H_IGNORED;
}

static int dispatch_key(struct app *a, int key)
{
	struct screen *s = app_top(a);
	int r;

	if (s == NULL || a->lay.too_small)
		return key == 'q' || key == KEY_FN(KEY_F(10)) ? H_QUIT : H_IGNORED;
	if (a->form)
		return app_form_key(a, key);
	if (a->filtering)
		return filter_key(a, key);
	a->msg[0] = '\0';
	r = s->ops->key(a, s, key);
	if (r == H_IGNORED)
		r = global_key(a, key);
	if (r == H_IGNORED)
		r = H_REDRAW;   /* the message line was cleared */
	return r;
}

/* A key as typed: outside a form and the filter line, through the
 * keymap first (keys.h); a key whose action was bound elsewhere does
 * nothing but clear the message line. */
static int typed_key(struct app *a, int key)
{
	if (a->form == NULL && !a->filtering) {
		key = keys_map(key);
		if (key < 0) {
			a->msg[0] = '\0';
			return H_REDRAW;
		}
	}
	return dispatch_key(a, key);
}

static int dispatch_mouse(struct app *a)
{
	MEVENT ev;
	struct screen *s = app_top(a);
	int i;

	if (getmouse(&ev) != OK || a->lay.too_small || s == NULL)
		return H_IGNORED;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		int key = (ev.bstate & BUTTON4_PRESSED) ? KEY_FN(KEY_UP) : KEY_FN(KEY_DOWN), r = 0;
		if (a->form)
			return H_IGNORED;
		for (i = 0; i < 3; i++)
			r |= s->ops->key(a, s, key);
		return r;
	}
	if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)))
		return H_IGNORED;
	for (i = 0; i < a->nhits; i++) {
		struct w_spot *h = &a->hits[i];
		if (ev.y == h->y && ev.x >= h->x0 && ev.x < h->x1)
			return dispatch_key(a, h->code);
	}
	if (a->form)
		return form_click(a->form, ev.y, ev.x);
	if (a->filtering)
		return H_IGNORED;
	if (ev.y >= a->lay.body_y && ev.y < a->lay.body_y + a->lay.body_h && s->ops->click) {
		a->msg[0] = '\0';
		return s->ops->click(a, s, ev.y, ev.x, (ev.bstate & BUTTON1_DOUBLE_CLICKED) != 0);
	}
	return H_IGNORED;
}

/* Teaches curses the keys that terminals (and tmux) send in xterm's way
 * when the terminal description lacks them, as vt100's does: without this,
 * Shift-Tab or PgDn would arrive as Esc (cancel) and stray characters. */
static void define_keys(void)
{
	static const struct { const char *seq; int key; } keys[] = {
		{ "\033[Z", KEY_BTAB }, { "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
		{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[H", KEY_HOME },
		{ "\033[F", KEY_END }, { "\033OH", KEY_HOME }, { "\033OF", KEY_END },
		{ "\033[7~", KEY_HOME }, { "\033[8~", KEY_END }, { "\033[3~", KEY_DC },
		{ "\033[2~", KEY_IC }, { "\033OP", KEY_F(1) }, { "\033[11~", KEY_F(1) },
		{ "\033[21~", KEY_F(10) },
	};
	size_t i;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (key_defined(keys[i].seq) == 0)
			define_key(keys[i].seq, keys[i].key);
}

static void relayout(struct app *a)
{
	tui_layout_compute(LINES, COLS, &a->lay);
}

/* Reloads every screen when another connection has written: at once when
 * the last load was quick, else when render_reload_due says (Ctrl-L
 * reloads at once), saying so on the message line. True when the screen
 * must be drawn again. */
static bool poll_data(struct app *a)
{
	int64_t v = mbo_data_version(a->m);
	double since = app_clock() - a->loaded_at;
	bool news = v != a->data_version;

	if (news) {
		a->data_version = v;
		a->reload_pending = true;
	}
	if (!a->reload_pending)
		return false;
	if (!render_reload_due(a->load_secs, since)) {
		if (!news)
			return false;
		app_msg(a, ROLE_DIM, _("Others have written; this screen takes %.1f s to load, so it "
		                       "reloads in %.0f s (Ctrl-L: now)"), a->load_secs,
		        render_reload_wait(a->load_secs) - since);
		a->reload_msg = true;
		return true;   /* a redraw, to show that */
	}
	a->reload_pending = false;
	if (a->reload_msg)
		a->msg[0] = '\0';
	a->reload_msg = false;
	app_stale_all(a);
	return true;
}

static void loop(struct app *a)
{
	bool redraw = true;
	double last_poll = app_clock(), before;
	int quick_errors = 0;

	while (!g_stop) {
		wint_t wc;
		int r, key, flags;

		if (redraw) {
			/* One snapshot for a frame's reads, ended before waiting
			 * for a key so the UI never holds a read open while idle. */
			bool began = mbo_read_begin(a->m);
			draw(a);
			mbo_read_end(a->m, began);
			redraw = false;
		}
		before = app_clock();
		r = get_wch(&wc);
		if (g_stop)
			break;
		if (r == ERR) {
			/* The timeout (or a signal): look for others' writes. An
			 * error at once, again and again, is a terminal that has
			 * gone away (end of input): stop rather than spin. */
			last_poll = app_clock();
			if (last_poll - before < 0.05) {
				if (++quick_errors > 100)
					break;
			} else {
				quick_errors = 0;
			}
			if (poll_data(a))
				redraw = true;
			continue;
		}
		quick_errors = 0;
		if (app_clock() - last_poll >= 1.0) {
			last_poll = app_clock();
			if (poll_data(a))
				redraw = true;
		}
		key = r == KEY_CODE_YES ? KEY_FN((int)wc) : (int)wc;
		if (key == KEY_FN(KEY_RESIZE)) {
			relayout(a);
			clearok(stdscr, TRUE);
			redraw = true;
			continue;
		}
		flags = key == KEY_FN(KEY_MOUSE) ? dispatch_mouse(a) : typed_key(a, key);
		if (flags & H_QUIT)
			break;
		if (flags & H_BACK) {
			app_pop(a);
			flags |= H_REDRAW;
		}
		if (flags & H_RELOAD) {
			/* Our own write: data_version only counts others' commits. */
			app_stale_all(a);
			a->data_version = mbo_data_version(a->m);
			a->reload_pending = false;
		}
		if (flags & (H_REDRAW | H_RELOAD))
			redraw = true;
	}
}

/* Adds a notice to the message line, after what is already there; an
 * error makes the whole line an error. */
static void notice(struct app *a, int role, const char *text)
{
	size_t len = strlen(a->msg);

	snprintf(a->msg + len, sizeof a->msg - len, "%s%s", len ? "  " : "", text);
	if (len == 0 || role == ROLE_ERROR)
		a->msg_role = role;
}

/*
 * Opens the first screen, the config's `start` when this person has it
 * (the team screen needs a team), and puts up the notices of the start,
 * kept until the first key: the config file refused (cfg then holds the
 * defaults), the start screen not available, the terminal type replaced;
 * each after what the first load may have said.
 */
static void start(struct app *a, const struct mbo_config *cfg, const char *config_err,
                  const char *term, const char *used)
{
	static const int kinds[MBO_START_SCREENS] = {
		[MBO_START_DASHBOARD] = SCR_DASHBOARD, [MBO_START_TEAM] = SCR_TEAM,
		[MBO_START_ALERTS] = SCR_ALERTS, [MBO_START_REPORT] = SCR_REPORT,
	};
	int want = cfg && cfg->start > 0 && cfg->start < MBO_START_SCREENS ? cfg->start : 0;
	int kind = kinds[want];
	char buf[sizeof a->msg];

	if (kind == SCR_TEAM && !a->has_team)
		kind = SCR_DASHBOARD;
	app_switch_main(a, kind);   /* its load may have put up an error */
	if (config_err && config_err[0])
		notice(a, ROLE_ERROR, config_err);
	if (kind != kinds[want]) {
		snprintf(buf, sizeof buf, _("start = %s in your config: you have no team, so the UI "
		                            "opens on My goals"), mbo_config_start_name(want));
		notice(a, ROLE_MESSAGE, buf);
	}
	if (term == NULL || strcmp(term, used) != 0) {
		snprintf(buf, sizeof buf, _("This system does not know the terminal type TERM=%s: drawn "
		                            "as %s. Install its terminfo for the terminal's own look."),
		         term ? term : "", used);
		notice(a, ROLE_MESSAGE, buf);
	}
}

int tui_run(mbo *m, int64_t actor, const struct mbo_config *cfg, const char *config_err)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa, old[3];
	struct app *a;
	SCREEN *sp;
	const char *term, *used;
	bool no_cursor;
	int64_t *ids = NULL;
	size_t nids = 0;
	int rc, i;

	mbo_text_init_locale();
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "%s", _("mbo: the terminal UI needs a terminal; give a command instead (see mbo --help)\n"));
		return MBO_EUSAGE;
	}
	a = calloc(1, sizeof *a);
	if (a == NULL) {
		fprintf(stderr, "%s", _("mbo: out of memory\n"));
		return MBO_EFAIL;
	}
	a->m = m;
	a->screens = screens;
	keys_bind(cfg);
	a->actor = actor;
	rc = mbo_person_get(m, actor, &a->me);
	if (rc == MBO_OK)
		rc = mbo_person_reports(m, actor, &ids, &nids);
	if (rc) {
		fprintf(stderr, "mbo: %s\n", mbo_errmsg(m));
		free(a);
		return rc;
	}
	free(ids);
	a->has_team = nids > 0;

	a->data_version = mbo_data_version(m);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;   /* no SA_RESTART: a signal wakes get_wch */
	for (i = 0; i < 3; i++)
		sigaction(sigs[i], &sa, &old[i]);
	g_stop = 0;

	term = getenv("TERM");
	sp = open_terminal(term, &used, &no_cursor);
	if (sp == NULL) {
		for (i = 0; i < 3; i++)
			sigaction(sigs[i], &old[i], NULL);
		if (no_cursor)
			fprintf(stderr, _("mbo: the terminal UI needs a terminal that can move the cursor "
			                  "(TERM=%s cannot); use the commands instead: mbo status, "
			                  "mbo checkin GOAL VALUE, mbo alerts\n"), used);
		else
			fprintf(stderr, _("mbo: cannot use the terminal (TERM=%s), nor xterm-256color or "
			                  "vt100 instead; set TERM to your terminal's type\n"),
			        term ? term : "");
		free(a);
		return no_cursor ? MBO_EUSAGE : MBO_EFAIL;
	}
	w_set_ascii(want_ascii(used));
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(25);
	define_keys();
	timeout(1000);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	colors_init();
	relayout(a);
	start(a, cfg, config_err, term, used);

	loop(a);

	form_free(a->form);
	while (a->depth > 0)
		app_screen_free(a->stack[--a->depth]);
	/* A terminal without an alternate screen (vt100) would keep the UI. */
	erase();
	refresh();
	endwin();
	delscreen(sp);
	for (i = 0; i < 3; i++)
		sigaction(sigs[i], &old[i], NULL);
	free(a);
	return MBO_OK;
}
