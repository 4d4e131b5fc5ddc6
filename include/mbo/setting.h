/*
 * setting.h: thresholds and options kept in the database (table setting), so
 * an admin can tune the SMART check, pace bands and alerts without a rebuild.
 */
#ifndef MBO_SETTING_H
#define MBO_SETTING_H

#include <stddef.h>
#include <stdint.h>
#include "mbo/dec.h"

typedef struct mbo mbo;

/* Copies the text of `key` into buf; MBO_ENOTFOUND when unset. */
int mbo_setting_get(mbo *m, const char *key, char *buf, size_t cap);
/* The value as an exact decimal or an integer; `fallback` when unset or bad. */
mbo_dec mbo_setting_dec(mbo *m, const char *key, mbo_dec fallback);
int64_t mbo_setting_int(mbo *m, const char *key, int64_t fallback);
/* Sets a known key (admin only); the value must parse as the key's type. */
int mbo_setting_set(mbo *m, int64_t actor, const char *key, const char *value);

typedef struct mbo_setting { char key[65]; char *value; } mbo_setting;
int mbo_setting_list(mbo *m, mbo_setting **out, size_t *n);
void mbo_setting_list_free(mbo_setting *v, size_t n);

#endif
