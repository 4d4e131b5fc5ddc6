/*
 * setting_priv.h: what setting.c offers other core files (configure.c's
 * change); not public.
 */
#ifndef MBO_SETTING_PRIV_H
#define MBO_SETTING_PRIV_H

#include "internal.h"

/* Writes a setting's value inside the caller's change, without checks:
 * configure.c has checked the actor and the value. */
int mbo_setting_write(mbo *m, const char *key, const char *value);

#endif
