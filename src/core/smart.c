/*
 * smart.c: the SMART check of a goal (specific, measurable, achievable,
 * relevant, time-bound, plus the method's challenge and priority
 * principles) and target suggestions from history.
 *
 * Everything here only reads the database, through the records: the
 * past goals of a metric and the units a team counts it in (history.c),
 * goals (goal.c), the owner's manager (person.c). History means the
 * comparable past goals of a person on one metric: same metric and kind,
 * active, achieved or missed, due before the new goal starts, with at
 * least one check-in, and of similar length (within a factor 2 of its
 * workdays). A past `sum` result is scaled to the new goal's workdays.
 * Thresholds come from the smart.* settings.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "goal_priv.h"
#include "history_priv.h"
#include "person_priv.h"
#include "mbo/fmt.h"
#include "mbo/i18n.h"
#include "mbo/person.h"
#include "mbo/progress.h"
#include "mbo/setting.h"
#include "mbo/smart.h"
#include "mbo/text.h"

#define MIN_DESCRIPTION_CHARS 15
#define VAGUE_DEFAULT "improve,more,better,increase,maximize,maximise,try,boost,enhance," \
                      "尽量,提高,加强,争取,努力,提升,更多,更好"

/* The smart.* settings, read once per check. */
struct limits {
	int64_t min_title_chars;
	mbo_dec realism_ceiling;
	mbo_dec min_stretch;
	int64_t max_horizon_days;
	int64_t max_top_priority;
	char vague_words[4096];
};

/* One comparable past result. */
struct sample {
	int64_t goal;
	int64_t owner;
	mbo_day start, due;
	int direction;
	mbo_dec baseline, target;
	mbo_dec raw;     /* the actual at the due date */
	mbo_dec value;   /* raw, scaled to the new goal's workdays (sum goals) */
	int64_t workdays;
};

struct samples {
	struct sample *v;
	size_t n, cap;
};

/* What a new goal is compared with. */
struct window {
	const char *metric;
	int kind;
	mbo_day start, due;
	int64_t workdays;
	int64_t exclude;   /* the goal's own id, 0 for a new goal */
};

/* The owner's history (latest first) and the team's (owner included). */
struct history {
	struct samples own, team;
	int places;        /* decimals the raw results need */
};

const char *mbo_letter_name(int letter)
{
	static const char *const names[] = { "S", "M", "A", "R", "T", "challenge", "priority" };

	if (letter < 0 || letter > MBO_PRIORITY)
		return "?";
	return names[letter];
}

const char *mbo_level_name(int level)
{
	static const char *const names[] = { "pass", "warn", "fail" };

	if (level < 0 || level > MBO_FAIL)
		return "?";
	return names[level];
}

int mbo_smart_worst(const mbo_smart_report *r)
{
	int worst = MBO_PASS;
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->items[i].level > worst)
			worst = r->items[i].level;
	return worst;
}

/* Appends a finding; `hint` is copied as is ("" or NULL on pass). */
static void add(mbo_smart_report *r, int letter, int level, const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void add(mbo_smart_report *r, int letter, int level, const char *hint, const char *fmt, ...)
{
	mbo_finding *f;
	va_list ap;

	if (r->n >= MBO_SMART_MAX)
		return;
	f = &r->items[r->n++];
	f->letter = letter;
	f->level = level;
	va_start(ap, fmt);
	vsnprintf(f->message, sizeof f->message, fmt, ap);
	va_end(ap);
	snprintf(f->hint, sizeof f->hint, "%s", hint ? hint : "");
}

/* ---- Formatting ---------------------------------------------------------- */

/* v for a message: grouped, at most two decimals, none when whole. */
static char *num(mbo_dec v, char *buf)
{
	v = mbo_dec_round(v, 2);
	return mbo_dec_format(v, mbo_dec_places(v) == 0 ? 0 : 2, true, buf);
}

/* The change from `ref` to `v` as "+80%"; ref must not be 0. */
static char *growth(mbo_dec v, mbo_dec ref, char *buf)
{
	mbo_dec ratio;

	if (mbo_dec_muldiv(v - ref, MBO_DEC_SCALE, ref < 0 ? -ref : ref, &ratio) != 0)
		ratio = v > ref ? MBO_DEC_MAX / 100 : -MBO_DEC_MAX / 100;
	return mbo_fmt_change(ratio, buf);
}

/* ---- Settings ------------------------------------------------------------ */

static void limits_read(mbo *m, struct limits *L)
{
	size_t len;
	char *comma;

	L->min_title_chars = mbo_setting_int(m, "smart.min_title_chars", 6);
	L->realism_ceiling = mbo_setting_dec(m, "smart.realism_ceiling", 5000);
	L->min_stretch = mbo_setting_dec(m, "smart.min_stretch", 500);
	L->max_horizon_days = mbo_setting_int(m, "smart.max_horizon_days", 366);
	L->max_top_priority = mbo_setting_int(m, "smart.max_top_priority", 3);
	if (mbo_setting_get(m, "smart.vague_words", L->vague_words, sizeof L->vague_words) != MBO_OK) {
		snprintf(L->vague_words, sizeof L->vague_words, "%s", VAGUE_DEFAULT);
		return;
	}
	/* A list cut by the buffer loses its last, partial word. */
	len = strlen(L->vague_words);
	if (len + 1 == sizeof L->vague_words) {
		comma = strrchr(L->vague_words, ',');
		if (comma)
			*comma = '\0';
	}
}

/* ---- S: specific --------------------------------------------------------- */

static bool has_digit(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	for (; *u; u++) {
		if (*u >= '0' && *u <= '9')
			return true;
		/* Full-width digits U+FF10..U+FF19. */
		if (u[0] == 0xef && u[1] == 0xbc && u[2] >= 0x90 && u[2] <= 0x99)
			return true;
	}
	return false;
}

static bool is_ascii(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

static bool is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The length of the ASCII word at p. */
static size_t word_len(const char *p)
{
	size_t k = 0;

	while (is_alnum(p[k]))
		k++;
	return k;
}

static bool same_ci(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] == '\0' || lower(a[i]) != lower(b[i]))
			return false;
	return true;
}

