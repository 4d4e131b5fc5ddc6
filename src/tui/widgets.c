/*
 * widgets.c: drawing pieces shared by the screens (see widgets.h): text
 * fitted by display width and drawn with the wide-character curses calls,
 * progress bars, the key bar, list navigation keys, pages. It knows nothing
 * of the app: what a click on the key bar should do goes back to the
 * caller as spots (struct w_spot).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include <curses.h>

#include "widgets.h"
#include "colors.h"
#include "mbo/text.h"
#include "mbo/i18n.h"

static bool g_ascii;

void w_set_ascii(bool ascii)
{
	g_ascii = ascii;
}

bool w_ascii(void)
{
	return g_ascii;
}

/* Draws UTF-8 s at (y, x) with the current attributes. s is sanitized
 * already; a byte the locale cannot convert shows as '?'. */
static void put_utf8(int y, int x, const char *s)
{
	wchar_t small[256], *w = small;
	size_t n = strlen(s), k = 0, cap = sizeof small / sizeof small[0];
	mbstate_t st;

	if (n + 1 > cap) {
		cap = n + 1;
		w = malloc(cap * sizeof *w);
		if (w == NULL)
			return;
	}
	memset(&st, 0, sizeof st);
	while (n > 0) {
		wchar_t wc;
		size_t len = mbrtowc(&wc, s, n, &st);
		if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
			memset(&st, 0, sizeof st);
			wc = L'?';
			len = 1;
		}
		w[k++] = wc;
		s += len;
		n -= len;
	}
	if (k > 0)
		mvaddnwstr(y, x, w, (int)k);
	if (w != small)
		free(w);
}

static int clip(int x, int width)
{
	if (x >= COLS)
		return 0;
	return x + width > COLS ? COLS - x : width;
}

int w_text(int y, int x, int width, const char *s, int role)
{
	char *t;

	width = clip(x, width);
	if (width <= 0 || y < 0 || y >= LINES)
		return 0;
	t = render_fit_pad(s, (size_t)width, false, g_ascii);
	if (t == NULL)
		return 0;
	role_set(role);
	put_utf8(y, x, t);
	free(t);
	role_set(ROLE_NORMAL);
	return width;
}

int w_text_right(int y, int x, int width, const char *s, int role)
{
	char *t;

	width = clip(x, width);
	if (width <= 0 || y < 0 || y >= LINES)
		return 0;
	t = render_fit_pad(s, (size_t)width, true, g_ascii);
	if (t == NULL)
		return 0;
	role_set(role);
	put_utf8(y, x, t);
	free(t);
	role_set(ROLE_NORMAL);
	return width;
}

int w_str(int y, int x, int maxw, const char *s, int role)
{
	size_t used = 0;
	char *t;

	maxw = clip(x, maxw);
	if (maxw <= 0 || y < 0 || y >= LINES)
		return 0;
	t = mbo_text_fit(s ? s : "", (size_t)maxw, g_ascii, &used);
	if (t == NULL)
		return 0;
	role_set(role);
	put_utf8(y, x, t);
	free(t);
	role_set(ROLE_NORMAL);
	return (int)used;
}

void w_fill(int y, int x, int width, int role)
{
	width = clip(x, width);
	if (width <= 0 || y < 0 || y >= LINES)
		return;
	role_set(role);
	mvhline(y, x, ' ', width);
	role_set(ROLE_NORMAL);
}

void w_bar(int y, int x, int width, mbo_dec ratio, int role, int frame)
{
	char buf[4 * 256 + 8];

	if (width < 3)
		return;
	if (width > 256)
		width = 256;
	render_bar(ratio, width, g_ascii, buf, sizeof buf);
	/* The brackets in the normal role, the blocks in the bar's. */
	w_text(y, x, 1, "[", frame);
	buf[strlen(buf) - 1] = '\0';
	w_text(y, x + 1, width - 2, buf + 1, role);
	w_text(y, x + width - 1, 1, "]", frame);
}

