/*
 * out.c: the one renderer of every listing. A command fills a table model
 * (named, typed columns and rows of cells) and out_print_list or
 * out_print_record renders it in the chosen format:
 *
 *   table  aligned by display width (mbo_text_width, so CJK text lines up),
 *          numbers right-aligned with thousands separators (exact decimals
 *          with as many places as the column needs, at least two; computed
 *          estimates such as expected or forecast rounded to two), status
 *          words coloured on a colour terminal. When stdout is a terminal of
 *          known width, long text columns are capped at 40 columns with an
 *          ellipsis and the table is fitted to the width (long columns
 *          narrowed, optional columns left out); in a pipe nothing is cut.
 *          Every text from the database is sanitized first, so an escape
 *          sequence typed by one user never reaches another's terminal raw.
 *   csv    RFC 4180: a header row of keys, fields quoted when they hold a
 *          comma, a quote, CR or LF (quotes doubled), and CRLF line endings,
 *          as the RFC prescribes and as spreadsheets and Python's csv module
 *          expect. Numbers ungrouped, null as an empty field, text sanitized
 *          as in a table. A record (`show`) is its scalar fields as one
 *          header and one row; its nested lists have their own commands.
 *   json   an array of objects (a record: one object with nested arrays and
 *          objects); numbers as JSON numbers written exactly from the
 *          decimal, dates "YYYY-MM-DD", null for none, strings escaped with
 *          control characters as \u00XX (C1 controls and bidirectional
 *          overrides as \u escapes too, so JSON on a terminal is as inert as a
 *          table) and invalid UTF-8 as U+FFFD.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/text.h"

enum { CELL_NULL, CELL_TEXT, CELL_INT, CELL_DEC, CELL_EST, CELL_RATIO, CELL_DATE, CELL_BOOL };

struct cell {
	int kind;
	int color;
	int64_t i;
	char *s;
};

struct column {
	char key[48];
	char head[48];
	int type;
	int flags;
};

struct row {
	struct cell *cells;
	size_t n, cap;
};

struct section {
	char key[48];
	char title[64];
	bool object;
	struct out_table *t;
};

struct out_table {
	struct column *cols;
	size_t ncols;
	struct row *rows;
	size_t nrows;
	struct section *secs;
	size_t nsecs;
	bool failed;
};

#define CAP_WIDTH 40
#define CAP_MIN 16

struct out_table *out_new(void)
{
	return calloc(1, sizeof(struct out_table));
}

void out_free(struct out_table *t)
{
	size_t r, k;

	if (t == NULL)
		return;
	for (r = 0; r < t->nrows; r++) {
		for (k = 0; k < t->rows[r].n; k++)
			free(t->rows[r].cells[k].s);
		free(t->rows[r].cells);
	}
	for (k = 0; k < t->nsecs; k++)
		out_free(t->secs[k].t);
	free(t->rows);
	free(t->secs);
	free(t->cols);
	free(t);
}

void out_col(struct out_table *t, const char *key, int type, int flags)
{
	out_col_head(t, key, NULL, type, flags);
}

void out_col_head(struct out_table *t, const char *key, const char *head, int type, int flags)
{
	struct column *p;

	if (t == NULL || t->failed)
		return;
	p = realloc(t->cols, (t->ncols + 1) * sizeof *p);
	if (p == NULL) {
		t->failed = true;
		return;
	}
	t->cols = p;
	snprintf(p[t->ncols].key, sizeof p[t->ncols].key, "%s", key);
	snprintf(p[t->ncols].head, sizeof p[t->ncols].head, "%s", head ? head : "");
	p[t->ncols].type = type;
	p[t->ncols].flags = flags;
	t->ncols++;
}

void out_row(struct out_table *t)
{
	struct row *p;

	if (t == NULL || t->failed)
		return;
	p = realloc(t->rows, (t->nrows + 1) * sizeof *p);
	if (p == NULL) {
		t->failed = true;
		return;
	}
	t->rows = p;
	memset(&p[t->nrows], 0, sizeof p[t->nrows]);
	t->nrows++;
}

/* Appends a cell to the current row. */
static struct cell *push(struct out_table *t, int kind)
{
	struct row *r;
	struct cell *c;