/* Whether the text at p is `stem` followed by one of the suffixes and the
 * end of the word. */
static bool stem_matches(const char *p, const char *stem, size_t n)
{
	static const char *const suffixes[] = { "", "s", "d", "ed", "ing", "ment", "ments" };
	size_t k, i;

	if (!same_ci(p, stem, n))
		return false;
	k = word_len(p + n);
	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
		if (strlen(suffixes[i]) == k && same_ci(p + n, suffixes[i], k))
			return true;
	return false;
}

/* Whether the word at p is w (n bytes) or w inflected: "improves",
 * "improved", "improving", "improvement"; "Moreno" is not "more". */
static bool is_inflection(const char *p, const char *w, size_t n)
{
	if (stem_matches(p, w, n))
		return true;
	return n > 1 && lower(w[n - 1]) == 'e' && stem_matches(p, w, n - 1);
}

/* Whether title holds word w (n bytes): an ASCII word as a whole word,
 * case-insensitively and maybe inflected; other text (Chinese) anywhere. */
static bool holds_word(const char *title, const char *w, size_t n)
{
	const char *p;

	if (!is_ascii(w, n)) {
		for (p = title; *p; p++)
			if (strncmp(p, w, n) == 0)
				return true;
		return false;
	}
	for (p = title; *p; p++)
		if ((p == title || !is_alnum(p[-1])) && is_alnum(*p) && is_inflection(p, w, n))
			return true;
	return false;
}

/* The first vague word of the list found in title, copied into buf. */
static bool find_vague(const char *title, const char *list, char *buf, size_t cap)
{
	const char *p = list;

	while (*p) {
		const char *end = strchr(p, ',');
		size_t n;

		if (end == NULL)
			end = p + strlen(p);
		while (p < end && *p == ' ')
			p++;
		n = (size_t)(end - p);
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (n > 0 && n < cap && holds_word(title, p, n)) {
			memcpy(buf, p, n);
			buf[n] = '\0';
			return true;
		}
		p = *end ? end + 1 : end;
	}
	return false;
}

/* The title's length for the minimum: a wide (Chinese) character, which
 * says as much as a short word, counts as two. */
static size_t title_length(const char *title, size_t *chars)
{
	size_t width = mbo_text_width(title);

	*chars = mbo_text_chars(title);
	return width > *chars ? width : *chars;
}

static void check_title(const struct limits *L, const mbo_goal *g, mbo_smart_report *r, bool *ok)
{
	const char *title = g->title ? g->title : "";
	char quote[256], word[128];
	size_t chars, len = title_length(title, &chars);

	mbo_text_excerpt(title, quote, sizeof quote);
	*ok = false;
	if ((int64_t)len < L->min_title_chars) {
		const char *hint = _("write what you will achieve, with a number, such as "
		                     "\"Sign 5 new customers in Q4\"");
		if (len > chars)
			add(r, MBO_S, MBO_FAIL, hint,
			    _("The title \"%s\" is too short to say what will be achieved: %zu columns wide "
			      "(a Chinese character is two), at least %lld are needed."),
			    quote, len, (long long)L->min_title_chars);
		else
			add(r, MBO_S, MBO_FAIL, hint,
			    _("The title \"%s\" is too short to say what will be achieved: %zu characters, "
			      "at least %lld are needed."), quote, len, (long long)L->min_title_chars);
		return;
	}
	if (!has_digit(title) && find_vague(title, L->vague_words, word, sizeof word)) {
		add(r, MBO_S, MBO_WARN,
		    _("put a number in the title, such as \"Sign 5 new customers in Q4\" or \"销售额达到50万\""),
		    _("The title \"%s\" is vague: it says \"%s\" but has no number, so nobody can tell "
		      "when the goal is reached."), quote, word);
		return;
	}
	*ok = true;
}

