/*
 * i18n.c: binding the catalogues (see i18n.h).
 */
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "mbo/i18n.h"

/* The language the environment asks for, as gettext reads it: the first
 * of LC_ALL, LC_MESSAGES and LANG that is set. */
static const char *asked(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && v[0])
			return v;
	}
	return NULL;
}

static bool is_c(const char *l)
{
	return l == NULL || strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0;
}

void mbo_i18n_init(const char *localedir, const char *language)
{
	const char *want = language && language[0] ? language : asked();
	const char *cur = setlocale(LC_MESSAGES, NULL);

	if (language && language[0])
		setenv("LANGUAGE", language, 1);
	/* gettext ignores LANGUAGE in the C locale: a language whose locale is
	 * not installed still gets its messages under C.UTF-8. */
	if (is_c(cur) && want && !is_c(want) && strncmp(want, "C.", 2) != 0) {
		if (setlocale(LC_MESSAGES, "C.UTF-8") != NULL && getenv("LANGUAGE") == NULL) {
			char lang[32];
			size_t n = strcspn(want, ".@");
			if (n >= sizeof lang)
				n = sizeof lang - 1;
			memcpy(lang, want, n);
			lang[n] = '\0';
			setenv("LANGUAGE", lang, 1);
		}
	}
	bindtextdomain(MBO_TEXTDOMAIN, localedir);
	bind_textdomain_codeset(MBO_TEXTDOMAIN, "UTF-8");
}
