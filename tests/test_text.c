/*
 * test_text.c: text as a terminal shows it (src/core/text.c): display
 * widths, sanitizing of control characters and escape sequences, invalid
 * UTF-8, truncation at character boundaries.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "mbo/text.h"

#define ELLIPSIS "\xe2\x80\xa6"
#define FFFD "\xef\xbf\xbd"

/* Fails when s holds a raw C0 control, DEL or a UTF-8 encoded C1 control
 * (newline and tab allowed only when `multiline`). */
static void assert_inert(const char *s, bool multiline)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 0; u[i]; i++) {
		if (multiline && (u[i] == '\n' || u[i] == '\t'))
			continue;
		if (u[i] < 0x20 || u[i] == 0x7f)
			fail_msg("raw control byte 0x%02x at %zu in \"%s\"", u[i], i, s);
		if (u[i] == 0xc2 && u[i + 1] >= 0x80 && u[i + 1] < 0xa0)
			fail_msg("raw C1 control U+%04X at %zu", u[i + 1], i);
	}
	if (!mbo_text_is_clean(s, multiline))
		fail_msg("sanitized text is not clean: \"%s\"", s);
}

static void sanitized_is(const char *in, bool oneline, const char *want)
{
	char *out = mbo_text_sanitize(in, oneline);

	assert_non_null(out);
	assert_inert(out, !oneline);
	if (strcmp(out, want) != 0)
		fail_msg("sanitize: got \"%s\", want \"%s\"", out, want);
	free(out);
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(mbo_text_width(""), 0);
	assert_int_equal(mbo_text_width(NULL), 0);
	assert_int_equal(mbo_text_width("hello"), 5);
	assert_int_equal(mbo_text_width("销售额"), 6);
	assert_int_equal(mbo_text_width("Q4 销售额 100"), 13);
	assert_int_equal(mbo_text_width("chen.jing 陈静"), 14);
	/* A combining accent takes no column of its own. */
	assert_int_equal(mbo_text_width("e\xcc\x81"), 1);
	/* Full-width digits are two columns each. */
	assert_int_equal(mbo_text_width("\xef\xbc\x91\xef\xbc\x92"), 4);
	/* Widths are those of the sanitized text: ESC shows as \x1b. */
	assert_int_equal(mbo_text_width("a\x1b"), 5);
	/* An invalid byte shows as one U+FFFD. */
	assert_int_equal(mbo_text_width("a\xff" "b"), 3);
}

static void test_chars(void **state)
{
	(void)state;
	assert_int_equal(mbo_text_chars(""), 0);
	assert_int_equal(mbo_text_chars("abc"), 3);
	assert_int_equal(mbo_text_chars("销售额"), 3);
	assert_int_equal(mbo_text_chars("Q4销售额"), 5);
	assert_int_equal(mbo_text_chars("a\xff" "b"), 3);
}

static void test_sanitize_controls(void **state)
{
	(void)state;
	sanitized_is("plain 销售额", true, "plain 销售额");
	sanitized_is("", true, "");
	sanitized_is("a\x1b[31mred\x1b[0m", true, "a\\x1b[31mred\\x1b[0m");
	sanitized_is("bell\a", true, "bell\\x07");
	sanitized_is("back\bspace", true, "back\\x08space");
	sanitized_is("over\rwrite", true, "over\\x0dwrite");
	sanitized_is("del\x7f", true, "del\\x7f");
	/* OSC 52 would write the victim's clipboard; it must arrive inert. */
	sanitized_is("\x1b]52;c;ZWNobyBwd25lZA==\a", true, "\\x1b]52;c;ZWNobyBwd25lZA==\\x07");
	sanitized_is("\x1b]52;c;ZWNobyBwd25lZA==\x1b\\", true, "\\x1b]52;c;ZWNobyBwd25lZA==\\x1b\\");
	/* C1 controls (CSI as U+009B) and bidi overrides. */
	sanitized_is("x\xc2\x9b" "31m", true, "x\\x9b31m");
	sanitized_is("abc\xe2\x80\xae" "def", true, "abc\\u202edef");
	/* Newlines: escaped on one line, kept in multi-line text. */
	sanitized_is("two\nlines", true, "two\\x0alines");
	sanitized_is("two\nlines", false, "two\nlines");
	sanitized_is("two\n\x1b[2Jlines", false, "two\n\\x1b[2Jlines");
	/* NULL gives an empty string. */
	{
		char *out = mbo_text_sanitize(NULL, true);
		assert_non_null(out);
		assert_string_equal(out, "");
		free(out);
	}
}