static void check_specific(const struct limits *L, const mbo_goal *g, mbo_smart_report *r)
{
	char quote[256];
	bool title_ok;

	check_title(L, g, r, &title_ok);
	if (g->metric[0] == '\0') {
		add(r, MBO_S, MBO_FAIL,
		    _("name what you count (the metric), such as revenue, new_customers or visits"),
		    _("The goal has no metric, so nobody can count progress towards it."));
		return;
	}
	if (title_ok)
		add(r, MBO_S, MBO_PASS, "", _("The title \"%s\" says what will be achieved, counted as %s."),
		    mbo_text_excerpt(g->title, quote, sizeof quote), g->metric);
}

/* ---- M: measurable ------------------------------------------------------- */

static void check_measurable(const mbo_goal *g, mbo_smart_report *r)
{
	char b[32], t[32];

	if (g->metric[0] == '\0') {
		add(r, MBO_M, MBO_FAIL, _("name what you count (the metric), such as revenue or visits"),
		    _("There is nothing to measure: the goal has no metric."));
		return;
	}
	if (g->unit[0] == '\0') {
		add(r, MBO_M, MBO_FAIL, _("give the unit, such as CNY, customers or visits"),
		    _("The goal has no unit, so %s could be counted in anything."), g->metric);
		return;
	}
	num(g->baseline, b);
	num(g->target, t);
	if (g->target == g->baseline) {
		add(r, MBO_M, MBO_FAIL,
		    g->direction == MBO_DIR_DOWN
		        ? _("set the target below the baseline, or correct the baseline")
		        : _("set the target above the baseline, or correct the baseline"),
		    _("The target %s equals the baseline %s, so there is nothing to achieve."), t, b);
		return;
	}
	add(r, MBO_M, MBO_PASS, "", _("Measured in %s of %s, from %s to %s."), g->unit, g->metric, b, t);
}

/*
 * The unit the owner's team counts the metric in (the owner's manager, or
 * the owner when none, and their direct reports), over the goals that
 * count (not rejected or cancelled) due within the year before this one
 * starts, so that a currency changed long ago is forgotten: when most of its goals
 * of the metric use another unit, the team goal's roll-up, the
 * leaderboard and the reports would add CNY to USD. A warning, since a
 * new unit may be meant. The team, not the whole organisation
 * (mbo_history_units_each says why).
 */
struct units {
	const char *mine_unit;
	char top[MBO_UNIT_MAX * 4 + 1];   /* as mbo_goal.unit */
	int64_t mine, best;
};

static int unit_count(void *ctx, const char *u, int64_t n)
{
	struct units *t = ctx;

	if (u && strcmp(u, t->mine_unit) == 0)
		t->mine = n;
	else if (u && n > t->best) {
		t->best = n;
		snprintf(t->top, sizeof t->top, "%s", u);
	}
	return 0;
}

static int check_unit(mbo *m, const mbo_goal *g, mbo_smart_report *r)
{
	struct units t = { g->unit, "", 0, 0 };
	int64_t best;
	int rc;

	if (g->metric[0] == '\0' || g->unit[0] == '\0')
		return MBO_OK;
	rc = mbo_history_units_each(m, g->owner_id, g->metric, g->id, g->start, unit_count, &t);
	if (rc)
		return rc;
	best = t.best;
	if (best > t.mine) {
		char hint[2 * sizeof g->unit + sizeof g->metric + 64];
		snprintf(hint, sizeof hint, _("count it in %s, or give the metric another name, such as %s_%s"),
		         t.top, g->metric, g->unit);
		add(r, MBO_M, MBO_WARN, hint,
		    P_("The team counts %s in %s (%lld goal); this one in %s, so a team goal, the "
		       "leaderboard and the reports cannot add them up.",
		       "The team counts %s in %s (%lld goals); this one in %s, so a team goal, the "
		       "leaderboard and the reports cannot add them up.", best),
		    g->metric, t.top, (long long)best, g->unit);
	}
	return MBO_OK;
}

/* ---- History ------------------------------------------------------------- */

static int samples_push(mbo *m, struct samples *s, const struct sample *x)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 8;
		struct sample *v = realloc(s->v, cap * sizeof *v);

		if (v == NULL)
			return mbo_error(m, MBO_EFAIL, _("out of memory"));
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = *x;
	return MBO_OK;
}

