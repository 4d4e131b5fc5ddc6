/*
 * text.c: display width, sanitizing and truncation of UTF-8 text, with
 * mbrtowc and wcwidth (as htop's RichString.c and tmux's utf8.c do).
 */
#define _XOPEN_SOURCE 700
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "mbo/text.h"

void mbo_text_init_locale(void)
{
	const char *cs;

	setlocale(LC_ALL, "");
	cs = nl_langinfo(CODESET);
	if (cs == NULL || strcmp(cs, "UTF-8") != 0) {
		if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
			setlocale(LC_CTYPE, "en_US.UTF-8");
	}
}

/* Decodes one UTF-8 character at s (n bytes left). Returns its length, or 0
 * for an invalid byte (then *wc is U+FFFD and the caller skips one byte). */
static size_t decode(const char *s, size_t n, wchar_t *wc)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c;
	size_t len, i;

	if (u[0] < 0x80) {
		*wc = u[0];
		return 1;
	}
	if ((u[0] & 0xe0) == 0xc0) {
		len = 2;
		c = u[0] & 0x1f;
	} else if ((u[0] & 0xf0) == 0xe0) {
		len = 3;
		c = u[0] & 0x0f;
	} else if ((u[0] & 0xf8) == 0xf0) {
		len = 4;
		c = u[0] & 0x07;
	} else {
		*wc = 0xfffd;
		return 0;
	}
	if (n < len) {
		*wc = 0xfffd;
		return 0;
	}
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80) {
			*wc = 0xfffd;
			return 0;
		}
		c = (c << 6) | (u[i] & 0x3f);
	}
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
		*wc = 0xfffd;
		return 0;
	}
	*wc = (wchar_t)c;
	return len;
}

/* Bidirectional controls: they reorder the text around them, so a title can
 * show one thing and hold another. */
static int is_bidi(wchar_t c)
{
	return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
	       (c >= 0x2066 && c <= 0x2069);
}

/* Invisible format characters: zero-width space, word joiner, the byte
 * order mark and their kin, which make two names that look alike differ.
 * The zero-width joiner and non-joiner (U+200C, U+200D) stay allowed: some
 * scripts and emoji need them. */
static int is_invisible(wchar_t c)
{
	return c == 0x180e || c == 0x200b || (c >= 0x2060 && c <= 0x2064) ||
	       (c >= 0x206a && c <= 0x206f) || c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb);
}

static int is_control(wchar_t c)
{
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
	       c == 0x2028 || c == 0x2029 || is_bidi(c) || is_invisible(c);
}

static int char_width(wchar_t c)
{
	int w;

	if (c >= 0x20 && c < 0x7f)
		return 1;
	w = wcwidth(c);
	return w < 0 ? 1 : w;
}

/* The length of s when it is printable ASCII only (the common case, which
 * needs no decoding), else (size_t)-1. */
static size_t plain_ascii(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 0; u[i]; i++)
		if (u[i] < 0x20 || u[i] >= 0x7f)
			return (size_t)-1;
	return i;
}

