/*
 * import.c: check-ins from CSV (RFC 4180), all or nothing.
 *
 * A small CSV reader walks the buffer record by record, counting physical
 * lines so that each record is reported at the line where it starts. Every
 * row is checked before anything is written, with the rules of checkin.c
 * (mbo_checkin_may once per goal, mbo_checkin_check_entry per row);
 * when all rows are good they are inserted in one change with one cached
 * statement.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "checkin_priv.h"
#include "goal_priv.h"
#include "mbo/checkin.h"
#include "mbo/goal.h"
#include "mbo/import.h"
#include "mbo/text.h"
#include "mbo/undo.h"

/* Bad lines named in the one-line error message; the rest are counted. */
#define ERRORS_IN_MESSAGE 3

/* ---- CSV reader ---- */

struct csv {
	const char *p, *end;
	size_t line;             /* physical line of p, from 1 */
	size_t rec_line;         /* where the current record starts */
	const char *err;         /* what is wrong with its structure, or NULL */
	char *buf;               /* the record's fields, each NUL-terminated */
	size_t blen, bcap;
	size_t *offs;            /* start of each field in buf */
	size_t nf, fcap;
	bool quoted_any;         /* some field was quoted */
	long ctl_field;          /* first field holding a control character, or -1 */
	unsigned char ctl;       /* that character */
};

static int put(struct csv *c, char ch)
{
	if (c->blen == c->bcap) {
		size_t cap = c->bcap ? c->bcap * 2 : 256;
		char *p = realloc(c->buf, cap);
		if (p == NULL)
			return -1;
		c->buf = p;
		c->bcap = cap;
	}
	c->buf[c->blen++] = ch;
	return 0;
}

static int start_field(struct csv *c)
{
	if (c->nf == c->fcap) {
		size_t cap = c->fcap ? c->fcap * 2 : 16;
		size_t *p = realloc(c->offs, cap * sizeof *p);
		if (p == NULL)
			return -1;
		c->offs = p;
		c->fcap = cap;
	}
	c->offs[c->nf++] = c->blen;
	return 0;
}

/*
 * Notes a control character in the current field: any below U+0020 but
 * TAB, and DEL; a line break counts only outside quotes, where it ends the
 * record instead. A NUL would silently end the field where C reads it.
 */
static void check_byte(struct csv *c, unsigned char ch, bool in_quotes)
{
	if (c->ctl_field >= 0 || ch == '\t' || (ch >= 0x20 && ch != 0x7F))
		return;
	if (in_quotes && (ch == '\n' || ch == '\r'))
		return;
	c->ctl_field = (long)c->nf - 1;
	c->ctl = ch;
}

static const char *field(const struct csv *c, size_t i)
{
	return c->buf + c->offs[i];
}

/* True at a line end: CRLF, LF or a lone CR. */
static bool at_eol(const struct csv *c)
{
	return c->p < c->end && (*c->p == '\n' || *c->p == '\r');
}

/* Steps over one line end and counts it. */
static void skip_eol(struct csv *c)
{
	if (*c->p == '\r' && c->p + 1 < c->end && c->p[1] == '\n')
		c->p++;
	c->p++;
	c->line++;
}

/*
 * Reads the next record. Returns 1 with a record (c->err set when its
 * structure is broken), 0 at the end, -1 when out of memory.
 */
static int csv_next(struct csv *c)
{
	c->nf = 0;
	c->blen = 0;
	c->err = NULL;
	c->quoted_any = false;
	c->ctl_field = -1;
	c->rec_line = c->line;
	if (c->p >= c->end)
		return 0;
	for (;;) {
		if (start_field(c))
			return -1;
		if (c->p < c->end && *c->p == '"') {
			c->quoted_any = true;
			c->p++;
			for (;;) {
				if (c->p >= c->end) {
					c->err = _("a quoted field is not closed; end it with \" (and double any \" inside it)");
					break;
				}
				if (*c->p == '"') {
					if (c->p + 1 < c->end && c->p[1] == '"') {
						if (put(c, '"'))
							return -1;
						c->p += 2;
						continue;
					}
					c->p++;
					break;
				}
				if (*c->p == '\n' || (*c->p == '\r' && !(c->p + 1 < c->end && c->p[1] == '\n')))
					c->line++;
				check_byte(c, (unsigned char)*c->p, true);
				if (put(c, *c->p++))
					return -1;
			}
			if (c->p < c->end && *c->p != ',' && !at_eol(c)) {
				if (c->err == NULL)
					c->err = _("text follows a closing quote; quote the whole field and double any \" inside it");
				while (c->p < c->end && *c->p != ',' && !at_eol(c))
					c->p++;
			}
		} else {
			while (c->p < c->end && *c->p != ',' && !at_eol(c)) {
				check_byte(c, (unsigned char)*c->p, false);
				if (put(c, *c->p++))
					return -1;
			}
		}
		if (put(c, '\0'))
			return -1;
		if (c->p >= c->end)
			return 1;
		if (*c->p == ',') {
			c->p++;
			continue;
		}
		skip_eol(c);
		return 1;
	}
}