static void history_free(struct history *h)
{
	free(h->own.v);
	free(h->team.v);
	memset(h, 0, sizeof *h);
}

/* Where the rows of one owner's candidate past goals go. */
struct candidates {
	mbo *m;
	int64_t owner;
	struct samples *s;
};

static int candidate_push(void *ctx, const struct mbo_history_goal *pg)
{
	struct candidates *c = ctx;
	struct sample x;

	memset(&x, 0, sizeof x);
	x.goal = pg->id;
	x.owner = c->owner;
	x.start = pg->start;
	x.due = pg->due;
	x.direction = pg->direction;
	x.baseline = pg->baseline;
	x.target = pg->target;
	return samples_push(c->m, c->s, &x);
}

/* Appends the rows of owner's candidate past goals to s, latest first,
 * without their results yet. */
static int read_candidates(mbo *m, int64_t owner, const struct window *w, struct samples *s)
{
	struct candidates c = { m, owner, s };

	return mbo_history_goals_each(m, owner, w->metric, w->kind, w->exclude, w->start,
	                              candidate_push, &c);
}

/* The actual of a past goal at its due date, scaled to the window. */
static int sample_result(mbo *m, const struct window *w, struct sample *x)
{
	static char empty[] = "";
	mbo_goal pg;
	int rc;

	memset(&pg, 0, sizeof pg);
	pg.id = x->goal;
	pg.owner_id = x->owner;
	pg.title = empty;
	pg.description = empty;
	snprintf(pg.metric, sizeof pg.metric, "%s", w->metric);
	pg.kind = w->kind;
	pg.direction = x->direction;
	pg.baseline = x->baseline;
	pg.target = x->target;
	pg.start = x->start;
	pg.due = x->due;
	pg.weight = MBO_DEC_SCALE;
	pg.status = MBO_GOAL_ACTIVE;
	rc = mbo_progress_actual(m, &pg, x->due, &x->raw);
	if (rc)
		return rc;
	x->value = x->raw;
	if (w->kind == MBO_KIND_SUM && x->workdays != w->workdays &&
	    mbo_dec_muldiv(x->raw, w->workdays, x->workdays, &x->value) != 0)
		return mbo_error(m, MBO_EFAIL, _("a past result of goal %lld is too large to compare"),
		                 (long long)x->goal);
	return MBO_OK;
}

/* Appends owner's comparable results to s, latest first. */
static int collect(mbo *m, int64_t owner, const struct window *w, struct samples *s)
{
	size_t from = s->n, i, kept;
	int rc;

	rc = read_candidates(m, owner, w, s);
	if (rc)
		return rc;
	for (i = kept = from; i < s->n; i++) {
		struct sample *x = &s->v[i];

		x->workdays = mbo_workdays(m, x->start, x->due);
		if (x->workdays <= 0 || x->workdays * 2 < w->workdays || x->workdays > w->workdays * 2)
			continue;
		rc = sample_result(m, w, x);
		if (rc)
			return rc;
		s->v[kept++] = *x;
	}
	s->n = kept;
	return MBO_OK;
}

/* The owner's peers: everyone under the owner's manager except the manager
 * and the owner's own team (the owner alone without a manager). Team goals
 * (goals cascaded to children) are not individual results and are skipped
 * by read_candidates. */
static int team_results(mbo *m, int64_t owner, const struct window *w, struct history *h)
{
	int64_t manager, *ids = NULL;
	size_t n = 0, i;
	int rc;

	rc = mbo_person_manager(m, owner, &manager);
	if (rc == MBO_OK && manager != 0)
		rc = mbo_person_subtree(m, manager, &ids, &n);
	for (i = 0; rc == MBO_OK && i < n; i++)
		if (ids[i] != owner && ids[i] != manager && !mbo_person_is_above(m, owner, ids[i]))
			rc = collect(m, ids[i], w, &h->team);
	free(ids);
	for (i = 0; rc == MBO_OK && i < h->own.n; i++)
		rc = samples_push(m, &h->team, &h->own.v[i]);
	return rc;
}

static int history_load(mbo *m, int64_t owner, const struct window *w, struct history *h)
{
	size_t i;
	int rc;

	memset(h, 0, sizeof *h);
	rc = collect(m, owner, w, &h->own);
	if (rc == MBO_OK)
		rc = team_results(m, owner, w, h);
	if (rc) {
		history_free(h);
		return rc;
	}
	for (i = 0; i < h->team.n; i++)
		if (mbo_dec_places(h->team.v[i].raw) > h->places)
			h->places = mbo_dec_places(h->team.v[i].raw);
	return MBO_OK;
}