static void test_sanitize_tab_oneline(void **state)
{
	char *out = mbo_text_sanitize("a\tb", true);

	(void)state;
	assert_non_null(out);
	assert_null(strchr(out, '\t'));
	assert_inert(out, false);
	free(out);
	out = mbo_text_sanitize("a\tb", false);
	assert_non_null(out);
	assert_string_equal(out, "a\tb");
	free(out);
}

static void test_sanitize_every_control(void **state)
{
	char in[4], *out;
	int c;

	(void)state;
	for (c = 1; c < 0x20; c++) {
		in[0] = 'x';
		in[1] = (char)c;
		in[2] = '\0';
		out = mbo_text_sanitize(in, true);
		assert_non_null(out);
		assert_inert(out, false);
		assert_true(mbo_text_width(in) == mbo_text_width(out));
		free(out);
	}
	for (c = 0x80; c < 0xa0; c++) {
		in[0] = (char)0xc2;
		in[1] = (char)c;
		in[2] = '\0';
		out = mbo_text_sanitize(in, true);
		assert_non_null(out);
		assert_inert(out, false);
		free(out);
	}
}

static void test_sanitize_invalid_utf8(void **state)
{
	(void)state;
	sanitized_is("a\xff" "b", true, "a" FFFD "b");
	sanitized_is("\xfe\xff", true, FFFD FFFD);
	/* A lone continuation byte. */
	sanitized_is("x\x80y", true, "x" FFFD "y");
	/* A character cut short at the end, and in the middle. */
	sanitized_is("销\xe5\x94", true, "销" FFFD FFFD);
	sanitized_is("\xe5\x94" "a", true, FFFD FFFD "a");
	/* Overlong encodings and surrogates are not UTF-8. */
	sanitized_is("\xc0\xaf", true, FFFD FFFD);
	sanitized_is("\xe0\x80\xaf", true, FFFD FFFD FFFD);
	sanitized_is("\xed\xa0\x80", true, FFFD FFFD FFFD);
	/* Beyond U+10FFFF. */
	sanitized_is("\xf4\x90\x80\x80", true, FFFD FFFD FFFD FFFD);
	/* An overlong ESC must not sneak through as ESC. */
	sanitized_is("\xc0\x9b[2J", true, FFFD FFFD "[2J");
	/* Valid four-byte characters pass. */
	sanitized_is("\xf0\x9f\x98\x80", true, "\xf0\x9f\x98\x80");
}

/* Checks fit(s, w) for one width: within the limit, the reported width is
 * the real one, the text is whole characters of s then an ellipsis when cut. */
static void check_fit(const char *s, size_t w, bool ascii)
{
	size_t used = 12345, full = mbo_text_width(s);
	char *out = mbo_text_fit(s, w, ascii, &used);
	const char *mark = ascii ? "~" : ELLIPSIS;

	assert_non_null(out);
	if (used > w)
		fail_msg("fit(\"%s\", %zu) used %zu columns", s, w, used);
	assert_int_equal(used, mbo_text_width(out));
	assert_true(mbo_text_is_clean(out, false));
	if (full <= w) {
		assert_string_equal(out, s);
		assert_int_equal(used, full);
	} else if (w > 0) {
		size_t n = strlen(out), m = strlen(mark);
		assert_true(n >= m);
		assert_memory_equal(out + n - m, mark, m);
		/* The part before the mark is a prefix of s. */
		assert_memory_equal(out, s, n - m);
		/* And as long as fits: one more character would overflow. */
		assert_true(used == w || used == w - 1);
	} else {
		assert_string_equal(out, "");
	}
	free(out);
}