/* Appends to a growing buffer. */
struct buf {
	char *p;
	size_t len, cap;
	int failed;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		char *p;
		while (cap < b->len + n + 1)
			cap *= 2;
		p = realloc(b->p, cap);
		if (p == NULL) {
			b->failed = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/*
 * Walks s, calling emit for each displayable unit: either a valid printable
 * character (its bytes) or the visible escape of a control or bad byte.
 */
typedef int (*unit_fn)(void *arg, const char *bytes, size_t n, int width);

static void walk(const char *s, bool oneline, unit_fn fn, void *arg)
{
	size_t n = strlen(s);
	static const char fffd[] = "\xef\xbf\xbd";

	while (n > 0) {
		wchar_t wc;
		size_t len = decode(s, n, &wc);
		char esc[16];

		if (len == 0) {
			if (fn(arg, fffd, 3, 1))
				return;
			s++;
			n--;
			continue;
		}
		if (is_control(wc) && !(!oneline && (wc == '\n' || wc == '\t'))) {
			int k;
			if (wc == '\t')
				k = snprintf(esc, sizeof esc, " ");
			else if (wc < 0x100)
				k = snprintf(esc, sizeof esc, "\\x%02x", (unsigned)wc);
			else
				k = snprintf(esc, sizeof esc, "\\u%04x", (unsigned)wc);
			if (fn(arg, esc, (size_t)k, k))
				return;
		} else if (fn(arg, s, len, wc == '\n' ? 0 : char_width(wc))) {
			return;
		}
		s += len;
		n -= len;
	}
}

static int sum_width(void *arg, const char *bytes, size_t n, int width)
{
	(void)bytes;
	(void)n;
	*(size_t *)arg += (size_t)width;
	return 0;
}

size_t mbo_text_width(const char *s)
{
	size_t w = 0;

	if (s == NULL)
		return 0;
	if ((w = plain_ascii(s)) != (size_t)-1)
		return w;
	w = 0;
	walk(s, true, sum_width, &w);
	return w;
}

static int append_unit(void *arg, const char *bytes, size_t n, int width)
{
	(void)width;
	put(arg, bytes, n);
	return 0;
}

char *mbo_text_sanitize(const char *s, bool oneline)
{
	struct buf b = { 0 };
	if (s && plain_ascii(s) != (size_t)-1)
		return strdup(s);   /* nothing to escape */
	put(&b, "", 0);
	if (s)
		walk(s, oneline, append_unit, &b);
	if (b.failed) {
		free(b.p);
		return NULL;
	}
	return b.p;
}

struct fit {
	struct buf out;
	size_t limit, used;
	int cut;
};

static int fit_unit(void *arg, const char *bytes, size_t n, int width)
{
	struct fit *f = arg;

	if (f->used + (size_t)width > f->limit) {
		f->cut = 1;
		return 1;
	}
	put(&f->out, bytes, n);
	f->used += (size_t)width;
	return 0;
}

char *mbo_text_fit(const char *s, size_t width, bool ascii, size_t *out_width)
{
	struct fit f = { { 0 }, width, 0, 0 };

	put(&f.out, "", 0);
	if (s && mbo_text_width(s) > width) {
		/* Leave a column for the ellipsis. */
		f.limit = width > 0 ? width - 1 : 0;
		walk(s, true, fit_unit, &f);
		if (width > 0) {
			if (ascii)
				put(&f.out, "~", 1);
			else
				put(&f.out, "\xe2\x80\xa6", 3);
			f.used++;
		}
	} else if (s) {
		walk(s, true, fit_unit, &f);
	}
	if (f.out.failed) {
		free(f.out.p);
		return NULL;
	}
	if (out_width)
		*out_width = f.used;
	return f.out.p;
}

size_t mbo_text_chars(const char *s)
{
	size_t n = strlen(s), count = 0;

	while (n > 0) {
		wchar_t wc;
		size_t len = decode(s, n, &wc);
		if (len == 0)
			len = 1;
		s += len;
		n -= len;
		count++;
	}
	return count;
}

bool mbo_text_is_clean(const char *s, bool allow_newline)
{
	size_t n = strlen(s);

	while (n > 0) {
		wchar_t wc;
		size_t len = decode(s, n, &wc);
		if (len == 0)
			return false;
		if (is_control(wc) && !(allow_newline && (wc == '\n' || wc == '\t')))
			return false;
		s += len;
		n -= len;
	}
	return true;
}

void mbo_text_trim_partial(char *s)
{
	size_t n = strlen(s), i = n, need;
	unsigned char c;

	/* Back to the lead byte of the last character (at most 3 back). */
	while (i > 0 && n - i < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0)
		return;
	c = (unsigned char)s[i - 1];
	need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (need > 1 && n - (i - 1) < need)
		s[i - 1] = '\0';
}

size_t mbo_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	wchar_t wc;
	size_t len = decode(s, n, &wc);

	*cp = (uint32_t)wc;
	return len;
}

bool mbo_text_is_control(uint32_t cp)
{
	return is_control((wchar_t)cp);
}

struct excerpt {
	char *buf;
	size_t cap, len, limit, used;
	int cut;
};

static int excerpt_unit(void *arg, const char *bytes, size_t n, int width)
{
	struct excerpt *e = arg;

	/* Room for the ellipsis (3 bytes, 1 column) and the NUL. */
	if (e->used + (size_t)width > e->limit || e->len + n + 4 > e->cap) {
		e->cut = 1;
		return 1;
	}
	memcpy(e->buf + e->len, bytes, n);
	e->len += n;
	e->used += (size_t)width;
	return 0;
}

const char *mbo_text_excerpt(const char *s, char *buf, size_t cap)
{
	struct excerpt e = { buf, cap, 0, MBO_EXCERPT_WIDTH - 1, 0, 0 };

	if (cap == 0)
		return buf;
	buf[0] = '\0';
	if (s == NULL || cap < 4)
		return buf;
	if (mbo_text_width(s) <= MBO_EXCERPT_WIDTH)
		e.limit = MBO_EXCERPT_WIDTH;
	walk(s, true, excerpt_unit, &e);
	if (e.cut) {
		memcpy(buf + e.len, "\xe2\x80\xa6", 3);
		e.len += 3;
	}
	buf[e.len] = '\0';
	return buf;
}

int mbo_text_first_bad(const char *s, bool allow_newline, unsigned long *code, size_t *at)
{
	size_t n = strlen(s), chars = 0;
	const char *start = s;

	while (n > 0) {
		wchar_t wc;
		size_t len = decode(s, n, &wc);

		chars++;
		if (len == 0) {
			*code = (unsigned char)*s;
			*at = (size_t)(s - start) + 1;
			return MBO_TEXT_BAD_UTF8;
		}
		if (is_control(wc) && !(allow_newline && (wc == '\n' || wc == '\t'))) {
			*code = (unsigned long)wc;
			*at = chars;
			return is_bidi(wc) ? MBO_TEXT_BAD_BIDI : is_invisible(wc) ? MBO_TEXT_BAD_INVISIBLE
			                                       : MBO_TEXT_BAD_CONTROL;
		}
		s += len;
		n -= len;
	}
	return MBO_TEXT_CLEAN;
}

/* ---- fitting columns ---- */

static int floor_of(const mbo_column *c, bool soft)
{
	int f = soft && c->soft > c->min ? c->soft : c->min;

	return f < c->want ? f : c->want;
}

/* Narrows visible columns towards their floor while total > width: the
 * growing ones first, then the others, one column at a time, always the
 * one with the most to give (the leftmost of equals). */
static int narrow(const mbo_column *col, int n, int width, bool soft, int *w, int total)
{
	for (int pass = 0; pass < 2; pass++) {
		while (total > width) {
			int best = -1, i;
			for (i = 0; i < n; i++) {
				int room = w[i] - floor_of(&col[i], soft);
				if (w[i] == 0 || room <= 0 || (col[i].grow > 0) != (pass == 0))
					continue;
				if (best < 0 || room > w[best] - floor_of(&col[best], soft))
					best = i;
			}
			if (best < 0)
				break;
			w[best]--;
			total--;
		}
	}
	return total;
}

/* Gives the room left (width - total) back: narrowed fixed columns up to
 * their want, then the growing ones by share up to their max. */
static int widen(const mbo_column *col, int n, int width, int *w, int total)
{
	int i;

	for (i = 0; i < n && total < width; i++) {
		int add = col[i].want - w[i];
		if (w[i] == 0 || col[i].grow > 0 || add <= 0)
			continue;
		if (add > width - total)
			add = width - total;
		w[i] += add;
		total += add;
	}
	while (total < width) {
		int extra = width - total, sum = 0, given = 0;
		for (i = 0; i < n; i++)
			if (w[i] > 0 && col[i].grow > 0 && (col[i].max == 0 || w[i] < col[i].max))
				sum += col[i].grow;
		if (sum == 0)
			break;
		for (i = 0; i < n && given < extra; i++) {
			int add;
			if (w[i] == 0 || col[i].grow == 0 || (col[i].max && w[i] >= col[i].max))
				continue;
			add = extra * col[i].grow / sum;
			if (add < 1)
				add = 1;
			if (add > extra - given)
				add = extra - given;
			if (col[i].max && w[i] + add > col[i].max)
				add = col[i].max - w[i];
			w[i] += add;
			given += add;
		}
		total += given;
		if (given == 0)
			break;
	}
	return total;
}

int mbo_columns_fit(const mbo_column *col, int n, int width, int gap, bool cut, int *w)
{
	int total = 0, nvis = 0, i;

	for (i = 0; i < n; i++) {
		w[i] = col[i].want > 0 ? col[i].want : 0;
		if (col[i].max > 0 && w[i] > col[i].max)
			w[i] = col[i].max;
		if (w[i] > 0) {
			total += w[i];
			nvis++;
		}
	}
	total += nvis > 1 ? (nvis - 1) * gap : 0;
	total = narrow(col, n, width, true, w, total);
	while (total > width) {
		int best = -1;
		for (i = 0; i < n; i++)
			if (w[i] > 0 && col[i].drop > 0 && (best < 0 || col[i].drop > col[best].drop))
				best = i;
		if (best < 0)
			break;
		total -= w[best] + (nvis > 1 ? gap : 0);
		w[best] = 0;
		nvis--;
	}
	total = narrow(col, n, width, false, w, total);
	for (i = n - 1; cut && i >= 0 && total > width; i--) {
		int by = total - width < w[i] ? total - width : w[i];
		if (w[i] == 0)
			continue;
		w[i] -= by;
		total -= by;
		if (w[i] == 0) {   /* cut away whole: its gap goes too */
			total -= nvis > 1 ? gap : 0;
			nvis--;
		}
	}
	return widen(col, n, width, w, total);
}