/* The best value of s: highest, or lowest when lower is better. */
static const struct sample *best_of(const struct samples *s, bool down)
{
	const struct sample *best = NULL;
	size_t i;

	for (i = 0; i < s->n; i++)
		if (best == NULL || (down ? s->v[i].value < best->value : s->v[i].value > best->value))
			best = &s->v[i];
	return best;
}

/* ---- A: achievable ------------------------------------------------------- */

/* What the target is weighed against: the last comparable result or the
 * baseline. */
struct reference {
	bool have;
	mbo_dec value;
	char what[300];     /* "your last comparable result 120 (goal #3)" */
};

static void reference_pick(const mbo_goal *g, const struct window *w, const struct history *h,
                           struct reference *ref)
{
	char raw[32], v[32];

	memset(ref, 0, sizeof *ref);
	if (h->own.n > 0) {
		const struct sample *x = &h->own.v[0];

		ref->have = true;
		ref->value = x->value;
		num(x->value, v);
		if (x->value != x->raw)
			snprintf(ref->what, sizeof ref->what,
			         _("your last comparable result %s (goal #%lld: %s over %lld workdays, "
			           "scaled to this goal's %lld)"),
			         v, (long long)x->goal, num(x->raw, raw), (long long)x->workdays,
			         (long long)w->workdays);
		else
			snprintf(ref->what, sizeof ref->what, _("your last comparable result %s (goal #%lld)"),
			         v, (long long)x->goal);
	} else if (g->baseline != 0) {
		ref->have = true;
		ref->value = g->baseline;
		snprintf(ref->what, sizeof ref->what, _("your baseline %s"), num(g->baseline, v));
	}
}

/* Warns when the target moves further from the reference than the realism
 * ceiling allows; *warned tells. */
static void a_realism(const struct limits *L, const mbo_goal *g, const struct reference *ref,
                      mbo_smart_report *r, bool *warned)
{
	bool down = g->direction == MBO_DIR_DOWN;
	mbo_dec limit, factor = down ? MBO_DEC_SCALE - L->realism_ceiling
	                             : MBO_DEC_SCALE + L->realism_ceiling;
	char t[32], gr[40], ceil[40], lim[32], hint[300];

	*warned = false;
	if (ref->value <= 0 || mbo_dec_mul(ref->value, factor, &limit) != 0)
		return;
	if (down ? g->target >= limit : g->target <= limit)
		return;
	*warned = true;
	num(g->target, t);
	growth(g->target, ref->value, gr);
	mbo_fmt_change(down ? -L->realism_ceiling : L->realism_ceiling, ceil);
	snprintf(hint, sizeof hint,
	         down ? _("aim for a target of no lower than %s, or agree on the stretch with your "
	                  "manager and say why in the description")
	              : _("aim for a target of at most %s, or agree on the stretch with your manager "
	                  "and say why in the description"), num(limit, lim));
	add(r, MBO_A, MBO_WARN, hint,
	    _("The target %s is %s on %s; the realism ceiling is %s, so the goal may be out of reach."),
	    t, gr, ref->what, ceil);
}

/* Warns when the target beats the best comparable result anyone on the
 * team has reached. */
static void a_benchmark(const mbo_goal *g, const struct history *h, mbo_smart_report *r,
                        bool *warned)
{
	bool down = g->direction == MBO_DIR_DOWN;
	const struct sample *best = best_of(&h->team, down);
	char t[32], b[32], hint[300];

	*warned = false;
	if (best == NULL || (down ? g->target >= best->value : g->target <= best->value))
		return;
	*warned = true;
	num(g->target, t);
	num(best->value, b);
	snprintf(hint, sizeof hint,
	         down ? _("set the target at or above %s, or talk with your manager about what would "
	                  "make a record possible")
	              : _("set the target at or below %s, or talk with your manager about what would "
	                  "make a record possible"), b);
	add(r, MBO_A, MBO_WARN, hint,
	    down ? _("The target %s is below %s, the best comparable result anyone on your team has "
	             "reached for %s (best of %lld).")
	         : _("The target %s is above %s, the best comparable result anyone on your team has "
	             "reached for %s (best of %lld)."),
	    t, b, g->metric, (long long)h->team.n);
}

