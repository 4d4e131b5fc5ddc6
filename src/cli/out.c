/*
 * out.c: the one renderer of every listing. A command fills a table model
 * (named, typed columns and rows of cells) and out_print_list or
 * out_print_record renders it in the chosen format:
 *
 *   table  aligned by display width (mbo_text_width, so CJK text lines up),
 *          numbers right-aligned with thousands separators (exact decimals
 *          with as many places as the column needs, at least two; computed
 *          estimates such as expected or forecast rounded to two), status
 *          words coloured on a colour terminal; headers, yes/no and the
 *          words of statuses in the language of the messages. When stdout
 *          is a terminal of known width (and not --wide), the table is
 *          fitted to the width: a title (OUT_CAP) is capped at 40 columns
 *          and cut with an ellipsis, other long text (a message) wraps
 *          inside its column, at spaces or between Chinese characters; a
 *          number with its unit is never split or cut; optional columns
 *          that do not fit are left out and named under the table. In a
 *          pipe nothing is cut, wrapped or left out.
 *          Every text from the database is sanitized first, so an escape
 *          sequence typed by one user never reaches another's terminal raw.
 *   csv    RFC 4180: a header row of keys, fields quoted when they hold a
 *          comma, a quote, CR or LF (quotes doubled), and CRLF line endings,
 *          as the RFC prescribes and as spreadsheets and Python's csv module
 *          expect; with --bom a UTF-8 byte order mark first, for Excel. Numbers ungrouped, null as an empty field, text sanitized
 *          as in a table. A record (`show`) is its scalar fields as one
 *          header and one row; its nested lists have their own commands.
 *   json   an array of objects (a record: one object with nested arrays and
 *          objects); numbers as JSON numbers written exactly from the
 *          decimal, dates "YYYY-MM-DD", null for none, strings escaped with
 *          control characters as \u00XX (C1 controls and bidirectional
 *          overrides as \u escapes too, so JSON on a terminal is as inert as a
 *          table) and invalid UTF-8 as U+FFFD.
 *
 * A table holds a bounded number of rows in memory whatever its length:
 * once it has out_spill_rows rows, or out_spill_bytes of text, the rows
 * are written to an anonymous temporary file (made 0600 in $TMPDIR or
 * /tmp and unlinked at once, so nothing is left behind) and freed; only the
 * row being filled stays. Every renderer reads the rows through one cursor:
 * the spilled ones back from the file, one at a time, then those in memory.
 * The decimal places of each column are counted as the cells are added,
 * so an aligned table reads its rows twice: for the widths, then to print.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mbo/fmt.h"
#include "mbo/i18n.h"
#include "mbo/progress.h"
#include "mbo/smart.h"
#include "mbo/text.h"

/* CELL_WORD: s holds the key (machine output), i the address of the
 * static word a table shows. */
enum { CELL_NULL, CELL_TEXT, CELL_INT, CELL_DEC, CELL_EST, CELL_RATIO, CELL_DATE, CELL_BOOL, CELL_WORD };

struct cell {
	int kind;
	int color;   /* enum mbo_tone */
	int64_t i;
	char *s;
};

struct column {
	char key[48];
	char head[48];
	int type;
	int flags;
};

/* A row may have fewer cells than the table has columns: the rest are null. */
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

/* The temporary-file operation that failed, for the message. */
enum { TMP_OK, TMP_CREATE, TMP_WRITE, TMP_READ };

struct out_table {
	struct column *cols;
	size_t ncols;
	struct row *rows;       /* the rows after the spilled ones; the last is being filled */
	size_t nrows, rows_cap;
	size_t text_bytes;      /* text held by rows[] */
	FILE *spill;            /* the spilled rows, NULL until the first spill */
	size_t nspilled;
	int *places;            /* by cell position: the most places of an exact decimal */
	size_t nplaces;
	struct section *secs;
	size_t nsecs;
	bool failed;
	int tmp_op;             /* TMP_OK, or what failed with the temporary file */
	int tmp_errno;
};

/* A cell in the spill file, followed by `len` bytes of text (CELL_TEXT);
 * each row starts with its number of cells as a uint64_t. The file is read
 * back by the process that wrote it, so the layout is the machine's. */
struct spilled_cell {
	int32_t kind, color;
	int64_t i;
	uint64_t len;
};

/* A table spills its rows when it holds this many, or this many bytes of
 * text. Variables so that tests can lower them. */
static size_t out_spill_rows = 512;
static size_t out_spill_bytes = 1024 * 1024;

#define CAP_WIDTH 40
#define CAP_SOFT 24
#define CAP_MIN 16

struct out_table *out_new(void)
{
	return calloc(1, sizeof(struct out_table));
}

static void row_clear(struct row *r)
{
	size_t k;

	for (k = 0; k < r->n; k++)
		free(r->cells[k].s);
	free(r->cells);
	memset(r, 0, sizeof *r);
}

void out_free(struct out_table *t)
{
	size_t r, k;

	if (t == NULL)
		return;
	for (r = 0; r < t->nrows; r++)
		row_clear(&t->rows[r]);
	for (k = 0; k < t->nsecs; k++)
		out_free(t->secs[k].t);
	if (t->spill)
		fclose(t->spill);
	free(t->rows);
	free(t->places);
	free(t->secs);
	free(t->cols);
	free(t);
}