int w_keybar(int y, const struct keyhint *k, size_t n, struct w_spot *spots, int cap)
{
	int x = 0, nspots = 0;
	size_t i;

	int tail = 0, total = 0;

	w_fill(y, 0, COLS, ROLE_NORMAL);
	for (i = 0; i < n; i++) {
		int w = (int)mbo_text_width(k[i].key) + 1 + (int)mbo_text_width(_(k[i].label)) + 1;
		total += w;
		if (i + 2 >= n)
			tail += w;
	}
	for (i = 0; i < n; i++) {
		char label[64];
		int kw = (int)mbo_text_width(k[i].key), lw;

		snprintf(label, sizeof label, " %s", _(k[i].label));
		lw = (int)mbo_text_width(label);
		/* When not all fit, the last two (help, back or quit) stay. */
		if (total > COLS && i + 2 < n && x + kw + lw + 1 + tail > COLS)
			continue;
		if (x + kw + lw > COLS)
			break;
		w_str(y, x, kw, k[i].key, ROLE_KEY);
		w_str(y, x + kw, lw, label, ROLE_KEYLABEL);
		if (nspots < cap)
			spots[nspots++] = (struct w_spot){ y, x, x + kw + lw, k[i].code };
		x += kw + lw + 1;
	}
	return nspots;
}

int w_id_width(int64_t max_id)
{
	/* TRANSLATORS: the column header of goal ids (as mbo checkin ID takes) */
	int n = 1, hw = (int)mbo_text_width(_("ID"));

	for (; max_id >= 10; max_id /= 10)
		n++;
	return n > hw ? n : hw;
}

int w_list_width(void)
{
	return COLS - 3;
}

void w_list_marks(int first, int last, bool above, bool below)
{
	if (above)
		w_text(first, COLS - 1, 1, g_ascii ? "^" : "\xe2\x86\x91", ROLE_DIM);
	if (below)
		w_text(last, COLS - 1, 1, g_ascii ? "v" : "\xe2\x86\x93", ROLE_DIM);
}

int key_list(struct list_state *l, int key, int rows)
{
	int move;

	switch (key) {
	case KEY_FN(KEY_UP): case 'k': move = LM_UP; break;
	case KEY_FN(KEY_DOWN): case 'j': move = LM_DOWN; break;
	case KEY_FN(KEY_PPAGE): case KEY_CTRL('b'): move = LM_PGUP; break;
	case KEY_FN(KEY_NPAGE): case KEY_CTRL('f'): move = LM_PGDN; break;
	case KEY_FN(KEY_HOME): case 'g': move = LM_HOME; break;
	case KEY_FN(KEY_END): case 'G': move = LM_END; break;
	default: return H_IGNORED;
	}
	return list_move(l, move, rows) ? H_HANDLED | H_REDRAW : H_HANDLED;
}

bool key_is_enter(int key)
{
	return key == '\n' || key == '\r' || key == KEY_FN(KEY_ENTER);
}

/* ---- pages ---- */

void page_clear(struct page *p)
{
	size_t i;
	int k;

	for (i = 0; i < p->n; i++)
		for (k = 0; k < p->lines[i].nseg; k++)
			free(p->lines[i].seg[k].text);
	free(p->lines);
	p->lines = NULL;
	p->n = p->cap = 0;
	chart_free(&p->chart);
}

struct page_line *page_line(struct page *p)
{
	struct page_line *l;

	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 64;
		struct page_line *v = realloc(p->lines, cap * sizeof *v);
		if (v == NULL)
			return NULL;
		p->lines = v;
		p->cap = cap;
	}
	l = &p->lines[p->n++];
	memset(l, 0, sizeof *l);
	l->chart_row = -1;
	return l;
}

void page_seg(struct page_line *l, int x, int w, bool right, int role, const char *fmt, ...)
{
	va_list ap;
	char buf[2400];
	struct page_seg *sg;

	if (l == NULL || l->nseg == PAGE_SEGS)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	sg = &l->seg[l->nseg];
	sg->text = malloc(strlen(buf) + 1);
	if (sg->text == NULL)
		return;
	strcpy(sg->text, buf);
	sg->role = role;
	sg->x = x;
	sg->w = w;
	sg->right = right;
	l->nseg++;
}