static void a_pass(const struct limits *L, const mbo_goal *g, const struct history *h,
                   const struct reference *ref, mbo_smart_report *r)
{
	char t[32], gr[40], ceil[40], b[32], team[120] = "";
	const struct sample *best = best_of(&h->team, g->direction == MBO_DIR_DOWN);

	if (best)
		snprintf(team, sizeof team, _("; the team's best comparable result is %s"),
		         num(best->value, b));
	if (!ref->have) {
		add(r, MBO_A, MBO_PASS, "",
		    _("There is no history to compare with: no comparable past goal on %s and no "
		      "baseline%s."), g->metric, team);
		return;
	}
	num(g->target, t);
	mbo_fmt_change(g->direction == MBO_DIR_DOWN ? -L->realism_ceiling : L->realism_ceiling, ceil);
	if (ref->value > 0)
		add(r, MBO_A, MBO_PASS, "", _("The target %s is %s on %s, within the realism ceiling of %s%s."),
		    t, growth(g->target, ref->value, gr), ref->what, ceil, team);
	else
		add(r, MBO_A, MBO_PASS, "", _("Compared with %s%s."), ref->what, team);
}

static int check_achievable(mbo *m, const struct limits *L, const mbo_goal *g, mbo_smart_report *r)
{
	struct window w = { g->metric, g->kind, g->start, g->due, 0, g->id };
	struct reference ref;
	struct history h;
	bool warn_real, warn_bench;
	int rc;

	if (g->start == MBO_DAY_NONE || g->due == MBO_DAY_NONE || g->due <= g->start) {
		add(r, MBO_A, MBO_PASS, "", _("Achievability is weighed once the start and due dates are right."));
		return MBO_OK;
	}
	w.workdays = mbo_workdays(m, g->start, g->due);
	rc = history_load(m, g->owner_id, &w, &h);
	if (rc)
		return rc;
	reference_pick(g, &w, &h, &ref);
	a_realism(L, g, &ref, r, &warn_real);
	a_benchmark(g, &h, r, &warn_bench);
	if (!warn_real && !warn_bench)
		a_pass(L, g, &h, &ref, r);
	history_free(&h);
	return MBO_OK;
}

/* ---- R: relevant --------------------------------------------------------- */

static int parent_title(mbo *m, int64_t id, char *buf, size_t cap)
{
	char title[1024];
	int rc;

	buf[0] = '\0';
	rc = mbo_goal_title(m, id, title, sizeof title);
	if (rc)
		return rc;
	if (title[0])
		mbo_text_excerpt(title, buf, cap);
	return MBO_OK;
}

static int check_relevant(mbo *m, const mbo_goal *g, mbo_smart_report *r)
{
	char title[256] = "";
	int rc;

	if (g->parent_id != 0) {
		rc = parent_title(m, g->parent_id, title, sizeof title);
		if (rc)
			return rc;
	}
	if (g->parent_id != 0 && g->kpi[0] != '\0') {
		if (title[0])
			add(r, MBO_R, MBO_PASS, "", _("Supports goal #%lld \"%s\"; KPI: %s."),
			    (long long)g->parent_id, title, g->kpi);
		else
			add(r, MBO_R, MBO_PASS, "", _("Supports goal #%lld; KPI: %s."),
			    (long long)g->parent_id, g->kpi);
		return MBO_OK;
	}
	if (g->parent_id != 0) {
		if (title[0])
			add(r, MBO_R, MBO_PASS, "", _("Supports goal #%lld \"%s\"."), (long long)g->parent_id,
			    title);
		else
			add(r, MBO_R, MBO_PASS, "", _("Supports goal #%lld."), (long long)g->parent_id);
		return MBO_OK;
	}
	if (g->kpi[0] != '\0') {
		add(r, MBO_R, MBO_PASS, "", _("KPI: %s."), g->kpi);
		return MBO_OK;
	}
	if (g->description && mbo_text_chars(g->description) >= MIN_DESCRIPTION_CHARS) {
		add(r, MBO_R, MBO_PASS, "", _("Why it matters is explained in the description."));
		return MBO_OK;
	}
	add(r, MBO_R, MBO_WARN,
	    _("link it to the goal it serves (parent) or to a KPI, "
	      "or explain why it matters in the description"),
	    _("The goal is not tied to a team goal or a KPI, and the description does not say why it "
	      "matters (at least %d characters)."), MIN_DESCRIPTION_CHARS);
	return MBO_OK;
}

/* ---- T: time-bound ------------------------------------------------------- */

