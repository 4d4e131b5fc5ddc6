/*
 * form.c: the form engine (see form.h): fields, line editing, errors beside
 * their fields, a side panel, scrolling when the form is taller than the
 * terminal. It knows nothing of the app: the handlers a form carries get the
 * host pointer they were given, and form_key tells its caller by its return
 * value when the form is finished or cancelled.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include <curses.h>

#include "colors.h"
#include "form.h"
#include "mbo/text.h"

struct form *form_new(const char *title)
{
	struct form *f = calloc(1, sizeof *f);
	int i;

	if (f == NULL)
		return NULL;
	snprintf(f->title, sizeof f->title, "%s", title);
	for (i = 0; i < FORM_FIELDS; i++)
		f->row_of[i] = -1;
	f->cursor_y = f->cursor_x = -1;
	return f;
}

void form_free(struct form *f)
{
	if (f == NULL)
		return;
	if (f->ctx_free)
		f->ctx_free(f->ctx);
	free(f);
}

static struct field *add_field(struct form *f, const char *name, const char *label)
{
	struct field *fl;

	if (f->n >= FORM_FIELDS)
		return NULL;
	fl = &f->f[f->n++];
	memset(fl, 0, sizeof *fl);
	snprintf(fl->name, sizeof fl->name, "%s", name);
	snprintf(fl->label, sizeof fl->label, "%s", label);
	return fl;
}

struct field *form_text(struct form *f, const char *name, const char *label, int width,
                        const char *initial, const char *hint)
{
	struct field *fl = add_field(f, name, label);

	if (fl == NULL)
		return NULL;
	fl->type = FT_TEXT;
	fl->width = width;
	if (hint)
		snprintf(fl->hint, sizeof fl->hint, "%s", hint);
	field_set(fl, initial);
	return fl;
}

struct field *form_choice(struct form *f, const char *name, const char *label,
                          const char *const *choices, int n, int initial)
{
	struct field *fl = add_field(f, name, label);

	if (fl == NULL)
		return NULL;
	fl->type = FT_CHOICE;
	fl->choices = choices;
	fl->nchoices = n;
	fl->choice = initial >= 0 && initial < n ? initial : 0;
	fl->width = 0;
	for (int i = 0; i < n; i++)
		if ((int)strlen(choices[i]) + 4 > fl->width)
			fl->width = (int)strlen(choices[i]) + 4;
	snprintf(fl->hint, sizeof fl->hint, "Space: change");
	return fl;
}

struct field *form_field(struct form *f, const char *name)
{
	int i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->f[i].name, name) == 0)
			return &f->f[i];
	return NULL;
}

char *field_value(const struct field *fl)
{
	size_t start = 0, end, n, i;
	char *out;

	if (fl->type == FT_CHOICE) {
		const char *c = fl->nchoices > 0 ? fl->choices[fl->choice] : "";
		out = malloc(strlen(c) + 1);
		if (out)
			strcpy(out, c);
		return out;
	}
	end = fl->len;
	while (start < end && iswspace((wint_t)fl->text[start]))
		start++;
	while (end > start && iswspace((wint_t)fl->text[end - 1]))
		end--;
	out = malloc((end - start) * MB_CUR_MAX + 1);
	if (out == NULL)
		return NULL;
	n = 0;
	for (i = start; i < end; i++) {
		char mb[16];
		mbstate_t st;
		size_t k;

		memset(&st, 0, sizeof st);
		k = wcrtomb(mb, fl->text[i], &st);
		if (k == (size_t)-1) {
			mb[0] = '?';
			k = 1;
		}
		memcpy(out + n, mb, k);
		n += k;
	}
	out[n] = '\0';
	return out;
}

void field_set(struct field *fl, const char *utf8)
{
	const char *s = utf8 ? utf8 : "";
	size_t n = strlen(s);
	mbstate_t st;

	memset(&st, 0, sizeof st);
	fl->len = 0;
	while (n > 0 && fl->len + 1 < FIELD_CAP) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s, n, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&st, 0, sizeof st);
			wc = 0xfffd;
			k = 1;
		}
		if (iswprint((wint_t)wc))
			fl->text[fl->len++] = wc;
		s += k;
		n -= k;
	}
	fl->text[fl->len] = 0;
	fl->cur = fl->len;
}

void form_clear_errors(struct form *f)
{
	int i;

	f->message[0] = '\0';
	for (i = 0; i < f->n; i++)
		f->f[i].error[0] = '\0';
}

bool form_place_error(struct form *f, const char *msg)
{
	static const char *const alias[][2] = {
		{ "day", "date" }, { "--assignee", "assignee" }, { "--reason", "reason" },
		{ "--target", "target" }, { "--due", "due" }, { "--start", "start" },
		{ "--weight", "weight" }, { "goal", "" }, { "revise", "" },
	};
	const char *colon = strchr(msg, ':');
	char name[32];
	size_t len;
	struct field *fl;
	int i;

	if (colon && (len = (size_t)(colon - msg)) > 0 && len < sizeof name && !memchr(msg, ' ', len)) {
		memcpy(name, msg, len);
		name[len] = '\0';
		for (i = 0; i < (int)(sizeof alias / sizeof alias[0]); i++)
			if (strcmp(name, alias[i][0]) == 0)
				snprintf(name, sizeof name, "%s", alias[i][1]);
		fl = name[0] ? form_field(f, name) : NULL;
		if (fl) {
			const char *rest = colon + 1;
			while (*rest == ' ')
				rest++;
			snprintf(fl->error, sizeof fl->error, "%s", rest);
			f->cur = (int)(fl - f->f);
			return true;
		}
	}
	snprintf(f->message, sizeof f->message, "%s", msg);
	return false;
}

int field_key(struct field *fl, int key)
{
	bool fresh = fl->fresh;
	size_t i;

	/* A field reached with Tab shows its whole value; the first character
	 * typed replaces it (as in a dialog), any other key edits it. */
	fl->fresh = false;
	if (fresh && fl->type != FT_CHOICE && key >= 0x20 && key < 0x110000 && key != 0x7f &&
	    iswprint((wint_t)key)) {
		fl->len = fl->cur = 0;
		fl->text[0] = 0;
	}

	if (fl->type == FT_CHOICE) {
		int old = fl->choice;
		if (fl->nchoices <= 0)
			return 0;
		if (key == KEY_FN(KEY_LEFT))
			fl->choice = (fl->choice + fl->nchoices - 1) % fl->nchoices;
		else if (key == KEY_FN(KEY_RIGHT) || key == ' ')
			fl->choice = (fl->choice + 1) % fl->nchoices;
		else if (key > ' ' && key < 0x7f) {
			/* A letter picks the next choice starting with it. */
			for (int k = 1; k <= fl->nchoices; k++) {
				int c = (fl->choice + k) % fl->nchoices;
				if (fl->choices[c][0] == key) {
					fl->choice = c;
					break;
				}
			}
		} else {
			return 0;
		}
		return fl->choice != old ? 2 : 1;
	}
	switch (key) {
	case KEY_FN(KEY_LEFT):
		if (fl->cur > 0)
			fl->cur--;
		return 1;
	case KEY_FN(KEY_RIGHT):
		if (fl->cur < fl->len)
			fl->cur++;
		return 1;
	case KEY_FN(KEY_HOME): case KEY_CTRL('a'):
		fl->cur = 0;
		return 1;
	case KEY_FN(KEY_END): case KEY_CTRL('e'):
		fl->cur = fl->len;
		return 1;
	case KEY_FN(KEY_BACKSPACE): case 127: case KEY_CTRL('h'):
		if (fl->cur == 0)
			return 1;
		memmove(fl->text + fl->cur - 1, fl->text + fl->cur, (fl->len - fl->cur + 1) * sizeof(wchar_t));
		fl->cur--;
		fl->len--;
		return 2;
	case KEY_FN(KEY_DC): case KEY_CTRL('d'):
		if (fl->cur == fl->len)
			return 1;
		memmove(fl->text + fl->cur, fl->text + fl->cur + 1, (fl->len - fl->cur) * sizeof(wchar_t));
		fl->len--;
		return 2;
	case KEY_CTRL('u'):
		memmove(fl->text, fl->text + fl->cur, (fl->len - fl->cur + 1) * sizeof(wchar_t));
		fl->len -= fl->cur;
		fl->cur = 0;
		return 2;
	case KEY_CTRL('k'):
		fl->len = fl->cur;
		fl->text[fl->len] = 0;
		return 2;
	case KEY_CTRL('w'):
		i = fl->cur;
		while (i > 0 && fl->text[i - 1] == L' ')
			i--;
		while (i > 0 && fl->text[i - 1] != L' ')
			i--;
		memmove(fl->text + i, fl->text + fl->cur, (fl->len - fl->cur + 1) * sizeof(wchar_t));
		fl->len -= fl->cur - i;
		fl->cur = i;
		return 2;
	}
	if (key >= 0x20 && key < 0x110000 && key != 0x7f && iswprint((wint_t)key)) {
		if (fl->len + 1 >= FIELD_CAP)
			return 1;
		memmove(fl->text + fl->cur + 1, fl->text + fl->cur, (fl->len - fl->cur + 1) * sizeof(wchar_t));
		fl->text[fl->cur++] = (wchar_t)key;
		fl->len++;
		return 2;
	}
	return 0;
}

