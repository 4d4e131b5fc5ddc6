/*
 * configure.c: changing a setting, a workflow over the setting's record:
 * only an admin may; a structured setting must parse as what reads it (the
 * grade bands and the bonus scale: eval.c), a number stays a number, and
 * the change is one undoable change.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "mbo/i18n.h"
#include "setting_priv.h"
#include "mbo/eval.h"
#include "mbo/perm.h"
#include "mbo/setting.h"
#include "mbo/text.h"
#include "mbo/undo.h"

int mbo_setting_set(mbo *m, int64_t actor, const char *key, const char *value)
{
	char old[4096], msg[128], z[MBO_EXCERPT_CAP];
	const char *why;
	mbo_dec d;
	int rc;

	rc = mbo_perm_check(m, actor, MBO_ACT_ADMIN, 0);
	if (rc)
		return rc;
	rc = mbo_setting_get(m, key, old, sizeof old);
	if (rc == MBO_ENOTFOUND)
		return mbo_error(m, MBO_EINVAL, _("setting %s: no such setting; see `mbo settings list`"),
		                 mbo_text_excerpt(key, z, sizeof z));
	if (rc)
		return rc;
	rc = mbo_check_text(m, "value", value, 1, 4000, false);
	if (rc)
		return rc;
	/* Structured settings must parse as what reads them. */
	if (strcmp(key, "eval.grades") == 0) {
		mbo_grade_band bands[32];
		size_t nb;
		if (mbo_eval_grades_parse(value, bands, 32, &nb, &why) != 0)
			return mbo_error(m, MBO_EINVAL, _("setting %s: '%s' %s; write bands such as S:95,A:85,B:70,C:60,D:0"),
			                 key, mbo_text_excerpt(value, z, sizeof z), why);
	}
	if (strcmp(key, "eval.bonus") == 0) {
		mbo_bonus_point pts[32];
		size_t np;
		if (mbo_bonus_scale_parse(value, pts, 32, &np, &why) != 0)
			return mbo_error(m, MBO_EINVAL, _("setting %s: '%s' %s; write points such as 0.8:0.5,1.0:1.0,1.2:1.5 "
			                   "or none"), key, mbo_text_excerpt(value, z, sizeof z), why);
	}
	/* A key whose value is a number keeps a number. */
	if (mbo_dec_parse(old, &d, &why) == 0) {
		if (mbo_dec_parse(value, &d, &why) != 0)
			return mbo_error(m, MBO_EINVAL, _("setting %s: '%s' %s"), key,
			                 mbo_text_excerpt(value, z, sizeof z), why);
		if (d < 0)
			return mbo_error(m, MBO_EINVAL, _("setting %s: must not be negative; give 0 or more"), key);
	}
	snprintf(msg, sizeof msg, "set %s", key);
	rc = mbo_change_begin(m, actor, msg);
	if (rc)
		return rc;
	rc = mbo_setting_write(m, key, value);
	if (rc) {
		mbo_change_rollback(m);
		return rc;
	}
	return mbo_change_commit(m);
}
