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
#include "mbo/i18n.h"

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

/* Choice i as the user reads it. */
static const char *choice_text(const struct field *fl, int i)
{
	return fl->word ? fl->word(i) : _(fl->choices[i]);
}

/* A choice field is as wide as its widest word and the marks around it. */
static void choice_widths(struct field *fl)
{
	fl->width = 0;
	for (int i = 0; i < fl->nchoices; i++)
		if ((int)mbo_text_width(choice_text(fl, i)) + 4 > fl->width)
			fl->width = (int)mbo_text_width(choice_text(fl, i)) + 4;
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
	choice_widths(fl);
	snprintf(fl->hint, sizeof fl->hint, "%s", _("Space: change"));
	return fl;
}

void field_choice_words(struct field *fl, const char *(*word)(int))
{
	if (fl == NULL)
		return;
	fl->word = word;
	choice_widths(fl);
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
		/* The key (sum, self), not the word it is shown as. */
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
		/* The choices are keys (sum, self); shown in the user's words. */
		const char *c = fl->nchoices > 0 ? choice_text(fl, fl->choice) : "";
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

/* Where each field goes: its input, and its error wrapped beside or below. */
struct fgeom {
	int input_w;       /* columns of the input */
	bool beside;       /* error and hint right of the input */
	int note_x, note_w;
	char **lines;      /* the error wrapped */
	size_t nlines;
	int rows;          /* rows the field takes */
};

#define ERROR_LINES 4

/* The whole form's geometry for one draw. */
struct fbox {
	int x, y, w, h;            /* the box */
	int inner_w, area_w;       /* inside the borders; left of the side panel */
	int side_w, label_w;
	int avail;                 /* rows for the fields */
	char **msg, **note;        /* the message and the note, wrapped */
	size_t nmsg, nnote;
	int msg_rows, note_rows;
	struct fgeom g[FORM_FIELDS];
};

static void box_free(struct fbox *b, int n)
{
	int i;

	for (i = 0; i < n; i++)
		render_lines_free(b->g[i].lines, b->g[i].nlines);
	render_lines_free(b->msg, b->nmsg);
	render_lines_free(b->note, b->nnote);
}

/* The box's width and the columns of labels, inputs and the side panel. */
static void measure_width(struct form *f, struct fbox *b)
{
	int want_input = 0, i;

	for (i = 0; i < f->n; i++) {
		int lw = (int)mbo_text_width(f->f[i].label) + 2;
		if (lw > b->label_w)
			b->label_w = lw;
		if (f->f[i].width > want_input)
			want_input = f->f[i].width;
		f->row_of[i] = -1;
	}
	b->side_w = f->side_w;
	b->w = b->label_w + want_input + 34 + (b->side_w ? b->side_w + 1 : 0) + 4;
	if (b->w < 64)
		b->w = 64;
	/* Nearly as wide as the terminal: take all of it, so that no column of
	 * the screen below shows beside the box. */
	if (b->w > COLS - 4)
		b->w = COLS;
	b->inner_w = b->w - 4;
	if (b->side_w && b->side_w < b->inner_w * 2 / 5)
		b->side_w = b->inner_w * 2 / 5;
	b->area_w = b->inner_w - (b->side_w ? b->side_w + 1 : 0);
	if (b->side_w && b->area_w < b->label_w + 24) {
		b->side_w = 0;
		b->area_w = b->inner_w;
	}
}

/* The rows: the note, each field with its error, the message. */
static void measure_rows(struct form *f, struct fbox *b)
{
	int rows_total = 0, i;

	if (f->note[0]) {
		b->nnote = render_wrap(f->note, (size_t)b->area_w, &b->note);
		b->note_rows = (int)b->nnote + 1;
		rows_total += b->note_rows;
	}
	for (i = 0; i < f->n; i++) {
		struct field *fl = &f->f[i];
		struct fgeom *g = &b->g[i];
		int room = b->area_w - b->label_w;

		g->input_w = fl->width < room ? fl->width : room;
		g->beside = room - g->input_w - 1 >= 20;
		g->note_x = g->beside ? b->label_w + g->input_w + 1 : b->label_w;
		g->note_w = g->beside ? room - g->input_w - 1 : room;
		g->rows = 1;
		if (fl->error[0]) {
			g->nlines = render_wrap(fl->error, (size_t)g->note_w, &g->lines);
			if (g->nlines > ERROR_LINES)
				g->nlines = ERROR_LINES;
			g->rows += (int)g->nlines - (g->beside ? 1 : 0);
		}
		rows_total += g->rows;
	}
	if (f->message[0]) {
		b->nmsg = render_wrap(f->message, (size_t)b->inner_w, &b->msg);
		b->msg_rows = b->nmsg > 3 ? 3 : (int)b->nmsg;
	}
	/* Borders, a blank row, the message, the help line. */
	b->h = rows_total + 4 + b->msg_rows;
	if (b->side_w && b->h < 16)
		b->h = 16;
	if (b->h > LINES - 1)
		b->h = LINES - 1;
	b->y = (LINES - 1 - b->h) / 2;
	b->x = (COLS - b->w) / 2;
	b->avail = b->h - 4 - b->msg_rows - b->note_rows;
	if (b->avail < 1)
		b->avail = 1;
}

/* The box, its borders (plain ASCII lines where the line-drawing set may
 * not show) and the title. */
static void draw_frame(const struct fbox *b, const char *title)
{
	bool ascii = w_ascii();
	int y, tw = (int)mbo_text_width(title);

	for (y = b->y; y < b->y + b->h; y++)
		w_fill(y, b->x, b->w, ROLE_FORM);
	role_set(ROLE_FORM);
	mvhline(b->y, b->x + 1, ascii ? '-' : ACS_HLINE, b->w - 2);
	mvhline(b->y + b->h - 1, b->x + 1, ascii ? '-' : ACS_HLINE, b->w - 2);
	mvvline(b->y + 1, b->x, ascii ? '|' : ACS_VLINE, b->h - 2);
	mvvline(b->y + 1, b->x + b->w - 1, ascii ? '|' : ACS_VLINE, b->h - 2);
	mvaddch(b->y, b->x, ascii ? '+' : ACS_ULCORNER);
	mvaddch(b->y, b->x + b->w - 1, ascii ? '+' : ACS_URCORNER);
	mvaddch(b->y + b->h - 1, b->x, ascii ? '+' : ACS_LLCORNER);
	mvaddch(b->y + b->h - 1, b->x + b->w - 1, ascii ? '+' : ACS_LRCORNER);
	role_set(ROLE_NORMAL);
	if (tw > b->w - 6)
		tw = b->w - 6;
	w_text(b->y, b->x + 2, 1, " ", ROLE_FORM);
	w_str(b->y, b->x + 3, tw, title, ROLE_TITLE);
	w_text(b->y, b->x + 3 + tw, 1, " ", ROLE_FORM);
}

/* Scrolls the fields so that the current one shows. */
static void scroll_to_current(struct form *f, const struct fbox *b)
{
	int i;

	if (f->cur < f->top)
		f->top = f->cur;
	for (;;) {
		int used = 0;
		for (i = f->top; i <= f->cur && i < f->n; i++)
			used += b->g[i].rows;
		if (used <= b->avail || f->top >= f->cur)
			break;
		f->top++;
	}
}

/* One field at row y: the mark, the label, the input, its error or hint. */
static void draw_field(struct form *f, const struct fbox *b, int i, int y)
{
	const struct field *fl = &f->f[i];
	const struct fgeom *g = &b->g[i];
	int x0 = b->x + 2, cx = -1;
	bool active = i == f->cur;

	f->row_of[i] = y;
	w_text(y, x0, 1, active ? ">" : " ", ROLE_TITLE);
	w_text(y, x0 + 1, b->label_w - 2, fl->label, active ? ROLE_TITLE : ROLE_DIM);
	field_draw(fl, y, x0 + b->label_w, g->input_w, active, &cx);
	if (active && fl->type == FT_TEXT) {
		f->cursor_y = y;
		f->cursor_x = cx;
	}
	if (fl->error[0]) {
		int ey = g->beside ? y : y + 1;
		for (size_t k = 0; k < g->nlines; k++)
			w_str(ey + (int)k, x0 + g->note_x, g->note_w, g->lines[k], ROLE_ERROR);
	} else if (fl->hint[0] && active) {
		int hx = b->label_w + g->input_w + 1, hw = b->area_w - hx;
		if (hw >= 10)
			w_str(y, x0 + hx, hw, fl->hint, ROLE_DIM);
	}
}

/* The note and the fields that fit, with marks when some are scrolled off. */
static void draw_body(struct form *f, const struct fbox *b)
{
	bool ascii = w_ascii();
	int y = b->y + 1, i;

	for (i = 0; i < (int)b->nnote && y < b->y + b->h - 3 - b->msg_rows; i++, y++)
		w_str(y, b->x + 2, b->area_w, b->note[i], ROLE_NORMAL);
	if (b->note_rows)
		y++;
	for (i = f->top; i < f->n && y + b->g[i].rows <= b->y + 1 + b->note_rows + b->avail; i++) {
		draw_field(f, b, i, y);
		y += b->g[i].rows;
	}
	if (f->top > 0)
		w_str(b->y + 1, b->x + b->w - 3, 1, ascii ? "^" : "\xe2\x86\x91", ROLE_DIM);
	if (i < f->n)
		w_str(b->y + b->note_rows + b->avail, b->x + b->w - 3, 1, ascii ? "v" : "\xe2\x86\x93", ROLE_DIM);
}

void form_draw(struct form *f, struct app *host)
{
	struct fbox b;
	int i;

	memset(&b, 0, sizeof b);
	measure_width(f, &b);
	measure_rows(f, &b);
	draw_frame(&b, f->title);
	scroll_to_current(f, &b);
	f->cursor_y = f->cursor_x = -1;
	draw_body(f, &b);
	if (b.side_w && f->side) {
		int sx = b.x + 2 + b.area_w + 1;
		role_set(ROLE_FORM);
		mvvline(b.y + 1, sx - 1, w_ascii() ? '|' : ACS_VLINE, b.h - 3 - b.msg_rows);
		role_set(ROLE_NORMAL);
		f->side(host, f, b.y + 1, sx, b.h - 3 - b.msg_rows, b.w - 2 - (sx - b.x));
	}
	/* The message and the help line. */
	for (i = 0; i < b.msg_rows; i++)
		w_str(b.y + b.h - 2 - b.msg_rows + i, b.x + 2, b.inner_w, b.msg[i], ROLE_ERROR);
	w_str(b.y + b.h - 2, b.x + 2, b.inner_w,
	      f->n == 0 ? _("Enter: yes   Esc: no")
	                : _("Tab/Shift-Tab: next/previous field   Enter: save   Esc: cancel"), ROLE_DIM);
	box_free(&b, f->n);
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