static void test_fit_chinese(void **state)
{
	const char *s = "销售额目标达成";   /* 7 characters, 14 columns */
	size_t w, used;
	char *out;

	(void)state;
	for (w = 0; w <= 16; w++) {
		check_fit(s, w, false);
		check_fit(s, w, true);
		check_fit("Q4 销售额 report", w, false);
		check_fit("abcdefghij", w, true);
	}
	/* Odd widths: a two-column character does not fit in the last column. */
	out = mbo_text_fit(s, 9, false, &used);
	assert_string_equal(out, "销售额目" ELLIPSIS);
	assert_int_equal(used, 9);
	free(out);
	out = mbo_text_fit(s, 8, false, &used);
	assert_string_equal(out, "销售额" ELLIPSIS);
	assert_int_equal(used, 7);
	free(out);
	out = mbo_text_fit(s, 3, false, &used);
	assert_string_equal(out, "销" ELLIPSIS);
	assert_int_equal(used, 3);
	free(out);
	out = mbo_text_fit(s, 2, false, &used);
	assert_string_equal(out, ELLIPSIS);
	assert_int_equal(used, 1);
	free(out);
	out = mbo_text_fit(s, 1, false, &used);
	assert_string_equal(out, ELLIPSIS);
	assert_int_equal(used, 1);
	free(out);
	out = mbo_text_fit(s, 0, false, &used);
	assert_string_equal(out, "");
	assert_int_equal(used, 0);
	free(out);
	/* Exactly fitting text is not cut. */
	out = mbo_text_fit(s, 14, false, &used);
	assert_string_equal(out, s);
	assert_int_equal(used, 14);
	free(out);
	/* out_width may be NULL. */
	out = mbo_text_fit(s, 5, false, NULL);
	assert_string_equal(out, "销售" ELLIPSIS);
	free(out);
}

static void test_fit_ascii_fallback(void **state)
{
	size_t used;
	char *out;

	(void)state;
	out = mbo_text_fit("abcdefgh", 5, true, &used);
	assert_string_equal(out, "abcd~");
	assert_int_equal(used, 5);
	free(out);
	out = mbo_text_fit("销售额", 5, true, &used);
	assert_string_equal(out, "销售~");
	assert_int_equal(used, 5);
	free(out);
	out = mbo_text_fit("abcdefgh", 5, false, &used);
	assert_string_equal(out, "abcd" ELLIPSIS);
	assert_int_equal(used, 5);
	free(out);
}

static void test_fit_sanitizes(void **state)
{
	size_t used;
	char *out;

	(void)state;
	/* The escape is shown, never sent, and never split. */
	out = mbo_text_fit("ab\x1b[2Jcd", 20, false, &used);
	assert_string_equal(out, "ab\\x1b[2Jcd");
	assert_int_equal(used, 11);
	free(out);
	out = mbo_text_fit("ab\x1b[2Jcd", 5, false, &used);
	assert_inert(out, false);
	assert_string_equal(out, "ab" ELLIPSIS);
	assert_int_equal(used, 3);
	free(out);
	out = mbo_text_fit("a\xff" "bcdef", 4, false, &used);
	assert_string_equal(out, "a" FFFD "b" ELLIPSIS);
	assert_int_equal(used, 4);
	free(out);
	check_fit("ab\x1b" "cd", 4, false);
}

static void test_is_clean(void **state)
{
	(void)state;
	assert_true(mbo_text_is_clean("", false));
	assert_true(mbo_text_is_clean("Sign 5 new customers", false));
	assert_true(mbo_text_is_clean("签约5个新客户", false));
	assert_false(mbo_text_is_clean("a\x1b[31m", false));
	assert_false(mbo_text_is_clean("a\x1b[31m", true));
	assert_false(mbo_text_is_clean("a\a", true));
	assert_false(mbo_text_is_clean("a\r\n", true));
	assert_false(mbo_text_is_clean("a\x7f", false));
	assert_false(mbo_text_is_clean("a\xc2\x85", false));          /* NEL */
	assert_false(mbo_text_is_clean("abc\xe2\x80\xae", false));    /* RLO */
	assert_false(mbo_text_is_clean("a\xff", false));
	assert_false(mbo_text_is_clean("\xed\xa0\x80", true));
	assert_false(mbo_text_is_clean("a\nb", false));
	assert_true(mbo_text_is_clean("a\nb", true));
	assert_false(mbo_text_is_clean("a\tb", false));
	assert_true(mbo_text_is_clean("a\tb", true));
}

/* The one UTF-8 decoder: each length at its smallest and largest code
 * point, and each way bytes fail to be UTF-8. */