static void check_time(mbo *m, const struct limits *L, const mbo_goal *g, mbo_smart_report *r)
{
	char s[16], d[16], today[16], hint[200];
	int64_t days;
	size_t before = r->n;

	if (g->start == MBO_DAY_NONE || g->due == MBO_DAY_NONE) {
		add(r, MBO_T, MBO_FAIL, _("give both a start and a due date, such as 2026-10-01 and 2026-12-31"),
		    _("The goal needs a start and a due date to be time-bound."));
		return;
	}
	mbo_day_format(g->start, s);
	mbo_day_format(g->due, d);
	if (g->due <= g->start) {
		add(r, MBO_T, MBO_FAIL, _("set the due date to a day after the start"),
		    _("The due date %s is not after the start %s, so there is no time to reach the goal."), d, s);
		return;
	}
	days = (int64_t)g->due - g->start + 1;
	if (days > L->max_horizon_days) {
		snprintf(hint, sizeof hint, _("split it into goals of at most %lld days with an earlier due "
		         "date, linked to this one as their parent"), (long long)L->max_horizon_days);
		add(r, MBO_T, MBO_WARN, hint,
		    _("From %s to %s is %lld days, longer than %lld: a goal that far away is hard to steer."),
		    s, d, (long long)days, (long long)L->max_horizon_days);
	}
	if (g->id == 0 && g->due < mbo_today())
		add(r, MBO_T, MBO_WARN, _("set the due date to today or a later day"),
		    _("The due date %s has already passed (today is %s)."), d, mbo_day_format(mbo_today(), today));
	if (r->n == before)
		add(r, MBO_T, MBO_PASS, "", _("From %s to %s: %lld days, %lld workdays."), s, d,
		    (long long)days, (long long)mbo_workdays(m, g->start, g->due));
}

/* ---- Challenge ----------------------------------------------------------- */

/* v rounded to `places` decimals, up (or down) to the next step. */
static mbo_dec round_toward(mbo_dec v, int places, bool up)
{
	static const int64_t step[] = { 10000, 1000, 100, 10, 1 };
	int64_t u = step[places < 0 ? 0 : places > 4 ? 4 : places];
	mbo_dec f = v - (v % u + u) % u;

	return (up && f != v) ? f + u : f;
}

static void check_challenge(const struct limits *L, const mbo_goal *g, mbo_smart_report *r)
{
	bool down = g->direction == MBO_DIR_DOWN;
	mbo_dec need, factor = down ? MBO_DEC_SCALE - L->min_stretch : MBO_DEC_SCALE + L->min_stretch;
	char t[32], b[32], gr[40], st[40], n[32], hint[200];

	if (g->baseline <= 0 || mbo_dec_mul(g->baseline, factor, &need) != 0) {
		add(r, MBO_CHALLENGE, MBO_PASS, "",
		    _("There is no baseline to stretch from, so any target is a step."));
		return;
	}
	need = round_toward(need, mbo_dec_places(g->baseline), !down);
	num(g->target, t);
	num(g->baseline, b);
	growth(g->target, g->baseline, gr);
	mbo_fmt_change(down ? -L->min_stretch : L->min_stretch, st);
	if (down ? g->target <= need : g->target >= need) {
		add(r, MBO_CHALLENGE, MBO_PASS, "", _("The target %s is %s on the baseline %s, meeting the "
		    "minimum stretch of %s."), t, gr, b, st);
		return;
	}
	snprintf(hint, sizeof hint, down ? _("lower the target to at most %s")
	                                 : _("raise the target to at least %s"), num(need, n));
	if (down ? g->target > g->baseline : g->target < g->baseline)
		add(r, MBO_CHALLENGE, MBO_WARN, hint,
		    down ? _("Not challenging: the target %s is worse than the baseline %s (%s), although "
		             "lower is better for this goal.")
		         : _("Not challenging: the target %s is worse than the baseline %s (%s), although "
		             "higher is better for this goal."), t, b, gr);
	else
		add(r, MBO_CHALLENGE, MBO_WARN, hint,
		    _("Not challenging: the target %s is only %s on the baseline %s; a goal should stretch "
		      "by %s or more."), t, gr, b, st);
}

/* ---- Priority ------------------------------------------------------------ */

/* The owner's other active important-and-urgent goals overlapping g, as a
 * count and a list "#3, #5". */
static int top_goals(mbo *m, const mbo_goal *g, int64_t *count, char *list, size_t cap)
{
	int64_t *ids;
	size_t n, i, len = 0;
	int rc;

	*count = 0;
	list[0] = '\0';
	rc = mbo_goal_top_ids(m, g->owner_id, g->id, g->start, g->due, &ids, &n);
	if (rc)
		return rc;
	for (i = 0; i < n; i++)
		if (len + 32 < cap)
			len += (size_t)snprintf(list + len, cap - len, "%s#%lld", i ? ", " : "",
			                        (long long)ids[i]);
	*count = (int64_t)n;
	free(ids);
	return MBO_OK;
}