	if (t == NULL || t->failed)
		return NULL;
	if (t->nrows == 0)
		out_row(t);
	if (t->failed)
		return NULL;
	r = &t->rows[t->nrows - 1];
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		c = realloc(r->cells, cap * sizeof *c);
		if (c == NULL) {
			t->failed = true;
			return NULL;
		}
		r->cells = c;
		r->cap = cap;
	}
	c = &r->cells[r->n++];
	memset(c, 0, sizeof *c);
	c->kind = kind;
	return c;
}

void out_text(struct out_table *t, const char *s)
{
	struct cell *c = push(t, s ? CELL_TEXT : CELL_NULL);
	size_t n;

	if (c == NULL || s == NULL)
		return;
	n = strlen(s) + 1;
	c->s = malloc(n);
	if (c->s == NULL) {
		c->kind = CELL_NULL;
		t->failed = true;
		return;
	}
	memcpy(c->s, s, n);
}

void out_word(struct out_table *t, const char *s, int color)
{
	out_text(t, s);
	if (t && !t->failed && t->nrows > 0 && t->rows[t->nrows - 1].n > 0)
		t->rows[t->nrows - 1].cells[t->rows[t->nrows - 1].n - 1].color = color;
}

void out_int(struct out_table *t, int64_t v)
{
	struct cell *c = push(t, CELL_INT);
	if (c)
		c->i = v;
}

void out_id(struct out_table *t, int64_t v)
{
	if (v == 0)
		out_null(t);
	else
		out_int(t, v);
}

void out_dec(struct out_table *t, mbo_dec v)
{
	struct cell *c = push(t, CELL_DEC);
	if (c)
		c->i = v;
}

void out_est(struct out_table *t, mbo_dec v)
{
	struct cell *c = push(t, CELL_EST);
	if (c)
		c->i = v;
}

void out_ratio(struct out_table *t, mbo_dec v)
{
	struct cell *c = push(t, CELL_RATIO);
	if (c)
		c->i = v;
}

void out_date(struct out_table *t, mbo_day d)
{
	struct cell *c = push(t, d == MBO_DAY_NONE ? CELL_NULL : CELL_DATE);
	if (c)
		c->i = d;
}

void out_bool(struct out_table *t, bool v)
{
	struct cell *c = push(t, CELL_BOOL);
	if (c)
		c->i = v;
}

void out_null(struct out_table *t)
{
	push(t, CELL_NULL);
}

static void add_section(struct out_table *rec, const char *key, const char *title,
                        struct out_table *sub, bool object)
{
	struct section *p;

	if (rec == NULL || rec->failed || sub == NULL) {
		out_free(sub);
		if (rec)
			rec->failed = true;
		return;
	}
	p = realloc(rec->secs, (rec->nsecs + 1) * sizeof *p);
	if (p == NULL) {
		out_free(sub);
		rec->failed = true;
		return;
	}
	rec->secs = p;
	snprintf(p[rec->nsecs].key, sizeof p[rec->nsecs].key, "%s", key);
	snprintf(p[rec->nsecs].title, sizeof p[rec->nsecs].title, "%s", title);
	p[rec->nsecs].object = object;
	p[rec->nsecs].t = sub;
	rec->nsecs++;
}

void out_section(struct out_table *rec, const char *key, const char *title, struct out_table *list)
{
	add_section(rec, key, title, list, false);
}

void out_object(struct out_table *rec, const char *key, const char *title, struct out_table *obj)
{
	add_section(rec, key, title, obj, true);
}

int out_status_color(const char *word)
{
	if (word == NULL)
		return COLOR_NONE;
	if (strcmp(word, "on_track") == 0 || strcmp(word, "achieved") == 0 || strcmp(word, "pass") == 0)
		return COLOR_GOOD;
	if (strcmp(word, "at_risk") == 0 || strcmp(word, "warn") == 0 || strcmp(word, "warning") == 0)
		return COLOR_WARN;
	if (strcmp(word, "off_track") == 0 || strcmp(word, "overdue") == 0 || strcmp(word, "fail") == 0 ||
	    strcmp(word, "serious") == 0)
		return COLOR_BAD;
	return COLOR_NONE;
}

