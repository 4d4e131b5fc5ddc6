/*
 * fuzz_smart.c: the SMART check of a goal made of arbitrary text and
 * numbers, against one database made once (fuzz_db.c). The first 16 bytes
 * give the numbers (baseline, target, start and due, kind, direction,
 * importance, urgency), the rest the title, description, metric, unit and
 * KPI, separated by NUL bytes. Invariants: the check succeeds; every letter
 * has a finding, in letter order; each finding has a level, a message, and
 * a hint exactly when it does not pass; mbo_smart_worst is the worst level.
 */
#include <string.h>

#include "fuzz.h"
#include "mbo/goal.h"
#include "mbo/smart.h"

static int64_t num(const uint8_t *p, int n)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < n; i++)
		v = v << 8 | p[i];
	return (int64_t)v;
}

/* The next NUL-separated field of [*p, end), copied into a heap string. */
static char *field(const uint8_t **p, const uint8_t *end)
{
	const uint8_t *q = *p;
	char *s;

	while (q < end && *q)
		q++;
	s = fuzz_str(*p, (size_t)(q - *p));
	*p = q < end ? q + 1 : q;
	return s;
}

static void fill(mbo_goal *g, const uint8_t *data, size_t size)
{
	const uint8_t *p = data + 16, *end = data + size;
	mbo_day d2026;
	const char *why;
	char *s;

	mbo_day_parse("2026-01-01", 0, &d2026, &why);
	/* Values within the bound, as mbo_goal_add's check leaves them; days
	 * within about twenty years of 2026, either order. */
	g->baseline = num(data, 4) % MBO_DEC_MAX;
	g->target = num(data + 4, 4) * (int64_t)(data[15] | 1) % MBO_DEC_MAX;
	g->start = d2026 + (int16_t)num(data + 8, 2) / 4;
	g->due = d2026 + (int16_t)num(data + 10, 2) / 4;
	g->kind = data[12] % 2;
	g->direction = data[13] % 2;
	g->importance = data[14] % 3 + 1;
	g->urgency = data[14] / 3 % 3 + 1;
	g->owner_id = fuzz_db()->rep;
	g->parent_id = data[15] & 0x80 ? fuzz_db()->goals[0] : 0;
	free(g->title);
	g->title = field(&p, end);
	free(g->description);
	g->description = field(&p, end);
	s = field(&p, end);
	snprintf(g->metric, sizeof g->metric, "%s", s);
	free(s);
	s = field(&p, end);
	snprintf(g->unit, sizeof g->unit, "%s", s);
	free(s);
	s = field(&p, end);
	snprintf(g->kpi, sizeof g->kpi, "%s", s);
	free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_db *f = fuzz_db();
	mbo_smart_report r;
	mbo_goal g;
	int rc, worst = MBO_PASS, next = MBO_S;
	size_t i;

	if (size < 16)
		return 0;
	mbo_goal_init(&g);
	fill(&g, data, size);
	rc = mbo_smart_check(f->m, &g, &r);
	FUZZ_CHECK(rc == MBO_OK, "the check failed with %d: %s", rc, mbo_errmsg(f->m));
	FUZZ_CHECK(r.n >= 7 && r.n <= MBO_SMART_MAX, "%zu findings", r.n);
	for (i = 0; i < r.n; i++) {
		const mbo_finding *x = &r.items[i];
		FUZZ_CHECK(x->letter == next || x->letter == next - 1, "finding %zu is for %d, after %d",
		           i, x->letter, next - 1);
		if (x->letter == next)
			next++;
		FUZZ_CHECK(x->level >= MBO_PASS && x->level <= MBO_FAIL, "finding %zu: level %d", i, x->level);
		FUZZ_CHECK(memchr(x->message, 0, sizeof x->message) && x->message[0],
		           "finding %zu has no message", i);
		FUZZ_CHECK(memchr(x->hint, 0, sizeof x->hint), "finding %zu: hint not terminated", i);
		FUZZ_CHECK((x->level == MBO_PASS) == (x->hint[0] == '\0'),
		           "finding %zu (%s, %s): hint '%s'", i, mbo_letter_name(x->letter),
		           mbo_level_name(x->level), x->hint);
		if (x->level > worst)
			worst = x->level;
	}
	FUZZ_CHECK(next == MBO_PRIORITY + 1, "findings stop at letter %d", next - 1);
	FUZZ_CHECK(mbo_smart_worst(&r) == worst, "worst %d, not %d", mbo_smart_worst(&r), worst);
	mbo_goal_clear(&g);
	return 0;
}
