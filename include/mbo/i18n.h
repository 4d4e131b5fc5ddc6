/*
 * i18n.h: the languages of mbo. Every string a person reads goes through
 * _() (or P_() when it has a number that takes a plural, N_() where it is
 * a table entry translated where it is shown, C_() where the same English
 * needs another translation in another place); the catalogues are po/LANG.po,
 * Chinese (zh_CN) first. The language follows LC_ALL, LC_MESSAGES, LANG
 * and LANGUAGE as gettext reads them, or the user's config. Keys of machine
 * output (JSON, CSV headers, status keys) are never translated.
 */
#ifndef MBO_I18N_H
#define MBO_I18N_H

#include <libintl.h>

#define MBO_TEXTDOMAIN "mbo"

#define _(s) dgettext(MBO_TEXTDOMAIN, s)
#define N_(s) (s)
#define P_(s, p, n) dngettext(MBO_TEXTDOMAIN, s, p, (unsigned long)(n))

/*
 * C_("holiday", "NAME"): a string whose translation depends on where it
 * stands (a holiday's name is not a person's), as gettext's pgettext: the
 * catalogue holds it under msgctxt "holiday".
 */
#define C_(ctx, s) mbo_pgettext(ctx "\004" s, s)
static inline const char *mbo_pgettext(const char *ctx_and_id, const char *id)
{
	const char *t = dgettext(MBO_TEXTDOMAIN, ctx_and_id);
	return t == ctx_and_id ? id : t;
}

/*
 * Binds the catalogues in `localedir` (LANG/LC_MESSAGES/mbo.mo) after
 * mbo_text_init_locale. When the language asked for has no locale
 * installed (LANG=zh_CN.UTF-8 on a server without that locale), messages
 * are still shown in it: LC_MESSAGES falls back to C.UTF-8 and LANGUAGE
 * names the language. `language` (the config's, or NULL) overrides the
 * environment.
 */
void mbo_i18n_init(const char *localedir, const char *language);

#endif