static int wcw(wchar_t c)
{
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

void field_draw(const struct field *fl, int y, int x, int w, bool active, int *cx)
{
	int role = active ? ROLE_FIELD_ACTIVE : ROLE_FIELD;

	if (w < 1)
		return;
	if (fl->type == FT_CHOICE) {
		char buf[96];
		const char *c = fl->nchoices > 0 ? fl->choices[fl->choice] : "";
		if (w_ascii())
			snprintf(buf, sizeof buf, "< %s >", c);
		else
			snprintf(buf, sizeof buf, "\xe2\x97\x82 %s \xe2\x96\xb8", c);
		w_text(y, x, w, buf, role);
		if (cx)
			*cx = x + 2;
		return;
	}
	{
		size_t hs = 0, i, n = 0;
		int before = 0, col = 0;

		for (i = 0; i < fl->cur; i++)
			before += wcw(fl->text[i]);
		/* Scroll so that the cursor stays inside the field. */
		while (before > w - 1 && hs < fl->cur)
			before -= wcw(fl->text[hs++]);
		for (i = hs; i < fl->len && col + wcw(fl->text[i]) <= w; i++) {
			col += wcw(fl->text[i]);
			n++;
		}
		w_fill(y, x, w, role);
		/* A value that typing will replace is shown selected. */
		role_set(active && fl->fresh ? ROLE_SELECTED : role);
		if (n > 0)
			mvaddnwstr(y, x, fl->text + hs, (int)n);
		role_set(ROLE_NORMAL);
		if (cx)
			*cx = x + before;
	}
}

/* Rows the error (or nothing) of a field takes below its own row. */
struct fgeom {
	int input_w;       /* columns of the input */
	bool beside;       /* error and hint right of the input */
	int note_x, note_w;
	char **lines;      /* the error wrapped */
	size_t nlines;
	int rows;          /* rows the field takes */
};

#define ERROR_LINES 4

static void geom_free(struct fgeom *g, int n)
{
	int i;

	for (i = 0; i < n; i++)
		render_lines_free(g[i].lines, g[i].nlines);
}

void form_draw(struct form *f, struct app *host)
{
	bool ascii = w_ascii();
	struct fgeom g[FORM_FIELDS];
	int label_w = 0, want_input = 0, i, box_w, box_h, box_y, box_x, inner_w, area_w;
	int side_w = f->side_w, rows_total = 0, avail, y, msg_rows = 0, note_rows = 0;
	char **msg_lines = NULL, **note_lines = NULL;
	size_t nmsg = 0, nnote = 0;

	memset(g, 0, sizeof g);
	for (i = 0; i < f->n; i++) {
		int lw = (int)mbo_text_width(f->f[i].label) + 2;
		if (lw > label_w)
			label_w = lw;
		if (f->f[i].width > want_input)
			want_input = f->f[i].width;
		f->row_of[i] = -1;
	}
	box_w = label_w + want_input + 34 + (side_w ? side_w + 1 : 0) + 4;
	if (box_w < 64)
		box_w = 64;
	/* Nearly as wide as the terminal: take all of it, so that no column of
	 * the screen below shows beside the box. */
	if (box_w > COLS - 4)
		box_w = COLS;
	inner_w = box_w - 4;
	if (side_w && side_w < inner_w * 2 / 5)
		side_w = inner_w * 2 / 5;
	area_w = inner_w - (side_w ? side_w + 1 : 0);
	if (side_w && area_w < label_w + 24) {
		side_w = 0;
		area_w = inner_w;
	}
	if (f->note[0]) {
		nnote = render_wrap(f->note, (size_t)area_w, &note_lines);
		note_rows = (int)nnote + 1;
		rows_total += note_rows;
	}
	for (i = 0; i < f->n; i++) {
		struct field *fl = &f->f[i];
		int room = area_w - label_w;

		g[i].input_w = fl->width < room ? fl->width : room;
		g[i].beside = room - g[i].input_w - 1 >= 20;
		g[i].note_x = g[i].beside ? label_w + g[i].input_w + 1 : label_w;
		g[i].note_w = g[i].beside ? room - g[i].input_w - 1 : room;
		g[i].rows = 1;
		if (fl->error[0]) {
			g[i].nlines = render_wrap(fl->error, (size_t)g[i].note_w, &g[i].lines);
			if (g[i].nlines > ERROR_LINES)
				g[i].nlines = ERROR_LINES;
			g[i].rows += (int)g[i].nlines - (g[i].beside ? 1 : 0);
		}
		rows_total += g[i].rows;
	}
	if (f->message[0]) {
		nmsg = render_wrap(f->message, (size_t)inner_w, &msg_lines);
		msg_rows = nmsg > 3 ? 3 : (int)nmsg;
	}
	/* Borders, a blank row, the message, the help line. */
	box_h = rows_total + 4 + msg_rows;
	if (side_w && box_h < 16)
		box_h = 16;
	if (box_h > LINES - 1)
		box_h = LINES - 1;
	box_y = (LINES - 1 - box_h) / 2;
	box_x = (COLS - box_w) / 2;
	avail = box_h - 4 - msg_rows;
	if (avail < 1)
		avail = 1;

	/* The box. */
	for (y = box_y; y < box_y + box_h; y++)
		w_fill(y, box_x, box_w, ROLE_FORM);
	role_set(ROLE_FORM);
	/* Plain ASCII lines where the line-drawing set may not show. */
	mvhline(box_y, box_x + 1, ascii ? '-' : ACS_HLINE, box_w - 2);
	mvhline(box_y + box_h - 1, box_x + 1, ascii ? '-' : ACS_HLINE, box_w - 2);
	mvvline(box_y + 1, box_x, ascii ? '|' : ACS_VLINE, box_h - 2);
	mvvline(box_y + 1, box_x + box_w - 1, ascii ? '|' : ACS_VLINE, box_h - 2);
	mvaddch(box_y, box_x, ascii ? '+' : ACS_ULCORNER);
	mvaddch(box_y, box_x + box_w - 1, ascii ? '+' : ACS_URCORNER);
	mvaddch(box_y + box_h - 1, box_x, ascii ? '+' : ACS_LLCORNER);
	mvaddch(box_y + box_h - 1, box_x + box_w - 1, ascii ? '+' : ACS_LRCORNER);
	role_set(ROLE_NORMAL);
	{
		int tw = (int)mbo_text_width(f->title);
		if (tw > box_w - 6)
			tw = box_w - 6;
		w_text(box_y, box_x + 2, 1, " ", ROLE_FORM);
		w_str(box_y, box_x + 3, tw, f->title, ROLE_TITLE);
		w_text(box_y, box_x + 3 + tw, 1, " ", ROLE_FORM);
	}

	/* Scroll the fields so that the current one shows. */
	avail -= note_rows;
	if (avail < 1)
		avail = 1;
	if (f->cur < f->top)
		f->top = f->cur;
	for (;;) {
		int used = 0;
		for (i = f->top; i <= f->cur && i < f->n; i++)
			used += g[i].rows;
		if (used <= avail || f->top >= f->cur)
			break;
		f->top++;
	}
	f->cursor_y = f->cursor_x = -1;
	y = box_y + 1;
	for (i = 0; i < (int)nnote && y < box_y + box_h - 3 - msg_rows; i++, y++)
		w_str(y, box_x + 2, area_w, note_lines[i], ROLE_NORMAL);
	if (note_rows)
		y++;
	for (i = f->top; i < f->n && y + g[i].rows <= box_y + 1 + note_rows + avail; i++) {
		struct field *fl = &f->f[i];
		int x0 = box_x + 2, cx = -1;
		bool active = i == f->cur;

		f->row_of[i] = y;
		w_text(y, x0, 1, active ? ">" : " ", ROLE_TITLE);
		w_text(y, x0 + 1, label_w - 2, fl->label, active ? ROLE_TITLE : ROLE_DIM);
		field_draw(fl, y, x0 + label_w, g[i].input_w, active, &cx);
		if (active && fl->type == FT_TEXT) {
			f->cursor_y = y;
			f->cursor_x = cx;
		}
		if (fl->error[0]) {
			int ey = g[i].beside ? y : y + 1;
			for (size_t k = 0; k < g[i].nlines; k++)
				w_str(ey + (int)k, x0 + g[i].note_x, g[i].note_w, g[i].lines[k], ROLE_ERROR);
		} else if (fl->hint[0] && active) {
			int hx = label_w + g[i].input_w + 1, hw = area_w - hx;
			if (hw >= 10)
				w_str(y, x0 + hx, hw, fl->hint, ROLE_DIM);
		}
		y += g[i].rows;
	}
	if (f->top > 0)
		w_str(box_y + 1, box_x + box_w - 3, 1, ascii ? "^" : "\xe2\x86\x91", ROLE_DIM);
	if (i < f->n)
		w_str(box_y + note_rows + avail, box_x + box_w - 3, 1, ascii ? "v" : "\xe2\x86\x93", ROLE_DIM);

	/* The side panel. */
	if (side_w && f->side) {
		int sx = box_x + 2 + area_w + 1;
		role_set(ROLE_FORM);
		mvvline(box_y + 1, sx - 1, ascii ? '|' : ACS_VLINE, box_h - 3 - msg_rows);
		role_set(ROLE_NORMAL);
		f->side(host, f, box_y + 1, sx, box_h - 3 - msg_rows, box_w - 2 - (sx - box_x));
	}

	/* The message and the help line. */
	for (i = 0; i < msg_rows; i++)
		w_str(box_y + box_h - 2 - msg_rows + i, box_x + 2, inner_w, msg_lines[i], ROLE_ERROR);
	w_str(box_y + box_h - 2, box_x + 2, inner_w,
	      f->n == 0 ? "Enter: yes   Esc: no"
	                : "Tab/Shift-Tab: next/previous field   Enter: save   Esc: cancel", ROLE_DIM);
	render_lines_free(msg_lines, nmsg);
	render_lines_free(note_lines, nnote);
	geom_free(g, f->n);
}

int form_key(struct form *f, struct app *host, int key)
{
	int r;

	if (key == KEY_ESCAPE)
		return H_HANDLED | H_REDRAW | H_FORM_CANCELLED;
	if (f->n == 0) {
		if (!key_is_enter(key))
			return H_HANDLED;
	} else if (key == '\t' || key == KEY_FN(KEY_DOWN)) {
		f->cur = (f->cur + 1) % f->n;
		f->f[f->cur].fresh = f->f[f->cur].len > 0;
		f->f[f->cur].cur = f->f[f->cur].len;
		return H_HANDLED | H_REDRAW;
	}
	if (f->n > 0 && (key == KEY_FN(KEY_BTAB) || key == KEY_FN(KEY_UP))) {
		f->cur = (f->cur + f->n - 1) % f->n;
		f->f[f->cur].fresh = f->f[f->cur].len > 0;
		f->f[f->cur].cur = f->f[f->cur].len;
		return H_HANDLED | H_REDRAW;
	}
	if (key_is_enter(key)) {
		form_clear_errors(f);
		if (f->submit(host, f) == 0)
			return H_HANDLED | H_REDRAW | H_RELOAD | H_FORM_DONE;
		if (f->changed)
			f->changed(host, f);
		return H_HANDLED | H_REDRAW;
	}
	if (f->n == 0)
		return H_HANDLED;
	r = field_key(&f->f[f->cur], key);
	if (r == 2) {
		f->f[f->cur].error[0] = '\0';
		if (f->changed)
			f->changed(host, f);
	}
	return H_HANDLED | (r ? H_REDRAW : 0);
}

int form_click(struct form *f, int y, int x)
{
	int i;

	(void)x;
	for (i = 0; i < f->n; i++) {
		if (f->row_of[i] == y) {
			f->cur = i;
			return H_HANDLED | H_REDRAW;
		}
	}
	return H_HANDLED;
}