static void test_utf8_decode(void **state)
{
	static const struct { const char *s; size_t n, len; uint32_t cp; } ok[] = {
		{ "A", 1, 1, 0x41 }, { "\x7f", 1, 1, 0x7f },
		{ "\xc2\x80", 2, 2, 0x80 }, { "\xdf\xbf", 2, 2, 0x7ff },
		{ "\xe0\xa0\x80", 3, 3, 0x800 }, { "\xe4\xb8\xad", 3, 3, 0x4e2d },   /* 中 */
		{ "\xef\xbf\xbf", 3, 3, 0xffff }, { "\xf0\x90\x80\x80", 4, 4, 0x10000 },
		{ "\xf4\x8f\xbf\xbf", 4, 4, 0x10ffff },
	};
	static const struct { const char *s; size_t n; } bad[] = {
		{ "\x80", 1 },                 /* a lone continuation byte */
		{ "\xc0\x80", 2 },             /* overlong NUL */
		{ "\xc1\xbf", 2 },             /* overlong 0x7f */
		{ "\xe0\x9f\xbf", 3 },         /* overlong 0x7ff */
		{ "\xed\xa0\x80", 3 },         /* the surrogate U+D800 */
		{ "\xf4\x90\x80\x80", 4 },     /* U+110000, beyond Unicode */
		{ "\xe4\xb8", 2 },             /* cut short */
		{ "\xe4\x41\xad", 3 },         /* a continuation that is not */
		{ "\xff", 1 }, { "\xf8\x88\x80\x80\x80", 5 },
	};
	size_t i;
	uint32_t cp;

	(void)state;
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		assert_int_equal(mbo_utf8_decode(ok[i].s, ok[i].n, &cp), ok[i].len);
		assert_int_equal(cp, ok[i].cp);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(mbo_utf8_decode(bad[i].s, bad[i].n, &cp), 0);
		assert_int_equal(cp, 0xfffd);
	}
	/* Controls: below, on and above each edge of each range. */
	assert_true(mbo_text_is_control(0x00) && mbo_text_is_control(0x1f));
	assert_false(mbo_text_is_control(0x20) || mbo_text_is_control(0x7e));
	assert_true(mbo_text_is_control(0x7f) && mbo_text_is_control(0x80) && mbo_text_is_control(0x9f));
	assert_false(mbo_text_is_control(0xa0));
	assert_true(mbo_text_is_control(0x2028) && mbo_text_is_control(0x2029));
	assert_true(mbo_text_is_control(0x202a) && mbo_text_is_control(0x202e));
	assert_false(mbo_text_is_control(0x202f) || mbo_text_is_control(0x2027));
	assert_true(mbo_text_is_control(0x2066) && mbo_text_is_control(0x2069));
	assert_false(mbo_text_is_control(0x2065));
	/* Invisible format characters (test_invisible) count too. */
	assert_true(mbo_text_is_control(0x200b) && mbo_text_is_control(0xfeff));
	assert_true(mbo_text_is_control(0x206a) && mbo_text_is_control(0x206f));
	assert_false(mbo_text_is_control(0x2070) || mbo_text_is_control(0x200d));
	assert_false(mbo_text_is_control(0x4e2d));
}

/* Invisible format characters make two names that look alike differ: they
 * are refused like controls and shown as escapes. ZWJ and ZWNJ stay. */
static void test_invisible(void **state)
{
	(void)state;
	assert_false(mbo_text_is_clean("ann\xe2\x80\x8b", false));       /* U+200B */
	assert_false(mbo_text_is_clean("\xef\xbb\xbf" "ann", false));    /* U+FEFF */
	assert_false(mbo_text_is_clean("a\xe2\x81\xa0" "b", false));     /* U+2060 */
	assert_false(mbo_text_is_clean("a\xe2\x81\xa6" "b", false));     /* U+2066 */
	assert_false(mbo_text_is_clean("a\xe2\x80\x8f" "b", false));     /* U+200F */
	assert_true(mbo_text_is_clean("a\xe2\x80\x8d" "b", false));      /* ZWJ */
	assert_true(mbo_text_is_clean("a\xe2\x80\x8c" "b", false));      /* ZWNJ */
	sanitized_is("ann\xe2\x80\x8b", true, "ann\\u200b");
	sanitized_is("\xef\xbb\xbf" "x", true, "\\ufeffx");
	/* An escape is as wide as it is long: "\u200b" is 6 columns. */
	assert_int_equal(mbo_text_width("a\xe2\x80\x8b"), 7);
}

