/*
 * text.h: text as a terminal shows it. Widths are display columns measured
 * with mbrtowc and wcwidth (a CJK character is two columns); bytes that are
 * not UTF-8 count as U+FFFD. Text that one user wrote is made inert before it
 * reaches another user's terminal: control characters and escape sequences
 * are shown as visible escapes, never sent raw.
 *
 * Width functions need an UTF-8 LC_CTYPE; mbo_text_init_locale() sets one.
 */
#ifndef MBO_TEXT_H
#define MBO_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* setlocale(LC_ALL, "") and, when that is not UTF-8, LC_CTYPE C.UTF-8. */
void mbo_text_init_locale(void);

/* Display width of a UTF-8 string after sanitizing. */
size_t mbo_text_width(const char *s);

/*
 * A copy of s safe to print: C0/C1 controls and DEL become "\x1b"-style
 * escapes (newline too when `oneline`; a tab becomes a space), invalid UTF-8 becomes U+FFFD.
 * Caller frees. NULL only when out of memory.
 */
char *mbo_text_sanitize(const char *s, bool oneline);

/*
 * The longest prefix of (sanitized) s that fits in `width` columns, ending
 * with "…" when cut (or "~" when `ascii`); never splits a character. Caller
 * frees. *out_width gets the width used (may be NULL).
 */
char *mbo_text_fit(const char *s, size_t width, bool ascii, size_t *out_width);

/* Number of characters (code points) of UTF-8 s; invalid bytes count one each. */
size_t mbo_text_chars(const char *s);

/* True when s is valid UTF-8 with no control characters (tab excluded when
 * `allow_newline` for multi-line text). Bidirectional controls (U+202E...)
 * and invisible format characters (U+200B, U+FEFF...) count as control
 * characters here and in mbo_text_sanitize, which shows them as \u202e. */
bool mbo_text_is_clean(const char *s, bool allow_newline);

/* Decodes the UTF-8 character at s (n > 0 bytes left) into *cp and returns
 * its length; 0 when the bytes are not UTF-8 (then *cp is U+FFFD and the
 * caller skips one byte). The one UTF-8 decoder of mbo. */
size_t mbo_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Drops a UTF-8 character cut short at the end of s, as snprintf leaves
 * one when a message in Chinese (three bytes a character) fills its buffer;
 * the rest of s is left as it is. */
void mbo_text_trim_partial(char *s);

/* True for a character that must not reach a terminal or an output raw:
 * C0 and C1 controls, DEL, line and paragraph separators, bidi controls and
 * invisible format characters (U+200B, U+FEFF...). */
bool mbo_text_is_control(uint32_t cp);

/* What is wrong with a text that is not clean, for a message that names it. */
enum {
	MBO_TEXT_CLEAN,
	MBO_TEXT_BAD_UTF8,       /* *code: the byte, *at: its offset, from 1 */
	MBO_TEXT_BAD_CONTROL,    /* *code: the code point, *at: the character, from 1 */
	MBO_TEXT_BAD_BIDI,
	MBO_TEXT_BAD_INVISIBLE,
};
/* The first reason s is not clean (as mbo_text_is_clean), or MBO_TEXT_CLEAN. */
int mbo_text_first_bad(const char *s, bool allow_newline, unsigned long *code, size_t *at);

/*
 * A bounded excerpt of s for a message that echoes what someone typed: one
 * line, sanitized, at most MBO_EXCERPT_WIDTH columns, ending with "…" when
 * cut. Written into buf (MBO_EXCERPT_CAP bytes are always enough), which
 * it returns.
 */
#define MBO_EXCERPT_WIDTH 40
#define MBO_EXCERPT_CAP 200
const char *mbo_text_excerpt(const char *s, char *buf, size_t cap);

/*
 * Fitting a table's columns to a width, for both faces (the command line's
 * tables, the UI's lists); widths are display columns. Each column wants
 * `want`; when the table is too wide its growing columns (grow > 0) narrow
 * first, then the others, each to `soft` (0: to `min`); then columns are
 * dropped, the highest `drop` first (0: never); then every column narrows
 * to `min`. With room to spare, narrowed columns get back their want and
 * the growing ones share the rest by `grow`, each up to `max` (0: no
 * limit). A column that must never be cut (a number) has min = want.
 */
typedef struct mbo_column {
	int want, min, soft, max, grow, drop;
} mbo_column;

/* Fits n columns, `gap` apart, into `width`: w[i] is column i's width, 0
 * when it is dropped. When `cut`, columns are cut from the right to stay
 * inside the width if nothing else helps. Returns the width used, which
 * is more than `width` only without `cut`. */
int mbo_columns_fit(const mbo_column *col, int n, int width, int gap, bool cut, int *w);

#endif