void out_colored(const struct cli *c, FILE *f, int color, const char *s)
{
	static const char *const seq[] = { "", "\033[32m", "\033[33m", "\033[31m", "\033[2m" };

	if (c->color && color > COLOR_NONE && color <= COLOR_DIM)
		fprintf(f, "%s%s\033[0m", seq[color], s);
	else
		fputs(s, f);
}

/* ---- cells as text ---- */

/* The text of a cell for a table (grouped numbers, percentages; exact
 * decimals with `places` decimals so that a column's points line up,
 * estimates rounded to two) or for CSV (exact, ungrouped). Caller frees;
 * NULL when out of memory. */
static char *cell_text(const struct cell *c, bool table, int places)
{
	char buf[64];
	const char *s = buf;

	switch (c->kind) {
	case CELL_NULL:
		s = table ? "-" : "";
		break;
	case CELL_TEXT:
		/* CSV keeps line breaks (quoted, RFC 4180); a table is one line. */
		return mbo_text_sanitize(c->s, table);
	case CELL_INT:
		snprintf(buf, sizeof buf, "%lld", (long long)c->i);
		break;
	case CELL_DEC:
		mbo_dec_format(c->i, table ? places : 2, table, buf);
		break;
	case CELL_EST:
		if (table)
			mbo_dec_format(mbo_dec_round(c->i, 2), 2, true, buf);
		else
			mbo_dec_format(c->i, 2, false, buf);
		break;
	case CELL_RATIO:
		if (table) {
			mbo_dec pct = 0;
			if (mbo_dec_mul(c->i, MBO_DEC(100), &pct) != 0)
				pct = c->i > 0 ? MBO_DEC_MAX : -MBO_DEC_MAX;
			mbo_dec_format(mbo_dec_round(pct, 0), 0, true, buf);
			strcat(buf, "%");
		} else {
			mbo_dec_format(c->i, 2, false, buf);
		}
		break;
	case CELL_DATE:
		mbo_day_format((mbo_day)c->i, buf);
		break;
	case CELL_BOOL:
		s = table ? (c->i ? "yes" : "no") : (c->i ? "true" : "false");
		break;
	default:
		s = "";
	}
	{
		size_t n = strlen(s) + 1;
		char *p = malloc(n);
		if (p)
			memcpy(p, s, n);
		return p;
	}
}

static const struct cell null_cell = { CELL_NULL, 0, 0, NULL };

static const struct cell *cell_at(const struct out_table *t, size_t r, size_t k)
{
	if (r < t->nrows && k < t->rows[r].n)
		return &t->rows[r].cells[k];
	return &null_cell;
}

/* ---- JSON ---- */