void page_kv(struct page_line *l, const char *label, int role, const char *value)
{
	page_seg(l, -1, 0, false, ROLE_DIM, "%s ", label);
	page_seg(l, -1, 0, false, role, "%s   ", value);
}

void page_para(struct page *p, const char *text, int indent, int width, int role)
{
	char **lines;
	size_t n, i;

	n = render_wrap(text, (size_t)(width - indent > 10 ? width - indent : 10), &lines);
	for (i = 0; i < n; i++)
		page_seg(page_line(p), indent, 0, false, role, "%s", lines[i]);
	render_lines_free(lines, n);
}

void page_section(struct page *p, const char *title)
{
	page_line(p);
	page_seg(page_line(p), 1, 0, false, ROLE_SECTION, "%s", title);
}

void page_chart(struct page *p, struct chart *c)
{
	int r;

	chart_free(&p->chart);
	p->chart = *c;
	memset(c, 0, sizeof *c);
	for (r = 0; r < p->chart.h; r++) {
		struct page_line *l = page_line(p);
		if (l)
			l->chart_row = r;
	}
}

static const int chart_roles[] = {
	[CH_EMPTY] = ROLE_NORMAL, [CH_AXIS] = ROLE_CHART_AXIS, [CH_LABEL] = ROLE_DIM,
	[CH_PLAN] = ROLE_CHART_PLAN, [CH_ACTUAL] = ROLE_CHART_ACTUAL,
};

static void page_draw_line(const struct page *p, const struct page_line *l, int y)
{
	int x = 0, k;

	if (l->chart_row >= 0) {
		for (k = 0; k < p->chart.w && 1 + k < COLS; k++) {
			const struct chart_cell *c = &p->chart.cells[l->chart_row * p->chart.w + k];
			w_str(y, 1 + k, 1, c->s, chart_roles[c->kind]);
		}
		return;
	}
	for (k = 0; k < l->nseg; k++) {
		const struct page_seg *sg = &l->seg[k];
		int sx = sg->x >= 0 ? sg->x : x, w;
		if (sx >= COLS)
			break;
		if (sg->w > 0)
			w = sg->right ? w_text_right(y, sx, sg->w, sg->text, sg->role)
			              : w_text(y, sx, sg->w, sg->text, sg->role);
		else
			w = w_str(y, sx, COLS - sx, sg->text, sg->role);
		x = sx + w;
	}
}

void page_draw(struct page *p, int y, int rows)
{
	int i;

	if (rows < 1)
		return;
	if (p->n > (size_t)rows && p->top > p->n - (size_t)rows)
		p->top = p->n - (size_t)rows;
	if (p->n <= (size_t)rows)
		p->top = 0;
	for (i = 0; i < rows && p->top + (size_t)i < p->n; i++)
		page_draw_line(p, &p->lines[p->top + (size_t)i], y + i);
	if (p->top > 0)
		w_text(y, COLS - 1, 1, g_ascii ? "^" : "\xe2\x86\x91", ROLE_DIM);
	if (p->top + (size_t)rows < p->n)
		w_text(y + rows - 1, COLS - 1, 1, g_ascii ? "v" : "\xe2\x86\x93", ROLE_DIM);
}

int page_key(struct page *p, int key, int rows)
{
	size_t r = rows > 0 ? (size_t)rows : 1, max = p->n > r ? p->n - r : 0, old = p->top;

	switch (key) {
	case KEY_FN(KEY_UP): case 'k':
		if (p->top > 0)
			p->top--;
		break;
	case KEY_FN(KEY_DOWN): case 'j':
		if (p->top < max)
			p->top++;
		break;
	case KEY_FN(KEY_PPAGE): case KEY_CTRL('b'):
		p->top = p->top > r ? p->top - r : 0;
		break;
	case KEY_FN(KEY_NPAGE): case KEY_CTRL('f'): case ' ':
		p->top = p->top + r < max ? p->top + r : max;
		break;
	case KEY_FN(KEY_HOME): case 'g':
		p->top = 0;
		break;
	case KEY_FN(KEY_END): case 'G':
		p->top = max;
		break;
	default:
		return H_IGNORED;
	}
	return H_HANDLED | (p->top != old ? H_REDRAW : 0);
}
