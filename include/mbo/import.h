/*
 * import.h: check-ins imported from CSV, such as a CRM export.
 *
 * The file is RFC 4180 CSV in UTF-8, with or without a byte order mark,
 * with CRLF or LF line ends; quoted fields may hold commas, doubled quotes
 * and line breaks. Empty lines (and lines of empty fields) are skipped. The
 * first line is a header naming the columns, in any order and any case:
 * `goal` (the goal's id), `date` (YYYY-MM-DD), `value`, and optionally `note`
 * and `login` (the goal owner's login, checked when given); other columns
 * are ignored. A line break inside a note becomes a space (a note is one
 * line).
 *
 * All or nothing: every row is checked first with the same rules as
 * `mbo checkin` (checkin.c); when any row is bad nothing is written and
 * every bad line is reported. Otherwise all rows are written as one change,
 * which `mbo undo` takes back as a whole.
 */
#ifndef MBO_IMPORT_H
#define MBO_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mbo/date.h"
#include "mbo/dec.h"

typedef struct mbo mbo;

/* The largest file mbo_import_checkins_file reads. */
#define MBO_IMPORT_MAX_BYTES ((size_t)64 * 1024 * 1024)

/* A bad line. Line numbers count the physical lines of the file, the header
 * being line 1; a row whose quoted field spans lines has the number of its
 * first line. */
typedef struct mbo_import_error {
	size_t line;
	char reason[400];            /* "date '2026-02-30' is not a day of that month" */
} mbo_import_error;

/* A good row, as it would be (or was) written. */
typedef struct mbo_import_row {
	size_t line;
	int64_t goal_id;
	mbo_day day;
	mbo_dec value;
	char *note;                  /* heap, "" when none */
} mbo_import_row;

typedef struct mbo_import_result {
	size_t rows;                 /* data rows read (empty lines not counted) */
	size_t goals;                /* distinct goals among the good rows */
	size_t imported;             /* rows written: 0 on a dry run or on error */
	int64_t change_id;           /* the change written, 0 when none */
	mbo_import_row *good;        /* heap: the good rows, in file order */
	size_t ngood;
	mbo_import_error *errors;    /* heap: every bad line, in file order */
	size_t nerrors;
} mbo_import_result;

/* Flags of an import. */
enum {
	MBO_IMPORT_DRY_RUN = 1,          /* check and report, write nothing */
	MBO_IMPORT_ALLOW_DUPLICATES = 2, /* accept rows equal to a recorded check-in */
};

/*
 * Imports the check-ins of the CSV text buf[0..len) as `actor`; with
 * MBO_IMPORT_DRY_RUN, checks and fills *out without writing. A row equal to
 * a check-in already recorded (same goal, day, value and note) is a bad
 * line, since a CRM export imported twice would count twice, unless
 * MBO_IMPORT_ALLOW_DUPLICATES. A field holding a NUL byte or a control
 * character other than TAB (a line break inside quotes is text), and a row
 * that would bring its goal's total beyond MBO_DEC_MAX, are bad lines too.
 * When a row is bad:
 * MBO_EINVAL with a message naming the first bad lines ("line 57: date
 * '2026-02-30' is not a day of that month; ...; 3 bad lines, nothing
 * imported") and the full list in out->errors. A header without a goal,
 * date or value column is MBO_EINVAL too (line 1). A header with no rows is
 * not an error: nothing is imported. *out is overwritten; free it with
 * mbo_import_result_free even on failure.
 */
int mbo_import_checkins(mbo *m, int64_t actor, const char *buf, size_t len, int flags,
                        mbo_import_result *out);

/* The same from the file at `path` (at most MBO_IMPORT_MAX_BYTES). */
int mbo_import_checkins_file(mbo *m, int64_t actor, const char *path, int flags,
                             mbo_import_result *out);

void mbo_import_result_free(mbo_import_result *r);

#endif