static int check_priority(mbo *m, const struct limits *L, const mbo_goal *g, mbo_smart_report *r)
{
	bool top = g->importance == 3 && g->urgency == 3;
	char list[200], hint[400];
	int64_t others, total;
	int rc;

	if (g->start == MBO_DAY_NONE || g->due == MBO_DAY_NONE) {
		add(r, MBO_PRIORITY, MBO_PASS, "", _("Priority is weighed once the dates are set."));
		return MBO_OK;
	}
	rc = top_goals(m, g, &others, list, sizeof list);
	if (rc)
		return rc;
	total = others + (top ? 1 : 0);
	if (total <= L->max_top_priority) {
		add(r, MBO_PRIORITY, MBO_PASS, "",
		    P_("%lld important-and-urgent goal in this period, within the limit of %lld.",
		       "%lld important-and-urgent goals in this period, within the limit of %lld.", total),
		    (long long)total, (long long)L->max_top_priority);
		return MBO_OK;
	}
	if (top)
		snprintf(hint, sizeof hint, _("lower this goal's importance or urgency to 2, or finish, "
		         "reschedule or lower one of goals %s"), list);
	else
		snprintf(hint, sizeof hint, _("lower the importance or urgency of some of goals %s, "
		         "or reschedule them"), list);
	add(r, MBO_PRIORITY, MBO_WARN, hint,
	    _("%lld goals would be both important and urgent (3/3) in this period, more than %lld: "
	      "when everything comes first, nothing does."), (long long)total,
	    (long long)L->max_top_priority);
	return MBO_OK;
}

/* ---- Entry points -------------------------------------------------------- */

int mbo_smart_check(mbo *m, const mbo_goal *g, mbo_smart_report *r)
{
	struct limits L;
	int rc;

	if (g == NULL || r == NULL)
		return mbo_error(m, MBO_EINVAL, _("SMART check: no goal given"));
	memset(r, 0, sizeof *r);
	limits_read(m, &L);
	check_specific(&L, g, r);
	check_measurable(g, r);
	rc = check_unit(m, g, r);
	if (rc)
		return rc;
	rc = check_achievable(m, &L, g, r);
	if (rc)
		return rc;
	rc = check_relevant(m, g, r);
	if (rc)
		return rc;
	check_time(m, &L, g, r);
	check_challenge(&L, g, r);
	return check_priority(m, &L, g, r);
}

static int cmp_value(const void *a, const void *b)
{
	mbo_dec x = *(const mbo_dec *)a, y = *(const mbo_dec *)b;

	return (x > y) - (x < y);
}

/* The 75th percentile by nearest rank: the ceil(0.75 n)-th smallest. */
static int percentile75(mbo *m, const struct samples *s, mbo_dec *out)
{
	mbo_dec *v = malloc(s->n * sizeof *v);
	size_t i;

	if (v == NULL)
		return mbo_error(m, MBO_EFAIL, _("out of memory"));
	for (i = 0; i < s->n; i++)
		v[i] = s->v[i].value;
	qsort(v, s->n, sizeof *v, cmp_value);
	*out = v[(3 * s->n + 3) / 4 - 1];
	free(v);
	return MBO_OK;
}

static int suggest_from(mbo *m, const struct history *h, mbo_suggestion *out)
{
	mbo_dec stretch = mbo_setting_dec(m, "smart.min_stretch", 500), own = 0;
	int rc;

	out->own_samples = (int)h->own.n;
	out->team_samples = (int)h->team.n;
	if (h->own.n > 0) {
		out->own_last = h->own.v[0].value;
		out->own_best = best_of(&h->own, false)->value;
		if (mbo_dec_mul(out->own_last, MBO_DEC_SCALE + stretch, &own) != 0)
			return mbo_error(m, MBO_EFAIL, _("the history is too large to suggest a target"));
	}
	if (h->team.n > 0) {
		out->team_best = best_of(&h->team, false)->value;
		rc = percentile75(m, &h->team, &out->team_p75);
		if (rc)
			return rc;
	}
	if (h->own.n > 0 && h->team.n > 0)
		out->suggested = own > out->team_p75 ? own : out->team_p75;
	else
		out->suggested = h->own.n > 0 ? own : out->team_p75;
	out->suggested = mbo_dec_round(out->suggested, h->places);
	return MBO_OK;
}

int mbo_smart_suggest(mbo *m, int64_t owner, const char *metric, int kind,
                      mbo_day start, mbo_day due, mbo_suggestion *out)
{
	struct window w = { metric, kind, start, due, 0, 0 };
	struct history h;
	int rc;

	memset(out, 0, sizeof *out);
	if (metric == NULL || metric[0] == '\0')
		return mbo_error(m, MBO_EINVAL, _("metric: is empty; name what you count, such as revenue"));
	if (start == MBO_DAY_NONE || due == MBO_DAY_NONE || due <= start)
		return mbo_error(m, MBO_EINVAL, _("due: must be after the start date"));
	w.workdays = mbo_workdays(m, start, due);
	rc = history_load(m, owner, &w, &h);
	if (rc)
		return rc;
	rc = suggest_from(m, &h, out);
	history_free(&h);
	return rc;
}