bool out_failed(const struct out_table *t)
{
	return t == NULL || t->failed;
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

/* ---- the spill file ---- */

/* The spill file: mbo_tmp_file (db.h), in mbo_tmp_dir. */
static const char *tmp_dir(void)
{
	return mbo_tmp_dir();
}

static FILE *tmp_open(void)
{
	return mbo_tmp_file();
}

/* Records that operation `op` on the temporary file failed, with errno. */
static void tmp_fail(struct out_table *t, int op)
{
	if (t->tmp_op == TMP_OK) {
		t->tmp_op = op;
		t->tmp_errno = errno ? errno : EIO;
	}
	t->failed = true;
}

/* Appends row r to the spill file. Returns 0, or -1 with errno set. */
static int row_write(FILE *f, const struct row *r)
{
	uint64_t n = r->n;
	size_t k;

	if (fwrite(&n, sizeof n, 1, f) != 1)
		return -1;
	for (k = 0; k < r->n; k++) {
		const struct cell *c = &r->cells[k];
		struct spilled_cell sc;

		memset(&sc, 0, sizeof sc);
		sc.kind = c->kind;
		sc.color = c->color;
		sc.i = c->i;
		sc.len = c->s ? strlen(c->s) : 0;
		if (fwrite(&sc, sizeof sc, 1, f) != 1)
			return -1;
		if (sc.len > 0 && fwrite(c->s, 1, sc.len, f) != sc.len)
			return -1;
	}
	return 0;
}

/* Reads the next row of the spill file into r, whose cells (and their
 * capacity) it reuses. Returns 0, -1 when the file cannot be read, 1 when
 * out of memory. */
static int row_read(FILE *f, struct row *r)
{
	uint64_t n;
	size_t k;

	for (k = 0; k < r->n; k++) {
		free(r->cells[k].s);
		r->cells[k].s = NULL;
	}
	r->n = 0;
	if (fread(&n, sizeof n, 1, f) != 1)
		return -1;
	if (n > r->cap) {
		struct cell *c;
		if (n > SIZE_MAX / sizeof *c)
			return -1;
		c = realloc(r->cells, n * sizeof *c);
		if (c == NULL)
			return 1;
		r->cells = c;
		r->cap = n;
	}
	for (k = 0; k < n; k++) {
		struct cell *c = &r->cells[k];
		struct spilled_cell sc;

		if (fread(&sc, sizeof sc, 1, f) != 1)
			return -1;
		c->kind = sc.kind;
		c->color = sc.color;
		c->i = sc.i;
		c->s = NULL;
		r->n = k + 1;
		if (sc.kind != CELL_TEXT && sc.kind != CELL_WORD)
			continue;
		if (sc.len >= SIZE_MAX)
			return -1;
		c->s = malloc(sc.len + 1);
		if (c->s == NULL)
			return 1;
		if (sc.len > 0 && fread(c->s, 1, sc.len, f) != sc.len)
			return -1;
		c->s[sc.len] = '\0';
	}
	return 0;
}

/* Moves the rows in memory, all complete, to the end of the spill file. */
static void spill(struct out_table *t)
{
	size_t r;

	errno = 0;
	if (t->spill == NULL) {
		t->spill = tmp_open();
		if (t->spill == NULL) {
			tmp_fail(t, TMP_CREATE);
			return;
		}
	} else if (fseek(t->spill, 0, SEEK_END) != 0) {
		tmp_fail(t, TMP_WRITE);
		return;
	}
	for (r = 0; r < t->nrows; r++) {
		if (row_write(t->spill, &t->rows[r]) != 0) {
			tmp_fail(t, TMP_WRITE);
			return;
		}
		row_clear(&t->rows[r]);
		t->nspilled++;
	}
	t->nrows = 0;
	t->text_bytes = 0;
}

/* The rows of t, spilled or not. */
static size_t row_count(const struct out_table *t)
{
	return t->nspilled + t->nrows;
}

/* Reads the rows of a table in order: those spilled, back from the file
 * one at a time, then those in memory. */
struct cursor {
	struct out_table *t;
	size_t next;       /* rows read so far */
	struct row buf;    /* the last row read back from the file */
};

/* Starts reading t from its first row. Returns 0, or 1 when the spill file
 * cannot be read (t->failed). Close the cursor either way. */
static int cursor_open(struct cursor *cur, struct out_table *t)
{
	memset(cur, 0, sizeof *cur);
	cur->t = t;
	if (t->spill == NULL)
		return 0;
	errno = 0;
	if (fflush(t->spill) != 0) {
		tmp_fail(t, TMP_WRITE);
		return 1;
	}
	if (fseek(t->spill, 0, SEEK_SET) != 0) {
		tmp_fail(t, TMP_READ);
		return 1;
	}
	return 0;
}

/* The next row, valid until the next call; NULL after the last row or on
 * failure (then t->failed). */
static const struct row *cursor_next(struct cursor *cur)
{
	struct out_table *t = cur->t;
	int rc;

	if (t->failed)
		return NULL;
	if (cur->next < t->nspilled) {
		errno = 0;
		rc = row_read(t->spill, &cur->buf);
		if (rc < 0)
			tmp_fail(t, TMP_READ);
		else if (rc > 0)
			t->failed = true;
		if (rc != 0)
			return NULL;
		cur->next++;
		return &cur->buf;
	}
	if (cur->next < row_count(t))
		return &t->rows[cur->next++ - t->nspilled];
	return NULL;
}

static void cursor_close(struct cursor *cur)
{
	row_clear(&cur->buf);
}

/* ---- filling ---- */

void out_row(struct out_table *t)
{
	if (t == NULL || t->failed)
		return;
	if (t->nrows > 0 && (t->nrows >= out_spill_rows || t->text_bytes >= out_spill_bytes)) {
		spill(t);
		if (t->failed)
			return;
	}
	if (t->nrows == t->rows_cap) {
		size_t cap = t->rows_cap ? t->rows_cap * 2 : 16;
		struct row *p = realloc(t->rows, cap * sizeof *p);
		if (p == NULL) {
			t->failed = true;
			return;
		}
		t->rows = p;
		t->rows_cap = cap;
	}
	memset(&t->rows[t->nrows], 0, sizeof t->rows[t->nrows]);
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
	t->text_bytes += n;
}

void out_word(struct out_table *t, const char *key, const char *word, int tone)
{
	struct cell *c;

	out_text(t, key);
	if (t == NULL || t->failed || t->nrows == 0 || t->rows[t->nrows - 1].n == 0)
		return;
	c = &t->rows[t->nrows - 1].cells[t->rows[t->nrows - 1].n - 1];
	if (c->kind != CELL_TEXT)
		return;
	c->kind = CELL_WORD;
	c->i = (int64_t)(intptr_t)word;
	c->color = tone;
}

void out_pace(struct out_table *t, int st)
{
	out_word(t, mbo_pace_status_name(st), mbo_fmt_pace_word(st), mbo_fmt_pace_tone(st));
}

void out_level(struct out_table *t, int level)
{
	out_word(t, mbo_level_name(level), mbo_fmt_level_word(level), mbo_fmt_level_tone(level));
}

void out_severity(struct out_table *t, int severity)
{
	out_word(t, severity >= 2 ? "serious" : "warning", mbo_fmt_severity_word(severity),
	         mbo_fmt_severity_tone(severity));
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

/* Counts the places of an exact decimal just added, for its column. */
static void note_places(struct out_table *t, mbo_dec v)
{
	size_t k = t->rows[t->nrows - 1].n - 1;
	int places = mbo_dec_places(v);

	if (places <= 2)
		return;
	if (k >= t->nplaces) {
		int *p = realloc(t->places, (k + 1) * sizeof *p);
		if (p == NULL) {
			t->failed = true;
			return;
		}
		memset(p + t->nplaces, 0, (k + 1 - t->nplaces) * sizeof *p);
		t->places = p;
		t->nplaces = k + 1;
	}
	if (places > t->places[k])
		t->places[k] = places;
}

void out_dec(struct out_table *t, mbo_dec v)
{
	struct cell *c = push(t, CELL_DEC);
	if (c) {
		c->i = v;
		note_places(t, v);
	}
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

void out_colored(const struct cli *c, FILE *f, int tone, const char *s)
{
	/* A terminal's eight colours: done reads as good, late as bad. */
	static const char *const seq[MBO_TONE_COUNT] = {
		[MBO_TONE_GOOD] = "\033[32m", [MBO_TONE_DONE] = "\033[32m",
		[MBO_TONE_WARN] = "\033[33m", [MBO_TONE_BAD] = "\033[31m",
		[MBO_TONE_LATE] = "\033[31m",
	};

	if (c->color && tone > MBO_TONE_PLAIN && tone < MBO_TONE_COUNT && seq[tone])
		fprintf(f, "%s%s\033[0m", seq[tone], s);
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
	case CELL_WORD:
		return mbo_text_sanitize(table ? (const char *)(intptr_t)c->i : c->s, table);
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
			mbo_fmt_pct(c->i, 0, buf);
		} else {
			mbo_dec_format(c->i, 2, false, buf);
		}
		break;
	case CELL_DATE:
		mbo_day_format((mbo_day)c->i, buf);
		break;
	case CELL_BOOL:
		s = table ? mbo_fmt_yes_no_word(c->i != 0) : (c->i ? "true" : "false");
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

/* Cell k of a row (NULL: no row), null when the row is shorter. */
static const struct cell *cell_at(const struct row *row, size_t k)
{
	if (row != NULL && k < row->n)
		return &row->cells[k];
	return &null_cell;
}

/* Opens a cursor on t and reads its first row into *row, NULL when there
 * is none: what a record (one row) needs. Returns 0, or 1 on failure
 * (t->failed). Close the cursor either way. */
static int first_row(struct cursor *cur, struct out_table *t, const struct row **row)
{
	*row = NULL;
	if (cursor_open(cur, t) != 0)
		return 1;
	*row = cursor_next(cur);
	return t->failed ? 1 : 0;
}

/* ---- JSON ---- */

void out_json_string(FILE *f, const char *s)
{
	const char *u = s;
	size_t n = strlen(s);

	fputc('"', f);
	while (n > 0) {
		uint32_t cp;
		size_t len = mbo_utf8_decode(u, n, &cp);

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
		else if (mbo_text_is_control(cp))   /* all in the basic plane */
			fprintf(f, "\\u%04x", (unsigned)cp);   /* never raw */
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
	case CELL_WORD:
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
static void json_row(FILE *f, const struct out_table *t, const struct row *row)
{
	size_t k;

	fputc('{', f);
	for (k = 0; k < t->ncols; k++) {
		if (k)
			fputs(", ", f);
		out_json_string(f, t->cols[k].key);
		fputs(": ", f);
		json_cell(f, cell_at(row, k));
	}
	fputc('}', f);
}

static int json_list(FILE *f, struct out_table *t, const char *indent)
{
	size_t n = row_count(t), r = 0;
	const struct row *row;
	struct cursor cur;

	if (n == 0) {
		fputs("[]", f);
		return 0;
	}
	if (cursor_open(&cur, t) == 0) {
		fputs("[\n", f);
		while ((row = cursor_next(&cur)) != NULL) {
			fprintf(f, "%s  ", indent);
			json_row(f, t, row);
			fputs(++r < n ? ",\n" : "\n", f);
		}
	}
	cursor_close(&cur);
	if (t->failed)
		return 1;
	fprintf(f, "%s]", indent);
	return 0;
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

/* The CSV of t; with `bom` (--bom) it starts with the UTF-8 byte order
 * mark, so that a spreadsheet opened by a double click (Excel) reads it as
 * UTF-8 and shows Chinese as Chinese. */
static int csv_table(FILE *f, struct out_table *t, bool bom)
{
	const struct row *row;
	struct cursor cur;
	size_t k;
	int rc = 0;

	if (cursor_open(&cur, t) != 0) {
		cursor_close(&cur);
		return 1;
	}
	if (bom)
		fputs("\xef\xbb\xbf", f);
	for (k = 0; k < t->ncols; k++) {
		if (k)
			fputc(',', f);
		csv_field(f, t->cols[k].key);
	}
	fputs("\r\n", f);
	while (rc == 0 && (row = cursor_next(&cur)) != NULL) {
		for (k = 0; k < t->ncols; k++) {
			char *s = cell_text(cell_at(row, k), false, 2);
			if (s == NULL) {
				rc = 1;
				break;
			}
			if (k)
				fputc(',', f);
			csv_field(f, s);
			free(s);
		}
		if (rc == 0)
			fputs("\r\n", f);
	}
	cursor_close(&cur);
	return rc || t->failed ? 1 : 0;
}

/* ---- wrapping ---- */

/*
 * A cell's text on a terminal is laid out in pieces that a line break
 * never splits: a word between spaces; in Chinese text, which has no
 * spaces, each wide character (a closing mark such as ，or ） stays with
 * what it follows); and a number (a word with a digit) with the unit right
 * after it ("10,506.65 CNY", "7 家", "370,000元"), which is never split
 * nor cut. A word wider than its column is split between characters.
 */
struct atom {
	size_t off, end;   /* its bytes in the text */
	size_t width;
	bool space;        /* a space comes before it */
	bool keep;         /* a number, with its unit: never split */
};

#define KEEP_MAX 24   /* a longer "number" (a code, a path) may be split */
#define UNIT_MAX 12   /* the widest unit kept with its number */

/* Display width of the one character of `len` bytes at s. */
static size_t char_cols(const char *s, size_t len)
{
	char buf[8];

	if (len == 1)
		return 1;
	if (len >= sizeof buf)
		return 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return mbo_text_width(buf);
}

/* Wide punctuation that a line never starts with, or never ends with. */
static bool closing_mark(uint32_t cp)
{
	static const uint32_t marks[] = { 0x3001, 0x3002, 0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f,
	                                  0xff09, 0x300d, 0x300f, 0x3011, 0x300b, 0x2026 };
	size_t i;

	for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (cp == marks[i])
			return true;
	return false;
}

static bool opening_mark(uint32_t cp)
{
	return cp == 0xff08 || cp == 0x300c || cp == 0x300e || cp == 0x3010 || cp == 0x300a;
}

static bool has_digit(const char *s, size_t off, size_t end)
{
	for (; off < end; off++)
		if (s[off] >= '0' && s[off] <= '9')
			return true;
	return false;
}

/* Appends an atom; returns its index, or -1 when out of memory. */
static long atom_push(struct atom **v, size_t *n, size_t *cap, size_t off, bool space)
{
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 16;
		struct atom *p = realloc(*v, nc * sizeof *p);
		if (p == NULL)
			return -1;
		*v = p;
		*cap = nc;
	}
	memset(&(*v)[*n], 0, sizeof **v);
	(*v)[*n].off = (*v)[*n].end = off;
	(*v)[*n].space = space;
	return (long)(*n)++;
}

/* Glues each number to the unit after it and marks it kept. */
static size_t atoms_glue(const char *s, struct atom *v, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		struct atom a = v[i];

		if (has_digit(s, a.off, a.end)) {
			if (i + 1 < n && v[i + 1].off == a.end && !has_digit(s, v[i + 1].off, v[i + 1].end) &&
			    v[i + 1].width <= UNIT_MAX) {
				/* "370,000元" */
				a.end = v[i + 1].end;
				a.width += v[i + 1].width;
				i++;
			} else if (i + 1 < n && v[i + 1].space && !has_digit(s, v[i + 1].off, v[i + 1].end) &&
			           v[i + 1].width <= UNIT_MAX) {
				/* "10,506.65 CNY" */
				a.width += 1 + v[i + 1].width;
				a.end = v[i + 1].end;
				i++;
			}
			a.keep = a.width <= KEEP_MAX;
		}
		v[o++] = a;
	}
	return o;
}

/* True when a line may break before the character cp (of width w) that
 * follows a character whose width was pw (0: none) and which was an
 * opening mark or not. */
static bool break_before(uint32_t cp, size_t w, size_t pw, bool prev_open)
{
	if (pw == 0 || prev_open)
		return false;
	if (w == 2)
		return !closing_mark(cp);
	return pw == 2 && strchr(",.;:!?)%", (int)cp) == NULL;
}

/* The atoms of s (sanitized, one line) into *out (caller frees). Returns
 * their number, or (size_t)-1 when out of memory. */
static size_t atoms_of(const char *s, struct atom **out)
{
	struct atom *v = NULL;
	size_t n = 0, cap = 0, len = strlen(s), i = 0, pw = 0;
	long cur = -1;           /* the atom being read */
	bool space = false, prev_open = false;

	*out = NULL;
	while (i < len) {
		uint32_t cp;
		size_t cl = mbo_utf8_decode(s + i, len - i, &cp), w;

		if (cl == 0)
			cl = 1;
		if (cp == ' ') {
			cur = -1;
			space = true;
			pw = 0;
			i += cl;
			continue;
		}
		w = char_cols(s + i, cl);
		if (cur >= 0 && break_before(cp, w, pw, prev_open))
			cur = -1;
		if (cur < 0) {
			cur = atom_push(&v, &n, &cap, i, space);
			if (cur < 0) {
				free(v);
				return (size_t)-1;
			}
			space = false;
		}
		v[cur].end = i + cl;
		v[cur].width += w;
		pw = w;
		prev_open = (w == 2 && opening_mark(cp)) || (cp < 0x80 && strchr("([{\"'", (int)cp));
		i += cl;
	}
	*out = v;
	return atoms_glue(s, v, n);
}

/* A line of a wrapped cell: the bytes [off, end) of its text. */
struct span {
	size_t off, end;
};

static int span_push(struct span **v, size_t *n, size_t *cap, size_t off, size_t end)
{
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 4;
		struct span *p = realloc(*v, nc * sizeof *p);
		if (p == NULL)
			return 1;
		*v = p;
		*cap = nc;
	}
	(*v)[*n].off = off;
	(*v)[*n].end = end;
	(*n)++;
	return 0;
}

/* Splits the atom a, wider than `width`, between characters: the full
 * lines go to *v, the last part is left open in *lo, *le, *lw. */
static int split_atom(const char *s, const struct atom *a, size_t width, struct span **v, size_t *n,
                      size_t *cap, size_t *lo, size_t *le, size_t *lw)
{
	size_t p = a->off;

	while (p < a->end) {
		size_t q = p, qw = 0;

		while (q < a->end) {
			uint32_t cp;
			size_t cl = mbo_utf8_decode(s + q, a->end - q, &cp), w;

			if (cl == 0)
				cl = 1;
			w = char_cols(s + q, cl);
			if (qw + w > width && q > p)
				break;
			qw += w;
			q += cl;
		}
		if (q >= a->end) {
			*lo = p;
			*le = q;
			*lw = qw;
			return 0;
		}
		if (span_push(v, n, cap, p, q))
			return 1;
		p = q;
	}
	return 0;
}

/* Lays s (sanitized, one line) out in lines of at most `width` columns
 * (a kept number may be wider; its column is made wide enough). *out gets
 * the lines (caller frees); returns their number, at least 1, or
 * (size_t)-1 when out of memory. */
static size_t wrap_lines(const char *s, size_t width, struct span **out)
{
	struct atom *a;
	struct span *v = NULL;
	size_t na = atoms_of(s, &a), n = 0, cap = 0, i, lw = 0, lo = 0, le = 0;
	bool open = false;
	int rc = 0;

	*out = NULL;
	if (na == (size_t)-1)
		return (size_t)-1;
	for (i = 0; i < na && rc == 0; i++) {
		size_t sep = open && a[i].space ? 1 : 0;

		if (open && lw + sep + a[i].width <= width) {
			le = a[i].end;
			lw += sep + a[i].width;
			continue;
		}
		if (open && (rc = span_push(&v, &n, &cap, lo, le)) != 0)
			break;
		open = true;
		if (a[i].width <= width || a[i].keep) {
			lo = a[i].off;
			le = a[i].end;
			lw = a[i].width;
		} else {
			rc = split_atom(s, &a[i], width, &v, &n, &cap, &lo, &le, &lw);
		}
	}
	if (rc == 0 && (open || n == 0))
		rc = span_push(&v, &n, &cap, open ? lo : 0, open ? le : 0);
	free(a);
	if (rc) {
		free(v);
		return (size_t)-1;
	}
	*out = v;
	return n;
}

/* The widest number (with its unit) of s, which its column must hold. */
static size_t keep_width(const char *s)
{
	struct atom *a;
	size_t na = atoms_of(s, &a), i, w = 0;

	if (na == (size_t)-1)
		return 0;
	for (i = 0; i < na; i++)
		if (a[i].keep && a[i].width > w)
			w = a[i].width;
	free(a);
	return w;
}

/* s (sanitized, one line) cut to `width` columns, ending with "…", never
 * inside a number: a number that does not fit is left out whole. Caller
 * frees; NULL when out of memory. */
static char *cut_text(const char *s, size_t width)
{
	char *fit = mbo_text_fit(s, width, false, NULL), *r;
	struct atom *a;
	size_t len, cut, na, i;

	if (fit == NULL)
		return NULL;
	len = strlen(fit);
	if (len < 3 || strcmp(fit + len - 3, "\xe2\x80\xa6") != 0 || strncmp(fit, s, len - 3) != 0)
		return fit;
	cut = len - 3;
	na = atoms_of(s, &a);
	if (na == (size_t)-1) {
		free(fit);
		return NULL;
	}
	for (i = 0; i < na; i++)
		if (a[i].keep && a[i].off < cut && a[i].end > cut)
			cut = a[i].off;
	free(a);
	if (cut == len - 3)
		return fit;
	while (cut > 0 && s[cut - 1] == ' ')
		cut--;
	r = malloc(cut + 4);
	if (r != NULL) {
		memcpy(r, s, cut);
		memcpy(r + cut, "\xe2\x80\xa6", 4);
	}
	free(fit);
	return r;
}

/* ---- aligned tables ---- */

/* The headers of every table, translated where they are shown. */
static const char *const head_words[] = {
	/* TRANSLATORS: a column header of a table */
	N_("ACHIEVED"),
	/* TRANSLATORS: a column header of a table */
	N_("ACTIVE"),
	/* TRANSLATORS: a column header of a table */
	N_("ACTUAL"),
	/* TRANSLATORS: a column header of a table */
	N_("ALERTS"),
	/* TRANSLATORS: a column header of a table */
	N_("AS OF"),
	/* TRANSLATORS: a column header of a table */
	N_("ASSIGNEE"),
	/* TRANSLATORS: a column header of a table */
	N_("AT"),
	/* TRANSLATORS: a column header of a table */
	N_("AT RISK"),
	/* TRANSLATORS: a column header of a table */
	N_("BASELINE"),
	/* TRANSLATORS: a column header of a table */
	N_("BLEND"),
	/* TRANSLATORS: a column header of a table */
	N_("BONUS"),
	/* TRANSLATORS: a column header of a table */
	N_("BONUS CURRENCY"),
	/* TRANSLATORS: a column header of a table */
	N_("BONUS MESSAGE"),
	/* TRANSLATORS: a column header of a table */
	N_("BONUS MORE"),
	/* TRANSLATORS: a column header of a table */
	N_("BONUS MULTIPLIER"),
	/* TRANSLATORS: a column header of a table */
	N_("BONUS NEXT COMPLETION"),
	/* TRANSLATORS: a column header of a table */
	N_("BONUS NEXT PAYOUT"),
	/* TRANSLATORS: a column header of a table */
	N_("BY"),
	/* TRANSLATORS: a column header of a table */
	N_("CAPPED"),
	/* TRANSLATORS: a column header of a table */
	N_("CHANGE"),
	/* TRANSLATORS: a column header of a table */
	N_("COMMAND"),
	/* TRANSLATORS: a column header of a table */
	N_("COMMENT"),
	/* TRANSLATORS: a column header of a table */
	N_("COMPLETION"),
	/* TRANSLATORS: a column header of a table */
	N_("COMPLETION CAP"),
	/* TRANSLATORS: a column header of a table */
	N_("COMPLETION SUM"),
	/* TRANSLATORS: a column header of a table */
	N_("COUNT"),
	/* TRANSLATORS: a column header of a table */
	N_("COUNTED"),
	/* TRANSLATORS: a column header of a table */
	N_("CUSTOMER"),
	/* TRANSLATORS: a column header of a table */
	N_("DATE"),
	/* TRANSLATORS: a column header of a table */
	N_("DEPTH"),
	/* TRANSLATORS: a column header of a table */
	N_("DIR"),
	/* TRANSLATORS: a column header of a table */
	N_("DIRECTION"),
	/* TRANSLATORS: a column header of a table */
	N_("DONE"),
	/* TRANSLATORS: a column header of a table */
	N_("DONE ON"),
	/* TRANSLATORS: a column header of a table */
	N_("DRY RUN"),
	/* TRANSLATORS: a column header of a table */
	N_("DUE"),
	/* TRANSLATORS: a column header of a table */
	N_("EXPECTED"),
	/* TRANSLATORS: a column header of a table */
	N_("FIELD"),
	/* TRANSLATORS: a column header of a table */
	N_("FINAL"),
	/* TRANSLATORS: a column header of a table */
	N_("FORECAST"),
	/* TRANSLATORS: a column header of a table */
	N_("FROM"),
	/* TRANSLATORS: a column header of a table */
	N_("GOAL"),
	/* TRANSLATORS: a column header of a table */
	N_("GOALS"),
	/* TRANSLATORS: a column header of a table */
	N_("GRADE"),
	/* TRANSLATORS: a column header of a table */
	N_("GROWTH"),
	/* TRANSLATORS: a column header of a table */
	N_("HINT"),
	/* TRANSLATORS: a column header of a table */
	N_("ID"),
	/* TRANSLATORS: a column header of a table */
	N_("KEY"),
	/* TRANSLATORS: a column header of a table */
	N_("KIND"),
	/* TRANSLATORS: a column header of a table */
	N_("LAST CHECK-IN"),
	/* TRANSLATORS: a column header of a table */
	N_("LETTER"),
	/* TRANSLATORS: a column header of a table */
	N_("LEVEL"),
	/* TRANSLATORS: a column header of a table */
	N_("LINE"),
	/* TRANSLATORS: a column header of a table */
	N_("LOGIN"),
	/* TRANSLATORS: a column header of a table */
	N_("MANAGER"),
	/* TRANSLATORS: a column header of a table */
	N_("MESSAGE"),
	/* TRANSLATORS: a column header of a table */
	N_("METRIC"),
	/* TRANSLATORS: a column header of a table */
	N_("MISSING"),
	/* TRANSLATORS: a column header of a table */
	N_("NAME"),
	/* TRANSLATORS: a column header of a table */
	N_("NAMES HIDDEN"),
	/* TRANSLATORS: a column header of a table */
	N_("NEEDED/WORKDAY"),
	/* TRANSLATORS: a column header of a table */
	N_("NEW"),
	/* TRANSLATORS: a column header of a table */
	N_("NOTE"),
	/* TRANSLATORS: a column header of a table */
	N_("OFF TRACK"),
	/* TRANSLATORS: a column header of a table */
	N_("OLD"),
	/* TRANSLATORS: a column header of a table */
	N_("ON TRACK"),
	/* TRANSLATORS: a column header of a table */
	N_("OVERDUE"),
	/* TRANSLATORS: a column header of a table */
	N_("OWNER"),
	/* TRANSLATORS: a column header of a table */
	N_("PACE"),
	/* TRANSLATORS: a column header of a table */
	N_("PARENT"),
	/* TRANSLATORS: a column header of a table */
	N_("PERIOD"),
	/* TRANSLATORS: a column header of a table */
	N_("PERSON"),
	/* TRANSLATORS: a column header of a table */
	N_("QUAL"),
	/* TRANSLATORS: a column header of a table */
	N_("QUALITATIVE"),
	/* TRANSLATORS: a column header of a table */
	N_("QUALITATIVE SCORE"),
	/* TRANSLATORS: a column header of a table */
	N_("QUALITY"),
	/* TRANSLATORS: a column header of a table */
	N_("QUANT"),
	/* TRANSLATORS: a column header of a table */
	N_("QUANTITATIVE"),
	/* TRANSLATORS: a column header of a table */
	N_("RANK"),
	/* TRANSLATORS: a column header of a table */
	N_("RATER"),
	/* TRANSLATORS: a column header of a table */
	N_("RATINGS"),
	/* TRANSLATORS: a column header of a table */
	N_("REASON"),
	/* TRANSLATORS: a column header of a table */
	N_("RELATION"),
	/* TRANSLATORS: a column header of a table */
	N_("REQUESTED BY"),
	/* TRANSLATORS: a column header of a table */
	N_("ROLE"),
	/* TRANSLATORS: a column header of a table */
	N_("SCORE"),
	/* TRANSLATORS: a column header of a table */
	N_("SEVERITY"),
	/* TRANSLATORS: a column header of a table */
	N_("START"),
	/* TRANSLATORS: a column header of a table */
	N_("STATUS"),
	/* TRANSLATORS: a column header of a table */
	N_("SUBJECT"),
	/* TRANSLATORS: a column header of a table */
	N_("SUMMARY"),
	/* TRANSLATORS: a column header of a table */
	N_("SUMMARY AT"),
	/* TRANSLATORS: a column header of a table */
	N_("SUMMARY BY"),
	/* TRANSLATORS: a column header of a table */
	N_("TARGET"),
	/* TRANSLATORS: a column header of a table */
	N_("TASK"),
	/* TRANSLATORS: a column header of a table */
	N_("TEAM"),
	/* TRANSLATORS: a column header of a table */
	N_("TEAMWORK"),
	/* TRANSLATORS: a column header of a table */
	N_("TITLE"),
	/* TRANSLATORS: a column header of a table */
	N_("TO"),
	/* TRANSLATORS: a column header of a table */
	N_("UNIT"),
	/* TRANSLATORS: a column header of a table */
	N_("USED"),
	/* TRANSLATORS: a column header of a table */
	N_("VALUE"),
	/* TRANSLATORS: a column header of a table */
	N_("WEIGHT"),
	/* TRANSLATORS: a column header of a table */
	N_("WHO"),
	/* TRANSLATORS: a column header of a table */
	N_("WORKDAYS LEFT"),
	/* TRANSLATORS: a column header of a table */
	N_("WORST"),
};

/* The header `head` (English) in the language of the messages. */
static const char *head_word(const char *head)
{
	size_t i;

	for (i = 0; i < sizeof head_words / sizeof head_words[0]; i++)
		if (strcmp(head, head_words[i]) == 0)
			return _(head_words[i]);
	return head;
}

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

/* A column whose text wraps on a terminal: text other than a title
 * (OUT_CAP, which is cut instead). */
static bool wraps(const struct column *col)
{
	return col->type == OUT_TEXT && !(col->flags & OUT_CAP);
}

#define WRAP_MIN 20
#define WRAP_SOFT 30

/*
 * On a terminal `cols` wide (mbo_columns_fit): long text columns (OUT_CAP)
 * are capped at 40 columns and narrow to 24 while the table is too wide,
 * other text columns (a message) to 30, wrapping; then optional columns
 * (OUT_OPTIONAL) are left out from the right (dropped[k] says which); then
 * the long columns narrow to 16 (wrapping ones to 20, or to their widest
 * number, keep[k]), or grow back into the room that is left. Numbers,
 * dates and short words keep their width. The cells keep their text; the
 * caller cuts or wraps what is wider than its column.
 */
static int fit_terminal(const struct out_table *t, size_t cols, size_t indent, size_t *width,
                        const size_t *keep, bool *hide, bool *dropped)
{
	mbo_column *col = calloc(t->ncols ? t->ncols : 1, sizeof *col);
	int *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
	size_t k;

	if (col == NULL || w == NULL) {
		free(col);
		free(w);
		return 1;
	}
	for (k = 0; k < t->ncols; k++) {
		int want = hide[k] ? 0 : width[k] > INT_MAX / 4 ? INT_MAX / 4 : (int)width[k];
		mbo_column *c = &col[k];

		c->want = c->min = want;
		if (t->cols[k].flags & OUT_CAP) {
			c->want = c->max = want < CAP_WIDTH ? want : CAP_WIDTH;
			c->soft = c->want < CAP_SOFT ? c->want : CAP_SOFT;
			c->min = c->want < CAP_MIN ? c->want : CAP_MIN;
			c->grow = 1;
		} else if (wraps(&t->cols[k]) && want > WRAP_MIN) {
			int kw = keep[k] > (size_t)want ? want : (int)keep[k];
			c->max = want;
			c->min = kw > WRAP_MIN ? kw : WRAP_MIN;
			c->soft = c->min > WRAP_SOFT ? c->min : WRAP_SOFT;
			c->grow = 1;
		}
		if (t->cols[k].flags & OUT_OPTIONAL)
			c->drop = (int)k + 1;   /* the rightmost goes first */
	}
	mbo_columns_fit(col, (int)t->ncols, cols > indent ? (int)(cols - indent) : 0, 2, false, w);
	for (k = 0; k < t->ncols; k++) {
		if (!hide[k] && w[k] == 0)
			hide[k] = dropped[k] = true;
		width[k] = (size_t)w[k];
	}
	free(col);
	free(w);
	return 0;
}

/* Prints one line of an aligned table: piece[k] is what column k shows on
 * it ("" for nothing), in the colour of `row`'s cell (NULL: the header). */
static void table_line(struct cli *c, FILE *f, const struct out_table *t, const struct row *row,
                       char *const *piece, const size_t *width, const bool *hide, const char *indent)
{
	bool first = true;
	size_t k, pending = 0;   /* spaces owed, written only before text */

	fputs(indent, f);
	for (k = 0; k < t->ncols; k++) {
		const char *s = piece[k];
		size_t w;
		bool right = t->cols[k].type == OUT_NUMBER;

		if (hide[k])
			continue;
		w = mbo_text_width(s);
		if (w > width[k])
			w = width[k];   /* a kept number wider than its column */
		if (!first)
			pending += 2;
		first = false;
		if (right)
			pending += width[k] - w;
		if (s[0]) {
			pad(f, pending);
			pending = 0;
			out_colored(c, f, row ? cell_at(row, k)->color : MBO_TONE_PLAIN, s);
		}
		if (!right)
			pending += width[k] - w;
	}
	fputc('\n', f);
}

/* Frees the n strings of v and v. */
static void free_strings(char **v, size_t n)
{
	size_t k;

	for (k = 0; v && k < n; k++)
		free(v[k]);
	free(v);
}

/* Prints a row (the header when row is NULL) whose cells' texts are
 * text[k] (owned by the caller; a cut one is replaced). A text wider than
 * its column is cut with "…" (a title, OUT_CAP) or wrapped over as many
 * lines as it needs, each line in its own column. Returns 0, or 1 when out
 * of memory. */
static int table_row(struct cli *c, FILE *f, const struct out_table *t, const struct row *row,
                     char **text, const size_t *width, const bool *hide, const char *indent)
{
	size_t nc = t->ncols, k, i, nl = 1, *ns;
	struct span **sp;
	char **piece;
	bool fits = true;
	int rc;

	for (k = 0; k < nc && fits; k++)
		fits = hide[k] || mbo_text_width(text[k]) <= width[k];
	if (fits) {   /* the common case: nothing to cut or wrap */
		table_line(c, f, t, row, text, width, hide, indent);
		return 0;
	}
	sp = calloc(nc, sizeof *sp);
	ns = calloc(nc, sizeof *ns);
	piece = calloc(nc, sizeof *piece);
	rc = sp == NULL || ns == NULL || piece == NULL;
	for (k = 0; k < nc && rc == 0; k++) {
		if (hide[k] || mbo_text_width(text[k]) <= width[k])
			continue;
		if (!wraps(&t->cols[k])) {
			char *fit = cut_text(text[k], width[k]);
			rc = fit == NULL;
			if (fit != NULL) {
				free(text[k]);
				text[k] = fit;
			}
			continue;
		}
		ns[k] = wrap_lines(text[k], width[k], &sp[k]);
		if (ns[k] == (size_t)-1) {
			ns[k] = 0;
			rc = 1;
		} else if (ns[k] > nl) {
			nl = ns[k];
		}
	}
	for (i = 0; i < nl && rc == 0; i++) {
		for (k = 0; k < nc && rc == 0; k++) {
			free(piece[k]);
			piece[k] = NULL;
			if (hide[k])
				piece[k] = strdup("");
			else if (ns[k] > 0 && i < ns[k])
				piece[k] = strndup(text[k] + sp[k][i].off, sp[k][i].end - sp[k][i].off);
			else
				piece[k] = strdup(i == 0 && ns[k] == 0 ? text[k] : "");
			rc = piece[k] == NULL;
		}
		if (rc == 0)
			table_line(c, f, t, row, piece, width, hide, indent);
	}
	for (k = 0; sp && k < nc; k++)
		free(sp[k]);
	free(sp);
	free(ns);
	free_strings(piece, nc);
	return rc;
}

#define NBSP "\xc2\xa0"

/* s into buf (cap bytes) with its spaces as no-break spaces, so that a
 * header of two words stays on one line of the note; returns the bytes
 * written, or -1 when they do not fit. */
static int nbsp_copy(char *buf, size_t cap, const char *s)
{
	size_t n = 0;

	for (; *s; s++) {
		const char *put = *s == ' ' ? NBSP : s;
		size_t len = *s == ' ' ? 2 : 1;

		if (n + len >= cap)
			return -1;
		memcpy(buf + n, put, len);
		n += len;
	}
	buf[n] = '\0';
	return (int)n;
}

/* Under a table that left columns out to fit the terminal `cols` wide:
 * which, and how to see them, wrapped to the width. Returns 0 or 1. */
static int dropped_note(FILE *f, const struct out_table *t, const bool *dropped, size_t cols,
                        const char *indent)
{
	char names[1024], note[1400];
	struct span *sp;
	size_t k, len = 0, n, i, room = cols > strlen(indent) ? cols - strlen(indent) : 1;
	int nd = 0;

	names[0] = '\0';
	for (k = 0; k < t->ncols; k++) {
		char head[64];
		int w;

		if (!dropped[k])
			continue;
		if (t->cols[k].head[0])
			snprintf(head, sizeof head, "%s", t->cols[k].head);
		else
			header_text(t->cols[k].key, head, sizeof head);
		/* TRANSLATORS: between the headers of the columns left out of a table */
		w = snprintf(names + len, sizeof names - len, "%s", nd ? _(", ") : "");
		if (w > 0 && (size_t)w < sizeof names - len)
			len += (size_t)w;
		w = nbsp_copy(names + len, sizeof names - len, head_word(head));
		if (w > 0 && (size_t)w < sizeof names - len)
			len += (size_t)w;
		nd++;
	}
	if (nd == 0)
		return 0;
	snprintf(note, sizeof note, P_("%d column left out: %s (--wide shows every column)",
	                               "%d columns left out: %s (--wide shows every column)", nd),
	         nd, names);
	n = wrap_lines(note, room, &sp);
	if (n == (size_t)-1)
		return 1;
	for (i = 0; i < n; i++) {
		fputs(indent, f);
		for (k = sp[i].off; k < sp[i].end; k++) {
			if (strncmp(note + k, NBSP, 2) == 0 && k + 1 < sp[i].end) {
				fputc(' ', f);
				k++;
			} else {
				fputc(note[k], f);
			}
		}
		fputc('\n', f);
	}
	free(sp);
	return 0;
}

/* The widths of t's columns (header and cells) into width[], and, when
 * `fitting` to a terminal, of the widest number of each wrapping column
 * into keep[]. Returns 0 or 1. */
static int measure(struct out_table *t, char **text, const int *places, size_t *width,
                   size_t *keep, const bool *hide, bool fitting)
{
	const struct row *row;
	struct cursor cur;
	size_t k;
	int rc = 0;

	for (k = 0; k < t->ncols; k++) {
		width[k] = mbo_text_width(text[k]);
		keep[k] = 0;
	}
	if (cursor_open(&cur, t) != 0)
		rc = 1;
	while (rc == 0 && (row = cursor_next(&cur)) != NULL) {
		for (k = 0; k < t->ncols && rc == 0; k++) {
			char *s;
			size_t w;

			if (hide[k])
				continue;
			s = cell_text(cell_at(row, k), true, places[k]);
			if (s == NULL) {
				rc = 1;
				break;
			}
			w = mbo_text_width(s);
			if (w > width[k])
				width[k] = w;
			if (fitting && wraps(&t->cols[k]) && w > WRAP_MIN && (w = keep_width(s)) > keep[k])
				keep[k] = w;
			free(s);
		}
	}
	cursor_close(&cur);
	return rc != 0 || t->failed ? 1 : 0;
}

/* The headers of t, translated, into text[] (caller frees). */
static int headers(const struct out_table *t, char **text)
{
	size_t k;

	for (k = 0; k < t->ncols; k++) {
		char head[64];

		if (t->cols[k].head[0])
			snprintf(head, sizeof head, "%s", t->cols[k].head);
		else
			header_text(t->cols[k].key, head, sizeof head);
		text[k] = strdup(head_word(head));
		if (text[k] == NULL)
			return 1;
	}
	return 0;
}

/* Renders t as an aligned table, each line prefixed by `indent`: one pass
 * over the rows for the widths, one to print. On a terminal (and not
 * --wide) the table is fitted to its width, with a note of the columns
 * left out. */
static int text_table(struct cli *c, FILE *f, struct out_table *t, const char *indent)
{
	size_t *width, *keep, k, nc = t->ncols;
	int *places;
	bool *hide, *dropped, fitting;
	char **text;   /* the cells of one line */
	const struct row *row;
	struct cursor cur;
	int rc = 0;

	if (nc == 0)
		return 0;
	memset(&cur, 0, sizeof cur);
	width = calloc(nc, sizeof *width);
	keep = calloc(nc, sizeof *keep);
	places = calloc(nc, sizeof *places);
	hide = calloc(nc, sizeof *hide);
	dropped = calloc(nc, sizeof *dropped);
	text = calloc(nc, sizeof *text);
	if (width == NULL || keep == NULL || text == NULL || places == NULL || hide == NULL ||
	    dropped == NULL || headers(t, text) != 0) {
		rc = 1;
		goto done;
	}
	for (k = 0; k < nc; k++) {
		hide[k] = (t->cols[k].flags & OUT_NOTABLE) != 0;
		/* Exact decimals of a column share one number of places (>= 2). */
		places[k] = k < t->nplaces && t->places[k] > 2 ? t->places[k] : 2;
	}
	fitting = c->term_width > 0 && !c->wide;
	if (measure(t, text, places, width, keep, hide, fitting) != 0 ||
	    (fitting && fit_terminal(t, (size_t)c->term_width, strlen(indent), width, keep, hide, dropped))) {
		rc = 1;
		goto done;
	}
	rc = table_row(c, f, t, NULL, text, width, hide, indent);
	if (rc == 0 && cursor_open(&cur, t) != 0)
		rc = 1;
	while (rc == 0 && (row = cursor_next(&cur)) != NULL) {
		for (k = 0; k < nc; k++) {
			free(text[k]);
			text[k] = hide[k] ? strdup("") : cell_text(cell_at(row, k), true, places[k]);
			if (text[k] == NULL) {
				rc = 1;
				break;
			}
		}
		if (rc == 0)
			rc = table_row(c, f, t, row, text, width, hide, indent);
	}
	cursor_close(&cur);
	if (t->failed)
		rc = 1;
	if (rc == 0 && fitting)
		rc = dropped_note(f, t, dropped, (size_t)c->term_width, indent);
done:
	free_strings(text, nc);
	free(width);
	free(keep);
	free(places);
	free(hide);
	free(dropped);
	return rc;
}

/* The fields of the records and the titles of their parts, translated
 * where they are shown; the key itself in English. */
static const char *const field_words[] = {
	/* TRANSLATORS: a field of a record, shown as "id: value" */
	N_("id"),
	/* TRANSLATORS: a field of a record, shown as "owner: value" */
	N_("owner"),
	/* TRANSLATORS: a field of a record, shown as "title: value" */
	N_("title"),
	/* TRANSLATORS: a field of a record, shown as "description: value" */
	N_("description"),
	/* TRANSLATORS: a field of a record, shown as "metric: value" */
	N_("metric"),
	/* TRANSLATORS: a field of a record, shown as "unit: value" */
	N_("unit"),
	/* TRANSLATORS: a field of a record, shown as "kind: value" */
	N_("kind"),
	/* TRANSLATORS: a field of a record, shown as "direction: value" */
	N_("direction"),
	/* TRANSLATORS: a field of a record, shown as "baseline: value" */
	N_("baseline"),
	/* TRANSLATORS: a field of a record, shown as "target: value" */
	N_("target"),
	/* TRANSLATORS: a field of a record, shown as "start: value" */
	N_("start"),
	/* TRANSLATORS: a field of a record, shown as "due: value" */
	N_("due"),
	/* TRANSLATORS: a field of a record, shown as "status: value" */
	N_("status"),
	/* TRANSLATORS: a field of a record, shown as "status_reason: value" */
	N_("status_reason"),
	/* TRANSLATORS: a field of a record, shown as "parent: value" */
	N_("parent"),
	/* TRANSLATORS: a field of a record, shown as "importance: value" */
	N_("importance"),
	/* TRANSLATORS: a field of a record, shown as "urgency: value" */
	N_("urgency"),
	/* TRANSLATORS: a field of a record, shown as "weight: value" */
	N_("weight"),
	/* TRANSLATORS: a field of a record, shown as "method: value" */
	N_("method"),
	/* TRANSLATORS: a field of a record, shown as "children: value" */
	N_("children"),
	/* TRANSLATORS: a field of a record, shown as "children_total: value" */
	N_("children_total"),
	/* TRANSLATORS: a field of a record, shown as "drift: value" */
	N_("drift"),
	/* TRANSLATORS: a field of a record, shown as "own_samples: value" */
	N_("own_samples"),
	/* TRANSLATORS: a field of a record, shown as "own_last: value" */
	N_("own_last"),
	/* TRANSLATORS: a field of a record, shown as "own_best: value" */
	N_("own_best"),
	/* TRANSLATORS: a field of a record, shown as "team_samples: value" */
	N_("team_samples"),
	/* TRANSLATORS: a field of a record, shown as "team_p75: value" */
	N_("team_p75"),
	/* TRANSLATORS: a field of a record, shown as "team_best: value" */
	N_("team_best"),
	/* TRANSLATORS: a field of a record, shown as "suggested: value" */
	N_("suggested"),
	/* TRANSLATORS: a field of a record, shown as "asof: value" */
	N_("asof"),
	/* TRANSLATORS: a field of a record, shown as "actual: value" */
	N_("actual"),
	/* TRANSLATORS: a field of a record, shown as "expected: value" */
	N_("expected"),
	/* TRANSLATORS: a field of a record, shown as "pace: value" */
	N_("pace"),
	/* TRANSLATORS: a field of a record, shown as "completion: value" */
	N_("completion"),
	/* TRANSLATORS: a field of a record, shown as "forecast: value" */
	N_("forecast"),
	/* TRANSLATORS: a field of a record, shown as "needed_per_workday: value" */
	N_("needed_per_workday"),
	/* TRANSLATORS: a field of a record, shown as "workdays_left: value" */
	N_("workdays_left"),
	/* TRANSLATORS: a field of a record, shown as "pace_status: value" */
	N_("pace_status"),
	/* TRANSLATORS: a field of a record, shown as "last_checkin: value" */
	N_("last_checkin"),
	/* TRANSLATORS: a field of a record, shown as "person: value" */
	N_("person"),
	/* TRANSLATORS: a field of a record, shown as "period: value" */
	N_("period"),
	/* TRANSLATORS: a field of a record, shown as "quantitative: value" */
	N_("quantitative"),
	/* TRANSLATORS: a field of a record, shown as "qualitative: value" */
	N_("qualitative"),
	/* TRANSLATORS: a field of a record, shown as "missing: value" */
	N_("missing"),
	/* TRANSLATORS: a field of a record, shown as "final: value" */
	N_("final"),
	/* TRANSLATORS: a field of a record, shown as "grade: value" */
	N_("grade"),
	/* TRANSLATORS: a field of a record, shown as "bonus: value" */
	N_("bonus"),
	/* TRANSLATORS: a field of a record, shown as "count: value" */
	N_("count"),
	/* TRANSLATORS: a field of a record, shown as "goals: value" */
	N_("goals"),
	/* TRANSLATORS: a field of a record, shown as "dry_run: value" */
	N_("dry_run"),
	/* TRANSLATORS: a field of a record, shown as "change: value" */
	N_("change"),
	/* TRANSLATORS: a field of a record, shown as "team: value" */
	N_("team"),
	/* TRANSLATORS: a field of a record, shown as "date: value" */
	N_("date"),
};

static const char *const section_words[] = {
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Progress"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Milestones"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Tasks"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Latest check-ins"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("History"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Check-ins"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("People"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Goals"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Feedback by relation"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Missing"),
	/* TRANSLATORS: the title of a part of a record (goal show, eval show, report) */
	N_("Ratings"),
};

/* `word` in the language of the messages when it is one of the n words. */
static const char *word_in(const char *const *words, size_t n, const char *word)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(word, words[i]) == 0)
			return _(words[i]);
	return word;
}

/* A record's field as its label reads. The field "kpi" (the indicator a
 * goal serves) has a context of its own: the method "kpi" is KPI法. */
static const char *field_word(const char *key)
{
	if (strcmp(key, "kpi") == 0)
		/* TRANSLATORS: a field of a record, shown as "kpi: value": the key
		   performance indicator a goal serves (KPI), not the method KPI法 */
		return C_("field", "kpi");
	return word_in(field_words, sizeof field_words / sizeof field_words[0], key);
}

#define FIELD_WORD(k) field_word(k)
#define SECTION_WORD(k) word_in(section_words, sizeof section_words / sizeof section_words[0], (k))

/* The value of a record's field, starting at column `at`: on a terminal
 * (not --wide) a value too long for the line wraps, as a table's message
 * does, its lines indented to `at`. Returns 0, or 1 when out of memory. */
static int field_value(struct cli *c, FILE *f, int tone, const char *s, size_t at)
{
	struct span *sp;
	size_t n, i;

	if (c->term_width <= 0 || c->wide || at + WRAP_MIN > (size_t)c->term_width ||
	    at + mbo_text_width(s) <= (size_t)c->term_width) {
		out_colored(c, f, tone, s);
		fputc('\n', f);
		return 0;
	}
	n = wrap_lines(s, (size_t)c->term_width - at, &sp);
	if (n == (size_t)-1)
		return 1;
	for (i = 0; i < n; i++) {
		char *line = strndup(s + sp[i].off, sp[i].end - sp[i].off);

		if (line == NULL) {
			free(sp);
			return 1;
		}
		if (i > 0)
			pad(f, at);
		out_colored(c, f, tone, line);
		fputc('\n', f);
		free(line);
	}
	free(sp);
	return 0;
}

/* A record as "key: value" lines, keys (translated) padded to one column
 * by display width. */
static int text_fields(struct cli *c, FILE *f, struct out_table *t, const char *indent)
{
	const struct row *row;
	struct cursor cur;
	size_t k, keyw = 0;
	int rc = first_row(&cur, t, &row);

	for (k = 0; k < t->ncols; k++)
		if (mbo_text_width(FIELD_WORD(t->cols[k].key)) > keyw)
			keyw = mbo_text_width(FIELD_WORD(t->cols[k].key));
	for (k = 0; k < t->ncols && rc == 0; k++) {
		const struct cell *cl = cell_at(row, k);
		const char *label = FIELD_WORD(t->cols[k].key);
		char *s = cell_text(cl, true, 2);

		if (s == NULL) {
			rc = 1;
			break;
		}
		fprintf(f, "%s%s:", indent, label);
		if (s[0])
			pad(f, keyw - mbo_text_width(label) + 1);
		rc = field_value(c, f, cl->color, s, strlen(indent) + keyw + 2);
		free(s);
	}
	cursor_close(&cur);
	return rc;
}

/* ---- entry points ---- */

/* True when t or one of its sections could not be built or read. */
static bool tree_failed(const struct out_table *t)
{
	size_t k;

	if (t->failed)
		return true;
	for (k = 0; k < t->nsecs; k++)
		if (tree_failed(t->secs[k].t))
			return true;
	return false;
}

/* The table of t's tree whose temporary file failed, or NULL. */
static const struct out_table *tmp_failed(const struct out_table *t)
{
	const struct out_table *e;
	size_t k;

	if (t->tmp_op != TMP_OK)
		return t;
	for (k = 0; k < t->nsecs; k++)
		if ((e = tmp_failed(t->secs[k].t)) != NULL)
			return e;
	return NULL;
}

/* Says on stderr why a listing could not be printed (rc or a failed tree;
 * t NULL when out_new failed) and returns 1, or returns 0. */
static int finish(const struct out_table *t, int rc)
{
	const struct out_table *e;

	if (t != NULL && rc == 0 && !tree_failed(t))
		return 0;
	e = t ? tmp_failed(t) : NULL;
	if (e == NULL)
		fprintf(stderr, "mbo: %s\n", _("out of memory"));
	else if (e->tmp_op == TMP_READ)
		fprintf(stderr, _("mbo: cannot read back the temporary file of the listing: %s\n"),
		        strerror(e->tmp_errno));
	else if (e->tmp_op == TMP_CREATE)
		fprintf(stderr, _("mbo: cannot create a temporary file for the listing in %s: %s; "
		                  "set TMPDIR to a directory with free space\n"), tmp_dir(), strerror(e->tmp_errno));
	else
		fprintf(stderr, _("mbo: cannot write a temporary file for the listing in %s: %s; "
		                  "free space there or set TMPDIR\n"), tmp_dir(), strerror(e->tmp_errno));
	return 1;
}

static int print_list(struct cli *c, FILE *f, struct out_table *t)
{
	int rc = 0;

	switch (c->format) {
	case FMT_JSON:
		rc = json_list(f, t, "");
		if (rc == 0)
			fputc('\n', f);
		break;
	case FMT_CSV:
		rc = csv_table(f, t, c->bom);
		break;
	default:
		rc = text_table(c, f, t, "");
	}
	return rc;
}

int out_print_list(struct cli *c, struct out_table *t)
{
	if (t == NULL || tree_failed(t))
		return finish(t, 1);
	return finish(t, print_list(c, stdout, t));
}

static int print_record(struct cli *c, FILE *f, struct out_table *t)
{
	const struct row *row;
	struct cursor cur;
	size_t k;
	int rc = 0;

	switch (c->format) {
	case FMT_JSON:
		rc = first_row(&cur, t, &row);
		if (rc == 0) {
			fputs("{\n", f);
			for (k = 0; k < t->ncols; k++) {
				fputs("  ", f);
				out_json_string(f, t->cols[k].key);
				fputs(": ", f);
				json_cell(f, cell_at(row, k));
				fputs(k + 1 < t->ncols || t->nsecs ? ",\n" : "\n", f);
			}
		}
		cursor_close(&cur);
		for (k = 0; k < t->nsecs && rc == 0; k++) {
			const struct section *s = &t->secs[k];
			fputs("  ", f);
			out_json_string(f, s->key);
			fputs(": ", f);
			if (s->object) {
				rc = first_row(&cur, s->t, &row);
				if (rc == 0 && row == NULL)
					fputs("null", f);
				else if (rc == 0)
					json_row(f, s->t, row);
				cursor_close(&cur);
			} else {
				rc = json_list(f, s->t, "  ");
			}
			if (rc == 0)
				fputs(k + 1 < t->nsecs ? ",\n" : "\n", f);
		}
		if (rc == 0)
			fputs("}\n", f);
		break;
	case FMT_CSV:
		rc = csv_table(f, t, c->bom);
		break;
	default:
		rc = text_fields(c, f, t, "");
		for (k = 0; k < t->nsecs && rc == 0; k++) {
			const struct section *s = &t->secs[k];
			fprintf(f, "\n%s\n", SECTION_WORD(s->title));
			if (row_count(s->t) == 0)
				fprintf(f, "  %s\n", _("(none)"));
			else if (s->object)
				rc = text_fields(c, f, s->t, "  ");
			else
				rc = text_table(c, f, s->t, "  ");
		}
	}
	return rc;
}

int out_print_record(struct cli *c, struct out_table *t)
{
	if (t == NULL || tree_failed(t))
		return finish(t, 1);
	return finish(t, print_record(c, stdout, t));
}

void out_new_id(struct cli *c, int64_t id)
{
	if (c->format == FMT_JSON)
		printf("{\"id\": %lld}\n", (long long)id);
	else
		printf("%lld\n", (long long)id);
}