/* Decodes one UTF-8 character; returns its length or 0 when invalid. */
static size_t utf8_len(const unsigned char *u, size_t n, unsigned *cp)
{
	size_t len, i;
	unsigned c;

	if (u[0] < 0x80) {
		*cp = u[0];
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
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

void out_json_string(FILE *f, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = strlen(s);

	fputc('"', f);
	while (n > 0) {
		unsigned cp;
		size_t len = utf8_len(u, n, &cp);

		if (len == 0) {
			fputs("\xef\xbf\xbd", f);   /* U+FFFD for a byte that is not UTF-8 */
			u++;
			n--;
			continue;
		}
		if (cp == '"')
			fputs("\\\"", f);
		else if (cp == '\\')
			fputs("\\\\", f);
		else if (cp == '\n')
			fputs("\\n", f);
		else if (cp == '\t')
			fputs("\\t", f);
		else if (cp == '\r')
			fputs("\\r", f);
		else if (cp < 0x20 || cp == 0x7f)
			fprintf(f, "\\u%04x", cp);
		else if ((cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029 ||
		         (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
			fprintf(f, "\\u%04x", cp);   /* C1 controls, line breaks, bidi overrides */
		else
			fwrite(u, 1, len, f);
		u += len;
		n -= len;
	}
	fputc('"', f);
}

static void json_cell(FILE *f, const struct cell *c)
{
	char buf[64];

	switch (c->kind) {
	case CELL_TEXT:
		out_json_string(f, c->s);
		break;
	case CELL_INT:
		fprintf(f, "%lld", (long long)c->i);
		break;
	case CELL_DEC:
	case CELL_EST:
	case CELL_RATIO:
		fputs(mbo_dec_format(c->i, 2, false, buf), f);
		break;
	case CELL_DATE:
		fprintf(f, "\"%s\"", mbo_day_format((mbo_day)c->i, buf));
		break;
	case CELL_BOOL:
		fputs(c->i ? "true" : "false", f);
		break;
	default:
		fputs("null", f);
	}
}

/* One row as a JSON object on one line. */
static void json_row(FILE *f, const struct out_table *t, size_t r)
{
	size_t k;

	fputc('{', f);
	for (k = 0; k < t->ncols; k++) {
		if (k)
			fputs(", ", f);
		out_json_string(f, t->cols[k].key);
		fputs(": ", f);
		json_cell(f, cell_at(t, r, k));
	}
	fputc('}', f);
}

static void json_list(FILE *f, const struct out_table *t, const char *indent)
{
	size_t r;

	if (t->nrows == 0) {
		fputs("[]", f);
		return;
	}
	fputs("[\n", f);
	for (r = 0; r < t->nrows; r++) {
		fprintf(f, "%s  ", indent);
		json_row(f, t, r);
		fputs(r + 1 < t->nrows ? ",\n" : "\n", f);
	}
	fprintf(f, "%s]", indent);
}

/* ---- CSV ---- */

static void csv_field(FILE *f, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static int csv_table(FILE *f, const struct out_table *t)
{
	size_t r, k;

	for (k = 0; k < t->ncols; k++) {
		if (k)
			fputc(',', f);
		csv_field(f, t->cols[k].key);
	}
	fputs("\r\n", f);
	for (r = 0; r < t->nrows; r++) {
		for (k = 0; k < t->ncols; k++) {
			char *s = cell_text(cell_at(t, r, k), false, 2);
			if (s == NULL)
				return 1;
			if (k)
				fputc(',', f);
			csv_field(f, s);
			free(s);
		}
		fputs("\r\n", f);
	}
	return 0;
}

/* ---- aligned tables ---- */

static void pad(FILE *f, size_t n)
{
	while (n-- > 0)
		fputc(' ', f);
}

static void header_text(const char *key, char *buf, size_t cap)
{
	size_t i;

	for (i = 0; key[i] && i + 1 < cap; i++)
		buf[i] = key[i] == '_' ? ' ' : (char)((key[i] >= 'a' && key[i] <= 'z') ? key[i] - 32 : key[i]);
	buf[i] = '\0';
}

/* The width of the visible columns with their two-space gaps. */
static size_t table_width(const struct out_table *t, const size_t *width, const bool *hide, size_t indent)
{
	size_t k, total = indent, n = 0;

	for (k = 0; k < t->ncols; k++) {
		if (hide[k])
			continue;
		total += width[k] + (n ? 2 : 0);
		n++;
	}
	return total;
}

/* Narrows the long text columns (OUT_CAP) towards `floor` while the table
 * is wider than `cols`; returns the new total width. */
static size_t shrink_caps(const struct out_table *t, size_t cols, size_t indent, size_t floor,
                          size_t *width, const bool *hide)
{
	size_t k, total = table_width(t, width, hide, indent);

	for (k = 0; k < t->ncols && total > cols; k++) {
		size_t excess = total - cols, room;
		if (hide[k] || !(t->cols[k].flags & OUT_CAP) || width[k] <= floor)
			continue;
		room = width[k] - floor;
		width[k] -= excess < room ? excess : room;
		total = table_width(t, width, hide, indent);
	}
	return total;
}

/*
 * On a terminal `cols` wide: long text columns (OUT_CAP) are capped at 40
 * columns and narrowed to 24 while the table is too wide; then optional
 * columns (OUT_OPTIONAL) are left out from the right; then the long
 * columns narrow to 16, or grow back into the room that is left. The cells
 * keep their text; the caller cuts what is wider than its column.
 */
static void fit_terminal(const struct out_table *t, size_t cols, size_t indent, size_t *width,
                         bool *hide)
{
	size_t k, total, want[64];

	for (k = 0; k < t->ncols; k++) {
		if ((t->cols[k].flags & OUT_CAP) && width[k] > CAP_WIDTH)
			width[k] = CAP_WIDTH;
		if (k < 64)
			want[k] = width[k];
	}
	total = shrink_caps(t, cols, indent, 24, width, hide);
	for (k = t->ncols; k-- > 0 && total > cols;) {
		if (hide[k] || !(t->cols[k].flags & OUT_OPTIONAL))
			continue;
		hide[k] = true;
		total = table_width(t, width, hide, indent);
	}
	total = shrink_caps(t, cols, indent, CAP_MIN, width, hide);
	for (k = 0; k < t->ncols && k < 64 && total < cols; k++) {
		size_t room = cols - total, grow;
		if (hide[k] || !(t->cols[k].flags & OUT_CAP) || width[k] >= want[k])
			continue;
		grow = want[k] - width[k];
		width[k] += grow < room ? grow : room;
		total = table_width(t, width, hide, indent);
	}
}

/* Renders t as an aligned table, each line prefixed by `indent`. */
static int text_table(struct cli *c, FILE *f, const struct out_table *t, const char *indent)
{
	size_t *width, r, k, nc = t->ncols;
	int *places;
	bool *hide;
	char **text;
	int rc = 0;

	if (nc == 0)
		return 0;
	width = calloc(nc, sizeof *width);
	places = calloc(nc, sizeof *places);
	hide = calloc(nc, sizeof *hide);
	text = calloc((t->nrows + 1) * nc, sizeof *text);
	if (width == NULL || text == NULL || places == NULL || hide == NULL) {
		rc = 1;
		goto done;
	}
	for (k = 0; k < nc; k++) {
		hide[k] = (t->cols[k].flags & OUT_NOTABLE) != 0;
		/* Exact decimals of a column share one number of places (>= 2). */
		places[k] = 2;
		for (r = 0; r < t->nrows; r++) {
			const struct cell *cl = cell_at(t, r, k);
			if (cl->kind == CELL_DEC && mbo_dec_places(cl->i) > places[k])
				places[k] = mbo_dec_places(cl->i);
		}
	}
	for (k = 0; k < nc; k++) {
		char head[64];
		if (t->cols[k].head[0])
			snprintf(head, sizeof head, "%s", t->cols[k].head);
		else
			header_text(t->cols[k].key, head, sizeof head);
		text[k] = malloc(strlen(head) + 1);
		if (text[k] == NULL) {
			rc = 1;
			goto done;
		}
		strcpy(text[k], head);
		width[k] = mbo_text_width(head);
	}
	for (r = 0; r < t->nrows; r++) {
		for (k = 0; k < nc; k++) {
			char *s = cell_text(cell_at(t, r, k), true, places[k]);
			size_t w;

			if (s == NULL) {
				rc = 1;
				goto done;
			}
			text[(r + 1) * nc + k] = s;
			w = mbo_text_width(s);
			if (w > width[k])
				width[k] = w;
		}
	}
	if (c->term_width > 0)
		fit_terminal(t, (size_t)c->term_width, strlen(indent), width, hide);
	for (r = 0; r <= t->nrows; r++) {
		bool first = true;
		size_t pending = 0;   /* spaces owed, written only before text */

		fputs(indent, f);
		for (k = 0; k < nc; k++) {
			char *s = text[r * nc + k];
			size_t w = mbo_text_width(s);
			bool right = t->cols[k].type == OUT_NUMBER;
			int color = r > 0 ? cell_at(t, r - 1, k)->color : COLOR_NONE;

			if (hide[k])
				continue;
			if (w > width[k]) {
				/* A capped column: cut with an ellipsis. */
				char *fit = mbo_text_fit(s, width[k], false, NULL);
				if (fit == NULL) {
					rc = 1;
					goto done;
				}
				free(s);
				text[r * nc + k] = s = fit;
				w = mbo_text_width(s);
			}
			if (!first)
				pending += 2;
			first = false;
			if (right)
				pending += width[k] - w;
			if (s[0]) {
				pad(f, pending);
				pending = 0;
				out_colored(c, f, color, s);
			}
			if (!right)
				pending += width[k] - w;
		}
		fputc('\n', f);
	}
done:
	for (k = 0; text && k < (t->nrows + 1) * nc; k++)
		free(text[k]);
	free(text);
	free(width);
	free(places);
	free(hide);
	return rc;
}

/* A record as "key: value" lines, keys padded to one column. */
static int text_fields(struct cli *c, FILE *f, const struct out_table *t, const char *indent)
{
	size_t k, keyw = 0;

	for (k = 0; k < t->ncols; k++)
		if (strlen(t->cols[k].key) > keyw)
			keyw = strlen(t->cols[k].key);
	for (k = 0; k < t->ncols; k++) {
		const struct cell *cl = cell_at(t, 0, k);
		char *s = cell_text(cl, true, 2);

		if (s == NULL)
			return 1;
		fprintf(f, "%s%s:", indent, t->cols[k].key);
		if (s[0])
			pad(f, keyw - strlen(t->cols[k].key) + 1);
		out_colored(c, f, cl->color, s);
		fputc('\n', f);
		free(s);
	}
	return 0;
}

/* ---- entry points ---- */

static int finish(struct out_table *t, int rc)
{
	if (t->failed || rc) {
		fputs("mbo: out of memory\n", stderr);
		return 1;
	}
	return 0;
}

int out_print_list(struct cli *c, struct out_table *t)
{
	int rc = 0;

	if (t == NULL)
		return finish(&(struct out_table){ .failed = true }, 1);
	if (t->failed)
		return finish(t, 1);
	switch (c->format) {
	case FMT_JSON:
		json_list(stdout, t, "");
		fputc('\n', stdout);
		break;
	case FMT_CSV:
		rc = csv_table(stdout, t);
		break;
	default:
		rc = text_table(c, stdout, t, "");
	}
	return finish(t, rc);
}

int out_print_record(struct cli *c, struct out_table *t)
{
	size_t k;
	int rc = 0;

	if (t == NULL)
		return finish(&(struct out_table){ .failed = true }, 1);
	if (t->failed)
		return finish(t, 1);
	switch (c->format) {
	case FMT_JSON:
		fputs("{\n", stdout);
		for (k = 0; k < t->ncols; k++) {
			fputs("  ", stdout);
			out_json_string(stdout, t->cols[k].key);
			fputs(": ", stdout);
			json_cell(stdout, cell_at(t, 0, k));
			fputs(k + 1 < t->ncols || t->nsecs ? ",\n" : "\n", stdout);
		}
		for (k = 0; k < t->nsecs; k++) {
			const struct section *s = &t->secs[k];
			fputs("  ", stdout);
			out_json_string(stdout, s->key);
			fputs(": ", stdout);
			if (s->object) {
				if (s->t->nrows == 0)
					fputs("null", stdout);
				else
					json_row(stdout, s->t, 0);
			} else {
				json_list(stdout, s->t, "  ");
			}
			fputs(k + 1 < t->nsecs ? ",\n" : "\n", stdout);
		}
		fputs("}\n", stdout);
		break;
	case FMT_CSV:
		rc = csv_table(stdout, t);
		break;
	default:
		rc = text_fields(c, stdout, t, "");
		for (k = 0; k < t->nsecs && rc == 0; k++) {
			const struct section *s = &t->secs[k];
			printf("\n%s\n", s->title);
			if (s->t->failed)
				rc = 1;
			else if (s->t->nrows == 0)
				puts("  (none)");
			else if (s->object)
				rc = text_fields(c, stdout, s->t, "  ");
			else
				rc = text_table(c, stdout, s->t, "  ");
		}
	}
	return finish(t, rc);
}

void out_new_id(struct cli *c, int64_t id)
{
	if (c->format == FMT_JSON)
		printf("{\"id\": %lld}\n", (long long)id);
	else
		printf("%lld\n", (long long)id);
}