static void test_first_bad(void **state)
{
	unsigned long code = 0;
	size_t at = 0;

	(void)state;
	assert_int_equal(mbo_text_first_bad("plain 销售", false, &code, &at), MBO_TEXT_CLEAN);
	assert_int_equal(mbo_text_first_bad("ab\x80", false, &code, &at), MBO_TEXT_BAD_UTF8);
	assert_int_equal(code, 0x80);
	assert_int_equal(at, 3);                       /* the third byte */
	/* "销" is one character of three bytes: U+202E is character 3. */
	assert_int_equal(mbo_text_first_bad("销a\xe2\x80\xae" "b", false, &code, &at), MBO_TEXT_BAD_BIDI);
	assert_int_equal(code, 0x202e);
	assert_int_equal(at, 3);
	assert_int_equal(mbo_text_first_bad("x\xe2\x80\x8b", false, &code, &at), MBO_TEXT_BAD_INVISIBLE);
	assert_int_equal(code, 0x200b);
	assert_int_equal(at, 2);
	assert_int_equal(mbo_text_first_bad("\x1b[31m", false, &code, &at), MBO_TEXT_BAD_CONTROL);
	assert_int_equal(code, 0x1b);
	assert_int_equal(at, 1);
	assert_int_equal(mbo_text_first_bad("a\nb", true, &code, &at), MBO_TEXT_CLEAN);
	assert_int_equal(mbo_text_first_bad("a\nb", false, &code, &at), MBO_TEXT_BAD_CONTROL);
	/* An overlong "/" and an encoded surrogate are not UTF-8. */
	assert_int_equal(mbo_text_first_bad("\xc0\xaf", false, &code, &at), MBO_TEXT_BAD_UTF8);
	assert_int_equal(mbo_text_first_bad("\xed\xa0\x80", false, &code, &at), MBO_TEXT_BAD_UTF8);
}

static void test_excerpt(void **state)
{
	char buf[MBO_EXCERPT_CAP], want[64];
	char *big = malloc(120001);

	(void)state;
	assert_non_null(big);
	memset(big, 'x', 120000);
	big[120000] = '\0';
	/* Short text is whole. */
	assert_string_equal(mbo_text_excerpt("ann", buf, sizeof buf), "ann");
	assert_string_equal(mbo_text_excerpt("", buf, sizeof buf), "");
	/* Exactly 40 columns stay whole; 120,000 become 39 and the ellipsis. */
	memset(want, 'x', 40);
	want[40] = '\0';
	assert_string_equal(mbo_text_excerpt(want, buf, sizeof buf), want);
	memcpy(want + 39, ELLIPSIS, 4);
	assert_string_equal(mbo_text_excerpt(big, buf, sizeof buf), want);
	assert_int_equal(mbo_text_width(buf), 40);
	/* Escaped, never raw. */
	assert_string_equal(mbo_text_excerpt("\x1b[31mred", buf, sizeof buf), "\\x1b[31mred");
	assert_string_equal(mbo_text_excerpt("a\xe2\x80\xae" "b", buf, sizeof buf), "a\\u202eb");
	assert_string_equal(mbo_text_excerpt("a\x80", buf, sizeof buf), "a" FFFD);
	/* 30 CJK characters are 60 columns: 19 (38 columns) fit before the
	 * ellipsis, a 20th would make 40 and leave it no room. */
	{
		char cjk[91] = "", w[64] = "";
		int i;
		for (i = 0; i < 30; i++)
			strcat(cjk, "销");
		for (i = 0; i < 19; i++)
			strcat(w, "销");
		strcat(w, ELLIPSIS);
		assert_string_equal(mbo_text_excerpt(cjk, buf, sizeof buf), w);
	}
	/* A small buffer is never overrun and ends whole. */
	assert_string_equal(mbo_text_excerpt(big, buf, 8), "xxxx" ELLIPSIS);
	free(big);
}

/* A title (long text: wants 30, narrows to 20 before anything is
 * dropped, then to 10, grows without limit), a number (8, never cut), a
 * note that may go (wants 12, drop 1) and a date (10), gap 2: together
 * 30 + 8 + 12 + 10 + 3 * 2 = 66. */
