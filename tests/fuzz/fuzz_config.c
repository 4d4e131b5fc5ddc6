/*
 * fuzz_config.c: mbo_config_parse on arbitrary bytes (NUL bytes, invalid
 * UTF-8, escape sequences, long lines included). Invariants: the result is
 * MBO_OK or MBO_EUSAGE; refused, every setting is at its default and the
 * message is one line of clean UTF-8 that starts with "cfg:" and a line
 * number within the file; taken, the values are in their ranges and no two
 * actions share a key.
 */
#include <string.h>

#include "fuzz.h"
#include "mbo/config.h"
#include "mbo/text.h"

static void check_defaults(const struct mbo_config *cfg)
{
	struct mbo_config d;

	mbo_config_defaults(&d);
	FUZZ_CHECK(memcmp(cfg, &d, sizeof d) == 0, "a refused file left a setting changed");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mbo_config cfg;
	char err[MBO_CONFIG_ERR_CAP];
	unsigned long line = 0, lines = 1;
	size_t i;
	int rc = mbo_config_parse((const char *)data, size, "cfg", &cfg, err, sizeof err);

	FUZZ_CHECK(rc == MBO_OK || rc == MBO_EUSAGE, "rc %d", rc);
	for (i = 0; i < size; i++)
		lines += data[i] == '\n';
	if (rc != MBO_OK) {
		check_defaults(&cfg);
		FUZZ_CHECK(strncmp(err, "cfg:", 4) == 0, "message '%s' does not name the file", err);
		line = strtoul(err + 4, NULL, 10);
		FUZZ_CHECK(line >= 1 && line <= lines, "message '%s' names line %lu of %lu", err, line, lines);
		FUZZ_CHECK(mbo_text_is_clean(err, false), "message '%s' is not clean text", err);
		return 0;
	}
	FUZZ_CHECK(err[0] == '\0', "a taken file has the message '%s'", err);
	FUZZ_CHECK(cfg.theme >= MBO_THEME_AUTO && cfg.theme <= MBO_THEME_MONO, "theme %d", cfg.theme);
	FUZZ_CHECK(cfg.start >= 0 && cfg.start < MBO_START_SCREENS, "start %d", cfg.start);
	FUZZ_CHECK(cfg.language[0] == '\0' || strcmp(cfg.language, "zh_CN") == 0 ||
	           strcmp(cfg.language, "en") == 0, "language '%s'", cfg.language);
	for (i = 0; i < MBO_KEY_ACTIONS; i++) {
		size_t j;
		FUZZ_CHECK(cfg.keys[i] >= ' ' && cfg.keys[i] < 0x7f, "key %d of action %zu", cfg.keys[i], i);
		for (j = i + 1; j < MBO_KEY_ACTIONS; j++)
			FUZZ_CHECK(cfg.keys[i] != cfg.keys[j], "actions %zu and %zu share a key", i, j);
	}
	return 0;
}