/* True when every field is empty or blanks (and nothing was quoted). */
static bool blank_record(const struct csv *c)
{
	size_t i;
	const char *s;

	if (c->err || c->quoted_any)
		return false;
	for (i = 0; i < c->nf; i++)
		for (s = field(c, i); *s; s++)
			if (*s != ' ' && *s != '\t')
				return false;
	return true;
}

/* Trims blanks in place; returns s. */
static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

/* ---- Rows ---- */

enum { COL_GOAL, COL_DATE, COL_VALUE, COL_NOTE, COL_LOGIN, NCOL };
static const char *const col_names[NCOL] = { "goal", "date", "value", "note", "login" };

/* A goal met in the file: loaded and checked once. */
struct gentry {
	int64_t id;
	int rc;                  /* MBO_OK when check-ins by the actor may go to it */
	char reason[300];        /* why not, when rc != MBO_OK */
	bool used;
	__int128 total;          /* a sum goal's check-ins, stored and accepted */
	mbo_goal g;
};

struct importer {
	mbo *m;
	int64_t actor;
	mbo_import_result *out;
	size_t gcap, ecap;
	struct gentry *goals;    /* sorted by id */
	size_t ngoals;
	bool allow_duplicates;
};

static int bad(struct importer *im, size_t line, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* Records a bad line; MBO_EFAIL when out of memory. */
static int bad(struct importer *im, size_t line, const char *fmt, ...)
{
	mbo_import_result *r = im->out;
	mbo_import_error *e;
	va_list ap;

	if (r->nerrors == im->ecap) {
		size_t cap = im->ecap ? im->ecap * 2 : 16;
		e = realloc(r->errors, cap * sizeof *e);
		if (e == NULL)
			return mbo_error(im->m, MBO_EFAIL, _("out of memory"));
		r->errors = e;
		im->ecap = cap;
	}
	e = &r->errors[r->nerrors++];
	e->line = line;
	va_start(ap, fmt);
	vsnprintf(e->reason, sizeof e->reason, fmt, ap);
	va_end(ap);
	mbo_text_trim_partial(e->reason);
	return MBO_OK;
}

/* The goal `id`, loaded and checked on first sight; NULL when out of memory. */
static struct gentry *goal_entry(struct importer *im, int64_t id)
{
	size_t lo = 0, hi = im->ngoals;
	struct gentry *e;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (im->goals[mid].id == id)
			return &im->goals[mid];
		if (im->goals[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (im->ngoals == im->gcap) {
		size_t cap = im->gcap ? im->gcap * 2 : 16;
		e = realloc(im->goals, cap * sizeof *e);
		if (e == NULL)
			return NULL;
		im->goals = e;
		im->gcap = cap;
	}
	memmove(&im->goals[lo + 1], &im->goals[lo], (im->ngoals - lo) * sizeof *e);
	im->ngoals++;
	e = &im->goals[lo];
	memset(e, 0, sizeof *e);
	e->id = id;
	mbo_goal_init(&e->g);
	e->rc = mbo_goal_load(im->m, id, &e->g);
	if (e->rc == MBO_ENOTFOUND) {
		snprintf(e->reason, sizeof e->reason, _("goal %lld: no such goal; see `mbo goal list`"),
		         (long long)id);
	} else if (e->rc == MBO_OK) {
		e->rc = mbo_checkin_may(im->m, im->actor, &e->g);
		if (e->rc == MBO_OK && e->g.kind == MBO_KIND_SUM)
			e->rc = mbo_checkin_total(im->m, id, &e->total);
		if (e->rc == MBO_EPERM)
			snprintf(e->reason, sizeof e->reason, _("goal %lld: %s"), (long long)id, mbo_errmsg(im->m));
		else if (e->rc)
			snprintf(e->reason, sizeof e->reason, "%s", mbo_errmsg(im->m));
	} else {
		snprintf(e->reason, sizeof e->reason, "%s", mbo_errmsg(im->m));
	}
	mbo_text_trim_partial(e->reason);
	return e;
}

/* A note on one line: each line break (CRLF, LF, CR) and tab becomes a space. */
static void one_line(char *s)
{
	char *o = s;

	for (; *s; s++) {
		if (*s == '\r' && s[1] == '\n')
			continue;
		*o++ = (*s == '\r' || *s == '\n' || *s == '\t') ? ' ' : *s;
	}
	*o = '\0';
}

static int add_good(struct importer *im, size_t line, int64_t goal, mbo_day day, mbo_dec value,
                    const char *note, size_t *cap)
{
	mbo_import_result *r = im->out;
	mbo_import_row *row;

	if (r->ngood == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		row = realloc(r->good, c * sizeof *row);
		if (row == NULL)
			return mbo_error(im->m, MBO_EFAIL, _("out of memory"));
		r->good = row;
		*cap = c;
	}
	row = &r->good[r->ngood];
	row->note = mbo_strdup(note);
	if (row->note == NULL)
		return mbo_error(im->m, MBO_EFAIL, _("out of memory"));
	row->line = line;
	row->goal_id = goal;
	row->day = day;
	row->value = value;
	r->ngood++;
	return MBO_OK;
}

/* Column i for a message: 'value' for a column mbo reads, else its number. */
static const char *column_name(const int *col, size_t i, char *buf, size_t cap)
{
	int k;

	for (k = 0; k < NCOL; k++)
		if (col[k] == (int)i) {
			snprintf(buf, cap, "'%s'", col_names[k]);
			return buf;
		}
	snprintf(buf, cap, "%zu", i + 1);
	return buf;
}

/* What a control character is, for a message: "a NUL byte", "U+001B". */
static const char *control_name(unsigned char ch, char *buf, size_t cap)
{
	if (ch == 0)
		return _("a NUL byte");
	snprintf(buf, cap, _("the control character U+%04X"), ch);
	return buf;
}

/* Checks one data row; a bad row is recorded, not returned as an error. */
static int check_row(struct importer *im, struct csv *c, const int *col, size_t ncols,
                     size_t *goodcap)
{
	size_t line = c->rec_line;
	char q[MBO_EXCERPT_CAP], *gs, *ds, *vs, *note, *login, *end;
	const char *why;
	struct gentry *ge;
	long long id;
	mbo_day day;
	mbo_dec value;

	if (c->err)
		return bad(im, line, "%s", c->err);
	if (c->nf != ncols)
		return bad(im, line, _("has %zu fields but the header has %zu; quote a field that holds a comma"),
		           c->nf, ncols);
	if (c->ctl_field >= 0) {
		char nb[24], cb[40];
		return bad(im, line, _("column %s holds %s, which is not text; remove it, or save the file "
		             "again as CSV UTF-8"), column_name(col, (size_t)c->ctl_field, nb, sizeof nb),
		           control_name(c->ctl, cb, sizeof cb));
	}
	gs = trim(c->buf + c->offs[col[COL_GOAL]]);
	ds = trim(c->buf + c->offs[col[COL_DATE]]);
	vs = trim(c->buf + c->offs[col[COL_VALUE]]);
	note = col[COL_NOTE] >= 0 ? c->buf + c->offs[col[COL_NOTE]] : NULL;
	login = col[COL_LOGIN] >= 0 ? trim(c->buf + c->offs[col[COL_LOGIN]]) : NULL;

	if (*gs == '\0')
		return bad(im, line, _("goal: missing; give the goal's id as `mbo goal list` shows it"));
	errno = 0;
	id = strtoll(gs, &end, 10);
	if (*gs < '0' || *gs > '9' || *end != '\0' || errno || id <= 0)
		return bad(im, line, _("goal '%s' is not a goal id; give the number `mbo goal list` shows"),
		           mbo_text_excerpt(gs, q, sizeof q));
	ge = goal_entry(im, (int64_t)id);
	if (ge == NULL)
		return mbo_error(im->m, MBO_EFAIL, _("out of memory"));
	if (ge->rc == MBO_EFAIL || ge->rc == MBO_EDB)
		return mbo_error(im->m, ge->rc, "%s", ge->reason);
	if (ge->rc)
		return bad(im, line, "%s", ge->reason);
	if (*ds == '\0')
		return bad(im, line, _("date: missing; give the day as YYYY-MM-DD"));
	if (mbo_day_parse(ds, mbo_today(), &day, &why) != 0)
		return bad(im, line, _("date '%s' %s"), mbo_text_excerpt(ds, q, sizeof q), why);
	if (mbo_dec_parse(vs, &value, &why) != 0)
		return bad(im, line, _("value '%s' %s"), mbo_text_excerpt(vs, q, sizeof q), why);
	if (login && *login && strcmp(login, ge->g.owner) != 0)
		return bad(im, line, _("login '%s' does not own goal %lld (%s does); check the goal id"),
		           mbo_text_excerpt(login, q, sizeof q), (long long)id, ge->g.owner);
	if (note)
		one_line(note);
	if (mbo_checkin_check_entry(im->m, &ge->g, day, value, note) != MBO_OK)
		return bad(im, line, "%s", mbo_errmsg(im->m));
	if (!im->allow_duplicates) {
		char vbuf[40], dbuf[16];
		int dup = mbo_checkin_exists(im->m, ge->id, day, value, note ? note : "");
		if (dup < 0)
			return MBO_EDB;
		if (dup)
			return bad(im, line, _("goal %lld already has this check-in (%s, %s); was the file "
			             "imported before? Remove the line, or allow duplicates"),
			           (long long)ge->id, mbo_day_format(day, dbuf),
			           mbo_dec_format(value, 2, true, vbuf));
	}
	if (mbo_checkin_check_total(im->m, &ge->g, ge->total + value, value) != MBO_OK)
		return bad(im, line, "%s", mbo_errmsg(im->m));
	ge->total += value;
	ge->used = true;
	return add_good(im, line, ge->id, day, value, note ? note : "", goodcap);
}

/* Maps the header's columns; MBO_EINVAL naming what is missing. */
static int read_header(struct importer *im, struct csv *c, int *col)
{
	char q[MBO_EXCERPT_CAP];
	size_t i;
	int k;

	for (k = 0; k < NCOL; k++)
		col[k] = -1;
	if (c->err) {
		bad(im, c->rec_line, _("header: %s"), c->err);
		return mbo_error(im->m, MBO_EINVAL, _("line %zu: header: %s"), c->rec_line, c->err);
	}
	if (c->ctl_field >= 0) {
		/* The name is the return value: for a NUL byte cb stays unwritten
		 * (the import fuzzer found the header's reason full of stack). */
		char cb[40];
		const char *what = control_name(c->ctl, cb, sizeof cb);
		bad(im, c->rec_line, _("header: column %ld holds %s"), c->ctl_field + 1, what);
		return mbo_error(im->m, MBO_EINVAL, _("line %zu: header: column %ld holds %s, which is not text; "
		                   "remove it, or save the file again as CSV UTF-8"), c->rec_line, c->ctl_field + 1,
		                 what);
	}
	for (i = 0; i < c->nf; i++) {
		char *name = trim(c->buf + c->offs[i]);
		for (k = 0; k < NCOL; k++) {
			if (strcasecmp(name, col_names[k]) != 0)
				continue;
			if (col[k] >= 0) {
				bad(im, c->rec_line, _("header: the column '%s' appears twice"), col_names[k]);
				return mbo_error(im->m, MBO_EINVAL, _("line %zu: header: the column '%s' appears "
				                   "twice; keep one"), c->rec_line, mbo_text_excerpt(name, q, sizeof q));
			}
			col[k] = (int)i;
		}
	}
	for (k = COL_GOAL; k <= COL_VALUE; k++) {
		if (col[k] < 0) {
			bad(im, c->rec_line, _("header: no '%s' column"), col_names[k]);
			return mbo_error(im->m, MBO_EINVAL, _("line %zu: header: no '%s' column; the first line "
			                   "names the columns goal, date, value (and optionally note, login)"),
			                 c->rec_line, col_names[k]);
		}
	}
	return MBO_OK;
}

/* The one-line message: the first bad lines, then how many. */
static int report_bad(mbo *m, const mbo_import_result *r)
{
	char msg[800];
	size_t len = 0, i;
	int w;

	msg[0] = '\0';
	for (i = 0; i < r->nerrors && i < ERRORS_IN_MESSAGE; i++) {
		/* TRANSLATORS: between two bad lines of an import's message */
		w = snprintf(msg + len, sizeof msg - len, "%s", i ? _("; ") : "");
		if (w >= 0 && (size_t)w < sizeof msg - len) {
			len += (size_t)w;
			w = snprintf(msg + len, sizeof msg - len, _("line %zu: %s"), r->errors[i].line,
			             r->errors[i].reason);
		}
		if (w < 0 || (size_t)w >= sizeof msg - len) {
			/* Cut at a character boundary and stop. */
			len = sizeof msg - 4;
			while (len > 0 && ((unsigned char)msg[len] & 0xC0) == 0x80)
				len--;
			memcpy(msg + len, "\xE2\x80\xA6", 4);
			break;
		}
		len += (size_t)w;
	}
	return mbo_error(m, MBO_EINVAL, P_("%s; %zu bad line, nothing imported",
	                                   "%s; %zu bad lines, nothing imported", r->nerrors),
	                 msg, r->nerrors);
}

void mbo_import_result_free(mbo_import_result *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->ngood; i++)
		free(r->good[i].note);
	free(r->good);
	free(r->errors);
	memset(r, 0, sizeof *r);
}

/*
 * Writes the checked rows as one change. The totals checked against the
 * snapshot are checked again under the write lock, where another writer's
 * check-ins since count too.
 */
static int import_rows(struct importer *im)
{
	mbo *m = im->m;
	mbo_import_result *out = im->out;
	__int128 total;
	char msg[64];
	size_t i;
	int rc;

	snprintf(msg, sizeof msg, "import %zu check-in%s", out->ngood, out->ngood == 1 ? "" : "s");
	rc = mbo_change_begin(m, im->actor, msg);
	if (rc)
		return rc;
	out->change_id = mbo_change_current(m);
	for (i = 0; i < out->ngood && rc == MBO_OK; i++) {
		const mbo_import_row *row = &out->good[i];
		rc = mbo_checkin_insert(m, im->actor, row->goal_id, row->day, row->value, row->note, NULL);
	}
	for (i = 0; i < im->ngoals && rc == MBO_OK; i++) {
		const struct gentry *e = &im->goals[i];
		if (!e->used || e->g.kind != MBO_KIND_SUM)
			continue;
		rc = mbo_checkin_total(m, e->id, &total);
		if (rc == MBO_OK && total > MBO_DEC_MAX)
			rc = mbo_error(m, MBO_EINVAL, _("goal %lld: with the check-ins recorded while the file was "
			                 "read, its total would be above the most one goal may hold (%s); nothing "
			                 "imported: check the file and import it again"), (long long)e->id,
			               mbo_dec_format(MBO_DEC_MAX, 0, true, msg));
	}
	if (rc == MBO_OK)
		rc = mbo_change_commit(m);
	else
		mbo_change_rollback(m);
	if (rc) {
		out->change_id = 0;
		return rc;
	}
	out->imported = out->ngood;
	return MBO_OK;
}

int mbo_import_checkins(mbo *m, int64_t actor, const char *buf, size_t len, int flags,
                        mbo_import_result *out)
{
	bool dry_run = (flags & MBO_IMPORT_DRY_RUN) != 0;
	struct importer im;
	struct csv c;
	int col[NCOL] = { 0 };   /* read_header sets each; gcc -O2 cannot see it */
	size_t ncols = 0, goodcap = 0, i;
	bool have_header = false, tx;
	int rc = MBO_OK, more;

	memset(out, 0, sizeof *out);
	memset(&im, 0, sizeof im);
	memset(&c, 0, sizeof c);
	im.m = m;
	im.actor = actor;
	im.out = out;
	im.allow_duplicates = (flags & MBO_IMPORT_ALLOW_DUPLICATES) != 0;
	c.p = buf;
	c.end = buf + len;
	c.line = 1;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		c.p += 3;
	if (len >= 2 && (memcmp(buf, "\xFF\xFE", 2) == 0 || memcmp(buf, "\xFE\xFF", 2) == 0))
		return mbo_error(m, MBO_EINVAL, _("the file is UTF-16 text; save it as \"CSV UTF-8\" and import "
		                   "that"));

	/* The checks read in one snapshot, which also takes the file's locks
	 * once rather than twice a row (docs/performance.md). */
	tx = mbo_read_begin(m);
	while (rc == MBO_OK && (more = csv_next(&c)) != 0) {
		if (more < 0) {
			rc = mbo_error(m, MBO_EFAIL, _("out of memory"));
			break;
		}
		if (blank_record(&c))
			continue;
		if (!have_header) {
			rc = read_header(&im, &c, col);
			ncols = c.nf;
			have_header = true;
			continue;
		}
		out->rows++;
		rc = check_row(&im, &c, col, ncols, &goodcap);
	}
	mbo_read_end(m, tx);
	free(c.buf);
	free(c.offs);
	if (rc == MBO_OK && !have_header)
		rc = mbo_error(m, MBO_EINVAL, _("the file is empty; its first line names the columns goal, date, "
		                 "value (and optionally note, login)"));
	for (i = 0; i < im.ngoals; i++)
		if (im.goals[i].used)
			out->goals++;
	if (rc == MBO_OK && out->nerrors > 0)
		rc = report_bad(m, out);
	if (rc == MBO_OK && !dry_run && out->ngood > 0)
		rc = import_rows(&im);
	for (i = 0; i < im.ngoals; i++)
		mbo_goal_clear(&im.goals[i].g);
	free(im.goals);
	return rc;
}

int mbo_import_checkins_file(mbo *m, int64_t actor, const char *path, int flags,
                             mbo_import_result *out)
{
	char *buf = NULL, *p;
	size_t len = 0, cap = 0, got;
	FILE *fp;
	int rc, e;

	memset(out, 0, sizeof *out);
	/* Refused before fopen: "" would be reported as a missing file, and a
	 * name longer than any path would be echoed whole. */
	if (path[0] == '\0')
		return mbo_error(m, MBO_EINVAL, _("file: give the name of the CSV file to import, or - to read "
		                   "standard input"));
	if (strlen(path) >= PATH_MAX)
		return mbo_error(m, MBO_EINVAL, _("file: the path is too long (%zu bytes); paths have fewer "
		                   "than %d"), strlen(path), PATH_MAX);
	fp = fopen(path, "rb");
	if (fp == NULL) {
		e = errno;
		return mbo_error(m, e == ENOENT ? MBO_ENOTFOUND : MBO_EINVAL, _("file: cannot read %s: %s"),
		                 path, strerror(e));
	}
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if (cap > MBO_IMPORT_MAX_BYTES + 1)
				cap = MBO_IMPORT_MAX_BYTES + 1;
			if (len == cap) {
				free(buf);
				fclose(fp);
				return mbo_error(m, MBO_EINVAL, _("%s: is larger than %zu MiB; split it and import "
				                   "the parts"), path, MBO_IMPORT_MAX_BYTES / (1024 * 1024));
			}
			p = realloc(buf, cap);
			if (p == NULL) {
				free(buf);
				fclose(fp);
				return mbo_error(m, MBO_EFAIL, _("out of memory"));
			}
			buf = p;
		}
		got = fread(buf + len, 1, cap - len, fp);
		len += got;
		if (got == 0)
			break;
	}
	e = ferror(fp) ? errno : 0;
	fclose(fp);
	if (e || len > MBO_IMPORT_MAX_BYTES) {
		free(buf);
		if (len > MBO_IMPORT_MAX_BYTES)
			return mbo_error(m, MBO_EINVAL, _("%s: is larger than %zu MiB; split it and import the parts"),
			                 path, MBO_IMPORT_MAX_BYTES / (1024 * 1024));
		return mbo_error(m, MBO_EINVAL, _("%s: reading failed: %s"), path, strerror(e));
	}
	rc = mbo_import_checkins(m, actor, buf ? buf : "", len, flags, out);
	free(buf);
	return rc;
}