static void test_columns_fit(void **state)
{
	static const mbo_column col[] = {
		{ .want = 30, .min = 10, .soft = 20, .grow = 1 },
		{ .want = 8, .min = 8 },
		{ .want = 12, .min = 12, .drop = 1 },
		{ .want = 10, .min = 10 },
	};
	int w[4];

	(void)state;
	/* On the edge: 66 fits as wanted. */
	assert_int_equal(mbo_columns_fit(col, 4, 66, 2, false, w), 66);
	assert_int_equal(w[0], 30);
	assert_int_equal(w[2], 12);
	/* Room to spare: the growing title takes it all (67 - 66 = 1). */
	assert_int_equal(mbo_columns_fit(col, 4, 67, 2, false, w), 67);
	assert_int_equal(w[0], 31);
	assert_int_equal(w[1], 8);
	/* One short: the title narrows first (30 - 1 = 29). */
	assert_int_equal(mbo_columns_fit(col, 4, 65, 2, false, w), 65);
	assert_int_equal(w[0], 29);
	assert_int_equal(w[2], 12);
	/* 56 = 66 - 10: the title at its soft floor 20, nothing dropped. */
	assert_int_equal(mbo_columns_fit(col, 4, 56, 2, false, w), 56);
	assert_int_equal(w[0], 20);
	assert_int_equal(w[2], 12);
	/* 55, one below: the note goes (20 + 8 + 10 + 2 * 2 = 42) and the
	 * growing title takes the 55 - 42 = 13 left: 33. */
	assert_int_equal(mbo_columns_fit(col, 4, 55, 2, false, w), 55);
	assert_int_equal(w[2], 0);
	assert_int_equal(w[0], 33);
	/* 32 = 10 + 8 + 10 + 2 * 2: the title at its floor 10, the number and
	 * the date whole. 31: nothing more may narrow or go: 32 is returned,
	 * unless cutting is allowed, which cuts the last column (date 9). */
	assert_int_equal(mbo_columns_fit(col, 4, 32, 2, false, w), 32);
	assert_int_equal(w[0], 10);
	assert_int_equal(w[1], 8);
	assert_int_equal(w[3], 10);
	assert_int_equal(mbo_columns_fit(col, 4, 31, 2, false, w), 32);
	assert_int_equal(mbo_columns_fit(col, 4, 31, 2, true, w), 31);
	assert_int_equal(w[3], 9);
	/* Two growing columns with a max: they share the room by their grow
	 * (2:1), the second stopping at its max. 5 + 5 + 1 = 11 wanted; 41
	 * leaves 30: 20 and 10, but the second may reach only 8 (3 more), so
	 * the first takes the rest: 5 + 27 = 32 and 8. */
	{
		static const mbo_column two[] = {
			{ .want = 5, .min = 5, .grow = 2 },
			{ .want = 5, .min = 5, .grow = 1, .max = 8 },
		};
		assert_int_equal(mbo_columns_fit(two, 2, 41, 1, false, w), 41);
		assert_int_equal(w[0], 32);
		assert_int_equal(w[1], 8);
	}
}

/* A character cut short at the end goes; whole ones stay. 目 is E7 9B AE. */
static void test_trim_partial(void **state)
{
	char a[] = "goal \xE7\x9B\xAE", b[] = "goal \xE7\x9B", c[] = "goal \xE7", d[] = "goal",
	     e[] = "\xF0\x9F\x98", f[] = "";
	(void)state;

	mbo_text_trim_partial(a);
	assert_string_equal(a, "goal \xE7\x9B\xAE");
	mbo_text_trim_partial(b);
	assert_string_equal(b, "goal ");
	mbo_text_trim_partial(c);
	assert_string_equal(c, "goal ");
	mbo_text_trim_partial(d);
	assert_string_equal(d, "goal");
	/* Three bytes of a four-byte emoji, alone. */
	mbo_text_trim_partial(e);
	assert_string_equal(e, "");
	mbo_text_trim_partial(f);
	assert_string_equal(f, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_chars),
		cmocka_unit_test(test_sanitize_controls),
		cmocka_unit_test(test_sanitize_tab_oneline),
		cmocka_unit_test(test_sanitize_every_control),
		cmocka_unit_test(test_sanitize_invalid_utf8),
		cmocka_unit_test(test_fit_chinese),
		cmocka_unit_test(test_fit_ascii_fallback),
		cmocka_unit_test(test_fit_sanitizes),
		cmocka_unit_test(test_is_clean),
		cmocka_unit_test(test_utf8_decode),
		cmocka_unit_test(test_invisible),
		cmocka_unit_test(test_first_bad),
		cmocka_unit_test(test_excerpt),
		cmocka_unit_test(test_columns_fit),
		cmocka_unit_test(test_trim_partial),
	};

	mbo_text_init_locale();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
