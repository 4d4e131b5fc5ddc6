/*
 * fuzz_import.c: arbitrary bytes as a check-ins CSV file, into one database
 * made once (fuzz_db.c). The first byte picks the flags (dry run, allow
 * duplicates); the rest is the file. Invariants: all or nothing (an import
 * that fails writes no row, one that succeeds writes exactly its good rows);
 * each good row is in range with a one-line note; each error names a line
 * of the file. A successful import is undone at once, so the database stays
 * small and every input meets the same one.
 */
#include <string.h>

#include "fuzz.h"
#include "mbo/import.h"
#include "mbo/undo.h"

static size_t count_lines(const uint8_t *p, size_t n)
{
	size_t i, lines = 1;

	for (i = 0; i < n; i++)
		if (p[i] == '\n' || (p[i] == '\r' && (i + 1 == n || p[i + 1] != '\n')))
			lines++;
	return lines;
}

static void check_rows(const mbo_import_result *r, size_t lines)
{
	mbo_day lo, hi;
	const char *why, *c;
	size_t i;

	mbo_day_parse("0001-01-01", 0, &lo, &why);
	mbo_day_parse("9999-12-31", 0, &hi, &why);
	for (i = 0; i < r->ngood; i++) {
		const mbo_import_row *g = &r->good[i];
		FUZZ_CHECK(g->value >= -MBO_DEC_MAX && g->value <= MBO_DEC_MAX, "row %zu: value beyond the bound", g->line);
		FUZZ_CHECK(g->day >= lo && g->day <= hi, "row %zu: day outside the calendar", g->line);
		FUZZ_CHECK(g->line >= 2 && g->line <= lines, "row at line %zu of %zu", g->line, lines);
		for (c = g->note; *c; c++)
			FUZZ_CHECK((unsigned char)*c >= 0x20 && *c != 0x7f, "row %zu: control byte 0x%02x in the note",
			           g->line, (unsigned char)*c);
	}
	for (i = 0; i < r->nerrors; i++) {
		FUZZ_CHECK(r->errors[i].line >= 1 && r->errors[i].line <= lines, "error at line %zu of %zu",
		           r->errors[i].line, lines);
		FUZZ_CHECK(r->errors[i].reason[0] && !strchr(r->errors[i].reason, '\n'),
		           "error %zu of %zu at line %zu without a one-line reason: '%s'", i, r->nerrors,
		           r->errors[i].line, r->errors[i].reason);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_db *f = fuzz_db();
	mbo_import_result r;
	int64_t before, after;
	int flags, rc;
	char msg[512];

	if (size == 0)
		return 0;
	flags = data[0] & (MBO_IMPORT_DRY_RUN | MBO_IMPORT_ALLOW_DUPLICATES);
	before = fuzz_int(f, "SELECT count(*) FROM checkin");
	rc = mbo_import_checkins(f->m, f->rep, (const char *)data + 1, size - 1, flags, &r);
	after = fuzz_int(f, "SELECT count(*) FROM checkin");
	check_rows(&r, count_lines(data + 1, size - 1));
	if (rc != MBO_OK || (flags & MBO_IMPORT_DRY_RUN)) {
		FUZZ_CHECK(after == before, "a refused or dry import wrote %lld rows (rc %d)",
		           (long long)(after - before), rc);
		FUZZ_CHECK(r.imported == 0, "a refused or dry import says %zu imported", r.imported);
		if (rc != MBO_OK && rc != MBO_EINVAL)
			FUZZ_CHECK(rc == MBO_EPERM || rc == MBO_ENOTFOUND,
			           "import failed with %d: %s", rc, mbo_errmsg(f->m));
	} else {
		FUZZ_CHECK(r.nerrors == 0, "an import that succeeded has %zu bad lines", r.nerrors);
		FUZZ_CHECK(after - before == (int64_t)r.imported && r.imported == r.ngood,
		           "imported %zu of %zu good rows, %lld written", r.imported, r.ngood,
		           (long long)(after - before));
		if (r.imported > 0) {
			FUZZ_CHECK(mbo_undo_last(f->m, f->rep, msg, sizeof msg) == MBO_OK, "undo failed: %s",
			           mbo_errmsg(f->m));
			FUZZ_CHECK(fuzz_int(f, "SELECT count(*) FROM checkin") == before, "undo left rows");
		}
	}
	mbo_import_result_free(&r);
	return 0;
}
